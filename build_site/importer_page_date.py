"""The page's own date before a happening's.

A story's text names the days things happened ("On Friday, January 9, 2026, the Bureau released
…"); an extractor that reads dates from the text may take one of them for the day the page was
published. Two places state the page's own day instead, and are read before any date of the
text's prose (a date the page's metadata states still comes first):

- ADDRESS DAY: a permalink's path holds the day as three segments, `/2026/01/13/`, whatever the
  host (a site's name, a bare IP address, localhost), as blog and news platforms build addresses;
- OPENING DATE LINE: the first paragraph of prose opens with a whole date and a dash, "Tuesday,
  January 13, 2026 — On Friday …", the date line a site prints before its lede.
"""

from __future__ import annotations

import datetime as dt
import re

from build_site.corpus import address_day, latest_today
from build_site.importer_dates import HUMAN_DATE, human_date
from build_site.importer_model import Piece

OPENING_DATE = re.compile(rf"(?P<date>{HUMAN_DATE.pattern})\s*(?:--?|–|—)\s")
PROSE_MIN_WORDS = 8  # a paragraph this long is the story's prose, not a label or a caption


def opening_date(pieces: list[Piece]) -> tuple[dt.date, str] | None:
    """OPENING DATE LINE: the date opening the first paragraph of prose, and the line as printed."""
    first = next((p for p in pieces if p.kind == "paragraph" and len(p.text.split()) >= PROSE_MIN_WORDS), None)
    match = OPENING_DATE.match(first.text) if first is not None else None
    day = human_date(match["date"]) if match else None
    return (day, match[0].strip()) if match and day else None


def own_day(pieces: list[Piece], address: str | None) -> tuple[dt.date, str] | None:
    """The day the page states as its own, in its address or its opening date line, and where;
    an address's day still to come is a mistyped or made-up address, as the build reads it
    (`corpus.article_date`)."""
    if (day := address_day(address)) and day <= latest_today():
        return day, f"the day its address holds ({day:%Y/%m/%d})"
    if opened := opening_date(pieces):
        return opened[0], f"the date line opening its text ({opened[1]!r}, kept in the text)"
    return None
