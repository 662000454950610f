"""Pasted text and Markdown notes -> pieces and metadata for the importer.

Heuristics for plain text, each a named function below, kept few on purpose:

- TITLE: the headline a reader would pick, clutter above it passed over, when it is confidently
  one and the text gives enough evidence of it (`importer_title.title_score`); otherwise `--title`
  is asked for, showing the best guess (a leading `#` is the title in .md files, and a first
  "# Headline" line in .txt files). A list or archive page is refused (`importer_listing`).
  `--title` never removes a line of the body but one that is the given title word for word.
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
"""

from __future__ import annotations

import datetime as dt
import re

import frontmatter
import yaml

from build_site.corpus import FrontMatterError, TextDatesHandler
from build_site.importer_byline import byline_block, names_an_outlet, no_writer
from build_site.importer_clean import SENTENCE_END, take_byline, take_metadata_line
from build_site.importer_listing import listing_reason, listing_refusal, listing_warning
from build_site.importer_model import BULLET, FRONT_MATTER_ORDER, REPLACED_HEADLINE, Draft, Piece, SourceError
from build_site.importer_publisher import masthead_publisher, site_banner
from build_site.importer_release import MASTHEAD_REASON, RELEASE_REASON, release_line
from build_site.importer_title import (
    DATE_LABEL,
    SITE_BANNER_REASON,
    TITLE_MAX_CHARS,
    headline_under_banner_sentence,
    is_headline,
    pick_title,
    run_in_byline,
    top_line_reason,
)
from build_site.importer_title_parts import TITLE_SEPARATORS
from build_site.wording import cut

OUTLET_REASON = "outlet's name after the headline, read as publisher"
OUTLET_HEADLINE_WORDS = 3  # a headline runs a clause; "Opinion - Las Cruces Sun-News" names a section

WRAP_WIDTH = 100  # wrapped text never has longer lines; pasted web text nearly always does
WRAP_FILL = 0.6  # a wrapped line shorter than this share of the widest line ends its paragraph
HEADING_MAX_WORDS = 12
TITLE_MAX_LINES = 3  # a wrapped headline runs on for this many lines at most

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
BANNER_REASON = "publisher's banner sentence above the headline"
MD_HEADING = re.compile(r"(?P<marks>#{1,6})\s+(?P<text>.+?)(?:\s+#+)?")
TXT_HEADLINE = re.compile(r"#\s+(?P<text>[^#\s].*?)(?:\s+#+)?")  # "# Headline" atop pasted text: Markdown's mark


def parse_markdown(text: str, title: str | None) -> Draft:
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
        if known in FRONT_MATTER_ORDER and isinstance(value, (list, dict)):
            shape = "a list" if isinstance(value, list) else "a mapping"
            raise SourceError(f"its front matter's {key!r} is {shape}, not text; write it as one line of text")
        if known in FRONT_MATTER_ORDER and value not in (None, "") and known not in meta:
            meta[known] = value.isoformat()[:10] if isinstance(value, dt.date) else str(value)
        else:
            unused.append(("front matter key not kept", f"{key}: {value}"))
    draft = parse_text(post.content, markdown=True, title=title or meta.get("title"), title_is_flag=bool(title))
    draft.meta = {**meta, **draft.meta}
    draft.dropped = unused + draft.dropped
    return draft


