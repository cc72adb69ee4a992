"""Config: where it is read from, topics, and names that are not topics."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.config import Flags, load
from briefgen.errors import ConfigError, InputError, UsageError

from .conftest import Runner


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


def _user_file(monkeypatch: pytest.MonkeyPatch, folder: Path, text: str) -> Path:
    """briefgen.toml in a user config folder of the test's own ($XDG_CONFIG_HOME/briefgen)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    path = folder / "briefgen" / "briefgen.toml"
    path.parent.mkdir(parents=True)
    path.write_text(text)
    return path


def test_layers_flags_over_env_over_project_over_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("BRIEFGEN_"):
            monkeypatch.delenv(name)
    user = _user_file(
        monkeypatch,
        tmp_path / "xdg",
        'db = "user.sqlite3"\ntemplates = "user-templates"\n[fetch]\ntimeout = 5\ncontact = "me@example.org"\n'
        '[smtp]\nhost = "mx.example.org"\nsender = "briefs@example.org"\n'
        '[topics.desk]\nkeywords = ["desk"]\n[topics.shared]\ntitle = "From the user file"\n',
    )
    project = tmp_path / "project" / "briefgen.toml"
    project.parent.mkdir()
    project.write_text('[smtp]\nport = 2525\n[topics.shared]\ntitle = "From the project"\n')
    monkeypatch.chdir(project.parent)
    settings = load()
    assert settings.files == (user, Path("briefgen.toml"))
    assert settings.db == user.parent / "user.sqlite3"  # relative to the file that names it
    assert settings.templates == user.parent / "user-templates"
    assert (settings.fetch_timeout, settings.fetch_contact) == (5.0, "me@example.org")
    # Tables merge key by key; a topic is taken whole from the file with precedence.
    assert settings.smtp is not None
    assert (settings.smtp.host, settings.smtp.port, settings.smtp.sender) == (
        "mx.example.org",
        2525,
        "briefs@example.org",
    )
    assert list(settings.topics) == ["desk", "shared"]
    assert settings.topic("shared").title == "From the project"
    assert settings.topic("shared").keywords == ("shared",)
    assert settings.output == project.parent / "output"  # defaults live beside the project file
    monkeypatch.setenv("BRIEFGEN_DB", "env.sqlite3")
    monkeypatch.setenv("BRIEFGEN_SMTP_PORT", "465")
    monkeypatch.setenv("BRIEFGEN_FETCH_TIMEOUT", "7.5")
    settings = load()
    assert settings.db == project.parent / "env.sqlite3"  # relative to the working folder
    assert settings.smtp is not None and settings.smtp.port == 465 and settings.fetch_timeout == 7.5
    settings = load(flags=Flags(db=Path("/srv/flag.sqlite3"), fetch_timeout=2.0, templates=Path("/srv/t")))
    assert (settings.db, settings.fetch_timeout, settings.templates) == (Path("/srv/flag.sqlite3"), 2.0, Path("/srv/t"))


def test_no_file_anywhere_means_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFGEN_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings = load()
    assert settings.files == () and settings.smtp is None and settings.fetch_timeout == 20.0
    assert settings.db == tmp_path / "data" / "briefgen" / "briefgen.sqlite3"
    assert settings.output == tmp_path / "output"


def test_a_broken_user_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = _user_file(monkeypatch, tmp_path / "xdg", '[topics.a]\nkeywords = ["x"]\nsource = ["clips"]\n')
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as caught:
        load()
    assert caught.value.message == f"{user}:3: [topics.a] unknown key 'source' (did you mean 'sources'?)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('ouptut = "briefs"\n', ":1: unknown key 'ouptut' (did you mean 'output'?)"),
        (
            '[topics.ukraine]\ntitle = "U"\nkeywrods = ["Kyiv"]\n',
            ":3: [topics.ukraine] unknown key 'keywrods' (did you mean 'keywords'?)",
        ),
        (
            '[topics.u]\n\nrecipents = ["a@b.org"]\n',
            ":3: [topics.u] unknown key 'recipents' (did you mean 'recipients'?)",
        ),
        ('source = ["seeds"]\n', ":1: unknown key 'source' (did you mean 'sources'?)"),
        ('[topic.ukraine]\nkeywords = ["x"]\n', ":1: unknown key 'topic' (did you mean 'topics'?)"),
        ('[smpt]\nhost = "mx"\n', ":1: unknown key 'smpt' (did you mean 'smtp'?)"),
        (
            "[topics.t]\nsources = [{feeed = 'x'}]\n",
            ":2: [topics.t] sources, item 1: unknown key 'feeed' (did you mean 'feed'?)",
        ),
        ('[topics."a b"]\n', ":1: [topics] 'a b' is not a topic name (letters, digits, '-', '_', '.'; at most 64)"),
        (
            "[topics.t]\nkeywords = 3\nrecipients = [42]\n",
            ":2: [topics.t] keywords: must be a list (got 3) (and 1 more problem)",
        ),
    ],
)
def test_typos_and_wrong_types_name_the_file_line_and_key(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "briefgen.toml"
    config.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load(config)
    assert caught.value.message == f"{config}{message}"
    assert caught.value.exit_code == 2


def test_a_bad_variable_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFGEN_SMTP_PORT", "587x")
    with pytest.raises(ConfigError, match=r"^BRIEFGEN_SMTP_PORT='587x': must be a whole number$"):
        load()


def test_a_typo_in_the_config_stops_the_cli_with_exit_2(tmp_path: Path, run_cli: Runner) -> None:
    (tmp_path / "briefgen.toml").write_text('ouptut = "x"\n[topics.ukraine]\nkeywords = ["Kyiv"]\n')
    result = run_cli("build", "--topic", "ukraine")
    assert result.returncode == 2
    assert result.stderr == "briefgen: error: briefgen.toml:1: unknown key 'ouptut' (did you mean 'output'?)\n"
