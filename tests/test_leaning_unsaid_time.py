"""Sentences that lean on what the page has not shown: a time counted from an unsaid day, "None …",
"The newspaper …" as the subject; and a line that only says what a figure above it counts.

Invented texts, after shapes an editor found on real briefs: "The day before, in Ostrel, …" (before
which day?), "a survey taken the same month" (which month?), "None showed …" (none of what?), "The
outlet says …" (which outlet?), and a list of figures ("12,400." then "The number of tickets …").
"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.corpus import split_article
from briefgen.models import Article
from briefgen.selfcontained import is_fragment, leans_on_context


@pytest.mark.parametrize(
    "text",
    [
        "The day before, during a dockside meeting, Vane called the levy a theft.",
        "A pilots' survey taken the same month found most of them wanted the levy gone.",
        # (a "should" in what the people polled said makes no rule of the sentence: found on a real page)
        "In a pilots' survey the same month, 38 percent said the levy should go and half said it should stay.",
        "Pier rents rose to 4.2 percent of takings from 3.9 percent the day before.",
        "The board meets again the next day.",
        "None showed the mayor favouring any donor, but her allies fear more letters may come out.",
        "Neither responded to requests for comment on Friday.",
        "The outlet says nothing of the harbour closure.",
        "The newspaper reported that the port would reopen.",
    ],
)
def test_leans_on_what_the_page_has_not_shown(text: str) -> None:
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday and voted to close the pier the next day.",
        "The day before the vote, the guild marched through Ostrel.",
        "The levy and the toll were raised the same week as the strike.",
        "Pilots blocked the quay the same night she won the harbour seat.",
        "Six crew were rescued on the weekend after drifting for days.",
        "Ferry fares rise on the day after Midsummer in Ostrel.",
        "The guild expects to spend $20,000 over the next week on notices.",
        "None of the 12 trawlers returned to port.",
        "None was hurt when the Ostrel ferry ran aground, the coast guard said.",
        "Neither party holds a majority on the harbour board.",
        "The newspaper industry in Ostrel has lost half its readers.",
        "The paper mill closed in May after a fire.",
        # (a reviewer's cases: events of the sentence itself on one day, a habit, a rule, a thing not an outlet)
        "The two quakes struck Ostrel on the same day, the seismology office said.",
        "Patients should return the next day if the fever persists, the Ostrel clinic said.",
        "Ostrel holds its fish market the same day every week.",
        "The station will close in May for repairs to the tracks.",
        "The website went dark across Varna for an hour on Monday.",
    ],
)
def test_says_it_itself(text: str) -> None:
    assert not leans_on_context(text)


def _split(*paragraphs: str) -> list[tuple[str, bool]]:
    article = Article(
        id="a", title="t", path="p", outlet=None, published=date(2026, 3, 1), key_points=(), paragraphs=paragraphs
    )
    return [(text, whole) for text, _, whole in split_article(article)]


@pytest.mark.parametrize("figure", ["12,400.", "100 days.", "$4.5 billion", "38%", "60."])
def test_what_a_figure_above_counts_is_no_sentence_of_its_own(figure: str) -> None:
    found = _split(
        "Eight numbers from the harbour week.",
        figure,
        "The number of tickets the board said it would refund, which would cost the port a month of fees.",
        "The refunds start on Monday.",
    )
    assert found[2][1] is False
    assert found[3] == ("The refunds start on Monday.", True)


@pytest.mark.parametrize(
    ("head", "item"),
    [
        ("2.", "The board will sell the old pier to the city by June."),  # a list's running number
        ("23.", "Sen. Ada Vell (R-Ostrel) — announced in March, left the race in May."),
        ("Turnout rose.", "The council will meet again in May."),
    ],
)
def test_a_list_item_or_a_sentence_after_a_short_one_stays(head: str, item: str) -> None:
    found = _split("The plan has several parts.", head, item)
    assert found[2] == (item, True)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Namely, that the port would have stayed open.", True),
        ("Through a trust, so did the nephew of the harbour master.", True),
        ("So did the mayor of Ostrel.", True),
        ("The board voted yes, and so did the mayor.", False),
        ("If the levy passes, so will the toll rise, the mayor said.", False),
    ],
)
def test_what_was_told_before_done_again(text: str, leans: bool) -> None:
    assert leans_on_context(text) is leans


@pytest.mark.parametrize(
    ("head", "item"),
    [
        ("2024.", "The Kessel dam failed in April, flooding 3,000 homes."),  # a year: a chronology's heading
        ("10.", "The Varna central bank raised rates for the third time this year."),
        ("100 days.", "The siege of Ostrel entered its fourth month on Tuesday."),
        ("19 killed.", "The Ostrel fire department said the blaze began in a kitchen."),
    ],
)
def test_a_sentence_of_its_own_after_a_figure_stays(head: str, item: str) -> None:
    assert _split("The week in brief.", head, item)[2] == (item, True)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Takes Ostrel, but the board still has the votes.", True),
        ("Wins Brell by a mile as the guild stays home.", True),
        ("Vell takes Ostrel, but the board still has the votes.", False),
        ("Takes on the levy were mixed in Ostrel.", False),  # a noun, lower case after it
    ],
)
def test_a_headline_s_subjectless_verb_is_no_sentence(text: str, fragment: bool) -> None:
    assert is_fragment(text) is fragment
