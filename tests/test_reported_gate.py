"""The gate of `Reported.find` (`reported.REPORT_CUE`) changes its cost, never its reading: the
statements found in many texts (every string the team's attribution and Positions tests invented,
a few written here, and generated news) are the same with the gate as with every reading run."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from briefgen.attribution import extract, extract_paragraphs, reported
from briefgen.sources import collect

from .conftest import ROOT
from .test_timeline_gates import generate

# Written for the gate: a cue of each reading, and near sentences with none of them.
WRITTEN = (
    "Tam Orr said the quays would reopen in May.",
    "The quays would reopen in May, Tam Orr said.",
    "The quays would reopen in May, said Tam Orr, the harbour master.",
    "The guild raised the tolls, a move that Ines Quarle said would ruin the net menders.",
    "According to Ines Quarle, the tolls will rise.",
    "The tolls will rise, according to Ines Quarle, the guild's treasurer.",
    "The board approved the levy, saying the docks needed repairs.",
    "Ada Vell walked out of the hall, telling reporters that the vote was rigged.",
    "The guild released a statement saying the strike would go on.",
    "The Lorrin Courier quoted a guild official as saying the talks had failed.",
    "Ada Vell is telling reporters that the nets are sound and the tolls too high.",
    "The quays reopened in May after a long winter.",
    "The treasurer's statement on the tolls ran to four pages.",
    "Vell addressed the guild on the tolls.",
    "“The nets are sound,” Ada Vell said.",
    "The ferry sailed at noon with forty passengers.",
)


class _Ungated:
    """A pattern every sentence matches: all of `find`'s readings run."""

    def search(self, text: str) -> bool:
        return True


@cache
def _texts() -> tuple[str, ...]:
    """Every string of four words or more in the attribution and Positions tests."""
    found: list[str] = []
    paths = [
        *sorted((ROOT / "tests" / "attribution").glob("test_*.py")),
        *sorted((ROOT / "tests").glob("test_positions*.py")),
    ]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= 4:
                found.append(node.value)
    return tuple(dict.fromkeys(found))


def _statements(texts: list[str] | tuple[str, ...]) -> list[list[dict[str, Any]]]:
    return [[q.as_dict() for q in extract(t)] for t in texts]


def _check(texts: list[str] | tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _statements(texts)
    with monkeypatch.context() as patched:
        patched.setattr(reported, "REPORT_CUE", _Ungated())
        ungated = _statements(texts)
    for text, one, other in zip(texts, gated, ungated, strict=True):
        assert one == other, text


def test_gated_attribution_equals_ungated_on_invented_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = (*WRITTEN, *_texts())
    assert len(texts) > 1000
    _check(texts, monkeypatch)


def test_gated_attribution_equals_ungated_on_generated_news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate(tmp_path / "articles", 40, seed=13)
    articles = collect([tmp_path / "articles"]).articles
    assert len(articles) == 40

    def read() -> list[list[dict[str, Any]]]:
        return [[q.as_dict() for q in extract_paragraphs(a.paragraphs)[1]] for a in articles]

    gated = read()
    with monkeypatch.context() as patched:
        patched.setattr(reported, "REPORT_CUE", _Ungated())
        assert read() == gated
    assert sum(map(len, gated)) > 40


def test_the_gate_lets_every_cue_through_and_skips_sentences_without_one() -> None:
    for text in WRITTEN[:11]:
        assert reported.REPORT_CUE.search(text), text
        assert extract(text), text
    for text in WRITTEN[11:14] + WRITTEN[15:]:
        assert not reported.REPORT_CUE.search(text), text
        assert not extract(text), text
    # a direct quote is not `find`'s to read: its frame's verb lets the sentence through all the same
    assert reported.REPORT_CUE.search(WRITTEN[14])
