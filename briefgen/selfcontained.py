"""Whether a sentence stands on its own: a brief shows it without the sentences before it.

A sentence that opens on a connective, a pronoun or a shell noun ("But he said …", "The move
angered …"), that points back with a demonstrative, that reads a wire dateline's "here", or that
calls someone by a surname its article gave in full only before it, or by a role ("The
retired admiral hinted …"), leans on a sentence the reader of a brief has not seen. A sub-head
run into its paragraph or a caption is no sentence at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter

from .alternation import Alternation
from .attribution.lexicon import (
    HONORIFICS,
    MONTH,
    ORG_HEADS,
    OUTLET_NAME,
    PRESS,
    REPORTERS,
    ROLE_HEADS,
    WEEKDAY,
    WORD_CARRIERS,
)
from .dates import WEEKDAY_NAME
from .models import Corpus
from .names import names_alone
from .spoken import pronoun_i
from .text import QUOTED, STOP_WORDS, stem, terms, wire_dateline_end

# Nouns that stand for something said before: "the move", "the warning", "this decision".
_SHELL = (
    r"(?:moves?|decisions?|steps?|measures?|announcement|statements?|remarks?|comments?|warnings?|incidents?|"
    r"attacks?|action|request|demands?|offer|call|ruling|verdict|accusations?|allegations?|claims?|threats?|"
    r"developments?|news|episode|event|case|report|proposals?|plan|deal|agreement|accord|pact|settlement|"
    r"compromise|arrangement|idea|effort|visit|trip|talks|result|outcome|problem|indictment|charges|lawsuit|"
    r"probe|inquiry|investigation|idea|tactics?|strateg(?:y|ies)|approach|results|findings|controversy|dispute|scandal|"
    r"shift|reversal|question|issue|matter|topic|argument|notion|premises?)"
    # ... unless the words after it say what it is: "the decision to close", "the visit by the pope".
    r"(?!\s+(?:to|that|of|by|from|against|on|over|for|in|into|between|with|about|\w+ing)\b)"
)
# A document the story described before: "the memo", "the e-mail message" (but "the memo of May 2",
# "the book by the harbor master", "the letter that the pilots sent" say which).
_DOCUMENT = (
    r"(?:book|memo|memorandum|e-?mail(?: message)?|letter|document|tape|recording|diary|study)"
    r"(?!\s+(?:of|by|titled|called|entitled|that|which|about|on|from|to|he|she|they)\b|\s+in\s+(?!which\b))"
)
# A person's role, as the head of a subject: "the leader", "the chief executive".
ROLE = (
    "(?:"
    + "|".join(
        sorted(
            (ROLE_HEADS - {"general", "chair", "head", "justice"})
            | {
                "politician",
                "lawmaker",
                "legislator",
                "diplomat",
                "dictator",
                "prosecutor",
                "lawyer",
                "fugitive",
                "candidate",
                "incumbent",
            }
        )
    )
    + ")"
)
# … and as the whole subject before its verb, also the role words left out of ROLE because they
# head other phrases too ("the general election", "the chair of", "head of state", "justice for"):
# "The general said …", "The attorney general told …" (which one?).
SUBJECT_ROLE = rf"(?:{ROLE}|general|chair|justice)"
# A finite verb after a subject: "said", "told", "could", "was" …
FINITE = (
    r"(?:[a-z]+ed|said|says|told|tells|is|was|has|had|will|would|could|can|may|might|must|should|did|does|went|"
    r"met|spoke|wrote|writes|asks|adds|notes|made|took|gave|left|won|lost|came|became|remains|wants|plans|insists|"
    r"warns|argues|thinks|"
    # … and the past of the irregular verbs news tells most, whose form is no noun ("crews struck",
    # "the pier fell"; not "set", "cut", "hit", "shot", which may be), in lower case only: a
    # capitalised one is a name's word ("Rose Garden", "Kept Promises")
    r"(?-i:fell|rose|sank|struck|ran|began|broke|brought|bought|caught|chose|drove|fled|fought|got|grew|knew|"
    r"sent|sold|stood|stole|swore|threw|wore|held|kept|paid|sought|taught|thought|withdrew|forbade|hid|"
    r"flew|froze|shook|woke|bore|swam|sang|rang|drank|ate))\b"
)
# "also" giving its subject a second role or identity the sentence names: "Ada Vell is also the
# town's mayor", "… is also a director of the trust", "… also serves as harbor master" (whole; not
# "is also facing a suit" or "is also the target of …", a second thing undergone, nor "is also a
# suspect" or "is also the second …", one among others).
_SECOND_ROLE = (
    r"(?!(?:(?:is|are|was|were)\s+also\s+"
    r"(?:the\b(?!\s+(?:target|subject|focus|victim|object|first|second|third|latest|last)\b)"
    rf"|(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{ROLE}\b)"
    r"|also\s+(?:serves?|served|acts?|acted|doubles?|doubled)\s+as\b))"
)
# A place a dateline or an earlier sentence named, called by its kind: "the city", "the island".
PLACE_KINDS = "(?:city|town|village|capital|province|island|region|county|state|country)"
# … of them, those a body governs too, which a name just before may be ("… won Orn, and voters in
# the state …").
_LOCAL = ("city", "town", "village", "county", "state", "district")
# A sentence that leans on one the reader has not seen: it opens on a connective, a pronoun, a
# demonstrative or a shell noun ("But he said …", "The move angered …", "The two met …"), or
# after a short lead-in on a pronoun ("On Saturday, he …"), or names a shell noun as the object
# of what it reports ("… made the warning at a rally"), or points back anywhere with a
# demonstrative ("… denies those accounts").
# "also" telling the subject does what another did, told before (not "also known as").
_ALSO = r"also\b(?!\s+(?:known|spelled|referred)\b)"
_DANGLING = re.compile(
    r"^[\"“‘']?(?:"
    r"but|and|or|so|yet|also|however|meanwhile|still|instead|then|thus|therefore|nonetheless|indeed|"
    r"in addition|additionally|moreover|furthermore|as a result|by contrast|in contrast|likewise|similarly|"
    r"later|afterwards?|even so|at the time|at that time|for example|for instance|"
    # later than what the page has not told: "Moments later, …", "Two days later, …", "Shortly after, …"
    r"(?:(?:moments|minutes|hours|seconds|days|weeks|months|years|shortly|not\s+long|soon)"
    r"|(?:a|an|one|two|three|four|five|six|several|a\s+few|a\s+couple\s+of)\s+"
    r"(?:moment|minute|hour|day|week|month|year)s?)\s+(?:later|afterwards?|after(?=,))(?=,|\s)(?!\s+than\b)|"
    # how something the page has not told came out: "In the end, …" (the end of what?)
    r"in the end(?=,)|"
    # singling out of, or setting beside, what the page has not told: "In particular, …", "For its
    # part, the guild …", "By comparison, …"
    r"in particular(?=,)|for (?:its|his|her|their) part(?=,)|by comparison(?=,)|"
    # one side of a pair set out before: "On one side is Ivo Marsh, …" (and on the other?); not a
    # place's side ("On one side of the strait, …")
    r"on (?:the )?one (?:side|hand)\b(?!\s+of\b)(?!.*\bon the other\b)|"
    # a place beside one the page has not told: "Next door, the guild …" (next door to what?)
    r"next door(?!\s+to\b)|"
    r"soon after(?:wards?)?(?=,)|after that|conversely|"
    # an answer to what the sentence before said: "To which the mayor retorted …", "In reply, …"
    r"to which|in (?:reply|response|return)(?=,)|"
    # earlier than what the page has not told: "Earlier, …", "Earlier Saturday, …", "Earlier in the day, …"
    r"earlier(?:\s+(?:on\s+|in\s+the\s+)?(?:\w+day|day|week|month|year|morning|evening|afternoon))?(?=,)|"
    r"by then|since then|until then|even then|in turn|"
    r"more broadly|more generally|more importantly|in the meantime|at the same time|in fact|nevertheless|"
    r"sure(?=,)|to be sure|of course|after all|in short|in other words|that said|granted(?=,)|well(?=,)|"
    # a list the reader has not seen the start of: "First, the board …", "Finally, …"
    r"(?:first|second|third|fourth|next|finally|lastly|firstly|secondly|thirdly)(?=,)|"
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
    # … with "of them" left out, "none" or "neither" as the subject: "None showed the mayor …",
    # "Neither replied" (none of what? but "None of the 12 miners survived" says it; "Many took to
    # the streets", "Some have called for …" tell of people in general, and are left alone)
    # (but "None was hurt when …": nobody, as the news tells of a mishap)
    rf"(?:none|neither)(?!\s+(?:was|were)\s+(?:injured|hurt|killed|harmed|wounded|seriously|badly)\b)"
    rf"(?=\s+(?:[a-z]+ly\s+)?(?:{FINITE}|showed|shows|replied|responded|knew)\b)|"
    # … however many: "A dozen of them …", "Just half of those …"
    r"(?:[\w-]+\s+){1,3}of (?:them\b|(?:these|those)(?!\s+[a-z]))|"
    # … or however much of what was told: "A lot of it was …", "Much of this is …"
    r"(?:[\w-]+\s+){1,3}of (?:it|this|that)"
    r"(?=\s+(?:is|was|has|had|will|would|could|may|might|are|were|remains?|seems?)\b)|"
    # what was told before, named again or done again: "Namely, that …", "Through a trust, so did the
    # harbour master's nephew" (did what? but "The board voted yes, and so did the mayor" says it)
    r"namely\b|(?:(?:through|in|at|on|by|with|for|from|like|after|since|under|via)\s+[^,]{1,40},\s+)?"
    r"so\s+(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can)\s+(?!not\b)|"
    # an outlet the story named before, called by its kind as it opens: "The outlet says nothing of
    # …", "The newspaper reported …" (which one? but "The newspaper industry …" is no outlet's act)
    r"the (?:outlet|newspaper|paper|tabloid|magazine|broadcaster)(?=\s+(?:[a-z]+ly\s+)?(?:said|says|reported|reports|"
    r"wrote|writes|claimed|claims|glosses|glossed|quoted|quotes|cited|cites|argued|argues|added|noted|published|"
    r"revealed|obtained|ignores|ignored|omits|omitted)\b)|"
    # a person the story introduced before: "The defendant is …", "The woman told police …"
    r"the (?:defendant|suspect|victim|man|woman|boy|girl|dissident|gunman|attacker|survivor|witness|patient|"
    r"prisoner|detainee|hostage|villager|company|firm|agency)s?(?!,\s+[A-Z]|\s+(?:who|whose|that|which|accused|charged|named|of|from|in|at|for)\b)|"
    # a description standing for someone the story names elsewhere: "The man who helped draft the
    # accord objected …" (which man?)
    r"the (?:man|woman|person) who|"
    # one of the alternatives a sentence before set out, by its rank: "If the latter plan goes ahead,
    # …", "The first option would cost …" (but "the first option of the three the board gave" says
    # it; the other ordinals count ones not met, above)
    r"(?:(?:under|in|with|by|if)\s+)?the first (?:outcome|scenario|option|possibility|alternative|version|path|"
    r"course)s?\b(?!\s+(?:of|to|that|for|in)\b)|"
    # a choice among what the sentence before set out: "Which of the two is cheaper is unclear",
    # "Whichever is picked, …" (which of what? but "Whichever party wins the vote …" says of what)
    rf"which (?:one|of (?:them|these|those|the two))\b|whichever(?=,|\s+(?:[a-z]+ly\s+)?(?:{FINITE}|wins|loses|"
    r"prevails|comes|goes|happens|takes|gets|are|were)\b)|"
    # a person the story gave by age before, and now by age alone, the age standing as the noun:
    # "The 61-year-old denies the charge", "The retired 61-year-old, a keen angler, …" (but "The
    # 61-year-old Ines Quarle", "The 61-year-old, Ines Quarle," say who, and "The 90-year-old pier
    # fell" is a thing's age)
    r"the (?:[a-z][\w-]*,?\s+){0,2}?\d{1,3}-year-olds?"
    rf"(?=,\s+(?-i:[a-z])|\s+(?:[a-z]+ly\s+)?{FINITE})|"
    r"the (?:[a-z][\w-]*,?\s+){0,2}?\d{1,3}-year-old\s+(?:man|woman|boy|girl|men|women|boys|girls)"
    r"(?!\s+(?-i:[A-Z])|,\s+(?-i:[A-Z])|\s+(?:who|whose|from|of|in|at)\b)|"
    # a spokesman with nobody's name before him: "A spokeswoman, Ines Quarle, said …", "A spokesman
    # said …" (whose? the sentence before said; "A spokesman for the board said …" says it)
    rf"an? spokes(?:man|woman|person)"
    rf"(?=,\s+(?-i:[A-Z])[^,]*,\s+(?:[a-z]+ly\s+)?{FINITE}|\s+(?:[a-z]+ly\s+)?{FINITE})|"
    # a role standing for a person the story named before: "The Varnese leader warned …", "The
    # retired admiral hinted …" (which one?); but "The leader of the union said", "The mayor, Ada Quill,"
    # and "The harbor master Ines Quarle said" say who
    rf"the (?:[\w.-]+\s+){{0,2}}?{SUBJECT_ROLE}(?=\s+{FINITE})|"
    # a pronoun subject of an opening clause, the main clause naming nobody: "Since she lost the
    # appeal she owes the fine" (who?); "When she landed, Quill said …" names her; a time or an
    # adverb between changes nothing ("Since early May they have …", "Once again they …"), nor a
    # main clause whose subject is the pronoun again after a time or a place ("Because last winter
    # she froze the levy, at the quay she is not welcome"; but "…, the pilots said they …" names them)
    r"(?:because|although|though|while|when|after|before|since|if|once|until|unless)\s+"
    r"(?:(?:in|on|at|last|this|earlier|later|back|early|late)\s+(?:[\w'’-]+\s+){0,2}?|(?:[a-z]+ly|then|again|still|now)\s+)?"
    r"(?:he|she|they)\s+"
    r"(?:(?![^,]*,\s+(?:[A-Z]|the\s+[a-z]+\s+[A-Z]))"
    r"|[^,]*,\s+(?:(?:at|in|on|by|after|before|during|this|last|later|earlier|now|then|again)\s+"
    r"(?:(?!(?-i:[A-Z]))[^,\s]+\s+){0,5}?)?(?:he|she|they)\s)|"
    # a document or a count the story introduced before: "The memo, from the harbor master, …",
    # "Nine other boats sank", "Hundreds of others fled" (others than which?), or what
    # its subject does too: "The union also said …"
    rf"the {_DOCUMENT}|"
    r"(?:[\w'’.-]+\s+){0,4}others?\b|(?:[\w'’.-]+\s+){1,3}"
    rf"{_SECOND_ROLE}{_ALSO}|"
    # a place the dateline or an earlier sentence named: "The city has …" (which city?)
    rf"the {PLACE_KINDS}"
    r"(?!,\s+(?-i:[A-Z])|\s+(?:of|where|that|which|council|hall|centre|center|square|government|authorities|officials|police|mayor|court|limits|governor)\b)|"
    r"(?:(?:in|after|during|since|before|following|despite|amid|with|for|by|at|under|as part of|because of|"
    r"in response to) )?"
    rf"(?:the|this|that|these|those|such an?) {_SHELL}"
    r")\b"
    r"|^[^,]{1,40},\s+(?:he|she|they|his|her|their|it|its|this|these|the (?:company|firm|group|agency))\b"
    # … or after a longer lead-in that names nobody: "Long before the levy vote and the quarrel
    # over the pier, she warned the board" (who?); "After Quarle lost the vote in the assembly,
    # she …" and "After the mayor lost the vote …, she …" (a role) name her
    rf"|^[\"“‘']?\w(?:(?!\s(?-i:[A-Z])|\s{ROLE}s?\b)[^,]){{40,160}},\s+(?:he|she|they)\s"
    # what its subject does too, named with an apposition: "Ines Quarle, a pilot, also said …"
    rf"|^[^,]{{1,40}},[^,]{{1,100}},\s+{_SECOND_ROLE}also\b"
    # … or after a longer subject, maybe with its auxiliary: "The harbor board of Vell also said …",
    # "The pilots' guild has also asked for a vote" (besides what? the page has not told it); not
    # when the sentence itself tells the first of the two before it, joined ("… sank and the barge
    # also …", "Besides the levy the board also …", "… men who also …") or as its own verb ("Crews
    # cleared the quay and …", "The board raised the fee to cover also …", "What holds for Orr also
    # holds for …"), nor "also known as"
    rf"|^[\"“‘']?(?:(?!(?:(?:and|or|but|nor|yet|so|while|whereas|who|whom|which|that|where|when|as|like|besides|what|"
    rf"whatever|whoever|beyond|both|not|only|plus|addition|along|together|well|than|are|were)\b|{FINITE}))[\w'’.-]+\s+){{1,8}}"
    rf"{_SECOND_ROLE}(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|shall|did|does|do)\s+)?"
    rf"{_ALSO}"
    # … or after a lead-in of time with no comma: "On Tuesday she raised the fee" (who?)
    r"|^(?:on|in|at|by|during|later|earlier|last|this|next|then|now|today|yesterday)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:he|she|they)\s+(?![^,]*,\s+(?-i:[A-Z]))"
    # a connective set off after a lead-in: "Along the coast, though, …", "In Vell, however, …"
    r"|^[^,]{1,60},\s+(?:though|however|too|meanwhile|instead|nonetheless|nevertheless|in turn|in fact|for example|"
    r"for instance|by contrast|in contrast|as a result|"
    # … or one singling it out of, or setting it beside, what was told before: "The north pier, in
    # particular, was hit", "The guild, for its part, said …", "Orn, by comparison, …"
    r"in particular|above all|for (?:its|his|her|their) part|by comparison|likewise|similarly),"
    # "both" of what was said before ("both claims fall apart"), and "this" as the subject after
    # a lead-in ("After the vote, this was a hard week …"): which? what?
    rf"|\bboth {_SHELL}"
    # one more of the reasons or causes a sentence before listed: "… stems in part from yet another
    # factor: …", "Orr gave another reason for the delay" (besides which?); not another of a thing
    # ("another storm", "at another point in the hearing")
    r"|\banother\s+(?:[a-z]+\s+)?(?:factor|reason|cause|explanation|obstacle|complication|consideration)s?\b"
    r"|,\s+this\s+(?:is|was|might|may|could|would|will|has|had|means|meant|seems|seemed)\b"
    # a speaker's own words with no quotation marks, the speaker unseen: "We will not pay …"
    r"|^(?:i|we|our|my|you|your|let[’']s|let us)\s"
    # a possessive in the subject, before anyone is named: "Parts of her letter were …", "The text of
    # their accord says …", "Most of its crew fled" (whose? which?); a lead-in ("In light of his
    # arrest, Reyes …") names him after its comma
    r"|^[\"“‘']?(?!(?:in|on|at|by|for|as|out|because|instead|ahead|regardless|outside|inside|after|before|during|"
    r"despite|since|with|without|under|over|from|to|into|upon|within|beyond|amid|of)\s)"
    r"(?:[\w-]+\s+){1,3}of\s+(?:his|her|their|its)\s+[a-z][\w-]*(?!,)\b"
    # "such" pointing back: "to effect such change", "no such plans" (but "such as", "such a storm
    # that", "such boats as the levy covers" say what they are)
    r"|\bsuch (?!as\b|an?\b|that\b)[a-z][\w-]*\b(?!(?:\s+[a-z][\w-]*){0,2}\s+as\b)"
    # what was not given for something told before: "No reason for the delay was given."
    r"|^No (?:[\w-]+ ){1,6}(?:was|were|has been|have been|had been) (?:given|set|announced|released|made|offered)\b"
    # a speaker the reader has not met: "… paid the levy in full, he said."
    r"|,\s+(?:he|she|they)\s+(?:said|says|added|told \w+|explained|insisted)[.!]?[”\"]?$"
    # … or a quotation a pronoun speaks: "“It is fair,” she said, adding that …"
    # (or "it": a report, an agency, a statement the reader was not shown: "“Our goal is one cup,” it said")
    r"|[,.!?](?:[”\"]|'')\s+(?:he|she|they|it)\s+(?:said|says|added|told|explained|insisted|wrote|continued)\b"
    # a source the story named before, now called by its kind: "…, the report said.", "according
    # to the newspaper" (which report? which newspaper?), not one the words after it say: "the
    # report of the harbor board", "the newspaper Vell Courier"
    r"|(?:,\s+|\baccording\s+to\s+|\bquoted\s+(?:as\s+saying\s+)?by\s+)the\s+(?:(?:new|latest|official|daily|weekly|"
    r"monthly|annual|written|government|state-run|state|local)\s+)?(?-i:report|newspaper|paper|statement|study|"
    r"survey|magazine|daily|broadcast|station|network|website|communique|bulletin|radio|television|TV)"
    r"(?=\s+(?:said|says|added|adds|reported|reports|stated|states|noted|notes|quoted)\b|[.!]?[”\"]?$)"
    rf"|^[^,]{{1,40}},\s+the {PLACE_KINDS}"
    r"(?!,\s+(?-i:[A-Z])|\s+of\b)"
    rf"|\bthe {_DOCUMENT}"
    # "the conversation", "the call" with nothing saying which (but "the call with the mayor")
    r"|\bthe (?:conversation|call|encounter|meeting)\b(?!\s+(?:with|between|of|on|about|in|at|to|for|by|that)\b)"
    # anywhere: "this decision", "these measures"; "those accounts", "these countries" (but "these
    # days", "those who …", "those countries that signed": said what they are)
    rf"|\b(?:this|these|those) {_SHELL}\b"
    r"|\b(?:these|those) (?!days\b|times\b)(?:[a-z]+s|men|women|people|children)\b"
    r"(?!\s+(?:who|which|that|whose|of|in|on|at|from|with|where)\b)"
    # "fell into that category", "for that reason" (not "in that it", "so that the …", nor a
    # comparison that says what "that" is: "compared his record with that of his rival", nor "for
    # that matter")
    r"|\b(?:in|into|of|at|on|from|to|for|by|with|under|after|before|during) that "
    r"(?!(?:the|a|an|it|he|she|they|we|you|i|this|his|her|its|their|there|is|was|are|were|of|matter)\b)[a-z]+\b"
    # a demonstrative standing for what was told, after a preposition: "crews lost on that, …",
    # "an example of this last" (but "for that matter", "in this way" say what they are)
    r"|\b(?:in|into|of|at|on|from|to|for|by|with|about|over|after|before|against) (?:this|that)"
    r"(?=\s*[,.;:!?)]|\s+[-—–]\s|\s+(?:last|latter|former)\b)"
    # how much of what was told, anywhere: "has backed none of this", "denied all of that" (but
    # "much of this week", "none of this year's crop" say what it is)
    r"|\b(?:none|all|much|most|some|any|part|half|little) of (?:this|that)\b(?!\s+[\w$£€’'])"
    r"|\b(?:made|issued|delivered|took|welcomed|criticized|criticised|condemned|defended|rejected|praised|"
    r"justified|explained|reversed|followed|denied|initiated|backed|opposed|accepted|approved|endorsed|"
    rf"supported|ordered|take|takes|taking|took|taken|ruled out|dismissed|ignored|heeded|renewed|repeated|"
    rf"reiterated|echoed|withdrew|dropped|"
    # … and the answers a proposal gets: "towns have since embraced the idea" (which idea?)
    rf"embraced|adopted|hailed|applauded|resisted|shelved|scrapped|abandoned) (?:the|this|that|these) {_SHELL}\b"
    # a likeness whose other half an earlier sentence told: "a similar ban", "on similar terms"
    # (similar to what?); not "similar to the ban", "a ban similar in scope to Brill's", nor a
    # likeness among those the sentence itself names ("Both orchards use similar crates")
    r"|^(?!.*\b(?:both|and|each|all|alike)\b.*\bsimilar\b)"
    r".*\bsimilar\s+(?!(?:to|in|at|on|and|or|but|for|with|from|by|of|as|than|that)\b)[a-z][\w-]*\b"
    r"(?!(?:\s+[a-z][\w-]*){0,3}\s+(?:to|as)\b)"
    # more of what an earlier sentence told: "the vote was further delayed", "prices were further
    # lowered" (delayed before when? lowered from what?)
    r"|\b(?:is|are|was|were|be|been|being)\s+further\s+[a-z]+ed\b"
    # an act done to someone named, told by its gerund and judged: "Pardoning Ada Quill seemed to be
    # a gesture to the growers" (pardoned when?); not an event nor an activity in general
    # ("Flooding along the Drave was a blow", "Raising the fee is a step …")
    r"|^[\"“‘']?(?-i:[A-Z][a-z]{3,}ing\s+(?:[A-Z][\w'’.-]*\s+)+)(?:appeared|appears|seemed|seems|looked|looks)\s+"
    r"to\s+be\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:attempt|effort|bid|move|sign|signal|message|step|gesture|"
    r"response|concession|warning)\b"
    # what comes after it on a page the reader does not see: "shared the following chart"
    r"|\bthe following\b(?!\s+(?:day|week|month|year|morning|afternoon|evening|night|weekend|season)s?\b)"
    # an opening clause whose verb leaves out what it answers, told before: "When the guild
    # refused, the board …", "If Orn declines, …", "After the mayor agreed, …" (refused what?);
    # not one that says it ("When the guild refused the rota, …"), nor a verb complete alone ("When
    # the talks collapsed, …", "After two shareholders objected, …", "If the levy is refused, …")
    r"|^[\"“‘']?(?:when|after|if|once|because|since|unless|until|before)\s+"
    r"(?:(?!(?:is|was|are|were|be|been|being|get|got)\s)[\w'’.-]+\s+){1,4}?"  # (a passive is whole)
    r"(?:refused|refuses|declined|declines|agreed|agrees|complied|complies|"
    r"obliged|did|does|did\s+not|does\s+not|didn['’]t|doesn['’]t|would\s+not|wouldn['’]t|"
    r"could\s+not|couldn['’]t)\s*,"
    # (unless the object only waits behind an aside: "When the court refused, in a 5-4 vote, to hear
    # the appeal, …")
    r"(?![^,]{1,40},\s+(?:to|that)\s)",
    re.IGNORECASE,
)
# Asked only whether it occurs, for every sentence of every article read: in three searches (a
# third of the time).
_DANGLING_ANY = Alternation(_DANGLING)


OPENING_QUOTE = ("“", '"', "''", "``")
# A quotation mark the sentence's quotations do not pair: a quotation opened and not closed
# ('The mayor said: “We will not pay.') or closed and not opened ('We will pay in May,” she said.').
_STRAY_QUOTE = re.compile(r"[“”\"]|''|``")


def quotation_cut(text: str) -> bool:
    """The sentence holds part of a quotation that runs on past it, or began before it: the
    splitter cut a speaker's words of several sentences, and the line alone misquotes them."""
    return _STRAY_QUOTE.search(QUOTED.sub("", text)) is not None


