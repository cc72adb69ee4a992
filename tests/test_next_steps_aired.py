"""Next steps: a programme or a release given, in a relative clause, the day it will be shown.

"The documentary, which will be on Brell television Thursday night, follows three pilots" tells when the documentary
airs, as "the debate, which will be on Thursday" tells the debate's day. Only the future counts (a present "which is
on Thursdays" is a habit), only a day (not the bound of a run, "on show until Friday"), and only while the main
clause does not tell the thing as past or pulled. (Invented sentences, read in a Tuesday paper.)"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.timeline import announcement

TUESDAY = date(2026, 3, 10)


def _day(sentence: str) -> str | None:
    found = announcement(sentence, TUESDAY)
    if found is None or found[1] is None:
        return None
    return str(found[1].day or found[1].period)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "The documentary, which will be on Brell television Thursday night, follows three ferry pilots.",
            "2026-03-12",
        ),
        ("The Ostry film, which will be in cinemas on Friday, follows three salt miners.", "2026-03-13"),
    ],
)
def test_a_programme_told_to_be_shown_on_a_day_is_a_step(sentence: str, day: str) -> None:
    assert _day(sentence) == day


@pytest.mark.parametrize(
    "sentence",
    [
        # a habit, not one showing
        "The ferry series, which is on Brell television on Thursdays, follows three pilots.",
        # told as past
        "The documentary, which was on Brell television Thursday night, follows three ferry pilots.",
        # the bound of a run, not the day it is shown
        "The documentary, which will be on show until Friday, follows three ferry pilots.",
        "The Ostry album, which will be on sale from Friday, was recorded in Brell.",
        # the main clause tells it pulled or as past
        "The documentary, which will be on Brell television Thursday night, was pulled by the channel.",
        "The documentary, which will be on Brell television Thursday night, has been canceled.",
        # a policy programme is no showing
        "The Brell aid programme, which will be in place on Friday, pays the carters.",
        # a person on the air is no programme
        "Tam Orr, who will be on Brell television Thursday night, leads the polls.",
    ],
)
def test_a_habit_a_run_or_a_pulled_programme_is_no_step(sentence: str) -> None:
    assert _day(sentence) is None
