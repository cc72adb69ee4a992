"""Config: where it is read from, topics, and names that are not topics."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.config import load
from briefgen.errors import InputError, UsageError


def test_precedence_flag_over_env_over_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("cwd", "env", "flag"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "briefgen.toml").write_text(f'[topics.t]\ntitle = "{name}"\n')
    monkeypatch.chdir(tmp_path / "cwd")
    monkeypatch.delenv("BRIEFGEN_CONFIG", raising=False)
    assert load().topic("t").title == "cwd"
    monkeypatch.setenv("BRIEFGEN_CONFIG", str(tmp_path / "env" / "briefgen.toml"))
    assert load().topic("t").title == "env"
    assert load(tmp_path / "flag" / "briefgen.toml").topic("t").title == "flag"


def test_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "briefgen.toml"
    config.write_text('sources = ["all"]\noutput = "briefs"\n[topics.a]\nkeywords = ["x"]\nsources = ["a-clips"]\n')
    settings = load(config)
    assert settings.topic("a").sources == (tmp_path / "a-clips",)
    assert settings.output == tmp_path / "briefs"
    unconfigured = settings.topic("chips-export")
    assert unconfigured.sources == (tmp_path / "all",)
    assert unconfigured.keywords == ("chips export",)


def test_no_config_file_uses_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFGEN_CONFIG", raising=False)
    settings = load()
    assert settings.path is None and settings.topics == {}
    assert settings.topic("ukraine").keywords == ("ukraine",)


@pytest.mark.parametrize("text", ["[topics.a\n", 'topics = "x"\n', "[topics.a]\nkeywords = 3\n"])
def test_broken_config_is_a_one_line_error(tmp_path: Path, text: str) -> None:
    config = tmp_path / "briefgen.toml"
    config.write_text(text)
    with pytest.raises(InputError, match=str(config).replace(".", r"\.")) as raised:
        load(config)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("name", ["../x", "a/b", "/etc", "..", "", "x" * 65, "a\nb", "abc\n"])
def test_topic_names_are_never_paths(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFGEN_CONFIG", raising=False)
    with pytest.raises(UsageError, match="is not a topic name"):
        load().topic(name)