# "The embassy here", "officials here said": wire copy's "here" is its dateline, which the page
# does not show (in a quotation it is the speaker's place, said in the speaker's words).
_HERE = re.compile(r"\bhere\b(?!\s+and\s+there\b)", re.IGNORECASE)


# "here" as a place, not the "Here's why …", "Here is what we know" of a teaser or a list.
_PLACE_HERE = re.compile(r"(?<!^)\bhere\b(?!['’]s\b|\s+(?:is|are|and\s+there)\b)", re.IGNORECASE)


def here_for_place(text: str) -> bool:
    """The sentence says "here" for a place, outside quotations, and does not open on it."""
    unquoted = QUOTED.sub("", text).strip()
    return not unquoted.lower().startswith("here") and bool(_PLACE_HERE.search(unquoted))


def dateline_here(text: str) -> bool:
    """The sentence says "here" for its dateline (outside quotations): no sentence before it on the
    page says where that is, nor does the text itself (one printed with its dateline, "OSTREL,
    Varnia _ The board met here on Monday", says where)."""
    return wire_dateline_end(text) == 0 and bool(_HERE.search(QUOTED.sub("", text)))


# "there" for a place an earlier sentence named: "two ferries moored there overnight", "… will dock
# there too" (which place?); not "there is", "there will be" (nothing pointed at) nor "here and there".
_THERE = re.compile(
    r"(?<!\bhere and )\bthere\b(?!\s*(?:is|are|was|were|will|would|could|can|may|might|must|should|shall|has|have|"
    r"had|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|used|being|been|be|also|still|now|"
    r"simply|just|never|always|often|really|already|once|certainly|probably|clearly|[’']s|[’']re|[’']ll|[’']d|"
    # … nor "there isn't", "there won't be", "there can't be"
    r"wo|ca|ai)(?:n[’']t)?\b)",
    re.IGNORECASE,
)
# A possessive in the subject after a short lead-in, before anyone is named: "In court his lawyer
# argued …" (whose lawyer?). "After his arrest, Reyes said …" names him right after its comma.
_POSSESSIVE_SUBJECT = re.compile(
    r"^(?:[IO]n|At|Outside|Inside|During|Later|Now|Separately)\s+(?:[A-Za-z]+\s+){0,2}(?:his|her|their)\s+[a-z][\w'’-]*"
    # … then its verb, or a name set off as an apposition: "In court his lawyer, Ivo Marsh, said"
    r"(?:\s+[a-z]|,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,)"
)


