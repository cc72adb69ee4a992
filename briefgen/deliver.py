"""Where a brief is sent: one email per recipient (HTML, plain text, the PDF attached), over SMTP,
with a ledger in the store so that each recipient gets each brief once.

Delivery semantics. A relay takes responsibility for a message only when it answers 250 to the
end of the message, the final "." (RFC 5321 4.1.1.4 and 6.1). The ledger row of a recipient is
- `sending` (committed) before the SMTP transaction: a run that dies now leaves `sending`; the relay
  never had the whole message and dropped it, so the next run sends it again;
- `unknown` (committed) just before the final "." is sent: from then on the relay may have kept the
  message, so a run that dies, a relay that does not answer within `data_timeout` (RFC 5321
  4.5.3.2.6: ten minutes) or a connection lost leaves `unknown`, and nobody sends it again blindly:
  only `--resend-unknown`, or a run after `resend_unknown_after`, does;
- `sent` when the relay answers 250, `failed` when it refuses (a 4xx or 5xx: it kept nothing).
So a message is mailed twice only when the user asks, or after the long wait for an answer that
never came; a ledger that cannot be written after the 250 (a full disk) leaves `unknown`, never a
second copy, and the other recipients are still served. SIGTERM (systemd stop, a cron wrapper's
timeout) only sets a flag: the message in flight finishes and is recorded, the run stops before the
next one. The content mailed for a (topic, date) is kept in the store from the first delivery on,
with the recipients it was meant for, so every recipient, and a later run still owing it to some,
gets byte-for-byte the same brief. The ledger's key is (topic, date, recipient), not the PDF's hash:
a brief built again with other content is still that day's brief (the hash is recorded per row).
No relay holds a run: the connection's opening and each message up to its end have a wall-clock
deadline of 3 x timeout, the answer to the end one of data_timeout (a reply dripped a byte at a
time restarts a socket's timeout with every byte; a `Deadline` shuts the connection).
"""

from __future__ import annotations

import contextlib
import email.policy
import email.utils
import hashlib
import ipaddress
import json
import logging
import os
import re
import smtplib
import socket
import sqlite3
import ssl
import threading
import time
import unicodedata
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import jinja2

from . import clock
from .config import Smtp, parse_address
from .deadline import Deadline
from .errors import BriefgenError, InputError
from .models import Brief
from .output import write_atomically
from .render import Renderer, view
from .store import failure, open_db, transaction

log = logging.getLogger("briefgen.deliver")

BACKOFF = (0.5, 1.0, 2.0)  # seconds before the 2nd, 3rd and 4th attempt
RETRY_BUDGET = 40.0  # no retry starts after this many seconds: a run stays under a minute
USER_ENV, PASSWORD_ENV = "BRIEFGEN_SMTP_USER", "BRIEFGEN_SMTP_PASSWORD"

# Set by a SIGTERM handler (see daily.py): stop before the next message, never inside one.
STOP = threading.Event()
STOPPED = "not tried: the run was stopped (SIGTERM)"  # why a recipient was left when STOP came


# --- Header safety -------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def header_text(text: str, limit: int = 200) -> str:
    """Text fit for a header value: no CR, LF or other control character (so it cannot start a new
    header), whitespace squashed, bounded; the email package then encodes non-ASCII (RFC 2047)."""
    cleaned = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    cleaned = " ".join(_UNSAFE.sub(" ", cleaned).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


# --- The message ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mail:
    """What is mailed for one (topic, date), the same for every recipient: kept in the store."""

    topic: str  # the topic's name: [topics.NAME]
    date: date
    subject: str
    html: str
    text: str
    filename: str
    pdf: bytes = field(repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


def subject(title: str, day: date) -> str:
    return header_text(f"{title} brief — {day.isoformat()}")


def compose(brief: Brief, topic: str, title: str, pdf: bytes, renderer: Renderer) -> Mail:
    """The HTML and text bodies from `brief` (the templates of `renderer`'s folders), the PDF as given."""
    if not pdf.startswith(b"%PDF"):
        raise InputError(f"the brief of {topic} for {brief.date} is not a PDF")
    filename = f"{topic}-{brief.date.isoformat()}.pdf"  # topic names are [A-Za-z0-9_.-]: safe as is
    title = header_text(title)  # one line in the bodies too
    context = view(brief) | {"topic": title, "subject": subject(title, brief.date), "filename": filename}
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(f)) for f in renderer.folders]),
        # HTML escaped (article text is hostile), text not: "&" must stay "&" in a text part.
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html.j2", "html"), disabled_extensions=("txt.j2", "txt"), default=True
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    try:
        html = env.get_template("email.html.j2").render(**context)
        text = env.get_template("email.txt.j2").render(**context)
    except jinja2.TemplateError as exc:
        raise InputError(f"email template: {exc}") from None
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return Mail(topic, brief.date, context["subject"], html, text, filename, pdf)


