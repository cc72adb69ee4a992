"""Positions: who said what, in their own words, merged across articles and ranked.

Each article's statements come from `attribution` (the same reading behind the public
`quotes(text)` API), each pointing at the corpus sentence that carries it; here they become the
brief's actors. Only named actors count: people, organisations and governments. A source the
text only describes ("a senior U.S. official", "analysts") is quoted by `attribution` but is not
an actor of the brief.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice

from .attribution import Quote, extract_paragraphs
from .attribution.lexicon import (
    CLAUSE_VERBS,
    DATED_WORDS,
    GENERIC_ORGS,
    GIVEN_NAMES,
    HONORIFICS,
    NAMED_BY_KIND,
    NAMING_VERBS,
    NOT_NAMES,
    ORG_HEADS,
    ORG_NAMES,
    OUTLET_HEADS,
    OUTLET_NAME,
    PARTICLES,
    PERSON_HEADS,
    PLACES,
    PLURAL_SOURCES,
    RELAYED_ACTS,
    REPORTERS,
    ROLE_HEADS,
    ROLE_WORDS,
    SOURCE_HEADS,
    SPEAKS_FOR,
    fold,
)
from .attribution.phrases import is_organisation, person_noun
from .corpus import cited, independent, key_of, sentence_key, split_article, stems_of
from .corpus import outlet_key as _outlet_key
from .dates import find_dates, names_a_time, period_end, period_start
from .models import Article, Corpus, Position, Sentence, Statement, stands_alone
from .selfcontained import FIRST_PERSON_WORD
from .text import QUOTED, squash
from .timeline import told_as_coming

_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_QUOTED = re.compile(r"[“\"]([^“”\"]{3,}?)[”\"]")


@dataclass(frozen=True, slots=True)
class Attributed:
    """A statement found in one article, before actors are merged across articles."""

    speaker: str  # a full name or an organisation, as the article names it
    role: str | None
    sentence: str  # the article's sentence that carries it (what the brief quotes)
    quote: str | None  # the quoted words in that sentence; None for reported speech
    article: int
    organisation: bool = False
    said: str | None = None  # when the speaking was, as its frame says (a briefgen.dates value)


# The name helpers below are asked of the same few thousand speakers again and again (each of
# 100,000 statements of a 10,000-article build, several times): each name is read once.
_NAMES_REMEMBERED = 1 << 16


@functools.lru_cache(maxsize=_NAMES_REMEMBERED)
def _is_org(phrase: str) -> bool:
    lower = phrase.lower()
    words = lower.split()
    return bool(words) and (
        lower in ORG_NAMES
        or lower in PLACES
        or words[-1] in ORG_HEADS
        or phrase.isupper()
        or "’s " in phrase
        or "'s " in phrase
    )


def attribute(article: Article, a_index: int, sentences: Sequence[Sentence] | None = None) -> list[Attributed]:
    """Every statement of a named actor in one article, in reading order: one per sentence.

    `sentences` are the article's sentences from its Corpus (split here when not given).
    """
    if sentences is None:
        sentences = [Sentence(t, a_index, p, i, c) for i, (t, p, c) in enumerate(split_article(article))]
    text, found = extract_paragraphs(article.paragraphs)
    outlets = named_outlets(text)
    result: list[Attributed] = []
    taken: set[int] = set()
    for item in found:
        if item.position in taken or item.position >= len(sentences) or not on_page(item, outlets):
            continue
        sentence = sentences[item.position]  # the corpus splits the article as attribution read it
        taken.add(item.position)
        quote = None
        if item.kind == "direct":
            text = squash(sentence.text)
            if item.quote in text:
                quote = item.quote
            else:  # a quotation longer than this sentence: its words in this sentence
                inside = _QUOTED.search(text)
                quote = inside.group(1).strip(" ,") if inside else None
        said = said_on(item.said_when, article.published)
        body = spoken_for(item)  # "a spokeswoman for the Harbour Authority": the Authority's position
        if body is not None:
            result.append(Attributed(body, None, sentence.text, quote, a_index, True, said))
            continue
        role = real_role(item.role, item.speaker)
        result.append(Attributed(item.speaker, role, sentence.text, quote, a_index, item.organisation, said))
    return result


def said_on(when: str, published: date | None) -> str | None:
    """The time the frame's words of the speaking name ("in March", "last month", "years ago"),
    read against the article's date as a time gone by; None when they name none."""
    if not when or published is None:
        return None
    if when[:1].isupper() and " " not in when:
        when = f"in {when}"  # the month of an occasion: "in a March interview"
    found = find_dates(f"said {when}", published)
    if not found and when.endswith("ago"):
        found = find_dates(f"said several {when}", published)  # "years ago": some years at least
    return found[0].value if found else None


# Words of a time that ended at least this long before the brief's day are of another time.
_STALE_AFTER = timedelta(days=14)


def of_another_time(said: str | None, today: date) -> bool:
    """Whether words said at `said` lie clearly before a brief of `today`: the whole time their frame
    names ended more than two weeks before the brief's day ("said in March" in a brief of June,
    "years ago"). "Said on Monday" or "last week" is this news's time; so may be "last month" on
    the 3rd or "in late April" on 2 May (a month counts whole when `dates` reads no part of it). A
    stakeholder reads Positions as today's stance: such words stay off it."""
    if said is None:
        return False
    try:
        return period_end(said) < today - _STALE_AFTER
    except ValueError:
        return False


def on_page(item: Quote, outlets: frozenset[str] = frozenset()) -> bool:
    """Whether a statement may go on the page. A stakeholder acts on it: only a speaker the text
    names beyond doubt (`sure`), a named actor, and a statement that says something. A news
    outlet (by its name, or one of `outlets`, those its text calls so) reports what happened; it
    takes a position only in its editorial."""
    body = spoken_for(item)
    speaker = body or item.speaker
    organisation = item.organisation or body is not None
    # An outlet by its part in the text (checked not to be a person's name) or by a news agency's
    # name reports, whether the reader took it for an organisation or not.
    reporter = _outlet_key(speaker) in outlets or (
        REPORTERS.search(speaker) is not None and (organisation or not _person_named(speaker))
    )
    # An outlet's name read as a person's ("The Dunmore Gazette asked") is an outlet still.
    outlet = (organisation or not _person_named(speaker)) and is_outlet(speaker)
    if (reporter or outlet) and not _EDITORIAL.search(item.anchor):
        return False
    if DATED_WORDS.search(item.anchor.replace(item.quote, " ")):
        return False  # "…,” Vell said in a 2009 interview: words of another time, not today's position
    if item.kind != "direct" and (_reported_aside(item.anchor, item.quote) or _told_by_an_i(item.anchor, item.quote)):
        return False
    if organisation and item.kind != "direct" and item.cue in _TOLD_AFTER and _RELAYED.match(item.quote):
        return False  # "Three dissidents appealed for …, the office said": the dissidents' stance, relayed
    if _relays_others(item.anchor, item.quote):
        return False  # "“…,” wrote Vell, citing people at the meeting": others' words, passed on
    return (body is not None or not item.anonymous) and item.sure and is_actor(speaker) and says_something(item)


