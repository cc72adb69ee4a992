"""Who a statement is shown under: people of one surname kept apart, agency names inside a
person's name, and years that date the content rather than the saying."""

from __future__ import annotations

from briefgen.models import Article
from briefgen.positions import Attributed, attribute, merge_actors


def _rows(*names: str) -> list[list[str]]:
    items = [Attributed(n, None, f"{n} said the quay would reopen.", None, i) for i, n in enumerate(names)]
    return sorted(sorted(i.speaker for i in group) for group in merge_actors(items).values())


def _shown(*paragraphs: str) -> list[str]:
    return [s.speaker for s in attribute(Article("a", "T", "a.txt", None, None, (), paragraphs), 0)]


def test_given_names_that_begin_alike_are_different_people() -> None:
    assert _rows("Dan Quell", "Dana Quell") == [["Dan Quell"], ["Dana Quell"]]
    assert _rows("Ann Orrin", "Anna Orrin", "Annette Orrin") == [["Ann Orrin"], ["Anna Orrin"], ["Annette Orrin"]]
    assert _rows("Jon Marsh", "Jonah Marsh") == [["Jon Marsh"], ["Jonah Marsh"]]
    # A known short form still stands for its full name, a prefix or not.
    assert _rows("Bill Tarrow", "William Tarrow") == [["Bill Tarrow", "William Tarrow"]]
    assert _rows("Mike Venn", "Michael Venn", "Ines Venn") == [["Ines Venn"], ["Michael Venn", "Mike Venn"]]


def test_a_titled_surname_joins_only_a_full_name_given_with_that_title() -> None:
    # The judge and the man before her court share a surname: two people.
    assert _rows("Judge Reis", "Ivo Reis") == [["Ivo Reis"], ["Judge Reis"]]
    assert _rows("Judge Reis", "Judge Ivo Reis", "Ivo Reis") == [["Ivo Reis", "Judge Ivo Reis", "Judge Reis"]]
    # An honorific is no office: "Ms. Quell" is the one Quell named in full.
    assert _rows("Ms. Quell", "Ana Quell") == [["Ana Quell", "Ms. Quell"]]


def test_an_agency_name_that_is_a_persons_given_name_is_no_outlet() -> None:
    shown = _shown(
        "Petra Quell said the ferry fares of Lorrin would double by the spring.",
        "The levy will ruin the harbour, Petra reported.",
    )
    assert shown == ["Petra Quell"]


def test_a_year_in_what_was_said_does_not_date_the_saying() -> None:
    shown = _shown(
        "“The levy must go,” Ana Vell said, promising a new pier for Lorrin in 2031.",
        "“The docks will be ours,” Tomas Brel said, as he opened a run for governor in 2030.",
        "Ines Korra told the Lorrin Post in 2009 that the pier would close.",
        "“The ferries must stop,” Ivo Marsh said back in 2008.",
    )
    assert shown == ["Ana Vell", "Tomas Brel"]
