"""Text primitives: cleaning, boilerplate and heading recognition, sentence splitting, terms.

Sentences come from sentencex (Wikimedia's rule-based segmenter: offline, no data download);
`OfflineTokenizer` hands the same splitter to sumy in place of its NLTK punkt default.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import sentencex
from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

# Characters that must never reach a PDF, HTML page or mail: C0/C1 controls (but tab and
# newline), zero-width characters, bidi embeddings/overrides/isolates, BOM.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean(text: str) -> str:
    """Normalise a raw text: NFC, no invisible/control characters, `\n` line ends."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def squash(text: str) -> str:
    """Collapse all whitespace runs to one space (how brief text is compared with sources)."""
    return " ".join(text.split())


# Lines that are page furniture, not reporting. Matched against a whole stripped line.
_BOILERPLATE = re.compile(
    r"""^(
        advertisement|advertising|sponsored(\ content)?|ad
      | (share|share\ this(\ article|\ story)?|tweet|email|print)(\ on\ \w+)?[.:!]?
      | (subscribe|sign\ up|register|join|get)\b.{0,80}(newsletter|updates|alerts|subscribe|free|inbox|daily)\b.*
      | (follow|like)\ us\b.*
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


def is_sentence(text: str) -> bool:
    """Worth quoting in a brief: a full sentence, not a fragment, a heading or a credit."""
    words = text.split()
    if len(words) < 4 or not _TERMINAL.search(text) or is_boilerplate(text):
        return False
    first = text.lstrip("\"'“‘([")[:1]
    return first.isupper() or first.isdigit()


# A dateline opens a wire story ("Washington D.C.: ...", "KYIV, March 17 (Outlet) — ...").
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?"
    r"(?:\s*\([^)]{1,40}\))?\s*(?::|—|–|\s-{1,2}|\s_)\s+(?=[A-Z“\"])"
)


def strip_dateline(paragraph: str) -> str:
    match = _DATELINE.match(paragraph)
    return paragraph[match.end() :] if match else paragraph


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph, verbatim but for surrounding whitespace."""
    return [s for s in (squash(part) for part in sentencex.segment("en", paragraph)) if s]


_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*|\d+(?:[.,]\d+)*")
STOP_WORDS = frozenset(get_stop_words("english")) | frozenset(
    {"said", "says", "say", "told", "also", "would", "could", "mr", "ms", "mrs", "s", "t"}
)
_stemmer = Stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return str(_stemmer(word))


def terms(text: str) -> list[str]:
    """Stemmed content words in order: what sentences are compared and scored by."""
    out = []
    for word in _WORD.findall(text):
        lower = word.lower().replace("’", "'")
        if lower in STOP_WORDS or len(lower) < 2 or (lower[0].isdigit() and len(lower) < 4):
            continue
        out.append(stem(lower))
    return out


class OfflineTokenizer:
    """A sumy tokenizer (`to_sentences`, `to_words`) that needs no NLTK data download."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in _WORD.findall(sentence) if not w[0].isdigit())
