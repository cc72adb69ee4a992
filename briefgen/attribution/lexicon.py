"""Lexicon: every word list and vocabulary pattern attribution reads news copy with.

Names and titles (given names with the gender a reader assumes, honorifics, title words, the
head nouns of roles and occupations), organisations, places and described sources, and the
verbs of saying. The rules in the other modules of this package only combine these. Written for
briefgen; no data is downloaded.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

from ..text import TITLE_ABBREVIATIONS


@functools.lru_cache(maxsize=65536)  # called for every capitalised run of every article
def fold(name: str) -> str:
    """A name as compared: accents, case and punctuation aside, transliteration variants joined
    (Zelenskyy / Zelenskiy / Zelensky, Syrskyi / Syrsky)."""
    plain = re.sub(r"['’]s$", "", name)  # before the curly apostrophe is dropped with the accents
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"[^a-z]", "", plain)
    return re.sub(r"(yy|iy|yi|ii|ij)$", "y", plain)


# Given names common in international news, with the gender a reader assumes for "he"/"she".
# Only a cue: a name missing here leaves the gender unknown, which fits either pronoun.
_MALE = """abdel abdul abdullah adam adrian ahmed alan alain alejandro alex alexander alexei alexey
alexander ali andrei andrew ed andrii andriy anthony antonio antony ashraf ayatollah barack benjamin
bernie bill bob boris brad brian carlos charles chris christian christopher chuck clement daniel
dave david denys denis dmitri dmitry dmytro donald doug edward emmanuel enrique eric erik fedor
felipe francis francisco frank friedrich fumio gabriel gary george gerhard giuseppe gordon gustavo
hakan hans harjeet henry herman hugo ian igor ilham isaac ismail israel ivan jacob jake james jamie
javier javad jean jeff jeffrey jensen jerome jim joe john jon jonathan jorge jose joseph josh juan
julian justin kamal karl keir kevin khalid kim kyriakos lars lee lindsey lloyd luis luiz lula mahmoud
marco mario mark martin matt matteo matthias max michael mick miguel mike mikhail mohammed mohammad
muhammad narendra ned nicolas nikolai oleg oleksandr oleksiy olaf omar oscar pablo paul pedro pete
peter petro pierre rafael ramzan ray recep richard rishi rob robert roberto rodrigo roman ron rustem
samuel scott sean sebastian serhiy sergei sergey sergiy shinzo simon stephen steve steven tayyip ted
thomas tim tom tony ursus valdis valery vasyl viktor vitali vitaliy vladimir volodymyr wang wopke
xi yair yevgeny yuri yury yoav zbigniew""".split()
_FEMALE = """agnes alexandra alice amy ana angela ann anna anne annalena antje christine cristina
dilma einav elena elina elizabeth ellen emily emma eva gina giorgia hanna hannah helen hillary
ilhan irina iryna jacinda jane janet jennifer jill julia julie kaja kamala karen karine karoline
kate katherine kathy kemi kristalina laura liz linda louise lucia margaret maria marie marine
marta mary maya melania mette michelle mona nancy natalia natalie nikki nina olena olga pamela
priya rachel reinette ruth sahra sandra sara sarah sanna sophie stacy susan suzanne svenja
tatiana tatyana theresa tulsi ursula valentina victoria viktoria yulia yuliia""".split()


def _census_names() -> dict[str, str]:
    lines = resources.files(__package__).joinpath("given_names.txt").read_text("utf-8").splitlines()
    pairs = (line.split() for line in lines if line and not line.startswith("#"))
    return {name: gender for name, gender in pairs}


# The lists above first (names of international news), then US census first names.
GIVEN_NAMES: dict[str, str] = {**_census_names(), **{n: "m" for n in _MALE}, **{n: "f" for n in _FEMALE}}

HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f"}
ROLE_GENDER = {
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "pope": "m",
    "pontiff": "m",
}

# Words of a title or role: "Kremlin spokesman", "US Secretary of State", "Gen.".
ROLE_WORDS = frozenset(
    """president vice prime minister foreign defence defense secretary state spokesman spokeswoman speaker
    spokesperson envoy special ambassador chancellor chief head leader official officials adviser
    advisor aide commander commander-in-chief general gen. gen admiral adm. lt. col. sgt. capt. maj.
    senator sen. rep. representative congressman congresswoman governor gov. mayor deputy director
    chairman chairwoman chair ceo cfo coo founder analyst economist professor prof. dr. dr mr. mr mrs.
    mrs ms. ms king queen pope premier counterpart negotiator press security national interior finance
    trade commerce economy energy affairs armed forces army navy staff presidential kremlin
    secretary-general justice judge attorney commissioner executive manager strategist sheikh
    top senior former acting incoming outgoing new under assistant first lady sir dame lord officer
    operating archbishop bishop cardinal rabbi imam ayatollah reverend rev.""".split()
)
# "said retired Army Col. Ada Brisk": a past office, like "former" before a title.
ROLE_WORDS |= {"retired"}
# The last word of a compound title that is no title alone: "General Counsel", "County Clerk".
# A name never starts with one ("Agency General Counsel Ivo Brandt" is Ivo Brandt, general counsel).
TITLE_TAILS = frozenset(
    """counsel treasurer clerk inspector auditor comptroller controller solicitor surgeon marshal sheriff
    sergeant whip registrar superintendent administrator coordinator prosecutor""".split()
)
# The first word of a place of several words: "New", "South", "San", "Los", "Saint". A name or a
# title is never cut just after one ("New Marlow Evening Post" is no "Marlow Evening Post" with the
# role "New").
PLACE_OPENERS = frozenset("""new south north east west san santa los las saint st. st fort port mount el""".split())
# Head nouns of a role: what "the minister", "its chief executive" refer back to.
ROLE_HEADS = frozenset(
    """president minister secretary chancellor spokesman spokeswoman spokesperson envoy ambassador
    official adviser advisor aide chief leader commander negotiator director governor mayor senator
    justice judge commissioner executive chairman chairwoman chair founder premier king queen
    general admiral speaker analyst economist strategist secretary-general ceo head""".split()
)
# What people are when they are not office holders: "retired teacher Carol Simmons".
OCCUPATIONS = frozenset(
    """teacher nurse student farmer lawyer attorney doctor physician surgeon worker resident mother father
    parent owner driver engineer veteran voter shopkeeper pensioner retiree activist researcher scientist
    professor economist analyst historian writer author journalist reporter photographer artist singer
    actor actress coach player priest pastor imam rabbi volunteer survivor witness pilot soldier officer
    surgeon paramedic firefighter captain pundit striker goalkeeper midfielder defender manager
    shopper commuter customer patient entrepreneur farmer miner producer editor designer developer
    programmer accountant consultant contractor guard employee staffer official investigator
    prosecutor detective lawmaker councillor councilor campaigner organiser organizer spokesperson""".split()
)
# Other nouns news copy puts before a person's name: "party boss Reince Priebus", "host Sean Hannity".
PERSON_NOUNS = frozenset(
    """boss host anchor pollster expert scholar candidate nominee hopeful contender delegate supporter member
    icon legend star founder co-founder strategist consultant operative adviser fundraiser donor critic rival
    commentator columnist correspondent blogger pastor preacher evangelist comedian actor actress
    rapper musician novelist filmmaker director producer publisher owner ceo president chair
    whip leader speaker senator congressman congresswoman mayor sheriff businessman businesswoman mogul
    billionaire republican democrat libertarian texan floridian ohioan iowan californian vermonter
    arkansan kentuckian virginian marylander minnesotan wisconsinite front-runner frontrunner speechwriter
    counsel""".split()
)
# Every noun that says what a person is ("a campaign consultant", "the radio host").
PERSON_HEADS = ROLE_HEADS | OCCUPATIONS | PERSON_NOUNS
# Words before an occupation that still leave a name to follow: "retired teacher Carol Simmons".
OCCUPATION_MODIFIERS = frozenset("retired former local longtime veteran senior chief head".split())
# Organisations and governments speak too ("the Kremlin said", "NATO said").
ORG_HEADS = frozenset(
    """kremlin pentagon palace nato ministry department government cabinet parliament congress senate
    television radio commission council office army military police embassy agency regulator company bank court
    administration association institute university union party committee foundation fund
    organization organisation group corp corp. inc inc. co co. ltd ltd. plc llc authority authorities
    staff force delegation presidency secretariat service tribunal federation alliance coalition
    board bureau network campaign movement coalition firm club league exchange assembly
    pharmaceuticals pharma holdings industries technologies systems motors airlines airways partners
    capital securities research media communications labs laboratories therapeutics semiconductor
    semiconductors electronics petroleum mining foods brands energy electric railways railroad
    insurance bancorp financial investments ventures enterprises logistics telecom academy society
    center centers centre forces united fc rovers athletic wanderers albion hotspur guild charity team""".split()
)
ORG_NAMES = frozenset(
    phrase.strip()
    for phrase in """kremlin, white house, pentagon, nato, eu, european union, united nations, un, u.n., who,
    imf, world bank, opec, state department, commerce department, european commission, european council,
    hamas, hezbollah, taliban, red cross, icrc, iaea, wto, g7, g20, asean, african union""".split(",")
)
# Countries and capitals stand for their governments ("Poland has said", "Kyiv says").
COUNTRIES = frozenset(
    phrase.strip()
    for phrase in """russia, ukraine, china, united states, us, u.s., usa, america, britain, united kingdom, uk,
    u.k., france, germany, italy, spain, poland, hungary, turkey, iran, iraq, israel, syria, egypt, qatar,
    saudi arabia, japan, india, pakistan, taiwan, north korea, south korea, canada, mexico, brazil,
    australia, netherlands, belgium, sweden, finland, norway, denmark, estonia, latvia, lithuania,
    romania, moldova, belarus, georgia, armenia, azerbaijan, kazakhstan, lebanon, jordan, yemen,
    venezuela, cuba, argentina, colombia, south africa, nigeria, ethiopia, kenya, indonesia,
    philippines, vietnam, thailand""".split(",")
)
PLACES = (
    COUNTRIES
    | frozenset(
        phrase.strip()
        for phrase in """kyiv, kiev, moscow, washington, beijing, london, paris, berlin,
    brussels, tokyo, tehran, jerusalem, ankara, warsaw, budapest, rome, madrid, delhi, new delhi,
    ottawa, canberra, seoul, pyongyang, taipei, cairo, doha, riyadh, minsk, the hague, europe""".split(",")
    )
    | frozenset(
        # US states and cities, which speak for their governments and are never a person's surname.
        phrase.strip()
        for phrase in """alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida,
    hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts,
    michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey,
    new mexico, new york, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island,
    south carolina, south dakota, tennessee, texas, utah, vermont, virginia, west virginia, wisconsin,
    wyoming, puerto rico, york, jersey, carolina, dakota, chicago, los angeles, san francisco, boston,
    philadelphia, houston, dallas, miami, atlanta, detroit, seattle, denver, phoenix, cleveland, baltimore,
    manhattan, brooklyn, las vegas, orlando, new orleans, san diego, des moines, manchester""".split(",")
    )
)
# A named person's home after the name, "Sen. Ida Vell of Vermont": "of" and a place this lexicon
# knows, written with a capital.
HOME_PLACE = (
    r"of\s+(?=[A-Z])(?i:"
    + "|".join(re.escape(place).replace(r"\ ", r"\s+") for place in sorted(PLACES, key=len, reverse=True))
    + r")\b"
)
# AP-style state abbreviations that follow a town in news copy ("El Segundo, Calif.").
PLACE_ABBREVIATIONS = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex vt va wash wis wyo n.h n.j n.m n.y n.c n.d s.c s.d r.i w.va d.c""".split()
)
# Described sources: "a senior U.S. official", "one Western diplomat", "analysts in Moscow".
SOURCE_HEADS = (
    frozenset(
        """official spokesman spokeswoman spokesperson diplomat analyst strategist trader economist source
    aide adviser advisor manager executive representative person employee lawyer expert investor
    officer commander soldier resident witness negotiator lawmaker legislator banker dealer
    researcher scientist doctor activist worker member insider consultant observer commentator
    minister envoy head director chief democrat republican independent conservative liberal supporter
    voter user commenter friend neighbor neighbour relative fan delegate operative staffer strategist
    protester attendee participant organizer organiser insider veteran dissident""".split()
    )
    | OCCUPATIONS
)
PLURAL_SOURCES = frozenset(
    """officials analysts traders diplomats economists experts sources lawmakers legislators democrats
    republicans ministers leaders groups workers executives companies residents witnesses people media
    supporters critics mediators negotiators investors authorities unions nations governments
    countries sides organizers organisers police prosecutors activists scientists researchers doctors
    officers commanders soldiers members allies bankers dealers strategists observers campaigners
    delegates envoys senators representatives spokespeople agencies firms operators carriers
    rebels militants protesters demonstrators families relatives survivors victims organisers authors
    writers editors scholars academics epidemiologists physicians nurses teachers students parents
    lawyers attorneys investigators detectives judges policymakers regulators bankers forecasters
    pollsters politicians mps deputies councillors conservatives liberals progressives rivals
    competitors opponents farmers customers consumers shoppers voters fans passengers travellers
    travelers patients shareholders employees users newspapers outlets aides advisers advisors staffers
    spokesmen spokeswomen consultants operatives insiders""".split()
)
# Plural sources whose "of/for/to X" is a group about X or acting for X, never X: "Critics of Vell",
# "Supporters of Mayor Vell", "Lawyers for Vell" (an agent's words are not Vell's own). Not "Officials
# of Kesh Ferries", "Executives for …": the body itself speaking.
ABOUT_SOMEONE = frozenset(
    """critics supporters opponents allies rivals detractors backers fans friends foes enemies admirers
    lawyers attorneys""".split()
)
# Words that can begin a clause subject but are never a speaker's name.
NOT_NAMES = frozenset(
    """the a an but and in on at as while when after before if this that these those it its he she they
    we i you his her their our monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december speaking meanwhile
    however still yet also asked overnight earlier later separately instead since until unless because
    although though once whereas whether outside inside nearby elsewhere afterward afterwards there here
    then now today yesterday tonight indeed nonetheless nevertheless moreover furthermore likewise
    for with by like unlike rival""".split()
)
# Sentence adverbs a writer opens with ("Maybe Vell is the candidate …", "Perhaps Orr …"): a capital
# that starts the sentence, never a given name of a full name found there (cast's unlisted names). Not
# stripped from names elsewhere: "Clearly Northern" and "Always Fresh Dairy" are firms' names.
OPENING_ADVERBS = frozenset(
    """maybe perhaps surely certainly clearly obviously apparently probably possibly presumably
    evidently fortunately unfortunately hopefully sadly thankfully luckily ironically notably
    naturally admittedly arguably undoubtedly frankly honestly basically ultimately eventually finally
    suddenly initially originally previously recently currently already again never always
    sometimes often usually typically generally simply only why how what who whom whose which where
    plus thus hence therefore otherwise besides""".split()
)
# Words that open a sentence ("Even Brel said …", "Nor Brel …") but are given names too (Even,
# Or, Nor): dropped before a name only when the text knows that person under another given name.
OPENER_GIVEN_NAMES = frozenset("even or nor".split())
# Sources that are papers, not speakers: "according to exchange data", "according to its filings".
DOCUMENT_HEADS = frozenset(
    """data figures filings filing estimates estimate statistics report reports records documents
    document survey surveys poll polls tally count analysis calculations calculation study studies
    research numbers results minutes transcript transcripts readout readouts schedule schedules
    models model forecasts projections""".split()
)
# Nationality adjectives and the places they stand for: "the Ukrainian president" is
# "Ukraine's president".
NATIONALITIES = {
    "ukrainian": "ukraine",
    "russian": "russia",
    "american": "us",
    "u.s.": "us",
    "us": "us",
    "british": "britain",
    "uk": "britain",
    "french": "france",
    "german": "germany",
    "chinese": "china",
    "italian": "italy",
    "polish": "poland",
    "israeli": "israel",
    "iranian": "iran",
    "turkish": "turkey",
    "japanese": "japan",
    "indian": "india",
    "dutch": "netherlands",
    "canadian": "canada",
    "finnish": "finland",
    "egyptian": "egypt",
    "qatari": "qatar",
    "saudi": "saudi",
    "brazilian": "brazil",
    "european": "eu",
    "eu": "eu",
}


