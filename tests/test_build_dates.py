"""Dates a build cannot write or no article can have yet. The build's one date (build_date.py) goes into the gzip
header of sitemap.xml.gz, which holds 1970-01-01 to 2106-02-07: `check` refuses a `published` day after that (one
line naming the file and the field) instead of the build ending in a traceback, a corpus older than 1970 builds,
and a SOURCE_DATE_EPOCH MkDocs cannot read is one error line. A day still to come is warned about by `check` and by
`briefing add --date`. On real commands and a real MkDocs build."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from tests.helpers import make_project, run_briefing

ARTICLE = """---
title: Flooding closes the river port
published: {published}
---

The Ministry of Transport said the river port at Kessel would stay closed until the water fell.
"""


def _project(root: Path, published: str) -> Path:
    """The fixture's codebook and one article published on `published`."""
    make_project(root, corpus=False)
    (root / "corpus" / "articles" / "port.md").write_text(ARTICLE.format(published=published), encoding="utf-8")
    return root


def _one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if "error" in line]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize("published", ["9999-12-31", "2107-01-01"])
def test_a_date_later_than_a_build_can_write_is_refused_by_check_and_build(tmp_path: Path, published: str) -> None:
    project = _project(tmp_path / "p", published)
    checked = run_briefing("check", cwd=project)
    assert checked.returncode == 1
    assert _one_error_line(checked.stderr) == (
        f"corpus/articles/port.md:3: error: published {published} is later than a build can date (2106-02-07)"
    )
    built = run_briefing("build", cwd=project)
    assert built.returncode == 1
    assert "port.md:3: error: published" in built.stderr and "Traceback" not in built.stderr
    assert not (project / "site").exists()


def test_a_corpus_older_than_1970_builds_dated_1970(tmp_path: Path) -> None:
    project = _project(tmp_path / "p", "1962-10-16")
    built = run_briefing("build", cwd=project)
    assert built.returncode == 0, built.stderr
    header = (project / "site" / "sitemap.xml.gz").read_bytes()[:10]
    assert struct.unpack("<L", header[4:8])[0] == 0  # the gzip header's date: 1970-01-01


@pytest.mark.parametrize("epoch", ["abc", "1.5", "-5", "99999999999", ""])
@pytest.mark.parametrize("command", ["build", "serve"])
def test_a_source_date_epoch_mkdocs_cannot_read_is_one_error_line(tmp_path: Path, epoch: str, command: str) -> None:
    project = _project(tmp_path / "p", "2024-03-01")
    ran = run_briefing(command, cwd=project, env={"SOURCE_DATE_EPOCH": epoch})
    assert ran.returncode == 1
    assert _one_error_line(ran.stderr) == (
        f"error: SOURCE_DATE_EPOCH={epoch!r} is not a build date: set it to whole seconds since 1970-01-01 UTC, "
        "0 to 4294967295, or unset it"
    )
    assert not (project / "site").exists()


def test_check_warns_about_a_day_still_to_come(tmp_path: Path) -> None:
    project = _project(tmp_path / "p", "2099-01-01")
    checked = run_briefing("check", cwd=project)
    assert checked.returncode == 0, checked.stderr
    assert "corpus/articles/port.md:3: warning: published 2099-01-01 is a day still to come: check the year" in (
        checked.stderr.splitlines()
    )


def test_add_warns_about_a_date_still_to_come_and_refuses_one_no_build_can_write(tmp_path: Path) -> None:
    project = _project(tmp_path / "p", "2024-03-01")
    text = tmp_path / "levee.txt"
    text.write_text("Engineers said the levee at Kessel held through the night.\n", encoding="utf-8")
    added = run_briefing("add", str(text), "--title", "The levee held", "--date", "2099-01-01", cwd=project)
    assert added.returncode == 0, added.stderr
    assert f"Warning: {text}: published 2099-01-01 is a day still to come: check the year" in added.stdout
    assert (project / "corpus" / "articles" / "the-levee-held.md").is_file()
    refused = run_briefing("add", str(text), "--title", "Later", "--date", "2200-01-01", cwd=project)
    assert refused.returncode == 1
    assert (
        _one_error_line(refused.stderr)
        == f"{text}: error: --date 2200-01-01 is later than a build can date (2106-02-07)"
    )
    assert not (project / "corpus" / "articles" / "later.md").exists()
