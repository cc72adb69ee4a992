"""resolve_date: the value of the date a news sentence names, read against its publication date."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import briefgen
from briefgen.dates import (
    direction,
    find_dates,
    names_a_time,
    next_weekday_unsure,
    period_end,
    period_start,
    resolve_date,
)

MON = date(2025, 3, 17)  # a Monday in ISO week 2025-W12
THU_DEC = date(2025, 12, 18)
FRI_NOV = date(2024, 11, 29)
SAT = date(2025, 3, 22)
VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2}(-WE)?|-Q[1-4]|-(SP|SU|FA|WI))?")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Weekdays: the tense decides the direction; the publication day itself counts.
        ("The foreign ministers will meet on Wednesday in Ankara.", "2025-03-19"),
        ("The finance committee meets on Friday to review the bill.", "2025-03-21"),
        ("The two presidents spoke by phone on Wednesday.", "2025-03-12"),
        ("The spokesman told reporters on Monday that no decision had been taken.", "2025-03-17"),
        ("Talks are scheduled to resume Monday.", "2025-03-17"),
        ("Rescuers worked through Saturday night to free the miners.", "2025-03-15"),
        ("Next Friday the court hands down its ruling.", "2025-03-21"),
        ("Last Tuesday the strikers returned to work.", "2025-03-11"),
        ("The opposition called a protest for this coming Sunday.", "2025-03-23"),
        ("Thursday's vote will decide the fate of the coalition.", "2025-03-20"),
        ("Wednesday's attack killed four soldiers.", "2025-03-12"),
        ("In Sunday's debate, the challenger attacked the governor.", "2025-03-16"),
        ("Ahead of Sunday's vote, the parties campaigned hard.", "2025-03-23"),
        ("Growth is expected to have slowed in February, economists said.", "2025-02"),
        ("Output shrank 2 percent, its first fall in five years.", None),
        ("The index closed higher on Friday.", "2025-03-14"),
        ("The deal must be approved by Thursday.", "2025-03-20"),
        ("The border has been closed since Thursday.", "2025-03-13"),
        ("The envoy could arrive as soon as Tuesday afternoon.", "2025-03-18"),
        ("The vote is on Thursday.", "2025-03-20"),
        # Relative days.
        ("The prime minister flies to Delhi tomorrow.", "2025-03-18"),
        ("The strike ended yesterday afternoon.", "2025-03-16"),
        ("Talks resume the day after tomorrow.", "2025-03-19"),
        ("The minister said late today that the talks had stalled.", "2025-03-17"),
        ("Officials met this afternoon in Geneva.", "2025-03-17"),
        ("Fighting flared again last night.", "2025-03-16"),
        # Month and day, both orders, abbreviations, ordinals, explicit years.
        ("The hearing is set for April 3.", "2025-04-03"),
        ("The conference opens on 9 May in Vienna.", "2025-05-09"),
        ("The report is due on Sept. 12.", "2025-09-12"),
        ("The trade pact was signed on Feb. 4.", "2025-02-04"),
        ("The summit takes place on the fifth of April.", "2025-04-05"),
        ("The ceremony will be held on April 12th.", "2025-04-12"),
        ("Polls close on Sunday, March 30.", "2025-03-30"),
        ("The company was founded on 14 July 1998.", "1998-07-14"),
        ("Elections are due on November 4, 2026.", "2026-11-04"),
        ("The law enters into force on 2025-07-01.", "2025-07-01"),
        ("The deadline is March twentieth.", "2025-03-20"),
        # Counted from the article's day.
        ("The last troops are to leave within 72 hours.", "2025-03-20"),
        ("A new round of talks starts in three days.", "2025-03-20"),
        ("Results are expected in a couple of weeks.", "2025-03-31"),
        ("The ban expires in six months.", "2025-09"),
        ("The plant will close in two years.", "2027"),
        ("The fire broke out three days ago.", "2025-03-14"),
        ("The company cut 500 jobs a month ago.", "2025-02-17"),
        ("Profit was $3 million a year earlier.", "2024-03-17"),
        ("Talks resume two weeks from Monday.", "2025-03-31"),
        ("The verdict is due a week from today.", "2025-03-24"),
        ("The army gave the rebels 48 hours to surrender.", "2025-03-19"),
        ("The heatwave is forecast to peak on Wednesday.", "2025-03-19"),
        ("The results come out in the last week of April.", "2025-W18"),
        ("The talks take place the week of March 24.", "2025-W13"),
        # Ends of periods are days.
        ("Troops should be home by the end of the month.", "2025-03-31"),
        ("A report is due at the end of next month.", "2025-04-30"),
        ("The bank expects the merger to close by year-end.", "2025-12-31"),
        ("The fund has grown 8% since year-end.", "2024-12-31"),
        ("A deal is possible before the end of June.", "2025-06-30"),
        # Periods when no day is named.
        ("The envoy returns to the region next week.", "2025-W13"),
        ("The minister visited the front last week.", "2025-W11"),
        ("Protests are planned for the coming week.", "2025-W13"),
        ("Voters head to the polls next weekend.", "2025-W13-WE"),
        ("Voters went to the polls this past weekend.", "2025-W11-WE"),
        ("A vote is set for Thursday.", "2025-03-20"),
        ("The minister, who took office in July, faces a confidence vote next Wednesday.", "2025-03-19"),
        ("Officials will decide later this month.", "2025-03"),
        ("Prices rose sharply earlier this month.", "2025-03"),
        ("The budget will be presented in early May.", "2025-05"),
        ("Exports fell in January.", "2025-01"),
        # "this coming" / "this past" before a month: the next one to begin (or the month under way), the last one
        ("The guild's audit will be printed this coming August.", "2025-08"),
        ("The ferry timetable changes this coming February.", "2026-02"),
        ("The salt fair drew crowds this past August.", "2024-08"),
        ("The ferry timetable changed this past February.", "2025-02"),
        ("The vote is expected in late next month.", "2025-04"),
        ("Growth will slow next year.", "2026"),
        ("Inflation peaked last year.", "2024"),
        ("The company plans to list its shares in 2027.", "2027"),
        ("The company plans to list its shares in the fourth quarter.", "2025-Q4"),
        ("Sales fell 3 percent in the fourth quarter.", "2024-Q4"),
        ("Growth will pick up next quarter.", "2025-Q2"),
        ("The plant opens in Q3 2026.", "2026-Q3"),
        ("The rule takes effect in the second quarter of next year.", "2026-Q2"),
        ("The museum reopens next spring.", "2026-SP"),
        ("The museum reopened last summer.", "2024-SU"),
        ("Elections are expected this autumn.", "2025-FA"),
        ("Schools will close for the summer in late July.", "2025-07"),
        ("A fall in prices is expected.", None),
        ("Shares fell on third-quarter results.", None),
        ("The first quarter-final was a thriller.", None),
        ("A quarter of the population lives in the capital.", None),
        # Day of the month alone.
        ("The delegation arrives on the 2nd.", "2025-04-02"),
        ("The army withdrew on the 9th.", "2025-03-09"),
        # Nothing to resolve.
        ("The minister said the war must end.", None),
        ("Officials may meet again soon.", None),
        ("Talks may resume soon, the mediator said.", None),
        ("The 1990s were a decade of growth.", None),
        ("The conflict has cost over 9,000 lives in three years of fighting.", None),
        ("Black Friday shoppers crowded the malls.", None),
        ("March 2025 was the warmest on record.", "2025-03"),
    ],
)
def test_resolve_date(text: str, expected: str | None) -> None:
    assert resolve_date(text, MON) == expected


def test_next_weekday_still_in_this_week_is_unsure() -> None:
    """ "next Friday" on a Monday is this Friday (as `resolve_date` reads it) or the one after:
    readers split; a weekday already past this week ("next Monday" on a Monday or a Thursday) is
    not in doubt."""
    assert next_weekday_unsure("next Friday", MON)
    assert next_weekday_unsure("Next Wednesday's", MON)
    assert not next_weekday_unsure("next Monday", MON)
    assert not next_weekday_unsure("next Monday", date(2025, 3, 20))
    assert not next_weekday_unsure("this coming Friday", MON)
    assert not next_weekday_unsure("next week", MON)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Year roll-over: a December article's January is next year, a January article's December last year.
        ("The new parliament will sit for the first time on January 14.", THU_DEC, "2026-01-14"),
        ("The market will reopen on Jan. 2.", THU_DEC, "2026-01-02"),
        ("Talks will resume in February.", THU_DEC, "2026-02"),
        ("Talks will resume this winter.", date(2025, 1, 10), "2024-WI"),
        ("The bill passed the Senate on December 19.", date(2026, 1, 6), "2025-12-19"),
        ("Trading resumes Monday after the Christmas break.", THU_DEC, "2025-12-22"),
        ("Shops will close early on New Year's Eve.", THU_DEC, "2025-12-31"),
        ("The agency opens its new office on Christmas Day.", date(2025, 1, 10), "2025-12-25"),
        # Past tense a long way back; future tense a long way ahead.
        ("The law was approved on February 3.", THU_DEC, "2025-02-03"),
        ("Elections will be held on November 2.", date(2025, 3, 1), "2025-11-02"),
        ("The offer was extended to Jan. 31.", date(2025, 11, 20), "2026-01-31"),
        # The publication day's own weekday.
        ("The summit ends on Friday without a deal.", FRI_NOV, "2024-11-29"),
        ("Ministers met on Friday in Baku.", FRI_NOV, "2024-11-29"),
        ("The board will meet again next Friday.", FRI_NOV, "2024-12-06"),
        # Weekends seen from a Saturday.
        ("Heavy rain is forecast for the weekend.", SAT, "2025-W12-WE"),
        ("Protesters marched over the weekend.", date(2025, 3, 24), "2025-W12-WE"),
        # Holidays, fixed and moving.
        ("Stores will open early on Thanksgiving.", date(2025, 11, 10), "2025-11-27"),
        ("Markets are closed on Good Friday.", date(2026, 3, 20), "2026-04-03"),
        ("The strike began on Labor Day.", date(2025, 11, 10), "2025-09-01"),
        ("The memorial will be unveiled on Memorial Day.", date(1998, 2, 18), "1998-05-25"),
        ("The new law takes effect on Valentine's Day.", THU_DEC, "2026-02-14"),
        # The week turning over a year boundary.
        ("The team will meet next week.", date(2025, 12, 29), "2026-W02"),
        # A weekday opening the sentence, the clause's "is" the start of its future ("is expected to", "is due to", "is to"):
        # the coming day; a guess about the past ("is expected to have"), "is said to have" and another
        # clause's "is" ("that it is ready to") leave it to the rest of the sentence.
        ("On Monday, the Tarn council is expected to vote on the levy.", date(2025, 3, 19), "2025-03-24"),
        ("On Friday, the guild is due to choose a new head.", date(2025, 3, 19), "2025-03-21"),
        ("Late on Friday, the guild is set to sign the pact.", date(2025, 3, 19), "2025-03-21"),
        # only a day opening the sentence: not the subject's own day ("Monday's walkout is set to cost …"), not a
        # cause or a blame ("is due to a dispute", "is to blame")
        ("Monday's walkout is set to cost the port two million.", date(2025, 3, 19), "2025-03-17"),
        ("On Monday, the strike by ferry crews is due to a dispute over shifts.", date(2025, 3, 19), "2025-03-17"),
        ("On Monday, the guild is to blame for the delay, the port said.", date(2025, 3, 19), "2025-03-17"),
        ("On Monday, the Tarn council is expected to have counted the ballots.", date(2025, 3, 19), "2025-03-17"),
        ("On Monday, the Tarn council is said to have voted on the levy.", date(2025, 3, 19), "2025-03-17"),
        (
            "The strike follows Monday's vote by the guild that it is ready to walk out.",
            date(2025, 3, 19),
            "2025-03-17",
        ),
    ],
)
def test_resolve_date_against_other_days(text: str, published: date, expected: str) -> None:
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegations, which met on Monday, will meet again on Friday.", "2025-03-21"),
        ("Officials said on Sunday that the vote would take place on Thursday.", "2025-03-20"),
        ("The company, founded in 1987, said on Friday it would cut jobs.", "2025-03-14"),
        ("Unemployment rose last month to its highest level since 2021.", "2025-02"),
    ],
)
def test_the_sentences_own_event_wins(text: str, expected: str) -> None:
    assert resolve_date(text, MON) == expected


def test_every_expression_is_found_with_its_direction() -> None:
    text = "The delegations, which met on Monday, will meet again on Friday."
    found = find_dates(text, MON)
    assert [(text[f.start : f.end], f.value, f.direction) for f in found] == [
        ("Monday", "2025-03-17", -1),
        ("Friday", "2025-03-21", 1),
    ]


@pytest.mark.parametrize(
    ("text", "expression", "way"),
    [
        ("Police said the suspect was arrested on Tuesday.", "Tuesday", -1),
        ("The court is expected to rule on Tuesday.", "Tuesday", 1),
        ("The council meets Tuesday.", "Tuesday", 1),
        ("At the close of business Tuesday, shares were up.", "Tuesday", -1),
        ("The ministers, who will meet on Tuesday, have not spoken.", "Tuesday", 1),
        ("No flights on Tuesday.", "Tuesday", 0),
        ("Brokers expect to sell the shares as soon as trading opened Tuesday.", "Tuesday", 1),
        ("Prices fell when trading opened Tuesday.", "Tuesday", -1),
        ("He left after the meeting ended Tuesday.", "Tuesday", -1),
        # The pluperfect plan: made before a past moment, for a day told as past.
        ("Crews who had been scheduled to sail on Tuesday stayed home.", "Tuesday", -1),
        ("The skipper had planned to sail on Tuesday.", "Tuesday", -1),
        ("The skipper was scheduled to sail on Tuesday.", "Tuesday", 1),
        # A time left to act, to an hour of a day: ahead.
        ("The growers have until midnight Tuesday to file.", "Tuesday", 1),
        ("The boatyard has until 5 p.m. Tuesday to answer.", "Tuesday", 1),
    ],
)
def test_direction(text: str, expression: str, way: int) -> None:
    start = text.index(expression)
    assert direction(text, start, start + len(expression)) == way


@pytest.mark.parametrize(
    "text",
    [
        # "call(s/ed) for" asks for something: the day is of what is asked about, it sets nothing ahead
        "The reeve has called for Tuesday's flooding on the quay to be looked into.",
        "Boatmen have called for Tuesday's tolls hearing to be held again in public.",
        "The miller calls for Tuesday's fire at the granary to be examined.",
    ],
)
def test_a_call_for_sets_no_day(text: str) -> None:
    start = text.index("Tuesday")
    assert direction(text, start, start + len("Tuesday")) != 1


@pytest.mark.parametrize(
    "text",
    [
        # the thing set between the verb and "for": the day it is set for is ahead
        "The rowing club has booked the boathouse for Tuesday.",
        "The reeve calls a town meeting for Tuesday.",
    ],
)
def test_a_day_something_is_set_for_is_ahead(text: str) -> None:
    start = text.index("Tuesday")
    assert direction(text, start, start + len("Tuesday")) == 1


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2025-W13", "2025-03-24", "2025-03-30"),
        ("2025-W13-WE", "2025-03-29", "2025-03-30"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2026", "2026-01-01", "2026-12-31"),
        ("2025-Q4", "2025-10-01", "2025-12-31"),
        ("2025-SU", "2025-06-01", "2025-08-31"),
        ("2025-WI", "2025-12-01", "2026-02-28"),
        ("2025-03-18", "2025-03-18", "2025-03-18"),
    ],
)
def test_periods(value: str, first: str, last: str) -> None:
    assert (period_start(value).isoformat(), period_end(value).isoformat()) == (first, last)


def test_exported_from_the_package() -> None:
    assert briefgen.resolve_date("The talks resume on Tuesday.", MON) == "2025-03-18"


@pytest.mark.parametrize(
    "text",
    [
        "Aid will arrive in 99999999 days.",
        "The law passed on February 30 takes effect in January.",
        "The meeting is on the 31st.",  # April has no 31st: the nearest month that has one
        "On 00 March nothing happened.",
    ],
)
def test_impossible_dates_never_raise(text: str) -> None:
    value = resolve_date(text, date(2025, 4, 10))
    assert value is None or VALUE.fullmatch(value)


def test_team_cases_all_resolve() -> None:
    """The team-written benchmark cases (benchmarks/data/dates_team.jsonl) stay right."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "dates_team.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 60
    wrong = [
        (r["sentence"], r["value"], got)
        for r in rows
        if (got := resolve_date(r["sentence"], date.fromisoformat(r["published"]))) != r["value"]
    ]
    assert wrong == []