# "he" or "she" as the subject of a clause further in: "Residents say she may close the pier",
# "The levy passed and he never paid it" (who?).
_INNER_PRONOUN = re.compile(
    rf"\b(?:he|she)\s+(?:(?:also|still|never|not|now|then|already|only|just|[a-z]+ly)\s+)?"
    # … or its verb contracted or in -es: "she isn’t fit", "he’s running", "he goes back"
    rf"(?:{FINITE}|(?:is|was|does|did|has|had|would|could|should|can|ca|wo)n[’']t\b|goes\b)"
    r"|\b(?:he|she)[’'](?:s|d|ll)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ing|ed|en)?\b",
    re.IGNORECASE,
)
# What before it may be the person the pronoun stands for: a capitalized word past the first one
# ("… Ines Quarle said she …"), a role or a person's noun ("the pilot said she …", "his wife said
# she …"), or someone described ("a pilot who lost her boat said she …").
_PERSON_WORD = (
    rf"{ROLE}|man|woman|men|women|wife|husband|mother|father|daughter|son|sister|brother|girl|boy|widow|"
    r"friend|neighbou?r|owner|pilot|worker|farmer|teacher|doctor|nurse|student|who|whom|whose|someone|somebody|"
    r"anyone|everyone|nobody|person|an? \d{1,3}-year-old"
)
_PERSON_NOUN = re.compile(
    rf"\b(?:{_PERSON_WORD}|he|she|him|her|his|"
    # … a doer's noun: "the jailed smuggler told the court he …"
    r"[a-z]{3,}(?:er|or|ist|ian|ant)s?)\b",
    re.IGNORECASE,
)
# … a person's own noun: not a pronoun, nor a word that only ends like a doer's noun ("super", "number")
_PERSON_WORD_ONLY = re.compile(rf"\b(?:{_PERSON_WORD})\b", re.IGNORECASE)
_CAPITALIZED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’.-]*")
# A first word that is not a name: a lead-in's participle ("Asked about …"), or people counted
# as a group ("Residents say she …").
_NOT_A_NAME = re.compile(
    r"^(?:[A-Z][a-z]+(?:ed|ing)|Residents|Officials|Critics|Supporters|Analysts|Aides|Friends|Neighbou?rs|Police|"
    r"Witnesses|Colleagues|Sources|People|Voters|Experts|Observers|Allies|Opponents|Advocates|Members|Reports|"
    r"Polls|Many|Some|Others|Most|Few)\b"
)
# … and a name after the pronoun's clause, or a name as a subject further on, says who it is:
# "When she took office, Ines Quarle …", "The writ on which he was held says Marsh “lied …”".
_NAMED_AFTER = re.compile(r"^[^,]*,\s+(?:the\s+[\w-]+\s+)?[A-Z]")
_NAME_AS_SUBJECT = re.compile(rf"\b[A-Z][\w'’-]*\s+[\"“]?(?:[a-z]+ly\s+)?{FINITE}")


# A group as the subject that reports or believes, and nothing else before the pronoun: "Varnese
# dockers say he …", "U.N. tally clerks doubt she …", "Kesh ferry crews fear he …". A group is no one
# "he" or "she" stands for, and its first word is its place or its kind, not a name; a possessive
# one may be ("Quarle's aides said she …": Quarle).
_GROUP_THINKS = re.compile(
    r"(?:(?:The|Two|Three|Four|Several|Many|Some|Most|Other)\s+)?[A-Z][\w.'’-]*(?<!['’]s)(?<!['’])"
    r"(?:\s+(?-i:[a-z])[\w-]*){0,2}\s+(?:(?-i:[a-z])[\w-]*[^\Ws]s|(?-i:[a-z])[\w-]*men|police|people|staff)\s+"
    r"(?:also\s+|now\s+|still\s+|have\s+|had\s+)?"
    r"(?:say|said|believe|believed|suspect|suspected|think|thought|fear|feared|allege|alleged|claim|claimed|"
    r"charge|charged|contend|contended|insist|insisted|argue|argued|told|tell|report|reported|know|knew|"
    r"expect|expected|hope|hoped|doubt|doubted|assume|assumed|conclude|concluded|testify|testified|"
    r"worry|worried|complain|complained|estimate|estimated|found|find|agree|agreed|note|noted)"
    # … maybe whom they told, and when: "told reporters", "said on Monday that"
    r"(?:\s+(?:reporters|journalists|investigators|police|the\s+court|the\s+inquiry))?"
    r"(?:\s+(?:on\s+)?\w+day)?(?:\s+that)?,?\s*"
)

# … but a person's own people, the name written before them with no 's ("Quarle aides said she …",
# "Marsh loyalists insist he …"), are that person's: unless the word is shaped like a people's
# ("Varnese lawyers", "Kellish aides": a place's, no one "he" stands for).
_PERSONS_PEOPLE = re.compile(
    r"(?:The\s+)?(?![A-Z][a-z]+(?:an|ese|ish|i|ch)\b)[A-Z][\w'’-]*\s+"
    r"(?:aides|allies|supporters|loyalists|lawyers|attorneys|advisers|advisors|spokesmen|spokeswomen|associates|"
    r"backers|followers|relatives|bodyguards|biographers|lieutenants|confidants|defenders|critics|opponents)\b"
)


def _inner_pronoun(text: str) -> bool:
    """A clause further in has "he" or "she" as its subject, and nothing before it in the sentence
    names or describes a person it could stand for (a group that says or believes it is none)."""
    unquoted = QUOTED.sub(" ", text).strip()
    if any(mark in unquoted for mark in ("“", "”", '"', "''", "``")):  # a quotation the sentence does not close
        return False
    match = _INNER_PRONOUN.search(unquoted)
    if match is None or match.start() == 0 or _NAMED_AFTER.match(unquoted[match.end() :]):
        return False
    after = _NAME_AS_SUBJECT.search(text, text.find(match.group(0)) + len(match.group(0)))
    if after is not None and not _other_sex(match.group(0), text[: after.start()]):
        return False
    before = unquoted[: match.start()]
    if _GROUP_THINKS.fullmatch(before) and not _PERSONS_PEOPLE.match(before):
        return True
    return not _someone_before(before)


# A courtesy title right before a name (its sex is the lexicon's HONORIFICS).
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s*$")


