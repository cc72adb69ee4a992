"""Words news puts before a speaker's name that are not the name, and a judging verb whose
quoted words are the judge's. Each construction has its positive cases and a near case the rule
must leave alone. Every sentence is invented."""

from __future__ import annotations

import re

import pytest

from briefgen.attribution import extract_paragraphs
from briefgen.attribution.lexicon import JUDGED_PREPOSITION
from briefgen.attribution.phrases import clean


def speakers(*paragraphs: str) -> list[str]:
    """The speaker of each statement read, in order."""
    _, found = extract_paragraphs(paragraphs)
    return [q.speaker for q in found]


# An age before a name, with no article (AP style): the name speaks.
AGED = [
    ("“No boats came, no pilots came,” 17-year-old Tam Orvell said Friday.", "Tam Orvell"),
    ("“We waited all night on the pier,” said 34-year-old Ada Brisk.", "Ada Brisk"),
]


@pytest.mark.parametrize(("sentence", "speaker"), AGED)
def test_an_age_before_a_name_leaves_the_name(sentence: str, speaker: str) -> None:
    assert speakers(sentence) == [speaker]


def test_an_age_with_an_article_is_read_as_it_stands() -> None:
    # "a 17-year-old deckhand" is a description, and stays one; the bare age is not cut off it
    assert clean("a 17-year-old witness") == "a 17-year-old witness"
    assert speakers("“No boats came,” a 17-year-old witness said.") == ["a 17-year-old witness"]


# How the speaker was, between an article and a full name that opens with a given name.
def test_a_mood_before_a_full_name_leaves_the_name() -> None:
    assert speakers("“He was only doing his job at the lock,” said a tearful Ada Brisk, 21.") == ["Ada Brisk"]
    assert clean("a visibly moved Tam Orvell") == "Tam Orvell"


@pytest.mark.parametrize(
    "phrase",
    [
        "a proud New Yorker",  # a kind of person, not a name: no given name opens it
        "a former Senator Ada Brisk",  # a role word before the name: read as it stands
        "a senior Orvell adviser",  # ends in a small word: a description
        "an angry Orvell",  # one word: a surname alone is left to the resolver as it stands
    ],
)
def test_a_mood_before_what_is_no_full_name_is_kept(phrase: str) -> None:
    assert clean(phrase) == phrase


# A time phrase opening the sentence, with no comma before its subject.
def test_an_opening_time_phrase_is_not_part_of_the_speaker() -> None:
    found = speakers("The next day Harbour Minister Tam Orvell said that the ferry “openly ignores the rules.”")
    assert found == ["Tam Orvell"]
    assert clean("Later that week Ada Brisk") == "Ada Brisk"
    assert clean("That evening the harbour master") == "the harbour master"
    assert clean("The nextday Ada Brisk") == "The nextday Ada Brisk"  # no time word: left as it is


# A judging verb, its object and a preposition right before the quote: the judge's words.
JUDGED = [
    ("Ada Brisk praised the harbour master as “a man who never gave up on the lock.”", "Ada Brisk"),
    ("Ada Brisk accused the ferry board of “wasting every cent the town has.”", "Ada Brisk"),
    ("Ada Brisk likened the toll plan to “a ship with no rudder.”", "Ada Brisk"),
    (
        "Tam Orvell, who leads the dockers, derided the mayor as “a captain hiding below deck” after the vote.",
        "Tam Orvell",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker"), JUDGED)
def test_a_judging_verb_gives_the_judge_the_words(sentence: str, speaker: str) -> None:
    assert speakers(sentence) == [speaker]


def test_a_judging_verb_without_a_judge_gives_nothing() -> None:
    assert speakers("The toll plan was praised as “a model for the coast.”") == []  # a passive


@pytest.mark.parametrize(
    "before",
    [
        # the quoted words are the one judged's: what they said, or their own phrase
        "Ada Brisk accused the harbour master of saying ",
        "Ada Brisk mocked the harbour master for his ",
    ],
)
def test_the_judged_reading_needs_the_quote_right_after_the_preposition(before: str) -> None:
    assert re.search(JUDGED_PREPOSITION, before) is None
    assert re.search(JUDGED_PREPOSITION, "Ada Brisk accused the harbour master of ")


@pytest.mark.parametrize(
    "sentence",
    [
        # what someone is mocked, criticised or credited for is as often their own words
        "Orvell mocked Mayor Brisk for “Boats for Everyone,” the slogan printed on her posters.",
        "Orvell criticized Mayor Brisk for “The canal never sleeps,” her line at every rally this year.",
        "Orvell ridiculed Mayor Brisk for “the finest lock ever built,” her boast at the opening.",
    ],
)
def test_a_judging_verb_with_for_or_with_gives_nobody_the_words(sentence: str) -> None:
    assert "Orvell" not in speakers(sentence)


# The attribution of a first quoted piece, then a participle of saying carrying a second piece.
ADDING = [
    (
        "“The lock is not new here,” said Ada Brisk, adding that “we have kept boats on this canal for a century.”",
        ["Ada Brisk", "Ada Brisk"],
    ),
    (
        "“The lock is not new here,” said a senior harbour official, noting that “the canal has always flooded.”",
        ["a senior harbour official", "a senior harbour official"],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ADDING)
def test_a_participle_after_the_attribution_carries_the_second_piece(sentence: str, expected: list[str]) -> None:
    assert speakers(sentence) == expected


def test_a_participle_of_someone_else_carries_nothing() -> None:
    # the participle is another subject's, named in its own clause: the second piece is left out
    sentence = "“The lock is not new here,” said Ada Brisk, while Tam Orvell was adding that “boats are old.”"
    assert speakers(sentence) == ["Ada Brisk"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a second clause inside the attribution: the participle may be its subject's
        "“The lock is not new here,” said Ada Brisk, but the canal board disagreed, saying that “it opened in May.”",
        "“The lock is not new here,” said Ada Brisk, whose deputy quit on Monday, saying that “the gates are rotten.”",
    ],
)
def test_a_participle_after_a_second_clause_is_not_the_first_speaker_s(sentence: str) -> None:
    assert speakers(sentence).count("Ada Brisk") == 1  # the first piece only


# A body's title and a full name after "the": the name speaks.
def test_the_body_s_title_before_a_full_name_leaves_the_name() -> None:
    found = speakers("“We met him at the lock this morning,” said the Gazette's senior canal editor Ada Brisk.")
    assert found == ["Ada Brisk"]
    assert speakers("The Gazette's editor Ada Brisk said the lock was closed.") == ["Ada Brisk"]


def test_the_body_s_title_alone_stays_a_description() -> None:
    assert clean("the Gazette's editor") == "the Gazette's editor"
    assert speakers("“We met him at the lock this morning,” the Gazette's editor said.") == ["the Gazette's editor"]


def test_the_body_s_paper_about_a_named_person_is_not_the_person() -> None:
    # "the Gazette's profile of Ada Brisk": a paper about her, not a title she holds
    assert "Ada Brisk" not in speakers("The Gazette's profile of Ada Brisk said the lock had been closed for weeks.")
    assert clean("the Gazette's interview with Ada Brisk") == "the Gazette's interview with Ada Brisk"


# A subject's act in an irregular past tense, then a participle of saying: the subject's words.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Brisk sought to calm the crowd at the lock, saying the man would “not get thrown out” of the hall.",
        "Ada Brisk stood at the end of the pier, warning that the tide was rising fast.",
    ],
)
def test_an_irregular_past_before_a_participle_of_saying(sentence: str) -> None:
    assert speakers(sentence) == ["Ada Brisk"]