# --- Phrases -------------------------------------------------------------------------------

# When a statement was made, between a speaker and the verb: "said on Monday", "also".
TIME = (
    r"(?:(?:on|late on|early on|earlier on|by|last|this|next|late|early|earlier|later)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|evening|morning|"
    r"afternoon|weekend|day)(?:\s+(?:evening|morning|night|afternoon))?|overnight|today|yesterday|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:evening|morning|night|afternoon))?|"
    r"earlier|later|again|also|publicly|privately|repeatedly|recently)"
)

# A capitalised word of a name ("O’Brien", "Jr.", "Al-Sisi") and the particles inside names.
NAME_TOKEN = r"[A-Z][\w'’.-]*"

# A full stop that ends an abbreviated title, not the sentence: "said state Sen. Jake Hoffman".
# The titles that always come before a name, as the sentence splitter knows them, and "St.", "Jr.", "Sr.".
_TITLE_ABBREVIATIONS = [*TITLE_ABBREVIATIONS, "St", "Jr", "Sr"]
TITLE_DOT = "|".join(f"(?<=\\b{t})\\." for t in _TITLE_ABBREVIATIONS)
NOT_TITLE_DOT = "".join(f"(?<!\\b{t})" for t in _TITLE_ABBREVIATIONS)

PARTICLES = r"(?:bin|bint|ibn|al|el|de|da|di|van|von|der|den|du|dos|le|la|ul)"
# A family name written small and joined to its particle: "Yusuf al-Brenn", "Omar bin-Tarik".
JOINED_PARTICLES = r"(?:al|el|bin|ibn|abu|ould|ben)"
JOINED = JOINED_PARTICLES + r"-[A-Z][\w'’-]+"

# What a description of a person is compared by, word for word, with what the text says around
# that person's name: "the Texan" and "Sen. Hal Pruett (R-Texas)", "the Florida senator" and
# "Sen. Ray Dunmore, R-Fla.". Words of a state, a party or an age; a title word via ROLE_ABBREVIATIONS.
DEMONYMS = {
    "texan": "texas",
    "floridian": "florida",
    "ohioan": "ohio",
    "iowan": "iowa",
    "californian": "california",
    "vermonter": "vermont",
    "arkansan": "arkansas",
    "kentuckian": "kentucky",
    "virginian": "virginia",
    "marylander": "maryland",
    "minnesotan": "minnesota",
    "wisconsinite": "wisconsin",
    "new yorker": "new york",
    "gop": "republican",
    "democratic": "democrat",
    "r": "republican",
    "d": "democrat",
}
STATE_ABBREVIATIONS = {
    "ala": "alabama",
    "ariz": "arizona",
    "ark": "arkansas",
    "calif": "california",
    "colo": "colorado",
    "conn": "connecticut",
    "del": "delaware",
    "fla": "florida",
    "ga": "georgia",
    "ill": "illinois",
    "ind": "indiana",
    "kan": "kansas",
    "ky": "kentucky",
    "la": "louisiana",
    "md": "maryland",
    "mass": "massachusetts",
    "mich": "michigan",
    "minn": "minnesota",
    "miss": "mississippi",
    "mo": "missouri",
    "mont": "montana",
    "neb": "nebraska",
    "nev": "nevada",
    "okla": "oklahoma",
    "ore": "oregon",
    "pa": "pennsylvania",
    "tenn": "tennessee",
    "tex": "texas",
    "vt": "vermont",
    "va": "virginia",
    "wash": "washington",
    "wis": "wisconsin",
    "wyo": "wyoming",
    "n.h": "new hampshire",
    "n.j": "new jersey",
    "n.m": "new mexico",
    "n.y": "new york",
    "n.c": "north carolina",
    "s.c": "south carolina",
    "w.va": "west virginia",
}
# The words of US state names ("new", "york" aside: too common to tell states apart).
US_STATE_WORDS = frozenset(
    w for name in STATE_ABBREVIATIONS.values() for w in name.split() if w not in ("new", "north", "south", "west")
) | frozenset("alaska hawaii idaho iowa maine ohio utah".split())
# Words of a description that say nothing about which person it is: "the former governor".
DESCRIPTION_FILLER = frozenset(
    """the a an former then current outgoing incoming longtime embattled veteran presumptive
    presidential likely probable new old one of and""".split()
)

# Abbreviated titles, as compared: "Gov." is "governor".
ROLE_ABBREVIATIONS = {
    "gov": "governor",
    "gen": "general",
    "sen": "senator",
    "rep": "representative",
    "prof": "professor",
    "dr": "doctor",
    "lt": "lieutenant",
    "col": "colonel",
    "adm": "admiral",
    "sgt": "sergeant",
    "capt": "captain",
    "maj": "major",
}

# Described sources a later "the official" can refer back to.
SOURCE_BACK = frozenset(
    """official spokesman spokeswoman spokesperson diplomat analyst strategist trader economist source
    aide adviser advisor manager executive representative person lawyer expert investor banker dealer
    observer insider consultant""".split()
)

# "one of three diplomats": counts that start a described group.
COUNT_WORDS = frozenset("two three four five six seven eight nine ten several some many dozens".split())

# Verbs that give a thing its name: a quoted title after them ("an old bakers' rule called “Bread
# Before Dawn”", "a memoir titled “Salt and Iron”") is a name, never a statement.
# Of them, "call" also gives its subject quoted words of its own ("Brell has called the levy “a
# fraud”"), as a verb of saying: read so in attribution.reported.
CALL_FORMS = r"called|calls"
NAMING_VERBS = rf"{CALL_FORMS}|named|titled|entitled|dubbed|nicknamed|branded"
# What joins quoted fragments of one list: "“reckless” and “a tax on every fisherman,”", "“late,”
# “costly” or “both”" (a comma, "and", "or", nothing else).
LIST_JOINT = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?")
# Words before such a list that give it to someone else: "Critics call the levy “…” and “…”".
NAMING_WORDS = re.compile(rf"\b(?:{NAMING_VERBS}|call|name|dub|brand|label\w*|describe\w*|term\w*)\b", re.I)
# The only writer's words such a list may follow and still be the speaker's: none ("“Reckless” and
# “late,” Vell said"), or a subject and a form of "be" the fragments describe it by ("The levy is
# “reckless” and “late,” Vell said"). Any other verb may be the source of the words ("Tamm's ads
# promise “…” and “…”", "Voters heard “…”"), and a name or possessive inside may be their owner
# ("The mayor's “plan to …” and “…,” Vell said": the mayor's words, quoted by Vell). The subject is
# one or two words, never words someone else wrote or spoke ("The words on the banner were “…”").
LISTED_FRAME = re.compile(
    r"\s*(?:(?![A-Za-z]+\s+(?:words?|slogans?|chants?|messages?|signs?|banners?|headlines?|titles?|mottos?|lines?)\b)"
    r"(?:[A-Z][a-z]*|[a-z]+)(?:\s+[a-z]+)?\s+(?:is|are|was|were|remains|remain|(?:has|have|had|will|would)\s+been?)"
    r"(?:\s+[a-z]+ly)?\s*)?"
)

