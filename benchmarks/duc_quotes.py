"""Speaker attribution on 1998 wire news: quotations of 197 DUC-2003 articles, labelled by reading.

    python benchmarks/quotes.py --corpus duc [--part dev|dev1|dev2|heldout|heldout2|all] [--errors]
        [--page-errors] [--by-path]

A second kind of real news beside the 2016 election coverage (PolNeAR): wire and newspaper copy
(AP, New York Times, Xinhua) on disasters, trials, diplomacy and markets. Labelled in session 17,
after all the attribution rules of sessions 1-16 were written, by two readers working apart, their
disagreements settled by a third reading. Four sets, labelled the same way:

- `dev1` (session 17, benchmarks/data/quotes/duc-labels.jsonl): 370 quotations of 58 articles, the
  two of each of the 30 clusters with at least two quotations that come first in the order of their
  ids' MD5 (59: one cluster has one such article; one article is in two clusters). The lead's
  held-out set in session 17, open to everyone from session 18 on: spent.
- `dev2` (session 18, duc-labels-2.jsonl): 357 quotations of 55 other articles, the next two of
  each cluster in the same order (two articles are in two clusters). The lead's held-out set in
  session 18 (scored four times), open to everyone from session 19 on: spent.
- `dev` is both; `heldout` (session 19, duc-labels-3.jsonl): 334 quotations of 54 articles, the next
  two of each cluster not in dev1 or dev2 (332 of 334 agreed; the two others settled as
  `unclear`). The lead's held-out set since session 19: rules are not tuned on it, and every
  scoring is reported with the number of times it has been scored.
- `heldout2` (session 20, duc-labels-4.jsonl): 220 quotations of 30 articles, the next two of each
  cluster with at least two quotations not in the sets above (the clusters run out: 30, not 60).
  Labelled the same way by two readers apart, who agreed on 219; the other (an inscription) was
  settled as `unclear`. Held out by the lead like `heldout`.

Data: ../shared/eval/dev/duc2003.jsonl (read-only, never copied here). A quotation is a run of four
or more words in straight quote marks, paired within a paragraph; a mark left open at a paragraph's
end runs to it.

Labels: for each quotation its offsets in the raw
text, how the text attributes it (`name`, `pronoun`, `description`, `carried` — no attribution of
its own, the words of the speaker just before — `none` for titles, slogans and scare quotes, or
`unclear`), and the speaker as the offsets of a mention of them in the raw text (the fullest name;
for a nameless source the description, "police spokesman"). Never the text.

Scoring is PolNeAR's (`polnear_quotes.score`): a statement found matches a quotation it overlaps;
it is right when its speaker agrees with the label's (`quotes.same_speaker`: a person by surname,
an organisation by its words or acronym, a described source by its words); `none` and `unclear`
are not scored. Each article is read the way `benchmarks/realnews.py duc` builds briefs from it.
"""

from __future__ import annotations

import json
from pathlib import Path

from polnear_quotes import EVAL_DEV, Doc, Gold, _aligner, _plain, _to_text
from quotes import ROOT

from briefgen.attribution import extract_paragraphs
from briefgen.sources.jsondump import parse_dump

DATA = EVAL_DEV / "duc2003.jsonl"
LABELS = {
    "dev1": ROOT / "benchmarks" / "data" / "quotes" / "duc-labels.jsonl",
    "dev2": ROOT / "benchmarks" / "data" / "quotes" / "duc-labels-2.jsonl",
    "heldout": ROOT / "benchmarks" / "data" / "quotes" / "duc-labels-3.jsonl",
    "heldout2": ROOT / "benchmarks" / "data" / "quotes" / "duc-labels-4.jsonl",
}
KINDS = ("name", "pronoun", "description", "carried")


def _raw_docs() -> dict[str, str]:
    """doc id -> raw text, of every DUC article."""
    texts = {}
    with DATA.open(encoding="utf-8") as lines:
        for line in lines:
            for doc in json.loads(line)["docs"]:
                texts[doc["id"]] = doc["text"]
    return texts


def load(part: str = "dev") -> list[Doc]:
    """The labelled articles of one set (`dev1`, `dev2`, `heldout`, `heldout2`), of both dev sets (`dev`) or of all."""
    texts = _raw_docs()
    by_doc: dict[str, list[dict[str, object]]] = {}
    for path in _paths(part):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                by_doc.setdefault(item["doc"], []).append(item)
    docs = []
    for doc_id, labels in by_doc.items():
        raw = texts[doc_id]
        entries, warnings = parse_dump(json.dumps({"id": doc_id, "title": "", "text": raw}), doc_id, lines=True)
        if not entries:
            raise SystemExit(f"{doc_id}: not read ({'; '.join(warnings)})")
        text, found = extract_paragraphs(entries[0].article.paragraphs)
        where = _aligner(raw, text)
        golds = []
        for n, item in enumerate(labels):
            q_start, q_end = int(item["start"]), int(item["end"])  # type: ignore[call-overload]
            kind = str(item["kind"])
            mention = item.get("speaker")
            source = _plain(raw[mention[0] : mention[1]]) if isinstance(mention, list) else None
            start, end = _to_text(where, q_start), _to_text(where, q_end)
            gold = Gold(doc_id, n, start, end, kind, source, None, (q_start, q_end))
            if end <= start or start >= len(text):
                gold.start, gold.why_unscored = -1, "not found in the text as read"
            elif kind in ("none", "unclear") or not source:
                gold.why_unscored = f"labelled {kind}"
            else:
                gold.speakers = [source]
            golds.append(gold)
        docs.append(Doc(doc_id, "heldout", raw, text, found, golds))
    return docs


def _paths(part: str) -> list[Path]:
    if part == "all":
        return list(LABELS.values())
    return [LABELS["dev1"], LABELS["dev2"]] if part == "dev" else [LABELS[part]]


def exists(part: str = "dev") -> bool:
    return DATA.exists() and all(path.exists() for path in _paths(part))
