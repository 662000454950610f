"""PDFs with a text layer -> pieces and metadata for the importer.

pdfminer.six lays out each page into text boxes (a box is a paragraph, a heading or a list) and
keeps every character's size. From that: running headers and footers (the same text, digits
aside, at the top or bottom of several pages) and page numbers are dropped and listed; footnote
markers (digits set smaller than the line) are removed and footnote text (small print at the
foot of a page) is dropped and listed; a paragraph cut by a page break, or set with lines so
far apart that each is a box of its own, is joined again (also where a line that ends a sentence runs to the column's edge and the next
stands a line's space below it), and a word hyphenated at a line end is mended. The title is the document's own (its metadata) unless
that is a file name or empty, else the largest text on the first page above its first paragraph
(a box whose first lines are set larger than the rest is a headline over its writers' lines, which
give the author: "Jaime Raymond, MPH"), with the lines it wraps onto when each stands as a box of its own; printed under the document's title, that headline leaves the
body, and so does a letterhead above it at the top of the first page (a one-page running header).

`published` is the date the first page states above its text ("Updated March 3, 2025", a date
alone, "Date: …", a dated line like "Washington, DC – March 3, 2025"), else the date a running
header or footer states (a journal issue's "MMWR / January 14, 2011 / Vol. 60"). The document's creation
date is when the file was made, and a wrong date misplaces the article on every timeline of the
briefing, where an undated one is shown as undated: it is taken only when the program the text was
written in made the file and nothing modified it since (a word processor's or typesetter's own
export), and said so. A page printed to PDF (a browser, a print driver) carries the day of the
print: never taken, and the warning asks for `--date` without offering that day; any other
file's date is offered in the warning. A printed page's metadata title is the page's `<title>`
("Headline | Site"): the part that is the first page's headline is the title.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate, pairwise

import regex
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTPage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSException

from build_site.importer_byline import joined, no_file_writer
from build_site.importer_clean import MONTH_LINE, date_ending, take_date_line
from build_site.importer_dates import MONTH_YEAR, human_date
from build_site.importer_labels import UNSET_DATE
from build_site.importer_model import REPLACED_HEADLINE, Draft, FileDate, Piece, SourceError
from build_site.importer_release import RELEASE_LABEL, RELEASE_MAX_WORDS, RELEASE_REASON
from build_site.importer_title_parts import headline_part
from build_site.person_names import is_person_name
from build_site.text_shapes import DEGREE
from build_site.wording import plural

MAX_PAGES = 500
BAND = 0.1  # the top and bottom tenth of a page hold running headers, footers and page numbers
REPEATS = 0.3  # text in the band on this share of pages (and at least 2) runs on every page
SMALL = 0.8  # characters this much smaller than their line are footnote markers
FOOTNOTE = 0.88  # boxes set this much smaller than the body, low on a page, are footnotes
HEADING = 1.15  # a short box this much larger than the body is a heading
LARGER = 1.05  # a box this much larger than the body's type is set apart from it (above a size's rounding)
PROSE_WORDS = 12  # a line of this many words, stopped mid-sentence, is prose, not a heading
MIN_TEXT = 50  # characters: less than this on every page is a scan without a text layer
PAGE_NUMBER = re.compile(
    r"(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]", re.IGNORECASE
)
BULLET = re.compile(r"[•◦▪●‣∙·\-*]\s+")
NUMBERED = re.compile(r"\d{1,2}[.)]\s+")
# What makes a PDF by printing a page: browsers, their PDF engines and print drivers.
PRINTER = re.compile(
    r"mozilla/|chrome|chromium|safari|firefox|skia/pdf|cairo|wkhtmltopdf|print to pdf|ghostscript|pdfcreator"
    r"|cutepdf|dopdf|bullzip|novapdf|primopdf|microsoft: print",
    re.IGNORECASE,
)
# The programs texts are written and typeset in, when they save the PDF themselves.
AUTHOR_PROGRAM = re.compile(
    r"microsoft.{0,3} (?:office )?word|libreoffice|openoffice|writer|indesign|quarkxpress|\bpages\b|latex"
    r"|pdftex|xetex|luatex|acrobat pdfmaker|google docs",
    re.IGNORECASE,
)
FILE_NAME_TITLE = re.compile(
    r"^(?:microsoft \w+ - )?.*\.(?:docx?|pdf|rtf|odt|indd|qxd)$|^untitled\b|^\s*$", re.IGNORECASE
)
SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", ")")
STATED_TOP = 0.5  # a publication date stands in the upper half of the first page
EDGE = 0.01  # of the page's width or height: two edges this close line up
LINE_END = 0.15  # a line ending in the last share of its column's width ran to the right edge
PITCH_SLACK = 1.2  # a gap up to this many times a paragraph's line spacing is a line break, not a new paragraph
HEADLINE_MAX_CHARS = 200  # a first-page box longer than this is prose, whatever its size
HEADLINE_MIN_WORDS = 3  # a headline's words over a box's smaller lines; letters set apart are a stamp
MIN_PROSE_SHARE = (
    0.2  # below it the PDF is boxes of labels, no text (chosen on the dev PDFs: evaluation/titles/README.md)
)
BRIEF_WORDS = 80  # a document of fewer words than this beside its title is a cover, a form or a notice
SECTION_LABEL = "section of the issue (its running header ends in it)"
LABEL_TOP = 0.2  # a journal issue's section label stands in the first page's top fifth
STAMP = 0.5  # letters standing apart in type under this share of the body's size are a sideways stamp
SIDEWAYS = "text set sideways in the margin (a printer's stamp)"
COLUMN_SLACK = 0.03  # two boxes whose left edges are this close (of the page's width) share a column
SAME_SIZE = 0.05  # two lines' sizes this close are one setting (a headline's wrapped lines)
LETTERHEAD_WORDS = 12  # an office's name over the headline; a deck or a line of prose says more
RUNNING = "running header or footer"
MASTHEAD = "masthead (the issuing body's name over the headline)"
# A month and year alone on a line, perhaps after its label: "published December 2016", "Issued: May 2021".
PRINTED_MONTH = re.compile(
    rf"(?:(?:published|issued|released|updated|revised|dated)\s*:?\s+)?{MONTH_YEAR.pattern}", re.I
)
FILE_LABEL = "the file's label in its metadata, not the printed headline"
LABEL_WORDS = 6  # a file's label is a few words; a headline in the metadata may run longer
TITLE_DASHES = ("-", "–", "—")
SHORT_CODE = re.compile(r"[A-Z]{2,3}|[vV]\d+(?:\.\d+)*")  # "PR", "FAQ", "v2": a file's kind or version
# The first line of a release's or a letterhead's contact block: a release label, a contact label (alone
# on its line or with its colon: "Contact tracing begins" is prose), or a line holding a phone number, an
# e-mail address or a street address (capitalised words, then a street word as a name writes it). Searched,
# not matched after ".*", and an address's local part bounded: a long token stays linear.
CONTACT_BLOCK = re.compile(
    r"^(?:for\s+(?:immediate\s+)?release|(?:press|news|media)\s+release"
    r"|(?:for\s+more\s+information|(?:media\s+|press\s+)?contacts?|inquiries)\s*(?::|$))"
    r"|\(?\b\d{3}\)?[.\s-]\d{3}[.\s-]\d{4}\b|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.\w"
    r"|(?-i:\b\d+\s+(?:[A-Z]\w*\s+)+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Suite|Way)\b)",
    re.IGNORECASE,
)
RUNNING_PARTS = re.compile(r"\s+[/|•·–—-]\s+")  # "MMWR / January 14, 2011 / Vol. 60"
# A clock time by a running date ("20/03/2025, 10:15") is a browser's print stamp: when the file was made.
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
# A writer's line under a report's title: a name, then degrees ("Jaime Raymond, MPH", "Mary Jean Brown, ScD").
WRITER_LINE = re.compile(
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){{1,3}}),\s+{DEGREE}(?:,\s*{DEGREE})*"
)
# A testimony's signers: "Statement of Brian J. Lepore, Director, …; J. Alfredo Gómez, Director, …".
STATEMENT_OF = re.compile(r"(?:Prepared\s+)?(?:Statement|Testimony)\s+of\s+(?P<signers>.{4,400})")
PERSON_NAME = re.compile(r"(?:[A-Z][\w'’-]*\.?\s+){1,4}[A-Z][\w'’-]+")  # "Brian J. Lepore", "J. Alfredo Gómez"
DATED_LINE_WORDS = 8  # a line this short ending in a date dates the text ("Washington, DC – March 3, 2025")


@dataclass(slots=True)
class Box:
    """A text box of a page: its lines (footnote markers removed), size and place."""

    lines: list[str]
    size: float  # median character size
    top: float  # 0 at the top of the page, 1 at the bottom
    bottom: float
    page: int
    left: float = 0.0  # 0 at the page's left edge, 1 at its right edge
    right: float = 1.0  # where the box's last line ends
    markers: frozenset[str] = frozenset()  # the footnote markers taken out of its lines ("1", "12")

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def parse_pdf(raw: bytes, given_title: str | None = None) -> Draft:
    """Pieces and metadata of a PDF with a text layer; SourceError for a scan, an encrypted or broken file.
    A `given_title` (`--title`) replaces the printed headline, which is then listed as dropped."""
    with _pdfminer_silenced() as complaints:
        boxes, info = _read(raw)
    if sum(len(box.text) for box in boxes) < MIN_TEXT:
        raise SourceError("has no text layer (a scanned document?); run OCR on it first")
    pages = 1 + max(box.page for box in boxes)
    body = statistics.median(box.size for box in boxes for _ in box.text)
    draft = Draft([], _metadata(info))
    draft.notes += _without_unprinted_author(draft.meta, boxes)
    kept = _drop_running(boxes, pages, draft)
    kept = [box for box in kept if not _stamp(box, body, draft)]
    markers = {(box.page, marker) for box in kept for marker in box.markers}
    kept = [
        box
        for above, box in zip([None, *kept], kept, strict=False)
        if not _footnote(box, above, kept, markers, body, draft)
    ]
    kept = _take_statement_writers(_take_stated_date(kept, draft), draft)
    _take_running_date(draft)
    draft.file_date = _outside_printed_month(_file_date(info), draft)
    if draft.file_date and draft.meta.get("published", draft.file_date.date) != draft.file_date.date:
        file_date = draft.file_date
        draft.notes.append(f"published: the date the document states, not the PDF's {file_date.what} {file_date.date}")
    heads = _running_heads(boxes)
    kept = [box for box in kept if not _section_label(box, heads, draft)]
    # the title stands above the first page's text: a short box after a paragraph is that text's end
    text_starts = next((i for i, box in enumerate(kept) if box.page > 0 or _starts_text(box, body)), len(kept))
    first = [
        box
        for box in kept[:text_starts]
        if box.page == 0 and len(box.text) <= HEADLINE_MAX_CHARS and not _release_block(box)
    ]
    labelled = any(why == SECTION_LABEL for why, _ in draft.dropped)
    if first and (not labelled or max(box.size for box in first) >= HEADING * body):
        headline = max(first, key=lambda box: box.size)
        if (after := _after_masthead(headline, first, kept, _issuers(info), body)) is not None:
            draft.dropped.append((MASTHEAD, headline.text))
            kept.remove(headline)
            headline = after
        kept = _take_headline(kept, headline, body, draft, given_title)
    draft.pieces = list(_pieces(kept, body))
    if (words := sum(len(piece.text.split()) for piece in draft.pieces)) < BRIEF_WORDS:
        draft.warnings.append(
            f"may not be an article: the PDF holds {plural(words, 'word')} of text beside its title "
            "(a cover page or a form?); check it is the document itself, not its cover"
        )
    elif (share := _prose_share(draft.pieces, words)) < MIN_PROSE_SHARE:
        draft.warnings.append(
            f"may not be an article: {share:.0%} of the PDF's {plural(words, 'word')} are paragraphs of prose, the rest "
            "short lines (a diagram, a site map, slides or a form?); check it is a text to import"
        )
    if complaints:
        draft.warnings.append(
            f"the PDF is damaged in {plural(len(complaints), 'place')} (first: {complaints[0][:100]}); "
            "check the text against the original"
        )
    return draft


class _Collected(logging.Handler):
    """Keeps the messages of pdfminer's warnings instead of printing them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _pdfminer_silenced() -> Iterator[list[str]]:
    """pdfminer logs what it repairs ("MediaBox missing from /Page …") to the terminal, without
    naming the file: its warnings are collected instead, for one `Warning:` line of the import."""
    logger = logging.getLogger("pdfminer")
    handler = _Collected()
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _read(raw: bytes) -> tuple[list[Box], dict[str, object]]:
    """Every text box of every page, and the document's information dictionary."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(raw)), password="")
        info = {key: resolve1(value) for part in document.info for key, value in part.items()}
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=LAParams())
        interpreter = PDFPageInterpreter(manager, device)
        boxes: list[Box] = []
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number >= MAX_PAGES:
                raise SourceError(f"has more than {MAX_PAGES} pages; split it first")
            interpreter.process_page(page)
            boxes += _boxes(device.get_result(), number)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise SourceError("is encrypted (it needs a password); save an unprotected copy first") from None
    except SourceError:
        raise
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError, OSError):
        raise SourceError("is not a PDF that can be read (broken or cut short)") from None
    return boxes, info


def _issuers(info: dict[str, object]) -> set[str]:
    """The metadata's author and company, normalised: an organisation's name where the file was saved
    under its account, which printed over the headline is the issuing body's masthead."""
    return {_normal(name) for key in ("Author", "Company") if (name := _string(info.get(key)))}


