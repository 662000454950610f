"""A candidate no kind of the briefing fits is shown so, in `briefing check --top` and on the
review queue, and `briefing accept NAME` without `--kind` refuses it in one line naming the
kinds; a candidate with a suggested kind is accepted as that kind. Real text: CENTCOM's
statement of March 6, 2024 and The Atlas News' report of March 5, 2024 (the red-sea dev texts)."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from tests.helpers import run_briefing

ATLAS = """---
title: US CENTCOM Confirms Houthi Attack Attempt Against its Forces in Red Sea
publisher: The Atlas News
published: 2024-03-05
---

The United States Central Command (CENTCOM) has confirmed that multiple missiles and explosive drones launched towards its forces in the Red Sea by Houthi forces were successfully intercepted.

According to CENTCOM, Houthi forces launched "one anti-ship ballistic missile and three one-way attack unmanned aerial systems" towards the Arleigh Burke-class destroyer USS Carney in the Red Sea between the hours of 3 p.m. and 5 p.m. (Sanaa time), which were all intercepted.
"""
TRUE_CONFIDENCE = """---
title: Houthis Kill Innocent Civilians with More Reckless Attacks
publisher: U.S. Central Command
published: 2024-03-06
---

This is the fifth ASBM fired by Houthis in the last two days. Two of these ASBMs impacted two shipping vessels - M/V MSC Sky II and M/V True Confidence - and one ASBM was shot down by USS Carney (DDG 64).
"""
ACTORS = """- id: houthis
  name: Houthi movement
  aliases: [Houthis, Houthi]
  summary: The Yemeni movement attacking shipping in the Red Sea.
"""
CENTCOM = "United States Central Command (CENTCOM)"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kind-none") / "red-sea"
    assert run_briefing("new", str(root), "--title", "Red Sea").returncode == 0
    (root / "corpus" / "topics" / "actors.yml").write_text(ACTORS, encoding="utf-8")
    (root / "corpus" / "articles" / "atlas.md").write_text(ATLAS, encoding="utf-8")
    (root / "corpus" / "articles" / "true-confidence.md").write_text(TRUE_CONFIDENCE, encoding="utf-8")
    return root


def test_check_top_says_no_kind_fits_a_vessel(project: Path) -> None:
    result = run_briefing("check", "--top", "5", cwd=project)
    assert result.returncode == 0, result.stderr
    lines = {line.split("[")[0].split(maxsplit=1)[1].strip(): line for line in result.stdout.splitlines() if "  [" in line}
    assert "[kind: none fits — choose one]" in lines["USS Carney"]
    # Counter-example: the command's name, an organization, is suggested as an actor.
    assert "[actor]" in lines[CENTCOM]


def test_the_review_queue_says_no_kind_fits_and_names_the_kinds(project: Path) -> None:
    assert run_briefing("build", cwd=project).returncode == 0
    review = (project / "site" / "analysis" / "review" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="candidate">.*?</tr>\s*<tr class="adopt">.*?</tr>', review, re.DOTALL)  # name, command
    row = next(r for r in rows if "USS Carney" in r)
    assert "kind: none fits — choose one" in row
    assert 'briefing accept "USS Carney" --kind KIND' in html.unescape(row)
    assert "KIND: threat, actor, program, challenge" in row
    other = next(r for r in rows if CENTCOM in html.unescape(r))
    assert "none fits" not in other and f'briefing accept "{CENTCOM}" --kind actor' in html.unescape(other)


def test_accept_without_kind_refuses_a_candidate_no_kind_fits(project: Path) -> None:
    topics = project / "corpus" / "topics"
    before = {p.name: p.read_bytes() for p in topics.iterdir()}
    result = run_briefing("accept", "USS Carney", cwd=project)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "no kind of the briefing fits it; choose one with --kind (threat, actor, program, challenge)" in result.stderr
    assert {p.name: p.read_bytes() for p in topics.iterdir()} == before
    # Counter-example: a candidate with a suggested kind is accepted as that kind.
    result = run_briefing("accept", CENTCOM, cwd=project)
    assert result.returncode == 0, result.stderr
    accepted = yaml.safe_load((topics / "actors.yml").read_text(encoding="utf-8"))[-1]
    assert (accepted["name"], accepted["aliases"]) == ("United States Central Command", ["CENTCOM"])
