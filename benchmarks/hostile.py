"""Time and memory of `briefgen build` on hostile inputs: huge articles, endless lines, many files.

Each case is generated into a temporary folder (deterministic, nothing committed) and built into a
PDF by `python -m briefgen build` in a fresh child process: wall seconds and the child's own peak
RSS (`os.wait4`), the exit code, the page count and the number of warnings. Nothing is asserted
about time: the table is for reading (tests/hostile/ checks what the briefs hold).

    python benchmarks/hostile.py [--cases article-20mb,files-10k,...]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

GOOD = (
    "Negotiators from both countries will resume talks in Riyadh on Monday, officials said.\n\n"
    "“We are ready to sign a deal this month,” said Foreign Minister Anna Example.\n\n"
    "The delegations will meet again on March 24 to finalise the text of the agreement.\n"
)
WORDS = (
    "border talks minister capital delegation agreement troops grain corridor exchange council budget "
    "reform election vote sanctions energy"
).split()


def _good(folder: Path) -> None:
    (folder / "good.txt").write_text(f"Talks resume\n\ngood\nslug\nDate: 2025-03-17\n\n{GOOD}", encoding="utf-8")


def _report(path: Path, size: int, seed: int) -> None:
    """An article of `size` bytes of distinct sentences (every number differs: no repetition helps)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        handle.write(f"Report {seed}\n\nr{seed}\nslug\nDate: 2025-03-17\n\n")
        n = 0
        while handle.tell() < size:
            sentences = (
                f"The {rng.choice(WORDS)} of {rng.choice(WORDS)} number {seed * 10_000_000 + n + i} met the "
                f"{rng.choice(WORDS)} on Monday, officials said."
                for i in range(8)
            )
            handle.write(" ".join(sentences) + "\n\n")
            n += 8


def article_20mb(folder: Path) -> None:
    _good(folder)
    _report(folder / "huge.txt", 20_000_000, 1)


def file_49mb(folder: Path) -> None:
    _good(folder)
    _report(folder / "huge.txt", 49_000_000, 2)


def line_200k_plain(folder: Path) -> None:
    _good(folder)
    (folder / "line.txt").write_text("Line\n\n" + "word " * 40_000 + "\n", encoding="utf-8")


def line_200k_quotes(folder: Path) -> None:
    _good(folder)
    (folder / "line.txt").write_text("Line\n\n" + "“" * 200_000 + "\n", encoding="utf-8")


def line_1m_quotes_said(folder: Path) -> None:
    _good(folder)
    (folder / "line.md").write_text("Line\n\n" + "“We agree,” said Smith [a](" * 40_000 + "\n", encoding="utf-8")


def files_10k(folder: Path) -> None:
    for n in range(10_000):
        (folder / f"{n:05d}.txt").write_text(
            f"Vote {n}\n\nThe council of town {n} voted on Monday to approve a budget of {n} million euros.\n",
            encoding="utf-8",
        )


def speakers_16k(folder: Path) -> None:
    """One article of 1,000,000 characters: 16,000 quotes, each by a surname named nowhere else."""
    rng = random.Random(5)
    lines = []
    while sum(map(len, lines)) < 990_000:
        name = rng.choice("ABCDEFGHIJKLMNOPRSTVW") + "".join(rng.choices("aeioulnrst", k=7))
        lines.append(f"“We agree on the plan for the border {len(lines)},” said {name}.")
    (folder / "quotes.txt").write_text("Quotes\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    _good(folder)


def brief_limit(folder: Path) -> None:
    """Eight articles of 1 MB of distinct sentences: the brief reads up to 5,000,000 characters."""
    for n in range(8):
        _report(folder / f"{n:02d}.txt", 1_000_000, 10 + n)


CASES: dict[str, Callable[[Path], None]] = {
    "article-20mb": article_20mb,
    "file-49mb": file_49mb,
    "line-200k-plain": line_200k_plain,
    "line-200k-quotes": line_200k_quotes,
    "line-1m-quotes-said": line_1m_quotes_said,
    "files-10k": files_10k,
    "speakers-16k": speakers_16k,
    "brief-limit-8x1mb": brief_limit,
}


def run(name: str) -> list[str]:
    with tempfile.TemporaryDirectory(prefix=f"briefgen-hostile-{name}-") as tmp:
        root = Path(tmp)
        folder = root / "articles"
        folder.mkdir()
        CASES[name](folder)
        size = sum(p.stat().st_size for p in folder.iterdir())
        files = sum(1 for _ in folder.iterdir())
        out = root / "brief.pdf"
        command = [sys.executable, "-m", "briefgen", "build", "--sources", str(folder), "--date", "2025-03-18"]
        command += ["--out", str(out)]
        start = time.perf_counter()
        with subprocess.Popen(command, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as proc:
            assert proc.stderr is not None
            stderr = proc.stderr.read()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        peak_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        pages = len(PdfReader(out).pages) if out.exists() else 0
        warnings = sum(1 for line in stderr.splitlines() if "warning" in line)
        if proc.returncode != 0 or "Traceback" in stderr:
            print(f"{name}: exit {proc.returncode}\n{stderr}", file=sys.stderr)
        return [
            name,
            str(files),
            f"{size / 1e6:.1f}",
            f"{seconds:.2f}",
            f"{peak_mb:.0f}",
            str(proc.returncode),
            str(pages),
            str(warnings),
        ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated: {', '.join(CASES)}")
    args = parser.parse_args()
    head = ["case", "files", "MB in", "seconds", "peak MB", "exit", "pages", "warnings"]
    rows = [run(name) for name in args.cases.split(",")]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for row in [head, *rows]:
        print("  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
