"""Cases a read-only review of session 24's key-point readings found wrong where the older code was
right, and the near cases that must keep their reading (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.framing import writers_verdict
from briefgen.selfcontained import definite_heads, leans_on_context


# A need someone is said to find, show, warn of or tell of is theirs, not the writer's; a thing
# overdue by a stated time, or a payment or a filing overdue, is a fact. A need judged by nobody
# stays the writer's verdict.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("A new seawall is essential, flood officials in Brenholt warned on Tuesday.", False),
        ("The Pellick ferry's refit is overdue by three years, records show.", False),
        ("Tax returns for the Ostrow Fund are overdue, the auditor found.", False),
        ("Repairs to the sluice are now imperative, engineers informed the council.", False),
        ("A new roof for the Carrow school is vital, a survey of the building suggests.", False),
        ("The rent on the Carrow quay is overdue by two months.", False),
        ("The refit of the Pellick ferry is overdue by nearly a year.", False),
        ("Water bills for the Pellick estate are overdue.", False),
        ("The Ostrow Fund's annual report is overdue, and its members are restless.", False),
        # nobody says it: the writer's
        ("An open and informed quarrel over the quay is necessary, if painful.", True),
        ("A well-informed debate on the Carrow toll is vital, if slow.", True),
        ("A rethink of the harbor toll is overdue by any fair measure.", True),
        ("Reform of the Brenholt ferry board is long overdue.", True),
        ("A reckoning over the rent rules is long overdue.", True),
        ("A reckoning about the unpaid bills is overdue.", True),
        ("A promised overhaul of the ferry board is long overdue.", True),
    ],
)
def test_a_need_someone_states_or_a_late_payment_is_no_writers_verdict(text: str, verdict: bool) -> None:
    assert writers_verdict(text) is verdict


# "also" giving its subject a second role or identity the sentence names is whole; a second act
# or a second thing undergone still leans on the first.
@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Ostrow Fund chief Lena Marsk is also the town's mayor.", False),
        ("Brenholt's deputy mayor Tomas Quell also serves as harbor master.", False),
        ("The Pellick quay warden Ida Renn also acts as the port's fire chief.", False),
        ("Carrow port treasurer Ilse Dorn is also a director of the ferry line.", False),
        ("Ilse Dorn is also a suspect in the fire at the quay.", True),
        ("The Brenholt river is also the name of a hill in the south.", False),
        # a second act or state, the first untold
        ("Carrow Quarry Co. is also facing a lawsuit from former workers.", True),
        ("The pilots' guild of Carrow is also the target of a police inquiry.", True),
        ("The ferry board also served notice on the pilots.", True),
        ("The ferry board of Pellick also said it would raise its fares.", True),
        ("The mayor of Brenholt will also attend the summit in Carrow.", True),
        ("Police in Pellick have also arrested a second man in the fire.", True),
    ],
)
def test_also_naming_a_second_role_is_whole(text: str, leans: bool) -> None:
    assert leans_on_context(text) is leans


# An event whose "of …" or "on …" phrase names whose it is says which; an unnamed one does not.
@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The resignation of Mayor Lena Marsk came after a row over quay contracts.", None),
        ("The vote of the Pellick council on the toll came as a relief to ferry owners.", None),
        ("The arrest of Tomas Quell followed weeks of protests at the quay.", None),
        ("The resignation of the mayor came after a row over quay contracts.", "resign"),
        ("The vote on the toll came days after the ferry sank.", "vote"),
    ],
)
def test_an_event_whose_phrase_names_someone_says_which(text: str, head: str | None) -> None:
    heads = definite_heads(text)
    if head is None:
        assert not {"resign", "vote", "arrest"} & heads
    else:
        assert head in heads
