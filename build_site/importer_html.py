"""Web pages (saved or fetched) -> pieces and metadata for the importer.

The main text and the metadata come from trafilatura, which leads the public extraction
benchmarks; readability-lxml reads the same page as a second opinion. Neither runs the page's
scripts. The extraction is doubted, and the doubt reported, when it is very short, far shorter
than the page's visible text, or when the two extractors disagree badly; a page whose only text
is a login wall or a cookie banner is refused.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from bs4.dammit import EncodingDetector
from lxml.etree import ParserError, _Element
from readability import Document as ReadabilityDocument  # type: ignore[import-untyped]
from trafilatura.settings import Document

from build_site.importer_address import local_address
from build_site.importer_byline import byline_name, joined, no_writer, visible, writers
from build_site.importer_clean import credited_caption
from build_site.importer_dates import MONTH_YEAR, found_date, human_date, machine_date, month_of, zoned_date
from build_site.importer_header import header_line
from build_site.importer_labels import UNSET_DATE, ambiguous_date_warning, two_readings
from build_site.importer_listing import own_schema_types, page_listing_reason, site_owner_names
from build_site.importer_model import Draft, Piece, SourceError
from build_site.importer_page_date import own_day
from build_site.importer_page_decision import load_model, weighed
from build_site.importer_page_features import page_features
from build_site.importer_page_head import list_head_lines
from build_site.importer_page_kind import (
    captions,
    dates_in,
    news_lede,
    opens_as_news,
    page_kind_doubt,
    page_kind_refusal,
    page_kind_warning,
    states_its_date,
)
from build_site.importer_release import release_block_under_headline, release_line
from build_site.importer_title import is_prose
from build_site.importer_title_parts import TITLE_SEPARATORS, headline_end, headline_part, title_parts
from build_site.shingles import overlap
from build_site.wording import cut

BANNER = "ancestor::header[not(ancestor::article or ancestor::main)] | ancestor::nav | ancestor::*[@role='banner']"  # a page's masthead
HEADINGS = {"h1": 2, "h2": 2, "h3": 3, "h4": 3, "h5": 3, "h6": 3}
SHORT_WORDS = 80  # fewer words than this is a brief, a teaser or a wall
VISIBLE_SHARE = 0.1  # an extraction holding less of the page's visible words than this is doubtful
# "SITE | Headline", "SITE – Headline", "SITE: Headline": a name in front of the page's title.
SITE_FIRST = re.compile(r"(?P<site>[^|:–—]{2,60}?)\s*(?:\||:|\s[–—-])\s+(?P<headline>\S.{8,})")
AGREEMENT = 0.5  # shingle F1 between the two extractors below which they "disagree badly"
CONTAINED = 0.9  # share of trafilatura's shingles readability must hold to replace it ...
CUT_SHORT = 0.3  # ... when trafilatura holds less than 1 - this of readability's
MOSTLY_LINKS = 0.8  # an "article" this much of whose text is links is an index page: refused
MANY_LINKS = 0.4  # ... and this much is doubtful
# Where a page prints a photo's caption and credit: `<figcaption>`, or an element of a class that
# names one ("caption", "wp-caption-text", "lead-asset__caption", "photo-credit"; not a style
# modifier such as "header__caption-style--default").
CAPTION_ELEMENTS = "//figcaption | //body//*[contains(@class, 'aption') or contains(@class, 'redit')]"
CAPTION_CLASS = re.compile(r"(?:^|[-_])(?:caption|credit)s?(?:-text)?$", re.IGNORECASE)
CAPTION_SHARE = 0.6  # a piece holding this much of a caption's text is that caption (with or without its credit)
CAPTION_WORDS = 80  # a caption is a sentence or two; a longer element so named holds more than one
TEASER_ENDS = ("…", "...", "[…]", "[...]")
TEASERS = 2  # this many paragraphs cut off with an ellipsis are excerpts of other stories
BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "ul",
    "ol",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "pre",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "dl",
    "dt",
    "dd",
    "details",
    "summary",
    "address",
    "center",
    "form",
    "hr",
}
# What a login wall or cookie banner says; such a page with little else is not an article.
WALL = re.compile(
    r"\b(?:sign in|log ?in|subscribe|subscription|create an? (?:free )?account|cookies?|consent|"
    r"paywall|password|register)\b",
    re.IGNORECASE,
)
# A numeric date in the page's text with the label before it, if any: "Date: 03/04/2024".
NUMERIC_DATE_IN_TEXT = re.compile(r"(?:\b[A-Z][a-z]+(?: [a-z]+)?[:,]\s*)?\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b")
# An element of the page's body whose own text opens with a byline's label ("by " in lower case too,
# as some themes print it: "by Douglas Messier").
BYLINE_START = (
    "//body//*[not(self::script or self::style)][normalize-space(text()) = 'By' or "
    "normalize-space(text()) = 'BY' or starts-with(normalize-space(text()), 'By ') or "
    "starts-with(normalize-space(text()), 'by ') or "
    "starts-with(normalize-space(text()), 'By:') or starts-with(normalize-space(text()), 'BY ') or "
    "starts-with(normalize-space(text()), 'Written by') or starts-with(normalize-space(text()), 'Words by')]"
)
# A byline slot's date with no name before it: "- April 7", "May 3, 2023 2:12 pm".
DATE_PART = re.compile(
    r"[\W\d_]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:[\W\d_]|[AaPp]\.?[Mm]\.?)*"
)
# A name with a month's name, perhaps its day, run onto its end: "Mary Lazzeri February", "Jane Okafor March 3".
RUN_IN_MONTH = re.compile(
    r"(?P<name>.+?)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?"
)
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")  # a time stamp's time: "23:23", "2:12 pm"
TEASER_REASON = "teaser of another story (a link and its time stamp)"
EMPTY_POST_WORDS = 12  # a post's label, date and writer run a few words; a paragraph of prose runs more
SENTENCE = re.compile(r"(?:\w+\W+){3,}\w+[.!?]")  # four words or more closed by a full stop: a sentence
UNKNOWN_DAY = "add --date if the day is known"  # how a warning on a date not taken ends
ZONE_REACH = 20  # characters after a numeric date where its time and time zone stand: " 7:15 AM EDT"
AUTHOR_SLOT = (
    "//body//*[contains(translate(@class, 'AUTHORBYLINE', 'authorbyline'), 'author') or "
    "contains(translate(@class, 'AUTHORBYLINE', 'authorbyline'), 'byline') or "
    "contains(translate(@id, 'AUTHORBYLINE', 'authorbyline'), 'author')]"
)
DECK_CLASS = re.compile(r"\b(?:dek|deck|standfirst|sub-?title|sub-?headline)\b", re.IGNORECASE)
DECK_WORDS = 8  # a standfirst is a sentence; a section's heading ("Highlights", "What we found") is shorter
LISTINGS = "//pre | //code[not(ancestor::pre)]"  # a page's code listings and preformatted blocks
# The metadata a page names its site or publisher in, in the page's own spelling.
WORD_CHARS = re.compile(r"\w+")
SITE_NAME_METAS = (
    "//meta[@property='og:site_name' or @name='og:site_name' or @name='publisher' or @name='application-name']/@content"
)
# An issuing office as a government page prints it in its author slot, under the headline ("Office of
# the Spokesperson", "Bureau of Public Affairs"): the publisher's office, no writer.
ISSUING_OFFICE = re.compile(
    r"(?:the\s+)?(?:Office|Bureau|Department|Ministry|Division|Directorate|Secretariat|Embassy|Mission)"
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w'’.-]*)){0,6}"
)
MASTHEAD_METAS = "//meta[@property='og:site_name' or @name='og:site_name' or @name='publisher']/@content"
# A page's banner: where a link to the site's root holding an image is its logo.
LOGO_BANNER = "ancestor::header[not(ancestor::article or ancestor::main)] | ancestor::*[@role='banner']"
# "COSMOS Logo": an image's alt names the site, then says what the image is.
LOGO_WORD = re.compile(r"\s*\blogo\s*$", re.IGNORECASE)
RELATED_BOX = re.compile(r"(?:related|more from|more on|see also|recommended|further reading|you may also)\b", re.I)


def decode_declared(raw: bytes) -> str | None:
    """The page decoded with the charset it declares (`<meta charset>`), or None."""
    declared = EncodingDetector.find_declared_encoding(raw, is_html=True)
    if not declared:
        return None
    try:
        return raw.decode(declared)
    except (LookupError, UnicodeDecodeError):
        return None


def parse_html(text: str, address: str | None = None) -> Draft:
    """Pieces, metadata and doubts of a web page (fetched from `address`, if it was); SourceError
    when it holds no article."""
    try:
        tree = lxml.html.document_fromstring(text)
    except (ParserError, ValueError):
        raise SourceError("is not an HTML page that can be read") from None
    visible = _visible_words(tree)
    struck = _without_struck_text(tree)
    teasers = _without_teaser_cards(tree)
    document = trafilatura.bare_extraction(
        copy.deepcopy(tree),
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
    )
    if not isinstance(document, Document):
        document = trafilatura.extract_metadata(copy.deepcopy(tree)) or Document()
    pieces = list(_pieces(document.body, _preformatted(tree))) if document.body is not None else []
    draft = Draft(pieces, _metadata(document, tree), schema_types=frozenset(own_schema_types(tree)))
    if address and "url" not in draft.meta:
        draft.meta["url"] = address  # the page's kind weighs a dated address too
    draft.dropped += [("struck through on the page", line) for line in struck]
    draft.dropped += [(TEASER_REASON, line) for line in teasers]
    found = draft.meta.get("published")
    credited = [piece.text for piece in pieces if credited_caption(piece.text)]  # captions set as paragraphs
    stated = states_its_date(found, tree, _without_texts(visible, credited))  # read once: the checks and kind use it
    doubt = None
    if (own := own_day(pieces, draft.meta.get("url"))) and not _metadata_dated(found, tree):
        found = _take_own_day(draft, found, *own)
        stated = True
    elif doubt := _date_doubt(found, tree, visible):
        del draft.meta["published"]
        draft.warnings.append(doubt)
        stated = False
    elif not stated and (doubt := _credited_caption_date(found, credited) or _unstated_date(found, tree, visible)):
        del draft.meta["published"]
        draft.warnings.append(doubt)
    elif doubt := _date_in_listing(found, tree):
        del draft.meta["published"]
        draft.warnings.append(doubt)
    draft.pieces = _decks_as_prose(_without_captions(_second_opinion(text, draft), tree, draft), tree)
    list_head_lines(tree, draft)
    if draft.meta.get("published", found) != found:  # a date line under the headline, read from the page's text
        stated = True
        draft.warnings = [warning for warning in draft.warnings if warning != doubt]
    article_text = " ".join(piece.text for piece in draft.pieces)
    words = len(article_text.split())
    if not draft.pieces:
        raise SourceError(_nothing_found(visible))
    if words < SHORT_WORDS and WALL.search(article_text):
        raise SourceError(
            f"looks like a login wall or cookie banner, not an article ({words} words: {cut(article_text, 60)!r})"
        )
    linked = _link_share([piece for piece in draft.pieces if piece.text != draft.meta.get("title")], tree)
    if linked >= MOSTLY_LINKS:
        raise SourceError(
            f"is mostly links ({linked:.0%} of the text found is link text): an index page, not an article"
        )
    if linked >= MANY_LINKS:
        draft.warnings.append(
            f"{linked:.0%} of the text found is link text; check it is the article, not a list of other stories"
        )
    draft.listing = page_listing_reason(tree, draft.pieces, draft.meta.get("title", ""))
    names = site_names(draft.meta.get("publisher"), draft.meta.get("url"))
    rules = page_kind_doubt(tree, draft.meta, draft.pieces, visible, names, stated) if draft.listing is None else None
    if (
        draft.listing is None
        and not (rules is None and (_opens_as_release(draft) or news_lede(draft.pieces)))
        and (
            kind := rules
            if rules is not None and rules.refuse  # a refusal by the rules stands: nothing to weigh
            else weighed(rules, page_features(tree, draft.meta, draft.pieces, visible, names, stated), load_model())
        )
    ):
        if kind.refuse:
            draft.not_article = page_kind_refusal(kind, draft.meta.get("title"))
        draft.warnings.append(page_kind_warning(kind, dated=stated))
    if draft.not_article is None and (empty := _empty_post(draft.meta.get("title"), tree, draft.pieces)):
        draft.not_article = f'looks like an empty post, not an article: {empty}; if it is an article, add --title "…"'
        draft.warnings.append(f"may not be an article: {empty}; check what was imported is the article")
    if "published" not in draft.meta and not draft.not_article and opens_as_news(draft.pieces):
        if not any(warning.startswith(UNSET_DATE) or "--date" in warning for warning in draft.warnings):
            draft.warnings.append(f"{UNSET_DATE}the page states no date of its own; {UNKNOWN_DAY}")
    draft.headline = printed_headline(draft.meta.get("title"), draft.pieces, tree)
    draft.notes.append(f"kept {words} of the page's {len(visible.split())} visible words as the article")
    draft.warnings += _doubts(draft.pieces, words, len(visible.split()))
    draft.notes += _without_local_address(draft.meta, address)
    return draft


def _without_local_address(meta: dict[str, str], fetched: str | None) -> list[str]:
    """A local build's address the page states as its own (`url`), or its host taken as the site's
    name (`publisher` "localhost:4000"), left out and said: no reader can open it. It was read until
    here, since its path still holds the site's permalink (a day, a front page). An address the page
    was fetched from is the user's, and stays."""
    notes = []
    if (url := meta.get("url")) and url != fetched and local_address(url):
        del meta["url"]
        notes.append(f"url left out: {url} is a local build's address, no page on the web")
    if (publisher := meta.get("publisher")) and local_address(publisher):
        del meta["publisher"]
        notes.append(f"publisher left out: {publisher} is a local build's host, no site's name")
    return notes


