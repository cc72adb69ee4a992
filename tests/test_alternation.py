"""A long alternation asked whether it occurs: three searches give the whole pattern's answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen import selfcontained
from briefgen.alternation import Alternation, alternatives

# Invented sentences of every shape the parts tell apart: an opening connective or pronoun, a
# word-bounded demonstrative anywhere, a trailing "he said", and plain ones that match nothing.
SENTENCES = [
    "But the ferry guild said the tolls would stay.",
    "He told the harbour board the pier was unsafe.",
    "Ines Quarle, the harbour master of Vell, said the tolls would rise in May.",
    "The Varnese ferry guild approved the levy on Tuesday.",
    "Crews on the night boats rejected the decision at a meeting in Orrin.",
    "The tolls will pay for a new pier, he said.",
    "“It is fair,” she said of the levy.",
    "Fares were further lowered after the vote.",
    "The pilots shared the following chart with the board.",
    "No reason for the delay was given.",
    "We will not pay the levy.",
    "Parts of her letter were read aloud in the harbour hall.",
    "A similar ban was lifted in Brell.",
    "Both harbours use similar cranes.",
    "The ferry guild of Orrin met the pilots, according to the newspaper.",
    "Tolls rose by a third over the winter in Vell and Brell.",
    "",
    "|",
    "On Saturday, she raised the fee for the night crossing.",
]


def test_the_parts_are_the_top_level_alternatives() -> None:
    # Each part of the long pattern stands as a pattern of its own: a "|" inside a group or a
    # class taken for a top-level one would leave a bracket open in one of them.
    pattern = selfcontained._DANGLING
    parts = alternatives(pattern.pattern)
    assert len(parts) > 20
    for part in parts:
        re.compile(part, pattern.flags)
    assert alternatives(r"a(b|c)|[|]d|\|e|[]|]f|[^]|]g") == ["a(b|c)", "[|]d", r"\|e", "[]|]f", "[^]|]g"]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_three_searches_answer_as_the_whole_pattern(text: str) -> None:
    assert selfcontained._DANGLING_ANY.occurs(text) == (selfcontained._DANGLING.search(text) is not None)


def test_each_part_answers_for_its_own_alternatives() -> None:
    found = Alternation(re.compile(r"^pier|\bquay\w*|,\s+he said$", re.IGNORECASE))
    assert found.occurs("Pier tolls rose")
    assert not found.occurs("The pier tolls rose")  # anchored: at the start only
    assert found.occurs("The Quayside tolls rose")
    assert not found.occurs("The Embquay tolls rose")  # the boundary shared by the bounded part
    assert found.occurs("Tolls rose, he said")
    assert not found.occurs("Tolls rose")


def test_patterns_the_parts_would_misread_are_refused() -> None:
    with pytest.raises(ValueError):
        Alternation(re.compile(r"^pier|quay", re.MULTILINE))
    with pytest.raises(ValueError):
        Alternation(re.compile(r"(pier)|\1"))
    # Searched alone, "(b)?(?(1)x|y)" would test its own group 1, not the anchored part's "(a)":
    # "bx" matches the part but not the whole.
    with pytest.raises(ValueError):
        Alternation(re.compile(r"^(a)|(b)?(?(1)x|y)"))


# Texts made of the long pattern's own words, in any order, with the commas, quotes, capitals and
# sentence ends its alternatives look for: the three searches must answer as the whole pattern.
_PIECES = [
    *sorted(set(re.findall(r"[a-z][a-z'-]+", selfcontained._DANGLING.pattern))),
    *"Ines Quarle Vell Orrin 58-year-old I We No".split(),
    *[",", ".", '"', "“", "”", "''", "?", "—"],
]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20),
    st.sampled_from([" ", ", ", "  ", "\n"]),
    st.sampled_from(["", '"', "“", " "]),
    st.booleans(),
)
def test_the_three_searches_answer_as_the_whole_pattern_on_any_words(
    words: list[str], space: str, opening: str, capital: bool
) -> None:
    text = opening + space.join(words)
    if capital:
        text = text[:1].upper() + text[1:]
    assert selfcontained._DANGLING_ANY.occurs(text) == (selfcontained._DANGLING.search(text) is not None)
