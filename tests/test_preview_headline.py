"""A piece whose headline previews an event ("What to watch at tonight's vote") tells how
things stood before it: it is no news story to open the brief with."""

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.lede import preview_headline
from briefgen.models import Article
from briefgen.selection import Selector

BODY = (
    "After a 20-point defeat in the Ostrel primary on Tuesday, Ida Vell conceded the race to Olan Quarle.",
    "Vell told supporters in Ostrel that she would stay in the race for the islands' vote in March.",
)


def _article(title: str, published: date) -> Article:
    return Article(title[:8], title, f"{title[:8]}.txt", "Courier", published, (), BODY)


@pytest.mark.parametrize(
    ("title", "preview"),
    [
        ("What to watch at tonight's guild vote in Ostrel", True),
        ("What to expect at the guild's vote on the levy", True),
        ("Pickets meet Vell at tonight's rally", True),
        ("Vell concedes the Ostrel primary to Quarle", False),
        ("Quarle's levy a preview of her plans for the islands", False),
    ],
)
def test_preview_headline(title: str, preview: bool) -> None:
    assert preview_headline(title) is preview


def test_a_preview_is_no_news_story() -> None:
    day = date(2026, 2, 11)
    corpus = make_corpus([_article("What to watch at tonight's guild vote", day), _article("Vell concedes", day)])
    selector = Selector(corpus, date(2026, 2, 12))
    assert not selector.story_news(0)
    assert selector.story_news(1)
