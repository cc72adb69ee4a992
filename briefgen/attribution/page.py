"""The page: one text as attribution reads it — its paragraphs, its sentences (the corpus's own
segmentation, `corpus.body_sentences`) and the stretches inside quote marks."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..corpus import body_sentences
from .lexicon import NAME_TOKEN

# "BELEM, Brazil, Nov 18 (Team Wire) — ": a wire dateline with more parts than text.py expects.
_WIRE_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .'-]{1,40}(?:,[^—–_\n(]{1,40}){0,3}(?:\s*\([^)]{1,40}\))?"
    # "Aug 20 (Reuters) - ": a wire story with no place, only the date and the outlet.
    # ("WASHINGTON ― ": some outlets set the horizontal bar)
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]{1,40}\))\s*[—–―_-]{1,2}\s+(?=[A-Z“\"])"
)
_STRAIGHT_OPENERS = " \t\n([{—–-/:;,"
_DOUBLE_OPEN = re.compile('[“"]')
# A closing mark, and an opening one typed where a closing one belongs (raw web copy mixes them):
# right after a word or its stop, before a space, a stop or the end (“… for her here,“ said Vell;
# the film “Tides“, a hit). Not after a digit: 55“ is a sign of inches.
_DOUBLE_CLOSE = re.compile(r'[”"]|(?<=[^\W\d]|[.,!?’])“(?=[\s,.;:!?)]|$)')
# A double opening mark after a space inside a curly quotation: a quotation quoted in it (“… her
# claim that the fees “are fair” shows …,” said Vell), where a copy uses double marks for single.
# A closing mark right after another and its stop: “… he is like 6’2”,” said Vell.
_DOUBLED_CLOSE = re.compile(r"[,.!?]”")
_INNER_OPEN = re.compile(r"(?<=\s)“(?=[\w‘'])")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(—–]))[‘'](?=[A-Z0-9])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])[’'](?![\w])")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of quoted words: text[open] is the opening mark, text[close] the closing one
    (close == paragraph end when the paragraph ends inside the quote)."""

    open: int
    close: int
    closed: bool
    paragraph: int
    group: int = -1  # spans of one quotation running over paragraphs share a group
    name: bool = False  # a nickname inside a name: Mohammed “Mo” Salah

    @property
    def start(self) -> int:
        return self.open + 1


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs of a raw text: separated by blank lines, or by line breaks when it has none."""
    pattern = r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*" if re.search(r"\n[ \t]*\n", text) else r"[^\n]+"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text) if m.group(0).strip()]


class Page:
    """Sentences and quote marks of one text, found once; offsets are into `text`."""

    def __init__(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.paragraphs = list(paragraphs)
        self.sentences: list[Sentence] = []
        for p_index, start, end in body_sentences([text[a:b] for a, b in self.paragraphs]):
            base = self.paragraphs[p_index][0]
            self.sentences.append(Sentence(base + start, base + end, p_index))
        spans: list[Span] = []
        for p_index, (start, end) in enumerate(self.paragraphs):
            if p_index == 0:
                start = self._body_start(start, end)
            spans.extend(_quote_spans(text, start, end, p_index))
        self.spans = self._grouped([Span(s.open, s.close, s.closed, s.paragraph, -1, self._nickname(s)) for s in spans])
        # A nickname inside a name (Mohammed “Mo” Salah) is read as if it were not quoted at all.
        chars = list(text)
        for span in self.spans:
            if span.name:
                chars[span.open : span.close + 1] = " " * (span.close + 1 - span.open)
        self.plain = "".join(chars)
        self.groups: dict[int, list[Span]] = {}
        for span in self.spans:
            self.groups.setdefault(span.group, []).append(span)
        self._span_opens = [s.open for s in self.spans]
        self._sentence_starts = [s.start for s in self.sentences]

    def _body_start(self, start: int, end: int) -> int:
        """Where the first paragraph's words begin: after its dateline, the wire's included."""
        first = next((s for s in self.sentences if s.paragraph == 0), None)
        begin = first.start if first is not None else start
        wire = _WIRE_DATELINE.match(self.text, begin, end)
        if wire is None:
            return begin
        cut = wire.end()
        self.sentences = [
            Sentence(min(max(s.start, cut), s.end), s.end, 0) if s.paragraph == 0 else s for s in self.sentences
        ]
        return wire.end()

    def _grouped(self, spans: list[Span]) -> list[Span]:
        """A paragraph that ends inside a quote goes on in the next one when that opens with a
        quote mark: the two spans are one quotation with one speaker."""
        groups = [-1] * len(spans)
        group = 0
        for i, span in enumerate(spans):
            if groups[i] < 0:
                groups[i] = group
                group += 1
            if span.closed or i + 1 >= len(spans):
                continue
            nxt = spans[i + 1]
            p_start = self.paragraphs[nxt.paragraph][0]
            if nxt.paragraph == span.paragraph + 1 and not self.text[p_start : nxt.open].strip():
                groups[i + 1] = groups[i]
        return [Span(s.open, s.close, s.closed, s.paragraph, g, s.name) for s, g in zip(spans, groups, strict=True)]

    def _nickname(self, span: Span) -> bool:
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

    # -- looking things up -------------------------------------------------------------------

    def sentence_at(self, offset: int) -> int:
        """The sentence holding `offset` (the one before it, between sentences)."""
        return max(0, min(bisect.bisect_right(self._sentence_starts, offset) - 1, len(self.sentences) - 1))

    def spans_in(self, start: int, end: int) -> list[Span]:
        """The quoted stretches opening in text[start:end]."""
        return self.spans[bisect.bisect_left(self._span_opens, start) : bisect.bisect_left(self._span_opens, end)]

    def inside_quote(self, offset: int) -> bool:
        # Spans are in text order and do not overlap: only the last one opening before counts.
        i = bisect.bisect_left(self._span_opens, offset) - 1
        return i >= 0 and offset < self.spans[i].close

    def outside_quotes(self, start: int, end: int) -> str:
        """text[start:end] without the characters `inside_quote` finds, cut out a stretch at a time:
        an offset belongs to the last span opening before it, so span k takes the offsets after its
        opening mark and before its close, but none past the next span's opening mark."""
        kept = []
        at = start
        first = max(0, bisect.bisect_left(self._span_opens, start) - 1)
        last = bisect.bisect_left(self._span_opens, end)  # spans opening before `end`
        for k in range(first, last):
            span = self.spans[k]
            stop = span.close if k + 1 == len(self.spans) else min(span.close, self.spans[k + 1].open + 1)
            cut_from, cut_to = max(span.open + 1, at), min(stop, end)
            if cut_from < cut_to:
                kept.append(self.text[at:cut_from])
                at = cut_to
        kept.append(self.text[at:end])
        return "".join(kept)

    def is_title(self, span: Span) -> bool:
        """NBC's “Meet the Press”: a title in quote marks, nobody's words."""
        quoted = self.text[span.start : span.close]
        words = quoted.split()
        small = ("of", "the", "a", "an", "and", "in", "on", "to", "for")
        return 0 < len(words) <= 6 and all(w[:1].isupper() or w in small for w in words) and quoted[-1:] not in ".!?,"

    def masked(self, start: int, end: int) -> str:
        """text[start:end] with quoted words blanked (same length), so patterns see only the frame."""
        chars = list(self.plain[start:end])
        lo = max(0, bisect.bisect_left(self._span_opens, start) - 1)  # one may open before the sentence
        for span in self.spans[lo : bisect.bisect_left(self._span_opens, end)]:
            if span.name:
                continue
            if span.closed and self.is_title(span):  # told NBC's “Meet the Press” that …: a name, not a quote
                for i in (span.open, span.close):
                    if start <= i < end:
                        chars[i - start] = " "
                continue
            for i in range(max(span.open + 1, start), min(span.close, end)):
                chars[i - start] = "x" if chars[i - start] not in " \n" else " "
        return "".join(chars)


