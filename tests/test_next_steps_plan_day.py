"""A plan made on a day, told with that day between the verb and its "to" ("agreed on Sunday to meet again
on Friday"): the plan's own day is the step's, not the day it was made; probed both ways. (All sentences
invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("The Brell harbour board agreed Sunday to vote on the new tolls on Thursday.", "2026-03-05"),
        ("The lantern guild of Orne agreed yesterday to vote on the canal tolls on Wednesday.", "2026-03-04"),
    ],
)
def test_a_plan_told_with_the_day_it_was_made(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kesh lock wardens agreed on Sunday to cut the night tolls.",  # no day set
        "The Kesh lock wardens agreed on Sunday to end the strike that began on Friday.",  # the day is past
        "The Brell harbour board decided on Sunday to scrap Friday's vote.",  # called off
        "The Brell harbour board agreed on Sunday to meet again within weeks.",  # no day
        "The lantern guild of Orne agreed on Sunday to meet the trust on Friday if the tolls were frozen.",
        "The lantern guild of Orne hoped on Sunday to meet the trust on Friday.",  # a hope, no plan set
    ],
)
def test_a_plan_with_its_day_made_that_sets_nothing_ahead(sentence: str) -> None:
    assert _listed(sentence) == []
