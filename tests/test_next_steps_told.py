"""Next steps the text itself tells: not a speaker's talk, not what would have been, not what an
event will mean, not a forecast or a stance with no day. (All sentences invented.)"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen import spoken, timeline
from briefgen.events import habitual, in_passing

# The paper is dated Tuesday 9 June 2026.
TUESDAY = date(2026, 6, 9)


def _coming(sentence: str) -> bool:
    return timeline.announcement(sentence, TUESDAY) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # a quotation standing alone: nobody named says it
        '"The Varna wards will pick their delegates on Saturday. We are ready for it."',
        "''The harbour levy is on the ballot this autumn.''",
        "“Quint was scheduled to address the dock guild on Saturday morning at the pier.”",
        # a speaker's own act or a plea to the hearers, inside quotes ('' as some wires write them)
        '"You have to get out and vote on Thursday," Orsk told the dockers.',
        "''I'll be voting for Tam Orr on Thursday,'' Vell said, according to the Marsh Courier.",
        'Brant added that "as a ward elder, I will back her when we get to the guild congress in July."',
        # the narrator's own account: a column, a transcript
        "But the elders were furious because I was left out: Quint said she would only negotiate with Orr.",
    ],
)
def test_a_speakers_talk_is_no_next_step(sentence: str) -> None:
    assert not _coming(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a quote that speaks for a body, with its speaker named, is told as a schedule
        '"We will be meeting on Friday in Marsh to settle the levy," the guild chair, Ida Moss, said.',
        "''Three ward ballots are set for next week, and our crews are ready,'' Orsk said.",
        "The Marsh guild will meet on Friday to settle the levy.",
    ],
)
def test_a_schedule_told_in_a_quote_or_by_the_text_stays(sentence: str) -> None:
    assert _coming(sentence)


def test_what_would_have_been_is_no_next_step() -> None:
    assert not _coming("The harbour ballot planned for this autumn would have raised the levy by a tenth.")
    assert _coming("The harbour ballot planned for this autumn will raise the levy by a tenth.")
    # "would have" with no participle is a reply owed, not a counterfactual
    assert _coming("Orr told the judge that the guild would have a reply by Friday.")


@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        # the dated event is the subject; what the clause says of it is what it will mean
        ("Quint is not standing again, but her speech Sunday on the ferries will be a major theme of the race.", False),
        ("The wards have grown restless, and Friday's vote will echo down the ballot.", False),
        # the same subject with a schedule or an event of its own
        ("Friday's hearing will take place in the sail loft.", True),
        ("Sunday's march will begin at the pier.", True),
        ("The guild's vote will be held on Friday in the sail loft.", True),
    ],
)
def test_what_an_event_will_mean_is_not_its_schedule(sentence: str, coming: bool) -> None:
    assert _coming(sentence) is coming


@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        # undated: a forecast by its adverb, a stance held over time, an open question
        ("Orr will likely visit the Marsh wards.", False),
        ("Vell has said that she would visit the Marsh wards.", False),
        ("The guild elders will have to choose whose plan they back.", False),
        ("The Marsh wards will decide whether she is right.", False),
        # but a decision on an act to take, and a firm future, stay
        ("The guild elders must decide whether to call a strike.", True),
        ("Vell said she would resign as treasurer after the congress.", True),
    ],
)
def test_an_undated_forecast_stance_or_open_question_is_left_out(sentence: str, coming: bool) -> None:
    assert _coming(sentence) is coming


def test_an_occasional_thing_is_a_habit() -> None:
    assert habitual("Ida Moss said the levy would occasionally come up at the guild dinners.")
    assert habitual("The ferries sometimes sail on Sundays.")
    assert not habitual("The ferries sail on Sunday.")


def test_a_swing_up_to_an_event_is_told_in_passing() -> None:
    sentence = "As Orsk starts a tour of the wards up to the Friday ballot, she remains popular."
    assert in_passing(sentence, sentence.index("Friday"))
    assert not _coming(sentence)


def test_spoken_reads_quotes_of_every_kind() -> None:
    assert spoken.quoted_alone("''I'm sure she knows him. I'll ring Orr.''")
    assert not spoken.quoted_alone("''I'll ring Orr,'' Vell said.")
    text = "''I'll ring Orr on Friday,'' Vell said."
    assert spoken.speaker_talk(text, text.index("ring"))
    text = '"We will ring Orr on Friday," Vell said.'
    assert not spoken.speaker_talk(text, text.index("ring"))
    assert spoken.first_person_talk("Then I told the guild that Orr would resign.")
    assert not spoken.first_person_talk('Orr said, "I will resign."')
    assert not spoken.first_person_talk("The veterans of World War I will march on Friday.")


@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        # with no day, the words must show an act one could attend or wait on
        ("The dock board will hold banners at the pier.", False),
        ("The harbour panel will address the leaked letter in its final report.", False),
        ("Most of the dockers say they will vote for a newcomer.", False),
        ('Vell will appear on "Harbour Hour" and "Morning Marsh".', False),
        ("The Marsh wards will also be considered a swing region in the harbour election.", False),
        ("The ferry jobs will be sent to Lorrin.", False),
        ("Ida Moss will hold talks with the ferry owners.", True),
        ("Orr will address the guild congress.", True),
        ("Tam Orr will be charged with fraud.", True),
        ("Vell will appear before the harbour court.", True),
        ("Lorrin will also hand over twelve wounded dockers held in Varna.", True),
    ],
)
def test_an_undated_item_is_an_act_one_could_attend(sentence: str, coming: bool) -> None:
    assert _coming(sentence) is coming


def test_who_a_writer_quoted_is_not_what_comes_next() -> None:
    sentence = (
        '"Could the guild split over the levy? It could," wrote Orsk, runner-up to Ida Moss for the chair,'
        " who will be sworn in as chair next month."
    )
    assert not _coming(sentence)
    assert _coming("Ida Moss, runner-up to Orsk for the chair, will be sworn in as chair next month.")


@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        # an event named in a concessive phrase is what the sentence grants before its point
        ("For all the talk of the harbour debate later this month (her aides have drilled her), Orr is calm.", False),
        ("Despite the rain, Orr will march to the pier on Friday.", True),
        # places described by what they do on a day: a kind of place, no one event announced
        ("Orr's aides will fan out to the dozen wards holding ballots in July.", False),
        ("Eleven wards hold ballots on July 3.", True),
        # headlines run together: furniture, not a sentence of the report
        ("Guild Vote Set In Varna As Ferry Strike Ends Harbour Talks Start Tomorrow, But Tonight, Cheers.", False),
    ],
)
def test_an_event_named_only_to_set_the_scene_is_left_out(sentence: str, coming: bool) -> None:
    assert _coming(sentence) is coming


def test_what_ought_to_follow_is_no_next_step() -> None:
    assert not _coming("Orr's pact with the dockers should end the rift in the guild this year.")
    # a maybe with its day stays a maybe told for that day
    assert _coming("Orr said on Monday that she may travel to Lorrin next week.")


def test_an_event_in_a_fronted_phrase_before_a_past_main_clause_is_background() -> None:
    sentence = (
        "In ruling on the harbour ballot, which is set for next week, the court held that the wards"
        " must print new lists."
    )
    assert not _coming(sentence)
    assert _coming("The harbour ballot, which the court upheld, is set for next week.")


@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        # "soon" of a clause told in the past: the calm came; the "would" after the colon is the bylaws' rule
        (
            "Calm soon returned, as the tally —12 for, 30 against — left the bylaws as they stood: No donors would be disclosed.",
            False,
        ),
        # "soon after" another event, which may be past
        ("Soon after the tally, Vell said the Varna guild would disclose its donors.", False),
        # "soon" of a clause still ahead stays
        ("Vell said the Varna guild would disclose its donors soon.", True),
        ("The Varna guild will soon be disclosing its donors.", True),
    ],
)
def test_soon_counts_only_in_a_clause_still_ahead(sentence: str, coming: bool) -> None:
    assert _coming(sentence) is coming


@pytest.mark.parametrize(
    "sentence",
    [
        # a calendar date leaves no doubt which day: what the event will be stays
        "The June 30 runoff will pit Tam Orrick against Ida Vell.",
        # a weekday's event with its programme, line-up or broadcast
        "Sunday's debate will air on VTV at 9 p.m.",
        "Sunday's debate will feature all five hopefuls.",
        "Thursday's hearing will focus on the ferry levy.",
        "Thursday's hearing will be televised.",
        "Friday's summit will bring together 20 harbour chiefs.",
        "Friday's vote will determine the guild's next leader.",
        "Friday's congress will include a vote on the levy.",
    ],
)
def test_what_an_event_will_show_or_a_calendar_dated_one_stays(sentence: str) -> None:
    assert _coming(sentence)


def test_an_event_told_as_unsettled_is_none_whatever_its_date() -> None:
    assert not _coming("The harbour guild's request for leave to march on July 4 is pending with the port office.")
    assert not _coming("The June 30 runoff remains in doubt.")


def test_a_sentence_full_of_titled_names_is_no_run_of_headlines() -> None:
    assert _coming(
        "Guild Master Tam Orrick, Harbour Warden Ida Velmont and Ward Elder Nora Quist will meet"
        " Lord Mayor Ben Arlo at the Varna Sail Loft on Friday."
    )
    assert not _coming("Guild Vote Set In Varna Ferry Strike Ends Talks Start Tomorrow As Dock Wardens Meet Friday")


@pytest.mark.parametrize(
    "sentence",
    [
        "Division I athletes will vote on the new rules on Friday in Varna.",
        "The Varna senate will vote on Thursday on a bill to amend Article I of the harbour charter.",
        "The agency will decide on Friday whether Type I ferry licences stay on the list.",
        "Class I ferry owners will meet on Friday in Varna.",
    ],
)
def test_a_roman_numeral_i_is_no_narrator(sentence: str) -> None:
    assert _coming(sentence)


@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        # "you" or "I" that only frame a body's schedule
        ('"As you know, the council will vote on Friday," the chair, Ida Moss, said.', True),
        ('"The board will meet on Thursday, I am told," said Ida Moss, the chair.', True),
        ('"Thank you all. The guild votes on Friday," Orr said.', True),
        # the speaker's own act, or a plea to the hearers
        ('"I will travel to Varna on Friday," Orsk said.', False),
        ('"Get out and vote on Thursday, it matters," Orsk told the dockers.', False),
    ],
)
def test_a_quote_is_talk_only_when_the_act_is_the_speakers_or_a_plea(sentence: str, coming: bool) -> None:
    assert _coming(sentence) is coming


@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        ("Gov. Tam Orrick will soon address the United Nations.", True),
        ("The mayor will hold a town hall in Varna.", True),
        ("Orrick will host a fundraiser in Varna.", True),
        ("The Varna board will vote for a new chair.", True),
        ("A decision on the ferry plan is expected in the coming weeks.", True),
        # a voter's choice, a standing hold, an event noun with nothing near
        ("Members of the Varna guild say they will vote for a newcomer.", False),
        ("The Varna board will host the banners of the guild.", False),
        ("A vote on the ferry levy is expected.", False),
        ("No ruling on the ferry levy is expected soon.", False),
    ],
)
def test_an_undated_gathering_a_body_s_vote_or_a_near_decision_is_attendable(sentence: str, coming: bool) -> None:
    assert _coming(sentence) is coming
