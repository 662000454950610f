"""Saved pages that are no article at all: home, about, product, profile and service pages.

An article is a text of a day by someone: it states its date (in the page's metadata or its
text) and, most often, shows a byline. A club's home page, a firm's service page or a product
page of plain prose states neither: the date an extractor finds there is a guess (a copyright
year read as 1 January, a file's date), and any author is a meta tag naming the webmaster. Such a
page is refused when its own metadata also calls it no article (`og:type` "website", "product",
"profile"; schema.org Product, AboutPage, ProfilePage, ContactPage, naming no article), or when it
names itself a page of the site about the site (its title or address says "About us", "Über uns",
"Contact", "Services", "Impressum" …), or is the site's own front page (its title is the site's
name, at the site's root address); it is imported with a warning naming what to check
otherwise. A product or profile page is refused whatever it states, and so is a software
project's page (its owner and last commit read like a byline and a date) and a page whose title
names search results (`importer_page_signals`); a page stating no date and showing no byline that
is, whole, a list of separate snippets is a search's page, refused too. The signs were chosen on
the dev pages (`evaluation/titles/round10/README.md` and `evaluation/titles/README.md` give the
counts): no dev article is refused by them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.html

from build_site.calendar_words import MONTH_NAMES, WEEKDAYS
from build_site.importer_byline import BYLINE, names_an_outlet
from build_site.importer_clean import DATELINE, FRONT_WINDOW, PROSE_MIN_WORDS
from build_site.importer_dates import HUMAN_DATE, WRITTEN_DATE, found_date, human_date, written_date
from build_site.importer_labels import two_readings
from build_site.importer_listing import SCHEMA_ARTICLE_TYPES, own_schema_types
from build_site.importer_model import Piece
from build_site.importer_page_signals import search_page, software_page
from build_site.importer_publisher import names_a_body
from build_site.importer_title_parts import title_parts
from build_site.wording import cut

NOT_ARTICLE_OG = {"website", "product", "product.item", "profile", "place", "business.business", "books.author"}
ALWAYS_REFUSED_OG = {"product", "product.item", "profile", "books.author"}  # a thing or a person, never a text
NOT_ARTICLE_SCHEMA = {"Product", "AboutPage", "ProfilePage", "ContactPage"}
BYLINE_WORDS = 10  # a byline is short: "By Julia Mendez, Border Wire"
# Where pages print their byline: an element marked as the author or byline, or a short paragraph.
BYLINE_ELEMENTS = (
    "//body//*[@rel='author' or @itemprop='author' or contains(@class, 'byline') or contains(@class, 'author')]"
    " | //body//p[string-length(normalize-space(.)) < 80]"
)
# A page of a site about the site itself, by its title or its address's last part.
SITE_PAGE = re.compile(
    r"(?:wir )?(?:über|ueber) uns|about(?: us| me)?|(?:our )?team|who we are|contact(?: us)?|kontakt|impressum|imprint"
    r"|services|leistungen|unsere leistungen|home|homepage|startseite|accueil|qui sommes[- ]nous|chi siamo"
    r"|qui[eé]nes somos|sobre nosotros|mentions l[eé]gales|legal notice|privacy policy|datenschutz(?:erklärung)?",
    re.IGNORECASE,
)
HEADLINE_LINKS = "//body//*[self::h1 or self::h2 or self::h3]//a[@href]"
FRONT_PATHS = {"", "index.html", "index.htm", "index.php", "home"}  # a site's front page, by its address
# Where a page's metadata may state its date: any tag (`dcterms.created`, parse.ly's JSON in
# `parsely-page` …) but one that names an image, whose file name may hold any day ("20190423-Arbeit.jpg").
DATED_META = (
    "//meta[not(contains(translate(@name|@property|@itemprop, 'IMAGETHUMBNIL', 'imagethumbnil'), 'image') or "
    "contains(translate(@name|@property|@itemprop, 'IMAGETHUMBNIL', 'imagethumbnil'), 'thumbnail'))]"
)
STATED_DATE_SOURCES = (
    f"{DATED_META}/@content | {DATED_META}/@value | //time/@datetime | //link[@rel='canonical']/@href"
    " | //script[@type='application/ld+json']/text()"
)
# A date with its month in capitals, as a page's byline box prints it: "18 NOV 2019", "NOV 18, 2019".
_CAPITAL_MONTH = r"(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?"
CAPITALS_DATE = re.compile(
    rf"\b\d{{1,2}}\s+{_CAPITAL_MONTH},?\s+\d{{4}}\b|\b{_CAPITAL_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b"
)
NUMERIC = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b")
CAPTIONS = "//body//figcaption | //body//*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"


HOME_OR_ABOUT = "a home, about, product or service page"
PROFILE = "a person's profile page"
PROFILE_WORDS = 150  # a profile's bio runs a paragraph or two; a story headlined with a name runs longer
_NAME_WORD = r"[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?"  # "Luke", "Williams-Brown"
PERSON_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.|{_NAME_WORD})){{1,3}}")  # "Mary J. Blige"
SITE_FRONT = "a site's home, section, topic or product page"
_WEEKDAY = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + ")"
_MONTH = "(?:" + "|".join(sorted(name.capitalize() for name in MONTH_NAMES)) + ")"
# A lede's time of the happening, as news reports write it: "on Friday", "said Tuesday", "this week",
# "last week", "yesterday", "On January 6" (a day with no year after it).
NEWS_TIME = re.compile(
    rf"\b(?:[Oo]n|[Tt]his|[Ll]ast|[Ll]ate|[Ee]arly|said|says|urged|announced|released|told)\s+{_WEEKDAY}\b"
    rf"|\b(?:this|last) week\b|\byesterday\b|\b[Oo]n\s+{_MONTH}\s+\d{{1,2}}\b(?!(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
LEDE_MIN_WORDS = 20  # a lede is a sentence of the story, longer than a caption or a label
NEWS_PARAGRAPHS = 3  # a story's paragraphs of prose; a teaser or a card holds one


@dataclass(frozen=True, slots=True)
class PageKind:
    """Why a page looks like no article, whether that is enough to refuse it, and what it looks like."""

    reason: str
    refuse: bool
    looks: str = HOME_OR_ABOUT  # "" when only the fitted decision doubts the page: no kind is known


def page_kind_doubt(
    tree: lxml.html.HtmlElement, meta: dict[str, str], pieces: list[Piece], visible: str, names: set[str], stated: bool
) -> PageKind | None:
    """Why a saved page is not an article (a home, about, product or service page, a software
    project's, a search's results, a site's front page), or None;
    `names` are the names its site goes by (`importer_html.site_names`), `stated` whether the page
    states the date found (`states_its_date`, read once per page by the caller)."""
    types = own_schema_types(tree)
    declared = _declared_kind(tree, types)
    if declared in ALWAYS_REFUSED_OG or declared in NOT_ARTICLE_SCHEMA:
        return PageKind(f"its metadata calls it a {declared!r} page", refuse=True)
    if declared != "article" and (software := software_page(tree, types)):
        return PageKind(software, refuse=True, looks="a software project's page")
    guessed = meta.get("published")
    if stated or shows_byline(tree, meta.get("author"), pieces, visible):
        # the date or name a front page shows is its lead teaser's or its owner's; a page that calls
        # itself an article is not refused for an address its site may set the same on every page
        front = (front_address(meta.get("url", "")) if declared != "article" else None) or _teaser_headline(
            tree, meta.get("title", ""), meta.get("url", "")
        )
        return PageKind(front, refuse=True, looks=SITE_FRONT) if front else None
    if opens_as_news(pieces):  # a story filed from a place or of a day: its missing date is said as such
        return None
    reason = "the page states no date of its own"
    reason += f" (the date found, {guessed}, is not written on it)" if guessed else ""
    reason += " and shows no byline"
    if search := search_page(tree, meta.get("title", ""), pieces):
        return PageKind(f"{reason}, and {search}", refuse=True, looks="a search-results page")
    if declared and declared != "article":
        looks = SITE_FRONT if declared == "website" else HOME_OR_ABOUT
        return PageKind(f"{reason}, and its metadata calls it a {declared!r} page", refuse=True, looks=looks)
    if own := site_page(tree, meta, names):
        return PageKind(f"{reason}, and {own}", refuse=True)
    if profile := profile_page(meta.get("title", ""), pieces):
        return PageKind(f"{reason}, and {profile}", refuse=True, looks=PROFILE)
    return PageKind(reason, refuse=False)


def profile_page(title: str, pieces: list[Piece]) -> str | None:
    """How an undated page with no byline shows it is a person's profile, or None: its title, or
    the title's first part ("Hannah Williams-Brown – President"), is a name alone (two to four
    capitalised words, `PERSON_NAME`; no body's or outlet's name), over a bio's few words, not a
    story's, that name the person by the name's first word ("Luke Fretwell is …", "… from Hannah")."""
    name = title_parts(" ".join(title.split()))[0].strip()
    if not PERSON_NAME.fullmatch(name) or names_a_body(name) or names_an_outlet(name):
        return None
    texts = [piece.text for piece in pieces if piece.text != title]
    words = sum(len(text.split()) for text in texts)
    named = re.compile(rf"\b{re.escape(name.split()[0])}\b")
    if words < PROFILE_WORDS and any(named.search(text) for text in texts):
        return f"its title is a name alone ({name!r}) over {words} words that name the person"
    return None


def opens_as_news(pieces: list[Piece]) -> bool:
    """The text opens as a news story does, dated or not: with a dateline or a news lede."""
    return opens_with_dateline(pieces) or news_lede(pieces)


def news_lede(pieces: list[Piece]) -> bool:
    """NEWS LEDE: one of the first two paragraphs of prose (a caption's copy or a deck may stand
    first) places the happening by the day of the week, the week, or a day of a month named without
    its year ("… urged China … on Friday", "… Human Rights Watch urged this week.", "On January 6,
    China notified …"): a time only a report of the days around its publication gives, over at
    least `NEWS_PARAGRAPHS` paragraphs of prose. A home, about or product page states what is, not
    what happened on a Friday; where it names a weekday ("open Monday to Friday") no preposition
    or reporting verb stands before it."""
    prose = [p.text for p in pieces if p.kind == "paragraph" and len(p.text.split()) >= LEDE_MIN_WORDS]
    return len(prose) >= NEWS_PARAGRAPHS and any(NEWS_TIME.search(text) for text in prose[:2])


def opens_with_dateline(pieces: list[Piece]) -> bool:
    """The text's first paragraph of prose opens with a news dateline ("LANSING, Mich. — "): a
    story filed from a place, which a home, about or product page never is, dated or not."""
    first = next((p for p in pieces if p.kind == "paragraph" and len(p.text.split()) >= PROSE_MIN_WORDS), None)
    return first is not None and DATELINE.match(first.text) is not None


def page_kind_refusal(kind: PageKind, guess: str | None) -> str:
    """The one line `add` answers a page that is no article with."""
    looks = f"looks like {kind.looks}, not an article" if kind.looks else "looks like no article"
    return f'{looks}: {kind.reason}; if it is an article, add --title "{guess or "…"}"'


DATE_REQUEST = ", and give its date with --date"  # what the warning asks of a page that states no date


def dated_by_flag(warning: str) -> str:
    """The warning once `--date` gave the date: it names only what is still to check."""
    return warning.replace(DATE_REQUEST, "")


def page_kind_warning(kind: PageKind, dated: bool) -> str:
    """The warning of a page imported though it may be no article; `--date` is named only when
    the page states no date of its own (the fitted decision warns dated pages too)."""
    check = "check it is one" if dated else f"check it is one{DATE_REQUEST}"
    looks = f" ({HOME_OR_ABOUT})" if kind.looks else ""  # the rules' kinds; the model knows none
    return f"may not be an article{looks}: {kind.reason}; {check}"


def declared_og_type(tree: lxml.html.HtmlElement) -> str:
    """The page's `og:type`, lower case, or "". Some sites write it as a `name` and its value as
    `value`, not `property` and `content`."""
    return next(
        (
            str(value).strip().lower()
            for value in tree.xpath(
                "//meta[@property='og:type' or @name='og:type']/@content"
                " | //meta[@property='og:type' or @name='og:type']/@value"
            )
        ),
        "",
    )


def _declared_kind(tree: lxml.html.HtmlElement, types: set[str]) -> str | None:
    """The kind of page its own metadata declares: "article" when it declares one, a kind that is
    no article (an `og:type` or a schema.org type), or None. `types`: its schema.org types."""
    og = declared_og_type(tree)
    if types & SCHEMA_ARTICLE_TYPES:
        return "article"
    if og in NOT_ARTICLE_OG:
        return og
    return next(iter(sorted(types & NOT_ARTICLE_SCHEMA)), "article" if og == "article" else None)


def site_page(tree: lxml.html.HtmlElement, meta: dict[str, str], names: set[str]) -> str | None:
    """How a page says it is one of its site's own pages (about, contact, services, its front
    page), or None: its title or a part of its `<title>`, or its address's last part, names such a
    page; or its title is the site's name and its address (if it gives one) the site's root (an
    article's title taken wrongly as the site's name stands at an address of its own)."""
    titles = [meta.get("title", ""), *map(str, tree.xpath("//head/title/text()"))]
    parts = [part.strip() for title in titles for part in title_parts(" ".join(title.split()))]
    address = urlsplit(meta.get("url", "")) if "//" in meta.get("url", "") else None
    last = address.path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0] if address else ""
    if named := next(
        (part for part in [*parts, last.replace("-", " ").replace("_", " ")] if SITE_PAGE.fullmatch(part)), None
    ):
        return f"its title or address names a page about the site ({named!r})"
    folded = {name.replace("-", " ") for name in names}
    front = address is None or address.path.strip("/") in ("", "index.html", "index.php", "home")
    if front and meta.get("title") and " ".join(meta["title"].casefold().replace("-", " ").split()) in folded:
        return f"its title is the site's name ({meta['title']!r}) and its address the site's front page"
    return None


def front_address(url: str) -> str | None:
    """How the page's own address (its canonical address, as it states it) shows it is its site's
    front page: the site's root, with no query (a story stands at an address of its own, or at
    "/?p=123"). The date and the name such a page shows are its lead teaser's or its owner's."""
    address = urlsplit(url) if "//" in url else None
    if address is None or address.query or address.path.strip("/") not in FRONT_PATHS:
        return None
    return f"its own address is its site's front page ({url})"


def _teaser_headline(tree: lxml.html.HtmlElement, title: str, url: str) -> str | None:
    """How the page's headline shows it is a teaser: the title found is, whole, the text of a link
    in a heading to another page (a story's headline links nowhere, or to the story itself; a
    menu's or a script's link is no headline). Read only where the page states its own address,
    so a story's link to itself is told apart."""
    own = urlsplit(url).path.rstrip("/") if "//" in url else None
    if own is None or not title.strip():
        return None
    base = urljoin(url, str(next(iter(tree.xpath("//base/@href")), "")))
    wanted = " ".join(title.split())
    targets = [
        address.path.rstrip("/")
        for link in tree.xpath(HEADLINE_LINKS)
        if " ".join(link.text_content().split()) == wanted
        and (address := urlsplit(urljoin(base, str(link.get("href", "")).strip()))).scheme in ("http", "https")
    ]
    if targets and own not in targets and all(target for target in targets):
        return f"its headline {cut(wanted, 60)!r} is a link to another page ({targets[0]}): a teaser's"
    return None


