"""The modal "should": of someone's act it is advice, not a schedule ("the guild should hold its ballot on Thursday, a retired
guild master argued"), whoever gives it; of the event itself it is an expectation ("the guild vote should be held on
Friday"). (All sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence",
    [
        "The Varnese ferry guild should hold its ballot on Thursday, a retired guild master argued.",
        "The Brell harbour board should meet the ferry crews on Thursday, Ines Quarle said.",
        '"The Tarrow council should debate the tolls on Friday," Quarle told reporters.',
        "The lantern guild should testify before the canal panel on Friday rather than hide.",
        "Orrin Valk should also visit the flooded quays on Thursday, his critics say.",
        "The salt traders should now hold their ballot on Friday, the mill owners argued.",
    ],
)
def test_advice_with_a_day_is_no_next_step(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("The Varnese guild vote should be held on Friday.", "2026-03-06"),
        ("The Brell ferry talks should resume on Thursday.", "2026-03-05"),
        ("The Lorrin guild vote should take place on Friday.", "2026-03-06"),
    ],
)
def test_an_expected_event_with_a_day_stands(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]