def _past_inner(text: str, i: int, closing: int, end: int) -> int:
    """Where the curly quotation opening at `i` closes, its first closing mark at `closing`: past a
    mark the quotation holds, a sign of inches right before its own (“… like 6’2”,” said Vell), or
    one quoted inside it with double marks (“A “B” C,”) when the inner one closes and another
    closing mark follows before any new opening mark (not “A. “B,” she said: an unclosed
    quotation, then the next)."""
    if _DOUBLED_CLOSE.match(text, closing + 1, end):
        return closing + 2
    inner = _INNER_OPEN.search(text, i + 1, closing)
    if inner is None:
        return closing
    outer = _DOUBLE_CLOSE.search(text, closing + 1, end)
    if outer is None or text[outer.start()] != "”" or "“" in text[closing + 1 : outer.start()]:
        return closing
    return outer.start()


def _quote_spans(text: str, start: int, end: int, paragraph: int) -> list[Span]:
    spans: list[Span] = []
    i = start
    while i < end:
        found = _DOUBLE_OPEN.search(text, i, end)  # the next double quote mark, at or after i
        if found is None:
            break
        i = found.start()
        if text[i] == "“" or i == start or text[i - 1] in _STRAIGHT_OPENERS:
            closing = _DOUBLE_CLOSE.search(text, i + 1, end)
            j = end if closing is None else closing.start()
            if text[i] == "“" and j < end and text[j] == "“" and _INNER_OPEN.search(text, i + 1, j):
                # “I saw “Tides“ twice,” said Vell: the mistyped mark closes the title quoted inside
                closing = _DOUBLE_CLOSE.search(text, j + 1, end)
                j = end if closing is None else closing.start()
            if text[i] == "“" and j < end and text[j] == "”":
                j = _past_inner(text, i, j, end)
            spans.append(Span(i, j, j < end, paragraph))
            i = j + 1
        else:
            i += 1
    if spans:
        return spans
    # Single quote marks (British style) only where a paragraph has no double ones, and only
    # when they look like a quotation, not an apostrophe: 'We will go,' he said.
    for match in _SINGLE_OPEN.finditer(text[start:end]):
        open_at = start + match.start()
        found = _SINGLE_CLOSE.search(text, open_at + 2, end)
        if found and (found.start() - open_at > 12) and (not spans or open_at > spans[-1].close):
            spans.append(Span(open_at, found.start(), True, paragraph))
    return spans
