"""A statement whose line of copy opens on a list marker or dash ("- …", "— …", "• …", "2. …") is
kept, and the page shows its words without the marker: nothing else is taken or added."""

from __future__ import annotations

import pytest

from briefgen.models import Statement, stands_alone, unmarked
from briefgen.render import display_quote


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "- Ines Vell said the ferry would run again on Monday.",
            "Ines Vell said the ferry would run again on Monday.",
        ),
        (
            "— Ines Vell said the ferry would run again on Monday.",
            "Ines Vell said the ferry would run again on Monday.",
        ),
        ("—Ines Vell said the ferry would run again.", "Ines Vell said the ferry would run again."),
        ("• Ines Vell said the ferry would run again.", "Ines Vell said the ferry would run again."),
        ("2. Ines Vell said the ferry would run again.", "Ines Vell said the ferry would run again."),
        ("“— We will run the ferry,” Ines Vell said.", "“We will run the ferry,” Ines Vell said."),
    ],
)
def test_the_page_shows_a_sentence_without_the_marker_it_opens_on(text: str, shown: str) -> None:
    assert display_quote(text, None) == shown
    assert Statement(text, None, (0,)).printed == shown


@pytest.mark.parametrize(
    "text",
    [
        "-5 degrees on the quay will not stop the ferry, Ines Vell said.",  # a minus sign, no marker
        "2016 was the year the ferry stopped, Ines Vell said.",
        "Ines Vell — the harbor master — said the ferry would run.",  # a dash inside
        "Ines Vell said the ferry would run - and it did.",
        "12 boats will sail on Monday, Ines Vell said.",
    ],
)
def test_a_sentence_with_no_marker_before_its_words_is_shown_as_it_is(text: str) -> None:
    assert display_quote(text, None) == text
    assert unmarked(text) == text


def test_quoted_words_after_a_dash_stand_alone_and_are_shown_without_it() -> None:
    quote = "— We will run the ferry every day from Monday"
    sentence = f"“{quote},” Ines Vell said."
    assert stands_alone(quote)
    assert display_quote(sentence, quote) == "“We will run the ferry every day from Monday”"
    assert Statement(sentence, quote, (0,)).printed == "We will run the ferry every day from Monday"


def test_words_after_a_dash_that_open_in_lower_case_are_no_quote_of_their_own() -> None:
    quote = "- and then we will run the ferry every day"
    sentence = f"Ines Vell said the harbor would wait “{quote}.”"
    assert not stands_alone(quote)
    assert display_quote(sentence, quote) == sentence


@pytest.mark.parametrize("text", ["–12 degrees is what the crews faced all night", "10. That is how many ferries sail"])
def test_a_minus_sign_or_a_figure_is_no_marker(text: str) -> None:
    assert unmarked(text) == text
