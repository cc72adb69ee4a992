"""build(): read the sources, choose the sentences, fit one page, write the file atomically."""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from . import compose
from . import config as config_module
from .corpus import make_corpus
from .errors import InputError, OutputError, UsageError
from .models import Brief, Corpus
from .positions import positions
from .render import Renderer, to_json, to_markdown
from .selection import Selector
from .sources import collect
from .timeline import next_steps

FORMATS = ("pdf", "html", "md", "json")


@dataclass(frozen=True, slots=True)
class BuildResult:
    path: Path
    brief: Brief
    warnings: tuple[str, ...]


def make_brief(
    topic: str,
    sources: Sequence[Path],
    brief_date: date,
    keywords: Sequence[str] = (),
    renderer: Renderer | None = None,
    warnings: list[str] | None = None,
    layouts: dict[int, tuple[Brief, Any]] | None = None,
) -> Brief:
    """The brief's content, fitted to one page with `renderer` (unfitted when None).

    `layouts`, when given, receives the one-page layouts the fit made (by id of their brief), so
    the PDF need not be laid out once more."""
    collected = collect(sources, keywords)
    if warnings is not None:
        warnings.extend(collected.warnings)
    if not collected.articles:
        where = ", ".join(str(s) for s in sources) or "(no sources)"
        reason = "no readable article" if not keywords else f"no readable article mentions {', '.join(keywords)!r}"
        raise InputError(f"{where}: {reason}", collected.warnings)
    corpus = make_corpus(collected.articles)

    def pages(brief: Brief) -> int:
        assert renderer is not None
        document = renderer.document(brief)
        if layouts is not None and len(document.pages) == 1:
            layouts[id(brief)] = (brief, document)
        return len(document.pages)

    return compose.fit(
        Brief(topic, brief_date, corpus, (), (), (), ()), rank(corpus, brief_date), pages if renderer else None
    )


def rank(corpus: Corpus, brief_date: date) -> compose.Ranked:
    """Each section's candidates, best first; no sentence appears in two sections."""
    selector = Selector(corpus)
    situation = selector.situation(limit=7)
    key_points = selector.key_points(situation, limit=7)
    # Later sections skip what earlier ones already quote.
    taken = [i.text for i in situation] + [i.text for i in key_points]
    actors = positions(corpus, selector.relevance, taken)[:8]
    taken += [s.text for p in actors for s in p.statements]
    return compose.Ranked(
        situation=tuple(situation),
        key_points=tuple(key_points),
        positions=tuple(actors),
        next_steps=tuple(next_steps(corpus, selector.relevance, brief_date, taken, limit=8)),
    )


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename: a reader never sees half a file, a failure keeps the old one.

    The temporary file is `.<name>.<pid>.<random>.tmp`; one left by a run that was killed (its
    process is gone) is removed by the next run that writes the same file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise OutputError(f"{path}: is a folder; give --out a file name")
        remove_stale_temporaries(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; a brief gets the permissions any new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporary files of `path` whose writer no longer runs (killed mid-write)."""
    removed = []
    prefix = f".{path.name}."
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = candidate.name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OverflowError:
        return False
    return True


def build(
    topic: str | None = None,
    sources: Sequence[Path] = (),
    brief_date: date | None = None,
    fmt: str = "pdf",
    out: Path | None = None,
    config: Path | None = None,
    templates: Path | None = None,
) -> BuildResult:
    """Build one brief. `sources` given here override the topic's and are all used (no keyword filter)."""
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    settings = config_module.load(config)
    name = topic or "brief"
    config_module.check_topic_name(name)
    brief_date = brief_date or date.today()
    keywords: tuple[str, ...] = ()
    if sources:
        paths, title = list(sources), settings.topic(name).title
    else:
        chosen = settings.topic(name)
        paths, keywords, title = list(chosen.sources), chosen.keywords, chosen.title
    renderer = Renderer.create(templates or settings.templates)
    warnings: list[str] = []
    # Every format carries the same one-page brief, so the fit is laid out even for JSON.
    layouts: dict[int, tuple[Brief, Any]] = {}
    brief = make_brief(title, paths, brief_date, keywords, renderer, warnings, layouts)
    if fmt == "pdf":
        laid_out, document = layouts.get(id(brief), (None, None))
        data = renderer.pdf(brief, document if laid_out is brief else None)
    elif fmt == "html":
        data = renderer.html(brief).encode("utf-8")
    elif fmt == "md":
        data = to_markdown(brief).encode("utf-8")
    else:
        data = to_json(brief).encode("utf-8")
    target = out or settings.output / name / f"{brief_date.isoformat()}.{fmt}"
    write_atomically(target, data)
    return BuildResult(target, brief, tuple(warnings))
