"""An article's type: the kinds of document an analyst's sources are, accepted by the loader,
set by `briefing add` where the source says what it is, and shown on the site as text."""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from build_site.corpus import load_article
from build_site.model import ARTICLE_TYPE_LABELS, ARTICLE_TYPES
from tests.helpers import add_to_new_corpus, make_project

BODY = "The authority reopened the south pier on Tuesday after repairs to its deck were finished.\n"
MORE = "The harbour master said the ferries would keep their timetable through the summer season.\n"


def _article(tmp_path: Path, written: str) -> Path:
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Pier reopens\ntype: {written}\n---\n\n{BODY}", encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ARTICLE_TYPES)
def test_every_type_of_the_vocabulary_is_accepted(tmp_path: Path, kind: str) -> None:
    article, problems = load_article(_article(tmp_path, kind))
    assert article is not None and article.type == kind and not problems
    assert article.type_label == ARTICLE_TYPE_LABELS[kind]


@pytest.mark.parametrize(
    ("written", "kind"),
    [("Report", "report"), ("press release", "release"), ("Press-Release", "release"), ("TRANSCRIPT", "transcript")],
)
def test_a_type_written_as_its_label_or_in_another_case_is_that_type(tmp_path: Path, written: str, kind: str) -> None:
    article, problems = load_article(_article(tmp_path, written))
    assert article is not None and article.type == kind and not problems


@pytest.mark.parametrize(
    ("written", "hint"), [("rumour", ""), ("news release", "did you mean 'release'?"), ("reports", "'report'")]
)
def test_an_unknown_type_is_one_error_at_its_line_naming_the_accepted_ones(
    tmp_path: Path, written: str, hint: str
) -> None:
    article, problems = load_article(_article(tmp_path, written))
    assert article is None and len(problems) == 1
    assert problems[0].line == 3 and f"unknown type {written!r}" in problems[0].message
    assert hint in problems[0].message and ", ".join(ARTICLE_TYPES) in problems[0].message


def test_the_type_flag_wins_and_takes_a_label(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text("Pier Reopens\n\n" + BODY + "\n" + MORE, encoding="utf-8")
    code, out, err, posts = add_to_new_corpus(capsys, tmp_path, str(source), "--type", "Analysis")
    assert code == 0, err
    assert posts[0]["type"] == "analysis" and "  type: analysis (flag)" in out


def test_the_site_shows_each_type_as_its_label(tmp_path: Path) -> None:
    """A real build: the label on the article page and in the articles list, the feed's category,
    briefing.json's type."""
    project = make_project(tmp_path / "p")
    (project / "corpus" / "articles" / "pier-release.md").write_text(
        f"---\ntitle: Pier reopens\npublisher: Harbour Authority\npublished: 2024-04-04\ntype: Press release\n---\n\n{BODY}",
        encoding="utf-8",
    )
    result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    badge = '<span class="article-type article-type--release">Press release</span>'
    assert badge in (site / "articles" / "pier-release" / "index.html").read_text(encoding="utf-8")
    assert badge in (site / "articles" / "index.html").read_text(encoding="utf-8")
    entries = ET.parse(site / "feed.xml").getroot().findall("{http://www.w3.org/2005/Atom}entry")
    categories = {
        e.findtext("{http://www.w3.org/2005/Atom}title"): e.find("{http://www.w3.org/2005/Atom}category") for e in entries
    }
    category = categories["Pier reopens"]
    assert category is not None and (category.get("term"), category.get("label")) == ("release", "Press release")
    exported = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    assert {a["id"]: a["type"] for a in exported["articles"]}["pier-release"] == "release"
