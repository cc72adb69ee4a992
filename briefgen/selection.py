"""Where a sentence is chosen: the Situation summary and the key points.

Situation is budgeted concept coverage (Gillick & Favre's idea, solved greedily as Lin &
Bilmes do): a concept is a stemmed content bigram, worth the number of independent articles
that mention it; each pick adds the most not-yet-covered concept weight per word, so redundant
sentences gain nothing. Cost is linear in the corpus: no all-pairs similarity anywhere.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from .analysis import make_corpus
from .corpus import cited, independent, key_of, stems_of
from .errors import ArticleError, UsageError
from .models import METHODS, Corpus, Item, Sentence
from .sources.textfile import parse_article
from .text import STOP_WORDS, OfflineTokenizer

MIN_WORDS, MAX_WORDS = 6, 55
# A shared phrase (bigram) is better evidence of a shared fact than a shared word.
UNIGRAM_WEIGHT = 0.1
# A concept told by k independent outlets is worth k**SUPPORT_POWER: what most outlets report
# is what the story is, more than in proportion.
SUPPORT_POWER = 1.5
LENGTH_EXPONENT = 0.6  # gain per word**0.6: long sentences pay for their length, a little
LEAD_BOOST = 1.0  # the first sentence of an article counts 1 + LEAD_BOOST times; it fades after
MAX_BULLET_WORDS = 40  # a key point is short; a longer "bullet" is a paragraph
_MAX_POSTINGS = 200  # a term in more groups than this says nothing about which one a bullet joins
# Openers that lean on a sentence the reader has not seen.
_DANGLING = re.compile(
    r"^(but|and|or|so|yet|also|however|meanwhile|still|instead|then|thus|therefore|nonetheless|indeed|"
    r"in addition|additionally|moreover|furthermore|as a result|by contrast|in contrast|likewise|similarly|"
    r"he|she|they|it|this|that|these|those|his|her|their|its|such|there|here|both|another|"
    r"the (latter|former|move|decision|statement|comments?|remarks?))\b"
    # ... or after a short lead-in: "On Saturday, he traveled to Riyadh."
    r"|^[^,]{1,40},\s+(he|she|they|his|her|their)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate sentence with its concepts: what selection works on."""

    sentence: Sentence
    concepts: tuple[str, ...]  # each once (tuples: a hundred thousand candidates stay small)
    terms: tuple[str, ...]  # each once
    length: int
    articles: tuple[int, ...]  # every article that carries this very sentence


def concepts_of(stems: Sequence[str]) -> frozenset[str]:
    return frozenset(f"{a} {b}" for a, b in pairwise(stems)) | frozenset(stems)


def _shared(words: Iterable[str], intern: dict[str, str]) -> tuple[str, ...]:
    """Each distinct word once, as one string object for all candidates (memory, not meaning)."""
    return tuple(intern.setdefault(w, w) for w in set(words))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


CONTAINED = 0.6


