"""A text box's headline is looked for among its first few lines only: each possible split of a long
box re-read every line above it (quadratic in the box's lines)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextBox, LTTextLine

from build_site import importer_pdf

LINE = "The council voted on Tuesday to extend the program for another year after a debate."


def box_rows(tmp_path: Path, headline: list[str], lines: int) -> list[LTTextLine]:
    """The lines of the one text box of a page: `headline` set large over `lines` of body text."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 60.0
    pdf.set_font("Helvetica", "B", size=16)
    for row in headline:
        pdf.text(72, y, row)
        y += 18
    pdf.set_font("Helvetica", size=9)
    for _ in range(lines):
        pdf.text(72, y, LINE)
        y += 10.5
    pdf.output(str(tmp_path / "box.pdf"))
    (page,) = extract_pages(tmp_path / "box.pdf")
    (box,) = [element for element in page if isinstance(element, LTTextBox)]
    return [row for row in box if isinstance(row, LTTextLine)]


def test_a_long_box_is_read_line_by_line_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = box_rows(tmp_path, [], 60)
    read: list[LTTextLine] = []
    real = importer_pdf._line_text

    def counted(row: LTTextLine) -> str:
        read.append(row)
        return real(row)

    monkeypatch.setattr(importer_pdf, "_line_text", counted)
    assert importer_pdf._headline_rows(rows) == 0
    assert len(read) < 2 * len(rows)


def test_a_headline_over_its_box_is_still_split_off(tmp_path: Path) -> None:
    rows = box_rows(tmp_path, ["Council extends the program", "for another year"], 20)
    assert importer_pdf._headline_rows(rows) == 2
