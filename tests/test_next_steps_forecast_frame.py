"""A sentence whose own statement is a forecast, an opinion or a condition lists no next step when a real dated event
sits only in an adjunct opening it, or is the subject of what the event offers someone: the page prints the sentence
as it stands, so it would list a forecast. The same event told in a sentence whose statement is a schedule or a plain
fact stays; so does an event in a relative clause, or the bound of a negated forecast, which the labelled real news
counts as a step with its day. The paper is Monday's (2026-03-02), the brief Tuesday's. (All sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence",
    [
        # in an adjunct opening the sentence; the statement a forecast, an opinion
        "With the guild facing a ballot on June 9, a split among the millers could prove costly.",
        "With the Brell guild back in charge and a ballot due in mid-2027, a rebuke by the panel could hurt it.",
        "As the towns look ahead to the Lorrin ballot in two weeks, a look back at its old split is worth the time.",
        # an opening adjunct setting the scene of a future of no occasion
        "While the next vote is in Marsh on March 25, Quint's real prize will be Lorrin.",
        "As Vell prepares to accept the guild's nomination at the congress this month, she will confront a wary town.",
        # what the occasion offers someone: a view of what it means
        "Lorrin's March 19 ballot and the contests that follow on March 26 give Vell the chance to recover.",
        "But after a weak week for Vell, Lorrin's March 19 ballot gives Orr the opportunity to change the subject.",
        "Thursday's ballot gives Vell a last chance to keep her seat.",
    ],
)
def test_an_event_framing_a_forecast_is_not_a_next_step(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence, when",
    [
        # the statement is a schedule or a plain fact: the event in the relative clause stays
        ("The harbour congress, which opens on Friday, will seat forty delegates.", "2026-03-06"),
        # the event is the statement's own, the opening adjunct only its setting
        ("With the guild facing a ballot on June 9, its leaders will meet on Friday to choose a slate.", "2026-03-06"),
        ("As the towns prepare for the Lorrin ballot, the guild will meet on Thursday.", "2026-03-05"),
        (
            "As Vell prepares for the congress in Brell this month, her aides will meet the press on Friday.",
            "2026-03-06",
        ),
        # a relative clause on the occasion may tell its programme, a future of no occasion of its own
        ("The Brell fair, which opens March 20, will feature a parade of boats.", "2026-03-20"),
        # a negated schedule, with or without a forecast: the runoffs' day stands (as before)
        ("The council will not meet to weigh the tolls before the runoffs on March 25.", "2026-03-25"),
        ("The council will probably not meet to weigh the tolls before the runoffs on March 25.", "2026-03-25"),
        # an event in a relative clause: the sentence tells its day, whatever it says of it after
        ("The new toll rules, which take effect on Friday, could prove costly for the ferry crews.", "2026-03-06"),
        # the occasion's own schedule, and a chance given by the sentence's own event in a participle after it
        ("Lorrin's March 19 ballot will be held in the old mill.", "2026-03-19"),
        ("The guild will hold a ballot on March 19, giving members a chance to oust Vell.", "2026-03-19"),
        # a "would" of what was said is a report, not a forecast
        ("The Brell fair, which opens on Friday, said it would add a night market.", "2026-03-06"),
        # a leave, a value, a consequence someone states, a say given to the public: the event stays a step
        ("Once the harbour board votes on March 18, residents may apply for new mooring permits.", "2026-03-18"),
        ("With the Brell auction set for March 20, the forty lots are worth an estimated $4 million.", "2026-03-20"),
        ("Once the Brell bridge reopens on March 20, tolls will rise to $3, the authority said.", "2026-03-20"),
        ("Once the Brell bridge reopens on March 20, tolls would rise to $3, the authority said.", "2026-03-20"),
        ("A public hearing on March 18 will give residents a chance to comment on the dredging plan.", "2026-03-18"),
        # "May" the month is a date, not a modal
        ("The Brell fair, which opens in May, will feature a parade of boats.", "2026-05"),
    ],
)
def test_the_same_event_in_a_schedule_stays(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]
