"""An event still to come, set for a coming week or month, is a next step by what it is: the Situation and the key
points leave it, and another outlet's wording of it, to Next steps (a step set for a day was already left so).
(All sentences invented.)"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefgen.analysis import make_corpus
from briefgen.compose import Ranked
from briefgen.models import Article
from briefgen.ranking import rank

BODIES = [
    (
        "The Varnese ferry guild will hold a strike ballot on the harbour tolls later this month.",
        "The harbour board raised the tolls on ferries by a third in January.",
        "Guild members say the tolls have cut their pay.",
    ),
    (
        "The harbour board in Varnese said the toll rise would stand.",
        "Ferry guild leaders met the harbour board on Friday without a deal on the tolls.",
        "The Varnese ferry guild will hold a strike ballot on the harbour tolls later this month, its leaders said.",
    ),
    (
        "Ferry crossings from Varnese ran as normal on Sunday despite the toll dispute.",
        "Ines Quarle, who leads the ferry guild, said the tolls were unfair to crews.",
        "A strike ballot of the ferry guild on the harbour tolls is expected later this month.",
    ),
]


def _ranked(bodies: Sequence[tuple[str, ...]]) -> Ranked:
    """The sections of three outlets' articles of 1 and 2 March 2026, for a brief of the 3rd."""
    articles = [
        Article(
            f"a{i}",
            f"Ferry guild and harbour tolls {i}",
            f"a{i}.txt",
            f"Outlet {i}",
            date(2026, 3, min(i + 1, 2)),
            (),
            b,
        )
        for i, b in enumerate(bodies)
    ]
    return rank(make_corpus(articles), date(2026, 3, 3))


def test_a_step_set_for_this_month_is_left_to_next_steps() -> None:
    ranked = _ranked(BODIES)
    assert [(s.period, "strike ballot" in s.text) for s in ranked.next_steps] == [("2026-03", True)]
    above = [i.text for i in ranked.situation] + [i.text for i in ranked.key_points]
    assert not any("strike ballot" in text for text in above)


def test_a_step_set_for_a_month_further_off_may_still_be_told_above() -> None:
    # (in early March, June is the story's frame, not this month's news)
    ranked = _ranked([tuple(t.replace("later this month", "in June") for t in body) for body in BODIES])
    assert any("strike ballot" in i.text for i in ranked.situation)


def test_the_newest_development_with_a_step_of_this_week_stays_in_the_situation() -> None:
    # (the lead tells what the board did on Monday, then adds the vote to come: the Situation keeps its news)
    lead = (
        "The Varnese harbour board agreed on Monday to cut the ferry tolls by a third, and its members will vote"
        " on a new timetable later this week."
    )
    bodies = [
        (lead, "The toll cut follows a month of protests by the ferry guild.", "Guild members say the tolls cut pay."),
        (
            "The Varnese harbour board said on Sunday it would weigh a cut to the ferry tolls.",
            "Ferry guild leaders met the harbour board on Friday without a deal on the tolls.",
            "Ines Quarle, who leads the ferry guild, said the tolls were unfair to crews.",
        ),
        (
            "Ferry crossings from Varnese ran as normal on Sunday despite the toll dispute.",
            "The harbour board raised the tolls on ferries by a third in January.",
            "The guild had threatened a strike over the ferry tolls.",
        ),
    ]
    articles = [
        Article(f"a{i}", f"Ferry tolls {i}", f"a{i}.txt", f"Outlet {i}", date(2026, 3, 2 if i == 0 else 1), (), b)
        for i, b in enumerate(bodies)
    ]
    ranked = rank(make_corpus(articles), date(2026, 3, 3))
    assert ranked.situation and ranked.situation[0].text == lead
