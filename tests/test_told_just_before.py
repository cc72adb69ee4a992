"""Lines that lean on a sentence the reader has not seen (issue 17): one calling something "the …"
whose word only the sentence just before it in its article gave (the page must tell it first,
`selfcontained.heads_told_just_before`), and one answering the sentence before or giving one term of
a pair whose other it does not say (`selfcontained.leans_on_context`)."""

from __future__ import annotations

from briefgen.selfcontained import heads_told_just_before, leans_on_context

from .test_selection import _ferry_points

_MET = "Mayor Ilse Brandt of Orn met a group of skippers and their mates on the quay at dawn."


def test_the_word_the_sentence_before_gave_is_what_the_line_leans_on() -> None:
    leaning = {
        "The skippers, led by Ivo Marsh, told the mayor they would not sail.": {"skipper"},
        "Brandt said the mates would get new nets before the winter.": {"mate"},
        "Ivo Marsh said after the group broke up that no boat would sail.": {"group"},
    }
    for text, heads in leaning.items():
        assert heads_told_just_before(text, _MET) == heads, text


def test_what_says_which_or_is_known_to_all_does_not_lean() -> None:
    before = "The president met the mayor and the skippers, and the euro fell against the dollar on the news."
    for text in (
        "The president said the ferry line would run all winter.",  # known to all
        "The euro rose again on Tuesday.",  # a currency
        "The first skipper to sail was Ivo Marsh.",  # says which by its words
        "The Orn skippers voted to sail.",  # a name among its words
        "Three skippers from Kell said the skippers of Orn would sail.",  # given in the sentence itself
        "The skipper, Ivo Marsh, said the crews would sail.",  # named right after it
        'Brandt said "the skippers will sail" on Monday.',  # a speaker's words
        "The government said the crews would sail.",  # everyone's
        "The mayor said the crews would sail.",  # one person by a role: the role's own test
        "A VSG spokesman said the group would sail.",  # a body after an acronym may be that one
        "Ivo Marsh met the skippers on the quay.",  # an object: the story's own, taken from the topic
    ):
        assert heads_told_just_before(text, before) == frozenset(), text
    # a word the sentence before did not give is none of this test's business
    assert heads_told_just_before("The skippers said they would sail.", "Crews of Orn met the mayor.") == frozenset()
    assert heads_told_just_before("The skippers said they would sail.", "") == frozenset()


def test_a_key_point_leaning_on_the_sentence_before_needs_its_word_told_above() -> None:
    # Alone in its article the line is a key point; after the sentence that met the mates it speaks
    # of mates the page never told (the Situation is the crews' return): left out.
    leaning = "Ivo Marsh said the mates would get two new boats for the winter crossings of the strait."
    assert any(k.text == leaning and not k.needs for k in _ferry_points((leaning,)))
    assert not any(leaning in k.text for k in _ferry_points((_MET, leaning)))
    # The Situation told of the crews: the line calling them "the crews" stands under it, needing it.
    crews = "Ivo Marsh said the crews would get two new boats for the winter crossings of the strait."
    met_crews = "Mayor Ilse Brandt of Orn met the ferry crews and their mates on the quay at dawn."
    assert [k.needs for k in _ferry_points((met_crews, crews)) if k.text == crews] == [("crew",)]
    assert any(k.text == crews for k in _ferry_points((met_crews, crews), shown=1))


def test_an_answer_or_half_a_pair_leans_on_the_sentence_before() -> None:
    for text in (
        "To which Councillor Ada Vell retorted that the levy was dead.",
        "In response, the guild of Orn closed the north pier.",
        "In reply, Ivo Marsh said the crews would sail.",
        "The rest of the Orn field polled below five percent.",
        "The remainder of the 40 trawlers sailed home on Monday.",
        "Ada Vell had cast herself as a counterweight, a calm voice from the harbor.",
        "Ivo Marsh offered a sharp riposte on the quay.",
        # what its subject does too, the subject named with a long apposition
        "Some pilots, including the Kell harbor master and deputy mayor Ines Quarle of Orn, also asked for a vote.",
    ):
        assert leans_on_context(text), text


def test_a_reply_or_a_pair_the_sentence_says_in_full_stands() -> None:
    for text in (
        "In response to the levy, the guild of Orn closed the north pier.",
        "Ada Vell cast herself as a counterweight to the guild of Orn.",
        "The rest of the world watched the vote in Vell.",
        "The rest of the week will be dry and cold in Orn.",
        "Ivo Marsh wrote a riposte to the harbor board's letter.",
        "To win the vote, the guild of Orn must carry Kell.",
        "In return for the levy, the harbor board of Vell will dredge the channel.",
        "The foil wrapping on the Orn catch failed the inspection.",  # a word of a longer noun
        # a second role the sentence names, after a long apposition
        "Ines Quarle, the harbor master of Vell and of the two piers at Kell, also serves as mayor of Orn.",
    ):
        assert not leans_on_context(text), text