# A number, in figures or spelled out: "300", "twenty", "four hundred", "a third", "half", "dozens".
NUMBER = (
    r"(?:\d|(?:a\s+)?(?:half|third|quarter|dozen|hundred|thousand|million|billion)s?\b"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen\b|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?\b)"
)

# Papers that speak for whoever issued them: "“…,” the ruling said" is the judge's.
ISSUED = frozenset(
    """ruling statement letter filing complaint indictment memo order opinion judgment post email release
    lawsuit suit""".split()
)
# What opens a definite description of a source: "the governor", "his nephew", "its statement".
DETERMINERS = frozenset("the his her its their".split())
# Things that speak in news copy, by their head noun: "the statement read", "the ad's narrator says".
SPEAKING_THINGS = ISSUED | frozenset(
    """narrator voice-over voiceover ad advert advertisement commercial spot column editorial op-ed essay
    passage book report memo message tweet text sign banner placard petition website site email release
    transcript video""".split()
)
# Things that carry words someone else wrote, chanted or showed: what a frame holds when the quote
# after it is not its subject's own ("displayed the flyer her rival mailed: “…”", "said her late
# father's motto, “…”", "posted a photo of a placard that …"). ("message" is how one speaks.)
WORD_CARRIERS = (SPEAKING_THINGS | DOCUMENT_HEADS | ISSUED) - {"message"} | frozenset(
    """letter letters flyer flier flyers leaflet mailer pamphlet brochure ad ads sign signs speech speeches
    statements post posts words motto slogan placard placards poster posters banners note quote quotation
    headline caption tweets photo photos photograph photographs picture pictures image images clip clips
    screenshot chant chants""".split()
)
# A paper the subject speaks in: "in a statement", "in her speech".
SPOKEN_IN = re.compile(r"\bin\s+(?:a|an|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}$")
# People a description names by what they are to someone, or at an event ("his nephew", "the moderator").
# Kin and friends: "her friend Jan Pell", "his cousin Ole Varg" name a person close to another.
KIN_NOUNS = frozenset(
    """friend colleague nephew niece cousin son daughter wife husband brother sister mother father uncle aunt
    neighbor neighbour partner widow widower fiancee fiancée fiance fiancé girlfriend boyfriend""".split()
)
# The sex a kin word tells ("his daughter Ada Vell" is a woman, whatever her given name).
KIN_GENDER = dict.fromkeys(
    "brother son father husband nephew uncle widower boyfriend fiance fiancé man boy".split(), "m"
) | dict.fromkeys("sister daughter mother wife niece aunt widow girlfriend fiancee fiancée woman girl".split(), "f")
# A spouse the text tells of as someone's, by the spouse's sex: "Mrs. Vell" may be the wife of the
# Vell it names when it speaks of "his wife", "the mayor's widow", "the wife of …" (not of "soldiers'
# wives" or "a woman whose husband …", which are no one's of that name).
SPOUSE = {
    sex: re.compile(rf"\b(?:(?i:his|her)\s+|\w+['’]s\s+)(?:(?:late|former|estranged)\s+)?{noun}\b|\b(?i:{noun})\s+of\b")
    for sex, noun in (("f", "(?:wife|widow)"), ("m", "(?:husband|widower)"))
}
# One who tells of their own spouse, by the teller's sex: "Mrs. Vell said of her husband" is a wife
# (of the Vell the text names, or of another), "Mr. Vell spoke about his wife" a husband (not "Mr.
# Vell said the mayor had slighted his wife": the sentence's words about a spouse, not the teller's).
OWN_SPOUSE = {
    sex: re.compile(
        rf"\b(?:said|says|spoke|speaks|wrote|writes)\s+(?:of|about)\s+{pronoun}\s+(?:(?:late|former|estranged)\s+)?{noun}\b"
    )
    for sex, pronoun, noun in (("f", "her", "(?:husband|widower)"), ("m", "his", "(?:wife|widow)"))
}
# A person the text says gave no words: "Vell declined to comment", "could not be reached".
NO_COMMENT = re.compile(
    r"\b(?:(?:declined|refused)\s+(?:to\s+)?(?:comment|be\s+interviewed|an?\s+interview|(?:an?\s+)?requests?\s+for)"
    r"|did\s+not\s+(?:immediately\s+)?(?:respond|reply|return)|(?:has|have|had)\s+not\s+(?:responded|replied)"
    r"|could\s+not\s+(?:immediately\s+)?be\s+reached|(?:was|were)\s+not\s+(?:immediately\s+)?available"
    r"|had\s+no\s+(?:immediate\s+)?comment"
    # "Renn said nothing.", "Renn stayed silent": no words, as much as a refusal
    r"|(?:said|says)\s+nothing|(?:stayed|remained|kept)\s+silent)\b"
)
RELATION_NOUNS = KIN_NOUNS | frozenset(
    """moderator organizer organiser man woman boy girl teenager interviewer questioner caller""".split()
)
# Every lower-case noun of a person, the ones above and the words of rank, kin, law and contest news names a
# person by ("his lawyer", "the harbour master", "the incumbent"): who else a sentence's pronoun may mean.
PERSON_WORDS = (
    PERSON_HEADS
    | RELATION_NOUNS
    | TITLE_TAILS
    | frozenset(ROLE_GENDER)
    | frozenset(
        """agent ally cfo challenger chaplain colonel count couple dean defendant deputy duchess duke employer favorite
        favourite granddaughter grandfather grandson heir incumbent landlord loser master mep monk mp newcomer nun
        opponent pair people person police policeman policewoman predecessor principal rector runner-up stepdaughter
        stepson successor suspect teammate tenant vicar victim victor winner""".split()
    )
)
# Verbs that issue a paper: "Nadia Okoro released a statement", "a letter signed by …".
ISSUING = r"(?:issued|released|sent(?:\s+out)?|provided|put\s+out|posted|emailed|published|filed|distributed|signed)"
# The papers a speaker issues to say something: "released a statement saying …".
ISSUED_PAPERS = r"statement|letter|email|e-mail|note|message|memo|release|post|tweet"

# Nouns that name an organisation by what it is: "the ministry", "the airline".
GENERIC_ORGS = frozenset(
    """company firm group ministry department agency bank government office bureau union council commission
    committee utility carrier airline retailer drugmaker automaker carmaker chipmaker lender insurer
    manufacturer operator broadcaster regulator club team side chain""".split()
)

# What a news outlet is called once named: "“…,” the newspaper wrote" is the paper named before.
OUTLET_HEADS = frozenset("newspaper paper daily tabloid magazine publication outlet broadcaster network".split())
# How a news outlet's name ends: "The Wall Street Journal", "The Advocate", "Fox News".
OUTLET_NAME = re.compile(
    r"\b(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Globe|Register|"
    r"Advocate|Magazine|Review|Daily|Observer|Guardian|Telegraph|Chronicle|Inquirer|Bulletin|Examiner|Monitor|"
    r"Sun|Star|Press|Record|Dispatch|Courier|Sentinel|Enquirer|Beacon|Ledger|Blade|Standard)\b"
    r"|\b(?:CNN|MSNBC|NPR|Politico|POLITICO|Breitbart|Axios|BuzzFeed|Reuters|Bloomberg)\b"
)

# Titles held by one person: when the text never names the holder, the reader cannot either.
OFFICES = frozenset(
    "president minister chancellor premier king queen governor mayor secretary-general speaker pope".split()
)

# Words of an occupation as a title: "retired teacher".
OCCUPATION_WORDS = OCCUPATIONS | OCCUPATION_MODIFIERS

# Words that end a title before a name: "in", "said", "who".
NOT_TITLE = frozenset("in at on from with by after before when while who which that said and but".split())
# Words that stop a longer run before a name from being the person's title: the run then says
# whom the person is about ("aide to Ines Quarle", "the pilot whose guild chair …"), not what the
# named one is. So does a participle (-ing, -ed, `TITLE_RUN_VERB`) after a person's noun: a
# clause about that person ("the lawyer suing guild chair Ines Quarle"), where a participle
# before the head is part of the title ("policy planning director", "acting mayor").
TITLE_RUN_STOP = frozenset("to for of whose whom where".split())
TITLE_RUN_VERB = re.compile(r"\w{2,}(?:ing|ed)")

# The nouns "the company" may stand for: a firm, an airline, a club.
COMPANY_NOUNS = frozenset(
    """company firm group carrier airline retailer drugmaker automaker carmaker chipmaker lender insurer
    manufacturer operator broadcaster utility club team side developer chain""".split()
)
# What an organisation is, said before its name: "housing charity Shelter", "chipmaker Nvidia".
ORG_KINDS = frozenset(
    """charity chipmaker carmaker automaker drugmaker airline retailer lender insurer broadcaster
    utility startup giant watchdog regulator outlet newspaper network nonprofit rival competitor
    subsidiary""".split()
)
# The last word of a business's or an outlet's name: "Ferro News", "Ferro Group Inc." is a body,
# not the Ferro the text names as a person.
BUSINESS_HEADS = frozenset(
    """news media inc inc. corp corp. co co. ltd ltd. plc llc l.l.c llp lp l.p gmbh group holdings
    industries technologies partners capital research communications labs network press analytics polling
    systems motors""".split()
)
# Organisations that are not companies: "the company" never means them.
NOT_COMPANIES = frozenset(
    """foundation association institute university union council commission committee ministry department
    agency government office court police party alliance coalition network federation society academy
    centers center centre""".split()
)

# Lower-case words a title may hold: "Secretary of State", "chief executive".
TITLE_LOWER = ROLE_WORDS | ORG_HEADS | {"of", "for", "and", "the", "on"}


# --- Verbs of saying -----------------------------------------------------------------------

