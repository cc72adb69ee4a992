"""Helpers shared by the attribution tests."""

from __future__ import annotations

from briefgen.attribution import extract, extract_paragraphs
from briefgen.positions import named_outlets, on_page


def said(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted words) of every statement of `text`, in reading order."""
    return [(q.speaker, q.quote) for q in extract(text)]


def read_page(*paragraphs: str) -> list[tuple[str, bool]]:
    """(speaker, shown on the page) of each statement of an article of these paragraphs."""
    text, found = extract_paragraphs(paragraphs)
    outlets = named_outlets(text)
    return [(q.speaker, on_page(q, outlets)) for q in found]


def read_sure(*paragraphs: str) -> list[tuple[str, bool]]:
    """(speaker, sure) of each statement of an article of these paragraphs."""
    _, found = extract_paragraphs(paragraphs)
    return [(q.speaker, q.sure) for q in found]
