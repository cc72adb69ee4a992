"""Analysis: what is read once per article and kept in the store must be what a fresh reading
gives, and its version must change whenever the code that reads an article does."""

from __future__ import annotations

import ast
import dataclasses
import random
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen import analysis, cache, corpus, gather, selection, store, timeline
from briefgen.analysis import ANALYSER_MODULES, analyse, decode, encode, make_corpus, source_version
from briefgen.corpus import assemble
from briefgen.models import Article, Corpus
from briefgen.selfcontained import leans_on_context, role_antecedents, surnames_alone
from briefgen.sources import collect
from briefgen.sources.base import Entry

from .conftest import CHIPS, UKRAINE

PACKAGE = Path(analysis.__file__).resolve().parent


def _module_file(name: str) -> Path:
    path = PACKAGE / (name.replace(".", "/") + ".py")
    return path if path.is_file() else PACKAGE / name.replace(".", "/") / "__init__.py"


def imported(name: str) -> set[str]:
    """The briefgen modules `name` imports (anywhere in it, functions included)."""
    path = _module_file(name)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            names = [node.module] if node.module else [a.name for a in node.names]
            found.update(".".join([*base, *n.split(".")]) for n in names)
    return {m for m in found if _module_file(m).exists()}


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node but those under `if TYPE_CHECKING:` (imports for the type checker only)."""
    found: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        found.append(node)
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            todo.extend(node.orelse)
        else:
            todo.extend(ast.iter_child_nodes(node))
    return found


def closure(name: str) -> set[str]:
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(imported(current))
    return seen


def test_the_analyser_version_covers_every_module_reading_an_article_runs() -> None:
    # A module added to the analysis (an attribution package, say) must be listed, or a change to
    # it would leave stale analyses in every store.
    assert set(ANALYSER_MODULES) == closure("analysis")
    assert set(gather.READER_MODULES) == closure("sources")


def test_a_change_to_any_of_those_modules_changes_the_version(tmp_path: Path) -> None:
    copy = tmp_path / "briefgen"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "templates"))
    before = source_version(ANALYSER_MODULES, package=copy)
    assert before == analysis.version()
    for name in ANALYSER_MODULES:
        path = copy / (name.replace(".", "/") + ".py")
        path = path if path.is_file() else copy / name / "__init__.py"
        original = path.read_bytes()
        path.write_bytes(original + b"\n# one more line\n")
        assert source_version(ANALYSER_MODULES, package=copy) != before, name
        path.write_bytes(original)
    assert source_version(ANALYSER_MODULES, package=copy) == before


def test_a_change_to_a_word_list_the_analyser_reads_changes_the_version(tmp_path: Path) -> None:
    # The given names decide who is a person: a new name changes what an analysis holds, so a
    # store must not keep the old reading (warm and cold builds would differ).
    copy = tmp_path / "briefgen"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "templates"))
    before = source_version(ANALYSER_MODULES, package=copy)
    names = copy / "attribution" / "given_names.txt"
    names.write_text(names.read_text("utf-8") + "Quorwen\n", "utf-8")
    assert source_version(ANALYSER_MODULES, package=copy) != before


def test_a_stored_analysis_is_the_analysis() -> None:
    statements = 0
    for article in collect([UKRAINE, CHIPS]).articles:
        fresh = analyse(article)
        assert decode(encode(fresh)) == fresh
        assert all(s.article == 0 for s in fresh.statements)
        statements += len(fresh.statements)
    assert statements > 20


# Sentences whose readings lean on the day their article is dated: weekdays, "yesterday", "next
# month", a date with no year, a plan told as of the past; and a sentence that leans on the one
# before it. A wire sentence comes back in papers of other days, and in one without a date.
_DAY_BOUND = (
    "The Varnese pilots' guild will vote on the harbour levy on Friday, its secretary Ines Quarle said.",
    "The ferry board met yesterday and will meet again next month.",
    "Tolls on the Orrin crossing rise on June 2, the harbour office said.",
    "The guild was to have named a new warden last week.",
    "Crews of the night boats walked out on Tuesday.",
    "They will meet the wardens of Brell in two weeks.",
    "The new pier opens this Saturday, three days after the tide tables are posted.",
)
_DAYS = (date(2025, 3, 17), date(2025, 3, 22), date(2025, 5, 30), date(2024, 12, 31), None)


def test_a_sentence_remembered_from_an_article_of_another_day_is_read_for_this_one() -> None:
    # The same wire sentences in papers of several days: their words are read once, their
    # announcements (and their events' days) for each day, as if no article had been read before.
    papers = [
        Article(f"a{i}", "Levy", f"a{i}.txt", None, day, (), _DAY_BOUND[i % 3 :] + _DAY_BOUND[: i % 3])
        for i, day in enumerate(_DAYS)
    ]
    analysis.forget_sentences()
    together = [encode(analyse(a)) for a in papers + papers[::-1]]
    alone = []
    for a in papers + papers[::-1]:
        analysis.forget_sentences()
        alone.append(encode(analyse(a)))
    assert together == alone
    # The days are read for each paper: the same vote falls on the Friday after each.
    votes = []
    for paper in papers[:2]:
        schedule = analyse(paper).schedule
        assert schedule is not None
        votes.append(schedule[paper.paragraphs.index(_DAY_BOUND[0])][1])  # (reading, when)
    assert [when.day for when in votes if when is not None] == [date(2025, 3, 21), date(2025, 3, 28)]


def test_a_role_named_before_is_kept_in_the_analysis_and_read_as_from_the_sentences() -> None:
    # "The leader" after the article named its leader: kept per article in its analysis (and in the
    # stored form); a corpus without analyses reads the same from its sentences.
    lines = (
        "Varnese leader Ivo Marsh said on Monday the border would stay shut.",
        "The leader warned that talks with Lorrin had stalled.",
        "The minister declined to comment.",  # no minister named before: nobody's
    )
    later = (
        "Port official Dara Quill said the ferries were full.",
        "Another official said they were not.",
        "The official added that fares would rise.",  # a second official since: nobody's
    )
    articles = [
        Article("a", "Border", "a.txt", None, date(2025, 3, 17), (), lines),
        Article("b", "Ferries", "b.txt", None, date(2025, 3, 18), (), later),
        Article("c", "Quay", "c.txt", None, date(2025, 3, 18), (), ("The leader spoke.",)),  # named nowhere before
    ]
    stored = make_corpus(articles)
    bare = dataclasses.replace(stored, analyses=())
    assert role_antecedents(stored) == role_antecedents(bare) == {(0, 1): (("leader",), "Marsh")}
    assert [a.roles for a in stored.analyses] == [{1: (("leader",), "Marsh")}, {}, {}]
    for article in articles:
        read = analyse(article)
        assert decode(encode(read)) == read


def test_what_a_build_reads_from_the_analyses_is_what_it_would_read_from_the_sentences() -> None:
    # Names called alone after the article gave them in full, and events told as called off: kept
    # per article in its analysis; a corpus without analyses reads them from its sentences.
    lines = (
        "Harbour master Odile Brannick said on Monday the ferry would sail on Friday.",
        "Brannick added that the crews were ready.",
        "The quay festival set for Thursday was called off after the storm, organisers said.",
    )
    article = Article("a", "Ferry", "a.txt", None, date(2025, 3, 17), (), lines)
    other = Article("b", "Quay", "b.txt", None, date(2025, 3, 18), (), ("Brannick met the organisers.",))
    stored = make_corpus([article, other])
    bare = dataclasses.replace(stored, analyses=())
    assert surnames_alone(stored) == surnames_alone(bare) == {(0, 1): ("Brannick",)}
    assert stored.analyses[0].off == {2: ("festival",)}
    for kind in ("held", "off"):
        assert timeline._Told(stored)._noun_index(kind) == timeline._Told(bare)._noun_index(kind)
    # The past tellings too, and the articles carrying them: from the analyses' lists of sentences.
    from_lists, walked = timeline._Told(stored), timeline._Told(bare)
    assert from_lists._index() == walked._index() == {"set": [0], "meet": [1]}
    assert (from_lists.texts, from_lists.latest, from_lists.carriers) == (walked.texts, walked.latest, walked.carriers)


def test_an_analysis_listing_a_sentence_its_article_lacks_is_not_trusted() -> None:
    # An analysis not of these sentences (its positions run past the article's end, in the first
    # article or the last): every sentence is read instead, as without analyses.
    lines = ("The ferry guild met the harbour board on Monday.", "Talks resumed after the board agreed.")
    articles = [
        Article("a", "Ferry", "a.txt", None, date(2025, 3, 17), (), lines),
        Article("b", "Quay", "b.txt", None, date(2025, 3, 18), (), ("Ines Quarle chaired the meeting.",)),
    ]
    stored = make_corpus(articles)
    bare = dataclasses.replace(stored, analyses=())
    walked = timeline._Told(bare)
    expected = walked._index()
    assert expected == {"meet": [0], "resum": [1]}
    for i, where in ((0, 2), (1, 1), (1, 7)):
        pasts = {**(stored.analyses[i].pasts or {}), where: ("chair",)}
        analyses = list(stored.analyses)
        analyses[i] = dataclasses.replace(analyses[i], pasts=pasts)
        told = timeline._Told(dataclasses.replace(stored, analyses=tuple(analyses)))
        assert told._index() == expected
        assert (told.texts, told.latest, told.carriers) == (walked.texts, walked.latest, walked.carriers)


def test_the_near_copy_index_finds_what_comparing_with_every_earlier_article_finds() -> None:
    # Stock lines many articles carry (more holders than are counted at once), lines a few share,
    # and copies of earlier articles whole or in part: the index's answer is the one a comparison
    # with every article before gives.
    rng = random.Random(11)
    stock, rare = list(range(1000, 1030)), list(range(2000, 2400))
    made: list[tuple[int, ...]] = []
    prints = corpus._Fingerprints()
    for _ in range(400):
        if any(made) and rng.random() < 0.2:
            base = rng.choice([m for m in made if m])
            own = set(rng.sample(base, max(1, int(len(base) * rng.choice((0.5, 0.6, 0.7, 1.0))))))
            own |= set(rng.sample(rare, rng.randint(0, 3)))
        else:
            own = set(rng.sample(stock, rng.randint(0, 12))) | set(rng.sample(rare, rng.randint(0, 8)))
        fingerprint = tuple(sorted(own))
        everyone = {a: len(own & set(other)) for a, other in enumerate(made) if own & set(other)}
        assert prints.copied(fingerprint) == corpus.copy_of(fingerprint, everyone)
        prints.add(fingerprint)
        made.append(fingerprint)


def test_an_undated_article_is_read_against_the_brief_date_at_build_time() -> None:
    article = Article("a", "Talks", "a.txt", None, None, (), ("The envoys will meet again on Friday in Geneva.",))
    assert analyse(article).schedule is None
    dated = Article("a", "Talks", "a.txt", None, date(2025, 3, 17), (), article.paragraphs)
    assert list(analyse(dated).schedule or {}) == [0]


def test_an_announcement_and_its_date_survive_the_store() -> None:
    text = "The envoys will meet again on Friday in Geneva, the ministry said."
    article = Article("a", "Talks", "a.txt", None, date(2025, 3, 17), (), (text, "They met on Monday."))
    fresh = analyse(article)
    assert fresh.schedule is not None and list(fresh.schedule) == [0]
    reading, when = fresh.schedule[0]
    assert reading.announces and when is not None and when.day == date(2025, 3, 21)
    assert decode(encode(fresh)) == fresh


def test_the_corpus_module_makes_the_same_corpus() -> None:
    articles = collect([CHIPS]).articles
    assert corpus.make_corpus(articles) == make_corpus(articles)


def test_the_corpus_of_stored_analyses_is_the_corpus_of_fresh_ones() -> None:
    articles = collect([UKRAINE]).articles
    fresh = make_corpus(articles)
    stored = assemble(articles, [decode(encode(analyse(a))) for a in articles])
    assert stored == fresh


_WORDS = st.sampled_from(
    ["The", "minister", "said", "“We", "will", "meet", "on", "Friday,”", "Mr.", "Peskov", "U.S.", "talks",
     "next", "week.", "(AP)", "—", "he", "told", "reporters", "that", "2025", "café", "Ünal", "’s", "?", "!",
     "Brussels:", "ceasefire", "expected", "in", "March", "3", "“", "”", '"', "said.", "it", "later."]
)  # fmt: skip
_PARAGRAPH = st.lists(_WORDS, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    paragraphs=st.lists(_PARAGRAPH, min_size=1, max_size=6),
    bullets=st.lists(_PARAGRAPH, max_size=2),
    published=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2030, 12, 31))),
)
def test_any_article_survives_the_store(paragraphs: list[str], bullets: list[str], published: date | None) -> None:
    article = Article("x", "A title", "x.txt", "Outlet", published, tuple(bullets), tuple(paragraphs))
    fresh = analyse(article)
    assert decode(encode(fresh)) == fresh


def test_the_brief_and_the_store_tell_near_copies_by_one_rule(tmp_path: Path) -> None:
    lines = [f"The port authority said crane number {n} would stay idle until the strike ended." for n in range(6)]
    other = "A different outlet wrote its own account of the dispute at the harbour today."

    def article(name: str, paragraphs: list[str]) -> Article:
        return Article(name, name, f"{name}.txt", None, date(2025, 3, 17), (), tuple(paragraphs))

    articles = [
        article("original", lines[:5]),
        article("copy", [*lines[:4], other]),  # 4 of 5 sentences: a near-copy
        article("snippet", [lines[2]]),  # all of a one-line text: a copy
        article("pair", [lines[3], "Rain is expected across the north of the country this week."]),  # half: no copy
        article("own", [other, lines[5], "Nothing else here is shared with any other story at all."]),
    ]
    corpus = make_corpus(articles)
    assert corpus.copies == {1: 0, 2: 0}
    connection = store.open_db(tmp_path / "store.sqlite3")
    rows = [store.add_article(connection, "port", Entry(a), "test") for a in articles]
    linked = dict(connection.execute("SELECT id, copy_of FROM articles WHERE copy_of IS NOT NULL").fetchall())
    assert linked == {rows[1].row: rows[0].row, rows[2].row: rows[0].row}
    assert [r.outcome for r in rows] == ["new", "copy", "copy", "new", "new"]


def test_the_gatherer_gives_analyses_one_at_a_time_with_what_was_missing_made_first(tmp_path: Path) -> None:
    articles = collect([UKRAINE]).articles
    connection = store.open_db(tmp_path / "store.sqlite3")
    try:
        gatherer = gather.Gatherer(connection, date(2025, 3, 18), processes=1)
        found = gatherer.analyses([*articles, articles[0]])  # one article twice
        # When the first is given, everything missing is analysed and in the store already.
        given = [next(found)]
        keys = [analysis.article_key(a) for a in articles]
        assert cache.known(connection, keys, analysis.version()) == set(keys)
        given += found
    finally:
        connection.close()
    fresh = [decode(encode(analyse(a))) for a in [*articles, articles[0]]]
    assert given == fresh
    # Without a store, an article twice over has its analysis twice.
    alone = list(gather.Gatherer(None, date(2025, 3, 18), processes=1).analyses([articles[0], articles[0]]))
    assert alone == fresh[:1] * 2


def test_the_corpus_keeps_of_an_analysis_only_what_later_stages_read() -> None:
    built = make_corpus(collect([UKRAINE]).articles)
    assert built.analyses and any(a.statements for a in built.analyses)
    for kept in built.analyses:
        # The fingerprint (near-copies) and the bullets' words (the lexicon has them) were read
        # when the corpus was made.
        assert kept.fingerprint == () and kept.bullet_keys == kept.bullet_stems == kept.bullet_phrases == ()


def test_a_text_twice_in_an_article_is_two_sentences_and_one_entry_of_the_lexicon() -> None:
    line = "The harbour board of Varnese will vote on the ferry levy."
    article = Article("a", "Levy", "a.txt", None, date(2025, 3, 17), (), (line, "Ines Quarle chairs it.", line))
    fresh = analyse(article)
    built = assemble([article], [fresh])
    assert [(s.text, s.position) for s in built.sentences if s.text == line] == [(line, 0), (line, 2)]
    assert built.lexicon[line] == (fresh.keys[0], fresh.stems[0], fresh.phrases[0], fresh.leaning[0])


def test_a_text_s_words_in_the_lexicon_are_those_of_the_first_place_it_is_met() -> None:
    # Its first place in the corpus: the first article's before a later one's, and in one article
    # the earlier sentence's. (The readings are set apart by hand so that a later place would show.)
    line = "The ferry guild of Orrin will meet the harbour board on Friday."
    other = "Bram Tollow keeps the ledger."
    first = Article("a", "Guild", "a.txt", None, date(2025, 3, 17), (), (other, line, line))
    later = Article("b", "Guild", "b.txt", None, date(2025, 3, 18), (), (line, other))
    read_a = dataclasses.replace(
        analyse(first), keys=("k-other", "k-line", "k-line"), complete=(True, True, True), leaning=(True, False, True)
    )
    read_b = dataclasses.replace(
        analyse(later), keys=("k-line", "k-other"), complete=(True, False), leaning=(True, True), stems=("x", "y")
    )
    built = assemble([first, later], [read_a, read_b])
    assert built.lexicon[line] == ("k-line", read_a.stems[1], read_a.phrases[1], False)
    assert built.lexicon[other] == ("k-other", read_a.stems[0], read_a.phrases[0], True)
    # Each key's holders: every article carrying it, once each, in order.
    assert built.holders["k-line"] == (0, 1) and built.holders["k-other"] == (0, 1)


@pytest.mark.parametrize("words", ["keys", "stems", "phrases", "paragraphs", "leaning"])
def test_an_analysis_short_of_a_sentence_s_words_or_place_is_refused(words: str) -> None:
    article = Article("a", "Levy", "a.txt", None, date(2025, 3, 17), (), ("The ferry guild met.", "Talks resumed."))
    fresh = analyse(article)
    short = dataclasses.replace(fresh, **{words: getattr(fresh, words)[:-1]})
    with pytest.raises(ValueError, match="every sentence its place and words"):
        assemble([article], [short])


def test_the_events_a_sentence_tells_as_held_by_their_noun_are_read_once_and_kept() -> None:
    paragraphs = (
        "The harbour talks ended without a deal, and the ministers flew home.",
        "The envoys will meet again next week.",
        "Harlow agreed to the plan after a call with Venn that lasted an hour.",
    )
    dated = Article("held", "Held", "held.txt", None, date(2025, 3, 17), (), paragraphs)
    fresh = analyse(dated)
    assert fresh.told == {0: ("talks",), 2: ("call",)}
    assert decode(encode(fresh)).told == fresh.told
    # An undated article tells nothing as done since anything (as its past verbs).
    assert analyse(Article("undated", "Undated", "u.txt", None, None, (), paragraphs)).told is None
    # The corpus's index of such tellings is the same from the stored readings as read afresh.
    corpus_built = make_corpus([dated])
    bare = Corpus(corpus_built.articles, corpus_built.sentences, {}, {}, (), corpus_built.lexicon)
    assert timeline._Told(corpus_built)._noun_index("held") == timeline._Told(bare)._noun_index("held")


# The second sentence leans on the first ("It said …"); the others stand alone.
GUILD = (
    "The ferry guild of Varnese voted on Monday to keep its boats in the harbour until the board answers.",
    "It said the crews would stay ashore for as long as the dispute over the new tolls lasted.",
    "Ines Quarle, who leads the ferry guild, said the boats of Varnese would stay in port.",
)


def test_whether_a_full_sentence_leans_on_the_one_before_is_read_once_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article("lean", "Guild", "lean.txt", None, date(2025, 3, 17), (), GUILD)
    fresh = analyse(article)
    assert fresh.leaning == tuple(c and leans_on_context(t) for t, c in zip(fresh.texts, fresh.complete, strict=True))
    assert fresh.leaning == (False, True, False)
    assert decode(encode(fresh)).leaning == fresh.leaning
    # A build reads it from the corpus the analyses made: not from every candidate again.
    other = Article("b", "Tolls", "b.txt", None, date(2025, 3, 18), (), GUILD[1:])
    built = make_corpus([article, other])

    def read_again(text: str) -> bool:
        raise AssertionError(f"read again: {text}")

    monkeypatch.setattr(selection, "leans_on_context", read_again)
    chosen = selection.Selector(built, date(2025, 3, 18)).rank(3, lead_in=True)
    assert chosen and all(c.sentence.text != GUILD[1] or c.after == GUILD[0] for c in chosen)
