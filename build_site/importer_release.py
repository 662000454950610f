"""A press release's page furniture: its release line and the masthead above it.

A government's or a firm's release, pasted or saved from its site, opens with a masthead (the site's
banner, the office's name, a seal's alt text: short lines, none a sentence) and then its release
line: parts joined by " | " (or " / ", " • "), one of them the release label ("FOR IMMEDIATE
RELEASE", "News Release"), one a date, the others a contact ("Media Contact: …") or a time. The
headline stands under it. The shape read is that order of lines: the release line's date is the
published date, and the release line and the masthead above it are furniture, dropped and listed,
never the title nor a heading. A dated release line is also the sign of an article a release gives
in place of a byline (government releases name no writer).

A release also closes in a shape of its own: an end mark on a line of its own ("-end-", "###", "- 30 -",
"ENDS") and under it, for the press only, the contacts (a name, an office, a phone number, an e-mail
address); and it may carry its number on a line of its own ("Press Release 23-035") above the story.
"""

from __future__ import annotations

import datetime as dt
import re

from build_site.importer_dates import human_date
from build_site.importer_header import SEPARATOR, TIME
from build_site.importer_title import CONTACT

RELEASE_REASON = "release line, read as date"
MASTHEAD_REASON = "release's masthead (a banner, an office, a seal) above its release line"
RELEASE_BLOCK_REASON = "release's offices, contacts and links under its release line"
MASTHEAD_MAX_LINES = 6  # a banner, an office, a seal, a skip link: the lines a release's masthead holds
CONTACT_BLOCK_MAX_LINES = 16  # offices with their heads, a contact label with names and addresses, links
MASTHEAD_LINE_WORDS = 8  # a masthead line names; a longer line is a headline or prose
RELEASE_MAX_WORDS = 30
RELEASE_LABEL = re.compile(
    r"(?:for\s+immediate\s+release|immediate\s+release|for\s+release|(?:press|news|media)\s+release|release\s+date)"
    r"\s*:?\s*(?P<value>.*)",
    re.IGNORECASE,
)
CONTACT_PART = re.compile(r"(?:(?:media|press|news)\s+)?(?:contacts?|inquiries|enquiries)\s*:\s*\S.*", re.IGNORECASE)
SENTENCE_CLOSE = (".", "!", "?", ";", ",")
RELEASE_END_REASON = "release's end mark"
RELEASE_CONTACTS_REASON = "release's contacts under its end mark"
RELEASE_NUMBER_REASON = "release's number line"
# An end mark alone on its line: "-end-", "- 30 -", "###", "# # #", "(END)", "ENDS".
END_MARK_LINE = re.compile(
    r"[-–—]\s*(?:end|ends|30)\s*[-–—]|#(?:\s*#){2}|\((?:end|ends)\)|(?-i:END|ENDS)", re.IGNORECASE
)
# A release's label and its number, alone on a line: "Press Release 23-035", "News Release No. 2024-17".
RELEASE_NUMBER = re.compile(
    r"(?:press|news|media)\s+release\s+(?:no\.?\s*|number\s+|#\s*)?[A-Z]{0,4}-?\d[\w./-]*", re.IGNORECASE
)


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


def release_block_under_headline(lines: list[str], title: str | None) -> tuple[int, int, dt.date] | None:
    """A release line set right under the page's headline (`title`), after its deck and short lines
    that are no sentence (a media contact), with the release's masthead under it: the offices and
    their heads, a contact block, a row of links, each a short line that is no sentence, down to the
    story's first paragraph. Returns the index of the release
    line, the index of the first line of the story under the block, and the date; None when the text
    does not open so (no headline given, no release line among its first lines, or no story under
    the short lines)."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if title is None or not filled or lines[filled[0]].strip() != title:
        return None
    for position, index in enumerate(filled[1 : MASTHEAD_MAX_LINES + 1]):  # after a deck and masthead lines
        if (date := release_date(lines[index]) or _labelled_date(lines[index])) is not None:
            break
        if lines[index].strip().endswith(SENTENCE_CLOSE) or (position and not is_masthead_line(lines[index])):
            return None
    else:
        return None
    for end in filled[filled.index(index) + 1 : filled.index(index) + CONTACT_BLOCK_MAX_LINES + 2]:
        if not is_masthead_line(lines[end]):
            return (index, end, date) if len(lines[end].split()) > MASTHEAD_LINE_WORDS else None
    return None


def _labelled_date(line: str) -> dt.date | None:
    """The date of a release label alone with its date: "For Immediate Release: May 13, 2025"."""
    label = RELEASE_LABEL.fullmatch(line.strip())
    return human_date(label["value"]) if label and label["value"] else None


def is_masthead_line(line: str) -> bool:
    """A short line that is no sentence: it names (an office, a person and a role, a contact)."""
    text = line.strip()
    return len(text.split()) <= MASTHEAD_LINE_WORDS and not text.endswith(SENTENCE_CLOSE)


def release_end(lines: list[str], release: bool = False) -> int | None:
    """RELEASE END: the index of an end mark on a line of its own ("-end-", "###", "- 30 -") that only
    a release's contacts follow: short lines that are no sentence (a name, an office) or give a phone
    number or an e-mail address, at least one of them a phone's or an address's unless the text is a
    `release` already (its release line or number read). None when there is no such mark, or prose
    follows it, or short lines with no contact (a list's items, a board's names): then it was no
    release's end, and nothing under it goes."""
    marks = [index for index, line in enumerate(lines) if END_MARK_LINE.fullmatch(line.strip())]
    if not marks or marks[-1] == 0:
        return None
    end = marks[-1]
    below = [line for line in lines[end + 1 :] if line.strip()]
    if not all(is_masthead_line(line) or _contact_line(line) for line in below):
        return None
    return end if not below or release or any(_contact_line(line) for line in below) else None


def _contact_line(line: str) -> bool:
    """A line of a contact block: short, giving a phone number or an e-mail address."""
    return len(line.split()) <= MASTHEAD_LINE_WORDS and CONTACT.search(line) is not None


def is_release_number(line: str) -> bool:
    """RELEASE NUMBER: a release's label and its number alone on a line ("Press Release 23-035"): the
    release's file number, no line of its story."""
    return RELEASE_NUMBER.fullmatch(" ".join(line.split())) is not None
