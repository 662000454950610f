"""`briefing add`: import one article (.txt, .md, .html, .pdf, or a fetched page) into `corpus/articles/<slug>.md`.

The importer reads a source as collected (pasted text, a Markdown note, a saved or fetched web
page, a PDF), keeps the article's own prose word for word and drops what is not the article. It
prints what it found, what it dropped and what it doubts, so the user can check before building.

Pipeline: read (bytes, bounded) -> parse (by format -> pieces + found metadata + doubts) ->
clean (drop boilerplate, take byline, spot the dateline) -> render (front matter + Markdown) ->
write. This module runs it for one input and checks the flags. Pasted text and Markdown notes
are parsed in `importer_text` (titles picked in `importer_title`), web pages in `importer_html`
(pages that list stories told apart in `importer_listing`, pages that are no article at all in
`importer_page_kind`), PDFs in `importer_pdf`, pages fetched in `importer_fetch`; the cleaning shared by all formats is
`importer_clean` (label lines such as "Author, …" or "Date: …" read in `importer_labels`), the
front matter and the file are written by `importer_write` (addresses recorded without tracking
parameters, `importer_address`), and many inputs are handled in `importer_batch`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from build_site.calendar_words import LATEST_DAY
from build_site.corpus import day_to_come, is_web_address
from build_site.importer_byline import names_an_outlet
from build_site.importer_clean import MONTH_LINE, MONTH_NO_DAY, clean
from build_site.importer_dates import found_date, month_line
from build_site.importer_html import UNKNOWN_DAY, decode_declared, parse_html
from build_site.importer_labels import UNSET_DATE
from build_site.importer_listing import listing_refusal, listing_warning
from build_site.importer_model import REPLACED_HEADLINE, Draft, SourceError
from build_site.importer_page_kind import dated_by_flag
from build_site.importer_pdf import file_date_answer, parse_pdf
from build_site.importer_publisher import publisher_line
from build_site.importer_template import take_dateline_credit
from build_site.importer_text import parse_markdown, parse_text
from build_site.importer_title_parts import headline_date
from build_site.importer_type import found_type
from build_site.importer_undated import ASK, warn_undated
from build_site.importer_write import Prepared, merge_metadata, render_body
from build_site.input_files import ARTICLE_LIMIT, InputFileError, read_input

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf"}
MAX_BYTES = ARTICLE_LIMIT  # what the corpus reads; a source that large is a mistake (or /dev/zero)
HEAD_PIECES = 10  # where a text prints its date line: above the story, under its headline and byline


def read_source(source: Path) -> bytes:
    """The file's bytes: a regular file of at most MAX_BYTES, never a FIFO or a device (input_files)."""
    try:
        return read_input(source, MAX_BYTES)
    except InputFileError as exc:
        raise SourceError(str(exc)) from None


def kind_of(source: Path) -> str:
    """The format a file's suffix names; SourceError for any other."""
    kind = SUFFIXES.get(source.suffix.lower())
    if kind is None:
        raise SourceError(f"unsupported file type '{source.suffix}' (use .txt, .md, .html or .pdf)")
    return kind


def _without_listed_date(draft: Draft, taken_for: str) -> None:
    """A page that lists other stories, is a site's front page or has no title of its own, imported
    as an article because `--title` says it is one: the date found on it is a listed item's (a
    teaser's, an event's, the newest post's), not the text's, so it is left unset and said."""
    if date := draft.meta.pop("published", None):
        draft.warnings.append(
            f"{UNSET_DATE}the page was taken for {taken_for}, so the date found ({date}) "
            f"may be a listed item's, not this text's; {UNKNOWN_DAY}"
        )


def check_overrides(overrides: dict[str, str | None]) -> None:
    """Flags are checked before any input is read: a bad flag is one error, and no input is read."""
    _check_date(overrides.get("published"))
    url = overrides.get("url")
    if url and not is_web_address(url):
        raise SourceError(f"--url {url!r} is not an http:// or https:// address")
    title = overrides.get("title")
    if title is not None and not title.strip():
        raise SourceError("--title is empty")