# A body that is two ("… and the Port Union") or the office of a person named by title ("Office of
# Governor Pel Arno", "Staff of Sen. Ida Vell"): not one body's stated position.
_TWO_BODIES_OR_A_HOLDER = re.compile(
    r"\band\s+the\s|\b(?:Governor|Gov\.|Senator|Sen\.|Mayor|President|Rep\.|Representative|Congress(?:wo)?man"
    r"|Judge|Justice|Minister|Secretary|Chancellor|Premier|Speaker|Council(?:wo)?man|General|Commissioner)\s+[A-Z][a-z]"
)


def spoken_for(item: Quote) -> str | None:
    """The body a described source speaks for by office: "a spokeswoman for the Harbour
    Authority" -> "Harbour Authority" (lexicon SPEAKS_FOR). Only an organisation by its words, never
    a person ("a spokesman for Ada Brisk": her words are not hers, and the page would say so)."""
    if not item.anonymous:
        return None
    office = SPEAKS_FOR.match(item.speaker)
    if office is None:
        return None
    body = office.group("body")
    if re.search(r"\.[A-Z]$", body):
        return None  # "a spokesman for the U.S" cut at an abbreviation's stop: the body is not all there
    if _TWO_BODIES_OR_A_HOLDER.search(body):
        # "a spokesman for the Harbour Authority and the Port Union": two bodies, no one heading;
        # "a spokeswoman for the Office of Governor Pel Arno": a person's office speaks for the person
        return None
    return body if is_organisation(body) and not _person_named(body) and is_actor(body) else None


def _person_named(name: str) -> bool:
    """A given name and a surname ("Petra Quell"), not an agency's name ("Petra", "Kyodo News",
    "RIA Novosti", "the Petra news agency")."""
    words = _untitled(name).split()
    return (
        len(words) >= 2
        and fold(words[0]) in GIVEN_NAMES
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and words[-1].lower() not in _OUTLET_WORDS | {"news", "agency"}
    )


# A report told as an aside to the writer's own sentence: "The ballot was only an opening move
# (though Quarle said she hoped …)", "…, although Quarle said …". The sentence a brief shows is the
# writer's, and under the speaker's name it would put the writer's words in the speaker's mouth.
# (a "though" clause running on to the report, not one closed before it: "Pann, though he had voted
# to sail, said …" is Pann's own sentence)
_ASIDE_OPENS = re.compile(r"\([^()]*$|[,;—–]\s*(?:al)?though\b[^(),;]*$", re.IGNORECASE)
_WORDS_OF_ITS_OWN = 4  # words of the writer's clause before the aside that make it a sentence


# A reported clause that tells of others' words: its subject (not a pronoun, which mostly means the
# speaker itself) and, within a few words, a verb by which they put their words out ("Three
# dissidents from the north appealed for …", "The families said …"; not "The plan signals …",
# "Social media has added …": SAY's other verbs tell of things as often; nor "The owners told no
# one", "The firm said nothing": the body's charge).
_RELAYED = re.compile(
    r"(?!(?:it|we|I|he|she|they|its|our|his|her|their)\b)"
    # (the clause's own verb, not one in a clause of its: "The pier will reopen once divers have said")
    r"(?:(?!(?:once|when|after|before|until|unless|if|because|since|as|while)\b)"
    r"[\w’'.-]+\s+){1,8}?"
    # (not one told something, in the passive: "Tourists who were told to leave can return")
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bbe\s)"
    rf"(?:said(?!\s+(?:nothing|little|no)\b)|told(?!\s+(?:no\s+one|nobody|no-one)\b)|{RELAYED_ACTS})\b",
    re.IGNORECASE,
)
# The cues of a source named after what it reports: "…, the office said", "…, according to the office".
_TOLD_AFTER = frozenset({"trailing", "according"})


def _reported_aside(sentence: str, reported: str) -> bool:
    """The reported words sit in an aside (in parentheses, after "though") to a clause of the writer's."""
    at = sentence.find(reported)
    aside = _ASIDE_OPENS.search(sentence, 0, at) if at > 0 else None
    return aside is not None and len(sentence[: aside.start()].split()) >= _WORDS_OF_ITS_OWN


# A speaker's "I" outside quotation marks: "But the board got angry because I was put in a bad spot: remember, Orr
# said he would only deal with me." The sentence is someone's spoken answer (an interview printed as questions and
# answers, a transcript), not the writer's report: under Orr's name the page would put the answerer's words in
# Orr's mouth. (Not "I-Vt.", "M.I.T.", "World War I": an "I" with a verb after it.)
_SPEAKERS_I = re.compile(r"(?<![\w.’'-])I(?:['’](?:m|ve|d|ll))?\s+(?=[a-z])")


# A capitalised word, not the sentence's first, right before: "World War I", "Type I", "Charles I".
_NUMERAL_I = re.compile(r"(?<=\S\s)[A-Z][\w’'.-]*\s+$")


def _told_by_an_i(sentence: str, reported: str) -> bool:
    """Outside the reported words and any quotation, the sentence says "I": a speaker's own sentence.
    Not a Roman numeral after a name ("the World War I memorial", "King Charles I said")."""
    rest = QUOTED.sub(" ", sentence.replace(reported, " "))
    return any(_NUMERAL_I.search(rest, 0, found.start()) is None for found in _SPEAKERS_I.finditer(rest))


# The frame says whose words the speaker passes on: "citing participants in the meeting", "quoting a
# senior aide", "quoting Ada Brisk". The words (or their gist) are those others', told by a writer or
# a go-between: under the teller's name the page would give them a stance that is not theirs. (Not
# "citing safety concerns", "citing the charter": a reason or a document backs the speaker's own words.)
_CITING = re.compile(r"\b(citing|quoting)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)")
_CITED_PEOPLE = frozenset({"people", "participants", "attendees"})
# A writer's report: who writes it tells what others said ("wrote Tova Marsh, citing people in the room").
_WRITES = re.compile(r"\b(?:wrote|writes|written|reported|reports|reporting|blogged|posted)\b")


def _relays_others(sentence: str, reported: str) -> bool:
    """Outside the reported words, the sentence says the speaker quotes people for them, or reports
    (wrote, reported) citing them: a word of the next four is a source ("two people familiar with …",
    "a senior aide"), or a name follows "quoting" at once. Not words that speak in the first person:
    the speaker's own, whoever backs them."""
    if FIRST_PERSON_WORD.search(reported):
        return False  # "“We will appeal,” said Lind, citing experts who back her": her own stance, backed
    frame = sentence.replace(reported, " ")
    for found in _CITING.finditer(frame):
        words = found.group(2).split()
        if found.group(1) == "quoting" and words[0][:1].isupper():
            return True  # "quoting Ada Brisk"
        if found.group(1) == "citing" and not _WRITES.search(frame):
            continue  # "“The ferry must run,” Vell said, citing engineers": her claim, backed by theirs
        if {"like", "such"} & {w.lower() for w in words}:
            continue  # "citing people like Ada Brisk", "citing officials such as …": examples, not who gave the words
        for word in (w.lower() for w in words):
            if word in {"of", "who", "in", "from"}:
                break  # "citing the needs of people …": what backs the words, not who gave them
            if word in PLURAL_SOURCES or word in SOURCE_HEADS or word.removesuffix("s") in SOURCE_HEADS:
                return True
            if word in _CITED_PEOPLE:
                return True
    return False


_EDITORIAL = re.compile(r"\b(?:editorials?|commentary|leader column|opinion column)\b", re.IGNORECASE)
_OUTLET_WORDS = OUTLET_HEADS | {"radio", "television", "tv", "press", "media"}


