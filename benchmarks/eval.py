"""Selection quality on the team's dev set: ROUGE by half, and the daily briefs' Situation read as a desk would.

    make eval                       # or: python benchmarks/eval.py [--data PATH] [--words 100]
    python benchmarks/eval.py --halves A --baselines '' --no-briefs    # quick, tuning half only
    python benchmarks/eval.py --baseline none                          # this tree only

**Halves.** The 30 DUC-2003 clusters are split once, before any result was looked at: sorted by
id, alternately into half A (the 1st, 3rd, 5th … cluster: settings are chosen on it) and half B
(the others: reported, never tuned on). ROUGE is printed for A, B and all.

**ROUGE.** For each cluster, `briefgen.summarize(texts, words=100)` is truncated to 100 words (the
DUC convention) and scored against the human summaries with ROUGE-1/2/L (rouge-score, Porter
stemming; mean over references, then clusters). The baselines and the scorer are the team's own
`../shared/eval/score.py`, imported so every figure comes from the same code.

**Daily briefs.** Every cluster is also built the way a desk builds a daily brief
(`benchmarks/realnews.py`: articles with their real dates, the brief dated the day after the
newest article, `briefgen.build(..., fmt="json")` with the real one-page fit), and its page is
read for: the share of briefs whose Situation cites an article of the newest day (and whose
Situation *opens* with one), Situation sentences opening on an unresolved reference (a pronoun,
"this", "the move", "the two", "the first …" with no antecedent just before it on the page: the
sentence before it in its own article), and beside it those calling anything "the …" or "this …"
as if the reader knew which (an opening subject or phrase, a demonstrative, a definite possessor)
when no sentence before it on the page says that word (this tree's test, the same for every
version), sentences said twice across sections, key points or
Situation sentences announcing in the future an event dated before the brief, and how fresh the key
points are (citing the newest day; days between the newest article and a key point's first report)
beside what they tell (their ROUGE-2 recall against the human summaries, first 100 words).

**The current code beside this tree.** Both sets of figures come from the same run: the code of
commit `BASELINE` (main before issue 17; `--baseline REV` to compare with another commit,
`--baseline none` to skip) is taken with `git archive` into a temporary folder and run by the same
measuring code in a child process; its figures are cached in the temporary folder by commit and
data (`--no-cache` to redo them). The data is for internal evaluation only: read in place, never
copied into the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from statistics import mean
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realnews

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = realnews.DEV / "duc2003.jsonl"
BASELINES = ("lead", "lexrank", "textrank", "lsa")
# main before issue 17 ("A Situation that tells today's story"): the selector its figures describe.
BASELINE = "f816007fd57eacf74e957510ed32b7fb950528f1"


def load_scorer(data: Path) -> ModuleType:
    """The shared scorer next to the data (../shared/eval/score.py)."""
    path = data.resolve().parent.parent / "score.py"
    spec = importlib.util.spec_from_file_location("shared_eval_score", path)
    if spec is None or spec.loader is None or not path.is_file():
        sys.exit(f"eval: {path} not found; it scores and runs the baselines")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_clusters(data: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]


def halves(ids: Iterable[str]) -> dict[str, str]:
    """Cluster id -> "A" or "B": sorted by id, alternately (fixed before any result was seen)."""
    return {cid: "AB"[n % 2] for n, cid in enumerate(sorted(ids))}


def normalise(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# The worker: runs inside the code being measured (this tree, or the baseline commit's) and only
# extracts what it produced; every figure is computed from that by the same code in main().


def summaries_of(clusters: list[dict[str, Any]], words: int) -> tuple[dict[str, str], float, dict[str, float]]:
    """briefgen's summaries, seconds per cluster, and the faithfulness and redundancy figures."""
    from briefgen import summarize

    try:
        from briefgen.similarity import repeats
    except ImportError:  # the code before similarity.py was split out of selection.py
        from briefgen.selection import repeats  # type: ignore[attr-defined,no-redef]
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


