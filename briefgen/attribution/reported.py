"""Reported speech: "X said (that) …", "…, X said", "according to X, …", "X …, saying …" and
", a move that executives say hurt sales" — the clause a speaker is reported to have said, in a
sentence whose quoted words are blanked out (`Page.masked`) so patterns see only the frame.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .lexicon import (
    ANONYMITY,
    AS_SOURCE_FIRST,
    AUX,
    BARE_CLAUSE,
    BEFORE_A_NOUN,
    CALL_FORMS,
    CLAUSE_IN_PASSING,
    CLAUSE_THEN_PARTICIPLE,
    FROM_ANOTHER,
    GOES_ON_RE,
    ISSUED_PAPERS,
    ISSUING,
    MANNER_ADVERB,
    NAME_TOKEN,
    NAMING_WORDS,
    NUMBER,
    PAPER_SUBJECT,
    PAST_IRREGULAR,
    PLACES,
    POINTED_WORDS,
    PRESS,
    QUOTED_AS_SAYING_CLAUSE,
    RELAYED,
    ROLE_ABBREVIATIONS,
    SAID_ADJUNCT,
    SAY,
    SAY_NOUNS,
    SAYING_PARTICIPLES,
    SPEECH_VERB,
    TELL,
    TIME,
    TITLE_DOT,
    WEEKDAY,
    WORD_CARRIERS,
    blank_party,
    fold,
)
from .page import Page
from .records import Speaker
from .resolver import Resolver

# Before a participle of saying, a comma part that opens on a past verb ("Tamm, 60, walked out …,
# saying"), or a subject and its past verb ("Tamm walked out …, saying").
_PAST_OPENS = re.compile(rf"^\s*(?:has\s+|have\s+|had\s+)?(?:[a-z]+ed|{PAST_IRREGULAR})\b")
# A comma part that is a second verb of the subject before it: ", and waved the pilots off,".
_JOINED_VERB = re.compile(rf"^\s*(?:and|but)\s+(?:also\s+)?(?:has\s+|have\s+|had\s+)?(?:[a-z]+ed|{PAST_IRREGULAR})\b")
_SUBJECT_THEN_PAST = re.compile(
    r"^\s*(?:and\s+|but\s+)?(?P<who>(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)\s+"
    r"(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+|did(?:n['’]t|\s+not)\s+seem\s+(?:\w+\s+)?)*"
    # (or a past denied, "did not release the figures, saying …": the subject's own act)
    rf"(?P<verb>did(?:n['’]t|\s+not)\s+[a-z]+|[a-z]+ed|{PAST_IRREGULAR})\b"
)


def _another_says(clause: str) -> bool:
    """A verb of saying or naming inside a reported clause: someone in it speaks for themselves
    (each pattern with its own flags: NAMING_WORDS ignores case, SPEECH_VERB does not)."""
    return SPEECH_VERB.search(clause) is not None or NAMING_WORDS.search(clause) is not None


Found = tuple[Speaker, int, int, str]  # speaker, clause start, clause end, cue


@dataclass(frozen=True, slots=True)
class Finding:
    speaker: Speaker
    start: int
    end: int
    cue: str
    main: bool  # the sentence's own statement (its quoted words are used up), not one inside it
    quoted: bool = False  # the clause is all quote: "X reacted, saying: “…”" is X's direct quote


# Words that begin a verb's object or complement, not a reported clause ("said goodbye").
_NOT_CLAUSE = frozenset(
    """to for with nothing goodbye yes no so as of by from little much anything something thanks
    farewell hello sorry good enough otherwise in on at aboard during after before outside
    inside near through via while when where since until into onto over under amid among between
    across against within without earlier later again also publicly privately repeatedly recently
    then back""".split()
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
_NEXT_THAT = re.compile(r"[^,;:“”\"]{0,90}?\bthat\s+(?=\S)")  # matched from where the last "that" ended


# "that" right after a preposition ("responded to that report", "pointed at that plan") is a
# demonstrative before a noun, not the opening of a reported clause.
_DEMONSTRATIVE_THAT = re.compile(r"\b(?:to|of|in|on|at|by|for|with|from|about|into|onto|upon|over|under)\s+that\s+$")
# A sentence opening on a fronted phrase, not its subject: "Among the ferries at risk, …", "Since May, …".
_FRONTED = re.compile(
    r"\s*(?:Among|At|Over|Since|While|In|On|Of|For|Beyond|Despite|Unlike|Like|Under|After|Before|During|Amid|"
    r"Along|Across|Behind|Besides|Except|Inside|Outside|Through|Throughout|With|Without|Within)\b"
)


# "boasted of his pull with the voters that make up the base": after a verb and a phrase it governs
# ("of …", "about …"), a "that" followed at once by a verb (an auxiliary, or a word and then its
# object's determiner) is a relative pronoun of the noun before it, not the start of a reported clause.
_GOVERNED = re.compile(r"\s*(?:of|about|on|to|with|for)\s")
_VERB_NEXT = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b"
    r"|[a-z]+\s+(?:(?:up|out|down|off|back|over)\s+)?(?:the|a|an|his|her|its|their|our|my|your|this|these|those)\b"
)


def _relative_that(before_that: str, after_that: str) -> bool:
    """Whether the "that" ending `before_that` opens a relative clause of the governed phrase."""
    return bool(_GOVERNED.match(before_that)) and bool(_VERB_NEXT.match(after_that))


def _about_a_carrier(before_that: str) -> bool:
    """Whether "that" opens a clause about a thing that carries words ("posted a photo of a placard
    that her rivals carried"), not a reported one ("said in a statement that")."""
    noun = re.search(r"\b(?P<noun>[a-z]+)\s+that\s+$", before_that)
    if noun is None or noun.group("noun") not in WORD_CARRIERS:
        return False
    return not re.search(r"\bin\s+(?:[\w’'-]+\s+){0,3}$", before_that[: noun.start()])  # "alleged in the suit that"


# A gerund as a reported clause's subject: the gerund, a short phrase of what or for whom (no
# comma, no relative, no joint), then the clause's auxiliary: "voting had", "raising the ferry
# levy would".
_GERUND_SUBJECT = re.compile(
    r"[\w’'-]+(?:\s+(?!(?:that|which|who|whom|whose|and|or|but|if|when|because|he|she|they|we|i|you)\b)"
    r"[\w’'-]+){0,4}?\s+(?:had|has|was|is|were|are|would|will|could|can|may|might|should)\b",
    re.IGNORECASE,
)
# Words in -ing that are prepositions, not gerunds: "said during the debate …".
_ING_PREPOSITIONS = frozenset(
    "during including concerning regarding following according considering notwithstanding excluding".split()
)


def _clause_start(clause: str, before: str) -> bool:
    """Whether a reported clause can begin here ("Russia agreed …"), not an object or an adverb."""
    if clause.startswith(("“", '"')):
        return bool(re.search(r"\bthat\s*$", before))  # X said “…” is a direct quote, not a clause
    first = re.match(r"[\w’'-]+", clause)
    if first is None:
        return False
    word = first.group(0).lower()
    if word == "about" and not re.match(rf"about\s+{NUMBER}", clause, re.IGNORECASE):
        return False  # "said about the dockers that …": the topic, the clause comes after "that"
    if re.match(rf"{MANNER_ADVERB}\s*(?:[-—–,]|that\b|(?:into|to|at|on|in|from|with|during|over|about)\s)", clause):
        return False  # "said pleasantly into the phone", "said emphatically that …": how, not what
    if word.endswith("ing") and word not in ("nothing", "king"):
        # "said voting had been orderly", "said raising the ferry levy would cost votes" are
        # clauses; "denies mistreating prisoners" is not.
        return word not in _ING_PREPOSITIONS and bool(_GERUND_SUBJECT.match(clause))
    return word not in _NOT_CLAUSE


# ", a move that executives say hurt sales", "the meeting, which state media said ran past
# midnight": a statement inside a noun phrase that sums up what came before; the relative
# clause's own subject is the speaker, the rest of the sentence is what they said. Only after a
# comma (and a determiner), and never with a pronoun ("questions that he said had to be
# answered" is part of his own statement).
_RELATIVE_SAID = re.compile(
    rf",\s+(?:(?:an?|the|this)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s+(?:that|which)|which)\s+"
    rf"(?P<who>(?!(?:he|she|it|they|we|i|you)\b)[^,;“”\"]{{2,60}}?)\s+{AUX}(?!told|tells|tell)(?:{SAY})\s+(?=\S)"
)
# Where a relative clause in commas ends and its sentence's main verb goes on: a comma and an
# auxiliary (", will open"), or a comma and a clause running to the sentence's end with no comma
# of its own (", drew crowds on Sunday."), unless a word that joins or leads a phrase opens it.
_ASIDE_CLOSED = re.compile(
    r",\s+(?=(?:would|will|could|can|may|might|must|should|is|was|are|were|has|had|have|does|did)\s"
    r"|(?!(?:and|or|but|nor|yet|so|then|the|a|an|this|that|these|those|its|their|his|her|our|as|in|on|at|"
    r"for|with|to|from|by|of|into|than|about|over|under|after|before|since|while|when|where|who|whom|"
    r"which|whose|what|if|because|although|though|unless|until|according|saying|not|both|either|"
    r"including|such|up|down|plus|or)\b)[a-z][\w'’-]*\s[^,;“”\"]*$)"
)
# What an aside left cut off mid-way ends with: "would cost less and", "and, in time,".
_CUT_OFF = re.compile(r"\b(?:and|or|but)(?:,[^,]*)?$")
# A sentence that opens with a subordinate clause: "Since Leung announced …, rivals …".
_SUBORDINATE = re.compile(
    r"^\s*(?:Since|After|Before|When|Whenever|While|Because|Although|Though|Until|Unless|Once|If|As|Whereas)\s"
)
# The subject of such a clause with an aside in commas after it, just before its verb: "Although Vell,
# like many of the dockers, believes …".
_ASIDE_AFTER_SUBJECT = re.compile(r"^[^,]+,[^,]+,\s*$")
# The same inside the sentence, its subject before the verb: "Weeks after Vell announced that …, the
# board …", "The dockers jeered, and when Vell said …, a woman shouted …".
_SUBORDINATE_INSIDE = re.compile(rf"\b(?:{CLAUSE_IN_PASSING})\s+[^,;]*$")
# A name in commas that ends its sentence, or is followed only by what is said of it, when or with
# whom: ", Carl Marsh.", ", Carl Marsh, who …", ", Carl Marsh, on Monday."
_ENDS_ON_NAME = re.compile(
    rf",\s+(?:[a-z]+\s+){{0,2}}{NAME_TOKEN}(?:\s+{NAME_TOKEN})+"
    r"(?:\s*[.!?]?\s*$|,\s+(?:who|whose|adding|and|but)\b|,\s+(?:on|in|at|last|this|late|early)\b[^,]*?[.!?]?\s*$)"
)
# (a quote closing on the comma counts as that comma: "… would “back the levy,” while Lunn said …")
_JOINT = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+|;\s+|[”\"]\s+(?:while|whereas)\s+")


# A clause of its own after a reported one, opening on "but" and a subject that is no pronoun of the
# speaker's: "…, but the guild is sure to …", "…, but the council has other plans".
_WRITERS_BUT = re.compile(
    r",\s+but\s+(?:the\s+|a\s+|an\s+)?(?!(?:he|she|they|it|we|I|you|that|this|there|not|also|only|still|because|rather|instead|as|when|if|then)\b)[\w’'-]+\s+(?:[\w’'-]+\s+){0,3}?(?:is|are|was|were|has|have|had|will|would|may|might|could|can|did|does|do)\b"
)


# After a joint, the subject of a clause of its own before its verb: a name ("and Orr vowed", "while Gov.
# Tom Orr called it") or a noun with its article ("and the union says"), no pronoun just before the verb
# (maybe the speaker's: "and when asked, he said"), no verb right after the joint (the speaker's own
# second verb: "and added:", "but also said", "and called him …").
_OWN_SUBJECT = re.compile(
    r"^(?:[A-Z][\w’'.-]*|(?:the|a|an)\s+[\w’'-]+)(?:\s+[\w’'.-]+){0,5}?\s+"
    r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwe\s)(?<!\bI\s)(?<!\bit\s)(?:has\s+|had\s+|also\s+)?$"
)


