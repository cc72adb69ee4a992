"""A decision put to a body on a day ("members will be asked on Thursday to ratify the merger"): an occasion, as a
vote is; a demand ("will be asked to pay more") is none. Probed both ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("The Varnese ferry guild's members will be asked on Thursday to ratify the merger.", "2026-03-05"),
        ("The Tarrow council will be asked on Wednesday to ratify the harbour deal.", "2026-03-04"),
    ],
)
def test_a_decision_put_to_a_body_on_a_day(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of the Varnese ferry guild were asked on Thursday to ratify the merger.",  # past
        "Members of the Varnese ferry guild will be asked to ratify the merger, the board said on Friday.",
        "Members of the Varnese ferry guild may be asked on Thursday to ratify the merger.",  # a maybe
        "Members of the Varnese ferry guild will not be asked on Thursday to ratify the merger.",  # negated
        "Members of the Varnese ferry guild will be asked on Friday what they think of the merger.",  # a survey
        "Members of the Varnese ferry guild will be asked to pay more on Friday.",  # a demand
        "Members of the ferry guild would be asked on Thursday to ratify the merger if the board agreed.",
        "Members of the Varnese ferry guild have been asked on Thursday to ratify the merger.",  # past
        "Members of the Varnese ferry guild will be asked on Thursday to ratify the merger, the guild hopes.",
    ],
)
def test_no_decision_put_on_a_day(sentence: str) -> None:
    assert _listed(sentence) == []
