"""Where a word sits in its sentence: in the main clause's subject, in a clause fronted before it, in
a modifier of a description, or in what someone only wishes.

Next steps asks these of the word that announces an event (its verb or its noun): an event is
announced when it is the matter of the sentence's own statement, not when it only describes who
someone is, sets the scene of a fronted clause, or is what someone hopes for. Plain patterns over
the words, no parser: commas, dashes and a few function words mark the edges.
"""

from __future__ import annotations

import re

__all__ = ["described_by", "fronted_clause", "named_subject", "subject", "wished"]

# A clause's edge, read backwards from a verb: a comma, a dash, a bracket, a colon or semicolon.
_EDGE = re.compile(r"[,;:—–()]|\s_\s|\s-\s|--")
# An aside set off by commas or dashes just before the verb: "Lena Varg, the harbour master, will", "the
# ferries, moored in Marsh, will", "the lenders _ a fund, a bank and a trust _ must".
_ASIDE_BEFORE = re.compile(r"(?:,[^,_—–]*,|\s_[^_]*\s_|(?:--|—|–)[^—–]*?(?:--|—|–))\s*$")
# Auxiliaries and adverbs between a subject and its verb: "are", "will also", "has now".
_AUXILIARY_END = re.compile(
    r"(?:\s+(?:is|are|was|were|am|be|been|will|would|shall|can|could|may|might|must|should|has|have|had|do|does|did"
    r"|not|also|now|then|still|soon|only|\w+ly))+$",
    re.I,
)


def subject(text: str, at: int) -> str:
    """The words before `at` (a verb or its auxiliary) that its clause opens with: asides set off by
    commas or dashes right before it are skipped ("Lena Varg, the harbour master, will" -> "Lena
    Varg"), and a fronted phrase or clause ends at its comma ("Once the tide turns, the boats will"
    -> "the boats")."""
    before = text[:at].rstrip()
    auxiliary = _AUXILIARY_END.search(" " + before)
    if auxiliary is not None:
        before = before[: max(0, auxiliary.start() - 1)]
    aside = _ASIDE_BEFORE.search(before + " ")
    if aside is not None and aside.start() > 0:
        before = before[: aside.start()]
    edges = list(_EDGE.finditer(before))
    return before[edges[-1].end() :].strip() if edges else before.strip()


_PRONOUNS = frozenset("he she they we i you".split())
# People and bodies named by a common noun: who can hold, attend or decide something.
_AGENTS = re.compile(
    r"\b(?:officials?|leaders?|members?|lawmakers?|legislators?|ministers?|creditors?|judges?|prosecutors?"
    r"|investigators?|police|voters?|delegates?|negotiators?|envoys?|diplomats?|government|authorities"
    r"|court|committee|panel|board|council|jury|tribunal|parliament|assembly|congress|senate|house|cabinet"
    r"|party|union|company|firm|bank|agency|ministry|commission|campaign|candidates?|president|mayor"
    r"|governor|senator|chairman|chairwoman|spokesman|spokeswoman|team|club|organizers?|organisers?|inquiry)\b",
    re.I,
)
_CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*")
_DETERMINER = re.compile(r"^(?:the|a|an|but|and|then|so|yet|also|still)$", re.I)


# Where a subject's first noun phrase ends: a preposition, a relative word, a participle.
_PHRASE_END = re.compile(r"\s+(?:of|in|at|from|for|with|on|by|to|who|which|that|\w+ed)\b.*$", re.I | re.S)
# The endings of nouns for people who act: an operator, a master, a chemist, a guardian, a tenant, a president.
_AGENT_ENDING = re.compile(r"(?:or|er|ist|ian|ant|ent|ity|ities)s?$", re.I)


def _head_noun(words: str) -> str:
    phrase = _PHRASE_END.sub("", words)
    found = re.findall(r"[\w’']+", phrase)
    return found[-1] if found else ""


def named_subject(text: str, at: int, event_nouns: frozenset[str]) -> bool:
    """The clause of the verb at `at` has someone for its subject: a name, a person's pronoun, a
    body or an office ("the creditors", "the court"), or the event itself ("a decision on that
    would wait"). Not a thing ("a comparison of soundings will reveal …") nor a kite."""
    words = subject(text, at)
    if not words:
        return False
    if any(w.lower() in _PRONOUNS or w.lower() in event_nouns for w in re.findall(r"[\w’']+", words)):
        return True
    if _AGENTS.search(words) or _AGENT_ENDING.search(_head_noun(words)):
        return True
    return any(not _DETERMINER.match(m.group(0)) for m in _CAPITALISED.finditer(words))


# A clause fronted before the main one: "While the guild gets ready to vote, its treasurer …".
_FRONTED_CLAUSE = re.compile(
    r"^\W*(?:(?:but|and|yet|still)\s+)?(?:as|while|when|whenever|although|though|because|since|once|whatever"
    r"|unless|until)\b[^,;:—–]*,",
    re.I,
)


def fronted_clause(text: str) -> tuple[int, int] | None:
    """The span of an adverbial clause that opens the sentence, up to its comma, when a main
    clause follows it."""
    found = _FRONTED_CLAUSE.match(text)
    if found is None or not text[found.end() :].strip():
        return None
    return found.span()


# A description of someone, with a place or time after it: "looks set to be the chief patron of the autumn
# ballot", "will be a guest at Friday's gala". What comes after the description's noun
# only places it.
_DESCRIPTION = re.compile(
    r"\b(?:be|is|are|was|were|been)\s+(?:\w+ly\s+)?(?:a|an|the|one\s+of|among)\b[^,;:—–()]*?"
    r"\b(?:in|at|of|for|during|from|on)\s+[^,;:—–()]*$",
    re.I,
)


def described_by(text: str, at: int) -> bool:
    """The event noun at `at` sits in a phrase after a description ("Ida Moss looks set to be the chief
    patron of the autumn ballot"): it places the description, it is not announced."""
    return _DESCRIPTION.search(text, 0, at) is not None


# A wish or an offer: what someone is eager, hopes, wants or offers to do is not set for a day.
_WISH = re.compile(
    r"\b(?:eager|anxious|keen|itching|hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|wish(?:es|ed|ing)?|would\s+like"
    r"|offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)"
    r"|long(?:s|ed|ing)|yearn(?:s|ed|ing)?|dream(?:s|ed|ing)?\s+of)\s+(?:to|that)\b",
    re.I,
)
# Where the wish's clause ends: a punctuation mark, or a new report ("skippers offered to lend boats and told
# the guild that two would sail in on Friday": what they told is not what they offered).
_BREAK = re.compile(r"[,;:—–()]|\s-\s|--|\b(?:said|says|say|told|tells|announced|added|reported)\b")


def wished(text: str, at: int) -> bool:
    """The word at `at` is governed by a wish or an offer before it in its clause: "the crews are keen to
    finish early on Friday and march in the parade", "would like to stand again in the spring ballot",
    "hopes that the ferry will run again", "offered to host a recount on May 3" (until it is taken up)."""
    for found in _WISH.finditer(text):
        if found.start() <= at and _BREAK.search(text, found.end(), max(found.end(), at)) is None:
            return True
    return False
