"""The one-page search's candidates (briefgen.compose): what a page may hold as it shrinks."""

from __future__ import annotations

import pytest

from briefgen import compose


@pytest.mark.parametrize(
    "start",
    [
        compose.Counts(situation=6, key_points=7, positions=5, statements=3, next_steps=9),
        compose.Counts(situation=2, key_points=1, positions=4, statements=1, next_steps=12),
        compose.Counts(situation=0, key_points=0, positions=2, statements=2, next_steps=0),
    ],
)
def test_no_candidate_shows_an_actor_without_a_statement(start: compose.Counts) -> None:
    # Deep in the search (a page crowded by long next steps), the statements per actor used to
    # reach zero while actors were still listed: names under Positions with nothing they said.
    candidates = compose.shrink_sequence(start)
    assert all(c.statements >= 1 for c in candidates if c.positions > 0)
    assert candidates[-1].positions == 0  # the actors still go, one by one, down to none
    assert all(getattr(candidates[-1], f) == 0 for f in ("situation", "key_points", "next_steps"))


def test_an_actors_statements_print_in_the_order_their_article_tells_them() -> None:
    # Chosen best first (own words first), but printed that way a quote going on from the
    # words that open it came above them. The row reads as the article does.
    from datetime import date

    from briefgen.analysis import make_corpus
    from briefgen.models import Article, Brief
    from briefgen.positions import positions

    article = Article(
        "a",
        "Pier",
        "a.txt",
        date(2025, 5, 2),
        None,
        (),
        (
            "Ines Quarle, the harbor master of Vell, said the north pier would close for the whole winter.",
            "The ferry crews were told on Friday.",
            "“We cannot keep the pier open while the storms break its planks every single week,” Quarle said.",
        ),
    )
    corpus = make_corpus([article])
    ranked_positions = tuple(positions(corpus, lambda text: 1.0))
    (row,) = [p for p in ranked_positions if p.actor == "Ines Quarle"]
    assert len(row.statements) == 2 and row.statements[0].quote  # own words ranked first
    ranked = compose.Ranked((), (), ranked_positions, ())
    base = Brief("Vell", date(2025, 5, 3), corpus, (), (), (), ())
    sentences = {s.text: s for s in corpus.sentences}
    page = compose.assemble(base, ranked, compose.Counts(0, 0, len(ranked_positions), 2, 0), sentences)
    (shown,) = [p for p in page.positions if p.actor == "Ines Quarle"]
    assert [s.text for s in shown.statements] == [article.paragraphs[0], article.paragraphs[2]]


def test_a_step_after_its_lead_in_gives_way_to_the_situation_printing_it() -> None:
    # "Vell won. She will …" under Next steps would print "Vell won." twice when the Situation shows it; the
    # page tells a sentence once: the step goes. A key point printing the lead-in gives way to the step instead.
    from datetime import date

    from briefgen.analysis import make_corpus
    from briefgen.models import Article, Brief, Item, NextStep

    won = "Anna Vell, 50, won the Lorrin tolls ballot on Tuesday."
    step_text = "She will visit the Brell docks on Friday."
    other = "The Brell ferry guild will meet on Thursday."
    article = Article("a", "Tolls", "a.txt", date(2026, 3, 11), None, (), (won, step_text, other))
    corpus = make_corpus([article])
    sentences = {s.text: s for s in corpus.sentences}
    step = NextStep(step_text, date(2026, 3, 13), None, (0,), 1.0, lead_in=won)
    plain = NextStep(other, date(2026, 3, 12), None, (0,), 1.0)
    base = Brief("Tolls", date(2026, 3, 11), corpus, (), (), (), ())
    counts = compose.Counts(1, 1, 0, 0, 2)
    in_situation = compose.Ranked((Item(won, (0,)),), (), (), (step, plain))
    assert compose.assemble(base, in_situation, counts, sentences).next_steps == (plain,)
    as_key_point = compose.Ranked((), (Item(won, (0,)),), (), (step, plain))
    page = compose.assemble(base, as_key_point, counts, sentences)
    assert page.key_points == () and step in page.next_steps


def _lead_in_page(situation: tuple[str, ...], steps: tuple[tuple[str, str | None], ...], *body: str) -> tuple[str, ...]:
    """The texts of the Next steps a page shows, from steps given as (text, lead-in), all on one Friday."""
    from datetime import date

    from briefgen.analysis import make_corpus
    from briefgen.models import Article, Brief, Item, NextStep

    article = Article("a", "Mill", "a.txt", date(2027, 5, 5), None, (), body)
    corpus = make_corpus([article])
    sentences = {s.text: s for s in corpus.sentences}
    shown = tuple(NextStep(text, date(2027, 5, 7), None, (0,), 1.0, lead_in=lead) for text, lead in steps)
    base = Brief("Mill", date(2027, 5, 5), corpus, (), (), (), ())
    ranked = compose.Ranked(tuple(Item(t, (0,)) for t in situation), (), (), shown)
    page = compose.assemble(base, ranked, compose.Counts(len(situation), 0, 0, 0, len(shown)), sentences)
    return tuple(s.shown for s in page.next_steps)


def test_a_step_whose_lead_in_is_another_step_shown_goes() -> None:
    # "Orr will tour the mill on Thursday." listed, and again as the lead-in of "He will …": printed twice.
    tour = "Otto Brandl will tour the Tarn mill on Thursday."
    visit = "He will visit the Wexmoor weavers on Friday."
    assert _lead_in_page((), ((tour, None), (visit, tour)), tour, visit) == (tour,)


def test_a_step_whose_lead_in_nearly_repeats_a_situation_line_goes() -> None:
    # Another outlet's telling of the Situation's sentence, a few words apart, is the same sentence to a reader.
    told = "Lise Marrow, 47, won the Tarn mill board seat on Sunday by 90 votes, officials said."
    lead = "Lise Marrow, 47, won the Tarn mill board seat on Sunday by 90 votes."
    step = "She will be sworn in on Friday."
    other = "The Tarn board will meet on Friday."
    assert _lead_in_page((told,), ((step, lead), (other, None)), told, lead, step, other) == (other,)


def test_two_steps_after_one_lead_in_print_it_once() -> None:
    lead = "Lise Marrow won the Tarn mill board seat on Sunday."
    sworn, visit = "She will be sworn in on Friday.", "She will tour the Wexmoor weavers on Friday."
    page = _lead_in_page((), ((sworn, lead), (visit, lead)), lead, sworn, visit)
    assert len(page) == 1 and page[0].startswith(lead)


def test_the_fit_counts_a_steps_lead_in() -> None:
    from datetime import date

    from briefgen.models import NextStep

    lead = "Lise Marrow, who chairs the Tarn mill board and the Wexmoor weavers' guild, won her seat again. " * 3
    plain = NextStep("She will be sworn in on Friday.", date(2027, 5, 7), None, (0,), 1.0)
    led = NextStep(plain.text, plain.date, None, (0,), 1.0, lead_in=lead.strip())
    counts = compose.Counts(0, 0, 0, 0, 1)
    lines = [compose.page_lines(compose.Ranked((), (), (), (s,)), counts) for s in (plain, led)]
    assert lines[1] > lines[0]
