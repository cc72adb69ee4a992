"""Whether a sentence tells what befell one person the story does not name.

A key point is something a reader acts on. What befell one person the story gives no name or part
("One woman was stung by wasps while picking pears") is an instance of the story, colour
beside its count, not a point of its own; what they did, what was done about them, what a court
found them, or what followed is news.
"""

from __future__ import annotations

import re

from .attribution.lexicon import ROLE_HEADS
from .selfcontained import FINITE

# One person the story does not name, and what befell them: "One woman was stung by wasps", "Late
# on Sunday, a man, 63, was found unconscious below the Kell pass". Not what they did or what was
# done about them ("A man was arrested over the orchard fire", "A woman who led the sit-in was
# elected"), nor a verdict ("was found guilty", "found liable", "found to have …").
_ONE_NAMELESS = re.compile(
    r"^(?:(?:on|late|early|earlier|later|in)\s+[^,]{1,30},\s+)?(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<who>(?-i:[a-z]*(?:man|woman)|boy|girl|person|child|pensioner|resident|driver|motorist|pedestrian|passer-by))\b"
    # (what befell them, not others counted with them: "One man was killed and 40 crews were hurt")
    r"(?!\s+(?:who|whom|whose|that)\b)(?:(?!\s(?:and|or|but)\s).){0,60}?\s(?:was|were)\s+(?:also\s+)?"
    r"(?:found(?=\s+(?:dead|alive|frozen|unconscious|drowned|injured|wounded|stranded|trapped)\b)"
    r"|injured|hurt|rescued|treated|hospitali[sz]ed|stranded|trapped|bitten|stung|struck|hit|taken\s+to)\b",
    re.IGNORECASE,
)
# … and a sentence going on to say what followed tells more than the lot: "… was struck by a van
# and died in hospital", "…, but the driver drove on" (not what did not follow: "…, but she was not
# kept in hospital").
_WHAT_FOLLOWED = re.compile(
    rf"\b(?:and|but|then|before|after\s+which)\s+(?:(?!not\b|never\b)[\w'’-]+\s+){{0,3}}?{FINITE}(?!\s+not\b)",
    re.IGNORECASE,
)


def nameless_lot(text: str) -> bool:
    """The sentence tells what befell one person the story does not name (by a role, "A harbor
    chairman was hurt", someone with a part in the story)."""
    found = _ONE_NAMELESS.match(text)
    if found is None or found.group("who") in ROLE_HEADS:
        return False
    return not _WHAT_FOLLOWED.search(text, found.end())
