"""The first part of a quotation its frame splits is no statement when the second part completes its
clause (“He was the kind of man,” Ada Vell said, “that I would trust with my life.”); a first part that is
a whole clause, with the second adding one of its own (“… and the board knows it.”), stays. Invented text."""

from briefgen.attribution import extract
from briefgen.positions import says_something


def _said(text: str) -> dict[str, bool]:
    return {q.quote: says_something(q) for q in extract(text) if q.kind == "direct"}


def test_half_a_clause_cut_by_the_frame_is_no_statement() -> None:
    found = _said('"He was the kind of man," Ada Vell said, "that I would trust with my life."')
    assert found.get("He was the kind of man") is False
    assert (
        _said("“She is the only one,” Ada Vell said, “who stood up to the board.”").get("She is the only one") is False
    )


def test_a_whole_clause_before_the_frame_stays() -> None:
    found = _said('"The ferry is late again," Ada Vell said, "and the board knows it."')
    assert found.get("The ferry is late again") is True
    assert _said("“The quay will close,” Ada Vell said, “because the pilots are unpaid.”").get("The quay will close")