@given(st.text(max_size=200), st.dates(min_value=date(1900, 2, 1), max_value=date(2099, 11, 30)))
def test_any_text_gives_a_value_or_none(text: str, published: date) -> None:
    value = resolve_date(text, published)
    assert value is None or VALUE.fullmatch(value)


@given(
    st.sampled_from(["on Tuesday", "next week", "March 3", "on the 12th", "in two weeks", "by the end of May"]),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
)
@example("March 3", date(2000, 3, 4))
@example("on the 12th", date(2000, 3, 14))
@example("on Tuesday", date(2024, 12, 31))
def test_future_tense_is_never_before_the_article(expression: str, published: date) -> None:
    value = resolve_date(f"The council will meet {expression}.", published)
    assert value is not None and period_end(value) >= published


def test_coming_days_of_an_old_story_are_undatable() -> None:
    from briefgen.daystamp import undatable

    old, brief = date(2024, 3, 1), date(2024, 3, 14)
    repaired = "The glacier survey hopes to have its drill repaired in the next few days."
    assert undatable(repaired, old, brief)
    assert undatable("The chess federation will weigh the new dress code over the coming weeks.", old, brief)
    assert not undatable(repaired, date(2024, 3, 13), brief)


def _undatable_only_when_old(told: tuple[str, ...], kept: tuple[str, ...]) -> None:
    """Each of `told` is undatable in a story weeks older than the brief, not in yesterday's;
    none of `kept` is, however old."""
    from briefgen.daystamp import undatable

    old, fresh, brief = date(2025, 5, 2), date(2025, 5, 19), date(2025, 5, 20)
    for text in told:
        assert undatable(text, old, brief), text
        assert not undatable(text, fresh, brief), text
    for text in kept:
        assert not undatable(text, old, brief), text


