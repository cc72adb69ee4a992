"""Key points tell the day's news, not the story's history: what a sentence dates months or years
before its article is background (invented stories)."""

from __future__ import annotations

from datetime import date

from briefgen.analysis import make_corpus
from briefgen.daystamp import tells_history
from briefgen.keypoints import key_points
from briefgen.models import Article
from briefgen.selection import Selector


def _article(n: int, day: str, paragraphs: tuple[str, ...]) -> Article:
    return Article(f"k{n}", f"Story {n}", f"k{n}.txt", f"Outlet {n}", date.fromisoformat(day), (), paragraphs)


_OPENER = "The lantern wardens of Quellmoor relit the square on Wednesday after the council paid for new glass."


# What happened months or years before its article: a time framing the sentence from its head, or an
# occasion's own time after "was" (invented).
_HISTORY = (
    "In June, a hailstorm cracked the glass of the Quellmoor lantern hall.",
    "The previous lantern census was in 1911.",
    "Last year, only two lanterns were stolen from the square.",
    "On Aug. 14, the bell works cast its heaviest bell.",
    "Two years ago, the lamp wardens painted every post green.",
    "In early 2019, Tobin Ashgrove stepped down as warden.",
    "In 1995 the lantern fair moved to the river bank.",
    "Back in 2004, the council bought the old bell tower.",
    "The bell tower's last repainting was in March.",
    "The previous ballot on the lamp tax was on Aug. 2.",
    "During 2021, lamp oil doubled in price twice.",
    "In 1990, Quellmoor had three lantern guilds.",
    "Until June, the bell works held the tower contract.",
)
# … and what is not: a time near the article, set against the old one, inside a clause, since then,
# ahead, or no date at all.
_NOT_HISTORY = (
    "The lamp wardens voted on Wednesday to light the square all night.",
    "Last year, two lanterns were stolen; this week five were.",
    "Tobin Ashgrove, who painted posts in 1987, spoke on Monday for the wardens.",
    "The bell works, founded in 1850, said it would recast the bell.",
    "Since June, the lantern guild has lost half its members.",
    "Ever since 2019, lamp oil has grown dearer.",
    "The bell works has cast bells since 1850.",
    "Lamp oil has doubled in price since 2019, the wardens said.",
    "The old bell was sold to an Ostrav chapel in 2001 and cracked on Tuesday.",
    "In two weeks, the council will vote again.",
    "By next year, the council plans to relight the river walk.",
    "In March, the lantern guild will elect a new warden.",
    "The council met in June and again on Monday.",
    "She was in Ostrav in 1934 when the tower fell.",
    "The warden said the footbridge, built in 1934, was too dark.",
    "On Friday, the council raised the lamp tax.",
    "In the square, the lanterns were dark.",
    "In a statement, the council said the lamp tax would rise.",
    "Earlier this month, the wardens turned down the council's offer.",
    "The ballot was close.",
    "The hailstorm was the worst since 1934.",
    "Ashgrove, 61, was chosen in 2019 and stepped down on Tuesday.",
    "Last month, the council raised the lamp tax by a third.",
    "On Nov. 1, the wardens turned down the offer.",
    "Three weeks ago, Tobin Ashgrove quit as warden.",
    "In 2025, lamp oil has doubled in price.",
    "The last fair was a week of rain for the stallholders.",
)


def test_history_is_what_a_sentence_dates_months_or_years_before_its_article() -> None:
    published = date(2025, 11, 20)
    assert [t for t in _HISTORY if not tells_history(t, published)] == []
    assert [t for t in _NOT_HISTORY if tells_history(t, published)] == []
    assert not tells_history(_HISTORY[0], None)  # undated: nothing to read it against


def test_a_key_point_is_not_the_storys_history() -> None:
    """A sentence telling what happened months before its article is background, however much of
    the story's vocabulary it carries: the key point is the day's news."""
    sold = "In June, Quellmoor sold its old bell tower and lamp sheds to Tasker Glassworks of Ostrav for two million crowns."
    bought = (
        "Tasker Glassworks of Ostrav, which paid two million crowns for the old bell tower and lamp sheds of "
        "Quellmoor, keeps them locked."
    )
    stories = (
        (
            "2025-11-18",
            ("The lantern wardens of Quellmoor left the square dark on Tuesday over the cost of glass.", bought),
        ),
        ("2025-11-19", (_OPENER, "Forty lanterns of the wardens burned in the square until dawn, their warden said.")),
        ("2025-11-19", ("The wardens' forty lanterns lit the old bell tower of Quellmoor by night.", sold)),
    )
    corpus = make_corpus([_article(n, day, told) for n, (day, told) in enumerate(stories, start=1)])
    selector = Selector(corpus, date(2025, 11, 20))
    situation = selector.situation(limit=1)
    points = [k.text for k in key_points(selector, situation, limit=3)]
    assert points  # the day's news still makes key points
    assert sold not in points  # (the page told it as a key point before)


# News a head time only seems to date (invented): a season or a span up to now as the subject, a
# year as a yardstick, a misread inside a word, and a period's tally published weeks after it ends.
_NEWS_WITH_AN_OLD_TIME_AT_ITS_HEAD = (
    ("2025-12-06", "The early spring thaw has flooded four lanes of Quellmoor, the lock keeper says."),
    ("2025-12-06", "The past year has been the worst for the lamp growers, their warden said."),
    ("2025-12-06", "In the past year, the Ostrav bell works has taken on 2,000 casters."),
    ("2025-12-06", "In the last year, Quellmoor's wardens have doubled their night rounds."),
    ("2025-12-06", "From 2019 until now, the lock keepers have kept the canal open."),
    ("2025-10-19", "After declining the offer, the guild met the board again on June 21."),
    ("2025-12-06", "In 1990 crowns, the new lock costs nine million."),
    ("2025-12-06", "By 2019 standards, the lantern fair was quiet."),
    ("2025-12-06", "In 2019 terms, the canal levy is the highest ever."),
    ("2025-12-06", "In 2010 prices, the bell tower cost 40 million crowns."),
    ("2026-02-12", "Last year, the Ostrav bell works earned 4.1 million crowns, up 12 percent, its warden said."),
    ("2026-02-12", "In 2025, the canal carried 41 million tonnes of grain, a record."),
    ("2025-11-12", "In the third quarter, the lamp guild's takings rose 18 percent."),
    ("2025-11-18", "In September, grain barges on the canal rose 3.2 percent, the lock office said."),
    ("2025-12-06", "In October, lamp oil prices in Quellmoor climbed 0.4 percent."),
    ("2026-02-20", "Last year, 4,200 barges passed the Ostrav locks, the canal board reported."),
)
# … while an old tally, long published, is still history.
_OLD_TALLIES = (
    ("2025-12-06", "In 1911, 300 barges sank in the great gale."),
    ("2025-10-16", "Last year, the canal levy brought in 7 million crowns."),
    ("2025-12-06", "In May, lamp oil prices in Quellmoor climbed 0.4 percent."),
)


def test_a_head_time_that_is_not_the_clauses_time_or_a_fresh_tally_is_not_history() -> None:
    wrong = [t for day, t in _NEWS_WITH_AN_OLD_TIME_AT_ITS_HEAD if tells_history(t, date.fromisoformat(day))]
    assert wrong == []
    assert [t for day, t in _OLD_TALLIES if not tells_history(t, date.fromisoformat(day))] == []