def printed_headline(title: str | None, pieces: list[Piece], tree: lxml.html.HtmlElement) -> str | None:
    """A PAGE'S OWN HEADLINE: the title found, printed whole as one of the page's headings (`h1`–`h6`,
    a permalink's sign beside it aside) and opening none of the pieces kept (alone or run into the
    lede), is a line of the page that only the title holds; when
    `--title` gives another, it is listed as replaced, as a paste's or a PDF's headline is."""
    if not title or any(piece.text.startswith(title) for piece in pieces):  # kept, or run into the lede
        return None
    folded = " ".join(title.split()).casefold()
    headings = [_without_signs(_text(heading)) for heading in tree.xpath("//h1 | //h2 | //h3 | //h4 | //h5 | //h6")]
    return next((heading for heading in headings if heading.casefold() == folded), None)


def _empty_post(title: str | None, tree: lxml.html.HtmlElement, pieces: list[Piece]) -> str | None:
    """EMPTY POST: the page's headline (the title found, printed as a heading) stands in an
    `<article>` element that holds no sentence besides it (fewer than twelve words, none closed by a
    full stop), only a label, a date or a writer, and the text kept holds no prose: the post has no
    body, and the text found is the page's menus and side columns. A page whose `<article>` wraps
    only its header keeps its body's prose outside it. Why, or None."""
    if not title or any(is_prose(piece.text) for piece in pieces):
        return None
    folded = " ".join(title.split()).casefold()
    for heading in tree.xpath("//article//*[self::h1 or self::h2 or self::h3]"):
        if _without_signs(_text(heading)).casefold() != folded:
            continue
        post = heading.xpath("ancestor::article[1]")[0]
        words = len(_text(post).split()) - len(_text(heading).split())
        if words < EMPTY_POST_WORDS and not SENTENCE.search(_text(post)):
            return f"its post holds no text under its headline {title!r} ({words} words: a label, a date, a writer)"
    return None