def _other_sex(pronoun: str, before_name: str) -> bool:
    """The name after a pronoun is titled as of the other sex: "The fact that he won … than Mrs. Orr
    was …" does not say who "he" is."""
    title = _TITLE_BEFORE.search(before_name)
    sex = HONORIFICS.get(title.group(1).lower()) if title else None
    return sex is not None and sex != ("m" if pronoun.lower().startswith("he") else "f")


# A news outlet's name is nobody a pronoun stands for: "The Vell Ledger learned that she …", "…
# according to Orn Radio, he …" (who? the sentence before said). Only where an outlet stands (it
# reports, is told, is the source), and only a name the attribution lexicon takes for an outlet's:
# "Ledger said she would appeal" may be a person.
_NAME_RUN = r"(?:The\s+)?(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*"
_OUTLET_PLACE = re.compile(
    rf"(?P<verb>\b(?:told|according to|quoted by|reported by|interview with)\s+)(?P<after>{_NAME_RUN})"
    rf"|\b(?P<before>{_NAME_RUN})(?=\s+(?:reported|reports|quoted|quotes|learned|learnt)\b)"
)


def _outlets_out(before: str) -> str:
    """The words with a news outlet's name in an outlet's place taken out."""

    def out(found: re.Match[str]) -> str:
        name = found.group("after") or found.group("before")
        outlet = OUTLET_NAME.fullmatch(name) or REPORTERS.search(name) or PRESS.search(name.split()[-1])
        return (found.group("verb") or "") if outlet else found.group(0)

    return _OUTLET_PLACE.sub(out, before)


def _someone_before(before: str) -> bool:
    """The start of a sentence names or describes a person a pronoun after it may stand for."""
    before = _outlets_out(before)
    first = re.match(r"[\w'’.-]+", before)
    word = first.group(0) if first else ""
    if word[:1].isupper() and word.lower() not in STOP_WORDS and not _NOT_A_NAME.match(before):
        return True  # the first word may be the name: "Quarle says she …"
    return bool(_CAPITALIZED.search(before) or _PERSON_NOUN.search(before))


# A story going on from what it told: "Eventually he was …", "Then she …" (who?).
_GOING_ON = re.compile(r"^[\"“‘']?(?:[A-Z][a-z]+ly|Then|Now|Later|Soon|Afterwards?),?\s+(?:he|she|they)\b")
# A whole the page has not shown, or the fiercest of a set it has not told: "The whole fleet was …", "The whole
# convoy turned back." (which?), "One of the fiercest quarrels was about tolls." (at what hearing?). ("One of the
# fiercest quarrels of the hearing", "The whole of the pier" say which.) A noun in -est is no superlative ("One of
# the protest leaders was …"), and a quotation's own opening words are the speaker's ('"The whole deal is …," said …').
_EST_NOUN = (
    "(?:protest|contest|interest|guest|request|harvest|forest|arrest|conquest|inquest|test|quest|bequest|behest|"
    "unrest|manifest|honest|modest|west|nest|chest|crest|pest|rest|vest|zest|jest|digest|suggest|invest)"
)
_UNSEEN_WHOLE = re.compile(
    r"^(?:The (?:whole|entire) (?!(?:country|world|nation|time|year|day|week|thing)\b)[a-z]+|"
    rf"(?:One|Some|Two|Three|Many|Several) of the (?:(?!{_EST_NOUN}\b)[a-z]+est|most [a-z]+|best|worst) [a-z]+s)"
    rf"\s+(?:[a-z]+ly\s+)?(?:{FINITE}|are|were|have|came|comes|goes|seems?|remains?)\b"
)
# What a sentence leaning on the one before may be paired with must stand alone plainly: not
# calling someone "him", "her" or "them" before naming anybody ("The ferry guilds paid
# him twice."), nor ranking on from a list ("Fourth was …").
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\b")
# … "him" or "her" so is a person the page has not named, whatever sentence it is in ("them" may
# stand for a group the sentence itself names: "The crews asked the board to help them.").
_HIM_OR_HER = re.compile(r"\b(?:him|her)\b")
# A count whose noun the sentence leaves out, at its end: "Vell has at least 14.", "Orr won six." (14
# what? the sentence before said: seats, votes, delegates). Not when the sentence gives the noun with
# another count ("Orr has 14 seats and Vell has 9."), nor after a preposition ("since 1984", "to 74").
_NUMBER = r"(?:\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)"
_COUNT_LEFT_BARE = re.compile(
    r"\b(?:has|have|had|won|wins|win|get|gets|got|gain|gains|gained|receive|receives|received|take|takes|took"
    r"|chose|choose|chooses|picked|pick|picks|claim|claimed|claims|secure|secured|secures|earn|earned|earns"
    r"|hold|holds|held)"
    r"(?:\s+up)?\s+(?:(?:at\s+least|a\s+total\s+of|only|just|about|nearly|almost|more\s+than)\s+)*"
    rf"{_NUMBER}[.!]?[\"”’']?$"
)
_COUNTED_NOUN = re.compile(
    rf"\b{_NUMBER}\s+(?:[A-Z][\w’'-]*\s+)*(?!(?:at|in|on|of|to|and|or|for|with|from|by|percent)\b)[a-z]{{3,}}"
)


def _count_left_bare(text: str) -> bool:
    """The sentence ends on a count whose noun only an earlier sentence gives."""
    end = _COUNT_LEFT_BARE.search(text)
    return end is not None and _COUNTED_NOUN.search(text, 0, end.start()) is None


# A share of people who answered, opening the sentence, with no poll named in it: "Under 2 percent
# chose Quarle.", "Some 31 percent said Vell should go.", "Two-thirds back the harbour
# levy." (of whom? asked by whom?): the survey is in a sentence before. Not when the sentence names
# its poll or survey ("… in the Courier's poll", "according to …"), nor a share of a thing ("Half
# of the fleet sailed").
_SHARE_ANSWERED = re.compile(
    r"^[\"“‘']?(?:(?:only|just|about|nearly|almost|roughly|some|more\s+than|less\s+than|fewer\s+than|over|under"
    r"|and|but)\s+)*"
    r"(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)|(?:a|one|two)[\s-](?:third|quarter|fifth)s?|half|two-thirds"
    r"|three-quarters|three-fourths)"
    r"(?:\s+of\s+(?:them|those|respondents|voters|[\w-]+\s+voters|[\w-]+s))?\s+(?:(?:also|still|now)\s+)?"
    r"(?:chose|said|say|says|backed|back|favou?red|favou?r|supported|support|supports|preferred|prefer|picked|want"
    r"|wanted|believe|believed|think|thought|approve|approved|disapprove|disapproved|oppose|opposed|would|viewed"
    r"|view|rated|gave|named)\b",
    re.IGNORECASE,
)
_POLL_NAMED = re.compile(
    r"\b(?:polls?|polled|polling|surveys?|surveyed|respondents|according\s+to|study|found|census)\b", re.IGNORECASE
)


def _share_answered_unsaid(text: str) -> bool:
    """The sentence opens on a share of people answering a poll it does not name (`_SHARE_ANSWERED`)."""
    return _SHARE_ANSWERED.match(text) is not None and _POLL_NAMED.search(text) is None


# One term of a pair whose other the sentence before gave: what is left of a set once its first
# members were told ("The rest of the field polled below five percent": the rest after whom?), and
# what stands against something it does not say ("… cast himself as a counterweight"). Not the rest
# of what everyone knows ("The rest of the world …", "… of the week"), nor a counterweight to what
# it says ("a counterweight to the guild").
_REST_OF = (
    r"^[\"“‘']?the\s+(?:rest|remainder)\s+of\s+(?:the|its|his|her|their)\s+"
    r"(?!(?:world|country|nation|day|week|month|year|season|term|session|century|decade|time|way)\b)"
)
_COUNTER_TERM = (
    r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?:counterweight|counterbalance|counterpoint|antithesis|foil|riposte|retort)\b"
    # (the phrase ends there: not a word of a longer noun, "the foil wrapping")
    r"(?=\s*(?:[,.;:!?—–-]|$)|\s+(?:and|or|but|whose|who|which|that|in|on|at|with|as|from)\b)"
)
_OTHER_TERM_UNSAID = re.compile(rf"{_REST_OF}|{_COUNTER_TERM}", re.IGNORECASE)

_RANKED_ON = re.compile(
    r"^[\"“‘']?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last)\s+"
    r"(?:was|were|is|are|came|comes|went|goes)\b",
    re.IGNORECASE,
)


def stands_alone_plainly(text: str) -> bool:
    """`leans_on_context` says no, and neither does the stricter sign for "them": what a leaning
    sentence may be brought in with (`Selector.situation`)."""
    return not leans_on_context(text) and not _called_unnamed(text, _OBJECT_PRONOUN, _FULL_NAME)


def _before_pronoun(text: str, pronoun: re.Pattern[str]) -> str | None:
    """What comes before the first `pronoun` outside quotations (None: no such pronoun)."""
    unquoted = QUOTED.sub(" ", text)
    found = pronoun.search(unquoted)
    return None if found is None else unquoted[: found.start()]


def _called_unnamed(text: str, pronoun: re.Pattern[str], name: re.Pattern[str]) -> bool:
    """The sentence calls someone `pronoun` ("him", "her", "them") and nothing before it says who: no
    `name`, no subject's surname opening it, no person's noun ("the pilot said the crews thanked him")."""
    before = _before_pronoun(text, pronoun)
    if before is None:
        return False
    return not (name.search(before) or _PERSON_NOUN.search(before) or _someone_before(before.split(" ", 1)[0]))


def _him_or_her_unnamed(text: str) -> bool:
    """The sentence calls someone "him" or "her" and nothing in it says who: no name anywhere ("In her
    speech, Quarle …"), no subject's surname opening it, no person's own noun before it (a pronoun or a
    word that only ends like a doer's noun, "super", "number", is none)."""
    before = _before_pronoun(text, _HIM_OR_HER)
    if before is None:
        return False
    named = _NAME_WORD.search(QUOTED.sub(" ", text))
    return not (named or _PERSON_WORD_ONLY.search(before) or _someone_before(before.split(" ", 1)[0]))


# A name in full ("Ines Quarle"; one capitalized word may be a place), or any capitalized word that
# may be a name ("Quarle"), not an acronym ("PACs", "NATO").
_NAME_WORD = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z][\w'’.-]*")
_FULL_NAME = re.compile(r"\b[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+")


# A speaker's own words with no quotation marks, further in: "Even in school I kept going …", "…
# against us" (a quote paragraph's next sentence, or an interview's answer): who is speaking?
_FIRST_PERSON = re.compile(r"\bI(?:\s+[a-z]|['’](?:m|ve|ll|d)\b)|\b(?:we|us|our|ours|my|me)\b|^[\"“‘']?(?:We|Our|My)\b")
# … but "I" after a capitalized word is a numeral: "Title I schools", "World War I", "Division I
# athletes"; and so after the nouns numbered so (`spoken.NUMBERED`) when they open the sentence.
# … unless the sentence says who speaks ("…, Quarle said", "according to the pilots").
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|recalled|recalls|explained|explains|"
    r"insisted|argued|argues|noted|declared|stated|according to)\b",
    re.IGNORECASE,
)


# No comment, on what the page has not said: "The pilots' guild declined to comment.", "The Kesh
# ferry office did not reply to repeated calls seeking comment.", "Orr's lawyers were not available to
# comment." ("… declined to comment on the levy" says on what; "The vaccine was not available"
# is news.)
_NO_COMMENT = re.compile(
    r"(?:\b(?:declined|refused)(?: to)? comment(?: further)?"
    r"|\b(?:was|were|is|are)(?: not|n[’']t) (?:immediately )?available (?:for|to) comment"
    r"|\b(?:did not|didn[’']t|could not|couldn[’']t) "
    r"(?:immediately )?(?:respond|reply|be reached)(?: to (?:an? |several |repeated )?(?:\w+ )?"
    r"(?:requests?|messages?|e-?mails?|calls?|inquir(?:y|ies)))?(?: (?:for|seeking) comment)?)"
    r"(?: on \w+day| \w+day)?(?: (?:night|morning|afternoon|evening))?[.!]?[”\"']?$",
    re.IGNORECASE,
)


