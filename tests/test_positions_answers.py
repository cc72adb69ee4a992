"""A he/she right after a question someone else was asked: the one asked answering an interviewer,
a caller, a committee. Read as the one who spoke before, the answer would go on the page under the
asker's name; the reader cannot tell who answers, so it stays off the page. Every case is invented;
the ones that go on (`GOES_ON`) are the near forms the rule must leave alone: a question the speaker
puts to the room (tagged "said"), no one else of that sex about, a tag that says the speaker goes on
("he added"). A commentator quoted on someone, then "he said" (`COMMENT_GOES_ON`), is the commentator
going on, as news writes it: a reply by the one spoken of is given their name."""

from __future__ import annotations

import pytest

from .test_positions_hard_cases import page  # (speaker, the statement's first four words) the page shows

# (paragraphs, the first words of the answer, which the page must not show under anyone)
ANSWERS = [
    (
        [
            "Harbour board chairman Hugo Brel went on Salt Radio on Tuesday to defend the new mooring fees.",
            '"Will the fares rise again this winter?" asked the host, Felix Varn. "Not while I chair the board," he said.',
        ],
        "Not while I",
    ),
    (
        [
            "Ferry guild leader Ada Quarle sat down with the Varnese Courier this week.",
            '"Do you regret the strike?" the paper\'s editor, Mira Doyt, asked. "I regret only that it came so late," she said.',
        ],
        "I regret only",
    ),
    (
        [
            "Mayor Ines Holm faced the council on Thursday.",
            '"Why were the pier repairs delayed a third time?" Councillor Rosa Vell asked. "The steel never arrived," she said.',
        ],
        "The steel never",
    ),
    (
        [
            "Hugo Brel was pressed on the budget by the radio host Felix Varn.",
            '"Where does the money come from?" Varn asked.',
            '"From the harbour dues, as always," he said.',
        ],
        "From the harbour",
    ),
    (
        [
            "Simon Arkell, the new ferry inspector, met reporters at the quay.",
            '"How many boats failed the spring checks?" asked Leon Tarr of the Quayside Post. "Eleven of forty," he said.',
        ],
        "Eleven of forty",
    ),
    (
        [
            "Greta Lind, who runs the island bakery, spoke at the market hall.",
            '"Can the bakery survive another flour tax?" a neighbour, Vera Holt, wanted to know. "Only if the guild helps us," she said.',
        ],
        "Only if the",
    ),
    (
        [
            "Anton Rusk, the harbour pilot, took questions after the inquiry.",
            '"Did you see the tanker before the collision?" Emil Sarr, counsel for the board, asked.',
            '"Only its lights, and too late," he said.',
        ],
        "Only its lights,",
    ),
    (
        [
            "Walter Fenn appeared before the canal committee on Wednesday.",
            '"Were you told about the leak in March?" committee chairman Otto Brisk asked. "I was told nothing," he said.',
        ],
        "I was told",
    ),
    (
        [
            "Edith Moor, the keeper of the tide records, was interviewed by the guild newsletter.",
            '"Are the spring tides getting higher?" asked its editor, Lena Pask. "Every year since I began," she said.',
        ],
        "Every year since",
    ),
    (
        [
            "Ruben Kael, the island's ferry master, answered listeners on Harbour FM.",
            '"Why was the morning boat cancelled on Sunday?" caller Bruno Tiss asked. "The engine failed at dawn," he said.',
        ],
        "The engine failed",
    ),
    (
        [
            "Dora Quent chairs the market board.",
            '"Will stall rents go up?" asked Hanna Vells, a fishmonger. "Not this year," she said.',
        ],
        "Not this year,",
    ),
    (
        [
            "Silas Orn, the lock keeper, spoke with students from the river school.",
            '"Is the old lock safe?" one student, Leon Brae, asked him. "Safer than the new one," he said.',
        ],
        "Safer than the",
    ),
    (
        [
            "Karl Ostry, the harbour board's lawyer, was questioned for two hours.",
            '"Who signed the dredging contract?" asked the moderator, Leon Tarr.',
            '"The whole board signed it," he said.',
        ],
        "The whole board",
    ),
    (
        [
            "Nora Pelt, a trustee of the museum, faced the members on Saturday.",
            '"Will the old maps ever come back?" one member, Greta Sand, wanted to know.',
            '"We are trying to buy them back," she said.',
        ],
        "We are trying",
    ),
    (
        [
            "Otto Merle has piloted ships into Varnese for twenty years.",
            'A reporter, Simon Pratt, asked him about the new shifts. "Do you feel safe on the bridge after ten hours?" Pratt asked.',
            '"Nobody does," he said.',
        ],
        "Nobody does,",
    ),
    (
        [
            "Elena Ruiz took over the ferry guild in the spring.",
            '"Is the guild ready for another strike?" asked Vera Holt, a member since 1990.',
            '"Ready, but not eager," she said.',
        ],
        "Ready, but not",
    ),
    (
        [
            "Hugo Lamm, a fisherman, spoke to the island radio after the storm.",
            '"How much of the fleet was lost?" the presenter, Bruno Tiss, asked.',
            '"Nine boats, maybe ten," he said.',
        ],
        "Nine boats, maybe",
    ),
    (
        [
            "Agnes Rook ran for the harbour seat and lost.",
            '"Will you run again?" her neighbour, Hanna Vells, asked at the count. "Not for the harbour seat," she said.',
        ],
        "Not for the",
    ),
]