# (a single quote closing on its comma as well: "… 'a dust bowl,' and Orr vowed …")
_JOINT_AFTER_MARK = re.compile(r"[,;]['’]?\s+(?:and|but|while|whereas)\s+|;\s+|[”\"]\s+(?:while|whereas)\s+")


# A time that opens the speaker's own second clause, no subject: "and Thursday vowed", "and Tuesday night told".
_TIME_ALONE = re.compile(rf"(?:{WEEKDAY}|Today|Yesterday)(?:\s+(?:morning|afternoon|evening|night))?\s+(?:also\s+)?$")


def _the_speaker_again(subject: str, who: Speaker) -> bool:
    """Whether `subject`, opening a clause after a joint, is the first speaker again: a time alone
    ("and Thursday vowed"), the speaker's own name ("but Orr also warned"), or "the" and the
    speaker's title ("Sen. Ida Vell … and the senator vowed")."""
    if _TIME_ALONE.fullmatch(subject):
        return True
    words = re.findall(r"[\w’'.-]+", subject)
    role = (who.role or "").lower().rstrip(".")
    titles = {role, ROLE_ABBREVIATIONS.get(role, role)} - {""}
    if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in titles:
        return True
    own = set(who.name.split()) | ({who.role} if who.role else set())
    return bool(words) and all(w in own or w in ("also", "has", "had") for w in words)


