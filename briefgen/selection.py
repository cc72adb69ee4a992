"""Where a sentence is chosen: the Situation summary (and the sentences that fill in key points).

Situation is budgeted concept coverage (Gillick & Favre's idea, solved greedily as Lin &
Bilmes do): a concept is a stemmed bigram (two stop words aside), worth the number of
independent articles that use it; each pick adds the most not-yet-covered concept weight per
word, so redundant sentences gain nothing. In a daily brief the newest day's best sentence opens,
and nothing that leans on an unseen sentence or announces an event already past is chosen.
Cost is linear in the corpus: no all-pairs similarity anywhere.

What makes a sentence stand on its own is selfcontained.py; the day stamp beside an old
weekday word is daystamp.py; the articles' own bullets become key points in keypoints.py.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import filterfalse, repeat
from operator import attrgetter

from .analysis import make_corpus
from .corpus import (
    HEAD_WORDS,
    independent,
    key_of,
    newest_articles,
    news_day,
    outlets_of,
    sentence_starts,
    stems_of,
    words_of,
)
from .dates import find_dates, period_end
from .daystamp import day_stamp, tells_news, undatable
from .development import Development, development, same_development
from .errors import ArticleError, UsageError
from .framing import comment_first, opinion_piece, states_plainly, told_in_first_person, writers_verdict
from .lede import actor, feature_lede, hard_news, preview_headline, quoted_reaction, teaser
from .models import METHODS, Corpus, Item, NextStep, Sentence
from .names import introduced_names, may_name, one_word_names, word_starts
from .selfcontained import (
    OPENING_QUOTE,
    dateline_here,
    definite_heads,
    heads_told_just_before,
    here_for_place,
    is_fragment,
    leans_on_context,
    people_by_role,
    plays,
    quotation_cut,
    role_antecedents,
    stands_alone_plainly,
    surnames_alone,
)
from .similarity import TermIndex, rarity, repeats
from .sources.textfile import parse_article
from .standing import publication_blurb
from .text import (
    QUOTED,
    STOP_WORDS,
    OfflineTokenizer,
    dateline_end,
    squash,
    stem,
    terms_and_phrases,
    wire_dateline_end,
)
from .timeline import HeldSince, ahead_of_over, over_by, told_as_coming

MIN_WORDS, MAX_WORDS = 6, 55
# A shared phrase (bigram) is better evidence of a shared fact than a shared word.
UNIGRAM_WEIGHT = 0.1
# A concept told by k independent outlets is worth k**SUPPORT_POWER (Gillick & Favre's document
# frequency): what most outlets report is what the story is.
SUPPORT_POWER = 1.0
LENGTH_EXPONENT = 0.6  # gain per word**0.6: long sentences pay for their length, a little
LEAD_BOOST = 1.0  # the first sentence of an article counts 1 + LEAD_BOOST times; it fades after
# A sentence telling of an event on the day a next step shows shares this much of its words with it
# to be that event (timeline's own test for one event told twice, with the same day).
SAME_DAY_SHARED = 0.3
NOVELTY = 0.5  # a pick adds at least this share of its concept weight (the rest is already said)
LEAD_SENTENCES = 3  # a news story's lead: where it dates its news (`Selector._leads_with_news`)


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate sentence with its concepts: what selection works on."""

    sentence: Sentence
    concepts: tuple[str, ...]  # each once (tuples: a hundred thousand candidates stay small)
    terms: tuple[str, ...]  # each once
    length: int
    articles: tuple[int, ...]  # every article that carries this very sentence
    after: str | None = None  # the chosen sentence it leans on, when it leans on one (`role_antecedents`)


_TEXT = attrgetter("text")


# A statement reported in the past: a verb of saying ("said", "told", "admitted"), not a forecast
# or a view ("predicted", "believed"), nor what someone learned or found.
_REPORTED = frozenset(
    """said told wrote stated added warned insisted declared claimed acknowledged admitted announced
    replied responded confirmed denied conceded alleged testified revealed disclosed""".split()
)


_WORD = re.compile(r"[a-z]+")


def _reports(text: str) -> bool:
    """The sentence reports what someone said, in the past tense ("…, police said.", "…,
    according to aides")."""
    words = _WORD.findall(text.lower())
    return not _REPORTED.isdisjoint(words) or "according to" in " ".join(words)


def concepts_of(text: str, words: tuple[Iterable[str], Iterable[str]] | None = None) -> frozenset[str]:
    """A text's concepts: each pair of consecutive words but two stop words ("of ukraine", "grain
    deal"; Gillick & Favre's bigrams), stemmed, and each content word (`words`: its terms and
    phrases, `text.terms_and_phrases`, when known)."""
    found, phrases = terms_and_phrases(text) if words is None else words
    return frozenset(phrases) | frozenset(found)


def leans_of(corpus: Corpus, text: str) -> bool:
    """`leans_on_context(text)`, as the analysis of a full sentence of the corpus found it."""
    known = corpus.lexicon.get(text)
    return known[3] if known is not None and known[3] is not None else leans_on_context(text)


def _shared(words: Iterable[str], intern: dict[str, str]) -> tuple[str, ...]:
    """Each distinct word once, as one string object for all candidates (memory, not meaning)."""
    distinct = set(words)  # (one set iterated twice, unchanged: the same order both times)
    return tuple(map(intern.setdefault, distinct, distinct))


# A phrase's words that are not stop words (stemmed as phrases are): "ferry strike", not "of ferry"
_STOPPED = STOP_WORDS | frozenset(map(stem, STOP_WORDS))


