"""Dates of next steps, resolved against the article's date, and the Next steps list."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest

from briefgen import ics, timeline
from briefgen.analysis import make_corpus
from briefgen.events import past_verbs, reports_done
from briefgen.models import Article, Corpus, NextStep
from briefgen.render import step_label
from briefgen.text import stem, terms
from briefgen.timeline import by_date, find_when, next_steps

MONDAY = date(2025, 3, 17)


@pytest.mark.parametrize(
    ("sentence", "day", "period"),
    [
        ("Trump is set to speak with Putin on Tuesday.", "2025-03-18", None),
        ("The leaders will meet on Monday.", "2025-03-17", None),
        ("The leaders will meet next Monday.", "2025-03-24", None),
        ("Witkoff said on Sunday that talks went well.", "2025-03-16", None),
        ("Talks in Jeddah on March 24 will follow.", "2025-03-24", None),
        ("Talks will resume on 2 April.", "2025-04-02", None),
        ("The summit is expected tomorrow.", "2025-03-18", None),
        ("A decision is due in two weeks.", None, "2025-03"),  # a count of weeks names no day: its month
        # "by the end of" a month is a limit, some day up to its last (the page shows "By Wed 30 Apr")
        ("Negotiators must finish by the end of April.", None, "../2025-04-30"),
        ("A deal is expected by the end of the month.", None, "../2025-03-31"),
        ("Teams will meet next week.", None, "2025-W13"),
        ("The leaders speak later this week.", None, "2025-W12"),
        ("Talks resume later this month.", None, "2025-03"),
        ("The rule takes effect on January 3.", "2026-01-03", None),
        ("Officials spoke ahead of Tuesday's call about a truce.", "2025-03-18", None),
        ("The delegations, which met on Monday, will hold more talks on Friday.", "2025-03-21", None),
        ("The Kremlin said on Tuesday that talks would resume next month.", None, "2025-04"),
        ("Troops must leave within 90 days of a ceasefire.", None, None),
        ("The law passed on February 29 will take effect in January.", None, "2026-01"),
        ("Voters go to the polls this weekend.", None, "2025-W12-WE"),
        ("The plan will be phased in next year.", None, "2026"),
        ("Aid will arrive in 99999999 days.", None, None),
    ],
)
def test_find_when(sentence: str, day: str | None, period: str | None) -> None:
    when = find_when(sentence, MONDAY if "January 3" not in sentence else date(2025, 12, 20))
    if day is None and period is None:
        assert when is None
        return
    assert when is not None
    assert (when.day.isoformat() if when.day else None, when.period) == (day, period)


def _article(n: int, published: date | None, *paragraphs: str) -> Article:
    return Article(f"a{n}", f"T{n}", f"a{n}.txt", f"Outlet {n}", published, (), paragraphs)


def test_next_steps_are_future_deduplicated_and_sorted() -> None:
    corpus = make_corpus(
        [
            _article(
                1,
                MONDAY,
                "Trump and Putin will speak by phone on Tuesday about the ceasefire proposal."
                " The two sides met in Riyadh last month.",
            ),
            _article(
                2, date(2025, 3, 16), "Trump and Putin are expected to speak by phone on Tuesday about the ceasefire."
            ),
            _article(3, MONDAY, "Technical teams will meet in Jeddah on March 24 to discuss Black Sea shipping."),
            _article(4, MONDAY, "European leaders are expected to announce further support for Kyiv."),
            _article(5, MONDAY, "The army said it would hold an exercise on Friday, March 14."),
        ]
    )
    steps = by_date(next_steps(corpus, lambda text: 1.0, MONDAY))
    assert [(s.date.isoformat() if s.date else None) for s in steps] == ["2025-03-18", "2025-03-24", None]
    # Two outlets announcing one call: one item, citing the outlet whose words it uses and the other as `also`.
    assert len(steps[0].articles) == 1 and steps[0].text in corpus.articles[steps[0].articles[0]].paragraphs[0]
    assert set(steps[0].articles + steps[0].also) == {0, 1}
    assert steps[-1].text.startswith("European leaders are expected")


@pytest.mark.parametrize(("phrase", "days"), [("in a few days", 3), ("in a couple of days", 2), ("within 10 days", 10)])
def test_vague_counts(phrase: str, days: int) -> None:
    when = find_when(f"A decision is expected {phrase}.", MONDAY)
    assert when is not None and when.day is not None and (when.day - MONDAY).days == days


def _steps(*articles: Article, brief_date: date = MONDAY) -> list[NextStep]:
    return by_date(next_steps(make_corpus(list(articles)), lambda text: 1.0, brief_date))


def test_the_same_event_in_other_words_is_one_item_citing_both() -> None:
    steps = _steps(
        _article(1, MONDAY, "EU foreign ministers will meet in Brussels on Thursday to discuss sanctions on Russia."),
        _article(
            2, MONDAY, "Sanctions on Russia are on the agenda when EU foreign ministers gather in Brussels on Thursday."
        ),
    )
    assert len(steps) == 1
    assert steps[0].date == date(2025, 3, 20)
    assert {steps[0].articles, steps[0].also} == {(0,), (1,)}


def test_two_outlets_giving_one_event_different_days_make_one_item_that_says_so() -> None:
    steps = _steps(
        _article(1, MONDAY, "Technical talks on Black Sea shipping will resume in Riyadh on Tuesday."),
        _article(2, MONDAY, "Technical talks on Black Sea shipping will resume in Riyadh on Thursday."),
    )
    assert len(steps) == 1
    shown, other = (steps[0].date, steps[0].articles[0]), steps[0].other_dates[0]
    assert {shown, (date.fromisoformat(other[0]), other[1])} == {(date(2025, 3, 18), 0), (date(2025, 3, 20), 1)}


def test_one_outlet_naming_two_days_names_two_events() -> None:
    steps = _steps(
        _article(
            1,
            MONDAY,
            "Technical talks on Black Sea shipping will resume in Riyadh on Tuesday.",
            "Technical talks on Black Sea shipping will resume in Riyadh on Thursday.",
        )
    )
    assert [(s.date, s.other_dates) for s in steps] == [(date(2025, 3, 18), ()), (date(2025, 3, 20), ())]


def test_the_outlet_naming_the_day_speaks_for_the_item() -> None:
    steps = _steps(
        _article(1, MONDAY, "Ukraine and the United States are expected to sign the minerals agreement in Washington."),
        _article(
            2,
            MONDAY,
            "Ukraine and the United States are expected to sign the minerals agreement in Washington on Friday.",
        ),
    )
    assert len(steps) == 1
    assert steps[0].date == date(2025, 3, 21) and steps[0].articles == (1,) and steps[0].also == (0,)


def test_a_near_copy_is_not_a_second_outlet() -> None:
    lead = "The UN Security Council will vote on the resolution on Wednesday."
    other = "Diplomats said the text was still being negotiated. Russia has threatened a veto."
    steps = _steps(_article(1, MONDAY, lead, other), _article(2, MONDAY, lead, other))
    assert len(steps) == 1 and steps[0].also == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks, which began on Monday in Riyadh, ended without agreement.",
        "As expected, the central bank left rates unchanged.",
        "The ministers met on Friday and agreed to keep talking.",
        "A ceasefire had been expected for weeks.",
        "The vote took place on March 3.",
        "A court official said on Saturday that the judge signed the order on Friday after police warned the suspect was about to leave the country.",
        "On Thursday morning, the minister announced a plan to review the safety rules.",
        '"How many votes will they get in two weeks?" asked one strategist.',
        "Earlier this week, the government threatened to close the border crossing.",
    ],
)
def test_past_events_are_not_next_steps(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "day", "period"),
    [
        ("The UN Security Council meets on Thursday to discuss the draft.", date(2025, 3, 20), None),
        ("Russia set a deadline of March 25 for Ukrainian troops to leave Kursk.", date(2025, 3, 25), None),
        ("The ultimatum expires at midnight on Wednesday.", date(2025, 3, 19), None),
        ("Parliament is due to vote on the budget later this month.", None, "2025-03"),
        ("Kyiv plans to hold elections once martial law is lifted.", None, None),
        ("The inquiry is scheduled to report in the spring.", None, "2025-SP"),
        ("The inquiry is scheduled to report later in the decade.", None, None),
        ("The envoys, who met in Riyadh on Saturday, will report to their governments.", None, None),
        ("Trump gave Russia 50 days to agree a ceasefire or face severe tariffs.", date(2025, 5, 6), None),
        ("Markets reopen on Tuesday after the holiday.", date(2025, 3, 18), None),
        ("Talks resume later this month.", None, "2025-03"),
        ("The deadline for bids is Friday.", date(2025, 3, 21), None),
        ("The vote, originally set for Monday, was postponed to Friday.", date(2025, 3, 21), None),
        ("The hearing was postponed until next month.", None, "2025-04"),
        ("The union warned it would strike on Friday.", date(2025, 3, 21), None),  # dated, a threat stands
        ("The new tariff takes effect on March 28.", date(2025, 3, 28), None),
        # the same after a plural subject: "take effect" (not "did not take effect", "will not take effect")
        ("The new ferry tariffs take effect on March 28.", date(2025, 3, 28), None),
        ("The central bank meets next week and is widely expected to cut rates.", None, "2025-W13"),
        ("Polls open at 7 a.m. on Tuesday.", date(2025, 3, 18), None),
        ("The launch was scrubbed and reset for Friday.", date(2025, 3, 21), None),
        ("The mayor's former aide is due in court on Friday.", date(2025, 3, 21), None),
    ],
)
def test_future_events_are_next_steps(sentence: str, day: date | None, period: str | None) -> None:
    steps = _steps(_article(1, MONDAY, sentence))
    assert [(s.text, s.date, s.period) for s in steps] == [(sentence, day, period)]


def test_an_event_before_the_briefs_day_is_left_out() -> None:
    article = _article(1, date(2025, 3, 10), "The envoy will travel to Moscow on Thursday.")  # Thursday the 13th
    assert _steps(article) == []
    assert [s.date for s in _steps(article, brief_date=date(2025, 3, 12))] == [date(2025, 3, 13)]


def test_by_date_orders_weeks_at_their_start_months_at_their_end_and_undated_last() -> None:
    def step(text: str, day: date | None = None, period: str | None = None) -> NextStep:
        return NextStep(text, day, period, (0,))

    ordered = by_date(
        [
            step("undated"),
            step("year", period="2025"),
            step("month", period="2025-03"),
            step("weekend", period="2025-W12-WE"),
            step("week", period="2025-W12"),
            step("sunday", date(2025, 3, 23)),
            step("tuesday", date(2025, 3, 18)),
            step("april", date(2025, 4, 2)),
        ]
    )
    assert [s.text for s in ordered] == ["week", "tuesday", "weekend", "sunday", "month", "april", "year", "undated"]


def test_by_date_reads_a_week_before_the_sunday_that_closes_it() -> None:
    # "Week of 17 Mar" (the guild's ballot, some day that week) comes before "Sun 23 Mar" (the regatta), and a
    # range of days before a day inside it; a day the week opens on comes first.
    def step(text: str, day: date | None = None, period: str | None = None) -> NextStep:
        return NextStep(text, day, period, (0,))

    ordered = by_date(
        [
            step("regatta", date(2025, 3, 23)),
            step("ballot", period="2025-W12"),
            step("fair", period="2025-03-20/2025-03-22"),
            step("hearing", date(2025, 3, 21)),
            step("toll", date(2025, 3, 17)),
            step("limit", period="../2025-03-19"),
        ]
    )
    assert [s.text for s in ordered] == ["toll", "ballot", "limit", "fair", "hearing", "regatta"]


def test_a_reported_plan_is_a_next_step() -> None:
    steps = _steps(_article(1, MONDAY, "Officials said the convoy would arrive on Saturday."))
    assert [s.date for s in steps] == [date(2025, 3, 22)]


@pytest.mark.parametrize(
    ("day", "period", "label"),
    [
        (date(2025, 3, 18), None, "Tue 18 Mar"),
        (None, "2025-W13", "Week of 24 Mar"),
        (None, "2025-W12-WE", "Weekend of 22 Mar"),
        (None, "2025-03", "Later in March"),
        (None, "2025-04", "April 2025"),
        (None, "2026", "In 2026"),
        (None, "2025-Q4", "Q4 2025"),
        (None, "2025-WI", "Winter 2025"),
        (None, None, "Date not given"),
    ],
)
def test_step_labels_on_the_page(day: date | None, period: str | None, label: str) -> None:
    assert step_label(NextStep("x", day, period, (0,)), MONDAY) == label


def test_an_undated_quoted_remark_is_a_position_not_a_next_step() -> None:
    steps = _steps(
        _article(
            1,
            MONDAY,
            "“We will be observing developments in the ceasefire talks with caution,” the minister said.",
            "The ceasefire talks will resume in Geneva on Thursday, officials said.",
            "Negotiators will meet again to discuss the ceasefire talks, officials said.",
        )
    )
    texts = [s.text for s in steps]
    assert not any("observing developments" in t for t in texts)
    assert any("resume in Geneva on Thursday" in t for t in texts)
    assert any(t.startswith("Negotiators will meet again") for t in texts)  # undated, not a quote: kept


def test_brief_next_steps_stand_alone_and_stay_on_the_story() -> None:
    from briefgen.ranking import rank

    corpus = make_corpus(
        [
            _article(
                1,
                MONDAY,
                "Negotiators agreed on Monday to extend the ceasefire talks in Geneva.",
                "The ceasefire talks in Geneva will resume after a pause, officials said.",
                "Indeed, the ceasefire talks in Geneva will include a prisoner exchange.",
            ),
            _article(
                2,
                MONDAY,
                "The ceasefire talks in Geneva were extended on Monday.",
                "Temperatures will remain mild across the region, forecasters said.",
            ),
        ]
    )
    texts = [s.text for s in rank(corpus, MONDAY).next_steps]
    assert "The ceasefire talks in Geneva will resume after a pause, officials said." in texts
    assert not any(t.startswith(("Indeed", "Temperatures")) for t in texts)


# --- Issue 12: what a next step is, read against the article's date and the brief's ------------------


def test_an_undated_announcement_in_an_older_article_is_left_out() -> None:
    sentence = "The water board will review the reservoir contract."
    latest = _article(2, MONDAY, "The reservoir was half full on Monday, the board said.")
    assert _steps(_article(1, MONDAY - timedelta(days=5), sentence), latest) == []  # may have happened since
    assert [s.text for s in _steps(_article(1, MONDAY - timedelta(days=1), sentence), latest)] == [sentence]


def test_an_undated_future_in_a_relative_clause_is_background() -> None:
    assert (
        _steps(_article(1, MONDAY, "Residents protested against a plan under which the town will close the library."))
        == []
    )
    # Dated, the clause's event still counts.
    steps = _steps(
        _article(1, MONDAY, "Residents protested against a plan under which the town will close the library on Friday.")
    )
    assert [s.date for s in steps] == [date(2025, 3, 21)]


def test_a_negated_event_is_dated_by_until_and_otherwise_left_out() -> None:
    assert [s.date for s in _steps(_article(1, MONDAY, "The museum is not expected to reopen until April 2."))] == [
        date(2025, 4, 2)
    ]
    assert _steps(_article(1, MONDAY, "The council will not vote on the plan before the end of the month.")) == []
    assert _steps(_article(1, MONDAY, "The ferry tariffs will not take effect on March 28.")) == []
    assert _steps(_article(1, MONDAY, "The ferry tariffs did not take effect on March 28.")) == []


def test_but_a_negated_sentence_may_still_name_an_event_with_its_day() -> None:
    sentence = "The assembly will probably not debate the tax before the regional runoffs on March 30."
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [date(2025, 3, 30)]


def test_a_day_the_tense_pushed_a_year_ahead_is_not_trusted() -> None:
    # In a December story, "on Oct. 7" after a past decision is October just gone, not next year.
    article = _article(
        1, date(2025, 12, 15), "The pilots agreed to the offer, which let the carrier restart its routes on Oct. 7."
    )
    assert _steps(article, brief_date=date(2025, 12, 16)) == []


def test_a_range_of_days_is_one_item_with_both_days() -> None:
    steps = _steps(_article(1, MONDAY, "Leaders of the bloc will meet in Vienna on March 27-28."))
    assert [(s.date, s.period) for s in steps] == [(None, "2025-03-27/2025-03-28")]
    assert step_label(steps[0], MONDAY) == "27–28 Mar"
    assert step_label(NextStep("x", None, "2025-03-31/2025-04-02", (0,)), MONDAY) == "31 Mar – 2 Apr"


def test_the_same_visit_told_two_ways_is_one_item() -> None:
    steps = _steps(
        _article(1, MONDAY, "The foreign minister is expected to arrive in Oslo on Thursday."),
        _article(2, MONDAY, "The foreign minister will fly to Oslo on Thursday for talks on fishing quotas."),
    )
    assert len(steps) == 1 and len(steps[0].articles + steps[0].also) == 2


def test_an_undated_mention_of_a_dated_event_is_not_a_second_item() -> None:
    steps = _steps(
        _article(1, MONDAY, "Chancellor Weber will speak with President Lindqvist on Wednesday about the pipeline."),
        _article(2, MONDAY, "Weber is expected to talk to Lindqvist in the coming days, officials said."),
    )
    assert [s.date for s in steps] == [date(2025, 3, 19)]


def test_never_a_page_of_undated_items() -> None:
    sentences = [
        "The port authority will publish the dredging plan.",
        "The fishing council will vote on the new quotas.",
        "The harbour master will inspect the damaged pier.",
        "The ferry operator will resume the island service.",
    ]
    steps = _steps(*(_article(n, MONDAY, text) for n, text in enumerate(sentences, start=1)))
    assert len(steps) == 2 and all(s.date is None and s.period is None for s in steps)


@pytest.mark.parametrize(
    "sentence",
    [
        "He will also visit the shipyard.",  # who? the item stands alone in a table
        "Dock workers are also expected to strike around the same time.",  # a time only the sentence before gives
        "“We will appeal this ruling all the way,” the farmers said.",  # a speaker's resolve
        "Prices for heating oil will rise sharply this winter.",  # a forecast
        "If the talks fail, the union will strike on Friday.",  # a conditional
        "Analysts believe the central bank will cut rates in June.",  # an opinion (no actor's plan)
        "Editor’s note: The governor will campaign on his record in the spring.",  # furniture
        "The levy would raise only $40 million over five years, according to the treasury.",  # an outcome
        "Though the mayor has said she will accept the panel's advice, critics remain angry.",  # an aside
        "The senator warned that his rival would appoint judges hostile to farmers.",  # a warning
        "The candidate will publish her tax returns only when her rivals do the same.",  # a condition
        "Turnout is higher this year because the county primaries are more open.",  # this year: past or now
        "The retailer has won new shoppers in the regional contests this year.",
        "It is unclear whether young voters will turn out in the 2025 election.",  # a question
        "The bishop is willing to see the strikers, yet no meeting has been arranged.",
        "The governor and the mayor will speak there as well.",  # where? the sentence before says
    ],
)
def test_what_a_reader_cannot_act_on_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


def test_the_former_as_a_title_names_its_subject() -> None:
    # "the former treasurer" names whom the step is about; "the former" of two leans on the sentence before
    assert len(_steps(_article(1, MONDAY, "The former treasurer of the ferry guild will testify on Thursday."))) == 1
    assert _steps(_article(1, MONDAY, "The former will testify before the ferry guild on Thursday.")) == []


def test_an_event_a_later_article_reports_as_held_is_over() -> None:
    announced = _article(1, MONDAY - timedelta(days=1), "The Lindholm council will vote on the harbour plan.")
    held = _article(2, MONDAY, "The Lindholm council voted on the harbour plan on Monday and approved it.")
    assert _steps(announced, held, brief_date=MONDAY + timedelta(days=1)) == []
    other = _article(2, MONDAY, "The Lindholm council met the harbour workers on Monday.")
    assert len(_steps(announced, other, brief_date=MONDAY + timedelta(days=1))) == 1


def test_a_past_form_is_found_however_it_is_written() -> None:
    # What finds the sentences worth reading for a past verb: every form reports_done accepts.
    for text, head in [
        ("The council voted on the plan.", "vote"),
        ("The Council VOTED on the plan.", "vote"),
        ("The envoys met in Oslo.", "meet"),
        ("Talks began on Monday and the summit was held in Rome.", "hold"),
        ("The mayor’s aides co-signed the letter.", "sign"),
        ("The judge ruled, and the jury heard the case.", "hear"),
    ]:
        assert reports_done(text, head), text
        assert stem(head) in past_verbs(text), text
    assert past_verbs("The council will vote on Monday.") == frozenset()


def test_held_since_finds_what_reading_every_later_sentence_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index of sentences by past verb decides as a plain reading of every later sentence."""
    day = MONDAY - timedelta(days=2)
    articles = [
        _article(1, day, "The Lindholm council will vote on the harbour plan.", "Envoys Ruiz and Okafor will meet."),
        _article(2, day, "The Brandt commission will hold hearings on the Lindholm harbour plan."),
        _article(3, day + timedelta(days=1), "The Lindholm council voted on the harbour plan and approved it."),
        _article(4, MONDAY, "Envoys Ruiz and Okafor met in Oslo, the ministry said.", "Nobody voted on anything."),
        _article(5, None, "The Brandt commission held hearings on the Lindholm harbour plan."),
        _article(6, day - timedelta(days=1), "The Brandt commission has held hearings on the Lindholm harbour plan."),
    ]
    corpus = make_corpus(articles)
    decided: list[tuple[object, bool]] = []
    held_since = timeline._held_since

    def spy(candidate: object, corpus: Corpus, told: object) -> bool:
        decided.append((candidate, held := held_since(candidate, corpus, told)))  # type: ignore[arg-type]
        return held

    monkeypatch.setattr(timeline, "_held_since", spy)
    next_steps(corpus, lambda text: 1.0, MONDAY + timedelta(days=1))
    assert len(decided) >= 3 and any(held for _, held in decided) and not all(held for _, held in decided)
    for candidate, held in decided:
        assert held == _read_every_later_sentence(candidate, corpus), candidate


