"""Where a sentence's subject stands: whether the words before a name are only its title, or an
opening clause ("After the vote, …") and a title, so that the name is who the sentence is about;
and a name that only owns ("Tom Brel's rallies"), which is nobody's subject."""

from __future__ import annotations

import re

from .lexicon import NAME_TOKEN, OCCUPATION_WORDS, ROLE_WORDS
from .phrases import person_noun

# How a clause before a sentence's subject opens: "After the vote, …", "A week after …, X".
_OPENING_CLAUSE = frozenset(
    """after before when while since although though despite asked in on at during as one two three a an
    for with speaking unlike like once if later earlier""".split()
)

# A name as an owner: "(the scuffles at some of) Tom Brel's (rallies)".
OWNER_AT = re.compile(rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN})*['’]s\b")


# An opening clause that ends on a name and its apposition: "Introduced at the dock by Tom Brel,
# the harbor pilot, …" (the apposition is only what the clause's last name is).
_APPOSED_AT_END = re.compile(
    rf"(?P<clause>[^,]*{NAME_TOKEN}),\s+(?:the|a|an)\s+(?![^,]*\b(?:who|which|that|whose)\b)[^,;:“”\"()]{{1,70}},$"
)


# A finite "be" that a clause opened by a participle cannot hold: "Injured were Ida Marsk, the
# captain, …" is a main clause turned round, its list of names its subject, not an opening clause.
_FINITE_BE = frozenset("is are was were".split())


def _participle_opens(words: list[str]) -> bool:
    """Whether a clause opens on a past participle: "Introduced by …", "Reached by phone …" (not
    "United States …", "Ted …", nor "Honored on Sunday were …", a list turned round)."""
    first = words[0]
    return (
        len(first) > 5
        and first.endswith("ed")
        and first[:1].isupper()
        and first[1:].islower()
        and (len(words) == 1 or words[1][:1].islower())
        and not any(word.lower() in _FINITE_BE for word in words[1:])
    )


def _after_opening_clause(lead: str) -> bool:
    """Whether a name after `lead` is the subject its sentence opens with, past an opening clause:
    "A week after the vote, Hal Brennick …", "As he has before, Brennick …", "Speaking from his
    farm in the valley on Sunday, Brennick …", "Introduced at the dock by Tom Brel, the harbor
    pilot, Brennick …"."""
    lead = lead.rstrip()
    apposed = _APPOSED_AT_END.fullmatch(lead)
    if apposed:
        lead = apposed.group("clause") + ","
    if (
        not lead.endswith(",")
        or "," in lead[:-1]
        or len(lead) >= (80 if lead.split()[0].lower() in _OPENING_CLAUSE else 120)
    ):
        return False
    first = lead.split()[0].lower()
    return (
        first in _OPENING_CLAUSE
        or (first.endswith("ing") and first[:1].isalpha())
        or (apposed is not None and _participle_opens(lead.split()))
    )


# "To pollster Okafor, …": a preposition, capitalised to open the sentence, is no title.
_PREPOSITIONS = frozenset("to in for with as on at by from of like unlike about against among".split())


TITLE_OR_OCCUPATION = ROLE_WORDS | OCCUPATION_WORDS


def title_lead(lead: str) -> bool:
    """Whether `lead` is only what stands before a name as its title: "Democratic presidential
    candidate", "Former Gov.", "Veteran pollster" — capitalised words, titles, person nouns."""
    return all(
        (w[:1].isupper() and w.lower() not in _PREPOSITIONS)
        or w.lower().rstrip(".,") in TITLE_OR_OCCUPATION
        or person_noun(w)
        for w in lead.split()
    )


# Quoted words in an opening clause: one that ends on its comma ("As for his “Hamas,” …") stands
# for a word and that comma; others for a word.

_QUOTED_WITH_COMMA = re.compile(r"[“\"][^“”\"]*,[”\"]")
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
_BRACKETED = re.compile(r"\([^()]{1,40}\)")


def _titled_after_opening_clause(lead: str) -> bool:
    """Whether a name after `lead` is the subject past an opening clause and a title: "Earlier,
    Varna County (N.V.) Harbour Master Ada Quint …", "Only last week, Lorrin baker Tam
    Reyes …", "As for her rival's “Toll Tax,” Marsh …"."""
    lead = _QUOTED.sub("Q", _QUOTED_WITH_COMMA.sub("Q,", _BRACKETED.sub("", lead)))
    head, comma, title = lead.rpartition(",")
    if not comma or not head.strip():
        return False
    first = head.split()[0].lower()
    opens = first in _OPENING_CLAUSE or first in ("just", "earlier", "then", "now", "still", "recently")
    short = len(head) < (80 if opens else 120) and "," not in head
    return short and (opens or (first.endswith("ing") and first[:1].isalpha())) and title_lead(title)


def subject_lead(lead: str) -> bool:
    """Whether a name after `lead` (its sentence up to the name) is the subject the sentence opens with."""
    return title_lead(lead) or _after_opening_clause(lead) or _titled_after_opening_clause(lead)