def daily_brief(cluster_id: str, docs: list[dict[str, Any]], day: date, folder: Path) -> dict[str, Any]:
    """The cluster built as a daily brief (JSON, fitted to one page), as plain values."""
    from briefgen import build

    dump = realnews.write_dump(folder / cluster_id, docs)
    config = folder / "empty.toml"  # no topics: the brief reads only the dump
    config.touch()
    out = folder / cluster_id / "brief.json"
    result = build(cluster_id, sources=[dump], brief_date=day, fmt="json", out=out, config=config)
    brief = result.brief
    corpus = brief.corpus
    where: dict[tuple[str, int], tuple[int, int]] = {}
    for s in corpus.sentences:
        where.setdefault((s.text, s.article), (s.article, s.position))

    def located(text: str, articles: Iterable[int]) -> tuple[int, int]:
        for a in articles:
            if (text, a) in where:
                return where[(text, a)]
        return (-1, -1)

    def published(articles: Iterable[int]) -> list[str | None]:
        return [p.isoformat() if (p := corpus.articles[a].published) else None for a in articles]

    return {
        "date": brief.date.isoformat(),
        "situation": [
            {
                "text": i.text,
                "published": published(i.articles),
                "at": located(i.text, i.articles),
            }
            for i in brief.situation
        ],
        "key_points": [
            {"text": i.text, "published": published(i.articles), "support": i.support} for i in brief.key_points
        ],
        "statements": [s.text for p in brief.positions for s in p.statements],
        "next_steps": [s.text for s in brief.next_steps],
    }


def worker(data: Path, words: int, out: Path, only: set[str], briefs: bool) -> None:
    clusters = [c for c in load_clusters(data) if c["id"] in only]
    summaries, seconds, checks = summaries_of(clusters, words)
    built: dict[str, Any] = {}
    started = time.perf_counter()
    if briefs:
        with tempfile.TemporaryDirectory(prefix="briefgen-eval-") as tmp:
            for cluster_id, docs, day in realnews.duc_clusters(data):
                if cluster_id in only:
                    built[cluster_id] = daily_brief(cluster_id, docs, day, Path(tmp))
    brief_seconds = (time.perf_counter() - started) / max(1, len(built))
    result = {"summaries": summaries, "seconds": seconds, "checks": checks, "briefs": built}
    result["brief_seconds"] = brief_seconds
    out.write_text(json.dumps(result), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Reading the daily briefs: the same measure for every version of the code.

_LEAD_IN = r"(?:[^,]{1,40},\s+)?"
_PRONOUN = r"(?:he|she|they|it|his|her|their|its|him|them|we|our)\b"
_DEMONSTRATIVE = r"(?:this|that|these|those|such|both|another)\b"
# Nouns that stand for something said before ("the move", "the warning", "the two").
_SHELL = (
    r"the\s+(?:move|decision|step|measure|announcement|statement|remarks?|comments?|warning|incident|attack|"
    r"action|effort|idea|issue|problem|request|demand|offer|call|development|news|claim|threat|episode|event|"
    r"ruling|verdict|report|case|latter|former|same|other|others|two|three|four|pair|couple|"
    r"(?:first|second|third|last|latest|next|previous|earlier|new)\s+\w+)\b"
)
UNRESOLVED = re.compile(rf"^[\"“‘']?{_LEAD_IN}(?:{_PRONOUN}|{_DEMONSTRATIVE}|{_SHELL})", re.IGNORECASE)
_CALENDAR = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)


def opens_on_reference(text: str) -> bool:
    """The sentence opens on a reference to something it does not name; a name in a lead-in
    clause ("When Smith arrived, he …") resolves it."""
    found = UNRESOLVED.match(text)
    if not found:
        return False
    lead_in = text[: found.end()].split(",")[0] if "," in text[: found.end()] else ""
    names = [w for w in lead_in.split()[1:] if w[:1].isupper() and not _CALENDAR.match(w)]
    return not names


def unresolved_openers(situation: list[dict[str, Any]]) -> list[str]:
    """Situation sentences (page order) opening on a reference whose antecedent is not the
    sentence just before it on the page (its own article's previous sentence)."""
    flagged = []
    for n, item in enumerate(situation):
        if not opens_on_reference(item["text"]):
            continue
        article, position = item["at"]
        before = situation[n - 1]["at"] if n else (-2, -2)
        if not (before[0] == article and before[1] == position - 1):
            flagged.append(item["text"])
    return flagged


