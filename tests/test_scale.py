"""Many articles: each read and analysed once (the store remembers), on every core, and the brief
the same bytes whether the store knew the articles or not and however many processes worked.

Speed is measured by benchmarks/scale.py, never here.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from briefgen import analysis, cache, compose, gather, store
from briefgen.briefing import brief_of
from briefgen.config import load
from briefgen.fetch import fetch
from briefgen.models import Article
from briefgen.pipeline import build
from briefgen.render import Renderer
from briefgen.sources import collect

from . import stories
from .conftest import ROOT, UKRAINE, Runner
from .stories import MEDIATOR, PAUSE, SHIPPERS, STRIKE

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate

DAY = date(2025, 3, 18)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """80 invented articles: enough for two worker processes."""
    folder = tmp_path_factory.mktemp("many") / "articles"
    generate(folder, 80, seed=11)
    return folder


def _build(folder: Path, out: Path, db: Path | None, fmt: str = "pdf") -> bytes:
    build("bench", [folder], DAY, fmt, out, db=db)
    return out.read_bytes()


def test_cold_warm_and_one_or_two_processes_give_the_same_bytes(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "store.sqlite3"
    monkeypatch.setenv("BRIEFGEN_WORKERS", "2")
    cold = _build(articles, tmp_path / "cold.pdf", db)
    with sqlite3.connect(db) as connection:
        analysed = connection.execute(
            "SELECT COUNT(*) FROM analyses WHERE version = ?", (analysis.version(),)
        ).fetchone()
        read = connection.execute("SELECT COUNT(*) FROM article_files").fetchone()
    assert analysed == (80,) and read == (80,)
    warm = _build(articles, tmp_path / "warm.pdf", db)
    monkeypatch.setenv("BRIEFGEN_WORKERS", "1")
    alone = _build(articles, tmp_path / "alone.pdf", tmp_path / "other.sqlite3")
    assert cold == warm == alone
    # JSON too, through the store and without it.
    assert _build(articles, tmp_path / "a.json", db, "json") == _build(articles, tmp_path / "b.json", None, "json")


def test_a_warm_build_reads_and_analyses_nothing_again(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "store.sqlite3"
    _build(articles, tmp_path / "cold.pdf", db)
    calls: list[str] = []
    monkeypatch.setattr(gather, "read_file", lambda file: calls.append(str(file.path)))
    monkeypatch.setattr(analysis, "analyse", lambda article: calls.append(article.id))
    _build(articles, tmp_path / "warm.pdf", db)
    assert calls == []


def test_a_changed_file_is_read_again_and_a_new_analyser_analyses_again(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(articles.iterdir())[:12]:
        (folder / path.name).write_bytes(path.read_bytes())
    db = tmp_path / "store.sqlite3"
    _build(folder, tmp_path / "first.json", db, "json")
    changed = sorted(folder.iterdir())[3]
    # Same size and modification time, other words: only the content tells.
    stat = changed.stat()
    text = changed.read_text()
    changed.write_text(text.replace("Kremlin", "Kremlyn", 1) if "Kremlin" in text else text.replace("the", "thE", 1))
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    read: list[str] = []
    original = gather.read_file
    monkeypatch.setattr(gather, "read_file", lambda file: read.append(file.path.name) or original(file))
    _build(folder, tmp_path / "second.json", db, "json")
    assert read == [changed.name]
    # An analyser of another version: every article is analysed again, and the store keeps the new analyses.
    first = analysis.version()
    monkeypatch.setattr(analysis, "version", lambda: "another")
    fresh = _build(folder, tmp_path / "third.json", db, "json")
    with sqlite3.connect(db) as connection:
        # The old text of the changed file keeps its old analysis until it has not been needed for long.
        versions = connection.execute("SELECT version, COUNT(*) FROM analyses GROUP BY version ORDER BY 2").fetchall()
        assert versions == [(first, 1), ("another", 12)]
    monkeypatch.undo()
    assert fresh == _build(folder, tmp_path / "fourth.json", None, "json")


def test_a_folder_read_under_another_name_is_read_again_but_not_analysed_again(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy(articles, tmp_path / "articles", 12)
    db = tmp_path / "store.sqlite3"
    monkeypatch.chdir(tmp_path)
    _build(Path("articles"), tmp_path / "relative.json", db, "json")
    analysed: list[str] = []
    original = analysis.analyse
    monkeypatch.setattr(analysis, "analyse", lambda article: analysed.append(article.id) or original(article))
    # The same files by their absolute path: a file's entry is its name as given (its articles
    # cite that name), so they are read again; their analyses are found by their text.
    again = _build(folder.resolve(), tmp_path / "absolute.json", db, "json")
    assert analysed == []
    monkeypatch.undo()
    assert again == _build(folder.resolve(), tmp_path / "fresh.json", None, "json")


def _copy(articles: Path, folder: Path, n: int) -> Path:
    folder.mkdir()
    for path in sorted(articles.iterdir())[:n]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_analyses_stored_a_few_at_a_time_are_all_stored_and_the_brief_the_same(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy(articles, tmp_path / "articles", 5)
    db = tmp_path / "store.sqlite3"
    monkeypatch.setattr(gather, "BATCH", 2)  # two full batches and a last one of one
    cold = _build(folder, tmp_path / "cold.pdf", db)
    keys = {analysis.article_key(a) for a in collect([folder]).articles}
    with sqlite3.connect(db) as connection:
        stored = set(connection.execute("SELECT article_key FROM analyses WHERE version = ?", (analysis.version(),)))
    assert len(keys) == 5 and stored == {(k,) for k in keys}
    assert _build(folder, tmp_path / "warm.pdf", db) == cold


def test_a_store_that_fails_while_workers_analyse_leaves_no_worker_running(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = collect([articles]).articles
    connection = store.open_db(tmp_path / "store.sqlite3")

    def full(*_: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    # The first 40 analyses are stored while the workers' results are still coming (80 in one batch).
    monkeypatch.setattr(gather, "BATCH", 40)
    monkeypatch.setattr(cache, "keep_analyses", full)
    try:
        with pytest.raises(sqlite3.OperationalError) as failed:
            gather.Gatherer(connection, DAY, processes=2).prepare(found)
        # The failure is still held, with its frames (the loop over the workers' results), and
        # the workers are already shut down: the articles none had started are dropped.
        assert failed.traceback
        assert multiprocessing.active_children() == []
    finally:
        connection.close()


def test_a_file_whose_status_is_unchanged_is_not_read_and_one_changed_in_place_is(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy(articles, tmp_path / "articles", 12)
    db = tmp_path / "store.sqlite3"
    # Files written just now count as settled, even the one dated a second ahead below (with 0 it
    # would not be until that second had passed: the test failed when the builds ran fast).
    monkeypatch.setattr(gather, "SETTLED_NS", -60_000_000_000)
    first = _build(folder, tmp_path / "first.json", db, "json")
    opened: list[str] = []
    original_bytes, original_read = gather.read_bytes, gather.read_file
    monkeypatch.setattr(
        gather, "read_bytes", lambda path, limit: opened.append(path.name) or original_bytes(path, limit)
    )
    read: list[str] = []
    monkeypatch.setattr(gather, "read_file", lambda file: read.append(file.path.name) or original_read(file))
    assert _build(folder, tmp_path / "again.json", db, "json") == first
    assert opened == read == []  # not even hashed
    # The same size, another title, written as an editor would (a later modification time): an
    # article the brief cites, so that its new title shows among the sources.
    changed = next(p for p in sorted(folder.iterdir()) if f'"id": "{p.read_text().splitlines()[2]}"'.encode() in first)
    before = changed.stat()
    text = changed.read_bytes()
    swapped = text[:1].swapcase() + text[1:]
    assert swapped != text and len(swapped) == len(text)
    changed.write_bytes(swapped)
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    second = _build(folder, tmp_path / "second.json", db, "json")
    assert opened == read == [changed.name]
    assert second == _build(folder, tmp_path / "fresh.json", None, "json") != first
    # Its new status is kept: the next build opens nothing.
    opened.clear()
    read.clear()
    assert _build(folder, tmp_path / "third.json", db, "json") == second
    assert opened == read == []


def test_the_status_of_a_file_changed_a_moment_ago_is_not_trusted(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A change within the same tick of a coarse clock leaves the status as it was: a file that
    # changed less than SETTLED_NS before it was read is hashed again next time, not trusted.
    folder = _copy(articles, tmp_path / "articles", 3)
    db = tmp_path / "store.sqlite3"
    _build(folder, tmp_path / "first.json", db, "json")
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT stat FROM article_files").fetchall() == [(None,)] * 3
    opened: list[str] = []
    original_bytes = gather.read_bytes
    monkeypatch.setattr(
        gather, "read_bytes", lambda path, limit: opened.append(path.name) or original_bytes(path, limit)
    )
    monkeypatch.setattr(gather, "SETTLED_NS", 0)
    _build(folder, tmp_path / "second.json", db, "json")
    assert sorted(opened) == sorted(p.name for p in folder.iterdir())  # hashed, and now trusted
    with sqlite3.connect(db) as connection:
        stats = [row[0] for row in connection.execute("SELECT stat FROM article_files")]
    assert sorted(stats) == sorted(gather.file_status(p) for p in folder.iterdir())
    status = gather.file_status(next(folder.iterdir()))
    assert status is not None
    changed = max(int(part) for part in status.split(":")[1:3])
    assert not gather.settled(status, changed + gather.SETTLED_NS) and gather.settled(
        status, changed + gather.SETTLED_NS + 1
    )
    assert gather.file_status(folder) is None  # a folder has no status to trust


def test_the_fit_starting_from_any_guess_finds_the_fit_of_a_plain_search() -> None:
    renderer = Renderer.create()
    plain = brief_of("Ukraine", collect([UKRAINE]).articles, DAY, renderer)
    candidates = compose.shrink_sequence(
        compose.Counts(**{f: getattr(plain.counts, f) + 3 for f in ("situation", "key_points", "positions")},
                       statements=plain.counts.statements + 1, next_steps=plain.counts.next_steps + 3)
    )  # fmt: skip
    for guess in (candidates[0], plain.counts, candidates[len(candidates) // 2], candidates[-1]):
        again = brief_of("Ukraine", collect([UKRAINE]).articles, DAY, renderer, gatherer=_guessing(guess))
        assert again.counts == plain.counts
        assert again.brief == plain.brief


def test_a_first_fit_starts_where_the_content_length_says_and_finds_what_a_plain_search_finds(
    articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No earlier fit (a cold store): the search starts at the candidate whose estimated lines
    fill a page, and lays out fewer pages than a search from the fullest brief, to the same end."""
    renderer = Renderer.create()
    found = collect([articles]).articles
    laid = _counting_layouts(monkeypatch)
    guessed = brief_of("Ukraine", found, DAY, renderer)
    by_length = len(laid)
    monkeypatch.setattr(compose, "_by_length", lambda candidates, ranked: None)
    laid.clear()
    plain = brief_of("Ukraine", found, DAY, renderer)
    assert guessed.counts == plain.counts and guessed.brief == plain.brief
    assert by_length <= 3 < len(laid)


