"""Cast: who is who in one text, built once; the reader adds speakers first met in a statement."""

from __future__ import annotations

import re

import pytest

from briefgen.attribution import extract
from briefgen.attribution.cast import _ENDS_SENTENCE, _LONG_NAMES, Cast
from briefgen.attribution.lexicon import fold
from briefgen.attribution.page import Page, paragraph_spans
from briefgen.attribution.records import Speaker


def _cast(text: str) -> Cast:
    return Cast(Page(text, paragraph_spans(text)))


def test_titles_appositives_and_openings_give_roles() -> None:
    cast = _cast(
        "Harbour spokesman Per Lund spoke first. Ingrid Dahl, the port's chief engineer, disagreed. "
        "Transport minister, Ola Berg, was not there."
    )
    assert cast.people[fold("Per Lund")].roles == ["Harbour spokesman"]
    assert cast.people[fold("Ingrid Dahl")].roles == ["the port's chief engineer"]
    assert cast.people[fold("Per Lund")].gender == "m"  # "spokesman"


def test_honorifics_give_gender_and_a_surname_alone_names_one_person() -> None:
    cast = _cast("Ms. Arnesen met the board. Anna Arnesen later left. Arnesen said nothing.")
    key = cast.person_key("Arnesen")
    assert key == fold("Anna Arnesen")
    assert cast.people[key].gender == "f"
    text = cast.page.text
    assert [offset for offset, k in cast.mentions if k == key] == [0, text.index("Anna"), text.rindex("Arnesen")]


def test_a_title_abbreviation_before_a_name_is_no_part_of_it() -> None:
    # "The guild's chief rival, Sen. Ines Quarle, …" and "Ines Quarle" are one person, not two
    # (two would leave "Quarle" alone naming nobody).
    cast = _cast("The guild's chief rival, Sen. Ines Quarle of Varnese, was absent. Ines Quarle later spoke.")
    assert list(cast.people) == [fold("Ines Quarle")]
    assert cast.person_key("Quarle") == fold("Ines Quarle")


def test_a_name_opening_a_sentence_with_what_the_person_is_in_commas_is_a_person() -> None:
    # An unlisted given name: the appositive and the surname met again alone before a verb make her
    # a person from the start, so a "she" before that later mention can be read.
    text = (
        "Survey crews returned to the north ridge this week.\n\n"
        "Quenna Foxhollow, the survey's lead mapper, spent the winter in a tent above the ice. By March "
        "she had charted four new crevasses.\n\n"
        "“The old maps are wrong about this ridge,” she said.\n\n"
        "Foxhollow said the crews will go back up in June."
    )
    assert fold("Quenna Foxhollow") in _cast(text).people
    assert [q.speaker for q in extract(text)] == ["Quenna Foxhollow", "Quenna Foxhollow"]


@pytest.mark.parametrize(
    "text",
    [
        # what the appositive calls it is a firm
        "Orvane Fell, the cider lender, cut 40 jobs at the orchard co-op. “Times are hard,” she said. "
        "Fell staff were told on Friday.",
        # an unlisted given name, and the family name alone never before a verb of saying
        "Orvane Fell, a Varnese cider maker, cut 40 jobs at the orchard co-op. “Times are hard,” she said. "
        "Fell shares slid.",
        # the name's last word is what a body is
        "Varnese Harbour Board, the island's port authority, met on Monday. “We are broke,” she said. "
        "Board members left early.",
    ],
)
def test_a_name_with_an_appositive_is_no_person_when_it_may_be_a_firm(text: str) -> None:
    assert [q.speaker for q in extract(text) if q.sure] == []


def test_two_people_with_one_surname_stay_apart() -> None:
    cast = _cast("Senator Ruth Holm met Governor Erik Holm.")
    assert cast.person_key("Holm") is None
    assert cast.person_key("Erik Holm") == fold("Erik Holm")


def test_a_titled_surname_is_one_person_with_the_full_name() -> None:
    cast = _cast("President Moe spoke on Monday. Peter Moe later left.")
    assert list(cast.people) == [fold("Peter Moe")]
    assert cast.person_key("President Moe") == fold("Peter Moe")
    alone = _cast("President Moe spoke on Monday.")
    assert alone.people[fold("Moe")].roles == ["President"]
    alone.learn(Speaker("Peter Moe", None, "person"), 0)  # the full name arrives with a statement
    assert list(alone.people) == [fold("Peter Moe")] and alone.people[fold("Peter Moe")].roles == ["President"]


def test_words_inside_quotes_name_nobody() -> None:
    cast = _cast("“Ask Governor Knut Rye,” she said.")
    assert cast.people == {}


