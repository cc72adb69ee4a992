"""Exact-match accuracy of `briefgen.resolve_date` next to dateparser, on the dev set and the team's cases.

    python benchmarks/dates.py [--dev ../shared/eval/dev/dates.jsonl] [--team benchmarks/data/dates_team.jsonl] [-v]

Each case is a sentence, its publication date and the value it denotes (an ISO day, week, month
or year; null for a sentence that names no time). resolve_date gets the whole sentence.
dateparser is measured in the same run as the eval README describes (the gold expression alone,
RELATIVE_BASE = publication date; default, prefer-past and prefer-future settings) and on the
whole sentence (`search_dates`, first date found), so both tools face the same cases. Errors
are counted by kind of expression and by what went wrong. The dev set is internal: it is read
from the shared folder, never copied; without it only the team's cases run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from briefgen.dates import find_dates, pick

ROOT = Path(__file__).resolve().parent.parent
# ../shared next to the main checkout; a worktree (/work/wt/<branch>) finds it further up.
DEV = next(
    (p / "shared" / "eval" / "dev" / "dates.jsonl" for p in ROOT.parents if (p / "shared" / "eval" / "dev").is_dir()),
    ROOT.parent / "shared" / "eval" / "dev" / "dates.jsonl",
)
TEAM = ROOT / "benchmarks" / "data" / "dates_team.jsonl"


@dataclass(frozen=True, slots=True)
class Case:
    sentence: str
    published: date
    expression: str | None
    value: str | None


def load(path: Path) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            cases.append(
                Case(
                    row["sentence"],
                    date.fromisoformat(row.get("dct") or row["published"]),
                    row.get("expression"),
                    row.get("value"),
                )
            )
    return cases


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_MONTH_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\w+|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3}",
    re.I,
)


def kind(case: Case) -> str:
    """The kind of expression a case tests, for the error table."""
    expression = (case.expression or "").lower()
    if case.value is None:
        return "no date"
    if re.search(r"\b(?:today|tonight|yesterday|tomorrow|this morning|last night)\b", expression):
        return "today/yesterday/tomorrow"
    if _WEEKDAY.search(expression):
        return "weekday"
    if re.search(r"\bend\b|year-end|month-end", expression):
        return "end of month/year"
    if _MONTH_DAY.search(expression):
        return "month and day"
    if re.search(r"\bago\b|earlier|\bin\b|within|from", expression):
        return "counted (ago / in N)"
    if len(case.value) != 10:
        return "week/month/year"
    return "other"


def problem(case: Case, got: str | None, span: tuple[int, int] | None) -> str:
    """What went wrong, in words a reader can act on."""
    if case.value is None:
        return "date where none is named"
    if got is None:
        return "no date found"
    if len(got) != len(case.value):
        return "granularity (day vs period)"
    if case.expression and span and case.expression.lower() not in case.sentence[span[0] : span[1]].lower():
        start = case.sentence.lower().find(case.expression.lower())
        if start < 0 or not (span[0] < start + len(case.expression) and start < span[1]):
            return "another expression chosen"
    if len(got) == 10 and len(case.value) == 10:
        g, v, p = date.fromisoformat(got), date.fromisoformat(case.value), case.published
        if (g.month, g.day) == (v.month, v.day):
            return "wrong year"
        if (g - p).days * (v - p).days < 0 or ((g - p).days == 0) != ((v - p).days == 0):
            return "wrong direction (past/future)"
    return "wrong value"


def ours(case: Case) -> tuple[str | None, tuple[int, int] | None]:
    chosen = pick(case.sentence, find_dates(case.sentence, case.published))
    return (chosen.value, (chosen.start, chosen.end)) if chosen else (None, None)


def dateparser_runs() -> dict[str, Callable[[Case], str | None]]:
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed (pip install dateparser): no baseline", file=sys.stderr)
        return {}
    warnings.filterwarnings("ignore")  # dateparser warns about its own regexes on some Pythons

    def on_expression(prefer: str | None) -> Callable[[Case], str | None]:
        def run(case: Case) -> str | None:
            if not case.expression:
                return None
            settings: dict[str, object] = {"RELATIVE_BASE": datetime.combine(case.published, datetime.min.time())}
            if prefer:
                settings["PREFER_DATES_FROM"] = prefer
            parsed = dateparser.parse(case.expression, languages=["en"], settings=settings)  # type: ignore[arg-type]
            return parsed.date().isoformat() if parsed else None

        return run

    def on_sentence(case: Case) -> str | None:
        settings = {"RELATIVE_BASE": datetime.combine(case.published, datetime.min.time())}
        found = search_dates(case.sentence, languages=["en"], settings=settings)  # type: ignore[arg-type]
        return found[0][1].date().isoformat() if found else None

    return {
        "dateparser, gold expression (default)": on_expression(None),
        "dateparser, gold expression (prefer past)": on_expression("past"),
        "dateparser, gold expression (prefer future)": on_expression("future"),
        "dateparser, whole sentence (search_dates)": on_sentence,
    }


def evaluate(name: str, cases: list[Case], verbose: bool) -> None:
    print(f"\n== {name}: {len(cases)} sentences")
    errors: Counter[tuple[str, str]] = Counter()
    right = 0
    started = time.perf_counter()
    answers = [ours(c) for c in cases]
    per_sentence = (time.perf_counter() - started) / max(1, len(cases))
    for case, (got, span) in zip(cases, answers, strict=True):
        if got == case.value:
            right += 1
            continue
        errors[(kind(case), problem(case, got, span))] += 1
        if verbose:
            print(f"  miss  {case.published}  {case.expression!r} gold {case.value} got {got}: {case.sentence[:150]}")
    label = "briefgen resolve_date, whole sentence"
    print(f"{label:46} {right / len(cases):.3f}  ({right}/{len(cases)})  {per_sentence * 1e3:.2f} ms/sentence")
    days = [i for i, c in enumerate(cases) if c.value and len(c.value) == 10]
    if len(days) < len(cases):
        # dateparser only ever answers with a day: this line is the fair comparison with it.
        on_days = sum(answers[i][0] == cases[i].value for i in days)
        print(f"{'  ... on the ' + str(len(days)) + ' day-valued sentences':46} {on_days / len(days):.3f}")
    for label, run in dateparser_runs().items():
        started = time.perf_counter()
        got = [run(c) for c in cases]
        elapsed = (time.perf_counter() - started) / max(1, len(cases))
        hits = sum(g == c.value for g, c in zip(got, cases, strict=True))
        print(f"{label:46} {hits / len(cases):.3f}  ({hits}/{len(cases)})  {elapsed * 1e3:.2f} ms/sentence")
        if len(days) < len(cases):
            on_days = sum(got[i] == cases[i].value for i in days)
            print(f"{'  ... on the ' + str(len(days)) + ' day-valued sentences':46} {on_days / len(days):.3f}")
    if errors:
        print("resolve_date errors by kind of expression and what went wrong:")
        for (what, why), count in errors.most_common():
            print(f"  {count:3}  {what:26} {why}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--team", type=Path, default=TEAM)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    if args.dev.is_file():
        evaluate(f"dev set {args.dev}", load(args.dev), args.verbose)
    else:
        print(f"{args.dev}: not found (the internal eval folder is absent); dev set skipped")
    evaluate(f"team cases {args.team}", load(args.team), args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
