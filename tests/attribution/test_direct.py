"""Direct speech: the speaker named after or before quoted words, or going on from before.

Every case is wire-style copy written for these tests; each asserts the exact speaker and words.
"""

from __future__ import annotations

import pytest

from briefgen.attribution import extract

from .conftest import said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # “…,” X said — curly and straight marks
        ("“We will not give up our land,” Zelenskyy said on Monday.", "Zelenskyy", "We will not give up our land"),
        ('"The plan is dead," Peskov said.', "Peskov", "The plan is dead"),
        # said X, with a title; the name is the speaker, the title its role
        (
            '"Yes, such a conversation is planned," said Kremlin spokesman Dmitry Peskov, who declined to say more.',
            "Dmitry Peskov",
            "Yes, such a conversation is planned",
        ),
        # X said: “…” and X said, “…”
        ("Okafor said: “Every option stays open to us.”", "Okafor", "Every option stays open to us."),
        (
            "Speaking to CNN, Witkoff said, “The two presidents will talk this week.”",
            "Witkoff",
            "The two presidents will talk this week.",
        ),
        # told reporters / told the BBC / told Reuters
        (
            "“The next move is theirs to make,” Naim told the BBC on Sunday.",
            "Naim",
            "The next move is theirs to make",
        ),
        (
            "“Nobody walked away,” Senate Minority Leader Tom Alvarez told reporters outside his office.",
            "Tom Alvarez",
            "Nobody walked away",
        ),
        # other verbs of saying
        (
            "“I did not come here to shut the government down,” Okafor wrote on X.",
            "Okafor",
            "I did not come here to shut the government down",
        ),
        (
            "“The court told us what not to do,” Hollings posted on social media.",
            "Hollings",
            "The court told us what not to do",
        ),
        ("“This is a war of choice,” Senator Ruth Okafor tweeted.", "Ruth Okafor", "This is a war of choice"),
        # an unresolved title is the source as the text gives it (anonymous: never on the page)
        (
            "“We are prepared for every scenario,” the commissioner insisted.",
            "the commissioner",
            "We are prepared for every scenario",
        ),
        # present tense in features
        ("“Enough is enough,” Lynch says.", "Lynch", "Enough is enough"),
        # a multi-sentence quotation is one quote
        (
            "“How will these 30 days be used? Who will monitor them?” Putin asked reporters.",
            "Putin",
            "How will these 30 days be used? Who will monitor them?",
        ),
        # British single quote marks
        (
            "'We have the experts and the equipment,' the envoy Ana Toni said.",
            "Ana Toni",
            "We have the experts and the equipment",
        ),
        # an honorific is not part of the name
        ("“We are close,” Mr. Peskov said.", "Peskov", "We are close"),
        # an appositive between the name and the verb
        (
            "“We have reviewed the new rules,” C.C. Wei, TSMC’s chairman and chief executive, told analysts.",
            "C.C. Wei",
            "We have reviewed the new rules",
        ),
    ],
)
def test_direct_quote_patterns(text: str, speaker: str, quote: str) -> None:
    if not quote:  # an unresolved title is not a speaker we can name
        assert said(text) == []
        return
    assert said(text) == [(speaker, quote)]


def test_split_quote_is_one_speaker() -> None:
    text = "“We have the experts,” Finnish Foreign Minister Elina Valtonen said, “and we can deploy quickly if both sides agree.”"
    assert said(text) == [
        ("Elina Valtonen", "We have the experts"),
        ("Elina Valtonen", "and we can deploy quickly if both sides agree."),
    ]
    assert {q.role for q in extract(text)} == {"Finnish Foreign Minister"}


def test_parenthetical_attribution_inside_a_quote() -> None:
    text = "UN Secretary-General Antonio Guterres urged negotiators to find common ground. Failure, he said, “is not an option.”"
    assert said(text) == [("Antonio Guterres", "is not an option.")]


def test_quote_running_over_paragraphs_keeps_its_speaker() -> None:
    text = (
        "“I want to thank every soldier,” Ukrainian President Volodymyr Zelenskyy said. “You are the reason Ukraine is standing.\n\n"
        "“And I want our partners to hear this: we need air defence now.”\n\n"
        "“Prices will rise,” one trader said."
    )
    found = extract(text)
    assert [(q.speaker, q.quote, q.cue) for q in found] == [
        ("Volodymyr Zelenskyy", "I want to thank every soldier", "after"),
        ("Volodymyr Zelenskyy", "You are the reason Ukraine is standing.", "continuation"),
        ("Volodymyr Zelenskyy", "And I want our partners to hear this: we need air defence now.", "paragraphs"),
        ("one trader", "Prices will rise", "after"),
    ]


def test_next_sentence_and_next_paragraph_continue_the_speaker() -> None:
    text = (
        "“We offered everything they asked for,” Majority Leader Karen Whitfield said. “At some point you take yes for an answer.”\n\n"
        "In a statement, she said:\n\n"
        "“Passengers are paying the price.”"
    )
    assert said(text) == [
        ("Karen Whitfield", "We offered everything they asked for"),
        ("Karen Whitfield", "At some point you take yes for an answer."),
        ("Karen Whitfield", "Passengers are paying the price."),
    ]


def test_speaker_introduced_by_a_colon_paragraph() -> None:
    text = "Transport Secretary Louise Haigh called the strike disappointing. In a statement, she said:\n\n“Passengers are paying the price.”"
    assert said(text) == [("Louise Haigh", "Passengers are paying the price.")]


def test_two_speakers_in_one_sentence_keep_their_own_words() -> None:
    text = "“The plan is dead,” Peskov said, while Foreign Minister Sergei Lavrov called it “a trap for Russia and for all of its people.”"
    assert said(text) == [
        ("Peskov", "The plan is dead"),
        ("Sergei Lavrov", "a trap for Russia and for all of its people."),
    ]