# Verbs that report speech, with a clause or a quote.
SAY = (
    r"said|says|say|told|tells|tell|added|adds|add|stated|states|warned|warns|warn|argued|argues|argue|"
    r"insisted|insists|insist|noted|notes|note|explained|explains|wrote|writes|declared|declares|claimed|"
    r"claims|claim|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|acknowledged|acknowledges|admitted|"
    r"admits|announced|announces|replied|replies|responded|predicted|predicts|cautioned|suggested|"
    r"suggests|posted|remarked|tweeted|vowed|vows|promised|pledged|maintained|maintains|conceded|"
    r"contended|confirmed|confirms|denied|denies|countered|complained|observed|reiterated|recalled|"
    r"assured|informed|estimated|estimates|believes|concluded|asserted|asserts|alleged|alleges|testified|testifies|"
    r"commented|recounted|boasted|lamented|advised|revealed|disclosed|pointed out|"
    # "went on to say", "was quick to add", "is telling reporters" (the AP's present tense)
    r"(?:went|goes|go)\s+on\s+to\s+(?:say|add|write|note|argue|tell|explain)|"
    r"(?:was|were|is|are)\s+quick\s+to\s+(?:say|add|note|point\s+out)|"
    r"(?:is|are|was|were)\s+(?:telling|saying|insisting|warning|arguing|claiming|pledging|promising|predicting)|"
    r"went on|"
    r"signaled|signalled|signals|indicated|indicates|reported|"
    # "Habibie was quoted as saying", "she emailed", "Clinton gushed"
    r"(?:was\s+|were\s+|is\s+|has\s+been\s+)?quoted\s+as\s+saying|emailed|texted|gushed|retorted|"
    r"snapped|quipped|scoffed|marveled|marvelled|lamented|conceded|proclaimed|declared|elaborated|"
    r"explained|reasoned|recalled|reflected|acknowledged|predicted|surmised|mused|"
    # "X groused to a crowd that …", "X fired back that …", "X made the point that …"
    r"groused|grumbled|implied|(?:fired|shot)\s+back|made\s+the\s+point|"
    # the present tense of verbs above, as features and live updates write it: "Vell contends that …"
    # (not "recalls", "counters", "boasts": a product recall, a shop's counters, a town that
    # boasts a harbour; not "reveals": "The autopsy of X reveals that …" is a finding)
    r"contends|contend|concedes|complains|observes|cautions|reiterates|recounts|laments|discloses"
)
# Verbs a relative clause opens with that give the one it tells of a turn of their own, speaking
# or answering: "…, who thanked him", "…, who replied on the radio", "…, who spoke for an hour"
# (not what only says who they are: "…, who chairs the board", "…, who had introduced him").
TURN_VERBS = (
    rf"{SAY}|spoke|speaks|thanked|thanks|answered|answers|retorted|agreed|agrees|disagreed|"
    r"objected|interrupted|joked|jokes|laughed|hit\s+back|returned\s+the\s+praise"
)
# Verbs that set two people at one table, each as much a speaker as the other, up to the one met:
# "Vell met (with) Omar Darr", "Vell sat down with Darr", "Vell debated Darr", "Vell spoke to Darr",
# "Vell joined Darr on stage" (not "visited", "praised", "called": one acts, the other is acted on).
MEETING = (
    r"(?:met|meets|debated|debates)(?:\s+with)?|"
    r"(?:spoke|speaks|talked|talks)\s+(?:with|to)|"
    r"(?:(?:sat|sits)\s+down|conferred|confers|huddled|huddles|dined|dines|negotiated|negotiates|"
    r"shared\s+(?:the|a)\s+(?:stage|podium|platform)|appeared|appears)\s+(?:with|alongside)|"
    r"(?:faced|squared)\s+off\s+(?:with|against)|joined|joins|"
    # an exchange of words, each side's turn: "Vell interrupted Darr", "Vell sparred with Darr"
    r"interrupted|interrupts|(?:clashed|clashes|sparred|spars|argued|argues|quarrel(?:l)?ed|feuded)\s+with|"
    r"(?:traded|exchanged)\s+(?:barbs|insults|jabs|words)\s+with"
)
# Verbs that put a request to someone, who may answer it: "Vell urged Darr to resign".
REQUEST_VERBS = (
    r"urged|urges|told|tells|asked|asks|called\s+on|calls\s+on|challenged|challenges|dared|dares|pressed|presses"
)
# Acts by which someone else puts their words out, besides the verbs of saying: a report of them,
# told by another, relays that one's stance ("Three dissidents appealed for a fair trial in an open
# letter, the information office said": the dissidents' stance, not the office's).
RELAYED_ACTS = (
    r"appealed|appeals|urged|urges|demanded|demands|petitioned|pleaded|called\s+(?:for|on)|"
    r"(?:sent|wrote|signed|issued|published)\s+(?:a|an)\s+(?:open\s+)?(?:letter|petition|appeal|statement)"
)
# Participles of saying that carry what the subject said after a comma: "Vell walked out, saying
# the deal was dead", "…, warning that …" (attribution.reported's participle reading and its gate).
SAYING_PARTICIPLES = "saying|arguing|insisting|adding|warning|noting|claiming|stating|declaring|writing"
# SAY's verbs as words ("said", "insisting"; the auxiliaries of its phrases aside), for word-level uses.
SAY_WORDS = frozenset(w for w in SAY.split("|") if w.isalpha()) - {"is", "are", "was", "were", "goes"}
# Verbs that make a run of words a clause or a headline ("Vell Says …", "… must be …"), never a name:
# a few verbs of saying that are never a word of a name ("States", "Notes" may be), and auxiliaries
# ("said" is left out: a name may hold it, "Idris Said Omar").
CLAUSE_VERBS = SAY_WORDS & frozenset("says tells told warns argues insists claims".split()) | frozenset(
    "must should would could is are was were has have had".split()
)
# Verbs after a quote only (`“…,” he asked`): they introduce quoted words, not a clause.
QUOTE_ONLY = (
    r"asked|asks|questioned|continued|shouted|joked|jokes|quipped|quips|laughed|recalled|exclaimed|exclaims|"
    r"wondered|mused|answered|answers|responds|retorts|"
    # a cry or a whisper is how the quoted words were said: "“Where is the ferry?” sobbed the deckhand"
    r"sobbed|sobs|cried|cries|wept|yelled|yells|screamed|screams|whispered|whispers|muttered|mutters|pleaded|sighed"
)
# How a wire says the source asked not to be named, after the verb: "…, a pilot said on
# condition of anonymity", "said on condition of anonymity because …". It says nothing of who spoke.
ANONYMITY = r"on\s+(?:the\s+)?condition\s+(?:of\s+)?anonymity"
# Where or how a speaker said what the sentence ends on: "…, Vell said in an interview", "…, Vell
# said after the storm", "…, the guild said at its press briefing in Varne". A short phrase with no
# clause of its own: not "…, the day Vell said in May it would sail" (a verb or pronoun inside), not
# "…, Vell said in posing the question" (an act of its own), not "…, Vell said at first but later
# recanted" (a clause joined on), not "said in jest", and never "to", which opens a verb as
# often ("the party went on to win", "Vell has vowed to leave it").
SAID_ADJUNCT = (
    r"\s+(?:in|at|during|after|before|from|via|with|on|outside|inside)\s+(?![\w’'-]+ing\b)(?!jest\b)"
    r"(?!(?:[\w’'.-]+\s+){0,7}?(?:it|he|she|they|we|I|you|would|will|could|should|can|may|might|was|were|is|are|"
    r"had|has|have|did|does|do|that|which|who|but|yet|though|although|because|unless|if|"
    # nor one dating the words long ago, giving them to someone else, or to fiction
    r"ago|quoting|citing|novel|novels|poem|song|lyrics|script|fiction|summary)\b)"
    r"(?:[\w’'.-]+\s+){0,7}?[\w’'.-]+"
)
# Where the writer is, after a description of a source: "a Western ambassador here said",
# "diplomats there say". It says where the source is, not who: the description is read without it.
HERE_THERE = re.compile(r"\s+(?:here|there)$", re.IGNORECASE)
# A paper a body issued, named by the body's kind: "a Cabinet statement", "a ministry communique",
# "an army statement". Its source is the one body of that kind the text names ("the Thai
# Cabinet", "the Foreign Ministry"), when it names only one.
BODY_PAPER = re.compile(
    r"(?:an?)\s+(?P<body>[A-Za-z]+)\s+(?:statement|communique|communiqué|announcement|release)", re.IGNORECASE
)
# The bodies of a state, of which a country has one (a ministry of each kind): the only kinds whose
# paper ("a Cabinet statement") is read as the one body of that kind the text names. Not parties nor
# companies: a story of one usually has its rivals, named some other way ("the Conservatives").
STATE_BODIES = frozenset(
    """cabinet government ministry army military police navy presidency parliament palace embassy
    junta""".split()
)
# The pope by his title alone: "the pope said", "the pontiff told pilgrims", "the Polish-born pontiff".
POPE_WORDS = frozenset("pope pontiff".split())
# A pope by his title and reigning name: "Pope Anselm IV", "Pope Clement", "Pope John Paul II" (a
# second word only before a number: "Pope Anselm Tuesday" is Anselm).
POPE_NAMED = re.compile(
    r"\bPope\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?=\s+[IVXL]+\b))?)(?P<number>\s+[IVXL]+\b)?"
    # what comes next: a capitalised word there that is no day or month makes "Pope" a headline's
    # word ("Pope Visits Flooded Valley"), not a title before a name
    r"(?P<next>\s+[A-Z][a-z]+)?"
)
# Words before "Pope <name>" that make him a pope of the past, never the one "the pope" speaks for:
# "the late Pope Clement", "former Pope Anselm", "retired Pope Tomasz", "Pope Emeritus" after.
PAST_POPE = re.compile(r"\b(?:late|former|retired|then|emeritus|predecessor|predecessors)[\s,-]+$", re.IGNORECASE)
# A country as news writes it ("Russia", "U.S.", "Saudi Arabia"): read case-sensitively, so the
# pronoun "us" is no country.
COUNTRY_NAMED = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        re.escape(form)
        for place in sorted(COUNTRIES, key=len, reverse=True)
        for form in {place.title(), place.upper()}
        if len(place.replace(".", "")) <= 3 or form == place.title()
    )
    + r")(?![\w])"
)
# A capitalised word standing alone, no capitalised word either side: "Francis arrived", "said
# Francis." (a one-word name, as news names a pope, a king or a star after the first mention).
LONE_NAME = re.compile(r"(?<![\w’'.-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")  # a run of them; one word: alone
# Capitalised words that open a sentence or a phrase, not a body's name: "The Cabinet met".
NOT_NAME_OPENERS = frozenset("The A An This That Its His Her Their But And When After Before In On At".split())
# Lower-case words ending in "ly" that are no adverb of manner: "the assembly said", "the daily
# reported", "a rally", "only".
NOT_LY_ADVERBS = (
    r"family|families|only|early|rally|ally|assembly|supply|daily|weekly|monthly|quarterly|yearly|elderly|holy|"
    r"reply|apply|comply|fly|belly|bully|jelly|folly|lily|anomaly|homily|italy|july|sly|ugly|silly|"
    r"monopoly|duopoly|oligopoly|butterfly|firefly|gadfly|panoply|gully|melancholy|underbelly"
)
# An adverb of manner or stance between a speaker and the verb: "Vell bluntly said", "the guild
# similarly warned", "Vell quickly added" (news puts one there as often as not).
# Adverbs in "ly" that put the saying itself in doubt or deny it ("Vell reportedly said", "Vell
# would likely say", "Vell rarely said"): the writer does not vouch that the speaker said it.
HEDGE_ADVERBS = (
    r"reportedly|allegedly|supposedly|purportedly|apparently|likely|probably|possibly|presumably|"
    r"rarely|hardly|barely|scarcely|seemingly|hypothetically|theoretically|"
    r"jokingly|sarcastically|ironically|mockingly|facetiously|"
    # the writer's reading of the words, not the words: "Vell effectively said the levy was dead"
    r"jointly|ostensibly|reputedly|effectively|essentially|implicitly|basically|virtually|practically|nominally|"
    r"arguably|conceivably|tacitly|indirectly|figuratively|metaphorically"
)
MANNER_ADVERB = rf"(?!(?:{NOT_LY_ADVERBS}|{HEDGE_ADVERBS})\b)[a-z]{{3,}}ly"
# Auxiliaries and adverbs between a speaker and the verb: "has also said", "has
# repeatedly and bluntly said".
AUX = (
    r"(?:(?:has|had|have|also|then|later|earlier|again|previously|repeatedly|publicly|privately|separately|"
    rf"once|would|will|did|{MANNER_ADVERB})\s+)*"
)
# Verbs whose clause may come without "that" ("Putin said Russia agreed"); the others take an
# object as readily as a clause ("added Sophgo to the list", "announced its framework").
BARE_CLAUSE = frozenset(
    """said says say told tells tell insisted insists insist argued argues argue warned warns warn wrote
    writes predicted predicts stressed stresses suggested suggests maintained maintains believes
    insisted contended asserted asserts""".split()
)
TELL = frozenset("told tells tell assured informed".split())
# "reported" is speech for the press ("British media reported", "Sky Sports reported, citing …");
# a company that "reported a profit" or "reported that its profit rose" gives figures, not words.
PRESS = re.compile(
    r"\b(?:media|press|newspapers?|daily|broadcasters?|television|TV|radio|news|agency|outlets?|tabloids?)\b", re.I
)
# News agencies and outlets that report what others said: "…,” the official news agency VNA
# said" passes on the words of whoever the sentence named before them.
REPORTERS = re.compile(
    # (by its name too: "the Varnese News Agency", "Harbour Wire Service"; not "Environmental Agency",
    # nor a government's "Press Service", which speaks for it)
    r"\b(?:news\s+agency|News\s+Agency|Press\s+Agency|News\s+Service|Wire\s+Service|"
    r"agency|radio|television|TV|newspaper|daily|broadcaster|JANA|IRNA|KCNA|Xinhua|"
    r"Interfax|TASS|RIA|MENA|WAM|SANA|Petra|KUNA|SPA|Bernama|Antara|Itar-Tass|Yonhap|Kyodo)\b"
)
# Words that say the writer has a statement second-hand, from a source that relays it: "…,” Vell
# said, according to a radio station", "…, the Harbor Post reported", "as quoted by": ending the
# attribution. The speaker named is who the relay says spoke: told, not certain.
RELAYED = re.compile(
    r"(?:(?:,\s+|\s)according\s+to\s+[^,;“”\"]{1,80}?|,\s+[^,;“”\"]{1,60}?\s+(?:first\s+)?(?:reported|reports)"
    r"|,\s+as\s+(?:reported|quoted|cited)\s+(?:by|in)\s+[^,;“”\"]{1,80}?"
    # a relay named after the attribution ("…, reports the Glacier Gazette") or a teller of the
    # words long after ("…, as recounted by a deckhand years later")
    r"|,\s+(?:reports|reported)\s+[^,;“”\"]{1,60}?"
    r"|,\s+as\s+(?:recalled|remembered|recounted|retold)\s+by\s+[^;“”\"]{1,160}?"
    r")\s*[.!?]?\s*$"
)
# A sentence opening on its source with "as" and a verb of putting a view: "As the Gazette's Tam
# Orr puts it, …", "But as the paper noted in an editorial Monday, …". What follows the comma is
# the source's view, in the source's words where quoted, as after "According to X, …". Not
# "reported" (a relay of others' words: `RELAYED`), nor a line of long ago ("As Pask once said",
# `direct._CITED_LINE`), nor a clause of manner ("As Vell said he would, …": the verb is followed
# by the comma, a time or a short phrase of where only).
AS_SOURCE_PUTS = (
    r"puts\s+it|put\s+it|noted|notes|pointed\s+out|points\s+out|observed|observes|wrote|writes|argued|argues|"
    r"explained|explains|said|says"
)
AS_SOURCE_FIRST = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+)?[Aa]s\s+(?P<who>(?!(?:he|she|they|it|we|I|you|one|always|usual|ever|expected|"
    r"noted|such|well|far|long|soon|much|many|often)\b)[^,;:“”\"]{2,80}?)\s+"
    r"(?!(?:once|famously|memorably|so\s+memorably|has|had|have|would|will|might)\b)"
    rf"(?:(?:also|recently|rightly|correctly|aptly)\s+)?(?:{AS_SOURCE_PUTS})\b"
    rf"(?:\s+{TIME})?(?:{SAID_ADJUNCT})?\s*,\s+"
)
# A clause with its own subject, then a participle: "as a porter walks in, saying", "while the
# crowd cheered, adding". Whose the participle is, the sentence's subject or the clause's, the
# text does not settle.
CLAUSE_THEN_PARTICIPLE = re.compile(
    r"\b(?:as|while|when|whenever|after|before|because|since|until|once|whereas)\s+"
    r"(?:a|an|the|his|her|their|its|one|some)\s+(?:[a-z-]+\s+){0,2}?[a-z]{2,}(?:s|ed)\b(?!\s+(?:of|to|for|that)\b)"
    r"[^,;:“”\"]{0,60},\s+"
    r"(?:saying|adding|telling|noting|insisting|arguing|claiming|declaring|calling|shouting|asking)\b"
)
# A verb of saying anywhere; one that may also follow a quote ("“…,” she asked").
SPEECH_VERB = re.compile(rf"\b(?:{SAY})\b")
QUOTE_VERB = re.compile(rf"\b(?:{SAY}|{QUOTE_ONLY})\b")
# Words of taking in what another said ("Voters heard “…”", "she read “…” on the sign"): the
# words quoted after them may be anyone's.
HEARD_VERBS = frozenset("hear hears heard hearing read reads reading saw see sees seen listened watched".split())
# Words that give quoted words to another voice: "the crowd chanted “…”", "a sign read “…”".
OTHER_VOICE = re.compile(
    r"\b(?:chant\w*|shout\w*|cheer\w*|yell\w*|whisper\w*|murmur\w*|mutter\w*|scream\w*|cried|sang|sing\w*|read|reads|booed|replied|answered)\b"
)
# An attribution set in commas inside its sentence, between the subject and the rest of the
# clause: "The trouble with the pier, says Ada Vell, a harbor historian, is that it was “…”", "The
# levy, Vell said, would be “…”". What follows the last comma opens the subject's predicate (a
# verb of being, having or an auxiliary), so the words before the attribution are no clause of
# their own. (`who` before the verb or after it; the aside after it is a short apposition.)
MID_ATTRIBUTION = re.compile(
    r"^(?P<head>[^,;:“”\"]{3,80}),\s+"
    r"(?:(?:said|says|argues|argued|notes|noted|writes|wrote)\s+(?P<after>[^,;:“”\"]{2,60}?)"
    r"|(?P<before>[^,;:“”\"]{2,60}?)\s+(?:said|says|argues|argued|notes|noted|writes|wrote))"
    r"(?:,\s+[^,;:“”\"]{1,90})?,\s+"
    r"(?P<predicate>(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|remains|seems)"
    r"\b[^;:“”\"]*)$"
)
# An aside in dashes after a subject, before its verb: "Vell — never one to mince words — told …"
# (wire copy also sets a dash as " _ " or " -- "). No dash, comma or quote inside, and not one that
# adds someone to the subject or sets someone against it ("— and Brell too —", "— not Vell —").
DASH_ASIDE = (
    r"\s+(?:[—–]|--|_)\s+(?!(?:and|or|nor|but|not|with|along|like|unlike|as\s+well|together)\b)"
    r"(?P<aside>[^—–_,;:“”\"]{2,90}?)\s+(?:[—–]|--|_)"
)
# "She said her plan was strong, to which Ray interjected: …": the narration goes on; what she
# said is over.
GOES_ON = r",\s+(?:to|at|after|upon)\s+which\s"
GOES_ON_RE = re.compile(GOES_ON)

# A party and state in brackets after a name: "Rep. Lena Oduya (D-Ore.)".
_PARTY_BRACKET = re.compile(r"\s\((?:[DRI]|Ind|Dem|Rep)\.?[-–]\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)")


def blank_party(words: str) -> str:
    """`words` with a party bracket blanked (same length): it does not cut a name from its clause."""
    return _PARTY_BRACKET.sub(lambda m: " " * len(m.group(0)), words)


# One described, then the name they go by: "the dock foreman known as Tam", "a guard identified
# only as Ruben". The name is who spoke (news writing gives a source this way when it will not or
# cannot give a full name).
KNOWN_AS = re.compile(
    rf"(?P<phrase>(?:[Tt]he|[Aa]n?|[Oo]ne)\s+[^,;:.“”\"]{{1,60}}?\s+(?:known|identified|named)\s+(?:only\s+)?as\s+"
    rf"(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN})*))"
)
# One described, then named by the name they let the writer use: "a welder who gave his first name
# as Tomo", "a nurse who asked to be identified only as Lira". The name is who spoke.
NAMED_ONLY_AS = re.compile(
    r"(?:an?|the|one)\s+[^,;“”\"]{1,60}?\s+who\s+(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name|"
    r"asked\s+to\s+be\s+(?:identified|named|called|referred\s+to))\s+(?:only\s+)?as\s+(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))",
    re.IGNORECASE,
)
# The subject naming themself: "… identified herself to the Ledger as a nurse from Orne named Lira",
# "… identified himself as Tomo". The name is the subject's (who "herself"/"himself" says).
SELF_NAMED = re.compile(
    r"\bidentified\s+(?P<self>herself|himself)\s+(?:to\s+[^,;:“”\"]{1,40}?\s+)?as\s+"
    r"(?:(?:an?|the)\s+[^;:“”\"]{0,80}?\s+named\s+)?(?P<name>(?-i:[A-Z][a-z’'-]+))\b(?!\s+[A-Z])"
)
# Words of faith, party, people or kind that are given names too: "identified himself as Christian"
# tells what he is, not what he is called (as a nationality does: "as German").
_LABELS = "christian christiane tory gay latina latino sunni shia irish catholic"
SELF_LABELS = frozenset(_LABELS.split()) | frozenset(NATIONALITIES)
# A wire passing on what someone said, as the sentence's frame: "The Varn News Agency quoted a
# ministry spokesman as saying (that) the talks …", "Radio Orn quoted Ivo Brandt, the pilots' chief,
# as saying …". The clause after "saying" is the words of the one quoted (second-hand).
QUOTED_AS_SAYING_CLAUSE = re.compile(
    r"\s*[^,;:“”\"]{1,80}?\s+quoted\s+(?P<who>[^,;:“”\"]{2,80}?)(?:,[^,;:“”\"]{2,100},)?"
    r"\s+as\s+saying\s+(?:that\s+)?(?=\S)"
)
# Bodies one country has one of, that its own news names by the common noun alone: "Congress
# passed it", "the Senate voted". Any other body by its kind alone ("Police", "Cabinet") is not
# named: whose it is, the word does not say.
NAMED_BY_KIND = frozenset("congress senate".split())
# The editors' initials a wire closes a story with: "(ab/cd)", "(ab-cd-ef)". No words of the sentence.
_WIRE_TAG = re.compile(r"\((?:[a-z]{1,4}[/-])+[a-z]{1,4}\)")


def blank_wire_tag(words: str) -> str:
    """`words` with a wire's closing tag of editors' initials blanked (same length): a quote the
    story ends on, "“…” (ab/cd)", ends its sentence as surely as one with nothing after it."""
    return _WIRE_TAG.sub(lambda m: " " * len(m.group(0)), words)


WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# The writer dates the words to a year: "in a 2009 interview", "said in 1998", "wrote back in May 2004",
# "told the Lorrin Post in 2009", "In a 1998 interview, …" opening the sentence. The year must date
# the saying: right after the verb (or its hearer), never a year further on ("said, promising a new
# pier in 2031"). Positions leaves such words off the page: another time's, not today's position.
DATED_WORDS = re.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Ff]rom)\s+(?:an?|the|his|her|their|its)\s+(?:{MONTH}\s+)?(?:19|20)\d\d\s+"
    r"(?:\w+\s+)?(?:interview|speech|statement|book|memoir|letter|op-ed|column|debate|hearing|testimony|article|"
    r"address|appearance|podcast|documentary|profile|essay|remarks|commencement)"
    # … or a time the text told before: "said in 2008", "said at the time." (not "at the time of the
    # vote" nor "at the time the verdict was read", an occasion's), "told reporters back then."
    r"|\b(?:said|says|told|wrote|added|declared|remarked|argued|insisted|warned|explained)\s+"
    r"(?:(?:him|her|them|us|me|reporters|journalists|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+)?"
    rf"(?:(?:back\s+)?in\s+(?:{MONTH}\s+)?(?:19|20)\d\d\b|(?:at\s+the\s+time|back\s+then)(?=\s*(?:[,.;:!?\"”]|$)))"
    # the year before the speaker and verb: "Later, in 2003, she wrote to the board: …" (not "In 2010,
    # Vell said, the levy paid for …", where the year dates what was said)
    rf"|\b[Ii]n\s+(?:{MONTH}\s+)?(?:19|20)\d\d,\s+(?:he|she|they|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})\s+"
    r"(?:told|said|wrote|declared|remarked|argued|insisted|warned|explained)\b(?!,)"
)
# A frame that gives the words a time of their own: "said on Monday", "told reporters Tuesday".
OWN_TIME = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|this\s+week|"
    rf"last\s+week|this\s+month|on\s+{MONTH}\s+\d)"
)
# When the speaking was, as the frame of the words says: right after the verb (past its hearer and
# an occasion or two) — "said in March", "told reporters last month", "wrote in an email in May",
# "said at a rally in Orn in April", "said years ago" —, in an occasion the time names ("in a March
# interview"), between the speaker and the verb ("Vell in April warned …"), or opening the sentence
# right before the speaker and verb ("Last month, Vell told …";
# not "In March, Vell said, the levy …", where the time dates what was said). The time is the
# `when` group; positions reads it against the article's date and leaves off words of a time
# clearly before the brief's.
_WHEN = (
    rf"(?:(?:back|earlier|later)\s+)?(?:in|on|during|In|On|During)\s+(?:(?:early|late|mid-?)\s*)?(?:the\s+)?"
    rf"(?:{MONTH}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d|spring|summer|fall|autumn|winter)(?![\w-])"
    rf"|{MONTH}\s+\d{{1,2}}\b"
    rf"|[Ll]ast\s+(?:week|month|year|spring|summer|fall|autumn|winter|{MONTH})\b"
    r"|(?:(?i:a\s+few|several|some|many|two|three|four|five|six)\s+|\d+\s+)?(?:days|weeks|months|years|decades)\s+ago\b"
    r"|(?:[Aa]n?|[Oo]ne)\s+(?:week|month|year|decade)\s+ago\b"
)
_OCCASION = (
    r"(?:(?:in|at|during|on|to|before|over|via|after|from)\s+(?:an?|the|his|her|their|its|one)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:interview|speech|e-?mail|statement|rally|debate|hearing|event|appearance|letter|conference|briefing|"
    r"meeting|forum|post|tweet|message|broadcast|call|dinner|luncheon|breakfast|fundraiser|stop|visit|session|"
    r"memo|op-ed|column|podcast|address|town\s+hall|show|program|programme)s?(?:\s+(?:released|issued|sent|posted|published|given))?"
    r"(?:\s+(?:with|to|on|in|at|for|before)\s+(?:the\s+)?[\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3})?"
    rf"|(?:on|in|via)\s+(?!{MONTH})[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}"
    r"|(?:to|in\s+front\s+of)\s+(?:reporters|journalists|supporters|voters|students|the\s+crowd))"
)
_HEARER = (
    rf"(?:him|her|them|us|me|reporters|journalists|supporters|voters|(?:the\s+)?(?!{MONTH})[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3})"
)
# The verbs of SAY and QUOTE_ONLY (and "spoke") by which a frame dates its speaking ("said in March",
# "asked last week"): a choice among them, not all (tests/test_attribution.py keeps it inside them):
# not "states", "notes", "claims", more often nouns, nor verbs whose time as often dates another act than
# the speaking ("reported", "concluded"; with every past form of SAY, real frames were misdated). The
# frame's own is the first one not inside a clause of its own ("…, who in March announced …", "weeks
# after she warned …", "repeating what she told …").
FRAME_VERBS = frozenset(
    """said says told tells wrote writes added adds declared remarked argued insisted warned explained
    testified recalled joked quipped tweeted posted emailed predicted announced responded replied acknowledged
    conceded complained boasted claimed stated noted asked promised vowed pledged suggested spoke assured
    informed""".split()
)
SPEAKING = re.compile(rf"\b(?:{'|'.join(sorted(FRAME_VERBS))})\b")
# The words that open a clause of time inside a sentence ("days after Vell told …", "when the board
# said …"): who speaks in it speaks in passing, its subject not the sentence's (the rules that read
# such a clause read `CLAUSE_IN_PASSING`).
CLAUSE_OF_TIME = r"when|after|while|until|before|since"
# … and every word that opens a clause told in passing, a cause's too ("The walkout began because Ruiz
# Logistics said …": the subject of the clause speaks, the sentence's subject does not).
CLAUSE_IN_PASSING = rf"{CLAUSE_OF_TIME}|because|once"
SUBORDINATE = re.compile(
    r"\b(?i:who|whom|whose|which|that|what|after|before|when|since|while|as|because|if|until|where)\s+"
    r"(?:[\w’'-]+\s+){0,3}\Z"
)
# The time of that speaking, read at the verb (`match` from its end): past its hearer and an occasion
# or two, the first time named ("said on Monday, weeks after …" names none here: of today), or an
# occasion the time names ("in a March interview").
_TIMED_OCCASION = (
    rf"(?:[Ii]n|[Dd]uring)\s+(?:an?|his|her|their)\s+(?P<month>{MONTH})\s+(?:[\w-]+\s+)?"
    r"(?:interview|speech|statement|letter|op-ed|column|debate|hearing|address|appearance|podcast|remarks)"
)
SPOKEN_AFTER = re.compile(rf"\s+(?:{_HEARER}\s+)?(?:{_OCCASION},?\s+){{0,2}}(?P<when>{_WHEN})|\s+{_TIMED_OCCASION}")
# … or right before the verb (`search` in the frame up to it): between the speaker and the verb ("Vell
# in April warned …"), or opening the sentence right before speaker and verb ("Last month, Vell told
# …"; not "In March, Vell said, the levy …", where the time dates what was said: see OPENING_VERB).
SPOKEN_BEFORE = re.compile(
    rf"(?:(?<![,;:])(?<!\bwho)(?<!\bwhich)(?<!\bthat)\s(?P<before>{_WHEN})\s+"
    rf"|^\s*(?:(?:Back|Earlier|Later),?\s+)?(?:(?P<opening>{_WHEN})|{_TIMED_OCCASION}),\s+"
    rf"(?:he|she|they|(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN})\s+){AUX}\Z"
)
OPENING_VERB = re.compile(
    r"(?:told|said|wrote|declared|remarked|argued|insisted|warned|explained|testified|recalled)\b(?!,)"
)


