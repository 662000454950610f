"""End-to-end tests: the fixture briefing built under a sub-path and driven in headless Chromium.

The site is built with `site_url` = http://127.0.0.1:<port>/briefing/ and served only under
/briefing/, as GitHub Pages serves a project site. Every page visited is watched for console
errors, failed or erroring requests and requests to any other host (blocked: the site must
work offline), and a full-page screenshot of it is written to tests/screenshots/.

Chromium is Debian's (/usr/bin/chromium) and axe-core comes from node_modules; both are
installed by tests/setup_browser.sh. A missing browser fails the tests; set
BRIEFING_SKIP_BROWSER=1 to skip them deliberately.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.browser import SKIP_ENV, Guard, SiteServer
from tests.helpers import FIXTURE_CORPUS, FIXTURE_TITLE

pytestmark = pytest.mark.browser

if os.environ.get(SKIP_ENV) == "1":
    pytest.skip(f"{SKIP_ENV}=1: browser tests skipped on purpose", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "tests" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PREFIX = "/briefing/"
DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 390, "height": 844}


# --- fixtures ------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, fixture_project: Path) -> Iterator[SiteServer]:
    """The fixture briefing, built once with a sub-path site_url and served under that sub-path."""
    root = tmp_path_factory.mktemp("e2e")
    site = root / "site"
    srv = SiteServer(site, PREFIX).start()  # the port is known before the build needs it
    try:
        env = {**os.environ, "SITE_URL": srv.base_url}
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "build_site", "build", "-q", "-d", str(site)],
            cwd=fixture_project, env=env, capture_output=True, text=True, timeout=300,
        )
        assert result.returncode == 0, f"briefing build failed:\n{result.stdout}\n{result.stderr}"
        print(f"\nbuilt the site for {srv.base_url} in {time.perf_counter() - started:.1f}s")
        yield srv
    finally:
        srv.stop()


class Session:
    """One test's browser context and page, the guard watching them, and a few helpers."""

    def __init__(self, browser, server: SiteServer, viewport: dict[str, int],  # type: ignore[no-untyped-def]
                 color_scheme: str = "light", bypass_csp: bool = False) -> None:
        self.server = server
        self.guard = Guard(server.host)
        self.context = browser.new_context(viewport=viewport, color_scheme=color_scheme, reduced_motion="reduce",
                                           bypass_csp=bypass_csp)
        self.guard.attach(self.context)
        self.page = self.context.new_page()
        self.guard.watch_page(self.page)  # the context's "page" event does not fire for new_page()

    def url(self, path: str) -> str:
        return urljoin(self.server.base_url, path)

    def visit(self, path: str):  # type: ignore[no-untyped-def]
        response = self.page.goto(self.url(path), wait_until="load")
        assert response is not None and response.ok, f"{path}: HTTP {response.status if response else '??'}"
        return response

    def shot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def session(browser, server: SiteServer) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    s = Session(browser, server, DESKTOP)
    yield s
    s.close()


@pytest.fixture
def mobile(browser, server: SiteServer) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    s = Session(browser, server, MOBILE)
    yield s
    s.close()


def site_path(session: Session, url: str) -> str:
    """The part of an absolute URL after the site's base, without the fragment ('' for home)."""
    parts = urlsplit(url)
    assert parts.netloc == session.server.host, f"{url} leaves the test server"
    assert parts.path.startswith(PREFIX), f"{url} escapes the site's sub-path {PREFIX}"
    return parts.path[len(PREFIX):]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- 1. home page and search ---------------------------------------------------------------