def test_titles_with_full_stops_and_names_after_a_title() -> None:
    assert said("“It should not take three weeks,” said Republican state Sen. Jake Hoffman.") == [
        ("Jake Hoffman", "It should not take three weeks")
    ]
    assert said("Governor-elect Adam Kowalski thanked Hayes for what he called “a gracious call.”") == [
        ("Adam Kowalski", "a gracious call.")
    ]
    assert said(
        "Political scientist Samara Klar of the University of Arizona said the result reflected deep divisions."
    ) == [("Samara Klar", "the result reflected deep divisions")]


def test_a_question_cut_from_its_attribution_by_the_sentence_split() -> None:
    text = "“Why would anyone sign that?” Mayor Dana Whitcombe said of the contract on Tuesday, after the vote."
    assert said(text) == [("Dana Whitcombe", "Why would anyone sign that?")]


def test_a_quote_after_a_full_stop_the_split_missed_goes_on_from_the_statement_before() -> None:
    text = (
        '"We are going to fix the roads," Whitcombe said at a rally in the old mill town of Brayford. '
        '"You will see it by the spring.”'
    )
    assert said(text) == [
        ("Whitcombe", "We are going to fix the roads"),
        ("Whitcombe", "You will see it by the spring."),
    ]


def test_a_quote_going_on_after_a_state_tag() -> None:
    text = "“The vote was fair,” said Sen. Ines Quarle, D-N.M. “I stand by it.”"
    assert said(text) == [("Ines Quarle", "The vote was fair"), ("Ines Quarle", "I stand by it.")]


def test_the_writers_sentence_running_on_past_the_speakers_next_quote() -> None:
    # The quote that opens the next sentence is still the speaker's when the writer's words run on
    # past it and name no one else: surely when they are a short adjunct ("… on the levy and the
    # pier"), only as a reading when they have a verb of their own ("— a point the board disputes").
    text = (
        "“We have done our part,” Quarle told reporters. “The board must now act” on the levy and the pier.\n\n"
        "“Nobody asked the islanders,” Odile Marrant said. “We learned of it from the radio” — a point the "
        "board disputes."
    )
    assert [(q.speaker, q.quote, q.sure) for q in extract(text)] == [
        ("Quarle", "We have done our part", True),
        ("Quarle", "The board must now act", True),
        ("Odile Marrant", "Nobody asked the islanders", True),
        ("Odile Marrant", "We learned of it from the radio", False),
    ]


@pytest.mark.parametrize(
    "then",
    [
        "“Not at fault” on every charge was the finding the harbour panel returned.",
        "“Clear of blame” on all three charges came back from the panel within an hour.",
        "“Row, row, row” and “Ferries for all” rang out across the quay.",
        "“Unbeatable” — so the island papers now call the crew.",
    ],
)
def test_a_quote_whose_own_clause_may_give_it_elsewhere_is_not_the_speakers_for_sure(then: str) -> None:
    # A verdict, a chant, a name others give: the clause the quote opens has its own verb, so the
    # speaker before is at most a reading, never shown.
    text = f"“My skipper did nothing wrong,” guild lawyer Odile Marrant said. {then}"
    assert [(q.speaker, q.quote) for q in extract(text) if q.sure] == [
        ("Odile Marrant", "My skipper did nothing wrong")
    ]


def test_words_after_the_next_quote_that_give_it_to_someone_else() -> None:
    # A verb of saying or another name after it: whose the quoted words are is not certain.
    text = (
        "“Fees will rise,” Odile Marrant said. “Fair and open” to whom, her rivals ask.\n\n"
        "“The pier can wait,” Marrant said. “A dock for all” on the flyers of Tomas Brenik."
    )
    assert said(text) == [("Odile Marrant", "Fees will rise"), ("Odile Marrant", "The pier can wait")]


def test_party_brackets_do_not_cut_a_name_from_its_clause() -> None:
    text = "“The bill is a start,” said Rep. Lena Oduya (D-Ore.) at the hearing."
    assert said(text) == [("Lena Oduya", "The bill is a start")]


def test_the_second_quoted_piece_of_one_reported_clause() -> None:
    text = (
        "Brett Amadi, who is disliked by the unions, said at the meeting that drafting the budget “is a fair "
        "process” and that the vote “will be held before the harvest.”"
    )
    assert said(text) == [
        ("Brett Amadi", "is a fair process"),
        ("Brett Amadi", "will be held before the harvest."),
    ]


def test_the_subject_of_the_clause_the_verb_is_in() -> None:
    text = "The hearing dragged on so long that Senator Maria Ostrow said, “We need a translator for this bill.”"
    assert said(text) == [("Maria Ostrow", "We need a translator for this bill.")]


def test_quoted_words_in_the_clause_of_the_sentences_subject() -> None:
    text = (
        "Dr. Ingrid Solvang took the podium in Tromsø and called the old levy “a tax on every fisherman.”\n\n"
        "In the spring, Paul Ostrander feared the fund would turn into “a cushion for idle hands.”\n\n"
        "Friends cheered the “last dance of the season” late into the night."
    )
    found = extract(text)
    assert [(q.speaker, q.quote, q.sure) for q in found] == [
        ("Ingrid Solvang", "a tax on every fisherman.", True),  # called: speaking of something
        ("Paul Ostrander", "a cushion for idle hands.", False),  # feared: a guess at most
    ]


def test_a_statement_saying_and_any_verb_before_a_colon() -> None:
    text = (
        "Marla Quince owns the label. On Friday she put out a short statement saying, “The partner has served "
        "us well for years.”\n\n"
        "Senator Hal Brennick toured the valley on Monday. Asked about the bridge, he shrugged: "
        "“Ask me again after the flood season.”"
    )
    assert said(text) == [
        ("Marla Quince", "The partner has served us well for years."),
        ("Hal Brennick", "Ask me again after the flood season."),
    ]


def test_a_news_agency_passes_on_the_words_of_who_the_sentence_named() -> None:
    text = (
        "The Foreign Ministry said Vardania “will not let the river treaty lapse this year,” "
        "the official news agency VNA said."
    )
    assert said(text) == [("Foreign Ministry", "will not let the river treaty lapse this year")]


