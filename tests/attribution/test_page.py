"""The page: the corpus's own sentences, quote marks (curly, straight, British single), nicknames,
quotations running over paragraphs, and the frame of a sentence with its quotes blanked."""

from __future__ import annotations

from briefgen.analysis import make_corpus
from briefgen.attribution import extract_paragraphs
from briefgen.attribution.page import Page, paragraph_spans
from briefgen.models import Article

from .conftest import said


def _page(text: str) -> Page:
    return Page(text, paragraph_spans(text))


def _sentences(page: Page) -> list[str]:
    return [page.text[s.start : s.end] for s in page.sentences]


def test_sentences_are_the_corpus_sentences_and_statements_point_at_them() -> None:
    paragraphs = (
        "HALDEN, June 3 (Team Wire) — The harbour board met on Monday. “We will reopen the north quay,” said Sen. Ida Moen.",
        "“How long will it take? Nobody knows,” Moen asked. Port director Lars Vik said the work would take a month.",
    )
    article = Article("a1", "Quay", "a1.txt", None, None, (), paragraphs)
    corpus = make_corpus([article])
    text, found = extract_paragraphs(paragraphs)
    page = Page(text, [(0, len(paragraphs[0])), (len(paragraphs[0]) + 2, len(text))])
    assert [" ".join(s.split()) for s in _sentences(page)] == [s.text for s in corpus.sentences]
    # "said Sen. Ida Moen." and "Nobody knows,” Moen asked." are not cut at their full stops.
    assert [s.text for s in corpus.sentences][1] == "“We will reopen the north quay,” said Sen. Ida Moen."
    assert [s.text for s in corpus.sentences][2] == "“How long will it take? Nobody knows,” Moen asked."
    for statement in found:
        assert corpus.sentences[statement.position].text == statement.anchor
    assert [(q.speaker, q.position) for q in found] == [("Ida Moen", 1), ("Ida Moen", 2), ("Lars Vik", 3)]


def test_quote_marks_curly_straight_and_single() -> None:
    page = _page('“We are ready,” she said. "Not yet," he said.')
    assert [(page.text[s.start : s.close], s.closed) for s in page.spans] == [
        ("We are ready,", True),
        ("Not yet,", True),
    ]
    british = _page("'We have the boats and the crews,' the mayor said. Don't worry, it's fine.")
    assert [british.text[s.start : s.close] for s in british.spans] == ["We have the boats and the crews,"]


def test_a_nickname_is_part_of_a_name_and_a_title_is_nobodys_words() -> None:
    page = _page("Defender Tomas “Tommy” Berg said he would play. He told NBC's “Morning Edition” that he was fit.")
    nickname, title = page.spans
    assert nickname.name and not title.name
    assert page.is_title(title)
    assert "Tommy" not in page.plain


def test_a_quotation_over_paragraphs_is_one_group() -> None:
    page = _page("“We start on Monday,” the mayor said. “The barges are ready.\n\n“The crews are not.”\n\nOther news.")
    first, second, third = page.spans
    assert not second.closed and second.group == third.group != first.group


def test_wire_dateline_is_not_part_of_the_first_sentence() -> None:
    page = _page("OSLO, Norway, Feb 2 (Team Wire) — The ferry union said the strike would end.")
    assert page.text[page.sentences[0].start : page.sentences[0].end] == "The ferry union said the strike would end."


def test_a_dateline_set_off_by_a_horizontal_bar_is_not_part_of_the_first_sentence() -> None:
    page = _page("MARLOW ― The ferry union said the strike would end.")
    assert page.text[page.sentences[0].start : page.sentences[0].end] == "The ferry union said the strike would end."


def test_masked_blanks_quoted_words_and_keeps_length() -> None:
    page = _page("The minister called it “a waste of money,” aides said.")
    masked = page.masked(0, len(page.text))
    assert len(masked) == len(page.text)
    assert "waste" not in masked and masked.startswith("The minister called it “") and "aides said" in masked


def test_outside_quotes_is_the_text_of_every_offset_not_inside_a_quote() -> None:
    # Invented text: curly, straight and unclosed quotes, a nickname, a quote over paragraphs,
    # quotes that touch; every range of it, against the character-by-character reading.
    text = (
        '“We sail at dawn,” said Orla Venn. "Not yet," Captain Bram “Stormy” Hale replied, "the tide"'
        "“turns late.”\n\n“The quay is closed\n\n“until Friday,” the harbour office said. She said “maybe"
    )
    page = _page(text)
    assert page.spans
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 7):
            expected = "".join(ch for i, ch in enumerate(text[start:end], start) if not page.inside_quote(i))
            assert page.outside_quotes(start, end) == expected
    assert page.outside_quotes(0, 18) == "“”"  # the marks stay, the words inside go


