"""`briefing add`: import one article (.txt, .md, .html, .pdf, or a fetched page) into `corpus/articles/<slug>.md`.

The importer reads a source as collected (pasted text, a Markdown note, a saved or fetched web
page, a PDF), keeps the article's own prose word for word and drops what is not the article. It
prints what it found, what it dropped and what it doubts, so the user can check before building.

Pipeline: read (bytes, bounded) -> parse (by format -> pieces + found metadata + doubts) ->
clean (drop boilerplate, take byline, spot the dateline) -> render (front matter + Markdown) ->
write. Web pages are parsed in `importer_html`, PDFs in `importer_pdf`, pages fetched in
`importer_fetch`, titles of pasted text picked in `importer_title`, many inputs handled in
`importer_batch`; everything after parsing is shared by all formats.

Heuristics for plain text, each a named function below, kept few on purpose:

- TITLE: the headline a reader would pick, clutter above it passed over (`importer_title`);
  none when the text starts with prose, and then `--title` is asked for (a leading `#` is the
  title in .md files).
- LINE_PER_PARAGRAPH vs HARD_WRAP: pasted web text has one paragraph per line; e-mailed wire
  copy is wrapped at ~70 columns. A file whose lines all fit in `WRAP_WIDTH` columns is read as
  wrapped: a line that fills most of the width continues on the next line.
- HEADING: a short line (at most `HEADING_MAX_WORDS` words, no closing period/comma/colon),
  written in title case or ending in "?", with text after it.
- LISTS: "1." / "1)" lines are numbered items; "- ", "• ", "* " lines are bullets. Bullets right
  after a numbered item belong to it (seed 000: "1. Drug Trafficking" then "- ..." points).
  They are written as a nested list indented by 4 spaces, which every CommonMark parser (the
  site's included) and Python-Markdown nest the same way.
- WRAPPED TITLE: in wrapped text, a headline that runs on to a second line is one title.
- BYLINE: "By Name" / "Por Name" near the top becomes `author` and leaves the body.
- DATE LINE: a date alone ("September 3, 2025") or "Posted on <date> by <name>" near the top
  becomes `published` (and `author`) and leaves the body.
- DUPLICATE HEADLINE: a headline-like line right after the title sharing most of its words.
- DATELINE: "MEXICO CITY –" / "WASHINGTON (Reuters) -" opening the first paragraph is reported
  and kept: it is part of the article's prose.
- BOILERPLATE: a comments section ends the article wherever it starts; a "More in ..." or
  "Related" promotion ends it when no paragraph of prose follows (otherwise it is a subhead);
  rights notices, image captions and credits, wire credit lines, share or subscribe widgets and
  separator lines are dropped wherever they stand.
- TEXT STAYS TEXT: in .txt and .html sources, characters Markdown would read as markup
  (`*`, `_`, `[`, `<`, `&`, ...) are escaped, so the site shows exactly the words collected.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import frontmatter
import yaml

from build_site.corpus import (
    FrontMatterError,
    TextDatesHandler,
    article_file_text,
    is_web_address,
    load_article,
    reserved_id_reason,
)
from build_site.importer_html import decode_declared, parse_html
from build_site.importer_model import Draft, Piece, SourceError
from build_site.importer_pdf import parse_pdf
from build_site.importer_title import clutter_reason, pick_title
from build_site.input_files import ARTICLE_LIMIT, InputFileError, read_input
from build_site.problems import errors
from build_site.slugs import slugify
from build_site.wording import plural

FRONT_MATTER_ORDER = ("title", "publisher", "author", "published", "url", "retrieved", "language", "type")
SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf"}
MAX_BYTES = ARTICLE_LIMIT  # what the corpus reads; a source that large is a mistake (or /dev/zero)

WRAP_WIDTH = 100  # wrapped text never has longer lines; pasted web text nearly always does
WRAP_FILL = 0.6  # a wrapped line shorter than this share of the widest line ends its paragraph
HEADING_MAX_WORDS = 12
TITLE_MAX_LINES = 3  # a wrapped headline runs on for this many lines at most
TITLE_MAX_CHARS = 200
FRONT_WINDOW = 3  # byline and duplicate headline are looked for among the first pieces only
SHORT = 72  # dropped lines are printed cut to this length

SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "from",
    "in",
    "into",
    "is",
    "nor",
    "of",
    "on",
    "or",
    "the",
    "to",
    "vs",
    "with",
    "amid",
    "over",
    "via",
    "per",
    "than",
}

NUMBERED = re.compile(r"(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)")
BULLET = re.compile(r"[-•*]\s+(?P<text>\S.*)")
MD_HEADING = re.compile(r"(?P<marks>#{1,6})\s+(?P<text>.+?)(?:\s+#+)?")
BYLINE = re.compile(
    r"(?:By|BY|Por|POR)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|del|da|van|von|la|le|y))*)"
    r"(?:\s*[,|•–—-]\s*.*)?"
)
# A byline in lower case, alone or after a column name: "by jane doe", "police beat by Richard Matros".
LOWER_BYLINE = re.compile(
    r"(?:[a-z][^.!?]{0,60}\s)?by\s+(?P<name>[A-Za-z][\w.'’-]+(?:\s+(?:[A-Za-z][\w.'’-]+)){1,3})"
)
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
    r"(?:,\s+\w+\.?\s+\d{1,2})?(?:\s+\([^)]{1,40}\))?)\s*[-–—]+\s"
)
# A date as news sites print it: "July 14, 2025", "Sept. 3, 2025", "March 3rd, 2025", "3 September 2025",
# "2025-09-03".
HUMAN_DATE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
    r"\s+(?P<year>\d{4})|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Z][a-z]{2,8})\.?,?\s+(?P<year2>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
)
# A posting line: "Posted on July 14, 2025 by Mark Hollis", "Published: Jul. 7, 2021 at 5:15 PM|Updated: …",
# "Date: March 3rd, 2025".
POSTED = re.compile(
    r"(?:posted|published|updated|date|dated|release date)(?:\s+on)?:?\s+(?P<date>.+?)"
    r"(?:\s+by\s+(?P<name>[^,|]+?))?(?:\s+at\s+\d{1,2}:\d{2}[^|]*)?(?:\s*[|•].*)?",
    re.IGNORECASE,
)
INLINE_MARKUP = re.compile(r"[\\`*_\[\]<&]")  # what CommonMark reads as markup inside a line
MARKDOWN_START = re.compile(r"#|>|[-+*](?:\s|$)|\d+[.)](?:\s|$)|`{3}|~{3}")
SENTENCE_END = (".", "!", "?", ":", '"', "”", "'", "’", ")")

# A comment section: from such a line on, the words are readers', not the article's.
COMMENTS_START = re.compile(
    r"(?:\d+\s+)?(?:comments?|responses?|replies)(?: to .+)?|post a comment|leave a (?:reply|comment)"
    r"|add (?:a )?comment|join the discussion|(?:show|view|read) (?:all )?comments",
    re.IGNORECASE,
)
# Promotions after the article ("More in …", "Related stories"); the same words can be a real
# subhead, so they end the article only when no paragraph of prose follows them.
PROMO_START = re.compile(
    r"more (?:in|from) .+|related(?: articles| posts| stories| coverage)?|you (?:may|might) also like.*"
    r"|recommended(?: for you)?|most (?:read|popular|viewed|shared)(?: stories| articles)?|trending(?: now)?",
    re.IGNORECASE,
)
PROSE_MIN_WORDS = 8
RIGHTS = re.compile(
    r"©|\ball rights reserved\b|^\W*copyright\s+(?:\(c\)|\d{4})|^\W*the views expressed in this\b", re.IGNORECASE
)
CAPTION = re.compile(
    r"[(\[]?\s*(?:image|photo|photograph|picture|file photo|caption|credit)s?(?: credit)?\s*(?::|by\b)", re.IGNORECASE
)
WIRE_CREDIT = re.compile(r"\(\s*(?:reporting|writing|additional reporting|editing) by\b.*\)", re.IGNORECASE)
WIDGETS = re.compile(
    r"(?:share|tweet|email|print|like|pin|subscribe|follow|reply|delete|replydelete|advertisement|loading|read more|"
    r"twitter|x|facebook|linkedin|whatsapp|reddit|telegram|pinterest|threads|bluesky|"
    r"share this(?: article| story)?|share on \w+|click to (?:share|print|email).*|follow us(?: on .+)?|"
    r"subscribe to .+|sign up for .+|like this|(?:\d+ )?shares?|(?:posted|filed) (?:in|under) .+|"
    r"(?:tags|tagged|categories|topics): .+)\W*",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Prepared:
    """An article ready to write: its front matter, its Markdown body and what was found on the way."""

    kind: str
    draft: Draft
    meta: dict[str, object]
    body: str
    notes: list[str]


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


def check_overrides(overrides: dict[str, str | None]) -> None:
    """Flags are checked before any input is read: a bad flag fails every input the same way."""
    _check_date(overrides.get("published"))
    url = overrides.get("url")
    if url and not is_web_address(url):
        raise SourceError(f"--url {url!r} is not an http:// or https:// address")
    title = overrides.get("title")
    if title is not None and not title.strip():
        raise SourceError("--title is empty")


def prepare(raw: bytes, kind: str, overrides: dict[str, str | None], found: dict[str, str] | None = None) -> Prepared:
    """Parse, clean and render one article; SourceError when it cannot be imported as it is."""
    check_overrides(overrides)
    draft = _parse(raw, kind, overrides.get("title"))
    draft.meta = {**draft.meta, **(found or {})}
    notes = draft.notes + _clean(draft)
    if not draft.pieces:
        raise SourceError("has no article text left after dropping boilerplate")
    for key in ("published", "retrieved"):
        value = draft.meta.get(key)
        if value and _found_date(value) is None:
            draft.dropped.append(("not a real YYYY-MM-DD date, left out", f"{key}: {value}"))
    meta = _merge_metadata(draft.meta, overrides, _check_date(overrides.get("published")))
    body = render_body(draft.pieces, escape_markup=kind != "markdown")
    return Prepared(kind, draft, meta, body, notes)


def write_article(label: str, prepared: Prepared, articles_dir: Path, overrides: dict[str, str | None]) -> Path:
    """Refuse a clash or a duplicate, print the findings, write the file; return its path."""
    slug = slugify(str(prepared.meta["title"]))
    _refuse_reserved_id(slug)
    target = articles_dir / f"{slug}.md"
    _refuse_existing(target, str(prepared.meta["title"]), prepared.body, prepared.meta.get("url"))
    _report(label, prepared, overrides)
    _write(target, prepared.meta, prepared.body)
    counts = {k: sum(p.kind == k for p in prepared.draft.pieces) for k in ("heading", "paragraph", "item")}
    print(
        f"Wrote {target} ({counts['heading']} headings, {counts['paragraph']} paragraphs, {counts['item']} list items)"
    )
    return target


def _refuse_reserved_id(slug: str) -> None:
    """The one place an article id is checked against the site's own pages before writing."""
    if reason := reserved_id_reason(slug):
        raise SourceError(f"cannot be written as {slug}.md: that file {reason}, or give another --title")


