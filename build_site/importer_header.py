"""Header lines: the publisher, date and time a news page prints by its headline, copied as one line.

"Michigan Public | May 30, 2024", "Denver7 | July 9, 2024", "Reuters | Updated: 02-02-2024 05:25 IST |
Created: 02-02-2024 05:25 IST", "November 21, 2017 / 1:44 PM / a year ago", "May 13th, 2013 | Posted in News | No Comments »": parts
joined by " | ", " / ", " • " or " · ", each a date, a labelled date ("Updated: …"), a time, an age
("a year ago"), a name (the publisher), a byline, or a post's furniture (its categories, comments,
reading time: `META_PART`), at least one of them a date and at most one a name. Such a line is metadata,
above the headline or under it: its date is read as `published` (a stated or created date before
an update), its name as `publisher` (a byline's as `author`), and the line is dropped and listed, never a heading nor the title.

A meetings-coverage release (the UN's) opens with its session, its meetings and its document
symbol, each on a line ("Seventy-second Session,", "21st & 22nd Meetings (AM & PM)",
"GA/SHC/4206"): session lines, dropped and listed, never the title.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from build_site.importer_byline import byline_name
from build_site.importer_dates import human_date
from build_site.importer_labels import two_readings

HEADER_REASON = "header line (publisher, date)"
SESSION_REASON = "session line (meetings coverage)"
NAME_MAX_WORDS = 5  # a publisher's name: "Michigan Public", "Denver7", "The Associated Press"

MENU_WORDS = frozenset({"home", "news", "menu", "search", "latest", "top stories", "opinion", "sections", "local"})
SEPARATOR = re.compile(r"\s+[|/•·]\s+|^\s*\|\s*|\s*\|\s*$")
TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?")
AGE = re.compile(r"(?:(?:an?|\d+)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago|just now|yesterday)",
                 re.IGNORECASE)  # fmt: skip
LABELLED = re.compile(
    r"(?P<label>(?:first |last )?(?:updated|published|posted|created|modified|released|issued))(?:\s+on)?:?\s+(?P<value>.+)",
    re.IGNORECASE,
)
# A blog's or magazine's meta line holds, beside its date, the post's furniture: its categories or
# tags ("Posted in Featured, Recent News", "Filed under: Politics"), its comments' count or prompt
# ("No Comments »", "12 Comments", "Leave a comment") and its reading time ("5 min read"). A category, tag
# or topic label takes its colon: "Category 1" or "Topic 3" is a value of the story, not furniture.
META_PART = re.compile(
    r"(?:posted|filed)\s+(?:in|under)\s*:?\s+\S.*|(?:categor(?:y|ies)|tags?|topics?)\s*:\s*\S.*"
    r"|(?:no|one|\d+)\s+(?:comments?|responses?|replies)\s*»?|leave\s+a\s+(?:comment|reply)\s*»?"
    r"|\d+\s+min(?:ute)?s?\s+read",
    re.IGNORECASE,
)
UPDATE_LABELS = ("updated", "last updated", "modified", "last modified")
DASHED = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")  # "02-02-2024": day and month joined by dashes
NAME = re.compile(r"[A-Z0-9][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}")
SESSION_LINES = (
    re.compile(
        r"(?:[A-Z][a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:Special|Emergency Special|Resumed)\s+)?Session,?"
    ),
    re.compile(
        r"\d{1,4}(?:st|nd|rd|th)(?:\s*(?:&|and|,)\s*\d{1,4}(?:st|nd|rd|th))*\s+Meetings?(?:\s+\([^)]{1,20}\))?,?"
    ),
    re.compile(r"[A-Z]{1,8}(?:/[A-Z0-9.]{1,12}){1,5}(?:\s+\(\d{4}\))?"),  # a document symbol: "GA/SHC/4206"
)


@dataclass(frozen=True, slots=True)
class Header:
    """What a header line states: its publisher, author and date, or the two readings of a date that
    reads two ways."""

    publisher: str | None
    author: str | None
    date: dt.date | None
    readings: tuple[dt.date, dt.date] | None


def header_line(text: str) -> Header | None:
    """The publisher and date of a header line, or None when the line is not one."""
    parts = [part.strip() for part in SEPARATOR.split(text.strip()) if part.strip()]
    if len(parts) < 2:
        return None
    names: list[str] = []
    authors: list[str] = []
    stated: list[tuple[bool, dt.date]] = []  # (an update?, date)
    readings = None
    for part in parts:
        if META_PART.fullmatch(part):
            continue
        labelled = LABELLED.fullmatch(part)
        value = labelled["value"] if labelled else part
        update = labelled is not None and " ".join(labelled["label"].lower().split()) in UPDATE_LABELS
        if date := _date(value):
            stated.append((update, date))
        elif both := two_readings(DASHED.sub(r"\1/\2/\3", value)):
            readings = readings or both
        elif labelled is None and (TIME.fullmatch(part) or AGE.fullmatch(part)):
            continue
        elif labelled is None and (byline := byline_name(part)):
            authors.append(byline)
        elif labelled is None and NAME.fullmatch(part) and len(part.split()) <= NAME_MAX_WORDS and not _is_menu(part):
            names.append(part)
        else:
            return None
    if len(names) > 1 or len(authors) > 1 or not (stated or readings):
        return None
    date = min(stated, key=lambda item: item[0])[1] if stated else None  # a stated date before an update
    return Header(names[0] if names else None, authors[0] if authors else None, date, None if date else readings)


def is_session_line(text: str) -> bool:
    """A meetings-coverage release's session, meetings or document-symbol line."""
    line = text.strip()
    return any(pattern.fullmatch(line) for pattern in SESSION_LINES) and any(c.isdigit() or c == "-" for c in line)


def _is_menu(part: str) -> bool:
    """A menu's or section's word ("Home | May 30, 2024"): no publisher."""
    return " ".join(part.casefold().split()) in MENU_WORDS


def _date(value: str) -> dt.date | None:
    """The date a part states, its time after it or not ("02-02-2024 05:25 IST"); None for a date that reads two ways."""
    return human_date(DASHED.sub(r"\1/\2/\3", value))
