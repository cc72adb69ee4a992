"""Who said what in one text: `quotes(text)` and `briefgen quotes`.

Every case is wire-style copy written for these tests; each asserts the exact speaker and words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefgen import quotes
from briefgen.cli import app
from briefgen.quotes import extract

from .conftest import UKRAINE, Runner, write_article


def said(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.quote) for q in extract(text)]


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
        ("Okafor said: “Everything is on the table.”", "Okafor", "Everything is on the table."),
        (
            "Speaking to CNN, Witkoff said, “The two presidents will talk this week.”",
            "Witkoff",
            "The two presidents will talk this week.",
        ),
        # told reporters / told the BBC / told Reuters
        (
            "“The ball is in their court,” Naim told the BBC on Sunday.",
            "Naim",
            "The ball is in their court",
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
        ("“We are prepared for every scenario,” the commissioner insisted.", "the commissioner", ""),
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


def test_titles_resolve_to_the_person_the_text_gave_them() -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskyy met Polish leaders in Warsaw on Monday.\n\n"
        "The Ukrainian president said that Kyiv would accept an unconditional truce.\n\n"
        "Italian Economy Minister Giancarlo Giorgetti welcomed the decision. "
        "The minister said Italy's economy “needs oxygen, not lectures.”\n\n"
        "“We are throwing everything we have at this fire,” the governor said."
    )
    found = extract(text)
    assert [(q.speaker, q.kind, q.role) for q in found] == [
        ("Volodymyr Zelenskyy", "indirect", "Ukrainian President"),
        ("Giancarlo Giorgetti", "indirect", "Italian Economy Minister"),
    ]
    assert found[0].quote == "Kyiv would accept an unconditional truce"


def test_surname_and_pronouns_give_the_full_name() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov spoke on a conference call.\n\n"
        "“The Russian side is observing the moratorium,” Peskov told reporters. "
        "He said it was Ukraine that had attacked an oil depot."
    )
    found = extract(text)
    assert [(q.speaker, q.kind, q.quote) for q in found] == [
        ("Dmitry Peskov", "direct", "The Russian side is observing the moratorium"),
        ("Dmitry Peskov", "indirect", "it was Ukraine that had attacked an oil depot"),
    ]
    assert found[0].role == "Kremlin spokesman"


def test_pronoun_takes_the_named_person_of_fitting_gender() -> None:
    text = "Foreign Minister Anna Kowalska met US envoy John Smith in Riyadh on Monday. “We will not give up any territory,” she said."
    assert said(text) == [("Anna Kowalska", "We will not give up any territory")]
    honorific = "Ms. Delgado met Mr. Hollings at the capitol. Mr. Hollings left early. “It is time to stop the theater,” she said."
    # Ms. and Mr. say who "she" is, two sentences back, even without given names.
    assert said(honorific) == [("Delgado", "It is time to stop the theater")]


def test_pronoun_with_two_fitting_people_is_left_unattributed() -> None:
    text = "Talks between John Smith and Mark Jones ended without a deal on Friday. “We will be back,” he said."
    assert said(text) == []


def test_pronoun_goes_to_the_subject_of_the_sentence_before() -> None:
    text = "US envoy Steve Witkoff met Vladimir Putin in Moscow on Thursday. “The meeting went well,” he said. “We are close.”"
    assert said(text) == [("Steve Witkoff", "The meeting went well"), ("Steve Witkoff", "We are close.")]


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


def test_the_company_refers_back_to_the_organisation_that_spoke() -> None:
    text = (
        "ASML, the Dutch company that makes lithography machines, said it did not expect a material effect. "
        "The company said it expects sales to China to fall back."
    )
    assert [q.speaker for q in extract(text)] == ["ASML", "ASML"]


def test_described_sources_keep_their_description() -> None:
    text = (
        "A senior Commerce Department official welcomed the Dutch decision. "
        "“Export controls work best when countries act together,” the official said.\n\n"
        "“Moscow says yes and then adds ten conditions,” said one Western diplomat in Moscow, who spoke on condition of anonymity.\n\n"
        "Analysts in Moscow said foreign interest in Russian assets had picked up."
    )
    found = extract(text)
    assert [(q.speaker, q.anonymous, q.organisation) for q in found] == [
        ("A senior Commerce Department official", True, False),
        ("one Western diplomat in Moscow", True, False),
        ("Analysts in Moscow", True, False),
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
        # an unnamed holder of an office is not guessed
        "“We are in favor of stopping the fighting,” the Russian president said.",
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


def test_two_speakers_in_one_sentence_keep_their_own_words() -> None:
    text = "“The plan is dead,” Peskov said, while Foreign Minister Sergei Lavrov called it “a trap for Russia and for all of its people.”"
    assert said(text) == [
        ("Peskov", "The plan is dead"),
        ("Sergei Lavrov", "a trap for Russia and for all of its people."),
    ]


def test_places_in_wire_copy_are_not_speakers() -> None:
    text = "William H. Ailor of the Aerospace Corp. of El Segundo, Calif., a consultant to the Air Force, warned that the storm was a threat."
    assert said(text) == [("William H. Ailor", "the storm was a threat")]


def test_dateline_and_offsets() -> None:
    text = "KYIV, March 20 (Team Wire) — Ukraine’s air force said Russia sent 90 drones overnight.\n\n“Every night they test us,” said a Ukrainian air force spokesman."
    found = quotes(text)
    assert [(q["speaker"], q["kind"]) for q in found] == [
        ("Ukraine’s air force", "indirect"),
        ("a Ukrainian air force spokesman", "direct"),
    ]
    for item in found:
        start, end = item["start"], item["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert text[start:end] == item["quote"]
        assert item["paragraph"] in (0, 1)
    assert found[1]["sentence"] == "“Every night they test us,” said a Ukrainian air force spokesman."
    assert set(found[0]) >= {
        "speaker",
        "quote",
        "sentence",
        "kind",
        "role",
        "start",
        "end",
        "anonymous",
        "organisation",
    }


def test_quotes_of_a_shipped_seed() -> None:
    text = (UKRAINE / "002_kyiv-accuses-moscow-of-stalling.txt").read_text(encoding="utf-8")
    found = {(q["speaker"], q["quote"]) for q in quotes(text)}
    assert (
        "Volodymyr Zelensky",
        "Putin cannot simply step away from this war, because without it he has nothing left",
    ) in found
    assert ("Andrii Sybiha", "If Moscow wants peace, it can start tonight.") in found
    assert ("Andriy Yermak", "Any decision about Ukraine has to be made with Ukraine at the table.") in found


def test_cli_quotes_text_and_json(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "talks.txt",
        "Talks Resume",
        [
            "KYIV: Kremlin spokesman Dmitry Peskov said on Friday that talks could resume next week.",
            "“We are ready,” Peskov said. “The next step is Washington's.”",
            "The two sides discussed “next steps” during a call.",
        ],
        article_id="talks-1",
    )
    runner = CliRunner()
    text = runner.invoke(app, ["quotes", str(tmp_path)])
    assert text.exit_code == 0, text.output
    assert text.output.splitlines() == [
        "talks-1\tDmitry Peskov\tindirect\ttalks could resume next week",
        "talks-1\tDmitry Peskov\tdirect\tWe are ready",
        "talks-1\tDmitry Peskov\tdirect\tThe next step is Washington's.",
    ]
    as_json = runner.invoke(app, ["quotes", "--json", str(tmp_path / "talks.txt")])
    rows = json.loads(as_json.output)
    assert [(r["article"], r["speaker"], r["kind"]) for r in rows] == [
        ("talks-1", "Dmitry Peskov", "indirect"),
        ("talks-1", "Dmitry Peskov", "direct"),
        ("talks-1", "Dmitry Peskov", "direct"),
    ]
    assert rows[1]["role"] == "Kremlin spokesman" and rows[1]["quote"] == "We are ready"


def test_cli_quotes_reports_bad_input(tmp_path: Path, run_cli: Runner) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    result = run_cli("quotes", str(tmp_path / "missing"), str(tmp_path / "bin.txt"))
    assert result.returncode == 1
    assert "no readable article" in result.stderr
    assert "bin.txt: binary data, not text" in result.stderr
    assert "Traceback" not in result.stderr


_PIECES = st.sampled_from(
    [
        "“We are ready,”",
        '"No,"',
        "“It is over.",
        "”",
        '"',
        " Peskov said",
        " said Kremlin spokesman Dmitry Peskov",
        " he said",
        " she told reporters",
        " according to the Kremlin",
        " the ministry said that",
        " a senior official said",
        ", ",
        ". ",
        "\n\n",
        " Mr. ",
        " the so-called ",
        " Ukrainian President Volodymyr Zelenskyy",
        " analysts in Moscow said",
        " who said",
        " ‘yes’ ",
        "'",
        " (D-Calif.) ",
        " x" * 3,
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_any_text_gives_consistent_statements(pieces: list[str]) -> None:
    text = "".join(pieces)
    for item in quotes(text):
        start, end = item["start"], item["end"]
        assert isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
        assert item["quote"] == " ".join(text[start:end].split())
        assert item["speaker"] and isinstance(item["speaker"], str)
        assert item["kind"] in ("direct", "indirect")
        assert " ".join(str(item["quote"]).split()) in str(item["sentence"]) or item["cue"] == "paragraphs"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP style: party and state after a senator, weekday without "on", ages in commas
        (
            "Sen. Chris Murphy, D-Conn., who helped write the bill, said Tuesday it was far from perfect.",
            [("Chris Murphy", "indirect", "it was far from perfect")],
        ),
        (
            "Jim Alvarado, 67, said he did not know whether his house was standing.",
            [("Jim Alvarado", "indirect", "he did not know whether his house was standing")],
        ),
        ("Rep. Nancy Pelosi (D-Calif.) said the bill was dead.", [("Nancy Pelosi", "indirect", "the bill was dead")]),
        # "of" after a name is where they are from
        (
            "Mayor Oscar Leeser of El Paso said his city had been overwhelmed.",
            [("Oscar Leeser", "indirect", "his city had been overwhelmed")],
        ),
        # what an organisation is, before its name
        (
            "Housing charity Shelter said the waiting list had grown to 17,000 households.",
            [("Shelter", "indirect", "the waiting list had grown to 17,000 households")],
        ),
        # the maker of a statement
        (
            "A statement from the White House said the president would sign the bill.",
            [("White House", "indirect", "the president would sign the bill")],
        ),
        (
            "“We will not back down,” according to a statement from the Foreign Ministry.",
            [("Foreign Ministry", "direct", "We will not back down")],
        ),
        # a spokesman the text does not name is described, an office holder is not guessed
        ("Putin's spokesman said the call went well.", [("Putin's spokesman", "indirect", "the call went well")]),
        ("Ukraine’s top commander said his troops were not surrounded.", []),
        # acronyms are spelled out when the text does so
        (
            "The United Nations warned of famine. The war has forced 12 million from their homes, the U.N. says.",
            [("United Nations", "indirect", "The war has forced 12 million from their homes")],
        ),
        # nicknames and titles of shows in quote marks
        ("“We won,” said Mohammed “Mo” Salah.", [("Mohammed Salah", "direct", "We won")]),
        ("Smith told NBC's “Meet the Press” that talks would go on.", [("Smith", "indirect", "talks would go on")]),
        # "X was blunt:" introduces the quote
        (
            "Asked whether the bill could pass, Murphy was blunt: “I don't know. Ask them.”",
            [("Murphy", "direct", "I don't know. Ask them.")],
        ),
        # a restrictive relative clause: the residents said it
        (
            "The council overruled objections from hundreds of residents who said the tower would overshadow their homes.",
            [("hundreds of residents", "indirect", "the tower would overshadow their homes")],
        ),
    ],
)
def test_wire_copy_conventions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.speaker, q.kind, q.quote) for q in extract(text)] == expected


def test_the_union_and_the_airline_refer_back_to_what_the_text_named() -> None:
    text = (
        "Hundreds of flights were cancelled as pilots at Dutch carrier SkyLink walked off the job. "
        "The airline said it had cancelled 420 flights.\n\n"
        "The pilots' union, VNV, said its members had been left with no choice.\n\n"
        "“Nobody wants to strike in July,” union chairman Willem Bakker said.\n\n"
        "The union said further strikes were planned for next week. The government said it would not intervene."
    )
    assert [(q.speaker, q.organisation) for q in extract(text)] == [
        ("SkyLink", True),
        ("VNV", True),
        ("Willem Bakker", False),
        ("VNV", True),
        ("government", True),
    ]


def test_a_pronoun_does_not_reach_past_someone_unnamed_who_spoke() -> None:
    text = (
        "A Frontex spokesman said the agency had seen a rise in departures.\n\n"
        "A man who paid the network said the family had borrowed the money.\n\n"
        "“We had no other choice,” he said."
    )
    assert [(q.speaker, q.quote) for q in extract(text)] == [
        ("A Frontex spokesman", "the agency had seen a rise in departures")
    ]
    named = text.replace("A man who paid the network said", "A man who paid the network, Karim, said")
    assert [q.speaker for q in extract(named)] == ["A Frontex spokesman", "Karim", "Karim"]


def test_an_organisation_named_after_what_it_is() -> None:
    assert [
        (q.speaker, q.organisation)
        for q in extract("The European border agency Frontex said it had supported the inquiry.")
    ] == [("Frontex", True)]
    assert said("Interior Minister Bruno Retailleau spoke in Marseille. He said more arrests would follow.") == [
        ("Bruno Retailleau", "more arrests would follow")
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


def test_pronouns_after_an_unnamed_person_and_names_first_known_from_a_quote() -> None:
    text = (
        "Mirra Andreeva beat the champion on Friday. “I still can't believe it,” Andreeva said.\n\n"
        "Tournament director Amelie Mauresmo said the crowd had seen “the birth of a star.”\n\n"
        "The defeated champion was gracious in defeat. “She played better than me today,” she told reporters.\n\n"
        "Andreeva will face the world number one in the final. Asked whether she was nervous, she laughed. “Ask me tomorrow,” she said."
    )
    assert [q.speaker for q in extract(text)] == [
        "Mirra Andreeva",
        "Amelie Mauresmo",
        "The defeated champion",
        "Mirra Andreeva",
    ]


def test_a_person_known_by_title_and_surname() -> None:
    text = (
        "President Trump, who has called for lower rates, criticized the decision. "
        "In a post on his platform, he called Powell “a total disaster” and said the Fed was “costing America a fortune.”"
    )
    assert [(q.speaker, q.cue) for q in extract(text)] == [("Trump", "called"), ("Trump", "indirect")]
    later = "President Trump spoke on Monday. Donald Trump later said it was fine. “Good,” he said."
    assert [q.speaker for q in extract(later)] == ["Donald Trump", "Donald Trump"]


def test_named_in_commas_after_a_relative_clause_and_it_for_the_organisation_before() -> None:
    text = (
        "The United States Maritime Alliance, which represents the port operators, confirmed the agreement. "
        "It said the two sides would keep negotiating.\n\n"
        "A crane operator, who gave only his first name, Mike, said he was relieved.\n\n"
        "Nigeria's culture minister, Hannatu Musawa, called the return “a moment of healing.”\n\n"
        "US Secretary of State Marco Rubio, speaking in Charlevoix, Quebec, said both sides would have to give ground."
    )
    assert [q.speaker for q in extract(text)] == [
        "United States Maritime Alliance",
        "Mike",
        "Hannatu Musawa",
        "Marco Rubio",
    ]


def test_a_titled_person_is_not_an_organisation_and_the_chain_is_the_firm_of_the_lede() -> None:
    text = (
        "May 6 (Team Wire) - Bell & Rowan lowered its sales outlook on Tuesday after a weak spring.\n\n"
        "The grocery chain said it expected revenue to fall by 2% this year.\n\n"
        "Chief Operating Officer Priya Nandakumar told investors that freight costs had doubled. "
        "Quarterly profit dropped by a third, the company said."
    )
    assert said(text) == [
        ("Bell & Rowan", "it expected revenue to fall by 2% this year"),
        ("Priya Nandakumar", "freight costs had doubled"),
        ("Bell & Rowan", "Quarterly profit dropped by a third"),
    ]


def test_a_one_word_name_with_shares_is_a_company_the_company_means_later() -> None:
    text = (
        "A federal judge on Monday fined Ostrava for breaking privacy rules. Ostrava said it disagreed "
        "with the decision. Shares of Ostrava slipped 2%.\n\nThe company has said it will challenge every fine."
    )
    assert said(text) == [
        ("Ostrava", "it disagreed with the decision"),
        ("Ostrava", "it will challenge every fine"),
    ]


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


def test_several_and_one_of_them_after_a_described_group() -> None:
    text = (
        "Economists said the central bank would hold rates in June. Several said a cut in July was likely. "
        "Three diplomats involved in the talks said the draft had been shelved. One of them said the text "
        "could return in the autumn."
    )
    assert said(text) == [
        ("Economists", "the central bank would hold rates in June"),
        ("Economists", "a cut in July was likely"),
        ("Three diplomats involved in the talks", "the draft had been shelved"),
        ("one of three diplomats involved in the talks", "the text could return in the autumn"),
    ]


def test_who_is_asked_about_is_not_who_answers() -> None:
    text = (
        "Coach Marta Ibanez said the squad was tired. Asked whether Lena Brandt would start on Sunday, "
        "Ibanez smiled. “We will see,” she replied."
    )
    assert said(text) == [
        ("Marta Ibanez", "the squad was tired"),
        ("Marta Ibanez", "We will see"),
    ]


def test_a_document_speaks_for_who_issued_it_and_a_paper_of_nobody_for_no_one() -> None:
    text = (
        "Judge Ruth Calloway wrote in her ruling that the agency had acted unlawfully. "
        "“The agency ignored its own rules,” the ruling said.\n\n"
        "Forty hospital unions, including Unison, urged ministers in a letter on Monday to delay the reform. "
        "The letter said the plan would “put patients at risk.”\n\n"
        "“Demand will keep rising,” the statement said."
    )
    assert said(text) == [
        ("Ruth Calloway", "the agency had acted unlawfully"),
        ("Ruth Calloway", "The agency ignored its own rules"),
        ("Forty hospital unions", "the plan would “put patients at risk.”"),
    ]


def test_a_title_without_a_holder_is_the_newcomer_who_adds_in_the_next_sentence() -> None:
    text = (
        "Prime Minister Anna Kowal said she would call an election. The interior minister, who had been "
        "due to travel to Brussels, said the trip was off. Tomasz Lewicki added that police leave was cancelled.\n\n"
        "The defence minister said troops were on standby."
    )
    assert said(text) == [
        ("Anna Kowal", "she would call an election"),
        ("Tomasz Lewicki", "the trip was off"),
        ("Tomasz Lewicki", "police leave was cancelled"),
    ]
