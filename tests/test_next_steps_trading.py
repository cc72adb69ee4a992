"""A listing's first day ("Varnese Shipping's stock will start trading in Lorrin on Thursday"): an occasion; "begin
trading insults" is none. Probed both ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("Varnese Shipping's stock will start trading in Lorrin on Thursday.", "2026-03-05"),
        ("Shares in the Brell ferry line are expected to start trading in Lorrin on Friday.", "2026-03-06"),
    ],
)
def test_a_listing_set_for_a_day(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "Varnese Shipping's stock started trading in Lorrin on Thursday.",  # past
        "Varnese Shipping's stock started trading in Lorrin on Thursday and rose sharply.",
        "The two Orne guilds will begin trading insults on Thursday.",  # another thing traded
        "Varnese Shipping's stock will not start trading in Lorrin on Thursday.",  # negated
        "Varnese Shipping's stock could start trading in Lorrin on Thursday if the listing is approved.",  # conditional
        "The salt merchants of Brell begin trading at dawn every day.",  # habitual
    ],
)
def test_no_listing_set(sentence: str) -> None:
    assert _listed(sentence) == []
