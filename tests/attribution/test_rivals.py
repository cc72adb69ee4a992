"""Rivals: a he/she read as one person is only a guess when another of that sex could be meant."""

from __future__ import annotations

from briefgen.attribution import extract


def _read(text: str) -> list[tuple[str, bool]]:
    return [(q.speaker, q.sure) for q in extract(text)]


def test_one_who_acted_on_the_person_read_is_a_rival() -> None:
    # a passive with its agent: the critic is as much to hand as the one criticised
    acted = (
        "Ines Quarle reopened the ledgers. Quarle was criticised by Mara Doyt at the meeting. "
        "“The books were never closed,” she said."
    )
    assert _read(acted) == [("Ines Quarle", False)]
    # not when the agent stands in a relative clause about the subject
    aside = (
        "Ines Quarle reopened the ledgers. Quarle, who was appointed by Mara Doyt, kept the books. "
        "“The books were never closed,” she said."
    )
    assert _read(aside) == [("Ines Quarle", True)]
    # the agent past a time or place the passive is set in ("endorsed on Monday by")
    timed = (
        "Ines Quarle reopened the ledgers. Quarle was endorsed on Monday by Mara Doyt, the former treasurer. "
        "“The books were never closed,” she said."
    )
    assert _read(timed) == [("Ines Quarle", False)]
    # "on Monday" with no agent after it: nobody acted on her
    untimed = (
        "Ines Quarle reopened the ledgers. Quarle was elected on Monday with Mara Doyt's backing. "
        "“The books were never closed,” she said."
    )
    assert _read(untimed) == [("Ines Quarle", True)]


def test_one_who_told_of_the_person_read_with_the_same_pronoun_is_a_rival() -> None:
    told = (
        "Lise Orrin spoke at the guild hall. Orrin, she says, has never read the ledgers. "
        "“The levy is a tax on bread,” she said."
    )
    assert _read(told) == [("Lise Orrin", False)]
    plain = (
        "Lise Orrin spoke at the guild hall. Orrin has never read the ledgers. “The levy is a tax on bread,” she said."
    )
    assert _read(plain) == [("Lise Orrin", True)]


def test_a_name_opening_the_sentence_before_the_one_read_is_a_rival() -> None:
    met = "Ardo Pann met Governor Brenno Tavik at the pier. “The tolls must fall,” he said."
    assert _read(met) == [("Brenno Tavik", False)]


def test_another_person_opening_a_sentence_between_makes_a_later_he_a_guess() -> None:
    said = "Tavi Ostel said the harbour would reopen. “The cranes are ready,” Ostel said. "
    rivalled = said + "Bram Whitcombe disagreed. “The dredging is done,” he said."
    assert [sure for _, sure in _read(rivalled)] == [True, True, False]
    assert [sure for _, sure in _read(said + "“The dredging is done,” he said.")] == [True, True, True]


def test_another_persons_words_between_the_name_and_the_pronoun_make_it_a_guess() -> None:
    # "A speaks; B is quoted; “…,” he said": B of unknown sex (no list knows "Kiri" for either)
    unknown = (
        "Tom Berrow said the port would stay open, and Kiri Ashdale said “the budget is tight.” "
        "“We will not sell the quay,” he said."
    )
    assert _read(unknown)[-1] == ("Tom Berrow", False)
    # B described: "he" may be the spokesman as well
    described = unknown.replace("Kiri Ashdale", "their spokesman")
    assert _read(described)[-1][1] is False
    # an organisation's words between: "he" goes on past them no more surely
    union = unknown.replace("Kiri Ashdale", "the Dockers Union")
    assert _read(union)[-1] == ("Tom Berrow", False)
    # and a he/she going on from the guess is no surer
    assert _read(unknown + " “The cranes stay,” he added.")[-1] == ("Tom Berrow", False)


def test_a_plain_chain_with_no_one_elses_words_between_stays_sure() -> None:
    plain = "Tom Berrow said the port would stay open. “We will not sell the quay,” he added."
    assert _read(plain) == [("Tom Berrow", True), ("Tom Berrow", True)]
    her = "Lena Voss said the budget was tight. “We will not sell the quay,” she added."
    assert _read(her) == [("Lena Voss", True), ("Lena Voss", True)]
    # another only named (not quoted) between, the subject going on: as before, sure (but not
    # "Tom Berrow met Kiri Ashdale": two at one table, either may go on, test_taken_turns)
    named = "Tom Berrow thanked Kiri Ashdale at the pier. “We will not sell the quay,” he said."
    assert _read(named)[-1] == ("Tom Berrow", True)
    # B known to be of the other sex: "he" cannot mean her, and goes on with him
    other_sex = (
        "Tom Berrow said the port would stay open, and Lena Voss said “the budget is tight.” "
        "“We will not sell the quay,” he said."
    )
    assert _read(other_sex)[-1] == ("Tom Berrow", True)
    # words of several people between: "he" is none of them
    several = (
        "Tom Berrow said the port would stay open, and two union officials said they were stunned. "
        "“We will not sell the quay,” he said."
    )
    assert _read(several)[-1] == ("Tom Berrow", True)
    # his own words quoting someone inside them are still his
    own = "Tom Berrow said the council had told him “the quay is safe.” “We will not sell it,” he said."
    assert _read(own)[-1] == ("Tom Berrow", True)


