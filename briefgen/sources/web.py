"""HTTP for feeds and pages: deadlines, size limits, a clear User-Agent and conditional requests.

Only http and https, redirects included; no cookies. A user name and password written in a feed's
address (`https://user:secret@host/feed`) are sent as HTTP Basic authentication, only to that
host, and shown everywhere as `user:***`. The body is untrusted bytes: the caller parses it without
ever resolving anything it names.

Every request has a wall-clock deadline (three timeouts, or what is left of its source's budget,
whichever comes first): a watchdog shuts the connection when it passes, so neither a server that
drips its headers or body a byte at a time nor one that stops mid-way can hold a run.
"""

from __future__ import annotations

import base64
import http.client
import logging
import socket
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.client import HTTPMessage
from typing import IO, Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from .. import __version__
from ..deadline import Deadline
from ..errors import ArticleError

USER_AGENT = f"briefgen/{__version__} (+https://github.com/briefgen/briefgen; news brief builder)"
TIMEOUT = 20.0  # seconds to connect and for each read; a request ends after three of them
MAX_BYTES = 20_000_000

log = logging.getLogger("briefgen.fetch")


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # after redirects, as shown (no password)
    status: int  # 200, or 304 when the conditional request found nothing new
    body: bytes  # decoded when the server sent it gzip- or deflate-encoded
    etag: str | None
    last_modified: str | None
    content_type: str


@dataclass(slots=True)
class Budget:
    """What one source may still spend, all its requests together: seconds and bytes."""

    seconds: float
    max_bytes: int
    deadline: float = field(init=False)  # time.monotonic() when the budget is spent
    used: int = 0  # bytes received so far

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.seconds

    def spent(self) -> str | None:
        """Why nothing more may be fetched for this source, or None."""
        if time.monotonic() >= self.deadline:
            return f"the source's budget of {self.seconds:g} s is spent"
        if self.used >= self.max_bytes:
            return f"the source's budget of {self.max_bytes / 1_000_000:g} MB is spent"
        return None


class HTTPStatusError(ArticleError):
    """The server answered with an error status (404, 500, ...)."""

    def __init__(self, url: str, status: int, reason: str) -> None:
        super().__init__(url, f"HTTP {status} {reason}")
        self.status = status

    @property
    def gone(self) -> bool:
        """The address has nothing and will not (404 Not Found, 410 Gone): no use asking again."""
        return self.status in (404, 410)


def user_agent(contact: str | None = None) -> str:
    """Ours, with the operator's contact when the config gives one (sites like to know whom to ask)."""
    return f"{USER_AGENT[:-1]}; {contact})" if contact else USER_AGENT


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in ("http", "https")


def redact(url: str) -> str:
    """`http://user:***@host/feed` for `http://user:secret@host/feed`; anything else as it is."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if not at:
        return url
    user, colon, _ = userinfo.partition(":")
    return f"{scheme}://{user}{':***' if colon else ''}@{host}{slash}{path}"


def address_problem(url: str) -> str | None:
    """Why `url` cannot be requested (a port out of range, no host, a broken IPv6 literal), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError as exc:
        return str(exc).lower().replace("port could not be cast to integer value as", "port not a number:")
    if parts.scheme.lower() not in ("http", "https"):
        return "not an http(s) address"
    if not parts.hostname:
        return "no host name"
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        return "spaces or control characters in it"
    return None


def _credentials(url: str) -> tuple[str, str | None]:
    """The address without its user name and password, and the Basic authorization they make."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, host = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    token = base64.b64encode(f"{unquote(user)}:{unquote(password)}".encode()).decode("ascii")
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment)), f"Basic {token}"


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): a feed must not send us to file:// or ftp://. A login goes
    only to the host it was written for, never on to another."""

    max_redirections = 5

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise urllib.error.URLError(f"redirect to a non-http address refused ({redact(newurl)[:80]})")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and urlsplit(new.full_url).netloc.lower() != urlsplit(req.full_url).netloc.lower():
            new.remove_header("Authorization")
        return new


class _Watch(Deadline):
    """The request's deadline, for every socket of the request (redirects, TLS included)."""

    def connection(self, base: type[http.client.HTTPConnection]) -> Callable[..., http.client.HTTPConnection]:
        """A connection class for urllib whose sockets, plain and TLS, this watch can shut."""
        watch = self

        def make(host: str, **kwargs: Any) -> http.client.HTTPConnection:
            connection = base(host, **kwargs)
            create = connection._create_connection  # type: ignore[attr-defined]
            connection._create_connection = lambda *a, **k: watch.attach(create(*a, **k))  # type: ignore[attr-defined]
            plain_connect = connection.connect

            def connect() -> None:
                plain_connect()
                if connection.sock is not None:  # the TLS socket wraps (and replaces) the plain one
                    watch.attach(connection.sock)

            connection.connect = connect  # type: ignore[method-assign]
            return connection

        return make


class _Http(urllib.request.HTTPHandler):
    def __init__(self, watch: _Watch) -> None:
        super().__init__()
        self.watch = watch

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self.watch.connection(http.client.HTTPConnection), req)


class _Https(urllib.request.HTTPSHandler):
    def __init__(self, watch: _Watch) -> None:
        super().__init__()
        self.watch = watch

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self.watch.connection(http.client.HTTPSConnection), req)


