"""Regressions of the lede rules (`lede`) on whole days, found by a read-only review: the page opened
with an old fact, a negated act, a forecast or a background piece. Each day opens with the main
development again. All text is invented: Varna, Ostrel, Ilse Marr, Tam Orr, Piet Lomm, Ada Renn."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.selection import Selector

BRIEF_DAY = date(2025, 3, 14)
_BG1 = (
    "The crisis in Varna has deepened since Prime Minister Ilse Marr lost his majority in the parliament of Varna.",
    "Tam Orr and Ilse Marr are fighting over the budget of Varna and the ferry levy of Ostrel.",
    "The parliament of Varna must pass the budget of Varna by the end of March.",
)
_BG2 = (
    "Ilse Marr said the crisis in Varna would end once the parliament of Varna passed the budget of Varna.",
    "Tam Orr has called for new elections in Varna over the ferry levy of Ostrel.",
    "The ferry levy of Ostrel has angered the ferrymen of Ostrel and the fishermen of Varna.",
)

_DAYS = {
    # a wire lede on official figures is no poll story; a scene set on an undated morning is a feature
    "D1": (
        "Unemployment figures released Thursday showed the jobless rate in Varna rose to 11 percent, the highest since the crisis in Varna began.",
        (
            (
                "2025-03-13",
                (
                    "Unemployment figures released Thursday showed the jobless rate in Varna rose to 11 percent, the highest since the crisis in Varna began.",
                    "The rise in the jobless rate of Varna adds to the pressure on Ilse Marr over the budget of Varna.",
                    "Tam Orr said the jobless rate showed the ferry levy of Ostrel had failed.",
                ),
            ),
            (
                "2025-03-13",
                (
                    "On a grey morning in Ostrel, the ferrymen of Ostrel gathered at the gates and waited for news of the budget of Varna.",
                    "Many of them said on Thursday they had not been paid since the ferry levy of Ostrel came in.",
                ),
            ),
        ),
    ),
    # "It emerged" is no feature; a lede naming an older year is background, no hard news
    "D2": (
        "Tam Orr called on Thursday for Ilse Marr to resign over the ferry levy of Ostrel.",
        (
            (
                "2025-03-13",
                (
                    "It emerged on Thursday that Ilse Marr had hidden the cost of the ferry levy of Ostrel from the parliament of Varna.",
                    "Ilse Marr told the parliament of Varna in January that the ferry levy of Ostrel would cost nothing.",
                    "Tam Orr called on Thursday for Ilse Marr to resign over the ferry levy of Ostrel.",
                ),
            ),
            (
                "2025-03-13",
                (
                    "In 2009, Ilse Marr lost the election in Varna to Tam Orr by 40 votes.",
                    "Ilse Marr has fought Tam Orr over the budget of Varna ever since.",
                ),
            ),
        ),
    ),
    # a negated act ("has not resigned") is no act
    "D3": (
        "The parliament of Varna on Thursday rejected the budget of Varna by 112 votes to 40, deepening the crisis in Varna.",
        (
            (
                "2025-03-13",
                (
                    "Ilse Marr has not resigned over the ferry levy of Ostrel despite the crisis in Varna.",
                    "Ilse Marr told the parliament of Varna the budget of Varna was his first task.",
                ),
            ),
            (
                "2025-03-13",
                (
                    "The parliament of Varna on Thursday rejected the budget of Varna by 112 votes to 40, deepening the crisis in Varna.",
                    "Tam Orr said the vote on the budget of Varna showed Ilse Marr had lost the parliament.",
                ),
            ),
        ),
    ),
    # a lede "according to a UN report" is news; "Last year, ..." is background
    "D5": (
        "At least 300 civilians were killed in the crisis in Varna last month, according to a United Nations report released on Thursday.",
        (
            (
                "2025-03-13",
                (
                    "At least 300 civilians were killed in the crisis in Varna last month, according to a United Nations report released on Thursday.",
                    "The report blamed forces loyal to Ilse Marr and to Tam Orr for the deaths in Varna.",
                ),
            ),
            (
                "2025-03-13",
                (
                    "Last year, Ilse Marr survived two no-confidence votes in the parliament of Varna.",
                    "Ilse Marr now faces a third over the budget of Varna and the ferry levy of Ostrel.",
                ),
            ),
        ),
    ),
    # an office announcing in a quotation is no feature; "has sold rope for forty years" is a standing state
    "D6": (
        '"The port of Ostrel is closed," the ferry warden of Ostrel announced on Thursday, as the ferrymen of Ostrel struck over the ferry levy of Ostrel.',
        (
            (
                "2025-03-13",
                (
                    '"The port of Ostrel is closed," the ferry warden of Ostrel announced on Thursday, as the ferrymen of Ostrel struck over the ferry levy of Ostrel.',
                    "Ilse Marr said the strike over the ferry levy of Ostrel would not change the budget of Varna.",
                ),
            ),
            (
                "2025-03-13",
                (
                    "Nell Ash has sold rope on the piers of Ostrel for forty years, and the ferry levy of Ostrel is the worst thing she has seen.",
                    "The ferrymen of Ostrel are angry about the ferry levy of Ostrel.",
                ),
            ),
        ),
    ),
    # a forecast on diplomats' word is no hard news
    "D7": (
        "Thousands of protesters marched through Brisk on Thursday to demand that Ilse Marr scrap the ferry levy of Ostrel.",
        (
            (
                "2025-03-13",
                (
                    "Talks on the budget of Varna are expected to resume next week, diplomats said.",
                    "Ilse Marr and Tam Orr have not met since the crisis in Varna began.",
                ),
            ),
            (
                "2025-03-13",
                (
                    "Thousands of protesters marched through Brisk on Thursday to demand that Ilse Marr scrap the ferry levy of Ostrel.",
                    "Tam Orr joined the march against the ferry levy of Ostrel and the budget of Varna.",
                ),
            ),
        ),
    ),
    # a short opening question is the lede: a feature
    "D9": (
        "Ilse Marr said he would bring the budget of Varna back next week.",
        (
            (
                "2025-03-13",
                (
                    "Is Varna broke?",
                    "Ilse Marr has spent the budget of Varna on the ferry levy of Ostrel, his critics say, and Tam Orr agrees.",
                    "The crisis in Varna is a crisis of trust.",
                ),
            ),
            (
                "2025-03-13",
                (
                    "The parliament of Varna rejected the budget of Varna on Thursday by 112 votes to 40.",
                    "Ilse Marr said he would bring the budget of Varna back next week.",
                ),
            ),
        ),
    ),
    # a lede naming an older year (elected in 2014) is no hard news
    "D10": (
        "Piet Lomm, the former mayor of Ostrel who fought the ferry levy of Ostrel, died on Thursday at 84.",
        (
            (
                "2025-03-13",
                (
                    "Piet Lomm, the former mayor of Ostrel who fought the ferry levy of Ostrel, died on Thursday at 84.",
                    "Piet Lomm stepped down in 2016 after the crisis in Varna began.",
                ),
            ),
            (
                "2025-03-13",
                (
                    "Ada Renn, a former teacher, was elected to the parliament of Varna in 2014 on a promise to end the ferry levy of Ostrel.",
                    "Ada Renn now leads the fight against the budget of Varna.",
                ),
            ),
        ),
    ),
    # an act told before "a poll of members showed" is news, not a poll story; "introduced in 2019" is background
    "D11": (
        "The ferrymen of Ostrel rejected the offer on the ferry levy of Ostrel by 812 votes to 95, a poll of members showed on Thursday.",
        (
            (
                "2025-03-13",
                (
                    "The ferrymen of Ostrel rejected the offer on the ferry levy of Ostrel by 812 votes to 95, a poll of members showed on Thursday.",
                    "Ilse Marr said the vote of the ferrymen of Ostrel would not change the budget of Varna.",
                ),
            ),
            (
                "2025-03-13",
                (
                    "The ferry levy of Ostrel was introduced in 2019 by Ilse Marr.",
                    "Tam Orr has opposed the ferry levy of Ostrel since 2019.",
                ),
            ),
        ),
    ),
    # "have long divided" is a standing state, no act
    "F4": (
        "Ilse Marr said on Monday he would bring the budget of Varna back to the parliament of Varna.",
        (
            (
                "2025-03-10",
                (
                    "The parliament of Varna rejected the budget of Varna on Monday by 112 votes to 40.",
                    "Ilse Marr said on Monday he would bring the budget of Varna back to the parliament of Varna.",
                ),
            ),
            (
                "2025-03-12",
                (
                    "The budget of Varna and the ferry levy of Ostrel have long divided the parliament of Varna.",
                    "Tam Orr and Ilse Marr have clashed over the ferry levy of Ostrel for years.",
                ),
            ),
            (
                "2025-03-13",
                (
                    "They came to the piers of Ostrel before dawn, the ferrymen of Ostrel, to hear about the budget of Varna.",
                    "Many of them have not been paid since the ferry levy of Ostrel came in.",
                ),
            ),
        ),
    ),
}


def _dated(n: int, day: str, paragraphs: tuple[str, ...]) -> Article:
    return Article(f"d{n}", f"Story {n}", f"d{n}.txt", f"Outlet {n}", date.fromisoformat(day), (), paragraphs)


@pytest.mark.parametrize("name", sorted(_DAYS))
def test_the_day_opens_with_its_main_development(name: str) -> None:
    expected, articles = _DAYS[name]
    corpus = make_corpus(
        [_dated(1, "2025-03-03", _BG1), _dated(2, "2025-03-05", _BG2)]
        + [_dated(n, day, paragraphs) for n, (day, paragraphs) in enumerate(articles, start=3)]
    )
    situation = Selector(corpus, BRIEF_DAY).situation(limit=4)
    assert situation[0].text == expected
