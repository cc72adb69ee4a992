"""A sovereign named by reigning name and number ("Pope Anselm IV", "King Oskar III"): a person,
whose number is no family name and no organisation's initials, known by the name alone too
("Anselm", "Marek Anselm"). A number after no sovereign's title ("World War II") names nobody.
Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import read_sure

read = read_sure


def test_a_sovereign_with_a_number_speaks() -> None:
    found = read(
        "VARNESE _ King Oskar III opened the new harbour on Monday.",
        '"Every crew deserves a safe berth," King Oskar III said.',
        '"The tolls will stay low," Oskar said.',
    )
    assert found == [("Oskar III", True), ("Oskar III", True)]


def test_the_name_without_its_number_is_the_same_one() -> None:
    found = read(
        "KESSBY _ Pope Marek Anselm II toured the bell foundry on Monday.",
        "Marek Anselm watched the casters pour the bronze.",
        '"A bell outlasts everyone who rings it," he said. "Mind the furnace."',
    )
    assert found == [("Marek Anselm II", True), ("Marek Anselm II", True)]


def test_he_after_the_sovereign_is_the_sovereign() -> None:
    found = read(
        "KESSBY _ Pope Anselm IV rang the foundry's first bell on Tuesday while apprentices looked on.",
        '"Ten years of work went into this bronze," Anselm said.',
        '"Its note is a little flat," he said. "I like it better that way."',
    )
    assert [who for who, _ in found] == ["Anselm IV"] * 3


def test_a_number_after_no_sovereign_names_nobody() -> None:
    found = read(
        "VARNESE _ Veterans of World War II gathered at the quay on Monday.",
        '"We remember the convoys," said Tomas Brel, 91.',
        '"The convoys sailed at night," World War II veteran Ada Renk said.',
    )
    assert [who for who, _ in found] == ["Tomas Brel", "Ada Renk"]


def test_a_thing_named_after_a_sovereign_is_no_person() -> None:
    bridge = read(
        "VARNESE _ The Queen Ilse II Bridge was closed on Monday.",
        '"The bridge needs new cables," the harbour board said.',
        '"It will reopen in May," Ilse said.',
    )
    ship = read("VARNESE _ Crews from the King Oskar IV carried the cargo.", '"The ship is sound," Oskar said.')
    assert "Ilse II" not in [who for who, _ in bridge]
    assert "Oskar IV" not in [who for who, _ in ship]


def test_the_title_is_the_one_sovereign_who_holds_it() -> None:
    found = read(
        "VARNESE _ Pope Anselm IV and King Oskar III met at the quay on Monday.",
        '"Peace between the guilds is near," the king said.',
    )
    assert [who for who, _ in found] == ["Oskar III"]


# A sovereign named in passing or in history ("the late Queen …", "the reign of King …") takes no
# living speaker's first name: "Oskar said" after "said Oskar Renk" stays the guild chair.
NAMESAKES = [
    (
        "VARNESE _ The guild was founded in the reign of King Oskar III.",
        '"It was long ago," said Oskar Renk, the guild chair.',
        '"We are proud of it," Oskar said.',
    ),
    (
        "VARNESE _ The late Queen Ilse II opened the ferry pier in 1961.",
        '"The pier needs new piles," said Ilse Marrow, the pier keeper.',
        '"It is older than I am," Ilse said.',
    ),
    (
        "VARNESE _ King Tobbe IV will open the ferry pier on Friday.",
        '"His visit is welcome," said Tobbe Lind, the harbour master.',
        '"We are ready for him," Tobbe said.',
    ),
]


@pytest.mark.parametrize("paragraphs", NAMESAKES)
def test_a_sovereign_takes_no_namesakes_first_name(paragraphs: tuple[str, str, str]) -> None:
    sovereigns = {"Oskar III", "Ilse II", "Tobbe IV"}
    assert [who for who, _ in read(*paragraphs) if who in sovereigns] == []