def test_a_rebuild_of_the_same_articles_lays_out_only_its_page_and_finds_the_same_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store remembers which candidates the last fit found too long (by their HTML, the
    templates and WeasyPrint): a rebuild starts at the last fit and knows the fuller candidate
    next to it takes two pages without laying it out; the brief is the one a plain search finds,
    with or without a store."""
    renderer = Renderer.create()
    found = collect([UKRAINE]).articles
    plain = brief_of("Ukraine", found, DAY, renderer)
    laid = _counting_layouts(monkeypatch)
    with closing(store.open_db(tmp_path / "store.sqlite3")) as connection:
        first = brief_of("Ukraine", found, DAY, renderer, gather.Gatherer(connection, DAY))
        kept = cache.last_fit(connection, "Ukraine")
        laid.clear()
        again = brief_of("Ukraine", found, DAY, renderer, gather.Gatherer(connection, DAY))
        assert len(laid) == 1
        assert cache.last_fit(connection, "Ukraine") == kept
        # Another template (a changed style sheet): nothing remembered holds, the search lays out again.
        other = tmp_path / "templates"
        other.mkdir()
        (other / "brief.css").write_bytes((renderer.folders[0] / "brief.css").read_bytes() + b"\n/* edited */\n")
        laid.clear()
        edited = brief_of("Ukraine", found, DAY, Renderer.create(other), gather.Gatherer(connection, DAY))
        assert len(laid) > 1
        # Other articles (one fewer) after these: other pages, whatever was remembered of these.
        back = brief_of("Ukraine", found, DAY, renderer, gather.Gatherer(connection, DAY))
        assert cache.last_fit(connection, "Ukraine") == kept
        fewer = brief_of("Ukraine", found[1:], DAY, renderer, gather.Gatherer(connection, DAY))
    assert kept is not None and kept.counts == plain.counts and kept.overflowing
    for fitted in (first, again, edited, back):
        assert fitted.counts == plain.counts and fitted.brief == plain.brief
    alone = brief_of("Ukraine", found[1:], DAY, renderer)
    assert fewer.counts == alone.counts and fewer.brief == alone.brief


def test_a_fit_kept_by_an_earlier_version_is_still_a_first_guess(tmp_path: Path) -> None:
    with closing(store.open_db(tmp_path / "store.sqlite3")) as connection:
        connection.execute(
            "INSERT INTO page_fits (topic, counts) VALUES (?, ?)",
            ("Ferries", '{"situation": 5, "key_points": 4, "positions": 3, "statements": 1, "next_steps": 4}'),
        )
        connection.execute("INSERT INTO page_fits (topic, counts) VALUES (?, ?)", ("Harbour", '{"pages": 2}'))
        assert cache.last_fit(connection, "Ferries") == cache.PageFit(compose.Counts(5, 4, 3, 1, 4))
        assert cache.last_fit(connection, "Harbour") is None


def _system_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that is all the system's fonts (fontconfig reads FONTCONFIG_FILE afresh for
    each layout): a font copied into it is a font installed."""
    folder = tmp_path / "system-fonts"
    folder.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?>\n<fontconfig><dir>{folder}</dir><cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>\n'
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))
    return folder


