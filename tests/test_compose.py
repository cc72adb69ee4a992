"""The one-page search's candidates (briefgen.compose): what a page may hold as it shrinks."""

from __future__ import annotations

import pytest

from briefgen import compose


@pytest.mark.parametrize(
    "start",
    [
        compose.Counts(situation=6, key_points=7, positions=5, statements=3, next_steps=9),
        compose.Counts(situation=2, key_points=1, positions=4, statements=1, next_steps=12),
        compose.Counts(situation=0, key_points=0, positions=2, statements=2, next_steps=0),
    ],
)
def test_no_candidate_shows_an_actor_without_a_statement(start: compose.Counts) -> None:
    # Deep in the search (a page crowded by long next steps), the statements per actor used to
    # reach zero while actors were still listed: names under Positions with nothing they said.
    candidates = compose.shrink_sequence(start)
    assert all(c.statements >= 1 for c in candidates if c.positions > 0)
    assert candidates[-1].positions == 0  # the actors still go, one by one, down to none
    assert all(getattr(candidates[-1], f) == 0 for f in ("situation", "key_points", "next_steps"))
