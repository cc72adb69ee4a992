"""Next steps: the events still to come on the brief's day, one item per event, with their dates.

A sentence is a next step when briefgen.events reads it as announcing an event (not a state, a
forecast, a conditional or an opinion) and its date, read by briefgen.dates against the article's
own date, is not before the brief's day: "on Tuesday" in a Monday story is the next day, and an
event dated before the brief is over. A sentence that names a week, weekend, month or year keeps
that period (2025-W12, 2025-W12-WE, 2025-03, 2026), a range its days (2025-11-17/2025-11-18); a count
from the article's day keeps the precision its words give ("in three weeks": that month; "in the next
week": the days up to then). A date past the end of the year after the brief's is a term, not a step.
One that names no time is kept only when it states a firm future in the latest news and stands
on its own; never more than a couple of those. Outlets announcing one event are one item; when
they give it different days, the item says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, TypeVar

from .antecedent import lead_in, who
from .attribution.lexicon import ORG_HEADS, ORG_NAMES, PLACES, SAY_WORDS
from .clause import (
    TAKES_CLAUSE,
    clause_at,
    described_by,
    fronted_clause,
    main_clause,
    named_subject,
    past_governs,
    relative_of,
    relative_start,
    subject,
    tense,
    wished,
)
from .corpus import by_article, cited, independent, sentence_key, sentence_starts, stems_of
from .dates import (
    DONE_AT,
    MONTH_OPENING,
    PAST_FORMS,
    SETTLED_VERBS,
    WEEKDAY_NAME,
    Found,
    as_told,
    asides,
    direction,
    find_dates,
    future_clause,
    granularity,
    names_a_time,
    next_weekday_unsure,
    period_end,
    period_start,
    pick,
    settles_occasion,
)
from .events import (
    A_TURN,
    AIRED_NOUNS,
    BALLOT_NOUNS,
    CALENDAR_ACTS,
    COMING,
    DENYING_VERBS,
    DISCRETE_EVENTS,
    EVENT_NOUNS,
    PLAIN_BALLOT_NOUNS,
    PROCEEDINGS,
    Reading,
    acts_between,
    called_off,
    dated_present,
    event_words,
    fronted_present,
    habitual,
    hypothetical,
    in_passing,
    nouns_called_off,
    nouns_put_off,
    nouns_told_done,
    past_clause,
    past_verbs,
    pending,
    policy_act,
    read,
    reports_done,
    tells_standing,
    told_in_past,
)
from .models import Corpus, NextStep, Sentence
from .moves import MOVE_WORDS, MOVED_TO, move_pattern
from .outstanding import outstanding
from .spoken import first_person_talk, quoted_alone, speaker_talk
from .text import is_boilerplate, stem, terms

__all__ = [
    "HeldSince",
    "When",
    "by_date",
    "find_when",
    "names_a_day",
    "next_steps",
    "period_end",
    "period_start",
    "told_as_coming",
]

# An undated next step comes from an article at most this many days older than the latest one.
FRESH_DAYS = 2
# At most this many undated next steps, the best ranked.
MAX_UNDATED = 2
T = TypeVar("T")

# Next steps compared for repeats at the most: each new one is checked against these only.
_MAX_MERGED = 60


# ---------------------------------------------------------------------------------------------
# Is this sentence a next step, and when?


Announcement = tuple[Reading, "When | None"]


def announcement(text: str, ref: date) -> Announcement | None:
    """Whether a full sentence of an article dated `ref` announces an event to come, how, and the
    event's date: what depends on the sentence and its article alone, so briefgen.analysis reads
    it once per article and the store keeps it. The brief's day and the article's freshness are
    weighed when a brief is made (`_on`). A sentence announcing nothing of its own may still tell an
    occasion named by its day ("Thursday's ballot will decide …": `_day_occasion`), and one naming no day an
    event it tells as still pending ("was remanded pending a hearing": `_still_outstanding`).

    Two gates skip readings that cannot find anything (a cost, never a result: both are pure, and
    tests/test_timeline_gates.py checks the gated reading equals the ungated one): without a date
    expression, `_day_occasion` has no day to read and `_announced` only what `_may_announce_undated`
    allows. The sentence's date expressions are found once here and passed to both readings."""
    days = find_dates(text, ref)
    found = _announced(text, ref, days) if days or _may_announce_undated(text) else None
    if found is None and days:
        found = _day_occasion(text, ref, days)
    if found is None and days:
        found = _next_occasion(text, ref, days)
    if found is None and days:
        found = _fronted_occasion(text, ref)
    if found is None and not days:
        found = _still_outstanding(text)
    if found is not None and found[1] is not None and next_weekday_unsure(found[1].expression, ref):
        return None  # "next Saturday" in a Thursday paper: a step listed a week off is worse than none
    if found is not None and any(_being_counted(text, found[0], f) for f in days):
        return None  # "Sunday's election is expected to decide the balance of power, though counting goes on"
    if found is not None and _timed_from_another(text, found):
        return None  # "the Brell caucuses fall a week after the Varna primary": that one's day, told as its own item
    return found


# A clause of time the sentence opens with, in the present, up to its comma: "When the guild meets on Thursday, …",
# "Once the levy takes effect on March 1, …", "After the board votes on Friday, …". Its present tells an event
# still to come, whatever the main clause foretells of it (not "Whenever", nor a past "When the guild met").
_FRONTED_TIME = re.compile(r"\s*(?P<word>When|Once|As\s+soon\s+as|After|Before|Until|Till)\s+(?P<clause>[^,;:—–()]+),")
# A main clause told in the past (or as what would have been): the opening is a past scene, no step.
# A condition or a doubt right after the opening, or anywhere "at all": what the opening tells may not happen.
_DOUBT_FIRST = re.compile(r"\s*(?:if|unless|provided|assuming|should|whether|supposing|in\s+case)\b", re.I)
_AT_ALL = re.compile(r"\b(?:if|whether)\b[^,;:—–()]*\bat\s+all\b", re.I)
# A main clause that may undo what the opening tells: "Before the tariff takes effect on March 20, the court may
# strike it down".
_MAY_UNDO = re.compile(
    r"\b(?:may|might|could|can|threatens?\s+to|seeks?\s+to|moves?\s+to)\s+(?:\w+\s+)?"
    r"(?:strike|block|scrap|cancel|halt|stop|delay|postpone|overturn|suspend|void|quash|annul)\b",
    re.I,
)
# Verbs of a state coming to its end: in an opening clause of time, a forecast's frame ("Once the strike ends in
# March, …"), no occasion.
_STATE_ENDS = frozenset(stem(w) for w in "end ends finish finishes subside subsides ease eases".split())
_PAST_MAIN = re.compile(r"\b(?:was|were|had|did|would\s+have|could\s+have|might\s+have)\b", re.I)


# A condition or doubt in the main clause that hangs on the opening's event ("…, traders will pay more, unless the
# senate repeals it first", "— if it ever does", "provided the senate approves it", "though it may never do so"):
# the event is not surely coming, so the sentence gives no step. A condition of the outcome alone stays ("…, but
# some may pay less if they dock early").
_DOUBT_LATER = re.compile(
    r"\b(?:if|unless|provided|providing|assuming|pending|whether|should|in\s+case|as\s+long\s+as|so\s+long\s+as)\b"
    r"(?:\s+[\w’'-]+){0,6}?\s+(?:it|its|it['’]s|this|that|pass(?:es)?|passed|approves?|approved|blocks?|"
    r"blocked|repeals?|repealed|scraps?|scrapped|lets?|allows?|survives?|upholds?|upheld|ratifies|ratified|signs?|"
    r"signed|votes?|ever)\b"
    r"|\b(?:yet\s+to|may\s+(?:yet|never)|unlikely|doubts?|doubtful)\b",
    re.I,
)


def _fronted_occasion(text: str, ref: date) -> Announcement | None:
    """A sentence whose main clause reads no step (a forecast, an outcome: "When the new board takes office in
    March, it is likely to cut the levy", "Once the levy takes effect on March 1, many traders will pay more"; no
    condition or doubt anywhere after it, _DOUBT_LATER), opened by a clause of time
    that tells an event with its date: that event is the step, on its day. The clause is read on its own
    (the rest blanked, same length, so offsets hold), with every guard of `announcement`. Not when the main
    clause is told in the past or the whole sentence is a habit, a doubt or undone."""
    opening = _FRONTED_TIME.match(text)
    if opening is None or (opening.group("word").lower() == "after" and _DONE_FIRST.match(text)):
        return None  # (a deed done first, "After beating Vell in Tuesday's primary, …", is `_done_first`'s)
    main = text[opening.end() :]
    if _PAST_MAIN.search(main) or tense(main) == "past" or tense(opening.group("clause")) == "past":
        return None  # "When the guild meets on Thursday, it was said …", "When the guild met on Thursday, …"
    if habitual(text) or _DOUBTED.search(text) or _UNDERCUT.search(text) or called_off(text):
        return None  # "When the guild meets on Thursdays, …", "… if the vote goes ahead at all"
    if _DOUBT_FIRST.match(main) or _AT_ALL.search(text) or _MAY_UNDO.search(main) or _DOUBT_LATER.search(main):
        return None  # "When the guild meets on Thursday, if it meets at all, …", "…, should she win, …"
    if "?" in text or any(q in text for q in '"“”') or _HOPED_AFTER.search(text) or _NOT_IN_EARNEST.search(text):
        return None  # a question, a speaker's words, a wish told after it, a jest
    clause = opening.group("clause")
    start = opening.start("clause")
    head = " " * start + clause[:1].upper() + clause[1:] + "."
    found = announcement(head, ref)
    if found is None or found[1] is None:
        return None  # the clause alone must tell a dated event ("When it is over, …" tells none)
    if stem(found[0].head.lower()) in _STATE_ENDS:
        return None  # "Once the strike ends in March, …": when a state will be over, foretold, not an occasion set
    return found


# A time told only from another occasion: "the Brell caucuses fall a week after the Varna primary", "follow four days
# after the ward runoffs" (its day is that occasion's, told as an item of its own; an undated copy adds none and
# would list one event twice).
_AFTER_ANOTHER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?)"
    r"(?:\s+and\s+a\s+(?:day|week|half))?\s+(?:after|before)\s+the\b",
    re.I,
)


# The occasion whose coming the head tells, right before it: "the ward caucuses will come round", "the runoff lands".
_OCCASION_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:(?:will|shall|would)\s+|['’]ll\s+)?(?:be\s+)?$", re.I)


def _timed_from_another(text: str, found: Announcement) -> bool:
    """An undated occasion whose time the sentence tells only from another occasion (_AFTER_ANOTHER): the head is an
    occasion's noun, or its verb with one for subject ("the ward caucuses will come round after …"). An act timed
    so is an event of its own and stays ("the strike will begin two days after the deadline", "ministers will meet
    a day after the summit")."""
    reading, when = found
    head = text.lower().find(reading.head, reading.start)
    if when is None and head >= 0 and _AFTER_ANOTHER.match(text, head + len(reading.head)) is not None:
        subject = _OCCASION_BEFORE.search(text, 0, head)
        return reading.head.lower() in _DAY_OCCASIONS or (
            subject is not None and subject.group("noun").lower() in _DAY_OCCASIONS
        )
    return False


def _still_outstanding(text: str) -> Announcement | None:
    """An undated event the sentence tells as still pending ("was remanded pending a hearing", "the council still
    has to vote on the levy"): clearly to come though no day is named (briefgen.outstanding)."""
    reading = outstanding(text)
    if reading is None or _in_quotes(text, reading.start):
        return None  # '"We await the council's decision," the guild said': a speaker's stance, no event set
    if _standing_rule(text, reading):
        return None  # "any new member still has to sign the charter": a rule for whoever comes, no one event
    return reading, None


# An occasion the actor holds as an answer to another's, "a lecture of her own", "a rally of their own", its day right
# after it ("Wednesday", "on Wednesday", "later this week").
_OF_ONES_OWN = re.compile(
    r"\b(?:a|an)\s+(?:\w+\s+)?(?P<noun>[\w-]+)\s+of\s+(?:his|her|its|their|our|my|your)\s+own\b[\s,]*", re.I
)
_OWN_ANSWER = "one's own answer"  # (the reason `_own_answer`'s reading gives)
_TOLD_TO_COME = re.compile(r"\b(?:will|shall|plans?|planning|set|due|expected|going)\b|['’]ll\b", re.I)


def _own_answer(text: str, found: list[Found], reading: Reading, ref: date) -> tuple[Reading, Found] | None:
    """An occasion of one's own given its own day, told to come in answer to another's named before it: "Vell will
    trail the reeve's Tuesday lecture with a lecture of her own on Wednesday", "the guild will answer Monday's rally
    with a rally of its own on Friday". The act announced is the actor's own occasion on its own day, not the other's
    occasion the sentence names first (whose day is as often gone); a bare weekday is the coming one. Only when the
    sentence tells it to come before it ("will", "plans", "is set to"); not "held a rally of her own on Friday" (told
    past: no marker), nor an own thing that is no occasion ("a plan of his own")."""
    own = _OF_ONES_OWN.search(text)
    if own is None or own.group("noun").lower() not in EVENT_NOUNS or reading.start > own.start():
        return None
    if not _TOLD_TO_COME.search(text, 0, own.start()) or _NOT_BEFORE.search(text, 0, own.start()):
        return None
    day = next((f for f in found if own.end() <= f.start <= own.end() + 3 and f.direction >= 0), None)
    if day is None or _PAST_WORDS.search(text, day.start, day.end):
        return None
    noun = own.group("noun")
    return Reading("nominal", noun.lower(), own.start("noun"), firm=True, reason=_OWN_ANSWER), _ahead(text, day, ref)


def _may_announce_undated(text: str) -> bool:
    """Whether `_announced` can find anything in a sentence without a date expression (a gate it
    implies). Its dated readings (the loop over the days it finds) are not run, and every step
    but two returns None: what it returns is the sentence's own reading (`read`) when that
    announces, or the announcement of the sentence without a relative clause on a person
    (`_past_a_person`). Neither of them: nothing."""
    reading = read(text)
    return reading.announces or _past_a_person(text, reading) is not None


def _announced(text: str, ref: date, days: list[Found] | None = None) -> Announcement | None:
    """`announcement` read from the sentence's own verbs and event nouns (`days`: its date
    expressions, `find_dates(text, ref)`, when the caller has them already: never changed here).

    (A sentence without a date expression reaches here only when `_may_announce_undated` lets it:
    a new step that finds something in such a sentence other than through `read(text).announces`
    or `_past_a_person` must widen that gate too; tests/test_timeline_gates.py checks the two agree.)"""
    if is_boilerplate(text):
        return None  # "Editor's note: …", "Correction: …": the page's furniture, wherever it sits
    # A question asks, it announces nothing; a quoted one too ('"... will they get?" he asked').
    question = text.endswith("?") or '?"' in text or "?”" in text
    if len(text.split()) > 60 or question or _headlines(text):
        return None
    # A day the event was once set for is not its day ("the launch, originally set for May 2, is now
    # expected in June"): what the sentence tells of that day is that it no longer holds.
    days = find_dates(text, ref) if days is None else days
    found = [f for f in days if not _FORMER_DAY.search(text, max(0, f.start - 50), f.start)]
    # A day of a past year told after it ("on May 3 last year", "in June two years ago"): no day to come.
    found = [f for f in found if not _OF_A_PAST_YEAR.match(text, f.end)]
    # A sentence set in a past year ("Last year the vote was moved to March 20", "In 2024, …"): a day it names
    # without its year is of that year, not the coming one.
    framed = next(
        (f for f in found if f.start <= 3 and _past_year(f, ref) and not text.startswith(("'s", "’s"), f.end)), None
    )
    if framed is not None:
        clause_end = text.find(";", framed.end) % (len(text) + 1)  # (a new clause may set its own time)
        found = [f for f in found if f is framed or f.start > clause_end or _YEAR_DIGITS.search(text, f.start, f.end)]
    reading = read(text)
    # "bread prices will climb", "the miller expects rye to sell out": a future of no occasion
    forecast = reading.reason.startswith("not an event") or (reading.reason == "no future" and _FORETOLD.search(text))
    chosen: Found | None = None
    if reading.announces:
        chosen = event_date(text, found, reading)
        if reading.negated and not _until(text, reading, chosen):
            # "will not reopen until Dec. 15" reopens on the 15th; "will not sit before the
            # close of the month" names no day anything happens (but "before the runoffs on Oct. 25"
            # names the runoffs' day, read below).
            reading, chosen = Reading(None, "", 0, reason="negated"), None
    # A conditional announces nothing, not even an event it names: "if the brewers carry Brell, a poll
    # scheduled for May 4, the tariff falls" tells of the tariff, not the poll. Nor does a plan of the past
    # ("had been due to judge the nets at the fair on Saturday before her ferry was stopped"): the pluperfect
    # tells a plan the text no longer holds, so the occasion it names is no day to attend for that act (a day the
    # sentence sets anew has its own future: "the vote, which had been set for Thursday, will now be held on
    # March 20"). An occasion given its own verb still has its day: in "had been due to judge the nets at the
    # summit, which opens on Thursday" the summit's opening is no part of the plan that fell through.
    former = reading.reason == "plan of the past"
    if not reading.announces and reading.reason not in (
        "conditional",
        "question",
        "weather",
        "no plans",
        "an ability",
        "a stated choice",
    ):
        # A present tense with a day ahead ("the council meets on Tuesday"), an event noun given its
        # day whatever the verb ("set a deadline of March 25"), an ultimatum ("gave them 50 days to"):
        # that day is the event's. (Not for whom someone will vote: "plans to vote for Vell in the May 1
        # ballot" is a choice, the ballot only its time.)
        # A relative clause on an event noun dates that event ("the fair, which opens June 4"); any
        # other tells of something else, in passing ("Varna, which votes on Friday").
        # So does one on the place a circuit heads to ("heads to Lorrin, which races on May 2; …").
        for f in found:
            if _PAST_WORDS.search(text, f.start, f.end):
                continue
            force = _IN_FORCE_FROM.search(text, max(0, f.start - 60), f.start)
            closing = _ASIDE_CLOSE.search(text, f.end)
            main = text[: force.start()] + " " + text[closing.end() if closing else len(text) :] if force else ""
            if force is not None and tense(main) != "past":
                # (not "the tolls law, which comes into force on Friday, was passed in May": told in passing)
                # "the new berthing charges, which take effect on Friday, double the cost": the rules' own day
                verb = force.group("verb").lower()
                reading, chosen = Reading("scheduled", verb, force.start("verb"), firm=True, reason="in force"), f
                break
            own = _its_own_day(text, f.start)
            if own is not None and not dated_present(text, f.start, f.end).announces:
                reading, chosen = own, f  # "the harbour debate, which will be on Thursday": the debate's day
                break
            release = _set_for_release(text, f)
            if release is not None:
                reading, chosen = release, f  # "a memoir set for release on May 2": the day it comes out
                break
            if _PLACES_DOING.search(text, max(0, f.start - 80), f.start):
                continue  # "the dozen wards holding ballots in May": a kind of place, no one event announced
            if reading.reason == "negated" and not _BEFORE.search(text, max(0, f.start - 40), f.start):
                # "neither will appear in the debate Tuesday": nobody's event (but "will not convene
                # before the runoffs on Oct. 25" dates the runoffs)
                continue
            if past_clause(text, f.start, f.end):
                continue  # "when ballots were counted to settle the race Monday night, …": that day is gone
            if _around(f.value, ref) and not _AHEAD.search(text, f.start, f.end):
                continue  # "turnout is higher this year", "contests this year": may be past or ongoing
            if _MAYBE.search(text, 0, f.start):
                continue  # "a bill might be raised in the spring sitting": a possibility
            if _ULTIMATUM.match(text, f.start):
                reading, chosen = Reading("nominal", "deadline", f.start, firm=True), f
                break
            if _time_left(text, f):
                # "the guilds have until Friday to file": a deadline set for them, the day its limit (the
                # clause's own verb, "have", says it; no event noun stands elsewhere in it)
                reading, chosen = Reading("nominal", "deadline", f.start, firm=True, reason="time left"), f
                break
            awaited = _awaited(text, f)
            coming = _ahead(text, f, ref)
            if awaited is not None and awaited.reason == _LED and not _led_stands(text, awaited, coming):
                # "is expected to win the planned vote on Tuesday", "a planned rally on Saturday drew 500" (see
                # _led_stands): no step of its own; the readings below still apply
                awaited = None
            if awaited is not None:
                # "the guild is bracing for the vote on Tuesday": what one readies for is still ahead,
                # its bare weekday the coming one
                if not _NOBODY_BEFORE.search(text, 0, awaited.start):  # (not "nobody is preparing for …")
                    reading, chosen = awaited, coming
                    break
                continue
            present = dated_present(text, f.start, f.end)
            if not present.announces:
                # "On Saturday, three river towns hold their ballots": a day set before a present tense
                fronted = fronted_present(text, f.start, f.end)
                if fronted.announces:
                    present, f = fronted, _ahead(text, f, ref)
            if present.kind == "nominal" and (former or _not_announced(text, f)):
                continue  # (a plan of the past: its occasion, "at the fair on Saturday", is no day of an act to come)
            if present.announces and not pending(text, f.start) and not _asserted(text, present.start):
                continue  # "courts the valleys that ballot on May 3": the ballot is only named
            if present.kind == "nominal" and not present.after_date and text.startswith(("'s", "’s"), f.end):
                continue  # "called the ballot for next spring's levy a farce": the day is the levy's
            if present.announces and habitual(text):
                continue
            if present.announces and _NOBODY_BEFORE.search(text, 0, present.start):
                continue  # "nobody in the guild meets on Saturday", "no one plans a rally on Friday": no one does
            if present.kind == "scheduled" and _past_verb_after(text, f.end):
                continue  # "Kesh rules on Friday allowed night sailings": the verb is after the day, "rules" a noun
            if present.kind == "scheduled" and _NOT_NOW.search(text, 0, present.start):
                continue  # "the tribunal no longer rules on the appeal on Friday": the schedule is undone
            # An event noun's day stands against a past verb only when the text says it was set:
            # "an opening date of May 9 has been set", not "left the contest on June 2".
            if present.after_date and direction(text, f.start, present.start + len(present.head)) < 0:
                continue  # "a hopeful in next year's race voiced backing": a past report
            if present.announces and (f.direction >= 0 or (present.kind == "nominal" and _SET.search(text))):
                reading, chosen = present, f
                break
    answer = _own_answer(text, found, reading, ref)
    if answer is not None:
        reading, chosen = answer  # "will trail the reeve's Tuesday lecture with a lecture of her own on Wednesday"
    # (the actor's own occasion only with a day of its own ahead: not "when its board meets on Tuesday, June 9" in
    # the paper of June 10, a date the reader pushed to next year)
    own_day = chosen is not None and chosen.start > reading.start and not _leapt(text, chosen, ref)
    if forecast and reading.announces and _in_as_clause(text, reading.start, own_day):
        return None  # "fares will rise this week as the board votes on Thursday": the vote only times a forecast
    if _MILESTONE.search(text) or _LASTED_BY.search(text) or _TO_THE_READER.match(text):
        return None  # "the strike is set to enter its second week on Monday": a count of days of what goes on
    if _level_move(text, reading):
        return None  # "the index is expected to open lower on Monday": a market's level, no occasion
    if (
        reading.kind == "future"
        and text.startswith("to be ", reading.start)
        and _ASKED_MOVE.search(text, 0, reading.start)
    ):
        return None  # "called for the vote to be postponed to next month": a call, no day set
    if _DOUBTED.search(text) or (
        reading.kind in ("possible", "nominal")
        and _MAYBE_MOVED.search(text, reading.start if reading.kind == "possible" else 0)
    ):
        return None  # "the talks on Monday are unlikely to take place", "the vote may be delayed until Friday"
    if _denied(text, reading) and not _until(text, reading, chosen):
        return None  # "the board has not set a vote for Friday", "there is no hearing due on Monday": nothing set
    if _airs_no_programme(text, reading):
        return None  # "spots for the levy will air from Friday": a campaign on the air, no occasion
    done_first = _done_first(text, reading)
    if done_first is not None:
        # "After beating Vell in Tuesday's primary, Orr turns to the caucuses on Feb. 20": the primary is the
        # scene of a deed done, the news is the rest of the sentence
        return announcement(done_first, ref) if find_dates(done_first, ref) or read(done_first).announces else None
    past_a_person = _past_a_person(text, reading)
    if past_a_person is not None:
        # "Orr, the treasurer who will retire in May, said …": who she is, not the news; the news is the
        # rest of the sentence ("Orr, who will retire in May, will meet Vell on Friday": the meeting)
        return announcement(past_a_person, ref) if read(past_a_person).announces else None
    if reading.belief and _likely_on_a_day(text, reading, chosen):
        reading = replace(reading, opinion=False, belief=False)  # "is likely to testify before the guild on Thursday"
    if not reading.announces or reading.belief or habitual(text):
        return None  # a view, or a habit ("meets every year in June"): no one event to put in a calendar
    if _DENIES.search(text, 0, reading.start):
        return None  # "the guild denied it will hold a march on Saturday": what is denied is not set
    if _NOT_IN_EARNEST.search(text) or _UNDERCUT.search(text):
        # a jest or a story's scene, not a schedule; a schedule the sentence itself undoes ("…, the guild wrongly
        # told members", "a date the clerk later withdrew")
        return None
    if reading.kind in ("scheduled", "nominal") and (
        _VIEWED.search(text, 0, reading.start)
        or _WHETHER.search(text, 0, reading.start)
        or _BY_RULE.match(text)
        or _CAPTION.search(text)
    ):
        # "some skippers think Friday is the deadline", "whether the guild meets on Saturday is unclear": a view or a
        # question of the schedule; "By law, the board publishes its accounts on March 31": a standing rule; a
        # photo's caption tells its scene in the present, a past one (a "will" in it is still ahead)
        return None
    if _HOPED_AFTER.search(text):
        return None  # "talks resume on Thursday, the guild hopes": a wish or a fear, told after it, not a schedule
    if _conceded(text, reading):
        return None  # "for all the talk of Friday's debate, Orr is calm": background conceded
    if not _told_by_the_text(text, reading):
        return None  # '"I will back Vell when the guild sits in May," Orr said': talk, not a schedule
    if _counterfactual(text, reading):
        return None  # "the levy planned for this spring would have raised …": what would have been
    if _characterised(text, reading, chosen):
        return None  # "Friday's vote will be a test of her hold": what the event will mean, not its schedule
    if chosen is not None and _previewed(text, reading, chosen) and date.fromisoformat(chosen.value) < ref:
        # "Tuesday's summit is expected to focus on the levy" in Wednesday's paper: the coming Tuesday
        later = date.fromisoformat(chosen.value) + timedelta(days=7)
        chosen = replace(chosen, value=later.isoformat(), direction=1)
    if chosen is None and _follows_a_past_day(text, found, reading):
        return None  # "Yesterday's vote will clear a path for the levy": what follows from it, no event of its own
    if not _stated(text, reading):
        return None
    if _possibility(text, reading.start):
        return None  # "braces for the possibility of a strike next week": what may happen, not what is set
    if called_off(text) or (reading.kind == "nominal" and _undone_after(text, reading)):
        return None  # "canceled a rally planned for Friday", "will no longer attend", "Next Monday's vote is off"
    if _call_to_action(text, reading.start):
        return None  # '"Get to the polls tomorrow," she told the crowd': a plea to the hearers, not a schedule
    if reading.reason != "in force" and _aside_only(text, reading):
        return None  # "Visiting Varna, which holds its runoff on Friday, she hailed …": in passing (a rule's coming
        # into force, told in an aside on it, is its own occasion: "the charges, which take effect on Friday, …")
    if (
        reading.kind == "nominal"
        and reading.reason not in ("time left", _OWN_ANSWER, _ITS_OWN_DAY)
        and _places_another_act(text, reading)
    ):
        return None  # "the two are vying for the seat in the May 3 ballot": the ballot only places the rivalry
    if reading.kind == "nominal" and _told_at_the_event(text, reading.start):
        return None  # "In the debate Saturday, Quint apologized …": the event is where a past took place
    if _about_the_speaker(text, reading.start):
        return None  # "…," said Vell, a harbour veteran due to chair the August board: who he is
    if _open_question(text, reading):
        return None  # "must decide what she will do": a question she faces, not a decision set for a day
    if chosen is not None and _nearest_is_gone(text, chosen, reading, ref):
        return None  # "her lecture Sunday will be a big theme" in Tuesday's paper: last Sunday's
    if chosen is not None and _leapt(text, chosen, ref):
        chosen = None  # the day is more likely of a past the sentence also tells: no day, then
    if chosen is not None and _after_a_day(text, chosen):
        chosen = None  # "will elect a reeve after Thursday": some day after it, not that day
    span_end = chosen is not None and _span_end(text, chosen) and not _time_left(text, chosen)
    if span_end and reading.kind != "nominal" and not reading.negated:
        return None  # "the pilots will strike through November": a span it lasts, no day an occasion falls on
    if chosen is not None:
        chosen = _finer_day(text, found, chosen, reading.head)
    when = _when(text, chosen, ref)
    # A plan told in the past ("saying she was set to get a medal on Friday", in
    # Saturday's paper): the nearest such day, which may be yesterday, not the one a week ahead.
    weekday = when is not None and reading.past and _WEEKDAY.fullmatch(when.expression.strip()) is not None
    made = None if chosen is None or not weekday else _plan_made(text, found, chosen)
    if when is not None and when.day is not None and made is not None:
        # "agreed on Sunday to meet the board on Friday": the Friday after the Sunday the plan was made
        when = replace(when, day=made + timedelta(days=(when.day.weekday() - made.weekday() - 1) % 7 + 1))
    elif (
        when is not None
        and when.day is not None
        and weekday
        and (when.day - ref).days > _reach_back(text, reading, chosen)
    ):
        when = replace(when, day=when.day - timedelta(days=7))
    if (
        chosen is not None
        and when is not None
        and when.day is not None
        and _gone_since_said(text, found, chosen, when.day, ref)
    ):
        return None  # "said on Friday that it would strike on Monday", in Tuesday's paper: that Monday is gone
    # "will hand it out ahead of the May 4 vote", "to name her pick before flying out
    # Thursday": some day up to then, not on it.
    ahead_of = None if chosen is None else _BEFORE.search(text, max(0, chosen.start - 40), chosen.start)
    # ("will give evidence before the tolls panel on Friday": before a body is in front of it, on that day)
    before = ahead_of is not None and not (
        _IN_FRONT_OF.search(text, max(0, ahead_of.start() - 30), ahead_of.start())
        and _BEFORE_A_BODY.match(text, ahead_of.start())
    )
    if when is not None and when.day is not None and before and reading.kind != "nominal" and ref < when.day:
        when = When(None, f"../{when.day.isoformat()}", when.expression)
    if when is not None and _WITHIN.match(when.expression):
        # "is expected to rule within three weeks": a limit, not the day it happens; some day up to
        # then (shown "By Mon 7 Apr", never as a span from the article's day, and kept off calendars).
        # A limit in months or years names no day at all.
        limit = when.day
        when = When(None, f"../{limit.isoformat()}", when.expression) if limit and ref < limit else None
    if when is not None and when.period and granularity(when.period) == "range" and period_start(when.period) < ref:
        return None  # "we count May 2 to May 20 as a single polling week": begun, a state by now
    if when is not None and when.period and granularity(when.period) in _COARSE and not _heads(text, reading, chosen):
        return None  # "as the regattas begin in 2026, fares will be gone": a month or year dating a trend
    coarse = when is not None and when.period is not None and granularity(when.period) in _COARSE
    if (
        when is not None
        and reading.kind == "future"
        and stem(reading.head) not in CALENDAR_ACTS | PROCEEDINGS
        and _FORECAST.search(text, clause_at(text, reading.start).start, text.find(reading.head, reading.start))
    ):
        return None  # "the bank will probably raise rates on Thursday": an outcome foretold for the day, no act set
    if reading.kind == "possible" and text.startswith("should", reading.start) and (when is None or coarse):
        return None  # "the deal should end the rift this year": what ought to follow, no day set for it
    if reading.kind == "possible" and _advised(text, reading):
        return None  # "the guild should hold its ballot on Thursday, a retired master argued": advice, not a schedule
    if coarse and when is not None and granularity(when.period or "") == "year" and _EXPECTED.search(text):
        return None  # "the governor is expected to seek a second term in 2027": a forecast, no day set
    if coarse and (_promised(text, reading.start) or _policy_promise(text, reading)):
        return None  # "vowed the levy will go in 2026", "would cut the levy next year": a stance, no day set
    if _said_long_ago(text, found, chosen, ref):
        return None  # "the guild will vote on Thursday, Vell said last March": that Thursday is long gone
    if when is not None:
        if _last_day(when) < ref:
            return None  # it happened before the article was written
        return reading, when
    # Undated: only a future the text states, not a plan of the past, a view, a maybe, a hope,
    # an event noun without its day, nor a remark in someone's own words.
    agreed = _agreed_soon(text, reading)
    if (
        reading.subordinate
        or (reading.past and not agreed)
        or reading.opinion
        or reading.kind == "possible"
        or (reading.kind == "nominal" and not (reading.head in DISCRETE_EVENTS and _soon(text)))
    ):
        return None  # (but "a decision on the plan is expected in the coming weeks": a discrete event, near)
    if not reading.firm and reading.kind != "obligation" and not agreed:
        return None
    if reading.kind == "obligation" and _WOULD_HAVE_TO.search(text, max(0, reading.start - 30), reading.start + 20):
        return None  # "every shaft could need an inspector's seal": what a case would need, not a step set
    if _standing_rule(text, reading, dated=chosen is not None):
        return None  # "every budget still has to be approved by the council": a standing rule, no one event
    if reading.head == "be":
        return None  # "the talks will be difficult": a description, not the event's schedule
    if _FORECAST.search(text, clause_at(text, reading.start).start, reading.start + len(reading.head) + 20):
        return None  # "the wards will likely back her": a forecast; with no day, nothing set to come
    if reading.kind == "reported" and _STANCE.search(text, 0, reading.start):
        return None  # "Orr has said he would scrap the levy": a stance she holds, with no day for it
    if _promised(text, reading.start) or _policy_promise(text, reading):
        return None  # "vowed that the guild will return", "will impose a tariff": a stance, not a schedule
    if _GOING_ON.match(text, reading.start):
        return None  # "the net menders will still gather for cake": what goes on, not one event to come
    if _CONDITIONED.search(text, reading.start):
        return None  # "will only meet again once it has checked …": no day, a condition
    if reading.kind in ("reported", "future") and _POINTS_BACK.search(subject(text, reading.start).strip()):
        return None  # "aides add that this would hand the matter to the board": a consequence, not an event
    head = text.lower().find(reading.head, reading.start)  # the head is read in lower case: "will Meet"
    if head >= 0 and _TAKES_POST.match(text, head):
        return None  # "Tam Orr is to succeed Vell as treasurer": an appointment with no day to attend
    if _agenda(text, reading):
        return None  # "the guild heads will discuss the levy too": what an event covers, not the event
    if _no_discrete_event(text, reading):
        return None  # "Vell will campaign on her record", "the ferry will fly routes to Marsh": no one event
    if not named_subject(text, reading.start, EVENT_NOUNS):
        return None  # "a comparison of soundings will reveal the depth": no one's act to attend
    scene = fronted_clause(text)
    if scene is not None and scene[0] <= reading.start < scene[1]:
        return None  # "While the guild gets ready to vote, its treasurer takes calls": the scene, not the news
    if _THERE.search(text):
        return None  # "Reyes will address them there too": where? the sentence before says
    if _SAME_TIME.search(text):
        return None  # "around the same time", "by then": a time only the sentence before gives
    if _BARE_EVENT.search(text, reading.start):
        return None  # "is expected to address the meeting by video link": which meeting? the text before says
    pledge = _pledged_step(text, reading)
    if reading.first_person and _mostly_quoted(text) and not pledge:
        return None  # "we will fight on," he said: a speaker's resolve, not a schedule
    if _in_quotes(text, reading.start) and not pledge:
        return None  # said, "the undecided councillors will settle it": a remark, with no day to act on
    if _PREVIEW.search(text):
        # "will propose $2 billion …, according to an aide not authorized to speak before the
        # announcement": a preview of that day's announcement, made by the next morning
        return None
    if _PROGRESSIVE.match(text, reading.start) and not _soon(text):
        # "Quint will be touring a cannery in Lorrin": the day's schedule, told the day it
        # happens; by the next morning it is over. ("will be releasing plans in the coming days" stays.)
        return None
    if not _attendable(text, reading) and not pledge:
        return None  # "the panel will address the email", "will hold banners": with no day, nothing to attend
    weighed = reading.kind == "reported" or _EXPECTED.search(text) is not None
    # ("a decision on that would wait": the event is the subject, the verb only its coming)
    calendar = stem(reading.head) in CALENDAR_ACTS or reading.head in COMING
    if weighed and not calendar and not _soon(text):
        # "said he would deport them", "is expected to endorse the Democrat": a stance or a
        # forecast; with no day, only a meeting, a vote, a signing, a trip … is a next step.
        return None
    clock = _own_clock(text, reading)
    if clock is not None:
        # "the count will begin at 9 p.m. in the sail loft": an hour with no day is the article's own day
        return reading, When(ref, None, clock)
    return reading, None


# "as" opening a clause of its own, its subject after it ("as the board votes", "as Vell speaks"), not "as soon
# as", "such as", "as well as", "as long as", "as host", "as a candidate".
_AS = re.compile(
    r"(?:^|(?<=[\s,]))(?<!such\s)(?<!well\s)(?<!soon\s)(?<!long\s)[Aa]s\s+"
    r"(?=(?:the|its|his|her|their|our|he|she|they|it|we|[A-Z])\b|[A-Z])"
)
# So does "when" with no comma before it, in a prediction ("rye will sell out when the exchange reopens";
# not ", when": "on Tuesday, when the towns vote" tells what the day holds; not "will serve as host when the
# board meets", a role at the occasion).
_WHEN = re.compile(r"(?<![,;]\s)\bwhen\s+(?=(?:the|its|his|her|their|our|he|she|they|it|we|[A-Z])\b|[A-Z])")
# A "when" clause whose subject points back to whom the prediction is of, and whose verb is a meeting or an act
# of that actor's: the occasion is the actor's own, where what is predicted is done ("expect the bank to raise its
# rate when its board meets on Tuesday", "expect him to back Vell when he speaks on Thursday"), no other thing's
# time. Not what merely happens to the actor or comes to an end ("when they return from the holiday", "when their
# harvest ends", "when his treatment ends": a forecast's time frame).
_ONES_OWN_WHEN = re.compile(
    r"(?:he|she|they|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:next\s+|again\s+)?"
    r"(?:meets?|convenes?|gathers?|sits?|votes?|visits?|speaks?|addresses|testif(?:y|ies)|appears?|rules?|decides?"
    r"|hears?|holds?|reports?|announces?|unveils?|presents?|debates?|delivers?|goes\s+before|takes\s+the\s+stand)\b",
    re.I,
)
_PREDICTED = re.compile(r"\b(?:predict\w*|forecast\w*|expects?|expecting|expected|likely|probably)\b", re.I)
# A forecast told with no event verb the reading takes: "the miller forecast that rye would sell out".
_FORETOLD = re.compile(r"\b(?:predict\w*|forecast\w*|expects?|expecting|would|will)\b", re.I)


# An "as" clause right after a week, up to its end, that may give the week's occasion its finer day (the
# opposite use of the two above, which put an occasion in passing): "… this week, as it opens on Thursday".
_AS_AFTER = re.compile(r",?\s+as\s+[^,;:—–()]*", re.I)


# A denial governing the clause of the event, nothing but its subject between ("denied it will hold a march",
# "denies that the board plans a vote"; not "Vell, who denied the charge, will testify on Friday").
_DENIES = re.compile(
    # (not one a relative clause tells of who acts: "The senator who denied the charges will testify on Thursday")
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)"
    r"\b(?:" + "|".join(DENYING_VERBS) + r")\s+(?:that\s+|reports?\s+that\s+)?(?:(?!\b(?:and|but)\b)[^,;:—–()])*$",
    re.I,
)
# A closing frame of a wish, a fear or a denial: "…, the guild hopes.", "…, the board fears", "…, as the crews
# hope.", "…, its spokesman denied.", "…, but the guild denied it."
_HOPED_AFTER = re.compile(
    # (not a day the sentence names again, with whose wish it was: "…on March 29, the date the opposition wanted")
    r",\s+(?:as\s+|but\s+)?(?!(?:a|the)\s+(?:date|day|time|week|month)\b)"
    r"(?:[\w’'.-]+\s+){1,5}?(?:still\s+)?(?:hopes?|hoped|wish(?:es|ed)?|wants?|wanted|fears?"
    r"|feared|prays?|prayed|denied|denies|disputed)(?:\s+(?:it|this|that|the\s+(?:report|claim|rumou?r)))?\W*$",
    re.I,
)
# A jest, or a scene of a story told as its frame, before or after it: no one sets a day by them ('"He signs on
# Friday and backs out on Monday," Vell joked'; "Vell flies to Lorrin on Saturday in the novel", "In the film, …";
# not "stars in the film, which opens on Friday": the film's own day).
_NOT_IN_EARNEST = re.compile(
    r"(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)\b(?:jok(?:ed|es|ing)|quip(?:ped|s)|jested)\b"
    r"|^in\s+(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+)?"
    r"(?:novel|film|movie|tale|fable|legend|sitcom|screenplay|play|drama|musical|opera|episode|chapter|scene|book),"
    # (told after it only of a written fiction: "for his role in the plot", "opens in a comedy" are news)
    r"|\sin\s+(?:the|a|an|his|her|their|its)\s+(?:\w+\s+)?(?:novel|tale|fable|legend|screenplay)\W*$"
    # or of a part of a story: "in the book's final chapter", "in the film's last scene"
    r"|\sin\s+(?:the|a|an|his|her|their|its)\s+(?:\w+\s+)?(?:novel|book|film|movie|play|show|tale)['’]s\s+"
    r"(?:\w+\s+)?(?:chapter|scene|episode|act|finale|ending|pages)\b",
    re.I,
)
# A view a present schedule is told as ("some skippers still think Friday is the last day to register").
_VIEWED = re.compile(
    # (not in a relative clause that tells who someone is: "the board, which doubts the figures, meets on Thursday")
    r"(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)\b(?:think|thinks|thought|believe[sd]?|suspect(?:s|ed)?|assume[sd]?|reckon(?:s|ed)?|guess(?:es|ed)?"
    r"|doubt(?:s|ed)?|imagine[sd]?|bet|bets)\b",
    re.I,
)
# A photo's caption: "(Photo: …)", "Quarle, pictured, signs …", "in this file photo".
_CAPTION = re.compile(
    r"\((?:AP\s+|Reuters\s+)?photo\b|\bphoto(?:graph)?\s*:|\bpictured\b|\b(?:file|this)\s+photo(?:graph)?\b"
    r"|\bphoto(?:graph)?\s+by\b",
    re.I,
)
# What the sentence says against the schedule it tells: told wrongly, withdrawn since, claimed but unfound.
_UNDERCUT = re.compile(
    r"\b(?:wrongly|falsely|mistakenly|erroneously)\b"
    r"|\b(?:later|since|then)\s+(?:withdr[ae]w\w*|retract\w*|correct\w*|rescind\w*|revers\w*|scrap\w*|denied|deleted"
    r"|removed)\b"
    r"|\bclaim(?:ed|s)?,\s+but\b"
    # or a "but" that tells it undone since: "Friday is the closing date, but the board extended it on Monday"
    r"|,\s+but\s+(?:[\w’'-]+\s+){1,5}?(?:extended|postponed|delayed|cancell?ed|scrapped|called\s+off|put\s+off"
    r"|pushed\s+back|withdrew|abandoned|collapsed|fell\s+(?:apart|through)|broke\s+down)\b",
    re.I,
)
# A question the schedule is told in, up to it: "whether the guild meets on Saturday is unclear" (not "Whether or not
# the ferries run, the guild meets on Saturday", nor "voters, asked whether they trust the board, go to the polls").
_WHETHER = re.compile(r"\bwhether\b(?!\s+or\s+not\b)[^,;:—–()]*$", re.I)
# A rule that fixes a day every time, fronted ("Under the guild's rules, …", "By law, …"): no one event.
_BY_RULE = re.compile(
    r"(?:under\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:rules?|laws?|charter|constitution|statutes?|bylaws?|by-laws?)"
    r"|by\s+(?:law|custom|tradition|statute|convention))\s*,",
    re.I,
)
_OF_A_PAST_YEAR = re.compile(r",?\s+(?:last\s+year|the\s+year\s+before|(?:a|one|two|three|\d+)\s+years?\s+ago)\b", re.I)


