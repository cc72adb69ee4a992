"""Sentence boundaries on real copy: suspicious splits of every eval article, counted by kind.

    python benchmarks/splits.py [--corpus duc|polnear|all] [-v] [--kind KIND]
    python benchmarks/splits.py --sample 100 --seed 1 --corpus duc      # boundaries to read by hand

Every article of ../shared/eval/dev (the DUC-2003 clusters, the PolNeAR articles of the `tune` part of
`benchmarks/polnear_quotes.py`: never its check or held-out articles) is read the way
a brief reads it (`benchmarks/realnews.py`: the JSON dump reader, then `corpus.split_article`)
and each sentence, and each boundary between two sentences of a paragraph, is checked for the
marks of a wrong split or of furniture left in a sentence:

    abbrev-end    a sentence ends on an abbreviation or an initial ("Gov.", "D-N.Y.", "Jan.", "J.")
    lower-start   a sentence opens in lower case (after any opening mark)
    close-start   a sentence opens on a closing quote mark or bracket
    short         a piece of fewer than 4 words (its neighbour is then likely cut wrong)
    long          a sentence of over 80 words (a boundary missed)
    quote-split   a quotation ends one sentence and its attribution alone is the next ("he said.")
    furniture     a dateline, byline, "(AP) _", photo credit or caption left in a sentence
    headline      the article's title, or a line in title case, glued to the first sentence

A mark is a suspicion, not an error: `--sample` prints random flagged and unflagged boundaries
(ids and offsets, and the text around them, to the terminal only) for reading by hand.
`page` counts only sentences the brief may quote (`complete`). The eval text is read in place;
nothing of it is stored.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polnear_quotes import in_part  # noqa: E402

from briefgen.corpus import body_sentences, split_article  # noqa: E402
from briefgen.models import Article  # noqa: E402
from briefgen.sources.jsondump import parse_dump  # noqa: E402

EVAL_DEV = next(
    (p / "shared" / "eval" / "dev" for p in ROOT.parents if (p / "shared" / "eval" / "dev").is_dir()),
    ROOT.parent / "shared" / "eval" / "dev",
)
KINDS = ("abbrev-end", "lower-start", "close-start", "short", "long", "quote-split", "furniture", "headline")
LONG_WORDS = 80
SHORT_WORDS = 4

_MONTHS = "Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec"
_TITLES = (
    "Adm|Amb|Atty|Brig|Capt|Cmdr|Col|Cpl|Det|Dr|Ft|Gen|Gov|Hon|Lt|Maj|Mr|Mrs|Ms|Mt|Prof|Rep|Rev|Sen|Sgt|St|No|Nos"
    "|Inc|Corp|Co|Ltd|Jr|Sr|vs|Ave|Blvd|Rd|Dept|Univ|Assn|Calif|Fla|Mass|Penn|Tenn|Wash|Ariz|Colo|Conn|Ill|Ind|Kan"
    "|Mich|Minn|Miss|Neb|Nev|Okla|Ore|Wis|Wyo|Ky|La|Md|Mo|Mont|Va|Vt|Del|Ga|Ala|Ark"
)
_ABBREV_END = re.compile(
    rf"(?:\b(?:{_MONTHS}|{_TITLES})\.|\b[A-Z]\.|\b(?:[A-Za-z]\.){{2,}}|-[A-Z]\.(?:[A-Z]\.)?)[\"”’')\]]*$"
)
_OPENING = "\"'“‘([—–- "
_CLOSE_START = re.compile(r"^[”’)\]]")
_QUOTE_END = re.compile(r"[,.?!][\"”’']$|[\"”’'][.?!]$")
_SPEECH = r"(?:said|says|asked|asks|told|wrote|writes|added|adds|continued|explained|noted|replied|declared|insisted)"
_ATTRIBUTION = re.compile(rf"^[^\"“”]{{0,60}}\b{_SPEECH}\b[^\"“”]{{0,60}}[.!?]$")
_FURNITURE = re.compile(
    r"\((?:AP|Reuters|AFP|UPI|CNN|Xinhua)\)|^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][\w.'’-]*){0,4}\s+_\s|^_\s|\bAP Photo\b"
    r"|\bPhoto(?:graph)? (?:by|credit)\b|\b(?:Getty|AFP) Images\b|\bpic\.twitter\.com/"
    r"|\bBy [A-Z]{2,}(?: [A-Z.]+){1,3}\b|\b(?:Associated Press|Staff|Special to The) Writer\b"
    r"|^[A-Z]{3,}(?:[ ,]+[A-Z]{2,}){0,3}\s[-—–]\s|\(File\)|\bFILE -"
    r"|\bCaption\b|^Eds?:|\b\d+(?:st|nd|rd|th) (?:graf|Ld|Add)\b|\bWritethru\b"
)
_TITLE_CASE_RUN = re.compile(r"^(?:[A-Z][\w’'-]*[:,]?\s+){5,}")


@dataclass(frozen=True)
class Item:
    corpus: str
    doc: str
    paragraph: int
    start: int
    end: int
    kind: str
    page: bool  # the sentence (or the fragment's neighbour) may be quoted on a brief
    text: str  # the sentence: printed to the terminal only
    after: str  # the next sentence of the paragraph, if any


def _article(doc_id: str, title: str, text: str) -> Article | None:
    dump = json.dumps({"id": doc_id, "title": title, "text": text or title})
    entries, _ = parse_dump(dump, doc_id, lines=True)
    return entries[0].article if entries else None


def articles(corpus: str) -> Iterator[tuple[str, str, str, Article]]:
    """(corpus, doc id, the title as given, article) as realnews.py reads them."""
    if corpus in ("duc", "all"):
        with (EVAL_DEV / "duc2003.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                for doc in json.loads(line)["docs"]:
                    article = _article(doc["id"], "", doc["text"])
                    if article:
                        yield "duc", doc["id"], "", article
    if corpus in ("polnear", "all"):
        with (EVAL_DEV / "quotes-polnear-train.jsonl").open(encoding="utf-8") as lines:
            for index, line in enumerate(lines):
                # the open part only (quotes.py's `tune`): rules are never read off the check or held-out articles
                if not in_part(index, "tune"):
                    continue
                doc = json.loads(line)
                title, _, body = str(doc["text"]).partition("\n")
                article = _article(doc["doc_id"], title.strip(), body.strip())
                if article:
                    yield "polnear", doc["doc_id"], title.strip(), article


def kinds_of(text: str, after: str, first: bool, title: str) -> list[str]:
    """The suspicious marks of sentence `text` (followed by `after` in its paragraph)."""
    found = []
    words = text.split()
    if after and _ABBREV_END.search(text):
        found.append("abbrev-end")
    head = text.lstrip(_OPENING)
    if head[:1].islower():
        found.append("lower-start")
    if _CLOSE_START.match(text):
        found.append("close-start")
    if len(words) < SHORT_WORDS:
        found.append("short")
    if len(words) > LONG_WORDS:
        found.append("long")
    if _FURNITURE.search(text):
        found.append("furniture")
    if first and ((title and len(title) > 12 and text.startswith(title[:40])) or _TITLE_CASE_RUN.match(text)):
        found.append("headline")
    return found


def scan(corpus: str) -> tuple[list[Item], list[Item], Counter[str]]:
    """The flagged items, every boundary not flagged (as an item of kind "ok"), and totals."""
    flagged: list[Item] = []
    clean: list[Item] = []
    totals: Counter[str] = Counter()
    for name, doc_id, title, article in articles(corpus):
        totals[f"{name} articles"] += 1
        split = split_article(article)
        spans = body_sentences(article.paragraphs)
        for i, ((text, p_index, complete), (_, start, end)) in enumerate(zip(split, spans, strict=True)):
            totals[f"{name} sentences"] += 1
            totals[f"{name} page"] += complete
            same_paragraph = i + 1 < len(split) and split[i + 1][1] == p_index
            after = split[i + 1][0] if same_paragraph else ""
            next_complete = split[i + 1][2] if same_paragraph else False
            kinds = kinds_of(text, after, i == 0, title)
            if after and _QUOTE_END.search(text) and _ATTRIBUTION.match(after) and len(after.split()) <= 12:
                kinds.append("quote-split")
            for kind in kinds:
                page = complete or (kind in ("short", "quote-split") and next_complete)
                flagged.append(Item(name, doc_id, p_index, start, end, kind, page, text, after))
            if after and not kinds:
                clean.append(Item(name, doc_id, p_index, start, end, "ok", complete, text, after))
    return flagged, clean, totals


def _show(item: Item, width: int = 110) -> str:
    text = item.text if len(item.text) <= 2 * width else f"{item.text[:width]} … {item.text[-width:]}"
    after = item.after[:width] if item.after else ""
    where = f"{item.doc} p{item.paragraph} {item.start}-{item.end} {item.kind}{' page' if item.page else ''}"
    return f"  {where}\n    {text!r}\n    ⟶ {after!r}"


def _boundary(item: Item, width: int = 70) -> str:
    return f"{item.kind[:5]:<5} {item.text[-width:]:>{width}} ‖ {item.after[:width]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=("duc", "polnear", "all"), default="all")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every flagged item")
    parser.add_argument("--kind", choices=KINDS, help="only this kind (with -v or --sample)")
    parser.add_argument("--sample", type=int, default=0, help="print N random flagged and N unflagged boundaries")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--brief", action="store_true", help="a line a boundary: one sentence's end, the next's start")
    args = parser.parse_args()
    flagged, clean, totals = scan(args.corpus)
    corpora = [c for c in ("duc", "polnear") if totals[f"{c} articles"]]
    print("kind          " + "".join(f"{c:>18}" for c in corpora) + "   (all / may reach the page)")
    for kind in KINDS:
        row = ""
        for c in corpora:
            items = [i for i in flagged if i.corpus == c and i.kind == kind]
            row += f"{len(items):>10} /{sum(i.page for i in items):>6}"
        print(f"{kind:<14}{row}")
    for what in ("articles", "sentences", "page"):
        print(f"{what:<14}" + "".join(f"{totals[f'{c} {what}']:>18}" for c in corpora))
    chosen = [i for i in flagged if args.kind is None or i.kind == args.kind]
    if args.verbose:
        for item in chosen:
            print(_show(item))
    if args.sample:
        rng = random.Random(args.seed)
        print(f"\n--- {args.sample} flagged")
        show = _boundary if args.brief else _show
        for item in rng.sample(chosen, min(args.sample, len(chosen))):
            print(show(item))
        print(f"\n--- {args.sample} unflagged boundaries")
        for item in rng.sample(clean, min(args.sample, len(clean))):
            print(show(item))


if __name__ == "__main__":
    main()
