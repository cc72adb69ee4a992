"""Key points: readings narrowed after the review of session 21 (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.selfcontained import counted_set, leans_on_context
from briefgen.standing import standing_fact


# "has long" describing someone the news is about, a trend a court rules on, or one with news joined on: news.
@pytest.mark.parametrize(
    "text",
    [
        "Marsh, who has long opposed the dam, resigned from the cabinet.",
        "The Kesh government, which has long denied any role in the bombing, admitted responsibility.",
        "Residents have long complained about the smell, and the Dorn plant was shut down.",
        "For years the company has polluted the river, a court ruled, ordering it to pay $30 million.",
    ],
)
def test_a_long_running_clause_beside_news_is_no_standing_fact(text: str) -> None:
    assert not standing_fact(text)


@pytest.mark.parametrize(
    "text", ["The port has long been a hub for grain.", "The strait has long been overfished, the wardens said."]
)
def test_a_long_running_trend_alone_is_a_standing_fact(text: str) -> None:
    assert standing_fact(text)


# A poll's result with its margin in one sentence is the result; the margin alone is method.
def test_a_poll_result_with_its_margin_is_news_and_the_margin_alone_is_not() -> None:
    assert not standing_fact(
        "The poll, taken Sunday, shows Orr ahead by 9 points and carries a 3-point margin of error."
    )
    assert not standing_fact(
        "Orr leads Ash 48 percent to 41 percent in the poll, which carries a 3-point margin of error."
    )
    assert standing_fact("The survey of 1,200 voters carried a four-point margin of error.")


# A counted set whose participle or apposition says which stands alone; one given by its count alone does not.
@pytest.mark.parametrize(
    "text",
    [
        "All 12 miners trapped in the Orvell shaft were brought out alive.",
        "The four hostages held in Tolla since May were released.",
        "The two leaders, Orn and Pell, agreed to meet again in May.",
    ],
)
def test_a_counted_set_that_says_which_needs_nothing(text: str) -> None:
    assert counted_set(text) == frozenset()


def test_a_counted_set_by_its_count_alone_needs_the_set_told() -> None:
    assert counted_set("The three pilots were freed on Monday.") == frozenset({"pilot"})


# A verb complete alone in an opening clause leans on nothing.
def test_an_opening_clause_with_a_verb_complete_alone_leans_on_nothing() -> None:
    assert not leans_on_context("After two big shareholders objected, the Marl-Tessel merger was called off.")
    assert leans_on_context("When the guild refused, the board met again.")
