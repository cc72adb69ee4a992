"""Ledger: the statements attributed so far in one text, by sentence. Later clues look back at it
("he added" is whoever spoke in the sentence before; "the company" the organisation that spoke)."""

from __future__ import annotations

from collections.abc import Iterator

from .lexicon import DETERMINERS
from .phrases import plural
from .records import Quote, Speaker


class Ledger:
    def __init__(self) -> None:
        self.found: list[Quote] = []  # in the order they were recorded
        self._by_sentence: dict[int, list[Quote]] = {}

    def add(self, quote: Quote, sentence: int) -> None:
        self.found.append(quote)
        self._by_sentence.setdefault(sentence, []).append(quote)

    def in_sentence(self, index: int) -> list[Quote]:
        return self._by_sentence.get(index, [])

    def named_in(self, index: int) -> list[Quote]:
        """The statements of sentence `index` but those given only to a description (`described`)."""
        return [q for q in self.in_sentence(index) if not described(q)]

    def latest_first(self) -> Iterator[Quote]:
        return reversed(self.found)


def kind(quote: Quote) -> str:
    """person | organisation | anonymous | group: the kind of speaker a statement was given to."""
    if quote.organisation:
        return "organisation"
    if quote.anonymous:
        return "group" if plural(quote.speaker) else "anonymous"
    return "person"


def described(quote: Quote) -> bool:
    """Whether a statement's speaker is only how the text describes it, read off the words after
    the quote ("the governor", "the lawsuit", "his nephew"), not someone the text names: what a
    pronoun later means is read from the names, never from such a description."""
    return quote.anonymous and quote.speaker.split()[0].lower() in DETERMINERS


def speaker_of(quote: Quote) -> Speaker:
    """The speaker a statement was given to, to give the next one."""
    return Speaker(quote.speaker, quote.role, kind(quote), sure=quote.sure, how=quote.how)