def _without_signs(heading: str) -> str:
    """A heading's words without the signs beside them that are no word (a permalink's "∞", "¶", "#")."""
    words = heading.split()
    while words and not re.search(r"\w", words[-1]):
        words.pop()
    while words and not re.search(r"\w", words[0]):
        words.pop(0)
    return " ".join(words)


def _without_captions(pieces: list[Piece], tree: lxml.html.HtmlElement, draft: Draft) -> list[Piece]:
    """The pieces but the page's photo captions and credits, which it marks as such (`<figcaption>`,
    an element whose class names a caption or a credit); each one dropped is listed."""
    captions = [
        text
        for element in tree.xpath(CAPTION_ELEMENTS)
        if (element.tag == "figcaption" or any(CAPTION_CLASS.search(name) for name in element.get("class", "").split()))
        and (text := _text(element))
        and len(text.split()) <= CAPTION_WORDS
    ]
    prose = _body_paragraphs(tree)
    kept = []
    for piece in pieces:
        if (
            piece.kind != "heading"
            and piece.text not in prose
            and any(piece.text in text and len(piece.text) >= CAPTION_SHARE * len(text) for text in captions)
        ):
            draft.dropped.append(("image caption or credit (marked so on the page)", piece.text))
        else:
            kept.append(piece)
    return kept


def _body_paragraphs(tree: lxml.html.HtmlElement) -> set[str]:
    """The texts of the page's `<p>` elements that no caption holds or is held by: a paragraph of
    the story that the photo's caption repeats is the story's; a `<p>` around a caption's `<em>` is
    the caption."""
    return {
        text
        for element in tree.iter("p")
        if (text := _text(element))
        and not any(_marked_caption(other) for other in (*element.iterancestors(), *element.iterdescendants()))
    }


def _marked_caption(element: lxml.html.HtmlElement) -> bool:
    """The element is a caption as the page marks one (a `<figure>` holds one, it is none)."""
    if element.tag == "figcaption":
        return True
    names = str(element.get("class", "")).split()
    return element.tag != "figure" and any(CAPTION_CLASS.search(name) for name in names)


def _link_share(pieces: list[Piece], tree: lxml.html.HtmlElement) -> float:
    """The share of the extracted words that sit in pieces which are, whole, the text of a link (the
    headline aside: a directory listing's "Directory listing for /news/" over its links names the
    list, it is no text of its own)."""
    links = {" ".join(" ".join(a.itertext()).split()) for a in tree.iter("a")}
    words = sum(len(piece.text.split()) for piece in pieces)
    linked = sum(len(piece.text.split()) for piece in pieces if piece.text in links)
    return linked / words if words else 0.0


def _without_struck_text(tree: lxml.html.HtmlElement) -> list[str]:
    """Text the page strikes through (`<del>`, `<s>`, `<strike>`: an old address, a withdrawn
    claim, a price no longer asked) is what the page no longer says: taken out of `tree` before
    extraction, and its lines returned to be listed as dropped."""
    lines = []
    for element in list(tree.xpath("//body//*[self::del or self::s or self::strike]")):
        if element.getparent() is None:
            continue
        for br in element.iter("br"):
            br.tail = "\n" + (br.tail or "")
        lines += [" ".join(line.split()) for line in element.text_content().split("\n") if line.strip()]
        element.drop_tree()
    return lines


def _nothing_found(visible: str) -> str:
    """Why no article was found: a wall, or a page of links and furniture."""
    if len(visible.split()) < SHORT_WORDS * 3 and WALL.search(visible):
        return f"looks like a login wall or cookie banner, not an article ({cut(visible, 60)!r})"
    return "has no article text that could be told apart from the page around it (an index or empty page?)"


def _visible_words(tree: lxml.html.HtmlElement) -> str:
    """The text a reader of the page would see, scripts and styles aside."""
    page = copy.deepcopy(tree)
    for tag in list(page.iter("script", "style", "noscript", "template", "head", "svg")):
        tag.drop_tree()
    return " ".join(" ".join(page.itertext()).split())


