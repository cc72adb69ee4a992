"""Next steps read in session 24: a thing set for release on a day, told in a reduced relative ("a memoir set for
release on March 20"), is its release on that day; an occasion named by its day whose own verb undoes it ("Next
Monday's vote is off") is no step. The paper is Wednesday's (4 March 2026). Each rule with the nearby sentences it
must leave alone. (All sentences invented.)"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.timeline import announcement

WEDNESDAY = date(2026, 3, 4)


def _when(sentence: str) -> str | None:
    found = announcement(sentence, WEDNESDAY)
    if found is None or found[1] is None:
        return None
    return found[1].day.isoformat() if found[1].day else found[1].period


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Orr is making a film set for release on March 20.", "2026-03-20"),
        ("Orr is writing a memoir set to be published in the autumn.", "2026-FA"),
        ("But a survey of pilots to be published on Friday by the guild suggests tolls hurt trade.", "2026-03-06"),
        ("So ends the trailer of 'Salt Roads' -- a film set for release by Hollin Pictures on March 20.", "2026-03-20"),
        ("Vell's memoir, set for release on March 20, tells of her years at sea.", "2026-03-20"),
        ("Vell's memoir, set to be published by Hollin Press next month, tells of her years at sea.", "2026-04"),
        (
            "A survey of pilots, to be released next week by two clerks, suggests that tolls have hurt trade.",
            "2026-W11",
        ),
    ],
)
def test_a_thing_set_for_release_on_a_day(sentence: str, day: str) -> None:
    assert _when(sentence) == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Orr has talked to Vell about appearing on a Brell Radio special with Tam Quarle airing on March 23.",
            "2026-03-23",
        ),
        ("A new episode premiering March 20 follows the pilots.", "2026-03-20"),
    ],
)
def test_a_programme_airing_on_a_day(sentence: str, day: str) -> None:
    assert _when(sentence) == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Quint told the Courier in a long harbour interview airing Friday that tolls must go.",  # where a saying was made
        "The guild's radio ad airing Friday attacks Orr.",  # an advert: a campaign on the air
        "The guild plans to flood the wards with a radio ad starting March 26.",
        "The documentary airing Friday was pulled by the guild.",
        "A documentary airing last Sunday angered the guild.",
        "A special airing on Friday could sway the wards.",
        "Critics want the documentary airing on Friday to be pulled.",
        "Orr's interview airing Sunday was taped last week.",
    ],
)
def test_no_programme_airing(sentence: str) -> None:
    assert announcement(sentence, WEDNESDAY) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Orr urged the salvage files to be released by Friday.",  # a demand, not a schedule
        "Vell called for the ledger to be released on Friday.",
        "Critics waited for the study to be released on Monday.",
        "Orr wants the accounts to be published in March.",
        "A film set for release on Friday was pulled by the studio.",  # undone
        "A film set for release on Friday, the studio said, was pulled.",
        "The studio said a film set for release on Friday had been shelved.",
        "A memoir set for release last May sold well.",  # a past day
        "A tower scheduled to open this year stands empty.",  # a year: no day to attend
        "The film, released on Friday, drew crowds.",  # released, not set for release
        "A film set in 1920 opens the festival.",  # a setting, no release
        "The ledger to be released Friday could show a loss.",  # a maybe
    ],
)
def test_no_release_set(sentence: str) -> None:
    assert announcement(sentence, WEDNESDAY) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Next Monday's vote is off.",
        "Next Monday's vote is now off.",
        "Next Monday's vote in Lorrin is off, the clerk said.",
        "Next Monday's vote has been called off.",
        "Next Monday's vote was postponed indefinitely.",
        "The March 9 ballot in Lorrin has been scrapped.",
        "The Lorrin ballot on March 20 is off, the clerk said.",
        "The ballot in Lorrin on March 20 has been scrapped.",
    ],
)
def test_an_occasion_undone_is_no_step(sentence: str) -> None:
    assert announcement(sentence, WEDNESDAY) is None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Next Monday's vote was moved to Friday.", "2026-03-06"),  # a move sets the new day
        ("Next Monday's vote has been pushed back to March 20.", "2026-03-20"),
        ("Next Monday's vote is the last before the recess.", "2026-03-09"),
        ("Next Monday's vote has been set.", "2026-03-09"),
        ("The ballot on March 20 is the last before the recess.", "2026-03-20"),
        ("The ballot on March 20 was moved to April 2.", "2026-04-02"),
        ("The rally on Saturday is off-limits to reporters.", "2026-03-07"),  # a compound, no calling off
    ],
)
def test_an_occasion_not_undone_stands(sentence: str, day: str) -> None:
    assert _when(sentence) == day


# A sitting's pause told in the past, then "and would" with its next day (`events._Sentence.paused_before`): the
# report tells the day it sits again, read as the future of a past (a weekday is the one after the pause's day).
TUESDAY_NOV = date(2026, 11, 17)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Lorrin assembly adjourned Monday and would convene again Nov. 25.", "2026-11-25"),
        ("After a stormy sitting, the tolls board adjourned and would reconvene Nov. 25.", "2026-11-25"),
        ("The harbour guild recessed and would meet again on Nov. 30.", "2026-11-30"),
        ("The wage talks broke off Monday and would resume on Thursday.", "2026-11-19"),
    ],
)
def test_a_pause_then_its_next_sitting(sentence: str, day: str) -> None:
    found = announcement(sentence, TUESDAY_NOV)
    assert found is not None and found[1] is not None and found[1].day == date.fromisoformat(day)


@pytest.mark.parametrize(
    "sentence",
    [
        "The wage talks broke off Friday and would resume on Monday.",  # that Monday is yesterday
        "The Lorrin assembly adjourned and would reconvene later.",  # no day: a past's future is no step without one
        "The Lorrin assembly met Monday and would vote Nov. 25.",  # no pause
        "The harbour guild broke the deadlock and would vote Nov. 25.",  # "broke" no pause
        "The Lorrin assembly adjourned, and would convene again Nov. 25.",  # a new clause
        "The Lorrin assembly adjourned and would reconvene Nov. 25 if the reeve agreed.",
        "The Lorrin assembly adjourned and would have reconvened on Nov. 25 but for the flood.",
        "The Lorrin assembly adjourned and would not reconvene before Nov. 25.",
        "In 2019 the Lorrin assembly adjourned in May and would reconvene on Nov. 25.",
        "The Lorrin assembly adjourned Monday and would reconvene every Thursday.",
        "The Lorrin assembly adjourned Monday and would reconvene Nov. 10.",  # gone by the paper's day
    ],
)
def test_no_next_sitting(sentence: str) -> None:
    assert announcement(sentence, TUESDAY_NOV) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # the thing is the object of a verb that stops it, or of a wish, a permission or an expectation
        "The Hollin publisher pulled a memoir set for release on March 20.",
        "Censors banned a film set for release on March 19.",
        "Vell's lawyers won an injunction against a memoir set for release on March 20.",
        "The guild sued to stop a book set for release on March 20.",
        "The board voted not to allow the ledger to be published on March 16.",
        "The judge refused to allow the footage to be released on March 16.",
        "The guild said it expects the tolls figures to be published on March 16.",
        "Orr expects the memoir to be published on March 20.",
        # set for a day, then undone
        "The album was set for release on March 20 but was pulled after the lawsuit.",
    ],
)
def test_a_release_stopped_wished_or_once_set_is_no_step(sentence: str) -> None:
    assert _when(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Fans lined up for a novel set for release on March 20.", "2026-03-20"),
        ("Orr will promote a memoir set for release on March 20.", "2026-03-20"),
        ("Critics predicted the figures to be released on March 12 would show a slump.", "2026-03-12"),
        ("Critics praised a memoir set for release on March 20.", "2026-03-20"),
        ("Censors approved a film set for release on March 19.", "2026-03-19"),
    ],
)
def test_a_release_near_the_stopped_ones_stands(sentence: str, day: str) -> None:
    assert _when(sentence) == day


@pytest.mark.parametrize(
    "sentence",
    [
        "The memoir, once set for release on April 20, is now expected in the autumn.",
        "The memoir, originally set for release on April 20, is now expected in the autumn.",
    ],
)
def test_a_day_a_release_was_once_set_for_is_not_its_day(sentence: str) -> None:
    # (what the sentence now expects may stand: the autumn)
    assert _when(sentence) in (None, "2026-FA")


def test_an_occasion_sent_off_to_the_printers_is_not_undone() -> None:
    assert _when("Next Monday's vote is off to the printers, the clerk said.") == "2026-03-09"
    assert _when("The March 20 vote in Lorrin is off for now, and no new date has been set.") is None


def test_a_pause_then_a_denied_return_is_no_next_sitting() -> None:
    # "would not return until January": a negated reading passed through the pause; leave it out
    assert (
        announcement("The Lorrin assembly adjourned on Nov. 1 and would not return until January.", TUESDAY_NOV) is None
    )
    assert (
        announcement("The Lorrin assembly adjourned Monday and would never reconvene on Nov. 25.", TUESDAY_NOV) is None
    )


def _steps_of(*articles: tuple[str, date, str]) -> list[str]:
    """The next steps a brief of 2026-06-11 lists from one-paragraph articles (id, day, text)."""
    from briefgen.analysis import make_corpus
    from briefgen.models import Article
    from briefgen.timeline import next_steps

    corpus = make_corpus([Article(i, i, f"{i}.txt", f"Outlet {i}", day, (), (text,)) for i, day, text in articles])
    return [s.text for s in next_steps(corpus, lambda text: 1.0, date(2026, 6, 11))]


_ANNOUNCED = (
    "a1",
    date(2026, 6, 8),
    "The Lorrin council will vote on the harbor plan on Monday, June 15, its clerk said.",
)


@pytest.mark.parametrize(
    "later",
    [
        "Next Monday's vote in Lorrin on the harbor plan is off, the mayor said on Wednesday.",
        "The council's vote on the harbor plan has been called off, the mayor said on Wednesday.",
    ],
)
def test_an_occasion_a_later_article_tells_as_off_is_no_next_step(later: str) -> None:
    assert _steps_of(_ANNOUNCED, ("a2", date(2026, 6, 10), later)) == []


@pytest.mark.parametrize(
    "later",
    [
        "The school board's vote on the budget has been called off, the mayor said on Wednesday.",
        "The ballot papers for the council's vote on the harbor plan are off to the printers.",
    ],
)
def test_another_occasion_called_off_or_papers_sent_off_leave_the_step(later: str) -> None:
    assert _steps_of(_ANNOUNCED, ("a2", date(2026, 6, 10), later)) == [_ANNOUNCED[2]]
