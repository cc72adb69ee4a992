"""Quoted words after frames real copy uses that the rules did not read (invented sentences):
a reply's clause after "to which" (direct._REPLY_FRAME), a subject in the present going on ("Vell
is praising X as “…”", direct._SUBJECT_VERB), and a cause pressed for before a colon ("Vell
lobbies for a higher levy: “…”", lexicon.ADVOCATING_VERBS). Each with near cases that must not
give the words to the subject."""

from __future__ import annotations

from .conftest import read_page, said

INTRO = "Ada Vell, the port chief, met the harbor board on Monday."


# --- "to which X retorted: “…”" -------------------------------------------------------------------


def test_the_reply_after_to_which_is_the_subject_of_its_clause() -> None:
    text = "The board said the fees were fair, to which Vell retorted: “They are a tax on every boat.”"
    assert read_page(INTRO, text) == [("board", False), ("Ada Vell", True)]
    assert said(f"{INTRO} To which Vell replied: “They are a tax on every boat.”") == [
        ("Ada Vell", "They are a tax on every boat.")
    ]


def test_what_was_said_before_to_which_is_still_read() -> None:
    intro = "Ada Vell, the port chief, met Tomas Brell on Monday."
    text = "Brell said the fees were fair, to which Vell retorted: “They are a tax on every boat.”"
    assert said(f"{intro} {text}") == [
        ("Tomas Brell", "the fees were fair"),
        ("Ada Vell", "They are a tax on every boat."),
    ]


def test_a_reply_by_another_voice_or_no_speech_is_not_the_subjects() -> None:
    # a heckler is no one named: the words are not Vell's, who spoke first
    found = said(f"{INTRO} Vell said the fees were fair, to which a heckler shouted: “They are a tax!”")
    assert ("Ada Vell", "They are a tax!") not in found
    found = said(f"{INTRO} Vell said the fees were fair, after which the crowd roared: “Shame on the board!”")
    assert ("Ada Vell", "Shame on the board!") not in found
    # words about the one who replies are not that person's own
    found = said(
        f"{INTRO} The board said the fees were fair, to which Vell retorted: “Vell is no friend of the board.”"
    )
    assert ("Ada Vell", "Vell is no friend of the board.") not in found


# --- "X is praising Y as “…”" ---------------------------------------------------------------------


def test_a_subject_in_the_present_going_on_keeps_its_quoted_words() -> None:
    assert read_page(INTRO, "Vell is praising the mayor as “a friend of every sailor in the bay.”") == [
        ("Ada Vell", True)
    ]
    # not a verb of speaking about something: found, but not sure (off the page)
    text = "Vell is questioning whether the board would meet “if the fees were its own to pay.”"
    assert read_page(INTRO, text) == [("Ada Vell", False)]


def test_the_present_going_on_leaves_read_or_quoted_words_and_other_clauses() -> None:
    assert said(f"{INTRO} Vell is reading a letter that calls the port “a ruin.”") == []
    assert said(f"{INTRO} Vell is quoting a letter that calls the port “a ruin.”") == []
    assert said(f"{INTRO} Vell is hearing from voters who call the port “a ruin.”") == []
    # a clause of time with a subject of its own: the critics' word
    for text in (
        "Vell is coming off a strong week, when many critics called her “the adult in the room.”",
        "Vell was sailing home because the dockers called the meeting “a farce.”",
    ):
        assert "Ada Vell" not in [speaker for speaker, _ in said(f"{INTRO} {text}")]


# --- "X lobbies for …: “…”" -----------------------------------------------------------------------


def test_a_cause_pressed_for_before_a_colon_gives_the_subject_the_words_not_sure() -> None:
    text = "In town after town, Vell lobbies for a higher harbor levy: “No boat should dock for free.”"
    assert read_page(INTRO, text) == [("Ada Vell", False)]
    assert said(f"{INTRO} {text}") == [("Ada Vell", "No boat should dock for free.")]


def test_a_cause_pressed_for_leaves_questions_others_and_things_waited_for() -> None:
    assert said(f"{INTRO} Vell pressed for answers from the board: “Why was the levy cut?”") == []
    assert said(f"{INTRO} Vell lobbies for the union: “Vell is our best friend.”") == []
    assert said(f"{INTRO} Vell waited for the ferry: “It never comes on time.”") == []
    # a campaign's words are as often its flyers' (tests/attribution/test_object_colon_quote.py)
    assert said(f"{INTRO} Vell campaigns for cheaper ferries: “No island should be cut off.”") == []


# --- an aside in dashes between the subject and its verb --------------------------------------------


def test_an_aside_in_dashes_is_read_as_one_in_commas() -> None:
    intro = "Ada Vell, the port chief, met Tomas Brell on Monday."
    for dash in ("—", "--", "_"):
        text = f"Vell {dash} a calm and careful witness {dash} said the fees were a tax on every boat."
        assert said(f"{intro} {text}") == [("Ada Vell", "the fees were a tax on every boat")]
    text = "Vell _ a calm and careful witness _ exploded: “They are a tax on every boat.”"
    assert read_page(intro, text) == [("Ada Vell", True)]


def test_an_aside_that_adds_or_sets_someone_against_the_subject_is_left() -> None:
    intro = "Ada Vell, the port chief, met Tomas Brell on Monday."
    for aside in ("and Brell too", "like Brell", "not Brell", "along with Brell"):
        assert said(f"{intro} Vell — {aside} — said the fees were a tax on every boat.") == []
    assert said(f"{intro} Vell — and Brell too — exploded: “They are a tax on every boat.”") == []


# --- "Here is X in 2001: “…”" ----------------------------------------------------------------------


def test_a_sentence_that_presents_a_named_speaker_gives_the_quote() -> None:
    for frame in (
        "Here is Vell in March 2001:",
        "Here’s Vell on the levy:",
        "Here is what Vell said:",
        "Here’s what Vell told the board on Monday:",
    ):
        assert said(f"{INTRO} {frame} “They are a tax on every boat.”") == [
            ("Ada Vell", "They are a tax on every boat.")
        ], frame


def test_a_presented_paper_street_or_hearer_is_no_speaker() -> None:
    intro = "Ada Vell, the port chief, met Tomas Brell on Monday."
    for frame in (
        "Here is Vell’s letter:",  # a paper
        "Here is what Vell was told:",  # words that came to her
        "Here is what Vell read:",  # someone else's words
        "Here is Vell on Brell:",  # another named in the frame
        "Here is what Vell told Brell:",
        "Here is Harbor Street:",  # no one the text named
        "This is Harbor Street:",
        "Here is the key passage:",
    ):
        assert said(f"{intro} {frame} “Closed for repairs until the spring.”") == [], frame
