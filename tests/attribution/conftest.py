"""Helpers shared by the attribution tests."""

from __future__ import annotations

from briefgen.attribution import extract


def said(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted words) of every statement of `text`, in reading order."""
    return [(q.speaker, q.quote) for q in extract(text)]
