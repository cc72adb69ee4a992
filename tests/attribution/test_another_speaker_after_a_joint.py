"""A reported statement whose sentence goes on, after "and", "but", "while" or a semicolon, to another
speaker's quoted words ('Vell said the levy would “ruin farms,” and Orr vowed to “end it”') is not
the first speaker's to show: the page quotes the whole sentence. The speaker's own second verb ("and
added:", "but also called for", "and when asked, she said") keeps it. Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract
from briefgen.positions import named_outlets, on_page

CARRIES_ANOTHER = [
    "Senator Ada Vell said the levy would make the valley “a dust bowl,” for instance, and Orr vowed to “tear it up.”",
    "Senator Ada Vell said the levy would make the valley 'a dust bowl,' and Orr vowed to 'tear it up' in May.",
    "Senator Ada Vell said the levy was “a disaster for farmers,” while Governor Tom Orr called it “a fair deal.”",
    "Senator Ada Vell said the levy was “a disaster for farmers,” and the growers' union has called it “theft.”",
]

HER_OWN = [
    "Senator Ada Vell said the levy was “a disaster for farmers,” and she called it “the worst deal in years.”",
    "Senator Ada Vell said the levy was “a disaster for farmers,” and added: “We will fight it.”",
    "Senator Ada Vell said the levy was “a disaster for farmers,” but also called for “a fresh start.”",
    "Senator Ada Vell said the levy was “a disaster for farmers,” and when asked about Orr, she said, “He is wrong.”",
    "Senator Ada Vell said the levy was “a disaster for farmers,” and Governor Tom Orr agreed.",
]


def _shown(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.quote) for q in extract(text) if on_page(q, named_outlets(text))]


@pytest.mark.parametrize("text", CARRIES_ANOTHER)
def test_a_sentence_carrying_another_speakers_words_is_not_shown_under_the_first(text: str) -> None:
    assert [who for who, quote in _shown(text) if "farmers" in quote or "dust bowl" in quote] == []


@pytest.mark.parametrize("text", HER_OWN)
def test_her_own_second_verb_keeps_the_statement(text: str) -> None:
    assert any(who == "Ada Vell" and ("farmers" in quote) for who, quote in _shown(text))


OTHERS_WORDS_JUDGED = [
    "Governor Iris Tolland mocked her rival for promising “a new road to every village by Christmas.”",
    "Governor Iris Tolland criticized Tom Orr for calling the levy “a gift to the ferry barons.”",
    "Governor Iris Tolland accused Tom Orr of saying the levy was “a gift to the ferry barons.”",
]

HER_OWN_JUDGEMENT = [
    "Governor Iris Tolland attacked the levy for its “reckless borrowing and hidden fees.”",
    "Governor Iris Tolland mocked her rival, calling his plan “a road to nowhere at all.”",
]


@pytest.mark.parametrize("text", OTHERS_WORDS_JUDGED)
def test_words_the_subject_judges_another_for_are_not_hers(text: str) -> None:
    assert [who for who, _ in _shown(text)] == []


@pytest.mark.parametrize("text", HER_OWN_JUDGEMENT)
def test_her_own_words_of_judgement_stay_hers(text: str) -> None:
    assert [who for who, _ in _shown(text)] == ["Iris Tolland"]
