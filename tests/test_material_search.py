"""Material's search (`search: material`, the setting of this repository's small briefing), in
Chromium under a sub-path on a fixture of the tests' own, so both search settings stay tested
whatever corpus ships: an alias puts its topic first, the match is highlighted, hostile titles
stay text, and nothing loads from another host. (Pagefind's: test_pagefind.py.)
"""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.attack_project import make_attack_project
from tests.browser import SKIP_ENV, Guard, SiteServer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(os.environ.get(SKIP_ENV) == "1", reason=f"{SKIP_ENV}=1"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    project = make_attack_project(tmp_path_factory.mktemp("material") / "p", articles=4, hostile_text=True)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if "\n      search: material" not in text:  # chosen here, whatever the shipped file comes to say
        assert "\n  - briefing:\n" in text
        text = text.replace("\n  - briefing:\n", "\n  - briefing:\n      search: material\n", 1)
        config.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "search" / "search_index.json").is_file()
    assert not (project / "site" / "pagefind").exists()
    served = SiteServer(project / "site", "/briefing/").start()
    try:
        yield served
    finally:
        served.stop()


def _search(page: Any, query: str) -> list[str]:
    """Types `query` into Material's box as a reader would (after `/`); the result links, first first."""
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    box.press("Control+a")
    box.press("Backspace")
    box.press_sequentially(query, delay=20)  # Material listens to key events
    page.wait_for_function(
        """q => document.querySelector('input.md-search__input').value === q
               && document.querySelectorAll('.md-search-result__item').length > 0""",
        arg=query, timeout=30_000,
    )
    return page.eval_on_selector_all(".md-search-result__item > a.md-search-result__link",
                                     "links => links.map(a => a.href)")


@pytest.mark.parametrize(
    ("query", "topic"),
    [("huachicol", "threats/fuel-theft/"), ("SEMAR", "actors/semar/"), ("Mexican Navy", "actors/semar/"),
     ("Merida", "programs/merida/"), ("Mérida", "programs/merida/"), ("graft", "challenges/corruption/")],
)
def test_an_alias_puts_its_topic_first(browser: Any, server: SiteServer, query: str, topic: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    guard = Guard(server.host)
    guard.attach(context)
    page = context.new_page()
    guard.watch_page(page)
    try:
        page.goto(server.base_url + "articles/", wait_until="networkidle")
        links = _search(page, query)
        shown = [link.removeprefix(server.base_url).split("?")[0] for link in links]
        assert shown[0] == topic, shown[:5]
        assert all(link.startswith(server.base_url) for link in links)  # under the sub-path
        assert page.locator(".md-search-result__item mark").count() > 0  # the match highlighted
        guard.assert_clean()
    finally:
        context.close()


def test_hostile_titles_are_text_in_results(browser: Any, server: SiteServer) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script("window.__pwned = [];")
    guard = Guard(server.host)
    guard.attach(context)
    page = context.new_page()
    guard.watch_page(page)
    try:
        page.goto(server.base_url, wait_until="networkidle")
        _search(page, "onerror")
        shown = page.inner_text(".md-search-result__list")
        assert "onerror" in shown
        assert page.locator(".md-search-result img, .md-search-result script").count() == 0
        assert page.evaluate("window.__pwned") == []
        guard.assert_clean()
    finally:
        context.close()
