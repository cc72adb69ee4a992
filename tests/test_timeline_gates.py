"""The gates of `timeline.announcement` change its cost, never its reading: over many sentences
(the invented ones of the team's next-step tests, a few written here, and generated news), the
gated reading equals the ungated one, against several article days.

(`_announced` and `_day_occasion` are the two readings, run here without the gates; `_still_outstanding` reads
what neither finds in a sentence without a date.)
"""

from __future__ import annotations

import ast
import sys
from datetime import date
from functools import cache
from pathlib import Path

from briefgen import timeline
from briefgen.corpus import split_article
from briefgen.dates import find_dates, next_weekday_unsure
from briefgen.sources import collect

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate

DAYS = (date(2025, 3, 18), date(2024, 12, 30), date(2026, 6, 5))

# Written for the gates: undated sentences with and without a future, a relative clause on a person
# around the future (the one step `_announced` takes without a date), a day told as a possessive.
WRITTEN = (
    "The ferry guild will hold a ballot on the new tolls.",
    "The ferry guild held a ballot on the new tolls.",
    "Tam Orr, who will retire as treasurer, said the books were sound.",
    "Tam Orr, who retired as treasurer, said the books were sound.",
    "Orr, whom the guild will honour, thanked the net menders.",
    "If the brewers back Brell, the tariff falls.",
    "Thursday's ballot will decide whether the strike goes ahead.",
    "The harbour board is due to rule on the berths.",
    "The harbour board ruled on the berths.",
    "Ines Quarle, who is expected to stand again, toured the quays.",
    "Nobody will attend the vigil.",
    "The market hall reopens next week.",
    "Prices of rye rose sharply, the millers said.",
    # undated sentences the reading does announce (the gate must let them through) and near ones it does not
    "The mayor is to unveil the new quay plan.",
    "Tam Orr's trial is due to begin.",
    "Ada Vell, who had planned to retire, will meet the tolls board.",
    "The strike begins at midnight.",
    "The vote was postponed indefinitely.",
    "The millers will strike unless the levy is cut.",
)


@cache
def _sentences() -> tuple[str, ...]:
    """The team's invented next-step sentences (string constants of the timeline and next-step
    tests), the ones written here, and the sentences of 40 generated articles."""
    found: list[str] = list(WRITTEN)
    for path in [*sorted((ROOT / "tests").glob("test_next_steps_*.py")), ROOT / "tests" / "test_timeline.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= 4:
                found.append(node.value)
    return tuple(dict.fromkeys(found))


def _generated(folder: Path) -> list[str]:
    generate(folder, 40, seed=11)
    return [t for a in collect([folder]).articles for t, _, _ in split_article(a)]


def _ungated(text: str, ref: date) -> timeline.Announcement | None:
    found = timeline._announced(text, ref)
    found = found if found is not None else timeline._day_occasion(text, ref)
    found = found if found is not None else timeline._next_occasion(text, ref, find_dates(text, ref))
    found = found if found is not None or not find_dates(text, ref) else timeline._fronted_occasion(text, ref)
    if found is None and not find_dates(text, ref):  # (a third reading, of the undated only: not a gate)
        found = timeline._still_outstanding(text)
    if found is not None and found[1] is not None and next_weekday_unsure(found[1].expression, ref):
        return None  # (what `announcement` leaves out after both readings: not a gate)
    if found is not None and any(timeline._being_counted(text, found[0], f) for f in find_dates(text, ref)):
        return None  # (the same: a ballot being counted)
    if found is not None and timeline._timed_from_another(text, found):
        return None  # (the same: an undated event timed from another occasion)
    return found


def test_gated_reading_equals_ungated_on_invented_sentences() -> None:
    sentences = _sentences()
    assert len(sentences) > 500
    for ref in DAYS:
        for text in sentences:
            assert timeline.announcement(text, ref) == _ungated(text, ref), (text, ref)


def test_gated_reading_equals_ungated_on_generated_news(tmp_path: Path) -> None:
    sentences = _generated(tmp_path / "articles")
    assert len(sentences) > 400
    for ref in DAYS:
        for text in sentences:
            assert timeline.announcement(text, ref) == _ungated(text, ref), (text, ref)


def test_the_gates_skip_undated_sentences_only_when_nothing_can_be_read() -> None:
    ref = DAYS[0]
    # a future without a date: read in full (the gate lets it through)
    assert timeline._may_announce_undated(WRITTEN[0])
    assert timeline.announcement(WRITTEN[0], ref) == _ungated(WRITTEN[0], ref)
    # a future in a relative clause on a person (the sentence's reading announces): the gate lets it through too
    assert timeline._may_announce_undated(WRITTEN[2])
    # a past without a date: skipped, and nothing to read
    assert not timeline._may_announce_undated(WRITTEN[1])
    assert timeline.announcement(WRITTEN[1], ref) is None
    # a possessive day: dated, so the day-occasion reading runs
    assert timeline.announcement(WRITTEN[6], ref) == _ungated(WRITTEN[6], ref)


def test_a_name_pattern_depends_on_the_name_alone() -> None:
    """The cast's name patterns are kept for the process: an article read after another that shares
    a surname reads the same as when read alone (nothing of the first passes to it)."""
    from briefgen.analysis import analyse, encode, forget_sentences
    from briefgen.attribution import cast
    from briefgen.models import Article

    first = Article(
        "a",
        "Quays",
        "a.txt",
        None,
        date(2025, 3, 17),
        (),
        ("Tam Orr's wife, Ada Orr, said the quays would reopen.", "Orr said the tolls were too high."),
    )
    second = Article(
        "b",
        "Nets",
        "b.txt",
        None,
        date(2025, 3, 18),
        (),
        ("Ines Orr, the daughter of Tam Orr, told the guild the nets were sound.", "Orr said she would stay."),
    )

    def fresh() -> str:
        for made in (cast._kin_pattern, cast._alone_pattern):
            made.cache_clear()
        forget_sentences()
        return encode(analyse(second))

    alone = fresh()
    encode(analyse(first))
    assert encode(analyse(second)) == alone
    assert cast._kin_pattern("Orr") is cast._kin_pattern("Orr")
    assert fresh() == alone
