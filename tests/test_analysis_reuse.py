"""What the analysis keeps between readings to save work (patterns made of a name, a sentence's
words) changes no reading: the same answers come back fresh, again, and in another order. Invented
names and sentences throughout."""

from __future__ import annotations

import re

from briefgen import events
from briefgen.attribution import quotes
from briefgen.attribution.cast import _name_pattern
from briefgen.attribution.phrases import person_noun

# Two articles naming two people of one family name, and a third naming a firm by it.
_FIRST = (
    'Talia Brennock, the harbour master, spoke to reporters on Monday.\n\n"The quay will reopen soon," Brennock said.'
)
_SECOND = (
    "Osric Brennock opened the vote count at the guild hall.\n\n"
    "Brennock said the tally would be ready by Friday, and Brennock added that nobody had objected."
)
_THIRD = "Shares of Brennock Holdings fell after Brennock Holdings said its ferries would stay tied up."


def _speakers(text: str) -> list[tuple[object, object, object]]:
    return [(q["speaker"], q["kind"], q["cue"]) for q in quotes(text)]


def test_a_name_pattern_is_the_compiled_pattern_and_made_once() -> None:
    source = r"\b([A-Z][a-z]+)\s+Brennock\b"
    made = _name_pattern(source)
    assert made is _name_pattern(source)
    text = "Talia Brennock met Osric Brennock; brennock was not there."
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in re.finditer(source, text)]
    assert _name_pattern(r"\bbrennock\b") is not made  # another source, another pattern


def test_speakers_are_the_same_read_again_and_in_another_order() -> None:
    _name_pattern.cache_clear()
    fresh = [_speakers(t) for t in (_FIRST, _SECOND, _THIRD)]
    again = [_speakers(t) for t in (_FIRST, _SECOND, _THIRD)]
    backwards = [_speakers(t) for t in (_THIRD, _SECOND, _FIRST)][::-1]
    assert fresh == again == backwards
    # each article's own Brennock, never the other one's
    assert any(s == "Talia Brennock" for s, _, _ in fresh[0])
    assert any(s == "Osric Brennock" for s, _, _ in fresh[1])
    assert all(s != "Talia Brennock" for s, _, _ in fresh[1])


def test_a_sentence_is_tokenised_once_and_left_as_it_was() -> None:
    text = "The council will vote on the ferry levy next Tuesday, the clerk said."
    events._tokens.cache_clear()
    shared = events._tokens(text)
    assert events._tokens(text) is shared
    words, offsets = list(shared.words), list(shared.offsets)
    first = (events.read(text), events.past_verbs(text), events.nouns_told_done(text), events.nouns_put_off(text))
    assert (shared.words, shared.offsets) == (words, offsets)  # the readings did not change it
    fresh = events._Sentence(text)
    assert (fresh.words, fresh.offsets) == (words, offsets)
    events.read.cache_clear()
    events._tokens.cache_clear()
    again = (events.read(text), events.past_verbs(text), events.nouns_told_done(text), events.nouns_put_off(text))
    assert again == first


def test_readings_of_near_sentences_stay_apart() -> None:
    # one after another (each tokenised and kept): a kept sentence is never read for another
    coming = "The guild will hold its ballot on Friday."
    held = "The guild held its ballot on Friday."
    called_off = "The guild called off its ballot on Friday."
    readings = {
        t: (events.read(t).announces, events.past_verbs(t), events.nouns_put_off(t)) for t in (coming, held, called_off)
    }
    events.read.cache_clear()
    events._tokens.cache_clear()
    for text in (called_off, held, coming):
        assert (events.read(text).announces, events.past_verbs(text), events.nouns_put_off(text)) == readings[text]
    assert readings[coming][0] and not readings[held][0]
    assert readings[called_off][2] and not readings[coming][2]


def test_person_noun_takes_people_and_leaves_things() -> None:
    for word in ("pollster", "senator", "co-founder", "Strategist,", "harbour-master"):
        assert person_noun(word), word
    for word in ("ferry", "levy", "quay", "table", "co-op"):
        assert not person_noun(word), word
