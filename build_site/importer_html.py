"""HTML pages saved from a browser -> pieces and metadata for the importer.

Uses BeautifulSoup with the stdlib "html.parser" backend; the page is read as a tree, never with
regular expressions. Metadata is read first, from the whole page (the headline and byline often
sit in a `<header>` that is dropped afterwards). Then what is not the article is removed:
navigation and page furniture (`nav`, `header`, `footer`, `aside`, forms, scripts, styles),
figure captions, and blocks named by their class or id as share bars, comments, related links or
ads. The text comes from `<article>`, else `<main>`, else the body, in document order: headings,
paragraphs and list items; inline markup (links, emphasis) is flattened to its text and HTML
whitespace is folded, as a browser does.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.dammit import EncodingDetector
from bs4.element import PreformattedString

from build_site.importer import BYLINE, Draft, Piece

FURNITURE = ("nav", "header", "footer", "aside", "form", "button", "select", "dialog", "iframe", "figcaption")
INVISIBLE = ("script", "style", "noscript", "template", "svg", "head")
HEADINGS = {"h1": 2, "h2": 2, "h3": 3, "h4": 3, "h5": 3, "h6": 3}
CONTAINERS = {"div", "section", "article", "main", "p", "blockquote", "figure", "pre", "table", "thead",
              "tbody", "tfoot", "tr", "td", "th", "dl", "dt", "dd", "details", "summary", "address", "center"}
# Parts of class or id names (split at "-" and "_") that mark a block as not the article.
BOILERPLATE_NAMES = {"share", "sharing", "social", "subscribe", "newsletter", "related", "comment", "comments",
                     "advert", "ad", "ads", "promo", "breadcrumb", "breadcrumbs", "sidebar", "menu", "cookie",
                     "signup", "recirculation", "byline"}
BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search"}


def decode_declared(raw: bytes) -> str | None:
    """The page decoded with the charset it declares (`<meta charset>`), or None."""
    declared = EncodingDetector.find_declared_encoding(raw, is_html=True)
    if not declared:
        return None
    try:
        return raw.decode(declared)
    except (LookupError, UnicodeDecodeError):
        return None


def parse_html(text: str) -> Draft:
    """Pieces and metadata of a saved web page."""
    soup = BeautifulSoup(text, "html.parser")
    meta = _metadata(soup)
    root = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    dropped = _drop_furniture(soup, root)
    pieces = list(_pieces(root, depth=0))
    if root is not soup:
        root.extract()
        if outside := _fold(soup.get_text(" ")):
            dropped.append((f"outside <{root.name}>", outside))
    return Draft(pieces, meta, dropped)


def _metadata(soup: BeautifulSoup) -> dict[str, str]:
    """Title, author, date, url and publisher from the page's markup, where it states them."""
    candidates = {
        "title": [_text(soup.find("h1")), _content(soup, property="og:title"), _page_title(soup)],
        "author": [_text(soup.find(attrs={"rel": "author"})), _byline(soup.find(class_="byline")),
                   _content(soup, name="author")],
        "published": [_content(soup, property="article:published_time"),
                      _attr(soup.find("time", attrs={"datetime": True}), "datetime")],
        "url": [_attr(soup.find("link", rel="canonical"), "href"), _content(soup, property="og:url")],
        "publisher": [_content(soup, property="og:site_name")],
    }
    meta = {key: next((v for v in values if v), None) for key, values in candidates.items()}
    return {key: value for key, value in meta.items() if value}


def _text(tag: Tag | None) -> str | None:
    return _fold(tag.get_text()) if tag is not None else None


def _attr(tag: Tag | None, name: str) -> str | None:
    value = tag.get(name) if tag is not None else None
    return _fold(value) if isinstance(value, str) else None


def _content(soup: BeautifulSoup, **attrs: str) -> str | None:
    return _attr(soup.find("meta", attrs=attrs), "content")


