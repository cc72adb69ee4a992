"""Reader for web pages: the main text, title, date and site name, by trafilatura.

trafilatura only processes the HTML it is given (no downloads of its own: briefgen fetched the
page). The HTML is untrusted; only extracted text leaves this module.
"""

from __future__ import annotations

import contextlib
import logging
from email.message import Message
from types import SimpleNamespace
from typing import Any

from ..errors import ArticleError
from ..text import is_heading
from .base import Entry, make_article, parse_time, short_id, text_paragraphs

# trafilatura and its helpers (htmldate, courlan) log parser complaints: hostile HTML is normal here.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def parse_page(html: bytes | str, url: str, content_type: str = "") -> Entry:
    import trafilatura  # heavy: loaded only when a page is read

    charset = Message()
    charset["content-type"] = content_type
    encoding = charset.get_content_charset()
    if isinstance(html, bytes) and encoding:  # the server's word first; else trafilatura guesses
        with contextlib.suppress(LookupError):  # an unknown charset name: let trafilatura guess
            html = html.decode(encoding, errors="replace")

    document: Any
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=True,
        )
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise ArticleError(url, f"the page cannot be read ({type(exc).__name__})") from None
    if isinstance(document, dict):  # older trafilatura versions return a dict
        document = SimpleNamespace(**document)
    if document is None or not getattr(document, "text", None):
        raise ArticleError(url, "no article text found on the page")
    day, exact = parse_time(getattr(document, "date", None))
    # Headings and captions come out of trafilatura as lines of their own: not body text.
    lines = [line for line in str(document.text).split("\n") if line.strip() and not is_heading(line.strip())]
    article = make_article(
        url,
        article_id=short_id(url),
        title=getattr(document, "title", None) or "",
        paragraphs=text_paragraphs("\n\n".join(lines)),
        outlet=getattr(document, "sitename", None) or getattr(document, "hostname", None),
        published=day,
        url=url,
    )
    return Entry(article, exact)