def test_a_reported_future_of_an_old_story_is_undatable() -> None:
    # said then of a time after it, with no date: by the brief's day it may have come and gone
    # (yesterday's forecast is still one) …
    coming = (
        "Vets at the Kell fair warned that the number of lame ponies would grow.",
        "The ferry guild warned that fares would double.",
        "Quarle told the board the north pier would reopen once divers had cleared it.",
        "Officials predicted the flood would crest near Vell.",
        "The board announced that a new levy would apply to trawlers.",
        "Engineers estimated the repairs would cost more than the pier itself.",
        "The guild said it would also ask the court to halt the levy.",
        "Wardens expected that the river would soon burst its banks.",
        "The harbor master told the pilots that the north pier would shut.",
        "Wardens said the smuggler would be charged with arson.",
    )
    # … but not a refusal (a stance), what did not happen, a wish, a dated forecast, a habit, a
    # speaker's own words or a conditional nobody is reported to say
    kept = (
        "The guild said it would not pay the levy.",
        "Wardens said the flood would have drowned the market if the wall had failed.",
        "Quarle said she would like to see the pier rebuilt.",
        "The guild said on Monday that fares would double.",
        "The board said the pier would reopen on June 3.",
        "Wardens said the toll had risen to 40.",
        "As a boy he would sail to Orn every summer.",
        "“Fares would double,” the guild said.",
        "The levy would cost each trawler 400 crowns a year.",
        # (a "would" of another clause than the one reported, a judgement, a hedged counterfactual)
        "“The office is shut,” said the ferry clerk, who would give only her first name.",
        "Wardens said the two guilds quarrelled over who would run the new pier.",
        "The harbor master would not say when the ferries would sail again.",
        "The diver said he would probably not have surfaced without the rope.",
        "Quarle said a night toll would be unfair to the pilots.",
        "The warden, who said in 1994 that the wall was sound, would later resign.",
    )
    _undatable_only_when_old(coming, kept)