def _quoted(text: str) -> list[tuple[str, bool]]:
    page = _page(text)
    return [(page.text[s.start : s.close], s.closed) for s in page.spans]


def test_an_opening_mark_typed_for_a_closing_one_closes_the_quotation() -> None:
    # raw web copy: “ after the last word (or its comma) and before a space is the closing mark
    assert _quoted("“The tolls will hurt us here,“ said Tomas Brel, a ferry captain.") == [
        ("The tolls will hurt us here,", True)
    ]
    assert _quoted("The mayor mocked the film “Harbour Lights“ and called the book “gloomy,” a critic said.") == [
        ("Harbour Lights", True),
        ("gloomy,", True),
    ]
    assert _quoted("The film “Tides“, a hit, and “Cars” were shown.") == [("Tides", True), ("Cars", True)]
    assert said("“The tolls will hurt us here,“ said Tomas Brel, a ferry captain.") == [
        ("Tomas Brel", "The tolls will hurt us here")
    ]


def test_an_opening_mark_after_a_space_still_opens() -> None:
    # (near cases: a stray space before the mark, a quote opening after a comma)
    assert _quoted("“The fees are fair,” he said,“ and the crews agree.”") == [
        ("The fees are fair,", True),
        (" and the crews agree.", True),
    ]
    assert _quoted("“We will go,” he said. “We will stay,” she said.") == [
        ("We will go,", True),
        ("We will stay,", True),
    ]


def test_a_quotation_quoted_inside_one_with_double_marks_is_part_of_it() -> None:
    text = "“Tomas Brel’s boast that the pier “pays for itself” shows he never read the accounts,” wrote Ana Pell."
    assert _quoted(text) == [
        ("Tomas Brel’s boast that the pier “pays for itself” shows he never read the accounts,", True)
    ]
    assert said(text) == [
        ("Ana Pell", "Tomas Brel’s boast that the pier “pays for itself” shows he never read the accounts")
    ]


def test_an_unclosed_quotation_then_another_is_not_read_as_nested() -> None:
    # no closing mark after the inner one's: the first closing mark is the quotation's, as before
    assert _quoted("“We will go, he said. “We will stay,” she said.") == [("We will go, he said. “We will stay,", True)]
    assert _quoted("“We will go, he said. “We will stay,” she said. “Not me.”") == [
        ("We will go, he said. “We will stay,", True),
        ("Not me.", True),
    ]


def test_a_closing_mark_right_after_an_inch_sign_closes_the_quotation() -> None:
    text = "“The new mast clears the old shed by a foot; it stands 9’4”,” Tomas Brel said on Sunday."
    assert _quoted(text) == [("The new mast clears the old shed by a foot; it stands 9’4”,", True)]
    assert said(text) == [("Tomas Brel", "The new mast clears the old shed by a foot; it stands 9’4”")]
    # (near cases: quotations in a row, a closing mark then a comma and more words)
    assert _quoted("“A,” “B,” and “C” are the options.") == [("A,", True), ("B,", True), ("C", True)]
    assert _quoted("He called the plan “big”, and the crowd cheered “more,” then left.") == [
        ("big", True),
        ("more,", True),
    ]


def test_a_mistyped_mark_closing_a_title_inside_a_quotation_keeps_the_quotation() -> None:
    from briefgen.attribution import quotes

    for text, speaker in (
        ("“I watched “Harbour Lights“ three times as a boy,” said Tomas Brel, the director.", "Tomas Brel"),
        ("“They call this a “temporary“ closure, but it has lasted a year,” said Kara Vell, a captain.", "Kara Vell"),
        ('“They call it “temporary“ but it has lasted a year," said Kara Vell.', "Kara Vell"),
        ("“The screens are 55“ wide and nobody can read them,” said Kara Vell, a teacher.", "Kara Vell"),
    ):
        found = [q for q in quotes(text) if q["kind"] == "direct"]
        assert [q["speaker"] for q in found] == [speaker], text
        assert str(found[0]["quote"]).endswith(("boy", "year", "them")), text
