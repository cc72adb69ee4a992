"""Next steps: tellings of one event are one item only when they are about the same person, as far as a
pronoun's lead-in tells (`timeline._one_per_event`, which reads whom each candidate is about once). Invented
text, read in a Wednesday paper."""

from __future__ import annotations

from datetime import date

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.timeline import next_steps

WEDNESDAY = date(2026, 3, 11)


def _items(*bodies: tuple[str, ...]) -> list[tuple[str, str | None, tuple[int, ...], tuple[int, ...]]]:
    articles = [Article(f"a{i}", f"T{i}", f"a{i}.txt", f"Outlet {i}", WEDNESDAY, (), b) for i, b in enumerate(bodies)]
    return [
        (s.text, s.lead_in, s.articles, s.also) for s in next_steps(make_corpus(articles), lambda _: 1.0, WEDNESDAY)
    ]


def test_two_lead_ins_on_two_people_stay_two_items() -> None:
    assert _items(
        ("Peter Orr toured the Lorrin docks.", "He will visit Brell on Friday."),
        ("Tomas Bell toured the Marsh quay.", "He will visit Brell on Friday."),
    ) == [
        ("He will visit Brell on Friday.", "Peter Orr toured the Lorrin docks.", (0,), ()),
        ("He will visit Brell on Friday.", "Tomas Bell toured the Marsh quay.", (1,), ()),
    ]


def test_two_lead_ins_on_one_person_are_one_item() -> None:
    assert _items(
        ("Peter Orr toured the Lorrin docks.", "He will visit Brell on Friday."),
        ("Peter Orr met the pilots at dawn.", "He will visit Brell on Friday to see the guild."),
    ) == [("He will visit Brell on Friday.", "Peter Orr toured the Lorrin docks.", (0,), ())]


def test_a_named_telling_takes_a_lead_in_on_the_same_surname() -> None:
    assert _items(
        ("Peter Orr will visit Brell on Friday, his office said.",),
        ("Peter Orr toured the Lorrin docks.", "He will visit Brell on Friday."),
    ) == [("Peter Orr will visit Brell on Friday, his office said.", None, (0,), (1,))]


def test_a_named_telling_leaves_a_lead_in_on_someone_else() -> None:
    assert _items(
        ("Peter Orr will visit Brell on Friday, his office said.",),
        ("Anna Vell toured the Lorrin docks.", "She will visit Brell on Friday."),
    ) == [
        ("Peter Orr will visit Brell on Friday, his office said.", None, (0,), ()),
        ("She will visit Brell on Friday.", "Anna Vell toured the Lorrin docks.", (1,), ()),
    ]


def test_a_later_telling_that_speaks_for_the_item_is_read_as_its_own_person() -> None:
    # The second, more precise, speaks for the first's item; a third on someone else stays apart.
    assert _items(
        ("Peter Orr toured the Lorrin docks.", "He will visit Brell next week."),
        ("Peter Orr met the pilots.", "He will visit Brell on Monday, March 16."),
        ("Anna Vell met the board.", "She will visit Brell on Monday, March 16."),
    ) == [
        ("He will visit Brell on Monday, March 16.", "Peter Orr met the pilots.", (1,), ()),
        ("She will visit Brell on Monday, March 16.", "Anna Vell met the board.", (2,), ()),
    ]
