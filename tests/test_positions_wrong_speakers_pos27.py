"""Page lines that must not name the wrong one, and right lines that must stay: a body's "which"
after a post written without an article, an office the text gives only as a former one, words
one passes on, a small he/she after a name in its own opening phrase, a body's words in passing
before a quote that may be its own, and a Roman numeral "I" read as a reporter's. Every sentence
is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract
from briefgen.positions import named_outlets, on_page


def printed(text: str, words: str) -> list[str]:
    """The speakers the page gives for the statements holding `words`."""
    outlets = named_outlets(text)
    return [q.speaker for q in extract(text) if words in text[q.start : q.end] and on_page(q, outlets)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('Vera Holm, director at the Quayside Trust, which said the pier was "rotten," stepped down.', "Quayside"),
        ('Nils Ardent, chairman of Brenna Shipping, which said margins would be "thin," sold stock.', "Brenna"),
        (
            'Vera Holm, president of the Tallow Chamber of Commerce, which said the levy was "a burden," wrote in.',
            "Tallow",
        ),
    ],
)
def test_which_after_a_bare_post_is_the_body(text: str, body: str) -> None:
    got = printed(text, '"')
    assert got and all(body in who for who in got)


@pytest.mark.parametrize(
    "text",
    [
        'Vera Holm, head of the Quayside Trust, which said the pier was "rotten," stepped down.',
        'Nils Ardent, founder of the Lantern Party, which said the levy was "robbery," quit in June.',
        'Vera Holm, chair of the panel, which said the audit was "sloppy," called a vote.',
        'Ines Tarr, head of the porters\' union, which said wages were "too low," called a strike.',
    ],
)
def test_which_after_a_bare_post_never_gives_the_person(text: str) -> None:
    assert not any(who.split()[-1] in ("Holm", "Ardent", "Tarr") for who in printed(text, '"'))


@pytest.mark.parametrize(
    "text",
    [
        "Former governor Carl Dunne backed the plan on Tuesday. Parents protested, after the governor said "
        'classes would "have to shrink."',
        "Ines Tarr, the former chief executive of Brenna Shipping, left in June. Stock fell, after the chief "
        'executive said margins would be "thin."',
    ],
)
def test_the_office_is_not_one_who_held_it_before(text: str) -> None:
    assert "Carl Dunne" not in printed(text, '"') and "Ines Tarr" not in printed(text, '"')


def test_the_office_still_names_its_present_holder() -> None:
    text = (
        'Gov. Carl Dunne trimmed the budget. Parents protested, after the governor said classes would "have to shrink."'
    )
    assert printed(text, "have to shrink") == ["Carl Dunne"]


def test_words_passed_on_are_not_ones_own() -> None:
    text = (
        "Nils Ardent's lawyer, Vera Holm, met reporters. Outside the court, she passed on his message: "
        '"I did nothing wrong."'
    )
    assert printed(text, "I did nothing wrong") == []


@pytest.mark.parametrize(
    "text",
    [
        'After meeting Vera Holm, she put it plainly: "He is wasting time."',
        'Gov. Carl Dunne spoke on Tuesday. After lunch with Vera Holm, she put it plainly: "He is wasting time."',
    ],
)
def test_a_small_she_after_a_name_in_the_opening_phrase_is_not_sure(text: str) -> None:
    assert printed(text, "He is wasting time") == []


def test_a_small_she_after_an_opening_phrase_without_a_name_still_speaks() -> None:
    text = 'Sen. Vera Holm toured the harbor. At every pier, she had one message: "Dredge it now."'
    assert printed(text, "Dredge it now") == ["Vera Holm"]


@pytest.mark.parametrize(
    "text",
    [
        'Ines Tarr attacked the plan after the ministry said it would shut the cannery. "We had no option," she said.',
        'Ines Tarr was furious since the company has said it will cut 200 jobs. "The choice is made," she said.',
        "Grower Ines Tarr lost her orchard after the canal board said it would cut the flow. "
        '"We regret the hardship," she said.',
    ],
)
def test_a_body_in_passing_stays_a_rival_for_words_it_may_say(text: str) -> None:
    assert printed(text, "she said") == [] and all(
        who != "Ines Tarr" for who in printed(text, text.split('"')[1].rstrip(","))
    )


@pytest.mark.parametrize(
    "text",
    [
        'Greta Lind sold her van after the Port Authority said tolls would double. "I could not pay," she said.',
        'Jonas Berg stayed home because the union said the strike would last. "My kids need food," he said.',
        # the quote speaks of the body, so it is not the body's
        "Greta Lind does not expect rents to climb since the council has pledged it will build flats. "
        '"As long as the council builds, rents will hold," she said.',
    ],
)
def test_a_body_in_passing_is_no_rival_for_one_speaking_as_i(text: str) -> None:
    quote = text.split('"')[1].rstrip(",")
    assert printed(text, quote) in (["Greta Lind"], ["Jonas Berg"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "At the World War I cemetery on Monday, Mayor Olof Brandt said the town would repair it by June.",
            "Olof Brandt",
        ),
        ("Dr. Mira Sand, who studies Type I diabetes, said the pill helped most patients.", "Mira Sand"),
        (
            "King Henry I said little, according to the scholar Mira Sand, who said the king feared the barons.",
            "Mira Sand",
        ),
        ("At the Class I freight hearing, Sen. Olof Brandt said the tariffs were too steep.", "Olof Brandt"),
        ('Mira Sand, a World War I scholar, said the cemetery was "falling apart."', "Mira Sand"),
        ('At the Super Bowl I gala, Olof Brandt said the players would "always remember."', "Olof Brandt"),
    ],
)
def test_a_roman_numeral_i_is_no_reporter(text: str, speaker: str) -> None:
    assert speaker in printed(text, "said") or speaker in [
        q.speaker for q in extract(text) if on_page(q, named_outlets(text))
    ]


def test_a_passive_told_in_a_relative_clause_relays_no_one() -> None:
    text = "Campers who were told to leave the park can return on Monday, the Port Authority said in a statement."
    assert printed(text, "Campers") == ["Port Authority"]


@pytest.mark.parametrize(
    "text",
    [
        'Vera Holm, the director of the Quayside Trust, which said the pier was "rotten," stepped down.',
        'Gov. Abel Stone, a member of the Tallow Party, which said the levy was "theft," left in May.',
    ],
)
def test_which_is_never_the_person_named_before_it(text: str) -> None:
    assert not {"Vera Holm", "Abel Stone"} & set(printed(text, '"'))


def test_which_after_a_body_and_its_apposition_is_the_body() -> None:
    text = 'Tiel Shipping, the largest firm in the port, which said margins would be "thin," sold ships.'
    assert printed(text, '"') == ["Tiel Shipping"]
