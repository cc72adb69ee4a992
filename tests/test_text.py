"""Text primitives: cleaning, sentence splitting, and a sumy tokenizer that needs no download."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer

from briefgen.text import (
    OfflineTokenizer,
    _letters,
    clean,
    is_boilerplate,
    is_heading,
    is_sentence,
    split_sentences,
    strip_dateline,
)

from .conftest import UKRAINE


def test_clean_removes_invisible_and_bidi_characters() -> None:
    hostile = "Kyiv\u200b said\u202e evil\u2066 text\x07 here\r\nnext\ufeff"
    assert clean(hostile) == "Kyiv said evil text here\nnext"


def test_split_keeps_abbreviations_and_quoted_questions_together() -> None:
    paragraph = (
        "Mr. Peskov said the U.S. plan was premature. Gen. Syrskyi spoke at 9 a.m. on Monday. "
        "“How will these 30 days be utilized? What guarantees do we have?” he asked."
    )
    assert split_sentences(paragraph) == [
        "Mr. Peskov said the U.S. plan was premature.",
        "Gen. Syrskyi spoke at 9 a.m. on Monday.",
        "“How will these 30 days be utilized? What guarantees do we have?” he asked.",
    ]


def test_dateline_is_not_part_of_the_first_sentence() -> None:
    assert strip_dateline("Washington D.C.: In a push, Trump spoke.") == "In a push, Trump spoke."
    assert strip_dateline("KYIV, March 17 (Wire) — Ukraine said so.") == "Ukraine said so."
    assert strip_dateline("Ukraine said so: talks go on.") == "Ukraine said so: talks go on."


def test_boilerplate_and_headings() -> None:
    for line in (
        "Advertisement",
        "Share this article",
        "Subscribe to our newsletter for daily updates",
        "Photo: Reuters/John Smith",
        "Follow us on X",
        "Read more: the war in maps",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Advertising revenue fell by 5 percent, the company said.")
    assert is_heading("Ceasefire Proposal and Reactions")


def test_print_edition_notes_are_furniture() -> None:
    # where the piece ran in print says nothing of the story; a clause that goes on is the story's own
    assert is_boilerplate("As printed in the Varnese Evening Post.")
    assert is_boilerplate(
        "A version of this article appears in print on March 3, 2026, on page A12 of the Kell Gazette."
    )
    assert not is_boilerplate("As published in the harbour rules, the levy is due in May.")
    assert not is_boilerplate("A version of the levy appeared in the draft budget.")
    assert not is_heading("The ceasefire plan calls for an immediate halt to hostilities.")


def test_a_papers_correction_of_its_own_piece_is_furniture() -> None:
    assert is_boilerplate(
        "Because of a production error, a headline on Friday over the Varne council race"
        " misidentified the district a candidate represents."
    )
    assert is_boilerplate("A review last Sunday of the Ostrava mill opera misstated who sang the lead.")
    assert is_boilerplate("A picture caption on March 4 with an obituary of Lena Dorn misspelled her daughter's name.")
    assert is_boilerplate("A previous version of this story gave the wrong date for the Varne vote.")
    # news that tells of an error, or of an article someone else wrote, is the story's own
    assert not is_boilerplate("Because of an error in the ballot count, the runoff in Varne was delayed by a week.")
    assert not is_boilerplate("An article on Monday in the Kell Gazette said the mill would close.")
    assert not is_boilerplate("The council misstated the budget on Monday, auditors said.")


def test_sumy_runs_with_the_offline_tokenizer() -> None:
    text = (UKRAINE / "000_78cb06b8d0c22452.txt").read_text(encoding="utf-8")
    parser = PlaintextParser.from_string(text, OfflineTokenizer())
    summary = [str(s) for s in LexRankSummarizer(Stemmer("english"))(parser.document, 2)]
    assert len(summary) == 2
    assert all(s in " ".join(text.split()) for s in summary)


def test_wire_dateline_with_underscore() -> None:
    assert strip_dateline("NUKU ALOFA, Tonga (AP) _ Fishermen returned to the harbor.") == (
        "Fishermen returned to the harbor."
    )


def test_editor_notes_and_shouting_are_not_sentences() -> None:
    from briefgen.text import is_sentence

    assert not is_sentence("(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)")
    assert not is_sentence("[Reporting by Jane Doe; editing by John Roe.]")
    assert not is_sentence("BREAKING NEWS: MARKETS CLOSE SHARPLY LOWER ON RATE FEARS.")
    assert is_sentence("NATO and the EU said the talks in Brussels would resume on Monday.")
    assert is_sentence("(Officials said the talks would resume on Monday), and markets rose.")


def test_a_heading_in_capitals_run_into_a_digest_item_is_a_piece_of_its_own() -> None:
    from briefgen.text import is_sentence

    paragraph = "HARBOUR GUILD CHIEF STEPS DOWN After a month of rows over fares, Ines Quarle quit on Friday."
    assert split_sentences(paragraph) == [
        "HARBOUR GUILD CHIEF STEPS DOWN",
        "After a month of rows over fares, Ines Quarle quit on Friday.",
    ]
    assert not is_sentence("HARBOUR GUILD CHIEF STEPS DOWN")
    # Fewer words in capitals open a sentence: names and acronyms.
    for sentence in (
        "NATO AND EU envoys said the ferry talks in Varne would resume on Monday.",
        "UN and EU envoys arrived in Varne on Monday to open the ferry talks.",
        "ABC News and CBS News both reported the strike on Monday night.",
    ):
        assert split_sentences(sentence) == [sentence]


def test_political_abbreviations_do_not_end_sentences() -> None:
    paragraph = (
        "The levy was drafted under then-Gov. Maria Ostrander and backed by Sen. Paul Whitcomb, D-N.Y., "
        "who called it overdue. Rep. Ada Lindqvist, R-Texas, voted against it. Lt. Gov. Omar Feld and "
        "ex-Sen. Ruth Calloway, D-N.C., stayed away; Atty. Gen. Lena Ruiz abstained."
    )
    assert split_sentences(paragraph) == [
        "The levy was drafted under then-Gov. Maria Ostrander and backed by Sen. Paul Whitcomb, D-N.Y., "
        "who called it overdue.",
        "Rep. Ada Lindqvist, R-Texas, voted against it.",
        "Lt. Gov. Omar Feld and ex-Sen. Ruth Calloway, D-N.C., stayed away; Atty. Gen. Lena Ruiz abstained.",
    ]


def test_a_state_tag_can_still_end_a_sentence() -> None:
    paragraph = "The grant was announced by Rep. Tomas Beck, D-N.J. The money arrives in May."
    assert split_sentences(paragraph) == [
        "The grant was announced by Rep. Tomas Beck, D-N.J.",
        "The money arrives in May.",
    ]


def test_a_state_tag_cut_by_the_splitter_goes_back_to_its_sentence() -> None:
    # The splitter breaks "D-N.M." after "N.": the "M." goes back, and the quote after it opens its own.
    paragraph = "“The vote was fair,” said Sen. Ines Quarle, D-N.M. “I stand by it.”"
    assert split_sentences(paragraph) == ["“The vote was fair,” said Sen. Ines Quarle, D-N.M.", "“I stand by it.”"]
    # An initial of a name is no state tag: "Ada H." + "Brel" stays one sentence.
    assert split_sentences("The pier was built by Ada H. Brel in 1931. It stands.") == [
        "The pier was built by Ada H. Brel in 1931.",
        "It stands.",
    ]


def test_a_lower_case_no_ends_a_sentence() -> None:
    # The splitter reads "no." before a capital as "No. 10": a vote or an answer of "no" ends a sentence.
    assert split_sentences("Rep. Ida Marsk, D-N.Y., voted no. Sen. Tor Vell, R-Texas, voted yes.") == [
        "Rep. Ida Marsk, D-N.Y., voted no.",
        "Sen. Tor Vell, R-Texas, voted yes.",
    ]
    assert split_sentences("Asked if he would run, Orr said no. “I am done,” he said.") == [
        "Asked if he would run, Orr said no.",
        "“I am done,” he said.",
    ]
    # "May." and "me." likewise: the splitter takes them for abbreviations before a name.
    assert split_sentences("The guild met in May. A second vote is due in July.") == [
        "The guild met in May.",
        "A second vote is due in July.",
    ]
    assert split_sentences("The ferry vote was in May. Hugo Renn hired him in June.") == [
        "The ferry vote was in May.",
        "Hugo Renn hired him in June.",
    ]
    assert split_sentences("“We like the tolls,” Orr told me. “They pay for the pier.”") == [
        "“We like the tolls,” Orr told me.",
        "“They pay for the pier.”",
    ]
    # Not before a number, not a title "No." in capitals, not inside a quote (the splitter never cuts there).
    for sentence in (
        "The plant, no. 4 of Vell Corp., shut in March.",
        "The team wore No. Nine shirts.",
        "“I said no. They did not listen,” Orr said.",
        '"I said no. They did not listen," Orr said.',
        "“It was hard for me. I cried,” Orr said.",
        "The suit, case no. CV 2218, was filed in Brell.",
        "Under Act no. XII, the port of Brell closed.",
        "The law, Act no. XII of 2019, set the quotas.",
        "The ferry, vessel no. I of the fleet, was laid up.",
    ):
        assert split_sentences(sentence) == [sentence]
    # but inside a quote an earlier sentence opened and left open (it runs on to the next paragraph),
    # which the splitter cuts into sentences too, it ends one
    assert split_sentences("“We are done. The guild voted no. Rivals cheered.") == [
        "“We are done.",
        "The guild voted no.",
        "Rivals cheered.",
    ]


def test_initials_times_and_a_quoted_questions_speaker() -> None:
    paragraph = (
        "The memo was signed by J. R. Calder and H. Ivo Brandt. The count closes at 6 p.m. EST Tuesday. "
        "“Who pays? When?” Ms. Okafor asked. The firm, Brandt Bros. and Co., declined to comment."
    )
    assert split_sentences(paragraph) == [
        "The memo was signed by J. R. Calder and H. Ivo Brandt.",
        "The count closes at 6 p.m. EST Tuesday.",
        "“Who pays? When?” Ms. Okafor asked.",
        "The firm, Brandt Bros. and Co., declined to comment.",
    ]


def test_wire_initials_and_name_particles_stay_apart() -> None:
    # An editor's initials after the last sentence are not part of it; "da Costa" opens a sentence.
    assert split_sentences("The port reopened on Friday. (jk-mr)") == ["The port reopened on Friday.", "(jk-mr)"]
    assert split_sentences("He beat Ana Paula da Costa. da Costa conceded.") == [
        "He beat Ana Paula da Costa.",
        "da Costa conceded.",
    ]


def test_sentence_spans_are_offsets_into_the_paragraph() -> None:
    from briefgen.text import sentence_spans

    paragraph = "Sen. Ivo Marsh, D-N.Y., spoke first.  “Why now?” he asked. "
    spans = sentence_spans(paragraph)
    assert [paragraph[a:b] for a, b in spans] == ["Sen. Ivo Marsh, D-N.Y., spoke first.", "“Why now?” he asked."]


def test_wire_datelines_are_furniture() -> None:
    for dateline in (
        "OSLOMARK, North Varland (AP) _ ",
        "PORT ELLIS (AP) _ ",
        "GRANVILLE —",
        "GRANVILLE ―",  # a horizontal bar, as some sites set the dash
        "NEW HARBOR, Varland _ ",
        "Jun 3 (Wire) - ",
        "KELSO, Dec. 4 (Wire) -- ",
        "SAINT ODO, Upper East Varland (Newswire) _ ",
    ):
        assert strip_dateline(dateline + " The council met on Monday.") == "The council met on Monday.", dateline
    assert strip_dateline("The council met: it voted.") == "The council met: it voted."
    assert strip_dateline("Mayor Ines Roe - who chairs it - spoke.") == "Mayor Ines Roe - who chairs it - spoke."


def test_stand_in_title_leaves_the_dateline_out() -> None:
    from briefgen.text import stand_in_title

    assert stand_in_title("PORT ELLIS (AP) _ The harbor council voted on Monday to close the north pier. More.") == (
        "The harbor council voted on Monday to close the north pier."
    )
    long = stand_in_title("GRANVILLE _ " + "The council met again " * 10 + "on Monday.")
    assert long.endswith("…") and len(long) <= 80 and not long.startswith("GRANVILLE")


def test_sentence_spans_repair_what_news_copy_does_to_the_splitter() -> None:
    from briefgen.text import sentence_spans, split_sentences

    paragraph = (
        "The quay reopened, said Ms. Holt of the NFU. The union said so. “Will it hold? "
        "Nobody knows,” Holt asked. He added: “Wait.”"
    )
    spans = sentence_spans(paragraph)
    assert [paragraph[a:b] for a, b in spans] == split_sentences(paragraph)
    assert split_sentences(paragraph) == [
        "The quay reopened, said Ms. Holt of the NFU.",
        "The union said so.",
        "“Will it hold? Nobody knows,” Holt asked.",
        "He added: “Wait.”",
    ]


def test_a_speaker_opening_a_story_is_not_a_dateline() -> None:
    for first in (
        "Mayor Tom Reyes: “We will close the north pier,” she said at the council.",
        "Mr. Lund - A veteran - said no.",
        "Mr. Lund ― A veteran ― said no.",
        "Varland’s President Ostrov: “We will not give up land,” he told reporters.",
        "Senator Ada Quill: ‘We will win,’ she said.",
        "U.S. Rep. Ivo Marsh: The plan fails.",
    ):
        assert strip_dateline(first) == first
    assert strip_dateline("LONDON (AP) _ “We won,” he said.") == "“We won,” he said."
    assert strip_dateline("Port Ellis, Varland: The council met.") == "The council met."
    assert strip_dateline("Port Ellis ― The council met.") == "The council met."
    assert strip_dateline("Granville ― The campaign said it would go on.") == "The campaign said it would go on."


def test_clean_reads_back_utf8_text_once_read_as_windows_1252() -> None:
    # Made by encoding invented text as UTF-8 and decoding it as cp1252 (or Latin-1): what a
    # feed with the wrong charset delivers.
    for original in ("“We will stay,” said Inés Muñoz of Cádiz.", "It’s naïve — the École rule™ costs £5 in Ålesund…"):
        for charset in ("cp1252", "latin-1"):
            broken = original.encode("utf-8").decode(charset, errors="replace")
            assert broken != original
            assert clean(broken) == original, charset


def test_clean_reads_back_mojibake_that_went_through_a_compatibility_decomposition() -> None:
    # "Ã" decomposed into "A" and a combining tilde; "¯" into a space and a combining macron.
    assert clean("Lu\u0301cia MuA\u0303\u00b1oz called it naA\u0303 \u0304ve.") == "Lúcia Muñoz called it naïve."


def test_clean_keeps_real_letters_that_look_like_mojibake_leads() -> None:
    assert clean("SÃO PAULO, Ãngela and the café” line") == "SÃO PAULO, Ãngela and the café” line"


@given(st.text(max_size=80))
def test_letters_and_capitals_are_counted_as_the_letters_read_one_by_one(text: str) -> None:
    letters = [ch for ch in text if ch.isalpha()]
    assert _letters(text) == (len(letters), sum(ch.isupper() for ch in letters))


def test_a_round_ups_dateline_before_a_later_paragraph_is_not_part_of_its_sentence() -> None:
    from briefgen.corpus import body_sentences

    paragraphs = [
        "The storm crossed the Varnian islands on Friday.",
        "ST. ORN and NEVA _ Each island lost its pier to the storm, officials said.",
        "PORT VELL, Varnia _ The harbor of Vell reopened on Sunday.",
        "NATO _ a word in capitals and an underscore _ is not a dateline here.",
    ]
    found = [paragraphs[p][a:b] for p, a, b in body_sentences(paragraphs)]
    assert "Each island lost its pier to the storm, officials said." in found
    assert "The harbor of Vell reopened on Sunday." in found
    assert paragraphs[3] in found


def test_a_dateline_after_a_headline_and_a_deck_opens_the_story_s_text() -> None:
    from briefgen.corpus import body_sentences

    def first_sentences(paragraphs: list[str]) -> list[str]:
        return [paragraphs[p][a:b] for p, a, b in body_sentences(paragraphs)]

    # A headline and a deck run into the text, then the story with its dateline: furniture.
    story = "The guild of ferrymen voted on Monday to keep fares where they are."
    found = first_sentences(["FERRY GUILD DIGS IN.", "Fares vote looms; board unmoved.", f"OSTREL, Varnia - {story}"])
    assert story in found, found
    found = first_sentences(["Fares vote looms; board unmoved.", f"PORT VELL (Wire) — {story}"])
    assert story in found, found
    # After a paragraph of the story's text, a word in capitals and a dash opens a sentence.
    opening = "The guild of ferrymen in Ostrel voted on Monday to keep the fares where they are for another year."
    later = "NATO - The alliance has no ferries, but it hires them in Ostrel every summer."
    assert later in first_sentences([opening, later])
    assert later in first_sentences(["The ferry guild met.", opening, later])
    # After a short line, a name and a colon is a speaker's label, not a dateline: the quote keeps it.
    label = "Quarle: We rowed along the breakwater until dawn and found no one."
    assert label in first_sentences(["Nine lanterns unaccounted for.", label])
    label = "Update: The lantern guild of Ostrel lowered its dues to nine crowns on Monday."
    assert label in first_sentences(["Guild cuts dues", label])


def test_a_long_sentence_is_mended_at_its_end_as_a_short_one_is() -> None:
    # The endings that join two pieces are looked for near the end of a sentence only: what comes
    # before still counts ("Marigov." is no title), however long the sentence.
    opening = "The harbour board met for six hours on the dredging contract and the ferry timetable with"
    assert split_sentences(f"{opening} Lt. Gov. Odile Brannick. She left early.") == [
        f"{opening} Lt. Gov. Odile Brannick.",
        "She left early.",
    ]
    assert split_sentences(f"{opening} the envoy of Marigov. Brannick left early.") == [
        f"{opening} the envoy of Marigov.",
        "Brannick left early.",
    ]
    assert split_sentences(f"{opening} crews from Tarn Shipping Co. and the pilots of the U.S.A. as well.") == [
        f"{opening} crews from Tarn Shipping Co. and the pilots of the U.S.A. as well."
    ]


def test_body_sentences_asked_again_gives_the_same_answer_as_a_fresh_list() -> None:
    # Invented paragraphs. The analysis asks twice of the same paragraphs (its sentences, then the
    # attribution's page); the second answer is the first's, and changing one changes neither.
    from briefgen.corpus import _body_sentences, body_sentences

    first = ("MARVILLE, May 2 — The ferry sailed late. Nobody was hurt.", "The port reopens on Friday.")
    other = ("Dockers met on Tuesday. They voted to return.",)
    expected = _body_sentences(first)
    answer = body_sentences(first)
    assert answer == expected and answer[0][1] > 0  # the dateline left out
    answer.clear()
    again = body_sentences(list(first))  # equal paragraphs, another sequence
    assert again == expected and again is not answer
    assert body_sentences(other) == _body_sentences(other)
    assert body_sentences(first) == expected
    assert body_sentences(()) == []


def test_a_chronology_run_in_under_the_story_gives_no_sentences() -> None:
    from briefgen.corpus import split_article
    from briefgen.models import Article

    story = (
        "VARNESE (AP) _ A ferry pilot was shot at his home on Friday.",
        "Earlier attacks on pilots:",
        "June 2, 2009, Varnese _ A pilot is standing on the quay when a shot is fired. He survives.",
        "Oct. 4, 2011, Brell _ A second pilot is hit in the arm. No one is charged.",
        "The guild said it would post guards.",
    )
    full = [text for text, _, complete in split_article(Article("a", "T", "a.txt", "O", None, (), story)) if complete]
    # the entries tell earlier cases in the present tense: none of their sentences is quotable alone
    assert full == ["A ferry pilot was shot at his home on Friday.", "The guild said it would post guards."]
    # a story that opens on its own date, or one dated paragraph, is no chronology
    dated = (
        "March 3, 2026 — The ferry guild voted on Monday to strike.",
        "Oct. 4, 2011: The guild struck once before.",
    )
    assert all(complete for _, _, complete in split_article(Article("b", "T", "b.txt", "O", None, (), dated)))


def test_a_sentence_inside_a_speakers_words_is_not_the_articles() -> None:
    from briefgen.corpus import split_article
    from briefgen.models import Article
    from briefgen.text import inside_quote

    # A quote that runs on to the next paragraph is cut into sentences: those after its first are the
    # speaker's words with no mark of their own, never the article's to quote or to schedule from.
    story = (
        "Ines Vell, who ran the count office in Tarn from 2010 to 2014, was scathing. "
        '"He is plainly wrong about the count. First of all, the vote in Tarn was counted twice by hand. '
        "The board meets on Monday to certify it.",
        '"Nobody found a missing ballot, not one," Vell said.',
        "Vell, a lawyer, said: “We counted every ballot in the hall. The guild watched us for three days in a row.” "
        "The board will meet on Monday.",
    )
    full = [text for text, _, complete in split_article(Article("a", "T", "a.txt", "O", None, (), story)) if complete]
    assert "First of all, the vote in Tarn was counted twice by hand." not in full
    assert "The board meets on Monday to certify it." not in full
    # the quote's own first sentence, a quote closed in its sentence and the sentences after a closed one stay
    assert '"He is plainly wrong about the count.' in full
    assert '"Nobody found a missing ballot, not one," Vell said.' in full
    assert "The board will meet on Monday." in full
    # a closing mark the sentence opens on, a straight mark inside a word, a curly quote closed before
    asked = 'Orr said: "Who pays, then?" Later, Orr left.'
    assert not inside_quote(asked, asked.index('" Later'))
    assert not inside_quote('The 5" pipe burst. Crews came.', 19)
    assert not inside_quote("“We will win,” Orr said. Vell left.", 25)
    assert inside_quote("Orr said: “We will win. They will lose.", 24)
    # an opening mark before a space closes a quote, typed wrong: the sentence after it is the article's
    mistyped = "Orr called it “a disgrace.“ The council will vote on Friday."
    assert not inside_quote(mistyped, mistyped.index("The council"))


def test_a_quote_opened_curly_and_closed_straight_is_one_quote() -> None:
    # Copy that mixes its marks ('“… ."') is read as if they matched: the quote stays whole, as
    # with '“… .”', instead of being cut into sentences at each full stop inside it.
    mixed = 'Brask told the Courier: “The guilds meet next week. It will work out. Crews will come round." Pann left.'
    curly = mixed.replace('."', ".”")
    assert split_sentences(mixed) == [mixed[: mixed.index(" Pann")], "Pann left."]
    assert [len(s) for s in split_sentences(mixed)] == [len(s) for s in split_sentences(curly)]
    # A straight pair inside a curly quote is a quote within it; a straight pair alone is as before.
    nested = '“He said "no" to me. Then he left,” Brask said. The guild met.'
    assert split_sentences(nested) == ['“He said "no" to me. Then he left,” Brask said.', "The guild met."]
    later = 'Brask said: “We sail at noon.” Pann agreed. “It is true." Nobody else spoke.'
    assert split_sentences(later) == [
        "Brask said: “We sail at noon.”",
        "Pann agreed.",
        '“It is true."',
        "Nobody else spoke.",
    ]


def test_a_quote_with_mixed_marks_is_its_speakers_whole() -> None:
    from briefgen.attribution import extract_paragraphs

    quote = "Both guilds meet next week on the fares. I think it will work out. Some crews will take time."
    _, found = extract_paragraphs(["Odo Brask spoke on Monday.", f'Brask later told the Varnese Courier: “{quote}"'])
    assert [(q.speaker, q.quote) for q in found] == [("Odo Brask", quote)]


def test_a_time_zone_named_in_words_stays_with_its_time_of_day() -> None:
    # US copy writes the zone out after the time: "at 9 p.m. Eastern".
    assert split_sentences("The hearing opens at 9 p.m. Eastern and runs late.") == [
        "The hearing opens at 9 p.m. Eastern and runs late."
    ]
    # Near negative: a time of day before a new sentence still ends its own.
    assert split_sentences("The booths shut at 8 p.m. Turnout was low.") == [
        "The booths shut at 8 p.m.",
        "Turnout was low.",
    ]
    assert split_sentences("The ferry docks at 7 a.m. Eastern Daylight Time.") == [
        "The ferry docks at 7 a.m. Eastern Daylight Time."
    ]
    # Near negative: a zone's word that opens a name opens a new sentence ("Central Square").
    assert split_sentences("The march ended at 11 p.m. Central Square was quiet by dawn.") == [
        "The march ended at 11 p.m.",
        "Central Square was quiet by dawn.",
    ]


def test_a_party_and_state_tag_before_a_lower_case_word_goes_on() -> None:
    assert split_sentences("Sen. Ida Vell, D-Ore. said the vote would wait. It did.") == [
        "Sen. Ida Vell, D-Ore. said the vote would wait.",
        "It did.",
    ]
    # Near negative: the tag ends the sentence when a new one opens in capitals.
    assert split_sentences("The bill was filed by Sen. Ida Vell, D-Ore. The vote waits.") == [
        "The bill was filed by Sen. Ida Vell, D-Ore.",
        "The vote waits.",
    ]


def test_a_piece_opening_on_a_semicolon_or_a_hyphen_goes_back_to_its_sentence() -> None:
    # A list of speakers with their tags: "R-Ore.; Gov. …" is one sentence.
    assert split_sentences("Speakers include Rep. Ada Vell, R-Ore.; Gov. Tam Orr; and others. It ends late.") == [
        "Speakers include Rep. Ada Vell, R-Ore.; Gov. Tam Orr; and others.",
        "It ends late.",
    ]
    assert split_sentences("It was a neighbor-vs. -neighbor feud.") == ["It was a neighbor-vs. -neighbor feud."]
    # Near negative: a dash that sets off a new sentence's aside is no hyphen in a word.
    assert split_sentences("He moved to the U.S. He stayed.") == ["He moved to the U.S.", "He stayed."]
    assert split_sentences("Gov. Ann Roe said no.") == ["Gov. Ann Roe said no."]


def test_a_quoted_question_keeps_its_speaker_with_a_title_a_tag_or_another_verb() -> None:
    assert split_sentences("“Why now?” Rep. Ada Vell, D-Ore., asked of the delay.") == [
        "“Why now?” Rep. Ada Vell, D-Ore., asked of the delay."
    ]
    assert split_sentences("“Is it over?” Orr continued.") == ["“Is it over?” Orr continued."]
    assert split_sentences("“Go home!” Orr tweeted, quoting the mayor.") == [
        "“Go home!” Orr tweeted, quoting the mayor."
    ]
    # a closing mark typed as an opening one
    assert split_sentences("“Do you agree?“ he asked.") == ["“Do you agree?“ he asked."]
    # Near negative: a question and a new sentence about something else stay apart.
    assert split_sentences("“Is it over?” Orr left the room before dawn.") == [
        "“Is it over?”",
        "Orr left the room before dawn.",
    ]
    # Near negative: a verb that tells of speech only alone ("continued", "posted") with an object is news.
    assert split_sentences("“Who saw it coming?” The bakery posted record sales in May.") == [
        "“Who saw it coming?”",
        "The bakery posted record sales in May.",
    ]
    assert split_sentences("“Is it over?” Orr continued.") == ["“Is it over?” Orr continued."]


def test_a_bare_attribution_after_a_full_stop_in_a_quote_goes_back_to_the_quote() -> None:
    assert split_sentences("“We will stay.” Orr said.") == ["“We will stay.” Orr said."]
    # Near negative: more than the name and the verb is a sentence of its own.
    assert split_sentences("“We will stay.” Orr said it twice.") == ["“We will stay.”", "Orr said it twice."]
    # Near negatives: a noun and a verb that are no attribution ("The strike continued.", "Nobody replied.").
    assert split_sentences("“The gates stay shut.” The strike continued.") == [
        "“The gates stay shut.”",
        "The strike continued.",
    ]
    assert split_sentences("“Step forward.” Nobody replied.") == ["“Step forward.”", "Nobody replied."]
    # nor a verb that tells of speech only sometimes, after a word in capitals that may be no name
    assert split_sentences("“We will stay.” Crowds cried.") == ["“We will stay.”", "Crowds cried."]


def test_photo_credits_and_wire_notes_are_not_sentences() -> None:
    assert not is_sentence("Ivo Lann via Getty Images.")
    assert not is_sentence("Tam Orr, Bloomberg via Getty Images.")
    assert not is_sentence("(Ivo Lann/AFP/Getty Images)")
    assert not is_sentence("Ivo Lann, former, 5th graf pvs.")
    # Near negatives: news that came via an agency, an ordinal before a word.
    assert is_sentence("The report came via Reuters on Monday.")
    assert is_sentence("The 5th grade class won the prize.")
    assert is_sentence("Ana Roe was the 1st Lady of the state.")


def test_desk_furniture_before_a_wire_dateline_is_not_the_first_sentence() -> None:
    assert (
        strip_dateline(
            "Eds: UPDATES with new toll AP Photo By IVO LANN Associated Press Writer OSTREL, Varnia (AP) _ Floods hit."
        )
        == "Floods hit."
    )
    # Near negative: an agency's mark after a sentence's end is inside the story.
    text = "Floods hit the coast. Officials told the wire (AP) _ that it was over."
    assert strip_dateline(text) == text
    # … and after a sentence that names the agency, with no place in capitals before its mark.
    text = "Ana Dorr, reached by the Associated Press (AP) — “It is over,” she said."
    assert strip_dateline(text) == text


def test_an_exclamation_or_question_mark_inside_a_title_does_not_end_the_sentence() -> None:
    # A name or a title with its own mark ("Oh Boy!") goes on in lower case.
    assert split_sentences("The troupe staged Oh Boy! at the pier in May. It sold out.") == [
        "The troupe staged Oh Boy! at the pier in May.",
        "It sold out.",
    ]
    # A question set off by dashes inside a sentence.
    assert split_sentences("The plan -- will it pass, or stall again? -- worries the guild.") == [
        "The plan -- will it pass, or stall again? -- worries the guild."
    ]
    assert split_sentences("“Great job, crew!!!” wrote Ana Dorr.") == ["“Great job, crew!!!” wrote Ana Dorr."]
    # Near negatives: a new sentence opens in capitals; a web address is no word going on.
    assert split_sentences("We won! Nobody expected it.") == ["We won!", "Nobody expected it."]
    assert split_sentences("Why? Because it rained.") == ["Why?", "Because it rained."]
    assert split_sentences("It was loud! https://t.co/abc") == ["It was loud!", "https://t.co/abc"]
