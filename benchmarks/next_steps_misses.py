"""Where the Next steps benchmark's missed events are lost: for each labelled event with no item on the page, the
furthest stage any of its labelled sentences reached (a diagnosis for issue 12, not a score).

    python benchmarks/next_steps_misses.py --corpus polnear-fresh5            # counts per stage
    python benchmarks/next_steps_misses.py --corpus duc -v                    # and every missed sentence

The pages are built as benchmarks/next_steps.py builds them (`make_brief` with the real fit); the stages, from the
earliest loss to the latest:

    incomplete        not a full sentence (a headline, a byline)
    unread-undated    timeline.announcement reads no event, and the sentence has no date expression
    unread-dated      timeline.announcement reads no event, though the sentence has a date expression
    on:past           read, its date before the brief's day (timeline._on)
    on:horizon        read, its date past the horizon
    on:not-fresh      read, undated, from an article older than the latest news by FRESH_DAYS
    taken             already used by another section before Next steps were chosen
    relevance0        read, weighed 0: leans on the sentence before ("He will …"), or an unnamed body
    _stale, _dated_elsewhere_and_gone, _held_since
                      dropped by that filter of timeline.next_steps
    merged            read and kept, then told as part of another item (timeline._one_per_event)
    cut-by-limit      an item, beyond the limit or MAX_UNDATED
    dropped-in-ranking  an item ranking.rank leaves out (undated, sharing no phrase with the story)
    in-other-section  an item whose sentence another section shows, or one ranked but left out for a line of
                      another section on the page that tells it (compose.assemble, `Ranked.told_by`)
    cut-by-fit        ranked, then cut to fit the page (or an item printed after its lead-in that gave way to a
                      Situation sentence or statement showing that lead-in: compose.assemble)
The held-out polnear-fresh3 is not offered."""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from collections.abc import Callable, Collection, Sequence
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import next_steps as bench

import briefgen.briefing as briefing
import briefgen.ranking as ranking
import briefgen.timeline as timeline
from briefgen.dates import find_dates
from briefgen.render import Renderer

STAGES = (
    "no-sentence",
    "incomplete",
    "unread-undated",
    "unread-dated",
    "on:past",
    "on:horizon",
    "on:not-fresh",
    "taken",
    "relevance0",
    "_stale",
    "_dated_elsewhere_and_gone",
    "_held_since",
    "merged",
    "cut-by-limit",
    "dropped-in-ranking",
    "in-other-section",
    "cut-by-fit",
    "PAGE",
)
FILTERS = ("_stale", "_dated_elsewhere_and_gone", "_held_since")