# --- reading -----------------------------------------------------------------------------------


def _check_date(value: str | None) -> dt.date | None:
    """--date must be a real calendar date written YYYY-MM-DD (what the validator accepts)."""
    if value is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
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


def _parse(raw: bytes, kind: str, title: str | None) -> Draft:
    """Pieces and metadata from the source, by format."""
    if not raw.strip():
        raise SourceError("is empty")
    if kind == "pdf":
        return parse_pdf(raw)
    text = decode_text(raw, kind)
    if not text.strip():
        raise SourceError("is empty")
    if kind == "html":
        return parse_html(text)
    if kind == "markdown":
        return _parse_markdown(text, title)
    return parse_text(text, markdown=False, title=title, title_is_flag=True)


def _parse_markdown(text: str, title: str | None) -> Draft:
    """A .md file: its own front matter (known keys, common aliases) plus its text."""
    try:
        post = frontmatter.loads(text, handler=TextDatesHandler())
    except (yaml.YAMLError, FrontMatterError) as exc:
        raise SourceError(f"its front matter cannot be read ({getattr(exc, 'problem', None) or exc})") from None
    aliases = {"date": "published", "link": "url", "canonical_url": "url", "source": "publisher", "lang": "language"}
    meta: dict[str, str] = {}
    unused: list[tuple[str, str]] = []
    for key, value in post.metadata.items():
        known = aliases.get(str(key), str(key))
        if known in FRONT_MATTER_ORDER and value not in (None, "") and known not in meta:
            meta[known] = value.isoformat()[:10] if isinstance(value, dt.date) else str(value)
        else:
            unused.append(("front matter key not kept", f"{key}: {value}"))
    draft = parse_text(post.content, markdown=True, title=title or meta.get("title"), title_is_flag=bool(title))
    draft.meta = {**meta, **draft.meta}
    draft.dropped = unused + draft.dropped
    return draft


