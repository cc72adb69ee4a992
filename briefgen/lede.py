"""The shape of an article's first sentence, its lede: hard news, or a feature's opening.

A news story opens on what happened: an act done, in the past, by someone named ("The Ostrel harbour
board fired its pilot", "Ilse Marr has resigned as mayor", "Two ferries were seized by the Varna
coast guard"), or the news on a source's word ("The strait will stay shut until spring, the ministry
says."), whether or not it names the day. A feature opens otherwise: on a question ("What does a
ferryman do when the ferry stops?"), a quotation ('"We were never told," said …'), someone the
reader has not met yet ("Two days before the vote, he walked the quays alone"), or a report's
findings ("A new poll shows Marr ahead", "…, according to a survey released …"). A feature may date
something in its first lines as well ("On Tuesday, she sat by the quay …"): its shape says what it is.

Plain patterns over the words (`clause`), no parser: what they cannot read is neither shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .attribution.lexicon import (
    COUNT_WORDS,
    NO_ACT_PASTS,
    ORG_HEADS,
    PERSON_HEADS,
    PLURAL_SOURCES,
    PRESS_PEOPLE,
    RELATION_NOUNS,
    SOURCE_HEADS,
)
from .clause import finite_verbs, main_clause, subject
from .dates import PAST_FORMS
from .selfcontained import OPENING_QUOTE

__all__ = ["feature_lede", "hard_news"]

_PRONOUNS = frozenset("he she it they we i you".split())
# A subject longer than this is no actor's name but a phrase the reading ran into ("Maybe as a token
# of how badly the valley longs to put the strike behind it, …").
SUBJECT_WORDS = 10
# Someone not met yet: the sentence opens on a pronoun, or on up to three phrases set off by commas
# and then a pronoun ("Two days before the vote, he walked …"); not a reported clause ("Marr said
# that, if elected, she would …": a phrase with a verb of saying or "that" ends the search), nor
# "it" standing for what follows ("For all the talk, it was not hard for the board to …").
_PRONOUN_FIRST = re.compile(
    r"^\W*(?:(?:(?!\b(?:said|says|told|tells|that)\b)[^,;:“”\"])*,\s+){0,3}(?:he|she|they|we|i|you|it(?!\s+(?:is|was|has|had|seems|seemed|appears|appeared|remains|remained)\b))\b(?!['’])",
    re.IGNORECASE,
)
_DOCUMENTS = r"(?:poll|polls|survey|surveys|study|studies|report|reports|analysis|figures|data)"
# A report's findings as the lede: "A new poll shows …", "A study released Monday found …", "…,
# according to a survey of …", "Most voters surveyed in a poll …", "… in the latest poll" (not a
# report someone dismissed or cited: "dismissed a report in …").
_REPORT_LEDE = re.compile(
    rf"\baccording\s+to\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOCUMENTS}\b"
    rf"|\b(?:surveyed|polled|questioned|interviewed)\s+(?:in|for|by)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOCUMENTS}\b"
    rf"|\b(?:an?|the)\s+(?:new|latest|recent)\s+(?:[\w’'-]+\s+){{0,2}}?{_DOCUMENTS}\b"
    rf"|\b{_DOCUMENTS}(?:\s+[\w’'-]+){{0,4}}?\s+(?:shows?|showed|shown|finds?|found|suggests?|suggested|indicates?|indicated)\b",
    re.IGNORECASE,
)
# The news on a source's word, at the lede's end: "…, the ministry says.", "…, police said Monday."
_SOURCED = re.compile(
    r",\s+(?P<source>(?:[\w’'.-]+\s+){1,5}?)(?:says|said|reported|reports|announced|confirmed)"
    r"(?:\s+[\w’'.-]+){0,3}\s*[.!]?[”\"]?\s*$"
)
_PARTICIPLE = re.compile(
    r"[a-z]+(?:ed|en)\b|(?:won|lost|held|made|found|led|left|kept|sent|sold|told|hit|shot|cut|put|struck|fought)\b"
)
_BETWEEN = re.compile(r"\s+(?:(?:\w+ly|now|also|still|already|just|not|never|then|again|long|been|being)\s+){0,3}")
_AUXILIARIES = frozenset("was were has have had".split())
_PERFECT = frozenset("has have had".split())
_ANY_WORD = re.compile(r"[a-z]+\b")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# What follows "has" or "had" that is no participle: a thing had ("has a plan", "has only two boats"),
# "had to", "has no".
_NOT_PARTICIPLES = (
    frozenset(
        "a an the no not to only its his her their our my your this that these those some any every many much more"
        " one all few nothing".split()
    )
    | COUNT_WORDS
)
_MODALS = frozenset("could would might should must can may will shall did do does is are am be".split())
# A subject the reading ran into from a phrase or clause set before it: "Just after Ida Marr left, …",
# "In a remark on Monday, …" (`clause.main_clause` sets aside only the phrases it knows).
_NO_SUBJECT = re.compile(
    r"^\W*(?:just\s+|even\s+|shortly\s+|soon\s+|right\s+|perhaps\s+)?(?:after|before|when|while|as|since|once|until"
    r"|if|because|although|though|with|without|in|on|at|by|for|from|during|despite|amid|following|perhaps)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*")
# A source a lede may end on, named or not: an office, a body, officials ("…, the government says",
# "…, police said"); not a kinsman, a neighbour or a passer-by.
_OFFICIAL = (ORG_HEADS | PERSON_HEADS | PLURAL_SOURCES | SOURCE_HEADS) - RELATION_NOUNS


def feature_lede(text: str) -> bool:
    """The lede is a feature's opening: a question, a quotation, someone not named yet, or a
    report's findings."""
    stripped = text.lstrip()
    return (
        "?" in text
        or stripped.startswith(OPENING_QUOTE)
        or _PRONOUN_FIRST.match(text) is not None
        or _REPORT_LEDE.search(text) is not None
    )


