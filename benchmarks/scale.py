"""Speed and memory of `briefgen build` on generated corpora of growing size, cold and warm.

For each size N: generate N articles (benchmarks/generate.py) into a temporary folder with a store
of its own, then build their brief twice in fresh child processes: **cold** (an empty store: every
article read and analysed) and **warm** (the same articles again: what the store remembers is
used). Each run is timed from outside: wall seconds, CPU seconds (the child and every worker it
waited for), the peak memory of the whole process tree (PSS summed over the child and its workers,
sampled every 20 ms, so shared pages count once) and how many articles the brief used; the child
reports the pipeline's own stage times. The warm PDF must be byte-identical to the cold one.

The machine is shared, so one figure means little alone: the load average is printed, and sumy's
LexRank on the 100 articles is run as a fixed reference workload, so every time is also given as
a multiple of it ("xLR" for wall time, "cpu xLR" for CPU time, which moves least with the load).

    python benchmarks/scale.py [--sizes 100,1000,10000] [--seed 7] [--repeat 1] [--baseline REV]

With `--baseline REV` (a git revision of this repository, e.g. `main`), the code of REV builds the
same articles in the same way, each size right before this tree's code, so both run under the same
load; its PDFs must be the same bytes as this tree's. The reference is always LexRank on 100
articles (generated for it when 100 is not among the sizes).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # a script next to this one, not a package

BRIEF_DATE = date(2025, 3, 18)
HERE = Path(__file__).resolve()


@dataclass
class Run:
    """One child process: a build or the reference."""

    seconds: float = 0.0  # wall
    cpu: float = 0.0  # user + system, the child and the workers it waited for
    peak_mb: float = 0.0  # the process tree's peak PSS
    load: float = 0.0  # the machine's 1-minute load average when the run ended
    report: dict[str, object] = field(default_factory=dict)  # what the child printed (JSON)


# --- the child side --------------------------------------------------------------------------


def child_build(folder: Path, out: Path, db: Path) -> None:
    """Build the brief of `folder` as the CLI does, print what it used as one JSON line, and end as
    the CLI does."""
    import briefgen
    from briefgen.pipeline import build

    result = build("bench", [folder], BRIEF_DATE, "pdf", out, db=db)
    print(
        json.dumps(
            {
                "code": str(Path(briefgen.__file__).resolve().parent.parent),  # whose briefgen ran
                "articles": len(result.brief.corpus.articles),
                "warnings": list(result.warnings),
                # Stage times, when the pipeline reports them (older code does not).
                "stages": dict(getattr(result, "timings", {}) or {}),
            }
        ),
        flush=True,
    )
    # Ended as the console script ends a build: without freeing the heap, when the code has that
    # (briefgen.finish; older code exits normally, as its CLI does).
    try:
        from briefgen.finish import now
    except ImportError:
        return
    now(0)


def child_lexrank(folder: Path) -> None:
    """sumy's LexRank, five sentences from the leads (first three sentences) of the articles of
    `folder`: the fixed reference workload. (All their sentences would take minutes: LexRank
    compares every pair.)"""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer

    from briefgen.sources import collect
    from briefgen.text import STOP_WORDS, OfflineTokenizer, split_sentences

    tokenizer = OfflineTokenizer()
    leads = []
    for article in collect([folder]).articles:
        sentences = [s for p in article.paragraphs for s in split_sentences(p)]
        leads.extend(Paragraph([SumySentence(s, tokenizer)]) for s in sentences[:3])
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = STOP_WORDS
    start = time.perf_counter()
    summary = summarizer(ObjectDocumentModel(leads), 5)
    print(json.dumps({"seconds": time.perf_counter() - start, "sentences": len(leads), "picked": len(summary)}))


# --- the parent side -------------------------------------------------------------------------


def _tree(pid: int) -> list[int]:
    """`pid` and all its descendants (Linux: /proc/PID/task/TID/children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(c) for c in handle.read().split())
        except OSError:
            continue
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class PeakSampler(threading.Thread):
    """The peak of the summed PSS of a process tree, sampled until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in _tree(self.pid)))
            self.done.wait(0.02)


def run_child(args: list[str], cwd: Path, env: dict[str, str]) -> Run:
    start = time.perf_counter()
    with subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        sampler = PeakSampler(proc.pid)
        sampler.start()
        stdout, stderr = proc.communicate()
        seconds = time.perf_counter() - start
        sampler.done.set()
        sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed (exit {proc.returncode}):\n{stderr}")
    report = json.loads(stdout.strip().splitlines()[-1])
    return Run(seconds, 0.0, sampler.peak_kb / 1024, os.getloadavg()[0], report)


def timed_child(args: list[str], cwd: Path, env: dict[str, str]) -> Run:
    """`run_child` with the CPU seconds of the child and the workers it waited for."""
    before = os.times()
    run = run_child(args, cwd, env)
    after = os.times()
    run.cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return run


def child_env(root: Path) -> dict[str, str]:
    """The environment of a child: no BRIEFGEN_* of the caller's, the store and data folder in `root`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    env["BRIEFGEN_DB"] = str(root / "store.sqlite3")
    env["XDG_DATA_HOME"] = str(root / "data")
    return env


