"""A PDF's `published` is the date its first page states, never the file's creation date.

The PDFs are written by tests/pdfs.py (fpdf2) with a creation date in their document information
(2025-03-03) that differs from the date set on the first page, as when a report published in
November is printed or saved again in March.
"""
from __future__ import annotations

import datetime
from pathlib import Path

import frontmatter
import pytest

from build_site.cli import main
from tests.helpers import config_for
from tests.pdfs import TITLE, article_pdf


def add(capsys: pytest.CaptureFixture[str], tmp_path: Path, pdf: Path, *flags: str) -> tuple[str, frontmatter.Post]:
    """Import `pdf` into a fresh corpus: what was printed, and the article written."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    code = main(["add", str(pdf), *flags, "-f", config_for(corpus)])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, ""), captured.err
    (written,) = (corpus / "articles").glob("*.md")
    return captured.out, frontmatter.load(written)


@pytest.mark.parametrize(("stated", "published", "kept"), [
    ("Updated November 5, 2024", "2024-11-05", False),  # a report's "Updated" line
    ("5 November 2024", "2024-11-05", False),  # a date alone, day first
    ("Date: 2024-11-05", "2024-11-05", False),  # a memo's labelled date
    ("Washington, DC - November 5, 2024", "2024-11-05", True),  # a dated line: it stays in the text
])
def test_the_date_the_first_page_states_is_published_not_the_files_creation_date(
        stated: str, published: str, kept: bool, tmp_path: Path, capsys) -> None:
    out, post = add(capsys, tmp_path, article_pdf(tmp_path / "report.pdf", stated=stated))
    assert str(post["published"]) == published and post["title"] == TITLE
    assert (stated in post.content) is kept
    assert kept or f"date line, read as date: {stated}" in out
    assert "published: the date the document states, not the PDF's creation date 2025-03-03" in out
    assert "Warning:" not in out


def test_without_a_stated_date_published_is_left_unset_with_a_warning_naming_the_files_date(
        tmp_path: Path, capsys) -> None:
    pdf = article_pdf(tmp_path / "report.pdf")
    out, post = add(capsys, tmp_path, pdf)
    assert "published" not in post.metadata
    (warning,) = [line for line in out.splitlines() if line.startswith("Warning:")]
    assert warning.startswith(f"Warning: {pdf}: published left unset: the first page states no date, and the "
                              "PDF's creation date (2025-03-03) is when the file was made")
    assert warning.endswith("add --date 2025-03-03")


def test_a_given_date_needs_no_warning_and_a_date_in_the_prose_is_no_date_line(tmp_path: Path, capsys) -> None:
    out, post = add(capsys, tmp_path, article_pdf(tmp_path / "report.pdf"), "--date", "2024-11-05")
    assert str(post["published"]) == "2024-11-05" and "Warning:" not in out
    (tmp_path / "late").mkdir()
    created = datetime.datetime(2024, 11, 5, tzinfo=datetime.timezone.utc)
    out, post = add(capsys, tmp_path / "late", article_pdf(tmp_path / "late" / "r.pdf", created=created,
                                                           stated="Figures released in March 2019 show the rise."))
    assert "published" not in post.metadata and "creation date (2024-11-05)" in out
    assert "Figures released in March 2019 show the rise." in post.content
