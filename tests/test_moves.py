"""The lexicon of moves is one list that every reader of a move takes its part from: an occasion moved by any of
its words has the new day, a maybe of a move sets no day, and a move "from" one day "to" another is no span.
(All sentences invented.)"""

from __future__ import annotations

import pytest

from briefgen.dates import resolve_date
from briefgen.events import called_off
from briefgen.moves import MOVES, MOVES_STRAIGHT_TO

from .test_next_steps_forms import MONDAY, _listed

EVERY_MOVE = [m for m, _ in MOVES] + sorted(MOVES_STRAIGHT_TO)


@pytest.mark.parametrize("move", EVERY_MOVE)
def test_an_occasion_moved_has_its_new_day(move: str) -> None:
    assert _listed(f"The Varnese ferry regatta has been {move} to Friday.") == ["2026-03-06"]
    assert resolve_date(f"The Varnese ferry regatta has been {move} to Friday.", MONDAY) == "2026-03-06"
    assert not called_off(f"The Varnese ferry regatta has been {move} to Friday.")


@pytest.mark.parametrize("move", EVERY_MOVE)
def test_a_maybe_of_a_move_sets_no_day(move: str) -> None:
    assert _listed(f"The Varnese ferry regatta could be {move} to Friday.") == []


@pytest.mark.parametrize("move", [m for m, _ in MOVES])
def test_a_move_from_one_day_to_another_is_no_span(move: str) -> None:
    assert resolve_date(f"The Kesh harbour vote was {move} from March 9 to March 12.", MONDAY) == "2026-03-12"


def test_a_span_up_until_a_day_is_no_move() -> None:
    # "up" moves only with its verb ("moved up to"): "open up until Friday" ends a span
    assert _listed("The Brell ferry office will stay open up until Friday.") == []


def test_a_body_adjourning_itself_moves_no_occasion_called_off() -> None:
    sentence = "The Kesh regatta was cancelled and the harbour board adjourned until Friday."
    assert called_off(sentence)
    assert _listed(sentence) == []
