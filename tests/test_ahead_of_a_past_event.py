"""A sentence set in the run-up to an event it dates ("Heading into Tuesday's primary, …") tells
how things stood before it: once the event is past, it is no Situation line nor key point."""

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.selection import Selector
from briefgen.timeline import ahead_of_over

MONDAY = date(2026, 2, 9)


@pytest.mark.parametrize(
    ("text", "today", "over"),
    [
        ("Heading into Tuesday's primary, Vell's lead over Quarle has vanished.", date(2026, 2, 13), True),
        ("Heading into Tuesday's primary, Vell's lead over Quarle has vanished.", date(2026, 2, 10), False),
        ("Ahead of the March 3 vote, both candidates crossed the islands.", date(2026, 3, 4), True),
        ("Ahead of the March 3 vote, both candidates crossed the islands.", date(2026, 2, 13), False),
        ("On the eve of Thursday night's debate, Vell attacked Quarle's levy.", date(2026, 2, 13), True),
        ("Going into the Feb. 10 vote, polls showed Vell ahead by six points.", date(2026, 2, 11), True),
        # the event was already past when the article was written: a story told, not a run-up
        ("Ahead of last Tuesday's vote, Vell had met the guild twice.", date(2026, 2, 13), False),
        # no date for the event: nothing to tell it is over
        ("Vell spoke to the guild ahead of the vote.", date(2026, 2, 13), False),
        # a date not the frame's event ("… ahead of the vote, on Tuesday, …" is when the speaking was)
        (
            "Quarle said ahead of the vote that the levy would pass, and on Tuesday she met the guild.",
            date(2026, 2, 13),
            False,
        ),
    ],
)
def test_ahead_of_over(text: str, today: date, over: bool) -> None:
    assert ahead_of_over(text, MONDAY, today) is over


def test_a_run_up_line_gives_way_once_the_event_is_past() -> None:
    stale = "Heading into Tuesday's primary, Vell's lead over Quarle in Ostrel has vanished, polls show."
    fresh = "Ida Vell won Tuesday's primary in Ostrel by eleven points over Olan Quarle, the count showed."
    older = Article(
        "a",
        "Ostrel votes",
        "a.txt",
        "Courier",
        MONDAY,
        (),
        (stale, "Quarle has spent three weeks on the islands of Ostrel, meeting fishermen and the guild."),
    )
    newer = Article(
        "b",
        "Vell wins",
        "b.txt",
        "Ledger",
        date(2026, 2, 11),
        (),
        (fresh, "Quarle conceded in Ostrel on Tuesday night and said she would back Vell in the autumn."),
    )
    selector = Selector(make_corpus([older, newer]), date(2026, 2, 12))
    assert selector.over(stale, MONDAY)
    assert stale not in [i.text for i in selector.situation(limit=4)]