def test_described_sources_and_speakers_learnt_from_statements() -> None:
    text = "A senior port official said the quay was safe. Later on, Oddny Aune said so too. Aune left."
    cast = _cast(text)
    assert [head for _, head, _ in cast.described] == ["official"]
    cast.learn(Speaker("Oddny Aune", None, "person"), text.index("Later"))
    key = fold("Oddny Aune")
    assert [offset for offset, k in cast.mentions if k == key] == [text.index("Aune said"), text.index("Aune left")]
    cast.learn(Speaker("a harbour pilot", None, "anonymous"), 0)
    assert ("pilot", "a harbour pilot") in [(head, d) for _, head, d in cast.described]


def test_a_name_with_an_age_is_a_person_and_a_county_is_a_place() -> None:
    text = (
        "Odile Fenwarth, 41, of Marlow, Ore., says she fears for the river.\n\n"
        "“The water is already far too low,” she says.\n\n"
        "Tamsin Greaves, 52, from Bell County, Ore., is calmer. “The dam will hold,” she says."
    )
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Odile Fenwarth", "Tamsin Greaves"]


def test_a_name_after_a_long_title_is_a_person_of_the_text() -> None:
    # "Harbor Board Chair Nell Ostrander": five capitalised words of title and name; the
    # person is Nell Ostrander, whom "she" then means (not the mayor quoted before her).
    text = (
        "“We cannot afford the dredging,” said Mayor Ada Quint. Harbor Board Chair Nell Ostrander "
        "responded by standing beside a chart of the silt. “I will tell you what we cannot afford,” she said."
    )
    found = extract(text)
    assert [(q.speaker, q.sure) for q in found] == [("Ada Quint", True), ("Nell Ostrander", True)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a full name after what the person is, though the given name is on no list
        (
            "“We cannot afford the dredging,” said Ada Quint. Veteran pollster Tavi Brennock thinks the race "
            "is close. “It is a coin toss,” he said.",
            "Tavi Brennock",
        ),
        # a full name opening a sentence before its verb, met again by surname
        (
            "Anvar Delacroix came from Ohio to the rally. Growing up in Toledo, Delacroix saw two plants "
            "close. “We are here for the jobs,” he said.",
            "Anvar Delacroix",
        ),
    ],
)
def test_a_full_name_with_a_given_name_on_no_list_is_a_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract(text)][-1] == speaker


def test_a_place_or_an_organisation_opening_a_sentence_is_no_person() -> None:
    text = "Des Moines voted early. Moines is not a word alone. Planned Parenthood says Parenthood matters."
    assert Cast(Page(text, paragraph_spans(text))).people == {}
    # A word that heads organisations is no given name: "Team Marrow" is a campaign, and "Marrow"
    # after it is Colm Marrow (read on a real brief: a candidate's words shown under "Team ...").
    text = "Team Marrow sees the county fair as a second chance for Colm Marrow. Marrow called the tax “a disgrace.”"
    assert fold("Team Marrow") not in Cast(Page(text, paragraph_spans(text))).people


def test_a_possessive_before_a_name_says_whose_not_who() -> None:
    # "Georgia" is a woman's given name too: read as part of the name it made Ray Fenner "she",
    # and "he said" went to the only man left, the one the sentence talked about.
    text = (
        "“We need new voters,” said Georgia’s Ray Fenner, a party consultant. "
        "To Georgia consultant Fenner, the party line on Dale Morrow is silly. "
        "“This is them pretending,” he said."
    )
    cast = _cast(text)
    assert fold("Ray Fenner") in cast.people and cast.people[fold("Ray Fenner")].gender == "m"
    assert cast.people[fold("Ray Fenner")].roles == []  # the role ends with its sentence, not at the next comma
    assert not any("georgia" in key for key in cast.people)
    assert [(q.speaker, q.quote) for q in extract(text) if q.sure and "pretending" in q.quote] != [
        ("Dale Morrow", "This is them pretending")
    ]


def test_a_role_keeps_its_abbreviations() -> None:
    cast = _cast("Ann Lee, a U.S. Senate aide, left early. Bo Dunn, a teacher at St. Louis High, stayed.")
    assert cast.people[fold("Ann Lee")].roles == ["a U.S. Senate aide"]
    assert cast.people[fold("Bo Dunn")].roles == ["a teacher at St. Louis High"]


def test_a_particle_joined_by_a_hyphen_is_of_the_family_name() -> None:
    from briefgen.attribution import extract

    text = (
        "Narvian Fisheries Minister Idris Tamir al-Vesh toured the quay on Monday.\n\n"
        "“The boats will be back at sea by June,” Tamir said."
    )
    assert [q.speaker for q in extract(text)] == ["Idris Tamir al-Vesh"]


def test_a_full_name_after_a_kin_or_friend_noun_is_a_person() -> None:
    # "Jan" and "Ole" are on no list of given names: what stands before them says a person follows.
    cast = _cast("The advice came from her friend Jan Pell, a trustee, and from his cousin Ole Varg.")
    assert fold("Jan Pell") in cast.people
    assert fold("Ole Varg") in cast.people


