"""Articles -> Corpus: body sentences with provenance, and syndicated near-copies recognised."""

from __future__ import annotations

from collections.abc import Sequence

from .models import Article, Corpus, Sentence
from .text import is_sentence, sentence_spans, squash, strip_dateline

# An article is a near-copy of an earlier one when this share of its sentences is already there.
NEAR_COPY_SHARE = 0.6


def sentence_key(text: str) -> str:
    """What two sentences must share to count as the same sentence (case, punctuation aside)."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# A sentence carried by more articles than this is a stock phrase, not evidence of copying.
_MAX_HOLDERS = 50


def body_sentences(paragraphs: Sequence[str]) -> list[tuple[int, int, int]]:
    """Where an article body's sentences are: (paragraph index, start, end) within the paragraph,
    in reading order, the first paragraph's dateline left out. An entry's index is the sentence's
    `position`: every stage that points at a sentence of an article counts with these."""
    found: list[tuple[int, int, int]] = []
    for p_index, paragraph in enumerate(paragraphs):
        skip = len(paragraph) - len(strip_dateline(paragraph)) if p_index == 0 else 0
        found.extend((p_index, skip + a, skip + b) for a, b in sentence_spans(paragraph[skip:]))
    return found


def make_corpus(articles: Sequence[Article]) -> Corpus:
    """Split every article once; later stages read sentences from here, never from raw text."""
    sentences: list[Sentence] = []
    holders: dict[str, list[int]] = {}  # sentence key -> articles that have it, in order
    copies: dict[int, int] = {}
    for a_index, article in enumerate(articles):
        own: list[Sentence] = []
        for position, (p_index, start, end) in enumerate(body_sentences(article.paragraphs)):
            text = squash(article.paragraphs[p_index][start:end])
            own.append(Sentence(text, a_index, p_index, position, is_sentence(text)))
        keys = {sentence_key(s.text) for s in own if s.complete}
        shared: dict[int, int] = {}
        for key in keys:
            for earlier in holders.get(key, ())[:_MAX_HOLDERS]:
                shared[earlier] = shared.get(earlier, 0) + 1
        if shared and keys:
            original, count = max(shared.items(), key=lambda kv: (kv[1], -kv[0]))
            if count >= NEAR_COPY_SHARE * len(keys):
                copies[a_index] = copies.get(original, original)
        for key in keys | {sentence_key(s.text) for s in own} | {sentence_key(b) for b in article.key_points}:
            group = holders.setdefault(key, [])
            if not group or group[-1] != a_index:
                group.append(a_index)
        sentences.extend(own)
    return Corpus(tuple(articles), tuple(sentences), copies, {k: tuple(v) for k, v in holders.items()})


def cited(corpus: Corpus, text: str, fallback: Sequence[int] = ()) -> tuple[int, ...]:
    """The articles that carry `text` verbatim: the only ones a brief may cite for it."""
    return corpus.holders.get(sentence_key(text)) or tuple(fallback)


def by_article(corpus: Corpus) -> list[list[Sentence]]:
    """Each article's sentences in reading order."""
    grouped: list[list[Sentence]] = [[] for _ in corpus.articles]
    for sentence in corpus.sentences:
        grouped[sentence.article].append(sentence)
    return grouped


def independent(corpus: Corpus, article_indexes: Sequence[int]) -> int:
    """How many independent sources these articles are (near-copies count with their original)."""
    return len({corpus.copies.get(i, i) for i in article_indexes})
