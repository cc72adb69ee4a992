"""Whose words a stretch of a sentence is: the reporter's, or someone's quoted or first-person talk.

Next steps asks this of the word that announces an event. A reporter telling a schedule ("the
board meets on Friday", 'Orr said the board "will meet on Friday"') is a next step; a speaker's
own resolve or plea ('"I'll vote for her when the guild meets in May," Orr said', '"You have to
turn out tomorrow"'), or a quotation standing alone with no one named as saying it, is talk: the
reader cannot put it in a calendar. Plain patterns over the words; quotes written '' … '' (as some
wires do) count as quotes.
"""

from __future__ import annotations

import re

__all__ = ["NUMBERED", "first_person_talk", "pronoun_i", "quoted_alone", "speaker_talk"]

# Quote marks of every kind, read as one: '' and `` as some wires write them, curly and straight.
_DOUBLE = re.compile(r"''|``|[“”\"]")
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)")
# Words a roman numeral "I" follows: "World War I", "Title I", "Division I", "Type I".
NUMBERED = frozenset(
    "war phase title part act stage division article type class chapter section level grade tier schedule volume"
    " book round category group amendment".split()
)
# A capitalized word just before an "I" (bounded look back).
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w.’'-]*)\s+$")
# A speaker's own "I" or the hearers' "you" as the one who acts ("I'll vote", "I will back her", "you
# have to get out"), not a filler that only frames the schedule ("as you know", "I am told", "thank you").
_ACTOR = re.compile(
    r"(?<![Tt]hank\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bat\s)\b(?P<who>I|[Yy]ou)"
    r"(?:['’](?:ll|m|ve|d|re)\b|\s+(?=[a-z]))(?!\s*(?:(?:am|was|were|have|been)\s+)*told\b)"
    r"(?!\s*(?:know|see|think|believe|guess|suppose|mean|bet|hear|understand|expect)\b)"
)
# A plea in the imperative at the head of a quoted sentence: "Get out and vote on Thursday", "Come to the pier".
_PLEA = re.compile(
    r"^[\s'‘’]*(?:(?:so|now|please|just|and)\W+)*(?:get|go|come|vote|join|turn|show|call|let['’]s|don['’]t)\b",
    re.I,
)
# The narrator's own "I" (a column, a transcript): "I" before a verb or with its contraction.
_NARRATOR = re.compile(r"\bI(?:['’](?:ll|m|ve|d)\b|\s+[a-z])")


def pronoun_i(text: str, at: int) -> bool:
    """The "I" at `at` is the pronoun, not a roman numeral after a capitalized word ("Title I schools",
    "Division I athletes", "World War I"). A capitalized word that opens the sentence or the quote
    ("Then I told the guild") leaves it a pronoun, unless it is a word numerals follow ("Article I")."""
    before = _CAPITAL_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        return True
    if before.group(1).rstrip(".").lower() in NUMBERED:
        return False
    lead = text[: before.start()].rstrip()
    return not lead or lead[-1] in ".!?\"“”‘’'(:;—–"


def _plain(text: str) -> str:
    """`text` with every double quote mark written '"', one character for one (offsets keep)."""
    return _DOUBLE.sub(lambda m: '"' + " " * (len(m.group(0)) - 1), text)


def quoted_alone(text: str) -> bool:
    """The sentence is a quotation and nothing else: it opens with a quote mark and no word stands
    outside the quotes ('"The guild will vote in May. We are ready."'). Nobody is named saying it:
    it is a speaker's talk the text before attributes, not the reporter's statement."""
    plain = _plain(text).strip()
    if not plain.startswith('"'):
        return False
    outside = _QUOTED.sub(" ", plain)
    return re.search(r"[A-Za-z]{2,}", outside) is None


def speaker_talk(text: str, at: int) -> bool:
    """The word at `at` sits in a quoted sentence whose speaker tells their own act or pleads with the
    hearers ("I'll vote for Vell", "you have to get out tomorrow", "get out and vote on Friday"): a
    resolve, a plan or a plea, not a schedule the text tells. A quote that speaks for a body ("we meet
    on Friday"), or only frames a schedule with "as you know" or "I am told", counts as a schedule."""
    plain = _plain(text)
    if plain[:at].count('"') % 2 == 0:
        return False
    opening = plain.rfind('"', 0, at)
    closing = plain.find('"', at)
    end = closing if closing >= 0 else len(plain)
    # Only the quoted sentence that holds the word: "Thank you all. The guild votes on Friday" speaks for the guild.
    start = max((m.end() for m in re.finditer(r"[.!?]\s", plain[opening + 1 : at])), default=0) + opening + 1
    stop = re.search(r"[.!?](?:\s|$)", plain[at:end])
    sentence = plain[start : at + stop.start() if stop else end]
    if _PLEA.match(sentence) and not re.search(r"[,;:—–]", plain[start:at]):
        return True  # the plea is the act ("get out and vote on Thursday"), not a frame ("now, the board meets …")
    return any(m.group("who") != "I" or pronoun_i(sentence, m.start()) for m in _ACTOR.finditer(sentence))


def first_person_talk(text: str) -> bool:
    """The sentence, outside its quotes, is told in the first person singular ("But I knew the
    council would balk"): a column or a transcript, someone's own account, not a report."""
    outside = _QUOTED.sub(" ", _plain(text))
    return any(pronoun_i(outside, m.start()) for m in _NARRATOR.finditer(outside))
