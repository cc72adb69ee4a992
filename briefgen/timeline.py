"""Next steps: sentences about scheduled or expected events, with the day they name.

Dates are resolved against the article's own date ("on Tuesday" in a Monday story is the next
day); a sentence that only names a week or a month keeps that period (ISO 2025-W12, 2025-03),
one that names no time at all is kept undated when it clearly speaks of what is to come.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .corpus import cited, independent, sentence_key
from .models import Corpus, NextStep
from .text import terms

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a few": 3,
    "a couple of": 2,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "end_month",
        re.compile(
            r"\b(?:by|before|until|at)\s+the\s+end\s+of\s+(?:" + _MONTH + r"|(?P<this>this|the|next)\s+month)\b", re.I
        ),
    ),
    ("month_day", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b" + _YEAR, re.I)),
    ("day_month", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b" + _YEAR, re.I)),
    ("iso", re.compile(r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b")),
    ("relative", re.compile(r"\b(?P<rel>today|tonight|tomorrow|the day after tomorrow)\b", re.I)),
    (
        "in_n",
        re.compile(
            r"\b(?:in|within)\s+(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of)"
            r"\s+(?P<unit>days?|weeks?)\b(?P<of>\s+(?:of|after|from)\b)?",
            re.I,
        ),
    ),
    # "Tuesday's call" names an event, not when the sentence's event happens.
    (
        "weekday",
        re.compile(
            r"\b(?P<next>next\s+|this\s+(?:coming\s+)?|on\s+|last\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s)",
            re.I,
        ),
    ),
    ("week", re.compile(r"\b(?P<which>later\s+this|this|next|the\s+coming|the\s+following)\s+week\b", re.I)),
    ("month", re.compile(r"\b(?P<which>later\s+this|this|next)\s+month\b", re.I)),
]
_FUTURE = re.compile(
    r"\b(will|shall|'ll|is|are|was|were)\s+(?:(?:set|expected|due|scheduled|slated|poised|planning|"
    r"going|likely)\s+to|to\s+(?:meet|hold|speak|talk|travel|visit|vote|decide|resume|begin|start))\b"
    r"|\bwill\b|\bplans?\s+to\b|\bupcoming\b|\bscheduled\b|\bdeadline\b|\bultimatum\b|\bexpected\b"
    r"|\b(?:later|by\s+the\s+end\s+of)\s+this\b|\bnext\s+(?:week|month|round|meeting|step)\b",
    re.I,
)
_PAST_BEFORE = re.compile(
    r"\b(said|told|met|spoke|held|made|launched|announced|signed|took|began|agreed|ended|was|were|"
    r"had|accused|rejected|\w+ed)\s+(?:\w+\s+){0,3}$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class When:
    day: date | None
    period: str | None  # ISO week (2025-W12) or month (2025-03)
    expression: str


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_day(year: int, month: int, day: int, ref: date, explicit_year: bool) -> date | None:
    try:
        result = date(year, month, day)
    except ValueError:
        return None
    # News dates without a year lie near the story: "January 3" in a December story is next year.
    if not explicit_year and (result - ref).days < -183:
        result = result.replace(year=year + 1)
    elif not explicit_year and (result - ref).days > 183:
        result = result.replace(year=year - 1)
    return result


def _resolve(kind: str, m: re.Match[str], sentence: str, ref: date) -> When | None:
    """One date expression -> the day or period it names, or None when it names none."""
    g = m.groupdict()
    text = m.group(0)
    if kind == "end_month":
        month = _MONTHS[g["month"].lower()] if g.get("month") else ref.month
        year = ref.year + (1 if month < ref.month - 6 else 0)
        if g.get("this") == "next":
            month, year = (1, ref.year + 1) if ref.month == 12 else (ref.month + 1, ref.year)
        return When(date(year, month, calendar.monthrange(year, month)[1]), None, text)
    if kind in ("month_day", "day_month"):
        year = int(g["year"]) if g.get("year") else ref.year
        day = _month_day(year, _MONTHS[g["month"].lower()], int(g["day"]), ref, bool(g.get("year")))
        return When(day, None, text) if day else None
    if kind == "iso":
        return When(date.fromisoformat(g["iso"]), None, text)
    if kind == "relative":
        offset = {"today": 0, "tonight": 0, "tomorrow": 1, "the day after tomorrow": 2}[g["rel"].lower()]
        return When(ref + timedelta(days=offset), None, text)
    if kind == "in_n":
        if g.get("of"):
            return None  # "within 90 days of a ceasefire": counted from an event, not from today
        n = int(g["n"]) if g["n"].isdigit() else _NUMBERS[" ".join(g["n"].lower().split())]
        days = n * (7 if g["unit"].lower().startswith("week") else 1)
        return When(ref + timedelta(days=days), None, text)
    if kind == "weekday":
        target = _WEEKDAYS[g["weekday"].lower()]
        prefix = (g.get("next") or "").strip().lower()
        ahead = (target - ref.weekday()) % 7
        if prefix == "last" or (prefix in ("", "on") and _past_context(sentence, m.start())):
            return When(ref - timedelta(days=(ref.weekday() - target) % 7), None, text)
        if prefix.startswith("next") and ahead == 0:
            ahead = 7
        return When(ref + timedelta(days=ahead), None, text)
    which = " ".join(g["which"].lower().split())
    if kind == "week":
        start = ref if which in ("this", "later this") else ref + timedelta(days=7)
        return When(None, _iso_week(start), text)
    year, month = ref.year, ref.month  # kind == "month"
    if which == "next":
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return When(None, f"{year}-{month:02d}", text)


def _past_context(sentence: str, start: int) -> bool:
    """The expression hangs off a verb in the past ("which met on Monday", "said on Tuesday")."""
    return _PAST_BEFORE.search(sentence[max(0, start - 60) : start]) is not None


def find_when(sentence: str, ref: date) -> When | None:
    """The date of the event a sentence announces, resolved against `ref` (the article's date).

    Every date expression is read; those that hang off a past-tense verb ("the delegations, which
    met on Monday, will meet again on Friday") give way to the others, and of those the one
    nearest after the sentence's future verb wins.
    """
    found: list[tuple[int, int, When]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            if any(m.start() < end and start < m.end() for start, end, _ in found):
                continue  # inside a longer expression already read ("March 18" in "by the end of March")
            try:
                when = _resolve(kind, m, sentence, ref)
            except (ValueError, OverflowError, KeyError):
                when = None  # "February 29" of a non-leap year, "in 99999999 days": no date
            if when is not None:
                found.append((m.start(), m.end(), when))
    if not found:
        return None
    found.sort(key=lambda f: f[0])
    current = [f for f in found if not _past_context(sentence, f[0])] or found
    future = _FUTURE.search(sentence)
    if future:
        after = [f for f in current if f[0] >= future.start()]
        if after:
            return after[0][2]
    return current[0][2]


# Next steps compared for repeats at the most: each new one is checked against these only.
_MAX_MERGED = 60


def next_steps(
    corpus: Corpus, relevance: Callable[[str], float], brief_date: date, taken: Sequence[str] = (), limit: int = 12
) -> list[NextStep]:
    """Future events, one item per event: two outlets announcing the same call are one item, which
    cites the articles with its exact words and ranks higher for the second outlet.

    Sentences in `taken` (already used by another section) are left out.
    """
    used = {sentence_key(t) for t in taken}
    found: list[tuple[NextStep, frozenset[str]]] = []
    for sentence in corpus.sentences:
        text = sentence.text
        if not sentence.complete or len(text.split()) > 60 or text.endswith("?") or not _FUTURE.search(text):
            continue
        if sentence_key(text) in used:
            continue
        ref = corpus.articles[sentence.article].published or brief_date
        when = find_when(text, ref)
        if when is not None and when.day is not None and when.day < max(ref, brief_date):
            continue  # it happened before the article was written, or before the brief's day
        if when is not None and when.period is not None and period_end(when.period) < max(ref, brief_date):
            continue
        score = relevance(text) * (1.5 if when else 1.0)
        if score > 0:
            step = NextStep(text, when.day if when else None, when.period if when else None, (sentence.article,), score)
            found.append((step, frozenset(terms(text))))
    merged: list[tuple[NextStep, frozenset[str], set[int]]] = []
    for step, step_terms in sorted(found, key=lambda f: -f[0].score):
        for kept, kept_terms, articles in merged:
            overlap = len(step_terms & kept_terms) / max(1, len(step_terms | kept_terms))
            same_time = (kept.date, kept.period) == (step.date, step.period) and (kept.date or kept.period)
            if overlap >= 0.5 or (same_time and overlap >= 0.2):
                articles.update(step.articles)
                break
        else:
            if len(merged) < _MAX_MERGED:
                merged.append((step, step_terms, set(step.articles)))
    steps = [
        replace(
            kept,
            articles=cited(corpus, kept.text, kept.articles),
            score=kept.score * (1 + 0.5 * (independent(corpus, sorted(articles)) - 1)),
        )
        for kept, _, articles in merged
    ]
    steps.sort(key=lambda s: -s.score)
    return steps[:limit]


def period_start(period: str) -> date:
    """The first day of an ISO week (2025-W12) or a month (2025-03)."""
    if "-W" in period:
        return date.fromisocalendar(int(period[:4]), int(period[6:]), 1)
    return date(int(period[:4]), int(period[5:7]), 1)


def period_end(period: str) -> date:
    start = period_start(period)
    if "-W" in period:
        return start + timedelta(days=6)
    return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])


def by_date(steps: list[NextStep]) -> list[NextStep]:
    """Soonest first; a week or month ("later this month") sorts at its last day, as the latest
    it may happen, after the days named within it; undated last."""

    def key(step: NextStep) -> tuple[int, str, int]:
        if step.date:
            return (0, step.date.isoformat(), 0)
        if step.period:
            return (0, period_end(step.period).isoformat(), 1 if "-W" in step.period else 2)
        return (1, "", 0)

    return sorted(steps, key=key)
