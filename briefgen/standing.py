"""Whether a sentence tells a standing fact: what is so on any day of the story, not what happened.

A key point is something a reader acts on: an act, a decision, a number that changed, a stance.
What is done as a habit ("Pear growers in the Drave valley pick by hand every autumn") or what a
place is ("Sollen, a market town of 12,000 people, is the valley's largest town") is true on any
day of the story: background an almanac or a gazetteer gives, never the day's point.

Beside those clear cases, what a sentence tells weighs on whether it becomes a key point
(`development_prior`): an act in its main clause, a statement someone made or an event dated near
its article is a development; a description or the story's history named inside it is worth
less. The writer's own guess at what is to come, with nobody said to make it
(`writers_forecast`), is comment, never a key point.
"""

from __future__ import annotations

import re
from datetime import date

from .attribution.lexicon import SAY
from .clause import main_clause, tense
from .dates import MONTH_OPENING, WEEKDAY_NAME, names_a_time
from .daystamp import names_old_time, tells_news
from .development import development
from .selfcontained import FINITE, PLACE_KINDS

# A habit: what happens each season, every year, as a rule.
_HABIT = re.compile(
    r"\b(?:each|every)\s+(?:year|winter|summer|spring|autumn|fall|season|month|week|day|night)\b"
    r"|\b(?:annually|usually|typically|traditionally|customarily)\b",
    re.IGNORECASE,
)
# … told as a habit only when nothing in it happened, will happen or was said: no past, no perfect,
# no future, no report, nothing set against this year ("The co-op will now sort pears every week",
# "Prices usually climb in May, but this year they fell", "Wardens say poachers typically strike
# at dusk"); the present of "be" is the habit's own tense ("The Kell pass is usually shut in March").
_EVENT = re.compile(
    rf"\b(?:(?!(?:is|remains|can|may|does)\b){FINITE}|are|were|have|shall|say|this\s+year\b)",
    re.IGNORECASE,
)
# A place's description: its name (with an aside: "Sollen, a market town of 12,000 people,"), then
# what kind of place it is, the kind ending its noun phrase ("is the Drave valley's largest town",
# "is a river town, north of Kell"); not what it did as such a place ("is the third town to
# ban the spray", "is the only county where …"), nor a person's post named by a place ("is a county
# judge", "is the state's first woman governor").
_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
_GAZETTEER = re.compile(
    r"^(?!.*\b(?:to|that|where|which|whose|who|since)\b)"
    rf"{_NAME}(?:,\s+(?:[^,]|,(?=\d))+?,?)?\s+(?:is|lies)\s+(?:the|an?|{_NAME}['’]s)\s+"
    rf"(?:(?!(?:of|first|only|last)\b)[\w'’-]+\s+){{0,3}}?{PLACE_KINDS}"
    r"(?=\s*[,.;]|\s*$|\s+(?:in|on|of|near|along|north|south|east|west|with|and)\b)"
)

# A publication's description of itself, the furniture at a story's foot: its name, then what kind
# of outlet it is ("The Ostrel Ledger is an independent, nonprofit news site covering the harbour
# towns", "Ferry Weekly is a reader-funded newspaper"): a kind ("an"), not which one did something
# ("is the newspaper that broke the story"), and nothing it did or will do after it ("… is a
# newspaper in Orn that was fined on Monday").
_PUBLICATION = re.compile(
    rf"^{_NAME}\s+is\s+an?\s+(?:[\w'’-]+,?\s+){{0,4}}?"
    r"(?:(?:news|media)\s+(?:site|website|outlet|organi[sz]ation|service|agency|network|publication)"
    r"|newspaper|magazine|newsroom|broadcaster)\b"
    # the kind ends the noun ("a newspaper columnist", "a news site founder" are people) and what
    # follows says where or what it covers, not something it did ("…, and it endorsed Orr",
    # "… that endorsed Orr")
    r"(?!\s+[a-z]+(?:ist|er|or|ors|ers|ists)\b)(?!.*\b(?:and|but)\s+(?:it|its)\b)(?!.*\b(?:that|which)\s+\w+ed\b)"
    r"(?!.*\b(?:was|were|has|had|have|will|would|said|says)\b)"
)


