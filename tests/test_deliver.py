"""Email: the message, the ledger and SMTP delivery, against a real aiosmtpd server on loopback."""

from __future__ import annotations

import io
import re
import socket
import sqlite3
import ssl
from dataclasses import replace
from datetime import date
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
import trustme
from pypdf import PdfReader

from briefgen.config import Smtp
from briefgen.deliver import (
    Credentials,
    Ledger,
    Mail,
    compose,
    deliver,
    header_text,
    message,
    message_id,
    unserved,
)
from briefgen.errors import InputError
from briefgen.models import Article, Brief, Corpus, Item, NextStep, Position, Statement
from briefgen.pipeline import build
from briefgen.render import Renderer

from .conftest import ROOT
from .mailserver import HOST, Inbox, free_port, password_checker, server_tls, smtp_server

DAY = date(2025, 3, 18)
SENDER = "Briefs <briefs@example.org>"
PEOPLE = ["Ana Alves <ana@example.org>", "bo@example.org", "cy@example.net"]
NO_WAIT = (0.0, 0.0, 0.0)


@pytest.fixture(scope="module")
def mail(tmp_path_factory: pytest.TempPathFactory) -> Mail:
    """The sample topic's real brief (one-page PDF) and its email bodies."""
    out = tmp_path_factory.mktemp("mail") / "chips.pdf"
    result = build(topic="chips-export-controls", brief_date=DAY, out=out, config=ROOT / "briefgen.toml")
    return compose(result.brief, "chips-export-controls", "Chip export controls", out.read_bytes(), Renderer.create())


def settings(port: int, security: str = "none", **extra: object) -> Smtp:
    return Smtp(host=HOST, port=port, security=security, sender=SENDER, timeout=10.0, **extra)  # type: ignore[arg-type]


def parse(msg: EmailMessage) -> EmailMessage:
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_message_has_subject_bodies_and_the_pdf(mail: Mail) -> None:
    msg = parse(message(mail, PEOPLE[0], SENDER))
    assert msg["Subject"] == "Chip export controls brief — 2025-03-18"
    assert msg["From"] == SENDER
    assert msg["To"] == "Ana Alves <ana@example.org>"
    assert msg["Auto-Submitted"] == "auto-generated"
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    plain, markup = text.get_content(), html.get_content()
    for heading in ("SITUATION", "KEY POINTS", "SOURCES"):
        assert heading in plain
    for heading in ("Situation", "Key points", "Sources"):
        assert f">{heading}</h2>" in markup
    # The same citations in both parts, and every situation sentence of the brief in both.
    assert "[1]" in plain and "[1]" in markup
    first = plain.split("SITUATION", 1)[1].strip().split(" [", 1)[0]
    # An old weekday word's day shows before its sentence: "Thu 16 Jan: " in text, its own element in HTML.
    stamp = re.match(r"[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}: ", first)
    if stamp:
        assert f">{stamp.group()[:-2]}</strong>" in markup
        first = first[stamp.end() :]
    assert len(first.split()) > 5 and first[:60] in markup.replace("&#39;", "'").replace("&quot;", '"')
    attachments = list(msg.iter_attachments())
    assert len(attachments) == 1
    pdf = attachments[0]
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == "chips-export-controls-2025-03-18.pdf"
    data = pdf.get_content()
    assert data.startswith(b"%PDF") and data == mail.pdf
    assert len(PdfReader(io.BytesIO(data)).pages) == 1


def test_message_id_is_stable_per_topic_date_recipient(mail: Mail) -> None:
    first = message(mail, "Ana <ANA@example.org>", SENDER)["Message-ID"]
    again = message(mail, "ana@example.org", SENDER)["Message-ID"]
    assert first == again == message_id(mail.topic, mail.date, "ana@example.org", SENDER)
    assert first.endswith("@example.org>")
    assert message(mail, "bo@example.org", SENDER)["Message-ID"] != first
    assert message(replace(mail, date=date(2025, 3, 19)), "ana@example.org", SENDER)["Message-ID"] != first


def hostile_brief() -> Brief:
    evil = 'Talks\r\nBcc: evil@x.org\r\n\r\n<script>alert("x")</script> & more'
    article = Article("a1", evil, "a1.txt", "Outlet\nX-Evil: 1", DAY, (), ("Body.",))
    corpus = Corpus((article,), ())
    return Brief(
        "ignored",
        DAY,
        corpus,
        situation=(Item('He said "<b>no</b>" & left.', (0,)),),
        key_points=(Item("<img src=x onerror=alert(1)>", (0,)),),
        positions=(
            Position("<i>Actor</i>", "role\r\nBcc: a@b", (Statement("<a href='javascript:x'>hi</a>", None, (0,)),)),
        ),
        next_steps=(NextStep("Vote on <u>Friday</u>.", DAY, None, (0,)),),
    )