def search(session: Session, query: str) -> list[str]:
    """Types `query` into Material's search box; returns the result links, first result first."""
    page = session.page
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.keyboard.press("/")  # Material's shortcut; the box is hidden behind an icon on narrow screens
    box.click()
    box.press("Control+a")
    box.press("Backspace")
    box.press_sequentially(query, delay=20)  # Material listens to key events, not only `input`
    meta = page.locator(".md-search-result__meta")
    try:
        page.wait_for_function(
            """q => document.querySelector('input.md-search__input').value === q
                   && document.querySelectorAll('.md-search-result__item').length > 0""",
            arg=query, timeout=10_000,
        )
    except Exception:  # noqa: BLE001 - report what the page showed instead of a bare timeout
        pytest.fail(f"search for {query!r} showed no result; the result box says {meta.inner_text()!r}")
    return page.eval_on_selector_all(
        ".md-search-result__item > a.md-search-result__link", "links => links.map(a => a.href)"
    )


def test_home_page(session: Session) -> None:
    page = session.page
    session.visit("")
    assert page.title().startswith("Briefing"), page.title()
    assert page.locator("h1").inner_text() == FIXTURE_TITLE  # the briefing's own name

    numbers = {
        squash(item.inner_text()).split(" ", 1)[1]: int(item.locator(".glance__number").inner_text())
        for item in page.locator(".glance__item").all()
    }
    assert numbers.get("articles", 0) == len(list((FIXTURE_CORPUS / "articles").glob("*.md"))), numbers
    for label in ("publishers named", "threats", "actors", "programs", "challenges", "mentions", "relations"):
        assert numbers.get(label, 0) > 0, f"the at-a-glance box lacks a non-zero {label!r}: {numbers}"
    for heading in ("Top threats", "Key actors", "Programs", "Challenges"):
        assert page.locator("h2", has_text=heading).count() == 1, f"the home page lacks {heading!r}"
    assert page.locator("ol.top-list li a.topic-link").count() >= 4, "the home page lists no top topics"
    session.shot("home")

    # The first result of a search opens its page, inside the sub-path.
    search(session, "huachicol")
    session.shot("search-huachicol")
    page.locator(".md-search-result__item > a.md-search-result__link").first.click()
    page.wait_for_load_state("load")
    assert site_path(session, page.url) == "threats/fuel-theft/"
    assert page.locator("h1").inner_text() == "Fuel theft"
    session.guard.assert_clean()


SEARCHES = [
    # query, the page that must come first (ids from the fixture's corpus/topics/*.yml)
    pytest.param("huachicol", "threats/fuel-theft/", id="huachicol"),
    pytest.param("Sheinbaum", "actors/claudia-sheinbaum/", id="Sheinbaum"),
    pytest.param("SEMAR", "actors/semar/", id="SEMAR"),
    pytest.param("NORTHCOM", "actors/usnorthcom/", id="NORTHCOM"),
    pytest.param("Merida", "programs/merida-initiative/", id="Merida"),
    pytest.param("Mérida", "programs/merida-initiative/", id="Mérida"),
]


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search_puts_the_topic_first(session: Session, query: str, expected: str) -> None:
    session.visit("")
    links = search(session, query)
    assert links, f"no result link for {query!r}"
    shown = [site_path(session, u) for u in links]
    assert shown[0] == expected, f"search {query!r}: first result is {shown[0]!r}, expected {expected!r}; all: {shown[:6]}"
    marks = session.page.locator(".md-search-result__item mark")
    assert marks.count() > 0, f"search {query!r}: the results highlight nothing"
    session.guard.assert_clean()


# --- 2. evidence links open the right paragraph ---------------------------------------------

