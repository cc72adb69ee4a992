"""briefgen: a one-page, fully cited brief from a group of news articles."""

from .attribution import quotes
from .dates import resolve_date
from .errors import BriefgenError
from .pipeline import build
from .selection import summarize

__all__ = ["BriefgenError", "build", "quotes", "resolve_date", "summarize"]
__version__ = "0.1.0"