def _another_after_joint(said: str, text: str, lo: int, hi: int, who: Speaker) -> bool:
    """In said[lo:hi] (a reported clause, quotes blanked, quotes closing on a comma made that comma), a
    clause after "and", "but", "while" or a semicolon whose own subject says or names something, with
    quoted words of its own after that verb (`text`, the sentence unmasked): another speaker's words
    the first one's sentence carries (not when that subject is `who` again, the first speaker)."""
    for joint in _JOINT_AFTER_MARK.finditer(said, lo, hi):
        tail = said[joint.end() : hi]
        verb = SPEECH_VERB.search(tail) or NAMING_WORDS.search(tail)
        if verb is None or not _OWN_SUBJECT.match(tail[: verb.start()]):
            continue
        if _the_speaker_again(tail[: verb.start()], who):
            continue
        if any(mark in text[joint.end() + verb.end() : hi] for mark in "“\"'‘"):
            return True
    return False


# "has called the levy …", "calls it …": a verb of naming that gives quoted words to its subject.
_CALLS = re.compile(rf"\b(?:{CALL_FORMS}|calling)\b")
# "As Orvell said, quoting her late father, “…”": another's line passed on.
_QUOTING = re.compile(r"(?:quoting|citing|echoing|paraphrasing|borrowing)\b")


