"""The Situation's opening comes from a news story on this story (`Selector.story_news`): not a
column, a feature opening on a scene or an idea, nor a piece on another story naming this one in
passing. All text is invented: a ferrymen's guild in Ostrel and its fares."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.models import Article, Corpus
from briefgen.selection import Selector

BRIEF_DAY = date(2025, 3, 14)


def _dated(n: int, day: str, paragraphs: tuple[str, ...], title: str | None = None) -> Article:
    return Article(f"d{n}", title or f"Story {n}", f"d{n}.txt", f"Outlet {n}", date.fromisoformat(day), (), paragraphs)


# The story's background, told by two outlets on older days.
_OLDER = (
    "The harbour board of Ostrel and the guild of ferrymen began talks on ferry fares in Ostrel.",
    "The guild of ferrymen said the ferry fares had not risen since the harbour board of Ostrel set them.",
)
_VOTE = (
    "The guild of ferrymen in Ostrel on Tuesday voted for a rise of a third in ferry fares.",
    "The harbour board of Ostrel said the guild of ferrymen had no right to set the ferry fares alone.",
)
# A spokesman's undated word on the newest day: news, though it dates nothing.
_SPOKESMAN = (
    "A spokesman for the guild of ferrymen said the new ferry fares would stand until the harbour board of Ostrel"
    " met the ferrymen.",
    "The harbour board of Ostrel has not answered the guild of ferrymen.",
)
# A markets column of the same day on the grain trade of Pell, which names the fares vote once, and dates it.
_GRAIN = (
    "Grain prices at the exchange of Pell rose for a third week as millers bought ahead of the spring.",
    "Millers in Pell paid more for barley than at any time in a decade.",
    "On Wednesday the guild of ferrymen in Ostrel voted for a rise of a third in ferry fares, and the grain"
    " traders of Pell shrugged.",
    "Bakers in Pell have raised the price of rye loaves twice.",
    "Dealers expect the barley crop of the northern valleys to be thin.",
)
# A feature of the newest day: a scene, then an idea, none of it dated or reported in its lead; it
# dates a fare rise only further down.
_FEATURE = (
    "The ferry to Ostrel smells of tar and oranges, and the ferrymen know every passenger by name.",
    "A ferryman's life in Ostrel is a long quarrel with the tides and the harbour board.",
    "Few trades in Ostrel are as proud as the guild of ferrymen.",
    "The guild of ferrymen in Ostrel on Thursday raised ferry fares by a third at every quay.",
)


def _corpus(*articles: Article) -> Corpus:
    return make_corpus(list(articles))


def _opening(corpus: Corpus) -> str:
    return Selector(corpus, BRIEF_DAY).situation(limit=4)[0].text


def test_a_piece_on_another_story_does_not_open_though_it_dates_this_ones_news() -> None:
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-11", _VOTE),
        _dated(3, "2025-03-11", _VOTE[::-1]),
        _dated(4, "2025-03-13", _SPOKESMAN),
        _dated(5, "2025-03-13", _GRAIN),
    )
    selector = Selector(corpus, BRIEF_DAY)
    assert selector.elsewhere(4) and not selector.story_news(4)
    assert selector.story_news(3)
    assert _opening(corpus) == _SPOKESMAN[0]


def test_a_newest_day_of_a_feature_alone_opens_with_the_latest_days_news() -> None:
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-11", _VOTE),
        _dated(3, "2025-03-11", _VOTE[::-1]),
        _dated(4, "2025-03-13", _FEATURE),
    )
    selector = Selector(corpus, BRIEF_DAY)
    assert not selector.story_news(3)  # its lead dates nothing and reports no one
    situation = selector.situation(limit=4)
    assert situation[0].text == _VOTE[0], [i.text for i in situation]
    assert situation[0].day == date(2025, 3, 11)  # an older day's "Tuesday" shows its date
    # the newest day's piece still gives context
    assert any(i.text in _FEATURE for i in situation[1:]), [i.text for i in situation]


def test_a_feature_beside_the_days_news_story_leaves_the_opening_to_the_story() -> None:
    news = ("The harbour board of Ostrel on Thursday asked a court to stop the new ferry fares.", _SPOKESMAN[1])
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-11", _VOTE),
        _dated(3, "2025-03-13", _FEATURE),
        _dated(4, "2025-03-13", news),
    )
    assert _opening(corpus) == news[0]


def test_when_no_day_brings_news_on_the_story_the_newest_day_opens_as_before() -> None:
    musing = (
        "The guild of ferrymen in Ostrel and the harbour board of Ostrel have quarrelled over ferry fares for years.",
        "Nobody in Ostrel remembers a year without a quarrel over ferry fares.",
    )
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER), _dated(2, "2025-03-11", musing), _dated(3, "2025-03-13", _FEATURE)
    )
    # nothing of any day is a news story, so the newest day's dated line opens, as it did
    assert _opening(corpus) == _FEATURE[3]


# Near misses: a newest-day piece on the story that must keep the opening.
@pytest.mark.parametrize(
    "lead",
    [
        # an analysis whose lead dates the day's news
        "Analysts in Ostrel said on Thursday the ferry fares rise would cost the guild of ferrymen its passengers.",
        # an undated report, its source at the end
        "The guild of ferrymen in Ostrel will keep the higher ferry fares, its secretary said.",
        "According to the harbour board of Ostrel, the guild of ferrymen broke the ferry fares law.",
        "The harbour board of Ostrel on Thursday night suspended the guild of ferrymen over ferry fares.",
        # a scene first, then the news within the lead
        ("Rain fell on the quays of Ostrel.", "The harbour board of Ostrel on Thursday froze the ferry fares."),
        # the passengers' own words, loosely tied to the story, in a piece on it
        (
            "The guild of ferrymen in Ostrel on Thursday began charging the new ferry fares at every quay.",
            '"I take the ferry every morning and I cannot pay this," said Mira Tolk, a baker.',
            '"My children cross twice a day," said Oda Venn, a nurse.',
            "Passengers queued at the quays of Ostrel in the rain.",
        ),
        # a lead in other words than the story's, then the story's own
        (
            "Boatmen in the port city raised their prices on Thursday.",
            "The guild of ferrymen in Ostrel said the ferry fares rise was needed.",
        ),
    ],
)
def test_a_newest_day_news_story_on_the_story_keeps_the_opening(lead: str | tuple[str, ...]) -> None:
    # (each the newest day's only article)
    story = ((lead,) if isinstance(lead, str) else lead) + (_SPOKESMAN[1],)
    corpus = _corpus(_dated(1, "2025-03-03", _OLDER), _dated(2, "2025-03-11", _VOTE), _dated(3, "2025-03-13", story))
    selector = Selector(corpus, BRIEF_DAY)
    assert selector.story_news(2), story
    newest = selector.situation(limit=4)[0]
    assert newest.text in story, newest.text


def test_a_short_brief_with_one_loose_line_of_two_is_on_the_story() -> None:
    brief = (
        "The guild of ferrymen in Ostrel raised ferry fares on Thursday.",
        "Its members meet again in May.",
    )
    corpus = _corpus(_dated(1, "2025-03-03", _OLDER), _dated(2, "2025-03-11", _VOTE), _dated(3, "2025-03-13", brief))
    selector = Selector(corpus, BRIEF_DAY)
    assert not selector.elsewhere(2) and selector.round_up(2)  # a tie: no majority elsewhere
    assert selector.story_news(2)
    assert _opening(corpus) == brief[0]


def test_a_strand_of_the_story_other_outlets_also_tell_is_on_the_story() -> None:
    # A cluster with two strands: the fares, and the old pier's repair, which two outlets tell.
    pier = (
        "Engineers on Thursday closed the old pier of Ostrel after a crane cracked its deck.",
        "The old pier of Ostrel carries the ferry from Pell, and its repair will take a month.",
    )
    pier_before = (
        "Engineers found cracks in the deck of the old pier of Ostrel.",
        "The old pier of Ostrel is a hundred years old.",
    )
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-11", _VOTE),
        _dated(3, "2025-03-11", pier_before),
        _dated(4, "2025-03-13", pier),
    )
    selector = Selector(corpus, BRIEF_DAY)
    assert not selector.elsewhere(3) and selector.story_news(3)
    assert _opening(corpus) == pier[0]


def test_a_column_on_the_story_is_not_its_news() -> None:
    column = (
        "In my view the guild of ferrymen in Ostrel was right on Tuesday to raise ferry fares.",
        "I have ridden the ferry to Ostrel for years, and I would pay the ferry fares gladly.",
        "We in Ostrel owe the guild of ferrymen more than we think.",
    )
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-11", _VOTE),
        _dated(3, "2025-03-11", _VOTE[::-1]),
        _dated(4, "2025-03-13", column, title="Opinion: fair fares"),
    )
    selector = Selector(corpus, BRIEF_DAY)
    assert not selector.story_news(3)
    assert _opening(corpus) == _VOTE[0]


def test_an_older_days_news_opens_from_a_news_storys_lead() -> None:
    # The newest day is a feature alone; the day before tells, in its lead, the board's fine, and
    # further down a richer dated line of the talks: the lead's news opens.
    story = (
        "The harbour board of Ostrel on Tuesday fined the guild of ferrymen for the new ferry fares.",
        "The fine is the first the harbour board has set.",
        "Its clerk read the order at the quay.",
        "The guild of ferrymen in Ostrel and the harbour board of Ostrel began talks on ferry fares on Monday,"
        " and the guild of ferrymen said the ferry fares had not risen since the harbour board of Ostrel set them.",
    )
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-11", story),
        _dated(3, "2025-03-11", _VOTE[1:]),
        _dated(4, "2025-03-13", _FEATURE),
    )
    assert _opening(corpus) == story[0]


def test_a_round_ups_dated_item_on_the_story_opens_a_day_with_nothing_else() -> None:
    # The newest day brings only a digest; its dated item on the fares is the day's news on them.
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-11", _VOTE[1:]),
        _dated(3, "2025-03-11", _OLDER[::-1]),
        _dated(4, "2025-03-13", _GRAIN),
    )
    selector = Selector(corpus, BRIEF_DAY)
    assert selector.elsewhere(3)
    assert _opening(corpus) == _GRAIN[2]
    # … but not a dated item of its own on the grain trade: an older day's news on the story opens
    grain = (
        "Grain prices at the exchange of Pell rose on Wednesday as millers bought ahead of the spring.",
        *_GRAIN[1:2],
        "The guild of ferrymen in Ostrel wants a rise of a third in ferry fares, and the grain traders of Pell shrugged.",
        *_GRAIN[3:],
    )
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-11", _VOTE),
        _dated(3, "2025-03-11", _VOTE[::-1]),
        _dated(4, "2025-03-13", grain),
    )
    assert _opening(corpus) == _VOTE[0]