def _date_doubt(found: str | None, tree: lxml.html.HtmlElement, visible: str) -> str | None:
    """Why the date found must not be taken: it is not the page's own metadata (`<time datetime>`,
    JSON-LD, meta tags, the address) but a date of its text that reads two ways ("03/04/2024"),
    which pasted text would not take either; None when it may be taken."""
    if not found:
        return None
    machine = " ".join(
        map(str, tree.xpath("//meta/@content | //time/@datetime | //link[@rel='canonical']/@href | "
                            "//script[@type='application/ld+json']/text()"))
    )  # fmt: skip
    day = found[:10]
    if any(form in machine for form in (day, day.replace("-", "/"), day.replace("-", ""))):
        return None
    if _metadata_states(found_date(day), tree):
        return None  # the metadata's own date in another form: "Sat, 09 Oct 2010 07:15:45 EST"
    for match in NUMERIC_DATE_IN_TEXT.finditer(visible):
        readings = two_readings(match[0])
        zoned = zoned_date(visible[match.start() : match.end() + ZONE_REACH])
        if readings and day in {reading.isoformat() for reading in readings} and zoned is None:
            return ambiguous_date_warning(match[0], readings)
    return None


def _metadata_dated(found: str | None, tree: lxml.html.HtmlElement) -> bool:
    """The date found is one the page's metadata states (a meta tag, a `<time>`, its JSON-LD), in
    any written form: the page's own date, which no day read elsewhere replaces."""
    day = found_date(found)
    if day is None:
        return False
    machine = " ".join(
        map(str, tree.xpath("//meta/@content | //time/@datetime | //script[@type='application/ld+json']/text()"))
    )
    iso = day.isoformat()
    return any(form in machine for form in (iso, iso.replace("-", "/"), iso.replace("-", ""))) or _metadata_states(
        day, tree
    )


def _take_own_day(draft: Draft, found: str | None, day: dt.date, where: str) -> str:
    """The page's own day (`importer_page_date`) as `published`, said, over a date its text names."""
    iso = day.isoformat()
    if found and found[:10] == iso:
        return found
    draft.meta["published"] = iso
    instead = f", not {found[:10]}, a date its text names" if found else ""
    draft.notes.append(f"published: {iso}, {where}{instead}")
    return iso


def _metadata_states(day: dt.date | None, tree: lxml.html.HtmlElement) -> bool:
    """A date or time tag of the page's metadata states that day in any written form, as dateparser
    reads it ("Sat, 09 Oct 2010 07:15:45 EST")."""
    stated = tree.xpath(
        "//meta[contains(translate(@name|@property|@itemprop, 'DATEIM', 'dateim'), 'date') or "
        "contains(translate(@name|@property|@itemprop, 'DATEIM', 'dateim'), 'time')]/@content"
    )
    return day is not None and any(machine_date(str(value)) == day for value in stated)


def _without_texts(visible: str, texts: list[str]) -> str:
    """The page's visible words without those of the given paragraphs, found whatever the spacing: the visible
    words join a page's text nodes with spaces ("<a>NOAA</a>." reads "NOAA ."), a paragraph's text does not."""
    for text in texts:
        visible = re.sub(r"\s*".join(map(re.escape, "".join(text.split()))), " ", visible)
    return visible


def _credited_caption_date(found: str | None, credited: list[str]) -> str | None:
    """Why a date found is not taken when the page prints it only in a caption its credit closes
    (`credited_caption`: "… map, for January 1, 2023 to April 10, 2024. … Image courtesy of NOAA"),
    as a range's first day or not: the picture's or the map's days, no date of the page (left out:
    the page's kind reads it as unstated). None when no such caption holds it."""
    day = found_date(found)
    if day is None or not any(day in dates_in(text) for text in credited):
        return None
    return f"{UNSET_DATE}the date found ({day.isoformat()}) stands only in a photo's or map's caption, no date of the page; {UNKNOWN_DAY}"


def _unstated_date(found: str | None, tree: lxml.html.HtmlElement, visible: str) -> str | None:
    """Why a date found that the page does not state (`states_its_date` is false) is not taken,
    naming where it comes from: the page prints only its month ("August 2018": the front matter's
    `published` is a day, and a first of the month is no day the page gives), it stands in the
    address of a page it links to (another story's date), a year stands only in a link's text (a
    directory listing's "2023/"), or it is a year alone that the text names as a happening's ("in
    April 2022", "agreed to in 2007"), which no warning offers as the page's date; None when it may be taken (the metadata states that day in
    another form: "Sat, 09 Oct 2010 07:15:45 EST")."""
    day = found_date(found)
    if day is None:
        return None
    if _metadata_states(day, tree):
        return None
    iso = day.isoformat()
    months = (match[0] for match in MONTH_YEAR.finditer(visible) if month_of(match) == day.replace(day=1))
    if month := next(months, None):
        return f"{UNSET_DATE}the page prints only the month ({month!r}), no day; {UNKNOWN_DAY}"
    forms = (iso.replace("-", "/"), iso, iso.replace("-", ""))
    if linked := [str(href) for href in tree.xpath("//body//a/@href") if any(form in str(href) for form in forms)]:
        where = f"in the address of a page it links to ({cut(linked[0], 80)})"
        return f"{UNSET_DATE}the date found ({iso}) is {where}, no date of this page; {UNKNOWN_DAY}"
    year = iso[:4]
    if (day.month, day.day) == (1, 1) and (holding := [text for a in tree.iter("a") if year in (text := _text(a))]):
        return f"{UNSET_DATE}the date found ({iso}) is read from a link's text ({holding[0]!r}), no date of the page; {UNKNOWN_DAY}"
    if (day.month, day.day) == (1, 1) and re.search(rf"\b{year}\b", visible):
        return f"{UNSET_DATE}no day of the page was found ({year} is only a year its text names); {UNKNOWN_DAY}"
    if any(day in dates_in(caption) for caption in captions(tree)):
        return (
            f"{UNSET_DATE}the date found ({iso}) stands only in a photo's caption, no date of the page; {UNKNOWN_DAY}"
        )
    return f"{UNSET_DATE}the date found ({iso}) is not written on the page; {UNKNOWN_DAY}"


def _date_in_listing(found: str | None, tree: lxml.html.HtmlElement) -> str | None:
    """Why a date found is not taken when the page writes it only inside a code listing or a
    preformatted block (`<pre>`, `<code>`: a file listing's "2008-04-18 23:56", a log's stamp): a
    listing shows a program's output, no day of the page. None when the page states the day elsewhere
    (its metadata, a `<time>`, its text outside the listings)."""
    day = found_date(found)
    listings = tree.xpath(LISTINGS)
    if day is None or not any(day in dates_in(listing.text_content()) for listing in listings):
        return None
    bare = copy.deepcopy(tree)
    for listing in bare.xpath(LISTINGS):
        listing.drop_tree()
    if states_its_date(found, bare, _visible_words(bare)):
        return None
    return f"{UNSET_DATE}the date found ({day.isoformat()}) stands only in a code listing, no date of the page; {UNKNOWN_DAY}"


