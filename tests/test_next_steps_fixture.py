"""A sports fixture in the present of schedule ("Brell Rovers play Tarrow United in the harbour shield final at Lorrin on Saturday"):
"play" is a schedule's present, and a club's name ending in -ed ("Tarrow United") is no past tense. Probed both
ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from briefgen.clause import tense
from briefgen.dates import resolve_date

from .test_next_steps_forms import MONDAY, _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("Brell Rovers play Tarrow United in the harbour shield final at Lorrin on Saturday.", "2026-03-07"),
        ("Varnese United meet Orne Athletic in the shield semi-final on Wednesday.", "2026-03-04"),
    ],
)
def test_a_fixture_set_for_a_day(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brell Rovers played Tarrow United in the harbour shield final at Lorrin on Saturday.",  # past
        "Brell Rovers beat Tarrow United in the harbour shield final at Lorrin on Saturday.",  # past
        "Tarrow United lost the harbour shield final at Lorrin on Saturday.",
        "Tarrow United won the harbour shield final at Lorrin on Saturday.",
        "Tarrow United played in the harbour shield final at Lorrin on Saturday.",
        "Brell Rovers play Tarrow United in the shield final every year.",  # habitual
        "Brell Rovers could play Tarrow United in the harbour shield final at Lorrin on Saturday.",  # a maybe
        "Children play in the Lorrin harbour park on Saturday.",  # no occasion
        "Tarrow United play their home games on Saturdays.",  # habitual
        "Brell Rovers play Tarrow United in the harbour shield final at Lorrin on Saturday, the coach hopes.",  # wished for
    ],
)
def test_no_fixture_set(sentence: str) -> None:
    assert _listed(sentence) == []


def test_a_clubs_name_is_no_past_tense() -> None:
    assert tense("Brell Rovers play Tarrow United in the shield final") != "past"
    assert tense("Tarrow United decided to skip the final") == "past"
    assert resolve_date("Brell Rovers play Tarrow United on Saturday.", MONDAY) == "2026-03-07"
    assert resolve_date("Brell Rovers beat Tarrow United on Saturday.", MONDAY) == "2026-02-28"