def _comma_closed(masked: str, text: str) -> str:
    """`masked` with each closing mark of a quote that ends on a comma made that comma (same length)."""
    chars = list(masked)
    for i in range(1, len(chars)):
        if chars[i] in '”"' and text[i - 1] == ",":
            chars[i] = ","
    return "".join(chars)


def _reporter(word: str, subject: str, tail: str) -> bool:
    return word != "reported" or bool(PRESS.search(subject)) or bool(re.match(r"\s*,\s*citing\b", tail))


# Bodies that act by vote or ruling, and the acts narrated of them: "The Osselt council approved …".
_BODIES = frozenset(
    """council senate house assembly parliament legislature congress court committee board commission
    authority chamber jury panel cabinet tribunal duma""".split()
)
_BODY_ACT = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:unanimously\s+)?(?:voted|approved|passed|adopted|rejected|ruled|decided|overturned|"
    r"upheld|blocked|confirmed|struck\s+down|repealed|enacted|ratified|authorized|authorised|vetoed|defeated|"
    r"postponed|tabled|cleared|awarded|banned|suspended|granted)\b"
)


def _body_act(who: Speaker, head: str) -> bool:
    """Whether `who` is a body (council, court, chamber) and the words before its participle narrate
    an act of it: a vote or a ruling, not a statement it issued."""
    words = who.name.lower().split()
    if who.kind != "organisation" or not words or words[-1] not in _BODIES or words[-2:] == ["white", "house"]:
        return False
    return bool(_BODY_ACT.search(head))


# A sentence opening on its source: "According to Tam Orr, …", "But according to the minutes, …".
_RELAY_FIRST = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?[Aa]ccording\s+to\s+(?P<who>[^,;]{1,80}),")
# A clause of its own after the source's: "According to the poll, most back it, but Orr said …" — the
# source tells the first clause, not Orr's saying.
_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|but|yet|while|whereas|although|though)\s")


def _names(who: Speaker, phrase: str) -> bool:
    """Whether `phrase` names `who` (by a word of their name)."""
    return bool(set(re.findall(r"[\w’'-]+", who.name)) & set(re.findall(r"[\w’'-]+", phrase)))


# A gate of `Reported.find` (a cost, never a result): every reading it tries needs one of these in
# the sentence, as written there (none of its patterns ignores case): a verb of saying (SAY) as a
# word ("X said …", "…, X said", "…, a move that X said …": the verb stands between a space and a
# space, a comma or the end), "according to", or a participle of saying (`_participle`'s, and the
# "as saying" of "quoted X as saying"). A sentence with none (most of a news text) reports no one's
# words, and its six readings are not run. A new reading of `find` must add its cue here;
# tests/test_reported_gate.py runs the attribution of many texts with and without the gate.
# (every participle `_participle` reads: SAYING_PARTICIPLES, "telling …" and a paper's "reading")
# (and the "puts it", "points out" of a sentence opening on its source: `_as_source`)
REPORT_CUE = re.compile(rf"\b(?:{SAY})\b|ccording to|{SAYING_PARTICIPLES}|telling|reading|puts?\s+it|points\s+out")


