"""Direct speech: who said the words inside quote marks.

Trusting the clues in this order: the speaker named just after the quote (`“…,” X said`, `said
X`, `“…,” according to X`), just before it (`X said: “…”`, `X called it “…”`, quoted words inside
X's reported clause), or the same speaker going on (the sentence before ended with their quote,
or the paragraph before ended inside it or on "X said:"). None of these: no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .ledger import Ledger, speaker_of
from .lexicon import (
    ADDING_AFTER_ATTRIBUTION,
    ADVOCATING_VERBS,
    AUX,
    BEFORE_A_NOUN,
    CLAUSE_THEN_PARTICIPLE,
    CONTENT_OF_ANOTHERS,
    DASH_ASIDE,
    EXCHANGE_TAIL,
    GIVEN_NAMES,
    GOES_ON,
    HEARD_VERBS,
    HEARERS_NOT_ANSWERING,
    HOME_PLACE,
    ISSUING,
    JUDGED_PREPOSITION,
    JUDGING_VERBS,
    KNOWN_AS,
    LIST_JOINT,
    LISTED_FRAME,
    MANNER_ADVERB,
    MID_ATTRIBUTION,
    MONTH,
    NAME_TOKEN,
    NAMING_WORDS,
    NOT_OWN_WORDS_VERBS,
    NOT_TITLE_DOT,
    OBJECT_PHRASES,
    OTHER_VOICE,
    OUTLET_NAME,
    OWN_SAYING_BEFORE,
    OWN_STAND_NOUNS,
    OWNED_OTHER_WORDS,
    OWNED_VERB_LAST,
    OWNED_WORDS,
    PAST_IRREGULAR,
    PERSON_HEADS,
    PLURAL_SOURCES,
    POINTED_WORDS,
    POSSESSED_WORDS,
    QUOTE_ONLY,
    QUOTE_VERB,
    READ_OUT,
    RELATION_NOUNS,
    RELAYED,
    REPORTERS,
    SAY,
    SAY_NOUNS,
    SAY_WORDS,
    SOURCE_HEADS,
    SPEAKING_PHRASES,
    SPEAKING_THINGS,
    SPEECH_VERB,
    SPOKEN_IN,
    TITLE_DOT,
    WEEKDAY,
    WORD_CARRIERS,
    blank_party,
    blank_wire_tag,
    fold,
)
from .page import Page, Span
from .phrases import is_organisation, join_adjectives, person_noun
from .records import Quote, Speaker
from .resolver import APPOSED_NAME, NEGATED, Resolver, with_title

_CLOSING = "”\"’'"


# (every title's abbreviation: "“…,” Gov. Ada Vell said" and "Lt. Oren Vask" end no sentence)
_SENTENCE_END = re.compile(rf"(?<![A-Z]){NOT_TITLE_DOT}[.!?;]\s")


# A clause of its own after the quote: "“…,” while Tam Orr said …" tells what someone else said.
_AND_ANOTHER = re.compile(r"\s*and\s+(?!(?:he|she|they|it|we|I)\s)", re.IGNORECASE)
_ANOTHER_CLAUSE = re.compile(r"\s*(?:while|whereas|but|although|though|because|since|if|unless)\s", re.IGNORECASE)


# An outlet passing words on: "the Varn News Agency quoted ministry spokesman Kel Brann as saying".
# (what the one quoted is may stand in commas between: "quoted Ivo Brandt, the pilots' chief, as saying")
_QUOTED_AS_SAYING = re.compile(
    r"(?:[^,;:“”\"]{1,80}?)\s+quoted\s+(?P<who>[^,;:“”\"]{2,80}?)(?:,[^,;:“”\"]{2,100},)?"
    r"\s+as\s+(?:saying|telling)\b"
)


def _ends_sentence(fragment: str) -> bool:
    """Whether a full stop ends a sentence inside `fragment` ("Gen. Syrskyi" and "C.C. Wei" do not)."""
    return bool(_SENTENCE_END.search(fragment))


# Where a reported clause ends and another sentence part begins: "…, while Lavrov called it".
_NEW_CLAUSE = re.compile(rf"[,;]\s+(?:while|whereas|but|and|although|though|as)\b|;|{GOES_ON}")
# A reported clause opening before the words read: "The paper notes that …".
_REPORTED_THAT = re.compile(rf"\b(?:{SAY})\s+(?:[^,;“”\"]{{0,40}}\s)?that\b")
_CALLED = re.compile(
    r"(?P<who>[^,;“”\"]{1,80}?)\s+(?:has\s+|have\s+|had\s+|also\s+|repeatedly\s+)*"
    r"(?:called|calls|described|describes|dismissed|branded|labell?ed|termed)\b[^,;“”\"]{0,60}$"
)

# "Vell praised the mayor as “…”", "the board accused Orvell of “…”": the judge's words (lexicon).
_JUDGED = re.compile(
    rf"(?P<who>[^,;“”\"]{{1,80}}?)\s+(?:has\s+|have\s+|had\s+|also\s+|repeatedly\s+|then\s+)*"
    rf"(?:{JUDGING_VERBS})\b[^,;“”\"]{{0,60}}?{JUDGED_PREPOSITION}"
)
# … and after a comma and the one judging: "Musawa, the minister, accused the board of “…”".
_JUDGED_AFTER_COMMA = re.compile(rf",\s+(?:{JUDGING_VERBS})\b[^,;“”\"]{{0,60}}?{JUDGED_PREPOSITION}")


# What stands between the halves of a split quote: its attribution, ending in a comma, colon or
# full stop, with no other quote and no second clause ("…, while Lavrov called it"). After the
# verb, the speaker's name and a short title (80 characters: a longer stretch lets in a second
# speaker, "…, said Brisk, before Marle, the harbour master of Varne, cut her off: “…”").
_SPLIT_FRAME = re.compile(
    rf"[\s,—–-]*(?:[^“”\"]{{0,80}}?\s)?(?:{QUOTE_VERB.pattern})(?:\s[^“”\"]{{0,80}}?)?\s*[,.:]\s*"
)


# The same with a longer title after the name, when it is only a title: a noun or two, then
# prepositions, "the", "and" and capitalised words ("…,” said Ada Vell, director of Harbor Studies
# at the Orn Institute in Varne, “…”), no verb that could bring in someone else.
_SPLIT_APPOSED = re.compile(
    rf"[\s,—–-]*(?:said|says)\s+(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN},\s+"
    r"(?:(?:the|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
    r"(?:\s+(?:of|at|for|in|on|and|the|[A-Z][\w.’'-]*))*\s*,\s*"
)


# A clause of someone else's time inside an attribution: "said Vell, before Brell, the harbor
# master, cut her off", "said Vell as Brell looked on".
_ANOTHER_CLAUSE_NAMED = re.compile(r"\b(?:before|after|as|when|while|until)\s+(?:[a-z]+\s+)?[A-Z]")


# The subject and verb after a quote ending on a comma: “…,” the crowd chanted / Reyes shot back.
_ANY_VERB_AFTER = re.compile(
    r"(?P<who>[^,;:.!?“”\"()]{2,60}?)\s+(?:has\s+|had\s+|then\s+|later\s+)?"
    r"(?P<verb>[a-z]{3,}(?:ed|es)|shot back|fired back|hit back|bit back|chimed in|went on|put it|spoke|"
    r"wrote|began|thought|said)\b"
)
_SIGNED = re.compile(rf"\s*[-—–]{{1,2}}\s*(?P<who>(?:{NAME_TOKEN}\s+){{0,3}}[A-Z][\w'’-]+)\s*[.]?\s*$")
_INVERTED_ANY = re.compile(
    rf"(?P<verb>[a-z]{{3,}}ed)\s+(?P<who>(?:{NAME_TOKEN}\s+){{0,3}}[A-Z][\w'’-]+)\s*(?:,|$|{NOT_TITLE_DOT}\.)"
)
# A written thing that "reads" its words: "“…,” the statement read.", "“…,” read the email." (not a
# person reading aloud, "“…,” Vell read from the letter": those words are the letter's writer's).
_THING = (
    r"(?:the|its|his|her|their|an?|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(SPEAKING_THINGS, key=len, reverse=True))
    + r")"
)
_THING_READ = re.compile(
    rf"(?:(?P<thing>{_THING})\s+(?:read|reads)|(?:read|reads)\s+(?P<read>{_THING}))(?=\s*(?:[,.;:]|$))",
    re.IGNORECASE,
)
_NOT_VERBS = frozenset("does goes uses makes takes gives comes faces leaves needs used needed".split())


# A sentence's subject and verb before quoted words in its clause: "Solvang took the podium and
# called the old levy “…”", and what breaks that clause (a relative, another clause).
_SUBJECT_VERB = re.compile(
    r"\s*(?:(?:In|On|At|After|Before|During|When|While|Since|Speaking|Asked|Earlier|Later|Last|Then)\b[^,;:“”\"()]{0,60},\s+)?"
    rf"(?P<who>(?:{NAME_TOKEN}\s+){{0,4}}[A-Z][\w'’-]+|He|She)"
    # what the subject is, in commas: ", who leads the race,", ", Vell's campaign manager," (not a
    # list of names: "Vell, Brell and Quarle")
    rf"(?P<aside>,\s+(?:[a-z]|(?:{NAME_TOKEN}\s+)*[A-Z][\w-]*['’]s\s)(?![^,;:“”\"()]*\s(?:and|or)\s+[A-Z])"
    r"[^,;:“”\"()]{2,90},)?"
    r"\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+|repeatedly\s+)*"
    r"(?P<verb>[a-z]{3,}ed|thought|took|made|gave|wrote|spoke|sent|put|kept|felt|saw|went|sang|hailed|"
    # the present going on, as a live report writes it: "Vell is praising the mayor as “…”"
    r"(?:is|was)\s+[a-z]{3,}ing|"
    r"[a-z]{3,}s)\b"
)
# A question put to someone, in its attribution: "asked Vell", "asked him", "asked the mayor".
# (one person: not "asked Republican politicians", a crowd that does not answer in one voice)
_ASKED_SOMEONE = re.compile(r"\bask(?:ed|s)\s+(?:him|her|the\s+[a-z]+(?<!s)|[A-Z][\w’'-]+(?!\s+[a-z]+s\b))\b")
# Pronouns of someone else: in the writer's sentence after a speaker's quote, another who may speak.
_THIRD_PERSON = frozenset("he she him her his hers they them their theirs".split())
# "is praising" read as "praised" (its stem and "-ed"), for the verbs of `_SPEAKING_ABOUT`.
_GOING_ON = re.compile(r"(?:is|was)\s+(?P<stem>\w+)ing")
# A verb in the past: "roared", "sang".
_PAST_VERB = re.compile(rf"\b(?:[a-z]{{2,}}ed|{PAST_IRREGULAR})\b")
_NOT_SUBJECTS = frozenset("the a an this that these those one two three thirteen god some many most".split())
# Quoted words the object said, told as what the subject judges it for: "mocked her rival for promising “…”",
# "praised Orr for calling the plan “…”", "accused Orr of saying “…”" (not "attacked the plan for its “…”").
_FOR_THEIR_WORDS = re.compile(
    r"\b(?:for|of)\s+(?:\w+\s+){0,2}?(?:saying|calling|promising|claiming|describing|vowing|suggesting|declaring"
    r"|predicting|pledging|insisting|arguing|boasting|labell?ing|branding|dubbing|referring|tweeting|writing|telling"
    r"|stating|asserting|warning|joking)\b"
)
# The subject's participle of naming after a comma: ", calling it", ", branding them".
_OWN_PARTICIPLE = re.compile(r",\s+(?:calling|describing|labell?ing|branding|dubbing|terming)\b")
# The subject's reason, what the thing "would be", the quote its complement: "Vell blasted the plan
# because it would be “…”" (no one else's clause: "because it called her" has a verb of its own).
_REASON_OF_IT = re.compile(r"\b(?:because|since)\s+it\s+(?:is|was|would\s+be|will\s+be|could\s+be)\s+$")
_CLAUSE_WORDS = r"(?:when|where|because|although|though)"
_CLAUSE_OF_IT = re.compile(rf"\b{_CLAUSE_WORDS}\s+it\s+[a-z]+\s*$")
_RELATIVE_OR_TURN = re.compile(
    r"\b(?:who|which|whom|whose)\b|[;:]|,\s+(?:but|while|whereas)\b|\b[A-Z][a-z]+\s+[a-z]+ed\b"
)
# (a clause of time, place or cause has a subject of its own: "…, when critics called him “…”";
# "when he called it “…”" may go on with the subject, as before)
_CLAUSE_BREAK = re.compile(_RELATIVE_OR_TURN.pattern + rf"|\b{_CLAUSE_WORDS}\s+(?!he\b|she\b)")
_SPEAKING_ABOUT = frozenset(
    """called described dismissed branded labeled labelled termed thanked praised accused urged blasted
    slammed criticized criticised attacked mocked lauded hailed touted defended blamed characterized
    characterised referred pledged promised vowed warned insisted argued predicted promoted tweeted
    wrote posted dubbed""".split()
)
# "that" and the one or two words after it: "a flyer that branded her", "a letter that calls it".
_THAT_VERB = re.compile(r"\bthat\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")

# The dot that closes an initialism ("U.S.", "U.N.") inside a description that goes on in small
# words ("a senior U.S. harbour official"): no end of the phrase.
_INITIALISM_GOES_ON = r"(?<=\b[A-Z]\.[A-Z])\.(?=\s+[a-z])"
# A sentence that ends where the quote opens (" … mill town. “You will …”"), and the head of a
# sentence that names a speaker ("Whitcombe said of the contract", "Sen. Lena Oduya asked").
_ENDS_BEFORE = re.compile(r"(?:[a-z)]|\b[A-Z]\.[A-Z]|(?<![\d,.])\d{1,4})[.!?][\s]+$")
# The writer's sentence running on past quoted words that open it: “The board must act” on the
# levy, “…” — a point the board disputes. What opens the rest is a word that cannot begin a
# clause of attribution (a preposition, a conjunction, a dash), never a subject and its verb
# (“…” the mayor countered).
_RUNS_ON = re.compile(
    r"\s*(?:[—–]|-{1,2}\s|(?:on|of|in|for|to|from|about|over|with|than|and|or|but|because|if|when|while|"
    r"which|there|more|less)\b)"
)
# Of those, the ones surely the speaker's: a short adjunct of the writer's, a preposition and a few
# words with no verb of their own (“The board must act” on the levy and the pier). Anything
# longer, or with a verb of its own (“…” on every count was the verdict; “…” — that is what the
# papers call her), may make the quoted words someone else's or no one's: a reading, not a certainty.
_ADJUNCT = re.compile(r"\s*(?:on|of|in|for|to|from|about|over|with|than)\s+(?:[\w’'-]+,?\s+){0,5}?[\w’'-]+[.!?]?\s*$")
_A_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|"
    r"came|went|got|grew|took|made|rang|ran|fell|rose|drew|gave|won|lost|left|held|sent|saw|sat|stood|began|"
    r"became|brought|thought|found|kept|met|put|set|led|read|knew|broke|spoke|wrote|sang|hit|cut|hung|meant|"
    r"[a-z]{2,}ed|(?!(?:its|his|this|hers|ours|theirs|yours|us|as|less|across|plus|thus|news)\b)[a-z]{2,}s)\b"
)
# (The name may take what the person is in commas: "Vell, the head of the dock board, said".)
_SPEAKER_HEAD = re.compile(
    rf"(?P<who>(?:{NAME_TOKEN}\s+){{1,4}}?|(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN},\s+"
    r"(?P<apposed>(?:the|a|an|his|her|its|their)\s+[^,;:“”\"!?()]{1,100}?),\s+)"
    rf"{AUX}(?:said|says|asked|asks|added|told|tweeted|wrote|replied|shouted)\b"
)


# Between two quoted pieces of one reported clause: "… “is fair” and that the vote “…”".
_AND_THAT = re.compile(
    r"[\s,]*(?:(?:and|but|or)\s+(?:that\s+|said\s+|added\s+|called\s+it\s+)?|(?:adding|saying|noting)\s+(?:that\s+)?)"
    r"(?:[a-z][\w’'-]*\s+){0,5}"
)

# A speaker's name alone before a colon, a transcript's label: "Rep. Ada Brisk (D-Ore.): “…”".

# Putting out a paper: "released the following", "issued a", "sent an" and up to two words before the paper.
_ISSUING_A = rf"\b{ISSUING}\s+(?:the\s+following|this|a|an|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
# "Gov. Ada Quill released the following statement:" ends a paragraph before the statement.
_ISSUED_COLON = re.compile(_ISSUING_A + r"(?:statement|message|tweet|letter|post|note|email|remarks)\b[^:]{0,40}:$")

# "Vell issued a statement: “…”", "Vell released a statement on Sunday, “…”", "Vell sent an email to
# supporters: “…”": the one who put out the paper, then its words after a comma or colon. Only a
# short tail after the paper with no other source in it ("a letter from Orvell: “…”" is read by
# `_other_party` and the names check in `_before`).
_ISSUED_BEFORE = re.compile(
    _ISSUING_A
    + r"(?:statement|message|tweet|letter|post|note|email|e-mail|memo)\b(?P<rest>[^“”\":;,]{0,60}?)\s*[,:]\s*$"
)

# A trailing attribution, then "but" and the speaker's own words ending the sentence: "The books
# are checked, Vell said, but “we don’t ask anyone their income.”" The quote goes on with what the
# attributed speaker said (not "while"/"whereas", which bring in someone else's side).
_SAID_BUT = re.compile(rf",\s+(?P<who>[^,;“”\"]{{1,60}}?)\s+(?:{SAY})(?:\s+[^,;“”\"]{{0,30}}?)?,\s+but\s+$")

# A sentence that opens with a name (after at most a short opening phrase, or a he/she written
# small after one), its act and a short object that is a stand of one's own, then a colon and the
# quote: "Vell made her case to the board: “…”", "At every stop, she had one message: “…”". The
# words after the colon are the subject's own only when the object names what one says (lexicon
# OWN_STAND_NOUNS: "faces harsh criticism:", "unveiled the plaque:", "opened the envelope:" bring
# in others' words), the verb does not read, show or recall someone else's (NOT_OWN_WORDS_VERBS)
# and the object names no other voice (`_other_party`).
_OBJECT_COLON = re.compile(
    rf"^\s*(?:[^,;:“”\"]{{1,40}},\s+)?(?P<who>(?:{NAME_TOKEN}\s+){{0,3}}[A-Z][\w’'-]+|(?<=,\s)(?:he|she))\s+(?P<verb>[a-z]{{3,}}(?:ed|s)|had|made|put|took|gave|sent)"
    r"\s+(?P<obj>[^,;:“”\"]{1,60}):\s*$"
)

# A full name inside what opens a sentence, after its first word: "After meeting Ana Pell, she …".
_NAME_IN_OPENING = re.compile(r"(?<=[a-z,]\s)[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")


def _pronoun_after_name(before: str, found: re.Match[str]) -> bool:
    """Whether the subject `found` gives is a small he/she after a name earlier in its own sentence
    ("After meeting Ana Pell, she put it bluntly: “…”"): the pronoun may be that one or another;
    which, the frame cannot tell."""
    return found.group("who") in ("he", "she") and _NAME_IN_OPENING.search(before, 0, found.start("who")) is not None


def _takes_up_others(verb: str, rest: str) -> bool:
    """Whether a phrase of speaking out (SPEAKING_PHRASES) frames words that may be others': what it takes up is by or
    from someone ("played up a remark by Ida Vell:"), an aside follows it ("weighed in, reading from the charter:"), or
    a phrase that takes an object (OBJECT_PHRASES) takes one that is no stand of the subject's own ("laid out the terms
    of the deal:", not "laid out her case:", "laid out his plan:")."""
    if re.search(rf"\b(?:by|from)\s+{NAME_TOKEN}", rest) or "," in rest:
        return True
    if not re.match(rf"(?:{OBJECT_PHRASES})$", verb):
        return False
    words = re.findall(r"[a-z]+", rest.lower())
    return bool(words) and words[0] not in _OWN_DETERMINERS and not OWN_STAND_NOUNS.intersection(words)


