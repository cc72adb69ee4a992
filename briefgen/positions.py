"""Positions: who said what, in their own words, merged across articles.

Attribution is read off the sentence the way a reader does: `“…,” X said`, `said X`,
`X said (that) …`, `according to X`, `X told reporters`; a pronoun is the last named person
before it; "the Russian president" is whoever the article named with that title. A quote
with no such clue is left out rather than given to a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .corpus import by_article, cited, independent, make_corpus, sentence_key
from .models import Article, Corpus, Position, Sentence, Statement
from .text import terms

_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|states|warned|warns|argued|argues|insisted|insists|"
    r"noted|notes|explained|wrote|writes|declared|declares|claimed|claims|questioned|asked|asks|"
    r"urged|urges|stressed|stresses|emphasi[sz]ed|acknowledged|admitted|announced|announces|"
    r"replied|responded|continued|predicted|cautioned|suggested|posted|remarked|tweeted|vowed|"
    r"promised|pledged|accused|maintained|conceded|contended|confirmed|denied|countered|"
    r"complained|observed|believes|thinks"
)
_ROLE_WORDS = frozenset(
    """president vice prime minister foreign defence defense secretary state spokesman spokeswoman speaker
    spokesperson envoy special ambassador chancellor chief head leader official officials adviser
    advisor aide commander general gen. admiral lt. col. senator sen. rep. representative
    congressman congresswoman governor mayor deputy director chairman chairwoman chair ceo founder
    analyst economist professor dr. mr. mrs. ms. king queen pope premier counterpart negotiator
    press security national interior finance trade commerce economy energy affairs armed forces army
    navy staff presidential kremlin white house us u.s. uk eu nato un russian ukrainian american
    british french german european chinese polish israeli iranian turkish saudi top senior former
    acting incoming outgoing new the a an his her their its of for and on at""".split()
)
_NOT_NAMES = frozenset(
    """the a an but and in on at as while when after before if this that these those it its he she they
    we i you his her their our monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december speaking meanwhile
    however still yet also asked""".split()
)
_ORGS = frozenset(
    phrase.strip()
    for phrase in """kremlin, white house, pentagon, nato, eu, european union, united nations, un, ministry,
    foreign ministry, defence ministry, defense ministry, state department, government, cabinet,
    parliament, congress, senate, commission, council, office, army, military, police, embassy""".split(",")
)
_CAP = r"[A-Z][\w'’.-]*"
# A speaker phrase: optional article, role words and capitalised words, ending in a capitalised word.


_LOWER_ROLE = (
    r"(?:spokes(?:man|woman|person)|envoy|minister|president|secretary|chancellor|official|adviser|"
    r"advisor|aide|chief|head|leader|commander|ambassador|negotiator|director|analyst|economist|"
    r"foreign|defen[cs]e|prime|vice|deputy|special|senior|top|former|press|security|national|of|for|the)"
)


_ROLE_NOUN = (
    r"(?:president|prime\s+minister|minister|secretary|chancellor|spokes(?:man|woman|person)|envoy|"
    r"ambassador|official|officials|adviser|advisor|aide|chief|leader|commander|negotiator|ministry|"
    r"government|army|military|department|office|agency|regulator|company|bank)"
)


def _speaker(group: str = "speaker", greedy: bool = False) -> str:
    # Before a verb the phrase is bounded on both sides, so a lazy run is exact; after "said"
    # only role words may join the capitalised ones ("said Kremlin spokesman Dmitry Peskov").
    # "the Ukrainian president" is a speaker too, resolved later to whom the article gave that title.
    described = r"(?:[Tt]he|[Aa]n?)\s+(?:[\w'’.-]+\s+){0,3}?" + _ROLE_NOUN
    # "Ukraine’s air force", "Russia's foreign ministry": an organisation named by its owner.
    possessive = r"[A-Z][\w.-]*['’]s\s+(?:[a-z]+\s+){0,2}?" + _ROLE_NOUN + r"|[A-Z][\w.-]*['’]s\s+air\s+force"
    if greedy:
        named = r"(?:the\s+)?(?:(?:" + _CAP + "|" + _LOWER_ROLE + r")\s+){0,5}" + _CAP
    else:
        named = r"(?:(?:the|a|an)\s+)?(?:(?:" + _CAP + r"|[a-z][a-z.-]*)\s+){0,5}?" + _CAP
    return rf"(?P<{group}>{possessive}|{named}|{described}|he|she)"


_SPEAKER = _speaker()
_OPEN = '“"'
_QUOTE = re.compile(r"[“\"](?P<q>[^“”\"]{3,}?)[”\"]")
_AFTER_QUOTE = re.compile(
    r"^[\s,]*(?:" + _SPEAKER + r"\s+(?:(?:has|had|have|was|is|later|also|then)\s+)?(?:" + _VERBS + r")\b"
    r"|(?:" + _VERBS + r")\s+" + _speaker("inverted", greedy=True) + r"\b"
    # "said the London strategist": a capitalised word used as an adjective is not a name.
    r"(?!\s+(?!(?:in|on|at|who|after|before|during|when|as|to|from|of|and|while|last|this|told|"
    r"adding|according|that|with|via)\b)[a-z]))"
)
_BEFORE_QUOTE = re.compile(
    r"(?:^|[,;:]\s+|\band\s+)" + _SPEAKER + r"(?:,[^,]{1,60},)?\s+(?:(?:has|had|have|also|then|later)\s+)?"
    r"(?:" + _VERBS + r")\b(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?[^“\"]{0,40}?[,:]?\s*$"
)
_INDIRECT = re.compile(
    r"(?:^|[,;]\s+)" + _SPEAKER + r"(?:,[^,]{1,60},)?\s+(?:(?:has|had|have|also|then|later)\s+)?"
    r"(?:" + _VERBS + r")\b(?:\s+(?:reporters|journalists|\w+))?(?:\s+(?:on|in|at)\s+\w+)?\s+that\s+"
)
_ACCORDING = re.compile(r"\baccording to " + _speaker(greedy=True))
_TITLED_NAME = re.compile(
    r"\b(?P<role>(?:[A-Z][\w.'’-]*\s+|(?:vice|prime|foreign|defence|defense|special|press)\s+){0,4}?"
    r"(?:President|Prime Minister|Minister|Secretary|Chancellor|Spokesman|Spokeswoman|Spokesperson|"
    r"spokesman|spokeswoman|spokesperson|envoy|Envoy|Ambassador|ambassador|CEO|chief|Chief|Leader|"
    r"leader|Commander|commander|General|Gen\.|Senator|Sen\.|Rep\.|Governor|Director|director|"
    r"Chairman|chairman|aide|adviser|Adviser|official))\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


@dataclass(frozen=True, slots=True)
class Attributed:
    """A statement found in one article, before actors are merged across articles."""

    speaker: str  # a full name, a surname or an organisation, as the article names it
    role: str | None
    sentence: str
    quote: str | None
    article: int


def _fold(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"[^a-z]", "", plain)
    # Transliteration variants: Zelenskyy / Zelenskiy / Zelensky, Syrskyi / Syrsky.
    return re.sub(r"(yy|iy|yi|ii|ij)$", "y", plain)


class _ArticleContext:
    """What an article has said so far about who is who: titled names, the last person named."""

    def __init__(self, text: str = "") -> None:
        self.text = text  # the whole article: a surname alone is looked up in it
        self.roles: dict[str, str] = {}  # "russian president" -> "Vladimir Putin"
        self.role_of: dict[str, str] = {}  # "Vladimir Putin" -> "Russian President"
        self.surnames: dict[str, str] = {}  # folded surname -> full name
        self.last_person: str | None = None
        self.pronoun_open = False  # the last sentence named two people: "she said" could be either
        self._full_names: dict[str, str] = {}
        self._words: dict[str, list[int]] | None = None

    def learn(self, sentence: str) -> None:
        for match in _TITLED_NAME.finditer(sentence):
            role, name = " ".join(match.group("role").split()), match.group("name")
            name = _trim_name(name)
            if name:
                self.roles.setdefault(role.lower(), name)
                self.roles.setdefault(role.split()[-1].lower(), name)
                self.role_of.setdefault(name, role)
                self.surnames.setdefault(_fold(name.split()[-1]), name)

    def note_people(self, sentence: str, speaker: str | None) -> None:
        """After a sentence: who "he" or "she" would be next. Only people the article introduced
        (by title or as a speaker) count, so "United States" is never one. The sentence's own
        speaker stays the subject; a sentence naming two other people leaves the pronoun open."""
        named = []
        for match in _NAME_RUN.finditer(sentence):
            surname = _fold(match.group(0).split()[-1])
            if surname in self.surnames and self.surnames[surname] not in named:
                named.append(self.surnames[surname])
        if speaker is not None:
            self.pronoun_open = False
        elif named:
            self.last_person = named[-1]
            self.pronoun_open = len(named) > 1

    def full_name(self, single: str) -> str:
        """ "Huang" -> "Jensen Huang" when the article names him so somewhere (given name first or
        last: "Guo" -> "Guo Jiakun")."""
        if _fold(single) in self.surnames:
            return self.surnames[_fold(single)]
        if single in self._full_names:
            return self._full_names[single]
        self._full_names[single] = full = self._find_full_name(single)
        return full

    def _starts(self, single: str) -> list[int]:
        """Where words that `single` starts with start: an index made once, so looking up every
        name of a long article stays linear."""
        first = re.match(r"\w+", single)
        if first is None:
            return []
        if self._words is None:
            self._words = {}
            for match in re.finditer(r"\w+", self.text):
                self._words.setdefault(match.group(), []).append(match.start())
        return self._words.get(first.group(), [])

    def _find_full_name(self, single: str) -> str:
        # Where the name occurs (from the index), then the capitalised word next to it: a pattern
        # per name would be tried at every position of the article, for every name.
        text = self.text
        occurrences = [
            at for at in self._starts(single) if text.startswith(single, at) and _word_boundary(text, at + len(single))
        ]
        # "Jensen Huang" (a word before the name) anywhere first, then "Guo Jiakun" (a word after).
        candidates = [(_WORD_BEFORE.search(text[max(0, at - 100) : at]), True) for at in occurrences]
        candidates += [(_WORD_AFTER.match(text, at + len(single)), False) for at in occurrences]
        for match, before in candidates:
            if match is None:
                continue
            other = match.group(1)
            if other.lower() not in _NOT_NAMES and other.lower().rstrip(".") not in _ROLE_WORDS and not _is_org(other):
                return match.group(0) + single if before else single + match.group(0)
        return single

    def met(self, speaker: str) -> None:
        if len(speaker.split()) >= 2 and not _is_org(speaker):
            self.surnames.setdefault(_fold(speaker.split()[-1]), speaker)
            self.last_person = speaker


def _word_boundary(text: str, at: int) -> bool:
    """Where `\\b` matches: between a word character and something else."""
    left = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    right = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return left != right


# The capitalised word just before a name (searched in the text before it) or just after it.
_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Z][\w'’-]+)\b")


def _trim_name(name: str) -> str:
    tokens = name.split()
    while tokens and (tokens[0].lower() in _NOT_NAMES or tokens[0].lower().rstrip(".") in _ROLE_WORDS):
        tokens.pop(0)
    while tokens and tokens[-1].lower() in _NOT_NAMES:
        tokens.pop()
    return " ".join(tokens)


# AP-style state abbreviations that follow a town in news copy ("El Segundo, Calif.").
_PLACE_ABBREVIATIONS = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex vt va wash wis wyo n.h n.j n.m n.y n.c n.d s.c s.d r.i w.va d.c""".split()
)
_COMPANY = frozenset(
    """corp corp. inc inc. co co. ltd ltd. plc llc group agency administration bank association
    institute university council union party commission committee foundation fund organization
    organisation""".split()
)


