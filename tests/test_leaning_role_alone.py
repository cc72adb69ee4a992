"""A subject called by a role word that also heads other phrases ("general", "chair", "justice")
leans when the role is the whole subject before its verb: "The general said …" (which one?), not
"The general election is …"."""

import pytest

from briefgen.selfcontained import leans_on_context, role_subject


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The general stumped for Vell on the islands, and the campaign has touted it.", ("general",)),
        ("The attorney general told the council that the harbour levy was lawful.", ("attorney", "general")),
        ("The chair said the levy would be put to the guild in the spring.", ("chair",)),
        ("The justice wrote that the harbour levy was lawful.", ("justice",)),
    ],
)
def test_a_role_alone_as_the_subject_leans(text: str, role: tuple[str, ...]) -> None:
    assert leans_on_context(text)
    assert role_subject(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "The general election is in November, and Ida Vell leads the count in Ostrel.",
        "The general public was not told of the harbour levy until May.",
        "The chair of the harbour council, Ida Vell, said the levy was fair.",
        "The general fund of Ostrel has lost money every year since 2019.",
    ],
)
def test_the_same_words_heading_other_phrases_do_not(text: str) -> None:
    assert not leans_on_context(text)
    assert role_subject(text) is None
