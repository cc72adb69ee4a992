"""A named speaker with what they are in commas, as wire copy writes it: the name is the speaker,
not the description beside it. Two forms: the town and state after the description ("Name, a
pilot in Town, N.Y., said"), and a description that trails the verb with the name in apposition
("…, said a spokesman for the guild, Name."). Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract_paragraphs
from briefgen.positions import named_outlets, on_page


def read(*paragraphs: str) -> list[tuple[str, bool]]:
    """(speaker, shown on the page) of each statement."""
    text, found = extract_paragraphs(paragraphs)
    outlets = named_outlets(text)
    return [(q.speaker, on_page(q, outlets)) for q in found]


# The state after a town, in two initials ("N.Y.", "D.C."): one more thing said of the person,
# like "Ore." or "Md.", and the full name before it still speaks.
STATE_AFTER_TOWN = [
    (
        "Bram Holloway, a lighthouse keeper near Selkport, N.Y., said that the coast guard had cut his hours.",
        "Bram Holloway",
    ),
    ("Mira Tolland, a ferry pilot from Dunmore, N.J., said the crossing was unsafe.", "Mira Tolland"),
    ("Jon Pask, the owner of a chandlery in Harlow, D.C., said sales had fallen by half.", "Jon Pask"),
    ("Oda Renk, who keeps bees near Carrow, N.C., said the spraying had stopped.", "Oda Renk"),
    (
        "Bram Holloway, a lighthouse keeper near Selkport, N.Y., who logs the weather, said the coast guard had cut his hours.",
        "Bram Holloway",
    ),
    ("Tilde Brann, 61, a welder from Ossing, W.Va., told reporters that the yard would close.", "Tilde Brann"),
]


# Without a name before it, the description is still the (nameless) source, and a place is
# nobody's name.
NAMELESS = [
    ("A ferry pilot from Selkport, N.Y., said the night crossings would end.", "A ferry pilot from Selkport"),
    ("Officials in Harlow, N.C., said the bridge would reopen in May.", "Officials in Harlow"),
]


@pytest.mark.parametrize(
    ("sentence", "speaker", "shown"),
    [(sentence, speaker, True) for sentence, speaker in STATE_AFTER_TOWN]
    + [(sentence, speaker, False) for sentence, speaker in NAMELESS],
)
def test_a_state_after_the_town_leaves_the_name_the_speaker(sentence: str, speaker: str, shown: bool) -> None:
    assert read(sentence) == [(speaker, shown)]


# "…, said <description>, <Name>.": the name in commas after the description is the speaker, as
# it is after a direct quotation; only a name the text shows as a person's takes the statement.
NAME_AFTER_DESCRIPTION = [
    ("The ferries will run again on Monday, said the guild's spokeswoman, Helen Varga.", "Helen Varga"),
    (
        "The toll will double in spring, said a spokesman for the board, Peter Quell, who gave no figures.",
        "Peter Quell",
    ),
    ("The vote in the hall was close, said the chairman of the ferry guild, Martin Oskar.", "Martin Oskar"),
    ("The crossing was rough all week, said one passenger, Anna Bell.", "Anna Bell"),
    ("The toll will double in spring, said a board official, Peter Quell, and the guild agreed.", "Peter Quell"),
]


@pytest.mark.parametrize(("sentence", "speaker"), NAME_AFTER_DESCRIPTION)
def test_a_name_after_a_trailing_description_speaks(sentence: str, speaker: str) -> None:
    assert read(sentence) == [(speaker, True)]


def test_a_he_going_on_from_that_name_is_the_named_person() -> None:
    found = read(
        "Night crossings end in March, said a spokesman for the ferry line, Peter Quell. Asked about the "
        "crews, he said the line would “find every sailor a berth on the day boats.”"
    )
    assert found == [("Peter Quell", True), ("Peter Quell", True)]


# What follows the description is no person's name: the description stays (or nothing is read).
NOT_A_PERSON_AFTER = [
    (
        "The levy is unfair, said the spokesman for the board, Selkport Harbour Trust.",
        [("spokesman for the board", False)],
    ),
    ("The ferry left late again, said the captain, a veteran of the line.", []),
    ("The vote was close, said the chairman of the ferry guild, Harbour Board.", []),
]


# The description speaks for a person, and the name may be that person's: "said a spokesman for
# the port director, Peter Brandt" is Brandt's spokesman. The description stays the source (off the
# page), in reported speech and after a quotation alike.
SERVES_A_PERSON = [
    ("The quay will close, said a spokesman for the port director, Peter Brandt.", "a spokesman for the port director"),
    ("The levy is fair, said an aide to the mayor, Helen Lorn, on Monday.", "an aide to the mayor"),
    (
        "The toll will rise, said a spokeswoman for the guild's chairman, Peter Brandt.",
        "a spokeswoman for the guild's chairman",
    ),
    (
        "The boatman will plead not guilty, said the lawyer for the family of the defendant, Thomas Marr.",
        "lawyer for the family of the defendant",
    ),
    (
        "The barge was sound, said a spokesman for the owner, Peter Brandt, adding that it was insured.",
        "a spokesman for the owner",
    ),
    (
        "The vote was put off, said a spokesman for the speaker of the assembly, Peter Brandt.",
        "a spokesman for the speaker of the assembly",
    ),
    (
        "“The quay will close,” said a spokesman for the port director, Peter Brandt.",
        "a spokesman for the port director",
    ),
    ("“We will appeal,” said an aide to the ferry guild's treasurer, Helen Lorn.", "an aide"),
]


@pytest.mark.parametrize(("sentence", "speaker"), SERVES_A_PERSON)
def test_a_name_beside_the_person_a_description_speaks_for_does_not_speak(sentence: str, speaker: str) -> None:
    assert read(sentence) == [(speaker, False)]


@pytest.mark.parametrize(("sentence", "expected"), NOT_A_PERSON_AFTER)
def test_no_person_after_the_description(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert read(sentence) == expected


def test_a_name_in_the_middle_of_the_sentence_is_what_the_clause_is_about() -> None:
    # "said the man who …, Peter Arno, should resign": Arno is the subject of what was said
    found = read(
        "Varga's former deputy, Tomas Quell, said the man who replaced him and pushed him out, Peter Arno, should resign."
    )
    assert all(speaker != "Peter Arno" for speaker, _ in found)


def test_a_time_after_the_trailing_name_leaves_it_the_speaker() -> None:
    found = read("The ferries ran late all week, said the harbour board's chairman, Peter Arno, on Monday.")
    assert found == [("Peter Arno", True)]