class Recorder:
    """What one brief's build passed through: the filters' drops, the relevance, the items before the limits."""

    def __init__(self) -> None:
        self.seen: dict[str, Any] = {}
        self.dropped: dict[str, str] = {}

    def patch(self) -> None:
        for name in FILTERS:
            setattr(timeline, name, self._filter(name, getattr(timeline, name)))
        next_steps, rank = ranking.next_steps, briefing.rank

        def recorded_next_steps(
            corpus: Any,
            relevance: Callable[[str], float],
            brief_date: date,
            taken: Sequence[str] = (),
            limit: int = 12,
            held: Any = None,
        ) -> Any:
            weights: dict[str, float] = {}

            def weigh(text: str) -> float:
                weights[text] = relevance(text)
                return weights[text]

            kept = next_steps(corpus, weigh, brief_date, taken, limit, held)
            unlimited = timeline.MAX_UNDATED
            timeline.MAX_UNDATED = 999
            try:
                every = next_steps(corpus, relevance, brief_date, taken, 999, held)
            finally:
                timeline.MAX_UNDATED = unlimited
            self.seen.update(weights=weights, kept=[s.text for s in kept], every=[s.text for s in every])
            return kept

        def recorded_rank(corpus: Any, brief_date: date, *args: Any) -> Any:
            ranked = rank(corpus, brief_date, *args)
            self.seen["ranked"] = [s.text for s in ranked.next_steps]
            self.seen["told_by"] = dict(ranked.told_by)
            self.seen["elsewhere"] = (
                [i.text for i in ranked.situation]
                + [i.text for i in ranked.key_points]
                + [s.text for p in ranked.positions for s in p.statements]
            )
            return ranked

        ranking.next_steps = recorded_next_steps
        briefing.rank = recorded_rank

    def _filter(self, name: str, test: Callable[..., bool]) -> Callable[..., bool]:
        def recorded(candidate: Any, *args: Any) -> bool:
            dropped = test(candidate, *args)
            if dropped:
                self.dropped.setdefault(candidate.step.text, name)
            return dropped

        return recorded

    def stage(
        self,
        text: str,
        published: date | None,
        complete: bool,
        page: Sequence[str],
        news: tuple[date, date],
        shown: Collection[str] = (),
    ) -> str:
        """The stage a labelled sentence reached (see the module's docstring); `shown`: the other sections' texts
        on the page."""
        seen = self.seen
        if text in page:
            return "PAGE"
        if any(t in shown for t in seen.get("told_by", {}).get(text, ())):
            return "in-other-section"  # ranked, and left out for a line of another section on the page
        if text in seen.get("ranked", ()):
            return "cut-by-fit"
        if text in seen.get("kept", ()):
            return "in-other-section" if text in seen.get("elsewhere", ()) else "dropped-in-ranking"
        if text in seen.get("every", ()):
            return "cut-by-limit"
        if not complete:
            return "incomplete"
        latest, brief_date = news
        ref = published or brief_date
        found = timeline.announcement(text, ref)
        if found is None:
            return "unread-dated" if find_dates(text, ref) else "unread-undated"
        when = found[1]
        fresh = (latest - ref).days <= timeline.FRESH_DAYS
        if timeline._on(found, brief_date, fresh) is None:
            if when is None:
                return "on:not-fresh"
            beyond = (when.day or timeline.period_start(when.period or "")) > timeline._horizon(brief_date)
            return "on:horizon" if beyond else "on:past"
        if text in self.dropped:
            return self.dropped[text]
        if text not in seen.get("weights", {}):
            # weighed 0 without asking: it leans on the sentence before, or names a body by its common noun alone
            leans = timeline._LEANS_BACK.match(text) or timeline._unnamed_body(text, found[0])
            return "relevance0" if leans else "taken"
        return "relevance0" if seen["weights"][text] == 0 else "merged"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    open_sets = [c for c in ("duc", "polnear", *bench.WHOLE) if c != "polnear-fresh3"]
    parser.add_argument("--corpus", choices=open_sets, default="duc")
    parser.add_argument("--clusters", nargs="*", help="only these clusters")
    parser.add_argument("-v", "--verbose", action="store_true", help="every missed event's sentences and stages")
    parser.add_argument("--json", type=Path, help="also write every event's stages here")
    args = parser.parse_args()
    whole = bench.WHOLE.get(args.corpus)
    data = bench.POLNEAR if args.corpus != "duc" else bench.DATA
    labels_path = whole[1] if whole else bench.POLNEAR_LABELS if args.corpus == "polnear" else bench.LABELS
    if not data.is_file():
        print(f"next_steps_misses: {data} not found; skipped (the eval data is internal)")
        return
    clusters = bench.load_corpus(args.corpus, data)
    labels = bench.load_labels(labels_path, clusters)
    recorder = Recorder()
    recorder.patch()
    renderer = Renderer.create()
    counts: collections.Counter[str] = collections.Counter()
    result: dict[str, Any] = {}
    for cluster_id in sorted(clusters):
        own = [lab for lab in labels if lab.cluster == cluster_id]
        if not own or (args.clusters and cluster_id not in args.clusters):
            continue
        cluster = clusters[cluster_id]
        recorder.seen.clear()
        recorder.dropped.clear()
        brief_date = date.fromisoformat(cluster["brief_date"])
        with tempfile.TemporaryDirectory(prefix="briefgen-misses-") as tmp:
            dump = Path(tmp) / f"{cluster_id}.jsonl"
            docs = [
                {"id": d["id"], "title": d.get("title") or "", "text": d["body"], "published": d["published"]}
                | {"source": d["source"]}
                for d in cluster["docs"]
            ]
            dump.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
            made = briefing.make_brief(cluster_id, [dump], brief_date, (), renderer)
        corpus = made.brief.corpus
        page = [s.text for s in made.brief.next_steps]
        brief = made.brief
        shown = {i.text for i in brief.situation + brief.key_points} | {
            s.text for p in brief.positions for s in p.statements
        }
        latest = max((a.published for a in corpus.articles if a.published), default=brief_date)
        bodies = {d["id"]: d["text"] for d in cluster["docs"]}  # (the labels' offsets point into "text")
        told: dict[int, list[tuple[str, str]]] = {}
        for sentence in corpus.sentences:
            article = corpus.articles[sentence.article]
            if article.id not in bodies:
                continue
            spans = bench.locate(bodies[article.id], bench.squash(sentence.text))
            for lab in own:
                if lab.doc == article.id and any(bench.overlaps(sp, (lab.start, lab.end)) for sp in spans):
                    stage = recorder.stage(
                        sentence.text, article.published, sentence.complete, page, (latest, brief_date), shown
                    )
                    told.setdefault(lab.event, []).append((stage, sentence.text))
        events = {lab.event: lab.central for lab in own}
        result[cluster_id] = {}
        for event, central in sorted(events.items()):
            stages = told.get(event, [])
            best = max((s for s, _ in stages), key=STAGES.index, default="no-sentence")
            result[cluster_id][event] = {"central": central, "best": best, "sentences": stages}
            if best == "PAGE":
                continue
            counts[best] += 1
            if args.verbose:
                print(f"{cluster_id} event {event} ({'central' if central else 'minor'}): {best}")
                for stage, text in stages:
                    print(f"    {stage:26} {text[:160]}")
    print(f"\nMissed events of {args.corpus} by the furthest stage reached:")
    for stage in STAGES:
        if counts[stage]:
            print(f"  {stage:28} {counts[stage]}")
    print(f"  {'all':28} {sum(counts.values())}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
