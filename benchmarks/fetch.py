"""Speed of `briefgen fetch` and of a build from the store, on generated feeds served locally.

For each size N: generate N articles (benchmarks/generate.py), publish them as one RSS feed
with the full text on an http.server on 127.0.0.1, then time in this process: the first fetch
into an empty SQLite store, a second fetch (answered 304 thanks to the ETag), a fetch with the
validators forgotten (every entry parsed and found already stored), and a JSON build from the
store. Nothing is asserted about timing: the table is for reading.

    python benchmarks/fetch.py [--sizes 100,1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # a script next to this one, not a package

from briefgen.config import Source, Topic
from briefgen.fetch import fetch
from briefgen.pipeline import build
from briefgen.sources import collect


def rss(folder: Path, base: str) -> bytes:
    items = []
    for n, article in enumerate(collect([folder]).articles):
        day = article.published or date(2025, 3, 18)
        when = format_datetime(datetime(day.year, day.month, day.day, 8, n % 60, tzinfo=UTC))
        html = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
        items.append(
            f"<item><title>{escape(article.title)}</title><link>{base}/a/{n}</link><pubDate>{when}</pubDate>"
            f"<source url='{base}'>{escape(article.outlet or 'Wire')}</source>"
            f"<description>{escape(html)}</description></item>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Bench</title>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def serve(body: bytes) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.headers.get("If-None-Match") == '"bench"':
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", '"bench"')
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def run(n: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "articles", Path(tmp) / "store.sqlite3"
        generate(folder, n, seed)
        body = rss(folder, "https://bench.example")  # entry links are never followed
        server, base = serve(body)
        topic = Topic("bench", "Ceasefire talks", (), (), (Source("feed", f"{base}/feed.xml"),))
        try:
            timings = {}
            start = time.perf_counter()
            first = fetch([topic], db).reports[0]
            timings["first fetch"] = time.perf_counter() - start
            start = time.perf_counter()
            second = fetch([topic], db).reports[0]
            timings["304 fetch"] = time.perf_counter() - start
            with sqlite3.connect(db) as connection:
                connection.execute("DELETE FROM http_cache")
            start = time.perf_counter()
            third = fetch([topic], db).reports[0]
            timings["refetch, all stored"] = time.perf_counter() - start
            config = Path(tmp) / "briefgen.toml"
            config.write_text(
                f'[topics.bench]\ntitle = "Ceasefire talks"\nkeywords = []\nsources = ["{base}/feed.xml"]\n'
            )
            start = time.perf_counter()
            build("bench", (), date(2025, 3, 18), "json", Path(tmp) / "b.json", config, since="10d", db=db)
            timings["build json from store"] = time.perf_counter() - start
        finally:
            server.shutdown()
        assert second.not_modified and third.counts.get("new", 0) == 0
        print(
            f"{n:>5} articles, feed {len(body) / 1e6:.1f} MB: {first.summary()}; store {db.stat().st_size / 1e6:.1f} MB"
        )
        for name, seconds in timings.items():
            print(f"      {name:<24} {seconds:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    for n in (int(s) for s in options.sizes.split(",")):
        run(n, options.seed)


if __name__ == "__main__":
    main()