def _release_block(box: Box) -> bool:
    """RELEASE BLOCK: a box opening with a release label or a contact block's line ("FOR IMMEDIATE
    RELEASE Contact: Ronnie White (+44) …") is no title, whatever its size: the headline is another
    box (it stays in the text, where the masthead rule still reads it under an issuer's name)."""
    return CONTACT_BLOCK.search(box.lines[0]) is not None


def _after_masthead(top: Box, first: list[Box], boxes: list[Box], issuers: set[str], body: float) -> Box | None:
    """MASTHEAD: the first page's largest line is the issuing body's name, not the headline, when it is
    a short name (no sentence) that the document names as its issuer (the metadata's author or company;
    a running head proves nothing, reports repeat their title there) or that stands over a release line
    or a contact block (a release label, "For more information", a phone number, an e-mail, a street
    address), and a line set apart as a headline follows it. That line is returned (the largest after the name), else None."""
    if len(top.text.split()) > LETTERHEAD_WORDS or top.text.endswith(SENTENCE_END):
        return None
    under = boxes[boxes.index(top) + 1] if boxes.index(top) + 1 < len(boxes) else None
    contact = under is not None and under.page == top.page and bool(CONTACT_BLOCK.search(under.lines[0]))
    if not contact and _normal(top.text) not in issuers:
        return None
    later = [
        box
        for box in first[first.index(top) + 1 :]
        if box.size >= HEADING * body and not CONTACT_BLOCK.search(box.text)
    ]
    return max(later, key=lambda box: box.size) if later else None


