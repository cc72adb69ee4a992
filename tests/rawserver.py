"""A raw TCP server on 127.0.0.1 for servers that misbehave below HTTP: bodies and headers that drip
a byte at a time, bodies shorter than their Content-Length. Each connection runs a script."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Seen:
    """What the server saw: requests, and how each connection ended."""

    requests: list[bytes] = field(default_factory=list)
    hung_up: list[float] = field(default_factory=list)  # seconds into the script when the client left
    finished: int = 0  # scripts that ran to their end (the client waited for everything)
    stop: threading.Event = field(default_factory=threading.Event)


Script = Callable[[socket.socket, Seen], None]


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


@contextmanager
def raw_server(script: Script, *, http: bool = True) -> Iterator[tuple[str, Seen]]:
    """Serve `script` to every connection until the block ends; yields (base URL, what was seen).
    With `http` the request is read first; without, the script speaks first (SMTP)."""
    seen = Seen()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)
    port = listener.getsockname()[1]

    def serve_one(conn: socket.socket) -> None:
        started = time.monotonic()
        with conn:
            if http:
                seen.requests.append(_read_request(conn))
            try:
                script(conn, seen)
            except OSError:  # the client hung up (reset, broken pipe)
                seen.hung_up.append(time.monotonic() - started)
                return
            seen.finished += 1

    def accept() -> None:
        while not seen.stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=serve_one, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}", seen
    finally:
        seen.stop.set()
        thread.join(5)
        listener.close()


def drip(head: bytes, body: bytes, every: float, *, for_seconds: float = 60.0) -> Script:
    """Send `head` at once, then `body` one byte every `every` seconds (for at most `for_seconds`)."""

    def script(conn: socket.socket, seen: Seen) -> None:
        conn.sendall(head)
        ends = time.monotonic() + for_seconds
        for byte in body:
            if seen.stop.is_set() or time.monotonic() > ends:
                return
            conn.sendall(bytes([byte]))
            time.sleep(every)

    return script


def drip_headers(every: float, *, for_seconds: float = 60.0) -> Script:
    """A status line, then one more header line every `every` seconds: the headers never end."""

    def script(conn: socket.socket, seen: Seen) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n")
        ends = time.monotonic() + for_seconds
        n = 0
        while not seen.stop.is_set() and time.monotonic() < ends:
            conn.sendall(b"X-Pad-%d: a\r\n" % n)
            n += 1
            time.sleep(every)

    return script


def short_body(body: bytes, declared: int, headers: bytes = b"") -> Script:
    """A response that promises `declared` bytes, sends `body` (fewer) and closes."""

    def script(conn: socket.socket, seen: Seen) -> None:
        conn.sendall(
            b'HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: "v1"\r\n'
            + headers
            + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % declared
            + body
        )

    return script


def response_head(length: int, content_type: bytes = b"application/rss+xml") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\nContent-Length: %d\r\n\r\n" % length
