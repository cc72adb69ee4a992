"""Speed and memory of `briefgen build` on generated corpora of growing size.

For each size N: generate N articles (benchmarks/generate.py) into a temporary folder, run
`python -m briefgen build` on them in a fresh child process (wall seconds, and the child's own
peak RSS from `os.wait4`), check the PDF is one page, then time the pipeline's stages in this
process. Nothing is asserted about timing: the table is for reading.

    python benchmarks/scale.py [--sizes 100,300,1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # a script next to this one, not a package

from briefgen import compose
from briefgen.corpus import make_corpus
from briefgen.models import Brief
from briefgen.pipeline import build, rank
from briefgen.render import Renderer
from briefgen.selection import Selector
from briefgen.sources import collect

BRIEF_DATE = date(2025, 3, 18)
STAGES = ("read", "corpus", "selection", "rank", "fit+render", "build")
T = TypeVar("T")


@dataclass
class Result:
    n: int
    articles: int = 0
    sentences: int = 0
    seconds: float = 0.0  # the whole CLI run in a child process
    peak_mb: float = 0.0  # that child's peak RSS
    pages: int = 0
    stages: dict[str, float] = field(default_factory=dict)


def run_child(args: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Run a command; its wall seconds, its own peak RSS in MB, exit code and stderr."""
    start = time.perf_counter()
    with subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stderr is not None
        stderr = proc.stderr.read()  # the child's stderr is small; reading it cannot block the wait
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen from waiting again
    seconds = time.perf_counter() - start
    # ru_maxrss is kilobytes on Linux, bytes on macOS.
    peak_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return seconds, peak_mb, proc.returncode, stderr


def timed(stages: dict[str, float], name: str, fn: Callable[[], T]) -> T:
    start = time.perf_counter()
    value = fn()
    stages[name] = time.perf_counter() - start
    return value


def stage_times(folder: Path, out: Path, result: Result) -> None:
    """The stages of `pipeline.make_brief` one by one (as it wires them), then the whole `build`."""
    stages = result.stages
    collected = timed(stages, "read", lambda: collect([folder]))
    corpus = timed(stages, "corpus", lambda: make_corpus(collected.articles))
    result.articles, result.sentences = len(corpus.articles), len(corpus.sentences)
    # Selection alone, for scale; "rank" is selection, positions and next steps as the pipeline runs them.
    timed(stages, "selection", lambda: Selector(corpus).situation(limit=7))
    ranked = timed(stages, "rank", lambda: rank(corpus, BRIEF_DATE))

    def fit_and_render() -> bytes:
        renderer = Renderer.create()
        base = Brief("bench", BRIEF_DATE, corpus, (), (), (), ())
        brief = compose.fit(base, ranked, lambda b: len(renderer.document(b).pages))
        return renderer.pdf(brief)

    timed(stages, "fit+render", fit_and_render)
    timed(stages, "build", lambda: build("bench", [folder], BRIEF_DATE, "pdf", out))


def measure(n: int, seed: int) -> Result:
    result = Result(n)
    with tempfile.TemporaryDirectory(prefix=f"briefgen-bench-{n}-") as tmp:
        root = Path(tmp)
        folder = root / "articles"
        generate(folder, n, seed)
        pdf = root / "bench.pdf"
        command = [sys.executable, "-m", "briefgen", "build", "--sources", str(folder), "--topic", "bench"]
        command += ["--date", BRIEF_DATE.isoformat(), "--out", str(pdf), "--quiet"]
        # cwd is the temporary folder: no briefgen.toml there, so the run does not depend on the repo's.
        result.seconds, result.peak_mb, code, stderr = run_child(command, root)
        if code != 0:
            raise SystemExit(f"briefgen build failed on {n} articles (exit {code}):\n{stderr}")
        result.pages = len(PdfReader(pdf).pages)
        stage_times(folder, root / "inprocess.pdf", result)
    return result


def table(results: list[Result]) -> str:
    head = ["N", "articles", "sentences", "total s", "peak MB", "pages", *(f"{s} s" for s in STAGES)]
    rows = [
        [
            str(r.n),
            str(r.articles),
            str(r.sentences),
            f"{r.seconds:.2f}",
            f"{r.peak_mb:.0f}",
            str(r.pages),
            *(f"{r.stages[s]:.3f}" for s in STAGES),
        ]
        for r in results
    ]
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    return "\n".join("  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in [head, *rows])


def ratios(results: list[Result]) -> str:
    """Seconds at the largest size over the smallest: 10x the articles is linear at about 10x."""
    by_n = {r.n: r for r in results}
    small, large = (by_n[100], by_n[1000]) if {100, 1000} <= by_n.keys() else (results[0], results[-1])
    if small is large:
        return "(one size only: no ratio)"
    factor = large.n / small.n
    lines = [f"seconds({large.n}) / seconds({small.n}) = {large.seconds / small.seconds:.2f}  (articles x{factor:g})"]
    parts = []
    for stage in STAGES:
        before, after = small.stages[stage], large.stages[stage]
        parts.append(f"{stage} {after / before:.1f}" if before > 0 else f"{stage} -")
    lines.append("per stage: " + ", ".join(parts))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time and measure briefgen build on generated articles.")
    parser.add_argument("--sizes", default="100,1000", help="comma-separated article counts (default 100,1000)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    try:
        sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        parser.error(f"--sizes {args.sizes!r}: use comma-separated whole numbers, e.g. 100,300,1000")
    if not sizes or min(sizes) < 1:
        parser.error("--sizes needs at least one positive number")
    results = []
    for n in sizes:
        print(f"N={n}: generating and building...", file=sys.stderr, flush=True)
        results.append(measure(n, args.seed))
    print(table(results))
    print(ratios(results))
    print("total s and peak MB: `python -m briefgen build` in a child process; stage columns: in-process, once.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
