"""briefgen: a one-page, fully cited brief from a group of news articles.

`build` is imported when first used, so `briefgen --help`, `--version` and shell completion
start without loading WeasyPrint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it from here)

from .attribution import quotes
from .dates import resolve_date
from .errors import BriefgenError
from .selection import summarize

if TYPE_CHECKING:
    from .pipeline import build

__all__ = ["BriefgenError", "__version__", "build", "quotes", "resolve_date", "summarize"]


def __getattr__(name: str) -> Any:
    if name == "build":
        from .pipeline import build

        return build
    raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