# --- plain text --------------------------------------------------------------------------------


def parse_text(text: str, *, markdown: bool, title: str | None = None, title_is_flag: bool = False) -> Draft:
    """Pieces from plain text: TITLE, then HARD_WRAP/LINE_PER_PARAGRAPH, HEADING and LISTS.

    A `title` from front matter leaves every line to the body; one from `--title` (`title_is_flag`)
    replaces the text's own headline, which is then listed as dropped, never a line of prose."""
    lines = [line.strip() for line in text.splitlines()]
    draft = Draft([], {})
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return draft
    heading = MD_HEADING.fullmatch(lines[first]) if markdown else None
    if title is not None and not title_is_flag:
        draft.meta["title"] = title
    elif heading:
        draft.meta["title"] = title or heading["text"]
        if title:
            draft.dropped.append(("the text's own headline, replaced by --title", heading["text"]))
        lines = lines[first + 1 :]
    else:
        lines = _take_title(lines, _title_line_count(lines[first:]), title, draft)
    units = _reflow(lines) if _is_hard_wrapped(lines) else lines
    last = max((index for index, unit in enumerate(units) if unit), default=-1)
    for index, unit in enumerate(units):
        if unit:
            draft.pieces.append(_classify(unit, draft.pieces[-1] if draft.pieces else None, index < last, markdown))
    return draft