# A sentence the writer opens with a past year in which the person spoke: "Back in March 1999, at a
# hearing on the fees, Vell testified …", "In 2004, in an interview with the Post, …". The quote after
# it, if it gives no time of its own, is of then. The year must open the clause of the speaking (its
# speaker and verb, after at most a phrase of place or occasion), and the sentence give the speaking
# no time of its own: "In 2024, the board spent …, Vell told reporters on Monday" dates the spending.
# ("said"/"wrote" are left out: "In 2010, Vell said, the levy paid for …" dates what was said.)
DATED_OPENING = re.compile(
    rf"^(?![^“”\"]*{OWN_TIME.pattern})"
    rf"\s*(?:[Ii]n|[Bb]ack\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH}\s+)?(?:19|20)\d\d\b,\s+"
    r"(?:(?:in|during)\s+(?:an?|his|her|their|the)\s+(?:[\w’'-]+\s+){0,2}?(?:interview|speech)\b"
    # a phrase of place or occasion, maybe counted from an event and holding commas of its own ("three
    # days before the vote on the levy, at a packed hall in Orn,")
    r"|(?:(?:(?:one|two|three|four|five|six|a|an|some|several|just|shortly|only|\d+)\s+(?:days?|weeks?|months?|years?)?\s*)?"
    r"(?:at|in|during|on|after|before|while|when|speaking|testifying)\s+[^;“”\"]{1,120}?,\s+)?"
    rf"(?:he|she|they|(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN}|the\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:spoke|told|recalled|remarked|declared|testified|(?:gave|delivered|granted)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:interview|speech))\b)"
)

