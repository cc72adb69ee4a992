"""A feature's, a commentary's or trivia's opening line is no page's opening (lede.py); the
Situation opens on the newest day's news as a news story tells it. Invented sentences and names."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.lede import feature_opener
from briefgen.models import Article
from briefgen.selection import Selector

FEATURES = [
    # a scene: the body's acts and the senses
    "Two days before the gales sank the trawler Marit, its skipper knelt for an hour in the chapel of Vell.",
    "Delegates to the guild congress slurped mussels and sipped cider on the quay on Sunday night.",
    "Ada Quarle, 71, a retired net mender from Orn, stared at the harbor wall as the boats came in.",
    # what went before a past event
    "Three weeks before the ferry Orla capsized, her owners sent the harbor board a letter about the hull.",
    "Days before she was detained, the Vell councillor moved her savings abroad.",
    # the reader addressed, or the writer's own first person
    "The bargain the harbor board of Vell offered was simple: pay the levy and you may fish the bay.",
    "I have crossed the strait of Orn every winter for thirty years, and never in such a gale.",
    # a pattern of history
    "The ferry fares of Vell and Orn have moved in opposite directions four times since 1950.",
    "The guild's ballot has gone against its leaders only twice since the Second Great War.",
    # a name explained
    "The lamp guild held a dinner on Friday at the Beacon Room, so called because it looks over the light.",
    # the parties compared, the writer's "no surprise"
    "Faced with the gales, the three harbor towns of the coast responded in strikingly different ways.",
    "Two schools of thought divide the guild of Vell over fares.",
    "The mayor's feed is a window on her mood, and it was no surprise when she wrote of the levy at dawn.",
]

LEDES = [
    "The harbor board of Vell on Saturday closed the bay to trawlers after the Marit sank.",
    "Rescuers were searching the strait of Orn on Monday for two crewmen of the trawler Marit.",
    "Ada Quarle, 71, a net mender from Orn, was killed on Friday when a crane fell on the quay.",
    "President Ivo Marsh said on Tuesday that the levy on trawlers would be halved.",
]

# Near misses: lines that look like a feature's opening but are news ledes.
NEAR_MISSES = [
    # a time phrase at the head: what is still to come, or hours before
    "Two days before the vote, the guild's leader Ivo Marsh withdrew from the race.",
    "Days before the guild of Vell votes on fares, its treasurer was fired.",
    "Hours before the polls closed, the challenger in Orn conceded defeat.",
    "Two weeks before he was due to testify, the harbor master of Vell fled the country.",
    # a quote first, then the event; a quote holding "I", "you" or a scene
    '"We will not pay," the trawler crews of Vell declared on Monday as they blockaded the harbor.',
    '"I knelt and prayed," the skipper of the Marit told rescuers after he was pulled from the sea on Sunday.',
    '"You cannot fish here," the harbor board told the crews, and on Tuesday it closed the bay.',
    # counts since a recent day; a name given for a reason not told
    "The guild's shares have fallen three times since Monday, the exchange of Vell said.",
    "The tanker, named after the founder of the line, ran aground off Orn on Thursday.",
    # different without "ways"; a surprise that is news
    "The two chambers of the Vell council passed different versions of the levy on Tuesday.",
    "The result came as a surprise to the guild, which lost the vote in Orn on Sunday by 12 votes.",
    # "stood down" is a resignation, not a scene; "shed" and "fed" are no past of a clause
    "The harbor master of Vell stood down on Friday after the Marit sank.",
    # a word that only ends as a past does ("need", "a hundred") tells no past event before
    "Days before the crews of Vell need new permits, the harbor board doubled the fee.",
    "Weeks before a hundred trawlers sail for the banks, the guild of Orn elected a new master.",
    # a scene beside an act is the act's colour; what went before, as someone now reveals it, is news
    "The minister wept as she announced her resignation on Monday.",
    "The crowd stared in silence as the council of Orn voted on Monday to close the pier.",
    "Two days before the Marit sank, inspectors had warned her owners, the harbor board said on Monday.",
    "The congregation prayed for the crew of the Marit on Sunday, a day after the bishop of Vell resigned.",
    # "Our" opening a name; a quotation running on past the sentence
    "Our Harbor PAC, which opposes the levy, raised four million crowns in May.",
    'The skipper wrote to the board that "the repairs go well, and I mean to sail by May.',
]


@pytest.mark.parametrize("text", FEATURES)
def test_a_features_opening_is_told_apart(text: str) -> None:
    assert feature_opener(text)


@pytest.mark.parametrize("text", LEDES + NEAR_MISSES)
def test_a_news_lede_is_no_features_opening(text: str) -> None:
    assert not feature_opener(text)


def _dated(n: int, day: str, paragraphs: tuple[str, ...]) -> Article:
    return Article(f"d{n}", f"Story {n}", f"d{n}.txt", f"Outlet {n}", date.fromisoformat(day), (), paragraphs)


_OLDER = (
    "The trawler Marit sank in a gale off the port of Vell on Tuesday, and two crewmen of the Marit are missing.",
    "The harbor board of Vell said trawlers would keep fishing the bay of Vell despite the gales.",
)


def test_the_newest_day_opens_on_its_news_not_on_a_features_scene() -> None:
    """The newest day's feature opens on a scene dated the day before; its news, next in line,
    opens the page instead."""
    scene = (
        "On Friday evening the skipper of the trawler Marit, which sank in a gale off the port of Vell, "
        "knelt in the chapel of Vell and prayed for two crewmen of the Marit."
    )
    news = "The harbor board of Vell on Saturday closed the bay to trawlers."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-13", _OLDER),
            _dated(2, "2025-05-13", _OLDER[::-1]),
            _dated(3, "2025-05-17", (scene, news)),
            _dated(4, "2025-05-17", (scene,)),
        ]
    )
    situation = Selector(corpus, date(2025, 5, 18)).situation(limit=3)
    assert situation[0].text == news, [i.text for i in situation]
    # With no news line of the day to take, the scene still opens: the page keeps its day.
    corpus = make_corpus(
        [
            _dated(1, "2025-05-13", _OLDER),
            _dated(2, "2025-05-13", _OLDER[::-1]),
            _dated(3, "2025-05-17", (scene,)),
        ]
    )
    situation = Selector(corpus, date(2025, 5, 18)).situation(limit=3)
    assert situation[0].text == scene, [i.text for i in situation]


def test_a_newest_day_that_opens_on_news_keeps_its_opening() -> None:
    """A news lede of the day is untouched by the rule: the best of the day opens, as before."""
    news = "The harbor board of Vell on Saturday closed the bay of Vell to trawlers after the Marit sank."
    colour = "Crews of Vell sipped tea on the quay of Vell on Saturday as the trawlers stayed in port."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-13", _OLDER),
            _dated(2, "2025-05-13", _OLDER[::-1]),
            _dated(3, "2025-05-17", (news, colour)),
        ]
    )
    situation = Selector(corpus, date(2025, 5, 18)).situation(limit=3)
    assert situation[0].text == news, [i.text for i in situation]


def test_a_features_opening_line_is_no_key_point_either() -> None:
    """A line the Situation will not open on for its scene, its reader or its history is colour
    for the key points too (`keypoints.colour`); a news lede is not."""
    from briefgen.keypoints import colour

    corpus = make_corpus([_dated(1, "2025-05-13", _OLDER)])
    assert colour(corpus, FEATURES[0])
    assert colour(corpus, "If you sail from Vell after dark, you will be fined.")
    assert not colour(corpus, LEDES[0])
    assert not colour(corpus, NEAR_MISSES[0])
