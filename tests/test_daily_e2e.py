"""The daily unattended operation end to end, as cron runs it: `briefgen fetch --all` from a real
HTTP server on 127.0.0.1 (feeds and a page) into a real SQLite store, then
`briefgen build --all --send` to a real aiosmtpd server, over three days.

Day 1 mails each recipient one brief; a rerun mails nobody. Day 2 (the feeds gained items and kept
old ones) mails a brief that leads with what is new and repeats at most one line of day 1's
Situation. Days 3 and 4 (nothing new; on day 4 nothing in the window at all) mail a brief that
says so. A broken feed of one topic is named by
fetch and does not stop the other topic's mail.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefgen.clock import window

from . import stories
from .conftest import Runner, pdf_text, squash
from .mailserver import HOST, Inbox, smtp_server
from .stories import MEDIATOR, PAUSE, SHIPPERS, STRIKE, Story
from .webserver import Route, Site

D1, D2, D3, D4 = "2025-03-17", "2025-03-18", "2025-03-19", "2025-03-20"
PORT_PEOPLE = ["ana@example.org", "bo@example.org"]
RAIL_PEOPLE = ["cy@example.net"]

# Published the evening before day 1's brief: a morning run must include it.
TALKS = Story(
    "talks",
    "Port Alder talks collapse late on Sunday",
    "Harbour Herald",
    "Sun, 16 Mar 2025 21:40:00 GMT",
    "2025-03-16T21:40:00Z",
    (
        "Negotiations between the Port Alder authority and the dockworkers' union broke down on Sunday evening after nine hours.",
        "Union negotiators walked out of the talks when the authority refused to delay the installation of automated cranes.",
        "The union had warned for weeks that its members at Port Alder would strike if the talks failed.",
    ),
)
# Published the evening after day 1's brief was built: new in day 2's.
EVENING = Story(
    "evening",
    "Ferry services cut as Port Alder strike spreads",
    "Coastal Wire",
    "Mon, 17 Mar 2025 22:15:00 GMT",
    "2025-03-17T22:15:00Z",
    (
        "Ferry crews at Port Alder joined the strike on Monday night, cutting all passenger services to the islands.",
        "The island councils asked the government to charter emergency supply boats for Port Alder's ferry routes.",
        "Ferry operators said they had cancelled more than sixty sailings planned for this week.",
    ),
)
LIVE = Story(
    "live",
    "Live: Port Alder strike",
    "Harbour Herald",
    "",
    "2025-03-17T10:00:00Z",
    (
        "Picket lines formed at all four gates of Port Alder on Monday morning as the strike began.",
        "Police said the protest at Port Alder was peaceful and that no arrests had been made.",
        "Truck drivers queued for several kilometres outside the Port Alder container terminal.",
    ),
)
RAIL_VOTE = Story(
    "rail-vote",
    "Northline drivers vote to strike",
    "Rail Gazette",
    "Sun, 16 Mar 2025 19:00:00 GMT",
    "2025-03-16T19:00:00Z",
    (
        "Train drivers at Northline voted by a large majority on Sunday to strike over new rostering rules.",
        "The drivers' union said the rosters would add unpaid night shifts for most Northline crews.",
        "Northline carries about two hundred thousand commuters a day between the northern towns and the capital.",
    ),
)
RAIL_TIMETABLE = Story(
    "rail-timetable",
    "Northline cuts timetable ahead of strike",
    "Metro Times",
    "Mon, 17 Mar 2025 09:00:00 GMT",
    "2025-03-17T09:00:00Z",
    (
        "Northline announced on Monday that it would run only one train an hour on its main line during the strike.",
        "The company's chief executive, Petra Lind, said the rostering rules had been agreed with the staff council.",
        "Commuter groups said the reduced Northline timetable would leave thousands of passengers stranded.",
    ),
)
RAIL_TALKS = Story(
    "rail-talks",
    "Northline and drivers agree to arbitration",
    "Rail Gazette",
    "Tue, 18 Mar 2025 07:00:00 GMT",
    "2025-03-18T07:00:00Z",
    (
        "Northline and the drivers' union agreed on Tuesday to send the rostering dispute to independent arbitration.",
        "The union suspended its strike at Northline while the arbitrator considers the new rosters.",
        "The arbitrator is expected to rule on the Northline rosters within three weeks.",
    ),
)

ALL_STORIES = (TALKS, STRIKE, SHIPPERS, LIVE, EVENING, MEDIATOR, PAUSE, RAIL_VOTE, RAIL_TIMETABLE, RAIL_TALKS)


def write_config(folder: Path, base: str, port: int) -> None:
    (folder / "briefgen.toml").write_text(
        f"""output = "output"

