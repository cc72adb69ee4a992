"""Sources a wire story describes rather than names: the paper a body issued ("a Cabinet statement
said") is that body when the text names one body of that kind, never a bare common noun; "here"
after a description says where the writer is, not the speaker; "on condition of anonymity" after the
verb does not hide the source; "one dissident said" is a described source. Every sentence is
invented."""

from __future__ import annotations

from .conftest import read_page


def test_a_bodys_paper_is_the_one_body_of_that_kind_the_text_names() -> None:
    found = read_page(
        "ORLA, Varnesia _ Ferry crews stayed on strike on Monday, and the Varnese Cabinet met late into the night.",
        "“The crews will go back to work on Friday,” a Cabinet statement said.",
    )
    # that body, read as a guess: kept off the page (another body of the kind may be named by its
    # minister or its rebels' name, which the text does not settle)
    assert found == [("Varnese Cabinet", False)]


def test_a_country_and_its_adjective_name_one_body() -> None:
    found = read_page(
        "ORLA _ Varnesia's Cabinet met on Monday. Later the Varnese Cabinet put off the vote on the ferry levy.",
        "“The levy will be debated again in May,” a Cabinet statement said.",
    )
    assert [who for who, _ in found] == ["Varnese Cabinet"]


def test_a_bodys_paper_with_no_body_named_or_two_names_no_actor() -> None:
    bare = read_page(
        "ORLA _ Ferry crews stayed on strike. The Cabinet met late into the night.",
        "“The crews will go back to work on Friday,” a Cabinet statement said.",
    )
    two = read_page(
        "ORLA _ The Varnese Cabinet and the Ostrian Cabinet could not agree on the ferry levy.",
        "“The crews will go back to work on Friday,” a Cabinet statement said.",
    )
    for found in (bare, two):
        assert [who for who, _ in found] == ["a Cabinet statement"]
        assert not any(shown for _, shown in found)  # never "the Cabinet" of no country on the page


def test_here_after_a_description_says_where_not_who() -> None:
    found = read_page(
        "ORLA, Varnesia _ Ferry crews stayed on strike on Monday.",
        "“I am quite sure the crews want to end it,” a Western ambassador here said. “But the owners will not move.”",
    )
    assert found == [("a Western ambassador", False), ("a Western ambassador", False)]


def test_here_never_makes_a_thing_a_source() -> None:
    found = read_page(
        "ORLA, Varnesia _ Ferry crews stayed on strike on Monday.",
        "“Enough is enough,” the crowd here chanted.",
    )
    assert all(who != "the crowd" or not shown for who, shown in found)


def test_on_condition_of_anonymity_does_not_hide_the_source() -> None:
    found = read_page(
        "ORLA, Varnesia _ Ferry crews stayed on strike on Monday.",
        "The two sides might finally sign a deal by Friday, a harbour official said on condition of anonymity.",
    )
    assert found == [("a harbour official", False)]


def test_a_named_speaker_is_not_taken_from_an_anonymity_clause() -> None:
    found = read_page(
        "ORLA, Varnesia _ Ferry crews stayed on strike on Monday.",
        "Kel Brann, once a source on condition of anonymity, now says the talks have failed.",
    )
    assert all(who != "Kel Brann" or not shown for who, shown in found)


def test_one_dissident_said() -> None:
    found = read_page(
        "ORLA, Varnesia _ Three ministers were jailed on Monday.",
        "One dissident said the jailed ministers were “too close to the palace to be punished.”",
    )
    assert found == [("One dissident", False)]


def test_a_bodys_paper_in_a_story_of_two_countries_or_of_a_longer_name_is_no_actor() -> None:
    rival = read_page(
        "ORLA _ Egypt accused the Varnese government of closing the canal. Cairo denied any part in it.",
        "“The canal will open again on Friday,” a government statement said.",
    )
    longer = read_page(
        "ORLA _ The Orn Harbour Works Council met late into the night.",
        "“The canal will open again on Friday,” a council statement said.",
    )
    party = read_page(
        "ORLA _ The Varnese Labour Party won the vote, and the Greens called it a fraud.",
        "“The count was fair and open,” a party statement said.",
    )
    for found in (rival, longer, party):
        assert not any(shown for _, shown in found)  # neither "Varnese government" nor "Works Council"


