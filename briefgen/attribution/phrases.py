"""Phrases: what a speaker phrase is by its words alone — cleaned of time words and conjunctions,
an organisation's name or not, a title with its owner, a role's comparable words. No state: the
cast and the resolver ask these questions of the phrases they meet."""

from __future__ import annotations

import re

from .lexicon import (
    AGE_BEFORE_NAME,
    BUSINESS_HEADS,
    COORDINATE_ADJECTIVES,
    FOCUS_BEFORE_DESCRIPTION,
    GIVEN_NAMES,
    MOOD_BEFORE_NAME,
    NATIONALITIES,
    NOT_NAMES,
    OPENING_TIME,
    ORG_HEADS,
    ORG_NAMES,
    OUTLET_HEADS,
    OWNER_THEN_NAME,
    PERSON_HEADS,
    PLACES,
    PLURAL_SOURCES,
    RELATION_NOUNS,
    ROLE_ABBREVIATIONS,
    SOURCE_HEADS,
    THE_OWNERS_TITLED_NAME,
    TIME,
    fold,
)

_LEADING = re.compile(
    r"^(?:(?:and|but|while|as|so|yet|although|though|because|whereas|meanwhile|also|then|instead|"
    r"however|still)\s+)+",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(
    r"^(?:[Oo]n|[Ll]ate on|[Ee]arlier on|[Ll]ast|[Tt]his)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|year|night)\s+"
)
_TRAILING = re.compile(
    rf"(?:\s+(?:has|had|have|also|then|later|earlier|again|previously|repeatedly|publicly|privately|"
    rf"separately|once|first|initially|himself|herself|itself|{TIME}))+$"
)
POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>.+)$")
# "…, who said", "speaking to reporters": the relative or participle clause after a speaker.
RELATIVE = re.compile(r"\s+(?:who|which|that|whose|whom)\b.*$|\s+(?:speaking|writing|asked)\b.*$")
# "Sen. Chris Murphy, D-Conn., said": the party and state in commas, not a speaker.
PARTY_TAG = re.compile(r"(?:[DRI]|Ind|Dem|Rep)-[A-Z][\w.]*|\d{1,3}")


def _a_persons_name(name: str) -> bool:
    """Whether words look like a person's full name by themselves: a given name first (not a day or
    a month, "Sunday Magazine"), and no word of a body's or an outlet's name last ("Ada Brisk Media")."""
    words = name.split()
    first, last = fold(words[0]), words[-1].lower()
    return first in GIVEN_NAMES and first not in NOT_NAMES and last not in ORG_HEADS | BUSINESS_HEADS | OUTLET_HEADS


def clean(phrase: str) -> str:
    """A speaker phrase without brackets, leading conjunctions and time words, trailing adverbs."""
    phrase = re.sub(r"\s*\([^()]{1,40}\)", "", phrase)  # "Rep. Nancy Pelosi (D-Calif.)"
    phrase = " ".join(phrase.split()).strip(" ,;:—–-")
    phrase = _LEADING.sub("", phrase)
    phrase = FOCUS_BEFORE_DESCRIPTION.sub("", phrase)  # "Even a top union organizer"
    phrase = _LEADING_TIME.sub("", phrase)
    phrase = OPENING_TIME.sub("", phrase)  # "The next day Minister Vell"
    phrase = AGE_BEFORE_NAME.sub("", phrase)  # "17-year-old Tam Orvell"
    phrase = THE_OWNERS_TITLED_NAME.sub("", phrase)  # "the Gazette's editor Ada Brisk"
    owned = OWNER_THEN_NAME.fullmatch(phrase)  # "the Harbor Ledger's Ada Brisk": Ada Brisk
    if owned and _a_persons_name(owned.group("name")):
        phrase = owned.group("name")
    mood = MOOD_BEFORE_NAME.match(phrase)  # "a tearful Ada Brisk"
    if mood and len(phrase[mood.end() :].split()) >= 2 and fold(phrase[mood.end() :].split()[0]) in GIVEN_NAMES:
        phrase = phrase[mood.end() :]
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _TRAILING.sub("", phrase).strip(" ,")
    return phrase


