"""An occasion moved in the active, its object between the move and the new day ("the board postponed its ballot on
the tolls until April 9"): the new day is the occasion's, as in the passive ("the ballot was postponed to April
9"); probed both ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from briefgen.dates import resolve_date
from briefgen.moves import moved_across

from .test_next_steps_forms import MONDAY, _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("The Brell harbour board postponed its ballot on the tolls until April 9.", "2026-04-09"),
        ("The Varnese council has postponed the hearing until Friday.", "2026-03-06"),
        ("The ferry guild delayed its ballot until March 28.", "2026-03-28"),
        ("The harbour court adjourned the skipper's trial until Thursday.", "2026-03-05"),
        ("The Orne guild put off the strike ballot until next week.", "2026-W11"),
        ("Organisers moved the lantern parade to Friday because of the storm warnings.", "2026-03-06"),
        ("The board adjourned the hearing on the dredging until Friday.", "2026-03-06"),
    ],
)
def test_an_occasion_moved_in_the_active_has_its_new_day(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brell harbour board postponed its vote on the tolls until after the regatta.",  # no day
        "The guild had postponed its ballot until March 28, but it was held early.",  # past perfect, overtaken
        "The board postponed the vote until Friday, when the tolls were approved.",  # held
        "The guild postponed its ballot until March 28 and then called it off.",  # called off
        "The board wants to postpone the vote until Friday.",  # wished for
        "The guild urged the board to postpone the hearing until Friday.",  # asked for
        "The board did not postpone the hearing until Friday.",  # negated
        "The board never postponed the vote until Friday.",  # negated
        "The board refused to delay the vote until Friday.",  # refused
        "Storms delayed the ferries until Friday.",  # no occasion moved
        "The board postponed the vote until Friday, then cancelled it.",  # cancelled since
        "Last year the board postponed the vote until April 9.",  # a past year
        "The board has repeatedly postponed votes until the following week.",  # habitual, no day
        "The skipper delayed paying the fine until Friday.",  # no occasion
        "The board moved its offices to Lorrin on Friday.",  # a move of offices, past
        "The storm delayed the regatta until Saturday, when it was sailed in calm seas.",  # held
        "The board could have postponed the vote until Friday.",  # a maybe of the past
        "If the board postponed the vote until Friday, the tolls would lapse.",  # conditional
        "The board rejected calls to postpone the vote until Friday.",  # rejected
        "The board denied it had postponed the vote until Friday.",  # denied
        "The board would have delayed the vote until Friday had the quorum failed.",  # counterfactual
        "Rumours that the board postponed the vote until Friday were denied.",  # denied
        "Every year the guild postpones its ballot until March 20.",  # habitual
    ],
)
def test_a_move_that_sets_no_new_day(sentence: str) -> None:
    assert _listed(sentence) == []


def test_the_day_after_an_active_move_points_ahead() -> None:
    assert resolve_date("The guild pushed back the ballot to Friday.", MONDAY) == "2026-03-06"
    assert resolve_date("The guild held the ballot on Friday.", MONDAY) == "2026-02-27"
    words = "the board postponed its vote on the tolls until".split()
    assert moved_across(words, len(words) - 1) == 2
    assert moved_across("the board had postponed its vote until".split(), 6) is None
    assert moved_across("the board postponed it , and the vote until".split(), 8) is None