# … and a firm's or a body's, as a story gives it for one it names in passing ("Quarle Haulage is a
# freight contractor for the harbour board", "Orn Relief is a charity based in Kell"): what kind of
# body it is, the kind ending its noun, and nothing it did after it, as for a publication.
_BODY_BLURB = re.compile(
    rf"^{_NAME}\s+is\s+an?\s+(?:[\w'’-]+,?\s+){{0,4}}?"
    r"(?:company|firm|contractor|subcontractor|supplier|maker|manufacturer|producer|retailer|chain|"
    r"subsidiary|conglomerate|charity|nonprofit|non-profit|foundation|think\s+tank|consultancy|lobby\s+group)\b"
    # (the kind ends its noun, not a person's post, "a company director", nor a thing of the kind's,
    # "a charity's accounts", nor "a company town"; then where it is, whom it serves or who owns it,
    # not its plight, "a firm in receivership", "a company with debts of …", "a firm at the centre
    # of the inquiry"; a relative clause tells its trade, "that makes ferries", not what it did,
    # "that built the pier", nor what befalls it, "that owes the board a fortune", "that the guild paid
    # to dig into the mayor", nor where or when something happened)
    r"(?=\s*[,.;]|\s*$|\s+in\s+[A-Z]|\s+(?:for|of|based|headquartered|owned|run|that|which|who|from|serving|"
    r"making|selling)\b)(?!.*\b(?:whose|where|when)\b)"
    r"(?!.*\b(?:and|but)\s+(?:it|its)\b)"
    r"(?!.*\b(?:that|which|who)\s+(?!(?:makes|builds|runs|sells|operates|owns|supplies|provides|employs|serves|"
    r"carries|ships|produces|designs|trains|publishes|offers|lends|insures|repairs|hauls|represents)\b)[A-Za-z]+\b)"
    r"(?!.*\b(?:was|were|has|had|have|will|would|said|says|say)\b)"
)


# A poll's method, the note a story on a survey gives under its figures: its margin of error ("The
# survey of 1,200 voters carried a four-point margin of error either way", "Its margin of sampling
# error is four points"): true of the poll on any day, never the day's point. Not a result read
# against it ("Orr's two-point lead is inside the margin of error"), nor a result whose poll a relative
# clause describes ("The survey, which has a four-point margin of error, puts Orr ahead").
_POLL_METHOD = re.compile(
    r"(?<!which\s)(?<!that\s)\b(?:has|had|have|carries|carried)\s+an?\s+(?:[\w-]+\s+)?margin\s+of\s+(?:sampling\s+)?error\b"
    r"|^(?:the|its|their)\s+(?:[\w'’-]+\s+)?margin\s+of\s+(?:sampling\s+)?error\s+(?:is|was|is\s+put\s+at)\b",
    re.IGNORECASE,
)
# A poll's result beside its method in one sentence ("Orr leads Ash 48 percent to 41 percent in the
# poll, which … carries a three-point margin of error", "… shows Pell leading and has a margin …"):
# the sentence is the result, news.
_POLL_RESULT = re.compile(
    r"\b(?:leads?|leading|led|ahead|trails?|trailing|behind|shows?|showed|puts?|finds?|found|percent)\b|%",
    re.IGNORECASE,
)


# A trend or a state that has run for years, told from a span of years up to now or with "long":
# "In recent years, ferry fares have doubled", "For decades the guild has run the crossings", "The
# port has long been a hub for grain": the story's background on any day of it, not what happened
# lately. Not when it sets the news beside it ("…, and on Monday the guild closed its hall", "…, but
# this year fares fell"), nor a span of days ("In the past week, three barges have sunk").
_LONG_RUNNING = re.compile(
    r"^[\"“‘']?(?:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:[\w-]+\s+)?(?:years|decades)"
    r"|for\s+(?:many\s+)?(?:years|decades|generations))\b"
    r"(?=.*\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been|[a-z]+(?:ed|en|wn|un|ne|ht|lt|pt|ng|ck))\b)"
    r"|\b(?:has|have)\s+long\s+(?:been|[a-z]+ed)\b",
    re.IGNORECASE,
)
_NEWS_BESIDE = re.compile(
    rf"\b(?:{WEEKDAY_NAME}|yesterday|today|tonight|now|(?:this|last)\s+(?:week|month|year))\b", re.IGNORECASE
)


