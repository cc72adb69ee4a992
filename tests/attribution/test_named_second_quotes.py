"""Quoted words of a named speaker that come after a first statement or inside a clause of time
or cause: who said them, and when the text leaves it open. Invented text throughout."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract


def _statements(text: str) -> list[tuple[str, str, bool]]:
    return [(q.speaker, q.quote, q.sure) for q in extract(text)]


# A clause of time or cause inside the sentence, its subject one word of a name given in full before.


def test_clause_of_time_with_a_surname_named_before_is_that_person() -> None:
    text = (
        "Ovid Brell is the mayor of Varne. "
        'The deal came three days after Brell told the Courier he was "not quite ready" to back it, '
        "which the board noted."
    )
    found = [q for q in extract(text) if "not quite ready" in q.quote]
    assert [(q.speaker, q.quote, q.sure) for q in found] == [
        ("Ovid Brell", 'he was "not quite ready" to back it', False)
    ]


def test_clause_of_time_with_a_surname_never_named_in_full_is_left() -> None:
    text = 'The deal came three days after Brell told the Courier he was "not quite ready" to back it.'
    assert _statements(text) == []


def test_clause_of_time_with_a_surname_two_people_share_is_left() -> None:
    text = (
        "Ovid Brell is the mayor of Varne. His sister Mara Brell runs the port. "
        'The deal came three days after Brell told the Courier he was "not quite ready" to back it.'
    )
    assert [q for q in extract(text) if "not quite ready" in q.quote] == []


def test_two_names_joined_by_and_are_not_read_as_one_speaker() -> None:
    text = (
        "Ovid Brell and Ada Vell run the port. "
        'The deal stalled after Vell and Brell told the Courier they were "not ready" for it.'
    )
    assert [q for q in extract(text) if "not ready" in q.quote] == []


def test_a_place_after_because_is_no_speaker() -> None:
    text = (
        "Ovid Brell is the mayor of Varne. "
        'The vote was put off because Varne told the board it was "not ready" for the levy.'
    )
    assert [q for q in extract(text) if "not ready" in q.quote] == []


def test_what_was_said_in_a_clause_of_time_ends_where_the_sentence_goes_on() -> None:
    text = (
        "Ada Vell chairs the harbor board. "
        "Weeks after Vell announced that the ferry would keep running, the board sold two of its boats."
    )
    assert _statements(text) == [("Ada Vell", "the ferry would keep running", False)]


def test_a_clause_of_cause_keeps_the_statement_sure() -> None:
    text = (
        "The vote is close in part because Harbor Master Ada Vell has said she is “not ready” to back "
        "the levy, even though she chairs the board."
    )
    assert _statements(text) == [("Ada Vell", "she is “not ready” to back the levy", True)]


def test_a_cry_after_the_speakers_clause_is_not_theirs() -> None:
    text = (
        "Ada Vell chairs the harbor board. "
        "The dockers jeered, and when Vell praised the pilots and said the harbor was safe again, "
        "a woman shouted “Go back to Osk!”"
    )
    found = extract(text)
    assert all("Go back to Osk" not in q.quote for q in found if q.speaker == "Ada Vell")


# An attribution in commas between a sentence's subject and the rest of its clause.


def test_quoted_words_after_an_attribution_inside_the_sentence_are_the_speakers() -> None:
    text = 'The trouble with the port, says Mara Dalby, a historian at the Orn Library, is that it was "the busiest of its era."'
    found = [(q.speaker, q.quote, q.cue) for q in extract(text) if q.kind == "direct"]
    assert found == [("Mara Dalby", "the busiest of its era.", "partial")]


def test_attribution_inside_the_sentence_leaves_another_voice_quoted_after_it() -> None:
    for rest in ('Tomas Brell called it "a relic."', 'the crowd chanted "close it."'):
        text = f"The trouble with the port, says Mara Dalby, is that {rest}"
        assert [q for q in extract(text) if q.kind == "direct"] == [], rest


def test_a_trailing_attribution_before_a_new_clause_is_unchanged() -> None:
    text = "The port grew fast, Mara Dalby said, and it has stayed busy since the spring."
    assert _statements(text) == [("Mara Dalby", "The port grew fast", True)]


# Quoted words in the clause of a subject that is described in commas before its verb.


def test_subject_described_in_commas_keeps_its_quoted_words() -> None:
    text = 'Ovid Brell, who leads the race, mocked Ada Vell for "having a rough night."'
    assert _statements(text) == [("Ovid Brell", "having a rough night.", True)]


def test_subject_with_a_possessive_description_in_commas_is_a_reading() -> None:
    text = 'Ovid Brell, Ada Vell\'s campaign manager, ripped the board for behaving like "a court of one."'
    assert _statements(text) == [("Ovid Brell", "a court of one.", False)]


def test_a_list_of_names_before_the_verb_is_no_one_speaker() -> None:
    text = 'Ovid Brell, Ada Vell and Tam Quarle praised the crew for "a job well done."'
    assert _statements(text) == []


def test_a_name_inside_the_description_does_not_take_the_later_words() -> None:
    text = 'Ovid Brell, whom Ada Vell called "a menace," praised the crew for "a job well done."'
    assert ("Ada Vell", "a job well done.") not in [(q.speaker, q.quote) for q in extract(text)]


# The grade before a military rank is no word of the name.


def test_a_graded_rank_before_the_name_keeps_the_speaker_and_the_quote_after() -> None:
    text = '"I really do not get it," said Air Force 1st Lt. Tomas Brell. "I was hoping for more."'
    assert [(q.speaker, q.quote) for q in extract(text)] == [
        ("Tomas Brell", "I really do not get it"),
        ("Tomas Brell", "I was hoping for more."),
    ]


def test_an_ordinal_before_a_unit_is_left_alone() -> None:
    assert [(q.speaker, q.quote) for q in extract('"The 1st Battalion will hold," said Ada Vell.')] == [
        ("Ada Vell", "The 1st Battalion will hold")
    ]


def test_a_graded_rank_with_no_name_is_no_speaker() -> None:
    assert extract('"We are ready," said the 1st Lt. on duty.') == []


# Quoted words in the writer's sentence right after a sentence ending on the speaker's own quote.


def _after_first(text: str) -> list[tuple[str, str, bool]]:
    return _statements(text)[1:]


def test_partial_quote_after_the_speakers_quote_is_theirs_but_not_sure() -> None:
    text = (
        '"There are many rules that could apply," Vell added. But that is not the same as "chargeable under the law."'
    )
    assert _after_first(text) == [("Vell", "chargeable under the law.", False)]


def test_quote_after_a_bare_adverb_goes_on_unsure() -> None:
    text = '"There are many rules," Vell added. Specifically, "the levy is a tax on every fisherman."'
    assert _after_first(text) == [("Vell", "the levy is a tax on every fisherman.", False)]


def test_a_pronoun_in_the_writers_sentence_leaves_the_quote() -> None:
    text = '"She still has her school friends," Ovid Brell has said. That makes her "a trustworthy person."'
    assert _after_first(text) == []


def test_another_name_in_the_writers_sentence_leaves_the_quote_to_them() -> None:
    text = '"There are many rules that could apply," Vell added. But Brell called that "a stretch."'
    assert ("Vell", "a stretch.") not in [(s, q) for s, q, _ in _statements(text)]


def test_people_in_the_writers_sentence_leave_the_quote() -> None:
    for sentence in ('But critics call that "a stretch."', 'Some voters see that as "a new low."'):
        assert _after_first(f'"There are many rules," Vell added. {sentence}') == []


def test_words_heard_or_chanted_are_not_the_speakers() -> None:
    for sentence in ('The hall heard "a new low" from the podium.', 'The crowd chanted "a new low."'):
        assert _after_first(f'"There are many rules," Vell added. {sentence}') == []


def test_a_question_of_the_writers_leaves_the_quote() -> None:
    text = '"There are many rules," Vell added. Is that really "chargeable under the law"?'
    assert _after_first(text) == []


def test_no_quote_across_a_paragraph_break_or_after_a_participle() -> None:
    assert _after_first('"There are many rules," Vell added.\n\nThat is "a new low."') == []
    text = '"There are many rules," Vell added, holding up a letter from the board. That is "a new low."'
    assert _after_first(text) == []


def test_a_described_speaker_is_not_carried_to_the_writers_sentence() -> None:
    assert _after_first('"There are many rules," a board official added. That is "a new low."') == []


def test_a_class_grade_after_the_rank_is_no_word_of_the_name() -> None:
    assert [(q.speaker, q.quote) for q in extract('"We held the bridge," said Sgt. 1st Class Ivo Randt.')] == [
        ("Ivo Randt", "We held the bridge")
    ]


# How a speaker said it is no part of what they said; an attribution the sentence split cut off.


def test_a_manner_adverb_after_said_opens_no_reported_clause() -> None:
    assert _statements("Ada Vell said emphatically that the levy would pass.") == [
        ("Ada Vell", "the levy would pass", True)
    ]
    assert all("pleasantly" not in q for _, q, _ in _statements("Ada Vell said pleasantly into the phone."))


def test_a_clause_that_opens_on_an_ly_word_is_still_read() -> None:
    assert _statements("Ada Vell said early voting had gone well.") == [
        ("Ada Vell", "early voting had gone well", True)
    ]


def test_a_quote_cut_from_its_attribution_goes_on_after_it() -> None:
    text = (
        "Eva Miller volunteers for the Vell campaign.\n\n"
        '"This is Eva from the harbor office. Is now a good time?" Miller, a retired welder from the '
        'docks, said pleasantly into the phone. "We are asking members like you."'
    )
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Eva Miller", True), ("Eva Miller", True)]


def test_an_answer_to_a_question_put_to_someone_is_not_sure() -> None:
    text = '"Will you stay on the board?" the host asked Vell. "Of course."'
    assert [(q.quote, q.sure) for q in extract(text)][1:] == [("Of course.", False)]


def test_the_askers_own_words_after_a_question_stay_sure() -> None:
    for text in (
        '"Will you stay on the board?" the host asked Vell. "Will you run again?"',
        '"Will you stay on the board?" Vell asked. "Of course, I will."',
        '"Will you stay on the board?" asked Ada Vell. "Let me think about it first."',
        '"Why do you still back the levy?" Vell asked the town councillors. "What does it say about you?"',
    ):
        assert all(q.sure for q in extract(text)), text


# The second half of a split quote after a long title.


def test_a_split_quote_after_a_long_title_is_the_same_speakers() -> None:
    text = (
        '"This used to be a quiet backwater," said Ada Vell, director of Harbor Studies at the Orn Sea '
        'Institute in Varne, "and now it is a busy port."'
    )
    assert [(q.speaker, q.cue) for q in extract(text)] == [("Ada Vell", "inverted"), ("Ada Vell", "split")]


def test_a_long_title_with_a_clause_of_its_own_leaves_the_second_half() -> None:
    for title in (
        "director of Harbor Studies at the Orn Sea Institute in Varne, who met Ovid Brell",
        "director of studies who interviewed Ovid Brell in London and wrote a book",
    ):
        text = f'"This used to be a quiet backwater," said Ada Vell, {title}, "and now it is a busy port."'
        assert [q.cue for q in extract(text)] == ["inverted"], title


# A transcript's line, and an inverted attribution ending on a colon.


def test_a_transcript_line_names_its_speaker() -> None:
    text = (
        'Rep. Ada Vell (D-Ore.):"Nobody else uses that number. Where did it come from?"\n\n'
        'Former harbor master Tomas Brell: "We learned that from the board."'
    )
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Ada Vell", True), ("Tomas Brell", True)]


def test_a_label_that_is_no_persons_name_gives_no_speaker() -> None:
    for text in ('Harbor Act: "No vessel shall dock after dark."', 'Update: "The ferry is running again."'):
        assert extract(text) == [], text


def test_a_label_inside_a_paragraph_or_with_words_after_the_quote_is_no_transcript() -> None:
    assert extract('The board met on Monday. Ada Vell: "We will see."') == []
    text = 'Ada Vell: "Nobody else uses that number," the paper quoted her as saying.'
    assert all(q.cue != "before" for q in extract(text))


def test_an_inverted_attribution_with_a_title_and_a_colon() -> None:
    text = 'Put simply, explained radio host Ada Vell: "How is any of that about the levy?"'
    assert [(q.speaker, q.cue) for q in extract(text)] == [("Ada Vell", "before")]


# A participle of saying after a past the subject denied.


def test_a_participle_after_a_denied_act_is_the_subjects() -> None:
    text = (
        "Ada Vell did not share more about the meeting, saying only that it happened "
        'and that the board "won the files it wanted."'
    )
    assert [(q.speaker, q.cue) for q in extract(text)] == [("Ada Vell", "participle")]
    assert _statements("Ada Vell didn't wait for the board, saying the pier was unsafe.") == [
        ("Ada Vell", "the pier was unsafe", True)
    ]


def test_a_participle_after_a_paper_from_another_stays_unread() -> None:
    assert extract("Ada Vell did not see the letter from her son, saying it was lost.") == []


# A second verb of the subject's, after "and", "but", "but now", or past a relative clause.


def test_a_second_verb_after_but_now_is_the_first_clauses_subjects() -> None:
    text = 'Councillor Ada Vell used to back Tomas Brell, but now said the levy had "the chance to unite us."'
    assert [q.speaker for q in extract(text)] == ["Ada Vell"]


def test_a_second_verb_after_an_irregular_past_is_the_subjects() -> None:
    text = 'Ada Vell stood up and said that these days, "being a stranger helps."'
    assert [q.speaker for q in extract(text)] == ["Ada Vell"]


def test_a_name_before_its_relative_clause_speaks_after_but() -> None:
    text = (
        "Ada Vell, who was speaking to the harbor board, did not mention Brell by name, but told the "
        'members that the port should be run by those "who put sailors first."'
    )
    assert [q.speaker for q in extract(text)] == ["Ada Vell"]


def test_a_list_after_the_relative_clause_gives_no_speaker() -> None:
    text = "Ada Vell, who met Tomas Brell, Tam Quarle and the board, but told the members that the port was fine."
    assert extract(text) == []


def test_words_after_someone_acts_in_the_writers_sentence_are_not_the_speakers() -> None:
    assert _after_first('"The plan is dead," Ada Vell said. The crowd roared "never again."') == []


def test_a_split_quote_after_someone_else_cuts_in_is_left() -> None:
    text = (
        '"This used to be quiet," said Ada Vell, before Tomas Brell, the harbor master, cut her off, '
        '"but not any more."'
    )
    assert [q.cue for q in extract(text)] == ["inverted"]


def test_a_quote_closing_on_the_comma_ends_the_clause_of_time() -> None:
    text = (
        'Ada Vell is the mayor. Tomas Brell is her deputy. Weeks after Brell said the levy was "fair," Vell vetoed it.'
    )
    assert _statements(text) == [("Tomas Brell", 'the levy was "fair,"', False)]


@pytest.mark.parametrize(
    "text",
    [
        "The council posted its agenda.\n\nGrace Street: “Closed for repairs until May.”",
        "Ships lost in the storm:\n\nAda Rose: “Last heard from off Varne.”",
        "Award nominees for best novel:\n\nAda Orvell: “The Quiet Pier.”",
        "The hearing went on for hours.\n\nAda Vell: “We will not fund this pier.”",
    ],
)
def test_a_label_the_text_never_shows_as_a_person_or_a_list_entry_is_no_transcript_line(text: str) -> None:
    assert [q for q in extract(text) if q.sure] == []


def test_a_transcript_line_of_one_named_before_or_titled_is_theirs() -> None:
    text = (
        "Ada Vell chaired the hearing with Tomas Brell.\n\nAda Vell: “We will not fund this pier at all.”"
        "\n\nRep. Tomas Brell (D-Ore.): “Then the town will sue the state.”"
    )
    assert [q.speaker for q in extract(text) if q.sure] == ["Ada Vell", "Tomas Brell"]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brell and Nora Brell run the mill. The deal came days after Brell told the Courier he was leaving Marl.",
        "Ada Darr runs a bakery. Mayor Ivo Darr resigned Monday, a week after Darr said the bakery was “failing.”",
    ],
)
def test_a_surname_in_a_clause_of_time_that_two_people_share_names_no_one(text: str) -> None:
    assert [q for q in extract(text) if q.sure] == []


def test_words_another_whispered_after_a_reporters_attribution_are_not_the_reporters() -> None:
    text = (
        "Ada Vell spoke in Osk on Tuesday. As the crowd cheered Vell, the Harbor Ledger's Tomas Brell "
        'reported, her husband whispered to her: "They are still with you."'
    )
    assert [q for q in extract(text) if q.speaker == "Tomas Brell" and q.sure] == []


def test_one_who_whispers_her_own_words_still_speaks() -> None:
    text = 'Ada Vell whispered to her aide: "They are still with us."'
    assert [q.speaker for q in extract(text)] == ["Ada Vell"]
