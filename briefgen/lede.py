"""The shape of an article's first sentence, its lede: hard news, or a feature's opening.

A news story opens on what happened: an act done, in the past, by someone named ("The Ostrel harbour
board fired its pilot", "Ilse Marr has resigned as mayor", "Two ferries were seized by the Varna
coast guard"), or the news on a source's word ("The strait will stay shut until spring, the ministry
says."), whether or not it names the day. A feature opens otherwise: on a question ("What does a
ferryman do when the ferry stops?"), a quotation ('"We were never told," said …'), someone the
reader has not met yet ("Two days before the vote, he walked the quays alone"), or a report's
findings ("A new poll shows Marr ahead", "…, according to a survey released …"), or a teaser's
come-on ("Watch Marr …", "Here's why …", "You won't believe …", "The guild won't be happy about who
…", a caption "(VIDEO)"). A feature may date
something in its first lines as well ("On Tuesday, she sat by the quay …"): its shape says what it is.

Plain patterns over the words (`clause`), no parser: what they cannot read is neither shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .attribution.lexicon import (
    ACCOUNT_SOURCES,
    COUNT_WORDS,
    NO_ACT_PASTS,
    ORG_HEADS,
    PERSON_HEADS,
    PLURAL_SOURCES,
    PRESS_PEOPLE,
    RELATION_NOUNS,
    SAY_WORDS,
    SOURCE_HEADS,
    TEASER_REACTIONS,
)
from .clause import finite_verbs, main_clause, subject
from .dates import PAST_FORMS
from .selfcontained import OPENING_QUOTE

__all__ = ["actor", "feature_lede", "hard_news", "teaser"]

_PRONOUNS = frozenset("he she it they we i you".split())
# A subject longer than this is no actor's name but a phrase the reading ran into ("Maybe as a token
# of how badly the valley longs to put the strike behind it, …").
SUBJECT_WORDS = 10
# Someone not met yet: the sentence opens on a pronoun, or on up to three phrases set off by commas
# and then a pronoun ("Two days before the vote, he walked …"); not a reported clause ("Marr said
# that, if elected, she would …": a phrase with a verb of saying or "that" ends the search), nor
# "it" standing for what follows ("For all the talk, it was not hard for the board to …").
_PRONOUN_FIRST = re.compile(
    r"^\W*(?:(?:(?!\b(?:said|says|told|tells|that)\b)[^,;:“”\"])*,\s+){0,3}(?:he|she|they|we|i|you|it(?!\s+(?:is|was|has|had|seems|seemed|appears|appeared|remains|remained|emerged|emerges|took|takes)\b))\b(?!['’])",
    re.IGNORECASE,
)
# Polls, surveys and studies only: an official report, figures or data give the news ("Unemployment
# figures released Friday showed …", "…, according to a United Nations report").
_DOCUMENTS = r"(?:poll|polls|survey|surveys|study|studies)"
# A report's findings as the lede: "A new poll shows …", "A study released Monday found …", "…,
# according to a survey of …", "Most voters surveyed in a poll …", "… in the latest poll" (not a
# report someone dismissed or cited: "dismissed a report in …").
_REPORT_LEDE = re.compile(
    rf"\baccording\s+to\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOCUMENTS}\b"
    rf"|\b(?:surveyed|polled|questioned|interviewed)\s+(?:in|for|by)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOCUMENTS}\b"
    rf"|\b(?:an?|the)\s+(?:new|latest|recent)\s+(?:[\w’'-]+\s+){{0,2}}?{_DOCUMENTS}\b"
    rf"|\b{_DOCUMENTS}(?:\s+[\w’'-]+){{0,4}}?\s+(?:shows?|showed|shown|finds?|found|suggests?|suggested|indicates?|indicated)\b",
    re.IGNORECASE,
)
_REACTIONS = "|".join(sorted(TEASER_REACTIONS))
# A teaser: it tells the reader what to do or what is coming, and withholds the news. An imperative
# opening ("Watch the mayor …", "Check out …", "Meet the pilot who …"), a pointer to what follows
# ("Here's why …", "This is what …", "The one thing …", "Now comes …"), a caption ("VIDEO: …", "(PHOTOS)"), the
# reader addressed ("You won't believe …"), or a reaction foretold whose object is held back ("Marr
# won't be happy about who the guild picked"; not "… about the fares", which tells it).
_TEASER = re.compile(
    r"^\W*(?:[Ww]atch|[Ss]ee)\s+(?:the|this|these|a|an|as|how|what|who|why|him|her|them)\b"
    r"|(?i:^\W*(?:look\s+at|listen\s+to|check\s+out|take\s+a\s+look)\b"
    r"|^\W*meet\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:who|whose|that)\b"
    r"|^\W*here(?:['’]s|\s+is|\s+are)\b"
    # what comes next, with nothing yet done: "Now comes the hard part for Vell.", "Next up: the islands."
    r"|^\W*now\s+comes?\b|^\W*next\s+up\s*[:,]"
    r"|^\W*this\s+is\s+(?:what|how|why|who|the\s+moment)\b"
    r"|^\W*the\s+(?:one|only)\s+thing\b"
    r"|^\W*(?:video|photos?|watch|gallery|pictures?)\s*[:|]"
    r"|\((?:video|photos?|watch|pictures?)\)"
    r"|\byou\s+(?:(?:won['’]t|will\s+not|will\s+never|['’]ll\s+never)\s+(?:believe|guess|imagine|forget)"
    r"|(?:(?:need|have|(?:['’]ve\s+)?got)\s+to|must)\s+(?:see|watch|hear|read))\b"
    r"|\b(?:will|won['’]t|(?:is|are|isn['’]t|aren['’]t)\s+going\s+to)\s+(?:not\s+)?(?:be\s+)?(?:very\s+|too\s+|so\s+)?"
    rf"(?:{_REACTIONS})\s+(?:(?:about|with|at|by|of|to\s+(?:see|hear|learn|know))\s+)?(?:who|what|which|how|why)\b)"
)
# The news on a source's word, at the lede's end: "…, the ministry says.", "…, police said Monday."
_SOURCED = re.compile(
    r",\s+(?P<source>(?:[\w’'.-]+\s+){1,5}?)(?:says|said|reported|reports|announced|confirmed)"
    r"(?:\s+[\w’'.-]+){0,3}\s*[.!]?[”\"]?\s*$"
)
_PARTICIPLE = re.compile(
    r"[a-z]+(?:ed|en)\b|(?:won|lost|held|made|found|led|left|kept|sent|sold|told|hit|shot|cut|put|struck|fought)\b"
)
_BETWEEN = re.compile(r"\s+(?:(?:\w+ly|now|also|still|already|just|not|never|then|again|long|been|being)\s+){0,3}")
# A negated or standing act is no act: "has not resigned", "was not arrested", "never resigned",
# "have long divided the council", "has sold fish on the quay for forty years".
_NEGATED = re.compile(r"\b(?:not|never|long)\b", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_STANDING = re.compile(
    r"\bfor\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|some\s+|about\s+)?(?:[\w,-]+\s+){0,2}(?:years|decades|generations|centuries)\b"
    r"|\bever\s+since\b",
    re.IGNORECASE,
)
# An older time named in the lede: a year before the article's ("in 2009", "in the 1990s"), "last
# year", "two years ago", "a year earlier": what it tells is background, not the day's news.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d(?=s?\b)")
_OLD_TIME = re.compile(
    r"\blast\s+year\b|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d+)\s+"
    r"(?:years?|decades?)\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset("was were has have had".split())
_PERFECT = frozenset("has have had".split())
_ANY_WORD = re.compile(r"[a-z]+\b")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# What follows "has" or "had" that is no participle: a thing had ("has a plan", "has only two boats"),
# "had to", "has no".
_NOT_PARTICIPLES = (
    frozenset(
        "a an the no not to only its his her their our my your this that these those some any every many much more"
        " one all few nothing".split()
    )
    | COUNT_WORDS
)
_MODALS = frozenset("could would might should must can may will shall did do does is are am be".split())
# A subject the reading ran into from a phrase or clause set before it: "Just after Ida Marr left, …",
# "In a remark on Monday, …" (`clause.main_clause` sets aside only the phrases it knows).
_NO_SUBJECT = re.compile(
    r"^\W*(?:just\s+|even\s+|shortly\s+|soon\s+|right\s+|perhaps\s+)?(?:after|before|when|while|as|since|once|until"
    r"|if|because|although|though|with|without|in|on|at|by|for|from|during|despite|amid|following|perhaps)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*")
# A source a lede may end on, named or not: an office, a body, officials ("…, the government says",
# "…, police said"); not a kinsman, a neighbour or a passer-by.
_OFFICIAL = (ORG_HEADS | PERSON_HEADS | PLURAL_SOURCES | SOURCE_HEADS) - RELATION_NOUNS
_SOURCE_OFFICES = _OFFICIAL - ACCOUNT_SOURCES
# A hedge or a forecast in the clause a source's word carries: "…are expected to resume, …",
# "The vote is likely to be close, …", "Sarn would have resigned, …" (lower case: "in May" is a month).
_HEDGED = re.compile(
    r"\b(?:would|could|might|may|should|must|likely|unlikely|expected|probably|possibly|perhaps|set\s+to|poised|not|never)\b"
)
# Direct speech without quotation marks, its speaker named at the end: "We will not talk to the rebels,
# Prime Minister Ida Marr said on Monday." (a statement, not someone the reader has not met)
_SPEAKER_END = re.compile(
    r",\s+(?P<source>(?:[\w’'.-]+\s+){1,6}?)(?:said|says|told|tells|declared|announced)(?:\s+[\w’'.-]+){0,7}\s*[.!]?\s*$"
)
# A quotation inside the lede: a question mark in it is the speaker's, not the lede's ('… a request
# critics called "surrender?"').
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# An office's statement quoted first, its speaker set after it: '"The port is shut," the harbour
# board announced on Monday' (not '"We lost everything," said a baker': someone the reader meets).
_QUOTED_STATEMENT = re.compile(
    r"^\W*[\"“][^\"“”]+[\"”]\s*,?\s*(?P<source>(?:[\w’'.-]+\s+){1,6}?)(?P<verb>announced|declared|confirmed|said|told)\b"
)
# A record's findings as the news, in the past: "Unemployment figures released Friday showed …", "A
# government report released Tuesday found …" (not a poll's: `_REPORT_LEDE`).
_RECORD = re.compile(
    r"^\W*(?:[\w’'-]+\s+){0,4}?(?:figures|data|statistics|report|results|accounts)\b(?:\s+[\w’'-]+){0,4}?\s+"
    r"(?:showed|found|revealed|confirmed)\b",
    re.IGNORECASE,
)
# A scene set at an undated time: "On a grey morning in Ostrel, …", "One evening, …".
_SCENE = re.compile(
    r"^\W*(?:on\s+(?:a|an|one)|one|early\s+one|late\s+one)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:morning|evening|night|afternoon|dawn|dusk)\b",
    re.IGNORECASE,
)


def feature_lede(text: str) -> bool:
    """The lede is a feature's opening: a question, a quotation, someone not named yet, a report's
    findings, or a teaser."""
    stripped = text.lstrip()
    return (
        "?" in _QUOTED.sub("", text)
        or (stripped.startswith(OPENING_QUOTE) and not _stated(text))
        or _SCENE.match(text) is not None
        or (_PRONOUN_FIRST.match(text) is not None and not _spoken(text))
        or _report(text)
        or teaser(text)
    )


def _spoken(text: str) -> bool:
    """Direct speech set down without quotation marks, its speaker named or an office at the end."""
    speaker = _SPEAKER_END.search(text)
    if speaker is None:
        return False
    source = speaker.group("source").strip()
    return _named(source) or _head(source) in _SOURCE_OFFICES


def _stated(text: str) -> bool:
    """A quotation opening the lede is an office's or a named head's statement (`_QUOTED_STATEMENT`)."""
    found = _QUOTED_STATEMENT.match(text)
    if found is None:
        return False
    source = found.group("source").strip()
    if _head(source) in _PRONOUNS | RELATION_NOUNS | ACCOUNT_SOURCES:
        return False
    # an announcement is an office's act whoever makes it ("the harbour master announced")
    return found.group("verb") not in ("said", "told") or _named(source) or _head(source) in _SOURCE_OFFICES


def _report(text: str) -> bool:
    """A poll's or a survey's findings open the lede, not an act the lede tells before them ("The
    guild rejected the offer by 80 votes to 9, a poll of members showed")."""
    found = _REPORT_LEDE.search(text)
    if found is None:
        return False
    comma = text.rfind(",", 0, found.start())
    return comma < 0 or not _act(text, 0, comma)


def teaser(text: str) -> bool:
    """The lede is a teaser's come-on (`_TEASER`), not news on a source's word: "The guild will be
    glad of what the board offers, Marr said." forecasts, on Marr's word, and withholds nothing."""
    return _TEASER.search(text) is not None and _SOURCED.search(text) is None


def _named(words: str, is_name: Callable[[str], bool] | None = None) -> bool:
    """Someone named: a capitalised word past the first ("the Varna board", "Ilse Marr"), or a
    first one that `is_name` takes for a name ("Marr", when the text capitalises it inside a
    sentence too); a pronoun or a nameless person ("Searchers", "A passenger") is no one named."""
    tokens = re.findall(r"[\w’'.-]+", words)
    if not tokens or tokens[0].lower() in _PRONOUNS:
        return False
    if any(_CAPITALISED.fullmatch(word) for word in tokens[1:]):
        return True
    return is_name is not None and _CAPITALISED.fullmatch(tokens[0]) is not None and is_name(tokens[0])


def _head(words: str) -> str:
    """The subject's head noun: its first phrase's last word ("spokesman" of "A spokesman for the
    guild", "daughter" of "Tam Orr's daughter")."""
    phrase = re.split(r"\s+(?:of|for|in|at|from|with|on)\s+", words, maxsplit=1)[0]
    tokens = re.findall(r"[\w’'-]+", phrase.lower())
    return tokens[-1] if tokens else ""


def _official(words: str) -> bool:
    """An office or a body speaks or acts, unnamed: "A spokesman for the guild", "Police in Varna"."""
    return _head(words) in _OFFICIAL


def _first_verb(text: str, start: int, end: int) -> re.Match[str] | None:
    """The clause's first finite verb (`clause.finite_verbs`, or a simple past not ending in -ed:
    "froze", "sank", `dates.PAST_FORMS`)."""
    found = finite_verbs(text, start, end)[:1]
    found += [m for m in _LOWER_WORD.finditer(text, start, end) if m.group(0) in PAST_FORMS][:1]
    return min(found, key=lambda m: m.start(), default=None)


def _act(text: str, start: int, end: int) -> bool:
    """The clause text[start:end] tells an act done in the past: a past verb that is no impression,
    forecast or plan, or a past auxiliary with its participle ("has resigned", "were seized"); not
    a state ("was a disaster"), a conjecture ("could have been worse") nor a present."""
    verb = _first_verb(text, start, end)
    if verb is None:
        return False
    word = verb.group(0).lower()
    if word in _MODALS or _NEGATED_BEFORE.search(text, start, verb.start()) is not None:
        return False
    if _STANDING.search(text, start, end) is not None:
        return False
    if word in _AUXILIARIES:
        between = _BETWEEN.match(text, verb.end())
        after = between.end() if between is not None else verb.end()
        if _NEGATED.search(text[verb.end() : after]) is not None:
            return False
        # after "has", "had" any verb's participle ("has shut", "had fled"); after "was", "were" a
        # passive's only ("was arrested"), not an adjective ("was quiet") nor a noun ("was a disaster")
        # ("has been" is "was": "have long been a quarrel" is a state)
        perfect = word in _PERFECT and not re.search(r"\bbe(?:en|ing)\b", text[verb.end() : after])
        participle = (_ANY_WORD if perfect else _PARTICIPLE).match(text, after)
        if participle is None or participle.group(0).lower() in _NOT_PARTICIPLES:
            return False
        word = participle.group(0).lower()
    return word not in NO_ACT_PASTS


def _old(text: str, year: int | None) -> bool:
    """The lede names an older time: a year before `year` (any year, when `year` is unknown), "last
    year", "two years ago"."""
    if _OLD_TIME.search(text) is not None:
        return True
    return any(year is None or int(found.group(0)) < year for found in _YEAR.finditer(text))


# A source named at the end of a statement: "Ada Marr has won the runoff, according to two networks."
# (A poll's or a study's findings are no act: `feature_lede` has them first.)
_ACCORDING_END = re.compile(r",\s+according\s+to\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+\s*[.!]?\s*$")


def _unsourced(text: str) -> str:
    """The statement without the source its end names ("…, according to two networks."): what
    the sentence says happened, to read its main clause from."""
    found = _ACCORDING_END.search(text)
    if found is None or re.search(rf"\b{_DOCUMENTS}\b", found.group(0)) is not None:
        return text
    return text[: found.start()] + "."


# Verbs of answering another's act: their subject reacts to a story, it is not one of its own.
_ANSWERING_ACTS = frozenset(
    """praised congratulated welcomed hailed condemned criticized criticised denounced thanked applauded
    blasted slammed lauded mourned regretted deplored""".split()
)


def actor(text: str, is_name: Callable[[str], bool] | None = None) -> str | None:
    """Who the lede says acted (an act in the past, `_act`; not what someone said, planned or is),
    by one word: the last name its main clause's subject gives, lower case, a possessive's "'s"
    dropped ("marr" of "Ada Marr has won the runoff, according to two networks", of "Councillor Ada
    Marr's office fined the guild"; "varna" of "The Varna board fined the guild"). None when no one
    named acts in it (a pronoun, "Searchers recovered …", "The board said …", a clause the reading
    cannot find). Two ledes of one actor tell one story (a retelling, a follow-up); two of two
    actors, two."""
    told = _unsourced(text)
    clause = main_clause(told)
    verb = _first_verb(told, clause.start, clause.end)
    # an act (`_act`), not a word ("The board said it would review the count") nor a state, nor a
    # reaction to another's act ("Marsh congratulated Quill on her win": Quill's story, not a second one)
    said = verb.group(0).lower() if verb is not None else ""
    if verb is None or said in SAY_WORDS or said in _ANSWERING_ACTS or not _act(told, clause.start, clause.end):
        return None
    who = subject(told, verb.start())
    if not _named(who, is_name) or len(who.split()) > SUBJECT_WORDS:
        return None
    names = [word for word in re.findall(r"[\w’'.-]+", who)[1:] if _CAPITALISED.fullmatch(word)]
    if not names:  # one word, taken for a name by `is_name` ("Marr resigned")
        names = re.findall(r"[\w’'.-]+", who)[:1]
    return re.sub(r"[’']s$", "", names[-1]).strip(".").lower() or None


def hard_news(text: str, is_name: Callable[[str], bool] | None = None, year: int | None = None) -> bool:
    """The lede is hard news: not a feature's opening (`feature_lede`), and either its own
    statement is an act in the past by someone named, or it gives the news on a named or official
    source's word at its end. `is_name`: whether a word opening the sentence is a name (the
    text's own use tells: "Marr resigned" names Marr; "Searchers recovered …" names no one).
    `year`: the article's; a lede naming an older time ("In 2009, …", "Last year, …") tells
    background, no hard news."""
    if feature_lede(text) or _old(text, year):
        return False
    if _RECORD.match(text) is not None:
        return True
    told = _unsourced(text)
    clause = main_clause(told)
    verb = _first_verb(told, clause.start, clause.end)
    if verb is not None and _act(told, clause.start, clause.end):
        # its own subject, not a relative clause's ("Marr faces a vote that was called …")
        who = subject(told, verb.start())
        if (
            (_named(who, is_name) or _official(who))
            and _head(who) not in RELATION_NOUNS  # "Tam Orr's daughter" is no one in the news
            # nor is the press: "Ledger reporter Ana Pell confused …" tells of the coverage
            and PRESS_PEOPLE.isdisjoint(re.findall(r"[a-z]+", who.lower()))
            and _RELATIVE.search(who) is None
            and _NO_SUBJECT.match(who) is None
            and len(who.split()) <= SUBJECT_WORDS
        ):
            return True
    sourced = _SOURCED.search(text)
    if sourced is None:
        return False
    source = sourced.group("source").split()
    head = source[-1].lower().strip(".,")
    if head in _PRONOUNS or head in RELATION_NOUNS or head in ACCOUNT_SOURCES:
        return False
    if not (_named(" ".join(source), is_name) or head in _SOURCE_OFFICES):
        return False
    # the news on an office's word: an act in the past ("…, police said"), or, on its present word,
    # a plan or a state ("The strait will stay shut …, the ministry says"); never a hedge or a forecast
    told = text[: sourced.start()]
    if _HEDGED.search(told) is not None or any(word in NO_ACT_PASTS for word in _LOWER_WORD.findall(told.lower())):
        return False
    head_clause = main_clause(told)
    start, end = head_clause.start, head_clause.end
    if _first_verb(told, start, end) is None:  # a clause the reading cut short ("20,000 people …")
        start, end = 0, len(told)
    return (
        _act(told, start, end) or re.search(r"\b(?:says|reports|announced|confirmed)\b", sourced.group(0)) is not None
    )


# A headline that previews an event of its own day or one to come: "What to watch at tonight's
# vote", "What to expect at the council's vote", "Pickets gather at tonight's rally". What such a
# piece tells is how things stood before the event: it never opens a brief as the day's news.
_PREVIEW_HEADLINE = re.compile(
    r"\b(?:things|what|who|how)\s+to\s+(?:watch|look\s+for)\b|\bwhat\s+to\s+expect\b|\btonight['’]s\b",
    re.IGNORECASE,
)


def preview_headline(title: str) -> bool:
    """The headline previews an event (`_PREVIEW_HEADLINE`)."""
    return _PREVIEW_HEADLINE.search(title) is not None


def quoted_reaction(text: str) -> bool:
    """The sentence opens on someone's quoted words and is no announcement of theirs: a reaction to
    the news ("“It is a big moment,” said a strategist"), not the news; "“The port is closed,” the
    warden announced" is the news."""
    if not text.lstrip().startswith(OPENING_QUOTE):
        return False
    found = _QUOTED_STATEMENT.match(text)
    return found is None or found.group("verb") in ("said", "told")
