"""briefgen.collector.frozen: what a build keeps is left out of the collector's walks to the end of
the outermost stretch, then collected as ever; someone else's freeze is left alone."""

from __future__ import annotations

import gc

from briefgen.collector import frozen, paused


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_objects_stay_out_of_collections_until_the_outermost_stretch_ends() -> None:
    gc.collect()
    assert gc.get_freeze_count() == 0
    with frozen():
        with paused():
            kept = [Node() for _ in range(100)]
            with frozen():  # the build's own stretch, ended by the outer one
                pass
        assert gc.get_freeze_count() >= 100
        del kept
        assert gc.collect() == 0  # frozen garbage is not walked, so not freed yet
    assert gc.get_freeze_count() == 0
    assert gc.collect() >= 100  # back in: freed by the next collection


def test_a_freeze_made_by_someone_else_is_theirs_to_end() -> None:
    gc.collect()
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with frozen():
            made = [Node() for _ in range(10)]
        assert gc.get_freeze_count() == before  # nothing added, nothing put back
        del made
    finally:
        gc.unfreeze()
        gc.collect()