def test_the_now_of_an_old_story_is_undatable() -> None:
    # the article's present: on the page of a brief weeks later it reads as the brief's, and may
    # have changed since (a later story may say the ban is back) …
    now = (
        "The harbor board has now lifted its ban on night crossings to Kesh.",
        "The north pier is now shut to trawlers.",
        "The guild now says the levy is fair.",
        "Now the ferry line wants a bigger subsidy.",
        "By now most crews have left the port of Orn.",
    )
    # … but not what was, a habit, a word with "now" in it, a speaker's own words, a name, a
    # sentence dating what it tells (its "now" is read in that frame), nor an aside telling what
    # someone or something now is, beside the news
    kept = (
        "Quarle, who now leads the pilots' guild, met the board.",
        "The Orn guild, now the largest on the coast, raised its dues.",
        "Ivo Marsh, now 63, sold his last trawler in 1990.",
        "The night toll, which is now abolished, paid for the lamps.",
        "The guild met on Thursday with the pilots who now run the Orn ferries.",
        "The north pier was shut to trawlers for a week.",
        "Every now and then a trawler runs aground off Orn.",
        "The now-defunct guild of Orn once ran the ferries.",
        "“We are now broke,” the guild said.",
        "The Kell Party Now list won two seats.",
        "Fishermen mended nets in the snow.",
        "The pilots had nowhere to moor.",
    )
    _undatable_only_when_old(now, kept)


