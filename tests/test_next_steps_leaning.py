"""Next steps: a sentence that opens on a bare pronoun ("She is awaiting the Varnese tolls verdict on Friday") stays
off the page even when it names the occasion. The page prints the sentence alone, beside lines from other stories:
its "she" or "they" is read as whoever the line above named, a wrong actor, and an empty line is better. The same
occasions with their actor named are listed, so the rule is the pronoun, not the occasion (invented text, read in
a Wednesday paper)."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.timeline import next_steps

WEDNESDAY = date(2026, 3, 11)


def _listed(sentence: str) -> list[str]:
    article = Article(
        "a1", "T1", "a1.txt", "Outlet 1", WEDNESDAY, (), ("The Lorrin ferry guild met on Tuesday.", sentence)
    )
    return [
        str(s.date or s.period)
        for s in next_steps(make_corpus([article]), lambda text: 1.0, WEDNESDAY)
        if s.text == sentence
    ]


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("The Lorrin ferry guild is preparing for the Varnese Net Fair on Saturday.", "2026-03-14"),
        ("Ines Quarle is awaiting the Varnese tolls verdict on Friday.", "2026-03-13"),
        ("The Sarrow Cove pilots are bracing for a Lorrin dockers' walkout on Friday.", "2026-03-13"),
        ("The net menders' guild looks ahead to the Marsh Wards regatta on Saturday.", "2026-03-14"),
    ],
)
def test_the_occasion_with_its_actor_named_is_listed(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        # the occasion named, its day ahead, and still "who?"
        "They are preparing for the Lorrin Harbour Fair on Saturday.",
        "She is awaiting the Varnese tolls verdict on Friday.",
        "He is bracing for a Lorrin dockers' walkout on Friday.",
        "She looks ahead to the Marsh Wards regatta on Saturday.",
        "They are gearing up for the Varnese runoff on March 22.",
        "He is preparing for the Salt Guild Summit on March 24.",
        "She is readying for a tolls audit on Friday in Varnese.",
        "They are getting ready for the Varnese Net Fair on Saturday.",
        "He is awaiting the Marsh Wards Tribunal ruling on Thursday.",
        # what the pronoun's sentence says of the occasion is not the occasion's schedule
        "He is boycotting the Quellmoor wool summit on March 20.",
        "She is expected to stay away from the Sarrow Cove net auction on March 24.",
        "He is rumoured to lead the Quellmoor lantern parade on March 21.",
        "He is readying for the Sarrow Cove oar race on Saturday, his crew denies.",
        "They are awaiting the Varnese salvage verdict on Friday in the case against their barge.",
        "He is awaiting the Lorrin harbour inquest on Friday into the loss of his skiff.",
        "They are readying for the Quellmoor ropewalk strike on Friday, which they oppose.",
        "She is preparing for the Upper Tarrow ferry debate on Thursday against Tam Orr.",
        "They are bracing for the Marsh Wards toll vote on Thursday that could sink their ferry line.",
        "He is a judge at the Sarrow Cove herring show on Saturday.",
        "She will attend his rally on Saturday.",
        "He will speak on Friday.",
        "They wave from the quay; the Marsh Wards runoff on March 22 awaits.",
        "She is preparing for the same Lorrin hearing on Friday.",
        # past, negated, habitual, conditional, hoped-for, withdrawn
        "They were preparing for the Quellmoor lock summit on Thursday.",
        "He usually gets ready for the Sarrow Cove regatta on Saturday.",
        "She is not standing in the Quellmoor harbour ballot on March 19.",
        "If chosen, she will open the Sarrow Cove net festival on March 20.",
        "They may join the Quellmoor carters' march on Saturday.",
        "He has withdrawn from the Lorrin salt summit on March 24.",
        "She hopes the Varnese regatta will be held on Friday.",
        "They go to the Varnese regatta every Friday.",
        "She skipped the Varnese debate on Tuesday.",
    ],
)
def test_a_line_opening_on_a_bare_pronoun_is_not_listed(sentence: str) -> None:
    assert _listed(sentence) == []
