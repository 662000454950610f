"""feed.xml: valid Atom (RFC 4287's required elements), newest first, stable ids, hostile text escaped."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.attack_project import make_attack_project

A = "{http://www.w3.org/2005/Atom}"
NEW = """---
title: Newest report <b>bold</b> & more
publisher: Border Monitor
published: '2026-01-05'
type: news
---

SEMAR seized a shipment tied to fuel theft near the port.
"""


def _build(project: Path) -> ET.Element:
    result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return ET.parse(project / "site" / "feed.xml").getroot()


def _check_atom(feed: ET.Element) -> None:
    assert feed.tag == f"{A}feed"
    for element in (feed, *feed.findall(f"{A}entry")):
        for required in ("id", "title", "updated"):
            assert len(element.findall(f"{A}{required}")) == 1, (element.tag, required)
        assert element.findtext(f"{A}updated", "").endswith("Z")
    assert feed.find(f"{A}author/{A}name") is not None
    for entry in feed.findall(f"{A}entry"):
        assert entry.find(f"{A}link[@rel='alternate']") is not None


def test_feed_is_atom_newest_first_stable_and_escaped(tmp_path: Path) -> None:
    project = make_attack_project(tmp_path / "p", articles=4, hostile_text=True)
    feed = _build(project)
    _check_atom(feed)
    entries = feed.findall(f"{A}entry")
    titles = [e.findtext(f"{A}title") for e in entries]
    assert any("<img src=x onerror=" in (t or "") for t in titles), titles  # the text itself, not markup
    dates = [e.findtext(f"{A}updated") for e in entries]
    assert dates == sorted(dates, reverse=True)
    raw = (project / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "<img" not in raw and "&lt;img src=x onerror=" in raw
    ids = {e.findtext(f"{A}title"): e.findtext(f"{A}id") for e in entries}
    for page in (project / "site").rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        depth = len(page.relative_to(project / "site").parts) - 1
        assert f'<link rel="alternate" type="application/atom+xml" title="' in head, page
        assert f'href="{"../" * depth or "./"}feed.xml">' in head, page

    (project / "corpus" / "articles" / "newest.md").write_text(NEW, encoding="utf-8")
    feed = _build(project)
    _check_atom(feed)
    entries = feed.findall(f"{A}entry")
    assert entries[0].findtext(f"{A}title") == "Newest report <b>bold</b> & more"
    assert entries[0].find(f"{A}link").get("href") == "articles/newest/"  # type: ignore[union-attr]
    assert {e.findtext(f"{A}title"): e.findtext(f"{A}id") for e in entries[1:]} == ids  # ids stable
