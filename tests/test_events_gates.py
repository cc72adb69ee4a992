"""The gates of `events` change a reading's cost, never its result: over the team's invented
next-step sentences, a few written here and generated news, the gated test equals the pattern
tried everywhere."""

from __future__ import annotations

from pathlib import Path

from briefgen import events

from .test_timeline_gates import _generated, _sentences

# Written for the "is off" gate: occasions told as off (found) and near ones (not), with the word
# "off" in other senses, in other words ("office", "offer") and in other cases.
OFF = (
    "The Brenton ferry vote is off.",
    "Next Friday's rally in Osk is now off, the guild said.",
    "THE HARBOUR BALLOT IS OFF.",
    "The vigil in Marrow is definitely off.",
    "The talks are off until the spring.",
    "The tolls board is off to the printers with its plan.",
    "The quay fair is off-limits to cars.",
    "The wreck of the trawler is off the coast of Lunn.",
    "The guild's office is closed on Monday.",
    "The mayor made an offer to the net menders.",
    "Orr was off sick for the vote.",
    "The vote is not off, Ada Vell insisted.",
)


def test_the_off_gate_equals_the_pattern_on_written_sentences() -> None:
    found = [text for text in OFF if events._is_off(text)]
    assert found == [text for text in OFF if events._IS_OFF.search(text) is not None]
    assert "The Brenton ferry vote is off." in found  # a positive case: the gate lets it through
    assert "The guild's office is closed on Monday." not in found  # no word "off": skipped
    assert "The tolls board is off to the printers with its plan." not in found  # the pattern leaves it


def test_the_off_gate_equals_the_pattern_on_invented_and_generated_sentences(tmp_path: Path) -> None:
    sentences = [*_sentences(), *_generated(tmp_path / "articles")]
    assert len(sentences) > 900
    for text in sentences:
        assert events._is_off(text) == (events._IS_OFF.search(text) is not None), text


# Written for the conditional gate: one sentence for each way `_CONDITIONAL` finds a condition (found),
# and near ones with none of its words, or with them in other senses (not found); a few in capitals,
# and with the letters an IGNORECASE pattern folds to "i" and "s" that lower() leaves apart.
CONDITIONAL = (
    "In her first 100 days the reeve will cut the ferry tolls.",
    "The guild will back the levy on day one.",
    "If elected, Ada Vell will reopen the quay market.",
    "Once sworn in, Tam Orr will visit the docks.",
    "In his first year as reeve, Orr will rebuild the pier.",
    "The millers will strike unless the levy is cut.",
    "The vote goes ahead on Friday, provided the ballots arrive.",
    "The ferry runs as long as the river stays open.",
    "A surplus that size would signal a cut in the tolls.",
    "IF THE BREWERS BACK BRELL, THE TARIFF FALLS.",
    "In the event of a storm the fair moves indoors.",
    "The guild will vote whenever the board asks.",
    "The net menders will meet the harbour board on Tuesday.",
    "The mill closed for the winter.",
    "Ada Vell toured the quays with Tam Orr.",
    "The ferry guild held a ballot on the new tolls.",
    "Brell backed the plan, Orr told reporters.",
    "The vote goes ahead on Friday, provided by the guild's own clerks.",
    "\u0130F THE BREWERS BACK BRELL, THE TARIFF FALLS.",
    "\u0131f the brewers back Brell, the tariff falls.",
    "The millers will strike unle\u017f\u017f the levy is cut.",
)


def test_the_conditional_gate_equals_the_pattern_on_written_sentences() -> None:
    found = [text for text in CONDITIONAL if events._conditional(text)]
    assert found == [text for text in CONDITIONAL if events._CONDITIONAL.search(text) is not None]
    assert "If elected, Ada Vell will reopen the quay market." in found  # a positive case: let through
    assert "IF THE BREWERS BACK BRELL, THE TARIFF FALLS." in found  # in capitals too
    assert "\u0131f the brewers back Brell, the tariff falls." in found  # a dotless i the pattern folds to "i"
    assert "The millers will strike unle\u017f\u017f the levy is cut." in found  # a long s it folds to "s"
    assert "The mill closed for the winter." not in found  # none of the words: skipped
    assert "The vote goes ahead on Friday, provided by the guild's own clerks." not in found  # the pattern leaves it


def test_the_conditional_gate_equals_the_pattern_on_invented_and_generated_sentences(tmp_path: Path) -> None:
    sentences = [*CONDITIONAL, *_sentences(), *_generated(tmp_path / "articles")]
    assert len(sentences) > 900
    assert sum(1 for text in sentences if events._CONDITIONAL.search(text)) > 20  # positives among them
    for text in sentences:
        assert events._conditional(text) == (events._CONDITIONAL.search(text) is not None), text


# Written for the called-off gate: one sentence for each way `_CALLED_OFF` tells an occasion called off
# (found), and near ones (not found): the words in other senses ("office", "offer", "pulled out" of the
# water), none of them at all, a long s the pattern folds to "s".
CALLED_OFF = (
    "The guild cancelled Friday's rally in Osk.",
    "The Brenton ferry vote was called off.",
    "Ada Vell called it off on Monday.",
    "The harbour board scrapped the tolls ballot.",
    "The launch of the new ferry was scrubbed.",
    "The quay fair has been postponed.",
    "The vigil was put off until spring.",
    "Tam Orr pulled out of the debate.",
    "The mill withdrew from the talks.",
    "The market will no longer open on Sundays.",
    "Talks planned for next week were suspended.",
    "THE TOLLS VOTE WAS ABANDONED.",
    "The march was halted by the storm.",
    "The vote was \u017fcrapped.",
    "The guild's office is closed on Monday.",
    "The mayor made an offer to the net menders.",
    "The trawler was pulled from the water at dawn.",
    "The vote went ahead on Friday.",
    "The ferry was pulled back into the harbour.",
    "Ada Vell toured the quays with Tam Orr.",
)


def test_the_called_off_gate_equals_the_pattern_on_written_sentences() -> None:
    found = [text for text in CALLED_OFF if events._tells_off(text)]
    assert found == [text for text in CALLED_OFF if events._CALLED_OFF.search(text) is not None]
    assert "The Brenton ferry vote was called off." in found  # a positive case: let through
    assert "THE TOLLS VOTE WAS ABANDONED." in found  # in capitals too
    assert "The vote was \u017fcrapped." in found  # a long s the pattern folds to "s"
    assert "The vote went ahead on Friday." not in found  # none of the words: skipped
    assert "The trawler was pulled from the water at dawn." not in found  # the pattern leaves it


def test_the_called_off_gate_equals_the_pattern_on_invented_and_generated_sentences(tmp_path: Path) -> None:
    sentences = [*CALLED_OFF, *OFF, *_sentences(), *_generated(tmp_path / "articles")]
    assert sum(1 for text in sentences if events._CALLED_OFF.search(text)) > 20  # positives among them
    for text in sentences:
        assert events._tells_off(text) == (events._CALLED_OFF.search(text) is not None), text
