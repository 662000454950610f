"""What a non-editable install (the Pages workflow's `pip install .`) holds: every subpackage
and every file `briefing new` copies, as pyproject.toml declares them."""
from __future__ import annotations

import tomllib
from pathlib import Path

from tests.helpers import ROOT

SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_subpackage_is_declared() -> None:
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "build_site").rglob("__init__.py")}
    assert found <= set(SETUPTOOLS["packages"])


def test_every_starter_file_is_package_data() -> None:
    patterns = SETUPTOOLS["package-data"]["build_site"]
    package = ROOT / "build_site"
    starter = [p for p in (package / "starter").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    declared = {path for pattern in patterns for path in package.glob(pattern)}
    assert starter and set(starter) <= declared
