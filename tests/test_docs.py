"""The reference in docs/usage.md keeps up with the code: every command has its section, every
option of a command is in that section, every config key and BRIEFGEN_* variable is described,
and the links between the docs resolve. (sqlite-utils' tests/test_docs.py is the model.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from briefgen.cli import app
from briefgen.config import ENV_SETTINGS, SOURCE_KINDS, FetchTable, FileSchema, SiteTable, SmtpTable, TopicTable

from .conftest import ROOT

USAGE = (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")
CLI = typer.main.get_command(app)
COMMANDS = sorted(CLI.commands)  # type: ignore[attr-defined]


def _section(heading: str, text: str = USAGE) -> str:
    """The text under a Markdown heading, up to the next heading of the same or a higher level."""
    match = re.search(rf"^(#+) {re.escape(heading)}\n", text, re.MULTILINE)
    assert match, f"no heading {heading!r} in docs/usage.md"
    level = len(match.group(1))
    rest = text[match.end() :]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_its_section(command: str) -> None:
    assert _section(f"`briefgen {command}`").strip()


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (name, option)
        for name in COMMANDS
        for param in CLI.commands[name].params  # type: ignore[attr-defined]
        if param.param_type_name == "option"
        for option in (*param.opts, *param.secondary_opts)
    ],
)
def test_every_option_is_in_its_commands_section(command: str, option: str) -> None:
    assert re.search(rf"`{re.escape(option)}[` ]", _section(f"`briefgen {command}`")), option


@pytest.mark.parametrize("option", [o for p in CLI.params for o in p.opts if o != "--help"])
def test_every_top_level_option_is_described(option: str) -> None:
    assert f"`briefgen {option}`" in USAGE or f"`{option}`" in USAGE, option


@pytest.mark.parametrize(
    "key",
    sorted(
        {
            *FileSchema.model_fields,
            *TopicTable.model_fields,
            *FetchTable.model_fields,
            *SmtpTable.model_fields,
            *SiteTable.model_fields,
        }
    ),
)
def test_every_config_key_is_described(key: str) -> None:
    config = _section("Config")
    assert f"`{key}`" in config or f"`[{key}" in config, key  # a table: `[smtp]`, `[topics.NAME]`


def test_every_kind_of_source_is_described() -> None:
    sources = _section("Sources")
    for kind in (*SOURCE_KINDS, "full_text"):
        assert f"{{ {kind} = " in sources or f"{kind} = true" in sources, kind


@pytest.mark.parametrize("variable", ["BRIEFGEN_CONFIG", *ENV_SETTINGS])
def test_every_variable_is_described(variable: str) -> None:
    assert f"`{variable}`" in _section("Config"), variable


@pytest.mark.parametrize(
    "page", sorted(p.relative_to(ROOT) for p in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
)
def test_links_between_the_docs_resolve(page: Path) -> None:
    text = (ROOT / page).read_text(encoding="utf-8")
    for target, anchor in re.findall(r"\]\(([^)#\s]*)(?:#([^)\s]+))?\)", text):
        if target.startswith(("http://", "https://")):
            continue
        linked = (ROOT / page).parent / target if target else ROOT / page
        assert linked.exists(), f"{page}: {target}"
        if anchor and linked.suffix == ".md":
            assert anchor in _anchors(linked.read_text(encoding="utf-8")), f"{page}: {target}#{anchor}"


def _anchors(text: str) -> set[str]:
    """GitHub's heading anchors (lower case, punctuation dropped, spaces to dashes) and <a id>s."""
    anchors = set(re.findall(r'<a id="([^"]+)"', text))
    for heading in re.findall(r"^#+ (.+)$", text, re.MULTILINE):
        anchors.add(re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-"))
    return anchors