def test_a_result_before_a_participle_is_no_saying() -> None:
    # "won …, claiming a third victory": the participle is another result, not words
    assert speakers("Ada Brisk won the harbour board vote, claiming her third victory in a row.") == []


def test_a_participle_after_seeing_or_hearing_someone_is_not_the_subject_s() -> None:
    # "heard Orvell on the radio, saying …": the one heard may be the one saying
    assert speakers("Ada Brisk heard Tam Orvell on the radio, saying the lock was unsafe.") == []
    assert speakers("Ada Brisk saw Tam Orvell on television, insisting the lock would reopen.") == []


# A paper as the subject of a verb of saying: a described source, never on a page.
def test_a_paper_that_says_is_a_described_source() -> None:
    paragraphs = ["The canal board sued the lock firm on Monday. The lawsuit says the gates were left open for weeks."]
    _, found = extract_paragraphs(paragraphs)
    assert [(q.speaker, q.anonymous) for q in found] == [("The lawsuit", True)]


def test_a_poll_or_a_paper_in_a_longer_subject_gives_no_paper_source() -> None:
    # a poll shows, it does not say; "the lawsuit was filed after …" is no paper saying anything
    assert speakers("The poll says the mayor of the canal town is well ahead.") == []
    assert "The lawsuit" not in speakers("The lawsuit was filed after the board said the lock would close.")


# Verbs of saying in the present tense, as features write them.
def test_present_tense_verbs_of_saying() -> None:
    assert speakers("Ada Brisk contends that the gates were left open for weeks.") == ["Ada Brisk"]
    assert speakers("“The gates were left open,” Ada Brisk concedes.") == ["Ada Brisk"]


def test_a_present_tense_that_is_no_saying_is_left_alone() -> None:
    # "recalls" is left out of the list: a maker recalls its boats, nobody speaks
    assert speakers("The yard recalls that boat model every spring.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # what the subject got from someone else may be what the participle tells
        "Mira Tolle kept a letter from her late brother, saying that he had forgiven everyone.",
        "Bo Rendal took a call from the harbour office, saying the ferry was late.",
        # a thing likened to a slogan or a name: the slogan is no one's words here
        "Ula Frane likened the budget to \u201cSpend It All,\u201d the motto of a failed mayor.",
        # the words before the name are what a paper does, not a title
        "\u201cHe cannot run the port,\u201d the Courier's new profile naming Edo Sarn said.",
        "\u201cShe broke her word,\u201d the Alliance's new ad targeting Rina Vosk says.",
        # a finding, not a speaker
        "The inquest into Per Hallam reveals that the boat had no lights.",
    ],
)
def test_no_speaker_from_a_thing_received_likened_or_described(sentence: str) -> None:
    _, found = extract_paragraphs([sentence])
    assert not [q for q in found if q.sure and q.speaker and q.speaker[0].isupper()], found


def test_one_who_left_a_body_speaks_for_themselves_after_from() -> None:
    assert speakers("Bo Rendal resigned from the harbour board, saying the ferry contract was rigged.") == ["Bo Rendal"]
