"""Quoted words another voice made after the subject's verb are not the subject's.

"Brel thanked the crew that had chanted “…”": the crew chanted them; on main the sentence's subject
took them as a sure statement (helper pq32 found one on real news: a crowd's chant shown as a
candidate's words). The subject's own words after the same verb stay his. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from .conftest import read_sure

_BREL = "Tomas Brel spoke at the harbor on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        "Brel thanked the crew that had chanted “we sail at dawn and we come home at dusk.”",
        "Brel praised the children who sang “the harbour lights are ours again tonight.”",
        "Brel greeted the marchers, who shouted “no levy on the boats of the poor.”",
    ],
)
def test_words_another_voice_made_are_not_the_subject_s(sentence: str) -> None:
    assert read_sure(_BREL, sentence) == []


def test_the_subject_s_own_words_after_the_verb_stay_his() -> None:
    assert read_sure(_BREL, "Brel thanked the crews “for their help in the long campaign.”") == [("Tomas Brel", True)]
