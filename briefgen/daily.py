"""The unattended run: build a topic's brief and mail it to the topic's recipients, or do so for
every configured topic, under a lock so that overlapping runs never mail twice. The daily run
also mails earlier days' briefs to recipients still owed them (a run cut short by a slow relay)."""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import logging
import os
import signal
import sqlite3
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from types import FrameType

from . import clock, pipeline, store
from . import config as config_module
from .deliver import STOP, STOPPED, Credentials, Ledger, Mail, compose, deliver, unserved, write_eml
from .errors import BriefgenError, BusyError, DeliveryError, InputError, SiteError
from .options import DEFAULT_WAIT, BuildRequest, SiteRequest
from .parallel import ordered_map
from .pipeline import BuildResult
from .render import Renderer
from .website import SiteResult, site

log = logging.getLogger("briefgen.daily")

__all__ = ["DEFAULT_WAIT", "Sent", "Stopped", "TopicRun", "mail_owed", "mail_topic", "run", "run_lock"]


class Stopped(BriefgenError):
    """SIGTERM arrived: the message in flight was finished and recorded, nothing after it was sent."""

    exit_code = 143


@dataclass(frozen=True, slots=True)
class Sent:
    """What one topic's mailing of one day's brief did; every recipient is in one of sent,
    already, failed or unknown."""

    topic: str
    date: date
    pdf: Path | None  # the brief on disk (None when the one mailed earlier is no longer there)
    sent: tuple[str, ...] = ()  # served now
    already: tuple[str, ...] = ()  # served by an earlier run: not sent again
    failed: dict[str, str] = field(default_factory=dict)  # not served: why
    kept: bool = False  # the brief mailed earlier was sent to the rest, not a new build
    eml: tuple[Path, ...] = ()  # --dry-run: the files written instead of sending
    warnings: tuple[str, ...] = ()
    unknown: dict[str, str] = field(default_factory=dict)  # the relay's answer never came: not resent
    unrecorded: dict[str, str] = field(default_factory=dict)  # served, but the ledger says unknown
    owed: bool = False  # an earlier day's brief, mailed to those still owed it
    resend_after: timedelta | None = None  # when a run resends an unknown outcome by itself

    def errors(self) -> list[DeliveryError]:
        """One line per kind of trouble: not sent, unknown, sent but not recorded."""
        head = f"{self.topic} {self.date}"
        found = []
        if self.failed:
            found.append(
                DeliveryError(
                    f"{head}: not sent to {_count(self.failed)}: {_grouped(self.failed)}; a rerun sends only to them"
                )
            )
        if self.unknown:
            later = (
                f"and so does a run {_duration(self.resend_after)} after"
                if self.resend_after is not None
                else "nothing else does"
            )
            found.append(
                DeliveryError(
                    f"{head}: outcome unknown for {_count(self.unknown)}: {_grouped(self.unknown)}; not sent again"
                    f" by itself: `briefgen send --topic {self.topic} --date {self.date} --resend-unknown` resends,"
                    f" {later}"
                )
            )
        if self.unrecorded:
            found.append(
                DeliveryError(
                    f"{head}: sent to {_count(self.unrecorded)} but the ledger could not record it:"
                    f" {_grouped(self.unrecorded)}; it says 'unknown' for them, so no run resends it by itself"
                    " before resend_unknown_after; make the store writable"
                )
            )
        return found

    def error(self) -> DeliveryError | None:
        errors = self.errors()
        return errors[0] if errors else None

    def summary(self) -> str:
        """One line for the log of a cron run."""
        head = f"{self.topic} {self.date}{' (owed)' if self.owed else ''}:"
        where = f" ({self.pdf})" if self.pdf else ""
        if self.eml:
            return f"{head} dry run, {len(self.eml)} message(s) written to {self.eml[0].parent}"
        total = len(self.sent) + len(self.already) + len(self.failed) + len(self.unknown)
        if not self.sent and not self.failed and not self.unknown:
            return f"{head} already mailed to all {total} recipient{'s' * (total != 1)}; nothing sent{where}"
        text = f"{head} mailed to {len(self.sent)} of {total} recipient{'s' * (total != 1)}"
        if self.already:
            text += f" ({len(self.already)} had it already)"
        if self.unknown:
            text += f", outcome unknown for {len(self.unknown)}"
        if self.kept:
            text += ", the brief mailed earlier"
        return text + where


