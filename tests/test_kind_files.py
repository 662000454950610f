"""A kind's file and site section are named by its id's English plural: `--kind agency` gives
agencies.yml and agencies/, not agencys; a briefing whose file is still named by the id and "s"
(as earlier versions wrote it) keeps loading, and accept adds to that file. The shipped kinds keep
their names. Real `briefing new`, `check`, `accept` and a real MkDocs build, on a fixture of this
file's own (an FDA update on H5N1, May 10, 2024, a US government release, excerpt)."""
from __future__ import annotations

from pathlib import Path

import pytest

from build_site.model import DEFAULT_KINDS, Kind
from build_site.wording import english_plural
from tests.helpers import run_briefing

AGENCIES = """- id: fda
  name: U.S. Food and Drug Administration
  aliases: [FDA]
  summary: The federal agency responsible for the safety of milk.
"""
ARTICLE = """---
title: "Updates on Highly Pathogenic Avian Influenza (HPAI)"
publisher: U.S. Food and Drug Administration
published: 2024-05-10
---

The FDA, alongside our federal and state partners, is continuing to take a stepwise approach to our scientific analysis of commercial milk safety during the first-of-its-kind detection of HPAI H5N1 in dairy cattle.

The FDA will continue to follow a sound scientific process to inform the agency's public health decisions related to food safety.
"""


@pytest.mark.parametrize(
    ("word", "plural"),
    [("agency", "agencies"), ("crisis", "crises"), ("virus", "viruses"), ("day", "days"), ("measure", "measures"),
     ("pathogen", "pathogens"), ("place", "places"), ("flock", "flocks"), ("policy", "policies"), ("box", "boxes")],
)
def test_a_kind_is_filed_under_its_english_plural(word: str, plural: str) -> None:
    kind = Kind(word, word.capitalize(), plural.capitalize(), "kind-1")
    assert english_plural(word) == plural
    assert (kind.folder, kind.file_name, kind.site_url) == (plural, f"{plural}.yml", f"{plural}/")


def test_the_shipped_kinds_keep_their_files() -> None:
    assert [k.file_name for k in DEFAULT_KINDS] == ["threats.yml", "actors.yml", "programs.yml", "challenges.yml"]


def _agency_briefing(folder: Path) -> Path:
    made = run_briefing("new", str(folder), "--title", "H5N1", "--kind", "agency", "--kind", "pathogen",
                        "--kind", "place", "--kind", "measure", cwd=folder.parent)
    assert made.returncode == 0, made.stderr
    (folder / "corpus" / "articles" / "fda-update.md").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_new_and_build_name_an_agency_kind_agencies(tmp_path: Path) -> None:
    briefing = _agency_briefing(tmp_path / "flu")
    topics = briefing / "corpus" / "topics"
    assert sorted(p.name for p in topics.iterdir()) == ["agencies.yml", "measures.yml", "pathogens.yml", "places.yml"]
    assert "agencies/" in (topics / "agencies.yml").read_text(encoding="utf-8")  # the example's address
    (topics / "agencies.yml").write_text(AGENCIES, encoding="utf-8")
    built = run_briefing("build", "-q", cwd=briefing)
    assert built.returncode == 0, built.stdout + built.stderr
    assert (briefing / "site" / "agencies" / "fda" / "index.html").is_file()
    assert not (briefing / "site" / "agencys").exists()


def test_a_briefing_whose_file_is_named_the_old_way_still_loads(tmp_path: Path) -> None:
    """`agencys.yml`, as `new --kind agency` wrote it before: read, and accept adds to it."""
    briefing = _agency_briefing(tmp_path / "flu")
    topics = briefing / "corpus" / "topics"
    (topics / "agencies.yml").unlink()
    (topics / "agencys.yml").write_text(AGENCIES, encoding="utf-8")
    checked = run_briefing("check", cwd=briefing)
    assert checked.returncode == 0 and ", 1 topic, no errors." in checked.stdout, checked.stdout + checked.stderr
    added = run_briefing("accept", "Centers for Disease Control and Prevention", "--kind", "agency", cwd=briefing)
    assert added.returncode == 0, added.stderr
    assert "agencys.yml" in added.stdout and not (topics / "agencies.yml").exists()
    assert "id: centers-for-disease-control-and-prevention" in (topics / "agencys.yml").read_text(encoding="utf-8")
    # Counter-example: with both files, the old one is no kind's file, refused naming it, never merged.
    (topics / "agencies.yml").write_text(AGENCIES.replace("fda", "usda"), encoding="utf-8")
    both = run_briefing("check", cwd=briefing)
    assert both.returncode == 1
    assert "corpus/topics/agencys.yml: error: is not the file of a kind of this briefing (agencies.yml," in both.stderr