class Selector:
    """Scores a corpus once; then picks Situation sentences and key points from it.

    `brief_date`, when given, is what tense is read against: a sentence announcing an event
    dated before it is over and not chosen, and weekday words of older articles get their day."""

    def __init__(self, corpus: Corpus, brief_date: date | None = None) -> None:
        self.corpus = corpus
        self.brief_date = brief_date
        self.newest = newest_articles(corpus)
        # the newest day of the story, when it runs over several: what a key point's age is read from
        self.newest_day = corpus.articles[min(self.newest)].published if self.newest else None
        self._developments: dict[str, Development] = {}
        self._held: HeldSince | None = None  # made when a candidate first asks
        first: dict[str, Sentence] = {}  # sentence key -> its first full sentence
        # Each distinct text's first full sentence, in C (a dict keeps a key's first place, and the
        # last value given, so the sentences go in backwards): a stock sentence's key is looked up
        # once, not per article.
        full = [s for s in corpus.sentences if s.complete]
        earliest = dict(zip(map(_TEXT, reversed(full)), reversed(full), strict=True))
        for text in dict.fromkeys(map(_TEXT, full)):
            first.setdefault(key_of(corpus, text), earliest[text])
        del full, earliest
        # A sentence calling someone by a name given in full only before it needs that full name
        # on the page first.
        self.needs = surnames_alone(corpus)
        # A sentence calling its subject by a role ("The leader warned …") needs that person named
        # with that role on the page before it.
        self.roles = role_antecedents(corpus)
        self.leaning: dict[int, bool] = {}  # candidate -> whether it leans on an unseen sentence, once read
        self._heads: dict[str, frozenset[str]] = {}  # text -> `definite_heads`, once read
        self._lead_ins: dict[int, tuple[int, Scored] | None] = {}  # candidate -> `_lead_in`, once read
        self._leads: dict[int, list[str]] | None = None  # article -> its lead's sentences, when asked
        # Editorials, columns, commentaries: a stance, no report (a sentence only they carry is no
        # Situation line, nor a key point)
        # (`is_opinion`, once read per article)
        self._opinion: dict[int, bool] = {}
        self._voiced: dict[str, bool] = {}  # sentence text -> `framing.in_a_voice`, once read
        self._starts: list[int] | None = None  # where each article's sentences start, when asked
        self._inside: dict[str, bool] = {}  # one-word name -> `named_inside`, once asked
        # every distinct sentence text joined, where each starts, and the texts (`named_inside`)
        self._all_text: tuple[str, array[int], list[str]] | None = None
        self._loose_counts: dict[int, tuple[int, int]] = {}  # article -> `_loose`, once read
        self._main_weights: dict[int, float] = {}  # article -> `main_weight`, once read
        self._hard: dict[int, bool] = {}  # article -> `leads_hard`, once read
        self._hard_ledes: dict[tuple[str, int | None], bool] = {}  # (lede, year) -> `hard_news`, once read
        self._story_news: dict[int, bool] = {}  # article -> `story_news`, once read
        self._tied: dict[tuple[str, int], bool] = {}  # (text, others) -> `tied_to_story`, once read
        self.candidates: list[Scored] = []
        self.index = TermIndex()  # over candidates, in the same order
        self.by_key: dict[str, int] = {}  # sentence key -> its candidate
        self.eligible: dict[int, bool] = {}  # candidate -> `_eligible`, once read
        # source -> the candidates it carries (near-copies count as their original): a concept is
        # worth as much as the sources using it, counted source by source (a set of the sources of
        # each concept held 10,000 numbers for every stock phrase: most of the peak memory of a
        # 10,000-article build)
        carried: dict[int, list[int]] = {}
        words: dict[str, str] = {}
        copies = corpus.copies
        # (a loop over 150,000 distinct sentences at 10,000 articles: the lookups are bound once)
        holders, intern = corpus.holders, words.setdefault
        candidates, by_key, index_add = self.candidates, self.by_key, self.index.add
        for at, (key, sentence) in enumerate(first.items()):
            text = sentence.text
            stems, phrases = words_of(corpus, text)
            # Its concepts are its terms and its phrases (`concepts_of`), each once: a term is one
            # word and a phrase two, so none is both, and a phrase is listed once already.
            stem_set = _shared(stems, words)
            concepts = stem_set + tuple(map(intern, phrases, phrases))
            articles = holders.get(key) or ()  # `cited`: its key is known already
            for origin in {copies.get(a, a) for a in articles} if copies else articles:
                carried.setdefault(origin, []).append(at)
            by_key[key] = at
            candidates.append(Scored(sentence, concepts, stem_set, len(text.split()), articles))
            index_add(stem_set)
        floor = 2 if independent(corpus, range(len(corpus.articles))) > 1 else 1  # one outlet alone is not news
        self.floor = floor  # the fewest sources a concept the corpus weighs is used by
        used_by: Counter[str] = Counter()  # concept -> how many sources use it
        concepts_at = [c.concepts for c in self.candidates]
        for held in carried.values():
            # a source's concepts, each once (the union in C)
            used_by.update(set().union(*map(concepts_at.__getitem__, held)))
        del concepts_at
        self.weights = {
            concept: count**SUPPORT_POWER * (1.0 if " " in concept else UNIGRAM_WEIGHT)
            for concept, count in used_by.items()
            if count >= floor
        }

    @functools.cached_property
    def rarity(self) -> Callable[[str], float]:
        """`similarity.rarity` of the candidates' terms: what a retelling shares weighs by it. Made
        once, for the key points and for the sections after them."""
        return rarity(c.terms for c in self.candidates)

    def weight_of(self, concepts: Iterable[str]) -> float:
        """The concepts' weights summed exactly (fsum: whatever the order), in C: a build of
        10,000 articles sums them for every candidate at least once."""
        return math.fsum(map(self.weights.get, concepts, repeat(0.0)))

    def concepts(self, text: str) -> Collection[str]:
        """`concepts_of` the text's terms, as its candidate has them when it is one."""
        known = self.by_key.get(key_of(self.corpus, text))
        if known is not None and self.candidates[known].sentence.text == text:
            return self.candidates[known].concepts
        return concepts_of(text, words_of(self.corpus, text))

    def _eligible(self, item: Scored) -> bool:
        text = item.sentence.text
        if not MIN_WORDS <= item.length <= MAX_WORDS or text.endswith("?"):
            return False
        if is_fragment(text):
            return False  # a sub-head or a caption: no sentence
        if writers_verdict(text) or publication_blurb(text):
            return False  # "The question is whether …", "The Ledger is a news site": no development
        if all(map(self.is_opinion, item.articles)):
            return False  # only an editorial or a column says it: a stance, not news
        if text.startswith(OPENING_QUOTE) and not QUOTED.match(text):
            return False  # a quotation the next sentence attributes: nobody says it here
        if quotation_cut(text):
            return False  # part of a speaker's words that run on past it, or began before it
        quoted = sum(len(m) for m in QUOTED.findall(text))
        return quoted < 0.5 * len(text)

    def _left_to(self, item: Scored, events: Sequence[tuple[frozenset[str], date | None]]) -> bool:
        """The sentence tells as coming an event a dated next step shows: in nearly the same words,
        or on the very same day in some of them ("the talks resume on Monday" beside "talks in
        Riyadh will resume on Monday")."""
        coming, when = told_as_coming(
            item.sentence.text, self.corpus.articles[item.sentence.article].published or self.brief_date
        )
        if not coming:
            return False
        day = when.day if when is not None else None
        own = frozenset(item.terms)
        return any(
            repeats(own, event)
            or (day is not None and day == on and len(own & event) >= SAME_DAY_SHARED * len(own | event))
            for event, on in events
        )

    def _over(self, item: Scored) -> bool:
        """`over`, or dated by a stretch of time ("last week") that the brief's reader would
        misread."""
        if self.brief_date is None:
            return False
        published = self.corpus.articles[item.sentence.article].published
        text = item.sentence.text
        # Read against the newest article that carries it: a follow-up repeating it keeps it current.
        latest = max((d for a in item.articles if (d := self.corpus.articles[a].published)), default=published)
        return undatable(text, latest, self.brief_date) or self.over(text, published, item.sentence.article)

    def over(self, text: str, published: date | None, article: int | None = None) -> bool:
        """Told as coming, in an article of the day `published`, of an event that is over: dated
        before the brief's day, or reported as held since (the same meeting by its noun: "after a
        meeting with …")."""
        if self.brief_date is None:
            return False
        if over_by(text, published or self.brief_date, self.brief_date):
            return True
        if published is not None and ahead_of_over(text, published, self.brief_date):
            return True  # "Heading into Tuesday's primary, …" when Tuesday is past
        return self.held_since(text, published, article)

    @property
    def held_since(self) -> HeldSince:
        """The brief's reading of which events the news reports as held, made when first asked;
        Next steps share it (`timeline.next_steps(held=…)`), so the corpus's tellings are indexed once."""
        if self._held is None:
            if self.brief_date is None:
                raise ValueError("no brief's date: nothing is over, nothing held since")
            self._held = HeldSince(self.corpus, self.brief_date)
        return self._held

    def development(self, text: str) -> Development:
        """`development.development(text)`, read once per text."""
        found = self._developments.get(text)
        if found is None:
            found = self._developments[text] = development(text)
        return found

    def heads(self, text: str) -> frozenset[str]:
        """`selfcontained.definite_heads(text)`, read once per text: what the page must have told
        before the sentence ("the clinic" needs a clinic)."""
        found = self._heads.get(text)
        if found is None:
            found = self._heads[text] = definite_heads(text)
        return found

    def needs_told(self, text: str, position: int, article: int | None = None) -> frozenset[str]:
        """`heads` of a sentence at `position` in its article; none for its first sentence, which
        its writer made to be read first, under the headline ("The ceasefire talks resumed …").
        With its `article`, also what it calls "the …" anywhere that the sentence just before it
        gave (`heads_told_just_before`: "… told the group" after "… met a group of pilots")."""
        if position == 0:
            return frozenset()
        heads = self.heads(text)
        if article is not None:
            before = self._sentence_before(article, position)
            if before is not None:
                heads |= heads_told_just_before(text, before.text)
        return heads

    def is_opinion(self, article: int) -> bool:
        """An editorial, a column, a commentary: it calls itself one, or tells itself in the first
        person (`framing`). Read when asked: most articles' sentences never come up."""
        found = self._opinion.get(article)
        if found is None:
            found = self._opinion[article] = opinion_piece(self.corpus.articles[article]) or self._first_person(article)
        return found

    def _first_person(self, article: int) -> bool:
        """`framing.told_in_first_person` of the article: as its analysis read it (of its paragraphs
        and sentences alone), else read now from its sentences in the corpus."""
        corpus = self.corpus
        if len(corpus.analyses) == len(corpus.articles):
            return corpus.analyses[article].first_person
        return told_in_first_person(corpus.articles[article], self._own(article), self._voiced)

    def _tells_news(self, item: Scored) -> bool:
        return tells_news(item.sentence.text, self.corpus.articles[item.sentence.article].published)

    def _sentence_before(self, article: int, position: int) -> Sentence | None:
        """The sentence right before the one at `position` in `article`, if any: found from where
        the article's sentences start (`_own`), not from a map of every sentence of the corpus (one
        entry a sentence: 35 MB for 10,000 articles)."""
        if position < 1:
            return None
        own = self._own(article)
        if position <= len(own) and own[position - 1].position == position - 1:
            return own[position - 1]  # (as `corpus.assemble` makes them: position i at index i)
        return next((s for s in own if s.position == position - 1), None)

    def _own(self, article: int) -> Sequence[Sentence]:
        """The article's sentences in reading order (the corpus's come article after article)."""
        if self._starts is None:
            self._starts = sentence_starts(self.corpus)
        return self.corpus.sentences[self._starts[article] : self._starts[article + 1]]

    def _lead_in(self, i: int) -> tuple[int, Scored] | None:
        """A sentence first reported on the newest day (any, when the story is of one day), with the
        sentence before it in its paragraph (a candidate too, and the two no longer than one long
        sentence): that sentence's candidate, and the two as one passage of the source, the one
        before as its `after`. Whether the first leans and the one before stands alone is the
        ranking's to read."""
        if i in self._lead_ins:
            return self._lead_ins[i]
        found = None
        item = self.candidates[i]
        first = self.first_reported(item)
        today = self.newest_day is None or (first is not None and first == self.newest_day)
        if today and item.sentence.position > 0:
            before = self._sentence_before(item.sentence.article, item.sentence.position)
            # in its paragraph: not the last line of the one before, nor a quote paragraph's close
            if before is not None and (not before.complete or before.paragraph != item.sentence.paragraph):
                before = None
            j = self.by_key.get(key_of(self.corpus, before.text)) if before is not None else None
            if j is not None and j != i and item.length + self.candidates[j].length <= MAX_WORDS:
                other = self.candidates[j]
                concepts = tuple(dict.fromkeys(item.concepts + other.concepts))
                terms = tuple(dict.fromkeys(item.terms + other.terms))
                paired = replace(item, concepts=concepts, terms=terms, length=item.length + other.length)
                found = (j, replace(paired, after=other.sentence.text))
        self._lead_ins[i] = found
        return found

    def _lead(self, article: int) -> list[str]:
        """The article's lead: its first `LEAD_SENTENCES` sentences (all articles' read once)."""
        if self._leads is None:
            self._leads = {}
            for s in self.corpus.sentences:
                if s.position < LEAD_SENTENCES:
                    self._leads.setdefault(s.article, []).append(s.text)
        return self._leads.get(article, [])

    def _leads_with_news(self, article: int) -> bool:
        """The article dates news in its lead: a news story, not a column, an analysis or a
        forecast opening on an idea or a scene."""
        published = self.corpus.articles[article].published
        return any(tells_news(text, published) for text in self._lead(article))

    def story_news(self, article: int) -> bool:
        """The article is a news story on this story: no column (`is_opinion`); its lede is no
        feature's opening (`lede.feature_lede`: a question, a quotation, someone not named yet, a
        report's findings) and it opens on hard news (`lede.hard_news`: an act in the past by someone
        named, or the news on a source's word, dated or not), or its lead dates news or reports what
        someone said (`_leads_with_news`, `_leads_with_report`), as a feature opening on a scene or
        an idea does not; its headline previews no event (`lede.preview_headline`: "What to watch at
        tonight's vote" tells how things stood before it); and it is not `elsewhere`: a piece on
        another story (a digest, a markets column) that names this one in passing. An analysis whose
        lead dates the day's news is news all the same."""
        found = self._story_news.get(article)
        if found is not None:
            return found
        lede = self._lede(article)
        found = self._story_news[article] = (
            not self.is_opinion(article)
            and not preview_headline(self.corpus.articles[article].title)
            and not (lede is not None and feature_lede(lede))
            and (self.leads_hard(article) or self._leads_with_news(article) or self._leads_with_report(article))
            and not self.elsewhere(article)
        )
        return found

    def _lede(self, article: int) -> str | None:
        """The article's first sentence of `MIN_WORDS` words or more (not a label: "ABSTRACT."), or
        a shorter question before it ("Is Ostrel broke?": a feature's opening, `lede.feature_lede`),
        past a subtitle (`_dek`): the first sentence of the story's body."""
        lead = self._lead(article)
        if self._dek(article):
            lead = lead[1:]
        return next((text for text in lead if len(text.split()) >= MIN_WORDS or text.rstrip().endswith("?")), None)

    def _dek(self, article: int) -> bool:
        """The article opens on a subtitle, a short line under its headline that sums the story up
        ("Guild and board trade blame as the ferries stay idle."): a first paragraph of one sentence
        of `corpus.HEAD_WORDS` words or fewer, with no dateline, no day named and no one's word
        reported, and under it a longer sentence that stands on its own, the body's lede. A short
        lede places the news ("VARNA — The ferries stopped.", "The ferry sank on Tuesday.") or is
        followed by a line leaning on it ("Orr, who led the valley for a decade, …")."""
        first = self._sentence_before(article, 1)
        after = self._sentence_before(article, 2)
        if first is None or after is None or after.paragraph == first.paragraph:
            return False
        if first.text.rstrip().endswith("?"):
            return False  # a question opening is a feature's, a subtitle or not ("Is Varna broke?")
        paragraphs = self.corpus.articles[article].paragraphs
        words = len(first.text.split())
        return (
            words <= HEAD_WORDS
            and len(after.text.split()) > words
            and first.paragraph < len(paragraphs)
            and dateline_end(paragraphs[first.paragraph]) == 0
            and not tells_news(first.text, self.corpus.articles[article].published)
            and not _reports(first.text)
            and not leans_of(self.corpus, after.text)
            and not self.needs.get((article, after.position))  # "Orr said …" after "Tam Orr quit"
        )

    def leads_hard(self, article: int) -> bool:
        """The article's lede is hard news (`lede.hard_news`), a word opening it a name when the
        corpus capitalises it inside a sentence too (`named_inside`)."""
        found = self._hard.get(article)
        if found is None:
            lede = self._lede(article)
            published = self.corpus.articles[article].published
            year = published.year if published is not None else None
            if lede is None:
                found = self._hard[article] = False
            else:
                # (read once per lede and year: a syndicated lede opens many articles)
                known = self._hard_ledes.get((lede, year))
                if known is None:
                    known = self._hard_ledes[lede, year] = hard_news(lede, self.named_inside, year)
                found = self._hard[article] = known
        return found

    def main_weight(self, article: int) -> float:
        """How much of what the other sources tell the article's lead tells: the weight of its
        lead's concepts, each counted for the sources other than this one that use it. The day's
        main story is the one whose lead the rest of the coverage shares most of, not the first
        nor the longest."""
        found = self._main_weights.get(article)
        if found is None:
            concepts: set[str] = set()
            for text in self._lead(article):
                concepts.update(self.concepts(text))
            found = self._main_weights[article] = math.fsum(
                weight - (1.0 if " " in concept else UNIGRAM_WEIGHT)
                for concept in concepts
                if (weight := self.weights.get(concept)) is not None
            )
        return found

    def main_stories(self, day: Iterable[int]) -> list[int]:
        """The day's news stories on this story (`story_news`), its main story first: those opening
        on hard news (`leads_hard`) before those whose lead only dates something (an analysis, a
        follow-up), an act ("The board fined the guild") before someone's word ("The board said
        …"), each in the order of `main_weight`."""
        return sorted(
            (a for a in day if self.story_news(a)),
            key=lambda a: (
                not self.leads_hard(a),
                self.leads_hard(a) and _reports(self._lede(a) or ""),
                -self.main_weight(a),
                a,
            ),
        )

    def _leads_with_report(self, article: int) -> bool:
        """The article reports, in its lead, what someone said ("…, officials said."): a news
        story, though it dates nothing; a column opens on its own idea."""
        return any(_reports(text) for text in self._lead(article))

    def _recency_boost(self, item: Scored, recency: float) -> float:
        """1 + `recency` for what was first reported on the newest day, fading with the days
        since (1 + recency / 2 a day before, …): what is new is worth more. A sentence's age is
        that of its first report, the oldest article carrying it: background that every follow-up
        repeats is as old as its first telling."""
        if not recency or self.newest_day is None:
            return 1.0
        first = self.first_reported(item)
        if first is None:
            return 1.0
        return 1.0 + recency / (1.0 + (self.newest_day - first).days)

    def first_reported(self, item: Scored) -> date | None:
        """The day a candidate was first reported: the publication day of the oldest article
        carrying it (None when none is dated)."""
        return min((d for a in item.articles if (d := self.corpus.articles[a].published) is not None), default=None)

    def days_old(self, item: Scored) -> int | None:
        """How many days before the story's newest day the candidate was first reported (None when
        either is undated)."""
        first = self.first_reported(item)
        if first is None or self.newest_day is None:
            return None
        return (self.newest_day - first).days

    def _position_boost(self, sentence: Sentence) -> float:
        # News puts the facts first: the lead sentences of an article are worth more.
        return 1.0 + LEAD_BOOST / (1.0 + sentence.position)

    def rank(
        self,
        limit: int,
        words: int | None = None,
        exclude: Sequence[str] = (),
        skip: Collection[str] = frozenset(),
        lead_from: frozenset[int] = frozenset(),
        lead_before: Sequence[frozenset[int]] = (),
        scheduled: Sequence[NextStep] = (),
        recency: float = 0.0,
        resolve_roles: bool = True,
        lead_in: bool = False,
        prior: Callable[[str, date | None], float] | None = None,
        stories: bool = False,
    ) -> list[Scored]:
        """Greedy budgeted coverage: up to `limit` sentences (and `words` words), best first.

        `exclude`: what other sections say (its concepts covered, and not to be said again);
        `skip`: sentence keys kept for another section, that cover nothing here;
        `lead_from`: articles the first pick must come from, when one of them has a candidate;
        `lead_before`: the articles of the days before, newest first: when no article of
        `lead_from` dates news in its lead (columns, analyses), the first pick is the dated news of
        the latest of them that has any;
        `scheduled`: events to come that another section shows with their day: a sentence that
        repeats one of them and announces something to come itself is left to it;
        `recency`: how much more the newest day's first reports are worth (`_recency_boost`);
        `resolve_roles`: a sentence calling its subject by a role ("The leader warned …") may follow
        one naming that person with that role ("Varnese leader Ivo Marsh said …"), which then
        prints before it (`Scored.after`); without it, such a sentence is never chosen;
        `lead_in`: a sentence of the newest day's news that leans on the sentence before it in its
        article may be chosen with that one when it stands alone, as one passage (`_lead_in`: the
        one before is its `after`), so the day's news is not lost for a pronoun (key points);
        `prior`: a factor on a sentence's worth by what it tells (of its text and its article's date:
        key points favour a development over a description, `standing.development_prior`); read
        once per candidate that comes up, on the sentence itself (not the one leading it in);
        `stories`: each main story of the newest days told by another actor (`Selector.stories`) has
        its lede on the page before a third line of a story already there, when the page can take
        it: the night's second result is not lost to a third line on the first (the Situation)."""
        covered: set[str] = set()
        said = [frozenset(stems_of(self.corpus, text)) for text in exclude]
        # What each sentence on the page tells happened: one development is told once.
        told = [self.development(text) for text in exclude]
        events = [(frozenset(stems_of(self.corpus, step.text)), step.date) for step in scheduled]
        for text in exclude:  # what other sections already say counts as covered
            covered.update(self.concepts(text))
        chosen: list[Scored] = []
        used = 0
        named: set[str] = set()  # names given in full on the page so far
        # (role's words, surname, sentence) for each person a chosen sentence names with a role
        holders: list[tuple[frozenset[str], str, str]] = []

        def leans(i: int) -> bool:
            found = self.leaning.get(i)
            if found is None:
                found = self.leaning[i] = leans_of(self.corpus, self.datelined(self.candidates[i].sentence))
            return found

        def antecedent(item: Scored) -> str | None:
            """The chosen sentence naming the person the item calls by a role, when that is who the
            role stands for in its article and nobody else on the page holds a role of that name."""
            found = self.roles.get((item.sentence.article, item.sentence.position))
            if found is None:  # it leans on more than a role: nobody on the page stands for it
                return None
            role, surname = found
            if {s for words, s, _ in holders if role[-1] in words} != {surname}:
                return None
            return next((text for words, s, text in holders if s == surname and plays(role, words)), None)

        for text in exclude:
            named |= introduced_names(text)
        above = frozenset().union(*said)  # what the other sections (the Situation, for key points) say

        def supplier(item: Scored, heads: frozenset[str]) -> str | None:
            """The sentence on the page that tells what the item calls "the …" (`heads`), printed
            before it: the role's holder it follows, else the last chosen sentence that tells them
            all (the Situation); for key points, the Situation above them tells them (compose
            checks that it is shown: `Item.needs`)."""
            if not heads:
                return None
            if not resolve_roles:
                return "" if above.issuperset(heads) else None
            if item.after is not None:
                return item.after if heads.issubset(stems_of(self.corpus, item.after)) else None
            return next((c.sentence.text for c in reversed(chosen) if heads.issubset(c.terms)), None)

        priors: dict[str, float] = {}

        def prior_of(sentence: Sentence) -> float:
            if prior is None:
                return 1.0
            found = priors.get(sentence.text)
            if found is None:
                found = priors[sentence.text] = prior(sentence.text, self.corpus.articles[sentence.article].published)
            return found

        def gain(item: Scored) -> float:
            # fsum: exact, so the order a set iterates in (it varies between runs) cannot break a tie.
            value = self.weight_of(filterfalse(covered.__contains__, item.concepts))
            boost = self._position_boost(item.sentence) * self._recency_boost(item, recency) * prior_of(item.sentence)
            return float(value * boost / item.length**LENGTH_EXPONENT)

        def fits(item: Scored, new_actor: bool = False) -> bool:
            """The page can take it. `new_actor`: it is the lede of a story whose actor no line on
            the page names (`before_third`): another actor's act, which the words it shares with
            the page (the place, the verb, the contest) do not make said already."""
            if words is not None and used + item.length > words:
                return False
            own = frozenset(item.terms)
            if any(repeats(own, frozenset(other.terms)) for other in chosen):
                return False
            # Mostly said already: what it adds weighs less than what it repeats.
            whole = self.weight_of(item.concepts)
            fresh = self.weight_of(filterfalse(covered.__contains__, item.concepts))
            if fresh < NOVELTY * whole and not new_actor:
                return False
            if any(repeats(own, other) for other in said) or self._over(item):
                return False
            happened = self.development(item.sentence.text)
            if any(same_development(happened, other) for other in told):
                return False
            need = self.needs.get((item.sentence.article, item.sentence.position), ())
            if item.after is not None and lead_in:  # with the sentence before it
                before = frozenset(stems_of(self.corpus, item.after))
                shown = any(c.sentence.text == item.after for c in chosen)  # already chosen: it follows it
                if shown and any(c.after == item.after for c in chosen):
                    return False  # right after it only: not after another that follows it
                if not shown and (
                    any(repeats(before, frozenset(other.terms)) for other in chosen)
                    or any(repeats(before, other) for other in said)
                ):
                    return False
                if not shown and any(same_development(self.development(item.after), other) for other in told):
                    return False
                # the names both call someone by alone: the one before it may give the second's
                need_before = self.needs.get((item.sentence.article, item.sentence.position - 1), ())
                if not named.union(introduced_names(item.after)).issuperset(need) or not named.issuperset(need_before):
                    return False
                # what either calls "the …" told in the one before or on the page above
                heads = (self.heads(item.sentence.text) - set(stems_of(self.corpus, item.after))) | self.needs_told(
                    item.after, item.sentence.position - 1, item.sentence.article
                )
                if heads and not above.issuperset(heads):
                    return False
            elif not named.issuperset(need):
                return False
            else:
                leaning = leans(self.by_key[key_of(self.corpus, item.sentence.text)])
                role = antecedent(item) if leaning else None
                if role is None and leaning:
                    return False
                # (and, for a key point, what the sentence just before it gave: a Situation sentence
                # follows the one it needs on the page, and the reading order of those comes first)
                heads = self.needs_told(
                    item.sentence.text, item.sentence.position, None if resolve_roles else item.sentence.article
                )
                if heads and supplier(replace(item, after=role), heads) is None:
                    return False
            return not (events and self._left_to(item, events))

        def take(item: Scored) -> None:
            nonlocal used
            if item.after is not None:  # chosen with the sentence before it (`lead_in`)
                told.append(self.development(item.after))
                named.update(introduced_names(item.after))
            elif leans(self.by_key[key_of(self.corpus, item.sentence.text)]):
                item = replace(item, after=antecedent(item))
            elif resolve_roles and (heads := self.needs_told(item.sentence.text, item.sentence.position)):
                # printed after the sentence that tells what it calls "the …"
                item = replace(item, after=supplier(item, heads))
            chosen.append(item)
            holders.extend((words, s, item.sentence.text) for words, s in people_by_role(item.sentence.text))
            told.append(self.development(item.sentence.text))
            used += item.length
            covered.update(item.concepts)
            named.update(introduced_names(item.sentence.text))

        def usable(i: int) -> bool:
            # Read when a candidate comes up, as most never do; whether it is eligible at all,
            # once per selector.
            eligible = self.eligible.get(i)
            if eligible is None:
                eligible = self.eligible[i] = self._eligible(self.candidates[i])
            if not eligible or (skip and key_of(self.corpus, self.candidates[i].sentence.text) in skip):
                return False
            sentence = self.candidates[i].sentence
            if not leans(i) or (resolve_roles and (sentence.article, sentence.position) in self.roles):
                return True
            return lead_in and stands_before(i)

        def stands_before(i: int) -> bool:
            """The sentence before it may lead it in: it stands alone plainly, is eligible, not over
            and not left to Next steps."""
            found = self._lead_in(i)
            # the one before gives a pronoun's person, not the dateline's place ("… the board here")
            if found is None or dateline_here(self.candidates[i].sentence.text):
                return False
            j = found[0]
            if skip and key_of(self.corpus, self.candidates[j].sentence.text) in skip:
                return False  # kept for another section
            eligible = self.eligible.get(j)
            if eligible is None:
                eligible = self.eligible[j] = self._eligible(self.candidates[j])
            before = self.candidates[j]
            if not eligible or leans(j) or self._over(before) or not stands_alone_plainly(before.sentence.text):
                return False
            return not (events and self._left_to(before, events))  # nor what a next step shows

        def item_of(i: int) -> Scored:
            """The candidate, or with the sentence before it when it comes with that one (alone,
            to follow it, when that one is chosen already)."""
            found = self._lead_in(i) if lead_in and leans(i) else None
            if found is None:
                return self.candidates[i]
            if any(c.sentence.text == found[1].after for c in chosen):
                return replace(self.candidates[i], after=found[1].after)
            return found[1]

        def bound(i: int) -> float:
            """What a candidate may add at most: a pick's gain, or with the sentence before it."""
            found = self._lead_in(i) if lead_in and leans(i) else None  # as `item_of` pairs it
            return max(gain(self.candidates[i]), gain(found[1]) if found is not None else 0.0)

        everyone = range(len(self.candidates))

        def adds(i: int) -> bool:
            """A usable candidate adding something."""
            return usable(i) and gain(self.candidates[i]) > 0

        def plain(i: int) -> bool:
            """`adds`, and states its news plainly: not on the writer's comment ("Ominously, …"),
            the writer's impression ("… seemed to sway the guild"), nor what nameless analysts expect,
            nor a teaser's come-on ("Now comes the hard part for Vell": `lede.teaser`), nor someone's
            quoted words before who said them ("“He is a viable candidate,” said a professor": a
            reaction to the news, not the news; `lede.quoted_reaction`)."""
            text = self.candidates[i].sentence.text
            return adds(i) and states_plainly(text) and not teaser(text) and not quoted_reaction(text)

        def plain_news(i: int) -> bool:
            return plain(i) and self._tells_news(self.candidates[i])

        def first(indices: Iterable[int], test: Callable[[int], bool]) -> int | None:
            """The first of `indices` passing `test` whose item the page can take."""
            return next((i for i in indices if test(i) and fits(item_of(i))), None)

        carried: dict[int, list[int]] = {}  # article -> the candidates it carries (`best_of`), once asked

        def best_of(articles: frozenset[int]) -> list[int]:
            """The candidates `articles` carry, best first. (Each article's are listed once: the
            main stories of a day of 1,000 articles each ask for theirs, and reading every
            candidate for each was 20 CPU s of a 10,000-article build.)"""
            if not carried and everyone:
                for i in everyone:
                    for article in self.candidates[i].articles:
                        carried.setdefault(article, []).append(i)
            found = set().union(*(carried.get(a, ()) for a in articles))
            return sorted(found, key=lambda i: (-gain(self.candidates[i]), i))

        went_back = False  # the opener is an older day's news: the newest day brought none on the story

        def opener() -> int | None:
            """Today first: the day's main development opens, the rest is context. Only a news
            story on this story gives it (`story_news`): not a column, a feature opening on a
            scene, a question, a quotation or a poll, nor a piece on another story that names this
            one in passing, whatever line of theirs dates something; the main story's news first
            (`news_of`). When the newest day brought none, the day before it brings its main
            story's news, and opens, when it has any; else the newest day's pieces open as they
            come (`opener_of`): news older than the day before is no "today". (An article is
            judged when a line of it comes up: a day of many articles most of which never do.)"""
            # the day's main story's news first (`main_stories`), then any news story's
            found = news_of(lead_from)
            if found is None:
                found = opener_of(lead_from, self.story_news)
            if found is not None:
                return found
            # … or a round-up's dated item on this story (its own words tie it to the story): the
            # day's news on the story all the same
            found = first(
                best_of(lead_from),
                lambda i: (
                    plain_news(i)
                    and self.tied_to_story(self.candidates[i].sentence.text)
                    and carried_by(i, lead_from, lambda a: self.elsewhere(a) and not self.is_opinion(a))
                ),
            )
            if found is not None:
                return found
            if not any(map(self.story_news, lead_from)):
                for day in lead_before[:1]:  # the day before: older news than that is no "today"
                    found = news_of(day)
                    if found is not None:
                        nonlocal went_back
                        went_back = True
                        return found
            return opener_of(lead_from)

        def news_of(day: frozenset[int]) -> int | None:
            """The day's news told by its main story (`main_stories`): its best line in the lead,
            where a news story puts its facts, that dates its news; else its lede when that is hard
            news (`lede.hard_news`: "By winning the primary, Ada Marr took all 40 seats", no day
            named); else an act its lead tells undated; else the next story's, and so on. When no
            story's lead has any, what a lead reports someone said, the main story's first; else
            the best dated news anywhere in those stories."""
            stories = self.main_stories(day)
            ranked = [best_of(frozenset((a,))) for a in stories]

            def in_lead(i: int) -> bool:
                return self.candidates[i].sentence.position < LEAD_SENTENCES

            def year_of(i: int) -> int | None:
                """The newest year of the articles carrying the candidate (`lede.hard_news`)."""
                years = [self.corpus.articles[a].published for a in self.candidates[i].articles]
                return max((found.year for found in years if found is not None), default=None)

            def told_hard(i: int) -> bool:
                """Hard news told undated (`lede.hard_news`), not a past report of what someone said."""
                text = self.candidates[i].sentence.text
                return in_lead(i) and plain(i) and not _reports(text) and hard_news(text, self.named_inside, year_of(i))

            def opens(i: int) -> bool:
                """The lede of an article carrying it, told as hard news (an act, or the news on a
                source's word): that story's own development."""
                text = self.candidates[i].sentence.text
                return (
                    any(self._lede(a) == text for a in self.candidates[i].articles)
                    and plain(i)
                    and hard_news(text, self.named_inside, year_of(i))
                )

            def reports(i: int) -> bool:
                return in_lead(i) and plain(i) and not leans(i) and _reports(self.candidates[i].sentence.text)

            # a story's lead's dated news, else its lede told as hard news, else an act its lead
            # tells undated; only when no story's lead has any, what a lead reports someone said
            for tests in ((lambda i: in_lead(i) and plain_news(i), opens, told_hard), (reports,)):
                for own in ranked:
                    for test in tests:
                        found = first(own, test)
                        if found is not None:
                            return found
            return next((found for own in ranked if (found := first(own, plain_news)) is not None), None)

        def carried_by(i: int, articles: frozenset[int], keep: Callable[[int], bool]) -> bool:
            """One of `articles` carrying the candidate passes `keep`."""
            return any(a in articles and keep(a) for a in self.candidates[i].articles)

        def opener_of(articles: frozenset[int], keep: Callable[[int], bool] | None = None) -> int | None:
            """The best sentence of `articles` (the newest day's; those passing `keep`, when given)
            to open with. What changed is dated news ("said Sunday", "last week unveiled"), when the
            day has any: not a feature's opening description or its history. A leaning one comes
            with the sentence before it, as everywhere (`item_of`)."""
            leads = best_of(articles)

            def pick(test: Callable[[int], bool]) -> int | None:
                if keep is None:
                    return first(leads, test)
                return first(leads, lambda i: test(i) and carried_by(i, articles, keep))

            found = pick(plain_news)
            if found is not None:
                return found
            # A day none of whose pieces dates news in its lead brought columns, analyses or a
            # forecast, no development: the latest day before it that did brings the news, and
            # opens. (A news story dates its news in its first lines; one that does not date the
            # sentence chosen still brought news: "The mayor met the crews at dawn.")
            pieces = [a for a in articles if not self.is_opinion(a) and (keep is None or keep(a))]
            if not pieces and keep is not None:
                return None  # none of them is kept: what the day brought is the caller's to weigh
            if not any(self._leads_with_news(a) for a in pieces):
                # … unless it reports, undated, what someone said, in a sentence of its own: a
                # story's reported statement is news ("An aide to the mayor admitted the ferry was
                # never inspected"); a column's "They declared …" leans on its musing.
                found = pick(lambda i: plain(i) and not leans(i) and _reports(self.candidates[i].sentence.text))
                if found is not None:
                    return found
                # (Nor when a newest-day story reports in its lead what someone said, in a sentence
                # the page cannot take: it is news all the same, and the day keeps the lead.)
                if not any(self._leads_with_report(a) for a in pieces):
                    for day in lead_before:
                        found = first(best_of(day), plain_news)
                        if found is not None:
                            return found
            # … then the day's dated news though the writer hedges it ("… on Monday seemed to give
            # way") or gives analysts' reading of it: the day's news, hedged, opens before a line
            # plainly told of the background or of history ("The guild has carried salt for two
            # hundred years"); not one opening on the writer's comment ("Tellingly, …").
            found = pick(
                lambda i: (
                    adds(i)
                    and not comment_first(self.candidates[i].sentence.text)
                    and self._tells_news(self.candidates[i])
                )
            )
            if found is not None:
                return found
            # the day's best sentence the page can take, plainly told if one is; a teaser's come-on
            # ("Now comes the hard part …") only when nothing else is
            found = pick(plain)
            if found is not None:
                return found
            # A day that brought nothing plainly told (a come-on, someone's quoted reaction, a
            # comment) brought no development: the day before's news opens, when it has any.
            for day in lead_before[:1]:
                found = first(best_of(day), plain_news)
                if found is not None:
                    return found
            found = pick(lambda i: adds(i) and not teaser(self.candidates[i].sentence.text))
            return found if found is not None else pick(adds)

        if lead_from and limit > 0:
            lead = opener()
            if lead is not None:
                take(item_of(lead))
                # An older day's news opened, the newest day bringing none on the story: the
                # newest day's best line follows as context, so its pieces are not lost.
                if went_back and len(chosen) < limit:
                    today = opener_of(lead_from)
                    if (
                        today is not None
                        and not lead_from.isdisjoint(self.candidates[today].articles)
                        and item_of(today) not in chosen
                    ):
                        take(item_of(today))
        # The newest days' main stories by actor (`Selector.stories`): those not on the page yet
        # have their ledes taken before a third line of one that is.
        groups = self.stories(lead_from, lead_before) if stories and lead_from else []
        waiting = list(range(len(groups)))

        story_of: dict[int, int] = {}  # article -> the first story (by `groups` order) it tells
        for g, (articles, _, _) in enumerate(groups):
            for article in articles:
                story_of.setdefault(article, g)

        def story(item: Scored) -> int | None:
            """The first story (by `groups` order) one of the item's articles tells."""
            return min((story_of[a] for a in item.articles if a in story_of), default=None)

        def third_of_a_story(item: Scored) -> bool:
            """`item` would be the third line of a story on the page."""
            own = story(item)
            return own is not None and sum(story(c) == own for c in chosen) >= 2

        def before_third(item: Scored) -> None:
            """Take the ledes of the stories not on the page yet (`item` would be the third line of
            one that is)."""
            for g in [g for g in waiting if all(story(c) != g for c in chosen)]:
                waiting.remove(g)
                i = self.by_key.get(key_of(self.corpus, groups[g][1]))
                if i is None or (groups[g][0].isdisjoint(lead_from) and _PROVISIONAL.search(groups[g][1])):
                    # a story of the day before told as a stage on the way ("took an early lead in
                    # the count"): the newest day may have its end, the page would show both
                    continue
                if len(chosen) < limit and adds(i) and fits(item_of(i), stem(groups[g][2]) not in covered):
                    take(item_of(i))

        # Lazy greedy: gains only fall as coverage grows, so a stale heap top is re-scored. A
        # candidate that is not usable leaves the heap when it comes to the top, before any use
        # of the top: the heap then gives what a heap of the usable ones alone would.
        heap = [(-bound(i), i) for i in everyone]
        heapq.heapify(heap)

        def drop_unusable() -> None:
            while heap and not usable(heap[0][1]):
                heapq.heappop(heap)

        drop_unusable()
        while heap and len(chosen) < limit:
            _, i = heapq.heappop(heap)
            item = item_of(i)
            fresh = gain(item)
            drop_unusable()
            if fresh <= 0 or item in chosen:
                continue
            if heap and fresh < -heap[0][0] - 1e-12:
                heapq.heappush(heap, (-fresh, i))
                drop_unusable()
                continue
            if waiting and third_of_a_story(item) and fits(item):
                before_third(item)
            if len(chosen) < limit and fits(item):
                take(item)
        return chosen

    def stories(
        self, newest: frozenset[int], before: Sequence[frozenset[int]] = ()
    ) -> list[tuple[frozenset[int], str, str]]:
        """The main stories of the newest day and of the day before it (`before`'s first, when it is
        the calendar day before: a night's results are written up the next morning), one per actor
        (`lede.actor`): the articles whose ledes are hard news by that actor, the first of those
        ledes and the actor, in `main_stories` order. Two write-ups of one actor's act are one
        story, told by its best lede; another actor's act is another story."""
        days = [newest]
        if before and self.newest_day is not None:
            published = {self.corpus.articles[a].published for a in before[0]}
            if published == {self.newest_day - timedelta(days=1)}:
                days.append(before[0])
        found: dict[str, tuple[set[int], str]] = {}  # actor -> its articles, its story's lede
        for day in days:
            actors: dict[int, tuple[str, str]] = {}  # article -> (its lede, who acts in it)
            for article in day:
                # (hard news by an actor first, the cheap readings: `story_news` then only for these)
                lede = self._lede(article)
                if lede is not None and self.leads_hard(article):
                    who = actor(lede, self.named_inside)
                    if who is not None:
                        actors[article] = (lede, who)
            for article in self.main_stories(actors):
                lede, who = actors[article]
                found.setdefault(who, (set(), lede))[0].add(article)
        return [(frozenset(articles), lede, who) for who, (articles, lede) in found.items()]

    def support(self, item_terms: frozenset[str], articles: Sequence[int]) -> tuple[int, ...]:
        """Articles that say the same thing (a near-identical sentence or bullet)."""
        found = set(articles)
        if len(item_terms) >= 3:
            for i in self.index.near(item_terms):
                if len(item_terms.intersection(self.candidates[i].terms)) >= 0.6 * len(item_terms):
                    found.update(self.candidates[i].articles)
        return tuple(sorted(found))

    def relevance(self, text: str) -> float:
        """How much of what the corpus is about a text touches (per word, lightly)."""
        concepts = self.concepts(text)
        return float(self.weight_of(concepts) / max(1, len(text.split())) ** 0.5)

    def topical(self, text: str) -> float:
        """`relevance` for a sentence that stands on its own; 0 for one leaning on the sentence
        before it ("Indeed, ...", "He will ...")."""
        return 0.0 if leans_of(self.corpus, text) else self.relevance(text)

    def shares_a_phrase(self, text: str) -> bool:
        """The text shares a phrase (a weighted bigram) with the story, not just a word."""
        return any(" " in c and c in self.weights for c in self.concepts(text))

    def tied_to_story(self, text: str, others: int = 1) -> bool:
        """The sentence is about the story by its own words: it shares with another source a phrase
        of two content words ("harbour board", "ferry strike", a name in full) or a one-word name
        ("Quarle", "Varnese") the corpus weighs. A round-up of the day's news sits among the story's
        articles with items on other stories: such an item's words are only its own article's, and
        the article it sits in is no tie. (One source alone weighs every word: all are tied.)
        `others`: how many sources besides the sentence's own must use the phrase or name (one
        source alone: none). Read once per text and count: a wire sentence in many articles
        answers the same."""
        found = self._tied.get((text, others))
        if found is None:
            least = self.floor + others - 1
            found = self._tied[text, others] = any(
                " " in c and self._used_by(c) >= least and _STOPPED.isdisjoint(c.split()) for c in self.concepts(text)
            ) or any(
                self._used_by(stem(name.lower())) >= least and (at > 0 or self.named_inside(name))
                for at, name in one_word_names(text)
            )
        return found

    def _used_by(self, concept: str) -> float:
        """How many sources use the concept, as its weight tells (0 when the corpus weighs it not)."""
        weight = self.weights.get(concept)
        if weight is None:
            return 0.0
        return float((weight / (1.0 if " " in concept else UNIGRAM_WEIGHT)) ** (1.0 / SUPPORT_POWER))

    def off_story(self, text: str, article: int) -> bool:
        """The sentence is a round-up's item on another story: not `tied_to_story`, in an article
        most of whose sentences are not either (a digest of the day's news, one item of it on this
        story). A story's own article has sentences in few words of the story too (a scene, a
        quotation), among many that are tied. In a piece on another story (`elsewhere`: a markets
        column naming the campaign in passing) a line is on this story only by what the coverage
        repeats, a phrase or name two other sources use: one other piece sharing a stock phrase
        with it ("the world war", "interest rates") is chance."""
        if self.elsewhere(article):
            return not self.tied_to_story(text, others=2)
        return not self.tied_to_story(text) and self.round_up(article)

    def round_up(self, article: int) -> bool:
        """Half the article's sentences or more share no phrase or name with another source."""
        loose, total = self._loose(article)
        return total > 0 and 2 * loose >= total

    def elsewhere(self, article: int) -> bool:
        """Most of the article's sentences share no phrase or name with another source: a piece on
        another story that names this one in passing (a markets column in a campaign's news). A
        short piece one of whose two sentences is loose is not so: a tie is no majority."""
        loose, total = self._loose(article)
        return 2 * loose > total

    def _loose(self, article: int) -> tuple[int, int]:
        """How many of the article's full sentences are not `tied_to_story`, and of how many."""
        found = self._loose_counts.get(article)
        if found is None:
            texts = [s.text for s in self._own(article) if s.complete]
            found = self._loose_counts[article] = (sum(not self.tied_to_story(t) for t in texts), len(texts))
        return found

    def named_inside(self, name: str) -> bool:
        """Whether the corpus uses `name` as a one-word name inside a sentence (not as its first word,
        `names.one_word_names`): a word a sentence opens with is a name when the corpus capitalises it
        elsewhere too. Only the sentences that hold the word are read, each once a name is asked (a
        sentence names it only where its text holds it, as a word of it after the first: no text
        opening on the word, nor holding it inside a longer word), not the whole corpus; none for a
        word that names nothing anywhere (`names.may_name`: "The", "At")."""
        found = self._inside.get(name)
        if found is None and not may_name(name):
            found = self._inside[name] = False
        if found is None:
            if self._all_text is None:
                # Each text once (a wire sentence in many articles answers the same), and where
                # each starts as machine integers: the corpus's text is not held twice over.
                distinct = list(dict.fromkeys(s.text for s in self.corpus.sentences))
                starts, at = array("q"), 0
                for sentence_text in distinct:
                    starts.append(at)
                    at += len(sentence_text) + 1
                self._all_text = "\n".join(distinct), starts, distinct
            text, starts, distinct = self._all_text
            seen: set[int] = set()
            found = False
            for place in word_starts(name, text):
                index = bisect_right(starts, place) - 1
                if index in seen or place == starts[index]:  # (a text's first word is at 0)
                    continue
                seen.add(index)
                if any(at > 0 and word == name for at, word in one_word_names(distinct[index])):
                    found = True
                    break
            self._inside[name] = found
        return found

    def day_of(self, text: str, article: int) -> date | None:
        """The day a weekday word of the sentence names when its article is days older than the
        brief ("on Friday" in a story three weeks old): shown beside it on the page."""
        return day_stamp(text, self.corpus.articles[article].published, self.brief_date)

    def datelined(self, sentence: Sentence) -> str:
        """The sentence as the page prints it: an article's first sentence that says "here" for the
        place of the wire dateline it follows (`text.wire_dateline_end`: the place in capitals at the
        story's very start, no byline, note or label before it) comes with that dateline, verbatim
        ("OSTREL, Varnia _ The board met here on Monday"), which says where; only when it tells the
        day's news (`daystamp.tells_news`; no feature's opening, `lede.feature_lede`; no time over a
        week before its article nor one ahead of it, `_not_the_days_news`), the line a main story
        opens with. Any other sentence as it is (one that leans on its dateline's place stays off the
        page)."""
        text = sentence.text
        if sentence.position != 0 or not dateline_here(text) or not here_for_place(text):
            return text
        paragraph = squash(self.corpus.articles[sentence.article].paragraphs[sentence.paragraph])
        end = wire_dateline_end(paragraph)
        if end == 0 or (paragraph[end:] != text and not paragraph[end:].startswith(text + " ")):
            return text
        published = self.corpus.articles[sentence.article].published
        if not tells_news(text, published) or feature_lede(text) or _not_the_days_news(text, published):
            return text
        return f"{paragraph[:end].strip()} {text}"

    def to_item(self, scored: Scored) -> Item:
        similar = self.support(frozenset(scored.terms), scored.articles)
        text = self.datelined(scored.sentence)
        day = self.day_of(text, scored.sentence.article)
        return Item(text, scored.articles, outlets_of(self.corpus, similar), day=day, after=scored.after)

    def situation(
        self, limit: int = 7, skip: Collection[str] = frozenset(), scheduled: Sequence[NextStep] = ()
    ) -> list[Item]:
        """Best first (the order the one-page fit drops from); `reading_order` sorts for print.
        When the story runs over several days, the first is the best of the newest day's news
        (of the latest day's that dates any, when the newest day's pieces date none).
        Sentences keyed in `skip` are left for another section, and so is a sentence announcing
        what one of `scheduled` (the dated next steps) announces, in other words.
        A sentence of the newest day's news that leans on the one before it in its article comes
        with that one (`rank(lead_in=True)`), which is listed first and printed before it (the
        dependent's `Item.after`): the news is not lost for a pronoun, nor shown without what it
        leans on."""
        items: list[Item] = []
        articles = self.corpus.articles
        by_day: dict[date, list[int]] = {}
        for i, a in enumerate(articles):
            if a.published is not None:
                by_day.setdefault(a.published, []).append(i)
        earlier = [frozenset(by_day[day]) for day in sorted(by_day, reverse=True)[1:]]
        ranked = self.rank(
            limit,
            skip=skip,
            lead_from=self.newest,
            lead_before=earlier,
            scheduled=scheduled,
            lead_in=True,
            stories=True,
        )
        for scored in ranked:
            before = self.by_key.get(key_of(self.corpus, scored.after)) if scored.after else None
            if before is not None and all(i.text != scored.after for i in items):
                items.append(self.to_item(self.candidates[before]))  # a passage: the sentence it leans on
            items.append(self.to_item(scored))
        return items