[smtp]
host = "{HOST}"
port = {port}
sender = "Briefs <briefs@example.org>"
security = "none"

[fetch]
timeout = 5

[topics.port]
title = "Port Alder strike"
keywords = ["Port Alder"]
sources = ["{base}/port.xml", {{ page = "{base}/live/port" }}]
recipients = [{", ".join(f'"{p}"' for p in PORT_PEOPLE)}]

[topics.rail]
title = "Northline rail dispute"
keywords = ["Northline"]
sources = [{{ feed = "{base}/rail.xml" }}]
recipients = [{", ".join(f'"{p}"' for p in RAIL_PEOPLE)}]
""",
        encoding="utf-8",
    )


def publish(site: Site, port: list[Story], rail: list[Story] | bytes, tag: str) -> None:
    """The feeds as the outlets serve them on a day (a new ETag each day)."""
    site.routes["/port.xml"] = Route(stories.rss(site.base, port, title="Port news"), etag=f'"port-{tag}"')
    body = rail if isinstance(rail, bytes) else stories.rss(site.base, rail, title="Rail news")
    site.routes["/rail.xml"] = Route(body, etag=f'"rail-{tag}"')
    site.routes["/live/port"] = Route(stories.page(LIVE), content_type="text/html; charset=utf-8")


def sentences() -> str:
    """Every paragraph of every story, one per line: a brief's sentence is inside one of them."""
    return "\n".join(squash(p) for s in ALL_STORIES for p in s.paragraphs)


def pdf_of(msg: EmailMessage, folder: Path) -> tuple[int, str]:
    (part,) = list(msg.iter_attachments())
    data = part.get_content()
    assert isinstance(data, bytes) and data.startswith(b"%PDF")
    path = folder / str(part.get_filename())
    path.write_bytes(data)
    return pdf_text(path)


def text_body(msg: EmailMessage) -> str:
    body = msg.get_body(("plain",))
    assert body is not None
    return squash(str(body.get_content()))