def test_the_layout_fingerprint_follows_the_template_files_and_the_system_fonts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A remembered page count holds only while nothing a line's width depends on changed: the
    style sheet, a font in the templates, a font installed on the system."""
    shipped = Renderer.create().folders[-1]
    override = tmp_path / "templates"
    (override / "fonts").mkdir(parents=True)
    (override / "brief.css").write_bytes((shipped / "brief.css").read_bytes())
    (override / "fonts" / "Harbour.ttf").write_bytes((shipped / "fonts" / "NotoSans-Regular.ttf").read_bytes())
    renderer = Renderer.create(override)
    system = _system_fonts(tmp_path, monkeypatch)
    seen = [renderer.fingerprint()]
    assert renderer.fingerprint() == seen[0]  # the same files: the same fingerprint
    (override / "fonts" / "Harbour.ttf").write_bytes((shipped / "fonts" / "NotoSans-Bold.ttf").read_bytes())
    seen.append(renderer.fingerprint())
    (system / "Installed.ttf").write_bytes((shipped / "fonts" / "NotoSans-Italic.ttf").read_bytes())
    seen.append(renderer.fingerprint())
    with (override / "brief.css").open("a") as sheet:
        sheet.write("\n.kicker { letter-spacing: 0.2em; }\n")
    seen.append(renderer.fingerprint())
    assert len(set(seen)) == 4


def test_a_rebuild_after_a_font_was_installed_lays_out_again_and_finds_the_page_a_plain_search_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A character the shipped fonts lack is set in a system font, so what the last fit found too
    long under the old fonts is not taken as known under the new."""
    system = _system_fonts(tmp_path, monkeypatch)
    renderer = Renderer.create()
    found = collect([UKRAINE]).articles
    laid = _counting_layouts(monkeypatch)
    with closing(store.open_db(tmp_path / "store.sqlite3")) as connection:
        brief_of("Ukraine", found, DAY, renderer, gather.Gatherer(connection, DAY))
        kept = cache.last_fit(connection, "Ukraine")
        assert kept is not None and kept.overflowing
        (system / "Installed.ttf").write_bytes((renderer.folders[-1] / "fonts" / "NotoSans-Bold.ttf").read_bytes())
        laid.clear()
        again = brief_of("Ukraine", found, DAY, renderer, gather.Gatherer(connection, DAY))
        assert len(laid) > 1
    plain = brief_of("Ukraine", found, DAY, renderer)
    assert again.counts == plain.counts and again.brief == plain.brief