def _count(people: dict[str, str]) -> str:
    return f"{len(people)} recipient{'s' * (len(people) != 1)}"


def _grouped(people: dict[str, str]) -> str:
    """`a@x, b@y (why); c@z (other reason)`: a relay that is down is said once, not once per recipient."""
    by_reason: dict[str, list[str]] = {}
    for recipient, why in people.items():
        by_reason.setdefault(why, []).append(_addr(recipient))
    return "; ".join(f"{', '.join(names)} ({why})" for why, names in by_reason.items())


def _duration(span: timedelta) -> str:
    hours = span.total_seconds() / 3600
    return f"{hours:g} h" if hours >= 1 else f"{span.total_seconds() / 60:g} min"


@contextmanager
def run_lock(db: Path, wait: float = DEFAULT_WAIT) -> Iterator[None]:
    """One mailing run at a time per store: an overlapping run waits up to `wait` seconds, then
    raises BusyError. flock is released by the kernel when a process dies, so a killed run never
    leaves a stale lock."""
    lock_path = db.with_name(db.name + ".lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise InputError(f"{lock_path}: the lock file cannot be opened ({exc.strerror or exc})") from None
    try:
        deadline = time.monotonic() + wait
        waiting = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waiting:
                    log.info("waiting up to %g s for the run holding %s", wait, lock_path)
                    waiting = True
                if STOP.is_set():
                    raise Stopped(
                        f"stopped by SIGTERM while waiting for another run mailing with the store {db}; nothing done"
                    ) from None
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode("utf-8", "replace").split()
                    who = f" (pid {holder[0]}, since {holder[1]})" if len(holder) >= 2 else ""
                    raise BusyError(
                        f"another briefgen run{who} is mailing with the store {db}; "
                        f"waited {wait:g} s, nothing done (exit 75: try later)"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {datetime.now().isoformat(timespec='seconds')}\n".encode(), 0)
        log.info("holding the lock %s", lock_path)
        yield
    finally:
        os.close(fd)  # releases the lock


@contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """SIGTERM sets deliver.STOP: the message in flight finishes and is recorded, then the run stops."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        STOP.set()

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        STOP.clear()


def run(
    request: BuildRequest,
    settings: config_module.Config,
    *,
    context: ssl.SSLContext | None = None,
    progress: Callable[[str], None] | None = None,
    on_result: Callable[[TopicRun], None] | None = None,
    on_site: Callable[[SiteResult], None] | None = None,
) -> list[TopicRun]:
    """`build --send`, `build --all [--send]`, `send`: each topic asked for, reported to `on_result`
    as it is done; with --all and a [site] table, then the website brought up to date (`on_site`).
    SIGTERM stops the run after the message in flight; a mailing run (not a dry run) holds the
    store's lock, waiting `request.wait` seconds for an overlapping one.

    Raises Stopped after SIGTERM, and a BriefgenError naming what failed: the topic's own error,
    or with --all how many topics failed (the others are done all the same)."""
    # The day is fixed once, in the config's zone: a run that crosses midnight mails one day's briefs.
    request = dataclasses.replace(request, date=request.date or clock.today(settings.zone))
    with contextlib.ExitStack() as stack:
        stack.enter_context(stop_on_sigterm())
        if request.send and not request.dry_run:
            stack.enter_context(run_lock(settings.db, request.wait))
        if not request.all_topics:
            assert request.topic is not None
            topic_run = TopicRun(request.topic, sent=mail_topic(request, settings, context=context, progress=progress))
            if on_result:
                on_result(topic_run)
            assert topic_run.sent is not None
            errors = topic_run.sent.errors()
            if errors:  # the others are said by `on_result`, one line each
                raise errors[-1]
            return [topic_run]
        runs = _every_topic(request, settings, context=context, progress=progress, on_result=on_result)
    stopped = [r.topic for r in runs if isinstance(r.error, Stopped)]
    if stopped:
        raise Stopped(f"stopped by SIGTERM; not finished: {', '.join(stopped)} (a rerun completes them)")
    failed = [r.topic for r in runs if r.failed]
    site_error = None
    if settings.site is not None:
        # After the day's briefs, even when some failed: the others are news all the same.
        if progress:
            progress("site: updating")
        try:
            published = site(SiteRequest(), settings)
        except BriefgenError as exc:
            site_error = f"the site was not updated ({exc.message})"
        else:
            if on_site:
                on_site(published)
    if failed:
        also = f"; {site_error}" if site_error else ""
        raise BriefgenError(f"{len(failed)} of {len(runs)} topics failed: {', '.join(failed)}{also}")
    if site_error:
        raise SiteError(site_error)
    return runs


def mail_topic(
    request: BuildRequest,
    settings: config_module.Config,
    *,
    context: ssl.SSLContext | None = None,
    progress: Callable[[str], None] | None = None,
) -> Sent:
    """Mail the brief of `request.topic` and day to its recipients not yet served.

    The brief: the one mailed earlier when someone already has it (everyone gets the same);
    else with `request.rebuild` a new build; else the PDF already at output/<topic>/<date>.pdf
    (checked to be the brief its sources give, so the body matches the attachment), built when
    missing. Call under `run_lock` unless `request.dry_run`."""
    name, day, dry_run = request.name, request.date or clock.today(settings.zone), request.dry_run
    where = settings.name
    topic = settings.topics.get(name)
    if topic is None:
        raise InputError(f"{where}: no [topics.{name}]; a topic to mail needs one, with recipients = [...]")
    if not topic.recipients:
        raise InputError(f'{where}: [topics.{name}] has no recipients = ["name@example.org", ...]')
    if settings.smtp is None:
        raise InputError(f"{where}: no [smtp] table (host, port, security, sender): see docs/operations.md, Email")
    if not dry_run and not settings.smtp.host:
        raise InputError(f"{where}: [smtp] has no host")
    credentials = None if dry_run else Credentials.from_env()
    path = settings.db
    wait = settings.smtp.resend_unknown_after
    ledger = Ledger.open(path) if not dry_run or path.exists() else None
    try:
        statuses = ledger.statuses(name, day) if ledger else {}
        held = ledger.held(name, day, wait) if ledger and not request.resend_unknown else {}
        todo = unserved(topic.recipients, statuses, held)
        already = tuple(r for r in topic.recipients if statuses.get(_key(r)) == "sent")
        unknown = {r: held[_key(r)] for r in topic.recipients if _key(r) in held}
        default_pdf = request.out or settings.output / name / f"{day.isoformat()}.pdf"
        log.info("%s %s: %d recipient(s), %d served before", name, day, len(topic.recipients), len(already))
        if not todo:
            found = default_pdf if default_pdf.is_file() else None
            return Sent(name, day, found, already=already, unknown=unknown, resend_after=wait)
        started = any(s != "failed" for s in statuses.values())
        mail = ledger.mail(name, day) if ledger and started else None
        kept = mail is not None
        pdf: Path | None = default_pdf if default_pdf.is_file() else None
        warnings: tuple[str, ...] = ()
        if kept:
            log.info("%s %s: sending the brief mailed earlier to the rest", name, day)
        if mail is None:
            log.info("%s %s: building the brief", name, day)
            if progress:
                progress(f"{name}: building")
            mail, pdf, warnings = _new_mail(dataclasses.replace(request, date=day), topic.title, settings)
            if ledger and not dry_run:
                ledger.keep(mail, topic.recipients)
        if dry_run:
            eml = write_eml(mail, todo, settings.smtp.sender, dry_run)
            return Sent(name, day, pdf, already=already, kept=kept, eml=tuple(eml), warnings=warnings)
        assert ledger is not None
        if progress:
            progress(f"{name}: mailing 0/{len(todo)}")
        outcome = deliver(
            mail,
            todo,
            settings.smtp,
            ledger,
            credentials=credentials,
            context=context,
            progress=(lambda done, total: progress(f"{name}: mailing {done}/{total}")) if progress else None,
        )
        if STOP.is_set() and STOPPED in outcome.failed.values():
            rest = [_addr(r) for r in todo if r in outcome.failed]
            raise Stopped(f"{name} {day}: stopped by SIGTERM; not sent to {', '.join(rest)} (a rerun sends them)")
        return Sent(
            name,
            day,
            pdf,
            outcome.sent,
            already,
            outcome.failed,
            kept,
            warnings=warnings,
            unknown=unknown | outcome.unknown,
            unrecorded=outcome.unrecorded,
            resend_after=wait,
        )
    except sqlite3.Error as exc:
        raise store.failure(path, exc) from None
    finally:
        if ledger:
            ledger.close()


def mail_owed(
    request: BuildRequest,
    settings: config_module.Config,
    *,
    context: ssl.SSLContext | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Sent]:
    """Mail the topic's briefs of the `catch_up_days` before `request.date` to the recipients still
    owed them (a run cut short, a relay that refused them then): the brief each day's others got,
    byte for byte. Only recipients it was meant for who are still in the config. Call under `run_lock`."""
    name, day = request.name, request.date or clock.today(settings.zone)
    topic = settings.topics.get(name)
    path = settings.db
    if topic is None or settings.smtp is None or not settings.smtp.catch_up_days or not path.is_file():
        return []
    credentials = Credentials.from_env()
    current = {_key(r): r for r in topic.recipients}
    wait = settings.smtp.resend_unknown_after
    done: list[Sent] = []
    ledger = Ledger.open(path)
    try:
        for earlier, owed in ledger.owed(name, day, day - timedelta(days=settings.smtp.catch_up_days)):
            held = {} if request.resend_unknown else ledger.held(name, earlier, wait)
            todo = [current[a] for a in owed if a in current and a not in held]
            mail = ledger.mail(name, earlier)
            if not todo or mail is None or STOP.is_set():
                continue
            statuses = ledger.statuses(name, earlier)
            already = tuple(r for r in topic.recipients if statuses.get(_key(r)) == "sent")
            if progress:
                progress(f"{name} {earlier}: mailing 0/{len(todo)}")
            log.info("%s %s: %d recipient(s) still owed this brief", name, earlier, len(todo))
            outcome = deliver(mail, todo, settings.smtp, ledger, credentials=credentials, context=context)
            pdf = settings.output / name / f"{earlier.isoformat()}.pdf"
            done.append(
                Sent(
                    name,
                    earlier,
                    pdf if pdf.is_file() else None,
                    outcome.sent,
                    already,
                    outcome.failed,
                    kept=True,
                    unknown=outcome.unknown,
                    unrecorded=outcome.unrecorded,
                    owed=True,
                    resend_after=wait,
                )
            )
    except sqlite3.Error as exc:
        raise store.failure(path, exc) from None
    finally:
        ledger.close()
    return done


def _addr(recipient: str) -> str:
    return config_module.parse_address(recipient, "recipient")[1]


def _key(recipient: str) -> str:
    """How the ledger names a recipient: the address, lower-cased."""
    return _addr(recipient).lower()


def _new_mail(request: BuildRequest, title: str, settings: config_module.Config) -> tuple[Mail, Path, tuple[str, ...]]:
    renderer = Renderer.create(settings.templates)
    day = request.date or clock.today(settings.zone)
    target = request.out or settings.output / request.name / f"{day.isoformat()}.pdf"
    if request.rebuild or not target.is_file():
        result = pipeline.run(request, settings)
        brief = compose(result.brief, request.name, title, result.path.read_bytes(), renderer)
        return brief, result.path, result.warnings
    # The PDF is there (built earlier, perhaps looked at): that file is what goes out. The body is
    # made from the same brief, built again; the bytes are reproducible, so equal bytes prove it.
    with tempfile.TemporaryDirectory(prefix="briefgen-") as folder:
        # A check, not a brief the desk made: not recorded.
        result = pipeline.run(dataclasses.replace(request, out=Path(folder) / target.name), settings, record=False)
        fresh = result.path.read_bytes()
    existing = target.read_bytes()
    if fresh != existing:
        raise InputError(
            f"{target}: not the brief its sources give now (they changed since it was built, or other "
            f"templates were used); mail a new one with `briefgen build --topic {request.name} --date {day} --send`"
        )
    return compose(result.brief, request.name, title, existing, renderer), target, result.warnings


@dataclass(frozen=True, slots=True)
class TopicRun:
    """One topic of a run: a build or a mailing (or the error that stopped it), and the earlier
    days' briefs mailed to those still owed them (or the error that stopped that)."""

    topic: str
    built: BuildResult | None = None
    sent: Sent | None = None
    error: BriefgenError | None = None
    owed: tuple[Sent, ...] = ()
    owed_error: BriefgenError | None = None

    @property
    def failed(self) -> bool:
        mailings = ([self.sent] if self.sent else []) + list(self.owed)
        return bool(self.error or self.owed_error or any(m.errors() for m in mailings))


def _every_topic(
    request: BuildRequest,
    settings: config_module.Config,
    *,
    context: ssl.SSLContext | None = None,
    progress: Callable[[str], None] | None = None,
    on_result: Callable[[TopicRun], None] | None = None,
) -> list[TopicRun]:
    """Every configured topic, in the config's order; one failing topic does not stop the others.
    With `request.send`, each topic's recipients still owed an earlier day's brief (within
    [smtp] catch_up_days) get it after the day's own."""
    if not settings.topics:
        raise InputError(f"{settings.name}: no [topics.NAME] configured")
    # Topics that are only built go to worker processes, one topic each (a brief the same bytes as
    # in one process); a mailing holds the lock and the relay, one topic after the other.
    alone = [
        dataclasses.replace(request, topic=name, all_topics=False, send=False)
        for name, topic in settings.topics.items()
        if not (request.send and topic.recipients)
    ]
    built = iter(ordered_map(_build_one, [(one, settings) for one in alone], settings.workers, least=1))
    runs: list[TopicRun] = []
    for name, topic in settings.topics.items():
        one = dataclasses.replace(request, topic=name, all_topics=False)
        if request.send and topic.recipients and STOP.is_set():
            topic_run = TopicRun(name, error=Stopped(f"{name}: not done, stopped by SIGTERM"))
        elif request.send and topic.recipients:
            try:
                topic_run = TopicRun(name, sent=mail_topic(one, settings, context=context, progress=progress))
            except BriefgenError as exc:
                topic_run = TopicRun(name, error=exc)
            except Exception as exc:  # a bug of ours in one topic must not cost the others their mail
                log.exception("%s", name)
                topic_run = TopicRun(name, error=_unexpected(exc))
            if not request.dry_run and not STOP.is_set():
                try:
                    owed = mail_owed(one, settings, context=context, progress=progress)
                    topic_run = dataclasses.replace(topic_run, owed=tuple(owed))
                except BriefgenError as exc:
                    if topic_run.error is None or exc.message not in topic_run.error.message:  # said once
                        topic_run = dataclasses.replace(topic_run, owed_error=exc)
        else:
            if progress:
                progress(f"{name}: building")
            topic_run = next(built)
        runs.append(topic_run)
        if on_result:
            on_result(topic_run)
    return runs


def _unexpected(exc: Exception) -> BriefgenError:
    return BriefgenError(f"failed unexpectedly ({type(exc).__name__}: {exc})")


def _build_one(job: tuple[BuildRequest, config_module.Config]) -> TopicRun:
    """One topic's brief (in a worker process when there are several)."""
    request, settings = job
    try:
        result = pipeline.run(request, settings)
    except BriefgenError as exc:
        return TopicRun(request.name, error=exc)
    except Exception as exc:  # a bug of ours in one topic must not cost the others their brief
        log.exception("%s", request.name)
        return TopicRun(request.name, error=_unexpected(exc))
    # What the brief's page needs travels back; the per-build lookups of its corpus do not.
    corpus = dataclasses.replace(result.brief.corpus, analyses=(), lexicon={})
    return TopicRun(
        request.name, built=dataclasses.replace(result, brief=dataclasses.replace(result.brief, corpus=corpus))
    )
