"""One development told once: sentences telling the same event of the same party, in other words."""

from __future__ import annotations

from datetime import date

from briefgen.analysis import make_corpus
from briefgen.development import development, same_development
from briefgen.keypoints import key_points
from briefgen.models import Article
from briefgen.selection import Selector


def same(a: str, b: str) -> bool:
    return same_development(development(a), development(b))


def test_one_killing_told_in_other_words_is_one_development() -> None:
    shot = "A gunman shot and killed harbor master Ines Quarle at her home in Vell on Friday night."
    assert same(shot, "Quarle, 58, was slain by a single bullet fired through her kitchen window.")
    assert same(shot, "Police said Ines Quarle was murdered by a sniper hiding in the woods behind her house.")
    # The same arrest told by two outlets shares few words but the event and the man.
    assert same(
        "Customs officers arrested the trawler captain Olaf Brenn in Kestrel Bay on Saturday.",
        "Brenn was detained as he stepped off his boat, his lawyer said.",
    )


def test_a_win_told_as_an_election_is_one_development() -> None:
    elected = "Voters in Morvia appeared to re-elect President Tomas Ardel in a first-round vote on Sunday."
    assert same(elected, "With most ballots counted, Ardel appeared to have won 54 percent of the vote.")
    assert same("Ardel was reelected on Sunday, officials said.", "Ardel won the vote on Sunday.")
    assert not same(elected, "With most ballots counted, Ardel's rival Ivo Marsh appeared to have won 38 percent.")


def test_the_event_named_as_a_noun_or_in_a_clause_is_another_development() -> None:
    shot = "A gunman shot and killed harbor master Ines Quarle at her home in Vell on Friday night."
    # What happened after the killing: a reaction, a search, a vigil.
    assert not same(shot, "The mayor of Vell condemned the killing of Ines Quarle as an attack on the whole port.")
    assert not same(shot, "Police in Vell are searching for the man who shot Quarle, a spokeswoman said.")
    assert not same(shot, "After Quarle was killed, hundreds of dockers held a vigil at the harbor office in Vell.")


def test_different_counts_or_different_parties_are_different_developments() -> None:
    assert not same(
        "The gale drowned at least 31 crewmen when it swept the western reefs of Morvia.",
        "The gale drowned 9 dockers at the southern quays of Morvia.",
    )
    assert not same(
        "Three ferrymen drowned when their barge capsized near Tarsk on Monday.",
        "Four ferrymen drowned when their barge capsized near Tarsk on Thursday.",
    )
    assert not same(
        "Customs officers arrested the trawler captain Olaf Brenn in Kestrel Bay on Saturday.",
        "Police arrested two dockers in Vell after a brawl at the fish market.",
    )


def test_development_reads_verbs_not_nouns() -> None:
    told = development("The council of Vell approved the harbor levy on Tuesday, ending months of protest.")
    assert "approv" in " ".join(told.events)
    assert development("The approval of the levy and the protests against it divided Vell.").events == frozenset()
    assert development("Dockers marched under arrest warnings and attacks from the mayor.").events == frozenset()
    assert development("Five ships were sunk, three were damaged.").counts == frozenset({"5", "3"})
    assert development("The port opened in 1998 with 2,400 workers.").counts == frozenset({"2400"})  # not the year


def _article(n: int, day: str, paragraphs: tuple[str, ...]) -> Article:
    return Article(f"k{n}", f"Story {n}", f"k{n}.txt", f"Outlet {n}", date.fromisoformat(day), (), paragraphs)


# Invented: four outlets tell one killing, each pair of them in the same words, and what followed.
_KILLED = (
    "A gunman shot and killed harbor master Ines Quarle at her home in Vell on Friday night.",
    "Quarle, 58, who ran the port of Vell for a decade, was slain by a single bullet through her kitchen window.",
    "Police said Ines Quarle was murdered by a sniper hiding in the woods behind her house in Vell.",
)
_AFTER = (
    "The port of Vell closed for a day of mourning on Monday, and ferries to Kestrel Bay stayed in harbor.",
    "Police in Vell offered a reward of 50,000 crowns for information about the sniper and the rifle.",
)


def test_the_situation_tells_one_killing_once() -> None:
    corpus = make_corpus(
        [
            _article(1, "2025-05-03", (_KILLED[0], _KILLED[1], _AFTER[0])),
            _article(2, "2025-05-03", (_KILLED[1], _KILLED[2], _AFTER[1])),
            _article(3, "2025-05-04", (_KILLED[2], _KILLED[0], _AFTER[0])),
            _article(4, "2025-05-04", (_AFTER[1], _AFTER[0])),
        ]
    )
    selector = Selector(corpus, date(2025, 5, 5))
    situation = selector.situation(limit=6)
    texts = [i.text for i in situation]
    assert len([t for t in texts if t in _KILLED]) == 1, texts
    assert set(_AFTER) <= set(texts), texts  # what followed is told too
    # Nor does a key point tell it again.
    points = key_points(selector, situation, limit=5)
    assert not {p.text for p in points} & set(_KILLED), [p.text for p in points]
