"""The stored form of an analysis (analysis.encode): one JSON line of numbers and small maps, then
the strings as lines, read back equal from a real SQLite store; a row of another analyser version
is analysed again; a damaged row is said in one line and analysed again, not lost."""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen import analysis, cache, gather, store
from briefgen.analysis import Unreadable, _line, _unline, analyse, decode, encode
from briefgen.models import Article

DAY = date(2026, 4, 9)

ARTICLES = (
    Article(
        "quay",
        "Quay strike",
        "quay.txt",
        "Harbour Post",
        date(2026, 4, 8),
        ("Dock crews at Velmora walked out over night shifts.",),
        (
            "Dock crews at the port of Velmora stopped work on Tuesday, the union said.",
            '"We will not load a single crate until the rota changes," said Ilse Marrow, the union\'s chair.',
            "Harbour master Tobin Greaves will meet the crews on Friday, his office said.",
            "Greaves called the stoppage regrettable.\nThe annual quay fair was called off.",
        ),
    ),
    Article(
        "fair",
        "Fair off",
        "fair.txt",
        None,
        None,  # undated: its events are read at build time
        (),
        ("The Velmora quay fair will return next spring, organisers said.", "Stalls had been booked."),
    ),
)


def _rows(path: Path) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        return {k: (v, d) for k, v, d in connection.execute("SELECT article_key, version, data FROM analyses")}


def _gathered(path: Path, articles: tuple[Article, ...] = ARTICLES) -> list[analysis.Analysis]:
    connection = store.open_db(path)
    try:
        return list(gather.Gatherer(connection, DAY, processes=1).analyses(articles))
    finally:
        connection.close()


def test_the_stored_form_is_a_json_line_then_the_strings_as_they_are() -> None:
    fresh = analyse(ARTICLES[0])
    data = encode(fresh)
    head, strings = data.split("\n", 1)
    assert isinstance(json.loads(head), list)
    # Every sentence is in the row verbatim (no JSON quoting), its lines one after another.
    assert "\n".join(fresh.texts) in strings
    assert '"We will not load a single crate' in strings
    assert decode(data) == fresh


def test_an_analysis_round_trips_through_a_real_store(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    first = _gathered(path)
    assert first == [decode(encode(analyse(a))) for a in ARTICLES] == [analyse(a) for a in ARTICLES]
    assert first[0].statements and first[0].schedule and first[1].schedule is None
    rows = _rows(path)
    assert len(rows) == 2 and {v for v, _ in rows.values()} == {analysis.version()}
    assert _gathered(path) == first  # read back from the store: the same analyses
    assert _rows(path) == rows  # and nothing written again


def test_a_row_of_another_analyser_version_is_analysed_again(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    connection = store.open_db(path)
    key = analysis.article_key(ARTICLES[0])
    # What an older analyser stored (another form): never decoded, replaced when next needed.
    cache.keep_analyses(connection, [(key, '[3,"An older form of the row"]')], "an-older-version", DAY)
    connection.close()
    assert _gathered(path)[0] == analyse(ARTICLES[0])
    version, data = _rows(path)[key]
    assert version == analysis.version() and decode(data) == analyse(ARTICLES[0])


def test_the_version_changes_with_the_stored_form(tmp_path: Path) -> None:
    # The form is written by analysis.py, one of the modules the version hashes.
    assert "analysis" in analysis.ANALYSER_MODULES
    copy = tmp_path / "briefgen"
    copy.mkdir()
    for name in ("analysis.py",):
        (copy / name).write_text((analysis.PACKAGE / name).read_text("utf-8") + "\n# another form\n", "utf-8")
    assert analysis.source_version(["analysis"], package=copy) != analysis.source_version(["analysis"])


# A speaker's given name ends one paragraph and the family name opens the next: the name holds the
# paragraph break. (A title there, "said Sen.", is no longer read as part of the name.)
OVER_A_BREAK = Article(
    "levy",
    "Ferry levy",
    "levy.txt",
    "Harbour Post",
    None,
    (),
    (
        "The harbour board of Varnese will vote on the ferry levy next month.",
        '"We cannot carry passengers at a loss," said Tobin',
        "Marle of the harbour committee.",
        "A clerk filed the motion under C:\\levies\\new \\n draft.\tIt runs\u2028to\x85two\x0bpages\x0c.",
    ),
)


def test_a_name_over_a_paragraph_break_and_backslashes_survive_the_store() -> None:
    fresh = analyse(OVER_A_BREAK)
    assert any("\n" in s.speaker for s in fresh.statements)  # what the stored form must carry
    data = encode(fresh)
    assert decode(data) == fresh
    assert len(data.split("\n")) == 1 + 4 * len(fresh.texts) + len(fresh.names) + 4 * len(fresh.statements)


# Line ends and separators str.splitlines splits on, spaces str.split splits at, tabs,
# backslashes, empty strings.
_BREAKS = ["\n", "\n\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"]
_AWKWARD = st.sampled_from([*_BREAKS, "\t", "\xa0", "\u2009", "\u3000", "\\", "\\n", ""])
_WORD = st.sampled_from(
    ["The", "guild", "of", "ferrymen", "said", "Sen.", "Ines", "Quarle", "will", "vote", "on", "Friday."]
)
_PIECE = st.one_of(_WORD, _AWKWARD, st.just(" "), st.just('"We will not sail at a loss," said Sen.'))
_TEXT = st.lists(_PIECE, max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.text() | _TEXT)
def test_any_string_is_one_line_of_the_stored_form_and_read_back(text: str) -> None:
    assert "\n" not in _line(text) and _unline(_line(text)) == text


# Paragraphs that may end on a quote's speaker's title and open on a name.
_PARAGRAPH = st.tuples(
    st.sampled_from(["", "Tobin Marle of the guild. "]),
    _TEXT,
    st.sampled_from(["", ' "We will not sail at a loss," said Sen.']),
).map("".join)


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(_PARAGRAPH, min_size=1, max_size=5), bullets=st.lists(_TEXT, max_size=2))
def test_any_article_of_awkward_characters_survives_the_store(paragraphs: list[str], bullets: list[str]) -> None:
    fresh = analyse(Article("x", "A title", "x.txt", "Outlet", DAY, tuple(bullets), tuple(paragraphs)))
    assert decode(encode(fresh)) == fresh


def test_equal_values_of_the_analyses_decoded_for_one_build_are_one_object() -> None:
    told = "The harbour board will vote on the ferry levy on Friday, its clerk said."
    articles = [
        Article(n, "Levy", f"{n}.txt", None, date(2026, 4, 8), (), (told, line, "The guild had met the board."))
        for n, line in (("a", "Ines Quarle chairs the guild."), ("b", "Tobin Marle spoke for the crews."))
    ]
    shared = analysis.Shared()
    first, second = (decode(encode(analyse(a)), shared) for a in articles)
    (reading, when), (reading_2, when_2) = first.schedule[0], second.schedule[0]  # type: ignore[index]
    assert when is not None and when.day == date(2026, 4, 10)
    assert reading is reading_2 and when is when_2 and first.texts[0] is second.texts[0]
    assert first.pasts[2] == ("meet",) and first.pasts[2] is second.pasts[2]  # type: ignore[index]
    # Another build's: equal, not shared.
    again = decode(encode(analyse(articles[0])))
    assert again == first and again.schedule[0][0] is not reading  # type: ignore[index]


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d[: len(d) // 2],  # cut short
        lambda d: d + "\nmore",  # more lines than it held
        lambda d: d.replace("\n", " ", 1),  # no line ends its JSON
        lambda d: "{" + d,  # the JSON broken
        lambda d: "[1,2,3]\n" + d.split("\n", 1)[1],  # JSON of another shape
        lambda d: d.replace("[", '["x",', 1),  # the counts shifted
    ],
)
def test_a_damaged_row_is_unreadable(damage: object) -> None:
    data = encode(analyse(ARTICLES[0]))
    with pytest.raises(Unreadable):
        decode(damage(data))  # type: ignore[operator]