def states_its_date(found: str | None, tree: lxml.html.HtmlElement, visible: str) -> bool:
    """The date found is one the page states: in a metadata tag (as `content`, or as `value` as some
    sites write it; an image's file name in `og:image` states no date), a `<time>`, its canonical
    address, its JSON-LD or its visible text outside its photos' captions (CAPTION'S DAY: a caption
    dates the happening its picture shows, "… Ministerial Meeting on Friday September 11 2020", not
    the page)."""
    day = found_date(found)
    if day is None:
        return False
    machine = " ".join(map(str, tree.xpath(STATED_DATE_SOURCES)))
    iso = day.isoformat()
    if any(form in machine for form in (iso, iso.replace("-", "/"), iso.replace("-", ""))):
        return True
    return day in dates_in(_without_captions(visible, tree))


def _without_captions(visible: str, tree: lxml.html.HtmlElement) -> str:
    """The page's visible text without the text of its photos' captions."""
    for caption in captions(tree):
        visible = visible.replace(caption, " ")
    return visible


def captions(tree: lxml.html.HtmlElement) -> list[str]:
    """The text of the page's photos' captions (a `<figcaption>`, or an element whose class says
    caption), each on one line."""
    return [text for caption in tree.xpath(CAPTIONS) if (text := " ".join(caption.text_content().split()))]


