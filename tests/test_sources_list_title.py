"""The Sources list prints each title before ", <date>": a headline's own end stop or semicolon
would read ".," or ";," there, so it goes; a question mark, an ellipsis or an abbreviation stays."""

from pathlib import Path

import pytest

from briefgen.render import listed_title

from .conftest import Runner, write_article


@pytest.mark.parametrize(
    ("title", "listed"),
    [
        ("Vell calls the levy unfair;", "Vell calls the levy unfair"),
        ("Ostrel council passes the levy.", "Ostrel council passes the levy"),
        ("Harbour fees to rise in 2027.", "Harbour fees to rise in 2027"),
        ("What went wrong in Ostrel?", "What went wrong in Ostrel?"),
        ("The levy and then...", "The levy and then..."),
        ("Ostrel fishermen sue the U.S.", "Ostrel fishermen sue the U.S."),
        ("A talk with Ida Vell Jr.", "A talk with Ida Vell Jr."),
    ],
)
def test_listed_title(title: str, listed: str) -> None:
    assert listed_title(title) == listed


def test_the_page_lists_titles_without_their_end_stop(tmp_path: Path, run_cli: Runner) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    body = [
        "The council of Ostrel voted on Monday to raise the harbour levy by a fifth from April.",
        "Fishermen said the rise would cost each boat about 900 crowns a year.",
    ]
    write_article(folder, "a.txt", "Ostrel council passes the levy.", body, outlet="Ostrel Courier")
    write_article(folder, "b.txt", "Vell calls the levy unfair;", body[::-1], outlet="Harbour Post")
    out = tmp_path / "brief.md"
    result = run_cli("build", "--sources", str(folder), "--date", "2025-03-18", "--format", "md", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "passes the levy," in text or "unfair," in text
    assert ".," not in text and ";," not in text
