"""Issue 12: an event told in the present with its day ahead, when the act's addressee, object or manner stands
between the verb and the day: a speech or a trip to whom or where it goes ("speaks to supporters by video on
Thursday night", "flies to the harbour talks on Friday"), a meeting or an address with its object ("meets the
ferry guild on Thursday", "addresses the nation on Wednesday night"). And a view told in an earlier clause joined to
this one ("His pay, they believe, is low, and …") is that clause's, not a doubt of this clause's schedule.
Not a step: a past, a habit, a condition, a view of the schedule itself, a noun that looks like the verb, a transfer
("the prize goes to the winner"). The paper is dated Monday 2 March 2026, the brief the next morning. (All sentences
invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("Tam Orr speaks to supporters by video on Thursday night.", "2026-03-05"),
        ("Tam Orr speaks to the guild about the levy on Thursday.", "2026-03-05"),
        ("Ilse Vell flies to the harbour talks on Friday.", "2026-03-06"),
        ("Ilse Vell meets the ferry guild on Thursday.", "2026-03-05"),
        ("Ilse Vell addresses the nation on Wednesday night.", "2026-03-04"),
        ("The Varnese board meets the ferry guild in Brell on Friday.", "2026-03-06"),
        # a forecast around the speech: the speech is the step (the lead's definition)
        ("Most do not expect Orr to back Vell when she speaks to supporters by video on Thursday night.", "2026-03-05"),
        # a view told in an earlier clause, joined by ", and" or ";"
        (
            "Orr's hold on the guild, aides believe, is not slipping, and most expect her to back Vell when she speaks "
            "to supporters by video on Thursday night.",
            "2026-03-05",
        ),
        (
            "Skippers believe the Kesh levy is too high; the harbour board meets the ferry guild on Thursday.",
            "2026-03-05",
        ),
    ],
)
def test_an_act_read_past_its_object(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tam Orr spoke to supporters by video on Thursday night.",  # past
        "Tam Orr speaks to supporters by video every Thursday night.",  # a habit
        "Tam Orr speaks to supporters by video on Thursdays.",  # a habit
        "Tam Orr never speaks to reporters on Fridays.",  # a habit
        "If Tam Orr speaks to supporters on Thursday, she may back Vell.",  # a condition
        "Whether Ilse Vell meets the ferry guild on Thursday is unclear.",  # a question of the schedule
        "Some skippers think Ilse Vell meets the ferry guild on Thursday.",  # a view of the schedule
        "The Brell board, skippers believe, meets the ferry guild on Thursday.",  # a view in the clause itself
        "Skippers think the levy is too high, and that the board meets the ferry guild on Friday.",  # still the view
        "The returns to Kesh investors next year will be thin.",  # a noun
        "Tam Orr needs 60 votes to win next month.",  # a noun, then an infinitive
        "The Brell prize goes to the winner on Friday.",  # a transfer, not a trip
        "The Brell guild meets the cost of the ferry in March.",  # meets a cost
        "Ilse Vell addresses the levy in her book, out in March.",  # no occasion
        "Ilse Vell travels to the region often, most recently on Monday.",  # the day is past
        "She said Orr meets the ferry guild on Thursday if the ferries run.",  # a condition
        "When Tam Orr spoke to the guild on Thursday, she backed Vell.",  # past
    ],
)
def test_near_cases_stay_out(sentence: str) -> None:
    assert _listed(sentence) == []


# A named place after an occasion's date ("the gathering in September in Brell") leaves the date's verb in reach, as
# without it; "gathering" is an occasion's noun.
@pytest.mark.parametrize(
    "sentence, when",
    [
        ("Tam Orr said the fair in September in Brell would be the guild's last.", "2026-09"),
        ("On Thursday, Tam Orr told the guild its gathering in September in Brell would be its last.", "2026-09"),
        ("The Varnese guild's gathering in Brell next month will be its last.", "2026-04"),
    ],
)
def test_a_place_after_the_date(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tam Orr said the fair in September in Brell was the guild's last.",  # past
        "The fair in September in Brell drew thousands.",  # past
        "The gathering in Brell last September was the guild's last.",  # past
        "The Varnese guild's gathering in September in Brell was a success.",  # past
        "Thousands were gathering in Brell on Friday.",  # a verb, past
        "Storm clouds are gathering over Brell on Friday.",  # a verb, no occasion
        "Intelligence gathering in Brell on Friday turned up nothing.",  # past
        "The Varnese guild holds a gathering in Brell every September.",  # a habit
        "If the gathering in September in Brell goes ahead, Tam Orr will speak.",  # a condition
        "Ilse Vell said the vote in February in Brell had been rigged.",  # past
    ],
)
def test_a_place_after_the_date_near_cases(sentence: str) -> None:
    assert _listed(sentence) == []
