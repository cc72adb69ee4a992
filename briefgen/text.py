"""Text primitives: cleaning, boilerplate and heading recognition, sentence splitting, terms.

Sentences come from sentencex (Wikimedia's rule-based segmenter: offline, no data download);
`OfflineTokenizer` hands the same splitter to sumy in place of its NLTK punkt default.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import sentencex
from sumy.utils import get_stop_words

# Quotation marks as news copy types them: curly, straight, and two apostrophes or backticks
# (''It is fair,'' she said).
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]|(?:''|``)(?:(?!'').)*''")

# Characters that must never reach a PDF, HTML page or mail. Every control (Cc), format (Cf) and
# surrogate (Cs) code point of Unicode 14 but tab and newline: C0/C1 controls, soft hyphen,
# zero-width characters, bidi marks, embeddings, overrides and isolates, BOM, interlinear
# annotations, tag characters (invisible "ASCII smuggling"); also invisible letters that pass for
# blanks (Hangul fillers, Khmer inherent vowels), the combining grapheme joiner and noncharacters.
# tests/test_hostile_text.py checks the list against the running Python's Unicode database.
INVISIBLE = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\u3164\ud800-\udfff\ufeff\uffa0\ufff9-\ufffb\ufffe\uffff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# What str.splitlines() also takes for a line end: kept as line ends, not glued words.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# A pile of combining marks on one letter ("Zalgo" text) draws over the lines around it.
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARK_PILE = re.compile(f"([{_MARKS}]{{4}})[{_MARKS}]+")


# Mojibake: UTF-8 text once read as Windows-1252 (or Latin-1), so that "Muñoz" reads "MuÃ±oz" and
# a curly quote "â€œ". Each character such a reading made stands for one byte; a lead byte of the
# Latin-1 letters (Ã, Â) or of the punctuation block (â€, â„) followed by continuation bytes
# (0x80-0xBF) is read back as the UTF-8 it was. The lead may come decomposed ("A" + combining
# tilde) and a continuation as a space and a combining mark (the compatibility form of "¯", "¨",
# "´", "¸"), as copy that went through NFKD has them. Other pairs are left as they are.
_CP1252_HIGH = {bytes([b]).decode("cp1252", "ignore"): b for b in range(0x80, 0xA0)}
_CONTINUATION = {
    **{chr(b): b for b in range(0x80, 0xC0)},
    **{ch: b for ch, b in _CP1252_HIGH.items() if ch},
    " \u0304": 0xAF,
    " \u0308": 0xA8,
    " \u0301": 0xB4,
    " \u0327": 0xB8,
}
_LEAD = {"Ã": 0xC3, "A\u0303": 0xC3, "Â": 0xC2, "A\u0302": 0xC2}
_TRAIL = "|".join(re.escape(c) for c in sorted(_CONTINUATION, key=len, reverse=True))
_MOJIBAKE = re.compile(
    rf"(?P<two>Ã|A\u0303|Â|A\u0302)(?P<c1>{_TRAIL})|(?:â|a\u0302)(?P<mid>[€„\x80\x84])(?P<c2>{_TRAIL}|\ufffd)"
)


def _unread(match: re.Match[str]) -> str:
    if match.group("two"):
        raw = bytes([_LEAD[match.group("two")], _CONTINUATION[match.group("c1")]])
    else:
        # "â€" and a replacement character: the byte Windows-1252 has no letter for, 0x9D of "”"
        last = 0x9D if match.group("c2") == "\ufffd" else _CONTINUATION[match.group("c2")]
        raw = bytes([0xE2, _CONTINUATION[match.group("mid")], last])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group(0)


def unmojibake(text: str) -> str:
    """`text` with the common marks of UTF-8 read as Windows-1252 read back ("MuÃ±oz" -> "Muñoz")."""
    return _MOJIBAKE.sub(_unread, text) if any(lead in text for lead in "ÃÂâ\u0302\u0303") else text


# Two apostrophes or backticks typed for a double quotation mark, as some newspapers' archives
# (and corpora drawn from them) print every quote: ''It is fair,'' she said. An opening pair comes
# at a line's start or after a space or an opening bracket or dash, before a character that is no
# space; a closing pair after such a character, before a space, punctuation or the line's end.
# Read as curly marks, so a quotation is one whatever the archive typed (the speaker is found,
# the page prints real quotation marks). A pair with a space on both sides is left as it is.
_AFTER_OPEN = r"(?:(?<=^)|(?<=[\s(\[{—–-]))"
_BEFORE_CLOSE = r"(?=$|[\s.,;:!?)\]}—–-])"
_DOUBLED_PAIR = re.compile(
    # a quotation opening on a quoted word ('''College Bowl,''' he replied): “‘ and ’”
    rf"(?P<open3>{_AFTER_OPEN}'''(?=[^\s'`]))|(?P<close3>(?<=[^\s'`])'''{_BEFORE_CLOSE})"
    rf"|(?P<open>{_AFTER_OPEN}(?:''|``)(?=[^\s'`])|``(?=[^\s'`]))"
    # a closing pair set off by a space after a comma or an inner quote's end ("… Avenue,' '' she said")
    rf"|(?P<close>(?:(?<=[^\s'`])|(?<=[,.;:!?'’] ))''{_BEFORE_CLOSE})",
    re.M,
)
_CURLED = {"open3": "\u201c\u2018", "close3": "\u2019\u201d", "open": "\u201c", "close": "\u201d"}


def curl_doubled_quotes(text: str) -> str:
    """`text` with quotation marks typed as two apostrophes or backticks made curly:
    ``''It is fair,'' she said`` -> ``“It is fair,” she said``. Marks pair within a line: a
    closing pair with no opening before it ("the players'' union") is left as it is."""
    if "''" not in text and "``" not in text:
        return text
    return "\n".join(_curled(line) for line in text.split("\n"))


def _curled(line: str) -> str:
    if "''" not in line and "``" not in line:
        return line
    out: list[str] = []
    at, opened = 0, False
    for mark in _DOUBLED_PAIR.finditer(line):
        kind = str(mark.lastgroup)
        if kind.startswith("open") != opened:  # an opening mark while none is open, or a closing one
            out += [line[at : mark.start()], _CURLED[kind]]
            at, opened = mark.end(), not opened
    return "".join(out) + line[at:]


def clean(text: str) -> str:
    """Normalise a raw text: mojibake read back, NFC, no invisible/control characters, `\n` line
    ends, quotation marks typed as two apostrophes made curly (`curl_doubled_quotes`).

    Every reader passes article text through here once, so nothing invisible or misleading
    (bidi overrides, zero-width characters, terminal escapes) reaches any output."""
    # Mojibake first: "Å" read as Latin-1 ends in a line break (U+0085), "í" in a soft hyphen.
    text = _LINE_BREAKS.sub("\n", unmojibake(text)).replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)  # before NFC: a removed character may separate a mark from its letter
    text = _MARK_PILE.sub(r"\1", unicodedata.normalize("NFC", text))
    return "\n".join(_curled(_SPACES.sub(" ", line).strip()) for line in text.split("\n"))


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


_UNSHOWABLE = re.compile(f"[\t\n{INVISIBLE}\u2028\u2029]")


def printable(name: str) -> str:
    """A name that is not article text (a file name, a path) made safe to show on one line: the
    characters `clean` would remove are written as escapes (`\\x1b`, `\\u202e`), so two names
    never look alike and a terminal or a page never acts on them."""
    return _UNSHOWABLE.sub(lambda m: _escape(m.group()), name)


def bounded(text: str, limit: int) -> tuple[str, bool]:
    """`text` up to `limit` characters, cut at the last paragraph or line end before it (a space
    when there is none nearby), and whether anything was cut."""
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    for mark in ("\n\n", "\n", " "):
        cut = head.rfind(mark)
        if cut >= limit * 0.9:
            return head[:cut], True
    return head, True


def squash(text: str) -> str:
    """Collapse all whitespace runs to one space (how brief text is compared with sources)."""
    return " ".join(text.split())


# Lines that are page furniture, not reporting. Matched against a whole stripped line. A
# newspaper's correction of its own earlier piece ("Because of a production error, a chart on
# Wednesday about ... misidentified ...") is furniture too: it tells the reader of that paper what
# was wrong in print, not what happened.
_BOILERPLATE = re.compile(
    r"""^(
        advertisement|advertising|sponsored(\ content)?|ad
      | (share|share\ this(\ article|\ story)?|tweet|email|print)(\ on\ \w+)?[.:!]?
      | (subscribe|sign\ up|register|join|get)\b.{0,80}(newsletter|updates|alerts|subscribe|free|inbox|daily)\b.*
      | (follow|like)\ us\b.*
      | follow\ .{1,60}\bon\ (twitter|facebook|instagram)\b.*
      | (read|see)\ (more|also)\b.*
      | related(\ (articles?|stories|coverage|content))?\b.*
      | more\ on\ this\ story.*
      | (photo|image|picture|video|graphic|file\ photo)(\ credit)?\s*[:/|(].*
      | (©|\(c\)|copyright)\ .*
      | all\ rights\ reserved.*
      | (reporting|writing|editing|additional\ reporting)\ by\ .*
      | click\ here\b.*
      | (comments?|\d+\ comments?)
      | (listen|watch)\ (to\ )?(this|the)\ (article|story|video)\b.*
      | this\ (article|story)\ (was|has\ been)\ (updated|corrected|amended).*
      | editor['’]?s['’]?\ note\b.*
      | (correction|clarification)s?(\ appended)?\s*[:.—–-].*
      | (disclosure|disclaimer)\s*[:—–-].*
      | an?\ (earlier|previous|prior)\ version\ of\ this\b.*
      | (because\ of|due\ to)\ an?\ (editing|reporting|production|transcription)\ error,.*
      | an?\ (article|picture\ caption|caption|headline|chart|graphic|map|photograph|obituary
            |review|news\ analysis)\ (on|last)\ (monday|tuesday|wednesday|thursday|friday|saturday
            |sunday|[a-z]{3,9}\.?\ \d{1,2})\b.{0,240}\b(misstated|misidentified|misspelled
            |misattributed|misquoted|referred\ incorrectly|incorrectly\ (stated|identified
            |described|referred|reported)|erroneously)\b.*
      | a\ version\ of\ this\ (article|story|column)\ (appears|appeared|was\ published)\b.*
      | as\ (published|printed)\ in\ [^,;:]{1,50}
      | (for\ more|want\ more|want\ to\ receive)\b.{0,60}\bsign\ up\b.*
      | (updated|published|posted)[: ].{0,40}\d{4}.*
      | skip\ to\ (main\ )?content
      | (continue|keep)\ reading.*
      | download\ (our|the)\ app.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_INTRODUCES_QUOTE = re.compile(r"\b(?:said|says|wrote|writes|added|told|declared|stated|posted)\b")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")


def is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line.strip()))


