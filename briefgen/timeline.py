"""Next steps: sentences about scheduled or expected events, with the day they name.

Dates come from briefgen.dates (the same resolver the benchmark measures), read against the
article's own date ("on Tuesday" in a Monday story is the next day); a sentence that only names a
week, weekend, month or year keeps that period (2025-W12, 2025-W12-WE, 2025-03, 2026), one that
names no time at all is kept undated when it clearly speaks of what is to come.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from .corpus import by_article, cited, independent, sentence_key, stems_of
from .dates import Found, find_dates, granularity, in_aside, may_point_forward, period_end, period_start, pick
from .models import Corpus, NextStep, Sentence

__all__ = ["When", "by_date", "find_when", "next_steps", "period_end", "period_start"]

# What announces an event to come: a future form, a schedule, an intention, a deadline.
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t)\b|['’]ll\b"
    r"|\b(?:is|are|was|were)\s+(?:(?:set|expected|due|scheduled|slated|poised|planning|going|likely|about)\s+to"
    r"|to\s+(?:be\s+held|meet|hold|speak|talk|travel|visit|vote|decide|resume|begin|start|take\s+place))\b"
    r"|\b(?:plans?|planning|intends?|aims?|hopes?|promised|vowed|pledged|threatened)\s+to\b"
    r"|\b(?:upcoming|forthcoming|scheduled|slated|deadline|ultimatum|expires?|takes\s+effect|due\s+(?:on|by|in))\b"
    r"|\b(?:gave|given|giving|granted)\b(?:\s+[\w’'-]+){0,4}?\s+\w+\s+(?:hours?|days?|weeks?)\s+to\b"
    r"|\b(?:expected|planned)\b(?!\s+(?:than|by\s+analysts))"
    r"|\b(?:later|by\s+the\s+end\s+of)\s+this\b|\bnext\s+(?:week|month|year|round|meeting|step)\b",
    re.I,
)
# _FUTURE cannot match a sentence without one of these words; the set test is ten times cheaper.
_FUTURE_KEYS = frozenset(
    "will shall won ll set expected due scheduled slated poised planning going likely about be meet hold speak talk"
    " travel visit vote decide resume begin start take plans plan intends intend aims aim hopes hope promised vowed"
    " pledged threatened upcoming forthcoming deadline ultimatum expire expires takes gave given giving granted"
    " planned later end next".split()
)
_LOWER_WORD = re.compile(r"[a-z]+")


def _future(text: str) -> bool:
    """A future form, a schedule, a plan, a deadline or an ultimatum ("as expected" aside)."""
    if frozenset(_LOWER_WORD.findall(text.lower())).isdisjoint(_FUTURE_KEYS):
        return False
    return _FUTURE.search(_PAST_FUTURE.sub(" ", text)) is not None


# "as expected", "had been expected", "than planned": the future of a past that has happened.
_PAST_FUTURE = re.compile(
    r"\b(?:as|than|had(?:\s+been)?|was(?:\s+widely)?|were(?:\s+widely)?)\s+(?:expected|planned|scheduled)\b", re.I
)


@dataclass(frozen=True, slots=True)
class When:
    day: date | None
    period: str | None  # week 2025-W12, weekend 2025-W12-WE, month 2025-03, quarter 2025-Q2, season 2025-SU, year 2026
    expression: str


def _when(text: str, found: Found | None) -> When | None:
    if found is None:
        return None
    expression = text[found.start : found.end]
    if len(found.value) == 10:
        return When(date.fromisoformat(found.value), None, expression)
    return When(None, found.value, expression)


def find_when(sentence: str, ref: date) -> When | None:
    """The date of the event a sentence announces, resolved against `ref` (the article's date).

    Every date expression is read; those that hang off a past-tense verb ("the delegations, which
    met on Monday, will meet again on Friday") give way to the others, and of those the one
    nearest after the sentence's future verb wins (see briefgen.dates.pick).
    """
    return _when(sentence, pick(sentence, find_dates(sentence, ref)))


def announces(text: str, found: Found | None, future: bool | None = None) -> tuple[bool, Found | None]:
    """Whether the sentence speaks of an event to come (a future form, or a date its verb points
    forward to), and the date of that event.

    A date hanging off a past verb makes the sentence a report of the past ("said on Saturday
    that the judge issued the warrant on Friday"), unless it sits in an aside: "the envoys, who
    met on Monday, will report to their governments" is an undated next step. `future`: _future(text),
    when the caller has it already."""
    future = _future(text) if future is None else future
    if found is not None and found.direction < 0:
        return future and in_aside(text, found), None
    return future or (found is not None and found.direction > 0), found


def _span(step: NextStep) -> tuple[date, date] | None:
    if step.date:
        return step.date, step.date
    if step.period:
        return period_start(step.period), period_end(step.period)
    return None


@dataclass(frozen=True, slots=True)
class _Candidate:
    step: NextStep
    terms: frozenset[str]
    span: tuple[date, date] | None


def _same_event(a: _Candidate, b: _Candidate) -> bool:
    """Two sentences announce one event: they share most words, or some words and the very same time.
    Different days are different events however alike the words ("talks resume on Tuesday" and
    "talks resume on Thursday")."""
    if a.span and b.span:
        if a.span[1] < b.span[0] or b.span[1] < a.span[0]:
            return False
        needed = (0.2 if a.step.date else 0.3) if a.span == b.span else 0.4
    else:
        needed = 0.5
    return len(a.terms & b.terms) >= needed * max(1, len(a.terms | b.terms))


def reading(text: str, ref: date) -> tuple[bool, Found | None]:
    """Whether a full sentence announces an event to come, read against `ref` (its article's
    date), and the expression that dates the event: what depends on the sentence and its article
    alone, so briefgen.analysis reads it once per article and the store keeps it."""
    # A question asks, it announces nothing; a quoted one too ('"... will they get?" he asked').
    question = text.endswith("?") or '?"' in text or "?”" in text
    if len(text.split()) > 60 or question:
        return False, None
    future = _future(text)
    if not future and not may_point_forward(text):
        return False, None  # no future form, and no date or word that could point ahead: most sentences
    return announces(text, pick(text, find_dates(text, ref)), future)


def _announcing(corpus: Corpus, brief_date: date) -> Iterator[tuple[Sentence, Found | None]]:
    """The full sentences that announce an event to come, in reading order, with the expression
    dating the event: as each dated article's analysis read them, else (an undated article, read
    against the brief's date) read now."""
    resolved: dict[tuple[str, date], tuple[bool, Found | None]] = {}
    for a_index, sentences in enumerate(by_article(corpus)):
        published = corpus.articles[a_index].published
        schedule = corpus.analyses[a_index].schedule if published and len(corpus.analyses) > a_index else None
        if schedule is not None:
            yield from ((sentences[position], found) for position, found in sorted(schedule.items()))
            continue
        ref = published or brief_date
        for sentence in sentences:
            if sentence.complete:
                if (sentence.text, ref) not in resolved:  # a syndicated sentence is read once
                    resolved[(sentence.text, ref)] = reading(sentence.text, ref)
                is_next, found = resolved[(sentence.text, ref)]
                if is_next:
                    yield sentence, found


# Next steps compared for repeats at the most: each new one is checked against these only.
_MAX_MERGED = 60


def next_steps(
    corpus: Corpus, relevance: Callable[[str], float], brief_date: date, taken: Sequence[str] = (), limit: int = 12
) -> list[NextStep]:
    """Future events, one item per event, best first.

    Two outlets announcing the same call are one item: its text and `articles` are one outlet's
    exact words and the articles that carry them verbatim; `also` lists the other independent
    outlets that announced the same event in other words, and each raises the item's rank.
    Events dated before the article or the brief's day are left out, and so are sentences in
    `taken` (already used by another section).
    """
    used = {sentence_key(t) for t in taken}
    found: list[_Candidate] = []
    for sentence, chosen in _announcing(corpus, brief_date):
        text = sentence.text
        if used and sentence_key(text) in used:
            continue
        ref = corpus.articles[sentence.article].published or brief_date
        when = _when(text, chosen)
        if when is not None and when.day is not None and when.day < max(ref, brief_date):
            continue  # it happened before the article was written, or before the brief's day
        if when is not None and when.period is not None and period_end(when.period) < max(ref, brief_date):
            continue
        if when is None and _mostly_quoted(text):
            continue  # an undated remark in someone's words is their position, not a schedule
        score = relevance(text) * (1.5 if when else 1.0)
        if score > 0:
            step = NextStep(text, when.day if when else None, when.period if when else None, (sentence.article,), score)
            found.append(_Candidate(step, frozenset(stems_of(corpus, text)), _span(step)))
    merged: list[tuple[_Candidate, set[int]]] = []
    for candidate in sorted(found, key=lambda c: -c.step.score):
        for k, (other, articles) in enumerate(merged):
            if _same_event(other, candidate):
                articles.update(candidate.step.articles)
                if _precision(candidate.step) > _precision(other.step):
                    # The outlet that names the day speaks for the item; the rank stays the best one's.
                    merged[k] = (replace(candidate, step=replace(candidate.step, score=other.step.score)), articles)
                break
        else:
            if len(merged) < _MAX_MERGED:
                merged.append((candidate, set(candidate.step.articles)))
    steps = []
    for candidate, articles in merged:
        kept = candidate.step
        verbatim = cited(corpus, kept.text, kept.articles)
        origins = {corpus.copies.get(a, a) for a in verbatim}
        also: list[int] = []
        for a in sorted(articles):
            if corpus.copies.get(a, a) not in origins:
                origins.add(corpus.copies.get(a, a))
                also.append(a)
        support = independent(corpus, sorted(articles))
        steps.append(replace(kept, articles=verbatim, also=tuple(also), score=kept.score * (1 + 0.5 * (support - 1))))
    steps.sort(key=lambda s: -s.score)
    return steps[:limit]


_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


def _mostly_quoted(text: str) -> bool:
    return sum(len(m) for m in _QUOTED.findall(text)) >= 0.5 * len(text)


_PRECISION = {"week": 4, "weekend": 4, "month": 3, "quarter": 2, "season": 2, "year": 1}


def _precision(step: NextStep) -> int:
    """How closely a step is dated: a day, a week or weekend, a month, a quarter or season, a year, nothing."""
    if step.date:
        return 5
    return _PRECISION[granularity(step.period)] if step.period else 0


def by_date(steps: list[NextStep]) -> list[NextStep]:
    """Soonest first; a week, month or year ("later this month") sorts at its last day, as the
    latest it may happen, after the days named within it; undated last."""

    def key(step: NextStep) -> tuple[int, str, int, str]:
        if step.date:
            return (0, step.date.isoformat(), 0, "")
        if step.period:
            return (0, period_end(step.period).isoformat(), 1, period_start(step.period).isoformat())
        return (1, "", 0, "")

    return sorted(steps, key=key)
