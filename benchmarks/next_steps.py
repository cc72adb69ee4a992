"""Next steps on real news: the brief's items against sentences two readers labelled as next steps.

    make eval-next-steps           # or: python benchmarks/next_steps.py [--half tuning|held-out|all]
    python benchmarks/next_steps.py --half tuning -v            # every item and every missed event
    python benchmarks/next_steps.py --baseline none             # only the code of this checkout

For each DUC-2003 cluster (../shared/eval/dev/duc2003.jsonl) the brief is built the way a desk
builds a daily one: the articles with their real dates, the brief dated the day after the newest
article, through `briefgen.pipeline.make_brief` with the real one-page fit (WeasyPrint). Each
Next steps item is verbatim from a source, so it is found in the articles' text and matched to
the labelled sentences by offsets (an overlap of half the shorter span; `benchmarks/data/
next_steps/labels.jsonl`: offsets, hashes, dates and event numbers, never the text). Printed:

    items        Next steps items on the pages
    precision    items that are labelled next steps (an event still to come on the brief's date)
    right        items that are labelled next steps *and* carry the label's date
    date acc.    of the labelled items, those whose date is the label's: the same days (a day, range, week,
                 weekend, month, quarter, season or year: "this weekend" is the Saturday/Sunday range), or both none
    recall       labelled events with an item on the page; of the central ones
    dupl.        items beyond the first for one labelled event
    undated      items showing no date at all ("Date not given")

The same figures for the code before issue 12 (`BASELINE`, a commit of main) come from the same
run: that commit's `briefgen/` and `templates/` are taken out of git into a temporary folder and
imported from there in a subprocess. The clusters are split once, before any result was seen,
by sorted id: even positions tune, odd positions are held out (`split`).
The DUC data is internal evaluation material: it is read in place and only offsets are stored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = next(
    (p / "shared" / "eval" / "dev" / "duc2003.jsonl" for p in ROOT.parents if (p / "shared" / "eval" / "dev").is_dir()),
    ROOT.parent / "shared" / "eval" / "dev" / "duc2003.jsonl",
)
LABELS = ROOT / "benchmarks" / "data" / "next_steps" / "labels.jsonl"
# The second set (session 3): PolNeAR election articles as 17 daily briefs, labelled before any code ran on them.
POLNEAR = DATA.parent / "quotes-polnear-train.jsonl"
POLNEAR_WINDOWS = LABELS.parent / "polnear-windows.jsonl"
POLNEAR_LABELS = LABELS.parent / "polnear-labels.jsonl"
# The third (session 4): 16 more PolNeAR days nobody had built a brief from, labelled before any code ran on
# them and kept whole as one untouched part ("fresh"), scored once with the code before and after.
FRESH_WINDOWS = LABELS.parent / "polnear-fresh-windows.jsonl"
FRESH_LABELS = LABELS.parent / "polnear-fresh-labels.jsonl"
# The fourth (session 6): 27 more PolNeAR days, labelled by two readers before any code ran on them and kept whole
# as one part ("fresh2"), likewise scored once with the code before and after.
FRESH2_WINDOWS = LABELS.parent / "polnear-fresh2-windows.jsonl"
FRESH2_LABELS = LABELS.parent / "polnear-fresh2-labels.jsonl"
# The fifth (session 7): 40 more PolNeAR days, labelled by two readers before any code ran on them and kept whole
# as one part ("fresh3"), to be scored once with the code before and after.
FRESH3_WINDOWS = LABELS.parent / "polnear-fresh3-windows.jsonl"
FRESH3_LABELS = LABELS.parent / "polnear-fresh3-labels.jsonl"
# The sixth (session 8): 39 more PolNeAR days, labelled by two readers before any code ran on them and kept whole
# as one part ("fresh4"), to be scored once with the code before and after.
FRESH4_WINDOWS = LABELS.parent / "polnear-fresh4-windows.jsonl"
FRESH4_LABELS = LABELS.parent / "polnear-fresh4-labels.jsonl"
# The seventh (session 9): 99 more PolNeAR days, 1-2 articles each, labelled by two readers before any code ran on
# them and kept whole as one part ("fresh5"), to be scored once with the code before and after.
FRESH5_WINDOWS = LABELS.parent / "polnear-fresh5-windows.jsonl"
FRESH5_LABELS = LABELS.parent / "polnear-fresh5-labels.jsonl"
# Each kept-whole corpus: its windows, its labels and the name of its one part.
WHOLE = {
    "polnear-fresh": (FRESH_WINDOWS, FRESH_LABELS, "fresh"),
    "polnear-fresh2": (FRESH2_WINDOWS, FRESH2_LABELS, "fresh2"),
    "polnear-fresh3": (FRESH3_WINDOWS, FRESH3_LABELS, "fresh3"),
    "polnear-fresh4": (FRESH4_WINDOWS, FRESH4_LABELS, "fresh4"),
    "polnear-fresh5": (FRESH5_WINDOWS, FRESH5_LABELS, "fresh5"),
}
OUTLETS = {"APW": "Associated Press", "NYT": "New York Times", "XIE": "Xinhua"}
# main before issue 12 changed how next steps are chosen: the "current code" of the figures.
BASELINE = "f816007"


def split(cluster_ids: list[str], corpus: str = "duc") -> dict[str, str]:
    """Tuning and held-out halves, fixed before any result was seen: sorted ids, alternately. The
    fresh PolNeAR parts are not split: each is all held out, for one scoring."""
    if corpus in WHOLE:
        return dict.fromkeys(cluster_ids, WHOLE[corpus][2])
    return {c: ("tuning" if i % 2 == 0 else "held-out") for i, c in enumerate(sorted(cluster_ids))}


def days_of(value: str | None) -> tuple[date, date] | None:
    """First and last day a date value covers: a day, a range "a/b", an ISO week or its weekend
    ("-WE"), a month, a quarter, a season or a year. Two values are the same date when they cover
    the same days ("this weekend" 1998-W42-WE is Saturday/Sunday 1998-10-17/1998-10-18)."""
    if value is None:
        return None
    if value.startswith("../"):  # a limit ("within 40 days"): any day up to it, equal only to itself
        return date.min, date.fromisoformat(value[3:])
    if "/" in value:
        first, last = value.split("/", 1)
        return date.fromisoformat(first), date.fromisoformat(last)
    year = int(value[:4])
    if "-W" in value[:6] and value[5:7] != "WI":
        monday = date.fromisocalendar(year, int(value[6:8]), 1)
        return (
            (monday + timedelta(days=5), monday + timedelta(days=6))
            if value.endswith("-WE")
            else (
                monday,
                monday + timedelta(days=6),
            )
        )
    months = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "SP": 3, "SU": 6, "FA": 9, "WI": 12}
    if len(value) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    if value[5:] in months:
        first_month = months[value[5:]]
        end_year, end_month = year + (first_month + 2 - 1) // 12, (first_month + 2 - 1) % 12 + 1
        return date(year, first_month, 1), _month_last(end_year, end_month)
    if len(value) == 7:
        return date(year, int(value[5:7]), 1), _month_last(year, int(value[5:7]))
    day = date.fromisoformat(value)
    return day, day


def _month_last(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def squash(text: str) -> str:
    return " ".join(text.split())


def sha1(text: str) -> str:
    return hashlib.sha1(squash(text).encode("utf-8")).hexdigest()


def doc_day(doc_id: str) -> date:
    """APW19981016.0240 -> 1998-10-16."""
    digits = "".join(ch for ch in doc_id[3:11])
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def load_clusters(path: Path) -> dict[str, dict[str, Any]]:
    clusters = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            cluster = json.loads(line)
            for doc in cluster["docs"]:
                doc["published"] = doc_day(doc["id"]).isoformat()
                doc["source"] = OUTLETS.get(doc["id"][:3], doc["id"][:3])
                doc["body"] = doc["text"]
            newest = max(doc_day(d["id"]) for d in cluster["docs"])
            cluster["brief_date"] = (newest + timedelta(days=1)).isoformat()
            clusters[cluster["id"]] = cluster
    return clusters


def load_windows(path: Path, windows: Path) -> dict[str, dict[str, Any]]:
    """The PolNeAR windows as clusters: every article published from `first` to `last`, with its whole
    `text` (the labels' offsets point into it), its first line as the title and the rest as the body
    the brief is built from. (Days, not doc ids, define a window: the ids are headline slugs.)"""
    wanted = [json.loads(line) for line in windows.read_text(encoding="utf-8").splitlines() if line.strip()]
    clusters: dict[str, dict[str, Any]] = {
        w["window"]: {"id": w["window"], "docs": [], "brief_date": w["brief_date"]} for w in wanted
    }
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            published = doc["published"][:10]
            for window in wanted:
                if window["first"] <= published <= window["last"]:
                    title, _, body = doc["text"].partition("\n")
                    clusters[window["window"]]["docs"].append(
                        {
                            "id": doc["doc_id"],
                            "title": title.strip(),
                            "text": doc["text"],
                            "body": body.strip() or title,
                            "published": published,
                            "source": doc["publisher"],
                        }
                    )
    for window in wanted:
        found = len(clusters[window["window"]]["docs"])
        if found != window["articles"]:
            sys.exit(f"{windows}: window {window['window']} has {found} articles, not {window['articles']}")
    return clusters


def load_corpus(corpus: str, data: Path) -> dict[str, dict[str, Any]]:
    if corpus in WHOLE:
        return load_windows(data, WHOLE[corpus][0])
    return load_windows(data, POLNEAR_WINDOWS) if corpus == "polnear" else load_clusters(data)


# ---------------------------------------------------------------------------------------------
# Producing the items: runs inside a subprocess whose `briefgen` is the code being measured.


def produce(corpus: str, data: Path, cluster_ids: list[str], out: Path) -> None:
    """Write {cluster: [{"text", "date", "docs", "also"}]} for the Next steps on each cluster's page."""
    import importlib

    from briefgen.render import Renderer

    # make_brief moved from pipeline to briefing and now returns the fitted brief (`.brief`); the
    # baseline commit has the old shape.
    try:
        make_brief: Any = importlib.import_module("briefgen.briefing").make_brief
    except ModuleNotFoundError:
        make_brief = importlib.import_module("briefgen.pipeline").make_brief

    clusters = load_corpus(corpus, data)
    renderer = Renderer.create()
    results: dict[str, list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="briefgen-next-steps-") as tmp:
        for cluster_id in cluster_ids:
            cluster = clusters[cluster_id]
            dump = Path(tmp) / f"{cluster_id}.jsonl"
            docs = [
                {
                    "id": d["id"],
                    "title": d.get("title") or "",
                    "text": d["body"],
                    "published": d["published"],
                    "source": d["source"],
                }
                for d in cluster["docs"]
            ]
            dump.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
            made = make_brief(cluster_id, [dump], date.fromisoformat(cluster["brief_date"]), (), renderer)
            brief = getattr(made, "brief", made)
            articles = brief.corpus.articles
            results[cluster_id] = [
                {
                    "text": step.text,
                    "date": step.date.isoformat() if step.date else step.period,
                    "docs": [articles[a].id for a in step.articles],
                    "also": [articles[a].id for a in step.also],
                }
                for step in brief.next_steps
            ]
    out.write_text(json.dumps(results), encoding="utf-8")


def items_of(code: Path | None, corpus: str, data: Path, cluster_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The Next steps of each cluster's page, built by the `briefgen` under `code` (None: this checkout)."""
    with tempfile.TemporaryDirectory(prefix="briefgen-next-steps-") as tmp:
        out = Path(tmp) / "items.json"
        env = dict(os.environ)
        if code is not None:
            env["PYTHONPATH"] = str(code)
        command = [sys.executable, __file__, "--produce", str(out), "--corpus", corpus, "--data", str(data)]
        command += ["--clusters", *cluster_ids]
        subprocess.run(command, check=True, env=env, cwd=code or ROOT)
        result: dict[str, list[dict[str, Any]]] = json.loads(out.read_text(encoding="utf-8"))
        return result


def checkout(commit: str, into: Path) -> Path:
    """That commit's briefgen/ and templates/, unpacked under `into`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "briefgen", "templates"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


# ---------------------------------------------------------------------------------------------
# Scoring


@dataclass(frozen=True, slots=True)
class Label:
    cluster: str
    doc: str
    start: int
    end: int
    date: str | None
    event: int
    central: bool


def load_labels(path: Path, clusters: dict[str, dict[str, Any]]) -> list[Label]:
    """The labelled sentences; each one's hash is checked against the text its offsets cut out."""
    labels = []
    texts = {(c, d["id"]): d["text"] for c, cluster in clusters.items() for d in cluster["docs"]}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        text = texts.get((row["cluster"], row["doc"]))
        if text is None:
            sys.exit(f"{path}:{number}: no document {row['doc']} in cluster {row['cluster']}")
        if sha1(text[row["start"] : row["end"]]) != row["sha1"]:
            sys.exit(f"{path}:{number}: the offsets do not cut out the hashed sentence (another DUC text?)")
        labels.append(
            Label(row["cluster"], row["doc"], row["start"], row["end"], row["date"], row["event"], row["central"])
        )
    return labels


def locate(text: str, sentence: str) -> list[tuple[int, int]]:
    """Where `sentence` (whitespace collapsed) occurs in `text`, as offsets into `text`. Quotation
    marks the reader made curly (`text.curl_doubled_quotes`: “ for two apostrophes) match the raw
    marks they were read from."""
    from briefgen.text import curl_doubled_quotes

    sentence = curl_doubled_quotes(sentence)  # an item of code that printed the raw marks
    begins: list[int] = []  # where in text each character of the collapsed text begins
    ends: list[int] = []  # and ends (a curly mark read from two apostrophes spans two)
    collapsed: list[str] = []
    pending_space = False
    i = 0
    for ch in curl_doubled_quotes(text):
        width = 2 if ch in "“”" and text[i : i + 2] in ("''", "``") else 1
        if ch.isspace():
            pending_space = bool(collapsed)
        else:
            if pending_space:
                collapsed.append(" ")
                begins.append(i)
                ends.append(i + 1)
                pending_space = False
            collapsed.append(ch)
            begins.append(i)
            ends.append(i + width)
        i += width
    flat = "".join(collapsed)
    spans = []
    at = flat.find(sentence)
    while at >= 0:
        spans.append((begins[at], ends[at + len(sentence) - 1]))
        at = flat.find(sentence, at + 1)
    return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


@dataclass(slots=True)
class Tally:
    items: int = 0
    labelled: int = 0
    right: int = 0
    dated_right: int = 0
    duplicates: int = 0
    undated: int = 0
    unlocated: int = 0
    events: int = 0
    found: int = 0
    central: int = 0
    central_found: int = 0
    briefs: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score_cluster(
    cluster: dict[str, Any], items: list[dict[str, Any]], labels: list[Label], verbose: bool
) -> tuple[Tally, list[str]]:
    texts = {d["id"]: d["text"] for d in cluster["docs"]}
    tally = Tally(items=len(items), briefs=1)
    lines = []
    by_doc: dict[str, list[Label]] = defaultdict(list)
    for label in labels:
        by_doc[label.doc].append(label)
    events = {label.event: label.central for label in labels}
    tally.events, tally.central = len(events), sum(events.values())
    covered: set[int] = set()
    for item in items:
        if item["date"] is None:
            tally.undated += 1
        matched: list[Label] = []
        located = False
        # The docs carrying the item verbatim first: a label there decides the item's event.
        for doc in [*item["docs"], *(d for d in texts if d not in item["docs"])]:
            for span in locate(texts[doc], squash(item["text"])):
                located = True
                matched += [lab for lab in by_doc.get(doc, []) if overlaps(span, (lab.start, lab.end))]
        tally.unlocated += not located
        if matched:
            label = matched[0]
            tally.labelled += 1
            date_ok = days_of(item["date"]) == days_of(label.date)
            tally.dated_right += date_ok
            tally.right += date_ok
            duplicate = label.event in covered
            tally.duplicates += duplicate
            covered.add(label.event)
            verdict = f"event {label.event}{' (dupl.)' if duplicate else ''}, label date {label.date}"
            verdict += "" if date_ok else "  DATE WRONG"
        else:
            verdict = "NOT A LABELLED NEXT STEP" + ("" if located else " (not found in the text)")
        lines.append(f"  [{item['date'] or 'no date'}] {item['text'][:150]}\n      -> {verdict}")
    tally.found = len(covered)
    tally.central_found = sum(1 for e in covered if events[e])
    for event in sorted(set(events) - covered):
        first = next(lab for lab in labels if lab.event == event)
        sentence = squash(texts[first.doc][first.start : first.end])
        mark = "central" if events[event] else "minor"
        lines.append(f"  MISSED event {event} ({mark}, {first.date}): {sentence[:150]}")
    return tally, lines if verbose else []


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "   n/a"


def row(name: str, t: Tally) -> str:
    return (
        f"{name:<16} {t.items:>5}  {pct(t.labelled, t.items):>16}  {pct(t.right, t.items):>16}"
        f"  {pct(t.dated_right, t.labelled):>16}  {pct(t.found, t.events):>16}  {pct(t.central_found, t.central):>16}"
        f"  {t.duplicates:>5}  {t.undated:>7}"
    )


HEADER = (
    f"{'':<16} {'items':>5}  {'precision':>16}  {'right (+date)':>16}  {'date acc.':>16}  {'recall':>16}"
    f"  {'recall central':>16}  {'dupl.':>5}  {'undated':>7}"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--corpus",
        choices=["duc", "polnear", *WHOLE],
        default="duc",
        help="DUC-2003 clusters, PolNeAR windows or a fresh PolNeAR part (all held out)",
    )
    parser.add_argument("--data", type=Path, help="the corpus file (default: ../shared/eval/dev)")
    parser.add_argument("--labels", type=Path, help="the labels (default: the corpus's own)")
    parser.add_argument("--half", choices=["tuning", "held-out", *(w[2] for w in WHOLE.values()), "all"], default="all")
    parser.add_argument("--baseline", default=BASELINE, help="a commit to compare with, or 'none'")
    parser.add_argument("--only-baseline", action="store_true", help="score the baseline commit alone")
    parser.add_argument("--clusters", nargs="*", help="only these clusters")
    parser.add_argument("-v", "--verbose", action="store_true", help="every item and every missed event")
    parser.add_argument(
        "--check-labels",
        action="store_true",
        help="load the corpus and its labels (offsets and hashes checked), count them; build and score nothing",
    )
    parser.add_argument("--produce", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    polnear = args.corpus != "duc"
    whole = WHOLE.get(args.corpus)
    args.data = args.data or (POLNEAR if polnear else DATA)
    args.labels = args.labels or (whole[1] if whole else POLNEAR_LABELS if polnear else LABELS)
    if not args.data.is_file():
        print(f"eval-next-steps: {args.data} not found; skipped (the eval data is internal)")
        return
    if args.produce:
        produce(args.corpus, args.data, args.clusters, args.produce)
        return
    clusters = load_corpus(args.corpus, args.data)
    labels = load_labels(args.labels, clusters)
    if args.check_labels:
        events = {(lab.cluster, lab.event): lab.central for lab in labels}
        print(
            f"{args.labels}: {len(labels)} sentences, {len(events)} events ({sum(events.values())} central) "
            f"in {len({c for c, _ in events})} of {len(clusters)} clusters; offsets and hashes check out"
        )
        return
    halves = split(list(clusters), args.corpus)
    chosen = [
        c
        for c in sorted(clusters)
        if (args.half == "all" or halves[c] == args.half) and (not args.clusters or c in args.clusters)
    ]
    codes: list[tuple[str, Path | None]] = [] if args.only_baseline else [("now", None)]
    with tempfile.TemporaryDirectory(prefix="briefgen-baseline-") as tmp:
        if args.baseline != "none":
            codes.insert(0, ("before", checkout(args.baseline, Path(tmp))))
        # The two builds run side by side: each is one process, mostly WeasyPrint's layout.
        with ThreadPoolExecutor(len(codes)) as pool:
            built = {name: pool.submit(items_of, code, args.corpus, args.data, chosen) for name, code in codes}
            results = {name: future.result() for name, future in built.items()}
    kind = "PolNeAR windows" if polnear else "DUC-2003 clusters"
    print(f"Next steps on {len(chosen)} {kind} ({args.half}), labels {args.labels}")
    if args.baseline != "none":
        print(f"before = commit {args.baseline} (main before issue 12), now = this checkout")
    halves_shown = [whole[2]] if whole else ["tuning", "held-out"] if args.half == "all" else [args.half]
    table: list[str] = []
    for name, items in results.items():
        totals = {h: Tally() for h in halves_shown}
        report: list[str] = []
        for cluster_id in chosen:
            own = [lab for lab in labels if lab.cluster == cluster_id]
            tally, lines = score_cluster(clusters[cluster_id], items[cluster_id], own, args.verbose)
            totals[halves[cluster_id]].add(tally)
            if lines:
                report += [f"{cluster_id} ({halves[cluster_id]}, brief {clusters[cluster_id]['brief_date']})", *lines]
        if args.verbose:
            print(f"\n== {name}\n" + "\n".join(report))
        table += [row(f"{name} {half}", totals[half]) for half in halves_shown]
        if len(halves_shown) > 1:
            everything = Tally()
            for t in totals.values():
                everything.add(t)
            table.append(row(f"{name} all", everything))
    print("\n" + HEADER + "\n" + "\n".join(table))


if __name__ == "__main__":
    main()
