"""The reader end to end: `quotes(text)`, offsets and sentence positions, `briefgen quotes`, any text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefgen import quotes
from briefgen.attribution import extract
from briefgen.cli import app

from ..conftest import UKRAINE, Runner, write_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP style: party and state after a senator, weekday without "on", ages in commas
        (
            "Sen. Ada Lorrin, D-Conn., who drafted the ferry bill, said Tuesday it was far from perfect.",
            [("Ada Lorrin", "indirect", "it was far from perfect")],
        ),
        (
            "Jim Alvarado, 67, said he did not know whether his house was standing.",
            [("Jim Alvarado", "indirect", "he did not know whether his house was standing")],
        ),
        ("Rep. Nancy Pelosi (D-Calif.) said the bill was dead.", [("Nancy Pelosi", "indirect", "the bill was dead")]),
        # "of" after a name is where they are from
        (
            "Mayor Oscar Leeser of El Paso said his city had been overwhelmed.",
            [("Oscar Leeser", "indirect", "his city had been overwhelmed")],
        ),
        # what an organisation is, before its name
        (
            "Housing charity Shelter said the waiting list had grown to 17,000 households.",
            [("Shelter", "indirect", "the waiting list had grown to 17,000 households")],
        ),
        # the maker of a statement
        (
            "A statement from the White House said the president would sign the bill.",
            [("White House", "indirect", "the president would sign the bill")],
        ),
        (
            "“We will not back down,” according to a statement from the Foreign Ministry.",
            [("Foreign Ministry", "direct", "We will not back down")],
        ),
        # a spokesman the text does not name is described, an office holder is not guessed
        ("Putin's spokesman said the call went well.", [("Putin's spokesman", "indirect", "the call went well")]),
        ("Ukraine’s top commander said his troops were not surrounded.", []),
        # acronyms are spelled out when the text does so
        (
            "The United Nations warned of famine. The war has forced 12 million from their homes, the U.N. says.",
            [("United Nations", "indirect", "The war has forced 12 million from their homes")],
        ),
        # nicknames and titles of shows in quote marks
        ("“We won,” said Mohammed “Mo” Salah.", [("Mohammed Salah", "direct", "We won")]),
        ("Smith told NBC's “Meet the Press” that talks would go on.", [("Smith", "indirect", "talks would go on")]),
        # "X was blunt:" introduces the quote
        (
            "Asked whether the bill could pass, Murphy was blunt: “I don't know. Ask them.”",
            [("Murphy", "direct", "I don't know. Ask them.")],
        ),
        # a restrictive relative clause: the residents said it
        (
            "The council overruled objections from hundreds of residents who said the tower would overshadow their homes.",
            [("hundreds of residents", "indirect", "the tower would overshadow their homes")],
        ),
    ],
)
def test_wire_copy_conventions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.speaker, q.kind, q.quote) for q in extract(text)] == expected


def test_dateline_and_offsets() -> None:
    text = "KYIV, March 20 (Team Wire) — Ukraine’s air force said Russia sent 90 drones overnight.\n\n“Every night they test us,” said a Ukrainian air force spokesman."
    found = quotes(text)
    assert [(q["speaker"], q["kind"]) for q in found] == [
        ("Ukraine’s air force", "indirect"),
        ("a Ukrainian air force spokesman", "direct"),
    ]
    for item in found:
        start, end = item["start"], item["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert text[start:end] == item["quote"]
        assert item["paragraph"] in (0, 1)
    assert found[1]["sentence"] == "“Every night they test us,” said a Ukrainian air force spokesman."
    assert set(found[0]) >= {
        "speaker",
        "quote",
        "sentence",
        "kind",
        "role",
        "start",
        "end",
        "anonymous",
        "organisation",
    }


def test_quotes_of_a_shipped_seed() -> None:
    text = (UKRAINE / "002_kyiv-accuses-moscow-of-stalling.txt").read_text(encoding="utf-8")
    found = {(q["speaker"], q["quote"]) for q in quotes(text)}
    assert (
        "Volodymyr Zelensky",
        "Putin cannot simply step away from this war, because without it he has nothing left",
    ) in found
    assert ("Andrii Sybiha", "If Moscow wants peace, it can start tonight.") in found
    assert ("Andriy Yermak", "Any decision about Ukraine has to be made with Ukraine at the table.") in found


def test_cli_quotes_text_and_json(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "talks.txt",
        "Talks Resume",
        [
            "KYIV: Kremlin spokesman Dmitry Peskov said on Friday that talks could resume next week.",
            "“We are ready,” Peskov said. “The next step is Washington's.”",
            "The two sides discussed “next steps” during a call.",
        ],
        article_id="talks-1",
    )
    runner = CliRunner()
    text = runner.invoke(app, ["quotes", str(tmp_path)])
    assert text.exit_code == 0, text.output
    assert text.output.splitlines() == [
        "talks-1\tDmitry Peskov\tindirect\ttalks could resume next week",
        "talks-1\tDmitry Peskov\tdirect\tWe are ready",
        "talks-1\tDmitry Peskov\tdirect\tThe next step is Washington's.",
    ]
    as_json = runner.invoke(app, ["quotes", "--json", str(tmp_path / "talks.txt")])
    rows = json.loads(as_json.output)
    assert [(r["article"], r["speaker"], r["kind"]) for r in rows] == [
        ("talks-1", "Dmitry Peskov", "indirect"),
        ("talks-1", "Dmitry Peskov", "direct"),
        ("talks-1", "Dmitry Peskov", "direct"),
    ]
    assert rows[1]["role"] == "Kremlin spokesman" and rows[1]["quote"] == "We are ready"


def test_cli_quotes_reports_bad_input(tmp_path: Path, run_cli: Runner) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    result = run_cli("quotes", str(tmp_path / "missing"), str(tmp_path / "bin.txt"))
    assert result.returncode == 1
    assert "no readable article" in result.stderr
    assert "bin.txt: binary data, not text" in result.stderr
    assert "Traceback" not in result.stderr


_PIECES = st.sampled_from(
    [
        "“We are ready,”",
        '"No,"',
        "“It is over.",
        "”",
        '"',
        " Peskov said",
        " said Kremlin spokesman Dmitry Peskov",
        " he said",
        " she told reporters",
        " according to the Kremlin",
        " the ministry said that",
        " a senior official said",
        ", ",
        ". ",
        "\n\n",
        " Mr. ",
        " the so-called ",
        " Ukrainian President Volodymyr Zelenskyy",
        " analysts in Moscow said",
        " who said",
        " ‘yes’ ",
        "'",
        " (D-Calif.) ",
        " x" * 3,
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_any_text_gives_consistent_statements(pieces: list[str]) -> None:
    text = "".join(pieces)
    for item in quotes(text):
        start, end = item["start"], item["end"]
        assert isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
        assert item["quote"] == " ".join(text[start:end].split())
        assert item["speaker"] and isinstance(item["speaker"], str)
        assert item["kind"] in ("direct", "indirect")
        assert " ".join(str(item["quote"]).split()) in str(item["sentence"]) or item["cue"] == "paragraphs"


def test_lines_beside_an_impression_of_the_speaker_are_nobody_sure() -> None:
    # A comic's impression: the words may be the comic's, not the mayor's.
    text = (
        "Mayor Ida Vell of Marlow spent the week defending the harbour toll.\n\n"
        "On the late show, the comic Kit Daro opened with an impression of Vell. "
        "“Nobody loves a toll more than I do,” Vell said, waving a fake ticket.\n\n"
        "In a second sketch, Vell, played by Kit Daro, sang to a ferry. “Sail on, my toll,” Vell said.\n\n"
        "“The toll stays,” Vell told reporters on Monday."
    )
    sure = [(q.speaker, q.quote) for q in extract(text) if q.sure]
    assert sure == [("Ida Vell", "The toll stays")]


def test_portraying_a_thing_is_no_performance() -> None:
    text = "Mayor Ida Vell spent the week portraying the toll as a lifeline. “Nobody loves a toll more than I do,” Vell said."
    assert [(q.speaker, q.sure) for q in extract(text)] == [("Ida Vell", True)]


def test_only_the_name_right_after_a_performance_word_is_performed() -> None:
    # Right lines: a parody of a thing, a sketch of a pier, an ad portraying the speaker as weak.
    for text in (
        "The Orn Party released an ad portraying Ivo Brel as weak on the harbour. "
        "“I have never been weak on anything,” Ivo Brel said on Monday.",
        "Mayor Ida Vell called the hearing a parody of justice, and Vell walked out. "
        "“This is a disgrace to the harbour,” Vell said.",
        "Ivo Brel unveiled a sketch of the new pier, drawn by Brel himself. "
        "“It will be the finest pier on the coast,” Brel said.",
    ):
        assert [q.sure for q in extract(text)] == [True], text
    # The one performed named with a possessive: the comic's line is nobody's sure.
    comic = (
        "Mayor Ida Vell of Marlow spent the week defending the toll.\n\n"
        "On the late show, the comic Kit Daro opened with an impression of Vell’s speech at the pier. "
        "“Nobody loves a toll more than I do,” Vell said, waving a fake ticket."
    )
    assert [(q.speaker, q.sure) for q in extract(comic)] == [("Ida Vell", False)]


@pytest.mark.parametrize(
    "text",
    [
        "On the late show, the comic Kit Daro mocked Mayor Ida Vell. "
        "Playing Vell on the show, Daro said, “I will build the biggest pier on the coast.”",
        "The comic Kit Daro, playing Mayor Ida Vell on the late show, said, “I will build the biggest pier.”",
        "The comic Kit Daro, who plays Mayor Ida Vell on the late show, said the pier would be the finest anywhere.",
    ],
)
def test_a_performers_lines_in_someone_elses_part_are_nobody_sure(text: str) -> None:
    # Lines spoken in the part of someone else are neither the comic's stance nor the mayor's.
    assert [q.speaker for q in extract(text) if q.sure] == []