def received(inbox: Inbox, since: int) -> dict[str, EmailMessage]:
    """The messages accepted after the first `since`, by recipient (each recipient at most once)."""
    got: dict[str, EmailMessage] = {}
    for _, rcpts, data in inbox.received[since:]:
        msg = message_from_bytes(data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        for r in rcpts:
            assert r not in got, f"{r} got two mails"
            got[r] = msg
    return got


def brief_items(db: Path, topic: str, day: str) -> tuple[list[tuple[str, str]], set[str]]:
    """What the store remembers of a brief: (section, text) items and the titles of its articles."""
    with sqlite3.connect(db) as connection:
        articles, items = connection.execute(
            "SELECT articles, items FROM briefs WHERE topic = ? AND date = ?", (topic, day)
        ).fetchone()
        titles = dict(connection.execute("SELECT content_hash, title FROM articles").fetchall())
    return [(i["section"], i["text"]) for i in json.loads(items)], {titles[a] for a in json.loads(articles)}


def _quoted_words(sentence: str) -> str:
    """The start of the first quotation in a sentence (what a statement shown as a quote keeps)."""
    found = re.search(r"[“\"]([^”\"]{20,})", sentence)
    return found.group(1)[:30] if found else sentence


def test_three_days_of_fetch_and_mail(tmp_path: Path, site: Site, run_cli: Runner) -> None:
    db = tmp_path / "store.sqlite3"
    env = {"BRIEFGEN_DB": str(db)}  # fetch finds the store in the environment, build is given --db
    known = sentences()

    def day(n: str) -> tuple[str, str]:
        fetched = run_cli("fetch", "--all", env=env)
        assert fetched.returncode == 0, fetched.stderr
        sent = run_cli("build", "--all", "--send", "--date", n, "--db", str(db))
        assert sent.returncode == 0, sent.stderr
        assert sent.stderr == ""
        return fetched.stdout, sent.stdout

    with smtp_server() as (inbox, port):
        write_config(tmp_path, site.base, port)

        # Day 1: the feeds' first items, the evening before included.
        publish(site, [TALKS, STRIKE, SHIPPERS], [RAIL_VOTE, RAIL_TIMETABLE], "1")
        fetched, sent = day(D1)
        assert fetched.splitlines() == [
            f"port: {site.base}/port.xml: 3 articles: 3 new",
            f"port: {site.base}/live/port: 1 article: 1 new",
            f"rail: {site.base}/rail.xml: 2 articles: 2 new",
            f"2 topics, 3 sources: 6 new articles (store: {db})",
        ]
        port_pdf, rail_pdf = (tmp_path / "output" / t / f"{D1}.pdf" for t in ("port", "rail"))
        assert sent.splitlines() == [
            f"port {D1}: mailed to 2 of 2 recipients ({port_pdf})",
            f"rail {D1}: mailed to 1 of 1 recipient ({rail_pdf})",
        ]
        first = received(inbox, 0)
        assert sorted(first) == sorted(PORT_PEOPLE + RAIL_PEOPLE)
        assert first["ana@example.org"]["Subject"] == f"Port Alder strike brief — {D1}"
        assert first["cy@example.net"]["Subject"] == f"Northline rail dispute brief — {D1}"
        items, titles = brief_items(db, "port", D1)
        # The window of a brief of D: the day before and D itself; Sunday evening's story counts.
        assert titles == {TALKS.title, STRIKE.title, SHIPPERS.title, LIVE.title}
        assert brief_items(db, "rail", D1)[1] == {RAIL_VOTE.title, RAIL_TIMETABLE.title}
        for person, topic in (("ana@example.org", "port"), ("cy@example.net", "rail")):
            pages, text = pdf_of(first[person], tmp_path)
            said = [t for _, t in brief_items(db, topic, D1)[0]]
            assert pages == 1 and said
            assert all(t in known for t in said)  # verbatim sentences of the fetched articles
            # A statement may be shown as its quoted words only.
            assert all(t in text or _quoted_words(t) in text for t in said), [t for t in said if t not in text]
            assert "New since" not in text and "No significant change" not in text
        assert first["ana@example.org"].get_content_type() == "multipart/mixed"
        d1_situation = {t for s, t in items if s == "situation"}

        # The same day again: nobody gets a second mail.
        again = run_cli("build", "--all", "--send", "--date", D1, "--db", str(db))
        assert again.returncode == 0, again.stderr
        assert again.stdout.splitlines() == [
            f"port {D1}: already mailed to all 2 recipients; nothing sent ({port_pdf})",
            f"rail {D1}: already mailed to all 1 recipient; nothing sent ({rail_pdf})",
        ]
        assert len(inbox.received) == 3

        # Later that day a story appears and someone builds the day's brief again to look at it:
        # the brief that was mailed stays what tomorrow's compares with, so the story is news then.
        publish(site, [TALKS, STRIKE, SHIPPERS, EVENING], [RAIL_VOTE, RAIL_TIMETABLE], "1b")
        assert run_cli("fetch", "--topic", "port", "--db", str(db)).returncode == 0
        look = run_cli("build", "--topic", "port", "--date", D1, "--format", "json", "--db", str(db))
        assert look.returncode == 0, look.stderr
        assert EVENING.title in {
            s["title"] for s in json.loads((tmp_path / look.stdout.strip()).read_text())["sources"]
        }
        assert brief_items(db, "port", D1) == (items, titles)

        # Day 2: the feeds keep some items and gain others (one from the evening after day 1's run).
        publish(site, [STRIKE, SHIPPERS, EVENING, MEDIATOR, PAUSE], [RAIL_TIMETABLE, RAIL_TALKS], "2")
        fetched, sent = day(D2)
        assert fetched.splitlines() == [
            f"port: {site.base}/port.xml: 5 articles: 2 new, 3 already stored",
            f"port: {site.base}/live/port: 1 article: 1 already stored",
            f"rail: {site.base}/rail.xml: 2 articles: 1 new, 1 already stored",
            f"2 topics, 3 sources: 3 new articles (store: {db})",
        ]
        assert sent.splitlines() == [
            f"port {D2}: mailed to 2 of 2 recipients ({port_pdf.with_name(D2 + '.pdf')})",
            f"rail {D2}: mailed to 1 of 1 recipient ({rail_pdf.with_name(D2 + '.pdf')})",
        ]
        second = received(inbox, 3)
        assert sorted(second) == sorted(PORT_PEOPLE + RAIL_PEOPLE)
        items, titles = brief_items(db, "port", D2)
        assert {EVENING.title, MEDIATOR.title, PAUSE.title} <= titles
        pages, text = pdf_of(second["bo@example.org"], tmp_path)
        assert pages == 1
        note = "New since the brief of 17 March 2025: marked NEW; earlier material is left out."
        assert note in text and "NEW" in text
        body = text_body(second["bo@example.org"])
        assert note in body and "NEW: " in body  # the mail's own text says so too
        html = second["bo@example.org"].get_body(("html",))
        assert html is not None and note in str(html.get_content()) and ">NEW</strong>" in str(html.get_content())
        d2_situation = [t for s, t in items if s == "situation"]
        repeated = [t for t in d2_situation if t in d1_situation]
        assert len(repeated) <= 1 and len(d2_situation) > len(repeated)  # one line of context at most
        later = " ".join(EVENING.paragraphs + MEDIATOR.paragraphs + PAUSE.paragraphs)
        assert all(t in later for t in d2_situation if t not in repeated)
        assert sum(t in text for t in d1_situation) <= 1 + sum(t in text for s, t in items if s == "next_steps")
        for section in ("key_points", "positions"):
            d1 = {t for s, t in brief_items(db, "port", D1)[0] if s == section}
            assert not d1 & {t for s, t in items if s == section}
        rail_pages, rail_text = pdf_of(second["cy@example.net"], tmp_path)
        assert rail_pages == 1 and note in rail_text
        assert any(squash(p) in rail_text for p in RAIL_TALKS.paragraphs)

        # Day 3: the feeds unchanged (304), nothing new: the mail says so plainly.
        fetched, sent = day(D3)
        assert fetched.splitlines()[0] == f"port: {site.base}/port.xml: not modified since the last fetch"
        assert fetched.splitlines()[-1] == f"2 topics, 3 sources: 0 new articles (store: {db})"
        assert sent.splitlines()[0] == f"port {D3}: mailed to 2 of 2 recipients ({port_pdf.with_name(D3 + '.pdf')})"
        third = received(inbox, 6)
        assert sorted(third) == sorted(PORT_PEOPLE + RAIL_PEOPLE)
        for person in ("ana@example.org", "cy@example.net"):
            pages, text = pdf_of(third[person], tmp_path)
            plain = "No significant change since the brief of 18 March 2025."
            assert pages == 1 and plain in text and "NEW" not in text
            assert plain in text_body(third[person])
        items, _ = brief_items(db, "port", D3)
        assert len([t for s, t in items if s == "situation"]) <= 1
        assert not [t for s, t in items if s in ("key_points", "positions")]
        # The schedule stays on a quiet day, even what day 2 had already reported.
        steps = [t for s, t in brief_items(db, "rail", D3)[0] if s == "next_steps"]
        assert steps == ["The arbitrator is expected to rule on the Northline rosters within three weeks."]
        assert steps[0] in [t for _, t in brief_items(db, "rail", D2)[0]]  # day 2 had reported it
        # "within three weeks" of the 18th: some day up to 8 April, not on it, nor from a day gone.
        assert "NEXT STEPS By Tue 8 Apr " + steps[0] in pdf_of(third["cy@example.net"], tmp_path)[1]
        assert [s for s, _ in items].count("next_steps") >= 1

        # Day 4, quiet again: the window (19-20 March) holds no article at all. The brief is
        # built from day 3's articles and still says so, with the events ahead, instead of failing.
        fetched, sent = day(D4)
        assert sent.splitlines()[1] == f"rail {D4}: mailed to 1 of 1 recipient ({rail_pdf.with_name(D4 + '.pdf')})"
        fourth = received(inbox, 9)
        assert sorted(fourth) == sorted(PORT_PEOPLE + RAIL_PEOPLE)
        pages, text = pdf_of(fourth["cy@example.net"], tmp_path)
        assert pages == 1 and "No significant change since the brief of 19 March 2025." in text
        assert steps[0] in text and "NEW" not in text
        assert brief_items(db, "rail", D4)[1] == {RAIL_TALKS.title}
    with sqlite3.connect(db) as connection:
        ledger = connection.execute(
            "SELECT brief_date, COUNT(*) FROM mail_deliveries WHERE status = 'sent' GROUP BY brief_date"
        ).fetchall()
    assert ledger == [(D1, 3), (D2, 3), (D3, 3), (D4, 3)]


# A feed that declares an entity (the billion-laughs bomb): refused unparsed.
BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    b'<rss version="2.0"><channel><title>&lol2;</title></channel></rss>'
)