_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    "a an the and or but of to in on at by for with from as is are was were be been has have had it its "
    "he she they his her their this that these those said says would could will not no which who".split()
)


def _stems(text: str) -> frozenset[str]:
    from rouge_score.tokenizers import DefaultTokenizer  # Porter stems, as ROUGE compares

    return frozenset(w for w in DefaultTokenizer(use_stemmer=True).tokenize(text) if w not in _STOP)


def same_point(a: str, b: str) -> bool:
    """Two sentences saying the same thing: 60% of the shorter's content stems in the other."""
    sa, sb = _stems(a), _stems(b)
    return bool(sa and sb) and len(sa & sb) >= 0.6 * min(len(sa), len(sb))


def repeated_pairs(brief: dict[str, Any]) -> list[tuple[str, str]]:
    """Pairs of page items (in different sections, or two key points) saying the same thing."""
    sections = [
        ("situation", [i["text"] for i in brief["situation"]]),
        ("key_points", [i["text"] for i in brief["key_points"]]),
        ("positions", brief["statements"]),
        ("next_steps", brief["next_steps"]),
    ]
    flat = [(name, text) for name, texts in sections for text in texts]
    pairs = []
    for i, (name_a, a) in enumerate(flat):
        for name_b, b in flat[i + 1 :]:
            if (name_a != name_b or name_a == "key_points") and same_point(a, b):
                pairs.append((f"{name_a}: {a}", f"{name_b}: {b}"))
    return pairs


_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|(?:is|are) (?:scheduled|expected|due|set|slated) to)\b", re.I)


def past_as_future(brief: dict[str, Any]) -> list[str]:
    """Situation sentences and key points announcing an event (dated after their article, so
    still to come when it was written) for a day before the brief's date: over by now."""
    from briefgen import resolve_date

    today = date.fromisoformat(brief["date"])
    flagged = []
    for item in brief["situation"] + brief["key_points"]:
        if not _FUTURE.search(item["text"]):
            continue
        days = [date.fromisoformat(p) for p in item["published"] if p]
        value = resolve_date(item["text"], min(days)) if days else None
        if value and len(value) == 10 and min(days) < date.fromisoformat(value) < today:
            flagged.append(item["text"])
    return flagged


# A definite description standing for something the page has not said ("made the warning").
_SHELL_ANYWHERE = re.compile(
    r"\b(?:the|this|that)\s+(move|warning|decision|step|announcement|remarks|comments|statement|incident|"
    r"request|demand|offer|ruling|verdict|accusation|allegations?|threat|appeal|criticism|proposal)\b"
    # ... unless the words after it say what it is: "the request of a Dutch court".
    r"(?!\s+(?:to|that|of|by|from|against|on|over|for|in|between|with|about)\b)",
    re.IGNORECASE,
)


def unseen_shells(situation: list[dict[str, Any]]) -> list[str]:
    """Situation sentences naming "the move", "the warning" … when no sentence before it on the
    page (nor its own words before the phrase) used that noun."""
    flagged = []
    said = ""
    for item in situation:
        text = item["text"]
        for found in _SHELL_ANYWHERE.finditer(text):
            noun = found.group(1).lower().rstrip("s")
            if noun not in (said + " " + text[: found.start()]).lower():
                flagged.append(text)
                break
        said += " " + text
    return flagged


def unseen_definites(situation: list[dict[str, Any]]) -> list[str]:
    """Situation sentences (page order) calling something "the …" or "this …" as if the reader knew
    which (an opening subject or phrase, a demonstrative, a definite possessor: this tree's
    `selfcontained.definite_heads`) when no sentence before it on the page says that word; not an
    article's first sentence, written to be read first."""
    from briefgen.selfcontained import definite_heads
    from briefgen.text import terms

    flagged = []
    said: set[str] = set()
    for item in situation:
        if item["at"][1] != 0 and not definite_heads(item["text"]).issubset(said):
            flagged.append(item["text"])
        said.update(terms(item["text"]))
    return flagged


def newest_day(cluster: dict[str, Any]) -> str:
    return max(realnews.duc_day(d["id"]) for d in cluster["docs"]).isoformat()


