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


# … and a firm's or a body's, as a story gives it for one it names in passing ("Quarle Haulage is a
# freight contractor for the harbour board", "Orn Relief is a charity based in Kell"): what kind of
# body it is, the kind ending its noun, and nothing it did after it, as for a publication.
_BODY_BLURB = re.compile(
    rf"^{_NAME}\s+is\s+an?\s+(?:[\w'’-]+,?\s+){{0,4}}?"
    r"(?:company|firm|contractor|subcontractor|supplier|maker|manufacturer|producer|retailer|chain|"
    r"subsidiary|conglomerate|charity|nonprofit|non-profit|foundation|think\s+tank|consultancy|lobby\s+group)\b"
    # (the kind ends its noun, not a person's post, "a company director", nor a thing of the kind's,
    # "a charity's accounts", nor "a company town"; then where it is, whom it serves or who owns it,
    # not its plight, "a firm in receivership", "a company with debts of …", "a firm at the centre
    # of the inquiry"; a relative clause tells its trade, "that makes ferries", not what it did,
    # "that built the pier", nor what befalls it, "that owes the board a fortune", "that the guild paid
    # to dig into the mayor", nor where or when something happened)
    r"(?=\s*[,.;]|\s*$|\s+in\s+[A-Z]|\s+(?:for|of|based|headquartered|owned|run|that|which|who|from|serving|"
    r"making|selling)\b)(?!.*\b(?:whose|where|when)\b)"
    r"(?!.*\b(?:and|but)\s+(?:it|its)\b)"
    r"(?!.*\b(?:that|which|who)\s+(?!(?:makes|builds|runs|sells|operates|owns|supplies|provides|employs|serves|"
    r"carries|ships|produces|designs|trains|publishes|offers|lends|insures|repairs|hauls|represents)\b)[A-Za-z]+\b)"
    r"(?!.*\b(?:was|were|has|had|have|will|would|said|says|say)\b)"
)


def publication_blurb(text: str) -> bool:
    """The sentence tells what kind of outlet a publication, or of body a firm, is: its blurb,
    never news."""
    return _PUBLICATION.match(text) is not None or _BODY_BLURB.match(text) is not None


def standing_fact(text: str) -> bool:
    """The sentence tells what is so on any day (a habit, a place's description, what a
    publication is), not what happened."""
    if _GAZETTEER.match(text) or publication_blurb(text):
        return True
    return bool(_HABIT.search(text)) and not _EVENT.search(text)
