"""Who is who in one text, and which of them a speaker phrase names.

`Cast` reads the whole text first — titled names ("Kremlin spokesman Dmitry Peskov"),
appositives ("Andriy Yermak, the head of the presidential office,"), given names and honorifics
(which also give "he" or "she"), described sources ("a senior U.S. official") — then resolves the
phrases the attribution rules of `quotes` find next to a quote: a name or surname, a title ("the
Ukrainian president", "the minister"), a pronoun, "the company", a description. It answers None
when the text does not say who; `quotes` then attributes nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from .names import (
    GIVEN_NAMES,
    HONORIFICS,
    NATIONALITIES,
    NOT_NAMES,
    OCCUPATION_MODIFIERS,
    OCCUPATIONS,
    ORG_HEADS,
    ORG_NAMES,
    PLACE_ABBREVIATIONS,
    PLACES,
    PLURAL_SOURCES,
    ROLE_GENDER,
    ROLE_HEADS,
    ROLE_WORDS,
    SOURCE_HEADS,
    fold,
)

if TYPE_CHECKING:
    from .quotes import Quote

TIME = (
    r"(?:(?:on|late on|early on|earlier on|by|last|this|next|late|early|earlier|later)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|evening|morning|"
    r"afternoon|weekend|day)(?:\s+(?:evening|morning|night|afternoon))?|overnight|today|yesterday|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:evening|morning|night|afternoon))?|"
    r"earlier|later|again|also|publicly|privately|repeatedly|recently)"
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

NAME_TOKEN = r"[A-Z][\w'’.-]*"

_PARTICLES = r"(?:bin|bint|ibn|al|el|de|da|di|van|von|der|den|du|dos|le|la|ul)"

_NAME_RUN = re.compile(rf"\b{NAME_TOKEN}(?:\s+(?:{_PARTICLES}\s+)*{NAME_TOKEN})*")

_STATEMENT_BY = re.compile(
    r"^(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|letter|post|readout|memo|release)\s+"
    r"(?:from|by|issued by)\s+(.+)$",
    re.IGNORECASE,
)
_DESCRIBED_PERSON = re.compile(
    r"(?P<who>(?:The|A|An|One)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(
        sorted(SOURCE_HEADS | ROLE_HEADS | {"man", "woman", "boy", "girl", "person", "champion", "winner", "loser"})
    )
    + r"))\s+(?:was|is|had|has|who|,)"
)
_ASKED = re.compile(
    r"(?:When\s+|After\s+being\s+)?[Aa]sked\s+(?:on\s+\w+\s+)?(?:about|whether|if|why|how|what|when|who|to)\b[^,;“”\"]*,"
)
_SPEECH = re.compile(r"\b(?:said|says|told|added|wrote|asked)\b")
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>.+)$")

_RELATIVE = re.compile(r"\s+(?:who|which|that|whose|whom)\b.*$|\s+(?:speaking|writing|asked)\b.*$")


@dataclass(frozen=True, slots=True)
class Who:
    """Who a phrase names: a person, an organisation, or a source the text only describes."""

    speaker: str
    role: str | None = None
    kind: str = "person"  # person | organisation | anonymous | group

    @property
    def anonymous(self) -> bool:
        return self.kind in ("anonymous", "group")


@dataclass(slots=True)
class Person:
    """A person the text names, with what it says of them (gender cue, titles)."""

    name: str
    gender: str | None = None
    roles: list[str] = field(default_factory=list)


def _role_key(role: str) -> frozenset[str]:
    """A role's words as compared: "Ukraine's president" and "the Ukrainian President" agree."""
    words = set()
    for word in re.split(r"[\s-]+", role.lower().replace("’", "'")):
        word = re.sub(r"'s$", "", word).strip(".,")
        if not word or word in ("the", "a", "an", "of", "for", "and", "its", "his", "her", "their"):
            continue
        word = _ROLE_ABBREVIATIONS.get(word.rstrip("."), word)
        words.add(NATIONALITIES.get(word, word))
    return frozenset(words)


_ROLE_ABBREVIATIONS = {
    "gov": "governor",
    "gen": "general",
    "sen": "senator",
    "rep": "representative",
    "prof": "professor",
    "dr": "doctor",
    "lt": "lieutenant",
    "col": "colonel",
    "adm": "admiral",
    "sgt": "sergeant",
    "capt": "captain",
    "maj": "major",
}


def _clean_phrase(phrase: str) -> str:
    phrase = re.sub(r"\s*\([^()]{1,40}\)", "", phrase)  # "Rep. Nancy Pelosi (D-Calif.)"
    phrase = " ".join(phrase.split()).strip(" ,;:—–-")
    phrase = _LEADING.sub("", phrase)
    phrase = _LEADING_TIME.sub("", phrase)
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _TRAILING.sub("", phrase).strip(" ,")
    return phrase


def _names_an_organisation(phrase: str) -> bool:
    """ "Writers Guild of America West": a capitalised name with an organisation's word in it."""
    words = phrase.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() or w in ("of", "for", "and") for w in words)
        and any(w.lower() in ORG_HEADS for w in words[1:])
    )


def _is_org_phrase(phrase: str) -> bool:
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
        or _names_an_organisation(phrase)
        or bool(re.fullmatch(r"(?:[A-Z][\w&-]*\s+)+[A-Z]{2,4}", phrase.strip()))  # "Zhipu AI", "Deutsche Bank AG"
        or bool(re.search(r"\b(?:ministry|department|office|council|commission|committee) of\b", lower))
        # "Harlow & Finch", "Procter & Gamble": capitalised names joined by an ampersand are a firm.
        or bool(
            re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+&\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", phrase)
        )
    )