def is_heading(line: str) -> bool:
    """A short line with no sentence-ending punctuation: a section heading, not a sentence."""
    words = line.split()
    if line.endswith(":") and _INTRODUCES_QUOTE.search(line):
        return False  # "In a statement, she said:" opens the quote in the next paragraph
    return 0 < len(words) <= 10 and not _TERMINAL.search(line) and not line.endswith((",", ";"))


# Longer sentences, or sentences with a longer "word", are no brief's material: the limits keep a
# hostile line (200,000 characters, six 20,000-letter words) out of every later stage's patterns
# and off the page, where an unbreakable word would run past the margin.
MAX_SENTENCE_CHARS = 600
MAX_WORD_CHARS = 60


_ALL_BYTES = bytes(range(128))
_NOT_LETTER = bytes(b for b in _ALL_BYTES if not chr(b).isalpha())
_NOT_UPPER = bytes(b for b in _ALL_BYTES if not (chr(b).isalpha() and chr(b).isupper()))


def _letters(text: str) -> tuple[int, int]:
    """How many letters the text has, and how many of them are capitals (counted in C for ASCII)."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _NOT_LETTER)), len(data.translate(None, _NOT_UPPER))
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters), sum(ch.isupper() for ch in letters)


# A dek: the line under a headline, run in as the body's first paragraph, in the headline's style: a
# short line with no article ("the", "a", "an") and nobody named in full ("Pilots threaten strike as
# levy vote nears.", "Ferry fares to double under new port plan."). A lede names
# its people, keeps its articles, or says when ("Ferry crews struck on Monday.").
DEK_WORDS = (6, 16)
_LEDE_WORD = re.compile(
    r"\b(?:the|a|an|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight)\b",
    re.IGNORECASE,
)
_NAMED_IN_FULL = re.compile(r"\b[A-Z][\w'’.-]*\s+[A-Z][\w'’-]*[a-z]")


def is_dek(paragraph: str) -> bool:
    """The article's first paragraph, `paragraph`, is a dek (one sentence; more paragraphs follow it)."""
    words = len(paragraph.split())
    return DEK_WORDS[0] <= words <= DEK_WORDS[1] and not (
        _LEDE_WORD.search(paragraph) or _NAMED_IN_FULL.search(paragraph) or paragraph.endswith("?")
    )


