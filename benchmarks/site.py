"""Speed and memory of `briefgen site` on a growing record of briefs.

Two real briefs (the seeds) are built once; a store then records N briefs made from them (the
same content under other topics and days, as a desk with many topics and months of briefs would
have), without PDF files, so the site lays the PDFs out itself only when asked (--pdfs). Then
`python -m briefgen site` runs in a fresh child process twice: cold (an empty folder) and warm
(the same briefs again: nothing to write). Wall seconds and the child's peak RSS; nothing is
asserted about timing.

    python benchmarks/site.py [--sizes 30,300,1000] [--pdfs]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from briefgen import archive, store
from briefgen.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
DAY = date(2025, 3, 18)
TOPICS_PER_100 = 4  # briefs spread over topics: 1000 briefs = 40 topics of 25 days


def child(args: list[str]) -> tuple[float, float, str]:
    """Run a command: its wall seconds, its own peak RSS in MB, and what it printed."""
    start = time.perf_counter()
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        out, err = proc.stdout.read(), proc.stderr.read()  # a line each: reading cannot block the wait
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)}: exit {proc.returncode}: {err.strip()}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, out.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="30,300,1000")
    parser.add_argument("--pdfs", action="store_true", help="let the site lay out every PDF from the record")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-site-") as folder:
        work = Path(folder)
        seeds = [
            build(
                name, [ROOT / "seeds" / name], date(2025, 3, 18), "json", work / f"{name}.json", db=work / "x.db"
            ).brief
            for name in ("ukraine", "chips-export-controls")
        ]
        print(f"{'briefs':>7} {'topics':>7} {'cold s':>8} {'cold MB':>8} {'warm s':>8} {'warm MB':>8}  site")
        for size in (int(s) for s in options.sizes.split(",")):
            db = work / f"store-{size}.sqlite3"
            topics = max(1, size * TOPICS_PER_100 // 100)
            pdfs = work / f"pdfs-{size}"
            pdfs.mkdir()
            with closing(store.open_db(db)) as connection:
                for i in range(size):
                    brief = seeds[i % 2]
                    day = DAY - timedelta(days=i // topics)
                    recorded = dataclasses.replace(brief, topic=f"{brief.topic} {i % topics}", date=day)
                    # As a build records its PDF; a stand-in file, so the site copies rather than lays
                    # out (with --pdfs the site lays every PDF out from the record).
                    written = []
                    if not options.pdfs:
                        written = [(pdfs / f"{i}.pdf", "pdf")]
                        written[0][0].write_bytes(f"%PDF-1.7 stand-in {i}".encode())
                    archive.record(connection, f"topic-{i % topics}", recorded, "files", written)
            site = work / f"site-{size}"
            args = [sys.executable, "-m", "briefgen", "site", "--db", str(db), "--out", str(site)]
            cold, cold_mb, line = child(args)
            warm, warm_mb, _ = child(args)
            print(f"{size:>7} {topics:>7} {cold:>8.1f} {cold_mb:>8.0f} {warm:>8.1f} {warm_mb:>8.0f}  {line}")


if __name__ == "__main__":
    main()
