"""Speakers in stories of a family, and bodies that share a person's name (invented text)."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract


def _sure(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.quote) for q in extract(text) if q.sure]


def test_a_bare_surname_in_a_family_story_is_nobody_sure() -> None:
    # "Okafor" may be the candidate or his daughter: the words do not say which.
    text = (
        "Ray Okafor opened his campaign for governor in Talmen on Sunday.\n\n"
        "His daughter, Mira Okafor, has run his field office since spring.\n\n"
        "Okafor told a magazine that the office would stay open all winter."
    )
    assert ("Ray Okafor", "the office would stay open all winter") not in _sure(text)
    assert ("Mira Okafor", "the office would stay open all winter") not in _sure(text)


def test_a_family_named_by_possession_makes_the_surname_unsure_too() -> None:
    text = (
        "Tobin Vessel spoke at the harbor rally on Friday.\n\n"
        "Vessel's son Arlo Vessel handed out leaflets by the gate.\n\n"
        "“We will not sell the pier,” Vessel said."
    )
    assert _sure(text) == []


def test_a_surname_shared_by_strangers_still_goes_to_the_first_named() -> None:
    # No word makes them kin: the story's first named keeps the surname, as before.
    text = (
        "Ray Okafor opened his campaign for governor in Talmen on Sunday.\n\n"
        "A rival, Dan Okafor of the Green Shore party, also filed.\n\n"
        "Okafor told a magazine that the office would stay open all winter."
    )
    assert _sure(text) == [("Ray Okafor", "the office would stay open all winter")]


def test_a_pronoun_after_a_shared_surname_is_the_first_named_of_that_sex_unsure() -> None:
    # "Brel" alone, with Ivo and his daughter Ada Brel named: a writer gives the family name alone
    # to the one named first. "he" after it is read as Ivo, never surely; "she" as nobody.
    text = (
        "Ivo Brel opened the new pier at Varnese on Monday, joined by his daughter, Ada Brel, who runs "
        "the ferry guild.\n\n"
        "Harbour master Tomas Venn praised the work.\n\n"
        "Throughout the ceremony, Brel cast the pier as a gift to the island.\n\n"
        "“This pier will outlast all of us,” he said.\n\n"
        "Later Brel spoke of the levy. “It is fair,” she said."
    )
    assert [(q.speaker, q.quote, q.sure) for q in extract(text)] == [
        ("Ivo Brel", "This pier will outlast all of us", False)
    ]


def test_an_honorific_that_fits_one_relative_still_names_her() -> None:
    text = (
        "Ray Okafor opened his campaign for governor in Talmen on Sunday.\n\n"
        "His wife, Ada Okafor, stood beside him.\n\n"
        "“We are ready for the winter,” Mrs. Okafor said."
    )
    # (the title singles out the one woman of the family; never her husband)
    assert [q for q in _sure(text) if q[0] not in ("Ada Okafor", "Mrs. Okafor")] == []
    assert len(_sure(text)) == 1


def test_a_pronoun_does_not_carry_a_quote_to_a_relative_named_as_such() -> None:
    # "he" may be the candidate or the son who introduced him: the words do not say.
    text = (
        "Ray Okafor spoke in Talmen on Sunday.\n\n"
        "His son, Dan Okafor, introduced him at the podium. “We will win this state,” he said."
    )
    assert _sure(text) == []


def test_the_relative_named_before_the_surname_leaves_it_unsure() -> None:
    # The son is named first, the father last: "Okafor" is either.
    text = (
        "Dan Okafor warmed up the crowd in Talmen on Sunday before his father, Ray Okafor, spoke.\n\n"
        "“We will win this state,” Okafor said."
    )
    assert _sure(text) == []


def test_a_relative_of_the_other_sex_leaves_the_pronoun_alone() -> None:
    text = "Ada Okafor stood by the stage in Talmen with her son, Dan Okafor. “We will win this state,” she said."
    assert _sure(text) == [("Ada Okafor", "We will win this state")]


def test_a_business_speaking_of_itself_is_not_the_person_of_its_name() -> None:
    # The text names Ferro News and a clerk Lena Ferro: "Ferro … its estimate" is the outlet.
    opening = (
        "Lena Ferro, a county clerk, counted the ballots in Varrow on Tuesday.\n\n"
        "The count was first reported by Ferro News, a local outlet.\n\n"
    )
    assert [q.speaker for q in extract(opening + "Ferro said it would revise its estimate.") if q.sure] == []
    assert [q.speaker for q in extract(opening + "On Friday, Ferro said it would recount.") if q.sure] == []
    assert [q.speaker for q in extract(opening + "Ferro said in a statement that its crews saw no queues.")] == [
        "Ferro"
    ]
    # The clerk speaking of herself is still the clerk.
    assert _sure(opening + "Ferro said she would count the ballots again.") == [
        ("Lena Ferro", "she would count the ballots again")
    ]


@pytest.mark.parametrize("suffix", ["L.P.", "LLP", "GmbH"])
def test_a_partnership_named_after_its_founder_speaks_of_itself(suffix: str) -> None:
    text = (
        f"Dana R. Ferro, the financier, founded Ferro {suffix}, a wire service with 900 reporters.\n\n"
        "Ferro says its deeper reporting has won readers in every market."
    )
    assert [q.speaker for q in extract(text) if q.sure] == []


def test_a_name_inside_the_subjects_relative_clause_is_not_the_speaker() -> None:
    for aside in (
        "whose bakery, Tall Oven, feeds half the street",
        "whose firm, Kestrel Loom Inc., weaves sails",
        "who once ran Tall Oven, a bakery on the square",
    ):
        text = f"Kaja Lund, {aside}, said the council should pave the lane."
        assert _sure(text) == [("Kaja Lund", "the council should pave the lane")], aside


def test_a_surname_after_the_other_namesake_spoke_is_nobody_sure() -> None:
    # The first-named Pim Dorr is met in passing; Lena Dorr, as much the story's, has just spoken:
    # "Dorr" may be either of them.
    text = (
        "Pim Dorr, the mayor of Velmark, opened the new harbour on Monday.\n\n"
        "Lena Dorr, who runs the ferry company, spoke to reporters after the ceremony. Lena Dorr said "
        "the town had waited too long for the pier. “We will keep pushing for the ferry line,” Dorr said.\n\n"
        "“The pier is only the start,” Pim Dorr said."
    )
    said = _sure(text)
    assert ("Lena Dorr", "the town had waited too long for the pier") in said
    assert [s for s in said if s[1] == "We will keep pushing for the ferry line"] == []


def test_another_family_s_namesake_is_not_counted_for_the_first_named() -> None:
    # Pim Dorr is met in passing, Lena Dorr has just spoken; an unrelated Pim Vark named often
    # does not make Pim Dorr the story's main Dorr.
    text = (
        "Pim Dorr, the mayor of Velmark, opened the new harbour on Monday.\n\n"
        "Pim Vark, the harbour master, said the pier cost too much. Later, Pim Vark said a toll was "
        "needed. On Tuesday, Pim Vark said the board would vote on it.\n\n"
        "Lena Dorr, who runs the ferry company, spoke to reporters after the ceremony. Lena Dorr said "
        "the town had waited too long for the pier. “We will keep pushing for the ferry line,” Dorr said."
    )
    said = _sure(text)
    assert ("Pim Vark", "a toll was needed") in said
    assert [s for s in said if s[1] == "We will keep pushing for the ferry line"] == []


def test_a_surname_stays_with_the_story_s_main_namesake() -> None:
    # Pim Dorr is the one the story is about (named most); Lena Dorr speaking once leaves him the surname.
    text = (
        "Pim Dorr, the mayor of Velmark, opened the new harbour on Monday.\n\n"
        "Pim Dorr has pushed for the pier for a decade, and Pim Dorr paid for its lamps.\n\n"
        "Lena Dorr said the town had waited too long. “We will keep pushing for the ferry line,” Dorr said."
    )
    assert ("Pim Dorr", "We will keep pushing for the ferry line") in _sure(text)


@pytest.mark.parametrize(
    "opening",
    [
        "Ada Okafor, Ray Okafor's wife, spoke in Talmen on Sunday.",
        "Ada Okafor, the wife of Ray Okafor, spoke in Talmen on Sunday.",
        "Ada Okafor, the daughter of Ray Okafor, spoke in Talmen on Sunday.",
    ],
)
def test_a_relative_named_by_the_others_full_name_leaves_the_surname_unsure(opening: str) -> None:
    text = opening + "\n\n“The office will stay open all winter,” Okafor said."
    assert _sure(text) == []


def test_a_bare_surname_after_the_wife_spoke_by_title_is_nobody_sure() -> None:
    # "Mrs. Okafor" spoke; the bare "Okafor" after her may be her husband, or her again.
    text = (
        "Ray Okafor and Ada Okafor, his wife, run the ferry line in Talmen.\n\n"
        "“The pier must stay open,” Mrs. Okafor said. “We need it.”\n\n"
        "“She is right,” Okafor said."
    )
    assert ("Ray Okafor", "She is right") not in _sure(text)
    assert ("Ada Okafor", "She is right") not in _sure(text)


def test_mrs_before_a_surname_two_people_share_gives_neither_a_sex() -> None:
    # "Mrs. Drask" may be either Drask the text names: the man must not take her "f", or his "he"
    # lines go to the woman.
    text = (
        "Orvel and Sunniva Drask, who run the ferry to Kesh, say they will sell the boat. "
        "Even the dock built by Sunniva Drask has been closed. "
        "“We have run this ferry for thirty years and never lost a day,” Orvel Drask, 61, said at the pier. "
        "He says the new toll leaves them no choice. "
        "“The islanders will have to find another way across,” he told the harbor board. "
        "Later, Mrs. Drask showed the old logbook. Sunniva Drask says she will miss the crossings."
    )
    found = [(q.speaker, q.quote) for q in extract(text) if q.sure]
    assert [who for who, words in found if "toll" in words or "islanders" in words] == ["Orvel Drask"] * 2
    assert ("Sunniva Drask", "she will miss the crossings") in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harlan Okafor, a former senator, campaigned in Talmen on Monday.\n\n"
            "“We will win the county,” Bo Okafor, his son, said.",
            "Bo Okafor",
        ),
        (
            "Harlan Okafor spoke first. Then Zev Okafor, his brother, took the stage. "
            "“We will win the county,” Zev Okafor said.",
            "Zev Okafor",
        ),
    ],
)
def test_a_relative_whose_given_name_is_not_listed_is_not_the_known_namesake(text: str, speaker: str) -> None:
    # "Bo" and "Zev" are on no list of given names: the words are still not Harlan Okafor's.
    assert _sure(text) == [(speaker, "We will win the county")]


def test_a_lone_surname_before_a_second_namesake_is_named_is_the_one_named() -> None:
    # Until the text names his sister, "Vell" can only be Ted Vell, and "he" after it is him.
    text = (
        "Ted Vell toured the docks in Talmen on Monday. Vell spoke to the dockers for an hour. "
        "“We will keep the pier open,” he said.\n\n"
        "His sister, Ada Vell, runs the ferry line."
    )
    assert _sure(text) == [("Ted Vell", "We will keep the pier open")]


@pytest.mark.parametrize(
    "opening",
    [
        "Ansel Corrow and his son Tom Corrow ran the cider stall at the orchard fair.",
        "Ansel Corrow came to the orchard fair with his son, Tom Corrow.",
    ],
)
def test_one_whose_relative_of_that_name_is_named_is_a_person_whatever_the_given_name(opening: str) -> None:
    # An unlisted given name does not leave the son as the only man a "he" may mean.
    text = f"{opening} “The apples are late this year,” he said."
    assert _sure(text) == []