class Reported:
    """Finds the reported statements of one sentence."""

    def __init__(self, page: Page, resolver: Resolver) -> None:
        self.page = page
        self.resolver = resolver

    def find(self, masked: str, start: int) -> Iterator[Finding]:
        """The statements of the sentence at `start`, `masked` its text with quotes blanked; at
        most one main one. Yielded one at a time: each is recorded before the next is looked for."""
        if REPORT_CUE.search(masked) is None:
            return  # no cue of any reading below: nothing reported (see REPORT_CUE)
        text = self.page.text
        for found in (
            self._quoted_as_saying,
            self._said_clause,
            self._trailing,
            self._according,
            self._as_source,
            self._participle,
            self._relative_said,
        ):
            result = found(masked, start)
            if result is None:
                continue
            who, q_start, q_end, cue = result
            # "She said her plan was strong, to which Ray interjected: …": the clause is over.
            narration = GOES_ON_RE.search(masked, q_start - start, q_end - start)
            q_end = start + narration.start() if narration else q_end
            if cue == "participle" and CLAUSE_THEN_PARTICIPLE.search(masked, 0, q_start - start):
                # "X laughed as a porter walked in, saying he …": the porter's, or X's?
                who = replace(who, sure=False)
            if cue == "participle" and _body_act(who, masked[: q_start - start]):
                # "The Osselt council approved the levy, saying the docks needed repairs": the
                # writer's account of why a body acted, not words the body gave.
                who = replace(who, sure=False)
            if POINTED_WORDS.search(masked):
                # "Brandt wrote that the mayor wants “a pier for every voter,” as the ad puts it": the
                # ad's words, which the writer points to
                who = replace(who, sure=False)
            # (a source first by "as": "As the Gazette noted, Quarle told the board that …" alike)
            relay_first = (_RELAY_FIRST.match(masked) or AS_SOURCE_FIRST.match(masked)) if cue != "according" else None
            if (
                relay_first
                and relay_first.end() <= q_start - start
                and not _NEXT_CLAUSE.search(masked, relay_first.end(), q_start - start)
                and not _names(who, relay_first.group("who"))
            ):
                # "According to Tam Orr, Ines Quarle told the board that …": Quarle's words as Orr
                # tells them, as second-hand as with the relay after them.
                who = replace(who, sure=False)
            relay = RELAYED.search(masked, q_start - start, q_end - start) if cue != "according" else None
            if relay is not None:
                # "X said the ferry would stop, the Harbor Post reported": the clause ends at the
                # relay, and who said it is the relay's word, not certain.
                q_end = start + relay.start()
                who = replace(who, sure=False)
            inner = self._relative_said(masked[q_start - start : q_end - start], q_start) if cue != "relative" else None
            if inner is not None and len(text[q_start : inner[1]].split()) > 6:
                # "X said prices rose, a move that executives say hurt sales": two statements. The
                # inner one is told inside X's report ("Harbor officials say …, a body that the Republic of
                # Orn says runs the yard"): X's account of what they say, not certainly theirs; and
                # the sentence that carries it is X's.
                cut = masked.rfind(",", 0, inner[1] - start)
                q_end = start + cut
                yield Finding(replace(inner[0], sure=False), *inner[1:], main=False)
            short = (8, 2) if cue == "relative" else (12, 3)  # "that executives say hurt sales"
            if q_end - q_start < short[0] or len(text[q_start:q_end].split()) < short[1]:
                continue
            clause = masked[q_start - start : q_end - start].strip()
            if clause[:1] in '“"' and clause.rstrip(".")[-1:] in '”"':
                # The "clause" is all quote: "X reacted to the news, saying: “…”" — X's own words.
                if cue in ("participle", "according"):
                    yield Finding(who, q_start, q_end, cue, main=True, quoted=True)
                    return
                continue
            # "Lin insisted that the pamphlets broke no law, Ms. Hu said": Hu's report of what Lin said.
            # The sentence is hers; his clause ends at her comma, and is not sure (a chain).
            # (a quote closing on a comma, “…,” the witness recalled, counts as that comma)
            said = _comma_closed(masked, text[start : start + len(masked)])
            reporter = self._trailing(said[: q_end - start], start, described=True) if cue == "indirect" else None
            if (
                reporter is not None
                # "…, the Kremlin said" passes on Putin's words; a person, named or described
                # ("the source recalled"), tells what they heard
                and reporter[0].kind in ("person", "anonymous")
                and reporter[2] > q_start
                and fold(reporter[0].name) != fold(who.name)
            ):
                end = reporter[2] + (text[reporter[2]] in '”"')  # with the mark that closed on the comma
                yield Finding(replace(who, sure=False), q_start, end, cue, main=False)
                yield Finding(reporter[0], start, end, "trailing", main=True)
                return
            # "Democrats said Trump should act, and Senator Lindsey Graham has said he is ready":
            # a second speaker's clause ends the first one (also after a quote closing on its comma:
            # 'Orr said the plan “is dead,” but Lunn said …').
            second = None
            for joint in _JOINT.finditer(said, q_start - start, q_end - start):
                second = self._said_clause(masked[joint.end() :], start + joint.end())
                if second is not None:
                    q_end = start + joint.start()
                    break
            if second is None and _another_after_joint(
                said, text[start : start + len(masked)], q_start - start, q_end - start, who
            ):
                # "Vell said the plan would “ruin farms,” and Orr vowed to “end it”", "…, while Orr called
                # it “a fair deal”": another speaker's words in the sentence the page would quote
                who = replace(who, sure=False)
            elif second is None and _WRITERS_BUT.search(said, q_start - start, q_end - start):
                # "Orr has said he finds no need for hearings, but the guild is sure to press for them":
                # the clause after "but" may be the writer's; the sentence is not surely all his
                who = replace(who, sure=False)
            yield Finding(who, q_start, q_end, cue, main=True)
            if second is not None:
                yield Finding(*second, main=False)
            return

    def _said_clause(self, masked: str, base: int) -> Found | None:
        """X said (that) …; X told reporters (that) …"""
        for verb in SPEECH_VERB.finditer(masked):
            pre = masked[: verb.start()]
            if not pre.strip() or "xxx" in pre[-5:]:
                continue  # “…,” X said: the frame of a direct quote
            word = verb.group(0).lower()
            if word in SAY_NOUNS and BEFORE_A_NOUN.search(pre):
                continue  # "Critics seized on Vell's claim that …": a noun, no verb of a subject
            rest = masked[verb.end() :]
            offset = 0
            if word in TELL:  # "told" needs its listener: "told reporters (that)"
                listener = _OBJECT_RE.match(rest)
                if listener is None:
                    continue
                offset = listener.end()
            tail = rest[offset:]
            starts = []
            between = _BETWEEN.match(tail)
            if between and (word in BARE_CLAUSE or re.search(r"\bthat\s*$", between.group(0))):
                starts.append(between.end())
            # "The assembly responded to that report with …": a "that" after a preposition points at
            # a thing and opens no clause (but "wrote of that plan that …" has one after it).
            that = _BEFORE_THAT.match(tail)
            while that and (
                _DEMONSTRATIVE_THAT.search(tail[: that.end()]) or _relative_that(tail[: that.end()], tail[that.end() :])
            ):
                that = _NEXT_THAT.match(tail, that.end())
            if that and not _about_a_carrier(tail[: that.end()]):
                starts.append(that.end())
            clause_at = next((s for s in starts if _clause_start(tail[s:], tail[:s])), None)
            if clause_at is None or SPEECH_VERB.match(tail, clause_at):
                continue  # "X hung it under a banner that said, …": the banner's words, not X's
            if not _reporter(word, pre[-60:], tail):
                continue
            if pre.rstrip().endswith(",") and word not in TELL:
                # (never "…, told the Courier": what follows "told" is who heard it, not who spoke)
                after = re.match(r"\s*([^,;“”\"]{1,90}?)\s*(?:[,.!?]|$)", rest)
                named = self.resolver.resolve(after.group(1), base + verb.end()) if after else None
                if named is not None and not named.anonymous:
                    continue  # "…, said Aldo Brenk of the board": who speaks follows the verb
            subject = self.resolver.subject(pre, base)
            paper = PAPER_SUBJECT.match(pre) if subject is None else None
            if paper is not None and not _another_says(tail):
                # "The lawsuit contends that …": the lawsuit (not when someone in the clause speaks or
                # names: "The editorial notes that Vell called the plan “…”" is Vell's, told second-hand)
                subject = self.resolver.described(paper.group("paper"))
            if subject is None:
                continue
            if word == "believes" and subject.kind == "organisation" and subject.name.lower() in PLACES:
                continue  # "Tarn believes it must …": the writer's account of a country, nobody's words
            clause_start, clause_end = base + verb.end() + offset + clause_at, base + len(masked.rstrip())
            if _SUBORDINATE.match(pre) and ("," not in pre or _ASIDE_AFTER_SUBJECT.search(pre)):
                # "Since Leung announced that he would stand, rivals entered the race": what he said ends
                # at the comma that closes the clause; the rest of the sentence is the writer's,
                # so the sentence is not his statement to show.
                comma = masked.find(",", clause_start - base)
                if comma < 0:
                    continue
                subject = replace(subject, sure=False)
                clause_end = base + comma
            elif inside := _SUBORDINATE_INSIDE.search(pre):
                # The same with the clause of time or cause inside the sentence: what was said ends
                # at the comma where the sentence goes on. A time ("weeks after Vell said …") makes
                # it a past saying that dates the writer's sentence: not sure; a cause ("because
                # Vell has said …") leaves it hers.
                # (a quote closing on the comma counts as that comma: "after Vell said it was “fair,” …")
                comma = _comma_closed(masked, self.page.text[base : base + len(masked)]).find(",", clause_start - base)
                if comma >= 0:
                    if not inside.group(0).startswith(("because", "while")):
                        subject = replace(subject, sure=False)
                    clause_end = base + comma + (self.page.text[base + comma] in '”"')  # with the closing mark
            return subject, clause_start, clause_end, "indirect"
        return None

    def _quoted_as_saying(self, masked: str, base: int) -> Found | None:
        """ "The Varn News Agency quoted a ministry spokesman as saying the talks would resume": the
        clause is the words of the one quoted, named or described, as the wire passes them on
        (second-hand: never sure)."""
        found = QUOTED_AS_SAYING_CLAUSE.match(masked)
        if found is None:
            return None
        phrase = found.group("who")
        who = self.resolver.resolve(phrase, base + found.start("who")) or self.resolver.described(phrase)
        if who is None:
            return None
        return replace(who, sure=False), base + found.end(), base + len(masked.rstrip()), "indirect"

    def _relative_said(self, masked: str, base: int) -> Found | None:
        """…, a move that opposition leaders said would leave the country rudderless."""
        for found in _RELATIVE_SAID.finditer(masked):
            clause = masked[found.end() :]
            if not _clause_start(clause, "") or clause.startswith(("“", '"')):
                continue
            who = self.resolver.resolve(found.group("who"), base + found.start("who"))
            if who is None:
                continue
            end = len(masked.rstrip())
            # "the footbridge, which the trust says will carry 4,000 walkers a day, opened on Sunday":
            # a comma and the main clause's verb close the aside; what follows is not the trust's.
            closed = _ASIDE_CLOSED.search(masked, found.end())
            if closed is not None:
                end = closed.start()
                if _CUT_OFF.search(masked[found.end() : end].rstrip()):
                    continue  # the aside goes on past the cut: no whole statement is left
            return who, base + found.end(), base + end, "relative"
        return None

    def _trailing(self, masked: str, base: int, described: bool = False) -> Found | None:
        """…, X said. / …, said X. / …, the air force said, adding that … (`described`: also a
        source the text only describes, "…, the witness recalled")."""
        commas = [m.start() for m in re.finditer(r",", masked)]
        for n in range(len(commas) - 1, -1, -1):
            comma = commas[n]
            stop = commas[n + 1] if n + 1 < len(commas) else len(masked)
            core = masked[comma + 1 : stop].strip().rstrip(".!?").strip()
            match = re.fullmatch(
                # (never a clause joined by "but" or "and": "…, but the board has replied with a
                # letter" is the writer's second clause, not the attribution of the first)
                rf"(?!(?:but|and|yet|or|so)\s)(?P<who>[^,;“”\"]{{1,90}}?)\s+{AUX}(?:{SAY})(?:\s+{TIME})*"
                rf"(?:\s+in\s+a\s+statement|\s+{ANONYMITY}|(?:{SAID_ADJUNCT})(?:\s+{TIME})?)?",
                core,
            )
            inverted = re.fullmatch(rf"(?!told|tells|tell)(?:{SAY})\s+(?P<who>[^,;“”\"]{{1,90}})", core)
            found = match or inverted
            if not found or not _reporter("reported" if "reported" in core else "", found.group("who"), ""):
                continue
            who = self.resolver.resolve(found.group("who"), base + comma)
            # "…, said a spokesman for the guild, Carl Marsh.": the name in commas is who spoke (a
            # new reading here, so only a name the text shows as a person's, and only where the
            # sentence ends with it or with what is said of it: not "…, said the man who hired
            # him, Carl Marsh, would stay", where the name is what the clause is about).
            ends = _ENDS_ON_NAME.match(masked, stop) if inverted else None
            apposed = (
                self.resolver.named_after(who, found.group("who"), masked[stop:], base + comma, shown=True)
                if ends
                else None
            )
            who = apposed or who
            if who is None and described:
                # (not "the ministry" the reader cannot name: "Voss said the border would reopen,
                # the ministry said" is Voss's clause passed on)
                who = self.resolver.described(found.group("who"), bodies=False)
            if who is None:
                return None
            clause = masked[:comma]
            if len(clause.split()) < 4:
                return None
            return who, base, base + comma, "trailing"
        return None

    def _according(self, masked: str, base: int) -> Found | None:
        found = re.search(rf"\b[Aa]ccording to (?P<who>(?:[^,;.“”\"]|\.(?=\S)|(?<=\b[A-Z])\.|{TITLE_DOT})+)", masked)
        if not found:
            return None
        who = self.resolver.according_source(found.group("who").strip(), base + found.start())
        if who is None:
            return None
        if found.start() < 3:  # According to X, …
            rest = masked[found.end() :]
            comma = rest.find(",")
            if comma < 0:
                return None
            return who, base + found.end() + comma + 1, base + len(masked.rstrip()), "according"
        fronted = _FRONTED.match(masked) and "," not in masked[: found.start()].rstrip(" ,")
        if fronted and len(re.findall(r"\w+", masked[found.end() :])) >= 2:
            # "Among the ferries at risk, according to X, are three …": the words before are no clause
            # (a comma in them ends the fronted phrase: "In March, the board raised the toll, according
            # to X, who chairs the guild" is a clause, and X's appositive follows)
            return None
        clause_end = found.start()
        while clause_end > 0 and masked[clause_end - 1] in " ,":
            clause_end -= 1
        clause_start = 0
        lead = re.match(r"^(?:[^,]{1,40},\s+)", masked[:clause_end])
        if (
            lead
            and not SPEECH_VERB.search(lead.group(0))
            and lead.group(0).split()[0] in ("On", "In", "At", "Overnight,")
        ):
            clause_start = lead.end()
        return who, base + clause_start, base + clause_end, "according"

    def _as_source(self, masked: str, base: int) -> Found | None:
        """As X puts it, …: X's view, read as after "According to X, …" (`AS_SOURCE_FIRST`)."""
        found = AS_SOURCE_FIRST.match(masked)
        if not found:
            return None
        if (
            SPEECH_VERB.search(masked, found.end())
            or _CALLS.search(masked, found.end())
            or _QUOTING.match(masked, found.end())
        ):
            return None  # "As Orvell points out, Brell has called the levy “a fraud”": Brell's words, another voice
        who = self.resolver.according_source(found.group("who").strip(), base + found.start("who"))
        if who is None:
            return None
        return who, base + found.end(), base + len(masked.rstrip()), "according"

    def _participle(self, masked: str, base: int) -> Found | None:
        """X dismissed the exchange as theater, saying (that) …: the subject says it."""
        with_saying = re.search(
            r"\bwith\s+(?P<who>[^,;“”\"]{2,80}?)\s+(?:saying|arguing|insisting|warning|noting|stating)\s+(?:that\s+)?",
            masked,
        )
        if with_saying:
            who = self.resolver.resolve(with_saying.group("who"), base + with_saying.start("who"))
            if who is not None:
                return who, base + with_saying.end(), base + len(masked.rstrip()), "participle"
        found = re.search(
            rf"[,”\"]\s+(?:{SAYING_PARTICIPLES}"
            # "…, telling the council, “…”", "…, telling KCAL that …", "…, telling reporters in
            # May that …" (where and when she told them, then what)
            r"|telling\s+(?:(?:the|a|an|his|her|their)\s+)?[\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*"
            r"(?:\s+(?:in|on|at|during|after|before|last|earlier|this)\s[^;:“”\"]{0,60}?\s+that(?=\s))?)"
            # "…, saying in a short statement that …": the paper the words were given in
            r"(?:\s+in\s+(?:a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:statement|interview|speech|letter|post|email|tweet))?"
            r"[:,]?\s+(?:only\s+)?(?:that\s+)?"
            # "she released a statement saying, “…”": no comma before, one after; "the town released a
            # statement Wednesday saying the figures …": no comma at all, the clause what the paper said
            r"|\b(?:statement|letter|email|post|tweet|note|message)\s+(?:saying|stating|reading)[:,]\s+"
            rf"|\b(?P<issued>(?:{ISSUING})\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:{ISSUED_PAPERS})"
            rf"(?:\s+{TIME})?)\s+(?:saying|stating)\s+(?:that\s+)?",
            masked,
        )
        if not found:
            return None
        # "Brisa Tamm (R-Orch.) walked out …, saying"; "Tamm released a statement saying": the verb
        # that issued the paper is the subject's
        head = blank_party(masked[: found.end("issued") if found.group("issued") else found.start()])
        parts = head.split(",")
        for i in range(len(parts) - 1, 0, -1):
            if _PAST_OPENS.match(parts[i]):
                if FROM_ANOTHER.search(",".join(parts[i:])):
                    return None  # "Vell, 60, held up a letter from her son, saying …": maybe the letter's words
                who = self.resolver.subject(",".join(parts[:i]) + ",", base)
                if who is not None:
                    return who, base + found.end(), base + len(masked.rstrip()), "participle"
                break
        for n, part in reversed(list(enumerate(parts))):
            if n and _JOINED_VERB.match(part):
                continue  # "The mayor thanked the crew, and waved the pilots off, saying": the subject before
            subject = _SUBJECT_THEN_PAST.match(part)
            at = sum(len(p) + 1 for p in parts[:n])  # where the part starts in `head`
            if subject and found.group("issued") and at + subject.start("verb") != found.start("issued"):
                return None  # "Tamm left after Vell's office released a statement saying": not Tamm's paper
            if subject and FROM_ANOTHER.search(",".join(parts[n:])[subject.end("verb") :]):
                return None  # "Vell kept a note from her late husband, saying …": maybe the note's words
            if subject:
                who = self.resolver.resolve(subject.group("who"), base)
                if who is not None:
                    return who, base + found.end(), base + len(masked.rstrip()), "participle"
                return None
        return None
