"""A he/she read as the subject of the sentence before is not sure when that sentence gives
another person of the pronoun's sex a turn of their own: they answer in a relative clause ("…,
who thanked him"), the two meet, debate or trade words ("met", "sat down with", "sparred
with"), the subject is only whose the thing is that the other answers ("Dalby's plan drew
criticism from Renn"), the subject puts a request to the other ("urged Renn to resign"), or
the other is grilled by the subject. Either may be the one quoted next. Each case is
invented; `sure` is what a brief reads to show a statement."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract_paragraphs


def _last(text: str) -> tuple[str, bool] | None:
    """Who the last quotation of `text` is given to, and whether surely; None when to nobody."""
    body, found = extract_paragraphs(text.split("\n\n"))
    last = [q for q in found if q.start >= body.rindex("“")]
    return (last[-1].speaker, last[-1].sure) if last else None


def _not_sure(text: str) -> bool:
    found = _last(text)
    return found is None or not found[1]


# The other one answers, thanks or speaks in a relative clause past the subject.
ANSWERED = [
    "Rosa Elling praised Mara Quist, who thanked her warmly. “She has been a true friend,” she said.",
    "Tomas Dalby criticised Hugo Renn, who replied on the radio. “It was a cheap shot,” he said.",
    "Sara Lusk handed the gavel to Ana Pell, who thanked the members. “This is a proud day,” she said.",
    "Tomas Dalby introduced Hugo Renn, who spoke for twenty minutes. “We need new roads,” he said.",
    "Karl Oster praised Paul Wenning, who thanked him. “He is a decent man at heart,” he said.",
    # a name the given-name lists do not know is still someone the pronoun may mean
    "Tomas Dalby criticised Ivo Renn, who replied on the radio. “It was a cheap shot,” he said.",
]

# Two of one sex meet, debate, sit down or trade words: either tells of it.
MET = [
    "Tomas Dalby met President Omar Vane on Monday. “We talked about trade and fish,” he said.",
    "Ines Varga sat down with Carla Brun for an hour. “We agreed on a plan,” she said.",
    "Tomas Dalby debated Hugo Renn on Tuesday night. “I won that one easily,” he said.",
    "Tomas Dalby spoke with Hugo Renn by phone on Sunday. “It was a good call,” he said.",
    "Nina Ostrow met Greta Hale at the summit. “We found common ground,” she said.",
    "Tomas Dalby joined Hugo Renn on stage, and the two spoke for an hour. “We agree on most things,” he said.",
    "Tomas Dalby interrupted Hugo Renn several times. “Let me finish,” he said.",
    "Tomas Dalby sparred with Hugo Renn over taxes. “That is simply false,” he said.",
    "Tomas Dalby met with his rival, Hugo Renn, at noon. “We have a deal,” he said.",
    "Tomas Dalby traded barbs with Hugo Renn on the radio. “He started it,” he said.",
    "Tomas Dalby met Monday with Hugo Renn. “We have a deal,” he said.",
    # a given name the lists do not know: someone the pronoun may mean all the same
    "Tom Berrow met Kiri Ashdale at the pier. “We will not sell the quay,” he said.",
    "The harbor pilot, known only as Frank, agreed to talk. Frank met with Nils Korvel on Monday. "
    "“We told him the channel was silting up,” he said.",
]


# The subject is only whose the thing is ("Dalby's plan"), and the one it came from, or who
# acted on it, is another of the pronoun's sex: either may go on.
ANSWERED_THING = [
    "Tomas Dalby's remarks drew a sharp reply from Hugo Renn. “He should apologise,” he said.",
    "Tomas Dalby's plan drew criticism from Hugo Renn on Monday. “It is a fantasy,” he said.",
    "Tomas Dalby's remarks were welcomed by his old rival, Hugo Renn. “They were wise,” he said.",
    "Greta Hale's budget met a cold reception from Nina Ostrow. “It cuts too deep,” she said.",
]


# Another joined to the subject as one subject, by a name no given-name list knows.
JOINED = [
    "Tomas Dalby and his deputy, Ivo Renn, toured the plant. “It is a fine operation,” he said.",
]

# A request put to another of the pronoun's sex, who may answer it.
ASKED_TO = [
    "Tomas Dalby urged Hugo Renn to resign. “I will not,” he said.",
    "Nina Ostrow called on Greta Hale to drop out. “It is time,” she said.",
]


@pytest.mark.parametrize("text", ANSWERED + MET + ANSWERED_THING + JOINED + ASKED_TO)
def test_another_with_a_turn_makes_the_subject_a_guess(text: str) -> None:
    assert _not_sure(text)


def test_the_one_grilled_answers() -> None:
    found = _last("Sen. Hugo Renn grilled Tomas Dalby about the budget. “I have nothing to hide,” he said.")
    assert found is None or found[0] == "Tomas Dalby" or not found[1]


# Near misses: a relative clause that only says who the other one is, a visit or praise (one
# acts, the other is acted on), the other of the other sex, or not a person; the subject who
# spoke just before and goes on telling of the meeting.
SUBJECT_GOES_ON = [
    (
        "Rosa Elling praised Mara Quist, who chairs the county board. “She has been a true friend,” she said.",
        "Rosa Elling",
    ),
    ("Tomas Dalby greeted Hugo Renn, who has led the union since 2010. “He is a good friend,” he said.", "Tomas Dalby"),
    ("Tomas Dalby thanked Hugo Renn, who had introduced him. “He is a good friend,” he said.", "Tomas Dalby"),
    ("Tomas Dalby, who spoke for an hour, praised Hugo Renn. “He is a good friend,” he said.", "Tomas Dalby"),
    ("Nina Ostrow praised Greta Hale, who led the talks. “She never gave up,” she said.", "Nina Ostrow"),
    ("Tomas Dalby visited Hugo Renn in hospital. “He looked tired but calm,” he said.", "Tomas Dalby"),
    ("Tomas Dalby met President Lia Vane on Monday. “We talked about trade and fish,” he said.", "Tomas Dalby"),
    ("Tomas Dalby met the press on Monday. “We talked about trade and fish,” he said.", "Tomas Dalby"),
    ("Tomas Dalby met the family of Hugo Renn on Monday. “They deserve answers,” he said.", "Tomas Dalby"),
    ("Tomas Dalby spoke to Hugo Renn's supporters on Monday. “We need your help,” he said.", "Tomas Dalby"),
    ("Tomas Dalby met with the Harbor Council on Monday. “We need a new pier,” he said.", "Tomas Dalby"),
    (
        "“Trade comes first,” Tomas Dalby said. Dalby met President Omar Vane on Monday. “We talked about fish too,” he said.",
        "Tomas Dalby",
    ),
    (
        "“The quay is safe,” Tomas Dalby said.\n\nDalby met Hugo Renn at the dock later. “He agreed with me,” he said.",
        "Tomas Dalby",
    ),
    ("Ana Pell attacked Sara Lusk over the budget. “It is a mess,” she said.", "Ana Pell"),
    # whose the thing is acts on the other, or is the subject and only receives
    ("Tomas Dalby's column attacked Hugo Renn on Sunday. “He is unfit for office,” he said.", "Tomas Dalby"),
    ("Tomas Dalby's criticism of Hugo Renn was sharp. “He is unfit for office,” he said.", "Tomas Dalby"),
    ("Tomas Dalby got a call from Hugo Renn on Monday. “He wished me luck,” he said.", "Tomas Dalby"),
    ("Tomas Dalby's plan drew praise from Lia Vane. “It is a fine plan,” he said.", "Tomas Dalby"),
    # a request to one of the other sex, to a body, to people described, to whose staff
    ("Tomas Dalby urged Lia Vane to resign. “It is time,” he said.", "Tomas Dalby"),
    ("Tomas Dalby urged the Harbor Council to act. “It is time,” he said.", "Tomas Dalby"),
    ("Tomas Dalby told reporters to wait. “It is not time yet,” he said.", "Tomas Dalby"),
    ("Tomas Dalby told Hugo Renn's staff to leave. “It is time,” he said.", "Tomas Dalby"),
    # joined to one of the other sex, or to a body
    ("Tomas Dalby and Lia Vane toured the plant. “It is a fine operation,” he said.", "Tomas Dalby"),
    ("Tomas Dalby and the Harbor Guild signed the deal. “It is a fine deal,” he said.", "Tomas Dalby"),
]


@pytest.mark.parametrize(("text", "speaker"), SUBJECT_GOES_ON)
def test_the_subject_stays_sure(text: str, speaker: str) -> None:
    assert _last(text) == (speaker, True)


def test_no_words_given_is_no_source() -> None:
    """ "Renn said nothing" names someone who gave no words: like a refusal to comment, a he/she
    right after it is not surely theirs when someone else of that sex spoke just before."""
    text = (
        "“The ferry will run,” Hugo Renn said on Monday. Tomas Dalby said nothing. “We will see about that,” he said."
    )
    found = _last(text)
    assert found is None or not found[1]
