"""Both searches (Material's and Pagefind's), in Chromium on a briefing written with accents
(tests/sahel_project.py): a query typed without accents finds what is written with them, an
alias puts its topic before the articles that repeat it, an author's name her articles before
the topic pages that cite them, and the Statements page's filter is not indexed."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser import SKIP_ENV, Guard, SiteServer
from tests.sahel_project import make_sahel_project

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(os.environ.get(SKIP_ENV) == "1", reason=f"{SKIP_ENV}=1"),
]
SEARCHES = ("material", "pagefind")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SiteServer]]:
    servers: dict[str, SiteServer] = {}
    try:
        for search in SEARCHES:
            project = make_sahel_project(tmp_path_factory.mktemp(search) / "sahel", search)
            result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                                    capture_output=True, text=True, timeout=300, check=False)
            assert result.returncode == 0, result.stderr
            servers[search] = SiteServer(project / "site", "/sahel/").start()
        yield servers
    finally:
        for server in servers.values():
            server.stop()


def _results(browser: Any, server: SiteServer, search: str, query: str) -> list[str]:
    """The result links a reader sees for `query`, first first, relative to the site."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    guard = Guard(server.host)
    guard.attach(context)
    page = context.new_page()
    guard.watch_page(page)
    try:
        page.goto(server.base_url + "articles/", wait_until="networkidle")
        page.keyboard.press("/")
        if search == "material":
            box = page.locator("input.md-search__input")
            box.press_sequentially(query, delay=20)  # Material listens to key events
            page.wait_for_function(
                """q => document.querySelector('input.md-search__input').value === q
                       && document.querySelectorAll('.md-search-result__item').length > 0""",
                arg=query, timeout=30_000,
            )
            links = _settled(page, ".md-search-result__item > a.md-search-result__link")
        else:
            page.keyboard.type(query, delay=10)
            page.wait_for_function(
                """q => document.querySelector('.briefing-search__results').dataset.query === q
                       && document.querySelectorAll('.briefing-search__result').length > 0""",
                arg=query, timeout=30_000,
            )
            links = _settled(page, ".briefing-search__result a")
        guard.assert_clean()
        return [link.removeprefix(server.base_url).split("?")[0] for link in links]
    finally:
        context.close()


def _settled(page: Any, selector: str) -> list[str]:
    """The links `selector` finds once they stay the same for half a second (a result list
    of a query typed letter by letter is replaced as each letter comes)."""
    links: list[str] = []
    for _ in range(40):
        now = page.eval_on_selector_all(selector, "links => links.map(a => a.href)")
        if now and now == links:
            return links
        links = now
        page.wait_for_timeout(500)
    raise AssertionError(f"the results of {selector} did not settle: {links}")


def _pages(links: list[str]) -> list[str]:
    """The pages of the results, each once, in order (Material lists a page's sections too)."""
    return list(dict.fromkeys(link.split("#")[0] for link in links))


@pytest.mark.parametrize("search", SEARCHES)
@pytest.mark.parametrize(("typed", "written"), [("Menaka", "Ménaka"), ("Goita", "Goïta"), ("Keita", "Kéïta")])
def test_a_query_without_accents_finds_what_has_them(browser: Any, sites: dict[str, SiteServer], search: str,
                                                     typed: str, written: str) -> None:
    plain = _pages(_results(browser, sites[search], search, typed))
    accented = _pages(_results(browser, sites[search], search, written))
    assert len(plain) == len(accented) and set(plain) == set(accented), (set(plain) ^ set(accented), plain, accented)
    assert set(plain[:3]) == set(accented[:3]), (plain, accented)  # ranked alike (ties may swap)


@pytest.mark.parametrize("search", SEARCHES)
@pytest.mark.parametrize(("query", "first"), [("JNIM", "actors/jnim/"), ("Goita", "actors/assimi-goita/"),
                                              ("FAMa", "actors/fama/")])
def test_an_alias_puts_its_topic_first(browser: Any, sites: dict[str, SiteServer], search: str, query: str,
                                       first: str) -> None:
    """"JNIM claims the Ménaka attack" has JNIM in its title and six times in its text."""
    shown = _pages(_results(browser, sites[search], search, query))
    assert shown[0] == first, shown


@pytest.mark.parametrize("search", SEARCHES)
@pytest.mark.parametrize(("author", "articles"), [("Aminata", {"articles/menaka-convoy/"}),
                                                  ("Diallo", {"articles/bamako-talks/", "articles/gao-market/",
                                                              "articles/jnim-claims/"})])
def test_an_author_finds_her_articles_first(browser: Any, sites: dict[str, SiteServer], search: str, author: str,
                                            articles: set[str]) -> None:
    shown = _pages(_results(browser, sites[search], search, author))
    assert set(shown[: len(articles)]) == articles, shown


@pytest.mark.parametrize("search", SEARCHES)
def test_the_statements_filter_is_not_indexed(browser: Any, sites: dict[str, SiteServer], search: str) -> None:
    """Goïta is a speaker of the Statements page: his statements are found on their articles."""
    shown = _pages(_results(browser, sites[search], search, "Goita"))
    assert "articles/bamako-talks/" in shown and "analysis/statements/" not in shown, shown


def test_the_folded_words_are_hidden_in_material_results(browser: Any, sites: dict[str, SiteServer]) -> None:
    server = sites["material"]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(server.base_url + "articles/", wait_until="networkidle")
        page.keyboard.press("/")
        page.locator("input.md-search__input").press_sequentially("Menaka", delay=20)
        page.wait_for_function("() => document.querySelectorAll('.md-search-result__item').length > 0",
                               timeout=30_000)
        shown = page.locator(".md-search-result").inner_text()
        assert "Ménaka" in shown
        assert "Menaka" not in shown and "Goita" not in shown, shown
    finally:
        context.close()


def test_the_site_folder_holds_no_folded_words(sites: dict[str, SiteServer]) -> None:
    """Only the index holds them: the pages readers see keep their text as written."""
    site = sites["material"].site_dir
    page = (site / "articles" / "menaka-convoy" / "index.html").read_text(encoding="utf-8")
    assert "Ménaka" in page and "Menaka" not in page.replace("menaka-convoy", "")
    assert "<sub>" not in page