@dataclass
class Size:
    n: int
    cold: list[Run] = field(default_factory=list)
    warm: list[Run] = field(default_factory=list)
    identical: bool = True


def measure(n: int, repeat: int, root: Path, code: Path | None = None, label: str = "") -> tuple[Size, bytes]:
    """Cold and warm builds of the articles in `root`/articles, `repeat` times, by this tree's code
    or, with `code`, by the checkout there; and the PDF of the last cold build."""
    size = Size(n)
    folder = root / "articles"
    outputs: list[bytes] = []
    for attempt in range(repeat):
        db = root / f"store{label}-{attempt}.sqlite3"
        db.unlink(missing_ok=True)
        env = child_env(root) | {"BRIEFGEN_DB": str(db)}
        if code is not None:
            env["PYTHONPATH"] = str(code)  # its briefgen package before the installed one
        outputs = []
        for kind in ("cold", "warm"):
            out = root / f"{kind}{label}-{attempt}.pdf"
            command = [sys.executable, str(HERE), "child-build", str(folder), str(out), str(db)]
            run = timed_child(command, root, env)
            if code is not None and run.report.get("code") != str(code.resolve()):
                raise SystemExit(f"the baseline's build ran the code in {run.report.get('code')}, not {code}")
            getattr(size, kind).append(run)
            outputs.append(out.read_bytes())
        size.identical &= outputs[0] == outputs[1]
    return size, outputs[0]


def checkout(revision: str, where: Path) -> Path:
    """The files of `revision` of this repository (git archive), extracted under `where`."""
    # From the top of the repository: in a subfolder, git archive takes only that folder.
    archived = subprocess.run(
        ["git", "archive", "--format=tar", revision], cwd=HERE.parent.parent, capture_output=True, check=False
    )
    if archived.returncode != 0:
        raise SystemExit(f"--baseline {revision}: {archived.stderr.decode(errors='replace').strip()}")
    target = where / f"baseline-{revision.replace('/', '_')}"
    with tarfile.open(fileobj=io.BytesIO(archived.stdout)) as tar:
        tar.extractall(target, filter="data")
    if not (target / "briefgen" / "__init__.py").is_file():
        raise SystemExit(f"--baseline {revision}: no briefgen package in it")
    return target


def reference(folder: Path, repeat: int) -> list[Run]:
    runs = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="briefgen-bench-lexrank-") as tmp:
            runs.append(
                timed_child([sys.executable, str(HERE), "child-lexrank", str(folder)], Path(tmp), child_env(Path(tmp)))
            )
    return runs


