"""Plain, frozen values passed between the pipeline stages.

An article index (`int`) into `Corpus.articles` is the provenance every sentence, quote and
next step keeps; source numbers [n] are given only when a brief is laid out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from .analysis import Analysis

# The output formats of a brief and the ways `summarize` can choose sentences; the command line
# lists and completes these choices.
Format = Literal["pdf", "html", "md", "json", "ics"]
FORMATS: tuple[Format, ...] = get_args(Format)
Method = Literal["coverage", "lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl"]
METHODS: tuple[Method, ...] = get_args(Method)
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)  # news dates; others are typos or traps


@dataclass(frozen=True, slots=True)
class Article:
    """One source article after reading: structure recognised, boilerplate gone."""

    id: str
    title: str
    path: str
    outlet: str | None
    published: date | None
    key_points: tuple[str, ...]
    paragraphs: tuple[str, ...]
    slug: str | None = None
    url: str | None = None  # where a fetched article came from (feeds, pages, dumps)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article's body, verbatim (whitespace normalised)."""

    text: str
    article: int
    paragraph: int
    position: int  # index of the sentence within its article's body
    complete: bool  # a full sentence worth quoting on its own (not a fragment or a credit)


@dataclass(frozen=True, slots=True)
class Corpus:
    """The articles of one brief and their sentences, in reading order."""

    articles: tuple[Article, ...]
    # Article after article, in the articles' order, each article's in its own order (a sentence's
    # article index never goes down: timeline._Told._starts bisects them by it).
    sentences: tuple[Sentence, ...]
    # article index -> index of the article it is a near-copy of (syndication)
    copies: dict[int, int] = field(default_factory=dict)
    # sentence or bullet key -> every article that has it verbatim: who may be cited for it
    holders: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # each article's analysis (briefgen.analysis: read once, kept in the store), by article index
    analyses: tuple[Analysis, ...] = ()
    # sentence or bullet text -> (its key, its terms space-separated, its phrases tab-separated,
    # whether it leans on the sentence before it: None when not read, for a bullet or a fragment),
    # as its analysis found them
    lexicon: dict[str, tuple[str, str, str, bool | None]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Item:
    """A Situation sentence or a key point: verbatim text and the articles that carry it verbatim."""

    text: str
    articles: tuple[int, ...]
    support: int = 1  # outlets saying it, in these words or others (corpus.outlets_of)
    score: float = 0.0
    is_new: bool | None = None  # not in the topic's previous brief (None: no previous brief to compare)
    day: date | None = None  # the day its weekday word names, when its article is days older than the brief
    after: str | None = None  # the sentence it leans on (a role's holder named there): printed before it
    # What a key point calls "the plan", "the talks" as if the reader knew which (stemmed heads):
    # shown only under a Situation that tells of it (compose.assemble reads the page it lays out)
    needs: tuple[str, ...] = ()
    # Statements or next steps telling its fact where it serves better (a stance in the actor's
    # own words, an event on its day): when one is on the page, this is left out (compose.assemble)
    # and its section takes its next pick.
    yields: tuple[str, ...] = ()


OWN_WORDS = 6  # a quotation of this many words stands alone

# A list marker or dash that opens a line of web copy ("- ", "— ", "• ", "2. "), after an opening
# quote mark or not: layout, not the speaker's words. (Not a minus sign, "–12 degrees", nor a figure
# the line goes on to explain, "10. That is how many …": a list's running number is one digit.)
_LIST_MARKER = re.compile(r"^(\s*[“\"‘]?)\s*(?:[-*•·▪]\s+|[—–](?:\s+|(?=[^\d\s]))|[1-9][.)]\s+)(?=\S)")


def unmarked(text: str) -> str:
    """`text` without the list marker or dash it opens on (an opening quote mark kept): "- We sail
    on Monday" -> "We sail on Monday", "“— We sail,” Vell said" -> "“We sail,” Vell said". Nothing
    else is taken or added."""
    return _LIST_MARKER.sub(r"\1", text, count=1)


def stands_alone(quote: str | None) -> bool:
    """Quoted words the page can show by themselves: at least `OWN_WORDS` of them, opening as a
    sentence does (a capital or a digit; a list marker or dash before them aside). Words picked out
    of the middle of one ("…, the minister said, “would head to the capital within hours”") are a
    fragment: the page shows the sentence."""
    if quote is None:
        return False
    words = unmarked(quote.strip(" “”\"‘’'")).split()
    return len(words) >= OWN_WORDS and (words[0][0].isupper() or words[0][0].isdigit())


@dataclass(frozen=True, slots=True)
class Statement:
    """What an actor said: the sentence, the quoted words (None for indirect speech), the articles
    carrying the sentence, and further articles carrying only the same quoted words (`quoted_in`)."""

    text: str
    quote: str | None
    articles: tuple[int, ...]
    score: float = 0.0
    is_new: bool | None = None
    quoted_in: tuple[int, ...] = ()

    @property
    def cites(self) -> tuple[int, ...]:
        """What the page cites: the sentence's articles, then those carrying its printed quote."""
        return self.articles + self.quoted_in

    @property
    def in_own_words(self) -> bool:
        """Its quoted words stand alone (the page shows them, not the sentence): the stance as the
        actor put it."""
        return stands_alone(self.quote)

    @property
    def printed(self) -> str:
        """What the Positions line prints: the quoted words when they stand alone, else the sentence
        (without a list marker or dash it opens on)."""
        return unmarked(self.quote if self.quote is not None and self.in_own_words else self.text)


@dataclass(frozen=True, slots=True)
class Position:
    actor: str
    role: str | None
    statements: tuple[Statement, ...]
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class NextStep:
    text: str
    date: date | None  # the day, when the text gives one
    # when no single day: 2025-03-17/2025-03-18 (a range), 2025-W12, 2025-W12-WE, 2025-03, 2025-Q2,
    # 2025-SU or 2026 (see briefgen.dates)
    period: str | None
    articles: tuple[int, ...]  # the articles carrying `text` verbatim
    score: float = 0.0
    is_new: bool | None = None
    also: tuple[int, ...] = ()  # other outlets announcing the same event in other words
    # Another date an outlet gives the same event, and that outlet: (date value as `period`, article)
    other_dates: tuple[tuple[str, int], ...] = ()
    # The sentence before `text` in its article, printed with it, when `text` opens on a pronoun only that
    # sentence names (briefgen.antecedent): "Ines Quarle won the ballot. She will open the docks on Friday."
    lead_in: str | None = None

    @property
    def shown(self) -> str:
        """What the page prints: the sentence, after its lead-in when it has one (both verbatim)."""
        return f"{self.lead_in} {self.text}" if self.lead_in else self.text


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything a brief says, each list in its section's reading order."""

    topic: str
    date: date
    corpus: Corpus
    situation: tuple[Item, ...]
    key_points: tuple[Item, ...]
    positions: tuple[Position, ...]
    next_steps: tuple[NextStep, ...]
    # Set when the topic has an earlier brief: "No significant change since the brief of ..." or
    # "New since the brief of ...", shown above the Situation.
    note: str | None = None