def test_todays_country_as_the_subject_is_no_day() -> None:
    published = date(2024, 3, 7)
    assert find_dates("Today's Romania is a far cry from the country of 1989.", published) == []
    for text in (
        "Today's Super Bowl is expected to draw a record crowd.",
        "Today's Budget is the last before the election.",
        "Today's Berlin summit is the third this year.",
    ):
        assert find_dates(text, published), text


def test_names_a_time_is_false_only_where_find_dates_finds_nothing() -> None:
    """The cheap test callers stop at (Positions' and the Situation's 'is it over'): a sentence it
    says names no time has no expression find_dates reads, on any day; one with a time it lets through."""
    dateless = (
        "The ferry guild rejected the harbor board's offer, its chair said.",
        "Pilots in Orn voted to keep the crossings open.",
        '"We are not moving," said Tavo Idrane.',
    )
    for text in dateless:
        assert not names_a_time(text), text
        assert find_dates(text, date(2025, 3, 18)) == [] and find_dates(text, date(2019, 11, 2)) == [], text
    dated = (
        "The ferry guild will vote on Thursday, its chair said.",
        "Pilots in Orn plan to strike next month.",
        "The crossing reopens on May 4.",
        "The board met in 2023 to set the tolls.",
    )
    for text in dated:
        assert names_a_time(text), text
        assert find_dates(text, date(2025, 3, 18)), text