def _is_org(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and (" ".join(words) in _ORGS or words[-1] in _ORGS or words[-1] in _COMPANY or phrase.isupper())


def _resolve(phrase: str, ctx: _ArticleContext) -> tuple[str, str | None] | None:
    """A speaker phrase -> (actor, role), or None when the text does not say who."""
    phrase = " ".join(phrase.split()).strip(",;:")
    if phrase.endswith(".") and len(phrase.split()[-1]) > 3:  # a sentence's full stop, not "Jr."
        phrase = phrase[:-1]
    lower = phrase.lower()
    if lower in ("he", "she"):
        if ctx.pronoun_open or not ctx.last_person:
            return None
        return ctx.last_person, ctx.role_of.get(ctx.last_person)
    bare = re.sub(r"^(the|a|an)\s+", "", lower)
    owner = re.match(r"^([\w.-]+)['’]s\s", phrase)
    if owner:  # "Ukraine’s air force" speaks; "Tuesday's statement" does not
        return None if owner.group(1).lower() in _NOT_NAMES else (phrase, None)
    if bare in ctx.roles:
        name = ctx.roles[bare]
        return name, ctx.role_of.get(name)
    tokens = phrase.split()
    if len(tokens) > 1 and tokens[-1].lower() in _COMPANY:  # "General Motors Corp.": all of it is the name
        return " ".join(t for t in tokens if t.lower() not in ("the", "a", "an")).rstrip("."), None
    # Split "Kremlin spokesman Dmitry Peskov" into role and name: the name is the trailing run of
    # capitalised words that are not role words.
    cut = len(tokens)
    while cut > 0 and tokens[cut - 1][:1].isupper() and tokens[cut - 1].lower() not in _ROLE_WORDS:
        cut -= 1
    name = " ".join(tokens[cut:])
    role = " ".join(t for t in tokens[:cut] if t.lower() not in ("the", "a", "an")) or None
    if any(t.lower() in ("in", "from", "at", "near") for t in tokens[:cut]):
        return None  # "officials in Kyiv": a place, and no one named
    if name and name.lower().split()[0] not in _NOT_NAMES:
        if len(name.split()) == 1 and not _is_org(phrase):
            full = ctx.full_name(name)
            if full == name and (name.lower().rstrip(".") in _PLACE_ABBREVIATIONS or len(name) <= 2):
                return None  # "El Segundo, Calif., a consultant ... warned": a place, not the speaker
            return full, role or ctx.role_of.get(full)
        if _is_org(phrase) and len(name.split()) == 1 and not role:
            return name, None
        return name, role or ctx.role_of.get(name)
    if _is_org(bare):  # "the Kremlin", "the foreign ministry"
        return " ".join(w.capitalize() if w not in ("of", "and") else w for w in bare.split()), None
    return None


def _speaker_before(text: str, ctx: _ArticleContext) -> tuple[str, str | None] | None:
    match = _BEFORE_QUOTE.search(text)
    return _resolve(match.group("speaker"), ctx) if match else None


# Sentences longer than this are not statements a reader could take in at a glance (and would
# cost the attribution patterns time out of proportion).
MAX_SENTENCE_CHARS = 600


def attribute(article: Article, a_index: int, sentences: Sequence[Sentence] | None = None) -> list[Attributed]:
    """Every attributable statement in one article, in reading order.

    `sentences` are the article's sentences from its Corpus (split here when not given).
    """
    if sentences is None:
        sentences = [replace(s, article=a_index) for s in make_corpus([article]).sentences]
    found: list[Attributed] = []
    ctx = _ArticleContext(" ".join(article.paragraphs))
    previous: Attributed | None = None
    paragraph = -1
    for item in sentences:
        sentence = item.text
        if item.paragraph != paragraph:  # a quote runs on only within its paragraph
            paragraph, previous = item.paragraph, None
        if len(sentence) > MAX_SENTENCE_CHARS:
            previous = None
            continue
        ctx.learn(sentence)
        statement = _statement(sentence, ctx, previous, a_index)
        if statement is not None:
            found.append(statement)
            ctx.met(statement.speaker)
        previous = statement
        ctx.note_people(_QUOTE.sub(" ", sentence), statement.speaker if statement else None)
    return found


def _statement(sentence: str, ctx: _ArticleContext, previous: Attributed | None, a_index: int) -> Attributed | None:
    """The statement in one sentence: the quoted words go with the speaker named next to them."""
    quotes = list(_QUOTE.finditer(sentence))
    if not quotes:
        match = _INDIRECT.search(sentence) or _ACCORDING.search(sentence)
        who = _resolve(match.group("speaker"), ctx) if match else None
        return Attributed(who[0], who[1], sentence, None, a_index) if who else None
    speakers = len(re.findall(r"\b(?:" + _VERBS + r")\b", _QUOTE.sub(" ", sentence)))
    candidates: list[tuple[re.Match[str], tuple[str, str | None] | None]] = []
    first, last = quotes[0], quotes[-1]
    after = _AFTER_QUOTE.match(sentence[first.end() :])
    if after:
        candidates.append((first, _resolve(after.group("speaker") or after.group("inverted"), ctx)))
    candidates.append((first, _speaker_before(sentence[: first.start()], ctx)))
    if last is not first and speakers <= 1:  # with two speakers in a sentence, only the first quote is safe
        tail = _AFTER_QUOTE.match(sentence[last.end() :])
        if tail:
            candidates.append((last, _resolve(tail.group("speaker") or tail.group("inverted"), ctx)))
    if previous is not None and sentence[:1] in _OPEN and speakers == 0:
        candidates.append((first, (previous.speaker, previous.role)))  # "…," he said. "…" — it goes on
    if speakers == 0 or (len(quotes) == 1 and speakers == 1):
        according = _ACCORDING.search(sentence)
        if according:
            candidates.append((first, _resolve(according.group("speaker"), ctx)))
    for quote, who in candidates:
        if who is not None:
            return Attributed(who[0], who[1], sentence, quote.group("q").strip(" ,"), a_index)
    return None


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _name_parts(name: str) -> tuple[str, str]:
    """(folded surname, folded given name or ""), ignoring suffixes like "Jr."."""
    tokens = [t for t in name.split() if t.lower() not in _SUFFIXES] or name.split()
    return _fold(tokens[-1]), (_fold(tokens[0]) if len(tokens) > 1 else "")


def merge_actors(found: Sequence[Attributed]) -> dict[str, list[Attributed]]:
    """Group statements by actor. Spellings of one person join (Zelensky, Volodymyr Zelenskyy);
    two people with one surname (Boris and Mike Johnson) stay apart, and a bare "Johnson" joins a
    full name only when just one person of that surname is named."""
    given_names: dict[str, set[str]] = {}
    for item in found:
        if not _is_org(item.speaker):
            surname, given = _name_parts(item.speaker)
            if given:
                given_names.setdefault(surname, set()).add(given)
    by_key: dict[str, list[Attributed]] = {}
    for item in found:
        if _is_org(item.speaker):
            key = "org:" + item.speaker.lower()
        else:
            surname, given = _name_parts(item.speaker)
            known = given_names.get(surname, set())
            if not given and len(known) == 1:
                given = next(iter(known))
            key = f"{surname}:{given}" if len(known) > 1 else surname
        by_key.setdefault(key, []).append(item)
    return by_key


def _display_name(items: Sequence[Attributed]) -> tuple[str, str | None]:
    names = Counter(i.speaker for i in items)
    full = [n for n in names if len(n.split()) >= 2]
    name = max(full or list(names), key=lambda n: (names[n] + (0.5 if len(n.split()) >= 2 else 0), len(n)))
    roles = Counter(i.role for i in items if i.role)
    return name, (roles.most_common(1)[0][0] if roles else None)


# An actor's statements compared for repeats at the most (the most topical first).
_MAX_STATEMENTS_COMPARED = 40


def positions(
    corpus: Corpus, relevance: Callable[[str], float], taken: Sequence[str] = (), max_statements: int = 2
) -> list[Position]:
    """Actors by prominence, each with its most topical statements.

    The same statement from two outlets (the same quote, or a near-identical sentence) is one
    statement; it cites the articles with its exact words. Sentences already in `taken` (used
    by another section) are left out.
    """
    used = {sentence_key(t) for t in taken}
    sentences = by_article(corpus)
    found = [
        s
        for i, article in enumerate(corpus.articles)
        for s in attribute(article, i, sentences[i])
        if sentence_key(s.sentence) not in used
    ]
    # Which articles name a word at all, indexed once: prominence without a scan per actor.
    named: dict[str, set[int]] = {}
    for sentence in corpus.sentences:
        for word in _NAME_RUN.findall(sentence.text):
            for token in word.split():
                named.setdefault(token, set()).add(sentence.article)
    result = []
    for items in merge_actors(found).values():
        actor, role = _display_name(items)
        ranked = sorted(items, key=lambda i: -relevance(i.sentence))[:_MAX_STATEMENTS_COMPARED]
        groups: list[tuple[Attributed, frozenset[str], set[int]]] = []
        for item in ranked:
            words = frozenset(terms(item.quote or item.sentence))
            for kept, kept_words, articles in groups:
                if (kept.quote and item.quote and sentence_key(kept.quote) == sentence_key(item.quote)) or (
                    len(words & kept_words) >= max(3.0, 0.6 * min(len(words), len(kept_words), 10))
                ):
                    articles.add(item.article)
                    break
            else:
                groups.append((item, words, {item.article}))
        statements = []
        for item, _, articles in groups:
            support = independent(corpus, sorted(articles))
            # Own words first: a direct quote says the stance better than a paraphrase of it.
            score = relevance(item.sentence) * (1.0 + 0.5 * (support - 1)) * (1.5 if item.quote else 1.0)
            statements.append(Statement(item.sentence, item.quote, cited(corpus, item.sentence, [item.article]), score))
        # Their own words first (a quote long enough to stand alone), then the most topical.
        statements.sort(key=lambda s: (not (s.quote and len(s.quote.split()) >= 6), -s.score))
        quoted_in = independent(corpus, sorted({i.article for i in items}))
        # Prominence: how many independent outlets quote the actor and how many name them at all;
        # how topical their words are only breaks ties.
        organisation = _is_org(actor) or "’s " in actor or "'s " in actor
        token = actor.split()[0] if organisation else [t for t in actor.split() if t.lower() not in _SUFFIXES][-1]
        named_in = independent(corpus, sorted(named.get(token, set()) | {i.article for i in items}))
        topical = statements[0].score / (1.0 + statements[0].score)
        score = 2.0 * quoted_in + named_in + topical
        result.append(Position(actor, role, tuple(statements[:max_statements]), score))
    result.sort(key=lambda p: (-p.score, p.actor))
    return result
