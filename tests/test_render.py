"""Layout: escaping, no fetching, template overrides, the JSON shape and the one-page fit."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.analysis import make_corpus
from briefgen.briefing import make_brief
from briefgen.errors import RenderError
from briefgen.models import Article, Brief, Item, NextStep, Position, Statement
from briefgen.pipeline import build
from briefgen.render import Renderer, to_json, to_markdown

from .conftest import UKRAINE, Recorder, squash, write_article

PAYLOADS = [
    'The ministry said <img src="file://SECRET"> the talks would resume on Monday in Riyadh.',
    'Officials said <link rel="stylesheet" href="URL/evil.css"> the talks would resume in Riyadh.',
    "Officials said <style>@import url(URL/import.css);</style> talks would resume in Riyadh soon.",
    'The delegation said <iframe src="URL/frame"></iframe> talks would resume in Riyadh soon.',
    "The envoy said {{ 7*7 }} and {% include 'brief.css' %} were on the agenda for the Riyadh talks.",
    "“We will <script>alert(1)</script> return to Riyadh,” said Foreign Minister Anna Example.",
    '<svg xmlns="http://www.w3.org/2000/svg"><image href="URL/svg.png"/></svg> The talks in Riyadh resume.',
]


def _payloads(url: str, secret: Path) -> list[str]:
    return [p.replace("URL", url).replace("SECRET", str(secret)) for p in PAYLOADS]


def _hostile_brief(url: str, secret: Path) -> Brief:
    texts = _payloads(url, secret)
    articles = [
        Article(
            f"a{n}", f"Title <b>{n}</b> {{{{ 6*6 }}}}", f"a{n}.txt", f"Outlet <i>{n}</i>", date(2025, 3, 17), (), (t,)
        )
        for n, t in enumerate(texts)
    ]
    corpus = make_corpus(articles)
    items = tuple(Item(t, (n,)) for n, t in enumerate(texts))
    positions = (
        Position(
            "<b>Anna</b> Example",
            "<i>Foreign Minister</i>",
            (Statement(texts[5], "We will <script>alert(1)</script> return to Riyadh", (5,)),),
        ),
    )
    steps = (NextStep(texts[0], date(2025, 3, 17), None, (0,)),)
    return Brief("Hostile <script>", date(2025, 3, 17), corpus, items[:4], items[4:], positions, steps)


def test_rendered_brief_shows_markup_as_text_and_fetches_nothing(tmp_path: Path, http_server: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    brief = _hostile_brief(http_server, secret)
    renderer = Renderer.create()
    html = renderer.html(brief)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img src=" not in html and "<iframe" not in html and "<svg" not in html and "<b>" not in html
    assert "{{ 7*7 }}" in html and "{{ 6*6 }}" in html and ">49<" not in html and " 49 " not in html
    target = tmp_path / "hostile.pdf"
    target.write_bytes(renderer.pdf(brief))
    text = squash(PdfReader(target).pages[0].extract_text())
    assert "{{ 7*7 }}" in text and "<script>alert(1)</script>" in text
    assert "TOP-SECRET-TOKEN" not in text
    assert Recorder.requests == []  # WeasyPrint asked the local server for nothing
    for fmt, render in (("md", to_markdown), ("json", to_json)):
        assert "TOP-SECRET-TOKEN" not in render(brief), fmt


def test_pipeline_on_hostile_articles_fetches_nothing(tmp_path: Path, http_server: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, payload in enumerate(_payloads(http_server, secret)):
        write_article(
            folder,
            f"{n}.txt",
            f"Talks resume <b>{n}</b>",
            [payload, "Talks on the truce will resume in Riyadh on Monday, officials said."],
            outlet=f"Outlet <i>{n}</i>",
        )
    for fmt in ("pdf", "html", "md", "json"):
        result = build("hostile", [folder], date(2025, 3, 17), fmt, tmp_path / f"out.{fmt}")
        assert b"TOP-SECRET-TOKEN" not in result.path.read_bytes()
    assert Recorder.requests == []


def test_markdown_escapes_markup() -> None:
    article = Article(
        "x",
        "T",
        "x.txt",
        None,
        date(2025, 3, 17),
        (),
        ("The minister said [a link](http://127.0.0.1/x) and <b>bold</b> words were on the agenda today.",),
    )
    brief = Brief("t", date(2025, 3, 17), make_corpus([article]), (Item(article.paragraphs[0], (0,)),), (), (), ())
    md = to_markdown(brief)
    assert "\\[a link\\]\\(http://127.0.0.1/x\\)" in md
    assert "<b>" not in md and "\\<b\\>" in md


def test_template_override(tmp_path: Path) -> None:
    override = tmp_path / "templates"
    override.mkdir()
    (override / "brief.css").write_text("h1 { color: #123456 } .situation { display: none }")
    renderer = Renderer.create(override)
    brief = make_brief("Ukraine", [UKRAINE], date(2025, 3, 18)).brief
    assert "#123456" in renderer.html(brief)  # the override's CSS, inlined
    pdf = renderer.pdf(brief)
    target = tmp_path / "b.pdf"
    target.write_bytes(pdf)
    text = PdfReader(target).pages[0].extract_text()
    assert "Situation" not in text and "Key points" in text  # the override's CSS, not ours (no uppercase)
    with pytest.raises(RenderError, match="templates folder not found"):
        Renderer.create(tmp_path / "missing")


def test_broken_template_override_is_a_clear_error(tmp_path: Path) -> None:
    override = tmp_path / "templates"
    override.mkdir()
    (override / "brief.html.j2").write_text("{{ no_such_value }}")
    brief = make_brief("Ukraine", [UKRAINE], date(2025, 3, 18)).brief
    with pytest.raises(RenderError, match=r"brief\.html\.j2"):
        Renderer.create(override).html(brief)


def test_json_shape_is_exact() -> None:
    brief = make_brief("Ukraine", [UKRAINE], date(2025, 3, 18)).brief
    data = json.loads(to_json(brief))
    assert list(data) == ["topic", "date", "situation", "key_points", "positions", "next_steps", "sources"]
    assert all(list(i) == ["text", "sources", "day"] for i in data["situation"])
    assert all(list(i) == ["text", "sources", "support", "day"] for i in data["key_points"])
    assert all(list(p) == ["actor", "role", "statements"] for p in data["positions"])
    # The role the page prints beside the actor ("Kremlin spokesman") is in the JSON too.
    assert [p["role"] for p in data["positions"]] == [p.role for p in brief.positions]
    assert all(
        list(s) == ["text", "quote", "sources", "quote_sources"] for p in data["positions"] for s in p["statements"]
    )
    # "other_dates" only when outlets give the event different days.
    assert all(list(s)[:5] == ["text", "date", "when", "sources", "also"] for s in data["next_steps"])
    assert all(list(s)[5:] in ([], ["other_dates"]) for s in data["next_steps"])
    assert all(list(s) == ["n", "id", "title", "path", "published"] for s in data["sources"])
    assert [s["n"] for s in data["sources"]] == list(range(1, len(data["sources"]) + 1))


def test_overflowing_content_is_cut_to_one_page(tmp_path: Path) -> None:
    # Forty outlets, each with long distinct sentences, quotes and dated plans: far more than a page.
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        write_article(
            folder,
            f"{n:02d}.txt",
            f"Long report number {n} on the negotiations",
            [
                f"Negotiators from country {n} and the neighbouring delegation discussed border crossing number {n}, "
                f"grain corridor {n}, prisoner exchange list {n} and the reconstruction fund {n} in lengthy meetings.",
                f"“We want the crossing number {n} opened before the winter and the exchange list {n} honoured in full,” "
                f"said Deputy Minister Person{n} Surname{n}.",
                f"The delegations will meet again on March {1 + n % 28} to finalise annex {n} of the framework agreement.",
            ],
            key_points=[f"Crossing {n} and exchange list {n} dominate the agenda of the talks."],
            outlet=f"Outlet {n}",
        )
    result = build("many", [folder], date(2025, 2, 28), "pdf", tmp_path / "many.pdf")
    assert len(PdfReader(result.path).pages) == 1
    brief = result.brief
    assert len(brief.situation) >= 1 and len(brief.key_points) >= 1


def test_same_inputs_and_date_give_the_same_pdf(tmp_path: Path) -> None:
    first = build("ukraine", [UKRAINE], date(2025, 3, 18), "pdf", tmp_path / "one.pdf")
    second = build("ukraine", [UKRAINE], date(2025, 3, 18), "pdf", tmp_path / "two.pdf")
    assert first.path.read_bytes() == second.path.read_bytes()


def test_an_old_weekday_shows_its_day_and_only_confirmed_points_carry_a_badge() -> None:
    articles = [
        Article("a0", "Strike", "a0.txt", "Ledger", date(2025, 5, 2), (), ("Dockers walked out on Friday at Vell.",)),
        Article("a1", "Deal", "a1.txt", "Wire", date(2025, 5, 19), (), ("The strike at Vell ended on Monday.",)),
    ]
    corpus = make_corpus(articles)
    situation = (
        Item("The strike at Vell ended on Monday.", (1,)),
        Item("Dockers walked out on Friday at Vell.", (0,), day=date(2025, 5, 2)),
    )
    key_points = (
        Item("The strike at Vell ended on Monday.", (1,), support=2),
        Item("Dockers walked out on Friday at Vell.", (0,), support=1),
    )
    brief = Brief("Vell", date(2025, 5, 20), corpus, situation, key_points, (), ())
    html = squash(Renderer.create().html(brief))
    # The day sits before the verbatim sentence; "on Monday" of yesterday's news needs none.
    assert '<span class="day">Fri 2 May</span> Dockers walked out on Friday at Vell.' in html
    assert html.count('class="day"') == 1
    assert html.count('class="support"') == 1 and "2 sources" in html and "1 source" not in html
    data = json.loads(to_json(brief))
    assert [i["day"] for i in data["situation"]] == [None, "2025-05-02"]
    assert [k["support"] for k in data["key_points"]] == [2, 1]  # the JSON keeps every count
    markdown = to_markdown(brief)
    assert "_Fri 2 May:_ Dockers walked out on Friday at Vell." in markdown
    assert "(2 sources)" in markdown and "(1 source" not in markdown


def test_differing_dates_and_ranges_show_in_the_next_steps_label(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from briefgen.analysis import make_corpus
    from briefgen.models import Article, Brief, NextStep

    day = date(2025, 3, 17)
    articles = [
        Article("a0", "Strike called", "a0.txt", "Harbour Gazette", day, (), ("The ferry strike begins on Thursday.",)),
        Article("a1", "Ferries stop", "a1.txt", "Coast Herald", day, (), ("The ferry strike begins on Friday.",)),
    ]
    steps = (
        NextStep(
            "The ferry strike begins on Thursday.", date(2025, 3, 20), None, (0,), other_dates=(("2025-03-21", 1),)
        ),
        NextStep("The fair runs in the old market hall on March 27-28.", None, "2025-03-27/2025-03-28", (0,)),
    )
    brief = Brief("Ferries", day, make_corpus(articles), (), (), (), steps)
    renderer = Renderer.create()
    out = tmp_path / "brief.pdf"
    out.write_bytes(renderer.pdf(brief))
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "Thu 20 Mar or Fri 21 Mar [2]" in text  # one row, saying the other outlet's day
    assert text.count("The ferry strike begins on Thursday.") == 1
    assert "27–28 Mar" in text
    data = json.loads(to_json(brief))
    assert data["next_steps"][0]["other_dates"] == [{"when": "2025-03-21", "sources": [2]}]
    assert [s["when"] for s in data["next_steps"]] == ["2025-03-20", "2025-03-27/2025-03-28"]
    assert [s["date"] for s in data["next_steps"]] == ["2025-03-20", "2025-03-27"]


def _page_text(renderer: Renderer, brief: Brief) -> str:
    """The text of the brief's PDF as pypdf reads it back, whitespace squashed."""
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(renderer.pdf(brief))).pages))


