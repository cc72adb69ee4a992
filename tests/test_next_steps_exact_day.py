"""Next steps: the most exact date the text gives an event wins, and an occasion a sentence only names as the
scene of a deed done, or of a forecast about someone else, is no step (issue 12). All sentences invented.

- A coarse time (a week, a month) the event is given yields to a day inside it told later of the same occasion:
  restated ("in February, on Feb. 12"), the occasion's own relative clause ("next week for the congress, which
  begins Monday"), or the occasion named again with "the" ("a contest in February … the caucuses Feb. 23").
- An opening deed told as done ("After beating Vell in Tuesday's primary, …") is not the step: the rest is.
- A prediction's "when" clause whose subject points back to whom it predicts ("when its board meets on Tuesday")
  is that actor's own occasion, a step; another thing's ("when the grain exchange reopens") stays a time frame.
- "Tuesday's summit is expected to focus on the levy" previews an event still ahead: the coming Tuesday.
- An occasion given its day by a clause of its own is a step wherever it sits ("at the opening debate since the
  flood, which will be Tuesday"); so is the scene of what one readies for ("preparing for questions at the hearing
  on Friday")."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen import timeline
from briefgen.events import Reading

from .announced import when_announced

# The paper is dated Tuesday 13 January 2026.
TUESDAY = date(2026, 1, 13)
# And Wednesday 10 June 2026 (its Tuesday was yesterday).
WEDNESDAY = date(2026, 6, 10)


def _when(sentence: str, ref: date = TUESDAY) -> str | None:
    return when_announced(sentence, ref)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # a ballot under another of its names, told again with "the"
        (
            "The region will hold a single contest in February, though the caucuses Feb. 23 are hard to call"
            " because so much hangs on the towns that vote first.",
            "2026-02-23",
        ),
        # the day restating the month
        ("The Orn ferry guild will vote in February, on Feb. 12.", "2026-02-12"),
        # the occasion's own relative clause
        (
            "Peter Orr said he is headed to Lorrin next week for the ferry guild congress, which begins Monday.",
            "2026-01-19",
        ),
        ("Ines Quarle will travel to Lorrin next week for the net fair, which opens on Jan. 21.", "2026-01-21"),
    ],
)
def test_the_most_exact_day_of_the_event_wins(sentence: str, told: str) -> None:
    assert _when(sentence) == told


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # an offset or a bound makes the later day another event's
        ("The guild will vote in February, a week before the harbor fair on Feb. 23.", "2026-02"),
        ("The guild will vote in February, ahead of the harbor fair on Feb. 23.", "2026-02"),
        ("The guild will vote next week, before the harbor fair opens on Thursday.", "2026-W04"),
        # another ballot with a name of its own, another occasion, another actor's act
        ("The guild will hold its ballot in February, and the Brell primary on Feb. 9 comes first.", "2026-02"),
        ("The guild will vote in February, but the mayor's hearing on Feb. 9 comes first.", "2026-02"),
        ("Orr will visit Brell next week, and his rival will hold a rally on Thursday.", "2026-W04"),
        # a day outside the coarse time: another occasion, or a weekday the paper's own week holds
        ("The guild will vote in February and again on March 2.", "2026-02"),
        ("Ines Quarle will travel to Lorrin next week for the net fair, which opens on Thursday.", "2026-W04"),
    ],
)
def test_a_day_of_another_event_leaves_the_coarse_time(sentence: str, told: str) -> None:
    assert _when(sentence) == told


def test_an_opening_deed_is_over_and_the_rest_is_the_step() -> None:
    # (the occasion named in the deed is read as the step when the rest gives no reading of its own; the rule is
    # tested on that reading directly, since the rest's reading decides which one the sentence takes)
    sentence = "After routing Anna Vell in Tuesday's Brell primary, Orr turns to the caucuses in Lorrin on Feb. 20."
    at = sentence.index("primary")
    rest = timeline._done_first(sentence, Reading("nominal", "primary", at, firm=True))
    assert rest is not None and rest.strip() == "Orr turns to the caucuses in Lorrin on Feb. 20."
    assert len(rest) == len(sentence)
    assert _when(rest, date(2026, 2, 11)) == "2026-02-20"
    # not a verb's reading, nor one after the opening
    assert timeline._done_first(sentence, Reading("scheduled", "turns", sentence.index("turns"), firm=True)) is None
    assert timeline._done_first(sentence, Reading("future", "routing", 6, firm=True)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # the deed's occasion is over and the rest tells nothing to come
        "After beating Anna Vell in Tuesday's Brell primary, the senator flew home.",
        "After losing Tuesday's ballot, the guild plans another.",
    ],
)
def test_an_opening_deed_gives_no_step_of_its_own(sentence: str) -> None:
    assert _when(sentence, date(2026, 2, 11)) is None


def test_an_opening_deed_leaves_a_step_told_without_it() -> None:
    # (a guard) no deed told first: "After Friday's vote" only times the meeting
    assert _when("After Friday's vote, the guild will meet on Monday.", date(2026, 2, 11)) == "2026-02-16"


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Analysts expect the central bank to raise its main rate when its board meets on Tuesday.", "2026-06-16"),
        ("Traders expect the Orn guild to lift its fees when its council meets on Friday.", "2026-06-12"),
    ],
)
def test_a_prediction_of_an_actor_at_its_own_occasion(sentence: str, told: str) -> None:
    assert _when(sentence, WEDNESDAY) == told


@pytest.mark.parametrize(
    "sentence",
    [
        # another thing's occasion only times the forecast (as before)
        "The miller expects rye to sell out when the grain exchange reopens next week.",
        "Bread prices will climb this week as the grain exchange reopens on Thursday.",
        # told in the past, undated, last week's
        "Analysts expected the bank to raise its rate when its board met on Tuesday.",
        "Analysts expect the bank to raise its rate when its board meets.",
        "Analysts expect the bank to raise its rate when its board meets last Tuesday.",
        # a trend with a month
        "Prices are likely to rise when their harvest ends in May.",
    ],
)
def test_a_prediction_timed_by_another_occasion_is_no_step(sentence: str) -> None:
    assert _when(sentence, WEDNESDAY) is None


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Tuesday's summit in Lorrin is expected to focus on the ferry levy.", "2026-06-16"),
        ("Tuesday's debate is set to feature five hopefuls.", "2026-06-16"),
    ],
)
def test_a_preview_of_the_programme_is_of_the_coming_day(sentence: str, told: str) -> None:
    assert _when(sentence, WEDNESDAY) == told


@pytest.mark.parametrize(
    "sentence",
    [
        "Tuesday's summit in Lorrin focused on the ferry levy, envoys said.",
        "Tuesday's summit was expected to focus on the ferry levy.",
        "Tuesday's summit is expected to be a test of her hold on the guild.",
        "Last Tuesday's summit is expected to focus on the ferry levy.",
        "Monday's ruling is expected to echo through the wards.",
    ],
)
def test_a_past_or_characterised_occasion_is_no_preview(sentence: str) -> None:
    assert _when(sentence, WEDNESDAY) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause told only to give an occasion its day makes the schedule news, past a short phrase on the noun
        "Both rivals will probably face hard questions on the levy at the opening debate since the floods, which"
        " will be Tuesday in Lorrin.",
        "The rivals will be pressed at the first town meeting of the year, which is Tuesday.",
        "Orr and Vell both want the reeve's chair in the ballot, which is on Tuesday.",
    ],
)
def test_an_occasion_given_its_own_day_is_a_step(sentence: str) -> None:
    assert _when(sentence, WEDNESDAY) == "2026-06-16"


@pytest.mark.parametrize(
    "sentence",
    [
        # told past, or the clause is on no occasion, or the occasion only places the act (no clause of its day)
        "Orr won praise at the debate on the flood, which was Tuesday in Lorrin.",
        "Both rivals faced hard questions at the opening debate since the floods, which was on Tuesday.",
        "The rivals will be pressed about the cost of the flood, which will be Tuesday's main topic.",
        "The rivals will be pressed about the tolls on the bridge, which is on the river.",
        "Vell will take centre stage at the harbour congress next week.",
    ],
)
def test_an_occasion_with_no_clause_of_its_day_only_places_the_act(sentence: str) -> None:
    assert _when(sentence, WEDNESDAY) is None


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # what one readies for at an occasion: the occasion, its scene, is still ahead
        ("Peter Orr is preparing for tough questions at the hearing on Friday.", "2026-06-12"),
        ("The rowing club is bracing for protests at the regatta on Saturday.", "2026-06-13"),
    ],
)
def test_readying_for_something_at_an_occasion(sentence: str, told: str) -> None:
    assert _when(sentence, WEDNESDAY) == told


@pytest.mark.parametrize(
    "sentence",
    [
        # told past, told of a past scene, no occasion, undone, or a clause of a day gone
        "The guild braced for a clash at the hearing Thursday night in Lorrin.",
        "Ines Quarle, girding for a clash at the hearing on Thursday, stayed home.",
        "The guild is bracing for a clash at the docks on Thursday.",
        "The guild is bracing for questions at last Thursday's debate.",
        "The guild is no longer bracing for a clash at the hearing on Thursday.",
        "The guild is bracing for a clash at the hearing that was held on Tuesday.",
        "The guild is bracing for the fallout of the vote on Tuesday.",
    ],
)
def test_readying_with_no_occasion_ahead(sentence: str) -> None:
    assert _when(sentence, WEDNESDAY) is None
