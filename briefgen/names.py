"""Names as a story gives them: in full ("Deputy Prosecutor Tom Reyes", "Ada Quill") and then
alone ("Reyes declined …"), read one article at a time (the analyser stores `names_alone` of each).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .attribution.lexicon import GIVEN_NAMES, HONORIFICS, ROLE_WORDS
from .text import QUOTED, STOP_WORDS

# Words that open a surname without being a name themselves: "El Masri" is a name, "El" is not.
_PARTICLES = frozenset("el al van von da de di du le la bin abu ben".split())
_PARTICLE = "|".join(sorted(_PARTICLES))
# A name as a story first gives it, two or more capitalised words ("Ada Quill", "Deputy
# Prosecutor Tom Reyes", "Rana el Masri"); later sentences call the person by the last one alone.
_CAPITALISED_RUN = re.compile(rf"[A-Z][\w'’.-]*(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}[A-Z][\w'’.-]*)+")
# A possessive's ending: "Quill's", and a name ending in s, "Ives'" (AP style) or "Ives’".
_POSSESSIVE = re.compile(r"['’]s?$")
# Capitalised words in a row, one or more ("Reyes", "El Masri", "Ines Quarle"): a name as the
# sentence gives it.
_CAPITALISED = re.compile(rf"[A-Z][\w'’.-]*(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}[A-Z][\w'’.-]*)*")


# A courtesy title before a surname alone: "Mr. Marsh", "Ms. Quarle", "Dr. El Brannik" says no
# more of who it is than "Marsh" does (a story gives the full name first, then the title alone).
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr"})
# Not "Miss" ("the Miss Vell pageant" names a contest), nor an office ("Mr. President", "Mr.
# Speaker" address its holder), nor in a quotation (a speaker's words).
_COURTESY_NAME = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?!(?:President|Vice|Speaker|Chairman|Chairwoman|Chair|Secretary|Mayor|Governor|"
    rf"Ambassador|Prime|Minister|Justice|Leader)\b)"
    rf"((?:(?i:{_PARTICLE})\s+){{0,2}}[A-Z][a-z][\w'’-]*?)(?:['’]s)?\b(?![\w'’-]|\s+[A-Z])"
)


def courtesy_names(text: str) -> list[str]:
    """The surnames a text calls someone by with a courtesy title alone ("Marsh" for "… said Mr.
    Marsh"): who that is, only the full name says."""
    return [m.group(1).split()[-1] for m in _COURTESY_NAME.finditer(QUOTED.sub(" ", text))]


def introduced_names(text: str) -> set[str]:
    """The words a later sentence may call a person by, of the names a text gives in full: the
    last ("Quill" for "Ada Quill"), and of a two-word name the first too, where a family
    name goes first ("Zhao" for "Zhao Minqing"). Not a surname with a courtesy title alone
    ("Mr. Marsh", `courtesy_names`)."""
    found = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = [_POSSESSIVE.sub("", w).rstrip(".,") for w in run.group().split() if w.lower() not in STOP_WORDS]
        if words and words[0].lower() in _COURTESY:  # "Mr. Marsh" gives no more than "Marsh"
            words = words[1:]
        while words and words[0].lower() in _PARTICLES:  # "El Masri" alone is the surname
            words = words[1:]
        if len(words) >= 2:
            found.add(words[-1])
        if len(words) == 2 and words[0].lower() not in ROLE_WORDS:
            found.add(words[0])
    return found


# What stands before a surname in a person's full name: a given name, an honorific or a title.
_BEFORE_SURNAME = frozenset(GIVEN_NAMES) | frozenset(HONORIFICS) | ROLE_WORDS


def person_names(text: str) -> set[str]:
    """The surnames of the people a text names in full with a given name or a title before them
    ("Reyes" for "Tom Reyes" or "Deputy Prosecutor Reyes"), not of places or things ("the Vell
    River accord")."""
    found = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = [_POSSESSIVE.sub("", w).rstrip(".,") for w in run.group().split() if w.lower() not in STOP_WORDS]
        first = {w.lower() for w in words[:-1]}
        if len(words) >= 2 and not first.isdisjoint(_BEFORE_SURNAME):
            found.add(words[-1])
    return found


def bare_names(text: str) -> list[str]:
    """The names a text calls someone by with one word alone ("Reyes declined …", "… said
    Reyes", "El Masri's crew"): each a surname or given name, without the rest of the name."""
    return [name for name, _ in _bare(text)]


def _bare(text: str) -> list[tuple[str, int]]:
    """`bare_names` with where each one's run of capitalised words starts."""
    found = []
    for run in _CAPITALISED.finditer(text):
        words = [_POSSESSIVE.sub("", w).rstrip(".,") for w in run.group().split()]
        while words and words[0].lower() in _PARTICLES:  # "El Masri" alone is the surname
            words = words[1:]
        if len(words) == 1 and len(words[0]) > 1 and words[0][1].islower() and words[0].lower() not in STOP_WORDS:
            found.append((words[0], run.start()))
    return found


def names_alone(texts: Sequence[str]) -> dict[int, tuple[str, ...]]:
    """Of one article's sentences in reading order: index -> the names the sentence calls someone
    by alone when the article gave them in full before (`surnames_alone`, but for the words the
    corpus also writes in lower case)."""
    before: set[str] = set()  # names given in full so far
    persons: set[str] = set()  # people's names given in full so far
    found = {}
    for index, text in enumerate(texts):
        own, own_people, alone_names, opener = _names_of(text)
        needed = tuple(
            dict.fromkeys(
                [w for w in alone_names if (w in persons or (w == opener and w in before)) and w not in own]
                # a courtesy title and a surname, whether or not the article gave the full name (a
                # headline may have): the page must give it
                + [w for w in courtesy_names(text) if w not in own]
            )
        )
        if needed:
            found[index] = needed
        before |= own
        persons |= own_people
    return found


@functools.lru_cache(maxsize=1 << 14)
def _names_of(text: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], str | None]:
    """A sentence's names in full, people's names in full, names alone, and the name alone it
    opens on: read once for a stock sentence."""
    alone = _bare(text)
    start = len(text) - len(text.lstrip("\"“‘'"))
    opens = alone[0][0] if alone and alone[0][1] == start else None
    return frozenset(introduced_names(text)), frozenset(person_names(text)), tuple(n for n, _ in alone), opens
