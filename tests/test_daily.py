"""Unattended runs through the real CLI in subprocesses, mailing to a real aiosmtpd server:
reruns, a server that goes away, kills, SIGTERM, overlapping runs, dry runs, credentials."""

from __future__ import annotations

import io
import os
import pty
import pwd
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import trustme
from pypdf import PdfReader

from .conftest import CHIPS, ROOT, Runner
from .mailserver import HOST, Inbox, free_port, password_checker, server_tls, smtp_server

DAY = "2025-03-18"
PEOPLE = ["ana@example.org", "bo@example.org", "cy@example.net", "dee@example.com"]


def write_config(
    folder: Path,
    port: int,
    recipients: list[str],
    *,
    broken: bool = False,
    smtp: str = 'security = "none"',
    sources: Path = CHIPS,
) -> Path:
    listed = ", ".join(f'"{r}"' for r in recipients)
    text = f"""
output = "output"

[smtp]
host = "{HOST}"
port = {port}
sender = "Briefs <briefs@example.org>"
{smtp}

[topics.chips]
title = "Chip export controls"
keywords = ["chip", "semiconductor", "export control"]
sources = ["{sources}"]
recipients = [{listed}]
"""
    if broken:
        text += '\n[topics.broken]\nsources = ["no-such-folder"]\nrecipients = ["ana@example.org"]\n'
    path = folder / "briefgen.toml"
    path.write_text(text, encoding="utf-8")
    return path


def mails(*inboxes: Inbox) -> list[str]:
    """Every recipient of every message the servers accepted, sorted: duplicates show."""
    return sorted(r for inbox in inboxes for r in inbox.recipients())


def attachment(msg: EmailMessage) -> bytes:
    (pdf,) = list(msg.iter_attachments())
    data = pdf.get_content()
    assert isinstance(data, bytes)
    return data


def ledger(tmp_path: Path) -> dict[str, str]:
    with sqlite3.connect(tmp_path / "store.sqlite3") as db:
        return dict(db.execute("SELECT recipient, status FROM mail_deliveries WHERE topic = 'chips'").fetchall())


