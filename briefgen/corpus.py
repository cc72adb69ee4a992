"""Articles -> Corpus: body sentences with provenance, and syndicated near-copies recognised.

The near-copy rule lives here, once: the store applies it to what it fetches (with its sentence
hashes in SQLite), a brief to the articles it is built from.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import chain, repeat
from typing import TYPE_CHECKING

from .models import Article, Corpus, Sentence
from .text import (
    CREDIT_LINES,
    inside_quote,
    is_chronology_entry,
    is_credit,
    is_dek,
    is_sentence,
    section_dateline_end,
    sentence_spans,
    squash,
    strip_dateline,
    terms,
    terms_and_phrases,
)

if TYPE_CHECKING:
    from .analysis import Analysis

_NOT_ALNUM = re.compile(r"[\W_]+")  # [^\W_] is exactly str.isalnum()


def sentence_key(text: str) -> str:
    """What two sentences must share to count as the same sentence (case, punctuation aside)."""
    return _NOT_ALNUM.sub("", text.casefold())


def body_sentences(paragraphs: Sequence[str]) -> list[tuple[int, int, int]]:
    """Where an article body's sentences are: (paragraph index, start, end) within the paragraph,
    in reading order, the first paragraph's dateline left out (and a round-up's before a later
    one). An entry's index is the sentence's `position`: every stage that points at a sentence of
    an article counts with these.

    The analysis of an article asks this twice of the same paragraphs (its sentences, then the
    attribution's page): the last answer is kept, and given again (a copy) for equal paragraphs."""
    key = tuple(paragraphs)
    last = _last_body[0]  # read once: (paragraphs, their sentences), replaced whole
    if last[0] == key:
        return list(last[1])
    found = _body_sentences(key)
    _last_body[0] = (key, tuple(found))
    return found


_last_body: list[tuple[tuple[str, ...], tuple[tuple[int, int, int], ...]]] = [((), ())]  # the last call's


# A headline or a deck run into the text ("FARES VOTE LOOMS.", "Guild digs in; board unmoved.") is
# this short: the story's first paragraph, with its dateline, may come after such lines.
HEAD_WORDS = 15
# … a dateline there opens on a place in capitals ("OSTREL, Varnia - "): a name and a colon after a
# short line is a speaker's label ("Quarle: We searched all night"), which the sentence keeps.
_CAPS_WORD = re.compile(r"[A-Z][A-Z.'’-]+\b")


def _body_sentences(paragraphs: Sequence[str]) -> list[tuple[int, int, int]]:
    found: list[tuple[int, int, int]] = []
    opening = True  # no paragraph of the story's text yet: only headlines and decks, if any
    for p_index, paragraph in enumerate(paragraphs):
        skip = section_dateline_end(paragraph)
        if opening:
            if not skip and (p_index == 0 or _CAPS_WORD.match(paragraph)):
                skip = len(paragraph) - len(strip_dateline(paragraph))
            opening = not skip and len(paragraph.split()) <= HEAD_WORDS
        found.extend((p_index, skip + a, skip + b) for a, b in sentence_spans(paragraph[skip:]))
    return found


# A figure alone as a paragraph, the heading of a list of figures: "30,000.", "100 days.", "$4.5 billion.",
# "38%" (not a list's running number, "2." or "3)", before an item that is a sentence of its own, nor a
# year as a chronology's heading, "1998.").
_FIGURE_HEAD = re.compile(
    r"^[$£€]?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?=\s*(?:%|percent\b|[a-z]))|(?!(?:19|20)\d\d\b)\d{2,}(?:\.\d+)?)"
    r"(?:\s*%|\s+[a-z]+){0,2}[.!]?$"
)
# … and what the sentence after it opens on: the quantity the figure is ("The number of …", "The time
# frame in which …", "The sum the guild …", "The amount Vell gave …"), not a sentence of its own that
# happens to follow it ("The Varna siege of Ostrel entered its fourth month", "The dam failed in April").
_WHAT_IT_COUNTS = re.compile(
    r"(?:The|A|An)\s+(?:[a-z-]+\s+)?(?:number|amount|sum|share|percentage|portion|proportion|time\s+frame|"
    r"timeframe|time|age|year|cost|price|count|total|size|length|distance)\s+(?:of|in|at|by|for|that|which|when|the|he|she|they|it|we|[A-Z][\w’'.-]*)\b"
)


def split_article(article: Article) -> list[tuple[str, int, bool]]:
    """The article's body sentences in reading order (`body_sentences`): (text, paragraph, a full
    sentence worth quoting)."""
    found: list[tuple[str, int, bool]] = []
    spans = body_sentences(article.paragraphs)
    # (a chronology lists cases: two entries at least, none the story's opening, which may carry its own date)
    chronology = {p for p, paragraph in enumerate(article.paragraphs) if p and is_chronology_entry(paragraph)}
    if len(chronology) < 2:
        chronology = set()
    for p_index, start, end in spans:
        paragraph = article.paragraphs[p_index]
        text = squash(paragraph[start:end])
        # (a sentence inside a speaker's words of several sentences is the speaker's, not the article's)
        whole = p_index not in chronology and is_sentence(text) and not inside_quote(paragraph, start)
        found.append((text, p_index, whole))
    # the first paragraph a sentence alone (no dateline), in a dek's style, above the story: no sentence of it
    if len(article.paragraphs) > 1 and len(spans) > 1 and spans[1][0] > 0 and spans[0][0] == 0:
        text, _, complete = found[0]
        if complete and text == squash(article.paragraphs[0]) and is_dek(text):
            found[0] = (text, 0, False)
    # a figure set as a paragraph of its own ("30,000.", "100 days.") heads the paragraph after it, whose
    # first sentence only says what the figure counts ("The number of ballots that …", `_WHAT_IT_COUNTS`):
    # no sentence of it without the figure
    for index in range(1, len(found)):
        text, p_index, complete = found[index]
        _, p_before, _ = found[index - 1]
        if (
            complete
            and p_before == p_index - 1
            and _FIGURE_HEAD.match(squash(article.paragraphs[p_before]))
            and _WHAT_IT_COUNTS.match(text)
        ):
            found[index] = (text, p_index, False)
    # a writer's credit line under the story: no sentence of it
    for index in range(max(0, len(found) - CREDIT_LINES), len(found)):
        text, p_index, complete = found[index]
        if complete and is_credit(text):
            found[index] = (text, p_index, False)
    return found


# --- near-copies (syndication) -----------------------------------------------------------------

# An article is a near-copy of another when this share of its fingerprint is in that one.
NEAR_COPY_SHARE = 0.6
# A text of fewer full sentences shares a stock line or two by chance: it is a copy only when all
# of it is in the other (then it adds nothing the other does not say, and is no second outlet).
MIN_COPY_SENTENCES = 3
# A fingerprint is the hashes of an article's full sentences, at most this many (the smallest):
# enough to judge a copy, bounded for a 50,000-sentence dump.
MAX_FINGERPRINT = 400
# A hash held by at most this many articles so far is cheap to count in (`_Fingerprints.copied`).
CHEAP_HOLDERS = 8


def sentence_hash(key: str) -> int:
    """A stable signed 64-bit hash of a sentence key (what the store indexes near-copies by)."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def fingerprint(keys: Iterable[str]) -> tuple[int, ...]:
    """An article's near-copy fingerprint from the keys of its full sentences."""
    return tuple(sorted({sentence_hash(k) for k in keys})[:MAX_FINGERPRINT])


def copy_of(own: Sequence[int], shared: Mapping[int, int]) -> int | None:
    """The article this one mostly repeats, given how much of its fingerprint `own` each other
    article holds (`shared`: article -> count): the one holding most (the lowest id on a tie),
    when that is NEAR_COPY_SHARE of it (all of it for a short text). None: an original."""
    if not own or not shared:
        return None
    best, count = max(shared.items(), key=lambda kv: (kv[1], -kv[0]))
    if len(own) < MIN_COPY_SENTENCES and count < len(own):
        return None
    return best if count >= NEAR_COPY_SHARE * len(own) else None


# --- the corpus --------------------------------------------------------------------------------


def assemble(
    articles: Sequence[Article], analyses: Iterable[Analysis], copies: Mapping[int, int] | None = None
) -> Corpus:
    """The corpus of these articles from their analyses (`analysis.make_corpus` makes them): every
    sentence with its provenance, who carries which sentence verbatim, and which article is a
    near-copy of which: found from the analyses' fingerprints, or `copies` when the caller knows
    them already (the store keeps them per set of analyses: `cache.copies`)."""
    sentences: list[Sentence] = []
    holders: dict[str, list[int]] = {}  # sentence key -> articles that have it, in order
    lexicon: dict[str, tuple[str, str, str, bool | None]] = {}
    found: dict[int, int] = {}
    texts: dict[str, str] = {}  # one string object per distinct sentence
    prints = _Fingerprints() if copies is None else None
    kept: list[Analysis] = []
    for a_index, (article, analysis) in enumerate(zip(articles, analyses, strict=True)):
        if prints is not None:
            original = prints.copied(analysis.fingerprint)
            if original is not None:
                found[a_index] = found.get(original, original)
            prints.add(analysis.fingerprint)
        own = tuple(map(texts.setdefault, analysis.texts, analysis.texts))
        count = len(own)
        # Each holds one item a sentence (what a zip(strict=True) over them would check).
        per_sentence = (analysis.paragraphs, analysis.complete, analysis.leaning)
        if any(len(part) != count for part in (*per_sentence, analysis.keys, analysis.stems, analysis.phrases)):
            raise ValueError(f"the analysis of article {a_index} does not give every sentence its place and words")
        # (map, not a loop: a warm build makes 350,000 of them for 10,000 articles)
        where = repeat(a_index, count)
        sentences.extend(map(Sentence, own, where, analysis.paragraphs, range(count), analysis.complete))
        # The words of a text where it is first met (a text twice in the article: its first place).
        for position, text in enumerate(own):
            if text not in lexicon:
                lexicon[text] = (
                    analysis.keys[position],
                    analysis.stems[position],
                    analysis.phrases[position],
                    analysis.leaning[position] if analysis.complete[position] else None,
                )
        bullets = zip(
            article.key_points, analysis.bullet_keys, analysis.bullet_stems, analysis.bullet_phrases, strict=True
        )
        for bullet, key, stemmed, phrases in bullets:
            if bullet not in lexicon:
                lexicon[bullet] = (key, stemmed, phrases, None)
        for key in dict.fromkeys((*analysis.keys, *analysis.bullet_keys)):
            held = holders.get(key)  # (not setdefault: that makes an empty list for every key)
            if held is None:
                holders[key] = [a_index]
            else:
                held.append(a_index)
        # What later stages read of an analysis stays; its sentences and bullets are now the
        # corpus's, and its fingerprint has been read (10,000 of them were 30 MB).
        kept.append(replace(analysis, texts=(), paragraphs=(), complete=(), leaning=(), keys=(), stems=(), phrases=(),
                            bullet_keys=(), bullet_stems=(), bullet_phrases=(), fingerprint=()))  # fmt: skip
    return Corpus(
        tuple(articles),
        tuple(sentences),
        found if copies is None else dict(copies),
        {k: tuple(v) for k, v in holders.items()},
        tuple(kept),
        lexicon,
    )


def make_corpus(articles: Sequence[Article]) -> Corpus:
    """The corpus of `articles`, each analysed now: `analysis.make_corpus`, also reachable here,
    where it was before analysis.py, for code written against that (other branches, scripts)."""
    from .analysis import make_corpus as analysed  # analysis imports this module

    return analysed(articles)


class _Fingerprints:
    """The fingerprints of the articles so far, to find the one a new article copies (`copy_of`)
    without counting against every holder of every stock sentence: an article holding
    NEAR_COPY_SHARE of a fingerprint holds one of its rarest hashes (more than the rest), so only
    their holders are counted, exactly."""

    def __init__(self) -> None:
        self.holders: defaultdict[int, list[int]] = defaultdict(list)
        self.sets: list[frozenset[int]] = []

    def copied(self, own: Sequence[int]) -> int | None:
        count = len(own)
        # The hashes, rarest first, a tie by the hash: sorted by hash (in linear time: `own` is
        # sorted already), then by each one's count alone, a stable sort (sorting (count, hash)
        # pairs cost twice as much).
        held = dict(zip(own, map(len, map(self.holders.get, own, repeat((), count))), strict=True))
        rarest = sorted(sorted(own), key=held.__getitem__)
        # The hashes a copy may lack: it holds NEAR_COPY_SHARE of them at least.
        misses_allowed = count - math.ceil(NEAR_COPY_SHARE * count)
        # A copy holds one of any misses_allowed + 1 of its hashes; of the first `taken` of them,
        # at least taken - misses_allowed. More than the rarest few are taken while their holders
        # are few: counted all at once (in C), they leave only the articles holding enough of them
        # to be compared whole (a stock line held by thousands would be counted at thousands).
        taken = misses_allowed + 1
        while taken < count and len(self.holders.get(rarest[taken], ())) <= CHEAP_HOLDERS:
            taken += 1
        counted = Counter(chain.from_iterable(map(self.holders.get, rarest[:taken], repeat((), taken))))
        needed = taken - misses_allowed
        if taken == count:  # the counts are whole
            return copy_of(own, {a: n for a, n in counted.items() if n >= needed})
        mine = frozenset(own)
        return copy_of(own, {a: len(mine & self.sets[a]) for a, n in counted.items() if n >= needed})

    def add(self, own: Sequence[int]) -> None:
        at = len(self.sets)
        for value in own:
            self.holders[value].append(at)
        self.sets.append(frozenset(own))


def key_of(corpus: Corpus, text: str) -> str:
    """`sentence_key(text)`, as the analysis of a sentence or bullet of the corpus found it."""
    known = corpus.lexicon.get(text)
    return known[0] if known is not None else sentence_key(text)


def stems_of(corpus: Corpus, text: str) -> list[str]:
    """`text.terms(text)`, as the analysis of a sentence or bullet of the corpus found them."""
    known = corpus.lexicon.get(text)
    return known[1].split() if known is not None else terms(text)


def words_of(corpus: Corpus, text: str) -> tuple[list[str], list[str]]:
    """`text.terms_and_phrases(text)`, as the analysis of a sentence or bullet of the corpus found
    them."""
    known = corpus.lexicon.get(text)
    if known is None:
        return terms_and_phrases(text)
    return known[1].split(), known[2].split("\t") if known[2] else []


def cited(corpus: Corpus, text: str, fallback: Sequence[int] = ()) -> tuple[int, ...]:
    """The articles that carry `text` verbatim: the only ones a brief may cite for it."""
    return corpus.holders.get(key_of(corpus, text)) or tuple(fallback)


def by_article(corpus: Corpus) -> list[list[Sentence]]:
    """Each article's sentences in reading order."""
    grouped: list[list[Sentence]] = [[] for _ in corpus.articles]
    for sentence in corpus.sentences:
        grouped[sentence.article].append(sentence)
    return grouped


def sentence_starts(corpus: Corpus) -> list[int]:
    """Where each article's sentences start in the corpus's (and where the last ends): they come
    article after article, so article a's are corpus.sentences[starts[a] : starts[a + 1]]."""
    owners = [s.article for s in corpus.sentences]
    return [bisect_left(owners, a) for a in range(len(corpus.articles) + 1)]


def independent(corpus: Corpus, article_indexes: Sequence[int]) -> int:
    """How many independent sources these articles are (near-copies count with their original)."""
    return len({corpus.copies.get(i, i) for i in article_indexes})


def outlets_of(corpus: Corpus, article_indexes: Iterable[int]) -> int:
    """How many outlets these articles come from: what the reader's "N sources" means. A point two
    outlets report is confirmed; one outlet telling it again day after day is still one outlet's
    claim. A near-copy counts as its original's outlet; an article naming no outlet is its own."""
    found = set()
    for i in article_indexes:
        article = corpus.articles[corpus.copies.get(i, i)]
        found.add(outlet_key(article.outlet) if article.outlet else article.path)
    return len(found)


def outlet_key(name: str) -> str:
    """An outlet's name as compared: "The Harbor Gazette" and "harbor gazette" are one outlet."""
    return re.sub(r"^the\s+", "", name.lower().replace("’", "'"))


def newest_articles(corpus: Corpus) -> frozenset[int]:
    """The articles of the newest publication day, when the story was told over several days
    (with one day only, or no dates, there is no "today" to set apart from the context)."""
    days = {a.published for a in corpus.articles if a.published}
    if len(days) < 2:
        return frozenset()
    newest = max(d for d in days if d is not None)
    return frozenset(i for i, a in enumerate(corpus.articles) if a.published == newest)


def news_day(corpus: Corpus, opener: Iterable[int]) -> frozenset[int]:
    """The articles of the day the Situation's news is of: the newest day's, or, when the opener
    (its first sentence, by the articles carrying it) is older, as when the newest day brought only
    columns (`Selector.rank(lead_before=…)`), the opener's day's."""
    newest = newest_articles(corpus)
    days = [d for a in opener if (d := corpus.articles[a].published) is not None]
    if not newest or not days or not newest.isdisjoint(opener):
        return newest
    return frozenset(i for i, a in enumerate(corpus.articles) if a.published == max(days))