def _read_every_later_sentence(candidate: Any, corpus: Corpus) -> bool:
    step = candidate.step
    own = corpus.articles[step.articles[0]].published
    if own is None:
        return False
    for sentence in corpus.sentences:
        later = corpus.articles[sentence.article].published
        if later is None or later < own or (candidate.span and later < candidate.span[0]):
            continue  # a report before the event's first day tells of an earlier one
        if (
            sentence.article in step.articles
            or sentence.text == step.text
            or (later == own and re.search(r"\b(?:again|another|next)\b", step.text))
        ):
            continue  # its own story; a repeat, of which that day's report tells the one before
        shared = (candidate.terms & frozenset(terms(sentence.text))) - {stem(candidate.head)}
        names = frozenset(terms(" ".join(re.findall(r"\b[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*\b", sentence.text))))
        if len(shared) >= 3 and reports_done(sentence.text, candidate.head) and names & candidate.names:
            return True
    return False


def test_a_limit_is_not_the_events_day() -> None:
    # "Within 30 days": by then, not on that day.
    steps = _steps(_article(1, MONDAY, "Under the treaty, the tribunal must rule within 30 days on the appeal."))
    assert [(s.date, s.period) for s in steps] == [(None, "../2025-04-16")]
    # Shown as a limit, never as a span from the article's day, and kept off calendars.
    assert step_label(steps[0], MONDAY + timedelta(days=3)) == "By Wed 16 Apr"
    assert ics.span(steps[0]) is None
    steps = _steps(_article(1, MONDAY, "The tribunal must rule within two months on the appeal."))
    assert [(s.date, s.period) for s in steps] == [(None, None)]


