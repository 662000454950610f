"""What a returning reader of the carp trial's briefing (evaluation/trials/carp) was told wrong:
feed.xml dated every undated article with the newest article's date (a years-old press release
"updated 2024-07-03"); an alias added showed "New evidence on Seth Herbst: 3 → 5 mentions" as if
articles had brought it; a removed topic or article vanished from What is new without a word and
the topic's address answered 404. Built with the real command on the trial's real texts."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from build_site.whats_new import HISTORY, Removed, Seen, read_record, write_record
from tests.helpers import ROOT, run_briefing

TRIAL = ROOT / "evaluation" / "trials" / "carp"
A = "{http://www.w3.org/2005/Atom}"
SECTION = re.compile(r'<section class="whats-new".*?</section>', re.S)
KINDS = ("agency", "official", "project", "risk", "place")
# Pasted inputs of the trial: (file, published); the Michigan News Source and WMI texts state no day.
FIRST = {"mns-st-joseph-edna.txt": None, "tribune-electric-barrier.txt": "2011-04-07"}
LATER = {"wmi-public-input.txt": None, "wenatchee-copi.txt": "2022-08-10"}


def add(project: Path, name: str, published: str | None) -> str:
    """The trial's pasted text as an article (its first line the title, its text after the lines
    above the first blank one); its id."""
    head, body = (TRIAL / "inputs" / name).read_text(encoding="utf-8").split("\n\n", 1)
    meta = {"title": head.splitlines()[0], "type": "news", **({"published": published} if published else {})}
    article = project / "corpus" / "articles" / name.replace(".txt", ".md")
    article.write_text(f"---\n{yaml.safe_dump(meta, sort_keys=False)}---\n\n{body}", encoding="utf-8")
    return article.stem


def carp_briefing(folder: Path) -> Path:
    """The trial's briefing: its kinds, its codebook, its first two texts."""
    result = run_briefing(
        "new", str(folder), "--title", "Invasive carp", *(f"--kind={k}" for k in KINDS), cwd=folder.parent
    )
    assert result.returncode == 0, result.stderr
    for name in ("agencies.yml", "officials.yml", "projects.yml", "risks.yml", "places.yml"):
        shutil.copy(TRIAL / "codebook" / name, folder / "corpus" / "topics" / name)
    for name, published in FIRST.items():
        add(folder, name, published)
    return folder


