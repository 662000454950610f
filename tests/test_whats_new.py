"""The home page's "new since the previous build", from the record each build leaves next to its cache."""
from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from build_site.pipeline import Options, build
from build_site.whats_new import (
    HISTORY,
    Change,
    Recent,
    Seen,
    added_moments,
    changes_since,
    read_record,
    recent,
    seen_now,
    whats_new_html,
    write_record,
)
from tests.attack_project import make_attack_project, write_article
from tests.briefing_project import new_project

SECTION = re.compile(r'<section class="whats-new".*?</section>', re.S)


def _build(project: Path, epoch: int | None = None) -> tuple[str | None, str]:
    """The home page's what's-new section (None if absent), and what the build said; `epoch`:
    the build's moment (SOURCE_DATE_EPOCH)."""
    moment = {"SOURCE_DATE_EPOCH": str(epoch)} if epoch is not None else {}
    result = subprocess.run([sys.executable, "-m", "build_site", "build"], cwd=project, check=False,
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "CI": "", **moment})  # its notes are progress lines, which CI mutes
    assert result.returncode == 0, result.stderr
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    found = SECTION.search(home)
    return (found.group(0) if found else None), result.stdout + result.stderr


def _linked(section: str) -> list[str]:
    return re.findall(r'<a href="(\w+/[\w-]+/)">', section)


def _in_feed(project: Path) -> set[str]:
    feed = ET.parse(project / "site" / "feed.xml").getroot()
    return {link.get("href", "") for link in feed.iter("{http://www.w3.org/2005/Atom}link")}


JANUARY, FEBRUARY, MARCH = 1767225600, 1769904000, 1772323200  # 2026-01-01, 2026-02-01, 2026-03-01, 00:00 UTC


def test_whats_new_after_an_article_then_a_codebook_edit(tmp_path: Path) -> None:
    project = make_attack_project(tmp_path / "p", articles=3)
    assert _build(project)[0] is None  # a first build has nothing to compare with
    assert (project / ".cache" / "briefing" / "last-build.json").is_file()
    assert _build(project)[0] is None  # nothing changed

    write_article(project / "corpus" / "articles" / "new-one.md", "A <b>new</b> report", dt.date(2025, 6, 1),
                  "SEMAR seized a shipment tied to fuel theft near the port.\n")
    section, _ = _build(project, JANUARY)
    assert section is not None
    assert "The newest article added:" in section
    assert '<a href="articles/new-one/">A &lt;b&gt;new&lt;/b&gt; report</a>' in section
    assert '<time datetime="2026-01-01T00:00:00Z">1 January 2026, 00:00 UTC</time>' in section
    assert sorted(_linked(section)) == ["actors/semar/", "articles/new-one/", "threats/fuel-theft/"], section
    assert "Topics with new evidence" in section
    assert set(_linked(section)) <= _in_feed(project)

    for _ in range(2):  # a check, then a deploy: a build that changed nothing keeps the list
        assert _build(project, FEBRUARY)[0] == section
        assert set(_linked(section)) <= _in_feed(project)

    topics = project / "corpus" / "topics" / "challenges.yml"
    entries = yaml.safe_load(topics.read_text(encoding="utf-8"))
    entries[0]["aliases"].append("training")  # "funded training against corruption": new mentions
    topics.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    section, _ = _build(project, FEBRUARY)
    assert section is not None and '<a href="articles/new-one/">' in section  # still among the newest
    evidence = section.split("with new evidence:")[1]
    assert _linked(evidence)[0] == "challenges/corruption/", section  # the newest change first
    # An alias added: the new mentions came from the articles already there, by a codebook change.
    assert re.search(r'<span class="muted">\d+ → \d+ mentions</span> from a change to its names in the codebook, '
                     r'<span class="muted"><time', evidence), evidence
    assert "1 February 2026" in evidence.split("</li>")[0] and "1 January 2026" in evidence.split("</li>")[1]
    assert set(_linked(section)) <= _in_feed(project)

    entries.append({"id": "customs", "name": "Customs <i>office</i>", "aliases": ["port"], "summary": "S."})
    topics.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    section, _ = _build(project, MARCH)
    assert section is not None and "New topic in the codebook:" in section
    assert '<a href="challenges/customs/">Customs &lt;i&gt;office&lt;/i&gt;</a>' in section
    assert "challenges/customs/" not in section.split("with new evidence:")[1]  # its mentions are not new evidence
    assert set(_linked(section)) <= _in_feed(project)

    (project / "corpus" / "articles" / "new-one.md").unlink()  # what the briefing no longer holds is not listed
    section, _ = _build(project, MARCH)
    assert section is not None and "articles/new-one/" not in section


def test_a_damaged_record_is_ignored_with_a_note(tmp_path: Path) -> None:
    project = make_attack_project(tmp_path / "p", articles=2)
    _build(project)
    record = project / ".cache" / "briefing" / "last-build.json"
    damaged = (b"{not json", b'{"format": 1, "articles": [1], "evidence": {}, "candidates": []}', b"[]", b"\xff\xfe",
               b'{"format": 2, "articles": {}, "evidence": {}, "candidates": [], "changes": [{"topic": 1}]}',
               b'{"format": 2, "articles": {"a": 5}, "evidence": {}, "candidates": [], "changes": []}',
               b'{"format": 2, "articles": {"a": "<b>soon</b>"}, "evidence": {}, "candidates": [], "changes": []}',
               b'{"format": 2, "articles": {}, "evidence": {}, "candidates": [],'
               b' "changes": [{"topic": "semar", "before": 1, "now": 2, "at": "yesterday"}]}',
               b'{"format": 3, "articles": {}, "evidence": {}, "candidates": {"UN": "<i>soon</i>"}, "changes": []}',
               b'{"format": 3, "articles": {}, "evidence": {}, "candidates": ["UN"], "changes": []}')
    for damage in damaged:
        record.write_bytes(damage)
        section, said = _build(project)
        assert section is None
        assert "last-build.json: the record of the previous build is damaged" in said, said
        assert "Traceback" not in said


