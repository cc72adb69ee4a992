"""Topic names: a topic's name is also a file and folder name, so it is checked before any use."""

from __future__ import annotations

import re

from .errors import UsageError

# A topic's name is also a file name (topics/<name>/<date>.pdf): no paths, no dot-dot.
_TOPIC_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def is_topic_name(name: str) -> bool:
    return bool(_TOPIC_NAME.fullmatch(name)) and ".." not in name


def check_topic_name(name: str) -> None:
    if not is_topic_name(name):
        raise UsageError(f"--topic {name!r} is not a topic name: use letters, digits, '-', '_' or '.' (no paths)")
