"""The signals a saved page gives about its kind, as named numbers for the fitted page-kind decision.

Rules written from one set's pages reached few of the next set's: the shapes of pages that are no
article vary more than any rule. So each signal the importer reads is kept as a number (a declared
type, a date and where it stands, a byline, how much of the page the text found is, how much of it
is links, teasers and list items, what the address and the title say) and a small model fitted on
labelled pages weighs them (`importer_page_decision`). Every feature a weights file names must be
computed here: `FEATURES` is the list, in order, and `SIGNS` says what each one means.
"""

from __future__ import annotations

import math
import re
from urllib.parse import urlsplit

import lxml.html

from build_site.importer_listing import LINKED_HEADINGS, SCHEMA_ARTICLE_TYPES, SCHEMA_LISTING_TYPES, own_schema_types
from build_site.importer_model import Piece
from build_site.importer_page_kind import (
    NOT_ARTICLE_SCHEMA,
    dates_in,
    declared_og_type,
    front_address,
    opens_with_dateline,
    shows_byline,
    site_page,
)
from build_site.importer_page_signals import SOFTWARE_SCHEMA

# schema.org types that say what a whole page is when no article type stands beside them: a thing,
# a place, an event, a person or a collection.
SCHEMA_OTHER_KINDS = SCHEMA_LISTING_TYPES | NOT_ARTICLE_SCHEMA | SOFTWARE_SCHEMA | {
    "Event", "MusicEvent", "SportsEvent", "TheaterEvent", "MusicGroup", "Person", "Place", "LocalBusiness",
    "Restaurant", "Store", "Offer", "AggregateOffer", "Recipe", "Movie", "Book", "Course", "JobPosting",
    "VideoObject", "FAQPage", "QAPage", "RealEstateListing", "Hotel",
}  # fmt: skip
OG_ARTICLE_KINDS = {"article", "news", "blog", "newsarticle", "blogposting"}  # how sites write an article's og:type
OG_PLAIN = {"", "website"}  # no kind declared, or the default many articles keep as well
# A publication time in the page's machine-readable metadata: an article's, seldom a home page's.
PUBLISHED_META = (
    "//meta[@property='article:published_time' or @name='article:published_time' or @itemprop='datePublished'"
    " or @name='pubdate' or @name='publish_date' or @name='date' or @name='dc.date' or @name='DC.date.issued'"
    " or @property='og:published_time' or @name='sailthru.date' or @name='parsely-pub-date']"
    " | //*[@itemprop='datePublished'] | //time[@pubdate]"
)
DATE_PUBLISHED_LD = re.compile(r'"datePublished"\s*:')
DATED_ADDRESS = re.compile(r"/(?:19|20)\d\d[/-]\d\d?(?:[/-]|$)|\d{5,}|[?&](?:p|id|article|story)=\d")
LONG_PARAGRAPH = 25  # words: a paragraph of prose, not a teaser's line or a label
# Each feature, and what a value above / below the fitted pages' mean says of a page, for the
# warning that names why a page may be no article.
SIGNS: dict[str, tuple[str, str]] = {
    "og_article": ("og:type article", "no og:type article"),
    "og_other": ("an og:type that names no article", "no og:type of another kind"),
    "published_meta": ("a publication time in its metadata", "no publication time in its metadata"),
    "visible_dates": ("many dates shown", "few dates shown"),
    "og_website": ("og:type website", "no og:type website"),
    "schema_article": ("structured data calling it an article", "no structured data calling it an article"),
    "schema_other": ("structured data calling it a thing, event, place or collection", "no other kind declared"),
    "date_found": ("a date found", "no date found"),
    "date_stated": ("a date of its own", "no date of its own"),
    "byline": ("a byline", "no byline"),
    "log_words": ("much text found", "little text found"),
    "text_share": ("the text found is most of the page", "the text found is a small part of the page"),
    "link_density": ("much of the page is links", "few links"),
    "linked_headings": ("headings that link to other pages", "few headings that link elsewhere"),
    "item_share": ("list items make much of the text", "few list items"),
    "long_paragraphs": ("many paragraphs of prose", "few paragraphs of prose"),
    "title_is_site": ("its title is its site's name", "its title is not its site's name"),
    "site_page": ("its title or address names a page about the site", "no about/contact/service title"),
    "address_root": ("its address is its site's front page", "an address below its site's front page"),
    "address_depth": ("a deep address", "a short address"),
    "address_dated": ("a date or number in its address", "no date or number in its address"),
    "no_address": ("no address of its own stated", "an address of its own stated"),
    "time_elements": ("dates marked up as times", "no dates marked up as times"),
    "dateline": ("its text opens with a news dateline", "no news dateline opening its text"),
}
FEATURES = tuple(SIGNS)


def page_features(
    tree: lxml.html.HtmlElement, meta: dict[str, str], pieces: list[Piece], visible: str, names: set[str], stated: bool
) -> dict[str, float]:
    """Every feature of `FEATURES` for one saved page: the parsed page, the metadata and pieces found,
    its visible text, the names its site goes by and whether it states the date found."""
    og = declared_og_type(tree)
    types = own_schema_types(tree)
    words = sum(len(piece.text.split()) for piece in pieces)
    visible_words = len(visible.split())
    url = meta.get("url", "")
    address = urlsplit(url) if "//" in url else None
    title = " ".join(meta.get("title", "").casefold().replace("-", " ").split())
    return {
        "og_article": float(og in OG_ARTICLE_KINDS),
        "og_other": float(og not in OG_ARTICLE_KINDS | OG_PLAIN),
        "published_meta": float(
            bool(tree.xpath(PUBLISHED_META))
            or any(
                DATE_PUBLISHED_LD.search(str(block))
                for block in tree.xpath("//script[@type='application/ld+json']/text()")
            )
        ),
        "visible_dates": math.log1p(len(dates_in(visible))),
        "og_website": float(og == "website"),
        "schema_article": float(bool(types & SCHEMA_ARTICLE_TYPES)),
        "schema_other": float(bool(types & SCHEMA_OTHER_KINDS) and not types & SCHEMA_ARTICLE_TYPES),
        "date_found": float(bool(meta.get("published"))),
        "date_stated": float(stated),
        "byline": float(shows_byline(tree, meta.get("author"), pieces, visible)),
        "log_words": math.log1p(words),
        "text_share": min(1.0, words / visible_words) if visible_words else 0.0,
        "link_density": _link_words(tree) / visible_words if visible_words else 0.0,
        "linked_headings": math.log1p(len(tree.xpath(LINKED_HEADINGS))),
        "item_share": sum(len(p.text.split()) for p in pieces if p.kind == "item") / words if words else 0.0,
        "long_paragraphs": math.log1p(
            sum(1 for p in pieces if p.kind == "paragraph" and len(p.text.split()) >= LONG_PARAGRAPH)
        ),
        "title_is_site": float(bool(title) and title in {name.replace("-", " ") for name in names}),
        "site_page": float(site_page(tree, meta, names) is not None),
        "address_root": float(front_address(url) is not None),
        "address_depth": float(min(6, len([part for part in address.path.split("/") if part]))) if address else 0.0,
        "address_dated": float(bool(address and DATED_ADDRESS.search(url))),
        "no_address": float(address is None),
        "time_elements": math.log1p(len(tree.xpath("//body//time"))),
        "dateline": float(opens_with_dateline(pieces)),
    }


def _link_words(tree: lxml.html.HtmlElement) -> int:
    """Words of the page's body that are the text of a link (menus, teasers, tag lists)."""
    return sum(len(" ".join(link.itertext()).split()) for link in tree.xpath("//body//a[@href]"))
