"""A paragraph opened by a quote mark that runs on into the next and names its own speaker in full, by
given name or title ("Sen. Ida Marsk took the stage …"), is the writer's paragraph after a stray mark:
its speaker is not sure, so the brief leaves it out. A closed quote in which a speaker names herself,
or a quote over paragraphs that does not, stays hers."""

from briefgen.attribution import quotes

_STRAY = (
    "Harbour board count, hour by hour:\n\n"
    '"Councillor Ida Marsk (Lab-Orlen) stepped onto the quay stage after midnight two votes behind Tomas '
    "Brel, and her address read more like a winner's than a loser's.\n"
    "“Every ballot has to be counted before anyone claims the board,” Marsk said."
)


def _sure(text: str) -> dict[str, bool]:
    return {str(q["quote"])[:30]: bool(q["sure"]) for q in quotes(text) if q["kind"] == "direct"}


def test_a_stray_mark_before_a_paragraph_about_the_speaker_is_not_her_word() -> None:
    found = _sure(_STRAY)
    assert found and not any(found.values())


def test_the_same_paragraph_with_no_self_naming_runs_on_as_hers() -> None:
    text = _STRAY.replace("Councillor Ida Marsk (Lab-Orlen) stepped onto", "We stepped onto")
    assert list(_sure(text).values()) == [True]


def test_a_closed_quote_where_she_names_herself_stays_hers() -> None:
    text = "“Nobody will fight harder for the harbour than Ida Marsk,” Marsk told the crowd in Orlen."
    assert list(_sure(text).values()) == [True]


def test_a_quote_over_paragraphs_where_she_gives_her_own_name_stays_hers() -> None:
    text = (
        "“I am Ida Marsk, and I have fished these waters for forty years.\n"
        "“Nobody asked us before the quotas were set,” Marsk said."
    )
    found = _sure(text)
    assert found and all(found.values())


def test_a_surname_alone_inside_is_no_full_naming() -> None:
    text = (
        "“When Marsk speaks, the harbour listens, and the board will hear it.\n"
        "“We will not stop until the quotas go,” Ida Marsk said."
    )
    found = _sure(text)
    assert found and all(found.values())


_INTRO = "ORLEN, March 5 (Team Wire) — Councillor Ida Marsk opened her campaign for mayor on the quay.\n\n"


def test_a_party_tag_after_the_name_is_no_first_person() -> None:
    text = _STRAY.replace("(Lab-Orlen)", "(I-Orlen)")
    found = _sure(text)
    assert found and not any(found.values())


def test_a_stray_paragraph_naming_her_then_a_comma_is_not_her_word() -> None:
    text = _STRAY.replace("Councillor Ida Marsk (Lab-Orlen) stepped", "Ida Marsk, a former nurse, stepped")
    found = _sure(text)
    assert found and not any(found.values())


def test_speakers_naming_themselves_in_their_own_words_over_paragraphs_stay_theirs() -> None:
    for opening in (
        "“When I first stood, the old guard said Ida Marsk would never carry the quay wards.\n",
        "“Every week somebody asks whether Ida Marsk is finished.\n",
        "“Ida Marsk does not quit, and this town knows it.\n“We stay.\n",
    ):
        found = _sure(_INTRO + opening + "“We were right to stand,” Marsk told supporters on the quay.")
        if opening.startswith("“Ida"):
            # a paragraph that opens with her name and holds no word of hers reads as the writer's: unsure
            assert found and not all(found.values())
        else:
            assert found and all(found.values()), opening


def test_a_relative_or_a_body_of_the_same_name_leaves_her_words_hers() -> None:
    for opening in (
        "“My father, Erik Marsk, built the first ferry on this quay.\n",
        "“Erik Marsk and I have disagreed about the ferry for years.\n",
    ):
        found = _sure(_INTRO + opening + "“I will not let the board sell it,” Marsk said.")
        assert found and all(found.values()), opening
    ministry = "“The Finance Ministry will review the levy in June, as the law requires.\n“We see no reason to act now,” the Finance Ministry said."
    assert all(_sure(ministry).values())


def test_a_later_quotation_of_the_paragraph_is_no_stray_paragraph() -> None:
    text = _INTRO + "“We will win,” Marsk said. “Ida Marsk does not quit.\n“Ask anyone on the quay.”"
    found = _sure(text)
    assert found and all(found.values())
