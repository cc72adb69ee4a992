"""Wire-copy shapes that gave a wrong sure speaker, and near cases that must keep theirs: a body
speaking in a clause told in passing ("Ida Marsk quit after the board said …"), such a body's words
as a rival for a later he/she, a he/she in an opening clause whose main subject is described
("Pressed on whether he …, the harbor master said …"), and the subject a sentence opens with when
another speaks in its clause. Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract


def read(text: str) -> list[tuple[str, bool]]:
    return [(q.speaker, q.sure) for q in extract(text)]


def of(text: str, words: str) -> tuple[str, bool] | None:
    """(speaker, sure) of the statement holding `words`."""
    return next(((q.speaker, q.sure) for q in extract(text) if words in text[q.start : q.end]), None)


@pytest.mark.parametrize(
    "text",
    [
        'Ida Marsk quit after the board said her plan "was never viable."',
        'The walkout began after the Dock Union said the firm "broke every promise."',
        'Mara Lenz left the party once the committee said her remarks "crossed a line."',
        'Tomas Korvel resigned when the council said his budget "did not add up."',
    ],
)
def test_a_body_in_a_clause_told_in_passing_is_never_the_whole_head_nor_sure(text: str) -> None:
    found = read(text)  # the body, unsure, or no one
    for speaker, sure in found:
        assert not sure
        assert not any(w in speaker for w in ("quit", "began", "left", "resigned")), speaker


def test_a_body_set_off_by_a_comma_is_read_as_any_subject() -> None:
    # (near case: ", while the committee said" names the committee as before, and surely)
    text = 'The senators voted for the bill, while the ethics committee said it "broke every rule in the book."'
    assert read(text) == [("ethics committee", True)]


def test_a_named_body_in_a_clause_told_in_passing_is_still_itself_and_unsure() -> None:
    text = "Ana Ruiz leads the union. The walkout began after Ruiz Logistics said it would cut shifts."
    assert read(text) == [("Ruiz Logistics", False)]


@pytest.mark.parametrize("comma", ["", ","])
def test_a_body_speaking_in_passing_is_no_rival_for_the_subject_s_she(comma: str) -> None:
    # (the quote speaks of the cabinet, so it is not the cabinet's own)
    text = (
        f"Lorna Vell does not expect the price to rise{comma} since the cabinet has vowed that it will "
        'ship in more grain. "As long as the cabinet can import, prices will stay calm," she said.'
    )
    assert of(text, "As long as the cabinet can import") == ("Lorna Vell", True)


def test_a_body_speaking_in_passing_stays_a_rival_for_words_it_may_say_as_we() -> None:
    # (near case: "we" may be the cabinet's spokeswoman; unsure, as on main)
    text = (
        "Lorna Vell does not expect the price to rise since the cabinet has vowed that it will "
        'ship in more grain. "As long as we can import, prices will stay calm," she said.'
    )
    assert of(text, "As long as we can import") == ("Lorna Vell", False)


def test_a_body_speaking_in_a_sentence_of_its_own_may_still_be_meant() -> None:
    # (near case: "The cabinet has vowed …" is a turn of its own; its spokeswoman may go on)
    text = (
        "Lorna Vell does not expect the price to rise. The cabinet has vowed that it will ship in more grain. "
        '"As long as we can import, prices will stay calm," she said.'
    )
    assert of(text, "As long as we can import") == ("Lorna Vell", False)


def test_a_woman_speaking_in_passing_beside_the_subject_leaves_she_unsure() -> None:
    text = (
        "Lorna Vell does not expect the price to rise since Ada Marr has said they are ready to import grain. "
        '"As long as we can import, prices will stay calm," she said.'
    )
    found = of(text, "As long as we can import")
    assert found is None or not found[1]


def test_the_one_who_spoke_alone_still_goes_on_surely() -> None:
    # (near case: no one else in the sentence; "she" is the one who spoke)
    text = 'Ada Marr said they are ready to import grain. "As long as we can import, prices will stay calm," she said.'
    assert of(text, "As long as we can import") == ("Ada Marr", True)


@pytest.mark.parametrize(
    "text",
    [
        'Pressed on whether he would cut the fees, the harbor master said nothing new. "We will see in spring," he said. '
        "Tomas Korvel, the mayor, had asked for the cut.",
        "Tomas Korvel, the mayor, asked for the cut last week. Pressed on whether he would cut the fees, the harbor "
        'master said nothing new. "We will see in spring," he said.',
        "Tomas Korvel wants lower fees. When he was asked about them, the harbor master said nothing. "
        '"We will see in spring," he said.',
    ],
)
def test_a_he_in_an_opening_clause_of_a_described_subject_does_not_carry_the_chain(text: str) -> None:
    found = of(text, "We will see in spring")
    assert found is None or found[0] != "Tomas Korvel" or not found[1]


@pytest.mark.parametrize(
    "text",
    [
        # the name is the main subject after the opening clause
        'When he was asked about the fees, Tomas Korvel said nothing. "We will see in spring," he said.',
        # a he-led sentence with no one described: the chain goes on
        'Tomas Korvel wants lower fees. He said so on Monday. "We will see in spring," he said.',
    ],
)
def test_near_cases_keep_the_named_subject(text: str) -> None:
    assert of(text, "We will see in spring") == ("Tomas Korvel", True)


@pytest.mark.parametrize("opens", ["since", "after"])
def test_a_body_after_a_comma_and_a_clause_of_time_is_the_body_alone(opens: str) -> None:
    text = f"Lorna Vell does not expect prices to rise, {opens} the Harbor Authority said it will ship in more grain."
    assert read(text) == [("Harbor Authority", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Quenell is a Tulsa pollster and a leading Harbor Party Liberal who told us she would back Barr.",
        "The levy was opposed by a Tulsa Democrat who said it was a giveaway to the ferry lines.",
    ],
)
def test_a_kind_of_person_after_an_indefinite_article_is_no_speaker_s_name(text: str) -> None:
    assert not any(
        speaker in ("Harbor Party Liberal", "Liberal", "Tulsa Democrat", "Democrat") for speaker, _ in read(text)
    )


def test_a_name_before_who_said_still_speaks() -> None:
    # (near case: a name, not a kind, before the relative)
    text = "The levy was opposed by Rosa Quenell, who said it was a giveaway to the ferry lines."
    assert [speaker for speaker, _ in read(text)] == ["Rosa Quenell"]