def _take_headline(boxes: list[Box], headline: Box, body: float, draft: Draft, given: str | None) -> list[Box]:
    """TITLE: the first page's largest text, with the lines it wraps onto when they stand as boxes
    of their own (a headline set with wide leading), is the title, or the document's title printed
    again; the letterhead above it at the top of the page leaves the body, as a running header
    would had the document more pages. A headline the `given` title (`--title`) replaces is listed
    as dropped, as a paste's is: `--title` removes no line unsaid."""
    start = boxes.index(headline)
    end = start + 1
    set_apart = headline.size >= HEADING * body  # text set like the body wraps onto its paragraph, not a title
    while (
        set_apart
        and end < len(boxes)
        and _wraps_on(boxes[end - 1], boxes[end], headline)
        and len(" ".join(box.text for box in boxes[start : end + 1])) <= HEADLINE_MAX_CHARS
    ):
        end += 1
    printed = " ".join(box.text for box in boxes[start:end])
    title = draft.meta.get("title")
    kept = boxes[:start] + boxes[end:]
    if title is not None and set_apart and _file_label(title, printed):
        draft.dropped.append((FILE_LABEL, title))
        title = None
    if title is None:
        draft.meta["title"] = printed
        if given is not None and _normal(given) != _normal(printed):
            draft.dropped.append((REPLACED_HEADLINE, printed))
    elif _normal(title := headline_part(title, {printed})) == _normal(printed):
        draft.meta["title"] = title
        draft.dropped.append(("headline printed twice", printed))
    else:  # the document's title is another: the headline stays, one heading, not one per line
        wrapped = Box(
            [line for box in boxes[start:end] for line in box.lines],
            headline.size,
            headline.top,
            boxes[end - 1].bottom,
            headline.page,
            headline.left,
            boxes[end - 1].right,
        )
        kept = [*boxes[:start], wrapped, *boxes[end:]]
    if end < len(boxes) and boxes[end].page == headline.page:
        _take_writers(boxes[end], draft)
    return [box for box in kept if box.lines and not _letterhead(box, headline, draft)]


