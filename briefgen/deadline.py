"""A wall-clock deadline for a network exchange. A socket's timeout bounds each read, not the
exchange: a server that sends one byte every so often restarts it forever. A `Deadline` shuts the
sockets attached to it when its moment passes, which ends at once any read or write blocked on
them; the caller then sees a closed connection and asks `expired` why."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from types import TracebackType


class Deadline:
    """Shuts every attached socket at `at` (a time.monotonic() value) unless cancelled first."""

    def __init__(self, at: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, at - time.monotonic()), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def attach(self, sock: socket.socket) -> socket.socket:
        """Watch `sock` too; TimeoutError (and `sock` shut) when the deadline has already passed."""
        with self._lock:
            if self.expired:
                shut(sock)
                raise TimeoutError("the deadline passed")
            self._sockets.append(sock)
        return sock

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()

    def __enter__(self) -> Deadline:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.cancel()


def shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed, detached (wrapped in TLS), or never connected
        sock.shutdown(socket.SHUT_RDWR)
