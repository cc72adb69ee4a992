"""briefgen: a one-page, fully cited brief from a group of news articles."""

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it from here)

from .dates import resolve_date
from .errors import BriefgenError
from .pipeline import build
from .quotes import quotes
from .selection import summarize

__all__ = ["BriefgenError", "__version__", "build", "quotes", "resolve_date", "summarize"]
