"""A trailing attribution, then "but" and the speaker's own quoted words ending the sentence:
"The books are checked, Vell said, but “…”" (direct._SAID_BUT). Invented sentences."""

from __future__ import annotations

from .conftest import said


def test_quote_after_said_but_is_the_speakers() -> None:
    found = said(
        "Ferry fares are reviewed each spring, Tam Borrow said on Monday, but “we never raise them in winter.”"
    )
    assert ("Tam Borrow", "we never raise them in winter.") in found


def test_while_or_words_after_the_quote_are_left_alone() -> None:
    # "while" brings in another side; words after the quote may give it to someone else
    found = said("Ferry fares are reviewed each spring, Tam Borrow said, while “rivals never look at them.”")
    assert [q for q in found if q[1].startswith("rivals")] == []
    found = said(
        "Ferry fares are reviewed each spring, Tam Borrow said, but “we never raise them in winter” is not the board's view."
    )
    assert [q for q in found if q[1].startswith("we never")] == []
