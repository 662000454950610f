"""Untrusted text stays text: a hostile article and a hostile codebook entry, built for real.

The built HTML must contain the hostile strings only as escaped text: no element, attribute,
link or template result comes from them. The browser half of this proof (no dialog opens, no
script runs) is in test_e2e.py.
"""
from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.helpers import ROOT, make_project, run_briefing

HOSTILE_TOPIC = """
- id: hostile-unit
  name: R&D "<b>Unit</b>" | <script>alert('topic')</script>
  aliases: ["O'Brien & Sons", "{{ config.site_name }}"]
  summary: A summary with <img src=x onerror=alert('summary')> & "quotes" | pipes.
"""


class Scan(HTMLParser):
    """Everything executable in a page: scripts' text, event handlers, javascript: URLs, iframes."""

    def __init__(self) -> None:
        super().__init__()
        self.in_script = False
        self.scripts: list[str] = []
        self.bad: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_script = tag == "script"
        if tag in ("iframe", "object", "embed") or (tag == "style" and attrs == []):
            self.bad.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"{tag} {name}={value}")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith("javascript:"):
                self.bad.append(f"{tag} {name}={value}")

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self.in_script else self.text).append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("hostile") / "p")
    shutil.copy(ROOT / "tests" / "fixtures" / "hostile" / "hostile.md", project / "corpus" / "articles")
    actors = project / "corpus" / "topics" / "actors.yml"
    actors.write_text(actors.read_text(encoding="utf-8") + HOSTILE_TOPIC, encoding="utf-8")
    result = run_briefing("build", "-q", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def pages(site: Path) -> list[Path]:
    return [site / "index.html", site / "articles" / "hostile" / "index.html",
            site / "actors" / "hostile-unit" / "index.html", site / "actors" / "index.html",
            site / "articles" / "index.html", site / "analysis" / "graph" / "index.html",
            site / "analysis" / "coverage" / "index.html", site / "analysis" / "review" / "index.html",
            site / "threats" / "drug-trafficking" / "index.html"]


def test_hostile_text_is_shown_never_run(hostile_site: Path) -> None:
    for page in pages(hostile_site):
        html = page.read_text(encoding="utf-8")
        scan = Scan()
        scan.feed(html)
        assert scan.bad == [], page
        assert not [s for s in scan.scripts if "alert(" in s], page
        assert "{{" not in "".join(scan.scripts)
    article = Scan()
    article.feed((hostile_site / "articles" / "hostile" / "index.html").read_text(encoding="utf-8"))
    shown = " ".join(article.text)
    for literal in ("<script>alert('body')</script>", "<iframe src=\"javascript:alert('iframe')\"></iframe>",
                    "<style>body { display: none }</style>", "onmouseover=\"alert('handler')\"",
                    "[link](javascript:alert('link'))", "{{ 7 * 7 }}", "{% if true %}yes{% endif %}",
                    "<img src=x onerror=alert('publisher')>", "<script>alert('title')</script> Cartel & \"quotes\" | pipes {{ config.site_name }}",
                    "{% include 'base.html' %} O'Brien & Sons"):
        assert literal in shown, literal
    assert "49" not in shown.split("Template syntax")[1][:20]  # {{ 7 * 7 }} was not evaluated


def test_hostile_codebook_entry_is_escaped_in_pages_graph_and_tables(hostile_site: Path) -> None:
    name = "R&D \"<b>Unit</b>\" | <script>alert('topic')</script>"
    for page in (hostile_site / "actors" / "hostile-unit" / "index.html", hostile_site / "actors" / "index.html"):
        scan = Scan()
        scan.feed(page.read_text(encoding="utf-8"))
        assert name in " ".join(scan.text), page
        assert scan.bad == []
    # Named with SEMAR in one sentence, the topic is on the relationship graph: labels and tooltips escaped.
    graph = Scan()
    graph.feed((hostile_site / "analysis" / "graph" / "index.html").read_text(encoding="utf-8"))
    assert name in " ".join(graph.text) and graph.bad == []
    # The article names the topic through its alias, so it is linked, escaped, from the article too.
    article = (hostile_site / "articles" / "hostile" / "index.html").read_text(encoding="utf-8")
    assert 'title="R&amp;D &#34;&lt;b&gt;Unit&lt;/b&gt;&#34; | &lt;script&gt;' in article


def test_hostile_text_is_plain_data_in_json_and_the_search_index(hostile_site: Path) -> None:
    data = json.loads((hostile_site / "briefing.json").read_text(encoding="utf-8"))
    article = next(a for a in data["articles"] if a["id"] == "hostile")
    assert article["title"].startswith("<script>alert('title')</script> Cartel & \"quotes\"")
    assert "<" not in (hostile_site / "briefing.json").read_text(encoding="utf-8")  # escaped as \u003c
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = [d for d in index["docs"] if d["location"].startswith("articles/hostile/")]
    assert docs
    for doc in docs:  # the index holds HTML; the hostile tags in it must be entities, not tags
        for tag in ("<script", "<iframe", "<img", "<div", "<style", "<a ", "<b>"):
            assert tag not in doc["title"] and tag not in doc["text"], tag
    assert any("&lt;script&gt;alert('body')" in doc["text"] for doc in docs)


@pytest.mark.browser
def test_in_the_browser_no_hostile_script_runs_and_no_dialog_opens(hostile_site: Path, browser) -> None:  # type: ignore[no-untyped-def]
    """Open the pages, hover the hostile text and search for it: nothing it carries may run."""
    from tests.browser import Guard, SiteServer

    server = SiteServer(hostile_site, "/").start()
    dialogs: list[str] = []
    context = browser.new_context()
    try:
        guard = Guard(server.host)
        guard.attach(context)
        # Any alert/confirm/prompt the hostile text managed to call is recorded here too.
        context.add_init_script("window.__ran = []; for (const f of ['alert', 'confirm', 'prompt'])"
                                " window[f] = (m) => { window.__ran.push(String(m)); };")
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for path in ("articles/hostile/", "actors/hostile-unit/", "actors/", "articles/", "analysis/review/", ""):
            page.goto(server.base_url + path, wait_until="networkidle")
            page.mouse.move(300, 400)
            assert page.evaluate("window.__ran") == [], path
        page.goto(server.base_url + "articles/hostile/", wait_until="networkidle")
        page.get_by_text("SEMAR seized").first.hover()
        page.locator("input.md-search__input").first.click()
        page.keyboard.type("pipes")  # in the hostile title, body and topic: results show them
        page.wait_for_selector(".md-search-result__item", timeout=10_000)
        page.wait_for_timeout(300)
        assert page.evaluate("window.__ran") == []
        results = page.inner_text(".md-search-result")
        assert "<script>alert('title')</script>" in results  # shown as text in the results
        guard.assert_clean()
    finally:
        context.close()
        server.stop()
    assert dialogs == []
