"""The Statements page in Chromium, built under a sub-path and served offline: the filter by
speaker and topic works, the full list is there without script, and every link lands on its
paragraph. The project is the tests' own (tests/said_project.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser import SKIP_ENV, Guard, SiteServer
from tests.said_project import make_said_project

pytestmark = pytest.mark.browser

if os.environ.get(SKIP_ENV) == "1":
    pytest.skip(f"{SKIP_ENV}=1: browser tests skipped on purpose", allow_module_level=True)

PREFIX = "/briefing/"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    project = make_said_project(tmp_path_factory.mktemp("said-browser") / "p")
    srv = SiteServer(project / "site", PREFIX).start()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "build_site", "build", "-q"], cwd=project, capture_output=True, text=True,
            timeout=300, env={**os.environ, "SITE_URL": srv.base_url},
        )
        assert result.returncode == 0, result.stdout + result.stderr
        yield srv
    finally:
        srv.stop()


def _open(browser: Any, server: SiteServer, javascript: bool = True) -> tuple[Any, Any, Guard]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=javascript)
    guard = Guard(server.host)
    guard.attach(context)
    page = context.new_page()
    guard.watch_page(page)
    response = page.goto(server.base_url + "analysis/statements/", wait_until="load")
    assert response is not None and response.ok
    return context, page, guard


def _shown(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        "#statement-list > li", "items => items.filter(i => !i.hidden).map(i => i.dataset.speaker)"
    )


def test_the_statements_page_filters_by_speaker_and_topic(browser: Any, server: SiteServer) -> None:
    context, page, guard = _open(browser, server)
    try:
        everyone = _shown(page)
        assert len(everyone) >= 7 and page.locator("#statement-filter").is_visible()
        page.select_option("#statement-filter select[name=speaker]", "marco-rubio")
        rubio = _shown(page)
        assert rubio and set(rubio) == {"marco-rubio"} and len(rubio) < len(everyone)
        assert page.locator("#statement-filter output").inner_text() == f"{len(rubio)} of {len(everyone)} statements shown"
        page.select_option("#statement-filter select[name=topic]", "merida-initiative")
        both = page.eval_on_selector_all("#statement-list > li:not([hidden]) q", "qs => qs.map(q => q.textContent)")
        assert both == ["In March 2012, Rubio criticized the Merida Initiative as too slow."]
        page.select_option("#statement-filter select[name=speaker]", "")
        page.select_option("#statement-filter select[name=topic]", "")
        assert _shown(page) == everyone  # cleared, every statement is back
        guard.assert_clean()
    finally:
        context.close()


def test_without_script_the_whole_list_is_readable(browser: Any, server: SiteServer) -> None:
    context, page, _ = _open(browser, server, javascript=False)
    try:
        assert not page.locator("#statement-filter").is_visible()  # a form that cannot work is not shown
        assert page.locator("#statement-list > li").count() >= 7
        assert all(page.locator("#statement-list > li").nth(n).is_visible() for n in range(3))
    finally:
        context.close()


def test_a_statement_link_lands_on_its_paragraph_under_the_sub_path(browser: Any, server: SiteServer) -> None:
    context, page, guard = _open(browser, server)
    try:
        item = page.locator("#statement-list > li", has_text="We have never hidden a single death")
        item.locator("a.paragraph-link").click()
        page.wait_for_load_state("load")
        assert page.url == server.base_url + "articles/old-report/#p2"
        target = page.locator("#p2")
        assert "We have never hidden a single death" in target.inner_text()
        assert target.evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }")
        guard.assert_clean()
    finally:
        context.close()


def test_a_sentence_with_its_own_quotation_marks_shows_them_once(browser: Any, server: SiteServer) -> None:
    """A sentence beginning with `"` is shown without the browser's opening quote: the rendered
    text of its <q> (its ::before, then its text) does not begin with two quotation marks."""
    built = (server.site_dir / "actors" / "marco-rubio" / "index.html").read_text(encoding="utf-8")
    assert '<q class="own-quotes">&#34;We will stop the fentanyl' in built
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    guard = Guard(server.host)
    guard.attach(context)
    page = context.new_page()
    guard.watch_page(page)
    try:
        response = page.goto(server.base_url + "actors/marco-rubio/", wait_until="load")
        assert response is not None and response.ok
        shown = page.eval_on_selector_all(
            "q", """qs => qs.map(q => {
                const mark = p => { const c = getComputedStyle(q, p).content;
                    return c === 'none' || c === 'normal' ? '' : c === 'open-quote' ? '“' : c === 'close-quote' ? '”' : c; };
                return [q.className, mark('::before') + q.textContent + mark('::after')];
            })""",
        )
        own = [text for cls, text in shown if "own-quotes" in cls]
        assert any(text.startswith('"We will stop the fentanyl') for text in own)
        marks = "\"“”'‘’«»"
        assert not [text for text in own if text[0] in marks and text[1] in marks]
        plain = [text for cls, text in shown if "own-quotes" not in cls and "In March 2012" in text]
        assert plain and plain[0].startswith("“In March 2012") and plain[0].endswith("”")  # the browser's quotes stay
        guard.assert_clean()
    finally:
        context.close()
