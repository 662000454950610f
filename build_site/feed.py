"""The Atom feed of the newest articles (`feed.xml`), so a reader can subscribe to a briefing.

Written with the standard library's XML writer: article titles and metadata are untrusted
text and reach the feed only as escaped character data. Entry ids are derived from article
ids alone (not the site's address), so they stay the same across builds and moves.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from build_site.model import Article, Briefing

ATOM = "http://www.w3.org/2005/Atom"
FEED = "feed.xml"
ENTRIES = 50  # the newest articles; older ones stay on the site
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold
_HEAD_END = re.compile(r"</head>", re.I)


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _stamp(day: dt.date | None, fallback: dt.datetime) -> str:
    moment = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) if day else fallback
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _build_moment() -> dt.datetime:
    """The build's one date (build_date.py pins SOURCE_DATE_EPOCH), so two builds match."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch.isdigit() else dt.datetime.now(dt.UTC)


def newest_first(articles: tuple[Article, ...] | list[Article]) -> list[Article]:
    """Dated articles newest first, then the undated; ties by id, so the order is stable."""
    ordered = sorted(articles, key=lambda a: a.id)
    return sorted(ordered, key=lambda a: a.published or dt.date.min, reverse=True)


def entry_id(article: Article) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:articles/{article.id}").urn


def feed_xml(briefing: Briefing, site_name: str, site_url: str) -> bytes:
    """The feed's bytes; links relative to the site's root (`site_url` as their base when set)."""
    ET.register_namespace("", ATOM)
    built = _build_moment()
    root = ET.Element(f"{{{ATOM}}}feed")
    if site_url:
        root.set("{http://www.w3.org/XML/1998/namespace}base", site_url)
    ET.SubElement(root, f"{{{ATOM}}}id").text = uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{site_name}").urn
    ET.SubElement(root, f"{{{ATOM}}}title").text = _text(site_name)
    articles = newest_first(list(briefing.articles))[:ENTRIES]
    ET.SubElement(root, f"{{{ATOM}}}updated").text = _stamp(articles[0].published if articles else None, built)
    ET.SubElement(ET.SubElement(root, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = _text(site_name)
    ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=FEED)
    ET.SubElement(root, f"{{{ATOM}}}link", rel="alternate", href="./")
    for article in articles:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = entry_id(article)
        ET.SubElement(entry, f"{{{ATOM}}}title").text = _text(article.title)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(article.published, built)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=article.site_url)
        if article.author:
            ET.SubElement(ET.SubElement(entry, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = _text(article.author)
        byline = ", ".join(_text(part) for part in (article.publisher, article.type) if part)
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = byline
    ET.indent(root)
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written


def write_feed(briefing: Briefing, path: Path, site_name: str, site_url: str) -> None:
    path.write_bytes(feed_xml(briefing, site_name, site_url))


def with_feed_link(page: str, page_url: str, site_name: str) -> str:
    """`page` (HTML) with the feed linked from its head, relative to the page (`page_url` as MkDocs gives it)."""
    match = _HEAD_END.search(page)
    if match is None:
        return page
    base = "../" * page_url.count("/") or "./"
    title = html.escape(site_name, quote=True)
    link = f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{base}{FEED}">\n'
    return f"{page[: match.start()]}{link}{page[match.start() :]}"
