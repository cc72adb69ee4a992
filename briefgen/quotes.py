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
from dataclasses import asdict, dataclass

import sentencex

from .models import Article
from .names import (
    DOCUMENT_HEADS,
    SOURCE_HEADS,
    fold,
)
from .speakers import (
    NAME_TOKEN,
    NOT_TITLE,
    TIME,
    Cast,
    Who,
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
    name: bool = False  # a nickname inside a name: Mohammed “Mo” Salah
    used: bool = False

    @property
    def start(self) -> int:
        return self.open + 1


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
    r"assured|informed|estimated|estimates|believes|concluded|asserted|asserts|alleged|alleges|testified|testifies|"
    r"commented|recounted|boasted|lamented|advised|revealed|disclosed|pointed out|went on|"
    r"signaled|signalled|signals|indicated|indicates|reported"
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
# "reported" is speech for the press ("British media reported", "Sky Sports reported, citing …");
# a company that "reported a profit" or "reported that its profit rose" gives figures, not words.
_PRESS = re.compile(
    r"\b(?:media|press|newspapers?|daily|broadcasters?|television|TV|radio|news|agency|outlets?|tabloids?)\b", re.I
)


def _reporter(word: str, subject: str, tail: str) -> bool:
    return word != "reported" or bool(_PRESS.search(subject)) or bool(re.match(r"\s*,\s*citing\b", tail))


_VERB_AFTER = re.compile(rf"\b(?:{_SAY}|{_QUOTE_ONLY})\b")
_SAY_RE = re.compile(rf"\b(?:{_SAY})\b")
_NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bdeclined to|\brefused to|\bwould not)\s+(?:\w+\s+)?$")
# Words that begin a verb's object or complement, not a reported clause ("said goodbye").
_NOT_CLAUSE = frozenset(
    """to for with nothing goodbye yes no so as of by from little much anything something thanks
    farewell hello sorry good enough otherwise in on at aboard during after before outside
    inside near through via while when where since until into onto over under amid among between
    across against within without earlier later again also publicly privately repeatedly recently
    then""".split()
)
_OBJECT = (
    r"(?:reporters|journalists|lawmakers|analysts|investors|parliament|legislators|supporters|[a-z]{3,}s\b|"
    r"the\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|him|her|them|us|me|"
    r"the\s+\w+(?:\s+\w+)?|a\s+\w+(?:\s+\w+)?)"
)
# What may stand between a verb and the reported clause without "that".
_BETWEEN = re.compile(
    rf"^(?:\s*,\s*(?:however|though|too|also|in\s+a\s+statement|citing\s+[^,;“”\"]{{1,80}})\s*,)?(?:\s*,?\s+{TIME})*(?:\s+in\s+(?:a|an|its|his|her|their)\s+[\w-]+(?:\s+(?!that\b)[\w-]+){{0,3}})?"
    rf"(?:\s+on\s+(?:X|Telegram|Facebook|Twitter|Instagram|social media|television|state television))?"
    rf"(?:\s+that)?\s+(?=\S)"
)
# A verb then anything short before "that": "told reporters aboard Air Force One late on Sunday that".
_OBJECT_RE = re.compile(rf"^\s+{_OBJECT}")
_BEFORE_THAT = re.compile(r"^[^,;:“”\"]{0,90}?\bthat\s+(?=\S)")
_CLOSING = "”\"’'"


_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSt)(?<!\bGen)(?<!\bSen)[.!?;]\s")


def _ends_sentence(fragment: str) -> bool:
    """Whether a full stop ends a sentence inside `fragment` ("Gen. Syrskyi" and "C.C. Wei" do not)."""
    return bool(_SENTENCE_END.search(fragment))


