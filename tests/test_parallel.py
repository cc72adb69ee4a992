"""briefgen.parallel: the order of results and the collector in the workers, with real processes."""

from __future__ import annotations

import gc

from briefgen.collector import paused
from briefgen.parallel import ordered_map


def _square(n: int) -> int:
    return n * n


def _collector_on(_: int) -> tuple[bool, bool]:
    return gc.isenabled(), gc.get_freeze_count() > 0


def test_results_come_in_the_items_order_with_workers() -> None:
    items = list(range(200))
    assert list(ordered_map(_square, items, processes=2, least=10)) == [n * n for n in items]


def test_a_worker_started_while_the_collector_is_paused_runs_with_it_on() -> None:
    # The parent pauses the collector for a build; the workers analyse and drop article after
    # article, so what they make must still be collected — and only that: what they share with the
    # parent is frozen, or a collection would copy every page of it.
    with paused():
        found = set(ordered_map(_collector_on, list(range(40)), processes=2, least=10))
    assert found == {(True, True)}
