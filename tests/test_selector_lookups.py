"""The Selector's lookups over the whole corpus keep little per sentence (issue 15, memory): the
sentence before another is found from where its article's sentences start, and `named_inside`
reads each distinct text once. Their answers are those of the plain reading of every sentence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.names import one_word_names
from briefgen.selection import Selector

_WIRE = "The Ostry ferry guild voted to end its strike, Quarle told reporters on Monday."


def _article(n: int, paragraphs: tuple[str, ...]) -> Article:
    return Article(f"k{n}", f"Quay story {n}", f"k{n}.txt", f"Outlet {n}", date(2031, 5, 6), (), paragraphs)


def _corpus():
    return make_corpus(
        [
            _article(1, ("Quarle opened the Varnese guild hall.", _WIRE, "Pilots cheered on the quay.")),
            _article(2, (_WIRE, "The harbour board met Quarle at noon.")),
            _article(3, ("Brell said the Ostry quay was shut.", "Ostry is a guild town.", _WIRE)),
        ]
    )


def test_the_sentence_before_is_the_one_at_the_position_before_in_its_article() -> None:
    corpus = _corpus()
    selector = Selector(corpus, date(2031, 5, 7))
    plain = {(s.article, s.position): s for s in corpus.sentences}
    for article in range(len(corpus.articles)):
        for position in range(6):
            assert selector._sentence_before(article, position) == plain.get((article, position - 1))
    assert selector._sentence_before(1, 1) is not None and selector._sentence_before(1, 1).text == _WIRE
    assert selector._sentence_before(1, 0) is None  # a first sentence has none
    assert selector._sentence_before(1, 3) is None  # past the article's last sentence: none


def test_the_sentence_before_is_found_in_a_corpus_whose_sentences_skip_a_position() -> None:
    # A corpus made by hand may leave out a sentence: the one before is still found by its position.
    corpus = _corpus()
    kept = tuple(s for s in corpus.sentences if not (s.article == 0 and s.position == 0))
    corpus = replace(corpus, sentences=kept)
    selector = Selector(corpus, date(2031, 5, 7))
    assert selector._sentence_before(0, 2) is not None and selector._sentence_before(0, 2).position == 1
    assert selector._sentence_before(0, 1) is None  # position 0 is left out
    assert selector._sentence_before(2, 2) is not None and selector._sentence_before(2, 2).text.startswith("Ostry is")


def test_a_name_inside_a_sentence_is_read_once_for_a_text_many_articles_carry() -> None:
    corpus = _corpus()
    selector = Selector(corpus, date(2031, 5, 7))
    inside = {name for s in corpus.sentences for at, name in one_word_names(s.text) if at > 0}
    assert {"Quarle", "Ostry"} <= inside and "Brell" not in inside and "Pilots" not in inside
    for word in ("Quarle", "Ostry", "Brell", "Varnese", "Pilots", "Monday", "Nobody"):
        assert selector.named_inside(word) is (word in inside)
    text, starts, distinct = selector._all_text or ("", [], [])
    assert distinct.count(_WIRE) == 1 and len(distinct) == len({s.text for s in corpus.sentences})
    assert [text[a : a + len(t)] for a, t in zip(starts, distinct, strict=True)] == distinct
