"""Each section's candidates, best first: the Situation (selection.py), key points (keypoints.py), who said
what (positions.py), what comes next (timeline.py), with no sentence in two sections; and, after
an earlier brief, the cut to what is new (novelty.py)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from . import novelty
from .attribution.lexicon import GIVEN_NAMES, SAY_WORDS, fold
from .attribution.phrases import is_organisation
from .clause import tense
from .compose import MINIMUM, Ranked
from .corpus import key_of, sentence_key, stems_of
from .dates import find_dates, granularity, period_end, period_start
from .keypoints import key_points as merged_key_points
from .models import Corpus, Item, NextStep, Position, Statement
from .positions import positions
from .selection import Selector
from .similarity import adds_nothing, mostly_said, repeats, retells
from .store import PastBrief
from .text import stem
from .timeline import names_a_day, next_steps, told_as_coming

NEXT_STEPS = 8  # candidates for the Next steps; the one-page fit may show fewer
# The periods of a next step near enough to be its news, starting within a month of the brief (this week, this
# month or the next): the Situation leaves a step set for one to Next steps. (Further off, "in November's general
# election", "at a convention in July" in April, it may be the story's frame.)
_SOON_PERIODS = frozenset({"week", "weekend", "month"})
_SOON_DAYS = 31


def rank(corpus: Corpus, brief_date: date, schedule_all: bool = False) -> Ranked:
    """Each section's candidates, best first; no sentence appears in two sections (with
    `schedule_all`, next steps may repeat the other sections: the caller sorts that out)."""
    selector = Selector(corpus, brief_date)
    upcoming = [
        step
        for step in next_steps(
            corpus,
            selector.relevance,
            brief_date,
            limit=NEXT_STEPS * (5 if schedule_all else 3),
            held=selector.held_since,
        )
        # With no date to anchor it, a next step must be about the story itself: one article's
        # aside on something else ("the fog will linger over the Varna coast") is not.
        if step.date or step.period or selector.shares_a_phrase(step.text)
    ]
    # What is set for a given day reads best under Next steps, with its date; the Situation says
    # what is happening. So does what is set for this week, this month or the next ("will speak at
    # the convention later this month", "the House is expected to vote this week"): an event still
    # to come is a next step by what it is, whichever section would reach it first. (A year, a
    # season or a month further off is vaguer: such a sentence may still lead the Situation.)
    dated_steps = [s for s in upcoming if names_a_day(s)]
    dated = [s.text for s in dated_steps]
    timed = [
        s
        for s in upcoming
        if s.period
        and granularity(s.period) in _SOON_PERIODS
        and period_start(s.period) <= brief_date + timedelta(days=_SOON_DAYS)
        and not _tells_its_own_news(corpus, s, brief_date)
    ]
    timed_texts = [s.text for s in timed]
    scheduled = {key_of(corpus, t) for t in dated + timed_texts}
    situation = selector.situation(limit=7, skip=scheduled, scheduled=dated_steps + timed)
    # A bullet that announces a dated next step ("talks start on Sunday") is left to Next steps.
    dated_terms = [frozenset(stems_of(corpus, t)) for t in dated + timed_texts]

    def announced(text: str) -> bool:
        own = frozenset(stems_of(corpus, text))
        return key_of(corpus, text) in scheduled or any(len(own & t) >= 0.6 * len(own) for t in dated_terms if own)

    # Nor is an undated step a key point: what is still to come reads under Next steps (ranked
    # there with the rest of the schedule; a key point taking it would leave it off that section).
    coming = {key_of(corpus, s.text) for s in upcoming if not names_a_day(s)}
    # Nor is a key point of two sentences one of which is a step ("The primary is next week. Both
    # candidates head there."): the passage would take the step's sentence from Next steps, which
    # then could not list the event (the page tells a sentence once), nor give its date.
    steps_told = [s.text for s in upcoming]
    key_points = [
        k
        for k in merged_key_points(selector, situation, limit=8, shown=MINIMUM["situation"])
        if not announced(k.text) and key_of(corpus, k.text) not in coming and not any(t in k.text for t in steps_told)
    ][:7]
    # Later sections skip what earlier ones already say, in these words or nearly.
    taken = [i.text for i in situation] + [i.text for i in key_points]
    said = [frozenset(stems_of(corpus, t)) for t in taken]
    rare = selector.rarity  # what a retelling shares weighs by it
    actors = []
    quoted: list[str] = []  # the words in quotation marks shown above, as `sentence_key`s
    # A statement that sets a day ("will exchange prisoners on Wednesday, the Kremlin said") is a
    # next step first.
    for actor in positions(corpus, selector.relevance, taken + dated + timed_texts, today=brief_date):
        statements = tuple(
            s
            for s in actor.statements
            # (the Situation's lead never gives way: a quote it repeats gives way to it, as before)
            if not _told_above(frozenset(stems_of(corpus, s.text)), s.in_own_words, said, rare, lead=said[:1])
            and not _quoted_above(s, quoted)
        )
        if statements:
            actors.append(dataclasses.replace(actor, statements=statements))
            quoted += [sentence_key(s.quote) for s in statements if s.quote and s.in_own_words]
    actors = actors[:8]
    taken += [s.text for p in actors for s in p.statements]
    said += [frozenset(stems_of(corpus, s.text)) for p in actors for s in p.statements]
    # With `schedule_all` the caller sorts out repeats after its own cut. A dated step is its own
    # news (when) even if a sentence above tells of the same talks; an undated one must add to them.
    # A step another section tells (its very sentence, or a sentence it repeats) is ranked all the same, with the
    # sentences that tell it: the fit shows it only when none of them is on the page (the sections above are
    # ranked longer than a page holds; a step left out for a statement the fit then cuts is on no section).
    told_by: dict[str, tuple[str, ...]] = {}
    steps = list(upcoming)
    if not schedule_all:
        used: dict[str, list[str]] = {}
        for t in taken:
            used.setdefault(key_of(corpus, t), []).append(t)
        owners = [corpus.articles[i.articles[0]].published if i.articles else None for i in situation + key_points]
        owners += [
            corpus.articles[s.articles[0]].published if s.articles else None for p in actors for s in p.statements
        ]
        earlier = [
            _Earlier(t, told_as_coming(text, None)[0], text, owner or brief_date)
            for t, text, owner in zip(said, taken, owners, strict=True)
        ]
        steps, plain = [], 0
        for s in upcoming:
            if plain == NEXT_STEPS:
                break
            by = tuple(used.get(key_of(corpus, s.text), ()))
            if not names_a_day(s):
                by += _step_said_by(s, frozenset(stems_of(corpus, s.text)), earlier)
            if by:
                told_by[s.text] = by
            else:
                plain += 1
            steps.append(s)
    # A stance in the actor's own words reads best under Positions, an event set for a day under
    # Next steps: a Situation sentence or key point whose fact one of them tells gives way to it
    # when it is on the page (compose.assemble).
    # (Measured against what the page prints: a fact in a statement's frame, around the quoted words
    # shown alone, is not on the page.)
    holders = [(_printed(corpus, p, s), s.text) for p in actors for s in p.statements if s.in_own_words]
    holders += [
        (frozenset(stems_of(corpus, s.text)), s.text) for s in steps if names_a_day(s) and s.text not in told_by
    ]
    # ... and what an actor is reported to say, the Situation or a key point naming that actor and
    # retelling it (Brask "refused to pay, claiming the crane was the union's" beside Brask "said the
    # board would not cover the cost, arguing that the union owned it"): one statement, said once,
    # under the actor's name.
    # What is said, not how it is reported ("claiming", "arguing"): the verbs of saying aside; the
    # words the page shows, not their frame.
    stances = [
        (p.actor, frozenset(stems_of(corpus, s.printed)) - _SAYING, s.text) for p in actors for s in p.statements
    ]

    def yielding(item: Item) -> Item:
        own = frozenset(stems_of(corpus, item.text))
        to = tuple(t for terms, t in holders if mostly_said(own, terms, rare))
        content = own - _SAYING
        same = (t for actor, terms, t in stances if _names(item.text, actor) and retells(content, terms, rare))
        to += tuple(t for t in same if t not in to)
        return dataclasses.replace(item, yields=to) if to else item

    # The Situation's lead, its first pick (the newest day's development, `Selector.situation`),
    # says what changed: it never gives way (a next step repeating it is the lesser harm).
    told = situation[:1] + [yielding(i) for i in situation[1:]]
    return Ranked(
        situation=tuple(told),
        key_points=tuple(map(yielding, key_points)),
        positions=tuple(actors),
        next_steps=tuple(steps),
        told_by=told_by,
    )


def _printed(corpus: Corpus, position: Position, statement: Statement) -> frozenset[str]:
    """The terms of a statement's line under Positions: the actor, the role, and the quoted words
    when they stand alone (`Statement.printed`), else the sentence."""
    return frozenset(stems_of(corpus, f"{position.actor} {position.role or ''} {statement.printed}"))


# The stems of the verbs of saying ("insisted", "insisting": "insist").
_SAYING = frozenset(map(stem, SAY_WORDS))


def _names(text: str, actor: str) -> bool:
    """The text names the actor: by its whole name ("Varnia", "the harbor board"), or a person by
    the surname alone ("Brask"), as a word; never as another person's ("Ivo Brask" is not Odo
    Brask) nor a body by its last word ("board")."""
    words = actor.split()
    if not words:
        return False
    whole = re.search(rf"\b{re.escape(actor)}\b", text) is not None
    if whole or len(words) == 1 or is_organisation(actor):
        return whole
    given = {fold(w) for w in words[:-1]}
    # (a given name right before the surname that is not the actor's own is someone else's)
    return any(
        not (before := text[: m.start()].split()[-1:]) or fold(before[0]) in given or fold(before[0]) not in GIVEN_NAMES
        for m in re.finditer(rf"\b{re.escape(words[-1])}\b", text)
    )


# Quoted words this long (letters and digits) are someone's sentence, not a stock phrase two
# people may both say ("no comment", "we will see").
QUOTE_KEY = 24


def _quoted_above(statement: Statement, quoted: Sequence[str]) -> bool:
    """The statement's quoted words are in a quotation another actor's row shows, or hold one
    whole: the same words said twice (two outlets spelling the speaker two ways, one quoting him
    at more length, make two actors of one)."""
    if not statement.quote or not statement.in_own_words:
        return False
    key = sentence_key(statement.quote)
    return len(key) >= QUOTE_KEY and any(key in other or other in key for other in quoted if len(other) >= QUOTE_KEY)


def _told_above(
    own: frozenset[str],
    in_own_words: bool,
    said: Sequence[frozenset[str]],
    weight: Callable[[str], float],
    lead: Sequence[frozenset[str]] = (),
) -> bool:
    """A statement (`own`: its terms) the Situation or the key points already tell: it repeats a
    sentence told there (`repeats`). In the actor's own words, only one that says more than it: one
    whose terms it holds nearly all of (`mostly_said`) gives way to it instead (`Item.yields`)."""
    if in_own_words:
        return any(repeats(own, other) and (other in lead or not mostly_said(other, own, weight)) for other in said)
    return _said_before(own, said)


def _said_before(own: frozenset[str], said: Sequence[frozenset[str]]) -> bool:
    return any(repeats(own, other) for other in said)


# Where a sentence's opening clause ends: its first comma, semicolon or colon, or a clause joined by "and".
_OPENING_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|but)\s")


def _tells_its_own_news(corpus: Corpus, step: NextStep, brief_date: date) -> bool:
    """The step's sentence opens on what has happened: its opening clause is in the past, or names a day that
    points back ("the board agreed on Monday to cut the tolls, and will vote on the timetable later this week").
    Such a sentence may be the newest development, which the Situation must not lose for the step it adds. (A
    day of saying later in the sentence, "officials said on Monday", is no development of its own.)"""
    end = _OPENING_CLAUSE_END.search(step.text)
    opening = step.text[: end.start() if end else len(step.text)]
    published = corpus.articles[step.articles[0]].published if step.articles else None
    return tense(opening) == "past" or any(f.direction < 0 for f in find_dates(opening, published or brief_date))


@dataclasses.dataclass(frozen=True, slots=True)
class _Earlier:
    """A sentence ranked above the Next steps: its terms, whether it tells of something to come, its text and the
    day its article was written."""

    terms: frozenset[str]
    coming: bool
    text: str
    written: date


def _step_said_by(step: NextStep, own: frozenset[str], earlier: Sequence[_Earlier]) -> tuple[str, ...]:
    """The sentences above that already tell a next step not set for a day (`own`: its terms): one that also tells
    of something to come and repeats it, or one reporting the past that it adds nothing to ("the talks will resume
    after a pause" is news beside "the talks were extended"; beside "the talks are expected to resume" it is not).
    A step with a date of its own (a week, a month, "by Friday") adds its date to a report of the past, unless that
    report names a time within the step's ("the younger Vell is to be freed in April" beside "Vell, who was freed
    in April, …" of last April; not beside "Vell was freed this April")."""
    return tuple(
        e.text
        for e in earlier
        if (e.coming and repeats(own, e.terms))
        or (adds_nothing(own, e.terms) and not (step.period and not e.coming and not _dates_within(e, step.period)))
    )


def _dates_within(report: _Earlier, period: str) -> bool:
    """The report names a time that overlaps `period` (read against the day it was written)."""
    first, last = period_start(period), period_end(period)
    return any(
        period_start(f.value) <= last and period_end(f.value) >= first
        for f in find_dates(report.text, report.written)
        if granularity(f.value) != "by"
    )


def rank_since(corpus: Corpus, brief_date: date, versions: list[str], previous: PastBrief) -> tuple[Ranked, str]:
    """`rank`, cut to what is new since the topic's `previous` briefs (`versions`: each article's
    text hash), and the note that says so."""
    # The cut to what is new drops Situation sentences the earlier brief reported; a future event
    # among them would vanish from the page with them (ranked there, it was kept out of the Next
    # steps). So the schedule is ranked over every sentence, and what the cut leaves on the page
    # elsewhere is then kept out of it.
    ranked, note = novelty.mark(rank(corpus, brief_date, schedule_all=True), versions, previous)
    shown = {key_of(corpus, t) for _, t in novelty.said_ranked(ranked)}
    steps = tuple(s for s in ranked.next_steps if key_of(corpus, s.text) not in shown)
    return dataclasses.replace(ranked, next_steps=steps[:NEXT_STEPS]), note
