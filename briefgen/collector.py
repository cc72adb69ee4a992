"""Python's cycle collector, paused while a build makes the objects it keeps to its end.

Reading and ranking 10,000 articles makes about a million small objects (350,000 sentences, their
analyses, the selector's candidates) that all live until the brief is written. The collector runs
every 700 new objects and now and then walks every object alive, so it walked these again and
again, finding nothing to free among them (plain data: strings, numbers, tuples, frozen
records); whatever becomes garbage without a cycle is freed by reference counting as ever. That
was a third of the time of a warm 10,000-article build's analysis. `paused()` turns it off for
such a stretch and back on after (if it was on): what a build makes is the same either way; only
when unreachable cycles are freed changes.

`frozen()` then keeps those objects out of the collections that run while the page is laid out
(WeasyPrint makes and drops objects with cycles, so the collector is on there): entered at the end
of a paused stretch, before the collector is back on, it sets every object alive aside
(gc.freeze), so no collection walks them; the build as a whole (pipeline.run) is one such stretch
too, and the objects are put back as it ends (gc.unfreeze). Without it
the first three collections after the pause walked the 700,000 objects made in it (1.1 s of a warm
10,000-article build).

`give_back()` hands the memory freed so far back to the system: decoding 10,000 stored analyses
frees as much as it keeps, in pieces the C library holds on to, and ranking then adds its own on
top (40 MB of a 10,000-article build's peak)."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic garbage collection inside; the collector as it was after, whatever happens."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


_frozen_by_us = 0  # frozen() stretches entered and not left


@contextmanager
def frozen() -> Iterator[None]:
    """The objects alive on entering left out of every collection inside, and back in after; inside
    another frozen() stretch, back in when the outermost ends (put back sooner, the next full
    collection would walk them all). Nothing is done when objects are frozen by someone else."""
    global _frozen_by_us
    if gc.get_freeze_count() and not _frozen_by_us:
        yield
        return
    gc.freeze()
    _frozen_by_us += 1
    try:
        yield
    finally:
        _frozen_by_us -= 1
        if not _frozen_by_us:
            gc.unfreeze()


def give_back() -> None:
    """Return the heap's free memory to the system (GNU C library only; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):  # another C library (musl): it keeps what it keeps
        ctypes.CDLL(None).malloc_trim(0)
