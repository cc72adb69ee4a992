"""The website in a real browser: Debian's headless Chromium, driven by Playwright, opens every
page the site links to, served from 127.0.0.1, at a desktop and a phone width.

What must hold: every link resolves, search finds a known brief, nothing scrolls sideways at
375 px, no request leaves the site (requests elsewhere are blocked and counted), no console
error. Chromium: `apt-get install chromium` (.ci/run does it); BRIEFGEN_CHROMIUM names another
binary. BRIEFGEN_SCREENSHOTS=DIR keeps screenshots of the pages (docs/ holds two).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Request, Route, sync_playwright

from briefgen.website import make_site

from .sitedata import TRAP, Recorded

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
# Chromium as the team runs it here: no sandbox (root in a container), no GPU, nothing of its own
# on the network (QUIC, component updates, sync, background requests); Playwright gives each
# launch a fresh, temporary --user-data-dir.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str:
    path = os.environ.get("BRIEFGEN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        pytest.fail(f"{path}: no Chromium; apt-get install -y chromium (as .ci/run does) or set BRIEFGEN_CHROMIUM")
    return path


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the browser closing a connection early (a cancelled font or index chunk) is not news


@dataclass
class Served:
    """The site on 127.0.0.1, and what the browser did while a test looked at it."""

    folder: Path
    base: str
    outside: list[str] = field(default_factory=list)  # requests for anything but the site (blocked)
    errors: list[str] = field(default_factory=list)  # console errors, page errors, failed responses

    def watch(self, context: BrowserContext) -> None:
        def route(route: Route) -> None:
            if route.request.url.startswith(self.base):
                route.continue_()
            else:
                self.outside.append(route.request.url)
                route.abort()

        context.route("**/*", route)

    def watch_page(self, page: Page) -> None:
        def console(message: ConsoleMessage) -> None:
            if message.type == "error":
                self.errors.append(f"console: {message.text} ({page.url})")

        def failed(request: Request) -> None:
            # ERR_ABORTED is the browser dropping what the page it leaves still loads (a favicon);
            # a file missing from the site is an HTTP 404, counted below.
            if request.url.startswith(self.base) and request.failure != "net::ERR_ABORTED":
                self.errors.append(f"failed: {request.url} {request.failure}")

        page.on("console", console)
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error} ({page.url})"))
        page.on("requestfailed", failed)
        page.on(
            "response",
            lambda r: self.errors.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None,
        )
        page.on("dialog", lambda d: self.errors.append(f"dialog: {d.message}"))


@pytest.fixture(scope="module")
def served(recorded_briefs: Recorded, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("web") / "site"
    make_site(folder, recorded_briefs.db)
    handler = functools.partial(Quiet, directory=str(folder))
    server = Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(folder, f"http://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), args=FLAGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def desk(served: Served, browser: Browser) -> Iterator[Page]:
    yield from _page(served, browser, DESKTOP)


@pytest.fixture
def phone(served: Served, browser: Browser) -> Iterator[Page]:
    yield from _page(served, browser, PHONE, mobile=True)


def _page(served: Served, browser: Browser, viewport: dict[str, int], mobile: bool = False) -> Iterator[Page]:
    served.outside.clear()
    served.errors.clear()
    context = browser.new_context(viewport=viewport, is_mobile=mobile, has_touch=mobile, service_workers="block")
    served.watch(context)
    page = context.new_page()
    served.watch_page(page)
    try:
        yield page
    finally:
        context.close()


def crawl(page: Page, served: Served) -> dict[str, list[str]]:
    """Every HTML page reachable from the home page (opened in the browser), and each page's links."""
    todo, seen = [served.base + "index.html"], {}
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        response = page.goto(url, wait_until="load")
        assert response is not None and response.ok, url
        page.evaluate("document.fonts.ready.then(() => true)")
        links = page.eval_on_selector_all(
            "a[href], link[href], script[src], form[action]",
            "els => els.map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action'))",
        )
        # Pagefind's interface makes a few `javascript:void(0)` buttons of links: no address, no request.
        seen[url] = [urldefrag(urljoin(url, link)).url for link in links if not link.startswith("javascript:")]
        todo += [
            u for u in seen[url] if u.startswith(served.base) and urlsplit(u).path.endswith(".html") and u not in seen
        ]
    return seen


def test_every_link_resolves_and_nothing_leaves_the_site(desk: Page, served: Served) -> None:
    pages = crawl(desk, served)
    # Every brief, topic and actor page was reached by following links from the home page.
    expected = {served.base + p.relative_to(served.folder).as_posix() for p in served.folder.rglob("*.html")}
    assert set(pages) == expected
    targets = {u for links in pages.values() for u in links}
    outside = sorted(u for u in targets if not u.startswith(served.base))
    assert outside == []
    for url in sorted(t for t in targets if t not in pages):  # PDFs, calendars, feeds, styles, scripts
        response = desk.request.get(url)
        assert response.ok, url
    assert served.errors == [] and served.outside == []