def test_hostile_text_adds_no_header_and_is_escaped_in_html(mail: Mail) -> None:
    hostile = compose(hostile_brief(), "t", "Topic\r\nBcc: evil@x.org", mail.pdf, Renderer.create())
    for breaker in ("\r\n", "\n", "\u2028", "\x85"):
        with pytest.raises(InputError, match="line break"):
            message(hostile, f"Ana{breaker}Bcc: evil@x.org <ana@example.org>", SENDER)
    msg = message(hostile, "Ána Ålves <ana@example.org>", SENDER)
    raw = msg.as_bytes()
    parsed = parse(msg)
    assert parsed["Bcc"] is None and parsed["X-Evil"] is None
    assert sorted(k.lower() for k in parsed) == sorted(
        ["subject", "from", "to", "date", "message-id", "auto-submitted", "mime-version", "content-type"]
    )
    assert parsed["Subject"] == "Topic Bcc: evil@x.org brief — 2025-03-18"
    assert parsed["To"] == "Ána Ålves <ana@example.org>"  # encoded on the wire, decoded back
    assert "=?utf-8?" in raw.decode("ascii").split("\r\nTo: ", 1)[1].split("\r\n", 1)[0]
    assert b"\r\nBcc:" not in raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"
    body = parsed.get_body(("html",))
    assert body is not None
    html = body.get_content()
    for tag in ("<script", "<img", "<b>no", "<i>Actor", "<a href", "<u>"):
        assert tag not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    plain = parsed.get_body(("plain",))
    assert plain is not None and 'He said "<b>no</b>" & left.' in plain.get_content()  # text stays text


def test_header_text_strips_every_line_break() -> None:
    for breaker in ("\r\n", "\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\x00"):
        assert header_text(f"a{breaker}Bcc: x@y") == "a Bcc: x@y"
    assert len(header_text("word " * 100, 50)) == 50


def ledger_at(tmp_path: Path) -> Ledger:
    return Ledger.open(tmp_path / "store.sqlite3")


def test_two_runs_send_one_mail_per_recipient(mail: Mail, tmp_path: Path) -> None:
    ledger = ledger_at(tmp_path)
    with smtp_server() as (inbox, port):
        first = deliver(mail, unserved(PEOPLE, ledger.statuses(mail.topic, DAY)), settings(port), ledger)
        second_todo = unserved(PEOPLE, ledger.statuses(mail.topic, DAY))
        second = deliver(mail, second_todo, settings(port), ledger)
    assert first.sent == tuple(PEOPLE) and not first.failed
    assert second_todo == [] and second.sent == ()
    assert inbox.recipients() == ["ana@example.org", "bo@example.org", "cy@example.net"]
    assert all(frm == "briefs@example.org" for frm, _, _ in inbox.received)
    assert [m["To"] for m in inbox.messages()] == PEOPLE  # one recipient per message
    rows = ledger.connection.execute("SELECT recipient, status, attempts FROM mail_deliveries ORDER BY 1").fetchall()
    assert rows == [("ana@example.org", "sent", 1), ("bo@example.org", "sent", 1), ("cy@example.net", "sent", 1)]


def test_deferred_recipient_is_retried_and_served(mail: Mail, tmp_path: Path) -> None:
    inbox = Inbox()
    inbox.defer["bo@example.org"] = 2
    naps: list[float] = []
    with smtp_server(inbox) as (_, port):
        outcome = deliver(mail, PEOPLE, settings(port), ledger_at(tmp_path), sleep=naps.append)
    assert outcome.sent == ("Ana Alves <ana@example.org>", "cy@example.net", "bo@example.org")
    assert inbox.rcpt_attempts["bo@example.org"] == 3
    assert naps == [0.5, 1.0]  # the short backoff, bounded


def test_recipient_deferred_every_time_is_reported_after_the_last_attempt(mail: Mail, tmp_path: Path) -> None:
    inbox = Inbox()
    inbox.defer["bo@example.org"] = 99
    naps: list[float] = []
    ledger = ledger_at(tmp_path)
    with smtp_server(inbox) as (_, port):
        outcome = deliver(mail, PEOPLE, settings(port), ledger, sleep=naps.append)
    assert outcome.sent == ("Ana Alves <ana@example.org>", "cy@example.net")
    assert outcome.failed == {"bo@example.org": "451 4.2.0 mailbox busy, try again later"}
    assert inbox.rcpt_attempts["bo@example.org"] == 4 and naps == [0.5, 1.0, 2.0]
    attempts = ledger.connection.execute("SELECT attempts FROM mail_deliveries WHERE recipient = 'bo@example.org'")
    assert attempts.fetchone() == (4,)


