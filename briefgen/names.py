"""Names as a story gives them: in full ("Deputy Prosecutor Tom Reyes", "Ada Quill") and then
alone ("Reyes declined …"), read one article at a time (the analyser stores `names_alone` of each).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from .attribution.lexicon import (
    BUSINESS_HEADS,
    COUNT_WORDS,
    GIVEN_NAMES,
    HONORIFICS,
    NOT_NAMES,
    ORG_HEADS,
    PLACE_OPENERS,
    PLACES,
    ROLE_WORDS,
)
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
        words = _name_words(run.group())
        if len(words) >= 2:
            found.add(words[-1])
        if len(words) == 2 and words[0].lower() not in ROLE_WORDS:
            found.add(words[0])
    return found


def _name_words(run: str) -> list[str]:
    """The words of a run of capitalised words that may be a name's: no courtesy title ("Mr. Marsh"
    gives no more than "Marsh"), no particle opening it ("El Masri" alone is the surname)."""
    words = [_POSSESSIVE.sub("", w).rstrip(".,") for w in run.split() if w.lower() not in STOP_WORDS]
    if words and words[0].lower() in _COURTESY:
        words = words[1:]
    while words and words[0].lower() in _PARTICLES:
        words = words[1:]
    return words


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


# What only a person does with a name alone in a story, wherever in the article: speaks ("Idrane
# said", "Idrane has told the board", "…, said Idrane."), is born, arrested, jailed or dies, has kin
# ("Idrane's wife"), is given a courtesy title ("Mr. Idrane"), or, named in full, an age ("Tavo
# Idrane, 52,"; not a "who": "Orn Unionists, who …" are many). A full name whose given name the
# lexicon does not know ("Tavo Idrane") is a person's by that. Not a place's or a paper's
# ("Officials in Kell said", "the Ledger said"), nor a reported clause's subject ("officials said
# Kell would pay"), and only a name's last word: "Vellair said" is the company's, though a run
# "Vellair Flight" opens on it.
_PERSON_AFTER = re.compile(
    # (not "recalled": a carmaker recalls cars; nor a storm that "died down")
    r",?\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|told|tells|added|testified|married|"
    r"died(?!\s+(?:down|out|away|off)\b))\b"
    r"|\s+(?:was|had\s+been|has\s+been|is)\s+(?:born|arrested|detained|jailed|imprisoned|sentenced)\b"
    r"|['’]s?\s+(?:wife|husband|son|sons|daughter|daughters|father|mother|brothers?|sisters?|widow)\b"
)
_SPOKE_BEFORE = re.compile(r"(?:^|,)\s*(?:said|says|added)\s+$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?]|$)")  # "…, said Idrane." (not "…, said Friday that …")
_NOT_A_SPEAKER_BEFORE = re.compile(
    # (a place with words between: "pilots from upper Kell said"; one of a party: "Ines Quarle, a
    # Unionist, said")
    r"\b(?:the|a|an|in|of|from|at|for|to|by|with|on|near|across)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
_AGE = re.compile(r",\s+\d{1,3},")
# … nor a people's or a party's name, which the article also counts ("two ethnic Varnese", "many
# Unionists", "both Orrites"), gives a plural verb ("Unionists want …") or a singular beside
# ("a Unionist mayor"): a person is not. ("The Idrane family" may be a person's.)
_COUNTS = COUNT_WORDS | frozenset("hundreds thousands most all other various few more both fellow ethnic".split())
_COUNTED_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_COUNTS))}|\d[\d,]*)\s+$", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z][\w-]*")
_PLURAL_AFTER = re.compile(r"\s+(?:have|are|were|want|do|don't|say|themselves)\b")
# … nor a country's, a city's or a body's, which speak alone as a person does ("Canada said",
# "Telecom said" after "Kell Telecom", "Varna said" after "South Varna", "Brask said" of the
# Royal Brask line): a word the lexicon knows as a place or the last word of a body's name; the
# second word of a place's two ("South Varna", "Great Orn"); or a word whose shares are traded
# ("Brask shares fell", "a stake in Brask").
_NOT_PERSONS = frozenset(PLACES | ORG_HEADS | BUSINESS_HEADS)
_PLACE_FIRST = (PLACE_OPENERS - {"el"}) | frozenset("northern southern eastern western upper lower great".split())
_SHARES_AFTER = re.compile(r"['’]?s?\s+(?:shares|stock|stockholders|shareholders)\b")
_SHARES_BEFORE = re.compile(r"\b(?:shares|stock|stake|stakes)\s+(?:of|in)\s+$", re.IGNORECASE)


def _people_by_use(texts: Sequence[str]) -> set[str]:
    """Of one article's sentences: the last words of its full names that its text shows are
    people's by what it does with them (they speak, are born or arrested, have kin, a courtesy
    title or an age)."""
    surnames: set[str] = set()  # the last word of every name the article gives in full
    used: set[str] = set()  # words the article uses as a person's
    counted: set[str] = set()  # … and as a people's or a party's
    bodies: set[str] = set()  # … and as a place's or a company's
    capitalised: set[str] = set()  # every capitalised word of the article
    for text in texts:
        plain = QUOTED.sub(", ", text)  # '"No," said Idrane' -> ',  said Idrane': words quoted are not the story's
        used.update(courtesy_names(plain))
        for run in _CAPITALISED_RUN.finditer(plain):
            words = _name_words(run.group())
            if len(words) >= 2:
                surnames.add(words[-1])
                if _AGE.match(plain, run.end()):
                    used.add(words[-1])
                if (len(words) == 2 and words[0].lower() in _PLACE_FIRST) or _SHARES_AFTER.match(plain, run.end()):
                    bodies.add(words[-1])
        capitalised.update(_CAPITALISED_WORD.findall(plain))
        for name, start in _bare(plain):
            end = plain.index(name, start) + len(name)
            if _COUNTED_BEFORE.search(plain, 0, start) or _PLURAL_AFTER.match(plain, end):
                counted.add(name)
            if _SHARES_BEFORE.search(plain, 0, start) or _SHARES_AFTER.match(plain, end):
                bodies.add(name)
            if _NOT_A_SPEAKER_BEFORE.search(plain, 0, start) or name.lower() in NOT_NAMES:
                continue
            inverted = _SPOKE_BEFORE.search(plain, 0, start) and _CLAUSE_ENDS.match(plain, end)
            if _PERSON_AFTER.match(plain, end) or inverted:
                used.add(name)
    counted |= {name for name in used if name.endswith("s") and name[:-1] in capitalised}
    bodies |= {name for name in used if name.lower() in _NOT_PERSONS}
    return (surnames & used) - counted - bodies


def names_alone(texts: Sequence[str]) -> dict[int, tuple[str, ...]]:
    """Of one article's sentences in reading order: index -> the names the sentence calls someone
    by alone when the article gave them in full before (`surnames_alone`, but for the words the
    corpus also writes in lower case): as the sentence opens, or anywhere when the name is a
    person's (a given name or title the lexicon knows, or what the article does with it)."""
    before: set[str] = set()  # names given in full so far
    persons: set[str] = set()  # people's names given in full so far
    people: set[str] | None = None  # names the article shows are people's, wherever: read when first needed

    def a_person(name: str) -> bool:
        nonlocal people
        if people is None:
            people = _people_by_use(texts)  # (a pure reading of the whole article: a cost, read once)
        return name in people

    found = {}
    for index, text in enumerate(texts):
        own, own_people, alone_names, opener = _names_of(text)
        needed = tuple(
            dict.fromkeys(
                [
                    w
                    for w in alone_names
                    if (w in persons or (w in before and (w == opener or a_person(w)))) and w not in own
                ]
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


# A word of a sentence as `one_word_names` reads it, with a possessive or a full stop it may end in
_TOKEN_CHARS = r"[\w'’.-]"
_TOKEN = re.compile(_TOKEN_CHARS + "+")
_TOKEN_CHAR = re.compile(_TOKEN_CHARS)
_ENDING = re.compile(r"['’]s?$|\.$")  # what is not part of the word
_CAPITAL = re.compile(r"[A-Z][A-Za-z]")
# a day or a month is capitalised and names no actor of the story ("on Monday", "in March")
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August"
    " September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)


def may_name(word: str) -> bool:
    """The word may be one of `one_word_names`: it gives only capitalised words that are no stop
    words ("Quarle", "NFB"; never "The", "At", "ferry")."""
    return bool(_CAPITAL.match(word)) and word.lower() not in STOP_WORDS


def word_starts(word: str, text: str) -> Iterator[int]:
    """Where a word of `text` as `one_word_names` reads it may be `word`: where `word` stands whole,
    with at most what that reading takes off a word's end after it (a possessive, a full stop),
    nothing of a word (a letter, digit, apostrophe, full stop or hyphen) running on into it from
    before or after. Every such place, overlapping or not (found by the word itself: fast). A word
    that ends in what the reading takes off ("Varna's") is never a word alone: only with more after it."""
    ending = r"(?:['’]s?|\.)" + ("" if _ENDING.search(word) else "?")
    pattern = re.compile(rf"{re.escape(word)}(?={ending}(?!{_TOKEN_CHARS}))")
    found = pattern.search(text)
    while found is not None:
        start = found.start()
        if start == 0 or not _TOKEN_CHAR.match(text, start - 1):
            yield start
        found = pattern.search(text, start + 1)


def one_word_names(text: str) -> list[tuple[int, str]]:
    """Capitalised words standing alone in a sentence ("… said Quarle on …", "in Varnese", "the
    NFB"), and the surname of a person named in full ("Ines Quarle": "Quarle"); not a word of another
    run ("Olympic" or "Games" of "the Olympic Games" names nothing by itself). The first word counts
    too, at place 0: the caller tells a name from a word a sentence opens with."""
    tokens = list(_TOKEN.finditer(text))
    words = [_ENDING.sub("", t.group()) for t in tokens]
    # capitalised, and joined to the word before by a space only (a comma ends a run: "the Ledger, Quarle said")
    capital = list(map(may_name, words))
    joined = [i > 0 and text[tokens[i - 1].end() : t.start()].isspace() for i, t in enumerate(tokens)]
    found = []
    for i, word in enumerate(words):
        if not capital[i] or (joined[i] and capital[i - 1]):
            continue
        end = i
        while end + 1 < len(words) and capital[end + 1] and joined[end + 1]:
            end += 1
        if end == i and word not in _CALENDAR:
            found.append((i, word))
        elif end == i + 1 and word.lower() in GIVEN_NAMES:
            found.append((end, words[end]))
    return found
