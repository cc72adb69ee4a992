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
# The event noun ends its phrase: what follows it is a stop, a capital, or a word that opens no noun of its own. (Not
# "the hearing officer's report", "the vote count", "the summit communique": there the noun only modifies what is
# awaited; "the election commission's ruling" is a ruling.)
_PHRASE_END = (
    r"(?=\s*(?:$|[^\w\s’'-]|(?-i:[A-Z]))|\s+(?:on|of|in|at|by|for|from|with|into|over|about|against|before|after"
    r"|until|till|to|and|or|but|nor|that|which|who|whom|whose|where|when|while|as|than|so|yet|because|since|once|if"
    r"|unless|though|although|is|are|was|were|be|has|have|had|will|would|can|could|may|might|must|should|set"
    r"|scheduled|due|expected|planned|next|this|later|soon|now|still|again|here|there)\b)"
)
# "pending a hearing", "pending trial", "awaiting Brell's ruling", "pending a court hearing on the appeal"
_PENDING = re.compile(
    r"(?<![\w’'-])(?:pending|awaiting|awaits|await)\s+(?:(?:a|an|the|his|her|its|their|[A-Z][\w.’'-]*['’]s?)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?P<noun>" + "|".join(sorted(_AWAITED_NOUNS)) + r")\b(?![’'-])" + _PHRASE_END,
    re.I,
)
# A wait of the past: "was awaiting a ruling", "had been pending trial", "had been held pending trial".
_WAS = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?$|\bhad\s+(?:\w+ly\s+)?been\b", re.I)
# … or one the main verb before it tells over: "spent a year in jail awaiting trial", "died while awaiting trial" (a
# finite past of the clause, with no form of "be" or "have" before the wait: not a passive's state that holds, "was
# remanded pending trial", nor a perfect, "has spent a year awaiting trial").
_ED_WHILE = re.compile(r"\b[a-z]+ed\s+(?:[\w’'-]+\s+){0,4}while\s+$", re.I)  # "the suspect escaped while awaiting"
_HOLDS = re.compile(r"\b(?:is|are|am|was|were|be|been|being|has|have)\b|['’](?:s|re|ve)\b", re.I)
# The acts a body still has to take, its own proceeding: "still has to vote on", "has yet to ratify".
_ACTS = "vote|rule|ratify|approve|sign|confirm|sentence|hear"
# Two of them are a body's act only with the right object. One confirms a person to an office ("must still confirm
# her nomination", "has yet to confirm Quarle as treasurer"); confirming anything else is a statement or a check, no
# event on a calendar ("has yet to confirm the identity of the victim", "… whether it will appeal", "… Vell as its new
# coach"). One signs an instrument of state or of a deal ("the bill", "the lease", "off on the deal"), not one's own
# contract, a petition or a draft pick (nor "the deal memo": the noun ends its phrase, as an awaited one does).
_CONFIRMED = re.compile(
    r"\s+(?:(?:(?:the|his|her|their|its|[A-Z][\w’'-]*['’]s?)\s+)?(?:[\w’'-]+\s+)?(?:nomination|nominee|appointment)s?\b"
    r"|(?:[A-Z][\w’'.-]*\s+){1,3}as\s+(?!(?:the|a|an|its|their|his|her|our)\b))"
)
_SIGNED = re.compile(
    r"\s+(?:off\s+on\s+)?(?:(?:the|this|that|his|her|their|its|[A-Z][\w’'-]*['’]s?)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:bill|law|measure|treaty|accord|agreement|deal|lease|budget|decree|order|ordinance|legislation|pact|truce|ceasefire"
    r"|settlement|resolution)s?\b(?![’'-])" + _PHRASE_END
)
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
# An object that is no one event: "has yet to vote on any bill", "must still approve all spending", "has yet to sign a
# striker" (indefinite or every one: a state of not having done it or a standing rule, no act set); nor is hearing
# from someone a hearing ("still has to hear from the guild"), voting in an election one's vote ("has yet to vote in
# an election") or ruling out a thing a ruling ("has yet to rule out a strike").
_NO_ONE_OBJECT = re.compile(
    r"\s+(?:off\s+)?(?:on\s+)?(?:any|anything|all|a|an|some|more|another|a\s+single|ever|either|each|every|from|back"
    r"|about|of|in|out)\b",
    re.I,
)


def outstanding(text: str) -> Reading | None:
    """The event `text` tells as still to come by saying it is pending, with no day named, and where
    its words begin; None when it says no such thing or frames it as less than a fact."""
    if "?" in text or len(text.split()) > 60:
        return None
    found = _pending_event(text) or _still_to_act(text)
    if found is None or is_boilerplate(text) or habitual(text):
        return None  # (the two searches, which seldom find anything, before the costlier frames)
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
        if _over_before(text, match):
            continue
        return "nominal", match.group("noun").lower(), match.start(), match.end()
    return None


def _still_to_act(text: str) -> tuple[str, str, int, int] | None:
    """ "the council still has to ratify the levy": the reading's kind, the act, where its marker begins and where
    the act ends."""
    for match in _STILL_TO.finditer(text):
        if _NO_BODY.search(text, 0, match.start()) or _NO_ONE_OBJECT.match(text, match.end("verb")):
            continue
        verb = match.group("verb").lower()
        if (verb == "confirm" and not _CONFIRMED.match(text, match.end("verb"))) or (
            verb == "sign" and not _SIGNED.match(text, match.end("verb"))
        ):
            continue
        return "obligation", verb, match.start(), match.end("verb")
    return None


# A finite past that is no auxiliary ("had", "did" may only help a verb after them).
_GONE_NOT_AUXILIARY = _GONE_FORMS - {"had", "did"}


def _over_before(text: str, match: re.Match[str]) -> bool:
    """A wait told by a participle ("awaiting trial", "pending a hearing") after a finite past of its clause: "Brask
    spent a year in a cell awaiting trial", "Brask died in custody while awaiting trial" (`_HOLDS`)."""
    before = text[: match.start()]
    if not match.group(0).lower().startswith(("pending", "awaiting")) or _HOLDS.search(before):
        return False
    return (
        tense(before) == "past"
        or any(w.lower() in _GONE_NOT_AUXILIARY for w in _WORD.findall(before))
        or _ED_WHILE.search(before) is not None
    )
