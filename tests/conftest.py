"""Shared fixtures: the real corpus, a real build of it, and throw-away projects for bad input."""
from __future__ import annotations

from pathlib import Path

import pytest

from build_site.loading import load_inputs
from build_site.model import Briefing
from tests.helpers import make_project, run_briefing

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def briefing() -> Briefing:
    """The Briefing of the real corpus and codebook."""
    result, _ = load_inputs(ROOT / "corpus")
    return result


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real corpus built once by `briefing build` (strict, link-checked)."""
    site = tmp_path_factory.mktemp("real") / "site"
    result = run_briefing("build", "-q", "-d", str(site))
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")
