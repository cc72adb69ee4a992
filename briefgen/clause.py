"""Where a word sits in its sentence: in the main clause's subject, in a clause fronted before it, in
a modifier of a description, or in what someone only wishes.

Next steps asks these of the word that announces an event (its verb or its noun): an event is
announced when it is the matter of the sentence's own statement, not when it only describes who
someone is, sets the scene of a fronted clause, or is what someone hopes for. Plain patterns over
the words, no parser: commas, dashes and a few function words mark the edges.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .dates import asides

__all__ = [
    "TAKES_CLAUSE",
    "Clause",
    "clause_at",
    "described_by",
    "finite_verbs",
    "fronted_clause",
    "main_clause",
    "named_subject",
    "past_governs",
    "relative_of",
    "relative_start",
    "subject",
    "tense",
    "wished",
]

# A clause's edge, read backwards from a verb: a comma, a dash, a bracket, a colon or semicolon.
_EDGE = re.compile(r"[,;:—–()]|\s_\s|\s-\s|--")
# An aside set off by commas or dashes just before the verb: "Lena Varg, the harbour master, will", "the
# ferries, moored in Marsh, will", "the lenders _ a fund, a bank and a trust _ must".
_ASIDE_BEFORE = re.compile(r"(?:,[^,_—–]*,|\s_[^_]*\s_|(?:--|—|–)[^—–]*?(?:--|—|–))\s*$")
# Auxiliaries and adverbs between a subject and its verb: "are", "will also", "has now".
_AUXILIARY_END = re.compile(
    r"(?:\s+(?:is|are|was|were|am|be|been|will|would|shall|can|could|may|might|must|should|has|have|had|do|does|did"
    r"|not|also|now|then|still|soon|only|\w+ly))+$",
    re.I,
)


def subject(text: str, at: int) -> str:
    """The words before `at` (a verb or its auxiliary) that its clause opens with: asides set off by
    commas or dashes right before it are skipped ("Lena Varg, the harbour master, will" -> "Lena
    Varg"), and a fronted phrase or clause ends at its comma ("Once the tide turns, the boats will"
    -> "the boats")."""
    before = text[:at].rstrip()
    auxiliary = _AUXILIARY_END.search(" " + before)
    if auxiliary is not None:
        before = before[: max(0, auxiliary.start() - 1)]
    aside = _ASIDE_BEFORE.search(before + " ")
    if aside is not None and aside.start() > 0:
        before = before[: aside.start()]
    edges = list(_EDGE.finditer(before))
    return before[edges[-1].end() :].strip() if edges else before.strip()


_PRONOUNS = frozenset("he she they we i you".split())
# People and bodies named by a common noun: who can hold, attend or decide something.
_AGENTS = re.compile(
    r"\b(?:officials?|leaders?|members?|lawmakers?|legislators?|ministers?|creditors?|judges?|prosecutors?"
    r"|investigators?|police|voters?|delegates?|negotiators?|envoys?|diplomats?|government|authorities"
    r"|court|committee|panel|board|council|jury|tribunal|parliament|assembly|congress|senate|house|cabinet"
    r"|party|union|company|firm|bank|agency|ministry|commission|campaign|candidates?|president|mayor"
    r"|governor|senator|chairman|chairwoman|spokesman|spokeswoman|team|club|organizers?|organisers?|inquiry)\b",
    re.I,
)
_CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*")
_DETERMINER = re.compile(r"^(?:the|a|an|but|and|then|so|yet|also|still)$", re.I)


# Where a subject's first noun phrase ends: a preposition, a relative word, a participle.
_PHRASE_END = re.compile(r"\s+(?:of|in|at|from|for|with|on|by|to|who|which|that|\w+ed)\b.*$", re.I | re.S)
# The endings of nouns for people who act: an operator, a master, a chemist, a guardian, a tenant, a president.
_AGENT_ENDING = re.compile(r"(?:or|er|ist|ian|ant|ent|ity|ities)s?$", re.I)


def _head_noun(words: str) -> str:
    phrase = _PHRASE_END.sub("", words)
    found = re.findall(r"[\w’']+", phrase)
    return found[-1] if found else ""


def named_subject(text: str, at: int, event_nouns: frozenset[str]) -> bool:
    """The clause of the verb at `at` has someone for its subject: a name, a person's pronoun, a
    body or an office ("the creditors", "the court"), or the event itself ("a decision on that
    would wait"). Not a thing ("a comparison of soundings will reveal …") nor a kite."""
    words = subject(text, at)
    if not words:
        return False
    if any(w.lower() in _PRONOUNS or w.lower() in event_nouns for w in re.findall(r"[\w’']+", words)):
        return True
    if _AGENTS.search(words) or _AGENT_ENDING.search(_head_noun(words)):
        return True
    return any(not _DETERMINER.match(m.group(0)) for m in _CAPITALISED.finditer(words))


# A clause fronted before the main one: "While the guild gets ready to vote, its treasurer …".
_FRONTED_CLAUSE = re.compile(
    r"^\W*(?:(?:but|and|yet|still)\s+)?(?:as|while|when|whenever|although|though|because|since|once|whatever"
    r"|unless|until)\b[^,;:—–]*,",
    re.I,
)


def fronted_clause(text: str) -> tuple[int, int] | None:
    """The span of an adverbial clause that opens the sentence, up to its comma, when a main
    clause follows it."""
    found = _FRONTED_CLAUSE.match(text)
    if found is None or not text[found.end() :].strip():
        return None
    return found.span()


# A description of someone, with a place or time after it: "looks set to be the chief patron of the autumn
# ballot", "will be a guest at Friday's gala". What comes after the description's noun
# only places it.
_DESCRIPTION = re.compile(
    r"\b(?:be|is|are|was|were|been)\s+(?:\w+ly\s+)?(?:a|an|the|one\s+of|among)\b[^,;:—–()]*?"
    r"\b(?:in|at|of|for|during|from|on)\s+[^,;:—–()]*$",
    re.I,
)


def described_by(text: str, at: int) -> bool:
    """The event noun at `at` sits in a phrase after a description ("Ida Moss looks set to be the chief
    patron of the autumn ballot"): it places the description, it is not announced."""
    return _DESCRIPTION.search(text, 0, at) is not None


# A wish or an offer: what someone is eager, hopes, wants or offers to do is not set for a day.
_WISH = re.compile(
    r"\b(?:eager|anxious|keen|itching|hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|wish(?:es|ed|ing)?|would\s+like"
    r"|offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|aim(?:s|ed|ing)?|striv(?:e|es|ed|ing)"
    r"|long(?:s|ed|ing)|yearn(?:s|ed|ing)?|dream(?:s|ed|ing)?\s+of)\s+(?:to|that)\b"
    # (and with whom the wish is for between, or the wished clause right after: "want voters to go to the polls
    # on Sunday", "hope the tribunal rules on Friday")
    r"|\bwant(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){1,3}?to\b|\bhop(?:e|es|ed|ing)\s+(?:the|a|an|its|their|his|her)\b",
    re.I,
)
# Where the wish's clause ends: a punctuation mark, or a new report ("skippers offered to lend boats and told
# the guild that two would sail in on Friday": what they told is not what they offered).
_BREAK = re.compile(r"[,;:—–()]|\s-\s|--|\b(?:said|says|say|told|tells|announced|added|reported)\b")


def wished(text: str, at: int) -> bool:
    """The word at `at` is governed by a wish or an offer before it in its clause: "the crews are keen to
    finish early on Friday and march in the parade", "would like to stand again in the spring ballot",
    "hopes that the ferry will run again", "offered to host a recount on May 3" (until it is taken up), "aim
    to wrap up the talks by Friday" (a goal, not a day set)."""
    for found in _WISH.finditer(text):
        if found.start() <= at and _BREAK.search(text, found.end(), max(found.end(), at)) is None:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# The tense of a clause, and which clause is the sentence's own statement.

# A verb of saying reports; what it reports has its own tense ("said the council meets on Tuesday").
_SAYING = (
    r"said|added|stated|reported|noted|explained|announced|indicated|confirmed|insisted|declared|replied"
    r"|argued|claimed|warned|predicted|promised|pledged|vowed|planned|scheduled|expected"
)
_SAYING_ED = r"(?!(?:" + _SAYING + r")\b)"
# The irregular pasts, finite whatever stands around them.
_IRREGULAR_PAST = (
    r"was|were|had|did|came|went|took|gave|got|met|won|lost|began|spoke|saw|knew|thought|felt|left|ran"
    r"|brought|made|found|became|held|flew|fought|struck|drew|sought|led|kept|stood|sent|wrote|broke|chose|rose"
    r"|fell"
)
# A finite past: an irregular past, a past modal ("could not have been"), a perfect ("has filed"), a
# regular past after its subject ("she signed", "Quint attacked") or before its object ("signed a pact").
_PAST = re.compile(
    r"\b(?:" + _IRREGULAR_PAST + r")\b"
    r"|\b(?:could|would|might|should|must)(?:\s+not|n['’]t)?\s+have\s+\w+"
    r"|\b(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b"
    r"|\b(?:he|she|they|it|we|i|who|which)\s+" + _SAYING_ED + r"\w+ed\b"
    # (a name then a lower-case past: "Vell decided"; not a name's own second word, "Tarrow United", "Kesh Red")
    r"|(?-i:\b[A-Z][\w’'.-]+)\s+" + _SAYING_ED + r"(?-i:[a-z]\w*ed)\b"
    r"|\b" + _SAYING_ED + r"\w+ed\s+(?:a|an|the|his|her|their|its)\b",
    re.I,
)
# A present, a future, a schedule, a plan or a modal: then the clause's days may be ahead.
_AHEAD = re.compile(
    r"\b(?:is|are|am|will|shall|won['’]t|upcoming|coming|next|ahead|scheduled|slated|due"
    r"|tomorrow|tonight|later|set\s+(?:for|to)|(?:plans?|expects?|hopes?|wants?|intends?)\s+to|planned\s+(?:to|for))\b"
    r"|['’]ll\b"
    # a present in a time clause tells a future: "once the appeal comes before the judges in May"
    r"|\b(?:when|once|after|until|as\s+soon\s+as)\s+(?:(?:the|a|an|his|her|its|their)\s+)?\w+\s+(?!was\b|has\b)\w+s\b",
    re.I,
)
_WOULD = re.compile(r"\bwould\b", re.I)


# A clause's words come back often: stock phrasing, one clause read again for each date or verb
# of its sentence. A pure function of them: remembered, it is read once.
@functools.lru_cache(maxsize=1 << 14)
def tense(words: str) -> str:
    """ "ahead" when the words hold a present, a future or a schedule; else "reported" for a
    "would" (a future told from a past: "said they would vote for Quint in November"); else "past" when
    they hold a finite past (not a verb of saying: what it reports has its own tense); else ""."""
    if _AHEAD.search(words):
        return "ahead"
    if _WOULD.search(words):
        return "reported"
    return "past" if _PAST.search(words) else ""


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of a sentence: its span, its subject (the words before its first verb), its tense and
    where its first verb (an auxiliary, a modal or a regular past) begins: -1 when none is found (a
    present with no auxiliary: "Quint faces Vell")."""

    start: int
    end: int
    subject: str
    tense: str
    verb: int = -1

    def holds(self, at: int) -> bool:
        return self.start <= at < self.end


# A clause's edges: punctuation, or a conjunction or relative word opening another clause.
_CLAUSE_EDGE = re.compile(
    r"[,;:—–()]|\s-\s|--|\b(?:and|but|while|whereas|when|once|after|before|until|if|because|which|who|where)\b", re.I
)
# What a clause's first verb may be, for its subject: an auxiliary, a modal or a finite verb.
_FIRST_VERB = re.compile(
    r"\b(?:is|are|am|was|were|will|would|shall|can|could|may|might|must|should|has|have|had|does|do|did)\b"
    r"|['’]ll\b|\b\w+ed\b",
    re.I,
)


def _clause(text: str, start: int, end: int) -> Clause:
    verb = _FIRST_VERB.search(text, start, end)
    told = tense(text[start:end])
    # (before any comma: "Quint faces Vell, a veteran backed by the guild" is no past)
    if not told and verb is not None and verb.group(0).lower().endswith("ed") and "," not in text[start : verb.start()]:
        told = "past"  # its first verb a regular past: "Sen. Vell (D-Marsh) apologized to her rival"
    if verb is None:
        return Clause(start, end, "", told)
    return Clause(start, end, subject(text[:end], verb.start()), told, verb.start())


def clause_at(text: str, start: int, end: int | None = None) -> Clause:
    """The clause the words text[start:end] sit in: from the last comma, dash or clause word before
    them to the next one after ("once the straws were drawn to break the tie late Monday")."""
    end = start if end is None else end
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, start)]
    after = _CLAUSE_EDGE.search(text, end)
    return _clause(text, edges[-1] if edges else 0, after.start() if after else len(text))


# What opens a sentence before its own statement and ends at a comma: a phrase of place or time
# ("On Friday,", "At the Varna debate,", "Ahead of the vote,"), a fronted clause ("While the guild
# gets ready to vote,", "As the fair opens,"), a participle ("Speaking in Marsh,", "Asked about it,").
_FRONT_PHRASE = re.compile(
    r"^\W*(?:(?:but|and|yet|so|still|then)\s+)?(?:(?:on|in|at|during|after|before|ahead\s+of|by|for|from|with|without"
    r"|despite|amid|following|since|until|as|while|when|whenever|once|although|though|because|if|unless|like"
    r"|unlike|over|under|across|throughout|according\s+to)\b|\w+ing\b|\w+ed\b)[^;:—–]*?,\s*",
    re.I,
)
# Where the sentence's own statement ends: a semicolon, a dash, or a comma opening another clause.
_MAIN_END = re.compile(
    r";|\s-\s|--|—|–|,\s*(?:which|who|where|while|whereas|as|but|although|though|because|since|after|before"
    r"|when|even\s+as|according\s+to)\b|,\s*(?:[\w’'.-]+\s+){1,4}?(?:said|says|added|told)\b",
    re.I,
)


# A relative clause on the last noun of a fronted phrase, closed by its comma: "which is set for May, ".
_FRONT_ASIDE = re.compile(r"(?:which|who|whose|where)\b[^,;:—–()]*,\s*", re.I)


def main_clause(text: str) -> Clause:
    """The sentence's own statement: what is left when the phrases and clauses fronted before it
    ("On Friday,", "As the fair opens,", and a relative clause closing one: "In ruling on the ballot,
    which is set for May,") are set aside, up to where another clause or an attribution
    begins ("…, which …", "…, Vell said")."""
    start = 0
    while True:
        front = _FRONT_PHRASE.match(text, start)
        if front is None or not text[front.end() :].strip():
            break
        start = front.end()
        aside = _FRONT_ASIDE.match(text, start)  # "In ruling on the ballot, which is set for May, the court …"
        if aside is not None and text[aside.end() :].strip():
            start = aside.end()
    end = _MAIN_END.search(text, start)
    return _clause(text, start, end.start() if end else len(text))


# ---------------------------------------------------------------------------------------------
# What a clause asserts: whether a word sits in a relative clause on a noun, and whether a verb telling a
# past governs it. Next steps asks these of an event a sentence finds by its date (timeline._asserted).

# A relative clause on the noun before it: "valleys that ballot on May 3", "Tam Orr, who faces Vell
# in the June primary", "wardens whose seats are contested next year", "one that will dominate".
# After "that" a verb comes first ("that ballot", "that will"); "said Monday that Varna votes …" reports.
_RELATIVE = re.compile(
    r"(?P<noun>[\w’'-]+),?\s+(?:(?:which|who|whom|whose)\b|that\s+(?=(?-i:[a-z])))"
    r"(?!(?:the|a|an|this|these|those|he|she|they|it|we|i|you|his|her|their|its|our|when|if|as|because|once)\b)",
    re.I,
)
# The finite verbs of a clause: an auxiliary or a modal, a regular past (not an adjective after a
# determiner or a participle adverb: "the wind-battered quay", "a contested convention", "the newly
# elected assembly", or a participle opening an aside: "the guild, based in Varna,") or an irregular one;
# and the -ing forms of saying, which report ("vowing to").
_VERB = re.compile(
    r"\b(?:is|are|am|was|were|will|would|shall|can|could|may|might|must|should|has|have|had|do|does|did|be|been)\b"
    r"|['’]ll\b"
    r"|(?<![\w-])(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bher\s)(?<!\bhis\s)(?<!\btheir\s)"
    r"(?<!\bnewly\s)(?<!\brecently\s)(?<!\bfreshly\s)(?<!\bduly\s)(?<!\bpopularly\s)(?<!,\s)[a-z]+ed\b"
    r"|\b(?:saying|vowing|promising|pledging|announcing|insisting|adding|noting|warning|predicting|telling)\b"
    r"|\b(?:" + _IRREGULAR_PAST + r"|sold|said|told)\b(?![’'])",
)
# Where a relative clause set off by a comma has closed before a word: a break, or a comma and the verb of
# the clause it sat in ("The rule, which the board calls a model, arrives a week before …"); or its
# first comma and the time or place of that clause ("will meet Pell, who runs the mill, on Friday", not
# "who faces Pell, the miller, in the June poll").
_CLOSED = re.compile(
    r"[;:—–()]|--|,\s+(?:\w+ly\s+)?(?:[a-z]+s|[a-z]+ed|is|are|was|were|will|would|has|have|had|can|could|may|might"
    r"|must|should)\b"
)
_CLOSED_AT = re.compile(r",\s+(?:on|in|at|by|from|until|next|this|later)\b")
# Verbs and words a "that" clause follows as what is said, known or meant, not a relative clause.
TAKES_CLAUSE = frozenset(
    "appears appeared seems seemed says said means meant shows showed suggests suggested believes believed thinks"
    " thought knows knew hopes hoped expects expected argues argued insists insisted ensure ensures so such now"
    " clear sure likely possible certain".split()
)
_PAST_AUXILIARY = frozenset("was were had did has have".split())
_NOT_PAST = frozenset("is are am will would shall can could may might must should do does be been 'll ’ll".split())
# What reports or sets, so that what it governs has its own tense: a verb of saying, a schedule, "-ing" of saying.
_REPORTS = re.compile(r"(?:" + _SAYING + r"|told|wrote|agreed|slated|set|fixed|called|decided|ing)$")


# Where the clause a past could govern begins: a break, a clause joined by "and" or "but" (not a phrase:
# "but from the other side"), or the comma closing a fronted subordinate clause.
_GOVERNED_FROM = re.compile(
    r"[;:—–]|--|\s-\s|\b(?:and|but|yet|whereas)\b(?!\s+(?:from|in|on|at|with|for|by|to|of|not|also|then|as)\b)"
    r"|^\W*(?:after|before|when|while|as|since|although|though|because|if|once|until)\b[^,;]*,",
    re.I,
)


# What may stand between an auxiliary and its verb: "is now poised", "has quietly talked", "had not met".
_ADVERBS_BETWEEN = re.compile(r"\s+(?:(?:\w+ly|now|also|still|already|just|not|never|then|again|long)\s+){0,2}")


def finite_verbs(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The finite verbs (`_VERB`: auxiliaries, modals, regular and irregular pasts) of text[start:end]."""
    return list(_VERB.finditer(text, start, len(text) if end is None else end))


def past_governs(text: str, at: int) -> bool:
    """The nearest verb before `at` in its own clause tells a past that is no schedule or report: "the
    millers' debts forced Pell into entering the race next Tuesday". A verb across a clause edge (";",
    ", but", a fronted clause) or in a closed aside governs nothing: "Prices rose in May; the bank meets
    on Thursday", "The bank, which cut rates in May, meets again on Thursday"."""
    start = max((edge.end() for edge in _GOVERNED_FROM.finditer(text, 0, at)), default=0)
    closed = [span for span in asides(text) if not span[0] <= at < span[1]]
    verbs = [verb for verb in _VERB.finditer(text, start, at) if not any(a <= verb.start() < b for a, b in closed)]
    if not verbs:
        return False
    last = verbs[-1]
    word = last.group(0).lower()
    if _REPORTS.search(word):
        return False  # what was said, set or planned has its own tense
    before = verbs[-2] if len(verbs) > 1 else None
    if before is not None and _ADVERBS_BETWEEN.fullmatch(text[before.end() : last.start()]):
        return before.group(0).lower() in _PAST_AUXILIARY and word not in _NOT_PAST  # "has talked", not "is held"
    return word in _PAST_AUXILIARY - {"has", "have"} or word not in _NOT_PAST | _PAST_AUXILIARY


def _closes(text: str, relative: re.Match[str], at: int) -> bool:
    """The relative clause `relative` opens has closed by the word at `at`, that word included: set off by
    a comma, at a break or a comma and the outer clause's verb ("Pell, who owns the mill, testifies …");
    with no comma, at a second finite verb ("Millers who joined in May are entitled …")."""
    word = re.match(r"[\w’'-]*", text[at:])
    span = text[relative.end() : at + (len(word.group(0)) if word else 0)]
    at_time = _CLOSED_AT.search(span)
    if _CLOSED.search(span) or (at_time is not None and "," not in span[: at_time.start()]):
        return True
    if "," in relative.group(0):
        return False
    verbs = list(_VERB.finditer(span))
    groups = sum(1 for i, v in enumerate(verbs) if i == 0 or span[verbs[i - 1].end() : v.start()].strip())
    return groups > 1


# A verb of saying a few words before "that": the clause after it is what was said ("told the crews that
# pilots sail on Friday", "announced that envoys meet"), not a relative clause on the noun before "that".
_SAID_BEFORE = re.compile(
    r"\b(?:" + _SAYING + r"|told|tells|says|announces|confirms|wrote)\b(?:\s+[\w’'-]+){0,3}\s*$", re.I
)


def relative_of(text: str, at: int) -> re.Match[str] | None:
    """The relative clause on a noun that the word at `at` sits in, if any (see _RELATIVE)."""
    relative = None
    for found in _RELATIVE.finditer(text, 0, at + 1):
        that = found.group(0).lower().rstrip().endswith("that")
        if not (that and _SAID_BEFORE.search(text, 0, found.start() + found.group(0).lower().rfind("that"))):
            relative = found
    if relative is None or _closes(text, relative, at):
        return None
    return relative


def relative_start(text: str, at: int) -> int | None:
    """Where the relative clause the word at `at` sits in begins (see relative_of)."""
    relative = relative_of(text, at)
    return None if relative is None else relative.start()
