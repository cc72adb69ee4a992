"""The unattended run: build a topic's brief and mail it to the topic's recipients, or do so for
every configured topic, under a lock so that overlapping runs never mail twice."""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import logging
import os
import signal
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import FrameType

from . import config as config_module
from . import pipeline
from .deliver import STOP, Credentials, Ledger, Mail, compose, deliver, unserved, write_eml
from .errors import BriefgenError, BusyError, DeliveryError, InputError, SiteError
from .options import DEFAULT_WAIT, BuildRequest, SiteRequest
from .parallel import ordered_map
from .pipeline import BuildResult
from .render import Renderer
from .website import SiteResult, site

log = logging.getLogger("briefgen.daily")

__all__ = ["DEFAULT_WAIT", "Sent", "Stopped", "TopicRun", "mail_topic", "run", "run_lock"]


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
    # The day is fixed once: a run that crosses midnight still mails one day's briefs.
    request = dataclasses.replace(request, date=request.date or date.today())
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
            error = topic_run.sent.error()
            if error:
                raise error
            return [topic_run]
        runs = _every_topic(request, settings, context=context, progress=progress, on_result=on_result)
    stopped = [r.topic for r in runs if isinstance(r.error, Stopped)]
    if stopped:
        raise Stopped(f"stopped by SIGTERM; not finished: {', '.join(stopped)} (a rerun completes them)")
    failed = [r.topic for r in runs if r.error or (r.sent and r.sent.failed)]
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
    name, day, dry_run = request.name, request.date or date.today(), request.dry_run
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
    ledger = Ledger.open(path) if not dry_run or path.exists() else None
    try:
        statuses = ledger.statuses(name, day) if ledger else {}
        todo = unserved(topic.recipients, statuses)
        already = tuple(r for r in topic.recipients if r not in todo)
        default_pdf = request.out or settings.output / name / f"{day.isoformat()}.pdf"
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
            mail, pdf, warnings = _new_mail(request, topic.title, settings)
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


def _new_mail(request: BuildRequest, title: str, settings: config_module.Config) -> tuple[Mail, Path, tuple[str, ...]]:
    renderer = Renderer.create(settings.templates)
    day = request.date or date.today()
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
    """One topic of a run: a build, a mailing, or the error that stopped it."""

    topic: str
    built: BuildResult | None = None
    sent: Sent | None = None
    error: BriefgenError | None = None


def _every_topic(
    request: BuildRequest,
    settings: config_module.Config,
    *,
    context: ssl.SSLContext | None = None,
    progress: Callable[[str], None] | None = None,
    on_result: Callable[[TopicRun], None] | None = None,
) -> list[TopicRun]:
    """Every configured topic, in the config's order; one failing topic does not stop the others."""
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
        else:
            if progress:
                progress(f"{name}: building")
            topic_run = next(built)
        runs.append(topic_run)
        if on_result:
            on_result(topic_run)
    return runs


def _build_one(job: tuple[BuildRequest, config_module.Config]) -> TopicRun:
    """One topic's brief (in a worker process when there are several)."""
    request, settings = job
    try:
        result = pipeline.run(request, settings)
    except BriefgenError as exc:
        return TopicRun(request.name, error=exc)
    # What the brief's page needs travels back; the per-build lookups of its corpus do not.
    corpus = dataclasses.replace(result.brief.corpus, analyses=(), lexicon={})
    return TopicRun(
        request.name, built=dataclasses.replace(result, brief=dataclasses.replace(result.brief, corpus=corpus))
    )