# A writer's credit line under an opinion piece, among the article's last lines: a name, "is", and the
# writer's post and outlet, nothing else ("Ines Quarle is the Courier's ferry correspondent.", "Tam Orr is
# host of Harbor Hour, a weekly radio show on Kesh FM."). In the present tense ("… was a reporter for …"
# tells a life), and only at the end: a news sentence elsewhere ("… is the author of the port bill") is news.
CREDIT_LINES = 2
PERSON_NAME = (
    r"(?!(?i:the|a|an|in|on|at|for|by|as|to|from|with|after|before)\s)"
    # (with a particle of a surname: "Tiago Luz da Rocha", "Pieter van Dam")
    r"(?:[A-Z][\w'’.-]*\s+(?:(?:da|de|del|della|der|di|do|dos|das|du|van|von|den|ter|bin|ibn|al|el|la|le)\s+)?){1,3}"
    r"[A-Z][\w'’-]*[a-z][\w'’-]*"
)
_CREDIT = re.compile(
    rf"^{PERSON_NAME},?\s+is\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,4}}?"
    r"(?:editor|columnist|contributor|author|writer|correspondent|reporter|professor|fellow|scholar|lecturer|"
    r"blogger|host)(?:\s+emeritus|\s+at\s+large)?\b(?:\s+(?:of|at|for|with|to|in|and|on)\s+[^,;]+)?(?:,\s+[^,;]+)?\.$"
)


# An entry of a chronology run in under the story: a paragraph that opens on a full date with its
# year, then perhaps a place, then the wire's dash or a colon ("June 2, 2009, Varnese _ A ferry ...",
# "Oct. 4, 2011: The guild ..."). It tells an earlier case, often in the historical present ("a single
# shell is found"): read alone on the page it would pass for today's news, so none of it is a sentence
# (corpus.split_article: two entries at least, and never the story's opening paragraph).
_CHRONOLOGY_ENTRY = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|"
    r"September|October|November|December)\.?\s+\d{1,2},\s+(?:1[89]|20)\d\d"
    r"(?:,\s+[A-Z][^_—:]{0,60}?)?\s*(?:_|—|--|:)\s"
)


