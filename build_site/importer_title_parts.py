"""A page's or a printed page's title is often "Headline | Site": its parts, and the headline among them."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import justext

from build_site.importer_dates import HUMAN_DATE, human_date

TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ")  # between a page's headline and its site's name
# A breadcrumb's separator glyph left at a title's edge: "» Deploying IoT …" (the crumb before it not copied).
CRUMB_GLYPHS = "»«›‹|•·"
GLYPH_PARTNERS = {"»": "«", "«": "»", "›": "‹", "‹": "›"}  # as quote marks these open and close: »Wir …«, «Мы …»
# Words that make a date part of the headline's sentence: "Storm hits on March 3, 2024".
DATE_PREPOSITIONS = {
    "on",
    "of",
    "at",
    "during",
    "since",
    "until",
    "till",
    "from",
    "to",
    "by",
    "before",
    "after",
    "in",
    "through",
    "for",
}
MIN_HEADLINE_WORDS = 3  # a date after fewer words is the headline's own ("14 novembre 2024 Travaux …" opens with one)
PLACE_MAX_WORDS = 4  # a dateline's place: "Burlingame, California"; a longer run after the date is the sentence's


def title_parts(title: str) -> list[str]:
    """A title's parts between `TITLE_SEPARATORS` ("Über uns | fairkom": "Über uns", "fairkom")."""
    parts = [title]
    for separator in TITLE_SEPARATORS:
        parts = [piece for part in parts for piece in part.split(separator)]
    return parts


def headline_part(title: str, headings: set[str]) -> str:
    """The part of "Headline | Name" that is one of the document's own headings, else the title
    whole (a page's `<h1>`, a printed page's headline on its first page)."""
    for separator in TITLE_SEPARATORS:
        parts = title.split(separator)
        if len(parts) == 2 and (part := next((p for p in parts if p.strip() in headings), None)):
            return part.strip()
    return title


def headline_end(title: str) -> str:
    """The headline where a page's title runs on (its markup sets them in one element): it ends
    where a dateline begins, a date written out after at least three words with no preposition
    joining it to the sentence that ends the title or is followed by a place only ("…
    Announcements Jan 17, 2019", "… Report March 17, 2014 Burlingame, California"). A date the
    sentence goes on after ("… at the January 6, 2021 attack on the Capitol"), a date named by its
    weekday ("Storm hits coast Monday, March 3, 2024": a headline's time of the verb, "on" left
    out), a numeric date ("Council meeting 3.2.2017" names the meeting), one in brackets and one set
    off by a comma closing the title (a dated headline of a series: "Remarks …, June 19, 2023") stay.
    A breadcrumb's separator glyph standing apart at either edge is no part of it ("» Deploying IoT
    …"); a quote mark closing a quote the title opens is ("Merkel sagt »Wir schaffen das«")."""
    title = _without_edge_glyphs(title.strip())
    for match in HUMAN_DATE.finditer(title):
        before = title[: match.start()].split()
        if not (match["month"] or match["month2"]) or human_date(match[0]) is None:
            continue
        if before and before[-1].endswith(("(", "[")):
            continue  # "… Bar & Kitchen (12 Jun 2017)": a date the headline sets in brackets is its own
        if match.start() < match.start("month" if match["month"] else "day2"):
            continue  # a weekday opens the date: the sentence's day
        if title[: match.start()].rstrip().endswith(",") and not title[match.end() :].strip():
            continue  # "Remarks from the Chief Public Health Officer, June 19, 2023": a dated headline's own day
        if (
            len(before) >= MIN_HEADLINE_WORDS
            and before[-1].casefold() not in DATE_PREPOSITIONS
            and _is_place(title[match.end() :])
        ):
            return " ".join(before).rstrip(",;:–—-|").strip()
    return title


def _without_edge_glyphs(title: str) -> str:
    """The title without a separator glyph that stands apart (a word of its own) at either edge,
    unless its partner mark is in the title too: then it is a quote mark, »…« or «…»."""
    words = title.split()
    while words and _is_crumb_glyph(words[0], " ".join(words[1:])):
        words = words[1:]
    while words and _is_crumb_glyph(words[-1], " ".join(words[:-1])):
        words = words[:-1]
    return " ".join(words) if words != title.split() else title


def _is_crumb_glyph(word: str, rest: str) -> bool:
    """A word made of separator glyphs whose partner quote mark is not in the `rest` of the title."""
    return not word.strip(CRUMB_GLYPHS) and not any(
        GLYPH_PARTNERS[glyph] in rest for glyph in word if glyph in GLYPH_PARTNERS
    )


def _is_place(text: str) -> bool:
    """Nothing, or a place's name after a dateline's date: a few capitalised words and commas,
    none of them a frequent English word ("Burlingame, California"; not "Attack On The Capitol")."""
    words = text.replace(",", " ").strip(" ;:–—-|").split()
    return len(words) <= PLACE_MAX_WORDS and all(
        word[:1].isupper() and word.casefold() not in _frequent_words() and not any(c.isdigit() for c in word)
        for word in words
    )


@cache
def _frequent_words() -> frozenset[str]:
    """English's most frequent words (jusText's stop list): no place's name is one."""
    return frozenset(word.casefold() for word in justext.get_stoplist("English"))


# A whole date closing a headline, its month's name in any case: "LIBRARY STATUS 21 DEC 2016", "… Update March 3, 2024".
_MONTH_NAME = (  # English months, whole or cut short: "novembre" is no "Nov"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
CLOSING_DATE = re.compile(
    rf"(?P<head>.*\S)\s+(?P<date>\d{{1,2}}\s+{_MONTH_NAME}\s+\d{{4}}|{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}})",
    re.IGNORECASE,
)


def headline_date(title: str) -> dt.date | None:
    """The day a headline closes with, as a notice's or a bulletin's headline names its own day
    ("LIBRARY STATUS 21 DEC 2016"), or None: a date after at least two words and no preposition
    that makes it the day of the sentence's happening ("… to close on 3 March 2024")."""
    match = CLOSING_DATE.fullmatch(" ".join(title.split()))
    if match is None:
        return None
    head = match["head"].rstrip(",:;–—-").split()
    if len(head) < 2 or head[-1].casefold() in DATE_PREPOSITIONS:
        return None
    return human_date(match["date"].title())
