"""briefgen: a one-page, fully cited brief from a group of news articles.

The functions below are imported when first used, so `briefgen --help`, `--version` and shell
completion start without loading WeasyPrint and NLTK.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it from here)

if TYPE_CHECKING:
    from .dates import resolve_date
    from .errors import BriefgenError
    from .pipeline import build
    from .quotes import quotes
    from .selection import summarize

__all__ = ["BriefgenError", "__version__", "build", "quotes", "resolve_date", "summarize"]

_HOMES = {
    "BriefgenError": "errors",
    "build": "pipeline",
    "quotes": "quotes",
    "resolve_date": "dates",
    "summarize": "selection",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_HOMES[name]}", __name__), name)
