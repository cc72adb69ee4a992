"""Words two people are given together after a quote ("…,” said Hadi Tamer and Rami Tosk.") are
neither one's alone: the first name is no title of the second. Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract_paragraphs

LEAD = "VARNESE _ The ferry guild met the harbour board on Sunday."

JOINT = [
    '"The tolls will fall," said Hadi Tamer and Rami Tosk.',
    '"The tolls will fall," Hadi Tamer and Rami Tosk said.',
    '"The tolls will fall," said Hadi al-Tamer and Rami Tosk.',
    '"The crossing stays shut," said Ines Quarle or Tomas Brel, the board would not say which.',
]


@pytest.mark.parametrize("sentence", JOINT)
def test_two_named_together_are_not_the_second_alone(sentence: str) -> None:
    _, found = extract_paragraphs([LEAD, sentence])
    assert [q.speaker for q in found if q.speaker in ("Rami Tosk", "Tomas Brel")] == []


def test_the_joint_words_go_to_nobody_else_either() -> None:
    _, found = extract_paragraphs(
        [LEAD, '"We will wait," said Ines Quarle, the mayor.', '"The tolls will fall," said Hadi Tamer and Rami Tosk.']
    )
    assert [q.speaker for q in found if q.quote.startswith("The tolls")] == []


ONE = [
    ('"The tolls will fall," said Deputy Minister and spokesman Tomas Brel.', "Tomas Brel"),
    ('"The tolls will fall," said Minister of Ferries and Canals Tomas Brel.', "Tomas Brel"),
    ('"The tolls will fall," said Secretary of Docks and Harbour Works Tomas Brel.', "Tomas Brel"),
    ('"The tolls will fall," Minister for Tolls and Bridges Tomas Brel said.', "Tomas Brel"),
    ('"The tolls will fall," said Rami Tosk, chair of the guild and the board.', "Rami Tosk"),
]


@pytest.mark.parametrize(("sentence", "speaker"), ONE)
def test_and_inside_a_title_leaves_the_name_the_speaker(sentence: str, speaker: str) -> None:
    _, found = extract_paragraphs([LEAD, sentence])
    assert [q.speaker for q in found] == [speaker]
