"""Pagefind search (`search: pagefind`): built by every build, and used in Chromium under a sub-path, offline.

The project is the attack tests' own (tests/attack_project.py): a small codebook with aliases
and accents, generated articles, a hostile article and topic.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.attack_project import make_attack_project
from tests.browser import SKIP_ENV, Guard, SiteServer

WATCH = """
window.__pwned = [];
window.__csp = [];
for (const name of ['alert', 'confirm', 'prompt']) window[name] = (m) => window.__pwned.push(name + ':' + m);
document.addEventListener('securitypolicyviolation',
  (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def _project(root: Path, search: str) -> Path:
    project = make_attack_project(root, articles=4, hostile_text=True)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n      search: material" in text  # the shipped configuration's choice, replaced here
    config.write_text(text.replace("\n      search: material", f"\n      search: {search}", 1), encoding="utf-8")
    return project


def _run(project: Path, *command: str) -> None:
    result = subprocess.run([sys.executable, "-m", *command], cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = _project(tmp_path_factory.mktemp("pagefind") / "p", "pagefind")
    _run(project, "build_site", "build", "-q")
    return project / "site"


def _policy(html: str) -> str:
    match = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert match is not None
    return match.group(1)


def test_briefing_build_writes_the_index_and_the_box(pagefind_site: Path) -> None:
    assert (pagefind_site / "pagefind" / "pagefind.js").is_file()
    assert any((pagefind_site / "pagefind" / "fragment").iterdir())
    assert not (pagefind_site / "search" / "search_index.json").exists()  # Material's search is off
    home = (pagefind_site / "index.html").read_text(encoding="utf-8")
    assert 'class="briefing-search__input" data-bundle="./pagefind/"' in home
    assert "md-search__input" not in home
    topic = (pagefind_site / "threats" / "fuel-theft" / "index.html").read_text(encoding="utf-8")
    assert 'data-bundle="../../pagefind/"' in topic and 'src="../../assets/briefing/search.js"' in topic
    assert "'wasm-unsafe-eval'" in _policy(topic) and "unsafe-eval'" not in _policy(topic).replace("'wasm-unsafe-eval'", "")


def test_mkdocs_build_indexes_too_and_material_mode_has_no_pagefind(tmp_path: Path) -> None:
    project = _project(tmp_path / "pf", "pagefind")
    _run(project, "mkdocs", "build", "-q")
    assert (project / "site" / "pagefind" / "pagefind.js").is_file()
    material = _project(tmp_path / "mat", "material")
    _run(material, "mkdocs", "build", "-q")
    site = material / "site"
    assert (site / "search" / "search_index.json").is_file() and not (site / "pagefind").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "md-search__input" in home and 'class="briefing-search"' not in home
    assert "wasm-unsafe-eval" not in _policy(home)


# --- in Chromium ---------------------------------------------------------------------------

browser_only = pytest.mark.skipif(os.environ.get(SKIP_ENV) == "1", reason=f"{SKIP_ENV}=1")


@pytest.fixture(scope="module")
def server(pagefind_site: Path) -> Iterator[SiteServer]:
    served = SiteServer(pagefind_site, "/briefing/").start()
    try:
        yield served
    finally:
        served.stop()


class Reader:
    """A browser page on the sub-path server, guarded (no other host reachable) and watched."""

    def __init__(self, browser: Any, server: SiteServer) -> None:
        self.server = server
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.guard = Guard(server.host)
        self.guard.attach(self.context)
        self.context.add_init_script(WATCH)
        self.page = self.context.new_page()
        self.guard.watch_page(self.page)

    def goto(self, path: str) -> None:
        self.page.goto(self.server.base_url + path, wait_until="networkidle")

    def search(self, query: str) -> list[dict[str, str]]:
        """Type `query` as a reader would (after `/`), and return the results shown."""
        self.page.locator("body").click(position={"x": 5, "y": 400})
        self.page.keyboard.press("/")
        assert self.page.evaluate("document.activeElement.classList.contains('briefing-search__input')")
        self.page.keyboard.press("Control+A")
        self.page.keyboard.press("Backspace")
        self.page.keyboard.type(query, delay=10)
        self.page.wait_for_function(
            """(q) => document.querySelector('.briefing-search__results').dataset.query === q
                      && document.querySelectorAll('.briefing-search__result').length > 0""",
            arg=query, timeout=30_000,
        )
        return self.page.locator(".briefing-search__result a").evaluate_all(
            """links => links.map(a => ({href: a.href, title: a.querySelector('strong').textContent,
                 text: a.querySelector('p').textContent, marks: [...a.querySelectorAll('mark')].map(m => m.textContent)}))"""
        )

    def assert_nothing_ran(self) -> None:
        assert self.page.evaluate("window.__pwned") == []
        assert self.page.evaluate("window.__csp") == []


@pytest.fixture
def reader(browser: Any, server: SiteServer) -> Iterator[Reader]:
    session = Reader(browser, server)
    try:
        yield session
    finally:
        session.context.close()


@browser_only
@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "topic"),
    [("huachicol", "threats/fuel-theft/"), ("Mexican Navy", "actors/semar/"), ("Merida", "programs/merida/"),
     ("Mérida", "programs/merida/"), ("graft", "challenges/corruption/")],
)
def test_an_alias_puts_its_topic_first(reader: Reader, query: str, topic: str) -> None:
    reader.goto("articles/")
    results = reader.search(query)
    assert results[0]["href"] == reader.server.base_url + topic, results[:3]
    assert all(r["href"].startswith(reader.server.base_url) for r in results)  # under the sub-path
    assert any(r["marks"] for r in results)  # the match highlighted in a snippet
    reader.page.locator(".briefing-search__result a").first.click()
    reader.page.wait_for_load_state("networkidle")
    assert reader.page.url == reader.server.base_url + topic
    reader.assert_nothing_ran()
    reader.guard.assert_clean()


@browser_only
@pytest.mark.browser
def test_a_quoted_sentence_is_found_on_its_article_only(reader: Reader) -> None:
    reader.goto("")
    results = reader.search("Officials said huachicol losses fell")
    hrefs = [r["href"].removeprefix(reader.server.base_url) for r in results]
    assert hrefs and all(h.startswith("articles/") for h in hrefs[:3]), hrefs


@browser_only
@pytest.mark.browser
def test_hostile_titles_are_text_in_results(reader: Reader) -> None:
    reader.goto("")
    for query in ["hostile", "onerror", "</mark><img src=x onerror=window.__pwned.push('q')>", "Unit"]:
        reader.page.keyboard.press("/")
        reader.page.keyboard.press("Control+A")
        reader.page.keyboard.type(query, delay=5)
        reader.page.wait_for_timeout(700)
        reader.assert_nothing_ran()
    results = reader.search("pwned")
    shown = " ".join(r["title"] + " " + r["text"] for r in results)
    assert "<img src=x onerror=" in shown, shown  # shown as text, not as an element
    assert reader.page.locator(".briefing-search__results img, .briefing-search__results script").count() == 0
    reader.assert_nothing_ran()
    reader.guard.assert_clean()


@browser_only
@pytest.mark.browser
def test_filters_by_kind_type_publisher_and_year(reader: Reader) -> None:
    reader.goto("")
    reader.page.locator("input.briefing-search__input").focus()
    reader.page.wait_for_selector(".briefing-search__filters select", timeout=10_000)
    names = reader.page.locator(".briefing-search__filters select").evaluate_all("s => s.map(e => e.dataset.filter)")
    assert names == ["kind", "publisher", "type", "year"], names
    results = reader.search("huachicol")
    assert any(r["href"].endswith("/articles/article-0002/") for r in results)
    kinds = reader.page.locator('select[data-filter="kind"] option').evaluate_all("o => o.map(e => e.value)")
    assert "Threat" in kinds and "threat" not in kinds, kinds  # the kind's label, as the briefing declares it
    reader.page.select_option('select[data-filter="kind"]', "Threat")
    reader.page.wait_for_function(  # only the topic pages of that kind are left
        "() => [...document.querySelectorAll('.briefing-search__result a')].every(a => a.href.includes('/threats/'))",
        timeout=10_000,
    )
    hrefs = reader.page.locator(".briefing-search__result a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs == [reader.server.base_url + "threats/fuel-theft/"], hrefs
    reader.page.select_option('select[data-filter="kind"]', "")
    years = reader.page.locator('select[data-filter="year"] option').evaluate_all("o => o.map(e => e.value)")
    assert years[0] == "" and all(y.isdigit() for y in years[1:]) and years[1:], years
    reader.page.select_option('select[data-filter="year"]', years[1])
    reader.page.wait_for_function(
        "() => [...document.querySelectorAll('.briefing-search__result a')].every(a => a.href.includes('/articles/'))",
        timeout=10_000,
    )
    hrefs = reader.page.locator(".briefing-search__result a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all("/articles/" in h for h in hrefs), hrefs
    reader.assert_nothing_ran()
    reader.guard.assert_clean()


@browser_only
@pytest.mark.browser
def test_new_since_the_last_visit_across_reloads_and_forgotten(reader: Reader) -> None:
    reader.goto("articles/")
    assert reader.page.locator(".new-since-visit").count() == 0  # a first visit: nothing to compare with
    stored = reader.page.evaluate("JSON.parse(localStorage.getItem('briefing.visits'))")
    assert stored["previous"] is None and stored["current"] > 0
    # The visit two hours ago began on 2024-01-02: the articles of the 3rd and later are new.
    reader.page.evaluate("""() => localStorage.setItem('briefing.visits', JSON.stringify({previous: null,
        current: Date.parse('2024-01-02T12:00:00Z'), seen: Date.now() - 2 * 3600 * 1000}))""")
    for _ in range(2):  # a new visit, then a reload within it: the same marks
        reader.page.reload(wait_until="networkidle")
        marked = reader.page.locator("tr.new-since-visit").evaluate_all("rows => rows.map(r => r.dataset.added)")
        assert marked and all(day > "2024-01-02" for day in marked), marked
        dated = reader.page.locator("tr[data-added]").evaluate_all("rows => rows.map(r => r.dataset.added)")
        assert sorted(marked) == sorted(d for d in dated if d > "2024-01-02")
        assert "Your previous visit: 2024-01-02 12:00 UTC." in reader.page.inner_text(".visit-note")
    reader.page.click(".visit-note__forget")
    assert reader.page.locator(".new-since-visit, .new-since-visit__badge, .visit-note").count() == 0
    assert reader.page.evaluate("localStorage.getItem('briefing.visits')") is None
    reader.assert_nothing_ran()
    reader.guard.assert_clean()


@pytest.fixture(scope="module")
def real_corpus_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The fixture briefing, copied and built with Pagefind (the default once `search:` is unset)."""
    from tests.helpers import make_project

    project = make_project(tmp_path_factory.mktemp("real-pagefind") / "p")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"\n      search: material[^\n]*", "", text), encoding="utf-8")
    _run(project, "build_site", "build", "-q")
    assert (project / "site" / "pagefind" / "pagefind.js").is_file()
    served = SiteServer(project / "site", "/briefing/").start()
    try:
        yield served
    finally:
        served.stop()


@browser_only
@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "topic"),
    [("huachicol", "threats/fuel-theft/"), ("SEMAR", "actors/semar/"), ("Sheinbaum", "actors/claudia-sheinbaum/"),
     ("NORTHCOM", "actors/usnorthcom/"), ("Merida", "programs/merida-initiative/"),
     ("Mérida", "programs/merida-initiative/")],
)
def test_an_alias_puts_its_topic_first_on_the_real_corpus(browser: Any, real_corpus_server: SiteServer,
                                                          query: str, topic: str) -> None:
    session = Reader(browser, real_corpus_server)
    try:
        session.goto("")
        results = session.search(query)
        shown = [r["href"].removeprefix(real_corpus_server.base_url) for r in results]
        assert shown[0] == topic, shown[:5]
        session.guard.assert_clean()
    finally:
        session.context.close()
