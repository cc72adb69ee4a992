"""The gate of `events._nominal` (`_NOMINAL_WORDS`) changes its cost, never its reading: over many
sentences (the team's invented next-step sentences, a few written here, and generated news), the
sentence's reading (`events.read`, and `_nominal`'s own) is the same with the gate as with every loop run."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen import events

from .test_timeline_gates import _generated, _sentences

# Written for the gate: a word of each loop of `_nominal`, and near sentences holding none of them.
WRITTEN = (
    "The vote, originally set for Monday, was postponed to Friday.",
    "The regatta has been pushed back to next month.",
    "The hearing was bumped to Thursday.",
    "The guild plans a rally at the quays on Saturday.",
    "The net menders are planning two rallies on Friday.",
    "The board postponed its ballot on the tolls until April 9.",
    "The board put off the ballot until Friday.",
    "A decision on the levy is expected next week.",
    "The orchard census, slated for release on Thursday, counts the trees.",
    "Tam Orr is due for sentencing in June.",
    "The ferry is set for a relaunch in May.",
    "The ballot on the tolls comes on Friday.",
    "The guild held a rally at the quays on Saturday.",
    "The board moved the ballot.",
    "The fair opens on Thursday.",
)


class _Ungated(frozenset[str]):
    """A word set no sentence is disjoint from: every loop of `_nominal` runs."""

    def isdisjoint(self, other: object) -> bool:  # type: ignore[override]
        return False


def _readings(texts: tuple[str, ...] | list[str]) -> list[tuple[events.Reading, events.Reading | None]]:
    """Each sentence's whole reading (not the remembered one) and what `_nominal` finds in it (which the
    whole reading does not ask when a verb announces first)."""
    return [(events.read.__wrapped__(t), events._nominal(events._Sentence(t))) for t in texts]


def _check(texts: tuple[str, ...] | list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _readings(texts)
    with monkeypatch.context() as patched:
        patched.setattr(events, "_NOMINAL_WORDS", _Ungated())
        ungated = _readings(texts)
    for text, one, other in zip(texts, gated, ungated, strict=True):
        assert one == other, text


def test_gated_reading_equals_ungated_on_invented_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = (*WRITTEN, *_sentences())
    assert len(texts) > 500
    _check(texts, monkeypatch)


def test_gated_reading_equals_ungated_on_generated_news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _generated(tmp_path / "articles")
    assert len(texts) > 400
    _check(texts, monkeypatch)


def test_the_gate_skips_only_sentences_without_a_word_of_the_loops() -> None:
    # each written sentence of a loop's construction holds one of its words and is read as an event noun's time
    for text in WRITTEN[:11]:
        assert not events._NOMINAL_WORDS.isdisjoint(events._Sentence(text).words), text
        assert events._nominal(events._Sentence(text)) is not None, text
    # the near ones: a present, a past, a move with no day after it: nothing (only the move holds a word of them)
    assert events._NOMINAL_WORDS.isdisjoint(events._Sentence(WRITTEN[11]).words)
    assert events._nominal(events._Sentence(WRITTEN[12])) is None
    assert events._nominal(events._Sentence(WRITTEN[13])) is None
