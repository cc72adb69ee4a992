"""Quotes: who said what in one text — direct quotes, reported speech and their speakers.

Read the way a careful reader does, trusting the clues in this order: the speaker named next to
the quote (`“…,” X said`, `said X`, `X said: “…”`, `X told reporters that …`, `…, X said`,
`according to X`); a quote running on from the same speaker (the next sentence, or the next
paragraph when a paragraph ends inside the quote, as news copy does); a title, pronoun or
description the text has tied to one source ("the Ukrainian president", "she", "the official").
A quote with none of these clues is left out rather than given to a guess.

Speakers are named as fully as the text allows ("Dmitry Peskov" when the sentence says "he").
Organisations and governments speak too ("Kremlin", "Foreign Ministry", "Poland"). A source the
text only describes — "a senior U.S. official", "analysts in Moscow" — keeps that description
as its speaker, marked `anonymous`, so it is never mistaken for a named actor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import sentencex

from .models import Article
from .names import (
    DOCUMENT_HEADS,
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
from .text import strip_dateline

# Sentences longer than this are not read for attribution: no statement a reader takes in at a
# glance is that long, and the patterns would spend time out of proportion on them.
MAX_SENTENCE_CHARS = 800


@dataclass(frozen=True, slots=True)
class Quote:
    """One statement and who made it, with offsets into the text it was read from."""

    speaker: str  # a full name, an organisation, or a described source ("a senior U.S. official")
    quote: str  # the quoted words ("direct") or the reported clause ("indirect")
    kind: str  # "direct" | "indirect"
    sentence: str  # the sentence(s) holding the quote and its attribution, verbatim
    start: int  # `quote` is text[start:end]
    end: int
    role: str | None = None  # "Kremlin spokesman"
    anonymous: bool = False  # the text describes the source but does not name it
    organisation: bool = False
    cue: str = ""  # which clue named the speaker: after, inverted, before, continuation, indirect, ...
    paragraph: int = 0
    anchor: str = ""  # the one sentence holding the attribution: what a brief quotes

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def quotes(text: str) -> list[dict[str, object]]:
    """Every attributed statement in `text`, in reading order, as plain dicts.

    Keys: speaker, quote, kind ("direct"/"indirect"), sentence, start, end (offsets of `quote`
    in `text`), role, anonymous, organisation, cue, paragraph, anchor. Paragraphs are separated
    by blank lines (or by line breaks when the text has no blank line).
    """
    return [q.as_dict() for q in extract(text)]


def extract(text: str) -> list[Quote]:
    return _Reader(text, _split_paragraphs(text)).run()


def extract_paragraphs(paragraphs: Sequence[str]) -> tuple[str, list[Quote]]:
    """Statements of an article's paragraphs; offsets refer to the returned text, the paragraphs
    joined by blank lines. The first paragraph's dateline ("KYIV, March 17 —") is not read."""
    text = "\n\n".join(paragraphs)
    spans, offset = [], 0
    for paragraph in paragraphs:
        spans.append((offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return text, _Reader(text, spans).run()


def article_quotes(articles: Sequence[Article]) -> list[dict[str, object]]:
    """Every statement of each article, as `quotes` gives them, with the article's id first."""
    out: list[dict[str, object]] = []
    for article in articles:
        _, found = extract_paragraphs(article.paragraphs)
        out.extend({"article": article.id, **q.as_dict()} for q in found)
    return out


def _split_paragraphs(text: str) -> list[tuple[int, int]]:
    pattern = r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*" if re.search(r"\n[ \t]*\n", text) else r"[^\n]+"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text) if m.group(0).strip()]


# --- Sentences and quote marks --------------------------------------------------------------

_ABBREVIATION_END = re.compile(
    r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Prof|St|Rev|Cmdr|Gens)\.$"
)


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as absolute spans. sentencex's pieces are found back in the
    text, so offsets stay exact; a piece ending in "Ms." is not a sentence of its own."""
    piece_spans: list[tuple[int, int]] = []
    cursor = start
    chunk = text[start:end]
    for piece in sentencex.segment("en", chunk):
        stripped = piece.strip()
        if not stripped:
            continue
        at = text.find(stripped, cursor, end)
        if at < 0:
            continue
        if piece_spans and _ABBREVIATION_END.search(text[piece_spans[-1][0] : piece_spans[-1][1]]):
            piece_spans[-1] = (piece_spans[-1][0], at + len(stripped))
        else:
            piece_spans.append((at, at + len(stripped)))
        cursor = at + len(stripped)
    split: list[tuple[int, int]] = []
    for a, b in piece_spans:
        for match in _ACRONYM_END.finditer(text, a, b):
            split.append((a, match.start() + len(match.group(1)) + 1))
            a = match.end()
        split.append((a, b))
    piece_spans = split
    # “How will it be used? Who will monitor it?” Putin asked. — the splitter ends a sentence at
    # the question mark; the attribution after it belongs to the quote.
    merged: list[tuple[int, int]] = []
    for a, b in piece_spans:
        if (
            merged
            and re.search(r"[?!]\s*[”\"]$", text[merged[-1][0] : merged[-1][1]])
            and _ATTRIBUTION_ONLY.match(text, a, b)
        ):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    piece_spans = merged
    # An opening quote mark left at the end of a piece ('he said. “') opens the next sentence.
    for i in range(len(piece_spans) - 1):
        a, b = piece_spans[i]
        if b - a > 1 and text[b - 1] in '“"' and text[b - 2].isspace():
            piece_spans[i] = (a, b - 2)
            piece_spans[i + 1] = (b - 1, piece_spans[i + 1][1])
    return piece_spans or [(start, end)]


_ATTRIBUTION_ONLY = re.compile(
    r"(?:[A-Z][\w.’'-]*|the|a|an|he|she|they|[a-z]+)(?:\s+[\w.’'-]+){0,6}?\s+"
    r"(?:said|says|asked|asks|told|wrote|added|questioned|wondered|replied)\b[^.!?“”\"]{0,60}[.!?]?$"
)
_ACRONYM_END = re.compile(r"\b([A-Z]{2,}\.)\s+(?=[A-Z][a-z]+\s+[a-z])")


@dataclass(slots=True)
class _Span:
    """A stretch of quoted words: text[open] is the opening mark, text[close] the closing one
    (close == paragraph end when the paragraph ends inside the quote)."""

    open: int
    close: int
    closed: bool
    paragraph: int
    group: int = -1  # spans of one quotation running over paragraphs share a group
    speaker: _Who | None = None
    used: bool = False

    @property
    def start(self) -> int:
        return self.open + 1

    def words(self, text: str) -> str:
        return text[self.open + 1 : self.close]


_STRAIGHT_OPENERS = " \t\n([{—–-/:;,"


def _quote_spans(text: str, start: int, end: int, paragraph: int) -> list[_Span]:
    spans: list[_Span] = []
    i = start
    while i < end:
        ch = text[i]
        if ch == "“" or (ch == '"' and (i == start or text[i - 1] in _STRAIGHT_OPENERS)):
            j = i + 1
            while j < end and text[j] not in '”"':
                j += 1
            spans.append(_Span(i, j, j < end, paragraph))
            i = j + 1
        else:
            i += 1
    if spans:
        return spans
    # Single quote marks (British style) only where a paragraph has no double ones, and only
    # when they look like a quotation, not an apostrophe: 'We will go,' he said.
    for match in re.finditer(r"(?:(?<=^)|(?<=[\s(—–]))[‘'](?=[A-Z0-9])", text[start:end]):
        open_at = start + match.start()
        close = re.compile(r"(?<=[\w.,!?])[’'](?![\w])")
        found = close.search(text, open_at + 2, end)
        if found and (found.start() - open_at > 12) and (not spans or open_at > spans[-1].close):
            spans.append(_Span(open_at, found.start(), True, paragraph))
    return spans


# --- Speaker phrases ------------------------------------------------------------------------

_SAY = (
    r"said|says|say|told|tells|tell|added|adds|add|stated|states|warned|warns|warn|argued|argues|argue|"
    r"insisted|insists|insist|noted|notes|note|explained|explains|wrote|writes|declared|declares|claimed|"
    r"claims|claim|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|acknowledged|acknowledges|admitted|"
    r"admits|announced|announces|replied|replies|responded|predicted|predicts|cautioned|suggested|"
    r"suggests|posted|remarked|tweeted|vowed|vows|promised|pledged|maintained|maintains|conceded|"
    r"contended|confirmed|confirms|denied|denies|countered|complained|observed|reiterated|recalled|"
    r"assured|informed|estimated|estimates|believes|concluded|asserted|asserts|alleged|alleges|testified|testifies"
)
# Verbs after a quote only (`“…,” he asked`): they introduce quoted words, not a clause.
_QUOTE_ONLY = r"asked|asks|questioned|continued|shouted|joked|quipped|laughed|recalled|exclaimed|wondered|mused"
_AUX = (
    r"(?:(?:has|had|have|also|then|later|earlier|again|previously|repeatedly|publicly|privately|separately|"
    r"once|would|will|did)\s+)*"
)
# Verbs whose clause may come without "that" ("Putin said Russia agreed"); the others take an
# object as readily as a clause ("added Sophgo to the list", "announced its framework").
_BARE_CLAUSE = frozenset(
    """said says say told tells tell insisted insists insist argued argues argue warned warns warn wrote
    writes predicted predicts stressed stresses suggested suggests maintained maintains believes
    insisted contended asserted asserts""".split()
)
_TELL = frozenset("told tells tell assured informed".split())
_VERB_AFTER = re.compile(rf"\b(?:{_SAY}|{_QUOTE_ONLY})\b")
_SAY_RE = re.compile(rf"\b(?:{_SAY})\b")
_NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bdeclined to|\brefused to|\bwould not)\s+(?:\w+\s+)?$")
# Words that begin a verb's object or complement, not a reported clause ("said goodbye").
_NOT_CLAUSE = frozenset(
    """to for with nothing goodbye yes no so as of by from little much anything something thanks
    farewell hello sorry good enough more less otherwise in on at aboard during after before outside
    inside near through via while when where since until into onto over under amid among between
    across against within without earlier later again also publicly privately repeatedly recently
    then""".split()
)
_TIME = (
    r"(?:(?:on|late on|early on|earlier on|by|last|this|next|late|early|earlier|later)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|evening|morning|"
    r"afternoon|weekend|day)(?:\s+(?:evening|morning|night|afternoon))?|overnight|today|yesterday|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:evening|morning|night|afternoon))?|"
    r"earlier|later|again|also|publicly|privately|repeatedly|recently)"
)
_OBJECT = (
    r"(?:reporters|journalists|lawmakers|analysts|investors|parliament|legislators|supporters|[a-z]{3,}s\b|"
    r"the\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|him|her|them|us|me|"
    r"the\s+\w+(?:\s+\w+)?|a\s+\w+(?:\s+\w+)?)"
)
# What may stand between a verb and the reported clause without "that".
_BETWEEN = re.compile(
    rf"^(?:\s*,\s*(?:however|though|too|also|in\s+a\s+statement)\s*,)?(?:\s*,?\s+{_TIME})*(?:\s+in\s+(?:a|an|its|his|her|their)\s+[\w-]+(?:\s+(?!that\b)[\w-]+){{0,3}})?"
    rf"(?:\s+on\s+(?:X|Telegram|Facebook|Twitter|Instagram|social media|television|state television))?"
    rf"(?:\s+that)?\s+(?=\S)"
)
# A verb then anything short before "that": "told reporters aboard Air Force One late on Sunday that".
_OBJECT_RE = re.compile(rf"^\s+{_OBJECT}")
_BEFORE_THAT = re.compile(r"^[^,;:“”\"]{0,90}?\bthat\s+(?=\S)")
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
    rf"separately|once|first|initially|himself|herself|itself|{_TIME}))+$"
)
_NAME_TOKEN = r"[A-Z][\w'’.-]*"
_PARTICLES = r"(?:bin|bint|ibn|al|el|de|da|di|van|von|der|den|du|dos|le|la|ul)"
_NAME_RUN = re.compile(rf"\b{_NAME_TOKEN}(?:\s+(?:{_PARTICLES}\s+)*{_NAME_TOKEN})*")
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>.+)$")
_RELATIVE = re.compile(r"\s+(?:who|which|that|whose|whom)\b.*$|\s+(?:speaking|writing|asked)\b.*$")
_CLOSING = "”\"’'"


@dataclass(frozen=True, slots=True)
class _Who:
    speaker: str
    role: str | None = None
    kind: str = "person"  # person | organisation | anonymous | group

    @property
    def anonymous(self) -> bool:
        return self.kind in ("anonymous", "group")


@dataclass(slots=True)
class _Person:
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


_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSt)(?<!\bGen)(?<!\bSen)[.!?;]\s")


def _ends_sentence(fragment: str) -> bool:
    """Whether a full stop ends a sentence inside `fragment` ("Gen. Syrskyi" and "C.C. Wei" do not)."""
    return bool(_SENTENCE_END.search(fragment))


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
        or bool(re.search(r"\b(?:ministry|department|office|council|commission|committee) of\b", lower))
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


# "BELEM, Brazil, Nov 18 (Team Wire) — ": a wire dateline with more parts than text.py expects.
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]{1,40}(?:,[^—–_\n(]{1,40}){0,3}(?:\s*\([^)]{1,40}\))?\s*[—–_-]{1,2}\s+(?=[A-Z“\"])"
)


def _clause_start(clause: str, before: str) -> bool:
    """Whether a reported clause can begin here ("Russia agreed …"), not an object or an adverb."""
    if clause.startswith(("“", '"')):
        return bool(re.search(r"\bthat\s*$", before))  # X said “…” is a direct quote, not a clause
    first = re.match(r"[\w’'-]+", clause)
    if first is None:
        return False
    word = first.group(0).lower()
    if word.endswith("ing") and word not in ("nothing", "king"):
        # "said voting had been orderly" is a clause; "denies mistreating prisoners" is not.
        return bool(re.match(r"[\w’'-]+\s+(?:had|has|was|is|were|are|would|will|could|can|may|might|should)\b", clause))
    return word not in _NOT_CLAUSE


_GENERIC_ORGS = frozenset(
    """company firm group ministry department agency bank government office bureau union council commission
    committee utility carrier airline retailer drugmaker automaker carmaker chipmaker lender insurer
    manufacturer operator broadcaster regulator club team side""".split()
)
# Titles held by one person: when the text never names the holder, the reader cannot either.
_OFFICES = frozenset(
    "president minister chancellor premier king queen governor mayor secretary-general speaker pope".split()
)
# Where a reported clause ends and another sentence part begins: "…, while Lavrov called it".
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:while|whereas|but|and|although|though|as)\b|;")
_CALLED = re.compile(
    r"(?P<who>[^,;“”\"]{1,80}?)\s+(?:has\s+|have\s+|had\s+|also\s+|repeatedly\s+)*"
    r"(?:called|calls|described|describes|dismissed|branded|labell?ed|termed)\b[^,;“”\"]{0,60}$"
)
_OCCUPATION_WORDS = OCCUPATIONS | OCCUPATION_MODIFIERS
_TAG = re.compile(r"(?:[DRI]|Ind|Dem|Rep)-[A-Z][\w.]*|\d{1,3}")
_SUBJECT_ORG = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of|and|for)?\s*[A-Z][\w&.'’-]*){0,5})"
    r"(?:,\s+(?P<described>(?:the|a|an)\s+[^,]{1,80}),)?\s+(?:has\s+|had\s+|also\s+)?[a-z]+"
)
_JOINT = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+|;\s+")
_KEEP_COMMA = "\x1f"
_LISTED_NAME = re.compile(
    r"\b(?:Ministry|Department|Office|Commission|Committee|Bureau) of [A-Z][\w’'-]+(?:, [A-Z][\w’'-]+)+,? and [A-Z]"
)
_NOT_TITLE = frozenset("in at on from with by after before when while who which that said and but".split())
_PUBLIC_BODIES = frozenset(
    "ministry department agency government office bureau council commission committee regulator".split()
)
_NOT_COMPANIES = frozenset(
    """foundation association institute university union council commission committee ministry department
    agency government office court police party alliance coalition network federation society academy
    centers center centre""".split()
)
_TITLE_LOWER = ROLE_WORDS | ORG_HEADS | {"of", "for", "and", "the", "on"}


class _Reader:
    """Reads one text: first who is who (names, titles, described sources), then each quote."""

    def __init__(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.paragraphs = list(paragraphs)
        self.sentences: list[tuple[int, int, int]] = []  # start, end, paragraph
        self.spans: list[_Span] = []
        for p_index, (start, end) in enumerate(self.paragraphs):
            if p_index == 0:
                start = end - len(strip_dateline(text[start:end]))
                wire = _WIRE_DATELINE.match(text, start, end)
                start = wire.end() if wire else start
            for s_start, s_end in _sentence_spans(text, start, end):
                self.sentences.append((s_start, s_end, p_index))
            self.spans.extend(_quote_spans(text, start, end, p_index))
        self._sentence_starts = [s[0] for s in self.sentences]
        self._span_opens = [s.open for s in self.spans]
        self.people: dict[str, _Person] = {}  # folded full name -> person
        self._surnames: dict[str, list[str]] = {}  # folded surname -> people's keys
        self._given: dict[str, list[str]] = {}  # folded first name -> people's keys
        self.mentions: list[tuple[int, str]] = []  # (offset, person key), outside quotes
        self.described: list[tuple[int, str, str]] = []  # (offset, head noun, description)
        self.statements: dict[int, list[Quote]] = {}  # sentence index -> statements anchored there
        self.found: list[Quote] = []
        self._learn()

    # -- who is who ----------------------------------------------------------------------------

    def _inside_quote(self, offset: int) -> bool:
        # Spans are in text order and do not overlap: only the last one opening before counts.
        i = bisect.bisect_left(self._span_opens, offset) - 1
        return i >= 0 and offset < self.spans[i].close

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
            person = self.people[key] = _Person(name)
            self._surnames.setdefault(fold(tokens[-1]), []).append(key)
            self._given.setdefault(fold(tokens[0]), []).append(key)
        given = GIVEN_NAMES.get(fold(tokens[0]))
        if role:
            role = " ".join(role.split()).strip(" ,")
            if role and role not in person.roles:
                person.roles.append(role)
            for word in role.lower().split():
                given = given or ROLE_GENDER.get(word)
        person.gender = person.gender or gender or given
        return key

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
            if fold(tokens[0]) in GIVEN_NAMES and not self._inside_quote(match.start()):
                self._add_person(match.group(0))
        # A person named by surname alone after an honorific gets the honorific's gender.
        for match in re.finditer(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+({_NAME_TOKEN})", text):
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

    def _by_surname(self, surname: str) -> list[_Person]:
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

    # -- resolving a speaker phrase ------------------------------------------------------------

    def resolve(self, phrase: str, at: int, appositive: str | None = None) -> _Who | None:
        """A speaker phrase -> who it is, or None when the text does not say."""
        phrase = _clean_phrase(_RELATIVE.sub("", phrase))
        if not phrase or len(phrase) > 120 or any(ch in phrase for ch in '“”"()'):
            return None
        if _TAG.fullmatch(phrase):
            return None  # "Sen. Chris Murphy, D-Conn., said": the party and state, not the speaker
        who = self._resolve(phrase, at)
        if appositive:
            apposed = _clean_phrase(appositive)
            only_name = re.fullmatch(rf"(?:[a-z]+\s+){{0,3}}(?:{_NAME_TOKEN}\s+)*{_NAME_TOKEN}", apposed)
            if only_name and any(
                w[:1].islower() and w not in _TITLE_LOWER | _OCCUPATION_WORDS for w in apposed.split()
            ):
                only_name = None  # "asked about Joe Biden" is not who spoke
            named = self._named(apposed, at) if only_name and len(apposed.split()) >= 2 else None
            # "Brazil's climate envoy, Ana Toni, said": the name in commas is the speaker.
            if named and named.kind == "person" and (who is None or who.kind != "person"):
                return _Who(named.speaker, phrase, "person")
            described_org = re.match(r"^(?:an?|the)\s+", phrase.lower()) and phrase.lower().split()[-1] in (
                ORG_HEADS | _GENERIC_ORGS
            )
            if described_org and re.fullmatch(rf"{_NAME_TOKEN}(?:\s+(?:of|and|for)?\s*{_NAME_TOKEN})*", apposed):
                return _Who(apposed, None, "organisation")
            if (
                who is not None
                and who.kind == "person"
                and who.role is None
                and len(apposed.split()) <= 12
                and any(w in ROLE_HEADS for w in re.split(r"[\s-]+", apposed.lower()))
            ):
                return _Who(who.speaker, re.sub(r"^(?:the|a|an)\s+", "", apposed), "person")
        return who

    def _resolve(self, phrase: str, at: int) -> _Who | None:
        lower = phrase.lower()
        if lower in ("he", "she"):
            return self._pronoun(lower, at)
        if lower in ("it", "they"):
            return self._group_pronoun(lower, at)
        if lower in ("i", "we", "you", "one", "this", "that", "there", "who", "which", "what"):
            return None
        words = lower.split()
        first = words[0]
        if first in ("a", "an", "one", "another", "some", "several", "many", "most", "two", "three", "other"):
            return self._described(phrase)
        owner = _POSSESSIVE.match(phrase)
        if first == "the" and re.search(rf"\s{_NAME_TOKEN}\s+{_NAME_TOKEN}$", phrase) and not owner:
            named = self._named(phrase.split(None, 1)[1], at)  # "the envoy Ana Toni"
            if named is not None and named.kind == "person":
                return named
        if first == "the" or (owner and owner.group("owner").lower() in ("its", "his", "her", "their")):
            return self._definite(phrase, at)
        if first in ("its", "his", "her", "their"):
            return self._definite(phrase, at)
        if owner and not re.match(rf"^{_NAME_TOKEN}(\s+{_NAME_TOKEN})*$", owner.group("owner")):
            return None
        if owner:
            rest = owner.group("rest")
            rest_words = rest.lower().split()
            if owner.group("owner").lower() in NOT_NAMES:
                return None
            if (rest_words and rest_words[-1] in ORG_HEADS | {"force"}) or _is_org_phrase(rest):
                return _Who(phrase, None, "organisation")
            if rest[-1:].isalpha() and rest.split()[-1][:1].isupper():
                return self._named(rest, at)
            if rest_words and rest_words[-1] in ROLE_HEADS:
                return self._definite(phrase, at)
            return None
        return self._named(phrase, at)

    def _described(self, phrase: str) -> _Who | None:
        words = [w.strip(".,").lower() for w in re.split(r"[\s-]+", phrase)]
        core = words[
            : next((i for i, w in enumerate(words) if w in ("of", "at", "in", "on", "from", "for")), len(words))
        ]
        if any(w in PLURAL_SOURCES for w in core):
            return _Who(phrase, None, "group")
        if core and core[-1] in ORG_HEADS | _GENERIC_ORGS:
            return None  # "a patient advocacy group" is not a patient
        if any(w in SOURCE_HEADS for w in core):
            return _Who(phrase, None, "anonymous")
        return None

    def _definite(self, phrase: str, at: int) -> _Who | None:
        bare = re.sub(r"^(?:the|its|his|her|their)\s+", "", phrase, flags=re.IGNORECASE)
        words = [w.strip(".,") for w in re.split(r"\s+", bare.lower())]
        head = words[-1] if words else ""
        if len(words) == 1 and head in _GENERIC_ORGS:
            return self._organisation_before(head, at)
        core = words[
            : next((i for i, w in enumerate(words) if w in ("of", "at", "in", "on", "from", "for")), len(words))
        ]
        if re.match(r"^the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:of|at|for)\s+(?:an?|one)\s", phrase.lower()):
            return _Who(phrase, None, "anonymous")  # "the head of a Washington trade association"
        person_head = bool(core) and (core[-1] in ROLE_HEADS or core[-1] in SOURCE_HEADS)
        if not person_head and (_is_org_phrase(bare) or head in ORG_HEADS):
            return _Who(self._expand(bare), None, "organisation")
        if core and core[-1] in PLURAL_SOURCES:
            return _Who(bare, None, "group")
        heads = [w for w in core if w in ROLE_HEADS or w.split("-")[0] in ROLE_HEADS]
        if heads:
            holder = self._role_holder(phrase, at)
            if holder is not None:
                person = self.people[holder]
                return _Who(person.name, person.roles[0] if person.roles else None, "person")
        if core and core[-1] in _OFFICES:
            return None  # "the Russian president" the text never names: not a guess
        if owner_named(phrase):
            return None  # "Ukraine’s top commander" the text does not name
        if len(bare.split()) >= 2 and all(
            w[:1].isupper() or w in ("of", "for", "and", "on", "de") for w in bare.split()
        ):
            return _Who(bare, None, "organisation")  # "the Climate Action Tracker"
        if core and core[-1] in _SOURCE_BACK:
            for offset, head_noun, description in reversed(self.described):
                if offset < at and head_noun == core[-1]:
                    return _Who(description, None, "anonymous")
            return _Who(bare, None, "anonymous")
        return None

    def _organisation_before(self, noun: str, at: int) -> _Who | None:
        """ "the company", "the ministry": the organisation the sentence before is about, else the
        one of that kind that spoke last."""
        here = self._sentence_at(at)
        for index in range(here - 1, max(-1, here - 3), -1):
            start, end, _ = self.sentences[index]
            subject = _SUBJECT_ORG.match(self.text, start, end)
            if subject is None:
                continue
            name, described = subject.group("name"), subject.group("described") or ""
            if (noun in described.lower().split() or _is_org_phrase(name)) and name.lower() not in PLACES:
                return _Who(self._expand(name), None, "organisation")
        for statement in reversed(self.found):
            if statement.start >= at or not statement.organisation:
                continue
            head = statement.speaker.lower().split()[-1]
            if head == noun or (
                noun not in _PUBLIC_BODIES
                and head not in _GENERIC_ORGS | _NOT_COMPANIES
                and statement.speaker.lower() not in PLACES
            ):
                return _Who(statement.speaker, None, "organisation")
        if noun in _PUBLIC_BODIES:
            return None
        # Nothing spoke yet: the organisation the story opens with ("Orchard Technologies unveiled …").
        start, end, _ = self.sentences[0] if self.sentences else (0, 0, 0)
        lede = re.match(
            rf"(?:The\s+)?({_NAME_TOKEN}(?:\s+(?:of|and|for)?\s*{_NAME_TOKEN}){{0,4}})\s+[a-z]", self.text[start:end]
        )
        if lede and _is_org_phrase(lede.group(1)) and lede.group(1).lower() not in PLACES and start < at:
            return _Who(lede.group(1), None, "organisation")
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

    def _named(self, phrase: str, at: int) -> _Who | None:
        tokens = phrase.split()
        # "Harjeet Singh of the Climate Action Network": the name, not the network.
        if " of " in phrase and re.match(rf"^{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})+\s+of\s", phrase):
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
                and not any(w in _NOT_TITLE for w in lowers)
            )
        if not titled:
            lower = phrase.lower()
            words = lower.split()
            if words[-1] in PLURAL_SOURCES or any(w in PLURAL_SOURCES for w in words[:3]):
                return self._described(phrase) or _Who(phrase, None, "group")
            if _is_org_phrase(phrase) and not any(w in ("in", "at", "on") for w in words):
                return _Who(phrase, None, "organisation")
            return None
        if len(tokens) > 1 and tokens[-1].lower() in ORG_HEADS:
            return _Who(" ".join(tokens).rstrip("."), None, "organisation")
        if _is_org_phrase(" ".join(tokens)):
            return _Who(
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
            return _Who(name, None, "organisation")
        if name.lower().rstrip(".").split()[-1] in PLURAL_SOURCES:  # "Democrats"
            return _Who(phrase, None, "group")
        key = self._person_key(name)
        if key:
            person = self.people[key]
            return _Who(person.name, role or (person.roles[0] if person.roles else None), "person")
        if len(name_tokens) == 1:
            if name.lower().rstrip(".") in PLACE_ABBREVIATIONS or len(name) <= 2:
                return None  # "El Segundo, Calif., a consultant … warned": a place, not a speaker
            full = self._full_name(name)
            if full != name:
                return _Who(full, role, "person")
            return _Who(name, role, "person" if role else "organisation" if name.isupper() else "person")
        if role is None and len(name_tokens) >= 2:
            self._add_person(name)
        return _Who(name, role, "person")

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

    # -- pronouns ------------------------------------------------------------------------------

    def _sentence_at(self, offset: int) -> int:
        """The sentence holding `offset` (the one before it, between sentences)."""
        return max(0, min(bisect.bisect_right(self._sentence_starts, offset) - 1, len(self.sentences) - 1))

    def _pronoun(self, pronoun: str, at: int) -> _Who | None:
        """ "he"/"she": the person of the nearest sentence that names a fitting one; of several,
        the one speaking there or the one the sentence opens with, else nobody."""
        gender = "m" if pronoun == "he" else "f"
        here = self._sentence_at(at)
        for index in range(here, max(-1, here - 4), -1):
            start, end, _ = self.sentences[index]
            limit = min(end, at) if index == here else end
            candidates: list[tuple[int, str, str]] = []  # offset, key or description, kind
            first = bisect.bisect_left(self.mentions, (start, ""))
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
                continue
            if len(names) == 1:
                name = names.pop()
                source = next((s for s in speaking if s.speaker == name), None)
                if source is not None:
                    return _Who(source.speaker, source.role, "anonymous" if source.anonymous else "person")
                key = fold(name)
                return _Who(name, self.people[key].roles[0] if self.people[key].roles else None, "person")
            if len({s.speaker for s in speaking}) == 1:
                source = speaking[0]
                return _Who(source.speaker, source.role, "anonymous" if source.anonymous else "person")
            opening = min(fitting) if fitting else None
            lead = self.text[start : opening[0]].split() if opening else []
            if opening and all(w[:1].isupper() or w.lower().rstrip(".,") in ROLE_WORDS for w in lead):
                person = self.people[opening[1]]
                return _Who(person.name, person.roles[0] if person.roles else None, "person")
            return None
        return None

    def _fits(self, statement: Quote, gender: str) -> bool:
        key = fold(statement.speaker)
        if key in self.people:
            return self.people[key].gender in (None, gender)
        return True

    def _group_pronoun(self, pronoun: str, at: int) -> _Who | None:
        """ "it"/"they" speak for the organisation or group that spoke in the sentence before."""
        here = self._sentence_at(at)
        for index in (here, here - 1):
            if index < 0:
                continue
            for statement in reversed(self.statements.get(index, [])):
                if pronoun == "it" and statement.organisation:
                    return _Who(statement.speaker, statement.role, "organisation")
                if pronoun == "they" and statement.cue and statement.anonymous and self._plural(statement.speaker):
                    return _Who(statement.speaker, None, "group")
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

    @staticmethod
    def _plural(description: str) -> bool:
        return any(w.lower().strip(".,") in PLURAL_SOURCES for w in description.split())

    # -- the statements ------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        self._group_spans()
        for index, (start, end, paragraph) in enumerate(self.sentences):
            if end - start > MAX_SENTENCE_CHARS:
                continue
            self._read_sentence(index, start, end, paragraph)
        self.found.sort(key=lambda q: q.start)
        return self.found

    def _group_spans(self) -> None:
        """A paragraph that ends inside a quote goes on in the next one when that opens with a
        quote mark: the two spans are one quotation with one speaker."""
        group = 0
        for i, span in enumerate(self.spans):
            if span.group < 0:
                span.group = group
                group += 1
            if span.closed or i + 1 >= len(self.spans):
                continue
            nxt = self.spans[i + 1]
            p_start = self.paragraphs[nxt.paragraph][0]
            if nxt.paragraph == span.paragraph + 1 and not self.text[p_start : nxt.open].strip():
                nxt.group = span.group
        self._groups: dict[int, list[_Span]] = {}
        for span in self.spans:
            self._groups.setdefault(span.group, []).append(span)

    def _spans_in(self, start: int, end: int) -> list[_Span]:
        lo = bisect.bisect_left(self._span_opens, start)
        hi = bisect.bisect_left(self._span_opens, end)
        return self.spans[lo:hi]

    def _record(self, who: _Who, kind: str, q_start: int, q_end: int, s_index: int, cue: str) -> Quote:
        while q_start < q_end and self.text[q_start] in " ,":
            q_start += 1
        while q_end > q_start and self.text[q_end - 1] in (" ,." if kind == "indirect" else " ,"):
            q_end -= 1
        s_start, s_end, paragraph = self.sentences[s_index]
        first = self._sentence_at(q_start) if kind == "direct" else s_index
        last = self._sentence_at(max(q_start, q_end - 1)) if kind == "direct" else s_index
        first, last = min(first, s_index), max(last, s_index)
        sentence = " ".join(self.text[self.sentences[first][0] : self.sentences[last][1]].split())
        statement = Quote(
            speaker=who.speaker,
            quote=" ".join(self.text[q_start:q_end].split()),
            kind=kind,
            sentence=sentence,
            start=q_start,
            end=q_end,
            role=who.role,
            anonymous=who.anonymous,
            organisation=who.kind == "organisation",
            cue=cue,
            paragraph=paragraph,
            anchor=" ".join(self.text[s_start:s_end].split()),
        )
        self.found.append(statement)
        self.statements.setdefault(s_index, []).append(statement)
        if who.kind == "person" and len(who.speaker.split()) >= 2:
            key = self._add_person(who.speaker, who.role)
            if key:
                bisect.insort(self.mentions, (s_start, key))
        if who.kind == "anonymous":
            head = who.speaker.lower().split()[-1] if who.speaker else ""
            words = [w for w in re.split(r"[\s-]+", who.speaker.lower()) if w in SOURCE_HEADS]
            self.described.append((s_start, words[0] if words else head, who.speaker))
            self.described.sort()
        return statement

    def _read_sentence(self, index: int, start: int, end: int, paragraph: int) -> None:
        spans = self._spans_in(start, end)
        self._direct(index, start, end, spans, partial=False)
        self._indirect(index, start, end, spans)
        # Quoted words inside a sentence that is not a reported clause: "X called it “a trap”".
        self._direct(index, start, end, spans, partial=True)

    def _direct(self, index: int, start: int, end: int, spans: Sequence[_Span], partial: bool) -> None:
        text = self.text
        for n, span in enumerate(spans):
            if span.used:
                continue
            close = min(span.close, end) if span.closed else span.close
            before_from = spans[n - 1].close + 1 if n > 0 else start
            before = text[before_from : span.open]
            # The words after the quote are in the sentence where it closes: “… used? Who …?” he asked.
            close_end = end if span.close < end else self.sentences[self._sentence_at(span.close)][1]
            later = [s for s in self.spans if span.close < s.open < close_end]
            after_to = spans[n + 1].open if n + 1 < len(spans) else (later[0].open if later else close_end)
            after_from = min(span.close + 1, close_end) if span.closed else close_end
            after = text[after_from:after_to] if span.closed else ""
            found = self._attribute_span(span, before, before_from, after, after_from, index, partial)
            if found is None:
                continue
            who, cue = found
            span.used = True
            span.speaker = who
            s_index = index if span.close <= end else self._sentence_at(span.close - 1)
            self._record(who, "direct", span.start, close if span.closed else span.close, s_index, cue)
            for other in self._groups.get(span.group, ()):  # the rest of a quotation over paragraphs
                if other is not span and not other.used:
                    other.used = True
                    other.speaker = who
                    self._record(who, "direct", other.start, other.close, self._sentence_at(other.open), "paragraphs")

    def _attribute_span(
        self, span: _Span, before: str, before_from: int, after: str, after_from: int, index: int, partial: bool
    ) -> tuple[_Who, str] | None:
        if partial:
            return self._before(before, before_from, partial=True)
        # 1. The speaker named just after the quote: “…,” X said / said X.
        if after:
            found = self._after(after, after_from, according=not _SAY_RE.search(before))
            if found:
                return found
        # 2. Named just before it: X said: “…” / X said, “…” / Failure, he said, “is not …”
        found = self._before(before, before_from, partial=False)
        if found:
            return found
        # 3. The same speaker going on: the sentence before (or the paragraph before, when this
        #    one opens with the quote) ended with an attributed statement.
        if not before.strip() and not (after.strip(" ,.") and _SAY_RE.search(after)):
            inherited = self._continuation(span, index)
            if inherited:
                return inherited, "continuation"
        return None

    def _after(self, after: str, at: int, according: bool = True) -> tuple[_Who, str] | None:
        lead = re.match(r"^[\s,—–-]*", after)
        assert lead is not None
        rest, base = after[lead.end() :], at + lead.end()
        if not rest or rest[0] in ".!?;":
            return None
        source = re.match(r"according to (?P<who>(?:[^,;.!?“”\"]|\.(?=\S)|(?<=\b[A-Z])\.)+?)\s*(?:[,;.!?]|$)", rest)
        if source:  # “…,” according to X. (But "X told colleagues “…”, according to aides" is X's.)
            who = self._according_source(source.group("who"), base) if according else None
            return (who, "according") if who else None
        verb = _VERB_AFTER.search(rest)
        if verb is None:
            return None
        pre = rest[: verb.start()]
        if not pre.strip():
            # said X: the speaker runs to a comma, a full stop or a clause of its own.
            tail = rest[verb.end() :]
            phrase = re.match(
                r"^\s+(?P<p>(?:(?:Prof|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Mr|Mrs|Ms|Rev|St)\.\s+)?"
                r"[^,.;:!?“”\"]+?(?:\.(?=[A-Z][\w]*\.?\s)[^,.;:!?“”\"]*?)*)(?=\s*(?:[,;:!?“”\"]|\.(?:\s|$)|$)"
                r"|\s+(?:in|on|at|after|before|during|when|as|to|from|while|last|this|told|adding|according|with|via)\b)",
                tail,
            )
            if phrase is None:
                return None
            who = self.resolve(phrase.group("p"), base + verb.end())
            named = re.match(
                rf",\s+((?:[a-z]+\s+){{0,2}}{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})+)\s*(?:[,.;]|$)", tail[phrase.end() :]
            )
            if (who is None or who.kind != "person") and named:
                # "said the group's director, Tom Abara": the name in commas is the speaker.
                apposed = self.resolve(named.group(1), base + verb.end())
                if apposed is not None and apposed.kind == "person":
                    return _Who(apposed.speaker, phrase.group("p").strip(), "person"), "inverted"
            if who is not None and who.anonymous:
                # "said one Western diplomat in Moscow, who …": the description runs to the comma.
                more = re.match(
                    r"\s+(?:in|at|of|for|from|with|on)\s+[^,.;:!?“”\"]{1,60}?(?=\s*(?:[,;:!?]|\.(?:\s|$)|$))",
                    tail[phrase.end() :],
                )
                if more:
                    who = _Who(phrase.group("p").strip() + more.group(0), None, who.kind)
            return (who, "inverted") if who else None
        if _ends_sentence(pre) or len(pre) > 160:
            return None
        aux = re.search(rf"\s+{_AUX}$", pre)
        pre = pre[: aux.start()] if aux else pre
        appositive = None
        parts = pre.split(",")
        if len(parts) >= 3 and not parts[-1].strip():
            subject, appositive = parts[0], ",".join(parts[1:-1])
        elif len(parts) > 1:
            return None
        else:
            subject = pre
        if _NEGATED.search(pre + " "):
            return None
        who = self.resolve(subject, base, appositive)
        return (who, "after") if who else None

    def _before(self, before: str, at: int, partial: bool) -> tuple[_Who, str] | None:
        if not before.strip() or re.search(r"\bso-called\s*$", before):
            return None  # the so-called “special operation”: a scare quote, nobody's words
        if partial:
            # Lavrov called it “a trap”: the verb right before the quote names its speaker.
            starts = [m.end() for m in re.finditer(r"^|[,;]\s+|\band\s+|\bwhat\s+", before)]
            for pos in reversed(starts):  # the nearest subject first: "… what he called “…”"
                called = _CALLED.match(before, pos)
                if called:
                    who = self.resolve(called.group("who"), at + pos)
                    if who is not None:
                        return who, "called"
        blunt = re.search(r"(?:^|,\s+)(?P<who>[^,;“”\"]{1,60}?)\s+(?:was|were|is)\s+(?:\w+\s+)?\w+:\s*$", before)
        if blunt and not partial:  # "Murphy was blunt: “…”"
            who = self._subject(blunt.group("who") + " ", at + blunt.start("who"))
            if who is not None:
                return who, "before"
        for verb in _VERB_AFTER.finditer(before):
            tail = before[verb.end() :]
            if _ends_sentence(tail) or _SAY_RE.search(tail):
                continue
            direct = re.fullmatch(r"\s*|(?:\s+[^“”\"]{0,70}?)?\s*[,:]\s*", tail)
            if not direct and (not partial or _NEW_CLAUSE.search(tail)):
                continue
            subject = self._subject(before[: verb.start()], at)
            if subject is None:
                continue
            # X said: “…” / X said, “…”: the quote is what was said. X said the decision was
            # “naked protectionism”: quoted words inside a reported clause.
            return subject, "before" if direct else "partial"
        return None

    def _subject(self, pre: str, at: int) -> _Who | None:
        """Who speaks, from the words before the verb: the clause's subject, or a name in the
        commas before it ("Zelensky, speaking in his nightly address, said")."""
        if _NEGATED.search(pre):
            return None
        aux = re.search(rf"\s+{_AUX}$", pre)
        trimmed = pre[: aux.start()] if aux else pre
        # "the Ministry of Economy, Trade and Industry": commas inside a name do not part phrases.
        trimmed = _LISTED_NAME.sub(lambda m: m.group(0).replace(",", _KEEP_COMMA), trimmed)
        parts = [part.replace(_KEEP_COMMA, ",") for part in trimmed.split(",")]
        if not parts[-1].strip():
            for k in range(len(parts) - 3, max(-1, len(parts) - 6), -1):
                candidate = parts[k]
                appositive = ",".join(parts[k + 1 : -1])
                who = self.resolve(candidate, at + len(",".join(parts[:k])), appositive)
                if who is not None:
                    return who
            return None
        last = parts[-1]
        if last.strip().lower() in ("who", "which") and len(parts) >= 2:
            # "… spokeswoman Maria Zakharova, who said": the name before the comma.
            run = re.search(rf"(?:(?:[a-z]+|{_NAME_TOKEN})\s+){{0,3}}{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*\s*$", parts[-2])
            return self.resolve(run.group(0), at) if run else None
        if re.search(r"\b(?:who|which|that|whom|whose|what|where|when|how|why|if|whether)\s+(?:\S+\s+)?$", last + " "):
            return None  # "soldiers who he said were surrounded": the verb is the relative clause's
        # "X welcomed the additions but said …": the subject of the first verb.
        coordinated = re.match(
            r"^(?P<subject>.*?)\s*(?<![\w’'])(?:has\s+|have\s+|had\s+)?(?:[a-z]+ed|made|took|gave|held|met|went|came|hit)\b"
            r"[^,]*?\b(?:and|but)\s*$",
            last,
        )
        if coordinated:
            if not coordinated.group("subject").strip():
                return self._subject(",".join(parts[:-1]) + ",", at) if len(parts) > 1 else None
            last = coordinated.group("subject")
        return self.resolve(last, at + len(",".join(parts[:-1])))

    def _continuation(self, span: _Span, index: int) -> _Who | None:
        s_start, _, paragraph = self.sentences[index]
        text = self.text
        # The quote must open its sentence: “We are close.”
        if text[s_start : span.open].strip():
            return None
        previous = index - 1
        if previous < 0:
            return None
        p_start, _ = self.paragraphs[paragraph]
        same_paragraph = self.sentences[previous][2] == paragraph
        if not same_paragraph:
            # A new paragraph that is all quote continues the previous paragraph's speaker only
            # when that paragraph ended on their quote, or on "X said:".
            if text[p_start : span.open].strip() and p_start < span.open:
                return None
            prev_start, prev_end, _ = self.sentences[previous]
            last_sentence = text[prev_start:prev_end].rstrip()
            if last_sentence.endswith(":"):
                verbs = list(_VERB_AFTER.finditer(last_sentence))
                if verbs:
                    return self._subject(last_sentence[: verbs[-1].start()], prev_start)
            statements = self.statements.get(previous, [])
            if statements and statements[-1].kind == "direct" and last_sentence[-1:] in _CLOSING:
                last = statements[-1]
                return _Who(last.speaker, last.role, self._kind(last))
            return None
        statements = self.statements.get(previous, [])
        if not statements:
            return None
        last = statements[-1]
        return _Who(last.speaker, last.role, self._kind(last))

    @staticmethod
    def _kind(statement: Quote) -> str:
        if statement.organisation:
            return "organisation"
        if statement.anonymous:
            return "group" if _Reader._plural(statement.speaker) else "anonymous"
        return "person"

    # -- reported speech -----------------------------------------------------------------------

    def _masked(self, start: int, end: int, spans: Sequence[_Span]) -> str:
        """The sentence with quoted words blanked (same length), so patterns see only the frame."""
        chars = list(self.text[start:end])
        lo = max(0, bisect.bisect_left(self._span_opens, start) - 1)  # one may open before the sentence
        for span in self.spans[lo : bisect.bisect_left(self._span_opens, end)]:
            lo, hi = max(span.open + 1, start), min(span.close, end)
            for i in range(lo, hi):
                chars[i - start] = "x" if chars[i - start] not in " \n" else " "
        return "".join(chars)

    def _indirect(self, index: int, start: int, end: int, spans: Sequence[_Span]) -> None:
        if any(s.used and start <= s.open < end for s in spans) and all(s.used for s in spans if start <= s.open < end):
            return  # the sentence's quotes are attributed: its frame is their attribution
        masked = self._masked(start, end, spans)
        for found in (self._said_clause, self._trailing, self._according, self._participle):
            result = found(masked, start)
            if result is None:
                continue
            who, q_start, q_end, cue = result
            if q_end - q_start < 12 or len(self.text[q_start:q_end].split()) < 3:
                continue
            clause = masked[q_start - start : q_end - start].strip()
            if clause[:1] in '“"' and clause.rstrip(".")[-1:] in '”"':
                continue  # the "clause" is all quote: a direct quote whose speaker was not found
            # "Democrats said Trump should act, and Senator Lindsey Graham has said he is ready":
            # a second speaker's clause ends the first one.
            second = None
            for joint in _JOINT.finditer(masked, q_start - start, q_end - start):
                second = self._said_clause(masked[joint.end() :], start + joint.end())
                if second is not None:
                    q_end = start + joint.start()
                    break
            for span in spans:
                if q_start <= span.open < q_end:
                    span.used = True
            self._record(who, "indirect", q_start, q_end, index, cue)
            if second is not None:
                self._record(second[0], "indirect", second[1], second[2], index, second[3])
            return

    def _said_clause(self, masked: str, base: int) -> tuple[_Who, int, int, str] | None:
        """X said (that) …; X told reporters (that) …"""
        for verb in _SAY_RE.finditer(masked):
            pre = masked[: verb.start()]
            if not pre.strip() or "xxx" in pre[-5:]:
                continue  # “…,” X said: the frame of a direct quote
            word = verb.group(0).lower()
            rest = masked[verb.end() :]
            offset = 0
            if word in _TELL:  # "told" needs its listener: "told reporters (that)"
                listener = _OBJECT_RE.match(rest)
                if listener is None:
                    continue
                offset = listener.end()
            tail = rest[offset:]
            starts = []
            between = _BETWEEN.match(tail)
            if between and (word in _BARE_CLAUSE or re.search(r"\bthat\s*$", between.group(0))):
                starts.append(between.end())
            that = _BEFORE_THAT.match(tail)
            if that:
                starts.append(that.end())
            clause_at = next((s for s in starts if _clause_start(tail[s:], tail[:s])), None)
            if clause_at is None:
                continue
            subject = self._subject(pre, base)
            if subject is None:
                continue
            return subject, base + verb.end() + offset + clause_at, base + len(masked.rstrip()), "indirect"
        return None

    def _trailing(self, masked: str, base: int) -> tuple[_Who, int, int, str] | None:
        """…, X said. / …, said X. / …, the air force said, adding that …"""
        commas = [m.start() for m in re.finditer(r",", masked)]
        for n in range(len(commas) - 1, -1, -1):
            comma = commas[n]
            stop = commas[n + 1] if n + 1 < len(commas) else len(masked)
            core = masked[comma + 1 : stop].strip().rstrip(".!?").strip()
            match = re.fullmatch(
                rf"(?P<who>[^,;“”\"]{{1,90}}?)\s+{_AUX}(?:{_SAY})(?:\s+{_TIME})*(?:\s+in\s+a\s+statement)?", core
            )
            inverted = re.fullmatch(rf"(?!told|tells|tell)(?:{_SAY})\s+(?P<who>[^,;“”\"]{{1,90}})", core)
            found = match or inverted
            if not found:
                continue
            who = self.resolve(found.group("who"), base + comma)
            if who is None:
                return None
            clause = masked[:comma]
            if len(clause.split()) < 4:
                return None
            return who, base, base + comma, "trailing"
        return None

    def _according_source(self, phrase: str, at: int) -> _Who | None:
        """ "according to X": X, or the maker of the statement X names; data is nobody's words."""
        maker = re.match(
            r"^(?:an?|the|its|his|her)\s+(?:\w+\s+)?(?:statement|letter|post|readout|memo)\s+(?:from|by|issued by)\s+(.+)$",
            phrase,
        )
        if maker:
            phrase = maker.group(1)
        words = [w.lower().strip(".,’'s") for w in phrase.split()]
        if any(w in DOCUMENT_HEADS for w in words):
            return None  # "according to exchange data": a document, not a speaker
        return self.resolve(phrase, at)

    def _according(self, masked: str, base: int) -> tuple[_Who, int, int, str] | None:
        found = re.search(r"\b[Aa]ccording to (?P<who>(?:[^,;.“”\"]|\.(?=\S)|(?<=\b[A-Z])\.)+)", masked)
        if not found:
            return None
        who = self._according_source(found.group("who").strip(), base + found.start())
        if who is None:
            return None
        if found.start() < 3:  # According to X, …
            rest = masked[found.end() :]
            comma = rest.find(",")
            if comma < 0:
                return None
            return who, base + found.end() + comma + 1, base + len(masked.rstrip()), "according"
        clause_end = found.start()
        while clause_end > 0 and masked[clause_end - 1] in " ,":
            clause_end -= 1
        clause_start = 0
        lead = re.match(r"^(?:[^,]{1,40},\s+)", masked[:clause_end])
        if lead and not _SAY_RE.search(lead.group(0)) and lead.group(0).split()[0] in ("On", "In", "At", "Overnight,"):
            clause_start = lead.end()
        return who, base + clause_start, base + clause_end, "according"

    def _participle(self, masked: str, base: int) -> tuple[_Who, int, int, str] | None:
        """X dismissed the exchange as theater, saying (that) …: the subject says it."""
        with_saying = re.search(
            r"\bwith\s+(?P<who>[^,;“”\"]{2,80}?)\s+(?:saying|arguing|insisting|warning|noting|stating)\s+(?:that\s+)?",
            masked,
        )
        if with_saying:
            who = self.resolve(with_saying.group("who"), base + with_saying.start("who"))
            if who is not None:
                return who, base + with_saying.end(), base + len(masked.rstrip()), "participle"
        found = re.search(
            r"[,”\"]\s+(?:saying|arguing|insisting|adding|warning|noting|claiming|stating)\s+(?:that\s+)?", masked
        )
        if not found:
            return None
        head = masked[: found.start()]
        parts = head.split(",")
        for i in range(len(parts) - 1, 0, -1):
            if re.match(
                r"^\s*(?:has\s+|have\s+|had\s+)?(?:[a-z]+ed|made|took|gave|held|hit|went|came|put)\b", parts[i]
            ):
                who = self._subject(",".join(parts[:i]) + ",", base)
                if who is not None:
                    return who, base + found.end(), base + len(masked.rstrip()), "participle"
                break
        for part in reversed(parts):
            subject = re.match(
                r"^\s*(?:and\s+|but\s+)?(?P<who>(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)*"
                r"(?P<verb>[a-z]+ed|made|took|sent|gave|struck|held|hit|went|came|set|put|stepped|walked)\b",
                part,
            )
            if subject:
                who = self.resolve(subject.group("who"), base)
                if who is not None:
                    return who, base + found.end(), base + len(masked.rstrip()), "participle"
                return None
        return None
