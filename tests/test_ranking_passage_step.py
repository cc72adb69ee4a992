"""A key point of two sentences one of which is a next step's sentence is left out: the page tells
a sentence once, and under Next steps the event gets its date. The key points take their next pick.
A passage whose sentence tells what has already happened stays a key point. (All sentences invented.)"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from briefgen import ranking
from briefgen.analysis import make_corpus
from briefgen.compose import Ranked
from briefgen.models import Article, Item

STEP = "Every guild branch now turns to Varnese, which holds the decisive strike ballot next week."
PAST = "Every guild branch turned to Varnese, which held the decisive strike ballot last week."
FOLLOW = (
    "Quarle and Brenn, who have toured the northern docks for weeks, both want the ferry crews of the southern"
    " islands to back a walkout that could close every crossing of the gulf."
)

BODIES = [
    (
        "The Varnese harbour board raised the ferry tolls by a third on Monday.",
        "Guild members say the tolls have cut their pay.",
        "{lead}",
        FOLLOW,
    ),
    (
        "The harbour board in Varnese said the toll rise would stand.",
        "Ferry guild leaders met the harbour board on Friday without a deal on the tolls.",
        "Ines Quarle, who leads the ferry guild, said the tolls were unfair to crews.",
    ),
]


def _ranked(lead: str, monkeypatch: pytest.MonkeyPatch) -> Ranked:
    """The sections of two articles of 2 March 2026 (a Monday), for a brief of the 3rd, with the
    key points given one passage of two sentences: `lead` and the one after it."""
    bodies: Sequence[tuple[str, ...]] = [tuple(t.replace("{lead}", lead) for t in body) for body in BODIES]
    articles = [
        Article(f"a{i}", f"Ferry tolls {i}", f"a{i}.txt", f"Outlet {i}", date(2026, 3, 2), (), b)
        for i, b in enumerate(bodies)
    ]
    real = ranking.merged_key_points

    def with_passage(*args: object, **kwargs: object) -> list[Item]:
        return [Item(f"{lead} {FOLLOW}", (0,)), *real(*args, **kwargs)]  # type: ignore[arg-type]

    monkeypatch.setattr(ranking, "merged_key_points", with_passage)
    return ranking.rank(make_corpus(articles), date(2026, 3, 3))


def test_a_passage_holding_a_dated_step_leaves_it_to_next_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    ranked = _ranked(STEP, monkeypatch)
    assert not any(STEP in k.text for k in ranked.key_points)
    assert [(s.text, s.period) for s in ranked.next_steps if s.text == STEP] == [(STEP, "2026-W11")]


def test_a_passage_telling_the_past_stays_a_key_point(monkeypatch: pytest.MonkeyPatch) -> None:
    ranked = _ranked(PAST, monkeypatch)
    assert any(k.text == f"{PAST} {FOLLOW}" for k in ranked.key_points)
    assert not any(PAST in s.text for s in ranked.next_steps)