# … nor a refusal to answer, the question asked with it: "Quarle would not say what the guild
# would do next.", "The harbor office declined to say how many boats were seized." (what was not
# said is no news; "Quarle would not say whether she would run, but the guild endorsed her on
# Monday" has news joined on, and "Quarle said she would not run" is a statement).
# Only when the refusal is the sentence's own verb, its subject alone before it: news joined on
# before it ("Police held two dockers but would not say why", "The bank raised its rate and did
# not say whether …", "… the guild's head, who would not say …", "…, yet they refused to say …",
# "Raiders burned two barges; the wardens would not say …") is news (`_JOINED`), and so is news
# inside the question or in an aside ("would not say what caused the blast that killed 11 miners",
# "The council, which closed three schools on Monday, would not say …": a question of at most ten
# words, no number, no clause of its own; no comma before the refusal).
_JOINED = re.compile(r";|\b(?:and|but|yet|so|who|which|that|while|though|although)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NO_ANSWER = re.compile(
    r"\b(?:would not|wouldn[’']t|did not|didn[’']t|declined to|refused to)\s+"
    r"(?:immediately\s+)?(?:say|disclose|specify|elaborate|give\s+details)"
    r"(?:\s+(?:what|whether|how|when|where|who|whom|why|if|which)(?:\s+(?!(?:that|which|who|when)\b)[^\s,;:\"“”\d]+){1,10})?"
    r"(?: on \w+day| \w+day)?[.!]?[”\"']?$",
    re.IGNORECASE,
)


def _no_comment_alone(text: str) -> bool:
    """No comment, or no answer (`_NO_ANSWER`), is all the sentence says: not the tail of a news
    clause ("Police held three dockers, and their lawyers could not be reached.")."""
    match = _NO_COMMENT.search(text)
    if match is None and (match := _NO_ANSWER.search(text)) is not None:
        before = text[: match.start()]
        if _JOINED.search(before) or "," in before:
            return False  # "… but would not say why", "The council, which closed …, would not say …"
    return match is not None and not re.search(r"[,;]\s+(?:and|but)\s", text[: match.start()])


def _first_person(unquoted: str) -> bool:
    """The text speaks in the first person: "we", "my", a pronoun "I" (not a numeral)."""
    found = _FIRST_PERSON.finditer(unquoted)
    return any(not m.group().startswith("I") or pronoun_i(unquoted, m.start()) for m in found)


def _unseen_speaker(unquoted: str) -> bool:
    return _first_person(unquoted) and not _SPEECH.search(unquoted)


# A speaker counted among ones the reader has not met, in the speech tag after a quotation: '"We
# will appeal," a third lawyer, Ines Orr, told the court', '…," said another guild member' (a third
# after which two?). (A verb of saying before "another" with no quotation is its object: "The
# guild said another strike would begin".) Not a compound that says what it counts ('…," said
# Orr, a third-generation ferryman'), nor a speaker the tag names plainly ('…," a guild lawyer said'),
# nor one it names right after the count ('…," a third defendant, Paul Reyes, told reporters'; '…,"
# said another union, the dockers': the reader knows who speaks).
_COUNTED_SPEAKER = re.compile(
    r"[,!?][”\"’']\s+(?:(?:said|says|added)\s+)?"
    r"(?:(?:a|one)\s+(?:second|third|fourth|fifth|sixth)|another)\s+(?!-)"
    # a share ("a third of the members") or a paper that carries words ("another report", "another
    # warning") counts no speaker
    rf"(?!of\b|(?:{'|'.join(sorted(WORD_CARRIERS | {'warning', 'warnings', 'message', 'messages'}))})\b)"
    r"[a-z][\w’'-]*\b"
    r"(?![\w\s’'-]*,\s+(?:[A-Z]|the\s))"
)


# A word of the first person anywhere (every word `_FIRST_PERSON` finds, and more): a cheap first look,
# and what makes quoted words a speaker's own (positions: "“We will appeal,” said Lind, citing …").
FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Uu]s|[Oo]urs?|[Mm]y|[Mm]e)\b")


def speaker_unnamed(text: str) -> bool:
    """Outside its quotes the sentence speaks in the first person ("we", "my", "I") and says
    nowhere who speaks: someone's own words, or the writer's."""
    # (most sentences have no first-person word at all: a cheap look for one first)
    return FIRST_PERSON_WORD.search(text) is not None and _unseen_speaker(QUOTED.sub("", text))


# "the ferry in question": the one a sentence before was about (not "called into question"), unless
# the sentence itself names it before ("… kept two ferries at sea when the ferries in question …").
_IN_QUESTION = re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+in question\b", re.IGNORECASE)


def _in_question_unsaid(unquoted: str) -> bool:
    found = _IN_QUESTION.search(unquoted)
    if found is None:
        return False
    noun = found.group(1).lower()
    before = re.findall(r"[a-z]+", unquoted[: found.start()].lower())
    return not any(w == noun or stem(w) == stem(noun) for w in before)


# A word or a phrase someone said, in quotation marks inside a sentence ("The co-op's cider deal
# is a “straitjacket” for growers"): a speaker's word, not a title ("the ferry “Harbor Light”").
_SCARE_QUOTE = re.compile(r"(?<=\s)(?:[“\"]|``)(?-i:[a-z])[\w'’-]*(?:\s+[\w'’-]+){0,3}[,.!?]?(?:[”\"]|'')")
# … whose speaker, or the naming of it, the sentence gives: "…, Marsh said", "what he called …",
# "the so-called …", "Marsh accused the board of …".
_WHOSE_WORD = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed)?|brand(?:s|ed)?|label(?:s|l?ed)?|describ(?:es|ed|ing)|"
    r"known|so-called|nicknamed|accus(?:es|ed|ing)|warn(?:s|ed|ing)|vow(?:s|ed)|promis(?:es|ed)|claim(?:s|ed)|"
    r"urg(?:es|ed)|denounc(?:es|ed)|prais(?:es|ed)|criticiz(?:es|ed)|condemn(?:s|ed)|word|phrase|slogan|motto)\b",
    re.IGNORECASE,
)
# … or a subject whose verb comes before it, who says the word ("Growers chanted “fair price”",
# "Critics dismissed the deal as “theatre”"); with "be" or a modal the subject is what the word
# describes, not who said it ("The deal is a “straitjacket”").
_SPEAKER_BEFORE = re.compile(
    r"\b(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+"
    rf"(?!(?:is|was|has|had|does|did|will|would|could|can|may|might|must|should|remains)\b){FINITE}|\bas\s*$"
)


def _word_of_someone_unseen(text: str) -> bool:
    """The sentence quotes someone's word or phrase and names no speaker: the one before it did."""
    found = _SCARE_QUOTE.search(text)
    if found is None:
        return False
    before, rest = text[: found.start()], text[: found.start()] + text[found.end() :]
    return not (_SPEECH.search(rest) or _WHOSE_WORD.search(rest) or _SPEAKER_BEFORE.search(before))


# "Of course" set off inside a sentence: the writer grants what the reader is taken to know from
# what came before ("The levy, of course, was the guild's idea"; "… fell, of course."); granted
# against what, the page has not said.
_OF_COURSE = re.compile(r",\s+of\s+course(?:,|[.!]?$)", re.IGNORECASE)