def repeats(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences say the same thing: most words shared, or most of one inside the other
    ("Ocalan leads the PKK, which has fought since 1984" after a longer sentence saying so)."""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= 0.5 * len(a | b) or shared >= CONTAINED * min(len(a), len(b))


class TermIndex:
    """Finds the entries that share most of a query's terms without comparing it with every
    entry: a posting list per term. A term in more than `_MAX_POSTINGS` entries is read only that
    far; it says little about which entry a text matches."""

    def __init__(self) -> None:
        self.entries: list[Collection[str]] = []  # each entry's distinct terms
        self.postings: dict[str, list[int]] = {}

    def add(self, entry_terms: Collection[str]) -> int:
        for term in entry_terms:
            self.postings.setdefault(term, []).append(len(self.entries))
        self.entries.append(entry_terms)
        return len(self.entries) - 1

    def near(self, query: frozenset[str], threshold: float = 0.5) -> list[int]:
        """Entries with Jaccard similarity >= threshold, in the order they were added."""
        shared: dict[int, int] = {}
        for term in query:
            for entry in self.postings.get(term, ())[:_MAX_POSTINGS]:
                shared[entry] = shared.get(entry, 0) + 1
        # Jaccard >= 1/2 needs at least a third of the query's terms in common.
        least = max(1, len(query) // 3)
        return [
            e
            for e, n in sorted(shared.items())
            if n >= least and jaccard(query, frozenset(self.entries[e])) >= threshold
        ]


class Selector:
    """Scores a corpus once; then picks Situation sentences and key points from it."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        first: dict[str, Sentence] = {}  # sentence key -> its first full sentence
        for sentence in corpus.sentences:
            if sentence.complete:
                first.setdefault(key_of(corpus, sentence.text), sentence)
        self.candidates: list[Scored] = []
        self.index = TermIndex()  # over candidates, in the same order
        self.by_key: dict[str, int] = {}  # sentence key -> its candidate
        seen_in: dict[str, set[int]] = {}
        words: dict[str, str] = {}
        for key, sentence in first.items():
            stems = stems_of(corpus, sentence.text)
            concepts = _shared(concepts_of(stems), words)
            articles = cited(corpus, sentence.text)
            origins = {corpus.copies.get(a, a) for a in articles}
            for concept in concepts:
                seen_in.setdefault(concept, set()).update(origins)
            terms = _shared(stems, words)
            self.by_key[key] = len(self.candidates)
            self.candidates.append(Scored(sentence, concepts, terms, len(sentence.text.split()), articles))
            self.index.add(terms)
        floor = 2 if independent(corpus, range(len(corpus.articles))) > 1 else 1  # one outlet alone is not news
        self.weights = {
            concept: len(sources) ** SUPPORT_POWER * (1.0 if " " in concept else UNIGRAM_WEIGHT)
            for concept, sources in seen_in.items()
            if len(sources) >= floor
        }

    def concepts(self, text: str) -> Collection[str]:
        """`concepts_of` the text's terms, as its candidate has them when it is one."""
        known = self.by_key.get(key_of(self.corpus, text))
        if known is not None and self.candidates[known].sentence.text == text:
            return self.candidates[known].concepts
        return concepts_of(stems_of(self.corpus, text))

    def _eligible(self, item: Scored) -> bool:
        text = item.sentence.text
        if not MIN_WORDS <= item.length <= MAX_WORDS or text.endswith("?") or _DANGLING.match(text):
            return False
        quoted = sum(len(m) for m in _QUOTED.findall(text))
        return quoted < 0.5 * len(text)

    def _position_boost(self, sentence: Sentence) -> float:
        # News puts the facts first: the lead sentences of an article are worth more.
        return 1.0 + LEAD_BOOST / (1.0 + sentence.position)

    def rank(
        self,
        limit: int,
        words: int | None = None,
        exclude: Sequence[frozenset[str]] = (),
        skip: Collection[str] = frozenset(),
    ) -> list[Scored]:
        """Greedy budgeted coverage: up to `limit` sentences (and `words` words), best first.

        `exclude`: terms of what other sections say (covered, and not to be said again);
        `skip`: sentence keys kept for another section, that cover nothing here."""
        covered: set[str] = set()
        for terms_set in exclude:  # what other sections already say counts as covered
            covered |= terms_set
        chosen: list[Scored] = []
        used = 0

        def gain(item: Scored) -> float:
            # fsum: exact, so the order a set iterates in (it varies between runs) cannot break a tie.
            value = math.fsum(self.weights.get(c, 0.0) for c in item.concepts if c not in covered)
            return float(value * self._position_boost(item.sentence) / item.length**LENGTH_EXPONENT)

        # Lazy greedy: gains only fall as coverage grows, so a stale heap top is re-scored.
        heap = [
            (-gain(c), i)
            for i, c in enumerate(self.candidates)
            if self._eligible(c) and (not skip or key_of(self.corpus, c.sentence.text) not in skip)
        ]
        heapq.heapify(heap)
        while heap and len(chosen) < limit:
            _, i = heapq.heappop(heap)
            item = self.candidates[i]
            fresh = gain(item)
            if fresh <= 0:
                continue
            if heap and fresh < -heap[0][0] - 1e-12:
                heapq.heappush(heap, (-fresh, i))
                continue
            if words is not None and used + item.length > words:
                continue
            item_terms = frozenset(item.terms)
            if any(repeats(item_terms, frozenset(other.terms)) for other in chosen) or any(
                repeats(item_terms, other) for other in exclude
            ):
                continue
            chosen.append(item)
            used += item.length
            covered.update(item.concepts)
        return chosen

    def support(self, item_terms: frozenset[str], articles: Sequence[int]) -> tuple[int, ...]:
        """Articles that say the same thing (a near-identical sentence or bullet)."""
        found = set(articles)
        if len(item_terms) >= 3:
            for i in self.index.near(item_terms):
                if len(item_terms.intersection(self.candidates[i].terms)) >= 0.6 * len(item_terms):
                    found.update(self.candidates[i].articles)
        return tuple(sorted(found))

    def relevance(self, text: str) -> float:
        """How much of what the corpus is about a text touches (per word, lightly)."""
        concepts = self.concepts(text)
        return float(math.fsum(self.weights.get(c, 0.0) for c in concepts) / max(1, len(text.split())) ** 0.5)

    def topical(self, text: str) -> float:
        """`relevance` for a sentence that stands on its own; 0 for one leaning on the sentence
        before it ("Indeed, ...", "He will ...")."""
        return 0.0 if _DANGLING.match(text) else self.relevance(text)

    def shares_a_phrase(self, text: str) -> bool:
        """The text shares a phrase (a weighted bigram) with the story, not just a word."""
        return any(" " in c and c in self.weights for c in self.concepts(text))

    def to_item(self, scored: Scored) -> Item:
        similar = self.support(frozenset(scored.terms), scored.articles)
        return Item(scored.sentence.text, scored.articles, independent(self.corpus, similar))

    def situation(self, limit: int = 7, skip: Collection[str] = frozenset()) -> list[Item]:
        """Best first (the order the one-page fit drops from); `reading_order` sorts for print.
        Sentences keyed in `skip` are left for another section."""
        return [self.to_item(s) for s in self.rank(limit, skip=skip)]

    def key_points(self, situation: Sequence[Item], limit: int = 7) -> list[Item]:
        """The articles' own bullets merged across outlets, most-supported first, then sentences.

        A bullet two outlets phrase differently is one point; it cites the articles that have its
        exact words, and its support counts every outlet that made the point.
        """
        taken = [frozenset(stems_of(self.corpus, item.text)) for item in situation]
        groups: list[tuple[str, set[int]]] = []  # (first wording, articles making the point)
        index = TermIndex()  # over groups, in the same order
        for a_index, article in enumerate(self.corpus.articles):
            for bullet in article.key_points:
                bullet_terms = frozenset(stems_of(self.corpus, bullet))
                if len(bullet_terms) < 2 or len(bullet.split()) > MAX_BULLET_WORDS:
                    continue
                if any(jaccard(bullet_terms, t) >= 0.5 for t in taken):
                    continue
                match = index.near(bullet_terms)
                if match:
                    groups[match[0]][1].add(a_index)
                else:
                    index.add(bullet_terms)
                    groups.append((bullet, {a_index}))
        items = []
        for (text, g_articles), g_terms in zip(groups, index.entries, strict=True):
            similar = self.support(frozenset(g_terms), sorted(g_articles))
            weight = math.fsum(self.weights.get(c, 0.0) for c in concepts_of(stems_of(self.corpus, text)))
            items.append(
                Item(text, cited(self.corpus, text, sorted(g_articles)), independent(self.corpus, similar), weight)
            )
        items.sort(key=lambda it: (-it.support, -it.score))
        if len(items) < limit:
            shown = [frozenset(stems_of(self.corpus, i.text)) for i in items]
            extra = self.rank(limit - len(items), exclude=taken + shown)
            items.extend(self.to_item(s) for s in extra)
        return items[:limit]


def reading_order(corpus: Corpus, items: Sequence[Item], sentences: dict[str, Sentence]) -> list[Item]:
    """Chronology first, then the order the articles tell it in."""

    def key(item: Item) -> tuple[str, int, int]:
        s = sentences[item.text]
        published = corpus.articles[s.article].published
        return (published.isoformat() if published else "", s.article, s.position)

    return sorted(items, key=key)


SUMY_METHODS = METHODS[1:]


def sumy_rank(corpus: Corpus, method: str, words: int) -> list[Sentence]:
    """A classic sumy summarizer over the corpus sentences (as the baseline to beat, or by choice).

    LexRank, TextRank and LSA compare every sentence pair: fine for a cluster, slow for hundreds
    of articles, which is why `coverage` is the default.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
    }
    tokenizer = OfflineTokenizer()
    by_text = {}
    paragraphs = []
    for sentence in corpus.sentences:
        if sentence.complete and sentence.text not in by_text and sentence.article not in corpus.copies:
            by_text[sentence.text] = sentence
            paragraphs.append(Paragraph([SumySentence(sentence.text, tokenizer)]))
    document = ObjectDocumentModel(paragraphs)
    summarizer = classes[method](Stemmer("english"))
    summarizer.stop_words = STOP_WORDS
    # sumy picks the top k in document order; take the largest k that fits the budget.
    chosen: list[Sentence] = []
    for k in range(1, len(paragraphs) + 1):
        picked = [by_text[str(s)] for s in summarizer(document, k)]
        if sum(len(s.text.split()) for s in picked) > words:
            break
        chosen = picked
    return chosen


def summarize(texts: list[str], words: int = 100, method: str = "coverage") -> list[str]:
    """The multi-article extractive summary of `texts`: verbatim sentences, in order, <= `words` words.

    `method` is briefgen's concept coverage (default) or one of sumy's classic summarizers.
    """
    if method not in METHODS:
        raise UsageError(f"method {method!r} is not one of {', '.join(METHODS)}")
    articles = []
    for n, text in enumerate(texts):
        try:
            articles.append(parse_article(text, f"text {n + 1}", f"text-{n + 1}"))
        except ArticleError:  # an empty text simply contributes nothing
            continue
    corpus = make_corpus(articles)
    if method != "coverage":
        chosen = sumy_rank(corpus, method, words)
    else:
        chosen = [s.sentence for s in Selector(corpus).rank(limit=max(1, words // 5), words=words)]
    chosen.sort(key=lambda s: (s.article, s.position))
    return [s.text for s in chosen]