def _decoded(body: bytes, encoding: str, limit: int, shown: str) -> bytes:
    """The body as the server meant it: gzip and deflate undone (within `limit`: a small body that
    inflates to gigabytes is refused), other encodings refused."""
    if encoding in ("", "identity"):
        return body
    if encoding in ("gzip", "x-gzip", "deflate"):
        tries = (31,) if encoding != "deflate" else (15, -15)  # deflate: zlib-wrapped, or raw as some send it
        for wbits in tries:
            inflater = zlib.decompressobj(wbits)
            try:
                data = inflater.decompress(body, limit + 1)
            except zlib.error:
                continue
            if len(data) > limit or inflater.unconsumed_tail:
                raise ArticleError(
                    shown, f"its {encoding} body inflates to more than {limit // 1_000_000} MB; not read"
                )
            data += inflater.flush()
            if not inflater.eof:
                raise ArticleError(shown, f"its {encoding} body is cut short; not used")
            return data
        raise ArticleError(shown, f"its body is not valid {encoding} data; not read")
    raise ArticleError(shown, f"sent in the {encoding!r} encoding, which briefgen does not read; not read")


def get(
    url: str,
    *,
    timeout: float = TIMEOUT,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = "*/*",
    user_agent: str = USER_AGENT,
    max_bytes: int = MAX_BYTES,
    budget: Budget | None = None,
) -> Response:
    """GET `url`; ArticleError (one line, naming the URL without its password) on any failure.

    The request ends after 3 x `timeout` seconds (or when `budget` runs out, if sooner) whatever
    the server does; a body shorter than its Content-Length is a failure, never a response."""
    shown = redact(url)
    problem = address_problem(url)
    if problem:
        raise ArticleError(shown, f"not a valid address ({problem})")
    if budget is not None and (why := budget.spent()):
        raise ArticleError(shown, f"not fetched: {why}")
    target, authorization = _credentials(url)
    headers = {"User-Agent": user_agent, "Accept": accept}
    if authorization:
        headers["Authorization"] = authorization
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    limit_bytes = max_bytes if budget is None else max(0, min(max_bytes, budget.max_bytes - budget.used))
    started = time.monotonic()
    own_deadline = started + 3 * timeout
    budget_first = budget is not None and budget.deadline < own_deadline
    watch = _Watch(budget.deadline if budget is not None and budget_first else own_deadline)

    def too_slow() -> ArticleError:
        if budget_first and budget is not None:
            return ArticleError(shown, f"stopped: the source's budget of {budget.seconds:g} s is spent")
        return ArticleError(shown, f"too slow: not finished after {3 * timeout:g} s")

    opener = urllib.request.build_opener(_Redirects(), _Http(watch), _Https(watch))
    request = urllib.request.Request(target, headers=headers)
    size = 0
    try:
        with opener.open(request, timeout=timeout) as response:
            chunks: list[bytes] = []
            while chunk := response.read1(65536):
                size += len(chunk)
                if size > limit_bytes:
                    if limit_bytes < max_bytes and budget is not None:
                        raise ArticleError(
                            shown, f"stopped: the source's budget of {budget.max_bytes / 1_000_000:g} MB is spent"
                        )
                    raise ArticleError(shown, f"larger than {max_bytes / 1_000_000:g} MB; not read")
                chunks.append(chunk)
            if watch.expired:
                raise too_slow()
            declared = _length(response.headers.get("Content-Length"))
            if declared is not None and size < declared:
                raise ArticleError(
                    shown, f"the body ended after {size:,} of its {declared:,} bytes (the connection closed); not used"
                )
            body = _decoded(
                b"".join(chunks), response.headers.get("Content-Encoding", "").strip().lower(), max_bytes, shown
            )
            result = Response(
                url=redact(response.geturl()),
                status=response.status,
                body=body,
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                content_type=response.headers.get("Content-Type", ""),
            )
    except ArticleError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            log.info("GET %s: 304 not modified", shown)
            return Response(shown, 304, b"", etag, last_modified, "")
        if 300 <= exc.code < 400:  # urllib refuses redirects to file:, ftp: and the like before we see them
            where = redact(exc.headers.get("Location", "") if exc.headers else "")
            if is_url(urljoin(target, where)):
                raise ArticleError(shown, f"too many redirects (HTTP {exc.code}, last to {where[:80]})") from None
            raise ArticleError(shown, f"redirect to a non-http address refused ({where[:80]})") from None
        raise HTTPStatusError(shown, exc.code, str(exc.reason)) from None
    except Exception as exc:  # the network, the server or a broken address: never a crash
        if watch.expired:
            raise too_slow() from None
        raise ArticleError(shown, _reason(exc, timeout, size)) from None
    finally:
        watch.cancel()
        if budget is not None:
            budget.used += size
    log.info("GET %s: %s, %d bytes in %.2f s", shown, result.status, len(result.body), time.monotonic() - started)
    return result


def _length(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _reason(exc: BaseException, timeout: float, size: int) -> str:
    """What went wrong with a request, in a few words (never the password: urllib's messages name
    the host only, and the address was stripped of its login before the request)."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, http.client.IncompleteRead):
        return f"the body ended after {size:,} bytes, before its end (the connection closed); not used"
    if isinstance(reason, str):
        return f"cannot be fetched ({reason})"
    return f"cannot be fetched ({type(reason).__name__}: {reason})"
