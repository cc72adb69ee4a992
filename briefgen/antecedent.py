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

from .attribution.lexicon import (
    GIVEN_NAMES,
    HONORIFICS,
    KIN_NOUNS,
    ORG_HEADS,
    ORG_NAMES,
    PERSON_WORDS,
    PLACES,
)
from .names import person_names
from .text import TITLE_ABBREVIATIONS

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
# A soft act, no event: "She said she would consider a recount by Friday", "He will decide by Friday whether …".
_SOFT = re.compile(
    r".*?\b(?:will|would|['’]ll)\s+(?:\w+ly\s+)?(?:consider|decide|weigh|mull|ponder|think|reflect)\b", re.I
)
# Given names a reader cannot sex for sure, whatever the lexicon guesses: names either sex bears, and family
# names that open a name in East Asian order ("Kim Min-ji", "Lee", "Wang").
_UNSURE = frozenset(
    """kim lee robin jordan alex chris jamie sam sasha taylor morgan casey jean andrea nicola ashley leslie lindsey
    dana pat terry kelly shannon tracy jesse jody drew ryan riley avery quinn rowan charlie frankie toni kerry
    jackie sydney parker reese skyler blair cameron dale jan kai noa ali wang xi li zhang chen liu park choi
    nguyen""".split()
)
# A name's title before it ("Gov. Hale", "Sir Dane Kell", "Premier Kell"): a person.
_TITLES = (
    frozenset(t.lower().rstrip(".") for t in TITLE_ABBREVIATIONS)
    | frozenset(HONORIFICS)
    | frozenset(
        """president premier minister chancellor senator governor mayor judge justice chief general admiral captain
    colonel sergeant commissioner inspector sheriff police prince princess king queen duke duchess lord lady
    dame sir pope bishop rabbi imam reverend father sister brother dr doctor professor prof mp mep ceo""".split()
    )
)
# Where a capitalised word is a place or a thing: after an article, a preposition of place, "visited".
_PLACE_BEFORE = frozenset(
    "the a an in at from into across near outside inside around throughout visited toured".split()
)
# Words that open an apposition about the subject itself ("Peter Orr, the Brell mayor, …", "Ines Quarle, 50, …").
_OWN_APPOSITION = re.compile(r"\s*(?:,|[—–]|\s-)\s*(?P<body>(?:the|a|an|who|now|\d)\b[^,—–]*?)\s*(?:,|[—–]|\s-\s)")
# An apposition's words up to where another may be named: "a rival of …", "who beat …".
_HEAD_END = re.compile(r"\b(?:of|to|for|with|by|from|at|in|and|or|who|whose|whom|which|that|accused|charged|named)\b")
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:de|van|von|der|da|di|al|el|bin)\b))*")


def lead_in(text: str, before: str | None, article: Sequence[str]) -> str | None:
    """`before` (the sentence before `text` in its article, whose sentences are `article`) when `text` opens on "He"
    or "She" acting and `before` tells beyond doubt who that is (see the module); else None."""
    acts = _ACTS.match(text)
    subject = _SUBJECT.match(before) if before and acts else None
    if acts is None or before is None or subject is None or _SOFT.match(text):
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
    rest = before[subject.end() :]
    others = {re.sub(r"['’]s$", "", w) for w in re.findall(r"\b[A-Z][\w'’-]*[a-z]", rest)} & people - {surname}
    if any(_sexes(other, article) != {_other(sex)} for other in others):
        return None
    # Nor anyone else the lead-in mentions: the page prints it as the pronoun's only antecedent, and a person
    # named two sentences back is not read here, so the lead-in's only person who may be meant is its subject.
    return before if _only_subject(rest, sex, people) else None


def who(text: str, lead: str | None) -> tuple[str, str] | None:
    """Whom a step printed after its lead-in is about: the lead-in's subject's surname and the pronoun's sex
    (None without a lead-in)."""
    acts = _ACTS.match(text)
    subject = _SUBJECT.match(lead) if lead else None
    if acts is None or subject is None:
        return None
    return subject.group("surname"), _SEX[acts.group("pronoun").lower()]


