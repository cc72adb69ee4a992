"""The unattended run: build a topic's brief and mail it to the topic's recipients, or do so for
every configured topic, under a lock so that overlapping runs never mail twice."""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import FrameType

from . import config as config_module
from . import store
from .deliver import STOP, Credentials, Ledger, Mail, compose, deliver, unserved, write_eml
from .errors import BriefgenError, BusyError, DeliveryError, InputError
from .pipeline import BuildResult, build
from .render import Renderer
from .website import SiteResult, site

log = logging.getLogger("briefgen.daily")

DEFAULT_WAIT = 60.0  # seconds a run waits for an overlapping one before it gives up (exit 75)


class Stopped(BriefgenError):
    """SIGTERM arrived: the message in flight was finished and recorded, nothing after it was sent."""

    exit_code = 143


@dataclass(frozen=True, slots=True)
class Sent:
    """What one topic's mailing did."""

    topic: str
    date: date
    pdf: Path | None  # the brief on disk (None when the one mailed earlier is no longer there)
    sent: tuple[str, ...] = ()  # served now
    already: tuple[str, ...] = ()  # served by an earlier run: not sent again
    failed: dict[str, str] = field(default_factory=dict)  # not served: why
    kept: bool = False  # the brief mailed earlier was sent to the rest, not a new build
    eml: tuple[Path, ...] = ()  # --dry-run: the files written instead of sending
    warnings: tuple[str, ...] = ()

    def error(self) -> DeliveryError | None:
        if not self.failed:
            return None
        # Grouped by reason: a relay that is down is said once, not once per recipient.
        by_reason: dict[str, list[str]] = {}
        for recipient, why in self.failed.items():
            by_reason.setdefault(why, []).append(_addr(recipient))
        names = "; ".join(f"{', '.join(people)} ({why})" for why, people in by_reason.items())
        return DeliveryError(
            f"{self.topic} {self.date}: not sent to {len(self.failed)} recipient"
            f"{'s' * (len(self.failed) != 1)}: {names}; a rerun sends only to them"
        )

    def summary(self) -> str:
        """One line for the log of a cron run."""
        head = f"{self.topic} {self.date}:"
        where = f" ({self.pdf})" if self.pdf else ""
        if self.eml:
            return f"{head} dry run, {len(self.eml)} message(s) written to {self.eml[0].parent}"
        total = len(self.sent) + len(self.already) + len(self.failed)
        if not self.sent and not self.failed:
            return f"{head} already mailed to all {total} recipient{'s' * (total != 1)}; nothing sent{where}"
        text = f"{head} mailed to {len(self.sent)} of {total} recipient{'s' * (total != 1)}"
        if self.already:
            text += f" ({len(self.already)} had it already)"
        if self.kept:
            text += ", the brief mailed earlier"
        return text + where


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
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
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
    day: date,
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
) -> Sent:
    """Mail topic `name`'s brief of `day` to its recipients not yet served.

    The brief: the one mailed earlier when someone already has it (everyone gets the same);
    else with `rebuild` a new build; else the PDF already at output/<topic>/<date>.pdf (checked
    to be the brief its sources give, so the body matches the attachment), built when missing.
    Call under `run_lock` unless `dry_run`."""
    settings = config_module.load(config)
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
    ledger = Ledger.open(path) if not dry_run or path.exists() else None
    try:
        statuses = ledger.statuses(name, day) if ledger else {}
        todo = unserved(topic.recipients, statuses)
        already = tuple(r for r in topic.recipients if r not in todo)
        default_pdf = out or settings.output / name / f"{day.isoformat()}.pdf"
        log.info("%s %s: %d recipient(s), %d served before", name, day, len(topic.recipients), len(already))
        if not todo:
            return Sent(name, day, default_pdf if default_pdf.is_file() else None, already=already)
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
                ledger.keep(mail)
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
        if STOP.is_set() and len(outcome.sent) + len(outcome.failed) < len(todo):
            rest = [_addr(r) for r in todo if r not in outcome.sent]
            raise Stopped(f"{name} {day}: stopped by SIGTERM; not sent to {', '.join(rest)} (a rerun sends them)")
        return Sent(name, day, pdf, outcome.sent, already, outcome.failed, kept, warnings=warnings)
    finally:
        if ledger:
            ledger.close()


def _addr(recipient: str) -> str:
    return config_module.parse_address(recipient, "recipient")[1]


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

    def make(destination: Path | None, record: bool = True) -> BuildResult:
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
            record=record,
        )

    if rebuild or not target.is_file():
        result = make(out)
        return compose(result.brief, name, title, result.path.read_bytes(), renderer), result.path, result.warnings
    # The PDF is there (built earlier, perhaps looked at): that file is what goes out. The body is
    # made from the same brief, built again; the bytes are reproducible, so equal bytes prove it.
    with tempfile.TemporaryDirectory(prefix="briefgen-") as folder:
        result = make(Path(folder) / target.name, record=False)  # a check, not a brief the desk made
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
    """One topic of `run_all`: a build, a mailing, or the error that stopped it."""

    topic: str
    built: BuildResult | None = None
    sent: Sent | None = None
    error: BriefgenError | None = None


def run_all(
    day: date,
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
) -> list[TopicRun]:
    """Every configured topic, in the config's order; one failing topic does not stop the others."""
    settings = config_module.load(config)
    if not settings.topics:
        raise InputError(f"{settings.path or config_module.CONFIG_NAME}: no [topics.NAME] configured")
    runs: list[TopicRun] = []
    for name, topic in settings.topics.items():
        if STOP.is_set():
            run = TopicRun(name, error=Stopped(f"{name}: not done, stopped by SIGTERM"))
        else:
            try:
                if send and topic.recipients:
                    run = TopicRun(
                        name,
                        sent=mail_topic(
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
                        ),
                    )
                else:
                    if progress:
                        progress(f"{name}: building")
                    run = TopicRun(
                        name,
                        built=build(
                            topic=name,
                            brief_date=day,
                            config=config,
                            templates=templates,
                            since=since,
                            until=until,
                            db=db,
                        ),
                    )
            except BriefgenError as exc:
                run = TopicRun(name, error=exc)
        runs.append(run)
        if on_result:
            on_result(run)
    return runs


def update_site(config: Path | None = None, db: Path | None = None, templates: Path | None = None) -> SiteResult | None:
    """After the day's briefs (`build --all`): the website brought up to date, when the config
    has a [site] table; None when it has none."""
    settings = config_module.load(config)
    if settings.site is None:
        return None
    return site(config=config, db=db, templates=templates)