def is_chronology_entry(paragraph: str) -> bool:
    """`paragraph` is an entry of a dated chronology (`_CHRONOLOGY_ENTRY`)."""
    return _CHRONOLOGY_ENTRY.match(paragraph) is not None


def is_credit(line: str) -> bool:
    """One of the article's last `CREDIT_LINES` sentences, `line`, is a writer's credit."""
    return _CREDIT.match(line) is not None


# A photo credit under a picture, run into the text as a line of its own: the photographer (or the
# outlet) "via" an agency, or names and agencies joined by slashes, nothing else ("Ivo Lann via
# Getty Images.", "(IVO LANN/AFP/Getty Images)"). A sentence that tells news via an agency has a verb
# before it ("The report came via Reuters."): only a run of capitalised words may stand there.
_PHOTO_AGENCY = r"(?:Getty Images|AFP|AP|Reuters|Bloomberg|EPA|Shutterstock|AP Images|AP Photo)"
_PHOTO_CREDIT = re.compile(
    rf"^[(\[]?(?:(?:[A-Z][\w.'’-]*,?\s+){{1,4}}via\s+{_PHOTO_AGENCY}"
    rf"|(?:[A-Z][\w.'’-]*\s*){{1,4}}(?:/\s*{_PHOTO_AGENCY})+)[.)\]]*$"
)
# A wire service's note to editors, left in the copy: which paragraph a write-through replaces or
# follows ("Ivo Lann, former, 5th graf pvs.", "1st Ld-Writethru"). No reader's sentence.
_WIRE_NOTE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:graf|Ld|Add)\b|\bWritethru\b")


def is_sentence(text: str) -> bool:
    """Worth quoting in a brief: a full sentence, not a fragment, a heading or a credit."""
    if len(text) > MAX_SENTENCE_CHARS:
        return False
    words = text.split()
    if len(words) < 4 or not _TERMINAL.search(text) or is_boilerplate(text):
        return False
    if _PHOTO_CREDIT.match(text) or _WIRE_NOTE.search(text):
        return False
    if max(len(w) for w in words) > MAX_WORD_CHARS:
        return False
    stripped = text.strip()
    # An editor's note or credit in brackets, "(STORY CAN END HERE ...)" or "[Reporting by ...]".
    if stripped[:1] in "([" and stripped.rstrip(".").endswith((")", "]")):
        return False
    letters, upper = _letters(text)
    if letters > 10 and upper > 0.6 * letters:
        return False  # shouting: a heading, an agency slug, an editor's note
    first = text.lstrip("\"'“‘([")[:1]
    return first.isupper() or first.isdigit()


# A dateline opens a wire story: page furniture, neither the first sentence's words nor a title.
# "LONDON (AP) _", "SEOUL, South Korea (AP) _", "BUENOS AIRES, Argentina _", "WASHINGTON —",
# "KYIV, March 17 (Outlet) —", "Washington D.C.: ", "DENVER ―" or "Denver ―" (a horizontal bar, as
# some sites set it), and with no place "Aug 20 (Outlet) - ".
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
_DAY = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
# A place alone in capitals ("GRANVILLE —") or with its day or outlet ("KYIV, March 17 (Wire) —")
# is a dateline before any sentence. A mixed-case one alone ("Washington D.C.: ", "Santa Clara,
# California: ") only in at most two words (and its region), before a colon or a long dash and a
# capital: "Mayor Tom Reyes: “We will …,” she said" and "Mr. Lund - a veteran - said no" are a
# speaker and a name, not furniture.
_CAPS_PLACE = r"[A-Z][A-Z'’-]+\b(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
_MARKED = rf"(?:{_PLACE}(?:,?\s+{_DAY})?\s*\([^)]{{1,40}}\)|{_PLACE},?\s+{_DAY}|{_DAY}\s*\([^)]{{1,40}}\))"
_DATELINE = re.compile(
    rf"^(?:(?:{_CAPS_PLACE}(?:,?\s+{_DAY})?|{_MARKED})\s*(?::|—|–|―|\s-{{1,2}}|\s_)\s+(?=[A-Z“\"‘'])"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?\s*(?::|—|–|―)\s+(?=[A-Z][a-z]))"
)


# A wire story may come with its desk furniture run in before the dateline: an editor's note, the
# photo slug, the byline ("Eds: UPDATES with new toll AP Photo By IVO LANN Associated Press Writer
# OSTREL, Varnia (AP) _ Floods …"). An agency's mark and the wire's dash near the top, with no
# sentence's end before it, is where the story starts: what comes before is furniture.
# (the dateline's place in capitals just before the mark, as the wire sets it: not a sentence that names
# the agency, "Orr, reached by the wire (AP) — “We …”")
_AGENCY_DATELINE = re.compile(
    r"(?<!\w)[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s*"
    r"\((?:AP|Reuters|AFP|UPI)\)\s*(?:_|—|–|--?)\s+(?=[A-Z“\"‘'])"
)
WIRE_HEADER_CHARS = 300
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z“\"]")


