"""Next steps: "the next" occasion with its day (timeline._next_occasion) is no step when the sentence doubts,
denies, rumours, wishes or foretells it, or only names it as what something else comes from (issue 12, review
of the rule). Each sentence here was a step on the first version of the rule and none before it; the occasion's
day may be right, but the sentence does not tell the occasion as coming, so the item is left out. Kept: the
sentences that tell it as coming (test_next_steps_next_occasion.py). All sentences invented.

Also: an undated act timed from another occasion ("will begin two days after the deadline") is an item of its
own unless the act is itself an occasion's (timeline._timed_from_another: "the guild runoff will come just five
weeks after the opening ballot")."""

from __future__ import annotations

from datetime import date

import pytest

from .announced import when_announced

# The paper is dated Thursday 12 March 2026.
THURSDAY = date(2026, 3, 12)


def _when(sentence: str, ref: date = THURSDAY) -> str | None:
    return when_announced(sentence, ref)


@pytest.mark.parametrize(
    "sentence",
    [
        # denied, rumoured, doubtful: the occasion itself is in question
        "Word of the next guild congress, on March 25, is untrue, the reeve's office said.",
        "Speculation is building over the next guild congress, on March 25.",
        "Traders in Vellport say talk of the next guild congress, in April, is premature.",
        "There is talk of the next guild congress, in April, moving to Orrick.",
        "Lorrin has been floated as host of the next guild congress, in April.",
        "Question marks hang over the next guild congress, on March 25, after the quarrel at the quays.",
        "The port warden is threatening to halt the next fish auction, on March 19.",
        "Ferry crews are demanding that the next guild referendum, in June, be halted.",
        "Ines Vell says she is unsure whether she will attend the next guild congress, on March 25.",
        "The rowing league is weighing whether to row the next regatta, on March 14, at Lorrin.",
        # a past telling in the present: only what came of the occasion
        "Pictures from the next guild rally, on March 15, show Orr slipping on the quay.",
        "Tam Orr, fresh from victory at the next guild primary, on April 7, thanks the ferry crews.",
        # a forecast, a wish, an intent, a condition
        "Orr aims to carry Brell in the next guild primary, on April 7.",
        "Dock watchers expect Vell to top the next guild primary, on April 7.",
        "Vell is tipped to sweep the next guild primary, on April 7.",
        "Orr is expected to romp home in the next harbour election, in May.",
        "Tally clerks see Vell finishing first in the next guild primary, on April 7.",
        "The Ferrymen are projected to gain seats in the next harbour election, in May.",
        "Vell is on course to clinch the guild seal at the next guild convention, in June.",
        "Orr is touring the wards in case she faces Vell at the next harbour election, in May.",
        "Orrick's reeve is eager to host the next guild congress, on March 25, clerks said.",
        "Vell is seeking to host the next guild debate, on March 24.",
        "Lorrin is bidding to stage the next lantern festival, in July.",
        "The ferry union is threatening to disrupt the next fish auction, on March 19.",
        "Orrick is lobbying to move the next guild congress, on March 25, to its old rope hall.",
        "Vell plans to sit out the next guild primary, on April 7.",
        "Orr insists she will ignore the next guild debate, on March 24.",
    ],
)
def test_the_next_occasion_doubted_or_foretold_is_no_step(sentence: str) -> None:
    assert _when(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # (the first version's steps, kept)
        ("Ines Vell, a former lock keeper, is running in the next quay council election, on April 19.", "2026-04-19"),
        ("Orrick, a mill town of five thousand, hosts the next guild debate, on March 24.", "2026-03-24"),
        (
            "Both rivals are already courting ferry crews in Brell ahead of the next guild primary, on April 7.",
            "2026-04-07",
        ),
        (
            "Net makers from the delta plan to sail their boats into Lorrin for the next protest, on March 21.",
            "2026-03-21",
        ),
        ("The ferry bloc is counting on the next guild referendum, in June, to settle the toll quarrel.", "2026-06"),
        ("Residents of Kesh will get their say at the next town meeting, on March 30.", "2026-03-30"),
        ("Reeve Tam Orr faces a hostile hall at the next council session, on March 17.", "2026-03-17"),
        ("Lorrin, on the far bank, is also the site of the next guild primary, on April 21.", "2026-04-21"),
    ],
)
def test_the_next_occasion_told_as_coming_stays(sentence: str, told: str) -> None:
    assert _when(sentence) == told


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry strike will begin two days after the deadline runs out.",
        "The harbour inquiry will report six months after the hearings close.",
        "Guild masters will meet a day after the congress to review the toll accord.",
        "Wardens will file charges ten days after the inquest.",
    ],
)
def test_an_act_timed_from_another_occasion_is_its_own_item(sentence: str) -> None:
    assert _when(sentence) == "undated"


@pytest.mark.parametrize(
    "sentence",
    [
        "Orrick's ward caucuses will come round eight days after the Lorrin primary.",
        "The guild runoff will come just five weeks after the opening ballot.",
    ],
)
def test_an_occasion_timed_from_another_is_no_item(sentence: str) -> None:
    assert _when(sentence) is None


def test_what_leads_up_to_the_next_occasion_gives_not_its_day() -> None:
    # the draw's own day is Saturday: the tournament's month is no step of this sentence
    assert _when("The draw for the next rowing tournament, in June, takes place in Orrick on Saturday.") != "2026-06"