# "the island weekly Al-Noor", "state radio station Voz Libre": a name the text calls an outlet.
_CALLED_OUTLET = re.compile(
    r"\b(?:newspapers?|dail(?:y|ies)|paper|tabloid|magazine|weekly|broadcaster|radio|television|station|"
    r"network|news\s+agency)\s+((?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
)


# A name the sentence gives the part of a news outlet, whatever its name says: it reports ("Varn
# reported", "Varn quoted the mayor as saying"), it is told or interviewed ("told Varn", "in an
# interview with Varn"), or a kind of outlet follows it ("the Varn news agency").
_WORD = r"[A-Z][\w'’&-]*(?:\.[A-Z]\.?)*"  # "Varn", "U.S." (a sentence's full stop ends the name)
_NAME = rf"((?:[Tt]he\s+)?{_WORD}(?:\s+{_WORD}){{0,4}})"
_OUTLET_ROLE = re.compile(
    # "…, Varn reported (on Monday).", "As Varn reported,", "Varn first reported": a report of news
    # (but "Nvidia reports its results next month", "reported a profit": a company's figures).
    rf"(?:,\s+|\b[Aa]s\s+){_NAME}\s+(?:(?:has|had|first|also|later)\s+)?(?:reported|reports)"
    rf"(?:\s+(?:on\s+)?[A-Z][a-z]+)?\s*[.,;]"
    rf"|\b{_NAME}\s+(?:first\s+reported|(?:(?:has|had|also|later)\s+)?quoted\s+[^.;:“”\"]{{1,80}}?\s+as\s+saying)\b"
    rf"|\b(?:told|telling|tells)\s+{_NAME}(?!\s*[\w'’-])"
    rf"|\binterviews?\s+with\s+{_NAME}"
    rf"|\b{_NAME}\s+(?:news\s+agency|newspaper|daily\s+newspaper)\b"
)
_NOT_OUTLET_HEADS = (ORG_HEADS | GENERIC_ORGS | PERSON_HEADS | SOURCE_HEADS | ROLE_WORDS) - _OUTLET_WORDS
# No match of _OUTLET_ROLE holds a colon or a double quotation mark, and every one holds one of
# these words (each branch's own): only the stretches between such marks with one of them in can hold a match (most
# stretches of an article name no report, and the pattern is costly to try at every character).
_OUTLET_ROLE_BOUNDS = re.compile(r"[:“”\"]")
_OUTLET_ROLE_WORDS = re.compile(r"report(?:ed|s)|quoted|told|telling|tells|interviews?\s+with|news\s+agency|newspaper")


def _outlet_roles(text: str) -> Iterator[re.Match[str]]:
    """`_OUTLET_ROLE.finditer(text)`, tried only in the stretches where a match can be."""
    bounds = [m.start() for m in _OUTLET_ROLE_BOUNDS.finditer(text)]
    done = 0  # where the stretches read so far end
    for word in _OUTLET_ROLE_WORDS.finditer(text):
        if word.start() < done:
            continue
        at = bisect.bisect_right(bounds, word.start())
        start, end = bounds[at - 1] + 1 if at else 0, bounds[at] if at < len(bounds) else len(text)
        yield from _OUTLET_ROLE.finditer(text, start, end)
        done = end


def _people_words(text: str) -> frozenset[str]:
    """Words of the text that are people's names: a word after a given name, an honorific or a
    title ("Ana Quell", "Mr. Quell", "Sen. Quell")."""
    found = set()
    for pair in _NAME_PAIR.finditer(text):
        first, word = pair.group(1).lower(), pair.group(2)
        if first in GIVEN_NAMES or first in HONORIFICS or first in ROLE_WORDS or first + "." in ROLE_WORDS:
            found.add(word)
    return frozenset(found)


# Two capitalised words in a row, the first maybe abbreviated ("Mr. Quell"); pairs may overlap.
_NAME_PAIR = re.compile(r"(?=\b([A-Z][\w'’-]*)\.?\s+([A-Z][\w'’-]+))")


def _outlet_by_role(name: str, people: frozenset[str]) -> str | None:
    """The key of a name found in an outlet's part, or None when it may be a person or a body that
    is told things ("told Congress", "Police reported", "told Quell")."""
    words = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).split()
    while words and words[0].lower() in NOT_NAMES:
        words = words[1:]  # "But Varn reported": the conjunction is no part of the name
    if not words or any(w in people for w in words):
        return None
    lower = " ".join(words).lower()
    first, last = words[0].lower().strip("."), words[-1].lower().strip(".")
    if lower in ORG_NAMES | PLACES or first in GIVEN_NAMES or first in HONORIFICS or first in ROLE_WORDS:
        return None
    if any(form in _NOT_OUTLET_HEADS for form in (last, last.removesuffix("s"), last.removesuffix("es"))):
        return None
    return _outlet_key(" ".join(words))


def named_outlets(text: str) -> frozenset[str]:
    """The names `text` gives news outlets: by calling them so ("the island weekly Al-Noor"), or by
    the part it gives them in a sentence ("Varn reported", "told Varn", "in an interview with Varn",
    "the Varn news agency"). A name that is a person's ("Ana Quell", "Mr. Quell") never is."""
    called = {_outlet_key(m.group(1)) for m in _CALLED_OUTLET.finditer(text)}
    people = _people_words(text)
    for found in _outlet_roles(text):
        key = _outlet_by_role(next(g for g in found.groups() if g), people)
        if key:
            called.add(key)
    return frozenset(called)


def is_outlet(name: str) -> bool:
    """Whether an organisation's name is a news outlet's: "Varnia radio", "the Harbour Gazette",
    "state television", a news agency."""
    words = name.split()
    return bool(words) and (
        words[-1].lower().strip(".") in _OUTLET_WORDS
        or REPORTERS.search(name) is not None
        or OUTLET_NAME.fullmatch(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)) is not None
    )


def name_tokens(sentences: Sequence[str]) -> frozenset[str]:
    """The words of capitalised runs in these sentences: what `positions` counts an actor's
    mentions by (an article names "Peskov" when a run holds that word)."""
    return frozenset(token for text in sentences for run in _NAME_RUN.findall(text) for token in run.split())


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Dr)\.?$", re.IGNORECASE)


# Words that stand for some of a group, never its name ("Others said …").
_QUANTIFIERS = frozenset({"others", "some", "many", "most", "several", "few", "both", "all", "each", "either"})


# A title standing alone, shortened or in full (not "King", "Bishop", "Judge": surnames too).
_LONE_TITLES = frozenset(
    {"sen", "rep", "gov", "gen", "adm", "pres", "lt", "col", "sgt", "capt", "cmdr", "prof", "rev", "sec", "atty"}
    | {"senator", "mayor", "governor", "president", "minister", "chancellor", "secretary", "representative"}
    | {"congressman", "congresswoman", "spokesman", "spokeswoman", "spokesperson", "premier", "chairman"}
)


def _only_title(word: str) -> bool:
    """A title or office standing alone: "Sen", "Gov.", "Senator", "Mayor"."""
    return word.lower().rstrip(".") in _LONE_TITLES