def test_evidence_link_opens_the_paragraph(session: Session) -> None:
    page = session.page
    session.visit("threats/fuel-theft/")
    links = page.locator("a.evidence__link")
    assert links.count() > 0, "the topic page has no evidence link"
    # The deepest paragraph: its article must scroll to reach it.
    anchors = [int(re.search(r"#p(\d+)$", h).group(1)) for h in links.evaluate_all("ls => ls.map(a => a.href)")]
    link = links.nth(anchors.index(max(anchors)))
    quote = squash(link.locator("xpath=..").locator("q").inner_text())
    assert len(quote) > 20, quote
    # Every quote from that article, with the paragraph its link names: all are checked there.
    article_href = (link.get_attribute("href") or "").split("#")[0]
    pairs = page.eval_on_selector_all(
        f'a.evidence__link[href^="{article_href}#"]',
        "ls => ls.map(a => [a.getAttribute('href').split('#')[1], a.parentElement.querySelector('q').innerText])",
    )
    session.shot("topic-fuel-theft")

    link.click()
    page.wait_for_load_state("load")
    match = re.search(r"#(p\d+)$", page.url)
    assert match, f"the evidence link led to {page.url}, without a paragraph anchor"
    anchor = match.group(1)
    assert site_path(session, page.url).startswith("articles/")
    page.wait_for_timeout(200)  # let the browser finish scrolling to the fragment

    target = page.locator(f"#{anchor}")
    header = page.locator(".md-header").bounding_box()
    box = target.bounding_box()
    viewport = page.viewport_size
    assert header and box and viewport
    header_bottom = header["y"] + header["height"]
    assert box["y"] >= header_bottom - 1, (
        f"#{anchor} starts at y={box['y']:.0f}, hidden under the sticky header (bottom at {header_bottom:.0f})"
    )
    assert box["y"] + box["height"] <= viewport["height"] + 1, (
        f"#{anchor} ends at y={box['y'] + box['height']:.0f}, below the viewport ({viewport['height']})"
    )
    assert page.evaluate("() => window.scrollY") > 0, "the article did not scroll to the paragraph"
    assert target.evaluate("el => el.matches(':target')"), f"#{anchor} is not the :target"
    marked = target.evaluate("el => getComputedStyle(el).boxShadow")
    assert marked and marked != "none", f"#{anchor} is the target but is not visibly marked"
    assert quote in squash(target.inner_text()), f"#{anchor} does not contain the quoted sentence {quote!r}"
    for other, text in pairs:
        where = page.locator(f"#{other}")
        assert where.count() == 1, f"the article has no paragraph #{other}"
        assert squash(text) in squash(where.inner_text()), f"#{other} does not contain the quoted sentence {text!r}"
    session.shot("article-at-paragraph")
    session.guard.assert_clean()


# --- 3. the relationship graph and the coverage matrix --------------------------------------

def test_graph_renders_and_highlights(session: Session) -> None:
    page = session.page
    session.visit("analysis/graph/")
    svg = page.locator("figure.graph svg")
    assert svg.count() == 1, "no graph on analysis/graph/"
    box = svg.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 300, f"the graph is tiny or invisible: {box}"

    nodes = page.locator("a.graph__node")
    edges = page.locator(".graph__edges path")
    assert nodes.count() >= 10 and edges.count() >= 10, (nodes.count(), edges.count())
    sizes = page.evaluate(
        """() => ({
            nodes: [...document.querySelectorAll('a.graph__node circle')].map(c => {
                const r = c.getBoundingClientRect(); return [r.width, r.height, getComputedStyle(c).fill]; }),
            edges: [...document.querySelectorAll('.graph__edges path')].map(p => {
                const b = p.getBBox(); return [b.width + b.height, p.getTotalLength(), getComputedStyle(p).stroke]; }),
            labels: [...document.querySelectorAll('a.graph__node text')].filter(t => t.getBBox().width > 0).length,
        })"""
    )
    assert all(w > 0 and h > 0 for w, h, _ in sizes["nodes"]), "a node has no size"
    assert all(fill not in ("none", "rgba(0, 0, 0, 0)") for *_, fill in sizes["nodes"]), "a node is not painted"
    assert all(length > 0 and stroke != "none" for _, length, stroke in sizes["edges"]), "an edge is empty or unpainted"
    assert sizes["labels"] == nodes.count(), "some nodes have no visible label"
    clipped = page.evaluate(
        """() => { const s = document.querySelector('figure.graph svg').getBoundingClientRect();
                   return [...document.querySelectorAll('a.graph__node text')].filter(t => {
                       const r = t.getBoundingClientRect();
                       return r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1;
                   }).map(t => t.textContent); }"""
    )
    assert not clipped, f"labels cut off at the edge of the graph: {clipped}"
    session.shot("graph")

    # Point at the node with the most relations: its edges, and only its, light up.
    topic = page.evaluate(
        """() => { const n = {}; document.querySelectorAll('.graph__edges path').forEach(p => {
               n[p.dataset.source] = (n[p.dataset.source] || 0) + 1; n[p.dataset.target] = (n[p.dataset.target] || 0) + 1; });
               return Object.entries(n).sort((a, b) => b[1] - a[1])[0][0]; }"""
    )
    page.locator(f'a.graph__node[data-topic="{topic}"] circle').hover()
    page.wait_for_selector(".graph__edges path.is-active", timeout=3000)
    active = page.eval_on_selector_all(
        ".graph__edges path.is-active", "ps => ps.map(p => [p.dataset.source, p.dataset.target])"
    )
    expected = page.eval_on_selector_all(
        f'.graph__edges path[data-source="{topic}"], .graph__edges path[data-target="{topic}"]', "ps => ps.length"
    )
    assert all(topic in pair for pair in active), f"hovering {topic} lit up unrelated edges: {active}"
    assert len(active) == expected, f"hovering {topic} lit {len(active)} of its {expected} edges"
    opacity = page.evaluate(
        """() => [getComputedStyle(document.querySelector('.graph__edges path.is-active')).strokeOpacity,
                  getComputedStyle(document.querySelector('.graph__edges path:not(.is-active)')).strokeOpacity]"""
    )
    assert float(opacity[0]) > float(opacity[1]), f"the highlight is not visible (stroke-opacity {opacity})"
    session.shot("graph-hover")
    page.mouse.move(0, 0)
    page.wait_for_function("() => !document.querySelector('.graph__edges path.is-active')", timeout=3000)
    session.guard.assert_clean()


