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
    elected = "The harbour guild of Tarsk re-elected its steward, Tomas Ardel, for a third term on Sunday."
    assert same(elected, "Ardel won the guild vote on Sunday with 212 of 390 ballots.")
    assert same("Ardel was reelected on Sunday, officials said.", "Ardel won the vote on Sunday.")
    assert not same(elected, "Ardel's rival for the stewardship, Ivo Marsh, won 150 of the 390 ballots.")


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


def test_an_incident_heading_the_subject_is_the_event_told_again() -> None:
    """ "Sunday's blast killed …" and "The explosion killed …" tell the explosion a verb told first:
    the incident is their party, and the same counts make one development."""
    exploded = "A gas tank exploded on Sunday at the crowded ferry terminal of Vell as passengers boarded."
    by_noun = (
        "Sunday's blast at the ferry terminal of Vell killed four dockers, injured 17 passengers and closed the port."
    )
    retold = "The explosion killed four dockers and wounded 17 passengers, the harbor police said."
    assert development(exploded).incident is None  # told by its verb
    assert {development(by_noun).incident, development(retold).incident} == set(development(exploded).events)
    assert same(exploded, by_noun)
    assert same(by_noun, retold)
    # What the incident set off is told with its own numbers; a description of one is no incident.
    assert not same(by_noun, "The explosion forced 300 passengers to wait on the quay for six hours.")
    assert development("The first fire engines came to the quay within the hour.").incident is None
    assert development("The fire's quick spread puzzled the harbor police.").incident is None
    assert development("The mayor condemned the bombing of the ferry terminal.").incident is None
    # A span of time is no count: "the third blast in two weeks" does not disagree with "killed four".
    assert development("It was the third blast at the terminal within two weeks.").counts == frozenset()
    assert development("The 3-year-old port accord held.").counts == frozenset()


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


# Invented: a blast at a ferry terminal, told by its verb, then by its noun with its toll, twice.
_BLAST = (
    "A gas tank exploded on Sunday at the crowded ferry terminal of Vell as passengers boarded the morning boat.",
    "Sunday's blast at the ferry terminal of Vell killed four dockers, injured 17 passengers and closed the port.",
    "The explosion killed four dockers and wounded 17 passengers, the harbor police of Vell said.",
)
_BLAST_AFTER = (
    "The port authority of Vell ordered checks of every gas tank at the ferry terminal and the fish market.",
    "Ferries from Vell to Kestrel Bay will sail from the north pier until the ferry terminal reopens.",
)


def test_the_situation_tells_an_incident_once_whether_by_its_verb_or_by_its_noun() -> None:
    corpus = make_corpus(
        [
            _article(1, "2025-05-04", (_BLAST[0], _BLAST[2], _BLAST_AFTER[0])),
            _article(2, "2025-05-04", (_BLAST[1], _BLAST_AFTER[1])),
            _article(3, "2025-05-05", (_BLAST[1], _BLAST[2], _BLAST_AFTER[0])),
            _article(4, "2025-05-05", (_BLAST[0], _BLAST_AFTER[1])),
        ]
    )
    selector = Selector(corpus, date(2025, 5, 6))
    situation = selector.situation(limit=6)
    texts = [i.text for i in situation]
    assert len([t for t in texts if t in _BLAST[1:]]) <= 1, texts  # the toll once
    assert not (_BLAST[0] in texts and _BLAST[1] in texts), texts
    assert _BLAST_AFTER[1] in texts, texts  # what followed is told
    points = key_points(selector, situation, limit=5)
    told = set(texts) | {p.text for p in points}
    assert len(told & set(_BLAST[1:])) <= 1, told
