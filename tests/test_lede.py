"""The shape of an article's first sentence (`lede`): hard news or a feature's opening. All text is
invented: Ostrel's ferrymen, the Varna coast guard, Ilse Marr and Tam Orr."""

from __future__ import annotations

import pytest

from briefgen.lede import feature_lede, hard_news


def _names(*names: str):  # the text capitalises these inside its sentences too
    return lambda word: word in names


@pytest.mark.parametrize(
    "text",
    [
        # an act in the past by someone named, with or without a day
        "The Ostrel harbour board fired its chief pilot after the second collision in a month.",
        "Ilse Marr has resigned as mayor of Ostrel, ending nine years in office.",
        "Former harbour master Tam Orr was arrested by the Varna coast guard on a smuggling warrant.",
        "By winning the guild ballot in Ostrel, Ilse Marr took all 40 seats on the fares council.",
        "The Varna coast guard seized two ferries on Thursday near the mouth of the strait.",
        # the news on a source's word, at the end
        "The strait will stay shut to ferries until the spring, the Varna ministry says.",
        "Ostrel has only 3 million crowns to rebuild the quays the storm destroyed, the government says.",
        "Two ferrymen drowned when their boat overturned near the Ostrel breakwater, police said.",
        # a near miss of the press rule: the Ledger named as a place of record, its owner acting
        "The Ostrel Ledger's owner, Ida Vell, sold the paper to a Varna bank on Monday.",
    ],
)
def test_hard_news_ledes(text: str) -> None:
    assert hard_news(text)
    assert not feature_lede(text)


def test_a_name_opening_the_sentence_alone_counts_when_the_text_calls_it_a_name() -> None:
    text = "Marr dismissed the guild's claim that the fares were never approved by the board."
    assert hard_news(text, _names("Marr"))
    assert not hard_news(text)  # a capitalised first word alone may be any word


@pytest.mark.parametrize(
    "text",
    [
        # a question, even in an aside
        "Is the harbour board of Ostrel being naive, or cunning?",
        "Ilse Marr turns 60 on Tuesday, and her allies seem to hope (pray?) for a quieter year.",
        # a quotation
        '"We were never told the ferry was unsafe," said a ferryman in Ostrel on Friday.',
        # someone the reader has not met yet
        "Two days before the vote, he walked the quays of Ostrel alone with his young son.",
        "She was huddled in the wheelhouse when the wave struck, said the ferry's owner.",
        "It rolled over the breakwater and past six villages, crashing into the lives of thousands.",
        # a report's findings
        "A new poll shows Ilse Marr ahead of Tam Orr among the ferrymen of Ostrel.",
        "Only a third of ferrymen questioned for the latest poll of Ostrel back Ilse Marr.",
        "Two candidates would beat Ilse Marr, according to a survey of the guild's members.",
    ],
)
def test_feature_ledes(text: str) -> None:
    assert feature_lede(text)
    assert not hard_news(text, _names("Marr", "Orr"))


@pytest.mark.parametrize(
    "text",
    [
        # near misses of hard news: no act, nobody named, or a conjecture
        "Divers pulled two more bodies from the harbour mud at the weekend.",
        "Things could have been worse for the ferrymen of Ostrel.",
        "The sound that wakes the harbour master of Ostrel each night is the bell of a sunken ferry.",
        "In many ways, the port of Ostrel does not look different from the ports of the south.",
        "The Ostrel fares vote was expected to be close, with the guild split down the middle.",
        "Perhaps as a token of how badly the valley longs to put the strike behind it, the mood in Ostrel stayed calm.",
        "Just after Tam Orr left the hall, Ilse Marr was calling for change.",
        "The guild of Ostrel faces a vote that was called by Ilse Marr on Monday.",
        # the press's own act: a story about the coverage
        "In an aside, Ostrel Ledger reporter Ana Pell mixed up Tam Orr with a smuggler of the old days.",
        "Columnist Ida Vell of the Varna Courier compared Ilse Marr with a pirate queen.",
        # a source's word from someone close, not a source
        "The ferry had never been inspected, his daughter said.",
        "Tam Orr's daughter said the ferry had never been inspected.",
        "The ferry sank, a neighbour said.",
        "Ilse Marr seemed to waver on the fares on Tuesday.",
        "Ilse Marr has only two boats left after the storm.",
        "The guild of Varna had to sell its hall on Monday.",
        "Ilse Marr was a ferry pilot for twenty years before she ran the guild.",
        "The ferry was safe, he said.",
    ],
)
def test_not_hard_news(text: str) -> None:
    assert not hard_news(text, _names("Orr", "Marr"))


@pytest.mark.parametrize(
    "text",
    [
        # near misses of a feature's opening
        "Ilse Marr said on Monday that, if elected, she would cut the ferry fares.",  # a reported clause
        "For all the talk of tradition, it was not hard for the Ostrel guild to raise the fares.",  # "it" of what follows
        "Tam Orr dismissed a report in the Ostrel Ledger that the guild would strike.",  # a report dismissed
        "The harbour board of Ostrel rejected the guild's plan on Tuesday.",
    ],
)
def test_not_a_feature(text: str) -> None:
    assert not feature_lede(text)
