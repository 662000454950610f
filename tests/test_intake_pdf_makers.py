"""A PDF's own date is its text's only when the program the text was written in saved it.

The PDFs carry the text of a real public release (USDA APHIS, February 14, 2022, as round 11 of the
title evaluation reprints it) without its date, and differ only in their document information:
printed from a browser (Chrome's Creator and Skia's Producer, the page's `<title>` as Title), saved
by a word processor and never modified, saved by one and modified later, made by an unknown tool.
"""
from __future__ import annotations

import datetime
from pathlib import Path

import frontmatter
import pytest
from fpdf import FPDF

from build_site.cli import main
from tests.helpers import config_for

HEADLINE = "USDA Confirms Highly Pathogenic Avian Influenza in Kentucky and Virginia"
RELEASE = [
    "The United States Department of Agriculture's Animal and Plant Health Inspection Service confirmed the "
    "presence of highly pathogenic avian influenza in birds in two more states - a flock of commercial broiler "
    "chickens in Fulton County, Kentucky, and a backyard flock of mixed-species birds in Fauquier County, Virginia.",
    "The Animal and Plant Health Inspection Service is working closely with state animal-health officials in "
    "Kentucky and Virginia on joint incident responses. State officials quarantined the affected premises, and birds "
    "on the properties will be depopulated to prevent the spread of the disease. Birds from the flocks will not "
    "enter the food system.",
]
CREATED = datetime.datetime(2026, 11, 30, 9, 12, tzinfo=datetime.UTC)
CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"


def release_pdf(path: Path, *, creator: str | None, producer: str | None = None, title: str | None = None,
                modified: datetime.datetime | None = None) -> Path:
    """The release set as a page: bold headline, paragraphs; the document information as given."""
    pdf = FPDF(format="Letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, HEADLINE)
    pdf.set_font("Helvetica", "", 11)
    for paragraph in RELEASE:
        pdf.ln(4)
        pdf.multi_cell(0, 6, paragraph)
    pdf.set_creation_date(CREATED)
    if creator:
        pdf.set_creator(creator)
    if producer:
        pdf.set_producer(producer)
    if title:
        pdf.set_title(title)
    pdf.output(str(path))
    if modified is not None:  # fpdf2 writes no ModDate: add one to the information dictionary
        stamp = modified.strftime("D:%Y%m%d%H%M%SZ").encode()
        raw = path.read_bytes().replace(b"/CreationDate", b"/ModDate (" + stamp + b") /CreationDate", 1)
        path.write_bytes(raw)
    return path


def add(capsys: pytest.CaptureFixture[str], tmp_path: Path, pdf: Path) -> tuple[str, frontmatter.Post]:
    """Import `pdf` into a fresh corpus: what was printed, and the article written."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    code = main(["add", str(pdf), "-f", config_for(corpus)])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, ""), captured.err
    (written,) = (corpus / "articles").glob("*.md")
    return captured.out, frontmatter.load(written)


def test_a_page_printed_to_pdf_is_not_dated_by_its_print_and_keeps_its_headline(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = release_pdf(tmp_path / "printed.pdf", creator=CHROME, producer="Skia/PDF m120",
                      title=f"{HEADLINE} | Animal and Plant Health Inspection Service")
    out, post = add(capsys, tmp_path, pdf)
    assert "published" not in post.metadata and post["title"] == HEADLINE
    (warning,) = [line for line in out.splitlines() if line.startswith("Warning:")]
    assert "printed from a page" in warning and "add --date YYYY-MM-DD" in warning
    assert "2026-11-30" in warning and "--date 2026-11-30" not in warning  # the print day is never offered


def test_a_pdf_saved_by_its_word_processor_and_never_modified_is_dated_by_its_creation(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = release_pdf(tmp_path / "saved.pdf", creator="Microsoft® Word for Microsoft 365")
    out, post = add(capsys, tmp_path, pdf)
    assert str(post["published"]) == "2026-11-30" and "Warning:" not in out
    assert "published: the PDF's creation date 2026-11-30, saved by Microsoft® Word for Microsoft 365" in out


@pytest.mark.parametrize(("creator", "modified"), [
    ("Microsoft® Word for Microsoft 365", datetime.datetime(2026, 12, 2, tzinfo=datetime.UTC)),
    (None, None),  # no creator named: whatever made it, its date is offered, not taken
])
def test_any_other_pdfs_date_is_offered_in_the_warning_not_taken(
        creator: str | None, modified: datetime.datetime | None, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out, post = add(capsys, tmp_path, release_pdf(tmp_path / "other.pdf", creator=creator, modified=modified))
    assert "published" not in post.metadata
    (warning,) = [line for line in out.splitlines() if line.startswith("Warning:")]
    assert warning.endswith("add --date 2026-11-30")