def is_actor(name: str) -> bool:
    """A person, government or organisation the page can head a position with: a capitalised
    word of three letters or more, or an acronym of three ("NRA"); never "Meanwhile", "Y.",
    "TT", an organisation named in lower case ("league", "the center"), or a role standing for
    its holder ("director of the Marsh ferry museum")."""
    words = [w.strip(".,’'") for w in name.split() if not _HONORIFIC.match(w)]
    if not words or name.strip().lower() in NOT_NAMES:
        return False
    if words[0].islower() and words[0] in PERSON_HEADS | SOURCE_HEADS | ROLE_WORDS:
        return False  # "director of the Marsh ferry museum": a role, whoever holds it is not named
    if name.lower() in ORG_NAMES | PLACES:
        return True
    if len(words) == 1 and (_only_title(words[0]) or words[0].lower() in _QUANTIFIERS):
        return False  # "Sen" (the name after it lost), "Mayor", "Others": nobody the page can name
    bare = words[0].lower() if len(words) == 1 else ""
    bodies, people = ORG_HEADS | GENERIC_ORGS | PLURAL_SOURCES, SOURCE_HEADS | PERSON_HEADS
    if bare and bare not in NAMED_BY_KIND and (bare in bodies or (bare.endswith("s") and bare[:-1] in people)):
        # "Police", "Cabinet", "Neighbors" opening a sentence: a kind, not a name (but a title
        # alone may be a surname: "King", "Bishop")
        return False
    if any(w.lower() in CLAUSE_VERBS for w in words[1:]):
        return False  # "Ida Vell Says Ferries", "Marlow must be a port again": a clause or headline, not a name
    owned = _OWNED_PERSON.match(name)
    if owned is not None and any(person_noun(w) for w in owned.group("what").split()):
        return False  # "Sand's chief of staff": someone described by whose they are, not named
    return any(w[:1].isupper() and ((len(w) >= 3 and not w.isupper()) or (w.isupper() and len(w) >= 3)) for w in words)


# A name, then a possessive and what, in lower case, is theirs: "Sand's chief of staff", "Ida Vell's lawyer".
_OWNED_PERSON = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?P<what>[a-z][a-z -]*)$")


# A role that is a clause: a verb, then the noun phrase naming what the person is.
_CLAUSE_ROLE = re.compile(
    r"^.*?\b(?:\w+ed|is|was|has|had|chose|picked|made|became|says|said|will|would)\s+((?:a|an|the|its|their)\s+\S.*)$",
    re.IGNORECASE,
)


def real_role(role: str | None, speaker: str) -> str | None:
    """A role as the page shows it: a title, never an honorific ("Mrs.", "Mr."), a fragment
    ("Ranariddh and") or the speaker's own name."""
    if not role:
        return None
    # "Board. Marrel adviser": a role never runs over a sentence's end; what follows it is the title.
    role = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", role)[-1]
    # "Under Governor": the preposition opening the sentence is no part of the title.
    role = re.sub(r"^(?:(?:With|For|To|In|On|At|By|From|As|After|Before|And|But|Under|Like)\s+)+", "", role)
    clause = _CLAUSE_ROLE.match(role)
    if clause:  # "The labour ministry appointed a former judge": the noun phrase is the role
        if re.search(r"\b(?:who|which|that)\b", role[: clause.start(1)], re.IGNORECASE):
            return None  # "an aide who joined the campaign": a description, not a title
        role = clause.group(1)
    words = [w for w in role.split() if not _HONORIFIC.match(w)]
    text = " ".join(words).strip(" ,;")
    if not text or text.split()[-1].lower() in ("and", "or", "of", "the", "with") or text == speaker:
        return None
    if re.search(r"(?:^|\band\s+)(?:his|her|their|its)\b", text, re.IGNORECASE):
        return None  # "his wife", "The party leader and his wife": whose, the page does not say; two people
    if re.fullmatch(r"[A-Za-z]{1,2}|[A-Z][a-z]{0,4}\.", text):
        return None  # "Sen.", "Rep.", "Lt": an abbreviation alone tells the reader nothing the name does not
    if not any(w[:1].islower() or w.lower() in ROLE_WORDS or w.lower().rstrip(".") in ROLE_WORDS for w in words):
        return None  # all capitalised and no title word: a name, not a role
    # "A spokeswoman for the ferry line" opened its sentence: under the name it reads in lower case.
    return re.sub(r"^(?:A|An|The)(?=\s)", lambda m: m.group(0).lower(), text)


_FRAGMENT = re.compile(r"^(?:in|on|at|by|with|for|of|to|from|as|under|according|and|or|but)\b", re.IGNORECASE)


# What stands just before quoted words that are only part of the writer's clause: a condition or
# a time ("will sail if “…”": shown alone, the condition would read as a claim), or
# the sources cited ("citing “…”").
_LEADS_FRAGMENT = re.compile(
    r"\b(?:after|before|if|unless|until|when|once|whether|citing|quoting)\s*[“\"]?$",
    re.IGNORECASE,
)


# The frame between two parts of one quoted sentence: “…,” Vell said, “…”.
_SPLIT_QUOTE = re.compile(r"[,!?]\s*[”\"]\s+(?!and\s|but\s)[^“”\"]{1,80}?,\s*[“\"]$")
# The same frame seen from the first part: “Before and after the regatta,” Vell said, “we close the pier.”
_SPLIT_AFTER = re.compile(r"^[,]?\s*[”\"]\s+[^“”\"]{1,80}?,\s*[“\"]")
# A sentence's opening adjunct, not its clause: "Before and after the regatta", "If the ferry sinks", "Not this year".
_ADJUNCT_ONLY = re.compile(
    r"^(?:in|on|at|by|with|for|of|to|from|as|under|before|after|during|since|until|once|if|when|unless|"
    r"despite|without|while|whether|although|though|because|not|never|only|even)\b",
    re.IGNORECASE,
)
# A concession with no verb and nothing after it: "Whatever the cost to the town," (the speaker's main
# clause, if any, told elsewhere).
_CONCESSION_ONLY = re.compile(r"^(?:whatever|whichever|whoever|no\s+matter)\b[^,;:]*[,;:]?\s*$", re.IGNORECASE)
# A subordinate clause alone, with no comma after which a main clause could follow: the first part of
# a quote its frame splits, whose main clause is the second part ("Although the tide is low").
_SUBORDINATE_ONLY = re.compile(
    r"^(?:while|whilst|although|though|even though|even if|if|unless|because|since|whereas|when|whenever|"
    r"once|as long as|until|before|after)\b[^,;:]*[,;:]?\s*$",
    re.IGNORECASE,
)
_NAMED_BEFORE = re.compile(rf"\b(?:{NAMING_VERBS})\s*[“\"]?$", re.IGNORECASE)
# Words of a title: capitalised, but for the small words between ("of", "the", "and").
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’:,.-]*|(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from)")


def _a_title(item: Quote) -> bool:
    """Whether direct words are a quoted title after a naming verb ("an old bakers' rule called
    “Bread Before Dawn”"): every word capitalised but the small ones, no sentence's end inside."""
    lead = item.anchor[: max(item.anchor.find(item.quote), 0)].rstrip()
    words = item.quote.strip().rstrip(".,!?").split()
    return (
        bool(_NAMED_BEFORE.search(lead))
        and not re.search(r"[.!?]\s", item.quote)
        and all(_TITLE_WORD.fullmatch(w) for w in words)
    )


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|am|being|it['’]s|they['’]re)\s*[“\"]?$", re.IGNORECASE)


