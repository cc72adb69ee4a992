"""Misreadings of a lede's shape (`lede`) a read-only review found: a negated or standing act, an
older time, a forecast or a bystander's word at the end, the press, figures taken for a poll,
direct speech or "It emerged" taken for a feature. All text is invented: Varna, Ostrel, Ilse Marr,
Tam Orr, Piet Lomm, Ada Renn."""

from __future__ import annotations

import pytest

from briefgen.lede import feature_lede, hard_news


@pytest.mark.parametrize(
    "text",
    [
        # (a) a negated or standing act
        "Piet Lomm has not resigned as warden of Ostrel.",
        "Piet Lomm never resigned as warden of Ostrel.",
        "Lomm was not detained, the Ostrel coast guard said.",
        "The ferry levy and the pier fees have long divided the council of Ostrel.",
        "Nell Ash has sold rope on the piers of Ostrel for thirty years.",
        # (b) an older time
        "In 2011, Ilse Marr lost the guild ballot to Tam Orr.",
        "Last year, Ilse Marr survived two votes of no confidence.",
        "Three years ago, Piet Lomm won the warden's seat by 12 votes.",
        "The Ostrel rope works closed in 2004.",
        "Ada Renn, a former pilot, was elected to the council in 2016.",
        # (c) a forecast, a hedge or a bystander's word at the end
        "Talks on the fares are expected to resume next month, diplomats said.",
        "The guild will recover by the spring, economists said.",
        "The ballot is likely to be close, analysts said.",
        "Tam Orr would have quit, his aides said.",
        "The ferry levy was a blunder, critics said.",
        "The march was calm, organisers said.",
        "The ferry capsized, a witness said.",
        # (d) the press
        "The Ostrel Courier's critic Ivo Hale panned the harbour pageant on Sunday.",
        "A Courier editorial on Sunday urged the warden to resign.",
    ],
)
def test_no_hard_news(text: str) -> None:
    assert not hard_news(text, year=2025)


def test_a_year_before_the_articles_is_older_but_its_own_is_not() -> None:
    text = "The council of Ostrel raised the ferry levy in 2019."
    assert not hard_news(text, year=2025)
    assert hard_news(text, year=2019)


@pytest.mark.parametrize(
    "text",
    [
        # (e) official figures and reports give the news; an act told before a poll's word is news
        "Jobless figures released Friday showed unemployment in Varna rose to 9 percent.",
        "At least 40 ferrymen drowned in the strait last month, according to a coast guard report.",
        "The ferrymen of Ostrel rejected the fares deal by 300 votes to 12, a poll of members showed.",
        # (f) "It emerged", "It took", direct speech without quotation marks, an office's quoted word
        "It emerged on Monday that Ilse Marr had hidden the cost of the levy from the council.",
        "It took divers six hours to reach the sunken ferry off Ostrel on Sunday.",
        "We will not talk to the smugglers, Warden Piet Lomm said on Monday.",
        '"The strait is shut," the Varna coast guard announced on Monday, as the storm came in.',
        'The council of Ostrel on Monday asked Varna to run the piers, a plan critics called "surrender?"',
    ],
)
def test_not_a_feature(text: str) -> None:
    assert not feature_lede(text)


@pytest.mark.parametrize(
    "text",
    [
        "On a grey morning in Ostrel, the ferrymen gathered at the pier gates.",
        '"We lost the boat," said Nell Ash, standing on the empty pier.',
        "A new poll shows Tam Orr ahead of Ilse Marr.",
    ],
)
def test_still_a_feature(text: str) -> None:
    assert feature_lede(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fuel duties will be cut by half next month, the Varna ministry says.",
        "The Varna coast guard will close the strait on Friday, the ministry announced on Monday.",
        "Flooding has forced 2,000 people from their homes in Ostrel, the Red Cross said Wednesday.",
        "Two ferrymen drowned off the Ostrel breakwater on Sunday, police said.",
        "Jobless claims rose to 9 percent in May, the statistics office said.",  # "May" is a month here
    ],
)
def test_an_offices_word_still_gives_hard_news(text: str) -> None:
    assert hard_news(text, year=2025)


def test_a_day_set_at_the_start_is_no_scene() -> None:
    assert not feature_lede("On a day of clashes, police in Ostrel arrested 40 ferrymen.")