def owner_named(phrase: str) -> bool:
    """ "Ukraine’s top commander", "Nvidia’s chief executive": a title with its owner."""
    owner = _POSSESSIVE.match(phrase)
    return bool(owner) and owner.group("owner")[:1].isupper()  # type: ignore[union-attr]


# Described sources a later "the official" can refer back to.
_SOURCE_BACK = frozenset(
    """official spokesman spokeswoman spokesperson diplomat analyst strategist trader economist source
    aide adviser advisor manager executive representative person lawyer expert investor banker dealer
    observer insider consultant""".split()
)

_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several some many dozens".split())

# Papers that speak for whoever issued them: "“…,” the ruling said" is the judge's.
_ISSUED = frozenset("ruling statement letter filing complaint indictment memo order opinion judgment post".split())

_GENERIC_ORGS = frozenset(
    """company firm group ministry department agency bank government office bureau union council commission
    committee utility carrier airline retailer drugmaker automaker carmaker chipmaker lender insurer
    manufacturer operator broadcaster regulator club team side chain""".split()
)


# Titles held by one person: when the text never names the holder, the reader cannot either.
_OFFICES = frozenset(
    "president minister chancellor premier king queen governor mayor secretary-general speaker pope".split()
)

_OCCUPATION_WORDS = OCCUPATIONS | OCCUPATION_MODIFIERS

_TAG = re.compile(r"(?:[DRI]|Ind|Dem|Rep)-[A-Z][\w.]*|\d{1,3}")

_SUBJECT_ORG = re.compile(
    r"(?:The\s+)?(?!(?:A|An)\s)(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of|and|for|&)?\s*[A-Z][\w&.'’-]*){0,5})"
    r"(?:,\s+(?P<described>(?:the|a|an|which|who)\s+[^,]{1,80}),)?\s+(?:has\s+|had\s+|also\s+)?[a-z]+"
)

NOT_TITLE = frozenset("in at on from with by after before when while who which that said and but".split())

_COMPANY_NOUNS = frozenset(
    """company firm group carrier airline retailer drugmaker automaker carmaker chipmaker lender insurer
    manufacturer operator broadcaster utility club team side developer chain""".split()
)
# What an organisation is, said before its name: "housing charity Shelter", "chipmaker Nvidia".
_ORG_KINDS = frozenset(
    """charity chipmaker carmaker automaker drugmaker airline retailer lender insurer broadcaster
    utility startup giant watchdog regulator outlet newspaper network nonprofit rival competitor
    subsidiary""".split()
)
_NOT_COMPANIES = frozenset(
    """foundation association institute university union council commission committee ministry department
    agency government office court police party alliance coalition network federation society academy
    centers center centre""".split()
)

_TITLE_LOWER = ROLE_WORDS | ORG_HEADS | {"of", "for", "and", "the", "on"}


class Marks(Protocol):
    """A quoted stretch of the text: its opening and closing marks' offsets."""

    open: int
    close: int


