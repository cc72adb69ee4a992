"""Whether a sentence, or a whole piece, gives the writer's reading of the story, not what happened.

An analysis frames its point with a noun that judges: "The question is whether the guild will
hold", "The problem for the harbour board is that its ferries are old", "The good news for Orr is
that the vote was close". What follows is the writer's view of what matters, told as a verdict:
neither a development nor anyone's stated position. Said by someone ("…, the mayor said") it is
their view, and a statement (positions.py reads it); the same noun telling of a thing that
happened is news ("The problem was fixed on Monday", "The question of fares was put to a vote").

A piece that opens by calling itself an editorial, a column or a commentary ("The Ostrel Ledger
wrote in its editorial of 4 May:", "Opinion: …") is its outlet's or writer's view as a whole: what
it says is a stance, not a report, though it retells the news it is about. So is one that, unlabelled,
speaks in its own first person ("We would like to see the board …", "I have crossed that strait
for thirty years"): a column, a letter, an interview's answers or a transcript, not a reporter's account.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .attribution.lexicon import ROLE_HEADS, SAY
from .models import Article, Sentence
from .selfcontained import OPENING_QUOTE, speaker_unnamed
from .text import QUOTED, stem

# The verdict's noun, with at most two words before it ("The good news", "The more troubling
# question", "The real problem"; news only as good or bad: "The news is that the guild voted"
# tells what happened) and whom it concerns ("for the guild", "facing Orr"), then "is"
# and what it is: a clause ("is that …", "was whether …", "is how …"), not a thing or an event.
_VERDICT = re.compile(
    # opening the sentence, or a clause after a comma or a semicolon ("…, but the question was
    # whether …"): a verdict appended to a fact still makes the sentence the writer's reading
    r"(?:^|[,;]\s+)(?:(?:but|and|yet|so|still|now),?\s+)?the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?<=good\s)news|(?<=bad\s)news|question|problem|irony|lesson|truth|trouble|reality|danger|paradox|catch"
    r"|upshot|bottom\s+line)"
    # (not the question a court, a jury or the voters must answer: that is the case's or the
    # ballot's, "The question for the court is whether the levy is lawful")
    r"(?:\s+(?:for|facing|with|of)\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}(?:courts?|judges?|justices|jury|jurors|panel|voters|ballot)\b)"
    r"[^,;]{1,40}?)?"
    r"(?:\s+[-—–]+\s+[^-—–]{1,60}[-—–]+)?"  # an aside between dashes: "The good news — and …—"
    r"\s+(?:now\s+)?(?:is|was|remains|may\s+be|might\s+be)\s+(?:not\s+)?(?:that|whether|how|why)\b"
    # … or counsel, which news leaves to its sources: "they may want to reconsider", "the board
    # would do well to listen", "the guild ought to settle"
    # (the counsel is the sentence's own, not a relative clause's: "Residents who may want to
    # attend can register"; and it asks for an act, not a state expected: "ought to be back by May")
    r"|(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)\b(?:may|might)\s+(?:well\s+)?want\s+to\b"
    r"|\bwould\s+do\s+well\s+to\b|\bought\s+to\s+(?!be\b|have\b)",
    re.IGNORECASE,
)
# … or a need judged in the main clause: "A frank debate about the levy is necessary, if painful",
# "Reform of the port board is long overdue" (whose need? the writer's); not a requirement told with
# its purpose or condition ("A permit is necessary to fish in the Orn", "… essential for the
# harvest", "… necessary if the pier is to reopen"), nor a need in a clause of its own ("Orr, who
# says reform is overdue, …"), nor one in the past ("Repairs were necessary after the storm": news).
_NEED_JUDGED = re.compile(
    r"^[\"“‘']?[A-Z][^,;]{0,80}?\s+(?:is|are|remains|remain)\s+(?:(?:still|also|now|clearly|absolutely|long)\s+)?"
    r"(?:necessary|essential|vital|indispensable|imperative|overdue|desirable)\b"
    r"(?!\s+(?:to|for|before|if|in\s+order|when|unless|until)\b)"
)
# "Overdue" of a thing due by a date is a fact, not a need judged: late by a stated time ("overdue
# by two years", "by nearly a month"), or a payment or a filing ("The rent on the pier is overdue",
# "Tax returns for the trust are overdue", "The trust's annual report is overdue").
_LATE_BY = re.compile(
    r"\boverdue\s+by\s+(?:(?:about|almost|nearly|over|more\s+than|some|at\s+least)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|decades?|hours?)\b",
    re.IGNORECASE,
)
_DUE_BY_A_DATE = re.compile(
    r"(?:rent|rents|tax|taxes|returns?|bills?|fees?|payments?|repayments?|instal+ments?|loans?|debts?|dues|"
    r"invoices?|wages|salar(?:y|ies)|premiums?|fines?|mortgages?|interest|accounts|filings?|reports?|books?)",
    re.IGNORECASE,
)
# The subject's head: its last word before a preposition, a relative or the verb ("Tax returns for
# the trust" -> "returns", "The trust's annual report" -> "report").
_SUBJECT_HEAD = re.compile(
    r"^[\"“‘']?(?:[\w'’.-]+\s+)*?([\w-]+)(?:\s+(?:of|for|on|in|at|from|to|with|by|about|over|into|against|under|between|among|that|which|who)\b.*)?"
    r"\s+(?:is|are|remains|remain)\s",
    re.IGNORECASE,
)
# … whose speaker the sentence names: a verb of saying (`SAY`, "believe", "think"), of finding or
# showing ("the auditor found", "records show", "a survey suggests"), of warning or informing; not
# such a participle as an adjective before a noun ("An open and informed quarrel", "a well-informed
# debate", "the promised bridge"), after an article, "and"/"or", an adverb of degree or a hyphen.
_SAID_PLAINLY = re.compile(
    r"(?<![-‐])(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\band\s)(?<!\bor\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?<!\bwell\s)(?<!\bbetter\s)(?<!\bpoorly\s)(?<!\bwidely\s)(?<!\bnewly\s)"
    rf"\b(?:{SAY}|believe|think|thinks|thought|suggest|warn|inform|informs|find|finds|found|show|shows|showed|shown)\b"
    r"|\baccording\s+to\b|[\"“”]",
    re.IGNORECASE,
)
# … unless someone says it: then it is a statement with its speaker.
_SAID = re.compile(
    rf"\b(?:{SAY})\b|\baccording\s+to\b|[\"“”]|\b(?:asked|asks|wondered)\s+(?:[\w-]+\s+){{0,3}}?(?:whether|if)\b",
    re.IGNORECASE,
)


def writers_verdict(text: str) -> bool:
    """The sentence frames its point as a verdict ("The question is whether …", "The problem for
    X is that …"), gives counsel ("… may want to reconsider") or judges a need ("… is necessary, if
    painful", `_NEED_JUDGED`), and nobody is said to give it: the writer's analysis, not news."""
    if _NEED_JUDGED.search(text) is not None and _SAID_PLAINLY.search(text) is None and not _late(text):
        return True
    return _VERDICT.search(text) is not None and _SAID.search(text) is None


def _late(text: str) -> bool:
    """The need judged is "overdue" of a thing due by a date (`_LATE_BY`, `_DUE_BY_A_DATE`): a fact."""
    if "overdue" not in text.lower():
        return False
    if _LATE_BY.search(text):
        return True
    head = _SUBJECT_HEAD.match(text)
    return head is not None and _DUE_BY_A_DATE.fullmatch(head.group(1)) is not None


# How an opinion piece introduces itself, in its title or its first line: a wire's slug before the
# text it carries ("The Ledger wrote in its editorial of 4 May:", "… says in editorial, June 2:"),
# "Editorial: …", "OPINION | …", "Commentary - …"; not a report of one ("The Ledger said in an
# editorial on Monday that the mayor should go", "The mayor criticised an editorial", "Quarle, who
# wrote in a column …").
_OPINION_PIECE = re.compile(
    # (a slug gives the piece's date, "of 4 May", "for Friday, 2 June"; a report of one gives the
    # day it appeared, "said in a commentary on Monday:", "in an editorial Tuesday:", and is the
    # wire's news of that stance)
    r"^[^.:]{0,80}\b(?:said|says|wrote|writes)\s+in\s+(?:(?:an?|its)\s+)?(?:editorial|commentary)\b"
    r"(?!\s+(?:on\s+)?(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[^:]{0,40}:"
    r"|^\s*(?:editorial|opinion|commentary|column|op-ed|news\s+analysis)\s*(?::|\||[-—–]\s)",
    re.IGNORECASE,
)


# A page of readers' letters says so in a line of its own before them ("LETTERS.", "Letters to
# the editor", "Your say").
_LETTERS = re.compile(
    r"^\s*(?:letters?(?:\s+to\s+the\s+editor)?|your\s+say|readers['’]?\s+(?:views|letters))\s*[.:|—–-]?\s*$",
    re.IGNORECASE,
)
# An opinion piece ends on who wrote it: "<Name> is (the) co-author of …", "… is a columnist for
# …", "… is deputy editor of its opinion pages", "… a member of the paper's Board of Contributors". A
# news story may end on a quoted expert's post ("Vell is a professor at …"), but names that expert
# before: the writer of the piece is named nowhere else in it.
_WRITER_BIO = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4})(?:is|was)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?i:co-?author|author|columnist|contributors?|contributing|fellow|professor|opinion|editorial)\b"
)


