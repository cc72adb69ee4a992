"""He/she readings that news copy makes plain and the reader used to leave unread, each with a
nearby case it must still leave alone. Every sentence is invented."""

from __future__ import annotations

from tests.attribution.conftest import read_sure

MAYOR = "Mayor Tomas Korvel spoke last night to a full hall, and his voice broke."


def test_a_relative_named_beside_the_kin_word_is_read_as_herself() -> None:
    # "Korvel's younger sister, Helena Korvel": the sister has a name of her own, and the only
    # other Korvel is a man; a "she" after it is hers.
    found = read_sure(
        MAYOR,
        "At the front of the hall stood Korvel's younger sister, Helena Korvel, who talked warmly "
        "about her brother's grit. “I have watched him work every night,” she said.",
    )
    assert found[-1] == ("Helena Korvel", True)


def test_a_relative_of_the_same_sex_as_the_owner_stays_unread() -> None:
    # "Korvel's younger brother, Milo Korvel": "he" may be the mayor or his brother.
    found = read_sure(
        MAYOR,
        "At the front of the hall stood Korvel's younger brother, Milo Korvel, who talked warmly "
        "about the harbor. “I have watched him work every night,” he said.",
    )
    assert not found or found[-1][0] != "Milo Korvel" or not found[-1][1]


def test_a_nickname_in_quotation_marks_does_not_cut_the_name() -> None:
    # 'Peter “Bodo” Halvik': the person is Peter Halvik, and "Halvik" alone means him after.
    found = read_sure(
        "Former ranger Peter “Bodo” Halvik found the plan hard to accept. Halvik was also troubled "
        "by the new fees. “Nobody will come to the lake if it costs that much,” he said.",
    )
    assert found[-1] == ("Peter Halvik", True)


def test_a_quoted_word_after_a_common_word_makes_no_person() -> None:
    # 'the song “Blue” Marston sang': "the" is no given name; nobody called "the Marston".
    found = read_sure(
        "At the festival the song “Blue” Marston sang drew the loudest cheers of the night. "
        "“It was the best hour of my life,” she said.",
    )
    assert all(speaker != "the Marston" for speaker, _ in found)


def test_an_acronym_that_ends_a_sentence_ends_the_name_run() -> None:
    # "… an enclave for NATO. Halvik was …": "NATO. Halvik" is no one; Halvik is the Peter
    # Halvik named before.
    found = read_sure(
        "Peter Halvik, a retired ranger, spoke at the lodge. The base has long been an outpost of "
        "NATO. Halvik was also troubled by the new fees. “Nobody will come to the lake,” he said.",
    )
    assert found[-1] == ("Peter Halvik", True)


def test_a_full_name_first_read_as_a_speaker_is_found_where_its_family_name_stands() -> None:
    # "what Orrin Pask called “…”": the resolver keeps Orrin Pask as a person when it reads the
    # statement; "Pask" alone later is him, so the "he" after is his.
    found = read_sure(
        "As the valley braces for what Orrin Pask called “the wettest winter in memory,” the "
        "former ranger is worried. On Friday, Pask told the council that “the dams will not hold.” "
        "Pask was less calm when interviewed on Thursday by the Valley Post. "
        "“Why would I keep quiet about it? The water is rising,” he told the paper.",
    )
    assert found[-1] == ("Orrin Pask", True)


def test_a_clause_of_time_whose_subject_is_the_pronoun_gives_the_quote_to_it() -> None:
    # "… came when she said, “…”": the clause tells that she spoke.
    found = read_sure(
        "Mayor Ilse Brant spoke at the pier on Sunday. Her best line came when she said, "
        "“The sea pays for everything.”",
    )
    assert found[-1] == ("Ilse Brant", True)


def test_a_clause_of_time_with_no_one_the_pronoun_may_mean_stays_unread() -> None:
    # "he", and the only person named is a woman: nobody.
    found = read_sure(
        "Mayor Ilse Brant spoke at the pier on Sunday. The hall was silent when he said, "
        "“The sea pays for everything.”",
    )
    assert found == []


