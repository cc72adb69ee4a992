"""Work spread over the machine's cores: a function mapped over items in worker processes, the
results in the items' order, so a run gives the same output whatever the number of workers.

The `workers` setting (`BRIEFGEN_WORKERS`) says how many processes (1: everything in this one);
by default, one per core this process may run on. Small jobs stay in this process: starting
workers costs more than they would save.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Fewer items than this per worker are done in this process.
MIN_ITEMS_PER_WORKER = 32
# Items sent to a worker at a time, at the most.
MAX_CHUNK = 8


def workers(requested: int | None = None) -> int:
    """How many processes to use: `requested` (the `workers` setting), else the usable cores."""
    if requested is None:
        try:
            requested = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            requested = os.cpu_count() or 1
    return max(1, requested)


def _context() -> multiprocessing.context.BaseContext:
    # fork starts a worker in milliseconds with every module already imported; it is unsafe only
    # when other threads run (a lock held by one of them stays held in the child), and spawn is
    # the only start method outside Linux that is always there.
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _collect_own() -> None:
    """A worker's start: it inherits the parent's collector paused (collector.paused) and makes and
    drops one article's analysis after another, so it collects; but only what it makes itself. What a
    forked worker shares with its parent is frozen first: a collection walking those objects would
    write to every page they are on and copy it (a worker's memory grew by the parent's size)."""
    gc.freeze()
    gc.enable()


def ordered_map(
    function: Callable[[T], R],
    items: Sequence[T],
    processes: int | None = None,
    chunk: int | None = None,
    least: int = MIN_ITEMS_PER_WORKER,
) -> Generator[R, None, None]:
    """`map(function, items)` over worker processes, yielding results in the items' order as they
    come; a worker is started for every `least` items at most. A caller that may stop early closes
    it (contextlib.closing), so the workers do not outlive the loop. `function` must be a module-level
    function; items and results travel pickled. In a worker, work is not spread further."""
    if multiprocessing.parent_process() is not None:
        processes = 1
    count = min(workers(processes), len(items) // least)
    if count <= 1:
        yield from map(function, items)
        return
    # Chunks small enough that every worker stays busy to the end, large enough to be cheap: the
    # other workers wait for the last chunk, about half of one on average (64 articles a chunk were
    # about 0.6 s of a cold build on two cores, whatever its size; a chunk's trip through the pipes
    # is well under a millisecond).
    size = chunk or max(1, min(MAX_CHUNK, len(items) // (count * 8)))
    pool = ProcessPoolExecutor(max_workers=count, mp_context=_context(), initializer=_collect_own)
    try:
        yield from pool.map(function, items, chunksize=size)
    finally:
        # Also when the caller stops early (closes this generator, or fails while it is paused):
        # the workers end once what they are doing is done; what none has started is dropped.
        pool.shutdown(wait=True, cancel_futures=True)
