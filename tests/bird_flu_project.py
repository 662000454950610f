"""A briefing on H5N1 in US dairy cattle and poultry, as a newcomer starts one: `briefing new` with
a quote and an ampersand in its title, the real excerpts of tests/fixtures/bird-flu, and the names
they define accepted from the review queue as the queue writes them ("Name (ACR)")."""
from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import ROOT, run_briefing

TEXTS = ROOT / "tests" / "fixtures" / "bird-flu"
TITLE = '"Bird flu" & dairy'
DESCRIPTION = 'Raw milk, "pasteurized" & <b>safe</b>: H5N1 in US dairy cattle and poultry.'
ACCEPTED = (
    ("United States Department of Agriculture (USDA)", "--kind", "actor"),
    ("Animal and Plant Health Inspection Service (APHIS)", "--kind", "actor"),
    ("U.S. Department of Agriculture", "--alias-of", "united-states-department-of-agriculture"),
)


def run_ok(*args: str, cwd: Path) -> str:
    result = run_briefing(*args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


def new_bird_flu_project(folder: Path, build: bool = True) -> Path:
    """The briefing at `folder`: started, its texts in, the names accepted, and (`build`) built."""
    run_ok("new", str(folder), "--title", TITLE, "--description", DESCRIPTION, cwd=folder.parent)
    for text in sorted(TEXTS.glob("*.md")):
        if text.name != "README.md":
            shutil.copy(text, folder / "corpus" / "articles" / text.name)
    for name, option, value in ACCEPTED:
        run_ok("accept", name, option, value, cwd=folder)
    if build:
        run_ok("build", "-q", cwd=folder)
    return folder
