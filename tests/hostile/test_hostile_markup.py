"""Markup and template text in articles, through the text and Markdown readers into every format:
shown as text or dropped, never fetched, never run. A local HTTP server must receive no request
and a secret file's content must not appear in any output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import markupsafe

from briefgen.pipeline import build

from ..conftest import Recorder
from .conftest import BRIEF_DATE, FORMATS, SECRET, article, brief_of, texts

PAYLOADS = [
    '<img src="file://SECRET"> <img src="URL/img.png" srcset="URL/2x.png 2x">',
    '<link rel="stylesheet" href="URL/evil.css"><link rel="stylesheet" href="file://SECRET">',
    "<style>@import url(URL/import.css); body { background: url('file://SECRET') }</style>",
    "<style>@font-face { font-family: x; src: url(URL/font.ttf) }</style>",
    '<p style="background-image: url(URL/style-attr.png)">styled</p>',
    '<iframe src="URL/frame"></iframe><object data="URL/object"></object><embed src="URL/embed">',
    '<svg xmlns="http://www.w3.org/2000/svg"><image href="URL/svg.png"/><use href="URL/use.svg#a"/></svg>',
    '<base href="URL/"><meta http-equiv="refresh" content="0; url=URL/refresh">',
    '<video poster="URL/poster.png"><source src="URL/v.mp4"></video><audio src="URL/a.mp3"></audio>',
    '<input type="image" src="URL/input.png"><a href="file://SECRET">link</a>',
    '<?xml-stylesheet href="URL/xml.css"?><script src="URL/s.js">alert(1)</script>',
    "![chart](URL/md-image.png) [a link](file://SECRET) <URL/autolink>",
    '[ref]: URL/reference.css "title"',
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== javascript:alert(1)",
]
TEMPLATES = ["{{ 7*7 }}", "{% include 'brief.css' %}", "{# hidden #}", "{{ config.__class__ }}", "${7*7}", "<%= 7*7 %>"]


def _articles(folder: Path, url: str, secret: Path) -> list[str]:
    """One .txt and one .md article per payload; each sentence carries the payload mid-text."""
    sentences = []
    for n, payload in enumerate(PAYLOADS):
        payload = payload.replace("URL", url).replace("SECRET", str(secret))
        template = TEMPLATES[n % len(TEMPLATES)]
        sentence = f"The envoy number {n} said {payload} and {template} were on the agenda for the talks in Riyadh."
        sentences.append(sentence)
        suffix = "md" if n % 2 else "txt"
        article(
            folder,
            f"{n:02d}.{suffix}",
            f"Talks <b>{n}</b> {template} <img src='{url}/title.png'>",
            sentence,
            f"Negotiators from country {n} will meet on Monday to discuss the border crossing number {n}.",
            extra=f"Key Points:\n  • Envoy {n} said <script>alert({n})</script> the talks {template} go on.\n",
        )
    return sentences


def test_markup_in_articles_is_text_and_nothing_is_fetched(tmp_path: Path, http_server: str, secret: Path) -> None:
    folder = tmp_path / "articles"
    _articles(folder, http_server, secret)
    rendered = brief_of(folder, tmp_path)
    assert Recorder.requests == []  # WeasyPrint asked the local server for nothing
    assert rendered.pages == 1
    for fmt in FORMATS:
        assert SECRET.encode() not in rendered.data[fmt], fmt
    assert SECRET not in rendered.text["pdf"]
    pdf = rendered.data["pdf"]
    assert b"/Subtype /Image" not in pdf and b"/URI" not in pdf  # no picture drawn, no link made
    shown = " ".join(texts(rendered.brief))
    assert "<" in shown and any(t in shown for t in TEMPLATES)  # the chosen sentences do carry payloads
    html = rendered.text["html"]
    # One stylesheet, ours, whose only URLs are its three fonts; article text is outside it.
    style = html[html.index("<style>") : html.index("</style>")]
    assert re.findall(r"url\(([^)]*)\)", style) == [
        '"fonts/NotoSans-Regular.ttf"',
        '"fonts/NotoSans-Bold.ttf"',
        '"fonts/NotoSans-Italic.ttf"',
    ]
    assert http_server not in style
    for tag in (
        "<img",
        "<link",
        "<iframe",
        "<object",
        "<embed",
        "<svg",
        "<base",
        "<meta http-equiv",
        "<video",
        "<input",
        "<script",
        "<a ",
    ):
        assert tag not in html.lower(), tag
    assert html.count("<style>") == 1
    assert re.findall(r"<[a-z][^>]*\b(?:src|href|srcset|poster|data|style)=", html) == []  # no tag has a URL
    md = rendered.text["md"]
    assert "<" not in md.replace("\\<", "")  # every angle bracket escaped
    assert "](" not in md.replace("\\]\\(", "")  # no Markdown link or image survives


def test_template_text_appears_literally(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    sentences = [
        "Farmers in Odesa said {} the ceasefire talks in Riyadh must reopen the grain corridor this month.",
        "Nuclear inspectors said {} the ceasefire talks in Riyadh should cover the Zaporizhzhia plant.",
        "Gas traders said {} the ceasefire talks in Riyadh moved European prices by twelve percent.",
        "The prisoner exchange of two hundred soldiers was agreed {} at the ceasefire talks in Riyadh.",
        "Engineers in Kharkiv said {} the ceasefire talks in Riyadh came too late for the power grid.",
        "The European Parliament said {} the ceasefire talks in Riyadh would not unfreeze Russian assets.",
    ]
    told = [sentence.format(template) for template, sentence in zip(TEMPLATES, sentences, strict=True)]
    for n, template in enumerate(TEMPLATES):
        # Each point made by three outlets: news the Situation reports, not one outlet's aside
        # (all six also say "the ceasefire talks in Riyadh": a point must add more than it repeats).
        article(folder, f"{n}.txt", f"Title {template}", *(told[(n + k) % len(told)] for k in range(3)))
    rendered = brief_of(folder, tmp_path)
    shown = texts(rendered.brief)
    assert len(shown) >= 2
    for source in json.loads(rendered.text["json"])["sources"]:  # titles too, in the Sources list
        assert source["title"] in rendered.text["pdf"] and source["title"].startswith("Title ")
    data = json.loads(rendered.text["json"])
    for text in shown:
        template = next(t for t in TEMPLATES if t in text)
        assert template in rendered.text["pdf"] and str(markupsafe.escape(template)) in rendered.text["html"]
        items = data["situation"] + data["key_points"] + data["next_steps"]
        items += [s for p in data["positions"] for s in p["statements"]]
        assert any(template in i["text"] for i in items)
    assert "49" not in rendered.text["pdf"]
    assert "Undefined" not in rendered.text["html"] and "<class" not in rendered.text["html"]


def test_every_format_through_build_fetches_nothing(tmp_path: Path, http_server: str, secret: Path) -> None:
    folder = tmp_path / "articles"
    _articles(folder, http_server, secret)
    for fmt in FORMATS:
        result = build("hostile", [folder], BRIEF_DATE, fmt, tmp_path / f"out.{fmt}")
        assert SECRET.encode() not in result.path.read_bytes()
    assert Recorder.requests == []