def popen(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")} | (env or {})
    return subprocess.Popen(
        [sys.executable, "-m", "briefgen", *args],
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


SEND_ALL = ("build", "--all", "--send", "--date", DAY, "--db", "store.sqlite3")
SEND_CHIPS = ("send", "--topic", "chips", "--date", DAY, "--db", "store.sqlite3")


def test_two_runs_mail_each_recipient_once_and_a_broken_topic_does_not_stop_the_others(
    tmp_path: Path, run_cli: Runner
) -> None:
    with smtp_server() as (inbox, port):
        write_config(tmp_path, port, PEOPLE[:3], broken=True)
        first = run_cli(*SEND_ALL)
        second = run_cli(*SEND_ALL)
        quiet = run_cli(*SEND_ALL, "--quiet")
    pdf = tmp_path / "output" / "chips" / f"{DAY}.pdf"
    assert first.returncode == 1, first.stderr
    assert first.stdout == f"chips {DAY}: mailed to 3 of 3 recipients ({pdf})\n"
    errors = first.stderr.splitlines()
    assert errors[0].startswith("briefgen: error: broken: ") and "no-such-folder" in errors[0]
    assert errors[-1] == "briefgen: error: 1 of 2 topics failed: broken"
    assert "\r" not in first.stderr and "\x1b" not in first.stderr  # no progress display off a terminal
    assert second.returncode == 1
    assert second.stdout == f"chips {DAY}: already mailed to all 3 recipients; nothing sent ({pdf})\n"
    assert quiet.returncode == 1 and quiet.stdout == "" and "broken" in quiet.stderr
    assert mails(inbox) == PEOPLE[:3]
    messages = inbox.messages()
    assert {m["Subject"] for m in messages} == {f"Chip export controls brief — {DAY}"}
    assert {attachment(m) for m in messages} == {pdf.read_bytes()}
    assert ledger(tmp_path) == dict.fromkeys(PEOPLE[:3], "sent")
    listed = run_cli("deliveries", "--topic", "chips", "--db", "store.sqlite3")
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[:5] for line in listed.stdout.splitlines()] == [
        [DAY, "chips", person, "sent", "1 attempt"] for person in PEOPLE[:3]
    ]


def test_server_stopped_mid_batch_then_a_rerun_serves_only_the_rest(tmp_path: Path, run_cli: Runner) -> None:
    port = free_port()
    write_config(tmp_path, port, PEOPLE)
    with smtp_server(Inbox(go_down_after=2), port=port) as (before, _):
        failed = run_cli(*SEND_ALL)
    pdf = tmp_path / "output" / "chips" / f"{DAY}.pdf"
    assert failed.returncode == 1
    assert failed.stdout == f"chips {DAY}: mailed to 2 of 4 recipients ({pdf})\n"
    error = failed.stderr.splitlines()[0]
    assert error.startswith(f"briefgen: error: chips {DAY}: not sent to 2 recipients: cy@example.net")
    assert "dee@example.com (" in error and error.endswith("a rerun sends only to them")
    assert "ana@example.org" not in error and "bo@example.org" not in error
    assert pdf.read_bytes().startswith(b"%PDF")  # the brief stays
    assert mails(before) == PEOPLE[:2]
    mailed = pdf.read_bytes()
    with smtp_server(port=port) as (after, _):
        rerun = run_cli(*SEND_ALL)
    assert rerun.returncode == 0, rerun.stderr
    assert (
        rerun.stdout
        == f"chips {DAY}: mailed to 2 of 4 recipients (2 had it already), the brief mailed earlier ({pdf})\n"
    )
    assert pdf.read_bytes() == mailed  # not rebuilt: the rest get what the first two got
    assert mails(after) == PEOPLE[2:]
    assert mails(before, after) == PEOPLE  # each exactly once
    # Everyone got the same brief, byte for byte.
    assert len({attachment(m) for m in before.messages() + after.messages()}) == 1


def test_a_run_killed_while_the_relay_holds_a_message_leaves_it_unknown_not_resent_blindly(tmp_path: Path) -> None:
    # The 2nd message is whole at the relay, its answer pending, when the run is killed: whether the
    # relay kept it nobody can tell (this one drops it). It is `unknown`: a rerun serves the rest,
    # names it, and sends it again only when asked.
    inbox = Inbox(hold_message=2)
    with smtp_server(inbox) as (_, port):
        write_config(tmp_path, port, PEOPLE[:3])
        run = popen(tmp_path, *SEND_ALL)
        assert inbox.entered.wait(240), run.communicate()
        run.send_signal(signal.SIGKILL)
        run.communicate()
        inbox.release.set()
        assert ledger(tmp_path) == {"ana@example.org": "sent", "bo@example.org": "unknown"}
        assert mails(inbox) == ["ana@example.org"]
        rerun = popen(tmp_path, *SEND_ALL)
        out, err = rerun.communicate(timeout=240)
        assert rerun.returncode == 1
        assert "mailed to 1 of 3 recipients (1 had it already), outcome unknown for 1" in out
        assert f"chips {DAY}: outcome unknown for 1 recipient: bo@example.org (since " in err
        asked = popen(tmp_path, *SEND_CHIPS, "--resend-unknown")
        out, err = asked.communicate(timeout=240)
    assert asked.returncode == 0, err
    assert "mailed to 1 of 3 recipients (2 had it already)" in out
    assert mails(inbox) == PEOPLE[:3]  # the held one sent again, as asked; nobody twice


def test_a_run_killed_before_the_end_of_a_message_sends_it_again(tmp_path: Path) -> None:
    """Killed while the relay holds the 2nd RCPT: the row stays `sending`, the relay kept nothing
    (it never saw the message's end), and the next run sends it by itself."""
    inbox = Inbox(hold_rcpt=2)
    with smtp_server(inbox) as (_, port):
        write_config(tmp_path, port, PEOPLE[:3])
        run = popen(tmp_path, *SEND_ALL)
        assert inbox.entered.wait(240), run.communicate()
        run.send_signal(signal.SIGKILL)
        run.communicate()
        inbox.release.set()
        assert ledger(tmp_path) == {"ana@example.org": "sent", "bo@example.org": "sending"}
        rerun = popen(tmp_path, *SEND_ALL)
        out, err = rerun.communicate(timeout=240)
    assert rerun.returncode == 0, err
    assert "mailed to 2 of 3 recipients (1 had it already)" in out
    assert mails(inbox) == PEOPLE[:3]


def test_sigterm_finishes_the_message_in_flight_and_stops(tmp_path: Path, run_cli: Runner) -> None:
    inbox = Inbox(hold_message=1, hold_accepts=True)
    with smtp_server(inbox) as (_, port):
        write_config(tmp_path, port, PEOPLE[:3])
        run = popen(tmp_path, *SEND_ALL)
        assert inbox.entered.wait(240), run.communicate()
        run.send_signal(signal.SIGTERM)
        inbox.release.set()
        _, err = run.communicate(timeout=240)
        assert run.returncode == 143, err
        assert err.splitlines() == [
            f"briefgen: error: chips {DAY}: stopped by SIGTERM; not sent to bo@example.org, cy@example.net (a rerun sends them)",
            "briefgen: error: stopped by SIGTERM; not finished: chips (a rerun completes them)",
        ]
        assert mails(inbox) == ["ana@example.org"]
        assert ledger(tmp_path)["ana@example.org"] == "sent"
        rerun = run_cli(*SEND_ALL)
    assert rerun.returncode == 0, rerun.stderr
    assert mails(inbox) == PEOPLE[:3]


def test_overlapping_runs_wait_or_exit_and_never_mail_twice(tmp_path: Path) -> None:
    inbox = Inbox(hold_message=1, hold_accepts=True)  # the first run is mid-mailing while others start
    with smtp_server(inbox) as (_, port):
        write_config(tmp_path, port, PEOPLE[:3])
        first = popen(tmp_path, *SEND_ALL)
        assert inbox.entered.wait(240), first.communicate()
        impatient = popen(tmp_path, *SEND_ALL, "--wait", "0")
        out, err = impatient.communicate(timeout=240)
        assert impatient.returncode == 75, err
        assert out == ""
        assert err.startswith(f"briefgen: another briefgen run (pid {first.pid}, since ")
        assert err.endswith("nothing done (exit 75: try later)\n") and len(err.splitlines()) == 1
        patient = popen(tmp_path, *SEND_ALL, "--wait", "300")
        inbox.release.set()
        first_out, first_err = first.communicate(timeout=240)
        patient_out, patient_err = patient.communicate(timeout=240)
    assert first.returncode == 0, first_err
    assert "mailed to 3 of 3 recipients" in first_out
    assert patient.returncode == 0, patient_err
    assert "already mailed to all 3 recipients; nothing sent" in patient_out
    assert mails(inbox) == PEOPLE[:3]


def test_build_topic_send_builds_then_mails(tmp_path: Path, run_cli: Runner) -> None:
    with smtp_server() as (inbox, port):
        write_config(tmp_path, port, PEOPLE[:2])
        result = run_cli(
            "build", "--topic", "chips", "--date", DAY, "--send", "--db", "store.sqlite3", "--out", "c.pdf"
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"chips {DAY}: mailed to 2 of 2 recipients (c.pdf)\n"
    assert {attachment(m) for m in inbox.messages()} == {(tmp_path / "c.pdf").read_bytes()}
    assert mails(inbox) == PEOPLE[:2]


def test_dry_run_writes_eml_files_that_parse_back(tmp_path: Path, run_cli: Runner) -> None:
    config = write_config(tmp_path, 25, ["Ana Alves <ana@example.org>", "bo@example.org"])
    config.write_text(config.read_text().replace(f'host = "{HOST}"\n', ""))  # a dry run needs no relay
    result = run_cli(*SEND_CHIPS, "--dry-run", "mails")
    assert result.returncode == 0, result.stderr
    paths = [tmp_path / line for line in result.stdout.splitlines()]
    assert [p.name for p in paths] == [f"chips-{DAY}-ana@example.org.eml", f"chips-{DAY}-bo@example.org.eml"]
    for path, to in zip(paths, ["Ana Alves <ana@example.org>", "bo@example.org"], strict=True):
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert isinstance(msg, EmailMessage)
        assert msg["Subject"] == f"Chip export controls brief — {DAY}"
        assert msg["To"] == to and msg["From"] == "Briefs <briefs@example.org>"
        text, html = msg.get_body(("plain",)), msg.get_body(("html",))
        assert text is not None and "SITUATION" in text.get_content() and "SOURCES" in text.get_content()
        assert html is not None and ">Situation</h2>" in html.get_content()
        data = attachment(msg)
        assert data.startswith(b"%PDF") and len(PdfReader(io.BytesIO(data)).pages) == 1
    # The brief is recorded (for `briefgen site`) and the articles it read remembered; no delivery
    # is: nothing was sent.
    with sqlite3.connect(tmp_path / "store.sqlite3") as connection:
        recorded = connection.execute("SELECT COUNT(*) FROM brief_records").fetchone()
        delivered = connection.execute("SELECT COUNT(*) FROM mail_deliveries").fetchone()
    assert recorded == (1,) and delivered == (0,)


def test_send_mails_the_pdf_already_built_and_refuses_one_that_does_not_match(tmp_path: Path, run_cli: Runner) -> None:
    with smtp_server() as (inbox, port):
        write_config(tmp_path, port, PEOPLE[:1])
        built = run_cli("build", "--topic", "chips", "--date", DAY)
        assert built.returncode == 0, built.stderr
        pdf = Path(built.stdout.strip())
        other = run_cli("build", "--topic", "chips", "--date", "2025-03-19", "--out", "other.pdf")
        assert other.returncode == 0, other.stderr
        original = pdf.read_bytes()
        pdf.write_bytes((tmp_path / "other.pdf").read_bytes())
        refused = run_cli(*SEND_CHIPS)
        assert refused.returncode == 1 and inbox.received == []
        assert "not the brief its sources give now" in refused.stderr
        assert f"briefgen build --topic chips --date {DAY} --send" in refused.stderr
        pdf.write_bytes(original)
        sent = run_cli(*SEND_CHIPS)
    assert sent.returncode == 0, sent.stderr
    (msg,) = inbox.messages()
    assert attachment(msg) == original


def test_credentials_from_the_environment_and_a_refused_login_never_shows_the_password(
    tmp_path: Path, run_cli: Runner
) -> None:
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    auth = password_checker("robot", "Right-Pa55", echo=True)  # this relay repeats what it was given
    with smtp_server(tls_context=server_tls(ca), require_starttls=True, authenticator=auth) as (inbox, port):
        write_config(tmp_path, port, PEOPLE[:2], smtp='security = "starttls"\nca_file = "ca.pem"')
        wrong = {"BRIEFGEN_SMTP_USER": "robot", "BRIEFGEN_SMTP_PASSWORD": "Wr0ng-Secret!"}
        refused = run_cli(*SEND_CHIPS, "-v", env=wrong)
        right = run_cli(*SEND_CHIPS, "-v", env={**wrong, "BRIEFGEN_SMTP_PASSWORD": "Right-Pa55"})
    assert refused.returncode == 1
    assert "refused the login of robot (535" in refused.stderr
    assert "not sent to 2 recipients" in refused.stderr
    for output in (refused.stdout, refused.stderr, right.stdout, right.stderr):
        assert "Wr0ng-Secret!" not in output and "Right-Pa55" not in output
    assert right.returncode == 0, right.stderr
    assert "logged in to 127.0.0.1" in right.stderr  # -v logs the steps
    assert mails(inbox) == PEOPLE[:2]


def test_mail_configuration_errors_name_the_file(tmp_path: Path, run_cli: Runner) -> None:
    config = write_config(tmp_path, 25, ["bob@"])
    result = run_cli(*SEND_CHIPS)
    assert result.returncode == 2
    line = config.read_text().splitlines().index('recipients = ["bob@"]') + 1
    assert result.stderr == (
        f"briefgen: error: {config.name}:{line}: [topics.chips] recipients, item 1: 'bob@' is not an email address\n"
    )
    write_config(tmp_path, 25, PEOPLE[:1], smtp='security = "tls"')
    result = run_cli(*SEND_CHIPS)
    assert "[smtp] security: must be one of 'none', 'starttls' or 'ssl' (got 'tls')" in result.stderr
    write_config(tmp_path, 25, PEOPLE[:1])
    result = run_cli("send", "--topic", "elsewhere", "--db", "store.sqlite3")
    assert result.returncode == 1 and "no [topics.elsewhere]" in result.stderr
    result = run_cli("build", "--all", "--topic", "chips", "--send")
    assert result.returncode == 2 and "--all builds every configured topic" in result.stderr
    result = run_cli("build", "--topic", "chips", "--send", "--format", "json")
    assert result.returncode == 2 and "--send mails the PDF brief" in result.stderr
    result = run_cli("build", "--topic", "chips", "--dry-run", "mails")
    assert result.returncode == 2 and "--dry-run goes with --send" in result.stderr


def test_build_all_without_send_prints_each_path(tmp_path: Path, run_cli: Runner) -> None:
    """--all without --send builds every topic and prints each path, like build; no store, no mail."""
    write_config(tmp_path, 25, PEOPLE[:1], broken=True)
    result = run_cli("build", "--all", "--date", DAY)
    assert result.returncode == 1
    assert result.stdout == f"{tmp_path / 'output' / 'chips' / (DAY + '.pdf')}\n"
    assert "1 of 2 topics failed: broken" in result.stderr
    assert not (tmp_path / "store.sqlite3").exists()


def docs_block(caption: str) -> str:
    """The first fenced block after the line of docs/operations.md that contains `caption`."""
    text = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    after = text[text.index(caption) :]
    return after.split("```", 2)[1].split("\n", 1)[1]


def test_documented_crontab_line_and_systemd_units_work_as_written(tmp_path: Path) -> None:
    venv = Path(sys.prefix)
    if not (venv / "bin" / "briefgen").is_file():
        pytest.skip("briefgen is not installed as a script in this environment")
    srv = tmp_path / "srv"
    srv.mkdir()
    (srv / ".venv").symlink_to(venv)
    (srv / "smtp.env").write_text("BRIEFGEN_SMTP_USER=robot\nBRIEFGEN_SMTP_PASSWORD=cron-Pa55\n")
    check = password_checker("robot", "cron-Pa55")
    logins: list[bool] = []

    def auth(*args: Any) -> Any:  # records that the run logged in with smtp.env's credentials
        result = check(*args)
        logins.append(result.success)
        return result

    with smtp_server(authenticator=auth, auth_require_tls=False) as (inbox, port):
        write_config(srv, port, PEOPLE[:2])
        cron = docs_block("### cron").strip()
        assert cron.startswith("30 6 * * * ")
        command = cron.split(" ", 5)[5].replace("/srv/briefgen", str(srv))
        # cron's environment: a bare PATH and HOME, nothing of ours (the store goes to HOME's data folder).
        bare = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SHELL": "/bin/sh", "LANG": "C.UTF-8"}
        first = subprocess.run(["/bin/sh", "-c", command], env=bare, capture_output=True, text=True, timeout=300)
        second = subprocess.run(["/bin/sh", "-c", command], env=bare, capture_output=True, text=True, timeout=300)
    assert (first.returncode, first.stdout, first.stderr) == (0, "", "")
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    assert mails(inbox) == PEOPLE[:2]
    assert logins == [True]  # the first run logged in; the second had nothing to send
    assert list(tmp_path.glob(".local/share/briefgen/briefgen.sqlite3"))

    units = tmp_path / "units"
    units.mkdir()
    user = pwd.getpwuid(os.getuid()).pw_name
    for name in ("briefgen.service", "briefgen.timer"):
        unit = docs_block(f"/etc/systemd/system/{name}`").replace("/srv/briefgen", str(srv))
        (units / name).write_text(unit.replace("User=briefgen", f"User={user}"))
    service = (units / "briefgen.service").read_text()
    assert "ExecStart=" + str(srv) + "/.venv/bin/briefgen build --all --send --quiet" in service
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed: the units were not verified")
    verify = subprocess.run(
        [analyze, "verify", str(units / "briefgen.service"), str(units / "briefgen.timer")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verify.returncode == 0, verify.stderr


def test_progress_is_shown_on_a_terminal_only(tmp_path: Path) -> None:
    master, slave = pty.openpty()
    with smtp_server() as (inbox, port):
        write_config(tmp_path, port, PEOPLE[:2])
        environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
        run = subprocess.run(
            [sys.executable, "-m", "briefgen", *SEND_ALL],
            cwd=tmp_path,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=slave,
            text=True,
            timeout=300,
        )
    os.close(slave)
    screen = b""
    while select.select([master], [], [], 0)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
    os.close(master)
    assert run.returncode == 0
    shown = screen.decode()
    assert "\r\x1b[Kchips: building…" in shown and "\r\x1b[Kchips: mailing 2/2…" in shown
    assert shown.endswith("\r\x1b[K")  # cleared before the result line
    assert run.stdout.startswith(f"chips {DAY}: mailed to 2 of 2 recipients")
    assert mails(inbox) == PEOPLE[:2]
