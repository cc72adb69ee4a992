"""`Selector.named_inside` reads only the texts where the word may stand whole after a text's first
word (issue 15, the warm build: a word such as "The" or "Earlier" had it read thousands of texts).
Its answer is the plain reading's: any sentence of the corpus whose `one_word_names` give the word
at a place after the first."""

from __future__ import annotations

import random
from datetime import date

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.names import may_name, one_word_names, word_starts
from briefgen.selection import Selector

_SENTENCES = (
    "Earlier, the Ostry guild voted to strike.",
    "The guild said Earlier talks had failed.",  # capitalised inside, alone: a name as the reading goes
    "Tova Lind met the board at noon.",
    "The board met Tova Lind's deputy on Monday.",  # a possessive after the surname
    "Pilots cheered as Lind.",  # a full stop after it
    "Ostrya docks stayed shut.",  # the word inside a longer one, first
    "Boats left the Ostrya docks.",  # ... and later
    "Wardens of Kell-Varn said nothing.",  # after a hyphen: part of a word
    "Ferries ran past Kell at dusk.",
    "At the quay, the At Harbor crew waited.",  # a stop word, capitalised inside
    "Relatives waited; Relatives' groups said little.",
    "“Brask will speak,” the mayor said.",  # first word after a quotation mark
    "The mayor and Brask's aide left.",
    "Nobody came to Marsh’s hall.",  # a curly possessive
    "Quarle.",  # a one-word sentence
    "Sen. Orr and Orr's staff met the Quarle family.",
    "The board met.",
    "It rained on Port Tallin.",
)

_WORDS = (
    "Earlier", "Tova", "Lind", "Ostry", "Ostrya", "Kell", "Varn", "At", "The", "Relatives", "Brask",
    "Marsh", "Quarle", "Orr", "Pilots", "Boats", "Nobody", "Port", "Tallin", "Monday", "Lind's",
    "Sen", "Sen.", "Wardens", "guild", "", "It",
)  # fmt: skip


def _corpus(sentences: list[str]):
    articles = [
        Article(f"n{i}", f"Quay story {i}", f"n{i}.txt", f"Outlet {i}", date(2031, 5, 6), (), (text,))
        for i, text in enumerate(sentences)
    ]
    return make_corpus(articles)


def _plain(corpus, word: str) -> bool:
    return any(at > 0 and name == word for s in corpus.sentences for at, name in one_word_names(s.text))


def test_named_inside_answers_as_the_plain_reading_of_every_sentence() -> None:
    corpus = _corpus(list(_SENTENCES))
    selector = Selector(corpus, date(2031, 5, 7))
    for word in _WORDS:
        assert selector.named_inside(word) == _plain(corpus, word), word
    # The cases the pruning skips, as the plain reading reads them:
    assert selector.named_inside("Earlier")  # inside the second sentence
    assert selector.named_inside("Lind") and selector.named_inside("Brask") and selector.named_inside("Marsh")
    assert not selector.named_inside("At") and not selector.named_inside("The")  # stop words name nothing
    assert not selector.named_inside("Varn")  # only after a hyphen, part of "Kell-Varn"
    assert not selector.named_inside("Pilots") and not selector.named_inside("Nobody")  # first words only


def test_named_inside_answers_as_the_plain_reading_on_shuffled_corpora() -> None:
    pieces = [s.rstrip(".") for s in _SENTENCES]
    chance = random.Random(15)
    for _ in range(12):
        sentences = [
            " ".join(chance.sample(pieces, 2)).replace("“", "").replace("”", "") + "." for _ in range(8)
        ] + chance.sample(_SENTENCES, 4)
        corpus = _corpus(sentences)
        selector = Selector(corpus, date(2031, 5, 7))
        for word in _WORDS:
            assert selector.named_inside(word) == _plain(corpus, word), (word, sentences)


def test_a_word_the_reading_never_gives_needs_no_text_read() -> None:
    assert not may_name("The") and not may_name("at") and not may_name("guild") and not may_name("")
    assert may_name("Quarle") and may_name("NFB") and may_name("Earlier")
    for text in _SENTENCES:
        assert all(may_name(name) for _, name in one_word_names(text))


def test_where_a_word_may_stand_whole() -> None:
    found = list(word_starts("Lind", "Lind met Lind's aide, Lindqvist, Ex-Lind and Lind."))
    assert found == [0, 9, 45]  # not inside "Lindqvist", not after a hyphen
    assert list(word_starts("Kell", "Kell-Varn, Kell’s, Kell’, Kell.x")) == [11, 19]
    assert not list(word_starts("Orr", "Orrin and Dorr"))
    assert list(word_starts("Aa", "Aa Aaa Aa")) == [0, 7]  # every place, one word after another
    assert list(word_starts("A-A", "A-A-A-A A-A")) == [8]  # overlapping places are all read
    # a word the reading would cut ("Lind's" is read "Lind") stands whole only with more cut after it (as one_word_names reads it too)
    assert list(word_starts("Lind's", "Lind's aide met Lind's's kin and Lind's.")) == [16, 33]