# A question's sentence: it ends in "?" (a quote mark may close it). A tag after a statement
# ("…, right?", "…, isn't it?") and a question quoted inside a statement ("…, ‘what can we do?’")
# leave it a statement.
_SENTENCE_END = re.compile(r"(?<=[.?!])[”’\"')]*\s+(?=[“‘\"'(]*[A-Z0-9])")
_TAG_QUESTION = re.compile(
    r",\s*(?:right|okay|ok|no|yes|huh|eh|correct|true|"
    r"(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)(?:n['’]t)?\s+\w+)\s*\?+$",
    re.IGNORECASE,
)
# A greeting, a thanks or a toast said to a crowd or a reader, and no more ("Thank you, Port Evan!",
# "Happy Harvest Day!", "Good evening, Marlow."): courtesy, not a stance.
_COURTESY = re.compile(
    r"^(?:(?i:thank\s+you|thanks(?!\s+to\b)|hello|hi|hey|good\s+(?:morning|afternoon|evening|night)|welcome(?:\s+back)?|"
    r"congratulations|congrats|god\s+bless)|[Hh]appy\s+[A-Z]\w*|[Mm]erry\s+[A-Z]\w*|(?:[Mm]y\s+)?[Dd]ear\s+[A-Z]\w*)\b"
)
_COURTESY_WORDS = 8


# A question put to the listener: "Can you say …?", "Why are you …?", "You think …?".
_ASKS_YOU = re.compile(
    r"^[“‘\"']*(?:[A-Z]\w*,\s+)?(?:(?:why|what|where|how|when|who)\s+)?"
    r"(?:(?:do|did|does|can|could|will|would|are|were|have|had|should|is)(?:n['’]t)?\s+)?you\b",
    re.IGNORECASE,
)
_ASKED_WORDS = 7  # a question this short asks; a longer one may argue ("Why should the islands pay for …?")
_ASKED_YOU_WORDS = 12  # put to the listener, a little longer ("Can you really fix the ferries when …?" argues)


def _asks_only(quote: str) -> bool:
    """Whether quoted words only ask: questions and nothing else, short or put to the listener
    ("Who pays for it?", "Can you tell us more about the pier?"). A statement before the question
    ("The pier is late. Who pays for it?") or a longer question that argues ("Why should islanders
    pay for the mainland's mistakes?") says where the speaker stands."""
    sentences = [s.strip() for s in _SENTENCE_END.split(quote.strip()) if s.strip()]
    if not sentences:
        return False
    words = len(quote.split())
    if words > _ASKED_WORDS and not (words <= _ASKED_YOU_WORDS and any(_ASKS_YOU.match(s) for s in sentences)):
        return False
    for sentence in sentences:
        bare = sentence.rstrip("”\"' )")
        if not bare.endswith("?") or _TAG_QUESTION.search(bare):
            return False
        if sentence.rstrip(" )").endswith(("?’", "?'")) or re.search(r"[‘“]", bare):
            return False  # a question quoted inside the speaker's statement
    return True


def _courtesy(quote: str) -> bool:
    """Whether quoted words are only a greeting, thanks or toast (a few words, one sentence), not a
    clause after one ("Congratulations, you have sunk the harbour", "Happy Valley will get no pier")
    nor "Thanks to the toll, …"."""
    words = quote.split()
    greeting = _COURTESY.match(quote.lstrip("“‘\"' "))
    if len(words) > _COURTESY_WORDS or greeting is None:
        return False
    return not _FINITE.search(quote.lstrip("“‘\"' ")[greeting.end() :])


# A verb of the writer's narration that takes a thing as its object as readily as a clause: "Vell
# maintains a lead in the polls", "Vell wrote the foreword", "Vell stressed her record".
_OBJECT_VERB = re.compile(
    r"\b(?:maintain|stress|emphasi[sz]e|underline|highlight|predict|write|wrote|written|warn|cite|tout|praise|"
    r"reiterate|repeat|pledge|promise|boast|recall|detail|outline)(?:s|d|ed|es|ing)?\s*$",
    re.IGNORECASE,
)
# What tells a clause from a thing: a finite verb's auxiliary or ending ("the pier is late", "the
# ferry sailed"), absent from "a commanding lead in the polls".
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|am|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|"
    r"did|\w+ed|\w+n['’]t)\b|\w['’](?:s\s+(?:been|not|going|got)|re|ll|d|ve|m)\b",
    re.IGNORECASE,
)


# The sentence's predicate going on right after a frame set in it: "The trouble with the toll, Vell
# said, is its price" (but not "…, Vell said, and the board knows it", nor quoted words after it). An
# inverted frame ("…, said Vell, news director of …") is followed by the speaker's appositive, and a
# word in -s/-ed with an adjunct after it is the writer's aside, not the predicate ("…, Vell said,
# weeks after the storm", "flanked by islanders", "pleased with the repairs").
_PREDICATE_AFTER_FRAME = re.compile(
    r"^\s*,(?!\s*(?:said|says|told|tells|added|adds|argued|argues|wrote|writes|noted|notes)\b)[^,“”\"]{1,90},\s?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|do|"
    r"did|remains?|seems?|appears?|lies|comes|(?!(?:as|its|his|this|thus|unless|regardless|nevertheless|besides|"
    r"plus|perhaps|whereas|towards|always|sometimes|afterwards|across|yes|less|ones|others|needs)\b)[a-z]+(?:s|ed)"
    r"(?!\s+(?:by|with|about|after|before|ago)\b))\b"
)


def _subject_only(item: Quote) -> bool:
    """Whether reported words before a frame set mid-sentence are only the sentence's subject: "The
    trouble with the toll, Vell said, is its price" (the claim is the whole sentence, not its subject)."""
    at = item.anchor.find(item.quote)
    return at >= 0 and bool(_PREDICATE_AFTER_FRAME.match(item.anchor[at + len(item.quote) :]))


def _a_thing_not_a_clause(item: Quote) -> bool:
    """Whether reported words are the object of the writer's verb, not a clause the person said:
    "Vell maintains a lead of ten points", "Vell wrote the foreword to a new book"."""
    at = item.anchor.find(item.quote)
    return at > 0 and bool(_OBJECT_VERB.search(item.anchor[:at])) and not _FINITE.search(item.quote)


def _goes_on(item: Quote) -> bool:
    """Whether quoted words end on a comma, the speaker's sentence not over: “Whatever the cost,” the
    board said (its main clause, if any, in the next sentence)."""
    at = item.anchor.find(item.quote)
    return item.quote.rstrip().endswith(",") or (at >= 0 and item.anchor[at + len(item.quote) :].startswith(","))


# The second part of a split quote that goes on with the first part's own clause: a relative clause or a
# complement of its last words (“He was the kind of man,” Vell said, “that I would trust with my life.”).
_SPLIT_CONTINUES = re.compile(_SPLIT_AFTER.pattern + r"(?:that|who|whom|which|whose|where|to|than|of)\b")


def _cut_by_its_frame(item: Quote) -> bool:
    """Whether quoted words are the first part of a split quote whose clause the second part completes
    (_SPLIT_CONTINUES): not a statement alone. A second part that adds a clause of its own ("and the board
    knows it") leaves the first whole."""
    return _opens_split(item, _SPLIT_CONTINUES)


