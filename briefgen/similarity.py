"""Whether two texts say the same thing, by their sets of terms; and an index that finds the
near ones without comparing every pair."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from itertools import chain

_MAX_POSTINGS = 200  # a term in more groups than this says nothing about which one a bullet joins


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


CONTAINED = 0.6


def repeats(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences say the same thing: most words shared, or most of one inside the other
    ("Quarle leads the pilots' union, which has struck since 2019" after a longer sentence saying so)."""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= 0.5 * len(a | b) or shared >= CONTAINED * min(len(a), len(b))


# A key point beside the Situation is another point: one that shares two-fifths of the shorter's
# words with a Situation sentence, each word weighed by its rarity in the corpus, retells it
# ("Harbour pilots drove the new Varna port board from its post" beside "The pilots ousted
# the new Varna port board"); the words every sentence of a story shares (its
# names, "chips", "rules") weigh little, so two points on one topic are not one.
RETOLD = 0.4


def rarity(term_sets: Iterable[Iterable[str]]) -> Callable[[str], float]:
    """A term's weight: the log of how many of the texts (the corpus's sentences) lack it."""
    texts = list(term_sets)
    counts = Counter(chain.from_iterable(texts))  # (counted in C, not a text at a time)
    n = len(texts)
    weights: dict[str, float] = {}  # each term's, worked out once

    def weight(term: str) -> float:
        found = weights.get(term)
        if found is None:
            found = weights[term] = math.log((n + 1) / (counts.get(term, 0) + 1))
        return found

    return weight


def retells(a: frozenset[str], b: frozenset[str], weight: Callable[[str], float]) -> bool:
    """One sentence retells the other in other words: the terms they share weigh two-fifths of
    the shorter's (`weight`: `rarity`), or they `repeat` each other. For a key point beside the
    Situation, which must make another point; not for the Situation's own picks."""
    if repeats(a, b):
        return True
    shorter = min(math.fsum(map(weight, a)), math.fsum(map(weight, b)))
    return shorter > 0 and math.fsum(map(weight, a & b)) >= RETOLD * shorter


def mostly_said(a: frozenset[str], said: frozenset[str], weight: Callable[[str], float]) -> bool:
    """Most of a text (`CONTAINED` of its terms' weight, `weight`: `rarity`) is in `said`, the terms
    of several sentences together: one fact the page already tells across them, in other words
    ("Trawlers of Orn will land in Kesh, where no levy is charged" under "Vell doubled its
    levy" and "The trawler crews of Orn said they would land their catch in Kesh")."""
    whole = math.fsum(map(weight, a))
    return whole > 0 and math.fsum(map(weight, a & said)) >= CONTAINED * whole


def adds_nothing(new: frozenset[str], said: frozenset[str]) -> bool:
    """A later sentence adds nothing to one said before: most of its own words were there, or
    the two share most words. (Unlike `repeats`, a short sentence said before does not make a
    longer one on the same subject a repeat.)"""
    if not new or not said:
        return False
    shared = len(new & said)
    return shared >= 0.5 * len(new | said) or shared >= CONTAINED * len(new)


class TermIndex:
    """Finds the entries that share most of a query's terms without comparing it with every
    entry: a posting list per term. A term in more than `_MAX_POSTINGS` entries is read only that
    far; it says little about which entry a text matches."""

    def __init__(self) -> None:
        self.entries: list[Collection[str]] = []  # each entry's distinct terms
        self.postings: dict[str, list[int]] = {}

    def add(self, entry_terms: Collection[str]) -> int:
        at = len(self.entries)
        postings = self.postings
        for term in entry_terms:
            found = postings.get(term)  # (not setdefault: that makes an empty list for every term)
            if found is None:
                postings[term] = [at]
            elif len(found) < _MAX_POSTINGS:  # never read further (`near`): 50,000 candidates' were 15 MB
                found.append(at)
        self.entries.append(entry_terms)
        return at

    def near(self, query: frozenset[str], threshold: float = 0.5) -> list[int]:
        """Entries with Jaccard similarity >= threshold, in the order they were added."""
        shared: dict[int, int] = {}
        for term in query:
            for entry in self.postings.get(term, ())[:_MAX_POSTINGS]:
                shared[entry] = shared.get(entry, 0) + 1
        # Jaccard >= 1/2 needs at least a third of the query's terms in common.
        least = max(1, len(query) // 3)
        return [
            e
            for e, n in sorted(shared.items())
            if n >= least and jaccard(query, frozenset(self.entries[e])) >= threshold
        ]