# A time counted from a day the sentence does not give: "The day before, in Ostrel, …", "a survey taken the
# same month", "from 3.9 percent the day before" (before which day? the sentence before said). Not one the
# words after it give ("the day before the vote", "the same night she won", "the weekend after leaving
# port"), nor when the sentence
# names a time of its own for it to count from ("voted on Monday and met again the next day").
_COUNTED_FROM_UNSAID = re.compile(
    r"\bthe\s+(?:(?:day|night|morning|evening|afternoon|week|weekend)\s+(?:before|after|earlier|prior)\b"
    r"(?!\s+(?:the|a|an|his|her|their|its|this|that|last|he|she|they|it|we|I|you|[a-z]+ing|(?-i:[A-Z])[\w'’.-]*|\d[\w,.]*)\b)"
    r"|same\s+(?:day|night|morning|evening|afternoon|week|weekend|month|year)\b"
    r"(?!\s+(?:as|that|when|of|he|she|they|it|we|I|you|(?-i:[A-Z])[\w'’.-]*)\b)"
    # ("over the next week", a span from the article's day, says its start)
    r"|(?:previous|next)\s+(?:day|night|morning|evening|afternoon)\b(?!,?\s+(?:when|as)\b))",
    re.IGNORECASE,
)
_TIME_OF_ITS_OWN = re.compile(
    rf"\b(?:{WEEKDAY_NAME}|today|tonight|yesterday|tomorrow|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# … not in a habit ("holds its market the same day every week", "are counted the same night"), nor
# when the sentence sets several of its own events on one day ("The two quakes struck on the same day").
_HABIT_OR_SEVERAL = re.compile(
    r"\b(?:every|each|always|usually|often|typically|generally|normally|are\s+counted|is\s+counted|"
    r"two|three|both|twin)\b",
    re.IGNORECASE,
)


# … nor a day counted from a condition the sentence sets: "should return the next day if the fever
# persists" (a rule's "should" elsewhere is no habit: "… said the levy should go" in a poll the same month).
_ON_A_CONDITION = re.compile(r",?\s+(?:if|unless|whenever|once)\b", re.IGNORECASE)


def _counted_from_unsaid(text: str) -> bool:
    """A time counted from a day the sentence does not name (`_COUNTED_FROM_UNSAID`)."""
    found = _COUNTED_FROM_UNSAID.search(text)
    if found is None or _HABIT_OR_SEVERAL.search(text) or _ON_A_CONDITION.match(text, found.end()):
        return False
    rest = text[: found.start()] + " " + text[found.end() :]
    return _TIME_OF_ITS_OWN.search(rest) is None


def leans_on_context(text: str) -> bool:
    """The sentence depends on one before it that the reader of a brief has not seen."""
    if _DANGLING_ANY.occurs(text) or _POSSESSIVE_SUBJECT.search(text) or _inner_pronoun(text) or _GOING_ON.search(text):
        return True
    if _word_of_someone_unseen(text):
        return True
    # "him" or "her" with nobody named anywhere: "Three ferry guilds are campaigning to re-elect him." (who?)
    if _OTHER_TERM_UNSAID.search(QUOTED.sub("", text)):
        return True
    if _RANKED_ON.search(text) or _UNSEEN_WHOLE.search(text) or _him_or_her_unnamed(text) or _count_left_bare(text):
        return True
    if _share_answered_unsaid(text):
        return True
    unquoted = QUOTED.sub("", text)
    return bool(
        _OF_COURSE.search(unquoted)
        or dateline_here(text)
        or _THERE.search(unquoted)
        or _unseen_speaker(unquoted)
        or _COUNTED_SPEAKER.search(text) is not None
        or _no_comment_alone(text)
        or _in_question_unsaid(unquoted)
        or _counted_from_unsaid(unquoted)
    )


# A sub-head run into its paragraph: a few words and a colon before a sentence ("Calm the waters:
# The harbor board …", "Update: …"); not a speaker's colon ("Quill said: …"), nor a clause ("The
# rule is simple: …" has its verb).
_SUBHEAD = re.compile(r"^[\"“‘']?((?:[\w'’.-]+\s+){0,3}[\w'’.-]+):\s+[\"“‘']?[A-Z]")
# A name and what describes it, with no verb: a caption or a credit line ("Ines Quarle, 58, harbor
# master of Vell."). A word in -s may be a verb in the present ("Reyes, the mayor, backs it."): no label.
_LABEL = re.compile(r"^[\"“‘']?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s+[^,]+)+[.!]?[\"”’']?$")
LABEL_WORDS = 10  # a caption is a name and a few words; a longer line is a sentence we cannot parse
TITLE_WORDS = 4  # capitalized words past the first that make a line a headline, when no word is in lower case
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FINITE_WORD = re.compile(rf"\b{FINITE}", re.IGNORECASE)
_PRESENT = re.compile(r"\b[a-z][a-z'’-]*[a-z]s\b")


# An interview's turn: "Q: …", "A: …", or a bold Q run into its text by the page's markup ("QYou
# said …"): a question or an answer to one the page does not show.
_INTERVIEW_TURN = re.compile(r"^(?:[QA]:\s|Q(?=[A-Z][a-z’']))")


# A headline's subjectless verb opening a line: "Takes Ostrel, but the board still has the votes." (who takes?)
_HEADLINE_VERB = re.compile(r"^(?:Takes|Wins|Loses|Beats|Vows|Slams|Blasts|Says|Sweeps|Clinches)\s+(?-i:[A-Z])")


def is_fragment(text: str) -> bool:
    """A sub-head run into the text, a label, an interview's turn or a headline's subjectless verb: a
    line a page layout shows, not a sentence that stands alone."""
    if _INTERVIEW_TURN.match(text) or _HEADLINE_VERB.match(text):
        return True
    heading = _SUBHEAD.match(text)
    if heading and not _FINITE_WORD.search(heading.group(1)):
        return True
    short = len(text.split()) <= LABEL_WORDS
    if short and bool(_LABEL.match(text)) and not _FINITE_WORD.search(text) and not _PRESENT.search(text):
        return True
    # A headline in title case: every word but the small ones capitalized ("Quarle Wins Vell Vote As
    # Pilots Walk Out."): a sentence has a verb or a noun in lower case.
    # (Only articles, prepositions and conjunctions may be small: "Quarle will appear at …" is a sentence.)
    words = [w for w in _WORD.findall(text)[1:] if w.lower() not in _FUNCTION_WORDS]
    return len(words) >= TITLE_WORDS and all(w[:1].isupper() for w in words)


_FUNCTION_WORDS = frozenset(
    """a an the of in on at to for by with and or nor but as from vs via into onto over under after before
    about against amid among between during without within upon""".split()
)


_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")


_TEXT = attrgetter("text")  # of a Sentence


def surnames_alone(corpus: Corpus) -> dict[tuple[int, int], tuple[str, ...]]:
    """(article, position) -> the names a sentence calls someone by alone when its article gave
    them in full before: as it opens ("Reyes declined …" after "Deputy Prosecutor Tom Reyes said
    …"), or further on when that was a person's name ("…, said Reyes"). A reader who has not
    seen the earlier sentence does not know who that is. A word the articles also write in lower
    case ("Police said") is not a name.

    What depends on one article alone (`names_alone`) is taken from its analysis, when the corpus
    has them all."""
    texts = dict.fromkeys(map(_TEXT, corpus.sentences))  # each distinct sentence once
    # (one search over them all, in C: a line break ends a word as a text's end does)
    lower = set(_LOWER_WORD.findall("\n".join(texts)))
    if len(corpus.analyses) == len(corpus.articles):
        per_article = [(i, analysis.alone) for i, analysis in enumerate(corpus.analyses)]
    else:
        grouped: dict[int, list[tuple[int, str]]] = {}
        for sentence in corpus.sentences:
            grouped.setdefault(sentence.article, []).append((sentence.position, sentence.text))
        per_article = [
            (i, {sentences[at][0]: w for at, w in names_alone([t for _, t in sentences]).items()})
            for i, sentences in grouped.items()
        ]
    found = {}
    for article, alone in per_article:
        for position, names in alone.items():
            needed = tuple(w for w in names if w.lower() not in lower)
            if needed:
                found[(article, position)] = needed
    return found


# A role as the subject, alone: "The president said …", "The Varnese leader warned …".
_ROLE_SUBJECT = re.compile(rf"^[\"“‘']?the ((?:[\w.-]+\s+){{0,2}}?)({SUBJECT_ROLE})(?=\s+{FINITE})", re.IGNORECASE)
_NAME = r"((?:[A-Z][\w'’.-]*\s+){0,3})([A-Z][\w'’-]*[a-z][\w'’-]*)\b"
# A person named with a role: "Harbor Master Ines Quarle", "the Varnese leader, Ivo Marsh," and
# "Ivo Marsh, the Varnese leader" (the role's words, then the name, whose last word is the surname).
# A role word, one holder or more: "minister", "ministers".
_ROLE_WORD = re.compile(rf"\b({ROLE})s?\b", re.IGNORECASE)
_NAME_AFTER = re.compile(rf"(?:\s+|,\s+){_NAME}")
_NAME_BEFORE = re.compile(rf"{_NAME},\s+(?:the\s+|a\s+|an\s+)?((?:[\w.'’-]+\s+){{0,3}}?)$")
_WORDS_BEFORE = re.compile(r"(?:[\w.'’-]+\s+){0,2}$")


def role_subject(text: str) -> tuple[str, ...] | None:
    """The words of the role a sentence's subject is called by (("varnese", "leader") for "The
    Varnese leader warned …"), when the role alone makes the sentence lean on an earlier one."""
    match = _ROLE_SUBJECT.match(text)
    if match is None or leans_on_context("Someone" + text[match.end() :]):
        return None
    return (*match.group(1).lower().split(), match.group(2).lower())


def people_by_role(text: str) -> list[tuple[frozenset[str], str]]:
    """The people a text names with a role, in order: (the role's words, lower case; the surname)."""
    return [(words, surname) for _, words, surname in _role_mentions(text) if surname is not None]


def _role_mentions(text: str) -> list[tuple[int, frozenset[str], str | None]]:
    """Each role a text names, in order: (where; the role's words, lower case; the surname of the
    person it is given with, or None for a holder not named: "another minister", "ministers")."""
    found: list[tuple[int, frozenset[str], str | None]] = []
    for role in _ROLE_WORD.finditer(text):  # each role word, then a name after it or before it
        head = role.group(1).lower()
        named = False
        after = _NAME_AFTER.match(text, role.end()) if role.group(0).lower() == head else None
        if after is not None:
            modifiers = _WORDS_BEFORE.search(text, 0, role.start())
            words = frozenset(modifiers.group().lower().split() if modifiers else ()) | {head}
            found.append((role.start(), words, after.group(2)))
            named = True
        before = _NAME_BEFORE.search(text, max(0, role.start() - 120), role.start())
        # only an apposition whose head is the role: not "Ivo Marsh, a rival of the leader," nor
        # "Ivo Marsh, the leader's aide,"
        if before is not None and _apposition(text, role, before.group(3)):
            found.append((before.start(), frozenset(before.group(3).lower().split()) | {head}, before.group(2)))
            named = True
        if not named:
            found.append((role.start(), frozenset({head}), None))
    return sorted(found, key=lambda f: f[0])


_NOT_A_HEAD = frozenset("of to for with from by in at on and or the a an who whose which".split())


def _apposition(text: str, role: re.Match[str], words: str) -> bool:
    return (
        role.group(0).lower() == role.group(1).lower()
        and not _NOT_A_HEAD.intersection(words.lower().split())
        and not re.match(r"[’']s\b", text[role.end() :])
    )


def plays(role: tuple[str, ...], words: frozenset[str]) -> bool:
    """A person named with `words` is who `role` ("the Varnese leader") calls by that role: the
    same head, and every word before it given with the name."""
    return role[-1] in words and words.issuperset(role)


def role_antecedents(corpus: Corpus) -> dict[tuple[int, int], tuple[tuple[str, ...], str]]:
    """(article, position) -> (the role, the surname) for a sentence that leans on an earlier one
    only by calling its subject by a role, when its article named a person with that role before
    it: "The leader warned …" after "Varnese leader Ivo Marsh said …" is Marsh (`roles_named`).

    It depends on one article alone: taken from its analysis, when the corpus has them all."""
    if len(corpus.analyses) == len(corpus.articles):
        per_article = [(i, analysis.roles) for i, analysis in enumerate(corpus.analyses) if analysis.roles]
    else:
        grouped: dict[int, list[str]] = {}
        for sentence in corpus.sentences:  # an article's sentences come in reading order
            grouped.setdefault(sentence.article, []).append(sentence.text)
        per_article = [(i, roles_named(texts)) for i, texts in grouped.items()]
    return {(article, position): found for article, roles in per_article for position, found in roles.items()}


def roles_named(texts: Sequence[str]) -> dict[int, tuple[tuple[str, ...], str]]:
    """position -> (the role, the surname) of an article's sentences (`texts`, in reading order)
    that call their subject by a role alone, when the article named a person with that role before:
    whoever it named with that role last (someone else named with it since makes it nobody's)."""
    roles = {position: role for position, text in enumerate(texts) if (role := role_subject(text))}
    if not roles:
        return {}
    # Only up to the last such sentence (a name with a role is costly to find).
    found: dict[int, tuple[tuple[str, ...], str]] = {}
    before: list[tuple[frozenset[str], str | None]] = []
    for position, text in enumerate(texts[: max(roles) + 1]):
        mentions = [(words, surname) for _, words, surname in _role_mentions(text)]
        role = roles.get(position)
        if role is not None:
            # the last one called by that role, if named ("another minister" since makes it nobody's)
            last = next((surname for words, surname in reversed(before) if role[-1] in words), None)
            if last is not None and any(plays(role, w) and s == last for w, s in before):
                found[position] = (role, last)
            else:
                last = None
            if mentions and role[-1] in mentions[0][0]:
                mentions[0] = (mentions[0][0], last)  # its own subject: the one it was read as
        before += mentions
    return found


# Things a story tells of and then calls "the …": its events, plans and documents.
_TOLD_OF = (
    r"(?:plan|deal|agreement|accord|pact|proposal|bill|measure|decision|move|ruling|verdict|vote|election|race|"
    r"primary|debate|conference|summit|meeting|talks|hearing|trial|case|investigation|probe|inquiry|report|speech|"
    r"rally|visit|trip|attack|bombing|crash|storm|strike|protest|scandal|crisis|campaign|program|programme|offer|"
    r"request|package|reform|policy|law|contest|announcement|agenda|scheme|effort|operation|mission|project|job)"
)
# "the rescue plan", "the debate", "the new package" (up to two words before it, none a name or a
# number, which would say which: "the Vell accord", "the 1998 storm"), not followed by what says
# which ("the plan to close the pier", "the debate on the levy").
_DEFINITE = re.compile(
    rf"\bthe\s+((?:[a-z][\w'’-]*\s+){{0,2}}?){_TOLD_OF}s?\b"
    r"(?!\s+(?:to|that|of|by(?!\s+\w+ing\b)|from|against|on|over|for|in|into|between|with|about|at|which|who|where|"
    r"when)\b)(?!-)",
    re.IGNORECASE,
)


def told_of_before(text: str) -> set[str]:
    """The heads of what a sentence calls "the …" as if the reader knew which (`_TOLD_OF`,
    lower case, without a plural's s): "plan" for "the rescue plan fell through". Quotations
    aside (a speaker's words)."""
    found = set()
    for match in _DEFINITE.finditer(QUOTED.sub("", text)):
        if any(w[:1].isupper() or w[:1].isdigit() for w in match.group(1).split()):
            continue
        head = match.group(0).split()[-1].lower()
        found.add(head[:-1] if head.endswith("s") and head not in ("talks", "crisis", "class") else head)
    return found


# Definite descriptions: "the clinic", "After the debate, …", "this poor end of town". A reader
# knows which one only when the page has said it before (or the sentence itself says it), or when
# there is one for everybody: the world's, a country's own (the government, the police), a time.
# What ends a noun phrase: punctuation or a dash, a possessive, or a finite verb ("the clinic was")
# ... or a function word ("this end of town": a demonstrative points however it goes on; "the end
# of the war", "the clinic that burned" say which).
_PHRASE_CLOSE = (
    r"\s*(?:[,.;:!?)\"”—–]|--|$)|['’]s\b|\s+(?:are|were|have|also|earlier|later|then|still|now|never|again|already|"
    # (not a participle with its agent, which says which: "the fees set by the board")
    rf"itself|themselves|{FINITE})\b(?!\s+by\b)"
)
# (function words that end a phrase and are never a word of one)
_LINKING = r"of|to|in|on|at|for|by|from|with|and|or|but|that|who|which|as|than"
_PHRASE_END = (
    rf"(?={_PHRASE_CLOSE}|\s+(?:{_LINKING}|whom|whose|where|when|into|over|under|after|before|against|about|"
    r"between|among|during|since|until)\b)"
)
# A word of a noun phrase: lower case, no function word.
_NP_WORD = (
    rf"(?!(?:{_LINKING}|is|was|are|were|has|had|have|be|been|will|would|not|no|a|an|the|this|these|those|"
    r"he|she|it|they|him|them|us|me|his|her|its|their)\b)(?-i:[a-z])[\w-]*"
)
# The subject a sentence opens with, or the noun phrase of its opening phrase ("After the debate,",
# "Despite the negative sheen,"): up to three words before its head.
# (Not a fixed opening idiom, which describes nothing: "In the process,", "For the record,".)
_IDIOM = (
    r"(?:in\s+the\s+(?:process|end|long\s+run)|for\s+the\s+record|(?:under|given)\s+the\s+circumstances|"
    r"on\s+the\s+whole|by\s+the\s+way)\b"
)
# A short lead-in of time or place before it keeps it the sentence's subject: "On Monday, the deal
# was signed" (which deal?), "In Vell, the second round of talks …". (A lead-in with its own "the"
# is the opening phrase read for itself: "At the meeting, the board …" needs the meeting.)
_LEAD_IN = (
    # (no verb in it: "On Monday crews walked out, the board said" is a clause, not a lead-in)
    rf"(?:(?:on|in|at|by|late|early|earlier|later|last|this|since|until|from|overnight)\s+"
    rf"(?:(?!\b(?:the\b|{FINITE}))[^,;:\"“”]){{1,30}}"
    r"|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+[a-z]+)?),\s+"
)
# (Not a part of a set as the subject, "Most of the cargo was …", "None of the passengers …": news
# so breaks down a set its event made, the drowned, the passengers, the cargo of a ship that sank,
# and a reader takes the set from the event told above, not from the same word told before.)
_OPENING_THE = re.compile(
    rf"^[\"“‘']?(?P<lead>{_LEAD_IN})?(?!{_IDIOM})(?P<prep>(?:after|despite|during|before|since|following|amid|with|without|for|in|at|on|under|by|from|"
    r"through|given|because of|in response to|as part of|ahead of|in the wake of)\s+)?"
    rf"the\s+((?:{_NP_WORD}\s+){{0,3}}?)({_NP_WORD})(?={_PHRASE_CLOSE})",
    re.IGNORECASE,
)
# Anywhere: a demonstrative ("this poor end of town", "those voters"), or a definite possessor
# ("the barge's cargo", "the ferry line's owners").
_POINTING = re.compile(
    # ("those living there", "those fined": whoever is, not ones told before)
    rf"\b(?:(?:this|these|those(?!\s+[a-z]+(?:ing|ed)\b))\s+((?:{_NP_WORD}\s+){{0,2}}?)({_NP_WORD}){_PHRASE_END}"
    rf"|the\s+((?:{_NP_WORD}\s+){{0,2}}?)({_NP_WORD})(?=['’]s\b))",
    re.IGNORECASE,
)
# Bodies and places a story names once and then calls "the …" anywhere in a sentence: "… told the
# committee", "voters in the state", "the agency's director" (which committee? which state?). Not
# when what follows says which ("the committee of pilots", "the committee for …", "the city where
# …", "the board, Ines Quarle's, …"), nor a level of government in general ("at the state level",
# "state and local"), nor a building or a meeting ("the town hall", "the state house").
_BODY = re.compile(
    r"\b[Tt]he\s+((?:(?-i:[a-z])[\w-]*\s+){0,2}?)"
    rf"(?-i:(committee|subcommittee|panel|commission|council|agency|bureau|{'|'.join(_LOCAL)}|poll|survey))"
    r"(?![\w-])(?!\s+(?:of|which|where|who|whose|for|level|hall|house|and\s+(?:local|federal|national)|"
    r"or\s+(?:local|federal))\b)"
    # "the council that vetted …" says which ("told the committee that the levy …" does not)
    r"(?!\s+that\s+(?!(?:the|an?|it|he|she|they|we|you|this|that|these|those|its|his|her|their|there|in|on|at|"
    r"if|when)\b)[a-z])"
    r"(?!,\s+[A-Z])(?!\s+[a-z]+\s+(?:of|in)\s+[A-Z])",
)
# Events a story told and then counts as known anywhere in a sentence: "… days after the
# stabbings", "… before the hearings resumed" (which stabbings? which hearings?); not when what
# follows says which ("the hearings in Brill"), nor a kind a word before it gives ("the winter
# crossings"), nor a thing's plural ("the things", "the wings": a noun of a verb is four letters or
# more before its -ings), nor the -ings that name no event: what is owned, ranked, built or found.
_NO_EVENT_INGS = (
    "earnings|standings|buildings|holdings|findings|proceedings|surroundings|belongings|savings|ratings|"
    "rankings|winnings|takings|lodgings|furnishings|dwellings|paintings|drawings|writings|teachings|"
    "feelings|leanings|beings|siblings|seedlings|settings|listings|filings|readings|recordings|offerings|"
    "outings|evenings|mornings|ceilings|fittings|trappings|makings|dealings|innings|clippings|markings|"
    "headings|tidings|openings"
)
_EVENTS_TOLD = re.compile(
    rf"\b[Tt]he\s+(?!(?:{_NO_EVENT_INGS})\b)((?-i:[a-z]){{4,}}ings)\b"
    r"(?!\s+(?:of|in|at|on|by|for|against|that|which|who|where|when|near|from|between|since|over|across)\b)"
    r"(?!,\s+[A-Z])(?!-)"
)
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# Several names set off right after it say which: "The aides, Ivo Marsh and Ada Quill, …".
_NAMES_SET_OFF = re.compile(
    r",\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*(?:(?:,\s+|,?\s+and\s+)(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*)+,"
)
# A name set off right after it says which: "The skipper, Ivo Marsh, …".
_APPOSITION = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*,")
# (a month's or a weekday's name is no place nor owner: "By late March, the town …")
_NAME_BEFORE_IT = re.compile(rf"(?<![.!?]\s)(?<!^)\b(?!{MONTH}\b|{WEEKDAY}\b)(?-i:[A-Z])(?:[a-z]+|[A-Z]+\b)")
# Times: "this week", "the past", "these days".
TIME_HEADS = frozenset(
    """date day days week weekend month year years decade century time times morning afternoon evening night
    season summer winter spring fall autumn moment past future present quarter session term semester""".split()
)
# Nouns a reader knows the one of without being told: the world's, a country's own bodies and
# offices, the economy's ("the government", "the police"), and parts of any whole ("the end").
WORLD_HEADS = TIME_HEADS | frozenset(
    """world country nation state government administration parliament congress senate house legislature
    cabinet military army navy police public people press media economy market markets weather pope
    opposition constitution law courts border capital end beginning start rest way number majority
    minority average total""".split()
)
# Modifiers that say which by themselves: "the first", "the only", "the largest city".
_SELF_IDENTIFYING = re.compile(
    r"^(?:first|only|same|whole|entire|next|last|former|current|most|least|\w+est)$", re.IGNORECASE
)


# The same, stemmed (a plural is its singular: "governments", "government"); a demonstrative
# points at one told before but for a time or "this country".
_WORLD_STEMS = frozenset(map(stem, WORLD_HEADS))
_POINTED_STEMS = frozenset(map(stem, TIME_HEADS | {"country"}))
_ROLE_STEMS = frozenset(map(stem, ROLE_HEADS))


def definite_heads(text: str) -> frozenset[str]:
    """The stemmed heads of what a sentence calls "the …" or "this …" as if the reader knew which:
    its opening subject or opening phrase (an event it tells the context of, too: "The jailing of
    the pilots came as …", `_EVENT_COMES`), a demonstrative, a definite possessor or a counted set
    ("… in the two barges", `_counted_sets_anywhere`) anywhere; quotations aside (a speaker's
    words). (Further on, "the strike" in "… signed a deal that ends the strike" is the story's own,
    which a reader takes from the topic: a key point asks for a story's event or plan told above it
    all the same, `told_of_before`.)
    Not a head the sentence itself names elsewhere ("The clinic, the Harbor Clinic, …"), a name
    or a number among its words ("the Vell accord", "the 1998 storm"), a role one person holds
    (who holds it is `role_antecedents`' to find; several, "The aides, led by Ivo Marsh, …", are
    no one it finds), what is one for everybody (`WORLD_HEADS`) or says which by its words ("the
    first", "the largest"). What the page must have said before the sentence."""
    unquoted = QUOTED.sub("", text)
    # (start, end, modifiers, head, known, whether a name set off after it may say which)
    found: list[tuple[int, int, str, str, frozenset[str], bool]] = []
    opening = _OPENING_THE.match(unquoted)
    if opening is not None:
        # A name set off after an opening phrase is the sentence's subject, not the phrase's: "After
        # the debate, Ivo Marsh, the mayor, said …" still leaves the debate untold.
        subject = opening.group("prep") is None
        found.append((opening.start(3), opening.end(4), opening.group(3), opening.group(4), _WORLD_STEMS, subject))
    for match in _POINTING.finditer(unquoted):
        if match.group(2) is not None:  # a demonstrative points at one told before, but for a time
            found.append((match.start(), match.end(), match.group(1), match.group(2), _POINTED_STEMS, True))
        elif not _NAME_BEFORE_IT.search(unquoted, 1, match.start()):
            # a possessor after a name may be that name ("… sued Quarle Freight to change the firm's rates")
            found.append((match.start(), match.end(), match.group(3), match.group(4), _WORLD_STEMS, True))
    for match in _BODY.finditer(unquoted):
        # a place after a name may be that name ("… won Orn, and voters in the state …")
        place = match.group(2) in _LOCAL
        before = unquoted[: match.start()]
        # … and a body after its acronym may be that one ("… asked the VHB to cut the board's fees")
        if not (place and _NAME_BEFORE_IT.search(unquoted, 1, match.start())) and not _ACRONYM.search(before):
            found.append((match.start(), match.end(), match.group(1), match.group(2), frozenset(), True))
    for match in _EVENTS_TOLD.finditer(unquoted):
        found.append((match.start(), match.end(), "", match.group(1), _WORLD_STEMS, True))
    found += _counted_sets_anywhere(unquoted)
    comes = _EVENT_COMES.match(unquoted)
    # (a name or a possessor among its words says which: "The Vell vote", "The board's vote"; so
    # does whose it is in the phrase after it, `_names_someone`: "The resignation of Mayor Ada Vell",
    # "The vote of the Tarrow council on the levy")
    if (
        comes is not None
        and not any(w[:1].isupper() or "'" in w or "’" in w for w in comes.group(1).split())
        and not _names_someone(comes.group(3) or "")
    ):
        found.append((comes.start(2), comes.end(2), comes.group(1), comes.group(2), _WORLD_STEMS, True))
    heads = set()
    for start, end, modifiers, head, known, named_after in found:
        words = modifiers.split()
        stemmed = stem(head.lower())
        if any(_SELF_IDENTIFYING.match(w) for w in words) or stemmed in known:
            continue
        # (one person by a role: who holds it is `role_antecedents`' to find; several, "The aides,
        # led by Ivo Marsh, told …", are no one person it finds: which aides, the page must say)
        if (stemmed in _ROLE_STEMS and not _plural(head)) or head.lower() in STOP_WORDS:
            continue
        if named_after and (_APPOSITION.match(unquoted, end) or _NAMES_SET_OFF.match(unquoted, end)):
            continue
        if stemmed not in terms(unquoted[:start] + " " + unquoted[end:]):
            heads.add(stemmed)
    return frozenset(heads)


def _plural(noun: str) -> bool:
    """A noun in the plural by its ending: "aides", "officials" (not "boss", nor "heads", as often the
    body's as the offices')."""
    word = noun.lower()
    return word.endswith("s") and not word.endswith("ss") and word != "heads"


# What a sentence calls "the …" as the subject of a clause anywhere, or as a possessor ("… said the
# mates would sail", "… after the senator spoke", "the guild's fees"), or as its opening subject set
# off ("The aides, led by Ivo Marsh, told …"); not as an object ("… fishes the bay", "… ends the
# strike": the story's own, which a reader takes from the topic), and not in a quotation.
_THE_SUBJECT = re.compile(
    rf"\bthe\s+((?:{_NP_WORD}\s+){{0,3}}?)({_NP_WORD})"
    r"(?=['’]s\b|\s+(?:are|were|have|also|earlier|later|then|still|now|never|again|already|"
    rf"{FINITE})\b(?!\s+by\b))"
    rf"|^[\"“‘']?the\s+((?:{_NP_WORD}\s+){{0,3}}?)({_NP_WORD})(?=\s*(?:,|—|–|--))",
    re.IGNORECASE,
)
# Ones a reader knows without being told which: the country's head and the church's, though news
# calls them by an office; a currency; the sky's and the network's.
_KNOWN_TO_ALL = frozenset(
    map(stem, "president pope king queen euro dollar yen pound ruble rouble yuan peso sun moon internet".split())
)


def heads_told_just_before(text: str, before: str) -> frozenset[str]:
    """The stemmed heads of what a sentence calls "the …" as if known ("The aides, led by Ivo Marsh,
    told the group …": "aide", "group") when the sentence just before it in its article gave that
    word ("Marsh's aides met a group of pilots …") and the sentence itself does not: what "the"
    points back at is that sentence, which a key point or a Situation line does not bring along.
    Not one person called by a role ("the minister": `role_antecedents`; "the aides" are several),
    what everyone knows (`WORLD_HEADS`, the president, the pope), what says which by its words
    ("the first", "the largest") or by a name among them ("the Vell accord"), nor a head the sentence
    gives elsewhere ("A pilot said the pilot's pay …"), nor one after an acronym it may stand for
    ("A VFG spokesman said the guild would …")."""
    if not before:
        return frozenset()
    unquoted = QUOTED.sub("", text)
    earlier = frozenset(terms(QUOTED.sub("", before)))
    found = set()
    for match in _THE_SUBJECT.finditer(unquoted):
        modifiers, head = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
        head = head.lower()
        stemmed = stem(head)
        if stemmed not in earlier or head in STOP_WORDS or stemmed in _WORLD_STEMS | _KNOWN_TO_ALL:
            continue
        if head in ROLE_HEADS:  # one person by a role: who holds it is `role_antecedents`' to find
            continue
        if any(_SELF_IDENTIFYING.match(w) for w in modifiers.split()):
            continue
        if stemmed in terms(unquoted[: match.start()] + " " + unquoted[match.end() :]):
            continue
        if _APPOSITION.match(unquoted, match.end()):  # "the skipper, Ivo Marsh, …" says who
            continue
        # a body after an acronym may be that one: "A VFG spokesman said the guild's vote …"
        if _ACRONYM.search(unquoted, 0, match.start()):
            continue
        found.add(stemmed)
    return frozenset(found)


# A part of a set as a sentence's subject, the set called "the …" and nothing after it saying which:
# "Most of the timber was left to rot on the quay", "Half of the money has gone" (which timber? what
# money?). Inside its story a reader takes the set from the event told before it (`_OPENING_THE`
# lets it be); a key point stands alone on the page, and needs that set told above it. Not a set
# the words after it say ("Most of the timber from the Orn mill", "Some of the crews who struck"),
# nor one with a name or a number in it ("Most of the 300 pilots", "Half of the Vell fleet"), nor
# the people any disaster's story counts, whom a page about one gives by its count ("Many of the
# dead were deckhands": the dead of the sinking told above, in whatever words).
_COUNTED_BY_THE_EVENT = frozenset(
    map(stem, "dead injured wounded missing victims survivors displaced homeless evacuees".split())
)
# Sets the reader knows without being told which: the world's, and those a disaster's story counts.
_KNOWN_SETS = _WORLD_STEMS | _COUNTED_BY_THE_EVENT
_PART_OF_THE = re.compile(
    r"^[\"“‘']?(?:(?:on|in|by|at|late|early|last|this|since)\s+[^,;:\"“”]{1,30},\s+)?"
    r"(?:(?:most|some|many|much|all|none|half|part|parts|few|several|each|one|two|three|four|five|"
    r"a\s+(?:third|quarter|fifth|few|number|lot|majority|minority|fraction)|the\s+(?:rest|bulk|majority|remainder))"
    r"\s+of\s+the\s+)"
    rf"((?:{_NP_WORD}\s+){{0,2}}?)({_NP_WORD})(?={_PHRASE_CLOSE})",
    re.IGNORECASE,
)


def part_of_a_set(text: str) -> frozenset[str]:
    """The stemmed head of the set a sentence's subject is a part of when it calls that set "the …"
    as if the reader knew which ("Most of the timber was …": "timber"); none when it says which."""
    found = _PART_OF_THE.match(QUOTED.sub("", text))
    if found is None or any(_SELF_IDENTIFYING.match(w) for w in found.group(1).split()):
        return frozenset()
    head = stem(found.group(2).lower())
    if head in _WORLD_STEMS | _ROLE_STEMS | _COUNTED_BY_THE_EVENT or found.group(2).lower() in STOP_WORDS:
        return frozenset()
    return frozenset({head})


# A counted set as a sentence's subject, given by its count alone: "All four defendants have
# pleaded not guilty", "The three pilots were freed on Monday", "The 12 trawlers sailed home"
# (which defendants? which pilots?). News writes a count with "the" or "all" for a set the story
# introduced before ("Four pilots were seized …" first, then "The four pilots …"); a key point stands
# alone on the page, and needs that set told above it. Not a set the words after it say ("All four
# defendants in the Orn fraud case", "The three pilots who flew the relief"), one a word of it says
# ("The two largest parties"), a count without "the" or "all" ("Four pilots were freed": the news
# introducing them), nor the people a disaster's story counts ("All 40 dead were …").
_COUNT = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
    r"\d{1,3}(?:,\d{3})*(?![\d,.-]))"
)
_COUNTED_SET = re.compile(
    r"^[\"“‘']?(?:all\s+(?:of\s+)?(?:the\s+)?|the\s+)"
    rf"{_COUNT}\s+((?:{_NP_WORD}\s+){{0,2}}?)({_NP_WORD})(?={_PHRASE_CLOSE})",
    re.IGNORECASE,
)