def opinion_piece(article: Article) -> bool:
    """The article introduces itself as an editorial, a column, a commentary or readers' letters, or
    ends on its writer's description (`_WRITER_BIO`)."""
    first = article.paragraphs[0] if article.paragraphs else ""
    if any(_OPINION_PIECE.match(line) for line in (article.title, first[:200])):
        return True
    if any(_LETTERS.match(p) for p in article.paragraphs[:2]):
        return True
    return len(article.paragraphs) > 1 and _signed_off(article.paragraphs)


def _signed_off(paragraphs: tuple[str, ...]) -> bool:
    """The last paragraph describes a writer whose surname the piece does not use before it."""
    bio = _WRITER_BIO.match(paragraphs[-1])
    if bio is None:
        return False
    surname = bio.group("name").split()[-1]
    return not any(re.search(rf"\b{re.escape(surname)}\b", p) for p in paragraphs[:-1])


# A sentence opening on the writer's comment on what it tells ("Ominously for the guild, …",
# "Ironically, …", "Tellingly, …"): the news with a verdict on it, not the news stated plainly.
_COMMENT_FIRST = re.compile(
    r"^(?:but|and|yet|so)?\s*(?:ominously|ironically|tellingly|predictably|remarkably|curiously|oddly|strangely"
    r"|fittingly|mercifully|sadly|happily|fortunately|unfortunately|surprisingly|unsurprisingly|worryingly"
    r"|alarmingly|paradoxically|pointedly)\b(?:\s+(?:for|to)\s+[^,]{1,40})?,",
    re.IGNORECASE,
)


