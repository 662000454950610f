"""benchmarks/compare.py's bookkeeping: which build runs when, on what, into which folder.

The builds are replaced by a recorder (a real comparison takes minutes a build); the projects
are tiny ones of the test's own, changed by compare.py's own changes (run.py's)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import compare
import run
import synth

REVISIONS = {"before": {"commit": "a" * 40, "path": "/before"}, "after": {"commit": "b" * 40, "path": "/after"}}


def _tiny_project(target: Path, count: int) -> Path:
    (target / "corpus" / "articles").mkdir(parents=True, exist_ok=True)
    (target / "corpus" / "topics").mkdir(exist_ok=True)
    for number in range(count):
        (target / "corpus" / "articles" / f"a{number}.md").write_text(f"article {number}\n", encoding="utf-8")
    (target / "corpus" / "topics" / run.EDITED_TOPIC[0]).write_text(
        f"- id: {run.EDITED_TOPIC[1]}\n  aliases: [impunity]\n", encoding="utf-8"
    )
    return target


def _snapshot(project: Path) -> tuple[tuple[str, ...], str]:
    """What a build of `project` would read: its articles and its edited kind file."""
    articles = tuple(sorted(p.name for p in (project / "corpus" / "articles").iterdir()))
    return articles, (project / "corpus" / "topics" / run.EDITED_TOPIC[0]).read_text(encoding="utf-8")


@pytest.fixture
def builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Every build compare.py asks for, recorded with what it would have read."""
    monkeypatch.setattr(compare, "WORK", tmp_path)
    monkeypatch.setattr(synth, "make_corpus_project", _tiny_project)
    monkeypatch.setattr(synth, "make_floor_project", lambda target, count: (_tiny_project(target, count), count))
    monkeypatch.setattr(synth, "copy_site_files", lambda product, target: None)
    monkeypatch.setattr(synth, "synthetic_articles", lambda count: [(f"s{n}.md", f"new {n}\n") for n in range(count)])
    recorded: list[dict[str, object]] = []

    def fake_build(project: Path, site: Path, first: bool = True, sample_memory: bool = False) -> dict[str, object]:
        assert not site.exists(), "every build starts from an emptied site folder"
        site.mkdir(parents=True)
        number = len(recorded)
        recorded.append({"revision": run.PRODUCT.get("path"), "project": project, "site": site, "first": first,
                         "memory": sample_memory, "reads": _snapshot(project)})
        return {"total": 1.0 + number, "user": 0.5 + number, "system": 0.25, "workers_cpu": 2.0, "load": 0.5,
                "max_rss_mb": 100.0, "tree_pss_mb": 150.0}

    monkeypatch.setattr(compare, "child_build", fake_build)
    return recorded


def test_rebuilds_alternate_between_revisions_each_in_its_own_site_folder(builds: list[dict[str, object]]) -> None:
    result = compare.compare_size(3, REVISIONS, repeat=2)
    revisions = [b["revision"] for b in builds]
    assert revisions == [
        None, "/before", "/after",  # round 1: the floor, then each revision's first build
        None, "/after", "/before",  # round 2, in the other order
        "/before", "/after",  # the memory-sampled first builds
        "/before", "/after", "/after", "/before",  # + 1 article, two rounds
        "/before", "/after", "/after", "/before",  # codebook edit, two rounds
    ]
    for build in builds:
        name = {None: "floor", "/before": "before", "/after": "after"}[build["revision"]]  # type: ignore[index]
        assert Path(build["site"]).name == f"site-{name}"  # type: ignore[arg-type]
        assert build["first"] == (builds.index(build) < 8)
    rebuilds, edits = builds[8:12], builds[12:16]
    for first, second in zip(rebuilds[::2], rebuilds[1::2], strict=True):  # both revisions read the same change
        assert first["reads"] == second["reads"] and first["project"] != second["project"]
    added = [set(b["reads"][0]) - {"a0.md", "a1.md", "a2.md"} for b in rebuilds]  # type: ignore[index]
    assert added == [{"added-s3.md"}, {"added-s3.md"}, {"added-s4.md"}, {"added-s4.md"}]
    assert [run.NEW_ALIASES[0] in b["reads"][1] for b in edits] == [True, True, False, False]  # type: ignore[index]
    assert [run.NEW_ALIASES[1] in b["reads"][1] for b in edits] == [False, False, True, True]  # type: ignore[index]
    for name in REVISIONS:  # each project left as it was found
        assert _snapshot(compare.WORK / "compare" / f"n3-{name}") == _snapshot(compare.WORK / "corpora" / "n3")
    assert [r["total"] for r in result["before"]["rebuild"]] == [9.0, 12.0]  # type: ignore[index]


def test_the_table_gives_medians_of_wall_and_cpu_with_the_load(builds: list[dict[str, object]]) -> None:
    result = compare.compare_size(3, REVISIONS, repeat=2)
    lines = compare.table([result], list(REVISIONS)).splitlines()
    assert lines[0].startswith("| size | revision | step | wall | ÷ floor | user CPU | system CPU | workers' CPU |")
    assert lines[2] == "| 3 | floor (bare Material) | | 2.50 | 1.00× | 2.00 | 0.25 | | 0.5–0.5 | | |"
    before_rebuild = next(line for line in lines if "| before | + 1 article |" in line)
    assert before_rebuild == "| 3 | before | + 1 article | 10.50 | 4.20× | 10.00 | 0.25 | 2.00 | 0.5–0.5 |  | |"
    assert len(lines) == 2 + 1 + 2 * 3