def message_id(topic: str, day: date, recipient: str, sender: str) -> str:
    """Stable per (topic, date, recipient): a resent copy is recognisably the same message."""
    key = f"{topic}\0{day.isoformat()}\0{recipient.lower()}".encode()
    domain = parse_address(sender, "[smtp] sender")[1].rpartition("@")[2]
    return f"<briefgen.{topic}.{day.isoformat()}.{hashlib.sha256(key).hexdigest()[:24]}@{domain}>"


def _address(value: str) -> Address:
    name, addr = parse_address(value, "address")
    local, _, domain = addr.rpartition("@")
    return Address(display_name=header_text(name, 100), username=local, domain=domain)


def message(mail: Mail, recipient: str, sender: str, now: datetime | None = None) -> EmailMessage:
    """One recipient's message: From the sender, To that recipient only (so one bad address
    blocks nobody else), HTML with a plain-text alternative, the PDF attached."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["Subject"] = header_text(mail.subject)
    msg["From"] = _address(sender)
    msg["To"] = _address(recipient)
    msg["Date"] = email.utils.format_datetime((now or datetime.now(UTC)).astimezone())
    msg["Message-ID"] = message_id(mail.topic, mail.date, parse_address(recipient, "address")[1], sender)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to a robot
    msg.set_content(mail.text, subtype="plain", charset="utf-8")
    msg.add_alternative(mail.html, subtype="html", charset="utf-8")
    msg.add_attachment(mail.pdf, maintype="application", subtype="pdf", filename=mail.filename)
    return msg


def write_eml(mail: Mail, recipients: Sequence[str], sender: str, folder: Path) -> list[Path]:
    """--dry-run: each message as an .eml file, exactly the bytes that would be sent."""
    paths = []
    for recipient in recipients:
        addr = parse_address(recipient, "address")[1].lower()
        safe = re.sub(r"[^a-z0-9@._-]", "_", addr)
        path = folder / f"{mail.topic}-{mail.date.isoformat()}-{safe}.eml"
        write_atomically(path, message(mail, recipient, sender).as_bytes())
        paths.append(path)
    return paths


# --- The ledger ----------------------------------------------------------------------------------


class Ledger:
    """The store's record of what was mailed: the content per (topic, date) and one row per recipient."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, path: Path) -> Ledger:
        return cls(open_db(path), path)  # its tables are the store's (schema.py)

    def close(self) -> None:
        self.connection.close()

    def statuses(self, topic: str, day: date) -> dict[str, str]:
        """Recipient address (lower-cased) -> status, for one brief."""
        rows = self.connection.execute(
            "SELECT recipient, status FROM mail_deliveries WHERE topic = ? AND brief_date = ?",
            (topic, day.isoformat()),
        )
        return dict(rows.fetchall())

    def history(self, topic: str | None = None, day: date | None = None) -> list[tuple[Any, ...]]:
        """(date, topic, recipient, status, attempts, updated, detail) rows, newest brief first."""
        return self.connection.execute(
            """SELECT brief_date, topic, recipient, status, attempts, updated, COALESCE(detail, '')
               FROM mail_deliveries WHERE (?1 IS NULL OR topic = ?1) AND (?2 IS NULL OR brief_date = ?2)
               ORDER BY brief_date DESC, topic, recipient""",
            (topic, day.isoformat() if day else None),
        ).fetchall()

    def held(self, topic: str, day: date, wait: timedelta | None) -> dict[str, str]:
        """Recipients (lower-cased) whose outcome is unknown since less than `wait` (None: any time
        ago): not sent again by a run. Each with a line saying since when and why."""
        rows = self.connection.execute(
            "SELECT recipient, updated, COALESCE(detail, '') FROM mail_deliveries"
            " WHERE topic = ? AND brief_date = ? AND status = 'unknown'",
            (topic, day.isoformat()),
        ).fetchall()
        now = clock.now()
        held = {}
        for recipient, updated, detail in rows:
            try:
                since: datetime | None = datetime.fromisoformat(updated).astimezone(UTC)
            except ValueError:  # a time this code did not write: held, to be safe
                since = None
            if wait is None or since is None or now - since < wait:
                when = f"{since:%Y-%m-%d %H:%M} UTC" if since else "an unknown time"
                held[recipient] = f"since {when}: {detail or 'no answer recorded'}"
        return held

    def owed(self, topic: str, before: date, since: date) -> list[tuple[date, list[str]]]:
        """Earlier briefs of `topic` (dated `since` <= d < `before`, newest first) that went out to
        someone but not yet to every recipient they were meant for: (date, those addresses,
        lower-cased). Without a record of whom a brief was meant for (stores from before it was
        kept), those the ledger holds a row for."""
        rows = self.connection.execute(
            "SELECT brief_date, recipients FROM mail_briefs WHERE topic = ? AND brief_date >= ? AND brief_date < ?"
            " ORDER BY brief_date DESC",
            (topic, since.isoformat(), before.isoformat()),
        ).fetchall()
        found = []
        for day_text, meant in rows:
            day = date.fromisoformat(day_text)
            statuses = self.statuses(topic, day)
            if not any(status != "failed" for status in statuses.values()):
                continue  # it never went out: not a brief anybody is owed
            intended = json.loads(meant) if meant else sorted(statuses)
            rest = [r for r in intended if statuses.get(r) != "sent"]
            if rest:
                found.append((day, rest))
        return found

    def mail(self, topic: str, day: date) -> Mail | None:
        row = self.connection.execute(
            "SELECT subject, html, text, filename, pdf FROM mail_briefs WHERE topic = ? AND brief_date = ?",
            (topic, day.isoformat()),
        ).fetchone()
        return Mail(topic, day, row[0], row[1], row[2], row[3], bytes(row[4])) if row else None

    def keep(self, mail: Mail, recipients: Sequence[str] = ()) -> None:
        """Store what is about to be mailed, and to whom; replaces an earlier version only while
        nobody has it."""
        meant = sorted({parse_address(r, "address")[1].lower() for r in recipients})
        with transaction(self.connection):
            started = self.connection.execute(
                "SELECT 1 FROM mail_deliveries WHERE topic = ? AND brief_date = ? AND status != 'failed' LIMIT 1",
                (mail.topic, mail.date.isoformat()),
            ).fetchone()
            if started:
                raise BriefgenError(f"{mail.topic} {mail.date}: a brief was already mailed; it is not replaced")
            self.connection.execute(
                "INSERT OR REPLACE INTO mail_briefs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    mail.topic,
                    mail.date.isoformat(),
                    mail.subject,
                    mail.html,
                    mail.text,
                    mail.filename,
                    mail.pdf,
                    mail.sha256,
                    _now(),
                    json.dumps(meant) if meant else None,
                ),
            )

    def mark(self, mail: Mail, recipient: str, status: str, msg_id: str, detail: str | None = None) -> None:
        """Record one recipient's state, committed before the call returns (a kill cannot undo it)."""
        addr = parse_address(recipient, "address")[1].lower()
        with transaction(self.connection):
            self.connection.execute(
                """INSERT INTO mail_deliveries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (topic, brief_date, recipient) DO UPDATE SET
                     status = excluded.status, message_id = excluded.message_id,
                     pdf_sha256 = excluded.pdf_sha256, detail = excluded.detail, updated = excluded.updated,
                     attempts = attempts + (excluded.status = 'sending')""",
                (
                    mail.topic,
                    mail.date.isoformat(),
                    addr,
                    status,
                    msg_id,
                    mail.sha256,
                    1 if status == "sending" else 0,
                    detail,
                    _now(),
                ),
            )