def comment_first(text: str) -> bool:
    """The sentence opens on the writer's comment on its news: no plain statement to open a page."""
    return _COMMENT_FIRST.match(text) is not None


# A reporter's account names who speaks; a column, an interview or a transcript runs on in the
# first person with nobody named: three such sentences, a tenth of the piece. (A paragraph with a
# quotation mark is someone's quoted talk, whose "we" is theirs; a news story's one unquoted "I" of
# a speaker carried over from a quote is not enough.)
FIRST_PERSON_SENTENCES = 3
# A news story does not speak to its reader: "If you ran a ferry line, you would …", "Your fares
# pay for it" outside quotes is an essay's, a newsletter's or a transcript's voice.
_ADDRESSES_READER = re.compile(r"\b(?:you|your|You|Your)\b")
FIRST_PERSON_SHARE = 0.1
_QUOTE_MARKS = (*OPENING_QUOTE, "”")


def told_in_first_person(
    article: Article, sentences: Iterable[Sentence], voiced: dict[str, bool] | None = None
) -> bool:
    """The piece tells its text in the first person, or to the reader as "you", unlabelled: a
    column, an essay, a newsletter, a letter or a transcript (`sentences`: its own, in order).
    `voiced` keeps `in_a_voice` per text for a caller asking of many articles: a stock or syndicated
    sentence comes back in article after article (each read again was 0.7 s of a warm
    10,000-article build)."""
    voiced = {} if voiced is None else voiced
    count = told = 0
    quoting: dict[int, bool] = {}  # paragraph -> whether it has a quotation mark, once read
    # A text the story introduces and then prints ("The company's statement read in full:") is
    # someone's, with no marks: what follows the introducing paragraph is not the writer's voice.
    printed = next((i for i, p in enumerate(article.paragraphs) if p.rstrip().endswith(":")), len(article.paragraphs))
    for sentence in sentences:
        count += 1
        if sentence.paragraph > printed:
            continue
        found = voiced.get(sentence.text)
        if found is None:
            found = voiced[sentence.text] = in_a_voice(sentence.text)
        if not found:
            continue
        at = sentence.paragraph
        if at not in quoting:
            paragraph = article.paragraphs[at] if at < len(article.paragraphs) else ""
            quoting[at] = any(mark in paragraph for mark in _QUOTE_MARKS)
        told += not quoting[at]
    return told >= FIRST_PERSON_SENTENCES and told >= FIRST_PERSON_SHARE * count


