"""What a next step is (briefgen.events): an event to come, not a state, forecast, conditional,
opinion, possibility or plan of the past. Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefgen.events import dated_present, read


@pytest.mark.parametrize(
    ("sentence", "kind", "head"),
    [
        ("The harbour authority will reopen the northern quay on Friday.", "future", "reopen"),
        ("The two mayors will also meet in Lyon next week.", "future", "meet"),
        ("The regional assembly is to vote on the bridge budget next month.", "future", "vote"),
        ("The treaty is to be signed in Oslo.", "future", "signed"),
        ("Inspectors are scheduled to visit the plant on Tuesday.", "scheduled", "visit"),
        ("The cycling federation plans to announce its new route in March.", "plan", "announce"),
        ("The ministry said the committee would convene again on the 25th.", "reported", "convene"),
        ("The board must decide by Friday whether to sell the depot.", "obligation", "decide"),
        ("The envoy may travel to Vienna next week.", "possible", "travel"),
        ("The governors will have to decide on the water levy.", "obligation", "decide"),
        ("The club will try to sign a new goalkeeper in January.", "future", "sign"),
        ("The guild's annual dinner will be a quiet affair.", "future", "be"),
    ],
)
def test_events_to_come(sentence: str, kind: str, head: str) -> None:
    reading = read(sentence)
    assert (reading.kind, reading.head) == (kind, head)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("The coalition will remain in power until the spring.", "not an event (remain)"),  # a state
        ("Bread prices will rise sharply next year.", "not an event (rise)"),  # a forecast of an outcome
        ("The merger is expected to result in two hundred job cuts.", "not an event (result)"),
        ("The ferry company will be closed until March.", "not an event (be)"),  # a state that lasts
        ("The port would shut if the strike spreads, union leaders said.", "conditional"),
        ("Unless the rain stops, the final will be moved.", "conditional"),
        ("No date has been set for the appeal hearing.", "no date set"),
        ("The council adjourned; it has not set a date for the vote.", "no date set"),
        ("The only way to reach the island is to take the ferry.", "no future"),  # a description
        ("The federation is expected to begin taking measures on costs.", "not an event (taking)"),
    ],
)
def test_what_is_not_an_event_to_come(sentence: str, reason: str) -> None:
    reading = read(sentence)
    assert not reading.announces
    assert reading.reason == reason


def test_a_belief_about_what_comes_is_an_opinion() -> None:
    assert read("The mayor said she believed the tunnel would be opened soon.").opinion
    forecast = read("Analysts predicted the bank would raise rates in June.")
    assert forecast.opinion or not forecast.announces
    # "is expected to" is a schedule, not somebody's view; "expects to" is the speaker's own plan.
    assert not read("The minister is expected to visit the flooded towns.").opinion
    assert not read("The airline expects to launch the route in April.").opinion


def test_a_plan_of_the_past_is_marked_so() -> None:
    assert read("The orchestra was to perform in Prague on Sunday.").past
    assert read("The two teams were expected to meet in the final.").past
    assert read("The union had planned to strike in the autumn.").past
    assert not read("The orchestra is to perform in Prague on Sunday.").past


def test_a_reported_future_inside_a_past_story_is_past() -> None:
    reading = read("The judge signed the order after the police warned that the suspect would leave the country.")
    assert reading.announces and reading.past
    assert not read("The police said the suspect would leave the country.").past


def test_negation_is_read() -> None:
    assert read("The museum is not expected to reopen until the spring.").negated
    assert read("The council will not vote before the summer.").negated
    assert not read("The council will vote before the summer.").negated


def test_a_relative_clause_is_subordinate_but_a_closed_aside_is_not() -> None:
    assert read("The fund backs a plan under which the city is to hold a referendum.").subordinate
    assert read("Engineers removed cables that will be examined by the lab.").subordinate
    assert not read("The delegates, who arrived on Monday, will vote on the charter.").subordinate
    assert not read("The delegates said that they will vote on the charter.").subordinate


def test_the_speakers_own_resolve_is_first_person() -> None:
    assert read("“We will appeal this ruling all the way,” the farmers said.").first_person
    assert not read("“The farmers will appeal the ruling,” their lawyer said.").first_person


@pytest.mark.parametrize(
    ("sentence", "expression", "kind"),
    [
        ("The summit opens in Vienna on Monday.", "on Monday", "scheduled"),
        ("The ministers gather in Lisbon on Thursday.", "on Thursday", "scheduled"),
        ("The runoffs on the 25th will decide the race.", "on the 25th", "nominal"),
        ("The town set a deadline of March 25 for the repairs.", "March 25", "nominal"),
        ("The ultimatum expires at midnight on Wednesday.", "on Wednesday", "scheduled"),
    ],
)
def test_a_present_tense_or_an_event_noun_with_its_day(sentence: str, expression: str, kind: str) -> None:
    assert dated_present(sentence, sentence.index(expression)).kind == kind


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The plan pairs lower spending and higher levies next year.", "next year"),  # nouns, not verbs
        ("The mayor, who opens the fair, spoke on Monday.", "on Monday"),
        ("Rivals hope to slow the governor down by March 1.", "by March 1"),  # the month is no march
    ],
)
def test_a_date_without_its_event_verb_is_not_a_schedule(sentence: str, expression: str) -> None:
    start = sentence.index(expression)
    assert not dated_present(sentence, start, start + len(expression)).announces


@pytest.mark.parametrize(
    "sentence",
    [
        "Gusty winds from the north will send colder air over the valley on Sunday.",
        "A few thunderstorms will attend the cold front across the coast.",
        "A front marking the edge of the cooler air will meet resistance over the hills.",
    ],
)
def test_a_weather_forecast_is_nobodys_schedule(sentence: str) -> None:
    reading = read(sentence)
    assert not reading.announces and reading.reason == "weather"


@pytest.mark.parametrize(
    "sentence", ["The air force will hold exercises next week.", "Front-line troops will withdraw on Monday."]
)
def test_weather_words_in_a_name_are_not_the_weather(sentence: str) -> None:
    assert read(sentence).announces


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman did not say how many inspectors will return.",
        "It is unclear whether the tribunal will rule before the holidays.",
        "What the board will decide remains anyone's guess.",
    ],
)
def test_an_indirect_question_announces_nothing(sentence: str) -> None:
    reading = read(sentence)
    assert not reading.announces and reading.reason == "question"


def test_that_after_a_preposition_is_a_determiner_not_a_clause() -> None:
    assert not read("Still, the mayor said, a ruling on that point would wait until the audit is done.").subordinate
    assert read("The deal under which the town is to close the library was signed.").subordinate
