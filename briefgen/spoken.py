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

__all__ = ["first_person_talk", "quoted_alone", "speaker_talk"]

# Quote marks of every kind, read as one: '' and `` as some wires write them, curly and straight.
_DOUBLE = re.compile(r"''|``|[“”\"]")
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)")
# "I" as a pronoun, not a numeral after a name ("World War I", "Phase I").
_I = r"(?<!War )(?<!Phase )(?<!Title )(?<!Part )(?<!Act )(?<!Stage )(?-i:\bI\b)"
# A speaker's own "I" or the hearers' "you" as someone who acts: "I'll", "I will", "you have to".
_I_OR_YOU = re.compile(_I + r"(?:['’](?:ll|m|ve|d)\b)?|\byou\b(?:['’](?:ll|re|ve|d)\b)?", re.I)
# The narrator's own "I" (a column, a transcript): "I" before a verb or with its contraction.
_NARRATOR = re.compile(_I + r"(?:['’](?:ll|m|ve|d)\b|\s+[a-z])")


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
    """The word at `at` sits in a quotation whose speaker talks of their own acts or the hearers'
    ("I'll vote for Vell", "you have to get out tomorrow"): a resolve, a plan or a plea, not a
    schedule the text tells (but "we meet on Friday" speaks for a body, and counts)."""
    plain = _plain(text)
    if plain[:at].count('"') % 2 == 0:
        return False
    opening = plain.rfind('"', 0, at)
    closing = plain.find('"', at)
    quote = plain[opening + 1 : closing if closing >= 0 else len(plain)]
    return _I_OR_YOU.search(quote) is not None


def first_person_talk(text: str) -> bool:
    """The sentence, outside its quotes, is told in the first person singular ("But I knew the
    council would balk"): a column or a transcript, someone's own account, not a report."""
    outside = _QUOTED.sub(" ", _plain(text))
    return _NARRATOR.search(outside) is not None