def test_a_quote_signed_with_a_dash_and_an_inverted_verb_of_any_kind() -> None:
    text = (
        "The tram plan stalled again. “Our buses run late every day” - Dana Whitcombe.\n\n"
        "“The mayor said the harbour is safe,” scoffed Brett Amadi. Others disagreed."
    )
    assert said(text) == [
        ("Dana Whitcombe", "Our buses run late every day"),
        ("Brett Amadi", "The mayor said the harbour is safe"),
    ]


def test_a_paragraph_ending_on_the_following_statement_introduces_the_next_quote() -> None:
    text = (
        "When the mill closed in 1998, Mayor Ada Quill released the following short statement:\n\n"
        "“Our thoughts are with every family in the valley tonight.”"
    )
    assert said(text) == [("Ada Quill", "Our thoughts are with every family in the valley tonight.")]


def test_went_on_to_say_and_the_present_tense_of_live_coverage() -> None:
    assert said("Gov. Ben Ardo went on to say the ferry is “sound enough to sail all winter.”") == [
        ("Ben Ardo", "sound enough to sail all winter.")
    ]
    found = extract("Dara Quint is telling supporters that the race “is far from over, and we will win it.”")
    assert [(q.speaker, q.kind) for q in found] == [("Dara Quint", "indirect")]
    found = extract("Dara Quint was quick to add that the causeway “will cost the town nothing at all.”")
    assert [(q.speaker, q.kind) for q in found] == [("Dara Quint", "indirect")]


def test_a_middle_initial_does_not_end_the_name_after_said() -> None:
    assert said(
        "“This budget robs the next generation,” said Assembly Speaker Colette J. Ambrose (D-Ore.) in the chamber."
    ) == [("Colette J. Ambrose", "This budget robs the next generation")]


def test_the_words_of_a_charge_a_speaker_passes_on_are_not_sure() -> None:
    text = "The harbour pilot was held overnight on suspicion of “tampering with the tide gauges,” Reyes said."
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Reyes", False)]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # A description the text never ties to a name is the source as the text gives it.
        (
            "Road crews worked through the night. “We will repave every road by spring,” the governor said.",
            "the governor",
            "We will repave every road by spring",
        ),
        ("“Turnout will decide it,” said the 52-year-old.", "the 52-year-old", "Turnout will decide it"),
        (
            "Tenants sued the landlord in March. “The lease was void from the start,” the lawsuit says.",
            "the lawsuit",
            "The lease was void from the start",
        ),
        (
            "“Nobody here wants a new quarry,” his nephew told the paper.",
            "his nephew",
            "Nobody here wants a new quarry",
        ),
        (
            "“Every vote in this valley counts twice,” the ad’s narrator says.",
            "the ad’s narrator",
            "Every vote in this valley counts twice",
        ),
        ("“I did not care who they backed,” said one county party leader.", "one county party leader", ""),
        ("“The valley needs the dam,” says a narrator.", "a narrator", ""),
        ("“The numbers are not there for her,” one of those staffers said.", "one of those staffers", ""),
    ],
)
def test_a_description_nobody_is_named_for_is_the_source(text: str, speaker: str, quote: str) -> None:
    found = extract(text)
    quote = quote or text[1 : text.index("”")].rstrip(",")
    assert [(q.speaker, q.quote) for q in found] == [(speaker, quote)]
    assert found[0].anonymous  # never a named actor: the page leaves it out


def test_a_pronoun_after_a_description_is_left_out() -> None:
    # "he" may be the moderator or the mayor: neither the description nor a guess takes it.
    text = (
        "Mayor Tobias Renner opened the hearing on Monday. “The budget is balanced,” the moderator said. "
        "“We cut nothing that matters,” he said."
    )
    assert said(text) == [("the moderator", "The budget is balanced")]


@pytest.mark.parametrize(
    ("frame", "sure"),
    [
        ("Pruitt dryly said, ", True),
        ("Pruitt shot back, ", True),
        ("On a call-in show that evening, Pruitt went a step further: ", True),
        ("Pruitt delivered a short warning to the council: ", True),
        ("Pruitt, who drafted the levy as mayor, interjected with a question: ", True),
        ("Said Pruitt, ", True),
        ("The band stopped, and then Pruitt continues: ", True),
        ("Pruitt returned to her old refrain: ", True),
        ("Pruitt waved at the stalls, then stepped up and thundered: ", True),
        # someone else named in the frame: whose words they are is not certain
        ("Pruitt went on, with a nod to Olin Pask: ", False),
    ],
)
def test_a_sentence_that_frames_the_quote_it_ends_with_names_its_speaker(frame: str, sure: bool) -> None:
    found = extract(f"Dana Pruitt spoke at the fair. {frame}“We will pass the levy in May.”")
    assert [(q.speaker, q.quote, q.sure) for q in found] == [("Dana Pruitt", "We will pass the levy in May.", sure)]


def test_a_frame_with_words_after_the_quote_is_not_its_attribution() -> None:
    # The quote does not end the sentence: a title, not what the subject said.
    assert said("Dana Pruitt spoke at the fair. Pruitt read aloud from her new book: “Fields” and left.") == []


def test_quoted_words_going_on_in_the_same_clause_are_the_same_speakers() -> None:
    text = "Ada Quint spoke on Monday. Quint said that “dock crews” “never miss a tide, not one of them.”"
    assert said(text) == [("Ada Quint", "dock crews"), ("Ada Quint", "never miss a tide, not one of them.")]
    text = "Ada Quint spoke on Monday. Quint called the tender a “misstep” pushed by a few “well-meaning neighbours.”"
    assert said(text)[-1] == ("Ada Quint", "well-meaning neighbours.")


def test_quoted_words_of_another_voice_in_the_same_sentence_are_not_the_speakers() -> None:
    text = "Ada Quint spoke on Monday. “It will be built,” Quint said, and the crowd chanted “Dock now!”"
    assert said(text) == [("Ada Quint", "It will be built")]
    text = "Ada Quint spoke on Monday. Quint said the dock “will be built” before Ned Bale called it “a folly.”"
    assert ("Ada Quint", "a folly.") not in said(text)