# "BELEM, Brazil, Nov 18 (Team Wire) — ": a wire dateline with more parts than text.py expects.
_WIRE_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .'-]{1,40}(?:,[^—–_\n(]{1,40}){0,3}(?:\s*\([^)]{1,40}\))?"
    # "Aug 20 (Reuters) - ": a wire story with no place, only the date and the outlet.
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]{1,40}\))\s*[—–_-]{1,2}\s+(?=[A-Z“\"])"
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


# Where a reported clause ends and another sentence part begins: "…, while Lavrov called it".
# A full stop that ends an abbreviated title, not the sentence: "said state Sen. Jake Hoffman".
_TITLE_DOT = "".join(
    f"(?<=\\b{t})\\.|" for t in "Prof Dr Gen Sen Rep Gov Lt Col Sgt Capt Maj Adm Mr Mrs Ms Rev St Jr Sr".split()
).rstrip("|")
_NOT_TITLE_DOT = "".join(
    f"(?<!\\b{t})" for t in "Prof Dr Gen Sen Rep Gov Lt Col Sgt Capt Maj Adm Mr Mrs Ms Rev St Jr Sr".split()
)
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:while|whereas|but|and|although|though|as)\b|;")
_CALLED = re.compile(
    r"(?P<who>[^,;“”\"]{1,80}?)\s+(?:has\s+|have\s+|had\s+|also\s+|repeatedly\s+)*"
    r"(?:called|calls|described|describes|dismissed|branded|labell?ed|termed)\b[^,;“”\"]{0,60}$"
)
# ", a move that executives say hurt sales", "the meeting, which state media said ran past
# midnight": a statement inside a noun phrase that sums up what came before; the relative
# clause's own subject is the speaker, the rest of the sentence is what they said. Only after a
# comma (and a determiner), and never with a pronoun ("questions that he said had to be
# answered" is part of his own statement).
_RELATIVE_SAID = re.compile(
    rf",\s+(?:(?:an?|the|this)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s+(?:that|which)|which)\s+"
    rf"(?P<who>(?!(?:he|she|it|they|we|i|you)\b)[^,;“”\"]{{2,60}}?)\s+{_AUX}(?!told|tells|tell)(?:{_SAY})\s+(?=\S)"
)
_JOINT = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+|;\s+")
_KEEP_COMMA = "\x1f"
_LISTED_NAME = re.compile(
    r"\b(?:Ministry|Department|Office|Commission|Committee|Bureau) of [A-Z][\w’'-]+(?:, [A-Z][\w’'-]+)+,? and [A-Z]"
)


class _Reader(Cast):
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
        # A nickname inside a name (Mohammed “Mo” Salah) is read as if it were not quoted at all.
        chars = list(text)
        for span in self.spans:
            span.name = self._nickname(span)
            if span.name:
                chars[span.open : span.close + 1] = " " * (span.close + 1 - span.open)
        self.plain = "".join(chars)
        super().__init__(text, self.sentences, self.spans)

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

    def _record(self, who: Who, kind: str, q_start: int, q_end: int, s_index: int, cue: str) -> Quote:
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
            known = fold(who.speaker) in self.people
            key = self._add_person(who.speaker, who.role)
            if key and not known:
                self.mention_everywhere(key)  # "Andreeva will face …" now names her
            elif key:
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
        text = self.plain
        spans = [s for s in spans if not s.name]
        for n, span in enumerate(spans):
            if span.used or (partial and self._title(span)):
                continue
            close = min(span.close, end) if span.closed else span.close
            before_from = spans[n - 1].close + 1 if n > 0 else start
            before = text[before_from : span.open]
            # The words after the quote are in the sentence where it closes: “… used? Who …?” he asked.
            close_end = end if span.close < end else self.sentences[self._sentence_at(span.close)][1]
            later = [s for s in self.spans if span.close < s.open < close_end and not s.name]
            after_to = spans[n + 1].open if n + 1 < len(spans) else (later[0].open if later else close_end)
            after_from = min(span.close + 1, close_end) if span.closed else close_end
            after = text[after_from:after_to] if span.closed else ""
            found = self._attribute_span(span, before, before_from, after, after_from, index, partial)
            if found is None:
                continue
            who, cue = found
            span.used = True
            s_index = index if span.close <= end else self._sentence_at(span.close - 1)
            self._record(who, "direct", span.start, close if span.closed else span.close, s_index, cue)
            for other in self._groups.get(span.group, ()):  # the rest of a quotation over paragraphs
                if other is not span and not other.used:
                    other.used = True
                    self._record(who, "direct", other.start, other.close, self._sentence_at(other.open), "paragraphs")

    def _nickname(self, span: _Span) -> bool:
        """Mohammed “Mo” Salah: quoted words between a given name and a surname are part of the name."""
        words = self.text[span.start : span.close].split()
        before = self.text[max(0, span.open - 30) : span.open]
        after = self.text[span.close + 1 : span.close + 30]
        return (
            span.closed
            and 0 < len(words) <= 2
            and bool(re.search(rf"\b{NAME_TOKEN} $", before))
            and bool(re.match(rf" {NAME_TOKEN}", after))
            and not re.search(r"[.!?,]$", self.text[span.start : span.close])
        )

    def _title(self, span: _Span) -> bool:
        """NBC's “Meet the Press”: a title in quote marks, nobody's words."""
        quoted = self.text[span.start : span.close]
        words = quoted.split()
        small = ("of", "the", "a", "an", "and", "in", "on", "to", "for")
        return 0 < len(words) <= 6 and all(w[:1].isupper() or w in small for w in words) and quoted[-1:] not in ".!?,"

    def _attribute_span(
        self, span: _Span, before: str, before_from: int, after: str, after_from: int, index: int, partial: bool
    ) -> tuple[Who, str] | None:
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

    def _after(self, after: str, at: int, according: bool = True) -> tuple[Who, str] | None:
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
                r"^\s+(?P<p>(?:[^,.;:!?“”\"]|"
                + _TITLE_DOT
                + r"|\.(?=[A-Z][\w]*\.?\s))+?)(?=\s*(?:[,;:!?“”\"]|"
                + _NOT_TITLE_DOT
                + r"\.(?:\s|$)|$)"
                r"|\s+(?:in|on|at|after|before|during|when|as|to|from|while|last|this|told|adding|according|with|via)\b)",
                tail,
            )
            if phrase is None:
                return None
            who = self.resolve(phrase.group("p"), base + verb.end())
            named = re.match(
                rf",\s+((?:[a-z]+\s+){{0,2}}{NAME_TOKEN}(?:\s+{NAME_TOKEN})+)\s*(?:[,.;]|$)", tail[phrase.end() :]
            )
            if (who is None or who.kind != "person") and named:
                # "said the group's director, Tom Abara": the name in commas is the speaker.
                apposed = self.resolve(named.group(1), base + verb.end())
                if apposed is not None and apposed.kind == "person":
                    return Who(apposed.speaker, phrase.group("p").strip(), "person"), "inverted"
            if who is not None and who.anonymous:
                # "said one Western diplomat in Moscow, who …": the description runs to the comma.
                more = re.match(
                    r"\s+(?:in|at|of|for|from|with|on)\s+[^,.;:!?“”\"]{1,60}?(?=\s*(?:[,;:!?]|\.(?:\s|$)|$))",
                    tail[phrase.end() :],
                )
                if more:
                    who = Who(phrase.group("p").strip() + more.group(0), None, who.kind)
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

    def _before(self, before: str, at: int, partial: bool) -> tuple[Who, str] | None:
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
            verb = re.search(
                r",\s+(?:called|calls|described|describes|dismissed|branded|termed)\b[^,;“”\"]{0,60}$", before
            )
            if verb:  # "Nigeria's minister, Hannatu Musawa, called the return “…”"
                who = self._subject(before[: verb.start() + 1] + " ", at)
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

    def _subject(self, pre: str, at: int) -> Who | None:
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
            run = re.search(rf"(?:(?:[a-z]+|{NAME_TOKEN})\s+){{0,3}}{NAME_TOKEN}(?:\s+{NAME_TOKEN})*\s*$", parts[-2])
            return self.resolve(run.group(0), at) if run else None
        relative = re.search(r"^(?P<head>.*?)\s+who\s*$", last)
        if relative:
            # "objections from hundreds of residents who said …": the nearest phrase that is a source.
            words = relative.group("head").split()
            for size in range(min(5, len(words)), 0, -1):
                tail = words[-size:]
                if tail[0].lower() in NOT_TITLE or tail[0].lower().endswith("ing"):
                    continue
                if any(w in ("from", "by", "with", "against", "to", "over", "about") for w in tail):
                    continue  # "objections from …": the source is after the preposition
                who = self.resolve(" ".join(tail), at)
                if who is not None:
                    return who
            return None
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

    def _continuation(self, span: _Span, index: int) -> Who | None:
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
                return Who(last.speaker, last.role, self._kind(last))
            return None
        statements = self.statements.get(previous, [])
        if not statements:
            return None
        last = statements[-1]
        return Who(last.speaker, last.role, self._kind(last))

    # -- reported speech -----------------------------------------------------------------------

    def _masked(self, start: int, end: int, spans: Sequence[_Span]) -> str:
        """The sentence with quoted words blanked (same length), so patterns see only the frame."""
        chars = list(self.plain[start:end])
        lo = max(0, bisect.bisect_left(self._span_opens, start) - 1)  # one may open before the sentence
        for span in self.spans[lo : bisect.bisect_left(self._span_opens, end)]:
            if span.name:
                continue
            if span.closed and self._title(span):  # told NBC's “Meet the Press” that …: a name, not a quote
                for i in (span.open, span.close):
                    if start <= i < end:
                        chars[i - start] = " "
                continue
            lo, hi = max(span.open + 1, start), min(span.close, end)
            for i in range(lo, hi):
                chars[i - start] = "x" if chars[i - start] not in " \n" else " "
        return "".join(chars)

    def _indirect(self, index: int, start: int, end: int, spans: Sequence[_Span]) -> None:
        if any(s.used and start <= s.open < end for s in spans) and all(s.used for s in spans if start <= s.open < end):
            return  # the sentence's quotes are attributed: its frame is their attribution
        masked = self._masked(start, end, spans)
        for found in (self._said_clause, self._trailing, self._according, self._participle, self._relative_said):
            result = found(masked, start)
            if result is None:
                continue
            who, q_start, q_end, cue = result
            inner = self._relative_said(masked[q_start - start : q_end - start], q_start) if cue != "relative" else None
            if inner is not None and len(self.text[q_start : inner[1]].split()) > 6:
                # "X said prices rose, a move that executives say hurt sales": two statements.
                cut = masked.rfind(",", 0, inner[1] - start)
                q_end = start + cut
                self._record(inner[0], "indirect", inner[1], inner[2], index, inner[3])
            short = (8, 2) if cue == "relative" else (12, 3)  # "that executives say hurt sales"
            if q_end - q_start < short[0] or len(self.text[q_start:q_end].split()) < short[1]:
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

    def _said_clause(self, masked: str, base: int) -> tuple[Who, int, int, str] | None:
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
            if not _reporter(word, pre[-60:], tail):
                continue
            subject = self._subject(pre, base)
            if subject is None:
                continue
            return subject, base + verb.end() + offset + clause_at, base + len(masked.rstrip()), "indirect"
        return None

    def _relative_said(self, masked: str, base: int) -> tuple[Who, int, int, str] | None:
        """…, a move that opposition leaders said would leave the country rudderless."""
        for found in _RELATIVE_SAID.finditer(masked):
            clause = masked[found.end() :]
            if not _clause_start(clause, "") or clause.startswith(("“", '"')):
                continue
            who = self.resolve(found.group("who"), base + found.start("who"))
            if who is None:
                continue
            return who, base + found.end(), base + len(masked.rstrip()), "relative"
        return None

    def _trailing(self, masked: str, base: int) -> tuple[Who, int, int, str] | None:
        """…, X said. / …, said X. / …, the air force said, adding that …"""
        commas = [m.start() for m in re.finditer(r",", masked)]
        for n in range(len(commas) - 1, -1, -1):
            comma = commas[n]
            stop = commas[n + 1] if n + 1 < len(commas) else len(masked)
            core = masked[comma + 1 : stop].strip().rstrip(".!?").strip()
            match = re.fullmatch(
                rf"(?P<who>[^,;“”\"]{{1,90}}?)\s+{_AUX}(?:{_SAY})(?:\s+{TIME})*(?:\s+in\s+a\s+statement)?", core
            )
            inverted = re.fullmatch(rf"(?!told|tells|tell)(?:{_SAY})\s+(?P<who>[^,;“”\"]{{1,90}})", core)
            found = match or inverted
            if not found or not _reporter("reported" if "reported" in core else "", found.group("who"), ""):
                continue
            who = self.resolve(found.group("who"), base + comma)
            if who is None:
                return None
            clause = masked[:comma]
            if len(clause.split()) < 4:
                return None
            return who, base, base + comma, "trailing"
        return None

    def _according_source(self, phrase: str, at: int) -> Who | None:
        """ "according to X": X, or the maker of the statement X names; data is nobody's words."""
        words = [w.lower().strip(".,’'s") for w in phrase.split()]
        if any(w in DOCUMENT_HEADS for w in words):
            return None  # "according to exchange data": a document, not a speaker
        return self.resolve(phrase, at)

    def _according(self, masked: str, base: int) -> tuple[Who, int, int, str] | None:
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

    def _participle(self, masked: str, base: int) -> tuple[Who, int, int, str] | None:
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
