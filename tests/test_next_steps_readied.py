"""Next steps: an event a present verb of readying or awaiting governs is still ahead ("the guild is bracing for
the vote on Tuesday"), its bare weekday the coming one; not a past, negated, hoped-for, habitual or aftermath reading
(invented text, read in a Sunday paper, when every weekday named could be the last one or the next)."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.timeline import announcement, next_steps

SUNDAY = date(2026, 3, 15)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The ferry guild is bracing for the vote on Tuesday.", 17),
        ("Harbour pilots are preparing for a walkout in Lorrin on Friday.", 20),
        ("The Varnese skippers are girding for the tolls ballot on Thursday.", 19),
        ("The salt merchants' board is gearing up for its ballot on Wednesday.", 18),
        ("The cannery workers are getting ready for the march on Saturday.", 21),
        ("Quarle, the guild's treasurer, is preparing for the hearing before the harbour board on Thursday.", 19),
        ("Crews in Varnese prepare for the launch on Friday.", 20),
        ("The council of the Marsh wards is busily preparing for its plenary on Wednesday.", 18),
        ("Dock hands are looking forward to the fair in Lorrin on Saturday.", 21),
        ("Tam Orr is preparing for a trip to Varnese on Tuesday.", 17),
        ("Varnese is readying for the auction on Friday.", 20),
        ("Ines Quarle is preparing for her testimony on Tuesday.", 17),
        ("The ferry board is bracing for protests in Lorrin on Saturday.", 21),
        ("Both skippers are preparing for the race at Lorrin harbour on Thursday.", 19),
        ("The guild is preparing for the reopening of the salt road on Tuesday.", 17),
        ("Orr says the wardens are preparing for the inspection audit on Tuesday.", 17),
        ("The skippers' guild is now preparing for the ballot on Wednesday.", 18),
        ("They're getting ready for the parade on Saturday.", 21),
        ("The orchard growers are bracing for the frost inquest on Monday.", 16),
        ("Lorrin's boatwrights are getting ready for the regatta on Saturday.", 21),
        ("The Quellmoor lock keepers gird for the tolls plebiscite on Tuesday.", 17),
        ("The harbour board is preparing for its session on Wednesday.", 18),
        ("Pell Arno's lawyers are preparing for the arraignment on Friday.", 20),
        ("The mill towns brace for the referendum on Thursday.", 19),
        ("Salt carters are gearing up for a rally at the Varnese toll gate on Monday.", 16),
        ("Sarrow Cove's net menders count down to their herring fair on Saturday.", 21),
        ("Ines Quarle is readying for her inauguration on Friday.", 20),
        ("The Lorrin choir is preparing for a concert in the old sail loft on Saturday.", 21),
        ("The Sarrow Cove stewards are preparing for a march to the harbour office on Saturday.", 21),
        ("The ferry guild is getting ready for the vote at the Lorrin guildhall on Thursday.", 19),
        ("The Quellmoor oarsmen are ready for the final on Saturday.", 21),
    ],
)
def test_what_is_readied_for_is_ahead_on_its_coming_weekday(sentence: str, day: int) -> None:
    found = announcement(sentence, SUNDAY)
    assert found is not None and found[1] is not None
    assert found[1].day == date(2026, 3, day)


@pytest.mark.parametrize(
    "sentence",
    [
        "The net menders have been preparing for the strike since Tuesday.",
        "The ferry guild was bracing for the vote on Tuesday.",
        "Harbour pilots prepared for a walkout in Lorrin on Friday.",
        "The ferry guild had been preparing for the vote on Tuesday.",
        "The ferry guild is not preparing for the vote on Tuesday.",
        "The ferry guild isn't preparing for any vote on Tuesday.",
        "The guild hopes to prepare for the vote on Tuesday.",
        "If the guild is preparing for a vote on Tuesday, nobody has said so.",
        "The guild is bracing for the fallout of the vote on Tuesday.",
        "The guild is bracing for the fallout from Tuesday's vote.",
        "The ferry board is readying for the chance of a walkout on Tuesday.",
        "The guild braces for the vote every Tuesday.",
        "The guild is preparing for a vote that was held on Tuesday.",
        "The guild was preparing for a march on Saturday, but the march was called off.",
        "The guild denied it is preparing for a march on Saturday.",
        "The guild is preparing for the ballot, which was moved from Tuesday to May 4.",
        "Nobody is preparing for a vote on Tuesday.",
        "The guild is still reeling from the vote on Tuesday.",
        "Quarle looked ahead to the regatta on Tuesday.",
        "The guild may prepare for a strike on Friday.",
        "Quarle is preparing for life after the election, her aides said on Tuesday.",
        "The pilots are preparing for the worst after the vote on Tuesday.",
        "Quarle, who prepared for the debate on Tuesday, says she is tired.",
        "The guild, which was bracing for the vote on Tuesday, lost.",
        "Whether the guild is preparing for a vote on Tuesday is unclear.",
        "The guild is preparing for the election season, which began on Tuesday.",
        "The skippers are preparing for rain on Tuesday.",
        "The guild is bracing for a storm on Tuesday.",
        "The guild said it would never prepare for a strike on Friday.",
        "The guild is preparing a statement on the vote on Tuesday.",
        "The board is ready for questions on Tuesday.",
        "The guild is preparing a vote on the tolls on Tuesday.",
        "The guild is getting ready for a long fight after the vote on Tuesday.",
        "Crews prepared for the launch, which took place on Friday.",
        "Quarle is preparing for the debate, which she lost on Thursday.",
        "The guild is preparing for the vote, its chairman said on Tuesday.",
        "The lock keepers passed the week preparing for the tolls vote on Tuesday, which they lost.",
        "Quarle was readying for the auction on Friday when the storm struck.",
        "The guild never got ready for the vote on Tuesday.",
        "The guild is awaiting word on the strike it called off on Tuesday.",
        "The lamplighters whiled away March readying for the guild debate on Thursday.",
        "The Lorrin choir is preparing for a concert every Saturday.",
        "The boatwrights are preparing for a regatta that was postponed on Friday.",
        "The boatwrights were getting ready for the regatta on Saturday.",
        "The boatwrights are not getting ready for the regatta on Saturday.",
        "The weavers' leaders are preparing for the aftermath of the hearing on Thursday.",
        "The weavers might be preparing for a strike on Thursday.",
        "The carters are preparing to strike on Thursday, some skippers fear.",
        "Nobody in Lorrin is preparing for a rally on Monday.",
        "The mill towns braced for the referendum on Thursday.",
        "The beekeepers spoke of preparing for the fair on Saturday.",
    ],
)
def test_a_past_negated_doubted_or_aftermath_readying_sets_nothing(sentence: str) -> None:
    assert announcement(sentence, SUNDAY) is None


def test_the_readied_event_is_a_next_step_on_its_coming_day() -> None:
    article = Article(
        "a1",
        "T1",
        "a1.txt",
        "Outlet 1",
        SUNDAY,
        (),
        ("The Varnese net menders are bracing for the tolls ballot on Tuesday.",),
    )
    steps = next_steps(make_corpus([article]), lambda text: 1.0, SUNDAY)
    assert [s.date for s in steps] == [date(2026, 3, 17)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause of its own between the event noun and its day, its verb without "that" or "-ed"
        "The toll wardens are bracing for the ruling the harbour court gave on Friday.",
        "Salt traders are bracing for the decision the harbour bank took on Thursday.",
        "Ferry crews are preparing for the strike their guild began on Thursday.",
        "The weavers are bracing for the ruling the tribunal made on Friday.",
        "Lawyers in Varnese are preparing for the trial of the smugglers held on Friday.",
        "The villagers of Quellmoor are preparing for the funeral of the boatman found on Monday.",
        "Stewards are preparing for protests at the regatta held on Saturday.",
        # a comparison, or a second phrase, whose day is a past one
        "Ferry passengers are bracing for more walkouts like the one on Friday.",
        "The quay stewards are preparing for more protests like those on Saturday.",
        "Lorrin shopkeepers are bracing for more strikes than the one on Thursday.",
        "Orchard growers are bracing for the fallout as the ruling came on Friday.",
        "The net guild awaits the ruling on the appeal heard on Friday.",
        "Ropewalkers are getting ready to strike over the pay deal struck on Thursday.",
        # "ready" after a verb other than a present "be"; a bare verb another verb makes or lets happen
        "The oarsmen looked ready for the final on Saturday.",
        "The harbour wardens appeared ready for the march on Saturday.",
        "The board let the ferry crews get ready for the launch on Friday.",
        "Quarle helped the guild prepare for the vote on Thursday.",
        # a habit, not this week's plan
        "The Quellmoor choir always prepares for its concert on Saturday.",
        "The lock keepers usually brace for the tolls vote on Thursday.",
    ],
)
def test_a_day_that_may_belong_to_another_clause_sets_nothing(sentence: str) -> None:
    assert announcement(sentence, SUNDAY) is None