def test_early_or_mid_month_is_over_sooner_than_the_month() -> None:
    article = _article(1, date(2025, 2, 20), "The inspectors plan to visit the mine early next month.")
    assert _steps(article, brief_date=date(2025, 3, 14)) == []
    assert [s.period for s in _steps(article, brief_date=date(2025, 2, 21))] == ["2025-03"]
    mid = _article(1, date(2025, 2, 20), "The inspectors plan to visit the mine in mid-March.")
    assert _steps(mid, brief_date=date(2025, 3, 24)) == []
    assert len(_steps(mid, brief_date=date(2025, 3, 18))) == 1


def test_a_begun_week_or_month_announced_only_in_older_news_is_left_out() -> None:
    # Announced on Thursday for "next week"; on Wednesday, with Tuesday's news saying nothing of it, it
    # may be out already.
    thursday = MONDAY - timedelta(days=4)
    announced = _article(1, thursday, "The rail regulator will publish its fares review next week.")
    queue = "Commuters queued for an hour at the main station."
    tuesday = MONDAY + timedelta(days=1)
    assert _steps(announced, _article(2, tuesday, queue), brief_date=tuesday + timedelta(days=1)) == []
    steps = _steps(announced, _article(2, thursday + timedelta(days=1), queue), brief_date=tuesday)
    assert [s.period for s in steps] == ["2025-W12"]  # the news is not older than the latest


