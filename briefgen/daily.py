"""The unattended run: build a topic's brief and mail it to the topic's recipients, or do so for
every configured topic, under a lock so that overlapping runs never mail twice. The daily run
also mails earlier days' briefs to recipients still owed them (a run cut short by a slow relay)."""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import sqlite3
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from types import FrameType

from . import clock, store
from . import config as config_module
from .deliver import STOP, STOPPED, Credentials, Ledger, Mail, compose, deliver, unserved, write_eml
from .errors import BriefgenError, BusyError, DeliveryError, InputError
from .pipeline import BuildResult, build
from .render import Renderer

log = logging.getLogger("briefgen.daily")

DEFAULT_WAIT = 60.0  # seconds a run waits for an overlapping one before it gives up (exit 75)


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


def mail_topic(
    name: str,
    day: date | None,
    *,
    config: Path | None = None,
    db: Path | None = None,
    rebuild: bool = False,
    sources: Sequence[Path] = (),
    out: Path | None = None,
    templates: Path | None = None,
    dry_run: Path | None = None,
    context: ssl.SSLContext | None = None,
    progress: Callable[[str], None] | None = None,
    since: str | None = None,
    until: str | None = None,
    resend_unknown: bool = False,
) -> Sent:
    """Mail topic `name`'s brief of `day` (None: today in the config's zone) to its recipients not
    yet served; those whose outcome is unknown only with `resend_unknown` or after the config's
    `resend_unknown_after`.

    The brief: the one mailed earlier when someone already has it (everyone gets the same);
    else with `rebuild` a new build; else the PDF already at output/<topic>/<date>.pdf (checked
    to be the brief its sources give, so the body matches the attachment), built when missing.
    Call under `run_lock` unless `dry_run`."""
    settings = config_module.load(config)
    day = day or clock.today(settings.zone)
    where = str(settings.path or config_module.CONFIG_NAME)
    topic = settings.topics.get(name)
    if topic is None:
        config_module.check_topic_name(name)
        raise InputError(f"{where}: no [topics.{name}]; a topic to mail needs one, with recipients = [...]")
    if not topic.recipients:
        raise InputError(f'{where}: [topics.{name}] has no recipients = ["name@example.org", ...]')
    if settings.smtp is None:
        raise InputError(f"{where}: no [smtp] table (host, port, security, sender): see docs/operations.md, Email")
    if not dry_run and not settings.smtp.host:
        raise InputError(f"{where}: [smtp] has no host")
    credentials = None if dry_run else Credentials.from_env()
    path = store.db_path(db)
    wait = settings.smtp.resend_unknown_after
    ledger = Ledger.open(path) if not dry_run or path.exists() else None
    try:
        statuses = ledger.statuses(name, day) if ledger else {}
        held = ledger.held(name, day, wait) if ledger and not resend_unknown else {}
        todo = unserved(topic.recipients, statuses, held)
        already = tuple(r for r in topic.recipients if statuses.get(_key(r)) == "sent")
        unknown = {r: held[_key(r)] for r in topic.recipients if _key(r) in held}
        default_pdf = out or settings.output / name / f"{day.isoformat()}.pdf"
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
            mail, pdf, warnings = _new_mail(
                name, topic.title, day, settings, config, rebuild, sources, out, templates, (db, since, until)
            )
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
    name: str,
    day: date,
    *,
    config: Path | None = None,
    db: Path | None = None,
    context: ssl.SSLContext | None = None,
    progress: Callable[[str], None] | None = None,
    resend_unknown: bool = False,
) -> list[Sent]:
    """Mail the topic's briefs of the `catch_up_days` before `day` to the recipients still owed them
    (a run cut short, a relay that refused them then): the brief each day's others got, byte for
    byte. Only recipients it was meant for who are still in the config. Call under `run_lock`."""
    settings = config_module.load(config)
    topic = settings.topics.get(name)
    path = store.db_path(db)
    if topic is None or settings.smtp is None or not settings.smtp.catch_up_days or not path.is_file():
        return []
    credentials = Credentials.from_env()
    current = {_key(r): r for r in topic.recipients}
    wait = settings.smtp.resend_unknown_after
    done: list[Sent] = []
    ledger = Ledger.open(path)
    try:
        for earlier, owed in ledger.owed(name, day, day - timedelta(days=settings.smtp.catch_up_days)):
            held = {} if resend_unknown else ledger.held(name, earlier, wait)
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


