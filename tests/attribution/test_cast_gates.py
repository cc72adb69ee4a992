"""The gates of `Cast` change its cost, never what it learns: over written texts and generated news,
the gated reading of a whole text equals the pattern tried everywhere."""

from __future__ import annotations

import sys
from pathlib import Path

from briefgen.attribution.cast import _GIVEN_ALONE, _TITLED, Cast, _titled
from briefgen.attribution.page import Page, paragraph_spans
from briefgen.sources import collect

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate

# Written for the given-name gate: a relative named by a given name alone in commas, a person known
# by a given name (found), and near ones: no kin word, a kin word in another sense or case, a known
# thing, "known" in other words (not found, or found only by the pattern's own reading).
TEXTS = (
    "Tam Orr came to the quay. His wife, Ilona, waved from the ferry.",
    "Vell's father, Brad, 39, stayed at the mill.",
    "The dock foreman, known only as Piet, spoke to the guild.",
    "The net mender, identified as Ruta, was hurt in the storm.",
    "The storm, known as Frank, hit the quays on Monday.",
    "His wife, Ilona Vell, waved from the ferry.",
    "The Sonnet Mill closed for the winter, its owners said.",
    "Tam Orr, a well-known ferryman, said the river was high.",
    "The guild's reason for the strike is unknown.",
    "Mason Orr met the tolls board on Tuesday.",
    "The harbour board said nothing of the berths.",
)


def _cast(text: str) -> Cast:
    return Cast(Page(text, paragraph_spans(text)))


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _cast(text)._given_alone()]


def _everywhere(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _GIVEN_ALONE.finditer(text)]


def test_the_given_name_gate_equals_the_pattern_on_written_texts() -> None:
    for text in TEXTS:
        assert _spans(text) == _everywhere(text), text
    assert _spans(TEXTS[0])  # a positive case: the gate lets it through
    assert _spans(TEXTS[2])  # "known only as Piet"
    assert not _spans(TEXTS[6])  # "Sonnet", "reason": no kin word as a word of its own, skipped
    assert not _spans(TEXTS[9])  # "Mason": skipped


def _generated(folder: Path) -> list[str]:
    generate(folder, 40, seed=11)
    return ["\n\n".join(a.paragraphs) for a in collect([folder]).articles]


def test_the_given_name_gate_equals_the_pattern_on_generated_news(tmp_path: Path) -> None:
    texts = [*_generated(tmp_path / "articles"), "\n\n".join(TEXTS), " ".join(TEXTS[:3])]
    assert len(texts) >= 40
    for text in texts:
        assert _spans(text) == _everywhere(text)


# Written for the title gate: roles of none to five words before a title and a name (found), six words
# (the pattern starts later), a title within a word, titles within titles ("Prime Minister",
# "Secretary-General"), one match right after another, across a line break, at the text's start and
# end; and near ones: a title with no name after it, a title word opening the name, lower-case words.
TITLED = (
    "President Ada Vell toured the quays.",
    "Deputy Harbour Board Chief Tam Orr resigned.",
    "The ferry guild's Senior Deputy Treasury Trade Minister Ines Quarle spoke first.",
    "Alpha Beta Gamma Delta Epsilon Zeta Minister Ines Quarle spoke first.",
    "VicePresident Ada Vell waved.",
    "Prime Minister Tam Orr and Secretary-General Ada Vell met Secretary General Ines Quarle.",
    "Mayor Ada Vell Governor Tam Orr Judge Ines Quarle",
    "The guild's\nchief executive Ada Vell\n\nsaid little.",
    "She met the former Senator Tam Orr. Then Sen. Ada Vell arrived.",
    "The President said nothing.",
    "Justice Minister Ada Quint spoke.",
    "the vice president of the mill said nothing.",
    "Gen. Tam Orr",
    "An official of the harbour, Ada Vell, declined.",
)


def _titles(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in _titled(text)]


def _titles_everywhere(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in _TITLED.finditer(text)]


def test_the_title_gate_equals_the_pattern_on_written_texts() -> None:
    for text in [*TITLED, " ".join(TITLED), "\n\n".join(TITLED)]:
        assert _titles(text) == _titles_everywhere(text), text
    assert [d["name"] for _, d in _titles(TITLED[5])] == ["Tam Orr", "Ada Vell", "Ines Quarle"]
    assert [d["role"] for _, d in _titles(TITLED[2])] == ["Senior Deputy Treasury Trade Minister"]
    assert not _titles(TITLED[9])  # "The President said nothing": no name after the title


def test_the_title_gate_equals_the_pattern_on_generated_news(tmp_path: Path) -> None:
    texts = _generated(tmp_path / "articles")
    assert sum(len(_titles_everywhere(text)) for text in texts) > 40  # positives among them
    for text in texts:
        assert _titles(text) == _titles_everywhere(text)