def test_a_week_that_begins_on_the_latest_news_day_has_not_begun_for_that_news() -> None:
    # Friday's paper: the guild will hold a walkout ballot next week. Monday's paper, the latest, gathered
    # Sunday's news: it could not yet tell of the ballot, so Tuesday's brief keeps it.
    friday = MONDAY - timedelta(days=3)
    announced = _article(1, friday, "The Varnese ferry guild will hold a walkout ballot next week.")
    other = _article(2, MONDAY, "The harbour board opened a second quay at Lorrin.")
    steps = _steps(announced, other, brief_date=MONDAY + timedelta(days=1))
    assert [s.period for s in steps] == ["2025-W12"]
    # but with a day of the week gone before the latest news (Tuesday's paper), it may be over
    other = _article(2, MONDAY + timedelta(days=1), "The harbour board opened a second quay at Lorrin.")
    assert _steps(announced, other, brief_date=MONDAY + timedelta(days=2)) == []
    # a month begun on the latest paper's day likewise stands; begun a day before it, it may be over
    month = _article(1, date(2025, 2, 25), "The Varnese ferry guild will hold a strike ballot next month.")
    other = _article(2, date(2025, 3, 1), "The harbour board opened a second quay at Lorrin.")
    assert [s.period for s in _steps(month, other, brief_date=date(2025, 3, 2))] == ["2025-03"]
    other = _article(2, date(2025, 3, 2), "The harbour board opened a second quay at Lorrin.")
    assert _steps(month, other, brief_date=date(2025, 3, 3)) == []


def test_a_window_counted_from_the_articles_day_is_left_out_once_begun_in_older_news() -> None:
    # Saturday's paper: the guild votes "in the next week" (Sunday to Saturday). By Thursday, with Wednesday's
    # news saying nothing of it, the vote may be over.
    saturday = MONDAY - timedelta(days=2)
    announced = _article(1, saturday, "The Varnese ferry guild also votes on the strike in the next week.")
    other = _article(2, MONDAY + timedelta(days=2), "The harbour board opened a second quay at Lorrin.")
    assert _steps(announced, other, brief_date=MONDAY + timedelta(days=3)) == []
    # told in the latest news, the window stands
    steps = _steps(announced, brief_date=saturday + timedelta(days=1))
    assert [s.period for s in steps] == ["2025-03-16/2025-03-22"]
    # a span the text dates is the event's own days, not a window: it stays while it lasts
    span = _article(1, saturday, "The Varnese ferry guild holds its congress on March 20-21.")
    assert len(_steps(span, other, brief_date=MONDAY + timedelta(days=3))) == 1
    # even one that starts the day after the article
    fair = _article(1, saturday, "The Lorrin boat fair runs from March 16 to March 22 on the quay.")
    assert len(_steps(fair, other, brief_date=MONDAY + timedelta(days=3))) == 1


def test_a_begun_season_or_year_announced_only_in_older_news_is_left_out() -> None:
    # Told five weeks before the brief "this year": by late in the year it may well be over.
    october = date(2025, 10, 14)
    announced = _article(1, october, "The Varnese guild will hold its first regatta this year.")
    queue = "Commuters queued for an hour at the main station."
    late = date(2025, 11, 20)
    assert _steps(announced, _article(2, late - timedelta(days=1), queue), brief_date=late) == []
    # told in the latest news it stands; so does next year, which has not begun
    assert [s.period for s in _steps(announced, brief_date=october + timedelta(days=1))] == ["2025"]
    ahead = _article(1, october, "The Varnese guild will hold its first regatta next year.")
    assert [s.period for s in _steps(ahead, _article(2, late - timedelta(days=1), queue), brief_date=late)] == ["2026"]


def test_a_possibility_is_not_a_scheduled_session() -> None:
    sentence = "A lawyer for the growers says a new subsidy bill could come up during the April session of the senate."
    assert _steps(_article(1, MONDAY, sentence)) == []


def test_before_a_day_is_up_to_that_day_not_on_it() -> None:
    steps = _steps(
        _article(1, MONDAY, "The minister is expected to name a new harbor chief before departing Thursday for Oslo.")
    )
    assert [(s.date, s.period) for s in steps] == [(None, "../2025-03-20")]
    assert step_label(steps[0], MONDAY) == "By Thu 20 Mar"
    steps = _steps(_article(1, MONDAY, "The minister will sign the decree before leaving for Brussels on Friday."))
    assert [(s.date, s.period) for s in steps] == [(None, "../2025-03-21")]
    # The event noun's own day stays the event's: the runoffs are on the 30th.
    sentence = "The assembly will probably not debate the tax before the regional runoffs on March 30."
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [date(2025, 3, 30)]


def test_one_primary_told_as_polls_and_as_a_primary_is_one_item() -> None:
    steps = _steps(
        _article(1, MONDAY, "Voters in Vermont will go to the polls on March 25."),
        _article(2, MONDAY, "Vermont holds its primary on March 25, and the mayor plans a final rally."),
    )
    assert len(steps) == 1 and len(steps[0].articles + steps[0].also) == 2


def test_one_caucus_named_in_the_singular_and_the_plural_is_one_item() -> None:
    steps = _steps(
        _article(1, MONDAY, "The Nevada caucuses will be held on Thursday."),
        _article(2, MONDAY, "Nevada will hold its caucus on Thursday."),
    )
    assert [s.date for s in steps] == [date(2025, 3, 20)]


def test_a_plan_told_in_the_past_takes_the_nearest_such_day() -> None:
    saturday = MONDAY - timedelta(days=2)
    # In Saturday's paper, "was set to … on Friday" is yesterday: over, not next Friday.
    told = "The mayor looked pleased and said she was set to get a medal on Friday."
    assert _steps(_article(1, saturday, told), brief_date=MONDAY) == []
    # In Wednesday's paper, "was expected to … Thursday" is tomorrow.
    wednesday = MONDAY + timedelta(days=2)
    told = "The paper said the minister was expected to announce his choice on Thursday."
    assert [s.date for s in _steps(_article(1, wednesday, told), brief_date=wednesday)] == [date(2025, 3, 20)]


def test_the_results_of_a_vote_say_it_is_over() -> None:
    sentence = "The mayor must now rethink after the results of Tuesday's three county primaries."
    assert _steps(_article(1, MONDAY + timedelta(days=2), sentence), brief_date=MONDAY + timedelta(days=3)) == []


def test_two_sentences_on_one_election_day_are_one_item() -> None:
    steps = _steps(
        _article(1, MONDAY, "Voters in the three river counties go to the polls on March 22."),
        _article(2, MONDAY, "The county primaries are scheduled for March 22."),
    )
    assert [s.date for s in steps] == [date(2025, 3, 22)]


