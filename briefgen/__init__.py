"""briefgen: a one-page, fully cited brief from a group of news articles."""

from .errors import BriefgenError
from .pipeline import build
from .selection import summarize

__all__ = ["BriefgenError", "build", "summarize"]
__version__ = "0.1.0"
