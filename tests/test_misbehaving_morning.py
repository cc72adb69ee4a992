"""One unattended morning when three things go wrong at once (issue 13), run as the documented cron
line runs it (`fetch --all --quiet; build --all --send --quiet`): a feed that drips a byte at a
time, a feed entry with a link that is no address, and a relay that has a whole message but does
not answer its end within data_timeout. Real parts only: an HTTP server and a raw TCP server on
127.0.0.1, a SQLite file, aiosmtpd. What the run prints is what cron mails the operator; the next
morning, with every server well again, serves what is owed and nothing twice."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from . import stories
from .conftest import Runner
from .mailserver import HOST, Inbox, smtp_server
from .rawserver import drip, raw_server, response_head
from .stories import MEDIATOR, SHIPPERS, STRIKE
from .test_daily_e2e import RAIL_TALKS, RAIL_TIMETABLE, RAIL_VOTE, TALKS, received
from .webserver import Route, Site

D1, D2 = "2025-03-17", "2025-03-18"
PORT_PEOPLE = ["ana@example.org", "bo@example.org"]
RAIL_PEOPLE = ["cy@example.net"]
BAD_LINK = "http://127.0.0.1:99999/x"


def write_config(folder: Path, site: str, drip_base: str, smtp_port: int) -> None:
    (folder / "briefgen.toml").write_text(
        f"""output = "output"

[smtp]
host = "{HOST}"
port = {smtp_port}
sender = "Briefs <briefs@example.org>"
security = "none"
timeout = 2
data_timeout = 1

[fetch]
timeout = 0.5

[topics.port]
title = "Port Alder strike"
keywords = ["Port Alder"]
sources = ["{site}/port.xml", "{drip_base}/wire.xml"]
recipients = [{", ".join(f'"{p}"' for p in PORT_PEOPLE)}]

