"""Reader: one text read sentence by sentence, in order — its quoted words (`direct`), then its
reported speech (`reported`), then quoted words inside a sentence that reports nothing ("X
called it “a trap”"). Each statement is recorded as it is found, so the next sentence's "he
added" can look back at it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .cast import Cast
from .direct import Direct
from .ledger import Ledger
from .lexicon import (
    DATED_OPENING,
    DATED_WORDS,
    GIVEN_NAMES,
    GOES_ON_RE,
    HONORIFICS,
    OPENING_VERB,
    OWN_TIME,
    PERFORMED,
    PERFORMED_BY,
    PERFORMED_REACH,
    ROLE_WORDS,
    SPEAKING,
    SPOKEN_AFTER,
    SPOKEN_BEFORE,
    SUBORDINATE,
)
from .page import Page, Span
from .records import Quote, Speaker
from .reported import Reported
from .resolver import Resolver

# Sentences longer than this are not read for attribution: the patterns would spend time out of
# proportion on them. (A sentence that opens a long quote, “X said, “…”” over several lines, runs
# past 800 characters in real copy; 2,000 still reads in milliseconds.)
MAX_SENTENCE_CHARS = 2000
# Where what was said begins in a frame: "…, Vell said in March, adding that …".
_SAID_WHAT = re.compile(r"\b(?:that|whether)\b")
# The name run right after a performance word: "(an impression of) Mayor Ida Vell’s …".
_PERFORMED_NAME = re.compile(r"\s*(?:of\s+)?(?P<run>(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*)")


class Reader:
    """Reads one text (paragraphs given as spans of it) into its statements."""

    def __init__(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> None:
        self.page = Page(text, paragraphs)
        self.cast = Cast(self.page)
        self.ledger = Ledger()
        self.resolver = Resolver(self.page, self.cast, self.ledger)
        self.direct = Direct(self.page, self.resolver, self.ledger)
        self.reported = Reported(self.page, self.resolver)
        self.used: set[int] = set()  # opening marks of quoted stretches already attributed

    def run(self) -> list[Quote]:
        for index, sentence in enumerate(self.page.sentences):
            if sentence.end - sentence.start > MAX_SENTENCE_CHARS:
                continue
            spans = self.page.spans_in(sentence.start, sentence.end)
            self._direct(index, spans, partial=False)
            self._reported(index, spans)
            # Quoted words inside a sentence that is not a reported clause: "X called it “a trap”".
            self._direct(index, spans, partial=True)
        return sorted(self.ledger.found, key=lambda q: q.start)

    def _record(
        self, who: Speaker, kind: str, q_start: int, q_end: int, s_index: int, cue: str, when: str | None = None
    ) -> Quote:
        text, sentences = self.page.text, self.page.sentences
        while q_start < q_end and text[q_start] in " ,":
            q_start += 1
        while q_end > q_start and text[q_end - 1] in (" ,." if kind == "indirect" else " ,"):
            q_end -= 1
        anchor = sentences[s_index]
        first = self.page.sentence_at(q_start) if kind == "direct" else s_index
        last = self.page.sentence_at(max(q_start, q_end - 1)) if kind == "direct" else s_index
        first, last = min(first, s_index), max(last, s_index)
        if who.sure and (
            self._dated(who, first, s_index)
            or self._performed(who, first, s_index)
            or (kind == "direct" and _narrated(text, q_start, q_end, who))
        ):
            who = replace(who, sure=False)
        statement = Quote(
            speaker=who.name,
            quote=" ".join(text[q_start:q_end].split()),
            kind=kind,
            sentence=" ".join(text[sentences[first].start : sentences[last].end].split()),
            start=q_start,
            end=q_end,
            role=who.role,
            anonymous=who.anonymous,
            organisation=who.kind == "organisation",
            cue=cue,
            paragraph=anchor.paragraph,
            anchor=" ".join(text[anchor.start : anchor.end].split()),
            position=s_index,
            sure=who.sure,
            how=who.how,
            said_when=when
            if when is not None
            else self._spoken_when(who, s_index, q_start if kind == "indirect" else None),
        )
        self.ledger.add(statement, s_index)
        self.cast.learn(who, anchor.start)
        return statement

    def _performed(self, who: Speaker, first: int, s_index: int) -> bool:
        """Whether a sentence by the words (theirs, or up to two before them in their paragraph)
        tells of someone performing the speaker: "Kit Daro's impression of Vell",
        "Vell, played by Kit Daro, …". The lines may be the performer's, not the person's."""
        names = {w for w in who.name.split() if w[:1].isupper()}
        paragraph = self.page.sentences[s_index].paragraph
        for index in range(s_index, max(-1, min(first, s_index) - 3), -1):
            sentence = self.page.sentences[index]
            if sentence.paragraph != paragraph:
                break
            frame = self.page.outside_quotes(sentence.start, sentence.end)
            # The one performed is named right after the words ("an impression of Vell’s speech"), not
            # anywhere near them ("a sketch of the new pier, drawn by Vell"); "portraying Vell as weak"
            # is an ad's claim, no performance.
            nearby = []
            for cue in PERFORMED.finditer(frame):
                run = _PERFORMED_NAME.match(frame, cue.end())
                if run and not (cue.group(0) == "portraying" and re.match(r"\s+as\b", frame[run.end() :])):
                    nearby.append(run.group("run"))
            nearby += [frame[max(0, by.start() - PERFORMED_REACH) : by.start()] for by in PERFORMED_BY.finditer(frame)]
            if any(names & set(re.findall(r"[\w-]+", re.sub(r"['’]s\b", "", near))) for near in nearby):
                return True
            if index == s_index and nearby:
                # "Playing Vell on the show, Kit Daro said, “…”": a performer's lines in the part of
                # someone else are neither the performer's stance nor the person's
                return True
        return False

    def _dated(self, who: Speaker, first: int, s_index: int) -> bool:
        """Whether the words are dated to another year by their own frame ("…,” Brel said in a 2004
        interview") or, when that frame gives no time of its own, by the sentence they follow ("In
        a 2004 interview, Brel called the crossing a lifeline. “…,” he said."). Such words are
        another time's: not today's position, and not to be passed on to the quote that goes on."""
        anchor = self.page.sentences[s_index]
        frame = self.page.outside_quotes(anchor.start, anchor.end)
        if DATED_WORDS.search(frame):
            return True
        if first == 0:
            return False
        before = self.page.sentences[first - 1]
        told = self.page.outside_quotes(before.start, before.end)
        if set(who.name.split()) & set(re.findall(r"[\w’'-]+", frame)):
            # "Back in March 1999, Vell testified on the fees. | “…,” Vell said.": named, but of then
            # unless the frame gives a time of its own
            mentioned = set(who.name.split()) & set(re.findall(r"[\w’'-]+", told))
            return bool(mentioned) and not OWN_TIME.search(frame) and DATED_OPENING.search(told) is not None
        # "… when she told the Assembly in 2019 …. “…,” she said on Monday.": a time of its own wins
        return not OWN_TIME.search(frame) and (
            DATED_WORDS.search(told) is not None or DATED_OPENING.search(told) is not None
        )

    def _spoken_when(self, who: Speaker, s_index: int, clause: int | None) -> str:
        """The words that say when the speaking was, read from the frame of the sentence holding its
        attribution at its own verb of saying ("“…,” Vell said in March", "Vell in April warned …",
        "Last month, Vell told …"), stopping at the first time named ("said on Monday, weeks after she
        warned in March": of today). When that frame gives no time of its own and names nobody
        ("“…,” she added"), the sentence before lends its time, as `_dated` reads a past year, but only
        a time of the same speaker's speaking ("Vell last month told reporters that … | “…,” she
        said") and only when it names no nearer time ("met the board on Monday about the levy it
        announced in March"). A frame is the words outside quotes before what was said (`clause`,
        where a reported clause begins, and any "that"): "said the minister told him in April that …"
        dates the minister's words, not the saying."""
        names = set(who.name.split())
        for n, index in enumerate((s_index, s_index - 1)):
            if index < 0:
                break
            sentence = self.page.sentences[index]
            end = clause if n == 0 and clause is not None and sentence.start < clause < sentence.end else sentence.end
            frame = _SAID_WHAT.split(self.page.outside_quotes(sentence.start, end), maxsplit=1)[0]
            if n == 1 and OWN_TIME.search(frame):
                break
            found = _time_at_verb(frame, names if n == 1 else None)
            if found is not None:
                return found
            if n == 0 and (OWN_TIME.search(frame) or names & set(re.findall(r"[\w’'-]+", frame))):
                break
        return ""

    def _direct(self, index: int, spans: Sequence[Span], partial: bool) -> None:
        page = self.page
        start, end = page.sentences[index].start, page.sentences[index].end
        text = page.plain
        spans = [s for s in spans if not s.name]
        for n, span in enumerate(spans):
            if span.open in self.used or (partial and page.is_title(span)):
                continue
            close = min(span.close, end) if span.closed else span.close
            before_from = spans[n - 1].close + 1 if n > 0 else start
            before = text[before_from : span.open]
            # The words after the quote are in the sentence where it closes: “… used? Who …?” he asked.
            close_end = end if span.close < end else page.sentences[page.sentence_at(span.close)].end
            later = [s for s in page.spans_in(span.close + 1, close_end) if not s.name]
            after_to = spans[n + 1].open if n + 1 < len(spans) else (later[0].open if later else close_end)
            after_from = min(span.close + 1, close_end) if span.closed else close_end
            after = text[after_from:after_to] if span.closed else ""
            found = self.direct.attribute(span, before, before_from, after, after_from, index, partial)
            if found is None:
                continue
            who, cue = found
            self.used.add(span.open)
            s_index = index if span.close <= end else page.sentence_at(span.close - 1)
            first = self._record(who, "direct", span.start, close if span.closed else span.close, s_index, cue)
            self._rest_of_quotation(span, replace(who, sure=first.sure), first.said_when)
            if cue in ("after", "inverted") and not partial:
                # "The levy is “reckless” and “a tax on every fisherman,” Vell said": the fragments
                # listed before the attributed one are the same speaker's words.
                for listed in self.direct.listed_before(spans, n, start, self.used):
                    self.used.add(listed.open)
                    sure = replace(who, sure=first.sure)
                    self._record(sure, "direct", listed.start, listed.close, index, "clause", first.said_when)

    def _quote_alone(self, span: Span) -> bool:
        """Whether the paragraph of `span` holds nothing but that quote."""
        p_start, p_end = self.page.paragraphs[self.page.sentences[self.page.sentence_at(span.open)].paragraph]
        return not re.search(r"\w", self.page.text[p_start : span.open] + self.page.text[span.close + 1 : p_end])

    def _rest_of_quotation(self, span: Span, who: Speaker, when: str) -> None:
        """The rest of a quotation over paragraphs whose first part `span` is `who`'s, as sure as
        that part (not when that is dated)."""
        for other in self.page.groups.get(span.group, ()):
            if other is not span and other.open not in self.used:
                self.used.add(other.open)
                at = self.page.sentence_at(other.open)
                self._record(who, "direct", other.start, other.close, at, "paragraphs", when)

    def _reported(self, index: int, spans: Sequence[Span]) -> None:
        start, end = self.page.sentences[index].start, self.page.sentences[index].end
        inside = [s for s in spans if start <= s.open < end]
        # "Orr said the budget was balanced, to which Vell's aide replied: “…”": the sentence the page
        # would quote for Orr's line carries the reply's words, so his line is not surely his alone
        masked = self.page.masked(start, end)
        reply = GOES_ON_RE.search(masked)
        replied_at = start + reply.start() if reply and any(s.open >= start + reply.end() for s in inside) else None
        if inside and all(s.open in self.used for s in inside):
            if reply is None or any(s.open < start + reply.start() for s in inside):
                return  # the sentence's quotes are attributed: its frame is their attribution
            # "She said the plan was sound, to which Vell retorted: “…”": the frame of the quote is
            # the reply's clause; what comes before it is a report of its own.
            end = start + reply.start()
        for found in self.reported.find(masked[: end - start], start):
            if replied_at is not None and found.start < replied_at:
                found = replace(found, speaker=replace(found.speaker, sure=False))
            if found.quoted:
                for span in spans:
                    if found.start <= span.open < found.end and span.open not in self.used and not span.name:
                        self.used.add(span.open)
                        close = min(span.close, end) if span.closed else span.close
                        self._record(found.speaker, "direct", span.start, close, index, found.cue)
                continue
            inside_clause = [s for s in spans if found.start <= s.open < found.end] if found.main else []
            self.used.update(s.open for s in inside_clause)
            record = self._record(found.speaker, "indirect", found.start, found.end, index, found.cue)
            for span in inside_clause:
                # "X told the Courier that the quay was not “ready for the crowds.¶“It moved …”": a quote
                # opened in X's reported words and left open at the paragraph's end goes on in X's voice,
                # when what follows is quote alone (never "¶“We disagree,” said Y.", a quote of its own)
                rest = [o for o in self.page.groups.get(span.group, ()) if o is not span]
                if rest and all(self._quote_alone(o) for o in rest):
                    self._rest_of_quotation(span, replace(found.speaker, sure=record.sure), record.said_when)


def _narrated(text: str, start: int, end: int, who: Speaker) -> bool:
    """The quoted words are a writer's paragraph about the speaker after a stray quote mark, not hers run
    on: a paragraph a mark opens and never closes (or whose quotation runs on into the next) that starts
    by naming the speaker in full, by given name or title and surname, and holds no word of her own
    ("I", "we", "my" …): "Sen. Ida Marsk took the stage late on Monday, and her speech …". A speaker
    naming herself inside her own words ("they said Ida Marsk would never win"), a relative of her
    surname, or a later quotation of the paragraph is no such paragraph."""
    line_start = text.rfind("\n", 0, start) + 1
    if who.kind == "organisation" or text[line_start:start].strip(" \t\"“'‘") != "":
        return False
    paragraph_end = text.find("\n", start, end)
    closed = text[end : end + 3].lstrip(" ,.?!").startswith(('"', "”", "'", "’"))
    if paragraph_end < 0 and closed:
        return False
    first = text[start : end if paragraph_end < 0 else paragraph_end]
    if _OWN_WORDS.search(first):
        return False
    names = who.name.split()
    opening = _OPENING_RUN.match(first)
    run = [w.rstrip(",;:") for w in opening.group(0).split()] if opening else []
    if not names or names[-1] not in run[1:]:
        return False
    given = run[run.index(names[-1], 1) - 1]
    if len(names) > 1:
        return given == names[0]
    return given.lower() in GIVEN_NAMES or given.lower().rstrip(".") in HONORIFICS or given.lower() in ROLE_WORDS


# The capitalised words a paragraph opens with (a title and a name at most): "Sen. Ida Marsk", "Mayor Marsk".
_OPENING_RUN = re.compile(r"(?:[A-Z][\w'’.-]*,?(?:\s+|$)){2,4}")
# A speaker's own words: the first person.
_OWN_WORDS = re.compile(r"\bI\b(?!-)|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|us|[Oo]urs?|[Oo]urselves)\b")


def _time_at_verb(frame: str, speaker: set[str] | None) -> str | None:
    """The time the frame gives its own verb of saying (the first not inside a clause of its own);
    None when it names none there. With `speaker` (the name's words), only a speaking whose subject
    is that person counts."""
    verb = next((v for v in SPEAKING.finditer(frame) if not SUBORDINATE.search(frame, 0, v.start())), None)
    if verb is None:
        return None
    head = frame[: verb.start()]
    before = SPOKEN_BEFORE.search(head)
    if before and before.group("before") is None and not OPENING_VERB.match(frame, verb.start()):
        before = None  # "In March, Vell said, the levy …": the time dates what was said
    subject = head[: before.start("before")] if before and before.group("before") else head
    if speaker is not None and not speaker & set(re.findall(r"[\w’'-]+", subject)[-1:]):
        return None
    found = before or SPOKEN_AFTER.match(frame, verb.end())
    return next(g for g in found.groups() if g) if found else None
