"""A sentence adverb a writer opens with ("Maybe Vell is …", "Perhaps Orr …", "Surely Brannock …") is
not a given name: the speaker met later by the family name alone is that person, never "Maybe
Vell". Near cases: given names that look like words (Will, Sunny, Justin) stay part of the name.
Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract


@pytest.mark.parametrize(
    "opening, speaker",
    [
        ("Maybe Torvald is the hidden candidate and he really wants to lose.", "Torvald"),
        ("Perhaps Vellam wanted a fight all along.", "Vellam"),
        ("Surely Brannock knew the vote was lost.", "Brannock"),
        ("Clearly Ostrander misjudged the room.", "Ostrander"),
        ("Why Ostrander stayed silent is unclear.", "Ostrander"),
    ],
)
def test_an_opening_adverb_is_no_given_name(opening: str, speaker: str) -> None:
    text = f"{opening}\n\n“We will not back down,” {speaker} said on Monday."
    assert [q.speaker for q in extract(text)] == [speaker]


@pytest.mark.parametrize(
    "name",
    ["Will Ostrander", "Sunny Vellam", "Justin Brannock"],
)
def test_a_given_name_that_looks_like_a_word_stays(name: str) -> None:
    surname = name.split()[1]
    text = f"{name} opened the meeting on Monday.\n\n“We will not back down,” {surname} said."
    assert [q.speaker for q in extract(text)] == [name]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Clearly Northern, a drinks maker in Tiel, said sales fell.\n\n"Demand is weak," Clearly Northern said.',
            "Clearly Northern",
        ),
        ('"The recall is voluntary," Always Fresh Dairy said in a statement on Monday.', "Always Fresh Dairy"),
        (
            'Willem Soon, the port director, opened the hearing.\n\n"The dredging will start in May," Soon said.',
            "Willem Soon",
        ),
    ],
)
def test_an_adverb_inside_a_name_stays(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract(text)] == [speaker]