# What someone says or a study finds, before the trend it tells: "has long" inside it is their claim
# or finding, the news ("Auditors say the co-op has long hidden its debts", "A new survey shows the
# strait has long been overfished"); a trend with its source after it stays background ("The strait
# has long been overfished, the wardens said").
# (what a study, an inquiry or a court finds: read before the trend and after it)
_FINDS = r"finds|found|revealed|concluded"
_FINDING = re.compile(
    rf"\b(?:{SAY}|according\s+to|shows?|showed|shown|{_FINDS}|reveals?|concludes)\b",
    re.IGNORECASE,
)
# After the trend, a ruling or finding makes it news too ("For years the firm has polluted the
# river, a court ruled"), and so does a clause of news joined on ("Residents have long complained,
# and the plant was shut down"); "has long" inside a relative clause describes someone the news is
# about ("Marsh, who has long opposed the dam, resigned").
_NEWS_AFTER = re.compile(
    rf"\b(?:{_FINDS}|ruled|ruling|admitted|confirmed|charged|ordered|ordering)\b"
    r"|,\s*(?:and|but)\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|has|have|had|[a-z]+ed)\b",
    re.IGNORECASE,
)
_IN_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,]*$", re.IGNORECASE)


def long_running(text: str) -> bool:
    """The sentence tells a trend or a state that has run for years ("In recent years, fares have
    doubled", "The port has long been a hub"), with no news of late beside it, and not as what
    someone says or finds (a claim or a finding is news)."""
    found = _LONG_RUNNING.search(text)
    return (
        found is not None
        and _NEWS_BESIDE.search(text) is None
        and _FINDING.search(text, 0, found.start()) is None
        and _NEWS_AFTER.search(text, found.end()) is None
        and _IN_RELATIVE.search(text, 0, found.start()) is None
    )


def publication_blurb(text: str) -> bool:
    """The sentence tells what kind of outlet a publication, or of body a firm, is: its blurb,
    never news."""
    return _PUBLICATION.match(text) is not None or _BODY_BLURB.match(text) is not None


def standing_fact(text: str) -> bool:
    """The sentence tells what is so on any day (a habit, a place's description, what a
    publication is, a poll's margin of error, a trend of years), not what happened."""
    if _GAZETTEER.match(text) or publication_blurb(text) or long_running(text):
        return True
    if _POLL_METHOD.search(text) and not _POLL_RESULT.search(text):
        return True
    return bool(_HABIT.search(text)) and not _EVENT.search(text)


# A feature writer's anecdote: a scene set on a day nobody dates ("On a recent afternoon, dozens of
# anglers lined the quay of Vell", "One morning last spring, …", "Late one night, …"): it shows what
# the story is like, it tells nothing that happened on a day a reader can act on. (A dated scene is
# an event: "On Monday afternoon, …"; a visit is an occasion: "On a recent visit to Orn, the
# minister signed …". A day named or counted is a date however a feature puts it: "On a rainy
# Sunday, voters rejected …" is last Sunday's vote, "One night last week, gunmen stormed …" an
# attack of last week; only a season is too far to date a scene. A bare "One morning," or "On a
# cold morning," opens news as often as a scene, "One day," a plan for some day, and "On a recent
# Tuesday," a decision as often as colour: left alone.)
_ANECDOTE = re.compile(
    r"^[\"“‘']?(?:On\s+an?\s+(?:recent|typical)\s+(?:morning|afternoon|evening|night|weekday|weekend)"
    r"|(?:Late\s+|Early\s+)?One\s+(?:morning|afternoon|evening|night)\s+(?:last|this)\s+(?:spring|summer|autumn|fall|winter)"
    r"|Late\s+one\s+(?:night|evening)|Early\s+one\s+morning)\s*,",
    re.IGNORECASE,
)


def anecdote(text: str) -> bool:
    """The sentence opens a scene on a day nobody dates (`_ANECDOTE`): colour, never a key point."""
    return _ANECDOTE.match(text) is not None


# What is not known yet, told as the whole sentence: "It is not yet clear who lit the
# fire", "It is unclear whether the talks will resume", "It was not known how long Orr would
# stay": a gap in the story, nothing a reader acts on. Not when news is joined to it ("It was not
# clear why the ferry sank, but wardens said two crewmen were held"; "…; police arrested …"; "… after
# rebels shelled the airport"; "…, though officials put the toll at 30"; "… in the blast, which
# wrecked the depot"), nor when it gives a count
# ("… beyond the two farms where 4,000 pigs were culled").
_UNKNOWN = re.compile(
    r"^[\"“‘']?It\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:not\s+(?:immediately\s+|yet\s+)?(?:clear|known)"
    r"|unclear|unknown)\b(?!.*(?:,\s*(?:but|and|while|though|although|which)\s|;|\s(?:after|since|though|although|where)\s))"
)


def unknown_yet(text: str) -> bool:
    """The sentence only says something is not known (`_UNKNOWN`), with no count (`development`):
    no key point."""
    return _UNKNOWN.match(text) is not None and not development(text).counts


