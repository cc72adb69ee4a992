"""What the page shows for hard attributions, each invented: two people of one sex in a paragraph,
a quote that names someone else, spouses, a news agency passing on a spokesman's words, words
told second-hand, someone who declined to comment, an interviewer's questions. A statement the
reader cannot be sure of stays off the page: an empty line is better than a wrong speaker."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract_paragraphs
from briefgen.positions import named_outlets, on_page


def page(*paragraphs: str) -> list[tuple[str, str]]:
    """(speaker, the statement's first words) of what the page would show."""
    text, found = extract_paragraphs(paragraphs)
    outlets = named_outlets(text)
    return [(q.speaker, " ".join(q.quote.split()[:4])) for q in found if on_page(q, outlets)]


CASES = [
    # Two women: each quote goes to the one its sentence or the one just before names.
    (
        [
            "Ines Quarle and Mara Doyt met at the ferry guild hall on Monday.",
            '"The harbour fees will double by spring," Quarle told members. Doyt disagreed. '
            '"Nobody on this board has seen those figures," she said.',
        ],
        [("Ines Quarle", "The harbour fees will"), ("Mara Doyt", "Nobody on this board")],
    ),
    # A person named inside the quote is not who said it.
    (
        ['"Ardo Pann promised us a new pier and gave us nothing," Toma Veller said of the former mayor.'],
        [("Toma Veller", "Ardo Pann promised us")],
    ),
    (
        ['Toma Veller rejected the charge. "Mara Doyt says I betrayed the crews," he said. "I kept them working."'],
        [],
    ),
    (
        [
            "Ardo Pann called Toma Veller on Sunday. Veller said Pann had apologised. "
            '"He said he was sorry for the delay," Veller said.'
        ],
        [("Toma Veller", "He said he was")],
    ),
    # "Mrs." with the surname of a man whose given name says no sex, in a story of his wife.
    (
        [
            "Mayor Ardo Pann did not attend the hearing. His wife spoke to reporters outside.",
            '"My husband has done nothing wrong," Mrs. Pann said.',
        ],
        [],
    ),
    (
        [
            "Mrs. Ardo Pann, the mayor's wife, spoke to reporters outside the court house.",
            '"My husband has done nothing wrong," Mrs. Pann said.',
        ],
        [],
    ),
    (
        ['Lem Pann and his sister Ada Pann spoke separately. "The guild failed us," Ada Pann said.'],
        [("Ada Pann", "The guild failed us")],
    ),
    # "was quoted as saying": the one quoted, whoever carried it.
    (
        [
            'The ferry ruling angered the islands. "We were sold out in one night," Ardo Pann, a deckhand, was '
            "quoted as saying on the guild notice board."
        ],
        [("Ardo Pann", "We were sold out")],
    ),
    # A news agency passes on words; it takes no position of its own.
    (
        [
            "The Varnese News Agency reported that a spokesman for the Ferry Ministry said the crossings "
            "would resume on Monday."
        ],
        [],
    ),
    (["The Varnese News Agency reported that the crossings would resume on Monday."], []),
    (
        [
            "A ministry spokesman, Kel Brann, told the Varnese News Agency that the crossings would resume. "
            '"The boats are ready," he said.'
        ],
        [("Kel Brann", "the crossings would resume"), ("Kel Brann", "The boats are ready")],
    ),
    # A quote after another person's paraphrase goes to the one its own frame names.
    (
        [
            "Ines Quarle has argued that the levy will pay for the new pier and keep the night crossings "
            "running through the winter.",
            '"Every family on the island depends on these boats," Mara Doyt, keeper of the guild\'s fuel depot, said.',
        ],
        [("Ines Quarle", "the levy will pay"), ("Mara Doyt", "Every family on the")],
    ),
    (
        [
            "The harbour board voted on Tuesday to raise the fees. Critics, led by fisherman Odo Brask, said "
            "the rise would drive boats away.",
            '"This board has forgotten who pays its wages," said Ines Quarle, head of the ferry guild.',
        ],
        [("Ines Quarle", "This board has forgotten")],
    ),
    # An interviewer's questions are nobody's position; the answer is the one asked.
    (
        [
            'The interviewer pressed Toma Veller on the fees. "Will you resign if the levy fails?" she asked. '
            '"No," he replied. "I will stay until the pier is built."'
        ],
        [],
    ),
    (['"Are the ferries safe?" a reporter asked Ines Quarle. "They are the safest in the region," she said.'], []),
    (
        ['Asked by the Dunmore Gazette whether the levy would pass, Ines Quarle said: "I am certain of it."'],
        [("Ines Quarle", "I am certain of")],
    ),
    (
        ['Asked whether Ardo Pann should resign, Toma Veller said: "That is for the voters."'],
        [("Toma Veller", "That is for the")],
    ),
    # Two men who toured together: "he" could be either.
    (
        [
            "Toma Veller and Ardo Pann toured the depot together on Sunday.",
            '"We have agreed on the timetable," he said.',
        ],
        [],
    ),
    (
        [
            "Ines Quarle criticised her rival, Mara Doyt, at a rally in Dunmore on Saturday. Doyt had called "
            "for the levy to be scrapped.",
            '"She wants the boats to stop," Quarle said. "I want them to run."',
        ],
        [("Ines Quarle", "She wants the boats"), ("Ines Quarle", "I want them to")],
    ),
    # Someone who declined to comment is not the "he" who speaks next.
    (
        [
            "The guild's lawyer, Odo Brask, said his client would appeal. Guild president Ardo Pann declined "
            "to comment.",
            '"We will take this to the high court," he said.',
        ],
        [("Odo Brask", "his client would appeal")],
    ),
    (
        [
            "Guild president Ardo Pann did not return the Gazette's calls. His lawyer, Odo Brask, said "
            "the guild would appeal.",
            '"We will take this to the high court," he said.',
        ],
        [("Odo Brask", "the guild would appeal"), ("Odo Brask", "We will take this")],
    ),
    (
        [
            "Mara Doyt said on Monday that Ines Quarle had misled the board about the cost of the pier. "
            'Quarle denied it. "I gave them every figure we had," she said.'
        ],
        [("Mara Doyt", "Ines Quarle had misled"), ("Ines Quarle", "I gave them every")],
    ),
    (
        [
            "Ardo Pann told the Dunmore Gazette that he would not run again. His brother, Lem Pann, said the "
            'family was relieved. "He has given enough," Pann said.'
        ],
        [("Ardo Pann", "he would not run"), ("Lem Pann", "the family was relieved")],
    ),
    # Words the writer has second-hand, from a source that opens or closes the sentence.
    (['"The levy is a tax on the poor," said Ardo Pann, according to a statement from the guild.'], []),
    (
        [
            'According to Toma Veller, Ines Quarle told the board that the levy would pass. "She was certain '
            'of it," Veller said.'
        ],
        [("Toma Veller", "She was certain of")],
    ),
    (["According to two guild members, Ines Quarle told the board that the levy would pass."], []),
    (["Ines Quarle told the board that the levy would pass, according to Toma Veller."], []),
    (["According to Ines Quarle, the levy will pass on Friday."], [("Ines Quarle", "the levy will pass")]),
    # "Doyt, she says, …": that "she" is another woman, whom a later "she says" may mean as well.
    (
        [
            "Ines Quarle says Mara Doyt is wrong. Doyt, she says, has never read the ledgers.",
            '"Every figure is online," she says.',
        ],
        [("Ines Quarle", "Mara Doyt is wrong")],
    ),
    (
        [
            "Toma Veller says Ardo Pann is wrong. Pann, he says, has never read the ledgers.",
            '"Every figure is online," he says.',
        ],
        [("Toma Veller", "Ardo Pann is wrong")],
    ),
    # A title two people of one sentence hold, a paper two people signed: either of them.
    (['Senator Ardo Pann and Senator Odo Brask both opposed the levy. "It is theft," the senator said.'], []),
    (
        [
            "Ines Quarle, the guild's chair, and her deputy Mara Doyt both signed the letter. "
            '"We speak for every crew," the letter said.'
        ],
        [],
    ),
    # A spokesman speaks for someone; his words are his.
    (
        [
            'Ines Quarle\'s spokesman, Bren Tolle, said she would not attend. "She has other duties that day," '
            "Tolle said."
        ],
        [("Bren Tolle", "she would not attend"), ("Bren Tolle", "She has other duties")],
    ),
    (
        [
            "Ines Quarle, speaking through her spokesman Bren Tolle, said the board would meet again. "
            '"There is nothing to hide," he added.'
        ],
        [("Ines Quarle", "the board would meet"), ("Bren Tolle", "There is nothing to")],
    ),
    # A description with a name in commas is that name, not whom the description alone would guess.
    (
        [
            "In an interview with the Dunmore Gazette, Toma Veller said the levy was unfair. The paper's "
            "editor, Rika Sonn, later wrote that the guild had misread the figures.",
            '"We stand by every word," she said.',
        ],
        [
            ("Toma Veller", "the levy was unfair"),
            ("Rika Sonn", "the guild had misread"),
            ("Rika Sonn", "We stand by every"),
        ],
    ),
    (
        ["Toma Veller spoke first. The guild's new treasurer, Ardo Pann, said the accounts were sound."],
        [("Ardo Pann", "the accounts were sound")],
    ),
    (
        ["Ines Quarle spoke first. Her deputy, Mara Doyt, said the levy would pass."],
        [("Mara Doyt", "the levy would pass")],
    ),
    # A body's statement and its chair's words.
    (['"The levy is dead," the guild said in a statement on Friday.'], []),
    (
        [
            'The guild said in a statement on Friday that the levy was dead. Its chair, Mara Doyt, added: "We will '
            'fight on."'
        ],
        [("Mara Doyt", "We will fight on.")],
    ),
    (
        [
            'The Ferry Ministry said in a statement that crossings would resume. Minister Kel Brann added: "The '
            'boats are ready."'
        ],
        [("Kel Brann", "The boats are ready.")],
    ),
    (['"We were never asked," said one captain, who would not give her name.'], []),
    (
        ['The mayor, Ardo Pann, praised the harbour master, Odo Vask. "He is the best we have had," Pann said.'],
        [("Ardo Pann", "He is the best")],
    ),
    (
        [
            'Odo Brask, whose brother Lem drowned in the 2019 storm, said the new boats were safer. "Lem would have '
            'lived," Brask said.'
        ],
        [("Odo Brask", "the new boats were"), ("Odo Brask", "Lem would have lived")],
    ),
    (
        [
            "Ines Quarle told the Varnese Courier last week that she would stand again. On Monday, Mara Doyt said "
            "she would too.",
            '"I have unfinished work," she said.',
        ],
        [("Ines Quarle", "she would stand again"), ("Mara Doyt", "I have unfinished work")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "shown"), CASES, ids=[f"case{n}" for n in range(len(CASES))])
def test_the_page_shows_only_speakers_it_is_sure_of(paragraphs: list[str], shown: list[tuple[str, str]]) -> None:
    assert page(*paragraphs) == shown


# Each rule read both ways: the statements it keeps off the page, and those it leaves on.
PROBES = [
    # A news outlet by its name passes on words (a government agency takes positions).
    (
        ["The Ferry Safety Agency said the new boats met every standard."],
        [("Ferry Safety Agency", "the new boats met")],
    ),
    (["The Harbour News Service reported that the crossings would resume."], []),
    (
        ["The Varn Press Service said the minister would not resign."],
        [("Varn Press Service", "the minister would not")],
    ),
    (['"The crossings will resume," the Varnese Wire Service said.'], []),
    # A spouse: "Mr." in a story of a wife, or a "Mrs." whose given name says she is one, is who it names.
    (
        ['Mayor Ardo Pann and his wife toured the depot. "The boats are ready," Mr. Pann said.'],
        [("Ardo Pann", "The boats are ready")],
    ),
    (
        ['Maria Pann, the mayor\'s wife, spoke outside. "My husband has done nothing wrong," Mrs. Pann said.'],
        [("Maria Pann", "My husband has done")],
    ),
    (
        ['Ines Quarle and her husband run the depot. "We open at six," Ms. Quarle said.'],
        [("Ines Quarle", "We open at six")],
    ),
    # ... but wives or husbands the text gives to no one of that name leave "Mrs."/"Mr." the one it names.
    (
        [
            "Harbour Secretary Dovra Keel set out the new ferry passes. Deckhands' wives will be able to apply "
            'from May. "This is fair," Mrs. Keel said.'
        ],
        [("Dovra Keel", "This is fair")],
    ),
    (
        [
            "Guild master Ardo Pann visited the burnt depot. A woman whose husband worked there asked him for help. "
            '"We will rebuild," Mr. Pann said.'
        ],
        [("Ardo Pann", "We will rebuild")],
    ),
    (
        [
            'Dovra Keel, the harbour secretary, toured the piers. "The sheds are rotten," she said. Later, Ms. Keel '
            "said the wives of deckhands would be housed on shore."
        ],
        [("Dovra Keel", "The sheds are rotten"), ("Dovra Keel", "the wives of deckhands")],
    ),
    (
        [
            'Ferry guild envoy Sorel Amadu met the island councils. "Talks are stuck," Ms. Amadu said. Crews and '
            "their wives waited on the quay."
        ],
        [("Sorel Amadu", "Talks are stuck")],
    ),
    # Who gave no words, with another who did just before: the "she" is not certain.
    (
        [
            "Mara Doyt said the guild would appeal. Ines Quarle did not return calls from the Gazette.",
            '"We will fight this," she said.',
        ],
        [("Mara Doyt", "the guild would appeal")],
    ),
    # ... but a later sentence of her own speaking is hers; and the words must be her own verb.
    (
        [
            "Mara Doyt said the guild would appeal. Ines Quarle did not return calls from the Gazette on Monday.",
            'On Tuesday, Quarle wrote that the appeal would fail. "It has no chance," she said.',
        ],
        [
            ("Mara Doyt", "the guild would appeal"),
            ("Ines Quarle", "the appeal would fail"),
            ("Ines Quarle", "It has no chance"),
        ],
    ),
    (
        ['Ines Quarle told members the clerk was not available. "We will vote anyway," she said.'],
        [("Ines Quarle", "the clerk was not"), ("Ines Quarle", "We will vote anyway")],
    ),
    # A name in commas after a description.
    (
        ["Toma Veller, the guild's treasurer, said the accounts were sound."],
        [("Toma Veller", "the accounts were sound")],
    ),
    (["Veller's deputy, Ardo Pann, said the accounts were sound."], [("Ardo Pann", "the accounts were sound")]),
    (
        ["Toma Veller spoke first. The veteran captain, Odo Vask, said the pier was safe."],
        [("Odo Vask", "the pier was safe")],
    ),
    # A letter two firms sent is neither's alone; one firm's, or a group's with others named in commas, is theirs.
    (
        [
            "Varn Air and Ostel Lines sent the minister an open letter on Friday. The letter said the levy "
            "would “sink every small ferry on the coast.”"
        ],
        [],
    ),
    (
        [
            "Ostel Lines sent the minister an open letter on Friday. The letter said the levy would “sink every "
            "small ferry on the coast.”"
        ],
        [("Ostel Lines", "the levy would “sink")],
    ),
    (
        [
            "The Harbour Guild, joined by Varn Air and Ostel Lines, sent the minister an open letter on Friday. "
            "The letter said the levy would “sink every small ferry on the coast.”"
        ],
        [("Harbour Guild", "the levy would “sink")],
    ),
    # "the former mayor" is not the one the text calls mayor; "the chair" with two chairs named is neither.
    (
        ['Mayor Toma Veller and his predecessor, Ardo Pann, both spoke. "It is the only way," the former mayor said.'],
        [],
    ),
    (
        [
            "The guild's chair, Mara Doyt, and the board's chair, Ines Quarle, met on Monday. "
            '"We agreed on nothing," the chair said.'
        ],
        [],
    ),
    # (someone named only by surname, whom the cast holds as no person, is no former holder either)
    (
        [
            'Mayor Pann spoke on Monday. Brask said the pier was late. "We will build the pier," the former '
            "harbour master said."
        ],
        [("Brask", "the pier was late")],
    ),
    # ... but a former mayor called so, or the one chair named, is who the title means.
    (
        ['Former mayor Ardo Pann backed the levy. "It is the only way," the former mayor said.'],
        [("Ardo Pann", "It is the only")],
    ),
    (
        ['Ines Quarle, the harbour board chair, met Mara Doyt on Monday. "We need more boats," the chair said.'],
        [("Ines Quarle", "We need more boats")],
    ),
    # A passive's agent of the pronoun's sex is as much to hand as its subject.
    (['Ines Quarle was criticised by Mara Doyt. "The levy is unfair," she said.'], []),
    (['Ines Quarle was criticised by Sen. Mara Doyt. "The levy is unfair," she said.'], []),
    # A he/she going on from such a guess is no surer.
    (
        [
            "Ines Quarle was criticised by Mara Doyt on Monday.",
            '"We need more boats," she said. She added that the guild would not pay the new rates.',
        ],
        [],
    ),
    (
        [
            "Ines Quarle says Mara Doyt is wrong. Doyt, she says, has never read the ledgers.",
            '"Every figure is online," she says. She adds that the guild would not pay the new rates.',
        ],
        [("Ines Quarle", "Mara Doyt is wrong")],
    ),
    (['Ines Quarle was criticised by Senator Mara Doyt on Monday. "The levy is unfair," she said.'], []),
    # ... and the one read may be the agent, with the subject as much to hand
    (['Ardo Pann was endorsed by Gov. Odo Brask on Monday. "I am grateful," he said.'], []),
    (['Ardo Pann was endorsed by Governor Odo Brask on Monday. "I am grateful," he said.'], []),
    # ... but not a passive in a clause that tells of the subject, an agent of the other sex, or a body.
    (
        [
            "Ines Quarle, who was appointed by Mara Doyt in 2019, defended the levy.",
            '"It pays for the pier," she said.',
        ],
        [("Ines Quarle", "It pays for the")],
    ),
    (
        ['Ines Quarle was praised by Toma Veller for her work. "I only did my job," she said.'],
        [("Ines Quarle", "I only did my")],
    ),
    (
        ['Ines Quarle was elected by the board on Monday. "I am honoured," she said.'],
        [("Ines Quarle", "I am honoured")],
    ),
    # "she says" as an aside about herself is no one else.
    (
        [
            "Ines Quarle says the ledgers are online. At one point, she says, she considered quitting.",
            '"It was a hard year," she says.',
        ],
        [("Ines Quarle", "the ledgers are online"), ("Ines Quarle", "It was a hard")],
    ),
    # One holder of the title, one signer: that one.
    (
        ['Senator Ardo Pann opposed the levy on Monday. "It is theft," the senator said.'],
        [("Ardo Pann", "It is theft")],
    ),
    (
        ['Senator Ardo Pann spoke after Mayor Odo Brask. "It is theft," the senator said.'],
        [("Ardo Pann", "It is theft")],
    ),
    (
        ['Ines Quarle, the guild\'s chair, signed the letter on Friday. "We speak for every crew," the letter said.'],
        [("Ines Quarle", "We speak for every")],
    ),
    # "According to" a source of the sentence's own words, or of something else than the speaking,
    # or of a clause before the speaker's own.
    (
        [
            "According to figures out on Monday, ferry bookings fell by a fifth, and Harbour Secretary Ines Quarle "
            "said the drop was brief."
        ],
        [("Ines Quarle", "the drop was brief")],
    ),
    (
        ["According to a guild survey, most captains back the levy, but Mayor Ardo Pann said he would veto it."],
        [("Ardo Pann", "he would veto it")],
    ),
    (
        ["According to the minutes, the board voted to raise the levy. Ines Quarle said the vote was fair."],
        [("Ines Quarle", "the vote was fair")],
    ),
    (
        ["According to Ines Quarle, the board will vote on Friday. She said the levy would pass."],
        [("Ines Quarle", "the board will vote"), ("Ines Quarle", "the levy would pass")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "shown"), PROBES, ids=[f"probe{n}" for n in range(len(PROBES))])
def test_each_rule_both_ways(paragraphs: list[str], shown: list[tuple[str, str]]) -> None:
    assert page(*paragraphs) == shown


def test_a_he_after_a_sentence_opening_on_an_unknown_name_is_not_sure() -> None:
    from briefgen.attribution import extract_paragraphs

    def read(first: str) -> list[tuple[bool, str]]:
        _, found = extract_paragraphs([first, "“The north pier will be rebuilt by spring,” he said."])
        return [(q.sure, q.speaker) for q in found]

    # a given name no list knows makes no known person, yet he may be the one who spoke
    assert read("Ardo Pann met Governor Odo Brask on Monday.") == [(False, "Odo Brask")]
    # a known man opening it is read as before; a known woman, or no name at all, is no rival
    assert read("Tomas Pann visited Governor Odo Brask on Monday.") == [(True, "Tomas Pann")]
    # (a meeting gives the other man a turn of his own: not sure, tests/attribution/test_taken_turns.py)
    assert read("Tomas Pann met Governor Odo Brask on Monday.") == [(False, "Tomas Pann")]
    assert read("Ines Pann met Governor Odo Brask on Monday.") == [(True, "Odo Brask")]
    assert read("On Monday Governor Odo Brask met the ferry guild.") == [(True, "Odo Brask")]
    assert read("Varnese Harbour Board members met Governor Odo Brask on Monday.") == [(True, "Odo Brask")]
