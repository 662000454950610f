"""Pages that are not one article: archive, category, tag and index pages, pasted or saved.

A reader sees at once that such a page lists stories rather than tells one: its title names an
archive, a category or a month of releases; a tag's or category's archive heading stands over two or
more dated posts; its items each end in "Continue reading"; dated
headlines follow one another, each over its summary; bulleted headlines each head a paragraph.
Imported as an article, the page would take one item's headline (or the archive's name, or a logo's
alt text) as its title and the other stories as its body. `listing_reason` says why a text looks
like such a page; `page_listing_reason` adds a saved page's own signs (structured data calling it
a collection, a list of headlines making most of its text, headlines that link to other pages
each over its teaser making most of its text, whatever bylines and dates the teasers carry).
`add` then refuses it in one line
unless `--title` says it is one article.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import lxml.html

from build_site.importer_dates import HUMAN_DATE, MONTH_YEAR, human_date
from build_site.importer_model import BULLET, Piece
from build_site.importer_title import (
    SHORT_TITLE_WORDS,
    clutter_reason,
    is_headline,
    is_prose,
    is_title_case,
    top_line_reason,
)
from build_site.wording import cut

LISTING_WINDOW = 12  # an archive's or category's title stands among the first lines
LISTING_TITLE_WORDS = 10  # its title is short
# MONTH ARCHIVE: a blog's month page heads its list with a label and the month ("Month: May 2025",
# "Archive for May 2025", "Posts from March 2019"), not with a headline of its own.
MONTH_ARCHIVE = (
    rf"(?:month|archives? (?:for|of)|(?:posts|stories|articles|entries) (?:from|in))\s*:?\s*{MONTH_YEAR.pattern}"
)
# An archive's or a category's own title, as blogs and sites print it above the list:
# "CourtSide: US Court of Appeals Archives", "Recently in US Court of Appeals Category",
# "Press Releases for May 2007", "Posts tagged Sahel", "Tag: Sahel", "Recent News About <agency>".
LISTING_TITLE = re.compile(
    r"(?:.{0,60}[\s:])?(?:monthly |yearly |news |blog )?archives?"
    r"|recently in\s.{1,60}|.{1,60}\scategory"
    r"|(?:posts?|stories|articles|entries) (?:tagged|labell?ed|filed under)\s.{1,60}"
    r"|(?:tag|tagged|topic)\s*:\s*.{1,60}"
    r"|(?:.{0,60}\s)?(?:press|news) releases (?:for|from|of)\s.{1,30}"
    r"|(?:recent|latest|more) (?:news|stories|articles|posts|updates|releases) (?:about|from|on|by|for)\s.{1,60}"
    rf"|{MONTH_ARCHIVE}",
    re.IGNORECASE,
)
# An archive's kind and its name, as blog engines head a tag's, category's or writer's page of posts:
# "Tag Archives: Museum collection exhibition", "Category Archives: Opinion", "Author Archives: Jane Doe".
# A paste of one post copied from such a page keeps the heading too: only posts under it make a list.
KIND_ARCHIVE = re.compile(r"(?:tag|category|topic|author|label|series)\s+archives?\s*:\s*.{1,60}", re.IGNORECASE)
ARCHIVED_POSTS = 2  # two posts under an archive's heading: its list (a post copied from it has one)
# What ends each teaser of a list: "Continue Reading", "Read more", "(Read more)", "READ FULL STORY -".
MORE_PROMPT = re.compile(
    r"\(?(?:continue reading|read more|read full (?:story|article)|full story)\)?\s*[-»›>→…]*"
    r"|.{20,600}(?:[(\[]read more[)\]]|(?:…|\.\.\.)\s*read more|read more\s*[»›→])",
    re.IGNORECASE,
)
MORE_PROMPTS = 2  # one "Read more" may end an article; two end teasers of two stories
MANY_POSTS = 5  # a blog's page of posts in full; a weekly edition's front page prints its three or four features
DATE_LINES = 3  # a post's date stands in the first lines under its heading, after a label perhaps
DATED_ITEMS = 3  # dated headlines in a row: a list (an article has one date line, two with "Updated")
HEADED_ITEMS = 2  # bulleted headlines each over a paragraph of its own
HEADLINE_ITEMS = 8  # this many headlines in a list, making most of the text, are an index of stories
LINKED_TEASERS = 2  # headlines linking elsewhere, each over its teaser, making most of the text: a tag page
LEAD_IN_WORDS = 3  # a clause leading into a list ("We testified that:"); "More news:" is a label
TEASER_WORDS = 60  # a teaser runs a sentence or two; an article's section runs longer
TEASER_PROBE = 40  # characters a teaser is known by
LEAD_WORDS = 12  # a list's own title or date line may stand before its first teaser; a story runs longer
CARD_LEVELS = 3  # a teaser's card is its headline's parent, or an element at most this many levels up
CARD_PARAGRAPHS = 3  # a card holds a teaser (and a byline or date); a page's main element holds more
LINKED_HEADINGS = (
    "//body//*[self::h1 or self::h2 or self::h3 or self::h4][.//a[@href and not(starts-with(@href, '#'))]]"
)
SCHEMA_TYPE = re.compile(r'"@type"\s*:\s*"(\w+)"')
# schema.org's @type of a collection, and of an article (a page that names one is no list).
SCHEMA_LISTING_TYPES = {"CollectionPage", "ItemList", "SearchResultsPage"}
SCHEMA_ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle", "AnalysisNewsArticle",
                        "OpinionNewsArticle", "ScholarlyArticle", "TechArticle", "LiveBlogPosting", "PressRelease"}  # fmt: skip
SITE_OWNER_TYPES = {"Person", "Organization"}  # who a site's structured data says runs it


def listing_reason(lines: list[str]) -> str | None:
    """Why the text is a list of stories or an archive page rather than one article, or None."""
    filled = [" ".join(line.split()) for line in lines if line.strip()]
    if title := _listing_title(filled):
        return f"its title {title!r} names an archive or category"
    if archive := _kind_archive(filled):
        return archive
    prompts = [line for line in filled if MORE_PROMPT.fullmatch(line)]
    if len(prompts) >= MORE_PROMPTS:
        return f"{len(prompts)} items end in {prompts[0][-30:].strip()!r}"
    dated = _dated_headlines(filled)
    if len(dated) >= DATED_ITEMS:
        return f"{len(dated)} dated headlines follow one another ({dated[0]!r}, {dated[1]!r} …)"
    headed = _bulleted_headlines(filled)
    if len(headed) >= HEADED_ITEMS:
        return f"{len(headed)} bulleted headlines each head a paragraph ({headed[0]!r}, {headed[1]!r} …)"
    first = next((line for line in filled if top_line_reason(line) is None), "")
    if headed and (bullet := BULLET.fullmatch(first)) and bullet["text"] == headed[0]:
        return f"its first headline is an item of a bulleted list ({headed[0]!r})"
    return None


def page_listing_reason(tree: lxml.html.HtmlElement, pieces: list[Piece], title: str) -> str | None:
    """Why a saved page is a list of stories, or None: its structured data, a list of headlines
    making most of its text, or the text's own signs (`listing_reason`). The page's list items
    are read unmarked: an article's lists and captions head paragraphs too."""
    return (
        _declared_listing(tree)
        or _dated_posts(tree)
        or _headline_list(pieces)
        or _linked_teasers(tree, pieces)
        or listing_reason([title, *(piece.text for piece in pieces)])
    )


