"""What looks like a dated step and is not: a day in the possessive that is another thing's ("votes from Friday's
poll will be counted"), an honour held ("will be in the Hall of Fame on Friday"), a verb joined to a past move
whose past is its base form ("was moved to Thursday and shut every ferry"), a future perfect of a state ("will have
been on strike for a month"), the page talking to its reader ("follow our live coverage"); each probed both ways. (All sentences
invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence",
    [
        # the day of another thing, named in the possessive after "from", "of", "over"
        "Ballots from Saturday's guild vote will be tallied by hand.",
        "Ballots from Sunday's reeve vote will be recounted in Brell.",
        "Questions over Thursday's ballot will be put to the board.",
        # an honour held
        "The old skipper Tam Orrel will be in the Lighthouse Hall of Fame by Friday.",
        "Kesh's oldest lock keeper is to be in the Hall of Fame on Friday.",
        "The skipper will be in the Order of Merit on Friday.",
        # a past move and what it did
        "The lock strike was moved to Thursday and shut every ferry.",
        "The ferry strike was moved to Thursday and quickly hit trade at Brell.",
        "The ferry strikes were moved to Thursday and cut every crossing.",
        "The regatta was moved to Thursday and cost the guild a sponsor.",
        "The regatta was moved to Thursday and cut short.",
        # a future perfect of a state: how long it will have lasted by the day
        "On Thursday the lock keepers will have been on strike for a month.",
        "By Friday the Kesh assembly will have been in session for 100 days.",
        "The harbour reeve will have been in office for two years on Sunday.",
        # an outcome foretold for a day ("will probably", "will likely"), no act set for it
        "The Kesh reserve bank will probably cut its lending rate on Thursday, traders said.",
        "The ferry guild will likely win the toll vote on Friday, its rivals conceded.",
        # the page talking to its reader
        "Follow our live coverage of the Kesh tolls vote on Thursday.",
        "Watch the harbour board debate live here on Friday.",
    ],
)
def test_not_the_step(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("At Saturday's meeting, the harbour board will vote on the tolls.", "2026-03-07"),
        ("Friday's regatta will be held in Brell.", "2026-03-06"),
        ("Ines Quarle will be in the Republic of Varn on Friday.", "2026-03-06"),
        ("Ines Quarle will be at the Hall of Fame in Brell on Friday for the induction.", "2026-03-06"),
        ("The regatta was moved to Thursday and will be held at Brell.", "2026-03-05"),
        ("The lock strike was moved to Thursday and will shut every ferry.", "2026-03-05"),
        ("The lock strike was moved to Thursday and shuts every ferry in Brell.", "2026-03-05"),
        ("The regatta was moved to Thursday and cut to a single race.", "2026-03-05"),
        ("The board will have a vote on the tolls on Friday.", "2026-03-06"),
        ("The harbour board will likely vote on the tolls on Thursday.", "2026-03-05"),
        ("The Brell court will probably rule on the guild's appeal on Friday.", "2026-03-06"),
        ("Followers of the ferry guild will march in Brell on Saturday.", "2026-03-07"),
        ("Watchdogs will review the harbour tolls on Friday.", "2026-03-06"),
    ],
)
def test_still_the_step(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]