def test_a_fit_during_which_the_templates_changed_remembers_no_page_as_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A template edited while the fit laid out: a page count found then may belong to the old
    template or the new, so the store keeps the counts as a first guess only."""
    renderer = Renderer.create()
    found = collect([UKRAINE]).articles
    fingerprints = iter(f"templates-{n}" for n in range(1000))
    monkeypatch.setattr(Renderer, "fingerprint", lambda self: next(fingerprints))
    with closing(store.open_db(tmp_path / "store.sqlite3")) as connection:
        fitted = brief_of("Ukraine", found, DAY, renderer, gather.Gatherer(connection, DAY))
        assert cache.last_fit(connection, "Ukraine") == cache.PageFit(fitted.counts)
        monkeypatch.setattr(Renderer, "fingerprint", lambda self: "templates-as-they-were")
        brief_of("Ukraine", found, DAY, renderer, gather.Gatherer(connection, DAY))
        kept = cache.last_fit(connection, "Ukraine")
        assert kept is not None and kept.overflowing  # unchanged throughout: remembered


def _counting_layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gets an item for each brief WeasyPrint lays out."""
    laid: list[int] = []
    laid_out = Renderer.laid_out

    def counted(self: Renderer, html: str) -> object:
        laid.append(1)
        return laid_out(self, html)

    monkeypatch.setattr(Renderer, "laid_out", counted)
    return laid