def test_a_bare_quote_after_a_sentence_that_introduces_its_speaker_is_theirs_not_sure() -> None:
    text = "The vote is on Monday.\n\nMayor Ada Quint touted her record on the harbor.\n\n“We dredged it twice.”"
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Ada Quint", False)]
    # Someone else named in that sentence: whose words follow is not certain.
    text = "The vote is on Monday.\n\nAda Quint pressed Ned Bale on the harbor.\n\n“Did you dredge it?”"
    assert extract(text) == []


def test_a_bare_quote_after_reported_speech_in_the_paragraph_before_goes_on_not_sure() -> None:
    text = "Ada Quint was quick to add that the ferry would keep running.\n\n“Cut the ferry? Never on my watch.”"
    assert [(q.speaker, q.kind, q.sure) for q in extract(text)][-1] == ("Ada Quint", "direct", False)


def test_a_family_name_that_is_also_a_title_is_a_name_after_a_given_name() -> None:
    assert said("“Our ferries run on time,” Greta Pope said.") == [("Greta Pope", "Our ferries run on time")]
    assert said("“We go on,” said Ben King on Monday.") == [("Ben King", "We go on")]


def test_a_quote_ending_in_a_full_stop_then_a_sentence_of_only_its_attribution() -> None:
    text = "Rain fell on the fair. “Ohio, if you are listening, come and vote.” Pruitt said on Monday. The crowd left."
    assert said(text) == [("Pruitt", "Ohio, if you are listening, come and vote.")]
    # a sentence that goes on to report something else is not the quote's attribution
    text = "Rain fell on the fair. “We will win.” Pruitt said the polls were wrong."
    assert said(text) == [("Pruitt", "the polls were wrong")]


def test_a_name_in_commas_after_a_description_is_the_speaker_not_the_description() -> None:
    assert said("“I feel let down,” Hanne Roos, a beekeeper from Ellisport, said.") == [
        ("Hanne Roos", "I feel let down")
    ]


def test_said_then_a_name_with_in_t_is_not_cut_to_the_given_name() -> None:
    # "said Mies in 't Hoorn": "in" starts no place here; a name cut to "Mies" would be a wrong actor.
    text = "“The harbor will not wait for us,” said Mies in 't Hoorn, a Frisian port official."
    assert [q.speaker for q in extract(text)] in ([], ["Mies in 't Hoorn"])


def test_but_told_after_a_clause_that_opens_with_a_name_is_that_name_speaking() -> None:
    text = "Ivo Lantz did not blame the referees, but told his players, “we lost this one on our own and will fix it.”"
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Ivo Lantz", True)]


@pytest.mark.parametrize(
    "frame",
    [
        # another voice in the frame: a heckler who spoke, a paper someone else wrote, a clause in
        # which someone else speaks; whatever the verb
        "Marrow answered a heckler who shouted: “Step down tonight.”",
        "Marrow displayed the flyer her opponent mailed to voters: “Marrow will double your rates.”",
        "Marrow quoted the governor's letter: “We will close the ferry in June.”",
        "Marrow cited the mayor's speech from last winter: “The causeway will never flood.”",
        "Marrow pointed to the ad her opponent aired: “Marrow has failed the islands.”",
        "Marrow recalled how the governor had warned her: “The causeway will flood.”",
        # the same with a verb of speaking: the frame, not the verb, names the other voice
        "Marrow went on to a heckler who shouted: “Step down tonight.”",
        "Marrow continued with the governor's letter: “We will close the ferry in June.”",
        "Marrow offered the flyer her opponent mailed: “Marrow will double your rates.”",
        # the quote speaks of the subject in the third person: someone else's words about her
        "Marrow returned to her old refrain: “Marrow will never sell the ferry.”",
    ],
)
def test_a_frame_naming_another_voice_gives_the_quote_to_nobody_for_sure(frame: str) -> None:
    found = extract(f"Ilse Marrow spoke at the pier on Monday. {frame}")
    assert [q for q in found if q.speaker == "Ilse Marrow" and q.sure] == []


@pytest.mark.parametrize(
    "text",
    [
        "Marrow called it a “blunder” while the governor's aides hailed a “brave step.”",
        "Marrow called it a “blunder” but the council praised a “brave step.”",
        "Marrow called the plan a “blunder,” and her rival's “brave step” won the council over.",
    ],
)
def test_quoted_words_after_a_new_clause_or_another_party_are_not_the_speakers(text: str) -> None:
    found = extract(f"Ilse Marrow spoke at the pier on Monday. {text}")
    assert [(q.speaker, q.quote, q.sure) for q in found] == [("Ilse Marrow", "blunder", True)]


@pytest.mark.parametrize(
    "attribution",
    [
        "Harlan Vesk said at the dock, according to the Marlow Courier.",
        "Harlan Vesk said in a statement according to the Marlow Courier.",
        "Harlan Vesk told the crowd, the Marlow Courier reported.",
        "Harlan Vesk wrote in a letter, according to his cousin's account.",
        "Harlan Vesk said, as quoted by the Marlow Courier.",
    ],
)
def test_words_the_writer_has_from_a_relay_are_the_speakers_but_not_sure(attribution: str) -> None:
    # The relay ("according to the paper", "the paper reported") says who spoke: the writer did
    # not hear it. The quote stays Vesk's, and the one going on from it, but neither is certain.
    text = f"“The pier will close by spring,” {attribution} “We have no other choice.”"
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Harlan Vesk", False), ("Harlan Vesk", False)]


def test_an_attribution_with_no_relay_is_sure() -> None:
    text = "“The pier will close by spring,” Harlan Vesk said at the dock. “We have no other choice.”"
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Harlan Vesk", True), ("Harlan Vesk", True)]


