"""A teaser's come-on is a feature's opening (`lede.teaser`), and a subtitle under the headline is no
lede (`Selector._dek`): the lede is the first sentence of the story's body. All text is invented: the
guild ballot of Varna, Ilse Marr and Tam Orr."""

from __future__ import annotations

import pytest

from briefgen.lede import feature_lede, hard_news, teaser
from briefgen.selection import Selector

from .test_main_story import _OLDER, _OLDER2, BRIEF_DAY, _corpus, _dated  # the same invented background


@pytest.mark.parametrize(
    "text",
    [
        "Watch as Ilse Marr tears up the Varna fares in front of the guild.",
        "You have to see what Tam Orr told the harbour board.",
        "Here's why the Ostrel guild walked out of the ferry talks.",
        "You won't believe what Tam Orr told the harbour board.",
        "The Varna mayor has released a new ferry video and Ilse Marr isn't going to like who the guild"
        " features as its hero.",
        "This is what the ferry strike looks like from the quay.",
        "VIDEO: Tam Orr storms out of the guild hall.",
        "Tam Orr storms out of the guild hall (VIDEO).",
        "The one thing Ilse Marr forgot to tell the board about the ferries.",
        "Meet the pilot who kept the Varna ferries running through the storm.",
        "Check out the new ferry Tam Orr unveiled at the Varna quay.",
        "Now comes the hard part for Ilse Marr and the guild of Varna.",
        "Next up: the north valley, where Tam Orr has never won a ballot.",
    ],
)
def test_teasers_are_features(text: str) -> None:
    assert teaser(text)
    assert feature_lede(text)
    assert not hard_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "Watch makers in Varna went on strike on Monday over pay.",
        "Watch Hill residents voted on Monday to keep the ferry.",
        "Boatmen say you cannot see the north pier from the quay any more.",
        "Meet the Press host Ana Vell said that the guild had lost.",
        "Ilse Marr will be happy to see the fares cut, her aide said.",
        "Tam Orr will know by Friday who won the north valley.",
        "Here, the guild of Varna voted on Monday to end the strike.",
        "This is the third time the Ostrel guild has struck this year.",
        "Ilse Marr will not be happy about the new fares, her aide said.",
        "The guild will be pleased with what the board offered, Tam Orr said.",
        "Ilse Marr said she was not happy about what the board decided.",
        "Tam Orr watched the ferry sink from the quay on Tuesday.",
        "The board asked Ilse Marr about who would pilot the ferry.",
        "See-saw talks in Varna ended on Monday without a deal.",
        "Seeing the fares rise, the guild of Varna struck on Monday.",
        "The video of the Varna ferry shows the pilot leaving the bridge.",
        "The guild of Varna released a video on Monday showing the pilot leaving the bridge.",
        "Now the guild of Varna has voted to end the strike, its clerk said on Monday.",
        "Next week the guild of Varna votes on the fares.",
    ],
)
def test_near_teasers_are_not(text: str) -> None:
    assert not teaser(text)


_WIN = (
    "Ilse Marr won the guild ballot of Varna in the north valley on Wednesday, taking all 40 seats of the valley.",
    "Tam Orr said the guild of Varna had made its choice in the guild ballot of Varna.",
)
# The newest day: a teaser on the story, shaped like hard news
_TEASE = (
    "The guild of Varna has released a new ballot video and Tam Orr won't be pleased by who the guild"
    " of Varna puts at its centre.",
    "The video of the guild ballot of Varna shows the north valley boatmen and Ilse Marr at the quays.",
)


def test_a_teaser_of_the_newest_day_does_not_open_over_the_day_befores_news() -> None:
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-05", _OLDER2),
        _dated(3, "2025-03-12", _WIN),
        _dated(4, "2025-03-13", _TEASE),
    )
    selector = Selector(corpus, BRIEF_DAY)
    assert not selector.story_news(3)
    assert selector.story_news(2)
    situation = selector.situation(limit=4)
    assert situation[0].text == _WIN[0], [i.text for i in situation]


_BODY = "Tam Orr quit the guild ballot of Varna after his loss in the north valley."


@pytest.mark.parametrize(
    ("first", "dek"),
    [
        ("Orr bows out as Marr sweeps the valley.", True),  # a subtitle: the body's first line is the lede
        ("Guild and board trade blame as the ferries stay idle.", True),
        ("Tam Orr quit the guild ballot on Wednesday.", False),  # a short lede that names its day
        ("VARNA — Tam Orr quit the guild ballot of Varna.", False),  # a dateline opens the body
        (
            "Tam Orr, who led the north valley for a decade, quit the guild ballot of Varna after his loss there.",
            False,
        ),  # longer than a subtitle
        ("Tam Orr has quit, a guild spokesman said.", False),  # someone's word reported
    ],
)
def test_a_subtitle_is_no_lede(first: str, dek: bool) -> None:
    corpus = _corpus(_dated(1, "2025-03-03", _OLDER), _dated(2, "2025-03-13", (first, _BODY, _WIN[1])))
    selector = Selector(corpus, BRIEF_DAY)
    assert selector._dek(1) is dek
    assert selector._lede(1) == (_BODY if dek else selector._lead(1)[0])