def parse_text(text: str, *, markdown: bool, title: str | None = None, title_is_flag: bool = False) -> Draft:
    """Pieces from plain text: TITLE, then HARD_WRAP/LINE_PER_PARAGRAPH, HEADING and LISTS.

    A `title` from front matter leaves every line to the body; one from `--title` (`title_is_flag`)
    replaces the text's own headline, which is then listed as dropped, never a line of prose."""
    lines = [line.strip() for line in text.splitlines()]
    draft = Draft([], {})
    if not markdown:
        lines = _without_byline_block(_without_release_masthead(lines, draft), draft)
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return draft
    heading = MD_HEADING.fullmatch(lines[first]) if markdown else None
    if title is not None and not title_is_flag:
        draft.meta["title"] = title
    elif heading:
        draft.meta["title"] = title or heading["text"]
        if title:
            draft.dropped.append((REPLACED_HEADLINE, heading["text"]))
        lines = lines[first + 1 :]
    elif not markdown and (hashed := _marked_headline(lines[first], lines[first + 1 :])):
        if title is None:
            draft.meta["title"] = hashed
            lines = lines[first + 1 :]
        else:
            lines = _take_title([*lines[:first], hashed, *lines[first + 1 :]], 1, title, draft)
    else:
        if not markdown and site_banner(lines[first]):
            lines = _without_site_banner(lines, first, title, draft)
        _check_listing(lines, title, draft)
        lines = _take_title(lines, _title_line_count(lines[first:]), title, draft)
    units = _reflow(lines) if _is_hard_wrapped(lines) else lines
    last = max((index for index, unit in enumerate(units) if unit), default=-1)
    for index, unit in enumerate(units):
        if unit:
            draft.pieces.append(_classify(unit, draft.pieces[-1] if draft.pieces else None, index < last, markdown))
    return draft


def _without_release_masthead(lines: list[str], draft: Draft) -> list[str]:
    """A pasted release's masthead and release line (`importer_release`): dropped and listed, the
    release line's date read as `published`; the lines under it are the text, headline first."""
    found = release_line(lines)
    if found is None:
        return lines
    end, date = found
    draft.dropped += [(top_line_reason(line) or MASTHEAD_REASON, line) for line in lines[:end] if line]
    draft.dropped.append((RELEASE_REASON, lines[end]))
    draft.meta["published"] = date.isoformat()
    return lines[end + 1 :]


def _without_byline_block(lines: list[str], draft: Draft) -> list[str]:
    """A BYLINE BLOCK (`importer_byline.byline_block`: name / outlet / name) is the byline: its
    name the author, its lines dropped and listed, so the headline above it is weighed as a
    headline over its lede."""
    found = byline_block(lines)
    if found is None:
        return lines
    start, end, name = found
    if no_writer(name):  # "Staff Writer" / "The Sault News": a role stands where a name would
        draft.dropped += [("byline block (a role and its outlet)", line) for line in lines[start:end]]
        return lines[:start] + lines[end:]
    draft.meta["author"] = name
    draft.dropped += [("byline block (a name and its outlet), read as author", line) for line in lines[start:end]]
    return lines[:start] + lines[end:]


def _without_site_banner(lines: list[str], first: int, flag: str | None, draft: Draft) -> list[str]:
    """SITE BANNER (`importer_publisher.site_banner`) opening a paste: no headline, so with no
    `--title` the title is asked for; with one, the banner is dropped and listed, not kept as a heading."""
    if flag is None:
        pick = pick_title(lines[first + 1 :])
        guess = next((g for g in (pick.title, pick.guess) if g and not BULLET.match(g)), "…")
        raise SourceError(
            f'has no clear title: add --title "{guess}" (the first line reads "{cut(lines[first], 60)}"; '
            f"not taken: {SITE_BANNER_REASON})"
        )
    draft.dropped.append((SITE_BANNER_REASON, lines[first]))
    return lines[:first] + lines[first + 1 :]


