"""--format ics: the dated next steps as an RFC 5545 calendar that calendar software reads back."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from briefgen.analysis import make_corpus
from briefgen.cli import app
from briefgen.ics import escape, fold, to_ics, uid
from briefgen.models import Article, Brief, NextStep

from .conftest import UKRAINE

BRIEF_DAY = date(2025, 3, 17)


def _brief(*steps: NextStep) -> Brief:
    articles = [
        Article("a0", "Talks set for Tuesday", "https://news.example/a0", "The Daily Example", BRIEF_DAY, (), ("x",)),
        Article("a1", "Ministers to meet", "seeds/a1.txt", "Other Outlet", None, (), ("y",)),
    ]
    return Brief("Ukraine, talks", BRIEF_DAY, make_corpus(articles), (), (), (), steps)


def _events(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


def test_days_weeks_and_months_become_all_day_events() -> None:
    brief = _brief(
        NextStep("Trump and Putin will speak on Tuesday, officials said.", date(2025, 3, 18), None, (0,), also=(1,)),
        NextStep("Teams meet next week.", None, "2025-W13", (1,)),
        NextStep("Voters go to the polls this weekend.", None, "2025-W12-WE", (1,)),
        NextStep("A deal is due later this month.", None, "2025-03", (1,)),
        NextStep("Elections will be held next year.", None, "2026", (1,)),
        NextStep("Shares will list in the fourth quarter.", None, "2025-Q4", (1,)),
        NextStep("The museum reopens next spring.", None, "2026-SP", (1,)),
        NextStep("Kyiv plans to hold elections.", None, None, (1,)),
    )
    events = _events(to_ics(brief))
    spans = [(e["SUMMARY"], e.decoded("DTSTART"), e.decoded("DTEND")) for e in events]
    assert spans == [
        ("Trump and Putin will speak on Tuesday, officials said.", date(2025, 3, 18), date(2025, 3, 19)),
        ("Teams meet next week.", date(2025, 3, 24), date(2025, 3, 31)),
        ("Voters go to the polls this weekend.", date(2025, 3, 22), date(2025, 3, 24)),
        ("A deal is due later this month.", date(2025, 3, 1), date(2025, 4, 1)),
    ]
    first = events[0]
    assert str(first["DESCRIPTION"]) == (
        "Trump and Putin will speak on Tuesday, officials said.\n\nSources:\n"
        "The Daily Example — Talks set for Tuesday, 2025-03-17 https://news.example/a0\n"
        "Also reported by:\nOther Outlet — Ministers to meet"
    )
    assert first.decoded("DTSTAMP").date() == BRIEF_DAY
    assert all(e["DTSTART"].params.get("VALUE") == "DATE" for e in events)


def test_file_is_crlf_folded_at_75_octets_and_reproducible() -> None:
    long_text = "Négociateurs ukrainiens et américains se retrouveront à Djeddah lundi prochain; " * 4
    brief = _brief(NextStep(long_text.strip(), date(2025, 3, 24), None, (0,)))
    data = to_ics(brief)
    assert data == to_ics(brief)
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)
    lines[0].decode("utf-8")  # no line splits a UTF-8 character
    assert all(line.decode("utf-8") for line in lines)
    assert _events(data)[0]["SUMMARY"] == long_text.strip()


def test_uid_is_stable_and_depends_on_text_and_date() -> None:
    step = NextStep("Talks resume on Tuesday.", date(2025, 3, 18), None, (0,))
    assert uid(step) == uid(NextStep("Talks resume on Tuesday.", date(2025, 3, 18), None, (1,), score=9))
    assert uid(step) != uid(NextStep("Talks resume on Tuesday.", date(2025, 3, 25), None, (0,)))
    assert uid(step).endswith("@briefgen") and len(uid(step)) == 32 + len("@briefgen")


@pytest.mark.parametrize(
    "hostile",
    [
        "Talks resume.\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT",
        "Talks resume.\nATTENDEE;CN=x:mailto:victim@example.com",
        "Talks resume.\u2028URL:https://evil.example",
        "Talks; resume, \\n now\x0bDESCRIPTION:x",
    ],
)
def test_article_text_cannot_add_lines_or_properties(hostile: str) -> None:
    data = to_ics(_brief(NextStep(hostile, date(2025, 3, 18), None, (0,))))
    events = _events(data)
    assert len(events) == 1
    assert set(events[0]) == {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "TRANSP"}
    names = [line.split(b":")[0].split(b";")[0] for line in data.split(b"\r\n") if line and not line.startswith(b" ")]
    assert names.count(b"BEGIN") == 2 and b"ATTENDEE" not in names and b"URL" not in names
    assert str(events[0]["SUMMARY"]).startswith("Talks")


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a, b; c", "a\\, b\\; c"),
        ("back\\slash", "back\\\\slash"),
        ("line\r\nbreak\rand\nmore", "line\\nbreak\\nand\\nmore"),
        ("bell\x07tab\x0b", "belltab"),
    ],
)
def test_escape(text: str, escaped: str) -> None:
    assert escape(text) == escaped


def test_fold_keeps_characters_whole() -> None:
    folded = fold("SUMMARY:" + "é" * 100)
    pieces = folded.encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in pieces) and all(p.decode("utf-8") for p in pieces)
    assert folded.replace("\r\n ", "") == "SUMMARY:" + "é" * 100


def test_cli_writes_the_calendar_of_the_briefs_dated_next_steps(tmp_path: Path) -> None:
    runner = CliRunner()
    common = ["build", "--sources", str(UKRAINE), "--date", "2025-03-18"]
    out = tmp_path / "brief.ics"
    result = runner.invoke(app, [*common, "--format", "ics", "--out", str(out)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, [*common, "--format", "json", "--out", str(tmp_path / "brief.json")])
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    events = _events(out.read_bytes())
    # One-day events: the steps set for a single day (a range such as "Thursday and Friday" spans its days).
    dated = [
        (s["text"], date.fromisoformat(s["date"])) for s in brief["next_steps"] if s["date"] and s["when"] == s["date"]
    ]
    assert dated
    assert [
        (str(e["SUMMARY"]), e.decoded("DTSTART"))
        for e in events
        if e.decoded("DTEND") - e.decoded("DTSTART") == timedelta(days=1)
    ] == dated
    titles = {s["title"] for s in brief["sources"]}
    assert all(any(t in str(e["DESCRIPTION"]) for t in titles) for e in events)
    assert out.read_bytes() == _rebuild(runner, common, tmp_path)


def _rebuild(runner: CliRunner, common: list[str], tmp_path: Path) -> bytes:
    again = tmp_path / "again.ics"
    assert runner.invoke(app, [*common, "--format", "ics", "--out", str(again)]).exit_code == 0
    return again.read_bytes()


def test_a_range_of_days_spans_them_and_differing_dates_within_a_week_span_both() -> None:
    brief = _brief(
        NextStep("The fair runs in the old market hall on March 27-28.", None, "2025-03-27/2025-03-28", (0,)),
        NextStep(
            "The ferry strike begins on Thursday.", date(2025, 3, 20), None, (0,), other_dates=(("2025-03-21", 1),)
        ),
        NextStep(
            "The regatta will be held on Saturday.", date(2025, 3, 22), None, (0,), other_dates=(("2025-05-03", 1),)
        ),
    )
    events = _events(to_ics(brief))
    spans = [(e["SUMMARY"], e.decoded("DTSTART"), e.decoded("DTEND")) for e in events]
    # Outlets six weeks apart on the regatta: nobody can say when it is, so it stays off the calendar.
    assert spans == [
        ("The fair runs in the old market hall on March 27-28.", date(2025, 3, 27), date(2025, 3, 29)),
        ("The ferry strike begins on Thursday.", date(2025, 3, 20), date(2025, 3, 22)),
    ]
    assert "Sources differ on the date:\n2025-03-20: The Daily Example" in str(events[1]["DESCRIPTION"])
    assert "2025-03-21: Other Outlet — Ministers to meet" in str(events[1]["DESCRIPTION"])


def test_a_step_after_its_lead_in_is_titled_with_both_sentences() -> None:
    # "He will visit Wexmoor on Friday." alone as an event's title names nobody: the title is what the page prints.
    lead = "Otto Brandl won the Tarn mill ballot on Sunday."
    step = NextStep("He will visit Wexmoor on Friday.", date(2025, 3, 21), None, (0,), lead_in=lead)
    (event,) = _events(to_ics(_brief(step)))
    assert str(event["SUMMARY"]) == f"{lead} He will visit Wexmoor on Friday."
    assert str(event["DESCRIPTION"]).startswith(f"{lead} He will visit Wexmoor on Friday.\n\nSources:")
