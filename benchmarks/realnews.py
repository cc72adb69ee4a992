"""Briefs from real news the team did not write: DUC-2003 clusters and PolNeAR election articles.

    python benchmarks/realnews.py duc d30003 d31050          # two clusters
    python benchmarks/realnews.py duc --all --format json     # every cluster
    python benchmarks/realnews.py polnear --match "Benghazi" --until 2016-06-30 --days 30
    ... --out /tmp/realnews --png                            # also page 1 as PNG (pdftoppm -r 80)

Each brief is built the way a desk builds a daily one: the articles with their real dates, the
brief dated the day after the newest article (or `--date`). The articles are written as a JSONL
dump under `--out` (default /tmp/realnews, outside the repository: the eval data is for
measurement only and never enters the project) and built with `briefgen build --sources`.
Prints one line per brief: the files written.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ../shared/eval/dev next to the main checkout; a worktree (/work/wt/<branch>) is one level deeper.
DEV = next(
    (p / "shared" / "eval" / "dev" for p in ROOT.parents if (p / "shared" / "eval" / "dev").is_dir()),
    ROOT.parent / "shared" / "eval" / "dev",
)
OUTLETS = {"APW": "Associated Press", "NYT": "New York Times", "XIE": "Xinhua"}


def duc_day(doc_id: str) -> date:
    """APW19981016.0240 -> 1998-10-16."""
    found = re.search(r"(\d{4})(\d{2})(\d{2})", doc_id)
    if not found:
        raise ValueError(f"no date in doc id {doc_id!r}")
    return date(*(int(part) for part in found.groups()))


def duc_clusters(path: Path) -> Iterator[tuple[str, list[dict[str, Any]], date]]:
    """(cluster id, articles as dump objects, brief date = the day after the newest article)."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            cluster = json.loads(line)
            docs = [
                {
                    "id": doc["id"],
                    "title": doc.get("title") or "",
                    "text": doc["text"],
                    "published": duc_day(doc["id"]).isoformat(),
                    "source": OUTLETS.get(doc["id"][:3], doc["id"][:3]),
                }
                for doc in cluster["docs"]
            ]
            newest = max(date.fromisoformat(d["published"]) for d in docs)
            yield cluster["id"], docs, newest + timedelta(days=1)


def polnear_articles(path: Path, match: str, until: date, days: int) -> list[dict[str, Any]]:
    """PolNeAR articles mentioning `match`, published in the `days` up to `until`."""
    pattern = re.compile(match, re.IGNORECASE)
    start = until - timedelta(days=days - 1)
    chosen = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            published = date.fromisoformat(doc["published"][:10])
            if start <= published <= until and pattern.search(doc["text"]):
                title, _, body = doc["text"].partition("\n")
                chosen.append(
                    {
                        "id": doc["doc_id"],
                        "title": title.strip(),
                        "text": body.strip() or title,
                        "published": published.isoformat(),
                        "source": doc["publisher"],
                    }
                )
    return chosen


def write_dump(folder: Path, docs: list[dict[str, Any]]) -> Path:
    """The articles as a JSONL dump in `folder` (created): what `briefgen build --sources` reads."""
    folder.mkdir(parents=True, exist_ok=True)
    dump = folder / "articles.jsonl"
    dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return dump


def build(name: str, docs: list[dict[str, Any]], day: date, out: Path, formats: list[str], png: bool) -> None:
    folder = out / name
    dump = write_dump(folder, docs)
    written = []
    for fmt in formats:
        target = folder / f"{name}-{day.isoformat()}.{fmt}"
        command = [sys.executable, "-m", "briefgen", "build", "--sources", str(dump), "--topic", name]
        command += ["--date", day.isoformat(), "--format", fmt, "--out", str(target), "--quiet"]
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if done.returncode:
            print(f"{name}: build failed ({fmt}): {done.stderr.strip()}", file=sys.stderr)
            continue
        written.append(str(target))
        if fmt == "pdf" and png:
            stem = str(target.with_suffix(""))
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(target), stem], check=False)
            written.append(stem + "-1.png")
    print(f"{name} {day.isoformat()} ({len(docs)} articles): {' '.join(written)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", choices=["duc", "polnear"])
    parser.add_argument("clusters", nargs="*", help="DUC cluster ids (duc)")
    parser.add_argument("--all", action="store_true", help="every DUC cluster")
    parser.add_argument("--match", help="polnear: a regular expression the article must contain")
    parser.add_argument("--until", type=date.fromisoformat, help="polnear: newest publication day")
    parser.add_argument("--days", type=int, default=7, help="polnear: window length in days")
    parser.add_argument("--date", type=date.fromisoformat, help="the brief's date (default: day after newest)")
    parser.add_argument("--format", default="pdf,json", help="comma-separated formats (pdf,json,html,md,ics)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/realnews"))
    parser.add_argument("--png", action="store_true", help="page 1 of each PDF as PNG")
    args = parser.parse_args()
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    if args.corpus == "duc":
        wanted = set(args.clusters)
        for cluster_id, docs, day in duc_clusters(DEV / "duc2003.jsonl"):
            if args.all or cluster_id in wanted:
                build(cluster_id, docs, args.date or day, args.out, formats, args.png)
    else:
        if not args.match or not args.until:
            parser.error("polnear needs --match and --until")
        docs = polnear_articles(DEV / "quotes-polnear-train.jsonl", args.match, args.until, args.days)
        if not docs:
            sys.exit("no article matches")
        name = re.sub(r"[^a-z0-9]+", "-", args.match.lower()).strip("-") or "polnear"
        build(name, docs, args.date or args.until + timedelta(days=1), args.out, formats, args.png)


if __name__ == "__main__":
    main()