def _in_as_clause(text: str, at: int, own_day: bool = True) -> bool:
    """text[at] is in a clause "as" (or, in a prediction, "when") opens, up to the clause's end: "…, as the board
    votes on Thursday". A "when" clause of the predicted actor's own occasion (_ONES_OWN_WHEN) is no such clause
    when `own_day`: the clause gives that occasion a day ahead."""
    whens = (w for w in _WHEN.finditer(text, 0, at) if not (own_day and _ONES_OWN_WHEN.match(text, w.end())))
    openers = [*_AS.finditer(text, 0, at), *(whens if _PREDICTED.search(text) else ())]
    return any(not _CLAUSE_BREAK.search(text, opener.end(), at) for opener in openers)


_LIKELY_DAYS = frozenset({"day", "range", "week", "weekend"})

# A verb of opening or closing with a level after it tells where a price or an index will stand, not an
# occasion: "shares will open higher", "the index is expected to end the week flat". ("Up" and "down" only
# before a figure: "the mill will close down on Friday" is a closing.)
_LEVEL = re.compile(
    r"(?:open|close|end|finish|start|trade|begin)(?:s|ed|ing)?\s+(?:the\s+(?:day|week|session|month|year)\s+)?"
    r"(?:\w+ly\s+)?(?:higher|lower|flat|firmer|weaker|stronger|mixed|unchanged|steady|(?:up|down)\s+[\d$€£])",
    re.I,
)


# What airs as an occasion at its hour (a programme, a debate, an interview), and what airs as a run (ads):
# the first of them in the subject says which.
_ON_THE_AIR = re.compile(
    r"\b(?:(?P<programme>programmes?|programs?|shows?|debates?|interviews?|broadcasts?|documentar(?:y|ies)"
    r"|episodes?|films?|specials?|series|speech|address|finale|premiere)|ads?|adverts?|advertisements?"
    r"|commercials?|spots?|jingles?|campaigns?)\b",
    re.I,
)


def _airs_no_programme(text: str, reading: Reading) -> bool:
    """The event is an airing whose subject is no programme ("the ads will air starting Friday")."""
    if stem(reading.head.lower()) != "air":
        return False
    first = _ON_THE_AIR.search(text, clause_at(text, reading.start).start, reading.start)
    return first is None or first.group("programme") is None


# An occasion said to be in doubt: whether it happens at all is the news, not its day.
_DOUBTED = re.compile(
    r"\bunlikely\s+to\s+(?:take\s+place|happen|go\s+ahead|be\s+held|proceed|occur|start|begin|open|convene)\b"
    r"|\b(?:is|are|was|were|remains?|now|looks?|seems?)\s+in\s+doubt\b"
    r"|\bmay\s+not\s+(?:take\s+place|happen|go\s+ahead|be\s+held|proceed)\b",
    re.I,
)
# A milestone of something going on, counted in its own days or weeks: "will enter its second week on Monday",
# "marks its 100th day on Friday" (a state lasting, no occasion).
_MILESTONE = re.compile(
    r"\b(?:enter|enters|entering|mark|marks|marking|reach|reaches|reaching)\s+(?:its|their|a|the)\s+"
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|[a-z]+(?:th|last))\s+(?:(?:full|straight|consecutive)\s+)?"
    r"(?:day|week|month|year)\b",
    re.I,
)
# A future perfect of a state: "will have been on strike for a month on Thursday" tells how long something will
# have gone on by that day, no event set for it.
_LASTED_BY = re.compile(
    r"\b(?:will|shall|['’]ll)\s+have\s+been\b[^.;:]*?\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|[a-z]+teen|[a-z]+ty|hundred)\s+(?:full\s+)?(?:days?|weeks?|months?|years?)\b",
    re.I,
)
# The page talking to its reader: "Follow our live coverage of the vote on Thursday", "Watch the debate live on
# Friday at varnese.example": the outlet's furniture, not the story's next step.
_TO_THE_READER = re.compile(
    r"^(?:follow|watch|read|listen\s+to|sign\s+up|subscribe|join\s+us)\b[^.]*?\b(?:our|live|here|coverage|updates)\b",
    re.I,
)
# A maybe of a delay: "may be delayed until Friday" says the occasion might move, not that it is set for then.
_MAYBE_MOVED = re.compile(
    r"\b(?:may|might|could)\s+(?:well\s+|yet\s+|also\s+)?be\s+" + move_pattern(straight=True) + r"\b",
    re.I,
)
# What someone asks to be done, not what is set: "called for the vote to be postponed to next month", "urged
# that the talks be moved" (read from the words before a "to be" future).
_ASKED_MOVE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|want(?:s|ed|ing)?"
    r"|push(?:es|ed|ing)?\s+for|seek(?:s|ing)?|sought|press(?:es|ed|ing)?\s+for)\b[^.;:,]*$",
    re.I,
)
# "no" before an occasion (an adjective or two may stand between): "scheduled no talks", "no new hearing".
# (Not across a determiner or a verb: "no doubt the vote is set", "a club with no coach will race" deny the
# doubt, the coach.)
_NO_OCCASION = re.compile(
    r"\b(?:no|nor)\s+(?:(?!(?:the|a|an|its|their|this|that|his|her|will|would|is|are|was|were|be|has|have|had|to"
    r"|can|could|may|might|must|shall|should)\b)[\w’'-]+\s+){0,2}$",
    re.I,
)
# A negated verb before an occasion in its clause: "has not scheduled a vote", "didn't set a date", "never called".
_NOT_BEFORE = re.compile(r"\b(?:not|never|neither|nor)\b|n['’]t\b", re.I)


def _denied(text: str, reading: Reading) -> bool:
    """The occasion read is denied, not set: "no <occasion>" ("have scheduled no talks"), or, for an event
    noun given a time, a negation before it in its clause ("the board has not scheduled a vote for Friday").
    A negated verb the reading itself weighed ("will not reopen until Dec. 15") is left to it, and so is a
    denial dated by "until" ("no hearings would be held until May": held in May; see _until)."""
    if not reading.announces or reading.negated:
        return False
    clause = clause_at(text, reading.start).start
    # (the reading may start at its auxiliary, "will race", or after its noun, "no hearing ... set for")
    word = reading.head.lower()
    head = text.lower().find(word, reading.start, reading.start + 40)
    head = head if head >= 0 else text.lower().rfind(word, clause, reading.start + len(word))
    if word in EVENT_NOUNS and _NO_OCCASION.search(text, clause, head if head >= 0 else reading.start):
        return True
    return reading.kind == "nominal" and _NOT_BEFORE.search(text, clause, reading.start) is not None


def _level_move(text: str, reading: Reading) -> bool:
    """The event read is a market's move to a level (see _LEVEL)."""
    at = text.lower().find(reading.head.lower(), reading.start)
    return at >= 0 and _LEVEL.match(text, at) is not None


# A deed told first, done before what the sentence tells ("After beating Vell in Tuesday's primary, …", "Fresh
# from winning Sunday's runoff, …"): up to the comma that ends it.
_DONE_FIRST = re.compile(r"\W*(?:After|Following|Fresh\s+(?:from|off))\s+(?:\w+\s+)?\w+ing\b[^,;:—–()]*,")


# A deed done toward an occasion, not at it: "qualifying for Sunday's final", "advancing to the runoff".
_DONE_TOWARD = re.compile(
    r"\b(?:for|to|into|towards?|ahead\s+of)\s+(?:(?!(?:in|at|on|during)\b)[\w’'.-]+\s+){0,3}$", re.I
)


def _done_first(text: str, reading: Reading) -> str | None:
    """When the event is an occasion named in a deed the sentence opens with, told as done before its main clause
    ("After beating Vell in Tuesday's primary, Orr must turn to the caucuses on Feb. 20"), the sentence with that
    opening blanked (same length, so offsets hold): the occasion is where the deed was done, over; the news is the
    rest. Not an act the opening itself tells to come ("After meeting Vell on Friday, Orr will fly home": a verb,
    not an occasion named; nor "After Friday's vote, …": no deed)."""
    opening = _DONE_FIRST.match(text)
    if opening is None or reading.kind != "nominal" or reading.start >= opening.end():
        return None
    if _DONE_TOWARD.search(text, 0, reading.start):
        return None  # "After qualifying for Sunday's final, …": the deed readies for the occasion, still ahead
    return " " * opening.end() + text[opening.end() :]


def _past_a_person(text: str, reading: Reading) -> str | None:
    """When the event is told in a relative clause on a person ("who", "whom", "whose"), the sentence with
    that clause blanked (same length, so offsets hold): the clause says who someone is ("Orr, the treasurer
    who will retire in May, said the books were sound"), the news is elsewhere. An event is never a "who"."""
    relative = relative_of(text, reading.start)
    if relative is None or not re.search(r"\b(?:who|whom|whose)\b", relative.group(0), re.I):
        return None
    start, end = relative.end("noun"), clause_at(text, reading.start).end
    return text[:start] + " " * (end - start) + text[end:]


def _likely_on_a_day(text: str, reading: Reading, chosen: Found | None) -> bool:
    """ "is likely to <a calendar act> on <a day>": the forecast is only whether it happens as set;
    an act of a calendar with its day is on the schedule ("Orr is likely to testify before the board
    on Thursday"). Not with a month or a year ("is likely to run again in 2027"), nor an outcome or a
    stance ("is likely to stand firm on Thursday")."""
    return (
        text.startswith("likely", reading.start)
        and chosen is not None
        and granularity(chosen.value) in _LIKELY_DAYS
        and stem(reading.head) in CALENDAR_ACTS | PROCEEDINGS
    )


# Steps of proceedings a body pledges in its own words: '"We shall contest the verdict," the clerk said.'
_PLEDGED = frozenset(stem(w) for w in "appeal contest challenge sue file veto".split())
_WE_WILL = re.compile(r"[\"“']+\s*[Ww]e\s*(?:will|shall|['’]ll)\s+(?:\w+ly\s+)?(?P<verb>\w+)")
_OFFICER = (
    r"(?:the\s+(?:\w+\s+)?(?:clerk|mayor|governor|minister|spokesman|spokeswoman|spokesperson|lawyer"
    r"|attorney|counsel|chair|chairman|chairwoman|president|secretary|official|prosecutor|director|leader|head)"
    r"|(?-i:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))"
)
# The speaker after the quote, in either order: '…," the clerk said', '…," said Mayor Orr'.
_SPEAKER_AFTER = re.compile(
    r"[,!]\s*[\"”']+\s*(?:" + _OFFICER + r"\s+(?:said|says|told|added)\b|(?:said|says|added)\s+" + _OFFICER + r")"
)


def _pledged_step(text: str, reading: Reading) -> bool:
    """A quote opening with "we will/shall" + a step of proceedings, with its speaker named after it:
    a body's pledge to take that step ('"We shall contest the verdict," the clerk said.')."""
    found = _WE_WILL.match(text)
    return (
        found is not None
        and stem(found.group("verb").lower()) in _PLEDGED
        and stem(reading.head.lower()) in _PLEDGED
        and _SPEAKER_AFTER.search(text) is not None
    )


_TITLED = re.compile(r"\b[A-Z][a-z][\w’'-]*")
_LETTERED = re.compile(r"\b[A-Za-z][\w’'-]*")


# A headline is a few words: "Oslen Cheese Fair Opens Tomorrow." is one as much as a run of them is.
_HEADLINE_WORDS = 5


def _headlines(text: str) -> bool:
    """A headline, or headlines run together into one "sentence" (a page's furniture: "Guild Vote Set In
    Varna Ferry Strike Ends Talks Start Tomorrow …", "Oslen Cheese Fair Opens Tomorrow."): most of its words in
    title case and none of the others a content word. No one sentence of a report."""
    words = _LETTERED.findall(text)
    if len(words) < _HEADLINE_WORDS or len(_TITLED.findall(text)) < 0.6 * len(words):
        return False
    # A report full of titled names still has its own verbs in lower case ("… will meet Mayor Ben Arlo
    # at the Sail Loft on Friday"); a run of headlines has none.
    return not any(w[0].islower() and w.lower() not in _GLUE for w in words)


# Function words a title-case headline leaves in lower case: articles, prepositions, conjunctions.
_GLUE = frozenset(
    "a an the of in on at to for by with and or but as from vs nor into onto over after before about against"
    " amid through up out off per than via".split()
)


def _places_another_act(text: str, reading: Reading) -> bool:
    """The event noun `reading` found sits after the main clause's verb, and no verb of that clause up to
    it names an event: the clause says something else, the event only places or dates it ("Vell will
    take centre stage at the harbour congress next week", "the two are vying for the seat in the May 3
    ballot", "the levy will dominate Tuesday's debate"). Kept: the event as the clause's subject ("the
    harbour vote is on Tuesday") or its complement ("Friday is the deadline", "next comes the ballot"),
    an event verb before it ("will speak at the congress next week", "will face Orr in the May 3
    ballot"), a clause that sets it ("has called a ballot for May 3", "has a reading scheduled"), and a
    clause whose verb is not found (a bare present)."""
    main = main_clause(text)
    noun = _noun_at(text, reading)
    if not main.holds(noun) or main.verb < 0:
        return False
    if noun < main.verb:
        # "Tuesday's ruling will reshape how ferries are licensed": what the event will bring about, a forecast
        return _CONSEQUENCE.match(text, main.verb) is not None
    if any(word.lower() in EVENT_NOUNS for word in re.findall(r"[\w’']+", text[main.start : main.verb])):
        return (
            False  # "tallies of the harbour ballot will be posted Thursday beside the ballot boxes": the event's clause
        )
    if _COMPLEMENT.search(text, main.start, noun) or _SETS_IT.search(text, main.start, main.end):
        return False
    return not acts_between(text, main.start, noun)


# A concessive phrase, up to the word at its end: "for all the talk of the debate later this month (",
# "despite Friday's ballot". (Not a concessive clause: "though a reopening date of May 2 has been set" is news.)
_CONCEDING = re.compile(
    r"\b(?:despite|notwithstanding|in\s+spite\s+of|for\s+all\s+(?:the|his|her|their|its))\b[^,;:—–―()]*$", re.I
)


def _conceded(text: str, reading: Reading) -> bool:
    """The announcing word sits in a concessive phrase: what the sentence grants before its point ("For all
    the talk of the debate later this month, Orr is calm"), background told in passing. (A main clause after
    it announces on its own: "Despite the rain, Orr will march on Friday".)"""
    at = _noun_at(text, reading) if reading.kind == "nominal" else reading.start
    return _CONCEDING.search(text, 0, at) is not None


def _told_by_the_text(text: str, reading: Reading) -> bool:
    """The reporter tells the event, not a speaker's talk: not a quotation standing alone with no one named
    saying it, not a speaker's own act or a plea to the hearers inside quotes ('"I'll vote for Vell in May,"
    Orr said', '"You have to get out tomorrow"'), not a first-person account (a column, a transcript). A
    quote that speaks for a body ('"We meet on Friday," the chair said') is told as a schedule."""
    return not (quoted_alone(text) or speaker_talk(text, reading.start) or first_person_talk(text))