# Words a writer points to as a thing's, not his own nor the speaker's: "as the ad puts it", "in the
# flyer's words", "as the campaign's mailer says". Whose position they are, the thing's maker's, the
# sentence does not name: no one's for sure.
_POINTED_THINGS = (
    r"(?:ads?|advert|advertisement|commercial|spot|flyer|flier|mailer|leaflet|pamphlet|brochure|slogan|"
    r"sign|banner|poster|billboard|headline|caption|tweet|post|website|site|letter|memo|report|bill|"
    r"platform|manifesto|book|song|video|script|release|petition|lawsuit|complaint|ruling|motion|campaign)"
)
POINTED_WORDS = re.compile(
    rf"\b[Aa]s\s+(?:the|an?|its|his|her|their|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?{_POINTED_THINGS}\s+"
    r"(?:puts?|says?|said|states?|stated|reads?|read|claims?|claimed|calls?|called|describes?|described)\b"
    rf"|\b[Ii]n\s+(?:the|an?|its|his|her|their|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?{_POINTED_THINGS}['’]s?\s+"
    r"(?:own\s+)?(?:words|phrase|phrasing|language|terms)\b"
)
# Words of someone the frame names as having said them before the speaker it names: "…, Varn
# repeated the Ledger's earlier rebuttal", "the Gazette reported Pask's reply: …".
POSSESSED_WORDS = re.compile(
    rf"(?P<owner>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}})['’]s?\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:rebuttal|statement|response|reply|retort|remarks|comments?|words|letter|memo|tweet|message|"
    r"announcement|answer|speech|editorial|column|op-ed)s?\b"
)

# The words of another's promise, claim or call, quoted as its content right after it: "Renn mocked
# Dalby's promise to “…”", "scoffed at Orr's claim that “…”". The quoted words are the owner's.
CONTENT_OF_ANOTHERS = re.compile(
    rf"(?P<owner>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}})['’]s?\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:promise|pledge|vow|claim|call|slogan|boast|assertion|insistence|suggestion|demand|threat|warning|"
    r"assurance|prediction|description|characteri[sz]ation|argument|contention|charge|accusation|plan)s?"
    r"(?:\s+(?:to|that|of|for|as))?[\s,:]*$"
)

# Words that say someone's words are performed by another: a comic's impression, a sketch, a
# parody, an actor playing the part. Quoted words near them may be the performer's lines, not the
# person's, who is named just after them ("an impression of Vell", "a sketch in which Vell …") or,
# for "played by", just before ("Vell, played by a comic, …").
PERFORMED = re.compile(
    r"\b(?:[Ii]mpersonat\w*|impressions?\s+of|parod(?:y|ies|ied|ying)|spoof\w*|sketch(?:es)?|portraying|"
    r"(?:[Pp]laying|who\s+plays|who\s+played)\s+(?:the\s+(?:part|role)\s+of\s+)?(?=[A-Z]))\b"
)
PERFORMED_BY = re.compile(r"\b(?:played|portrayed|voiced)\s+by\b")
PERFORMED_REACH = 40  # how far from those words (characters) the performed person is named


# An opening clause that sets its sentence in years past ("In 2019,", "Back in the 1990s,", "Years
# earlier,", "Last year,"): the sentence tells background about its subject, not the scene a
# he/she after it goes on with ("In 2019, Tom Brel, his partner, was jailed. “…,” he said").
PAST_YEARS_OPENING = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)s?\b|\b(?:years|decades)\s+(?:ago|earlier|before|later)\b|\blast\s+year\b",
    re.IGNORECASE,
)


# --- Speaker phrases: words before a name that are not the name ----------------------------------