def _take_title(lines: list[str], wrapped_lines: int, flag: str | None, draft: Draft) -> list[str]:
    """TITLE: the headline a reader would pick (see importer_title); the lines left for the body.

    With `--title`, the clutter above the headline is dropped as without it, but the text's own
    headline stays in the body (a deck, a second title: text all the same), unless it is the
    given title word for word, which would then be printed twice."""
    pick = pick_title(lines, wrapped_lines, _is_hard_wrapped(lines))
    masthead = masthead_publisher([line for _, line in pick.skipped])
    for why, line in pick.skipped:
        if masthead is not None and line.strip() == masthead:
            draft.meta.setdefault("publisher", masthead)
            draft.dropped.append(("release masthead, read as publisher", line))
        elif not take_metadata_line(line, draft):
            draft.dropped.append((why, line))
    if flag is not None:
        draft.meta["title"] = flag
        if pick.title and _same_words(pick.title, flag):
            draft.dropped.append(("the title given by --title", pick.title))
            return lines[pick.end :]
        under = headline_under_banner_sentence(lines) if pick.title is None else None
        if under is not None and _same_words(lines[under], flag):  # the guess given: the banner over it is no text
            banner = next(line for line in lines if line)
            draft.dropped += [(BANNER_REASON, banner), ("the title given by --title", lines[under])]
            return lines[under + 1 :]
        body = lines[pick.start :]
        first = next((i for i, line in enumerate(body) if line), None)
        if first is not None and _same_words(body[first], flag):
            draft.dropped.append(("the title given by --title", body[first]))
            del body[first]
        return body
    if pick.title is None:
        first_line = next((line for line in lines if line), "")
        doubt = f"; not taken: {pick.doubt}" if pick.guess and pick.doubt else ""
        raise SourceError(
            f'has no clear title: add --title "{pick.guess or "…"}" (the first line reads "{cut(first_line, 60)}"{doubt})'
        )
    draft.meta["title"], outlet = outlet_after_headline(pick.title)
    _read_headline_line(" ".join(line for line in lines[pick.start : pick.end] if line), pick.title, draft)
    if outlet:
        draft.meta.setdefault("publisher", outlet)
        draft.dropped.append((OUTLET_REASON, outlet))
    return lines[pick.end :]


def outlet_after_headline(title: str) -> tuple[str, str | None]:
    """The headline and the outlet's name a copied page title ends with after a separator ("… waits
    on Mayor John Cook ... - Las Cruces Sun-News"), or the title whole and None. The last part is an
    outlet's when it is a masthead's name (`names_an_outlet`, a compound's last part counted:
    "Sun-News"), the headline before it at least three words."""
    for separator in TITLE_SEPARATORS:
        headline, _, last = title.rpartition(separator)
        if len(headline.split()) >= OUTLET_HEADLINE_WORDS and names_an_outlet(last.replace("-", " ")):
            return headline.strip(), last.strip()
    return title, None


def _check_listing(lines: list[str], flag: str | None, draft: Draft) -> None:
    """A list or archive page is refused, its guess shown, unless `--title` says it is one article
    (then it is imported, with a warning naming what to check, and `draft.listing` set: the date
    found is a listed item's, as on a saved list page)."""
    reason = listing_reason(lines) if not draft.meta.get("title") else None
    if reason is None:
        return
    if flag is None:
        pick = pick_title(lines)
        raise SourceError(listing_refusal(reason, pick.title or pick.guess))
    draft.listing = reason
    draft.warnings.append(listing_warning(reason))


def _marked_headline(line: str, below: list[str]) -> str | None:
    """A first line written as a Markdown headline ("# Military commanders will be told …"): text
    copied from a page viewer keeps the mark, and the headline is what it marks. None for a comment
    ("# saved from the wire": lower case, or a headline of its own right below it), "#hashtag",
    "## section", or a mark over a sentence of prose."""
    match = TXT_HEADLINE.fullmatch(line)
    if match is None or not match["text"][0].isupper() or not is_headline(match["text"]):
        return None
    following = next((other for other in below if other), "")
    if is_headline(following) and top_line_reason(following) is None:
        return None
    return match["text"]


def _read_headline_line(line: str, title: str, draft: Draft) -> None:
    """A label or a byline run into the headline's line ("Title: …", "… By NAME, Associated Press")
    is listed with the line; the byline's name becomes the author."""
    if line == title or DATE_LABEL.fullmatch(line[: len(line) - len(title)]):
        return
    _, byline = run_in_byline(line)
    if byline and take_byline(byline, draft):
        draft.dropped[-1] = ("byline run into the headline, read as author", line)
    else:
        draft.dropped.append(("label run into the headline", line))


def _same_words(line: str, title: str) -> bool:
    """The line is the title, spacing aside: it would be printed twice."""
    return " ".join(line.split()) == " ".join(title.split())


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
    if (match := BULLET.fullmatch(line)) and any(c.isalnum() for c in match["text"]):
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
