"""Speaker attribution on real news: the PolNeAR quotations (840 election articles, 2015-16).

    python benchmarks/quotes.py --corpus polnear [--part dev|tune|check|heldout|all] [--errors] [--kind pronoun]
    python benchmarks/quotes.py --corpus polnear --part tune --half A      # one fixed half (`half_of`)

Data: ../shared/eval/dev/quotes-polnear-train.jsonl (read-only, never copied here): whole
articles with every quotation of four or more words inside quote marks labelled with the source
span trained annotators marked (`name`, `pronoun`, `description` or `none`).

Split: the article at position i of the file (0-based) is held out when i % 5 == 4 (168
articles, 946 quotations); the other 672 are the dev part. Rules are developed on the dev part
only; the held-out part is scored once, at the end. (It was scored in the second round of
issue 11, so it is no longer untouched.) From the third round on, the dev part is split again
before any rule changed: `check` (i % 5 == 3, 168 articles) is scored once at the end of a
round, rules are tuned on `tune` (i % 5 in 0, 1, 2; 504 articles).

How each article is read: the way `benchmarks/realnews.py` builds briefs from it — the first
line is the title, the rest goes through the JSON dump reader (cleaning, paragraphs) and the
attribution the brief uses (`extract_paragraphs(article.paragraphs)`). Labels are mapped from
the raw text onto that text by aligning the two.

Scoring:
- A predicted statement matches a labelled quotation when their spans overlap. It is correct
  when its speaker agrees with the speaker of an overlapping label, wrong when it agrees with
  none of them. A prediction that overlaps no scored label is not counted (reported speech with
  no quotation in it; a quotation whose label is not scored), and its number is printed.
- Speakers agree as in the team set (`quotes.same_speaker`): a person by surname ("Clinton" =
  "Hillary Clinton"), an organisation by its words or acronym.
- `name`: the source span, cut to the name ("Tom Reyes, 23, a student from …" -> "Tom
  Reyes"; "former Secretary of State Ada Lorrin" -> "Ada Lorrin").
- `pronoun`: the corpus marks only "he"/"she". Who it is was decided by reading each case; the
  answer is stored in benchmarks/data/quotes/polnear-referents.jsonl as offsets (doc id, the
  quotation's start and end, and the start and end of a mention of the referent in the raw
  text) — never as text. A pronoun nobody in the text is (the writer's "I", a generic "they")
  or one readers could not settle is not scored, and counted as such.
- `description`: a description that names people ("former Obama adviser David Axelrod") scores
  by those names; a definite one ("the Florida senator", "who", "the statement") by the referent
  read like a pronoun's (the description itself also agrees); an indefinite one ("a campaign
  aide", "one user") is a described source: a prediction agrees when its words do.
- `none`: annotators marked no source (titles, slogans, some tweets): not scored. How many of
  them got a speaker is printed.
Recall counts the scored labels that some correct prediction overlaps.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from quotes import ROOT, Score, same_speaker

from briefgen.attribution import Quote, extract_paragraphs
from briefgen.attribution.lexicon import ORG_HEADS, ROLE_WORDS
from briefgen.positions import named_outlets, on_page
from briefgen.sources.jsondump import parse_dump

# ../shared/eval from the main checkout, ../../shared/eval from a worktree under /work/wt.
EVAL_DEV = next(
    (p / "shared" / "eval" / "dev" for p in ROOT.parents if (p / "shared" / "eval" / "dev").is_dir()),
    ROOT.parent / "shared" / "eval" / "dev",
)
DATA = EVAL_DEV / "quotes-polnear-train.jsonl"
REFERENTS = ROOT / "benchmarks" / "data" / "quotes" / "polnear-referents.jsonl"
KINDS = ("name", "pronoun", "description", "none")
# What a referent label says when no mention in the text names the source.
NO_REFERENT = {
    "writer": "the writer of the piece (I, we) or of a letter the text does not name",
    "generic": "a generic they/you/people",
    "unclear": "readers could not settle who",
    "self": 'the description is the source as the text gives it ("the crowd", "the committee")',
}


def part_of(index: int) -> str:
    return "heldout" if index % 5 == 4 else "dev"


def in_part(index: int, part: str) -> bool:
    """Whether article `index` is in `part`: all, dev (= tune + check), tune, check or heldout."""
    if part == "tune":
        return index % 5 in (0, 1, 2)
    if part == "check":
        return index % 5 == 3
    return part == "all" or part_of(index) == part


def half_of(doc_id: str) -> str:
    """The fixed half ("A" or "B") of an article, by the parity of the first byte of its id's SHA-1.

    Rules are written from half A's misses only; half B is scored before and after, to tell a rule
    that carries over to text it was not written for from one fitted to A.
    """
    return "A" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "B"


@dataclass
class Gold:
    doc: str
    index: int  # label index within the document
    start: int  # in the article text as read (-1: not found)
    end: int
    kind: str
    source: str | None
    cue: str | None
    raw: tuple[int, int]  # the label's offsets in the raw text
    speakers: list[str] = field(default_factory=list)  # who agrees; empty: not scored
    why_unscored: str = ""


@dataclass
class Doc:
    id: str
    part: str
    raw: str
    text: str  # the article body as the brief reads it
    found: list[Quote]
    golds: list[Gold]


def _raw_docs() -> Iterator[tuple[int, dict[str, object]]]:
    with DATA.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            yield index, json.loads(line)


def _read(doc: dict[str, object]) -> tuple[str, int, list[Quote]]:
    """The article as realnews.py builds it: (body text, offset of the body in the raw text, statements)."""
    raw = str(doc["text"])
    title, _, body = raw.partition("\n")
    dump = json.dumps({"id": doc["doc_id"], "title": title.strip(), "text": body.strip() or title})
    entries, warnings = parse_dump(dump, str(doc["doc_id"]), lines=True)
    if not entries:
        raise SystemExit(f"{doc['doc_id']}: not read ({'; '.join(warnings)})")
    text, found = extract_paragraphs(entries[0].article.paragraphs)
    return text, len(title) + 1, found


def _aligner(raw: str, text: str) -> list[int]:
    """For each offset of the text read, its offset in the raw body. Reading drops characters
    (invisible ones, whitespace runs, furniture paragraphs) and turns line breaks and no-break
    spaces into spaces: each paragraph read is found in the raw text by its first words, then
    walked character by character."""
    where = [0] * (len(text) + 1)
    i = 0
    for para in re.finditer(r"[^\n]+", text):
        words = para.group(0).split()[:8]
        found = re.compile(r"[\s\W]*".join(re.escape(w) for w in words)).search(raw, i) if words else None
        i = found.start() if found else i
        for j in range(para.start(), para.end()):
            ch = text[j]
            if ch in "“”" and raw[i : i + 2] in ("''", "``"):  # a mark reading made curly (text.clean)
                where[j] = i
                i += 2
                continue
            if ch in "‘’" and raw[i : i + 1] == "'":  # the inner mark of “‘ or ’” read from three apostrophes
                where[j] = i
                i += 1
                continue
            while i < len(raw) and raw[i] != ch and not (ch == " " and raw[i].isspace()):
                if not (raw[i].isspace() or not raw[i].isprintable() or ch == " "):
                    break  # a character reading changed: keep the place
                i += 1
            where[j] = min(i, len(raw))
            if i < len(raw) and (raw[i] == ch or (ch == " " and raw[i].isspace())):
                i += 1
        where[para.end()] = min(i, len(raw))
    for j in range(1, len(where)):  # the blank lines between paragraphs
        where[j] = max(where[j], where[j - 1])
    return where


def _to_text(where: list[int], offset: int) -> int:
    """A raw offset in the text read: the first text offset at or past it."""
    return bisect.bisect_left(where, offset)


_NAME_CUT = re.compile(r"\s+(?:who|whose|which|from|in a|in an|at)\s|\s+\(|\s+(?:and|&)\s+(?=[a-z])")
_PERSON_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:de|van|von|la|le|del|al)?\s*[A-Z][\w'’.-]*)*")
_TITLE_WORDS = ROLE_WORDS | {"former", "the", "of", "late"}


def _name_in(segment: str) -> str | None:
    """The last capitalised run of a segment that is not an owner ("Florida’s Republican"),
    title words in front of it dropped; before " of " when a name precedes it ("Gov. Phil
    Bryant of Mississippi", but "Secretary of State Madeleine Albright")."""
    head = _NAME_CUT.split(segment, maxsplit=1)[0]
    before_of = head.split(" of ")[0]
    if before_of != head and [w for w in before_of.split() if w.lower().rstrip(".") not in _TITLE_WORDS]:
        head = before_of
    # An owner goes: "Florida’s Rick Wilson" is Rick Wilson, "Florida’s Republican" is nobody.
    runs = [re.split(r"['’]s\s+", r.group(0))[-1] for r in _PERSON_RUN.finditer(head)]
    runs = [r for r in runs if r[:1].isupper() and not re.search(r"['’]s$", r)]
    if not runs:
        return None
    words = runs[-1].strip(" ,.").split()
    # (but an organisation keeps its words: "State Department", "Senate Majority PAC")
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_WORDS and words[-1].lower() not in ORG_HEADS:
        words.pop(0)
    return " ".join(words) or None


# One capitalised word that is no name: a pronoun or possessive opening the span ("Her campaign
# manager, Ned Arkell,"), a party word before a title ("Ohio’s Republican attorney general, …").
_NO_NAME = frozenset("he she her his their its our my they we i republican democrat democratic".split())


def gold_names(source: str) -> list[str]:
    """The names a source span gives: "Ada Lund, 23, a student" -> ["Ada Lund"];
    "Ben Ortiz and House Speaker Cy Park" -> both; "Ohio’s attorney general, Dee Marsh,"
    -> ["Dee Marsh"]; "Her aide, Ned Arkell," -> ["Ned Arkell"]; an organisation stays whole
    ("Judicial Watch", "The Washington Post")."""
    names = []
    source = re.split(r"\s*[“\"]", source)[0] or source  # 'Vell "He will …"': the quote is no name
    for piece in re.split(r"\s+(?:and|&)\s+(?=[A-Z])", source.strip(" ,")):
        for segment in piece.split(","):
            name = _name_in(segment)
            if name and name.lower() not in _NO_NAME:
                names.append(name)
                break
    return names or [source.strip(" ,")]


_INDEFINITE = ("a", "an", "one", "another", "some", "many", "two", "three", "several", "most", "other")
# A segment of a description that ends in a name: "former party adviser Ned Hale", "Rosa
# Quint" in commas, "76-year-old Otto Vail" — but not a name after a preposition ("the
# former top aide to Governor Anna B. Cole" is the aide) or a place before a title ("the New
# Jersey governor").
_ENDS_IN_NAME = re.compile(r"(?:^|(?<=\s))(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+\s*$")
_OF_A_NAME = re.compile(r"\b(?:of|to|for|at|with|by|from)\s+(?:the\s+)?[“\"]?[A-Z]")


def _description_speakers(source: str) -> tuple[list[str], bool]:
    """(names the description gives, whether it needs a referent read from the text)."""
    words = source.strip().split()
    if words and words[0].lower() in _INDEFINITE:
        return [source.strip(" ,")], False
    for segment in source.strip(" ,").split(","):
        segment = re.sub(r"^\s*(?:the|The)\s+", "", segment.strip())
        if _ENDS_IN_NAME.search(segment) and not _OF_A_NAME.search(segment):
            return gold_names(segment), False
    return [source.strip(" ,")], True


def load_referents() -> dict[tuple[str, int, int], list[int] | str]:
    """(doc id, quotation start, end) -> [start, end] of a mention of the referent, or a NO_REFERENT code."""
    found: dict[tuple[str, int, int], list[int] | str] = {}
    if REFERENTS.exists():
        for line in REFERENTS.read_text("utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                key = (item["doc"], item["start"], item["end"])
                found[key] = item["referent"]
                _BY[key] = item.get("by", "read")
    return found


# How each referent was settled: "read" by a person, or "chain" (see `chained`).
_BY: dict[tuple[str, int, int], str] = {}


def needs_referent(quote: dict[str, object]) -> bool:
    if quote["source_kind"] == "pronoun":
        return True
    return quote["source_kind"] == "description" and _description_speakers(str(quote["source"]))[1]


def load(part: str, half: str = "") -> list[Doc]:
    """The articles of `part`; with `half` ("A" or "B"), only those of that half (`half_of`)."""
    referents = load_referents()
    docs = []
    for index, doc in _raw_docs():
        if not in_part(index, part) or (half and half_of(str(doc["doc_id"])) != half):
            continue
        raw = str(doc["text"])
        text, body_at, found = _read(doc)
        where = _aligner(raw[body_at:], text)
        golds = []
        labels: list[dict[str, object]] = doc["quotes"]  # type: ignore[assignment]
        for n, q in enumerate(labels):
            q_start, q_end = int(q["start"]), int(q["end"])  # type: ignore[call-overload]
            start = _to_text(where, q_start - body_at)
            end = _to_text(where, q_end - body_at)
            source, cue = q["source"], q["cue"]
            if isinstance(source, str):
                source = _plain(source)
            kind = str(q["source_kind"])
            gold = Gold(str(doc["doc_id"]), n, start, end, kind, source, cue, (q_start, q_end))  # type: ignore[arg-type]
            if start < 0 or end <= start:
                gold.start, gold.why_unscored = -1, "not found in the text as read"
            elif gold.kind == "none":
                gold.why_unscored = "annotators marked no source"
            elif gold.kind == "name":
                gold.speakers = gold_names(str(gold.source))
            else:
                own, needs = _description_speakers(str(gold.source)) if gold.kind == "description" else ([], True)
                gold.speakers = list(own)
                if needs:
                    referent = referents.get((gold.doc, q_start, q_end))
                    if referent is None:
                        gold.speakers, gold.why_unscored = [], "referent not labelled yet"
                    elif isinstance(referent, str):
                        if gold.kind == "pronoun" or referent != "self":
                            gold.speakers, gold.why_unscored = [], f"no referent: {referent}"
                    else:
                        gold.speakers.append(_plain(raw[referent[0] : referent[1]]))
            if not gold.speakers and not gold.why_unscored:
                gold.why_unscored = "no name in the source span"
            golds.append(gold)
        docs.append(Doc(str(doc["doc_id"]), part_of(index), raw, text, found, golds))
    return docs


@dataclass
class Result:
    total: Score = field(default_factory=Score)
    by_kind: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    classes: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (class, line)
    unscored_predictions: Counter[str] = field(default_factory=Counter)
    unscored_labels: Counter[str] = field(default_factory=Counter)
    none_given_speaker: int = 0


def _plain(name: str) -> str:
    """A name as compared: composed accents, no invisible characters (raw web text has both)."""
    name = unicodedata.normalize("NFC", name)
    return "".join(" " if ch.isspace() else ch for ch in name if ch.isprintable() or ch.isspace())


def _agrees(quote: Quote, gold: Gold) -> bool:
    return any(same_speaker(_plain(quote.speaker), speaker) for speaker in gold.speakers)


def _show(doc: Doc, start: int, end: int, width: int = 70) -> str:
    return repr(" ".join(doc.text[start:end].split())[:width])


def score(docs: list[Doc], kinds: tuple[str, ...] = KINDS) -> Result:
    result = Result()
    for doc in docs:
        golds = [g for g in doc.golds if g.start >= 0]
        correct_of: dict[int, bool] = {}
        wrong_over: dict[int, Quote] = {}
        for q in doc.found:
            hits = [g for g in golds if q.start < g.end and g.start < q.end]
            scored = [g for g in hits if g.speakers and g.kind in kinds]
            if not scored:
                if any(g.kind == "none" for g in hits) and not any(g.speakers for g in hits):
                    result.none_given_speaker += 1
                reason = "overlaps no labelled quotation" if not hits else "overlaps only unscored labels"
                result.unscored_predictions[f"{q.kind}: {reason}"] += 1
                continue
            main = max(scored, key=lambda g: min(q.end, g.end) - max(q.start, g.start))
            good = [g for g in scored if _agrees(q, g)]
            tally = result.by_kind[main.kind]
            if good:
                result.total.correct += 1
                tally.correct += 1
                for g in good:
                    correct_of[g.index] = True
                continue
            result.total.wrong += 1
            tally.wrong += 1
            for g in scored:
                wrong_over.setdefault(g.index, q)
            kind = f"wrong speaker [{main.kind}, cue {q.cue}]"
            result.classes[kind] += 1
            gold = "; ".join(" / ".join(g.speakers) for g in scored)
            how = f" by {q.how!r}" if q.how else ""
            line = f"{doc.id}\t{kind}\tpredicted {q.speaker!r}{how}, gold {gold} ({main.source!r} {main.cue!r})\t"
            result.errors.append((kind, line + _show(doc, q.start, q.end)))
        for g in doc.golds:
            if not g.speakers or g.kind not in kinds:
                if g.kind in kinds:
                    result.unscored_labels[f"{g.kind}: {g.why_unscored}"] += 1
                continue
            result.total.labels += 1
            result.by_kind[g.kind].labels += 1
            if correct_of.get(g.index):
                result.total.found += 1
                result.by_kind[g.kind].found += 1
                continue
            if g.index in wrong_over:
                kind = f"missed: given to someone else [{g.kind}]"
            else:
                kind = f"missed: no statement [{g.kind}, cue {_cue_class(g.cue)}]"
            result.classes[kind] += 1
            line = f"{doc.id}\t{kind}\tgold {' / '.join(g.speakers)!r} ({g.source!r} {g.cue!r})\t"
            result.errors.append((kind, line + _show(doc, g.start, g.end)))
    return result


_KNOWN_CUES = re.compile(
    r"^(?:also\s+|has\s+|had\s+|later\s+|then\s+)*(?:said|says|say|told|tells|added|adds|wrote|writes|asked|"
    r"according to|tweeted|saying|adding|telling|stated|explained|noted|notes|replied|responded|declared|"
    r"argued|insisted|warned|continued|concluded|admitted|acknowledged|called|calling)\b",
    re.I,
)


def _cue_class(cue: str | None) -> str:
    if not cue:
        return "none marked"
    cue = cue.strip()
    if cue in (":", "-", "—"):
        return "punctuation"
    return "common verb" if _KNOWN_CUES.match(cue) else "other cue"


def report(
    docs: list[Doc],
    errors: bool,
    kinds: tuple[str, ...] = KINDS,
    part: str = "",
    page_errors: bool = False,
    paths: bool = False,
    by_path: bool = False,
    name: str = "PolNeAR",
) -> None:
    result = score(docs, kinds)
    labels = sum(len(d.golds) for d in docs)
    print(f"{name} {part}: {len(docs)} articles, {labels} labelled quotations")
    print(f"  all scored    {result.total.line()}")
    # What a brief may show: the statements whose speaker the reader is sure of.
    sure = score([replace(d, found=[q for q in d.found if q.sure]) for d in docs], kinds)
    print(f"  sure only     {sure.total.line()}")
    # What a brief shows: sure, a named actor, a statement that says something (positions.on_page).
    page = score([replace(d, found=[q for q in d.found if on_page(q, named_outlets(d.text))]) for d in docs], kinds)
    print(f"  on the page   {page.total.line()}")
    wrong_on_page = [line for kind, line in sorted(page.errors) if kind.startswith("wrong speaker")]
    if paths:
        _report_paths(docs, kinds)
    if by_path:
        _report_by_path(docs, kinds)
    for kind in kinds:
        if kind in result.by_kind:
            print(f"  {kind:13} {result.by_kind[kind].line()}")
    print("  not scored: " + ", ".join(f"{n} {k}" for k, n in sorted(result.unscored_labels.items())))
    print(
        "  predictions not scored: "
        + ", ".join(f"{n} {k}" for k, n in sorted(result.unscored_predictions.items()))
        + f"; {result.none_given_speaker} of them on quotations whose source annotators left unmarked"
    )
    print("\n  error classes:")
    for kind, count in result.classes.most_common():
        print(f"    {count:4}  {kind}")
    if errors:
        print("\n  errors:")
        for _, line in sorted(result.errors):
            print("    " + line)
    if page_errors:
        print(f"\n  wrong speakers on the page ({len(wrong_on_page)}):")
        for line in wrong_on_page:
            print("    " + line)


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_HONORIFICS = frozenset("mr mrs ms dr sen rep gov gen president senator".split())


def path_of(q: Quote) -> str:
    """How a statement was attributed, as a reader would name the reading: the clue (`cue`) and
    how the attribution sentence refers to the speaker — by a word of their name ("named"), by
    he/she ("pronoun"), by it/they ("it/they"), or by neither ("described/carried": a title, a
    description, or nothing, the speaker carried over from before)."""
    frame = _QUOTED.sub(" ", q.anchor.replace(q.quote, " ") if q.kind == "indirect" else q.anchor)
    words = {w.lower() for w in re.findall(r"[\w’'-]+", frame)}
    own = {w.lower() for w in re.findall(r"[\w-]+", re.sub(r"['’]s\b", "", q.speaker)) if w[:1].isupper()}
    if own - _HONORIFICS & words:
        form = "named"
    elif words & {"he", "she"}:
        form = "pronoun"
    elif words & {"it", "they"}:
        form = "it/they"
    else:
        form = "described/carried"
    return f"{q.kind[:3]} {q.cue or '-'} / {form}"


def _report_paths(docs: list[Doc], kinds: tuple[str, ...]) -> None:
    """Each reading's precision, of every statement and of those the page shows."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # all right, all wrong, page right, page wrong
    for doc in docs:
        outlets = named_outlets(doc.text)
        for q in doc.found:
            one = score([replace(doc, found=[q])], kinds).total
            if not one.correct + one.wrong:
                continue
            row = tally[path_of(q)]
            row[0 if one.correct else 1] += 1
            if on_page(q, outlets):
                row[2 if one.correct else 3] += 1
    print("\n  by reading (all: right/wrong; page: right/wrong, precision):")
    for path, (ar, aw, pr, pw) in sorted(tally.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
        page = f"{pr / (pr + pw):.3f}" if pr + pw else "  -  "
        print(f"    {path:40} all {ar:4}/{aw:<3} page {pr:4}/{pw:<3} {page}")


def _report_by_path(docs: list[Doc], kinds: tuple[str, ...]) -> None:
    """Each resolver reading's precision (`Quote.how`: which strategy named the speaker of a
    he/she, a "the …" description, …), with the clue it came by, of every statement, of the sure
    ones, and of those the page shows: a reading that misnames too often should not reach the page."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0] * 6)  # all, sure, page: right, wrong
    for doc in docs:
        outlets = named_outlets(doc.text)
        for q in doc.found:
            if not q.how:
                continue
            one = score([replace(doc, found=[q])], kinds).total
            if not one.correct + one.wrong:
                continue
            row = tally[f"{q.how} <{q.cue or '-'}>"]
            row[0 if one.correct else 1] += 1
            if q.sure:
                row[2 if one.correct else 3] += 1
            if on_page(q, outlets):
                row[4 if one.correct else 5] += 1
    print("\n  by resolver reading <cue> (right/wrong: all, sure, page; page precision):")
    for path, (ar, aw, sr, sw, pr, pw) in sorted(tally.items()):
        page = f"{pr / (pr + pw):.3f}" if pr + pw else "  -  "
        print(f"    {path:58} all {ar:4}/{aw:<3} sure {sr:4}/{sw:<3} page {pr:4}/{pw:<3} {page}")


def _to_read() -> Iterator[tuple[int, str, dict[str, object], dict[str, object]]]:
    """(stable number, part, document, label) of every label whose referent is read by hand."""
    number = 0
    for index, doc in _raw_docs():
        labels: list[dict[str, object]] = doc["quotes"]  # type: ignore[assignment]
        for q in labels:
            if needs_referent(q):
                yield number, part_of(index), doc, q
                number += 1


_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]+(?:\s+[A-Z][\w'’.-]+)*")


_FUNCTION_WORDS = frozenset(
    """He She It I We They You The But And A An In On At As That This Yes No So Still Then If When What
    Why How Who Asked Mr Mrs Ms Dr Now Well Oh And Or Not Our My His Her Their There Here Later After
    Before Meanwhile Also Even Just""".split()
)


def chained(doc: dict[str, object], q: dict[str, object], settled: dict[int, str]) -> str | None:
    """Who a he/she is when it continues a quotation chain and no one else can be meant: the
    previous quotation of the article has a named source (or a pronoun settled so), ends at most
    400 characters before, and nothing capitalised outside quote marks but that name and
    function words stands in between. `settled` maps label start -> name for the chain. Those
    are labelled without reading (`--auto-referents`); every other case is read."""
    if q["source_kind"] != "pronoun" or str(q["source"]).strip().lower() not in ("he", "she"):
        return None
    labels: list[dict[str, object]] = doc["quotes"]  # type: ignore[assignment]
    start = int(q["start"])  # type: ignore[call-overload]
    earlier = [p for p in labels if int(p["end"]) <= start]  # type: ignore[call-overload]
    if not earlier:
        return None
    prev = earlier[-1]
    raw = str(doc["text"])
    between = raw[int(prev["end"]) : start]  # type: ignore[call-overload]
    if len(between) > 400:
        return None
    if prev["source_kind"] == "name":
        names = gold_names(str(prev["source"]))
        if len(names) != 1 or len(names[0].split()) > 4:
            return None
        name = names[0]
    else:
        name = settled.get(int(prev["start"]), "")  # type: ignore[call-overload]
        if not name:
            return None
    own = set(name.replace("’s", "").split())
    # `between` runs from the previous quotation's closing mark to this one's opening mark:
    # those two marks go first, then the quotations inside it.
    between = re.sub(r"^[\s,.!?]*[”\"’']|[“\"‘']\s*$", "", between)
    outside = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", between)
    for word in re.findall(r"[A-Z][\w'’-]*", outside):
        if word not in own and re.sub(r"['’]s$", "", word) not in own and word not in _FUNCTION_WORDS:
            return None
    return name


def auto_referents() -> None:
    """Store the referents `chained` settles (as the last mention of the surname before the
    quotation); print how many."""
    existing = load_referents()
    added = 0
    settled: dict[int, str] = {}
    current = ""
    for _, _, doc, q in _to_read():
        if doc["doc_id"] != current:
            current, settled = str(doc["doc_id"]), {}
        start = int(q["start"])  # type: ignore[call-overload]
        key = (current, start, int(q["end"]))  # type: ignore[call-overload]
        name = chained(doc, q, settled)
        if name is None:
            continue
        surname = name.split()[-1]
        mentions = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", str(doc["text"])[:start])]
        if not mentions:
            continue
        settled[start] = name
        if key not in existing:
            existing[key] = [mentions[-1], mentions[-1] + len(surname)]
            _BY[key] = "chain"
            added += 1
    _write(existing)
    print(f"{added} referents settled by the quotation chain; {len(existing)} in all")


def worksheet(part: str, first: int, count: int) -> None:
    """The labels whose referent must be read, with their context, for labelling by hand.

    Printed to the terminal only (it shows eval text); answers go to `add_referents` as lines
    "NUMBER<TAB>the referent's name as the text writes it" or a NO_REFERENT code."""
    referents = load_referents()
    shown = 0
    for number, doc_part, doc, q in _to_read():
        if number < first or (part != "all" and doc_part != part):
            continue
        q_start, q_end = int(q["start"]), int(q["end"])  # type: ignore[call-overload]
        if (doc["doc_id"], q_start, q_end) in referents:
            continue
        if shown >= count:
            return
        shown += 1
        raw = str(doc["text"])
        before = raw[max(0, q_start - 240) : q_start]
        names: list[str] = []
        for m in _CAPITALISED.finditer(raw[max(0, q_start - 1500) : max(0, q_start - 200)]):
            if m.group(0) not in names and m.group(0) not in _FUNCTION_WORDS:
                names.append(m.group(0))
        quoted = " ".join(raw[q_start:q_end].split())
        print(f"#{number} {q['source']!r} {q['cue']!r} | {' / '.join(names[-6:])}")
        print("  …" + " ".join(before.split()) + "[[" + quoted[:35] + "]]" + " ".join(raw[q_end : q_end + 40].split()))


def add_referents(answers: Path) -> None:
    """Answers ("NUMBER<TAB>name as the text writes it" or a NO_REFERENT code) -> offsets.

    The mention stored is the nearest one before the quotation (else the first after it)."""
    wanted = {}
    for line in answers.read_text("utf-8").splitlines():
        if line.strip():
            number, _, answer = line.partition("\t")
            wanted[int(number.strip().lstrip("#"))] = answer.strip()
    existing = load_referents()
    for number, _, doc, q in _to_read():
        if number not in wanted:
            continue
        answer = wanted.pop(number)
        start, end = int(q["start"]), int(q["end"])  # type: ignore[call-overload]
        referent: list[int] | str
        if answer in NO_REFERENT:
            referent = answer
        else:
            raw = str(doc["text"])
            mentions = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(answer)}(?!\w)", raw)]
            outside = [m for m in mentions if not start <= m < end]
            if not outside:
                raise SystemExit(f"#{number}: {answer!r} is not in {doc['doc_id']}")
            before = [m for m in outside if m < start]
            at = before[-1] if before else outside[0]
            referent = [at, at + len(answer)]
        existing[(str(doc["doc_id"]), start, end)] = referent
        _BY[(str(doc["doc_id"]), start, end)] = "read"
    if wanted:
        raise SystemExit(f"no such numbers: {sorted(wanted)[:10]}")
    _write(existing)
    print(f"{len(existing)} referents in {REFERENTS.relative_to(ROOT)}")


def _write(referents: dict[tuple[str, int, int], list[int] | str]) -> None:
    lines = [
        json.dumps({"doc": d, "start": s, "end": e, "referent": r, "by": _BY.get((d, s, e), "read")})
        for (d, s, e), r in sorted(referents.items())
    ]
    REFERENTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
