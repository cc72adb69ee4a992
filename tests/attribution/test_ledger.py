"""Ledger: the statements attributed so far, and the kind of speaker each was given to."""

from __future__ import annotations

from briefgen.attribution.ledger import Ledger, kind, speaker_of
from briefgen.attribution.records import Quote


def _quote(speaker: str, anonymous: bool = False, organisation: bool = False) -> Quote:
    return Quote(speaker, "words", "direct", "“words,” said x.", 1, 6, None, anonymous, organisation)


def test_ledger_keeps_statements_by_sentence_and_latest_first() -> None:
    ledger = Ledger()
    first, second = _quote("Kari Holt"), _quote("Harbour Board", organisation=True)
    ledger.add(first, 0)
    ledger.add(second, 2)
    assert ledger.in_sentence(0) == [first] and ledger.in_sentence(1) == []
    assert list(ledger.latest_first()) == [second, first]


def test_kinds_of_speakers() -> None:
    assert kind(_quote("Kari Holt")) == "person"
    assert kind(_quote("Harbour Board", organisation=True)) == "organisation"
    assert kind(_quote("a port official", anonymous=True)) == "anonymous"
    assert kind(_quote("dock workers", anonymous=True)) == "group"
    assert speaker_of(_quote("dock workers", anonymous=True)).anonymous
