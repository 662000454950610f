"""Label lines: the metadata a news page prints as "Label, value" or "Label: value".

A BBC page pasted as text carries "Author, Ousmane Badiane", "Role, Digital Journalist BBC Africa",
"Image source, Getty Images", "Image caption, …"; other sites print "Date: 11/07/2024",
"Source: Reuters", "Photo credit: …". Such a line is never a heading nor prose: its author and
date go to the front matter (`importer_clean.take_label_line`), the rest is dropped and listed.

A numeric date that reads two ways ("11/07/2024": 11 July or 7 November) is never taken, from
pasted text or from a page's text alike; the import says so with the `--date` for each reading.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

AUTHOR_LABELS = ("author", "authors", "written by", "reported by", "reporter", "writer", "words by")
DATE_LABELS = ("date", "dated", "published", "published on", "first published", "posted", "posted on", "updated",
               "last updated", "publication date", "release date", "date modified", "last modified",
               "modified")  # fmt: skip
OTHER_LABELS = ("role", "source", "sources", "photo credit", "photo credits", "photo", "photos", "image source",
                "image caption", "image credit", "image", "caption", "credit", "credits", "video caption",
                "media caption", "picture", "pic", "reporting from", "edited by", "editor", "category", "section",
                "tags", "topics", "filed under", "location")  # fmt: skip
# Labels that BBC pages print with a comma: the only ones read so, since "Sources, speaking on
# condition of anonymity, said …" is prose.
COMMA_LABELS = ("author", "role", "image source", "image caption", "photo credit", "video caption", "media caption",
                "published", "date", "reporting from")  # fmt: skip
LABEL_MAX_WORDS = 30  # a caption runs long; a line longer than this is prose that starts like a label
VALUE_MAX_WORDS = 12  # an author, a role or a date is short
UNSET_DATE = "published left unset: "  # how a warning about a date not taken starts


def _alternatives(labels: tuple[str, ...]) -> str:
    return "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))


COLON_LINE = re.compile(
    rf"(?P<label>{_alternatives(AUTHOR_LABELS + DATE_LABELS + OTHER_LABELS)})\s*:\s*(?P<value>\S.*)", re.IGNORECASE
)
COMMA_LINE = re.compile(rf"(?P<label>{_alternatives(COMMA_LABELS)}),\s+(?P<value>\S.*)", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>\d{4})\b")


@dataclass(frozen=True, slots=True)
class Label:
    """A label line: what it labels ("author", "date" or its own label, lower case) and the value."""

    kind: str
    value: str


def label_line(text: str) -> Label | None:
    """The label and value of a line that is one, or None (prose, a heading, a long line)."""
    line = text.strip()
    match = COLON_LINE.fullmatch(line) or COMMA_LINE.fullmatch(line)
    if match is None or len(line.split()) > LABEL_MAX_WORDS or not line[0].isupper():
        return None
    label, value = " ".join(match["label"].lower().split()), match["value"].strip()
    if label in AUTHOR_LABELS:
        kind = "author"
    elif label in DATE_LABELS:
        kind = "date"
    else:
        return Label(label, value)
    return Label(kind, value) if len(value.split()) <= VALUE_MAX_WORDS else None


def two_readings(text: str) -> tuple[dt.date, dt.date] | None:
    """The two dates a numeric date in `text` may be ("11/07/2024": 11 July, 7 November), or None
    when it has none or reads one way only."""
    for match in NUMERIC_DATE.finditer(text):
        first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
        if first != second and first <= 12 and second <= 12:
            try:
                return dt.date(year, first, second), dt.date(year, second, first)
            except ValueError:
                continue
    return None


def ambiguous_date_warning(line: str, readings: tuple[dt.date, dt.date]) -> str:
    """The one line that says a date was not taken, with the flag for each reading."""
    first, second = sorted(readings)
    return (
        f"{UNSET_DATE}{line.strip()!r} reads as {_spelled(first)} or {_spelled(second)}; "
        f"add --date {first.isoformat()} or --date {second.isoformat()}"
    )


def _spelled(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"
