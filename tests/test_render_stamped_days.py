"""A day stamp dates its own line, not the lines of other days that follow it in the context.

Invented articles. The context runs oldest first; a line of an older article whose weekday word
the page dates ("Fri 2 May Dockers walked out on Friday …") opened a paragraph that ran on into a
later day's news with no stamp of its own, which a reader took for that Friday's. A later day's
lines now start a paragraph of their own after a stamped line (`render._stamped_days`).
"""

from __future__ import annotations

import re
from datetime import date

from briefgen.analysis import make_corpus
from briefgen.models import Article, Brief, Item
from briefgen.render import Renderer, to_markdown

from .conftest import squash

ARTICLES = [
    Article("a0", "Strike", "a0.txt", "Ledger", date(2025, 5, 2), (), ("Dockers walked out on Friday at Vell.",)),
    Article("a1", "Talks", "a1.txt", "Wire", date(2025, 5, 6), (), ("Mediators from the port board met the guild.",)),
    Article("a2", "Deal", "a2.txt", "Wire", date(2025, 5, 19), (), ("The strike at Vell ended with a pay deal.",)),
    Article("a3", "Past", "a3.txt", "Wire", date(2025, 5, 8), (), ("The guild last struck at Vell in 1987.",)),
    Article("a4", "Vote", "a4.txt", "Wire", date(2025, 5, 9), (), ("The guild voted on Thursday to stay out.",)),
]


def _paragraphs(*context: Item) -> list[str]:
    corpus = make_corpus(ARTICLES)
    situation = (Item("The strike at Vell ended with a pay deal.", (2,)), *context)
    brief = Brief("Vell", date(2025, 5, 20), corpus, situation, (), (), ())
    html = squash(Renderer.create().html(brief))
    section = html[html.index("Situation") :]
    section = section[: section.index("</section>")]
    return [re.sub(r"<[^>]+>", "", p).strip() for p in re.findall(r"<p>(.*?)</p>", section)]


def test_a_later_days_line_after_a_stamped_one_starts_its_own_paragraph() -> None:
    found = _paragraphs(
        Item("Dockers walked out on Friday at Vell.", (0,), day=date(2025, 5, 2)),
        Item("Mediators from the port board met the guild.", (1,)),
    )
    assert len(found) == 3
    assert found[1].startswith("Fri 2 May Dockers walked out") and "Mediators" not in found[1]
    assert found[2].startswith("Mediators from the port board met the guild.")


def test_a_line_dated_by_its_own_stamp_or_time_runs_on() -> None:
    found = _paragraphs(
        Item("Dockers walked out on Friday at Vell.", (0,), day=date(2025, 5, 2)),
        Item("The guild last struck at Vell in 1987.", (3,)),
        Item("The guild voted on Thursday to stay out.", (4,), day=date(2025, 5, 8)),
        Item("Mediators from the port board met the guild.", (1,)),
    )
    assert len(found) == 3
    assert "Dockers" in found[1] and "1987" in found[1] and "Thu 8 May The guild voted" in found[1]
    assert found[2].startswith("Mediators from the port board met the guild.")


def test_without_a_stamp_the_context_is_one_paragraph() -> None:
    found = _paragraphs(
        Item("Dockers walked out on Friday at Vell.", (0,)),
        Item("Mediators from the port board met the guild.", (1,)),
    )
    assert len(found) == 2
    assert "Dockers walked out" in found[1] and "Mediators" in found[1]


def test_the_markdown_breaks_where_the_page_does() -> None:
    corpus = make_corpus(ARTICLES)
    situation = (
        Item("The strike at Vell ended with a pay deal.", (2,)),
        Item("Dockers walked out on Friday at Vell.", (0,), day=date(2025, 5, 2)),
        Item("Mediators from the port board met the guild.", (1,)),
    )
    markdown = to_markdown(Brief("Vell", date(2025, 5, 20), corpus, situation, (), (), ()))
    assert re.search(r"Dockers walked out on Friday at Vell\.[^\n]*\n\n[^\n]*Mediators", markdown)
