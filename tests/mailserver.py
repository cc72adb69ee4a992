"""A real SMTP server for the tests: aiosmtpd's Controller on a free loopback port, with a handler
that records what it accepted and can misbehave on cue (refuse a recipient, defer, go down)."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@dataclass
class Inbox:
    """The handler: what the server accepted, and how it should misbehave."""

    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # recipient -> reply to RCPT ("550 ...")
    defer: Counter[str] = field(default_factory=Counter)  # recipient -> how many 451s before accepting
    go_down_after: int | None = None  # accept this many messages, then answer 421 and stop listening
    hold_message: int | None = None  # the n-th DATA (1-based) waits for `release`, then is dropped (451)
    hold_accepts: bool = False  # ... or, with this, accepted (250) once released
    hold_rcpt: int | None = None  # the n-th RCPT (1-based) waits for `release`, then is deferred (451)
    rcpts: int = 0
    entered: threading.Event = field(default_factory=threading.Event)  # set when the held DATA arrives
    release: threading.Event = field(default_factory=threading.Event)
    refuse_sender: str | None = None  # reply to every MAIL FROM ("550 ...")
    end_delay: float = 0.0  # seconds before answering the end of a message (the final ".")
    end_delay_only: int | None = None  # ... only for this DATA (1-based); None: every one
    reply_delay: float = 0.0  # seconds before every answer to MAIL, RCPT and DATA (a slow relay)
    rcpt_attempts: Counter[str] = field(default_factory=Counter)
    mail_attempts: int = 0
    controller: Controller | None = None
    datas: int = 0
    down: bool = False

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        self.mail_attempts += 1
        await asyncio.sleep(self.reply_delay)
        if self.refuse_sender:
            return self.refuse_sender
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        self.rcpt_attempts[address] += 1
        self.rcpts += 1
        await asyncio.sleep(self.reply_delay)
        if self.hold_rcpt == self.rcpts:
            self.entered.set()
            while not self.release.is_set():
                await asyncio.sleep(0.02)
            return "451 4.3.0 try again later"
        if address in self.refuse:
            return self.refuse[address]
        if self.defer[address] > 0:
            self.defer[address] -= 1
            return "451 4.2.0 mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.datas += 1
        await asyncio.sleep(self.reply_delay)
        if self.end_delay and self.end_delay_only in (None, self.datas):
            # The relay has queued the whole message; its answer is late (or never reaches the client).
            self.received.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
            await asyncio.sleep(self.end_delay)
            return "250 2.0.0 OK queued"
        if self.down:
            return "421 4.3.2 service shutting down"
        if self.hold_message == self.datas:
            self.entered.set()
            while not self.release.is_set():
                await asyncio.sleep(0.02)
            if not self.hold_accepts:
                return "451 4.3.0 aborted, the message was not kept"
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        if self.go_down_after is not None and len(self.received) >= self.go_down_after:
            # The server goes away for real: later messages get 421, then nothing listens.
            self.down = True
            if self.controller is not None:
                threading.Thread(target=self.controller.stop, daemon=True).start()
        return "250 2.0.0 OK queued"

    def messages(self) -> list[EmailMessage]:
        return [message_from_bytes(data, policy=policy.default) for _, _, data in self.received]  # type: ignore[misc]

    def recipients(self) -> list[str]:
        return sorted(r for _, rcpts, _ in self.received for r in rcpts)


def password_checker(user: str, password: str, echo: bool = False) -> Any:
    """An aiosmtpd authenticator accepting one user; with `echo` its refusal repeats the password
    it was given (a careless relay): briefgen must still never print it."""

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if isinstance(data, LoginPassword) and (data.login, data.password) == (user.encode(), password.encode()):
            return AuthResult(success=True)
        said = data.password.decode() if isinstance(data, LoginPassword) else ""
        message = f"535 5.7.8 bad credentials {said}" if echo else "535 5.7.8 bad credentials"
        return AuthResult(success=False, handled=False, message=message)

    return authenticate


@contextmanager
def smtp_server(inbox: Inbox | None = None, port: int | None = None, **kwargs: Any) -> Iterator[tuple[Inbox, int]]:
    """Run a server until the block ends; `kwargs` go to aiosmtpd (tls_context, authenticator, ...)."""
    inbox = inbox or Inbox()
    port = port or free_port()
    # A generous start-up time: CI machines are shared and busy.
    controller = Controller(inbox, hostname=HOST, port=port, ready_timeout=60.0, **kwargs)
    inbox.controller = controller
    controller.start()
    try:
        yield inbox, port
    finally:
        inbox.release.set()
        if not inbox.down:
            controller.stop()


def server_tls(ca: Any) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(HOST, "localhost").configure_cert(context)
    return context