def test_a_one_line_story_has_no_subtitle() -> None:
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER), _dated(2, "2025-03-13", ("Orr bows out as Marr sweeps the valley.",))
    )
    assert not Selector(corpus, BRIEF_DAY)._dek(1)


@pytest.mark.parametrize(
    "after",
    [
        "Ilse Marr now stands alone in the guild ballot.",  # shorter than the line above it
        "Orr, who led the north valley for a decade, said the guild had lost its way and he would go home.",
        "He said the guild had lost its way in the north valley and that he would go home to his boats.",
    ],
)
def test_a_short_undated_lede_with_a_line_leaning_on_it_is_the_lede(after: str) -> None:
    first = "Tam Orr has quit the guild ballot of Varna."
    corpus = _corpus(_dated(1, "2025-03-03", _OLDER), _dated(2, "2025-03-13", (first, after)))
    selector = Selector(corpus, BRIEF_DAY)
    assert not selector._dek(1)
    assert selector._lede(1) == first


# A markets column on another story that names the guild ballot in passing (`Selector.elsewhere`)
_MARKETS = (
    "Herring prices on the Ostrel exchange climbed for a fourth week as cold water kept the boats in port.",
    "Traders in Ostrel expect the herring quota to be cut again before the summer.",
    "Smoked eel sold at a record on the Ostrel exchange, dealers reported.",
    "Herring prices have moved against salt prices seven times since the great flood.",
    "The guild ballot of Varna weighed on herring traders, who fear new fares for the ferries.",
    "Salt barges from the south kept the smokehouses of Ostrel busy all week.",
)
_FLOOD = (
    "Ilse Marr first ran the guild of Varna after the great flood, when the ferries stopped for a year.",
    "The guild ballot of Varna decides the ferry fares of the north valley.",
)


def test_a_piece_on_another_story_ties_a_line_only_by_what_the_coverage_repeats() -> None:
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-05", _OLDER2),
        _dated(3, "2025-03-10", _FLOOD),
        _dated(4, "2025-03-12", _WIN),
        _dated(5, "2025-03-13", _MARKETS),
    )
    selector = Selector(corpus, BRIEF_DAY)
    assert selector.elsewhere(4)
    chance = _MARKETS[3]  # "the great flood": one other piece says it
    assert selector.tied_to_story(chance)
    assert selector.off_story(chance, 4)
    named = _MARKETS[4]  # the guild ballot of Varna, which every source names
    assert not selector.off_story(named, 4)
    # in the story's own articles the one shared phrase still ties a line
    assert not selector.off_story(_FLOOD[0], 2)


# The newest day: a story whose lead only looks ahead, comments and quotes a reaction; no development of its own
_REACTION = (
    "“The north valley showed on Wednesday that she can win the guild ballot of Varna,” said Ana Vell, a"
    " historian of the guild."
)
_COMMENT = "Ominously for Ilse Marr, the boatmen of the south valley of Varna met on Wednesday without her."


@pytest.mark.parametrize(
    "newest",
    [
        ("Now comes the hard part for Ilse Marr.", _COMMENT, _REACTION),  # a come-on under the headline
        ("Marr eyes the south valley.", _COMMENT, _REACTION),  # a subtitle, then the writer's comment
    ],
)
def test_a_day_with_nothing_plainly_told_gives_way_to_the_day_befores_news(newest: tuple[str, ...]) -> None:
    corpus = _corpus(
        _dated(1, "2025-03-03", _OLDER),
        _dated(2, "2025-03-05", _OLDER2),
        _dated(3, "2025-03-12", _WIN),
        _dated(4, "2025-03-13", newest),
    )
    situation = Selector(corpus, BRIEF_DAY).situation(limit=4)
    assert situation[0].text == _WIN[0], [i.text for i in situation]


@pytest.mark.parametrize(
    ("text", "reaction"),
    [
        ("“The north valley was a big moment,” said Ana Vell, a historian of the guild.", True),
        ("“We have to live with it,” Tam Orr, who led the guild for a decade, told the boatmen.", True),
        ("“The port of Varna is closed,” the harbour warden announced on Thursday.", False),
        ("Ilse Marr won the north valley, the guild said on Thursday.", False),
    ],
)
def test_a_quoted_reaction_is_told_from_an_announcement(text: str, reaction: bool) -> None:
    from briefgen.lede import quoted_reaction

    assert quoted_reaction(text) is reaction
