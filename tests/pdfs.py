"""PDFs for the importer tests, written with fpdf2 line by line so every line break, page break,
hyphen, footnote marker, running header and page number stands where the test says."""
from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

HEADER = "Congressional Research Service"
FOOTER = "Border Security Brief"
TITLE = "Maritime Drug Interdiction in the Eastern Pacific"
# Each page: paragraphs, each a list of lines as they break on the page.
PAGES: list[list[list[str]]] = [
    [
        ["The Coast Guard seized more cocaine at sea in 2024 than in any year since",
         "2019, according to figures released in March by the service and reviewed",
         "for this brief by analysts of the border[1] program."],
        ["Most seizures took place in the Eastern Pacific, where semi-submersible",
         "vessels carry loads north from Colombia and Ecuador toward the coasts of",
         "Central America and southern Mexico, often refuelling at sea."],
        ["Officials say the interdictions depend on intelligence shared with partner",
         "navies and on patrol aircraft, and that the number of vessels detected but",
         "never intercepted remains far larger than the number stopped, which limits"],
    ],
    [
        ["what the seizure figures say about the flow of drugs toward the border and",
         "the ports of entry, where most fentanyl is found in passenger vehicles."],
        ["Congress may consider whether the cutters and aircraft assigned to the secu-",
         "rity mission are enough for the task, and how the costs compare with those",
         "of inspection at the land border."],
    ],
]
FOOTNOTE = "1 See the annual report of the Joint Interagency Task Force South, 2024."


CREATED = datetime.datetime(2025, 3, 3, tzinfo=datetime.timezone.utc)  # the file's creation date


def article_pdf(path: Path, *, metadata_title: str | None = None, stated: str | None = None,
                created: datetime.datetime = CREATED) -> Path:
    """A two-page report: running header and footer, page numbers, a footnote, a paragraph across the
    page break and a hyphenated word at a line end; `stated` is a line set under the title (a date
    line), `created` the creation date of the document information."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    if metadata_title is not None:
        pdf.set_title(metadata_title)
    pdf.set_creation_date(created)
    for number, paragraphs in enumerate(PAGES, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.text(72, 40, HEADER)
        pdf.text(72, 760, FOOTER)
        pdf.text(520, 760, f"Page {number}")
        y = 100.0
        if number == 1:
            pdf.set_font("Helvetica", "B", size=20)
            pdf.text(72, y, TITLE)
            y += 50
            if stated is not None:
                pdf.set_font("Helvetica", size=11)
                pdf.text(72, y, stated)
                y += 35
        for lines in paragraphs:
            for line in lines:
                _line(pdf, 72, y, line)
                y += 15
            y += 20
        if number == 1:
            pdf.set_font("Helvetica", size=8)
            pdf.text(72, 720, FOOTNOTE)
    pdf.output(str(path))
    return path


def _line(pdf: FPDF, x: float, y: float, line: str) -> None:
    """A line of body text; "[1]" is set as a superscript footnote marker."""
    before, marker, after = line.partition("[1]")
    pdf.set_font("Helvetica", size=11)
    pdf.text(x, y, before)
    if marker:
        x += pdf.get_string_width(before)
        pdf.set_font("Helvetica", size=6)
        pdf.text(x, y - 4, "1")
        x += pdf.get_string_width("1")
        pdf.set_font("Helvetica", size=11)
        pdf.text(x, y, after)


def scanned_pdf(path: Path) -> Path:
    """A page with only a drawing on it, as a scan has only an image: no text layer."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    for row in range(40):
        pdf.rect(72, 72 + row * 15, 400 - row * 5, 8, style="F")
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path) -> Path:
    """A report that opens only with a password."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(72, 100, "A confidential text of the report that needs a password to be read at all.")
    pdf.output(str(path))
    return path
