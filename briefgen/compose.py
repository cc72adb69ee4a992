"""Ranked material -> Brief, fitted to one A4 page by the real layout.

Every section arrives ranked best first. The fit removes items one at a time, lowest-ranked
first and spread over the sections, and asks WeasyPrint how many pages each candidate takes;
a binary search over that sequence needs only a handful of renders.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from .corpus import stems_of
from .counts import counted
from .errors import RenderError
from .models import Brief, Corpus, Item, NextStep, Position, Sentence, Statement
from .selection import follow_antecedents, reading_order
from .text import wire_dateline_end
from .timeline import by_date

# Sections never go below these while anything else can still go (unless even this overflows).
MINIMUM = {"situation": 4, "key_points": 3, "positions": 3, "statements": 1, "next_steps": 3}
# How much each section matters when something has to go: higher keeps its items longer.
WEIGHT = {"situation": 2.0, "key_points": 1.6, "positions": 1.4, "statements": 0.6, "next_steps": 2.0}


@dataclass(frozen=True, slots=True)
class Ranked:
    """Each section's candidates, best first: what the fit cuts from."""

    situation: tuple[Item, ...]
    key_points: tuple[Item, ...]
    positions: tuple[Position, ...]
    next_steps: tuple[NextStep, ...]
    # A next step's text -> the Situation sentences, key points and statements that already tell it: the step is
    # shown only when none of them is on the page (`assemble`).
    told_by: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Counts:
    situation: int
    key_points: int
    positions: int
    statements: int  # per actor
    next_steps: int


def as_told(base: Brief, statements: Sequence[Statement], sentences: dict[str, Sentence]) -> tuple[Statement, ...]:
    """The statements an actor's row shows, in the order their articles tell them (by date, then
    as each article goes): the best are chosen first, but printed best-first a quote that goes
    on from another ("They will not ...") came above the words that open it."""

    def told_at(statement: Statement) -> tuple[str, int, int]:
        found = sentences.get(statement.text)
        if found is None:
            return ("~", 0, 0)  # not a sentence of the corpus: after the rest, in rank order
        published = base.corpus.articles[found.article].published
        return (published.isoformat() if published else "", found.article, found.position)

    return tuple(sorted(statements, key=told_at))


def assemble(base: Brief, ranked: Ranked, counts: Counts, sentences: dict[str, Sentence]) -> Brief:
    """The brief with the top `counts` of each section, each in its reading order."""
    positions = tuple(
        replace(p, statements=as_told(base, p.statements[: counts.statements], sentences))
        for p in ranked.positions[: counts.positions]
    )
    # A step another section tells (`Ranked.told_by`) is shown only when that section does not show it: first as far
    # as the counts tell, then (below) once the Situation and the key points are known.
    told_by = ranked.told_by
    stated = {s.text for p in positions for s in p.statements}
    near = stated | {i.text for i in ranked.situation[: counts.situation]}
    near |= {i.text for i in ranked.key_points[: counts.key_points]}
    steps = [s for s in ranked.next_steps if near.isdisjoint(told_by.get(s.text, ()))]
    next_steps = tuple(by_date(steps[: counts.next_steps]))
    # A fact told once: what a statement or a next step shown here tells better (`Item.yields`)
    # leaves the Situation and the key points, which take their next picks.
    elsewhere = stated | {s.text for s in next_steps}
    # (A Situation of one sentence keeps it: a page needs its account of what happened.)
    told = [i for i in ranked.situation if elsewhere.isdisjoint(i.yields)] or list(ranked.situation)
    situation = reading_order(base.corpus, told[: counts.situation], sentences)
    # Since an earlier brief, what is new leads and the line of context on old news follows.
    situation.sort(key=lambda item: item.is_new is False)
    situation = follow_antecedents(situation)  # a sentence leaning on another still follows it
    # A step printed after its lead-in ("Vell won the ballot. She will …") gives way to a Situation or a statement
    # printing that sentence; a key point printing it gives way to the step (the page tells a sentence once).
    # So does one whose lead-in is another step shown, or a Situation line or statement told nearly word for word
    # by another outlet ("…, officials said."), and a second step after the same lead-in.
    above_texts = [i.text for i in situation] + [s.text for p in positions for s in p.statements]
    above_texts += [s.text for s in next_steps]
    kept: list[NextStep] = []
    for step in next_steps:
        lead = step.lead_in
        if lead and (
            any(_repeats(base.corpus, lead, t) for t in above_texts if t != step.text)
            or any(k.lead_in == lead for k in kept)
        ):
            continue
        kept.append(step)
    next_steps = tuple(kept)
    elsewhere |= {s.lead_in for s in next_steps if s.lead_in}
    # A key point calling something "the plan" needs a plan told in the Situation this page shows
    # (not merely ranked: the fit or the cut to what is new may have dropped it).
    above = frozenset(w for item in situation for w in stems_of(base.corpus, item.text))
    # (nor one printing a shown sentence word for word: a passage of two whose first is a next step,
    # nor one giving again a count the Situation shown gives: "4,200 dockers" told twice)
    figures = frozenset().union(*(counted(item.text) for item in situation))
    key_points = tuple(
        k
        for k in ranked.key_points
        if above.issuperset(k.needs)
        and elsewhere.isdisjoint(k.yields)
        and not any(t in k.text for t in elsewhere)
        and figures.isdisjoint(counted(k.text))
    )[: counts.key_points]
    if told_by:
        shown = stated | {i.text for i in situation} | {k.text for k in key_points}
        next_steps = tuple(s for s in next_steps if shown.isdisjoint(told_by.get(s.text, ())))
    return replace(base, situation=tuple(situation), key_points=key_points, positions=positions, next_steps=next_steps)


