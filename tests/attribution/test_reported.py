"""Reported speech: "X said (that) …", "…, X said", "according to X", participles, relative clauses."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract, extract_paragraphs

from .conftest import said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Putin said that Moscow needs guarantees before any truce.",
            "Putin",
            "Moscow needs guarantees before any truce",
        ),
        ("Russian President Vladimir Putin said Moscow needs guarantees.", "Vladimir Putin", "Moscow needs guarantees"),
        (
            "Trump told reporters aboard Air Force One late on Sunday that a great deal of work had been done.",
            "Trump",
            "a great deal of work had been done",
        ),
        (
            "Russian forces have recaptured the town of Sudzha over the past week, the Russian defense ministry said.",
            "Russian defense ministry",
            "Russian forces have recaptured the town of Sudzha over the past week",
        ),
        (
            "The talks could resume next week, according to Marco Rubio.",
            "Marco Rubio",
            "The talks could resume next week",
        ),
        (
            "According to the Kremlin, Russia will also hand over 23 wounded soldiers.",
            "Kremlin",
            "Russia will also hand over 23 wounded soldiers",
        ),
        (
            "Kyiv dismissed the exchange as political theater, saying its soldiers were not surrounded.",
            "Kyiv",
            "its soldiers were not surrounded",
        ),
        (
            "Ukrainian officials confirmed that preparations were under way but said they would not comment.",
            "Ukrainian officials",
            "preparations were under way but said they would not comment",
        ),
        ("She cautioned, however, that the outlook did not include the new rules.", "", ""),
    ],
)
def test_reported_speech(text: str, speaker: str, quote: str) -> None:
    found = extract(text)
    if not speaker:  # a pronoun with no one before it
        assert found == []
        return
    assert [(q.speaker, q.kind, q.quote) for q in found] == [(speaker, "indirect", quote)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Kremlin said on Friday that it was studying the proposal.", "Kremlin"),
        ("Russia's Foreign Ministry said in a statement that the plan was unacceptable.", "Russia's Foreign Ministry"),
        ("NATO said allies remained committed to supporting Ukraine.", "NATO"),
        ("Poland has said it will not deploy soldiers to Ukraine.", "Poland"),
        ("The White House said in a statement that the president would sign any clean bill.", "White House"),
        ("China's Ministry of Commerce said it would take necessary measures.", "China's Ministry of Commerce"),
    ],
)
def test_organisations_and_governments_speak(text: str, speaker: str) -> None:
    found = extract(text)
    assert [(q.speaker, q.organisation, q.anonymous) for q in found] == [(speaker, True, False)]


def test_reported_speech_in_a_relative_clause_after_a_comma() -> None:
    text = (
        "The city raised bus fares by a third in January, a step that commuter groups say drove riders away. "
        "The mayor's office said ridership had fallen, a decline that transport experts said would deepen next year. "
        "The two leaders met for three hours, which state television said ended without agreement."
    )
    assert said(text) == [
        ("commuter groups", "drove riders away"),
        ("mayor's office", "ridership had fallen"),
        ("transport experts", "would deepen next year"),
        ("state television", "ended without agreement"),
    ]


def test_the_press_reports_citing_sources_but_a_company_reporting_figures_is_no_statement() -> None:
    text = (
        "Local newspapers reported, citing police sources, that the suspect had fled abroad. "
        "Northwind reported on Friday that its net income rose 8%. "
        "The bridge will stay shut until March, regional media reported on Sunday."
    )
    assert said(text) == [
        ("Local newspapers", "the suspect had fled abroad"),
        ("regional media", "The bridge will stay shut until March"),
    ]


def test_according_to_a_statement_from_the_palace_and_a_rival_named_after_its_owner() -> None:
    text = (
        "According to a statement from the palace, the queen would visit the flooded towns on Friday.\n\n"
        "Dunmore & Pike's rival Halvorsen, which reports results next month, said in an email that it "
        "expected no change to its own forecast."
    )
    assert said(text) == [
        ("palace", "the queen would visit the flooded towns on Friday"),
        ("Halvorsen", "it expected no change to its own forecast"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes, titles and slogans are nobody's words
        "The so-called “special military operation” entered its fourth year on Monday.",
        "The dispute is the subject of a new documentary, “End of the Line,” which follows union organisers.",
        "“Bring them home now,” read one banner, while the crowd chanted “Deal now” for an hour.",
        "The two officials discussed “next steps” during a call.",
        # quoted words with no speaker named anywhere near them
        "“We are not there yet.” The talks resume on Monday.",
        # not saying is not a statement
        "The department has not said whether it plans to act.",
        "The statement did not say what steps China might take.",
        # a pronoun inside a relative clause belongs to it: "who he said were surrounded"
        "Trump urged Putin to spare the soldiers who he said were surrounded.",
        # an object, not a clause
        "Moscow denies mistreating prisoners.",
        "The bureau also added Sophgo, a Chinese chip designer, to the Entity List.",
        # data is not a speaker
        "Shares worth 3.5 billion euros changed hands, according to exchange data compiled by this newspaper.",
    ],
)
def test_nothing_is_attributed_to_a_guess(text: str) -> None:
    assert extract(text) == []


def test_an_unnamed_holder_of_an_office_is_not_guessed() -> None:
    found = extract("“We are in favor of stopping the fighting,” the Russian president said.")
    assert [(q.speaker, q.anonymous) for q in found] == [("the Russian president", True)]


def test_a_home_town_and_state_after_a_name_are_not_who_spoke() -> None:
    found = extract("Ada Lund of Dayton, Ohio says she thinks the mayor can win the seat again.")
    assert [(q.speaker, q.quote) for q in found] == [("Ada Lund", "she thinks the mayor can win the seat again")]


def test_a_thousands_comma_does_not_cut_the_subject() -> None:
    # "He thanked 3,500 volunteers … and told them": he, whom nothing names here; never "500 volunteers".
    text = "He thanked 3,500 volunteers at a depot in Tulsa and told them that the route would “stay open all winter.”"
    assert [q.speaker for q in extract(text)] == []


def test_a_clause_someone_else_reports_is_theirs_and_the_inner_speaker_not_sure() -> None:
    text = (
        "Lin Wei was questioned on Monday. His sister, Hu Jiangmei, spoke to reporters.\n\n"
        "Lin insisted that the pamphlets broke no law at all, Ms. Hu said."
    )
    found = extract(text)
    assert [(q.speaker, q.quote, q.sure) for q in found] == [
        ("Hu Jiangmei", "Lin insisted that the pamphlets broke no law at all", True),
        ("Lin Wei", "the pamphlets broke no law at all", False),
    ]


def test_a_two_letter_family_name_is_the_person_the_text_names_in_full() -> None:
    assert said("Xu Hanlin was freed. “I will keep painting,” Xu said.") == [("Xu Hanlin", "I will keep painting")]


def test_an_organisation_passing_on_a_named_speakers_clause_keeps_it_theirs() -> None:
    found = extract("Chancellor Voss said the border would reopen on Friday, the ministry said.")
    assert [(q.speaker, q.sure) for q in found] == [("Voss", True)]


def test_what_she_said_ends_where_the_narration_goes_on_to_someone_else() -> None:
    text = (
        "Mayor Lena Brandt said that the audit had cleared her budget, to which Councilman Otto Reyes "
        "interjected: “That is simply false.”"
    )
    # (the reply's own clause frames the quote: direct._REPLY_FRAME)
    assert said(text) == [("Lena Brandt", "the audit had cleared her budget"), ("Otto Reyes", "That is simply false.")]


def test_a_clause_that_opens_with_a_speech_verb_is_not_what_the_subject_said() -> None:
    # "under a banner that said, …": the banner's words, not Lena Brandt's.
    text = "Lena Brandt posted her reply under a banner that said, “The Mayor Must Resign Now.” She left early."
    assert not [q for q in extract(text) if q.speaker == "Lena Brandt"]


@pytest.mark.parametrize(
    "text",
    [
        "Dale Ortner didn't seem convinced by the budget on Friday, telling the council, “Half of this town "
        "wants the pool closed.”",
        "Dale Ortner changed course once more, telling KCAL that the harbor fees “stay where they are, and that "
        "is final.”",
    ],
)
def test_telling_someone_after_the_subject_s_clause_is_the_subject_speaking(text: str) -> None:
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Dale Ortner", True)]


def test_said_after_a_comma_gives_the_speaker_after_it_not_an_item_of_the_list_before() -> None:
    text = (
        "The ferries to Oskel, the Tarn Republic, Port Lemmer and Varnia run twice a week, said Aldo Brenk of the line."
    )
    assert said(text) == [
        ("Aldo Brenk", "The ferries to Oskel, the Tarn Republic, Port Lemmer and Varnia run twice a week")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harlan Vesk said the ferry would stop in May, the Marlow Courier reported.",
        "Harlan Vesk said the ferry would stop in May, according to the Marlow Courier.",
        "Harlan Vesk welcomed the pilots, saying the ferry would stop in May, the Marlow Courier reported.",
    ],
)
def test_a_clause_the_writer_has_from_a_relay_ends_at_it_and_is_not_sure(sentence: str) -> None:
    found = [q for q in extract(sentence) if q.speaker == "Harlan Vesk"]
    assert [(q.quote, q.sure) for q in found] == [("the ferry would stop in May", False)]


def test_a_clause_told_by_a_described_witness_is_the_witness_report() -> None:
    # The witness is the one speaking; Vesk's words are what the witness says he heard.
    text = (
        "Odell Vesk met the pilots on Monday. Vesk said Mira Sole “would never win the seat,” the witness"
        " recalled, adding that Vesk spoke of the harbor next: “It will be ours by June.”"
    )
    found = [(q.speaker, q.quote, q.sure) for q in extract(text) if q.kind == "indirect"]
    assert ("Odell Vesk", "Mira Sole “would never win the seat,”", False) in found
    assert not [q for q in extract(text) if q.speaker == "Odell Vesk" and q.sure]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quint posted a photo of a placard that her rivals carried: “No levy, no vote.”",
        "Quint responded to reports that the ferry would close in May.",
        "Quint posted a video that showed the pilots walking out.",
    ],
)
def test_that_after_a_thing_carrying_words_opens_no_clause_of_the_subject(sentence: str) -> None:
    found = extract(f"Ada Quint spoke at the pier on Monday. {sentence}")
    assert [q for q in found if q.speaker == "Ada Quint"] == []


def test_a_clause_said_in_a_paper_is_the_subjects() -> None:
    found = extract("Ada Quint alleged in the suit that the board hid the figures.")
    assert [(q.speaker, q.quote) for q in found] == [("Ada Quint", "the board hid the figures")]


@pytest.mark.parametrize(
    ("sentence", "sure"),
    [
        ("Quint laughed as a porter walked in behind her, saying he was there to mend the nets.", False),
        ("Quint waited while the crowd cheered, adding that the harbor would reopen in May.", False),
        # "as" before a noun alone opens no clause: the participle is the subject's
        ("Quint pitched the levy as a way to fund the pier, noting that the harbor would reopen in May.", True),
    ],
)
def test_a_participle_after_a_clause_with_its_own_subject_is_not_sure(sentence: str, sure: bool) -> None:
    found = extract(f"Ada Quint spoke at the pier on Monday. {sentence}")
    assert [(q.speaker, q.cue, q.sure) for q in found] == [("Ada Quint", "participle", sure)]


def test_that_after_a_preposition_points_at_a_thing_and_opens_no_clause() -> None:
    text = (
        "The Varn assembly responded to that report with a new ferry tax. "
        "Quell pointed to that report as proof, and added that the harbour would close."
    )
    # The assembly's act is the writer's account; only Quell's clause is a statement.
    assert [(q.speaker, q.quote) for q in extract(text)] == [("Quell", "the harbour would close")]
    later = "Quell wrote of that plan that the pier was safe."
    assert [q.quote for q in extract(later)] == ["the pier was safe"]


def test_a_participle_after_a_bodys_vote_or_ruling_is_not_sure_to_be_its_statement() -> None:
    acted = "The Osselt City Council approved the harbor levy on Tuesday, saying the docks needed repairs."
    # The writer's account of why the council acted, not words it gave.
    assert [(q.speaker, q.sure) for q in extract(acted)] == [("Osselt City Council", False)]
    issued = "The Osselt City Council issued a statement on Tuesday, saying the docks needed repairs."
    assert [(q.speaker, q.sure) for q in extract(issued)] == [("Osselt City Council", True)]
    person = "Ilse Varn approved the harbor levy on Tuesday, saying the docks needed repairs."
    assert [(q.speaker, q.sure) for q in extract(person)] == [("Ilse Varn", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Columnist Ivo Brandt wrote that the mayor wants “a pier for every voter,” as the ad puts it.",
        "Ivo Brandt, a columnist, noted that the campaign promises “a pier for every voter,” in the ad's words.",
    ],
)
def test_a_writer_pointing_to_an_ads_words_is_not_their_sure_speaker(text: str) -> None:
    assert [q.sure for q in extract(text)] == [False]


def test_according_to_a_titled_name_names_the_person_not_the_title() -> None:
    found = extract("According to Rep. Dana Vell, the council will not sell the pier this year.")
    assert [(q.speaker, q.quote) for q in found] == [("Dana Vell", "the council will not sell the pier this year")]


def test_a_fronted_phrase_before_according_to_is_no_statement() -> None:
    # The clause runs on after the source: the words before it are only its opening phrase.
    found = extract(
        "Among the ferries at risk, according to Dana Vell, are three that sail to Osk.\n\n"
        "The pier will close in May, according to Dana Vell."
    )
    assert [(q.speaker, q.quote) for q in found] == [("Dana Vell", "The pier will close in May")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "In March, the board raised the toll twice, according to Ida Vell, who chairs the guild.",
            "the board raised the toll twice",
        ),
        (
            "In 2015, the board sold the pier to a developer, according to Ida Vell, a spokeswoman for the guild.",
            "the board sold the pier to a developer",
        ),
    ],
)
def test_a_clause_after_a_fronted_phrase_is_a_statement_before_according_to(text: str, quote: str) -> None:
    # The comma ends the fronted phrase: a whole clause follows it, and the source's appositive
    # after "according to X" is not the rest of the sentence.
    assert [(q.speaker, q.quote) for q in extract(text)] == [("Ida Vell", quote)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ledgers due Friday are expected to show that Vell, who has boasted of her pull with the voters that"
        " make up the party's base, did more business with the firm.",
        "Mayor Ida Vell boasted of her pull with the voters that make up the party's base.",
    ],
)
def test_a_that_after_a_governed_phrase_and_before_a_verb_opens_no_reported_clause(sentence: str) -> None:
    assert extract("The harbor board met on Monday in Marlow.\n\n" + sentence) == []


def test_a_reported_clause_after_a_governed_phrase_is_still_read() -> None:
    found = extract("Mayor Ida Vell wrote of the plan that the harbor board would never fund it.")
    assert [(q.speaker, q.quote) for q in found] == [("Ida Vell", "the harbor board would never fund it")]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "Mayor Ida Vell wrote about the dockers that they had been let down by the board.",
            "they had been let down by the board",
        ),
        ("Mayor Ida Vell said about the toll that it would pay for the new bridge.", "it would pay for the new bridge"),
    ],
)
def test_what_is_said_about_a_topic_starts_after_that(sentence: str, quote: str) -> None:
    # "about the dockers" is the topic, not the speaker's words: the clause opens after "that".
    assert said(sentence) == [("Ida Vell", quote)]


@pytest.mark.parametrize(
    "count", ["about 300 dockers", "about twenty boats", "about four hundred dockers", "about a third of the crews"]
)
def test_about_a_number_still_opens_a_reported_clause(count: str) -> None:
    # A number in figures or in words: "about" is the count's, the clause starts there.
    assert said(f"Mayor Ida Vell said {count} would stay off the water on Monday.") == [
        ("Ida Vell", f"{count} would stay off the water on Monday")
    ]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "Mayor Ida Vell closed the night berth, telling fishermen in Kesh, Lowmarch, that the harbor would stay “open to all” in winter.",
            "the harbor would stay “open to all” in winter",
        ),
        (
            "Mayor Ida Vell skipped the vote, telling dockers in June that the levy would rise again.",
            "the levy would rise again",
        ),
    ],
)
def test_where_and_when_someone_was_told_is_not_part_of_what_was_said(sentence: str, quote: str) -> None:
    assert said(sentence) == [("Ida Vell", quote)]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "Mayor Ida Vell grumbled to dockers in Kesh that the harbor board “keeps the toll too high.”",
            "the harbor board “keeps the toll too high.”",
        ),
        (
            "Mayor Ida Vell fired back that the ferry crews had backed her levy from the start.",
            "the ferry crews had backed her levy from the start",
        ),
        (
            "Mayor Ida Vell made the point that the toll would leave the pier half empty.",
            "the toll would leave the pier half empty",
        ),
    ],
)
def test_more_verbs_of_saying_report_a_clause(sentence: str, quote: str) -> None:
    assert said(sentence) == [("Ida Vell", quote)]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "The mayor promised that the footbridge, which the Varnese River Trust says will carry 4,000 "
            "walkers a day, will open “before the first frost.”",
            "will carry 4,000 walkers a day",
        ),
        (
            "The footbridge, which the Varnese River Trust says will carry 4,000 walkers a day, drew "
            "crowds of anglers on Sunday.",
            "will carry 4,000 walkers a day",
        ),
    ],
)
def test_a_relative_clause_in_commas_says_only_its_own_words(sentence: str, quote: str) -> None:
    assert [(q.speaker, q.quote) for q in extract(sentence)] == [("Varnese River Trust", quote)]


def test_an_aside_cut_off_mid_way_is_no_statement() -> None:
    text = (
        "The new fare, which the Varnese River Trust says will fall by a fifth and, from next year, "
        "will be paid by card, starts on Monday."
    )
    assert [(q.speaker, q.quote) for q in extract(text)] == []


def test_a_participle_after_a_party_bracket_and_saying_only() -> None:
    # "(R-Orch.)" does not cut the subject from its verb; "saying only that" still reports, from
    # after "only that".
    text = (
        "Brisa Tamm (R-Orch.) walked out of the co-op hall before the vote, saying the new price list would "
        "“ruin every small grower by autumn.”\n\n"
        "Lio Darrow declined to name the valley, saying only that its ice “moves faster each spring.”"
    )
    assert [(q.speaker, q.quote, q.sure) for q in extract(text)] == [
        ("Brisa Tamm", "the new price list would “ruin every small grower by autumn.”", True),
        ("Lio Darrow", "its ice “moves faster each spring.”", True),
    ]


# "X, what X is, told <someone named> that …": after "told" stands who heard it, never who spoke,
# so a comma before the verb is no inverted tag ("…, said Aldo Brenk") and X is the speaker.
TOLD_A_NAMED_LISTENER = [
    ("Hanna Lusk, the ferry guild treasurer, told the Varnese Courier that the fund was empty.", "Hanna Lusk"),
    ("Ilse Marr, 44, told Kessel Radio that the bakery would close in June.", "Ilse Marr"),
    ("The mill owner, Aldo Fenn, told the Orlan Gazette that flour prices had doubled.", "Aldo Fenn"),
    ("Tomas Brel, the chandlery owner, told Ines Quarle that the rope had arrived.", "Tomas Brel"),
]


@pytest.mark.parametrize(("text", "speaker"), TOLD_A_NAMED_LISTENER)
def test_one_apposed_who_told_a_named_listener_is_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract(text)] == [speaker]


# Not a statement of the one before the comma: told by someone, or a tag inside the sentence.
@pytest.mark.parametrize(
    "text",
    [
        "Fenn, told by the Orlan Gazette that flour prices had doubled, shrugged.",
        "The guild, its chairman told the Harbour Courier, will not strike this year.",
    ],
)
def test_told_after_a_comma_gives_no_statement_to_what_stands_before_it(text: str) -> None:
    assert not [q for q in extract(text) if q.speaker in ("Fenn", "guild")]


# A quote opened inside someone's reported words and left open at the end of the paragraph goes on
# in the next paragraph (the writer's mark of one quotation over two): that paragraph, quote alone,
# is the same speaker's too.
@pytest.mark.parametrize("mark", ["curly", "straight"])
def test_a_quote_left_open_in_reported_words_goes_on_in_the_next_paragraph(mark: str) -> None:
    paragraphs = [
        "Fares on the Orlan crossing are under review.",
        "Brann Odell, the ferry guild's treasurer, told the Orlan Gazette on Friday that fares would rise "
        "“by a third before the summer sailings begin.",
        "“Fuel costs have doubled and the crews are owed back pay.”",
        "The guild meets again in May.",
    ]
    if mark == "straight":
        paragraphs = [p.replace("“", '"').replace("”", '"') for p in paragraphs]
    body, found = extract_paragraphs(paragraphs)
    assert [(q.speaker, body[q.start : q.end]) for q in found if "back pay" in body[q.start : q.end]] == [
        ("Brann Odell", "Fuel costs have doubled and the crews are owed back pay.")
    ]


# Not when the next paragraph's quote has its own speaker named.
@pytest.mark.parametrize(
    ("then", "speaker"),
    [
        ("“We disagree,” said Orvan Keszt, the harbour master.", "Orvan Keszt"),
        ("“We disagree,” the harbour board said in a statement.", "harbour board"),
    ],
)
def test_a_quote_left_open_in_reported_words_does_not_take_a_quote_with_its_own_speaker(
    then: str, speaker: str
) -> None:
    body, found = extract_paragraphs(["Hanna Lusk told the Varnese Courier that the old quay was “unsafe.", then])
    assert [q.speaker for q in found if body[q.start : q.end] == "We disagree"] == [speaker]


# An adverb of manner between the speaker and the verb ("Odell bluntly said …", "the guild similarly
# warned …") leaves the clause the speaker's.
@pytest.mark.parametrize(
    "verb", ["bluntly said", "similarly warned that", "quickly added that", "has repeatedly argued"]
)
def test_an_adverb_between_speaker_and_verb_keeps_the_reported_clause(verb: str) -> None:
    text = f"Brann Odell keeps the ferry guild's books. Odell {verb} the fares would rise by a third in May."
    assert said(text) == [("Brann Odell", "the fares would rise by a third in May")]


# Not a word in "ly" that is a noun: "the assembly said" is the assembly's, the whole phrase its name.
@pytest.mark.parametrize("noun", ["assembly", "family", "monopoly"])
def test_a_noun_in_ly_before_the_verb_is_no_adverb(noun: str) -> None:
    found = said(f"The Orlan harbour {noun} said the fares would rise by a third in May.")
    assert [quote for _, quote in found] in ([], ["the fares would rise by a third in May"])
    assert all(noun in speaker for speaker, _ in found)
    described = said(f"A spokeswoman for the Orlan harbour {noun} said the fares would rise by a third in May.")
    assert all(speaker.endswith(noun) for speaker, _ in described)


# Nor an adverb that puts the saying in doubt: the writer does not vouch that it was said.
@pytest.mark.parametrize(
    "verb", ["reportedly said", "would likely say", "rarely said", "allegedly told staff", "jokingly said"]
)
def test_a_hedged_saying_is_no_reported_statement(verb: str) -> None:
    text = f"Brann Odell keeps the ferry guild's books. Odell {verb} the fares would rise by a third in May."
    assert said(text) == []


# "X released a statement (on Monday) saying …": what the paper says is the issuer's, comma or not.
@pytest.mark.parametrize(
    "frame", ["released a statement saying", "issued a brief statement on Monday saying that", "sent a letter stating"]
)
def test_a_statement_issued_saying_a_clause_is_the_issuers(frame: str) -> None:
    text = f"Brann Odell keeps the ferry guild's books. Odell {frame} the fares would rise by a third in May."
    assert said(text) == [("Brann Odell", "the fares would rise by a third in May")]


# Only the subject of the issuing verb issued the paper: not the subject of a clause before it.
@pytest.mark.parametrize("joint", ["after", "as", "once"])
def test_a_statement_issued_in_a_later_clause_is_not_the_first_subjects(joint: str) -> None:
    text = f"Brann Odell walked out {joint} Mira Kell's office released a statement saying the fares would rise."
    assert [speaker for speaker, _ in said(text) if "Odell" in speaker] == []


# Not a paper someone else wrote that the subject only read or received.
@pytest.mark.parametrize("frame", ["received a letter saying", "read a statement from the mayor saying"])
def test_a_paper_received_or_read_is_not_the_subjects_statement(frame: str) -> None:
    text = f"Brann Odell keeps the ferry guild's books. Odell {frame} the fares would rise by a third in May."
    assert said(text) == []


# "…, X said in an interview", "…, X said once the storm passed", "…, X said at a briefing": where or how it
# was said does not keep the sentence from being X's.
@pytest.mark.parametrize("adjunct", ["in an interview", "after the storm", "at a briefing in Varne on Monday"])
def test_a_trailing_attribution_may_say_where_it_was_said(adjunct: str) -> None:
    text = f"Brann Odell keeps the ferry guild's books. The fares would rise by a third in May, Odell said {adjunct}."
    assert said(text) == [("Brann Odell", "The fares would rise by a third in May")]


# Not a phrase that is a clause of its own, nor "went on to win": no one's words.
@pytest.mark.parametrize(
    "ending",
    [
        "the day Brann Odell said in May it would sail",
        "but the guild went on to win the vote",
        "while Brann Odell has vowed to leave the fares alone",
    ],
)
def test_a_trailing_phrase_with_a_clause_of_its_own_is_no_attribution(ending: str) -> None:
    text = (
        f"Brann Odell keeps the ferry guild's books. The ferry sailed at noon on the longest day of the year, {ending}."
    )
    assert [q for q in said(text) if q[1].startswith("The ferry sailed")] == []


# Nor a phrase that joins a clause taking the words back, nor one that says they were a joke.
@pytest.mark.parametrize("adjunct", ["at first but later recanted", "in jest"])
def test_a_trailing_attribution_taken_back_or_in_jest_is_no_statement(adjunct: str) -> None:
    text = f"Brann Odell keeps the ferry guild's books. The fares would rise by a third in May, Odell said {adjunct}."
    assert said(text) == []


# An adverb that gives the writer's reading of the words, not the words, leaves them no one's statement.
@pytest.mark.parametrize("adverb", ["effectively", "essentially", "implicitly", "ostensibly", "reputedly"])
def test_a_writers_reading_adverb_gives_no_statement(adverb: str) -> None:
    assert ("Tobin Marle", "the levy was dead") not in said(f"Tobin Marle {adverb} said the levy was dead.")


# A trailing phrase dating the words long ago, giving them to someone quoted, or to fiction: no statement.
@pytest.mark.parametrize("adjunct", ["in an interview decades ago", "in a statement quoting Ada Brisk", "in her novel"])
def test_a_trailing_phrase_of_old_quoted_or_fictional_words_gives_no_statement(adjunct: str) -> None:
    assert all(speaker != "Tobin Marle" for speaker, _ in said(f"The sea wall is too low, Tobin Marle said {adjunct}."))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'Tom Dalby said the plan "is dead in the water," but Ivo Renn said voters "want it badly."',
            "Tom Dalby",
            "Ivo Renn",
        ),
        (
            "Mara Lusk said the levy “will pass easily,” and Orin Vey said the count “is far from done.”",
            "Mara Lusk",
            "Orin Vey",
        ),
    ],
)
def test_a_quote_closing_on_its_comma_ends_the_clause_before_a_second_speaker(
    text: str, first: str, second: str
) -> None:
    found = extract(text)
    mine = [q for q in found if q.speaker == first]
    assert mine and all(" said " not in text[q.start : q.end] for q in mine)
    theirs = [q for q in found if q.speaker == second]
    assert theirs and all(q.start > text.index(second) for q in theirs)


def test_a_name_after_and_opens_another_voice_not_the_quotes_attribution() -> None:
    text = "Mara Lusk called the levy “a sure thing,” and Orin Vey said the count “is far from done.”"
    assert [q.speaker for q in extract(text) if "sure thing" in text[q.start : q.end]] in ([], ["Mara Lusk"])


def test_a_pronoun_after_and_goes_on_with_the_quotes_speaker() -> None:
    text = 'Hal Brenner told the crowd that "we shut one door and we open another," and he vowed to fight on.'
    assert {q.speaker for q in extract(text)} == {"Hal Brenner"}


def test_a_quote_closing_on_its_comma_before_and_a_verb_without_subject_keeps_one_speaker() -> None:
    found = extract('Tom Dalby said the plan "is dead in the water," and added that voters "want it gone."')
    assert {q.speaker for q in found} == {"Tom Dalby"}


def test_a_trailing_clause_joined_by_but_is_no_attribution() -> None:
    text = "Vorn has broken the harbor ban three times, but the harbor board has replied only with a letter."
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "sure"),
    [
        ("Ivo Hale has said he finds no need for hearings, but the guild is sure to press for them.", False),
        ("Ivo Hale has said he finds no need for hearings, but the Osk council will decide in May.", False),
        ("Ivo Hale has said he finds no need for hearings, but he would listen to the guild.", True),
        ("Ivo Hale said the guild erred not on purpose, but because the rules were unclear.", True),
    ],
)
def test_a_reported_clause_running_on_past_but_and_another_subject_is_not_surely_all_his(text: str, sure: bool) -> None:
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Ivo Hale", sure)]
