"""A next step is what its clause asserts: an event only named in a relative clause on a person or a
place, in the complement of an outcome or a prelude, under a verb telling a past, or inside a
conditional is not announced by the sentence; and an event whose clause does assert it stays, whatever
relative clause, aside or past sits in another clause of the sentence. (All sentences invented.)"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen import timeline

# The paper is dated Tuesday 9 June 2026.
TUESDAY = date(2026, 6, 9)


def _coming(sentence: str) -> bool:
    return timeline.announcement(sentence, TUESDAY) is not None


def _day(sentence: str) -> date | None:
    """The day of the step the sentence announces (None: undated or a period); the step must be there."""
    found = timeline.announcement(sentence, TUESDAY)
    assert found is not None, sentence
    return None if found[1] is None else found[1].day


def _undated(sentence: str) -> bool:
    """The sentence announces a step, and gives it no day, week or month."""
    found = timeline.announcement(sentence, TUESDAY)
    assert found is not None, sentence
    return found[1] is None


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause on the places, the people or the things the sentence is about
        "Pell courts the miners of three valleys that ballot on June 13.",
        "Bread prices worry the bakers more than the tariff, whose shadow falls across the Oslen fair next month.",
        "The quarry owners back Tevi Arnsk, a schoolteacher whose cousin runs for mayor in the June 30 poll.",
    ],
)
def test_an_event_named_in_a_relative_clause_is_not_announced(sentence: str) -> None:
    assert not _coming(sentence)


@pytest.mark.parametrize(
    "sentence, day",
    [
        # the relative clause closes at the comma and the verb it sat before, or at its own second verb
        ("Orr, who faces a fraud charge, appears in court on Thursday.", date(2026, 6, 11)),
        ("The former warden, who is held in Varna, faces an extradition hearing on June 20.", date(2026, 6, 20)),
        ("Millers who joined the co-op in May are entitled to vote in its ballot on June 16.", date(2026, 6, 16)),
        # a day after the relative clause's closing comma is the main verb's
        ("Orr will meet Vell, who leads the opposition, on Friday.", date(2026, 6, 12)),
        ("The envoy will meet Vell, who heads the guild, in Varna on Friday.", date(2026, 6, 12)),
        ("Orr will debate Vell, who has led in the polls, on Thursday.", date(2026, 6, 11)),
    ],
)
def test_an_event_after_a_closed_relative_clause_keeps_its_day(sentence: str, day: date) -> None:
    assert _day(sentence) == day


def test_an_event_under_a_verb_telling_a_past_is_not_announced() -> None:
    # the object of what was done, not an event set for a day
    assert not _coming("The millers' debts forced Pell into entering his mule in Brell's harvest race next Tuesday.")


@pytest.mark.parametrize(
    "sentence, day",
    [
        # a past in another clause: after ";", ", but", "and", a fronted clause or a closed aside
        ("Prices rose in May; the bank meets on Thursday.", date(2026, 6, 11)),
        ("Talks collapsed in May, but the two sides meet again on Thursday.", date(2026, 6, 11)),
        ("The bank, which cut rates in May, meets again on Thursday.", date(2026, 6, 11)),
        ("The ferry strike, which started on Monday, ends on Friday.", date(2026, 6, 12)),
        ("The guild met on Monday and meets again on Friday.", date(2026, 6, 12)),
        ("After the board approved the plan, the final vote takes place on Friday.", date(2026, 6, 12)),
        ("Orr, who was elected in 2024, takes office on June 20.", date(2026, 6, 20)),
        ("Orr, 54, who led the guild for a decade, testifies on Thursday.", date(2026, 6, 11)),
        ("The guild, based in Varna, holds its vote on Friday.", date(2026, 6, 12)),
        # a participle after an adverb describes a noun, it tells no past
        ("The newly elected assembly convenes on June 22.", date(2026, 6, 22)),
        ("The newly appointed envoy arrives in Varna on Friday.", date(2026, 6, 12)),
    ],
)
def test_a_past_in_another_clause_or_a_participle_adjective_governs_nothing(sentence: str, day: date) -> None:
    assert _day(sentence) == day


@pytest.mark.parametrize(
    "sentence",
    [
        # the complement of an outcome, a prelude or a tie (a present verb: no past governs here)
        "The mill tariff hinges on the outcome of the farmers' vote on June 20.",
        "The village shows serve as a warm-up for the county cattle auction on June 30.",
        # a conditional, and the scheduled contest it names
        "If the brewers carry Brell, a poll scheduled for June 15, the tariff falls.",
    ],
)
def test_an_event_only_named_as_an_outcome_a_prelude_or_a_condition_is_not_announced(sentence: str) -> None:
    assert not _coming(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what the clause asserts stays: a schedule, a move to a place, a report, an event's own clause
        "Varna holds its harbour ballot on Saturday.",
        "After Oslen, the cheese caravan moves on to Brell, which hosts its fair on Saturday.",
        "The mayor said Monday that Varna holds its harbour ballot on Saturday.",
        "The dockers' union has scheduled a walkout ballot for Thursday.",
        "The charter, which the guild calls a model, arrives days before Orr takes office on June 20.",
        "The warden vowed to row in Tull's last race next week.",
        "Varg was freed pending a hearing on June 28.",
        "It seems that when the Lorrin guild holds its yearly convention on Saturday, Orr will have no envoy there.",
        # "that" after a verb of saying and its hearers opens what was said, not a relative clause
        "The foreman told the quarrymen that inspectors arrive on Friday.",
        # an adverb between the auxiliary and its participle: "is still divided" tells no past
        "The guild is still divided ahead of its vote on Friday.",
        # plans announced, not ended
        "The ministry confirmed plans to open the bridge on June 20.",
        "The board outlined plans to hold a vote on June 20.",
        "The guild unveiled plans to strike next week.",
    ],
)
def test_an_event_its_clause_asserts_stays(sentence: str) -> None:
    assert _coming(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # refused by earlier gates as well: controls for the relative-clause test
        "The warden has pinned his hopes on the inland wards, which vote in the harbour ballot on June 20.",
        "The survey shows the danger for wardens whose seats are contested in the July ballot.",
        # a plan named as the object of a verb that ends it
        "The flood scrapped plans to hold the fair on June 20.",
    ],
)
def test_controls_that_stay_out(sentence: str) -> None:
    assert not _coming(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what a case would need, not a step set
        "Every shaft in Oslen could have to be approved by two inspectors.",
        # a plan named as the object of a verb that ends it: nobody's plan now
        "The strike has ended plans to visit Varna, the envoy said.",
        # a forecast dated by a year
        "Brewers in Oslen are expected to open a second malt house in 2028.",
        # people described by an event ahead, the sentence about something else
        "Wardens up for re-election in Marsh next year face a hard fight.",
        # a day of a relative clause on the speaker, lent to what the speaker says
        "The kiln will be relit, according to Tessa Vole, who speaks at the Oslen fair on Thursday.",
    ],
)
def test_a_need_a_plan_ended_a_forecast_by_year_or_a_borrowed_day_is_not_announced(sentence: str) -> None:
    assert not _coming(sentence)


def test_a_day_in_an_appositive_is_not_the_verbs_day() -> None:
    # the reeve is chosen on June 12; the fair Brell hosts has no day given: it stays, undated
    assert _undated("Brell, a village whose reeve is chosen on June 12, is set to host the cheese fair.")


def test_hours_away_is_the_papers_own_day() -> None:
    # "in three hours": over by the next morning's brief, not the next day's event
    assert _day("The tasting in Oslen closes in three hours, organisers said.") == TUESDAY


@pytest.mark.parametrize(
    "sentence",
    [
        # "likely to" with an act of a calendar and its day: the act is on the schedule
        "The quarry owner is likely to be arraigned in Brell on Friday.",
        "The harbour pilot is likely to testify before the guild on Wednesday.",
        # an event noun whose own relative clause gives its day
        "The guild's last debate, which will be on Tuesday, is expected to be heated.",
        # a nominee sent to a body, with no day: what the body takes up next
        "The regent will send her nominee for the bench to the assembly.",
        # a body's pledge, in its named officer's words, to take a step of proceedings
        '"We shall contest the verdict," the clerk said.',
        '"We will appeal the ruling," Mayor Orr said.',
        '"We will sue," said Mayor Orr.',
    ],
)
def test_a_likely_act_on_a_day_an_events_own_day_a_step_sent_or_a_pledged_appeal_is_a_next_step(
    sentence: str,
) -> None:
    assert _coming(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The wards are likely to back Orr on Thursday.",  # an outcome, whatever the day
        "Orr is likely to stand firm on Thursday.",  # a stance, whatever the day
        "Orr is likely to run again in 2027.",  # a year: a forecast
        "The governor will send a letter to her sister.",  # no body takes it up
        "Orr will send a letter to the Senate.",  # a body, but nothing it takes up
        '"We will fight on," the clerk said.',  # a resolve, no step
        "“We will appeal this ruling all the way,” the dockers said.",  # no officer of a body named
    ],
)
def test_a_likely_outcome_a_stance_a_letter_or_a_resolve_stays_out(sentence: str) -> None:
    assert not _coming(sentence)


@pytest.mark.parametrize(
    "sentence, coming",
    [
        # one headline is furniture as much as a run of them
        ("Oslen Cheese Fair Opens Tomorrow.", False),
        ("Ferry Talks Start Tomorrow, But For Today, Cheers.", False),
        # a report with its own verb in lower case is no headline, names and all
        ("The Varna Harbour Board meets Monday.", True),
    ],
)
def test_a_short_headline_is_no_next_step(sentence: str, coming: bool) -> None:
    assert _coming(sentence) is coming


@pytest.mark.parametrize(
    "sentence",
    [
        # a participle clause set off after the step carries its own time, not the step's: the step stays, undated
        "The council will hold a hearing, hoping to settle the quarry dispute by next week.",
        "The council will hear the quarry case, leaving the miners idle through next week.",
    ],
)
def test_a_day_in_a_participle_clause_after_the_step_is_not_its_day(sentence: str) -> None:
    assert _undated(sentence)


def test_an_arrival_after_the_step_gives_its_day() -> None:
    assert _day("Pell will travel to Brell, arriving on Friday.") == date(2026, 6, 12)
