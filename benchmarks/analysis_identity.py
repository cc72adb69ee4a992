"""Every article analysis the same, and what it costs: a digest of `analysis.encode` of every
article of three corpora, and the CPU milliseconds an article takes, by this tree's code or another's.

    python benchmarks/analysis_identity.py                         # this tree: digests and ms/article
    python benchmarks/analysis_identity.py --baseline main         # also main's code; the digests compared
    python benchmarks/analysis_identity.py --profile polnear       # cProfile of one corpus's analysis

The corpora: the 840 PolNeAR articles and every DUC-2003 document (with their real dates, as
benchmarks/realnews.py reads them; the eval data is for measurement only: nothing of its text is
printed or written, only counts, times and hashes) and 1,000 articles of benchmarks/generate.py
(seed 7, as scale.py writes them). A speed-up of the analyser must leave every digest unchanged;
`--baseline REV` runs REV's code (git archive, as scale.py --baseline) in a child process and
ends with status 1 when any digest differs, naming the first articles that do (by id).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent
DEV = next(
    (p / "shared" / "eval" / "dev" for p in ROOT.parents if (p / "shared" / "eval" / "dev").is_dir()),
    ROOT.parent / "shared" / "eval" / "dev",
)
CORPORA = ("polnear", "duc", "generated")
GENERATED = 1000


def _articles(corpus: str, scratch: Path) -> list[tuple[str, Any]]:
    """(id, Article) of one corpus, read by the briefgen imported (this tree's or --code's)."""
    from briefgen.sources import read_article
    from briefgen.sources.jsondump import parse_dump

    def dumped(objects: list[dict[str, Any]]) -> list[tuple[str, Any]]:
        raw = "\n".join(json.dumps(o) for o in objects)
        entries, _ = parse_dump(raw, corpus, lines=True)
        return [(f"{i}:{e.article.id}", e.article) for i, e in enumerate(entries)]

    if corpus == "polnear":
        objects = []
        with (DEV / "quotes-polnear-train.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                title, _, body = str(doc["text"]).partition("\n")
                objects.append(
                    {
                        "id": doc["doc_id"],
                        "title": title.strip(),
                        "text": body.strip() or title,
                        "published": doc["published"][:10],
                        "source": doc["publisher"],
                    }
                )
        return dumped(objects)
    if corpus == "duc":
        sys.path.insert(1, str(HERE.parent))
        from realnews import duc_clusters

        objects = [doc for _, docs, _ in duc_clusters(DEV / "duc2003.jsonl") for doc in docs]
        return dumped(objects)
    folder = scratch / f"generated-{GENERATED}"
    if not folder.is_dir():
        sys.path.insert(1, str(HERE.parent))
        from generate import generate

        generate(folder, GENERATED, seed=7)
    return [(p.name, read_article(p)) for p in sorted(folder.iterdir())]


def child(corpora: list[str], scratch: Path, profile: bool) -> dict[str, Any]:
    """Analyse each corpus (memories of sentences emptied before each): its digest, per-article
    digests and CPU ms an article."""
    import briefgen
    from briefgen import analysis

    found: dict[str, Any] = {"code": str(Path(briefgen.__file__).resolve().parent.parent)}
    for corpus in corpora:
        articles = _articles(corpus, scratch)
        analysis.forget_sentences()
        profiler = cProfile.Profile() if profile else None
        start = time.process_time()
        if profiler:
            profiler.enable()
        encoded = [analysis.encode(analysis.analyse(a)) for _, a in articles]
        if profiler:
            profiler.disable()
        cpu = time.process_time() - start
        if profiler:
            stats = pstats.Stats(profiler, stream=sys.stderr)
            stats.sort_stats("cumulative").print_stats(60)
            stats.sort_stats("tottime").print_stats(40)
        each = [hashlib.sha256(e.encode("utf-8", "surrogatepass")).hexdigest()[:16] for e in encoded]
        found[corpus] = {
            "articles": len(articles),
            "ms": 1000 * cpu / max(1, len(articles)),
            "digest": hashlib.sha256("".join(each).encode()).hexdigest()[:16],
            "each": dict(zip((i for i, _ in articles), each, strict=True)),
        }
    return found


def _baseline(revision: str, where: Path) -> Path:
    sys.path.insert(1, str(HERE.parent))
    from scale import checkout

    code = checkout(revision, where)
    shared = where / "shared"
    if not shared.exists():
        shared.symlink_to(DEV.parent.parent)  # its benchmarks find the eval data by walking up
    return code


def _run(code: Path, corpora: list[str], scratch: Path) -> dict[str, Any]:
    command = [sys.executable, str(HERE), "--child", "--corpora", ",".join(corpora), "--scratch", str(scratch)]
    env = dict(os.environ, PYTHONPATH=str(code))
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if Path(result["code"]).resolve() != code.resolve():
        raise SystemExit(f"the child ran the code in {result['code']}, not {code}")
    return result


def _show(label: str, result: dict[str, Any], corpora: list[str]) -> None:
    parts = [
        f"{c} {result[c]['articles']} art {result[c]['ms']:.1f} ms/art digest {result[c]['digest']}" for c in corpora
    ]
    print(f"{label}: " + " | ".join(parts), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", default=",".join(CORPORA))
    parser.add_argument("--baseline", help="a git revision whose code analyses the same articles, compared")
    parser.add_argument("--profile", action="store_true", help="cProfile the analysis (to stderr)")
    parser.add_argument("--scratch", type=Path, default=Path(tempfile.gettempdir()) / "analysis_identity")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpora = [c for c in args.corpora.split(",") if c]
    args.scratch.mkdir(parents=True, exist_ok=True)
    if args.child:
        print(json.dumps(child(corpora, args.scratch, args.profile)))
        return 0
    if args.profile:
        sys.path.insert(0, str(ROOT))
        _show("this tree", child(corpora, args.scratch, True), corpora)
        return 0
    ours = _run(ROOT, corpora, args.scratch)
    _show("this tree", ours, corpora)
    if not args.baseline:
        return 0
    commit = subprocess.run(["git", "rev-parse", args.baseline], cwd=ROOT, capture_output=True, text=True, check=True)
    kept = args.scratch / f"baseline-{commit.stdout.strip()}.json"  # a commit's results, kept
    theirs = json.loads(kept.read_text()) if kept.is_file() else {}
    if not all(c in theirs for c in corpora):
        theirs |= _run(_baseline(args.baseline, args.scratch), corpora, args.scratch)
        kept.write_text(json.dumps(theirs))
    _show(args.baseline, theirs, corpora)
    same = True
    for corpus in corpora:
        differ = [k for k, v in ours[corpus]["each"].items() if theirs[corpus]["each"].get(k) != v]
        if ours[corpus]["digest"] != theirs[corpus]["digest"]:
            same = False
            print(f"{corpus}: DIFFERENT, {len(differ)} articles, first: {differ[:5]}")
        else:
            print(f"{corpus}: identical ({ours[corpus]['articles']} analyses)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
