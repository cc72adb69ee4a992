"""Resolver: a speaker phrase -> who it is, or None when the text does not say.

One strategy per kind of phrase: a name or surname (`_named`), a title ("the Ukrainian
president", `_definite`), a description ("a senior U.S. official", `_described`), a pronoun
(`_pronoun`, `_group_pronoun`, `_some_of`), a paper that speaks for whoever issued it
(`_issuer`), "the company" (`_organisation_before`); `subject` finds the speaker phrase in the words
before a verb. It reads the cast (who is who) and the ledger (who spoke already), and changes
neither, but for a full name met only here, which the cast keeps.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from ..text import TITLE_ABBREVIATIONS
from .cast import Cast, description_words
from .ledger import Ledger, kind
from .lexicon import (
    ABOUT_SOMEONE,
    ASKS_WHEN,
    AUX,
    BODY_PAPER,
    BUSINESS_HEADS,
    CLAUSE_IN_PASSING,
    COMPANY_NOUNS,
    COUNT_WORDS,
    COUNTRY_NAMED,
    DASH_ASIDE,
    DESCRIPTION_FILLER,
    DETERMINERS,
    DOCUMENT_HEADS,
    GENERIC_ORGS,
    GIVEN_NAMES,
    HERE_THERE,
    HONORIFICS,
    ISSUED,
    ISSUING,
    JOINED_PARTICLES,
    KIN_GENDER,
    KIN_NOUNS,
    KNOWN_AS,
    LONE_NAME,
    MONTH,
    MOOD_BEFORE_NAME,
    NAME_TOKEN,
    NAMED_ONLY_AS,
    NOT_COMPANIES,
    NOT_NAME_OPENERS,
    NOT_NAMES,
    NOT_TITLE,
    OCCUPATION_WORDS,
    OCCUPATIONS,
    OFFICES,
    ORG_HEADS,
    ORG_KINDS,
    OUTLET_HEADS,
    OUTLET_NAME,
    OWN_SPOUSE,
    PARTICLES,
    PAST_IRREGULAR,
    PAST_POPE,
    PAST_YEARS_OPENING,
    PEOPLE_KNOWN_AS,
    PERSON_HEADS,
    PLACE_ABBREVIATIONS,
    PLACE_OPENERS,
    PLACES,
    PLURAL_SOURCES,
    POPE_NAMED,
    POPE_WORDS,
    RELATION_NOUNS,
    REPORTERS,
    ROLE_GENDER,
    ROLE_HEADS,
    ROLE_WORDS,
    SAY,
    SELF_LABELS,
    SELF_NAMED,
    SOURCE_BACK,
    SOURCE_HEADS,
    SPEAKING,
    SPEAKING_THINGS,
    SPOUSE,
    STATE_BODIES,
    TITLE_LOWER,
    TITLE_RUN_STOP,
    TITLE_RUN_VERB,
    TITLE_TAILS,
    US_STATE_WORDS,
    WEEKDAY,
    WHICH_OF_A_FAMILY,
    fold,
)
from .page import Page
from .phrases import PARTY_TAG, POSSESSIVE, RELATIVE, clean, is_organisation, owner_named, person_noun, plural
from .records import Quote, Speaker
from .rivals import Rivals
from .subjects import OWNER_AT, TITLE_OR_OCCUPATION, subject_lead, title_lead


def _same_body(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two names' words (lower case, possessive 's off) are one body's: word for word the
    same, or a country's name and its adjective, which share all but the last letter of the
    shorter ("israel"/"israeli", "thai"/"thailand", "china"/"chinese"; not "austria"/"australian").
    """
    if len(one) != len(other):
        return False
    for a, b in zip(one, other, strict=True):
        shared = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        if a != b and shared < max(4, min(len(a), len(b)) - 1):
            return False
        longer, shorter = max(a, b, key=len), min(a, b, key=len)
        if a != b and longer[:-1] != shorter and longer[:-1] in PLACES:
            return False  # "nigerian" is Nigeria's, not Niger's: an adjective is of the country it is made from
    return True


_STATEMENT_BY = re.compile(
    r"^(?:(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?)?(?:statement|letter|post|readout|memo|release)\s+"
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
# Who runs for an office, as a title: "the Republican nominee".
_RUNNING = frozenset("candidate nominee incumbent front-runner frontrunner challenger".split())
# A described subject speaking, past an opening clause: "Pressed on the fees, the Harbor Party nominee
# said nothing new".
_DESCRIBED_SAYS = re.compile(
    r"\s*(?:[^,;:]{0,80},\s+)?(?P<who>[Tt]he\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+(?:also\s+)?"
    r"(?:said|says|told|added|wrote|asked)\b"
)
# A sentence opened by a title as its subject, its verb next: "The senator was pressed …", "The
# Harbor senator has …", "But the mayor called …".
_TITLED_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?(?P<who>[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(ROLE_HEADS))
    + r"))\s+(?!(?:of|for|from|in|at|on|to|with|by|and|or|but|who|whom|whose|which|that|himself|herself)\b)[a-z]{2,}\b"
)
# A sentence whose subject is a person the text describes, not names: "The Harbor Democrat did
# give …", "The veteran senator said …".
_DESCRIBED_SUBJECT = re.compile(
    r"(?:(?:In|On|At|After|During|Later|Earlier)\b[^,;:“”\"]{0,60},\s+)?The\s+(?:[\w-]+\s+){0,3}?(?i:"
    + "|".join(sorted(SOURCE_HEADS | ROLE_HEADS | {"republican", "democrat", "man", "woman", "candidate", "nominee"}))
    + r")\s+(?!of\b|and\b)[a-z]"
)
# A paper and whom it went to: "the guild's letter, sent to the Harbor Authority", "(a letter from) the
# Ferry Guild to the Orn Council", "(a statement) to the Orn Council, which said". The rule, here only: a
# paper is its maker's, never its addressee's.
_PAPERS = "|".join(sorted(ISSUED))
_SENT_TO = r",?\s+(?:(?i:addressed|sent|written|delivered)\s+)?to\s+(?:(?i:the)\s+)?"
_PAPER_TO = re.compile(rf"^(?P<maker>(?:.+?\s)?(?i:{_PAPERS})s?)(?i:{_SENT_TO})(?P<addressee>\S.*)$")
# Once the paper is named ("a letter from …"), its maker by name: not "the envoy to Orn", a title. Here
# "to" is lower-case: in "President To Lam" it is part of the name, not a link to an addressee.
_NAME_TO = re.compile(rf"^(?P<maker>.*?{NAME_TOKEN}){_SENT_TO}(?P<addressee>{NAME_TOKEN}.*)")


def split_addressee(phrase: str, paper_named: bool = False) -> tuple[str, str]:
    """(maker, addressee) of a phrase naming a paper and whom it went to: "the guild's letter to the
    Harbor Authority" -> ("the guild's letter", "Harbor Authority"); with `paper_named` (the text
    named the paper before: "a letter from …"), its maker by name instead: "the Ferry Guild, sent to
    the Orn Council" -> ("the Ferry Guild", "Orn Council"). (phrase, "") when it names no addressee."""
    found = (_NAME_TO if paper_named else _PAPER_TO).match(phrase)
    return (found.group("maker"), found.group("addressee")) if found else (phrase, "")


def ends_on_addressee(phrase: str) -> bool:
    """The phrase ends on "to" or "to the", before a name that is whom something went to, not a
    speaker ("a statement to the Orn Council, which said")."""
    return re.search(r"\bto\s+(?:the\s+)?$", phrase) is not None


# A subject that got a paper, or passed on another's, rather than issued one: "The Harbor Authority
# received a letter from …", "Quarle leaked the memo", "Pann retweeted the post".
_RECEIVING = re.compile(
    r"\s*(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:received|got|obtained|(?:was|were)\s+(?:sent|handed|given)"
    r"|leaked|shared|retweeted|reposted|forwarded|quoted|cited|showed|displayed|waved|read)\b"
)
_NAMED_CLAUSE = re.compile(
    rf"\s*(?P<who>(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN})\s+(?:did|does|has|had|was|is|[a-z]{{2,}}ed|{PAST_IRREGULAR})\b"
)
# (with the name apposed to what the question was about, when a he/she follows: "Asked about the
# union's chief, Bo Stenvik, she smiled" is still hers, not his)
_ASKED = re.compile(
    r"(?:When\s+|After\s+being\s+)?[Aa]sked\s+(?:on\s+\w+\s+)?(?:about|whether|if|why|how|what|when|who|to)\b[^,;“”\"]*,"
    r"(?:\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,(?=\s+(?:he|she)\b))?"
)
# A clause the sentence opens with, before the main clause's subject: "Once he had moored the
# barge, Orrin Tesk …", "When she took the chair, Varga …". A he/she inside it, when a name is that
# subject, looks ahead to the name (or back past it); it is not what the sentence is about. (Not
# "As far as she knows, …", "As she sees it, …": whose view follows, the one before.)
_OPENING_CLAUSE = re.compile(
    r"\s*(?!As\s+far\s|As\s+(?:he|she)\s+(?:sees|saw|puts|put)\s+it\b)(?:Just\s+|Even\s+)?(?:As|When|Whenever|While|After|Before|Since|Because|Although|Though|Until|Unless|"
    r"Once|If)\s[^,;:“”\"]*,"
)
# The subject a main clause opens with: a run of capitalised words and then a verb in lower case
# ("Kiri Ashdale spoke"), or a person described ("the candidate said": a person noun among `words`).
_CLAUSE_NAME_SUBJECT = re.compile(
    r"\s*(?P<run>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:[a-z]+ly\s+)?(?P<next>[a-z][\w'’-]*)"
)
_CLAUSE_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)\s+[a-z]"
)
_SPEECH = re.compile(r"\b(?:said|says|told|added|wrote|asked)\b")
# A clause a sentence opens with, on a participle or a subordinator: "Pressed on whether he would
# cut the fees, …", "When she took the chair, …".
_OPENING_PARTICIPLE_OR_CLAUSE = re.compile(
    r"\s*(?:[A-Z][a-z]+ed\s|(?:Just\s+|Even\s+)?(?:As|When|Whenever|While|After|Before|Since|Because|Although"
    r"|Though|Until|Unless|Once|If)\s)[^,;:“”\"]*,"
)
# A family name written small after a given name, joined to its particle: "Yusuf al-Brenn".
_SMALL_JOINED = re.compile(rf"(?<=[A-Za-z.’'] )({JOINED_PARTICLES})-(?=[A-Z])")
# A name joined to what comes next as one subject: "Tomas Brel and Olin Pask", "Brel, the mayor, and
# his rival Pask", "Brel and his brother greeted Pask" (whether a person is joined, _joined_subjects says).
_JOINED_SUBJECTS = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,[^,;:“”\"]{1,60},)?\s+and\s+(?P<words>(?:[a-z-]+,?\s+){0,3})"
)
# Kin by gender: "his brother" may be "he", "his sister" not.
# A sentence whose words another source gives at its end ("…, the report said."): its subject is
# what the source told of, not a speaker "it" or "they" may stand for next.
_TRAILING_SOURCE = re.compile(
    r",\s+(?:the|a|an|its|their)\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+(?:said|says|reported|reports|added|wrote)"
    r"(?:\s+[A-Za-z]+){0,2}\s*[.!?]?\s*$"
)

_SUBJECT_ORG = re.compile(
    r"(?:The\s+)?(?!(?:A|An)\s)(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of|and|for|&)?\s*[A-Z][\w&.'’-]*){0,5})"
    r"(?:,\s+(?P<described>(?:the|a|an|which|who)\s+[^,]{1,80}),)?\s+(?:has\s+|had\s+|also\s+)?[a-z]+"
)

# What may stand before an office for it to name whoever the text is about: "former", "Senate
# minority", not a place ("the Russian president", "the New Jersey governor").
_UNPLACED = re.compile(
    r"(?:(?:[a-z][\w-]*|Senate|House|GOP|Republican|Democratic|Democrat|Majority|Minority)(?:\s+|$))*"
)


_SUBORDINATOR = r"(?:that|when|after|because|as|while|until|before|since|and|but|so)"
_CLAUSE_SUBJECT = re.compile(
    rf"\b{_SUBORDINATOR}\s+"
    rf"(?P<who>(?:(?:{NAME_TOKEN}|(?!{_SUBORDINATOR}\b)[a-z]+)\s+){{0,3}}{NAME_TOKEN}\s+{NAME_TOKEN})\s*$"
)
# The same with one word of a name, after a word of time or cause only ("three days after Vell
# told"; not "and Vell", one of two speakers, nor "that Vell", maybe a relative clause's).
# A comma part that opens on its verb: " did not name", " has long argued", " warned".
_OPENS_ON_VERB = re.compile(rf"\s*(?:did|does|has|had|was|is|[a-z]{{3,}}ed|{PAST_IRREGULAR})\b")
_CLAUSE_SURNAME = re.compile(rf"\b(?:{CLAUSE_IN_PASSING})\s+(?P<who>{NAME_TOKEN})\s*$")
# A comma part of "but" or "and" alone, perhaps with a word of time ("…, but now said"); one that
# opens on "who"; one that is a name alone, up to four words.
_JOINT_WORD = re.compile(r"\s*(?:but|and)(?:\s+(?:now|then|also|later|still|instead))?\s*")
_WHO_PART = re.compile(r"\s*who\s")
_BARE_NAME = re.compile(rf"\s*((?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN})\s*")
# The first one to three lower-case words after an owner's "'s" ("Vell's younger sister").
_FIRST_FEW_WORDS = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")

# The grade of a military rank: "1st Lt.", "2nd Sgt.", "Sgt. 1st Class" (words of no name).
_ORDINAL_RANK = re.compile(
    r"\b(?:1st|2nd|3rd|[4-9]th)\s+(?:Class\s+|(?=(?:Lt|Lieut|Sgt|Lieutenant|Sergeant|Mate|Officer)\b))"
)

_RELATIVE_OF = re.compile(
    rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN})*?['’]s\s+(?:[a-z]+\s+)?(?:son|daughter|wife|husband|brother|sister|father|"
    r"mother|widow|widower|nephew|niece|cousin|grandson|granddaughter|children|son-in-law|daughter-in-law)\b"
)
# A clause of time whose subject is a he/she, right before the verb of saying: "… when she said";
# or a clause a dash sets off, as a comma would: "Brant praised the crew -- but she said".
_WHEN_PRONOUN = re.compile(r"(?:\bwhen\s+|(?:[—–]|\s--)\s*(?:(?:but|and|yet)\s+)?)(?P<who>he|she)\s*$")
# A name set beside a relative just named: "Korvel's sister, Dana Korvel".
_APPOSED_NAME = re.compile(rf",\s+{NAME_TOKEN}\s+{NAME_TOKEN}")
# Never across "and": in "Holm and his sister greeted Tarrant", Holm says whose nobody is.
_OWNER_OF_NEXT = re.compile(
    rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN})*?(?:['’]s)?\s+(?P<nouns>(?:(?!and\s)[a-z][\w-]*,?\s+){{1,4}}){NAME_TOKEN}\s+{NAME_TOKEN}"
)

# "he told Vale", "she said of Vale", "he said, referring to Vale": whom the tag speaks to or of.
_TAG_OBJECT = re.compile(r"\w+\s+(?:[\w,]+\s+){0,2}?(?:told|tells|asked|asks|of|about|to)\s+")
_NAME_RUN = re.compile(rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN})*")
_FULL_NAME = re.compile(rf"\s*(?:{NAME_TOKEN}\s+)+{NAME_TOKEN}\s*")
# What stands in commas after a name: "executive director of …", "a Democratic super PAC", "62",
# the state after a town in wire style ("a pollster in Harlow, Ore.,", "… in Selkby, N.Y.,").
_APPOSED = re.compile(
    r"\s*(?:(?:the|a|an)\s|[a-z]|\d{1,3}\s*$|[A-Z][a-z]{1,3}\.(?:\s?[A-Z]\.)?\s*$|[A-Z]\.\s?[A-Z][a-z]?\.\s*$)"
)


def _names_someone(words: Sequence[str]) -> bool:
    """Whether these words (before an "of") name a person: a given name ("Carl Fox"), or a title
    or person noun followed by a capitalised word ("coach Fox", "the Rev. Lum", "Mayor Keller")."""
    if any(fold(w) in GIVEN_NAMES for w in words):
        return True
    return any(
        (w.lower().rstrip(".,") in TITLE_OR_OCCUPATION or person_noun(w) or re.fullmatch(r"[A-Z][a-z]{1,3}\.", w))
        and nxt[:1].isupper()
        and nxt.lower().rstrip(".,") not in TITLE_OR_OCCUPATION
        for w, nxt in itertools.pairwise(words)
    )


INDEFINITES = frozenset("a an one another".split())
_ONE_OF = re.compile(r"one of (?:two|three|four|several|many|those|these|the|his|her|their)\s+(.+)")


def _joined_subjects(text: str, start: int, end: int, gender: str) -> bool:
    """Whether the name at `start` and the name at `end` open a sentence as two people joined, or the
    first is joined to a person of that gender named by a noun: "Brel and Pask met", "Brel and his
    rival Pask", "Brel and his brother greeted Pask" (for "he"); not "Brel and his aides greeted Pask"
    nor "Brel and his sister greeted Pask"."""
    match = _JOINED_SUBJECTS.fullmatch(text, start, end)
    if match is None:
        return False
    words = match.group("words").replace(",", " ").split()  # "Brel and his rival, Pask,"
    while words and words[0] in DETERMINERS | {"a", "an", "fellow", "old", "longtime", "close"}:
        words.pop(0)
    if all(w in ROLE_WORDS or w in PERSON_HEADS or w in RELATION_NOUNS for w in words):
        return True  # only a title or a role before the second name
    head = words[0]
    return (head in PERSON_HEADS or head in RELATION_NOUNS) and KIN_GENDER.get(
        head, ROLE_GENDER.get(head, gender)
    ) == gender


# The one a speaker told or asked, by pronoun: "Quint told him.", "she asked her:" (not "told her
# supporters": whose they are). Someone else of that gender is in the exchange, and the next "he
# said" may be either.
_TOLD_VERBS = r"(?:told|tells|asked|asks|answered|answers|assured|reminded|warned)"
_TOLD_ONE = re.compile(rf"\b{_TOLD_VERBS}\s+(him|her)(?=\s*(?:[,.;:!?”\"]|that\b|$))")
_OBJECT = {"m": "him", "f": "her"}
# The verb a name is told or asked by, just before it (past a title): "told Ivo Darr", "asked Sen. Darr".
_TOLD_BEFORE = re.compile(rf"\b{_TOLD_VERBS}\s+(?:[A-Z][a-z]*\.\s+)?$")
_QUOTE_TAIL = " ,.”\"’'"  # what may follow a quotation's last word: "?" is told before them
# A clause telling what the speaker was asked, opening the sentence: "Asked by the host about the fees,".
_ASKED_OPENER = re.compile(r"\s*(?:When\s+|After\s+being\s+)?[Aa]sked\b[^,;“”\"]*,")
# A tag that tells of a question put to someone: "asked the host", "wanted to know".
_ASKING = re.compile(
    r"\b(?:ask(?:ed|s|ing)?|wanted\s+to\s+know|wonder(?:ed|s)|inquired|pressed|quizzed)\b", re.IGNORECASE
)
# A tag that says the one speaking goes on: "he added", "she continued", "he went on".
_GOES_ON_TAG = re.compile(
    r"\b(?:he|she)\s+(?:then\s+|later\s+|also\s+)?(?:added|adds|continued|continues|went\s+on|goes\s+on)\b"
)
# One asked by name ("asked Vell whether", "pressed Sen. Ida Vell on"): the next "he said" may be the
# one asking or the one answering.
_ASKED_ONE = re.compile(r"\b(?:asked|asks|pressed|presses|quizzed|grilled|interviewed)\s+(?:[A-Z][\w.'’-]*\s+)*$")
# A question put to someone, the one asked and what about: "asked Vell whether", "pressed Sen. Ida
# Vell on the fees", "asked him about", "quizzed the harbor master why". In news writing the words
# quoted next with a bare "he said" / "she said" are the answer: the one asked speaks, not the one
# asking. (Not a request, "asked Vell to resign", "asked Vell on Monday to resign": "on" only after
# the verbs that put a question, "pressed Vell on the fees"; nor a question without its object,
# "asked whether".)
_PUTS_A_QUESTION = r"asked|asks|pressed|presses|quizzed|questioned|grilled|grills"
_QUESTION_PUT = re.compile(
    rf"\b(?P<verb>{_PUTS_A_QUESTION})\s+"
    r"(?P<who>him|her|(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*)"
    r"\s+(?P<what>whether|if|about|why|how|what|when|where|who|on)\b"
)
_QUESTION_VERB = re.compile(rf"\b(?:{_PUTS_A_QUESTION})\b")  # (a cheap first look for `_QUESTION_PUT`)
_BODY_HEADS = ORG_HEADS | GENERIC_ORGS  # "asked the council whether": a body, no he/she
# The pronoun of each sex telling something in a sentence: "she said", "he recalled".
_TELLS = {
    sex: re.compile(rf"\b(?i:{word})\s+(?:said|says|told|tells|recalled|recalls|added|adds)\b")
    for sex, word in (("m", "he"), ("f", "she"))
}
# A tag after the pronoun saying it asks in turn ("“…?” he asked"): the asker going on.
_ASKS_AGAIN = re.compile(r"\s+(?:then\s+|also\s+)?(?:asked|asks|pressed|wondered|added|continued)\b")