def _take_title(lines: list[str], wrapped_lines: int, flag: str | None, draft: Draft) -> list[str]:
    """TITLE: the headline a reader would pick (see importer_title); the lines left for the body.

    With `--title`, the clutter above the headline is dropped as without it, but the text's own
    headline stays in the body (a deck, a second title: text all the same), unless it is the
    given title word for word, which would then be printed twice."""
    pick = pick_title(lines, wrapped_lines, _is_hard_wrapped(lines))
    for why, line in pick.skipped:
        if not _take_date_line(line, draft) and not _take_byline(line, draft):
            draft.dropped.append((why, line))
    if flag is not None:
        draft.meta["title"] = flag
        if pick.title and _same_words(pick.title, flag):
            draft.dropped.append(("the title given by --title", pick.title))
            return lines[pick.end :]
        body = lines[pick.start :]
        first = next((i for i, line in enumerate(body) if line), None)
        if first is not None and _same_words(body[first], flag):
            draft.dropped.append(("the title given by --title", body[first]))
            del body[first]
        return body
    if pick.title is None:
        first_line = next((line for line in lines[pick.start :] if line), "")
        guess = pick.guess or "…"
        raise SourceError(f'has no clear title: add --title "{guess}" (the first line reads "{_short(first_line, 60)}")')
    draft.meta["title"] = pick.title
    return lines[pick.end :]


def _same_words(line: str, title: str) -> bool:
    """The line is the title, spacing aside: it would be printed twice."""
    return " ".join(line.split()) == " ".join(title.split())