_OWN_DETERMINERS = frozenset("his her their its our my".split())  # "laid out his plan:": a stand of the subject's own


# A frame's subject that is no one: "Nobody went further: “…”".
_NO_ONE = re.compile(r"\s*(?:Nobody|Noone|None|Neither|Nothing)\b")

# Where or when a frame's act was, by a name ("weighed in on Twitter:", "went further in Varne:",
# "hit back on Monday:"), or whom it was aimed at, right before the colon ("hit back at Ida Vell:",
# "had harsh words for Orvell:"): no other voice.
_ON_OR_IN_NAMED = re.compile(
    rf"\b(?:on|in)\s+(?:the\s+)?(?:{NAME_TOKEN}\s*)+|\b(?:at|for)\s+(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN}(?<!['’]s)\s*$"
)

# The one a stand is for, named at the end of the object: "had a message for Ida Vell:", "had
# a warning to Orvell:" (whom the words are told to, not another voice).
_STAND_FOR_NAME = re.compile(rf"\b(?:for|to)\s+(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN}(?<!['’]s)\s*$")

# Quoted words that are a charge's, not the speaker's: "held on suspicion of “…”".
_CHARGE = re.compile(
    r"\b(?:suspicion|charges?|accused|charged|convicted|indicted|guilty|arrested|detained|jailed|sentenced)\s+"
    r"(?:of|with|for)\s*$"
)


def _voiced(text: str) -> bool:
    """Whether `text` has a verb of saying, another's voice or a word of naming in it: words that
    may be someone's, not the writer's."""
    return bool(QUOTE_VERB.search(text) or OTHER_VOICE.search(text) or NAMING_WORDS.search(text))


def _runs_on(after: str, speaker: str) -> bool:
    """Whether the words after a quote that opens its sentence are the writer's sentence going on
    (`_RUNS_ON`) about the words of `speaker`: no verb of saying that would give them to someone
    else ("…” to whom, her rivals ask), no one else named or brought in ("… on the levy Ines
    Quarle backs", "… as her rival's flyer claims")."""
    if not _RUNS_ON.match(after) or QUOTE_VERB.search(after) or OTHER_VOICE.search(after):
        return False
    own = _own(speaker)
    named = (w.lower().strip(".,’'") for w in _NAME_WORD.findall(after))
    return all(w in own for w in named) and not _other_party(after, own)


# The attribution a paragraph ends on after the speaker's own quote: “…,” Vell said. / “…,” said
# Ada Vell, the harbour master. / “…,” Vell told reporters on Monday. The closing mark, then a
# short tail with no quote and no question of its own, ending the sentence.
_SAID_TAIL = re.compile(r"[,!?]?[”\"]\s+[^“”\"?]{2,160}[.!]\s*$")
# Quoted words that address someone by name ("Mayor Vell, the pier leaks", "… on Monday, Tam"):
# one side of an exchange, which the next paragraph may answer in the other voice. At the end, a
# name or a title and name only ("…, Mr. Mayor."), not a longer name that spells out what was
# just said ("… the ORA, Orn Rowing Association,").
_ADDRESSES = re.compile(rf"^(?:{NAME_TOKEN}\s+)*{NAME_TOKEN},\s|,\s+(?:{NAME_TOKEN}\s+)?{NAME_TOKEN}[,.!?]*\s*$")
# A participle clause after the attribution ("Vell said, holding up the contract."): what the
# speaker did next may bring in the words of a paper or of someone else.
_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")
# Words in quotation marks: what is left of a paragraph without them is the writer's.
_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


# Names in an attribution's tail that are where or to whom it was said, or when: "told the Orn
# Ledger", "said in Varne", "said on Monday", "said at the Orn Forum".
# A word of a name (read in tails and frames: "told the Orn Ledger", "Vell said").
_NAME_WORD = re.compile(rf"\b{NAME_TOKEN}")
_HEARD_OR_WHERE = re.compile(rf"\b(?:told|on|in|at|from)\s+(?:the\s+)?(?:{NAME_TOKEN}\s*)+")


def _names_only(frame: str, own: set[str]) -> bool:
    """Whether every name in `frame` is one of `own`'s words, past the names of where, to whom or
    when it was said ("told the Orn Ledger", "in Varne", "on Monday": not another voice)."""
    told = _HEARD_OR_WHERE.sub(" ", frame)
    return all(re.sub(r"['’]s$", "", w).lower().strip(".,") in own for w in _NAME_WORD.findall(told))