# "would have" and a participle: what would have been, had things gone otherwise ("would have raised",
# "would have been held"), not a future; not "would have to" (a necessity) nor "would have a reply".
_WOULD_HAVE_TO = re.compile(
    r"\b(?:would|could|might)\s+(?:\w+ly\s+|still\s+|also\s+|first\s+)?(?:have|need)\s+to\b", re.I
)
# An undated event held on a condition with a subject and verb of its own: "will only meet again once it has
# checked that …", "will sign if the guild agrees" (not a time it waits for: "would wait until the inquiry ends" is a
# decision still to come).
_CONDITIONED = re.compile(
    r"\b(?:only\s+(?:\w+\s+){0,2}?(?:after|until|once|when|if)|unless|if)\s+(?:it|he|she|they|we|(?:the|a|an|its|his|her|their)\s+[\w’'-]+"
    r"(?:\s+of\s+(?:the\s+)?[\w’'-]+){0,2})\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|can|does|do|"
    r"(?!will\b|would\b)[a-z]+(?:s|ed))\b"
)
# A subject that points to what was just told: what it "would" do is a consequence ("that would leave …").
_POINTS_BACK = re.compile(r"(?:^|\s)(?i:that|this|which|it\s+all)$")
# A subject standing for any of a kind: what it must do is a rule ("every budget must be approved").
_ANY_ONE = re.compile(r"(?:every|each|any|all)\b", re.I)
# … or its object, right after the act: "still has to sign off on any deal", "must approve all spending".
_ANY_OBJECT = re.compile(r"[\w’'-]+(?:\s+(?:off|out|up))?(?:\s+(?:on|to|for|with))?\s+(?:every|each|any|all)\b", re.I)


def _standing_rule(text: str, reading: Reading, dated: bool = False) -> bool:
    """An obligation put on every one of a kind, as its subject or its object: "every budget still has to be approved",
    "any new member still has to sign the charter", "the reeve has to sign off on any deal": a rule, no one event.
    (`reading.start` is where the obligation's marker begins, its act the first word `reading.head` after it.) With a
    day the object is left alone: "must file all returns by June 30" is a deadline."""
    if reading.kind != "obligation":
        return False
    if _ANY_ONE.match(subject(text, reading.start)):
        return True
    if dated:
        return False
    act = re.compile(r"\b" + re.escape(reading.head) + r"\b", re.I).search(text, reading.start)
    return act is not None and _ANY_OBJECT.match(text, act.start()) is not None


_WOULD_HAVE = re.compile(
    r"\bwould\s+(?:not\s+|never\s+)?have\s+(?:\w+ly\s+)?(?:been|had|gone|done|made|won|lost|held|met|come|become"
    r"|taken|given|run|\w+ed|\w+en)\b",
    re.I,
)


def _counterfactual(text: str, reading: Reading) -> bool:
    """The clause that holds the announcing word is told as what would have been: "the ballot planned for
    this spring would have raised the levy" (the ballot is off), "would have met on Friday"."""
    clause = clause_at(text, reading.start)
    main = main_clause(text)
    spans = [(clause.start, clause.end)] + ([(main.start, main.end)] if main.holds(reading.start) else [])
    return any(_WOULD_HAVE.search(text, a, b) for a, b in spans)


def _follows_a_past_day(text: str, found: list[Found], reading: Reading) -> bool:
    """The future verb's subject is an occasion named by a day told past ("Yesterday's vote will clear a path",
    "Friday's verdict will keep the pilots ashore" after that Friday): the verb tells what follows from it."""
    for f in found:
        possessive = text[f.start : f.end].endswith(("'s", "’s")) or text.startswith(("'s", "’s"), f.end)
        between = text[f.end : reading.start]
        if f.direction < 0 and possessive and len(between.split()) <= 5 and not re.search(r"[,;:(—–]", between):
            return True
    return False


def _characterised(text: str, reading: Reading, chosen: Found | None) -> bool:
    """The dated event is its clause's subject, dated by a bare weekday in that subject ("Friday's vote",
    "her speech Sunday", which a paper may write of a day just past), and what the clause says of it is
    neither a schedule nor an event of its own: what the event will mean or bring ("Friday's vote will be a
    test of her hold on the guild", "Monday's ruling will echo through the wards"). Kept: "Friday's vote is
    set for noon", "Sunday's march will begin at the pier", what the event will show or bring together
    ("Sunday's debate will air at 9", "Friday's summit will bring together the harbour chiefs"), and a
    calendar date ("the June 30 runoff will pit Orr against Vell"). Whatever its date, an event the clause
    calls unsettled is none yet ("the June 30 runoff remains in doubt", "a permit for the July 4 march is
    pending")."""
    if chosen is None:
        return False
    weekday = _BARE_WEEKDAY.fullmatch(text, chosen.start, chosen.end) is not None
    if reading.kind != "nominal":
        return False  # (a "will be" of the event itself tells what it will be like: "Friday's dinner will be modest")
    noun = _noun_at(text, reading)
    own = clause_at(text, noun)
    verb = own.verb
    unsettled = _UNSETTLED.search(text, max(noun, 0), own.end)
    if unsettled is not None and noun >= 0 and chosen.start < unsettled.start():
        return True  # "the June 30 runoff remains in doubt", "a permit for the July 4 march is pending": not set
    if verb < 0 or not (0 <= noun < verb and chosen.start < verb):
        return False
    if not weekday:
        return False  # a calendar date leaves no doubt which day: what the event will be is its preview
    if _SETS_IT.search(text, verb, own.end) or _PLACED.match(text, verb) or _PROGRAMME.match(text, verb):
        return False  # "Friday's vote is set for noon", "Friday's talks will be in Varna", "… will air at 9"
    return not acts_between(text, verb, own.end)


# The programme a preview tells: a line-up, a topic, an airing ("is expected to focus on the levy", "is set to
# feature five hopefuls", "is set to include testimony"). Not what comes of it ("is expected to determine who leads
# the guild", "to decide the balance of power": as often said of a vote held, its count still going on), nor its
# place in something else ("is expected to feature prominently in campaign ads": a past event's echo).
_PREVIEWED_PROGRAMME = re.compile(
    r"(?:is|are)\s+(?:also\s+)?(?:expected|set|due|scheduled)\s+to\s+(?:be\s+)?(?:air(?:ed)?|pit|focus\s+on"
    r"|bring\s+together|include|feature(?!\s+(?:\w+ly\s+)?(?:in|on|at|across)\b)"
    r"|(?:televis|broadcast|stream|livestream)\w*)\b",
    re.I,
)
# A clue that the previewed weekday is past after all: the event told as begun or over, counted, or the preview
# itself told on a day gone ("the union said last week", "officials said on Monday", "envoys said little afterward",
# "with results due Friday"). Not "as last week's did" (another, earlier occasion).
_PAST_CLUE = re.compile(
    r"\b(?:yesterday|afterwards?|began|begun|ended|counted|counting|recounts?|results?|tall(?:y|ied)|so\s+far|already"
    r"|again|last\s+(?:week|night|month|year)\b(?!['’]s)|(?:said|told|announced|reported)\b(?:\s+\w+)?\s+(?:on\s+)?"
    + WEEKDAY_NAME
    + r")",
    re.I,
)


# What a count will show: "is expected to determine who leads", "to decide the balance of power".
_OUTCOME_TOLD = re.compile(
    r"(?:is|are)\s+(?:also\s+)?(?:expected|set|due|likely)\s+to\s+(?:determine|decide|settle|confirm)\b", re.I
)


def _being_counted(text: str, reading: Reading | None, chosen: Found | None) -> bool:
    """The dated event is its clause's subject, dated by a bare weekday in that subject, the clause tells what it
    is expected to decide, and the sentence gives a clue of a day gone ("Sunday's election is expected to decide
    the balance of power, though counting goes on", "Sunday's referendum is expected to determine the port's
    future, with results due on Thursday"): a ballot held, its count going on; the weekday is the last one, not
    the coming one the date reader may take. When unsure, no step."""
    if reading is None or chosen is None or reading.kind != "nominal":
        return False
    if _BARE_WEEKDAY.fullmatch(text, chosen.start, chosen.end) is None:
        return False
    noun = _noun_at(text, reading)
    verb = clause_at(text, noun).verb
    if verb < 0 or not (0 <= noun < verb and chosen.start < verb):
        return False
    return _OUTCOME_TOLD.match(text, verb) is not None and _PAST_CLUE.search(text) is not None


def _previewed(text: str, reading: Reading, chosen: Found | None) -> bool:
    """The dated event is its clause's subject, dated by a bare weekday in that subject, and the clause previews
    its programme told to come ("Tuesday's summit is expected to focus on the levy", "Friday's debate is set to
    feature five hopefuls"): the event is still ahead, its weekday the coming one (a date reader with no tense to
    go by may take the last one). Not a past preview ("was expected to focus on"), nor what the event will mean
    ("is expected to be a test of her hold")."""
    if chosen is None or reading.kind != "nominal" or _BARE_WEEKDAY.fullmatch(text, chosen.start, chosen.end) is None:
        return False
    noun = _noun_at(text, reading)
    own = clause_at(text, noun)
    verb = own.verb
    if verb < 0 or not (0 <= noun < verb and chosen.start < verb):
        return False
    return _PREVIEWED_PROGRAMME.match(text, verb) is not None and not _PAST_CLUE.search(text)


# A predicate saying the event is not settled: "is pending", "remains in doubt", "is up in the air".
_UNSETTLED = re.compile(
    r"\b(?:is|are|was|were|remains?|stays?)\s+(?:still\s+)?(?:pending|uncertain|unclear|undecided|in\s+doubt"
    r"|up\s+in\s+the\s+air|unconfirmed|under\s+review)\b",
    re.I,
)
# What an event will show or whom it brings: its programme, its line-up, its broadcast ("will air at 9",
# "will feature five hopefuls", "will pit Orr against Vell", "will focus on the levy", "will be televised").
_PROGRAMME = re.compile(
    r"(?:is|are|will|would)?\s*(?:also\s+)?(?:(?:expected|set|due|scheduled|likely)\s+to\s+)?(?:be\s+)?"
    r"(?:air(?:s|ed)?|feature[sd]?|pits?|focus(?:es|ed)?\s+on"
    r"|bring(?:s)?\s+together|include[sd]?|determine[sd]?|decide[sd]?|(?:televis|broadcast|stream|livestream)\w*)\b",
    re.I,
)


# A copula that places the event: "will be in Varna", "is at the pier".
_PLACED = re.compile(
    r"(?:is|are|was|were|will|would|be)?\s*(?:be\s+)?(?:\w+ly\s+)?(?:in|at|on|inside|near|outside)\b", re.I
)


# Before a main clause's event noun, a copula or a verb of coming with at most a few words between: the
# event is what the clause is about ("is the deadline", "will be the first debate", "then comes the
# valley ballot", "will bring contests", "is up for re-election").
_COMPLEMENT = re.compile(
    r"\b(?:is|are|was|were|'s|’s|will\s+be|would\s+be|comes?|came|follows?|brings?|sees)\s+"
    r"(?:up\s+for\s+)?(?:[\w’'-]+\s+){0,6}(?:re-)?$",
    re.I,
)
# A future of what an event will bring about: "will reshape", "could hurt", "will likely change".
_CONSEQUENCE = re.compile(
    r"(?:will|would|could|may|might|can)\s+(?:\w+ly\s+|also\s+|only\s+)?(?:reshape|shape|change|transform|alter"
    r"|affect|influence|define|boost|hurt|damage|help|benefit|upend|overshadow|complicate|deepen|ease|weaken"
    r"|strengthen|embolden|doom|haunt|cost)\b",
    re.I,
)
# A clause that sets the event: "has called a ballot for May 3", "has a reading scheduled".
# (or moves it to a new day: "postponed its ballot on the tolls until April 9")
_SETS_IT = re.compile(
    r"\b(?:called|set|fixed|scheduled|slated|planned|plans|planning|due|" + move_pattern() + r")\b", re.I
)


def _noun_at(text: str, reading: Reading) -> int:
    """Where the event noun of a nominal reading is: its `start` may be the word that schedules it
    ("the trial is set for May": at "set"), the noun then a few words before."""
    nouns = [
        m.start()
        for m in re.finditer(r"\b" + re.escape(reading.head) + r"\b", text[: reading.start + len(reading.head)], re.I)
    ]
    return nouns[-1] if nouns else reading.start


# A month, a season, a quarter or a year: a period that dates a trend as readily as an event.
_COARSE = frozenset({"month", "quarter", "season", "year"})


def _heads(text: str, reading: Reading, chosen: Found | None) -> bool:
    """A month, a season or a year dates the event `reading` announces only when it is of the event's
    own clause (not of a clause fronted before it: "as the regattas begin in 2026, fares will be gone")
    and the event is someone's act or the event itself, not an activity ("becoming the face of the levy
    in 2026 will raise the pressure"). A relative clause of its own ("the new board, which takes office
    in May, …") dates its event."""
    scene = fronted_clause(text)
    if scene is not None and chosen is not None and scene[0] <= chosen.start < scene[1]:
        return scene[0] <= reading.start < scene[1]
    main = main_clause(text)
    return not (main.holds(reading.start) and (_GERUND.match(main.subject) or _TREND_SUBJECT.match(main.subject)))


_GERUND = re.compile(r"\W*\w+ing\b")
# A trend for subject: "a four-year slide in fares will end this year" forecasts a course, no event.
_TREND_SUBJECT = re.compile(
    r"\W*(?:[\w’'-]+\s+){0,3}?(?:trend|streak|slide|slump|decline|boom|surge|rally|run|growth)s?(?![-\w])", re.I
)


# A promise, a vow or a pledge governing what is to come: a stance until a day is set for it.
# Not a hyphenated noun ("the swearing-in") nor an adjective ("the promised fares"); "guarantee" only with
# what it guarantees after it ("guaranteed that", not "the fares are guaranteed").
_PROMISE = re.compile(
    r"(?<![-\w])(?:(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?:vowed|pledged|promised)"
    r"|vow(?:s|ing)?|pledg(?:e|es|ing)|promis(?:e|es|ing)|swor?e|swears|swearing"
    r"|guarantee[sd]?(?=\s+(?:that|to)\b)|insist(?:s|ed|ing)?)(?![-\w])(?:\s+(?:[\w’'.-]+\s+){0,4}?(?:that\s+)?)?",
    re.I,
)
# What goes on: "will still meet", "will continue to hold", "will keep holding".
_GOING_ON = re.compile(r"[\w’']+\s+(?:(?:also|now)\s+)?(?:still|continue\s+to|keep|go\s+on)\b", re.I)


def _promised(text: str, at: int) -> bool:
    """The construction at `at` is what someone vows, pledges, promises or insists on ("Tamber vowed that
    the guild will return", "promising the crews would get a pier"), in the same clause (no verb of
    saying, no punctuation between)."""
    return any(_BREAK_OR_SAYING.search(text, found.end(), at) is None for found in _PROMISE.finditer(text, 0, at))


# An office someone would hold: "as mayor she would …", "would …, as governor".
_AS_OFFICE = re.compile(
    r"\bas\s+(?:president|mayor|governor|premier|chancellor|prime\s+minister|chair(?:man|woman)?|speaker)\b", re.I
)


# Who promises or plans a policy: a person or a campaign ("she would", "Orsk will", "the candidate plans"),
# a capitalised name alone or a person's word; not an institution acting on its own calendar ("the reserve
# bank of Varna will raise its lending rate in April", "the truce will end in June").
_PERSON_WORD = re.compile(r"\b(?:he|she|i|we|candidate|nominee|campaign|challenger|contender|hopeful)\b", re.I)
_NAME_ALONE = re.compile(r"(?!The\b)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")


def _policy_promise(text: str, reading: Reading) -> bool:
    """An act of policy a person or a campaign will or would carry out ("she would cut the levy next year",
    "as mayor, Orsk would end the subsidy"), not a step set for a day ("is set to lift the ban") nor an
    institution's own act ("the ministry will lift the ban in April"): a stance. With a day it is an event
    ("the council will cut the levy on Friday"); the callers ask only of undated ones and of those dated
    by a month or a year."""
    if not policy_act(reading.head) or reading.kind == "scheduled":
        return False
    if _AS_OFFICE.search(text) is not None:
        return True
    who = subject(text, reading.start)
    person = _PERSON_WORD.search(who) is not None or _NAME_ALONE.fullmatch(who) is not None
    return reading.kind in ("future", "reported", "plan") and person


_BREAK_OR_SAYING = re.compile(r"[,;:—–()]|\s-\s|--|\b(?:said|says|told|tells|announced|added)\b", re.I)


# A plan both sides settled, not one someone had: "agreed to", "decided to", "voted to".
_AGREED = re.compile(r"(?:" + "|".join(SETTLED_VERBS) + r")\s+(?:\w+ly\s+)?to\s+(?P<verb>\w+)", re.I)


# "should" and its verb, adverbs skipped: "should vote", "should also meet", "should be held".
_SHOULD = re.compile(r"should\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)*(?P<verb>[\w’']+)", re.I)


def _advised(text: str, reading: Reading) -> bool:
    """A "should" of someone's act is what someone thinks they ought to do ("the guild should hold its ballot on
    Thursday", "Orr should meet the crews on Thursday, Vell said"): advice, not a schedule, whoever gives it. The
    "should" of expectation tells of the event itself ("the vote should be held on Friday", "the talks should resume on
    Thursday"): its subject is the event, or its verb a passive."""
    should = _SHOULD.match(text, reading.start)
    if should is None or should.group("verb").lower() in ("be", "have"):
        return False
    return not any(w.lower() in EVENT_NOUNS for w in re.findall(r"[\w’']+", subject(text, reading.start)))


def _agreed_soon(text: str, reading: Reading) -> bool:
    """ "The two guilds agreed to hold fresh talks in the next few weeks": talks settled in the past for a
    time still ahead are a next step with no day (a plan someone had, "planned to", may be dropped)."""
    if reading.kind != "plan" or not reading.past:
        return False
    agreed = _AGREED.match(text, reading.start)
    return agreed is not None and stem(agreed.group("verb")) in CALENDAR_ACTS and _SOON.search(text) is not None


def _stated(text: str, reading: Reading) -> bool:
    """The sentence's own statement announces the event: not only what someone wishes ("the crews are
    keen to finish early on Friday and march in the parade"), nor the place or time of a description of
    someone ("looks set to be the chief patron of the autumn ballot"), nor a holding running out."""
    if wished(text, reading.start):
        return False
    if _runs_out(text, reading):
        return False
    return not (reading.kind == "nominal" and described_by(text, reading.start))


# What someone holds for a time: its running out is a state of the holding, not an event.
_HOLDINGS = frozenset(
    "term terms mandate mandates tenure lease leases contract contracts licence licences license licenses permit"
    " permits visa visas membership patent patents".split()
)
_RUN_OUT = frozenset({stem("expire"), stem("lapse"), stem("end")})


def _runs_out(text: str, reading: Reading) -> bool:
    """ "Ferris has led the dock board since 2019, and her mandate lapses in the autumn": an
    office or a holding running out (the holder stays until a successor comes), not an event."""
    if stem(reading.head.lower()) not in _RUN_OUT:
        return False
    words = re.findall(r"[\w’']+", subject(text, reading.start))
    return any(w.lower() in _HOLDINGS for w in words[:4])


# An hour of the day: "at 9 p.m.", "by noon", "at 10:30 a.m.".
_CLOCK = re.compile(
    r"\b(?:at|by|from|until|till|before|around|about)\s+(?:about\s+|around\s+)?"
    r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?|(?:noon|midnight)\b)",
    re.I,
)


def _own_clock(text: str, reading: Reading) -> str | None:
    """The hour the event itself is set for: after its verb, in its own clause ("will begin at 9
    p.m."), not an hour of a clause beside it ("the ferry, which sank at 3 a.m., will be raised",
    "…, speaking to donors at 7 p.m.") nor one naming another event ("after the 8 p.m. vote")."""
    clock = _CLOCK.search(text, reading.start)
    if clock is None or _CLAUSE_BREAK.search(text, reading.start, clock.start()):
        return None  # no hour, or one after a comma, a dash or a bracket: of a clause beside it
    return clock.group(1)


_CLAUSE_BREAK = re.compile(r"[,;:(—–]|--")
# What an event covers, with no event of its own: "will discuss the quotas", "will focus on pensions".
# Taking up a post: "take over as", "succeed Vell as", "join the board as", "become its chair".
_TAKES_POST = re.compile(
    r"(?:take|takes|taking|succeed|succeeds|replace|replaces|join|joins|become|becomes|serve|serves)\b"
    r"(?:\s+over)?[^,;:]{0,40}?\bas\b",
    re.I,
)
_AGENDA = re.compile(r"(?:discuss|focus|cover)", re.I)
_TALK_ABOUT = re.compile(r"(?:will|would|to)\s+(?:also\s+)?talk\s+about\b", re.I)


# With no day, a next step is one event someone will do. Not an activity that goes on ("campaign",
# "work", "operate"), an attempt ("try", "attempt"), a routine (a service flown or run back and forth,
# daily, on routes), a habit ("week after week"), a trend ("will begin to lose"), an outcome ("will
# finish ahead", "win") or a figure of speech ("return the favour"); "have a response" is owed by a
# day, or it is nothing to attend.
_ACTIVITIES = frozenset(
    stem(w) for w in "campaign try attempt work operate continue keep serve have finish win lose lead trail".split()
)
# A trend set going: "will begin to lose ground" (but "will start to count the ballots" is an event).
_TREND = re.compile(r"(?:begin|start)s?\s+to\s+(?P<verb>\w+)", re.I)
# A habit: "week after week", "every month".
_HABIT = re.compile(
    r"\b(?:(?:day|week|month|year)\s+after\s+(?:day|week|month|year)|(?:each|every)\s+(?:day|week|month|year))\b", re.I
)
_ROUTINE = re.compile(
    r"\w+\s+(?:\w+\s+)?(?:routes?|services?|flights|patrols|missions|shuttles|back\s+and\s+forth|regularly|daily|weekly"
    r"|every\s+(?:day|week|month))\b",
    re.I,
)
_FIGURE = re.compile(r"return(?:s|ed)?\s+the\s+(?:favou?r|compliment)\b", re.I)


def _no_discrete_event(text: str, reading: Reading) -> bool:
    head = text.find(reading.head, reading.start)
    if head < 0:
        return False
    trend = _TREND.match(text, head)
    return (
        stem(reading.head.lower()) in _ACTIVITIES
        or (trend is not None and stem(trend.group("verb")) not in CALENDAR_ACTS)
        or _ROUTINE.match(text, head) is not None
        or _FIGURE.match(text, head) is not None
        or _HABIT.search(text) is not None
    )


def _agenda(text: str, reading: Reading) -> bool:
    head = text.find(reading.head, reading.start)
    return (head >= 0 and _AGENDA.match(text, head) is not None) or _TALK_ABOUT.match(text, reading.start) is not None


# Verbs that name an event only with an event for object: "will hold talks" (not "hold banners", "hold a
# post"), "will address the congress" (not "address the email").
_NEEDS_EVENT = frozenset(stem(w) for w in "hold host stage address".split())
_AUDIENCE = frozenset(
    "nation nations country crowd crowds delegates supporters voters assembly parliament congress senate house"
    " lawmakers legislature legislators students graduates members union guild council committee board forum"
    " audience".split()
)
# Gatherings one holds or hosts that the calendar's event nouns leave out: "a town hall", "a fundraiser".
_HOSTED = re.compile(
    r"\b(?:town\s+halls?|fundraisers?|forums?|briefings?|vigils?|events?|retreats?|roundtables?|receptions?)\b"
)
# A body that votes as one: "the board will vote for a new chair" elects; "they will vote for her" is a choice.
_BODY_VOTING = re.compile(
    r"\b(?:board|council|committee|panel|assembly|parliament|senate|house|congress|legislature|guild|union|party"
    r"|cabinet|commission|jury|chamber)\s+(?:will|would|shall|must|(?:is|was)\s+(?:expected|set|due|scheduled)\s+to)"
    r"\s+(?:\w+ly\s+)?(?:also\s+)?$",
    re.I,
)
_OBJECT_ENDS = frozenset("in at on for with to of from by about over during before after".split())
# An appearance on a programme: the day's broadcast schedule, over by the next morning.
_ON_AIR = re.compile(
    r"\s+(?:on|in)\s+(?:[“\"']|(?:the\s+)?(?:[\w’']+\s+){0,2}?(?:show|programme|program|broadcast)\b)", re.I
)
# "be considered a battleground", "be seen as a favourite": a standing, not an act.
_STANDING = re.compile(
    r"\bbe\s+(?:\w+ly\s+)?(?:considered|seen|regarded|viewed|deemed)\s+(?:as\s+)?(?:an?|the)\b", re.I
)


# Handing a body what it takes up is a step of its proceedings: "means to forward her nominee to the council"
# (not a letter or a gift: "will send a letter to the Senate").
_SENDS = frozenset(stem(w) for w in "send refer forward".split())
# The bodies a matter goes before or to.
_BODIES = (
    "assembly|parliament|congress|senate|house|council|committee|board|legislature|court|guild|cabinet|commission|floor"
)
_TO_A_BODY = re.compile(
    r"\b(?:nominees?|nominations?|picks?|choices?|names?|candidates?|bills?|budgets?|plans?|proposals?|measures?"
    r"|cases?|disputes?|charges?|reports?|treaty|treaties|charter|motion|appointments?)\b[^,;:.]{0,40}?"
    r"\bto\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*(?:" + _BODIES + r")\b",
    re.I,
)


def _attendable(text: str, reading: Reading) -> bool:
    """With no day given, a next step is an act one could attend or wait on, and the words show it: a
    calendar verb (a meeting, a vote, a hearing, a trip, a ruling, a release, a resignation …) or a step of
    proceedings ("will be charged", "will compete in the final"), soon or an obligation otherwise. Not a
    verb whose event is in its object when the object is none ("will hold banners", "hold a post", "address
    the email"), a choice ("will vote for her"), an appearance on a programme (the day's broadcast), a
    standing ("will be considered a battleground")."""
    head = stem(reading.head.lower())
    if _STANDING.search(text, reading.start):
        return False
    sent = head in _SENDS and _TO_A_BODY.search(text, reading.start) is not None
    if (
        reading.kind != "obligation"
        and head not in CALENDAR_ACTS | PROCEEDINGS | COMING
        and not sent
        and not _soon(text)
    ):
        return False  # (but "will send her nominee to the assembly": a step a body then takes up)
    at = text.lower().find(reading.head.lower(), reading.start)
    if at < 0:
        return True
    after = text[at + len(reading.head) :]
    following = [w.lower() for w in re.findall(r"[\w’']+", after)[:5]]
    cut = next((k for k, w in enumerate(following) if w in _OBJECT_ENDS), len(following))
    thing = following[:cut]
    if head in _NEEDS_EVENT and not (set(thing) & (EVENT_NOUNS | _AUDIENCE) or _HOSTED.search(" ".join(thing))):
        return False  # (the object up to its first preposition: "address the leaked letter in its report")
    if head == stem("leave") and _LEFT_TO.match(after):
        return False  # "would leave that to the guild", "leave the choice up to the wardens": no departure
    if head == stem("vote") and following[:1] in (["for"], ["against"]):
        return _BODY_VOTING.search(text, max(0, at - 60), at) is not None
    return not (head == stem("appear") and _ON_AIR.match(after))


# "leave" as handing a matter over, not a departure: "leave it to the voters", "leave the decision to the board".
_LEFT_TO = re.compile(
    r"\s+(?:it|that|this|them|(?:the|that|this|such)\s+(?:decision|matter|question|choice|call|issue|details|rest))"
    r"\s+(?:up\s+)?to\b",
    re.I,
)
_EXPECTED = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:expected|likely|poised)\s+to\b", re.I)
_SOON = re.compile(
    r"\b(?:soon|shortly|imminent(?:ly)?|in\s+the\s+(?:next|coming)\s+(?:few\s+)?(?:hours|days|weeks)"
    r"|(?:the\s+)?near\s+future|before\s+long|any\s+(?:day|time)\s+now)\b",
    re.I,
)
# "soon after", "soon thereafter": near another event, which may be past; nothing told as ahead.
_SOON_AFTER = re.compile(r"\s+(?:after|afterwards?|thereafter)\b", re.I)


def _soon(text: str) -> bool:
    """A word telling that something is near ("soon", "in the coming days") in a clause still ahead: not
    one of a clause told in the past ("Calm soon returned, as the tally left the bylaws as they stood: no
    donors would be named": the calm came, and the "would" is the bylaws' rule, told as done), nor "soon
    after" another event."""
    return any(
        not _SOON_AFTER.match(text, m.end()) and clause_at(text, m.start(), m.end()).tense != "past"
        for m in _SOON.finditer(text)
    )


# A relative clause set off by dashes or brackets: "Wyoming -- which holds its caucus on Saturday --".
_SIDE = re.compile(r"(?:--|—|–|\()\s*(?:who|which|whose|where)\b[^—–()]*?(?:--|—|–|\))")


def _side_clauses(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SIDE.finditer(text)]


def _on_event_noun(text: str, start: int) -> bool:
    """The relative clause opening at `start` hangs on an event noun ("the fair, which opens June 4",
    "the hearing -- which starts Monday --"): it tells that event's own time, unless the noun itself
    is only the arena or the time of something else ("her lead days before the primary, which is …")."""
    noun = _LAST_WORD.search(text, 0, start)
    return noun is not None and noun.group(1).lower() in EVENT_NOUNS and not in_passing(text, noun.start(1))