def test_retries_stop_when_the_time_budget_is_spent(mail: Mail, tmp_path: Path) -> None:
    inbox = Inbox()
    inbox.defer["bo@example.org"] = 99
    now = [0.0]

    def nap(seconds: float) -> None:  # a clock that moves only when deliver() sleeps
        now[0] += seconds

    with smtp_server(inbox) as (_, port):
        outcome = deliver(
            mail, ["bo@example.org"], settings(port), ledger_at(tmp_path), budget=2.0, sleep=nap, clock=lambda: now[0]
        )
    assert list(outcome.failed) == ["bo@example.org"]
    assert now[0] == 1.5 and inbox.rcpt_attempts["bo@example.org"] == 3  # a 2 s pause would pass the budget


def test_permanent_refusal_fails_one_recipient_only(mail: Mail, tmp_path: Path) -> None:
    inbox = Inbox(refuse={"bo@example.org": "550 5.1.1 no such mailbox"})
    ledger = ledger_at(tmp_path)
    with smtp_server(inbox) as (_, port):
        outcome = deliver(mail, PEOPLE, settings(port), ledger, backoff=NO_WAIT)
    assert outcome.sent == ("Ana Alves <ana@example.org>", "cy@example.net")
    assert outcome.failed == {"bo@example.org": "550 5.1.1 no such mailbox"}
    assert inbox.rcpt_attempts["bo@example.org"] == 1  # a 5xx is not retried
    assert inbox.recipients() == ["ana@example.org", "cy@example.net"]
    assert ledger.statuses(mail.topic, DAY)["bo@example.org"] == "failed"


def test_refused_sender_is_final_for_everyone(mail: Mail, tmp_path: Path) -> None:
    inbox = Inbox(refuse_sender="553 5.7.1 sender not allowed here")
    with smtp_server(inbox) as (_, port):
        outcome = deliver(mail, PEOPLE, settings(port), ledger_at(tmp_path), backoff=NO_WAIT)
    assert outcome.sent == ()
    assert set(outcome.failed) == set(PEOPLE)
    assert all("refused the sender briefs@example.org (553 5.7.1" in why for why in outcome.failed.values())
    assert inbox.mail_attempts == 1 and inbox.received == []


def test_server_going_down_mid_batch_then_rerun_serves_the_rest(mail: Mail, tmp_path: Path) -> None:
    ledger = ledger_at(tmp_path)
    port = free_port()
    with smtp_server(Inbox(go_down_after=1), port=port) as (inbox, _):
        outcome = deliver(mail, PEOPLE, settings(port), ledger, backoff=NO_WAIT)
    assert outcome.sent == ("Ana Alves <ana@example.org>",)
    assert set(outcome.failed) == {"bo@example.org", "cy@example.net"}
    assert all("127.0.0.1" in why or "421" in why for why in outcome.failed.values())
    assert inbox.recipients() == ["ana@example.org"]
    with smtp_server(port=port) as (back, _):
        rerun = deliver(mail, unserved(PEOPLE, ledger.statuses(mail.topic, DAY)), settings(port), ledger)
    assert rerun.sent == ("bo@example.org", "cy@example.net") and not rerun.failed
    assert back.recipients() == ["bo@example.org", "cy@example.net"]


def test_no_server_every_recipient_reported(mail: Mail, tmp_path: Path) -> None:
    outcome = deliver(mail, PEOPLE, settings(free_port()), ledger_at(tmp_path), backoff=NO_WAIT)
    assert outcome.sent == ()
    assert list(outcome.failed) == PEOPLE
    assert all("refused the connection" in why for why in outcome.failed.values())