def _dated_posts(tree: lxml.html.HtmlElement) -> str | None:
    """DATED POSTS: a blog's news page printing its posts one under another, each under a heading
    that links to the post's own page, dated right under it ("5.0.5 Released" / 26 Jun 2022, …) and
    followed by more words than a teaser has, up to the next such heading: the dates are the posts',
    and the page is their list. An article's headings link nowhere, and the related stories beside it
    are teasers. A live blog prints its updates so too, but under a headline of its own that its
    metadata calls an article (`_declares_one_article`)."""
    if _declares_one_article(tree):
        return None
    headings = [heading for heading in tree.xpath(LINKED_HEADINGS) if _dated_under(heading)]
    posts = [_text(heading) for heading, words in _words_under(tree, headings) if words >= TEASER_WORDS]
    if len(set(posts)) >= MANY_POSTS:
        return f"{len(set(posts))} posts in full, each dated under a heading linking to its own page ({cut(posts[0], 50)!r} …)"
    return None


def _declares_one_article(tree: lxml.html.HtmlElement) -> bool:
    """The page's own metadata calls it an article (a schema.org article type given the page itself,
    or `og:type` "article") and it prints one `h1`: a live blog, one story told in dated updates."""
    og = tree.xpath("//meta[@property='og:type' or @name='og:type']/@content")
    declared = bool(own_schema_types(tree) & SCHEMA_ARTICLE_TYPES) or "article" in {
        str(kind).strip().lower() for kind in og
    }
    return declared and len(tree.xpath("//body//h1")) == 1


