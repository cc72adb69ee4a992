"""Key points are only what is about the story: a round-up's item on another story is none (invented
stories: a ferry strike at Varnese, a harbour board, a round-up with items on other things)."""

from __future__ import annotations

from datetime import date

from briefgen.analysis import make_corpus
from briefgen.keypoints import key_points
from briefgen.models import Article
from briefgen.names import one_word_names
from briefgen.selection import Selector


def _article(n: int, day: str, paragraphs: tuple[str, ...], title: str = "") -> Article:
    return Article(
        f"f{n}", title or f"Ferry story {n}", f"f{n}.txt", f"Outlet {n}", date.fromisoformat(day), (), paragraphs
    )


# Sentences for a three-outlet ferry strike story. The opener is the Situation's; the others compete
# for the key points.
_OPENER = "The Varnese ferry guild extended its strike on Wednesday after the harbour board refused new talks."
_SCENE = "Along the Varnese quay, gulls wheel over rows of idle ferries whose hulls are streaked with rust and salt."
_DECIDED = "On Tuesday the port authority fined the strikers 40,000 crowns for each day of the stoppage."


def _strike_story() -> list[Article]:
    return [
        _article(
            1,
            "2031-03-12",
            (
                _OPENER,
                _SCENE,
                "Island commuters have crowded onto fishing boats to reach the mainland markets.",
            ),
        ),
        _article(
            2,
            "2031-03-12",
            (
                "The ferry strike at Varnese entered its second week on Wednesday, with no new talks set.",
                _DECIDED,
                "Rows of idle ferries, rust streaking their hulls, fill the quay where gulls wheel.",
            ),
        ),
        _article(
            3,
            "2031-03-12",
            (
                "Ines Quarle, the ferry guild's chair, said the port authority's fines would not end the stoppage.",
                "The ferry guild has paid its crews from its own strike chest since the stoppage began.",
                "Fishing boats now carry the island commuters to the mainland markets.",
            ),
        ),
    ]


def test_one_word_names_are_a_sentences_lone_capitalised_words_and_surnames() -> None:
    assert one_word_names("Ines Quarle, the guild's chair, said Varnese would close.") == [
        (1, "Quarle"),
        (6, "Varnese"),
    ]
    # a run names an organisation, a weekday or a month no actor, "The" no name, a comma ends a run
    assert one_word_names("The Ostrav Glass Works shut on Monday in March.") == []
    assert one_word_names("At the Harbour Ledger, Quarle spoke.") == [(4, "Quarle")]
    assert one_word_names("Quarle spoke to the NFB.") == [(0, "Quarle"), (4, "NFB")]


# A round-up of the day: one item on the strike, the others on things the story never mentions, told
# twice in the round-up itself (its headline item and its summary), so its own article weighs them.
_ROUNDUP = (
    "The ferry guild's strike at the Varnese quay went on, with the harbour board silent.",
    "Elsewhere, the Ostrav glassworks lost its kiln to a fire that burned through the night.",
    "Fire crews from Ostrav fought the glassworks blaze until dawn, and the kiln is lost, its owner said.",
)


def test_a_roundups_item_on_another_story_is_no_key_point() -> None:
    """A sentence that shares no phrase or name of the story with any other source is on another
    story, however many of its words its own round-up repeats."""
    corpus = make_corpus([*_strike_story(), _article(4, "2031-03-12", _ROUNDUP, title="The day in brief")])
    selector = Selector(corpus, date(2031, 3, 13))
    assert not selector.tied_to_story(_ROUNDUP[1])
    assert not selector.tied_to_story(_ROUNDUP[2])
    assert selector.tied_to_story(_ROUNDUP[0])
    assert selector.tied_to_story(_DECIDED)
    # the round-up is mostly other stories: its loose items are off the story; a story's own article
    # may hold a loose line (a scene, a quotation) and it is not
    assert selector.off_story(_ROUNDUP[1], 3)
    assert not selector.off_story(_ROUNDUP[0], 3)
    assert not selector.off_story("Quarle told the crews to hold firm.", 2)  # untied, in a story's own article
    situation = selector.situation(limit=1)
    points = [k.text for k in key_points(selector, situation, limit=7)]
    assert points
    assert not {_ROUNDUP[1], _ROUNDUP[2]} & set(points)


# Probes of the tie (invented), read against the ferry story with its round-up: what shares a phrase of
# two content words or a one-word name with another source is about the story …
_ON_STORY = (
    "The port authority will meet the guild's lawyers next month.",
    "Island commuters paid double for the fishing boats this week.",
    "Varnese shopkeepers say trade has halved.",
    "The harbour board has not answered the guild's letter.",
    "Police escorted two idle ferries out of the quay at dawn.",
    "The ferry guild counts 600 members.",
    "Gulls now nest on the idle ferries.",
)
# … a name only one source gives, or single words any story uses, tie nothing (the story's own actors
# are named by more than one outlet) …
_ONE_SOURCE_ONLY = (
    "Quarle told the crews to hold firm.",
    "The strike has cost the island markets dearly, traders said.",
)
# … and other stories' items share neither, whatever common words they use.
_OFF_STORY = (
    "The Ostrav glassworks will rebuild its kiln by summer.",
    "A storm closed the mountain pass to lorries on Tuesday.",
    "The national football side lost to Brenmark 2-0.",
    "Lenna Orsk, the finance minister, raised the fuel tax.",
    "Prices of rye rose for a third month, the statistics office said.",
    "The Tarnow museum reopened after a two-year refit.",
    "A court in Ostrav jailed a forger for six years.",
    "Snow is forecast for the northern valleys this weekend.",
    "The chess champion Ilo Brandt retired at 41.",
    "Two climbers were rescued from the Kessel glacier on Sunday.",
    "The central bank held its rate at 3 percent.",
    "Fire crews said the blaze began in the kiln room.",
)


def test_the_tie_to_the_story_is_a_phrase_or_a_name_another_source_uses() -> None:
    corpus = make_corpus([*_strike_story(), _article(4, "2031-03-12", _ROUNDUP, title="The day in brief")])
    selector = Selector(corpus, date(2031, 3, 13))
    assert [t for t in _ON_STORY if not selector.tied_to_story(t)] == []
    assert [t for t in _ONE_SOURCE_ONLY + _OFF_STORY if selector.tied_to_story(t)] == []


def test_a_name_inside_a_sentence_is_read_where_the_corpus_holds_it() -> None:
    # `named_inside` reads only the sentences that hold the word; its answers are those of reading
    # every sentence of the corpus with `one_word_names`.
    corpus = make_corpus(
        [
            _article(1, "2031-03-12", ("Quarle opened the Varnese guild hall on Monday.", "The strike went on.")),
            _article(2, "2031-03-12", ("The harbour board met Quarle at noon.", "Varnese pilots stayed home.")),
            _article(3, "2031-03-12", ("Brell said the Ostry quay was shut.", "Ostry is a guild town.")),
        ]
    )
    selector = Selector(corpus)
    inside = {name for s in corpus.sentences for at, name in one_word_names(s.text) if at > 0}
    assert {"Quarle", "Ostry", "Varnese"} <= inside and "Brell" not in inside
    for word in ("Quarle", "Ostry", "Brell", "Varnese", "Monday", "Harbour", "Nobody"):
        assert selector.named_inside(word) is (word in inside)