_LAST_WORD = re.compile(r"([A-Za-z]+)[\s,(—–-]*$")
# An event noun with a short phrase after it, before the comma of its relative clause: "the first debate since the
# flood", "the vote on the levy" (no verb, no other clause in the phrase).
_MODIFIED_OCCASION = re.compile(
    r"(?P<noun>[A-Za-z]+)\s+(?:since|of|on|over|about|in|at|between)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'.-]+\s+){0,3}[\w’'.-]+$"
)
_ASIDE_CLOSE = re.compile(r"[,;—–]|--|$")
# A relative clause telling when a rule, a law or a levy comes into force, right before its day: "the berthing charges,
# which take effect on Friday", "a treaty that enters into force on May 1" (its present is a schedule, as in the main
# clause: "the law takes effect on Jan. 1").
_IN_FORCE_FROM = re.compile(
    r"(?:,|--|—|–)?\s*(?:which|that)\s+(?P<verb>takes?|comes?|enters?|go|goes)\s+(?:into\s+(?:full\s+)?(?:force|effect)|effect)\s+"
    r"(?:on\s+|from\s+|at\s+)?$",
    re.I,
)
# A relative clause on an event noun that gives only its day: "the debate, which will be on Thursday night",
# "the vote, which is Tuesday in Varna", "the gala, which will be on the harbour boat Friday".
_ITS_DAY = re.compile(
    r"(?:,|--|—|–)\s*which\s+(?:will\s+be|is)\s+(?:held\s+)?(?:(?:on|at|in)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3})?$",
    re.I,
)


# The same told in the future of what is aired or brought out, where it will be shown right before its day:
# "the documentary, which will be on Brell television Thursday night", "the film, which will be in cinemas on Friday"
# (not "which is on Brell television on Thursdays", a habit; not "which will be on show until Friday", a run's end).
_ITS_AIRING = re.compile(
    r"(?:,|--|—|–)\s*which\s+will\s+be\s+(?:on|in)\s+(?:the\s+)?(?:(?!(?:until|till|through|from|for)\b)[\w’'.-]+\s+){0,3}"
    r"(?:on\s+)?$",
    re.I,
)

# The bound of a run, not its day: "on show until Friday", "in cinemas from Friday".
_RUN_BOUND = re.compile(r"\s*(?:until|till|through|from|by|before|after)\b", re.I)


# (the reason `_its_own_day`'s reading gives: a clause told only to give the occasion its day makes that schedule
# news, wherever the occasion sits: "will be pressed at the debate, which will be Tuesday" is no mere placing)
_ITS_OWN_DAY = "its own day"


def _its_own_day(text: str, at: int) -> Reading | None:
    """The nominal reading of an event noun whose relative clause gives it the day at `at` (or of a programme or a
    release told to be shown on that day)."""
    found = _ITS_DAY.search(text, 0, at)
    if found is None:
        return None
    noun = _LAST_WORD.search(text, 0, found.start() + 1)
    aired = (
        noun is not None
        and noun.group(1).lower() in AIRED_NOUNS
        and _ITS_AIRING.search(text, 0, at) is not None
        and _RUN_BOUND.match(text, at) is None
        and not in_passing(text, noun.start(1))
    )
    if aired and noun is not None:
        # what the main clause tells of it stands: "…, follows three pilots", not "…, was pulled by the channel"
        closing = _ASIDE_CLOSE.search(text, at)
        aired = closing is not None and tense(text[: noun.start(1)] + " " + text[closing.end() :]) != "past"
    if noun is not None and (aired or _on_event_noun(text, found.start() + 1)):
        return Reading("nominal", noun.group(1).lower(), noun.start(1), firm=True, reason=_ITS_OWN_DAY)
    # "the first debate since the flood, which will be Tuesday": the clause is the occasion's, past what follows it
    modified = _MODIFIED_OCCASION.search(text, 0, found.start())
    if modified is None or not _on_event_noun(text, modified.end("noun")):
        return None
    return Reading("nominal", modified.group("noun").lower(), modified.start("noun"), firm=True, reason=_ITS_OWN_DAY)


# A thing to be brought out, told by a reduced relative right before its day: "a memoir set for release on May 2",
# "a survey of pilots to be published on Friday by the guild", "a ledger slated for publication in June". Not told of
# a past or a maybe ("was set for release", "is likely to be released"), nor what someone wants, lets or expects brought
# out ("urged the files to be released by Friday": a demand; "refused to allow the footage to be released"), nor a thing
# a verb before it stops ("the publisher pulled a memoir set for release", "censors banned a film set for release").
_FOR_RELEASE = re.compile(
    r"(?<![\w’'])(?:(?:set|scheduled|slated|due)\s+(?:for\s+(?:release|publication)|to\s+be\s+(?:released|published))"
    r"|to\s+be\s+(?:released|published))\s+(?:by\s+(?:[\w’'.-]+\s+){1,5})?(?:on\s+|in\s+(?:the\s+)?)?$"
)
_RELEASED_BY = re.compile(
    r"(?P<thing>[a-z][\w-]*)[\s,]+$"  # the noun it is said of ("a memoir", "research"), right before it
)
# (the word before it is no thing: "is likely to be released", "was due to be published", "the one to be released")
_NOT_A_THING = frozenset(
    "the a an its their his her this that these those likely unlikely expected able going ready about one ones"
    " is are was were be".split()
)
_NOT_THE_THINGS = re.compile(
    r"\b(?:want\w*|urg\w*|ask\w*|call\w*|demand\w*|press\w*|push\w*|need\w*|hop\w*|wish\w*|order\w*|told"
    r"|tell\w*|like|wait\w*|allow\w*|permit\w*|let|expect\w*"
    # or a verb that stops it, or a fight against it: "pulled a memoir set for …", "an injunction against a film …"
    r"|pull|pulls|pulled|ban|bans|banned|bar|bars|barred|block\w*|stop|stops|stopped|halt\w*|withdr[ae]w\w*"
    r"|recall\w*|suppress\w*|censored|delay\w*|against)\s+(?:\w+\s+){0,3}$",
    re.I,
)


# The same of a programme told by a participle right before its day: "a special with Vell airing on May 23" (not one
# a speaker spoke in: "told the Courier in a long interview airing Friday"; not an advert: a campaign on the air,
# `_airs_no_programme`).
_AIRING = re.compile(
    r"\b(?P<thing>[a-z][\w-]*)\s+(?:with\s+(?:[A-Z][\w’'.-]*\s+){1,3})?(?P<verb>airing|premiering|debuting)\s+"
    r"(?:on\s+)?$"
)
_SPOKEN_IN = re.compile(r"\bin\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _set_for_release(text: str, found: Found) -> Reading | None:
    """The release of a book, a film or a study set for the day `found`, told in a reduced relative on the thing
    (`_FOR_RELEASE`), or the airing of a programme told by a participle (`_AIRING`), whose own
    predicate tells no past nor a maybe: its day is when it comes out. A year is no such day ("a tower scheduled to
    open this year")."""
    if granularity(found.value) == "year" or _PAST_WORDS.search(text, found.start, found.end):
        return None
    told = _FOR_RELEASE.search(text, max(0, found.start - 90), found.start)
    aired = None if told else _AIRING.search(text, max(0, found.start - 90), found.start)
    if aired is not None and (aired.group("thing") not in AIRED_NOUNS or _SPOKEN_IN.search(text, 0, aired.start())):
        return None
    told = told or aired
    thing = aired or (None if told is None else _RELEASED_BY.search(text, max(0, told.start() - 30), told.start()))
    if (
        told is None
        or thing is None
        or thing.group("thing").lower() in _NOT_A_THING
        or _NOT_THE_THINGS.search(text, 0, thing.start())
    ):
        return None
    # what the sentence tells of the thing, up to a new clause: "… was pulled by the studio" (past), "… could show a
    # loss" (a maybe); not "suggests that the damage has grown" (the clause it tells)
    said_of = re.split(r"[;:]|\bthat\b", text[found.end :], maxsplit=1)[0]
    if tense(said_of) == "past" or _MAYBE.search(said_of) or called_off(text):
        return None
    start = aired.start("verb") if aired else told.start()  # (an airing: its programme named before it)
    return Reading("scheduled", "air" if aired else "release", start, firm=True, reason="set for release")


def _ahead(text: str, found: Found, ref: date) -> Found:
    """A bare weekday read as the coming one ("On Saturday, …" told in the present): the date
    reader, which has no tense to go by, takes the last one."""
    if not _WEEKDAY.fullmatch(text[found.start : found.end].strip()) or len(found.value) != 10:
        return found
    day = date.fromisoformat(found.value)
    if day < ref:
        day += timedelta(days=7)
    return replace(found, value=day.isoformat(), direction=1)


# The verbs of readying (before "for" or "to") and of awaiting (before its object), one list for both readings
# that name an occasion by them: its day after the noun (`_READYING`) or before it ("Tuesday's ballot": `_LEADS_UP`).
_READYING_VERBS = (
    r"(?:prepar|brac)(?:es|ing|e)|gear(?:s|ing)?\s+up|gird(?:s|ing)?(?:\s+up)?|(?:gets?|getting)\s+ready"
    r"|ready(?:ing|ies)?|look(?:s|ing)?\s+(?:ahead|forward)|count(?:s|ing)?\s+down"
)
_AWAITING = r"await(?:s|ing)?"
# A present verb of readying or awaiting whose object is an event noun, its day right after it: "the guild is
# bracing for the vote on Tuesday", "crews prepare for a walkout in Lorrin on Friday", "looks ahead to the
# regatta next week", "awaits the ruling on Monday". What one gets ready for has not happened yet, so the
# event's day lies ahead whatever tense the date reader alone would give a bare weekday. The day must be the
# event's own: the event noun heads the object, or is the scene "at" which a short object is readied for ("girds
# for a clash at the regatta Friday") (not "braces for the fallout of the vote on Tuesday", a past
# vote's aftermath; not "the fallout as the ruling came on Tuesday"), and nothing but a short place, body or
# destination stands between it and its day ("in Lorrin", "before the harbour board", "to Varnese"). Anything
# else there may be a clause of its own whose day is past: "the vote that was held on Tuesday", "the ruling
# the court gave on Friday", "more strikes like the one on Friday", "the appeal heard on Friday".
_READYING = re.compile(
    r"\b(?P<verb>" + _READYING_VERBS + r")\s+(?:for|to)\s+"
    r"|\b(?P<awaits>" + _AWAITING + r")\s+"
    # an occasion its own adjective calls set or to come, whatever the tense: "noted a planned rally on Saturday"
    r"|\b(?P<planned>(?:a|an|the|its|their|his|her)\s+(?:planned|scheduled|upcoming|forthcoming))\s+",
    re.I,
)
# Words no event noun's phrase holds: before its head they end the phrase or open a comparison or a clause
# ("the fallout of the vote", "the fallout as the ruling came"); after the preposition of its place, a second
# phrase or a clause ("in the port of the city that …").
_NOT_IN_OBJECT = frozenset(
    "of from after since over about with without that which who whom and or but on at in to for by as like than"
    " when while because if though although unless until whether where was were is are has have had will would"
    " could".split()
)
# The prepositions of a place, body or destination after the event noun: "in Lorrin", "at the toll gate", "before
# the harbour board", "a trip to Varnese", "the reopening of the salt road".
_PLACE_PREPOSITIONS = frozenset("in at before to of".split())
_DETERMINERS = frozenset("the a an its their his her this that these those".split())
# Past forms and participles without -ed that open a clause of their own after the noun: "the men held on Friday",
# "the deal struck on Thursday", "the strike the drivers began on Thursday".
_IRREGULAR_PAST = frozenset(
    "held made set put struck begun began won lost seen saw heard told said found brought caught led run ran shut"
    " cut hit kept left met paid sent spent built shown known drawn chosen broken spoken written driven fought sold"
    " gave given took taken came come went gone got gotten done did shot stood thrown beaten sworn torn withdrawn"
    " upheld overseen".split()
)
_WORDS = re.compile(r"[\w’'.-]+")
_DAY_PREPOSITION = re.compile(r"\s*(?:on|at|in)?\s*$", re.I)


# The present of "be" an -ing form of readying, or the adjective "ready", needs: "is bracing", "are now
# preparing", "'re getting ready", "is ready for" (not "looked ready for the final on Saturday": yesterday's).
_NOW_BEFORE = re.compile(r"\b(?:is|are|am|['’]s|['’]re)(?:\s+(?:now|already|still|also|quietly|busily))*\s+$", re.I)
# What makes the readying not a present fact: a past, a modal, a negation, an infinitive, a habit ("was bracing",
# "had been preparing", "may prepare", "is not preparing", "hopes to prepare", "never got ready", "always prepares").
_READYING_NOT_NOW = re.compile(
    r"\b(?:was|were|had|did|would|could|might|may|should|must|to|not|never|no\s+longer|if|unless|whether"
    r"|always|usually|often|normally|typically|traditionally|routinely|generally|sometimes)"
    r"(?:\s+(?:been|be|still|now|already|also|quietly|busily))*\s*$|n[’']t\s*$",
    re.I,
)
# A bare verb after one that makes, lets or watches someone do it: "helped the guild prepare", "let the crews get
# ready", "watched its rivals brace": the readying is told in that verb's tense, often past.
_MADE_TO = re.compile(
    r"\b(?:let|lets|letting|help|helps|helped|helping|made|make|makes|making|watch|watched|watches|watching"
    r"|saw|see|sees|seen|heard|had|have|has)\s+(?:[\w’'-]+\s+){0,3}$",
    re.I,
)
_BARE_READYING = frozenset("prepare brace gear gird get look count await".split())


def _place_after(tail: list[str]) -> bool:
    """Whether the words between an event noun and its day are none, or a short place, body or destination:
    one preposition of place, at most one determiner right after it, no second phrase, clause or past form."""
    if not tail:
        return True
    if tail[0] not in _PLACE_PREPOSITIONS or len(tail) > 5:
        return False
    rest = tail[2:] if len(tail) > 1 and tail[1] in _DETERMINERS else tail[1:]
    return bool(rest) and not any(
        w in _NOT_IN_OBJECT or w in _DETERMINERS or w in _IRREGULAR_PAST or w.endswith("ed") for w in rest
    )


# A relative clause right after the occasion's day: "at the hearing on Tuesday, which ended in uproar".
_CLAUSE_AFTER_DAY = re.compile(r"\s*,?\s*(?:which|that|where)\s+(?P<clause>[^,;:—–()]*)", re.I)


def _awaited(text: str, found: Found) -> Reading | None:
    """The nominal reading of an event noun a present verb of readying or awaiting governs, its day at
    `found` (see _READYING). Not when a relative clause after the day tells the occasion as over ("bracing for a
    clash at the hearing on Tuesday, which ended in uproar"; but "the vote on Tuesday, which was called last
    week" is set, and stays)."""
    if text.startswith(("'s", "’s"), found.end) or text[found.start : found.end].endswith(("'s", "’s")):
        return None  # "awaits a ruling on Monday's walkout": the day is the walkout's
    after = _CLAUSE_AFTER_DAY.match(text, found.end)
    if after is not None and tense(after.group().strip(" ,")) == "past" and not _SETS_IT.search(after.group("clause")):
        return None  # "at the launch on Tuesday, which drew thousands": a day gone
    for verb in _READYING.finditer(text, 0, found.start):
        led = verb.group("planned") is not None
        if led:
            first = ""  # an adjective: no tense of its own to read
        elif _READYING_NOT_NOW.search(text, max(0, verb.start() - 30), verb.start()):
            continue
        else:
            first = (verb.group("verb") or verb.group("awaits")).split()[0].lower()
        if (first.endswith("ing") or first == "ready") and not _NOW_BEFORE.search(
            text, max(0, verb.start() - 40), verb.start()
        ):
            continue  # "Vell, awaiting the verdict on Thursday, stayed home": of when? the main verb's past
        if first in _BARE_READYING and _MADE_TO.search(text, max(0, verb.start() - 60), verb.start()):
            continue
        day_at = _DAY_PREPOSITION.search(text, verb.end(), found.start)
        between = text[verb.end() : day_at.start() if day_at else found.start]
        if any(mark in between for mark in ',;:—–()"“”'):
            continue
        words = [(m.group().lower(), m.start()) for m in _WORDS.finditer(between)]
        # the head: the first event noun of the object, within its first five words, none of them a preposition,
        # a comparison or a clause's opening; after it, nothing or a short place (see _place_after)
        bridged = False
        for k, (word, at) in enumerate(words[:5]):
            if word == "at" and 0 < k <= 2 and not bridged:
                # "girding for a clash at the regatta Friday": what one readies for, at the occasion its scene
                bridged = True
                continue
            if word in _NOT_IN_OBJECT:
                break
            if word not in EVENT_NOUNS:
                continue
            if not _place_after([w for w, _ in words[k + 1 :]]):
                break
            return Reading("nominal", word, verb.end() + at, firm=True, reason=_LED if led else "readied for")
    return None


# A possibility, not a plan: "braces for the possibility of a walkout on Friday", "the risk that the
# board will vote Friday"; the noun governs the event, with no clause between.
_POSSIBILITY = re.compile(
    r"\b(?:possibilit(?:y|ies)|prospects?|risks?|chances?|spect(?:re|er)|likelihood|dangers?|threats?|fears?"
    r"|rumou?rs?|speculation|scenarios?)\s+(?:of|that)\b(?:(?!,\s*(?:and|but)\b)[^;:—–()])*$",
    re.I,
)


# A fronted phrase the possibility sits in, closed by a comma before the main clause: "Despite the
# risk of rain, Quint will hold a rally on Saturday" announces the rally.
_FRONTED = re.compile(
    r"^\W*(?:despite|given|amid|with|without|because\s+of|in\s+spite\s+of|for\s+all|regardless\s+of|even\s+with)\b[^,]*$",
    re.I,
)


def _possibility(text: str, at: int) -> bool:
    found = _POSSIBILITY.search(text, max(0, at - 80), at)
    if found is None:
        return False
    return not (_FRONTED.match(text[: found.start()]) and "," in text[found.start() : at])


# Words a plea to the hearers opens with: '"Get out and vote on Tuesday"', '"Don't forget to caucus"'.
_IMPERATIVES = frozenset(
    "go get come vote make let let's don't do show turn bring join remember stand help call send tell take head"
    " register sign caucus be".split()
)
_FILLERS = frozenset("so now please and just all everybody everyone folks friends".split())
_AUXILIARY = re.compile(r"\b(?:will|would|is|are|was|were|shall)\b|['’]ll\b|,", re.I)


# An event noun in a fronted phrase of place or time, then a main clause in the past with nothing
# ahead in it: "At the harbour debate Saturday, Quint attacked Vell" tells what happened there.
_AT_EVENT = re.compile(r"^\W*(?:in|at|during|after)\b[^,;:]{0,80},", re.I)


def _told_at_the_event(text: str, at: int) -> bool:
    main = main_clause(text)
    if main.start > at and main.tense == "past":
        return True  # "In ruling on the ballot, which is set for May, the court held …": the ballot in passing
    fronted = _AT_EVENT.match(text)
    if fronted is None or not at < fronted.end():
        return False
    if tells_standing(text[main.start : main.end]):
        return True  # "At the May regatta, the Varna crew are favourites": a standing, placed there
    return main.tense == "past"


def _call_to_action(text: str, at: int) -> bool:
    """`at` sits in a quotation urging its hearers to act: '"Get to the polls tomorrow," she told the
    crowd'. Not a schedule, and its days are the speaker's."""
    if not _in_quotes(text, at):
        return False
    opening = max(text.rfind('"', 0, at), text.rfind("“", 0, at))
    quoted = re.split(r"[.!?]\s+", text[opening + 1 : at])[-1]
    words = re.findall(r"[\w’']+|,", quoted)
    k = 0
    while k < len(words) and (words[k].lower() in _FILLERS or words[k] == ","):
        k += 1
    if k == len(words) or words[k].lower().replace("’", "'") not in _IMPERATIVES:
        return False
    return _AUXILIARY.search(" ".join(words[k + 1 :])) is None  # "Make no mistake, the board will vote": a statement


# An event named by "the" and its noun alone after an undated item's verb: which one, the sentences
# before say ("will address the meeting by video link"); not "the talks with Lorrin", "the summit in
# Varna", "the board's meeting".
_BARE_EVENT = re.compile(
    r"\bthe\s+(?:meeting|summit|talks|session|hearing|vote|conference|ceremony|gathering|rally|debate|trial|event"
    r"|negotiations|inquiry)\b(?!\s+(?:of|on|in|at|with|between|for|over|about|into|to|among)\b|['’]s)",
    re.I,
)


_BARE_WEEKDAY = re.compile(WEEKDAY_NAME + r"(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?", re.I)


def _nearest_is_gone(text: str, found: Found, reading: Reading, ref: date) -> bool:
    """A bare weekday ("Sunday", "Thursday night's") in the subject of "will be" ("her lecture Sunday
    will be a big theme") is not sent ahead by the verb, which tells what the event will be, not when:
    it means the nearest such day, and when the one behind is nearer than the one ahead, the event is
    over ("Friday's dinner will be modest" in Wednesday's paper is two days ahead)."""
    if not (reading.head == "be" and found.start < reading.start):
        return False
    if not _BARE_WEEKDAY.fullmatch(text[found.start : found.end].strip()):
        return False
    if len(found.value) != 10:
        return False
    return (date.fromisoformat(found.value) - ref).days > 3


_PREVIEW = re.compile(
    r"\b(?:before|ahead\s+of|in\s+advance\s+of)\s+(?:the|an?|its|his|her|their)\s+(?:\w+\s+)?"
    r"(?:announcement|unveiling|release|rollout|roll-out|speech)\b",
    re.I,
)
# A quote's speaker described after "said": '"…," said Tom Reyes, a party elder who …'.
_ATTRIBUTION = re.compile(
    r"(?:[”\"]|'')\s*,?\s*(?:said|says|added|adds|told\s+\w+|wrote|writes|explained|argued|insisted|recalled|noted"
    r"|declared)\s+[^.;:”\"]*?,[^;:”\"]*$"
)


def _about_the_speaker(text: str, at: int) -> bool:
    """`at` sits in the description of a quote's speaker: who they are, not what comes next."""
    return _ATTRIBUTION.search(text[:at]) is not None


_DECIDE = frozenset({"decide", "determine", "choose", "weigh", "consider"})
# (Not "whether to": "must decide whether to grant the licence" names the act to be decided.)
_WH = re.compile(r"\s+(?:what|how|which|who|whose|where|when|whether(?!\s+to\b))\b", re.I)
# A forecast told by its adverb: "will likely", "will probably".
_FORECAST = re.compile(r"\b(?:likely|probably)\b", re.I)
# A "would" reported by a perfect: what someone has said over time they would do, a stance.
_STANCE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|long\s+)?(?:said|argued|insisted|suggested|maintained|claimed)\b", re.I
)


def _open_question(text: str, reading: Reading) -> bool:
    """ "must decide what she will do", "will weigh how to respond": an open question someone faces,
    with no decision set for a day ("has to choose whether to grant the licence" names the act
    to be decided: a decision to come)."""
    head = reading.head.lower()
    if head not in _DECIDE:
        return False
    at = text.lower().find(head, reading.start)
    return at >= 0 and _WH.match(text, at + len(head)) is not None


# The main clause moves on to the event of a trailing relative clause: "the race heads to New
# Hampshire, which votes next week", "next comes Ohio, where …".
# (A participle only after a "be": "wished to rescue the plan sailing into Varna, where …" is about the wish.)
# ("next" only as the adverb: "next up", "next comes"; "the next ballot is in Marsh" moves nowhere)
_TOWARD = re.compile(
    r"\b(?:heads?|moves?|turns?|goes|comes|shifts?)\b|\bnext\s+(?:up|comes?|stop)\b"
    r"|\b(?:is|are|was|were|now|be)\s+(?:heading|moving|turning|going|shifting)\b",
    re.I,
)
_MOVES_TO = re.compile(
    r"\b(?:heads?|moves?|turns?|shifts?|goes)\s+(?:on\s+)?to\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*$"
)
_TRAILING = re.compile(r",\s*(?:which|where)\b[^,;:—–()]*$")
# A relative clause without commas ending the sentence, on the object of a preposition: "hope to
# showcase her husband at the rally that is poised to crown her this week" (the sentence is about
# the showcase; the rally is where it happens).
_PLACE_THAT = re.compile(
    r"\b(?:at|in|on|to|into|from|during|before|for|with)\s+(?:[\w’'.-]+\s+){1,4}?"
    r"(?P<clause>(?:that|which)\s+[^,;:—–()]*)$",
    re.I,
)
# A relative clause on the sentence's subject, its main verb after it: "most of the wards that will
# elect councillors on May 4 have new boundaries" (the sentence is about the states, in passing).
_SUBJECT_THAT = re.compile(
    r"^(?P<subject>(?:[\w’'.-]+\s+){1,5}?)(?P<clause>(?:that|which|who)\s+[^,;:—–()]*?)"
    r"\s+(?:have|has|had|is|are|was|were|remain|remains|do|does|did|lean|leans|tend|tends)\b(?!\s+to\b)",
    re.I,
)
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should)\b", re.I)

# A "that" after a verb of saying, or right after a noun of it, opens what was said: "told the crowd in
# Varna that the vote is Tuesday", "announced in a notice that the fair opens Monday".
_TELLING = re.compile(
    r"\b(?:said|says|say|told|tells|tell|announced|announces|added|adds|stated|reported|reports|indicated|confirmed"
    r"|declared|wrote|writes|explained|insisted|promised|pledged|vowed|agreed|warned)\b"
    r"|\b(?:statement|announcement|interview|letter|message|release|remarks|news|word|assurances?)\s+$",
    re.I,
)


def _aside_only(text: str, reading: Reading) -> bool:
    """The event is told only in a relative clause set off on both sides, or ending the sentence
    ("Visiting Varna, which holds its runoff on Friday, the mayor hailed …", "Lorrin --
    which picks its slate on Saturday --", "posters in Marsh, which votes May 3."), and the
    sentence's own statement announces nothing: the event only places something else, in passing."""
    spans = asides(text) + _side_clauses(text)
    inside = next(((a, b) for a, b in spans if a <= reading.start < b), None)
    trailing = _TRAILING.search(text)
    if inside is not None and (
        _on_event_noun(text, inside[0]) or _MOVES_TO.search(text, max(0, inside[0] - 40), inside[0])
    ):
        return False  # "the fair, which opens June 4, is expected to draw crowds": the fair's own day
    if inside is not None and _own_act(text, inside[0], reading) and not _MAIN_UNDOES.match(text, inside[1]):
        return False  # "the tolls bill, which the harbour board will debate on Thursday, …": the board's debate
    if inside is None and trailing is not None and trailing.start() <= reading.start:
        # "… running ads in Delaware, which votes May 3.": the same, at the sentence's end — unless
        # the sentence moves on to it ("the race heads to Ohio, which votes next week")
        if _TOWARD.search(text, 0, trailing.start()) or _on_event_noun(text, trailing.start()):
            return False
        inside = trailing.span()
    placed = _PLACE_THAT.search(text)
    if inside is None and placed is not None and reading.subordinate and placed.start("clause") <= reading.start:
        if _TOWARD.search(text, 0, placed.start()) or _TELLING.search(text, 0, placed.start("clause")):
            return False  # "told reporters in Ohio that the vote is Tuesday": what was said, not a place
        inside = placed.span("clause")  # the place stays in the sentence; its clause goes
    on_subject = _SUBJECT_THAT.match(text)
    if (
        inside is None
        and on_subject is not None
        and on_subject.start("clause") <= reading.start < on_subject.end("clause")
    ):
        subject = on_subject.group("subject")
        if not _FINITE.search(subject) and not _TELLING.search(subject):
            inside = on_subject.span("clause")  # the subject stays; its clause goes
    if inside is None:
        return False
    rest = text[: inside[0]] + " " + text[inside[1] :]
    return not read(rest).announces


# A relative clause with a subject of its own after its relative word: "which the harbour board will vote on",
# "that Vell is set to sign" (not "which votes on Friday", "which will open": the antecedent acts).
_OWN_SUBJECT = re.compile(
    r"\W*(?:which|that|whom)\s+(?:(?:the|a|an|its|their|his|her|our)\s+[\w’'-]+|(?-i:[A-Z])[\w’'.-]*)"
    r"(?:\s+[\w’'.-]+){0,4}?(?=\s+(?:will|shall|is|are)\b|['’]ll\b)",
    re.I,
)


_SINCE = re.compile(r"\b(?:has|have|had)\s+since\b|\bwithdr[ae]wn?\b", re.I)
# The sentence's own statement, after the relative clause, undoes the act ("the charges, which a judge will hear on
# Thursday, were dropped on Monday", "…, has been put on hold", "…, fell through"): no step then. (A past said of
# the matter otherwise leaves the act as it was: "…, was drafted by Quarle".)
_MAIN_UNDOES = re.compile(
    r"[\s,;:—–-]*(?:\w+ly\s+)?(?:(?:was|were|has|have|had|is|are)\s+(?:since\s+|now\s+)?(?:been\s+)?)?"
    r"(?:dropped|pulled|withdrawn|scrapped|shelved|collapsed|fell|lapsed|torn|voted\s+down|put\s+on\s+hold"
    r"|postponed|delayed|put\s+off|cancell?ed|called\s+off|abandoned|blocked|averted|became\s+moot|struck\s+down"
    r"|thrown\s+out|suspended|halted|frozen|killed|rejected|vetoed|overturned|derailed|scuttled|sank|sunk|ended"
    r"|moved|pushed\s+back|removed|quashed|dismissed|off)\b",
    re.I,
)


# Where or when an occasion named by its noun was to take place, between the noun and what is told of it: "Next
# Monday's vote in Lorrin is off", "the ballot on March 20 is off".
_ITS_PLACE = re.compile(
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,3})?"
    r"(?:\s+(?:on|for)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}\b|[A-Z][a-z]+day\b)(?:\s+(?:night|morning|evening))?)?"
)


