"""The Atom feed (`feed.xml`) of the newest articles and changes, so a reader can subscribe to a briefing.

Written with the standard library's XML writer: article titles, metadata and the codebook
are untrusted text and reach the feed only as escaped character data. Entry ids are derived
from what an entry is (an article's id; a topic's id and its counts of mentions before and
after), not from the site's address or the build's time, so the same article or change keeps
its id on every rebuild and after a move. Entries are dated by when they entered the
briefing (whats_new.feed_moments), newest first, so an article added today leads the feed
whatever its published date. Atom requires each entry's `updated`: an undated article that
came with the first build is dated by that build, not by another article's date. An entry's
`published` is a date its source stated: one read from the article's address (corpus.article_date)
is said in its summary instead, as the briefing's pages show it as inferred.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from build_site.model import Article, Block, Briefing
from build_site.whats_new import Change, cause_text

ATOM = "http://www.w3.org/2005/Atom"
FEED = "feed.xml"
ENTRIES = 50  # the newest entries; older ones stay on the site
CHANGES = 25  # at most this many of them changes, so a codebook edit does not push out every article
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold
_HEAD_END = re.compile(r"</head>", re.I)
LEDE = 300  # characters: the sentences of an article's first paragraph a feed reader shows


@dataclass(frozen=True, slots=True)
class _Entry:
    id: str
    title: str
    updated: str  # RFC 3339, UTC
    href: str
    summary: str
    article: Article | None = None


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _stamp(moment: str | None, fallback: dt.datetime) -> str:
    """A date (`2025-09-03`) or an ISO moment as Atom writes it; `fallback` when there is none."""
    if moment is None:
        return fallback.strftime("%Y-%m-%dT%H:%M:%SZ")
    parsed = dt.datetime.fromisoformat(moment)
    parsed = parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)
    return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")


def _build_moment() -> dt.datetime:
    """The build's one date (build_date.py pins SOURCE_DATE_EPOCH), so two builds match."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch.isdigit() else dt.datetime.now(dt.UTC)


def entry_id(article: Article) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:articles/{article.id}").urn


def change_id(change: Change) -> str:
    what = "new" if change.before is None else f"mentions/{change.before}-{change.now}"
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:topics/{change.topic}/{what}").urn


def _article_summary(article: Article, blocks: tuple[Block, ...]) -> str:
    """What a feed reader shows under the title: its publisher (and type, unless news; and a date
    read from its address, said as such), then how it begins: the first sentences of its first
    paragraph, whole, up to LEDE characters (the first one cut at a word only when it alone is
    longer)."""
    kind = article.type_label.lower() if article.type != "news" else None  # the default says nothing; opinion does
    inferred = f"dated {article.published} by its address" if article.dated_by_address else None
    source = ", ".join(_text(part) for part in (article.publisher, kind, inferred) if part)
    paragraph = next((b for b in blocks if b.kind == "paragraph" and b.sentences), None)
    if paragraph is None:
        return source
    lede = ""
    for sentence in paragraph.sentences:
        if lede and len(lede) + 1 + len(sentence.text) > LEDE:
            break
        lede = f"{lede} {sentence.text}".strip()
    if len(lede) > LEDE:
        lede = lede[:LEDE].rsplit(" ", 1)[0] + "…"
    return f"{source}: {_text(lede)}" if source else _text(lede)


def _entries(
    briefing: Briefing, added: dict[str, str], changes: tuple[Change, ...], built: dt.datetime
) -> list[_Entry]:
    entries = [
        _Entry(
            entry_id(a),
            _text(a.title),
            _stamp(added.get(a.id), built),
            a.site_url,
            _article_summary(a, briefing.blocks.get(a.id, ())),
            a,
        )
        for a in briefing.articles
    ]
    topics = briefing.topic_index
    for change in [c for c in changes if c.topic in topics][:CHANGES]:
        topic = topics[change.topic]
        if change.before is None:
            title = f"New topic: {topic.name}"
        else:
            cause = cause_text(change)
            title = (
                f"New evidence on {topic.name}: {change.before} → {change.now} mentions{' ' + cause if cause else ''}"
            )
        entries.append(
            _Entry(change_id(change), _text(title), _stamp(change.at, built), topic.site_url, _text(topic.summary))
        )
    # Newest first; at one moment the articles before the changes they bring, then by id: a stable order.
    entries.sort(key=lambda e: (e.article is None, e.id))
    entries.sort(key=lambda e: e.updated, reverse=True)
    return entries[:ENTRIES]


def feed_xml(
    briefing: Briefing,
    site_name: str,
    site_url: str,
    added: dict[str, str],
    changes: tuple[Change, ...] = (),
) -> bytes:
    """The feed's bytes; links relative to the site's root (`site_url` as their base when set).
    `added`: when each article entered the briefing (whats_new.feed_moments); `changes`: the
    record's newest changes."""
    ET.register_namespace("", ATOM)
    built = _build_moment()
    root = ET.Element(f"{{{ATOM}}}feed")
    if site_url:
        root.set("{http://www.w3.org/XML/1998/namespace}base", site_url)
    ET.SubElement(root, f"{{{ATOM}}}id").text = uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{site_name}").urn
    ET.SubElement(root, f"{{{ATOM}}}title").text = _text(site_name)
    entries = _entries(briefing, added, changes, built)
    ET.SubElement(root, f"{{{ATOM}}}updated").text = entries[0].updated if entries else _stamp(None, built)
    ET.SubElement(ET.SubElement(root, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = _text(site_name)
    ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=FEED)
    ET.SubElement(root, f"{{{ATOM}}}link", rel="alternate", href="./")
    for item in entries:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = item.id
        ET.SubElement(entry, f"{{{ATOM}}}title").text = item.title
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = item.updated
        if item.article is not None and item.article.published is not None and not item.article.dated_by_address:
            ET.SubElement(entry, f"{{{ATOM}}}published").text = _stamp(item.article.published.isoformat(), built)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=item.href)
        if item.article is not None:  # its type, for a reader that sorts or filters by category
            ET.SubElement(entry, f"{{{ATOM}}}category", term=item.article.type, label=item.article.type_label)
        if item.article is not None and item.article.author:
            ET.SubElement(ET.SubElement(entry, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = _text(
                item.article.author
            )
        if item.summary:
            ET.SubElement(entry, f"{{{ATOM}}}summary").text = item.summary
    ET.indent(root)
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written


def write_feed(
    briefing: Briefing,
    path: Path,
    site_name: str,
    site_url: str,
    added: dict[str, str],
    changes: tuple[Change, ...] = (),
) -> None:
    path.write_bytes(feed_xml(briefing, site_name, site_url, added, changes))


def with_feed_link(page: str, page_url: str, site_name: str) -> str:
    """`page` (HTML) with the feed linked from its head, relative to the page (`page_url` as MkDocs gives it)."""
    match = _HEAD_END.search(page)
    if match is None:
        return page
    base = "../" * page_url.count("/") or "./"
    title = html.escape(site_name, quote=True)
    link = f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{base}{FEED}">\n'
    return f"{page[: match.start()]}{link}{page[match.start() :]}"
