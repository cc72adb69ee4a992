"""An infinitive of purpose right after a day ("… on Wednesday to meet the minister") is its governing
verb's purpose: a past verb far before the day still dates it, and the day is not read as ahead."""

from datetime import date

import pytest

from briefgen.dates import find_dates

PUBLISHED = date(2031, 3, 6)  # a Thursday


def _days(text: str) -> list[tuple[str, int]]:
    return [(found.value, found.direction) for found in find_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ilsa Brandt took a short break from the long campaign trail Wednesday to meet the harbour board.",
        "The delegation from Tarrow broke off its visit to the northern ports Wednesday to vote on the budget.",
        "Senator Oren Kask left the closed hearing on the river tolls Wednesday to address the crowd outside.",
    ],
)
def test_a_past_verb_far_before_the_day_dates_it_despite_the_infinitive(text: str) -> None:
    assert _days(text) == [("2031-03-05", -1)]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ilsa Brandt will take a short break from the long campaign trail Wednesday to meet the board.",
        "The envoys are heading to the capital of Brell on Friday to meet the board.",
        "The envoys travel to Brell on Friday to meet the board.",
    ],
)
def test_a_future_or_an_arrangement_keeps_the_day_ahead(text: str) -> None:
    assert _days(text)[-1][1] == 1
    assert _days(text)[-1][0] > PUBLISHED.isoformat()


def test_the_day_of_a_decision_and_the_day_of_what_was_decided_stay_apart() -> None:
    assert _days("The board voted Monday to meet again on Friday.") == [("2031-03-03", -1), ("2031-03-07", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called a news conference for Friday to announce her decision.",
        "Organisers said they had invited the envoy to Brell on Friday to discuss the tolls.",
        "The party said it had hired a hall in Varna on Saturday to launch its manifesto.",
        "Officials said the minister was flying to Varna on Monday to open the new port.",
        "Kask said he was returning to the capital on Sunday to vote on the bill.",
    ],
)
def test_an_arranging_or_a_backshifted_progressive_keeps_the_day_ahead(text: str) -> None:
    value, way = _days(text)[-1]
    assert way == 1 and value > PUBLISHED.isoformat()


def test_a_past_verb_in_an_aside_does_not_date_the_main_clause() -> None:
    assert _days("Orr, whose term ended in January, comes back Wednesday to testify.")[-1] == ("2031-03-12", 1)


@pytest.mark.parametrize(
    "text",
    [
        "The court allowed the ban to go into effect Friday.",
        "Hauliers watched the new tolls go into effect Friday.",
        "The tolls did go into effect Friday, despite the protests.",
    ],
)
def test_a_governed_go_into_effect_is_no_schedule(text: str) -> None:
    assert _days(text) == [("2031-02-28", -1)]
