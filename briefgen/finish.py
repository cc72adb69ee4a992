"""How a process that has built a brief ends: at once, once all it wrote is out.

A build keeps about a million small objects to its end (at 10,000 articles: 350,000 sentences,
their analyses, the selector's candidates). An interpreter that exits normally then frees them one
by one: about 2 s of CPU after a 10,000-article build, for nothing, since the system takes a
process's memory back whole. `now(code)` does what a normal exit does that anyone can see, in the
same order (no thread left to wait for; the exit handlers of `atexit`: logging's flush,
multiprocessing's clean-up; standard output and error flushed) and then ends the process with
`code`, skipping only the freeing. When it cannot do that as a normal exit would (a thread is still
running, or a flush fails, which a normal exit reports itself), it returns and the caller exits
normally.

Only for a process's very end (the console script), never for code that runs briefgen in-process:
a test, a notebook, a server would end with it.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading


def now(code: int) -> None:
    """End the process with `code` without freeing its heap; returns only when that would be unlike a
    normal exit (the caller then exits normally)."""
    main = threading.main_thread()
    if any(t is not main and not t.daemon and t.is_alive() for t in threading.enumerate()):
        return  # a normal exit waits for it
    atexit._run_exitfuncs()  # and forgets them: a normal exit after this runs none twice
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return  # a closed pipe, a full disk: the normal exit says so and sets its status (120)
    os._exit(code)