def dateline_end(paragraph: str) -> int:
    """Where the text of a story's first paragraph starts after its dateline (0 when it has none)."""
    match = _DATELINE.match(paragraph)
    if match:
        return match.end()
    mark = _AGENCY_DATELINE.search(paragraph, 0, WIRE_HEADER_CHARS)
    if mark and not _SENTENCE_END.search(paragraph, 0, mark.start()):
        return mark.end()
    return 0


# A wire dateline as the wire sets it at a story's very start, and nothing else run in before it: a place in
# capitals of at most three words ("LONDON", "BUFFALO, N.Y.", "NAIROBI, Kenya"), maybe its day and agency, then the
# wire's dash ("CLEVELAND - ", "KESH, March 5 (Reuters) - "). Not a byline or an editor's note before it, not a
# headline in capitals run in, not a desk's label in capitals ("UPDATE —", "FACT CHECK —").
_WIRE_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([A-Z][\w .'’-]{1,30}\))?\s*(?:_|—|–|-{1,2})\s+(?=[A-Z“\"])"
)
_DESK_LABELS = frozenset(
    "UPDATE UPDATES UPDATED ANALYSIS LIVE FACT CHECK EXCLUSIVE WATCH BREAKING OPINION EDITORIAL COMMENTARY REVIEW"
    " NEWS VIDEO PHOTOS EXPLAINER CORRECTION ADVISORY URGENT BULLETIN FLASH SPECIAL REPORT INSIGHT".split()
)


def wire_dateline_end(text: str) -> int:
    """Where the text after a wire dateline that opens it starts (_WIRE_DATELINE), else 0."""
    match = _WIRE_DATELINE.match(text)
    if match is None or _DESK_LABELS.intersection(re.findall(r"[A-Z]+", match.group("place"))):
        return 0
    return match.end()


def strip_dateline(paragraph: str) -> str:
    return paragraph[dateline_end(paragraph) :]


# A wire round-up puts a dateline before each place's paragraph, in capitals and set off by the
# wire's underscore: "PORT VELL _ The storm …", "ST. ORN and NEVA _ Each island …".
_SECTION_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s+_\s+"
    r"(?=[A-Z“\"])"
)


def section_dateline_end(paragraph: str) -> int:
    """Where a later paragraph's text starts after a round-up's dateline in capitals (0 when none)."""
    match = _SECTION_DATELINE.match(paragraph)
    return match.end() if match else 0


# sentencex looks ahead for the closing mark of every opening quote: quadratic on a line of
# quotes or apostrophes (200,000 of them took 18 s). A longer paragraph is segmented a window of
# this size at a time, cut after the window's last whole sentence; no sentence a brief quotes is
# a tenth as long.
MAX_SEGMENT_CHARS = 5_000