_PLURAL = re.compile(r"(?:[^s]s|men|people|children)$")
# What says which after the counted set: a participle with its place or time ("All 12 miners trapped
# in the shaft", "The four hostages held in Tolla since May") or their names in apposition ("The two
# leaders, Orn and Pell, …").
_SAYS_WHICH = re.compile(
    r"\s+[a-z]+(?:ed|en|wn|ght|ld|pt|nt)\s+(?:in|at|on|by|from|since|for|near|inside|under|aboard|during|after)\b"
    r"|\s*,\s*(?:[A-Z][\w'’-]*\.?\s+)*[A-Z][\w'’-]*\s*(?:,|and\b)"
)


def counted_set(text: str) -> frozenset[str]:
    """The stemmed head of a counted set a sentence opens on as if the reader knew which ("All four
    defendants have pleaded …": "defend"); none when the sentence says which."""
    text = QUOTED.sub("", text)
    found = _COUNTED_SET.match(text)
    if found is None or any(_SELF_IDENTIFYING.match(w) for w in found.group(1).split()):
        return frozenset()
    if _SAYS_WHICH.match(text, found.end()):
        return frozenset()
    word = found.group(2).lower()
    # a set of many, its head a plural: not a measure ("The 40 percent rise", "The 12 mile road")
    if not _PLURAL.search(word):
        return frozenset()
    head = stem(word)
    if head in _KNOWN_SETS or word in STOP_WORDS:
        return frozenset()
    return frozenset({head})