def test_a_country_and_its_adjective_but_not_two_countries() -> None:
    from briefgen.attribution.resolver import _same_body

    assert _same_body(("varnesia",), ("varnese",))
    assert _same_body(("thai",), ("thailand",))
    assert not _same_body(("austria",), ("australian",))
    assert not _same_body(("foreign",), ("finance",))
    # a country whose name the adjective of another country begins with: Niger is not Nigeria
    assert not _same_body(("niger",), ("nigerian",))
    assert _same_body(("nigeria",), ("nigerian",))


def test_the_pontiff_is_the_one_pope_the_text_names() -> None:
    found = read_page(
        "VALLETTA, Malta _ Pope Anselm IV urged islanders on Sunday to welcome migrants arriving by boat.",
        "“No one who crosses the sea in fear should be turned away,” the pontiff said from a stage near the port.",
        "The pope said the islands had “always been a harbour for the lost.”",
    )
    assert [who for who, _ in found] == ["Anselm IV", "Anselm IV"]
    # named, but a guess kept off the page: a past pope the text names without "late" reads the same
    assert not found[0][1]


def test_the_pope_of_two_popes_named_or_of_none_is_nobody() -> None:
    two = read_page(
        "VALLETTA, Malta _ Pope Anselm IV recalled the visit of Pope Clement III to the island in 1902.",
        "“We must open our doors,” the pope told the crowd.",
    )
    none = read_page(
        "VALLETTA, Malta _ Bishops met on Sunday to talk about the migrants.",
        "“We must open our doors,” the pope told the crowd.",
    )
    assert two == [] and none == []


def test_the_pope_before_any_pope_is_named_or_only_a_past_pope_is_nobody() -> None:
    before = read_page(
        "VALLETTA, Malta _ “We must open our doors,” the pope told the crowd on Sunday.",
        "The square was named after Pope Clement III, who came to the island in 1902.",
    )
    late = read_page(
        "VALLETTA, Malta _ Crowds filled the square where the late Pope Clement III once spoke.",
        "“We must open our doors,” the pope told the crowd.",
    )
    assert before == [] and late == []


def test_a_past_pope_named_while_the_present_one_goes_by_his_name_alone_is_nobody() -> None:
    past = read_page(
        "VALLETTA, Malta _ Pope Gregory XX toured the harbour in 1961.",
        "Crowds lined the quay on Sunday as Benedict stepped off the boat.",
        "“We must open our doors,” the pope told the crowd.",
    )
    same = read_page(
        "VALLETTA, Malta _ Pope Benedict toured the harbour on Sunday, and Benedict then met fishermen.",
        "“We must open our doors,” the pope told the crowd.",
    )
    assert past == [] and [who for who, _ in same] == ["Benedict"]


def test_a_headline_pope_is_no_name_but_a_named_pope_in_a_headline_is() -> None:
    headline = read_page("Pope Visits Storm Island", "“We must open our doors,” the pope told the crowd.")
    named = read_page("Pope Benedict Visits Storm Island", "“We must open our doors,” the pope told the crowd.")
    assert headline == [] and [who for who, _ in named] == ["Benedict"]


def test_a_shorter_form_of_the_popes_name_is_the_same_pope() -> None:
    found = read_page(
        "VALLETTA, Malta _ Pope Anselm IV landed on Sunday. Pope Anselm then drove to the port.",
        "“We must open our doors,” the pope told the crowd.",
    )
    assert [who for who, _ in found] == ["Anselm IV"]


def test_a_quote_the_story_ends_on_before_the_editors_tag_goes_on() -> None:
    found = read_page(
        "ORLA (AP) _ Ferry crews stayed on strike on Monday.",
        "“This matters a great deal,” Anna Brann said. “The harbour is in a sorry state.” (ab/cd)",
    )
    assert [who for who, _ in found] == ["Anna Brann", "Anna Brann"]


def test_words_in_brackets_after_a_quote_are_no_editors_tag() -> None:
    found = read_page(
        "ORLA (AP) _ Ferry crews stayed on strike on Monday.",
        "“This matters a great deal,” Anna Brann said. “Relations are strained” (in the words of the mayor).",
    )
    assert [who for who, _ in found] == ["Anna Brann"]