def role_key(role: str) -> frozenset[str]:
    """A role's words as compared: "Ukraine's president" and "the Ukrainian President" agree."""
    words = set()
    for word in re.split(r"[\s-]+", role.lower().replace("’", "'")):
        word = re.sub(r"'s$", "", word).strip(".,")
        if not word or word in ("the", "a", "an", "of", "for", "and", "its", "his", "her", "their"):
            continue
        word = ROLE_ABBREVIATIONS.get(word.rstrip("."), word)
        words.add(NATIONALITIES.get(word, word))
    return frozenset(words)


def names_an_organisation(phrase: str) -> bool:
    """ "Writers Guild of America West": a capitalised name with an organisation's word in it."""
    words = phrase.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() or w in ("of", "for", "and") for w in words)
        and any(w.lower() in ORG_HEADS for w in words[1:])
    )


def is_organisation(phrase: str) -> bool:
    """Whether a phrase names an organisation or a government by its words alone."""
    lower = re.sub(r"^the\s+", "", phrase.lower()).rstrip(".")
    words = lower.split()
    if not words:
        return False
    return (
        lower in ORG_NAMES
        or lower in PLACES
        or words[-1] in ORG_HEADS
        or (phrase.isupper() and len(phrase) > 1)
        or lower.endswith(("ministry of commerce", "ministry of defence", "ministry of defense"))
        or names_an_organisation(phrase)
        or bool(re.fullmatch(r"(?:[A-Z][\w&-]*\s+)+[A-Z]{2,4}", phrase.strip()))  # "Zhipu AI", "Deutsche Bank AG"
        or bool(re.search(r"\b(?:ministry|department|office|council|commission|committee) of\b", lower))
        # "Harlow & Finch", "Procter & Gamble": capitalised names joined by an ampersand are a firm.
        or bool(
            re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+&\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", phrase)
        )
    )


def owner_named(phrase: str) -> bool:
    """ "Ukraine’s top commander", "Nvidia’s chief executive": a title with its owner."""
    owner = POSSESSIVE.match(phrase)
    return bool(owner) and owner.group("owner")[:1].isupper()  # type: ignore[union-attr]


def plural(description: str) -> bool:
    """ "analysts in Moscow", "two officials": a described source that is several people."""
    return any(w.lower().strip(".,") in PLURAL_SOURCES for w in description.split())


def person_noun(word: str) -> bool:
    """A lower-case word that says what a person is: a title ("minister"), an occupation, an agent
    noun ("pollster", "strategist", "co-founder"), a role in politics ("nominee", "boss")."""
    word = word.lower().strip(".,")
    parts = {word, *word.split("-")}
    if parts & PERSON_HEADS:  # (the union made once, in the lexicon)
        return True
    return len(word) > 5 and bool(re.search(r"(?:ster|ist|ian|man|woman|eer)$", word))


def join_adjectives(words: str) -> str:
    """ "the tall, soft-spoken farmer" -> "the tall soft-spoken farmer": the comma between two
    words describing a person (COORDINATE_ADJECTIVES) taken out, so the description reads as one
    phrase. `words` unchanged when what follows the comma is no such description: "the farmer,
    who", "the board, officials" (a relative word, or a head that is no person noun), or when the
    word before the comma is itself a person ("the farmer, retired engineer"). A person noun is
    one `person_noun` knows, a source ("diplomat") or a relation ("neighbour")."""
    found = COORDINATE_ADJECTIVES.match(words)
    if found is None:
        return words
    rest = found.group("rest").split()
    first = found.group("first").split()[-1]
    head = rest[-1].lower()
    if person_noun(first) or not (person_noun(head) or head in SOURCE_HEADS | RELATION_NOUNS):
        return words
    if any(w in ("who", "whom", "whose", "which", "that", "and", "or", "but") for w in rest):
        return words
    return found.group("first") + found.group("rest") + words[found.end() :]