def _doubts(pieces: list[Piece], words: int, visible_words: int) -> list[str]:
    """What to check by hand: a short extraction, a small share of the page, teasers of other stories."""
    doubts = []
    if words < SHORT_WORDS:
        doubts.append(f"only {words} words were found as the article; check it is the whole text, not a teaser")
    elif visible_words and words < VISIBLE_SHARE * visible_words:
        doubts.append(
            f"the article found is {words} words of the page's {visible_words}; check nothing of the article is missing"
        )
    teasers = [piece.text for piece in pieces[1:] if not piece.code and piece.text.endswith(TEASER_ENDS)]
    if len(teasers) >= TEASERS:
        doubts.append(
            f"{len(teasers)} paragraphs end in '…' like teasers of other stories; check the text from "
            f"{cut(teasers[0], 50)!r} on"
        )
    return doubts


def _second_opinion(page: str, draft: Draft) -> list[Piece]:
    """The pieces to keep once readability-lxml has read the page too.

    When readability's text holds nearly all of trafilatura's and much more, trafilatura cut the
    article short and readability's is kept; when the two disagree otherwise, the user is warned."""
    ours = draft.pieces
    try:
        summary = ReadabilityDocument(page).summary(html_partial=True)
        theirs = list(_html_pieces(lxml.html.fragment_fromstring(summary, create_parent="div")))
    except (ValueError, ParserError):  # readability's Unparseable is a ValueError; it is only a second opinion
        return ours
    their_text = " ".join(piece.text for piece in theirs)
    if not ours:
        if theirs:
            draft.warnings.append(
                "only the second extractor (readability) found an article here; check it is "
                f"the article: it starts {cut(their_text, 50)!r}"
            )
        return theirs
    agreement = overlap(their_text, " ".join(piece.text for piece in ours))
    if agreement.precision >= CONTAINED and agreement.recall < 1 - CUT_SHORT:
        draft.notes.append(
            f"readability found {len(their_text.split())} words holding all that trafilatura found "
            "and more; its text is kept"
        )
        return theirs
    if agreement.f1 < AGREEMENT:
        text = " ".join(piece.text for piece in ours)
        draft.warnings.append(
            f"a second extractor (readability) found different text (agreement "
            f"{agreement.f1:.2f}); check the start {cut(text, 50)!r} and the end "
            f"{cut(text[-50:], 50)!r}"
        )
    return ours


def _html_pieces(container: lxml.html.HtmlElement, depth: int = 0) -> Iterator[Piece]:
    """Headings, paragraphs, list items, quotes and table rows of readability's HTML, in order."""
    run: list[str] = [container.text or ""]
    for child in container:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag not in BLOCKS:
            run += [child.text_content() if tag != "br" else "\n", child.tail or ""]
            continue
        yield from _run(run)
        run = [child.tail or ""]
        if tag in HEADINGS:
            if text := _text(child):
                yield Piece("heading", text, level=HEADINGS[tag])
        elif tag in ("ul", "ol"):
            for item in child.iterchildren("li"):
                nested = [list_ for list_ in item if list_.tag in ("ul", "ol")]
                for list_ in nested:
                    item.remove(list_)
                if text := _text(item):
                    yield Piece("item", text, level=depth, ordered=tag == "ol")
                for list_ in nested:
                    wrapper = lxml.html.Element("div")
                    wrapper.append(list_)
                    yield from _html_pieces(wrapper, depth + 1)
        elif tag == "blockquote":
            yield from (Piece("quote", piece.text) for piece in _html_pieces(child, depth) if piece.kind != "item")
        elif tag == "tr":
            cells = [_text(cell) for cell in child]
            if any(cells):
                yield Piece("paragraph", " | ".join(cell for cell in cells if cell))
        else:
            yield from _html_pieces(child, depth)
    yield from _run(run)


def _run(run: list[str]) -> Iterator[Piece]:
    """Inline text between blocks: one paragraph per line break."""
    for line in "".join(run).split("\n"):
        if text := " ".join(line.split()):
            yield Piece("paragraph", text)


def _without_teaser_cards(tree: lxml.html.HtmlElement) -> list[str]:
    """TEASER CARD: a paragraph that is one link alone, with a date and its time alone in the
    paragraph right after it ("Study: 8 Million Americans …" / "15 August 2022, 23:23 GMT"): a
    promoted story of the site set inside this one, not its text. Both are taken out of `tree` before
    extraction and their lines returned to be listed. A link alone with no time stamp under it (a
    source, a "read the report" link) stays."""
    lines: list[str] = []
    for link in list(tree.xpath("//body//p[count(*) = 1]/a[@href]")):
        block = link.getparent()
        following = next((sibling for sibling in block.itersiblings() if isinstance(sibling.tag, str)), None)
        text = _text(block)
        if not text or text != _text(link) or following is None or following.tag != "p":
            continue
        stamp = _text(following)
        if CLOCK_TIME.search(stamp) and human_date(stamp):
            lines += [text, stamp]
            block.drop_tree()
            following.drop_tree()
    return lines


def _opens_as_release(draft: Draft) -> bool:
    """The page opens with a release's masthead and dated release line, or sets that line under its
    headline and deck (`importer_release`): a release, which names no writer, so the fitted
    decision's want of a byline is not weighed (nor on a page opening with a news lede,
    `news_lede`, whose byline and date a short report often leaves out)."""
    texts, title = [piece.text for piece in draft.pieces], draft.meta.get("title")
    return release_line(texts, title) is not None or release_block_under_headline(texts, title) is not None


def _metadata(document: Document, tree: lxml.html.HtmlElement) -> dict[str, str]:
    """Title, author, date, site name, canonical URL and language, where the page states them.

    The page's own canonical link and visible `rel=author` byline win over trafilatura's guesses:
    a relative canonical is reported rather than dropped, and a meta author is often the desk. A
    theme's author box (`_author_box`) comes last; the site owner its structured data names on every
    page (`site_owner_names`) is no writer unless the visible byline names it."""
    document.sitename = _own_site_name(document, tree)
    linked = [name for name in _byline_links(tree) if name]
    named = list(dict.fromkeys(name for name in linked if not no_writer(name)))
    logins = {name.casefold() for name in linked if no_writer(name)}  # trafilatura capitalises "jdoe" to "Jdoe"
    authors = [joined(named)] if named else []  # every writer the byline links, not the first alone
    byline = _visible_byline(tree) or ""
    guessed = _checked_guess(document.author, byline, tree)
    found_authors = [visible(author) for author in (*authors, guessed, byline, _author_box(tree))]
    canonical = tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    site = site_names(document.sitename, str(canonical[0]) if canonical else document.url)
    shown = {" ".join(visible(name).casefold().split()) for name in (*authors, byline) if name}
    not_writers = site | logins | (site_owner_names(tree) - shown)  # an owner the byline shows wrote it
    author = next(
        (a for a in found_authors if a and not no_writer(a) and " ".join(a.casefold().split()) not in not_writers),
        None,
    )  # the site's, its owner's or its publisher's own name ("The Pudding") is no writer
    found = {
        "title": _title(document, tree),
        "author": author,
        "published": _published(document, tree),
        "url": str(canonical[0]) if canonical else document.url,
        "publisher": _publisher(document.sitename, tree),
        "language": tree.get("lang") or document.language,
    }
    return {key: " ".join(value.split()) for key, value in found.items() if isinstance(value, str) and value.strip()}