def _guessing(guess: compose.Counts) -> gather.Gatherer:
    class Guessing(gather.Gatherer):
        def last_fit(self, topic: str) -> cache.PageFit | None:
            return cache.PageFit(guess)

    return Guessing(None, DAY)


def test_fetch_analyses_what_it_stores_and_a_build_from_the_store_only_ranks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "dump.jsonl").write_text(stories.jsonl([STRIKE, SHIPPERS, MEDIATOR, PAUSE]))
    config = tmp_path / "briefgen.toml"
    config.write_text(stories.CONFIG.format(timeout=5, sources='[{json = "dump.jsonl"}]'))
    db = tmp_path / "store.sqlite3"
    fetch(list(load(config).topics.values()), db)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM analyses").fetchone() == (4,)
    first = build("port", (), DAY, "json", tmp_path / "a.json", config, since="3d", db=db).path.read_bytes()
    monkeypatch.setattr(analysis, "analyse", lambda article: pytest.fail(f"{article.id} analysed again"))
    again = build("port", (), DAY, "json", tmp_path / "b.json", config, since="3d", db=db).path.read_bytes()
    assert first == again


def test_build_all_in_worker_processes_gives_each_topic_the_bytes_of_one_process(
    articles: Path, tmp_path: Path, run_cli: Runner
) -> None:
    names = sorted(p.name for p in articles.iterdir())
    for topic, chosen in (("alpha", names[:30]), ("beta", names[30:60]), ("gamma", names[60:])):
        folder = tmp_path / topic
        folder.mkdir()
        for name in chosen:
            (folder / name).write_bytes((articles / name).read_bytes())
    (tmp_path / "briefgen.toml").write_text(
        "".join(
            f'[topics.{t}]\ntitle = "{t.title()}"\nkeywords = ["ceasefire"]\nsources = ["{t}"]\n\n'
            for t in ("alpha", "beta", "gamma")
        )
    )
    pdfs = {}
    for workers in ("1", "2"):
        done = run_cli("build", "--all", "--date", DAY.isoformat(), "--db", f"store-{workers}.sqlite3",
                       cwd=tmp_path, env={"BRIEFGEN_WORKERS": workers})  # fmt: skip
        assert done.returncode == 0, done.stderr
        for topic in ("alpha", "beta", "gamma"):
            pdf = tmp_path / "output" / topic / f"{DAY}.pdf"
            pdfs[workers, topic] = pdf.read_bytes()
            pdf.unlink()
    assert all(pdfs["1", t] == pdfs["2", t] for t in ("alpha", "beta", "gamma"))


