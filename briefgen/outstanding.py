"""An event the text itself tells as still outstanding, with no day given: "was remanded, pending a hearing on
the appeal", "the guild awaits the tribunal's ruling", "the council still has to ratify the levy", "the tribunal
has yet to rule on the claim".

Without a date a next step must be clearly pending (issue 12): a "will" alone may be a stance, a forecast
or a plan that has since passed. These words are the text's own statement that a discrete event of a
body's calendar — a hearing, a trial, a vote, a ruling, a ratification — has not happened yet. Read only
for a sentence that names no day (a dated one is read by briefgen.timeline), and left out whenever the
sentence frames it as a condition, a supposition, a view, a habit or a thing since gone ("pending a
hearing that was later dropped").
"""

from __future__ import annotations

import re

from .attribution.lexicon import SAY_WORDS
from .clause import tense
from .dates import PAST_FORMS
from .events import DISCRETE_EVENTS, Reading, habitual
from .text import is_boilerplate

__all__ = ["OUTSTANDING", "outstanding"]

OUTSTANDING = "outstanding"  # the reason the reading gives

# What a sentence may wait on, named after "pending" or "awaiting": a discrete event of a body's calendar. (Not
# "pending release" or "pending launch": a release, a launch or a deadline held back reads as a state, not an occasion.)
_AWAITED_NOUNS = (DISCRETE_EVENTS - {"release", "launch", "deadline"}) | {"arraignment", "sentencing"}
# "pending a hearing", "pending trial", "awaiting Brell's ruling", "pending a court hearing on the appeal"
_PENDING = re.compile(
    r"(?<![\w’'-])(?:pending|awaiting|awaits|await)\s+(?:(?:a|an|the|his|her|its|their|[A-Z][\w.’'-]*['’]s?)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?P<noun>" + "|".join(sorted(_AWAITED_NOUNS)) + r")\b(?![’'-])",
    re.I,
)
# A wait of the past: "was awaiting a ruling", "had been pending trial", "had been held pending trial".
_WAS = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?$|\bhad\s+(?:\w+ly\s+)?been\b", re.I)
# The acts a body still has to take, its own proceeding: "still has to vote on", "has yet to ratify".
_ACTS = "vote|rule|ratify|approve|sign|confirm|sentence|hear"
_STILL_TO = re.compile(
    r"\b(?:(?:still\s+)?(?:has|have)\s+yet\s+to|still\s+(?:has|have|needs?)\s+to|must\s+still|still\s+must)"
    r"\s+(?P<verb>" + _ACTS + r")\b(?P<object>\s+(?:on\s+)?[\w’'-]+)",
    re.I,
)
# "pending" as a modifier ("the pending trial", "a pending vote"): the event named, nothing said of its state.
_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|any|long|still)\s+$", re.I)
# Who has no calendar of their own to keep: "you still have to vote", "we have yet to sign".
_NO_BODY = re.compile(r"(?:^|[\s,])(?:I|we|you|it|nobody|no\s+one|anyone|everyone)\s+$", re.I)
# A frame that undoes the fact: a condition, a supposition, a view, a denial, a thing no longer so.
_FRAMED = re.compile(
    r"\b(?:if|unless|whether|would|could|might|should|suppose|supposing|imagine|think|thinks|believe|believes|"
    r"argue|argues|argued|claim|claims|claimed|feel|feels|hope|hopes|fear|fears|doubt|doubts|not|never|"
    r"no\s+longer|once)\b|n['’]t\b",
    re.I,
)
# The event's fate told after it: "pending a hearing that was later dropped", "has yet to vote, and since then …".
# A past form after the event tells what became of it, a verb of saying only who reports it ("…, the clerk said").
_GONE_FORMS = PAST_FORMS - SAY_WORDS
_WORD = re.compile(r"[\w’'-]+")
_TOLD_SINCE = re.compile(r"\b(?:was|were|had|has\s+been|have\s+been|later|since|then|ago)\b", re.I)
# An object that is no one event: "has yet to vote on any bill", "has yet to sign a striker" (indefinite: a state of
# not having done it, no act set); nor is hearing from someone a hearing ("still has to hear from the guild").
_NO_ONE_OBJECT = re.compile(
    r"\s+(?:on\s+)?(?:any|anything|a|an|some|more|another|a\s+single|ever|either|each|every|from|back|about|of)\b", re.I
)


def outstanding(text: str) -> Reading | None:
    """The event `text` tells as still to come by saying it is pending, with no day named, and where
    its words begin; None when it says no such thing or frames it as less than a fact."""
    if is_boilerplate(text) or "?" in text or len(text.split()) > 60 or habitual(text):
        return None
    found = _pending_event(text) or _still_to_act(text)
    if found is None:
        return None
    kind, head, start, end = found
    if _FRAMED.search(text, 0, start):
        return None  # "if the board still has to vote", "critics think the guild has yet to rule": not a fact
    rest = text[end:]
    if _TOLD_SINCE.search(rest) or tense(rest) == "past" or any(w.lower() in _GONE_FORMS for w in _WORD.findall(rest)):
        return None  # "pending a hearing that was later dropped": what became of it is told
    return Reading(kind, head, start, firm=True, reason=OUTSTANDING)


def _pending_event(text: str) -> tuple[str, str, int, int] | None:
    """ "pending a hearing", "awaiting trial": the reading's kind, the event noun (what the item is, for telling it
    from other items: "hearing"), where the wait begins and where the noun ends."""
    for match in _PENDING.finditer(text):
        if _MODIFIER_BEFORE.search(text, 0, match.start()) or _WAS.search(text, 0, match.start()):
            continue
        return "nominal", match.group("noun").lower(), match.start(), match.end()
    return None


def _still_to_act(text: str) -> tuple[str, str, int, int] | None:
    """ "the council still has to ratify the levy": the reading's kind, the act, where its marker begins and where
    the act ends."""
    for match in _STILL_TO.finditer(text):
        if _NO_BODY.search(text, 0, match.start()) or _NO_ONE_OBJECT.match(text, match.end("verb")):
            continue
        return "obligation", match.group("verb").lower(), match.start(), match.end("verb")
    return None
