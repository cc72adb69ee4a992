"""Page lines that must not name the wrong one, and near cases that must stay: "which" after a body
and an aside telling who leads it, "which" after a clause that ends on a body, a body's report of
others notifying or warning someone, and a name with its relative clause in dashes. Every sentence
is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract
from briefgen.positions import named_outlets, on_page

from .test_positions_wrong_speakers_pos27 import printed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            'The Harbor Party, led by Tomas Brel, which said the tax was "theft," walked out of the talks.',
            "Harbor Party",
        ),
        (
            'The Orlen Chamber of Commerce, chaired by Lena Roth, which said the levy was "a burden," wrote in.',
            "Orlen Chamber",
        ),
    ],
)
def test_which_after_a_led_by_aside_is_the_body(text: str, body: str) -> None:
    got = printed(text, '"')
    assert got and all(body in who for who in got)


@pytest.mark.parametrize(
    "text",
    [
        'The Dock Union, headed by Ida Marsk, which called the offer "an insult," voted to strike.',
        'Tiel Shipping, run by Piet Orr, which said profits would be "flat," cut 40 jobs.',
    ],
)
def test_which_after_a_led_by_aside_never_gives_the_leader(text: str) -> None:
    assert not any(who.endswith(("Marsk", "Orr")) for who in printed(text, '"'))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # near cases: "who" after a led-by aside is the person; a body led by someone speaks itself
        ('The crew, led by Captain Ida Marsk, who said the storm was "the worst in years," reached port.', "Marsk"),
        ('The Harbor Party, led by Tomas Brel, said the tax was "theft."', "Harbor Party"),
        ('Ana Pell, who founded the Rivers Trust, said the dam was "a disaster."', "Ana Pell"),
    ],
)
def test_who_and_plain_subjects_beside_a_led_by_aside_stay(text: str, who: str) -> None:
    got = printed(text, '"')
    assert got and all(who in name for name in got)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('Piet Orr sued the Harbor Authority, which said the claim was "baseless."', "Harbor Authority"),
        ('Lena Roth joined the Dock Union, which said pay was "far too low."', "Dock Union"),
        ('Tomas Brel left Tiel Shipping, which said the split was "friendly."', "Tiel Shipping"),
    ],
)
def test_which_after_a_clause_is_the_body_it_ends_on(text: str, body: str) -> None:
    assert printed(text, '"') == [body]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # near cases: a name with a particle or "of" is still a name
        ('The Bank of Orlen, which said rates would stay "where they are," held its meeting.', "Bank of Orlen"),
        ('Omar al Brenn, who said the deal was "a fraud," left early.', "Omar al Brenn"),
    ],
)
def test_a_name_with_small_words_is_still_a_name(text: str, who: str) -> None:
    assert printed(text, '"') == [who]


@pytest.mark.parametrize(
    "text",
    [
        # near cases: the body's own view, its own warning, or others being told (passive)
        "The cuts will hurt every family in the valley, the Dock Union said.",
        "It warned that the cuts would hurt families, the Dock Union said.",
        "We warned the council a year ago, the Dock Union said.",
        "The union has been warned twice about the strike, the Harbor Authority said.",
    ],
)
def test_a_body_telling_its_own_view_stays(text: str) -> None:
    outlets = named_outlets(text)
    assert any(on_page(q, outlets) for q in extract(text) if q.cue == "trailing")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('Vell -- never one to mince words -- said the plan "ignores the tides."', "Vell"),
    ],
)
def test_an_aside_in_dashes_after_the_subject(text: str, who: str) -> None:
    assert printed(text, '"') == [who]


@pytest.mark.parametrize(
    "text",
    [
        # near cases: several named in dashes are no one speaker
        'The three owners -- Ida Marsk, Tomas Brel and Piet Orr -- said the plan "ignores the tides."',
        'Two harbor pilots -- Ida Marsk, 45, and Tomas Brel, 50 -- said the plan "ignores the tides."',
        # a name and its relative clause in dashes after a phrase of someone else's ("Supporters of
        # the mayor", "The widow of the founder"): never the one named
        'Supporters of the mayor -- Tomas Brel, who faces a recall vote -- said the petition was "a smear."',
        'The widow of the founder -- Piet Orr, who died in 2019 -- said the sale was "a betrayal."',
        'An aide to the governor -- Ida Marsk, who has not commented -- said the plan was "dead."',
    ],
)
def test_no_one_speaker_in_dashes(text: str) -> None:
    assert printed(text, '"') == []


def speakers(text: str) -> list[tuple[str, bool]]:
    return [(q.speaker, q.sure) for q in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        'Sen. Ida Marsk (D-Vt.) spoke on Monday. The senator from Vermont told reporters the levy was "unfair."',
        'Sen. Ida Marsk (D-Vt.) and Sen. Piet Orr (R-Iowa) spoke. The senator from Vermont told reporters the levy was "unfair."',
    ],
)
def test_a_title_from_the_place_the_text_gives_its_holder_is_them(text: str) -> None:
    assert speakers(text) == [("Ida Marsk", True)]


@pytest.mark.parametrize(
    "text",
    [
        # near cases: a place the text never gave the holder, or another state
        'Sen. Ida Marsk spoke on Monday. The senator from Orlen said the system was "broken."',
        'Sen. Ida Marsk (D-Vt.) spoke on Monday. The senator from Iowa said the system was "broken."',
    ],
)
def test_a_title_from_a_place_the_text_never_gave_them_is_not_sure(text: str) -> None:
    assert not any(sure for _, sure in speakers(text))


def test_a_description_opening_on_an_article_is_no_clause() -> None:
    # near case: "A spokesman for Ida Marsk" is no clause ending on her name
    text = (
        'A spokesman for Ida Marsk, leader of the Harbor Party, who said the vote was "rigged," declined to elaborate.'
    )
    assert "Ida Marsk" not in printed(text, '"')


def test_a_verb_in_a_clause_of_time_relays_no_one() -> None:
    # near case: the divers' saying is inside "once …", the body's own clause is its statement
    text = "The pier will reopen in June once divers have said it is safe, the Harbor Authority said in a statement."
    assert printed(text, "The pier will reopen") == ["Harbor Authority"]


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause of the one telling the notice, or the body's own announcement
        "The union warned members that a strike was likely, the Dock Union said.",
        "The announced cuts will close three mills, the Dock Union said.",
        "Customers are notified by text when a ferry is cancelled, the Harbor Authority said.",
        "The ministry has not informed us of any change, the Dock Union said.",
    ],
)
def test_a_notice_told_by_the_body_stays(text: str) -> None:
    outlets = named_outlets(text)
    assert any(on_page(q, outlets) for q in extract(text) if q.cue == "trailing")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Doctors against Hunger, which said the camps were "overrun," asked for aid.', "Doctors against Hunger"),
        ('The Committee to Protect Harbor Workers, which said the pier was "unsafe," wrote to the mayor.', "Committee"),
    ],
)
def test_small_words_inside_a_body_name(text: str, name: str) -> None:
    # (never a cut-down name: "Hunger", "Harbor Workers")
    assert all(name in who for who in printed(text, '"'))