def test_a_row_of_bytes_is_unreadable() -> None:
    with pytest.raises(Unreadable):
        decode(encode(analyse(ARTICLES[0])).encode())  # type: ignore[arg-type]


def test_a_damaged_row_is_said_in_one_line_and_the_article_analysed_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "store.sqlite3"
    _gathered(path)
    key = analysis.article_key(ARTICLES[0])
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE analyses SET data = substr(data, 1, 200) WHERE article_key = ?", (key,))
    connection.close()
    with caplog.at_level(logging.WARNING, logger="briefgen.gather"):
        again = _gathered(path)
    assert again == [analyse(a) for a in ARTICLES]  # nothing lost
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(said) == 1 and "\n" not in said[0]
    assert str(path) in said[0] and "quay.txt" in said[0] and "unreadable" in said[0]
    # Stored anew: the next build reads it whole, and says nothing.
    assert decode(_rows(path)[key][1]) == analyse(ARTICLES[0])
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="briefgen.gather"):
        assert _gathered(path) == again
    assert not caplog.records


# A column in the first person (invented), beside a plain report of the same town.
COLUMN = Article(
    "column",
    "Notes from the quay",
    "column.txt",
    "Harbour Post",
    date(2026, 4, 8),
    (),
    (
        "I have walked the Velmora quay every morning for twenty years.",
        "I never saw it as empty as I did this week.",
        "My neighbours tell me the ferries will not run until the rota changes.",
        "I think the harbour board has forgotten whom the quay is for.",
    ),
)


def test_a_first_person_piece_is_marked_once_by_its_analysis_and_kept_in_the_store(tmp_path: Path) -> None:
    """The first person (framing.told_in_first_person) is read when the article is analysed and
    stored with it; the Situation's test of an opinion piece gives the same answer from it as from
    the corpus's sentences read at build time."""
    from briefgen.analysis import make_corpus
    from briefgen.framing import told_in_first_person
    from briefgen.selection import Selector

    articles = (COLUMN, *ARTICLES)
    fresh = [analyse(a) for a in articles]
    assert [a.first_person for a in fresh] == [True, False, False]
    assert [decode(encode(a)).first_person for a in fresh] == [True, False, False]
    assert [a.first_person for a in _gathered(tmp_path / "store.sqlite3", articles)] == [True, False, False]
    corpus = make_corpus(articles)
    stored = Selector(corpus, DAY)
    # Without analyses (a corpus made otherwise) the sentences are read at build time: the same answers.
    bare = Selector(replace(corpus, analyses=()), DAY)
    assert [stored.is_opinion(i) for i in range(3)] == [bare.is_opinion(i) for i in range(3)] == [True, False, False]
    own = [s for s in corpus.sentences if s.article == 0]
    assert told_in_first_person(COLUMN, own)