def test_words_called_inside_a_clause_another_source_reports_are_not_sure() -> None:
    text = (
        "The editorial notes that the pilots wrote to the board, and Harlan Vesk later called the plan “a slow leak.”"
    )
    assert [(q.speaker, q.quote, q.sure) for q in extract(text) if q.kind == "direct"] == [
        ("Harlan Vesk", "a slow leak.", False)
    ]
    plain = "Harlan Vesk later called the plan “a slow leak.”"
    assert [(q.speaker, q.sure) for q in extract(plain)] == [("Harlan Vesk", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quint said her late uncle's motto, “Never sell the boat,” still guides her.",
        "Quint read the slogan of her rivals, “Harbor first,” to the crowd.",
        "Quint held up the placard, “No levy, no vote,” and smiled.",
    ],
)
def test_words_a_comma_frame_recites_from_a_motto_or_a_sign_are_not_the_subjects_quote(sentence: str) -> None:
    found = extract(f"Ada Quint spoke at the pier on Monday. {sentence}")
    assert [q for q in found if q.kind == "direct" and q.speaker == "Ada Quint"] == []


def test_words_said_in_a_speech_after_a_comma_frame_are_the_speakers() -> None:
    found = extract("Ada Quint spoke at the pier on Monday. Quint said in her speech, “The ferry stays.”")
    assert [(q.speaker, q.quote, q.sure) for q in found] == [("Ada Quint", "The ferry stays.", True)]


def test_quoted_words_after_a_participle_that_follows_another_subjects_clause_are_not_sure() -> None:
    text = (
        "“Who counts the boats now?” Ada Quint asks as a porter walks in behind her, saying he is"
        " “here to mend the nets.”"
    )
    assert [(q.speaker, q.quote, q.sure) for q in extract(text)][-1] == ("Ada Quint", "here to mend the nets.", False)
    plain = "Ada Quint waved to the pilots, saying she was “here to stay.”"
    assert [(q.speaker, q.sure) for q in extract(plain)] == [("Ada Quint", True)]


def test_a_paragraph_in_other_quote_marks_after_a_speakers_quote_goes_on_not_sure() -> None:
    # Curly quotes, then a paragraph all in straight ones: copy pasted in as often as the speaker
    # going on.
    text = (
        "“The new ferry keeps the island awake,” said Ivo Lantz, a ferry pilot. “They look ahead now.”\n\n"
        '"On Sunday, the council said it had raised two million for the pier."\n\n'
        "“They look ahead now,” Lantz said again."
    )
    found = [(q.speaker, q.sure) for q in extract(text)]
    assert found[2] == ("Ivo Lantz", False)
    same = text.replace('"On Sunday, the council said it had raised two million for the pier."', "“We will build it.”")
    assert [(q.speaker, q.sure) for q in extract(same)][2] == ("Ivo Lantz", True)


def test_a_quote_an_outlet_is_said_to_report_before_it_is_relayed_not_sure() -> None:
    text = "As the Harbor Post reports, “Nobody wanted the pier to close,” said Ana Vell, who runs the dock."
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Ana Vell", False)]
    own = "Ana Vell reported the leak to the board. “Nobody wanted the pier to close,” Ana Vell said."
    assert [(q.speaker, q.sure) for q in extract(own)] == [("Ana Vell", True)]


def test_quotes_after_a_sentence_another_source_reports_are_not_sure_unless_their_frame_names_the_speaker() -> None:
    text = (
        "Ilse Varn spoke to the harbor board on Monday.\n\n"
        "The Dunmore Gazette reported Tuesday that Varn told donors the levy was finished. "
        "“It is over,” she said. “We move on.”"
    )
    # The block comes through the paper: who said it is the paper's word.
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Ilse Varn", False), ("Ilse Varn", False)]
    named = text.replace("“It is over,” she said. “We move on.”", "“It is over,” Varn said.")
    assert [(q.speaker, q.sure) for q in extract(named)] == [("Ilse Varn", True)]


@pytest.mark.parametrize(
    "text",
    [
        "“A harbor that sleeps is a harbor that dies,” Ana Vell said, quoting Olin Pask.",
        "Quoting Olin Pask, Ana Vell told the crowd that “a harbor that sleeps is a harbor that dies.”",
        "As Olin Pask once said, “A harbor that sleeps is a harbor that dies,” Ana Vell told the crowd.",
        "Ana Vell cited Olin Pask, who said “a harbor that sleeps is a harbor that dies.”",
        "“A harbor that sleeps is a harbor that dies,” Ana Vell said, in the words of Olin Pask.",
        # words the frame points to as a thing's: the ad's, not the columnist's
        "The mayor wants “a pier for every voter and a ferry for every town,” as the ad puts it, Ivo Brandt wrote.",
        "In the ad's words, the mayor “will build a pier for every voter,” Ivo Brandt wrote in his column.",
        "Ivo Brandt wrote: “The mayor promises a pier for every voter,” as the campaign's mailer says.",
        # another's earlier words, passed on by the one the frame names
        "The Dunmore Gazette reported the Marlow Ledger's earlier rebuttal: “The plan is a reckless gamble.”",
    ],
)
def test_a_line_passed_on_from_someone_else_is_not_sure(text: str) -> None:
    # Someone's famous line in another's sentence (an ad's words, another paper's rebuttal): the
    # quoter's position or the author's, the text leaves open; never shown as either one's words.
    assert [q.sure for q in extract(text)] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "“We will pay back every mark,” Lise Orrin said on Monday, after the guild borrowed Tarrow money for the ramps.",
        "“The bridge stays open,” said Lise Orrin, who invoked Friday's vote by the toll board.",
        "“The toll is a tax on travel,” Lise Orrin said on Monday, echoing her rival Gerd Holm.",
        "“The bridge stays open,” Lise Orrin said, recalling Gerd Holm, who built it.",
        "“Traffic fell by half,” Lise Orrin said on Monday, quoting Friday's toll count.",
    ],
)
def test_a_frame_naming_money_a_vote_an_ally_or_a_memory_passes_on_no_line(text: str) -> None:
    # Only a frame that passes on someone's words makes the line another's; borrowing money,
    # invoking a vote, echoing a rival (agreeing) or recalling a person leave the words the speaker's.
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Lise Orrin", True)]


