"""Property: whatever the articles say, every sentence briefgen outputs is a sentence of them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen import summarize

from .conftest import squash

WORDS = [
    "talks",
    "Kyiv",
    "ceasefire",
    "Moscow",
    "said",
    "the",
    "minister",
    "on",
    "Monday",
    "will",
    "meet",
    "“We",
    "agree,”",
    "U.S.",
    "Mr.",
    "3.5",
    "billion",
    "Advertisement",
    "(AP)",
    "—",
    "deal",
    "troops",
]
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=25).map(lambda ws: " ".join(ws) + ".")
article = st.lists(sentence, min_size=1, max_size=8).map(lambda ss: "Title\n\n" + " ".join(ss))


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(article, min_size=1, max_size=5), words=st.integers(min_value=5, max_value=150))
def test_summary_sentences_come_from_the_texts(texts: list[str], words: int) -> None:
    summary = summarize(texts, words)
    corpus = squash(" ".join(texts))
    assert sum(len(s.split()) for s in summary) <= words
    assert len(set(summary)) == len(summary)
    for s in summary:
        assert s in corpus
