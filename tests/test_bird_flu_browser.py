"""The H5N1 briefing of a newcomer's trial in Chromium, under a sub-path as GitHub Pages serves it:
its name, `"Bird flu" & dairy`, is what the header shows and what a screen reader hears for the
logo link on every page, and a publisher's name finds its articles in search."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.bird_flu_project import TITLE, new_bird_flu_project
from tests.browser import SKIP_ENV, Guard, SiteServer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(os.environ.get(SKIP_ENV) == "1", reason=f"{SKIP_ENV}=1"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    project: Path = new_bird_flu_project(tmp_path_factory.mktemp("bird-flu-browser") / "flu")
    served = SiteServer(project / "site", "/briefing/").start()
    try:
        yield served
    finally:
        served.stop()


@pytest.fixture
def page(browser: Any, server: SiteServer) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    guard = Guard(server.host)
    guard.attach(context)
    opened = context.new_page()
    guard.watch_page(opened)
    try:
        yield opened
        guard.assert_clean()
    finally:
        context.close()


@pytest.mark.parametrize("path", ["", "actors/", "articles/colorado-layer-operation/", "analysis/review/"])
def test_the_site_name_with_quotes_is_the_logos_name_and_the_headers_title(page: Any, server: SiteServer,
                                                                          path: str) -> None:
    page.goto(server.base_url + path, wait_until="networkidle")
    logos = page.locator("a.md-logo")
    assert logos.count() == 2
    assert [logos.nth(i).get_attribute("aria-label") for i in range(2)] == [TITLE, TITLE]
    assert page.get_by_role("link", name=TITLE, exact=True).first.is_visible()
    assert page.locator(".md-header__topic").first.inner_text().strip() == TITLE


def test_a_publishers_name_finds_its_article(page: Any, server: SiteServer) -> None:
    """The index held "PublisherWATTPoultry": the publisher's name was no word of its own."""
    page.goto(server.base_url + "articles/", wait_until="networkidle")
    page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially("WATTPoultry", delay=20)
    page.wait_for_function(
        """() => document.querySelector('input.md-search__input').value === 'WATTPoultry'
                 && document.querySelector('.md-search-result__meta')
                 && !/Type to start searching|Initializing/.test(
                        document.querySelector('.md-search-result__meta').textContent)""",
        timeout=30_000,
    )
    links = page.eval_on_selector_all(".md-search-result__item > a.md-search-result__link",
                                      "links => links.map(a => a.href)")
    shown = [link.removeprefix(server.base_url).split("?")[0].split("#")[0] for link in links]
    assert "articles/colorado-layer-operation/" in shown, shown  # its topics' pages name the publisher too