def test_a_condition_is_not_a_clause_of_time() -> None:
    # "if she said …": what she might say, not what she said.
    found = read_sure(
        "Mayor Ilse Brant spoke at the pier on Sunday. The hall would riot if she said, “The sea pays for everything.”",
    )
    assert found == []


def test_a_question_of_when_she_spoke_is_no_statement_of_hers() -> None:
    # "asked Brant when she said …", "unclear when she said …": a question about the words, not
    # a report that she spoke them.
    for lead in ("Reporters asked Mayor Brant when", "It is still unclear when", "Nobody could recall when"):
        found = read_sure(f"Mayor Ilse Brant spoke at the pier on Sunday. {lead} she said the ferry would return.")
        assert found == [], lead


def test_a_clause_of_time_with_a_reported_statement_is_read() -> None:
    found = read_sure(
        "Mayor Ilse Brant spoke at the pier on Sunday. The crowd cheered when she said the ferry would return."
    )
    assert found == [("Ilse Brant", True)]


def test_a_dash_before_but_she_said_parts_the_clauses_as_a_comma_does() -> None:
    found = read_sure("Mayor Ilse Brant praised the crew on Monday -- but she said the new tax was unfair.")
    assert found == [("Ilse Brant", True)]


def test_a_dash_before_a_pronoun_no_one_named_may_be_stays_unread() -> None:
    found = read_sure("Mayor Ilse Brant praised the crew on Monday — but he said the new tax was unfair.")
    assert found == []


def test_a_he_after_one_named_only_as_an_owner_beside_an_unnamed_speaker_stays_unread() -> None:
    # "the guild's Ivo": the page cannot name who said it; Tesk is only whose levy it is, and
    # the "he" after is likelier the one who spoke.
    found = read_sure(
        "Sunday night, the guild's Ivo said the guild would vote against Anton Tesk's harbor levy. "
        "The boats cannot pay a second fee this year, he said."
    )
    assert all(speaker != "Anton Tesk" for speaker, _ in found)


def test_a_he_after_a_named_speaker_beside_an_owner_is_still_read() -> None:
    found = read_sure(
        "Late on Friday, Peter Brel said the guild would vote against Anton Tesk's harbor levy. "
        "The boats cannot pay a second fee this year, he said."
    )
    assert found[-1] == ("Peter Brel", True)


def test_one_named_by_a_listed_given_name_alone_is_a_person_the_pronoun_may_mean() -> None:
    # "the harbor pilot, known only as Frank," and "Her father, Brad,": a listed given name alone
    # names someone, met again by it; a "he" after the sentence it opens is his (surely when he is
    # its subject by that name; after "Her father, Brad," the one described may be another, as
    # for any sentence opening on a person described by a bond; "Frank met with Korvel" would set
    # two men at one table, either of whom may go on: test_taken_turns)
    found = read_sure(
        MAYOR,
        "The harbor pilot, known only as Frank, agreed to talk. Frank wrote to Korvel on Monday. "
        "“We told him the channel was silting up,” he said.",
    )
    assert found[-1] == ("Frank", True)
    found = read_sure(
        "Quarry owner Dana Lisk spoke to the board.",
        "Her father, Brad, 61, still walks the ridge each morning. “The blasting shakes the windows,” he said.",
    )
    assert found[-1] == ("Brad", False)


def test_a_given_name_alone_is_nobody_of_its_own_when_the_text_names_another_by_it() -> None:
    # "Brad Holm" named in full: "her father, Brad," may be him or another Brad, and is no one new;
    # a given name no list knows ("Teodric") names no one on its own.
    found = read_sure(
        "Brad Holm sold the quarry in May.",
        "Her father, Brad, still walks the ridge each morning. “The blasting shakes the windows,” he said.",
    )
    assert ("Brad", True) not in found
    # nor a thing known by a given name ("the storm, known as Frank,")
    found = read_sure("The storm, known as Frank, hit the coast on Monday. “We lost everything,” he said.")
    assert ("Frank", True) not in found
    found = read_sure(
        MAYOR,
        "The harbor pilot, known only as Teodric, met with Korvel on Monday. “We told him it was silting up,” he said.",
    )
    assert not found or found[-1][0] != "Teodric"
