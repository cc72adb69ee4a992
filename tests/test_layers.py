"""Dependencies point one way: the records layer never reaches up into settings or commands.

Read from the source with `ast` (imports inside functions count too), so a new upward import
fails here instead of waiting for a reviewer.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "briefgen"

# Plain values, text rules, the store and its records: what every other part is built on.
RECORDS = ("models", "errors", "text", "clock", "schema", "store", "archive", "corpus", "topics")
# Settings, options and the commands that drive a run.
UPPER = ("config", "options", "cli", "pipeline", "daily", "deliver", "fetch", "briefing")


def _module(path: Path) -> str:
    return ".".join(path.with_suffix("").relative_to(PACKAGE).parts)


def imports_of(path: Path) -> set[str]:
    """The briefgen modules a file imports (relative and absolute), as dotted names inside the package."""
    here = _module(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
            elif node.module and node.module.split(".")[0] == "briefgen":
                base, node.module = [], node.module.removeprefix("briefgen").lstrip(".") or None
            else:
                continue
            if node.module:
                found.add(".".join([*base, node.module]))
            else:
                found.update(".".join([*base, alias.name]) for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "briefgen":
                    found.add(alias.name.removeprefix("briefgen").lstrip("."))
    return {name for name in found if name}


def test_imports_of_reads_relative_absolute_and_local_imports() -> None:
    # Checked against a file of known imports, so the rule below cannot pass by reading nothing.
    sample = PACKAGE / "store.py"
    assert {"clock", "corpus", "schema", "errors", "models"} <= imports_of(sample)


@pytest.mark.parametrize("name", RECORDS)
def test_records_layer_never_imports_settings_or_commands(name: str) -> None:
    upward = sorted(dep for dep in imports_of(PACKAGE / f"{name}.py") if dep.split(".")[0] in UPPER)
    assert not upward, f"briefgen/{name}.py imports {upward}: move what it needs down a layer"


def test_only_the_entry_point_imports_the_command_line() -> None:
    importers = sorted(
        _module(path) for path in PACKAGE.rglob("*.py") if any(dep.split(".")[0] == "cli" for dep in imports_of(path))
    )
    assert importers == ["__main__"]


# The stages that choose each section's candidates come before the one that fits them to a page
# (compose): what the page finally shows is compose's to check, never a guess made up front.
CHOOSING = ("selection", "keypoints", "selfcontained", "positions", "timeline", "daystamp", "development")


@pytest.mark.parametrize("name", CHOOSING)
def test_choosing_stages_never_import_the_fit(name: str) -> None:
    assert "compose" not in imports_of(PACKAGE / f"{name}.py"), f"briefgen/{name}.py imports compose"
