"""The words that move an occasion to another day: "was postponed to Friday", "pushed back to next month".

One list, read by everything that needs to know a move when it sees one: dates.py (a day after "to" is the
new day, ahead; "from March 3 to March 10" after a move is two days, not a span), events.py (an occasion
moved has its new day; a move is no calling off) and timeline.py ("may be delayed until Friday" is a maybe,
not a day set). Each reader takes the part it needs from the same entries, so a word added here is known
to all of them.
"""

from __future__ import annotations

import re

# Each move as it is written after "was" / "has been": a participle that moves alone, or a verb with the
# particle that makes it a move ("put off", "brought forward"). Base forms are listed where a writer uses
# them for a plan ("will postpone the vote to May"): only the reading of ranges needs those.
MOVES: tuple[tuple[str, str], ...] = (
    # (participle or phrase, its base form or "")
    ("postponed", "postpone"),
    ("rescheduled", "reschedule"),
    ("moved", "move"),
    ("delayed", "delay"),
    ("deferred", ""),
    ("adjourned", ""),
    ("reset", ""),
    ("pushed back", ""),
    ("put back", ""),
    ("put off", ""),
    ("brought forward", ""),
    ("pulled forward", ""),
    ("moved back", ""),
    ("moved forward", ""),
    ("moved up", ""),
    ("bumped back", ""),
    ("bumped up", ""),
)
# Verbs that move with the new day right after them, no particle: "has been pushed to next month", "was
# bumped to Friday" (alone, "pushed" and "bumped" say nothing of a day).
MOVES_STRAIGHT_TO = frozenset({"pushed", "bumped"})
# Words that change a day or a span without moving an occasion in other readings ("extended the deadline
# from May 3 to May 10", "shifted it from Friday to Monday"): only a "from … to …" after them is read as a
# change, the two days not a span.
CHANGES = (("shifted", ""), ("extended", "extend"), ("changed", ""))

# Participles that move alone: "was postponed", "has been rescheduled".
MOVED_ALONE = frozenset(m for m, _ in MOVES if " " not in m)
# Verbs that move with a particle, and their particles: "pushed" -> {"back"}.
MOVED_BY: dict[str, frozenset[str]] = {
    verb: frozenset(p for m, _ in MOVES if " " in m and m.split()[0] == verb for p in [m.split()[1]])
    for verb in dict.fromkeys(m.split()[0] for m, _ in MOVES if " " in m)
}
PARTICLES = frozenset(p for particles in MOVED_BY.values() for p in particles)
# Words any of which, among the two before "to"/"until"/"for", make the day after it the new day of an
# occasion moved. Not "up": "open up until Friday" is a span's end ("moved up to", "bumped up to" are known by
# their verbs).
MOVE_WORDS = MOVED_ALONE | (PARTICLES - {"up"}) | MOVES_STRAIGHT_TO


def _phrase(move: str) -> str:
    return r"\s+".join(move.split())


# A move a body also makes of its own sitting, in the active: "the board adjourned until Friday" tells nothing of
# another occasion's new day (the regatta it called off stays off).
OWN_SITTING = frozenset({"adjourned"})


def move_pattern(bases: bool = False, changes: bool = False, straight: bool = False, sittings: bool = True) -> str:
    """The moves as one alternation (no group), longest first; with their base forms, with the changes, with
    the verbs that move only straight to a day, with those a body also makes of its own sitting."""
    entries = [e for e in MOVES if sittings or e[0] not in OWN_SITTING] + (list(CHANGES) if changes else [])
    forms = [m for m, _ in entries] + ([b for _, b in entries if b] if bases else [])
    forms += sorted(MOVES_STRAIGHT_TO) if straight else []
    return "(?:" + "|".join(_phrase(f) for f in sorted(set(forms), key=lambda f: (-len(f), f))) + ")"


# A move of an occasion and the word that brings in its new day, up to two words between: "postponed again to",
# "pushed back once more until".
MOVED_TO = re.compile(r"\b" + move_pattern(sittings=False) + r"\s+(?:[\w’'-]+\s+){0,2}?(?:to|until|till|for)\b", re.I)


# Words that end a moved occasion's object before its new day: a clause or a phrase of another time ("postponed the
# vote because of the storm until …" is read no further than "because").
_MOVE_OBJECT_ENDS = frozenset(
    "and or but which who that when where while because after before since as if unless than , ; : — – -- ( )".split()
)
# How far a move's object may run: "postponed its ballot on the new harbour tolls until April 9".
_OBJECT_WORDS = 8


def moved_across(words: list[str], to: int) -> int | None:
    """The index of an active move whose object runs up to words[to] ("to", "until", "till"): "the board postponed
    its ballot on the tolls until April 9", "the guild put off the ballot until Friday". The day after is the
    occasion's new one. None when no move governs it, or the move is a past perfect's ("had postponed the vote
    until Friday": a plan before a past moment, maybe moved again), denied or a maybe (see _NOT_MOVED)."""
    if to >= len(words) or words[to].lower() not in ("to", "until", "till"):
        return None
    for k in range(to - 1, max(-1, to - 2 - _OBJECT_WORDS), -1):
        w = words[k].lower()
        if w in _MOVE_OBJECT_ENDS:
            return None
        move = w in MOVED_ALONE or (k > 0 and w in PARTICLES - {"up"} and words[k - 1].lower() in MOVED_BY)
        if move and k < to - 1:
            verb = k - 1 if w in PARTICLES else k
            before = {x.lower() for x in words[max(0, verb - 2) : verb]}
            # (a contraction is one word: "hadn't", "wouldn't", "they'd")
            denied = before & _NOT_MOVED or any(x.endswith(("n't", "n’t", "'d", "’d")) for x in before)
            return None if denied else verb
    return None


# Words before an active move that make it no move told as done: a past perfect ("had postponed"), a passive (read
# by the callers on their own), a negation ("never postponed"), a modal's maybe ("could have postponed").
_NOT_MOVED = frozenset("had was were been be is are not never could would should might may must".split())