def test_a_range_begun_before_the_article_is_a_state_not_an_event_to_come() -> None:
    sentence = (
        "“Since most ballots arrive by mail, we count March 10 to March 28 as a single Election Day for the"
        " county,” the organiser said."
    )
    assert _steps(_article(1, MONDAY, sentence)) == []
    assert len(_steps(_article(1, MONDAY, "Early voting runs from March 20 to March 28 in the county."))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # Told in the past: a weekday, weekend or season without a year is one gone by.
        "Near the end of the televised forum over the weekend, the mayor was asked whether she would run again.",
        "During their radio debate on Thursday night, both hopefuls said the tax plan was dead.",
        "The opening of Saturday night's town hall could not have gone worse for the governor.",
        "During the duke's royal tour in the summer, the two ports signed a ferry pact.",
        # An event that only dates, or is the arena of, something else.
        "The senator feels sure of a strong showing in Tuesday's primary.",
        "Some aides worry the mayor could lose her April 2 runoff.",
        "His shaky showing just days before Thursday's caucus has emboldened his rivals.",
        # A habit, a refusal, a plan the text no longer holds, a forecast, a held thing running out.
        "Every year, the governor presents her budget in January.",
        "The harbour board usually meets on Thursday.",
        "The ministry has no plans to extradite the activist next month.",
        "The envoy had been expected to visit the capital as early as next week.",
        "Analysts say the governor is likely to seek a second term in two years.",
        "Varna clerks expect to run out of ferry passes by noon on Tuesday.",
        "He holds a work permit, which expires in June.",
        "The referendum seeks to add two judges to the court every year.",
        "The firm has said it will repay the grants in cases where it breaks its pledges.",
        "The levy will compete for attention with the bond measure and the mayoral race.",
        "To catch up, she would then need to sweep the June primaries by wide margins.",
    ],
)
def test_what_only_looks_ahead_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "day", "period"),
    [
        # A present in a time clause tells a future; the outcome hoped for is another clause.
        (
            "The skipper's counsel said he was sure he would be cleared when the inquest opens in May.",
            None,
            "2025-05",
        ),
        ("Negotiators will not meet before the regional runoffs on March 30.", date(2025, 3, 30), None),
        ("The Varna regional assembly meets on Thursday, officials said.", date(2025, 3, 20), None),
    ],
)
def test_but_a_schedule_told_beside_a_past_or_an_outcome_stands(
    sentence: str, day: date | None, period: str | None
) -> None:
    steps = _steps(_article(1, MONDAY, sentence))
    assert [(s.date, s.period) for s in steps] == [(day, period)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said she would scrap the fuel tax and sell the state airline.",
        "The city's largest paper is expected to endorse the challenger.",
    ],
)
def test_an_undated_stance_or_forecast_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Mayor Ruiz goes on trial on Friday.", date(2025, 3, 21)),
        ("The new minister takes office on Friday.", date(2025, 3, 21)),
    ],
)
def test_a_schedule_in_the_present_points_ahead(sentence: str, day: date) -> None:
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [day]


def test_one_inauguration_told_two_ways_is_one_item() -> None:
    steps = _steps(
        _article(1, MONDAY, "Maria Olsen takes office on March 24, her party said."),
        _article(2, MONDAY, "Maria Olsen returns to power on March 24 after four years in opposition."),
    )
    assert len(steps) == 1 and steps[0].date == date(2025, 3, 24) and len(steps[0].also) == 1


def test_an_undated_mention_of_an_event_its_article_dates_to_a_gone_day_is_over() -> None:
    article = _article(
        1,
        MONDAY,
        "On Tuesday, the senator plans to unveil a farm aid bill at a rally in Ames.",
        "The senator will propose farm aid of $2 billion a year for growers hit by the drought.",
    )
    assert date(2025, 3, 18) in [s.date for s in _steps(article, brief_date=MONDAY)]
    assert _steps(article, brief_date=MONDAY + timedelta(days=2)) == []


def test_a_primary_and_the_contest_a_state_hosts_that_day_are_one_item() -> None:
    primary = "Varna will hold its primary on Tuesday."
    hosts = "On a phone-in show Monday, Quint said Varna is set to stage its leadership contest Tuesday,"
    steps = _steps(
        _article(1, MONDAY, primary),
        _article(2, MONDAY, hosts + " and hailed Reyes as a scrapper."),
    )
    assert len(steps) == 1 and steps[0].date == date(2025, 3, 18) and len(steps[0].also) == 1


def test_a_dated_event_a_later_report_tells_as_held_by_its_noun_is_over() -> None:
    tuesday = MONDAY + timedelta(days=1)
    announced = _article(1, MONDAY, "Mayor Elena Ruiz said she would speak with Governor Amos Tan on Tuesday.")
    held = _article(
        2,
        tuesday,
        "Governor Amos Tan agreed on Tuesday to fund the bridge after a call with Mayor Elena Ruiz that lasted an hour.",
    )
    assert _steps(announced, held, brief_date=tuesday) == []
    # "after Tuesday's call" in a later report tells it as held too.
    after = _article(
        2, tuesday, "After Tuesday's call, Governor Amos Tan and Mayor Elena Ruiz praised each other's aides."
    )
    assert _steps(announced, after, brief_date=tuesday) == []
    # A call the report itself dates before the event's day is an earlier one.
    earlier = _article(
        2, tuesday, "Governor Amos Tan praised Mayor Elena Ruiz's aides after a call that lasted an hour on Sunday."
    )
    assert [s.date for s in _steps(announced, earlier, brief_date=tuesday)] == [tuesday]
    # A report written before the event's day tells of an earlier call, not this one.
    before = _article(
        2, MONDAY, "Governor Amos Tan agreed to fund the bridge after a call with Mayor Elena Ruiz that lasted an hour."
    )
    assert [s.date for s in _steps(announced, before, brief_date=tuesday)] == [tuesday]


def test_a_dated_event_a_later_report_tells_as_done_by_its_verb_is_over() -> None:
    tuesday = MONDAY + timedelta(days=1)
    announced = _article(1, MONDAY, "The Lindholm council will vote on the harbour plan on Tuesday.")
    held = _article(2, tuesday, "The Lindholm council voted on the harbour plan on Tuesday and approved it.")
    assert _steps(announced, held, brief_date=tuesday) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the day belongs to a clause told in the past, whatever else the sentence says
        "Yet when straws were drawn to decide the close harbour races Monday night, the outcome surprised Quint.",
        "Quint is coming off a rowdy quayside debate Thursday evening and now woos the fishing wards.",
        # the event only in a side clause; the sentence says something else
        "In a rally speech from Lorrin -- which holds its runoff on Saturday -- Vell claimed the upper hand.",
        "Touring the docks Monday in Varna, which is set to host its runoff Tuesday, the mayor thanked her rival.",
        # an event that only dates a remark or sets the scene for a forecast
        'Pressed on her odds, Quint said that was "a matter for the harbour wards to settle" ahead of'
        " Tuesday's Lorrin primary.",
        # a bare weekday that no verb sends ahead: the nearest Sunday is yesterday
        "Reyes's speech Sunday on ferry fares will be a big theme in the campaign.",
        # a negated event: nobody's
        "Neither will appear at the Varna debate Thursday after weak poll numbers.",
    ],
)
def test_an_event_told_in_passing_or_in_a_past_clause_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


def test_but_a_weekday_a_few_days_ahead_in_the_subject_of_will_be_stands() -> None:
    wednesday = MONDAY + timedelta(days=2)
    steps = _steps(_article(1, wednesday, "Friday's state dinner will be a modest affair."), brief_date=wednesday)
    assert [s.date for s in steps] == [date(2025, 3, 21)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a remark in someone's own words, with no day
        'A Vell aide said, "The fight between our two wings will be decided by the undecided councillors."',
        # the day's schedule, told the day it happens
        "Quint will be hosting a town hall at a boathouse in Marsh, followed by a rally in Lorrin.",
        # a promise for after winning office
        "Reyes said he would present a ferry plan to the assembly within his first 50 days as mayor.",
        # a plan denied in a contraction
        'The Quint campaign said she would "stand behind whoever wins" yet "isn\'t planning to endorse a rival this year."',
    ],
)
def test_an_undated_item_that_is_not_clearly_pending_is_left_out(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


def test_but_an_undated_plan_due_soon_stays() -> None:
    sentence = "Reyes said he will be unveiling a wider ferry plan in the coming days."
    assert [s.text for s in _steps(_article(1, MONDAY, sentence))] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # an event in a relative clause ending a sentence about something else
        "Quint is already airing radio spots in the three harbour wards and Marsh, which votes May 3.",
        # the same without commas, on a place the sentence's own action happens at
        "Staff want to warm her image and feature her brother at the Lorrin rally that is poised to name her as"
        " candidate this week.",
        # an event in a trailing clause after a participle: the sentence is about the hope, not the vote
        "The rival councillors wished to rescue their campaigns heading into Dunmore, where residents will vote on"
        " March 25.",
        # a past maybe ("may have delayed"), nothing ahead
        "The storm may have delayed the launch this month.",
        # an event named in passing in an aside: a time limit for something else
        "The regatta is the last big stage Quint gets, at least until the hearings in the autumn, to charm the wards.",
        # who a quote's speaker is, not what comes next
        '"It turned then," said Tam Vell, a harbour veteran who sided with the mayor and is slated to chair the'
        " Varna congress in July.",
        # a question someone faces, with no decision set for a day
        "Now Quint must decide what she will do with her ferry coalition - beginning with how she steers it"
        " through the coming eight weeks.",
        # a preview of the day's own announcement: made by the next morning
        "The mayor will unveil a $40 million quay fund, according to a clerk who was not cleared to comment"
        " before the announcement.",
    ],
)
def test_background_and_open_questions_are_not_next_steps(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


def test_but_a_sentence_moving_on_to_the_event_of_its_last_clause_keeps_it() -> None:
    steps = _steps(_article(1, MONDAY, "The race now heads to Delaware, which votes on March 25."))
    assert [s.date for s in steps] == [date(2025, 3, 25)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The race now heads to the Midvale caucus that will be held on March 25.",
        "The contest is heading into Dunmore, where residents will vote on March 25.",
        # a "that" after saying opens what was said, not a relative clause on a place
        "The Varna port office announced in a notice that the harbour summit will open on March 25.",
        "The governor told reporters in Dunmore that the council will vote on March 25.",
    ],
)
def test_but_a_that_clause_the_sentence_is_about_keeps_its_event(sentence: str) -> None:
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [date(2025, 3, 25)]


