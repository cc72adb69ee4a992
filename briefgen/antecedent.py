"""Who a step's "He" or "She" is, when the sentence before it says so beyond doubt.

A next step that opens on a bare pronoun ("She will open the Brell docks on Friday") names nobody: printed alone,
beside lines from other stories, its "she" is read as whoever the line above named. When the sentence before it
in its article opens on one person as its subject, of the pronoun's sex, and names nobody else of that sex
("Ines Quarle, 50, won the Lorrin ballot. She will open the Brell docks on Friday."), the page can print the two
sentences together, both verbatim, as a key point prints a passage: then the pronoun is read as the writer meant.
Anything less certain (no name, a name of unknown sex, two people it may be) gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution.lexicon import GIVEN_NAMES, HONORIFICS
from .names import person_names

# The pronoun as the subject of a firm act to come, the act its own clause's verb: "She will …", "He'll …",
# "She is set to …", "He has scheduled …" (not "He said he would …", "She hopes …", "He also hosts …").
_ACTS = re.compile(
    r"(?:(?:but|and|so|now|then|meanwhile)\b,?\s+)?(?P<pronoun>he|she)"
    # or what the pronoun says the same pronoun will do: "She said she will …", "He says he would …"
    r"(?:\s+(?:said|says|announced|added)\s+(?:that\s+)?(?P<reported>(?P=pronoun)))?"
    r"(?:['’]ll\b|\s+(?:(?:also|now|then|still|again|next|soon)\s+)?"
    r"(?:will|(?(reported)would|will)|is\s+(?:set|scheduled|due|slated|planning)\s+to|is\s+due\b|plans\s+to"
    r"|has\s+scheduled|is\s+(?:headed|heading)\s+(?:to|for)\b)\b)",
    re.IGNORECASE,
)
# The sentence's subject as it opens: a run of capitalised words (a title, a given name, the surname), then an
# apposition (a comma, a dash) or the verb (a lower-case word); not a possessive ("Orr's aide said …").
_SUBJECT = re.compile(
    r"(?:(?:But|And|Meanwhile|Now)\b,?\s+)?(?P<run>(?:[A-Z][\w'’.-]*\s+){0,4}?(?P<surname>[A-Z][\w'’-]*[a-z]))"
    r"(?=,|\s+[—–-]|\s+[a-z])"
)
_SEX = {"he": "m", "she": "f"}


def lead_in(text: str, before: str | None, article: Sequence[str]) -> str | None:
    """`before` (the sentence before `text` in its article, whose sentences are `article`) when `text` opens on "He"
    or "She" acting and `before` tells beyond doubt who that is (see the module); else None."""
    acts = _ACTS.match(text)
    subject = _SUBJECT.match(before) if before and acts else None
    if acts is None or before is None or subject is None:
        return None
    sex = _SEX[acts.group("pronoun").lower()]
    people = set().union(*(person_names(s) for s in article))
    surname = subject.group("surname")
    # Its sex by the given name or title it opens with ("Ines Quarle"), else by the article's: a surname two of a
    # family share ("Vell" of Anna and Peter Vell) is the one of the pronoun's sex, as the writer paired them.
    own = _sexes(surname, [subject.group("run")]) or _sexes(surname, article)
    if surname not in people or sex not in own or len(_sexes(surname, [subject.group("run")])) > 1:
        return None
    # Nobody else named before it may be who the pronoun is: another person of that sex, or of no known sex.
    others = {w for w in re.findall(r"\b[A-Z][\w'’-]*[a-z]", before[subject.end() :]) if w in people} - {surname}
    if any(_sexes(other, article) != {_other(sex)} for other in others):
        return None
    return before


def _other(sex: str) -> str:
    return "f" if sex == "m" else "m"


def _sexes(surname: str, texts: Sequence[str]) -> set[str]:
    """The sexes the texts give a surname by the given names or courtesy titles before it ("Ines Quarle", "Mr. Orr"):
    none, one, or both (an article on Anna and Peter Vell)."""
    found: set[str] = set()
    pattern = re.compile(rf"\b([A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?{re.escape(surname)}\b")
    for text in texts:
        for m in pattern.finditer(text):
            word = m.group(1).lower()
            sex = HONORIFICS.get(word) or GIVEN_NAMES.get(word)
            if sex in ("m", "f"):
                found.add(sex)
    return found
