"""Mailing to relays that misbehave (issue 13), through the real CLI and a real aiosmtpd server: an
answer to the end of a message that comes late or never, a connection lost mid-batch, a ledger
that cannot record a 250, a run cut short whose recipients are still owed the brief the next day.
Each test failed on the code before the fix."""

from __future__ import annotations

import socket
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefgen.config import Smtp
from briefgen.deliver import Ledger, Mail, deliver

from .conftest import Runner, write_article
from .mailserver import HOST, Inbox, smtp_server
from .rawserver import Script, Seen, raw_server
from .test_daily import DAY, PEOPLE, SEND_ALL, attachment, ledger, mails, popen, write_config

SEND_CHIPS = ("send", "--topic", "chips", "--date", DAY, "--db", "store.sqlite3")


def clips(folder: Path) -> Path:
    """One short invented article: mailing is under test here, a big brief would only cost time."""
    path = folder / "clips"
    path.mkdir(exist_ok=True)
    write_article(
        path,
        "rules.txt",
        "Chip export rules tighten",
        [
            "The commerce department tightened export controls on advanced chips on Monday, officials said.",
            "Semiconductor makers said the new licence rules would take effect within thirty days.",
        ],
    )
    return path


def wait_for(inbox: Inbox, count: int) -> None:
    """Until the relay has kept `count` messages (it keeps a late one after its client left)."""
    for _ in range(200):
        if len(inbox.received) >= count:
            return
        time.sleep(0.05)


# --- 3. A relay that answers the final "." late gets each message once -------------------------


def test_a_relay_slower_than_the_command_timeout_gets_each_message_once(tmp_path: Path, run_cli: Runner) -> None:
    # Before: the relay answered the final "." after 4 s with timeout = 2: one recipient got 8
    # copies over two runs, the ledger said "failed", the other two were never tried nor named.
    # The answer to the end of a message is now awaited for data_timeout (RFC 5321: 10 minutes).
    with smtp_server(Inbox(end_delay=1.5)) as (inbox, port):
        write_config(tmp_path, port, PEOPLE[:3], smtp='security = "none"\ntimeout = 0.5', sources=clips(tmp_path))
        first = run_cli(*SEND_ALL)
        second = run_cli(*SEND_ALL)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"chips {DAY}: mailed to 3 of 3 recipients (")
    assert second.returncode == 0 and "already mailed to all 3 recipients; nothing sent" in second.stdout
    assert mails(inbox) == PEOPLE[:3]  # each exactly once
    assert ledger(tmp_path) == dict.fromkeys(PEOPLE[:3], "sent")


def test_no_answer_to_the_end_of_a_message_is_unknown_said_so_and_never_resent_blindly(
    tmp_path: Path, run_cli: Runner
) -> None:
    # The relay has the whole first message but answers only after data_timeout: the outcome is
    # unknown. It is said so, named, recorded; the others are served; nobody gets it twice unless
    # the user asks (--resend-unknown) or resend_unknown_after has passed.
    with smtp_server(Inbox(end_delay=3, end_delay_only=1)) as (inbox, port):
        write_config(
            tmp_path, port, PEOPLE[:3], smtp='security = "none"\ntimeout = 2\ndata_timeout = 1', sources=clips(tmp_path)
        )
        first = run_cli(*SEND_ALL)
        wait_for(inbox, 3)  # the relay kept the late one too
        again = run_cli(*SEND_ALL)
        asked = run_cli(*SEND_CHIPS, "--resend-unknown")
    pdf = tmp_path / "output" / "chips" / f"{DAY}.pdf"
    assert first.returncode == 1
    assert first.stdout == f"chips {DAY}: mailed to 2 of 3 recipients, outcome unknown for 1 ({pdf})\n"
    assert first.stderr.splitlines() == [
        f"briefgen: error: chips {DAY}: outcome unknown for 1 recipient: ana@example.org (the relay had the whole"
        f" message but did not answer within 1 s); not sent again by itself: `briefgen send --topic chips --date"
        f" {DAY} --resend-unknown` resends, and so does a run 12 h after",
        "briefgen: error: 1 of 1 topics failed: chips",
    ]
    assert again.returncode == 1
    assert (
        again.stdout == f"chips {DAY}: mailed to 0 of 3 recipients (2 had it already), outcome unknown for 1 ({pdf})\n"
    )
    assert f"chips {DAY}: outcome unknown for 1 recipient: ana@example.org (since " in again.stderr
    assert "UTC: the relay had the whole message but did not answer within 1 s); not sent again" in again.stderr
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.startswith(f"chips {DAY}: mailed to 1 of 3 recipients (2 had it already)")
    assert mails(inbox) == sorted([*PEOPLE[:3], "ana@example.org"])  # the second copy: asked for
    assert ledger(tmp_path) == dict.fromkeys(PEOPLE[:3], "sent")