def _words_under(
    tree: lxml.html.HtmlElement, headings: list[lxml.html.HtmlElement]
) -> list[tuple[lxml.html.HtmlElement, int]]:
    """Each heading with the number of words the page prints after it, up to the next of them."""
    marked = set(headings)
    counts: list[tuple[lxml.html.HtmlElement, int]] = []
    for node in tree.xpath("//body//text()[normalize-space()]"):
        holder = node.getparent()
        if holder is None or holder.tag in ("script", "style"):
            continue
        inside = next((element for element in (holder, *holder.iterancestors()) if element in marked), None)
        if inside is not None:
            if not counts or counts[-1][0] is not inside:
                counts.append((inside, 0))
        elif counts:
            counts[-1] = (counts[-1][0], counts[-1][1] + len(str(node).split()))
    return counts


def _dated_under(heading: lxml.html.HtmlElement) -> bool:
    """A whole date among the first few lines of text after the heading (a label, a date, a writer)."""
    after = heading.xpath(f"following::text()[normalize-space()][position() <= {DATE_LINES}]")
    return any(human_date(match[0]) for line in after for match in HUMAN_DATE.finditer(" ".join(str(line).split())))


def _text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def listing_refusal(reason: str, guess: str | None) -> str:
    """The one line `add` answers a list page with."""
    return f'looks like a list of stories or an archive page, not one article: {reason}; if it is one article, add --title "{guess or "…"}"'


def listing_warning(reason: str) -> str:
    """The warning of a list page imported because `--title` says it is one article."""
    return f"looks like a list of stories, not one article ({reason}); imported whole as --title asks: check it"


def _listing_title(filled: list[str]) -> str | None:
    """An archive's or category's title among the first lines, before the prose starts."""
    for line in filled[:LISTING_WINDOW]:
        if is_prose(line):
            return None
        if clutter_reason(line):  # "View author archive" under a byline is a link, no archive's title
            continue
        if len(line.split()) <= LISTING_TITLE_WORDS and LISTING_TITLE.fullmatch(line):
            return line
    return None


def _kind_archive(filled: list[str]) -> str | None:
    """KIND ARCHIVE: a tag's, category's or writer's archive heading ("Tag Archives: …") among the
    first lines, over two or more posts, each a heading with its date line right under it ("The Gift
    of Sight" / "Posted on March 23, 2022"): the engine's page of those posts. One post under the
    heading is a post copied from that page, and stays an article."""
    heading = next((line for line in filled[:LISTING_WINDOW] if KIND_ARCHIVE.fullmatch(line)), None)
    if heading is None:
        return None
    posts = list(dict.fromkeys(_headings_over_dates(filled)))
    if len(posts) < ARCHIVED_POSTS:
        return None
    return f"its heading {heading!r} names an archive, over {len(posts)} dated posts ({posts[0]!r}, {posts[1]!r} …)"


def _headings_over_dates(filled: list[str]) -> Iterator[str]:
    """Short lines that are no sentence, each with a date line right under it: posts' headings."""
    for line, under in itertools.pairwise(filled):
        if not is_prose(line) and top_line_reason(line) is None and top_line_reason(under) == "date line":
            yield line


def _dated_headlines(filled: list[str]) -> list[str]:
    """Headlines right under a date line (a tag or section line may stand between), each followed by
    its summary: the items of a news archive. Distinct headlines only."""
    found: list[str] = []
    for at, line in enumerate(filled):
        if top_line_reason(line) != "date line":
            continue
        for candidate in filled[at + 1 : at + 3]:
            if (
                is_headline(candidate)
                and len(candidate.split()) > SHORT_TITLE_WORDS
                and top_line_reason(candidate) is None
            ):
                if candidate not in found:
                    found.append(candidate)
                break
    return found


