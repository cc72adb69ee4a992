"""The key points: the articles' own bullets merged across outlets, most-supported first; when
they are few, sentences the Situation did not use fill in (chosen by selection.py, with a prior
for what the newest day first reports)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from .attribution.lexicon import GIVEN_NAMES, PARTICLES
from .corpus import cited, outlets_of, stems_of, words_of
from .counts import counted
from .daystamp import tells_history, undatable
from .development import same_development
from .framing import crowds_belief, pundits_view, writers_impression, writers_verdict
from .models import Corpus, Item
from .nameless import nameless_lot
from .selection import Scored, Selector, concepts_of
from .selfcontained import ROLE, counted_set, leans_on_context, part_of_a_set, told_of_before
from .similarity import TermIndex, mostly_said, retells
from .standing import (
    anecdote,
    backdrop,
    development_prior,
    standing_fact,
    unknown_yet,
    writers_forecast,
)
from .text import PERSON_NAME, squash, stem

MAX_BULLET_WORDS = 40  # a key point is short; a longer "bullet" is a paragraph
# The sentences that fill in are chosen with a recency prior: a development first reported on the
# newest day is worth 1 + RECENCY times its concepts (selection.Selector._recency_boost), so the
# day's news reaches the key points and not only the Situation's opening.
RECENCY = 2.0
# A key point tells what the story's latest days brought. A sentence first reported more than this
# many days before the newest article is the story's background (the week-old crash, last month's
# charges): the Situation's context, not a point of the day. It fills in only when nothing of the
# latest week is left to tell.
STALE_DAYS = 7  # (older news the newest day still echoes does not fill a quiet week: it mostly retells the Situation)


# Someone met in the street, given by age and trade, who only talks, gives a view or says how they will
# vote ("Tam Orr, 54, a welder from Lorrin, said …", "Ida Brun, a 71-year-old retiree, also plans to …",
# "Ivo Lund, 40, who owns a bakery, says …"): a voter's voice, colour for a story, not news a reader
# acts on. What such a person did is news ("…, 54, a welder, was charged with …"), and an age and a
# post ("…, 61, an aide to the governor, said …") is someone with a part in it.
_PASSERBY = re.compile(
    rf"^[\"“‘']?({PERSON_NAME}),\s+"
    r"(?:\d{1,3},\s+(?=an?\s|who\s+(?:lives|owns|works|runs|sells|was\s+\w+ing)\b)|(?=an?\s+\d{1,3}-year-old\s))"
    r"((?:[^,]+,\s+){1,2}?)(?:also\s+)?"
    r"(?:said|says|told|tells|plans?|planned|intends|is\s+backing|backs|supports?|supported|(?:will|would)\s+vote)\b"
)
_PART_IN_IT = re.compile(
    rf"\b(?:{ROLE}|member|delegate|spokes\w*|lawmaker|candidate|officer|employee|volunteer)s?\b", re.IGNORECASE
)
# … and someone the articles name again and again is one the story follows, not a passer-by: its
# surname in this many other sentences of the corpus (not counting such introductions of it).
FOLLOWED = 3


def passerby(corpus: Corpus, text: str) -> bool:
    """The sentence is what a person given only by age and trade said or means to vote, and the
    corpus hardly names them elsewhere: no key point."""
    found = _PASSERBY.match(text)
    if found is None or _PART_IN_IT.search(found.group(2)):
        return False
    given, surname = found.group(1).split()[0], found.group(1).split()[-1]
    # each mention of the surname with the word before it: the person's own given name is them, and
    # so is the surname alone ("Rocha", "Ms. Rocha", "Then Rocha"); another given name before it
    # ("Ivo Rocha") is a namesake, and once the articles name one the surname alone may be either
    mention = re.compile(rf"(?:\b([A-Z][\w'’-]*)\s+(?:{PARTICLES}\s+)?)?\b{re.escape(surname)}\b")
    named: set[str] = set()
    alone: set[str] = set()
    namesake = False
    for sentence in corpus.sentences:
        if sentence.text == text or _PASSERBY.match(sentence.text):
            continue
        for called in mention.finditer(sentence.text):
            before = called.group(1)
            if before == given:
                named.add(sentence.text)
            elif before is not None and before.lower() in GIVEN_NAMES:
                namesake = True
            else:
                alone.add(sentence.text)
    again = named if namesake else named | alone
    return len(again) < FOLLOWED


def colour(corpus: Corpus, text: str) -> bool:
    """A voter's voice, a habit, a place's or a publication's description, an anecdote's scene on
    a day nobody dates, what is not known yet, one nameless person's lot, the writer's verdict,
    impression or own forecast, nameless analysts' forecast or view, a nameless many's belief:
    colour or comment for a story, not news a reader acts on."""
    return (
        passerby(corpus, text)
        or standing_fact(text)
        or anecdote(text)
        or unknown_yet(text)
        or nameless_lot(text)
        or writers_verdict(text)
        or writers_impression(text)
        or pundits_view(text)
        or crowds_belief(text)
        or writers_forecast(text)
    )


def passage(selector: Selector, scored: Scored) -> Item:
    """A filled-in key point: the sentence, or the two sentences of the passage it was chosen as
    (`Selector.rank(lead_in=True)`: the one before it first), one bullet citing the articles that
    carry both."""
    item = selector.to_item(scored)
    if scored.after is None:
        return item
    text = f"{scored.after} {item.text}"
    # Only an article with the two as one passage, word for word: one holding both sentences
    # apart prints neither this text nor, maybe, this "she".
    articles = tuple(
        a for a in item.articles if any(text in squash(p) for p in selector.corpus.articles[a].paragraphs)
    ) or (scored.sentence.article,)
    day = selector.day_of(text, scored.sentence.article)  # a weekday word in either sentence
    return replace(item, text=text, articles=articles, day=day, after=None)


def key_points(selector: Selector, situation: Sequence[Item], limit: int = 7, shown: int | None = None) -> list[Item]:
    """The articles' own bullets merged across outlets, most-supported first, then sentences.

    A bullet two outlets phrase differently is one point; it cites the articles that have its
    exact words, and its support counts every outlet that made the point. `shown`: how many of
    the ranked Situation sentences the page surely prints (all when None).
    """
    corpus = selector.corpus
    taken = [frozenset(stems_of(corpus, item.text)) for item in situation]
    # What the Situation says, its printed sentences together (not the ranked ones the page may cut)
    above = frozenset().union(*taken[:shown])
    # … and the counts it gives: a bullet giving one again ("4,200 dockers idle") tells that fact twice
    figures = frozenset().union(*(counted(item.text) for item in situation[:shown]))
    rare = selector.rarity  # what a retelling shares weighs by it
    told = [selector.development(item.text) for item in situation]
    groups: list[tuple[str, set[int]]] = []  # (first wording, articles making the point)
    index = TermIndex()  # over groups, in the same order

    def fit(bullet: str, published: date | None) -> frozenset[str] | None:
        """The bullet's terms when it may be a key point, else None."""
        bullet_terms = frozenset(stems_of(corpus, bullet))
        if len(bullet_terms) < 2 or len(bullet.split()) > MAX_BULLET_WORDS or leans_on_context(bullet):
            return None
        if colour(corpus, bullet) or tells_history(bullet, published):
            return None
        if any(retells(bullet_terms, t, rare) for t in taken) or mostly_said(bullet_terms, above, rare):
            return None
        if not figures.isdisjoint(counted(bullet)):
            return None
        happened = selector.development(bullet)
        if any(same_development(happened, other) for other in told):
            return None  # the Situation tells that development
        if selector.over(bullet, published) or undatable(bullet, published, selector.brief_date):
            return None  # told as coming, and over (or maybe over: an old article's undated future)
        return bullet_terms

    fitting: dict[tuple[str, date | None], frozenset[str] | None] = {}  # a bullet many outlets carry: read once
    for a_index, article in enumerate(corpus.articles):
        if not article.key_points or selector.is_opinion(a_index):
            continue  # an editorial's or a column's own bullets are its stance, not the news
        for bullet in article.key_points:
            read = (bullet, article.published)
            if read not in fitting:
                fitting[read] = fit(bullet, article.published)
            bullet_terms = fitting[read]
            if bullet_terms is None:
                continue
            match = index.near(bullet_terms)
            if match:
                groups[match[0]][1].add(a_index)
            else:
                index.add(bullet_terms)
                groups.append((bullet, {a_index}))
    items = []
    for (text, g_articles), g_terms in zip(groups, index.entries, strict=True):
        similar = selector.support(frozenset(g_terms), sorted(g_articles))
        weight = selector.weight_of(concepts_of(text, words_of(corpus, text)))
        items.append(Item(text, cited(corpus, text, sorted(g_articles)), outlets_of(corpus, similar), weight))
    items.sort(key=lambda it: (-it.support, -it.score))
    if len(items) < limit:
        # Sentences fill in, in the order of their worth: the concepts several outlets report, and
        # more for what the newest day first reports. (Ordering them by outlets first put background
        # that every follow-up repeats before the day's news, and the one-page fit drops the last.)
        wanted = limit - len(items)
        extra = selector.rank(
            3 * wanted,
            exclude=[i.text for i in situation] + [i.text for i in items],
            recency=RECENCY,
            resolve_roles=False,  # each bullet stands alone
            lead_in=True,  # the day's news leaning on the sentence before it comes with that one
            prior=development_prior,  # what happened, was decided or said before a description
        )
        # A sentence the Situation did not pick may still retell one it did, in other words.
        # Nor tell again what its sentences together say (one fact told across two).
        fresh = [
            s
            for s in extra
            if not any(retells(frozenset(s.terms), t, rare) for t in taken)
            and not mostly_said(frozenset(s.terms), above, rare)
            and not colour(corpus, s.sentence.text)
            # the Situation's event again, as the backdrop of who was where ("… when the fire broke out")
            and not _told_event(corpus, s.sentence.text, above)
            # what happened weeks or years before its article is the story's background
            and not tells_history(s.sentence.text, corpus.articles[s.sentence.article].published)
            and figures.isdisjoint(counted(f"{s.after or ''} {s.sentence.text}"))
            # a round-up's item on another story: tied to this one by the article it sits in only
            and not selector.off_story(f"{s.after or ''} {s.sentence.text}", s.sentence.article)
        ]
        fresh = told_once(latest_first(selector, fresh))
        # One calling something "the plan" needs a plan told above it: which Situation sentences
        # the page shows is known only when it is laid out (compose.assemble), so it says what it
        # needs. (An outlet's own bullets are its summary of its story, written to be read as such.)
        items.extend(replace(passage(selector, s), needs=_needs(selector, s)) for s in fresh[:wanted])
    return items[:limit]


