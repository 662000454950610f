"""What every importer format produces: the article's pieces, the metadata found, what was dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FRONT_MATTER_ORDER = ("title", "publisher", "author", "published", "url", "retrieved", "language", "type")
# A bulleted line of pasted text: a list item, and what a list page's bulleted headlines start with.
BULLET = re.compile(r"[•·*-]\s+(?P<text>\S.*)")
# Why a headline the text printed left the body: `--title` replaced it (a paste's, a PDF's).
REPLACED_HEADLINE = "the text's own headline, replaced by --title"


@dataclass(frozen=True, slots=True)
class Piece:
    """A heading, paragraph, list item or quote of the article as found in the source."""

    kind: str  # "heading" | "paragraph" | "item" | "quote"
    text: str
    level: int = 0  # heading level (2 or 3), or list nesting depth (0 = top)
    ordered: bool = False
    code: bool = False  # a line of a code listing: no clutter rule reads it ("}" is code, not a separator)


@dataclass(frozen=True, slots=True)
class FileDate:
    """A PDF's creation (else modification) date, and what its metadata says made the file."""

    what: str  # "creation date" or "modification date"
    date: str  # YYYY-MM-DD
    maker: str | None = None  # the program named as the file's creator (else its producer)
    printed: bool = False  # a page printed to PDF (a browser, a print driver): the day of the print
    authored: bool = False  # saved by the program the text was written in, never modified after


@dataclass(slots=True)
class Draft:
    """What a parser found: the pieces in order, metadata, what it dropped and what to check."""

    pieces: list[Piece]
    meta: dict[str, str] = field(default_factory=dict)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (why, text)
    warnings: list[str] = field(default_factory=list)  # doubts about the extraction, for the user to check
    notes: list[str] = field(default_factory=list)  # what the parser found worth saying
    # A date the file carries about itself (a PDF's creation date): when the file was made, which
    # is the text's own date only when the program that wrote the text made the file (importer_pdf).
    file_date: FileDate | None = None
    listing: str | None = None  # why the source looks like a list of stories, not one article (importer_listing)
    not_article: str | None = None  # why a page is refused as no article at all (importer_page_kind)
    # A web page's headline as its heading prints it, which the extractor takes out of the text as
    # the title: `--title` replacing it lists it as dropped (importer_html.printed_headline).
    headline: str | None = None
    schema_types: frozenset[str] = frozenset()  # a web page's schema.org types of itself (importer_type)


class SourceError(ValueError):
    """A problem with the source found while parsing it; the caller names the input."""
