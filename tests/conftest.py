"""Shared fixtures: the real corpus, a real build of it, and throw-away projects for bad input."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from build_site.pipeline import load_inputs
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


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """One headless Chromium for the whole session (Playwright allows one sync driver at a time)."""
    from tests.browser import SKIP_ENV, launch_chromium

    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: browser tests skipped on purpose")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - the test extra installs it
        pytest.fail(f"Playwright for Python is not installed ({exc}); install the project's test extra.")
    with sync_playwright() as p:
        try:
            chromium = launch_chromium(p)
        except Exception as exc:  # noqa: BLE001 - any launch failure is reported the same way
            pytest.fail(f"could not start headless Chromium: {exc}", pytrace=False)
        yield chromium
        chromium.close()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")
