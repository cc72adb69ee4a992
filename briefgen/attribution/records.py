"""Records: the values attribution hands on — a statement (`Quote`) and who made it (`Speaker`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a phrase names: a person, an organisation, or a source the text only describes."""

    name: str  # "Dmitry Peskov", "Kremlin", "a senior U.S. official"
    role: str | None = None  # "Kremlin spokesman"
    kind: str = "person"  # person | organisation | anonymous (described) | group (described, plural)
    sure: bool = True  # False when reached through a long chain (a pronoun two sentences back, …)
    # Which reading of the resolver named them ("he/she: the one speaking before", "the …: a
    # definite description"): "" for a name the phrase gives itself. Carried so a brief can keep
    # off its page the readings that, measured on real news, too often name the wrong one. Not
    # part of who they are: two readings of one speaker are equal.
    how: str = field(default="", compare=False)

    @property
    def anonymous(self) -> bool:
        return self.kind in ("anonymous", "group")


@dataclass(frozen=True, slots=True)
class Quote:
    """One statement and who made it, with offsets into the text it was read from."""

    speaker: str  # a full name, an organisation, or a described source ("a senior U.S. official")
    quote: str  # the quoted words ("direct") or the reported clause ("indirect")
    kind: str  # "direct" | "indirect"
    sentence: str  # the sentence(s) holding the quote and its attribution, verbatim
    start: int  # `quote` is text[start:end]
    end: int
    role: str | None = None  # "Kremlin spokesman"
    anonymous: bool = False  # the text describes the source but does not name it
    organisation: bool = False
    cue: str = ""  # which clue named the speaker: after, inverted, before, continuation, indirect, ...
    paragraph: int = 0
    anchor: str = ""  # the one sentence holding the attribution: what a brief quotes
    position: int = 0  # that sentence's index among the body's sentences (corpus.body_sentences)
    # False when the speaker was reached through a long chain: a pronoun more than a sentence
    # back, a title given to the one person the sentences before are about, a quote going on
    # from another paragraph. A brief shows only sure statements.
    sure: bool = True
    # The frame's words that say when the speaking was ("in March", "last month", "years ago"), as
    # the text has them; "" when it says nothing of it (briefgen.positions reads them against the
    # article's date)
    said_when: str = ""
    how: str = field(default="", compare=False)  # the resolver's reading that named the speaker (`Speaker.how`)

    def as_dict(self) -> dict[str, object]:
        found = asdict(self)
        del found["how"]  # how it was read is the benchmark's to measure, not part of the statement
        return found
