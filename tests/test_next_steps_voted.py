"""A vote whose outcome is an act to come: "the pilots voted on Sunday to stage a walkout on Friday" (the vote's own day
told, the act's after it), "the council voted to hold a referendum on May 3" (an occasion settled on); and a day
told as a past year's ("on May 3 last year"). Probed both ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from briefgen.dates import find_dates, resolve_date

from .test_next_steps_forms import MONDAY, _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("The Varnese pilots voted on Sunday to stage a walkout on Friday.", "2026-03-06"),
        ("The Orne salt guild voted on Sunday to hold a ballot on April 3.", "2026-04-03"),
        ("The Tarrow council voted to hold a referendum on the bridge on May 3.", "2026-05-03"),
        ("The salt traders of Brell voted to meet the mill owners on Thursday.", "2026-03-05"),
    ],
)
def test_a_vote_for_an_act_to_come(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarrow council voted to approve the budget on Friday.",  # the vote was the approving
        "The Tarrow council voted on Friday to raise the tolls.",  # no day for the raise
        "The Varnese pilots voted on Sunday to strike.",  # no day
        "The Varnese pilots voted on Thursday to stage a walkout on Friday.",  # the Friday after: gone
        "The Tarrow council voted to hold the tolls at last year's level.",  # no occasion
        "The Tarrow council voted against holding a referendum on May 3.",  # against
        "The Tarrow council voted not to hold a referendum on May 3.",  # negated
        "The Tarrow council had voted to hold a referendum on May 3, but the vote was overturned.",  # overtaken
        "The Tarrow council was voted out on Friday.",  # a passive, no act
        "The pilots voted on Sunday to stage a walkout on Friday, but the strike was later called off.",  # called off
        "The Tarrow council voted to hold a referendum on May 3 last year.",  # a past year's day
        "The Tarrow council decided to hold a referendum on May 3 last year.",
        "Last year the Tarrow council voted to hold a referendum on May 3.",
        "If the council voted to hold a referendum on May 3, the tolls would be frozen.",  # conditional
        "The pilots never voted to stage a walkout on Friday.",  # negated
    ],
)
def test_a_vote_that_sets_nothing_ahead(sentence: str) -> None:
    assert _listed(sentence) == []


def test_the_act_after_a_dated_decision_points_ahead() -> None:
    assert resolve_date("The guild voted on Sunday to hold a ballot on April 3.", MONDAY) == "2026-03-01"
    # (the first day is the vote's; the ballot's is read ahead, not as last April's)
    assert [f.value for f in find_dates("The guild voted on Sunday to hold a ballot on April 3.", MONDAY)] == [
        "2026-03-01",
        "2026-04-03",
    ]