def prepare(
    raw: bytes,
    kind: str,
    overrides: dict[str, str | None],
    found: dict[str, str] | None = None,
    path: Path | None = None,
) -> Prepared:
    """Parse, clean and render one article (read from the file at `path`, if it was); SourceError when
    it cannot be imported as it is."""
    check_overrides(overrides)
    draft = _parse(raw, kind, overrides.get("title"), (found or {}).get("url"))
    if draft.listing and kind == "html":  # pasted text answers for itself (importer_text)
        if overrides.get("title") is None:
            raise SourceError(listing_refusal(draft.listing, draft.meta.get("title")))
        draft.warnings.append(listing_warning(draft.listing))
    if draft.not_article and overrides.get("title") is None:  # --title says it is an article: the warning stays
        raise SourceError(draft.not_article)
    _replaced_headline(draft, overrides.get("title"))
    draft.meta = {**draft.meta, **(found or {})}
    notes = draft.notes + clean(draft) + _publisher_not_author(draft, overrides.get("publisher"))
    take_dateline_credit(draft.pieces, draft)  # the wire's name, where nothing else named the publisher
    if draft.listing or (kind == "html" and draft.not_article):  # imported only because --title was given
        _without_listed_date(draft, "a list of stories or no article")
    elif kind == "html" and overrides.get("title") and not draft.meta.get("title"):  # refused without --title
        _without_listed_date(draft, "one with no title of its own")
    if not draft.pieces:
        raise SourceError("has no article text left after dropping boilerplate")
    for key in ("published", "retrieved"):
        value = draft.meta.get(key)
        if value and found_date(value) is None:
            draft.dropped.append(("not a real YYYY-MM-DD date, left out", f"{key}: {value}"))
    if kind == "text" and overrides.get("title") is None and not draft.meta.get("published"):
        _dated_by_headline(draft)
    if draft.file_date and not draft.meta.get("published") and not overrides.get("published"):
        published, why = file_date_answer(draft.file_date)
        if published:
            draft.meta["published"] = published
            notes.append(why)
        else:
            draft.warnings.append(why)
    if "type" not in draft.meta and not overrides.get("type") and (stated := found_type(draft)):
        draft.meta["type"] = stated[0]
        notes.append(f"type {stated[0]}: {stated[1]}")
    meta = merge_metadata(draft.meta, overrides, _check_date(overrides.get("published")))
    if overrides.get("published"):  # --date gave what the page did not state: no warning asks for it
        draft.warnings = [dated_by_flag(warning) for warning in draft.warnings]
    if "published" in meta:  # a date that read two ways, settled by --date or read elsewhere
        draft.warnings = [w for w in draft.warnings if not w.startswith(UNSET_DATE)]
    if isinstance(day := meta.get("published"), dt.date) and (reason := day_to_come(day)):
        draft.warnings.append(reason)
    if kind in ("text", "markdown", "pdf") and "published" not in meta:
        if not any(warning.startswith(UNSET_DATE) for warning in draft.warnings):  # not already said, with readings
            head = [piece.text for piece in draft.pieces[:HEAD_PIECES]] + [
                t for why, t in draft.dropped if why == MONTH_LINE
            ]
            month = next((line for line in head if month_line(line)), None) or next(
                (
                    publisher.month
                    for why, t in draft.dropped
                    if why.endswith(f"({MONTH_NO_DAY})") and (publisher := publisher_line(t, None))
                ),
                None,
            )
            if month:
                draft.warnings.append(f"{UNSET_DATE}the text prints only the month ({month!r}), no day; {ASK}")
    if "published" not in meta:
        warn_undated(draft, kind, path)
    body = render_body(draft.pieces, escape_markup=kind != "markdown")
    return Prepared(kind, draft, meta, body, notes)


def _replaced_headline(draft: Draft, given: str | None) -> None:
    """A web page's printed headline that `--title` replaces is written nowhere else: listed as dropped."""
    if given is not None and draft.headline and " ".join(given.split()) != draft.headline:
        draft.dropped.append((REPLACED_HEADLINE, draft.headline))


def _dated_by_headline(draft: Draft) -> None:
    """A pasted text dated nowhere else takes the day its own headline closes with
    (`importer_title_parts.headline_date`), and warns: a headline may close with a day the story
    looks back to ("Kent State shootings May 4, 1970"), which only the analyst can tell."""
    day = headline_date(draft.meta.get("title", ""))
    if day is not None:
        draft.meta["published"] = day.isoformat()
        draft.warnings.append(
            f"published {day.isoformat()}, the date closing the headline: if the story looks back to that day,"
            " add --date YYYY-MM-DD, the day it was published"
        )


def _publisher_not_author(draft: Draft, publisher_flag: str | None) -> list[str]:
    """A byline naming the paper is no author: pages would print "Name · Name"."""
    author = draft.meta.get("author")
    if not author or not names_an_outlet(author):
        return []
    del draft.meta["author"]
    draft.dropped = [
        ("byline naming the publisher", text) if why == "byline, read as author" else (why, text)
        for why, text in draft.dropped
    ]
    if publisher_flag or draft.meta.get("publisher"):
        return [f"author left unset: the byline names the publisher ({author})"]
    draft.meta["publisher"] = author
    return [f"publisher: {author}, the byline's name (a publisher, not an author)"]


# --- reading -----------------------------------------------------------------------------------


def _check_date(value: str | None) -> dt.date | None:
    """--date must be a real calendar date written YYYY-MM-DD (what the validator accepts)."""
    if value is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if day > LATEST_DAY:
                raise SourceError(f"--date {value} is later than a build can date ({LATEST_DAY})")
            return day
    raise SourceError(f"--date {value!r} is not a real date in the form YYYY-MM-DD")


def decode_text(raw: bytes, kind: str) -> str:
    """The bytes as text: UTF-8, or for HTML the charset the page declares; never a guess."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError("is UTF-16 text; save it as UTF-8 and try again")
    if b"\x00" in raw:
        raise SourceError("is a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        if kind == "html":
            text = decode_declared(raw)
            if text is not None:
                return text
        raise SourceError(f"is not UTF-8 text (line {line}); save it as UTF-8 and try again") from None


def _parse(raw: bytes, kind: str, title: str | None, address: str | None = None) -> Draft:
    """Pieces and metadata from the source, by format (a fetched page's from its `address`)."""
    if not raw.strip():
        raise SourceError("is empty")
    if kind == "pdf":
        return parse_pdf(raw, title)
    text = decode_text(raw, kind)
    if not text.strip():
        raise SourceError("is empty")
    if kind == "html":
        return parse_html(text, address)
    if kind == "markdown":
        return parse_markdown(text, title)
    return parse_text(text, markdown=False, title=title, title_is_flag=True)
