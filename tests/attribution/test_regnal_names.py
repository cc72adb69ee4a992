"""A sovereign named by reigning name and number ("Pope Anselm IV", "King Oskar III") is no speaker the page
can be sure of: a reading that made them persons (session 19) gave a pope a "she" said by a chancellor, took the
living namesakes' surnames and gave a king dead for centuries the "he" of a guide; it was taken out. A number after
no sovereign's title ("World War II") names nobody, nor does a thing named after a sovereign. Every sentence is
invented."""

from __future__ import annotations

import pytest

from .conftest import read_sure

read = read_sure


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


def test_a_sovereign_takes_no_she_nor_a_guides_he() -> None:
    for paragraphs, wrong in (
        (
            [
                "Pope Anselm IV received Chancellor Lena Wirt of Varnesia at his summer palace on Friday.",
                "“It was a warm conversation about the river refugees,” she told reporters afterwards.",
            ],
            "Anselm IV",
        ),
        (
            [
                "The guide, Ivo Lend, pointed to the tomb of King Harald IV, who died in 1390.",
                "“Pilgrims still come here every spring to leave bread on the stone,” he said.",
            ],
            "Harald IV",
        ),
    ):
        assert all(wrong not in speaker for speaker, _ in read(*paragraphs))