def _only_the_speaker(frame: str, own: set[str]) -> bool:
    """Whether `frame` names no one but the speaker (`own`'s words; `_names_only`) and no other
    voice (`_other_party`)."""
    return _names_only(frame, own) and not _other_party(frame, own)


# One the words were told to, in an attribution's tail: "told Makel", "told the caller", "said to her".
_TOLD_TO = re.compile(
    r"\b(?:told|tells|tell|said\s+to|says\s+to|spoke\s+to|speaking\s+to|talking\s+to)\s+"
    r"(?P<article>(?:the|a|an|his|her|their)\s+)?(?P<hearer>[\w’'-]+)"
)


def _told_one_who_may_answer(tail: str) -> bool:
    """Whether an attribution's tail names someone the words were told to who may answer them in
    the next paragraph: a person or a caller, not the press, a crowd, a news outlet or a body named
    with "the" ("told reporters", "told CNN", "told the Orn Ledger", "told the Harbour Board")."""
    told = _TOLD_TO.search(tail)
    if told is None:
        return False
    hearer = told.group("hearer")
    if hearer.lower() in HEARERS_NOT_ANSWERING or OUTLET_NAME.match(tail, told.start("hearer")):
        return False
    return not ((told.group("article") or "").strip().lower() == "the" and hearer[:1].isupper())


def _said_then_goes_on(text: str, last: Quote, prev_start: int, prev_end: int, span: Span, p_end: int) -> bool:
    """Whether a paragraph that is all quote (`span` opens it, the paragraph ends at `p_end`) goes
    on, sure, from the one whose quote and its attribution end the paragraph before
    (text[prev_start:prev_end]): “The pier is finished,” Vell said. ¶ “We start on Monday.” News copy opens a
    new speaker's quote with their name; a bare quote paragraph after a speaker's own quoted words
    and "X said." is that speaker going on. Only when that quote opened its sentence and was read
    sure, the tail names no one else, is no exchange ("…?” the host asked Vell. ¶ “…”: the answer
    is Vell's) and adds no participle clause ("Vell said, holding up the contract."), the quoted
    words asked no question and addressed no one by name ("…, Tam,” Vell said.); and when the new
    paragraph has no words of the writer's (a pull quote's "— Tam Borrow, fisherman"), asks no
    question (an interviewer's turn) and does not name the speaker ("“Vell is wrong.”": someone
    else about them). (Straight marks after curly ones are allowed here, unlike after a paragraph
    that ends inside the quote: the writer's own "X said." stands between, and web copy mixes
    its marks.)"""
    if last.kind != "direct" or not last.sure or last.cue not in ("after", "inverted"):
        return False
    if not (prev_start <= last.start <= prev_end) or text[prev_start : last.start - 1].strip():
        return False  # the quote opens the sentence, the attribution follows it
    tail = text[last.end : prev_end]
    if not _SAID_TAIL.match(tail) or last.quote.rstrip().endswith("?") or EXCHANGE_TAIL.search(tail):
        return False
    if _ADDRESSES.search(last.quote.strip()) or _PARTICIPLE.search(tail) or _told_one_who_may_answer(tail):
        return False  # one side of an exchange, or words the speaker does more with
    if any(word.lower() in READ_OUT for word in re.findall(r"[\w’'-]+", last.quote)):
        return False  # "Here is what the plaque says,” Vell said. ¶ “…”": the thing's words may follow
    paragraph = text[span.open : p_end]
    if re.search(r"\w", _QUOTED.sub(" ", paragraph)) or re.search(r"\?\s*[”\"]?\s*$", paragraph):
        return False  # the writer's words in it (a pull quote's name), or a question
    own = _own(last.speaker) | _own(last.role or "")
    spoken = {re.sub(r"['’]s$", "", w).lower() for w in re.findall(r"[\w’'-]+", paragraph)}
    if _own(last.speaker.split()[-1] if last.speaker.split() else "") & spoken:
        return False  # the new quote names the speaker (by the name's last word): someone else of them
    return _only_the_speaker(tail, own)


def _as_sure_as_adjunct(speaker: Speaker, after: str) -> Speaker:
    """`speaker` of quoted words the writer's sentence runs on past (`after`): not sure unless the
    rest is a short adjunct with no verb of its own (`_ADJUNCT`)."""
    if not re.search(r"\w", after) or (_ADJUNCT.match(after) and not _A_VERB.search(after)):
        return speaker
    return replace(speaker, sure=False)


# A sentence that is its frame and then the quote: "Vell stepped up and thundered: “…”", "On a
# call-in show, Vell went a step further: “…”", "Vell dryly said, “…”", "Said Vell, “…”".
# The subject (after what opens the sentence), a verb, what the verb takes, a colon — or, before a
# comma, nothing but a speech verb and an adverb.
_FRAME_OPENING = r"(?:(?:[A-Z][\w’'-]*|In|On|At|After|During|Asked|Speaking)\b[^,;:“”\"()]{0,70},\s+)?"
_FRAME_CONNECTIVE = r"(?:(?:[Aa]nd\s+|[Bb]ut\s+)?(?:then|later|finally|again)\s+|[Bb]ut\s+|[Aa]nd\s+)?"
_ADVERB = r"(?:(?!family\b|only\b|early\b|rally\b|ally\b)[a-z]{3,}ly\s+)?"
# The verbs of a frame before a colon: speaking, or the manner of it ("boomed", "shrugged", "went a
# step further", "put it", "doubled down", "was blunt": SPEAKING_PHRASES), never any verb
# (“answered a heckler who shouted:”, “quoted a letter:”).
_FRAMING_VERB = (
    r"added|adds|boomed|booms|declared|declares|continued|continues|concluded|concludes|went|goes|"
    r"put|puts|wrote|writes|noted|notes|replied|replies|responded|responds|argued|argues|warned|warns|"
    r"asked|asks|told|tells|explained|explains|insisted|insists|shrugged|shrugs|quipped|quips|joked|jokes|"
    r"exclaimed|interjected|countered|counters|retorted|snapped|thundered|roared|shouted|stated|exploded|"
    r"remarked|observed|announced|proclaimed|vowed|pledged|promised|predicted|mused|laughed|sighed|scoffed|"
    r"conceded|admitted|suggested|suggests|proposed|proposes|likened|shot|fired|hit|spoke|began|offered|"
    r"delivered|returned|summed|tweeted|posted|" + SPEAKING_PHRASES
)
# What in a frame gives the quote that follows to someone or something else: another person
# ("a heckler", "her opponent", "the governor's"), a clause in which someone speaks ("who
# shouted", "how the governor had warned"), or a paper or thing that carries words.
_OTHER_PARTY_NOUNS = (
    PERSON_HEADS
    | RELATION_NOUNS
    | PLURAL_SOURCES
    | SOURCE_HEADS
    | frozenset("""opponent challenger heckler hecklers crowd audience protester predecessor successor""".split())
) - {"head", "chair", "member"}
# A person the subject speaks to is no other voice: "told the voters:", "turned to her rival and said:";
# in a colon frame, nor one its words are for or aimed at ("had a message for the governor:",
# "lashed out at her rival:", "pushed back against a critic:": `aimed`).
_ADDRESSED = re.compile(
    r"\b(?:to|told|tells|asked|asks|reminded|thanked|urged)\s+(?:(?:the|a|an|his|her|their|its|some|fellow)\s+)?"
    r"(?:[a-z-]+\s+){0,2}$"
)
_AIMED_AT = re.compile(r"\b(?:for|at|against|into)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2}$")
# A person's noun after "as a": a role the sentence gives someone, no one else ("… to back him as a
# candidate", "… as an adviser"), unlike "as the mayor", who may be another.
_AS_A_ROLE = re.compile(r"\bas\s+an?\s+(?:[a-z-]+\s+)?$")
_CLAUSE_SPEAKS = re.compile(
    rf"\b(?:who|that|which|whom|whose|how|what|as)\b.*\b(?:{SAY}|{QUOTE_ONLY}|{_FRAMING_VERB}|mailed|aired)\b"
)

_FRAMED_COLON = re.compile(
    rf"\s*{_FRAME_OPENING}{_FRAME_CONNECTIVE}"
    rf"(?P<who>(?:{NAME_TOKEN}\s+){{0,5}}?(?:{NAME_TOKEN}|He|She|It|They)|"
    r"(?:The|His|Her|Its|Their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}|"
    # a source described, not named, ending on a small word: "A top Varnese aide put it bluntly: “…”"
    r"(?:An?|One)\s+(?:[A-Za-z][\w’'.-]*\s+){0,3}[a-z][\w’'-]*|"
    # a he/she written small after what opens the sentence or a joining word: "Back on the
    # island, he returned to his old lines: “…”", "… and then she went further: “…”"
    r"(?:(?<=,\s)|(?<=\b[Aa]nd\s)|(?<=\b[Bb]ut\s)|(?<=\bthen\s)|(?<=\blater\s)|(?<=\bagain\s))(?:he|she))"
    # a named person's home: "Sen. Ida Vell of Vermont went further: “…”" (`_framed` checks the name)
    rf"(?P<home>\s+{HOME_PLACE})?"
    # an aside in commas or dashes ("Vell — a calm witness — exploded:"; wire copy's " _ ")
    rf"(?:,[^,;:“”\"]{{2,80}},|{DASH_ASIDE})?\s+{AUX}{_ADVERB}"
    r"(?P<lead>[a-z][^“”\";:.!?]{0,80}?\b(?:and|then)\s+(?:[a-z]+\s+){0,2}?)?"
    rf"(?P<verb>{_FRAMING_VERB})\b"
    r"(?P<rest>[^“”\";:.!?]{0,120}):\s*$"
)
# A sentence that only presents the speaker, then the quote: "Here is Vell in March 2001: “…”",
# "Here's what Vell told the board: “…”". After a bare name, only when, where or on what (a short
# phrase by a preposition); after "what", the name's own verb of saying. Never a possessive ("Here
# is Vell's letter:", a paper), nor "what Vell was told" (words that came to her).
_HERE_IS = re.compile(
    rf"\s*(?:Here\s+is|Here['’]s)\s+"
    rf"(?:(?P<who>(?:{NAME_TOKEN}\s+){{0,3}}[A-Z][\w-]*(?<!['’]s))"
    r"(?:\s+(?:in|on|at|during|last|this|speaking)\b[^,;:“”\"]{0,50})?"
    rf"|what\s+(?P<said>(?:{NAME_TOKEN}\s+){{0,3}}[A-Z][\w-]*)\s+(?:{SAY})\b[^,;:“”\"]{{0,40}})\s*:\s*$"
)
# Where someone is shown by others, not in her own words: "in a rival's ad", "in a parody", "in a
# cartoon" (a possessive of another's, or a medium that puts words in one's mouth).
_PUT_IN_MOUTH = re.compile(
    r"\w['’](?:s\b|\s)|\b(?:ads?|adverts?|advertisements?|commercials?|spots?|mailers?|flyers?|"
    r"parod(?:y|ies)|spoofs?|satires?|sketch(?:es)?|skits?|cartoons?|caricatures?|impressions?|"
    r"impersonations?|memes?|mock\w*|lampoons?)\b"
)
# Where a reply's own clause opens inside a sentence, or opens it: "…, to which Vell retorted:",
# "To which Vell replied: …" (lexicon GOES_ON, the narration going on after someone's words).
_REPLY_FRAME = re.compile(rf"(?:^\s*(?:To|At|After|Upon)\s+which\s|{GOES_ON})")
_FRAMED_COMMA = re.compile(
    rf"\s*{_FRAME_OPENING}{_FRAME_CONNECTIVE}"
    rf"(?P<who>(?:{NAME_TOKEN}\s+){{0,5}}?(?:{NAME_TOKEN}|He|She))\s+{AUX}{_ADVERB}"
    r"(?P<verb>said|says|asked|asks|added|adds|replied|responded|quipped|joked|shot back|fired back|hit back|"
    r"countered|exclaimed|declared|continued|wrote|tweeted|explained|insisted|argued|warned)"
    r"(?P<rest>\s+(?:in response|in reply|on Twitter|to reporters|to the crowd))?,\s*$"
)
# A sentence whose subject speaks or takes a side, before a bare quote: "Quint touted her record."
_INTRODUCES = re.compile(
    r"\s*(?:(?:In|On|At|After|During|Asked|Speaking|Later|Earlier)\b[^,;:“”\"()]{0,70},\s+)?"
    rf"(?P<who>(?:{NAME_TOKEN}\s+){{0,4}}?{NAME_TOKEN}|He|She)\s+{AUX}(?:\w+ly\s+)?"
    r"(?:agreed|agrees|disagreed|disagrees|touted|touts|argued|argues|added|adds|explained|explains|insisted|"
    r"responded|replied|countered|warned|recalled|noted|notes|continued|concluded|elaborated|agreed|pressed|"
    r"said|says|wrote|writes|spoke|speaks|offered|described|reflected|reminisced|acknowledged|conceded|"
    r"was\s+quick\s+to\s+add|went\s+on)\b"
)
# What may follow "X said" in a sentence that only attributes the quote before it: " on Tuesday."
_BARE_ATTRIBUTION = re.compile(
    rf"(?:\s+{MANNER_ADVERB})?"  # "said pleasantly into the phone."
    r"(?:\s+(?:on|at|in|into|over|during|to|from|after|before|later|earlier)\b[^,;:“”\"]{0,50})?\s*\.\s*"
)
# What both forms of `_SAID_FIRST` open with: maybe a few words and a comma, then the verb.
_SAID_FIRST_HEAD = r"\s*(?:[^,;:“”\"]{0,100},\s+)?(?:[Ss]aid|[Ee]xplained|[Aa]dded|[Aa]sked|[Ww]rote|[Rr]eplied)\s+"
_SAID_FIRST = re.compile(
    _SAID_FIRST_HEAD
    + rf"(?P<who>(?:{NAME_TOKEN}\s+){{0,4}}{NAME_TOKEN}),\s*$"
    # the same with a colon, a lowercase title allowed before the name ("explained moderator Ada Vell:")
    + r"|"
    + _SAID_FIRST_HEAD
    + rf"(?P<titled>(?:{NAME_TOKEN}\s+){{0,2}}(?:[a-z]+\s+){{0,2}}(?:{NAME_TOKEN}\s+){{0,2}}{NAME_TOKEN}):\s*$"
)
# A transcript's line: a paragraph that opens on who speaks and a colon, then their words ("Rep. Ada
# Vell (D-Ore.): “…”", "Former harbor master Ada Vell: “…”").
_LABELLED = re.compile(
    rf"\s*(?P<who>(?:(?:{NAME_TOKEN}|[a-z]+)\s+){{0,5}}(?:{NAME_TOKEN}\s+){{0,2}}{NAME_TOKEN})\s*:\s*$"
)


