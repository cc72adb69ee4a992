"""Cast: who is who in one text — the people it names (with titles, gender cues and every place
they are mentioned), and the sources it only describes ("a senior U.S. official"). Built once from
the page; the reader adds what statements teach (a full name first met as a speaker)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .lexicon import (
    AUX,
    BUSINESS_HEADS,
    COMPANY_NOUNS,
    DEMONYMS,
    GIVEN_NAMES,
    HONORIFICS,
    JOINED,
    KIN_GENDER,
    KIN_NOUNS,
    NAME_TOKEN,
    NOT_NAMES,
    OPENER_GIVEN_NAMES,
    OPENING_ADVERBS,
    ORG_HEADS,
    ORG_KINDS,
    PARTICLES,
    PERSON_HEADS,
    PLACES,
    ROLE_ABBREVIATIONS,
    ROLE_GENDER,
    ROLE_HEADS,
    ROLE_WORDS,
    SAY,
    SOURCE_HEADS,
    STATE_ABBREVIATIONS,
    TITLE_TAILS,
    fold,
)
from .page import Page
from .phrases import RELATIVE, is_organisation, person_noun, role_key
from .records import Speaker

_ENDS_SENTENCE = re.compile(
    r"(?!(?i:Jr|Sr|St|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev)\.)(?:[A-Z][a-z]{2,}|[A-Z]{2,})\."
)
# A run of capitalised words on one line that no word's full stop ends ("Westmacott.\n\nWestmacott"
# is two mentions).
# "Idris Tamir al-Vesh": a particle joined to the family name by a hyphen is of the name too.
_NAME_RUN = re.compile(rf"\b{NAME_TOKEN}(?:[ \t]+(?:{PARTICLES}[ \t]+)*{NAME_TOKEN})*(?:[ \t]+{JOINED})?")
# A family name's particle joined after it ("Idris Tamir al-Vesh"): `Cast.full_names`.
_JOINED_AFTER = re.compile(rf"\s+{JOINED}")


# A person's noun in commas after a name: ", a guild member,", ", the businessman who …".
_APPOSED_NOUN = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)(?=\s*[,.;]|\s+(?:who|at|of|in|for|from|with)\b)"
)


# Words that open a sentence or clause before a name, never part of it.
_OPENERS = frozenset(
    """although though while when whenever if as because after before since unless until and but or so yet
    for in on at by with from of to like unlike once whether where then""".split()
)
# "Republican Ada Mae Lorrin": a party before a name is not part of it.
_PARTY_WORDS = frozenset("republican democrat democratic gop independent libertarian presidential".split())
_PLACE_HEADS = frozenset("county city township parish valley beach springs heights island islands bay park".split())
# What the text says next to a name: the words before it in its clause ("Florida Sen.", "the
# retired neurosurgeon"), a party tag after it ("(R-Texas)", ", D-Nev.,") or an age (", 46,").
_TITLE_RUN_WORD = re.compile(r"[A-Z][\w.’'-]*|\d{1,3}-year-old|[a-z][\w-]*")
# The words that make an office a past one ("former governor", "ex-minister").
_FORMER_OFFICE = re.compile(r"\b(?:former|onetime|one-time|erstwhile|ex)\b", re.IGNORECASE)
_AFTER_NAME = re.compile(
    r"[’']?s?\s*(?:\(|,\s*)(?P<tag>(?:[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?|\d{1,3}))(?:[),]|(?<=\d)\.(?=\s|$))"
)


def description_words(text: str) -> frozenset[str]:
    """The words a person's description is compared by: lower case, titles and states spelt out
    ("Gov." -> governor, "Fla." -> florida), demonyms as their place ("Texan" -> texas), an age
    as its number ("46-year-old" -> 46), a party tag as its party and state ("R-Fla.")."""
    words: set[str] = set()
    text = re.sub(r"\b(\d{1,3})-year-old\b", r"\1", text.lower().replace("’", "'"))
    for word in re.split(r"[\s/]+", text):
        word = re.sub(r"'s$", "", word).strip(",;:()'\"")
        for part in {word, *word.split("-")} if "-" in word else {word}:
            bare = part.rstrip(".")
            if not bare:
                continue
            for form in (bare, ROLE_ABBREVIATIONS.get(bare), STATE_ABBREVIATIONS.get(bare), DEMONYMS.get(bare)):
                if form:
                    words.update(form.split())
    return frozenset(words)


# A given name and a family name, each capitalised: "Orrin Dunmore".
_FULL_NAME = r"[A-Z][a-z][\w'’-]+\s+[A-Z][a-z][\w'’-]+"
# "pollster Brannoc Vell": a full name after what the person is, whatever the given name.
_NOUN_FULL_NAME = re.compile(rf"\b(?P<noun>[a-z][\w-]{{3,}})\s+(?P<name>{_FULL_NAME})\b(?!\s+[A-Z])")
# "Orrin Dunmore drove in from Varna": a full name opening a sentence, before its verb.
_SUBJECT_NAME = re.compile(
    rf"(?P<name>{_FULL_NAME})\s+(?:has\s+|had\s+|also\s+)?(?:[a-z]{{2,}}ed|[a-z]{{3,}}s|came|went|got|grew|"
    r"took|made|said|told|spoke|wrote|ran|saw|sat|stood|left|began|became|thinks|thought|knew)\b"
)
# "Ines Quarle, a Varnese native and harbour pilot, …": a full name the sentence opens with, and
# what it is in commas after it (`what`: up to the next comma).
_SUBJECT_APPOSED = re.compile(
    rf"(?P<name>{_FULL_NAME}),\s+(?P<what>(?:an?|the)\s[^,;“”\"]{{1,80}}?)(?=,|\s+[a-z]+ed\b)"
)
# What an appositive says a firm or a body is: "Orvane Fell, the cider lender, …" names no person.
_BODY_NOUNS = ORG_HEADS | BUSINESS_HEADS | COMPANY_NOUNS | ORG_KINDS
_NOUN_SURNAME = re.compile(r"\b(?P<noun>[a-z][\w-]{3,})\s+(?P<name>[A-Z][a-z][\w'’-]+)\b(?!\s+[A-Z]|['’]s|-)")


# What a person is, in commas after the name, up to what it is of, at, for …: ", a ferry captain,",
# ", the 19-year-old night watchman at the depot".
_APPOSED_WHAT = (
    r",\s+(?:the|a|an)\s+(?P<what>[^,;:.“”\"()]{1,60}?)\s*"
    r"(?=[,;:.]|\s+(?:of|at|for|in|on|from|with|who|whose|and)\b)"
)
# Nouns for what a person is that name a firm as often ("Kessel Radio, the public broadcaster,",
# "Velm Global, the lobbyist,", "Kessel Insight, the pollster,").
_FIRMS_TOO = frozenset(
    """broadcaster publisher producer developer owner contractor operator builder pollster consultant
    adviser advisor lobbyist auctioneer manager accountant analyst researcher designer customer donor
    custodian guardian trustee pioneer host rival contender challenger leader veteran champion holder partner
    member sponsor supplier lender insurer landlord tenant shareholder investor buyer seller bidder winner
    favourite favorite""".split()
)
# A last word a firm's name ends on as often as a family name ("Orin Polling", "Selm Brothers",
# "Varn Advisory", "Rusk Analytics"): such a name apposed as "the pollster" may be a firm's.
_FIRM_SHAPED = re.compile(r"(?:s|ing|ory)$")


# What Cast._learn finds people by, compiled once (they depend on the word lists alone).
_ROLE_NOUN = r"(?:" + "|".join(sorted((re.escape(w) for w in ROLE_HEADS), key=len, reverse=True)) + r")"
_PERSON_HEAD = r"(?:" + "|".join(sorted((re.escape(w) for w in PERSON_HEADS), key=len, reverse=True)) + r")"
# One more word of a name past its first: "Lise", "van Doorn", "K. Marr".
_NAME_STEP = r"(?:\s+(?:[A-Z]\.\s+)?(?:" + PARTICLES + r"\s+)*[A-Z][\w'’-]+)"
# A name of two to four words, or a given name and a family name joined to its particle
# ("Yusuf al-Brenn": the second word is written small, and the two are a full name too).
_NAME_RUN_TEXT = r"[A-Z][\w'’.-]+(?:" + _NAME_STEP + r"{1,3}(?:\s+" + JOINED + r")?|\s+" + JOINED + r")"
# The titles a role ends on, as written ("Secretary-General" and "Secretary General" too): a match of
# `_TITLED` has one of them where its role's last word starts.
_TITLES = (
    "President", "Prime Minister", "Minister", "Secretary", "Chancellor", "Spokesman", "Spokeswoman", "Spokesperson",
    "spokesman", "spokeswoman", "spokesperson", "envoy", "Envoy", "Ambassador", "ambassador", "CEO", "Chief Executive",
    "chief executive", "Chief Financial Officer", "Chief", "Leader", "leader", "Commander", "commander", "General",
    "Gen.", "Senator", "Sen.", "Rep.", "Governor", "Gov.", "Director", "director", "Chairman", "chairman",
    "Chairwoman", "aide", "adviser", "Adviser", "official", "Justice", "Judge", "Commissioner", "commissioner",
    "Speaker", "Mayor", "King", "Queen", "Sheikh", "Secretary-General", "Secretary General", "minister", "secretary",
    "analyst", "economist",
)  # fmt: skip
_ROLE_WORDS_BEFORE = 5  # words of a role before its title, at most ("Deputy Foreign Minister")
_TITLED = re.compile(
    r"(?P<role>(?:[A-Z][\w.'’-]*\s+|(?:vice|prime|foreign|defen[cs]e|special|press|deputy|"
    r"chief|national|security|trade|finance|state|top|senior|former)\s+)"
    + f"{{0,{_ROLE_WORDS_BEFORE}}}?"
    + r"(?:"
    + "|".join(map(re.escape, _TITLES))
    + r"))\s+"
    # (a name never opens with a title word: "Justice Minister Ada Quint" is the minister Ada Quint)
    r"(?P<name>(?!(?:Minister|Secretary|President|Chancellor|General|Justice|Chief|Director)\b)" + _NAME_RUN_TEXT + r")"
)


def _titled(text: str) -> Iterator[re.Match[str]]:
    """`_TITLED.finditer(text)`, the pattern tried only where a match can start: within the words
    before a title (`_TITLES`, found by `str.find`), at most `_ROLE_WORDS_BEFORE` of them, each
    followed by white space, the first one perhaps from within. Those starts in order, each tried with
    `match` from past the last match's end, give finditer's matches (a gate: a cost, never a result);
    tried at every character of the whole text, the pattern was one of the costlier of `Cast`."""
    found = set()
    for title in _TITLES:
        at = text.find(title)
        while at >= 0:
            found.add(at)
            at = text.find(title, at + 1)
    end, tried = 0, -1
    for title_at in sorted(found):
        for at in range(max(_words_before(text, title_at, _ROLE_WORDS_BEFORE), tried + 1, end), title_at + 1):
            match = _TITLED.match(text, at) if at >= end else None
            if match is not None:
                yield match
                end = match.end()
        tried = title_at


def _words_before(text: str, at: int, count: int) -> int:
    """Where the `count`th word before `at` starts, words being runs of anything but white space
    and each followed by white space (fewer when the text starts sooner or `at` is within a word)."""
    for _ in range(count):
        space = at
        while space > 0 and text[space - 1].isspace():
            space -= 1
        if space == at or space == 0:
            break
        at = space
        while at > 0 and not text[at - 1].isspace():
            at -= 1
    return at


# A role's words: no full stop but an abbreviation's ("U.S.", "St.", "Inc.,"), so
# that a role never runs on into the next sentence ("a consultant. To Ohio consultant Fenner").
_ROLE_TAIL = r"(?:[^,.;“”\"]|(?<=[A-Z])\.|(?<=\b[A-Z][a-z])\.|\.(?=[\w,]))"
# "Tobiah Renwick, a veteran campaign consultant, …": what a person is, in commas.
_AFTER = re.compile(
    rf"(?P<name>{_NAME_RUN_TEXT}),\s+(?P<role>(?:the|a|an|[A-Z][\w.]*['’]s)\s+{_ROLE_TAIL}{{0,70}}?\b{_PERSON_HEAD}\b{_ROLE_TAIL}{{0,60}}?)"
    r"(?:,|\s+(?:who|which)\b)"
)
# A name with a nickname in quotation marks between the given and the family name, as news copy
# writes a person known by one: "John “Tig” Tiegen", "Ana 'Nena' Ruiz". The marks make the
# nickname read as a quotation, which cuts the name in two; the person is the given name and the
# family name, and the family name alone means them after.
_NICKNAMED = re.compile(
    rf"\b(?P<given>{NAME_TOKEN})\s+[“\"‘']{NAME_TOKEN}(?:\s+{NAME_TOKEN})?[”\"’']\s+(?P<surname>[A-Z][\w'’-]*)"
)
_AGED = re.compile(rf"(?P<name>{_NAME_RUN_TEXT}),\s+\d{{1,3}},")
_BEFORE = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=^\S))(?P<role>(?:[A-Z][\w’']*\s+){{0,1}}[^,.;“”\"]{{0,50}}?\b{_ROLE_NOUN}\b[^,.;“”\"]{{0,40}}?),\s+"
    rf"(?P<name>{_NAME_RUN_TEXT})(?:\s+of\s+[A-Z][^,]*)?,",
    re.MULTILINE,
)
_HONOURED = re.compile(rf"\b(Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+({_NAME_RUN_TEXT.replace('{1,3}', '{0,3}')})")
_NAMES = re.compile(_NAME_RUN_TEXT)
# A long title before a name, read whole ("Harbour Board Deputy Chair Ada Quint"): the name is the
# given name and what follows it, when the run ends within three words of it.
# A name and the relative clause that says what its bearer says: "Jonas Rieke, who says".
_RELATIVE_AFTER_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*[\w'’-]*[A-Z][\w'’-]*,\s+who\s")
_LONG_NAMES = re.compile(r"[A-Z][\w'’.-]+" + _NAME_STEP + r"{4,7}(?:\s+" + JOINED + r")?")
_TITLED_SURNAME = re.compile(
    r"\b(?P<role>President|Chancellor|Premier|Governor|Gov\.|Senator|Sen\.|Rep\.|General|Gen\.|Judge|"
    r"Justice|Mayor|Pope|King|Queen|Mr\.?|Mrs\.?|Ms\.?|Dr\.)\s+(?P<name>[A-Z][a-z][\w'’-]+)\b(?!\s+[A-Z])"
)
# A title one may hold some day, not one held: "a President Brask", "an Ambassador Quarle", "a
# future Chancellor Merz" (what a text imagines of someone is no role for the page to print).
_PROSPECT_ARTICLE = r"(?:a|an)\s+(?:future\s+)?"
_PROSPECT = re.compile(rf"\b{_PROSPECT_ARTICLE}$", re.IGNORECASE)  # before the title
_ROLE_OPENER = re.compile(r"(\w+)\s+(?=\S)")  # a role's first word, with more to come
_ARTICLE_OPENS = re.compile(_PROSPECT_ARTICLE, re.IGNORECASE)  # opening a title read with its sentence's "A"
# … the name ending the phrase: a stop, or a verb of what such a one would do.
_PROSPECT_ENDS = re.compile(
    r"[’']?s?\s*(?:[.,;:!?)]|[-—–]|$|(?:would|could|might|will|may|can|is|was|in|at|for|to|on|of)\b)"
)
# The kin words that make two people of one surname a family ("friend", "neighbor" do not).
_FAMILY = (
    "son|daughter|wife|husband|brother|sister|father|mother|widow|widower|nephew|niece|cousin|uncle|aunt|"
    "grandson|granddaughter|grandfather|grandmother|child|son-in-law|daughter-in-law"
).split("|")
# "Ivo Brel and his son Tom Brel", "Ivo Brel came with his daughter, Ada Brel": a full name whose
# own relative of that family name the sentence goes on to name is a person, listed or not.
_KIN_OWNER = re.compile(
    rf"(?P<name>[A-Z][a-z][\w'’-]+\s+(?P<surname>[A-Z][a-z][\w'’-]+))\b[^.;“”\"]{{0,60}}?\b(?:his|her)\s+"
    rf"(?:[a-z]+\s+)?(?:{'|'.join(_FAMILY)})s?,?\s+[A-Z][a-z][\w'’-]+\s+(?P=surname)\b"
)
# Someone the text names by a listed given name alone: in commas after whose relative they are
# ("his wife, Ilona,", "Vell's father, Brad, 39,"), or as the name a person noun says they are
# known by ("the dock foreman, known only as Piet,"; not "the storm, known as Frank,"). Never a
# given name that a capitalised word follows ("his wife, Ilona Vell,"): that is a full name.
_GIVEN_ALONE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+|[A-Z][\w'’-]+['’]s?\s+)(?:[a-z]+\s+)?(?P<kin>"
    + "|".join(_FAMILY)
    + r"),\s+(?P<given>[A-Z][a-z]+),"
    r"|\b(?P<noun>[a-z][\w-]+),?\s+(?:known|identified)\s+(?:only\s+)?as\s+(?P<known>[A-Z][a-z]+)(?=[,.;]|\s+[a-z])"
)
# A kin word as a word of its own: every way `Cast.kin` finds a relative has one, so a text
# without any (most of them) is not scanned for each surname it names.
_KIN_WORD = re.compile(r"\b(?:" + "|".join(_FAMILY) + r")s?\b")
_POSSESSIVE = re.compile(r"['’]s$")
_NOT_SURNAMES = NOT_NAMES | ROLE_WORDS
_TITLE_WORDS = ROLE_WORDS | TITLE_TAILS | _PARTY_WORDS  # words of a title before a name, never the name
_NOT_UNLISTED = NOT_NAMES | OPENING_ADVERBS | ROLE_WORDS | PLACES | _OPENERS | _PARTY_WORDS | ORG_HEADS
_SAID_AFTER = re.compile(rf"\s+(?:{AUX})(?:{SAY})\b.*$", re.DOTALL)
_HONOURED_SURNAME = re.compile(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+({NAME_TOKEN})")
_ANONYMOUS = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[\w’'-]+|(?:[A-Z]\.)+)[ \t]+){0,5}?(?P<head>"
    + "|".join(sorted(SOURCE_HEADS, key=len, reverse=True))
    + r")\b(?:\s+(?:at|of|for|in|with|from|on)\s+[^,.;:“”\"]{1,60})?"
)


@dataclass(slots=True)
class Person:
    """A person the text names, with what it says of them (gender cue, titles)."""

    name: str
    gender: str | None = None
    roles: list[str] = field(default_factory=list)


def _runs(run: str, offset: int) -> list[tuple[int, str]]:
    """A run of capitalised words cut after each word whose full stop ends a sentence."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for word in re.finditer(r"\S+", run):
        if _ENDS_SENTENCE.fullmatch(word.group(0)):
            pieces.append((offset + start, run[start : word.end()]))
            start = word.end() + 1
    if start < len(run):
        pieces.append((offset + start, run[start:].strip()))
    return [(at, piece) for at, piece in pieces if piece]


