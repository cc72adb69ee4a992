"""Key points tell developments: what a sentence tells (an act, a statement, a dated event) against
a description, the story's history inside it, or the writer's own forecast. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.daystamp import names_old_time, tells_history
from briefgen.standing import DESCRIPTION_PRIOR, HISTORY_PRIOR, acts, development_prior, writers_forecast

DAY = date(2031, 5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board voted to close the east pier to barges.",
        "Wardens have seized three trawlers off the Kessel banks.",
        "Two ferrymen were arrested outside the toll house in Orn.",
        "The lamplighters' guild proposed a new levy on lantern oil.",
    ],
)
def test_an_act_in_the_main_clause(text: str) -> None:
    assert acts(text)
    assert development_prior(text, DAY) == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "The east pier was the oldest landing stage in Orn.",
        "A burnt cart lay across the road to the quarry.",
        "Most pilgrims arrive by barge from Tessel or walk over the hills.",
        "The outlook still looks bleak for the growers in the most developed valleys.",
    ],
)
def test_a_description_has_no_act_and_weighs_less(text: str) -> None:
    assert not acts(text)
    assert development_prior(text, DAY) == DESCRIPTION_PRIOR


def test_a_statement_or_a_dated_event_is_a_development_though_its_verb_is_a_state() -> None:
    assert development_prior("The pier is unsafe, the harbour master said.", DAY) == 1.0
    assert development_prior("The pier was shut on Monday for the first time.", DAY) == 1.0


def test_an_old_time_inside_the_sentence_is_history() -> None:
    text = "A 2009 survey of the guild found most lamplighters wanted a shorter shift."
    assert names_old_time(text, DAY)
    assert not tells_history(text, DAY)  # it does not frame the sentence: a prior, not the filter
    assert development_prior(text, DAY) == HISTORY_PRIOR


def test_an_old_time_beside_a_recent_one_is_news() -> None:
    text = "The guild, founded in 1911, voted on Tuesday to strike."
    assert not names_old_time(text, DAY)
    assert development_prior(text, DAY) == 1.0


def test_a_span_up_to_now_or_a_recent_month_is_not_history() -> None:
    assert not names_old_time("Since 2019 the ferry has run twice a day.", DAY)
    assert not names_old_time("The levy rose in April.", DAY)
    assert not names_old_time("The levy rose.", None)


@pytest.mark.parametrize(
    "text",
    [
        "But putting the harbour master on trial could set off new riots in the port.",
        "At this stage the wardens should be working to reopen the quarry road.",
        "The vote is likely to split the guild.",
    ],
)
def test_the_writers_own_forecast(text: str) -> None:
    assert writers_forecast(text)


@pytest.mark.parametrize(
    "text",
    [
        # someone says it: their statement, news with its source
        "Putting the harbour master on trial could set off new riots, the mayor warned.",
        "The ferry will sail again by June, according to the harbour board.",
        "“We will not pay the levy,” Venn told the crowd.",
        # what did not happen, or may have: no forecast
        "The barge could have sunk in the storm.",
        # an act in the main clause, a future only in a clause after it
        "The board voted on Monday to close the pier, which will cost the town dearly.",
    ],
)
def test_not_the_writers_forecast(text: str) -> None:
    assert not writers_forecast(text)


def test_a_year_naming_an_occasion_is_history_but_not_a_count_or_this_year() -> None:
    assert names_old_time("The 2004 flood is still remembered along the quay.", DAY)
    assert not names_old_time("The wardens counted 2,010 boats at the quay.", DAY)
    assert not names_old_time("The 2031 budget gives the wardens more boats.", DAY)


def test_an_old_year_names_history_only_in_the_subject_that_acts() -> None:
    # the old thing heads the sentence and acts: the story's history
    assert names_old_time("Orn's 1987 charter gave the guild its seat on the board.", DAY)
    assert names_old_time("The 2011 flood of the lower quay drowned six barges.", DAY)
    # what the day's act is done to: news
    assert not names_old_time("The council voted to scrap the 1998 wharf charter.", DAY)
    assert not names_old_time("Wardens reopened the 2019 smuggling case after a tip.", DAY)
    assert not names_old_time("The guild's 1974 charter was torn up by the new board.", DAY)


def test_a_forecast_after_a_fronted_phrase_of_time_with_no_comma() -> None:
    text = "At this stage the wardens should be working to reopen the quarry road, not trading blame."
    assert writers_forecast(text)
    # … but not one in a clause that only sets a condition or describes
    assert not writers_forecast("The barges that will carry the salt left Orn at dawn.")


def test_a_future_set_for_a_day_is_a_schedule_not_a_forecast() -> None:
    assert not writers_forecast("Delegates of both guilds will meet in Orn on Thursday.")
    assert not writers_forecast("The ferry will sail again on June 3.")
    # set for any time it names, it is what is planned, not the writer's guess
    assert not writers_forecast("The ferry will be back in service in the summer.")
    assert not writers_forecast("By the end of June, Orla Venn will be free to turn to the autumn race.")
    assert not writers_forecast("The new wharf fees will be higher from April.")
    # a plain "will be" tells what is announced as often as a guess
    assert not writers_forecast("Orla Venn will be the first woman to lead the guild.")


def test_a_plan_told_as_an_act_to_come_is_not_a_guess() -> None:
    assert not writers_forecast("The lamplighters' guild will put the levy to a vote of its members.")
    assert writers_forecast("The lamplighters' guild will likely reject the levy.")
    assert writers_forecast("The lamplighters' guild will have trouble finding new members.")
    assert not writers_forecast("The lamplighters' guild will have a new chief by then.")


def test_a_season_as_a_nouns_word_is_no_history() -> None:
    assert not names_old_time("She promised the crews two new barges for the winter crossings.", DAY)
    assert names_old_time("The crews asked for new barges two years ago and got none.", DAY)


@pytest.mark.parametrize(
    "text",
    [
        # "could not": what someone was unable to do, a past, not a guess
        "Divers could not reach the sunken barge before dark.",
        "The wardens could never find the missing ledger.",
        # "will have to": what must be done, a notice
        "Bargemen will have to pay the new toll at the lock.",
    ],
)
def test_past_inability_or_a_duty_is_no_forecast(text: str) -> None:
    assert not writers_forecast(text)


def test_could_with_a_verb_to_come_is_still_a_forecast() -> None:
    assert writers_forecast("The new toll could drive the bargemen to the river road.")
    assert writers_forecast("The guild will have trouble paying the toll.")


@pytest.mark.parametrize(
    "text",
    [
        "The wardens sent 2000 bargemen home from the lock.",  # a count, no comma
        "Lock 1954 on the upper river was shut for repairs.",  # a number as a name
        "The guild handed out 1860 lanterns to the crews.",
    ],
)
def test_a_bare_number_is_no_year(text: str) -> None:
    assert not names_old_time(text, DAY)


def test_a_year_after_a_possessor_names_an_occasion() -> None:
    assert names_old_time("Orn's 1987 charter gave the guild its seat on the board.", DAY)


@pytest.mark.parametrize(
    "text",
    [
        "The bargemen will be paid in full for the lost week.",  # an irregular participle: a plan
        "The east lock will be shut all summer.",
        "The full might of the river wardens was on show at the lock.",  # "might" as a noun
    ],
)
def test_a_passive_to_come_or_the_noun_might_is_no_forecast(text: str) -> None:
    assert not writers_forecast(text)


def test_a_span_from_an_old_year_on_to_now_is_not_history() -> None:
    text = "The charge says Venn ran the smuggling ring from 2009 to the present."
    assert not names_old_time(text, DAY)
    assert not names_old_time("Venn has run the ring from 2009 until now.", DAY)
    assert names_old_time("Venn ran the ring from 2009 to 2014.", DAY)  # a span that ended long ago


@pytest.mark.parametrize(
    "text",
    [
        "The price of the new barges was not made public.",
        "The wardens have not found the missing ferry.",
        "The guild did not raise the levy on lantern oil.",
    ],
)
def test_an_act_denied_is_no_development(text: str) -> None:
    assert not acts(text)
    assert development_prior(text, DAY) == DESCRIPTION_PRIOR


def test_an_anecdote_on_a_day_nobody_dates_is_colour() -> None:
    from briefgen.standing import anecdote

    for text in (
        "On a recent afternoon, a dozen pensioners played chess under the plane trees of the Orsk square.",
        "One morning last spring, the pilots of Orn found the quay empty.",
        "Late one night, a watchman saw lights on the salt barge.",
    ):
        assert anecdote(text), text
    # Near negatives: a dated scene is an event, a visit an occasion, a day counted from an event a date.
    for text in (
        "On Monday afternoon, a dozen pensioners blocked the road to the Orsk town hall over the levy.",
        "On a recent visit to Orn, the minister signed the levy accord.",
        "One day after the vote, the guild of pilots went on strike.",
        # a day named or counted, however a feature puts it, dates the scene: news of that day
        "One night last week, raiders set fire to three grain barges at the quay of Kesh.",
        "Early one morning last month, wardens boarded the Orn ferry and seized its log.",
        "On a rainy Saturday, the crofters of Brill voted down the new levy by a wide margin.",
    ):
        assert not anecdote(text), text


def test_an_opening_that_may_lead_news_is_no_anecdote() -> None:
    from briefgen.standing import anecdote

    for sentence in (
        "One day, planners in Oska say, a tram will run to the coast.",
        "On a cold morning, police in Tarn arrested the harbour master.",
        "One morning, dockers at Brell walked out over unpaid wages.",
        "On a recent Tuesday, the Oska council approved a 30 percent fare rise.",
    ):
        assert not anecdote(sentence), sentence
    assert anecdote("Late one evening, the last ferry of the season idled at the pier.")
