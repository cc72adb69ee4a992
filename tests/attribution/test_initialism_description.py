"""A nameless source described with an initialism inside ("said a senior U.S. harbour official",
"said one U.N. shipping envoy"): the initialism's last dot does not end the description when small
words go on after it, so the quote is that source's. Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import read_page

LEAD = "VARNESE _ The ferry guild met the harbour board on Sunday."


read = read_page


DESCRIBED = [
    (
        '"Nobody can say who owns the salt warehouse," said one senior U.S. harbour official.',
        "one senior U.S. harbour official",
    ),
    ('"The tolls will fall by spring," said a U.S. official.', "a U.S. official"),
    (
        '"The tolls will fall by spring," said a senior U.S. official, who asked not to be named.',
        "a senior U.S. official",
    ),
    ('"The tolls will fall by spring," said a U.N. shipping envoy in Varnese.', "a U.N. shipping envoy in Varnese"),
    (
        '"The pilots are ready," said an E.U. fisheries official on the quay.',
        "an E.U. fisheries official on the quay",
    ),
    ('"We have seen the charts," said another U.N. diplomat.', "another U.N. diplomat"),
]


@pytest.mark.parametrize(("sentence", "speaker"), DESCRIBED)
def test_a_description_with_an_initialism_is_the_source(sentence: str, speaker: str) -> None:
    assert read(LEAD, sentence) == [(speaker, False)]  # nameless: no actor for the page


NAMED = [
    ('"The tolls will fall by spring," said Ines Quarle of the U.S. Coast Guard.', "Ines Quarle"),
    ('"The tolls will fall by spring," said U.N. envoy Tomas Brel.', "Tomas Brel"),
    ('"The tolls will fall by spring," a U.S. harbour official said.', "a U.S. harbour official"),
]


@pytest.mark.parametrize(("sentence", "speaker"), NAMED)
def test_the_other_forms_read_as_before(sentence: str, speaker: str) -> None:
    assert [who for who, _ in read(LEAD, sentence)] == [speaker]


def test_an_initialism_that_ends_the_sentence_still_ends_the_phrase() -> None:
    found = read(LEAD, '"The tolls will fall by spring," said Ines Quarle of the U.S. The board disagreed.')
    assert all("board" not in who.lower() for who, _ in found)


APPOSED = [
    ('"The tolls will fall by spring," said the U.S. envoy, Ines Quarle.', "Ines Quarle"),
    ('"The tolls will fall by spring," said the U.K. harbour minister, Tomas Brel.', "Tomas Brel"),
    ('"The tolls will fall by spring," said Ines Quarle, a U.S. citizen.', "Ines Quarle"),
    ('"The tolls will fall by spring," said Tomas Brel, a former U.N. envoy.', "Tomas Brel"),
]


@pytest.mark.parametrize(("sentence", "speaker"), APPOSED)
def test_a_title_with_an_initialism_leaves_the_name_apposed_to_it_the_speaker(sentence: str, speaker: str) -> None:
    assert [who for who, _ in read(LEAD, sentence)] == [speaker]  # not "U.S" or "U.K"
