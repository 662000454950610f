"""Shared fixtures: the tests' own briefing, a real build of it, and throw-away projects for bad input."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_site.model import Briefing
from build_site.pipeline import load_inputs
from tests.helpers import FIXTURE, FIXTURE_CORPUS, ROOT, make_project, run_briefing, tree_digest


@pytest.fixture(scope="session", autouse=True)
def corpora_untouched() -> Iterator[None]:
    """Every test works on copies: none may change the repository's corpus/ or the fixture briefing."""
    folders = [ROOT / "corpus", FIXTURE]
    before = [tree_digest(folder) for folder in folders]
    yield
    changed = [str(folder) for folder, digest in zip(folders, before, strict=True) if tree_digest(folder) != digest]
    assert not changed, f"a test changed {', '.join(changed)}"


@pytest.fixture(scope="session")
def briefing() -> Briefing:
    """The Briefing of the fixture briefing's articles and codebook."""
    result, _ = load_inputs(FIXTURE_CORPUS)
    return result


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the fixture briefing for the session's builds of it, which share its cache."""
    return make_project(tmp_path_factory.mktemp("fixture") / "project")


@pytest.fixture(scope="session")
def built_site(fixture_project: Path) -> Path:
    """The fixture briefing built once by `briefing build` (strict, link-checked)."""
    result = run_briefing("build", "-q", cwd=fixture_project)
    assert result.returncode == 0, result.stderr
    return fixture_project / "site"


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
