"""Material's search in Chromium, on a briefing of the test's own: a query that is the phrase
of articles' titles, written there in quotation marks ("‘insider threats’", "'insider threats,'"),
finds those articles before a topic page whose alias holds one word of it ("phishing threats")
and before the kind's index page ("Threats"); a topic's name still finds its page first. The
index parts words at punctuation (search_sections.SEPARATOR) and weighs no page so far above
another that one word of its title outranks a whole title phrase (pages.TOPIC_BOOST)."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from build_site.search_sections import SEPARATOR
from tests.attack_project import write_article
from tests.browser import SKIP_ENV, Guard, SiteServer
from tests.helpers import make_site_config

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(os.environ.get(SKIP_ENV) == "1", reason=f"{SKIP_ENV}=1"),
]

THREATS = [
    {"id": "insider-risk", "name": "Insider risk", "aliases": ["insider threats"],
     "summary": "Staff who misuse their access."},
    {"id": "phishing", "name": "Phishing", "aliases": ["phishing threats"],
     "summary": "Messages that trick staff into giving away passwords."},
]
ARTICLES = {
    "ports-warning": ("Agency warns of \u2018insider threats\u2019 at ports", [
        "The agency said dock workers were offered money for access codes.",
        "Phishing remains common, and phishing threats reach every port.",
    ]),
    "three-cases": ("Three 'insider threats,' one response", [
        "Three employees sold access to a shipping database, prosecutors said.",
    ]),
    "phishing-wave": ("A wave of phishing hits shippers", [
        "Phishing messages posed as customs notices. Phishing threats rose in March.",
    ]),
}


def make_threats_project(root: Path) -> Path:
    make_site_config(root)
    topics = root / "corpus" / "topics"
    topics.mkdir(parents=True)
    (topics / "threats.yml").write_text(yaml.safe_dump(THREATS, sort_keys=False), encoding="utf-8")
    folder = root / "corpus" / "articles"
    folder.mkdir()
    for slug, (title, paragraphs) in ARTICLES.items():
        write_article(folder / f"{slug}.md", title, dt.date(2025, 4, 1), "\n\n".join(paragraphs) + "\n",
                      publisher="Port Security News")
    return root


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    project = make_threats_project(tmp_path_factory.mktemp("phrase") / "threats")
    assert "\n      search: material" in (project / "mkdocs.yml").read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    site = SiteServer(project / "site", "/threats/").start()
    try:
        yield site
    finally:
        site.stop()


def _pages(browser: Any, server: SiteServer, query: str) -> list[str]:
    """The pages of the results a reader sees for `query`, each once, first first."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    guard = Guard(server.host)
    guard.attach(context)
    page = context.new_page()
    guard.watch_page(page)
    try:
        page.goto(server.base_url + "articles/", wait_until="networkidle")
        page.keyboard.press("/")
        page.locator("input.md-search__input").press_sequentially(query, delay=20)
        page.wait_for_function(
            """q => document.querySelector('input.md-search__input').value === q
                   && document.querySelectorAll('.md-search-result__item').length > 0""",
            arg=query, timeout=30_000,
        )
        links: list[str] = []
        for _ in range(40):  # the list is replaced as each letter comes: wait until it settles
            now = page.eval_on_selector_all(".md-search-result__item > a.md-search-result__link",
                                            "links => links.map(a => a.href)")
            if now and now == links:
                break
            links = now
            page.wait_for_timeout(500)
        guard.assert_clean()
        paths = [link.removeprefix(server.base_url).split("?")[0].split("#")[0] for link in links]
        return list(dict.fromkeys(paths))
    finally:
        context.close()


def test_the_index_parts_words_at_punctuation(server: SiteServer) -> None:
    config = json.loads((server.site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert config["separator"] == SEPARATOR


def test_a_title_phrase_finds_its_articles_before_a_topic_with_one_of_its_words(browser: Any,
                                                                                server: SiteServer) -> None:
    shown = _pages(browser, server, "insider threats")
    titled = {"articles/ports-warning/", "articles/three-cases/"}
    assert titled <= set(shown), shown
    last_titled = max(shown.index(page) for page in titled)
    for other in ("threats/phishing/", "threats/"):
        assert other not in shown or shown.index(other) > last_titled, shown


def test_a_topic_s_name_still_finds_its_page_first(browser: Any, server: SiteServer) -> None:
    assert _pages(browser, server, "Phishing")[0] == "threats/phishing/"