def _segments(paragraph: str) -> list[str]:
    """sentencex's segments of `paragraph` (they add up to it), in bounded windows."""
    segments: list[str] = []
    while len(paragraph) > MAX_SEGMENT_CHARS:
        window = paragraph[:MAX_SEGMENT_CHARS]
        parts = sentencex.segment("en", window)
        if len(parts) > 1 and "".join(parts) == window:
            parts.pop()  # it may go on past the window: segmented again with what follows
            cut = sum(map(len, parts))
        else:  # one sentence fills the window: cut between words
            cut = window.rfind(" ", MAX_SEGMENT_CHARS // 2) + 1 or MAX_SEGMENT_CHARS
            parts = sentencex.segment("en", paragraph[:cut])
        segments.extend(parts)
        paragraph = paragraph[cut:]
    return segments + list(sentencex.segment("en", paragraph))


# Where sentencex ends a sentence too early on news copy, the two pieces are joined again:
# - after a title that always comes before a name, however prefixed: "then-Gov.", "ex-Sen.", "Atty.";
TITLE_ABBREVIATIONS = tuple(
    """Adm Amb Atty Brig Capt Cmdr Col Cpl Det Dr Ft Gen Gens Gov Govs Hon Insp Lt Maj Messrs Mr Mrs Ms Msgr Mt
    Pfc Pres Prof Pvt Rep Reps Rev Rt Sen Sens Sgt Spc Supt""".split()
)
_BEFORE_A_NAME = re.compile(rf"(?:^|[\s(“\"‘'—–-])(?:{'|'.join(TITLE_ABBREVIATIONS)})\.$")
# - inside an abbreviation of capitals and dots: "D-N." + "Y., who …", "D-N." + "C." ;
_ABBREVIATION_GOES_ON = re.compile(r"^(?:[A-Z]\.)+(?=[,;:)\]]|\s+[a-z(]|$)")
# - after an abbreviation, before a piece that cannot open a sentence: "Acme Inc. said", "vs. them"
#   (not wire initials, "(ap-jh)", nor a name's particle: "… da Silva. da Silva leads …");
#   a party-and-state tag is one too: "said Sen. Ida Vell, D-Ore." + "said the vote …";
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|vs|approx|etc|[A-Z])\.|\b[DRI]-[A-Z][a-z]{1,4}\.)$"
)
_LOWER_START = re.compile(
    r"^[“\"‘'(]?(?!(?:al|bin|da|de|del|der|di|dos|du|el|ibn|la|le|ter|van|von)\b)[a-z]+\b(?![-/)])\W*\s+\S"
)
# - after an abbreviation, before a piece that opens on a mark no sentence opens on: a semicolon,
#   comma or colon ("Rep. Ada Vell, R-Ore." + "; Gov. Tam Orr; …"), or a hyphen run into a word in
#   lower case ("a neighbor-vs." + "-neighbor feud");
_CANNOT_OPEN = re.compile(r"^(?:[,;:]|-[a-z])")
# - after a time of day, before its zone or day: "3 p.m. EST Tuesday", "at 9 p.m. Eastern" (a zone
#   in words only where no name goes on with it: "9 p.m. Eastern Time", "9 p.m. Eastern, the …", not
#   "6 a.m." + "Pacific Airlines flew …", "10 p.m." + "Central Park was …", a new sentence);
_TIME_OF_DAY = re.compile(r"\b[ap]\.m\.$")
_ZONE_OR_DAY = re.compile(
    r"^(?:(?:[ECMP][SD]?T|GMT|UTC|BST|CET|local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|tonight|tomorrow|yesterday)\b"
    r"|(?:Eastern|Central|Mountain|Pacific)(?=\s+(?:Time|Standard|Daylight)\b|\s*[,.;:)]|\s+[a-z]|\s*$))"
)
# - after a quoted question or exclamation, its speaker: "“How? Why?” Putin asked.", "“No!” wrote
#   Ivo Lann.", "“Why?” Rep. Ada Vell, D-Ore., asked." (a closing mark typed as an opening one,
#   "?“ he asked", is the same construction);
_QUOTED_QUESTION = re.compile(r"[?!]\s*[”\"’'“]$")
_SPEECH_VERB = r"(?:said|says|asked|asks|told|wrote|writes|added|adds|questioned|wondered|replied|shouted|cried)"
# (verbs that tell of speech only with nothing after them but an aside: "Orr continued.", "Orr posted,
# quoting …"; with an object they are news of their own: "The company posted a loss", "The war continued
# for years", "Orr insisted the answer was yes" after a quoted question is a new sentence)
_SPEECH_VERB_ALONE = r"(?:continued|tweeted|posted|exclaimed|responded|quipped|joked|insisted)"
_ATTRIBUTION_ONLY = re.compile(
    rf"^(?:(?:[A-Z][\w.’'-]*|the|a|an|he|she|they|[a-z]+)(?:,?\s+[\w.’'-]+){{0,6}}?,?\s+"
    rf"(?:{_SPEECH_VERB}|{_SPEECH_VERB_ALONE}(?=[,.!?]|$))"
    rf"|(?:{_SPEECH_VERB}|{_SPEECH_VERB_ALONE})(?=\s+[A-Z]))\b[^.!?“”\"]{{0,60}}[.!?]?$"
)
# - after a quoted statement closed with a full stop, a bare attribution: "“We will stay.”" + "Orr
#   said." (the writer's full stop for a comma: a name and a verb alone are no sentence of their own).
#   A name in capitals or a pronoun, and a verb of speech only: "The talks continued.", "Nobody
#   replied.", "Crowds cried." after a quote are sentences of their own. (Fewer verbs than `_SPEECH_VERB`
#   and `_SPEECH_VERB_ALONE`: "cried", "shouted", "continued", "posted" alone tell as often of something
#   else; the attribution lexicon's verbs are not at hand here, since it reads this module.)
_QUOTED_STATEMENT = re.compile(r"[.]\s*[”\"’]$")
_BARE_ATTRIBUTION = re.compile(
    r"^(?:(?!(?:The|A|An|No|Nobody|None|Everyone|Everybody|Someone|Somebody|All|Many|Most|Some|Few|Others|It|This|"
    r"That|These|Those|There)\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?:said|says|asked|asks|added|adds|wrote|writes|replied|insisted|tweeted|quipped|joked|exclaimed)\.$"
)
# - after an exclamation or question mark inside a name or a title, or a question set off by dashes,
#   the words in lower case that go on with the sentence: "Acme Yahoo! said", "the annual Hurrah!" +
#   "award show", "the plan -- will it pass?" + "-- worries the guild" (not a quote's mark: a quote's
#   speaker is read above; not a web address, which has no space in it);
_MARK_IN_WORDS = re.compile(r"\w[!?]+$")
_LOWER_AFTER_DASH = re.compile(r"^(?:-{1,2}|[—–])\s*[a-z]+\b")
# - the rest of an abbreviation of capitals and dots cut off at the head of the next piece, which
#   then opens a new sentence: "said Sen. Ida Vell, D-N." + "M. “We will …”" (the initials go back).
_INITIALS_CUT = re.compile(r"[-.][A-Z]\.$")  # "D-N.", "U.S." — not an initial of a name ("George H.")
_INITIALS_HEAD = re.compile(r"^(?:[A-Z]\.)+(?=\s+[“\"‘'A-Z])")
# Where sentencex runs on, a sentence is ended: "... joined NATO. The alliance said".
_ACRONYM_STOP = re.compile(r"\b([A-Z]{2,}\.)\s+(?=[A-Z][a-z]+\s+[a-z])")
# sentencex reads three whole words before a word in capitals as abbreviations: "no." as the abbreviation of a
# number ("No. 10"), "May." and "me." as who knows what. So "Orr voted no. Sen. Ida Vell voted yes.", "The vote
# was in May. Hugo Renn hired him." and "The answer was no. Rivals cheered." ran on as one sentence. Such a word
# after a space, before a word ("Sen.", "Rivals", a quote's "I", or in capitals before one in lower case: "US
# officials"), ends one; not "ranked no. 1", "case no. CV 2218", "Act no. XII of 2019", "vessel no. I of the fleet"
# (a number, a code or a numeral follows), not "No." in capitals, not inside a quote, which sentencex never cuts.
_NO_STOP = re.compile(
    r"(?<=\s)((?:no|me|May)\.)\s+(?=[“\"‘']?[A-Z][a-z]|[“\"‘']I\s|A\s+[a-z]|(?![IVXLCDM]+\s)[A-Z]{2,}\s+[a-z])"
)