def test_empty_positions_and_next_steps_say_why_they_are_empty() -> None:
    text = "The harbor council voted on Monday to close the north pier to cruise ships for good."
    article = Article("x", "Pier closed", "x.txt", "Harbor News", date(2025, 3, 17), (), (text,))
    brief = Brief("t", date(2025, 3, 18), make_corpus([article]), (Item(text, (0,)),), (), (), ())
    renderer = Renderer.create()
    pdf_text = _page_text(renderer, brief)
    assert "NEXT STEPS No dated event to come in these sources." in pdf_text
    assert "POSITIONS No statement in these sources has a speaker certain enough to show." in pdf_text
    markdown = to_markdown(brief)
    assert "_No dated event to come in these sources._" in markdown
    assert "_No statement in these sources has a speaker certain enough to show._" in markdown


def test_an_empty_situation_and_key_points_say_so_rather_than_print_a_bare_heading() -> None:
    # A short article told almost wholly in quotations can leave the Situation and the Key points
    # with nothing that stands alone: the page says so, as the other sections do, rather than print
    # two headings with nothing under them.
    text = "Ivo Marsh, the harbor master, spoke after the vote."
    quote = "“We close the pier for good,” Marsh said."
    article = Article("x", "Pier closed", "x.txt", "Harbor News", date(2025, 3, 17), (), (text, quote))
    brief = Brief("t", date(2025, 3, 18), make_corpus([article]), (), (), (), ())
    renderer = Renderer.create()
    pdf_text = _page_text(renderer, brief)
    assert "SITUATION No sentence in these sources stands on its own as a summary." in pdf_text
    assert "KEY POINTS No point beyond the Situation in these sources." in pdf_text
    markdown = to_markdown(brief)
    assert "_No sentence in these sources stands on its own as a summary._" in markdown
    assert "_No point beyond the Situation in these sources._" in markdown
    # … and a page with a Situation prints no such line
    full = Brief("t", date(2025, 3, 18), make_corpus([article]), (Item(text, (0,)),), (Item(text, (0,)),), (), ())
    shown = _page_text(renderer, full)
    assert "stands on its own" not in shown and "beyond the Situation" not in shown


