"""An occasion heading a longer subject before "is" and its day ("the deadline for tenders on the ferry contract is
March 20", "the vote on the new harbour tolls in Brell is on Thursday"): the day is the occasion's, as in "the
deadline is March 20". Probed both ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("The deadline for tenders on the Varnese ferry contract is March 20.", "2026-03-20"),
        ("The vote on the new harbour tolls in Brell is on Thursday.", "2026-03-05"),
    ],
)
def test_an_occasion_heading_a_long_subject_is_on_its_day(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deadline for tenders on the Varnese ferry contract was March 20.",  # past
        "The deadline for tenders on the Varnese ferry contract is March 20 every year.",  # habitual
        "The deadline for tenders on the Varnese ferry contract is not March 20.",  # negated
        "The deadline for tenders on the Varnese ferry contract is March 20, if the board agrees.",  # conditional
        "The vote on the new harbour tolls in Brell is a test for Quarle on Thursday.",  # what it means
        "The deadline for tenders on the Varnese ferry contract is a matter for the board.",  # no day
        "The talk of the harbour in Lorrin is the new tolls on Friday.",  # no occasion
        "The deadline for tenders on the Varnese ferry contract is March 20 last year.",  # a past year's
    ],
)
def test_no_occasion_dated_by_a_long_subject(sentence: str) -> None:
    assert _listed(sentence) == []
