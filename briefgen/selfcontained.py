"""Whether a sentence stands on its own: a brief shows it without the sentences before it.

A sentence that opens on a connective, a pronoun or a shell noun ("But he said …", "The move
angered …"), that points back with a demonstrative, that reads a wire dateline's "here", or that
calls someone by a surname its article gave in full only before it, leans on a sentence the
reader of a brief has not seen.
"""

from __future__ import annotations

import re

from .attribution.lexicon import ROLE_WORDS
from .models import Corpus
from .text import STOP_WORDS

# Nouns that stand for something said before: "the move", "the warning", "this decision".
_SHELL = (
    r"(?:moves?|decisions?|steps?|measures?|announcement|statements?|remarks?|comments?|warnings?|incidents?|"
    r"attacks?|action|request|demands?|offer|call|ruling|verdict|accusations?|allegations?|claims?|threats?|"
    r"developments?|news|episode|event|case|report|proposals?|plan|deal|agreement|accord|pact|settlement|"
    r"compromise|arrangement|idea|effort|visit|trip|talks|result|outcome|problem|indictment|charges|lawsuit|"
    r"probe|inquiry|investigation)"
    # ... unless the words after it say what it is: "the decision to close", "the visit by the pope".
    r"(?!\s+(?:to|that|of|by|from|against|on|over|for|in|into|between|with|about|\w+ing)\b)"
)
# A sentence that leans on one the reader has not seen: it opens on a connective, a pronoun, a
# demonstrative or a shell noun ("But he said …", "The move angered …", "The two met …"), or
# after a short lead-in on a pronoun ("On Saturday, he …"), or names a shell noun as the object
# of what it reports ("… made the warning at a rally"), or points back anywhere with a
# demonstrative ("… denies those accounts").
_DANGLING = re.compile(
    r"^[\"“‘']?(?:"
    r"but|and|or|so|yet|also|however|meanwhile|still|instead|then|thus|therefore|nonetheless|indeed|"
    r"in addition|additionally|moreover|furthermore|as a result|by contrast|in contrast|likewise|similarly|"
    r"later|afterwards?|even so|at the time|at that time|"
    r"soon after(?:wards?)?(?=,)|earlier(?=,)|after that|by then|since then|until then|even then|in turn|"
    r"more broadly|more generally|more importantly|in the meantime|at the same time|in fact|nevertheless|"
    r"he|she|they|it|this|that|these|those|his|her|their|its|such|there|here|both|another|"
    r"the (?:latter|former|same|other|others|pair|couple|trio|latest)|"
    # "The two met …", "The three men were …" (but "The two governments agreed" names them)
    r"the (?:two|three|four|five)(?:\s+(?:men|women))?(?=,|\s+(?:\w+ed|are|were|have|had|will|would|said|met)\b)|"
    # an ordinal counting ones the reader has not met: "A third pilot …", "The second trawler …",
    # "Two of them …" (but "The second round of talks", "the third-largest party" say what they count)
    r"(?:a|one) (?:second|third|fourth|fifth|sixth)(?!-)|"
    r"the (?:second|third|fourth|fifth|sixth)(?!-)(?!\s+(?:day|night|week|month|year|time|round|quarter|half|"
    r"stage|phase|term|session|largest|biggest|highest|lowest|most)s?\b)|"
    r"(?:one|two|three|four|five|some|many|most|all|none|several|each|either|neither) of (?:them|those|these|whom)|"
    # a person the story introduced before: "The defendant is …", "The woman told police …"
    r"the (?:defendant|suspect|victim|man|woman|boy|girl|dissident|gunman|attacker|survivor|witness|patient|"
    r"prisoner|detainee|hostage|company|firm)s?(?!,\s+[A-Z]|\s+(?:who|whose|accused|charged|named|of|from|in|at|for)\b)|"
    r"(?:(?:in|after|during|since|before|following|despite|amid|with|for|by|at|under|as part of|because of|"
    r"in response to) )?"
    rf"(?:the|this|that|these|those|such an?) {_SHELL}"
    r")\b"
    r"|^[^,]{1,40},\s+(?:he|she|they|his|her|their|it|its|this|these)\b"
    # anywhere: "this decision", "these measures"; "those accounts", "these countries" (but "these
    # days", "those who …", "those countries that signed": said what they are)
    rf"|\b(?:this|these|those) {_SHELL}\b"
    r"|\b(?:these|those) (?!days\b|times\b)(?:[a-z]+s|men|women|people|children)\b"
    r"(?!\s+(?:who|which|that|whose|of|in|on|at|from|with|where)\b)"
    # "fell into that category", "for that reason" (not "in that it", "so that the …")
    r"|\b(?:in|into|of|at|on|from|to|for|by|with|under|after|before|during) that "
    r"(?!(?:the|a|an|it|he|she|they|we|you|i|this|his|her|its|their|there|is|was|are|were)\b)[a-z]+\b"
    r"|\b(?:made|issued|delivered|took|welcomed|criticized|criticised|condemned|defended|rejected|praised|"
    r"justified|explained|reversed|followed|denied|initiated|backed|opposed|accepted|approved|endorsed|"
    rf"supported|ordered) (?:the|this|that|these) {_SHELL}\b",
    re.IGNORECASE,
)


QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


# "The embassy here", "officials here said": wire copy's "here" is its dateline, which the page
# does not show (in a quotation it is the speaker's place, said in the speaker's words).
_HERE = re.compile(r"\bhere\b(?!\s+and\s+there\b)", re.IGNORECASE)


def leans_on_context(text: str) -> bool:
    """The sentence depends on one before it that the reader of a brief has not seen."""
    return bool(_DANGLING.search(text) or _HERE.search(QUOTED.sub("", text)))


# Words that open a surname without being a name themselves: "El Masri" is a name, "El" is not.
_PARTICLES = frozenset("el al van von da de di du le la bin abu ben".split())
_PARTICLE = "|".join(sorted(_PARTICLES))
_PARTICLE_CAPITALISED_OR_NOT = "|".join(f"[{p[0].upper()}{p[0]}]{p[1:]}" for p in sorted(_PARTICLES))
# A name as a story first gives it, two or more capitalised words ("Ada Quill", "Deputy
# Prosecutor Tom Reyes", "Rana el Masri"); later sentences call the person by the last one alone.
_CAPITALISED_RUN = re.compile(rf"[A-Z][\w'’.-]*(?:\s+(?:(?:{_PARTICLE})\s+)?[A-Z][\w'’.-]*)+")
# A sentence opening on one capitalised word (after a particle, "El Masri"), then a comma or a
# lower-case word: "Reyes declined …".
_BARE_OPENER = re.compile(
    rf"^[\"“‘']?(?:(?:{_PARTICLE_CAPITALISED_OR_NOT})\s+)?([A-Z][a-z][\w'’-]*?)(?:['’]s)?(?=,|\s+[a-z])"
)
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")


def introduced_names(text: str) -> set[str]:
    """The words a later sentence may call a person by, of the names a text gives in full: the
    last ("Quill" for "Ada Quill"), and of a two-word name the first too, where a family
    name goes first ("Zhao" for "Zhao Minqing")."""
    found = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = [re.sub(r"['’]s$", "", w).rstrip(".,") for w in run.group().split() if w.lower() not in STOP_WORDS]
        while words and words[0].lower() in _PARTICLES:  # "El Masri" alone is the surname
            words = words[1:]
        if len(words) >= 2:
            found.add(words[-1])
        if len(words) == 2 and words[0].lower() not in ROLE_WORDS:
            found.add(words[0])
    return found


def surname_openers(corpus: Corpus) -> dict[tuple[int, int], str]:
    """(article, position) -> the name a sentence opens on when its article gave that name in full
    before ("Reyes declined …" after "Deputy Prosecutor Tom Reyes said …"): a reader who
    has not seen the earlier sentence does not know who that is. A word the articles also write in
    lower case ("Police said") is not a name."""
    texts = dict.fromkeys(s.text for s in corpus.sentences)  # each distinct sentence once
    lower: set[str] = set()
    for text in texts:
        lower.update(_LOWER_WORD.findall(text))
    read: dict[str, tuple[str | None, set[str]]] = {}  # text -> the word it opens on, the names it gives
    introduced: dict[int, set[str]] = {}
    found = {}
    for sentence in corpus.sentences:
        before = introduced.get(sentence.article)
        if before is None:
            before = introduced[sentence.article] = set()
        known = read.get(sentence.text)
        if known is None:
            opener = _BARE_OPENER.match(sentence.text)
            known = read[sentence.text] = (opener.group(1) if opener else None, introduced_names(sentence.text))
        word, own = known
        if word is not None and word in before and word.lower() not in lower and word not in own:
            found[(sentence.article, sentence.position)] = word
        if own:
            before |= own
    return found