def _undone_after(text: str, reading: Reading) -> bool:
    """The occasion of a nominal reading is the subject of a verb that undoes it, told right after its noun: "Next
    Monday's vote is off", "the March 9 ballot in Lorrin has been scrapped" (`_MAIN_UNDOES`). Not when a new day is
    set ("… was moved to Friday": the move gives it), nor a verb told in an aside ("the vote, postponed from May,
    will be on Friday") or a compound ("the rally is off-limits to reporters"), nor "off to" a place ("the ballot
    papers … are off to the printers")."""
    place = _ITS_PLACE.match(text, reading.start + len(reading.head))
    undone = _MAIN_UNDOES.match(text, place.end() if place else reading.start + len(reading.head))
    if undone is None or re.search(r"[,;:—–-]", undone.group(0)) or text.startswith("-", undone.end()):
        return False
    if undone.group(0).lower().endswith("off") and re.match(r"\s+to\b", text[undone.end() :], re.I):
        return False  # "Next Monday's vote is off to the printers": sent somewhere, not called off
    return MOVED_TO.search(text) is None


def _own_act(text: str, start: int, reading: Reading) -> bool:
    """The relative clause at `start` tells an act of a body of its own, the antecedent only its matter ("the tolls
    bill, which the harbour board will debate on Thursday, cuts fees"): not in passing, a full statement of what that
    body does and when, as the sentence "the harbour board will vote on the tolls bill next week" would be. Only an
    act one attends or waits on (a vote, a debate, a hearing, a signing), told to come."""
    if reading.kind not in ("future", "scheduled") or reading.past or reading.negated or reading.belief:
        return False
    own = _OWN_SUBJECT.match(text, start)
    if own is None or own.end() > reading.start or stem(reading.head) not in CALENDAR_ACTS | PROCEEDINGS:
        return False
    # Not a forecast ("which the guild will probably debate"), nor one told from an older time or undone since ("…,
    # Quarle said last month", "…, has since been withdrawn").
    return not (_FORECAST.search(text, start, reading.start + 40) or _OLDER_TIME.search(text) or _SINCE.search(text))


def _not_announced(text: str, found: Found) -> bool:
    """An event noun dated by `found` that the sentence does not announce: it only sets the time
    or the arena of something else ("days before Tuesday's primary", "hopes to do well in Thursday's
    vote"), or the sentence tells a past and the date, without a year, is one gone by
    ("during their debate on Thursday night, both said …", "the state visit in the summer"), or
    only imagines a path ("she would next have to carry the Varna wards")."""
    if pending(text, found.start):
        return False  # "was freed pending a hearing on May 4": the hearing is to come
    if in_passing(text, found.start) or hypothetical(text):
        return True
    return told_in_past(text) and not _YEAR_IN.search(text, found.start, found.end)


# ---------------------------------------------------------------------------------------------
# What a clause asserts, and what it only names. An event a sentence finds by its date (a present
# tense, an event noun) is announced only when it is the matter of the statement that governs it:
# not when it sits in a relative clause on a person or a place, not as the complement of an outcome
# or a prelude, and not under a verb that tells a past.

# An event as the complement of what only follows from it or leads up to it: "the results of the May 3
# primary", "hinges on the outcome of the ballot", "serve as a warm-up for the cattle auction", "warm
# the town up for the vote in June".
_ONLY_NAMED = re.compile(
    r"\b(?:(?:results?|outcomes?|aftermath|returns|turnout|preludes?|run-up|lead-up|build-up"
    r"|warm-up|wake|tied|bound|linked)\s+(?:of|from|to|for|in)|(?:winners?|losers?)\s+of|(?<!\bis\s)(?<!\bare\s)up\s+for)\s+(?:[^\s,;:—–()]+\s+){0,4}(?:re-)?$",
    re.I,
)
# An appositive set off by commas right before a verb: "Brell, a village whose reeve is chosen on May 3, is to".
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:the|a|an)\s+[^,;:—–()]*,\s+(?:\w+\s+){0,2}\w*$", re.I)


# A participle clause after the step carries its own time ("will close, leaving forty idle through next
# week"), except an arrival, which is the step's own end ("will sail to Brell, arriving on Friday").
_PARTICIPLE_AFTER = re.compile(
    r",\s+(?:\w+ly\s+)?(?!(?:arriving|landing|returning|docking|reaching)\b)(?-i:[a-z]\w+ing)\b"
)


def _asserted(text: str, at: int) -> bool:
    """The event at `at` (a verb or an event noun found by its date) is what its clause asserts."""
    if _ONLY_NAMED.search(text, max(0, at - 60), at):
        return False  # "hinges on the outcome of the June 20 ballot"
    relative = relative_of(text, at)
    if (
        relative is not None
        and relative.group("noun").lower() not in EVENT_NOUNS | TAKES_CLAUSE
        and not _TOWARD.search(text, 0, relative.start())
    ):
        return False  # "the river parishes, which poll on June 13": the parishes', not the news
    return not past_governs(text, at)


# ---------------------------------------------------------------------------------------------
# An occasion named by its day, the subject of what it will do: "Thursday's ballot will decide …".

# The occasions a day's possessive may name as held on that day ("Thursday's ballot", "the March 24 runoff"):
# the event nouns less those as often a survey, a telephone call, an air strike, a round of a fight, or a
# day's date itself ("Tuesday's poll showed", "Friday's call", "Monday's strike", "Sunday's anniversary").
# What a day merely has or brings ("Tuesday's results", "Friday's close", "Monday's attack") is no event noun.
# Nor an outcome or an utterance, which a day's possessive names as often when it is over and what follows it is
# told ("Friday's ruling will open the way", "scrutiny now turns to Wednesday's decision"): only what is held.
_DAY_OCCASIONS = EVENT_NOUNS - frozenset(
    "poll polls call strike strikes round anniversary ruling decision verdict verdicts announcement speech address"
    " testimony deposition signing launch launching handover deadline deadlines ultimatum audit recount inquest"
    " opening reopening".split()
) | frozenset({"showdown", "showdowns"})  # (no event noun elsewhere: "a showdown over the levy" is a quarrel)
# Words that end the occasion's noun phrase: the noun is the last word before one ("Thursday's guild ballot in
# Aske", "Friday's vote on the tolls"; not "Friday's vote count": the count, not the vote, is named).
_PHRASE_ENDS = frozenset(
    "in on at for of to from with by about over against between among across into and or but nor that which who"
    " whom whose where when whether will would is are was were be been has have had can could may might must shall"
    " should said says as than after before since until during amid despite ahead off near outside inside along"
    " through behind beyond under within without via like around toward towards upon onto beside opposite".split()
)
# A calendar date as an adjective: "the March 24 runoff", "the Sept. 9 primary".
_MONTH_DAY = re.compile(r"(?:^|\s)[A-Z][a-z]{2,8}\.?\s+\d{1,2}$")
# What an occasion does on its day, told of it to come: "will decide whether the strike goes ahead", "is due to
# start at noon", "will be held in the sail loft"; not what will follow it ("will be appealed", "will stand").
# Begin, start, open and close tell the occasion's own hours only without an object ("will open at noon", "will
# close at 8 p.m."); with one they tell what follows it ("will start a 60-day clock", "will open the door to talks").
_OCCASION_WILL = re.compile(
    r"(?:\s+[\w’'-]+){0,6}?\s+(?:will|is\s+(?:set|due|scheduled|expected)\s+to|are\s+(?:set|due|scheduled|expected)"
    r"\s+to)\s+(?:decide|determine|settle|choose|pick|elect|select|fill|take\s+place|go\s+ahead|be\s+held|kick\s+off"
    r"|get\s+under\s*way|(?:begin|start|open|close)(?=\s*(?:[,.;]|$|(?:at|on|in|with|from|outside|inside|early|late"
    r"|shortly|promptly|after|before|around|near|along|off|by|as|under)\b)))\b",
    re.I,
)
# The statement's goal, a present that moves on to the occasion: "Next comes Tuesday's regatta", "the tolls quarrel
# now moves to Saturday's hearing", "attention now turns to Thursday's ballot" (not "turned to": told past). Moves,
# turns and shifts only with "now", which ties the present to the paper's day: without it the present is as often a
# film's or a book's telling ("the documentary then moves to Saturday's rally").
_TURNS_TO = re.compile(
    r"(?:\b(?:next|then)\s+(?:comes|up\s+is|is)|\bnow\s+(?:turns|moves|shifts)\s+(?:on\s+)?to)\s+(?:the\s+)?$",
    re.I,
)
# A standing carried to the occasion: "the Brell crew now moves to Saturday's regatta with a two-length edge".
_STANDING_INTO = re.compile(r"\b(?:lead|leads|edge|advantage|momentum|deficit|ahead|behind|trailing)\b", re.I)
# A clause of time or reason the goal sits in tells something else in passing ("the guild's hopes fade as the
# quarrel now moves to Friday's hearing"); a clause told of ("recalls how attention now turns to …") is another's
# telling, not the paper's.
_SUBORDINATE = re.compile(
    r"\b(?:as|when|while|until|before|after|once|if|since|because|how|that|where|whether)\s+[^,;:—–]*$", re.I
)
# What sets a sentence in an older time than its article's, or undoes an occasion: a past perfect, a past year,
# a move, a cancelling ("Friday's vote, since postponed, will decide …") or a rerun ("Friday's ballot will be held
# again in April": the day named is the first one's).
_OLDER_TIME = re.compile(
    r"\b(?:had|would\s+have|last\s+(?:year|week|weekend|month|spring|summer|autumn|fall|winter|\w+day)|ago"
    r"|earlier\s+this\s+(?:week|month|year)|in\s+the\s+past|cancel\w*|called\s+off|scrap\w*|postpon\w*"
    r"|delay\w*|put\s+off|again|re-?run\w*|(?:19|20)\d\d)\b|['’]d\b",
    re.I,
)
# A sentence told as denied, wished, believed, conditional or possible ("Thursday's ballot will not decide it",
# "could", "…, analysts believe").
_NOT_TOLD = re.compile(
    r"\b(?i:not|never|no|nothing|if|unless|hopes?|hoped|hoping|wants?|wanted|wish\w*|might|could|would|should|believes?"
    r"|believed|thinks?|thought|predict\w*|forecast\w*|likely|probably|fears?|feared|doubt\w*)\b|n['’]t\b"
    r"|\bmay\b",  # (the modal, not the month: "the May 3 primary will decide …")
)


def _day_occasion(text: str, ref: date, days: list[Found] | None = None) -> Announcement | None:
    """An occasion named by its day as a possessive ("Thursday's guild ballot", "next week's summit",
    "tomorrow's hearing") or by a calendar date as an adjective ("the March 24 runoff"), the subject of its
    sentence's own statement, told doing to come what it is held for ("Thursday's ballot will decide whether
    the strike goes ahead", "Saturday's regatta is due to start at noon"), or the goal a present of the
    statement moves on to ("Next comes Tuesday's regatta", "the tolls quarrel now moves to Saturday's hearing").
    The statement is about the occasion, told as to come, so the day (a bare weekday: the coming one, but never the
    paper's yesterday) is its day. Not what will follow an occasion ("Friday's ruling will be appealed", "will start
    a 60-day clock"), an outcome or an utterance ("Wednesday's decision"), a denial, a wish or a maybe, a day told
    past ("last Thursday's debate"), a statement told last week, a quotation, a sentence of a past year, an
    occasion called off or moved. One
    that only dates another act ("traded barbs ahead of Thursday's ballot") is in passing: the sentence tells
    that act, not the occasion."""
    if is_boilerplate(text) or len(text.split()) > 60 or "?" in text or _headlines(text):
        return None
    if (
        _OLDER_TIME.search(text)
        or _NOT_TOLD.search(text)
        or called_off(text)
        or habitual(text)
        or quoted_alone(text)
        or first_person_talk(text)
    ):
        return None
    opening = main_clause(text).start
    for f in find_dates(text, ref) if days is None else days:  # (`days`: as `_announced`'s)
        told = text[f.start : f.end]
        subject = 0 <= f.start - opening <= 4 or _OWNER.fullmatch(text, opening, f.start) is not None
        turn = _TURNS_TO.search(text, 0, f.start) is not None and not _SUBORDINATE.search(text, 0, f.start)
        if _PAST_WORDS.search(told) or _in_quotes(text, f.start):
            continue  # not "last Thursday's debate", nor a speaker's day
        if DONE_AT.search(text, 0, f.start):
            continue  # what happened at it is told ("the crush at Saturday's match"): it is over
        possessive = told.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), f.end)
        after = f.end + (0 if told.endswith(("'s", "’s")) or not possessive else 2)
        owned = _OWNER.search(text, max(0, f.start - 40), f.start)  # "Aske's May 19 primary"
        adjective = told.lower().startswith("the ") or (owned is not None and owned.end() == f.start)
        if not possessive and not (adjective and _MONTH_DAY.search(told)):
            continue
        words = [(m.group(0), m.start()) for m in re.finditer(r"[\w’'-]+|[^\w\s]", text[after:])][:5]
        ends = [i for i, (w, _) in enumerate(words) if not w[0].isalnum() or w.lower() in _PHRASE_ENDS]
        last = (ends[0] if ends else len(words)) - 1
        if not 0 <= last < 4 or words[last][0].lower() not in _DAY_OCCASIONS:
            continue
        noun_end = after + words[last][1] + len(words[last][0])
        # named in passing: neither the statement's goal nor its subject told doing to come what it is held for
        passing = not turn and not (
            subject
            and (
                _OCCASION_WILL.match(text, noun_end)
                or _told_now(text, noun_end, _BARE_WEEKDAY.fullmatch(told) is not None)
            )
        )
        if passing and not _named_in_passing(text, f, told, noun_end):
            continue
        lead = _led_up_to(text, f) if passing else None  # "as the guild prepares for Tuesday's ballot"
        if turn and (_done_after(text[noun_end:]) or _STANDING_INTO.search(text, noun_end)):
            continue  # "the race moves to Tuesday's primary, which Quarle won": told from after it; "with a lead"
        when = _when(text, f, ref)
        if when is None or (when.period is not None and granularity(when.period) in ("year", "season", "quarter")):
            continue  # "this year's election will decide …": a period that names no occasion's day
        expression = re.sub(r"['’]s$", "", when.expression)
        if _BARE_WEEKDAY.fullmatch(told):
            ahead = (_WEEKDAYS.index(told[:3].lower()) - ref.weekday()) % 7
            if ahead == 6:
                continue  # the paper's yesterday ("Sunday's election" in a Monday paper); a week on is "next Sunday's"
            if lead is not None and ahead > _LED_PAST_DAYS and _told_before(text, lead.start()):
                continue  # "tempers frayed as the guild prepared for Tuesday's ballot", a Thursday paper: last week's
            when = When(ref + timedelta(days=ahead), None, expression)
        else:
            when = replace(when, expression=expression)
        if _last_day(when) < ref:
            continue  # over by the article's day
        if passing and (_last_day(when) - ref).days > _HALF_A_YEAR and not _YEAR_DIGITS.search(told):
            continue  # (see _named_in_passing)
        led = lead is not None
        noun = words[last][0].lower()
        return Reading(
            "nominal", noun, after + words[last][1], firm=True, after_date=True, reason=_LED if led else ""
        ), when
    return None


# "The next" occasion with its own day right after it, set off by nothing but a place or a comma ("the scene of the
# next guild ballot, on March 14", "cannot hold out until the next harbour elections in May", "the next contest in
# Brell on Feb. 20"): the words name the occasion as the coming one and give its day, wherever the sentence names
# it. Up to three words of its own before the noun ("the next ferry guild ballot"), none ending the phrase.
_NEXT_OCCASION = re.compile(
    r"\b(?:the|its|their|his|her|our|[A-Z][\w.-]*['’]s)\s+next\s+(?P<own>(?:[\w-]+\s+){0,3}?)(?P<noun>[a-z]+)\b"
    r"(?:,?\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*,?\s+){0,2}[A-Z][\w.’'-]*)?,?\s+(?:on\s+|in\s+)?$",
)
# What sets "the next" occasion aside before it: "not the next ballot on Feb. 20", "no next ballot".
_NOT_THE_NEXT = re.compile(r"\b(?:not|no|never|nor)\s+(?:\w+\s+)?$|n['’]t\s+$", re.I)
# Where "the next" occasion stands when the sentence tells it as coming: the sentence's or an aside's own opening
# ("The next ballot, on Feb. 20, …", "its mill towns, the next contest, on …"), a place or a time of what is
# told ("running in", "at", "for", "ahead of", "until", "the scene of"), or what its host holds ("hosts the next
# debate"). Not the object of any other verb: an act on the occasion is a wish, a threat or a forecast as often as
# a fact ("to halt the next auction", "to sweep the next primary", "to host the next summit", "sit out").
_NEXT_PLACE = re.compile(
    r"(?:^\s*|[,;:(—–]\s*|\b(?:in|at|for|on|to|into|until|till|before|ahead\s+of|about|during|toward|towards"
    r"|(?:scene|site|venue|setting|host|eve)\s+of|hosts|holds|stages|convenes"
    r"|(?:(?:will|shall)\s+|['’]ll\s+)(?:host|hold|stage|convene)|(?:is|are)\s+(?:hosting|holding|staging))\s+)$",
    re.I,
)
# What only comes from the occasion, talks of it or leads up to it, right before it: "footage from the next rally",
# "fresh from victory at the next primary", "talk about the next summit", "the draw for the next tournament".
_NEXT_ONLY_FROM = re.compile(
    r"\b(?:victory|victories|win|wins|defeat|loss|footage|video|photos?|pictures?|images?|highlights|memories"
    r"|lessons|reports?|talk|speculation|rumou?rs?|word|news|questions?|doubts?|marks|fears?|worries|hopes)"
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:of|over|about|from|at|in|on|surrounding|around)\s+$"
    # what leads up to it, with a time of its own: "the draw for the next tournament, in June, is on Saturday"
    r"|\b(?:draws?|tickets|registration|nominations|applications|entries|shortlist|plans|preparations|rules"
    r"|agenda|slate|manifesto|deadline)\s+for\s+$",
    re.I,
)
# Words that tell "the next" occasion, or someone's part in it, as doubted, rumoured, denied, sought, threatened
# or forecast rather than as coming (beyond _NOT_TOLD): "unsure whether", "talk of", "reports … are false",
# "floated as host", "is threatening to halt", "aims to carry", "is tipped to sweep", "on course to clinch",
# "see her finishing first", "in case she faces".
_NEXT_DOUBTED = re.compile(
    r"\b(?:whether|unsure|uncertain|unclear|undecided|in\s+doubt|question\s+marks?|speculat\w*|rumou?r\w*"
    r"|talk\s+of|reports?\s+(?:of|that)|reportedly|allegedly|supposedly|false|untrue|premature|floated|mooted"
    r"|touted|threat\w*|demand\w*|urg(?:e|es|ed|ing)|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|mull\w*|ponder\w*"
    r"|eager|keen|seek\w*"
    r"|sought|bid|bids|bidding|aim|aims|aimed|aiming|lobby\w*|lobbied|insist\w*|claim\w*|den(?:y|ies|ied|ying)"
    r"|in\s+case|lest|expect\w*|tipped|projected|on\s+course|poised|favou?red|favou?rites?|odds"
    r"|sweep\w*|swept|clinch\w*|romp\w*|winning|losing|finishing|triumph\w*|prevail\w*)\b"
    r"|(?:\b(?:to|will|shall|would)|['’]ll)\s+(?:top|carry|gain|beat|defeat|unseat|oust|topple|capture|retain)\b",
    re.I,
)


def _next_occasion(text: str, ref: date, days: list[Found]) -> Announcement | None:
    """An occasion named as "the next" one with its day right after it ("Lorrin is the scene of the next guild ballot,
    on March 14", "Tam Orr is running in the next harbour election, in May"): the words say it is the coming
    occasion and when, so the sentence gives its day even when it tells something else. Like "upcoming" before a
    day's occasion (`_named_in_passing`), "next" calls it to come. Left out, as for a day's occasion: a sentence told
    as denied, wished or possible (`_NOT_TOLD`: "not", "if", "hopes", "could", "would"), an outcome foretold ("will
    win the next ballot"), an occasion called off, moved or of an older time, a habit, a quotation. Also a past
    telling of a day without its year ("the next ballot, on Feb. 20, went to Orr" in a later year's paper), a
    relative clause on a place or a person (`_asserted`: "Kesh, which holds the next ballot on Feb. 27"), what only
    follows it ("the results of the next ballot"), a denial of it ("no next ballot on Feb. 20"), a day over by the
    article's, a year or a season (no occasion's day), and a day without its year more than half a year on. And the
    occasion only where a sentence telling it as coming names it (`_NEXT_PLACE`: its opening, "in", "at", "for",
    "hosts"; not "to halt the next auction"), not what only comes from it or talks of it (`_NEXT_ONLY_FROM`: "footage
    from", "talk of"), nor a sentence that doubts, seeks or forecasts it (`_NEXT_DOUBTED`: "whether", "floated",
    "is bidding to stage", "is tipped to sweep")."""
    if is_boilerplate(text) or len(text.split()) > 60 or "?" in text or _headlines(text):
        return None
    if _OLDER_TIME.search(text) or called_off(text) or habitual(text) or quoted_alone(text):
        return None
    if _NOT_TOLD.search(text) or _OUTCOME_FORETOLD.search(text) or _NEXT_DOUBTED.search(text):
        return None  # "hopes to win the next ballot, on Feb. 20", "could lose …", "is tipped to sweep …", "whether …"
    for f in days:
        told = text[f.start : f.end]
        if _PAST_WORDS.search(told) or _in_quotes(text, f.start):
            continue
        # (the date's words may hold the preposition: "on March 14"; the pattern reads up to it)
        bare = re.sub(r"^(?:on|in)\s+", "", told, flags=re.I)
        start = f.start + (len(told) - len(bare))
        named = _NEXT_OCCASION.search(text, max(0, start - 90), start)
        if named is None or named.group("noun").lower() not in _DAY_OCCASIONS:
            continue
        if any(w.lower() in _PHRASE_ENDS for w in named.group("own").split()):
            continue  # "the next time the guild votes on Friday": no occasion named
        if _NOT_THE_NEXT.search(text, 0, named.start()):
            continue  # "not the next ballot on Feb. 20": set aside
        if not _NEXT_PLACE.search(text, 0, named.start()) or _NEXT_ONLY_FROM.search(text, 0, named.start()):
            continue  # "to halt the next auction", "talk of the next summit", "footage from", "victory at the next"
        if not _asserted(text, named.start("noun")):
            continue  # "the results of the next ballot, on Feb. 20"; "Kesh, which holds the next ballot on Feb. 27"
        when = _when(text, f, ref)
        if when is None or (when.period is not None and granularity(when.period) in ("year", "season", "quarter")):
            continue
        if _last_day(when) < ref:
            continue
        undated_year = not _YEAR_DIGITS.search(told)
        if undated_year and ((_last_day(when) - ref).days > _HALF_A_YEAR or told_in_past(text)):
            continue  # "the next ballot, on Feb. 20, went to Orr": a past year's, told after it
        noun = named.group("noun").lower()
        return Reading("nominal", noun, named.start("noun"), firm=True), replace(when, expression=bare)
    return None


# A place or a body owning the occasion before its calendar date, opening the statement: "Aske's May 19 primary",
# "the Brell Guild's March 3 ballot".
_OWNER = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+")
# A present or a perfect told of the occasion that opens the statement (`_told_now`): "Saturday's derby has already
# sold out", "Aske's May 19 primary gives Vell a chance", "next week's summit is the first since …".
# The first verb of the statement after its subject (`_told_now`): an auxiliary or modal, a regular past, or a
# present of what an occasion is, gives or brings ("has sold out", "gives Vell a chance", "looms over the talks").
_FIRST_TOLD = re.compile(
    r"\b(?:(?P<now>is|are|has|have|gives?|provides?|offers?|marks?|remains?|looms?|promises?|comes?|poses?)"
    r"|am|was|were|will|would|shall|can|could|may|might|must|should|had|does|do|did|\w+ed)\b|['’](?:ll|d)\b",
    re.I,
)


# The perfects that tell of an occasion still ahead: "has (already) sold out", "has been set", "has drawn 40 entries".
_AHEAD_PERFECT = re.compile(r"\s+(?:been\s+)?(?:sold\s+out|set|scheduled|booked|confirmed|drawn|attracted)\b", re.I)


def _told_now(text: str, noun_end: int, bare: bool) -> bool:
    """An occasion named by its day that opens the sentence's statement, told in the present or the perfect, not the
    past, with nothing done after it: "Next Saturday's derby has already sold out", "Aske's May 19 primary and the
    contests that follow give Vell a chance to recover". The statement is about the occasion, its day still ahead
    (the caller reads that day and drops a denial, a wish or a maybe). Not "Saturday's derby drew 40,000" (a past),
    "Saturday's derby, which Brell won, …", nor a view of it ("Saturday's derby is likely to be close": a forecast);
    a future is `_OCCASION_WILL`'s ("Friday's ballot will open the door to …" tells what follows it). `bare`: the day
    is a bare weekday, whose present tells as often of the one just gone: not read ("next Saturday's" is read)."""
    statement = main_clause(text)
    rest = text[noun_end : statement.end if statement.end > noun_end else len(text)]
    first = _FIRST_TOLD.search(rest)
    if first is None or first.group("now") is None or _PREDICTED.search(rest):
        return False
    told = re.sub(r"\s+already\b", "", rest[first.start() :])
    if _MAIN_UNDOES.match(told):
        return False  # "Next Monday's derby is off", "… has already been moved to April": no longer on that day
    if first.group("now").lower() in ("has", "have") and not _AHEAD_PERFECT.match(told, first.end() - first.start()):
        return False  # "Dunmere's May 2 runoff has left the party split": a perfect tells what it left behind
    before = rest[: first.start()]  # (the subject's own words: "and the contests that follow")
    if bare:
        return False  # "Saturday's derby has left the league open", "Monday's debate is the talk of the town" in a
        # Wednesday paper: a bare weekday's present tells as often of the one just gone
    return len(before.split()) <= 12 and not _done_after(before)


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# What comes of an occasion, or after it, named before it: "the loss in Tuesday's primary", "the turnout in Friday's
# ballot", "after Thursday's debate", "since Monday's vote": told from after the occasion, or of what follows it.
# (the words that tell a time after it or a span up to it; the date's own words may begin with one)
_AFTER_OR_UNTIL = r"after|following|since|from|until|till|through|by"
_FROM_AFTER = re.compile(
    r"\b(?:" + _AFTER_OR_UNTIL + r"|post|loss|losses|lost|win|wins|won|victory|victories|defeat|defeats|upset"
    r"|result|results|returns|turnout|showing|performance|finish|outcome|aftermath|wake|tally|count|winner|winners"
    r"|loser|losers)\s+(?:(?:in|of|at|from)\s+)?(?:the\s+)?$",
    re.I,
)


def _named_in_passing(text: str, found: Found, told: str, noun_end: int) -> bool:
    """An occasion named by its day in passing, in a sentence telling something else, that the sentence still
    gives as to come: its own words call it so ("wary of Thursday's upcoming tithe hearing", "the forthcoming May 2
    ballot"), or an act told to come takes place at it ("the bands will play during Thursday's lantern parade", "will
    march at Saturday's fair": the act's day is the occasion's). The sentence's filters (denied, wished, a maybe,
    called off, a habit, a quotation) are read before. Not an occasion named only to date a past or a present ("the
    unions traded barbs ahead of Thursday's ballot", "is trailing ahead of Tuesday's vote", "will fare well in
    Friday's ballot": a forecast), nor one named from after it ("after Thursday's debate", "her win in Tuesday's
    primary") or as the end of a span ("the old tickets stay good until the March 9 fair"). (Nor, read by the
    caller, a month and day of no year more than half a year on, as likely the one gone: "the ropes sold at the March
    9 fair" in a paper of March 14.)"""
    if _FROM_AFTER.search(text, max(0, found.start - 40), found.start) or _AFTER_WORD.match(told):
        return False  # (the date's words may hold the preposition: "Following Friday's hearing")
    if _OUTCOME_FORETOLD.search(text) or _DENIES.search(text, 0, found.start):
        return False  # (a forecast: "will fare well at Saturday's upcoming regatta"; a denial: "denied that it will …")
    if _STATE_TOLD.search(text):
        return False  # a rank or a state told at it: "will be top seed at Saturday's upcoming regatta"
    if _SHUNNED.search(text, 0, found.start):
        return False  # refused, shunned or in doubt: "turned down an offer to speak at Thursday's upcoming dinner"
    lead = _led_up_to(text, found)
    if lead is not None:
        # whatever else the sentence tells; not "tempers rose as the guild prepares for Tuesday's ballot, which it
        # lost" (nor, fronted, "Preparing for Tuesday's ballot, …": what follows is the statement itself)
        return not text[: lead.start()].strip() or not _done_after(text[noun_end:])
    if past_clause(text, found.start, found.end):
        return False
    if _UPCOMING.search(text, max(0, found.start - 20), noun_end):
        return True
    clause = clause_at(text, found.start, found.end)
    placed = _PLACED_AT.search(text, clause.start, found.start)
    # A participle between the act and the occasion tells what happened there, the occasion gone: "will charge the
    # men arrested at Saturday's rally", "will return the banners seized during Sunday's march".
    return placed is not None and not _DONE_THERE.search(placed.group())