def test_an_unknown_outcome_is_resent_by_a_run_after_resend_unknown_after(tmp_path: Path, run_cli: Runner) -> None:
    with smtp_server(Inbox(end_delay=3, end_delay_only=1)) as (inbox, port):
        write_config(
            tmp_path,
            port,
            PEOPLE[:2],
            smtp='security = "none"\ndata_timeout = 1\nresend_unknown_after = "2h"',
            sources=clips(tmp_path),
        )
        first = run_cli(*SEND_ALL)
        wait_for(inbox, 2)
        assert first.returncode == 1 and "and so does a run 2 h after" in first.stderr
        with sqlite3.connect(tmp_path / "store.sqlite3") as db:  # three hours pass
            earlier = (datetime.now(UTC) - timedelta(hours=3)).isoformat(timespec="seconds")
            db.execute("UPDATE mail_deliveries SET updated = ? WHERE status = 'unknown'", (earlier,))
        later = run_cli(*SEND_ALL)
    assert later.returncode == 0, later.stderr
    assert later.stdout.startswith(f"chips {DAY}: mailed to 1 of 2 recipients (1 had it already)")
    assert mails(inbox) == sorted([*PEOPLE[:2], "ana@example.org"])


# --- 4. Every recipient not served is counted and named --------------------------------------------


def test_recipients_left_after_a_lost_connection_are_counted_and_named(tmp_path: Path) -> None:
    # Before: recipients after a lost connection were neither counted nor named ("mailed to 0 of 1
    # recipient" for three).
    from .test_deliver import PEOPLE as NAMED
    from .test_deliver import SENDER

    mail = _sample_mail(tmp_path)
    with smtp_server(Inbox(go_down_after=1)) as (_, port):
        slow = Smtp(host=HOST, port=port, security="none", sender=SENDER, timeout=5.0)
        outcome = deliver(mail, NAMED, slow, Ledger.open(tmp_path / "s.sqlite3"), backoff=(), budget=0)
    assert outcome.sent == (NAMED[0],)
    why = outcome.failed[NAMED[1]]  # 421, or the connection closed: how the relay went away
    assert why in ("421 4.3.2 service shutting down", "the relay closed the connection")
    assert outcome.failed == {NAMED[1]: why, NAMED[2]: f"not tried: the connection ended before their turn ({why})"}


def _sample_mail(folder: Path) -> Mail:
    from briefgen.deliver import compose
    from briefgen.pipeline import build
    from briefgen.render import Renderer

    from .conftest import ROOT
    from .test_deliver import DAY as DATE

    out = folder / "chips.pdf"
    result = build(topic="chips-export-controls", brief_date=DATE, out=out, config=ROOT / "briefgen.toml")
    return compose(result.brief, "chips-export-controls", "Chip export controls", out.read_bytes(), Renderer.create())


# --- 5. A ledger that cannot record the 250 -----------------------------------------------------------


def test_a_ledger_write_failing_after_the_250_sends_no_second_copy_and_goes_on(tmp_path: Path, run_cli: Runner) -> None:
    # Before: the row stayed at 'sending' (so the next run sent a second copy) and the run stopped
    # before the remaining recipients, with an internal error. The store is a real SQLite file whose
    # write of bo's 'sent' fails as a full disk makes it fail.
    from briefgen import store

    connection = store.open_db(tmp_path / "store.sqlite3")
    connection.executescript(
        "CREATE TRIGGER disk_full BEFORE UPDATE OF status ON mail_deliveries"
        " WHEN NEW.status = 'sent' AND NEW.recipient = 'bo@example.org'"
        " BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END;"
    )
    connection.close()
    with smtp_server() as (inbox, port):
        write_config(tmp_path, port, PEOPLE[:3], sources=clips(tmp_path))
        first = run_cli(*SEND_ALL)
        second = run_cli(*SEND_ALL)
    assert "internal error" not in first.stderr
    assert first.returncode == 1
    assert first.stdout.startswith(f"chips {DAY}: mailed to 3 of 3 recipients (")
    assert first.stderr.splitlines()[0] == (
        f"briefgen: error: chips {DAY}: sent to 1 recipient but the ledger could not record it: bo@example.org"
        " (database or disk is full); it says 'unknown' for them, so no run resends it by itself before"
        " resend_unknown_after; make the store writable"
    )
    assert mails(inbox) == PEOPLE[:3]  # bo once, and cy after him
    assert ledger(tmp_path) == {"ana@example.org": "sent", "bo@example.org": "unknown", "cy@example.net": "sent"}
    assert second.returncode == 1 and "bo@example.org (since " in second.stderr


# --- 13. A run also serves those still owed an earlier day's brief --------------------------------