def test_a_preposition_opening_the_sentence_is_not_part_of_the_name() -> None:
    from briefgen.attribution import extract

    text = (
        "Mayor Tam Wesley spoke at the pier on Monday, beside the ferry pilot Tom Brel.\n\n"
        "For Wesley, 56, a veteran of the harbour board, the fight is personal.\n\n"
        "“My father built the first ferry,” Wesley said.\n\n"
        "Even Brel, 61, agreed. “The pier must stay,” Brel said."
    )
    # "Even" before a Brel the text knows as Tom is the opener, not his given name (a given name
    # "Even" met first is kept: tests/attribution/test_resolver.py).
    assert [q.speaker for q in extract(text)] == ["Tam Wesley", "Tom Brel"]


def test_a_kin_word_tells_the_sex_of_a_relative_whose_given_name_is_not_listed() -> None:
    # "Casey" is on no list (both sexes bear it): "his daughter" says she is a woman.
    cast = _cast("Ted Vell toured the docks in Talmen on Monday. His daughter Casey Vell runs the ferry line.")
    assert cast.people[fold("Casey Vell")].gender == "f"


def test_a_mention_starts_at_the_name_past_the_word_that_opens_its_sentence() -> None:
    # "Before", "Since" are capitalised only because they open the sentence: what stands before
    # the name is a lead the resolver reads (a clause opened so has no subject), not the name's.
    text = (
        "The council voted on the bridge toll. Before Peter Ardent rose to speak, the hall was loud. "
        "Since Maria Tesk took the chair, votes have run late."
    )
    cast = _cast(text)
    assert [offset for offset, _ in cast.mentions] == [text.index("Peter Ardent"), text.index("Maria Tesk")]


def test_a_family_name_joined_to_its_particle_makes_a_full_name() -> None:
    text = "The engineer Omar al-Brenn drew the grain quay. Al-Brenn opened it to barges on Friday."
    cast = _cast(text)
    key = fold("Omar al-Brenn")
    assert key in cast.people
    assert [offset for offset, k in cast.mentions if k == key] == [text.index("Omar"), text.index("Al-Brenn")]


def test_a_title_before_a_name_joined_to_its_particle_is_its_role() -> None:
    cast = _cast("Port Commissioner Omar al-Brenn opened the new grain quay on Friday.")
    assert cast.people[fold("Omar al-Brenn")].roles == ["Port Commissioner"]


def test_a_run_of_two_or_three_names_is_no_long_title() -> None:
    # The long-title reading is for runs of five words or more ("Harbour Board Deputy Chair Ada
    # Quint"); a plain name is not one.
    assert _LONG_NAMES.search("Ada al-Brenn") is None
    assert _LONG_NAMES.search("Ines Ada Quint") is None
    assert _LONG_NAMES.search("Harbour Board Deputy Chair Ada Quint") is not None


def test_a_title_one_may_hold_some_day_is_no_role() -> None:
    # "a President Odo Brask" is a prospect, not his office: no role (the page would print one).
    cast = _cast(
        "Crews in Varnese asked what a President Odo Brask would mean for the ferries. "
        "Few expect an Ambassador Ines Quarle in Castor soon. Brask says he would cut fares."
    )
    assert cast.people[fold("Odo Brask")].roles == []
    assert cast.people[fold("Ines Quarle")].roles == []
    cast = _cast("Voters fear a future President Brask. Brask spoke on Monday.")
    assert cast.people[cast.person_key("Brask")].roles == []
    # "a" going with a noun after the name ("a President Brask ally") or an honorific's name is no prospect.
    cast = _cast("A President Odo Brask ally, Mara Doyt, spoke. Police said a Mrs. Quarle called them. Quarle left.")
    assert cast.people[fold("Odo Brask")].roles == ["President"]
    assert cast.people[cast.person_key("Quarle")].gender == "f"
    # The office held, and one held before, are roles.
    cast = _cast("President Odo Brask met former Ambassador Ines Quarle, and a guild spokesman, Ardo Pann.")
    assert cast.people[fold("Odo Brask")].roles == ["President"]
    assert cast.people[fold("Ines Quarle")].roles == ["former Ambassador"]


