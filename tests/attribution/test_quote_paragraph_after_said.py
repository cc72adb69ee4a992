"""A paragraph that is all quote, after a paragraph ending on a speaker's own quote and "X said.",
goes on from that speaker, sure (direct._said_then_goes_on). Invented sentences."""

from __future__ import annotations

from .conftest import read_sure


def test_bare_quote_paragraph_after_said_is_the_speaker_going_on() -> None:
    assert read_sure(
        "“The new pier is finished,” harbour master Ada Vellin said.",
        "“We start loading grain on Monday.”",
    ) == [("Ada Vellin", True), ("Ada Vellin", True)]
    # the hearer and the time in the tail are no other voice
    assert read_sure(
        "“The new pier is finished,” Ada Vellin told the Orn Ledger on Monday.",
        "“We start loading grain next week.”",
    ) == [("Ada Vellin", True), ("Ada Vellin", True)]
    # straight marks after curly ones: the writer's "X said." stands between
    assert read_sure(
        "“The new pier is finished,” Ada Vellin said.",
        '"We start loading grain on Monday."',
    ) == [("Ada Vellin", True), ("Ada Vellin", True)]


def test_exchange_or_another_name_in_the_tail_stays_unsure() -> None:
    # a question asked of someone: the next paragraph is as likely the answer
    assert read_sure(
        "“Is the pier finished?” the host Tam Borrow asked Ada Vellin.",
        "“We start loading grain on Monday.”",
    ) == [("Tam Borrow", True), ("Tam Borrow", False)]
    # another person in the tail
    assert read_sure(
        "“The new pier is finished,” Ada Vellin said as Tam Borrow walked out.",
        "“We start loading grain on Monday.”",
    ) == [("Ada Vellin", True), ("Ada Vellin", False)]
    # the quote did not open its sentence: a fragment inside the writer's words
    assert read_sure(
        "The town needs a pier “that can take the big grain ships,” Ada Vellin said.",
        "“We start loading grain on Monday.”",
    ) == [("Ada Vellin", True), ("Ada Vellin", False)]


def test_pull_quote_question_or_words_of_the_writer_stay_unsure() -> None:
    # a pull quote signed with another name: the writer's words in the paragraph
    assert read_sure(
        "“The new pier is finished,” Ada Vellin said.",
        "“Best day the harbour has had in years.” — Tam Borrow, fisherman",
    ) == [("Ada Vellin", True), ("Ada Vellin", False)]
    # a bare question: as likely the interviewer's turn
    assert read_sure(
        "“Steel prices doubled,” Ada Vellin said.",
        "“Surely the council saw that coming?”",
    ) == [("Ada Vellin", True), ("Ada Vellin", False)]
    # the new quote names the speaker: someone else speaking of her
    assert read_sure(
        "“The new pier is finished,” Ada Vellin said.",
        "“Vellin is wrong, the pier leaks.”",
    ) == [("Ada Vellin", True), ("Ada Vellin", False)]


def test_addressed_quote_or_participle_tail_stays_unsure() -> None:
    # the quote addresses someone by name: the next paragraph may be the answer
    assert read_sure(
        "“Welcome to the show, Mayor Vellin,” host Tam Borrow said.",
        "“Glad to be here.”",
    ) == [("Tam Borrow", True), ("Tam Borrow", False)]
    # what the speaker did next may bring in a paper's words
    assert read_sure(
        "“The new pier is finished,” Ada Vellin said, holding up the contract.",
        "“All works shall be completed by June.”",
    ) == [("Ada Vellin", True), ("Ada Vellin", False)]


def test_a_long_name_spelling_out_what_was_said_is_no_address() -> None:
    assert read_sure(
        "“The ferry is late again, the ORA, Orn Rowing Association,” Ada Vellin said.",
        "“We will fix the timetable.”",
    ) == [("Ada Vellin", True), ("Ada Vellin", True)]


def test_words_told_to_one_who_may_answer_or_read_out_stay_unsure() -> None:
    # told a person, a caller, "her": the next paragraph may be that one answering
    for tail in ("Ada Vellin told Dorin Makel.", "Ada Vellin told the caller.", "Ada Vellin said to her."):
        assert read_sure(f"“The ferry is always late,” {tail}", "“That is what you said last year.”")[1][1] is False
    # told the press, a crowd or an outlet: no answer in quotes follows
    for tail in ("Ada Vellin told reporters.", "Ada Vellin told the crowd.", "Ada Vellin told CNN."):
        assert read_sure(f"“The ferry is late,” {tail}", "“We will buy a second boat.”")[1] == ("Ada Vellin", True)
    # words brought on to be read out: the next paragraph may be the plaque's, not the speaker's
    assert (
        read_sure(
            "“Here is what the plaque says,” Ada Vellin said.",
            "“In memory of the crew of the Osk Star.”",
        )[1][1]
        is False
    )


def test_everyday_words_in_the_quote_and_the_press_as_hearer_keep_the_speaker_going_on() -> None:
    # "data", "study" in the quote are no words read out; "told the press" is no exchange
    assert read_sure("“The data is clear,” Ada Vellin said.", "“We start loading grain on Monday.”")[1] == (
        "Ada Vellin",
        True,
    )
    assert read_sure("“The pier is finished,” Ada Vellin told the press.", "“We start loading grain on Monday.”")[
        1
    ] == ("Ada Vellin", True)