def _only_subject(rest: str, sex: str, people: set[str]) -> bool:
    """Whether `rest` (the lead-in after its subject) mentions nobody who may be the pronoun of `sex`: no person
    noun ("his lawyer", "the governor") beyond an apposition naming the subject ("Orr, the Brell mayor, …"), no
    pronoun of that sex (someone before it), and no capitalised name but a place ("in Lorrin", "the Brell docks")
    or a person of the other sex named in full ("Peter Orr and Anna Vell …" for "He")."""
    apposition = _OWN_APPOSITION.match(rest)
    words, head = rest, (0, 0)
    if apposition:
        body = apposition.group("body")
        cut = _HEAD_END.search(body)
        head = (apposition.start("body"), apposition.start("body") + (cut.start() if cut else len(body)))
        words = body[head[1] - head[0] :] + " " + rest[apposition.end() :]
    # (an office run for or held is no one: "a bid for governor", "served as mayor")
    lower = [m.group(2) for m in re.finditer(r"(?:\b(for|as)\s+)?\b([a-z][\w-]*)", words) if not m.group(1)]
    # One person of many ("his sons", "her sisters") may be meant; a group of others ("met ferry pilots") is not.
    if any(w in PERSON_WORDS or (w.endswith("s") and w[:-1] in KIN_NOUNS) for w in lower):
        return False
    own_pronouns = {"m": {"he", "him", "himself"}, "f": {"she", "herself"}}[sex]
    if own_pronouns & {w.lower() for w in re.findall(r"[A-Za-z]+", rest)}:
        return False
    runs = _CAPITALISED_RUN.finditer(rest)
    return all(_harmless(rest, m, sex, people, head[0] <= m.start() < head[1]) for m in runs)


def _harmless(rest: str, m: re.Match[str], sex: str, people: set[str], in_head: bool) -> bool:
    """A capitalised run of the lead-in that cannot be who the pronoun is (`in_head`: in the subject's own
    apposition before anyone else may be named, "the former Lorrin mayor")."""
    names = m.group(0).split()
    folded = [n.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for n in names]
    if all(n in _CALENDAR for n in folded):
        return True
    if re.search(r"['’]s?$", names[-1]):  # "Bell's bid": someone's
        return False
    before = re.findall(r"[A-Za-z]+", rest[: m.start()])
    given = len(names) > 1 and folded[0] in GIVEN_NAMES
    if given or any(re.sub(r"['’]s$", "", n) in people for n in names):
        return _of_sex(names, folded) == _other(sex)  # a person named: "Anna Vell" beside "He"
    if in_head:
        return True  # the subject's own description: "the former Lorrin Mayor"
    if all(n in _TITLES for n in folded) and before and before[-1] in ("for", "as"):
        return True  # an office: "a run for Governor", "served as Mayor"
    if " ".join(folded) in ORG_NAMES | PLACES or folded[-1] in ORG_HEADS:
        return True  # a body or a place: "Congress", "the Tarn Council"
    if any(n in _TITLES or n in PERSON_WORDS for n in folded):
        return _of_sex(names, folded) == _other(sex)  # "Gov. Hale", "the Tarn MP", "the Brell Democrat"
    if before and before[-1].lower() in _PLACE_BEFORE:
        return True  # a place or a thing: "in Lorrin", "the Brell docks"
    return _of_sex(names, folded) == _other(sex)


def _of_sex(names: list[str], folded: list[str]) -> str | None:
    """The sex a full name's given name or courtesy title tells for sure ("Anna Vell", "Mr. Orr"), else None."""
    if len(names) < 2:
        return None
    first = folded[0]
    sex = HONORIFICS.get(first) or (None if first in _UNSURE else GIVEN_NAMES.get(first))
    return sex if sex in ("m", "f") else None


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
            if word in _UNSURE or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", surname):
                continue  # "Kim Min-ji": a name either sex bears, or a name in East Asian order
            sex = HONORIFICS.get(word) or GIVEN_NAMES.get(word)
            if sex in ("m", "f"):
                found.add(sex)
    return found
