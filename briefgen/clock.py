"""What day it is, in one time zone: the brief's name, its window of articles and the ledger's
date all come from here, so a morning run in Tokyo or Kiritimati names, reads and records the
same day.

The zone is the config's `timezone` (an IANA name), else the machine's local zone. Every "now"
briefgen reads goes through `now()`: one clock for windows, fetch times and the ledger.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InputError, UsageError
from .models import EARLIEST, LATEST  # news dates outside these are typos or traps

_DURATION = re.compile(r"^\s*(\d{1,5})\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def now() -> datetime:
    """The current moment (aware, UTC)."""
    return datetime.now(UTC)


def zone(name: str | None, where: str = "timezone") -> tzinfo | None:
    """The zone called `name` (IANA, e.g. "Asia/Tokyo"); None means the machine's local zone."""
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"{where} = {name!r} is not a time zone (an IANA name like 'Europe/Paris' or 'UTC')") from None


def local(moment: datetime, tz: tzinfo | None) -> datetime:
    """`moment` in the zone (the machine's local zone when None)."""
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def today(tz: tzinfo | None) -> date:
    return local(now(), tz).date()


def start_of(day: date, tz: tzinfo | None) -> datetime:
    """Midnight opening `day` in the zone, as an aware moment."""
    if tz is None:
        return datetime.combine(day, time()).astimezone()  # a naive time is read as local
    return datetime.combine(day, time(), tzinfo=tz)


def label(tz: tzinfo | None) -> str:
    """How a zone is named in messages: its IANA key, or the local zone's abbreviation."""
    key = getattr(tz, "key", None)
    if key:
        return str(key)
    return local(now(), tz).tzname() or "local time"


def span(start: datetime, end: datetime, tz: tzinfo | None) -> str:
    """`2025-03-17 00:00 to 2025-03-18 06:30 Asia/Tokyo`."""
    return f"{local(start, tz):%Y-%m-%d %H:%M} to {local(end, tz):%Y-%m-%d %H:%M} {label(tz)}"


def duration(value: str) -> timedelta | None:
    """`90m`, `24h`, `3d`, `1w` as a timedelta; None when `value` is not written so."""
    match = _DURATION.match(value)
    if not match:
        return None
    return timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})


def _moment(value: str, option: str, end_of_day: bool, tz: tzinfo | None) -> datetime:
    """A date or time given on the command line; without an offset it is a time of the zone."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"{option} {value!r} is neither a duration (24h, 3d, 90m, 1w) nor a date (YYYY-MM-DD[THH:MM])"
        ) from None
    if not EARLIEST <= moment.date() <= LATEST:
        raise UsageError(f"{option} {value!r} is not between {EARLIEST.year} and {LATEST.year}")
    if len(value.strip()) <= 10:  # a date: its whole day (--until) or from its start (--since)
        return start_of(moment.date() + timedelta(days=1 if end_of_day else 0), tz)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()
    return moment


def window(
    since: str | None,
    until: str | None,
    brief_date: date | None,
    tz: tzinfo | None = None,
    at: datetime | None = None,
) -> tuple[datetime, datetime]:
    """[start, end) of the articles a brief reads, as aware moments. `until` defaults to now, or to
    the end of an explicit past brief date; `since` is a duration back from the end or a date/time.

    Without either, a brief of day D holds the articles of the day before D and of D (up to now
    when D is today), days counted in the zone `tz`: a morning run sees the whole of yesterday,
    its evening included, at whatever hour it runs, and a past day built later gets the same
    window at any hour. Consecutive briefs overlap by a day; what the earlier one reported is not
    repeated (novelty.py). A future date, or `--until` alone, gets the 24 hours back from the end."""
    at = at or now()
    current = local(at, tz).date()
    if until:
        back = duration(until)
        end = at - back if back is not None else _moment(until, "--until", True, tz)
    elif brief_date and brief_date < current:
        end = start_of(brief_date + timedelta(days=1), tz)
    else:
        end = at
    if since is None and until is None:
        day = brief_date or current
        return min(start_of(day - timedelta(days=1), tz), end - timedelta(hours=24)), end
    back = duration(since or "24h")
    start = end - back if back is not None else _moment(since or "", "--since", False, tz)
    if start >= end:
        raise UsageError(f"--since {since!r} is not before --until ({local(end, tz):%Y-%m-%d %H:%M} {label(tz)})")
    return start, end