def test_coverage_matrix_is_shaded(session: Session) -> None:
    page = session.page
    session.visit("analysis/coverage/")
    table = page.locator(".matrix table")
    assert table.count() == 1, "no coverage matrix"
    cells = page.evaluate(
        """() => [...document.querySelectorAll('.matrix td.matrix__cell')].map(td => ({
               cls: td.className, text: td.innerText.trim(), bg: getComputedStyle(td).backgroundColor,
               w: td.getBoundingClientRect().width }))"""
    )
    assert cells, "the matrix has no cells"
    shaded = [c for c in cells if re.search(r"heat-[1-4]", c["cls"])]
    assert shaded, "no cell is shaded"
    for c in shaded:
        assert c["text"].isdigit() and int(c["text"]) > 0, f"a shaded cell shows no count: {c}"
        assert c["bg"] not in ("rgba(0, 0, 0, 0)", "transparent"), f"a shaded cell has no background: {c}"
        assert c["w"] > 0
    empty = [c for c in cells if "heat-0" in c["cls"]]
    assert all(c["text"] == "" for c in empty), "an unshaded cell shows a number"
    # Darker means more: the shade grows with the count.
    by_level = {}
    for c in shaded:
        by_level.setdefault(int(re.search(r"heat-(\d)", c["cls"]).group(1)), []).append(int(c["text"]))
    levels = sorted(by_level)
    for lo, hi in zip(levels, levels[1:]):
        assert max(by_level[lo]) <= min(by_level[hi]), f"heat levels do not follow the counts: {by_level}"
    session.shot("coverage")
    session.guard.assert_clean()


# --- 4. cross-links both ways ---------------------------------------------------------------

