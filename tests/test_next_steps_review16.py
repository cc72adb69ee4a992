"""A reviewer's probes of session 16's Next steps rules, kept as tests: ordinary news sentences each rule must
read right both ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        # a thing to be scrapped that a vote, a debate or a ruling is about: the occasion goes ahead
        ("Lawmakers will vote on Thursday on a bill to scrap the fishing levy.", "2026-03-05"),
        ("The Varnese council will debate a motion to scrap the tram tolls on Friday.", "2026-03-06"),
        ("The guild will hold a ballot on Friday on whether to cancel the ferry contract.", "2026-03-06"),
        ("Shareholders meet on Thursday to decide whether to axe the dividend.", "2026-03-05"),
        ("The court will rule on Friday on the union's bid to cancel the merger.", "2026-03-06"),
        ("The assembly will vote on March 12 on a plan to shelve the bridge project.", "2026-03-12"),
    ],
)
def test_a_vote_on_scrapping_something_stands(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        # a calling off decided or promised, an occasion its object
        "The guild decided on Sunday to scrap Friday's vote.",
        "The board will cancel the rally planned for Friday.",
    ],
)
def test_an_occasion_to_be_called_off_is_no_step(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an occasion agreed on, told with what followed it: the weekday may be the one gone (Monday's paper)
        "The two leaders agreed to meet on Friday but the talks collapsed within an hour.",
        "The leaders agreed to meet on Friday, but Vell later pulled out.",
        "The board agreed to hold talks on Friday after the ferry sank.",
    ],
)
def test_an_occasion_agreed_on_told_with_what_followed_is_no_step(sentence: str) -> None:
    assert _listed(sentence) == []


def test_an_occasion_agreed_on_told_with_its_telling_stands() -> None:
    assert _listed("The guild decided to hold a vote on Friday, officials said.") == ["2026-03-06"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "play" is a fixture only against a named rival: a part, havoc or time played is no occasion
        "Prices play a big part in the board's decision on Friday.",
        "Weather plays havoc with the regatta on Saturday, forecasters warn.",
    ],
)
def test_a_play_with_no_rival_is_no_fixture(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a demand or one person's pick, not a decision put to a body
        "Ferry crews will be asked to accept a pay cut on Friday.",
        "Vell will be asked to choose a new deputy on Friday.",
    ],
)
def test_a_demand_or_a_pick_asked_for_is_no_decision_put(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan asked about is no plan told
        "The mayor wondered whether the guild plans a rally on Saturday.",
        "Police asked if the dockers plan a march on Saturday.",
    ],
)
def test_a_plan_asked_about_is_no_step(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence, when",
    [
        # a level held is no occasion: the day may be the deciding's (a Monday paper's "on Friday")
        ("The Varnese harbour bank decided to hold its lending rates steady on Friday.", []),
        ("The salt cartel agreed to hold output at the winter level on Friday.", []),
        ("The two guilds agreed to hold talks on Friday.", ["2026-03-06"]),
        # a cancelling refused or put forward is no calling off: the occasion stands
        ("Organisers refused to cancel the regatta, which will go ahead on Saturday.", ["2026-03-07"]),
        ("The assembly will vote on Thursday on a bill to cancel the tolls referendum.", ["2026-03-05"]),
        ("The harbour board voted to call off Saturday's regatta.", []),
        # a contracted negation denies the move
        ("The board hadn't postponed the guild ballot until Friday, as some crews had claimed.", []),
        # a denial told of who acts, in a relative clause, denies nothing of the occasion
        ("The skipper who denied the smuggling charges will appear in court in Lorrin on Thursday.", ["2026-03-05"]),
        # a wish told of the day the sentence names is no wish for the occasion
        ("The guild ballot will be held on March 27, the date the crews had wanted.", ["2026-03-27"]),
    ],
)
def test_final_review_readings(sentence: str, when: list[str]) -> None:
    assert _listed(sentence) == when