def _own_site_name(document: Document, tree: lxml.html.HtmlElement) -> str | None:
    """The site's name. Where the page's metadata names none (no `og:site_name`, `publisher` or
    `application-name`), trafilatura may take the headline for it (from a theme's structured data
    naming the site with the page's headline): then the site is the part of `<title>` "Headline –
    Site" that is not the headline (the last of "Headline – Section – Site"), or none."""
    sitename, headline = document.sitename, document.title
    if not sitename or not headline or tree.xpath(SITE_NAME_METAS) or sitename.casefold() != headline.casefold():
        return sitename
    for page_title in tree.xpath("//head/title/text()"):
        text = " ".join(str(page_title).split())
        for separator in TITLE_SEPARATORS:
            if text.startswith(headline + separator):
                return _other_than(text[len(headline + separator) :].split(separator)[-1], headline)
            if text.endswith(separator + headline):
                return _other_than(text[: -len(separator + headline)].split(separator)[0], headline)
    return None


def _other_than(part: str, headline: str) -> str | None:
    """The part, unless it is empty or the headline again, case and punctuation aside."""
    words = WORD_CHARS.findall(part.casefold())
    return part.strip() if words and words != WORD_CHARS.findall(headline.casefold()) else None


def _publisher(sitename: str | None, tree: lxml.html.HtmlElement) -> str | None:
    """The site's name as the page writes it. trafilatura title-cases a name written in lower case
    (`og:site_name` "ajc" -> "Ajc"), a spelling no publisher uses: the page's own is kept, or, where
    the page names its publisher with capitals in other metadata (`publisher`, `application-name`),
    that name."""
    if not sitename:
        return None
    written = [" ".join(str(value).split()) for value in tree.xpath(SITE_NAME_METAS)]
    own = next((name for name in written if name.casefold() == sitename.casefold()), sitename)
    if own != sitename and own.islower():
        return next((name for name in written if name and not name.islower() and "/" not in name), own)
    return own


def _checked_guess(guess: str | None, byline: str, tree: lxml.html.HtmlElement) -> str:
    """trafilatura's author, or "" when it names no writer: a slot's header line or related box
    (`_slot_names_no_writer`), or a byline's date with its name left out ("By: - April 7, 2023":
    only a month, numbers and marks, `DATE_PART`). Where the page's visible byline names fewer of
    the guess's parts ("By Alex Hager/KUNC" guessed "Alex Hager; KUNC"), the rest are the writer's
    outlet or role, which the byline's grammar leaves out: the byline's writers are taken (the same
    writer guessed twice in two cases is no other part). A guess that runs on past the byline's
    writer ("Douglas Messier Managing Editor" from "by Douglas Messier<br>Managing Editor") ran the
    next line, a job title, into the name: the byline's writer is taken."""
    if not guess or _slot_names_no_writer(tree, guess) or DATE_PART.fullmatch(guess):
        return ""
    guess = _without_run_in_month(guess, tree)
    parts = {part.strip().casefold() for part in guess.split(";")}
    named = {name.casefold() for name in writers(byline)} if byline else set()
    runs_on = bool(byline) and guess.casefold().startswith(f"{byline.casefold()} ")
    return byline if (named and named < parts) or runs_on else guess


def _without_run_in_month(guess: str, tree: lxml.html.HtmlElement) -> str:
    """The guess without the month trafilatura ran into it from the date under the byline: an author
    slot's paragraphs "By Mary Lazzeri" / "February 19, 2021" read as one line give "Mary Lazzeri
    February". The month goes only where a slot's text has the guess followed by a whole date."""
    run_in = RUN_IN_MONTH.fullmatch(guess)
    if run_in is None:
        return guess
    for slot in tree.xpath(AUTHOR_SLOT):
        text = " ".join(" ".join(slot.itertext()).split())  # its paragraphs apart, as a reader sees them
        at = text.find(guess)
        if at >= 0 and human_date(text[at + len(run_in["name"]) :], whole=False):
            return run_in["name"]
    return guess


def _author_box(tree: lxml.html.HtmlElement) -> str:
    """The name in the page's author box, a theme's microdata `Person` beside the article (an
    element with `itemscope` and a `…/Person` `itemtype`, its own `itemprop="name"`), when the page
    holds one such name only (else ""): several are a list of people, not the writer. Names inside a
    scope nested in the box (its `Place`) are the nested thing's."""
    names = set()
    for scope in tree.xpath("//body//*[@itemscope][substring(@itemtype, string-length(@itemtype) - 6) = '/Person']"):
        for element in scope.xpath(".//*[@itemprop='name']"):
            if _scope_of(element) is scope:
                names.add(_text(element))
    return names.pop() if len(names) == 1 else ""


def _scope_of(element: _Element) -> _Element | None:
    """The nearest microdata scope (`itemscope`) holding the element."""
    return next((up for up in element.iterancestors() if up.get("itemscope") is not None), None)


def _slot_names_no_writer(tree: lxml.html.HtmlElement, author: str) -> bool:
    """trafilatura's author was read from an author slot (an element whose class or id says author or
    byline) that holds no writer: a header line of dates and the publisher ("Updated on: November 20,
    2025 / 6:42 PM EST / CBS News", `importer_header`, with no byline among its parts), an issuing
    office's name alone (`ISSUING_OFFICE`: "Office of the Spokesperson", cut to "Office") or a box
    headed "Related …" (a list of links to other pages, whatever its class says)."""
    words = author.replace(";", " ").split()
    if not words:
        return False
    first = words[0]
    for slot in tree.xpath(AUTHOR_SLOT):
        text = _text(slot)
        if first not in text:
            continue
        header = header_line(text)
        headings = [_text(h) for h in slot.iter(*HEADINGS)]
        dates_only = header is not None and header.author is None
        if dates_only or ISSUING_OFFICE.fullmatch(text) or any(RELATED_BOX.match(h) for h in headings[:1]):
            return True
    return False


def _byline_links(tree: lxml.html.HtmlElement) -> list[str]:
    """The `rel=author` names in the first one's byline (its nearest block): teasers elsewhere on the
    page link their own writers, who did not write this article."""
    links = tree.xpath("//body//*[@rel='author']")
    if not links:
        return []
    byline = next((up for up in links[0].iterancestors() if up.tag in BLOCKS), None)
    inside = [link for link in links if byline is not None and byline in link.iterancestors()] or links[:1]
    return [_text(link) for link in inside]


