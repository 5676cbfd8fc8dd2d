"""A clean first run: nothing in pyproject.toml that makes setuptools warn."""

from __future__ import annotations

import tomllib

from paths import ROOT


def test_pyproject_has_nothing_setuptools_warns_about() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    # A table here is deprecated ("project.license as a TOML table"): an SPDX string.
    assert project["project"]["license"] == "MIT"
    # Every directory of the packages that holds files is a listed package, or setuptools
    # warns that it "would be ignored".
    listed = set(project["tool"]["setuptools"]["packages"])
    for top in ("data", "handlers", "bot"):
        for folder in [ROOT / top, *(ROOT / top).rglob("*")]:
            if folder.is_dir() and folder.name != "__pycache__" and any(
                    f.is_file() for f in folder.iterdir()):
                assert ".".join(folder.relative_to(ROOT).parts) in listed, folder


def test_make_setup_installs_quietly() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "pip install -qq -e" in makefile