# What refuses, shuns or doubts the act or the occasion named after it: "rejected calls to testify at Thursday's
# upcoming hearing", "nobody will attend", "refused to say whether she will speak at". In passing, the sentence
# gives no step then.
_SHUNNED = re.compile(
    r"\b(?:refus\w*|reject\w*|declin\w*|turn(?:s|ed|ing)?\s+down|rul(?:e|es|ed|ing)\s+out|boycott\w*"
    r"|skip(?:s|ped|ping)?|snub\w*|shun\w*|pull(?:s|ed|ing)?\s+out|withdr\w+|nobody|no\s+one|none"
    r"|unlikely|threat\w*|whether|doubt\w*)\b",
    re.I,
)
_AFTER_WORD = re.compile(r"(?:" + _AFTER_OR_UNTIL + r")\b", re.I)
# A present verb of readying right before an occasion named by its day: "as the council prepares for Thursday's
# hearing", "the guild is bracing for Friday's ballot", "awaits Monday's hearing". Whatever else the sentence tells,
# what one readies for now is still to come: the occasion, its day given, is a next step (the possessive form of
# _READYING; "prepared for", "was preparing for" are read by _READYING_NOT_NOW or do not match). A preposition of
# the time before ("ahead of Tuesday's ballot", "before the March 15 vote", "in the run-up to") is not enough: it
# as often only dates what the sentence tells ("the reeve trades jabs with her rival ahead of Tuesday's ballot"),
# which the team's labels (benchmarks/data/next_steps/README.md) leave out as in passing; on the open sets every
# item it gave was such a one.
_LEADS_UP = re.compile(
    r"\b(?P<verb>(?:" + _READYING_VERBS + r")\s+(?:for|to)|" + _AWAITING + r")\s+(?:the\s+)?$",
    re.I,
)
# The reason a reading gives for an occasion named as readied for or set (see _LEADS_UP, _READYING).
_LED = "led up to"
# The days a bare weekday's occasion may lie ahead of a sentence told in the past ("tempers frayed as the guild
# prepares for Tuesday's ballot"): further on, the sentence is as likely told after the occasion, in a later week's
# paper.
_LED_PAST_DAYS = 3


# What the sentence tells of the time before the occasion may be no act but a forecast or a standing: "is expected to
# surge as the party prepares for Tuesday's primary", "still trails as the guild awaits …", "will remain the
# favourite as the club gears up for …". The occasion is then only the horizon of a view, and the sentence no next
# step.
_VIEW_OR_STATE = re.compile(r"\b(?:remain|remains|stay|stays|still)\b", re.I)


def _led_up_to(text: str, found: Found) -> re.Match[str] | None:
    """The words right before the date at `found` that tell a time before the occasion it names (see _LEADS_UP),
    when what the sentence tells of that time is no forecast or standing (see _VIEW_OR_STATE)."""
    lead = _LEADS_UP.search(text, max(0, found.start - 40), found.start)
    if lead is None or _READYING_NOT_NOW.search(text, max(0, lead.start() - 30), lead.start()):
        return None  # "was preparing for Tuesday's primary": a time told past
    return None if _viewed_or_standing(text) else lead


def _led_stands(text: str, reading: Reading, coming: Found) -> bool:
    """An occasion its adjective calls set, its day after it ("is printing leaflets for a planned rally on Thursday in
    Aske": `reading` its nominal reading, `coming` its day read as the coming one), is a step: no forecast or
    standing, no distance from it, nothing told done after its day, and a bare weekday only in a sentence not told
    in the past."""
    if _viewed_or_standing(text) or _OFFSET.search(text, max(0, reading.start - 40), reading.start):
        return False
    if _done_after(text[coming.end :]):
        return False  # "a planned rally on Saturday drew 500", "…, which Orr won"
    if not _WEEKDAY.fullmatch(text[coming.start : coming.end].strip()) or len(coming.value) != 10:
        return True  # a date that says which ("on March 9"), whatever the tense it is told in
    # A bare weekday after the noun may as well be the day of the telling verb: in a Tuesday paper "the court delayed
    # the scheduled hearing on Friday" most likely tells last Friday's delay. Told in the past, it is left out.
    planned = [m.start() for m in _READYING.finditer(text, 0, reading.start) if m.group("planned")]
    return not _told_before(text, planned[-1] if planned else reading.start)


def _told_before(text: str, lead: int) -> bool:
    """What the sentence tells before the lead phrase at `lead` (or after it, when the phrase is fronted: "Preparing
    for Tuesday's primary, Vell toured …") is told in the past: a past form or a regular past ("toured", "met")."""
    closing = _ASIDE_CLOSE.search(text, lead)
    told = text[:lead] if text[:lead].strip() else text[closing.end() if closing else len(text) :]
    return tense(told) == "past" or _done_after(told)


def _viewed_or_standing(text: str) -> bool:
    return bool(tells_standing(text) or _PREDICTED.search(text) or _VIEW_OR_STATE.search(text))


_HALF_A_YEAR = 183
# Words that call an occasion still to come: "Monday's upcoming hearing", "the forthcoming May 2 ballot".
_UPCOMING = re.compile(r"\b(?:upcoming|forthcoming|up-coming)\b", re.I)
_OUTCOMES = r"win|lose|do|fare|finish|perform|struggle|prevail|place|triumph|falter"
_OUTCOME_FORETOLD = re.compile(r"\b(?:will|shall|['’]ll|to)\s+(?:" + _OUTCOMES + r")\b", re.I)
# An act told to come that takes place at an occasion: "will air during", "is set to march at" (not an outcome
# foretold there: "will do well at", "will win at").
_STATE_TOLD = re.compile(r"(?:\b(?:will|shall)|['’]ll)\s+be\s+(?![\w’'-]+(?:ed|en|wn)\b)", re.I)
# A past participle after the act's verb and its object, not a passive's ("will be shown at" is the act)
_DONE_THERE = re.compile(
    r"\s[\w’'-]+\s+(?:[\w’'-]+\s+)*?(?<!\bbe\s)(?<!\bbeen\s)"
    r"(?:[a-z]+(?:ed|wn)|held|caught|shot|hurt|made|taken|seen|worn|thrown|found|left|lost|sold|bought|won|hit"
    r"|beaten|stolen|broken|given|spoken|written|struck|told|heard|sung|built|sent|spent|kept)\s+(?:at|during)\b",
    re.I,
)
_PLACED_AT = re.compile(
    r"(?:\b(?:will|shall|(?:is|are)\s+(?:set\s+|due\s+|scheduled\s+)?to)\s+|['’]ll\s+)"
    # (not a state or a rank told at it: "will be top seed at Saturday's regatta"; a passive is an act: "will be shown")
    r"(?!(?:not|never|likely|probably|be\s+(?![\w’'-]+(?:ed|en|wn)\b)|" + _OUTCOMES + r")\b)"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,8}?\s+(?:at|during)\s+(?:the\s+)?$",
    re.I,
)


def _on(found: Announcement | None, brief_date: date, fresh: bool) -> Announcement | None:
    """An announcement that is a next step on `brief_date`. `fresh`: its article is among the
    latest news. An undated announcement is only as recent as its article: from an older one it
    may have happened since, and nothing says it has not."""
    if found is None:
        return None
    when = found[1]
    if when is None:
        return found if fresh else None
    if (when.day or period_start(when.period or "")) > _horizon(brief_date):
        return None  # "the last payment on the loan falls due in 2041": a term of a contract, not an occasion
    return None if _last_day(when) < brief_date else found  # over before the brief's day


_YEAR_DIGITS = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A month named in a date's words.
_MONTH_NAMED = re.compile(r"\b" + MONTH_OPENING + r"[a-z]*\b", re.I)


# A past plan with the day it was made told between its verb and its "to": "agreed on Sunday to meet the board on
# Friday", "decided Tuesday to hold a hearing on Friday".
# The past verbs of a commitment to an act to come ("agreed to meet", "vowed to stage a walkout").
_COMMITTING = "|".join((*SETTLED_VERBS, "promised", "pledged", "vowed"))
_MADE_ON = re.compile(
    r"\b(?:" + _COMMITTING + r"|planned)\s+(?:on\s+)?"
    r"(?P<day>" + WEEKDAY_NAME + r")\s+to\s",
    re.I,
)


def _plan_made(text: str, found: list[Found], chosen: Found) -> date | None:
    """The day a past plan was made, when the sentence tells it before the plan's own weekday: that weekday
    counts from it, not from the article's day."""
    for m in _MADE_ON.finditer(text, 0, chosen.start):
        day = next((f for f in found if f.start == m.start("day") and len(f.value) == 10), None)
        if day is not None:
            return date.fromisoformat(day.value)
    return None


# A past commitment to an act: "agreed to meet the board on Friday", "decided to hold a hearing on Friday".
_COMMITTED = re.compile(r"(?:" + _COMMITTING + r")\s+(?:\w+ly\s+)?to\s+(?P<verb>\w+)", re.I)


def _reach_back(text: str, reading: Reading, chosen: Found | None) -> int:
    """How many days ahead a past plan's weekday may be and still be the coming one (further, it is the one
    gone). A plan someone had ("was set to", "planned to") may have been overtaken: three. A commitment told
    as the news is news while its act is ahead (an act done is told done: "met on Friday"); its weekday reaches
    back only to the two days a paper tells ("agreed to end the walkout on Friday", in Saturday's or Sunday's
    paper, may give the day of the agreeing): four, for an occasion agreed on."""
    committed = _COMMITTED.match(text, reading.start)
    if committed is None or not settles_occasion(text[committed.start("verb") :].split()[:4]):
        return 3  # (see SETTLED_OCCASIONS: "decided to free the skipper on Friday" may tell the day of deciding)
    if _HAD.search(text, max(0, reading.start - 20), reading.start):
        return 3  # "had agreed to meet on Friday": a plan before a past moment, maybe undone since
    if chosen is not None and (tense(text[chosen.end :]) == "past" or _done_after(text[chosen.end :])):
        return 3  # "decided to hold its ballot on Friday, and the result was a narrow yes": told as held
    return 4


# Past verbs of the telling itself, which say nothing of the event's fate ("…, officials said").
_TOLD_BY = frozenset("said told added stated announced reported confirmed explained wrote noted insisted".split())


def _done_after(rest: str) -> bool:
    """A past verb after the plan's day other than its telling: "agreed to meet on Friday but the talks collapsed
    within an hour", "…, but Vell later pulled out": what followed is told, so the day may be gone."""
    words = [w.lower() for w in re.findall(r"[A-Za-z’']+", rest)]
    return any(
        w not in _TOLD_BY and (w in PAST_FORMS or (len(w) > 4 and w.endswith("ed") and w != "planned")) for w in words
    )


_HAD = re.compile(r"\b(?:had|'d|’d)\s+(?:\w+ly\s+)?$", re.I)


def _past_year(found: Found, ref: date) -> bool:
    """`found` names a whole year before the article's ("last year", "in 2024")."""
    return len(found.value) == 4 and found.value.isdigit() and int(found.value) < ref.year


def _gone_since_said(text: str, found: list[Found], chosen: Found, day: date, ref: date) -> bool:
    """A weekday said on an earlier day counts from that day: "the guild said on Friday that it would
    strike on Monday", in Tuesday's paper, most likely means the Monday just gone, not next week's.
    True when a day of saying before the article's (a past date before the event's, a verb of saying
    between them or just before it) puts the event's weekday before the article's day."""
    if not _WEEKDAY.fullmatch(text[chosen.start : chosen.end].strip()):
        return False
    for f in found:
        if f.start >= chosen.start or len(f.value) != 10 or "/" in f.value or f.value >= ref.isoformat():
            continue
        if not SAY_WORDS & set(re.findall(r"[a-z]+", text[max(0, f.start - 30) : chosen.start].lower())):
            continue
        said = date.fromisoformat(f.value)
        counted = said + timedelta(days=(day.weekday() - said.weekday() - 1) % 7 + 1)
        if counted < ref:
            return True
    return False


# The saying a sentence's time of telling follows ("…, Vell said last March", "said in 2019"), or the time fronted
# before its clause ("In 2019, Vell said …").
_SAID_THEN = re.compile(
    r"\b(?:said|says|told|announced|wrote|added|stated|declared|promised|pledged|vowed)\s+(?:back\s+)?$"
    # or a paper it is read from, dated: "according to a notice from 2019"
    r"|\baccording\s+to\s+(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){1,2}(?:(?:of|dated)\s+)?$",
    re.I,
)


# How long before its article a statement was made for the days it tells to be its own, not the reporter's.
_LONG_AGO_DAYS = 180


# A clause's edge, and a relative word opening a clause that tells of a thing, not the sentence's frame.
_FRAME_EDGE = re.compile(r"[,;:—–()\"“”]")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|that)\b", re.I)


def _frames(text: str, saying: int, chosen: Found | None) -> bool:
    """The saying at `saying` frames the sentence: it comes before the day told ("Vell said last March that the
    guild would vote on Thursday") or after it past a clause's edge ("…on Thursday, Vell said last March"), and
    opens no relative clause. A saying that tells of a thing named after the day is that thing's ("will vote on
    Friday on the plan it announced last year", "the regatta, which Vell announced in 2024, opens on Saturday")."""
    edges = [m.end() for m in _FRAME_EDGE.finditer(text, 0, saying)]
    if _RELATIVE_WORD.search(text, edges[-1] if edges else 0, saying):
        return False
    return chosen is None or chosen.start >= saying or _FRAME_EDGE.search(text, chosen.end, saying) is not None


def _said_long_ago(text: str, found: list[Found], chosen: Found | None, ref: date) -> bool:
    """What the sentence tells was said in a past year, or half a year or more before its article ("the guild
    will vote on Thursday, Vell said last March", "said in 2019"; "In 2019, Vell said …", a past year fronted): a
    weekday, a count or no day at all runs from then, long gone; a day it gives with its own year stands, and one
    with its month when said in a month ("in 2027, the board said in 2024"; "on June 2, she said last July").
    (Said last month, a weekday is the reporter's, told from the article's day: "the coins are released on
    Friday, the mint said last month" is this Friday.)"""
    for f in found:
        kind = granularity(f.value)
        ended = period_end(f.value) if kind in _COARSE else period_start(f.value) if kind == "day" else ref
        long_ago = (ref - ended).days > (0 if kind == "year" else _LONG_AGO_DAYS)  # (a past year: any of it)
        fronted = f.start <= 3 and kind == "year" and text.startswith(",", f.end)  # "In 2019, …"
        said = None if fronted else _SAID_THEN.search(text, max(0, f.start - 30), f.start)
        if not long_ago or not (fronted or (said is not None and _frames(text, said.start(), chosen))):
            continue
        own = "" if chosen is None else text[chosen.start : chosen.end]
        return not (_YEAR_DIGITS.search(own) or (kind != "year" and _MONTH_NAMED.search(own)))
    return False


def _horizon(brief_date: date) -> date:
    """The last day a next step may begin on: the end of the year after the brief's. A daily brief's reader
    follows what comes within that reach (an election next year, a summit next autumn); a date further out
    is a term of a contract, a loan or a long plan (a bond maturing in 2039), not an occasion to follow."""
    return date(brief_date.year + 1, 12, 31)


# Places described by what they do on a day: "the dozen wards holding ballots in May", "the towns casting
# votes next Tuesday" (a participle, not a verb: "eleven wards hold ballots on May 3" announces them).
_PLACES_DOING = re.compile(
    r"\b(?:states|countries|nations|districts|territories|cities|towns|wards|counties|provinces|regions|places)"
    r"\s+[a-z]+ing\b[^,;:—–―()]*$"
)
# A possibility: "could", "might", the verb "may" (not the month: "May 3").
_MAYBE = re.compile(r"\b(?:[Cc]ould|[Mm]ight)\b|\bmay\b(?!\s+\d)")
# A time left to act: "have until Friday to file", "has until June 2, a day before the quay reopens, to answer"
# (not "had": told as gone).
_HAS_UNTIL = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?P<until>until\s+(?P<day>[^,;:]{1,40}?)(?:,[^,;:]{1,50},)?\s+to\s+(?-i:[a-z]))",
    re.I,
)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|should)\s+(?:\w+ly\s+|not\s+)?$", re.I)
_ULTIMATUM = re.compile(r"(?:give|gives|gave|given|giving|grant|grants|granted|allow|allows|allowed)\b", re.I)
# A day an occasion was once set for: "originally set for March 12", "first planned to take place on", "once set for
# release on March 20".
_FORMER_DAY = re.compile(
    r"\b(?:originally|initially|previously|first|once)\s+(?:been\s+)?"
    r"(?:set|scheduled|slated|planned|due|expected|billed|penciled|pencilled|fixed|booked)\s+"
    r"(?:in\s+)?(?:to\s+(?:take\s+place|be\s+held|open|start|begin|end|close)\s+)?"
    r"(?:(?:for\s+(?:release|publication)|to\s+be\s+(?:released|published))\s+)?(?:(?:for|on|in|at)\s+(?:the\s+)?)?$",
    re.I,
)
# An expression that says itself it is past: "earlier this month", "last week", "three days ago".
_PAST_WORDS = re.compile(r"\b(?:earlier|last|previous|past|ago|yesterday|since)\b", re.I)
_SAME_TIME = re.compile(r"\b(?:the\s+same\s+(?:time|day|week|month)|by\s+then|until\s+then|at\s+that\s+time)\b", re.I)
# "there" pointing back to a place, not "there will be", "there is".
_THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|should|must|seems?|appears?|remains?"
    r"|['’]s)\b)",
    re.I,
)
_SET = re.compile(r"\b(?:set|fixed|scheduled|slated|planned|due)\b", re.I)
_UNTIL = re.compile(r"\b(?:until|till|til)\b", re.I)


