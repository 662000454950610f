""""New since your last visit" on evidence, in Chromium: a reader comes, an article is added and
the site rebuilt, the reader comes back; the evidence, statements and dated events drawn from
that article are marked, across reloads and under a sub-path, until the reader forgets their
visits. Nothing leaves the browser: every request is a GET of the site's own files.

The added article was published years before the others: what counts is when it entered the
briefing (the build's record), not its date.
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.attack_project import make_attack_project, write_article
from tests.browser import SKIP_ENV, Guard, SiteServer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(os.environ.get(SKIP_ENV) == "1", reason=f"{SKIP_ENV}=1"),
]

NEW_ID = "navy-report"
NEW_BODY = (
    "On March 3, 2019, SEMAR seized stolen fuel from a huachicol network near the port.\n\n"
    "The Mexican Navy said that fuel theft fell by half after the raids.\n"
)


def _build(project: Path) -> None:
    """A build as a user runs it: the clock dates what it adds (an in-process build of another
    test may have left its pinned SOURCE_DATE_EPOCH in this process's environment)."""
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project, env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_attack_project(tmp_path_factory.mktemp("visits") / "p", articles=4)
    write_article(project / "corpus" / "articles" / "dated-report.md", "A dated report", dt.date(2024, 2, 1),
                  "On June 5, 2023, ICE opened new files on gun smuggling and fuel theft.\n")  # a dated event before
    _build(project)
    return project


@pytest.fixture(scope="module")
def server(project: Path) -> Iterator[SiteServer]:
    served = SiteServer(project / "site", "/briefing/").start()
    try:
        yield served
    finally:
        served.stop()


def _ms(moment: str) -> float:
    """A `data-added` value in milliseconds since the epoch, as the script's Date.parse reads it (UTC)."""
    parsed = dt.datetime.fromisoformat(moment)
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)).timestamp() * 1000


def _marked(page: Any, selector: str) -> list[str]:
    """The `data-added` of the items marked new on the page, and that each carries its badge."""
    marked = page.locator(f"{selector}.new-since-visit").evaluate_all("items => items.map(i => i.dataset.added)")
    assert page.locator(f"{selector}.new-since-visit .new-since-visit__badge").count() == len(marked)
    return marked


def _sources(page: Any, selector: str) -> set[str]:
    """The articles the marked items quote (their paragraph links), by id."""
    hrefs = page.locator(f"{selector}.new-since-visit a.paragraph-link, {selector}.new-since-visit a.evidence__link")
    return {h.split("/articles/")[1].split("/")[0] for h in hrefs.evaluate_all("links => links.map(a => a.href)")}


def test_evidence_from_an_article_added_since_the_last_visit_is_marked(browser: Any, project: Path,
                                                                       server: SiteServer) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    guard = Guard(server.host)
    guard.attach(context)
    requests: list[tuple[str, str]] = []
    context.on("request", lambda request: requests.append((request.method, request.url)))
    page = context.new_page()
    guard.watch_page(page)
    pages = {"threats/fuel-theft/": "section.evidence", "actors/semar/": "li.statement",
             "analysis/statements/": "li.statement", "analysis/timeline/": "li.event", "articles/": "tr"}
    try:
        page.goto(server.base_url + "threats/fuel-theft/", wait_until="networkidle")
        assert page.locator(".new-since-visit, .visit-note").count() == 0  # a first visit: nothing to compare
        first_visit = page.evaluate("JSON.parse(localStorage.getItem('briefing.visits')).current")

        write_article(project / "corpus" / "articles" / f"{NEW_ID}.md", "Navy report on stolen fuel",
                      dt.date(2019, 5, 1), NEW_BODY)
        _build(project)
        # The reader comes back two hours later: the visit above becomes the previous one.
        page.evaluate("""() => { const v = JSON.parse(localStorage.getItem('briefing.visits'));
            v.seen = Date.now() - 2 * 3600 * 1000; localStorage.setItem('briefing.visits', JSON.stringify(v)); }""")
        for _ in range(2):  # the new visit, then a reload within it: the same marks
            for path, selector in pages.items():
                page.goto(server.base_url + path, wait_until="networkidle")
                marked = _marked(page, selector)
                assert marked, (path, "nothing marked")
                assert all(_ms(m) > first_visit for m in marked), marked
                unmarked = page.locator(f"{selector}[data-added]:not(.new-since-visit)").evaluate_all(
                    "items => items.map(i => i.dataset.added)")
                assert unmarked, (path, "everything marked")
                assert all(_ms(u) <= first_visit for u in unmarked), unmarked
                if selector != "tr":
                    assert _sources(page, selector) == {NEW_ID}, path
                count = page.locator(".new-since-visit").count()
                assert f"{count} item{'s' if count != 1 else ''} on this page added since" in page.inner_text(".visit-note")
                assert page.evaluate("document.querySelector('.visit-note').previousElementSibling?.tagName") == "H1"
            page.reload(wait_until="networkidle")
        page.goto(server.base_url + "articles/", wait_until="networkidle")  # the oldest article, added last
        assert page.locator("tr.new-since-visit").inner_text().startswith("new Navy report on stolen fuel")

        page.goto(server.base_url + "threats/fuel-theft/", wait_until="networkidle")
        page.click(".visit-note__forget")
        assert page.locator(".new-since-visit, .new-since-visit__badge, .visit-note").count() == 0
        assert page.evaluate("localStorage.getItem('briefing.visits')") is None
        page.reload(wait_until="networkidle")  # forgotten: a first visit again
        assert page.locator(".new-since-visit, .visit-note").count() == 0

        guard.assert_clean()
        assert requests and all(method == "GET" and url.startswith(server.base_url) for method, url in requests), [
            r for r in requests if r[0] != "GET" or not r[1].startswith(server.base_url)]
        assert context.cookies() == []
    finally:
        context.close()