# A title or a party tag in a transcript's label: "Rep. Ada Vell (D-Ore.)", "Former harbor master Ada Vell".
_LABEL_TITLE = re.compile(
    r"^\s*(?:[A-Z][a-z]{1,4}\.\s|[a-z]|(?:Former|Senator|Governor|Mayor|President|Judge)\s)|\([A-Z]-"
)


# "“…,” said the dock foreman known as Tam, …": after the verb, a described source and the name
# it goes by, to a comma or full stop.
KNOWN_AS_AFTER = re.compile(rf"\s+(?P<p>{KNOWN_AS.pattern})(?=\s*(?:[,;:!?]|\.(?:\s|$)|$))")


def _own(name: str) -> set[str]:
    """The words of a speaker's own name, lower case: what is no other party in their frame."""
    return {w.strip(".,’'").lower() for w in name.split()}


def _names_in(frame: str, speaker: str) -> bool:
    """Whether `frame` names `speaker`: the last word of the name (a surname, a description's
    head) is one of its words."""
    words = speaker.split()
    return bool(words) and words[-1].strip(".,’'").lower() in {w.strip(".,’'").lower() for w in frame.split()}


def _other_party(frame: str, own: set[str], people: bool = True, aimed: bool = False) -> bool:
    """Whether the words between a frame's verb and its colon name another voice: a clause in
    which someone speaks, a paper or thing that carries words not spoken in, and (`people`) a
    person other than one spoken to (or, `aimed`, one the words are for or aimed at) or a
    possessive not the subject's own."""
    if _CLAUSE_SPEAKS.search(frame):
        return True
    for word in re.finditer(r"[A-Za-z][\w’'-]*", frame):
        bare = re.sub(r"['’]s$", "", word.group(0)).lower()
        if bare in own:
            continue
        if bare in WORD_CARRIERS and word.group(0).islower() and not SPOKEN_IN.search(frame[: word.start()]):
            return True  # "the flyer", "a letter" (not "in a statement", not "The Harbor Post")
        if not people:
            continue
        if bare != word.group(0).lower() and (bare in _OTHER_PARTY_NOUNS or word.group(0)[0].isupper()):
            return True  # "the governor's", "her rival's" (not "the fund's")
        told = _ADDRESSED.search(frame[: word.start()]) or (aimed and _AIMED_AT.search(frame[: word.start()]))
        if bare in _OTHER_PARTY_NOUNS and not told and not _AS_A_ROLE.search(frame[: word.start()]):
            return True
    return False


# The thing a comma frame names last, whose words the quote then gives: "said her father's motto,",
# "read the slogan of her rivals,", "quoted a placard," (not "said in his speech,").
_RECITED = re.compile(rf"\b(?:{'|'.join(sorted(WORD_CARRIERS))})(?:\s+of\s+[^,:;]{{1,40}})?\s*,\s*$")


# What opens another clause between two quoted pieces: "while", "whereas", "but", "as", a semicolon.
_CLAUSE_TURNS = re.compile(r"\b(?:while|whereas|but|as|although|though|yet)\b|;")


def _another_voice(between: str, speaker: str) -> bool:
    """Whether the words between two quoted pieces of one sentence bring in another voice: a verb
    of speaking about something ("the board hailed"), another person or a possessive ("her
    rival's"), a clause in which someone speaks, a paper that carries words."""
    own = _own(speaker)
    return bool(_SPEAKING_ABOUT & {w.strip(".,").lower() for w in between.split()}) or _other_party(between, own)


# Someone else named as reporting, before the quote in its sentence: "As the Harbor Post
# reports, “…”", "The Harbor Post reported that at the dock Vell said: “…”".
_RELAY_BEFORE = re.compile(
    rf"\b(?P<who>(?:{NAME_TOKEN}\s+){{0,4}}{NAME_TOKEN})\s+(?:first\s+)?(?:reports|reported)\b(?![^“”\"]*[.!?]\s)"
)

# The same in the sentence before the quote: "The Dunmore Gazette reported Tuesday that Varn …".
# "… according to the Dunmore Gazette", "According to the Gazette, …", "as first reported by the Gazette".
_RELAY_BEFORE_SENTENCE = re.compile(
    rf"\b(?P<who>(?:{NAME_TOKEN}\s+){{0,4}}{NAME_TOKEN})\s+(?:first\s+)?(?:reports|reported)\b"
    rf"|\b(?:[Aa]ccording\s+to|(?:first\s+)?reported\s+by)\s+(?:the\s+)?(?P<source>(?:{NAME_TOKEN}\s+){{0,4}}{NAME_TOKEN})"
)


# A frame that asks: "the network asked the candidates", "pressed her".
_QUESTION_VERB = re.compile(r"\b(?:asked|asks|asking|pressed|questioned|queried|quizzed)\b")

# A frame in which the words are someone else's line passed on: "quoting Olin Pask", "in the
# words of Pask", "As Pask once said, “…,” Vell told the crowd", "Pask's famous line". Whose
# position the words are, the quoter's or the author's, the text leaves open (not "quoted as saying").
# Only words are passed on: "borrowed Kesh money", "invoked Tuesday's vote", "echoing her rival
# Marsh" (agreeing) and "recalling Marsh, who built it" leave the words the speaker's.
_LINE_WORDS = r"(?:words|line|phrase|quote|quip|motto|maxim|adage|saying|dictum)"
_CITED_LINE = re.compile(
    r"\b(?i:quoting|quoted|paraphrasing|paraphrased)"
    r"\s+(?!as\b)(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'.-]+(?![\w’'.-]*\s+[a-z]+['’]s\s)"
    rf"|{_LINE_WORDS}|(?:late\s+)?(?:father|mother|grandfather|grandmother|uncle|aunt|mentor|teacher|predecessor)\b)"
    r"|\b(?i:invoking|invoked|echoing|echoed|borrowing|borrowed|citing|cited)"
    rf"\s+(?:(?:the|a|an|his|her|their|its)\s+|(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN}['’]s?\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?{_LINE_WORDS}\b"
    rf"|\b(?i:citing|cited|recalling|recalled)\s+(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN},\s+who\s+"
    r"(?:(?:once|famously|memorably|had|has)\s+)?(?:said|says|wrote|put\s+it|declared|quipped|told)\b"
    r"|\bin\s+the\s+(?:immortal\s+|famous\s+)?words\s+of\b"
    r"|\b[Aa]s\s+[^;“”\"]{1,60}?\s(?:once|famously|memorably|so\s+memorably)\s+(?:said|put\s+it|wrote|declared)"
    r"|\b(?:famous|immortal|oft-quoted|memorable|well-known|old)\s+(?:line|words|phrase|quote|quip|dictum|maxim|adage|saying)\b"
)


def _pointed_or_possessed(frame: str, who: Speaker) -> bool:
    """Whether a quote's frame points to its words as a thing's ("as the ad puts it") or as
    another's earlier words ("the Ledger's rebuttal"): not the named speaker's own for sure."""
    if POINTED_WORDS.search(frame):
        return True
    if not _PASSED_ON.search(frame):
        return False  # "Ryan called Trump's remarks “…”": his words on another's, his own
    own = set(who.name.split())
    return any(not set(m.group("owner").split()) & own for m in POSSESSED_WORDS.finditer(frame))


# A frame telling that the words came out through someone: "as reported by", "the Gazette carried".
_PASSED_ON = re.compile(r"\b(?:reported|reports|reporting|carried|published|aired|cited|citing)\b")


# An opening clause of "as" that tells an act foretold ("As Vell said she would, …", "As the guild
# warned it might, …"): quoted words after its comma are in the main clause, the writer's account
# of the act, not words of the one who foretold it. (Not "As Vell said, …": a source putting a
# view, lexicon.AS_SOURCE_FIRST.)
_AS_FORETOLD = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+)?[Aa]s\s+[^,;“”\"]{1,60}?\s(?:"
    r"(?:he|she|they|it|we|I)\s+(?:would|will|had|has|have|did|does|do|could|might|must)\b[^,;“”\"]{0,30}"
    # "As Vell predicted, …", "as the guild had feared, …": a verb of foretelling, then the main clause
    r"|(?:had\s+|has\s+|have\s+)?(?:predicted|forecast|expected|warned|feared|hoped|promised|vowed|foresaw|"
    r"anticipated|threatened)(?:\s+(?:it\s+would|they\s+would))?)\s*,"
)

# How a clause of what was said opens, after "Vell's claim that": on the quote, or on its subject (a
# determiner, a pronoun, a name, a number), never on a verb ("… that angered voters": a relative).
_CLAUSE_OPENS = re.compile(
    r"$|(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|no|every|all|many|most|any|"
    r"he|she|it|they|we|I|you|there)\b|[A-Z0-9$]"
    # a plural noun and its auxiliary: "… that ferries would be “…”"
    r"|[a-z]+s\s+(?:were|are|would|will|could|can|had|have|should|must|might|may)\b"
)


