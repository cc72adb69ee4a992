"""Key points: readings added after the read-outs of session 23 (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.analysis import make_corpus
from briefgen.keypoints import colour
from briefgen.selfcontained import leans_on_context
from briefgen.standing import backdrop, unknown_yet


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
        # a share of a body, or a paper that carries words, counts no speaker
        ('"We will strike," a third of the dockers said in a poll.', False),
        ('"The levy will go," says another report by the Vell audit office.', False),
        ('"Stay indoors," another warning issued by the wardens said.', False),
        # how much of a stretch the sentence names ("this 2026 harvest"), not of what was told
        ("None of this 2026 harvest reached the Vell market.", False),
        ("Much of this $40 million pier fund has been spent, the Vell auditor said.", False),
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
