"""Direct speech: who said the words inside quote marks.

Trusting the clues in this order: the speaker named just after the quote (`“…,” X said`, `said
X`, `“…,” according to X`), just before it (`X said: “…”`, `X called it “…”`, quoted words inside
X's reported clause), or the same speaker going on (the sentence before ended with their quote,
or the paragraph before ended inside it or on "X said:"). None of these: no speaker.
"""

from __future__ import annotations

import re

from .ledger import Ledger, kind
from .lexicon import AUX, NAME_TOKEN, QUOTE_VERB, SPEECH_VERB
from .page import Page, Span
from .records import Speaker
from .resolver import NEGATED, Resolver

_CLOSING = "”\"’'"


_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSt)(?<!\bGen)(?<!\bSen)[.!?;]\s")


def _ends_sentence(fragment: str) -> bool:
    """Whether a full stop ends a sentence inside `fragment` ("Gen. Syrskyi" and "C.C. Wei" do not)."""
    return bool(_SENTENCE_END.search(fragment))


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


class Direct:
    """Finds the speaker of one quoted stretch from the words around it."""

    def __init__(self, page: Page, resolver: Resolver, ledger: Ledger) -> None:
        self.page = page
        self.resolver = resolver
        self.ledger = ledger

    def attribute(
        self, span: Span, before: str, before_from: int, after: str, after_from: int, index: int, partial: bool
    ) -> tuple[Speaker, str] | None:
        if partial:
            return self._before(before, before_from, partial=True)
        # 1. The speaker named just after the quote: “…,” X said / said X.
        if after:
            found = self._after(after, after_from, according=not SPEECH_VERB.search(before))
            if found:
                return found
        # 2. Named just before it: X said: “…” / X said, “…” / Failure, he said, “is not …”
        found = self._before(before, before_from, partial=False)
        if found:
            return found
        # 3. The same speaker going on: the sentence before (or the paragraph before, when this
        #    one opens with the quote) ended with an attributed statement.
        if not before.strip() and not (after.strip(" ,.") and SPEECH_VERB.search(after)):
            inherited = self._continuation(span, index)
            if inherited:
                return inherited, "continuation"
        return None

    def _after(self, after: str, at: int, according: bool = True) -> tuple[Speaker, str] | None:
        lead = re.match(r"^[\s,—–-]*", after)
        assert lead is not None
        rest, base = after[lead.end() :], at + lead.end()
        if not rest or rest[0] in ".!?;":
            return None
        source = re.match(r"according to (?P<who>(?:[^,;.!?“”\"]|\.(?=\S)|(?<=\b[A-Z])\.)+?)\s*(?:[,;.!?]|$)", rest)
        if source:  # “…,” according to X. (But "X told colleagues “…”, according to aides" is X's.)
            who = self.resolver.according_source(source.group("who"), base) if according else None
            return (who, "according") if who else None
        verb = QUOTE_VERB.search(rest)
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
            who = self.resolver.resolve(phrase.group("p"), base + verb.end())
            named = re.match(
                rf",\s+((?:[a-z]+\s+){{0,2}}{NAME_TOKEN}(?:\s+{NAME_TOKEN})+)\s*(?:[,.;]|$)", tail[phrase.end() :]
            )
            if (who is None or who.kind != "person") and named:
                # "said the group's director, Tom Abara": the name in commas is the speaker.
                apposed = self.resolver.resolve(named.group(1), base + verb.end())
                if apposed is not None and apposed.kind == "person":
                    return Speaker(apposed.name, phrase.group("p").strip(), "person"), "inverted"
            if who is not None and who.anonymous:
                # "said one Western diplomat in Moscow, who …": the description runs to the comma.
                more = re.match(
                    r"\s+(?:in|at|of|for|from|with|on)\s+[^,.;:!?“”\"]{1,60}?(?=\s*(?:[,;:!?]|\.(?:\s|$)|$))",
                    tail[phrase.end() :],
                )
                if more:
                    who = Speaker(phrase.group("p").strip() + more.group(0), None, who.kind)
            return (who, "inverted") if who else None
        if _ends_sentence(pre) or len(pre) > 160:
            return None
        aux = re.search(rf"\s+{AUX}$", pre)
        pre = pre[: aux.start()] if aux else pre
        appositive = None
        parts = pre.split(",")
        if len(parts) >= 3 and not parts[-1].strip():
            subject, appositive = parts[0], ",".join(parts[1:-1])
        elif len(parts) > 1:
            return None
        else:
            subject = pre
        if NEGATED.search(pre + " "):
            return None
        who = self.resolver.resolve(subject, base, appositive)
        return (who, "after") if who else None

    def _before(self, before: str, at: int, partial: bool) -> tuple[Speaker, str] | None:
        if not before.strip() or re.search(r"\bso-called\s*$", before):
            return None  # the so-called “special operation”: a scare quote, nobody's words
        if partial:
            # Lavrov called it “a trap”: the verb right before the quote names its speaker.
            starts = [m.end() for m in re.finditer(r"^|[,;]\s+|\band\s+|\bwhat\s+", before)]
            for pos in reversed(starts):  # the nearest subject first: "… what he called “…”"
                called = _CALLED.match(before, pos)
                if called:
                    who = self.resolver.resolve(called.group("who"), at + pos)
                    if who is not None:
                        return who, "called"
            verb = re.search(
                r",\s+(?:called|calls|described|describes|dismissed|branded|termed)\b[^,;“”\"]{0,60}$", before
            )
            if verb:  # "Nigeria's minister, Hannatu Musawa, called the return “…”"
                who = self.resolver.subject(before[: verb.start() + 1] + " ", at)
                if who is not None:
                    return who, "called"
        blunt = re.search(r"(?:^|,\s+)(?P<who>[^,;“”\"]{1,60}?)\s+(?:was|were|is)\s+(?:\w+\s+)?\w+:\s*$", before)
        if blunt and not partial:  # "Murphy was blunt: “…”"
            who = self.resolver.subject(blunt.group("who") + " ", at + blunt.start("who"))
            if who is not None:
                return who, "before"
        for verb in QUOTE_VERB.finditer(before):
            tail = before[verb.end() :]
            if _ends_sentence(tail) or SPEECH_VERB.search(tail):
                continue
            direct = re.fullmatch(r"\s*|(?:\s+[^“”\"]{0,70}?)?\s*[,:]\s*", tail)
            if not direct and (not partial or _NEW_CLAUSE.search(tail)):
                continue
            subject = self.resolver.subject(before[: verb.start()], at)
            if subject is None:
                continue
            # X said: “…” / X said, “…”: the quote is what was said. X said the decision was
            # “naked protectionism”: quoted words inside a reported clause.
            return subject, "before" if direct else "partial"
        return None

    def _continuation(self, span: Span, index: int) -> Speaker | None:
        sentence = self.page.sentences[index]
        s_start, paragraph = sentence.start, sentence.paragraph
        text = self.page.text
        # The quote must open its sentence: “We are close.”
        if text[s_start : span.open].strip():
            return None
        previous = index - 1
        if previous < 0:
            return None
        p_start, _ = self.page.paragraphs[paragraph]
        same_paragraph = self.page.sentences[previous].paragraph == paragraph
        if not same_paragraph:
            # A new paragraph that is all quote continues the previous paragraph's speaker only
            # when that paragraph ended on their quote, or on "X said:".
            if text[p_start : span.open].strip() and p_start < span.open:
                return None
            prev_start, prev_end = self.page.sentences[previous].start, self.page.sentences[previous].end
            last_sentence = text[prev_start:prev_end].rstrip()
            if last_sentence.endswith(":"):
                verbs = list(QUOTE_VERB.finditer(last_sentence))
                if verbs:
                    return self.resolver.subject(last_sentence[: verbs[-1].start()], prev_start)
            statements = self.ledger.in_sentence(previous)
            if statements and statements[-1].kind == "direct" and last_sentence[-1:] in _CLOSING:
                last = statements[-1]
                return Speaker(last.speaker, last.role, kind(last))
            return None
        statements = self.ledger.in_sentence(previous)
        if not statements:
            return None
        last = statements[-1]
        return Speaker(last.speaker, last.role, kind(last))