def test_markdown_of_an_update_brief_leaves_its_empty_sections_out_as_the_page_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Since an earlier brief (a note above the Situation), a section with nothing new is left out
    # of the page; the Markdown leaves out Key points, Positions and Next steps the same way, rather
    # than say the sources hold none.
    text = "Ivo Marsh, the harbor master, spoke after the vote."
    article = Article("x", "Pier closed", "x.txt", "Harbor News", date(2025, 3, 17), (), (text,))
    situation = (Item(text, (0,), is_new=True),)
    update = Brief("t", date(2025, 3, 18), make_corpus([article]), situation, (), (), (), note="New since Monday.")
    html = Renderer.create().html(update)
    markdown = to_markdown(update)
    for title in ("Key points", "Positions", "Next steps"):
        assert title not in html and f"## {title}" not in markdown
    assert "beyond the Situation" not in markdown and "No statement" not in markdown and "No dated" not in markdown
    # The empty Situation's line does not depend on how the Situation is split into paragraphs.
    import briefgen.render

    monkeypatch.setattr(briefgen.render, "situation_paragraphs", lambda items: [g for g in [items] if g])
    empty = to_markdown(Brief("t", date(2025, 3, 18), make_corpus([article]), (), (), (), ()))
    assert "## Situation\n\n_No sentence in these sources stands on its own as a summary._\n\n## Key points" in empty