def test_the_aged_surname_is_the_one_named_before() -> None:
    found = read_page(
        "ORLA (AP) _ Peter Brann knows the pier well.",
        "“They sleep on the pier and fall ill,” said the 52-year-old Brann, wrapped in a coat at a shelter.",
    )
    assert found == [("Peter Brann", True)]


def test_the_aged_party_or_state_word_is_no_name() -> None:
    for word in ("Democrat", "Texan"):
        found = read_page(
            "ORLA (AP) _ Ida Brell, a Democrat from Texas, won the seat on Tuesday.",
            f"“I am so tired tonight,” said the 52-year-old {word}.",
        )
        assert not any(shown for _, shown in found)  # never "Democrat" or "Texan" on the page


def test_one_named_only_as_a_given_name() -> None:
    found = read_page(
        "ORLA (AP) _ Ferry crews stayed on strike.",
        "“I do not go to the pier. I stay home,” said a welder who gave his first name as Tomo. “We lost someone.”",
        "A deckhand who asked to be identified only as Lira said the pier was “a death trap.”",
    )
    assert [who for who, _ in found] == ["Tomo", "Tomo", "Lira"]


def test_gave_her_name_as_well_as_is_no_name() -> None:
    found = read_page(
        "ORLA (AP) _ Ferry crews stayed on strike.",
        "“I never go,” said an old woman who gave her first name as well as her age.",
    )
    assert [who for who, _ in found] == ["an old woman"]


def test_a_cry_after_a_quote_attributes_it() -> None:
    found = read_page(
        "ORLA _ Crowds came to the pier after the fire.",
        "“Why did nobody warn us?” sobbed an old woman as she walked off.",
    )
    assert [who for who, _ in found] == ["an old woman"]


def test_a_cry_before_a_quote_is_no_frame_of_it() -> None:
    found = read_page(
        "ORLA _ Crowds came to the pier after the fire.",
        "Many cried. “The pier will be rebuilt by May,” Tomas Brel said.",
    )
    assert [who for who, _ in found] == ["Tomas Brel"]


def test_a_described_source_frames_the_quote_after_its_colon() -> None:
    found = read_page(
        "ORLA _ Crowds came to the pier.",
        "A top Varnese aide, not to be named, put the point in plain Varnese: "
        "“We will not let them say it is our fault.”",
    )
    assert [who for who, _ in found] == ["A top Varnese aide"]


def test_a_capitalised_run_after_a_is_no_described_source() -> None:
    found = read_page(
        "ORLA _ Crowds came to the pier.",
        "A Tom Brel put it: “We will not let them say it is our fault.”",
    )
    assert found == []


def test_a_wire_quoting_someone_as_saying_passes_on_their_words() -> None:
    described = read_page(
        "ORLA _ Crowds came to the pier.",
        "The Varn News Agency quoted a ministry spokesman as saying the talks would resume on Monday.",
    )
    named = read_page(
        "ORLA _ Crowds came to the pier.",
        "Radio Orn quoted Anna Brann, the harbour master, as saying the talks “will resume on Monday.”",
    )
    assert described == [("a ministry spokesman", False)]
    assert named == [("Anna Brann", False)]  # second-hand: a reading, never on the page


def test_quoted_as_saying_nothing_is_no_statement() -> None:
    assert read_page("ORLA _ Crowds came to the pier.", "The paper quoted the mayor as saying nothing.") == []


def test_a_she_after_the_pope_spoke_is_not_the_popes() -> None:
    found = read_page(
        "Pope Anselm IV received Chancellor Lena Wirt of Varnesia at his summer palace on Friday.",
        "“The river refugees need our help,” the pope said.",
        "“It was a warm conversation about the river refugees,” she told reporters afterwards.",
    )
    assert found[0] == ("Anselm IV", False)
    assert all(who != "Anselm IV" for who, _ in found[1:])


def test_the_aged_surname_of_two_people_is_nobody() -> None:
    found = read_page(
        "Deputy Mayor Ilse Brann spoke on Monday. Her rival, Otto Brann, 52, answered on Tuesday.",
        "“I will not step down from this post,” said the 52-year-old Brann.",
    )
    assert found == []


def test_a_name_given_as_two_words_is_the_whole_name() -> None:
    found = read_page(
        "Rebels fired on the hill post at dawn.",
        "“We will fight until the last man falls,” said a fighter who gave his name as Abu Tarek.",
    )
    assert [who for who, _ in found] == ["Abu Tarek"]
