"""A rule, a levy or a treaty coming into force, told in a relative clause on it ("the new berthing charges, which
take effect on Friday, double the cost"): its own occasion, as "the law takes effect on Jan. 1" is. Probed both
ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        (
            "The new Brell berthing charges, which take effect on Friday, double the cost for late boats.",
            "2026-03-06",
        ),
        ("Ferry owners in Orne are angry about the new tolls, which take effect on April 1.", "2026-04-01"),
        ("The Varnese treaty, which enters into force on May 1, opens the straits to guild boats.", "2026-05-01"),
    ],
)
def test_a_rule_coming_into_force_told_in_a_relative_clause(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "The new Brell berthing charges, which took effect on Friday, double the cost for late boats.",  # past
        "The new Brell berthing charges, which would take effect on Friday if approved, double the cost.",
        "The new Brell berthing charges, which take effect every spring, double the cost.",  # habitual
        "The new Brell berthing charges, which took effect last year, double the cost.",  # past
        "The Brell harbour board scrapped the berthing charges, which take effect on Friday.",  # scrapped
    ],
)
def test_no_rule_coming_into_force(sentence: str) -> None:
    assert _listed(sentence) == []
