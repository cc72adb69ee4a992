"""A scheduled act told in the present with its day: a court that rules on a matter, voters who go to the polls,
keepers who go on strike, a body that plans a rally, a fair that runs from one day to another; probed both ways (a ruling-out, a habit, a past, a wish, a
condition, a place one goes to, a subject that is no one). (All sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        # a court or tribunal that rules on a matter, on a day ahead
        ("The Kesh appeals court rules on the ferry guild's appeal on Friday.", "2026-03-06"),
        ("The harbour tribunal rules on Friday whether the lock strike is lawful.", "2026-03-06"),
        ("Judge Ines Quarle rules on the toll dispute on Thursday, the clerk said.", "2026-03-05"),
        ("The canal tribunal rules Wednesday on the Brell wardens' appeal.", "2026-03-04"),
        # a plural "go" to the act it goes to
        ("Voters in Varnese go to the polls on Sunday.", "2026-03-08"),
        ("Lock keepers go on strike on Friday, their union said.", "2026-03-06"),
        ("Residents of Kesh head to the polls on Sunday.", "2026-03-08"),
        # a plan told with the thing planned as its object
        ("The guild plans a rally in Brell on Saturday.", "2026-03-07"),
        ("The harbour board is planning a public hearing on Thursday.", "2026-03-05"),
        # an occasion that runs from one day to another
        ("The Brell lantern festival runs from Friday to Sunday.", "2026-03-06/2026-03-08"),
        ("The harbour exhibition runs from Thursday through Sunday.", "2026-03-05/2026-03-08"),
        ("The lantern festival runs from Friday to Sunday for its tenth year.", "2026-03-06/2026-03-08"),
        ("Kesh voters go to the polls on Sunday to pick a new harbour reeve, the clerk said.", "2026-03-08"),
    ],
)
def test_a_scheduled_act_in_the_present(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kesh court rules out a hearing on Friday.",
        "The tribunal no longer rules on the appeal on Friday after the guild withdrew it.",
        "The tribunal does not rule on the appeal on Friday.",
        "The tribunal rules on the appeal on Friday, but the hearing has since been called off.",
        "Voters do not go to the polls on Sunday after all.",
        "Critics want the guild to go on strike on Friday.",
        "The lantern festival runs from Friday to Sunday, if the rain holds off.",
        "The harbour tribunal ruled on the appeal on Friday.",
        "The harbour tribunal rules on bail pleas every Friday.",
        "The harbour tribunal usually rules on Fridays.",
        "The tribunal never rules on a Friday.",
        "New harbour rules on Friday berthing angered the ferry guild.",
        # a plural noun before the day, the sentence's verb after it
        "Kesh harbour rules on Friday allowed night sailings for the first time.",
        "Guild votes on Friday showed the lock keepers split.",
        "Returns on Sunday gave the reeve a narrow lead.",
        "The tribunal's rules on Friday sailings were published last week.",
        "If the tribunal rules on Friday, the strike ends.",
        "The tribunal rules that the ferries must stay in port, a clerk said on Friday.",
        "The guild wants the tribunal to rule on the appeal on Friday.",
        "The wardens hope the tribunal rules on Friday.",
        "The tribunal rules against the wardens, the court said on Friday.",
        "The tribunal rules on appeals on Fridays and Mondays.",
        "The tribunal may rule on the appeal on Friday.",
        "The tribunal, which rules on harbour disputes, was closed on Friday.",
        "Voters in Varnese went to the polls on Sunday.",
        "Voters in Varnese go to the polls every four years.",
        "Most Varnese voters go to the polls on a Sunday.",
        "If voters go to the polls on Sunday, turnout will be low.",
        "Ferry fares go up on Friday.",
        "The guild's boats go to sea on Friday, weather permitting.",
        "Where the ferries go on Friday depends on the tide.",
        "The Varnese reeve leads in the polls before Sunday's vote.",
        "Polls show the reeve ahead on Friday.",
        "The wardens want voters to go to the polls on Sunday.",
        "Voters who went to the polls on Sunday waited hours.",
        "Shares in Kesh Ferries go ex-dividend on Friday.",
        "The guild had planned a rally in Brell on Saturday.",
        # a plan told in the simple past (its fate untold), or one denied or dropped
        "The guild planned a rally in Brell on Saturday.",
        "The harbour wardens planned two vigils for Sunday.",
        "The ferry guild planned a march on Friday, its leader said.",
        "The harbour board no longer plans a vote on the tolls on Thursday.",
        "The lock board no longer plans a vote on Thursday.",
        "The guild never plans a rally on Saturday.",
        "The guild was planning a rally in Brell on Saturday.",
        "The guild plans a rally in Brell every Saturday.",
        "If the guild plans a rally on Saturday, the police will close the bridge.",
        "The guild denied that it plans a rally on Saturday.",
        "The guild's plans a year ago included a rally on Saturday.",
        "No one plans a rally on Saturday, the warden said.",
        "Nobody in the guild meets on Saturday.",
        "The guild plans a rally, the warden said on Saturday.",
        "The wardens hope the guild plans a rally on Saturday.",
        "The guild said on Saturday it plans a rally.",
        "The guild plans a rally in Brell, which held its own on Saturday.",
        "The Brell lantern festival ran from Friday to Sunday.",
        "The ferry runs from Friday to Sunday.",
        "The Brell ferry runs from Friday to Sunday each week.",
        "The offer runs from Friday to Sunday.",
        "The Brell lantern festival runs every year from Friday to Sunday.",
        "The festival's run from Friday to Sunday was a success.",
        "If the festival runs from Friday to Sunday, the ferries will be full.",
        "The Brell lantern festival, which ran from Friday to Sunday, drew crowds.",
        "The festival usually runs from Friday to Sunday.",
    ],
)
def test_no_scheduled_act(sentence: str) -> None:
    assert _listed(sentence) == []