def _opens_split(item: Quote, frame: re.Pattern[str] = _SPLIT_AFTER) -> bool:
    """Whether quoted words are the first part of a sentence the frame splits: “…,” Vell said, “…”."""
    at = item.anchor.find(item.quote)
    return at >= 0 and bool(frame.match(item.anchor[at + len(item.quote) :]))


# A quote that opens on a bare answer ("Well, maybe so.", "Sure.", "Right?") replies to a question
# the page does not show: what follows leans on it ("Maybe that's why I wouldn't do it").
_REPLY = re.compile(
    r"^(?:(?:well|yes|yeah|no|nope|maybe|so|sure|perhaps|probably|exactly|right|absolutely|of course|oh|okay|"
    r"true|indeed|not really|not|definitely|certainly)[\s,.!?]*){1,3}(?:[.!?]\s|$)",
    re.IGNORECASE,
)


# A short sentence said to someone there by name ("That's how it goes, Marta."): a reply in a talk the
# page does not show (an interviewer's question, a heckler's shout), no stance of its own.
_TO_SOMEONE = re.compile(r"^[^.!?,]+,\s+[A-Z][a-z]+[.!?]?[”\"]?\s*$")
_TO_SOMEONE_WORDS = 8  # at most: a longer sentence naming whom it is said to is a stance


def says_something(item: Quote) -> bool:
    """A position, not a fragment: a quote of three words or more, a reported clause of four, that
    does not open like a prepositional phrase ("in accordance with the laws in force"). Quoted
    words inside the writer's sentence (they open in lower case) are no position when they are a
    participle's phrase ("calling every witness"), the sources cited, or what a subordinator of the
    writer's own introduces ("… will sail if “the wind drops”"). Quoted words opening with a capital
    are the start of the speaker's own sentence, whatever its first word ("But we will not sell the
    pier.", "For the harbor, this is the end.")."""
    words = item.quote.split()
    if len(words) < (3 if item.kind == "direct" else 4):
        return False
    if item.kind == "direct" and (
        _asks_only(item.quote)
        or _courtesy(item.quote)
        or _REPLY.match(item.quote)
        or (len(words) <= _TO_SOMEONE_WORDS and _TO_SOMEONE.match(item.quote))
    ):
        return False  # a question asked, a greeting, an answer to a question the page does not show
    if item.kind == "indirect" and (_a_thing_not_a_clause(item) or _subject_only(item)):
        return False  # "Vell maintains a lead in the polls": the writer's narration
    if item.kind == "direct" and _a_title(item):
        return False  # "… a rule called “Bread Before Dawn”": a name, not what anyone said
    # Only the start of the speaker's sentence, its frame splitting it: “Before and after the regatta,”
    # Vell said, “we …” (no clause), “Although the tide is low,” Vell said, “we sail.” (her main clause
    # is in the rest).
    if (
        item.kind == "direct"
        and (
            (_ADJUNCT_ONLY.match(item.quote) and not _FINITE.search(item.quote)) or _SUBORDINATE_ONLY.match(item.quote)
        )
        and _opens_split(item)
    ):
        return False
    concession = item.kind == "direct" and _CONCESSION_ONLY.match(item.quote) and not _FINITE.search(item.quote)
    if concession and _goes_on(item):
        return False  # “Whatever the attempts to smear us,” the alliance said. “…”: its sentence goes on elsewhere
    if item.kind == "direct" and _cut_by_its_frame(item):
        return False  # “He was the kind of man,” Vell said, “that I would trust”: half a clause
    if item.kind == "direct" and item.quote[:1].isupper():
        return True
    if item.kind == "direct" and _SPLIT_QUOTE.search(item.anchor[: max(item.anchor.find(item.quote), 0)]):
        return True  # “The ferry is late,” Vell said, “and the board knows it.”: the rest of her sentence
    if _FRAGMENT.match(item.quote):
        return False
    if item.kind == "direct" and words[0][:1].islower():
        at = item.anchor.find(item.quote)
        lead = item.anchor[: max(at, 0)].rstrip()
        if re.fullmatch(r"[a-z]+ing", words[0]) and not _BE_BEFORE.search(lead):
            return False  # "will reopen the case “calling every witness”" (but "they are “doing all they can”")
        if at > 0 and _LEADS_FRAGMENT.search(lead):
            return False
    return True


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@functools.lru_cache(maxsize=_NAMES_REMEMBERED)
def _name_parts(name: str) -> tuple[str, str]:
    """(folded surname, folded given name or ""), ignoring suffixes like "Jr."."""
    tokens = _untitled(name).split()
    tokens = [t for t in tokens if t.lower() not in _SUFFIXES] or tokens
    # "da Costa" alone gives no given name: "da" is of the family name.
    return fold(tokens[-1]), (fold(tokens[0]) if len(tokens) > 1 and not re.fullmatch(PARTICLES, tokens[0]) else "")


@functools.lru_cache(maxsize=_NAMES_REMEMBERED)
def _untitled(name: str) -> str:
    """A person's name without the titles and honorifics before it: "Sen. Ana Quell", "Ms. Quell",
    "Bishop Ana Reis" -> "Ana Quell", "Quell", "Ana Reis"."""
    tokens = name.split()
    while len(tokens) > 1 and (_HONORIFIC.match(tokens[0]) or tokens[0].lower() in ROLE_WORDS):
        tokens = tokens[1:]
    return " ".join(tokens)


# Short forms of given names and the full names they stand for ("Bill" is William): a table, since
# a name beginning like another is often a different one (Dan and Dana, Jon and Jonah).
_SHORT_FORMS = {
    short: frozenset(full.split(","))
    for short, full in (
        word.split(":")
        for word in """
    abe:abraham al:albert,alfred,alan,allan alex:alexander,alexandra andy:andrew ben:benjamin bill:william
    billy:william bob:robert bobby:robert charlie:charles chris:christopher,christine,christina
    chuck:charles dan:daniel danny:daniel dave:david dick:richard don:donald ed:edward,edwin,edmund
    eddie:edward fred:frederick greg:gregory hank:henry jim:james jimmy:james joe:joseph jon:jonathan
    josh:joshua kate:katherine,catherine ken:kenneth larry:lawrence liz:elizabeth matt:matthew mike:michael
    mitch:mitchell nick:nicholas pat:patrick,patricia pete:peter rick:richard rob:robert ron:ronald
    sam:samuel,samantha steve:steven,stephen sue:susan ted:edward,theodore tom:thomas,tomas tony:anthony
    vlad:vladimir will:william
    """.split()
    )
}


def _short_forms(givens: set[str]) -> dict[str, str]:
    """Given names of one surname, each to a known short form of it also given ("donald" ->
    "don"): one person's short and full given name. Never by spelling alone: Dana is not Dan."""
    return {g: min((h for h in givens if g in _SHORT_FORMS.get(h, ())), key=len, default=g) for g in givens}