# The endings `_goes_on` looks for are short: they are searched for this far from the end only (a
# search from there still sees what comes before it, for `\b`), not from every character of the
# sentence. (Of "A.B.C.", the last "B.C." is enough.)
_ENDING_CHARS = 16


def _goes_on(before: str, after: str) -> bool:
    """Whether `after` continues the sentence sentencex ended with `before`."""
    tail = max(0, len(before) - _ENDING_CHARS)
    if _BEFORE_A_NAME.search(before, tail) or (_ABBREVIATION_END.search(before, tail) and _LOWER_START.match(after)):
        return True
    if before.endswith(".") and before[-2:-1].isupper() and _ABBREVIATION_GOES_ON.match(after):
        return True
    if _TIME_OF_DAY.search(before, tail) and _ZONE_OR_DAY.match(after):
        return True
    if before.endswith(".") and _CANNOT_OPEN.match(after):
        return True
    if _MARK_IN_WORDS.search(before, tail) and (_LOWER_START.match(after) or _LOWER_AFTER_DASH.match(after)):
        return True
    if _QUOTED_STATEMENT.search(before, tail) and _BARE_ATTRIBUTION.match(after):
        return True
    return bool(_QUOTED_QUESTION.search(before) and _ATTRIBUTION_ONLY.match(after))


def _closing_marks_matched(paragraph: str) -> str:
    """`paragraph` with a straight closing mark after a curly opening one made curly too, for the
    segmenter's eyes only (a character for a character: the offsets hold). Copy that mixes
    them ('told the Courier: “We will meet. It will work out."') read as an unclosed quote is cut
    into sentences inside it, and the quote, its speaker's sentence, lost its second half."""
    if "“" not in paragraph or '"' not in paragraph:
        return paragraph
    chars = list(paragraph)
    for opening in _CURLY_OPENED.finditer(paragraph):
        # (not where a curly closing mark follows: the straight one is a quote inside the quote)
        chars[opening.end() - 1] = "”"
    return "".join(chars)


# A curly opening mark whose quote ends on a straight mark, no curly closing one before the next quote.
_CURLY_OPENED = re.compile(r'“[^“”"]*"(?=[^“”]*(?:“|$))')


# A heading in capitals run into the sentence under it, as a newsletter or a digest sets its items:
# four words or more in capitals before the first word in lower case. The heading is a piece of its
# own (in capitals, no sentence to quote) and the item under it is the sentence.
_RUN_IN_HEADING = re.compile(r"(?:[A-Z][A-Z0-9.'’&:-]*\s+){4,}[A-Z][a-z]")