def test_a_decision_on_a_named_act_is_still_a_next_step() -> None:
    sentence = "Next the port minister must decide whether to grant the berth licence."
    assert [s.text for s in _steps(_article(1, MONDAY, sentence))] == [sentence]


def test_an_event_called_for_a_day_is_a_next_step() -> None:
    sentence = 'Meanwhile, the Varna Greens have called a referendum — "Save the Quay" — for June 5.'
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [date(2025, 6, 5)]
    called = "The Lorrin council has called a referendum for June 5, its clerk said."
    assert [s.date for s in _steps(_article(1, MONDAY, called))] == [date(2025, 6, 5)]
    # "called for" a vote is a demand, not a day set
    assert _steps(_article(1, MONDAY, "The senator called for a vote on the bill by June 5.")) == []


def test_an_event_called_a_name_is_an_opinion_not_a_day_set() -> None:
    # "called the X for <date>'s Y a Z": the day is Y's, and the sentence judges X
    sentence = "Councillor Vell called the ballot for next spring's harbour levy a farce."
    assert _steps(_article(1, MONDAY, sentence)) == []
    assert _steps(_article(1, MONDAY, "Quint called the vote for Tuesday a stunt by her rivals.")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a poll finding: whom voters back, not a vote set for a day
        "Most of those polled in Marsh said they would vote for Quint in November.",
        # an aim one meets is an outcome, not a meeting
        "Organizers insist they will meet their fundraising goals by March 25.",
        "The builders say they will meet every sales target in March.",
        # an event in a relative clause on the subject: the sentence is about the subject, in passing
        "Most of the northern counties that will hold contests on March 25 have open primaries.",
        "Delegates who will vote on March 25 have been lobbied hard by both camps.",
    ],
)
def test_a_forecast_a_poll_finding_or_a_subject_in_passing_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Party leaders said they would vote on the platform on March 25.",
        "The governor will meet union leaders on March 25.",
        "Ministers who met on Friday will sign the accord on March 25.",
        "Officials said the counties that will vote on March 25 are ready.",
    ],
)
def test_but_a_vote_or_a_meeting_set_for_a_day_stays(sentence: str) -> None:
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [date(2025, 3, 25)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a plea to the hearers, in their own words: not a schedule, and its days are the speaker's
        '"Get down to the town hall and cast your ballot tomorrow," Quint told the crowd in Marsh.',
        # a possibility, not a plan
        "The harbour board braces for the possibility of a dock strike next week.",
        # undated, leaning on a sentence the reader has not seen: which meeting?
        "Zelda Quint is expected to address the meeting by video link.",
        # a habit, not one event
        "Quint toured the Marsh docks last week and plans to visit them often.",
        # a day fronted before a past
        "On Saturday, three river towns held their ferry ballots.",
        "On Tuesday, the harbour master dodged questions about the levy.",
    ],
)
def test_a_plea_a_possibility_or_an_item_leaning_on_context_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # a day fronted before a present tense: a schedule
        ("On Saturday, three river towns hold their ferry ballots.", date(2025, 3, 22)),
        ("On Thursday, the harbour board meets to pick a chair.", date(2025, 3, 20)),
        ("On Friday, Varna, Marsh and Lorrin hold runoffs.", date(2025, 3, 21)),
        # a relative clause on an event noun tells that event's own day
        ("The town awaits the fair, which opens on March 22.", date(2025, 3, 22)),
        ("The fair, which begins on March 29, is expected to draw crowds.", date(2025, 3, 29)),
        # a reduced relative clause: "to be" and a participle
        ("Quint was drafting a lecture on tides, to be given Wednesday in Lorrin.", date(2025, 3, 19)),
        # an event noun, "is", a place and its day; a leading "while" clause about the coming event
        ("The next ferry ballot is in Marsh on March 25.", date(2025, 3, 25)),
        ("While the next vote is in Marsh on March 25, Quint's real prize will be Lorrin.", date(2025, 3, 25)),
        # a statement in a quote, not a plea
        ('"Make no mistake, the council will vote on Tuesday," Quint said.', date(2025, 3, 18)),
        ("Zelda Quint is expected to address the ferry summit in Varna on Friday by video link.", date(2025, 3, 21)),
    ],
)
def test_a_fronted_day_a_relative_clause_on_an_event_or_a_reduced_one_is_a_next_step(sentence: str, day: date) -> None:
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [day]


@pytest.mark.parametrize(
    "sentence",
    [
        "Posters went up across Marsh, which votes on March 22.",
        "Her lead slipped days before the primary, which is on March 22.",
    ],
)
def test_a_relative_clause_on_a_place_or_on_an_event_in_passing_stays_out(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


def test_when_a_semicolon_clause_is_over_the_next_clause_is_read() -> None:
    sentence = (
        "On Monday, the ferry crews meet in Marsh; on Saturday, the Vell and Dunmore councils elect their chairs."
    )
    assert [s.date for s in _steps(_article(1, MONDAY, sentence), brief_date=MONDAY + timedelta(days=2))] == [
        date(2025, 3, 22)
    ]
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [MONDAY]


@pytest.mark.parametrize(
    "sentence",
    [
        # the hour of a past told in a clause beside the event
        "The trawler, which sank at 3 a.m., will be raised.",
        "Mayor Ana Quell said she would deport the smugglers, speaking to dock owners at 7 p.m.",
        # the hour of another event
        "The guild will meet again after the 8 p.m. vote ended in a tie.",
        # the day's schedule, or what an event covers: an hour does not make them next steps
        "Ivo Marsh will be touring a cannery in Lorrin at 2 p.m.",
        "Guild officials will discuss the levy at noon.",
    ],
)
def test_an_hour_dates_only_an_event_that_passes_as_undated_and_only_its_own(sentence: str) -> None:
    assert [s.date for s in _steps(_article(1, MONDAY, sentence)) if s.date is not None] == []


def test_a_report_of_the_same_day_in_another_story_retires_an_announcement() -> None:
    day = MONDAY - timedelta(days=1)
    announced = _article(1, day, "Envoy Ruiz will speak with Governor Okafor about the Varna ferry dispute.")
    held = _article(2, day, "Envoy Ruiz spoke with Governor Okafor about the Varna ferry dispute for an hour.")
    assert _steps(announced, held) == []
    # the same story telling of an earlier talk, or a repeat, keeps it
    story = _article(
        1,
        day,
        "Envoy Ruiz spoke with Governor Okafor about the Varna ferry dispute last month.",
        "Envoy Ruiz will speak with Governor Okafor about the Varna ferry dispute.",
    )
    assert len(_steps(story)) == 1
    again = _article(1, day, "Envoy Ruiz will speak again with Governor Okafor about the Varna ferry dispute.")
    assert len(_steps(again, held)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # a body named by its common noun alone, an event with no matter, no name: which house, on what?
        "The upper house is expected to vote on Friday.",
        "The regional assembly meets on Thursday, officials said.",
        # a forecast told after the sentence as before it
        "The harbour levy will pass easily in April, aides predict.",
    ],
)
def test_an_item_that_cannot_be_read_alone_or_a_view_told_after_it_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Varna upper house is expected to vote on Friday.",
        "The upper house is expected to vote on the harbour levy on Friday.",
        "The harbour hotel will reopen on April 9, officials expect.",
    ],
)
def test_but_a_named_body_a_vote_on_a_matter_or_an_expectation_stays(sentence: str) -> None:
    assert len(_steps(_article(1, MONDAY, sentence))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # a vow is a stance until a day is set
        "In every speech, Quint vows to impose a levy on Lorrin boats.",
        # a possibility, its clause broken by an aside
        "Dock owners see a slim chance that the Varna board, after it counts its debts, will close the ferry line.",
        # a rule of allocation, not one event
        "Varna will be awarded ferry licences proportionally, in keeping with the harbour charter.",
        # how long something lasts, and a contest that only dates or places someone's standing
        "The Vell ad will run through Tuesday's primary.",
        "Quint heads into Tuesday's primary with a big lead.",
        "Quint hopes to rebound in the Marsh primary on Tuesday.",
    ],
)
def test_a_vow_a_rule_a_duration_or_a_standing_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