def _median(runs: list[Run], attr: str) -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def table(sizes: list[Size], unit: float, cpu_unit: float) -> str:
    """One row per size and kind; the cost per article (ms, wall and CPU) shows how it grows."""
    head = ["N", "run", "articles", "wall s", "cpu s", "wall ms/art", "cpu ms/art", "xLR", "cpu xLR", "peak MB", "load"]
    head.append("same bytes")
    rows = []
    for size in sizes:
        for kind in ("cold", "warm"):
            runs = getattr(size, kind)
            wall, cpu = _median(runs, "seconds"), _median(runs, "cpu")
            rows.append(
                [
                    str(size.n),
                    kind,
                    str(runs[-1].report.get("articles", "?")),
                    f"{wall:.2f}",
                    f"{cpu:.2f}",
                    f"{1000 * wall / size.n:.2f}",
                    f"{1000 * cpu / size.n:.2f}",
                    f"{wall / unit:.1f}",
                    f"{cpu / cpu_unit:.1f}",
                    f"{_median(runs, 'peak_mb'):.0f}",
                    f"{_median(runs, 'load'):.1f}",
                    ("yes" if size.identical else "NO") if kind == "warm" else "",
                ]
            )
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    return "\n".join("  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in [head, *rows])


def stages(sizes: list[Size]) -> str:
    """The pipeline's own stage times (seconds, median over repeats), when it reports them."""
    names: list[str] = []
    for size in sizes:
        for run in size.cold + size.warm:
            for name in run.report.get("stages", {}):  # type: ignore[union-attr]
                if name not in names:
                    names.append(name)
    if not names:
        return "stage times: not reported by this version of the pipeline"
    head = ["N", "run", *names]
    rows = []
    for size in sizes:
        for kind in ("cold", "warm"):
            runs = getattr(size, kind)
            cells = []
            for name in names:
                values = [float(r.report.get("stages", {}).get(name, 0.0)) for r in runs]  # type: ignore[union-attr]
                cells.append(f"{statistics.median(values):.2f}")
            rows.append([str(size.n), kind, *cells])
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    return "\n".join("  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in [head, *rows])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["child-build"]:
        child_build(Path(argv[1]), Path(argv[2]), Path(argv[3]))
        return 0
    if argv[:1] == ["child-lexrank"]:
        child_lexrank(Path(argv[1]))
        return 0
    parser = argparse.ArgumentParser(description="Time briefgen build cold and warm on generated articles.")
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated article counts")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="runs per figure; the median is shown")
    parser.add_argument("--keep", type=Path, help="leave the generated folders and PDFs under this folder")
    parser.add_argument("--baseline", help="a git revision whose code builds the same articles first, for comparison")
    args = parser.parse_args(argv)
    try:
        sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        parser.error(f"--sizes {args.sizes!r}: use comma-separated whole numbers, e.g. 100,1000,10000")
    if not sizes or min(sizes) < 1 or args.repeat < 1:
        parser.error("--sizes needs positive numbers and --repeat at least 1")
    load_before = os.getloadavg()
    results: list[Size] = []
    baseline: list[Size] = []
    same_as_baseline: list[bool] = []
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        keep = args.keep or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        old_code = checkout(args.baseline, keep) if args.baseline else None
        # The reference: LexRank on 100 articles, whatever the sizes (all sentences' leads of a
        # larger set would take minutes and be another workload).
        print("sumy LexRank on 100 articles (the reference)...", file=sys.stderr, flush=True)
        lexrank_root = Path(tempfile.mkdtemp(prefix="briefgen-bench-lexrank-100-", dir=keep))
        generate(lexrank_root / "articles", 100, args.seed)
        lexrank = reference(lexrank_root / "articles", args.repeat)
        for n in sizes:
            root = Path(tempfile.mkdtemp(prefix=f"briefgen-bench-{n}-", dir=keep))
            generate(root / "articles", n, args.seed)
            if old_code is not None:
                print(f"N={n}: {args.baseline}'s code, cold and warm...", file=sys.stderr, flush=True)
                old, old_pdf = measure(n, args.repeat, root, old_code, "-baseline")
                baseline.append(old)
            print(f"N={n}: building cold and warm...", file=sys.stderr, flush=True)
            size, pdf = measure(n, args.repeat, root)
            results.append(size)
            if old_code is not None:
                same_as_baseline.append(pdf == old_pdf)
    reference_n = 100
    unit = _median(lexrank, "seconds")
    load_after = os.getloadavg()
    print(
        f"machine: {os.cpu_count()} CPUs; load average (1 min) {load_before[0]:.1f} before, "
        f"{load_after[0]:.1f} after (above the CPU count, other work shares the cores: read CPU s)"
    )
    print(
        f"reference: sumy LexRank, 5 of the {lexrank[-1].report.get('sentences')} lead sentences "
        f"of {reference_n} articles, "
        f"{unit:.2f} s wall = 1 xLR, {_median(lexrank, 'cpu'):.2f} s cpu = 1 cpu xLR "
        "(the whole child process: start-up included)"
    )
    if baseline:
        print(f"baseline {args.baseline}:")
        print(table(baseline, unit, _median(lexrank, "cpu")))
        print(stages(baseline))
        print("this tree:")
    print(table(results, unit, _median(lexrank, "cpu")))
    print(stages(results))
    if baseline:
        same = ", ".join(f"{s.n}: {'yes' if ok else 'NO'}" for s, ok in zip(results, same_as_baseline, strict=True))
        print(f"this tree's cold PDF == {args.baseline}'s: {same}")
    print(
        "wall/cpu/peak: a fresh `build` in a child process (cpu and peak include its workers); "
        "cold = empty store, warm = the same articles again; same bytes = warm PDF == cold PDF; "
        "xLR, cpu xLR = wall, CPU as multiples of the reference's; "
        "load = the 1-minute load average as the run ended; "
        "ms/art = per generated article (flat when the cost grows linearly; the fixed start-up and "
        "one-page fit weigh most at 100)."
    )
    return 0 if all(s.identical for s in results + baseline) and all(same_as_baseline) else 1


if __name__ == "__main__":
    sys.exit(main())
