"""Deterministic synthetic news articles in the seed layout, for the speed and memory benchmark.

Everything comes from templates and word lists in this file combined by a seeded
`random.Random`: no network, no data files. The articles cover a handful of sub-stories of one
news event (ceasefire talks), so the corpus has the redundancy real coverage has: shared facts,
the same people quoted by several outlets, a few stock wire sentences, and 5% syndicated
near-copies of earlier articles.

    python benchmarks/generate.py OUT_DIR N [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

SYNDICATED_SHARE = 0.05

OUTLETS = [
    "The Continental Ledger",
    "Lakeshore Daily Herald",
    "Northgate Observer",
    "The Meridian Post",
    "Harbor City Times",
    "The Evening Courier",
    "Riverside Tribune",
    "The Atlantic Dispatch",
    "Capitol Wire Service",
    "The Granite Gazette",
    "Eastbridge Chronicle",
    "The Morning Sentinel",
    "Pinecrest Journal",
    "The Weekly Examiner",
    "Silverline News",
    "The Prairie Record",
    "Bayview Standard",
    "The Civic Monitor",
    "Westfield Press",
    "The Global Bulletin",
    "Summit Valley News",
    "The Coastal Review",
    "Ironbridge Telegraph",
    "The Daily Lantern",
    "Crossroads Report",
    "The Metropolitan Star",
    "Oakmont Register",
    "The Frontier Times",
    "Lowland Gazette",
    "The Union Herald",
    "Brightwater Post",
    "The Northern Echo Line",
    "Redcliff Daily",
    "The Independent Mirror",
    "Stonebridge Ledger",
    "The World Desk",
    "Clearwater Courier",
    "The Central Ledger",
    "Highland Dispatch",
    "The Open Newsroom",
]

CITIES = ["Washington", "Moscow", "Kyiv", "London", "Paris", "Brussels", "Riyadh", "Berlin", "Geneva", "Warsaw"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LATER_DATES = ["March 20", "March 21", "March 24", "March 25", "March 27", "March 31", "April 2", "April 8"]


@dataclass(frozen=True)
class Person:
    name: str
    role: str  # "Kremlin spokesman", "Ukrainian President", ...
    side: str


PEOPLE = [
    Person("Donald Trump", "US President", "us"),
    Person("Vladimir Putin", "Russian President", "ru"),
    Person("Volodymyr Zelenskyy", "Ukrainian President", "ua"),
    Person("Dmitry Peskov", "Kremlin spokesman", "ru"),
    Person("Steve Witkoff", "US envoy", "us"),
    Person("Marco Rubio", "Secretary of State", "us"),
    Person("Sergey Lavrov", "Russian Foreign Minister", "ru"),
    Person("Andrii Sybiha", "Ukrainian Foreign Minister", "ua"),
    Person("Keir Starmer", "British Prime Minister", "eu"),
    Person("Emmanuel Macron", "French President", "eu"),
    Person("Mike Waltz", "National Security Adviser", "us"),
    Person("Oleksandr Syrskyi", "Ukrainian commander", "ua"),
    Person("Kaja Kallas", "EU foreign policy chief", "eu"),
    Person("Mark Rutte", "NATO Secretary General", "eu"),
    Person("Lindsey Graham", "Republican Senator", "us"),
    Person("Elvira Nabiullina", "central bank governor", "ru"),
]
BY_SURNAME = {p.name.split()[-1]: p for p in PEOPLE}


@dataclass(frozen=True)
class Story:
    """One sub-story: its vocabulary, sentence parts, stock lines, headings, quotes and events."""

    key: str
    titles: tuple[str, ...]
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    tails: tuple[str, ...]
    stock: tuple[str, ...]  # wire sentences many outlets carry verbatim
    headings: tuple[str, ...]
    speakers: tuple[str, ...]  # surnames from PEOPLE
    quotes: tuple[tuple[str, str], ...]  # (speaker surname, words)
    claims: tuple[str, ...]  # reported speech: "<Name> said that <claim>."
    events: tuple[str, ...]  # "<event> <when>."
    bullets: tuple[str, ...]


STORIES = [
    Story(
        key="call",
        titles=(
            "Trump and Putin Set for Call on Ukraine Truce",
            "White House Prepares for Trump-Putin Phone Call",
            "Kremlin Confirms Presidents Will Discuss Ceasefire",
            "Hopes and Doubts Ahead of Trump-Putin Talks",
            "Envoy Says Presidents Close to Ceasefire Deal",
        ),
        subjects=(
            "The White House",
            "The Kremlin",
            "US officials",
            "Russian diplomats",
            "Negotiators from both sides",
            "Aides to the two presidents",
            "Western diplomats",
            "Officials in Washington",
        ),
        verbs=(
            "said they were preparing",
            "signaled support for",
            "raised doubts about",
            "spent the weekend discussing",
            "confirmed plans for",
            "declined to detail",
            "expressed cautious optimism about",
        ),
        objects=(
            "a phone call between the two presidents",
            "the proposed 30-day ceasefire",
            "the terms of a possible truce",
            "the agenda for the leaders' conversation",
            "a framework for a broader peace agreement",
            "the monitoring of any ceasefire",
        ),
        tails=(
            "as fighting continued along the front line",
            "after a week of intense shuttle diplomacy",
            "amid deep mistrust between Moscow and Kyiv",
            "while European allies watched closely",
            "following talks in Saudi Arabia",
            "despite warnings from Ukrainian officials",
            "",
            "",
        ),
        stock=(
            "Ukraine accepted the US proposal for a 30-day ceasefire after talks in Saudi Arabia last week.",
            "Russia has said it supports the idea of a truce in principle but wants its conditions addressed.",
            "The call would be the second known conversation between the two leaders since January.",
            "Moscow has demanded guarantees that Ukraine will not use a pause to rearm and mobilize.",
        ),
        headings=("Call Preparations", "Conditions From Moscow", "Diplomatic Push", "What Comes Next"),
        speakers=("Trump", "Putin", "Peskov", "Witkoff", "Rubio", "Waltz", "Lavrov"),
        quotes=(
            ("Trump", "We want to see if we can bring this war to an end"),
            ("Peskov", "There are grounds for cautious optimism, but there is still a lot of work ahead"),
            ("Witkoff", "The two presidents are going to have a really productive conversation"),
            ("Peskov", "Yes, such a conversation is planned"),
            ("Rubio", "The ball is now in Russia's court"),
            ("Witkoff", "Both sides understand the clock is running"),
            ("Putin", "We will not accept a truce that only lets the enemy regroup"),
        ),
        claims=(
            "a great deal of work had been done over the weekend",
            "the presidents would discuss territory and power plants",
            "no date had yet been fixed for the conversation",
            "the ceasefire proposal needed more detail before Moscow could agree",
            "the United States was ready to keep pressing both sides",
        ),
        events=(
            "Trump is expected to speak with Putin",
            "The two presidents will hold a phone call",
            "US and Russian teams are due to meet in Riyadh",
            "Witkoff is scheduled to brief senators",
            "The White House plans to release a readout of the call",
        ),
        bullets=(
            "Trump and Putin are expected to discuss the ceasefire by phone this week.",
            "The Kremlin says the call is being prepared but gives no date.",
            "Ukraine has already accepted a 30-day truce proposal.",
            "Russia wants guarantees that Ukraine will not rearm during a pause.",
        ),
    ),
    Story(
        key="energy",
        titles=(
            "Russia Agrees to Pause Strikes on Ukrainian Energy Sites",
            "Energy Truce Tested Hours After Leaders' Call",
            "Power Plants at Center of Partial Ceasefire",
            "Kyiv Reports Drone Attacks Despite Energy Pledge",
        ),
        subjects=(
            "Ukrainian officials",
            "The energy ministry in Kyiv",
            "Grid operator Ukrenergo",
            "Russian forces",
            "Engineers in the east",
            "Local authorities",
        ),
        verbs=(
            "reported fresh damage to",
            "worked through the night to repair",
            "accused Russia of targeting",
            "said there had been no new strikes on",
            "warned of power cuts affecting",
        ),
        objects=(
            "substations in the Dnipropetrovsk region",
            "the country's electricity grid",
            "heating plants in several cities",
            "power lines near the front",
            "gas production facilities",
            "the Zaporizhzhia nuclear plant's backup lines",
        ),
        tails=(
            "hours after the leaders spoke",
            "as temperatures dropped below freezing",
            "despite the promised pause",
            "according to the regional governor",
            "",
        ),
        stock=(
            "Putin agreed to halt attacks on Ukrainian energy infrastructure for 30 days.",
            "Ukraine said it would respect a pause on strikes against energy sites if Russia did the same.",
            "Russian strikes have destroyed about half of Ukraine's power generation capacity since 2022.",
        ),
        headings=("Grid Under Pressure", "Energy Pause", "Damage Reports"),
        speakers=("Zelenskyy", "Peskov", "Putin", "Sybiha"),
        quotes=(
            ("Zelenskyy", "Words alone will not keep the lights on"),
            ("Putin", "The order to stop strikes on energy targets has been given"),
            ("Sybiha", "We will see in the coming days whether Russia keeps its word"),
            ("Zelenskyy", "Our engineers are working around the clock"),
        ),
        claims=(
            "Russian drones had hit energy infrastructure overnight",
            "the pause on energy strikes had taken effect immediately",
            "Kyiv would share a list of protected sites with Washington",
            "the energy truce could be a first step toward a full ceasefire",
        ),
        events=(
            "Technical teams will meet to agree on a list of protected sites",
            "The energy pause is due to expire",
            "Ukrenergo plans to restore full power to the eastern regions",
        ),
        bullets=(
            "Russia agreed to a 30-day halt on strikes against energy infrastructure.",
            "Kyiv reported new drone attacks on power sites hours after the call.",
            "Technical teams are to draw up a list of protected facilities.",
        ),
    ),
    Story(
        key="prisoners",
        titles=(
            "Russia and Ukraine Swap 175 Prisoners Each",
            "Prisoner Exchange Follows Leaders' Call",
            "Families Welcome Soldiers Home After Swap",
        ),
        subjects=(
            "The two sides",
            "The United Arab Emirates",
            "Ukraine's coordination headquarters",
            "Russia's defense ministry",
            "Relatives of the soldiers",
            "Humanitarian groups",
        ),
        verbs=(
            "carried out the exchange of",
            "helped mediate the release of",
            "published the names of",
            "called for the return of",
            "welcomed the return of",
        ),
        objects=(
            "175 prisoners of war each",
            "severely wounded soldiers",
            "civilians held since 2022",
            "forcibly relocated Ukrainian children",
            "defenders of Mariupol",
        ),
        tails=("at the border with Belarus", "on Wednesday evening", "after months of talks", "", ""),
        stock=(
            "Russia and Ukraine exchanged 175 prisoners of war each on Wednesday.",
            "Moscow also handed over 22 severely wounded Ukrainian soldiers as a goodwill gesture.",
            "The swap was mediated by the United Arab Emirates.",
        ),
        headings=("Home at Last", "The Exchange", "Humanitarian Steps"),
        speakers=("Zelenskyy", "Putin", "Sybiha", "Kallas"),
        quotes=(
            ("Zelenskyy", "Every one of them is a hero who has come home"),
            ("Zelenskyy", "We will bring back every last prisoner"),
            ("Kallas", "This is the kind of step that builds trust"),
        ),
        claims=(
            "more exchanges were being prepared",
            "the wounded soldiers had been handed over as a gesture of goodwill",
            "the return of deported children must be part of any deal",
        ),
        events=("Another prisoner exchange is expected", "The Red Cross plans to visit detention sites"),
        bullets=(
            "Russia and Ukraine swapped 175 prisoners each, mediated by the UAE.",
            "Moscow handed over 22 badly wounded soldiers as a goodwill gesture.",
        ),
    ),
    Story(
        key="coalition",
        titles=(
            "European Leaders Plan Peacekeeping Force for Ukraine",
            "Coalition of the Willing Meets in London",
            "Starmer and Macron Push Security Guarantees",
            "Europe Weighs Troops to Back Any Ceasefire",
        ),
        subjects=(
            "European leaders",
            "Military planners",
            "Britain and France",
            "NATO allies",
            "Defense ministers",
            "The coalition of the willing",
        ),
        verbs=(
            "discussed plans for",
            "pledged support for",
            "moved to the operational phase of",
            "remained divided over",
            "called on Russia to accept",
        ),
        objects=(
            "a peacekeeping force in Ukraine",
            "security guarantees for Kyiv",
            "air patrols over western Ukraine",
            "new military aid packages",
            "the unconditional ceasefire",
            "a reassurance force of several thousand troops",
        ),
        tails=(
            "at a virtual summit hosted by Britain",
            "ahead of a meeting in Paris",
            "without a clear commitment from Washington",
            "as Moscow rejected any foreign troops in Ukraine",
            "",
            "",
        ),
        stock=(
            "More than 25 countries took part in the virtual meeting hosted by Britain.",
            "Russia has said it will not accept troops from NATO countries in Ukraine under any flag.",
            "European officials say any force would need American backing to deter Russia.",
        ),
        headings=("Coalition of the Willing", "Security Guarantees", "European Response"),
        speakers=("Starmer", "Macron", "Rutte", "Kallas", "Lavrov"),
        quotes=(
            ("Starmer", "The yes, but from Russia is not good enough"),
            ("Starmer", "Sooner or later Putin will have to come to the table"),
            ("Macron", "Europe must be ready to guarantee any peace"),
            ("Lavrov", "Any deployment of foreign troops would be unacceptable"),
        ),
        claims=(
            "military planners would meet in London to work out details",
            "the coalition was moving into an operational phase",
            "Europe had to spend more on its own defense",
            "any force would be deployed only after a ceasefire",
        ),
        events=(
            "Military chiefs will meet in London",
            "Leaders are due to gather in Paris",
            "EU foreign ministers plan to discuss new sanctions",
        ),
        bullets=(
            "European leaders are planning a force to back any ceasefire.",
            "Russia rejects any NATO troops in Ukraine.",
            "Military planners are to meet to work out details.",
        ),
    ),
    Story(
        key="front",
        titles=(
            "Ukrainian Forces Pull Back in Kursk Region",
            "Drone War Intensifies as Talks Continue",
            "Russia Claims Gains Near Sudzha",
            "Overnight Drone Barrage Hits Nine Regions",
        ),
        subjects=(
            "Russian troops",
            "Ukraine's general staff",
            "Ukrainian units",
            "The Russian defense ministry",
            "Air defense crews",
            "Military analysts",
        ),
        verbs=(
            "reported advances near",
            "withdrew from positions around",
            "shot down dozens of drones over",
            "launched an overnight attack on",
            "described heavy fighting near",
        ),
        objects=(
            "the town of Sudzha",
            "the Kursk region",
            "the city of Pokrovsk",
            "the Sumy border area",
            "the Kharkiv region",
            "Ukrainian logistics hubs",
        ),
        tails=(
            "in one of the largest attacks this month",
            "as winter gave way to spring mud",
            "according to the general staff",
            "while diplomats talked about a truce",
            "",
            "",
        ),
        stock=(
            "Russia launched 90 Iranian-made Shahed drones across nine Ukrainian regions overnight.",
            "Ukrainian forces entered Russia's Kursk region in a surprise offensive last August.",
            "Ukraine's air force said it had shot down most of the drones.",
        ),
        headings=("On the Battlefield", "Kursk Pullback", "Drone Attacks"),
        speakers=("Syrskyi", "Zelenskyy", "Putin", "Peskov"),
        quotes=(
            ("Syrskyi", "The situation in the Kursk direction is under control"),
            ("Syrskyi", "Our troops are maneuvering to more favorable positions"),
            ("Zelenskyy", "They talk about peace while their drones fly every night"),
        ),
        claims=(
            "Ukrainian troops had been pushed out of several villages",
            "there was no encirclement of Ukrainian forces",
            "Russia was trying to improve its position before any truce",
        ),
        events=("Ukraine's commander is expected to report to parliament", "New air defense systems are due to arrive"),
        bullets=(
            "Russian forces have pushed Ukrainian troops back in the Kursk region.",
            "Russia launched 90 drones in an overnight attack on nine regions.",
        ),
    ),
    Story(
        key="markets",
        titles=(
            "Rouble Rallies on Ceasefire Hopes",
            "European Defense Stocks Slip as Truce Talk Grows",
            "Sanctions Relief Enters the Conversation",
        ),
        subjects=(
            "The rouble",
            "European defense shares",
            "Investors",
            "Traders in Moscow",
            "Oil prices",
            "Analysts at major banks",
        ),
        verbs=(
            "rose sharply on hopes of",
            "fell back amid doubts about",
            "priced in the chance of",
            "were cautious ahead of",
            "reacted calmly to news of",
        ),
        objects=(
            "an easing of Western sanctions",
            "a ceasefire in Ukraine",
            "the leaders' phone call",
            "a return of Western companies to Russia",
            "higher European defense spending",
        ),
        tails=("in early trading", "for a third straight session", "on the Moscow exchange", "", ""),
        stock=(
            "The rouble has gained more than 20 percent against the dollar since the start of the year.",
            "European defense stocks have surged on plans for higher military spending.",
        ),
        headings=("Market Reaction", "Sanctions Question"),
        speakers=("Nabiullina", "Graham", "Kallas"),
        quotes=(
            ("Nabiullina", "Markets are trading on hope rather than facts"),
            ("Graham", "Sanctions will stay until Russia ends this war"),
            ("Nabiullina", "We see no reason to change our policy yet"),
        ),
        claims=(
            "sanctions relief was not on the table",
            "the central bank would keep interest rates high",
            "new sanctions could follow if the Kremlin stalled",
        ),
        events=("Russia's central bank will announce its rate decision", "EU states are expected to renew sanctions"),
        bullets=(
            "The rouble rose on hopes of a ceasefire and eased sanctions.",
            "European defense stocks slipped as talk of a truce grew.",
        ),
    ),
]

BOILERPLATE = [
    "Advertisement",
    "Share this article",
    "Follow us on X for live updates",
    "Read more: Ukraine ceasefire talks explained",
    "Sign up for our daily newsletter",
    "Related coverage",
]
LINKERS = ["Meanwhile, ", "Separately, ", "At the same time, ", "Earlier, ", "In a statement, ", "", "", "", ""]
SAY = ["said", "told reporters", "added", "warned", "insisted", "stressed"]


def _when(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return "on " + rng.choice(WEEKDAYS)
    if kind == 1:
        return "on " + rng.choice(LATER_DATES)
    if kind == 2:
        return rng.choice(["next week", "later this week", "later this month"])
    if kind == 3:
        # Not "in a few days" / "in a couple of days": briefgen.timeline.find_when raises KeyError on them.
        return "in " + rng.choice(["two", "three", "ten"]) + " days"
    return "by the end of the month"


# Sentence-initial words that are not names: lower-cased when a linker ("Meanwhile, ") comes first.
_COMMON_START = frozenset(
    {
        "The",
        "Air",
        "Officials",
        "Negotiators",
        "Aides",
        "Military",
        "Defense",
        "Investors",
        "Traders",
        "Oil",
        "Analysts",
        "Engineers",
        "Local",
        "Relatives",
        "Humanitarian",
        "Grid",
    }
)


def _lower_start(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first in _COMMON_START:
        return text[:1].lower() + text[1:]
    return text


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fact(rng: random.Random, story: Story) -> str:
    if rng.random() < 0.2:
        return rng.choice(story.stock)
    tail = rng.choice(story.tails)
    parts = [rng.choice(story.subjects), rng.choice(story.verbs), rng.choice(story.objects)]
    if tail:
        parts.append(tail)
    linker = rng.choice(LINKERS)
    return linker + (_lower_start(" ".join(parts)) if linker else " ".join(parts)) + "."


def _detail(rng: random.Random, story: Story) -> str:
    """A second-order sentence that varies more (numbers, places) and is rarely shared."""
    city = rng.choice(CITIES)
    n = rng.randint(2, 40)
    return rng.choice(
        [
            f"Officials in {city} said {n} people had been briefed on {rng.choice(story.objects)}.",
            f"The discussions in {city} lasted about {n % 9 + 2} hours, according to people familiar with them.",
            f"Coverage in {city} focused on {rng.choice(story.objects)} {rng.choice(story.tails) or 'this week'}.",
            f"At least {n} officials were involved in talks on {rng.choice(story.objects)}.",
            f"{_cap(rng.choice(story.subjects))} gave few details on {rng.choice(story.objects)} {_when_past(rng)}.",
        ]
    )


def _person(surname: str) -> Person:
    return BY_SURNAME[surname]


def _quote(rng: random.Random, story: Story, introduced: set[str]) -> str:
    person = _person(rng.choice(story.speakers))
    first_time = person.name not in introduced
    full = f"{person.role} {person.name}" if first_time else person.name.split()[-1]
    form = rng.randrange(5)
    if form < 2:
        surname, words = rng.choice(story.quotes)
        person = _person(surname)
        first_time = person.name not in introduced
        introduced.add(person.name)
        full = f"{person.role} {person.name}" if first_time else surname
        if form == 0:
            return f"“{words},” said {full}."
        return f"“{words},” {full} {rng.choice(SAY)}."
    introduced.add(person.name)
    if form == 2:
        return f"{full} said that {rng.choice(story.claims)}."
    if form == 3:
        return f"{full} told reporters {_when_past(rng)} that {rng.choice(story.claims)}."
    return f"According to {full}, {rng.choice(story.claims)}."


def _when_past(rng: random.Random) -> str:
    return rng.choice(["on " + d for d in WEEKDAYS] + ["late on Sunday", "earlier in the day"])


def _event(rng: random.Random, story: Story) -> str:
    event = rng.choice(story.events)
    place = rng.choice(["", "", f" in {rng.choice(CITIES)}"])
    return f"{event}{place} {_when(rng)}."


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:48]


@dataclass
class Draft:
    """An article before it is written out: its header, key points and (heading, text) paragraphs."""

    title: str
    id: str
    slug: str
    published: str
    outlet: str
    key_points: list[str]
    paragraphs: list[tuple[str | None, str]]
    dateline: str
    tail: list[str]

    def text(self) -> str:
        lines = [self.title, "", self.id, self.slug, f"Date: {self.published}", f"Outlet: {self.outlet}", ""]
        if self.key_points:
            lines += ["Key Points:", "", *(f"  • {k}" for k in self.key_points), ""]
        for n, (heading, paragraph) in enumerate(self.paragraphs):
            if heading:  # a short heading line sits directly on top of its paragraph
                lines.append(heading)
            lines += [f"{self.dateline}: {paragraph}" if n == 0 else paragraph, ""]
        lines += self.tail
        return "\n".join(lines) + "\n"


def _sentence(rng: random.Random, story: Story, introduced: set[str]) -> str:
    roll = rng.random()
    if roll < 0.45:
        return _fact(rng, story)
    if roll < 0.65:
        return _quote(rng, story, introduced)
    if roll < 0.78:
        return _event(rng, story)
    return _detail(rng, story)


def _article(rng: random.Random, index: int) -> Draft:
    """One original article: a main sub-story, sometimes with paragraphs on one or two others."""
    main = rng.choice(STORIES)
    others = rng.sample([s for s in STORIES if s is not main], rng.randint(0, 2))
    title = rng.choice(main.titles)
    if rng.random() < 0.5:
        title = f"{title}: {rng.choice(['Live Updates', 'What We Know', 'Analysis', 'Explainer', 'Report'])}"
    key_points: list[str] = []
    if rng.random() < 0.45:
        pool = list(main.bullets) + [b for s in others for b in s.bullets]
        key_points = rng.sample(pool, min(len(pool), rng.randint(2, 5)))
    introduced: set[str] = set()
    said: set[str] = set()
    paragraphs: list[tuple[str | None, str]] = []
    for p in range(rng.randint(8, 20)):
        story = main if p < 3 or rng.random() < 0.55 or not others else rng.choice(others)
        heading = rng.choice(story.headings) if p > 1 and rng.random() < 0.15 else None
        sentences: list[str] = []
        for _ in range(rng.randint(1, 4)):
            for _attempt in range(4):  # an article does not say the very same sentence twice
                sentence = _sentence(rng, story, introduced)
                if sentence not in said:
                    break
            said.add(sentence)
            sentences.append(sentence)
        paragraphs.append((heading, " ".join(sentences)))
    return Draft(
        title=title,
        id=f"bench-{index:04d}",
        slug=_slug(title),
        published=f"2025-03-1{rng.randint(0, 8)}",
        outlet=rng.choice(OUTLETS),
        key_points=key_points,
        paragraphs=paragraphs,
        dateline=rng.choice(CITIES),
        tail=rng.sample(BOILERPLATE, rng.randint(1, 3)),
    )


def _near_copy(rng: random.Random, original: Draft, index: int) -> Draft:
    """A syndicated copy of an earlier article: new id and outlet, trimmed by a paragraph, one line added."""
    paragraphs = list(original.paragraphs)
    if len(paragraphs) > 4 and rng.random() < 0.7:
        del paragraphs[rng.randrange(2, len(paragraphs))]  # cut for space
    heading, last = paragraphs[-1]
    paragraphs[-1] = (heading, f"{last} The story was distributed to partner outlets.")
    return replace(
        original,
        id=f"bench-{index:04d}",
        outlet=rng.choice(OUTLETS),
        paragraphs=paragraphs,
        tail=[f"Distributed by {rng.choice(OUTLETS)}", "Share this article"],
    )


def generate(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """Write `n` articles into `folder` (created if needed); the same seed always writes the same files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    originals: list[Draft] = []
    for index in range(n):
        if originals and rng.random() < SYNDICATED_SHARE:
            draft = _near_copy(rng, rng.choice(originals), index)
        else:
            draft = _article(rng, index)
            originals.append(draft)
        path = folder / f"{index:04d}_{draft.slug}.txt"
        path.write_text(draft.text(), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write N synthetic news articles in the seed layout.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    paths = generate(args.out_dir, args.n, args.seed)
    print(f"wrote {len(paths)} articles to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
