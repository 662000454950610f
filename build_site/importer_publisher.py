"""Publisher lines: the outlet a reader's paste names on its own line right under the headline.

"Reuters" or "WUWM" over the date line, "Will County News | July 2024", "Wildlife Management
Institute, Outdoor News Bulletin, November 2017", "Michigan News Source" over a dateline that names
it again ("BERRIEN SPRINGS, Mich. (Michigan News Source) –"). Such a line is a name (capitalised
words, small joiners allowed), and something else says it is the outlet's: a date beside it, an
outlet's word ("News", "Tribune"), a body's or a station's name ("Glen Canyon Institute", "CBS
Colorado"), the dateline's parentheses, or (a one-word name: a person's name over a date line is the
writer's) a date line under it. A short subheading right under a headline has none of these, and a
first sentence is no name; both stay. A place before a date ("Washington, February 14, 2026") is a
dateline's, no publisher; a release's issuer over its release section ("Press Releases") is one.
A site's name the title rules dropped above the headline ("SpacePolicyOnline.com", "Republic World |
Science", "CBS News Texas") is one too, read by `site_name_publisher`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from build_site.countries import is_place
from build_site.gazetteer import is_town
from build_site.importer_byline import byline_name, names_an_outlet
from build_site.importer_dates import human_date, month_line

PARTS = re.compile(r"\s+[|•·]\s+|,\s+")  # "Will County News | July 2024", "Institute, Bulletin, November 2017"
NAME_MAX_WORDS = 5  # an outlet's or a publication's name: "Wildlife Management Institute", "9&10 News"
NAME_WORD = re.compile(r"[A-Z0-9][\w&'’.-]*")  # a capitalised word of a name: "WUWM", "9&10", "Crain's"
JOINERS = frozenset({"of", "and", "the", "for", "on", "&"})  # small words inside a name: "Bureau of Land Management"
SECTION_WORDS = frozenset(
    {
        "breaking",
        "latest",
        "top",
        "more",
        "recent",
        "related",
        "other",
        "local",
        "world",
        "national",
        "international",
        "business",
        "sports",
        "featured",
        "trending",
    }
)
BANNER_PARTS = re.compile(r"\s+\|\s+")  # "Bloomberg Law | Environment & Energy"
BANNER_PART_WORDS = 4  # a site's name or a section's: "Environment & Energy", "Bloomberg Law"
DATELINE_NAME = re.compile(r"\(([^()]{2,60})\)\s*[-–—]")  # "… Mich. (Michigan News Source) –" opens a paragraph
DATELINE_REACH = 120  # a dateline's parentheses stand in the first characters of the paragraph


@dataclass(frozen=True, slots=True)
class Publisher:
    """What a publisher line states: the outlet's name ("" for a dateline's place), and its date (a
    day) or its month only."""

    name: str
    date: dt.date | None
    month: str | None


def publisher_line(text: str, below: str | None, rest: str = "", date_read: bool = False) -> Publisher | None:
    """The publisher a line right under the headline names, or None; `below` is the next line,
    `rest` the text after it, `date_read` whether a date line above was read already (then a word
    over another date is a section's: "Timeline" / "April 5, 2024")."""
    line = " ".join(text.split())
    if not line or byline_name(line) or line.endswith((".", "!", "?", ":", ";")) or human_date(line):
        return None
    names, dated = _split_date(line)
    day = human_date(dated) if dated else None
    if not names or len(names) > 2 or not all(_is_name(name) for name in names) or _is_section(names[0]):
        return None
    if day and dateline_place(names):
        return Publisher("", day, None)
    if (
        dated
        or names_an_outlet(names[0])
        or (below is not None and names_a_body(names[0]))
        or _names_in_dateline(names[0], below)
        or (not date_read and _outlet_over_date(names[0], below, rest))
    ):
        return Publisher(names[0], day, dated if dated and day is None else None)
    return None


BODY_ENDS = frozenset(
    "Institute Foundation Council Association Society Center Centre Coalition Alliance Commission Agency Bureau"
    " Office".split()
)
STATION = re.compile(r"[A-Z]{2,5}(?:\s+\d{1,2})?\s+(?P<market>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def names_a_body(name: str) -> bool:
    """ORGANISATION LINE: a body's name, its last word a body's ("Glen Canyon Institute"), or a
    station's, a network's letters and its market ("CBS Colorado", "FOX 13 Utah"): set alone right
    under a headline, the site's or outlet's line, no subheading."""
    words = name.split()
    station = STATION.fullmatch(name)
    return (len(words) >= 2 and words[-1] in BODY_ENDS) or (
        station is not None and (is_place(station["market"]) or is_town(station["market"]))
    )


def dateline_place(names: list[str]) -> bool:
    """DATELINE: the names before a line's date are a place, a country's, a province's or a town's
    ("Washington, February 14, 2026", "Phoenix, May 3, 2024"): where the text was filed,
    never its publisher."""
    return all(is_place(name) or is_town(name) for name in names)


RELEASE_SECTION = re.compile(r"(?:press|news|media)\s+releases?|statements?|newsroom|press\s+room", re.IGNORECASE)


def masthead_publisher(above: list[str]) -> str | None:
    """RELEASE MASTHEAD: the two lines above a release's headline are its issuer's name over its
    release section ("Congressman Greg Stanton" / "Press Releases", "Office of the Mayor" /
    "News Releases"), as a release page's top copies: the name is the publisher. None otherwise."""
    lines = [" ".join(line.split()) for line in above if line.strip()]
    if len(lines) == 2 and RELEASE_SECTION.fullmatch(lines[1]) and _is_name(lines[0]) and not byline_name(lines[0]):
        return lines[0]
    return None


def _split_date(line: str) -> tuple[list[str], str | None]:
    """The names of a line and the date (a day or a month) that ends it after a separator, if any."""
    for separator in PARTS.finditer(line):
        rest = line[separator.end() :]
        if human_date(rest) or month_line(rest):
            return PARTS.split(line[: separator.start()]), rest
    return PARTS.split(line), None


def _is_name(part: str) -> bool:
    """A name: a few capitalised words (small joiners allowed); a sentence has words in lower case."""
    words = part.split()
    if not 1 <= len(words) <= NAME_MAX_WORDS or human_date(part) or month_line(part):
        return False
    return NAME_WORD.fullmatch(words[0]) is not None and all(
        NAME_WORD.fullmatch(word) or word in JOINERS for word in words[1:]
    )


def _is_section(name: str) -> bool:
    """A section's or a list's label shaped like an outlet ("Breaking News", "Latest News"): no publisher."""
    words = name.casefold().split()
    return len(words) == 2 and words[0] in SECTION_WORDS


def _names_in_dateline(name: str, below: str | None) -> bool:
    """The paragraph under it opens with a dateline naming the outlet: "PLACE (Name) –"."""
    match = DATELINE_NAME.search(below[:DATELINE_REACH]) if below else None
    return match is not None and " ".join(match[1].split()) == " ".join(name.split())


def _outlet_over_date(name: str, below: str | None, rest: str) -> bool:
    """One word over a date alone ("Reuters" / "August 10, 2022"): the outlet's name over its date.
    A person's name over a date line is the writer's; a topic's label over it ("Omgevingswet") is
    a word the text uses again, and an outlet seldom names itself in its story."""
    if below is None or len(name.split()) != 1 or not (human_date(below.strip()) or month_line(below)):
        return False
    return re.search(rf"\b{re.escape(name)}\b", rest, re.IGNORECASE) is None


def site_banner(text: str) -> bool:
    """SITE BANNER: a site's name and its section joined by " | " ("Bloomberg Law | Environment &
    Energy"), as a paste copies the page's top bar: two or three names, no date, no byline, no
    sentence (a headline set after a section's name, "Opinion | Why Rates Rise", is asked about too:
    no verb is read, so the line is no title taken without a question)."""
    line = " ".join(text.split())
    parts = BANNER_PARTS.split(line)
    return (
        2 <= len(parts) <= 3
        and not line.endswith((".", "!", "?", ":", ";"))
        and byline_name(line) is None
        and all(_is_name(part) and len(part.split()) <= BANNER_PART_WORDS for part in parts)
    )


DOMAIN = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}")  # "SpacePolicyOnline.com", "news.example.org"
# A menu link's imperative opening the line ("Watch CBS News", "Listen Live"): a link, no site's name.
LINK_VERBS = frozenset({"watch", "listen", "read", "subscribe", "download", "follow", "sign", "log", "get", "join"})
BODY_ABOVE_MIN_WORDS = 2  # a body's name has more words than a section's label ("Storm Center")
ACRONYM_LETTERS = 4  # a word in capitals this short is kept so when a capitals line is cased: "NASA", "U.S."


def site_name_publisher(line: str) -> str | None:
    """SITE NAME ABOVE THE HEADLINE: the outlet a line dropped above the headline as a site's name
    names, in four shapes: a web address's host ("SpacePolicyOnline.com"), a site's banner's first
    part ("Republic World | Science", `site_banner`), an outlet's name with its market ("CBS News
    Texas") or a body's name ("U.S. GOVERNMENT ACCOUNTABILITY OFFICE", cased). None for a section's
    or a tag's word ("Science", "Breaking News") or a menu's link ("Watch CBS News")."""
    text = " ".join(line.split())
    if DOMAIN.fullmatch(text):
        return text
    if site_banner(text):
        first = BANNER_PARTS.split(text)[0]
        return first if not _is_section(first) and (len(first.split()) > 1 or names_an_outlet(first)) else None
    name = _cased(text) if text.isupper() else text
    if not _is_name(name) or _is_section(name) or byline_name(name) or name.split()[0].casefold() in LINK_VERBS:
        return None
    return name if names_an_outlet(name) or _names_a_whole_body(name) or _outlet_and_market(name) else None


def _names_a_whole_body(name: str) -> bool:
    """A body's name above the headline holds more than two words ("U.S. Government Accountability
    Office"); two ("Hurricane Center", "Emergency Office") are a section's label in a site's bar. A
    station's letters and its market ("CBS Colorado") name an outlet in two."""
    long_enough = len(name.split()) > BODY_ABOVE_MIN_WORDS or STATION.fullmatch(name) is not None
    return long_enough and names_a_body(name)


def _outlet_and_market(name: str) -> bool:
    """An outlet's name and the market it serves: "CBS News Texas", "Fox News Chicago"."""
    words = name.split()
    for cut in range(2, len(words)):
        market = " ".join(words[cut:])
        if names_an_outlet(" ".join(words[:cut])) and (is_place(market) or is_town(market)):
            return True
    return False


def _cased(text: str) -> str:
    """A line set in capitals, cased as a name is written: short words kept (letters of an acronym),
    joiners in lower case ("U.S. GOVERNMENT ACCOUNTABILITY OFFICE" → "U.S. Government Accountability Office")."""
    words = text.split()
    return " ".join(
        word.lower() if index and word.lower() in JOINERS else word if len(word) <= ACRONYM_LETTERS else word.title()
        for index, word in enumerate(words)
    )