def _opener_length(run: str) -> int:
    """How far into a run of capitalised words its name starts: past a word that opens the sentence
    ("Before Peter Ardent …", "Since Maria Tesk …"), so that what precedes a mention is read as a lead,
    not taken for the name's first word."""
    first = re.match(r"(\S+)\s+", run)
    return first.end() if first and first.group(1).lower() in _OPENERS else 0


class Cast:
    """The people and described sources of one text."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.people: dict[str, Person] = {}  # folded full name -> person
        self._surnames: dict[str, list[str]] = {}  # folded surname -> people's keys
        self._given: dict[str, list[str]] = {}  # folded first name -> people's keys
        self.mentions: list[tuple[int, str]] = []  # (offset, person key), outside quotes
        # (offset, person key) of a family name alone that several people of the text share: the
        # one of them the text named first, as a guess (outside quotes)
        self.shared: list[tuple[int, str]] = []
        self.described: list[tuple[int, str, str]] = []  # (offset, head noun, description)
        self._profiles: dict[str, frozenset[str]] = {}
        self._called: dict[str, frozenset[str]] = {}  # `called`, per person, kept as `_profiles` is
        self._kin: dict[str, list[tuple[int, int, str]]] = {}  # folded surname -> whether the text names a family of it
        self._has_kin: bool | None = None  # whether the text has a kin word at all, once read
        self._has_kin_phrase: bool | None = None  # whether `_ANY_KIN` matches in it, once read
        self._businesses: dict[str, bool] = {}  # a name -> whether the text names a business by it
        self._unlisted: dict[str, bool] = {}  # a capitalised word -> whether it reads as an unlisted given name
        self._lower: dict[str, bool] = {}  # a capitalised word -> whether the text writes it in lower case
        self._learn()
        # The people the text itself shows as people (the reader adds later whoever it finds
        # speaking under two capitalised words, "Harbor Lens Daily" as well as "Ana Toni").
        self.shown: frozenset[str] = frozenset(self.people)

    def is_person(self, key: str) -> bool:
        """Whether the text shows `key` as a person: named as one, given a gender or a role, a
        given name or a title in the name ("Maine Gov. Ruth Ellery"), what the person is in commas
        after the name, or met again by the family name alone ("Mirra Andreeva … Andreeva said")."""
        person = self.people.get(key)
        if person is None:
            return False
        if key in self.shown or person.gender is not None or person.roles:
            return True
        *given, family = person.name.split()
        if not given:
            return False
        if any(fold(t) in GIVEN_NAMES or t.lower().rstrip(".") in ROLE_WORDS for t in given):
            return True
        # "Tavi Ondrak, director general of the port authority,": what the person is, in commas
        apposed = _name_pattern(rf"{re.escape(person.name)},\s+(?:(?:the|a|an)\s+)?([a-z]+)").search(self.page.text)
        if apposed and apposed.group(1) in ROLE_HEADS | ROLE_WORDS:
            return True
        # "Piet Vardo, a ferry captain,", "Drago Teshi, the 19-year-old night watchman at the depot":
        # the noun the words in commas end on (before what it is of, at, for …) says what the person is
        # (never a name that ends as a firm's may: "Orin Polling, the pollster," is a firm)
        for found in _name_pattern(re.escape(person.name) + _APPOSED_WHAT).finditer(self.page.text):
            words = found.group("what").split()
            noun = words[-1]
            if (
                not _FIRM_SHAPED.search(family)
                and noun.islower()
                and person_noun(noun)
                and noun not in _FIRMS_TOO
                and not is_organisation(found.group("what"))
            ):
                return True
        alone = _name_pattern(rf"(?<![\w'’-])(?<!{re.escape(given[-1])} ){re.escape(family)}(?![\w-])").finditer(
            self.page.text
        )
        return next(alone, None) is not None

    def add_person(self, name: str, role: str | None = None, gender: str | None = None) -> str | None:
        self._profiles = {}
        self._called = {}
        tokens = name.split()
        while tokens and (
            tokens[0].lower().rstrip(".") in _TITLE_WORDS
            or (tokens[0].endswith(".") and tokens[0].lower().rstrip(".") in ROLE_ABBREVIATIONS)  # "Sen. Ana Toll"
            or (tokens[0].lower() in NOT_NAMES and tokens[0].lower() not in ("he", "she"))  # He Yadong
            or self.opener_before(tokens)  # "Even Rendell" once Ed Rendell is known
        ):
            tokens.pop(0)
        while tokens and tokens[-1].lower() in NOT_NAMES:
            tokens.pop()
        # "Florida’s Rick Wilson", "Quant’s Ned Arkell": a possessive before the name says whose, not who.
        owner = max((i for i, t in enumerate(tokens[:-1]) if _POSSESSIVE.search(t)), default=-1)
        tokens = [re.sub(r"['’]s$", "", t) for t in tokens[owner + 1 :]]
        # "Hillary Clinton. Walsh": a word's full stop ends the sentence and the name with it.
        stop = next((i for i, t in enumerate(tokens[:-1]) if _ENDS_SENTENCE.fullmatch(t)), None)
        if stop is not None:
            tokens = [*tokens[:stop], tokens[stop].rstrip(".")]
        if len(tokens) < 2 or is_organisation(" ".join(tokens)) or " ".join(tokens).lower() in PLACES:
            return None
        if tokens[-1].lower().rstrip(".,") in _PLACE_HEADS or tokens[0].lower() in ("like", "unlike"):
            return None  # "Bell County", "Like Okafor": a place, a word that opens the sentence
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

    def _add_unlisted(self, name: str) -> None:
        """A full name whose given name is not on the list ("Brannoc Vell"), found where only a
        person's name can stand: never a place, an organisation or words that open a sentence."""
        first, last = name.split()
        words = {first.lower(), last.lower()}
        # A word that heads organisations is no given name: "Team Marrow" is a campaign.
        if words & _NOT_UNLISTED or fold(name) in self.people:
            return
        if is_organisation(name) or name.lower() in PLACES or last.lower() in _PLACE_HEADS:
            return
        if any(not self._another_given(first, p.name) for p in self.by_surname(last)):
            return  # a surname the text already gives someone: not a second person by it ("Brannoc Vell" is)
        self.add_person(name)

    def _another_given(self, word: str, known: str) -> bool:
        """Whether `word`, before the family name of `known`, is another person's given name the
        list lacks ("Brannoc" beside Ted Vell, "Sunniva" beside Orvel Drask): a capitalised word
        the text never writes in lower case (as it does "But", "The", "While"), not a word of a title,
        place or party, and neither one of `known`'s names nor the start of one ("Pat" for Patrick)."""
        if fold(word) in GIVEN_NAMES or any(
            fold(w).startswith(fold(word)) or fold(word).startswith(fold(w)) for w in known.split()[:-1]
        ):
            return False
        if word not in self._unlisted:
            lower = word.lower()
            self._unlisted[word] = (
                re.fullmatch(r"[A-Z][a-z]+", word) is not None
                and lower not in _NOT_UNLISTED
                and lower not in DEMONYMS
                and not self._written_lower(word)
            )
        return self._unlisted[word]

    def _honour(self, surname: str, gender: str) -> None:
        """A person named by surname alone after an honorific ("Mrs. Tann") gets the honorific's
        gender — when the text names no one else of that surname ("Zorab and Nadira Tann": the
        "Mrs." may be either of them, and the man must not take her "f")."""
        bearers = self.by_surname(surname)
        if len(bearers) == 1 and not self._another_of_surname(bearers[0]):
            bearers[0].gender = bearers[0].gender or gender

    def _another_of_surname(self, person: Person) -> bool:
        """Whether the text names someone else by `person`'s family name: a given name before it
        that is not one of `person`'s names ("Nadira Tann" beside Zorab Tann)."""
        surname = person.name.split()[-1]
        for match in _name_pattern(rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{re.escape(surname)}\b").finditer(
            self.page.text
        ):
            word = match.group(1)
            if fold(word) in GIVEN_NAMES and fold(word) not in {fold(w) for w in person.name.split()[:-1]}:
                return True
            if fold(word) not in GIVEN_NAMES and self._another_given(word, person.name):
                return True
        return False

    def _written_lower(self, word: str) -> bool:
        """Whether the text writes this capitalised word in lower case too ("And", "But"): a word
        that opens a sentence, not a name."""
        if word not in self._lower:
            lower = re.escape(word.lower())
            self._lower[word] = _name_pattern(rf"(?<![\w'’-]){lower}(?![\w'’-])").search(self.page.text) is not None
        return self._lower[word]

    def _opens_other_names(self, name: str) -> bool:
        """Whether the first word of `name` also opens another name of the text ("her cousin Zhao
        Lirong" beside "Zhao Minqing"): a family name put first, which a given-name reading would
        give to the wrong one of the two."""
        first, last = name.split()
        return _name_pattern(rf"\b{re.escape(first)}\s+(?!{re.escape(last)}\b)[A-Z]").search(self.page.text) is not None

    def _held(self, match: re.Match[str]) -> str | None:
        """The title `match` gives, unless one its bearer may hold some day ("a President Brask would …"; not
        "a President Brask ally", where "a" goes with the noun after the name)."""
        start, text, role = match.start(), self.page.text, match.group("role")
        # A title never runs back over a sentence's end ("... with Trump. House Speaker Ada Quint said"):
        # it starts with the sentence of the name.
        opens = self.page.sentences[self.page.sentence_at(match.start("name"))].start
        if start < opens < match.end("role"):
            role = text[opens : match.end("role")].lstrip()
        if role.lower().rstrip(".") in HONORIFICS:
            return role  # "a Mrs. Quarle called them": someone so called, her sex told
        article = _ARTICLE_OPENS.match(role)  # "A President …" opening a sentence: the article is no title's
        if article:
            role = role[article.end() :]
        # "When Sen. Ada Quint took the stage": a sentence's opening word is no part of her title.
        while (opener := _ROLE_OPENER.match(role)) and opener.group(1).lower() in NOT_NAMES:
            role = role[opener.end() :]
        prospect = article or _PROSPECT.search(text, max(0, start - 16), start)
        if prospect and _PROSPECT_ENDS.match(text, match.end("name")):
            return None
        return role

    def _add_titled_surname(self, surname: str, role: str | None) -> None:
        """ "President Trump", "Chancellor Merz": a person known by title and surname only, kept
        until (and unless) the text gives the full name. (No role: a title held some day.)"""
        key = fold(surname)
        if self._surnames.get(key) or surname.lower() in PLACES or is_organisation(surname):
            return
        gender = HONORIFICS.get(role.lower().rstrip(".")) if role else None
        self.people[key] = Person(surname, gender, [role] if role else [])
        self._surnames[key] = [key]

    def _add_given_alone(self, given: str, gender: str | None) -> None:
        """A person named by a listed given name alone (`_GIVEN_ALONE`), met again by it ("Ilona
        said"): unless the text names someone else by that word, as a given name ("Ilona Vell") or
        a family name ("Ada Piet"), when the word alone does not say which one is meant. Their sex
        is the kin word's ("his wife"), else the given name's."""
        key = fold(given)
        if key not in GIVEN_NAMES or key in self.people or self._given.get(key) or self._surnames.get(key):
            return
        self.people[key] = Person(given, gender or GIVEN_NAMES[key])
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
        text = self.page.text
        for match in _titled(text):
            if not self.page.inside_quote(match.start()):
                self.add_person(match.group("name"), self._held(match))
        for match in _AFTER.finditer(text):
            if not self.page.inside_quote(match.start()):
                self.add_person(match.group("name"), match.group("role"))
        # "Tamsin Greaves, 52, from Bell County": a name with an age is a person's.
        for match in _AGED.finditer(text):
            if not self.page.inside_quote(match.start()):
                self.add_person(match.group("name"))
        for sentence in self.page.sentences:
            opening = _BEFORE.match(text, sentence.start, sentence.end)
            if opening:
                self.add_person(opening.group("name"), opening.group("role"))
        for match in _HONOURED.finditer(text):
            if len(match.group(2).split()) == 1:
                self._honour(match.group(2), HONORIFICS[match.group(1).lower()])
            else:
                self.add_person(match.group(2), gender=HONORIFICS[match.group(1).lower()])
        for match in _NAMES.finditer(text):
            tokens = match.group(0).split()
            # "Governor-elect Adam Kowalski": the name starts at the given name.
            first = next((i for i, token in enumerate(tokens[:-1]) if fold(token) in GIVEN_NAMES), None)
            if first is not None and not self.page.inside_quote(match.start()):
                self.add_person(" ".join(tokens[first:]))
        for match in _NICKNAMED.finditer(text):
            if fold(match.group("given")) in GIVEN_NAMES and not self.page.inside_quote(match.start()):
                self.add_person(f"{match.group('given')} {match.group('surname')}")
        for match in _LONG_NAMES.finditer(text):
            tokens = match.group(0).split()
            first = next((i for i in range(len(tokens) - 3, len(tokens) - 1) if fold(tokens[i]) in GIVEN_NAMES), None)
            if first is not None and not self.page.inside_quote(match.start()):
                self.add_person(" ".join(tokens[first:]))
        for match in _TITLED_SURNAME.finditer(text):
            if not self.page.inside_quote(match.start()):
                self._add_titled_surname(_POSSESSIVE.sub("", match.group("name")), self._held(match))
        # "veteran pollster Brannigan": a surname after what the person is.
        for match in _NOUN_SURNAME.finditer(text):
            if person_noun(match.group("noun")) and not self.page.inside_quote(match.start()):
                name = match.group("name")
                if name.lower() not in _NOT_SURNAMES and fold(name) not in GIVEN_NAMES:
                    self._add_titled_surname(name, match.group("noun"))
        for match in _NOUN_FULL_NAME.finditer(text):
            # "veteran pollster Brannoc Vell", "her friend Jan Pell": what, or whose, a person is
            noun, name = match.group("noun"), match.group("name")
            if self.page.inside_quote(match.start()):
                continue
            if person_noun(noun) or (noun in KIN_NOUNS and not self._opens_other_names(name)):
                self._add_unlisted(name)
                kin = self.people.get(fold(name))
                if kin is not None and kin.gender is None:
                    kin.gender = KIN_GENDER.get(noun)  # "his daughter Ada Vell": a woman
        for sentence in self.page.sentences:
            opening = _SUBJECT_NAME.match(text, sentence.start, sentence.end) or self._apposed_person(
                text, sentence.start, sentence.end
            )
            if opening and not self.page.inside_quote(opening.start()):
                surname = opening.group("name").split()[-1]
                alone = _alone_pattern(surname)
                if any(not self.page.inside_quote(m.start()) for m in alone.finditer(text, sentence.end)):
                    self._add_unlisted(opening.group("name"))  # and met again by surname
        for match in _KIN_OWNER.finditer(text):
            if not self.page.inside_quote(match.start()):
                self._add_unlisted(match.group("name"))
        for match in _HONOURED_SURNAME.finditer(text):
            self._honour(match.group(2), HONORIFICS[match.group(1).lower()])
        for match in self._given_alone():
            thing = match.group("noun") and not person_noun(match.group("noun"))  # "the storm, known as Frank"
            if self.page.inside_quote(match.start()) or thing:
                continue
            self._add_given_alone(match.group("given") or match.group("known"), KIN_GENDER.get(match.group("kin")))
        for match in _ANONYMOUS.finditer(text):
            if not self.page.inside_quote(match.start()):
                # "a spokeswoman for the guild said": the description ends before the verb of saying
                description = _SAID_AFTER.sub("", RELATIVE.sub("", match.group(0)))
                self.described.append((match.start(), match.group("head"), description))
        self._find_mentions()

    def _given_alone(self) -> Iterator[re.Match[str]]:
        """`_GIVEN_ALONE.finditer` of the text, tried only when it has a kin word (`_kinless`) or the
        word "known" or "identified": every match holds one of them (a kin word before its comma, or
        "known as", "identified as"), so this is a gate, a cost and never a result. Most texts name no
        relative, and the pattern is tried at every character of the whole text."""
        text = self.page.text
        if self._kinless() and "known" not in text and "identified" not in text:
            return iter(())
        return _GIVEN_ALONE.finditer(text)

    def _find_mentions(self) -> None:
        self.mentions = []
        alone: list[tuple[int, str]] = []  # family names shared by several people, met alone
        for match in _NAME_RUN.finditer(self.page.text):
            for offset, run in _runs(match.group(0), match.start()):
                if self.page.inside_quote(offset):
                    continue
                key = self.person_key(run)
                if key:
                    self.mentions.append((offset + _opener_length(run), key))
                elif len(self.by_surname(run.split()[-1])) > 1 and all(
                    self._written_lower(w) for w in run.split()[:-1]
                ):
                    alone.append((offset, run.split()[-1]))  # "Vell", "And Vell"
        # "Ted Vell … Vell said …", and only later "his sister Ada Vell": before the text names a
        # second Vell, the family name alone is the one it has named.
        self.shared = []
        for offset, run in alone:
            named = {key for at, key in self.mentions if at < offset and key in self._surnames.get(fold(run), ())}
            if len(named) == 1:
                self.mentions.append((offset, named.pop()))
            elif named:
                # "Ivo Brel … his daughter, Ada Brel … Brel said": a writer gives the one named first by
                # the family name the family name alone, and the others their given names; a reading,
                # not a certainty.
                first = min(named, key=lambda key: min(at for at, k in self.mentions if k == key))
                self.shared.append((offset, first))
        self.mentions.sort()

    def _apposed_person(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """A full name opening the sentence at `start` with what it is in commas after it
        (`_SUBJECT_APPOSED`), when that is a person: no firm or body by its last word, its name
        or what the appositive calls it ("Orvane Fell, the cider lender, …"); and a listed given
        name, or the family name met again alone before a verb of saying ("Foxhollow said")."""
        opening = _SUBJECT_APPOSED.match(text, start, end)
        if opening is None:
            return None
        name = opening.group("name")
        what = opening.group("what").split()
        if name.split()[-1].lower() in _BODY_NOUNS or what[-1].lower() in _BODY_NOUNS or is_organisation(name):
            return None
        if fold(name.split()[0]) in GIVEN_NAMES:
            return opening
        return opening if any(not self.page.inside_quote(at) for at in _speaks(text, name.split()[-1], end)) else None

    def kin(self, surname: str) -> list[tuple[int, int, str]]:
        """Where the text names a relative of this surname by the kin word, and as what: "his son,
        Dan Okafor", "Dan Okafor, his son", "Okafor's daughter Mira" (the span of the words, and
        "Dan Okafor" or "Mira"). None such: no family of that name the text tells of."""
        key = fold(surname)
        if key not in self._kin and (
            self._kinless()
            or (surname not in _KIN_COMPILED and _SURNAME_WORD.fullmatch(surname) and self._no_kin_phrase())
        ):
            self._kin[key] = []
        if key not in self._kin:
            relative = _kin_pattern(surname)
            self._kin[key] = [
                (
                    m.start(),
                    m.end(),
                    m.group("after")
                    or m.group("before")
                    or m.group("given")
                    or m.group("of_before")
                    or m.group("of_after"),
                )
                for m in relative.finditer(self.page.text)
                if not self.page.inside_quote(m.start())
            ]
        return self._kin[key]

    def _no_kin_phrase(self) -> bool:
        """The text has no phrase a kin pattern of any surname (`_SURNAME_WORD`) matches (read once)."""
        if self._has_kin_phrase is None:
            self._has_kin_phrase = _ANY_KIN.search(self.page.text) is not None
        return not self._has_kin_phrase

    def _kinless(self) -> bool:
        """The text has no kin word (read once): it names no relative of anyone."""
        if self._has_kin is None:
            self._has_kin = _KIN_WORD.search(self.page.text) is not None
        return not self._has_kin

    def names_business(self, word: str) -> bool:
        """Whether the text names a business or an outlet by this word ("Ferro News", "Ferro Group
        Inc."), read once per word."""
        if word not in self._businesses:
            bodies = _name_pattern(rf"\b{re.escape(word)}(?:\s+[A-Z][\w'’-]*){{0,2}}\s+(?P<head>[A-Z][\w.]*)").finditer(
                self.page.text
            )
            self._businesses[word] = any(m.group("head").lower().rstrip(".,") in BUSINESS_HEADS for m in bodies)
        return self._businesses[word]

    def opener_before(self, tokens: list[str]) -> bool:
        """Whether the first of a name's words is a sentence's opener ("Even", "Or", "Nor"), not
        its given name: the rest names a person known under another given name ("Even Rendell"
        after Ed Rendell). "Even Pell", "Nor Hisham Abdullah" met first keep their names."""
        if len(tokens) < 2 or tokens[0].lower() not in OPENER_GIVEN_NAMES:
            return False
        opener = tokens[0].lower()
        if any(p.name.split()[0].lower() != opener for p in self.by_surname(tokens[-1])):
            return True
        # (or named so anywhere in the text, before the cast has met them: "… the pilot Ivo Brel")
        named = _name_pattern(rf"\b([A-Z][\w'’-]*)\s+{re.escape(tokens[-1])}\b").finditer(self.page.text)
        return any(fold(m.group(1)) in GIVEN_NAMES and m.group(1).lower() != opener for m in named)

    def by_surname(self, surname: str) -> list[Person]:
        return [self.people[key] for key in self._surnames.get(fold(surname), ())]

    def person_key(self, run: str) -> str | None:
        """The person a run of capitalised words names, when it names one person of the text."""
        tokens = [t for t in run.split() if t.lower().rstrip(".") not in _TITLE_WORDS]
        if not tokens:
            return None
        if fold(" ".join(tokens)) in self.people:
            return fold(" ".join(tokens))
        last = tokens[-1]
        people = self.by_surname(last)
        if len(people) == 1:
            particle = len(tokens) > 2 and re.fullmatch(PARTICLES, tokens[-2]) is not None
            if particle and not {fold(t) for t in tokens[:-2]} <= {fold(t) for t in people[0].name.split()}:
                return None  # "Ana Reis da Costa" is not Rui Lobo da Costa ("Lobo da Costa" may be)
            # "UN Secretary-General Antonio Guterres" is him; "Boris Johnson" is not Mike Johnson.
            given = fold(tokens[-2]) if len(tokens) > 1 else ""
            if given and given != fold(people[0].name.split()[0]) and self._another_given(tokens[-2], people[0].name):
                return None  # "Brannoc Vell" is not Ted Vell, whatever the list of given names knows
            if not given or given == fold(people[0].name.split()[0]) or given not in GIVEN_NAMES:
                return fold(people[0].name)
            return None
        if len(tokens) == 1:  # family name first: "Guo" for Guo Jiakun
            first = [self.people[key] for key in self._given.get(fold(last), ())]
            if len(first) == 1 and GIVEN_NAMES.get(fold(last)) is None:
                return fold(first[0].name)
        return None

    def expand(self, name: str) -> str:
        """ "U.N." -> "United Nations", "WFP" -> "World Food Programme" when the text spells it out."""
        letters = name.replace(".", "")
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            return name
        for match in re.finditer(
            rf"\b{letters[0]}[\w’'-]+(?:\s+(?:of|for|and|the|on)?\s*[A-Z][\w’'-]+){{1,7}}", self.page.text
        ):
            words = [w for w in match.group(0).split() if w[:1].isupper()]
            for cut in range(len(words), 1, -1):
                if "".join(w[0] for w in words[:cut]) == letters:
                    return " ".join(match.group(0).split()[: match.group(0).split().index(words[cut - 1]) + 1])
        return name

    def role_holder(self, phrase: str, at: int) -> str | None:
        """The person the text gave this title, the most recently mentioned one first; one named
        only later counts when no one else holds the title ("its chief executive warned …")."""
        wanted = role_key(re.sub(r"^(?:the|its|his|her|their)\s+", "", phrase, flags=re.IGNORECASE))
        wanted = frozenset(w for w in wanted if w not in ("top", "senior", "new"))
        holders = []
        for key, person in self.people.items():
            for role in person.roles:
                have = role_key(role)
                expanded = have | {part for w in have for part in w.split("-")}
                if wanted <= expanded:
                    holders.append(key)
                    break
        if not holders:
            return None
        before = [(offset, key) for offset, key in self.mentions if offset < at and key in holders]
        if before:
            last, key = max(before)
            # "Senator Pann and Senator Brask opposed it. “…,” the senator said": two holders
            # named in one sentence, and the title does not say which
            sentence = self.page.sentence_at(last)
            if any(k != key and self.page.sentence_at(o) == sentence for o, k in before):
                return None
            return None if self.titled_beside(key, phrase.split()[-1], at) else key
        return holders[0] if len(holders) == 1 else None

    def titled_beside(self, key: str, title: str, at: int) -> bool:
        """Whether the sentence naming `key` last before `at` names someone else right after the
        same title word: "The guild's chair, Mara Doyt, and the board's chair, Ines Quarle, met" —
        "the chair" may be either, whichever of them the text kept the title for."""
        before = bisect.bisect_left(self.mentions, (at, ""))  # the mentions before `at`
        last = next((i for i in range(before - 1, -1, -1) if self.mentions[i][1] == key), None)
        if last is None:
            return False
        # The mentions in that sentence are one run of the list (it is in text order): walked out
        # from the last one's place, not searched for over the whole text.
        sentence = self.page.sentence_at(self.mentions[last][0])
        first, end = last, last + 1
        while first > 0 and self.page.sentence_at(self.mentions[first - 1][0]) == sentence:
            first -= 1
        while end < before and self.page.sentence_at(self.mentions[end][0]) == sentence:
            end += 1
        titled = re.compile(rf"\b(?i:{re.escape(title)}s?),?\s+(?:[A-Z][\w.’'-]*\s+)*$")
        return any(
            other != key and titled.search(self.page.text, max(0, offset - 60), offset) is not None
            for offset, other in self.mentions[first:end]
        )

    def mentions_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """The mentions at offsets from `start` up to `end` (not included), in text order: found
        by bisection, since `mentions` is kept in text order."""
        first = bisect.bisect_left(self.mentions, (start, ""))
        return self.mentions[first : bisect.bisect_left(self.mentions, (end, ""), first)]

    def named_before(self, key: str, offset: int) -> bool:
        """Whether the text names `key` (outside quotes) before `offset`."""
        return any(k == key for _, k in self.mentions_between(0, offset))

    def profile(self, key: str) -> frozenset[str]:
        """What the text says of a person, as `description_words`: their titles, and the words
        around every mention of them ("Florida Sen. Ray Dunmore", "Hal Pruett (R-Texas)",
        "Ines Varga, 46,"). What a later "the Florida senator" is compared with."""
        found = self._profiles.get(key)
        if found is not None:
            return found
        person = self.people[key]
        found = description_words(" ".join(self._described_as(key))) - description_words(person.name)
        self._profiles[key] = found
        return found

    def _described_as(self, key: str) -> list[str]:
        """The phrases `profile` reads: a person's titles and the words around every mention."""
        text = self.page.text
        pieces = list(self.people[key].roles)
        for offset, who in self.mentions:
            if who != key:
                continue
            pieces.append(self._title_before(offset))
            run = _NAME_RUN.match(text, offset)
            tag = _AFTER_NAME.match(text, run.end()) if run else None
            if tag:
                pieces.append(tag.group("tag"))
        return pieces

    def only_former(self, key: str, head: str) -> bool:
        """Whether the text gives the office `head` to the person `key` only as a past one
        ("Former governor Abel Stone", "Ana Pell, the former chief executive of ..."): then a later
        "the governor" is whoever holds it now, not them."""
        holding = [p for p in self._described_as(key) if head in description_words(p)]
        return bool(holding) and all(_FORMER_OFFICE.search(p) for p in holding)

    def called(self, key: str) -> frozenset[str]:
        """The nouns of a person the text gives in commas right after a mention: "Ivo Darr, a guild
        member," is a member; what a later "the businessman" is not said to be. Worked out once per
        person (as `profile`), however many descriptions are read against them."""
        kept = self._called.get(key)
        if kept is not None:
            return kept
        text = self.page.text
        nouns = set()
        for offset, who in self.mentions:
            if who != key:
                continue
            run = _NAME_RUN.match(text, offset)
            found = _APPOSED_NOUN.match(text, run.end()) if run else None
            if found and (person_noun(found.group("noun")) or found.group("noun") in ROLE_HEADS):
                nouns.add(found.group("noun"))
        kept = self._called[key] = frozenset(nouns)
        return kept

    def _title_before(self, offset: int) -> str:
        """The words right before a name that say what the person is: "former Florida Gov.",
        "retired neurosurgeon", "Presidential candidate", "the 46-year-old" — capitalised words,
        titles, person nouns, an age; up to the first other word ("said", "and", "the")."""
        words = self.page.text[max(0, offset - 80) : offset].split(" ")[:-1] if offset else []
        kept: list[str] = []
        for word in reversed(words):
            lower = word.lower().rstrip(".")
            if "\n" in word or not _TITLE_RUN_WORD.fullmatch(word) or len(kept) >= 6:
                break
            if word[:1].islower() and not (
                lower in ROLE_WORDS or person_noun(lower) or re.fullmatch(r"\d{1,3}-year-old|[\w]+-\w+", lower)
            ):
                break
            if lower in NOT_NAMES or lower in _OPENERS:
                break
            kept.append(word)
        return " ".join(reversed(kept))

    def traded(self, single: str) -> bool:
        """ "Shares of Quanta rose", "Quanta's shares": a one-word name with shares is a company."""
        name = re.escape(single)
        return bool(
            re.search(
                rf"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+{name}\b|\b{name}(?:['’]s)?\s+(?:shares|stock)\b",
                self.page.text,
            )
        )

    def full_name(self, single: str) -> str:
        """ "Huang" -> "Jensen Huang" when the text names him so (the first so named; see full_names)."""
        names = self.full_names(single)
        return names[0] if len(names) == 1 else single

    def full_names(self, single: str) -> list[str]:
        """The full names the text gives a single name: the first person named with the given name
        before it ("Jensen Huang"; "Clinton" is the first Clinton named, "Hillary Rodham Clinton"
        whole), else every one with it first ("Zhao Minqing", "Zhao Lirong": two people "Zhao"
        may mean)."""
        token = re.escape(single)
        for pattern in (rf"\b([A-Z][\w'’-]+)\s+{token}\b", rf"\b{token}\s+([A-Z][\w'’-]+)\b"):
            names: list[str] = []
            for match in _name_pattern(pattern).finditer(self.page.text):
                other = match.group(1)
                if (
                    other.lower() not in NOT_NAMES
                    and other.lower() not in _OPENERS  # "Although Vardania said": Vardania
                    and other.lower() not in OPENING_ADVERBS  # "Maybe Vardania is …": Vardania
                    and other.lower().rstrip(".") not in ROLE_WORDS
                    and not is_organisation(other)
                    and other.lower() not in PLACES
                    and not self.page.inside_quote(match.start())
                    and match.group(0) not in names
                ):
                    # "Idris Tamir al-Vesh": the family name joined to its particle is of the name.
                    joined = _JOINED_AFTER.match(self.page.text, match.end())
                    names.append(match.group(0) + (joined.group(0) if joined else ""))
            if names and not pattern.startswith(rf"\b{token}"):
                # The first named: in news "Clinton said" after "Hillary Clinton … Bill Clinton" is
                # the one the story is about. Measured on PolNeAR's tune part, calling it unsure
                # took 135 right statements off the page to remove 2 wrong ones.
                return self._distinct_people(names)[:1]
            if names:
                return names
        return []

    def _distinct_people(self, names: list[str]) -> list[str]:
        """Full names given-name first, one per person: "Hillary Rodham Clinton" and "Hillary
        Clinton" are one person ("Rodham" is a middle name: a capitalised given name before it),
        "Bill Clinton" another."""
        people: dict[str, str] = {}
        for name in names:
            at = self.page.text.find(name)
            before = re.search(r"([A-Z][\w'’-]*)\s+$", self.page.text[max(0, at - 30) : at])
            if before and GIVEN_NAMES.get(fold(before.group(1))) is not None:
                name = f"{before.group(1)} {name}"  # "Hillary" + "Rodham Clinton"
            people.setdefault(name.split()[0], name)
        return list(people.values())

    def mention_everywhere(self, key: str) -> None:
        """A person first known from a statement: every place the text names them counts."""
        surname = re.escape(self.people[key].name.split()[-1])
        for match in _name_pattern(rf"\b{surname}\b").finditer(self.page.text):
            if not self.page.inside_quote(match.start()) and (match.start(), key) not in self.mentions:
                bisect.insort(self.mentions, (match.start(), key))

    def learn(self, speaker: Speaker, at: int) -> None:
        """A statement's speaker, read at offset `at`: a full name first met as a speaker is a
        person of the text from now on ("Andreeva will face …" names her), a described source
        one that "the official" may mean later."""
        self._profiles = {}
        if speaker.kind == "person" and len(speaker.name.split()) >= 2:
            known = fold(speaker.name) in self.people
            key = self.add_person(speaker.name, speaker.role)
            # (a full name the resolver kept when it first read it is known but was never looked
            # for: "As Newt Harl said …. Harl was less sure …. “…,” he said" needs Harl's mentions)
            if key and (not known or all(k != key for _, k in self.mentions)):
                self.mention_everywhere(key)
            elif key and not self._named_in_sentence(key, at):
                bisect.insort(self.mentions, (at, key))
        if speaker.kind == "anonymous":
            head = speaker.name.lower().split()[-1] if speaker.name else ""
            words = [w for w in re.split(r"[\s-]+", speaker.name.lower()) if w in SOURCE_HEADS]
            self.described.append((at, words[0] if words else head, speaker.name))
            self.described.sort()

    def _named_in_sentence(self, key: str, at: int) -> bool:
        """Whether the sentence opening at `at` names `key` only in a relative clause of its own
        ("At the fair, Ostel praised his foreman, Jonas Rieke, who says …"): the one who speaks is
        not the sentence's subject, so their mention stays where the name stands. A speaker named
        as the subject after an opening clause that names someone else ("Despite a row with Brask,
        Holm said …") is the subject, and counts from the sentence's start."""
        sentence = self.page.sentences[self.page.sentence_at(at)]
        return any(
            k == key and _RELATIVE_AFTER_NAME.match(self.page.text, offset, sentence.end)
            for offset, k in self.mentions_between(sentence.start, sentence.end)
        )

    def fits(self, name: str, gender: str) -> bool:
        """Whether "he"/"she" can be this speaker (unknown people fit either)."""
        key = fold(name)
        if key in self.people:
            return self.people[key].gender in (None, gender)
        return True


# Patterns made of a name, compiled once per process for each name (a name comes back article after
# article: "Brannock" in hundreds of them). Compiling one is the cost, not matching it (the kin
# pattern took 5 of 30 ms an article of real election news); what each matches is unchanged. A pattern
# depends on its name alone, so nothing passes from one article to the next. (Compiled, a kin pattern
# is about 20 KB, one before a verb of saying 17 KB, the surname alone 1 KB: at most about 40 MB.)
_NAME_PATTERNS = 1024


@functools.lru_cache(maxsize=_NAME_PATTERNS)
def _kin_pattern(surname: str) -> re.Pattern[str]:
    """`Cast.kin`'s pattern for this surname, as written."""
    _KIN_COMPILED.add(surname)
    return re.compile(_kin_source(re.escape(surname)))


# The surnames whose kin pattern was compiled in this process (it may since have been forgotten):
# one at hand is matched at once, with no `_ANY_KIN` search of the text first.
_KIN_COMPILED: set[str] = set()


def _kin_source(name: str) -> str:
    """The source of `_kin_pattern` with `name` (a pattern) where the surname stands."""
    kin = r"(?:[a-z]+\s+)?(?:" + "|".join(_FAMILY) + r")s?"
    # (the owner by full name too: "Ada Orr, Tam Orr's wife")
    owner = rf"(?:[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w'’.-]*\s+)?{name}['’]s)"
    full = rf"[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+)?{name}"
    relative = (
        rf"\b{owner}\s+{kin},?\s+(?P<after>(?:[A-Z][\w'’.-]*\s+){{1,2}}{name}\b)"
        rf"|\b(?P<before>{full}),\s+{owner}\s+{kin}\b"
        rf"|\b{name}['’]s\s+{kin},?\s+(?P<given>[A-Z][a-z]+)\b(?!\s+[A-Z])"
        # "Ada Orr, the wife of Tam Orr", "the daughter of Tam Orr, Ada Orr,"
        rf"|\b(?P<of_before>{full}),\s+{kin}\s+of\s+{full}\b"
        rf"|\b{kin}\s+of\s+{full},\s+(?P<of_after>{full})\b"
    )
    return relative


# Every surname of these characters matches `_ANY_SURNAME`, so where a kin pattern of one matches,
# `_ANY_KIN` (the kin pattern of any such word) matches too: a text it finds nothing in names no
# relative of anyone, and no surname's own kin pattern (20 KB, about 15 ms to compile) is compiled
# for it: over the 840 PolNeAR articles, 98 compiled where there were 291.
_ANY_SURNAME = r"[\w'’.-]+"
_SURNAME_WORD = re.compile(_ANY_SURNAME)
_ANY_KIN = re.compile(_kin_source(_ANY_SURNAME))


@functools.lru_cache(maxsize=_NAME_PATTERNS)
def _alone_pattern(surname: str) -> re.Pattern[str]:
    """The surname alone, not after another name word ("Vell", not "Ada Vell"): `Cast._learn`."""
    return re.compile(rf"(?<![\w’'-]\s)(?<![\w’'-]){re.escape(surname)}\b")


# The surname alone (not after another name word) before a verb of saying ("Foxhollow said"):
# `Cast._apposed_person`. A pattern of each surname took about 17 ms to compile (the verbs are many); the
# surname is found as a string instead, and the two patterns around it are compiled once.
_NOT_AFTER_NAME_WORD = re.compile(r"(?<![\w’'-]\s)(?<![\w’'-])")
_SAYS_AFTER = re.compile(rf"\s+{AUX}(?:{SAY})\b")


def _speaks(text: str, surname: str, pos: int) -> Iterator[int]:
    """Where the surname stands alone before a verb of saying in `text` from `pos`: the starts of
    the matches `re.finditer` finds of the surname's pattern (not after a name word, then
    `_SAYS_AFTER`), each looked for after the end of the last."""
    if not surname:
        return
    at = text.find(surname, pos)
    while at >= 0:
        said = _NOT_AFTER_NAME_WORD.match(text, at) and _SAYS_AFTER.match(text, at + len(surname))
        if said:
            yield at
            at = text.find(surname, said.end())
        else:
            at = text.find(surname, at + 1)


@functools.lru_cache(maxsize=_NAME_PATTERNS)
def _name_pattern(source: str) -> re.Pattern[str]:
    """A pattern made of a name the text gives (`re.compile(source)`), compiled once per process, as the
    patterns above. `re` keeps the last 512 patterns of every module: an article's names fill that up,
    and the same name's pattern was compiled again in the next article that named it (a quarter of the
    compiles in 300 articles of real election news, 7% of their analysis)."""
    return re.compile(source)
