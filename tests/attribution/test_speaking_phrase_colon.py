"""Colon frames whose verb is a phrase of speaking out or taking a stand in words (lexicon
SPEAKING_PHRASES): "Korvel doubled down: “…”", "Korvel weighed in:", "Korvel had harsh words for the
board:", "Asked about it, Korvel was blunt about it:", and a stand told to someone named ("Korvel had
a message for Ida Marsk:"). Near cases: a phrase that passes on, plays back or takes up another's
words, a clause in which another speaks, no one as the subject, and a he/she that another person of
its sex named just before may mean (never sure). Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import read_sure

_OPENING = "Tomas Korvel spoke at the harbor on Friday. The mayor, Daniel Orr, was there."
_QUOTE = "“The pier stays and the levy goes.”"


@pytest.mark.parametrize(
    "frame",
    [
        "Korvel doubled down:",
        "Later, Korvel weighed in:",
        "Korvel weighed in on Twitter:",
        "Korvel chimed in:",
        "Korvel pushed back:",
        "Korvel lashed out at the council:",
        "Korvel hit back at Ida Marsk:",
        "Korvel laid out his plan for the harbor:",
        "Korvel brushed off the criticism:",
        "Korvel tore into the board:",
        "Korvel opened up about the storm:",
        "Korvel had this to say:",
        "Korvel had harsh words for the board:",
        "Korvel had harsh words for Ida Marsk:",
        "Korvel took aim at the board:",
        "Korvel struck a defiant tone:",
        "Korvel made his position clear:",
        "Korvel minced no words:",
        "Korvel was blunt about the levy:",
        "Asked about the levy, Korvel was even more blunt:",
        "Korvel had a message for Ida Marsk:",
        "Korvel is sure that the vote will hold:",
    ],
)
def test_a_phrase_of_speaking_out_frames_the_named_subjects_words(frame: str) -> None:
    assert read_sure(_OPENING, f"{frame} {_QUOTE}")[-1] == ("Tomas Korvel", True)


def test_a_small_he_after_an_opening_is_sure_when_no_other_man_is_near() -> None:
    found = read_sure("Tomas Korvel spoke at the harbor on Friday.", f"On Monday, he doubled down: {_QUOTE}")
    assert found[-1] == ("Tomas Korvel", True)


@pytest.mark.parametrize(
    "frame",
    [
        "Korvel passed on his message:",
        "Korvel relayed the board's message:",
        "Korvel read the letter aloud:",
        "Korvel played back the tape:",
        "Korvel laid out a letter from Daniel Orr:",
        "Korvel laid out the terms of the flyer:",
        "Korvel pushed back against the flyer:",
        "Korvel played up a remark by Daniel Orr:",
        "Korvel weighed in on a post by Daniel Orr:",
        "Korvel had harsh words for Daniel Orr's letter:",
        "Korvel took aim at the governor's letter:",
        "Korvel was blunt about what the mayor said:",
        "Korvel opened up the envelope:",
        "Korvel never doubled down:",
        "Nobody weighed in:",
        "Nobody went further:",
        "The crowd chimed in:",
        "Critics weighed in:",
        "The message was clear:",
        "His answer was blunt:",
        "Korvel broke down the letter from Daniel Orr:",
        "Korvel is sure that the mayor said it:",
        "Korvel is sure that the flyer is false:",
        "And they doubled down:",
    ],
)
def test_near_frames_give_the_quote_to_no_named_subject(frame: str) -> None:
    found = read_sure(_OPENING, f"{frame} {_QUOTE}")
    assert ("Tomas Korvel", True) not in found
    assert all(speaker != "Nobody" for speaker, _ in found)


def test_a_heckler_who_shouts_is_not_the_subject() -> None:
    found = read_sure(_OPENING, f"Korvel lashed out at a heckler who shouted: {_QUOTE}")
    assert all(speaker != "Tomas Korvel" for speaker, _ in found)


@pytest.mark.parametrize(
    "sentences",
    [
        # another man named in the sentence before, or in the opening clause of this one
        ("Tomas Korvel spoke at the harbor on Friday. He met Daniel Orr there.", "On Monday, he weighed in: "),
        (
            "Tomas Korvel spoke at the harbor on Friday. He met Daniel Orr there.",
            "On Monday, he had a message for the board: ",
        ),
        ("Tomas Korvel spoke at the harbor on Friday.", "When Daniel Orr arrived, he doubled down: "),
    ],
)
def test_a_he_with_another_man_named_just_before_is_never_sure(sentences: tuple[str, str]) -> None:
    opening, frame = sentences
    found = read_sure(opening, frame + _QUOTE)
    # unsure, or (a name in the frame's own opening clause) no speaker at all; never a sure one
    assert not any(sure for _, sure in found)


def test_a_woman_named_before_leaves_he_sure() -> None:
    found = read_sure(
        "Tomas Korvel spoke at the harbor on Friday. He met Ida Marsk there.", f"On Monday, he weighed in: {_QUOTE}"
    )
    assert found[-1] == ("Tomas Korvel", True)


def test_a_sentence_opening_on_and_or_but_before_a_small_he() -> None:
    opening = "Tomas Korvel spoke at the harbor on Friday."
    assert read_sure(opening, f"And he went further: {_QUOTE}")[-1] == ("Tomas Korvel", True)
    assert read_sure(opening, f"But he doubled down: {_QUOTE}")[-1] == ("Tomas Korvel", True)
    # no woman named: "she" is no one
    assert read_sure(opening, f"But then she went further: {_QUOTE}") == []
    # another man named in the sentence before: not sure
    found = read_sure(f"{opening} He met Daniel Orr there.", f"And he went further: {_QUOTE}")
    assert found and not found[-1][1]


def test_a_he_before_a_bare_verb_and_colon_is_never_sure_with_another_man_just_named() -> None:
    # the bare "<he> <verb>ed:" frame (Direct._before) as well as the longer frames
    found = read_sure("Tomas Korvel spoke at the pier.", f"When Daniel Orr arrived, he exploded: {_QUOTE}")
    assert found and not found[-1][1]
    found = read_sure("Tomas Korvel met Daniel Orr at the pier.", f"He shrugged: {_QUOTE}")
    assert found and not found[-1][1]


def test_one_asked_about_is_no_rival_of_the_one_who_answers() -> None:
    found = read_sure(
        "Ida Marsk spoke at the pier on Monday.", f"Asked about the plan Anna Vell drew up, she was blunt: {_QUOTE}"
    )
    assert found[-1] == ("Ida Marsk", True)


@pytest.mark.parametrize(
    "frame",
    [
        # an aside after the phrase brings in a paper's words
        "Korvel weighed in, reading from the charter:",
        "Korvel chimed in, holding up the front page:",
        # a phrase that takes an object which carries others' words, or is no stand of his own
        "Korvel spelled out the motion:",
        "Korvel laid out the terms of the deal:",
        "Korvel spelled out the clause in the lease:",
        "Korvel laid out the plan:",
        # crying is no speaking
        "Korvel broke down in tears:",
    ],
)
def test_a_phrase_taking_up_others_words_gives_no_sure_subject(frame: str) -> None:
    assert ("Tomas Korvel", True) not in read_sure(_OPENING, f"{frame} {_QUOTE}")


@pytest.mark.parametrize("frame", ["Korvel laid out the case for the levy:", "Korvel spelled out his plan:"])
def test_a_phrase_taking_a_stand_of_ones_own_frames_the_quote(frame: str) -> None:
    assert ("Tomas Korvel", True) in read_sure(_OPENING, f"{frame} {_QUOTE}")
