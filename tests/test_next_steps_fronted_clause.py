"""Issue 12, as the lead settled it in session 29: a sentence that names a discrete event still to come is a next
step even when its main clause is a forecast or a hedge around that event; the event is the step and the page shows
its date. Here the event is told by a clause of time the sentence opens with, in the present ("Once the levy takes
effect on March 20, traders are likely to pay more"), and "goes into effect" is read as "comes into force" is. Not a
step: a past opening, a habit, a condition or a doubt anywhere after the opening, an opening with no event, a past main clause.
The paper is dated Monday 2 March 2026, the brief the next morning unless a test says otherwise. (All sentences
invented.)"""

from __future__ import annotations

from datetime import date

import pytest

from .test_next_steps_forms import MONDAY, _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        # the main clause reads no step of its own: an outcome, a forecast
        ("Once the new Brell berthing charges take effect on Friday, many skippers will pay more.", "2026-03-06"),
        # a condition of the outcome alone, not of the event
        (
            "Once the new Brell charges take effect on Friday, skippers will pay more, but some may pay less if they "
            "dock early.",
            "2026-03-06",
        ),
        ("When the Lorrin levy takes effect on March 20, traders are likely to pay more.", "2026-03-20"),
        ("When the new Varnese harbour board takes office in April, it is likely to cut the tolls.", "2026-04"),
        ("Once the Orne ferry tolls go into effect on Thursday, fares are likely to rise.", "2026-03-05"),
        # "goes into effect", as "comes into force"
        ("The new Orne ferry tolls go into effect on Thursday.", "2026-03-05"),
        ("The Kesh tariff goes into effect on March 20.", "2026-03-20"),
        ("The Kesh tariff, which goes into effect on March 20, doubles the fee for late boats.", "2026-03-20"),
    ],
)
def test_an_opening_clause_of_time_tells_the_step(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "When the Brell berthing charges took effect on Friday, many skippers paid more.",  # past
        "Once the Kesh tariff took effect last March, traders paid more.",  # past
        "When the Brell guild meets on Thursdays, Tam Orr usually backs Ilse Vell.",  # a habit
        "When the Brell guild meets every Thursday, Tam Orr is likely to back Ilse Vell.",  # a habit
        "When the Brell guild meets on Thursday, if it meets at all, Tam Orr is likely to back Ilse Vell.",
        "If the Kesh tariff takes effect on March 20, traders are likely to pay more.",  # a condition
        "When prices rise in March, Kesh traders will suffer.",  # no event
        "Once the Kesh dock strike ends in March, ferries are likely to run again.",  # a state's end foretold
        "Before the Kesh tariff takes effect on March 20, the court may strike it down.",  # may be undone
        "Once the Kesh tariff takes effect on March 20, if it ever does, traders will pay more.",  # a doubt
        "When Tam Orr turns 60 in March, she is likely to retire.",  # no event
        # a condition or a doubt anywhere after the opening may hang on its event (a review's cases)
        "Once the Kesh levy takes effect on March 20, traders will pay more, if the courts do not block it first.",
        "When the Kesh levy takes effect on March 20, traders will pay more, unless the senate repeals it first.",
        "When the Kesh tariff takes effect on March 20, traders will pay more, provided the senate approves it.",
        "When the Kesh tariff takes effect on March 20, traders will pay more — if it ever does.",
        # the tolls' going into effect let, watched or done: no schedule (a review's cases)
        "Officials let the Orne tolls go into effect on Friday without a vote.",
        "When the Kesh tariff takes effect on March 20, traders were expected to pay more.",  # a past main clause
        "When will the Kesh tariff take effect on March 20?",  # a question
        "The Kesh tariff did not go into effect on March 1.",  # negated
        "The Kesh tariff went into effect on Feb. 20.",  # past
        "The Kesh tariff would go into effect on March 20.",  # what would be
        "The Kesh tariff is unlikely to go into effect on March 20.",  # doubted
        "The Kesh tariff goes into effect every March 20.",  # a habit
        "The Kesh tariff, which went into effect on Feb. 20, doubles the fee for late boats.",  # past
    ],
)
def test_no_step_from_these(sentence: str) -> None:
    assert _listed(sentence) == []


def test_the_day_is_the_papers_and_a_day_gone_by_the_brief_is_dropped() -> None:
    sentence = "Once the Kesh tariff takes effect on Tuesday, traders are likely to pay more."
    # Tuesday from Monday's paper is 3 March: still to come on the brief of Tuesday morning ...
    assert _listed(sentence) == ["2026-03-03"]
    # ... gone on a brief made on Thursday 5 March.
    assert _listed(sentence, MONDAY, date(2026, 3, 5)) == []
    # From Thursday's paper, "Tuesday" is the coming one, 10 March.
    assert _listed(sentence, date(2026, 3, 5), date(2026, 3, 6)) == ["2026-03-10"]