# A clause of its own that a name opens after a comma's "and", "but" or "while", or a semicolon,
# perhaps with a role or a kin word before it ("…, and harbour chief Ines Varga runs …", "…, and
# her sister Ines Varga …"); only such words, for a verb there makes the name its object
# ("…, and thanked Ines Varga").
_DETERMINER = r"(?:" + "|".join(sorted(DETERMINERS, key=len, reverse=True)) + r")"
_HEAD_WORDS = sorted((re.escape(w) for w in ROLE_WORDS | PERSON_HEADS | RELATION_NOUNS), key=len, reverse=True)
_HEAD = r"(?:" + "|".join(_HEAD_WORDS) + r")"
_NEXT_CLAUSE_SUBJECT = re.compile(
    r"(?:,\s*(?:and|but|while|whereas|yet)|;)\s+(?:(?:" + _DETERMINER + r"\s+)?(?:[a-z-]+\s+)?" + _HEAD + r"\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}$"
)


NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bdeclined to|\brefused to|\bwould not)\s+(?:\w+\s+)?$")
_KEEP_COMMA = "\x1f"
# A statement denied for all: "Not even the mayor said …", "Nor did anyone say …".
_NOT_EVEN = re.compile(r"\s*(?:Not|Nor)\s+(?:even|one|once)\b")
# A speaker who is the subject of a clause of time inside the sentence: "The walkout began after
# Ruiz Logistics said …", "The strike ended when the company said …".
_SUBORDINATE_SUBJECT = re.compile(
    rf"\b(?:{CLAUSE_IN_PASSING})\s+(?P<who>(?:[A-Z]|(?:the|a|an|its|his|her|their)\s)[^,;]{{0,60}}?)\s*$"
)
# A capitalised run after "a"/"an" and a relative: "a leading Harbor Party Liberal who", "a Tulsa
# Democrat who": what kind of person someone is, which the indefinite article shows is no name.
_KIND_BEFORE_WHO = re.compile(
    r"\b(?:[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*\s+(?:who|that)\s*$"
)
# A body written small after "the": "the ministry", "the water board".
_UNNAMED_BODY = re.compile(
    rf"the\s+(?P<body>(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(map(re.escape, ORG_HEADS)))}))(?:\s+(?:has|have|had))?"
)
_LISTED_NAME = re.compile(
    r"\b(?:Ministry|Department|Office|Commission|Committee|Bureau) of [A-Z][\w’'-]+(?:, [A-Z][\w’'-]+)+,? and [A-Z]"
)


def with_title(who: Speaker, apposed: Sequence[str]) -> Speaker:
    """A person named without a title, with the one the commas after the name give ("Ana Vell,
    70, chairman of the dock board, said"): the first apposed phrase holding an office's word."""
    if who.kind != "person" or who.role is not None:
        return who
    for phrase in apposed:
        phrase = phrase.strip()
        if _RELATIVE_OPENING.match(phrase):
            return who  # "Ana Vell, whose husband, the mayor, …": a clause of her own ends the apposition
        # The office must head the phrase: "chairman of the dock board", "the ferry line's chairman",
        # "chief financial officer of the line", not "a rival of the governor" nor "who beat the mayor".
        if len(phrase.split()) <= 12 and any(w in ROLE_HEADS for w in _head_words(phrase)):
            return Speaker(who.name, re.sub(r"^(?:the|a|an)\s+", "", phrase), "person", who.sure)
    return who


def _head_words(phrase: str) -> list[str]:
    """The words of a noun phrase up to a preposition or a relative clause after its head: "the
    chairman" of "the chairman of the board", "the", "board's", "co", "chairman" of "the board's co-chairman"."""
    return re.split(r"[\s-]+", _AFTER_HEAD.split(phrase.lower(), maxsplit=1)[0])


_RELATIVE_OPENING = re.compile(r"(?:who|whom|whose|which|that|where|when)\b", re.IGNORECASE)
_ASIDE = re.compile(r"\s*(?:who|whom|whose|which)\b")
_ENDS_NAMED = re.compile(rf"(?<![\w.’'-]){NAME_TOKEN}\s*$")
# Where a noun phrase's head has come: a preposition or a relative clause after it.
_AFTER_HEAD = re.compile(r"\s(?:of|for|to|at|in|on|from|with|under|by|since|who|whom|whose|which|that)\s")


# Bodies of the state and bodies of citizens: "the group" or "the association" that wrote is never
# the office or ministry it wrote to or about, nor "the office" a group.
_STATE_HEADS = frozenset(
    """office department ministry agency bureau administration court tribunal commission authority
    authorities service embassy presidency government cabinet secretariat parliament senate congress
    police army military pentagon kremlin palace""".split()
)
_CIVIL_NOUNS = frozenset(
    """group association organization organisation coalition alliance society foundation charity union
    league federation guild movement club nonprofit""".split()
)


def _fits_kind(noun: str, name: str, described: str) -> bool:
    """Whether "the <noun>" can stand for the body `name` (described as `described`): a group of
    citizens is not a state office ("the group" is not the Office of Coastal Works), nor the reverse."""
    words = described.lower().split()
    if noun in words:
        return True
    # What the body is said to be in commas by its name rules out the other kind: "Orvane, the
    # cider company, …" is no "union", "the Pilots' Association, a union, …" no "company".
    said_to_be = {w.strip(".,") for w in words}
    if (noun in _CIVIL_ONLY and said_to_be & _BUSINESS_ONLY) or (noun in _BUSINESS_ONLY and said_to_be & _CIVIL_ONLY):
        return False
    head = name.split(" of ")[0].split()[-1].lower() if name.split() else ""
    if noun in _CIVIL_NOUNS:
        return head not in _STATE_HEADS
    if noun in _STATE_HEADS:
        return head not in _CIVIL_NOUNS
    return True


_CIVIL_ONLY = _CIVIL_NOUNS - COMPANY_NOUNS
_BUSINESS_ONLY = COMPANY_NOUNS - _CIVIL_NOUNS


# A sentence whose subject is a person it describes and does not name: "A nurse at the dock,
# who would not be named, said …", "One teacher shrugged", "Outside, a woman who …".
_UNNAMED_SUBJECT = re.compile(
    r"\s*(?:(?P<opener>[A-Z][a-z]+),\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][\w-]*)"
    r"(?=\s+(?:at|of|in|from|outside|inside|near|on|who|with|said|says|told|was|is|had|has|did|\w+ed)\b|,)"
)
_UNNAMED_GENDER = {
    **dict.fromkeys("man boy waiter gentleman father husband son brother grandfather".split(), "m"),
    **dict.fromkeys("woman girl waitress lady mother wife daughter sister grandmother".split(), "f"),
}
_UNNAMED_PEOPLE = frozenset(
    """man woman boy girl person waiter waitress lady gentleman cashier bartender clerk shopper customer
    passerby bystander onlooker attendee""".split()
)


# A sentence opening on a person it describes by a bond or a post ("His aunt, Edda, 63, …", "His
# wife said …", "The dock foreman, known only as Piet, …"): its subject, whom the text does not name.
# Bonds and posts a person is described by that `person_noun` does not list (it reads titles and
# trades), with the sex some of them tell.
_BONDS = frozenset(
    """friend neighbour neighbor colleague partner cousin deputy treasurer assistant lawyer attorney skipper
    mate keeper baker""".split()
)
_BOND_GENDER = {**_UNNAMED_GENDER, "uncle": "m", "nephew": "m", "aunt": "f", "niece": "f"}
_DESCRIBED_OPENER = re.compile(
    r"\s*(?:(?:In|On|At|After|During|Later|Earlier|But|And|Yet)\b[^,;:“”\"]{0,60},\s+|(?:But|And|Yet)\s+)?"
    r"(?:[Hh]is|[Hh]er|[Tt]heir|The)\s+(?P<words>(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w-]*)(?P<next>,|\s+[a-z]+\b)"
)


def _described_opener(sentence: str, gender: str) -> bool:
    """Whether `sentence` opens on a person of `gender` (or of either sex) it describes by a bond
    or a post, not by a full name ("His aunt, Edda, sold the nets to Vell."): a he/she
    after it may mean that one as well as anyone the sentence names later. A full name in commas
    names them ("His aide, Ned Arkell, said"); a given name alone does not tell the reader who of
    the people named they are not."""
    found = _DESCRIBED_OPENER.match(sentence)
    if found is None:
        return False
    # the person word among the first few ("The night-shift dock foreman", "His former aide")
    head = next((w for w in found.group("words").split() if w in _BOND_GENDER or w in _BONDS or person_noun(w)), None)
    if head is None:
        return False
    rest = sentence[found.end("words") :]
    if re.match(rf"(?:\s+[a-z][\w-]*){{0,3}},\s+(?:[a-z]+\s+){{0,3}}{NAME_TOKEN}\s+{NAME_TOKEN}", rest):
        return False  # "His aide, Ned Arkell, …", "The guild's chief of staff, Ines Quarle, …": named
    close = re.match(rf"((?:\s+[a-z][\w-]*){{0,2}})\s+{NAME_TOKEN}\s+{NAME_TOKEN}", rest)
    last = (found.group("words") + close.group(1)).split()[-1] if close else ""
    if close and (last in _BOND_GENDER or last in _BONDS or person_noun(last)):
        return False  # "The veteran ferry skipper Ned Arkell …": named, the name going with the post
    return _BOND_GENDER.get(head, gender) == gender


def _unnamed_subject(sentence: str, gender: str) -> bool:
    """Whether `sentence` opens on a person of either sex or of `gender` that it describes
    without a name: whom a he/she after it may mean as well as anyone named before."""
    found = _UNNAMED_SUBJECT.match(sentence)
    if found is None or (found.group("opener") or "the").lower() not in NOT_NAMES:
        return False  # "Vell, a senator, said": Vell is named ("Outside, a woman …" is not)
    if re.match(rf"[^.;:“”\"]*?,\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN})*(?![’'\w])", sentence[found.end() :]):
        # "One deckhand, Ines Marr, …", "A man who paid, Karim, …", "A harbor pilot by trade, Vell
        # argued …": named after all
        return False
    if re.match(rf"[^.;:“”\"]*?\b(?:asked|asks|pressed|questioned)\s+{NAME_TOKEN}", sentence[found.end() :]):
        return False  # "A deckhand pressed Vell on the fees; he answered …": the one asked answers
    head = found.group("head").lower()
    if not (head in _UNNAMED_PEOPLE or head in _UNNAMED_GENDER or person_noun(head)):
        return False
    return _UNNAMED_GENDER.get(head, gender) == gender


def _clause_about(words: list[str]) -> bool:
    """Whether the lower-case words of a run before a name say whom the speaker is to the named
    one, not what the named one is: a kin noun and "of" ("the widow of firefighter …"), or a
    participle opening a clause ("the lawyer suing …"): one after a person's noun, or with more
    than a word between it and the run's last word (a participle of a title goes right before
    what it qualifies: "policy planning director", "acting harbour master")."""
    for i, word in enumerate(words[:-1]):
        if TITLE_RUN_VERB.fullmatch(word):
            before = any(w in _PEOPLE_WORDS or person_noun(w) or person_noun(w.removesuffix("s")) for w in words[:i])
            if before or len(words) - i > 3:
                return True
    return any(w in KIN_NOUNS and nxt == "of" for w, nxt in itertools.pairwise(words))


_PEOPLE_WORDS = frozenset("man woman men women people".split())
_BARE_PERSON = frozenset(("the man", "the woman"))
# A he/she is read from its own sentence and the three before (`_PRONOUN_REACH`), and from one more
# for each sentence between that the same pronoun opens, up to `_PRONOUN_CHAIN` more.
_PRONOUN_REACH = 4
_PRONOUN_CHAIN = 3


# Every title the sentence splitter knows to come before a name, as written: "Supt. Ana Pask" is Ana
# Pask whether or not her given name is known ("Mt.", "Ft." begin a place, not a title; "the Rev. Pat
# Lum" keeps the title the name is written with).
_DOTTED_TITLES = frozenset(f"{t}." for t in TITLE_ABBREVIATIONS if t not in ("Mt", "Ft", "Rev"))
# The words that make an office a past one: "the former mayor", "the onetime governor".
_FORMER = re.compile(r"\b(?:former|onetime|one-time|erstwhile|ex)\b", re.IGNORECASE)

# What speaks for a paper in its own voice: "the editorial board", "the paper's editorial", "the
# newspaper's editorial page" (not "an editorial writer", one person, nor "the editorial's author").
_EDITORIAL_VOICE = re.compile(r"(?:(?:news)?paper['’]s\s+)?editorial(?:\s+(?:board|page|writers))?", re.IGNORECASE)


# What a paper does with an editorial of its own: "ran a long editorial", "said in an editorial" (not
# "mocked an editorial", someone else's).
_EDITORIAL_VERB = (
    r"(?:ran|runs|published|publishes|printed|prints|said|says|wrote|writes|argued|argues|urged|urges|warned|warns)"
)


def _runs_editorial(outlet: str) -> re.Pattern[str]:
    """Where the text ties an editorial to `outlet` itself: "the Ledger's editorial board", "a Varnese
    Ledger editorial", "In an editorial on Sunday, the Ledger …", "The Ledger said in an editorial",
    "The Gazette ran a long editorial". Not an editorial others wrote in it ("Quarle wrote an
    editorial for the Ledger", "a guest editorial in the Ledger") nor one it reports on ("The Ledger
    reported that the guild had run an editorial"): a paper's news pages are not its position."""
    name = rf"(?:[Tt]he\s+)?{re.escape(outlet)}"
    return re.compile(
        rf"{name}(?:['’]s)?\s+editorial"
        rf"|\b(?i:in)\s+(?:an|its)\s+editorial\b[^.,;“”]{{0,25}},\s+{name}\b"
        rf"|{name}\s+(?:{_EDITORIAL_VERB}\s+)(?:in\s+)?(?:an?|its)\s+(?:(?!guest\b|rival\b)[a-z-]+\s+){{0,2}}?editorial\b"
        r"(?!\s+(?:by|from|for|written)\b)"
    )


# What may open a sentence before an outlet's name: "Then Varnese Ledger …", "On Monday Varnese
# Ledger …" (a "The" inside the run says where the name starts: "On Monday The Ledger").
_BEFORE_OUTLET = re.compile(
    r"^(?:(?:In|On|At|As|By|For|From|Then|But|And|So|Yet|Now|Also|Last|This|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\s+)+"
)


def _outlet_name(found: str) -> str:
    """An outlet's name as `OUTLET_NAME` found it, without what opens its sentence or its "The"."""
    the = re.search(r"(?:^|\s)The\s+(?!.*\sThe\s)", found)
    return found[the.end() :] if the else _BEFORE_OUTLET.sub("", found)


# A report of what someone did, before their name: "The Ledger said Quint sent a letter".
_REPORTED_LEAD = re.compile(rf"\b(?:{SAY}|reported|reports)\s+(?:that\s+)?$")

# What stands before a paper as its verb's object: "a", "its two-page", not "a photo of the".
_PAPER_OBJECT = r"(?:an?|the|its|his|her|their)\s+(?:(?!of\b)[\w’'-]+\s+){0,3}?"

# What a person has that speaks for them: "his campaign said", "her office said".
_OWNED_BODIES = frozenset("campaign office administration team".split())


# A he/she reading made across sentences that name no fitting one (`Quote.how`): "he/she: the one
# who spoke, 2+ back" (not one carried by a chain of sentences the same pronoun opens).
_READ_PAST = re.compile(r"he/she: [^,]*, 2\+ back$")


def _by(who: Speaker | None, how: str) -> Speaker | None:
    """`who` marked as named by the reading `how`, unless a reading within it already marked them."""
    return who if who is None or who.how else replace(who, how=how)


def _back(here: int, index: int, near: int) -> str:
    """How far back a he/she was read: "here" (its own sentence), "1 back", "2+ back" along a chain
    of sentences the pronoun opens, "2+ back" past it."""
    if index >= here - 1:
        return "here" if index == here else "1 back"
    return "2+ back, chained" if index >= near else "2+ back"


# A name in commas after "said <phrase>": ", Tom Abara." (`Resolver.named_after`)
APPOSED_NAME = re.compile(rf",\s+((?:[a-z]+\s+){{0,2}}{NAME_TOKEN}(?:\s+{NAME_TOKEN})+)\s*(?:[,.;]|$)")
# The nouns a description serves ("a spokesman for the governor", "an aide to the senator", "the
# lawyer representing the defendant"): each stands after one of these words.
_SERVES = re.compile(r"\b(?:for|to|of|representing|with|behind)\s+")
# People a lawyer or a spokesman speaks for that no title list holds.
_CLIENTS = frozenset("victim defendant plaintiff accused suspect client child".split())
# … the heads of that nearest noun phrase which name a person, or people
_SERVED = PERSON_HEADS | RELATION_NOUNS | TITLE_TAILS | _CLIENTS | PLURAL_SOURCES


def _serves_a_person(phrase: str) -> bool:
    """Whether the description speaks for or of a person ("a spokesman for the prime minister",
    "the lawyer for the family of the victim", "an aide to the team's owner"). A name in commas
    after it stands beside that nearest person as readily as beside the speaker: "…, said a
    spokesman for the port director, Ivo Brandt" is Brandt's spokesman, not Brandt."""
    for part in _SERVES.split(phrase)[1:]:
        words = part.split()
        head = re.sub(r"[’']s?$|[^\w-]", "", words[-1].lower()) if words else ""
        if head in _SERVED:
            return True
    return False


def guessed_for(who: Speaker, named: Speaker, phrase: str) -> bool:
    """Whether a description read as someone else stands before the name in commas that says who
    it is: "The paper's editor, Rika Sonn, wrote": Sonn, whoever "the paper's editor" alone would
    have been taken for."""
    described = re.match(r"(?:the|a|an|his|her|its|their)\s", phrase, re.IGNORECASE) is not None
    return described and not set(who.name.split()) & set(named.name.split())


_NOT_A_MOOD = re.compile(rf"[Aa]n?\s+(?:{'|'.join(sorted(WHICH_OF_A_FAMILY))})\s")
# What a person named just before is, set in commas before "who": with an article ("the ranking
# member of the panel") or a post without one ("leader of the Harbor Party", "chairman of the
# board"); never a phrase that opens on a preposition or a verb ("according to the mayor",
# "speaking to reporters").
_APPOSED_ROLE = re.compile(r"\s*(?:(?:the|a|an)\s+[A-Za-z]|[a-z]+\s+(?:of|for|at)\s)")
# Before "which" only a phrase with an article ("Tiel Shipping, the largest firm in the port, which
# said"): a bare post ("chairman of Tiel Shipping, which said") is the body's own name.
_APPOSED_ROLE_BEFORE_WHICH = re.compile(r"\s*(?:the|a|an)\s+[a-z]")


# A name that goes on into a clause: a past verb, or a lower-case word after a capitalised one
# (not an article) that is no particle or joining word of a name ("Orr sued the Harbor Authority",
# "group criticized the Harbor Party"; but "Bank of Tiel", "Omar al Brenn", "A spokesman for Ida Marsk").
_CLAUSE_IN_NAME = re.compile(
    rf"\b[a-z]{{3,}}ed\b|(?<![\w’'.-])(?!(?:A|An|The|One|Another)\b){NAME_TOKEN}"
    rf"\s+(?!(?:{PARTICLES}|of|for|and|the|on|in|at|y|against|to|without|with|from|over|under)\b)[a-z]+\b"
)
# A participle aside that tells who runs a body: "led by Tomas Brel", "headed by Ida Marsk".
_LED_BY = re.compile(r"\s*(?:led|headed|run|chaired|founded|owned|directed|managed)\s+by\s+[A-Z]")


# A title and the place it is from: "senator from Orlen", "state delegate from Tiel Bay".
_ROLE_FROM_PLACE = re.compile(
    rf"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+from\s+(?P<place>{NAME_TOKEN}(?:\s+{NAME_TOKEN})?)"
)


