"""A one-page Interior release as a PDF (tests/fixtures/colorado_paste/interior-agreements-pdf.txt,
its lines as they break on the page): its headline wrapped over two lines set far apart lost only
its first line as "headline printed twice" and kept the second as `## agreements`, and the office's
letterhead above it stayed in the body, a running header no second page repeated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import frontmatter
import pytest
from fpdf import FPDF

from build_site.cli import main
from tests.helpers import ROOT, config_for

LINES = (
    (ROOT / "tests" / "fixtures" / "colorado_paste" / "interior-agreements-pdf.txt")
    .read_text(encoding="utf-8")
    .splitlines()
)
LETTERHEAD, HEADLINE, DATE, BODY = LINES[0], LINES[1:3], LINES[3], LINES[4:]
TITLE = " ".join(HEADLINE)


def release_pdf(
    path: Path,
    *,
    metadata_title: str | None,
    letterhead: str = LETTERHEAD,
    letterhead_y: float = 40,
    leading: float = 36,
) -> Path:
    """The release on one letter page: the letterhead small at the top, the headline in 20 pt bold
    over two lines `leading` points apart (36: each line a box of its own), the date, the body."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(dt.datetime(2023, 12, 18, tzinfo=dt.UTC))
    if metadata_title is not None:
        pdf.set_title(metadata_title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.text(72, letterhead_y, letterhead)
    pdf.set_font("Helvetica", "B", size=20)
    for number, line in enumerate(HEADLINE):
        pdf.text(72, 100 + number * leading, line)
    pdf.set_font("Helvetica", size=11)
    y = 100 + leading + 34
    pdf.text(72, y, DATE)
    y += 30
    for line in BODY:
        y += 10 if not line else 0
        if line:
            pdf.text(72, y, line)
            y += 14
    pdf.output(str(path))
    return path


def add(capsys: pytest.CaptureFixture[str], tmp_path: Path, pdf: Path) -> tuple[str, frontmatter.Post]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert main(["add", str(pdf), "-f", config_for(corpus)]) == 0
    (path,) = (corpus / "articles").glob("*.md")
    return capsys.readouterr().out, frontmatter.load(path)


def paragraphs() -> list[str]:
    """The body's paragraphs as the page breaks them, joined again."""
    return [" ".join(part.splitlines()) for part in "\n".join(BODY).split("\n\n")]


@pytest.mark.parametrize("metadata_title", [TITLE, None])
def test_a_headline_wrapped_over_two_boxes_is_one_title_and_leaves_the_body(
    metadata_title: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the document's title (a word processor's) or without (the largest text is the title)."""
    out, post = add(capsys, tmp_path, release_pdf(tmp_path / "release.pdf", metadata_title=metadata_title))
    assert post["title"] == TITLE
    assert "agreements" not in post.content.split("The U.S. Department")[0]
    assert "#" not in post.content
    assert post.content.split("\n\n") == paragraphs()
    assert "  - running header (the first page's letterhead): " + LETTERHEAD in out
    if metadata_title:
        assert "  - headline printed twice: " + TITLE in out


def test_a_headline_that_is_not_the_documents_title_stays_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The document's title names another text: the printed headline stays, one heading, not two."""
    pdf = release_pdf(tmp_path / "release.pdf", metadata_title="Water savings in Lake Mead through 2025")
    _, post = add(capsys, tmp_path, pdf)
    assert post["title"] == "Water savings in Lake Mead through 2025"
    assert post.content.split("\n\n")[0] == "## " + TITLE


@pytest.mark.parametrize(
    ("letterhead", "letterhead_y"),
    [
        ("Lake Mead stood at 1,040 feet above sea level on the day of the announcement.", 40),  # a sentence
        (LETTERHEAD, 90),  # under the page's top band: a kicker or label, not a letterhead
    ],
)
def test_what_is_no_letterhead_stays(
    letterhead: str, letterhead_y: float, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = release_pdf(tmp_path / "release.pdf", metadata_title=TITLE, letterhead=letterhead, letterhead_y=letterhead_y)
    out, post = add(capsys, tmp_path, pdf)
    assert letterhead in post.content and "first page's letterhead" not in out


def test_lines_set_like_the_body_never_wrap_onto_the_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A document set in one size, each line a box of its own: its first line is the title, as
    before, and the line under it, which ends no sentence either, stays in the body."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    lines = [" ".join(HEADLINE[:1]), HEADLINE[1], *paragraphs()[0].split(" to conserve ")]
    for number, line in enumerate(lines):
        pdf.text(72, 100 + number * 30, line)
    pdf.output(str(tmp_path / "plain.pdf"))
    _, post = add(capsys, tmp_path, tmp_path / "plain.pdf")
    assert post["title"] == HEADLINE[0]
    assert post.content.startswith(HEADLINE[1])