# (paragraphs, (speaker, first words)) the page shows: the one who spoke before goes on
GOES_ON = [
    # the tag says the one who spoke goes on ("he added", "she continued")
    (
        [
            "Harbourmaster Hugo Brel has defended the new mooring fees.",
            '"He never asked the crews," said Tomas Quint, a ferry captain. "Not once in ten years," he added.',
        ],
        ("Tomas Quint", "Not once in"),
    ),
    (
        [
            "Greta Lind and Mira Doyt run the island bakery together.",
            '"Who will pay the flour tax?" Doyt asked the guild. "The bakers, as always," she continued.',
        ],
        ("Mira Doyt", "The bakers, as"),
    ),
    (
        [
            "Tomas Quint and Hugo Brel both want the harbour master's job.",
            '"Brel has no experience at sea," Quint said at a debate in Varnese. "I have sailed these waters for thirty years," he said.',
        ],
        ("Tomas Quint", "I have sailed"),
    ),
    (
        [
            "Hugo Brel spoke at the guild's dinner.",
            '"Who will pay for the new quay?" Brel asked. "The guilds will, as they always have," he said.',
        ],
        ("Hugo Brel", "The guilds will,"),
    ),
    (
        [
            "The harbour board met on Monday.",
            '"He has never once asked the crews what they can pay," said Tomas Quint, a ferry captain.',
            '"He does not even know their names," he said.',
        ],
        ("Tomas Quint", "He does not"),
    ),
    (
        [
            "Mira Doyt left the guild board in June.",
            '"The accounts were a mess," she said. "Nobody could tell me where the money went," she said.',
        ],
        ("Mira Doyt", "Nobody could tell"),
    ),
    (
        [
            "Ada Quarle, the guild treasurer, met members on Friday.",
            '"Why should the ferry crews pay more?" she asked. "They already pay the most," she said.',
        ],
        ("Ada Quarle", "They already pay"),
    ),
    (
        [
            "Felix Varn runs the island's only garage.",
            '"Business is slow," Varn said. "Most people have sold their cars," he said.',
        ],
        ("Felix Varn", "Most people have"),
    ),
    (
        [
            "Hugo Brel was elected harbourmaster in May.",
            '"My father held this post," Brel said. "He would have wanted me to keep the fees low," he said.',
        ],
        ("Hugo Brel", "He would have"),
    ),
    (
        [
            "Rosa Tull voted against the canal bill.",
            '"The bill would have drained the wells," Tull said. "I could not vote for that," she said.',
        ],
        ("Rosa Tull", "I could not"),
    ),
    (
        [
            "Hugo Brel and Tomas Quint spoke at the guild dinner.",
            '"Why should we wait any longer?" Brel said. "The quay is falling apart," he said.',
        ],
        ("Hugo Brel", "The quay is"),
    ),
    (
        [
            "Ada Quarle chairs the ferry board.",
            '"Will the fares rise?" asked Felix Varn, a captain. "Nobody has told the crews," he said.',
        ],
        ("Felix Varn", "Nobody has told"),
    ),
    (
        [
            "Hugo Brel spoke to the guild on Friday.",
            'Asked by Tomas Quint about the fees, Brel said, "Why should the crews pay more?"',
            '"They already pay the most," he said.',
        ],
        ("Hugo Brel", "They already pay"),
    ),
    (
        [
            "Tomas Quint, a ferry captain, has long opposed the fees. Harbourmaster Hugo Brel defended them on Monday.",
            '"He has never asked the crews what they can pay," Quint said. "The crews deserve better," he said.',
        ],
        ("Tomas Quint", "The crews deserve"),
    ),
    (
        [
            "Harbourmaster Ada Brel has defended the new mooring fees.",
            '"She has never once asked the crews what they can pay," said Tomas Quint, a ferry captain.',
            '"I ask them every week myself," he said.',
        ],
        ("Tomas Quint", "I ask them"),
    ),
    (
        [
            "The harbour board met on Monday.",
            '"He never asked the crews," said Tomas Quint, a ferry captain. "I ask them every week," he said.',
        ],
        ("Tomas Quint", "I ask them"),
    ),
    (
        [
            "The ferry board thanked Hugo Brel on Monday for ten years as harbourmaster.",
            '"He kept the fees low for a decade," said Tomas Quint, a ferry captain. "We will miss that," he said.',
        ],
        ("Tomas Quint", "We will miss"),
    ),
    (
        [
            "Greta Lind runs the island bakery.",
            '"Can a bakery survive another flour tax?" she asked the guild. "Only if the guild helps," she said.',
        ],
        ("Greta Lind", "Only if the"),
    ),
    (
        [
            "Hugo Brel, the harbourmaster, spoke at the guild hall.",
            '"What does the board want from us?" Brel asked the crews. "More than we can give," he said.',
        ],
        ("Hugo Brel", "More than we"),
    ),
]


