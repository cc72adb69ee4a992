"""A subject that put out a paper, then the paper's words after a comma or colon: "Vell issued a
statement: “…”" (direct._ISSUED_BEFORE). Invented sentences."""

from __future__ import annotations

from .conftest import said


def test_issued_paper_then_its_words_are_the_issuers() -> None:
    assert said(
        "After the flood, Mayor Ada Vellin issued a statement, “Our thoughts are with every family in Orn.”"
    ) == [("Ada Vellin", "Our thoughts are with every family in Orn.")]
    assert said("Ada Vellin sent an email to supporters on Sunday: “We carried the harbour vote!”") == [
        ("Ada Vellin", "We carried the harbour vote!")
    ]


def test_paper_from_or_to_someone_else_is_left_alone() -> None:
    # the letter is another's: whose words follow, the sentence does not make the issuer's
    assert said("Ada Vellin released a letter from Tam Borrow: “I will not stand again.”") == []
    assert said("Ada Vellin issued a statement on behalf of the pilots: “We grieve with Orn.”") == []
    # a paper sent to another named person: the words may be addressed, not the issuer's stand
    assert said("Ada Vellin posted a letter to Tam Borrow: “You will not stand again.”") == []


def test_paper_a_clause_tells_more_of_is_left_alone() -> None:
    # a letter she received: the words are its sender's
    assert said("Ada Vellin posted a letter she had received: “You will lose the harbour vote.”") == []