def test_a_run_also_mails_an_earlier_days_brief_to_those_still_owed_it(tmp_path: Path, run_cli: Runner) -> None:
    # Before: a run cut short (a slow relay, systemd's time limit) left its recipients without the
    # brief for good: the next morning mailed only the new day.
    import signal

    inbox = Inbox(hold_message=2, hold_accepts=True)
    with smtp_server(inbox) as (_, port):
        write_config(tmp_path, port, PEOPLE, smtp='security = "none"\ncatch_up_days = 2', sources=clips(tmp_path))
        cut = popen(tmp_path, *SEND_ALL)
        assert inbox.entered.wait(240), cut.communicate()
        cut.send_signal(signal.SIGTERM)  # systemd's TimeoutStartSec, say
        inbox.release.set()
        _, err = cut.communicate(timeout=240)
        assert cut.returncode == 143, err
        assert mails(inbox) == PEOPLE[:2]
        too_late = run_cli("build", "--all", "--send", "--date", "2025-03-21", "--db", "store.sqlite3")
        next_day = run_cli("build", "--all", "--send", "--date", "2025-03-19", "--db", "store.sqlite3")
        again = run_cli("build", "--all", "--send", "--date", "2025-03-19", "--db", "store.sqlite3")
    out = tmp_path / "output" / "chips"
    assert too_late.returncode == 0, too_late.stderr
    assert too_late.stdout == f"chips 2025-03-21: mailed to 4 of 4 recipients ({out / '2025-03-21.pdf'})\n"
    assert next_day.returncode == 0, next_day.stderr
    assert next_day.stdout.splitlines() == [
        f"chips 2025-03-19: mailed to 4 of 4 recipients ({out / '2025-03-19.pdf'})",
        f"chips {DAY} (owed): mailed to 2 of 4 recipients (2 had it already), the brief mailed earlier"
        f" ({out / (DAY + '.pdf')})",
    ]
    assert (
        again.stdout
        == f"chips 2025-03-19: already mailed to all 4 recipients; nothing sent ({out / '2025-03-19.pdf'})\n"
    )
    first_day = [m for m in inbox.messages() if str(m["Subject"]).endswith(DAY)]
    assert sorted(str(m["To"]) for m in first_day) == PEOPLE  # each once, the two owed included
    assert len({attachment(m) for m in first_day}) == 1  # the same brief, byte for byte
    assert ledger(tmp_path) == dict.fromkeys(PEOPLE, "sent")


# --- No hang: a relay that drips its replies is cut off as one that does not answer ------------------


def dripping_relay(where: str) -> Script:
    """A relay speaking SMTP line by line that, at `where` (greeting, rcpt or end), sends its reply as
    continuation lines, one every 0.1 s for up to 30 s: each byte restarts a socket's timeout."""

    def script(conn: socket.socket, seen: Seen) -> None:
        reader = conn.makefile("rb")

        def drip_reply(code: bytes) -> None:
            ends = time.monotonic() + 30
            while not seen.stop.is_set() and time.monotonic() < ends:
                conn.sendall(code + b"-still thinking\r\n")
                time.sleep(0.1)

        if where == "greeting":
            return drip_reply(b"220")
        conn.sendall(b"220 relay ready\r\n")
        while line := reader.readline():
            verb = line[:4].upper()
            if verb == b"RCPT" and where == "rcpt":
                return drip_reply(b"250")
            if verb == b"DATA":
                conn.sendall(b"354 go ahead\r\n")
                while reader.readline() not in (b".\r\n", b""):
                    pass
                if where == "end":
                    return drip_reply(b"250")
            if verb == b"QUIT":
                return conn.sendall(b"221 bye\r\n")
            conn.sendall(b"250 OK\r\n")
        return None

    return script


@pytest.fixture(scope="module")
def sample_mail(tmp_path_factory: pytest.TempPathFactory) -> Mail:
    return _sample_mail(tmp_path_factory.mktemp("mail"))


@pytest.mark.parametrize("where", ["greeting", "rcpt", "end"])
def test_a_relay_that_drips_its_replies_holds_the_run_no_longer_than_its_deadline(
    where: str, sample_mail: Mail, tmp_path: Path
) -> None:
    # Before: a reply sent a line every 0.1 s never timed out (each line restarts the socket's
    # timeout): the run waited as long as the relay liked. Now the connection's opening (greeting,
    # EHLO, STARTTLS, login) and each message up to its end end within 3 x timeout, and the answer
    # to the end within data_timeout, whatever the relay does.
    from .test_deliver import PEOPLE as NAMED
    from .test_deliver import SENDER

    with raw_server(dripping_relay(where), http=False) as (base, _seen):
        port = int(base.rsplit(":", 1)[1])
        settings = Smtp(host=HOST, port=port, security="none", sender=SENDER, timeout=0.5, data_timeout=1.0)
        started = time.monotonic()
        outcome = deliver(sample_mail, NAMED, settings, Ledger.open(tmp_path / "s.sqlite3"), backoff=(), budget=0)
        took = time.monotonic() - started
    assert took < 10  # the relay would have dripped for 30 s
    assert outcome.sent == ()
    if where == "greeting":
        assert outcome.unknown == {}
        assert outcome.failed == dict.fromkeys(NAMED, f"{HOST}:{port} did not answer within 1.5 s")
        return
    first = "the relay did not answer within 1.5 s"
    if where == "end":
        first = "the relay had the whole message but did not answer within 1 s"
        assert outcome.unknown == {NAMED[0]: first}
    else:
        assert outcome.unknown == {}
        assert outcome.failed[NAMED[0]] == first
    assert {r: outcome.failed[r] for r in NAMED[1:]} == dict.fromkeys(
        NAMED[1:], f"not tried: the connection ended before their turn ({first})"
    )
