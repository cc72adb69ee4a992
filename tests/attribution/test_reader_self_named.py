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