def _told_event(corpus: Corpus, text: str, above: frozenset[str]) -> bool:
    """The sentence tells who was where when an event happened (`standing.backdrop`), and the
    Situation the page prints names that event: a retelling of it."""
    event = backdrop(text)
    return event is not None and not above.isdisjoint(stems_of(corpus, event))


def latest_first(selector: Selector, ranked: list[Scored]) -> list[Scored]:
    """The fill-in sentences of the story's latest week when it has any, in their order: one first
    reported over `STALE_DAYS` before the newest article is older news that newer news has
    overtaken. All of them when none is that recent (a story whose news is all old)."""
    recent = [s for s in ranked if (age := selector.days_old(s)) is None or age <= STALE_DAYS]
    return recent or ranked


def told_once(ranked: list[Scored]) -> list[Scored]:
    """The candidates in their order, less one printing a sentence an earlier one prints: a
    sentence alone and the passage of it with the sentence after it ("X." and "X. Y.") are one
    telling; the first ranked stays."""
    printed: set[str] = set()
    kept = []
    for s in ranked:
        own = {s.sentence.text} | ({s.after} if s.after else set())
        if printed.isdisjoint(own):
            kept.append(s)
            printed |= own
    return kept


def _needs(selector: Selector, scored: Scored) -> tuple[str, ...]:
    """What the key point calls "the plan", "the clinic" as if told (stemmed heads: a story's
    event or plan anywhere, `told_of_before`, and `Selector.heads`), and the set its subject is a
    part of ("Most of the timber …", `part_of_a_set`: a bullet has no sentence before it to say
    which): in a passage, what its first sentence needs, and what the second needs that the first
    does not tell; and the set it counts as known ("All four defendants …", `counted_set`)."""

    def told(text: str, position: int) -> set[str]:
        return (
            {stem(h) for h in told_of_before(text)}
            | selector.needs_told(text, position, scored.sentence.article)
            | part_of_a_set(text)
            | counted_set(text)
        )

    needs = told(scored.sentence.text, scored.sentence.position)
    if scored.after is not None:
        needs -= set(stems_of(selector.corpus, scored.after))
        needs |= told(scored.after, scored.sentence.position - 1)
    return tuple(sorted(needs))
