"""Hostile articles, a hostile codebook entry and a hostile imported page, in a real browser.

Every page of a site built from them is opened in Chromium; every element with a title and
every graph node is hovered (Material once turned titles into HTML on hover), hostile
queries are typed into search and passed to its highlighter, and nothing the hostile text
carries may run: no `window.__pwned` entry, no dialog, and no Content-Security-Policy
violation (the theme's own scripts must all be allowed by the policy).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.attack_project import hostile, make_attack_project
from tests.browser import SKIP_ENV, Guard, SiteServer

pytestmark = pytest.mark.browser

if os.environ.get(SKIP_ENV) == "1":
    pytest.skip(f"{SKIP_ENV}=1: browser tests skipped on purpose", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[1]
# Recorded before any script of the page runs: what the payloads push, dialogs, CSP reports.
WATCH = """
window.__pwned = [];
window.__csp = [];
for (const name of ['alert', 'confirm', 'prompt']) window[name] = (m) => window.__pwned.push(name + ':' + m);
document.addEventListener('securitypolicyviolation',
  (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
"""
QUERIES = [
    "Cartel report",  # finds the hostile article: its title and body are in the results
    hostile("query"),
    "\"><img src=x onerror=window.__pwned.push('attr')>",
    "</mark><img src=x onerror=window.__pwned.push('mark')>",
    "onerror",
    "Unit",
]


def _add_hostile_page(project: Path) -> None:
    """A saved web page whose <title> is hostile (stored escaped), imported with `briefing add`."""
    raw = project / "saved.html"
    title = "Cartel report &lt;img src=x onerror=&quot;window.__pwned.push('imported-title')&quot;&gt;"
    raw.write_text(
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p>By Ana Torres</p>"
        "<p>SEMAR seized fuel linked to huachicol networks near the port, officials said on Monday.</p>"
        "<p>ICE agents described gun smuggling routes used by the Red Unit for years.</p>"
        "</article></body></html>", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "build_site", "add", str(raw), "--publisher", "Imported Times",
                             "--date", "2025-04-01"], cwd=project, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    project = make_attack_project(tmp_path_factory.mktemp("attack") / "p", articles=3, hostile_text=True)
    # The project's old mkdocs.yml had content.tooltips on: the build must turn it off itself.
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "    - search.suggest\n", "    - search.suggest\n    - content.tooltips\n"), encoding="utf-8")
    _add_hostile_page(project)
    result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    server = SiteServer(project / "site", "/").start()
    try:
        yield server
    finally:
        server.stop()


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).parent.as_posix() + "/" for p in site.rglob("index.html"))


class Watched:
    """A browser page with the watch installed and every dialog recorded."""

    def __init__(self, browser: Any, server: SiteServer, viewport: dict[str, int]) -> None:
        self.server = server
        self.context = browser.new_context(viewport=viewport)
        self.guard = Guard(server.host)
        self.guard.attach(self.context)
        self.context.add_init_script(WATCH)
        self.page = self.context.new_page()
        self.guard.watch_page(self.page)
        self.dialogs: list[str] = []
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

    def goto(self, path: str) -> None:
        self.page.goto(self.server.base_url + path.lstrip("/").removeprefix("./"), wait_until="networkidle")

    def assert_nothing_ran(self, where: str) -> None:
        pwned = self.page.evaluate("window.__pwned")
        csp = self.page.evaluate("window.__csp")
        assert pwned == [], f"{where}: hostile text ran: {pwned}"
        assert self.dialogs == [], f"{where}: a dialog opened: {self.dialogs}"
        assert csp == [], f"{where}: the Content-Security-Policy blocked something: {csp}"


@pytest.fixture
def watched(browser: Any, hostile_server: SiteServer) -> Iterator[Watched]:
    session = Watched(browser, hostile_server, {"width": 1280, "height": 900})
    try:
        yield session
    finally:
        session.context.close()


ALL = "[title], .graph__node, .md-ellipsis"
PER_PAGE = ", ".join(f"{part} {kind}" for part in (".md-header", ".md-main") for kind in ALL.split(", "))


def _hover_everything(page: Any, selector: str) -> int:
    """Hover (the real pointer, where shown; by events, everywhere) every element `selector`
    finds; returns how many. The viewport is made as tall as the page, so that nothing needs
    scrolling to, and put back after."""
    viewport = page.viewport_size
    height = page.evaluate("document.documentElement.scrollHeight")
    page.set_viewport_size({"width": viewport["width"], "height": min(max(height, viewport["height"]), 16000)})
    boxes = page.evaluate("""(selector) => [...document.querySelectorAll(selector)].map((element) => {
        const r = element.getBoundingClientRect();
        return r.width && r.height ? {x: r.x + r.width / 2, y: r.y + r.height / 2} : null; })""", selector)
    for box in boxes:
        if box is not None:
            page.mouse.move(box["x"], box["y"])
    page.evaluate("""(selector) => { for (const element of document.querySelectorAll(selector))
        for (const type of ['mouseenter', 'mouseover', 'focus'])
            element.dispatchEvent(new MouseEvent(type, {bubbles: type !== 'mouseenter'})); }""", selector)
    page.wait_for_timeout(300)  # Material shows a tooltip after a short delay
    page.set_viewport_size(viewport)
    return len(boxes)


def test_every_title_and_graph_node_hovered_runs_nothing(watched: Watched) -> None:
    site = Path(watched.server.site_dir)
    hovered = 0
    for number, path in enumerate(_pages(site)):
        watched.goto(path)
        # The tabs and footer are the same on every page: hovered on the first; the header,
        # sidebars (the table of contents holds article headings) and content on every one.
        hovered += _hover_everything(watched.page, ALL if number == 0 else PER_PAGE)
        watched.page.mouse.wheel(0, 2000)  # the header shows the page title once scrolled
        watched.page.wait_for_timeout(200)
        hovered += _hover_everything(watched.page, ".md-header [title], .md-header .md-ellipsis")
        watched.assert_nothing_ran(path)
    assert hovered > 300, hovered  # titles on ¶ links, topic links, heat cells, graph nodes
    watched.guard.assert_clean()


def test_the_hostile_text_is_shown_as_text(watched: Watched) -> None:
    watched.goto("articles/hostile/")
    body = watched.page.inner_text("article")
    assert "<img src=x onerror=\"window.__pwned.push('article-body')\">" in body
    assert "<script>window.__pwned.push('article-body-script')</script>" in body
    watched.goto("actors/hostile-unit/")
    assert "<img src=x onerror=\"window.__pwned.push('topic-name')\">" in watched.page.inner_text("h1")
    titles = watched.page.locator("a.paragraph-link").evaluate_all("links => links.map(a => a.title)")
    assert any("<img src=x onerror=\"window.__pwned.push('imported-title')\">" in t for t in titles), titles
    watched.assert_nothing_ran("hostile pages")


def test_hostile_queries_in_search_and_its_highlight_run_nothing(watched: Watched) -> None:
    watched.goto("")
    search = watched.page.locator("input.md-search__input").first
    for query in QUERIES:
        search.click()
        search.fill("")
        watched.page.keyboard.type(query, delay=5)
        watched.page.wait_for_timeout(600)
        watched.assert_nothing_ran(f"search {query!r}")
        results = watched.page.locator(".md-search-result__item")
        for index in range(min(results.count(), 5)):
            results.nth(index).hover()
        watched.assert_nothing_ran(f"search results of {query!r}")
    search.click()
    search.fill("")
    watched.page.keyboard.type("Cartel report", delay=5)
    watched.page.wait_for_selector(".md-search-result__item", timeout=10_000)
    # Results of a prefix ("Cartel rep") may show first on a busy machine: wait for the whole query's.
    watched.page.wait_for_function(
        "() => /report/i.test(document.querySelector('.md-search-result__link')?.href ?? '')", timeout=10_000
    )
    shown = watched.page.inner_text(".md-search-result")
    assert "<img src=x onerror=\"window.__pwned.push('article-title')\">" in shown  # as text
    # The highlighter marks the query on the page it opens: a link can carry any query (?h=).
    watched.page.locator(".md-search-result__link").first.click()
    watched.page.wait_for_load_state("networkidle")
    assert "h=" in watched.page.url
    marks = watched.page.locator("article mark").all_inner_texts()
    assert marks and all(set(m.lower().split()) <= {"cartel", "report"} for m in marks), marks
    for query in QUERIES[1:4]:
        watched.goto(f"articles/hostile/?h={quote(query)}")
        watched.page.wait_for_timeout(300)
        assert watched.page.locator("article img, article script, article svg").count() == 0
        watched.assert_nothing_ran(f"highlight of {query!r}")
    watched.guard.assert_clean()


def test_every_page_carries_a_policy_that_forbids_inline_script(hostile_server: SiteServer) -> None:
    site = Path(hostile_server.site_dir)
    pages = [*site.rglob("*.html")]
    assert len(pages) > 15
    for page in pages:
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("<script")] if "<script" in html else html
        assert '<meta http-equiv="Content-Security-Policy"' in head, page  # before any script
        policy = head.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["default-src"] == "'none'"
        assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy and "*" not in policy
        assert all(source == "'self'" or source.startswith("'sha256-") for source in directives["script-src"].split())


def test_the_policy_blocks_an_injected_handler(browser: Any, hostile_server: SiteServer, tmp_path: Path) -> None:
    """The backstop alone: a page of the built site with an event handler injected into its
    body (as if escaping had failed) runs nothing, and the policy reports it."""
    site = tmp_path / "site"
    shutil.copytree(hostile_server.site_dir, site)
    page_file = site / "articles" / "hostile" / "index.html"
    html = page_file.read_text(encoding="utf-8")
    page_file.write_text(html.replace("<article", "<img src=x onerror=\"window.__pwned.push('injected')\">"
                                      "<script>window.__pwned.push('injected-script')</script><article", 1),
                         encoding="utf-8")
    server = SiteServer(site, "/").start()
    session = Watched(browser, server, {"width": 1280, "height": 900})
    try:
        session.goto("articles/hostile/")
        session.page.wait_for_timeout(300)
        assert session.page.evaluate("window.__pwned") == []
        assert len(session.page.evaluate("window.__csp")) >= 2  # the handler and the script, both refused
    finally:
        session.context.close()
        server.stop()


@pytest.fixture(scope="module")
def pagefind_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The same hostile project, searched with Pagefind (`search: pagefind`), under a sub-path."""
    project = make_attack_project(tmp_path_factory.mktemp("attack-pagefind") / "p", articles=3, hostile_text=True)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n      search: material" in text
    config.write_text(text.replace("\n      search: material", "\n      search: pagefind", 1), encoding="utf-8")
    _add_hostile_page(project)
    result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    server = SiteServer(project / "site").start()
    try:
        yield server
    finally:
        server.stop()


def test_hostile_queries_in_pagefind_search_run_nothing(browser: Any, pagefind_server: SiteServer) -> None:
    watched = Watched(browser, pagefind_server, {"width": 1280, "height": 900})
    try:
        watched.goto("")
        search = watched.page.locator("input.briefing-search__input")
        for query in QUERIES:
            search.click()
            search.fill("")
            watched.page.keyboard.type(query, delay=5)
            watched.page.wait_for_timeout(600)
            watched.assert_nothing_ran(f"pagefind search {query!r}")
            results = watched.page.locator(".briefing-search__result")
            for index in range(min(results.count(), 5)):
                results.nth(index).hover()
            watched.assert_nothing_ran(f"pagefind results of {query!r}")
        search.click()
        search.fill("")
        watched.page.keyboard.type("Cartel report", delay=5)
        watched.page.wait_for_selector(".briefing-search__result", timeout=10_000)
        watched.page.wait_for_timeout(400)
        shown = watched.page.inner_text(".briefing-search__results")
        assert "<img src=x onerror=\"window.__pwned.push('article-title')\">" in shown  # as text
        assert watched.page.locator(".briefing-search__results img, .briefing-search__results script").count() == 0
        watched.assert_nothing_ran("pagefind results")
        watched.guard.assert_clean()
    finally:
        watched.context.close()


HOSTILE_NAME = "Red Sea</title><script>window.__pwned.push('site-name')</script><b>"
# What `briefing new` wrote before the page's <title> printed the name escaped.
OLDER_STARTER_OVERRIDE = "{% block htmltitle %}{{ super() | replace(name, name | e) }}{% endblock %}\n"


@pytest.fixture(scope="module")
def named_briefings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two empty briefings `briefing new` made with a name that closes <title> and opens a
    script: one as it makes them now, one with the overrides of an older starter."""
    sites = {}
    for kind in ("new", "older"):
        folder = tmp_path_factory.mktemp(f"named-{kind}") / "briefing"
        made = subprocess.run([sys.executable, "-m", "build_site", "new", str(folder), "--title", HOSTILE_NAME],
                              capture_output=True, text=True, timeout=120)
        assert made.returncode == 0, made.stderr
        override = folder / "overrides" / "main.html"
        if kind == "older":
            template = override.read_text(encoding="utf-8")
            assert OLDER_STARTER_OVERRIDE in template
            override.write_text(template.replace(OLDER_STARTER_OVERRIDE, ""), encoding="utf-8")
        built = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=folder, capture_output=True,
                               text=True, timeout=300)
        assert built.returncode == 0, built.stderr
        sites[kind] = folder / "site"
    return sites


def test_a_site_name_that_closes_the_title_runs_nothing(browser: Any, named_briefings: dict[str, Path]) -> None:
    """Every page of a new briefing whose name holds `</title><script>`: the name is the
    page's title, as text, and nothing runs or is refused."""
    site = named_briefings["new"]
    server = SiteServer(site, "/").start()
    watched = Watched(browser, server, {"width": 1280, "height": 900})
    try:
        for page in _pages(site):
            watched.goto(page)
            assert watched.page.title().endswith(HOSTILE_NAME), page
            assert watched.page.evaluate("[...document.scripts].filter((s) => s.text.includes('__pwned')).length") == 0
            watched.assert_nothing_ran(page)
        watched.guard.assert_clean()
    finally:
        watched.context.close()
        server.stop()


def test_the_policy_refuses_a_script_the_name_put_in_the_head(browser: Any, named_briefings: dict[str, Path]) -> None:
    """The backstop alone: a briefing made by an older starter prints the name unescaped in
    <title>, so its script is in every page's head; the policy allows only the theme's."""
    site = named_briefings["older"]
    server = SiteServer(site, "/").start()
    watched = Watched(browser, server, {"width": 1280, "height": 900})
    try:
        for page in _pages(site):
            assert "</title><script>window.__pwned" in (site / page / "index.html").read_text(encoding="utf-8")
            watched.goto(page)
            assert watched.page.evaluate("window.__pwned") == [] and watched.dialogs == [], page
            refused = watched.page.evaluate("window.__csp")
            assert len(refused) == 1 and refused[0].startswith("script-src-elem inline"), (page, refused)
    finally:
        watched.context.close()
        server.stop()
