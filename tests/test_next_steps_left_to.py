"""To "leave it to the voters" hands a matter over: no departure, so no next step without a day. (All sentences
invented.)"""

from __future__ import annotations

import pytest

from briefgen.timeline import announcement

from .test_next_steps_forms import MONDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Tam Orr said he would leave the decision to the Tarrow board.",
        "Tam Orr said the harbour chief would leave the choice up to the wardens.",
        "Tam Orr will leave it up to the Brell voters.",
        "The Brell reeve will leave that to the tolls board, his aide said.",
    ],
)
def test_leaving_a_matter_to_others_is_no_departure(sentence: str) -> None:
    assert announcement(sentence, MONDAY) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Tam Orr will leave Lorrin for talks in Brell.",
        "Tam Orr said he would leave the ferry guild to join the Tarrow board.",
        "The Brell reeve will leave it behind and sail to Lorrin for the tolls talks.",
    ],
)
def test_a_departure_near_leaving_a_matter_to_others_stands(sentence: str) -> None:
    assert announcement(sentence, MONDAY) is not None