def test_a_later_clause_whose_subject_no_list_gives_a_sex_makes_the_one_named_a_guess() -> None:
    # "…, and B spoke": the sentence last tells of B, whose given name no list knows
    later = "Tom Berrow left the pier, and Kiri Ashdale spoke to reporters. “We will not sell the quay,” he said."
    assert _read(later) == [("Tom Berrow", False)]
    before = "Tom Berrow left the pier before Kiri Ashdale spoke to reporters. “We will not sell the quay,” he said."
    assert _read(before) == [("Tom Berrow", False)]
    # not one known to be of the other sex, nor a place
    her = later.replace("Kiri Ashdale", "Lena Voss")
    assert _read(her) == [("Tom Berrow", True)]
    place = "Tom Berrow left the pier before Norway woke up. “We will not sell the quay,” he said."
    assert _read(place) == [("Tom Berrow", True)]


def test_a_later_clause_about_someone_described_makes_the_one_who_spoke_a_guess() -> None:
    # "A said …, but a union official disagreed. “…,” he said": the official may be meant
    official = "Tom Berrow said the port would stay open, but a union official disagreed. “We will not sell the quay,” he said."
    assert _read(official)[-1] == ("Tom Berrow", False)
    aide = official.replace("but a union official disagreed", "and his aide agreed")
    assert _read(aide)[-1] == ("Tom Berrow", False)
    # not one the words make of the other sex, nor a clause about no person
    wife = official.replace("but a union official disagreed", "and his wife agreed")
    assert _read(wife)[-1] == ("Tom Berrow", True)
    harbour = official.replace("but a union official disagreed", "and the harbour would be dredged")
    assert _read(harbour)[-1] == ("Tom Berrow", True)


def test_a_later_clause_about_a_places_people_leaves_the_one_named_sure() -> None:
    # "Harbour Street traders": what the traders are of, not a name of someone the pronoun may mean
    traders = "Tom Berrow left the pier, and Harbour Street traders cheered. “We will not sell the quay,” he said."
    assert _read(traders) == [("Tom Berrow", True)]
    named = traders.replace("Harbour Street traders cheered", "Kiri Ashdale cheered")
    assert _read(named) == [("Tom Berrow", False)]


def test_a_whole_name_opening_the_sentence_is_no_family_name_shared() -> None:
    # two Marshes of the text: the whole name says which one the sentence is about
    kin = "Peter Marsh runs the ferry line. Tom Marsh runs the bakery. "
    whole = kin + "Peter Marsh praised the plan. “The tolls will fall by a third,” he said."
    assert _read(whole) == [("Peter Marsh", True)]
    # the family name alone still leaves it open which Marsh speaks
    alone = kin + "Marsh praised the plan. “The tolls will fall by a third,” he said."
    assert _read(alone) == []
    # nor does a whole name in an opening clause say which Marsh the family name alone is
    clause = kin + "After Tom Marsh left, Marsh praised the plan. “The tolls will fall by a third,” he said."
    assert _read(clause) == []


def test_the_subject_past_an_opening_clause_is_read_as_surely_as_one_opening_the_sentence() -> None:
    # another man spoke just before, but the sentence before the pronoun is about Ashdale
    said = "“The pier is rotten,” Tom Berrow said. "
    subject = said + "In a speech on Sunday, Paul Ashdale praised the harbour board. “The pier will stand,” he said."
    assert _read(subject)[-1] == ("Paul Ashdale", True)
    # not when Ashdale is only what the sentence's subject acts on
    acted_on = said + "In a speech on Sunday, the mayor praised Paul Ashdale. “The pier will stand,” he said."
    assert _read(acted_on)[-1] == ("Paul Ashdale", False)
    # nor when the opening clause names the man who spoke before: either may be meant
    clause = said + "After Berrow left the hall, Paul Ashdale praised the board. “The pier will stand,” he said."
    assert not _read(clause)[-1][1]


def test_a_subject_past_an_opening_clause_of_years_past_stays_a_guess() -> None:
    # "In 2019, ..." tells background about its subject, not the scene a he/she goes on with
    said = "“I never took a cent,” Tom Berrow said. "
    for opening in ("In 2011,", "Back in the 1990s,", "Years earlier,", "Last year,"):
        text = said + f"{opening} Paul Ashdale, his partner, was jailed for fraud. “I had no idea,” he said."
        assert _read(text)[-1] == ("Paul Ashdale", False), opening
    # an opening clause of the day's scene still makes him the one the pronoun goes on with
    scene = said + "At the hearing on Monday, Paul Ashdale spoke for an hour. “I had no idea,” he said."
    assert _read(scene)[-1] == ("Paul Ashdale", True)