def _bulleted_headlines(filled: list[str]) -> list[str]:
    """Bulleted headlines longer than a label, each over a paragraph of prose (its repeat may stand
    between): a list of key points runs bullet after bullet, a list of stories does not."""
    found: list[str] = []
    listed = _lead_in_items(filled)
    for at, line in enumerate(filled):
        bullet = BULLET.fullmatch(line)
        if bullet is None or at in listed or is_prose(bullet["text"]) or not is_headline(bullet["text"]):
            continue
        text = bullet["text"]
        below = filled[at + 1 : at + 3]
        prose = next((index for index, other in enumerate(below) if is_prose(other)), None)
        if prose is None or any(BULLET.fullmatch(other) for other in below[:prose]):
            continue
        if len(text.split()) > SHORT_TITLE_WORDS and text not in found:
            found.append(text)
    return found


def _lead_in_items(filled: list[str]) -> set[int]:
    """LEAD-IN LIST: the bullets in a run right under a clause ending in a colon ("We testified
    that:", "The report found three things:"), which are one article's findings or steps, not
    teasers. A label in title case ("Top Stories:", "Related Articles:") or of fewer than three
    words heads a list of stories and leads in nothing."""
    listed: set[int] = set()
    for at, line in enumerate(filled):
        words = line.split()
        if BULLET.fullmatch(line) or not line.endswith(":") or len(words) < LEAD_IN_WORDS or is_title_case(words):
            continue
        for item in itertools.takewhile(lambda index: BULLET.fullmatch(filled[index]), range(at + 1, len(filled))):
            listed.add(item)
    return listed


def schema_types(tree: lxml.html.HtmlElement) -> set[str]:
    """The schema.org types the page's structured data names, its list items' among them."""
    types: set[str] = set()
    for block in tree.xpath("//script[@type='application/ld+json']/text()"):
        types.update(SCHEMA_TYPE.findall(str(block)))
    return types


def own_schema_types(tree: lxml.html.HtmlElement) -> set[str]:
    """The schema.org types the page's structured data gives the page itself and its parts, not the
    items of a list it holds: a section front's `ItemList` of teasers each typed `Article` is a
    list, not an article. A block that is not valid JSON is read as `schema_types` reads it."""
    types: set[str] = set()
    site = {" ".join(str(name).split()).casefold() for name in tree.xpath("//meta[@property='og:site_name']/@content")}
    for block in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            types.update(_types_outside_lists(json.loads(str(block)), site))
        except ValueError:
            types.update(SCHEMA_TYPE.findall(str(block)))
    return types


def site_owner_names(tree: lxml.html.HtmlElement) -> set[str]:
    """The names, in lower case, of the structured data's nodes that state who runs the site
    (`_site_owner`): a theme prints them on every page, so they name no page's writer."""
    site = {" ".join(str(name).split()).casefold() for name in tree.xpath("//meta[@property='og:site_name']/@content")}
    names: set[str] = set()
    for block in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            names.update(_owner_names(json.loads(str(block)), site))
        except ValueError:
            continue
    return names


def _owner_names(node: object, site: set[str]) -> Iterator[str]:
    """The names of the site-owner nodes anywhere in a JSON-LD value, in lower case."""
    if isinstance(node, list):
        for item in node:
            yield from _owner_names(item, site)
    elif isinstance(node, dict):
        if _site_owner(node, site) and (name := " ".join(str(node.get("name") or "").split())):
            yield name.casefold()
        for value in node.values():
            yield from _owner_names(value, site)


def _types_outside_lists(node: object, site: set[str]) -> Iterator[str]:
    """Every `@type` in a JSON-LD value but inside an `itemListElement` (a list's items) or a node
    naming the site's owner, as `schema_types` reads one: a single word written as a string (a list
    of types is not read). `site`: the site's names, in lower case."""
    if isinstance(node, list):
        for item in node:
            yield from _types_outside_lists(item, site)
    elif isinstance(node, dict) and not _site_owner(node, site):
        if isinstance(kind := node.get("@type"), str) and re.fullmatch(r"\w+", kind):
            yield kind
        for key, value in node.items():
            if key != "itemListElement":
                yield from _types_outside_lists(value, site)


