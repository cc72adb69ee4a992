"""Speed-ups of the analyser that must read every article as before (issue 15): each cheaper way
of finding something is checked against the way it replaced, on invented text."""

from __future__ import annotations

import random
import re

from briefgen.attribution import cast
from briefgen.attribution.lexicon import AUX, SAY


def test_a_surname_before_a_verb_of_saying_is_found_as_its_pattern_finds_it() -> None:
    # cast._speaks finds the surname as a string where a pattern of each surname was compiled: the
    # same starts as that pattern's finditer, on invented text made of the words it turns on.
    words = ["Vell", "said", "Ada", "has", "also", "told", "Vell's", "Vellsaid", "-", "'", " ", "\n", ",", "Vell said"]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(("", " ")) for _ in range(rng.randint(0, 10)))
        pos = rng.randint(0, len(text))
        surname = rng.choice(("Vell", "said", "V"))
        pattern = re.compile(rf"(?<![\w’'-]\s)(?<![\w’'-]){re.escape(surname)}\s+{AUX}(?:{SAY})\b")
        assert list(cast._speaks(text, surname, pos)) == [m.start() for m in pattern.finditer(text, pos)]


def test_a_text_without_any_kin_phrase_has_no_kin_of_any_surname() -> None:
    # Where a surname's own kin pattern matches, cast._ANY_KIN (any surname's) matches too.
    texts = (
        "Ada Orr, Tam Orr's wife, spoke.",
        "His son, Dan Okafor, said so.",
        "Okafor's daughter Mira left.",
        "Ada Orr, the wife of Tam Orr, came.",
        "the daughter of Tam Orr, Ada Orr, came.",
        "Dan Okafor, his son, arrived.",
    )
    for text in texts:
        for surname in ("Orr", "Okafor"):
            if cast._kin_pattern(surname).search(text):
                assert cast._ANY_KIN.search(text)
    assert cast._ANY_KIN.search("The son of a farmer, he said, left the village.") is None
