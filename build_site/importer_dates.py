"""Dates written out in German, French, Dutch and Spanish, as pages in those languages print them:
day first, the month's name in the page's language, a weekday before at times ("16. Dezember
2025", "mardi 2 décembre 2025", "donderdag 18 december 2025", "5 de diciembre de 2025"), and
alone on a line or after a label ("Meldung vom …", "Édition du …", "Publicado el …").

English dates ("July 14, 2025", "3 September 2025", "2025-09-03", "3/20/2025") are read by
`human_date`; the title rules and the date reading of every format use these too. A numeric date
that reads two ways is read only when a time zone printed with it ("10/9/10 7:15 AM EDT") or the
page's own metadata (`machine_date`, through dateparser) says which day it is.
"""

from __future__ import annotations

import datetime as dt
import re

from build_site.calendar_words import MONTHS as ENGLISH_MONTHS
from build_site.calendar_words import real_day
from build_site.importer_labels import two_readings

MONTHS: dict[str, int] = {
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    # French
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "december": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
WEEKDAYS = (
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
WRITTEN_DATE = re.compile(
    rf"(?:(?:{WEEKDAYS}),?\s+)?(?:(?:le|den|el)\s+)?(?P<day>\d{{1,2}})(?:\.|er)?\s+(?:de\s+)?"
    rf"(?P<month>{_MONTH})\.?,?\s+(?:de\s+)?(?P<year>\d{{4}})",
    re.IGNORECASE,
)
# A label, then the date: "Meldung vom 16. Dezember 2025", "Édition du mardi 2 décembre 2025",
# "Publicado el 5 de diciembre de 2025", "Gepubliceerd op 5 december 2025".
LABELLED = re.compile(r"[^\W\d_][\w’'-]*\s+(?:vom|am|du|le|el|del|de|van|op)\s+(?P<date>.+)", re.IGNORECASE)


def written_date(text: str) -> dt.date | None:
    """The date `text` is, whole, in one of these languages; None if it is none (or no real day)."""
    match = WRITTEN_DATE.fullmatch(text.strip())
    if match is None:
        return None
    return real_day(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))


def labelled_date(text: str) -> dt.date | None:
    """The date of a line that is a one-word label and a written date ("Meldung vom …"), or None."""
    match = LABELLED.fullmatch(text.strip())
    return written_date(match["date"]) if match else None


# A date as news sites print it: "July 14, 2025", "Sept. 3, 2025", "March 3rd, 2025", "3 September 2025",
# "2025-09-03", "2020/9/8" (year first with slashes, as many sites' publishing systems print it: it
# reads one way), "3/20/2025", "25.01.2024" (read only when it reads one way: "3/4/2025" may be March or
# April, "12.01.2024" 12 January or 1 December).
HUMAN_DATE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
    r"\s+(?P<year>\d{4})|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Z][a-z]{2,8})\.?,?\s+(?P<year2>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})|(?P<ymd>(?:19|20)\d\d/\d{1,2}/\d{1,2}(?!\d))|(?P<first>\d{1,2})(?P<sep>[/.])(?P<second>\d{1,2})(?P=sep)(?P<year3>\d{4}))"
)
# The time printed after the date: "May 15th, 2025, 10:26 PM", "30 June 2020 05:31", "… at 9:05 a.m. ET",
# "May 24, 2023 — 11:07 am EDT" (a dash or bar between them, as wire copy prints it).
TIME_LAST = re.compile(
    r"(?:,|\s)\s*(?:[—–|·-]\s*)?(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\s*$"
)