def _given_name_first(who: Speaker) -> bool:
    """A person's name by its first word, a given name ("Ida Marsk"), not a body's ("Tiel Shipping")."""
    words = who.name.split()
    return who.kind == "person" and len(words) >= 2 and fold(words[0]) in GIVEN_NAMES


def _several_apposed(named: str, apposed: str) -> bool:
    """Whether what stands in commas after `named` tells of several ("members of the board"), or
    `named` joins two ("Tomas Korvel and Ida Marsk"): then "who" is all of them, not the last one."""
    words = apposed.split()
    cut = next((k for k, w in enumerate(words) if w in ("of", "for", "at", "from", "in", "on", "with")), len(words))
    head = words[cut - 1].strip(",") if cut else ""
    return (head.islower() and head.endswith("s") and not head.endswith("ss")) or re.search(
        r"\band\s+(?:[A-Z]|the\b)", named
    ) is not None


# A relative the text speaks of ("Her son also works the boats"): one who may share the family name.
_KIN_WORDS = "|".join(sorted(KIN_NOUNS - {"colleague", "friend", "neighbor", "neighbour", "partner"}))
_KIN = re.compile(
    rf"\b(?:grand|great-grand|step|half-)?(?:{_KIN_WORDS})s?\b",
    re.IGNORECASE,
)


# A relative or friend of someone, then their full name: "his nephew Joran el Hadi", "her friend
# Ada Brisk Orvell" (two or three capitalised words, a particle between).
_KIN_THEN_NAME = re.compile(
    rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|longtime|childhood|close|best|older|younger|eldest)\s+)?"
    rf"(?P<kin>{'|'.join(sorted(KIN_NOUNS))})\s+"
    rf"(?P<name>[A-Z][a-z][\w'’-]+(?:\s+(?:{PARTICLES}\s+)?[A-Z][a-z][\w'’-]+){{1,2}})"
)


def _looks_like_a_name(name: str) -> bool:
    """Whether capitalised words may be a person's name: no day, month, place, title or body word."""
    words = [w.lower() for w in name.split() if w[:1].isupper()]
    return not any(
        w in NOT_NAMES or w in PLACES or w in ROLE_WORDS or w in ORG_HEADS or w in BUSINESS_HEADS for w in words
    )


# An aside in dashes just before the verb, after the subject: "Vell — never one to mince words —"
_DASH_ASIDE = re.compile(rf"{DASH_ASIDE}\s*$")