def _file_label(title: str, printed: str) -> bool:
    """The metadata's title is the file's label, not its headline: a few words, none in lower case
    (names and codes, no sentence), its parts joined by " - " or holding a short code ("DASH-IF -
    Olga PR", "Budget v2"), shorter than the headline printed in the first page's largest type and
    naming something that headline names."""
    words = [word for word in title.split() if word not in TITLE_DASHES]
    printed_words = {word.casefold() for word in printed.split()}
    return (
        len(words) <= LABEL_WORDS
        and len(words) < len(printed.split())
        and not any(word[:1].islower() and not SHORT_CODE.fullmatch(word) for word in words)
        and (any(dash in title.split() for dash in TITLE_DASHES) or any(SHORT_CODE.fullmatch(word) for word in words))
        and any(word.casefold() in printed_words for word in words)
    )


def _take_writers(box: Box, draft: Draft) -> None:
    """WRITERS: the lines right under the title that are each a name and degrees ("Jaime Raymond,
    MPH", "Nora L. Keenan, PhD"), as reports print them, are the author; the lines after them (the
    writers' centre) stay in the text."""
    names = []
    while box.lines and (match := WRITER_LINE.fullmatch(box.lines[0])):
        names.append(match["name"])
        draft.dropped.append(("writer and degrees under the title, read as author", box.lines.pop(0)))
    if names and "author" not in draft.meta:
        draft.meta["author"] = joined(names)


def _take_running_date(draft: Draft) -> None:
    """PUBLISHED from a running header or footer that states a full date ("MMWR / January 14, 2011 /
    Vol. 60"), when the first page states none: the issue's date, printed on every page. A date in
    the text is never taken so, only a line repeated on the pages' edges; nor a part that holds a clock
    time, the stamp a browser prints on every page ("20/03/2025, 10:15") when it saves the file."""
    if "published" in draft.meta:
        return
    for why, text in draft.dropped:
        parts = [part for part in RUNNING_PARTS.split(text) if not CLOCK.search(part)]
        if why == RUNNING and (date := next(filter(None, map(human_date, parts)), None)):
            draft.meta["published"] = date.isoformat()
            draft.notes.append(f"published: {date.isoformat()}, the date of the running header or footer {text!r}")
            return


def _wraps_on(above: Box, box: Box, headline: Box) -> bool:
    """`box` is the headline's next line: the same size, on the same page, right under a line that
    ends no sentence."""
    return (
        box.page == headline.page
        and abs(box.size - headline.size) <= SAME_SIZE * headline.size
        and not above.text.endswith(SENTENCE_END)
        and 0 <= box.top - above.bottom <= 2 * (above.bottom - above.top) / len(above.lines)
    )


def _letterhead(box: Box, headline: Box, draft: Draft) -> bool:
    """A short line set smaller than the headline above it, in the top band of the first page (an
    office's name): dropped and listed as a running header."""
    if (
        box.page == headline.page
        and box.bottom <= min(BAND, headline.top)
        and box.size < headline.size
        and len(box.text.split()) <= LETTERHEAD_WORDS
        and not box.text.endswith(SENTENCE_END)
    ):
        draft.dropped.append(("running header (the first page's letterhead)", box.text))
        return True
    return False


