"""Counts read right where they are one: a real build and `briefing check` of a one-article corpus
with one candidate name, and a candidate found in many articles listed on one short line."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from build_site.wording import cut
from tests.attack_project import make_attack_project, write_article
from tests.helpers import run_briefing

GUARD = "Tamaulipas Border Guard"  # in no codebook of these tests: the one candidate


@pytest.fixture(scope="module")
def one_article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_attack_project(tmp_path_factory.mktemp("one") / "p", articles=0)
    write_article(project / "corpus" / "articles" / "one.md", "Navy patrols the coast", dt.date(2025, 1, 2),
                  f"SEMAR seized fuel near the port, said the {GUARD} on Monday.\n\n"
                  f"The {GUARD} said ICE helped with the gun smuggling case.\n\n"
                  f"Later the {GUARD} thanked SEMAR again.\n")
    return project


def test_a_build_of_one_article_and_one_candidate_says_so_in_the_singular(one_article: Path) -> None:
    result = run_briefing("build", cwd=one_article, env={"CI": ""})  # the log line checked is muted under CI
    assert result.returncode == 0, result.stderr
    assert "Built site/ from 1 article and 6 topics (2 threats, 2 actors, 1 program, 1 challenge)." in result.stdout
    assert re.search(r"  \d+ mentions, 1 relation, 0 facts, 1 candidate\.", result.stdout), result.stdout
    assert f"    {GUARD} (actor, 3x in 1 article)" in result.stdout
    assert "briefing: read " not in result.stderr  # the summary above says it, once
    home = (one_article / "site" / "index.html").read_text(encoding="utf-8")
    lede = re.sub(r"<[^>]+>", "", re.search(r'<p class="lede">(.*?)</p>', home, re.S).group(1))
    assert lede.startswith("1 article, dated ")
    assert lede.endswith("1 name in the articles is not in the codebook yet.")
    glance = re.findall(r'glance__number">(\d+)</span> (\w+)', home)
    assert ("1", "article") in glance and ("1", "publisher") in glance and ("1", "program") in glance
    assert all(word.endswith("s") for count, word in glance if count != "1")


def test_check_of_one_article_says_so_in_the_singular(one_article: Path) -> None:
    result = run_briefing("check", cwd=one_article)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == ["corpus: 1 article, 6 topics, no errors.",
                                              "1 candidate the codebook does not cover, most frequent first:"]


def test_check_lists_a_few_articles_of_a_candidate_and_counts_the_rest(tmp_path: Path) -> None:
    project = make_attack_project(tmp_path / "p", articles=0)
    for number in range(12):
        write_article(project / "corpus" / "articles" / f"report-{number:02d}.md", f"Report {number} on the coast",
                      dt.date(2025, 1, 1 + number), f"The {GUARD} said SEMAR seized fuel near port {number}.\n")
    result = run_briefing("check", cwd=project)
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if GUARD in line and "e.g." not in line]
    assert line.endswith("in report-00, report-01, report-02, report-03, report-04 and 7 more")


@pytest.mark.parametrize(("text", "expected"), [("short", "short"), ("exactly10!", "exactly10!"), ("eleven char", "eleven ch…")])
def test_a_quoted_text_is_cut_to_its_limit_with_an_ellipsis(text: str, expected: str) -> None:
    """The one cut every one-line message quotes with (importer_html, importer_text, importer_write)."""
    assert cut(text, 10) == expected and len(cut(text, 10)) <= 10
