"""Lines that lean on a set or a group the page has not told (issue 17): "None" or "Neither" alone as
the subject (none of what? `selfcontained.leans_on_context`; "Most were …", "Many have …" were tried
and left: a reviewer found them as often people in general, "Many took to the streets"), and one
calling several people by their role, "The aides, led by Ivo Marsh, told …" (whose aides?
`selfcontained.definite_heads`: one person by a role is `role_antecedents`' to find, several are
not). Invented sentences only."""

from __future__ import annotations

from briefgen.selfcontained import definite_heads, leans_on_context

from .test_selection import _ferry_points


def test_none_or_neither_alone_as_the_subject_leans() -> None:
    for text in (
        "None has been charged over the crane that fell on the Kesh quay.",
        "Neither replied to the harbour board on Friday.",
    ):
        assert leans_on_context(text), text


def test_a_set_the_words_say_or_a_state_does_not_lean() -> None:
    for text in (
        "Most voters in Orn were preparing to back the levy.",  # the set is said
        "Many in Vell said the levy was too high.",  # … by where they are
        "Some 40 pilots were fined at the Kesh quay on Monday.",  # a count, not a part
        "Some 40 were arrested at the Kesh quay on Monday.",  # a count of the arrested
        "All was quiet on the Kesh quay on Monday.",  # a state, not a set
        "Several ferry crews were stranded at the Kesh quay.",
        "Many Kesh pilots said they would strike on Friday.",
        "Most of the pilots in Kesh were paid on Friday by the Orn board.",  # part of a set said
        "Most of all, the Orn board wants the quay rebuilt.",
        "Some of the Orn skippers said they would sail.",
        "Some say the Kesh quay is the busiest in the strait.",  # a crowd's belief, nobody's in particular
        "Many expected the Orn board to raise the levy before June.",
        "Some, like Ivo Marsh, said the levy was too high.",  # who, said after it
        "Most recently, the Orn board raised the levy on Friday.",  # an adverb, not a set
        "Many more ferries will sail from Kesh next year.",
        "Many took to the streets of Kesh on Sunday to protest the levy.",  # people in general
        "Some have called for the Orn mayor to resign over the flood.",
        "Few were surprised when the Orn board shut the library.",
    ):
        assert not leans_on_context(text), text


def test_several_people_called_by_their_role_need_the_page_to_say_whose() -> None:
    assert definite_heads("The aides, led by the guild treasurer Ivo Marsh, told reporters the vote was lost.") == {
        "aid"
    }
    assert definite_heads("The officials said the Kesh pier would reopen on Monday.") == {"offici"}


def test_one_person_by_a_role_or_several_named_or_said_is_no_such_need() -> None:
    for text in (
        "The minister said the Kesh pier would reopen on Monday.",  # one person: role_antecedents' test
        "The aides, Ivo Marsh and Ada Quill, told reporters the vote was lost.",  # named right after
        "The aides, Ivo Marsh, Ada Quill and Tom Reyes, told reporters the vote was lost.",
        "The aides of Mayor Ada Quill met the pilots on Monday.",  # whose, said after it
        "Aides to the mayor said the pier would reopen.",  # no "the"
        "Two aides to Mayor Ada Quill said the aides would not resign.",  # given in the sentence itself
    ):
        assert definite_heads(text) == frozenset(), text


def test_a_key_point_on_several_by_their_role_needs_them_told_above() -> None:
    # The Situation (the crews' return) never told of aides: "The aides, led by …" (whose?) goes;
    # the aides named right after the role stay.
    led = "The aides, led by Ivo Marsh, said the mates would get two new boats for the winter crossings of the strait."
    named = "The aides, Ivo Marsh and Ada Quill, said the mates would get two new boats for the winter crossings."
    assert not any(led in k.text for k in _ferry_points((led,)))
    assert any(k.text == named for k in _ferry_points((named,), shown=1))


def test_one_side_of_a_pair_set_out_before_leans() -> None:
    for text in (
        "On one side is Ivo Marsh, who voted to cut the levy.",
        "On one side, the Orn board said the levy would rise.",
        "On the one hand, the board kept the quay open.",
    ):
        assert leans_on_context(text), text
    for text in (
        "On one side of the strait, the Orn ferries kept sailing.",  # a place's side
        "One side of the pier collapsed on Monday.",
        "Ivo Marsh sided with the Orn board on Monday.",
        "On one side stood the Orn union, on the other the port board, as talks opened.",  # both sides said
    ):
        assert not leans_on_context(text), text