def _site_owner(node: dict[str, object], site: set[str]) -> bool:
    """A theme's statement of who runs the site, set on every page: a `Person` or `Organization`
    with no headline whose name is empty or the site's own, or whose address is the site's root
    ("/"). It says whose site this is, not what this page is; a profile names its person at its
    own address."""
    kind = node.get("@type")
    if not isinstance(kind, str) or kind not in SITE_OWNER_TYPES or "headline" in node:
        return False
    name = " ".join(str(node.get("name") or "").split()).casefold()
    url = node.get("url")
    return not name or name in site or (isinstance(url, str) and bool(url) and urlsplit(url).path in ("", "/"))


def _declared_listing(tree: lxml.html.HtmlElement) -> str | None:
    """The page's own structured data says it is a collection (schema.org CollectionPage, ItemList,
    SearchResultsPage) and names no article: why, or None."""
    types = schema_types(tree)
    listed = sorted(types & SCHEMA_LISTING_TYPES)
    if listed and not types & SCHEMA_ARTICLE_TYPES:
        return f"its structured data calls it a {listed[0]}"
    return None


def _headline_list(pieces: list[Piece]) -> str | None:
    """Most of the text found is a list of headlines (items longer than a label, none a sentence):
    a section's or topic's index of stories. Why, or None."""
    headlines = [p.text for p in pieces if p.kind == "item" and len(p.text.split()) > SHORT_TITLE_WORDS
                 and is_headline(p.text) and not is_prose(p.text)]  # fmt: skip
    words = sum(len(piece.text.split()) for piece in pieces)
    if len(headlines) >= HEADLINE_ITEMS and 2 * sum(len(h.split()) for h in headlines) > words:
        return f"{len(headlines)} headlines in a list make most of its text ({cut(headlines[0], 50)!r} …)"
    return None


def _linked_teasers(tree: lxml.html.HtmlElement, pieces: list[Piece]) -> str | None:
    """The text found opens with, and mostly is, the teasers of headlines that each link to another
    page (a tag, topic, search or front page: whatever byline, date or reading time each teaser
    shows, they are the other stories'). A teaser stands in its headline's card (an element holding
    a paragraph or two); an article's headings link nowhere or head long sections, and a feed of
    other stories kept under an article (even a short post) follows the article. Why, or None."""
    teasers = _card_teasers(tree)
    headlines: list[str] = []
    words = before = 0
    for piece in pieces:
        size = len(piece.text.split())
        headline = teasers.get(piece.text[:TEASER_PROBE]) if size <= TEASER_WORDS else None
        if headline:
            headlines.append(headline)
            words += size
        elif piece.kind == "heading" and piece.text in teasers.values():
            words += size
        elif not headlines:
            before += size
    total = sum(len(piece.text.split()) for piece in pieces)
    if len(set(headlines)) >= LINKED_TEASERS and 2 * words > total and before <= LEAD_WORDS:
        return f"{len(set(headlines))} teasers under headlines that link to other pages ({cut(headlines[0], 50)!r} …)"
    return None


def _card_teasers(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """Each linked headline's teaser: the longest paragraph after it in the smallest element around
    it that holds one, when that element holds no more than `CARD_PARAGRAPHS` (a card, not a
    page). Keyed by the teaser's first `TEASER_PROBE` characters."""
    teasers: dict[str, str] = {}
    for heading in tree.xpath(LINKED_HEADINGS):
        card = heading.getparent()
        for _ in range(CARD_LEVELS):
            if card is None or card.xpath(".//p"):
                break
            card = card.getparent()
        if card is None:
            continue
        paragraphs = card.xpath(".//p")
        later = set(heading.xpath("following::p"))
        after = [paragraph for paragraph in paragraphs if paragraph in later]
        if len(paragraphs) > CARD_PARAGRAPHS or not after:
            continue
        teaser = max((" ".join(paragraph.text_content().split()) for paragraph in after), key=len)
        if teaser:  # the card's longest paragraph: a section, byline or date line stands beside it
            teasers.setdefault(teaser[:TEASER_PROBE], " ".join(heading.text_content().split()))
    return teasers