def test_but_a_vow_with_its_day_and_a_run_for_office_stay() -> None:
    assert len(_steps(_article(1, MONDAY, "Quint vows to visit every Marsh ward on Friday."))) == 1
    assert len(_steps(_article(1, MONDAY, "Quint will run for the Marsh seat in May."))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # called off, or someone's part in it: not to come
        "Quint canceled a rally planned for Friday.",
        "The Marsh rally scheduled for Friday has been postponed.",
        "The Varna debate, originally set for Thursday, was canceled.",
        "Quint will no longer attend the Friday summit in Varna.",
        "Quint was due to speak in Marsh on Tuesday but canceled the trip.",
    ],
)
def test_an_event_called_off_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "After the storm canceled Friday's rally, Quint will hold a town hall in Marsh on Saturday.",
            date(2025, 3, 22),
        ),
        ("The Marsh convention will kick off on Thursday in Lorrin.", date(2025, 3, 20)),
    ],
)
def test_but_a_new_event_after_one_called_off_and_a_kick_off_stand(sentence: str, day: date) -> None:
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [day]


def test_an_event_another_story_tells_as_called_off_is_not_a_next_step() -> None:
    day = MONDAY - timedelta(days=2)
    rally = _article(1, day, "Quint will hold a rally in Marsh on Friday.")
    assert (
        _steps(rally, _article(2, day + timedelta(days=1), "Quint canceled Friday's rally in Marsh after the storm."))
        == []
    )
    visit = _article(1, day, "Quint will visit the Varna docks.")
    assert (
        _steps(visit, _article(2, day + timedelta(days=1), "Quint has called off his visit to the Varna docks.")) == []
    )
    # another rally, another day, or a report older than the announcement: the rally stands
    for other, when in [
        ("Vell canceled a rally in Lorrin.", day + timedelta(days=1)),
        ("Quint canceled Monday's rally in Marsh after the storm.", day + timedelta(days=1)),
        ("Quint canceled Friday's rally in Marsh after the storm.", day - timedelta(days=1)),
        ("Vell pulled out of Quint's rally in Marsh.", day + timedelta(days=1)),
    ]:
        assert len(_steps(rally, _article(2, when, other))) == 1, other


def test_whether_an_event_is_held_does_not_depend_on_which_article_asked_first() -> None:
    # Article 1 announces the meeting and reports it held: its own report is of an earlier one.
    # Article 2 announces the same meeting only: article 1's report retires it. The answer for one
    # article must not be remembered for the other.
    announced = "Quint will meet Lorrin to discuss the harbour dispute in Marsh."
    for report in (
        "Quint met Lorrin to discuss the harbour dispute in Marsh, aides said.",
        "Quint canceled the meeting with Lorrin in Marsh.",
    ):
        corpus = make_corpus([_article(1, MONDAY, announced + " " + report), _article(2, MONDAY, announced)])
        for order in ([0, 1], [1, 0]):
            held = timeline.HeldSince(corpus, date(2025, 3, 20))
            assert {a: held(announced, MONDAY, a) for a in order} == {0: False, 1: True}, (report, order)


@pytest.mark.parametrize("talks", ["talks in Marsh this coming Friday", "more talks in Marsh on Friday"])
def test_talks_called_off_the_same_day_are_off_even_when_they_are_the_next_round(talks: str) -> None:
    announced = f"Lorrin and Quint will hold {talks} on the harbour levy."
    report = "Lorrin and Quint called off this coming Friday's talks in Marsh on the harbour levy."
    corpus = make_corpus([_article(1, MONDAY, announced), _article(2, MONDAY, report)])
    assert timeline.HeldSince(corpus, date(2025, 3, 18))(announced, MONDAY, 0)


@pytest.mark.parametrize("fronted", ["Despite the risk of rain", "Given the chance of a storm"])
def test_a_possibility_in_a_fronted_phrase_leaves_the_announcement_standing(fronted: str) -> None:
    sentence = f"{fronted}, Quint will hold a rally in Marsh on Saturday."
    assert not timeline._possibility(sentence, sentence.index("on Saturday"))


@pytest.mark.parametrize(
    ("sentence", "coming"),
    [
        ("In the second harbour debate Saturday, Mayor Quint apologized to her rivals for the leak.", False),
        ("At the harbour debate Saturday, Quint attacked Vell over the levy.", False),
        ("At the harbour debate Saturday, Quint will face Vell over the levy.", True),
        ("Quint and Vell will meet at the harbour debate on Saturday.", True),
    ],
)
def test_an_event_a_fronted_phrase_names_before_a_past_main_clause_took_place(sentence: str, coming: bool) -> None:
    # The paper is dated Friday: "Saturday" with a past main clause is the Saturday gone.
    assert (timeline.announcement(sentence, date(2025, 12, 19)) is not None) is coming


@pytest.mark.parametrize(
    "sentence",
    [
        # a wish, however dated the event it names
        "Dockers are keen to be back by Friday to join the harbour festival.",
        "Old Mayor Brant would like to stand again for the harbour council in the spring ballot.",
        # a description of someone, the event only placing it
        "Ida Moss will likely be the chief patron at the harbour election in May.",
        # whom someone backs, in their own words
        "Most of the pilots on the river will vote for Brant, their union chief said.",
        # what someone will be able to do
        "Ward captains will be able to hold a canvass of their own in the river districts next month.",
        # plans named as a noun, with nothing said of them
        "Asked about it, Vell gave no word on any plans to tour the river wards.",
        # what an event covers
        "Besides the toll, the ferry levy is something the guild heads will discuss.",
        # no one's act: a thing, a vehicle
        "A comparison of old and new soundings will reveal how fast the channel silts up.",
        "The kites of every colour will fly over the dunes.",
        # the scene of a fronted clause
        "As the guild plans to vote on the levy, its treasurer takes angry calls.",
        # how a contest turns out
        "No one can call the outcome in Lorrin's May 4 runoff.",
        # a forecast of a campaign with no day
        "The harbour senator is poised to campaign in the river towns whatever the count shows.",
    ],
)
def test_what_the_main_clause_does_not_announce_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


def test_an_hour_without_a_day_is_the_articles_own_day() -> None:
    sentence = "The guild's vote count will begin at 9 p.m. in the old sail loft."
    assert _steps(_article(1, MONDAY, sentence), brief_date=MONDAY + timedelta(days=1)) == []
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [MONDAY]


@pytest.mark.parametrize(
    "sentence",
    [
        # an offer not yet taken up
        "Under pressure from the docks, Tam Orr offered to debate on April 2 at the guild hall.",
        # near a day, not a closing on it
        "Pollsters warn of a fall in turnout among voters close to the April 4 ballot.",
    ],
)
def test_an_offer_or_a_nearness_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY + timedelta(days=3), sentence), brief_date=MONDAY + timedelta(days=4)) == []


def test_a_race_moving_on_to_a_place_takes_the_first_contest_there() -> None:
    thursday = MONDAY + timedelta(days=3)
    sentence = (
        "Next the regatta circuit heads to Lorrin, which races on March 29, and to Marsh, which races on April 5."
    )
    steps = _steps(_article(1, thursday, sentence), brief_date=thursday)
    assert [s.date for s in steps] == [date(2025, 3, 29)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a holding running out
        "Ferris has led the dock board since 2019, and her mandate lapses in the autumn.",
        "Her mandate as river warden will end in May.",
        # taking up a post, with no day
        "Tam Orr will take over as treasurer of the ferry guild.",
        # a standing placed at a contest
        "At the guild election in May, Tam Orr holds a clear lead over Vell.",
    ],
)
def test_a_term_a_post_or_a_standing_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        # a month an event is set for, with no "in" before it
        ("The inquest into the ferry fire is set for June.", "2025-06"),
        ("The harbour board's next session is slated for September.", "2025-09"),
        # a person or a thing scheduled for an event, the event after "for"
        ("Orla Brisk, the jailed ferry clerk, is scheduled for release in July.", "2025-07"),
        ("The old lighthouse tender is due for a relaunch next month.", "2025-04"),
    ],
)
def test_an_event_set_for_a_month_or_a_person_set_for_an_event_is_a_next_step(sentence: str, period: str) -> None:
    assert [s.period for s in _steps(_article(1, MONDAY, sentence))] == [period]