def key_point_ages(brief: dict[str, Any], newest: str) -> list[int]:
    """Days between the newest article and the first report of each key point (its oldest
    article): 0 for a key point first told on the newest day."""
    last = date.fromisoformat(newest)
    ages = []
    for item in brief["key_points"]:
        days = [date.fromisoformat(p) for p in item["published"] if p]
        if days:
            ages.append((last - min(days)).days)
    return ages


def brief_figures(clusters: list[dict[str, Any]], briefs: dict[str, Any]) -> dict[str, Any]:
    cited = leads = sentences = 0
    fresh = fresh_briefs = 0
    ages: list[int] = []
    openers: list[str] = []
    shells: list[str] = []
    definites: list[str] = []
    repeats: list[tuple[str, str]] = []
    future: list[str] = []
    badges = one_source = 0
    counted = [c for c in clusters if c["id"] in briefs]
    for cluster in counted:
        brief = briefs[cluster["id"]]
        newest = newest_day(cluster)
        situation = brief["situation"]
        sentences += len(situation)
        cited += any(newest in item["published"] for item in situation)
        leads += bool(situation) and newest in situation[0]["published"]
        openers += unresolved_openers(situation)
        shells += unseen_shells(situation)
        definites += unseen_definites(situation)
        repeats += repeated_pairs(brief)
        future += past_as_future(brief)
        badges += len(brief["key_points"])
        one_source += sum(k["support"] == 1 for k in brief["key_points"])
        today = sum(newest in k["published"] for k in brief["key_points"])
        fresh += today
        fresh_briefs += today > 0
        ages += key_point_ages(brief, newest)
    return {
        "briefs": len(counted),
        "cited": cited,
        "leads": leads,
        "sentences": sentences,
        "openers": openers,
        "shells": shells,
        "definites": definites,
        "repeats": repeats,
        "future": future,
        "key_points": badges,
        "one_source": one_source,
        "kp_newest": fresh,
        "kp_newest_briefs": fresh_briefs,
        "kp_age": mean(ages) if ages else 0.0,
        "kp_old": sum(a > 7 for a in ages),
    }


# ---------------------------------------------------------------------------------------------


