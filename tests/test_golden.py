"""Golden briefs: the JSON of the shipped seeds' briefs, kept in tests/golden/.

A change in what is selected shows up here as a readable diff. When the change is intended,
rewrite the files with `BRIEFGEN_UPDATE_GOLDEN=1 pytest tests/test_golden.py` and review the
diff like any other code change.
"""

from __future__ import annotations

import difflib
import json
import os
from datetime import date
from pathlib import Path

import pytest

from briefgen import build

from .conftest import ROOT

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = [("ukraine", date(2025, 3, 18)), ("chips-export-controls", date(2025, 1, 20))]


def _portable(text: str) -> str:
    """Source paths relative to the repository, so the files match in any clone."""
    data = json.loads(text)
    for source in data["sources"]:
        source["path"] = Path(source["path"]).resolve().relative_to(ROOT).as_posix()
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(("topic", "day"), CASES, ids=[c[0] for c in CASES])
def test_seed_brief_matches_the_golden_json(
    topic: str, day: date, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the project's briefgen.toml configures the topics
    for name in [k for k in os.environ if k.startswith("BRIEFGEN_") and k != "BRIEFGEN_UPDATE_GOLDEN"]:
        monkeypatch.delenv(name)
    result = build(topic, brief_date=day, fmt="json", out=tmp_path / "brief.json")
    actual = _portable(result.path.read_text(encoding="utf-8"))
    golden = GOLDEN / f"{topic}-{day.isoformat()}.json"
    if os.environ.get("BRIEFGEN_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True), str(golden), "this build"
        )
    )
    assert not diff, f"the brief changed; if intended, set BRIEFGEN_UPDATE_GOLDEN=1 and review:\n{diff}"
