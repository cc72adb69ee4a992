"""A newcomer's path, for real: the wheel is built, installed into a fresh virtual environment
outside the repository, and `briefgen init` then the README's `briefgen build --topic ukraine`
run in an empty folder there. The PDF is read back with pypdf.

Offline: the wheel is built without build isolation (hatchling is a dev dependency) and installed
with `--no-deps --no-index`; the new environment reaches the dependencies already installed for
the tests through a .pth file naming their site-packages folder. Only folders are added that way,
never the editable install of the repository (its .pth is not read from an added folder), and the
test checks that briefgen is imported from the new environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import briefgen

from .conftest import ROOT, pdf_text

TIMEOUT = 600


def _run(
    command: list[str | Path], cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd, env=env
    )
    assert result.returncode == 0, f"{command}: {result.stdout}{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    _run([*pip, "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", "-w", dist, ROOT])
    (built,) = dist.glob("briefgen-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with the wheel installed; its bin folder."""
    root = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", root])
    python = root / "bin" / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip())
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "_briefgen_test_dependencies.pth").write_text("".join(f"{p}\n" for p in sorted(ours)))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--python", python]
    _run([*pip, "install", "--quiet", "--no-deps", "--no-index", wheel])
    return root / "bin"


def test_the_wheel_holds_what_an_installed_briefgen_needs(wheel: Path) -> None:
    assert wheel.name == f"briefgen-{briefgen.__version__}-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    info = f"briefgen-{briefgen.__version__}.dist-info"
    for needed in (
        "briefgen/py.typed",
        f"{info}/licenses/LICENSE",
        "briefgen/templates/brief.html.j2",
        "briefgen/templates/brief.css",
        "briefgen/templates/email.html.j2",
        "briefgen/samples/ukraine/001_kremlin-weighs-truce-terms.txt",
    ):
        assert needed in names, needed
    assert any(n.startswith("briefgen/templates/fonts/") for n in names)
    metadata = zipfile.ZipFile(wheel).read(f"{info}/METADATA").decode()
    assert f"Version: {briefgen.__version__}" in metadata and "License-Expression: MIT" in metadata


def test_init_and_the_readme_build_in_an_empty_folder(venv: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFGEN_", "XDG_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(PATH=f"{venv}{os.pathsep}/usr/bin:/bin", HOME=str(home))
    where = _run([venv / "python", "-c", "import briefgen; print(briefgen.__file__)"], cwd=home, env=env).stdout
    assert where.startswith(str(venv.parent)), where  # the installed wheel, not the repository
    assert _run(["briefgen", "--version"], cwd=home, env=env).stdout == f"briefgen {briefgen.__version__}\n"
    started = _run(["briefgen", "init", "briefs"], cwd=home, env=env)
    assert started.stdout.splitlines()[2:4] == [
        "  cd briefs",
        "  briefgen build --topic ukraine                   # a one-page PDF, output/ukraine/<today>.pdf",
    ]
    built = _run(["briefgen", "build", "--topic", "ukraine"], cwd=home / "briefs", env=env)
    pdf = Path(built.stdout.strip())
    assert pdf.parent == home / "briefs" / "output" / "ukraine" and pdf.suffix == ".pdf"
    pages, text = pdf_text(pdf)
    assert pages == 1
    assert text.startswith("DAILY BRIEF Ukraine ceasefire talks")
    for heading in ("SITUATION", "KEY POINTS", "POSITIONS", "SOURCES"):
        assert heading in text
    assert built.stderr == ""
