"""The gates of `events` change a reading's cost, never its result: over the team's invented
next-step sentences, a few written here and generated news, the gated test equals the pattern
tried everywhere."""

from __future__ import annotations

from pathlib import Path

from briefgen import events

from .test_timeline_gates import _generated, _sentences

# Written for the "is off" gate: occasions told as off (found) and near ones (not), with the word
# "off" in other senses, in other words ("office", "offer") and in other cases.
OFF = (
    "The Brenton ferry vote is off.",
    "Next Friday's rally in Osk is now off, the guild said.",
    "THE HARBOUR BALLOT IS OFF.",
    "The vigil in Marrow is definitely off.",
    "The talks are off until the spring.",
    "The tolls board is off to the printers with its plan.",
    "The quay fair is off-limits to cars.",
    "The wreck of the trawler is off the coast of Lunn.",
    "The guild's office is closed on Monday.",
    "The mayor made an offer to the net menders.",
    "Orr was off sick for the vote.",
    "The vote is not off, Ada Vell insisted.",
)


def test_the_off_gate_equals_the_pattern_on_written_sentences() -> None:
    found = [text for text in OFF if events._is_off(text)]
    assert found == [text for text in OFF if events._IS_OFF.search(text) is not None]
    assert "The Brenton ferry vote is off." in found  # a positive case: the gate lets it through
    assert "The guild's office is closed on Monday." not in found  # no word "off": skipped
    assert "The tolls board is off to the printers with its plan." not in found  # the pattern leaves it


def test_the_off_gate_equals_the_pattern_on_invented_and_generated_sentences(tmp_path: Path) -> None:
    sentences = [*_sentences(), *_generated(tmp_path / "articles")]
    assert len(sentences) > 900
    for text in sentences:
        assert events._is_off(text) == (events._IS_OFF.search(text) is not None), text
