"""The Situation does not drop a second main development (`Selector.stories`, `lede.actor`): each main
story of the newest day and of the day before, told by another actor, has its lede on the page before a
third line of a story already there. All text is invented: the two runoffs of the valley of Varna, Ilse
Marr for the Guild party, Tam Orr for the Quay party."""

from __future__ import annotations

from datetime import date

from briefgen.analysis import make_corpus
from briefgen.lede import actor, hard_news
from briefgen.models import Article, Corpus
from briefgen.selection import Selector

BRIEF_DAY = date(2025, 3, 14)


def _dated(n: int, day: str, outlet: str, paragraphs: tuple[str, ...]) -> Article:
    return Article(f"d{n}", f"Story {n}", f"d{n}.txt", outlet, date.fromisoformat(day), (), paragraphs)


def _corpus(*articles: Article) -> Corpus:
    return make_corpus(list(articles))


# --- who acts in a lede --------------------------------------------------------------------------


def test_actor_is_the_last_name_of_the_subject() -> None:
    assert actor("Ilse Marr has won the Guild runoff in Varna, according to two networks.") == "marr"
    assert actor("Guild candidate Ilse Marr's campaign filed an appeal on Monday.") == "marr"
    assert actor("The Varna harbour board fined the Quay guild on Monday.") == "varna"
    assert actor("Tam Orr prevailed in the Quay runoff on Tuesday, his third win in a row.") == "orr"


def test_no_actor_without_a_named_subject() -> None:
    assert actor("He resigned from the Varna harbour board on Monday.") is None
    assert actor("Searchers recovered two boats off Varna on Monday.") is None
    assert actor("What does a ferryman of Varna do when the ferry stops?") is None
    # a word, a hedge, a state, a plan: no act
    assert actor("The Varna harbour board said on Tuesday it would review the count.") is None
    assert actor("Tam Orr told reporters on Tuesday he had won the Quay runoff.") is None
    assert actor("Tam Orr is expected to win the Quay runoff, according to two analysts.") is None
    assert actor("Tam Orr has been the favourite for months, according to the networks.") is None
    assert actor("Tam Orr plans to contest the Quay runoff result in court.") is None


def test_one_actors_supporters_or_rival_are_no_new_actor() -> None:
    assert actor("Supporters of Ilse Marr celebrated in Varna on Tuesday.") == "marr"
    assert actor("Marr's rival conceded the Guild runoff on Tuesday.") in (None, "marr")


def test_a_source_named_at_the_end_leaves_the_act_hard_news() -> None:
    assert hard_news("Tam Orr has won the Quay runoff in Varna, according to three networks.")
    assert hard_news("Tam Orr has won the Quay runoff in Varna.")
    # near misses: a poll's findings, a forecast, a hedge, on a source's word, are no act
    assert not hard_news("Tam Orr leads the Quay runoff in Varna, according to a poll released Monday.")
    assert not hard_news("Tam Orr will win the Quay runoff in Varna, according to two analysts.")
    assert not hard_news("Tam Orr could have won the Quay runoff in Varna, according to his aides.")
    assert not hard_news("Tam Orr was never a member of the Quay guild, according to his rivals.")
    assert not hard_news("Ilse Marr leads the Guild runoff, according to a survey of members.")


# --- the page --------------------------------------------------------------------------------------

# One outlet's story of the Guild runoff, the newest day, twice (a rewrite: most sentences word for word).
_GUILD = (
    "Ilse Marr carried the Guild runoff in Varna on Tuesday by a wide margin over two rivals.",
    "With her win in the valley, Marr will have taken five of the past six Guild contests.",
    "Ada Venn, who runs her campaign, argues the result proves Marr may yet catch up in Guild seats.",
    "Marr is digging in for a long fight at the Guild congress in the summer.",
    "She wants the Guild seats of the valleys she won to move to her column at the congress.",
    "Guild seats in the valley runoffs are split by share of the vote, so a trailing candidate gains slowly.",
)
_GUILD_AGAIN = (
    "Ilse Marr prevailed in the Guild runoff in Varna on Tuesday, adding to her run of wins in the valley.",
    "Marr is digging in for a long fight at the Guild congress in the summer.",
    "She wants the Guild seats of the valleys she won to move to her column at the congress.",
    "Guild seats in the valley runoffs are split by share of the vote, so a trailing candidate gains slowly.",
    "Even as the Guild race moves to the coast, the contest for the Guild seats will stay tight, said Piet Dal.",
)
# The other party's result, told the night of the vote, a day before the write-ups.
_QUAY = (
    "Tam Orr has won the Quay runoff in Varna, according to three networks.",
    "The Quay party gives all of the valley's Quay seats to the winner of the runoff.",
)
# Background, older.
_OLDER = (
    "The valley of Varna holds its Guild runoff and its Quay runoff on the same Tuesday in March.",
    "Ilse Marr and Tam Orr have each won runoffs in the valleys of Varna this spring.",
)


def _page(quay_day: str) -> tuple[Selector, list[str]]:
    corpus = _corpus(
        _dated(1, "2025-03-05", "Outlet One", _OLDER),
        _dated(2, quay_day, "Outlet Two", _QUAY),
        _dated(3, "2025-03-13", "Outlet Three", _GUILD_AGAIN),
        _dated(4, "2025-03-13", "Outlet Three", _GUILD),
    )
    selector = Selector(corpus, BRIEF_DAY)
    return selector, [item.text for item in selector.situation(limit=7)]


def test_the_other_partys_result_of_the_night_before_is_on_the_page() -> None:
    selector, lines = _page("2025-03-12")
    stories = selector.stories(selector.newest, [frozenset((1,))])
    assert [s[0] for s in stories] == [frozenset((2, 3)), frozenset((1,))], stories
    assert stories[1][1] == _QUAY[0]
    assert lines[0] in (_GUILD[0], _GUILD_AGAIN[0])
    assert _QUAY[0] in lines, lines
    # before a third line of the Guild story
    assert lines.index(_QUAY[0]) <= 3, lines


def test_a_result_over_a_day_older_is_no_story_of_the_newest_days() -> None:
    selector, lines = _page("2025-03-10")
    assert [s[0] for s in selector.stories(selector.newest, [frozenset((1,))])] == [frozenset((2, 3))]
    assert lines[0] in (_GUILD[0], _GUILD_AGAIN[0])
    assert _QUAY[0] not in lines


def test_two_write_ups_of_one_actors_act_are_one_story() -> None:
    corpus = _corpus(
        _dated(1, "2025-03-05", "Outlet One", _OLDER),
        _dated(3, "2025-03-13", "Outlet Three", _GUILD_AGAIN),
        _dated(4, "2025-03-13", "Outlet Three", _GUILD),
    )
    selector = Selector(corpus, BRIEF_DAY)
    stories = selector.stories(selector.newest)
    assert [(s[0], s[2]) for s in stories] == [(frozenset((1, 2)), "marr")], stories