# A main story's lede tells what happened within this many days of its article: "rejected the bill here last
# month" is a story's background, not its day's news (`Selector.datelined`).
LEDE_NEWS_DAYS = 7


# A result told as a stage on the way to one: "took an early lead", "was ahead in partial returns".
_PROVISIONAL = re.compile(
    r"\b(?:early|initial|preliminary|partial|provisional|unofficial)\b|\b(?:lead|leads|led|leading|ahead)\b",
    re.IGNORECASE,
)


def _not_the_days_news(text: str, published: date | None) -> bool:
    """The sentence names a time that ended over LEDE_NEWS_DAYS before its article ("last month", "two weeks
    ago"), or one ahead of it ("will be on the vote next week"): background or a preview, not what happened."""
    if published is None:
        return True
    return any(
        found.direction > 0 or (published - period_end(found.value)).days > LEDE_NEWS_DAYS
        for found in find_dates(text, published)
    )


def reading_order(corpus: Corpus, items: Sequence[Item], sentences: dict[str, Sentence]) -> list[Item]:
    """The newest day's news first, best first (what changed); then the context by date, and
    within a day as the articles tell it: their leads first, then what they say next. A sentence
    leaning on another follows it (`follow_antecedents`)."""
    latest = news_day(corpus, items[0].articles if items else ())
    today = [i for i in items if not latest.isdisjoint(i.articles)]

    def key(item: Item) -> tuple[str, int, int]:
        s = sentences.get(item.text) or sentences[item.text[wire_dateline_end(item.text) :]]  # (`Selector.datelined`)
        published = corpus.articles[s.article].published
        return (published.isoformat() if published else "", s.position, s.article)

    printed = today + sorted((i for i in items if latest.isdisjoint(i.articles)), key=key)
    return follow_antecedents(printed)


