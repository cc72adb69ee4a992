"""A sentence opening on a share of people answering a poll it does not name leans on the sentence
that named the poll: "Under 2 percent chose Quarle." (of whom? asked by whom?)."""

import pytest

from briefgen.selfcontained import leans_on_context


@pytest.mark.parametrize(
    "text",
    [
        "Less than 1 percent chose Olan Quarle, the former harbour master.",
        "Some 31 percent said Ida Vell should go before the autumn.",
        "Two-thirds support lowering the harbour levy for small boats.",
        "Only 19 percent of islanders said the levy was fair, down from 26 percent.",
        "Nearly half said they wanted a mayor from outside the guild.",
        "Only one-third approve of the harbour levy's new rate.",
    ],
)
def test_a_share_of_unnamed_poll_answers_leans(text: str) -> None:
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        # the poll is named in the sentence
        "Less than 1 percent chose Olan Quarle in the Ostrel Courier's poll of 900 islanders.",
        "Two-thirds support lowering the levy, according to a survey by the harbour guild.",
        # a share of things, not of people answering
        "Half of the Ostrel fleet stayed in port on Monday as the storm passed.",
        "About 40 percent of the harbour levy goes to dredging the channel.",
    ],
)
def test_a_share_with_its_poll_or_of_things_does_not(text: str) -> None:
    assert not leans_on_context(text)