def merge_actors(found: Sequence[Attributed]) -> dict[str, list[Attributed]]:
    """Group statements by actor. Spellings of one person join (Zelensky, Volodymyr Zelenskyy);
    two people with one surname (Boris and Mike Johnson) stay apart, and a bare "Johnson" joins a
    full name only when just one person of that surname is named."""
    given_names: dict[str, set[str]] = {}
    offices: dict[str, dict[str, set[str]]] = {}  # surname -> given name -> the offices given with it
    for item in found:
        if not (item.organisation or _is_org(item.speaker)):
            surname, given = _name_parts(item.speaker)
            if given:
                given_names.setdefault(surname, set()).add(given)
                offices.setdefault(surname, {}).setdefault(given, set()).update(_offices(item))
    # "Don" and "Donald" of one surname are one person: the short form stands for both.
    short = {surname: _short_forms(givens) for surname, givens in given_names.items()}
    # "Kirk Vell" beside "Ana Kirk Vell": a family name of two words, the full name cut short.
    for surname, middle, given in _middle_names(found):
        forms = short.get(surname, {})
        if middle in forms and given in forms and middle != given:
            target = forms[given]
            short[surname] = {g: (target if f == forms[middle] else f) for g, f in forms.items()}
    given_names = {surname: set(forms.values()) for surname, forms in short.items()}
    # A body one article knows as one and another only names ("Norrline said" beside "Norrline, the
    # ferry operator, said") is one actor.
    bodies = {_org_key(i.speaker) for i in found if i.organisation or _is_org(i.speaker)}
    # People by surname, with the given names the brief gives them: "the Quarle campaign" is Ines
    # Quarle's when she is the one Quarle here; Mike and Boris Johnson's offices stay two.
    people = {surname: set(givens) for surname, givens in given_names.items()}
    for named in filter(None, map(_persons_body, bodies)):
        if named.group("given"):
            forms = short.get(named.group("surname"), {})
            people.setdefault(named.group("surname"), set()).add(forms.get(named.group("given"), named.group("given")))
    by_key: dict[str, list[Attributed]] = {}
    for item in found:
        if item.organisation or _is_org(item.speaker) or _a_body_named(item.speaker, bodies, given_names):
            key = "org:" + _org_key(item.speaker)
            owned = _persons_body(_org_key(item.speaker))
            if owned:
                surname = owned.group("surname")
                known = people.get(surname, set())
                given = short.get(surname, {}).get(owned.group("given"), owned.group("given"))
                if not given and len(known) == 1:
                    given = next(iter(known))  # "Quarle's campaign" where one Quarle is named
                if given in known:
                    key = f"org:{given} {surname}'s {owned.group('body')}"
        else:
            surname, given = _name_parts(item.speaker)
            forms = short.get(surname, {})
            given = forms.get(given, given)
            known = given_names.get(surname, set())
            office = _offices(item)
            if not given and known and office:
                # "Judge Reis" is the Ivo Reis the text calls judge too, not the one Ivo Reis it names.
                held = {forms.get(g, g) for g, o in offices[surname].items() if o & office}
                if len(held) != 1:
                    by_key.setdefault(f"{surname}:({'+'.join(sorted(office))})", []).append(item)
                    continue
                given = held.pop()
            if not given and len(known) == 1:
                given = next(iter(known))
            key = f"{surname}:{given}" if len(known) > 1 else surname
        by_key.setdefault(key, []).append(item)
    return by_key


# A body of one person's, by the person's name ("Ines Quarle's campaign", "Quarle's campaign", "the
# Quarle campaign"), as `_org_key` gives it (lower case, straight apostrophe, no "the").
_PERSONS_BODY = re.compile(
    r"(?:(?P<given>[a-z]+)\s+)?(?P<surname>[a-z][a-z-]+)(?P<owner>'s)?\s+(?P<body>campaign|office|team)"
)


def _persons_body(key: str) -> re.Match[str] | None:
    """The person's name and the body in an organisation's key, when it is a person's campaign,
    office or team; a given name only when it is one ("the ferry office" is no one's). A name
    before the noun without "'s" is a person's only for a campaign: "the Orrin team" or "the
    Halden office" is as often a racing team or a branch named after a family or a town."""
    found = _PERSONS_BODY.fullmatch(key)
    if found is None or (found.group("given") and found.group("given") not in GIVEN_NAMES):
        return None
    if not found.group("owner") and found.group("body") != "campaign":
        return None
    return found


def _a_body_named(speaker: str, bodies: set[str], given_names: dict[str, set[str]]) -> bool:
    """A one-word name that is a body's elsewhere, which no statement gives a person's given name to."""
    # (a one-word name has no given name: `_name_parts` gives its word as the surname)
    return " " not in speaker.strip() and _org_key(speaker) in bodies and not given_names.get(_name_parts(speaker)[0])


def _middle_names(found: Sequence[Attributed]) -> set[tuple[str, str, str]]:
    """(surname, the word before it, the given name) of each person's name of three words or more
    ("Ana Kirk Vell" -> ("vell", "kirk", "ana")): "Kirk Vell" may be that name cut short."""
    middles = set()
    for item in found:
        if item.organisation or _is_org(item.speaker):
            continue
        tokens = [t for t in _untitled(item.speaker).split() if t.lower() not in _SUFFIXES]
        if len(tokens) >= 3 and tokens[-2][:1].isupper() and not re.fullmatch(r"[A-Z]\.?", tokens[-2]):
            middles.add((fold(tokens[-1]), fold(tokens[-2]), fold(tokens[0])))
    return middles


_ABBREVIATED_OFFICES = {"sen": "senator", "gov": "governor", "gen": "general", "adm": "admiral", "pres": "president"}


def _offices(item: Attributed) -> frozenset[str]:
    """The offices a statement gives its speaker, by a title before the name or the role ("Judge
    Reis", "Reis" the judge, "Sen. Quell" -> {"judge"}, {"judge"}, {"senator"}); not honorifics."""
    return _offices_of(item.speaker, item.role)


@functools.lru_cache(maxsize=_NAMES_REMEMBERED)
def _offices_of(speaker: str, role: str | None) -> frozenset[str]:
    title = speaker[: len(speaker) - len(_untitled(speaker))]
    words = re.findall(r"[a-z]+", f"{title} {role or ''}".lower())
    return frozenset({_ABBREVIATED_OFFICES.get(w, w) for w in words} & ROLE_HEADS)


def _org_key(name: str) -> str:
    """ "the Kremlin", "Kremlin"; "Russia's Defence Ministry", "Russia’s defence ministry": one key."""
    return " ".join(re.sub(r"^the\s+", "", name.lower().replace("’", "'")).split())


def _display_name(items: Sequence[Attributed]) -> tuple[str, str | None]:
    """The name a row is headed by (the fullest form, titles aside: "Ana Quell" for "Sen. Ana
    Quell", "Quell", "Ana Quell") and the role the statements give most (else the title)."""
    person = not any(i.organisation or _is_org(i.speaker) for i in items)
    names = Counter(_untitled(i.speaker) if person and " " in _untitled(i.speaker) else i.speaker for i in items)
    full = [n for n in names if len(n.split()) >= 2]
    name = max(full or list(names), key=lambda n: (names[n] + (0.5 if len(n.split()) >= 2 else 0), len(n)))
    roles = Counter(i.role for i in items if i.role)
    if roles:  # a title in words ("House majority leader") before an abbreviation ("Rep.")
        return name, max(roles, key=lambda r: (" " in r or not r.endswith("."), roles[r]))
    titled = next((i.speaker for i in items if person and i.speaker != _untitled(i.speaker) == name), None)
    title = titled[: len(titled) - len(_untitled(titled))].strip() if titled else None
    return name, real_role(title, name) if title else None