@pytest.mark.parametrize("broken", ["500", "bomb"])
def test_a_broken_feed_is_named_and_the_other_topic_is_still_mailed(
    broken: str, tmp_path: Path, site: Site, run_cli: Runner
) -> None:
    db = tmp_path / "store.sqlite3"
    with smtp_server() as (inbox, port):
        write_config(tmp_path, site.base, port)
        publish(site, [TALKS, STRIKE, SHIPPERS], BOMB, "1")
        if broken == "500":
            site.routes["/rail.xml"] = Route(b"<h1>upstream down</h1>", status=500, content_type="text/html")
        fetched = run_cli("fetch", "--all", "--db", str(db))
        sent = run_cli("build", "--all", "--send", "--date", D1, "--db", str(db))
    assert fetched.returncode == 1
    reason = "HTTP 500 Internal Server Error" if broken == "500" else "refused: XML entity declarations"
    (error,) = fetched.stderr.splitlines()
    assert error.startswith(f"briefgen: error: rail: {site.base}/rail.xml: {reason}")
    assert fetched.stdout.splitlines()[-1] == f"2 topics, 3 sources: 4 new articles; 1 source failed (store: {db})"
    assert sent.returncode == 1
    assert sent.stdout == f"port {D1}: mailed to 2 of 2 recipients ({tmp_path / 'output' / 'port' / f'{D1}.pdf'})\n"
    assert sent.stderr.splitlines() == [
        "briefgen: error: rail: the store has no article for 'rail' from 2025-03-16 00:00 to 2025-03-18 00:00 UTC;"
        " run `briefgen fetch --topic rail`",
        "briefgen: error: 1 of 2 topics failed: rail",
    ]
    assert inbox.recipients() == PORT_PEOPLE
    assert b"lol" not in inbox.received[0][2]