def dates_in(text: str) -> set[dt.date]:
    """Every date written out in the text, in the forms the importer reads (both readings of a
    numeric date that reads two ways)."""
    dates = {human_date(match[0]) for match in HUMAN_DATE.finditer(text)}
    dates |= {human_date(match[0].title()) for match in CAPITALS_DATE.finditer(text)}  # "18 NOV 2019"
    dates |= {written_date(match[0]) for match in WRITTEN_DATE.finditer(text)}
    for match in NUMERIC.finditer(text):
        dates.update(two_readings(match[0]) or ())
    return {date for date in dates if date is not None}


def shows_byline(tree: lxml.html.HtmlElement, author: str | None, pieces: list[Piece], visible: str) -> bool:
    """An author the page shows its reader: the author found, in its visible text; a "By Name" line
    atop the text or anywhere in the page; an element marked as the byline or the author (a meta
    tag alone names a webmaster as often as a writer)."""
    if author and any(name.strip() and name.strip() in visible for name in author.split(";")):
        return True
    if any(BYLINE.fullmatch(piece.text) for piece in pieces[:FRONT_WINDOW]):
        return True
    for element in tree.xpath(BYLINE_ELEMENTS):
        text = " ".join(element.text_content().split())
        if text and len(text.split()) <= BYLINE_WORDS and (BYLINE.fullmatch(text) or element.tag != "p"):
            return True
    return False