def build(project: Path, epoch: int | None = None) -> tuple[str, ET.Element]:
    """`briefing build` dated by the clock, or by `epoch` as a user sets SOURCE_DATE_EPOCH; the home
    page's What is new (empty if none) and the feed."""
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = str(epoch)
    result = subprocess.run(
        [sys.executable, "-m", "build_site", "build", "-q"],
        check=False,
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    found = SECTION.search((project / "site" / "index.html").read_text(encoding="utf-8"))
    return (found.group(0) if found else ""), ET.parse(project / "site" / "feed.xml").getroot()


def updated(feed: ET.Element) -> dict[str, str]:
    """Each entry's link and its `updated`."""
    return {e.find(f"{A}link").get("href", ""): e.findtext(f"{A}updated", "") for e in feed.findall(f"{A}entry")}  # type: ignore[union-attr]


def edit(path: Path, change: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> None:
    """A kind file of the codebook, rewritten with `change` made to its entries."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump(change(entries), allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_an_undated_article_is_dated_in_the_feed_by_when_it_entered(tmp_path: Path) -> None:
    project = carp_briefing(tmp_path / "carp")
    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    _, feed = build(project)
    undated, dated = "articles/mns-st-joseph-edna/", "articles/tribune-electric-barrier/"
    first = updated(feed)
    assert first[dated] == "2011-04-07T00:00:00Z"  # a dated article of the first build: its date stands in
    assert first[undated] != first[dated]  # not the newest article's date, which the build pins
    assert started <= dt.datetime.fromisoformat(first[undated]) <= dt.datetime.now(dt.UTC)  # the first build's moment
    time.sleep(1.1)
    later = {add(project, name, published) for name, published in LATER.items()}
    _, feed = build(project)
    second = updated(feed)
    assert second[undated] == first[undated]  # the record keeps it: a feed reader sees no change
    assert second["articles/wmi-public-input/"] > first[undated]  # an undated article added later: that build
    assert second["articles/wenatchee-copi/"] == second["articles/wmi-public-input/"]  # entered together
    assert later == {"wmi-public-input", "wenatchee-copi"}


def test_new_evidence_says_what_brought_it(tmp_path: Path) -> None:
    """An alias added to an agency (a surname needs none: an official's counts once the article
    names the person) brings evidence the home page and the feed say came from the codebook."""
    project = carp_briefing(tmp_path / "carp")
    agencies = project / "corpus" / "topics" / "agencies.yml"

    def service(aliases: list[str]) -> Callable[[list[dict[str, Any]]], list[dict[str, Any]]]:
        return lambda entries: [{**e, "aliases": aliases} if e["id"] == "wildlife-service" else e for e in entries]

    edit(agencies, service([]))
    build(project, 1767225600)
    edit(agencies, service(["USFWS", "Fish and Wildlife Service"]))  # as the trial's reader wrote them
    section, feed = build(project, 1769904000)
    assert re.search(
        r'<a href="agencies/wildlife-service/">U.S. Fish and Wildlife Service</a> <span class="muted">3 → 4 '
        r"mentions</span> from a change to its names in the codebook",
        section,
    ), section
    titles = [e.findtext(f"{A}title") for e in feed.findall(f"{A}entry")]
    assert "New evidence on U.S. Fish and Wildlife Service: 3 → 4 mentions from a change to its names in the codebook" in titles
    # Counter-example: evidence a new article brings says so.
    (project / "corpus" / "articles" / "again.md").write_text(
        "---\ntitle: Again\n---\n\nThe U.S. Fish and Wildlife Service ran the eDNA survey again.\n",
        encoding="utf-8",
    )
    section, _ = build(project, 1772323200)
    assert '<span class="muted">4 → 5 mentions</span> in new articles' in section, section


def test_a_removed_topic_and_article_are_listed_and_the_topics_address_says_so(tmp_path: Path) -> None:
    project = carp_briefing(tmp_path / "carp")
    topics = project / "corpus" / "topics"
    build(project, 1767225600)
    edit(topics / "officials.yml", lambda entries: [e for e in entries if e["id"] != "john-goss"])
    places = yaml.safe_load((topics / "places.yml").read_text(encoding="utf-8"))
    lakes = next(e for e in places if e["id"] == "great-lakes")
    edit(topics / "places.yml", lambda entries: [e for e in entries if e["id"] != "great-lakes"])
    edit(topics / "risks.yml", lambda entries: [*entries, lakes])  # the codebook keeps its id under another kind
    (project / "corpus" / "articles" / "tribune-electric-barrier.md").unlink()
    section, _ = build(project, 1769904000)  # `briefing build` checks every link: the pages' land
    removed = section.split("Removed from the briefing:")[1]
    assert "the topic John Goss" in removed and "the article New electric barrier takes aim at Asian carp" in removed
    assert (
        'the topic Great Lakes <span class="muted">(now <a href="risks/great-lakes/">under another kind</a>)' in removed
    )
    assert "articles/tribune-electric-barrier/" not in section  # what is gone is not linked
    goss = (project / "site" / "officials" / "john-goss" / "index.html").read_text(encoding="utf-8")
    assert "<h1>John Goss</h1>" in goss and "This topic was removed from the briefing" in goss
    assert '<meta http-equiv="Content-Security-Policy"' in goss and '<a href="../../">Invasive carp</a>' in goss
    moved = (project / "site" / "places" / "great-lakes" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../risks/great-lakes/">its page is now here</a>' in moved
    assert (project / "site" / "risks" / "great-lakes" / "index.html").is_file()

    # Counter-example: a topic back at its address is served again, and no longer listed as removed.
    edit(
        topics / "officials.yml", lambda entries: [*entries, {"id": "john-goss", "name": "John Goss", "summary": "S."}]
    )
    section, _ = build(project, 1772323200)
    assert "the topic John Goss" not in section and "the topic Great Lakes" in section
    assert "This topic was removed" not in (project / "site" / "officials" / "john-goss" / "index.html").read_text(
        encoding="utf-8"
    )


def test_removals_are_bounded_and_a_planted_address_is_refused(tmp_path: Path) -> None:
    record = tmp_path / "last-build.json"
    gone = tuple(
        Removed("topic", f"t{n}", f"<b>T{n}</b>", f"places/t{n}/", None, "2026-01-01T00:00:00Z")
        for n in range(HISTORY + 5)
    )
    write_record(record, Seen({}, {}, {}, (), "2026-01-01T00:00:00Z", {}, {}, gone))
    assert read_record(record) == Seen({}, {}, {}, (), "2026-01-01T00:00:00Z", {}, {}, gone[:HISTORY])
    for planted in ("../../../outside/", "places/../../x/", "/etc/"):
        text = record.read_text(encoding="utf-8").replace('"places/t0/"', f'"{planted}"')
        record.write_text(text, encoding="utf-8")
        with pytest.raises(ValueError, match="removed"):
            read_record(record)
        write_record(record, Seen({}, {}, {}, (), None, {}, {}, gone))
