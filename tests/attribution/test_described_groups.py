"""Sources the text describes but does not name, in the plural or tied to someone: "aides said",
"Quarle's advisers said", "officials in the harbourmaster's office said", "a source close to the
board said". Each is read as the described source (anonymous, so never on the page), never as the
person they serve; and a phrase that only mentions such people (told to them, a clause with a
colon) is no source. Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract_paragraphs
from briefgen.positions import named_outlets, on_page


def read(*paragraphs: str) -> list[tuple[str, bool]]:
    """(speaker, shown on the page) of each statement."""
    text, found = extract_paragraphs(paragraphs)
    outlets = named_outlets(text)
    return [(q.speaker, on_page(q, outlets)) for q in found]


DESCRIBED = [
    ("“The crews will be back by Friday,” aides said.", "aides"),
    ("“The crews will be back by Friday,” campaign aides said.", "campaign aides"),
    ("“The crews will be back by Friday,” Quarle's aides said.", "Quarle's aides"),
    ("Quarle's aides said the crews would be back by Friday.", "Quarle's aides"),
    ("“The crews will be back by Friday,” two aides to Ines Quarle said.", "two aides to Ines Quarle"),
    ("Aides to the harbourmaster said the ferries would sail on Sunday.", "Aides to the harbourmaster"),
    ("“The ferries will sail on Sunday,” advisers to the harbourmaster said.", "advisers to the harbourmaster"),
    ("“The ferries will sail on Sunday,” senior Brel advisers told reporters.", "senior Brel advisers"),
    ("“The ferries will sail on Sunday,” guild spokesmen said.", "guild spokesmen"),
    ("“The ferries will sail on Sunday,” the mayor's spokesmen said.", "mayor's spokesmen"),
    ("“The levy is dead,” officials in the harbourmaster's office said.", "officials in the harbourmaster's office"),
    (
        "Officials in the harbourmaster's office said the levy would not return.",
        "Officials in the harbourmaster's office",
    ),
    ("“The levy is dead,” a source close to the board said.", "a source close to the board"),
    ("“The levy is dead,” Brel's lawyers said in a filing.", "Brel's lawyers"),
    ("Several guild operatives said the vote had been rigged.", "Several guild operatives"),
    ("Two insiders at the orchard board said the sale would close in May.", "Two insiders at the orchard board"),
    ("Varnese's consultants said the bridge would cost twice the estimate.", "Varnese's consultants"),
]


@pytest.mark.parametrize(("sentence", "source"), DESCRIBED, ids=[f"described{n}" for n in range(len(DESCRIBED))])
def test_a_described_source_is_read_and_kept_off_the_page(sentence: str, source: str) -> None:
    assert read(sentence) == [(source, False)]


NOT_SOURCES = [
    # the one told, or met, is not who speaks
    ("“We are leaving,” the crews told Quarle's aides.", []),
    ("“The pier is closed,” Ines Quarle told officials in the mayor's office.", [("Ines Quarle", True)]),
    ("Ines Quarle met Tomas Brel's advisers on Monday. “The pier is closed,” she said.", [("Ines Quarle", True)]),
    ("“It is over,” Ines Quarle told aides to the harbourmaster.", [("Ines Quarle", True)]),
    ("“We will win,” Governor Ines Quarle told aides.", [("Ines Quarle", True)]),
    ("“We will win,” Ines Quarle said, surrounded by aides.", [("Ines Quarle", True)]),
    ("Ines Quarle, flanked by aides, said the fees would stay.", [("Ines Quarle", True)]),
    ("“It was a mistake,” Ines Quarle said of her aides' decision.", [("Ines Quarle", True)]),
    ("“I never asked for this,” Brel told consultants hired by the board.", [("Brel", True)]),
    # a possessive with no source after it ("friends" say who, not which source) reads as before
    ("“The pier is closed,” Quarle's friends said.", []),
    ("Quarle's aides were not available for comment on Monday.", []),
    ("Tomas Brel said Quarle's aides had lied. “The pier is closed,” he said.", [("Tomas Brel", True)] * 2),
    # what stands before a colon is no speaker's name (nor is the phrase that runs across it)
    ("The harbour poll held a surprise: passengers on the night boat said they would pay more.", []),
    ("The guild counted twice. Its finding: voters in the lower town told the counters they wanted a bridge.", []),
]


@pytest.mark.parametrize(("sentence", "read_as"), NOT_SOURCES, ids=[f"not{n}" for n in range(len(NOT_SOURCES))])
def test_people_only_mentioned_are_no_source(sentence: str, read_as: list[tuple[str, bool]]) -> None:
    assert read(sentence) == read_as


# "the company", "the group", "the ministry" when the text names no such body the reader knows: the
# body as the text gives it (described, off the page), and never one a later he/she may mean.
BODIES = [
    (
        [
            "The ferry line, which runs six boats, cut its winter timetable.",
            "“We are sorry for the trouble this causes,” the company said in a statement.",
        ],
        [("the company", False)],
    ),
    (
        ["Dock owners such as Varn Mills, which opposed the levy, spoke out.", "“Join us,” the company wrote."],
        [("the company", False)],
    ),
    (
        ["Forty stallholders gathered outside the guild hall.", "“Open the books now,” the group shouted."],
        [("the group", False)],
    ),
    (
        [
            "Tomas Brel runs the island's ferry line.",
            "“We are sorry for the delays,” the company said. “It was my decision to cancel,” he said.",
        ],
        [("the company", False)],
    ),
    # a body the reader knows is read by its name, as before
    (
        ["Kesh Ferries Ltd. cut its winter timetable.", "“We are sorry for the delays,” the company said."],
        [("Kesh Ferries Ltd.", True)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "read_as"), BODIES, ids=[f"body{n}" for n in range(len(BODIES))])
def test_a_body_the_text_does_not_name_is_the_source_as_given(
    paragraphs: list[str], read_as: list[tuple[str, bool]]
) -> None:
    assert read(*paragraphs) == read_as
