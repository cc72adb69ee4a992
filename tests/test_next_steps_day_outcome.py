"""A weekday named as a possessive for an occasion already over: the paper's yesterday ("Monday's vote" in a
Tuesday paper), or an outcome ("ruling", "verdict", "decision", "vote", "signing") two or three days back. A future
verb of it tells what follows from it ("will send the case back"), which is no event to come on that weekday a week
on. Not an outcome still awaited ("ahead of", "will be handed down at 10 a.m.", "will come at"), nor one whose day is
nearer ahead than behind, nor an occasion that comes about on its day ("will open at nine"). And a possessive day
right after "said" opens the reported clause: its tense is that clause's, not the saying's. (All sentences invented.)"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.dates import find_dates

from .test_next_steps_forms import _listed as _listed_in

DAYS = {name: date(2026, 3, 2 + i) for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def _listed(paper: str, sentence: str) -> list[str]:
    """The dates of the Next steps one article of the sentence alone gives a brief of its own day."""
    return _listed_in(sentence, DAYS[paper], DAYS[paper])


@pytest.mark.parametrize(
    "paper, sentence",
    [
        # an outcome two or three days back, what follows from it
        ("thu", "Wednesday's ruling will send the Dunmere ferry case back to the magistrates."),
        ("mon", "The carters' guild will challenge Friday's verdict, its clerk said."),
        ("sat", "Friday's result will hand the Fenwick rowers the league."),
        ("sat", "Thursday's vote will bring the Tarrow ferry charter into force."),
        ("mon", "Saturday's decision will be appealed, the carters' lawyer said."),
        ("mon", "Quarle said Friday's decision will be appealed."),
        # the paper's yesterday, any occasion of it
        ("tue", "Monday's vote will clear a path for the Orlan bridge toll."),
        ("thu", "Wednesday's talks will resume at the Kessel guildhall."),
        ("thu", "The reeve said Wednesday's talks will resume at the guildhall."),
    ],
)
def test_what_follows_a_day_gone_is_no_step(paper: str, sentence: str) -> None:
    assert _listed(paper, sentence) == []


@pytest.mark.parametrize(
    "paper, sentence, when",
    [
        # the event the sentence sets, not the outcome it follows
        ("mon", "Quarle will appeal Saturday's decision at the Orlan assize on Thursday.", "2026-03-05"),
        ("fri", "Wednesday's decision will let the tanners reopen, and the board meets again on Monday.", "2026-03-09"),
        # a reported clause's own tense
        ("mon", "The clerk said Thursday's ballot will open at eight.", "2026-03-05"),
        ("mon", "The clerk said Saturday's result will be announced at noon.", "2026-03-07"),
        # still awaited: its coming about, or a day nearer ahead than behind, or not an outcome
        ("mon", "Friday's ruling will be handed down at 10 a.m. in the Orlan assize.", "2026-03-06"),
        ("mon", "Friday's ruling will come after a long week of waiting for the carters.", "2026-03-06"),
        ("mon", "Friday's hearing will let the Dunmere pilots testify.", "2026-03-06"),
        ("mon", "Next Monday's ruling will let the carters sue.", "2026-03-09"),
        ("thu", "Wednesday's fair will open at nine on the Kessel green.", "2026-03-11"),
        ("thu", "Wednesday's talks will resume on Monday.", "2026-03-09"),
        ("mon", "In the run-up to Sunday's tithe vote the Pellam guild will hold a rally on Saturday.", "2026-03-07"),
        ("mon", "Before Friday's ruling, the carters will meet on Wednesday.", "2026-03-04"),
        # a day said in a clause of its own
        ("mon", "Ines Quarle said on Friday that ferry pilots will meet on Wednesday.", "2026-03-04"),
        ("mon", "The harbour board said Friday it will vote on the dues on Thursday.", "2026-03-05"),
        ("mon", "The harbour board will vote on the dues on Thursday, its chair said Friday.", "2026-03-05"),
        ("mon", "The reeve, speaking on Friday, said the levy vote will be held on Thursday.", "2026-03-05"),
        ("mon", "The carters told Friday's meeting they will strike on Thursday.", "2026-03-05"),
    ],
)
def test_a_step_still_to_come(paper: str, sentence: str, when: str) -> None:
    assert _listed(paper, sentence) == [when]


@pytest.mark.parametrize(
    "paper, sentence, value, way",
    [
        ("mon", "Friday's verdict will keep the Orlan pilots ashore for a year.", "2026-02-27", -1),
        ("thu", "Tuesday's signing will let grain barges reach Orlan by the spring.", "2026-03-03", -1),
        ("tue", "Monday's regatta will be remembered for the rain.", "2026-03-02", -1),
        ("mon", "Friday's ruling will decide whether the Kessel carters keep their wagons.", "2026-03-06", 1),
        ("mon", "The clerk said Saturday's ballot went smoothly.", "2026-02-28", -1),
        ("mon", "Organisers of the Brell fair said Saturday's parade will start at the mill.", "2026-03-07", 1),
        ("thu", "Ines Quarle insisted Tuesday's ruling will stand.", "2026-03-03", -1),
        ("thu", "Awaiting Monday's verdict, the pilots will stay ashore.", "2026-03-09", 1),
        # a day nearer ahead than behind
        ("mon", "Thursday's ruling will let the Tarrow ferry sail again.", "2026-03-05", 1),
        ("thu", "Saturday's vote will give the salt carters a charter of their own.", "2026-03-07", 1),
        # the outcome named before the day
        ("thu", "Guild clerks will post a tally of the results from Tuesday's tithe ballot.", "2026-03-03", -1),
        ("thu", "The harbour budget will hinge on the outcome of Tuesday's levy vote.", "2026-03-03", -1),
        ("thu", "The harbour budget will hinge on the outcome of Saturday's levy vote.", "2026-03-07", 1),
    ],
)
def test_a_possessive_days_direction(paper: str, sentence: str, value: str, way: int) -> None:
    found = find_dates(sentence, DAYS[paper])
    assert [(f.value, f.direction) for f in found][:1] == [(value, way)]


@pytest.mark.parametrize(
    "paper, sentence, value",
    [
        # an incident after "said" is over by the time it is reported, whatever its clause says follows from it
        ("sat", "The wardens said Thursday's barge collision will be investigated.", "2026-03-05"),
        ("mon", "The wardens said Thursday's barge collision will be investigated.", "2026-02-26"),
        ("sat", "The reeve said Wednesday's quay fire will be looked into by the guild wardens.", "2026-03-04"),
        ("sat", "The ferry guild's insurer said Thursday's flood will cost it 40,000 crowns.", "2026-03-05"),
        ("mon", "The Fenwick cox said Friday's defeat will not change his crew.", "2026-02-27"),
        ("mon", "The wardens warned that Saturday's granary fire will take months to clear.", "2026-02-28"),
        ("sun", "Tanners in Pellam said Thursday's blackout will cost the dye works a week.", "2026-03-05"),
        ("wed", "The carters said Monday's walkout will be followed by more.", "2026-03-02"),
    ],
)
def test_an_incident_reported_after_said_stays_past(paper: str, sentence: str, value: str) -> None:
    found = find_dates(sentence, DAYS[paper])
    assert [(f.value, f.direction) for f in found][:1] == [(value, -1)]
    assert _listed(paper, sentence) == []


@pytest.mark.parametrize(
    "sentence, days",
    [
        # the day after the saying is the saying's; one inside what was said is the reported clause's
        ("The ferry board will sit, the warden said on Friday.", [("2026-02-27", -1)]),
        ("The warden said Friday that the ferry board would sit on Thursday.", [("2026-02-27", -1), ("2026-03-05", 1)]),
        ("The ferry board, the warden said Friday, will sit on Thursday.", [("2026-02-27", -1), ("2026-03-05", 1)]),
        ("The warden said the ferry board sat on Friday.", [("2026-02-27", -1)]),
        ("The warden said the ferry board sits on Friday.", [("2026-03-06", 1)]),
        ("The warden says the ferry board will sit Friday.", [("2026-03-06", 1)]),
        ("The warden said Friday's sitting of the ferry board will be held in public.", [("2026-03-06", 1)]),
    ],
)
def test_which_clause_a_weekday_belongs_to(sentence: str, days: list[tuple[str, int]]) -> None:
    assert [(f.value, f.direction) for f in find_dates(sentence, DAYS["mon"])] == days


@pytest.mark.parametrize(
    "sentence, told",
    [
        ("The sun will rise over the Kessel quay at six.", []),
        ("The couple wed in Orlan and will sail on Thursday.", ["Thursday"]),
        ("The carters sat in the square all day and will march on Thursday.", ["Thursday"]),
        # a capital, or a full name, is the day's
        ("The regatta is on Sat at noon.", ["Sat"]),
        ("The pilots will sit on Fri. and Sat. at the Orlan hall.", ["Fri. and Sat."]),
        ("The regatta is on friday at noon.", ["friday"]),
    ],
)
def test_a_short_weekday_in_small_letters_is_another_word(sentence: str, told: list[str]) -> None:
    assert [sentence[f.start : f.end] for f in find_dates(sentence, DAYS["mon"])] == told


@pytest.mark.parametrize(
    "paper, sentence, value, way",
    [
        # the verb comes after the day's whole noun phrase: its head ("debate", "vote") is no verb of its own
        ("thu", "Wednesday's Pellam guild debate left the tanners split over the levy.", "2026-03-04", -1),
        ("mon", "Saturday's final vote left the tanners' guild split.", "2026-02-28", -1),
        ("mon", "The warden spoke well at Saturday's Tarrow ferry debate.", "2026-02-28", -1),
        ("mon", "Thursday's last vote will settle the Pellam tithe quarrel.", "2026-03-05", 1),
        ("thu", "Tuesday's three harbour ward ballots gave the guild a narrow lead.", "2026-03-03", -1),
        ("mon", "Thursday's ballot will decide the strike, just as Tuesday's did.", "2026-03-05", 1),
    ],
)
def test_a_possessive_days_noun_phrase(paper: str, sentence: str, value: str, way: int) -> None:
    found = find_dates(sentence, DAYS[paper])
    assert [(f.value, f.direction) for f in found][:1] == [(value, way)]
