"""Next steps: plans that no longer hold, and boycotted occasions.

A plan told in the pluperfect ("had been due to judge the nets at the fair on Saturday before her ferry was stopped")
is a plan the text no longer holds. The occasion it names is not listed for that act, even though its day is still
ahead: the reader would take the speech as coming. The same plan told as standing, and a day the sentence sets
anew, are listed. (Invented sentences, read in a Monday paper.)"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.timeline import announcement

MONDAY = date(2026, 3, 9)


def _day(sentence: str) -> str | None:
    found = announcement(sentence, MONDAY)
    if found is None:
        return None
    when = found[1]
    return None if when is None else str(when.day or when.period)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Quarle had been due to judge the nets at the salt fair on Saturday before her ferry was stopped.",
        "Ines Quarle had been due to judge the nets at Saturday's salt fair.",
        "Tam Orr had been due to open the Brell lantern parade on Thursday.",
        "The Ostry choir had been scheduled to sing at the regatta on Sunday, but the guild called it off.",
        "The wardens had been expected to attend the tolls hearing on Friday.",
    ],
)
def test_a_plan_of_the_past_names_no_step(sentence: str) -> None:
    assert _day(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Ines Quarle is due to judge the nets at the salt fair on Saturday.", "2026-03-14"),
        ("Tam Orr will open the Brell lantern parade on Thursday.", "2026-03-12"),
        # the day set anew is the step's, whatever the old one was
        ("The tolls vote, which had been scheduled for Thursday, will now take place on March 20.", "2026-03-20"),
        # an occasion given its own verb keeps its day: the fair opens, whoever no longer speaks there
        (
            "Ines Quarle had been due to judge the nets at the salt fair, which opens on Thursday in Brell.",
            "2026-03-12",
        ),
    ],
)
def test_a_standing_plan_or_a_new_day_is_a_step(sentence: str, day: str) -> None:
    assert _day(sentence) == day


# "was supposed to": in the past, what should have happened and did not; "is supposed to" is a schedule standing.
@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Ines Quarle was supposed to address the ferry guild on Thursday but stayed home.", None),
        ("The Brell clerks were supposed to count the ballots on Friday.", None),
        ("Ines Quarle is supposed to address the ferry guild on Thursday.", "2026-03-12"),
    ],
)
def test_what_was_supposed_to_happen_is_no_step(sentence: str, day: str | None) -> None:
    assert _day(sentence) == day


# An act told to come only after another event, with no day ("will only reconvene after the inquiry reports"): kept,
# undated. On real news such a sentence is often the story's pending step itself (a body suspending a process until a
# condition is met), and readers label it one; leaving it out cost a central step on the tuning clusters.
def test_an_act_only_after_another_event_is_an_undated_step() -> None:
    found = announcement("The Brell assembly will only reconvene after the harbour inquiry reports.", MONDAY)
    assert found is not None and found[1] is None


# Refusing or skipping an occasion ("will boycott Thursday's debate") is no event of its own; the sentence is kept
# because it tells the occasion is on, and it is dated by the occasion's day. A sentence that says nobody attends,
# or that the act is not to happen, names nothing to come and is left out.
@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The carters will boycott Thursday's tolls debate in Brell.", "2026-03-12"),
        ("Ines Quarle will not attend Thursday's tolls debate in Brell.", None),
    ],
)
def test_a_boycotted_occasion_is_dated_by_the_occasion(sentence: str, day: str | None) -> None:
    assert _day(sentence) == day


# An intention told in the pluperfect ("had planned to attend Thursday's hearing") is, like "had been expected to", a
# plan the text no longer holds; a decision or a deal in the pluperfect ("had agreed to meet", "had decided to hold")
# still stands, and so does a step of the main clause beside a former intention.
@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Tam Orr had planned to attend Thursday's tolls hearing in Brell.", None),
        ("Tam Orr had originally intended to open the lantern parade on Thursday.", None),
        ("Tam Orr plans to attend Thursday's tolls hearing in Brell.", "2026-03-12"),
        ("The Brell wardens had agreed to meet the carters on Thursday.", "2026-03-12"),
        ("The Brell assembly had decided to hold the tolls vote on March 20.", "2026-03-20"),
        ("Tam Orr, who had planned to retire, will address the Brell assembly on Thursday.", "2026-03-12"),
    ],
)
def test_an_intention_of_the_past_is_no_step(sentence: str, day: str | None) -> None:
    assert _day(sentence) == day
