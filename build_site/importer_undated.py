"""A text imported with no publication date: said once, naming `--date`, with a day to check.

An undated text's events cannot be placed ("on Wednesday", "last month") and its figures are never
compared with another's, so every input left undated is warned, whatever its format, naming the
flag that settles it. Where the text holds a day the importer did not trust as the day of
publication, the warning shows it as the day to check; it is never taken (a date is never
invented). Each candidate is a general shape, read in this order:

- PATH DAY: a saved page's file path holding a day as its address would (`/2021/02/13/`,
  `/news/2019-08-02/`, `corpus.ADDRESS_DAYS`): a site saved whole keeps its addresses as folders,
  but a file's path is not the page's address;
- CAPTION DAY: a whole date in a line dropped as a photo's caption or credit: the day of what the
  picture shows, often the story's but not always;
- RIGHTS YEAR: the latest year of a rights line dropped as clutter ("© 2005–2018 Outlet"): a year,
  no day, and the site's rather than the text's.
"""

from __future__ import annotations

import re
from pathlib import Path

from build_site.corpus import address_day
from build_site.importer_dates import HUMAN_DATE, human_date
from build_site.importer_labels import UNSET_DATE
from build_site.importer_model import Draft
from build_site.wording import cut

ASK = "add --date YYYY-MM-DD, the day it was published"
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
CAPTION_WHY = "caption"  # how every reason for dropping a photo's caption or credit names it
RIGHTS_WHY = "rights notice"
SHOWN = 50  # a line a candidate stands in is shown cut to this length


def warn_undated(draft: Draft, kind: str, path: Path | None) -> None:
    """Say that the text is undated, naming `--date`, unless a warning already asks for it; and add
    the day to check, unless the warning already names it."""
    if not any("--date" in warning for warning in draft.warnings):
        where = "the page states no date of its own" if kind == "html" else "no date found in the text"
        draft.warnings.append(f"{UNSET_DATE}{where}; {ASK}")
    check = day_to_check(draft, path)
    asking = [i for i, warning in enumerate(draft.warnings) if "--date" in warning]
    index = next((i for i in asking if draft.warnings[i].startswith(UNSET_DATE)), asking[0] if asking else None)
    if check is None or index is None or check[0] in draft.warnings[index]:
        return
    draft.warnings[index] += f" (to check: {check[0]}, {check[1]})"


def day_to_check(draft: Draft, path: Path | None) -> tuple[str, str] | None:
    """The first candidate day (PATH DAY, CAPTION DAY, RIGHTS YEAR) and where it stands, or None."""
    if path is not None and (day := address_day(path.absolute().as_uri())):
        return day.isoformat(), "the day the file's path holds, as a saved site's address would"
    for why, text in draft.dropped:
        if CAPTION_WHY in why and (caption_day := _whole_date(text)):
            return caption_day, f"a date in a photo's caption ({cut(text, SHOWN)!r})"
    for why, text in draft.dropped:
        if why == RIGHTS_WHY and (years := YEAR.findall(text)):
            return max(years), f"only the year of the rights line {cut(text, SHOWN)!r}"
    return None


def _whole_date(text: str) -> str | None:
    """The first whole date a line prints, as YYYY-MM-DD."""
    for match in HUMAN_DATE.finditer(text):
        if day := human_date(match[0]):
            return day.isoformat()
    return None
