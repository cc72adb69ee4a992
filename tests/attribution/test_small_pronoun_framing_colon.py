"""Colon frames a verb of framing ends ("went further:", "put it bluntly:"): a he/she written small
after what opens the sentence ("Back on the island, he returned to his old lines: “…”", read as
"He returned …" is), and a named person's home after the name ("Sen. Ida Marsk of Vermont went
further:"). Near cases must give the quote to no one, or not surely. Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import read_sure

_OPENING = "Tomas Korvel spoke at the harbor on Friday."
_QUOTE = "“The pier stays and the levy goes.”"


@pytest.mark.parametrize(
    "frame",
    [
        "Back on the island, he returned to his old lines:",
        "But back on the island, he returned to his old lines:",
        "On Monday, he put it bluntly:",
        "At the last stop, he went further:",
        "Asked about the ferry, he shot back:",
    ],
)
def test_a_small_he_after_an_opening_frames_the_quote(frame: str) -> None:
    assert read_sure(_OPENING, f"{frame} {_QUOTE}")[-1] == ("Tomas Korvel", True)


def test_a_small_she_after_a_clause_of_time() -> None:
    found = read_sure(
        "Ida Marsk toured the harbor on Friday.",
        "Before the fish market opened on Sunday, she offered a blunt promise: "
        "“No deckhand in Orne will lose a shift.”",
    )
    assert found[-1] == ("Ida Marsk", True)


def test_another_man_named_before_leaves_it_unsure() -> None:
    found = read_sure("Tomas Korvel met Piet Orr at the pier.", f"On Monday, he put it bluntly: {_QUOTE}")
    assert found[-1] == ("Tomas Korvel", False)


@pytest.mark.parametrize(
    ("before", "frame"),
    [
        ("Ida Marsk spoke at the harbor on Friday.", "On Monday, he put it bluntly:"),  # no man named
        (_OPENING, "Asked about the levy, she put it bluntly:"),  # no woman named
        (_OPENING, "After the vote, he answered a heckler who shouted:"),  # another voice
        (_OPENING, "At the hearing, he read a letter from Piet Orr:"),  # a letter's words
        (_OPENING, "Later, he quoted his father:"),  # his father's words
        (_OPENING, "Minutes later, they went further:"),  # a group, not him
        (_OPENING, "In her reply, she went further:"),  # no woman named
    ],
)
def test_near_cases_give_the_quote_to_no_one(before: str, frame: str) -> None:
    assert read_sure(before, f"{frame} {_QUOTE}") == []


def test_words_about_the_speaker_are_not_his() -> None:
    assert read_sure(_OPENING, "In March, he put it this way: “Korvel will raise your fares, mark my words.”") == []


# A named person's home after the name ("of Vermont") in the same frame.
@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ("Sen. Ida Marsk of Vermont went further:", "Ida Marsk"),
        ("Piet Orr of Oregon put it bluntly:", "Piet Orr"),
        ("To which Rep. Piet Orr Jr. of Oregon retorted:", "Piet Orr Jr"),
        ("To which Rep. Piet Orr of Oregon, the panel's senior Democrat, retorted:", "Piet Orr"),
    ],
)
def test_a_name_and_its_home_frame_the_quote(frame: str, speaker: str) -> None:
    assert read_sure("The hearing ran late.", f"{frame} {_QUOTE}")[-1] == (speaker, True)


@pytest.mark.parametrize(
    "frame",
    [
        "The President of France went further:",  # a title alone: which president, the frame does not say
        "The Mayor of London went further:",
        "Friends of Korvel went further:",  # not a place
        "The people of Oregon went further:",
        "Bank of Japan went further:",  # a body
        "The University of Texas went further:",
        "Piet Orr of Oregon answered a heckler who shouted:",  # another voice
        "Ida Marsk of Vermont read a letter from Piet Orr:",
    ],
)
def test_near_cases_with_a_home_give_the_quote_to_no_one(frame: str) -> None:
    assert read_sure("The summit ran late.", f"{frame} {_QUOTE}") == []


# The same small he/she before a stand of one's own and a colon ("At every stop, he had one message:").
def test_a_small_he_before_a_stand_of_his_own() -> None:
    assert read_sure(_OPENING, f"At every stop, he had one message: {_QUOTE}")[-1] == ("Tomas Korvel", True)
    assert read_sure(_OPENING, f"On Monday, he made his case to the board: {_QUOTE}")[-1] == ("Tomas Korvel", True)


@pytest.mark.parametrize(
    ("before", "frame"),
    [
        (_OPENING, "On Monday, he faced harsh criticism:"),  # others' words
        (_OPENING, "At the hearing, he read Orr's statement:"),
        (_OPENING, "On Monday, he heard the same message everywhere:"),
        (_OPENING, "At the rally, she made her case to the crowd:"),  # no woman named
        ("Ida Marsk spoke at the harbor on Friday.", "On Monday, he had one message:"),
    ],
)
def test_near_cases_before_a_stand_give_the_quote_to_no_one(before: str, frame: str) -> None:
    assert read_sure(before, f"{frame} {_QUOTE}") == []
