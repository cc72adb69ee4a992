"""Key points: readings added after the read-outs of session 23 (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.analysis import make_corpus
from briefgen.keypoints import colour
from briefgen.selfcontained import leans_on_context
from briefgen.standing import backdrop, feelings_scene, unknown_yet


# People's feelings with nothing that happened: colour.
@pytest.mark.parametrize(
    "text",
    [
        "In Orn, grief hangs over the harbour like fog.",
        "The widows of the Tarn's crew waited at the quay, heartbroken.",
        "Along the quay, the skippers' wives stood frantic in the rain.",
    ],
)
def test_feelings_with_nothing_that_happened_are_colour(text: str) -> None:
    assert feelings_scene(text)


# … and feelings beside an event, a count or a demand are news.
@pytest.mark.parametrize(
    "text",
    [
        "Relatives wept as the court in Vell sentenced Orr to ten years.",
        "Grieving families demanded an inquiry into the sinking of the Tarn.",
        "Tearful crowds watched 40 coffins carried from the Kessel mine.",
        "The guild chair said the shift had been evacuated before the roof gave way.",
        # a statement, or an act `development` lists no event for, beside the feeling
        "Tearful deckhands told the wardens the skipper had left the Tarn before it sank.",
        "The grieving brother of the skipper sued the Vell ferry line on Tuesday.",
        "Wardens fired tear gas at frantic crowds pushing toward the grain store in Orn.",
        # what people did, with the feeling beside it, or what they want done
        "Traders panicked after the Vell bank doubled its lending rate without warning.",
        "Panic selling hit the Vell grain exchange as the harvest failed.",
        "Grieving ferrymen staged a sit-in at the harbour office on Friday.",
        "The crews' families, distraught and angry, want the ferry line's owner to face trial.",
    ],
)
def test_feelings_beside_news_are_no_scene(text: str) -> None:
    assert not feelings_scene(text)


def test_what_is_not_known_yet_is_no_key_point() -> None:
    assert unknown_yet("It was still not clear which road the minister took to Orn or when she would leave.")
    assert unknown_yet("It is unclear whether the ferry talks will resume.")
    # news joined to it, or the gap inside a statement, is news
    assert not unknown_yet("It was not clear why the barge sank, but wardens said two crewmen were held.")
    assert not unknown_yet("Wardens said it was not clear why the barge sank.")
    assert not unknown_yet("It was clear by noon that the dyke had held.")
    assert not unknown_yet("It is unclear whether the truce will hold after rebels shelled the Orn depot overnight.")
    assert not unknown_yet(
        "It was not known how many drowned when the dyke gave way, though wardens put the toll at 12."
    )
    assert not unknown_yet("It is unknown whether the blight spread beyond the farms where 3,000 sheep were culled.")
    assert not unknown_yet("It was not clear how many were hurt in the blast, which wrecked the Orn grain depot.")


def test_colour_reads_both() -> None:
    corpus = make_corpus([])
    assert colour(corpus, "It remains unknown who set the fire at the Orn depot.")
    assert not colour(corpus, "Police arrested two men over the fire at the Orn depot on Monday.")


# A speaker counted among ones not met ("a third lawyer", "another member") in a quotation's tag leans
# on the sentences before it; a compound that says what it counts, a plain tag, or "another" as what is
# said, does not.
@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ('"We will appeal the ruling," a third lawyer told the court in Vell.', True),
        ('"The ferry will not sail," added a second guild official at the quay.', True),
        # the tag names the counted speaker right after: the reader knows who speaks
        ('"We will appeal the ruling," a third lawyer, Ines Orr, told the court in Vell.', False),
        ('"We are ready to sail," said another guild, the Vell boatmen, in a letter.', False),
        ('"The guild will not sign," said another member of the ferry guild.', True),
        ('"We will appeal the ruling," said Orr, a third-generation ferryman from Vell.', False),
        ('"We will appeal the ruling," a guild lawyer, Ines Orr, told the court in Vell.', False),
        ("The guild said another strike would begin on Monday at the Vell quay.", False),
    ],
)
def test_a_counted_speaker_in_a_quotations_tag_leans_on_context(text: str, leans: bool) -> None:
    assert leans_on_context(text) is leans


# Who was where when the story's event happened: the event told again as a backdrop.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Most of the crew were ashore at the Vell inn when the storm hit.", "storm"),
        ("The guild hall was empty when the fire started.", "fire"),
        # what someone did, or a clause of news joined on, is news
        ("Police arrested two men when the riot began outside the Vell stadium.", None),
        ("Orr was in the hall when the fire broke out, and he led 40 children to safety.", None),
        ("The guild hall was empty on Monday.", None),
        ("The Orr family was at home when the storm hit and their roof caved in.", None),
        # what it was doing then (the cargo of a tanker) is no mere where
        ("The barge was carrying 400 tons of grain when the storm struck off Vell.", None),
    ],
)
def test_the_backdrop_of_an_event_is_told_by_its_noun(text: str, event: str | None) -> None:
    assert backdrop(text) == event