def _boxes(layout: LTPage, page: int) -> Iterator[Box]:
    """The page's text boxes, top to bottom as laid out, with footnote markers taken out."""
    height, width = layout.height or 1, layout.width or 1
    for element in layout:
        if not isinstance(element, LTTextBox):
            continue
        rows = [row for row in element if isinstance(row, LTTextLine) and _line_text(row)]
        if not rows:
            continue
        cut = _headline_rows(rows)  # a headline set larger than the lines laid out in its box (the writers)
        for part in (rows[:cut], rows[cut:]) if cut else (rows,):
            if part:
                top, bottom = 1 - part[0].y1 / height, 1 - part[-1].y0 / height
                size = statistics.median(_sizes(part))
                markers = frozenset(marker for row in part for marker in _markers(row))
                yield Box(
                    [_line_text(row) for row in part],
                    size,
                    top,
                    bottom,
                    page,
                    element.x0 / width,
                    part[-1].x1 / width,
                    markers,
                )


def _sizes(rows: list[LTTextLine]) -> list[float]:
    return [char.size for row in rows for char in row if isinstance(char, LTChar) and char.get_text().strip()]


def _headline_rows(rows: list[LTTextLine]) -> int:
    """How many lines open a text box set larger than the rest of it (a report's title over its
    writers' names, degrees and centre, laid out as one box): 0 when the box is set in one size."""
    sizes = [statistics.median(_sizes([row])) for row in rows]
    below = list(accumulate(reversed(sizes), max))[::-1]  # the largest size from each line down
    words = chars = 0
    for cut in range(1, len(rows)):
        text = _line_text(rows[cut - 1])
        words += sum(len(word) > 1 for word in text.split())
        chars += len(text) + 1
        if chars > HEADLINE_MAX_CHARS:  # a headline is a few lines: the lines read so far are prose
            return 0
        if words >= HEADLINE_MIN_WORDS and min(sizes[:cut]) >= HEADING * below[cut]:
            return cut
    return 0


def _line_text(line: LTTextLine) -> str:
    """The line's text without superscript digits (footnote markers) that follow a word."""
    return " ".join("".join(value for value, marker in _marked(line) if not marker).split())


def _markers(line: LTTextLine) -> list[str]:
    """The footnote markers of the line, each a run of superscript digits ("1", "12")."""
    runs = "".join(value if marker else " " for value, marker in _marked(line))
    return runs.split()


def _marked(line: LTTextLine) -> list[tuple[str, bool]]:
    """Each character of the line, and whether it is a digit of a footnote marker: set smaller
    than the line, right after a word or its punctuation."""
    chars = [char for char in line if isinstance(char, LTChar)]
    sizes = [char.size for char in chars if char.get_text().strip()]
    if not sizes:
        return []
    usual = statistics.median(sizes)
    marked = []
    previous = ""
    for char in line:
        value = char.get_text()
        marker = (
            isinstance(char, LTChar)
            and value.isdigit()
            and char.size < SMALL * usual
            and (previous.isalpha() or previous in '.,;:)”"’')
        )
        marked.append((value, marker))
        if not marker:
            previous = value or previous
    return marked


