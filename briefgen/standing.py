"""Whether a sentence tells a standing fact: what is so on any day of the story, not what happened.

A key point is something a reader acts on: an act, a decision, a number that changed, a stance.
What is done as a habit ("Pear growers in the Drave valley pick by hand every autumn") or what a
place is ("Sollen, a market town of 12,000 people, is the valley's largest town") is true on any
day of the story: background an almanac or a gazetteer gives, never the day's point.
"""

from __future__ import annotations

import re

from .selfcontained import FINITE, PLACE_KINDS

# A habit: what happens each season, every year, as a rule.
_HABIT = re.compile(
    r"\b(?:each|every)\s+(?:year|winter|summer|spring|autumn|fall|season|month|week|day|night)\b"
    r"|\b(?:annually|usually|typically|traditionally|customarily)\b",
    re.IGNORECASE,
)
# … told as a habit only when nothing in it happened, will happen or was said: no past, no perfect,
# no future, no report, nothing set against this year ("The co-op will now sort pears every week",
# "Prices usually climb in May, but this year they fell", "Wardens say poachers typically strike
# at dusk"); the present of "be" is the habit's own tense ("The Kell pass is usually shut in March").
_EVENT = re.compile(
    rf"\b(?:(?!(?:is|remains|can|may|does)\b){FINITE}|are|were|have|shall|say|this\s+year\b)",
    re.IGNORECASE,
)
# A place's description: its name (with an aside: "Sollen, a market town of 12,000 people,"), then
# what kind of place it is, the kind ending its noun phrase ("is the Drave valley's largest town",
# "is a river town, north of Kell"); not what it did as such a place ("is the third town to
# ban the spray", "is the only county where …"), nor a person's post named by a place ("is a county
# judge", "is the state's first woman governor").
_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
_GAZETTEER = re.compile(
    r"^(?!.*\b(?:to|that|where|which|whose|who|since)\b)"
    rf"{_NAME}(?:,\s+(?:[^,]|,(?=\d))+?,?)?\s+(?:is|lies)\s+(?:the|an?|{_NAME}['’]s)\s+"
    rf"(?:(?!(?:of|first|only|last)\b)[\w'’-]+\s+){{0,3}}?{PLACE_KINDS}"
    r"(?=\s*[,.;]|\s*$|\s+(?:in|on|of|near|along|north|south|east|west|with|and)\b)"
)

# A publication's description of itself, the furniture at a story's foot: its name, then what kind
# of outlet it is ("The Ostrel Ledger is an independent, nonprofit news site covering the harbour
# towns", "Ferry Weekly is a reader-funded newspaper"): a kind ("an"), not which one did something
# ("is the newspaper that broke the story"), and nothing it did or will do after it ("… is a
# newspaper in Orn that was fined on Monday").
_PUBLICATION = re.compile(
    rf"^{_NAME}\s+is\s+an?\s+(?:[\w'’-]+,?\s+){{0,4}}?"
    r"(?:(?:news|media)\s+(?:site|website|outlet|organi[sz]ation|service|agency|network|publication)"
    r"|newspaper|magazine|newsroom|broadcaster)\b"
    # the kind ends the noun ("a newspaper columnist", "a news site founder" are people) and what
    # follows says where or what it covers, not something it did ("…, and it endorsed Orr",
    # "… that endorsed Orr")
    r"(?!\s+[a-z]+(?:ist|er|or|ors|ers|ists)\b)(?!.*\b(?:and|but)\s+(?:it|its)\b)(?!.*\b(?:that|which)\s+\w+ed\b)"
    r"(?!.*\b(?:was|were|has|had|have|will|would|said|says)\b)"
)


def publication_blurb(text: str) -> bool:
    """The sentence tells what kind of outlet a publication is: its blurb, never news."""
    return _PUBLICATION.match(text) is not None


def standing_fact(text: str) -> bool:
    """The sentence tells what is so on any day (a habit, a place's description, what a
    publication is), not what happened."""
    if _GAZETTEER.match(text) or publication_blurb(text):
        return True
    return bool(_HABIT.search(text)) and not _EVENT.search(text)