def _opens_a_quote(head: str) -> bool:
    """Whether `head`, the start of one piece of the segmenter's, ends inside a quote it opened itself
    (its marks counted). Not `inside_quote`, which reads back past the piece into the sentences before:
    a quote left open there is one the segmenter did cut inside ('“We are done. The guild voted no.
    Rivals cheered.', the quote running on to the next paragraph), so "no." may end a sentence in it too."""
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def inside_quote(paragraph: str, start: int) -> bool:
    """Whether the sentence at `start` of `paragraph` begins inside a quotation an earlier sentence
    opened and left open: the middle of a speaker's words of several sentences ('“He is wrong. First
    of all, the vote was fair. …,” Orr said'), with no mark of its own. Read from the last double
    mark before it: a curly one says which it is; a straight one opens after a space or the paragraph's
    start and before a letter (a closing mark the sentence starts on is counted: '?" Later, …')."""
    opens_on_closing = paragraph[start : start + 1] in ('"', "”") and paragraph[start + 1 : start + 2].isspace()
    end = start + 1 if opens_on_closing else start
    at = max(paragraph.rfind(mark, 0, end) for mark in '“”"')
    if at < 0 or paragraph[at] != '"':
        # (an opening mark before a space is a closing one typed wrong: '… “a disgrace.“ The council …')
        return at >= 0 and paragraph[at] == "“" and not paragraph[at + 1 : at + 2].isspace()
    before = paragraph[at - 1] if at else " "
    after = paragraph[at + 1 : at + 2] or " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """The sentences of one paragraph as (start, end) offsets into it, whitespace excluded.

    sentencex's segmentation, mended where news copy trips it: titles before names, party and
    state tags ("D-N.Y."), times of day, a quoted question's speaker; an acronym's full stop before
    a new clause ("NATO. The alliance said") ends one, and so do "no.", "May." and "me." before a
    capital ("voted no. Sen. Vell …"); an opening quote mark left at the end of a piece opens the next one. The
    corpus and the quotes read the same spans."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    marked = _closing_marks_matched(paragraph)
    for part in _segments(marked):
        stripped = part.strip()
        at = marked.find(stripped, cursor) if stripped else -1
        if at < 0:
            cursor += len(part)
            continue
        end = at + len(stripped)
        head = _INITIALS_HEAD.match(stripped)
        if spans and head and _INITIALS_CUT.search(paragraph[spans[-1][0] : spans[-1][1]]):
            rest = stripped[head.end() :]
            spans[-1] = (spans[-1][0], at + head.end())
            at += head.end() + len(rest) - len(rest.lstrip())
        if spans and _goes_on(paragraph[spans[-1][0] : spans[-1][1]], paragraph[at:end]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((at, end))
        cursor = end
    split: list[tuple[int, int]] = []
    for a, b in spans:
        heading = _RUN_IN_HEADING.match(paragraph, a, b)
        if heading:
            item = heading.end() - 2  # the item's first word
            split.append((a, a + len(paragraph[a:item].rstrip())))
            a = item
        for stop in _ACRONYM_STOP.finditer(paragraph, a, b):
            split.append((a, stop.start() + len(stop.group(1))))
            a = stop.end()
        for stop in _NO_STOP.finditer(paragraph, a, b):
            if not _opens_a_quote(paragraph[a : stop.start()]):
                split.append((a, stop.start() + len(stop.group(1))))
                a = stop.end()
        split.append((a, b))
    spans = split
    for i in range(len(spans) - 1):
        a, b = spans[i]
        if b - a > 1 and paragraph[b - 1] in '“"' and paragraph[b - 2].isspace():
            spans[i] = (a, len(paragraph[a : b - 1].rstrip()) + a)
            spans[i + 1] = (b - 1, spans[i + 1][1])
    return spans


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph, verbatim but for surrounding whitespace."""
    return [s for s in (squash(paragraph[a:b]) for a, b in sentence_spans(paragraph)) if s]


def stand_in_title(paragraph: str, limit: int = 80) -> str:
    """A title for an article that has none: its first sentence, dateline left out, up to `limit`
    characters (cut between words, with an ellipsis)."""
    body = strip_dateline(squash(paragraph))
    first = next(iter(split_sentences(body[: limit * 4])), body)
    if len(first) <= limit:
        return first
    cut = first.rfind(" ", 0, limit)
    return first[: cut if cut > limit // 2 else limit - 1].rstrip(",;:") + "…"


_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*|\d+(?:[.,]\d+)*")
STOP_WORDS = frozenset(get_stop_words("english")) | frozenset(
    {"said", "says", "say", "told", "also", "would", "could", "mr", "ms", "mrs", "s", "t"}
)


# Distinct sentences each reading of a sentence remembers per process (briefgen.analysis, the
# event reading, the date patterns' matches): a stock or syndicated sentence (wire copy, the
# outlet's boilerplate) is read once however many articles carry it, as long as it comes back
# within this many others. A bound, not the corpus's size: a worker of a cold build keeps its
# memories to the end, and at this size all of them together stay near 25 MB however many
# articles it reads (at 1 << 16 they grew past 60 MB a worker with 4,000 articles).
SENTENCE_MEMORY = 1 << 14


@lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    # Imported when first needed: sumy's stemmer brings NLTK, a second of start-up that
    # `briefgen --help` and shell completion do not need.
    from sumy.nlp.stemmers import Stemmer

    return Stemmer("english")  # type: ignore[no-any-return]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return str(_stemmer()(word))


def terms(text: str) -> list[str]:
    """Stemmed content words in order: what sentences are compared and scored by."""
    return terms_and_phrases(text)[0]


def terms_and_phrases(text: str) -> tuple[list[str], list[str]]:
    """`terms(text)`, and its phrases: each pair of consecutive words, every word stemmed but stop
    words ("of brazil", "imf loan"), but two stop words, each once in order of first use (a phrase
    tells the story as much as a word: "of Brazil" as "Brazil"). One reading of the words for
    both: the analysis keeps them, so ranking does not read the sentence again."""
    found: list[str] = []
    pairs: dict[str, None] = {}
    previous: str | None = None
    previous_stop = True
    for word in _WORD.findall(text):
        lower = word.lower().replace("’", "'")
        stop = lower in STOP_WORDS or len(lower) < 2
        current = lower if stop else stem(lower)
        if not stop and not (lower[0].isdigit() and len(lower) < 4):
            found.append(current)
        if previous is not None and not (stop and previous_stop):
            pairs[f"{previous} {current}"] = None
        previous, previous_stop = current, stop
    return found, list(pairs)


class OfflineTokenizer:
    """A sumy tokenizer (`to_sentences`, `to_words`) that needs no NLTK data download."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in _WORD.findall(sentence) if not w[0].isdigit())