def _visible_byline(tree: lxml.html.HtmlElement) -> str | None:
    """The writers of the page's first visible byline ("By: <a>Patti Domm</a><br>CNBC Executive News
    Editor"), read up to its line break, where neither the markup nor the metadata names one."""
    for element in tree.xpath(BYLINE_START):
        line = element.text or ""
        for child in element:
            if not isinstance(child.tag, str):  # a comment or processing instruction: its tail is text
                line += child.tail or ""
            elif child.tag == "br" or child.tag in BLOCKS:
                break
            else:
                line += child.text_content() + (child.tail or "")
        if (name := byline_name(" ".join(line.split()))) and name[0].isupper():  # "by the river" names no one
            return name
    return None


def _published(document: Document, tree: lxml.html.HtmlElement) -> str | None:
    """trafilatura's date, unless it is the day the page's Open Graph metadata says it was modified
    and that metadata gives another day of first publication: then that day (Reuters writes the
    tags as a `name` and a `value`, which trafilatura does not read for the published time). A
    timestamp's day is taken as written, so only a guess equal to the modified day is replaced."""
    published, modified = (_og_day(tree, f"article:{kind}_time") for kind in ("published", "modified"))
    if published and modified and document.date == modified != published:
        return published
    return document.date


def _og_day(tree: lxml.html.HtmlElement, tag: str) -> str | None:
    """The day an Open Graph time tag states, written as `property`/`content` or `name`/`value`."""
    names = " or ".join(f"@{attribute}='{prefix}{tag}'" for attribute in ("property", "name") for prefix in ("", "og:"))
    stated = tree.xpath(f"//meta[{names}]/@*[name()='content' or name()='value']")
    return next((str(value).strip()[:10] for value in stated if found_date(str(value).strip()[:10])), None)


def _title(document: Document, tree: lxml.html.HtmlElement) -> str | None:
    """The headline: trafilatura's, else the page's own titles, never the site's name alone."""
    site = document.sitename
    canonical = tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    names = site_names(site, str(canonical[0]) if canonical else document.url)
    found = [document.title, *map(str, tree.xpath("//meta[@property='og:title']/@content | //head/title/text()"))]
    titles = [_without_site_name(" ".join(title.split()), site, names) for title in found if title and title.strip()]
    title = next((title for title in titles if title and title != site), None)
    if title and (own := _headline_under_masthead(title, tree)):
        return own
    if title and _only_site_name(title, tree):  # another of the page's titles may be its headline
        title = next((other for other in titles if other and other != site and not _names_site(other, tree)), None)
        if title is None:
            return None
    return headline_end(_headline_part(title, tree)) if title else None


def _headline_under_masthead(title: str, tree: lxml.html.HtmlElement) -> str | None:
    """MASTHEAD: the page's own `h1` where the title found is the site's name set as an `h1` logo (an
    `h1` in the page's `header`, `nav` or banner, or linking to the site's root, whose text is the
    site's name: `og:site_name`, `application-name` or a root link's text). The page's other `h1` is
    its headline; none when the page holds no other `h1`."""
    names = _site_name_texts(tree)
    mastheads = {h1 for h1 in tree.iter("h1") if _folded(h1) in names and (h1.xpath(BANNER) or _root_links(h1))}
    if not any(_folded(h1) == title.casefold() for h1 in mastheads):
        return None
    return next((_text(h1) for h1 in tree.iter("h1") if h1 not in mastheads and _text(h1)), None)


def _only_site_name(title: str, tree: lxml.html.HtmlElement) -> bool:
    """SITE NAME AS TITLE: a page with no `h1` of its own (none, or only its logo: an `h1` in the
    banner or linking to the site's root) whose title found is only the name its masthead prints
    (`_names_site`: "Environmental Law Reporter" under the logo "ELR - The Environmental Law
    Reporter") has no headline there: another of its titles is taken (its `<title>`'s headline part
    beside the site's name), or, with none, `add` asks for `--title` rather than name the article
    after its site."""
    own_h1 = [h1 for h1 in tree.iter("h1") if _text(h1) and not (h1.xpath(BANNER) or _root_links(h1))]
    return not own_h1 and _names_site(title, tree)


def _names_site(title: str, tree: lxml.html.HtmlElement) -> bool:
    """The title is, whole, one of the site's names as its masthead prints them, or one part of one."""
    parts = {_without_article(part) for name in _masthead_names(tree) for part in title_parts(name)}
    return _without_article(" ".join(title.casefold().split())) in parts


def _masthead_names(tree: lxml.html.HtmlElement) -> set[str]:
    """The site's names as its masthead prints them, folded: its site-name metadata, the page's first
    link to the site's root, its logo's links (`_logo_names`) and every link to "/"; a menu's later
    links to one folder ("About" at `/about/`) name sections, not the site, and an `application-name`
    may be the headline (as one portal sets it), so it is not read here."""
    stated = [str(name) for name in tree.xpath(MASTHEAD_METAS)]
    links = _root_links(tree)
    logos = links[:1] + [a for a in links if urlsplit(str(a.get("href"))).path == "/"]
    names = stated + [_text(a) for a in logos] + _logo_names(links)
    return {" ".join(name.casefold().split()) for name in names} - {""}


def _logo_names(root_links: list[lxml.html.HtmlElement]) -> list[str]:
    """LOGO LINK: the site's name as its logo prints it, wherever the logo stands among the links to
    the site's root (a menu's "Home", holding no image, may come first): a root link set in an `h1`,
    or holding an image in the page's banner (`header`, `role="banner"`). Its name is its text, text
    hidden for screen readers included (`<span class="sr-only">COSMOS</span>` beside the logo's
    image), else its image's `alt` without a closing "logo" ("COSMOS Logo")."""
    names = []
    for link in root_links:
        images = link.xpath(".//img")
        if link.xpath("ancestor::h1") or (images and link.xpath(LOGO_BANNER)):
            alts = (LOGO_WORD.sub("", str(image.get("alt") or "")) for image in images)
            names.append(_text(link) or next((alt for alt in alts if alt.strip()), ""))
    return names


def _without_article(name: str) -> str:
    """A folded name without its leading "the" ("the environmental law reporter")."""
    return name.removeprefix("the ").strip()


def _site_name_texts(tree: lxml.html.HtmlElement) -> set[str]:
    """The site's names the page prints or states, folded: its site-name metadata and the text of
    each link to the site's root."""
    stated = [str(name) for name in tree.xpath(SITE_NAME_METAS)]
    return {" ".join(name.casefold().split()) for name in stated + [_text(a) for a in _root_links(tree)]} - {""}


