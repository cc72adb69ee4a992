"""Errors that reach the user: each carries the exit code and a one-line message."""

from __future__ import annotations

from .text import printable


class BriefgenError(Exception):
    """Base class: the message is shown as is, on one line, and the CLI exits with `exit_code`."""

    exit_code = 1

    def __init__(self, message: str, warnings: tuple[str, ...] = ()) -> None:
        # One line, and nothing a terminal would act on (a file name may hold escape sequences).
        super().__init__(printable(" ".join(message.split())))
        self.warnings = warnings  # the files skipped on the way: why nothing was left, say

    @property
    def message(self) -> str:
        return str(self)


class InputError(BriefgenError):
    """The input cannot make a brief (no usable article, unreadable config, ...)."""

    exit_code = 1


class ConfigError(InputError):
    """A config file or BRIEFGEN_* variable is wrong: the message names the file, line and key."""

    exit_code = 2


class UsageError(BriefgenError):
    """The command line itself is wrong (a topic that is a path, a bad date, ...)."""

    exit_code = 2


class ArticleError(BriefgenError):
    """One source file cannot be read; the run skips it with a warning and goes on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{printable(path)}: {reason}")  # a newline in a file name stays visible
        self.path = path
        self.reason = reason


class OutputError(BriefgenError):
    """The brief cannot be written where it should go."""

    exit_code = 1


class RenderError(BriefgenError):
    """The brief could not be laid out (a broken template override, ...)."""

    exit_code = 1


class DeliveryError(BriefgenError):
    """Some recipients were not served (the relay refused or was unreachable); a rerun sends only to them."""

    exit_code = 1


class BusyError(BriefgenError):
    """Another briefgen run holds the store's lock: this run did nothing (EX_TEMPFAIL, try later)."""

    exit_code = 75


class RecordError(InputError):
    """A brief recorded in the store that this version of briefgen cannot read back."""


class SiteError(BriefgenError):
    """The website cannot be made or written (a folder that is not a briefgen site, no search tool, ...)."""

    exit_code = 1
