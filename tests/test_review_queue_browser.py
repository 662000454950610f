"""The review queue in Chromium at a desktop's and a phone's width: the command that adopts a
candidate reads in one line, or a few, never one word a line (as it did in a newcomer's H5N1
briefing), and the page does not scroll sideways on a phone. Built with the real commands from
the H5N1 releases of tests/fixtures/h5n1-candidates, served under a sub-path."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import SKIP_ENV, Guard, SiteServer
from tests.helpers import run_briefing

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(os.environ.get(SKIP_ENV) == "1", reason=f"{SKIP_ENV}=1"),
]
TEXTS = Path(__file__).resolve().parent / "fixtures" / "h5n1-candidates"
# Each command's lines, as the page lays it out, and how far right it reaches.
MEASURE = """els => els.map(e => {
  const box = e.getBoundingClientRect();
  const lines = new Set(Array.from(e.getClientRects(), r => Math.round(r.top))).size;
  return {text: e.textContent, lines: lines, right: box.right};
})"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    folder = tmp_path_factory.mktemp("review-queue") / "flu"
    made = run_briefing("new", str(folder), "--title", "H5N1", "--kind", "agency", "--kind", "pathogen",
                        "--kind", "place", "--kind", "measure", cwd=folder.parent)
    assert made.returncode == 0, made.stderr
    for text in TEXTS.glob("*-*.md"):
        shutil.copy(text, folder / "corpus" / "articles" / text.name)
    built = run_briefing("build", "-q", cwd=folder)
    assert built.returncode == 0, built.stdout + built.stderr
    served = SiteServer(folder / "site", "/briefing/").start()
    try:
        yield served
    finally:
        served.stop()


@pytest.mark.parametrize(("width", "most_lines"), [(1280, 1), (390, 3)])
def test_each_accept_command_reads_in_few_lines(browser: Any, server: SiteServer, width: int, most_lines: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    guard = Guard(server.host)
    guard.attach(context)
    page = context.new_page()
    guard.watch_page(page)
    try:
        page.goto(server.base_url + "analysis/review/", wait_until="networkidle")
        commands = page.eval_on_selector_all("code.accept-command", MEASURE)
        assert len(commands) >= 5, commands  # the queue has the names of the releases
        assert any("Animal and Plant Health Inspection Service (APHIS)" in c["text"] for c in commands)
        dismissals = page.eval_on_selector_all("code.dismiss-command", MEASURE)
        assert len(dismissals) == len(commands), dismissals  # beside each accept command, its dismiss command
        for command in commands + dismissals:
            assert command["lines"] <= most_lines, command
            assert command["right"] <= width, command  # on screen, not past the page's edge
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
        guard.assert_clean()
    finally:
        context.close()
