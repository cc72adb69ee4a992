"""A present plan with its occasion for object ("the guild plans a rally at the Lorrin quays on Saturday", "are planning
a protest at the weighhouse on Saturday"), a protest staged ("will stage a walkout on Friday"), and a denial
governing the event's clause ("the guild denied it will hold a march on Saturday"). Probed both ways. (All
sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("The Orne lantern guild plans a rally at the Lorrin quays on Saturday.", "2026-03-07"),
        ("The ferry crews of Brell plan a rally outside the harbour board on Thursday.", "2026-03-05"),
        ("The salt traders are planning a protest at the Brell weighhouse on Saturday.", "2026-03-07"),
        ("The Varnese ferry guild will stage a protest rally along the Lorrin quays on Friday.", "2026-03-06"),
        ("The Orne pilots will stage a walkout on Friday.", "2026-03-06"),
        ("Ines Quarle, who denied the charge, will testify before the canal panel on Friday.", "2026-03-06"),
        ("The Orne guild denied the claim on Sunday and will hold a march on Saturday.", "2026-03-07"),
    ],
)
def test_a_planned_or_staged_protest_with_its_day(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orne lantern guild planned a rally at the Lorrin quays on Saturday.",  # past, its fate untold
        "The Orne lantern guild no longer plans a march on Saturday.",  # dropped
        "The Orne lantern guild does not plan a march on Saturday.",  # negated
        "The Orne guild was planning a march on Saturday before the storm.",  # past
        "The Orne guild plans a march on Saturday if the tolls rise.",  # conditional
        "The Orne guild plans a march every Saturday.",  # habitual
        "The Orne guild denied it plans a march on Saturday.",  # denied
        "The Orne guild denied it will hold a march on Saturday.",
        "The Brell board denies that it plans a vote on Friday.",
        "Nobody in Lorrin plans a march on Saturday.",
        "The Orne guild plans a march, its critics claimed on Saturday.",  # the day is the claim's
        "The Lorrin players will stage a comedy on Friday.",  # no occasion of the news
        "The Brell rowing club staged a comeback on Friday.",  # past
        "The Orne guild staged a rally at the Lorrin quays on Saturday.",  # past
        "The Orne guild hopes to stage a march on Saturday.",  # wished for
        "The Orne guild plans a new approach to the tolls, its leader said on Saturday.",  # no occasion
    ],
)
def test_no_planned_protest_set(sentence: str) -> None:
    assert _listed(sentence) == []