def _new_mail(
    name: str,
    title: str,
    day: date,
    settings: config_module.Config,
    config: Path | None,
    rebuild: bool,
    sources: Sequence[Path],
    out: Path | None,
    templates: Path | None,
    store_window: tuple[Path | None, str | None, str | None] = (None, None, None),
) -> tuple[Mail, Path, tuple[str, ...]]:
    renderer = Renderer.create(templates or settings.templates)
    target = out or settings.output / name / f"{day.isoformat()}.pdf"

    def make(destination: Path | None) -> BuildResult:
        db, since, until = store_window
        return build(
            topic=name,
            sources=sources,
            brief_date=day,
            fmt="pdf",
            out=destination,
            config=config,
            templates=templates,
            since=since,
            until=until,
            db=db,
        )

    if rebuild or not target.is_file():
        result = make(out)
        return compose(result.brief, name, title, result.path.read_bytes(), renderer), result.path, result.warnings
    # The PDF is there (built earlier, perhaps looked at): that file is what goes out. The body is
    # made from the same brief, built again; the bytes are reproducible, so equal bytes prove it.
    with tempfile.TemporaryDirectory(prefix="briefgen-") as folder:
        result = make(Path(folder) / target.name)
        fresh = result.path.read_bytes()
    existing = target.read_bytes()
    if fresh != existing:
        raise InputError(
            f"{target}: not the brief its sources give now (they changed since it was built, or other "
            f"templates were used); mail a new one with `briefgen build --topic {name} --date {day} --send`"
        )
    return compose(result.brief, name, title, existing, renderer), target, result.warnings


@dataclass(frozen=True, slots=True)
class TopicRun:
    """One topic of `run_all`: a build or a mailing (or the error that stopped it), and the
    earlier days' briefs mailed to those still owed them (or the error that stopped that)."""

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


def run_all(
    day: date | None,
    *,
    send: bool,
    config: Path | None = None,
    db: Path | None = None,
    templates: Path | None = None,
    dry_run: Path | None = None,
    context: ssl.SSLContext | None = None,
    progress: Callable[[str], None] | None = None,
    on_result: Callable[[TopicRun], None] | None = None,
    since: str | None = None,
    until: str | None = None,
    resend_unknown: bool = False,
) -> list[TopicRun]:
    """Every configured topic, in the config's order; one failing topic does not stop the others.

    `day` None is today in the config's zone. With `send`, each topic's recipients still owed an
    earlier day's brief (within [smtp] catch_up_days) get it after the day's own."""
    settings = config_module.load(config)
    if not settings.topics:
        raise InputError(f"{settings.path or config_module.CONFIG_NAME}: no [topics.NAME] configured")
    day = day or clock.today(settings.zone)
    runs: list[TopicRun] = []
    for name, topic in settings.topics.items():
        if STOP.is_set():
            runs.append(TopicRun(name, error=Stopped(f"{name}: not done, stopped by SIGTERM")))
            if on_result:
                on_result(runs[-1])
            continue
        mailing = send and bool(topic.recipients)
        try:
            if mailing:
                sent = mail_topic(
                    name,
                    day,
                    config=config,
                    db=db,
                    rebuild=True,
                    templates=templates,
                    dry_run=dry_run,
                    context=context,
                    progress=progress,
                    since=since,
                    until=until,
                    resend_unknown=resend_unknown,
                )
                run = TopicRun(name, sent=sent)
            else:
                if progress:
                    progress(f"{name}: building")
                built = build(
                    topic=name, brief_date=day, config=config, templates=templates, since=since, until=until, db=db
                )
                run = TopicRun(name, built=built)
        except BriefgenError as exc:
            run = TopicRun(name, error=exc)
        except Exception as exc:  # a bug of ours in one topic must not cost the others their mail
            log.exception("%s", name)
            run = TopicRun(name, error=BriefgenError(f"failed unexpectedly ({type(exc).__name__}: {exc})"))
        if mailing and not dry_run and not STOP.is_set():
            try:
                owed = mail_owed(
                    name, day, config=config, db=db, context=context, progress=progress, resend_unknown=resend_unknown
                )
                run = replace(run, owed=tuple(owed))
            except BriefgenError as exc:
                if run.error is None or exc.message not in run.error.message:  # a broken store: said once
                    run = replace(run, owed_error=exc)
        runs.append(run)
        if on_result:
            on_result(run)
    return runs
