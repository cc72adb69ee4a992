"""One day, in one time zone, everywhere (issue 13, case 6): a week of daily runs at varying local times
in zones far from UTC, each fetching a real feed over HTTP into a real store and mailing to a real
SMTP server; every article published during the week reaches the brief of the first run after it,
and is new in exactly that one mailed brief.

Before: the window was cut in UTC days (or, for a date ahead of UTC's, 24 hours back from the run)
while the brief was named by the local date, so in Kiritimati (UTC+14) a run at 06:30 on 18 March
and the next at 09:10 on 19 March left 16:30-19:10 UTC on 17 March in no window: an article
published at 17:00 UTC reached no brief at all."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from briefgen import clock, daily
from briefgen.config import Flags, load
from briefgen.fetch import fetch
from briefgen.options import BuildRequest

from .conftest import write_article
from .mailserver import HOST, smtp_server
from .webserver import Route, Site

PEOPLE = ["ana@example.org", "bo@example.org"]
FIRST = date(2025, 3, 17)  # the first morning run (local date)
# One run a day at local times that vary as real runs do (a cron line, a retry later in the morning,
# systemd's Persistent=true catching up at boot, a run late at night).
RUN_TIMES = [time(6, 30), time(9, 10), time(5, 45), time(11, 40), time(6, 5), time(22, 50), time(7, 15)]


def articles(start: datetime, end: datetime, every: timedelta) -> list[tuple[datetime, str, list[str]]]:
    """An invented wire story every `every` from `start` to `end` (UTC): (time, title, paragraphs)."""
    found = []
    moment, n = start, 0
    while moment < end:
        found.append(
            (
                moment,
                f"Port Alder bulletin {n}",
                [
                    f"Harbour pilots at Port Alder logged movement number {n} of the week at berth {n % 9 + 1}.",
                    f"A spokesman for the Port Alder authority said crane crew {n} would work a double shift.",
                    f"Shipping agents counted {n + 12} vessels waiting at anchor off Port Alder in report {n}.",
                ],
            )
        )
        moment += every
        n += 1
    return found


def rss(base: str, items: list[tuple[datetime, str, list[str]]]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{base}/news/{n}</link><guid>{base}/news/{n}</guid>"
        f"<pubDate>{format_datetime(moment)}</pubDate><description>{escape(' '.join(text))}</description></item>"
        for n, (moment, title, text) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour wire</title>'
        f"<link>{base}</link><description>Port news</description>{entries}</channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "zone",
    [
        "Pacific/Kiritimati",  # UTC+14: the day starts while UTC is still on the day before
        "Asia/Tokyo",  # UTC+9
        "Pacific/Pago_Pago",  # UTC-11: the day ends a day late in UTC
    ],
)
def test_a_week_of_daily_runs_mails_every_article_in_exactly_one_brief(
    zone: str, site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tz = ZoneInfo(zone)
    runs = [datetime.combine(FIRST + timedelta(days=d), at, tz) for d, at in enumerate(RUN_TIMES)]
    # A story every 2 hours over the week, from the day before the first run.
    published = articles(runs[0] - timedelta(hours=23, minutes=53), runs[-1], timedelta(hours=2))
    db = tmp_path / "store.sqlite3"
    with smtp_server() as (inbox, port):
        (tmp_path / "briefgen.toml").write_text(
            f'timezone = "{zone}"\noutput = "output"\n\n[smtp]\nhost = "{HOST}"\nport = {port}\n'
            'sender = "briefs@example.org"\nsecurity = "none"\n\n[topics.port]\ntitle = "Port Alder"\n'
            f'keywords = ["Port Alder"]\nsources = ["{site.base}/wire.xml"]\nrecipients = {json.dumps(PEOPLE)}\n',
            encoding="utf-8",
        )
        config = tmp_path / "briefgen.toml"
        settings = load(config, Flags(db=db))
        daily_run = BuildRequest(all_topics=True, send=True, config=config, flags=Flags(db=db))
        for moment in runs:
            monkeypatch.setattr(clock, "now", lambda moment=moment: moment.astimezone(UTC))
            out = [item for item in published if item[0] <= moment]
            site.routes["/wire.xml"] = Route(rss(site.base, out))
            assert not fetch(list(settings.topics.values()), db, limits=settings.fetch).failed
            (run,) = daily.run(daily_run, settings)
            assert run.error is None and run.sent is not None, run.error
            assert run.sent.date == moment.date()  # the brief is named by the local date
            assert run.sent.sent == tuple(PEOPLE)
    # Each recipient got one mail a day, dated by the local day of the run.
    subjects = sorted((str(m["To"]), str(m["Subject"])[-10:]) for m in inbox.messages())
    assert subjects == sorted(
        (p, (FIRST + timedelta(days=d)).isoformat()) for p in PEOPLE for d in range(len(RUN_TIMES))
    )
    with sqlite3.connect(db) as connection:
        hashes = dict(connection.execute("SELECT title, content_hash FROM articles").fetchall())
        briefs = connection.execute("SELECT date, articles FROM briefs ORDER BY date").fetchall()
        ledger = connection.execute("SELECT DISTINCT brief_date FROM mail_deliveries WHERE status = 'sent'").fetchall()
    assert [d for d, _ in briefs] == [d for (d,) in sorted(ledger)] == [m.date().isoformat() for m in runs]
    built_from = [set(json.loads(listed)) for _, listed in briefs]
    seen: set[str] = set()
    for moment, title, _ in published:
        first_after = next(n for n, run in enumerate(runs) if run > moment)
        holding = [n for n, versions in enumerate(built_from) if hashes[title] in versions]
        # In the brief of the first run after it was published (and at most the next, which marks it
        # as already reported): never late, never lost, never new twice.
        assert holding[:1] == [first_after], (title, moment, holding)
        assert holding in ([first_after], [first_after, first_after + 1]), (title, moment, holding)
        seen.add(title)
    assert len(seen) == len(published) == len(hashes)


def test_the_window_of_a_brief_day_is_cut_in_the_zone() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    at = datetime(2025, 3, 18, 6, 30, tzinfo=tokyo)  # 17 March 21:30 UTC
    # The day before the brief's day and that day, in Tokyo: from 17 March 00:00 JST.
    assert clock.window(None, None, date(2025, 3, 18), tokyo, at) == (datetime(2025, 3, 17, tzinfo=tokyo), at)
    assert clock.window(None, None, None, tokyo, at) == (datetime(2025, 3, 17, tzinfo=tokyo), at)
    # A past day: both days whole, in Tokyo.
    assert clock.window(None, None, date(2025, 3, 16), tokyo, at) == (
        datetime(2025, 3, 15, tzinfo=tokyo),
        datetime(2025, 3, 17, tzinfo=tokyo),
    )
    # --since and --until dates and times without an offset are the zone's.
    assert clock.window("2025-03-16", "2025-03-16T12:00", None, tokyo, at) == (
        datetime(2025, 3, 16, tzinfo=tokyo),
        datetime(2025, 3, 16, 12, tzinfo=tokyo),
    )
    assert clock.span(*clock.window(None, None, None, tokyo, at), tokyo) == (
        "2025-03-17 00:00 to 2025-03-18 06:30 Asia/Tokyo"
    )


def test_the_day_is_the_machines_local_day_unless_the_config_names_a_zone(tmp_path: Path) -> None:
    # At any moment Kiritimati's date is a day or two after Pago Pago's. On a machine set to Pago
    # Pago, a brief built without --date is named by Pago Pago's date, or by Kiritimati's when the
    # config says `timezone = "Pacific/Kiritimati"`.
    clips = tmp_path / "clips"
    clips.mkdir()
    write_article(
        clips, "a.txt", "Port Alder reopens", ["Port Alder reopened on Monday after a strike, the authority said."]
    )
    named = {}
    for zone in (None, "Pacific/Kiritimati"):
        setting = f'timezone = "{zone}"\n' if zone else ""
        (tmp_path / "briefgen.toml").write_text(f'{setting}[topics.port]\nsources = ["clips"]\n')
        environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
        local = ZoneInfo(zone or "Pacific/Pago_Pago")
        before = datetime.now(local).date()
        result = subprocess.run(
            [sys.executable, "-m", "briefgen", "build", "--topic", "port", "--format", "md"],
            cwd=tmp_path,
            env=environment | {"TZ": "Pacific/Pago_Pago"},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        named[zone] = Path(result.stdout.strip()).stem
        assert named[zone] in (before.isoformat(), datetime.now(local).date().isoformat())
    assert named["Pacific/Kiritimati"] > named[None]