def test_article_mention_and_topic_link_back(session: Session) -> None:
    page = session.page
    session.visit("articles/")
    first_article = page.locator(".article-index tbody tr td:first-child a").first
    first_article.click()
    page.wait_for_load_state("load")
    article_path = site_path(session, page.url)
    assert re.fullmatch(r"articles/[a-z0-9-]+/", article_path), article_path
    title = page.locator("h1").inner_text()

    mention = page.locator(".article-body a.mention").first
    assert mention.count() == 1, f"{article_path} links no mention"
    paragraph = mention.evaluate("a => a.closest('.block').id")
    name = re.sub(r" \((threat|actor|program|challenge)\)$", "", mention.get_attribute("title") or "")
    mention.click()
    page.wait_for_load_state("load")
    topic_path = site_path(session, page.url)
    assert re.fullmatch(r"(threats|actors|programs|challenges)/[a-z0-9-]+/", topic_path), topic_path
    assert page.locator("h1").inner_text() == name, f"the mention of {name!r} led to {topic_path}"
    session.shot("topic-from-mention")

    # new URL(getAttribute) also covers the SVG graph's links, whose .href is not a string
    hrefs = page.eval_on_selector_all(
        "article a[href]", "as => as.map(a => new URL(a.getAttribute('href'), document.baseURI).href)"
    )
    back = [u for u in hrefs if urlsplit(u).netloc == session.server.host and site_path(session, u) == article_path]
    assert back, f"{topic_path} does not link back to {article_path}"
    assert session.url(article_path) + f"#{paragraph}" in back, (
        f"{topic_path} does not link to the paragraph #{paragraph} that mentions it; links: {back}"
    )
    page.locator(f'a.evidence__link[href$="{article_path.split("/")[1]}/#{paragraph}"]').first.click()
    page.wait_for_load_state("load")
    assert site_path(session, page.url) == article_path
    assert page.locator("h1").inner_text() == title
    session.guard.assert_clean()


# --- 5. accessibility (axe-core) ------------------------------------------------------------

AXE_PAGES = [
    ("", "home"),
    ("threats/", "threats-index"),
    ("threats/fuel-theft/", "topic"),
    ("articles/", "articles-index"),
    ("articles/us-and-mexico-bolster-cross-border-security-cooperation-amid/", "article"),
    ("analysis/", "analysis-index"),
    ("analysis/graph/", "graph"),
    ("analysis/coverage/", "coverage"),
    ("analysis/timeline/", "timeline"),
    ("analysis/statements/", "statements"),
    ("analysis/disagreements/", "disagreements"),
    ("analysis/figures/", "figures"),
    ("analysis/review/", "review"),
    ("about/", "about"),
    ("404.html", "404"),
]
# Each colour scheme at a desktop's width, and the light one at a small phone's.
AXE_MODES = {"light": ("light", DESKTOP), "dark": ("dark", DESKTOP), "375px": ("light", {"width": 375, "height": 740})}