def test_quoted_as_saying_is_no_line_passed_on() -> None:
    text = "Ana Vell was quoted as saying that “the harbor must stay open all winter.”"
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Ana Vell", True)]


@pytest.mark.parametrize(
    "lead",
    [
        "According to the Dunmore Gazette, Tomas Brel wants the ferry sold.",
        "The Dunmore Gazette first reported the plan on Tuesday. Tomas Brel wants the ferry sold by spring.",
    ],
)
def test_a_report_one_or_two_sentences_before_a_quote_makes_it_unsure(lead: str) -> None:
    # The words come through the paper, whose report the sentences before stand on.
    text = f"{lead} “The ferry loses money every winter,” he said."
    assert [(q.speaker, q.sure) for q in extract(text) if q.kind == "direct"] == [("Tomas Brel", False)]
    plain = "Tomas Brel spoke at the dock on Tuesday. “The ferry loses money every winter,” he said."
    assert [(q.speaker, q.sure) for q in extract(plain)] == [("Tomas Brel", True)]


def test_a_speaker_calling_anothers_remarks_something_speaks_for_himself() -> None:
    text = "Ivo Brandt called the mayor's remarks “a reckless gamble with the harbor.”"
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Ivo Brandt", True)]


def test_an_inverted_frame_with_a_shortened_title_names_the_person() -> None:
    found = extract("“Will the pier close for good?” asked Sen. Dana Vell of Marlow, who wants a vote.")
    assert [q.speaker for q in found] == ["Dana Vell"]


@pytest.mark.parametrize("verb", ["answered", "responds", "jokes", "answers:"])
def test_a_quote_after_an_answering_verb_is_the_speakers(verb: str) -> None:
    text = (
        "Mayor Ida Vell took questions at the pier on Monday. "
        f"She {verb.rstrip(':')}{':' if verb.endswith(':') else ','} “The toll will stay until the bridge is paid for.”"
    )
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Ida Vell", True)]


def test_words_a_relay_passes_on_are_not_sure() -> None:
    # A newspaper named after the attribution, or someone recounting the words long after: the
    # writer has them second-hand, so the speaker is told, not certain, and stays off the page.
    text = (
        "The orchard co-op sold its first crates of the season on Tuesday.\n\n"
        "“Pick only what is ripe,” Marta Sollen told the pickers, reports the Glacier Gazette.\n\n"
        "“Bring the ladders in before the frost,” Sollen told them, as recounted by a picker years later."
    )
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Marta Sollen", False), ("Marta Sollen", False)]


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ("Gov. Ada Lunn said on Friday", "Ada Lunn"),
        ("Rep. Ada Lunn told reporters", "Ada Lunn"),
        ("Lt. Col. Oren Vask said", "Oren Vask"),
        ("Capt. Oren Vask of the harbour police said", "Oren Vask"),
        ("Prof. Ada Lunn of the harbour college said", "Ada Lunn"),
        ("Harbour Guard Lt. Oren Vask said", "Oren Vask"),
        ("Sgt. Oren Vask added", "Oren Vask"),
        ("Adm. Oren Vask wrote", "Oren Vask"),
        # every title the sentence splitter knows comes before a name: one list
        ("Cmdr. Oren Vask said", "Oren Vask"),
        ("Det. Ada Lunn told reporters", "Ada Lunn"),
        ("Supt. Oren Vask said on Monday", "Oren Vask"),
        ("Amb. Ada Lunn said", "Ada Lunn"),
    ],
)
def test_a_titles_abbreviation_after_the_quote_ends_no_sentence(frame: str, speaker: str) -> None:
    text = f"The ferry board met on Thursday. “We will wait for the figures,” {frame}."
    assert [(q.speaker, q.sure) for q in extract(text)] == [(speaker, True)]


@pytest.mark.parametrize("joiner", ["while", "whereas", "but", "although", "because"])
def test_a_clause_of_its_own_after_the_quote_is_not_its_attribution(joiner: str) -> None:
    # "“…,” while Lunn said …": Lunn said something else; whose the quote is, the sentence does not say.
    text = f"The pilots' guild met at the quay. “The tides are late,” {joiner} Ada Lunn said she would wait for the figures."
    assert [(q.speaker, q.quote) for q in extract(text) if q.kind == "direct"] == []


@pytest.mark.parametrize("joiner", ["while", "whereas"])
def test_a_reported_clause_ends_where_a_clause_of_its_own_begins(joiner: str) -> None:
    text = f"Ines Quarle said she would “back the levy,” {joiner} Gov. Ada Lunn said she would wait for the figures."
    assert [(q.speaker, q.quote) for q in extract(text) if q.kind == "indirect"] == [
        ("Ines Quarle", "she would “back the levy"),
        ("Ada Lunn", "she would wait for the figures"),
    ]


@pytest.mark.parametrize("title", ["Cmdr.", "Insp.", "Det.", "Supt.", "Msgr."])
def test_a_title_after_said_is_no_speaker_of_its_own(title: str) -> None:
    # "said Insp. Oren Vask": the inspector, never "Insp"
    text = f"The ferry board met on Thursday. “The harbour is closed,” said {title} Oren Vask of the port police."
    assert [q.speaker for q in extract(text)] == ["Oren Vask"]


@pytest.mark.parametrize("title", ["Supt.", "Insp.", "Det.", "Amb.", "Pres.", "Cmdr.", "Msgr."])
def test_a_titles_abbreviation_is_no_part_of_a_name_whatever_the_given_name(title: str) -> None:
    # "Ardo" says nothing of where the name starts; the abbreviation does: the page shows one
    # Ardo Pann, not a "Supt. Ardo Pann" beside him
    text = f"“The harbour is closed,” {title} Ardo Pann said. “We wait for the tide,” Pann added."
    assert [q.speaker for q in extract(text)] == ["Ardo Pann", "Ardo Pann"]


