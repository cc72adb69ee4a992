"""HTTP for feeds and pages: timeouts, a size limit, a clear User-Agent and conditional requests.

Only http and https, redirects included; no cookies, no authentication. The body is untrusted
bytes: the caller parses it without ever resolving anything it names.
"""

from __future__ import annotations

import http.client
import logging
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import ArticleError

USER_AGENT = f"briefgen/{__version__} (+https://github.com/briefgen/briefgen; news brief builder)"
TIMEOUT = 20.0  # seconds, for connecting and for the whole body
MAX_BYTES = 20_000_000

log = logging.getLogger("briefgen.fetch")


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 when the conditional request found nothing new
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str


def user_agent(contact: str | None = None) -> str:
    """Ours, with the operator's contact when the config gives one (sites like to know whom to ask)."""
    return f"{USER_AGENT[:-1]}; {contact})" if contact else USER_AGENT


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in ("http", "https")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): a feed must not send us to file:// or ftp://."""

    max_redirections = 5

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise urllib.error.URLError(f"redirect to a non-http address refused ({newurl[:80]})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_Redirects())


def get(
    url: str,
    *,
    timeout: float = TIMEOUT,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = "*/*",
    user_agent: str = USER_AGENT,
) -> Response:
    """GET `url`; ArticleError (one line, naming the URL) on any failure."""
    if not is_url(url):
        raise ArticleError(url, "not an http(s) address")
    headers = {"User-Agent": user_agent, "Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    started = time.monotonic()
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            chunks: list[bytes] = []
            size = 0
            # The socket timeout bounds each read; this bounds a server that drips bytes forever.
            while chunk := response.read(65536):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise ArticleError(url, f"larger than {MAX_BYTES // 1_000_000} MB; not read")
                if time.monotonic() - started > 3 * timeout:
                    raise ArticleError(url, f"too slow: not finished after {3 * timeout:g} s")
                chunks.append(chunk)
            result = Response(
                url=response.geturl(),
                status=response.status,
                body=b"".join(chunks),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                content_type=response.headers.get("Content-Type", ""),
            )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            log.info("GET %s: 304 not modified", url)
            return Response(url, 304, b"", etag, last_modified, "")
        if 300 <= exc.code < 400:  # urllib refuses redirects to file:, ftp: and the like before we see them
            target = exc.headers.get("Location", "") if exc.headers else ""
            if is_url(urljoin(url, target)):
                raise ArticleError(url, f"too many redirects (HTTP {exc.code}, last to {target[:80]})") from None
            raise ArticleError(url, f"redirect to a non-http address refused ({target[:80]})") from None
        raise ArticleError(url, f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise ArticleError(url, f"timed out after {timeout:g} s") from None
        raise ArticleError(url, f"cannot be fetched ({reason})") from None
    except TimeoutError:
        raise ArticleError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # reset, bad status line, bad URL
        raise ArticleError(url, f"cannot be fetched ({type(exc).__name__}: {exc})") from None
    log.info("GET %s: %s, %d bytes in %.2f s", url, result.status, len(result.body), time.monotonic() - started)
    return result
