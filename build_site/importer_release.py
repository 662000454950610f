"""A press release's page furniture: its release line and the masthead above it.

A government's or a firm's release, pasted or saved from its site, opens with a masthead (the site's
banner, the office's name, a seal's alt text: short lines, none a sentence) and then its release
line: parts joined by " | " (or " / ", " • "), one of them the release label ("FOR IMMEDIATE
RELEASE", "News Release"), one a date, the others a contact ("Media Contact: …") or a time. The
headline stands under it. The shape read is that order of lines: the release line's date is the
published date, and the release line and the masthead above it are furniture, dropped and listed,
never the title nor a heading. A dated release line is also the sign of an article a release gives
in place of a byline (government releases name no writer).
"""

from __future__ import annotations

import datetime as dt
import re

from build_site.importer_dates import human_date
from build_site.importer_header import SEPARATOR, TIME

RELEASE_REASON = "release line, read as date"
MASTHEAD_REASON = "release's masthead (a banner, an office, a seal) above its release line"
MASTHEAD_MAX_LINES = 6  # a banner, an office, a seal, a skip link: the lines a release's masthead holds
MASTHEAD_LINE_WORDS = 8  # a masthead line names; a longer line is a headline or prose
RELEASE_MAX_WORDS = 30
RELEASE_LABEL = re.compile(
    r"(?:for\s+immediate\s+release|immediate\s+release|for\s+release|(?:press|news|media)\s+release|release\s+date)"
    r"\s*:?\s*(?P<value>.*)",
    re.IGNORECASE,
)
CONTACT_PART = re.compile(r"(?:(?:media|press|news)\s+)?(?:contacts?|inquiries|enquiries)\s*:\s*\S.*", re.IGNORECASE)
SENTENCE_CLOSE = (".", "!", "?", ";", ",")


def release_date(text: str) -> dt.date | None:
    """The date of a release line ("FOR IMMEDIATE RELEASE | Thursday, April 4, 2024 | Media Contact:
    …"), or None when the line is not one: a release label, a date, and nothing but contacts and
    times beside them."""
    line = text.strip()
    parts = [part.strip() for part in SEPARATOR.split(line) if part.strip()]
    if len(parts) < 2 or len(line.split()) > RELEASE_MAX_WORDS:
        return None
    labelled = False
    date: dt.date | None = None
    for part in parts:
        label = RELEASE_LABEL.fullmatch(part)
        value = label["value"] if label else part
        stated = human_date(value) if value else None
        if label and (not value or stated):
            labelled = True
            date = date or stated
        elif stated and date is None:
            date = stated
        elif not (CONTACT_PART.fullmatch(part) or TIME.fullmatch(part)):
            return None
    return date if labelled else None


def release_line(lines: list[str], title: str | None = None) -> tuple[int, dt.date] | None:
    """The index and date of a release line that opens the text under its masthead: every non-empty
    line above it a short line that is no sentence (or the headline `title`, where a saved page sets
    it first), at most MASTHEAD_MAX_LINES of them; None when the text does not open so."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    for index in filled[: MASTHEAD_MAX_LINES + 1]:
        line = lines[index].strip()
        if (date := release_date(line)) is not None:
            return index, date
        if line != title and (len(line.split()) > MASTHEAD_LINE_WORDS or line.endswith(SENTENCE_CLOSE)):
            return None
    return None