def test_a_record_of_the_first_format_still_counts(tmp_path: Path) -> None:
    """A record written before it kept moments and changes: read, not reported as damaged."""
    project = make_attack_project(tmp_path / "p", articles=2)
    _build(project)
    record = project / ".cache" / "briefing" / "last-build.json"
    record.write_text('{"format": 1, "articles": ["article-0000"], "evidence": {}, "candidates": []}', encoding="utf-8")
    section, said = _build(project)
    assert section is not None and "damaged" not in said
    assert '<a href="articles/article-0001/">' in section and '<a href="articles/article-0000/">' not in section


def test_the_record_keeps_when_articles_entered_and_the_newest_changes(tmp_path: Path) -> None:
    """Moments carried over from build to build, new ones for new articles, changes newest first and bounded."""
    project = make_attack_project(tmp_path / "p", articles=3)
    briefing = build(project / "corpus", Options(pages=False)).briefing
    first = seen_now(None, briefing, None, "2030-01-01T00:00:00Z")
    assert set(first.added.values()) == {None} and first.changes == ()  # a first build: published dates stand in
    assert added_moments(first, briefing.articles) == {a.id: a.published.isoformat() for a in briefing.articles
                                                       if a.published}
    record = tmp_path / "last-build.json"
    earlier = tuple(Change("semar", n, n + 1, f"2029-01-01T00:{n:02d}:00Z") for n in range(HISTORY))
    write_record(record, Seen(first.added, {**first.evidence, "semar": 0}, first.candidates, earlier))
    previous = read_record(record)
    assert previous is not None and previous.changes == earlier and previous.added == first.added

    write_article(project / "corpus" / "articles" / "later.md", "Later", dt.date(2020, 1, 1),
                  "SEMAR seized a shipment tied to fuel theft near the port.\n")
    briefing = build(project / "corpus", Options(pages=False)).briefing
    changes = changes_since(previous, briefing)
    now = seen_now(previous, briefing, changes, "2030-02-01T00:00:00Z")
    assert now.added["later"] == "2030-02-01T00:00:00Z"
    assert all(now.added[a] is None for a in first.added)
    assert added_moments(now, briefing.articles)["later"] == "2030-02-01T00:00:00Z"
    assert len(now.changes) == HISTORY and now.changes[0].at == "2030-02-01T00:00:00Z"
    assert {c.topic for c in now.changes if c.at.startswith("2030")} == {"semar", "fuel-theft"}
    assert now.changes[-1] == earlier[HISTORY - 1 - len([c for c in now.changes if c.at.startswith("2030")])]


def test_a_new_name_for_the_review_queue_keeps_its_moment(tmp_path: Path) -> None:
    project = new_project(tmp_path / "reef")
    briefing = build(project / "corpus", Options(pages=False)).briefing
    assert "Blue Fin Consortium" in {c.text for c in briefing.candidates}
    first = seen_now(None, briefing, None, "2030-01-01T00:00:00Z")
    assert recent(first, briefing).candidates == ()  # a first build: nothing is new
    before = Seen(first.added, first.evidence, {}, ())  # a record from before the name appeared
    now = seen_now(before, briefing, changes_since(before, briefing), "2030-02-01T10:30:00Z")
    later = seen_now(now, briefing, changes_since(now, briefing), "2030-03-01T00:00:00Z")
    assert later.candidates["Blue Fin Consortium"] == "2030-02-01T10:30:00Z"  # kept, not renewed
    section = whats_new_html(recent(later, briefing))
    assert re.search(r"<li>Blue Fin Consortium <span class=\"muted\"><time datetime=\"2030-02-01T10:30:00Z\">"
                     r"1 February 2030, 10:30 UTC</time>", section), section


def test_the_changes_of_one_build_are_listed_under_its_moment_once(tmp_path: Path) -> None:
    """Eighteen topics accepted at once were eighteen lines each with the same time."""
    briefing = build(make_attack_project(tmp_path / "p", articles=3) / "corpus", Options(pages=False)).briefing
    first, second, third = briefing.topics[:3]
    february, january = "2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z"
    section = whats_new_html(Recent((), ((first, february), (second, february), (third, january)), (), ()))
    assert section.count("1 February 2026, 00:00 UTC") == 1 and section.count("1 January 2026, 00:00 UTC") == 1
    run = re.search(r"<li><span class=\"muted\"><time[^>]*>1 February 2026, 00:00 UTC</time></span>\s*<ul>(.*?)</ul>",
                    section, re.S)
    assert run, section
    assert re.findall(r'<a href="([^"]+)">', run.group(1)) == [first.site_url, second.site_url]
    alone = rf'<li><a href="{third.site_url}">{third.name}</a> <span class="muted"><time datetime="{january}">'
    assert alone in section, section
