"""Ranked material -> Brief, fitted to one A4 page by the real layout.

Every section arrives ranked best first. The fit removes items one at a time, lowest-ranked
first and spread over the sections, and asks WeasyPrint how many pages each candidate takes;
a binary search over that sequence needs only a handful of renders.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .errors import RenderError
from .models import Brief, Item, NextStep, Position, Sentence
from .selection import reading_order
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


@dataclass(frozen=True, slots=True)
class Counts:
    situation: int
    key_points: int
    positions: int
    statements: int  # per actor
    next_steps: int


def assemble(base: Brief, ranked: Ranked, counts: Counts, sentences: dict[str, Sentence]) -> Brief:
    """The brief with the top `counts` of each section, each in its reading order."""
    situation = reading_order(base.corpus, ranked.situation[: counts.situation], sentences)
    # Since an earlier brief, what is new leads and the line of context on old news follows.
    situation.sort(key=lambda item: item.is_new is False)
    positions = tuple(
        replace(p, statements=p.statements[: counts.statements]) for p in ranked.positions[: counts.positions]
    )
    return replace(
        base,
        situation=tuple(situation),
        key_points=ranked.key_points[: counts.key_points],
        positions=positions,
        next_steps=tuple(by_date(list(ranked.next_steps[: counts.next_steps]))),
    )


def _pressure(current: Counts, field: str) -> tuple[int, float]:
    """How much a section should lose next: over-minimum sections first, then by size per weight."""
    count = getattr(current, field)
    if count == 0 or (field == "statements" and current.positions == 0):
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


def fit(base: Brief, ranked: Ranked, pages: Callable[[Brief], int] | None) -> Brief:
    """`base` filled from `ranked`: as much as lays out on one page (`pages` counts them), or
    everything when `pages` is None."""
    sentences = {s.text: s for s in base.corpus.sentences}
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

    return build(candidates[0]) if pages is None else fit_one_page(candidates, build, pages)


def fit_one_page(candidates: list[Counts], build: Callable[[Counts], Brief], pages: Callable[[Brief], int]) -> Brief:
    """The fullest candidate that lays out on one page (the last, emptiest one always does)."""
    first = build(candidates[0])
    if pages(first) <= 1:
        return first
    low, high = 1, len(candidates) - 1  # candidates[high] is assumed to fit; checked below
    best: Brief | None = None
    while low <= high:
        middle = (low + high) // 2
        brief = build(candidates[middle])
        if pages(brief) <= 1:
            best, high = brief, middle - 1
        else:
            low = middle + 1
    if best is None:
        best = build(candidates[-1])
        if pages(best) > 1:  # only the header is left: a topic title or template too long for a page
            raise RenderError("even an empty brief takes more than one page: shorten the topic title or the template")
    return best
