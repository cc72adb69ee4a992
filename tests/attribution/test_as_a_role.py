"""A person's noun after "as a" is a role the sentence gives someone, no other party
(direct._AS_A_ROLE): the words after a quote that runs on, or before a colon, stay the speaker's.
Invented sentences."""

from __future__ import annotations

from .conftest import said

OPENING = '"There are many quiet ferry voters," said Kara Vell, a pollster. '
WORDS = "The crews back the pier, though few will vote for it"


def test_a_role_in_the_words_running_on_keeps_the_quote_the_speakers() -> None:
    assert said(f'{OPENING}"{WORDS}" to back him as a candidate.') == [
        ("Kara Vell", "There are many quiet ferry voters"),
        ("Kara Vell", WORDS),
    ]
    assert said('Kara Vell made her case as a mother: "No island should be cut off in winter."') == [
        ("Kara Vell", "No island should be cut off in winter.")
    ]


def test_another_named_or_speaking_is_still_another_party() -> None:
    # "as the candidate" may be another person; "as a rival candidate put it" is another voice
    assert said(f'{OPENING}"{WORDS}" to back him as the candidate.') == [
        ("Kara Vell", "There are many quiet ferry voters")
    ]
    assert said(f'{OPENING}"{WORDS}" as a rival candidate put it.') == [
        ("Kara Vell", "There are many quiet ferry voters")
    ]
    assert said('Kara Vell made her case as a rival\'s adviser: "No island should be cut off in winter."') == []
    assert said('"We did our part," Kara Vell said. "The rest is up to them" as a union leader sees it.') == [
        ("Kara Vell", "We did our part")
    ]
