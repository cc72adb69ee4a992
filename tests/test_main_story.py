"""The Situation opens with the day's MAIN development (`Selector.main_stories`): the news story
opening on hard news whose lead the other sources share most of; its lead's news before any other
story's, and a feature's or a poll's opening is no news story (`lede`). All text is invented: the
guild ballot of Varna, Ilse Marr and Tam Orr."""

from __future__ import annotations

from datetime import date

from briefgen.analysis import make_corpus
from briefgen.models import Article, Corpus
from briefgen.selection import Selector

BRIEF_DAY = date(2025, 3, 14)


def _dated(n: int, day: str, paragraphs: tuple[str, ...]) -> Article:
    return Article(f"d{n}", f"Story {n}", f"d{n}.txt", f"Outlet {n}", date.fromisoformat(day), (), paragraphs)


def _corpus(*articles: Article) -> Corpus:
    return make_corpus(list(articles))


# The background, told by three outlets on older days.
_OLDER = (
    "Ilse Marr and Tam Orr are fighting for the chair of the guild of Varna in the guild ballot of Varna.",
    "The guild ballot of Varna is held in the valley towns of Varna over two weeks.",
)
_OLDER2 = (
    "Tam Orr said the guild ballot of Varna would show the guild of Varna wanted a change.",
    "Ilse Marr has led the guild of Varna for six years and wants a seventh year in the chair.",
)
# The day before the newest: the main development (Marr wins the north valley, Orr quits the guild
# ballot of Varna), told by a news story, and a poll story of the same day that opens on a poll.
_WIN = (
    "By winning the guild ballot of Varna in the north valley, Ilse Marr took all 40 seats of the valley.",
    "Tam Orr quit the guild ballot of Varna after his loss in the north valley.",
    "Ilse Marr said on Tuesday the guild of Varna had chosen to stay the course.",
)
_POLL = (
    "Only a third of the guild members questioned for the latest poll back Ilse Marr, as Tam Orr gains in the"
    " guild ballot of Varna.",
    "The poll showed Ilse Marr ahead of Tam Orr in the guild ballot of Varna among the older members.",
)
# The newest day: a feature, opening on someone not named yet.
_FEATURE = (
    "Two days before the guild ballot of Varna, she walked the quays of the north valley alone.",
    "Ilse Marr knows every boatman of the north valley by name, and on Wednesday she thanked them.",
)


def test_the_day_befores_main_story_opens_not_its_poll_story() -> None:
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-05", _OLDER2),
        _dated(3, "2025-03-12", _POLL),
        _dated(4, "2025-03-12", _WIN),
        _dated(5, "2025-03-13", _FEATURE),
    )
    selector = Selector(corpus, BRIEF_DAY)
    assert not selector.story_news(4)  # a feature's opening, though its lead dates Wednesday
    assert not selector.story_news(2)  # a poll's findings
    assert selector.story_news(3) and selector.leads_hard(3)
    assert selector.main_stories(frozenset((2, 3))) == [3]
    situation = selector.situation(limit=4)
    assert situation[0].text in _WIN, [i.text for i in situation]
    assert situation[0].text != _POLL[0]


def test_an_undated_hard_news_lede_is_news_on_its_day() -> None:
    quiet = (
        "Tam Orr has withdrawn from the guild ballot of Varna, the guild of Varna says.",
        "Ilse Marr now stands alone in the guild ballot of Varna.",
    )
    corpus = _corpus(_dated(1, "2025-03-03", _OLDER), _dated(2, "2025-03-05", _OLDER2), _dated(3, "2025-03-13", quiet))
    selector = Selector(corpus, BRIEF_DAY)
    assert selector.leads_hard(2) and selector.story_news(2)


def test_of_two_news_stories_of_a_day_the_one_the_coverage_shares_opens() -> None:
    side = (
        "A ferry of the north valley ran aground on Thursday near the quays of Varna, its owner said.",
        "Nobody was hurt when the ferry ran aground.",
    )
    main = (
        "Ilse Marr won the guild ballot of Varna on Thursday, ending the fight with Tam Orr for the chair"
        " of the guild of Varna.",
        "Tam Orr said the guild of Varna had made its choice in the guild ballot of Varna.",
    )
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-05", _OLDER2),
        _dated(3, "2025-03-13", side),
        _dated(4, "2025-03-13", main),
    )
    selector = Selector(corpus, BRIEF_DAY)
    assert selector.main_stories(frozenset((2, 3))) == [3, 2]
    assert selector.situation(limit=4)[0].text == main[0]