def _now() -> str:
    return clock.now().astimezone(UTC).isoformat(timespec="seconds")


def unserved(recipients: Sequence[str], statuses: dict[str, str], held: Collection[str] = ()) -> list[str]:
    """The recipients without a `sent` row, less those `held` (an unknown outcome not yet to be
    resent); a `sending` row is sent again: see the module's doc."""
    todo = []
    for recipient in recipients:
        addr = parse_address(recipient, "address")[1].lower()
        if statuses.get(addr) != "sent" and addr not in held:
            todo.append(recipient)
    return todo


# --- SMTP ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Credentials:
    user: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> Credentials | None:
        """BRIEFGEN_SMTP_USER and BRIEFGEN_SMTP_PASSWORD, both or neither; never from a file."""
        user, password = os.environ.get(USER_ENV, ""), os.environ.get(PASSWORD_ENV, "")
        if bool(user) != bool(password):
            missing = PASSWORD_ENV if user else USER_ENV
            raise InputError(f"{missing} is not set: give both {USER_ENV} and {PASSWORD_ENV}, or neither")
        return cls(user, password) if user else None

    def scrub(self, text: str) -> str:
        """`text` without the password in any form a relay could echo (plain or in an AUTH blob)."""
        import base64

        forms = {self.password, base64.b64encode(self.password.encode()).decode()}
        forms.add(base64.b64encode(f"\0{self.user}\0{self.password}".encode()).decode())
        for form in sorted(forms, key=len, reverse=True):
            text = text.replace(form, "***")
        return text