def test_the_collector_is_paused_inside_and_as_it_was_after() -> None:
    import gc

    from briefgen import collector

    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), collector.paused():
        raise KeyError("a failure inside")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()


def test_a_brief_is_read_and_ranked_with_the_collector_paused_and_ranked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from briefgen import briefing, ranking, store

    seen: list[tuple[str, bool]] = []
    real_corpus, real_rank = gather.Gatherer.corpus, ranking.rank

    def corpus(self: gather.Gatherer, articles: list[object]) -> object:
        seen.append(("corpus", gc.isenabled()))
        return real_corpus(self, articles)  # type: ignore[arg-type]

    def rank(*args: object, **kwargs: object) -> object:
        seen.append(("rank", gc.isenabled()))
        return real_rank(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(gather.Gatherer, "corpus", corpus)
    monkeypatch.setattr(ranking, "rank", rank)
    monkeypatch.setattr(briefing, "rank", rank)
    articles = collect([UKRAINE]).articles
    versions = [analysis.article_key(a) for a in articles]
    previous = store.PastBrief(DAY, frozenset(), frozenset())
    brief_of("Ukraine", articles, DAY, previous=(versions, previous))
    # Ranking against an earlier brief ranks everything once (it used to rank twice, the first
    # result thrown away); the corpus and the ranking are made with the collector off.
    assert seen == [("corpus", False), ("rank", False)]
    assert gc.isenabled()


def test_the_near_copy_check_by_its_index_finds_what_counting_every_article_finds() -> None:
    """`_Fingerprints.copied` counts only the holders of an article's rarest hashes (ties by the
    hash): it finds the article a plain count against every earlier article finds, stock lines
    held by many articles or not."""
    import random

    from briefgen.corpus import _Fingerprints, copy_of

    chance = random.Random(21)
    stock = list(range(-40, 0))  # lines many articles carry
    prints = _Fingerprints()
    earlier: list[frozenset[int]] = []
    copies = 0
    for n in range(400):
        if earlier and chance.random() < 0.4:  # most of an earlier article, a few lines changed
            base = sorted(chance.choice(earlier))
            own = set(chance.sample(base, max(1, len(base) - chance.randint(0, 3))))
            own |= {chance.randint(10**6, 10**9) for _ in range(chance.randint(0, 2))}
        else:
            own = set(chance.sample(stock, chance.randint(0, 6))) | {1000 * n + i for i in range(chance.randint(1, 30))}
        fingerprint = tuple(sorted(own))
        plain = copy_of(fingerprint, {a: len(own & held) for a, held in enumerate(earlier) if own & held})
        assert prints.copied(fingerprint) == plain
        copies += plain is not None
        prints.add(fingerprint)
        earlier.append(frozenset(own))
    assert copies > 50  # the case was exercised


def _stored_copies(db: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("SELECT inputs, version, copies FROM near_copies").fetchall()


def _counting_copies(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the near-copy checks of articles (`_Fingerprints.copied`) made from now on."""
    from briefgen import corpus

    calls: list[int] = []
    plain = corpus._Fingerprints.copied

    def copied(self: corpus._Fingerprints, own: tuple[int, ...]) -> int | None:
        calls.append(1)
        return plain(self, own)

    monkeypatch.setattr(corpus._Fingerprints, "copied", copied)
    return calls


def test_a_rebuild_takes_the_near_copies_from_the_store_and_other_articles_find_them_again(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "store.sqlite3"
    calls = _counting_copies(monkeypatch)
    cold = _build(articles, tmp_path / "cold.pdf", db)
    assert len(calls) == 80
    [(inputs, version, found)] = _stored_copies(db)
    assert version == analysis.version() and json_pairs(found)  # the generated articles have near-copies
    calls.clear()
    assert _build(articles, tmp_path / "warm.pdf", db) == cold
    assert calls == []  # taken from the store
    # The same articles in JSON: the same near-copies, from the store.
    assert _build(articles, tmp_path / "a.json", db, "json") == _build(articles, tmp_path / "b.json", None, "json")
    # Another set of articles (one left out): compared again, kept beside the first.
    fewer = tmp_path / "fewer"
    fewer.mkdir()
    for path in sorted(articles.iterdir())[1:]:
        (fewer / path.name).write_bytes(path.read_bytes())
    calls.clear()
    _build(fewer, tmp_path / "fewer.pdf", db)
    assert len(calls) == 79
    assert len(_stored_copies(db)) == 2
    # Another analyser (another near-copy rule, or other fingerprints): compared again, and replaced.
    monkeypatch.setattr(analysis, "version", lambda: "another")
    calls.clear()
    assert _build(articles, tmp_path / "again.pdf", db) == cold
    assert len(calls) == 80
    assert (inputs, "another", found) in _stored_copies(db)


def json_pairs(data: str) -> list[list[int]]:
    import json

    return list(json.loads(data))


@pytest.mark.parametrize(
    "damage",
    [
        "not json",
        "{}",
        "[[1]]",
        "[[3, 5]]",  # an original after its copy
        "[[5, 3], [3, 1]]",  # an original that is a copy itself
        "[[5, 3], [5, 2]]",  # an article twice
        "[[500, 3]]",  # no such article
        '[["5", 3]]',
        "[[5.0, 3]]",
    ],
)
def test_damaged_near_copies_in_the_store_are_found_again(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    db = tmp_path / "store.sqlite3"
    cold = _build(articles, tmp_path / "cold.pdf", db)
    [(inputs, _, found)] = _stored_copies(db)
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("UPDATE near_copies SET copies = ?", (damage,))
    calls = _counting_copies(monkeypatch)
    assert _build(articles, tmp_path / "warm.pdf", db) == cold
    assert len(calls) == 80
    assert _stored_copies(db) == [(inputs, analysis.version(), found)]


def test_the_near_copies_given_to_assemble_are_the_corpus_s() -> None:
    """`corpus.assemble` with the near-copies known gives the corpus it finds without them."""
    from briefgen.corpus import assemble

    def story(name: str, outlet: str, story: stories.Story) -> Article:
        return Article(name, story.title, f"{name}.txt", outlet, DAY, (), story.paragraphs)

    folder_articles = [
        story("a1", "Harbour Herald", STRIKE),
        story("a2", "Coast Ledger", STRIKE),  # syndicated
        story("a3", "Freight Daily", SHIPPERS),
    ]
    analyses = [analysis.analyse(a) for a in folder_articles]
    found = assemble(folder_articles, analyses)
    assert found.copies == {1: 0}
    given = assemble(folder_articles, analyses, {1: 0})
    assert given == found
    assert assemble(folder_articles, analyses, {}).copies == {}


def test_the_store_keeps_the_near_copies_of_the_last_few_sets_of_articles(tmp_path: Path) -> None:
    with closing(store.open_db(tmp_path / "store.sqlite3")) as connection:
        for n in range(cache.KEPT_NEAR_COPIES + 4):
            cache.keep_copies(connection, f"set{n}", {n + 1: n}, "v", DAY)
        assert cache.copies(connection, "set0", "v", DAY, 100) is None  # the oldest are gone
        assert cache.copies(connection, "set3", "v", DAY, 100) is None
        assert cache.copies(connection, "set4", "v", DAY, 100) == {5: 4}
        last = cache.KEPT_NEAR_COPIES + 3
        assert cache.copies(connection, f"set{last}", "v", DAY, 100) == {last + 1: last}
        assert cache.copies(connection, f"set{last}", "another", DAY, 100) is None  # another analyser's
        count = connection.execute("SELECT COUNT(*) FROM near_copies").fetchone()
        assert count == (cache.KEPT_NEAR_COPIES,)
