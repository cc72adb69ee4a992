"""End to end through the real CLI in a subprocess: files in, a one-page cited brief out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefgen.sources import collect

from .conftest import ROOT, UKRAINE, Runner, pdf_text, squash, write_article

HEADINGS = ["SITUATION", "KEY POINTS", "POSITIONS", "NEXT STEPS", "SOURCES"]
BOILERPLATE = ["Advertisement", "Share this article", "Subscribe to our newsletter", "Photo:", "Follow us"]


@pytest.fixture(scope="module")
def seed_briefs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample topic built once as PDF and JSON, from the repository's own config."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("briefs")
    paths = {}
    for fmt in ("pdf", "json"):
        target = out / f"ukraine.{fmt}"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "briefgen",
                "build",
                "--topic",
                "ukraine",
                "--date",
                "2025-03-18",
                "--format",
                fmt,
                "--out",
                str(target),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(target)
        assert result.stderr == ""
        paths[fmt] = target
    return paths


def _article_texts() -> dict[str, str]:
    """Each seed article's readable text, by id, whitespace squashed."""
    return {a.id: squash(" ".join((a.title, *a.key_points, *a.paragraphs))) for a in collect([UKRAINE]).articles}


def test_pdf_is_one_page_with_the_five_sections_in_order(seed_briefs: dict[str, Path]) -> None:
    pages, text = pdf_text(seed_briefs["pdf"])
    assert pages == 1
    positions = [text.find(h) for h in HEADINGS]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    assert "Every sentence above is quoted from the sources listed" in text
    for furniture in BOILERPLATE:
        assert furniture not in text


def test_pdf_shows_the_json_content(seed_briefs: dict[str, Path]) -> None:
    _, text = pdf_text(seed_briefs["pdf"])
    brief = json.loads(seed_briefs["json"].read_text(encoding="utf-8"))
    assert brief["situation"] and brief["key_points"] and brief["positions"] and brief["next_steps"]
    for item in brief["situation"] + brief["key_points"]:
        assert item["text"] in text
    for position in brief["positions"]:
        assert position["actor"] in text


def test_every_json_text_is_verbatim_in_a_cited_source(seed_briefs: dict[str, Path]) -> None:
    brief = json.loads(seed_briefs["json"].read_text(encoding="utf-8"))
    articles = _article_texts()
    ids = {s["n"]: s["id"] for s in brief["sources"]}
    items = brief["situation"] + brief["key_points"] + brief["next_steps"]
    items += [s for p in brief["positions"] for s in p["statements"]]
    for item in items:
        assert item["sources"], item
        for n in item["sources"]:  # every source cited for a text has that very text
            assert item["text"] in articles[ids[n]], (item["text"], ids[n])
        if item.get("quote"):
            assert item["quote"] in item["text"]


def test_no_sentence_twice_and_quotes_are_attributed(seed_briefs: dict[str, Path]) -> None:
    brief = json.loads(seed_briefs["json"].read_text(encoding="utf-8"))
    texts = [i["text"] for i in brief["situation"] + brief["key_points"] + brief["next_steps"]]
    texts += [s["text"] for p in brief["positions"] for s in p["statements"]]
    assert len(texts) == len(set(texts))
    actors = [p["actor"] for p in brief["positions"]]
    assert len(actors) == len(set(actors))
    assert any(s["quote"] for p in brief["positions"] for s in p["statements"])


def test_next_steps_are_dated_and_sorted(seed_briefs: dict[str, Path]) -> None:
    steps = json.loads(seed_briefs["json"].read_text(encoding="utf-8"))["next_steps"]
    dates = [s["date"] for s in steps if s["date"]]
    # Soonest first, a range of days ("Thursday and Friday") at its last day: after a day within it.
    ends = [s["when"].split("/")[-1] for s in steps if s["date"]]
    assert dates and ends == sorted(ends)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) and d >= "2025-03-18" for d in dates)


