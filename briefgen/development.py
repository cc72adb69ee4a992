"""What happened, by a sentence's words: the event it tells with a verb (killed, arrested,
released, signed …) and who or what took part (the names and the counts it gives).

Two sentences tell the same development when they tell the same event of the same parties,
whatever else their words are: "A gunman shot and killed Ada Quill at her home in Vell on
Friday" and "Quill, 52, was killed by a single shot through her kitchen window" share few words,
but one event (a killing) of one person. A sentence that names the event only as a noun ("after
the killing of Ada Quill, the council met") tells another development: the meeting; but a noun
heading the subject is the event itself ("Friday's bombing killed two", "The blast wounded 21"
tell the bombing again, with what it did). Plain word lists and the words' shapes: no parser,
nothing downloaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution.lexicon import ROLE_WORDS
from .text import STOP_WORDS, stem, terms

# Verbs that tell something happened to someone or something, grouped where news uses one for
# another ("slain", "murdered", "killed"); each group is named by its first verb's stem.
_GROUPS = (
    "kill slay murder assassinate execute shoot",
    "die drown perish",
    "injure wound",
    "arrest detain apprehend capture",
    "charge indict",
    "convict sentence jail imprison",
    "acquit clear",
    "free release unveil publish",
    "sign ratify",
    "approve adopt",
    "reject veto",
    "elect re-elect reelect win",  # "Reyes won the vote" is his election
    "resign quit",
    "appoint name nominate",
    "attack bomb raid strike",
    "explode blast blow detonate",  # "a car bomb blew up"
    "crash collapse sink",
    "burn gut torch",
    "hit batter lash pound",
    "flee evacuate",
    "extradite deport",
    "accuse blame implicate",
    "acknowledge admit concede",
    "deny",
    "sue",
    "ban bar",
    "impose",
    "lift",
    "launch",
    "seize occupy",
    "lose",
    "meet",
    "speak talk",
    "visit",
    "agree",
    "withdraw",
    "rescue",
    "find discover",
)
_IRREGULAR = {
    "slain": "slay",
    "slew": "slay",
    "shot": "shoot",
    "died": "die",
    "freed": "free",
    "fled": "flee",
    "sank": "sink",
    "blew": "blow",
    "blown": "blow",
    "sunk": "sink",
    "struck": "strike",
    "won": "win",
    "lost": "lose",
    "met": "meet",
    "spoke": "speak",
    "spoken": "speak",
    "quit": "quit",
    "barred": "bar",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "found": "find",
    "sentenced": "sentence",
}
_EVENT: dict[str, str] = {}
for _group in _GROUPS:
    _verbs = _group.split()
    for _verb in _verbs:
        _EVENT[stem(_verb)] = stem(_verbs[0])
for _form, _base in _IRREGULAR.items():
    _EVENT[_form] = _EVENT[stem(_base)]

# A verb's base form is a verb only after these ("to arrest", "will sign"); alone it is mostly a
# noun in news copy ("under arrest", "the murder", "a strike").
_MODALS = frozenset("to will would shall should can could may might must did does do not n't".split())
# Words before a verb's form that make it a noun ("the killing", "his arrest") or an attribute.
_NOUN_BEFORE = frozenset("the a an his her its their our this that these those of".split())
# A clause these open tells what describes a party or sets the scene, not the sentence's news
# ("police are searching for the man who shot Quill", "after the storm hit Vell, the port
# closed"): its verbs count for nothing, up to the next comma.
_SUBORDINATE = frozenset(
    "who whom which whose after before since when while because although though following if unless until".split()
)
# What may follow a verb in -ing as its object: "drowning 31 crewmen", "wounding the driver".
_OBJECT_START = frozenset("the a an his her their its all about more nearly some dozens hundreds thousands".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*|\d[\d,.]*\d|\d|[,;:()—–]")
_NUMBER_WORDS = {
    word: str(n)
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
        " seventeen eighteen nineteen twenty".split()
    )
} | {word: str(10 * n) for n, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), start=3)}
# Units of time: a number before one is a span ("in less than three weeks", "a 2-week-old accord"),
# not a count of what the event involved.
_SPANS = ("second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "centur")
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun"
    " jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)


# An incident as the sentence's subject: "Friday's bombing killed …", "The blast wounded …", "Fire
# swept through …". The noun stands for the event itself, as a verb would ("a bomb exploded"): a
# later sentence tells it again by its noun, with what it did. Each noun's event group.
_INCIDENT_NOUNS = {
    "bombing": "explode",
    "blast": "explode",
    "explosion": "explode",
    "attack": "attack",
    "raid": "attack",
    "assault": "attack",
    "killing": "kill",
    "massacre": "kill",
    "murder": "kill",
    "shooting": "kill",
    "assassination": "kill",
    "slaying": "kill",
    "crash": "crash",
    "collapse": "crash",
    "sinking": "crash",
    "fire": "burn",
    "blaze": "burn",
    "storm": "hit",
    "hurricane": "hit",
    "typhoon": "hit",
    "cyclone": "hit",
    "flood": "hit",
    "flooding": "hit",
}
# What may follow the noun when it heads the subject: a comma or an aside, a preposition or a
# relative ("the blast at the market", "the fire that broke out"), a verb ("killed", "was", "left")
# or an adverb; not another noun it qualifies ("fire trucks", "the fire's spread").
_FOLLOWS_SUBJECT = (
    r"(?=\s*[,(;:—–]|\s+(?:at|in|on|near|of|off|outside|inside|aboard|along|across|that|which|was|were|is|are|"
    r"has|had|have|will|would|could|may|might|also|earlier|later|then|apparently|reportedly|alone|itself|left|sent|"
    r"shook|tore|hit|struck|swept|blew|threw|took|came|began|broke|spread|brought|caught|set|cut|drove|led|made|"
    + "|".join(sorted(_IRREGULAR))
    + r")\b|\s+[a-z]+(?:ed|ly)\b)"
)
_SUBJECT_INCIDENT = re.compile(
    r"^[\"“‘']?(?:"
    # a determiner or the day's possessive ("Friday's", "Sunday night's"), then up to three
    # words qualifying the noun ("The fast-spreading fire", "Friday's car bombing")
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]n?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Yesterday|Today)(?:\s+(?:night|morning|afternoon|evening))?['’]s)\s+(?:(?:(?!(?:the|an?|of|and|or|to|his|her|its|"
    r"their|this|that|by|with|for)\s)(?![a-z]+ed\s)[a-z][\w-]*|[A-Z][a-z]+)\s+){0,3}?"
    r")?(?P<noun>(?i:" + "|".join(_INCIDENT_NOUNS) + r"))s?" + _FOLLOWS_SUBJECT
)


@dataclass(frozen=True, slots=True)
class Development:
    """What a sentence tells happened: its events (verb groups), and its parties: the names it
    gives (lower case, one word each) and the counts (not years)."""

    events: frozenset[str]
    names: frozenset[str]
    counts: frozenset[str]
    words: frozenset[str]  # its terms (text.terms)
    # (event, name) where the name stands within a few words of the event's verb: who it
    # happened to or who did it ("killed Ada Quill", "Quill, 52, was slain")
    told: frozenset[tuple[str, str]] = frozenset()
    # the event its subject names by a noun ("Friday's bombing killed …"): the incident is the
    # party of what the sentence tells
    incident: str | None = None


def _verbal(word: str, before: str, after: str) -> str | None:
    """The event group a word is a verb form of, or None: a past form ("killed", "slain"), a base
    form after "to" or "will" ("to arrest"), or a form in -ing with its object after it ("sinking
    the ferry at its mooring"); not after a determiner or a possessive ("the killing", "Quill's
    arrest"). A form in -s is left out: in news copy it is mostly a plural noun ("the attacks")."""
    if before in _NOUN_BEFORE or before.endswith(("'s", "’s")):
        return None
    if word in _IRREGULAR:
        return _EVENT[word]
    if word.endswith("ing"):
        if not (after[:1].isdigit() or after[:1].isupper() or after.lower() in _OBJECT_START or after == "at least"):
            return None
    elif not word.endswith("ed") and before not in _MODALS:
        return None
    return _EVENT.get(stem(word))


def development(text: str) -> Development:
    """The events `text` tells with a verb outside a clause that describes a party or sets the
    scene, and the parties it names (a run of capitalised words is one, known by its last word:
    "Gen. Ada Quill" and "Quill" are one) and the counts it gives."""
    tokens = _TOKEN.findall(text)
    events: set[str] = set()
    names: set[str] = set()
    counts: set[str] = set()
    at: list[tuple[int, str]] = []  # (place, event) of each event verb
    named_at: list[tuple[int, int, str]] = []  # (first place, last place, name) of each name
    aside = False  # inside a clause opened by "who", "after" …, up to its comma
    run: list[tuple[str, int | None]] = []  # the capitalised words read in a row, with their places
    before = ""
    # The word's place in the sentence, punctuation and asides left out: in "Quill, 52, who ran
    # the port for years, was slain", "Quill" stands three words before "slain".
    n = -1
    for i, token in enumerate(tokens):
        n += token[0].isalnum() and not aside
        word = token.lower().rstrip(".")
        name = token[0].isupper() and word not in STOP_WORDS and word not in _MONTHS_DAYS and len(word) > 1
        if name:
            run.append((re.sub(r"['’]s$", "", word), None if aside else n))
        elif run:
            _name(run, names, named_at)
        if not token[0].isalnum():
            aside = False
        elif token[0].isdigit() or word in _NUMBER_WORDS:
            value = _NUMBER_WORDS.get(word) or token.replace(",", "")
            unit = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if not (len(value) == 4 and value.isdigit() and 1800 <= int(value) <= 2100) and not unit.startswith(_SPANS):
                counts.add(value)  # a count of people or things; not a year, nor a span ("three weeks")
        elif word in _SUBORDINATE:
            aside = True
        elif not name and not aside:
            following = tokens[i + 1 : i + 3]
            after = " ".join(following) if following[:1] == ["at"] else "".join(following[:1])
            group = _verbal(word, before, after)
            if group is not None:
                events.add(group)
                at.append((n, group))
        before = word
    if run:
        _name(run, names, named_at)
    told = frozenset((e, name) for i, e in at for first, last, name in named_at if first - _NEAR <= i <= last + _NEAR)
    subject = _SUBJECT_INCIDENT.match(text)
    incident = _EVENT[stem(_INCIDENT_NOUNS[subject.group("noun").lower()])] if subject else None
    if incident:
        events.add(incident)
    return Development(frozenset(events), frozenset(names), frozenset(counts), frozenset(terms(text)), told, incident)


def _name(run: list[tuple[str, int | None]], names: set[str], named_at: list[tuple[int, int, str]]) -> None:
    """A run of capitalised words as one party, by its last word that is not a title; placed
    when it is not in an aside."""
    words = [w for w, _ in run if w not in ROLE_WORDS]
    places = [p for _, p in run if p is not None]
    if words:
        names.add(words[-1])
        if places:
            named_at.append((places[0], places[-1], words[-1]))
    run.clear()


_NEAR = 4  # words between a verb and the name of its doer or its object ("Quill, 52, was slain")
# Two tellings of one development share at least this share of the shorter one's words (beyond
# the event and a party: "Reyes won the vote" and "Reyes's rivals won two seats" share both).
SHARED_WORDS = 0.25


def same_development(a: Development, b: Development) -> bool:
    """Two sentences tell one development: an event in common, told of the same party, and no
    counts that disagree ("sank 31 boats" is not "sank 9 boats", nor "three ferrymen" "four ferrymen").
    The same party: its name stands next to the event's verb in both ("A gunman killed Ada Quill"
    and "Quill, 52, was slain by a single shot"), or the two share the name, or one's subject is
    an incident the other tells ("The blast wounded 21" after "a bomb exploded in the market"),
    and a quarter of the shorter one's words."""
    if a.events.isdisjoint(b.events) or (a.names.isdisjoint(b.names) and not _one_incident(a, b)):
        return False
    if a.counts and b.counts and a.counts.isdisjoint(b.counts):
        return False
    if not a.told.isdisjoint(b.told):
        return True
    shorter = min(len(a.words), len(b.words))
    return shorter > 0 and len(a.words & b.words) >= SHARED_WORDS * shorter


def _one_incident(a: Development, b: Development) -> bool:
    """One sentence's subject is an incident ("The blast wounded 21") that the other tells, by its
    verb or by its noun ("a bomb exploded at the market", "Friday's bombing killed two"): the
    incident is the party both tell of."""
    return (a.incident is not None and a.incident in b.events) or (b.incident is not None and b.incident in a.events)
