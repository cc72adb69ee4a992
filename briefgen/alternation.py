"""A long alternation of regular expressions asked only whether it occurs, searched in three parts.

`re` tries every alternative of `a|b|c|…` at every position of the text: a pattern of thirty
alternatives, most of them starting at a word boundary or anchored at the start, costs thirty
attempts at each character. Asked only *whether* it occurs, the same answer comes from three
searches: the alternatives anchored with `^` tried at the start alone, those starting with `\\b`
behind one shared boundary (one test at a position inside a word, not one per alternative), and
the rest as they are. A position matches `a|b` exactly when it matches `a` or `b`, so the answer
is the whole pattern's for every text (the alternatives keep their order, their flags and their
words; tests/test_alternation.py checks it on sentences of every kind).
"""

from __future__ import annotations

import re

__all__ = ["Alternation", "alternatives"]

_BOUNDARY = "\\b"


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source: "|".join of them gives it back. A `|`
    inside a group or a character class, or escaped, is part of an alternative."""
    found: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2  # an escaped character, whatever it is
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # "[]…]" and "[^]…]": a "]" right after the opening is one of the class's characters
            after = i + 1 + (source[i + 1 : i + 2] == "^")
            if source[after : after + 1] == "]":
                i = after
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(source[start:i])
            start = i + 1
        i += 1
    found.append(source[start:])
    return found


class Alternation:
    """`pattern`'s alternatives as three searches; `occurs(text)` is `pattern.search(text) is not None`."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if pattern.flags & (re.MULTILINE | re.VERBOSE):
            raise ValueError("a start anchor or a space means something else under MULTILINE or VERBOSE")
        if re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern.pattern):
            # "(?(1)x|y)" too: in a part of its own, group 1 may be another alternative's group
            raise ValueError("a back-reference or a condition counts groups across the alternatives")
        parts = alternatives(pattern.pattern)
        flags = pattern.flags
        anchored = [p for p in parts if p.startswith("^")]
        bounded = [p[len(_BOUNDARY) :] for p in parts if p.startswith(_BOUNDARY)]
        rest = [p for p in parts if not p.startswith(("^", _BOUNDARY))]
        self.anchored = re.compile("|".join(anchored), flags) if anchored else None
        self.bounded = re.compile(_BOUNDARY + "(?:" + "|".join(bounded) + ")", flags) if bounded else None
        self.rest = re.compile("|".join(rest), flags) if rest else None

    def occurs(self, text: str) -> bool:
        return bool(
            (self.anchored is not None and self.anchored.match(text))
            or (self.bounded is not None and self.bounded.search(text))
            or (self.rest is not None and self.rest.search(text))
        )