@pytest.mark.parametrize(("paragraphs", "answer"), ANSWERS, ids=[f"answer{n}" for n in range(len(ANSWERS))])
def test_an_answer_to_another_is_not_shown(paragraphs: list[str], answer: str) -> None:
    assert not [words for _, words in page(*paragraphs) if words.startswith(answer)]


@pytest.mark.parametrize(("paragraphs", "shown"), GOES_ON, ids=[f"goes_on{n}" for n in range(len(GOES_ON))])
def test_the_same_speaker_going_on_is_shown(paragraphs: list[str], shown: tuple[str, str]) -> None:
    speaker, words = shown
    assert any(who == speaker and said.startswith(words) for who, said in page(*paragraphs))


def test_a_question_to_one_of_two_women_is_answered_by_either() -> None:
    # Doyt asks, and Quarle is in the room: "she" may be either; the question itself is no position.
    assert (
        page(
            "Mira Doyt and Ada Quarle sat on the board together.",
            "“Where did the money go?” Doyt asked at the meeting.",
            "“Nobody has ever told me,” she said.",
        )
        == []
    )


# A commentator brought in to speak of the one a sentence before opened with, then "he/she said":
# the commentator goes on (the page shows them), whether or not the new words speak of that one.
COMMENT_GOES_ON = [
    (
        [
            "Mayor Hugo Brel unveiled the town budget on Monday.",
            '"He is cutting the wrong things," said Tomas Quint, a councillor. "The libraries need that money," he said.',
        ],
        ("Tomas Quint", "The libraries need"),
    ),
    (
        [
            "Coach Felix Pell was sacked on Sunday after six straight defeats.",
            '"He did everything he could," said captain Leon Marr.',
            '"The players must take the blame," he said.',
        ],
        ("Leon Marr", "The players must"),
    ),
    (
        [
            "Judge Anton Rusk sentenced the ferry owner to two years on Thursday.",
            '"He showed no remorse at all," said prosecutor Emil Sarr.',
            '"The sentence is fair," he said.',
        ],
        ("Emil Sarr", "The sentence is"),
    ),
    (
        [
            "Chief executive Walter Drum resigned from Kesh Mills on Friday.",
            '"His departure is a shock to investors," said Karl Ostry, an analyst at Varn Bank.',
            '"The shares will fall on Monday," he said.',
        ],
        ("Karl Ostry", "The shares will"),
    ),
    (
        [
            "Senator Rosa Tull announced her bid for governor on Tuesday.",
            '"She has the money and the name," said Ilse Gron, a pollster in the capital.',
            '"The primary will still be close," she said.',
        ],
        ("Ilse Gron", "The primary will"),
    ),
    (
        [
            "Striker Jonas Ekker scored twice as Aske beat Lorn 3-1.",
            '"He was unplayable today," said Aske manager Otto Brisk.',
            '"We needed a win badly," he said.',
        ],
        ("Otto Brisk", "We needed a"),
    ),
    (
        [
            "Governor Ada Quarle signed the water bill into law.",
            '"She listened to the farmers," said Vera Holt, who heads the growers\' league.',
            '"This bill will save the valley," she said.',
        ],
        ("Vera Holt", "This bill will"),
    ),
    (
        [
            "Harbourmaster Hugo Brel retired on Monday after ten years.",
            '"He kept the fees low for a decade," said Tomas Quint, a ferry captain.',
            '"It is a big loss for the island," he said.',
        ],
        ("Tomas Quint", "It is a"),
    ),
    (
        [
            "Minister Silas Orn was questioned by police on Wednesday.",
            '"He has done nothing wrong," said his lawyer, Bruno Falk.',
            '"The case will collapse," he said.',
        ],
        ("Bruno Falk", "The case will"),
    ),
    (
        [
            "Defender Anton Giller was sent off in the first half.",
            '"His tackle was reckless," said referee Leon Tarr.',
            '"There was no other decision to make," he said.',
        ],
        ("Leon Tarr", "There was no"),
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "shown"), COMMENT_GOES_ON, ids=[f"comment{n}" for n in range(len(COMMENT_GOES_ON))]
)
def test_a_commentator_going_on_is_shown(paragraphs: list[str], shown: tuple[str, str]) -> None:
    speaker, words = shown
    assert any(who == speaker and said.startswith(words) for who, said in page(*paragraphs))
