"""A speaker who passes on others' words ("…, citing people at the meeting") is not stating a position.

Invented texts. The frame of a quotation can say whose words they are: a correspondent "citing
participants", a go-between "quoting a senior aide". Under the teller's name the page would give the
teller a stance that is someone else's (`positions._relays_others`). A reason or a document that backs
the speaker's own words, or words in the first person, leave the statement where it was.
"""

from __future__ import annotations

import pytest

from briefgen.attribution import extract
from briefgen.positions import on_page


def _shown(text: str) -> list[tuple[str, bool]]:
    return [(q.speaker, on_page(q)) for q in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        "“The premier told them the envoy was picked for her record at sea,” wrote Tova Marsh,"
        " the Ledger's capital correspondent, citing people in the room.",
        "“The port stays shut,” Harl Benn said, quoting a harbour official.",
        "“The port stays shut until spring,” wrote Mira Osk, citing two aides to the governor.",
        "“Talks are over,” Pell Varga reported, citing a senior official.",
    ],
)
def test_words_passed_on_for_others_stay_off_the_page(text: str) -> None:
    assert [shown for _, shown in _shown(text)] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "“We will vote no,” said Anton Reve, citing the party's charter.",
        "“We will appeal,” said Dora Lind, citing legal experts who back her.",
        "“Nobody is above the rules,” said Dora Lind, citing two recent rulings.",
        "“The deal is done,” Pell Varga said, citing the accord signed on Friday.",
        "“The levy hurts the poor,” said Dora Lind, citing the needs of people on the coast.",
        "“The levy hurts the poor,” said Dora Lind, citing people like the ferry crews.",
        "“The figures are wrong,” said Dora Lind, citing those figures from the port.",
        "“The ferry must run every day of the year,” Tomas Vell said, citing engineers who inspected the hull.",
        "“The port stays shut,” Harl Benn said.",
    ],
)
def test_reasons_documents_and_own_words_stay_on_the_page(text: str) -> None:
    assert [shown for _, shown in _shown(text)] == [True]