def human_date(text: str, whole: bool = True) -> dt.date | None:
    """The date a line states, in the forms news sites print; None if it states none."""
    match = (HUMAN_DATE.fullmatch if whole else HUMAN_DATE.match)(TIME_LAST.sub("", text.strip()))
    if match is None:
        return written_date(text) if whole else None
    if match["iso"]:
        return found_date(match["iso"])
    if match["ymd"]:
        return real_day(*map(int, match["ymd"].split("/")))
    if match["year3"]:
        if two_readings(match[0]) is not None:
            return zoned_date(text)  # month/day or day/month: not guessed, unless a time zone says which
        first, second = int(match["first"]), int(match["second"])
        numeric_month, numeric_day = (first, second) if first <= 12 else (second, first)
        return real_day(int(match["year3"]), numeric_month, numeric_day)
    number = ENGLISH_MONTHS.get((match["month"] or match["month2"])[:3].lower())
    if number is None:
        return None
    return real_day(int(match["year"] or match["year2"]), number, int(match["day"] or match["day2"]))


# A section's label run onto the date line, as a page's text copies them: "Case Study August 12, 2010,
# 5:00PM EST". The label is one to three capitalised words with no digit nor punctuation, so a
# heading that is a phrase ("Vote due March 3, 2024") is no label.
RUN_ON_LABEL = re.compile(rf"(?P<label>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})\s+(?P<date>{HUMAN_DATE.pattern})")


def run_on_date(text: str) -> dt.date | None:
    """The date of a line that is a short label run onto a date (and its time), or None."""
    match = RUN_ON_LABEL.fullmatch(TIME_LAST.sub("", text.strip()))
    return human_date(match["date"]) if match else None


# A numeric date with its time and time zone: "10/9/10 7:15 AM EDT". The zone tells the order a
# numeric date that reads two ways is written in: month first in North America, day first elsewhere.
ZONED = re.compile(
    r"\b(?P<first>\d{1,2})(?P<sep>[/.])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2}),?\s+(?:at\s+)?"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s+(?P<zone>[A-Z]{2,5})\b"
)
MONTH_FIRST_ZONES = frozenset({"EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT",
                               "AKST", "AKDT", "HST"})  # fmt: skip
DAY_FIRST_ZONES = frozenset({"GMT", "BST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "AEST", "AEDT",
                             "NZST", "NZDT", "SAST"})  # fmt: skip
CENTURY = 2000  # a two-digit year printed by a time stamp: "10/9/10" is 2010


def zoned_date(text: str) -> dt.date | None:
    """The date of a numeric date stamped with its time zone, read in the order the zone's country
    writes dates; None when there is none or the zone is not one of those known."""
    match = ZONED.search(text)
    if match is None or match["zone"] not in MONTH_FIRST_ZONES | DAY_FIRST_ZONES:
        return None
    first, second = int(match["first"]), int(match["second"])
    month, day = (first, second) if match["zone"] in MONTH_FIRST_ZONES else (second, first)
    year = int(match["year"]) + (CENTURY if len(match["year"]) == 2 else 0)
    return real_day(year, month, day)


def machine_date(value: str) -> dt.date | None:
    """The day a page's metadata value states in any written form ("Sat, 09 Oct 2010 07:15:45 EST",
    "2010-10-09T07:15"), read by dateparser; None for no date, or a numeric one that reads two ways."""
    import dateparser  # type: ignore[import-untyped]  # noqa: PLC0415  (slow to load; most pages never need it)

    text = value.strip()
    if not text or len(text) > 60 or not any(c.isdigit() for c in text) or two_readings(text):
        return None
    parsed = dateparser.parse(
        text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    )
    return parsed.date() if parsed else None


# A month and year printed with no day: "August 2018", "Feb 2019", "Sept. 2021". It names no day:
# the front matter's `published` is a day (YYYY-MM-DD), so a month is never taken as its first.
MONTH_YEAR = re.compile(
    r"\b(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def month_of(match: re.Match[str]) -> dt.date:
    """The first day of the month a `MONTH_YEAR` match names (to compare months, never a date taken)."""
    return dt.date(int(match["year"]), ENGLISH_MONTHS[match["month"][:3].casefold()], 1)


def month_line(text: str) -> bool:
    """The line is, whole, a month and year ("Feb 2019"): a story's date line printed to the month."""
    return MONTH_YEAR.fullmatch(text.strip()) is not None


def found_date(value: str | None) -> dt.date | None:
    """A date found in the source, when it is a real YYYY-MM-DD date (`importer.prepare` lists any
    other as dropped)."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
