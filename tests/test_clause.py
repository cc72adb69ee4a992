"""Where a word sits in its sentence (briefgen.clause), on invented sentences."""

from __future__ import annotations

import pytest

from briefgen.clause import described_by, fronted_clause, named_subject, subject, wished
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