NOW = datetime(2025, 3, 18, 6, 30, tzinfo=UTC)  # the cron run of 18 March


def test_the_default_window_of_a_brief_date() -> None:
    # Run on its day (cron at 06:30): from the start of the day before up to now, so the whole of
    # yesterday, its evening included.
    assert window(None, None, date(2025, 3, 18), UTC, NOW) == (datetime(2025, 3, 17, tzinfo=UTC), NOW)
    assert window(None, None, None, UTC, NOW) == (datetime(2025, 3, 17, tzinfo=UTC), NOW)
    # Built later for a past day: the day before and that day, whole; the same whatever the hour.
    assert window(None, None, date(2025, 3, 17), UTC, NOW) == (
        datetime(2025, 3, 16, tzinfo=UTC),
        datetime(2025, 3, 18, tzinfo=UTC),
    )
    # A future date: the last 24 hours. An explicit --since or --until keeps its meaning.
    assert window(None, None, date(2025, 3, 25), UTC, NOW) == (datetime(2025, 3, 17, 6, 30, tzinfo=UTC), NOW)
    assert window("24h", None, date(2025, 3, 18), UTC, NOW) == (datetime(2025, 3, 17, 6, 30, tzinfo=UTC), NOW)
    assert window(None, "2025-03-17", date(2025, 3, 18), UTC, NOW) == (
        datetime(2025, 3, 17, tzinfo=UTC),
        datetime(2025, 3, 18, tzinfo=UTC),
    )
