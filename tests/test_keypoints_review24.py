"""Sentences leaning on what the page has not told: readings added in session 24 (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.framing import writers_verdict
from briefgen.selfcontained import definite_heads, leans_on_context


# What its subject does too, after a subject of more than three words or an auxiliary: the first
# of the two the page has not told. Not when the sentence itself tells it, joined before "also".
@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The harbor board of Vell also said the ferries would run on Sunday.", True),
        ("The pilots' guild has also asked for a new vote on the levy.", True),
        ("The Orn river rescue crews also brought fishing boats to the flooded quay.", True),
        ("Kesh ferry officials say the Vell line is also interested in the route.", True),
        ("The 40 percent rise in dock fees also hit the Vell ferries.", True),
        # the first of the two in the sentence itself
        ("The storm flattened the pier and also destroyed 40 homes in Vell.", False),
        ("The storm flattened the pier in Vell and the flood also destroyed 40 homes.", False),
        ("Police arrested two dockers who also ran the Orn depot.", False),
        ("Besides the levy the harbor board also raised the mooring fee.", False),
        ("Not only the pilots but the dockers also walked out on Monday.", False),
        ("What holds for the Vell guild also holds for the Kesh ferrymen.", False),
        # a name, not a second thing done
        ("A smuggler also known as the Baker of Vell was arrested on Monday.", False),
        ("Ivo Marsh also known as the Baker of Vell was freed on Monday.", False),
        ("Andrew Sola of the Orn guild also said the pier would close.", True),
        # (a short subject is the older reading, unchanged: "Orr also called …" is a second act)
        ("Ines Orr also called the Kesh mayor to offer help.", True),
    ],
)
def test_also_after_a_longer_subject_leans_on_context(text: str, leans: bool) -> None:
    assert leans_on_context(text) is leans


# A counted set called "the …" anywhere in a sentence needs the page to have told it; not one the
# sentence says, names before, or whose event it tells before.
@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Three crewmen in the two barges were hurt and taken to the Vell clinic.", "barg"),
        ("Wardens questioned the two smugglers on Monday.", "smuggler"),
        ("A clerk said she had no word on why the wardens dropped the two cases.", "case"),
        # the words after it say which
        ("Wardens questioned the two smugglers in the Orn fraud on Monday.", None),
        ("Wardens freed the three smugglers who had been held since May.", None),
        ("Wardens freed the two smugglers, Ivo Marsh and Tam Orr, on Monday.", None),
        # a share's whole, a time or a measure
        ("The guild won 40 of the 300 seats on the board.", None),
        ("Of the 12 barges searched so far, two held contraband.", None),
        ("Fees rose 9 percent in the 12 months to May.", None),
        # named before it in the sentence, or the set of an event it tells before
        ("Orn and Vell signed a pact, and the two towns will share the pier.", None),
        ("The blast on the quay killed the two raiders and hurt 21 dockers.", None),
    ],
)
def test_a_counted_set_anywhere_needs_it_told(text: str, head: str | None) -> None:
    heads = definite_heads(text)
    if head is None:
        assert not {"barg", "smuggler", "case", "seat", "town", "raider", "month"} & heads
    else:
        assert head in heads


# An event as the subject of what it came with or after, its words saying which only in part.
@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The sudden jailing of the three clerks came as Orr faced a vote on the levy.", "jail"),
        ("The 7-2 vote came after the pier burned.", "vote"),
        ("The vote on the levy came days after the pier burned.", "vote"),
        ("The closure of the Orn depot followed weeks of protests by dockers.", "closur"),
        # a name or a possessor among its words says whose
        ("The Vell vote came after the pier burned.", None),
        ("The board's vote came after the pier burned.", None),
        # no event's context: a verb of its own
        ("The closure of the Orn depot will cost 40 jobs, the board said.", None),
        ("The vote on the levy is set for Monday, the board said.", None),
    ],
)
def test_an_event_told_with_what_it_came_after_needs_it_told(text: str, head: str | None) -> None:
    heads = definite_heads(text)
    if head is None:
        assert "vote" not in heads and "closur" not in heads
    else:
        assert head in heads


# One more of the reasons or causes the page has not listed leans on them; another of a thing does not.
@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The delay stems in part from yet another factor: the Vell court is short of clerks.", True),
        ("Orr gave another reason for the delay at the Vell quay.", True),
        ("The guild said another important factor was the price of fuel.", True),
        ("Orr told the court at another point in the hearing that he had not read the levy.", False),
        ("The guild said a storm hit the Vell quay on Monday and another is due by Friday.", False),
        ("Wardens named the cause of the fire at the Orn depot on Monday.", False),
    ],
)
def test_another_reason_leans_on_context(text: str, leans: bool) -> None:
    assert leans_on_context(text) is leans


# A need judged in the main clause with nobody saying it is the writer's verdict; a requirement with
# its purpose, a need someone states, or one told in the past is not.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("An open and informed quarrel over the levy is necessary, if painful.", True),
        ("Reform of the Vell port board is long overdue.", True),
        ("A permit is necessary to fish in the Orn river.", False),
        ("Dredging is essential for the harvest barges.", False),
        ("A vote is necessary if the pier is to reopen in May.", False),
        ("Reform is necessary, Orr said on Monday.", False),
        ("Orr said reform is necessary.", False),
        ("Orr, who says reform is overdue, quit the board on Monday.", False),
        ("Repairs were necessary after the storm wrecked the pier.", False),
        ("Calm is essential, the mayor told reporters.", False),
    ],
)
def test_a_need_judged_by_nobody_is_the_writers_verdict(text: str, verdict: bool) -> None:
    assert writers_verdict(text) is verdict
