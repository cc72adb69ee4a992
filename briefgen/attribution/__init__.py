"""Attribution: who said what in one text — direct quotes, reported speech and their speakers.

Read the way a careful reader does, trusting the clues in this order: the speaker named next to
the quote (`“…,” X said`, `said X`, `X said: “…”`, `X told reporters that …`, `…, X said`,
`according to X`); a quote running on from the same speaker (the next sentence, or the next
paragraph when a paragraph ends inside the quote, as news copy does); a title, pronoun or
description the text has tied to one source ("the Ukrainian president", "she", "the official").
A quote with none of these clues is left out rather than given to a guess.

Speakers are named as fully as the text allows ("Dmitry Peskov" when the sentence says "he").
Organisations and governments speak too ("Kremlin", "Foreign Ministry", "Poland"). A source the
text only describes — "a senior U.S. official", "analysts in Moscow" — keeps that description
as its speaker, marked `anonymous`, so it is never mistaken for a named actor.

The package, in the order its modules depend on each other: `records` (Quote, Speaker),
`lexicon` (every word list), `page` (sentences — the corpus's own — and quote marks), `phrases`
(what a phrase is by its words), `cast` (who is who in the text), `ledger` (what was attributed
so far), `resolver` (phrase -> speaker), `direct` and `reported` (the rules for quoted words and
for reported speech), `reader` (the text read in order).

The reader and the rules it calls are imported when a text is first read: a build whose articles
are all analysed already (a warm build) reads no text and never compiles their patterns.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Article
from .page import paragraph_spans
from .records import Quote, Speaker

__all__ = ["Quote", "Speaker", "article_quotes", "extract", "extract_paragraphs", "quotes"]


def quotes(text: str) -> list[dict[str, object]]:
    """Every attributed statement in `text`, in reading order, as plain dicts.

    Keys: speaker, quote, kind ("direct"/"indirect"), sentence, start, end (offsets of `quote`
    in `text`), role, anonymous, organisation, cue, paragraph, anchor, position. Paragraphs are
    separated by blank lines (or by line breaks when the text has no blank line).
    """
    return [q.as_dict() for q in extract(text)]


def extract(text: str) -> list[Quote]:
    from .reader import Reader  # (imported when first used: see the module's note)

    return Reader(text, paragraph_spans(text)).run()


def extract_paragraphs(paragraphs: Sequence[str]) -> tuple[str, list[Quote]]:
    """Statements of an article's paragraphs; offsets refer to the returned text, the paragraphs
    joined by blank lines, and `position` to the article's sentences as the corpus counts them.
    The first paragraph's dateline ("KYIV, March 17 —") is not read."""
    text = "\n\n".join(paragraphs)
    spans, offset = [], 0
    for paragraph in paragraphs:
        spans.append((offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    from .reader import Reader  # (imported when first used: see the module's note)

    return text, Reader(text, spans).run()


def article_quotes(articles: Sequence[Article]) -> list[dict[str, object]]:
    """Every statement of each article, as `quotes` gives them, with the article's id first."""
    out: list[dict[str, object]] = []
    for article in articles:
        _, found = extract_paragraphs(article.paragraphs)
        out.extend({"article": article.id, **q.as_dict()} for q in found)
    return out
