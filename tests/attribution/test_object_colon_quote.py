"""A sentence opening with a name, its act and a short object, then a colon and the quote: "Vell
made her case to the board: “…”" (direct._OBJECT_COLON). Invented sentences."""

from __future__ import annotations

from .conftest import said


def test_named_subject_act_object_colon_quote() -> None:
    assert said("In port after port, Ines Quarle had one message: “No island should be cut off in winter.”") == [
        ("Ines Quarle", "No island should be cut off in winter.")
    ]
    assert said("Ines Quarle made her case to the harbour board: “The new pier pays for itself.”") == [
        ("Ines Quarle", "The new pier pays for itself.")
    ]


def test_words_read_shown_or_of_another_are_left_alone() -> None:
    assert said("Ines Quarle read the note aloud: “The new pier pays for itself.”") == []
    assert said("Ines Quarle held up a placard: “The new pier pays for itself.”") == []
    # another person in the object: whose words follow, the colon does not settle
    assert said("Ines Quarle mocked Tam Borrow's plan: “The new pier pays for itself.”") == []


def test_words_that_came_to_the_subject_are_left_alone() -> None:
    # praise from another, a question put to the subject: not the subject's own words
    assert said("Ines Quarle earned praise from the dock workers: “A true friend of the harbour.”") == []
    assert said("Ines Quarle faces a simple question: “Can the island afford a new pier?”") == []


def test_an_object_that_is_no_stand_of_ones_own_is_left_alone() -> None:
    # an act with no stand in its object: the words may be a campaign's, a plaque's, a critic's
    assert said("In port after port, Ines Quarle campaigns for cheaper ferries: “No island should be cut off.”") == []
    assert said("Ines Quarle unveiled the plaque: “For the crews lost at sea.”") == []
    assert said("Ines Quarle faces harsh criticism: “The harbour is ruined.”") == []
    # a warning recalled is someone else's
    assert said("Ines Quarle recalls the warning: “Do not build on the sandbank.”") == []