def test_for_a_stretch_from_a_day_is_dated_by_the_day() -> None:
    # "for six months from Monday": how long, from that day on; "six months from Monday" is a day
    ref = date(2026, 3, 10)
    found = find_dates("The quay will be shut to carts for six months from Monday.", ref)
    assert [f.value for f in found] == ["2026-03-16"]
    found = find_dates("The mill will close six months from Monday.", ref)
    assert [f.value for f in found] == ["2026-09-16"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The tolls vote in Decatur is on March 20.",
        "The film opens by Marrow Pictures on March 20.",
        "Quarle will rally in Augustin Park on March 20.",
        "The Janesmoor ballot is on March 20.",
    ],
)
def test_a_name_that_starts_like_a_month_is_no_month(sentence: str) -> None:
    """A month's name or abbreviation is a whole word ("in Dec" is no part of "in Decatur")."""
    assert [f.value for f in find_dates(sentence, date(2026, 3, 4))] == ["2026-03-20"]


def test_a_month_abbreviation_still_reads() -> None:
    ref = date(2026, 3, 4)
    assert [f.value for f in find_dates("It opens in Sept. and closes Nov. 2.", ref)] == ["2026-09", "2026-11-02"]
    assert [f.value for f in find_dates("The vote is Mar. 20.", ref)] == ["2026-03-20"]