[topics.rail]
title = "Northline rail dispute"
keywords = ["Northline"]
sources = ["{site}/rail.xml"]
recipients = [{", ".join(f'"{p}"' for p in RAIL_PEOPLE)}]
""",
        encoding="utf-8",
    )


def titles(db: Path) -> set[str]:
    with sqlite3.connect(db) as connection:
        return {row[0] for row in connection.execute("SELECT title FROM articles")}


def statuses(db: Path) -> dict[tuple[str, str], str]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT brief_date, recipient, status FROM mail_deliveries").fetchall()
    return {(day, who): status for day, who, status in rows}


def test_a_morning_with_a_dripping_feed_a_bad_link_and_a_relay_that_does_not_answer(
    site: Site, tmp_path: Path, run_cli: Runner
) -> None:
    db = tmp_path / "store.sqlite3"
    env = {"BRIEFGEN_DB": str(db)}
    port_feed = stories.rss(site.base, [TALKS, STRIKE, SHIPPERS], title="Port news")
    site.routes["/port.xml"] = Route(
        port_feed.replace(f"<link>{site.base}/news/shippers</link>".encode(), f"<link>{BAD_LINK}</link>".encode()),
        etag='"port-1"',
    )
    site.routes["/rail.xml"] = Route(stories.rss(site.base, [RAIL_VOTE, RAIL_TIMETABLE]), etag='"rail-1"')
    wire = stories.rss("http://127.0.0.1:9", [MEDIATOR])
    inbox = Inbox(end_delay=3, end_delay_only=1)  # the first message's end is answered after 3 s
    with (
        raw_server(drip(response_head(len(wire)), wire, 0.1)) as (drip_base, seen),
        smtp_server(inbox) as (_, smtp_port),
    ):
        write_config(tmp_path, site.base, drip_base, smtp_port)
        started = time.monotonic()
        fetched = run_cli("fetch", "--all", "--quiet", env=env)
        fetch_took = time.monotonic() - started
        assert seen.finished == 0  # briefgen hung up on the drip; it did not wait for it
        sent = run_cli("build", "--all", "--send", "--quiet", "--date", D1, "--db", str(db))
        for _ in range(100):  # the relay keeps the late message after its client left
            if len(inbox.received) >= 3:
                break
            time.sleep(0.05)
        print(f"\n$ briefgen fetch --all --quiet   (exit {fetched.returncode}, {fetch_took:.1f} s)")
        print(fetched.stdout + fetched.stderr, end="")
        print(f"$ briefgen build --all --send --quiet --date {D1}   (exit {sent.returncode})")
        print(sent.stdout + sent.stderr, end="")

        # Fetch: the drip is abandoned at its deadline (3 x timeout), the bad entry skipped (with
        # --quiet a skipped entry is a warning, not printed: docs/usage.md), everything else stored;
        # exit 1 (a source failed), so cron mails the operator the failure and the summary.
        assert fetch_took < 30
        assert fetched.returncode == 1
        assert fetched.stdout == ""
        assert fetched.stderr.splitlines() == [
            f"briefgen: error: port: {drip_base}/wire.xml: too slow: not finished after 1.5 s",
            f"2 topics, 3 sources: 4 new articles; 1 source failed (store: {db})",
        ]
        assert titles(db) == {TALKS.title, STRIKE.title, RAIL_VOTE.title, RAIL_TIMETABLE.title}

        # Build and send: both briefs built and mailed; ana's outcome is unknown, said so and named,
        # the others served; exit 1 so that cron mails the operator.
        assert "internal error" not in fetched.stderr + sent.stderr
        assert sent.returncode == 1
        port_pdf = tmp_path / "output" / "port" / f"{D1}.pdf"
        assert sent.stdout == ""
        assert sent.stderr.splitlines() == [
            f"briefgen: error: port {D1}: outcome unknown for 1 recipient: ana@example.org (the relay had the"
            f" whole message but did not answer within 1 s); not sent again by itself: `briefgen send --topic"
            f" port --date {D1} --resend-unknown` resends, and so does a run 12 h after",
            "briefgen: error: 1 of 2 topics failed: port",
        ]
        assert port_pdf.exists()
        assert sorted(received(inbox, 0)) == sorted(PORT_PEOPLE + RAIL_PEOPLE)  # each once
        assert statuses(db) == {
            (D1, "ana@example.org"): "unknown",
            (D1, "bo@example.org"): "sent",
            (D1, "cy@example.net"): "sent",
        }

    # The next morning (a day later: past resend_unknown_after, 12 h) every server is well. The new
    # day goes to everyone once; ana, whose copy of yesterday's brief had an unknown outcome, gets it
    # now (the relay did keep it: the documented price of not leaving her without it for good);
    # the wire's story arrives.
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE mail_deliveries SET updated = ? WHERE status = 'unknown'", (day_before(),))
    site.routes["/port.xml"] = Route(stories.rss(site.base, [STRIKE, MEDIATOR], title="Port news"), etag='"port-2"')
    site.routes["/rail.xml"] = Route(stories.rss(site.base, [RAIL_TIMETABLE, RAIL_TALKS]), etag='"rail-2"')
    with smtp_server() as (inbox2, smtp_port):
        write_config(tmp_path, site.base, site.base, smtp_port)
        site.routes["/wire.xml"] = Route(wire)
        fetched = run_cli("fetch", "--all", "--quiet", env=env)
        sent = run_cli("build", "--all", "--send", "--quiet", "--date", D2, "--db", str(db))
        print(f"$ (next morning) briefgen fetch --all --quiet   (exit {fetched.returncode})")
        print(fetched.stdout + fetched.stderr, end="")
        print(f"$ (next morning) briefgen build --all --send --quiet --date {D2}   (exit {sent.returncode})")
        print(sent.stdout + sent.stderr, end="")
    assert (fetched.returncode, fetched.stdout, fetched.stderr) == (0, "", "")
    assert MEDIATOR.title in titles(db) and RAIL_TALKS.title in titles(db)
    assert (sent.returncode, sent.stdout, sent.stderr) == (0, "", "")
    subjects = sorted((str(m["To"]), str(m["Subject"])[-10:]) for m in inbox2.messages())
    assert subjects == sorted([*((p, D2) for p in PORT_PEOPLE + RAIL_PEOPLE), ("ana@example.org", D1)])
    assert set(statuses(db).values()) == {"sent"}


def day_before() -> str:
    return (datetime.now(UTC) - timedelta(days=1)).isoformat(timespec="seconds")
