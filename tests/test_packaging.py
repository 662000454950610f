"""What a non-editable install (the Pages workflow's `pip install .`) holds: every subpackage,
every file `briefing new` copies and the gazetteer's list, as pyproject.toml declares them."""
from __future__ import annotations

import tomllib

from setuptools import find_namespace_packages

from tests.helpers import ROOT

SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_subpackage_and_data_folder_is_found() -> None:
    code = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "build_site").rglob("__init__.py")}
    found = set(find_namespace_packages(where=str(ROOT), include=SETUPTOOLS["packages"]["find"]["include"]))
    assert code | {"build_site.templates", "build_site.starter"} <= found
    assert not any(name.startswith(("tests", "benchmarks", "evaluation", "tools")) for name in found)


def test_every_starter_and_data_file_is_package_data() -> None:
    patterns = SETUPTOOLS["package-data"]["build_site"]
    package = ROOT / "build_site"
    files = [p for d in ("starter", "data") for p in (package / d).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    declared = {path for pattern in patterns for path in package.glob(pattern)}
    assert package / "data" / "towns.txt" in files and set(files) <= declared