def _pressure(current: Counts, field: str) -> tuple[int, float]:
    """How much a section should lose next: over-minimum sections first, then by size per weight."""
    count = getattr(current, field)
    # An actor is shown with a statement or not at all: the last statement goes with the actors.
    if count == 0 or (field == "statements" and (current.positions == 0 or count == 1)):
        return (-1, 0.0)
    return (1 if count > MINIMUM[field] else 0, count / WEIGHT[field])


def shrink_sequence(start: Counts) -> list[Counts]:
    """From the full brief down to an empty one, one item less each step."""
    current = start
    sequence = [current]
    while True:
        field = max(WEIGHT, key=lambda f: _pressure(current, f))
        if _pressure(current, field)[0] < 0:
            return sequence
        current = replace(current, **{field: getattr(current, field) - 1})
        sequence.append(current)


class Layout(Protocol):
    """A brief laid out (WeasyPrint's Document): its pages."""

    @property
    def pages(self) -> Sequence[object]: ...


@dataclass(frozen=True, slots=True)
class Fitted:
    """The brief that fits, how many items of each section it holds, and its one-page layout
    (None when nothing was laid out)."""

    brief: Brief
    counts: Counts
    layout: Layout | None = None


def fit(base: Brief, ranked: Ranked, lay_out: Callable[[Brief], Layout] | None, guess: Counts | None = None) -> Fitted:
    """`base` filled from `ranked`: as much as lays out on one page (`lay_out` lays a brief out),
    or everything when `lay_out` is None. `guess`, the counts a similar brief fitted with (the
    topic's last one), is where the search starts, else where the content's length says a page
    fills (`page_lines`): the answer is the same, found with fewer layouts."""
    # The sentence each Situation candidate and statement is (the last one with its text), for
    # reading order.
    wanted = {item.text[wire_dateline_end(item.text) :] for item in ranked.situation} | {
        item.text for item in ranked.situation
    }
    wanted |= {s.text for p in ranked.positions for s in p.statements}
    sentences = {s.text: s for s in base.corpus.sentences if s.text in wanted}
    start = Counts(
        situation=len(ranked.situation),
        key_points=len(ranked.key_points),
        positions=len(ranked.positions),
        statements=max((len(p.statements) for p in ranked.positions), default=0),
        next_steps=len(ranked.next_steps),
    )
    candidates = shrink_sequence(start)

    def build(counts: Counts) -> Brief:
        return assemble(base, ranked, counts, sentences)

    if lay_out is None:
        return Fitted(build(candidates[0]), candidates[0])
    first = _start(candidates, guess) if guess is not None else _by_length(candidates, ranked)
    return fit_one_page(candidates, build, lay_out, first)


def _start(candidates: Sequence[Counts], guess: Counts | None) -> int | None:
    """Where to start looking: the guess itself when it is a candidate, else the first candidate
    that is no fuller than it in any section."""
    if guess is None:
        return None
    for index, counts in enumerate(candidates):
        if all(getattr(counts, f) <= getattr(guess, f) for f in WEIGHT):
            return index
    return len(candidates) - 1