def _led_by(words: Iterable[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A date expression led by one of `words`: the word right before it ("after the June 8 count")
    and the expression opening with it ("after Thursday")."""
    alternatives = "|".join(words)
    return re.compile(rf"\b(?:{alternatives})\s+(?:the\s+)?$", re.I), re.compile(rf"(?:{alternatives})\b", re.I)


def _is_led(led_by: tuple[re.Pattern[str], re.Pattern[str]], text: str, found: Found, reach: int) -> bool:
    before, opens = led_by
    return before.search(text[max(0, found.start - reach) : found.start]) is not None or (
        opens.match(text, found.start) is not None
    )


# A day the act comes after: "after Thursday", "after the June 8 count", "following Sunday's race".
_AFTER = _led_by(("after", "following"))
_EVENT_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>[\w’'-]+)")
# Occasions held right after an event, on its day: a dinner, a reception, a party, a news conference.
_ON_THE_HEELS = re.compile(
    r"\b(?:dinner|supper|lunch|luncheon|banquet|reception|party|gala|celebrations?|(?:news|press)\s+conference)\b",
    re.I,
)


def _after_a_day(text: str, found: Found) -> bool:
    """The act comes after the day `found` ("will elect a reeve after Thursday", "will rule after the June 8 count":
    some day after it). Only an occasion held on the heels of an event keeps the event's day ("a banquet
    after Saturday's rowing final": that evening, most likely)."""
    if not _is_led(_AFTER, text, found, 20):
        return False
    event = _EVENT_AFTER.match(text, found.end)
    follows_event = event is not None and any(w.lower() in EVENT_NOUNS for w in re.findall(r"[\w’'-]+", event.group(0)))
    return not (follows_event and _ON_THE_HEELS.search(text) is not None)


# The end of a span an act lasts, right before its day or opening it: "through November", "until Friday".
_SPAN_WORDS = ("through", "thru", "until", "till", "til")
_SPAN = _led_by(_SPAN_WORDS)


def _time_left(text: str, found: Found) -> bool:
    """The day `found` is the limit of a time a party has to act ("have until Friday to file", "has until
    midnight Friday to answer"); not one a party would have under a bill or a plan ("states would have
    until 2028 to comply": a term of the plan, no day set)."""
    return any(
        m.start("until") <= found.start <= m.end("day") and not _HYPOTHETICAL.search(text, 0, m.start())
        for m in _HAS_UNTIL.finditer(text)
    )


def _span_end(text: str, found: Found) -> bool:
    """The day `found` is where a span ends ("will strike through November", "will meet until Friday"); not
    the new day of a thing put off ("will be delayed until Thursday": it is held then)."""
    if not _is_led(_SPAN, text, found, 14):
        return False
    words = re.findall(r"[\w’'-]+", text[max(0, found.start - 40) : found.start].lower())
    if _SPAN[1].match(text, found.start):
        words.append("until")  # the expression opens with it: "until Thursday"
    until = max((k for k, w in enumerate(words) if w in _SPAN_WORDS), default=None)
    return not (until is not None and MOVE_WORDS & set(words[max(0, until - 2) : until]))


# Words that make a period the article is in point ahead: "later this month", "the rest of the year".
_AHEAD = re.compile(r"\b(?:later|late|next|coming|upcoming|rest|remainder|end|remaining)\b", re.I)


def _around(value: str, ref: date) -> bool:
    """A week, month, season or year (not a day or a range) that the article's own date is in."""
    if len(value) == 10 or "/" in value:
        return False
    return period_start(value) <= ref <= period_end(value)


def _until(text: str, reading: Reading, chosen: Found | None) -> bool:
    """A negated event dated by "until" just after it: "is not expected to open until May 2"."""
    if chosen is None or chosen.start - reading.start > 60:
        return False
    return _UNTIL.search(text, max(0, chosen.start - 12), chosen.end + 1) is not None


_DAY_OR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _leapt(text: str, found: Found, ref: date) -> bool:
    """A day and month (or a month) without a year that the tense pushed to next year over a date of the last
    few months ("allowing flights to resume on Oct. 7" in a December story): more likely the past
    of a story told in the past than a plan half a year ahead. When unsure, leave it out."""
    value = found.value.split("/", 1)[0]  # a range: its first day
    if not _DAY_OR_MONTH.fullmatch(value) or _YEAR_IN.search(text[found.start : found.end]):
        return False
    day = date.fromisoformat(value if len(value) == 10 else value + "-01")
    if (day - ref).days <= 180:
        return False
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return False
    return 0 < (ref - earlier).days <= 120


# An offset from another event: "three days after", "a week before", "hours ahead of".
_OFFSET = re.compile(
    r"\b(?:days?|weeks?|months?|hours?|years?|nights?)\s+(?:and\s+a\s+\w+\s+)?(?:after|before|ahead\s+of|prior\s+to)\b",
    re.I,
)


def _offset_between(text: str, start: int, end: int) -> bool:
    """An offset from another event (see _OFFSET) stands in text[start:end], outside a comma aside."""
    for offset in _OFFSET.finditer(text, start, end):
        opened, closed = text.rfind(",", start, offset.start()), text.find(",", offset.end(), end)
        if not (opened >= 0 and closed >= 0) and not any(a <= offset.start() < b for a, b in asides(text)):
            return True
    return False


# A day in the possessive after a preposition that makes its noun another thing's source, matter or time: "from
# Friday's poll", "of Sunday's vote", "after Monday's storm" (not "at Saturday's meeting": the act's own time).
_OWNED_BY_ANOTHER = re.compile(r"\b(?:from|of|after|since|about|over|following)\s+(?:the\s+)?$", re.I)


def _owned_by_another(text: str, found: Found) -> bool:
    possessive = text.startswith(("'s", "’s"), found.end) or text[found.start : found.end].endswith(("'s", "’s"))
    return possessive and _OWNED_BY_ANOTHER.search(text, max(0, found.start - 16), found.start) is not None


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _past_verb_after(text: str, at: int) -> bool:
    """A finite past right after the day, with no subject of its own ("rules on Friday barred"): the present
    before the day was a noun, the sentence's subject."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and (word[1] in PAST_FORMS or (len(word[1]) > 4 and word[1].endswith("ed")))


# A subject that denies there is anyone to act, in the clause before a present tense.
_NOBODY_BEFORE = re.compile(r"\b(?:no\s+one|no-one|nobody|neither|none)\b[^,;:]*$", re.I)
# A present tense denied right before its verb.
_NOT_NOW = re.compile(r"\b(?:no\s+longer|never|not)\s+$", re.I)


def event_date(text: str, found: list[Found], reading: Reading) -> Found | None:
    """The date of the event `reading` announces: the first expression after its construction
    that does not point back ("said on Tuesday that talks would resume next week"); else one before
    it that does not point back either ("On Monday, the judge will ..."). A date in a relative
    clause set off by commas belongs to that clause: it dates the event only when the
    construction is in the same clause ("the new council, which will be sworn in next month,").
    An event noun given its day ("a date of May 9 has been set") takes that day whatever the verb.
    None when no date is left."""
    own_aside = next((span for span in asides(text) if span[0] <= reading.start < span[1]), None)

    own_relative = relative_start(text, reading.start)
    appositive = _APPOSITIVE_BEFORE.search(text, 0, reading.start + 1)

    def belongs(f: Found) -> bool:
        inside = next((span for span in asides(text) if span[0] <= f.start < span[1]), None)
        # "according to Pell, whose mill opens on Friday": that day is the relative clause's;
        # "Brell, a village whose reeve is chosen on May 3, is to host …": the appositive's day, not the hosting's
        return (
            inside == own_aside
            and not (f.start > reading.start and _PARTICIPLE_AFTER.search(text, reading.start, f.start))
            # "will open a week before the pilots sail on June 6": June 6 is the sailing's, the opening an offset
            # from it (but not an offset in a comma aside: "will reopen, five years after the fire, on Saturday")
            and not (f.start > reading.start and _offset_between(text, reading.start, f.start))
            and relative_start(text, f.start) in (None, own_relative)
            and (appositive is None or not appositive.start() <= f.start < reading.start)
            # "votes from Friday's poll will be counted by hand": the day is the poll's, the count another act
            and not (f.start < reading.start and _owned_by_another(text, f))
        )

    pool = [
        f
        for f in found
        if belongs(f)
        and (f.direction >= 0 or reading.kind == "nominal")
        and not _PAST_WORDS.search(text, f.start, f.end)
    ]
    after = [f for f in pool if f.start >= reading.start]
    if reading.past:
        # A plan of the past keeps only a day said with it ("was to arrive on Monday"), not one of
        # the clauses after ("was expected to ask him to stay until a government can take the
        # country to an election in April").
        after = [f for f in after if f.start - reading.start <= 60]
    if after:
        return pick(text, after)
    # A date before the construction ("On Monday, the judge will ...") only for a future the text
    # states of its own time: a plan of the past, a hope or a maybe takes no date from elsewhere.
    if reading.past or not reading.firm:
        return None
    return pick(text, pool) if pool else None


def _finer_day(text: str, found: list[Found], chosen: Found, head: str) -> Found:
    """A week or weekend with an "as" clause after it that names a day in it and refers back to the same event
    (by its noun or "it"): "the chess club holds its playoff this week, as the playoff opens on Wednesday" tells
    the occasion's day; the week is its frame. Another actor's day in the clause is another event: "the
    council sits this week, as the mayor flies to Orvane on Thursday" keeps the week."""
    if granularity(chosen.value) not in ("week", "weekend", "month"):
        return chosen
    told_again = _told_again(text, found, chosen, head)
    if told_again is not None:
        return told_again
    if granularity(chosen.value) == "month":
        return chosen
    clause = _AS_AFTER.match(text, chosen.end)
    same = "|".join(["it", *([re.escape(head)] if head else [])])
    if clause is None or not re.search(rf"\b(?:{same})\b", clause.group(0), re.I):
        return chosen
    first, last = period_start(chosen.value), period_end(chosen.value)
    for f in found:
        inside = len(f.value) == 10 and first <= date.fromisoformat(f.value) <= last
        if inside and chosen.end < f.start < clause.end() and f.direction >= 0:
            return f
    return chosen


# The occasion named again after its coarse time, with a day of its own: in its own relative clause ("next week for
# the guild congress, which begins Monday") or as the noun right before the day ("the caucuses Feb. 23", "the vote
# on Feb. 12").
_ITS_CLAUSE_DAY = re.compile(
    r"\b(?P<noun>[A-Za-z]+),?\s+(?:which|that)\s+(?:(?:will|is\s+(?:set|due|scheduled)\s+to)\s+)?"
    r"(?:begins?|opens?|starts?|kicks?\s+off|convenes?|is|takes?\s+place|gets?\s+under\s?way|be)\s+(?:on\s+)?$",
    re.I,
)
_NOUN_DAY = re.compile(r"\b(?:the|its|their)\s+(?P<noun>[A-Za-z]+)\s+(?:on\s+|of\s+)?$", re.I)
# The day put right after the coarse time, restating it: "will vote in February, on Feb. 12".
_RESTATED = re.compile(r",\s*(?:on\s+)?$")
# The offsets and bounds that make a later day another event's: "a week before the fair on Feb. 23".
_AROUND_ANOTHER = re.compile(r"\b(?:before|after|ahead|prior|following|since|until|till|by|from)\b", re.I)
# Words after the coarse time that tell of a second occasion, its order or its likeness to the first: "the primary
# on July 7 will come first", "the elections on March 15 will follow a week later", "the contest on Feb. 20 also
# takes place", "the vote on Feb. 9 is separate", "the primaries on March 3 in five other regions". (Not "the first
# since the flood": the occasion's own rank.)
_ANOTHER_OCCASION = re.compile(
    r"\b(?:first(?!\s+(?:since|ever)\b)|later|earlier|before|after|follow\w*|precede[sd]?|preceding|separate\w*"
    r"|other|others|also|too|again|then|same|rival|next|last)\b",
    re.I,
)
# A phrase right after the named occasion's day that says whose or where it is: "the congress on June 12 of the
# Brell guild", "the vote on Tuesday in Lorrin's council", "the referendum on Oct. 4 in Brell" (maybe another
# place's, body's or topic's; when unsure, the coarse time stands).
_QUALIFIED_DAY = re.compile(
    r"\s*,?\s*(?:in|of|on|at|for|across|by|from|between|among|over|about|against|with|throughout)\b"
    r"|\s*,\s*(?:a|an)\s",  # (or what it is, in an apposition: "the contest on July 4, a rowing race")
    re.I,
)
# Where the day's own clause ends, for _ANOTHER_OCCASION: a clause of its own after it ("… because so much
# depends on the towns that vote first" tells nothing of the occasion's order).
_DAY_CLAUSE_END = re.compile(
    r"[;:—–()]|\b(?:because|since|as|although|though|while|whereas|if|unless|so\s+that|which|who|that)\b", re.I
)
# A day told as one of two, or as a bound: "on Feb. 12 or Feb. 19", "on Feb. 12 at the earliest".
_NOT_THE_DAY = re.compile(r"\s*,?\s*(?:or\b|at\s+(?:the\s+)?(?:earliest|latest|soonest)\b)", re.I)


def _told_again(text: str, found: list[Found], chosen: Found, head: str) -> Found | None:
    """A day inside the coarse time (a week, a weekend or a month) the event was given, told later in the
    sentence of the same occasion: the most exact date of the event wins. The same occasion is the day restating
    the time ("in February, on Feb. 12"), the noun the reading names (its head, or an event noun before the time)
    told again with "the", or a ballot so told under another of its names ("will hold its contest in February,
    though the caucuses Feb. 23 …"), or the occasion's own relative clause ("next week for the guild congress,
    which begins Monday"). Not another ballot with a name of its own ("the Brell primary on Feb. 9"), nor a day
    with an offset or a bound between ("in February, a week before the fair on Feb. 23", "before the vote on
    Feb. 23"), nor a day of another event noun ("will vote in February, but the mayor's hearing on Feb. 9 …").
    Another name of a ballot is a plain one ("vote", "ballot") for a kind, never two kinds ("the primary in March,
    though the runoff on March 24"). When the rest of the sentence tells of a second occasion ("comes first",
    "a week later", "also", "separate", "other"), or the day's phrase says whose or where ("the congress on June 12
    of the Brell guild"), or the day is one of two or a bound ("on Feb. 12 or Feb. 19", "at the earliest"), the
    coarse time stands: when unsure, no finer day."""
    first, last = period_start(chosen.value), period_end(chosen.value)
    named = {w.lower() for w in re.findall(r"[A-Za-z]+", text[max(0, chosen.start - 80) : chosen.start])}
    named = {n for n in named if n in EVENT_NOUNS} | ({head.lower()} & EVENT_NOUNS)
    for f in found:
        inside = len(f.value) == 10 and first <= date.fromisoformat(f.value) <= last
        if not inside or f.start <= chosen.end or f.direction < 0 or _PAST_WORDS.search(text, f.start, f.end):
            continue
        between = text[chosen.end : f.start]
        if _AROUND_ANOTHER.search(between) or _offset_between(text, chosen.end, f.start):
            continue
        if _NOT_THE_DAY.match(text, f.end):
            continue  # "in February, on Feb. 12 or Feb. 19": no one day told
        if _RESTATED.fullmatch(between):
            return f
        ends = _DAY_CLAUSE_END.search(text, f.end)
        if _ANOTHER_OCCASION.search(text, chosen.end, ends.end() if ends else len(text)):
            return None  # "..., and the vote on March 1 comes first": a second occasion, maybe
        clause = _ITS_CLAUSE_DAY.search(text, chosen.end, f.start)
        if clause is not None and clause.group("noun").lower() in EVENT_NOUNS:
            return f
        noun = _NOUN_DAY.search(text, chosen.end, f.start)
        said = "" if noun is None else noun.group("noun").lower()
        if _QUALIFIED_DAY.match(text, f.end):
            continue  # "the congress on June 12 of the Brell guild": perhaps another body's
        ballots = named & BALLOT_NOUNS
        if said in named or (
            said in BALLOT_NOUNS and ballots and (said in PLAIN_BALLOT_NOUNS or ballots & PLAIN_BALLOT_NOUNS)
        ):
            return f
    return None


@dataclass(frozen=True, slots=True)
class When:
    day: date | None
    period: str | None  # week 2025-W12, weekend 2025-W12-WE, month 2025-03, quarter 2025-Q2, season 2025-SU, year 2026
    expression: str


def _when(text: str, found: Found | None, ref: date) -> When | None:
    if found is None:
        return None
    expression = text[found.start : found.end]
    value = as_told(text, found, ref)  # "in three weeks" tells a month, not the day it counts to
    if len(value) == 10:
        return When(date.fromisoformat(value), None, expression)
    return When(None, value, expression)


_WEEKDAY = re.compile(r"(?:on\s+)?" + WEEKDAY_NAME + r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)
# "before" governing the date: up to five words between, within one clause (no comma, no "and",
# no second verb: "before leaving for Brussels on Friday" is by Friday; "before the talks and will
# sign on Friday" is on Friday).
_BEFORE = re.compile(
    r"\b(?:before|ahead\s+of|in\s+advance\s+of|prior\s+to)\b"
    r"(?:[^\S\n]+(?!(?:and|but|or|will|would|then|shall)\b)[\w’'.-]+){0,5}?[^\S\n]*$",
    re.I,
)
# A verb of appearing before "before" with a body after it: in front of the body ("appear before the judge"),
# not earlier than ("will appear before Friday's deadline", "a ruling will come before the recess").
_IN_FRONT_OF = re.compile(
    r"\b(?:appear|testify|testifies|speak|stand|go|plead|argue|brief|give\s+evidence)(?:s|ed|ing)?\s+(?:\w+ly\s+)?$",
    re.I,
)
_BEFORE_A_BODY = re.compile(
    r"before\s+(?:an?\s+|the\s+)?(?:[\w’'.-]+\s+){0,3}?(?:"
    + _BODIES
    + r"|judges?|jury|juries|panel|tribunal|magistrates?)\b(?!['’])",
    re.I,
)
_WITHIN = re.compile(r"(?:within|inside)\b", re.I)
_EARLY = re.compile(r"\bearly\b", re.I)
_MID = re.compile(r"\bmid\b", re.I)


def _last_day(when: When) -> date:
    """The last day `when` may fall on: "early next month" is over by the 10th, "mid-November" by
    the 20th (an event announced in October for early November is over on 12 November)."""
    if when.day is not None:
        return when.day
    period = when.period or ""
    last = period_end(period)
    if granularity(period) == "month":
        if _EARLY.search(when.expression):
            return last.replace(day=10)
        if _MID.search(when.expression):
            return last.replace(day=20)
    return last


# "would have", "would not have": a past that did not happen, never a future.
_COUNTERFACTUAL = re.compile(r"\bwould(?:\s+not|n['’]t)?\s+have\b", re.I)


def told_as_coming(text: str, ref: date | None) -> tuple[bool, When | None]:
    """Whether the sentence tells of an event still to come when it was written (as
    briefgen.events reads it: not a plan of the past, nor a view), and that event's date read
    against `ref`, its article's date, when it names one."""
    reading = read(text)
    if reading.announces:
        if reading.past or reading.belief:
            return False, None
        return True, None if ref is None else _when(text, event_date(text, find_dates(text, ref), reading), ref)
    if ref is None:
        return False, None
    # A present tense with a day its verb points forward to: "the talks resume on Monday"; or
    # with a calendar day after its article's: "the summit takes place on May 12".
    found = pick(text, find_dates(text, ref))
    if found is None:
        return False, None
    if found.direction > 0 and (period_end(found.value) >= ref or future_clause(_COUNTERFACTUAL.sub("", text))):
        # (not a calendar time before the article's told with no future: "seldom speaks of his brother, who
        # died in 1981" tells nothing to come, whatever its verb; "will be a summary of the years 1960 to 1994"
        # still does, and keeps that date, which makes it over)
        return True, _when(text, found, ref)
    ahead = len(found.value) == 10 and found.value > ref.isoformat()
    if ahead and dated_present(text, found.start, found.end).kind is not None:
        return True, _when(text, found, ref)
    return False, None


def over_by(text: str, published: date, today: date) -> bool:
    """The sentence announces an event dated before `today`: told as coming when it was written,
    over by the brief's date."""
    if not names_a_time(text):
        return False  # no date (told_as_coming finds none): nothing dated to be over
    coming, when = told_as_coming(text, published)
    if not coming or when is None:
        return False
    end = when.day or period_end(when.period or "")
    return end < today


# A sentence set in the run-up to an event: "Heading into Tuesday's primary, her lead has
# vanished", "Ahead of the March 1 primaries, …", "On the eve of Thursday's debate, …". What it
# tells held before the event (a poll, a plan, a mood); once the event is past, the reader wants
# the event, not how things stood before it.
_IN_THE_RUN_UP = re.compile(
    r"\b(?:(?:heading|headed|going)\s+into|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-?up\s+to|leading\s+up\s+to"
    r"|in\s+advance\s+of)\s+",
    re.IGNORECASE,
)
_A_WEEKDAY = re.compile(rf"{WEEKDAY_NAME}\b", re.IGNORECASE)


def ahead_of_over(text: str, published: date, today: date) -> bool:
    """The sentence is set ahead of an event it dates ("heading into Tuesday's primary") that was
    still to come on its article's day and is over by `today`."""
    frames = [m.end() for m in _IN_THE_RUN_UP.finditer(text)]
    if not frames:
        return False
    for found in find_dates(text, published):
        if not any(0 <= found.start - end <= 16 for end in frames):
            continue  # the date of the event the frame names comes right after it: "into the Feb. 9 vote"
        start = period_start(found.value)
        if start < published and _A_WEEKDAY.match(text, found.start):
            start += timedelta(days=7)  # the event is ahead: "heading into Tuesday's" is the coming Tuesday
            end = start if len(found.value) == 10 else period_end(found.value) + timedelta(days=7)
        else:
            end = period_end(found.value)
        if start >= published and end < today:
            return True
    return False


def find_when(sentence: str, ref: date) -> When | None:
    """The date of the event a sentence announces, resolved against `ref` (the article's date).

    Every date expression is read; those that hang off a past-tense verb ("the delegations, which
    met on Monday, will meet again on Friday") give way to the others, and of those the one
    nearest after the sentence's future verb wins (see briefgen.dates.pick).
    """
    return _when(sentence, pick(sentence, find_dates(sentence, ref)), ref)


# ---------------------------------------------------------------------------------------------
# One item per event


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
    names: frozenset[str]  # proper names, stemmed: who and where
    events: frozenset[str]  # the kind of event announced (meet for "summit", "talks", "speak" …)
    head: str  # the word announcing it
    # an occasion named as readied for or set ("as the guild prepares for Tuesday's ballot", "a planned rally on
    # Saturday"): the occasion is the step, the sentence only names it, so any other item of its day tells it better
    led: bool = False
    # who does it, when the sentence names them as its subject ("Ada Vell will visit …"): stemmed names
    actor: frozenset[str] = frozenset()
    # its subject is a person's name alone, a title at most before it ("Orr", "Sen. Ada Vell"; not "the Lorrin
    # council", "Lorrin"): `_two_people`
    person: bool = False


_Words = tuple[frozenset[str], frozenset[str], frozenset[str]]  # a candidate's terms, names, events


def _candidate(
    step: NextStep, reading: Reading, read: dict[tuple[str, str, int], _Words], corpus: Corpus
) -> _Candidate:
    """`read` keeps the words of each sentence and reading: a syndicated sentence is read once. Its
    terms are the ones its analysis stored, when it is a sentence of `corpus` (`stems_of`)."""
    key = (step.text, reading.head, reading.start)
    found = read.get(key)
    if found is None:
        names = frozenset(terms(" ".join(m.group(0) for m in _NAME.finditer(step.text)))) - _DATE_TERMS
        # The event the sentence announces, not every event it mentions ("… on Wednesday, in the first
        # step to emerge from Putin's call with Trump" announces an exchange, not a call).
        announced = reading.head
        if stem(reading.head) in _LIGHT_VERBS:
            # "residents will go to the polls on May 4": the noun after a light verb says what happens.
            announced = step.text[reading.start : reading.start + 60]
        elif stem(reading.head) in _PHASE_VERBS:
            # "Talks between the two sides will open on June 18": the subject says what opens.
            announced = step.text[max(0, reading.start - 60) : reading.start]
        events = frozenset(_FAMILY.get(w, w) for w in event_words(announced))
        if not events and stem(reading.head) in _PHASE_VERBS:
            events = frozenset({stem(reading.head)})  # "the new bridge will open": an opening, no event noun
        if _TAKES_OFFICE.match(step.text, reading.start):
            events |= {"inaugurate"}  # "takes office on January 20", "returns to the White House on January 20"
        if reading.reason == A_TURN:
            events |= {"vote"}  # "voters will have a chance to decide on Tuesday": the vote (events.turn_given)
        found = read[key] = (frozenset(stems_of(corpus, step.text)), names, events)
    return _Candidate(step, found[0], _span(step), found[1], found[2], reading.head, reading.reason == _LED)


# Ways of telling one inauguration: a leader takes office, is sworn in, returns to power.
_TAKES_OFFICE = re.compile(
    r"(?:will\s+|to\s+)?(?:be\s+)?(?:tak(?:e|es|ing)\s+(?:office|power|the\s+oath)|sworn\s+in|swear(?:s|ing)?\s+in"
    r"|inaugurat\w*|return(?:s|ing)?\s+to\s+(?:the\s+White\s+House|office|power))\b",
    re.I,
)


# Words that name one kind of event, for telling two wordings of it apart from two events.
_FAMILIES = {
    "meet": "speak talk discuss call phone confer meet meeting meetings summit talks gather convene session debate"
    " debates conference",
    "vote": "vote votes ballot election elections poll polls referendum primary primaries caucus caucuses runoff"
    " runoffs contest contests",
    "visit": "visit visits travel trip tour arrive fly",
    "trial": "trial hear hearing try sentencing verdict ruling rule",
    "inaugurate": "inauguration inaugurate",
}
# ("will stand trial on Monday" and "Monday's trial" are one trial: the noun after "stand" says what happens)
_LIGHT_VERBS = frozenset(
    stem(w) for w in "take make have give go face get carry set seek hold host stage kick stand".split()
)
_FAMILY = {member: family for family, words in _FAMILIES.items() for member in event_words(words)}
# Verbs of an event's phase, whose subject is the event: "the talks open", "the trial resumes".
_PHASE_VERBS = frozenset(stem(w) for w in "open begin start resume reopen end close conclude continue".split())
# The kinds of event `_same_event` can tell apart: the families, and an opening or closing told by its verb alone.
_KINDS_KNOWN = frozenset(_FAMILIES) | _PHASE_VERBS


# Capitalised words: names of people, places and bodies (a capitalised stop word at the start
# drops out with the other stop words).
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*\b")


def _same_event(a: _Candidate, b: _Candidate) -> bool:
    """Two sentences announce one event: they share most words, or the same time and enough of the
    same words or the same actors and the same kind of event ("Mubarak is expected in Ankara on
    Monday", "Mubarak will renew his mediation in Ankara on Monday"). Different days are different
    events however alike the words, unless `disputed` holds."""
    if a.span and b.span:
        if a.span[1] < b.span[0] or b.span[1] < a.span[0]:
            return False
        # The same kind of event at the same time, by the same actors ("Mubarak is expected in
        # Ankara on Monday") or named by the same noun ("runoffs on Oct. 25", "runoffs later this month").
        same_time = a.span == b.span or _contains(a.span, b.span)
        same_noun = a.head in EVENT_NOUNS and b.head in EVENT_NOUNS and stem(a.head) == stem(b.head)
        same_actors = a.names & b.names or same_noun
        if a.events & b.events and same_time and same_actors:
            return True
        if a.events and b.events and a.events.isdisjoint(b.events) and a.events | b.events <= _KINDS_KNOWN:
            # "the bridge will open on June 17", "the council will vote on the toll on June 17": two kinds the
            # families tell apart (not an event word of no family: "will be held", "plans a rally")
            return False
        if "vote" in a.events & b.events and a.span == b.span and a.span[0] == a.span[1]:
            return True  # one story's votes on one day are one election day ("next Tuesday's primaries")
        needed = (0.2 if a.step.date else 0.3) if a.span == b.span else 0.4
    else:
        # Undated: the same two actors and the same kind of event ("Trump will speak with Putin on
        # Tuesday", "Trump is expected to talk to Putin in the coming days").
        if len(a.names & b.names) >= 2 and a.events & b.events:
            return True
        needed = 0.5
    shared = len(a.terms & b.terms)
    return shared >= needed * max(1, len(a.terms | b.terms)) or shared >= 0.7 * max(1, min(len(a.terms), len(b.terms)))


def _led_to_the_same_day(a: _Candidate, b: _Candidate) -> bool:
    """One of the two only names an occasion as readied for or set (`led`), and both tell the same kind of event set
    for the same single day: one item ("as the guild prepares for Tuesday's ballot" and "the first ballots will be
    counted on Tuesday" tell one ballot day; the one telling the event itself speaks for it). Two kinds on one day
    stay two items ("prepares for Tuesday's hearing", "the king will visit on Tuesday"): merged, the one would lose
    its item and be cited for the other's."""
    return (
        (a.led or b.led)
        and a.span is not None
        and a.span == b.span
        and a.span[0] == a.span[1]
        and bool(a.events & b.events)
    )


def _contains(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _disputed(a: _Candidate, b: _Candidate, corpus: Corpus) -> bool:
    """Independent outlets tell one event in nearly the same words but give it different days:
    one item that says so, not two ("the summit opens on Tuesday" / "… on Wednesday")."""
    if not (a.span and b.span) or not (a.span[1] < b.span[0] or b.span[1] < a.span[0]):
        return False  # undated, or overlapping days ("later this week", "on Thursday"): no dispute
    # (the words first: every pair of dated candidates of other days comes here, few tell one event)
    if a.events.isdisjoint(b.events):
        return False
    plain_a, plain_b = a.terms - _DATE_TERMS, b.terms - _DATE_TERMS
    if len(plain_a & plain_b) < 0.7 * max(1, min(len(plain_a), len(plain_b))):
        return False
    # one outlet naming two days names two events
    return not {corpus.copies.get(x, x) for x in a.step.articles} & {corpus.copies.get(x, x) for x in b.step.articles}


# Stems of the words that make a date: two wordings of one event differ in these.
_DATE_TERMS = frozenset(
    terms(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august"
        " september october november december jan feb mar apr jun jul aug sep sept oct nov dec week weekend month"
        " year today tomorrow tonight next later"
    )
)


def _per_reading(read: Callable[[str, Reading], T]) -> Callable[[str, Reading], T]:
    """`read`, remembered per text and reading's place for one build (`next_steps`)."""
    memo: dict[tuple[str, int], T] = {}

    def once(text: str, reading: Reading) -> T:
        key = (text, reading.start)
        if key not in memo:
            memo[key] = read(text, reading)
        return memo[key]

    return once


def next_steps(
    corpus: Corpus,
    relevance: Callable[[str], float],
    brief_date: date,
    taken: Sequence[str] = (),
    limit: int = 12,
    held: HeldSince | None = None,
) -> list[NextStep]:
    """Future events, one item per event, best first.

    Two outlets announcing the same call are one item: its text and `articles` are one outlet's
    exact words and the articles that carry them verbatim; `also` lists the other independent
    outlets that announced the same event in other words, and each raises the item's rank.
    Events dated before the article or the brief's day are left out, and so are sentences in
    `taken` (already used by another section). `relevance` ranks them (0 leaves one out). `held`,
    the Situation's reading of events reported as held, is shared when given.
    """
    used = {sentence_key(t) for t in taken}
    latest = max((a.published for a in corpus.articles if a.published), default=brief_date)
    found: list[_Candidate] = []
    gone: dict[int, list[_Gone]] = {}  # per article: the events it dates before the brief
    read: dict[tuple[str, str, int], _Words] = {}
    relevant: dict[str, float] = {}
    # Who acts, and whether a person's name alone: read once per text and reading's place (both
    # depend on nothing else), not once per article carrying a syndicated sentence.
    actor_of, person_of = _per_reading(_actor), _per_reading(_person_subject)

    articles = by_article(corpus)
    for sentence, announced in _announcements(corpus, brief_date, articles):
        text = sentence.text
        if announced[1] is not None and _last_day(announced[1]) < brief_date:
            gone.setdefault(sentence.article, []).append(
                _Gone(frozenset(stems_of(corpus, text)) - _DATE_TERMS, actor_of(text, announced[0]))
            )
        if used and sentence_key(text) in used:
            continue
        ref = corpus.articles[sentence.article].published or brief_date
        fresh = (latest - ref).days <= FRESH_DAYS
        kept = _on(announced, brief_date, fresh) or _on(_next_clause(text, announced, ref), brief_date, fresh)
        if kept is None:
            continue
        reading, when = kept
        # A dated act whose "He" or "She" the sentence before names beyond doubt is printed after that sentence.
        named = _lead_in(sentence, articles) if when and _LEANS_BACK.match(text) else None
        if text not in relevant:  # a syndicated sentence is weighed once
            relevant[text] = 0.0 if _LEANS_BACK.match(text) or _unnamed_body(text, reading) else relevance(text)
        weight = relevance(text) if named and not _unnamed_body(text, reading) else relevant[text]
        score = weight * (1.5 if when else 1.0)
        if score > 0:
            day, period = (when.day, when.period) if when else (None, None)
            step = NextStep(text, day, period, (sentence.article,), score, lead_in=named)
            candidate = _candidate(step, reading, read, corpus)
            found.append(replace(candidate, actor=actor_of(text, reading), person=person_of(text, reading)))
    told = held.told if held is not None else _Told(corpus)
    current = [
        c
        for c in found
        # the cheap tests first (each a pure reading: their order changes no answer)
        if not _stale(c, corpus, latest, brief_date)
        and not _dated_elsewhere_and_gone(c, gone)
        and not _held_since(c, corpus, told)
    ]
    return _one_per_event(current, corpus, limit)


def _lead_in(sentence: Sentence, articles: list[list[Sentence]]) -> str | None:
    """The sentence before `sentence` in its article, when it says who the step's opening "He" or "She" is
    (`antecedent.lead_in`)."""
    own = articles[sentence.article]
    at = next((i for i, s in enumerate(own) if s.position == sentence.position), 0)
    before = own[at - 1] if at > 0 and own[at - 1].complete else None
    return lead_in(sentence.text, before.text if before else None, [s.text for s in own])


def _next_clause(text: str, announced: Announcement, ref: date) -> Announcement | None:
    """A sentence of clauses joined by semicolons tells one event each ("On Monday, the board meets; on
    Friday, the council votes"): when the first it dates is over, the next may be to come. Read from the
    clause after the first event's day, the reading's place in the whole sentence."""
    when = announced[1]
    at = text.find(when.expression) if when is not None else -1
    cut = text.find(";", at) if at >= 0 else -1
    if cut < 0:
        return None
    found = announcement(text[cut + 1 :].lstrip(), ref)
    if found is None:
        return None
    shift = len(text) - len(text[cut + 1 :].lstrip())
    return replace(found[0], start=found[0].start + shift), found[1]


@dataclass(frozen=True, slots=True)
class _Gone:
    """An event an article dates before the brief: its sentence's terms and who it says acts (`_actor`)."""

    terms: frozenset[str]
    actor: frozenset[str]


def _dated_elsewhere_and_gone(candidate: _Candidate, gone: dict[int, list[_Gone]]) -> bool:
    """An undated mention of an event its own article dates to a day before the brief ("On Tuesday,
    the senator plans to unveil a farm aid bill …", then "The senator will propose farm aid of $2 billion
    …", in a brief dated Wednesday): the same event, over; not when they tell two people's acts (`_other_actors`)."""
    if candidate.span is not None:
        return False
    own = candidate.terms - _DATE_TERMS
    return any(
        len(own & other.terms) >= 2 and not _other_actors(candidate, other)
        for a in candidate.step.articles
        for other in gone.get(a, ())
    )


def _other_actors(candidate: _Candidate, gone: _Gone) -> bool:
    """Each names who acts, and neither names the other's actor at all: two people's acts, not one event
    ("Vell will visit the docks" beside "On Monday, Quarle will tour the docks with Orr"; but "Orr will visit the
    docks" beside that is his part in her tour)."""
    return bool(
        candidate.actor
        and gone.actor
        and candidate.actor.isdisjoint(gone.terms)
        and gone.actor.isdisjoint(candidate.terms)
    )


def _two_people(a: _Candidate, b: _Candidate) -> bool:
    """Two different people's acts on one day, not one event: "Orr will address the guild on Thursday" and "Vell will
    address the guild on Thursday". Both are set for the same single day, each names a person alone as its subject
    (`_person_subject`), and neither sentence names the other's actor (`_other_actors`: not "Orr will address the
    guild with Vell on Thursday", her part in his act)."""
    return (
        a.person
        and b.person
        and a.span is not None
        and a.span == b.span
        and a.span[0] == a.span[1]
        and not (a.head.lower() in _ONE_THING_ACTS and a.head.lower() == b.head.lower())
        and _other_actors(a, _Gone(b.terms, b.actor))
    )


# Acts done once to one thing, which two people do together: "Renn will open the new bridge" beside "Vell will open the
# new bridge" on the same day is one opening (not "address", "attend", "testify": each does their own).
_ONE_THING_ACTS = frozenset(
    "open opens opening unveil unveils unveiling inaugurate inaugurates sign signs signing launch launches launching"
    " dedicate dedicates ratify ratifies christen christens".split()
)


# A subject that is a person's name: capitalised words, a title or an honorific among them ("Sen. Ada Vell").
_PERSON_SUBJECT = re.compile(
    r"(?:(?:[A-Z]\w*\.|[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*)\s+){0,3}[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*"
)


def _person_subject(text: str, reading: Reading) -> bool:
    """The reading's subject is a person's name alone ("Orr", "Ada Vell", "Sen. Tam Orr"): no article, no common
    noun ("The Lorrin council"), no place or body (a name the lexicon knows as a place or a body is not a person;
    one not known is read as a person's, as a bare surname is)."""
    plain = _BRACKETED.sub(lambda m: " " * len(m.group(0)), text)
    found = subject(plain, reading.start)
    if not _PERSON_SUBJECT.fullmatch(found) or found.split()[0].lower() in _NOT_A_PERSON_OPENS:
        return False
    folded = [w.lower() for w in found.split()]
    return not (" ".join(folded) in ORG_NAMES | PLACES or folded[-1] in ORG_HEADS or any(w in PLACES for w in folded))


# A capitalised opening that is no name: "The Lorrin council", "This Orr", "Both Orr and Vell".
_NOT_A_PERSON_OPENS = frozenset("the a an this that these those both each every our their his her its".split())


def _actor(text: str, reading: Reading) -> frozenset[str]:
    """The names (stemmed) of who the sentence says will act, its reading's subject: "Ada Vell" in "Ada Vell will
    visit the docks with Orr", "Sen. Tam Orr" in "On Monday, Sen. Tam Orr (R-Brell), the treasurer, will …", none
    in "The senator will propose farm aid"."""
    plain = _BRACKETED.sub(lambda m: " " * len(m.group(0)), text)  # (an aside in brackets is no clause edge)
    return frozenset(terms(" ".join(m.group(0) for m in _NAME.finditer(subject(plain, reading.start))))) - _DATE_TERMS


_BRACKETED = re.compile(r"\([^()]*\)")


# A window counted from the day of writing: "in the next week", "over the coming days", "the next two weeks".
_WINDOW = re.compile(r"\b(?:next|coming|following)\s+(?:(?:few|two|three|four|several|\d+)\s+)?(?:days|weeks?)\b", re.I)


def _stale(candidate: _Candidate, corpus: Corpus, latest: date, brief_date: date) -> bool:
    """An event set for a week, a month, a season or a year that had begun when the latest news was
    written, and announced only in older articles ("plans to visit early next month", written three
    weeks ago, when the news of the 7th says nothing of it; "plan to travel there this year", written
    in October of a brief of late November): it may well have happened, or been called off, since.
    When unsure, leave it out; a fresher article announcing it makes its own item. A period that begins on the
    latest news's own day had not begun when that news was gathered (a paper tells the day before): Monday's
    paper saying nothing of a walkout ballot set for "this week" says nothing of its fate. A window counted from
    the day the article was written ("votes in the next week", "in the next two weeks": a range from its next day)
    is such a period; a span the text dates ("Nov. 17-18") is the event's own days."""
    step = candidate.step
    own = corpus.articles[step.articles[0]].published
    if own is None or step.period is None or granularity(step.period) in ("day", "by"):
        return False
    if granularity(step.period) == "range" and (
        period_start(step.period) != own + timedelta(days=1) or not _WINDOW.search(step.text)
    ):
        return False
    return period_start(step.period) < min(latest, brief_date) and (latest - own).days > FRESH_DAYS


def _announcements(
    corpus: Corpus, brief_date: date, articles: Sequence[Sequence[Sentence]]
) -> Iterator[tuple[Sentence, Announcement]]:
    """The full sentences that announce an event to come, in reading order: as each dated
    article's analysis read them, else (an undated article, read against the brief's date) read
    now. `articles`: the corpus's sentences, article by article (`by_article`, which the caller
    has made already)."""
    readings: dict[tuple[str, date], Announcement | None] = {}
    for a_index, sentences in enumerate(articles):
        published = corpus.articles[a_index].published
        schedule = corpus.analyses[a_index].schedule if published and len(corpus.analyses) > a_index else None
        if schedule is not None:
            yield from ((sentences[position], found) for position, found in sorted(schedule.items()))
            continue
        ref = published or brief_date
        for sentence in sentences:
            if sentence.complete:
                if (sentence.text, ref) not in readings:  # a syndicated sentence is read once
                    readings[(sentence.text, ref)] = announcement(sentence.text, ref)
                found = readings[(sentence.text, ref)]
                if found is not None:
                    yield sentence, found


class _Told:
    """The corpus's sentences that may tell an event as done, for `_held_since`: each distinct
    text of a dated article once, with the latest day an article carried it, found by the event
    verbs it has a past form of (events.past_verbs). Made when first needed; a candidate then
    reads only the few sentences with a past form of its own verb and one of its names, not the
    whole corpus."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.texts: list[str] = []
        self.latest: list[date] = []
        self.carriers: dict[str, set[int]] = {}  # text -> the articles carrying it (dated ones)
        self.by_verb: dict[str, list[int]] | None = None
        self.words: dict[int, frozenset[str]] = {}  # text index -> its terms, when first compared
        self.names: dict[int, frozenset[str]] = {}
        self.past_named: dict[str, dict[str, list[int]]] = {}  # verb -> name -> texts
        # By noun, for events told as held ("held") and as called off ("off"): event family -> (text,
        # latest day); then per family, name term -> those tellings; and the answers per candidate.
        self.by_noun: dict[str, dict[str, list[tuple[str, date]]]] = {}
        self.noun_named: dict[tuple[str, str], dict[str, list[tuple[str, date]]]] = {}
        # What tells of an event, per wording of it (`_first_told`): (those found, in order, all
        # candidates in order, how far they were read).
        self.first_told: dict[tuple[object, ...], tuple[list[Any], list[Any], list[int]]] = {}
        self.named_tellings: dict[tuple[object, ...], list[Any]] = {}  # `_named_tellings`
        self.noun_words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # text -> (names, other terms)
        self.noun_found: dict[str, tuple[Found, ...]] = {}  # text -> the dates it names (`find_dates`)
        self.starts: list[int] | None = None  # `_starts`, when first asked

    def with_past_of(self, verb: str) -> list[int]:
        """The indexes of the texts with a past form of `verb` (a stem), latest first."""
        if self.by_verb is None:
            self.by_verb = self._index()
            for found in self.by_verb.values():
                found.sort(key=lambda at: self.latest[at], reverse=True)
        return self.by_verb.get(verb, [])

    def latest_telling(self, candidate: _Candidate) -> date | None:
        """The latest day an article told the candidate's event as done, if one did: a text with a
        past form of its verb, the same actors, and more than the verb in common. ("Varna said it
        would complain to Lorrin, arguing the skipper held a valid licence" / "Varna has complained
        of the seizure, insisting the skipper held a valid licence".) Worked out once per wording of an event."""
        # Which texts tell it is worked out once per wording (`_first_told`); the announcing articles
        # are then part of the question: their own story is left out (`_own`).
        head = stem(candidate.head)

        def ordered() -> list[int]:
            # Only a text with one of the candidate's names can tell its event: those, by that name.
            verb = stem(candidate.head.lower())
            return self._named_tellings(
                ("past", verb, candidate.names),
                lambda: {at for name in candidate.names for at in self._past_named(verb).get(name, ())},
                lambda at: (self.latest[at], -at),
            )

        def tells(at: int) -> bool:
            if len((candidate.terms & self.terms_of(at)) - {head}) < 3:  # the cheap test first
                return False
            return reports_done(self.texts[at], candidate.head)

        key = ("past", candidate.step.text, candidate.head, candidate.names, candidate.terms)
        at = self._first_told(key, ordered, tells, self.texts.__getitem__, candidate)
        return None if at is None else self.latest[at]

    def _named_tellings(
        self, key: tuple[object, ...], found: Callable[[], set[T]], latest: Callable[[T], object]
    ) -> list[T]:
        """The tellings `found()` gives, latest first (by `latest`): once per kind of event and names,
        which many wordings share."""
        known = self.named_tellings.get(key)
        if known is None:
            known = self.named_tellings[key] = sorted(found(), key=latest, reverse=True)  # type: ignore[arg-type]
        return known

    def _first_told(
        self,
        key: tuple[object, ...],
        ordered: Callable[[], list[T]],
        tells: Callable[[T], bool],
        text_of: Callable[[T], str],
        candidate: _Candidate,
    ) -> T | None:
        """The first of `ordered()` that `tells` of the candidate's event and is not its own story
        (`_own`). What tells depends on the candidate's words alone (`key`): it is worked out once per
        wording, however many articles announce it, and as far down the list as a question needed."""
        memo = self.first_told.get(key)
        if memo is None:
            memo = self.first_told[key] = ([], ordered(), [0])
        found: list[T] = memo[0]
        todo: list[T] = memo[1]
        cursor = memo[2]
        for item in found:
            if not self._own(text_of(item), candidate):
                return item
        at, end = cursor[0], len(todo)
        while at < end:
            item = todo[at]
            at += 1
            if tells(item):
                found.append(item)
                if not self._own(text_of(item), candidate):
                    cursor[0] = at
                    return item
        cursor[0] = at
        return None

    def _past_named(self, verb: str) -> dict[str, list[int]]:
        """name term -> the texts with a past form of `verb` that have that name; made for a verb
        when first asked."""
        named = self.past_named.get(verb)
        if named is None:
            named = self.past_named[verb] = {}
            for at in self.with_past_of(verb):
                for name in self.names_of(at):
                    named.setdefault(name, []).append(at)
        return named

    def latest_noun_telling(self, candidate: _Candidate) -> date | None:
        """The latest day an article told the candidate's event as held by its noun ("after Tuesday's
        call", "the talks ended without a deal"): a noun of the same kind of event, two of the same
        names (or one and three more words in common), and no day of its own before the event's."""
        return self._latest_by_noun(candidate, "held")

    def latest_called_off(self, candidate: _Candidate) -> date | None:
        """The latest day an article told the candidate's event as called off ("Quint canceled
        Friday's rally in Marsh"), matched as `latest_noun_telling` matches."""
        return self._latest_by_noun(candidate, "off")

    def _latest_by_noun(self, candidate: _Candidate, kind: str) -> date | None:
        """For "off" the telling is of an event still to come when it was written (one called off), so
        its weekday may be the coming one ("canceled Friday's rally"): a day it names must be the event's."""
        first = candidate.span[0] if candidate.span else None

        def ordered() -> list[tuple[str, date]]:
            # Only a telling with one of the candidate's names can match: those, by that name.
            return self._named_tellings(
                (kind, candidate.events, candidate.names),
                lambda: {
                    telling
                    for family in candidate.events
                    # (one called off with no name of its own may be the candidate's: "the council's vote on
                    # the harbor plan has been called off" of "the Lorrin council will vote on the harbor plan")
                    for name in (candidate.names | {""} if kind == "off" else candidate.names)
                    for telling in self._noun_named(kind, family).get(name, ())
                },
                lambda t: t[1],
            )

        def tells(telling: tuple[str, date]) -> bool:
            text, latest = telling
            names, rest = self._noun_words(text)
            shared_names = len(names & candidate.names)
            nameless_off = kind == "off" and not names and len(candidate.terms & rest) >= 3
            if (
                shared_names < 2
                and not (shared_names and len(candidate.terms & rest) >= 3)
                and not nameless_off
                and not (kind == "off" and self._off_by_its_names(text, names, candidate, latest))
            ):
                return False
            # (for "off", not the day of a trailing attribution: "…, the mayor said on Wednesday")
            said = _TRAILING_SAID.sub("", text) if kind == "off" else text
            days = self._days(said, latest)
            if kind == "off" and candidate.span is not None and days and not nouns_called_off(text):
                # moved to a new day ("postponed Tuesday's summit to Friday"): its latest day is the new one, the
                # telling's own announcement. An event set for that day or after is the moved one's new date. A day
                # named as the occasion's own ("Tuesday's summit") is its old day, never the new one ("postponed
                # Tuesday's summit to next month").
                new = tuple(d for d in days if d not in _owning_days(said, self._found(said, latest)))
                if new and candidate.span[0] <= max(new) <= candidate.span[1]:
                    return False  # (one set after the new day is the old one moved up: "moved to Wednesday")
                days = tuple(d for d in days if not new or d < max(new))
            if kind == "off" and candidate.span is not None and days:
                # "called off Monday's call": another one
                return any(
                    candidate.span[0] <= d + timedelta(days=w) <= candidate.span[1] for d in days for w in (0, 7)
                )
            return first is None or not any(d < first for d in days)  # "after Monday's call": an earlier one

        key = (kind, candidate.step.text, candidate.names, candidate.events, candidate.span, candidate.terms)
        found = self._first_told(key, ordered, tells, lambda telling: telling[0], candidate)
        return None if found is None else found[1]

    def _off_by_its_names(self, text: str, names: frozenset[str], candidate: _Candidate, latest: date) -> bool:
        """A called-off telling that names the event only by names the announcement has and by its own noun: "The
        summit in Lorrin has been called off" of "The guild will hold a summit in Lorrin on Tuesday". Not another
        place's or person's ("the summit in Tessin", "Vell's summit in Lorrin"), nor another kind of the family ("the
        debate in Lorrin" of a summit), nor one of a month gone by ("called off in March" of a June summit)."""
        return (
            bool(names)
            and names <= candidate.names
            and _DENIED.search(text) is None  # "the summit in Lorrin was not called off"
            and _EARLIER_ONE.search(text) is None  # "the last summit in Lorrin", "cancelled in 2019"
            and not _a_month_before(self._found(text, latest), candidate)
            and any(_its_own_noun(text, noun, candidate) for noun in nouns_put_off(text))
        )

    def _own(self, text: str, candidate: _Candidate) -> bool:
        """`text` is the announcement itself ("the envoys, who met on Monday, will meet again"), or is
        carried only by the announcing articles: a story does not announce as coming what it tells as
        done, so a past told beside the announcement is of an earlier one."""
        if text == candidate.step.text:
            return True
        return bool(candidate.step.articles) and self.carriers.get(text, set()) <= set(candidate.step.articles)

    def _noun_named(self, kind: str, family: str) -> dict[str, list[tuple[str, date]]]:
        """name term -> the tellings of the event family (`_noun_index`) with that name; made
        for a family when first asked."""
        named = self.noun_named.get((kind, family))
        if named is None:
            if kind not in self.by_noun:
                self.by_noun[kind] = self._noun_index(kind)
            named = self.noun_named[(kind, family)] = {}
            for telling in self.by_noun[kind].get(family, ()):
                names = self._noun_words(telling[0])[0]
                for name in names or ("",):  # (a telling that names no one is filed under "")
                    named.setdefault(name, []).append(telling)
        return named

    def _noun_words(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """A telling's name terms and its other terms (dates' words left out of both): worked out
        once per text, however many candidates compare with it."""
        found = self.noun_words.get(text)
        if found is None:
            names = frozenset(terms(" ".join(m.group(0) for m in _NAME.finditer(text)))) - _DATE_TERMS
            found = self.noun_words[text] = (names, frozenset(stems_of(self.corpus, text)) - _DATE_TERMS - names)
        return found

    def _found(self, text: str, latest: date) -> tuple[Found, ...]:
        """The dates a telling names, read against the latest day it was carried; read once per text."""
        found = self.noun_found.get(text)
        if found is None:
            found = self.noun_found[text] = tuple(find_dates(text, latest))
        return found

    def _days(self, text: str, latest: date) -> tuple[date, ...]:
        """The days a telling names (`_found`)."""
        return tuple(date.fromisoformat(f.value) for f in self._found(text, latest) if len(f.value) == 10)

    def _noun_index(self, kind: str) -> dict[str, list[tuple[str, date]]]:
        """event family -> the texts telling an event of it as held ("held") or as called off ("off")
        by its noun (as each article's analysis found them, read now for an article without one),
        with the latest day an article carried each."""
        latest = dict[str, date]()
        nouns: dict[str, frozenset[str]] = {}
        read = nouns_put_off if kind == "off" else nouns_told_done
        found: Iterable[tuple[Sentence, date, Sequence[str] | None]] | None  # None: not read yet
        found = self._stored("told" if kind == "held" else "off")
        if found is None:
            found = ((s, d, None) for s, d in self._dated())
        for sentence, published, told in found:
            text = sentence.text
            if text not in nouns:  # a text is read once, however many articles carry it
                nouns[text] = frozenset(read(text) if told is None else told)
            if nouns[text]:
                self.carriers.setdefault(text, set()).add(sentence.article)
            if nouns[text] and (text not in latest or published > latest[text]):
                latest[text] = published
        index: dict[str, list[tuple[str, date]]] = {}
        for text, day in latest.items():
            for family in {_FAMILY.get(n, n) for n in nouns[text]}:
                index.setdefault(family, []).append((text, day))
        return index

    def _index(self) -> dict[str, list[int]]:
        """verb -> the texts with a past form of it: as each article's analysis found them (read
        now for an article without one)."""
        by_verb, index = dict[str, list[int]](), dict[str, int]()
        found: Iterable[tuple[Sentence, date, Collection[str]]] | None = self._stored("pasts")
        if found is None:
            found = ((s, d, past_verbs(s.text)) for s, d in self._dated())
        for sentence, published, verbs in found:
            if not verbs:
                continue
            self.carriers.setdefault(sentence.text, set()).add(sentence.article)
            at = index.get(sentence.text)
            if at is None:
                at = index[sentence.text] = len(self.texts)
                self.texts.append(sentence.text)
                self.latest.append(published)
                for verb in verbs:
                    by_verb.setdefault(verb, []).append(at)
            elif published > self.latest[at]:
                self.latest[at] = published
        return by_verb

    def _dated(self) -> Iterator[tuple[Sentence, date]]:
        """Every sentence of a dated article, with its article's day, in reading order."""
        articles = self.corpus.articles
        for sentence in self.corpus.sentences:
            published = articles[sentence.article].published
            if published is not None:
                yield sentence, published

    def _stored(self, name: str) -> list[tuple[Sentence, date, tuple[str, ...]]] | None:
        """The sentences of dated articles that each article's analysis lists under `name` (`pasts`,
        `told`, `off`: position -> words), with the article's day and those words, in reading order;
        None without an analysis of every article. Only the few sentences listed are visited, not
        the whole corpus (three walks over the 350,000 sentences of 10,000 articles, each build)."""
        corpus = self.corpus
        if len(corpus.analyses) != len(corpus.articles):
            return None
        starts = self._starts()
        found: list[tuple[Sentence, date, tuple[str, ...]]] = []
        for a_index, (article, analysis) in enumerate(zip(corpus.articles, corpus.analyses, strict=True)):
            listed = getattr(analysis, name)
            if article.published is None or not listed:
                continue
            start, end = starts[a_index], starts[a_index + 1]
            for position, words in sorted(listed.items()):
                sentence = corpus.sentences[start + position] if start + position < end else None
                if sentence is None or sentence.position != position:
                    return None  # not the sentences it was made of: read them all
                found.append((sentence, article.published, words))
        return found

    def _starts(self) -> list[int]:
        """`corpus.sentence_starts`, read once (a sentence's position is its place among its article's)."""
        found = self.starts
        if found is None:
            found = self.starts = sentence_starts(self.corpus)
        return found

    def terms_of(self, at: int) -> frozenset[str]:
        words = self.words.get(at)
        if words is None:
            words = self.words[at] = frozenset(stems_of(self.corpus, self.texts[at]))
        return words

    def names_of(self, at: int) -> frozenset[str]:
        names = self.names.get(at)
        if names is None:
            names = self.names[at] = frozenset(terms(" ".join(m.group(0) for m in _NAME.finditer(self.texts[at]))))
        return names


def _held_since(candidate: _Candidate, corpus: Corpus, told: _Told) -> bool:
    """A later article, or another story of the same day, tells the event as done: "the council will
    vote" on Monday, "the council voted" on Tuesday; "Trump will speak with Putin on Tuesday" on
    Monday, "Putin agreed … after a call with Trump that lasted two hours" on Tuesday (the event by
    its noun). It is over, dated or not — but a report written before the event's first day tells of
    an earlier one."""
    return _held(candidate, corpus.articles[candidate.step.articles[0]].published, told)


def _held(candidate: _Candidate, own: date | None, told: _Told) -> bool:
    """`_held_since` for an announcement written on the day `own`. Without that day (an undated
    article), its date read against the brief's says nothing of when it was written, so any dated
    report of the event held will do: when unsure, leave it out."""
    if own is None:
        candidate = replace(candidate, span=None)
    first = candidate.span[0] if candidate.span else None
    # A report of the same day counts too ("will speak with Putin" and, in another story that day, "after
    # the call"), but not for a repeat ("will meet again"): the one held that day was the one before.
    same_day = _AGAIN.search(candidate.step.text) is None

    def later(latest: date | None) -> bool:
        return latest is not None and (own is None or latest > own or (same_day and latest == own))

    for latest in (told.latest_telling(candidate), told.latest_noun_telling(candidate)):
        if latest is not None and later(latest) and (first is None or latest >= first):
            return True
    # Called off since: whenever the report came, before the event's day too, and the same day for a
    # repeat as well ("next Friday's talks" called off that day): the day it names ties it to this one.
    off = told.latest_called_off(candidate)
    return off is not None and (own is None or off >= own)


def _owning_days(text: str, found: Sequence[Found]) -> frozenset[date]:
    """The days `text` names as an occasion's own, with "'s": "Thursday's hearing" (`found`: its dates)."""
    return frozenset(
        date.fromisoformat(f.value)
        for f in found
        if len(f.value) == 10 and ("'s" in text[f.end - 2 : f.end + 2] or "’s" in text[f.end - 2 : f.end + 2])
    )


def _a_month_before(found: Sequence[Found], candidate: _Candidate) -> bool:
    """The telling names (`found`: its dates) a month, no day, before the event's: "a summit in Lorrin was called off
    in March" of one in June is an earlier one."""
    if candidate.span is None:
        return False
    month = candidate.span[0].isoformat()[:7]
    return any(len(f.value) == 7 and f.value < month for f in found)


# Words of a calling off or a move, which a telling has and the announcement lacks: no other occasion's.
_OFF_TERMS = frozenset(
    terms(
        "called calls call off cancelled canceled cancels scrapped scraps axed dropped postponed postpones delayed"
        " deferred moved rescheduled pushed put back suspended halted"
    )
)


def _its_own_noun(text: str, noun: str, candidate: _Candidate) -> bool:
    """`noun`, told called off in `text`, is the announcement's own occasion: its stem is among the announcement's
    terms and not only as a modifier there ("a strike vote": a strike called off is not it), and the words before it in
    the telling, its qualifier or the subject that owns it ("the appeals hearing", "the school board cancelled its
    hearing"), are all the announcement's too."""
    if stem(noun) not in candidate.terms:
        return False
    word = r"\b" + re.escape(noun) + r"\b"
    # the event noun after it, if any: the same in both ("strike vote" of a strike vote; not "strike" of one)
    theirs = {_next_event(candidate.step.text, m.end()) for m in re.finditer(word, candidate.step.text, re.I)}
    for m in re.finditer(word, text, re.I):
        before = frozenset(terms(text[: m.start()])) - _DATE_TERMS - _OFF_TERMS
        if (not theirs or _next_event(text, m.end()) in theirs) and before <= candidate.terms | candidate.names:
            return True
    return False


def _next_event(text: str, at: int) -> str | None:
    """The event noun right after text[at] ("vote" after "strike" in "a strike vote"), lower case; None if none."""
    m = _NEXT_IS_EVENT.match(text, at)
    return None if m is None else m.group(1).lower()


_NEXT_IS_EVENT = re.compile(r"\s+(" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\b", re.I)


# A denial or a telling only reported or rumoured: "was not called off", "has never been cancelled", "hasn't been
# scrapped", "denied that", "proved false", "were wrong", "dismissed claims", "reports that".
_DENIED = re.compile(
    r"\b(?:not|never|den(?:y|ies|ied|ying)|false|untrue|wrong|dismiss(?:ed|es|ing)?|reject(?:ed|s)?|baseless"
    r"|unfounded|rumou?r(?:s|ed)?|speculation)\b|n[’']t\b|\b(?:reports?|claims?|suggestions?)\s+that\b",
    re.I,
)
# An earlier occasion of the kind, or a time gone by: "the last summit in Lorrin", "the previous vote", "was cancelled
# last year", "two years ago", "in 2019", "delayed for years" (not "at the last minute").
_EARLIER_ONE = re.compile(
    r"\b(?:last|previous|earlier|prior|former)\s+(?!minute\b|moment\b)(?:[\w’'-]+\s+){0,2}?(?:"
    + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
    + r")\b|\b(?:last|past)\s+(?:year|month|spring|summer|autumn|fall|winter|season)\b|\bago\b"
    r"|\b(?:in|of|since)\s+(?:19|20)\d\d\b|\bfor\s+(?:years|months|decades|weeks)\b",
    re.I,
)
# A trailing attribution with its own day: ", the mayor said on Wednesday."
_TRAILING_SAID = re.compile(r",\s+[^,;]{0,60}?\b(?:said|says|announced|told|reported)\b[^,;]*$")
_AGAIN = re.compile(r"\b(?:again|another|anew|second|third|next|further|new\s+round|more)\b", re.I)


class HeldSince:
    """Whether a sentence announcing an event tells one the news has since reported as held: for
    the sections that must not tell as coming what is over ("Trump is set to speak with Putin this
    week" beside "… after a telephone call with Trump"), as Next steps reads it (`_held`). Built
    once per brief; the corpus's past tellings are indexed when first asked."""

    def __init__(self, corpus: Corpus, brief_date: date) -> None:
        self.corpus, self.brief_date = corpus, brief_date
        self.told = _Told(corpus)
        self.read: dict[tuple[str, str, int], _Words] = {}

    def __call__(self, text: str, published: date | None, article: int | None = None) -> bool:
        """`article`: the one the sentence is of, whose other sentences tell an earlier event."""
        found = announcement(text, published or self.brief_date)
        if found is None:
            return False
        reading, when = found
        articles = () if article is None else (article,)
        step = NextStep(text, when.day if when else None, when.period if when else None, articles)
        return _held(_candidate(step, reading, self.read, self.corpus), published, self.told)


def _one_per_event(found: list[_Candidate], corpus: Corpus, limit: int) -> list[NextStep]:
    """The candidates merged into one item per event, best first (see next_steps)."""
    merged: list[tuple[_Candidate, set[int], list[_Candidate]]] = []  # item, its articles, other dates
    # Whom each is about (`who`), read once per candidate, not once per pair compared (a merged
    # item's step keeps its text and lead-in when another telling speaks for it: its reading holds).
    whom: list[tuple[str, str] | None] = []  # the merged items'
    for candidate in sorted(found, key=lambda c: -c.step.score):
        own = who(candidate.step.text, candidate.step.lead_in)
        for k, (other, articles, differing) in enumerate(merged):
            if not _same_person(other.step, candidate.step, whom[k], own):
                # "He will appear in court on Friday" after two lead-ins is two people's, maybe: never one item
                continue
            if _disputed(other, candidate, corpus):
                if candidate.span not in {d.span for d in differing}:
                    differing.append(candidate)
                articles.update(candidate.step.articles)
                break
            if _two_people(other, candidate):
                continue
            if _same_event(other, candidate) or _led_to_the_same_day(other, candidate):
                articles.update(candidate.step.articles)
                # (and a named telling speaks for one printed after its lead-in: one sentence, not two)
                named = other.step.lead_in is not None and candidate.step.lead_in is None
                if _precision(candidate.step) > _precision(other.step) or (other.led and not candidate.led) or named:
                    # The outlet that names the day speaks for the item; the rank stays the best one's.
                    better = replace(candidate, step=replace(candidate.step, score=other.step.score))
                    merged[k] = (better, articles, differing)
                    whom[k] = own
                break
        else:
            if len(merged) < _MAX_MERGED:
                merged.append((candidate, set(candidate.step.articles), []))
                whom.append(own)
    steps = []
    for candidate, articles, differing in merged:
        step = candidate.step
        verbatim = cited(corpus, step.text, step.articles)
        if step.lead_in:  # only an article printing the lead-in too tells the pair
            lead = set(cited(corpus, step.lead_in))
            verbatim = tuple(a for a in verbatim if a in lead) or step.articles
            articles &= lead
        origins = {corpus.copies.get(a, a) for a in verbatim}
        also: list[int] = []
        for a in sorted(articles):
            if corpus.copies.get(a, a) not in origins:
                origins.add(corpus.copies.get(a, a))
                also.append(a)
        support = independent(corpus, sorted(articles))
        other_dates = tuple((_value(d.step), d.step.articles[0]) for d in differing)
        steps.append(
            replace(
                step,
                articles=verbatim,
                also=tuple(also),
                score=step.score * (1 + 0.5 * (support - 1)),
                other_dates=other_dates,
            )
        )
    steps.sort(key=lambda s: -s.score)
    # Never a page of "Date not given": the undated items are the best few, and only those.
    undated = [s for s in steps if not (s.date or s.period)][:MAX_UNDATED]
    return [s for s in steps if s.date or s.period or s in undated][:limit]


def _same_person(one: NextStep, other: NextStep, a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Whether two tellings may be one event's as far as whom they are about goes: both named, or both printed
    after a lead-in on the same person ("Orr won. He will …"), or one named after the other's lead-in subject.
    `a` and `b`: whom each is about (`who` of its text and lead-in)."""
    if a == b:
        return True
    named, led = (one, b) if a is None else (other, a)
    if led is None or (a is not None and b is not None):
        return False
    return named.lead_in is None and re.search(rf"\b{re.escape(led[0])}\b", named.text) is not None


def names_a_day(step: NextStep) -> bool:
    """The step is set for a day or a few named days ("on Tuesday", "Nov. 17-18")."""
    return step.date is not None or (step.period is not None and granularity(step.period) == "range")


# A next step is read alone, in a table: one whose subject is only a pronoun or a pointer to the
# sentence before ("He will also seek …", "There, officials say, …") cannot be. A conjunction is
# fine: "But the museum is not expected to open until May 2."
# Nouns of an office or a role: "the former" before one is a title, not the first of two things named before.
_TITLES = frozenset(
    "president prime premier minister chancellor senator governor mayor treasurer secretary chairman chairwoman"
    " chair director head chief leader judge justice ambassador envoy general commander captain warden member"
    " champion manager coach player lawmaker congressman congresswoman representative official aide adviser"
    " advisor spokesman spokeswoman spokesperson executive president-elect deputy speaker councillor councilor"
    " commissioner officer candidate partner owner editor mp".split()
)
_LEANS_BACK = re.compile(
    r"^(?:(?:but|and|or|so|yet|still|however|meanwhile|also|then|now)\b,?\s+)?"
    r"(?:he|she|they|it|this|that|these|those|his|her|their|its|such|there|here|both|another|the\s+latter"
    # "the former" of two, not "the former treasurer", "the former Vell aide" (a title: a title noun or a name after)
    r"|the\s+former(?!\s+(?:(?-i:[A-Z])|(?:" + "|".join(sorted(_TITLES)) + r")\b)))\b",
    re.IGNORECASE,
)
_PROGRESSIVE = re.compile(r"(?:will|['’]ll)\s+(?:\w+ly\s+)?be\s+\w+ing\b", re.I)
# A body named by its common noun alone, as the subject: "The upper house is expected to vote on Friday."
_BODY = re.compile(
    r"^(?:(?:but|and|meanwhile|also)\b,?\s+)?the\s+(?:[\w-]+\s+)?(?:house|chamber|court|committee|panel|council|board"
    r"|assembly|body|parliament|legislature|senate|cabinet|ministry|government|agency|commission|jury|tribunal)\b",
    re.I,
)
_CAPITALISED = re.compile(r"(?<!^)\b[A-Z][\w’'.-]*")
_CALENDAR_NAMES = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?:['’]s)?"
)


# Nothing after the event's verb but its time: "vote on Friday.", "meets next week,", "will rule."
_BARE_VERB = re.compile(
    r"\s*(?:(?:on|in|at|by|before|until|this|next|later|early|late)\s+)?(?:"
    + WEEKDAY_NAME
    + r"|tomorrow|today|tonight|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)|\s*(?:[,.;]|$)",
    re.I,
)


# The matter of a decision or a debate after its day: "… on Friday whether to strike", "… next week on the levy".
# (Not a purpose, "… on Friday to discuss it", nor a condition, "… on Friday if the quorum is met": which board,
# on what, is still untold.)
_MATTER_AFTER = re.compile(r"[^,;:.]*?\b(?:whether|on\s+(?:the|a|an|its|their|whether)|over\s+the)\b")


def _unnamed_body(text: str, reading: Reading) -> bool:
    """The subject is a body named by its common noun alone, its event has no matter, and the sentence
    names no one and nothing ("The upper house is expected to vote on Friday."): which house, and on
    what? The sentences before say; read alone, in a table, a reader cannot tell."""
    if not _BODY.match(text) or reading.kind == "nominal":
        return False  # (an event noun names its event: "… before the regional runoffs on March 30")
    head = text.find(reading.head, reading.start)
    if head < 0 or not _BARE_VERB.match(text, head + len(reading.head)):
        return False
    if _MATTER_AFTER.match(text, head + len(reading.head)):
        return False  # "the board will decide on Friday whether to raise the fees": the matter follows the day
    words = (m.group(0) for m in _CAPITALISED.finditer(text, 1))
    return all(_CALENDAR_NAMES.fullmatch(w) or _CALENDAR_NAMES.fullmatch(w.rstrip(".")) for w in words)


def _in_quotes(text: str, at: int) -> bool:
    """`at` is inside a quotation: an odd number of quote marks before it."""
    before = text[:at]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”")


_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


def _mostly_quoted(text: str) -> bool:
    return sum(len(m) for m in _QUOTED.findall(text)) >= 0.5 * len(text)


_PRECISION = {"range": 5, "by": 4, "week": 4, "weekend": 4, "month": 3, "quarter": 2, "season": 2, "year": 1}


def _value(step: NextStep) -> str:
    return step.date.isoformat() if step.date else step.period or ""


def _precision(step: NextStep) -> int:
    """How closely a step is dated: a day, a week or weekend, a month, a quarter or season, a year, nothing."""
    if step.date:
        return 5
    return _PRECISION[granularity(step.period)] if step.period else 0


# Periods a reader takes as a stretch of days to come, read from their first day ("Week of 17 Mar"); a month or
# longer is told as "Later in March", "In 2026": some day within it, most of it after the days named.
_FROM_THEIR_START = frozenset({"range", "week", "weekend"})


def by_date(steps: list[NextStep]) -> list[NextStep]:
    """Soonest first, so the items read in time order: a week, a weekend or a few days sort at their first
    day (a "Week of 17 Mar" before the Sunday that closes it), after a day named on that same first day; a
    month or longer ("later this month") at its last day, as the latest it may happen, after the days named
    within it; undated last."""

    def key(step: NextStep) -> tuple[int, str, int, str]:
        if step.date:
            return (0, step.date.isoformat(), 0, "")
        if step.period:
            start, end = period_start(step.period).isoformat(), period_end(step.period).isoformat()
            if granularity(step.period) in _FROM_THEIR_START:
                return (0, start, 1, end)
            return (0, end, 2, start)
        return (1, "", 0, "")

    return sorted(steps, key=key)