def test_a_relay_that_never_answers_times_out(mail: Mail, tmp_path: Path) -> None:
    with socket.socket() as silent:  # accepts connections (the kernel's backlog) and says nothing
        silent.bind((HOST, 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        slow = Smtp(host=HOST, port=port, security="none", sender=SENDER, timeout=0.3)
        outcome = deliver(mail, PEOPLE[:1], slow, ledger_at(tmp_path), backoff=(0.0,))
    assert outcome.failed == {PEOPLE[0]: f"{HOST}:{port} did not answer within 0.3 s"}


def test_interrupted_transaction_is_sent_again(mail: Mail, tmp_path: Path) -> None:
    """A row left at 'sending' (the run died before the relay's 250) is not counted as served."""
    ledger = ledger_at(tmp_path)
    ledger.mark(mail, "bo@example.org", "sending", "<x@example.org>")
    ledger.mark(mail, "cy@example.net", "sent", "<y@example.org>")
    assert unserved(PEOPLE, ledger.statuses(mail.topic, DAY)) == ["Ana Alves <ana@example.org>", "bo@example.org"]


def test_mail_kept_in_the_store_is_not_replaced_once_mailed(mail: Mail, tmp_path: Path) -> None:
    ledger = ledger_at(tmp_path)
    ledger.keep(mail)
    other = replace(mail, html="<p>changed</p>")
    ledger.keep(other)  # nobody has it yet: replaced
    assert ledger.mail(mail.topic, DAY) == other
    ledger.mark(other, "bo@example.org", "sent", "<x@example.org>")
    with pytest.raises(Exception, match="already mailed"):
        ledger.keep(mail)
    assert ledger.mail(mail.topic, DAY) == other
    # A real SQLite file that another connection reads the same way.
    rows = sqlite3.connect(tmp_path / "store.sqlite3").execute("SELECT topic, pdf_sha256 FROM mail_briefs").fetchall()
    assert rows == [(mail.topic, other.sha256)]


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def client_tls(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


def test_starttls_with_login(mail: Mail, tmp_path: Path, ca: trustme.CA) -> None:
    auth = password_checker("robot", "pa55-w0rd")
    with smtp_server(tls_context=server_tls(ca), require_starttls=True, authenticator=auth) as (inbox, port):
        outcome = deliver(
            mail,
            PEOPLE[:1],
            settings(port, "starttls"),
            ledger_at(tmp_path),
            credentials=Credentials("robot", "pa55-w0rd"),
            context=client_tls(ca),
        )
    assert outcome.sent == tuple(PEOPLE[:1]) and inbox.recipients() == ["ana@example.org"]


def test_ssl_from_the_first_byte(mail: Mail, tmp_path: Path, ca: trustme.CA) -> None:
    with smtp_server(ssl_context=server_tls(ca)) as (inbox, port):
        outcome = deliver(mail, PEOPLE[:2], settings(port, "ssl"), ledger_at(tmp_path), context=client_tls(ca))
    assert outcome.sent == tuple(PEOPLE[:2]) and inbox.recipients() == ["ana@example.org", "bo@example.org"]


def test_untrusted_certificate_is_a_clear_failure(mail: Mail, tmp_path: Path, ca: trustme.CA) -> None:
    with smtp_server(tls_context=server_tls(ca), require_starttls=True) as (inbox, port):
        outcome = deliver(mail, PEOPLE[:1], settings(port, "starttls"), ledger_at(tmp_path), backoff=NO_WAIT)
    assert "TLS certificate not trusted" in outcome.failed[PEOPLE[0]]
    assert inbox.received == []


def test_refused_login_never_shows_the_password(mail: Mail, tmp_path: Path, ca: trustme.CA) -> None:
    # This relay even repeats the password in its refusal.
    auth = password_checker("robot", "right-one", echo=True)
    with smtp_server(tls_context=server_tls(ca), require_starttls=True, authenticator=auth) as (inbox, port):
        outcome = deliver(
            mail,
            PEOPLE,
            settings(port, "starttls"),
            ledger_at(tmp_path),
            credentials=Credentials("robot", "Wr0ng-Secret!"),
            context=client_tls(ca),
            backoff=NO_WAIT,
        )
    assert inbox.received == []
    assert set(outcome.failed) == set(PEOPLE)
    why = outcome.failed[PEOPLE[0]]
    assert "refused the login of robot" in why and "535" in why
    assert "Wr0ng-Secret!" not in why and "***" in why
    assert "Wr0ng-Secret!" not in repr(Credentials("robot", "Wr0ng-Secret!"))


def test_password_is_not_sent_in_clear_to_a_remote_host(mail: Mail, tmp_path: Path) -> None:
    remote = Smtp(host="mail.example.org", port=25, security="none", sender=SENDER)
    with pytest.raises(InputError, match="unencrypted"):
        deliver(mail, PEOPLE, remote, ledger_at(tmp_path), credentials=Credentials("u", "p"))


def test_credentials_come_in_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_SMTP_USER", "robot")
    monkeypatch.delenv("BRIEFGEN_SMTP_PASSWORD", raising=False)
    with pytest.raises(InputError, match="BRIEFGEN_SMTP_PASSWORD is not set"):
        Credentials.from_env()
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "s3cret")
    assert Credentials.from_env() == Credentials("robot", "s3cret")
    monkeypatch.delenv("BRIEFGEN_SMTP_USER")
    monkeypatch.delenv("BRIEFGEN_SMTP_PASSWORD")
    assert Credentials.from_env() is None