# A rough measure of a page, in lines of text (see `page_lines`): the fullest candidate under it is
# where a search with no earlier fit starts. Only a first guess: the search finds the same answer
# from anywhere, in fewer layouts the closer it starts.
PAGE_LINES = 50
# Citation markers an item shows on the page (render: the count of sources says the rest); each
# may add a line under Sources.
MAX_CITATIONS = 3
_LINE_CHARS = 100  # characters of a line of body text, roughly


# How much of a lead-in's words another line must hold to tell it again.
_REPEATED = 0.8


def _repeats(corpus: Corpus, lead: str, text: str) -> bool:
    """Whether `text` tells the sentence `lead` again: holds it, or nearly all its terms."""
    if lead in text:
        return True
    own = set(stems_of(corpus, lead))
    return bool(own) and len(own & set(stems_of(corpus, text))) >= _REPEATED * len(own)


def page_lines(ranked: Ranked, counts: Counts) -> int:
    """About how many lines `counts` of `ranked` take: each item's text, a line per actor, a line
    per other date a next step gives, and a line per source it may cite."""

    def lines(text: str) -> int:
        return 1 + len(text) // _LINE_CHARS

    total = 0
    sources: set[int] = set()
    for item in ranked.situation[: counts.situation] + ranked.key_points[: counts.key_points]:
        total += lines(item.text)
        sources.update(item.articles[:MAX_CITATIONS])
    for position in ranked.positions[: counts.positions]:
        total += 1
        for statement in position.statements[: counts.statements]:
            total += lines(statement.text)
            sources.update(statement.cites[:MAX_CITATIONS])
    for step in ranked.next_steps[: counts.next_steps]:
        total += max(lines(step.shown), 1 + len(step.other_dates))
        sources.update(step.articles[:MAX_CITATIONS])
        sources.update(step.also[:MAX_CITATIONS])
        sources.update(article for _, article in step.other_dates)
    return total + len(sources)


def _by_length(candidates: Sequence[Counts], ranked: Ranked) -> int:
    """The first candidate `page_lines` puts within PAGE_LINES (the last when none is)."""
    within = (i for i, counts in enumerate(candidates) if page_lines(ranked, counts) <= PAGE_LINES)
    return next(within, len(candidates) - 1)


def fit_one_page(
    candidates: Sequence[Counts],
    build: Callable[[Counts], Brief],
    lay_out: Callable[[Brief], Layout],
    start: int | None = None,
) -> Fitted:
    """The fullest candidate that lays out on one page (the last, emptiest one always does).

    Candidates are ever emptier, so whether one fits only turns from no to yes along them: the
    answer is the first that fits. From `start` the search gallops (1, 2, 4 ... steps) towards it
    and then halves the interval; without one it tries the fullest, then halves all the rest."""
    layouts: dict[int, tuple[Brief, Layout]] = {}

    def fits(index: int) -> bool:
        brief = build(candidates[index])
        layout = lay_out(brief)
        if len(layout.pages) <= 1:
            layouts[index] = (brief, layout)
            return True
        return False

    last = len(candidates) - 1
    if start is None:
        if fits(0):
            return _fitted(candidates, layouts, 0)
        low, high = 1, last  # the answer is in [low, high]; candidates[high] is assumed to fit
    else:
        start = min(max(start, 0), last)
        step = 1
        if fits(start):
            low, high = 0, start
            while high > 0:
                probe = max(0, high - step)
                if not fits(probe):
                    low = probe + 1
                    break
                high, step = probe, step * 2
        else:
            low, high = start + 1, last
            while low < last:
                probe = min(last, low + step - 1)
                if fits(probe):
                    high = probe
                    break
                low, step = probe + 1, step * 2
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    if high not in layouts and not fits(high):
        # only the header is left: a topic title or template too long for a page
        raise RenderError("even an empty brief takes more than one page: shorten the topic title or the template")
    return _fitted(candidates, layouts, high)


def _fitted(candidates: Sequence[Counts], layouts: dict[int, tuple[Brief, Layout]], index: int) -> Fitted:
    brief, layout = layouts[index]
    return Fitted(brief, candidates[index], layout)