class Direct:
    """Finds the speaker of one quoted stretch from the words around it."""

    def __init__(self, page: Page, resolver: Resolver, ledger: Ledger) -> None:
        self.page = page
        self.resolver = resolver
        self.ledger = ledger

    def attribute(
        self, span: Span, before: str, before_from: int, after: str, after_from: int, index: int, partial: bool
    ) -> tuple[Speaker, str] | None:
        found = self._attribute(span, before, before_from, after, after_from, index, partial)
        if found is not None and _CHARGE.search(before):
            # "held on suspicion of “tampering with the gauges,” Reyes said": the charge's words,
            # which the speaker passes on; not his position to show.
            who, cue = found
            return replace(who, sure=False), cue
        if found is not None and found[1] != "according" and RELAYED.search(after):
            # "“…,” Vell said at the dock, according to a local paper": the writer has the words
            # from a relay, not from Vell; who spoke is the relay's word, not certain.
            who, cue = found
            return replace(who, sure=False), cue
        if found is not None and found[0].sure and _pointed_or_possessed(before + " " + after, found[0]):
            # "“…,” Brandt wrote, as the ad puts it", "the Gazette reported the Ledger's rebuttal: “…”":
            # words of another maker, passed on by the one the frame names
            who, cue = found
            return replace(who, sure=False), cue
        content = CONTENT_OF_ANOTHERS.search(before) if found is not None and found[0].sure else None
        if found is not None and content and not _own(content.group("owner")) & _own(found[0].name):
            # "Renn mocked Dalby's promise to “…”": the words of Dalby's promise, not Renn's
            who, cue = found
            return replace(who, sure=False), cue
        owned = OWNED_WORDS.search(before) if found is not None and found[0].sure else None
        if (
            found is not None
            and owned
            and owned.group("owner")
            and not _own(owned.group("owner")) & _own(found[0].name)
        ):
            # "Vell's claim that the levy is “…,” Orr said, was false": Vell's words, as Orr tells them
            who, cue = found
            return replace(who, sure=False), cue
        if found is not None and found[0].sure and _CITED_LINE.search(before + " " + after):
            # "“A harbor that sleeps dies,” Vell said, quoting Olin Pask": a line passed on
            who, cue = found
            return replace(who, sure=False), cue
        asked = self.page.text[span.start : span.close].rstrip(" ,”\"’'")[-1:] == "?" and _QUESTION_VERB.search(
            before + after
        )
        if found is not None and asked and self._a_body(found[0]):
            # "“Will you keep the ferry?” the Harbor Network asked the candidates": a moderator's
            # question in the name of the outlet or body that ran the debate, not its position
            who, cue = found
            return replace(who, sure=False), cue
        relay = _RELAY_BEFORE.search(before)
        if found is not None and relay is not None and not set(relay.group("who").split()) & set(found[0].name.split()):
            # "As the Harbor Post reports, “…,” Vell said": the words come through the paper.
            who, cue = found
            return replace(who, sure=False), cue
        if found is not None and found[0].sure and self._relayed_before(index, found[0], before + " " + after):
            # "The Dunmore Gazette reported that Varn … “…,” she said.": the block comes through the paper.
            who, cue = found
            return replace(who, sure=False), cue
        return found

    @staticmethod
    def _a_body(who: Speaker) -> bool:
        """Whether `who` is an organisation or an outlet, by how it was read or by its words."""
        return who.kind == "organisation" or is_organisation(who.name) or OUTLET_NAME.fullmatch(who.name) is not None

    def _relayed_before(self, index: int, who: Speaker, frame: str) -> bool:
        """Whether a quote whose own frame does not name `who` follows, within two sentences of its
        paragraph, one in which someone else is named as reporting ("The Dunmore Gazette reported
        Tuesday that …", "According to the Gazette, …"), with no sure statement of `who` between."""
        names = set(re.sub(r"[^\w\s-]", " ", who.name).split())
        if names & set(re.sub(r"[^\w\s-]", " ", frame).split()):
            return False
        paragraph = self.page.sentences[index].paragraph
        for back in range(index - 1, max(-1, index - 3), -1):
            if back < index - 1 and self.page.sentences[back].paragraph < paragraph - 1:
                break
            if any(q.sure and q.speaker == who.name and q.cue != "according" for q in self.ledger.in_sentence(back)):
                return False  # her own sure statement stands between: the quote goes on from her
            previous = self.page.sentences[back]
            relay = _RELAY_BEFORE_SENTENCE.search(self.page.outside_quotes(previous.start, previous.end))
            if relay is not None:
                return not set((relay.group("who") or relay.group("source")).split()) & names
        return False

    def _attribute(
        self, span: Span, before: str, before_from: int, after: str, after_from: int, index: int, partial: bool
    ) -> tuple[Speaker, str] | None:
        # "said Rep. Lena Oduya (D-Ore.) at the hearing": the party and state in brackets, blanked
        # (offsets kept), do not cut the speaker's name from the rest of the clause.
        before, after = blank_party(before), blank_party(blank_wire_tag(after))  # nor a wire's "(ab/cd)"
        if partial:
            owned = self._owned(before, before_from, index)
            if owned is not None:
                return owned or None
            found = self._before(before, before_from, partial=True) or self._subject_verb(before, before_from, index)
            if found is None and _AND_THAT.fullmatch(before):
                # X said the budget “is fair” and that the vote “will be …”: the same clause.
                previous = [q for q in self.ledger.in_sentence(index) if q.kind == "direct" and q.end <= before_from]
                last = previous[-1] if previous else None
                if last is not None and last.end >= before_from - 2 and not _another_voice(before, last.speaker):
                    return speaker_of(last), last.cue
            if found is None and ADDING_AFTER_ATTRIBUTION.fullmatch(before) and QUOTE_VERB.search(before):
                # “…,” said Vell, adding that “…”: the attribution of the first piece names the
                # speaker of both (only when it names the same one: no other voice between).
                previous = [q for q in self.ledger.in_sentence(index) if q.kind == "direct" and q.end <= before_from]
                last = previous[-1] if previous else None
                if (
                    last is not None
                    and last.cue in ("after", "inverted")
                    and last.end >= before_from - 2
                    and _names_in(before, last.speaker)
                    and not _another_voice(before, last.speaker)
                ):
                    return speaker_of(last), "partial"
            but = _SAID_BUT.search(before) if found is None and not re.search(r"\w", after) else None
            if but is not None and not _names_in(before[: but.start()], but.group("who")):
                # (not when the clause before names the speaker: "Vell's plan failed, Vell said,
                # but …" reads as the writer's)
                who = self.resolver.subject(before[: but.end("who")] + " ", before_from)
                if who is not None and not who.anonymous:
                    return who, "partial"
            return (
                found
                or self._same_clause(before, before_from, index)
                or self._mid_attribution(before, before_from, index)
                or self._after_own_quote(before_from, index)
            )
        # 1. The speaker named just after the quote: “…,” X said / said X.
        if after:
            # A quote that opens its sentence and ends on a comma is followed by its attribution.
            trails = not before.strip() and self.page.text[span.start : span.close].rstrip()[-1:] in ",?!—–-"
            found = self._after(after, after_from, according=not SPEECH_VERB.search(before), trails=trails)
            reporter = found and REPORTERS.search(f"{found[0].name} {QUOTE_VERB.split(after, maxsplit=1)[0][:80]}")
            if found and reporter and before.strip():
                # "The Foreign Ministry said Vardania “…,” the news agency said": the ministry's words.
                inner = self._before(before, before_from, partial=True)
                if inner is not None and inner[1] == "partial":
                    return inner
            if found:
                return found
        elif span.closed and not before.strip():
            # 1b. A question or cry that the sentence split cut from its attribution:
            #     “Why would anyone sign that?” | Mayor Whitcombe said of the contract, …
            found = self._next_sentence(span, index)
            if found:
                return found
        # 2. Named just before it: X said: “…” / X said, “…” / Failure, he said, “is not …”
        found = self._before(before, before_from, partial=False)
        if found:
            return found
        # 2a. A sentence that frames the quote it ends with: X went a step further: “…”
        if before_from == self.page.sentences[index].start and not re.search(r"\w", after):
            found = self._framed(before, before_from, self.page.text[span.start : span.close])
            if found:
                return found
        # 2b. The second half of a split quote, its attribution in between: “…,” said X, turning
        #     to the ferry, “…” / “…,” said Sen. Y, D-Ore. “…”
        split = self._split(before, before_from, index)
        if split:
            return split, "split"
        # 3. The same speaker going on: the sentence before (or the paragraph before, when this
        #    one opens with the quote) ended with an attributed statement.
        #    Not when words follow the quote in its sentence: “…,” a weary Vell retorted.
        #    Nor when the words after it name someone else: “…” is how the board put it.
        if not before.strip() and not re.search(r"\w", after):
            inherited = self._continuation(span, index)
            if inherited:
                return inherited, "continuation"
        if not before.strip() and _RUNS_ON.match(after):
            inherited = self._quote_goes_on(span, index, after)
            if inherited:
                return inherited, "continuation"
        # 3b. The same, when the sentence split missed the full stop before the quote: “…,” Whitcombe
        #     said at a rally. "You will see it by the spring.” (or after a state's initials: "said
        #     Sen. Ines Quarle, D-N.M. “…”")
        if _ENDS_BEFORE.search(before):
            previous = [q for q in self.ledger.in_sentence(index) if q.kind == "direct" and q.end <= before_from]
            last = previous[-1] if previous else None
            goes_on = last is not None and (not re.search(r"\w", after) or _runs_on(after, last.speaker))
            if last is not None and goes_on:
                # (past the closing mark of that quote, a comma or stop inside it or not: “…,” / “…”,)
                between = re.sub(r"^[,.!?]?[”\"]", "", self.page.text[last.end : span.open])
                if not re.search(r"[“”\"]", between):
                    return _as_sure_as_adjunct(speaker_of(last), after), "continuation"
        return None

    def _owned(self, before: str, at: int, index: int) -> tuple[Speaker, str] | tuple[()] | None:
        """Quoted words inside a saying of one a possessive names, right before them: "Critics seized on
        Vell's remark that the levy was “…”", "her claim that she “…”", "his call for “…”" (lexicon
        OWNED_WORDS). The owner: the one named, or the person "his"/"her" means, read as "he"/"she"
        there would be. None when the words are no such saying (other rules read them); () when they
        are, but the owner is not one the text lets us name, or the saying holds another's words
        ("her claim that Orr had called it “…”"): nobody, then.
        Not sure when the owner's saying is told inside another's ("Orr said Vell's claim that …"),
        nor for "his"/"her" when someone it may mean is named before it in its sentence ("Ida Marsk
        rejected her claim": hers, or another woman's?)."""
        owned = OWNED_WORDS.search(before)
        if owned is None:
            return None
        inner = owned.group("clause") or owned.group("aim") or ""
        if OWNED_OTHER_WORDS.search(inner) or (inner and OWNED_VERB_LAST.search(inner)):
            return ()  # "her claim that Orr had called the levy “…”": Orr's word inside hers, or hers?
        if owned.group("clause") is not None and not _CLAUSE_OPENS.match(inner):
            # "Vell's remark that angered voters was “…”", "… that sank her bid was “…”": a relative
            # clause, the words the writer's (a clause of what was said opens on its subject)
            return ()
        if owned.group("adjunct") and not re.fullmatch(r"(?:(?:he|she|it|they|we|I)\s*)?", inner):
            return ()  # "Vell's remarks on the ferry that the storm sank were “…”": whose "that"?
        sentence = self.page.sentences[index]
        told = self.page.outside_quotes(sentence.start, at + owned.start())
        pronoun = owned.group("pronoun")
        if pronoun is None:
            phrase = owned.group("owner")
            if re.fullmatch(rf"(?:[Tt]he\s+)?(?:{WEEKDAY}|{MONTH}|[A-Z]\w*day)", phrase):
                return ()  # "Monday's warning that …": a day's, nobody's
            who = self.resolver.resolve(phrase, at + owned.start("owner"))
        else:
            gender = "he" if pronoun.lower() == "his" else "she"
            who = self.resolver.resolve(gender, at + owned.start("pronoun"))
            own = OWN_SAYING_BEFORE.search(told)
            # (past the words of owning up, only one named in them may be meant: "came under fire from
            # Ida Orr over her remark" is no sure owner)
            bound_from = sentence.start + len(told) - len(own.group(0)) if own else None
            if who is not None and self._may_bind(
                told, sentence.start, at + owned.start("pronoun"), gender, bound_from
            ):
                who = replace(who, sure=False)
        if who is None or who.anonymous:
            return ()
        if SPEECH_VERB.search(told):
            who = replace(who, sure=False)  # "Orr said Vell's claim that the levy was “…” was false"
        return who, "owned"

    def _may_bind(self, told: str, start: int, at: int, pronoun: str, owning: int | None) -> bool:
        """Whether the sentence before a "his"/"her" at `at` (its words `told`, from `start`) names one
        it may mean besides whom a he/she would: a person of that sex or none given, a he/she, a
        person described ("the senator"). "Vell rejected her claim" and "Vell's aide rejected her
        claim" may be another's claim, which the words alone do not tell. With words of owning up
        right before it, from `owning` (lexicon OWN_SAYING_BEFORE: "Vell defended her claim"), only
        one named inside those words counts."""
        gender = "m" if pronoun == "he" else "f"
        cast = self.resolver.cast
        for offset, key in cast.mentions:
            if (start if owning is None else owning) <= offset < at and cast.people[key].gender in (None, gender):
                return True
        if owning is not None:
            return False
        subject = r"\b(?:he|himself)\b" if gender == "m" else r"\b(?:she|herself)\b"
        if re.search(subject, told, re.IGNORECASE):
            return True
        return any(person_noun(word) for word in re.findall(r"\b[a-z][a-z-]+\b", told))

    def _same_clause(self, between: str, at: int, index: int) -> tuple[Speaker, str] | None:
        """Quoted words that go on from the speaker's quote just before in the same sentence, with
        no one else named and no other speech in between: "X said that “harbor people” “work
        every tide”", "X called the tender a “misstep” pushed by a few “well-meaning neighbours”"."""
        previous = [q for q in self.ledger.in_sentence(index) if q.kind == "direct" and q.end <= at]
        if not previous or previous[-1].end < at - 4 or len(between) > 150 or _ends_sentence(between + " "):
            return None
        last = previous[-1]
        own = {w.strip(".,’'") for w in last.speaker.split()}
        named = [w for w in re.findall(r"\b[A-Z][\w’'-]*", between) if w not in own and w != "I"]
        if named or QUOTE_VERB.search(between) or OTHER_VOICE.search(between):
            return None
        if _CLAUSE_TURNS.search(between) or _another_voice(between, last.speaker):
            return None  # "… “a mistake” while the board's aides hailed a “bold step”": another clause, another voice
        return speaker_of(last), "clause"

    def _mid_attribution(self, before: str, at: int, index: int) -> tuple[Speaker, str] | None:
        """The first quoted words of a sentence whose attribution stands in commas after its subject
        (`MID_ATTRIBUTION`): "The trouble with the pier, says Ada Vell, a harbor historian, is that
        it was “…”". Not when the words before the quote name anyone else or bring in another
        voice ("…, is that Brell called it “…”": Brell's words)."""
        if at != self.page.sentences[index].start:
            return None
        found = MID_ATTRIBUTION.match(before)
        if found is None:
            return None
        phrase = found.group("after") or found.group("before")
        who = self.resolver.resolve(phrase, at + found.start("after" if found.group("after") else "before"))
        if who is None or NEGATED.search(phrase + " "):
            return None
        predicate = found.group("predicate")
        if _voiced(predicate):
            return None
        if not _only_the_speaker(predicate, _own(who.name) | _own(phrase)):
            return None
        return who, "partial"

    def _after_own_quote(self, at: int, index: int) -> tuple[Speaker, str] | None:
        """The first quoted words in a sentence of the writer's that follows, in the same paragraph,
        a sentence ending on a named speaker's own sure quote ("“…,” Vell added. But that is not the
        same as “…”"): most likely the speaker's words the writer goes on with, when nothing else
        in the sentence could have said them — no name, no he/she or they, no verb of saying or
        naming, no other voice, no question — and never sure."""
        sentence = self.page.sentences[index]
        if at != sentence.start or index == 0:
            return None
        previous = self.page.sentences[index - 1]
        if previous.paragraph != sentence.paragraph:
            return None
        statements = self.ledger.in_sentence(index - 1)
        if not statements:
            return None
        last = statements[-1]
        if last.kind != "direct" or not last.sure or last.anonymous or last.cue == "paragraphs":
            return None
        # the quote and its attribution end the sentence before: nothing of the writer's after them
        tail = re.sub(r"^[,.!?]?[”\"]", "", self.page.text[last.end : previous.end])
        if re.search(r"[“”\"]", tail) or len(tail.split()) > 12 or _PARTICIPLE.search(tail):
            return None  # (nor when the speaker does more after: "Vell said, holding up a letter")
        frame = self.page.outside_quotes(sentence.start, sentence.end)
        words = re.findall(r"[\w’'-]+", frame)
        own = _own(last.speaker)
        if any(w[:1].isupper() and w.lower() not in own for w in words[1:]) or "?" in frame:
            return None
        lowered = {w.lower() for w in words}
        if lowered & (_THIRD_PERSON | HEARD_VERBS):
            return None  # "That makes her “…”", "Crowds heard “…”": whose words, theirs or the speaker's, is open
        if any(w in PLURAL_SOURCES or w in PERSON_HEADS or w.removesuffix("s") in PERSON_HEADS for w in lowered):
            return None  # "Critics say that is “…”": people who may have said them
        if _voiced(frame):
            return None
        if _PAST_VERB.search(frame):
            return None  # "The crowd roared “…”": the writer tells of someone doing something
        return replace(speaker_of(last), sure=False), "continuation"

    def _framed(self, before: str, at: int, quote: str) -> tuple[Speaker, str] | None:
        """The subject of a sentence that frames the quote it ends with, by a verb of speaking or
        its manner: "Vell stepped up and thundered: “…”", "Vell dryly said, “…”", "Said Vell, “…”".
        None when the frame brings in another voice ("Vell read the flyer her rival mailed: “…”")
        or the quote speaks of the subject ("… : “Vell will raise your rates”"). Sure only when no
        one else is named in the frame ("Vell went on, with a nod to Olin Pask: “…”")."""
        found = _FRAMED_COLON.match(before) or _FRAMED_COMMA.match(before) or _SAID_FIRST.match(before)
        reply = _REPLY_FRAME.search(before) if found is None else None
        if reply is not None:
            # "She said the plan was sound, to which Vell retorted: “…”": the clause of "to
            # which" has a subject and a verb of its own, and frames the quote as a sentence would.
            return self._framed(before[reply.end() :], at + reply.end(), quote)
        if found is None:
            return (
                self._labelled(before, at, quote)
                or self._presented(before, at)
                or self._object_colon(before, at, quote)
            )
        if found.groupdict().get("titled"):
            who = self.resolver.resolve(found.group("titled"), at + found.start("titled"))
            return (who, "before") if who is not None and who.kind == "person" else None
        if NEGATED.search(before[: found.start("who")] + found.group("who") + " ") or _NO_ONE.match(found.group("who")):
            return None  # "Vell would not go further:", "Nobody went further:": no one's words
        if _pronoun_after_name(before, found):
            return None
        who = self.resolver.subject(found.group("who") + " ", at + found.start("who"))
        if found.groupdict().get("home") and (
            who is None or who.kind != "person" or not _own(who.name) <= _own(found.group("who"))
        ):
            return None  # "of Vermont" only after a name the frame gives in full, never after a title alone
        who = who or self._described_source(found.group("who"))
        if who is None or who.kind == "group":
            return None
        rest = found.group("rest") if "rest" in found.groupdict() else None
        lead = found.group("lead") if "lead" in found.groupdict() else None
        own = _own(f"{who.name} {found.group('who')}")
        if _other_party(f"{lead or ''} {rest or ''}", own, aimed=True):
            return None  # "answered a heckler who shouted:", "quoted the governor's letter:"
        verb = found.groupdict().get("verb") or ""
        if re.fullmatch(SPEAKING_PHRASES, verb) and _takes_up_others(verb, rest or ""):
            return None  # "played up a remark by Ida Vell:", "laid out the terms of the deal:"
        if own & {w.lower() for w in re.findall(r"[\w’'-]+", quote)} - {"he", "she", "it", "they"}:
            return None  # “Quint will raise your taxes”: words about the subject, not the subject's
        aimed = f"{verb} {rest or ''}"  # "had harsh words for Ida Vell": the verb's own "for"
        others = _NAME_WORD.search(_ON_OR_IN_NAMED.sub(" ", aimed))
        rival = self._pronoun_rival(found.group("who"), who, at + found.start("who"))
        return replace(who, sure=who.sure and others is None and not rival), "before"

    def _pronoun_rival(self, subject: str, who: Speaker, at: int) -> bool:
        """Whether a frame's subject "he"/"she" (at `at`), read as `who`, may mean someone else
        (`Resolver.another_of_sex`): "When Piet Orr arrived, he went further: “…”"."""
        pronoun = subject.strip().lower()
        return pronoun in ("he", "she") and self.resolver.another_of_sex(pronoun, who.name, at)

    def _presented(self, before: str, at: int) -> tuple[Speaker, str] | None:
        """A sentence that only presents the speaker of the quote it ends with (`_HERE_IS`): "Here
        is Vell in March 2001: “…”", "Here's what Vell told the board: “…”". A person the text
        names, and no one else named in the frame."""
        found = _HERE_IS.fullmatch(before)
        if found is None:
            return None
        group = "who" if found.group("who") else "said"
        who = self.resolver.resolve(found.group(group), at + found.start(group))
        if who is None or who.kind != "person" or who.anonymous:
            return None
        key = self.resolver.cast.person_key(who.name)
        if key is None or not self.resolver.cast.named_before(key, at):
            return None  # "Here is Grace Street:": a person only when the text has named one before
        rest = re.sub(rf"\b(?:{MONTH}|{WEEKDAY})", "", before[found.end(group) :])  # "in March 2001"
        if re.search(r"\b(?:was|were|been|being)\s", rest) or _NAME_WORD.search(rest):
            return None  # "what Vell was told", "Vell on Brell's plan": not surely her own words
        if _PUT_IN_MOUTH.search(rest):
            return None  # "Here is Vell in a rival's ad:", "… in a skit:": words others give her
        return who, "before"

    def _labelled(self, before: str, at: int, quote: str) -> tuple[Speaker, str] | None:
        """A transcript's line (`_LABELLED`): the paragraph opens on a person's name, with a title if
        any, and a colon, and the quote runs to the paragraph's end. Not a word that heads a note
        ("Update:", "Correction:"): the label must be a person's name the text knows."""
        found = _LABELLED.fullmatch(before)
        if found is None:
            return None
        sentence = self.page.sentences[self.page.sentence_at(at)]
        p_start, p_end = self.page.paragraphs[sentence.paragraph]
        if at != p_start:
            return None
        close = self.page.text.find(quote, at) + len(quote)
        if re.search(r"\w", self.page.text[close:p_end]):
            return None  # words of the writer's after the quote: no transcript line
        who = self.resolver.resolve(found.group("who"), at + found.start("who"))
        if who is None or who.kind != "person" or " " not in who.name:
            return None
        if fold(who.name.split()[0]) not in GIVEN_NAMES:
            return None  # "Harbor Act:", "Main Street:": two capitalised words, no one's name
        if self.page.text[:p_start].rstrip().endswith(":"):
            return None  # "Ships lost in the storm:" then "Ada Rose: “…”": a list's entries, no one's words
        key = self.resolver.cast.person_key(who.name)
        told_before = key is not None and self.resolver.cast.named_before(key, p_start)
        if not told_before and not _LABEL_TITLE.search(found.group("who")):
            return None  # "Grace Street: “Closed …”": a label the text never shows as a person before, no title
        return who, "before"

    def _described_source(self, subject: str) -> Speaker | None:
        """ "One man wrote, “…”", "A woman said: “…”": a sentence that opens on a source the writer
        introduces by a description, not by name, then its verb and the quote. The source is the
        description, as after a quote ("“…,” one man wrote"); an indefinite ("a", "an", "one",
        "another") is no one named before, so no one is guessed. Not a description inside a
        longer opening ("After the vote a man wrote"), nor one by "the" ("The senator said, “…”",
        "The memo went on, “…”" are left to `resolve`, which ties a paper to its writer)."""
        indefinite = re.fullmatch(r"\s*(?P<p>(?:An?|One|Another)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})\s*", subject)
        return self.resolver.described(indefinite.group("p")) if indefinite else None

    def _object_colon(self, before: str, at: int, quote: str) -> tuple[Speaker, str] | None:
        """A named subject, its act and a short object naming a stand of one's own, then a colon
        and the quote (`_OBJECT_COLON`): "Vell made her case to the board: “…”". None when the
        verb reads, shows or recalls others' words, the object names another voice or person or no
        stand (OWN_STAND_NOUNS), or the quote speaks of the subject or asks a question."""
        colon = _OBJECT_COLON.match(before)
        if colon is None or colon.group("verb") in NOT_OWN_WORDS_VERBS | SAY_WORDS or not quote[:1].isupper():
            return None
        if NEGATED.search(colon.group("who") + " ") or _pronoun_after_name(before, colon):
            return None
        who = self.resolver.subject(colon.group("who") + " ", at + colon.start("who"))
        if who is None or who.anonymous:
            return None
        own = _own(f"{who.name} {colon.group('who')}")
        obj = colon.group("obj")
        if _other_party(obj, own, aimed=True) or own & {w.lower() for w in re.findall(r"[\w’'-]+", quote)}:
            return None  # "mocked Orvell's plan:", “Vell will raise your rates”: not the subject's own
        if re.search(r"\b(?:from|by)\b", obj) or quote.rstrip().endswith("?"):
            return None  # "earned praise from the union:", "faces a question:": words that came to the subject
        stand = bool(OWN_STAND_NOUNS & {w.lower() for w in re.findall(r"[a-z]+", obj)})
        pressed_for = colon.group("verb") in ADVOCATING_VERBS and obj.startswith("for ")  # "lobbies for a levy:"
        if stand:
            obj = _STAND_FOR_NAME.sub("", obj)  # "had a message for Ida Vell:": the one it is told to
        if not _names_only(obj, own) or not (stand or pressed_for):
            return None  # a name not the subject's; an object that is no stand of one's own
        # (a cause pressed for, and no stand named: the words may be the cause's slogan)
        rival = self._pronoun_rival(colon.group("who"), who, at + colon.start("who"))
        return replace(who, sure=who.sure and stand and not rival), "before"

    def _subject_verb(self, before: str, at: int, index: int) -> tuple[Speaker, str] | None:
        """Quoted words in the clause of the sentence's subject, whatever its verb: "Solvang took the
        podium and called the levy “a tax on every fisherman.”", "Amadi thanked her for “…”"
        Sure only when the verb is one of speaking about something (called, thanked, accused …)."""
        if at != self.page.sentences[index].start or len(before) > 160:
            return None  # the sentence's first quote only, near its subject
        found = _SUBJECT_VERB.match(before)
        if found is None or SPEECH_VERB.search(before):
            return None
        # (a clause of place or cause closed by a comma and the subject's own participle of naming,
        # "…, calling it", goes back to the subject: "Vell blasted the plan where it counts, calling it “…”")
        participle = list(_OWN_PARTICIPLE.finditer(before, found.end("verb")))
        skipped = before[found.end("verb") : participle[-1].start()] if participle else ""
        if participle and (_RELATIVE_OR_TURN.search(skipped) or not _CLAUSE_OF_IT.search(skipped)):
            participle = []  # "…, whose chair, calling it …", "when critics jeered, calling her": another's
        searched = before[participle[-1].end() if participle else found.end("verb") :]
        reason = _REASON_OF_IT.search(searched)
        if _CLAUSE_BREAK.search(searched[: reason.start()] if reason else searched):
            return None
        if _FOR_THEIR_WORDS.search(before, found.end("verb")):
            return None  # "mocked her rival for promising “…”", "accused Orr of calling it “…”": the other's words
        if OTHER_VOICE.search(before, found.end("verb")):
            return None  # "Vell thanked the crew that had chanted “…”": the crew's words, not hers
        if NEGATED.search(found.group("who") + " ") or found.group("who").split()[0].lower() in _NOT_SUBJECTS:
            return None
        who = self.resolver.subject(found.group("who") + " ", at + found.start("who"))
        if who is None or who.anonymous or who.name.split()[-1].lower().endswith("ing"):
            return None
        if who.kind == "person" and " " not in who.name and not self.resolver.cast.by_surname(who.name):
            return None  # "Friends", "Four": a capitalised word the text names no one by
        verb = found.group("verb")
        going_on = _GOING_ON.fullmatch(verb)
        verb = going_on.group("stem") + "ed" if going_on else verb  # "is praising": as "praised"
        if going_on and {going_on.group("stem"), verb} & (NOT_OWN_WORDS_VERBS | HEARD_VERBS):
            return None  # "Vell is reading a letter that calls it “…”": someone else's words
        rest = before[found.end("verb") :]
        if any(_SPEAKING_ABOUT & set(m) for m in _THAT_VERB.findall(rest)):
            return None  # "Vell is answering a flyer that branded her “…”": the flyer's words, not hers
        speaking_about = bool(_SPEAKING_ABOUT & {verb, *rest.split()})
        sure = who.sure and (" " in who.name or who.kind == "organisation") and speaking_about
        return replace(who, sure=sure), "clause"

    def listed_before(self, spans: Sequence[Span], n: int, sentence_start: int, used: set[int]) -> list[Span]:
        """The quoted fragments listed before `spans[n]`, a quote whose attribution follows it ("The
        levy is “reckless” and “a tax on every fisherman,” Vell said"): one list of the speaker's
        words, joined by nothing but commas, "and" or "or". None when the writer's words before the
        list bring in a voice of their own ("Critics call it “reckless” and “unfair,” Vell said": the
        critics' words, maybe), or are more than a subject and a form of "be" (LISTED_FRAME: "The
        mayor's “…” and “…,” Vell said" may be the mayor's words), or a fragment is already someone's."""
        text = self.page.plain
        listed: list[Span] = []
        for m in range(n - 1, -1, -1):
            joint = text[spans[m].close + 1 : spans[m + 1].open]
            if not spans[m].closed or spans[m].open in used or not LIST_JOINT.fullmatch(joint):
                break
            listed.append(spans[m])
        if not listed:
            return []
        frame = text[sentence_start : listed[-1].open]
        if not LISTED_FRAME.fullmatch(frame):
            return []  # "Tamm's ads promise “…” and “…,” Vell said": maybe Tamm's words, quoted
        words = {w.lower() for w in re.findall(r"[\w’'-]+", frame)}
        if _voiced(frame):
            return []
        if _SPEAKING_ABOUT & words or '"' in frame:
            return []
        return listed[::-1]

    def _next_sentence(self, span: Span, index: int) -> tuple[Speaker, str] | None:
        """The speaker named at the head of the next sentence of the paragraph, when the quote is
        a whole sentence ending in a question or exclamation mark: “…?” | Whitcombe said of it."""
        text = self.page.text
        ending = text[span.start : span.close].rstrip()[-1:]
        if ending not in "?!." or index + 1 >= len(self.page.sentences):
            return None
        here, following = self.page.sentences[index], self.page.sentences[index + 1]
        if following.paragraph != here.paragraph or text[span.close + 1 : here.end].strip():
            return None
        head = _SPEAKER_HEAD.match(text, following.start, following.end)
        if head is None:
            return None
        bare = _BARE_ATTRIBUTION.fullmatch(text, head.end(), following.end)
        if (ending == "." or head.group("apposed")) and not bare:
            # (a name with what it is in commas, only when the sentence is the attribution alone)
            return None  # “… missing.” | Vell said the polls were wrong: a new sentence, not its attribution
        apposed = head.group("apposed")
        if apposed is None:
            who = self.resolver.resolve(head.group("who"), following.start)
        else:
            named = head.group("who")[: head.start("apposed") - head.start("who")].rstrip(", ")
            who = self.resolver.resolve(named, following.start, apposed)
        return (who, "after") if who is not None else None

    def _split(self, between: str, at: int, index: int) -> Speaker | None:
        """The speaker of the quote before, when only its attribution stands between the two."""
        if not (_SPLIT_FRAME.fullmatch(between) or _SPLIT_APPOSED.fullmatch(between)):
            return None
        if len(QUOTE_VERB.findall(between)) != 1 or _ANOTHER_CLAUSE_NAMED.search(between):
            return None  # (nor "…,” said Vell, before Brell cut her off, “…”: whose is the rest?)
        previous = [q for q in self.ledger.in_sentence(index) if q.kind == "direct" and at - 3 <= q.end <= at]
        return speaker_of(previous[-1]) if previous else None  # as sure as the first half

    def _after_any_verb(self, rest: str, at: int) -> tuple[Speaker, str] | None:
        """“…,” a weary Vell retorted. / “…,” Reyes shot back. — after a quote that ends
        on a comma, the clause that follows is its attribution whatever its verb."""
        found = _ANY_VERB_AFTER.match(rest)
        if found is None or found.group("verb") in _NOT_VERBS:
            return None
        who = self.resolver.resolve(found.group("who"), at)
        return (who, "after") if who is not None and not NEGATED.search(found.group("who") + " ") else None

    def _after(self, after: str, at: int, according: bool = True, trails: bool = False) -> tuple[Speaker, str] | None:
        lead = re.match(r"^[\s,—–-]*", after)
        assert lead is not None
        rest, base = after[lead.end() :], at + lead.end()
        if not rest or rest[0] in ".!?;":
            return None
        signed = _SIGNED.match(after)
        if signed:  # “…” - Dana Whitcombe. (a fact check quoting its subject)
            who = self.resolver.resolve(signed.group("who"), at + signed.start("who"))
            return (who, "after") if who is not None and who.kind == "person" else None
        inverted = _INVERTED_ANY.match(rest) if trails else None
        if inverted and inverted.group("verb") not in _NOT_VERBS:  # “…,” scoffed Amadi.
            who = self.resolver.resolve(inverted.group("who"), base + inverted.start("who"))
            if who is not None and who.kind == "person":
                return who, "inverted"
        relayed = _QUOTED_AS_SAYING.match(rest)
        if relayed:  # “…,” the Varn News Agency quoted ministry spokesman Kel Brann as saying.
            who = self.resolver.resolve(relayed.group("who"), base + relayed.start("who"))
            # second-hand whoever passes them on, a wire or "Varn Radio's night bulletin"
            return (replace(who, sure=False), "after") if who is not None else None
        source = re.match(r"according to (?P<who>(?:[^,;.!?“”\"]|\.(?=\S)|(?<=\b[A-Z])\.)+?)\s*(?:[,;.!?]|$)", rest)
        if source:  # “…,” according to X. (But "X told colleagues “…”, according to aides" is X's.)
            who = self.resolver.according_source(source.group("who"), base) if according else None
            return (who, "according") if who else None
        read = _THING_READ.match(rest)
        if read:  # “…,” the statement read.
            group = "thing" if read.group("thing") else "read"
            phrase = read.group(group)
            who = self.resolver.resolve(phrase, base + read.start(group)) or self.resolver.described(phrase)
            return (who, "after" if group == "thing" else "inverted") if who else None
        verb = QUOTE_VERB.search(rest)
        if verb is None:
            return self._after_any_verb(rest, base) if trails else None
        pre = rest[: verb.start()]
        if not pre.strip():
            # said X: the speaker runs to a comma, a full stop or a clause of its own.
            tail = join_adjectives(rest[verb.end() :])  # "said a tall, soft-spoken farmer"
            phrase = re.match(
                r"^\s+(?P<p>(?:[^,.;:!?“”\"]|"
                + TITLE_DOT
                + r"|\.(?=[A-Z][\w]*\.?\s)|(?<=\s[A-Z])\.(?=\s[A-Z])|"
                # "said a senior U.S. harbour official": an initialism's last dot, the words going on
                + _INITIALISM_GOES_ON
                + r")+?)(?=\s*(?:[,;:!?“”\"]|"
                + NOT_TITLE_DOT
                + r"(?<!\s[A-Z])(?!"
                + _INITIALISM_GOES_ON
                + r")\.(?:\s|$)|$)"
                r"|\s+(?:in(?!\s+['’]t\s)|on|at|after|before|during|when|as|to|from|while|last|this|told|adding|according|with|via)\b)",
                tail,
            )
            # "said the dock foreman known as Tam": the phrase runs on past "as" to the name
            phrase = KNOWN_AS_AFTER.match(tail) or phrase
            if phrase is None:
                return None
            who = self.resolver.resolve(phrase.group("p"), base + verb.end())
            apposed = self.resolver.named_after(who, phrase.group("p"), tail[phrase.end() :], base + verb.end())
            if apposed is not None:
                return apposed, "inverted"
            named = APPOSED_NAME.match(tail[phrase.end() :])
            if who is not None and named is None:  # "said Ana Vell, chairman of the dock board."
                commas = re.match(r"\s*,((?:[^.;:!?“”\"]|\.(?=\S)|(?<=\b[A-Z])\.){3,160})", tail[phrase.end() :])
                who = with_title(who, commas.group(1).split(",")[:3]) if commas else who
            if who is None and not named:
                who = self.resolver.described(phrase.group("p"))  # said the 52-year-old
            if who is not None and who.anonymous:
                # "said one Western diplomat in Moscow, who …": the description runs to the comma.
                more = re.match(
                    r"\s+(?:in|at|of|for|from|with|on)\s+[^,.;:!?“”\"]{1,60}?(?=\s*(?:[,;:!?]|\.(?:\s|$)|$))",
                    tail[phrase.end() :],
                )
                if more:
                    who = Speaker(phrase.group("p").strip() + more.group(0), None, who.kind)
            return (who, "inverted") if who else None
        if _ends_sentence(pre) or len(pre) > 160 or _ANOTHER_CLAUSE.match(pre):
            return None
        if _AND_ANOTHER.match(pre):
            # 'Lusk called the levy “a sure thing,” and Orin Vey said …': a name after "and" opens
            # another voice's clause (a pronoun goes on with the subject: '“…,” and he vowed …').
            return None
        aux = re.search(rf"\s+{AUX}$", pre)
        pre = join_adjectives(pre[: aux.start()] if aux else pre)  # "the tall, soft-spoken farmer"
        appositive = None
        parts = pre.split(",")
        if len(parts) >= 3 and not parts[-1].strip():
            subject, appositive = parts[0], ",".join(parts[1:-1])
        elif len(parts) > 1:
            return None
        else:
            subject = pre
        if NEGATED.search(pre + " "):
            return None
        who = self.resolver.resolve(subject, base, appositive) or self.resolver.described(subject)
        return (who, "after") if who else None

    def _before(self, before: str, at: int, partial: bool) -> tuple[Speaker, str] | None:
        if not before.strip() or re.search(r"\bso-called\s*$", before):
            return None  # the so-called “special operation”: a scare quote, nobody's words
        if partial:
            # Lavrov called it “a trap”: the verb right before the quote names its speaker.
            starts = [m.end() for m in re.finditer(r"^|[,;]\s+|\band\s+|\bwhat\s+", before)]
            for pos in reversed(starts):  # the nearest subject first: "… what he called “…”"
                called = _CALLED.match(before, pos) or _JUDGED.match(before, pos)
                if called:
                    who = self.resolver.resolve(called.group("who"), at + pos)
                    if who is not None and _REPORTED_THAT.search(before[:pos]):
                        # "The paper notes that Vell later called it “…”": a report of a report
                        return replace(who, sure=False), "called"
                    if who is not None:
                        return who, "called"
            verb = re.search(
                r",\s+(?:called|calls|described|describes|dismissed|branded|termed)\b[^,;“”\"]{0,60}$", before
            ) or _JUDGED_AFTER_COMMA.search(before)
            if verb:  # "Nigeria's minister, Hannatu Musawa, called the return “…”"
                who = self.resolver.subject(before[: verb.start() + 1] + " ", at)
                if who is not None:
                    return who, "called"
        blunt = re.search(
            r"(?:^|,\s+)(?P<who>[^,;“”\"]{1,60}?)\s+(?:was|were|is)\s+(?:\w+\s+)?\w+:\s*$", before
        ) or re.search(
            r"(?:^|,\s+)(?P<who>[^,;“”\"]{1,60}?)\s+(?:then\s+|later\s+|simply\s+)?"
            r"(?:[a-z]{3,}ed|wrote|spoke|put it|shot back|went on|began|told the crowd|told reporters):\s*$",
            before,
        )
        if blunt and not partial:  # "Vell was blunt: “…”"
            who = self.resolver.subject(blunt.group("who") + " ", at + blunt.start("who"))
            if who is not None and _other_party(blunt.group("who"), _own(who.name), people=False):
                return None  # "X answered a heckler who shouted: “…”": the heckler's words
            if who is not None:
                last = blunt.group("who").split()[-1]  # "When Orr arrived, he shrugged:": is "he" Orr?
                rival = self._pronoun_rival(last, who, at + blunt.end("who") - len(last))
                return replace(who, sure=who.sure and not rival), "before"
        issued = None if partial else _ISSUED_BEFORE.search(before)
        # (not a paper from, by or about another, nor one a clause tells more of: "posted a letter
        # she had received: “…”" is the sender's words)
        not_own = r"\b(?:from|by|of|about|on\s+behalf|[Ss]?he|[Tt]hey|[Ww]e|I|[Ii]t|[Ww]ho|[Tt]hat|[Ww]hich)\b"
        if issued is not None and not re.search(not_own, issued.group("rest")):
            who = self.resolver.subject(before[: issued.start()], at)
            rest = issued.group("rest")
            if who is not None and _only_the_speaker(rest, _own(who.name)):
                return who, "before"
        for verb in QUOTE_VERB.finditer(before):
            if verb.group(0).lower() in SAY_NOUNS and BEFORE_A_NOUN.search(before, 0, verb.start()):
                continue  # "Critics seized on Vell's claim that “…”": a noun (`_owned` reads it)
            tail = before[verb.end() :]
            if _ends_sentence(tail) or SPEECH_VERB.search(tail):
                continue
            direct = re.fullmatch(r"\s*|(?:\s+[^“”\"]{0,70}?)?\s*[,:]\s*", tail)
            if not direct and (not partial or _NEW_CLAUSE.search(tail)):
                continue
            if not direct and _AS_FORETOLD.match(before):
                continue  # "As Vell said she would, the board voted on “…”": the main clause is the writer's
            if not direct and NAMING_WORDS.search(tail):
                continue  # "As Orvell wrote in her column, the mayor called the levy “…”": the naming verb's subject
            if not direct and OTHER_VOICE.search(tail):
                return None  # "when Vell said the harbor was safe, a woman shouted “…”": the other voice's words
            subject = self.resolver.subject(before[: verb.start()], at)
            if subject is None and direct:
                subject = self._described_source(before[: verb.start()])
            if subject is None:
                continue
            if direct and tail.rstrip().endswith(":") and _other_party(tail, _own(subject.name), people=False):
                return None  # "X went on to a heckler who shouted: “…”": the heckler's words
            recited = _RECITED.search(tail) if direct else None
            if recited is not None and not SPOKEN_IN.search(tail[: recited.start()]):
                return None  # "X said her late father's motto, “…”, still guides her": the motto's words
            if not direct and CLAUSE_THEN_PARTICIPLE.search(tail):
                # "X asks as a porter walks in, saying he is “…”": whose the participle is, the
                # sentence's subject or the clause's just before it, the text does not settle
                subject = replace(subject, sure=False)
            # X said: “…” / X said, “…”: the quote is what was said. X said the decision was
            # “naked protectionism”: quoted words inside a reported clause.
            return subject, "before" if direct else "partial"
        return None

    def _continuation(self, span: Span, index: int) -> Speaker | None:
        sentence = self.page.sentences[index]
        s_start, paragraph = sentence.start, sentence.paragraph
        text = self.page.text
        # The quote must open its sentence: “We are close.”
        if text[s_start : span.open].strip():
            return None
        previous = index - 1
        if previous < 0:
            return None
        p_start, p_end = self.page.paragraphs[paragraph]
        same_paragraph = self.page.sentences[previous].paragraph == paragraph
        if not same_paragraph:
            # A new paragraph that is all quote continues the previous paragraph's speaker only
            # when that paragraph ended on their quote, or on "X said:".
            if text[p_start : span.open].strip() and p_start < span.open:
                return None
            prev_start, prev_end = self.page.sentences[previous].start, self.page.sentences[previous].end
            last_sentence = text[prev_start:prev_end].rstrip()
            if last_sentence.endswith(":"):
                verbs = list(QUOTE_VERB.finditer(last_sentence)) or list(_ISSUED_COLON.finditer(last_sentence))
                if verbs:
                    return self.resolver.subject(last_sentence[: verbs[-1].start()], prev_start)
            statements = self.ledger.in_sentence(previous)
            if statements and statements[-1].kind == "direct":
                last = statements[-1]
                # Across a paragraph break the chain is longer: sure only after the speaker's own
                # quote, and in the same marks (a straight-quoted paragraph after curly quotes is
                # copy pasted in, not the speaker going on).
                same_marks = (text[span.open] == '"') == (last_sentence[-1:] == '"')
                sure = last_sentence[-1:] in _CLOSING and last.sure and same_marks
                sure = sure or _said_then_goes_on(text, last, prev_start, prev_end, span, p_end)
                return replace(speaker_of(last), sure=sure)
            if statements and not re.search(r"[“”\"]", last_sentence):
                # "X was quick to add that …" | “Cut the ferry? Never on my watch.”: X goes on, not sure.
                last = statements[-1]
                return replace(speaker_of(last), sure=False)
            return self._introduced(previous)
        statements = self.ledger.in_sentence(previous)
        if not statements:
            return self._attributed_alone(previous) or self._introduced(previous)
        last = statements[-1]
        question = last.kind == "direct" and last.cue == "after" and last.quote.rstrip(" ”\"’'").endswith("?")
        if question and not self.page.text[span.start : span.close].rstrip(" ”\"’'").endswith("?"):
            asked = _ASKED_SOMEONE.search(self.page.text, last.end, self.page.sentences[previous].end)
            if asked is not None:
                # “Will you stay?” the host asked Vell. “Of course.”: the question put to someone,
                # the next quote may be the answer (not a second question of the asker's)
                return replace(speaker_of(last), sure=False)
        return speaker_of(last)

    def _attributed_alone(self, index: int) -> Speaker | None:
        """The speaker of the quote that sentence `index` is nothing but the attribution of, when the
        sentence split cut it from its quote: “…?” | Vell said pleasantly. | “…” goes on from Vell."""
        if index == 0:
            return None
        here, before = self.page.sentences[index], self.page.sentences[index - 1]
        if before.paragraph != here.paragraph:
            return None
        head = _SPEAKER_HEAD.match(self.page.text, here.start, here.end)
        if head is None or not _BARE_ATTRIBUTION.fullmatch(self.page.text, head.end(), here.end):
            return None
        statements = self.ledger.in_sentence(index - 1)
        if not statements or statements[-1].kind != "direct" or statements[-1].cue != "after":
            return None
        if self.page.text[statements[-1].end : before.end].strip(" ,.!?”\"’'"):
            return None  # the quote ended the sentence before, its attribution is this one
        return speaker_of(statements[-1])

    def _quote_goes_on(self, span: Span, index: int, after: str) -> Speaker | None:
        """The speaker of quoted words that open a sentence the writer runs on past them (“The board
        must act” on the levy), when the sentence before in the paragraph ended with that speaker's
        own quote and its attribution ("“We did our part,” Quarle said."), and the rest names no one
        else: the same voice going on, as sure as that quote when the rest is a short adjunct
        (`_as_sure_as_adjunct`), else a reading."""
        if index == 0 or self.page.sentences[index - 1].paragraph != self.page.sentences[index].paragraph:
            return None
        statements = self.ledger.in_sentence(index - 1)
        if not statements or statements[-1].kind != "direct" or statements[-1].cue == "paragraphs":
            return None
        if not _runs_on(after, statements[-1].speaker):
            return None
        found = self._continuation(span, index)
        return _as_sure_as_adjunct(found, after) if found is not None else None

    def _introduced(self, index: int) -> Speaker | None:
        """The speaker a sentence with no quote introduces before a bare quote: "Quint touted her
        record on the harbor. “We need …”", "Iowa's Dana Beale agreed. “Time is short.”" — its
        subject, when it speaks or takes a side there and no one else is named. Never sure."""
        start, end = self.page.sentences[index].start, self.page.sentences[index].end
        sentence = self.page.text[start:end]
        found = _INTRODUCES.match(sentence)
        if found is None or re.search(r"[“”\"]", sentence) or NEGATED.search(found.group("who") + " "):
            return None
        who = self.resolver.subject(found.group("who") + " ", start + found.start("who"))
        if who is None or who.anonymous or who.kind == "group":
            return None
        own = {w.strip(".,’'") for w in who.name.split()} | {w.strip(".,’'") for w in found.group("who").split()}
        rest = sentence[found.end("who") :]
        if any(w not in own for w in _NAME_WORD.findall(rest)):
            return None  # "Quint asked Reyes whether …": whose words follow is not certain
        return replace(who, sure=False)
