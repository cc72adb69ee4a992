"""The counts a text gives in figures ("4,200 dockers"): a key point giving one the Situation gives
tells that fact twice."""

from __future__ import annotations

import re

from .text import STOP_WORDS, stem

# A count in figures and the noun it counts: "4,200 passengers", "63 ferries". Not a year ("1998
# levies"), a time or a ratio, nor a rate or a sum ("13 percent", "$40 million": rates and sums of
# different things agree by chance); and no count in words ("two pilots": small counts recur).
_COUNT = re.compile(r"(?<![\d$£€.,:/-])(\d{1,3}(?:,\d{3})+|\d{2,})(?![\d:/-]|[.,]\d)\s+([a-z][a-z-]{2,})\b")
_NOT_COUNTED = frozenset(
    "percent per cent pct million billion trillion thousand hundred and or to of in on at by for from a.m p.m".split()
)
# … nor a span or a measure ("48 hours", "17 years in power", "10 miles off the coast": they recur
# in sentences telling different things), a number that is part of a name ("Flight 111", "Pier 40"),
# nor a count that says which event it is ("the gale that drowned 40 sheep", "the fire, which left 300
# homeless"): a later story names the event so, and tells something new of it.
_MEASURES = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years decade decades
    century centuries mile miles kilometer kilometers kilometre kilometres meter meters metre metres feet foot
    yard yards inch inches degree degrees knot knots ton tons tonne tonnes pound pounds kilogram kilograms
    acre acres""".split()
)
_NAMED_BY_IT = re.compile(r"\b([A-Z][\w.'’-]*)\s+(?:No\.\s+)?$")
_WHICH_EVENT = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+\s+){1,3}$")


def counted(text: str) -> frozenset[tuple[str, str]]:
    """The counts a text gives in figures, each with its noun's stem: (4200, "docker")."""
    found = set()
    for match in _COUNT.finditer(text):
        number, noun = match.groups()
        figure = number.replace(",", "")
        year = len(figure) == 4 and figure[:2] in ("19", "20") and "," not in number
        if noun in _NOT_COUNTED or noun in _MEASURES or year:
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        name = _NAMED_BY_IT.search(before)
        if (name and name.group(1).lower() not in STOP_WORDS) or _WHICH_EVENT.search(before):
            continue  # ("Some 4,200 dockers": a capitalised word of the language is no name)
        found.add((figure, stem(noun)))
    return frozenset(found)