def test_search_finds_a_known_brief(desk: Page, served: Served) -> None:
    desk.goto(served.base + "index.html")
    desk.fill(".site-search input", "Nvidia")  # said only in the chips brief
    desk.press(".site-search input", "Enter")
    desk.wait_for_selector(".pagefind-ui__result-link")
    links = desk.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
    assert links == [served.base + "topics/chips-export-controls/2025-03-18.html"]
    title = desk.inner_text(".pagefind-ui__result-link")
    assert title == "Chip export controls — Tuesday 18 March 2025"
    desk.click(".pagefind-ui__result-link")
    desk.wait_for_url(links[0])
    assert desk.inner_text("h1") == "Chip export controls"
    # A word of the hostile brief: its markup is found as text, and nothing runs or loads.
    desk.goto(served.base + "search.html?q=ferry")
    desk.wait_for_selector(".pagefind-ui__result-link")
    excerpts = " ".join(desk.eval_on_selector_all(".pagefind-ui__result-excerpt", "els => els.map(e => e.innerHTML)"))
    assert "ferry" in excerpts and "<img" not in excerpts and "<script" not in excerpts
    assert served.errors == [] and served.outside == []
    _screenshot(desk, "search")


def test_hostile_brief_runs_nothing_and_loads_nothing(desk: Page, served: Served) -> None:
    desk.goto(served.base + "topics/hostile/2025-03-17.html")
    text = desk.inner_text("body")
    assert "<script>alert(2)</script>" in text and f'<img src="{TRAP}/img.png"' in text and "{{ 7*7 }}" in text
    assert desk.eval_on_selector_all("img, iframe, b", "els => els.length") == 0
    actor = next(p for p in (served.folder / "actors").glob("anna-example*.html"))
    desk.goto(served.base + f"actors/{actor.name}")
    assert "<script>alert(2)</script>" in desk.inner_text("blockquote")
    assert served.errors == [] and served.outside == []


def test_phone_width_never_scrolls_sideways(phone: Page, served: Served) -> None:
    pages = sorted(served.base + p.relative_to(served.folder).as_posix() for p in served.folder.rglob("*.html"))
    assert len(pages) > 10
    wide = {}
    for url in pages:
        phone.goto(url, wait_until="load")
        phone.evaluate("document.fonts.ready.then(() => true)")  # widths as laid out in the site's font
        if "search.html" in url:
            continue
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide[url] = width
    phone.goto(served.base + "search.html?q=ceasefire")
    phone.wait_for_selector(".pagefind-ui__result-link")
    if phone.evaluate("document.documentElement.scrollWidth") > PHONE["width"]:
        wide["search.html?q=ceasefire"] = phone.evaluate("document.documentElement.scrollWidth")
    assert wide == {}
    phone.goto(served.base + "topics/ukraine/2025-03-18.html")
    # The two-column tables read as one column: the actor above their words.
    actor, words = phone.eval_on_selector(
        ".positions tr",
        "tr => [tr.querySelector('th').getBoundingClientRect(), tr.querySelector('td').getBoundingClientRect()]",
    )
    assert words["top"] >= actor["bottom"] - 1
    _screenshot(phone, "phone-brief")
    phone.goto(served.base + "topics/port/2025-03-18.html")
    _screenshot(phone, "phone-new-since")
    assert served.errors == [] and served.outside == []


def test_desktop_pages_look_like_the_brief(desk: Page, served: Served) -> None:
    desk.goto(served.base + "topics/port/2025-03-18.html")
    # The brief's own font, served by the site.
    desk.evaluate("document.fonts.ready.then(() => true)")
    assert desk.evaluate("[...document.fonts].some(f => f.family.includes('Brief Sans') && f.status === 'loaded')")
    assert desk.inner_text(".note").startswith("New since the brief of 17 March 2025")
    _screenshot(desk, "desktop-brief")
    desk.goto(served.base + "index.html")
    _screenshot(desk, "desktop-home")
    assert served.errors == [] and served.outside == []


def _screenshot(page: Page, name: str) -> None:
    folder = os.environ.get("BRIEFGEN_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"site-{name}.png"), full_page=name.startswith("desktop"))


def test_opened_from_the_file_system_pages_work_and_search_says_it_needs_http(browser: Browser, served: Served) -> None:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto((served.folder / "index.html").as_uri())
        page.click("text=Port Alder strike")
        page.click("text=Tuesday 18 March 2025")
        assert page.url == (served.folder / "topics/port/2025-03-18.html").as_uri()
        assert page.inner_text("h1") == "Port Alder strike"
        page.fill(".site-search input", "strike")
        page.press(".site-search input", "Enter")
        page.wait_for_selector("#search-offline", state="visible")
        assert "through a web server" in page.inner_text("#search-offline")
    finally:
        context.close()
    assert errors == []
