"""feed.xml: valid Atom (RFC 4287's rules checked one by one), articles and changes newest first,
stable ids, bounded, hostile text escaped."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from build_site.feed import CHANGES, ENTRIES, feed_xml
from build_site.pipeline import Options, build
from build_site.whats_new import Change
from tests.attack_project import hostile, make_attack_project

A = "{http://www.w3.org/2005/Atom}"
NEW = """---
title: Newest report <b>bold</b> & more
publisher: Border Monitor
published: '2019-01-05'
type: news
---

SEMAR seized a shipment tied to fuel theft near the port.
"""
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def _build(project: Path) -> ET.Element:
    result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return ET.parse(project / "site" / "feed.xml").getroot()


def check_atom(feed: ET.Element) -> None:
    """RFC 4287, section 4.1: what a feed and its entries must hold, and how each is written."""
    assert feed.tag == f"{A}feed"
    entries = feed.findall(f"{A}entry")
    for element in (feed, *entries):
        for required in ("id", "title", "updated"):  # exactly one of each (4.1.1, 4.1.2)
            assert len(element.findall(f"{A}{required}")) == 1, (element.tag, required)
        for once in ("published", "summary", "content", "rights"):  # at most one
            assert len(element.findall(f"{A}{once}")) <= 1, (element.tag, once)
        assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", element.findtext(f"{A}id", "")), element.findtext(f"{A}id")
        for date in ("updated", "published"):  # 3.3: RFC 3339 date-times
            if element.find(f"{A}{date}") is not None:
                assert RFC3339.match(element.findtext(f"{A}{date}", "")), (date, element.findtext(f"{A}{date}"))
        alternates = [(link.get("type"), link.get("hreflang")) for link in element.findall(f"{A}link[@rel='alternate']")]
        assert len(alternates) == len(set(alternates))  # one alternate link per type and language
        for link in element.findall(f"{A}link"):
            assert link.get("href")  # 4.2.7.1
    # An author on the feed or on every entry (4.1.1); an entry without content links to it (4.1.2).
    assert feed.find(f"{A}author/{A}name") is not None or all(e.find(f"{A}author/{A}name") is not None for e in entries)
    for entry in entries:
        assert entry.find(f"{A}content") is not None or entry.find(f"{A}link[@rel='alternate']") is not None
    ids = [e.findtext(f"{A}id") for e in entries]
    assert len(ids) == len(set(ids))  # ids are unique


def _titles_and_ids(feed: ET.Element) -> dict[str, str]:
    return {e.findtext(f"{A}title", ""): e.findtext(f"{A}id", "") for e in feed.findall(f"{A}entry")}


def test_feed_is_atom_newest_first_stable_and_escaped(tmp_path: Path) -> None:
    project = make_attack_project(tmp_path / "p", articles=4, hostile_text=True)
    feed = _build(project)
    check_atom(feed)
    entries = feed.findall(f"{A}entry")
    titles = [e.findtext(f"{A}title") for e in entries]
    assert any("<img src=x onerror=" in (t or "") for t in titles), titles  # the text itself, not markup
    assert not any(t.startswith("New ") for t in titles if t)  # a first build has no changes to tell
    dates = [e.findtext(f"{A}updated") for e in entries]
    assert dates == sorted(dates, reverse=True)
    raw = (project / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "<img" not in raw and "&lt;img src=x onerror=" in raw
    ids = _titles_and_ids(feed)
    for page in (project / "site").rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        depth = len(page.relative_to(project / "site").parts) - 1
        assert '<link rel="alternate" type="application/atom+xml" title="' in head, page
        assert f'href="{"../" * depth or "./"}feed.xml">' in head, page

    # An article added now leads the feed though it was published years ago; its changes follow.
    (project / "corpus" / "articles" / "newest.md").write_text(NEW, encoding="utf-8")
    record = project / ".cache" / "briefing" / "last-build.json"
    before_the_article = record.read_bytes()
    feed = _build(project)
    check_atom(feed)
    entries = feed.findall(f"{A}entry")
    assert entries[0].findtext(f"{A}title") == "Newest report <b>bold</b> & more"
    assert entries[0].find(f"{A}link").get("href") == "articles/newest/"  # type: ignore[union-attr]
    assert entries[0].findtext(f"{A}published") == "2019-01-05T00:00:00Z"
    changes = [e for e in entries if e.findtext(f"{A}title", "").startswith("New evidence on ")]
    assert {e.find(f"{A}link").get("href") for e in changes} == {"threats/fuel-theft/", "actors/semar/"}  # type: ignore[union-attr]
    assert entries.index(changes[0]) == 1 and entries.index(changes[1]) == 2  # right after the article
    after = _titles_and_ids(feed)
    assert {t: i for t, i in after.items() if t in ids} == ids  # the articles' ids stay

    # The same change made again (the build redone from the same previous record): the same ids.
    record.write_bytes(before_the_article)
    assert _titles_and_ids(_build(project)) == after
    # A build that changes nothing keeps the changes of the last one, with their ids.
    assert _titles_and_ids(_build(project)) == after

    # A new topic, named with markup: an entry whose title is that text, escaped.
    actors = project / "corpus" / "topics" / "actors.yml"
    entries_yaml = yaml.safe_load(actors.read_text(encoding="utf-8"))
    entries_yaml.append({"id": "port-authority", "name": f"Port {hostile('feed-topic')}", "aliases": ["port"],
                         "summary": f"Runs the port {hostile('feed-summary')}"})
    actors.write_text(yaml.safe_dump(entries_yaml, allow_unicode=True, sort_keys=False), encoding="utf-8")
    feed = _build(project)
    check_atom(feed)
    first = feed.findall(f"{A}entry")[0]
    assert first.findtext(f"{A}title") == f"New topic: Port {hostile('feed-topic')}"
    assert first.findtext(f"{A}summary") == f"Runs the port {hostile('feed-summary')}"
    assert first.find(f"{A}link").get("href") == "actors/port-authority/"  # type: ignore[union-attr]
    raw = (project / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "<img" not in raw and "<script" not in raw
    assert {t: i for t, i in _titles_and_ids(feed).items() if t in after} == after
    dates = [e.findtext(f"{A}updated") for e in feed.findall(f"{A}entry")]
    assert dates == sorted(dates, reverse=True)


def test_the_feed_is_bounded_however_much_changed(tmp_path: Path) -> None:
    project = make_attack_project(tmp_path / "p", articles=70)
    briefing = build(project / "corpus", Options(pages=False)).briefing
    moment = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    changes = tuple(Change(t.id, n, n + 1, (moment + dt.timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M:%SZ"))
                    for n in range(40) for t in briefing.topics)
    added = {a.id: "2029-06-01T00:00:00Z" for a in briefing.articles}
    feed = ET.fromstring(feed_xml(briefing, "Briefing", "", added, changes))
    check_atom(feed)
    titles = [e.findtext(f"{A}title", "") for e in feed.findall(f"{A}entry")]
    assert len(titles) == ENTRIES
    assert sum(t.startswith("New evidence on ") for t in titles) == CHANGES
    assert titles[0].startswith("New evidence on ") and not titles[-1].startswith("New evidence on ")


def test_a_feed_without_a_record_is_dated_by_publication(tmp_path: Path) -> None:
    project = make_attack_project(tmp_path / "p", articles=3)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("cache: true", "cache: false"), encoding="utf-8")
    feed = _build(project)
    check_atom(feed)
    assert not (project / ".cache").exists()
    published = [e.findtext(f"{A}published") for e in feed.findall(f"{A}entry")]
    assert [e.findtext(f"{A}updated") for e in feed.findall(f"{A}entry")] == published
