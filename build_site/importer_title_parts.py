"""A page's or a printed page's title is often "Headline | Site": its parts, and the headline among them."""

from __future__ import annotations

from build_site.importer_dates import HUMAN_DATE, human_date

TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ")  # between a page's headline and its site's name
# A breadcrumb's separator glyph left at a title's edge: "» Deploying IoT …" (the crumb before it not copied).
CRUMB_GLYPHS = "»«›‹|•·"
# Words that make a date part of the headline's sentence: "Storm hits on March 3, 2024".
DATE_PREPOSITIONS = {
    "on",
    "of",
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
    where a date written out begins after at least three words with no preposition joining it to
    the sentence ("… Announcements Jan 17, 2019", "… Report March 17, 2014 Burlingame, California":
    the date and the place after it are a dateline), and a breadcrumb's separator glyph at either
    edge is no part of it ("» Deploying IoT …"). A numeric date is kept ("Council meeting 3.2.2017"
    names the meeting)."""
    title = title.strip(CRUMB_GLYPHS + " ").strip()
    for match in HUMAN_DATE.finditer(title):
        before = title[: match.start()].split()
        if not (match["month"] or match["month2"]) or human_date(match[0]) is None:
            continue
        if before and before[-1].endswith(("(", "[")):
            continue  # "… Bar & Kitchen (12 Jun 2017)": a date the headline sets in brackets is its own
        if len(before) >= MIN_HEADLINE_WORDS and before[-1].casefold() not in DATE_PREPOSITIONS:
            return " ".join(before).rstrip(",;:–—-|").strip()
    return title
