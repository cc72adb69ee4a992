"""Rivals: a he/she read as one person is only a guess when another of that sex could be meant."""

from __future__ import annotations

from briefgen.attribution import extract


def _read(text: str) -> list[tuple[str, bool]]:
    return [(q.speaker, q.sure) for q in extract(text)]


def test_one_who_acted_on_the_person_read_is_a_rival() -> None:
    # a passive with its agent: the critic is as much to hand as the one criticised
    acted = (
        "Ines Quarle reopened the ledgers. Quarle was criticised by Mara Doyt at the meeting. "
        "“The books were never closed,” she said."
    )
    assert _read(acted) == [("Ines Quarle", False)]
    # not when the agent stands in a relative clause about the subject
    aside = (
        "Ines Quarle reopened the ledgers. Quarle, who was appointed by Mara Doyt, kept the books. "
        "“The books were never closed,” she said."
    )
    assert _read(aside) == [("Ines Quarle", True)]


def test_one_who_told_of_the_person_read_with_the_same_pronoun_is_a_rival() -> None:
    told = (
        "Lise Orrin spoke at the guild hall. Orrin, she says, has never read the ledgers. "
        "“The levy is a tax on bread,” she said."
    )
    assert _read(told) == [("Lise Orrin", False)]
    plain = (
        "Lise Orrin spoke at the guild hall. Orrin has never read the ledgers. “The levy is a tax on bread,” she said."
    )
    assert _read(plain) == [("Lise Orrin", True)]


def test_a_name_opening_the_sentence_before_the_one_read_is_a_rival() -> None:
    met = "Ardo Pann met Governor Brenno Tavik at the pier. “The tolls must fall,” he said."
    assert _read(met) == [("Brenno Tavik", False)]


def test_another_person_opening_a_sentence_between_makes_a_later_he_a_guess() -> None:
    said = "Tavi Ostel said the harbour would reopen. “The cranes are ready,” Ostel said. "
    rivalled = said + "Bram Whitcombe disagreed. “The dredging is done,” he said."
    assert [sure for _, sure in _read(rivalled)] == [True, True, False]
    assert [sure for _, sure in _read(said + "“The dredging is done,” he said.")] == [True, True, True]
