"""A he/she inside a clause a sentence opens with ("Once he had moored the barge, Orrin Tesk counted the
sacks."): the sentence is about the name that is the main clause's subject, so a "he said" after it
goes on from that name, not from someone further back. Past the text's first sentence the pronoun in
the clause may have been someone's before (a person named, or one only described), and the reading
is then only a guess unless the sentence before is about that name. Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract_paragraphs
from briefgen.positions import named_outlets, on_page


def read(*paragraphs: str) -> list[tuple[str, bool, bool]]:
    """(speaker, sure, shown on the page) of each statement."""
    text, found = extract_paragraphs(paragraphs)
    outlets = named_outlets(text)
    return [(q.speaker, q.sure, on_page(q, outlets)) for q in found]


READINGS = [
    # the name after the clause goes on, surely when nobody else of that sex is named before
    (
        [
            "When he took over the orchard, Martin Arlen planted pears along the river. “Apples would rot in that soil,” he said."
        ],
        [("Martin Arlen", True, True)],
    ),
    (
        ["If she wins the show, Rina Solt will open a second dairy. “Goat cheese sells itself,” she said."],
        [("Rina Solt", True, True)],
    ),
    # or when the sentence before is about that one ("Solt will …. Whenever she …, Solt …")
    (
        [
            "Edda Mols keeps goats above the village. Rina Solt will judge the spring fair again. Whenever she is "
            "asked about prizes, Solt praises the smallest farms. “They keep the old breeds alive,” she said."
        ],
        [("Rina Solt", True, True)],
    ),
    # Arlen, but only as a guess: the "he" of the clause may have been Dunne
    (
        [
            "Martin Arlen and Tomas Dunne share a tractor and little else.",
            "Dunne sold his hives in June. Before he planted the east field, Arlen tested the soil for salt. "
            "“Apples would rot in that soil,” he said.",
        ],
        [("Martin Arlen", False, False)],
    ),
    (
        [
            "Tomas Dunne kept bees for forty years.",
            "Since he sold the hives, Martin Arlen has had no pears to speak of. “The orchard needs them back,” he said.",
        ],
        [("Martin Arlen", False, False)],
    ),
    # no name after the clause: the chain goes on as before
    (
        [
            "Rina Solt runs the cheese cooperative. Although she lost the vote, the members kept her price list. "
            "“We will ask again in autumn,” she said."
        ],
        [("Rina Solt", True, True)],
    ),
    # a name of the other sex after the clause leaves the chain as it was
    (
        [
            "Martin Arlen grows pears by the river. Once he had pruned the rows, Rina Solt came to buy the crop. "
            "“The harvest will be late,” he said."
        ],
        [("Martin Arlen", True, True)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), READINGS)
def test_a_he_or_she_after_a_sentence_opened_by_a_clause(
    paragraphs: list[str], expected: list[tuple[str, bool, bool]]
) -> None:
    assert read(*paragraphs) == expected


def test_whose_view_is_told_is_not_looked_ahead_from() -> None:
    # "As far as she knows, …": her view, the one named before; the name after is another
    found = read(
        "Edda Mols, 70, still milks by hand. As far as she knows, Solt ruined the cheese market. "
        "“Nobody buys soft cheese now,” she said."
    )
    assert found == [("Edda Mols", True, True)]


# The one the clause's he/she was may be someone before whom the page describes only, or names by
# one word: the name after the clause is then a guess, kept off the page.
GUESSES = [
    [
        "The harbour master spoke for an hour. When he sat down, Martin Tesk left the hall. "
        "“It was a long evening,” he said."
    ],
    [
        "Brandt, the guild's treasurer, read the accounts. After he finished, Martin Tesk rose to leave. "
        "“We are short of rope,” he said."
    ],
    [
        "The ferryman waited at the slip. Because he was late, Captain Martin Tesk sailed without him. "
        "“The tide would not wait,” he said."
    ],
]


@pytest.mark.parametrize("paragraphs", GUESSES)
def test_a_clause_after_someone_only_described_leaves_a_guess(paragraphs: list[str]) -> None:
    assert read(*paragraphs) == [("Martin Tesk", False, False)]


def test_a_name_only_in_the_opening_clause_is_a_guess_past_another_subject() -> None:
    # the sentence is about the main clause's subject, whom no list gives a sex: "he" may be either
    other = "After Tom Berrow met the board, Kiri Ashdale spoke to reporters. “We will not sell the quay,” he said."
    assert read(other) == [("Tom Berrow", False, False)]
    # the same pronoun, or the name again, goes on as the main clause's subject: sure, as before
    same = other.replace("Kiri Ashdale spoke", "he spoke")
    assert read(same) == [("Tom Berrow", True, True)]
    again = other.replace("Kiri Ashdale spoke", "Berrow spoke")
    assert read(again) == [("Tom Berrow", True, True)]
    # a main subject known to be of the other sex cannot be meant; past an apposition in the clause too
    her = (
        "When Kiri Ashdale, the dock manager, met the board, Lena Voss took notes. "
        "“We will not sell the quay,” he said."
    )
    assert read(her) == [("Kiri Ashdale", True, True)]


def test_a_name_in_the_opening_clause_stays_sure_when_the_main_clause_is_about_no_person() -> None:
    # "her eyes widened": a thing is the main clause's subject, and "he" can only be the one named
    eyes = (
        "When Lena Voss finally noticed Tom Berrow, her eyes widened, and she waved. "
        "“We will not sell the quay,” he said."
    )
    assert read(eyes) == [("Tom Berrow", True, True)]
    # but a person described as the main clause's subject may be meant
    described = "After Tom Berrow met the board, the mayor spoke to reporters. “We will not sell the quay,” he said."
    assert read(described) == [("Tom Berrow", False, False)]


def test_a_name_in_the_opening_clause_stays_sure_past_an_organisation_a_place_or_their_people() -> None:
    # no person is the main clause's subject: "Congress", "the Varnese voters" are not who "he" means
    for main in ("Congress passed the levy", "Varnese voters rejected the levy", "Harbour Street traders cheered"):
        text = f"Before Tom Berrow took office, {main}. “It was a mistake,” he said."
        assert read(text) == [("Tom Berrow", True, True)], main
    # but one word that is no organisation nor place may be someone's name
    text = "Kiri Ashdale ran the docks. After Tom Berrow met the board, Ashdale spoke. “It was a mistake,” he said."
    assert read(text)[-1] == ("Tom Berrow", False, False)


def test_a_name_in_the_opening_clause_is_a_guess_past_a_main_subject_of_the_same_sex() -> None:
    # both men are known to be men: "he" may be the main clause's subject, whom the sentence is about
    text = "After Tom Berrow met the board, Paul Ashdale spoke to reporters. “It was a mistake,” he said."
    assert [(who, sure) for who, sure, _ in read(text)] == [("Tom Berrow", False)]
    # the main clause going on with the one named keeps it sure
    again = text.replace("Paul Ashdale spoke to reporters", "Berrow spoke to Paul Ashdale")
    assert [(who, sure) for who, sure, _ in read(again)] == [("Tom Berrow", True)]