class PermanentError(Exception):
    """The relay refuses every message of this run (login refused, sender refused): no retry."""


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return header_text(f"{code} {words}", 300)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _tls_context(settings: Smtp) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.ca_file:
        try:
            context.load_verify_locations(cafile=str(settings.ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise InputError(f"[smtp] ca_file {settings.ca_file}: cannot be read ({exc})") from None
    return context


class _Client(smtplib.SMTP):
    """An SMTP client whose sockets a `Deadline` can shut (`deadline`, while one is set)."""

    deadline: Deadline | None = None
    _host: str  # smtplib's: the name STARTTLS and SMTP_SSL check the certificate for

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock: socket.socket = super()._get_socket(host, port, timeout)  # type: ignore[misc]
        if self.deadline is not None:
            self.deadline.attach(sock)
        return sock


class _SslClient(_Client, smtplib.SMTP_SSL):
    pass


class _Overdue(TimeoutError):
    """The relay kept answering, too slowly: a `_within` block's time ran out."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no answer within {seconds:g} s")
        self.seconds = seconds


@contextmanager
def _within(client: smtplib.SMTP, seconds: float) -> Iterator[None]:
    """The block's exchanges with the relay end within `seconds` of wall-clock time, whatever the
    relay does: a reply sent a byte at a time restarts the socket's timeout with every byte, so a
    `Deadline` shuts the connection when the time is up, and the block raises TimeoutError."""
    deadline = Deadline(time.monotonic() + seconds)
    if isinstance(client, _Client):
        client.deadline = deadline
    try:
        if client.sock is not None:
            deadline.attach(client.sock)
        yield
    except OSError as exc:  # smtplib's errors too
        if deadline.expired and not isinstance(exc, TimeoutError):
            raise _Overdue(seconds) from exc
        raise
    finally:
        deadline.cancel()
        if isinstance(client, _Client):
            client.deadline = None


@contextmanager
def _connection(
    settings: Smtp, credentials: Credentials | None, context: ssl.SSLContext | None
) -> Iterator[smtplib.SMTP]:
    """A logged-in SMTP session with the configured security; closed on leaving. Its opening
    (connect, greeting, EHLO, STARTTLS, login) ends within 3 x timeout, its closing within one."""
    assert settings.host is not None
    where = f"{settings.host}:{settings.port}"
    log.info("connecting to %s (security %s)", where, settings.security)
    if settings.security == "ssl":
        client: _Client = _SslClient(timeout=settings.timeout, context=context or _tls_context(settings))
    else:
        client = _Client(timeout=settings.timeout)
    try:
        with _within(client, 3 * settings.timeout):
            client._host = settings.host  # as SMTP(host) would: the name TLS checks the certificate for
            client.connect(settings.host, settings.port)
            if settings.security == "starttls":
                client.ehlo()
                if not client.has_extn("starttls"):
                    raise PermanentError(f'{where} does not offer STARTTLS; set [smtp] security = "ssl" or "none"')
                client.starttls(context=context or _tls_context(settings))
                client.ehlo()
            if credentials:
                try:
                    client.login(credentials.user, credentials.password)
                except smtplib.SMTPAuthenticationError as exc:
                    reason = credentials.scrub(_reply(exc.smtp_code, exc.smtp_error))
                    if exc.smtp_code < 500:  # 454: a temporary failure, worth another attempt
                        raise smtplib.SMTPResponseException(exc.smtp_code, reason) from None
                    raise PermanentError(f"{where} refused the login of {credentials.user} ({reason})") from None
                except smtplib.SMTPNotSupportedError:
                    raise PermanentError(f"{where} offers no login (AUTH); unset {USER_ENV}") from None
                log.info("logged in to %s as %s", where, credentials.user)
        yield client
    finally:
        try:
            with _within(client, settings.timeout):
                client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one delivery did: every recipient it was given is in exactly one of sent, failed, unknown."""

    sent: tuple[str, ...]  # served by this run
    failed: dict[str, str]  # not served: why (the relay's answer, or why they were never tried)
    unknown: dict[str, str] = field(default_factory=dict)  # the relay had it all; its answer never came
    unrecorded: dict[str, str] = field(default_factory=dict)  # served (in `sent`), but the ledger says unknown


@dataclass(frozen=True, slots=True)
class _Verdict:
    """How one recipient's transaction ended."""

    state: str  # sent | failed | unknown
    why: str = ""
    again: bool = False  # worth another attempt in this run (a 4xx, a connection lost before the end)
    lost: bool = False  # the connection is gone or in an unknown state: the rest need a new one
    unrecorded: str | None = None  # sent, but the ledger could not record it (why)


def deliver(
    mail: Mail,
    recipients: Sequence[str],
    settings: Smtp,
    ledger: Ledger,
    *,
    credentials: Credentials | None = None,
    context: ssl.SSLContext | None = None,
    backoff: Sequence[float] = BACKOFF,
    budget: float = RETRY_BUDGET,
    progress: Callable[[int, int], None] | None = None,
    sleep: Callable[[float], Any] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Outcome:
    """Send `mail` to each recipient over one connection, recording each in the ledger.

    A connection that fails (refused, timed out, dropped, 421) or a 4xx for one recipient is
    retried after each pause of `backoff`, while less than `budget` seconds have passed; a 5xx is
    final for its recipient (or for all, when it is the login or the sender). A message whose end
    was sent but never answered is `unknown`: never retried here. Every recipient given is in the
    outcome; one never tried is in `failed`, with the reason."""
    if not settings.host:
        raise InputError("[smtp] host is not set: where should the brief be sent?")
    if credentials and settings.security == "none" and not _is_loopback(settings.host):
        raise InputError(
            f'[smtp] security = "none" would send {USER_ENV}\'s password to {settings.host} unencrypted; '
            'use "starttls" or "ssl"'
        )
    sender_addr = parse_address(settings.sender, "[smtp] sender")[1]
    pending = list(recipients)
    sent: list[str] = []
    failed: dict[str, str] = {}
    unknown: dict[str, str] = {}
    unrecorded: dict[str, str] = {}
    untried = "the run stopped"  # why the last connection ended before everyone's turn
    started = clock()
    total = len(pending)
    for attempt in range(len(backoff) + 1):
        if not pending or STOP.is_set():
            break
        if attempt:
            pause = backoff[attempt - 1]
            if clock() - started + pause > budget:
                break
            log.info("retrying %d recipient(s) in %.1f s", len(pending), pause)
            sleep(pause)
        retry: list[str] = []
        try:
            with _connection(settings, credentials, context) as client:
                for index, recipient in enumerate(pending):
                    if STOP.is_set():
                        retry += pending[index:]
                        break
                    verdict = _send_one(client, mail, recipient, settings, sender_addr, ledger)
                    if verdict.state == "sent":
                        sent.append(recipient)
                        failed.pop(recipient, None)
                        if verdict.unrecorded:
                            unrecorded[recipient] = verdict.unrecorded
                        if progress:
                            progress(len(sent), total)
                    elif verdict.state == "unknown":
                        unknown[recipient] = verdict.why
                        failed.pop(recipient, None)
                    else:
                        failed[recipient] = verdict.why
                        if verdict.again:
                            retry.append(recipient)
                    if verdict.lost:
                        untried = f"the connection ended before their turn ({verdict.why})"
                        retry += pending[index + 1 :]
                        break
        except PermanentError as exc:
            for recipient in pending:
                if recipient not in sent and recipient not in unknown:
                    failed[recipient] = str(exc)
            retry = []
        except (smtplib.SMTPException, OSError) as exc:
            # Could not connect, STARTTLS failed, or the session broke outside a transaction.
            reason = _connection_reason(settings, exc, credentials)
            log.info("%s", reason)
            for recipient in pending:
                if recipient not in sent and recipient not in unknown and recipient not in retry:
                    retry.append(recipient)
                    failed[recipient] = reason
            if isinstance(exc, ssl.SSLCertVerificationError):
                retry = []  # a certificate does not fix itself in a second
        pending = retry
    for recipient in pending:  # left when the retries, or their time, ran out, or SIGTERM came
        failed.setdefault(recipient, STOPPED if STOP.is_set() else f"not tried: {untried}")
    served = set(sent)
    return Outcome(
        tuple(sent),
        {r: failed[r] for r in recipients if r in failed and r not in served and r not in unknown},
        {r: unknown[r] for r in recipients if r in unknown},
        unrecorded,
    )


def _connection_reason(settings: Smtp, exc: BaseException, credentials: Credentials | None) -> str:
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, smtplib.SMTPResponseException):
        text = f"{where} answered {_reply(exc.smtp_code, exc.smtp_error)}"
    elif isinstance(exc, ConnectionRefusedError):
        text = f"{where} refused the connection"
    elif isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
        # smtplib reports a reply that never came as "disconnected"; the cause says timeout. A relay
        # that kept answering a byte at a time ran into the opening's deadline (3 x timeout).
        limit = exc.seconds if isinstance(exc, _Overdue) else settings.timeout
        text = f"{where} did not answer within {limit:g} s"
    elif isinstance(exc, ssl.SSLCertVerificationError):
        text = f"{where}: TLS certificate not trusted ({exc.verify_message}); see [smtp] ca_file"
    elif isinstance(exc, smtplib.SMTPServerDisconnected):
        text = f"{where} closed the connection"
    else:
        text = f"{where}: {header_text(str(exc), 200) or type(exc).__name__}"
    return credentials.scrub(text) if credentials else text


def _send_one(
    client: smtplib.SMTP, mail: Mail, recipient: str, settings: Smtp, sender_addr: str, ledger: Ledger
) -> _Verdict:
    """One recipient's SMTP transaction, the ledger row kept in step with it (see the module's doc).

    smtplib.sendmail would send the message and its end in one call; this does the same steps
    (MAIL, RCPT, DATA) but sends the final "." only once the ledger says `unknown`."""
    msg = message(mail, recipient, settings.sender)
    msg_id = str(msg["Message-ID"])
    addr = parse_address(recipient, "address")[1]
    data = msg.as_bytes()
    try:
        ledger.mark(mail, recipient, "sending", msg_id)
    except sqlite3.Error as exc:
        return _Verdict("failed", f"not sent: the ledger cannot be written ({exc})")
    try:
        with _within(client, 3 * settings.timeout):  # a relay dripping its replies cannot hold the run
            client.ehlo_or_helo_if_needed()
            options = [f"size={len(data)}"] if client.does_esmtp and client.has_extn("size") else []
            code, reply = client.mail(sender_addr, options)
            if code != 250:
                if code >= 500:
                    ledger.mark(mail, recipient, "failed", msg_id, _reply(code, reply))
                    raise PermanentError(f"the relay refused the sender {sender_addr} ({_reply(code, reply)})")
                return _refused(client, mail, recipient, msg_id, ledger, code, reply)
            code, reply = client.rcpt(addr)
            if code not in (250, 251):
                return _refused(client, mail, recipient, msg_id, ledger, code, reply)
            code, reply = client.docmd("DATA")
            if code != 354:
                return _refused(client, mail, recipient, msg_id, ledger, code, reply)
            # The message, dot-stuffed, without its end: a relay keeps nothing it has not seen the end of.
            body = re.sub(rb"(?m)^\.", b"..", data)
            client.send(body if body.endswith(b"\r\n") else body + b"\r\n")
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        timed_out = isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError)
        why = "the relay stopped answering" if timed_out else "the relay closed the connection"
        if isinstance(exc, _Overdue):
            why = f"the relay did not answer within {exc.seconds:g} s"
        elif not timed_out and not isinstance(exc, smtplib.SMTPServerDisconnected):
            why = f"connection lost ({header_text(str(exc), 120) or type(exc).__name__})"
        return _mark_failed(mail, recipient, msg_id, ledger, _Verdict("failed", why, again=True, lost=True))
    except smtplib.SMTPResponseException as exc:  # an answer smtplib could not take (a broken reply line)
        return _refused(client, mail, recipient, msg_id, ledger, exc.smtp_code, exc.smtp_error)
    try:
        ledger.mark(mail, recipient, "unknown", msg_id, "the end of the message was sent; no answer recorded")
    except sqlite3.Error as exc:
        client.close()  # without its end the relay drops the message: nothing was sent
        why = f"not sent: the ledger cannot be written ({exc})"
        return _Verdict("failed", why, again=False, lost=True)
    return _end_of_message(client, mail, recipient, msg_id, ledger, settings.data_timeout)


def _end_of_message(
    client: smtplib.SMTP, mail: Mail, recipient: str, msg_id: str, ledger: Ledger, wait: float
) -> _Verdict:
    """Send the final "." and wait up to `wait` seconds for the relay to take the message."""
    addr = parse_address(recipient, "address")[1]
    try:
        with _within(client, wait):  # wall-clock: an answer dripped a byte at a time ends there too
            if client.sock is not None:
                client.sock.settimeout(wait)
            client.send(b".\r\n")
            code, reply = client.getreply()
            if client.sock is not None:
                client.sock.settimeout(client.timeout)  # back to the per-command timeout
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        client.close()
        timed_out = isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError)
        why = (
            f"the relay had the whole message but did not answer within {wait:g} s"
            if timed_out
            else "the connection was lost after the whole message was sent, before the relay answered"
        )
        with contextlib.suppress(sqlite3.Error):
            ledger.mark(mail, recipient, "unknown", msg_id, why)
        log.info("%s %s: outcome unknown for %s: %s", mail.topic, mail.date, addr, why)
        return _Verdict("unknown", why, lost=True)
    if code == 250:
        log.info("%s %s: sent to %s", mail.topic, mail.date, addr)
        try:
            ledger.mark(mail, recipient, "sent", msg_id, _reply(code, reply))
        except sqlite3.Error as exc:
            return _Verdict("sent", unrecorded=str(exc))
        return _Verdict("sent")
    if code == 421:
        client.close()
    verdict = _Verdict("failed", _reply(code, reply), again=code < 500, lost=code == 421)
    return _mark_failed(mail, recipient, msg_id, ledger, verdict)