def baseline_tree(rev: str, folder: Path) -> Path:
    """The code of commit `rev` (briefgen/ and templates/) extracted under `folder`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "briefgen", "templates"],
        capture_output=True,
        check=False,
    )
    if archive.returncode:
        sys.exit(f"eval: cannot take the code of {rev} from git: {archive.stderr.decode().strip()}")
    tree = folder / f"code-{rev[:12]}"
    tree.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile() as handle:
        handle.write(archive.stdout)
        handle.seek(0)
        with tarfile.open(fileobj=handle) as tar:
            tar.extractall(tree, filter="data")
    return tree


def start_worker(code: Path, args: argparse.Namespace, out: Path, only: set[str]) -> subprocess.Popen[bytes]:
    """A child process measuring the code under `code` (first on its import path)."""
    env = dict(os.environ, PYTHONPATH=str(code))
    command = [sys.executable, __file__, "--worker", str(out), "--data", str(args.data), "--words", str(args.words)]
    command += ["--only", ",".join(sorted(only))] + ([] if args.briefs else ["--no-briefs"])
    return subprocess.Popen(command, env=env, cwd=ROOT)


def print_rouge(title: str, scores: dict[str, dict[str, float]], timing: dict[str, float]) -> None:
    print(title)
    print(
        f"  {'system':<28}{'R1 rec':>8}{'R2 rec':>8}{'RL rec':>8}{'R1 F1':>8}{'R2 F1':>8}{'RL F1':>8}{'s/cluster':>11}"
    )
    for name, s in scores.items():
        print(
            f"  {name:<28}{s['R1r']:8.2f}{s['R2r']:8.2f}{s['RLr']:8.2f}"
            f"{s['R1f']:8.2f}{s['R2f']:8.2f}{s['RLf']:8.2f}{timing.get(name, 0.0):11.3f}"
        )


def print_briefs(figures: dict[str, dict[str, Any]], verbose: bool) -> None:
    names = list(figures)
    print("\nDaily briefs (real dates, brief = day after the newest article, one-page fit)")
    print(f"  {'':<58}" + "".join(f"{n:>18}" for n in names))

    def row(label: str, cells: list[str]) -> None:
        print(f"  {label:<58}" + "".join(f"{c:>18}" for c in cells))

    def share(k: int, n: int) -> str:
        return f"{k}/{n} ({100 * k / max(1, n):.0f}%)"

    row("Situation cites the newest day's articles", [share(f["cited"], f["briefs"]) for f in figures.values()])
    row("Situation opens with the newest day", [share(f["leads"], f["briefs"]) for f in figures.values()])
    row(
        "Situation sentences opening on an unresolved reference",
        [f"{len(f['openers'])} of {f['sentences']}" for f in figures.values()],
    )
    row(
        "Situation sentences naming 'the move', 'the warning' … unsaid",
        [f"{len(f['shells'])} of {f['sentences']}" for f in figures.values()],
    )
    row(
        "  … calling anything 'the …', 'this …' unsaid (opening, possessor)",
        [f"{len(f['definites'])} of {f['sentences']}" for f in figures.values()],
    )
    row("pairs said twice (across sections, or two key points)", [str(len(f["repeats"])) for f in figures.values()])
    row("past events told in the future (Situation, key points)", [str(len(f["future"])) for f in figures.values()])
    row("key points only one outlet makes", [f"{f['one_source']} of {f['key_points']}" for f in figures.values()])
    values = list(figures.values())
    row("key points citing the newest day", [f"{f['kp_newest']} of {f['key_points']}" for f in figures.values()])
    row("briefs with a key point of the newest day", [share(f["kp_newest_briefs"], f["briefs"]) for f in values])
    row("key points first told over a week before the newest", [f"{f['kp_old']} of {f['key_points']}" for f in values])
    row("key points' mean age (days before the newest article)", [f"{f['kp_age']:.1f}" for f in figures.values()])
    if "kp_rouge" in next(iter(figures.values()), {}):
        row("key points' R-2 recall (first 100 words)", [f"{f['kp_rouge']:.2f}" for f in figures.values()])
    if verbose:
        for name, f in figures.items():
            print(f"\n{name}: unresolved openers")
            for text in f["openers"]:
                print(f"  - {text[:150]}")
            print(f"{name}: 'the move' … with nothing before it")
            for text in f["shells"]:
                print(f"  - {text[:150]}")
            print(f"{name}: 'the …' (opening, possessor), 'this …' with nothing before it")
            for text in f["definites"]:
                print(f"  - {text[:150]}")
            print(f"{name}: said twice")
            for a, b in f["repeats"]:
                print(f"  - {a[:70]}  ||  {b[:70]}")
            print(f"{name}: past told in the future")
            for text in f["future"]:
                print(f"  - {text[:150]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--baselines", default=",".join(BASELINES), help="comma-separated: lead,lexrank,textrank,lsa")
    parser.add_argument("--baseline", default=BASELINE, help="the commit whose code is 'current' (none: skip)")
    parser.add_argument("--halves", default="AB", help="A, B or AB: which clusters to run (A alone while tuning)")
    parser.add_argument("--no-briefs", dest="briefs", action="store_false", help="ROUGE only, no daily briefs")
    parser.add_argument("--no-cache", dest="cache", action="store_false", help="measure the baseline commit again")
    parser.add_argument("--per-cluster", action="store_true", help="also print R-2 recall per cluster")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the flagged Situation sentences")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--only", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"eval: skipped: {args.data} is not here (the dev set is internal and never in the repository)")
        return 0
    if args.worker:
        worker(args.data, args.words, args.worker, set(filter(None, args.only.split(","))), args.briefs)
        return 0

    scorer = load_scorer(args.data)
    every = load_clusters(args.data)
    half = halves(c["id"] for c in every)
    clusters = [c for c in every if half[c["id"]] in args.halves.upper()]
    only = {c["id"] for c in clusters}
    versions: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="briefgen-eval-") as tmp:
        jobs: dict[str, tuple[subprocess.Popen[bytes] | None, Path]] = {}
        this = Path(tmp) / "this.json"
        jobs["this tree"] = (start_worker(ROOT, args, this, only), this)
        if args.baseline != "none":
            rev = subprocess.run(
                ["git", "-C", str(ROOT), "rev-parse", "--verify", args.baseline + "^{commit}"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
            if not rev:
                sys.exit(f"eval: {args.baseline!r} is not a commit of this repository")
            digest = hashlib.sha256(args.data.read_bytes()).hexdigest()[:12]
            key = f"{rev[:12]}-{digest}-{args.words}-{args.halves.upper()}-{'briefs' if args.briefs else 'rouge'}"
            cached = Path(tempfile.gettempdir()) / f"briefgen-eval-{key}.json"
            label = f"current ({rev[:7]})"
            if args.cache and cached.is_file():
                jobs[label] = (None, cached)
            else:
                jobs[label] = (start_worker(baseline_tree(rev, Path(tmp)), args, cached, only), cached)

        systems: dict[str, dict[str, str]] = {}
        timing: dict[str, float] = {}
        for name in filter(None, args.baselines.split(",")):
            run = (lambda c, w: scorer.lead(c, w)) if name == "lead" else scorer.sumy_baseline(name)
            started = time.perf_counter()
            try:
                systems[name] = {c["id"]: run(c, args.words) for c in clusters}
            except ValueError as error:  # numpy's LinAlgError: LSA's SVD can fail to converge ("did not converge")
                print(f"eval: baseline {name} left out: {error}", file=sys.stderr)
                continue
            timing[name] = (time.perf_counter() - started) / len(clusters)
        for label, (process, out) in jobs.items():
            if process is not None and process.wait():
                sys.exit(f"eval: measuring {label} failed (exit {process.returncode})")
            versions[label] = json.loads(out.read_text(encoding="utf-8"))

    # briefgen versions first: the current code, then this tree.
    ordered = {f"briefgen {label}": v["summaries"] for label, v in reversed(versions.items())}
    systems = ordered | systems
    timing |= {f"briefgen {label}": v["seconds"] for label, v in versions.items()}
    print(f"{len(clusters)} clusters, {args.words} words, data {args.data}")
    print("Half A (tuning): the 1st, 3rd, 5th … cluster by sorted id; half B (held out): the others.")
    parts = [(h, [c for c in clusters if half[c["id"]] == h]) for h in "AB" if h in args.halves.upper()]
    if len(parts) == 2:
        parts.append(("all", clusters))
    titles = {"A": "half A (tuning)", "B": "half B (held out: report only)", "all": "all clusters"}
    for name, members in parts:
        scores = {system: scorer.score(preds, members, args.words) for system, preds in systems.items()}
        print_rouge(f"\n{titles[name]}: {len(members)} clusters", scores, timing)
    for label, v in reversed(versions.items()):
        c = v["checks"]
        print(
            f"briefgen {label}: {c['sentences']:.0f} sentences, {c['verbatim']:.1f}% verbatim in the inputs, "
            f"{c['redundant_pairs']:.0f} redundant pairs, {c['words']:.1f} words per summary after truncation"
        )
    if "lexrank" in systems:
        all_scores = {system: scorer.score(preds, clusters, args.words)["R2r"] for system, preds in systems.items()}
        for label in reversed(versions):
            ratio = all_scores[f"briefgen {label}"] / all_scores["lexrank"]
            print(f"briefgen {label} R-2 recall / LexRank: {ratio:.3f}")
    if args.briefs:
        figures = {label: brief_figures(clusters, v["briefs"]) for label, v in reversed(versions.items())}
        for label, v in reversed(versions.items()):
            # What the key points tell, against the human summaries: recency must not cost content.
            points = {cid: " ".join(k["text"] for k in b["key_points"]) for cid, b in v["briefs"].items()}
            built = [c for c in clusters if c["id"] in points]
            figures[label]["kp_rouge"] = scorer.score(points, built, args.words)["R2r"] if built else 0.0
        print_briefs(figures, args.verbose)
        for label, v in reversed(versions.items()):
            print(f"{label}: {v['brief_seconds']:.1f} s per daily brief")
    if args.per_cluster:
        for cluster in clusters:
            one = [cluster]
            row = "  ".join(
                f"{name} {scorer.score({cluster['id']: preds[cluster['id']]}, one, args.words)['R2r']:5.2f}"
                for name, preds in systems.items()
            )
            print(f"{cluster['id']} ({half[cluster['id']]}): {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