def in_a_voice(text: str) -> bool:
    """The sentence speaks in the first person with nobody named, or to the reader as "you"
    (outside quotation marks): what `told_in_first_person` counts."""
    return speaker_unnamed(text) or _ADDRESSES_READER.search(QUOTED.sub("", text)) is not None


# Those whose trade is to read the news, not to make it, as a body with no name: "analysts",
# "economists", "market watchers", "some experts". What they expect or believe is their reading
# of the story, a forecast or a view: news only when someone with a part in it says it. Not one
# named ("Ines Quarle, an economist at the Vell bank, said …": a source the reader can weigh), nor a
# body that acts ("Economists at the central bank cut the rate"), nor who they are ("Analysts at
# the guild were laid off"). Bare "observers" are mostly monitors who saw what happened ("Observers
# said the polls opened late"): only political or market observers read the news.
_READERS_OF_NEWS = (
    r"(?:analysts|economists|experts|(?:political|market|industry)\s+observers|pundits|commentators|forecasters|"
    r"strategists|market\s+watchers|industry\s+watchers|political\s+scientists)"
)
_QUANTIFIED = (
    r"(?:(?:most|many|some|several|a\s+few|other|private|independent|local|foreign|western|political|financial|"
    r"market|industry|bank|wall\s+street)\s+){0,2}"
)
# A view: what they expect, believe or warn of, or what they say now ("analysts say": their
# standing reading).
_THEIR_VIEW = (
    r"(?:say|says|expect|expected|predict|predicted|believe|believed|think|thought|forecast|forecasts|"
    r"estimate|warn|warned|suggest|suggested|agree|caution|cautioned|reckon|reckoned|"
    r"doubt|doubted|fear|feared|see|note|argue|argued|speculate|speculated)"
)
# Where nameless readers of the news open a clause: the sentence's start, after a comma, "and" or
# "but" (not after "while" or "that": the expectation a fact is measured against, "rose 0.4 percent,
# while economists had expected 0.2", "beating the rate that economists expected").
_NAMELESS_READERS = rf"(?:^|[,;]\s+(?!while\b)|\b(?:and|but)\s+){_QUANTIFIED}"
_PUNDITS_VIEW = re.compile(
    # "Most analysts expect …", "Political scientists say …", "…, analysts believe."
    rf"{_NAMELESS_READERS}"
    rf"{_READERS_OF_NEWS}\s+(?:(?:also|generally|widely|now|still|have)\s+)?{_THEIR_VIEW}\b"
    # … or the passive of a view with them as its holders: "… is expected by analysts to …",
    # "… is widely seen by economists as …"
    rf"|\b(?:is|are|was|were)\s+(?:widely\s+)?(?:expected|seen|thought|believed|predicted)\s+by\s+"
    rf"(?:\w+\s+)?{_READERS_OF_NEWS}\b",
    re.IGNORECASE,
)
# … and what they said, noted or estimated, or what is "according to analysts", when it is a
# forecast or a judgment ("The salt fairs will draw fewer buyers, economists said"); a fact they
# report is news with its source ("Shares fell six percent on Monday, analysts said", "Experts
# estimated the damage at a million crowns").
_PUNDITS_REPORT = re.compile(
    rf"{_NAMELESS_READERS}"
    rf"{_READERS_OF_NEWS}\s+(?:(?:also|generally|widely|have)\s+)?(?:said|noted|agreed|estimated|saw)\b"
    rf"|\baccording\s+to\s+(?:(?:most|many|some|several|private|independent|market)\s+)?{_READERS_OF_NEWS}\b",
    re.IGNORECASE,
)
_FORECAST_OR_JUDGMENT = re.compile(
    # (a modal in lower case: "in May" is a month, "Will Orr" a man)
    r"\b(?:will|would|could|might|may|should|cannot|won't|(?i:likely|unlikely|probably))\b"
    # … or what is now held to be so, or to come: "Economists said the toll take is expected to
    # top a million crowns" (a guess at a figure not yet out), "Fares are set to rise, analysts
    # said"; not what was expected before it happened ("… was expected to pass, but failed")
    r"|\b(?:is|are|'s)\s+(?:(?:now|also|widely|generally)\s+)?(?:expected|projected|forecast|predicted|poised|set)\s+to\b"
)