def test_a_sentence_opening_word_is_no_part_of_a_title() -> None:
    # "When Sen. Tom Hale ...": "When" opens the sentence; his title is "Sen." (the page printed "When Sen.").
    cast = _cast(
        "When Sen. Tom Hale of Ohio took the stage, the crowd cheered. As Gov. Ada Quint left, the band played."
    )
    assert cast.people[fold("Tom Hale")].roles == ["Sen."]
    assert cast.people[fold("Ada Quint")].roles == ["Gov."]
    # A capitalised word of the title itself stays: "Former Gov.", "Foreign Minister".
    cast = _cast("Former Gov. Walt Emery met Foreign Minister Ines Quarle on Monday.")
    assert cast.people[fold("Walt Emery")].roles == ["Former Gov."]
    assert cast.people[fold("Ines Quarle")].roles == ["Foreign Minister"]
    # Nor does a title run back over the end of the sentence before ("... Dalby. House Speaker ...").
    cast = _cast("The crowd booed Orla Dalby. House Speaker Ivo Renn said the vote would wait.")
    assert cast.people[fold("Ivo Renn")].roles == ["House Speaker"]
    cast = _cast("U.S. District Judge Pia Lenz ruled on Monday.")
    assert cast.people[fold("Pia Lenz")].roles == ["U.S. District Judge"]


# Looking the cast's mentions up by stretch of text (`Cast.mentions_between`, `Cast.titled_beside`)
# must give what a pass over every mention gives: the text has three people, two of them named
# after the same title in one sentence, and a paragraph break.
_STRETCH_TEXT = (
    "The ferry guild's chair, Mara Doyt, and the harbour board's chair, Ines Quarle, met in Varnese on Tuesday. "
    "Doyt said the tolls would stay. Harbour pilot Tomas Ferrin, 52, said Quarle had asked for a month.\n\n"
    "Ferrin, who has piloted the strait for twenty years, met Doyt again on Wednesday. "
    "Quarle did not take part."
)


def _titled_beside_by_a_pass(cast: Cast, key: str, title: str, at: int) -> bool:
    """`Cast.titled_beside` as a pass over every mention: what the bisection must agree with."""
    last = max((offset for offset, k in cast.mentions if k == key and offset < at), default=None)
    if last is None:
        return False
    sentence = cast.page.sentence_at(last)
    titled = re.compile(rf"\b(?i:{re.escape(title)}s?),?\s+(?:[A-Z][\w.’'-]*\s+)*$")
    return any(
        other != key
        and offset < at
        and cast.page.sentence_at(offset) == sentence
        and titled.search(cast.page.text, max(0, offset - 60), offset) is not None
        for offset, other in cast.mentions
    )


def _stretch_points(cast: Cast) -> list[int]:
    # every mention's own offset and its neighbours, where an off-by-one would show, and a comb between
    at_mentions = {offset + d for offset, _ in cast.mentions for d in (-1, 0, 1)}
    return sorted(at_mentions | set(range(-5, len(cast.page.text) + 5, 9)))


def test_mentions_between_is_the_mentions_in_that_stretch() -> None:
    cast = _cast(_STRETCH_TEXT)
    assert len({key for _, key in cast.mentions}) == 3  # Doyt, Quarle, Ferrin
    points = _stretch_points(cast)
    for start in points:
        for end in points:
            wanted = [(at, key) for at, key in cast.mentions if start <= at < end]
            assert cast.mentions_between(start, end) == wanted


def test_titled_beside_agrees_with_a_pass_over_every_mention() -> None:
    cast = _cast(_STRETCH_TEXT)
    keys = sorted({key for _, key in cast.mentions})
    for at in _stretch_points(cast):
        for key in keys:
            for title in ("chair", "pilot", "guild"):
                assert cast.titled_beside(key, title, at) == _titled_beside_by_a_pass(cast, key, title, at)


def test_titled_beside_reads_only_the_last_sentence_naming_the_person_and_only_before_at() -> None:
    cast = _cast(_STRETCH_TEXT)
    doyt, quarle = fold("Mara Doyt"), fold("Ines Quarle")
    first_end = _STRETCH_TEXT.index("Doyt said")
    # Both named after "chair" in the first sentence: "the chair" may be either.
    assert cast.titled_beside(doyt, "chair", first_end)
    assert cast.titled_beside(quarle, "chair", first_end)
    # Halfway through that sentence the second chair is not yet named.
    assert not cast.titled_beside(doyt, "chair", _STRETCH_TEXT.index("Ines Quarle"))
    # Later, Doyt's last mention is in a sentence that titles no one else as chair.
    assert not cast.titled_beside(doyt, "chair", len(_STRETCH_TEXT))
    assert not cast.titled_beside(doyt, "pilot", len(_STRETCH_TEXT))


def test_an_all_capitals_word_ends_a_sentence_but_an_all_capitals_title_does_not() -> None:
    # "… an outpost of NATO. Halvik": the full stop ends the sentence; "ST. LOUIS", "JR.",
    # "SEN." in copy set in capitals are abbreviations, like "St." and "Sen."
    assert all(_ENDS_SENTENCE.fullmatch(word) for word in ("NATO.", "UNHCR.", "Halvik."))
    assert not any(_ENDS_SENTENCE.fullmatch(word) for word in ("ST.", "JR.", "SEN.", "Sen.", "U.S."))
