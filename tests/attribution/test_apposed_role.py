"""The role the commas after a speaker's name give: an apposition whose head is an office."""

from __future__ import annotations

import pytest

from briefgen.models import Article
from briefgen.positions import attribute


def _roles(paragraph: str) -> list[tuple[str, str | None]]:
    return [(s.speaker, s.role) for s in attribute(Article("a", "T", "a.txt", None, None, (), (paragraph,)), 0)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pier is not safe for the big boats,” said Ana Vell, whose husband, the mayor, was away.",
        "“The pier is not safe for the big boats,” said Ana Vell, who beat the mayor in the spring race.",
        "“The pier is not safe for the big boats,” said Ana Vell, 52, a neighbour of the ferry line's chairman.",
        "“The pier is not safe for the big boats,” said Ana Vell, a rival of the governor.",
    ],
)
def test_an_office_outside_the_head_of_the_apposition_is_no_role(paragraph: str) -> None:
    assert _roles(paragraph) == [("Ana Vell", None)]


def test_an_apposition_headed_by_an_office_is_the_role() -> None:
    assert _roles("“The pier is not safe,” said Ana Vell, 52, chairman of the Lorrin dock board.") == [
        ("Ana Vell", "chairman of the Lorrin dock board")
    ]
    assert _roles("“The pier is not safe,” said Ana Vell, the Lorrin ferry line's chairman.") == [
        ("Ana Vell", "Lorrin ferry line's chairman")
    ]
    assert _roles("“The pier is not safe,” said Ana Vell, chief financial officer of the Lorrin ferry line.") == [
        ("Ana Vell", "chief financial officer of the Lorrin ferry line")
    ]
