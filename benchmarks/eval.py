"""Selection quality on the team's dev set: briefgen.summarize next to lead and sumy baselines.

    make eval            # or: python benchmarks/eval.py [--data PATH] [--words 100]

For each news cluster of ../shared/eval/dev/duc2003.jsonl, `briefgen.summarize(texts, words=100)`
is truncated to 100 words (the DUC convention) and scored against the human summaries with
ROUGE-1/2/L (rouge-score, Porter stemming; mean over references, then clusters). The baselines
and the scorer are the team's own `../shared/eval/score.py`, imported so every figure comes from
the same code. The data is for internal evaluation only: it is read in place, never copied.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from statistics import mean
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "dev" / "duc2003.jsonl"
BASELINES = ("lead", "lexrank", "textrank", "lsa")


def load_scorer(data: Path) -> ModuleType:
    """The shared scorer next to the data (../shared/eval/score.py)."""
    path = data.resolve().parent.parent / "score.py"
    spec = importlib.util.spec_from_file_location("shared_eval_score", path)
    if spec is None or spec.loader is None or not path.is_file():
        sys.exit(f"eval: {path} not found; it scores and runs the baselines")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def normalise(text: str) -> str:
    return " ".join(text.split())


def briefgen_system(clusters: list[dict[str, Any]], words: int) -> tuple[dict[str, str], float, dict[str, float]]:
    """briefgen's summaries, seconds per cluster, and the faithfulness and redundancy figures."""
    from briefgen import summarize
    from briefgen.selection import repeats
    from briefgen.text import terms

    summaries: dict[str, str] = {}
    verbatim = total = redundant_pairs = 0
    started = time.perf_counter()
    for cluster in clusters:
        texts = [((d.get("title") or "") + "\n\n" + d["text"]).strip() for d in cluster["docs"]]
        sentences = summarize(texts, words)
        summaries[cluster["id"]] = " ".join(sentences)
        inputs = normalise(" ".join(texts))
        total += len(sentences)
        verbatim += sum(normalise(s) in inputs for s in sentences)
        stems = [frozenset(terms(s)) for s in sentences]
        redundant_pairs += sum(repeats(a, b) for i, a in enumerate(stems) for b in stems[i + 1 :])
    seconds = (time.perf_counter() - started) / max(1, len(clusters))
    checks = {
        "sentences": float(total),
        "verbatim": 100.0 * verbatim / max(1, total),
        "redundant_pairs": float(redundant_pairs),
        "words": mean(min(words, len(s.split())) for s in summaries.values()) if summaries else 0.0,
    }
    return summaries, seconds, checks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--baselines", default=",".join(BASELINES), help="comma-separated: lead,lexrank,textrank,lsa")
    parser.add_argument("--per-cluster", action="store_true", help="also print R-2 recall per cluster")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"eval: skipped: {args.data} is not here (the dev set is internal and never in the repository)")
        return 0
    scorer = load_scorer(args.data)
    clusters = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]

    systems: dict[str, dict[str, str]] = {}
    timing: dict[str, float] = {}
    systems["briefgen"], timing["briefgen"], checks = briefgen_system(clusters, args.words)
    for name in filter(None, args.baselines.split(",")):
        run = (lambda c, w: scorer.lead(c, w)) if name == "lead" else scorer.sumy_baseline(name)
        started = time.perf_counter()
        systems[name] = {c["id"]: run(c, args.words) for c in clusters}
        timing[name] = (time.perf_counter() - started) / len(clusters)

    print(f"{len(clusters)} clusters, {args.words} words, data {args.data}")
    print(f"{'system':<10}{'R1 rec':>8}{'R2 rec':>8}{'RL rec':>8}{'R1 F1':>8}{'R2 F1':>8}{'RL F1':>8}{'s/cluster':>11}")
    scores = {name: scorer.score(preds, clusters, args.words) for name, preds in systems.items()}
    for name, s in scores.items():
        print(
            f"{name:<10}{s['R1r']:8.2f}{s['R2r']:8.2f}{s['RLr']:8.2f}"
            f"{s['R1f']:8.2f}{s['R2f']:8.2f}{s['RLf']:8.2f}{timing[name]:11.3f}"
        )
    if "lexrank" in scores:
        print(f"briefgen R-2 recall / LexRank: {scores['briefgen']['R2r'] / scores['lexrank']['R2r']:.3f}")
    print(
        f"briefgen: {checks['sentences']:.0f} sentences, {checks['verbatim']:.1f}% verbatim in the inputs, "
        f"{checks['redundant_pairs']:.0f} redundant pairs (half their stems shared, or 60% of one in the other), "
        f"{checks['words']:.1f} words per summary after truncation"
    )
    if args.per_cluster:
        for cluster in clusters:
            one = [cluster]
            row = "  ".join(
                f"{name} {scorer.score({cluster['id']: preds[cluster['id']]}, one, args.words)['R2r']:5.2f}"
                for name, preds in systems.items()
            )
            print(f"{cluster['id']}: {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