# A counted set called "the …" anywhere in a sentence: "Three crewmen in the two barges were hurt",
# "The jailing of the three pilots …" (which barges? which pilots?): news writes so of a set it
# introduced before ("Two barges collided …"). Not one the words after it say ("the two barges
# moored at Vell", "the three pilots who …", "the two barges, the Orn and the Kell,"), a share's
# whole ("40 of the 300 seats"), a set the sentence itself names before ("Orn and Vell … the two
# towns"), a time or a measure ("the 12 months to May", "the 40 percent"), nor the people a
# disaster's story counts ("the 40 dead").
_COUNTED_ANYWHERE = re.compile(
    rf"(?<!\b[Oo]f\s)\bthe\s+{_COUNT}\s+((?:{_NP_WORD}\s+){{0,2}}?)({_NP_WORD})\b"
    r"(?![\w'’-])(?!\s+(?:of|in|at|from|who|whom|whose|which|that|where|aboard|inside|"
    r"accused|charged|named|[a-z]+ing)\b)"
)
# "Orn and Vell", "Ines Orr and the Kesh guild": a set the sentence names before counting it.
_NAMED_PAIR = re.compile(r"\b(?-i:[A-Z])[\w'’.-]*,?\s+and\s+(?:the\s+)?(?-i:[A-Z])")
# … or an event it tells before, whose set it is: "The blast killed the two raiders" (its raiders).
_EVENT_BEFORE = re.compile(
    rf"\b(?:{_TOLD_OF}|blast|explosion|fire|shooting|ambush|raid|collision|accident|clash)(?:e?s)?\b", re.IGNORECASE
)


def _counted_sets_anywhere(unquoted: str) -> list[tuple[int, int, str, str, frozenset[str], bool]]:
    """`definite_heads`' entries for the counted sets a sentence calls "the …" (`_COUNTED_ANYWHERE`)."""
    found: list[tuple[int, int, str, str, frozenset[str], bool]] = []
    for match in _COUNTED_ANYWHERE.finditer(unquoted):
        word = match.group(2).lower()
        if not _PLURAL.search(word) or _SAYS_WHICH.match(unquoted, match.end()):
            continue
        if _NAMED_PAIR.search(unquoted, 0, match.start()) or _EVENT_BEFORE.search(unquoted, 0, match.start()):
            continue
        found.append((match.start(), match.end(), match.group(1), match.group(2), _KNOWN_SETS, True))
    return found


# An event as the subject of what it came with or after, the words after it saying which only in
# part: "The jailing of the three pilots comes as the guild …", "The vote on the levy came days after
# …", "The resignation followed weeks of …" (which jailing? which vote?): the sentence tells the
# context of an event its story told just before. ("The board's vote came after …" and "The Vell
# vote came after …" say whose, as does a name after it, "The resignation of Mayor Ada Vell came
# after …"; "The vote came …" alone is `_OPENING_THE`'s.)
_EVENT_COMES = re.compile(
    rf"^[\"“‘']?the\s+((?:[\w'’-]+\s+){{0,3}}?)({_NP_WORD})"
    r"(?:\s+(?:of|in|on|over|about|against|by|from|between|with|at|for|to)\s+([^,;:\"“”]{1,60}?))?"
    r"\s+(?:comes|came|follows|followed)\s+"
    r"(?:as|after|amid|just|only|barely|less|more|shortly|soon|days?|hours?|weeks?|months?|a|an|one|two|three|"
    r"four|five|several|on\s+the\s+heels|in\s+the\s+wake|at\s+a|during|despite)\b",
    re.IGNORECASE,
)


def _names_someone(phrase: str) -> bool:
    """A phrase names a person or a body: a name of two words or more ("Mayor Ada Vell", "Ines
    Orr"), a named body ("the Tarrow council") or a role with a name ("deputy mayor Vell"); not a
    named place or thing alone ("the Orn depot", "Monday")."""
    words = [w.strip(".,'’") for w in phrase.split()]
    for word, after in pairwise([*words, ""]):
        if word[:1].isupper() and (after[:1].isupper() or after.lower() in ORG_HEADS):
            return True
        if word.lower() in ROLE_HEADS and after[:1].isupper():
            return True
    return False
