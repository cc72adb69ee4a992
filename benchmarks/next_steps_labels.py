"""The agreed Next steps labels, made from two readers' labels and the decisions on where they differ.

    python benchmarks/next_steps_labels.py            # agreement figures; checks labels.jsonl is up to date
    python benchmarks/next_steps_labels.py --write    # writes benchmarks/data/next_steps/labels.jsonl

Two readers labelled the 30 DUC-2003 clusters independently (`reader-a.jsonl`, `reader-b.jsonl`:
cluster, doc, character offsets into the document's text, sha1 of the whitespace-collapsed
sentence, its date, an event number within the cluster, whether the event is central). Their
sentences are paired by offsets (an overlap of half the shorter span: their splitters differ).
Every sentence only one reader labelled, and every date they gave differently, was read in the
source and decided (`decisions.jsonl`: which reader's sentence, keep or not, or the date, and
why); this script applies those decisions and refuses to run when a difference has none.
The agreed label keeps reader A's offsets and event numbers, renumbered 1..n per cluster.
Offsets, hashes and dates only: no DUC text is stored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "data" / "next_steps"


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if (a["cluster"], a["doc"]) != (b["cluster"], b["doc"]):
        return False
    shared = min(a["end"], b["end"]) - max(a["start"], b["start"])
    return shared > 0 and shared >= 0.5 * min(a["end"] - a["start"], b["end"] - b["start"])


def agreement(
    a: list[dict[str, Any]], b: list[dict[str, Any]], pairs: list[tuple[int, int]], read_counts: float
) -> None:
    """Sentence-level Cohen's kappa (over the sentences the readers read), positive agreement,
    event-level agreement, and agreement on dates and on centrality where both labelled."""
    only_a = len(a) - len({i for i, _ in pairs})
    only_b = len(b) - len({j for _, j in pairs})
    n = read_counts
    observed = (n - only_a - only_b) / n
    expected = (len(a) / n) * (len(b) / n) + (1 - len(a) / n) * (1 - len(b) / n)
    kappa = (observed - expected) / (1 - expected)
    events_a = {(r["cluster"], r["event"]): r["central"] for r in a}
    events_b = {(r["cluster"], r["event"]): r["central"] for r in b}
    linked: dict[tuple[str, int], set[tuple[str, int]]] = defaultdict(set)
    for i, j in pairs:
        linked[(a[i]["cluster"], a[i]["event"])].add((b[j]["cluster"], b[j]["event"]))
    shared_events = sum(len(v) for v in linked.values())
    same_central = sum(events_a[e] == events_b[f] for e, fs in linked.items() for f in fs)
    same_date = sum(a[i]["date"] == b[j]["date"] for i, j in pairs)
    print(f"sentences: reader A {len(a)}, reader B {len(b)}, both {len(pairs)}; of about {n:.0f} sentences read")
    print(
        f"  Cohen's kappa {kappa:.3f}; positive agreement (2 x both / (A + B)) {2 * len(pairs) / (len(a) + len(b)):.3f}"
    )
    print(
        f"events: reader A {len(events_a)}, reader B {len(events_b)}, shared {shared_events}; "
        f"agreement {2 * shared_events / (len(events_a) + len(events_b)):.3f}"
    )
    print(
        f"  same date on {same_date} of {len(pairs)} shared sentences; "
        f"same centrality on {same_central} of {shared_events} shared events"
    )


def agreed(
    a: list[dict[str, Any]], b: list[dict[str, Any]], pairs: list[tuple[int, int]], decisions: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    def key(reader: str, row: dict[str, Any]) -> tuple[str, str, str, int]:
        return (reader, row["cluster"], row["doc"], row["start"])

    decided = {(d["reader"], d["cluster"], d["doc"], d["start"]): d for d in decisions}
    used: set[tuple[str, str, str, int]] = set()
    labels = []
    missing = []
    b_to_a = {j: i for i, j in pairs}
    a_event_of_b = {(b[j]["cluster"], b[j]["event"]): a[i]["event"] for i, j in pairs}
    for i, row in enumerate(a):
        partner = next((j for k, j in pairs if k == i), None)
        decision = decided.get(key("A", row))
        if decision:
            used.add(key("A", row))
        if partner is None:
            if decision is None or "keep" not in decision:
                missing.append(key("A", row))
                continue
            if not decision["keep"]:
                continue
            labels.append(dict(row))
            continue
        label = dict(row)
        if decision and "date" in decision:
            label["date"] = decision["date"]
        elif row["date"] != b[partner]["date"]:
            missing.append(key("A", row))
        labels.append(label)
    for j, row in enumerate(b):
        if j in b_to_a:
            continue
        decision = decided.get(key("B", row))
        if decision is None:
            missing.append(key("B", row))
            continue
        used.add(key("B", row))
        if decision["keep"]:
            event = a_event_of_b.get((row["cluster"], row["event"]))
            if event is None:  # an event reader A did not label: numbered after A's
                event = 1000 + row["event"]
            labels.append(dict(row, event=event))
    if missing:
        sys.exit(f"no decision for {len(missing)} differences, e.g. {missing[:3]}")
    unused = set(decided) - used
    if unused:
        sys.exit(f"decisions that match no label: {sorted(unused)[:3]}")
    # Events numbered 1..n per cluster, in reader A's order.
    numbering: dict[tuple[str, int], int] = {}
    for label in sorted(labels, key=lambda r: (r["cluster"], r["event"])):
        numbering.setdefault(
            (label["cluster"], label["event"]), 1 + sum(1 for c, _ in numbering if c == label["cluster"])
        )
    fields = ["cluster", "doc", "start", "end", "sha1", "date", "event", "central", "brief_date"]
    out = [{**{f: r[f] for f in fields}, "event": numbering[(r["cluster"], r["event"])]} for r in labels]
    return sorted(out, key=lambda r: (r["cluster"], r["event"], r["doc"], r["start"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="write labels.jsonl")
    args = parser.parse_args()
    a, b = read(HERE / "reader-a.jsonl"), read(HERE / "reader-b.jsonl")
    pairs = [(i, j) for i, x in enumerate(a) for j, y in enumerate(b) if overlaps(x, y)]
    counts = [sum(r["n_sentences_read"] for r in read(HERE / f"reader-{r}-clusters.jsonl")) for r in "ab"]
    agreement(a, b, pairs, sum(counts) / 2)
    labels = agreed(a, b, pairs, read(HERE / "decisions.jsonl"))
    events = {(r["cluster"], r["event"]): r["central"] for r in labels}
    print(
        f"agreed: {len(labels)} sentences, {len(events)} events ({sum(events.values())} central) "
        f"in {len({c for c, _ in events})} of 30 clusters"
    )
    text = "".join(json.dumps(r) + "\n" for r in labels)
    target = HERE / "labels.jsonl"
    if args.write:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
    elif not target.is_file() or target.read_text(encoding="utf-8") != text:
        sys.exit(f"{target} is not what the readers' labels and the decisions give: run with --write")


if __name__ == "__main__":
    main()
