"""Next steps: an occasion named as "the next" one with its own day right after it is a step on that day, wherever
the sentence names it (issue 12). All sentences invented.

"The next" calls the occasion the coming one, as "upcoming" does before a day's occasion, and the day set right
after it (past a place or a comma at most) is its own: "Orrick is where the next guild ballot will be held" says
nothing of when, "Orrick hosts the next guild ballot, on March 14" does. Left out: a past telling of a day without
its year, an occasion called off or moved, a maybe, a result foretold at it, a denial of it, what only follows it,
a quotation, a day already over, a year or a season."""

from __future__ import annotations

from datetime import date

import pytest

from .announced import when_announced

# The paper is dated Thursday 11 February 2026.
THURSDAY = date(2026, 2, 11)


def _when(sentence: str, ref: date = THURSDAY) -> str | None:
    return when_announced(sentence, ref)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # a comma before the day
        ("Orrick, a river town of nine thousand, hosts the next guild ballot, on March 14.", "2026-03-14"),
        (
            "The old quays of Brell are where Vell and Orr meet in the next ferry guild ballot, on March 14.",
            "2026-03-14",
        ),
        ("Brell, home to both rivals, is the scene of the next guild contest, on Feb. 20.", "2026-02-20"),
        ("The fight moves to Lorrin and its mill towns, the next guild contest, on Feb. 20.", "2026-02-20"),
        # a month
        ("Tam Orr, a ferry pilot from Kesh, is running in the next harbour election, in May.", "2026-05"),
        # the sentence tells something else of it
        ("Few in Kesh know much about the next guild ballot, on Feb. 27.", "2026-02-27"),
        # (read before as well, by other readings: kept)
        ("The dockers say they cannot hold out until the next harbour elections in May.", "2026-05"),
        ("Vell's aides are already printing leaflets for the next contest in Lorrin on Feb. 20.", "2026-02-20"),
        ("The reeve's staff are clearing the hall for the guild's next meeting on Feb. 17.", "2026-02-17"),
    ],
)
def test_the_next_occasion_with_its_day_is_a_step(sentence: str, told: str) -> None:
    assert _when(sentence) == told


@pytest.mark.parametrize(
    "sentence",
    [
        # a past telling, a day without its year: the one gone by
        "In the next guild ballot, on Feb. 20, Tam Orr carried every ward of Brell.",
        # over by the paper's day
        "The next guild ballot, on Feb. 2, left the reeve without a majority.",
        # called off, moved, an older time
        "Orr said the next guild ballot, on Feb. 20, had been cancelled.",
        "Orr said the next guild ballot, on Feb. 20, has since been scrapped.",
        "The next guild ballot last year, on Feb. 20, drew few voters.",
        # a maybe, a result foretold
        "Orr hopes to win the next guild ballot, on Feb. 20, if Vell stands down.",
        "Vell is tipped to do well in the next guild ballot, on Feb. 20.",
        "A recount would follow the next guild ballot, on Feb. 20.",
        "Orr could lose the next guild ballot, on Feb. 27.",
        "Vell would sweep the next guild ballot, on Feb. 27, analysts said.",
        "Vell will not stand in the next harbour election, in May.",
        # denied
        "The March 14 date is not the next guild ballot, Orr insisted.",
        "Ines Vell is not the next guild ballot on Feb. 20's only candidate.",
        # in a relative clause on a place
        "Both men spent the week in Kesh, which holds the next guild ballot on Feb. 27.",
        # what only follows it
        "Traders are waiting on the results of the next guild ballot, on Feb. 20.",
        # no occasion: a day, a time, a person, a survey
        "The next day, on Feb. 20, Orr left Lorrin for the coast.",
        "The next time the guild met, on Feb. 20, Orr stood aside.",
        "The guild's next leader in Brell on Feb. 20 was Tam Orr.",
        "The next poll, on Feb. 20, showed Orr ahead by nine points.",
        # a year or a season names no day of the occasion
        "The next harbour election is not until 2029.",
        "Vell expects to lead the next guild ballot in the spring.",
        # a question, a quotation
        "Is the next guild ballot on Feb. 20 or on March 14?",
        '"The next guild ballot, on Feb. 20, is ours," Orr said.',
        # a habit
        "The guild holds its next ballot on the first Monday of every month.",
    ],
)
def test_near_cases_are_no_step(sentence: str) -> None:
    assert _when(sentence) is None