class Resolver:
    def __init__(self, page: Page, cast: Cast, ledger: Ledger) -> None:
        self.page = page
        self.cast = cast
        self.ledger = ledger
        self.sentences = [(s.start, s.end, s.paragraph) for s in page.sentences]
        self._popes: list[tuple[int, str, bool]] | None = None  # "Pope <name>" mentions, found once
        self._lone_given: set[str] = set()  # given names the text uses alone, found with them
        # The sentences whose he/she was read only by a guess (a shared family name, a long chain,
        # any reading not sure):
        # a pronoun going on from their statements is no surer.
        self._chained: set[int] = set()
        self.rivals = Rivals(page, cast, ledger, self.sentences)

    def named_after(self, who: Speaker | None, phrase: str, tail: str, at: int, shown: bool = False) -> Speaker | None:
        """The person a name in commas after the speaker phrase of "said <phrase>" says it is
        ("said the group's director, Tom Abara": Abara, whoever the description alone would be
        taken for; "asked the host, Felix Varn"), or None. `tail` is what follows the phrase; `who`
        the phrase's own reading. Over a description read as someone, and wherever `shown` is asked
        for, only a name the text shows as a person's (a given name, a gender, a role): not "said
        the senator, the Varn Democrat", "said the mayor, Aske Town Hall". Never where the description
        speaks for a person the name may be (`_serves_a_person`)."""
        only_as = NAMED_ONLY_AS.match(phrase.strip() + tail)
        if only_as and only_as.end("name") > len(phrase.strip()):
            return Speaker(only_as.group("name"), None, "person")  # "said a welder who gave his first name as Tomo"
        named = APPOSED_NAME.match(tail)
        if named is None or _serves_a_person(phrase):
            return None
        # (a full stop that ends the sentence is not the name's: "…, Toma Veller.", but "Jr." is)
        apposed = self.resolve(re.sub(r"(?<=[a-z]{2})\.$", "", named.group(1)), at)
        if apposed is None or apposed.kind != "person":
            return None
        someone = who is not None and who.kind == "person"
        if (shown or someone) and not self.cast.is_person(self.cast.person_key(apposed.name) or ""):
            return None
        if someone and who is not None and not guessed_for(who, apposed, phrase):
            return None
        return Speaker(apposed.name, phrase.strip(), "person")

    def resolve(self, phrase: str, at: int, appositive: str | None = None) -> Speaker | None:
        """A speaker phrase -> who it is, or None when the text does not say."""
        raw = phrase
        only_as = NAMED_ONLY_AS.fullmatch(clean(phrase))
        if only_as:
            return Speaker(only_as.group("name"), None, "person")  # "a welder who gave his first name as Tomo"
        phrase = clean(RELATIVE.sub("", phrase))
        phrase = _ORDINAL_RANK.sub("", phrase)  # "Air Force 1st Lt. Tomas Brell": the rank's grade, no name
        if len(phrase) > 120 or any(ch in phrase for ch in '“”"()'):
            return None
        if ":" in phrase:
            return None  # "The tally had a twist: older pilots": what comes before a colon is no speaker's name
        if re.match(r"(?:of|from|in|at|near)\s+[A-Z]", phrase):
            return None  # "Odile Fenwarth, 41, of Marlow, Ore., said": a place, not who spoke
        if re.match(r"(?:on|via|through|over)\s+[A-Z]", phrase):
            return None  # "Tam Orr, a trader, said on Chirper that …": where it was said, not who said it
        if PARTY_TAG.fullmatch(phrase):
            return None  # "Sen. Chris Murphy, D-Conn., said": the party and state, not the speaker
        if not phrase and not appositive:
            return None
        if phrase.lower() in _BARE_PERSON and phrase == clean(raw) and not appositive:
            # "“…,” said the woman": a writer calls one they have named by name; a bare "the man",
            # "the woman" is one they have not, never a name met before.
            return Speaker(phrase.lower(), None, "anonymous")
        # "…, who gave only his first name, Mike, said": the relative clause names no one itself.
        who = self._resolve(phrase, at) if phrase else None
        medium = re.fullmatch(
            rf"(?P<who>.+?)\s+(?:on|via|through|over)\s+(?P<where>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})", phrase
        )
        if who is not None and medium and who.name == medium.group("where"):
            who = self._resolve(medium.group("who"), at)  # "…, wrote Tam Orr on Chirper": Tam Orr, not the platform
        if appositive:
            apposed = clean(appositive)
            only_name = re.fullmatch(rf"(?:[a-z]+\s+){{0,3}}(?:{NAME_TOKEN}\s+)*{NAME_TOKEN}", apposed)
            if only_name and any(w[:1].islower() and w not in TITLE_LOWER | OCCUPATION_WORDS for w in apposed.split()):
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
                and not is_organisation(apposed)
            ):
                return Speaker(apposed, None, "person")  # "A man …, who asked to be named only as Karim,"
            # "Brazil's climate envoy, Ana Toni, said": the name in commas is the speaker.
            if (
                named
                and named.kind == "person"
                and (who is None or who.kind != "person" or guessed_for(who, named, phrase))
            ):
                return Speaker(named.name, phrase, "person")
            described_org = re.match(r"^(?:an?|the)\s+", phrase.lower()) and phrase.lower().split()[-1] in (
                ORG_HEADS | GENERIC_ORGS
            )
            if described_org and re.fullmatch(rf"{NAME_TOKEN}(?:\s+(?:of|and|for)?\s*{NAME_TOKEN})*", apposed):
                # "The pilots' union, VNV, said": VNV, which "the union" will mean later.
                return Speaker(apposed, re.sub(r"^(?:an?|the)\s+", "", phrase, flags=re.IGNORECASE), "organisation")
            first_words = apposed.lower().split()[:4]
            if (  # "ASML, the Dutch company that …,": what "the company" will mean later
                who is not None
                and who.kind == "organisation"
                and who.role is None
                and first_words[:1] in (["a"], ["an"], ["the"])
                and any(w in ORG_HEADS | GENERIC_ORGS | ORG_KINDS for w in first_words[1:])
            ):
                return Speaker(who.name, RELATIVE.sub("", re.sub(r"^(?:an?|the)\s+", "", apposed)), "organisation")
            if who is not None:
                return with_title(who, [apposed])
        return who

    def _resolve(self, phrase: str, at: int) -> Speaker | None:
        lower = phrase.lower()
        if re.fullmatch(r"(?:he|she|it|they)['’](?:s|d|ll|ve|re)", lower):
            return None  # "He’s said …" ("he has said"): a pronoun, not a name; a chain read from it is not sure
        if lower in ("he", "she"):
            return self._unsure_if_rivalled(self._pronoun(lower, at), lower, at)
        if lower in ("it", "they"):
            return self._group_pronoun(lower, at)
        if lower in ("several", "many", "most", "some", "a few", "few", "both", "all"):
            return self._some_of(at)
        if re.fullmatch(r"one of (?:them|those|the \w+)", lower):
            group = self._some_of(at)  # "Two officials said … One of them said": one of those two
            if group is None:
                return None
            rest = re.sub(r"^the\s+", "", group.name, flags=re.I)
            first = rest.split()[0]
            if first.lower() in COUNT_WORDS:  # "one of three diplomats", not "one of Three diplomats"
                rest = first.lower() + rest[len(first) :]
            return Speaker("one of " + rest, None, "anonymous")
        if lower in ("i", "we", "you", "one", "this", "that", "there", "who", "which", "what"):
            return None
        kind_named = re.match(rf"^[Tt]he\s+((?:[\w-]+\s+){{1,4}}?)((?:{NAME_TOKEN}\s+)*{NAME_TOKEN})$", phrase)
        if kind_named and kind_named.group(1):
            kinds = kind_named.group(1).split()
            if kinds and kinds[-1].islower() and kinds[-1] in ORG_HEADS | GENERIC_ORGS | ORG_KINDS:
                # "the European border agency Frontex" (but "the Semiconductor Industry Association" is one name)
                return Speaker(self.cast.expand(kind_named.group(2)), None, "organisation")
        maker = _STATEMENT_BY.match(phrase)
        if maker:  # "a statement from the White House said": the White House did
            return self._resolve(split_addressee(maker.group(1), paper_named=True)[0], at)  # never its addressee
        paper, addressee = split_addressee(phrase)
        if addressee:  # "the guild's letter to the Harbor Authority said": whoever sent it, never its addressee
            owner = re.match(rf"^(?P<owner>.+?)['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_PAPERS})s?$", paper)
            return self._resolve(owner.group("owner") if owner else paper, at)
        words = lower.split()
        first = words[0]
        issued = BODY_PAPER.fullmatch(phrase)
        if issued and issued.group("body").lower() in STATE_BODIES:
            body = self._body_named(issued.group("body"), at)  # "a Cabinet statement said": the Thai Cabinet
            if body is not None:
                return body
        known_as = KNOWN_AS.fullmatch(phrase)
        if known_as:  # "the dock foreman known as Tam", "a guard identified only as Ruben"
            head = re.search(r"(\S+)\s+(?:known|identified|named)\s", phrase)
            if head is None or not (person_noun(head.group(1)) or head.group(1).lower() in PEOPLE_KNOWN_AS):
                return None  # "the group known as Tidewatch", "the inn known as Anchor House": no person
            return Speaker(re.sub(r"(?<=[a-z]{2})\.$", "", known_as.group("name")), None, "person")
        mood = MOOD_BEFORE_NAME.match(phrase)
        if mood:
            # "“…,” an angry Quarle said", "A weary Quarle said, “…”": a word of mood between an
            # article and the name of one the text has named before (`clean` reads the full-name
            # form, "a tearful Ada Brisk"). Only a person the text knows by that name: "a proud
            # New Yorker" is a kind of person, "a younger Quarle" another one (MOOD_BEFORE_NAME).
            name = phrase[mood.end() :]
            if _NOT_A_MOOD.match(phrase, mood.start(), mood.end()) or _KIN.search(self.page.text):
                return None  # "a rival Brell", "a young Quarle"; a relative the text speaks of may share the name
            named = self._named(name, at)
            if named is not None and named.kind == "person" and self.cast.person_key(name) is not None:
                return named
            return None
        if first in ("a", "an", "one", "another", "some", "several", "many", "most", "two", "three", "other"):
            return self._described(phrase)
        owner = POSSESSIVE.match(phrase)
        aged = re.fullmatch(rf"[Tt]he\s+\d{{1,3}}-year-old\s+((?:{NAME_TOKEN}\s+)*{NAME_TOKEN})", phrase)
        if aged:
            # "said the 46-year-old Brann": a wire names one it has named before by age and surname
            # (only a person the text knows by that name: "the 52-year-old Democrat" is no name)
            named = self._named(aged.group(1), at)
            if named is None or named.kind != "person":
                return None
            surname = aged.group(1).split()[-1]
            if sum(1 for person in self.cast.people.values() if person.name.split()[-1] == surname) > 1:
                return None  # "Ilse Brann … Otto Brann, 52, …": the age alone tells which Brann
            known = named.name != aged.group(1) or self.cast.person_key(aged.group(1)) is not None
            return named if known else None
        if first == "the" and re.search(rf"\s{NAME_TOKEN}\s+{NAME_TOKEN}$", phrase) and not owner:
            named = self._named(phrase.split(None, 1)[1], at)  # "the envoy Ana Toni"
            if named is not None and named.kind == "person":
                return named
        if first == "the" or (owner and owner.group("owner").lower() in ("its", "his", "her", "their")):
            return _by(self._definite(phrase, at), "the …: other")
        if first in ("his", "her", "their") and re.search(rf"\s{NAME_TOKEN}\s+{NAME_TOKEN}$", phrase):
            named = self._named(phrase.split(None, 1)[1], at)  # "his friend Mahamat Saleh Oumar"
            if named is not None and named.kind == "person":
                return named
        kin_named = _KIN_THEN_NAME.fullmatch(phrase)
        if kin_named and _looks_like_a_name(kin_named.group("name")):
            # "his nephew Joran el Hadi", "her cousin Tovan Beck Ulm": the kin word says a person
            # is named after it, whatever the given name
            return Speaker(kin_named.group("name"), kin_named.group("kin"), "person")
        if first in ("its", "his", "her", "their"):
            return _by(self._definite(phrase, at), "the …: other")
        if owner and first in PLURAL_SOURCES:
            return self._described(phrase)  # "officials in the governor's office": those officials
        if owner and not re.match(rf"^{NAME_TOKEN}(\s+&?\s*{NAME_TOKEN})*$", owner.group("owner")):
            return None
        if owner:
            rest = owner.group("rest")
            rest_words = rest.lower().split()
            if owner.group("owner").lower() in NOT_NAMES:
                return None
            if (rest_words and rest_words[-1] in ORG_HEADS | {"force"}) or is_organisation(rest):
                return Speaker(phrase, None, "organisation")
            if rest_words and rest_words[-1] in PLURAL_SOURCES:
                return Speaker(phrase, None, "group")  # "Quarle's aides": people of hers, not Quarle
            if rest[-1:].isalpha() and rest.split()[-1][:1].isupper():
                return self._named(rest, at)
            if rest_words and (rest_words[-1] in ROLE_HEADS or rest_words[-1] in SOURCE_HEADS):
                return _by(self._definite(phrase, at), "the …: other")
            return None
        return self._named(phrase, at)

    def described(self, phrase: str, bodies: bool = True) -> Speaker | None:
        """A description of a speaker that the text does not tie to a name — "the governor", "the
        46-year-old", "his nephew", "the lawsuit", "the ad's narrator", "one district GOP leader",
        "one of two witnesses" — as the source the text gives: anonymous, so it is never taken for a
        named actor (nor shown on the page). None when the phrase is not such a description (a
        time, a place, a clause). Read only off the words just after a quote."""
        phrase = HERE_THERE.sub("", clean(RELATIVE.sub("", phrase)))  # "a Western ambassador here"
        words = phrase.split()
        if not 2 <= len(words) <= 6 or any(ch in phrase for ch in '“”"()'):
            return None
        of_them = _ONE_OF.fullmatch(phrase.lower())
        if of_them and re.search(r"[a-z]s$", of_them.group(1)) and person_noun(of_them.group(1).split()[-1][:-1]):
            return Speaker(phrase, None, "anonymous")  # "one of two witnesses", "one of those advisers"
        if words[0].lower() not in DETERMINERS | INDEFINITES:
            return None
        rest = words[1:]
        # Lower-case words, or capitalised ones that qualify the head ("the Florida senator",
        # "the Senate minority leader", "the Texan"): never a name ("the base chief Bob").
        head = rest[-1].lower().strip(".,")
        if rest[-1][:1].isupper() and not person_noun(head):
            return None
        if any(w.lower() in ("of", "and", "or", "who", "which", "that", "when", "after") for w in rest):
            return None
        bare = head.split("’")[-1].split("'")[-1]
        aged = re.fullmatch(r"\d{1,3}-year-old", bare) is not None
        thing = bare in SPEAKING_THINGS
        # "the company", "the group" that `resolve` tied to no body the text names: the body as the
        # text gives it (a reader takes "the group" for its source), and no one a later he/she means
        body = bodies and words[0].lower() == "the" and len(words) == 2 and bare in GENERIC_ORGS
        if not (aged or thing or body or person_noun(bare) or bare in RELATION_NOUNS | SOURCE_HEADS):
            return None
        if bare.endswith("s") and plural(phrase):
            return Speaker(phrase, None, "group")
        return Speaker(phrase, None, "anonymous")

    def _described(self, phrase: str) -> Speaker | None:
        words = [w.strip(".,").lower() for w in re.split(r"[\s-]+", phrase)]
        # The description's own words, before what it is of or close to ("a source close to the
        # board" is a source, not a board)
        core = words[
            : next((i for i, w in enumerate(words) if w in ("of", "at", "in", "on", "from", "for", "to")), len(words))
        ]
        if any(w in PLURAL_SOURCES for w in core):
            return Speaker(phrase, None, "group")
        if core and core[-1] in ORG_HEADS | GENERIC_ORGS:
            return None  # "a patient advocacy group" is not a patient
        if any(w in SOURCE_HEADS for w in core):
            return Speaker(phrase, None, "anonymous")
        return None

    def _definite(self, phrase: str, at: int) -> Speaker | None:
        bare = re.sub(r"^(?:the|its|his|her|their)\s+", "", phrase, flags=re.IGNORECASE)
        placed = _ROLE_FROM_PLACE.fullmatch(bare) if phrase[:4].lower() == "the " else None
        if placed and placed.group("role").split()[-1] in ROLE_HEADS:
            # "the senator from Orlen" is "the Orlen senator", and surely one only the text places there
            who = self._definite(f"the {placed.group('place')} {placed.group('role')}", at)
            key = self.cast.person_key(who.name) if who is not None and who.kind == "person" else None
            if (
                who is not None
                and who.sure
                and (key is None or not description_words(placed.group("place")) <= self.cast.profile(key))
            ):
                return replace(who, sure=False)
            return who
        words = [w.strip(".,") for w in re.split(r"\s+", bare.lower())]
        head = words[-1] if words else ""
        if head in POPE_WORDS and len(words) <= 2:
            # "“…,” the pontiff said": the one pope the text names by title and reigning name
            return _by(self._pope_named(at), "the …: the one pope named")
        if _EDITORIAL_VOICE.fullmatch(bare):
            # "“…,” the editorial board wrote", "the paper's editorial said": an editorial is the
            # paper's own voice, so the one outlet the sentences just before name, when the text
            # says the editorial is its own (a wire or a paper reporting words on takes no position).
            outlet = self._outlet_before(at)
            if outlet is not None and _runs_editorial(outlet.name).search(self.page.outside_quotes(0, at)):
                return outlet
        owner = re.match(r"(his|her)\s", phrase, re.IGNORECASE)
        if owner and len(words) == 1 and head in _OWNED_BODIES:
            # "Ines Quarle will visit every lighthouse, her campaign said": the campaign of the one "her"
            # means, as surely as a "she" there would be read
            who = self._resolve("he" if owner.group(1).lower() == "his" else "she", at)
            if who is not None and who.kind == "person":
                owner_name = who.name.rstrip("’'")  # "Ardo Banners’": a name read with its apostrophe
                return Speaker(f"{owner_name}'s {head}", None, "organisation", sure=who.sure, how="the …: whose body")
        if head in ISSUED and len(words) <= 3:
            # "“…,” the ruling said": the judge who wrote it
            return _by(self._issuer(head, at), "the …: who issued it")
        if head in OUTLET_HEADS and not re.search(r"\b(?:of|at|for|in)\b", bare):
            return _by(
                self._outlet_before(at), "the …: the outlet before"
            )  # "“…,” the conservative-leaning newspaper wrote"
        if head in GENERIC_ORGS and (
            len(words) == 1 or (len(words) <= 3 and bare.islower() and head in COMPANY_NOUNS - ORG_HEADS)
        ):
            # "the company", "the department store chain": the organisation the story is about.
            return _by(self._organisation_before(head, at), "the …: the organisation before")
        owned = POSSESSIVE.match(bare)
        if owned and owned.group("rest").lower().split()[-1] in ORG_HEADS:
            return Speaker(bare, None, "organisation")  # "the secretary of state's office"
        core = words[
            : next((i for i, w in enumerate(words) if w in ("of", "at", "in", "on", "from", "for")), len(words))
        ]
        if re.match(r"^the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:of|at|for)\s+(?:an?|one)\s", phrase.lower()):
            return Speaker(phrase, None, "anonymous")  # "the head of a Washington trade association"
        person_head = bool(core) and (core[-1] in ROLE_HEADS or core[-1] in SOURCE_HEADS)
        if len(words) == 1 and head in ORG_HEADS:
            # "the board" after the Harbour Board spoke or opened a sentence: that board, by its name.
            named = self._organisation_read(head, at)
            if named is not None and self._tied(head, named.name):
                return _by(self._organisation_before(head, at), "the …: the organisation before")
        if not person_head and (is_organisation(bare) or head in ORG_HEADS or (core and core[-1] in ORG_HEADS)):
            return Speaker(self.cast.expand(bare), None, "organisation")
        if core and core[-1] in PLURAL_SOURCES:
            return Speaker(bare, None, "group")
        one = self._one_described(bare, core, at) if phrase.lower().startswith("the ") else None
        if one is not None:
            return _by(one, "the …: the one described before")
        heads = [w for w in core if w in ROLE_HEADS or w.split("-")[0] in ROLE_HEADS]
        if heads:
            holder = self.cast.role_holder(phrase, at)
            if holder is not None:
                person = self.cast.people[holder]
                if self._not_the_former(holder, bare, core[-1]):
                    return None  # "the chief executive" is not "the former chief executive"
                # Not when the text gave the title long before and has named someone else since
                # ("Gov. Ada Quill signed it. … Walter Brisk defended his record. “…,” the governor said").
                nearby = self._people_before(at)
                if nearby and holder not in nearby:
                    return None
                return Speaker(
                    person.name,
                    person.roles[0] if person.roles else None,
                    "person",
                    how="the …: the holder of the title",
                )
        public = core and person_noun(core[-1]) and core[-1] not in OFFICES | OCCUPATIONS | SOURCE_HEADS
        if public and not owner_named(phrase):
            # "the Republican nominee said", "the billionaire businessman": the one person the
            # sentences just before are about, when there is only one.
            salient = self._salient_person(at)
            if salient is not None:
                key = self.cast.person_key(salient.name)
                if key is None or self._fits(key, description_words(bare) - DESCRIPTION_FILLER, "") is None:
                    return None  # "the Florida senator" is not the Iowan the sentences are about
                return _by(salient, "the …: the one the text is about")
        if core and core[-1] in OFFICES:
            named = self._named_next(at)
            unplaced = bare.split()[-1].lower() == core[-1] and _UNPLACED.fullmatch(" ".join(bare.split()[:-1]))
            if named is not None or owner_named(phrase) or not unplaced:
                return _by(
                    named, "the …: the one named next"
                )  # "the Russian president" the text never names: not a guess
            # "the former president", "the Senate minority leader": an office tied to no country or
            # state is the one person the sentences just before are about, when there is only one.
            salient = self._salient_person(at)
            if salient is not None and salient.role and core[-1] not in salient.role.lower():
                return None  # "the governor" is not the minister the text is about
            key = self.cast.person_key(salient.name) if salient is not None else None
            if bare.lower() == core[-1] and (key is None or core[-1] not in self.cast.profile(key)):
                return None  # "the president" is not the candidate the text is about, unless it called her so
            if key is not None and self._not_the_former(key, bare, core[-1]):
                return None
            return _by(salient, "the office: the one the text is about")
        if owner_named(phrase):
            if core and core[-1] in SOURCE_BACK:
                return Speaker(phrase, None, "anonymous")  # "Putin's spokesman" the text does not name
            return None  # "Ukraine’s top commander" the text does not name
        if len(bare.split()) >= 2 and all(
            w[:1].isupper() or w in ("of", "for", "and", "on", "de") for w in bare.split()
        ):
            return Speaker(bare, None, "organisation")  # "the Climate Action Tracker"
        if core and core[-1] in SOURCE_BACK:
            for offset, head_noun, description in reversed(self.cast.described):
                if offset < at and head_noun == core[-1]:
                    return Speaker(description, None, "anonymous")
            return Speaker(bare, None, "anonymous")
        return None

    def _people_before(self, at: int, back: int = 3) -> dict[str, int]:
        """The people named (outside quotes) or speaking in the sentence at `at`, before it, and in
        the `back` sentences before that, in this paragraph and the one before: person key ->
        how many sentences back they were last met (0: this sentence). A person named only to say
        whose the next one is ("Varga spokesman Ned Arkell") is not counted."""
        found: dict[str, int] = {}
        for distance, index, start, limit in self._window(at, back):
            first = bisect.bisect_left(self.cast.mentions, (start, ""))
            for offset, key in self.cast.mentions[first:]:
                if offset >= limit:
                    break
                if not self._owner_of_next(offset, limit):
                    found.setdefault(key, distance)
            for key in self._speaking_in(index, at):
                found.setdefault(key, distance)
        return found

    def _window(self, at: int, back: int) -> list[tuple[int, int, int, int]]:
        """The sentence at `at` (up to `at`) and the `back` sentences before it, in its paragraph and
        the one before: (how many sentences back, index, start, end), nearest first."""
        here = self.page.sentence_at(at)
        paragraph = self.sentences[here][2]
        window = []
        for index in range(here, max(-1, here - back - 1), -1):
            start, end, p_index = self.sentences[index]
            if p_index < paragraph - 1:
                break
            window.append((here - index, index, start, min(end, at) if index == here else end))
        return window

    def _speaking_in(self, index: int, at: int) -> list[str]:
        """The people (person keys) who speak in sentence `index`, before `at`."""
        return [
            self.cast.person_key(statement.speaker) or fold(statement.speaker)
            for statement in self.ledger.in_sentence(index)
            if statement.start < at and kind(statement) == "person"
        ]

    def _speakers_before(self, at: int, back: int = 3) -> set[str]:
        """The people who spoke in the sentences `_people_before` reads."""
        return {key for _, index, _, _ in self._window(at, back) for key in self._speaking_in(index, at)}

    def _fits(self, key: str, wanted: frozenset[str], head: str) -> int | None:
        """How many of a description's words (`description_words`) the text says of this person,
        or None when the description cannot be them: another gender or party, another state, a
        title ("the Florida senator") the text never gave them."""
        person = self.cast.people.get(key)
        if person is None:
            return None
        profile = self.cast.profile(key)
        genders = {ROLE_GENDER[w] for w in wanted if w in ROLE_GENDER}
        if len(genders) > 1:
            return None  # words of both genders: nobody to pick (and no set order to pick by)
        gender = next(iter(genders), None) or {"man": "m", "woman": "f"}.get(head)
        if gender and person.gender not in (None, gender):
            return None
        parties = wanted & {"republican", "democrat"}
        if parties and (profile & {"republican", "democrat"}) and not parties & profile:
            return None
        ages = {word for word in wanted if word.isdigit()}
        if ages and not ages <= profile:
            return None  # "the 61-year-old" is someone the text said is 61 (not the 46-year-old beside him)
        states = wanted & US_STATE_WORDS
        if head in ROLE_HEADS and not ({head} | states) <= profile:
            return None  # "the Florida senator" is someone the text called a senator from Florida
        if states and profile & US_STATE_WORDS and not states <= profile:
            return None  # "the Texan" is not Sen. Ivy Marlow (R-Iowa)
        return len(wanted & profile)

    def _subjects_before(self, at: int, back: int = 3) -> dict[str, int]:
        """The people the sentences `_people_before` reads open with, past an opening clause ("At a
        rally, Nell Ortiz waved …"): person key -> how many sentences back (the nearest)."""
        found: dict[str, int] = {}
        for distance, _, start, limit in self._window(at, back):
            first = bisect.bisect_left(self.cast.mentions, (start, ""))
            for offset, key in self.cast.mentions[first:]:
                if offset < limit and subject_lead(self.page.text[start:offset]):
                    found.setdefault(key, distance)
                break
        return found

    def _one_described(self, bare: str, core: list[str], at: int) -> Speaker | None:
        """ "the Texan", "the retired neurosurgeon", "the 46-year-old", "the Florida senator": the
        one person of the sentences just before (`_people_before`) whom the description fits.

        A description fits a person when it does not contradict what the text says of them
        (gender, party) — and, for an office ("the governor"), when the text gave them that
        title. Of several people who fit, the one the description's words point to (the text
        called him a Texan, a senator from Florida, 46) when only one has any of them; otherwise
        nobody. Sure when the person was met in this sentence or the one before, and either no one
        else was met or the description's words name that person alone."""
        head = core[-1] if core else ""
        if not (
            person_noun(head)
            or re.fullmatch(r"\d{1,3}-year-old", head)
            or head in ("man", "woman", "diplomat", "neurosurgeon", "veteran")
        ) or head in SOURCE_BACK | OFFICES - {"governor", "mayor", "speaker"}:
            return None
        if owner_named(bare) or re.search(r"\b(?:of|at|for|from|with)\b", bare):
            return None  # "the chair of the Varna board's audit panel": whose it is decides, not who was near
        if any(offset < at and noun == head for offset, noun, _ in self.cast.described):
            return None  # "A witness said … the witness said": the one described before, not a name
        nearby = self._people_before(at)
        sentence_start = self.sentences[self.page.sentence_at(at)][0]
        if not nearby or _RELATIVE_OF.search(self.page.outside_quotes(sentence_start, at)):
            return None  # "Varga's son": the description may be the relative
        wanted = description_words(bare) - DESCRIPTION_FILLER
        fitting: dict[str, int] = {}
        for key in nearby:
            if self._not_the_former(key, bare, head):
                continue
            score = self._fits(key, wanted, head)
            if score is not None:
                fitting[key] = score
        if not fitting:
            return None
        best = max(fitting.values())
        if best == 0 and any(w[:1].isupper() and self.cast.person_key(w) for w in bare.split()[:-1]):
            # "the Vale volunteer", "the Quint aide": one known by whom they back or serve, which
            # nobody's words of the text have said of a person near
            return None
        chosen = [key for key, score in fitting.items() if score == best]
        speakers = self._speakers_before(at)
        speaking = [key for key in chosen if key in speakers]
        subjects = self._subjects_before(at)
        nearest = sorted((distance, key) for key, distance in subjects.items() if key in chosen)
        subject = nearest[0][1] if nearest and (len(nearest) == 1 or nearest[1][0] > nearest[0][0]) else None
        if best == 0 and len(chosen) > 1:
            if len(speaking) == 1:
                chosen = speaking  # "…, Tobias Ferrante said. “…,” the retired surgeon told"
            elif subject is not None:
                chosen = [subject]  # "Nell Ortiz mocked Gov. Ada Quill. “…,” the nominee said"
        if len(chosen) != 1:
            return None
        key = chosen[0]
        if self.cast.titled_beside(key, head, at):
            return None
        if best == 0 and key not in speakers and key not in subjects:
            return None  # "Do you back Ada Quill? Sign up here.": named in passing, not the one described
        person = self.cast.people[key]
        alone = len(nearby) == 1 or all(score == 0 for other, score in fitting.items() if other != key)
        sure = nearby[key] <= 1 and (alone or key == subject) and (best > 0 or len(nearby) == 1 or bool(speaking))
        if best == 0 and self.cast.called(key) - {head}:
            # "…, said Ivo Darr, a guild member. … the businessman has insisted": the text called him
            # something else, and "the businessman" may be another it has not named
            sure = False
        return Speaker(person.name, person.roles[0] if person.roles else None, "person", sure=sure)

    def _issuer(self, noun: str, at: int) -> Speaker | None:
        """ "the ruling", "the letter", "the statement": who the text said issued it, in this
        paragraph or the one before ("Judge Mehta wrote in his ruling …", "Companies urged
        Brussels in an open letter …"); a paper nobody is said to have issued speaks for no one."""
        word = re.compile(rf"\b{noun}s?\b", re.IGNORECASE)
        here = self.page.sentence_at(at)
        paragraph = self.sentences[here][2]
        for index in range(here - 1, max(-1, here - 6), -1):
            start, end, p_index = self.sentences[index]
            if p_index < paragraph - 1:
                break
            frame = self.page.outside_quotes(start, end)
            if not word.search(frame):
                continue
            issuer = self._issued_by(noun, start, end)
            if issuer is not None:
                return issuer
            # "Quint said in a statement that …", "The statement said …": the one who spoke in it, or
            # whom it was read as (not "Quint said she had not seen the statement": someone else's)
            spoken_in = re.search(
                rf"\b(?i:in)\s+(?i:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?{noun}s?\b"
                rf"|\b{noun}s?\s+(?:also\s+)?(?:{SAY}|read|reads|went\s+on|goes\s+on)\b",
                frame,
            )
            for statement in reversed(self.ledger.in_sentence(index)) if spoken_in else ():
                if statement.start < at:
                    return Speaker(statement.speaker, statement.role, kind(statement))
            # "Quint's office mailed a letter", "Forty unions urged ministers in a letter": the subject
            # whose verb has the paper for its object, or says it acted in it (not "Quint responded
            # to a letter", "Lund posted a photo of the letter")
            acted = r"\b" if spoken_in else rf"(?:\s+out)?\s+{_PAPER_OBJECT}{noun}s?\b(?!\s+(?:from|by|of)\b)"
            subject = re.match(
                r"^(?P<who>[^“”\"]{2,120}?)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:[a-z]+ed|sent|wrote|issued|signed)"
                + acted,
                self.page.text[start:end],
            )
            if subject and re.search(r"\s(?:and|both)\s", re.sub(r",[^,]*,", " ", subject.group("who"))):
                # "Quarle and her deputy Doyt both signed the letter": it speaks for two (but "Forty
                # firms, including Varn Air and Ostel, sent a letter" is the firms')
                return None
            if subject and not _RECEIVING.match(self.page.text, start + subject.end("who")):
                who = self._subject_phrase(subject.group("who"), start)
                if who is not None:
                    return who
            return None
        return None

    def _issued_by(self, noun: str, start: int, end: int) -> Speaker | None:
        """Who the sentence at `start` says issued the paper: "Nadia Okoro released a statement",
        "Okoro's campaign mailed its backers", "a statement issued by the Okoro campaign", "an email
        sent by its manager, Nadia Okoro,"."""
        frame = self.page.text[start:end]
        by_subject = re.search(
            rf"(?P<who>(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN}(?:['’]s\s+(?:campaign|office|team|lawyers?|attorneys?))?)"
            rf"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?{ISSUING}\s+(?:an?|the|its|his|her|their)\s+"
            rf"(?:(?!of\b)[\w-]+\s+){{0,3}}?{noun}s?\b",
            frame,
        )
        by_agent = re.search(
            rf"\b{noun}s?\s+(?:was\s+|were\s+)?(?:{ISSUING}|written)\s+(?:by|from)\s+(?P<who>[^,.;“”\"]{{2,80}}?)"
            rf"(?:,\s+(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN})+),|[,.;]|\s+(?:to|on|in|at|late|early|last|this|was|were|is|that|which|and)\b|$)",
            frame,
        )
        if by_subject and re.search(r"(?:\band|&)\s+$", frame[: by_subject.start("who")]):
            return None  # "Varn Air and Ostel Lines sent a letter": the two of them, not the last
        lead = frame[: by_subject.start("who")] if by_subject else ""
        if by_subject and not (subject_lead(lead) or _REPORTED_LEAD.search(lead)):
            by_subject = None  # "A group backing Ines Quarle released a statement": the group's, not hers
        for found, group in ((by_subject, "who"), (by_agent, "name"), (by_agent, "who")):
            if found is None or not found.group(group):
                continue
            who = self.resolve(found.group(group), start + found.start(group))
            if who is not None and not who.anonymous:
                return who
        return None

    def _body_named(self, noun: str, at: int) -> Speaker | None:
        """ "a Cabinet statement", "a ministry communique": the one body of that kind the text
        names before `at`, outside quotes, by a name that ends on the kind ("the Thai Cabinet",
        "Japan's Cabinet", "the Foreign Ministry"). A country's name and its adjective are one body
        ("Israel's Cabinet", "the Israeli Cabinet"). None when the text names none (a bare "the
        Cabinet" could be any country's) or several ("the Foreign Ministry" and "the Defence
        Ministry"): then the paper stays the source the text describes."""
        names: dict[tuple[str, ...], str] = {}
        named = re.compile(rf"(?P<name>(?:{NAME_TOKEN}\s+){{1,2}})(?P<kind>(?i:{re.escape(noun)}))\b")
        frame = self.page.outside_quotes(0, at)
        for found in named.finditer(frame):
            if re.search(r"[A-Z][\w'’-]*\s+$", frame[: found.start()]):
                return None  # "United Nations Security Council": a longer name than the pattern holds
            words = found.group("name").split()
            while words and words[0] in NOT_NAME_OPENERS:
                words = words[1:]
            if not words:
                continue
            key = tuple(re.sub(r"['’]s$", "", w).lower() for w in words)
            same = next((k for k in names if _same_body(k, key)), None)
            if same is None:
                names[key] = " ".join([*words, found.group("kind")])
            elif not any(w.endswith(("'s", "’s")) for w in words):
                names[same] = " ".join([*words, found.group("kind")])  # "Israeli Cabinet" over "Israel's Cabinet"
        if len(names) != 1:
            return None
        key = next(iter(names))
        for place in {m.group(0).lower() for m in COUNTRY_NAMED.finditer(frame)}:
            if place not in " ".join(key) and not any(_same_body((word,), (place,)) for word in key):
                # "Russia accused the Ukrainian government …, a government statement said": another
                # country the text names may have issued it
                return None
        # (a guess, kept off the page: which body issued a paper its kind names, a text that names
        # one body of that kind and another of the same kind by its minister or its rebels' name
        # does not settle: "citing the Health Ministry … a ministry statement said")
        return Speaker(names[key], None, "organisation", sure=False, how="a …'s paper: the body named")

    def _pope_named(self, at: int) -> Speaker | None:
        """ "the pope", "the pontiff": the pope the text names as "Pope <name>" ("Pope Anselm IV")
        before `at`, when it names one in all ("Pope Anselm" and "Pope Anselm IV" are one). None when
        it names none, or two (a story of the pope recalling a predecessor: which one "the pope" is,
        the title does not say), or only after `at`, or only as a pope of the past ("the late Pope
        Clement"). A headline's "Pope Visits Flooded Valley" names nobody.
        Risk left: a past pope named "Pope <name>" in a story that names the present one only by
        his name ("Anselm arrived") is read as "the pope"."""
        if self._popes is None:
            found = []
            frame = self.page.masked(0, len(self.page.text))  # quoted words blanked, offsets kept
            for match in POPE_NAMED.finditer(frame):
                after = match.group("next")
                known = match.group("number") or fold(match.group("name").split()[0]) in GIVEN_NAMES
                if after and not known and not re.fullmatch(rf"\s+(?:{WEEKDAY}|{MONTH})", after):
                    continue  # "Pope Visits Flooded Valley": a headline's words ("Pope Francis Visits …" names him)
                if re.fullmatch(rf"{WEEKDAY}|{MONTH}", match.group("name")):
                    continue  # "Pope Tuesday": no name
                name = " ".join(match.group("name").split()) + " ".join(["", *(match.group("number") or "").split()])
                past = PAST_POPE.search(frame, 0, match.start()) is not None
                found.append((match.start(), name, past))
            self._popes = found  # read once per text: "the pope" may come many times
            # Given names the text uses alone ("Francis arrived"): how news names a pope after the
            # first mention, so one that is no "Pope <name>" of the text may be the present pope.
            self._lone_given = {
                fold(m.group(0))
                for m in LONE_NAME.finditer(frame)
                if " " not in m.group(0)
                and fold(m.group(0)) in GIVEN_NAMES
                and not re.fullmatch(rf"{WEEKDAY}|{MONTH}", m.group(0))
            }
        names = {name for _, name, _ in self._popes}
        # A shorter form of a longer name is the same pope: "Pope John Paul" of "Pope John Paul II".
        popes = [name for name in names if not any(other.startswith(name + " ") for other in names)]
        if len(popes) != 1:
            return None
        pope = popes[0]
        mine = [(start, past) for start, name, past in self._popes if pope == name or pope.startswith(name + " ")]
        if any(past for _, past in mine) or not any(start < at for start, _ in mine):
            return None
        if self._lone_given - {fold(w) for w in pope.split()}:
            # "Pope Tomasz II came in 1984 … Francis arrived on Sunday": the one by his name alone may
            # be the pope who speaks now
            return None
        # (a guess, kept off the page: a past pope the text names without "late" or "former" — "Pope
        # Tomasz II, who died in 2005", "a statue of Pope Tomasz II" — reads the same)
        return Speaker(pope, "pope", "person", sure=False)

    def _named_next(self, at: int) -> Speaker | None:
        """ "The finance minister … said X. Eelco Heinen added that …": a title the text never
        gives a holder, then a newcomer who goes on speaking in the next sentence, is that person."""
        here = self.page.sentence_at(at)
        if here + 1 >= len(self.sentences) or self.sentences[here + 1][2] != self.sentences[here][2]:
            return None
        start, end, _ = self.sentences[here + 1]
        named = re.match(rf"({NAME_TOKEN}(?:\s+{NAME_TOKEN})+)\s+(?:also\s+)?added\b", self.page.text[start:end])
        if named is None:
            return None
        if self.page.text.find(named.group(1)) < start:
            return None  # someone met before would have been named with the title
        who = self._named(named.group(1), start)
        return who if who is not None and who.kind == "person" and who.role is None else None

    def _subject_phrase(self, phrase: str, at: int) -> Speaker | None:
        head = phrase.split(",")[0]
        return self.resolve(head, at) if head.strip() else None

    def _outlet_before(self, at: int) -> Speaker | None:
        """ "the newspaper", "the paper": the one news outlet the sentences just before name (this
        one and the three before, in its paragraph and the one before) outside quotes; None when
        they name several, or none. ("In an editorial, The Ledger urged the mayor to resign. “…,”
        the newspaper wrote.")"""
        # "The Journal" after "the Varnese Journal": the outlet by the full name the text gave it
        named = {_outlet_name(found.group(0)) for found in OUTLET_NAME.finditer(self.page.outside_quotes(0, at))}
        outlets: dict[str, int] = {}
        for distance, _, start, limit in self._window(at, 3):
            for found in OUTLET_NAME.finditer(self.page.outside_quotes(start, limit)):
                name = _outlet_name(found.group(0))
                if name.lower() in ("news", "press", "post", "star", "sun", "daily"):
                    continue
                fuller = {other for other in named if other.endswith(f" {name}")}
                if len(fuller) > 1:
                    return None  # "the Journal" where two Journals are named: which one
                outlets.setdefault(fuller.pop() if fuller else name, distance)
        if len(outlets) != 1:
            return None
        name, distance = outlets.popitem()
        return Speaker(name, None, "organisation", sure=distance <= 1)

    def _organisation_before(self, noun: str, at: int) -> Speaker | None:
        """ "the company", "the ministry": the organisation the sentence before is about, else the
        one of that kind that spoke last. Sure only when the text ties the noun to that name
        (`_tied`: "the board" for the Harbour Board, "the union" for "VNV, the pilots' union") or
        the sentence just before has it as its subject (the Orchard Growers' Union opens it, then a
        quote follows and "the union" is given as the one quoted); "the group" read as the one
        that spoke further back is a reading, not a certainty."""
        found = self._organisation_read(noun, at)
        if found is None or (self._tied(noun, found.name) and self._latest_of_kind(noun, found.name, at)):
            return found
        here = self.page.sentence_at(at)
        if here > 0:
            start, end, _ = self.sentences[here - 1]
            subject = _SUBJECT_ORG.match(self.page.text, start, end)
            if subject is not None and self.cast.expand(subject.group("name")) == found.name:
                return found
        return replace(found, sure=False)

    def _latest_of_kind(self, noun: str, name: str, at: int) -> bool:
        """Whether `name` is the last one the text names that `noun` may mean before `at`: no other
        of its kind between ("the district's board", "its board", "a school board"); and, when the
        noun is only the name's own last word (the Harbour Board, "the board"), named in this
        sentence or the one just before, not further back past other bodies."""
        last = self.page.text.rfind(name, 0, at)
        if last < 0 or re.search(rf"\b{re.escape(noun)}\b", self.page.text[last + len(name) : at], re.IGNORECASE):
            return False
        own = name.lower().split()[-1:] == [noun]
        return not own or self.page.sentence_at(last) >= self.page.sentence_at(at) - 1

    def _tied(self, noun: str, name: str) -> bool:
        """Whether the text ties `noun` to the organisation `name`: its own last word ("the board",
        Harbour Board), or the noun in commas next to the name, or right before it ("Orchard, the
        company, …", "the carrier SkyLink")."""
        if name.lower().split()[-1:] == [noun]:
            return True
        pattern = re.escape(name)
        tied = re.compile(
            rf"{pattern},\s+(?:an?|the|its)\s+(?:[\w’'-]+\s+){{0,4}}?{noun}\b"
            rf"|\b{noun},?\s+(?:[\w’'-]+\s+){{0,2}}?{pattern}\b",
            re.IGNORECASE,
        )
        return tied.search(self.page.text) is not None

    def _organisation_read(self, noun: str, at: int) -> Speaker | None:
        here = self.page.sentence_at(at)
        for index in range(here - 1, max(-1, here - 3), -1):
            start, end, _ = self.sentences[index]
            subject = _SUBJECT_ORG.match(self.page.text, start, end)
            if subject is None:
                continue
            name, described = subject.group("name"), subject.group("described") or ""
            if self.cast.person_key(name) is not None:
                continue  # "Chief Financial Officer Brian Lutz told …": a person with an office's words
            if not _fits_kind(noun, name, described):
                continue  # "The Office of Coastal Works raised fees. “…,” the group wrote": no group
            if (noun in described.lower().split() or is_organisation(name)) and name.lower() not in PLACES:
                return Speaker(self.cast.expand(name), None, "organisation")
        for statement in reversed(self.ledger.found):
            if statement.start >= at or not statement.organisation:
                continue
            outlet = REPORTERS.search(statement.speaker) or OUTLET_NAME.search(statement.speaker)
            if outlet and noun not in OUTLET_HEADS:
                continue  # "…, KTVX-TV reported": an outlet telling the news is not "the group" that spoke
            head = statement.speaker.lower().split()[-1]
            described = (statement.role or "").lower().split()
            if not _fits_kind(noun, statement.speaker, statement.role or ""):
                continue
            if (
                head == noun
                or noun in described
                or (
                    noun in COMPANY_NOUNS
                    and head not in GENERIC_ORGS | NOT_COMPANIES
                    and statement.speaker.lower() not in PLACES
                )
            ):
                return Speaker(statement.speaker, None, "organisation")
        if noun == "government":
            return Speaker("government", None, "organisation")  # the country's, as the story takes for granted
        if noun not in COMPANY_NOUNS:
            return None
        # "pilots at Dutch carrier SkyLink": the organisation named with what it is, lately.
        here = self.page.sentence_at(at)
        first = self.sentences[max(0, here - 3)][0] if self.sentences else 0
        kinds = "|".join(sorted(COMPANY_NOUNS | ORG_KINDS | {noun}))
        named = list(re.finditer(rf"\b(?:{kinds})\s+((?:{NAME_TOKEN}\s+)*{NAME_TOKEN})", self.page.text[first:at]))
        if named and _fits_kind(noun, named[-1].group(1), ""):
            return Speaker(named[-1].group(1).rstrip("."), None, "organisation")
        # Nothing spoke yet: the organisation the story opens with ("Orchard Technologies unveiled …").
        start, end, _ = self.sentences[0] if self.sentences else (0, 0, 0)
        lede = re.match(
            rf"(?:The\s+)?(?!(?:A|An)\s)({NAME_TOKEN}(?:\s+(?:of|and|for|&)?\s*{NAME_TOKEN}){{0,4}})\s+[a-z]",
            self.page.text[start:end],
        )
        if (
            lede
            and is_organisation(lede.group(1))
            and lede.group(1).lower() not in PLACES
            and start < at
            and _fits_kind(noun, lede.group(1), "")
        ):
            return Speaker(lede.group(1), None, "organisation")
        return None

    def _named(self, phrase: str, at: int) -> Speaker | None:
        if phrase[:1].isupper() and _SMALL_JOINED.search(phrase):
            # "said Yusuf al-Brenn": a name whose last word starts small is read as if it started
            # big ("Al-Brenn"), and given back as the text wrote it
            found = self._named(_SMALL_JOINED.sub(lambda m: m.group(1).capitalize() + "-", phrase), at)
            if found is None:
                return None
            bearer = self.cast.person_key(found.name)
            if (
                found.kind == "person"
                and fold(found.name.split()[0]) not in GIVEN_NAMES
                and not (bearer and self.cast.people[bearer].roles)
            ):
                # "Jaish al-Islam said", "said Dar al-Ifta": groups and houses are named in this shape
                # too; a person only when the first word is a given name or the text gives them a title
                return None
            name = found.name
            for particle in {m.group(1) for m in _SMALL_JOINED.finditer(phrase)}:
                name = name.replace(particle.capitalize() + "-", particle + "-")
            return replace(found, name=name)
        tokens = phrase.split()
        if len(tokens) >= 3 and tokens[0].lower() in ABOUT_SOMEONE and tokens[1].lower() in ("of", "for", "to"):
            # "Critics of Wesley", "Supporters of Mayor Vell": a group about the person, never the person
            return self._described(phrase) or Speaker(phrase, None, "group")
        # "Harjeet Singh of the Climate Action Network": the name, not the network; and "Singh of the
        # network" once the text has named Harjeet Singh (a surname alone, of a person named before).
        surname_of = re.match(rf"^({NAME_TOKEN})\s+of\s+(?:the\s+)?[A-Z]", phrase)
        if surname_of and self.cast.person_key(surname_of.group(1)) is not None:
            return Speaker(surname_of.group(1), None, "person")
        if " of " in phrase and re.match(rf"^(?:[\w'’.-]+\s+)*?{NAME_TOKEN}\s+{NAME_TOKEN}\s+of\s", phrase):
            head = phrase.split(" of ")[0].split()
            tail = phrase.split(" of ", 1)[1].split()
            # "Mayor Oscar Leeser of El Paso" but not "Secretary of State Marco Rubio", nor "Harbor
            # Warden of Moorings Ada Brisk" (a full name after "of": the title's holder) — unless
            # the words before "of" name a person themselves ("coach Carl Fox of Virginia Tech").
            named_after = (
                len(tail) >= 2 and fold(tail[-2]) in GIVEN_NAMES and tail[-1][:1].isupper() and not _names_someone(head)
            )
            if (
                not is_organisation(" ".join(head))
                # (an honorific is no title here: "Ms. Brell of the Vell Report" is Ms. Brell)
                and all(
                    w.lower().rstrip(".") not in ROLE_WORDS or w.lower().rstrip(".") in HONORIFICS for w in head[-2:]
                )
                and not named_after
            ):
                tokens = head
        titled = tokens[-1][:1].isupper() and all(
            t[:1].isupper() or t.lower().rstrip(".") in TITLE_LOWER or re.fullmatch(PARTICLES, t) for t in tokens
        )
        if (
            not titled
            and len(tokens) <= 8
            and len(tokens) >= 3
            and tokens[-2][:1].isupper()
            and tokens[-1][:1].isupper()
        ):
            lowers = [t.lower() for t in tokens if t[:1].islower()]
            # "Marquette pollster Charles Franklin", "CrowdStrike co-founder Dmitri Alperovitch".
            # "the mountain guide John Renk": a description before a known given name and a family name.
            last_lower = max((i for i, t in enumerate(tokens) if t[:1].islower()), default=len(tokens))
            given_after = last_lower <= len(tokens) - 3 and fold(tokens[last_lower + 1]) in GIVEN_NAMES
            # A longer run of words says what the person is when it ends on what they are, right
            # before the name: "chief glacier survey mapper Lio Darrow" (not "mapper for Lio Darrow").
            long_title = 0 < len(lowers) <= 5 and person_noun(lowers[-1]) and not TITLE_RUN_STOP & set(lowers)
            titled = (
                (any(person_noun(w) for w in lowers) or given_after)
                and (len(lowers) <= 3 or long_title)
                and not any(w in NOT_TITLE for w in lowers)
                and not _clause_about(lowers)
            )
        if not titled and tokens[-1][:1].isupper():
            lowers = [t.lower() for t in tokens if t[:1].islower()]
            run = re.search(rf"(?:{NAME_TOKEN}\s+)*{NAME_TOKEN}$", phrase)
            if lowers and lowers[-1] in ORG_HEADS | GENERIC_ORGS | ORG_KINDS and run and len(lowers) <= 3:
                return Speaker(self.cast.expand(run.group(0).rstrip(".")), None, "organisation")
        if not titled:
            lower = phrase.lower()
            words = lower.split()
            if _SPEECH.search(lower) or words[0] in ("he", "she", "i", "we", "they", "it"):
                return None  # "she said she still thinks of what her parents": a clause, not a source
            if words[-1] in PLURAL_SOURCES or any(w in PLURAL_SOURCES for w in words[:3]):
                return self._described(phrase) or Speaker(phrase, None, "group")
            if is_organisation(phrase) and not any(w in ("in", "at", "on") for w in words):
                return Speaker(phrase, None, "organisation")
            return None
        if len(tokens) > 1 and tokens[-1].lower() in ORG_HEADS:
            return Speaker(" ".join(tokens).rstrip("."), None, "organisation")
        if is_organisation(" ".join(tokens)) and self.cast.person_key(" ".join(tokens)) is None:
            # (but "Chief Financial Officer Brian Lutz" is a person the text names, office words aside)
            return Speaker(
                self.cast.expand(" ".join(tokens).rstrip(".") if len(tokens) > 1 else tokens[0]), None, "organisation"
            )
        cut = len(tokens)
        given = len(tokens) >= 2 and tokens[-2][:1].isupper() and fold(tokens[-2]) in GIVEN_NAMES
        if given and tokens[-1][:1].isupper():
            cut -= 1  # "Ida Pope", "Ben King": a family name that is also a title
        while cut > 0 and (
            (
                tokens[cut - 1][:1].isupper()
                and tokens[cut - 1].lower().rstrip(".") not in ROLE_WORDS
                and tokens[cut - 1] not in _DOTTED_TITLES
            )
            # "Ana Maria da Costa", "Piet van der Berg": a particle before a family name is of the name
            or (cut < len(tokens) and re.fullmatch(PARTICLES, tokens[cut - 1]) is not None)
        ):
            cut -= 1
        # "Agency General Counsel Ivo Brandt": the last word of a compound title is not the name's first.
        while cut < len(tokens) - 1 and tokens[cut].lower() in TITLE_TAILS:
            cut += 1
        if 0 < cut < len(tokens) and tokens[cut - 1][:1].isupper() and tokens[cut - 1].lower() in PLACE_OPENERS:
            # "New Marlow Evening Post": no role ends on a place's first word. The name starts after a
            # title or at a given name further on ("New Marlow Harbor Master Ana Pask"), else the
            # words do not say where.
            starts = [
                j + 1 if (tokens[j].lower() in ROLE_WORDS | TITLE_TAILS or tokens[j].lower() + "." in ROLE_WORDS) else j
                for j in range(len(tokens) - 2, cut - 1, -1)
                if tokens[j].lower() in ROLE_WORDS | TITLE_TAILS
                or tokens[j].lower() + "." in ROLE_WORDS
                or (j > cut and fold(tokens[j]) in GIVEN_NAMES)
            ]
            if not starts:
                whole = [t for t in tokens if t[:1].isupper() or re.fullmatch(PARTICLES, t)]
                return Speaker(" ".join(whole).rstrip("."), None, "person", sure=False)
            cut = starts[0]
        name_tokens = tokens[cut:]
        role = " ".join(tokens[:cut]) or None
        if (
            role
            and tokens[cut - 1].lower() in ("and", "or", "&")
            and all(t[:1].isupper() and t.lower().rstrip(".") not in ROLE_WORDS for t in tokens[: cut - 1])
        ):
            # "said Hadi Tamer and Rami Tosk": the words of both, neither alone. A title with "and"
            # in it ("Minister of Trade and Industry Tom Brel") has small words or a title word before it.
            return None
        honorific = HONORIFICS.get((role or "").lower().rstrip("."))
        if honorific:
            role = None  # "Mr.", "Mrs." say who is meant, they are no title to show
        if not name_tokens:
            return self._definite("the " + phrase, at) if role else None
        # "He Lan said", "his wife, He Lan": a capital He or She before another capital word is
        # a family name (He, She are Chinese ones), not the pronoun.
        surname = name_tokens[0] in ("He", "She") and len(name_tokens) > 1 and name_tokens[1][:1].isupper()
        if name_tokens[0].lower() in NOT_NAMES and (cut == 0 or name_tokens[0].islower()) and not surname:
            name_tokens = name_tokens[1:]
        elif cut == 0 and self.cast.opener_before(name_tokens):
            name_tokens = name_tokens[1:]  # "Even Rendell said" once Ed Rendell is known
        if not name_tokens:
            return None
        name = " ".join(name_tokens)
        if name.lower() in PLACES:
            namesake = self.cast.person_key(name) if len(name_tokens) == 1 else None
            if namesake is not None and " " in self.cast.people[namesake].name:
                # "Rep. Dana Chile … “…,” Chile said": the congresswoman, not the country.
                person = self.cast.people[namesake]
                return Speaker(person.name, person.roles[0] if person.roles else None, "person")
            return Speaker(name, None, "organisation")
        if name.lower().rstrip(".").split()[-1] in PLURAL_SOURCES:  # "Democrats"
            return Speaker(phrase, None, "group")
        key = self.cast.person_key(name)
        if honorific and len(name_tokens) == 1:
            # "“…,” Mrs. Yeltsin declared" is not Boris Yeltsin: an honorific of the other sex is
            # another person of that name, named as the text names her.
            known = self.cast.people[key] if key else None
            full = self.cast.full_name(name)
            other = known.gender if known else GIVEN_NAMES.get(fold(full.split()[0])) if full != name else None
            if other is not None and other != honorific:
                return Speaker(f"{tokens[cut - 1]} {name}", None, "person")
            first_name = full.split()[0] if full != name else ""
            if first_name and fold(first_name) not in GIVEN_NAMES and self._spouse_told(name, honorific, at):
                # "Mrs. Pann" in a story of Ardo Pann that tells of a wife: a given name that says
                # no sex leaves her the wife as well as him (whom her "Mrs." would then make a woman);
                # "Mr. Pann" with a husband likewise
                return Speaker(f"{tokens[cut - 1]} {name}", None, "person", sure=False)
            namesake = self._namesake(name, honorific, at)
            if namesake == "":
                # "Mr. Brel" in a story of Tom Brel and his late brother Karl Brel: the title says
                # a man, not which one
                return Speaker(f"{tokens[cut - 1]} {name}", None, "person", sure=False)
            if namesake is not None:
                person = self.cast.people[fold(namesake)]
                return Speaker(person.name, role or (person.roles[0] if person.roles else None), "person")
        fulls = self.cast.full_names(name) if len(name_tokens) == 1 and not honorific else []
        if len(name_tokens) == 1 and role is None and not honorific and self._body_speaking(name, at):
            # "Ferro said it would revise its estimate" where the text names Ferro News as well as
            # a person Ferro: the body speaks of itself, not the person sharing its name
            return Speaker(name, None, "organisation", sure=False)
        if (
            len(name_tokens) == 1
            and not honorific
            and (
                self._relative_last(name, fulls[0] if fulls else None, at)
                or self._namesake_spoke(name, key or (fold(fulls[0]) if fulls else None), at)
            )
        ):
            # "Okafor told a magazine" in a story of Ray Okafor, after his daughter, Mira Okafor:
            # the surname alone does not say which of the family
            return Speaker(name, role, "person", sure=False)
        if key:
            person = self.cast.people[key]
            return Speaker(person.name, role or (person.roles[0] if person.roles else None), "person")
        if len(name_tokens) == 1:
            fulls = self.cast.full_names(name)
            short = len(name) <= 2 and not (len(fulls) == 1 and re.fullmatch(r"[A-Z][a-z]", name))
            if name.lower().rstrip(".") in PLACE_ABBREVIATIONS or short:
                # "El Segundo, Calif., a consultant … warned": a place, not a speaker (but "Xu"
                # is Xu Hanlin when the text names him so)
                return None
            if len(fulls) == 1:
                return Speaker(fulls[0], role, "person")
            if len(fulls) > 1:  # "Zhao said": Zhao Minqing or Zhao Lirong, both named
                return Speaker(name, role, "person", sure=False)
            if role is None and (name.isupper() or self.cast.traded(name)):
                return Speaker(name, None, "organisation")
            return Speaker(name, role, "person")
        if re.fullmatch(PARTICLES, name_tokens[0]) and len(self.cast.by_surname(name_tokens[-1])) >= 2:
            # "da Costa said" where the text names two people of that family name: either one
            return Speaker(name, role, "person", sure=False)
        if role is None and len(name_tokens) >= 2:
            self.cast.add_person(name)
        return Speaker(name, role, "person")

    def _relative_last(self, surname: str, meant: str | None, at: int) -> bool:
        """Whether, in a story of a family of this surname, one of it other than `meant` (the one a
        lone surname or title means by the first-named or lede rule: "Ray Okafor … Okafor said")
        is named in the two sentences before `at`, after that one's last mention, or that one is
        not named before it: then the surname may be the relative's."""
        relatives = self.cast.kin(surname)
        if not relatives:
            return False
        first = fold(meant) if meant else None
        family = {fold(p.name) for p in self.cast.by_surname(surname)}
        last = max((offset for offset, key in self.cast.mentions if offset < at and key == first), default=-1)
        others = [offset for offset, key in self.cast.mentions if key in family and key != first]
        others += [end for _, end, name in relatives if fold(name) != first]
        # A relative named in passing ("with his wife, Jane Okafor, beside him on the dais, he …") leaves the
        # lone surname to the one the story is about some sentences on.
        near = self.sentences[max(0, self.page.sentence_at(at) - 2)][0]
        return last < 0 or any(max(last, near) < offset < at for offset in others)

    def _namesake_spoke(self, surname: str, meant: str | None, at: int) -> bool:
        """Whether another person of this surname than `meant` (whom the lone surname would name by
        the first-named rule) spoke in this sentence or the two before, and is named in the text as
        often as `meant` or more: "Lena Dorr said … “…,” Dorr added" in a story about Lena Dorr
        that named her father Pim Dorr first, in passing. The surname does not say which of the
        two; when the first-named is the one the story is about, he keeps it."""
        if meant is None:
            return False
        given = self._given(meant)
        others = {fold(p.name) for p in self.cast.by_surname(surname) if self._given(fold(p.name)) != given}
        speakers = self._speakers_before(at, 2)
        known = self.cast.people.get(meant)
        titled = {fold(f"{honorific} {surname}"): sex for honorific, sex in HONORIFICS.items()}
        # "“…,” Mrs. Orr said. … “…,” Orr said" in a text that names both Orrs: the words do not say
        # it is her husband. (Only then: when the text names one Orr, "Mrs. Orr" is keyed to him.)
        if others and any(titled.get(key) not in (None, known.gender if known else None) for key in speakers):
            return True
        spoke = others & speakers
        if not spoke:
            return False
        # Mentions of this surname's people only ("Pim Vark" is no "Pim Dorr"), each place once.
        family = {fold(p.name) for p in self.cast.by_surname(surname)}
        counts: dict[str, int] = {}
        for _, key in set(self.cast.mentions):
            if key in family:
                counts[self._given(key)] = counts.get(self._given(key), 0) + 1
        return any(counts.get(self._given(key), 0) >= counts.get(given, 0) for key in spoke)

    def _given(self, key: str) -> str:
        """A person's given name ("Sen. Jeff Sessions" and "Jeff Sessions" are one person)."""
        person = self.cast.people.get(key)
        words = [fold(w) for w in (person.name if person else key).split()[:-1]]
        return next((w for w in words if w in GIVEN_NAMES), words[0] if words else key)

    def _body_speaking(self, name: str, at: int) -> bool:
        """Whether the text names a business or outlet by this word ("Ferro News", "Ferro Group")
        and the words it says at `at` speak of an "it": "Ferro said it would …", "… its estimate"."""
        if not self.cast.names_business(name):
            return False
        word = re.escape(name)
        end = self.sentences[self.page.sentence_at(at)][1]
        return bool(
            re.compile(rf"[^.“”\"]*?\b{word}\b[^.“”\"]{{0,40}}?\b(?:{SAY})\b[^.“”\"]{{0,30}}?\b(?:it|its)\b").match(
                self.page.text, at, end
            )
        )

    def _relative_named(self, key: str, offset: int, limit: int, gender: str) -> bool:
        """Whether the mention at `offset` is only the owner of a relative named right after it,
        and not one a pronoun of `gender` may mean: "Korvel's younger sister, Dana Korvel," read
        for a "she" where Korvel is known to be a man. The sister is a name of her own and is read
        as herself; the owner is neither a candidate nor a relative left unnamed."""
        relative = _RELATIVE_OF.match(self.page.text, offset, limit)
        if relative is None or not _APPOSED_NAME.match(self.page.text, relative.end(), limit):
            return False
        sex = KIN_GENDER.get(relative.group().split()[-1].lower())
        return sex == gender and self.cast.people[key].gender not in (None, gender)

    def _kin_at(self, key: str, offset: int, gender: str) -> bool:
        """Whether the person mentioned at `offset` is named there as a relative of another of the
        text's people of that surname ("his son, Dan Okafor", "Dan Okafor, his son"), one the
        pronoun of `gender` may mean."""
        person = self.cast.people[key]
        surname = person.name.split()[-1]
        others = [p for p in self.cast.by_surname(surname) if p is not person]
        if not others:
            return False  # "her daughter Jessa Holm": no other Holm the pronoun may be
        if all(p.gender not in (None, gender) for p in others):
            # "Holm's daughter, Jessa Holm, spoke. “…,” she said" where every other Holm is a man:
            # the relative is the only one of that family the pronoun may mean
            return False
        for start, end, _ in self.cast.kin(surname):
            if start <= offset < end:
                # "his son, Dan Okafor" is not whom a "she" may mean
                words = re.findall(r"[a-z]+", self.page.text[start:end])
                words = [w[:-1] if w[:-1] in KIN_GENDER else w for w in words]  # "sons"
                sex = next((KIN_GENDER[w] for w in words if w in KIN_GENDER), None)
                return sex in (None, gender)
        return False

    def _namesake(self, surname: str, gender: str, at: int) -> str | None:
        """Whom "Mr."/"Mrs." and `surname` mean when the text names two or more people of that
        family name and sex: the one its first paragraph names, when it names no other ("Tom Brel
        spoke at the pier …": Tom Brel, whom the story is about) and no relative of his was named
        just before ("His late brother, Karl Brel, …"); "" when the words do not say; None when
        only one is named."""
        people: dict[str, tuple[int, str]] = {}  # given name -> (first mention, name): "Ana M. Brel" is Ana Brel
        for person in self.cast.by_surname(surname):
            if person.gender not in (None, gender):
                continue
            words = [fold(w) for w in person.name.split()[:-1]]
            given = next((w for w in words if w in GIVEN_NAMES), words[0] if words else "")
            key = fold(person.name)
            first = min((offset for offset, k in self.cast.mentions if k == key), default=len(self.page.text))
            if given not in people or first < people[given][0]:
                people[given] = (first, person.name)
        if len(people) < 2:
            return None
        lede_end = self.page.paragraphs[0][1] if self.page.paragraphs else 0
        in_lede = [name for first, name in people.values() if first < lede_end]
        if len(in_lede) != 1 or self._relative_last(surname, in_lede[0], at):
            return ""  # (nor when "his son, Dan Brel" was named just before)
        return in_lede[0]

    def _pronoun(self, pronoun: str, at: int) -> Speaker | None:
        """ "he"/"she": the person of the nearest sentence that names a fitting one; of several,
        the one speaking there or the one the sentence opens with, else nobody. Never sure when
        that one is named there only by a family name that others of the text share, or only past
        the sentences a pronoun is surely read from."""
        who, guessed = self._pronoun_read(pronoun, at)
        if who is None:
            return None
        if (self.cast.person_key(who.name) or fold(who.name)) in guessed:
            self._chained.add(self.page.sentence_at(at))
            return replace(who, sure=False)
        if not who.sure:
            # a guess (a name past the sentences a pronoun is surely read from, another that may
            # be meant): a he/she going on from its statement is no surer
            self._chained.add(self.page.sentence_at(at))
            return who
        # “…,” he said, “…”: the pronoun goes on from the statement just made in its sentence,
        # and is no surer than it.
        before = [q for q in self.ledger.in_sentence(self.page.sentence_at(at)) if q.start < at]
        if before and before[-1].speaker == who.name and not before[-1].sure:
            return replace(who, sure=False)
        if self.rivals.words_between(who, pronoun, at) or self.rivals.later_subject(who, pronoun, at):
            # "A said …, and B said “…”. “…,” he said", "A said …, but a union official disagreed.
            # “…,” he said": another's words, or another the sentence goes on to tell of, stand
            # between the name and the pronoun, and which one goes on the chain of names cannot
            # tell; a guess, and so is a he/she going on from it
            self._chained.add(self.page.sentence_at(at))
            return replace(who, sure=False)
        return who

    def _pronoun_read(self, pronoun: str, at: int) -> tuple[Speaker | None, frozenset[str]]:
        """The reading of "he"/"she" at `at` (`_pronoun`), with the people it only guessed at: a
        family name several share, or a name past the sentences a pronoun is surely read from."""
        guessed: set[str] = set()
        unplaced = False  # someone named spoke between whom the page does not show as a person
        gender = "m" if pronoun == "he" else "f"
        here = self.page.sentence_at(at)
        other = self._talked_about(here, at)
        near = here - 1  # the farthest sentence a sure pronoun is read from
        # How far back the name is looked for: this sentence and three before, and one more for
        # each sentence between that the same pronoun opens ("He …. He …. “…,” he said": a chain
        # the writer keeps going, however long, up to a few).
        reach = _PRONOUN_REACH
        for index in range(here, -1, -1):
            if here - index >= reach:
                break
            start, end, _ = self.sentences[index]
            limit = min(end, at) if index == here else end
            if index != here and _unnamed_subject(self.page.text[start:end], gender):
                return None, frozenset(guessed)  # "A nurse, never named, said …. “…,” she said": maybe her
            candidates: list[tuple[int, str, str]] = []  # offset, key or description, kind
            related = False
            # "Asked whether Isak would play again, Howe paused.": who is asked about is not who answers.
            asked = _ASKED.match(self.page.text, start, end)
            first = bisect.bisect_left(self.cast.mentions, (asked.end() if asked else start, ""))
            for offset, key in self.cast.mentions[first:]:
                if offset >= limit:
                    break
                if self._relative_named(key, offset, limit, gender):
                    pass  # "Korvel's sister, Dana Korvel, …. “…,” she said": the sister, named next, is read as herself
                elif _RELATIVE_OF.match(self.page.text, offset, limit) or self._kin_at(key, offset, gender):
                    related = True  # "Varga's son", "his son, Dan Varga": someone else, whom the pronoun may mean
                elif not self._owner_of_next(offset, limit) and key not in other and self.rivals.a_person(key):
                    candidates.append((offset, key, "person"))
            # "Brel" alone where Ivo and Ada Brel are both named: the one named first, as a guess.
            named_here = {c[1] for c in candidates} | other
            for offset, key in self.cast.shared:
                in_reach = (asked.end() if asked else start) <= offset < limit
                if in_reach and key not in named_here and not self._owner_of_next(offset, limit):
                    candidates.append((offset, key, "person"))
                    guessed.add(key)
            candidates.sort()
            if here - index >= _PRONOUN_REACH:
                # past the sentences a he/she is surely read from, carried only by the chain
                guessed.update(key for _, key, _ in candidates)
                guessed.update(self.cast.person_key(q.speaker) or fold(q.speaker) for q in self.ledger.named_in(index))
            if not self.ledger.named_in(index) and self.rivals.shared_subject(start, limit, gender):
                # "Marsh called it “…,” but he also noted": which Marsh the text does not say
                return None, frozenset(guessed)
            speakers = []
            for statement in self.ledger.named_in(index):
                if statement.organisation or kind(statement) == "group":
                    continue
                who = self.cast.person_key(statement.speaker)
                # Never one the statement talks about, a name only found speaking that the text
                # does not show as a person ("Harbor Lens Daily first reported"), nor the source
                # of a report ("according to Ledgerline").
                if who in other:
                    continue
                if who is not None and not self.rivals.a_person(who):
                    # (but someone named spoke here whom the pronoun may mean, for all the page
                    # knows: "Jelka Vardo said …. “…,” she said" is hers as like as not)
                    unplaced = unplaced or statement.start < at
                    continue
                if who is None and statement.cue == "according" and len(statement.speaker.split()) == 1:
                    continue
                speakers.append(statement)
            if unplaced:
                # past one who spoke and whom the page cannot place, a reading is only a guess
                guessed.update(key for _, key, _ in candidates)
                guessed.update(self.cast.person_key(s.speaker) or fold(s.speaker) for s in speakers)
            fitting: list[tuple[int, str, str]] = []
            for offset, key, _kind in candidates:
                person = self.cast.people[key]
                if person.gender in (None, gender) and key not in [f[1] for f in fitting]:
                    fitting.append((offset, key, person.name))
            # (one the text gives no gender but a role that has one, "the pope said": not a "she")
            speaking = [
                s
                for s in speakers
                if self.cast.fits(s.speaker, gender) and ROLE_GENDER.get((s.role or "").lower(), gender) == gender
            ]
            fronted = self._opening_pronoun(pronoun, start, end, candidates) if index != here else None
            if fronted and not speaking and self._other_antecedent(fronted[1], gender, index):
                # "After he left, Quell spoke. “…,” he said": Quell, but "he" may have been another
                # man named before, and the sentence then tells of two
                near = index + 1
            if index != here and not speaking and self._pronoun_subject(pronoun, start, end, candidates, fronted):
                # "She said she'd rather elect Hillary Clinton": she is still the one before, and a
                # sentence the same pronoun opens takes the chain no farther from its name
                near -= 1
                reach = min(reach + 1, _PRONOUN_REACH + _PRONOUN_CHAIN)
                continue
            if index != here and self._writer_asks(start, end):
                # "“…,” Reske said. Would Ivo Varga run again? “Not this year,” he said": the writer's
                # own question names whom it is about; who answers it, the names cannot tell
                near = index + 1
            told = {m.group(1) for m in _TOLD_ONE.finditer(self.page.outside_quotes(start, end))}
            if index != here and speaking and (_OBJECT[gender] in told or self._told_by_name(start, fitting, speaking)):
                # "“…,” Quint told him. “…,” he said", "“…,” Quint told Ivo Darr. “…,” he said": the
                # one told may answer
                near = index + 1
            names = {f[2] for f in fitting} | {s.speaker for s in speaking}
            if index != here:
                answer = self._one_asked(start, end, fitting, gender, at + len(pronoun), other)
                if answer is not None and any(s.start <= answer[0] for s in speaking):
                    # "Reske said he asked Varga whether …": one who speaks tells of the question,
                    # and may go on (but "when the Ledger asked Varga about it, the mayor said …")
                    answer = None
                if answer is not None:
                    # "Tom Reske asked Ivo Varga whether …. “…,” he said": Varga answers; one asked
                    # the page cannot name ("asked him …", "asked the harbor master …") leaves it no one's
                    if answer[1] == "":
                        return None, frozenset(guessed)
                    asker_fits = any(f[1] != answer[1] and f[0] < answer[0] for f in fitting)
                    person = self.cast.people[answer[1]]
                    return Speaker(
                        person.name,
                        person.roles[0] if person.roles else None,
                        "person",
                        # (when the asker is as fitting, the answer is the likelier reading, not a sure one)
                        sure=index >= near and not asker_fits,
                        how=f"he/she: the one asked, {_back(here, index, near)}",
                    ), frozenset(guessed)
            if (
                index != here
                and len(names) > 1
                and any(
                    _ASKED_ONE.search(self.page.text, start, o) and not OWNER_AT.match(self.page.text, o)
                    for o, _, _ in fitting
                )
            ):
                near = index + 1  # "The host, Ron Pask, asked Vell whether …. “…,” he said": asker or asked
            if (
                index != here
                and not speaking
                and fitting
                and _DESCRIBED_SUBJECT.match(self.page.text, start, end)
                and all(OWNER_AT.match(self.page.text, offset) for offset, _, _ in fitting)
            ):
                # "The Kesh senator asked the hall for calm, a nod to one of Brel's dinners. He
                # said …": the sentence is about the one it describes, its only name an owner's;
                # who is described a sentence before may be meant, but not surely.
                continue
            if not speaking and _described_opener(self.page.text[start : min(end, at)], gender):
                # "His uncle, Piet, sold the orchard to Vell. “…,” he said": the uncle, maybe; and so
                # in the pronoun's own sentence ("The veteran senator praised Ida Varn, and she said
                # …": the senator goes on as subject as readily as Varn)
                near = index + 1
            if related and not speaking:
                return None, frozenset(guessed)  # "… an interview with Tomasz Vargaski Ruiz, Varga's son. “…,” he said"
            if (
                index != here
                and not speaking
                and fitting
                and not self.ledger.named_in(index)
                and all(OWNER_AT.match(self.page.text, offset) for offset, _, _ in fitting)
                and _SPEECH.search(self.page.outside_quotes(start, end))
            ):
                # "Sunday night, the guild's Ivo said the guild would fight Tesk's levy. “…,” he said":
                # someone the page could not name spoke there, and the only one it names is whose levy
                return None, frozenset(guessed)
            if not names:
                if (
                    index != here
                    and not self.ledger.named_in(index)
                    and _SPEECH.search(self.page.outside_quotes(start, end))
                ):
                    # someone the text did not let us name spoke in between; but one the text names
                    # by a title ("the Harbor Party nominee said nothing new. “…,” he said") is that one
                    titled = self._titled_speaker(start, end, gender)
                    if titled is None:
                        return None, frozenset(guessed)
                    return replace(
                        titled, sure=False, how=f"he/she: the one described who spoke, {_back(here, index, near)}"
                    ), frozenset(guessed)
                described = _DESCRIBED_PERSON.match(self.page.text, start, end)
                known = self._described_titled(start, end, gender) if index != here else None
                named_self = self._self_named(start, end, gender) if index != here else None
                if named_self is not None:
                    # "The woman … identified herself as a nurse named Lira. “…,” she said": Lira, never
                    # surely (a given name alone, which another person in the story may bear)
                    return Speaker(
                        named_self,
                        None,
                        "person",
                        sure=False,
                        how=f"he/she: the one who gave their name, {_back(here, index, near)}",
                    ), frozenset(guessed)
                if known is not None:
                    # "The senator was pressed on the levy. “…,” she said": the one "the senator" means,
                    # never surely: another holder of a like title ("But the deputy mayor …") or
                    # someone the sentence brings in unnamed ("… was heckled by a woman") may be meant
                    return replace(
                        known,
                        sure=False,
                        how=f"he/she: the one described, {_back(here, index, near)}, {known.how}",
                    ), frozenset(guessed)
                if index != here and described:
                    # "The defeated champion was gracious. “…,” she said.": the one described
                    return Speaker(
                        described.group("who"),
                        None,
                        "anonymous",
                        sure=index >= near,
                        how=f"he/she: the one described, {_back(here, index, near)}",
                    ), frozenset(guessed)
                continue
            if len(names) == 1:
                name = names.pop()
                source = next((s for s in speaking if s.speaker == name), None)
                if source is not None:
                    return Speaker(
                        source.speaker,
                        source.role,
                        "anonymous" if source.anonymous else "person",
                        sure=index >= near
                        and self._sure_through(source, index)
                        and not self._may_answer(index, self._key(source.speaker), gender, here),
                        how=f"he/she: the one who spoke{self._from_guess(source)}, {_back(here, index, near)}",
                    ), frozenset(guessed)
                key = fold(name)
                named_at = [f[0] for f in fitting if f[2] == name][:1]
                return Speaker(
                    name,
                    self.cast.people[key].roles[0] if self.cast.people[key].roles else None,
                    "person",
                    sure=index >= near
                    # (the subject past a clause its he/she opened: "Once he had moored the barge, Tesk …")
                    and (
                        self._opens(start, named_at)
                        or (fronted is not None and fronted[1] == key)
                        or not self.rivals.rivalled_nearby(name, gender, index)
                    )
                    and not (index == here and self._in_reported_words(start, named_at))
                    # ("Brel's deputy met Ivo Darr. “…,” he said": the deputy is the subject)
                    and not (named_at and self._owner_of_a_person(named_at[0], end))
                    # ("The mayor met Piet Orr. “…,” he said": the mayor is the subject, and as likely)
                    and not (index != here and named_at and self._titled_before(start, end, named_at[0], gender))
                    and not self._in_opening_clause(start, min(end, at), named_at, key, pronoun)
                    and not self._may_answer(index, key, gender, here)
                    # ("Dalby praised Omar Darr, who thanked him", "Dalby met Omar Darr": either goes on)
                    and not (
                        index != here and named_at and self.rivals.takes_a_turn(key, gender, index, named_at[0], at)
                    )
                    # ("Tom Orr voted no. Omar Darr voted yes. “…,” he said": either may go on)
                    and not (
                        index != here
                        and (self.cast.people[key].gender is None or self._first_named_in(key, index))
                        and self.rivals.known_rival_opens(name, gender, index)
                    ),
                    how=f"he/she: the one named, {_back(here, index, near)}",
                ), frozenset(guessed)
            if len({s.speaker for s in speaking}) == 1:
                source = speaking[0]
                return Speaker(
                    source.speaker,
                    source.role,
                    "anonymous" if source.anonymous else "person",
                    sure=index >= near
                    and self._sure_through(source, index)
                    and not self.rivals.speaker_beside_subject(source, index, gender)
                    and not self._may_answer(index, self._key(source.speaker), gender, here),
                    how=f"he/she: the one of several who spoke{self._from_guess(source)}, {_back(here, index, near)}",
                ), frozenset(guessed)
            # Of several, the sentence's subject: the first named past what opens the sentence
            # ("As for Vell's gaffe, Marsh grinned": Marsh).
            # Never one named only as whose the subject, a person, is ("Vell's critics include
            # Pask": the critics are the subject, and Pask as likely the one who goes on).
            opening = next(
                (
                    f
                    for f in sorted(fitting)
                    if subject_lead(self.page.text[start : f[0]]) and not self._owner_of_a_person(f[0], end)
                ),
                None,
            )
            joined = opening is not None and any(
                _joined_subjects(self.page.text, opening[0], f[0], gender) for f in fitting if f[0] > opening[0]
            )
            if joined and near == here - 1:
                # "Brel and Pask met at the dock.": the subject is both, "he" either one (unless a
                # sentence the pronoun opened since has taken the chain on past them)
                return None, frozenset(guessed)
            if opening:
                person = self.cast.people[opening[1]]
                # "Quint runs the chandlery, and Varga runs the bakery.": each opens a clause of
                # its own, and "she" may go on with either.
                second = any(
                    _NEXT_CLAUSE_SUBJECT.search(self.page.text, start, f[0]) for f in fitting if f[0] > opening[0]
                )
                return Speaker(
                    person.name,
                    person.roles[0] if person.roles else None,
                    "person",
                    sure=index >= near
                    and not second
                    # ("After Tom Berrow met the board, Paul Ashdale spoke": the main clause's subject may be meant)
                    and not self._in_opening_clause(start, min(end, at), [opening[0]], opening[1], pronoun)
                    and not (index != here and self.rivals.takes_a_turn(opening[1], gender, index, opening[0], at))
                    # ("Ivo Renn spoke with his lawyer, Mia Cole. “…,” she said": the subject's sex
                    # is not given, and another of the sentence is known to be a woman)
                    and (
                        person.gender is not None or not any(self.cast.people[f[1]].gender == gender for f in fitting)
                    ),
                    how=f"he/she: the subject of several, {_back(here, index, near)}",
                ), frozenset(guessed)
            return None, frozenset(guessed)
        return None, frozenset(guessed)

    def _described_titled(self, start: int, end: int, gender: str) -> Speaker | None:
        """The person a title that opens the sentence at `start` as its subject means ("The senator
        was pressed …", "The mayor called it unfair"), read as "“…,” the senator said"
        there would be: for a he/she that goes on from that sentence. Only "the" and a title (not
        "the woman", "a senator"), only the subject of its own clause, its verb next (not "The
        senator who …", which may bring in someone new, nor "The senator's aide"), and only one the
        resolver reads surely, whom the text does not show to be of the other sex. The he/she read
        so is a guess, never sure (another holder of a like title may be meant, or one the sentence
        brings in unnamed: "But the senator was heckled by a woman …")."""
        titled = _TITLED_SUBJECT.match(self.page.text, start, end)
        if titled is None:
            return None
        who = self._definite(titled.group("who"), start)
        if who is None or who.kind != "person" or not who.sure or not self.cast.fits(who.name, gender):
            return None  # (and never a guess: "The senator was …" after two senators)
        return who

    def _self_named(self, start: int, end: int, gender: str) -> str | None:
        """The name the subject of the sentence at `start` gives themself (`SELF_NAMED`), when it
        is a given name the lexicon knows, of the pronoun's sex as "herself"/"himself" is. Only in
        the sentence's own clause ("The caller identified herself as Lira"), not in words it
        reports ("Police said a woman who identified herself as Lira had called"), and not a word
        of faith or party bare ("identified himself as Christian", `SELF_LABELS`)."""
        words = self.page.outside_quotes(start, end)
        found = SELF_NAMED.search(words)
        if found is None or (found.group("self") == "herself") != (gender == "f"):
            return None
        if SPEAKING.search(words, 0, found.start()):
            return None  # someone else's words tell of the one who gave the name
        name = found.group("name")
        if fold(name) in SELF_LABELS and "named" not in words[found.start() : found.start("name")]:
            return None
        return name if GIVEN_NAMES.get(fold(name)) == gender else None

    def _titled_speaker(self, start: int, end: int, gender: str) -> Speaker | None:
        """The person a title that speaks in the sentence at `start` means ("Pressed on the
        fees, the Harbor Party nominee said nothing new"), when the resolver reads it surely as one
        of the pronoun's sex."""
        said = _DESCRIBED_SAYS.match(self.page.outside_quotes(start, end))
        if said is None or said.group("who").split()[-1].lower() not in ROLE_HEADS | _RUNNING:
            return None  # (not "the harbor master", whom the text may not have named at all)
        who = self._definite(said.group("who"), start)
        if who is None or who.kind != "person" or not who.sure or not self.cast.fits(who.name, gender):
            return None
        return who

    def _titled_before(self, start: int, end: int, named: int, gender: str) -> bool:
        """Whether the sentence at `start` opens on a title as its subject (`_TITLED_SUBJECT`), of
        the pronoun's sex or of either, before the one it names at `named`: "The mayor met Piet
        Orr" is as much about the mayor, whom a he/she may mean."""
        titled = _TITLED_SUBJECT.match(self.page.text, start, end)
        if titled is None or titled.end() > named:
            return False
        return ROLE_GENDER.get(titled.group("who").split()[-1].lower(), gender) == gender

    def _unsure_if_rivalled(self, who: Speaker | None, pronoun: str, at: int) -> Speaker | None:
        """A he/she read from an earlier sentence is not sure when another may be meant (`Rivals`)."""
        key = self.cast.person_key(who.name) if who is not None and who.sure and who.kind == "person" else None
        if who is None or key is None or not self.rivals.rivalled(who, key, pronoun, at):
            return who
        # a guess: and a he/she going on from it ("He adds that …") is no surer
        self._chained.add(self.page.sentence_at(at))
        return replace(who, sure=False)

    def _not_the_former(self, key: str, description: str, head: str) -> bool:
        """Whether `description` is a past holder of an office ("the former mayor") that the text
        gives `key` as a present one: the one it calls mayor, unless it calls them a former one too."""
        if key not in self.cast.people:  # (a mention of no one the cast knows as a person)
            return False
        past = _FORMER.search(description)
        if past is None:
            # "the governor" is not one the text calls only a former governor
            return self.cast.only_former(key, head)
        profile = self.cast.profile(key)
        return head in profile and past.group(0).lower() not in profile

    def _spouse_told(self, surname: str, sex: str, at: int) -> bool:
        """Whether a sentence before `at` that names `surname`, or the one after it, tells of
        someone's spouse of `sex`, the one an honorific gives ("Mayor Ardo Pann stayed away. His wife
        spoke outside."), or the sentence at `at` has the one titled tell of their own ("“…,” Mrs.
        Pann said of her husband")."""
        _, own_end, _ = self.sentences[self.page.sentence_at(at)]
        if OWN_SPOUSE[sex].search(self.page.outside_quotes(at, own_end)):
            return True
        named = {
            self.page.sentence_at(found.start())
            for found in re.finditer(rf"\b{re.escape(surname)}\b", self.page.text[:at])
        }
        for index in sorted(named | {i + 1 for i in named}):
            if index >= len(self.sentences):
                continue
            start, end, _ = self.sentences[index]
            if SPOUSE[sex].search(self.page.outside_quotes(start, min(end, at))):
                return True
        return False

    def _sure_through(self, source: Quote, index: int) -> bool:
        """Whether a he/she read from an earlier statement is sure: not when that statement was not
        sure and its sentence opens with a person described, not named ("The Harbor Democrat gave
        Vell credit, but he said …": the one described may be meant as well as Vell)."""
        start, end, _ = self.sentences[index]
        if not source.sure and re.fullmatch(r"(?:Mr|Mrs|Ms|Miss)\.?\s+\S+", source.speaker):
            return False  # "Mr. Brel", not sure which Brel: nor is "he" who goes on from him
        if self._guessed(source):
            # a he/she carried past the sentences it is surely read from, or read by a guess: no
            # surer here (on real news, one read from a guessed one is wrong one time in seven)
            return False
        if not source.sure and (
            _READ_PAST.match(source.how or "")
            or ((source.how or "").startswith("he/she:") and len(source.speaker.split()) == 1)
        ):
            # its own he/she (or the one it goes on from) was read past sentences that named no
            # one for it, or read as one the text names by a single word, and was not sure: "…
            # said she expects …. But his sister, Mara, gave a hint. “…,” she said. Asked …, she
            # said": the second "she" is no surer than the first
            return False
        return source.sure or not _DESCRIBED_SUBJECT.match(self.page.text, start, end)

    def _may_answer(self, index: int, speaker: str, gender: str, here: int) -> bool:
        """Whether a he/she at sentence `here`, read as `speaker` (a person key), who spoke or is
        named with quoted words in the earlier sentence `index`, may as well be another of its sex
        answering them: those words are a question the writer says was asked ("“Will the fares
        rise?” asked the host, Felix Varn. “Not while I chair the board,” he said": the chairman
        answers), and someone else of that sex is named in the sentences before it. (A question the
        speaker puts to the room, tagged "said", is read as before. So is a commentator quoted on
        someone and then "he said": news gives a reply by the one spoken of its speaker's name, so
        the commentator goes on, unless the paragraph set the two side by side as one subject:
        `_joined_with_another`.)"""
        if index == here:
            return False
        start, end, paragraph = self.sentences[index]
        said = self.page.spans_in(start, end)
        tag = self.page.outside_quotes(start, end)
        put = _ASKED_OPENER.match(tag)  # "Asked by the host about the fees, Brel said, “…?”": his question
        tag = tag[put.end() :] if put else tag
        if not said and index > 0 and self.sentences[index - 1][2] == paragraph:
            # "“Did you see the tanker?” Emil Sarr asked.": the question ends a sentence of its own
            said = self.page.spans_in(*self.sentences[index - 1][:2])
        if not said:
            return False
        if _GOES_ON_TAG.search(self.page.outside_quotes(*self.sentences[here][:2])):
            return False  # "“…,” he added": the tag itself says the one who spoke goes on
        if self._joined_with_another(index, speaker, gender):
            return True
        before = " ".join(self.page.text[s.start : s.close] for s in said)
        now = " ".join(self.page.text[s.start : s.close] for s in self.page.spans_in(*self.sentences[here][:2]))
        if not (before.rstrip(_QUOTE_TAIL).endswith("?") and not now.rstrip(_QUOTE_TAIL).endswith("?")):
            return False
        if not _ASKING.search(tag):
            return False
        return any(
            key != speaker and self.rivals.a_person(key) and self.cast.people[key].gender in (None, gender)
            for key in self._people_before(said[0].open)
            if key in self.cast.people
        )

    def _joined_with_another(self, index: int, speaker: str, gender: str) -> bool:
        """Whether one of the two sentences before sentence `index` (in its paragraph) opens on
        `speaker` joined to another the pronoun may mean, as one subject: "Premier Ardo Pann and
        his rival, Teo Marsk, debated for an hour. “…,” Pann said. “…,” he said": news that
        sets two people side by side and quotes one gives the other's reply a bare "he said" as
        often as the first one's next words (a writer who means the first goes on says "he
        added"), so which one it is the names cannot tell."""
        paragraph = self.sentences[index][2]
        for before in (index - 1, index - 2):
            if before < 0 or self.sentences[before][2] != paragraph:
                break
            start, end, _ = self.sentences[before]
            named = self.cast.mentions[
                bisect.bisect_left(self.cast.mentions, (start, "")) : bisect.bisect_left(self.cast.mentions, (end, ""))
            ]
            if not named or not subject_lead(self.page.text[start : named[0][0]]):
                continue
            opening, keys = named[0], {named[0][1]}
            for offset, key in named[1:]:
                if not _joined_subjects(self.page.text, opening[0], offset, gender):
                    break
                keys.add(key)
            others = keys - {speaker}
            if speaker in keys and any(
                self.rivals.a_person(k) and self.cast.people[k].gender in (None, gender) for k in others
            ):
                return True
        return False

    def _key(self, speaker: str) -> str:
        return self.cast.person_key(speaker) or fold(speaker)

    def _in_reported_words(self, start: int, offsets: list[int]) -> bool:
        """Whether the name at offsets[0] stands past a quotation its sentence (at `start`) opens
        with: among or beside the words the tag reports (“The fares will stay,” whatever Brel
        promises, he said), which the one speaking would not call by name but "I". Not past a
        phrase quoted inside the writer's own clause ("Asked about “the ferry deal,” Brel shrugged,
        and he said"): the name there is the clause's subject, as sure as anywhere."""
        spans = self.page.spans_in(start, offsets[0]) if offsets else []
        return bool(spans) and not self.page.text[start : spans[0].open].strip()

    def _from_guess(self, source: Quote) -> str:
        """How a reading from `source` is told apart in `how`: when source's own he/she was a guess."""
        return " (a guess)" if self._guessed(source) else ""

    def _guessed(self, source: Quote) -> bool:
        return not source.sure and source.position in self._chained

    def _one_asked(
        self, start: int, end: int, fitting: list[tuple[int, str, str]], gender: str, after: int, other: set[str]
    ) -> tuple[int, str] | None:
        """The one a question is put to in the sentence at `start` ("asked Vell whether …",
        `_QUESTION_PUT`), whom a he/she in a later sentence answering it means: (offset, key) of
        the fitting person named there, (offset, "") for one the page cannot name (a person's
        description, "him"/"her", a name it does not know as a person), or None when no question is
        put there to one the pronoun may mean (asked one of the other sex, a body, "the council",
        "Congress", or one its statement talks about or to, `other`: "“…,” he told Marden"), or the
        pronoun's own tag asks again ("“…?” he asked": the asker going on)."""
        if _ASKS_AGAIN.match(self.page.text, after) or not _QUESTION_VERB.search(self.page.text, start, end):
            return None
        frame = self.page.masked(start, end)
        found = _QUESTION_PUT.search(frame)
        if found is None or _TELLS[gender].search(frame):
            # ("It hurt, she said, when a man asked Vell why …. “…,” she said": she tells of the
            # question, and goes on)
            return None
        who_start, who_end = start + found.start("who"), start + found.end("who")
        who = found.group("who")
        if found.group("what") == "on" and found.group("verb").startswith("ask"):
            return None  # "asked Vell on Monday to resign", "asked Vell on their behalf": maybe a request
        if who in ("him", "her"):
            return (who_start, "") if who == _OBJECT[gender] else None
        if who.split()[-1].lower() in _BODY_HEADS:
            return None  # "asked the council whether", "asked Congress why": no he/she answers, the asker may go on
        named = next((f for f in fitting if who_start <= f[0] < who_end), None)
        if named is not None:
            if self.cast.people[named[1]].gender is None and any(
                f[0] < named[0] and self.cast.people[f[1]].gender == gender for f in fitting
            ):
                return None  # "Ana Pell asked Ivo Varga why …. “…,” she said": Pell, a known woman
            return named[0], named[1]
        if who[0].islower():
            head = who.split()[-1]
            sex = _BOND_GENDER.get(head) or ROLE_GENDER.get(head)
            if sex is None and not person_noun(head):
                return None  # "asked the city why", "asked a neighbor whether": maybe no one who answers
            return (who_start, "") if sex in (None, gender) else None
        # (a known person the cast has not placed here: "Ivo Varga said …. Pask asked Varga whether")
        key = self.cast.person_key(who)
        if key in other:
            return None
        if key is None or not self.rivals.a_person(key):
            return who_start, ""
        if self.cast.people[key].gender not in (None, gender):
            return None  # "Ned Pask asked Ida Vell whether …. “…,” he said": not her
        return who_start, key

    def _talked_about(self, index: int, at: int) -> set[str]:
        """The people the statement a "he"/"she" at `at` tags talks about or to, whom the pronoun
        cannot mean (they would have said "I"): those named inside the quotation marks of its
        sentence ("“Senator Vale's plan fails,” he said") and what the tag says it to or of ("he
        told Vale", "she said of Vale")."""
        start, end, _ = self.sentences[index]
        found: set[str] = set()
        first = bisect.bisect_left(self.cast.mentions, (start, ""))
        for offset, key in self.cast.mentions[first:]:  # (outside quotes)
            if offset >= end:
                break
            if offset > at and _TAG_OBJECT.fullmatch(self.page.text, at, offset):
                found.add(key)
        for span in self.page.spans_in(start, end):
            for run in _NAME_RUN.finditer(self.page.text, span.start, span.close):
                named = self.cast.person_key(re.sub(r"['’]s?$", "", run.group(0)))
                if named is not None:
                    found.add(named)
        return found

    def _first_named_in(self, key: str, index: int) -> bool:
        """Whether the text names `key` for the first time in sentence `index`."""
        start = self.sentences[index][0]
        return not self.cast.named_before(key, start)

    def _opens(self, start: int, offsets: list[int]) -> bool:
        """Whether the mention at offsets[0] is the subject its sentence (at `start`) opens with,
        after its title or past an opening clause ("In a speech on Sunday, Paul Ashdale praised
        …"): the one the sentence is about, whom a he/she just after goes on with."""
        if not offsets:
            return False
        lead = self.page.text[start : offsets[0]]
        # (past an opening clause only when it does not set the sentence in years past: background)
        return title_lead(lead) or (subject_lead(lead) and not PAST_YEARS_OPENING.search(lead))

    def _writer_asks(self, start: int, end: int) -> bool:
        """Whether the sentence at `start` is a question the writer asks: it ends on "?" and
        quotes no one."""
        return not self.page.spans_in(start, end) and self.page.text[start:end].rstrip().endswith("?")

    def _told_by_name(self, start: int, fitting: list[tuple[int, str, str]], speaking: list[Quote]) -> bool:
        """Whether one of `fitting`, not one of `speaking`, is named (in the sentence at `start`)
        as the one told or asked: "Quint told Ivo Darr", "Quint asked Sen. Ivo Darr"."""
        said = {self._key(s.speaker) for s in speaking}
        return any(
            key not in said and _TOLD_BEFORE.search(self.page.text, start, offset) is not None
            for offset, key, _ in fitting
        )

    def _owner_of_a_person(self, offset: int, limit: int) -> bool:
        """Whether the name at `offset` only says whose a person named by a noun is: "Vell's
        critics", "Vell's younger sister" (not "Vell's article", nor "Vell's been", a verb)."""
        owner = OWNER_AT.match(self.page.text, offset, limit)
        if owner is None:
            return False
        # (the noun among the first few words: "Vell's critics", "Vell's younger sister")
        words = _FIRST_FEW_WORDS.match(self.page.text[owner.end() : limit])
        return words is not None and any(
            person_noun(w) or person_noun(w.removesuffix("s")) or w.removesuffix("s") in KIN_NOUNS
            for w in words.group(0).split()
        )

    def _owner_of_next(self, offset: int, limit: int) -> bool:
        """Whether the name at `offset` only says whose the next person is: "Whitcombe spokesman
        Adrian Felde", "Quant’s campaign manager Ned Arkell" (Felde and Arkell are meant)."""
        found = _OWNER_OF_NEXT.match(self.page.text, offset, limit)
        return found is not None and any(person_noun(w.strip(",")) for w in found.group("nouns").split())

    def _salient_person(self, at: int) -> Speaker | None:
        """The one named person who speaks in, or opens, the sentences up to `at` (this one and the
        three before, in its paragraph and the one before); None when there are more, or none."""
        here = self.page.sentence_at(at)
        paragraph = self.sentences[here][2]
        found: set[str] = set()
        for index in range(here, max(-1, here - 4), -1):
            start, end, p_index = self.sentences[index]
            if p_index < paragraph - 1:
                break
            for statement in self.ledger.in_sentence(index):
                if statement.start < at and kind(statement) == "person":
                    found.add(fold(statement.speaker))
            first = bisect.bisect_left(self.cast.mentions, (start, ""))
            for offset, key in self.cast.mentions[first:]:
                if offset >= min(end, at):
                    break
                lead = self.page.text[start:offset]
                # The sentence's subject: its first name, or the first after an opening clause
                # ("A week after the vote, Hal Brennick still believes …").
                if subject_lead(lead):
                    found.add(key)
                    break
        people = {self.cast.person_key(key) or key for key in found}
        if len(people) != 1:
            return None
        key = people.pop()
        person = self.cast.people.get(key)
        if person is None:
            return None
        return Speaker(person.name, person.roles[0] if person.roles else None, "person", sure=False)

    def _in_opening_clause(self, start: int, limit: int, offsets: list[int], key: str, pronoun: str) -> bool:
        """Whether the name at offsets[0] stands only in the clause its sentence (at `start`) opens
        with, and someone else is the main clause's subject: "After Tom Berrow met the board, Kiri
        Ashdale spoke to reporters. “…,” he said": the one the sentence is about, whom no list
        gives a sex, may be meant as well as the one named in passing. Not when the main clause goes
        on with the same pronoun or names them again ("After Berrow met the board, he spoke",
        "After Tom Berrow met the board, Berrow spoke"), nor when the main clause's subject is known
        to be of the other sex."""
        clause = _OPENING_CLAUSE.match(self.page.text, start, limit)
        if clause is None or not offsets or offsets[0] >= clause.end():
            return False
        # (the main clause the same pronoun opens, maybe past an apposition: "When Ashdale, the
        # dock manager, met the board, he took notes")
        if re.search(rf",\s*{pronoun}\b", self.page.outside_quotes(clause.end() - 1, limit), re.IGNORECASE):
            return False
        gender = "m" if pronoun == "he" else "f"
        after = bisect.bisect_left(self.cast.mentions, (clause.end(), ""))
        for offset, mentioned in self.cast.mentions[after:]:
            if offset >= limit:
                break
            if mentioned == key or self.cast.person_key(self.cast.people[mentioned].name) == key:
                return False
            # (past the clause and any apposition in it: "When Ashdale, the dock manager, met the board, Lena Voss …")
            subject = title_lead(self.page.text[clause.end() : offset].rpartition(",")[2])
            if subject and self.cast.people[mentioned].gender not in (None, gender):
                return False  # the main clause's subject is known to be of the other sex: not meant
        return self._person_subject_at(clause.end(), limit)

    def _person_subject_at(self, offset: int, limit: int) -> bool:
        """Whether the clause at `offset` (or past one or two commas after it: an apposition)
        opens with a person as its subject: a run of capitalised words and then a verb ("Kiri
        Ashdale spoke"), or someone described ("the candidate said"); not a thing ("her eyes
        widened")."""
        frame = self.page.text[offset:limit]
        for at in [0, *[comma.end() for comma in re.finditer(",", frame)][:2]]:
            named = _CLAUSE_NAME_SUBJECT.match(frame, at)
            if (
                named
                and named.group("run").split()[0].lower() not in NOT_NAMES
                and self.rivals.may_name_someone(named.group("run"), named.group("next"))
            ):
                return True
            described = _CLAUSE_DESCRIBED_SUBJECT.match(frame, at)
            if described and any(person_noun(w) or w in KIN_NOUNS for w in described.group("words").split()):
                return True
        return False

    def _opening_pronoun(
        self, pronoun: str, start: int, end: int, mentions: list[tuple[int, str, str]]
    ) -> tuple[re.Match[str], str] | None:
        """The clause the sentence at `start` opens with, when `pronoun` stands in it and a person
        it may mean is named as the main clause's subject right after ("Once he had moored the
        barge, Orrin Tesk counted the sacks"), with that person's key; else None."""
        opening = _OPENING_CLAUSE.match(self.page.text, start, end)
        if opening is None or not re.search(rf"\b{pronoun}\b", opening.group(0), re.IGNORECASE):
            return None
        gender = "m" if pronoun == "he" else "f"
        for offset, key, _ in mentions:
            if offset >= opening.end() and title_lead(self.page.text[opening.end() : offset]):
                person = self.cast.people.get(key)
                return (opening, key) if person is not None and person.gender in (None, gender) else None
        return None

    def _other_antecedent(self, opener: str, gender: str, index: int) -> bool:
        """Whether the he/she in the clause sentence `index` opens with (`_opening_pronoun`) may mean
        someone before rather than `opener`, the name after it: in the text's first sentence, when
        another person of that sex is named before; later, unless the sentence just before is about
        `opener` alone or opens with them ("Marr will …. Whenever he is asked, Marr …")."""
        start = self.sentences[index][0]
        before = self.cast.mentions[: bisect.bisect_left(self.cast.mentions, (start, ""))]
        others = {
            key
            for _, key in before
            if key != opener
            and key in self.cast.people
            and self.rivals.a_person(key)
            and self.cast.people[key].gender in (None, gender)
        }
        if index == 0:
            return bool(others)
        # (past the text's first sentence, someone the page names no way this count sees may be
        # meant as well: "The chairman spoke for an hour. When he sat down, Ivo Brandt left.")
        last_start = self.sentences[index - 1][0]
        named_last = {key for offset, key in before if offset >= last_start}
        about_opener = opener in named_last and not named_last & others
        return not about_opener and self.rivals.subject_of(index - 1, start) != self._key(self.cast.people[opener].name)

    def _pronoun_subject(
        self,
        pronoun: str,
        start: int,
        end: int,
        mentions: list[tuple[int, str, str]],
        opening: tuple[re.Match[str], str] | None,
    ) -> bool:
        """Whether the same pronoun is the subject of the sentence at `start`, before any name:
        the people it names after that are what it talks about, not who "he" or "she" is.
        `opening`: the clause the sentence opens with holding the pronoun (`_opening_pronoun`)."""
        frame = self.page.text[start:end]
        # "Once he had moored the barge, Tesk counted the sacks": the sentence is Tesk's
        asked = _ASKED.match(frame) or (opening[0] if opening else None)
        found = re.search(rf"\b{pronoun}\b", frame[asked.end() if asked else 0 :], re.IGNORECASE)
        if found is None:
            return False
        at = start + (asked.end() if asked else 0) + found.start()
        lead = _OPENING_PARTICIPLE_OR_CLAUSE.match(frame)
        if lead is not None and at < start + lead.end():
            subject = _CLAUSE_DESCRIBED_SUBJECT.match(frame, lead.end())
            if subject is not None and any(person_noun(w) for w in subject.group("words").split()):
                # "Pressed on whether he would cut the fees, the harbor master said nothing new": the
                # he of the opening clause is the one the main clause describes, not the chain's
                return False
        return self.page.inside_quote(at) is False and all(offset > at for offset, _, _ in mentions)

    def _group_pronoun(self, pronoun: str, at: int) -> Speaker | None:
        """ "it"/"they" speak for the organisation or group that spoke in the sentence before."""
        here = self.page.sentence_at(at)
        for index in (here, here - 1):
            if index < 0:
                continue
            for statement in reversed(self.ledger.in_sentence(index)):
                if pronoun == "it" and statement.organisation:
                    return Speaker(statement.speaker, statement.role, "organisation")
                if pronoun == "they" and statement.cue and statement.anonymous and plural(statement.speaker):
                    return Speaker(statement.speaker, None, "group")
        if here > 0 and _TRAILING_SOURCE.search(self.page.masked(*self.sentences[here - 1][:2])):
            return None  # "Varn caught less cod, the report said. “…,” it said": Varn is what was reported
        if here > 0 and pronoun == "it":
            start, end, _ = self.sentences[here - 1]
            organisation = _SUBJECT_ORG.match(self.page.text, start, end)
            if organisation and _RECEIVING.match(self.page.text, organisation.end("name")):
                return None  # "The Harbor Authority got a letter from …. “…,” it said": the letter speaks
            if (
                organisation
                and is_organisation(organisation.group("name"))
                and self.cast.person_key(organisation.group("name")) is None
            ):
                return Speaker(self.cast.expand(organisation.group("name")), None, "organisation")
        if here > 0:
            start, end, _ = self.sentences[here - 1]
            subject = re.match(
                r"^([\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)\s+(?:has\s+|have\s+)?[a-z]+ed\b",
                self.page.text[start:end],
            )
            if subject and not _RECEIVING.match(self.page.text, start + subject.end(1)):
                who = self._resolve(clean(subject.group(1)), start)
                if who and (
                    (pronoun == "it" and who.kind == "organisation") or (pronoun == "they" and who.kind == "group")
                ):
                    return who
        return None

    def _some_of(self, at: int) -> Speaker | None:
        """ "Analysts said … Several said …": some of the group that spoke in the sentence before."""
        here = self.page.sentence_at(at)
        paragraph = self.sentences[here][2]
        for index in range(here, max(-1, here - 3), -1):  # one of them may be quoted in between
            if self.sentences[index][2] != paragraph:
                break
            for statement in reversed(self.ledger.in_sentence(index)):
                if statement.anonymous and plural(statement.speaker):
                    return Speaker(statement.speaker, None, "group")
        return None

    def another_of_sex(self, pronoun: str, name: str, at: int) -> bool:
        """Whether "he"/"she" at `at`, read as `name`, may mean another person: one of its sex, or
        of a sex the text does not give, named before it in its sentence or in the sentence
        before ("When Piet Orr arrived, he went further: “…”"). Not one the opening asks about
        ("Asked about Orr's plan, he said: “…”": who is asked about is not who answers)."""
        gender = "m" if pronoun == "he" else "f"
        key = self.cast.person_key(name)
        here = self.page.sentence_at(at)
        start = self.sentences[max(0, here - 1)][0]
        asked = _ASKED.match(self.page.text, self.sentences[here][0], at)
        return any(
            other != key
            and not (asked and asked.start() <= offset < asked.end())
            and self.cast.is_person(other)
            and self.cast.people[other].gender in (gender, None)
            for offset, other in self.cast.mentions_between(start, at)
        )

    def subject(self, pre: str, at: int) -> Speaker | None:
        """Who speaks, from the words before the verb: the clause's subject, or a name in the
        commas before it ("Zelensky, speaking in his nightly address, said")."""
        if NEGATED.search(pre) or _NOT_EVEN.match(pre):
            return None  # ("Not even the mayor, Ivo Darr, said …": no one said it)
        if _KIND_BEFORE_WHO.search(pre):
            return None  # "… and a leading Harbor Party Liberal who said …": a kind of person, not a name
        inside = _SUBORDINATE_SUBJECT.search(pre)
        if inside is not None and inside.group("who")[:1].islower() and pre[: inside.start()].rstrip().endswith(","):
            # ", while the committee said …": set off by a comma, its subject is read as any other's (and
            # ", since the Harbor Authority has said …" the Harbor Authority, not "since the Harbor Authority")
            if re.match(r"(?:while|because)\b", inside.group(0)):
                inside = None
            else:
                return self.resolve(inside.group("who"), at + inside.start("who"))
        if inside is not None and inside.start() > 0 and not re.search(r"[,;]", inside.group("who")):
            # "The walkout began after Ruiz Logistics said …": the speaker of a clause told in passing, the
            # main clause the writer's; the one named, never sure
            who = self.resolve(inside.group("who"), at + inside.start("who"))
            if inside.group("who")[:1].islower():
                # "Ida Marsk quit after the board said …": the board or no one, never "Ida Marsk quit
                # after the board"; a body the text does not name ("after the ministry said") kept,
                # unsure, so its words still stand between a name and a later "she said"
                body = _UNNAMED_BODY.fullmatch(inside.group("who")) if who is None else None
                if body is not None:
                    return Speaker(body.group("body"), None, "organisation", sure=False)
                return None if who is None else replace(who, sure=False)
            if who is not None and who.kind == "organisation":
                return replace(who, sure=False)  # (a person so named is read as before: `_CLAUSE_SURNAME`)
        # "Vell — never one to mince words — told …": an aside in dashes is one in commas (the
        # same length, so offsets hold)
        dashed = _DASH_ASIDE.search(pre)
        if dashed is not None:
            opens, closes = dashed.start("aside") - dashed.start(), len(pre) - dashed.end("aside")
            pre = f"{pre[: dashed.start()]},{' ' * (opens - 1)}{dashed.group('aside')},{' ' * (closes - 1)}"
        aux = re.search(rf"\s+{AUX}$", pre)
        trimmed = pre[: aux.start()] if aux else pre
        # "the Ministry of Economy, Trade and Industry": commas inside a name do not part phrases.
        trimmed = _LISTED_NAME.sub(lambda m: m.group(0).replace(",", _KEEP_COMMA), trimmed)
        trimmed = re.sub(r"(?<=\d),(?=\d{3}\b)", _KEEP_COMMA, trimmed)  # "greeted 2,000 supporters"
        parts = [part.replace(_KEEP_COMMA, ",") for part in trimmed.split(",")]
        if not parts[-1].strip():
            # "Marisol Quant, executive director of the Harbour Trust, a local charity, said": a
            # full name, then what it is, in commas.
            # "Ms. Lund, whose start-up, Brightkey, sells maps, said": no name inside the relative
            # clause of a named subject speaks, the name before it does (but "A crane operator,
            # who gave only his first name, Mike, said": Mike).
            aside = next(
                (k for k in range(1, len(parts) - 1) if _ASIDE.match(parts[k]) and _ENDS_NAMED.search(parts[k - 1])),
                len(parts),
            )
            for k in range(max(0, len(parts) - 6), min(len(parts) - 2, aside)):
                if _FULL_NAME.fullmatch(parts[k]) and all(_APPOSED.match(p) for p in parts[k + 1 : -1]):
                    named = self.resolve(parts[k], at + len(",".join(parts[:k])))
                    if named is not None and named.kind == "person":
                        return with_title(named, parts[k + 1 : -1])
            for k in range(min(len(parts) - 3, aside - 1), max(-1, len(parts) - 6), -1):
                candidate = parts[k]
                appositive = ",".join(parts[k + 1 : -1])
                who = self.resolve(candidate, at + len(",".join(parts[:k])), appositive)
                if who is not None:
                    return who
            return None
        last = parts[-1]
        joint = _JOINT_WORD.fullmatch(last)
        if joint and len(parts) >= 2:
            # "Carl Brandt did not name his rivals, but told his supporters, “…”": the first
            # clause's subject, when it opens with a name ("…, but now said": the same).
            opening = _NAMED_CLAUSE.match(parts[0])
            if opening is None and len(parts) >= 4 and _WHO_PART.match(parts[1]):
                # "Carl Brandt, who spoke to the mayors, did not name his rivals, but told …": the
                # name before its relative clause, when the clause after it opens on its verb
                bare = _BARE_NAME.fullmatch(parts[0])
                verb = _OPENS_ON_VERB.match(parts[2])
                return self.resolve(bare.group(1), at) if bare and verb else None
            return self.resolve(opening.group("who"), at) if opening else None
        if last.strip().lower() in ("who", "which") and len(parts) >= 2:
            # "… spokeswoman Maria Zakharova, who said": the name before the comma; "Sen. Ottilie
            # Brandt of Vermont, the ranking member of the panel, who said": before that.
            named_part = parts[-2]
            # what the one named is, in commas, with or without an article ("the ranking member of
            # the panel, who said", "leader of the Harbor Party, who said"): the name before it
            apposed = len(parts) - 3
            # ("which" is a body's: "Ida Marsk, head of the Harbor Authority, which said" is the
            # Authority, so a post without an article is no apposition to skip there)
            role = _APPOSED_ROLE if last.strip().lower() == "who" else _APPOSED_ROLE_BEFORE_WHICH
            skipped = apposed >= 0 and role.match(parts[-2]) is not None
            if skipped and not _several_apposed(parts[apposed], parts[-2]):
                named_part = re.sub(r"\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*$", "", parts[apposed])
            run = re.search(rf"(?:(?:[a-z]+|{NAME_TOKEN})\s+){{0,3}}{NAME_TOKEN}(?:\s+{NAME_TOKEN})*\s*$", named_part)
            who = self.resolve(run.group(0), at) if run else None
            if who is not None and _CLAUSE_IN_NAME.search(who.name):
                # "Orr criticized the Harbor Party", "Orr sued the Harbor Authority": a clause, not a
                # name; the names it ends on
                who = None
            names = re.search(rf"(?:{NAME_TOKEN}\s+)*{NAME_TOKEN}\s*$", named_part)
            # (not whom a paper went to: "a statement to the Orn Council, which said")
            addressee = names is not None and ends_on_addressee(named_part[: names.start()])
            if who is None and names and names.group(0) != (run.group(0) if run else "") and not addressee:
                who = self.resolve(names.group(0), at)
            if last.strip().lower() == "which" and len(parts) >= 3 and _LED_BY.match(parts[-2]):
                # "which" is never a person: "The Harbor Party, led by Tomas Brel, which said" is the
                # body the participle aside is about, when it is one (a lost line when the one after
                # "by" is a firm the text does not mark as one: "owned by Tiel Shipping, which said")
                led = self.resolve(parts[-3].strip(), at + len(",".join(parts[:-3])))
                return led if led is not None and led.kind != "person" else None
            if skipped and who is not None and last.strip().lower() == "which" and _given_name_first(who):
                # (nor "Ida Marsk, the director of the Harbor Authority, which said")
                return None
            return who
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
        when = _WHEN_PRONOUN.search(last)
        if when and when.group(0).startswith("when") and ASKS_WHEN.search(last[: when.start()]):
            return None  # "Reporters asked Pell when she said …": a question, not that she spoke
        if when:
            # "Her best line came when she said, “…”", "The hall cheered when he told them …": a
            # clause of time says the pronoun spoke; the pronoun is the speaker, read as any he/she.
            # So with a dash for a comma: "Brant praised the crew -- but she said …".
            return self.resolve(when.group("who"), at + len(",".join(parts[:-1])) + when.start("who"))
        if re.search(r"\b(?:who|which|that|whom|whose|what|where|when|how|why|if|whether)\s+(?:\S+\s+)?$", last + " "):
            return None  # "soldiers who he said were surrounded": the verb is the relative clause's
        # "X welcomed the additions but said …": the subject of the first verb.
        coordinated = re.match(
            rf"^(?P<subject>.*?)\s*(?<![\w’'])(?:has\s+|have\s+|had\s+)?(?:[a-z]+ed|{PAST_IRREGULAR})\b"
            r"[^,]*?\b(?:and|but)\s*$",
            last,
        )
        if coordinated:
            if not coordinated.group("subject").strip():
                return self.subject(",".join(parts[:-1]) + ",", at) if len(parts) > 1 else None
            last = coordinated.group("subject")
        at_last = at + len(",".join(parts[:-1]))
        home = (
            re.search(
                rf"(?P<who>(?:{NAME_TOKEN}\s+)*{NAME_TOKEN})\s+(?:of|from)\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN})*\s*$",
                parts[-2],
            )
            if len(parts) > 1
            else None
        )
        if home and clean(last).lower() in PLACES | PLACE_ABBREVIATIONS:
            # "Ada Lund of Dayton, Ohio, says": Ada Lund, not Ohio.
            who = self.resolve(home.group("who"), at + len(",".join(parts[:-2])) + home.start("who"))
            return who if who is not None and who.kind == "person" else None
        who = self.resolve(last, at_last)
        if who is None:
            # "The hearing grew so tense that Senator Maria Ostrow said": the subject of
            # the clause the verb is in, when it is a full name.
            inner = _CLAUSE_SUBJECT.search(last)
            if inner:
                named = self.resolve(inner.group("who"), at_last + inner.start("who"))
                if named is not None and named.kind == "person" and " " in named.name:
                    return named
            # "The deal came days after Vell told the Courier …": one word of the name of a person
            # the text has named in full before (the full name is what it resolves to).
            surname = _CLAUSE_SURNAME.search(last)
            if surname and len(self.cast.by_surname(surname.group("who"))) <= 1:
                # (only one of that name: "Tomas and Nora Brell run the mill. … after Brell told …" is either)
                named = self.resolve(surname.group("who"), at_last + surname.start("who"))
                if named is not None and named.kind == "person" and named.name != surname.group("who"):
                    return replace(named, sure=False)  # (a clause of time: told in passing, never sure)
        return who

    def according_source(self, phrase: str, at: int) -> Speaker | None:
        """ "according to X": X, or the maker of the statement X names; data is nobody's words."""
        words = [w.lower().strip(".,’'s") for w in phrase.split()]
        if any(w in DOCUMENT_HEADS for w in words):
            return None  # "according to exchange data": a document, not a speaker
        return self.resolve(phrase, at)