def test_sources_list_the_cited_articles(seed_briefs: dict[str, Path]) -> None:
    brief = json.loads(seed_briefs["json"].read_text(encoding="utf-8"))
    cited = {n for i in brief["situation"] + brief["key_points"] + brief["next_steps"] for n in i["sources"]}
    cited |= {n for p in brief["positions"] for s in p["statements"] for n in s["sources"]}
    cited |= {n for s in brief["next_steps"] for n in s["also"]}  # outlets announcing it in other words
    assert cited == {s["n"] for s in brief["sources"]}
    assert all(Path(s["path"]).is_file() and s["title"] for s in brief["sources"])


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_article(
        folder,
        "a.txt",
        "Talks resume in Riyadh",
        [
            "Negotiators from both countries will resume talks in Riyadh on Monday, officials said.",
            "“We are ready to sign a deal this month,” said Foreign Minister Anna Example.",
        ],
        outlet="Example Wire",
        key_points=["Talks resume in Riyadh on Monday."],
    )
    write_article(
        folder,
        "b.txt",
        "Riyadh talks set for Monday",
        [
            "Talks between the two countries will resume in Riyadh on Monday after a pause of two weeks.",
            "The negotiators plan to discuss a prisoner exchange and the reopening of the border.",
        ],
        outlet="Sample Post",
    )
    return folder


