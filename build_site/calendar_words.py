"""The English names of months and weekdays, one table for every rule that reads a date or keeps a
date's words out of names and places ("June 27", "in November", "Jan. 20", "on Monday"), and the
one check that numbers read from a text name a real day."""

from __future__ import annotations

import datetime as dt

# The last day a site can be dated: sitemap.xml.gz's gzip header holds the build's date as unsigned 32-bit
# seconds, so `check` and `add` refuse an article's day after it (2106-02-07).
LATEST_EPOCH = 2**32 - 1
LATEST_DAY = dt.datetime.fromtimestamp(LATEST_EPOCH, dt.UTC).date()

# Each month's full name and the abbreviations news writing uses for it, with its number.
_MONTHS_WRITTEN = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
# A month's name or abbreviation, in lower case and without its period -> its number (1-12).
MONTHS: dict[str, int] = {name: number for number, names in enumerate(_MONTHS_WRITTEN, start=1) for name in names}
MONTH_NAMES = frozenset(names[0] for names in _MONTHS_WRITTEN)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def real_day(year: int, month: int, day: int) -> dt.date | None:
    """The day these numbers name, or None when there is no such day ("2020/13/40", "31 June")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