# A time phrase opening a sentence with no comma before its subject: "The next day Minister Vell
# said …", "That evening the harbour master told …", "Later that week Vell wrote …". It dates the
# saying; the speaker is the phrase after it.
OPENING_TIME = re.compile(
    r"^(?:(?:[Tt]he|[Tt]hat)\s+(?:(?:next|following|previous|same)\s+)?|(?:[Ll]ater|[Ee]arlier)\s+that\s+)"
    r"(?:day|morning|afternoon|evening|night|week|weekend)\s+(?=[A-Za-z])"
)
# Two words that each describe the head, parted by a comma, in a described speaker: "the tall,
# soft-spoken farmer said", "said a bearded, 61-year-old captain". News English writes
# coordinate adjectives so; the comma parts no phrases (unlike "the farmer, a neighbour, said").
# The words after the comma are lower case, one to three, up to a comma, a full stop or the end;
# `phrases.join_adjectives` also asks that the last be a person noun.
COORDINATE_ADJECTIVES = re.compile(
    r"^(?P<first>\s*(?:[Tt]he|[Aa]n?)\s+[a-z][\w’'-]*),(?P<rest>(?:\s+[a-z0-9][\w’'-]*){1,3})(?=\s*(?:[,.;]|$))"
)
# A focus word before a described speaker: "Even a top union organizer said …", "even the guild's
# own lawyer conceded". It tells how the writer weighs the words, not who spoke them. Only before
# an article or a possessive ("Even Brel said": `OPENER_GIVEN_NAMES`, "Even" is a given name too);
# never after a negation ("Not even the mayor said so", which a phrase opening on "Not" keeps).
FOCUS_BEFORE_DESCRIPTION = re.compile(r"^[Ee]ven\s+(?=(?:a|an|the|one|his|her|its|their)\s)")
# An age written before a name, with no article: "17-year-old Tam Orvell said", "said 34-year-old
# Ada Brisk" (AP style). The age describes the person; the name after it is the speaker. With an
# article ("the 46-year-old Brann", "a 17-year-old deckhand") the phrase is read as it stands.
AGE_BEFORE_NAME = re.compile(rf"^\d{{1,3}}-year-old\s+(?={NAME_TOKEN}(?:\s+{NAME_TOKEN})*$)")
# Words between an article and a surname that say which of a family or a field, not how the person
# was ("a rival Brell", "a young Quarle", "a teenage Quarle"): someone else of that name.
WHICH_OF_A_FAMILY = frozenset("rival young teenage little baby infant eldest oldest youngest middle".split())
# "known as" names a person only after a word for one: "the dock foreman known as Tam" (a person's
# noun), "a man known as Ruben" (these); not "the inn known as Anchor House".
PEOPLE_KNOWN_AS = frozenset("man woman boy girl person teenager youth".split())
# An article and one word of how the person was, before a full name: "said a tearful Ada Brisk",
# "a visibly moved Tam Orvell". The name is the speaker. Not a word that makes the phrase a role or
# a time ("a former Senator Vell"), nor a phrase ending in a lower-case word ("a senior Cruz
# adviser"); the reader also asks that the name open with a given name ("a proud New Yorker", "a
# devout Southern Baptist" are kinds of people, not names).
MOOD_BEFORE_NAME = re.compile(
    rf"^(?:[Aa]n?)\s+(?:[a-z]+ly\s+)?(?!(?:former|late|then|onetime|one-time|senior|junior|retired|new|"
    r"longtime|veteran|chief|top|local|acting|deputy|outgoing|incoming|future|next|last|same|other|"
    r"certain|different|second|third|fellow|younger|older|elder)\b)"
    rf"[a-z]{{3,}}\s+(?={NAME_TOKEN}(?:\s+{NAME_TOKEN})*$)"
)
# A verb judging someone, its object, then the preposition the quoted words hang on: "Vell praised
# the mayor as “…”", "accused the board of “…”". (Not "likened the plan to “…”": what a thing is
# likened to is often a name, a slogan or a title, no one's words.) The quoted words are
# the judge's: how they put the praise or the charge. Only with the quote right after the
# preposition ("mocked Orvell for his “…”", "accused Orvell of saying “…”" quote the one judged,
# and are left alone). Not "for" nor "with": what someone is praised, mocked or credited for is as
# often the target's own words ("mocked Orvell for “We never retreat,” his slogan").
JUDGING_VERBS = (
    r"praised|praises|hailed|hails|lauded|lauds|credited|credits|accused|accuses|blasted|blasts|slammed|"
    r"slams|criticized|criticised|criticizes|criticises|mocked|mocks|ridiculed|derided|denounced|"
    r"condemned|faulted|chided"
)
JUDGED_PREPOSITION = r"\s(?:as|of)\s*$"
# The attribution between two quoted pieces of one sentence, then a participle of saying that
# carries the second piece: "“…,” said Vell, adding that “…”", "“…,” Vell said at the dock,
# noting that “…”". The second piece is the same speaker's, going on. Not when the attribution
# holds a second clause ("said Vell, but the union disagreed, saying that “…”", "said Vell, whose
# deputy resigned, saying that “…”", "Vell said as the crowd jeered, warning that “…”"): the
# participle may be that clause's subject's.
ADDING_AFTER_ATTRIBUTION = re.compile(
    r"[\s,]*(?:(?!\b(?:who|whom|whose|which|but|and|or|while|as|after|before|when|because|though|although|"
    r"where|whereas|since)\b)[^“”\";:!?]){1,100}?,\s+"
    r"(?:adding|noting|saying|insisting|arguing|explaining|warning|stressing)"
    r"\s+(?:that\s+)?(?:[a-z][\w’'-]*\s+){0,5}"
)
# A described source whose office is to speak for a body the text names: "a spokeswoman for the
# Harbour Authority", "a State Department spokesman" is not this (the body is a modifier, read as it
# stands). What such a source says is the body's stated position; the body (capitalised, ending
# on a capitalised word) may head it on a page. Not an aide, an official or anyone "familiar with"
# something: they speak for themselves, unnamed; nor a former spokesman, who no longer speaks
# for the body.
SPEAKS_FOR = re.compile(
    r"^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?!(?:former|ex|onetime|one-time|erstwhile|then)\b)(?:[\w.-]+\s+){0,2}?"
    r"(?:spokes(?:man|woman|person)|press\s+secretary)\s+for\s+"
    r"(?:the\s+)?(?P<body>[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|on|the|&|[A-Z][\w'’.&-]*))*?\s*[A-Z][\w'’.&-]*|[A-Z][\w'’.&-]*)$"
)
# Words that make "the Gazette's <words> Ada Brisk" a paper about the person, not a title held:
# "the Gazette's profile of Ada Brisk", "the firm's suit against Tam Orvell".
_NOT_A_TITLE = r"(?:of|with|against|about|on|for|by|to|from|in|at|and|or)"
# "the Gazette's senior editor Ada Brisk", "the Ministry's spokesman Tam Orvell": a body's title
# and a full name after it. The article belongs to the body ("the Gazette"), not to the person:
# the phrase is read as "Gazette's senior editor Ada Brisk", a title with its owner, then the name.
# The title's last word must say what a person is ("editor", "spokesman", "chief"): not "the
# Senator's new ad targeting Ada Brisk", "the Gazette's report naming Ada Brisk".
_TITLE_HEAD = "|".join(sorted((re.escape(w) for w in PERSON_HEADS | ROLE_WORDS | TITLE_TAILS), key=len, reverse=True))
THE_OWNERS_TITLED_NAME = re.compile(
    rf"^[Tt]he\s+(?=(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN}['’]s\s+(?:(?!{_NOT_A_TITLE}\b)[a-z][\w-]*\s+){{0,3}}"
    rf"(?:{_TITLE_HEAD})\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}}$)"
)
# A body's or a person's possessive, then a full name and nothing else: "the Harbor Ledger's Ada
# Brisk", "Cask Weekly’ Ivo Brandt", "Vell's Ida Marsh". The name is who speaks, never the owner (read
# by `phrases.clean` when the name opens on a given name: not "the Ledger's Sunday Magazine").
OWNER_THEN_NAME = re.compile(
    rf"(?:[Tt]he\s+)?(?P<owner>(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN}?)(?:['’]s|(?<=s)['’])\s+"
    rf"(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}})"
)
# Common irregular past tenses of a person's act, for a subject and its verb before a participle
# of saying: "Vell sought to calm the crowd, saying …", "Vell stood at the dock, warning that …"
# (a verb in -ed is read by its ending). Not "won", "lost", "drew", "ran", "rose", "fell": "Vell won
# the primary, claiming a third victory", "Vell drew a contrast" after a long apposition, "shares
# fell, adding to …" are results told by the writer, their participles no saying. Not "saw",
# "heard", "read": what one sees, hears or reads may be the one saying ("Vell heard Orvell on the
# radio, saying …" is Orvell's claim).
PAST_IRREGULAR = (
    r"sought|fought|brought|thought|taught|told|spoke|wrote|left|met|began|kept|stood|sat|"
    r"paid|chose|threw|led|knew|broke|struck|held|sent|took|made|gave|went|came|set|put|hit|cut|"
    r"spent|built|meant"
)
# What a subject got from someone else before a participle of saying: "Vell kept a note from her
# late husband, saying …", "Vell took a call from the bank, saying …", "held up a letter from Brun,
# saying …". The participle may tell what the note, the call or the letter said, not the subject:
# no one's words are read there. (Not any "from": "Vell resigned from the board, saying …" is Vell's.)
FROM_ANOTHER = re.compile(
    r"\b(?:note|letter|call|message|e-?mail|text|memo|card|tweet|post|statement|video|recording|voicemail"
    r"|cable|telegram|document|copy|transcript|petition)s?\s+(?:[\w’'-]+\s+){0,3}?(?:from|by|of)\s"
)
# A paper that says what is in it, as the subject of a verb of saying: "The lawsuit contends that
# …", "The report said the ferry was unsafe", "The court's order says …". The paper is the source,
# described, not named: whose paper it is the sentence does not always say, so it never heads a
# position on a page. (Only the head nouns of issued papers, "ruling", "memo", "complaint", not
# a poll or data, which "show" rather than "say".)
PAPER_SUBJECT = re.compile(
    r"^\s*(?P<paper>(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:ruling|statement|letter|complaint|indictment|memo|memorandum|order|opinion|judgment|lawsuit|"
    r"suit|report|filing|motion|petition|warrant|affidavit|editorial))"
    # what the paper is, in commas: "The lawsuit, which was filed in Marl, alleged …", "The order,
    # released Friday, says …" (a relative clause or a participle; never an aside that gives the
    # words to someone: "The lawsuit, Vell said, …", "The memo, which Vell says he wrote, …", "The
    # report, filed by Vell, …")
    r"(?:,\s+(?:(?:which|that)\s|[a-z]+(?:ed|en)\s)(?![^,;]*\b(?:said|says|say|told|tells|according|wrote|writes|by)\b)"
    r"[^,;“”\"]{1,80},)?"
    r"\s+(?:also\s+)?$"
)
# A verb of asking or knowing, with up to three words of object, right before "when": the "when"
# opens a question, not a clause of time ("Reporters asked Pell when she said the plant would
# reopen", "It is unclear when he told them"): no one is said there to have spoken.
ASKS_WHEN = re.compile(
    r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|knows|knew|unclear|clear|sure|"
    r"recall|recalls|recalled|remember|remembers|remembered|explain|explains|explained|question|"
    r"questioned|inquired|learn|learned|determine|determined|say|says|said|tell|tells|told)\s+"
    r"(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)


# --- A named subject, its act and a colon before its words (direct._OBJECT_COLON) --------------

# Verbs after which the words behind a colon are someone else's or a thing's, not the subject's
# own: what one reads, cites, hears, sees, shows, passes on or carries ("Vell read the note aloud: “…”",
# "Vell held up a sign: “…”", "Vell quoted the charter: “…”").
NOT_OWN_WORDS_VERBS = frozenset(
    """read reads cited cites quoted quotes recited recites repeated repeats heard hears saw sees
    watched watches showed shows displayed displays held holds carried carries wore wears shared
    shares retweeted retweets received receives got gets found finds noticed notices played plays
    pointed points highlighted highlights reposted reposts forwarded forwards printed prints
    included includes listed lists recalled recalls remembered remembers passed passes relayed relays
    conveyed conveys""".split()
)
# What an object before the colon must name for the words after it to be the subject's own: a
# stand one takes in words ("had a message for the board:", "made her case:", "offered a
# prediction:"), not a thing or a reaction that brings in others' words ("the plaque:",
# "criticism:").
OWN_STAND_NOUNS = frozenset(
    """message messages case point points argument arguments pitch plea promise pledge vow warning
    advice answer reply response prediction verdict assessment explanation view take reason demand
    appeal apology defence defense rebuttal retort conclusion thoughts words""".split()
)
# Manners of speaking a subject "was" in before a colon: "Vell was blunt about the levy: “…”".
SPEAKING_MANNERS = (
    r"blunt|blunter|frank|candid|direct|emphatic|unequivocal|defiant|succinct|terse|adamant|unapologetic|"
    r"categorical|forthright|outspoken"
)
# Phrases of SPEAKING_PHRASES that take an object which may carry others' words ("laid out the terms of the deal:",
# "spelled out the clause in the lease:", "played up a remark:"): the words are the subject's only when what they take
# is a stand of its own (OWN_STAND_NOUNS: "laid out her case:", or its own: "laid out his plan:").
_SET_OUT = r"(?:spelled|spells|spelt|laid|lays)\s+out|(?:played|plays|talked|talks)\s+(?:up|down)"
OBJECT_PHRASES = _SET_OUT + r"|(?:opened|opens)\s+up"
# Phrases of speaking out or taking a stand in words, as a colon frame's verb: the words after the
# colon are the subject's own. Phrasal verbs ("Vell doubled down: “…”", "Vell weighed in on the
# levy:", "Vell lashed out at the board:"), acts of saying one's
# piece ("had this to say:", "had harsh words for the board:", "took aim at the board:", "struck a
# defiant tone:", "made her position clear:", "minced no words:"), a manner of speaking ("was blunt
# about it:") and a belief told ("is sure that the vote will hold:"). Not the verbs that pass on or
# play back others' words ("passed on", "played back", "read out").
SPEAKING_PHRASES = (
    r"(?:doubled|doubles)\s+down|(?:weighed|weighs|chimed|chimes)\s+in|(?:piped|pipes)\s+up|"
    r"(?:pushed|pushes|fought|fights|struck|strikes)\s+back|(?:lashed|lashes)\s+out|"
    rf"{_SET_OUT}|"
    r"(?:brushed|brushes)\s+(?:off|aside)|(?:tore|tears|laid|lays|ripped|rips)\s+into|"
    r"(?:opened|opens)\s+up(?=\s+about\b|:)|"
    r"(?:had|has)\s+(?:this\s+to\s+say|(?:some\s+)?[a-z]+\s+words\s+for)|"
    r"(?:took|takes)\s+(?:aim|an?\s+(?:[a-z]+\s+)?(?:swipe|jab|dig|shot))\s+at|"
    r"(?:struck|strikes|sounded|sounds)\s+an?\s+(?:[a-z]+\s+)?(?:tone|note)|"
    r"(?:made|makes)\s+(?:it|(?:his|her|their)\s+(?:position|views?|feelings|stance))\s+(?:[a-z]+ly\s+)?clear|"
    r"(?:made|makes)\s+no\s+secret\s+of|minced\s+no\s+words|(?:did\s+not|didn['’]t)\s+mince\s+(?:his\s+|her\s+)?words|"
    rf"(?:was|is)\s+(?:(?:even|more|less|equally|just\s+as|as|very|quite|characteristically)\s+){{0,2}}(?:{SPEAKING_MANNERS})|"
    r"(?:was|is)\s+(?:(?:just\s+as|as|so|very|quite|equally)\s+)?(?:sure|confident|convinced|certain)\s+that"
)
# Verbs of pressing for a cause in person, before "for" and what is pressed for, then a colon:
# "Vell lobbies for a higher levy: “…”", "Vell called for calm:". The cause is a stand, but the
# words after the colon may be a slogan of the cause, so the reading is not sure. (Not "campaigns
# for": a campaign's words are as often its flyers'.)
ADVOCATING_VERBS = frozenset("""lobbied lobbies pushed pushes pressed presses pleaded pleads called calls""".split())


# --- A bare quote paragraph going on after "“…,” X said." (direct._said_then_goes_on) ------------

# A tail of asking, pressing or answering (or saying to someone): an exchange, which the next
# paragraph may go on in the other voice ("“…?” the host asked Vell. ¶ “…”": the answer is Vell's).
EXCHANGE_TAIL = re.compile(
    r"\b(?:ask\w*|press(?:ed|es|ing)\b|repl(?:y|ied|ies|ying)|"
    r"answer\w*|respond\w*|interject\w*|interrupt\w*|shot\s+back|countered|"
    r"retort\w*|quipped|joked|chant\w*|shout\w*|yell\w*)\b|\bto\s+(?:him|her|them)\b"
)
# Hearers a tail may name ("told reporters", "told the crowd") with the next quote paragraph still
# the speaker's: the press or a crowd, who do not answer in quotes of their own. Anyone else told
# ("told Makel", "told the caller", "said to her") may be the one answering.
HEARERS_NOT_ANSWERING = frozenset(
    """reporters journalists press crowd crowds audience audiences supporters voters listeners viewers
    readers rally gathering followers fans delegates""".split()
)
# Words in a quote that bring on words read out rather than said ("Here is what the plaque says",
# "Read the sign"): the next quote paragraph may be the thing's words, not the speaker's.
READ_OUT = frozenset(
    """plaque plaques banner banners sign signs placard placards inscription inscriptions slogan motto
    reads read says""".split()
)


# --- Words an owner said, named by a possessive (direct._owned) ----------------------------------

# Words of one's own that a possessive gives an owner, the quoted words inside them (attribution
# direct's `_owned`): "Vell's warning that the quay would be “…”", "her remark that “…”", "his call for
# “…”", "Orr's vow to “…”", "the Harbor Board's description of the levy as “…”". The owner is the one
# named in the possessive, or the he/she "his"/"her" means. Nouns of asserting only: not a denial or a
# rejection (the words denied are another's), nor a plan, a report or a finding (a paper's), nor what
# is said against one ("the charge against her that …": no owner). Between owner and noun, only a
# word that tells which of the owner's sayings ("earlier", "repeated", "now-famous"), never another
# owner ("Vell's critics' claim") nor a noun ("Vell's aides claim that …": the aides speak).
OWNED_THAT_NOUNS = (
    r"remark|comment|claim|assertion|insistence|contention|argument|warning|prediction|promise|pledge|vow|"
    r"boast|suggestion|assurance|accusation|charge|declaration|statement|threat"
)
OWNED_TO_NOUNS = r"promise|pledge|vow|threat|call|plea"
OWNED_FOR_NOUNS = r"call|demand|plea"
_OWNED_MODIFIER = (
    r"(?:(?:own|earlier|latest|recent|first|last|frequent|famous|infamous|public|initial|original|blunt|"
    r"stark|dire|bold|stern|grim|new|oft-repeated|now-famous|now-infamous|much-quoted|[a-z]{3,}ed)\s+)"
)
# What stands between the noun and "that": a short adjunct ("during the debate", "to voters"), an
# aside in commas ("…, repeated on Monday,"), a form of "be" ("Vell's claim was that …").
_OWNED_ADJUNCT = r"(?P<adjunct>\s+(?:during|in|at|on|before|to|from|about|last|this|earlier)\s+[^,;:“”\"]{1,50}?)?"
OWNED_WORDS = re.compile(
    rf"(?:(?P<owner>(?:[Tt]he\s+)?(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN})['’]s|\b(?P<pronoun>[Hh]is|[Hh]er))"
    rf"\s+{_OWNED_MODIFIER}{{0,2}}(?:"
    rf"(?:{OWNED_THAT_NOUNS})s?{_OWNED_ADJUNCT}(?:,\s+[^,;:“”\"]{{1,60}},)?(?:\s+(?:was|is|were|are))?"
    r"\s+that\s+(?P<clause>[^,;:“”\"]{0,100}?)"
    rf"|(?:{OWNED_TO_NOUNS})s?\s+to\s+(?P<aim>[^,;:“”\"]{{0,60}}?)"
    rf"|(?:{OWNED_FOR_NOUNS})s?\s+for"
    r"|(?:description|characteri[sz]ation)s?\s+of\s+[^,;:“”\"]{1,60}?\s+as"
    r")\s*$"
)
# The words of another inside the owner's clause: a verb of saying, naming or judging, a voice
# ("her claim that Orr had called the levy “…”", "his warning that critics would brand it “…”").
# And a verb right before the quoted words, as in a relative clause whose object they are ("her
# remark that voters found “…”", "his claim that the court rejected as “…”": whose words, unclear).
OWNED_OTHER_WORDS = re.compile(
    rf"\b(?:{SAY}|{QUOTE_ONLY}|{NAMING_VERBS}|call|name|dub|brand|label\w*|describe\w*|term\w*|"
    rf"{JUDGING_VERBS}|quot\w+|according|chant\w*|shout\w*|read|reads|found|finds|deemed|considered|"
    r"regarded|viewed|saw|sees)\b"
)
OWNED_VERB_LAST = re.compile(rf"\b(?:[a-z]{{2,}}ed|{PAST_IRREGULAR}|as)\s*$")
# Words before a "his"/"her" saying that make it the subject's own, whoever else the sentence names
# before it: one defends, retracts or answers for one's own words ("Vell defended her claim that …",
# "Orr came under fire from the guild over his remark that …"), where "Vell rejected her claim" may
# be another woman's. (Not "repeated", "echoed": as often another's words.)
OWN_SAYING_BEFORE = re.compile(
    r"\b(?:defend(?:ed|s|ing)?|stood\s+by|stands?\s+by|doubled\s+down\s+on|walked\s+back|retract(?:ed|s|ing)?|"
    r"apologi[sz](?:ed|es|ing)?\s+for|(?:under\s+fire|criticism|controversy|flak|backlash|scrutiny)"
    r"(?:\s+(?:from|among|earlier|last|this)\b[^,;:“”\"]{1,40}?)?\s+(?:over|for))\s+$"
)
# Verbs of saying that are nouns as well, read as nouns after a possessive or an article: "Vell's
# claims that …", "the claim that …" are no "claims that" of a subject (attribution.reported, direct).
SAY_NOUNS = frozenset("claim claims".split())
BEFORE_A_NOUN = re.compile(
    r"(?:\w['’]s|\ws['’]|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose))\s+$"
)
# Pasts that tell no act done: an impression ("seemed to waver"), a forecast or a plan ("was expected
# to", "was set to"), a habit ("used to"): a lede on one of them is no hard news (`lede.hard_news`).
NO_ACT_PASTS = frozenset(
    """seemed appeared looked sounded felt expected supposed scheduled slated set due poised thought believed
    used meant hoped wanted planned intended tended remained stayed""".split()
)
# People of the press: a lede whose actor is one ("Ledger reporter Ana Pell confused the guild with
# the board") tells of the coverage, not of the story's own development (`lede.hard_news`).
PRESS_PEOPLE = frozenset(
    """reporter reporters journalist journalists columnist columnists correspondent correspondents
    commentator commentators anchor anchors blogger bloggers pundit pundits critic critics editorial
    editorials reviewer reviewers""".split()
)
# Sources whose word at a lede's end is an account, a judgement or a forecast, not the news on an
# office's word: "…, a witness said", "…, critics said", "…, analysts said", "…, her aides said".
ACCOUNT_SOURCES = frozenset(
    """witness witnesses survivor survivors critic critics organiser organisers organizer organizers
    analyst analysts economist economists aide aides diplomat diplomats expert experts observer observers
    resident residents people supporter supporters protester protesters demonstrators activist activists
    strategist strategists commentator commentators insider insiders friend friends neighbour neighbor
    relative relatives fan fans voter voters forecaster forecasters pollster pollsters rival rivals
    opponent opponents adviser advisers advisor advisors consultant consultants""".split()
)
# A teaser's words (`lede.teaser`): the reaction a come-on foretells while it withholds its object
# ("… won't like who …", "… will be shocked to learn what …").
TEASER_REACTIONS = frozenset(
    """happy pleased thrilled amused glad surprised shocked excited upset angry like love believe
    guess""".split()
)