def _page_title(soup: BeautifulSoup) -> str | None:
    """`<title>` without the " | Site" suffix browsers show, when the suffix is the site's name."""
    title = _text(soup.title)
    site = _content(soup, property="og:site_name")
    if title and site:
        for separator in (" | ", " - ", " – ", " — ", " · "):
            if title.endswith(separator + site):
                return title[: -len(separator + site)]
    return title


def _byline(tag: Tag | None) -> str | None:
    """The name in a `.byline` element ("By Jane Doe | March 3" -> "Jane Doe")."""
    text = _text(tag)
    if not text:
        return None
    match = BYLINE.fullmatch(text if text.startswith("By ") else f"By {text}")
    return match["name"] if match else None


def _drop_furniture(soup: BeautifulSoup, root: Tag) -> list[tuple[str, str]]:
    """Remove what is not the article; return (why, text) for each visible part removed."""
    dropped: list[tuple[str, str]] = []
    for tag in soup.find_all(INVISIBLE):
        tag.decompose()
    page_text = len(_fold(root.get_text()))
    keep = {id(root), *(id(parent) for parent in root.parents)}
    for tag in soup.find_all(True):
        if tag.decomposed or id(tag) in keep:
            continue
        why = _furniture_reason(tag, page_text)
        if why is None:
            continue
        text = _fold(tag.get_text(" "))
        if text:
            dropped.append((why, text))
        tag.decompose()
    return dropped


def _furniture_reason(tag: Tag, page_text: int) -> str | None:
    """Why an element is page furniture, or None. Named blocks holding most of the text are kept."""
    if tag.name in FURNITURE:
        return f"<{tag.name}>"
    names = [*tag.get("class", []), tag.get("id") or ""]
    parts = {part for name in names for part in re.split(r"[-_\s]+", name.lower())}
    if (parts & BOILERPLATE_NAMES or tag.get("role") in BOILERPLATE_ROLES) \
            and len(_fold(tag.get_text())) < page_text / 2:
        return f"<{tag.name}> named {' '.join(sorted(parts & BOILERPLATE_NAMES)) or tag.get('role')}"
    return None


def _pieces(container: Tag, depth: int) -> Iterator[Piece]:
    """Headings, paragraphs and list items of `container`, in document order.

    Runs of inline content (text, links, emphasis) between block elements form paragraphs; a
    `<br>` ends a paragraph, as pages without `<p>` use it to separate them.
    """
    run: list[str] = []
    for child in container.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):
                run.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name not in HEADINGS and child.name not in CONTAINERS and child.name not in ("ul", "ol", "br", "hr"):
            run.append(child.get_text())
            continue
        yield from _paragraph(run)
        run = []
        if child.name in HEADINGS:
            if text := _fold(child.get_text()):
                yield Piece("heading", text, level=HEADINGS[child.name])
        elif child.name in ("ul", "ol"):
            yield from _list(child, depth)
        elif child.name in CONTAINERS:
            yield from _pieces(child, depth)
    yield from _paragraph(run)


def _paragraph(run: list[str]) -> Iterator[Piece]:
    """The inline run as one paragraph, when it holds any text."""
    if text := _fold("".join(run)):
        yield Piece("paragraph", text)


def _list(tag: Tag, depth: int) -> Iterator[Piece]:
    """Items of a `<ul>`/`<ol>`; a nested list inside an item becomes a nested list."""
    for item in tag.find_all("li", recursive=False):
        nested = [child for child in item.children if isinstance(child, Tag) and child.name in ("ul", "ol")]
        for child in nested:
            child.extract()
        if text := _fold(item.get_text(" ") if item.find(CONTAINERS) else item.get_text()):
            yield Piece("item", text, level=depth, ordered=tag.name == "ol")
        for child in nested:
            yield from _list(child, depth + 1)


def _fold(text: str | None) -> str:
    """HTML whitespace is not significant: fold every run of it to one space."""
    return " ".join((text or "").split())