@pytest.mark.parametrize(
    ("outlet", "speaker"),
    [
        ("the Varnese News Agency quoted ministry spokesman Kel Brann as saying", "Kel Brann"),
        ("Varn Radio's night bulletin quoted a ferry ministry aide as saying", "a ferry ministry aide"),
        ("state radio quoted Harbour Minister Ada Lunn as telling a meeting", "Ada Lunn"),
        # (an outlet whatever its name: the construction says the words are passed on)
        ("Varn Radio quoted Harbour Minister Ada Lunn as saying", "Ada Lunn"),
    ],
)
def test_words_an_outlet_quoted_someone_as_saying_are_that_ones_second_hand(outlet: str, speaker: str) -> None:
    # The agency passes the words on: they are the one quoted's, as sure as a relay makes them.
    text = f"The ferries stayed in port on Sunday. “The crossings will resume on Monday,” {outlet}."
    assert [(q.speaker, q.sure) for q in extract(text)] == [(speaker, False)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Varnese ferry guild released a statement on Monday. “The crossings will resume on Friday,” the "
            "statement read.",
            "Varnese ferry guild",
        ),
        (
            "Quarle's campaign put out an email to lantern-keepers on Tuesday. “Every crossing you fund keeps a light "
            "burning,” read the email.",
            "Quarle's campaign",
        ),
        (
            "Ines Quarle put out a two-line statement after the vote. “The lanterns stay lit until the ferries run,” "
            "read the statement.",
            "Ines Quarle",
        ),
        (
            "The Varnese Ledger ran an editorial on Friday. “The toll is a tax on the poor,” the editorial read.",
            "Varnese Ledger",
        ),
        ("Protesters gathered at the pier. “No toll, no vote,” the banner read.", "the banner"),
    ],
)
def test_a_written_thing_reads_its_words(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a person who reads out words reads another's: the letter's writer, not the reader
        "Ines Quarle held up a letter from the guild. “The crossings will resume on Friday,” Quarle read.",
        "Ines Quarle held up a letter from the guild. “The crossings will resume on Friday,” she read from the letter.",
        "Mara Doyt took the stand. “The ledgers were closed,” Doyt read aloud from the clerk's notes.",
    ],
)
def test_one_who_reads_words_out_is_not_their_speaker(text: str) -> None:
    assert [q.speaker for q in extract(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        # one who passes a paper on, or shows it, did not write it
        "Ines Quarle leaked the memo to reporters. “Pann knew of the faults,” the memo read.",
        "Ardo Pann shared the post on Monday. “The toll is theft,” the post read.",
        "Ines Quarle retweeted the post on Monday. “The toll is theft,” the post read.",
        "Ardo Pann forwarded the email to the guild. “Delete the ledgers,” read the email.",
        "Prosecutors cited a memo seized at the harbour office. “Pay the inspectors,” the memo read.",
    ],
)
def test_one_who_passes_a_paper_on_is_not_its_writer(text: str) -> None:
    assert all(q.speaker not in ("Ines Quarle", "Ardo Pann", "Prosecutors") for q in extract(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The nets are mended,” said the guild's steward, Oska Brenn.", "Oska Brenn"),
        ("“The nets are mended,” said the guild's steward, Oska Brenn Jr.", "Oska Brenn Jr."),
        ("“The nets are mended,” said the guild's steward, Oska Brenn, on Friday.", "Oska Brenn"),
    ],
)
def test_a_name_in_commas_after_said_ends_before_the_full_stop(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "asked the host, Felix Varn": the name in commas says who asked, whoever "the host" alone
        # would be taken for (the one person named before)
        ("Hugo Brel spoke on Salt Radio. “Will the fares rise?” asked the host, Felix Varn.", "Felix Varn"),
        ("Hugo Brel met the press. “Is the pier safe?” asked the reporter, Felix Varn.", "Felix Varn"),
        ("Hugo Brel won the vote. “We will hold him to it,” said the chairman, Tomas Quint.", "Tomas Quint"),
        ("Ada Quarle spoke at the guild. “Do you regret it?” asked the interviewer, Nora Fiel.", "Nora Fiel"),
        (
            "Hugo Brel took the stand. “Were you told of the leak?” asked the board's lawyer, Tomas Quint.",
            "Tomas Quint",
        ),
        ("Ada Quarle runs the bakery. “Is the oven fixed?” asked the inspector, Mira Doyt.", "Mira Doyt"),
        # the name in commas is the one described: read as before
        ("Harbourmaster Hugo Brel spoke. “The fees stay,” said the harbourmaster, Hugo Brel.", "Hugo Brel"),
        ("“The fees stay,” said the harbourmaster, Hugo Brel.", "Hugo Brel"),
        # capitalised words in commas that the text does not show as a person's name do not
        # override the one described: a party label, a place, a time
        (
            "Senator Ada Quarle spoke in Aske. “We will not back down,” said the senator, the Varn Democrat.",
            "Ada Quarle",
        ),
        (
            "Senator Ada Quarle spoke in Aske. “We will not back down,” said the senator, South Varn Democrat.",
            "Ada Quarle",
        ),
        ("Hugo Brel, the mayor, spoke. “We will stay,” said the mayor, Aske Town Hall.", "Hugo Brel"),
        ("Hugo Brel, the mayor, spoke. “We will stay,” said the mayor, Monday Night.", "Hugo Brel"),
        ("Hugo Brel, the mayor, opened the bridge. “It took ten years,” said the mayor, Saint Ives.", "Hugo Brel"),
    ],
)
def test_a_name_in_commas_after_an_inverted_description_is_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract(text)][-1:] == [speaker]


# A rank with "retired" before the name is of the title, not of the name.
@pytest.mark.parametrize("title", ["retired Army Col.", "retired Navy Lt. Cmdr."])
def test_a_rank_with_retired_still_names_the_speaker(title: str) -> None:
    assert said(f"“The pier will not hold,” said {title} Ines Marrow.") == [("Ines Marrow", "The pier will not hold")]