def test_a_month_after_a_plain_for_is_no_date() -> None:
    assert _steps(_article(1, MONDAY, "The quarry posted poor figures for June and blamed the rain.")) == []


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Mayor Vell will now face Democrat Tam Orr in November, though she is the favourite.", "2025-11"),
        ("Vell will face Sen. Orr in May for the harbour seat.", "2025-05"),
    ],
)
def test_facing_a_named_rival_on_a_date_is_a_next_step(sentence: str, period: str) -> None:
    assert [s.period for s in _steps(_article(1, MONDAY, sentence))] == [period]


def test_facing_a_rivals_anger_is_no_contest() -> None:
    assert _steps(_article(1, MONDAY, "Vell will face Tam Orr's anger in November over the levy.")) == []


def test_talks_agreed_for_the_next_weeks_are_an_undated_next_step() -> None:
    sentence = "Vell and Orr agreed to hold fresh talks in the next few weeks on the ferry quotas."
    steps = _steps(_article(1, MONDAY, sentence))
    assert [(s.text, s.date, s.period) for s in steps] == [(sentence, None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vell and Orr planned to hold fresh talks in the next few weeks on the ferry quotas.",
        "Vell and Orr agreed to hold fresh talks on the ferry quotas.",
    ],
)
def test_a_plan_someone_had_or_an_agreement_with_no_time_is_not(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an activity that goes on, or an attempt
        "Mayor Vell will campaign on her record at the docks.",
        "Mayor Vell will try another approach with the dockers.",
        # a routine service
        "The Lorrin ferry will fly routes to Marsh and Varna with two new planes.",
        # a figure of speech
        "Mayor Vell will return the compliment to Orr, calling his plan a wreck.",
        # a trend, a habit, an outcome
        "Mayor Vell will begin to lose support among the dockers.",
        "In Lorrin the dockers will decide the harbour race week after week.",
        "Mayor Vell will finish ahead of Orr in the harbour race.",
    ],
)
def test_an_undated_activity_attempt_routine_or_figure_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    "sentence", ["Mayor Vell will fly to Marsh for the ferry talks.", "Mayor Vell will begin talks with Orr in Marsh."]
)
def test_an_undated_trip_or_talks_someone_will_hold_is_still_a_next_step(sentence: str) -> None:
    assert [s.text for s in _steps(_article(1, MONDAY, sentence))] == [sentence]


def test_a_response_owed_by_a_day_is_a_next_step_and_without_one_is_not() -> None:
    dated = "The ferry board will have an answer for the dock union by Friday."
    assert [s.date for s in _steps(_article(1, MONDAY, dated))] == [date(2025, 3, 21)]
    assert _steps(_article(1, MONDAY, "The harbour council will have a response.")) == []


def test_taking_up_a_post_is_read_at_the_event_verb_not_at_the_sentences_first_word() -> None:
    # the verb is read in lower case; "Take heart as" opens the sentence but takes up no post
    steps = _steps(_article(1, MONDAY, "Take heart as the harbour guild will Meet in Vell."))
    assert [s.text for s in steps] == ["Take heart as the harbour guild will Meet in Vell."]


@pytest.mark.parametrize(
    "sentence",
    [
        # a year or a month dating a trend: an activity for subject, or the date of a clause fronted as the scene
        "Becoming the face of the ferry levy in 2026 will only raise the pressure on Tamber.",
        "But as the regattas begin in 2026, the shelter of low ferry fares will be gone.",
        # a promise with no day set for it
        "Tamber vowed that the guild will return to Pellam.",
        "Tamber vowed that the guild will vote on the pier in 2026.",
        # what goes on, not one event to come
        "The net menders will still gather in the loft for cake, Arkin said.",
    ],
)
def test_a_month_or_year_of_a_trend_a_promise_or_what_goes_on_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "day", "period"),
    [
        ("The guild will hold its vote in June.", None, "2025-06"),
        ("In June, Orsk will open the harbour museum.", None, "2025-06"),
        ("Tamber vowed that the guild will vote on the pier on Friday.", date(2025, 3, 21), None),
    ],
)
def test_but_an_event_heading_its_clause_keeps_its_month_and_a_vow_with_a_day_stands(
    sentence: str, day: date | None, period: str | None
) -> None:
    assert [(s.date, s.period) for s in _steps(_article(1, MONDAY, sentence))] == [(day, period)]


@pytest.mark.parametrize(
    "sentence",
    [
        # an act of policy promised for a month or a year, or for once in office: a stance
        "Marr said she would cut the dock levy next year.",
        "Orsk told the crowd she would deport the smugglers in May.",
        "Orsk will impose a tariff on Wendle goods once in office.",
        "As mayor, Orsk would end the ferry subsidy in 2026, her aides said.",
    ],
)
def test_a_policy_promised_without_a_day_is_a_stance_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "day", "period"),
    [
        ("The council will cut the levy on Friday.", date(2025, 3, 21), None),
        ("The harbour board is set to lift the fishing ban in June.", None, "2025-06"),
    ],
)
def test_but_a_policy_act_set_for_a_day_or_scheduled_is_one(
    sentence: str, day: date | None, period: str | None
) -> None:
    assert [(s.date, s.period) for s in _steps(_article(1, MONDAY, sentence))] == [(day, period)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # no future form: an order or a summons sets what it orders; what someone waits on is to come
        ("The judge ordered Varg to appear in court on March 28.", date(2025, 3, 28)),
        ("Varg got a summons directing him to appear at the harbour court March 28.", date(2025, 3, 28)),
        ("Varg was freed pending a hearing on March 28.", date(2025, 3, 28)),
    ],
)
def test_an_order_a_pending_hearing_or_a_release_without_a_future_form_is_read(sentence: str, day: date) -> None:
    assert [s.date for s in _steps(_article(1, MONDAY, sentence))] == [day]


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge ordered Varg to appear in court on March 3.",  # the day is gone
        "The judge ordered Varg to appear in court.",  # an order with no day sets nothing for a day
    ],
)
def test_but_an_order_for_a_day_gone_or_for_no_day_stays_out(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the contest or gathering only places a main clause about something else
        "Mara Quint will take centre stage at the harbour congress on Thursday.",
        "The two skippers are vying for the pier board seat in the March 20 ballot.",
        "The ferry levy will dominate the guild debate on Thursday.",
        # whom someone will vote for: a choice, the ballot only its time
        "Tam Orr plans to vote for Vell in the March 20 ballot.",
    ],
)
def test_an_event_that_only_places_another_act_or_a_choice_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the event is the main clause's subject or complement, set by it, or its verb names the event
        "The harbour vote is on Thursday.",
        "Thursday will be the guild's only ballot this spring.",
        "Last of all comes the pier guild's ballot on March 20.",
        "The guild has called a ballot for March 20.",
        "Vell will speak at the harbour congress on Thursday.",
        "Vell will face Orsk in the March 20 ballot.",
        "Vell will headline a rally in Marsh on Thursday.",
        "The harbour master is up for re-election on March 20 against two rivals.",
        "Tallies of the harbour ballot will be posted at the quay on Thursday beside the ballot boxes.",
    ],
)
def test_an_event_the_main_clause_is_about_stays_a_next_step(sentence: str) -> None:
    assert [s.text for s in _steps(_article(1, MONDAY, sentence))] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # what a dated event will bring about: a forecast, not the event's schedule
        "Thursday's ruling on the pier will reshape how ferries are licensed.",
        # poised to: a forecast, like "likely to"
        "Vell is poised to face Orsk in the ballot on Thursday.",
    ],
)
def test_a_forecast_about_a_dated_event_is_not_a_next_step(sentence: str) -> None:
    assert _steps(_article(1, MONDAY, sentence)) == []