def _normal(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def _drop_running(boxes: list[Box], pages: int, draft: Draft) -> list[Box]:
    """Running headers and footers, and page numbers, dropped (each listed once)."""
    in_band = [box for box in boxes if box.bottom <= BAND or box.top >= 1 - BAND]
    counts = Counter(_normal(box.text) for box in in_band)
    running = {text for text, count in counts.items() if pages > 1 and count >= max(2, REPEATS * pages)}
    kept = []
    listed: set[str] = set()
    for box in boxes:
        banded = box.bottom <= BAND or box.top >= 1 - BAND
        if banded and PAGE_NUMBER.fullmatch(box.text.strip()):
            if "page number" not in listed:
                draft.dropped.append(("page numbers", box.text))
                listed.add("page number")
        elif banded and _normal(box.text) in running:
            if _normal(box.text) not in listed:
                draft.dropped.append((RUNNING, box.text))
                listed.add(_normal(box.text))
        else:
            kept.append(box)
    return kept


def _footnote(
    box: Box, above: Box | None, boxes: list[Box], markers: set[tuple[int, str]], body: float, draft: Draft
) -> bool:
    """Small print in the lower half of a page, starting with its number: a footnote, when the
    body above sets that number as a marker (on its page or the one before, for a note run over)
    or when it stands at the page's foot, below all text set like the body, and is no step of a
    numbered list ("2. Look at …": a worksheet's steps set small stay text). Not the second line
    of a sentence the line right above it in the same column breaks off ("… for more than" /
    "10 seconds."): that number starts no note, and the note is kept whole."""
    number = re.match(r"(\d{1,3})\s*\S", box.text)
    if box.size >= FOOTNOTE * body or box.top <= 0.5 or not number or _continues(above, box):
        return False
    marked = (box.page, number[1]) in markers or (box.page - 1, number[1]) in markers
    at_foot = not NUMBERED.match(box.text) and not any(
        other.page == box.page and other.top > box.top and other.size >= FOOTNOTE * body for other in boxes
    )
    if not (marked or at_foot):
        return False
    draft.dropped.append(("footnote", box.text))
    return True


def _running_heads(boxes: list[Box]) -> set[str]:
    """The running headers of the pages after the first ("Federal Register / Vol. 85, No. 152 /
    Thursday, August 6, 2020 / Proposed Rules"), normalised."""
    return {_normal(box.text) for box in boxes if box.page > 0 and box.bottom <= BAND}


def _section_label(box: Box, heads: set[str], draft: Draft) -> bool:
    """The first page's line that ends the running header of the pages after it is the section of
    the issue the document is printed in ("Proposed Rules"), not its title: dropped and listed.
    With it gone, a title is taken only if set apart from the body, else `add` asks for one."""
    label = _normal(box.text)
    if box.page != 0 or box.bottom > LABEL_TOP or not any(head.endswith("/ " + label) for head in heads):
        return False
    draft.dropped.append((SECTION_LABEL, box.text))
    return True


def _stamp(box: Box, body: float, draft: Draft) -> bool:
    """Text set on its side in a margin (a printer's stamp) comes out one letter per row, in tiny
    type: letters standing apart, under half the body's size. Listed once, as page numbers are."""
    if box.size >= STAMP * body or any(len(word) > 1 for word in box.text.split()):
        return False
    if all(why != SIDEWAYS for why, _ in draft.dropped):
        draft.dropped.append((SIDEWAYS, box.text))
    return True


def _continues(above: Box | None, box: Box) -> bool:
    """The box goes on with the sentence of the box right above it: same page, column and size,
    no gap of a line between them, and the upper one ends without a sentence's end."""
    return (
        above is not None
        and above.page == box.page
        and abs(above.left - box.left) < COLUMN_SLACK
        and abs(above.size - box.size) <= SAME_SIZE * box.size
        and box.top - above.bottom < (above.bottom - above.top) / len(above.lines)
        and not re.search(r"[.!?:;)\]”\"’']$", above.text)
    )


def _take_stated_date(boxes: list[Box], draft: Draft) -> list[Box]:
    """PUBLISHED: the first date line of the first page's upper half, above its first paragraph of
    prose. A line that is only a (labelled) date leaves the body, as in pasted text; a short line
    ending in a date dates the text and stays."""
    kept: list[Box] = []
    looking = True
    for box in boxes:
        looking = looking and box.page == 0 and box.top < STATED_TOP and not _is_prose(box.text)
        if not looking or "published" in draft.meta:
            kept.append(box)
            continue
        lines = []
        for line in box.lines:
            if "published" not in draft.meta and take_date_line(line, draft):
                continue
            if "published" not in draft.meta and PRINTED_MONTH.fullmatch(line):
                draft.dropped.append((MONTH_LINE, line))
                continue
            if "published" not in draft.meta and (release := _release_line_date(line)):
                draft.meta["published"] = release.isoformat()
                draft.dropped.append((RELEASE_REASON, line))
                continue
            lines.append(line)
            date = date_ending(line) if len(line.split()) <= DATED_LINE_WORDS else None
            if date is not None and "published" not in draft.meta:
                draft.meta["published"] = date.isoformat()
        if lines:
            box.lines = lines
            kept.append(box)
    return kept


def _outside_printed_month(file_date: FileDate | None, draft: Draft) -> FileDate | None:
    """PRINTED MONTH: a document that prints only the month it came out ("published December
    2016") is not dated by a file date outside that month (a later re-save, 2017-01-24): the file
    date is set aside and the month named in a warning asking for `--date`."""
    month = next((line for why, line in draft.dropped if why == MONTH_LINE), None)
    printed = MONTH_YEAR.search(month) if month else None
    if file_date is None or printed is None or "published" in draft.meta:
        return file_date
    if human_date(f"1 {printed['month']} {printed['year']}") == dt.date.fromisoformat(file_date.date).replace(day=1):
        return file_date
    draft.warnings.append(
        f"{UNSET_DATE}the document prints only the month ({month!r}), and the PDF's {file_date.what} "
        f"({file_date.date}) falls outside it; add --date YYYY-MM-DD, the day it was published"
    )
    return None


def _release_line_date(line: str) -> dt.date | None:
    """RELEASE LINE: a line opening with a release label and ending in a date, a testimony's or an
    embargoed release's ("For Release on Delivery Expected at 2:30 p.m. ET Wednesday, September 26,
    2018"): its date is the document's."""
    if len(line.split()) > RELEASE_MAX_WORDS or not RELEASE_LABEL.match(line):
        return None
    return date_ending(line)


def _take_statement_writers(boxes: list[Box], draft: Draft) -> list[Box]:
    """STATEMENT OF: a testimony's line on the first page above its prose, "Statement of NAME, TITLE;
    NAME, TITLE" (or "Testimony of"; a speech's "Remarks of" names a speaker, no writer): each name
    before its role is a writer, and the line is dropped and listed, not joined to the headline."""
    kept: list[Box] = []
    for box in boxes:
        names = _statement_names(" ".join(box.lines)) if box.page == 0 and "author" not in draft.meta else []
        if names and not _is_prose(box.text):
            draft.meta["author"] = joined(names)
            draft.dropped.append(("statement's writers, read as author", " ".join(box.lines)))
        else:
            kept.append(box)
    return kept


def _statement_names(text: str) -> list[str]:
    """The names a "Statement of NAME, TITLE; NAME, TITLE" line gives, or none when it is no such line."""
    match = STATEMENT_OF.fullmatch(text)
    if match is None:
        return []
    names = [part.split(",")[0].strip() for part in match["signers"].split(";")]
    return names if all(PERSON_NAME.fullmatch(name) for name in names) else []


def _prose_share(pieces: list[Piece], words: int) -> float:
    """The share of the document's words that stand in paragraphs of prose: a report, a release or
    an instruction sheet is mostly sentences; a diagram's, a site map's or a slide's boxes of
    labels are short lines with none."""
    return sum(len(piece.text.split()) for piece in pieces if _is_prose(piece.text)) / words if words else 0.0


def _starts_text(box: Box, body: float) -> bool:
    """SENTENCE HEADLINE: the text begins with the first paragraph of prose set in the body's type. A
    headline written as a sentence ("AI developed by … could speed up the search for new materials.",
    "… show signs of attack by coconut rhinoceros beetles (CRB)") is set larger than the body,
    and so stays a title candidate."""
    return _is_prose(box.text) and box.size < LARGER * body


def _is_prose(text: str) -> bool:
    """A paragraph of running text: the document's text has begun. It ends as a sentence does in
    any script: a mark after `SENTENCE_END`, or one Unicode calls a sentence's end (Hindi's "।",
    Urdu's "۔", Armenian's "։", "。"), or Greek's question mark (";", U+037E or the semicolon it
    is written as)."""
    return len(text.split()) >= PROSE_WORDS and (
        text.endswith(SENTENCE_END) or regex.fullmatch(r"[\p{Sentence_Terminal};\u037e]", text[-1:]) is not None
    )


def _file_date(info: dict[str, object]) -> FileDate | None:
    """The creation date in the document information (else its modification date), and what made
    the file; None when it has no date that reads as one."""
    creator, producer = _string(info.get("Creator")), _string(info.get("Producer"))
    dates = {key: _day(info.get(key)) for key in ("CreationDate", "ModDate")}
    for key, name in (("CreationDate", "creation date"), ("ModDate", "modification date")):
        if day := dates[key]:
            makers = " ".join(filter(None, (creator, producer)))
            untouched = key == "CreationDate" and dates["ModDate"] in (None, day)
            return FileDate(
                name,
                day,
                maker=creator or producer,
                printed=bool(PRINTER.search(makers)),
                authored=untouched and not PRINTER.search(makers) and bool(AUTHOR_PROGRAM.search(makers)),
            )
    return None


def file_date_answer(file_date: FileDate) -> tuple[str | None, str]:
    """What `add` does with a PDF's own date when its text states none: (the date to publish it
    under, or None; the note or warning that says why)."""
    if file_date.authored:
        return file_date.date, (
            f"published: the PDF's {file_date.what} {file_date.date}, saved by {file_date.maker} and not modified "
            "since: the document's own date"
        )
    if file_date.printed:
        return None, (
            f"published left unset: the first page states no date, and the PDF was printed from a page ({file_date.maker}) "
            f"on {file_date.date}, not the document's date; add --date YYYY-MM-DD, the day it was published"
        )
    return None, (
        f"published left unset: the first page states no date, and the PDF's {file_date.what} ({file_date.date}) is "
        f"when the file was made, often a print or re-save; check it, and if it is the publication date add --date "
        f"{file_date.date}"
    )


def _day(value: object) -> str | None:
    """A PDF date ("D:20250303…") as YYYY-MM-DD, or None."""
    text = _string(value)
    match = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", text or "")
    return "-".join(match.groups()) if match else None


def _pieces(boxes: list[Box], body: float) -> Iterator[Piece]:
    """Paragraphs, headings and list items; a paragraph cut by a column or page break is joined again."""
    pending: str | None = None
    pitch = _line_pitch(boxes)
    previous: Box | None = None
    for box in boxes:
        after, previous = previous, box
        if box.size >= HEADING * body and len(box.lines) <= 2 and len(box.text) <= 150:
            if pending:
                yield Piece("paragraph", pending)
                pending = None
            yield Piece("heading", box.text, level=2)
            continue
        for kind, text, ordered in _blocks(box.lines):
            if kind == "item":
                if pending:
                    yield Piece("paragraph", pending)
                    pending = None
                yield Piece("item", text, ordered=ordered)
            elif pending and (_goes_on(pending, text) or _next_line(after, box, pitch, boxes)):
                pending = _join(pending, text)
            else:
                if pending:
                    yield Piece("paragraph", pending)
                pending = text
    if pending:
        yield Piece("paragraph", pending)


def _goes_on(pending: str, text: str) -> bool:
    """Whether `text` goes on with the sentence `pending` broke off: it starts in lower case, or
    `pending` is prose (too long for a heading) stopped after a word or a comma, and `text` starts
    with a name or a quotation ("calling them" / "\"Maryland tough ...")."""
    if pending.endswith(SENTENCE_END):
        return False
    if text[:1].islower():
        return True
    broken = pending[-1:].isalpha() or pending[-1:] in ",;"
    return broken and len(pending.split()) >= PROSE_WORDS and (text[:1].isupper() or text[:1] in "\"“‘'")


def _line_pitch(boxes: list[Box]) -> float | None:
    """The space between two lines of one paragraph where each line is a box of its own (lines set
    far apart): the widest gap between a box stopped mid-sentence and the lower-case line under it.
    None when no paragraph shows it."""
    gaps = [
        below.top - above.bottom
        for above, below in pairwise(boxes)
        if above.page == below.page and not above.text.endswith(SENTENCE_END) and below.text[:1].islower()
    ]
    return max(gaps) if gaps else None


def _next_line(above: Box | None, box: Box, pitch: float | None, boxes: list[Box]) -> bool:
    """A line that goes on with the paragraph above though that line ends a sentence ("… in Louisiana."
    / "The individual …"): the line above ran to the column's right edge, and this one stands a line's
    space below it, not indented, where a new paragraph stands further down or starts indented."""
    if above is None or pitch is None or above.page != box.page or len(above.lines) != 1:
        return False
    column = [other for other in boxes if other.page == box.page and abs(other.left - box.left) < EDGE]
    full = max(other.right for other in column)
    return (
        abs(above.left - box.left) < EDGE
        and above.right >= full - LINE_END * (full - box.left)
        and -EDGE < box.top - above.bottom <= PITCH_SLACK * pitch
    )


def _blocks(lines: list[str]) -> Iterator[tuple[str, str, bool]]:
    """A box's lines as one paragraph, or as list items where lines start with bullets or numbers."""
    current: list[str] = []
    kind, ordered = "paragraph", False
    for line in lines:
        bullet = BULLET.match(line) or NUMBERED.match(line)
        if bullet:
            if current:
                yield kind, _join_lines(current), ordered
            current = [line[bullet.end() :]]
            kind, ordered = "item", bool(NUMBERED.match(line))
        else:
            current.append(line)
    if current:
        yield kind, _join_lines(current), ordered


def _join_lines(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        text = _join(text, line)
    return text


def _join(left: str, right: str) -> str:
    """Two runs of one paragraph; a word hyphenated at the break is mended ("secu-" + "rity")."""
    if re.search(r"[a-zà-ÿ]-$", left) and right[:1].islower():
        return left[:-1] + right
    return f"{left} {right}"


NAME_WORD = re.compile(r"[^\W\d_]{3,}")  # a name's word: "Delogu", "Carle" (initials and "of" aside)
TRADEMARK = re.compile(r"[®™]")  # a product's name, as a program signs the files it makes


def _metadata(info: dict[str, object]) -> dict[str, str]:
    """Title and author from the document information, when they are real values (its dates are
    the file's, see `_file_date`)."""
    meta: dict[str, str] = {}
    title = _string(info.get("Title"))
    if title and not FILE_NAME_TITLE.search(title):
        meta["title"] = title
    if (author := _string(info.get("Author"))) and not no_file_writer(author) and not _program_name(author, info):
        meta["author"] = author  # not the word processor's account ("Microsoft Office User")
    return meta


def _without_unprinted_author(meta: dict[str, str], boxes: list[Box]) -> list[str]:
    """UNPRINTED AUTHOR: an Author field naming a person (`is_person_name`) none of whose names the
    document prints anywhere (not in a byline, a contact line or a footer) names whoever saved the
    file (an office's clerk, a press officer's account), no writer a reader is shown: left unset and
    said. "Benjamin Carle" printed "Ben Carle" stays, and so does a body's name ("Joint Chiefs of
    Staff"), the issuer's whether printed or not."""
    author = meta.get("author")
    if not author or not is_person_name(author.replace(",", "")):
        return []
    printed = {word.casefold() for box in boxes for word in NAME_WORD.findall(box.text)}
    if any(word.casefold() in printed for word in NAME_WORD.findall(author)):
        return []
    del meta["author"]
    return [
        f"author left unset: the PDF's Author field ({author}) is printed nowhere in it (the file's maker, no byline)"
    ]


def _program_name(author: str, info: dict[str, object]) -> bool:
    """PROGRAM AS AUTHOR: an Author field naming the program that made the file (the same text as its
    Creator or Producer, or a product's name marked "®" or "™": "Microsoft® Word for Microsoft 365")
    holds no writer."""
    makers = {_string(info.get(key)) for key in ("Creator", "Producer")}
    return author in makers or bool(TRADEMARK.search(author))


def _string(value: object) -> str | None:
    """A PDF string (bytes in PDFDocEncoding or UTF-16 with a BOM) as text."""
    if isinstance(value, bytes):
        value = value[2:].decode("utf-16-be", "replace") if value.startswith(b"\xfe\xff") else value.decode("latin-1")
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None
