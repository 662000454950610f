"""A briefing on another subject, made as a new user makes one: `briefing new`, `briefing add`
of real texts (tests/fixtures/red-sea/), a codebook of its own, `briefing build` and `mkdocs
build`. Its site shows its own title and topics with their evidence, and nothing of the
subject the repository ships: whatever names that subject comes from its articles, or it is a
leak from the tool (a template, the starter, a default) to fix at its source."""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest
import yaml

from tests.helpers import ROOT, run_briefing

TEXTS = ROOT / "tests" / "fixtures" / "red-sea"
TITLE = "Red Sea shipping attacks"
DESCRIPTION = "Attacks on ships in the Red Sea since 2023: who attacks, who defends, with what."
# Words of the shipped briefing's subject (US–Mexico security cooperation) and of its codebook.
SHIPPED_WORDS = ("US–Mexico", "US-Mexico", "U.S.-Mexico", "Mexico", "Mexican", "cartel", "Sheinbaum", "Mérida",
                 "Merida", "SEDENA", "SEMAR", "NORTHCOM", "Rubio", "fentanyl", "huachicol", "Sinaloa", "Jalisco",
                 "narcotics", "border security", "migration", "Bicentennial")
CODEBOOK: dict[str, list[dict[str, Any]]] = {
    "threats": [
        {"id": "houthi-attacks", "name": "Houthi attacks on shipping",
         "aliases": ["Houthi attacks", "attacks against merchant vessels"],
         "summary": "Missile, drone and boat attacks by the Houthis on ships near Yemen."},
        {"id": "unmanned-vessels", "name": "Unmanned vessels",
         "aliases": ["unmanned surface vessel", "unmanned underwater vessel", "USV", "UUV"],
         "summary": "Explosive boats and underwater drones used against shipping."},
    ],
    "actors": [
        {"id": "houthis", "name": "Houthi movement", "aliases": ["Houthis", "Houthi rebels", "Ansar Allah"],
         "summary": "The Iran-backed movement that controls much of northern Yemen.", "type": "armed force",
         "country": "Yemen"},
        {"id": "centcom", "name": "U.S. Central Command", "aliases": ["CENTCOM"],
         "summary": "The US command conducting strikes in Yemen.", "type": "armed force",
         "country": "United States"},
        {"id": "brad-cooper", "name": "Brad Cooper", "aliases": ["Vice Adm. Brad Cooper"],
         "summary": "Commander of Naval Forces Central Command.", "type": "person", "country": "United States"},
    ],
    "programs": [
        {"id": "operation-prosperity-guardian", "name": "Operation Prosperity Guardian",
         "aliases": ["Prosperity Guardian"], "summary": "The multinational operation protecting Red Sea shipping.",
         "started": 2023},
    ],
    "challenges": [
        {"id": "freedom-of-navigation", "name": "Freedom of navigation", "aliases": [],
         "summary": "Ships passing the Red Sea unmolested."},
        {"id": "shipping-costs", "name": "Shipping costs", "aliases": ["diverting traffic"],
         "summary": "What the attacks add to the cost of trade."},
    ],
}
TOPIC_IDS = [entry["id"] for entries in CODEBOOK.values() for entry in entries]


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Red Sea briefing, from `briefing new` to `briefing build`, as its README tells a user."""
    folder = tmp_path_factory.mktemp("second") / "red-sea"
    ok(run_briefing("new", str(folder), "--title", TITLE, "--description", DESCRIPTION, cwd=folder.parent))
    ok(run_briefing("add", *(str(p) for p in sorted(TEXTS.glob("*.md")) if p.name != "README.md"), cwd=folder))
    ok(run_briefing("add", str(TEXTS / "joint-statement-houthi-attacks-2023.txt"),
                    "--title", "Joint Statement on Houthi Attacks in the Red Sea (excerpt)",
                    "--publisher", "U.S. Department of State", "--type", "news",
                    "--url", "https://www.navaltoday.com/2023/12/22/us-creates-naval-coalition-to-protect-shipping-in-red-sea/",
                    cwd=folder))
    for kind, entries in CODEBOOK.items():
        (folder / "corpus" / "topics" / f"{kind}.yml").write_text(
            f"# {TITLE}: {kind}\n" + yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    ok(run_briefing("build", cwd=folder))
    return folder


def article_text(folder: Path) -> str:
    """Everything the briefing's own articles say, front matter included."""
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((folder / "corpus" / "articles").glob("*.md")))


def test_every_text_is_an_article_and_every_topic_is_found(briefing: Path) -> None:
    data = json.loads((briefing / "site" / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5
    found = {topic["id"]: len(topic["mentions"]) for topic in data["topics"]}
    assert sorted(found) == sorted(TOPIC_IDS)
    assert [topic for topic, count in found.items() if count == 0] == []


def test_the_home_page_carries_its_own_title_and_description(briefing: Path) -> None:
    home = lxml.html.fromstring((briefing / "site" / "index.html").read_bytes())
    assert [h.text_content() for h in home.xpath("//h1")] == [TITLE]
    assert home.xpath("string(//title)").endswith(TITLE)
    assert home.xpath("string(//meta[@name='description']/@content)") == DESCRIPTION


def test_each_topic_page_quotes_its_evidence_from_the_paragraph_it_links(briefing: Path) -> None:
    site = briefing / "site"
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    for topic in data["topics"]:
        page = lxml.html.fromstring((site / topic["url"] / "index.html").read_bytes())
        assert page.xpath("string(//h1)").strip() == topic["name"]
        quotes = page.xpath("//section[contains(@class, 'evidence')]//ul[contains(@class, 'evidence__quotes')]/li")
        assert quotes, f"{topic['id']}: no evidence on its page"
        for quote in quotes:
            link = urlsplit(urljoin(f"http://site/{topic['url']}", quote.xpath("string(.//a/@href)")))
            assert re.fullmatch(r"/articles/[^/]+/", link.path) and re.fullmatch(r"p\d+", link.fragment), link
            article = lxml.html.fromstring((site / link.path.strip("/") / "index.html").read_bytes())
            paragraph = " ".join(article.get_element_by_id(link.fragment).text_content().split())
            sentence = " ".join(quote.xpath("string(./q)").split())
            assert sentence and sentence in paragraph, (topic["id"], sentence, paragraph)


def test_mkdocs_builds_the_same_briefing(briefing: Path, tmp_path: Path) -> None:
    site = tmp_path / "mkdocs-site"
    ok(subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)], check=False,
                      cwd=briefing, capture_output=True, text=True, timeout=600))
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert pages == sorted(p.relative_to(briefing / "site").as_posix() for p in (briefing / "site").rglob("index.html"))
    assert [h.text_content() for h in lxml.html.fromstring((site / "index.html").read_bytes()).xpath("//h1")] == [TITLE]


def test_nothing_of_the_shipped_subject_appears_unless_its_articles_say_it(briefing: Path) -> None:
    own = article_text(briefing).casefold()
    foreign = [word for word in SHIPPED_WORDS if word.casefold() not in own]
    assert "Mexico" in foreign and "cartel" in foreign  # the check has something to find
    read = [p for p in sorted((briefing / "site").rglob("*"))
            if p.is_file() and p.suffix in {".html", ".json", ".xml", ".js", ".css", ".txt"}]
    assert {"briefing.json", "feed.xml", "search_index.json"} <= {p.name for p in read}
    leaks = [f"{path.relative_to(briefing)}: {word}" for path in read
             for word in foreign if word.casefold() in html.unescape(path.read_text(encoding="utf-8")).casefold()]
    assert leaks == []
