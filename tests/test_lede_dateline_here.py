"""A wire lede says "here" for the dateline it follows ("KESH, Varnia _ The board met here on
Monday"): printed with that dateline, verbatim, it says where, and the day's main story can open
with it (`Selector.datelined`). It opens only when it is the day's hard news: a feature, an old
fact, a forecast, a negated act or a background piece with "here" in its lede does not. All text
is invented: Varna, Ostrel, Kesh, Ilse Marr, Tam Orr, Piet Lomm."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.selection import Selector
from briefgen.selfcontained import dateline_here, leans_on_context

from .test_lede_days_st28 import _BG1, _BG2, BRIEF_DAY  # the same two background articles

_HARD = "The parliament of Varna rejected the budget of Varna here on Thursday, deepening the crisis in Varna."
_HARD_TAIL = (
    "Ilse Marr told the parliament of Varna that the budget of Varna would come back next week.",
    "Tam Orr said the vote showed the ferry levy of Ostrel had failed.",
)
_UNDATED_HARD = "Ilse Marr resigned as prime minister of Varna over the ferry levy of Ostrel on Thursday."

# name: (the expected opening, the newest day's articles as (first paragraph, further paragraphs))
_DAYS: dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    # the day's hard news, datelined with "here", opens with its dateline (several dateline shapes)
    "wire_underscore": ("KESH, Varnia _ " + _HARD, (("KESH, Varnia _ " + _HARD, _HARD_TAIL),)),
    "dash": ("KESH - " + _HARD, (("KESH - " + _HARD, _HARD_TAIL),)),
    "agency": ("KESH, Varnia (AP) _ " + _HARD, (("KESH, Varnia (AP) _ " + _HARD, _HARD_TAIL),)),
    # … before a feature of the same day with no "here"
    "before_feature": (
        "KESH - " + _HARD,
        (
            (
                "On a grey morning in Ostrel, the ferrymen of Ostrel gathered at the gates to wait for news of the budget of Varna.",
                ("Many of them said on Thursday they had not been paid since the ferry levy of Ostrel came in.",),
            ),
            ("KESH - " + _HARD, _HARD_TAIL),
        ),
    ),
    # a feature's scene with "here" does not open before the day's hard news
    "feature_here": (
        _UNDATED_HARD,
        (
            (
                "OSTREL - On a grey morning here, the ferrymen of Ostrel gathered at the gates to wait for news of the budget of Varna.",
                ("Many of them said they had not been paid since the ferry levy of Ostrel came in.",),
            ),
            (_UNDATED_HARD, ("Tam Orr said the resignation showed the ferry levy of Ostrel had failed.",)),
        ),
    ),
    # nor an old fact told here
    "old_fact_here": (
        _UNDATED_HARD,
        (
            (
                "KESH - In 2009, Ilse Marr lost the election here to Tam Orr by 40 votes over the levy of Ostrel.",
                ("Ilse Marr has fought Tam Orr over the budget of Varna ever since.",),
            ),
            (_UNDATED_HARD, ("Tam Orr said the resignation showed the ferry levy of Ostrel had failed.",)),
        ),
    ),
    # nor a forecast
    "forecast_here": (
        _UNDATED_HARD,
        (
            (
                "KESH - The parliament of Varna is expected to vote on the budget of Varna here next week, officials said.",
                ("The vote could be close, with Tam Orr whipping his side against the budget of Varna.",),
            ),
            (_UNDATED_HARD, ("Tam Orr said the resignation showed the ferry levy of Ostrel had failed.",)),
        ),
    ),
    # nor a negated act
    "negated_here": (
        _UNDATED_HARD,
        (
            (
                "KESH - Tam Orr has not called a strike of the ferrymen here despite the ferry levy of Ostrel.",
                ("The ferrymen of Ostrel met Tam Orr on Thursday about the ferry levy of Ostrel.",),
            ),
            (_UNDATED_HARD, ("Tam Orr said the resignation showed the ferry levy of Ostrel had failed.",)),
        ),
    ),
    # nor a background piece on a standing state
    "background_here": (
        _UNDATED_HARD,
        (
            (
                "KESH - The budget of Varna and the ferry levy of Ostrel have long divided the parliament here.",
                ("Tam Orr and Ilse Marr have clashed over the ferry levy of Ostrel for years.",),
            ),
            (_UNDATED_HARD, ("Tam Orr said the resignation showed the ferry levy of Ostrel had failed.",)),
        ),
    ),
    # an older day's datelined hard lede does not open before the newest day's news
    "older_day_here": (
        _UNDATED_HARD,
        ((_UNDATED_HARD, ("Tam Orr said the resignation showed the ferry levy of Ostrel had failed.",)),),
    ),
}


def _dated(n: int, day: str, paragraphs: tuple[str, ...]) -> Article:
    return Article(f"d{n}", f"Story {n}", f"d{n}.txt", f"Outlet {n}", date.fromisoformat(day), (), paragraphs)


@pytest.mark.parametrize("name", sorted(_DAYS))
def test_the_day_opens_with_its_datelined_hard_news_only(name: str) -> None:
    expected, articles = _DAYS[name]
    older = [_dated(1, "2025-03-03", _BG1), _dated(2, "2025-03-05", _BG2)]
    if name == "older_day_here":
        older.append(_dated(9, "2025-03-12", ("KESH - " + _HARD, *_HARD_TAIL)))
    corpus = make_corpus(
        older + [_dated(n, "2025-03-13", (first, *rest)) for n, (first, rest) in enumerate(articles, start=3)]
    )
    situation = Selector(corpus, BRIEF_DAY).situation(limit=4)
    assert situation[0].text == expected


def test_only_a_first_sentence_right_after_its_dateline_takes_it() -> None:
    corpus = make_corpus(
        [
            _dated(
                1,
                "2025-03-13",
                ("KESH - " + _HARD, "The ferrymen of Ostrel marched here on Thursday against the levy of Ostrel."),
            ),
            _dated(2, "2025-03-13", ('"We will stay here," Tam Orr said on Thursday of the ferrymen of Ostrel.',)),
        ]
    )
    selector = Selector(corpus, BRIEF_DAY)
    by_text = {s.text: s for s in corpus.sentences}
    assert selector.datelined(by_text[_HARD]) == "KESH - " + _HARD
    later = "The ferrymen of Ostrel marched here on Thursday against the levy of Ostrel."
    assert selector.datelined(by_text[later]) == later  # a later sentence: the page does not show the dateline
    quoted = '"We will stay here," Tam Orr said on Thursday of the ferrymen of Ostrel.'
    assert selector.datelined(by_text[quoted]) == quoted  # no dateline, and "here" is the speaker's


@pytest.mark.parametrize(
    "paragraph",
    [
        "Update: The board of Varna met here on Monday to weigh the ferry levy of Ostrel.",  # a label, no place
        "Analysis: The board of Varna met here on Monday to weigh the ferry levy of Ostrel.",
        "Here, the board of Varna met on Monday to weigh the ferry levy of Ostrel.",  # no dateline at all
    ],
)
def test_a_label_or_no_dateline_gives_no_place(paragraph: str) -> None:
    corpus = make_corpus([_dated(1, "2025-03-13", (paragraph, "Tam Orr said the levy of Ostrel had failed."))])
    first = corpus.sentences[0]
    assert Selector(corpus, BRIEF_DAY).datelined(first) == first.text


def test_here_after_a_dateline_is_resolved_and_alone_is_not() -> None:
    assert not dateline_here("KESH, Varnia _ " + _HARD)
    assert not leans_on_context("KESH - " + _HARD)
    assert dateline_here(_HARD)
    assert leans_on_context(_HARD)


# A review's cases: furniture before the dateline, a desk's label, a dateline with no place, a teaser's "Here's",
# colour, a habit, first person, a preview and an old fact: none is printed with a dateline, and none opens the page.
@pytest.mark.parametrize(
    "first",
    [
        "By IVO LANN Associated Press Writer KESH, Varnia (AP) _ " + _HARD,
        "Eds: UPDATES with vote count. KESH, Varnia (AP) _ " + _HARD,
        "BUDGET FALLS IN VARNA KESH, Varnia (AP) _ " + _HARD,
        "UPDATE — " + _HARD,
        "FACT CHECK — " + _HARD,
        "March 13 (Reuters) - " + _HARD,
        "KESH — Here's why the parliament of Varna rejected the budget of Varna on Thursday, and what comes next.",
        "KESH — Life goes on here, in the cafes and fish markets, despite the crisis in Varna.",
        "KESH — Every spring, the ferrymen of Ostrel march here against the ferry levy of Ostrel.",
        "KESH — We arrived here on Thursday to find the parliament of Varna in uproar over the budget of Varna.",
        "KESH — All eyes here will be on the parliament of Varna next week when the budget of Varna returns.",
        "KESH — The parliament of Varna first rejected the budget of Varna here last month, and Marr has fought since.",
    ],
)
def test_no_dateline_is_printed_for_furniture_labels_or_lines_that_are_no_news(first: str) -> None:
    older = [_dated(1, "2025-03-03", _BG1), _dated(2, "2025-03-05", _BG2)]
    corpus = make_corpus([*older, _dated(3, "2025-03-13", (first, *_HARD_TAIL))])
    selector = Selector(corpus, BRIEF_DAY)
    lede = next(s for s in corpus.sentences if s.article == 2 and s.position == 0)
    assert selector.datelined(lede) == lede.text
    assert all(item.text != first for item in selector.situation(limit=4))


def test_a_later_sentence_after_a_dash_still_leans_on_here() -> None:
    later = "Ferrymen — many of them unpaid since January — stormed the parliament of Varna here on Thursday."
    assert dateline_here(later) and leans_on_context(later)
