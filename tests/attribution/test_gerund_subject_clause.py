"""A reported clause whose subject is a gerund and a short phrase ("said raising the ferry levy
would cost her votes"), with near cases where the -ing word is no subject. Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import said


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Sen. Tomas Korvel said raising the ferry levy would cost the islands dearly.",
            "raising the ferry levy would cost the islands dearly",
        ),
        ("Ida Marsk noted that widening the quay is a long job.", "widening the quay is a long job"),
        ("Ida Marsk said voting had been orderly.", "voting had been orderly"),
    ],
)
def test_a_gerund_and_its_phrase_open_a_reported_clause(text: str, clause: str) -> None:
    found = said(text)
    assert found and found[0][0] in ("Tomas Korvel", "Ida Marsk")
    assert found[0][1] == clause


@pytest.mark.parametrize(
    "text",
    [
        "Ida Marsk denied mistreating the dockers who were held at the quay.",  # a relative, no clause
        "Ida Marsk admitted taking money that was meant for the harbor.",
        "Ida Marsk recalled meeting Tomas Korvel and Lena Orr at the quay.",  # no auxiliary
        "Ida Marsk told reporters waiting outside the hall that she was tired.",  # the clause is after "that"
    ],
)
def test_an_ing_word_with_no_clause_after_it_is_no_reported_clause(text: str) -> None:
    assert all(not quote.startswith(("mistreating", "taking", "meeting", "waiting")) for _, quote in said(text))


def test_a_preposition_in_ing_opens_no_clause() -> None:
    found = said("Ida Marsk said during the debate Korvel was wrong about the fees.")
    assert all(not quote.startswith("during") for _, quote in found)