def test_sources_override_and_skip_bad_files(tmp_path: Path, run_cli: Runner) -> None:
    folder = _corpus(tmp_path / "articles")
    (folder / "broken.txt").write_bytes(b"\x00\xff\x00 binary")
    (folder / "empty.md").write_text("")
    out = tmp_path / "brief.pdf"
    result = run_cli("build", "--sources", str(folder), "--date", "2025-03-16", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    warnings = result.stderr.strip().splitlines()
    assert warnings == [
        f"briefgen: warning: skipped {folder / 'broken.txt'}: binary data, not text",
        f"briefgen: warning: skipped {folder / 'empty.md'}: no article text in it (empty, or only headings and boilerplate)",
    ]
    pages, text = pdf_text(out)
    assert pages == 1
    # Two outlets announce the Monday talks: the page tells it once, in one of their wordings.
    monday = (
        "Negotiators from both countries will resume talks in Riyadh on Monday",
        "Talks between the two countries will resume in Riyadh on Monday",
    )
    assert sum(words in text for words in monday) == 1
    assert "Anna Example" in text


def test_default_output_path_and_env_config(tmp_path: Path, run_cli: Runner) -> None:
    _corpus(tmp_path / "project" / "clips")
    config = tmp_path / "project" / "briefgen.toml"
    config.write_text('sources = ["clips"]\n[topics.talks]\nkeywords = ["Riyadh"]\nsources = ["clips"]\n')
    result = run_cli(
        "build", "--topic", "talks", "--date", "2025-03-16", "--format", "md", env={"BRIEFGEN_CONFIG": str(config)}
    )
    assert result.returncode == 0, result.stderr
    expected = tmp_path / "project" / "output" / "talks" / "2025-03-16.md"
    assert result.stdout.strip() == str(expected)
    assert "## Situation" in expected.read_text(encoding="utf-8")
    # A topic that is not configured matches its own name in the default sources.
    result = run_cli(
        "build", "--topic", "prisoner", "--date", "2025-03-16", "--format", "json", "--config", str(config)
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(Path(result.stdout.strip()).read_text(encoding="utf-8"))
    assert [s["id"] for s in data["sources"]] == ["b"]


def test_no_usable_article_is_exit_1_and_keeps_the_old_brief(tmp_path: Path, run_cli: Runner) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "x.txt").write_bytes(b"\x00\x00\x00")
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"previous good brief")
    result = run_cli("build", "--sources", str(folder), "--out", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == f"briefgen: error: {folder}: no readable article"
    assert "Traceback" not in result.stderr
    assert out.read_bytes() == b"previous good brief"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad", "brief.pdf"]  # no temp file left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "--topic", "../x"], "is not a topic name"),
        (["build", "--topic", "a/b"], "is not a topic name"),
        (["build", "--topic", "ukraine", "--date", "18/03/2025"], "is not a date"),
        (
            ["build", "--topic", "ukraine", "--format", "docx"],
            "'docx' is not one of 'pdf', 'html', 'md', 'json', 'ics'",
        ),
        (["build"], "give --topic NAME, or --sources PATH"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str, run_cli: Runner) -> None:
    result = run_cli(*args, cwd=ROOT)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_config_is_exit_2(tmp_path: Path, run_cli: Runner) -> None:
    result = run_cli("build", "--topic", "x", "--config", str(tmp_path / "none.toml"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"briefgen: error: {tmp_path / 'none.toml'}: config file not found"


def test_summarize_command(tmp_path: Path, run_cli: Runner) -> None:
    result = run_cli("summarize", str(UKRAINE), "--words", "60", "--json")
    assert result.returncode == 0, result.stderr
    sentences = json.loads(result.stdout)
    corpus = " ".join(_article_texts().values())
    assert sentences and sum(len(s.split()) for s in sentences) <= 60
    assert all(s in corpus for s in sentences)
    plain = run_cli("summarize", str(UKRAINE), "--words", "60")
    assert plain.stdout.strip().splitlines() == sentences


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "--date"], "Option '--date' requires an argument."),
        (["build", "--bogus"], "No such option: --bogus"),
        (["summarize"], "Missing argument 'paths'."),
        (["build", "--topic", "x", "--date", "0001-01-01"], "is not between 1900 and 2199"),
    ],
)
def test_parse_errors_are_one_line(args: list[str], message: str, run_cli: Runner) -> None:
    result = run_cli(*args, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.startswith("briefgen: error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_output_errors_and_permissions(tmp_path: Path, run_cli: Runner) -> None:
    folder = _corpus(tmp_path / "articles")
    result = run_cli("build", "--sources", str(folder), "--out", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.strip() == f"briefgen: error: {tmp_path}: is a folder; give --out a file name"
    out = tmp_path / "brief.md"
    result = run_cli("build", "--sources", str(folder), "--format", "md", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o044 == 0o044  # readable by others, like any new file (umask 022)


def test_fifo_is_skipped_not_waited_on(tmp_path: Path, run_cli: Runner) -> None:
    import os

    folder = _corpus(tmp_path / "articles")
    os.mkfifo(folder / "pipe.txt")
    result = run_cli(
        "build",
        "--sources",
        str(folder),
        "--sources",
        str(folder / "pipe.txt"),
        "--format",
        "json",
        "--out",
        str(tmp_path / "b.json"),
    )
    assert result.returncode == 0, result.stderr
    assert f"{folder / 'pipe.txt'}: not a regular file" in result.stderr


def test_bad_dates_in_articles_never_crash(tmp_path: Path, run_cli: Runner) -> None:
    folder = _corpus(tmp_path / "articles")
    write_article(
        folder,
        "leap.txt",
        "Law passed",
        [
            "The law, passed in Kyiv on February 29, will take effect in January, officials said.",
            "Aid will arrive in 99999999 days, the minister said on Tuesday.",
        ],
        published="2024-09-15",
    )
    (folder / "far.txt").write_text("Far\n\nfar\nslug\nDate: 9999-12-31\n\nThe talks will resume tomorrow in Riyadh.\n")
    result = run_cli("build", "--sources", str(folder), "--format", "json", "--out", str(tmp_path / "b.json"))
    assert result.returncode == 0, result.stderr
    assert "far.txt: the date '9999-12-31' is not a date between 1900 and 2199" in result.stderr


def test_same_inputs_give_the_same_bytes_whatever_the_hash_seed(tmp_path: Path, run_cli: Runner) -> None:
    # Sentences built alike tie on their scores: string hashing (random per process) must not be
    # what breaks a tie. (With float sums over sets, seed 2 once chose another Situation here.)
    folder = tmp_path / "ties"
    folder.mkdir()
    sentences = [
        "Farmers in Odesa said {{ 7*7 }} the ceasefire talks in Riyadh must reopen the grain corridor this month.",
        "Nuclear inspectors said {% include 'brief.css' %} the ceasefire talks in Riyadh should cover the Zaporizhzhia plant.",
        "Gas traders said {# hidden #} the ceasefire talks in Riyadh moved European prices by twelve percent.",
        "The prisoner exchange of two hundred soldiers was agreed {{ config.__class__ }} at the ceasefire talks in Riyadh.",
        "Engineers in Kharkiv said ${7*7} the ceasefire talks in Riyadh came too late for the power grid.",
        "The European Parliament said <%= 7*7 %> the ceasefire talks in Riyadh would not unfreeze Russian assets.",
    ]
    for n, sentence in enumerate(sentences):
        (folder / f"{n}.txt").write_text(f"Report {n}\n\n{sentence}\n", encoding="utf-8")
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"brief-{seed}.json"
        result = run_cli(
            "build",
            "--sources",
            str(folder),
            "--date",
            "2025-03-18",
            "--format",
            "json",
            "--out",
            str(out),
            env={"PYTHONHASHSEED": seed},
        )
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