# ---------------------------------------------------------------------------------------------
# What a sentence tells, for the key points: a development (what happened, was decided or said
# lately), or beside it a description, the story's history or the writer's own forecast.

# A copula or a verb of state as a past: "was the head of …", "were in charge", "had a house in
# Orn", "A burnt cart lay in the road". Not a passive or a perfect: "was arrested", "had fled",
# "were found". Taken out of the main clause before its tense is read, it leaves no act.
# A past participle: a regular one ("closed", "taken", "shown") or one news often spells otherwise.
_PARTICIPLE = (
    r"(?:[a-z]+ed|[a-z]+en|[a-z]+wn|been|held|made|sent|built|shot|found|hit|struck|set|put|cut|told|won|lost|left|"
    r"led|kept|paid|sold|brought|bought|caught|met|run|begun|gone|done|seen|said|spent|fled|quit|read|heard|shut|"
    r"laid|hung|dug|bound|spread|split|sunk|taught|fought|sought|thought|hurt|let|upheld|withheld|rebuilt|slain)"
)
_STATE_PAST = re.compile(
    r"\b(?:(?:was|were|had)(?!\s+(?:(?:[a-z]+ly|not|never|also|just|already|since|recently)\s+)?"
    rf"{_PARTICIPLE}\b)"
    r"|lay|stood|sat|lived|remained|seemed|looked|knew|belonged|owned|felt|thought|believed)\b",
    re.IGNORECASE,
)
# The main clause's first verb as an act: a perfect or a passive ("has agreed", "were arrested"),
# or a regular past ("voted", "proposed").
_ACT_VERB = re.compile(
    r"(?:(?:has|have|had|was|were)\s+(?:(?:[a-z]+ly|not|also|just|already|since)\s+)?(?:been\s+)?[a-z]+(?:ed|en)"
    r"|[a-z]+ed)\b",
    re.IGNORECASE,
)
# The main clause's verb denied: "was not disclosed", "have never found", "did not say", "wasn't".
_DENIED = re.compile(r"[a-z]+(?:\s+not|\s+never|n['’]t)\b", re.IGNORECASE)
# Words before a past participle that make it an adjective, not the clause's verb.
_ADJECTIVE_BEFORE = frozenset("the a an its his her their our this that most more less least well newly".split())
# Someone is said to have said it: a verb of saying, "according to", or quotation marks.
# (not a noun a verb of saying spells: "the states", "his notes", "the claims")
_SOURCED = re.compile(
    rf"\b(?!(?:states|state|notes|note|claims|claim)\b)(?:{SAY}|quoted|according\s+to)\b|[\"“”]", re.IGNORECASE
)
# A modal telling what may be or is guessed to come, in the main clause: "Trying her could split
# the guild", "The board should settle", "Orr will likely win", "The vote is likely to …" (not
# "could have gone": what did not happen, or may have).
_MODAL_FUTURE = re.compile(
    # ("could not", "could never": what someone was unable to do, a past: "Rescuers could not
    # reach the village")
    # ("the might of the navy" is a noun)
    r"\b(?:could(?!\s+(?:not|never)\b)|might(?!\s+of\b)|may|should)\s+"
    rf"(?:(?:[a-z]+ly|also|still|soon|not|never|well)\s+)?(?!have\s+{_PARTICIPLE}\b)[a-z]"
    # "will" only as a guess the writer marks ("will likely win", "will probably"): a plain "will be"
    # or "will have" tells as often what is announced ("will be in force from July", "will be the
    # first woman to lead the guild", "will have 2 billion crowns to spend")
    r"|\b(?:will|won['’]t)\s+(?:likely|probably|surely|certainly)\b"
    r"|\bwill\s+(?:have|face)\s+(?:trouble|difficulty|difficulties|a\s+hard\s+time)\b"
    r"|\b(?:is|are)\s+(?:(?:very|quite|more|most|now)\s+)?(?:likely|unlikely|bound|certain|sure)\s+to\b",
)
# A day set for it: what is to come on a given day is a schedule (Next steps' to read), not a guess
# ("The delegations will meet in Orn on Monday", "… will sail on June 3").
_SCHEDULED = re.compile(
    rf"\b{WEEKDAY_NAME}\b|\b(?:tomorrow|tonight)\b|\b{MONTH_OPENING}[a-z]*\.?\s+\d{{1,2}}\b", re.IGNORECASE
)
# A sentence's words up to its first comma or dash, when no subordinate or relative clause opens
# among them.
_OPENING = re.compile(
    r"^(?:(?!\b(?:who|whom|which|that|if|unless|when|whenever|once|because|although|though|as|while|until|"
    r"whether)\b)[^,;:—–])*(?=[,;:—–]|\s--|$)",
    re.IGNORECASE,
)
# How much a key point that fills in is worth when it only describes (no act, no dated event, no
# statement), and when it names a time long before its article inside the sentence: a prior, not
# a filter (a description may still be the day's point when nothing else tells it).
DESCRIPTION_PRIOR = 0.8
HISTORY_PRIOR = 0.7


