"""`briefing dismiss`: a name out of the review queue for good, until `--undo` brings it back."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import pytest

from build_site.dismissals import matching
from build_site.wording import shell_argument
from tests.briefing_project import new_project
from tests.helpers import run_briefing

# A third article, so that a name the text defines with its acronym is a candidate too.
TRUST = (
    "---\ntitle: Rescue work\npublished: 2024-07-03\n---\n\n"
    "The Reef Rescue Trust (RRT) replanted corals. The RRT counted the Blue Fin Consortiums divers.\n"
)


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    root = new_project(tmp_path / "reef")
    (root / "corpus" / "articles" / "rescue-work.md").write_text(TRUST, encoding="utf-8")
    return root


def _built(project: Path) -> tuple[str, list[str]]:
    """The review page's text and briefing.json's candidates, after a real build."""
    result = run_briefing("build", cwd=project)
    assert result.returncode == 0, result.stderr
    review = (project / "site" / "analysis" / "review" / "index.html").read_text(encoding="utf-8")
    data = json.loads((project / "site" / "briefing.json").read_text(encoding="utf-8"))
    return html.unescape(review), [c["text"] for c in data["candidates"]]


def test_a_dismissed_name_leaves_the_page_and_the_json_and_comes_back_after_undo(project: Path) -> None:
    review, listed = _built(project)
    assert {"Blue Fin Consortium", "Reef Rescue Trust (RRT)"} <= set(listed), listed
    assert 'briefing dismiss "Blue Fin Consortium"' in re.findall(r'<code class="dismiss-command">(.*?)</code>', review)
    # other case, a plural, one part of "Name (ACR)": each the name the queue lists
    result = run_briefing("dismiss", "blue fin consortiums", "rrt", cwd=project)
    assert result.returncode == 0, result.stderr
    review, listed = _built(project)
    assert "Blue Fin Consortium" not in listed and "Reef Rescue Trust (RRT)" not in listed, listed
    assert 'dismiss "Blue Fin Consortium"' not in review and 'dismiss "Reef Rescue Trust' not in review
    assert "2 names are dismissed" in review and 'briefing dismiss --undo "NAME"' in review
    check = run_briefing("check", cwd=project)
    assert "Blue Fin Consortium  [" not in check.stdout and "2 dismissed names not listed" in check.stdout
    assert run_briefing("dismiss", "--undo", "Blue Fin Consortium", cwd=project).returncode == 0
    review, listed = _built(project)
    assert "Blue Fin Consortium" in listed and "Reef Rescue Trust (RRT)" not in listed, listed
    assert "1 name is dismissed" in review


def test_a_name_not_in_the_queue_is_refused_with_the_closest_and_nothing_written(project: Path) -> None:
    result = run_briefing("dismiss", "Blue Fin", cwd=project)
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "'Blue Fin' is not in the review queue" in result.stderr
    assert "did you mean 'Blue Fin Consortium'?" in result.stderr and "Traceback" not in result.stderr
    assert not (project / "corpus" / "dismissed.yml").exists()
    undo = run_briefing("dismiss", "--undo", "Harbor", cwd=project)
    assert undo.returncode == 1 and undo.stderr.strip().endswith(
        "'Harbor' is not dismissed: no name is; nothing written"
    )


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("- Blue Fin Consortium\n- [a, b]\n", "dismissed.yml:2: error: ['a', 'b'] is no name"),
        ("- Blue Fin Consortium\n  bad: [\n", "dismissed.yml:2: error: is not valid YAML"),
        ("name: Blue Fin Consortium\n", "dismissed.yml:1: error: must be a list of names"),
    ],
)
def test_a_broken_dismissal_file_is_one_line_naming_it(project: Path, content: str, where: str) -> None:
    path = project / "corpus" / "dismissed.yml"
    path.write_text(content, encoding="utf-8")
    for command in (["dismiss", "Reef Rescue Trust"], ["check"], ["build"]):
        result = run_briefing(*command, cwd=project)
        assert result.returncode == 1 and where in result.stderr, (command, result.stderr)
        assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == content


def test_the_file_is_untouched_when_nothing_changes(project: Path) -> None:
    assert run_briefing("dismiss", "Blue Fin Consortium", cwd=project).returncode == 0
    path = project / "corpus" / "dismissed.yml"
    path.write_text(path.read_text(encoding="utf-8") + "# kept by hand\n", encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    again = run_briefing("dismiss", "BLUE FIN CONSORTIUM", cwd=project)
    assert again.returncode == 0 and "already dismissed" in again.stdout
    refused = run_briefing("dismiss", "--undo", "Reef Rescue Trust", cwd=project)
    assert refused.returncode == 1 and "the dismissed names are 'Blue Fin Consortium';" in refused.stderr
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert run_briefing("dismiss", "RRT", cwd=project).returncode == 0
    assert path.read_text(encoding="utf-8").endswith(
        "- Blue Fin Consortium\n# kept by hand\n- Reef Rescue Trust (RRT)\n"
    )


def test_accepting_a_dismissed_name_takes_it_out_of_the_dismissals(project: Path) -> None:
    assert run_briefing("dismiss", "Blue Fin Consortium", "Reef Rescue Trust (RRT)", cwd=project).returncode == 0
    accepted = run_briefing("accept", "Blue Fin Consortium", cwd=project)  # the kind the queue suggested
    assert accepted.returncode == 0, accepted.stderr
    assert "'Blue Fin Consortium' no longer dismissed" in accepted.stdout
    left = (project / "corpus" / "dismissed.yml").read_text(encoding="utf-8")
    assert "Blue Fin" not in left and "- Reef Rescue Trust (RRT)" in left
    assert "blue-fin-consortium" in (project / "corpus" / "topics" / "actors.yml").read_text(encoding="utf-8")


def test_variants_match_as_the_queue_groups_them_and_no_more() -> None:
    names = ["Reef Rescue Trust (RRT)", "Blue Fin Consortium", "Harbor"]
    assert matching("Reef Rescue Trust", names) == ["Reef Rescue Trust (RRT)"]
    assert matching("the RRT's", names) == []  # "the" is part of what was written: no guess
    assert matching("Secretary Harbor", names) == ["Harbor"]  # a title is no part of the name
    assert matching("blue fin consortiums", names) == ["Blue Fin Consortium"]
    assert matching("Blue Fin", names) == [] and matching("Harbors Authority", names) == []
    # a capitalized name keeps its s: dismissing Hamas leaves the city of Hama, ISIS the ISI
    assert matching("Hamas", ["Hama", "Hamas"]) == ["Hamas"] and matching("ISIS", ["ISI"]) == []
    assert matching("NGOs", ["NGO"]) == ["NGO"] and matching("houthis", ["Houthis"]) == ["Houthis"]


def test_a_broken_dismissal_file_stops_accept_before_the_codebook_is_written(project: Path) -> None:
    (project / "corpus" / "dismissed.yml").write_text("- [a, b]\n", encoding="utf-8")
    actors = (project / "corpus" / "topics" / "actors.yml").read_bytes()
    refused = run_briefing("accept", "Blue Fin Consortium", "--kind", "actor", cwd=project)
    assert refused.returncode == 1 and "dismissed.yml:1: error:" in refused.stderr, refused.stderr
    assert (project / "corpus" / "topics" / "actors.yml").read_bytes() == actors


def test_a_dismissal_file_leading_outside_the_briefing_is_neither_read_nor_written(
    project: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere.yml"
    outside.write_text("- Blue Fin Consortium\n", encoding="utf-8")
    (project / "corpus" / "dismissed.yml").symlink_to(outside)
    for command in (["build"], ["dismiss", "Reef Rescue Trust"], ["dismiss", "--undo", "Blue Fin Consortium"]):
        result = run_briefing(*command, cwd=project)
        assert result.returncode == 1 and "outside the project folder" in result.stderr, (command, result.stderr)
        assert len(result.stderr.strip().splitlines()) <= 2 and "Traceback" not in result.stderr
    assert outside.read_text(encoding="utf-8") == "- Blue Fin Consortium\n"


def test_a_name_is_one_shell_argument_whatever_it_holds() -> None:
    # the review queue prints `briefing accept/dismiss "NAME"`; a name from an article must stay one
    # argument and run nothing when pasted into a POSIX shell
    name = 'Sec. "Bob" $(touch x) `id` \\ End'
    quoted = shell_argument(name)
    assert subprocess.run(["sh", "-c", f"printf %s {quoted}"], capture_output=True, text=True).stdout == name


def test_a_file_of_comments_only_keeps_them_when_a_name_is_dismissed(project: Path) -> None:
    dismissed = project / "corpus" / "dismissed.yml"
    dismissed.write_text("# names we judged off-subject, 2026\n", encoding="utf-8")
    assert run_briefing("dismiss", "Blue Fin Consortium", cwd=project).returncode == 0
    assert dismissed.read_text(encoding="utf-8") == "# names we judged off-subject, 2026\n- Blue Fin Consortium\n"


@pytest.mark.parametrize(
    ("content", "undone", "left"),
    [
        ("- Operation\n# Sword: keep it out\n- Sword\n", "Operation", "# Sword: keep it out\n- Sword\n"),
        ("- Anchor  # a\n- Operation  # op\n# Sword: keep\n- Sword\n", "Operation", "- Anchor  # a\n# Sword: keep\n- Sword\n"),
        ("- Sword\n- Operation\n# the end\n", "Operation", "- Sword\n# the end\n"),
    ],
)
def test_undo_keeps_a_comment_written_below_the_name_it_takes_out(
    project: Path, content: str, undone: str, left: str
) -> None:
    """A comment line below a name introduces the next one (or ends the file): it stays; only
    the name's own end-of-line comment goes with it."""
    path = project / "corpus" / "dismissed.yml"
    path.write_text(content, encoding="utf-8")
    result = run_briefing("dismiss", "--undo", undone, cwd=project)
    assert result.returncode == 0, result.stderr
    assert path.read_text(encoding="utf-8") == left
