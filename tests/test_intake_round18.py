"""Round 18: a PDF's numbered steps set in small type stay text; only a footnote is cut.

Blind round 16 (dev now) found its worksheet, 17.pdf, losing 20 lines of numbered steps as
"footnote": small print low on a page starting with a number. A footnote now also needs its
number set as a marker in the body, or to stand at the page's foot, below the body's text, and
not as a step "N. " of a list. Counter-examples keep today's answer: a marked note and an
unmarked note at the page's foot are still cut.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from build_site.importer import prepare
from tests.pdfs import FOOTNOTE, article_pdf

WORKSHEET = Path(__file__).resolve().parent.parent / "evaluation" / "titles" / "round16" / "texts" / "17.pdf"
STEPS = (
    "Look at the Related topics associated with each principle and think about which of them",
    "Anonymously collect the descriptions and read and discuss them as a group.",
    'Is the source Sass written with USWDS color tokens like color("red-50")?',
)  # steps 2, 3 and 1 of three activities; the numbers go to the list's markup
PROSE = "The team reads each principle aloud before the activity starts, and each member takes notes."
NOTE = "7 Figures from the office's annual report, as published in the spring of that year."


def text_and_notes(raw: bytes) -> tuple[str, list[str]]:
    """The imported text of a PDF, and the lines dropped as footnotes."""
    draft = prepare(raw, "pdf", {"title": "A test title"}).draft
    return "\n".join(piece.text for piece in draft.pieces), [line for why, line in draft.dropped if why == "footnote"]


def test_the_worksheets_numbered_steps_stay_text() -> None:
    text, notes = text_and_notes(WORKSHEET.read_bytes())
    assert notes == []
    for step in STEPS:
        assert step in text


def small_steps_pdf(path: Path, *, note: bool) -> Path:
    """A page of body prose, numbered steps in small type in its lower half with prose below
    them, and (when `note`) an unmarked note in small type at the page's foot."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for row in range(20):
        pdf.text(72, 80 + row * 15, PROSE)
    pdf.set_font("Helvetica", size=8)
    for number, y in ((1, 430), (2, 470), (3, 510)):
        pdf.text(72, y, f"{number}. Write down one skill the team has for principle {number}, then share it.")
    pdf.set_font("Helvetica", size=11)
    for row in range(6):
        pdf.text(72, 560 + row * 15, PROSE)
    if note:
        pdf.set_font("Helvetica", size=8)
        pdf.text(72, 730, NOTE)
    pdf.output(str(path))
    return path


def test_small_numbered_steps_with_text_below_stay(tmp_path: Path) -> None:
    text, notes = text_and_notes(small_steps_pdf(tmp_path / "steps.pdf", note=False).read_bytes())
    assert notes == []
    assert "Write down one skill the team has for principle 2, then share it." in text


def test_an_unmarked_note_at_the_pages_foot_is_still_cut(tmp_path: Path) -> None:
    text, notes = text_and_notes(small_steps_pdf(tmp_path / "steps.pdf", note=True).read_bytes())
    assert notes == [NOTE]
    assert "annual report" not in text and "principle 3, then share it." in text


def test_a_note_whose_marker_the_body_sets_is_still_cut(tmp_path: Path) -> None:
    text, notes = text_and_notes(article_pdf(tmp_path / "report.pdf").read_bytes())
    assert notes == [FOOTNOTE]
    assert "Joint Interagency" not in text