def test_quoted_words_picked_out_of_a_sentence_show_the_sentence() -> None:
    # The page shows an actor's quoted words alone only when they stand as a sentence does; words
    # lifted from the middle of one (no subject of their own) would read as a fragment.
    from briefgen.render import display_quote

    sentence = (
        "Harbor chief Ines Quarle said the dredgers “would reach the north channel within a few hours” of the vote."
    )
    fragment = "would reach the north channel within a few hours"
    assert display_quote(sentence, fragment) == sentence
    whole = "The dredgers reach the north channel within hours"
    assert display_quote(f"“{whole},” Quarle said.", whole) == f"“{whole}”"
    number = "2,000 boats wait at the north channel"
    assert display_quote(f"“{number},” Quarle said.", number) == f"“{number}”"
    assert display_quote("Quarle said it was “far too late”.", "far too late") == "Quarle said it was “far too late”."


def test_json_statement_sources_carry_its_text_and_quote_sources_the_same_words() -> None:
    # The same quote framed two ways by two outlets: the page prints the quoted words, cited to
    # both; the JSON's `text` is one outlet's sentence, so `sources` names only the article that
    # carries it, and `quote_sources` the other.
    from briefgen.positions import positions

    quote = "“The night ferry will keep running through the whole winter,”"
    articles = [
        Article("a", "T", "a.txt", "Orn Post", date(2025, 5, 2), (), (f"{quote} Mayor Ada Quill said on Tuesday.",)),
        Article("b", "T", "b.txt", "Varn Courier", date(2025, 5, 2), (), (f"{quote} said Ada Quill, mayor of Orn.",)),
    ]
    corpus = make_corpus(articles)
    brief = Brief("Orn", date(2025, 5, 3), corpus, (), (), tuple(positions(corpus, lambda text: 1.0)), ())
    data = json.loads(to_json(brief))
    ids = {s["n"]: s["id"] for s in data["sources"]}
    texts = {a.id: " ".join(a.paragraphs) for a in articles}
    [statement] = [s for p in data["positions"] for s in p["statements"]]
    assert statement["sources"] and all(statement["text"] in texts[ids[n]] for n in statement["sources"])
    assert len(statement["quote_sources"]) == 1
    assert statement["quote_sources"][0] not in statement["sources"]
    assert sorted(statement["sources"] + statement["quote_sources"]) == [1, 2]