def _short(text: str, width: int) -> str:
    """A line cut to `width` characters for a message."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _title_line_count(lines: list[str]) -> int:
    """WRAPPED TITLE: in hard-wrapped text a long headline runs on for a line or two before
    the first blank line; elsewhere the title is the first line."""
    end = next((i for i, line in enumerate(lines) if not line), len(lines))
    if 1 < end <= TITLE_MAX_LINES and _is_hard_wrapped(lines) and len(" ".join(lines[:end])) <= TITLE_MAX_CHARS:
        return end
    return 1


def _is_hard_wrapped(lines: list[str]) -> bool:
    """HARD_WRAP: no line is wider than WRAP_WIDTH and most long lines stop mid-sentence."""
    long_lines = [line for line in lines if len(line) >= 50]
    unfinished = sum(not line.endswith(SENTENCE_END) for line in long_lines)
    return len(long_lines) >= 3 and max(map(len, lines)) <= WRAP_WIDTH and 2 * unfinished >= len(long_lines)


def _reflow(lines: list[str]) -> list[str]:
    """Join wrapped lines into paragraphs; a short line, a blank line or a list item ends one."""
    width = max(len(line) for line in lines if line)
    units: list[str] = []
    joinable = False
    for line in lines:
        is_item = bool(NUMBERED.fullmatch(line) or BULLET.fullmatch(line))
        if joinable and line and not is_item:
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
        joinable = bool(line) and len(line) >= WRAP_FILL * width
    return units


def _classify(line: str, previous: Piece | None, has_more: bool, markdown: bool) -> Piece:
    """HEADING and LISTS for one line of plain text (or Markdown)."""
    if markdown and (match := MD_HEADING.fullmatch(line)):
        return Piece("heading", match["text"], level=min(max(len(match["marks"]), 2), 3))
    if markdown and line.startswith(">"):
        return Piece("quote", line.lstrip("> ").strip())
    if match := NUMBERED.fullmatch(line):
        return Piece("item", match["text"], level=0, ordered=True)
    if match := BULLET.fullmatch(line):
        under_number = previous is not None and previous.kind == "item" and (previous.ordered or previous.level > 0)
        return Piece("item", match["text"], level=1 if under_number else 0)
    if has_more and _looks_like_heading(line):
        return Piece("heading", line, level=2)
    return Piece("paragraph", line)


def _looks_like_heading(line: str) -> bool:
    """HEADING: short, not closed like a sentence, and title case or a question."""
    words = line.split()
    if len(words) > HEADING_MAX_WORDS or line[-1] in ".,;:!…\"”'’)":
        return False
    return line.endswith("?") or _is_title_case(words)


def _is_title_case(words: list[str]) -> bool:
    """Every word but the small ones starts with a capital (or is not a word, like '2025')."""
    significant = [w for w in words if w[0].isalpha() and w.lower() not in SMALL_WORDS]
    return bool(significant) and all(w[0].isupper() for w in significant)


# --- cleaning (all formats) --------------------------------------------------------------------


def _clean(draft: Draft) -> list[str]:
    """Drop boilerplate, take the byline and the duplicate headline; return notes to report."""
    kept: list[Piece] = []
    for index, piece in enumerate(draft.pieces):
        if index and _ends_article(piece, draft.pieces[index + 1 :]):
            draft.dropped += [("end of article", p.text) for p in draft.pieces[index:]]
            break
        reason = _boilerplate_reason(piece.text)
        if reason:
            draft.dropped.append((reason, piece.text))
        else:
            kept.append(piece)
    draft.pieces = _take_byline_and_repeated_headline(kept, draft)
    notes = []
    first = next((p for p in draft.pieces if p.kind == "paragraph"), None)
    if first is not None and (match := DATELINE.match(first.text)):
        notes.append(f"dateline: {match['place']} (kept in the text)")
    return notes


def _ends_article(piece: Piece, rest: list[Piece]) -> bool:
    """COMMENTS and PROMOTIONS: the line where the page stops being the article."""
    line = piece.text.rstrip(":").strip()
    if COMMENTS_START.fullmatch(line):
        return True
    return bool(PROMO_START.fullmatch(line)) and not any(_is_prose(p) for p in rest)


def _is_prose(piece: Piece) -> bool:
    return (
        piece.kind == "paragraph" and len(piece.text.split()) >= PROSE_MIN_WORDS and piece.text.endswith(SENTENCE_END)
    )


def _boilerplate_reason(text: str) -> str | None:
    """Why a line anywhere in the source is not the article, or None when it is."""
    if len(text) < 400 and RIGHTS.search(text):
        return "rights notice"
    if len(text) < 300 and CAPTION.match(text):
        return "image caption or credit"
    if reason := clutter_reason(text):
        return reason
    if WIRE_CREDIT.fullmatch(text):
        return "credit line"
    if len(text.split()) <= 8 and WIDGETS.fullmatch(text):
        return "share, subscribe or filing widget"
    if not any(c.isalnum() for c in text):
        return "separator"
    return None


def _take_byline_and_repeated_headline(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """BYLINE and DUPLICATE HEADLINE, looked for only among the first few pieces."""
    title = draft.meta.get("title", "")
    kept = []
    for index, piece in enumerate(pieces):
        if index < FRONT_WINDOW and piece.kind != "item":
            if _take_date_line(piece.text, draft) or _take_byline(piece.text, draft):
                continue
            if title and _repeats_headline(piece.text, title):
                draft.dropped.append(("headline printed twice", piece.text))
                continue
        kept.append(piece)
    return kept


def _take_byline(text: str, draft: Draft) -> bool:
    """BYLINE: "By Name" (or "by jane doe", "police beat by Name"), short and unpunctuated, becomes
    the author (when none is known yet)."""
    byline = BYLINE.fullmatch(text) or LOWER_BYLINE.fullmatch(text)
    if byline and "author" not in draft.meta and len(text.split()) <= 10 and not text.endswith("."):
        draft.meta["author"] = byline["name"]
        draft.dropped.append(("byline, read as author", text))
        return True
    return False


def _take_date_line(text: str, draft: Draft) -> bool:
    """DATE LINE: a line that is only a date, or "Posted on <date> by <name>", is metadata."""
    posted = POSTED.fullmatch(text)
    date = _human_date(posted["date"] if posted else text, whole=not posted)
    if date is None:
        return False
    draft.meta.setdefault("published", date.isoformat())
    if posted and posted["name"] and "author" not in draft.meta:
        draft.meta["author"] = posted["name"].strip()
    draft.dropped.append(("date line, read as date" + (" and author" if posted and posted["name"] else ""), text))
    return True


def _human_date(text: str, whole: bool = True) -> dt.date | None:
    """The date a line states, in the forms news sites print; None if it states none."""
    match = (HUMAN_DATE.fullmatch if whole else HUMAN_DATE.match)(text.strip())
    if match is None:
        return None
    if match["iso"]:
        return _found_date(match["iso"])
    month = (match["month"] or match["month2"])[:3].lower()
    try:
        number = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(month) + 1
        return dt.date(int(match["year"] or match["year2"]), number, int(match["day"] or match["day2"]))
    except ValueError:
        return None


def _repeats_headline(text: str, title: str) -> bool:
    """DUPLICATE HEADLINE: headline-shaped (unpunctuated, at most twice the title's length)
    and holding most (70%) of the title's words."""
    title_words = set(re.findall(r"[\w'’-]+", title.casefold()))
    if text.rstrip().endswith((".", "!", ":", ";", ",")) or len(text.split()) > 2 * len(title.split()):
        return False
    words = set(re.findall(r"[\w'’-]+", text.casefold()))
    return bool(title_words) and len(words & title_words) >= 0.7 * len(title_words)


# --- metadata, rendering, writing --------------------------------------------------------------


def _merge_metadata(
    found: dict[str, str], overrides: dict[str, str | None], published: dt.date | None
) -> dict[str, object]:
    """Flags win over what was found; keys in front matter order; unknown values left out."""
    if found.get("url") and not is_web_address(found["url"]):
        print(f"  (the source's own address {found['url']!r} is not a full http(s) address; left out)")
        found = {key: value for key, value in found.items() if key != "url"}
    merged = {key: overrides.get(key) or found.get(key) for key in FRONT_MATTER_ORDER}
    meta: dict[str, object] = {key: " ".join(value.split()) for key, value in merged.items() if value}
    meta.pop("published", None)
    date = published or _found_date(found.get("published"))
    if date:
        meta["published"] = date
    if retrieved := _found_date(found.get("retrieved")):
        meta["retrieved"] = retrieved
    meta.setdefault("type", "news")
    if "title" not in meta:
        raise SourceError("has no title I can find; give one with --title")
    return {key: meta[key] for key in FRONT_MATTER_ORDER if key in meta}


def _found_date(value: str | None) -> dt.date | None:
    """A date found in the source, when it is a real YYYY-MM-DD date (`prepare` lists any other
    as dropped)."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def render_body(pieces: list[Piece], escape_markup: bool = True) -> str:
    """Markdown for the pieces: blank lines between blocks, tight lists, nested items indented 4.

    `escape_markup` is for sources that are not Markdown: their `*`, `[` or `&` are words."""

    def prose(text: str) -> str:
        return _keep_prose(INLINE_MARKUP.sub(r"\\\g<0>", text) if escape_markup else text)

    out: list[str] = []
    previous: Piece | None = None
    numbers: list[int] = []  # item counts per nesting level of the list being written
    top_ordered = False  # whether the top-level list being written is numbered
    for piece in pieces:
        if piece.kind == "item":
            if previous is None or previous.kind != "item":
                out += [""] if previous else []
                numbers = []
            elif piece.level == 0 and top_ordered != piece.ordered:
                out += [""]  # a list of the other type: CommonMark starts a new list
                numbers = []
            if piece.level == 0:
                top_ordered = piece.ordered
            numbers = numbers[: piece.level + 1] + [0] * (piece.level + 1 - len(numbers))
            numbers[piece.level] += 1
            marker = f"{numbers[piece.level]}." if piece.ordered else "-"
            out.append(f"{'    ' * piece.level}{marker} {prose(piece.text)}")
        else:
            out += [""] if previous else []
            if piece.kind == "heading":
                out.append(f"{'#' * piece.level} {prose(piece.text)}")
            elif piece.kind == "quote":
                out.append(f"> {prose(piece.text)}")
            else:
                out.append(prose(piece.text))
        previous = piece
    return "\n".join(out) + "\n"


def _keep_prose(text: str) -> str:
    """Escape the one character that would make a prose line start Markdown syntax by accident."""
    if not MARKDOWN_START.match(text):
        return text
    digits = len(text) - len(text.lstrip("0123456789"))  # "2018. It" -> r"2018\. It"
    return text[:digits] + "\\" + text[digits:]


def normalized_text(body: str) -> str:
    """Body text for comparison: words only, case-folded, so markup and spacing do not count."""
    return " ".join(re.findall(r"\w+", body.casefold()))


def _refuse_existing(target: Path, title: str, body: str, url: object) -> None:
    """Never import the same text or the same address twice (whatever the title), never overwrite a file."""
    if target.parent.is_dir():
        mine = normalized_text(body)
        titled = normalized_text(f"{title}\n{body}")  # a text imported once with --title, once without
        for path in sorted(target.parent.glob("*.md")):
            try:
                other = frontmatter.load(path)
            except (yaml.YAMLError, ValueError, OSError):  # an unreadable corpus file is `check`'s to report
                continue
            theirs = normalized_text(other.content)
            if mine == theirs or titled == theirs or mine == normalized_text(f"{other.get('title', '')}\n{other.content}"):
                raise SourceError(f"has the same text as {path}, which is already in the corpus")
            if url and other.metadata.get("url") == url:
                raise SourceError(f"has the same address as {path}, which is already in the corpus")
    if target.exists():
        raise SourceError(
            f"would overwrite {target}, which already exists; give another --title or remove that file first"
        )


def _report(label: str, prepared: Prepared, overrides: dict[str, str | None]) -> None:
    """Print what was found, dropped and doubted, so the user can check the import."""
    draft = prepared.draft
    print(f"Read {label} as {prepared.kind}")
    for key, value in prepared.meta.items():
        origin = "flag" if overrides.get(key) else "found" if key in draft.meta else "default"
        print(f"  {key}: {value} ({origin})")
    for note in prepared.notes:
        print(f"  {note}")
    if draft.dropped:
        print(
            f"Dropped {plural(len(draft.dropped), 'line')} that {'is' if len(draft.dropped) == 1 else 'are'} not the article:"
        )
        for why, text in draft.dropped:
            short = text if len(text) <= SHORT else text[: SHORT - 1] + "…"
            print(f"  - {why}: {short}")
    for warning in draft.warnings:
        print(f"Warning: {label}: {warning}")


def _write(target: Path, meta: dict[str, object], body: str) -> None:
    """Write the file (never replacing one), then check it with the corpus validator."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8") as handle:
        handle.write(article_file_text(meta, body))
    article, problems = load_article(target)
    if article is None:
        target.unlink()
        found = errors(problems)
        raise SourceError(f"produced a file the corpus cannot read ({found[0].message if found else 'unknown'})")
