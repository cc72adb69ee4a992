"""Each article read once: its sentences with their keys and terms, who said what, which sentences
announce an event to come — everything that depends on the article alone (its text and date).

The store keeps an article's `Analysis` (briefgen.cache), so a build only ranks. `version()` is a
hash of the source of every module that reading an article runs: when any of them changes, a
stored analysis no longer matches and is read again, lazily, the next time it is needed.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import sumy

from . import dates, events
from .corpus import assemble, fingerprint, sentence_key, split_article
from .events import Reading, nouns_put_off, nouns_told_done, past_verbs
from .framing import told_in_first_person
from .models import Article, Corpus, Sentence
from .names import names_alone
from .positions import Attributed, attribute, name_tokens
from .selfcontained import leans_on_context, roles_named
from .text import SENTENCE_MEMORY, terms_and_phrases
from .timeline import Announcement, When, announcement

# Every briefgen module that reading an article runs (tests/test_analysis.py checks the list
# against the imports): the analyser's version is the hash of their source.
ANALYSER_MODULES = (
    "alternation",
    "analysis",
    "antecedent",
    "attribution",
    "attribution.cast",
    "attribution.direct",
    "attribution.ledger",
    "attribution.lexicon",
    "attribution.page",
    "attribution.phrases",
    "attribution.reader",
    "attribution.records",
    "attribution.reported",
    "attribution.resolver",
    "attribution.rivals",
    "attribution.subjects",
    "clause",
    "corpus",
    "dates",
    "events",
    "framing",
    "models",
    "moves",
    "names",
    "outstanding",
    "positions",
    "selfcontained",
    "spoken",
    "text",
    "timeline",
)


PACKAGE = Path(__file__).resolve().parent


def source_version(modules: Iterable[str], *extra: str, package: Path = PACKAGE) -> str:
    """A short hash of these briefgen modules' source (and `extra` strings): it changes whenever
    one of them does. Library versions that change results (sentencex's segmentation, sumy's
    stemmer, Python's Unicode tables) are part of it."""
    digest = hashlib.sha256()
    for name in modules:
        path = package / (name.replace(".", "/") + ".py")
        if not path.is_file():
            path = package / name.replace(".", "/") / "__init__.py"
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        if path.name == "__init__.py":  # a package's data files (word lists) are read by its modules
            for data in sorted(p for p in path.parent.iterdir() if p.suffix == ".txt"):
                digest.update(data.name.encode() + b"\0" + data.read_bytes() + b"\0")
    libraries = (sys.version_info[:2], unicodedata.unidata_version, sumy.__version__, _distribution("sentencex"))
    digest.update(repr((libraries, extra)).encode())
    return digest.hexdigest()[:16]


def _distribution(name: str) -> str:
    """An installed distribution's version from its .dist-info folder name (importlib.metadata
    scans every installed package: too slow for every run)."""
    module = sys.modules.get(name) or __import__(name)
    where = Path(module.__file__ or ".").resolve().parent.parent
    found = sorted(p.name for p in where.glob(f"{name}-*.dist-info"))
    return found[-1] if found else "unknown"


@functools.cache
def version() -> str:
    """The analyser's version: `source_version` of ANALYSER_MODULES (worked out when first needed)."""
    return source_version(ANALYSER_MODULES)


@dataclass(frozen=True, slots=True)
class Analysis:
    """One article's reading. Index i of the sentence tuples is the article's sentence i."""

    texts: tuple[str, ...]  # each sentence, verbatim (whitespace normalised)
    paragraphs: tuple[int, ...]  # the paragraph it is in
    complete: tuple[bool, ...]  # a full sentence worth quoting on its own
    # A full sentence leaning on one before it (selfcontained.leans_on_context): read here, once,
    # not at every build for every candidate (3.5 s of a warm 10,000-article build). False for the rest.
    leaning: tuple[bool, ...]
    keys: tuple[str, ...]  # corpus.sentence_key of it
    stems: tuple[str, ...]  # text.terms of it, space-separated
    phrases: tuple[str, ...]  # its phrases (text.terms_and_phrases), tab-separated
    bullet_keys: tuple[str, ...]  # the same for each key point
    bullet_stems: tuple[str, ...]
    bullet_phrases: tuple[str, ...]
    statements: tuple[Attributed, ...]  # who said what (positions.attribute), article index 0
    # Full sentences that announce an event to come (timeline.announcement against the article's
    # date): position -> how, and the event's date. None when the article has no date: its
    # sentences are read against the brief's date, at build time.
    schedule: Mapping[int, Announcement] | None
    # Sentences with a past form of an event verb (events.past_verbs): position -> those verbs
    # (stems), what a later article telling an event as done is looked for by. None when the
    # article has no date (an undated article tells nothing as done since anything).
    pasts: Mapping[int, tuple[str, ...]] | None
    # Sentences telling an event as held by its noun (events.nouns_told_done): position -> those
    # nouns, as written. None when the article has no date, as `pasts`.
    told: Mapping[int, tuple[str, ...]] | None
    # Sentences telling an event as called off, or moved to a new day, by its noun (events.nouns_put_off): position ->
    # those nouns, as written. None when the article has no date, as `pasts`.
    off: Mapping[int, tuple[str, ...]] | None
    # Sentences calling someone by one name alone that the article gave in full before them
    # (names.names_alone): position -> those names.
    alone: Mapping[int, tuple[str, ...]]
    names: tuple[str, ...]  # words of capitalised runs (positions.name_tokens), each once, sorted
    fingerprint: tuple[int, ...]  # corpus.fingerprint: near-copies are judged by it
    # The article tells its text in the first person or to the reader (framing.told_in_first_person,
    # of its paragraphs and sentences alone): a column's mark, read here once, not at every build for
    # every article a candidate comes from (1.2 s of 18 in the ranking of a warm 1,000-article build).
    first_person: bool = False
    # Sentences calling their subject by a role alone whose holder the article named before them
    # (selfcontained.roles_named): position -> (the role's words, the surname). Read here once, not
    # for the whole corpus at every build.
    roles: Mapping[int, tuple[tuple[str, ...], str]] = dataclasses.field(default_factory=dict)
    # Its second tier (`SECOND_TIER`: leaning, statements, schedule) is read. False: an analysis of the
    # first tier only (`first_tier`), whose second-tier fields are empty; it is never stored (`encode`).
    second: bool = True


def analyse(article: Article) -> Analysis:
    """Read one article: everything later stages need of it alone (`first_tier`, then `second_tier`)."""
    return second_tier(article, first_tier(article))


# An article is read in two tiers. The first is what every article of a day is ranked, matched and
# cited by: its sentences with their keys, terms and phrases, its near-copy fingerprint, its names,
# what it tells as done or called off (next steps look in every dated article for an event told as
# held since) and its voice. It costs about a fifth of the whole. The second is what only a sentence
# that may reach the page needs: who said what (positions.attribute, about 40% of the whole), which
# sentences announce an event to come (timeline.announcement, 20-26%) and which lean on the sentence
# before them (selfcontained.leans_on_context, 10-14%).


def first_tier(article: Article) -> Analysis:
    """The first tier of `analyse`: every field but the second tier's (`SECOND_TIER`), which are
    left empty (no statement, no announcement, no sentence leaning) and `second` is False."""
    split = split_article(article)
    texts = tuple(t for t, _, _ in split)
    complete = tuple(c for _, _, c in split)
    read = [_text(t) for t in texts]
    bullet_words = [_words(b) for b in article.key_points]
    sentences = _body(split)
    pasts: dict[int, tuple[str, ...]] | None = None
    told: dict[int, tuple[str, ...]] | None = None
    off: dict[int, tuple[str, ...]] | None = None
    if article.published is not None:
        done = [_done(t) for t in texts]
        pasts = {p: d.pasts for p, d in enumerate(done) if d.pasts}
        told = {p: d.told for p, d in enumerate(done) if d.told}
        off = {p: d.off for p, d in enumerate(done) if d.off}
    return Analysis(
        texts=texts,
        paragraphs=tuple(p for _, p, _ in split),
        complete=complete,
        leaning=(False,) * len(texts),
        keys=tuple(r.key for r in read),
        stems=tuple(r.stems for r in read),
        phrases=tuple(r.phrases for r in read),
        bullet_keys=tuple(sentence_key(b) for b in article.key_points),
        bullet_stems=tuple(s for s, _ in bullet_words),
        bullet_phrases=tuple(p for _, p in bullet_words),
        statements=(),
        schedule=None if article.published is None else {},
        pasts=pasts,
        told=told,
        off=off,
        alone=names_alone(texts),
        names=tuple(sorted(name_tokens(texts))),
        fingerprint=fingerprint(r.key for r, full in zip(read, complete, strict=True) if full),
        first_person=told_in_first_person(article, sentences),
        roles=roles_named(texts),
        second=False,
    )


def _body(split: Iterable[tuple[str, int, bool]]) -> list[Sentence]:
    """The article's body sentences (article index 0) from (text, paragraph, complete), in order."""
    return [Sentence(t, 0, p, i, c) for i, (t, p, c) in enumerate(split)]


# The fields the second tier fills (`second_tier`); the first leaves them empty.
SECOND_TIER = ("leaning", "statements", "schedule")


def second_tier(article: Article, first: Analysis) -> Analysis:
    """`first` (the article's `first_tier`) with the second tier read: equal to `analyse(article)`.
    An analysis that has its second tier already is given back as it is."""
    if first.second:
        return first
    texts, complete = first.texts, first.complete
    sentences = _body(zip(texts, first.paragraphs, complete, strict=True))
    schedule: dict[int, Announcement] | None = None
    if article.published is not None:
        announced = (_announced(t, article.published) if c else None for t, c in zip(texts, complete, strict=True))
        schedule = {p: found for p, found in enumerate(announced) if found is not None}
    return dataclasses.replace(
        first,
        leaning=tuple(c and _leans(t) for t, c in zip(texts, complete, strict=True)),
        statements=tuple(attribute(article, 0, sentences)),
        schedule=schedule,
        second=True,
    )


# Sentences are remembered per process (text.SENTENCE_MEMORY of them, the least recent forgotten).
# Every value is frozen: sharing one changes nothing. What depends on the words alone is remembered
# by them alone: the same wire sentence in articles of other days is read once, and only its
# announcement (the one reading that depends on the day) again. Each tier reads its own: the
# second's (`_leans`, `_announced`) are never read for an article left at its first.


class _TextRead(NamedTuple):
    """What a sentence's words alone say, whatever its article's date: `_text`."""

    key: str
    stems: str
    phrases: str


class _Done(NamedTuple):
    """What a sentence tells as done or called off, read for dated articles only: `_done`."""

    pasts: tuple[str, ...]
    told: tuple[str, ...]
    off: tuple[str, ...]


@functools.lru_cache(maxsize=SENTENCE_MEMORY)
def _text(text: str) -> _TextRead:
    stems, phrases = _words(text)
    return _TextRead(sentence_key(text), stems, phrases)


@functools.lru_cache(maxsize=SENTENCE_MEMORY)
def _leans(text: str) -> bool:
    return leans_on_context(text)


@functools.lru_cache(maxsize=SENTENCE_MEMORY)
def _done(text: str) -> _Done:
    return _Done(
        tuple(sorted(past_verbs(text))),
        tuple(sorted(nouns_told_done(text))),
        tuple(sorted(nouns_put_off(text))),
    )


@functools.lru_cache(maxsize=SENTENCE_MEMORY)
def _announced(text: str, published: date) -> Announcement | None:
    return announcement(text, published)


def forget_sentences() -> None:
    """Empty every memory of sentences that reading an article keeps in this process (each
    is a pure function of its arguments: forgetting changes no reading, only its cost)."""
    for memo in (_text, _leans, _done, _announced, events.read, dates._spans):
        memo.cache_clear()


def _words(text: str) -> tuple[str, str]:
    """A sentence's terms, space-separated, and its phrases, tab-separated."""
    found, phrases = terms_and_phrases(text)
    return " ".join(found), "\t".join(phrases)


def make_corpus(articles: Sequence[Article], analyses: Iterable[Analysis] | None = None) -> Corpus:
    """The corpus of `articles`, from their analyses (made here when not given)."""
    return assemble(articles, analyses if analyses is not None else [analyse(a) for a in articles])


# --- stored form ------------------------------------------------------------------------------
# Text (never pickle or marshal: a store may be shared, and nothing read from it may run code or
# crash the reader), made for a quick decoding, since a warm build of 10,000 articles decodes them
# all. Its first line is JSON of the counts, numbers, flags and small maps; every line after it is
# one string (none of them can hold a line break: sentences are whitespace-normalised, keys,
# terms, phrases, names and a statement's parts are words of them), field after field in the
# order of `_LINES`, as many lines as the field has values. A decoding splits the whole text once,
# in C, and parses only the short JSON line: as JSON strings, the sentences and their words were
# scanned character by character (JSON of the whole analysis, 16.5 KB an article, took 1.2 s of a
# warm 10,000-article build). A statement names its sentence by its position in the article (it
# always is one of them), an announcement's flags are one string of 0 and 1.

# The fields given a line per value, in their order, and which count says how many lines each has.
_LINES = (("texts", "keys", "stems", "phrases"), ("bullet_keys", "bullet_stems", "bullet_phrases"), ("names",),
          ("speakers", "roles", "quotes", "said"))  # fmt: skip


class Unreadable(ValueError):
    """A stored analysis that is not one `encode` made (a damaged or foreign row)."""


def _when_row(when: When | None) -> list[Any] | None:
    return None if when is None else [when.day.isoformat() if when.day else None, when.period, when.expression]


def _flags(values: Iterable[bool]) -> str:
    return "".join("1" if v else "0" for v in values)


def _unflags(flags: str) -> tuple[bool, ...]:
    return tuple(map("1".__eq__, flags))


def _reading_row(reading: Reading) -> list[Any]:
    """kind, head, start, the flags (every field between start and reason) as a string, reason."""
    row = [getattr(reading, f.name) for f in fields(reading)]
    return [*row[:3], _flags(row[3:-1]), row[-1]]


def _unnullable(values: list[str], nones: list[int]) -> list[str | None]:
    """Lines of values that may be None, where the Nones are: the values."""
    found: list[str | None] = list(values)
    for i in nones:
        found[i] = None
    return found


def _by_position(found: Mapping[int, tuple[str, ...]] | None) -> list[Any] | None:
    """position -> words (none holds a space), as [positions, their words space-separated]."""
    if found is None:
        return None
    items = sorted(found.items())
    return [[p for p, _ in items], [" ".join(v) for _, v in items]]


def encode(analysis: Analysis) -> str:
    """The analysis as text, for the store; `decode` gives it back equal. Only a whole analysis
    is stored: one of the first tier alone is a ValueError (its empty fields would read as none)."""
    if not analysis.second:
        raise ValueError("an analysis of the first tier only is not stored: read its second (second_tier) first")
    schedule = None
    if analysis.schedule is not None:
        schedule = [[p, *_reading_row(r), _when_row(w)] for p, (r, w) in sorted(analysis.schedule.items())]
    position = {t: i for i, t in reversed(list(enumerate(analysis.texts)))}  # a text at its first place
    statements = analysis.statements
    head = [
        [len(analysis.texts), len(analysis.bullet_keys), len(analysis.names), len(statements)],  # as _LINES
        analysis.paragraphs,
        _flags(analysis.complete),
        _flags(analysis.leaning),
        # A statement's sentence: its position among the article's, or the text itself if not one.
        [position.get(s.sentence, s.sentence) for s in statements],
        [s.article for s in statements],
        _flags(s.organisation for s in statements),
        [[i for i, s in enumerate(statements) if getattr(s, name) is None] for name in ("role", "quote", "said")],
        schedule,
        _by_position(analysis.pasts),
        _by_position(analysis.told),
        _by_position(analysis.off),
        _by_position(analysis.alone),
        analysis.fingerprint,
        int(analysis.first_person),
        # (a role's words and the surname: each one word, the surname last)
        _by_position({p: (*role, surname) for p, (role, surname) in analysis.roles.items()}),
    ]
    strings = [
        *analysis.texts,
        *analysis.keys,
        *analysis.stems,
        *analysis.phrases,
        *analysis.bullet_keys,
        *analysis.bullet_stems,
        *analysis.bullet_phrases,
        *analysis.names,
        *(s.speaker for s in statements),
        *(s.role or "" for s in statements),
        *(s.quote or "" for s in statements),
        *(s.said or "" for s in statements),
    ]
    return "\n".join([json.dumps(head, ensure_ascii=False, separators=(",", ":")), *map(_line, strings)])


def _line(text: str) -> str:
    """A string as one line of the stored form: its backslashes and line ends escaped. A sentence
    seldom holds a line end, but a speaker's name can run over a paragraph's end ("Sen.\\n\\nTobin
    Marle"); most strings are kept as they are."""
    if "\\" in text or "\n" in text:
        return text.replace("\\", "\\\\").replace("\n", "\\n")
    return text


_ESCAPED = re.compile(r"\\([\\n])")


def _unline(line: str) -> str:
    """`_line` undone."""
    return _ESCAPED.sub(lambda m: "\n" if m[1] == "n" else "\\", line) if "\\" in line else line


class Shared:
    """One object for every equal value the analyses of a build decode into (all frozen: sharing
    one changes nothing), kept for that build only. Syndicated and stock sentences and the same
    names come back article after article; so do the readings of announcements, their dates and
    the lists of verbs and nouns, of a few hundred kinds among tens of thousands (each made anew,
    they were 60 MB of a warm build of 10,000 articles)."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.whens: dict[tuple[Any, ...], When] = {}
        self.readings: dict[tuple[str | None, str, int, str, str], Reading] = {}
        self.words: dict[str, tuple[str, ...]] = {}

    def when(self, row: list[Any] | None) -> When | None:
        """`_when_row` undone."""
        if row is None:
            return None
        day, period, expression = key = tuple(row)
        found = self.whens.get(key)
        if found is None:
            found = self.whens[key] = When(date.fromisoformat(day) if day else None, period, expression)
        return found

    def reading(self, kind: str | None, head: str, start: int, flags: str, reason: str) -> Reading:
        """`_reading_row` undone."""
        key = (kind, head, start, flags, reason)
        found = self.readings.get(key)
        if found is None:
            # The flags are the fields between start and reason, all of them bools (the round trips check it).
            found = self.readings[key] = Reading(kind, head, start, *_unflags(flags), reason)  # type: ignore[call-arg, arg-type]
        return found

    def positions(self, row: list[Any] | None) -> dict[int, tuple[str, ...]] | None:
        """`_by_position` undone."""
        if row is None:
            return None
        return dict(zip(row[0], map(self.words_of, row[1]), strict=True))

    def words_of(self, words: str) -> tuple[str, ...]:
        """Words joined by spaces as a tuple (split at spaces only: `_by_position` joined them so)."""
        found = self.words.get(words)
        if found is None:
            found = self.words[words] = tuple(words.split(" ")) if words else ()
        return found


def decode(data: str, shared: Shared | None = None) -> Analysis:
    """The analysis `encode` stored; `Unreadable` when `data` is not one. Equal values of the
    analyses decoded with one `shared` are one object."""
    try:
        return _decoded(data, shared if shared is not None else Shared())
    except (ValueError, TypeError, IndexError, KeyError, AttributeError) as exc:
        raise Unreadable(f"{type(exc).__name__}: {exc}"[:200]) from None


def _decoded(data: str, shared: Shared) -> Analysis:
    lines = data.split("\n")
    if data.find("\\", len(lines[0])) >= 0:  # a string escaped by `_line` (rare): the others stay as they are
        lines[1:] = map(_unline, lines[1:])
    (
        counts,
        paragraphs,
        complete,
        leaning,
        sentences,
        articles,
        organisations,
        (no_role, no_quote, not_said),
        schedule,
        pasts,
        told,
        off,
        alone,
        prints,
        first_person,
        roles,
    ) = json.loads(lines[0])
    count, bullets, names, spoken = counts
    if not all(isinstance(n, int) and n >= 0 for n in counts):
        raise ValueError(f"the counts {counts} are not counts")
    if len(lines) != 1 + sum(n * len(f) for n, f in zip(counts, _LINES, strict=True)):
        raise ValueError(f"{len(lines) - 1} lines where the counts {counts} say otherwise")
    if len(paragraphs) != count or len(complete) != count or len(leaning) != count:
        raise ValueError("the sentences' paragraphs or flags are not one a sentence")
    at = 1

    def field(n: int) -> list[str]:
        nonlocal at
        at += n
        return lines[at - n : at]

    one = shared.strings.setdefault
    texts = field(count)
    texts_shared = tuple(map(one, texts, texts))
    keys, stems, phrases = field(count), field(count), field(count)
    bullet_keys, bullet_stems, bullet_phrases = field(bullets), field(bullets), field(bullets)
    words = field(names)
    # Who said it and their sentence, as the corpus's own strings: the same sentences and names
    # come back article after article.
    statements = tuple(
        Attributed(
            one(speaker, speaker),
            role,
            texts_shared[s] if isinstance(s, int) else one(s, s),
            quote,
            article,
            organisation,
            when,
        )
        for speaker, role, s, quote, article, organisation, when in zip(
            field(spoken),
            _unnullable(field(spoken), no_role),
            sentences,
            _unnullable(field(spoken), no_quote),
            articles,
            _unflags(organisations),
            _unnullable(field(spoken), not_said),
            strict=True,
        )
    )
    return Analysis(
        texts=texts_shared,
        paragraphs=tuple(paragraphs),
        complete=_unflags(complete),
        leaning=_unflags(leaning),
        # Kept only for a sentence's first telling (corpus.assemble): not worth making one object.
        keys=tuple(keys),
        stems=tuple(stems),
        phrases=tuple(phrases),
        bullet_keys=tuple(bullet_keys),
        bullet_stems=tuple(bullet_stems),
        bullet_phrases=tuple(bullet_phrases),
        statements=statements,
        schedule=None if schedule is None else {p: (shared.reading(*r), shared.when(w)) for p, *r, w in schedule},
        pasts=shared.positions(pasts),
        told=shared.positions(told),
        off=shared.positions(off),
        alone=shared.positions(alone) or {},
        names=tuple(map(one, words, words)),
        fingerprint=tuple(prints),
        first_person=first_person == 1,
        roles={p: (words[:-1], words[-1]) for p, words in (shared.positions(roles) or {}).items()},
    )


def article_key(article: Article) -> str:
    """What an analysis depends on, hashed: the article's date, key points and paragraphs."""
    published = article.published.isoformat() if article.published else None
    payload = json.dumps([published, article.key_points, article.paragraphs], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()