def _main_words(text: str) -> str:
    main = main_clause(text)
    return text[main.start : main.end]


def acts(text: str) -> bool:
    """The sentence's own statement (its main clause) tells an act in the past or the perfect: "The
    board voted to close the pier", "Wardens have seized three boats", "Two ferrymen were
    arrested"; not a state ("The pier was the oldest in Vell", "A cart lay in the road"), nor an
    act denied ("The price was not disclosed", "The wardens have not found the boat": nothing
    happened)."""
    main = main_clause(text)
    if main.verb >= 0 and _DENIED.match(text, main.verb):
        return False
    before = text[: main.verb].split()[-1:]
    if (
        main.verb >= 0
        and _ACT_VERB.match(text, main.verb)
        and not _STATE_PAST.match(text, main.verb)
        and not (before and before[0].lower() in _ADJECTIVE_BEFORE)  # "the most settled valleys"
    ):
        return True
    return tense(_STATE_PAST.sub(" ", text[main.start : main.end])) == "past"


# The story's event as the backdrop of a description: "Most of the crew were ashore at the
# Vell inn when the storm hit", "The guild hall was empty when the fire started": who was where when
# it happened. When the Situation tells that event (the fire), the sentence tells it
# again; what it adds is colour. Only a main clause of state (`acts` reads none) with nothing
# joined after the event ("…, and Orr led 40 children out" is what someone did; "… when the quake
# struck and the roof fell in" tells more of it).
_BACKDROP = re.compile(
    r"\bwhen\s+(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+)\s+"
    r"(?:broke\s+out|erupted|struck|began|started|occurred|happened|hit|exploded|went\s+off|swept|tore)\b"
    r"(?![^.;]*(?:,?\s+(?:and|but)\s|;))",
    re.IGNORECASE,
)


_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+\w+ing\b", re.IGNORECASE)


def backdrop(text: str) -> str | None:
    """The event noun ("fire", "storm") when the sentence only tells who was where as that event
    happened (`_BACKDROP`, its main clause no act), else None."""
    found = _BACKDROP.search(text)
    # (the act read before "when": the event's own verb after it is no act of the sentence's subject)
    before = text[: found.start()] if found is not None else ""
    # nor "was carrying 500 tons of oil when the storm struck": a progressive tells what it was doing
    if found is None or acts(before.rstrip(" ,") + ".") or _PROGRESSIVE.search(before):
        return None
    return found.group(1).lower()


def writers_forecast(text: str) -> bool:
    """The sentence's own statement is what will or may come ("Orr will be free to campaign by
    May", "Trying her could split the guild") and nobody is said to say so: the writer's
    prediction, not a development. (One set for a day is a schedule: "The guild will vote on
    Monday".) (Said by someone, it is their statement: "… could split the
    guild, Orr warned".)"""
    if _SOURCED.search(text) or _SCHEDULED.search(text) or names_a_time(text) or acts(text):
        return False  # (set for a time, "from April", "next week", "in 2027": what is planned, not a guess)
    # its main clause, or its opening up to the first comma when that is no subordinate clause
    # (a phrase of time fronted with no comma is read as the main clause's start: "At this stage
    # the wardens should be working to …")
    opening = _OPENING.match(text)
    return _foretells(_main_words(text)) or (opening is not None and _foretells(opening.group(0)))


# A relative clause's opening just before a modal: "the barges that will carry salt" describes them.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _foretells(words: str) -> bool:
    """The words hold a modal of what is to come or may be, not in a relative clause."""
    return any(not _RELATIVE_BEFORE.search(words, 0, m.start()) for m in _MODAL_FUTURE.finditer(words))


def development_prior(text: str, published: date | None) -> float:
    """What a key point that fills in is worth for what it tells (a factor on its worth): 1 for a
    development (an act in its main clause, a statement someone made, an event dated near its
    article), less for a description and for the story's history inside it."""
    prior = 1.0
    if not (acts(text) or _SOURCED.search(text) or tells_news(text, published)):
        prior *= DESCRIPTION_PRIOR
    if names_old_time(text, published):
        prior *= HISTORY_PRIOR
    return prior
