"""A present of schedule whose subject is a plural occasion with a longer phrase after it ("talks between the
guild and the harbour board resume on Thursday"): the verb's base form agrees with the occasion, not the nearer
noun, and the day is the occasion's. And a wish, a fear or a denial told after a schedule ("…, the guild hopes",
"…, its spokesman denied") is no schedule. Probed both ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("Talks between the ferry guild and the harbour board resume on Thursday.", "2026-03-05"),
        ("Negotiations between the pilots and the Varnese ferry company resume on Wednesday.", "2026-03-04"),
        ("Hearings on the dredging of the east quay begin on Thursday.", "2026-03-05"),
        ("The talks with the Brell mill owners reopen on Friday.", "2026-03-06"),
    ],
)
def test_a_plural_occasion_set_for_a_day(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between the ferry guild and the harbour board resumed on Thursday.",  # past
        "Talks between the ferry guild and the harbour board often resume on Thursdays.",  # habitual
        "If talks between the ferry guild and the harbour board resume on Thursday, the strike will end.",
        "Talks between the ferry guild and the harbour board could resume on Thursday.",  # a maybe
        "Talks between the ferry guild and the harbour board will not resume on Thursday.",  # negated
        "The talks that the guild and the board resume on Thursday are likely to fail.",
        "Few expect talks between the guild and the board to resume on Thursday.",  # a forecast denied
        "Talks between the guild and the board, which resume on Thursday, were broken off last year.",
        "Talks between the guild and the board collapsed on Thursday.",  # past
        "Talks between the guild and the board resume on Thursday, the guild hopes.",  # wished for
        "Talks resume on Thursday, the Varnese guild hopes.",
        "The Orne guild will meet the board on Thursday, the crews fear.",  # feared
        "The Orne guild agreed to meet the board on Friday, its spokesman denied.",  # denied
        "Two ferry crews plan a rally at the Lorrin quays on Saturday, a rumour claimed, but the guild denied it.",
        "Rallies across the Varnese coast meet resistance on Thursday.",  # no occasion's act
        "Strikes by the ferry crews cost the harbour on Thursday.",
    ],
)
def test_no_plural_occasion_set_for_a_day(sentence: str) -> None:
    assert _listed(sentence) == []