def _mentions(corpus: Corpus, phrases: set[str]) -> dict[str, set[int]]:
    """phrase -> the articles whose text has it, in lower case: each article lowered once, for all
    the phrases (all articles lowered at once were a tenth of a 10,000-article build's memory)."""
    found: dict[str, set[int]] = {phrase: set() for phrase in phrases}
    if phrases:
        for i, article in enumerate(corpus.articles):
            text = " ".join(article.paragraphs).lower()
            for phrase in phrases:
                if phrase in text:
                    found[phrase].add(i)
    return found


# An actor's statements compared for repeats at the most (the most topical first).
_MAX_STATEMENTS_COMPARED = 40


def _shown(corpus: Corpus, members: Sequence[Attributed]) -> tuple[Attributed, tuple[int, ...], tuple[int, ...]]:
    """One stance told several times (a quote and the paraphrase of it, the same words in two
    outlets): which telling the page shows, the articles carrying its sentence, and the further
    articles carrying only its quoted words. The actor's own words first (the first telling whose
    quote stands alone, else the most topical); the page, showing the quote's words alone, cites
    both."""
    item = next((m for m in members if stands_alone(m.quote)), members[0])
    sources = tuple(sorted(set(cited(corpus, item.sentence, [item.article]))))
    quoted: set[int] = set()
    if item.quote is not None and stands_alone(item.quote):
        said = sentence_key(item.quote)
        quoted.update(m.article for m in members if m.quote is not None and sentence_key(m.quote) == said)
    return item, sources, tuple(sorted(quoted - set(sources)))


def _name_word(actor: str) -> str:
    """The word a person is named by in other articles: the last of their name but a suffix ("Jr.")."""
    return [t for t in actor.split() if t.lower() not in _SUFFIXES][-1]


def _over(
    corpus: Corpus, item: Attributed, today: date | None, read: dict[tuple[str, date], bool] | None = None
) -> bool:
    """The statement tells as coming an event after its article's day and over by `today` ("will reopen
    next Wednesday", two months ago); not one of the article's own day ("leads the world today").
    `read`: the answers so far, by sentence and day (a syndicated statement is read once a day)."""
    published = corpus.articles[item.article].published
    if today is None or published is None or published >= today:
        return False
    if read is None:
        return _told_over(item.sentence, published, today)
    found = read.get((item.sentence, published))
    if found is None:
        found = read[(item.sentence, published)] = _told_over(item.sentence, published, today)
    return found


def _told_over(sentence: str, published: date, today: date) -> bool:
    """`_over` of a sentence of an article of the day `published`, before `today`."""
    if not names_a_time(sentence):
        return False  # no date to be over by (told_as_coming finds none): its verbs need no reading
    coming, when = told_as_coming(sentence, published)
    if not coming or when is None:
        return False
    if when.day is not None:
        start = end = when.day
    else:
        try:
            start, end = period_start(when.period or ""), period_end(when.period or "")
        except ValueError:
            return False
    return published < start and end < today


def positions(
    corpus: Corpus,
    relevance: Callable[[str], float],
    taken: Sequence[str] = (),
    max_statements: int = 2,
    today: date | None = None,
) -> list[Position]:
    """Actors by prominence, each with its most topical statements.

    The same statement from two outlets (the same quote, or a near-identical sentence) is one
    statement; it cites the articles with its exact words. Sentences already in `taken` (used
    by another section) are left out, and so, for a brief of `today`, are words said clearly
    before it (`of_another_time`).
    """
    used = {sentence_key(t) for t in taken}
    relevance = functools.cache(relevance)  # a statement's sentence is ranked and scored: read once
    found = [
        Attributed(s.speaker, s.role, s.sentence, s.quote, article=i, organisation=s.organisation, said=s.said)
        for i, analysis in enumerate(corpus.analyses)
        for s in analysis.statements
        if (not used or key_of(corpus, s.sentence) not in used) and not (today and of_another_time(s.said, today))
    ]
    actors = []
    for items in merge_actors(found).values():
        actor, role = _display_name(items)
        # An organisation is named by its whole name ("Taiwan" alone is not TSMC).
        organisation = any(i.organisation for i in items) or _is_org(actor)
        phrase = re.sub(r"^the\s+", "", actor, flags=re.IGNORECASE).lower() if organisation else None
        actors.append((items, actor, role, phrase))
    mentions = _mentions(corpus, {phrase for *_, phrase in actors if phrase is not None})
    # Which articles name a person's word at all, indexed once: prominence without a scan per
    # actor; only the words actors are known by (an index of every name word of 10,000 articles
    # was 40 MB at the top of a build's memory).
    wanted = {_name_word(actor) for _, actor, _, phrase in actors if phrase is None}
    named: dict[str, set[int]] = {}
    for i, analysis in enumerate(corpus.analyses):
        for token in wanted.intersection(analysis.names):
            named.setdefault(token, set()).add(i)
    result = []
    over: dict[tuple[str, date], bool] = {}  # `_over`, once per sentence and day
    for items, actor, role, phrase in actors:
        # (not words that tell as coming what is over by the brief's day: "PAL said it can resume
        # flights next Wednesday", in a paper of two months ago)
        current = (i for i in sorted(items, key=lambda i: -relevance(i.sentence)) if not _over(corpus, i, today, over))
        ranked = list(islice(current, _MAX_STATEMENTS_COMPARED))
        if not ranked:
            continue
        groups: list[tuple[Attributed, frozenset[str], list[Attributed]]] = []
        for item in ranked:
            words = frozenset(stems_of(corpus, item.quote or item.sentence))
            for kept, kept_words, members in groups:
                if (
                    sentence_key(kept.sentence) == sentence_key(item.sentence)  # one sentence, several outlets
                    or (kept.quote and item.quote and sentence_key(kept.quote) == sentence_key(item.quote))
                    or len(words & kept_words) >= max(3.0, 0.6 * min(len(words), len(kept_words), 10))
                ):
                    members.append(item)
                    break
            else:
                groups.append((item, words, [item]))
        statements = []
        for _, _, members in groups:
            item, sources, extra = _shown(corpus, members)
            support = independent(corpus, sorted({m.article for m in members}))
            # Own words first: a direct quote says the stance better than a paraphrase of it.
            score = relevance(item.sentence) * (1.0 + 0.5 * (support - 1)) * (1.5 if item.quote else 1.0)
            statements.append(Statement(item.sentence, item.quote, sources, score, quoted_in=extra))
        # Their own words first (a quote long enough to stand alone), then the most topical.
        statements.sort(key=lambda s: (not s.in_own_words, -s.score))
        quoted_in = independent(corpus, sorted({i.article for i in items}))
        # Prominence: how many independent outlets quote the actor and how many name them at all;
        # how topical their words are only breaks ties.
        mentioning = mentions[phrase] if phrase is not None else named.get(_name_word(actor), set())
        named_in = independent(corpus, sorted(mentioning | {i.article for i in items}))
        topical = statements[0].score / (1.0 + statements[0].score)
        # Positions are actors in their own words: one quoted at length outranks a paraphrased one.
        own_words = any(s.in_own_words for s in statements)
        score = 2.0 * quoted_in + named_in + topical + (2.0 if own_words else 0.0)
        result.append(Position(actor, role, tuple(statements[:max_statements]), score))
    result.sort(key=lambda p: (-p.score, p.actor))
    return result
