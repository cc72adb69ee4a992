"""An article's analysis in two tiers (`analysis.first_tier`, `analysis.second_tier`): the first
alone reads no speaker, announcement or leaning sentence; both together are `analyse`, field for
field and in the stored form. Invented articles and names throughout."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from briefgen import analysis
from briefgen.analysis import SECOND_TIER, analyse, encode, first_tier, second_tier
from briefgen.models import Article


def _article(
    paragraphs: tuple[str, ...], published: date | None = date(2031, 4, 8), key_points: tuple[str, ...] = ()
) -> Article:
    return Article("t1", "Ferry levy vote", "/tmp/t1.txt", "The Quayside Post", published, key_points, paragraphs)


DATED = _article(
    (
        "Harbour councillors in Vellmouth voted on Tuesday to raise the ferry levy by a fifth.",
        "It said the money would repair the north quay before winter.",
        "“We cannot let the quay crumble another year,” said Talia Brennock, the harbour master.",
        "Brennock added that the board will meet on Friday to set the new fares.",
        "The ferry operator Orsel Lines said last month it had cancelled the spring timetable.",
        "Osric Vane, a ferry captain, said the levy would hurt islanders who commute daily.",
    ),
    key_points=("The levy rises by a fifth.", "The board meets on Friday."),
)
UNDATED = _article(
    (
        "The quay committee will hold a public hearing on Monday.",
        "Ada Vell, who chairs it, said every islander may speak.",
        "He told the hearing last spring that nothing had changed.",
    ),
    published=None,
)
EMPTY = _article(())


@pytest.mark.parametrize("article", [DATED, UNDATED, EMPTY], ids=["dated", "undated", "empty"])
def test_both_tiers_are_the_whole_analysis(article: Article) -> None:
    analysis.forget_sentences()
    whole = analyse(article)
    analysis.forget_sentences()
    tiered = second_tier(article, first_tier(article))
    assert tiered == whole and tiered.second
    assert encode(tiered) == encode(whole)


def test_the_dated_article_has_something_in_every_second_tier_field() -> None:
    """Otherwise the test above would prove nothing of them."""
    whole = analyse(DATED)
    assert whole.statements and whole.schedule and any(whole.leaning)
    assert {s.speaker for s in whole.statements} >= {"Talia Brennock", "Osric Vane"}


@pytest.mark.parametrize("article", [DATED, UNDATED], ids=["dated", "undated"])
def test_the_first_tier_is_the_whole_but_the_second_tier_fields(article: Article) -> None:
    whole, first = analyse(article), first_tier(article)
    for field in dataclasses.fields(analysis.Analysis):
        if field.name not in (*SECOND_TIER, "second"):
            assert getattr(first, field.name) == getattr(whole, field.name), field.name
    assert not first.second and first.statements == () and not any(first.leaning)
    assert len(first.leaning) == len(first.texts)
    # No announcement read: a dated article's are none; an undated one's are read at build time (None), as before.
    if article.published:
        assert first.schedule == {} and whole.schedule
    else:
        assert first.schedule is None and whole.schedule is None


def test_the_first_tier_reads_no_speaker_announcement_or_leaning(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a second-tier reading in the first tier")

    analysis.forget_sentences()
    for name in ("attribute", "announcement", "leans_on_context"):
        monkeypatch.setattr(analysis, name, refuse)
    first = first_tier(DATED)
    assert first.texts and first.keys and first.names and first.pasts
    monkeypatch.undo()
    analysis.forget_sentences()
    assert second_tier(DATED, first) == analyse(DATED)


def test_a_whole_analysis_is_given_back_and_a_first_tier_is_never_stored() -> None:
    whole = analyse(DATED)
    assert second_tier(DATED, whole) is whole
    with pytest.raises(ValueError, match="first tier"):
        encode(first_tier(DATED))
    assert analysis.decode(encode(whole)).second


def test_tiers_read_in_any_order_of_articles_agree() -> None:
    """Sentence memories shared by the tiers change no reading: the second tier of one article
    read after the first tiers of others (and the other way round) is its whole analysis."""
    articles = [DATED, UNDATED, dataclasses.replace(DATED, id="t2", published=date(2031, 4, 20))]
    analysis.forget_sentences()
    wholes = [analyse(a) for a in articles]
    analysis.forget_sentences()
    firsts = [first_tier(a) for a in reversed(articles)][::-1]
    assert [second_tier(a, f) for a, f in zip(articles, firsts, strict=True)] == wholes
