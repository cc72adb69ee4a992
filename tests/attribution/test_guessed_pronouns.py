"""A he/she the reader can only guess at stays off the page: hard cases of two people of one sex,
a quote between them, a paragraph break, a person described but not named in full. Each case
is invented; `sure` is what a brief reads to show a statement."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract_paragraphs


def _last(text: str) -> tuple[str, bool] | None:
    """Who the last quotation of `text` is given to, and whether surely; None when to nobody."""
    body, found = extract_paragraphs(text.split("\n\n"))
    last = [q for q in found if q.start >= body.rindex("“")]
    return (last[-1].speaker, last[-1].sure) if last else None


# A sentence that opens on a person described by a bond or a post, named by no full name, then
# names someone else: a he/she after it may mean the one described. Not sure.
DESCRIBED_FIRST = [
    "The dock foreman, known only as Piet, has worked for Tomas Brel for a decade. "
    "“The winches have not been oiled since June,” he said.",
    "His aide later met Tomas Brel at the chandlery. “We agreed on nothing,” he said.",
    "Their daughter, Sunna, thanked Mara Doyt for the lifeboat drill. “We all feel safer now,” she said.",
    "The treasurer had warned Edda Lorn about the debt in March. “The guild cannot borrow again,” she said.",
    "The ferryman who rescued Tomas Brel in 2019 was at the hearing. “The sea does not care about the budget,” he said.",
    "At the meeting, her deputy questioned Lise Orrin's figures. “The numbers do not add up,” she said.",
    "The lighthouse keeper, a man of few words, blamed Aldo Fenn for the dark lamp. “Oil costs money,” he said.",
    "His neighbour waved at Ruben Ostrow across the orchard fence. “The frost took half the pears,” he said.",
    "Her colleague defended Greta Haldane before the hospital board. “Nobody worked longer shifts,” she said.",
    "The baker, who asked to be called only Moss, sells bread to Karl Irons every morning. "
    "“Flour has doubled since spring,” he said.",
    "Her aunt drove Wilma Strand to the ballot office at dawn. “We waited two hours in the rain,” she said.",
    "His lawyer sat beside Hugo Sille through the appeal. “The judge never read the file,” he said.",
    "The skipper's mate, a quiet man from the islands, fished with Felix Reede for years. "
    "“The cod left when the warm water came,” he said.",
    "But her friend, Dora, doubted that Ines Quarle would run again. “She is tired of the board,” she said.",
    "His brother drove Emil Vantongeren to the regatta before dawn. “The wind was wrong all morning,” he said.",
    "Her sister, Maj, had lent Tova Lindqvist the money for the stall. “Cheese does not sell in winter,” she said.",
    "The chairman of the choir thanked Karl Brenn for the new hymnals. “Our voices were tired of the old ones,” he said.",
    "Their grandmother still knits sweaters for Hilde Sorvik's shop. “Wool was cheaper when I was young,” she said.",
    "His deputy, Jens, phoned Hugo Kaale on the night of the flood. “The cellar was under a metre of water,” he said.",
    "The spokeswoman for the quarry wrote to Agnes Thorup last week. “The blasting will stop at six,” she said.",
    "Her husband, a retired pilot, flew Otto Varga over the glacier on Sunday. “The ice has shrunk a mile,” he said.",
    "His mother visited Nora Mol at the lock-keeper's cottage each Friday. “The canal floods every spring,” she said.",
    "The guild's treasurer, Ilse, kept the ledgers for Clara Oldham through three floods. "
    "“Nobody ever paid for the ink,” she said.",
    "Their son worked beside Peter Leuw on the vineyard terraces. “The grapes came late this autumn,” he said.",
    "His partner, Bo, opened the bookshop with Otto Nyholm in 2011. “Nobody reads maps any more,” he said.",
    "In the end, her cousin persuaded Nora Marsk to sell the mill. “The stream no longer turns the wheel,” she said.",
]


# The same frames with the person named in full, or of the other sex, or the name the subject:
# the reading stays sure.
NAMED_FIRST = [
    (
        "His aide, Ned Arkell, later met Tomas Brel at the chandlery. “We agreed on nothing,” he said.",
        "Ned Arkell",
    ),
    (
        "The chair, Ines Quarle, thanked Mara Doyt for the report. “It is the first honest one,” she said.",
        "Ines Quarle",
    ),
    (
        "Her uncle, Piet, sold the orchard to Tova Lindqvist in 2019. “The soil was better than anyone knew,” she said.",
        "Tova Lindqvist",
    ),
    # a full name going with the post, with or without commas, names the one described
    (
        "The veteran striker Tomas Brel scored twice against Osselt on Saturday. “We deserved it,” he said.",
        "Tomas Brel",
    ),
    ("The guild's chief of staff, Tomas Brel, quit on Tuesday. “It was time,” he said.", "Tomas Brel"),
    (
        "The council thanked Ines Quarle for the new timetable. “It is the first one that works,” she said.",
        "Ines Quarle",
    ),
    (
        "Greta Haldane defended her colleague before the hospital board. “Nobody worked longer shifts,” she said.",
        "Greta Haldane",
    ),
    (
        "Ruben Ostrow waved at his neighbour across the orchard fence. “The frost took half the pears,” he said.",
        "Ruben Ostrow",
    ),
    (
        "Mara Doyt thanked her deputy for the lifeboat drill.\n\n“We all feel safer now,” she said.",
        "Mara Doyt",
    ),
    (
        "The lighthouse keeper, Aldo Fenn, blamed the council for the dark lamp. “Oil costs money,” he said.",
        "Aldo Fenn",
    ),
]


# A he/she read from a statement whose own he/she was a guess: no surer than that one.
FROM_A_GUESS = [
    "Ines Quarle opened the harbour fair on Saturday. The brass band played for an hour. Children raced "
    "paper boats in the basin. “This town still loves its harbour,” she said. She added that the fair would "
    "return next year.",
    "Aldo Fenn took over the lighthouse in 2015. The lamp was rebuilt two winters later. Storms closed the "
    "causeway for a month. “We ate tinned fish until March,” he recalled. He said the keepers had never been paid "
    "on time.",
    "Greta Haldane ran the night ward for twelve years. The hospital board cut two nurses from every shift. "
    "Patients waited hours for a bed. “We were always short of hands,” she said. She also said the board had "
    "ignored her letters.",
    "Karl Irons opened his bakery on the square in 1998. The mill that sold him flour closed last year. "
    "Prices at the market have risen since. “Bread is not a luxury,” he said. He added: “My customers are "
    "counting coins.”",
    "Nora Mol runs the last ferry across the Sund. The timetable shrinks every winter. Tourists come only in "
    "July. “The island empties when the boats stop,” she says. She adds that the school may close next year.",
]


def test_a_pronoun_going_on_from_a_sure_one_stays_sure() -> None:
    text = (
        "Ines Quarle won the harbour seat in May. “We were never told,” she said. "
        "Asked what came next, she said: “We will sue the board.”"
    )
    assert _last(text) == ("Ines Quarle", True)


# A name standing among the words a tag reports, past a quotation the sentence opened before it,
# is what the speaker talks about: a he/she in the tag would call that one "I".
IN_REPORTED_WORDS = [
    "“Nobody asked the nurses,” not even Greta Haldane, she said.",
    "“The lamp never failed,” least of all under Aldo Fenn, he said.",
    "“Nobody counted the boats,” certainly not Mara Doyt, she said.",
    "“The pears froze in April,” long before Ruben Ostrow came, he said.",
    "“The fares will stay,” whatever Tomas Brel promises, he said.",
    "“The ward never closed,” not once while Wilma Strand ran it, she said.",
]


# The speaker named before the quotation opens stays sure, and so does one named past a phrase the
# writer quotes inside their own clause: only a quotation the sentence opens with is the tag's words.
NAMED_BEFORE_THE_WORDS = [
    ("Asked about “the Varnese deal,” Tomas Brel shrugged, and he said: “It is dead.”", "Tomas Brel"),
    ("The “Varnese plan,” as Tomas Brel calls it, is dead, he said: “Nobody will fund it.”", "Tomas Brel"),
    ("Tomas Brel told the guild that “the fares will fall,” and he vowed to cut the tolls.", "Tomas Brel"),
    ("Ines Quarle, who ran the ferry for years, called the plan “a trap,” she said.", "Ines Quarle"),
    ("Aldo Fenn, asked about the lamp, called it “the brightest on the coast,” he said.", "Aldo Fenn"),
]


@pytest.mark.parametrize("text", DESCRIBED_FIRST + FROM_A_GUESS + IN_REPORTED_WORDS)
def test_a_guess_is_not_sure(text: str) -> None:
    found = _last(text)
    assert found is None or found[1] is False


@pytest.mark.parametrize(("text", "speaker"), NAMED_FIRST + NAMED_BEFORE_THE_WORDS)
def test_the_named_counterpart_stays_sure(text: str, speaker: str) -> None:
    assert _last(text) == (speaker, True)
