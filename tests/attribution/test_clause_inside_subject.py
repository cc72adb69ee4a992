"""Quoted words in a clause whose verb is an act of saying, when that clause opens inside the
sentence ("… so loud that Vell thanked them “…”", "… as she called on the town to “…”", "a post in
which he took credit for “…”"), a time stands between subject and verb ("Vell on Sunday thanked"),
a small-letter he/she follows an opening phrase ("Later, she thanked …"), or the subject's next
verb of saying follows "and" ("… and called the Port Union “…”"). The subject's words; sure only
as the sentence-opening rule is (a verb of speaking about something), and never for a phrase of a
few words. Near cases: another voice in between, another's words, a verb that meets words someone
else made. Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import read_page, read_sure

_BREL = "Tomas Brel spoke at the harbor on Monday."
_PELL = "Ana Pell spoke at the pier on Monday."


@pytest.mark.parametrize(
    ("before", "sentence", "speaker"),
    [
        (_BREL, "The union grew so loud that Brel thanked its members “for their help in my campaign.”", "Tomas Brel"),
        (_BREL, "The union grew so loud that Brel on Sunday thanked it “for the help in my campaign.”", "Tomas Brel"),
        (
            _BREL,
            "The storm weighed on him as he called on the town not to “panic or turn on the neighbours tonight.”",
            "Tomas Brel",
        ),
        (_PELL, "Later, she thanked the crews “for their help in my campaign.”", "Ana Pell"),
        (
            _PELL,
            "The hall went quiet while Pell urged the crews to “stay home until the storm has passed.”",
            "Ana Pell",
        ),
    ],
)
def test_the_words_of_a_clause_of_saying_inside_the_sentence_are_its_subject_s(
    before: str, sentence: str, speaker: str
) -> None:
    assert read_sure(before, sentence) == [(speaker, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "She spent the evening at a dinner in which she took credit for “being right about the levy all along.”",
        "She gave a talk in which she joked about “the oldest boat in the whole harbor fleet.”",
    ],
)
def test_an_act_of_saying_that_is_no_verb_of_speaking_gives_the_subject_unsure(sentence: str) -> None:
    assert read_sure(_PELL, sentence) == [("Ana Pell", False)]


def test_a_few_words_in_a_clause_inside_the_sentence_are_hers_but_no_statement() -> None:
    sentence = "She offered little beyond a column last spring, in which she urged the board to get the ferry “on course again.”"
    assert read_sure(_PELL, sentence) == [("Ana Pell", False)]
    assert read_page(_PELL, sentence) == [("Ana Pell", False)]


def test_the_subject_s_next_verb_of_saying_after_and_takes_her_next_words() -> None:
    sentence = (
        "Pell thanked the crews “for their help in my campaign” and called the Harbor Union "
        "“one of the best friends the docks have had and I thank them.”"
    )
    assert read_sure(_PELL, sentence) == [("Ana Pell", True), ("Ana Pell", True)]
    assert read_page(_PELL, sentence)[1] == ("Ana Pell", True)


@pytest.mark.parametrize(
    "tail",
    [
        "and called Ida Orr's remark “a gift to the banks and nothing more.”",  # Orr's remark
        "and praised Ida Orr for calling it “a gift to the banks and nothing more.”",  # Orr's words
    ],
)
def test_after_and_the_words_of_another_named_there_are_not_the_subject_s(tail: str) -> None:
    sentence = f"Brel thanked the crews “for their help in my long campaign” {tail}"
    assert [who for who, sure in read_sure(_BREL, sentence) if sure] == ["Tomas Brel"]


def test_after_and_a_new_subject_speaks_for_itself() -> None:
    sentence = (
        "Brel thanked the crews “for their help in my long campaign” and Ida Orr called it “a gift to the banks.”"
    )
    assert read_sure(_BREL, sentence) == [("Tomas Brel", True), ("Ida Orr", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb that meets words someone else made, or no act of saying at all
        "The ferry left as Brel watched the crews sing “we sail at dawn and we come home at dusk.”",
        "The hall went quiet after Brel received a flyer branding him “the enemy of every boat here.”",
        "It was the week that Ida Orr quoted Brel as calling the plan “a tax on every boat in the harbor.”",
        "The hall went quiet when Brel read the letter that called the plan “a tax on every boat here.”",
        # the quote stands in the main clause after the inner one
        "But as Brel feared, the board voted on “the dredging plan for the north quay.”",
        "It rained as he thanked the crews, and then the crowd chanted “we sail at dawn and come home.”",
        # another's voice or possession inside the clause
        "The crowd booed because Brel's rival, Ida Orr, had called the plan “a tax on every boat here.”",
        "The mood changed once Ida Orr's campaign dubbed the plan “a tax on every boat in the harbor.”",
        "The band played a song in which the crews mocked the plan as “a tax on every boat in the harbor.”",
    ],
)
def test_no_sure_subject_for_words_of_another_voice(sentence: str) -> None:
    assert [who for who, sure in read_sure(_BREL, sentence) if who in ("Tomas Brel", "Ida Orr")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Brel thanked the crew that had chanted “we sail at dawn and we come home at dusk.”",
        "The crowd roared when Brel thanked the crew that had chanted “we sail at dawn and we come home.”",
    ],
)
def test_words_another_voice_chanted_are_not_the_thanker_s(sentence: str) -> None:
    assert read_sure(_BREL, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        # the sentence's subject, as before: the he of the inner clause may be either man
        (
            "Brel turned on Orr at the hearing, standing by his words, when he called the man “reckless.”",
            [("Tomas Brel", True)],
        ),
        ("Orr stood beside Brel as he thanked the crews “for their help in my long campaign.”", []),
    ],
)
def test_a_he_after_another_man_named_in_the_sentence_takes_nothing(
    sentence: str, read: list[tuple[str, bool]]
) -> None:
    assert read_sure("Tomas Brel spoke on Monday. Mayor Piet Orr spoke after him.", sentence) == read
