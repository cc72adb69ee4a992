"""A family name written small and joined to its particle ("Yusuf al-Brenn", "Omar bin-Tarik"), as
wire copy writes many Arabic names: the name is a speaker like any other, after "said" or before it,
and the quote that goes on after its tag is the same speaker's -- when the first word is a given name or
the text gives the bearer a title; groups are named in this shape too. Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract_paragraphs
from briefgen.positions import named_outlets, on_page


def read(*paragraphs: str) -> list[tuple[str, str, bool]]:
    """(speaker, quoted words, shown on the page) of each statement."""
    text, found = extract_paragraphs(paragraphs)
    outlets = named_outlets(text)
    return [(q.speaker, q.quote, on_page(q, outlets)) for q in found]


LEAD = "SELKPORT _ The ferry guild met the harbour board on Tuesday."

NAMED = [
    ('"The crossing is safe again," said Khalid al-Marrow, a deckhand on the night boat.', "Khalid al-Marrow"),
    ('"The crossing is safe again," said Khalid al-Marrow.', "Khalid al-Marrow"),
    ('"The crossing is safe again," Khalid al-Marrow said.', "Khalid al-Marrow"),
    ('"The crossing is safe again," Khalid al-Marrow told the guild on Tuesday.', "Khalid al-Marrow"),
    ('"We will sail the old route by spring," said Samira el-Hadd, who keeps the tide tables.', "Samira el-Hadd"),
    ('"No pilot will take the reef at night," said Hassan abu-Salem, a pilot of thirty years.', "Hassan abu-Salem"),
    ('"The tolls must fall before winter," Omar bin-Tarik told the board.', "Omar bin-Tarik"),
    ('Mahmoud el-Fassen said the board had broken "every promise it made to the crews."', "Mahmoud el-Fassen"),
    ("Khalid al-Marrow said the new pier would open in the spring.", "Khalid al-Marrow"),
]


@pytest.mark.parametrize(("sentence", "speaker"), NAMED)
def test_a_name_joined_to_its_particle_speaks(sentence: str, speaker: str) -> None:
    assert [who for who, _, _ in read(LEAD, sentence)] == [speaker]


def test_the_quote_after_the_tag_goes_on_in_the_same_voice() -> None:
    found = read(
        LEAD,
        '"We rowed out with our own nets, like any crew on this coast," said Khalid al-Marrow, a deckhand on '
        'the night boat. "Now the guild is building a pier of its own."',
    )
    assert [(who, shown) for who, _, shown in found] == [("Khalid al-Marrow", True), ("Khalid al-Marrow", True)]
    assert found[1][1].startswith("Now the guild")


def test_the_name_is_given_as_the_text_wrote_it_once_known() -> None:
    found = read(
        "SELKPORT _ Port Commissioner Yusuf al-Brenn closed the grain quay on Friday.",
        '"The quay stays shut until the cranes are mended," al-Brenn said.',
        '"Barges may use the east basin meanwhile," said Yusuf al-Brenn.',
    )
    assert [who for who, _, _ in found][-1] == "Yusuf al-Brenn"


def test_the_lawyer_of_a_joined_name_is_not_that_name() -> None:
    found = read(LEAD, '"The tolls must fall before winter," said Yusuf al-Brenn\'s lawyer.')
    assert all(who.lower() != "yusuf al-brenn" for who, _, _ in found)


def test_a_paper_with_a_joined_name_is_no_person() -> None:
    _, found = extract_paragraphs([LEAD, '"The tolls must fall before winter," the Selkport daily al-Sahil said.'])
    assert not [q for q in found if "sahil" in q.speaker.lower() and not q.organisation]


# Groups, councils and houses are named in the same shape ("<Noun> al-<Noun>"): with no given name first
# and no title for the bearer anywhere in the text, the words say no person, so the line is left out.
GROUP_SHAPED = [
    '"The crossing is ours," Harsat al-Vennu said in a statement.',
    '"The crossing is ours," said Jund al-Tarrow, a militia of the reef villages.',
    '"The tolls are unlawful," Dar al-Quellin said in a ruling on Tuesday.',
    '"The crossing is ours," Saraya Ahl al-Brisk said.',
    '"The crossing is ours," the Korvan al-Maddar brigades said.',
]


@pytest.mark.parametrize("sentence", GROUP_SHAPED)
def test_a_group_shaped_name_is_no_person_on_the_page(sentence: str) -> None:
    assert [who for who, _, shown in read(LEAD, sentence) if shown] == []