def _axe_violations(page) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async () => (await axe.run(document)).violations.map(v => ({
               id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
               targets: v.nodes.slice(0, 4).map(n => n.target.join(' ')) }))"""
    )


@pytest.mark.parametrize("mode", list(AXE_MODES))
def test_accessibility(browser, server: SiteServer, mode: str) -> None:  # type: ignore[no-untyped-def]
    """No serious or critical axe-core violation on any page type, in either colour scheme or
    at 375 px."""
    if not AXE.is_file():
        pytest.fail(f"axe-core is missing ({AXE.relative_to(ROOT)}): run `bash tests/setup_browser.sh`", pytrace=False)
    scheme, viewport = AXE_MODES[mode]
    session = Session(browser, server, viewport, color_scheme=scheme, bypass_csp=True)  # axe is injected
    found: list[str] = []
    try:
        for path, name in AXE_PAGES:
            response = session.page.goto(session.url(path), wait_until="load")
            assert response is not None and response.ok, path
            expected = "slate" if scheme == "dark" else "default"
            assert session.page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
            violations = _axe_violations(session.page)
            print(f"\naxe {name} ({mode}): " + (", ".join(f"{v['id']} ({v['impact']}, {v['count']})"
                                                          for v in violations) or "no violation"))
            found += [f"  /{path}: {v['id']} [{v['impact']}] {v['help']} — {v['count']} element(s), e.g. {v['targets']}"
                      for v in violations if v["impact"] in ("serious", "critical")]
        session.guard.assert_clean()
    finally:
        session.close()
    assert not found, f"axe ({mode}): serious or critical violations:\n" + "\n".join(found)


# --- 6. light and dark ----------------------------------------------------------------------

def _contrast(fg: str, bg: str) -> float:
    def lum(css: str) -> float:
        r, g, b = (int(x) / 255 for x in re.findall(r"[\d.]+", css)[:3])
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_light_and_dark(session: Session) -> None:
    page = session.page
    session.visit("threats/fuel-theft/")
    read = """() => { const t = document.querySelector('.md-typeset'); const s = getComputedStyle(t);
                      return {scheme: document.body.getAttribute('data-md-color-scheme'), fg: s.color,
                              bg: getComputedStyle(document.body).backgroundColor}; }"""
    light = page.evaluate(read)
    assert light["scheme"] == "default", light
    session.shot("palette-light")

    toggle = page.locator("label[for=__palette_1]")
    assert toggle.is_visible(), "the dark-mode switch is not visible in the header"
    assert (toggle.get_attribute("title") or toggle.get_attribute("aria-label") or "").strip(), "the switch has no name"
    toggle.click()
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=3000)
    page.wait_for_timeout(300)  # colour transitions
    dark = page.evaluate(read)
    assert dark["bg"] != light["bg"], "the background did not change with the scheme"
    for scheme, colours in (("light", light), ("dark", dark)):
        ratio = _contrast(colours["fg"], colours["bg"])
        assert ratio >= 7, f"{scheme} mode text contrast is only {ratio:.1f}:1 ({colours})"
    # The briefing's own colours follow the scheme too: a kind badge is readable on the dark page.
    badge = page.locator(".topic-summary .kind").first.evaluate("e => getComputedStyle(e).color")
    assert _contrast(badge, dark["bg"]) >= 4.5, f"the kind badge ({badge}) is hard to read in dark mode"
    session.shot("palette-dark")

    page.locator("label[for=__palette_0]").click()
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'default'", timeout=3000)
    session.guard.assert_clean()


# --- 7. a phone's width ---------------------------------------------------------------------

@pytest.mark.parametrize(("path", "name", "wrapper"), [
    ("articles/", "mobile-articles", ".article-index"),
    ("analysis/coverage/", "mobile-coverage", ".matrix"),
])
def test_mobile_tables_scroll_inside(mobile: Session, path: str, name: str, wrapper: str) -> None:
    page = mobile.page
    mobile.visit(path)
    widths = page.evaluate(
        """sel => { const w = document.querySelector(sel), t = w.querySelector('table');
               return {page: document.scrollingElement.scrollWidth, viewport: window.innerWidth,
                       wrap: w.clientWidth, table: t.scrollWidth, overflow: getComputedStyle(w).overflowX}; }""",
        wrapper,
    )
    assert widths["page"] <= widths["viewport"] + 1, f"{path} scrolls sideways at {MOBILE['width']}px: {widths}"
    assert widths["wrap"] <= widths["viewport"], widths
    mobile.shot(name)
    if widths["table"] > widths["wrap"] + 1:  # a wide table: its own box scrolls
        assert widths["overflow"] in ("auto", "scroll"), f"the wide table is clipped, not scrollable: {widths}"
        scrolled = page.evaluate("sel => { const w = document.querySelector(sel); w.scrollLeft = 80; return w.scrollLeft; }", wrapper)
        assert scrolled > 0, f"the table's box does not scroll: {widths}"
        assert page.evaluate("() => document.scrollingElement.scrollLeft") == 0
        page.evaluate("sel => { document.querySelector(sel).scrollLeft = 0; }", wrapper)
    # The first column's links can be reached and tapped.
    link = page.locator(f"{wrapper} tbody a").first
    box = link.bounding_box()
    assert box and box["width"] > 0 and box["x"] >= 0 and box["x"] < MOBILE["width"], f"the first link is off screen: {box}"
    mobile.guard.assert_clean()
