"""Phrases: what a speaker phrase is by its words alone, and the word lists they are read with."""

from __future__ import annotations

import pytest

from briefgen.attribution.lexicon import FRAME_VERBS, QUOTE_ONLY, QUOTE_VERB, SAY_WORDS, SPEAKING, SPEECH_VERB, fold
from briefgen.attribution.phrases import clean, is_organisation, owner_named, plural, role_key


def test_fold_joins_spellings_of_one_name() -> None:
    assert fold("Zelenskyy") == fold("Zelenskiy") == fold("Zelensky")
    assert fold("Ólafsdóttir's") == "olafsdottir"


@pytest.mark.parametrize(
    ("phrase", "cleaned"),
    [
        ("and the harbour board", "the harbour board"),
        ("On Monday the mayor", "the mayor"),
        ("Rep. Kari Holt (D-Ore.)", "Rep. Kari Holt"),
        ("the minister has also", "the minister"),
    ],
)
def test_clean_drops_what_is_not_the_speaker(phrase: str, cleaned: str) -> None:
    assert clean(phrase) == cleaned


@pytest.mark.parametrize(
    ("phrase", "organisation"),
    [
        ("Norwegian Seafood Council", True),
        ("Berg & Lie", True),
        ("the Kremlin", True),
        ("Fjord Energy AS", True),
        ("Kari Holt", False),
        ("the harbour master", False),
    ],
)
def test_organisations_by_their_words(phrase: str, organisation: bool) -> None:
    assert is_organisation(phrase) is organisation


def test_roles_compare_by_their_words() -> None:
    assert role_key("Ukraine's prime minister") == role_key("the Ukrainian Prime Minister")
    assert role_key("Gov.") == {"governor"}
    assert owner_named("Equinor’s chief executive") and not owner_named("its chief executive")
    assert plural("analysts in Bergen") and not plural("a senior analyst")


def test_verbs_of_saying() -> None:
    assert SPEECH_VERB.search("the board said on Monday") and not SPEECH_VERB.search("the saidling")
    assert QUOTE_VERB.search("“Why?” she asked") and not SPEECH_VERB.search("“Why?” she asked")


def test_one_list_of_verbs_of_saying() -> None:
    # SAY's words are verbs, not the auxiliaries of its phrases ("is telling", "goes on to say").
    assert {"said", "insisting", "warns", "assured"} <= SAY_WORDS
    assert not {"is", "was", "goes", "on", "to"} & SAY_WORDS
    # The verbs that date a frame's speaking are a choice among SAY's and QUOTE_ONLY's ("spoke" aside).
    assert FRAME_VERBS - {"spoke"} <= SAY_WORDS | set(QUOTE_ONLY.split("|"))
    assert SPEAKING.search("Ula Brin told the Kesh Gazette in June") and not SPEAKING.search("the saidling")
    assert not SPEAKING.search("the dock report states in June")