def _root_links(element: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The links under `element` to the site's root: an address on the same site (no host) with no
    path past one folder (`/`, or a project site's base `/name/`), no query and no fragment."""
    return [
        a
        for a in element.iter("a")
        if (address := urlsplit(str(a.get("href") or "")))
        and not address.netloc
        and not address.query
        and not address.fragment
        and address.path.endswith("/")
        and len([part for part in address.path.split("/") if part]) <= 1
    ]


def _text(element: lxml.html.HtmlElement) -> str:
    """An element's text as a reader sees it, on one line."""
    return " ".join(element.text_content().split())


def _folded(element: lxml.html.HtmlElement) -> str:
    """An element's text on one line, case folded."""
    return _text(element).casefold()


def _headline_part(title: str, tree: lxml.html.HtmlElement) -> str:
    """The part of "Headline | Name" that is the page's own `<h1>`, when one is: the rest names the
    site, though the page does not say so ("Homo Brandenburgensis | Brandenburgische Landeszentrale
    für politische Bildung", its h1 "Homo Brandenburgensis")."""
    return headline_part(title, {_text(h1) for h1 in tree.iter("h1")})


def site_names(site: str | None, url: str | None) -> set[str]:
    """The names a page's site goes by, folded: its site name, the initials of its capitalised
    words ("Federal Bureau of Investigation" gives "fbi"), and its host name's words without
    "www", the ending and parts of two letters ("www.bmjv.de" gives "bmjv", "bbc.co.uk" "bbc")."""
    names = set()
    if site:
        names.add(site.casefold())
        capitals = [word[0] for word in site.split() if word[:1].isupper()]
        if len(capitals) >= 2:
            names.add("".join(capitals).casefold())
    host = urlsplit(url).hostname if url and "//" in url else None
    if host:
        labels = [label for label in host.casefold().split(".")[:-1] if len(label) > 2 and label != "www"]
        names.update(labels)
        names.add(" ".join(labels))
    return {name for name in names if name}


def _without_site_name(title: str | None, site: str | None, names: set[str]) -> str | None:
    """The headline without the site's name a page's `<title>` often ends or starts with:
    "Headline | Site", and "SITE | Headline", "SITE – Headline", "SITE: Headline" where SITE is one
    of the site's `names` (a headline's own "Mali: junta extends transition" is kept whole)."""
    if title and site:
        for separator in TITLE_SEPARATORS:
            if title.endswith(separator + site) and len(title) > len(separator + site):
                return title[: -len(separator + site)]
    if title:
        match = SITE_FIRST.fullmatch(title)
        if match and match["site"].casefold() in names:
            return match["headline"]
    return title


def _pieces(body: _Element, preformatted: frozenset[str] = frozenset()) -> Iterator[Piece]:
    """Headings, paragraphs, list items, quotes and table rows of trafilatura's output, in order.

    trafilatura gives a plain `<pre>` (no highlighter's class) as a quotation: a quotation whose
    every line is a line of one of the page's `<pre>` blocks (`preformatted`) is that listing, its
    lines code, read by no clutter rule and written as a fenced block."""
    for element in body:
        tag = element.tag
        if tag == "head":
            if text := _fold(element):
                yield Piece("heading", text, level=HEADINGS.get(str(element.get("rend", "h2")), 2))
        elif tag == "list":
            yield from _items(element, 0)
        elif tag == "quote":
            lines = _lines(element)
            listing = bool(preformatted) and all(line in preformatted for line in lines)
            for line in lines:
                yield Piece("paragraph", line, code=True) if listing else Piece("quote", line)
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_fold(cell) for cell in row if _fold(cell)]
                if cells:
                    yield Piece("paragraph", " | ".join(cells))
        elif tag == "code":
            for line in _lines(element):
                yield Piece("paragraph", line, code=True)
        elif tag != "graphic":
            for line in _lines(element):
                yield Piece("paragraph", line)


def _decks_as_prose(pieces: list[Piece], tree: lxml.html.HtmlElement) -> list[Piece]:
    """DECK: the standfirst under the headline, set as a heading (an `h2` right after the page's `h1`
    asking no question, or an element whose class says dek, deck, standfirst, subtitle or subheadline)
    and read by trafilatura as one, is the article's first paragraph, not a section's heading, when it is a
    sentence (DECK_WORDS words or more: a section's heading is a label) and stands first or right
    under the headline."""
    headlines, decks = set(), set()
    for h1 in tree.iter("h1"):
        headlines.add(_text(h1))
        under = next((sibling for sibling in h1.itersiblings() if isinstance(sibling.tag, str)), None)
        if under is not None and _deck(under):
            decks.add(_text(under))
    return [
        Piece("paragraph", piece.text)
        if piece.kind == "heading"
        and piece.text in decks
        and len(piece.text.split()) >= DECK_WORDS
        and (index == 0 or (pieces[index - 1].kind == "heading" and pieces[index - 1].text in headlines))
        else piece
        for index, piece in enumerate(pieces)
    ]


def _deck(under: lxml.html.HtmlElement) -> bool:
    """Whether the element right after the `h1` may be its deck: one whose class says so, or an `h2`
    that asks no question (an FAQ's first question is its first section's heading)."""
    if DECK_CLASS.search(str(under.get("class") or "")):
        return True
    return under.tag == "h2" and not under.text_content().rstrip().endswith("?")


def _preformatted(tree: lxml.html.HtmlElement) -> frozenset[str]:
    """The lines of the page's `<pre>` blocks, each with its runs of spaces made one (as `_lines` gives them)."""
    return frozenset(
        line
        for pre in tree.iter("pre")
        for chunk in pre.text_content().split("\n")
        if (line := " ".join(chunk.split()))
    )


def _items(element: _Element, depth: int) -> Iterator[Piece]:
    """A list's items; a list inside an item becomes a nested list."""
    ordered = element.get("rend") == "ol"
    for item in element.iter("item"):
        if item.getparent() is not element:
            continue
        nested = [child for child in item if child.tag == "list"]
        for child in nested:
            item.remove(child)
        if text := _fold(item):
            yield Piece("item", text, level=depth, ordered=ordered)
        for child in nested:
            yield from _items(child, depth + 1)


def _lines(element: _Element) -> list[str]:
    """The element's text split at its line breaks (`<br>` separates paragraphs on many pages)."""
    parts: list[str] = [element.text or ""]
    _inline(element, parts)
    return [line for line in (" ".join(chunk.split()) for chunk in "".join(parts).split("\n")) if line]


def _inline(element: _Element, parts: list[str]) -> None:
    """Text of the element's children in document order, a line break as a newline."""
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(child.text or "")
            _inline(child, parts)
        parts.append(child.tail or "")


def _fold(element: _Element) -> str:
    """The element's text with HTML whitespace folded, as a browser shows it."""
    return " ".join("".join(str(text) for text in element.itertext()).split())
