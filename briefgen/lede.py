"""Whether a sentence opens a feature, a commentary or a piece of trivia, not the day's news.

A news story's first line tells what happened: who did what, and when. A feature opens
elsewhere: on a scene ("He knelt for an hour in the chapel"), on what went before the event it
is about ("Two days before the gales struck, the skipper …"), on the reader ("Pay the levy and
you may fish the bay"), on a pattern of history ("Fares have moved apart six times since the
Great War"), on why a thing bears its name ("a hall so called for …"), or on how the parties
differ ("Two schools of thought divide the guild", "… coped in different ways"). Such a line,
true as it is, is no page's opening: the Situation opens on the newest day's development
(`selection.Selector.rank`'s opener prefers a line that is none of these).

Each sign is narrow and read outside quotation marks: a line that shows none is taken as news
(the opener then chooses as it always has). Plain word lists and the words' shapes; no parser.
"""

from __future__ import annotations

import re

from .attribution.lexicon import SAY
from .framing import in_a_voice
from .text import QUOTED

# A scene: the body's acts and the senses, told of someone ("she knelt", "delegates slurped
# oysters", "he stared at the sea"): a feature's colour, not an act that changes anything.
_SCENE = re.compile(
    r"\b(?:knelt|kneeled|gazed|stared|sipped|slurped|munched|nibbled|strolled|ambled|wandered|sobbed|wept|"
    r"dipped|hummed|giggled|chuckled|grinned|prayed)\b"
)
# Not a name ("Our Harbor PAC raised …"), nor a quotation that runs on past the sentence ("… wrote
# that “the repairs go well, and I mean to sail), read as the writer's "we" or "I".
_OUR_NAME = re.compile(r"\bOur(?=\s+[A-Z])")
_QUOTE_RUNS_ON = re.compile(r"[“\"].*$")
# A verb of saying: what someone now says or reveals is news, whatever it tells of.
_SAYS = re.compile(rf"\b(?:{SAY})\b|\baccording\s+to\b", re.IGNORECASE)
_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*(?:[,;]|$)")
_MOTION = frozenset({"came", "went"})
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few|few)"
# What went before a past event, set at the head of the line: "Two days before the gunman opened
# fire, …", "Weeks before she was arrested, …" (days or longer: "Hours before polls closed, the
# challenger conceded" is the day's news). The clause after "before" tells its event in the past
# (a verb in -ed, or a common irregular past): "Two days before the vote, …" and "Days before
# voters go to the polls, …" set the scene of something still to come, and are news.
_BEFORE = re.compile(
    rf"^(?:(?:just|only|barely|about|some|nearly|almost)\s+)?(?:{_NUMBER}\s+)?(?:days?|nights?|weeks?|months?|years?)"
    r"\s+before\s+(?P<clause>[^,;]{1,120})[,;]",
    re.IGNORECASE,
)
_PAST = re.compile(
    # (not a word that only ends so: "need", "speed", "a hundred", "sacred")
    r"\b(?!(?:need|feed|seed|speed|exceed|proceed|succeed|indeed|breed|greed|deed|bleed|hundred|sacred|naked|"
    r"wicked|rugged|ragged|beloved|kindred)\b)"
    r"(?:[a-z]{2,}ed|shot|killed|won|lost|fell|took|made|came|went|ran|struck|left|began|broke|gave|met|fought|"
    r"sent|spoke|wrote|flew|fled|led|stole|drove|rode|blew|sank|swept|tore|bought|sold|told|said)\b"
)
# … told as an act, not as a noun's attribute ("a retired net mender", "the wounded")
_ACT = re.compile(r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bA\s)(?<!\bThe\s)" + _PAST.pattern)
# A pattern of history: a count of times over an era ("six times since the Great War", "four
# times since 1931", "twice since the 1960s"); not a count since a day ("three times since Monday").
_HISTORY = re.compile(
    r"\b(?:(?:\w+|\d+)\s+times|twice|once)\s+since\s+(?:the\s+)?"
    r"(?:1[0-9]{3}|20[0-9]{2}|(?:(?:late|early|mid)[\s-]+)?(?:1[0-9]|20)[0-9]0s|(?:[A-Z][a-z]+\s+)*War\b|"
    r"independence|its\s+founding)",
)
# Why a thing bears its name: "a hall so called because it looks over the light".
_NAMED_BECAUSE = re.compile(r"\bso\s+(?:named|called|dubbed|nicknamed)\s+(?:because|for|after)\b", re.IGNORECASE)
# How the parties differ, as the line's point: "… responded in strikingly different ways", "Two
# schools of thought divide the guild": the writer's comparison, not an event.
_COMPARED = re.compile(
    r"\bin\s+(?:\w+ly\s+)?(?:different|contrasting|opposite|divergent)\s+ways\b|\bschools?\s+of\s+thought\b",
    re.IGNORECASE,
)
# The writer's comment on what followed: "it was no surprise that …", "It is little wonder …".
_NO_SURPRISE = re.compile(
    r"\b(?:it\s+(?:is|was)|it's|that's|that\s+(?:is|was))\s+(?:no|little|hardly\s+a|not\s+a|small)\s+"
    r"(?:surprise|wonder|coincidence|accident)\b",
    re.IGNORECASE,
)


def feature_opener(text: str) -> bool:
    """The line opens a feature, a commentary or trivia (a scene, what went before the event, the
    reader addressed or a first person nobody is named for, a pattern of history, a name
    explained, a comparison, the writer's "no surprise"): no page's opening (module doc)."""
    plain = QUOTED.sub("", text)
    if in_a_voice(_OUR_NAME.sub("Their", _QUOTE_RUNS_ON.sub("", plain))):
        return True  # the reader addressed ("you will go free"), or the writer's own "I"
    reports = _SAYS.search(plain) is not None
    before = _BEFORE.match(plain)
    # (what went before, as someone now reveals it, is news: "Days before the ferry sank, inspectors
    # had warned her owners, the board said on Monday")
    if before is not None and _PAST.search(before.group("clause")) and not reports:
        return True
    # (a scene beside an act is the act's colour: "The minister wept as she announced her
    # resignation", "The crowd stared as the council voted"; not an aside on someone, "the Marit,
    # which sank in May,", nor a coming and going, "as the boats came in")
    if _SCENE.search(plain) is not None and not reports:
        acts = _ACT.findall(_ASIDE.sub(",", plain))
        if all(_SCENE.fullmatch(act) or act in _MOTION for act in acts):
            return True
    return any(sign.search(plain) is not None for sign in (_HISTORY, _NAMED_BECAUSE, _COMPARED, _NO_SURPRISE))
