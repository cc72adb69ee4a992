"""A next step another section tells (briefgen.ranking, compose.assemble): kept for the page, shown when that
section's line is not on it; and a step with a date of its own beside a report of the past (invented text)."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen import compose
from briefgen.analysis import make_corpus
from briefgen.corpus import stems_of
from briefgen.models import Article, Brief, Item, NextStep, Position, Statement
from briefgen.ranking import _Earlier, _step_said_by

_STEP = "Harl Venner said the Brell guild would vote on the dock levy before leaving Thursday for Ostrel."
_OTHER = "The Lorrin council will meet on Friday."
_LINE = "The Brell dockers walked out on Monday."


def _page(statements: int) -> tuple[str, ...]:
    """The Next steps of a page whose one actor's statement is the step's own sentence, with `statements`
    statements shown (0: the fit cut the actor)."""
    article = Article("a", "Docks", "a.txt", "Pier Post", date(2026, 3, 11), (), (_LINE, _STEP, _OTHER))
    corpus = make_corpus([article])
    sentences = {s.text: s for s in corpus.sentences}
    step = NextStep(_STEP, None, "../2026-03-12", (0,), 2.0)
    other = NextStep(_OTHER, date(2026, 3, 13), None, (0,), 1.0)
    venner = Position("Harl Venner", None, (Statement(_STEP, None, (0,)),))
    ranked = compose.Ranked((Item(_LINE, (0,)),), (), (venner,), (step, other), told_by={_STEP: (_STEP,)})
    base = Brief("Docks", date(2026, 3, 11), corpus, (), (), (), ())
    counts = compose.Counts(1, 0, 1 if statements else 0, statements, 2)
    return tuple(s.text for s in compose.assemble(base, ranked, counts, sentences).next_steps)


def test_a_step_a_statement_tells_is_shown_when_the_fit_cuts_that_statement() -> None:
    # Ranked as a statement of an actor the fit then cut, the step was on no section of the page.
    assert _page(statements=0) == (_STEP, _OTHER)


def test_a_step_a_statement_on_the_page_tells_is_not_shown_twice() -> None:
    assert _page(statements=1) == (_OTHER,)


def _said_by(step_text: str, period: str | None, report: str, written: date, coming: bool = False) -> bool:
    article = Article("a", "Camp", "a.txt", "Brell Herald", written, (), (report, step_text))
    corpus = make_corpus([article])
    step = NextStep(step_text, None, period, (0,), 1.0)
    earlier = [_Earlier(frozenset(stems_of(corpus, report)), coming, report, written)]
    return bool(_step_said_by(step, frozenset(stems_of(corpus, step_text)), earlier))


_FREED = "Ivo Dorn, who was freed from the Kesh labour camp in April, leads the Brell guild of weavers."
_YOUNGER = "The younger Dorn, also a leader of the Brell guild of weavers, is to be freed from the Kesh camp in April."


def test_a_step_dated_to_a_month_adds_its_date_to_a_report_of_another_time() -> None:
    # Written in November: "in April" of the report is last April, the step's is next April.
    assert not _said_by(_YOUNGER, "2027-04", _FREED, date(2026, 11, 20))


def test_the_same_step_undated_still_adds_nothing_to_that_report() -> None:
    undated = "The younger Dorn, also a leader of the Brell guild of weavers, is to be freed from the Kesh camp."
    assert _said_by(undated, None, _FREED, date(2026, 11, 20))


@pytest.mark.parametrize(
    ("step_text", "period", "report"),
    [
        # the report names the step's own week: told done, not news
        (
            "The Brell guild's report on the Kesh camp is to be released this week.",
            "2026-W47",
            "The Brell guild's report on the Kesh camp was released this week.",
        ),
        # a report of something to come that the step repeats: told already
        (
            "The Brell guild's report on the Kesh camp will be released this week.",
            "2026-W47",
            "The Brell guild's report on the Kesh camp is expected this week.",
        ),
    ],
)
def test_a_dated_step_a_report_already_tells_stays_told(step_text: str, period: str, report: str) -> None:
    coming = "expected" in report
    assert _said_by(step_text, period, report, date(2026, 11, 18), coming=coming)