# A rank with an ordinal ("Sgt. 1st Class", "1st Lt.") is never cut wrong ("Class Ines Marrow",
# or "Cavalry Division" for "the 1st Cavalry Division"); the name is read whole or not at all.
@pytest.mark.parametrize(
    "text",
    [
        "“We held the bridge,” said Sgt. 1st Class Ivo Randt.",
        "“We held the bridge,” said Air Force 1st Lt. Ivo Randt.",
        "“We held the bridge,” said the 1st Cavalry Division.",
    ],
)
def test_a_rank_with_an_ordinal_gives_no_cut_name(text: str) -> None:
    assert all(speaker not in ("Class Ivo Randt", "Lt. Ivo Randt", "Cavalry Division") for speaker, _ in said(text))


# Not a numbered unit with no person named: nobody is read from "the 3rd Battalion".
def test_an_ordinal_unit_names_no_person() -> None:
    assert all(speaker != "Battalion" for speaker, _ in said("“The pier will not hold,” said the 3rd Battalion."))


# A quote ending in "!" or "?" that the sentence split cut from "X, what X is, said on Friday."
def test_a_cut_off_attribution_may_give_the_speaker_in_commas() -> None:
    text = "Odile Farr runs the tide fund. “Not our flyer, but fair enough!” Farr, the head of the Tide Fund, wrote on Friday."
    assert said(text) == [("Odile Farr", "Not our flyer, but fair enough!")]


# Not when that sentence goes on to say something of its own: the cry is not its subject's.
def test_a_cut_off_question_is_not_given_to_a_described_subject_who_goes_on() -> None:
    text = "“Will the ferry run?” Odile Farr, the head of the Tide Fund, said the levy would pass."
    assert [q for q in said(text) if q[1] == "Will the ferry run?"] == []


# Quoted fragments listed before the one the attribution follows are the same speaker's words.
@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("The levy is “reckless” and “a tax on every fisherman,” said Ines Marrow.", ["reckless"]),
        ("The levy is “reckless,” “late” or “both,” Ines Marrow, the harbour clerk, said.", ["reckless", "late"]),
    ],
)
def test_fragments_listed_before_an_attributed_one_are_its_speakers(text: str, fragments: list[str]) -> None:
    found = said(text)
    assert [quote for speaker, quote in found if speaker == "Ines Marrow"][:-1] == fragments
    assert all(speaker == "Ines Marrow" for speaker, _ in found)


# Not when the writer's words before the list give it a voice of their own.
@pytest.mark.parametrize("opening", ["Critics call the levy", "The dockers chanted", "The union says the levy is"])
def test_fragments_after_another_voice_are_not_listed_with_the_attributed_one(opening: str) -> None:
    found = said(f"{opening} “reckless” and “a tax on every fisherman,” Ines Marrow said.")
    assert ("Ines Marrow", "reckless") not in found


# Nor when they are more than a subject and "is": a name, a possessive or another verb may own them.
@pytest.mark.parametrize(
    "opening",
    ["The warden's", "Odo Penn's flyers promise", "Shoppers at the market heard", "On the quay,"],
)
def test_fragments_after_more_than_a_subject_and_is_are_not_listed(opening: str) -> None:
    found = said(f"{opening} “a new dawn for the canal” and “a grant for every barge,” Ines Marrow said.")
    assert ("Ines Marrow", "a new dawn for the canal") not in found


# A split quote's attribution holds the speaker and a short title: a longer stretch may bring in
# a second speaker whose half the second half is.
def test_a_split_quote_does_not_go_on_past_a_long_stretch_naming_another() -> None:
    text = (
        "“The water is rising,” said Ines Marrow, the harbour engineer, before Odo Brisk, the harbour "
        "master of the port of Varne, cut her off: “The wall will hold.”"
    )
    assert ("Ines Marrow", "The wall will hold.") not in said(text)


# Not when another voice is named between the halves: the second half is that voice's.
def test_a_split_quote_does_not_go_on_past_another_voice() -> None:
    text = (
        "“This used to be the guild's harbour,” said Ines Marrow, who once ran the ferry line that the Vell "
        "family sold to the city, as Odo Brisk shouted, “but it is coming under the city's thumb.”"
    )
    assert ("Ines Marrow", "but it is coming under the city's thumb.") not in said(text)


# Not a place, an outlet or a word the text names no one by: those labels are no speaker.
@pytest.mark.parametrize("label", ["Varne:", "The Varne Gazette:", "Politico:"])
def test_a_label_that_is_no_person_names_no_speaker(label: str) -> None:
    assert said(f"Ines Marrow chairs the ferry panel. {label} “The fares will rise by a third in May.”") == []


# Fragments after words someone wrote or spoke ("The words on the banner were") are those words, not the speaker's.
@pytest.mark.parametrize("frame", ["The words on the banner were", "The first words of the mayor were"])
def test_fragments_after_someone_elses_words_are_not_listed(frame: str) -> None:
    text = f"{frame} “Marle must go now” and “No new levy for Varne,” Ondra Felk said."
    assert ("Ondra Felk", "Marle must go now") not in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Dalby and Ivo Renn are running. Renn mocked Dalby's promise to “drain the harbor by spring.”",
        "Tom Dalby and Ivo Renn are running. Renn scoffed at Dalby's claim that “the mills will reopen in May.”",
        "Tom Dalby and Ivo Renn are running. Renn praised Dalby's bold pledge to “cut the ferry fares in half.”",
    ],
)
def test_the_quoted_content_of_anothers_promise_is_not_the_subjects_for_sure(text: str) -> None:
    assert not [q for q in extract(text) if q.kind == "direct" and q.speaker == "Ivo Renn" and q.sure]


def test_the_quoted_content_of_ones_own_promise_stays_the_speakers() -> None:
    text = "Tom Dalby and Ivo Renn are running. “I will drain the harbor by spring,” Renn said of Renn's plan."
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ivo Renn"]
