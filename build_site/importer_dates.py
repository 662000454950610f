"""Dates written out in German, French, Dutch and Spanish, as pages in those languages print them:
day first, the month's name in the page's language, a weekday before at times ("16. Dezember
2025", "mardi 2 décembre 2025", "donderdag 18 december 2025", "5 de diciembre de 2025"), and
alone on a line or after a label ("Meldung vom …", "Édition du …", "Publicado el …").

English dates are read by `importer_clean.HUMAN_DATE`; the title rules and the date reading
of every format use these too.
"""

from __future__ import annotations

import datetime as dt
import re

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
    try:
        return dt.date(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
    except ValueError:
        return None


def labelled_date(text: str) -> dt.date | None:
    """The date of a line that is a one-word label and a written date ("Meldung vom …"), or None."""
    match = LABELLED.fullmatch(text.strip())
    return written_date(match["date"]) if match else None