def follow_antecedents(items: Sequence[Item]) -> list[Item]:
    """`items` in their order, but each one that leans on another (`Item.after`) right after it
    when it would print before it; one whose antecedent is not among them is left out."""
    texts = {i.text for i in items}
    kept = [i for i in items if i.after is None or i.after in texts]
    order = [i for i in kept if i.after is None]
    dependent = [i for i in kept if i.after is not None]
    while dependent:
        placed = {i.text for i in order}
        ready = [i for i in dependent if i.after in placed]
        if not ready:  # leaning on each other in a ring: nothing they lean on is on the page
            break
        for item in ready:
            at = next(n for n, i in enumerate(order) if i.text == item.after)
            while at + 1 < len(order) and order[at + 1].after == item.after:
                at += 1  # after those already following the same sentence
            order.insert(at + 1, item)
        dependent = [i for i in dependent if i not in ready]
    return order


SUMY_METHODS = METHODS[1:]


def sumy_rank(corpus: Corpus, method: str, words: int) -> list[Sentence]:
    """A classic sumy summarizer over the corpus sentences (as the baseline to beat, or by choice).

    LexRank, TextRank and LSA compare every sentence pair: fine for a cluster, slow for hundreds
    of articles, which is why `coverage` is the default.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
    }
    tokenizer = OfflineTokenizer()
    by_text = {}
    paragraphs = []
    for sentence in corpus.sentences:
        if sentence.complete and sentence.text not in by_text and sentence.article not in corpus.copies:
            by_text[sentence.text] = sentence
            paragraphs.append(Paragraph([SumySentence(sentence.text, tokenizer)]))
    document = ObjectDocumentModel(paragraphs)
    summarizer = classes[method](Stemmer("english"))
    summarizer.stop_words = STOP_WORDS
    # sumy picks the top k in document order; take the largest k that fits the budget.
    chosen: list[Sentence] = []
    for k in range(1, len(paragraphs) + 1):
        picked = [by_text[str(s)] for s in summarizer(document, k)]
        if sum(len(s.text.split()) for s in picked) > words:
            break
        chosen = picked
    return chosen


def summarize(texts: list[str], words: int = 100, method: str = "coverage") -> list[str]:
    """The multi-article extractive summary of `texts`: verbatim sentences, in order, <= `words` words.

    `method` is briefgen's concept coverage (default) or one of sumy's classic summarizers.
    """
    if method not in METHODS:
        raise UsageError(f"method {method!r} is not one of {', '.join(METHODS)}")
    articles = []
    for n, text in enumerate(texts):
        try:
            articles.append(parse_article(text, f"text {n + 1}", f"text-{n + 1}"))
        except ArticleError:  # an empty text simply contributes nothing
            continue
    corpus = make_corpus(articles)
    if method != "coverage":
        chosen = sumy_rank(corpus, method, words)
    else:
        chosen = [s.sentence for s in Selector(corpus).rank(limit=max(1, words // 5), words=words)]
    chosen.sort(key=lambda s: (s.article, s.position))
    return [s.text for s in chosen]