class Cast:
    """The people, organisations and described sources of one text, and who a phrase names.

    `statements` (sentence index -> statements there) and `found` are filled by the reader as it
    goes: "he" and "the company" look back at who spoke."""

    def __init__(self, text: str, sentences: list[tuple[int, int, int]], spans: Sequence[Marks]) -> None:
        self.text = text
        self.sentences = sentences  # start, end, paragraph
        self.marks = spans
        self._sentence_starts = [s[0] for s in sentences]
        self._span_opens = [s.open for s in spans]
        self.people: dict[str, Person] = {}  # folded full name -> person
        self._surnames: dict[str, list[str]] = {}  # folded surname -> people's keys
        self._given: dict[str, list[str]] = {}  # folded first name -> people's keys
        self.mentions: list[tuple[int, str]] = []  # (offset, person key), outside quotes
        self.described: list[tuple[int, str, str]] = []  # (offset, head noun, description)
        self.statements: dict[int, list[Quote]] = {}  # sentence index -> statements anchored there
        self.found: list[Quote] = []
        self._learn()

    def _inside_quote(self, offset: int) -> bool:
        # Spans are in text order and do not overlap: only the last one opening before counts.
        i = bisect.bisect_left(self._span_opens, offset) - 1
        return i >= 0 and offset < self.marks[i].close

    def _add_person(self, name: str, role: str | None = None, gender: str | None = None) -> str | None:
        tokens = name.split()
        while tokens and (
            tokens[0].lower().rstrip(".") in ROLE_WORDS
            or (tokens[0].lower() in NOT_NAMES and tokens[0].lower() not in ("he", "she"))  # He Yadong
        ):
            tokens.pop(0)
        while tokens and tokens[-1].lower() in NOT_NAMES:
            tokens.pop()
        tokens = [re.sub(r"['’]s$", "", t) for t in tokens]
        if len(tokens) < 2 or _is_org_phrase(" ".join(tokens)) or " ".join(tokens).lower() in PLACES:
            return None
        name = " ".join(tokens)
        key = fold(name)
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = Person(name)
            self._surnames.setdefault(fold(tokens[-1]), []).append(key)
            self._given.setdefault(fold(tokens[0]), []).append(key)
            self._absorb(fold(tokens[-1]), key)
        given = GIVEN_NAMES.get(fold(tokens[0]))
        if role:
            role = " ".join(role.split()).strip(" ,")
            if role and role not in person.roles:
                person.roles.append(role)
            for word in role.lower().split():
                given = given or ROLE_GENDER.get(word)
        person.gender = person.gender or gender or given
        return key

    def _add_titled_surname(self, surname: str, role: str) -> None:
        """ "President Trump", "Chancellor Merz": a person known by title and surname only, kept
        until (and unless) the text gives the full name."""
        key = fold(surname)
        if self._surnames.get(key) or surname.lower() in PLACES or _is_org_phrase(surname):
            return
        self.people[key] = Person(surname, HONORIFICS.get(role.lower().rstrip(".")), [role])
        self._surnames[key] = [key]

    def _absorb(self, surname_key: str, full_key: str) -> None:
        """A full name that arrives after "President Trump" takes over his mentions."""
        single = self.people.get(surname_key)
        if single is None or surname_key == full_key or len(single.name.split()) != 1:
            return
        person = self.people[full_key]
        person.gender = person.gender or single.gender
        person.roles.extend(r for r in single.roles if r not in person.roles)
        del self.people[surname_key]
        self._surnames[surname_key] = [k for k in self._surnames.get(surname_key, []) if k != surname_key]
        self.mentions = [(offset, full_key if k == surname_key else k) for offset, k in self.mentions]

    def _learn(self) -> None:
        text = self.text
        role_noun = r"(?:" + "|".join(sorted((re.escape(w) for w in ROLE_HEADS), key=len, reverse=True)) + r")"
        titled = re.compile(
            r"(?P<role>(?:[A-Z][\w.'’-]*\s+|(?:vice|prime|foreign|defen[cs]e|special|press|deputy|"
            r"chief|national|security|trade|finance|state|top|senior|former)\s+){0,5}?"
            r"(?:President|Prime Minister|Minister|Secretary|Chancellor|Spokesman|Spokeswoman|Spokesperson|"
            r"spokesman|spokeswoman|spokesperson|envoy|Envoy|Ambassador|ambassador|CEO|Chief Executive|"
            r"chief executive|Chief Financial Officer|Chief|Leader|leader|Commander|commander|General|Gen\.|"
            r"Senator|Sen\.|Rep\.|Governor|Gov\.|Director|director|Chairman|chairman|Chairwoman|aide|adviser|"
            r"Adviser|official|Justice|Judge|Commissioner|commissioner|Speaker|Mayor|King|Queen|Sheikh|"
            r"Secretary-General|Secretary General|minister|secretary|analyst|economist))\s+"
            r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:" + _PARTICLES + r"\s+)*[A-Z][\w'’-]+){1,3})"
        )
        for match in titled.finditer(text):
            if not self._inside_quote(match.start()):
                self._add_person(match.group("name"), match.group("role"))
        name_run = r"[A-Z][\w'’.-]+(?:\s+(?:" + _PARTICLES + r"\s+)*[A-Z][\w'’-]+){1,3}"
        after = re.compile(
            rf"(?P<name>{name_run}),\s+(?P<role>(?:the|a|an|[A-Z][\w.]*['’]s)\s+[^,.;“”\"]{{0,70}}?\b{role_noun}\b[^,;“”\"]{{0,60}}?)"
            r"(?:,|\s+(?:who|which)\b)"
        )
        for match in after.finditer(text):
            if not self._inside_quote(match.start()):
                self._add_person(match.group("name"), match.group("role"))
        before = re.compile(
            rf"(?:^|(?<=[.;:]\s)|(?<=^\S))(?P<role>(?:[A-Z][\w’']*\s+){{0,1}}[^,.;“”\"]{{0,50}}?\b{role_noun}\b[^,.;“”\"]{{0,40}}?),\s+"
            rf"(?P<name>{name_run})(?:\s+of\s+[A-Z][^,]*)?,",
            re.MULTILINE,
        )
        for start, end, _ in self.sentences:
            opening = before.match(text, start, end)
            if opening:
                self._add_person(opening.group("name"), opening.group("role"))
        for match in re.finditer(rf"\b(Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+({name_run.replace('{1,3}', '{0,3}')})", text):
            surname = match.group(2).split()[-1]
            for person in self._by_surname(surname):
                person.gender = person.gender or HONORIFICS[match.group(1).lower()]
            if len(match.group(2).split()) >= 2:
                self._add_person(match.group(2), gender=HONORIFICS[match.group(1).lower()])
        for match in re.finditer(name_run, text):
            tokens = match.group(0).split()
            # "Governor-elect Adam Kowalski": the name starts at the given name.
            first = next((i for i, token in enumerate(tokens[:-1]) if fold(token) in GIVEN_NAMES), None)
            if first is not None and not self._inside_quote(match.start()):
                self._add_person(" ".join(tokens[first:]))
        titled_surname = re.compile(
            r"\b(?P<role>President|Chancellor|Premier|Governor|Gov\.|Senator|Sen\.|Rep\.|General|Gen\.|Judge|"
            r"Justice|Mayor|Pope|King|Queen|Mr\.?|Mrs\.?|Ms\.?|Dr\.)\s+(?P<name>[A-Z][a-z][\w'’-]+)\b(?!\s+[A-Z])"
        )
        for match in titled_surname.finditer(text):
            if not self._inside_quote(match.start()):
                self._add_titled_surname(re.sub(r"['’]s$", "", match.group("name")), match.group("role"))
        # A person named by surname alone after an honorific gets the honorific's gender.
        for match in re.finditer(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+({NAME_TOKEN})", text):
            for person in self._by_surname(match.group(2)):
                person.gender = person.gender or HONORIFICS[match.group(1).lower()]
        anonymous = re.compile(
            r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[\w’'-]+|(?:[A-Z]\.)+)[ \t]+){0,5}?(?P<head>"
            + "|".join(sorted(SOURCE_HEADS, key=len, reverse=True))
            + r")\b(?:\s+(?:at|of|for|in|with|from|on)\s+[^,.;:“”\"]{1,60})?"
        )
        for match in anonymous.finditer(text):
            if not self._inside_quote(match.start()):
                description = _RELATIVE.sub("", match.group(0))
                self.described.append((match.start(), match.group("head"), description))
        self._find_mentions()

    def _find_mentions(self) -> None:
        self.mentions = []
        for match in _NAME_RUN.finditer(self.text):
            if self._inside_quote(match.start()):
                continue
            key = self._person_key(match.group(0))
            if key:
                self.mentions.append((match.start(), key))

    def _by_surname(self, surname: str) -> list[Person]:
        return [self.people[key] for key in self._surnames.get(fold(surname), ())]

    def _person_key(self, run: str) -> str | None:
        """The person a run of capitalised words names, when it names one person of the text."""
        tokens = [t for t in run.split() if t.lower().rstrip(".") not in ROLE_WORDS]
        if not tokens:
            return None
        if fold(" ".join(tokens)) in self.people:
            return fold(" ".join(tokens))
        last = tokens[-1]
        people = self._by_surname(last)
        if len(people) == 1:
            # "UN Secretary-General Antonio Guterres" is him; "Boris Johnson" is not Mike Johnson.
            given = fold(tokens[-2]) if len(tokens) > 1 else ""
            if not given or given == fold(people[0].name.split()[0]) or given not in GIVEN_NAMES:
                return fold(people[0].name)
            return None
        if len(tokens) == 1:  # family name first: "Guo" for Guo Jiakun
            first = [self.people[key] for key in self._given.get(fold(last), ())]
            if len(first) == 1 and GIVEN_NAMES.get(fold(last)) is None:
                return fold(first[0].name)
        return None

    def resolve(self, phrase: str, at: int, appositive: str | None = None) -> Who | None:
        """A speaker phrase -> who it is, or None when the text does not say."""
        raw = phrase
        phrase = _clean_phrase(_RELATIVE.sub("", phrase))
        if len(phrase) > 120 or any(ch in phrase for ch in '“”"()'):
            return None
        if _TAG.fullmatch(phrase):
            return None  # "Sen. Chris Murphy, D-Conn., said": the party and state, not the speaker
        if not phrase and not appositive:
            return None
        # "…, who gave only his first name, Mike, said": the relative clause names no one itself.
        who = self._resolve(phrase, at) if phrase else None
        if appositive:
            apposed = _clean_phrase(appositive)
            only_name = re.fullmatch(rf"(?:[a-z]+\s+){{0,3}}(?:{NAME_TOKEN}\s+)*{NAME_TOKEN}", apposed)
            if only_name and any(
                w[:1].islower() and w not in _TITLE_LOWER | _OCCUPATION_WORDS for w in apposed.split()
            ):
                only_name = None  # "asked about Joe Biden" is not who spoke
            named = self._named(apposed, at) if only_name and len(apposed.split()) >= 2 else None
            single = re.fullmatch(r"[A-Z][a-z’'-]+", apposed)
            if (
                single
                and (
                    (who is not None and who.anonymous)
                    or re.search(r"\b(?:name|named|identified|known as)\b", raw)
                    or re.match(r"\s*(?:an?|one|the)\s+(?:\w+\s+)?(?:man|woman|boy|girl|person)\b", raw, re.I)
                )
                and apposed.lower() not in PLACES | NOT_NAMES | ROLE_WORDS
                and not _is_org_phrase(apposed)
            ):
                return Who(apposed, None, "person")  # "A man …, who asked to be named only as Karim,"
            # "Brazil's climate envoy, Ana Toni, said": the name in commas is the speaker.
            if named and named.kind == "person" and (who is None or who.kind != "person"):
                return Who(named.speaker, phrase, "person")
            described_org = re.match(r"^(?:an?|the)\s+", phrase.lower()) and phrase.lower().split()[-1] in (
                ORG_HEADS | _GENERIC_ORGS
            )
            if described_org and re.fullmatch(rf"{NAME_TOKEN}(?:\s+(?:of|and|for)?\s*{NAME_TOKEN})*", apposed):
                # "The pilots' union, VNV, said": VNV, which "the union" will mean later.
                return Who(apposed, re.sub(r"^(?:an?|the)\s+", "", phrase, flags=re.IGNORECASE), "organisation")
            first_words = apposed.lower().split()[:4]
            if (  # "ASML, the Dutch company that …,": what "the company" will mean later
                who is not None
                and who.kind == "organisation"
                and who.role is None
                and first_words[:1] in (["a"], ["an"], ["the"])
                and any(w in ORG_HEADS | _GENERIC_ORGS | _ORG_KINDS for w in first_words[1:])
            ):
                return Who(who.speaker, _RELATIVE.sub("", re.sub(r"^(?:an?|the)\s+", "", apposed)), "organisation")
            if (
                who is not None
                and who.kind == "person"
                and who.role is None
                and len(apposed.split()) <= 12
                and any(w in ROLE_HEADS for w in re.split(r"[\s-]+", apposed.lower()))
            ):
                return Who(who.speaker, re.sub(r"^(?:the|a|an)\s+", "", apposed), "person")
        return who

    def _resolve(self, phrase: str, at: int) -> Who | None:
        lower = phrase.lower()
        if lower in ("he", "she"):
            return self._pronoun(lower, at)
        if lower in ("it", "they"):
            return self._group_pronoun(lower, at)
        if lower in ("several", "many", "most", "some", "a few", "few", "both", "all"):
            return self._some_of(at)
        if re.fullmatch(r"one of (?:them|those|the \w+)", lower):
            group = self._some_of(at)  # "Two officials said … One of them said": one of those two
            if group is None:
                return None
            rest = re.sub(r"^the\s+", "", group.speaker, flags=re.I)
            first = rest.split()[0]
            if first.lower() in _COUNT_WORDS:  # "one of three diplomats", not "one of Three diplomats"
                rest = first.lower() + rest[len(first) :]
            return Who("one of " + rest, None, "anonymous")
        if lower in ("i", "we", "you", "one", "this", "that", "there", "who", "which", "what"):
            return None
        kind_named = re.match(rf"^[Tt]he\s+((?:[\w-]+\s+){{1,4}}?)((?:{NAME_TOKEN}\s+)*{NAME_TOKEN})$", phrase)
        if kind_named and kind_named.group(1):
            kinds = kind_named.group(1).split()
            if kinds and kinds[-1].islower() and kinds[-1] in ORG_HEADS | _GENERIC_ORGS | _ORG_KINDS:
                # "the European border agency Frontex" (but "the Semiconductor Industry Association" is one name)
                return Who(self._expand(kind_named.group(2)), None, "organisation")
        maker = _STATEMENT_BY.match(phrase)
        if maker:  # "a statement from the White House said": the White House did
            return self._resolve(maker.group(1), at)
        words = lower.split()
        first = words[0]
        if first in ("a", "an", "one", "another", "some", "several", "many", "most", "two", "three", "other"):
            return self._described(phrase)
        owner = _POSSESSIVE.match(phrase)
        if first == "the" and re.search(rf"\s{NAME_TOKEN}\s+{NAME_TOKEN}$", phrase) and not owner:
            named = self._named(phrase.split(None, 1)[1], at)  # "the envoy Ana Toni"
            if named is not None and named.kind == "person":
                return named
        if first == "the" or (owner and owner.group("owner").lower() in ("its", "his", "her", "their")):
            return self._definite(phrase, at)
        if first in ("its", "his", "her", "their"):
            return self._definite(phrase, at)
        if owner and not re.match(rf"^{NAME_TOKEN}(\s+&?\s*{NAME_TOKEN})*$", owner.group("owner")):
            return None
        if owner:
            rest = owner.group("rest")
            rest_words = rest.lower().split()
            if owner.group("owner").lower() in NOT_NAMES:
                return None
            if (rest_words and rest_words[-1] in ORG_HEADS | {"force"}) or _is_org_phrase(rest):
                return Who(phrase, None, "organisation")
            if rest[-1:].isalpha() and rest.split()[-1][:1].isupper():
                return self._named(rest, at)
            if rest_words and (rest_words[-1] in ROLE_HEADS or rest_words[-1] in SOURCE_HEADS):
                return self._definite(phrase, at)
            return None
        return self._named(phrase, at)

    def _described(self, phrase: str) -> Who | None:
        words = [w.strip(".,").lower() for w in re.split(r"[\s-]+", phrase)]
        core = words[
            : next((i for i, w in enumerate(words) if w in ("of", "at", "in", "on", "from", "for")), len(words))
        ]
        if any(w in PLURAL_SOURCES for w in core):
            return Who(phrase, None, "group")
        if core and core[-1] in ORG_HEADS | _GENERIC_ORGS:
            return None  # "a patient advocacy group" is not a patient
        if any(w in SOURCE_HEADS for w in core):
            return Who(phrase, None, "anonymous")
        return None

    def _definite(self, phrase: str, at: int) -> Who | None:
        bare = re.sub(r"^(?:the|its|his|her|their)\s+", "", phrase, flags=re.IGNORECASE)
        words = [w.strip(".,") for w in re.split(r"\s+", bare.lower())]
        head = words[-1] if words else ""
        if head in _ISSUED and len(words) <= 3:
            return self._issuer(head, at)  # "“…,” the ruling said": the judge who wrote it
        if head in _GENERIC_ORGS and (
            len(words) == 1 or (len(words) <= 3 and bare.islower() and head in _COMPANY_NOUNS - ORG_HEADS)
        ):
            # "the company", "the department store chain": the organisation the story is about.
            return self._organisation_before(head, at)
        owned = _POSSESSIVE.match(bare)
        if owned and owned.group("rest").lower().split()[-1] in ORG_HEADS:
            return Who(bare, None, "organisation")  # "the secretary of state's office"
        core = words[
            : next((i for i, w in enumerate(words) if w in ("of", "at", "in", "on", "from", "for")), len(words))
        ]
        if re.match(r"^the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:of|at|for)\s+(?:an?|one)\s", phrase.lower()):
            return Who(phrase, None, "anonymous")  # "the head of a Washington trade association"
        person_head = bool(core) and (core[-1] in ROLE_HEADS or core[-1] in SOURCE_HEADS)
        if not person_head and (_is_org_phrase(bare) or head in ORG_HEADS or (core and core[-1] in ORG_HEADS)):
            return Who(self._expand(bare), None, "organisation")
        if core and core[-1] in PLURAL_SOURCES:
            return Who(bare, None, "group")
        heads = [w for w in core if w in ROLE_HEADS or w.split("-")[0] in ROLE_HEADS]
        if heads:
            holder = self._role_holder(phrase, at)
            if holder is not None:
                person = self.people[holder]
                return Who(person.name, person.roles[0] if person.roles else None, "person")
        if core and core[-1] in _OFFICES:
            return self._named_next(at)  # "the Russian president" the text never names: not a guess
        if owner_named(phrase):
            if core and core[-1] in _SOURCE_BACK:
                return Who(phrase, None, "anonymous")  # "Putin's spokesman" the text does not name
            return None  # "Ukraine’s top commander" the text does not name
        if len(bare.split()) >= 2 and all(
            w[:1].isupper() or w in ("of", "for", "and", "on", "de") for w in bare.split()
        ):
            return Who(bare, None, "organisation")  # "the Climate Action Tracker"
        if core and core[-1] in _SOURCE_BACK:
            for offset, head_noun, description in reversed(self.described):
                if offset < at and head_noun == core[-1]:
                    return Who(description, None, "anonymous")
            return Who(bare, None, "anonymous")
        return None

    def _issuer(self, noun: str, at: int) -> Who | None:
        """ "the ruling", "the letter", "the statement": who the text said issued it, in this
        paragraph or the one before ("Judge Mehta wrote in his ruling …", "Companies urged
        Brussels in an open letter …"); a paper nobody is said to have issued speaks for no one."""
        word = re.compile(rf"\b{noun}s?\b", re.IGNORECASE)
        here = self._sentence_at(at)
        paragraph = self.sentences[here][2]
        for index in range(here - 1, max(-1, here - 6), -1):
            start, end, p_index = self.sentences[index]
            if p_index < paragraph - 1:
                break
            frame = self._outside_quotes(start, end)
            if not word.search(frame):
                continue
            for statement in reversed(self.statements.get(index, [])):
                if statement.start < at:
                    return Who(statement.speaker, statement.role, self._kind(statement))
            subject = re.match(
                r"^(?P<who>[^“”\"]{2,120}?)\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+ed|sent|wrote|issued|signed)\b",
                self.text[start:end],
            )
            if subject:
                who = self._subject_phrase(subject.group("who"), start)
                if who is not None:
                    return who
            return None
        return None

    def _named_next(self, at: int) -> Who | None:
        """ "The finance minister … said X. Eelco Heinen added that …": a title the text never
        gives a holder, then a newcomer who goes on speaking in the next sentence, is that person."""
        here = self._sentence_at(at)
        if here + 1 >= len(self.sentences) or self.sentences[here + 1][2] != self.sentences[here][2]:
            return None
        start, end, _ = self.sentences[here + 1]
        named = re.match(rf"({NAME_TOKEN}(?:\s+{NAME_TOKEN})+)\s+(?:also\s+)?added\b", self.text[start:end])
        if named is None:
            return None
        if self.text.find(named.group(1)) < start:
            return None  # someone met before would have been named with the title
        who = self._named(named.group(1), start)
        return who if who is not None and who.kind == "person" and who.role is None else None

    def _subject_phrase(self, phrase: str, at: int) -> Who | None:
        head = phrase.split(",")[0]
        return self.resolve(head, at) if head.strip() else None

    def _organisation_before(self, noun: str, at: int) -> Who | None:
        """ "the company", "the ministry": the organisation the sentence before is about, else the
        one of that kind that spoke last."""
        here = self._sentence_at(at)
        for index in range(here - 1, max(-1, here - 3), -1):
            start, end, _ = self.sentences[index]
            subject = _SUBJECT_ORG.match(self.text, start, end)
            if subject is None:
                continue
            name, described = subject.group("name"), subject.group("described") or ""
            if self._person_key(name) is not None:
                continue  # "Chief Financial Officer Brian Lutz told …": a person with an office's words
            if (noun in described.lower().split() or _is_org_phrase(name)) and name.lower() not in PLACES:
                return Who(self._expand(name), None, "organisation")
        for statement in reversed(self.found):
            if statement.start >= at or not statement.organisation:
                continue
            head = statement.speaker.lower().split()[-1]
            described = (statement.role or "").lower().split()
            if (
                head == noun
                or noun in described
                or (
                    noun in _COMPANY_NOUNS
                    and head not in _GENERIC_ORGS | _NOT_COMPANIES
                    and statement.speaker.lower() not in PLACES
                )
            ):
                return Who(statement.speaker, None, "organisation")
        if noun == "government":
            return Who("government", None, "organisation")  # the country's, as the story takes for granted
        if noun not in _COMPANY_NOUNS:
            return None
        # "pilots at Dutch carrier SkyLink": the organisation named with what it is, lately.
        here = self._sentence_at(at)
        first = self.sentences[max(0, here - 3)][0] if self.sentences else 0
        kinds = "|".join(sorted(_COMPANY_NOUNS | _ORG_KINDS | {noun}))
        named = list(re.finditer(rf"\b(?:{kinds})\s+((?:{NAME_TOKEN}\s+)*{NAME_TOKEN})", self.text[first:at]))
        if named:
            return Who(named[-1].group(1).rstrip("."), None, "organisation")
        # Nothing spoke yet: the organisation the story opens with ("Orchard Technologies unveiled …").
        start, end, _ = self.sentences[0] if self.sentences else (0, 0, 0)
        lede = re.match(
            rf"(?:The\s+)?(?!(?:A|An)\s)({NAME_TOKEN}(?:\s+(?:of|and|for|&)?\s*{NAME_TOKEN}){{0,4}})\s+[a-z]",
            self.text[start:end],
        )
        if lede and _is_org_phrase(lede.group(1)) and lede.group(1).lower() not in PLACES and start < at:
            return Who(lede.group(1), None, "organisation")
        return None

    def _expand(self, name: str) -> str:
        """ "U.N." -> "United Nations", "WFP" -> "World Food Programme" when the text spells it out."""
        letters = name.replace(".", "")
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            return name
        for match in re.finditer(
            rf"\b{letters[0]}[\w’'-]+(?:\s+(?:of|for|and|the|on)?\s*[A-Z][\w’'-]+){{1,7}}", self.text
        ):
            words = [w for w in match.group(0).split() if w[:1].isupper()]
            for cut in range(len(words), 1, -1):
                if "".join(w[0] for w in words[:cut]) == letters:
                    return " ".join(match.group(0).split()[: match.group(0).split().index(words[cut - 1]) + 1])
        return name

    def _role_holder(self, phrase: str, at: int) -> str | None:
        """The person the text gave this title, the most recently mentioned one first; one named
        only later counts when no one else holds the title ("its chief executive warned …")."""
        wanted = _role_key(re.sub(r"^(?:the|its|his|her|their)\s+", "", phrase, flags=re.IGNORECASE))
        wanted = frozenset(w for w in wanted if w not in ("top", "senior", "new"))
        holders = []
        for key, person in self.people.items():
            for role in person.roles:
                have = _role_key(role)
                expanded = have | {part for w in have for part in w.split("-")}
                if wanted <= expanded:
                    holders.append(key)
                    break
        if not holders:
            return None
        before = [(offset, key) for offset, key in self.mentions if offset < at and key in holders]
        if before:
            return max(before)[1]
        return holders[0] if len(holders) == 1 else None

    def _named(self, phrase: str, at: int) -> Who | None:
        tokens = phrase.split()
        # "Harjeet Singh of the Climate Action Network": the name, not the network.
        if " of " in phrase and re.match(rf"^(?:[\w'’.-]+\s+)*?{NAME_TOKEN}\s+{NAME_TOKEN}\s+of\s", phrase):
            head = phrase.split(" of ")[0].split()
            # "Mayor Oscar Leeser of El Paso" but not "Secretary of State Marco Rubio".
            if not _is_org_phrase(" ".join(head)) and all(w.lower().rstrip(".") not in ROLE_WORDS for w in head[-2:]):
                tokens = head
        titled = tokens[-1][:1].isupper() and all(
            t[:1].isupper() or t.lower().rstrip(".") in _TITLE_LOWER or re.fullmatch(_PARTICLES, t) for t in tokens
        )
        if (
            not titled
            and len(tokens) <= 8
            and len(tokens) >= 3
            and tokens[-2][:1].isupper()
            and tokens[-1][:1].isupper()
        ):
            lowers = [t.lower() for t in tokens if t[:1].islower()]
            titled = (
                any(w in ROLE_HEADS or w in OCCUPATIONS for w in lowers)
                and len(lowers) <= 3
                and not any(w in NOT_TITLE for w in lowers)
            )
        if not titled and tokens[-1][:1].isupper():
            lowers = [t.lower() for t in tokens if t[:1].islower()]
            run = re.search(rf"(?:{NAME_TOKEN}\s+)*{NAME_TOKEN}$", phrase)
            if lowers and lowers[-1] in ORG_HEADS | _GENERIC_ORGS | _ORG_KINDS and run and len(lowers) <= 3:
                return Who(self._expand(run.group(0).rstrip(".")), None, "organisation")
        if not titled:
            lower = phrase.lower()
            words = lower.split()
            if words[-1] in PLURAL_SOURCES or any(w in PLURAL_SOURCES for w in words[:3]):
                return self._described(phrase) or Who(phrase, None, "group")
            if _is_org_phrase(phrase) and not any(w in ("in", "at", "on") for w in words):
                return Who(phrase, None, "organisation")
            return None
        if len(tokens) > 1 and tokens[-1].lower() in ORG_HEADS:
            return Who(" ".join(tokens).rstrip("."), None, "organisation")
        if _is_org_phrase(" ".join(tokens)) and self._person_key(" ".join(tokens)) is None:
            # (but "Chief Financial Officer Brian Lutz" is a person the text names, office words aside)
            return Who(
                self._expand(" ".join(tokens).rstrip(".") if len(tokens) > 1 else tokens[0]), None, "organisation"
            )
        cut = len(tokens)
        while cut > 0 and tokens[cut - 1][:1].isupper() and tokens[cut - 1].lower().rstrip(".") not in ROLE_WORDS:
            cut -= 1
        name_tokens = tokens[cut:]
        role = " ".join(tokens[:cut]) or None
        if not name_tokens:
            return self._definite("the " + phrase, at) if role else None
        if name_tokens[0].lower() in NOT_NAMES and (cut == 0 or name_tokens[0].islower()):
            name_tokens = name_tokens[1:]
        if not name_tokens:
            return None
        name = " ".join(name_tokens)
        if name.lower() in PLACES:
            return Who(name, None, "organisation")
        if name.lower().rstrip(".").split()[-1] in PLURAL_SOURCES:  # "Democrats"
            return Who(phrase, None, "group")
        key = self._person_key(name)
        if key:
            person = self.people[key]
            return Who(person.name, role or (person.roles[0] if person.roles else None), "person")
        if len(name_tokens) == 1:
            if name.lower().rstrip(".") in PLACE_ABBREVIATIONS or len(name) <= 2:
                return None  # "El Segundo, Calif., a consultant … warned": a place, not a speaker
            full = self._full_name(name)
            if full != name:
                return Who(full, role, "person")
            if role is None and (name.isupper() or self._traded(name)):
                return Who(name, None, "organisation")
            return Who(name, role, "person")
        if role is None and len(name_tokens) >= 2:
            self._add_person(name)
        return Who(name, role, "person")

    def _traded(self, single: str) -> bool:
        """ "Shares of Quanta rose", "Quanta's shares": a one-word name with shares is a company."""
        name = re.escape(single)
        return bool(
            re.search(
                rf"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+{name}\b|\b{name}(?:['’]s)?\s+(?:shares|stock)\b",
                self.text,
            )
        )

    def _full_name(self, single: str) -> str:
        """ "Huang" -> "Jensen Huang" when the text names him so somewhere."""
        token = re.escape(single)
        for pattern in (rf"\b([A-Z][\w'’-]+)\s+{token}\b", rf"\b{token}\s+([A-Z][\w'’-]+)\b"):
            for match in re.finditer(pattern, self.text):
                other = match.group(1)
                if (
                    other.lower() not in NOT_NAMES
                    and other.lower().rstrip(".") not in ROLE_WORDS
                    and not _is_org_phrase(other)
                    and other.lower() not in PLACES
                    and not self._inside_quote(match.start())
                ):
                    return match.group(0)
        return single

    def _sentence_at(self, offset: int) -> int:
        """The sentence holding `offset` (the one before it, between sentences)."""
        return max(0, min(bisect.bisect_right(self._sentence_starts, offset) - 1, len(self.sentences) - 1))

    def _pronoun(self, pronoun: str, at: int) -> Who | None:
        """ "he"/"she": the person of the nearest sentence that names a fitting one; of several,
        the one speaking there or the one the sentence opens with, else nobody."""
        gender = "m" if pronoun == "he" else "f"
        here = self._sentence_at(at)
        for index in range(here, max(-1, here - 4), -1):
            start, end, _ = self.sentences[index]
            limit = min(end, at) if index == here else end
            candidates: list[tuple[int, str, str]] = []  # offset, key or description, kind
            # "Asked whether Isak would play again, Howe paused.": who is asked about is not who answers.
            asked = _ASKED.match(self.text, start, end)
            first = bisect.bisect_left(self.mentions, (asked.end() if asked else start, ""))
            for offset, key in self.mentions[first:]:
                if offset >= limit:
                    break
                candidates.append((offset, key, "person"))
            speakers = []
            for statement in self.statements.get(index, []):
                if statement.organisation or self._kind(statement) == "group":
                    continue
                speakers.append(statement)
            fitting: list[tuple[int, str, str]] = []
            for offset, key, _kind in candidates:
                person = self.people[key]
                if person.gender in (None, gender) and key not in [f[1] for f in fitting]:
                    fitting.append((offset, key, person.name))
            speaking = [s for s in speakers if self._fits(s, gender)]
            names = {f[2] for f in fitting} | {s.speaker for s in speaking}
            if not names:
                if (
                    index != here
                    and not self.statements.get(index)
                    and _SPEECH.search(self._outside_quotes(start, end))
                ):
                    return None  # someone the text did not let us name spoke in between
                described = _DESCRIBED_PERSON.match(self.text, start, end)
                if index != here and described:
                    # "The defeated champion was gracious. “…,” she said.": the one described
                    return Who(described.group("who"), None, "anonymous")
                continue
            if len(names) == 1:
                name = names.pop()
                source = next((s for s in speaking if s.speaker == name), None)
                if source is not None:
                    return Who(source.speaker, source.role, "anonymous" if source.anonymous else "person")
                key = fold(name)
                return Who(name, self.people[key].roles[0] if self.people[key].roles else None, "person")
            if len({s.speaker for s in speaking}) == 1:
                source = speaking[0]
                return Who(source.speaker, source.role, "anonymous" if source.anonymous else "person")
            opening = min(fitting) if fitting else None
            lead = self.text[start : opening[0]].split() if opening else []
            if opening and all(w[:1].isupper() or w.lower().rstrip(".,") in ROLE_WORDS for w in lead):
                person = self.people[opening[1]]
                return Who(person.name, person.roles[0] if person.roles else None, "person")
            return None
        return None

    def _outside_quotes(self, start: int, end: int) -> str:
        return "".join(ch for i, ch in enumerate(self.text[start:end], start) if not self._inside_quote(i))

    def mention_everywhere(self, key: str) -> None:
        """A person first known from a statement: every place the text names them counts."""
        surname = re.escape(self.people[key].name.split()[-1])
        for match in re.finditer(rf"\b{surname}\b", self.text):
            if not self._inside_quote(match.start()) and (match.start(), key) not in self.mentions:
                bisect.insort(self.mentions, (match.start(), key))

    def _fits(self, statement: Quote, gender: str) -> bool:
        key = fold(statement.speaker)
        if key in self.people:
            return self.people[key].gender in (None, gender)
        return True

    def _group_pronoun(self, pronoun: str, at: int) -> Who | None:
        """ "it"/"they" speak for the organisation or group that spoke in the sentence before."""
        here = self._sentence_at(at)
        for index in (here, here - 1):
            if index < 0:
                continue
            for statement in reversed(self.statements.get(index, [])):
                if pronoun == "it" and statement.organisation:
                    return Who(statement.speaker, statement.role, "organisation")
                if pronoun == "they" and statement.cue and statement.anonymous and self._plural(statement.speaker):
                    return Who(statement.speaker, None, "group")
        if here > 0 and pronoun == "it":
            start, end, _ = self.sentences[here - 1]
            organisation = _SUBJECT_ORG.match(self.text, start, end)
            if (
                organisation
                and _is_org_phrase(organisation.group("name"))
                and self._person_key(organisation.group("name")) is None
            ):
                return Who(self._expand(organisation.group("name")), None, "organisation")
        if here > 0:
            start, end, _ = self.sentences[here - 1]
            subject = re.match(
                r"^([\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)\s+(?:has\s+|have\s+)?[a-z]+ed\b", self.text[start:end]
            )
            if subject:
                who = self._resolve(_clean_phrase(subject.group(1)), start)
                if who and (
                    (pronoun == "it" and who.kind == "organisation") or (pronoun == "they" and who.kind == "group")
                ):
                    return who
        return None

    def _some_of(self, at: int) -> Who | None:
        """ "Analysts said … Several said …": some of the group that spoke in the sentence before."""
        here = self._sentence_at(at)
        paragraph = self.sentences[here][2]
        for index in range(here, max(-1, here - 3), -1):  # one of them may be quoted in between
            if self.sentences[index][2] != paragraph:
                break
            for statement in reversed(self.statements.get(index, [])):
                if statement.anonymous and self._plural(statement.speaker):
                    return Who(statement.speaker, None, "group")
        return None

    @staticmethod
    def _plural(description: str) -> bool:
        return any(w.lower().strip(".,") in PLURAL_SOURCES for w in description.split())

    @staticmethod
    def _kind(statement: Quote) -> str:
        if statement.organisation:
            return "organisation"
        if statement.anonymous:
            return "group" if Cast._plural(statement.speaker) else "anonymous"
        return "person"