# … and what a nameless part of a people believes or fears, counted by a guess ("Many in Orn
# believe the levy is a tax on the poor", "Most ferrymen fear the pier will close"): a mood told as
# the story's colour, not a fact. (Not what they did, "Many ferrymen voted against it", nor a
# survey's share, "two in three lamplighters think …, a survey showed", which is a finding with its
# source; nor what they felt in body, "Many residents felt the tremor".)
_GROUPS_BELIEF = re.compile(
    r"^(?:[Bb]ut\s+|[Aa]nd\s+)?(?i:many|most|some|few|several)\s+"
    r"(?:in\s+[A-Z][\w-]*|(?:[a-z][\w-]*\s+){0,2}?(?P<who>[a-z][\w-]*(?:s|men|women|people))"
    r"(?:\s+(?:of|in|from)\s+[A-Z][\w-]*)?)"
    r"\s+(?:still\s+|also\s+|now\s+)?(?:(?:believe|believed|think|thought|fear|feared|suspect|suspected|doubt|"
    r"doubted|expect|expected|worry|worried)"
    # … a belief, a clause after it ("fear the pier will close", "think that …"), not a state told
    # of them ("Many families feared dead were found", "Few boats expected at the regatta came")
    r"\s+(?:that|the|a|an|it|they|he|she|there|this|his|her|their|its|[A-Z])"
    # (a feeling only as a clause: "felt that the vote was rigged", not "felt the tremor")
    r"|(?:feel|felt)\s+(?:that|it|they|he|she|there)\s)\b"
)
# … unless they are office holders or investigators, whose view is their side's or their
# inquiry's and news with it ("Some officials suspect the fire was set").
_PARTIES = frozenset(
    map(
        stem,
        (ROLE_HEADS - {"analyst", "economist", "strategist"})
        | {"investigator", "prosecutor", "detective", "inspector", "officer", "lawmaker", "legislator"},
    )
)


def pundits_view(text: str) -> bool:
    """The sentence gives what nameless analysts, economists or experts expect or believe (or
    said, when it is a forecast or a judgment): a reading of the story, not a fact a key point or
    a page's opening tells."""
    if _PUNDITS_VIEW.search(text) is not None:
        return True
    return _PUNDITS_REPORT.search(text) is not None and _FORECAST_OR_JUDGMENT.search(text) is not None


def crowds_belief(text: str) -> bool:
    """The sentence gives what a nameless many believe or fear: a mood, not a fact."""
    found = _GROUPS_BELIEF.match(text)
    if found is None or _SURVEYED.search(text):
        return False  # "Most voters believe …, a survey showed": a finding with its source
    return not (found.group("who") and stem(found.group("who")) in _PARTIES)


_SURVEYED = re.compile(r"\b(?:poll|polls|survey|surveys|surveyed|polled|census)\b", re.IGNORECASE)


# The writer's impression of what happened, with nobody said to have it: "… the vote seemed to
# sway even the guild", "The talks seem close to collapse", "Perhaps the boldest step was …". A
# hedge the writer owns is not the day's news stated plainly (the page opens on what happened).
# (Not "appeared to": an early tally is told so, "The lamp guild appeared to have kept its
# charter"; nor an impression someone is said to have.)
_IMPRESSION = re.compile(
    # (the sentence's own verb; a relative clause's aside on someone or something in it is told apart
    # below: "a lamplighter who seemed unhurt was pulled out", "the fire, which at first seemed out, flared up")
    r"\b(?:seem|seems|seemed)\b"
    # … or a guess the writer opens on: "Perhaps the board's boldest step was …", "Arguably the
    # guild never meant to strike" (not a number so guessed: "Perhaps 200 pilots marched",
    # "Perhaps fifteen barges", "Probably tens of thousands")
    r"|^[\"“‘']?(?:perhaps|arguably|possibly|probably|conceivably)\b(?!,?\s+(?:as\s+many|as\s+much|as\s+few|\d+|"
    r"a\s+(?:dozen|score|hundred|thousand|million|third|quarter|half|few)|half|tens|scores|hundreds|thousands|dozens|"
    r"millions|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|"
    r"more\s+than|over|nearly|about|some)\b)",
    re.IGNORECASE,
)


# A relative's "seemed", a few words on: "who had seemed", "which at first seemed".
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that),?\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def writers_impression(text: str) -> bool:
    """The sentence tells the writer's impression ("… seemed to …"), nobody said to have it."""
    if _SAID.search(text) is not None:
        return False
    return any(
        not (m.group(0).lower().startswith("seem") and _RELATIVE_BEFORE.search(text, 0, m.start()))
        for m in _IMPRESSION.finditer(text)
    )


def states_plainly(text: str) -> bool:
    """The sentence states its news plainly: not on the writer's comment, the writer's
    impression, nameless analysts' view or a nameless many's belief (what a page may open on)."""
    return not (comment_first(text) or writers_impression(text) or pundits_view(text) or crowds_belief(text))
