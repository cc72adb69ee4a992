"""Where a word sits in its sentence (briefgen.clause), on invented sentences."""

from __future__ import annotations

import pytest

from briefgen.clause import clause_at, described_by, fronted_clause, main_clause, named_subject, subject, tense, wished
from briefgen.events import EVENT_NOUNS


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("Lena Varg, the harbour master, will open the fair.", "will", "Lena Varg"),
        (
            "Then, Tom Reyes and his deputy, a Mrs. Ama Lind, will sail.",
            "will",
            "Tom Reyes and his deputy",
        ),
        ("Once the tide turns, the boats, moored in Marsh, will sail.", "will", "the boats"),
        (
            "The mill's lenders _ a fund, a bank and a trust _ must sign off.",
            "must",
            "The mill's lenders",
        ),
    ],
)
def test_subject_skips_asides_and_fronted_phrases(sentence: str, verb: str, expected: str) -> None:
    assert subject(sentence, sentence.index(verb)) == expected


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("The ferry operator will resume the service.", True),
        ("Lena Varg will open the fair.", True),
        ("A decision on the levy would wait until May.", True),
        ("They will meet again.", True),
        ("A comparison of soundings will reveal the depth.", False),
        ("The kites will fly over the dunes.", False),
    ],
)
def test_named_subject(sentence: str, named: bool) -> None:
    at = min(sentence.index(w) for w in (" will", " would") if w in sentence) + 1
    assert named_subject(sentence, at, EVENT_NOUNS) is named


def test_fronted_clause_and_its_end() -> None:
    sentence = "While the guild gets ready to vote, Amara Fenn takes calls."
    assert fronted_clause(sentence) == (0, sentence.index(",") + 1)
    assert fronted_clause("The council will vote, aides said.") is None


def test_described_by_and_wished() -> None:
    sentence = "Ida Moss looks set to be the chief patron of the spring ballot."
    assert described_by(sentence, sentence.index("ballot"))
    assert not described_by("March 1 is the deadline.", 17)
    sentence = "The crews are keen to finish early on Friday and march in the parade."
    assert wished(sentence, sentence.index("parade"))
    sentence = "The pilots hoped for calm, but they will march in the parade."
    assert not wished(sentence, sentence.index("parade"))
    sentence = "A few skippers offered to lend boats and told the guild that two would sail in on Friday."
    assert not wished(sentence, sentence.index("would"))


@pytest.mark.parametrize(
    ("sentence", "main", "told"),
    [
        (
            "On Friday, the Pellam board will meet to pick a chair.",
            "the Pellam board will meet to pick a chair.",
            "ahead",
        ),
        ("At the quay debate Saturday, Orsk mocked Tamber, who said nothing.", "Orsk mocked Tamber", "past"),
        ("In the Wendle runoff on Tuesday, Ilse Marr (R-Wendle) apologized to her rival.", None, "past"),
        ("In the Wendle runoff on Tuesday, Marr faces Dov Arkin, a veteran backed by the guild.", None, ""),
        ("Speaking in Pellam, Tamber said the levy vote is Tuesday; the guild disagrees.", None, "ahead"),
        ("As the regattas open, the shelter of low ferry fares will be gone, Arkin said.", None, "ahead"),
    ],
)
def test_the_main_clause_is_the_statement_after_what_is_fronted(sentence: str, main: str | None, told: str) -> None:
    clause = main_clause(sentence)
    if main is not None:
        assert sentence[clause.start : clause.end] == main
    assert clause.tense == told


def test_the_main_clause_sets_aside_fronted_phrases_and_trailing_attribution() -> None:
    sentence = "As the regattas open, the shelter of low ferry fares will be gone, Arkin said."
    clause = main_clause(sentence)
    assert sentence[clause.start : clause.end] == "the shelter of low ferry fares will be gone"
    assert clause.subject == "the shelter of low ferry fares"


@pytest.mark.parametrize(
    ("words", "told"),
    [
        ("the straws were drawn to break the Pellam tie", "past"),
        ("Tamber told the guild the levy vote is Tuesday", "ahead"),
        ("most of those polled said they would back Orsk", "reported"),
        ("Orsk signed the pact", "past"),
        ("Tamber said so", ""),  # a verb of saying reports; it tells no past of its own
        ("the ferry plan was dead", "past"),  # "plan" a noun, not "plans to"
    ],
)
def test_tense_of_a_clause(words: str, told: str) -> None:
    assert tense(words) == told


def test_clause_at_spans_the_words_between_edges() -> None:
    sentence = "Once the straws were drawn late Monday, the recount will start on Friday."
    at = sentence.index("late Monday")
    clause = clause_at(sentence, at, at + len("late Monday"))
    assert sentence[clause.start : clause.end].strip() == "the straws were drawn late Monday"
    assert clause.holds(at)
