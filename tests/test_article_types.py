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
from tests.pdfs import article_pdf

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


RELEASE = (
    "Office of Public Affairs\n\n"
    "FOR IMMEDIATE RELEASE | Thursday, April 4, 2024 | Media Contact: press@example.gov\n\n"
    "Harbour Authority Reopens the South Pier\n\n" + BODY + "\n" + MORE
)
ON_DELIVERY = "For Release on Delivery Expected at 2:30 p.m. ET Wednesday, September 26, 2018"
TRANSCRIPT = (
    "Hearing on the South Pier\n\n"
    "SEN. JANE DOE (R-TX): Thank you for coming. When will the pier open to ferries again?\n\n"
    "HARBOUR MASTER JOHN ROE: The deck repairs are finished, and the ferries can use it on Tuesday.\n\n"
    "SEN. JANE DOE (R-TX): And will the timetable change for the summer season at all?\n\n"
    "HARBOUR MASTER JOHN ROE: It will not change; the crews keep the schedule as it was before.\n"
)
REPORT_PAGE = (
    "<html><head><title>South Pier Condition Report</title>"
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Report",'
    ' "headline": "South Pier Condition Report", "datePublished": "2024-04-04"}</script></head>'
    "<body><article><h1>South Pier Condition Report</h1>"
    + "".join(f"<p>{line} {MORE}</p>" for line in (BODY, BODY.replace("Tuesday", "Monday"), MORE))
    + "</article></body></html>"
)


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("release.txt", RELEASE, "release"),
        ("hearing.txt", TRANSCRIPT, "transcript"),
        ("report.html", REPORT_PAGE, "report"),
        ("story.txt", "Pier Reopens\n\n" + BODY + "\n" + MORE, "news"),
    ],
)
def test_add_sets_the_type_the_source_states_and_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, text: str, kind: str
) -> None:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    code, out, err, posts = add_to_new_corpus(capsys, tmp_path, str(source))
    assert code == 0, err
    assert posts[0]["type"] == kind
    origin = "default" if kind == "news" else "found"
    assert f"  type: {kind} ({origin})" in out


def test_a_testimony_held_until_delivered_is_a_statement(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = article_pdf(tmp_path / "testimony.pdf", stated=ON_DELIVERY)
    code, out, err, posts = add_to_new_corpus(capsys, tmp_path, str(source))
    assert code == 0, err
    assert posts[0]["type"] == "statement" and "  type: statement (found)" in out


def test_the_type_flag_wins_and_takes_a_label(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
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
