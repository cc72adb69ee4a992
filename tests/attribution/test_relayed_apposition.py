"""Words an outlet passes on, with what the one quoted is in commas between the name and "as
saying" ("…,” the radio quoted Ines Quarle, the lock keeper, as saying."): the words are the
named one's, not the outlet's, and a quote that goes on after that tag is theirs too. Second-hand,
so never sure. Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import read_sure

LEAD = "VARNESE _ The harbour board met the ferry guild on Friday."


read = read_sure


RELAYED = [
    (
        '"Our barges carry more salt than ever," the Kessby Courier quoted Ines Quarle, the lock keeper, as saying.',
        "Ines Quarle",
    ),
    ('"Our barges carry more salt than ever," it quoted Tomas Brel, a bargeman from Ottery, as saying.', "Tomas Brel"),
    ('"The crews are tired," the radio quoted a pilot, who did not give his name, as saying.', "a pilot"),
    ('"The crews are tired," Varn Radio quoted Ines Quarle, 54, as telling the guild.', "Ines Quarle"),
]


@pytest.mark.parametrize(("sentence", "speaker"), RELAYED)
def test_the_one_quoted_speaks_second_hand(sentence: str, speaker: str) -> None:
    assert read(LEAD, sentence) == [(speaker, False)]


def test_the_quote_after_the_tag_is_the_same_ones() -> None:
    found = read(
        "KESSBY _ The canal guild printed a notice on its hall door on Friday.",
        '"Tolls on the upper canal double in March," it quoted Tomas Brel, the guild treasurer, as saying. '
        '"Barges under ten tons pay nothing."',
    )
    assert found == [("Tomas Brel", False), ("Tomas Brel", False)]


def test_two_outlets_quoting_two_people_name_nobody() -> None:
    assert read(LEAD, '"The crews are tired," the paper quoted Brel, and the board quoted Quarle as saying.') == []