def _refused(
    client: smtplib.SMTP, mail: Mail, recipient: str, msg_id: str, ledger: Ledger, code: int, reply: bytes | str
) -> _Verdict:
    """The relay refused this message before its end: nothing was kept; 421 closes the session."""
    if code == 421:
        client.close()
    else:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            client.rset()
    verdict = _Verdict("failed", _reply(code, reply), again=code < 500, lost=code == 421)
    return _mark_failed(mail, recipient, msg_id, ledger, verdict)


def _mark_failed(mail: Mail, recipient: str, msg_id: str, ledger: Ledger, verdict: _Verdict) -> _Verdict:
    with contextlib.suppress(sqlite3.Error):  # a ledger that cannot say so leaves `sending`: sent again
        ledger.mark(mail, recipient, "failed", msg_id, verdict.why)
    log.info("%s %s: not sent to %s: %s", mail.topic, mail.date, parse_address(recipient, "address")[1], verdict.why)
    return verdict


def history(db: Path, topic: str | None = None, day: date | None = None) -> list[tuple[Any, ...]]:
    """The ledger of the store `db` (`briefgen deliveries`): one row per brief and recipient."""
    if not db.is_file():
        raise InputError(f"{db}: no store yet (nothing was ever mailed with it)")
    log.info("reading the delivery ledger of %s", db)
    ledger = Ledger.open(db)
    try:
        return ledger.history(topic, day)
    except sqlite3.Error as exc:
        raise failure(db, exc) from None
    finally:
        ledger.close()
