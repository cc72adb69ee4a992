"""A he/she that goes on from a sentence whose subject is a title the text has tied to one person
("The senator was pressed …"), or a name past an opening clause that ends on someone else and an
apposition ("Introduced by Tom Brel, the harbor pilot, Korvel …"). Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution.subjects import subject_lead

from .conftest import read_sure

_MARSK = "Sen. Ida Marsk toured the cannery in Fenwick on Sunday."
_LINE = "“The ferry fees hit the islands hardest,” {} said."


def test_a_pronoun_after_the_title_as_subject_is_the_one_it_names() -> None:
    found = read_sure(
        "Sen. Tomas Korvel met net menders in Fenwick on Sunday to talk about the ferry fees.",
        "The senator was questioned about the price of the plan. He would not say who pays.",
        "“Nobody on the islands should pay twice for one crossing,” he said.",
    )
    assert found[-1][0] == "Tomas Korvel"


def test_a_pronoun_after_a_described_senator_one_back_is_a_guess() -> None:
    # read through a title from the sentence before: never sure (another holder may be meant)
    found = read_sure(
        "Three unions have run radio spots against Sen. Ida Marsk since May.",
        "The Fenwick senator has voted for every ferry subsidy.",
        "“I take the crossings as they come,” she said.",
    )
    assert found[-1] == ("Ida Marsk", False)


@pytest.mark.parametrize(
    "middle",
    [
        "The senator who leads the ferry panel was not amused.",  # may bring in someone new
        "A senator was questioned about the price of the plan.",  # not one named before
        "The governor was questioned about the price of the plan.",  # a title she does not hold
        "The woman was questioned about the price of the plan.",  # no title
    ],
)
def test_a_description_that_names_no_one_known_gives_her_nothing(middle: str) -> None:
    found = read_sure(_MARSK, middle, _LINE.format("she"))
    assert all(speaker != "Ida Marsk" for speaker, _ in found)


def test_a_title_of_the_other_sex_or_held_by_two_gives_nothing_sure() -> None:
    man = read_sure(
        "Sen. Tomas Korvel toured the cannery in Fenwick on Sunday.",
        "The senator was questioned about the price of the plan.",
        _LINE.format("she"),
    )
    assert all(speaker != "Tomas Korvel" for speaker, _ in man)
    two = read_sure(
        "Sen. Ida Marsk and Sen. Lena Orr toured the cannery in Fenwick on Sunday.",
        "The senator was questioned about the price of the plan.",
        _LINE.format("she"),
    )
    assert all(speaker not in ("Ida Marsk", "Lena Orr") for speaker, _ in two)


def test_the_subject_past_an_opening_clause_with_an_apposition_goes_on() -> None:
    found = read_sure(
        "The hall was full. Introduced at the dock by Tom Brandt, the harbor pilot and a union man, "
        "Tomas Korvel spoke at length about the “empty berths” of the port.",
        "“Every berth in this port will be full by spring!” he said over the applause.",
    )
    assert found[-1][0] == "Tomas Korvel"


@pytest.mark.parametrize(
    ("lead", "subject"),
    [
        ("Introduced at the dock by Tom Brel, the harbor pilot, ", True),
        ("Speaking to Tom Brel, the pilot, ", True),
        ("After Tom Brel, the pilot, left, ", False),  # the apposition is the clause's subject's
        ("Joined by Tom Brel, who runs the dock, ", False),  # a relative, not an apposition
        ("After meeting Ana Brel, a nurse who runs the clinic, ", False),
        ("Tom Brel, the pilot, ", False),  # Brel is the subject, not an opening clause
        ("United States officials and Tom Brel, the pilot, ", False),  # no participle
        ("Speaking to Tom Brel, the pilot, and ", False),
        ("Hurt were Tom Brel, the pilot, ", False),  # a list turned round, not an opening clause
        ("Thanked on Sunday were Tom Brel, the pilot, ", False),
        ("Honored was Tom Brel, a pilot, ", False),
    ],
)
def test_an_opening_clause_may_end_on_a_name_and_its_apposition(lead: str, subject: bool) -> None:
    assert subject_lead(lead) is subject


def test_a_pronoun_after_the_title_and_any_verb_is_the_one_it_names() -> None:
    found = read_sure(
        "Mayor Tomas Korvel toured the cannery in Fenwick on Sunday.",
        "The mayor called the ferry fees a tax on islanders.",
        _LINE.format("he"),
    )
    assert found[-1][0] == "Tomas Korvel"


def test_one_a_titled_subject_met_is_no_sure_he() -> None:
    # the mayor is the subject, and "he" may mean him as well as the harbor master
    found = read_sure(
        "Mayor Tomas Korvel toured the cannery in Fenwick on Sunday.",
        "The mayor met the harbor master, Piet Orr, on Monday.",
        _LINE.format("he"),
    )
    assert ("Piet Orr", True) not in found


_NOMINEE = "Harbor Party nominee Tomas Korvel writes in the Ledger that islanders should not pay twice."


def test_a_pronoun_after_a_title_that_spoke_is_the_one_it_names_as_a_guess() -> None:
    found = read_sure(
        _NOMINEE,
        "Pressed on the fees at the dock, the Harbor Party nominee said nothing new.",
        "“The crossings belong to the islands,” he said.",
    )
    assert found[-1] == ("Tomas Korvel", False)


@pytest.mark.parametrize(
    "middle",
    [
        "Pressed on the fees at the dock, the harbor master said nothing new.",  # no title of Korvel's
        "Pressed on the fees at the dock, a Harbor Party nominee said nothing new.",  # not one named
    ],
)
def test_one_who_spoke_and_is_no_title_of_the_named_gives_nothing(middle: str) -> None:
    found = read_sure(_NOMINEE, middle, "“The crossings belong to the islands,” he said.")
    assert all(speaker != "Tomas Korvel" for speaker, _ in found[1:])


_FORMER = "“Islanders will never pay that fee,” Tomas Korvel, a former mayor, told the Ledger on Sunday."


def test_a_title_after_but_as_subject_carries_the_pronoun() -> None:
    found = read_sure(_FORMER, "But the former mayor went further.", "“The port would lose first,” he went on.")
    assert found[-1] == ("Tomas Korvel", False)  # a guess, never sure


def test_but_and_a_title_of_someone_else_gives_no_sure_line() -> None:
    found = read_sure(_FORMER, "But the governor went further.", "“The port would lose first,” he went on.")
    assert ("Tomas Korvel", True) not in found[1:]


_VELT = "Sen. Nora Velt toured the sawmill in Harrow on Sunday."
_DUNN = "Mayor Aldo Dunn opened the footbridge on Friday."


@pytest.mark.parametrize(
    ("opening", "middle", "line", "named"),
    [
        # someone the sentence brings in unnamed may be the one who speaks
        (
            _VELT,
            "But the senator was heckled by a woman at the gate.",
            "“You sold out the valley,” she shouted.",
            "Nora Velt",
        ),
        (_DUNN, "But the mayor was upstaged by his predecessor.", "“I began this bridge,” he said.", "Aldo Dunn"),
        (
            "Gov. Edda Brun visited the flooded ward on Tuesday.",
            "And the governor was confronted by a tenant outside the shelter.",
            "“Nobody came for four days,” she said.",
            "Edda Brun",
        ),
        # another holder of a like title
        (_DUNN, "But the deputy mayor skipped the ceremony.", "“I was not asked,” he said.", "Aldo Dunn"),
        (
            "Judge Mira Sall ruled for the county.",
            "But the appeals judge reversed her on Friday.",
            "“The law is clear,” she wrote.",
            "Mira Sall",
        ),
        (
            "The Harrow senator, Nora Velt, toured the sawmill.",
            "The Lisk senator skipped it.",
            "“I had a vote that day,” she said.",
            "Nora Velt",
        ),
        (
            "Gov. Edda Brun of Lisk met the governor of Tarn on Friday.",
            "The Tarn governor was noncommittal.",
            "“We will study it,” she said.",
            "Edda Brun",
        ),
    ],
)
def test_a_pronoun_read_through_a_title_a_sentence_back_is_never_sure(
    opening: str, middle: str, line: str, named: str
) -> None:
    found = read_sure(opening, middle, line)
    assert (named, True) not in found


@pytest.mark.parametrize(
    ("middle", "line"),
    [
        (
            "Wounded were Nora Velt, the skipper, Edda Brun, a cook, and two passengers.",
            "“We warned them twice,” she said.",
        ),
        (
            "Questioned on Monday were Nora Velt, the mayor, Edda Brun, her deputy, and the fire chief.",
            "“We need more trucks,” she said.",
        ),
        (
            "Thanked were Nora Velt, the founder, Edda Brun, a volunteer, and two cooks.",
            "“This belongs to all of Harrow,” she said.",
        ),
    ],
)
def test_a_list_turned_round_after_a_participle_gives_no_sure_subject(middle: str, line: str) -> None:
    found = read_sure("Piet Hollum, the dock warden, called the barge overloaded.", middle, line)
    assert ("Edda Brun", True) not in found and ("Nora Velt", True) not in found