def _named(words: str, is_name: Callable[[str], bool] | None = None) -> bool:
    """Someone named: a capitalised word past the first ("the Varna board", "Ilse Marr"), or a
    first one that `is_name` takes for a name ("Marr", when the text capitalises it inside a
    sentence too); a pronoun or a nameless person ("Searchers", "A passenger") is no one named."""
    tokens = re.findall(r"[\w’'.-]+", words)
    if not tokens or tokens[0].lower() in _PRONOUNS:
        return False
    if any(_CAPITALISED.fullmatch(word) for word in tokens[1:]):
        return True
    return is_name is not None and _CAPITALISED.fullmatch(tokens[0]) is not None and is_name(tokens[0])


def _head(words: str) -> str:
    """The subject's head noun: its first phrase's last word ("spokesman" of "A spokesman for the
    guild", "daughter" of "Tam Orr's daughter")."""
    phrase = re.split(r"\s+(?:of|for|in|at|from|with|on)\s+", words, maxsplit=1)[0]
    tokens = re.findall(r"[\w’'-]+", phrase.lower())
    return tokens[-1] if tokens else ""


def _official(words: str) -> bool:
    """An office or a body speaks or acts, unnamed: "A spokesman for the guild", "Police in Varna"."""
    return _head(words) in _OFFICIAL


def _first_verb(text: str, start: int, end: int) -> re.Match[str] | None:
    """The clause's first finite verb (`clause.finite_verbs`, or a simple past not ending in -ed:
    "froze", "sank", `dates.PAST_FORMS`)."""
    found = finite_verbs(text, start, end)[:1]
    found += [m for m in _LOWER_WORD.finditer(text, start, end) if m.group(0) in PAST_FORMS][:1]
    return min(found, key=lambda m: m.start(), default=None)


def _act(text: str, start: int, end: int) -> bool:
    """The clause text[start:end] tells an act done in the past: a past verb that is no impression,
    forecast or plan, or a past auxiliary with its participle ("has resigned", "were seized"); not
    a state ("was a disaster"), a conjecture ("could have been worse") nor a present."""
    verb = _first_verb(text, start, end)
    if verb is None:
        return False
    word = verb.group(0).lower()
    if word in _MODALS:
        return False
    if word in _AUXILIARIES:
        between = _BETWEEN.match(text, verb.end())
        after = between.end() if between is not None else verb.end()
        # after "has", "had" any verb's participle ("has shut", "had fled"); after "was", "were" a
        # passive's only ("was arrested"), not an adjective ("was quiet") nor a noun ("was a disaster")
        # ("has been" is "was": "have long been a quarrel" is a state)
        perfect = word in _PERFECT and not re.search(r"\bbe(?:en|ing)\b", text[verb.end() : after])
        participle = (_ANY_WORD if perfect else _PARTICIPLE).match(text, after)
        if participle is None or participle.group(0).lower() in _NOT_PARTICIPLES:
            return False
        word = participle.group(0).lower()
    return word not in NO_ACT_PASTS


def hard_news(text: str, is_name: Callable[[str], bool] | None = None) -> bool:
    """The lede is hard news: not a feature's opening (`feature_lede`), and either its own
    statement is an act in the past by someone named, or it gives the news on a named or official
    source's word at its end. `is_name`: whether a word opening the sentence is a name (the
    text's own use tells: "Marr resigned" names Marr; "Searchers recovered …" names no one)."""
    if feature_lede(text):
        return False
    clause = main_clause(text)
    verb = _first_verb(text, clause.start, clause.end)
    if verb is not None and _act(text, clause.start, clause.end):
        # its own subject, not a relative clause's ("Marr faces a vote that was called …")
        who = subject(text, verb.start())
        if (
            (_named(who, is_name) or _official(who))
            and _head(who) not in RELATION_NOUNS  # "Tam Orr's daughter" is no one in the news
            # nor is the press: "Ledger reporter Ana Pell confused …" tells of the coverage
            and PRESS_PEOPLE.isdisjoint(re.findall(r"[a-z]+", who.lower()))
            and _RELATIVE.search(who) is None
            and _NO_SUBJECT.match(who) is None
            and len(who.split()) <= SUBJECT_WORDS
        ):
            return True
    sourced = _SOURCED.search(text)
    if sourced is None:
        return False
    source = sourced.group("source").split()
    head = source[-1].lower().strip(".,")
    if head in _PRONOUNS or head in RELATION_NOUNS:
        return False
    return _named(" ".join(source), is_name) or head in _OFFICIAL
