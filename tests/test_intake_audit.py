"""Issue 16's deliverables that no test held before round 8's audit (evaluation/titles/README.md,
"What issue 16 asks, and the test that holds it"): block quotes of a saved page, the warning when
the two extractors disagree badly, and the whole-page time limit of a fetch."""

from __future__ import annotations

import http.server
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import frontmatter
import pytest

from build_site import importer_fetch
from build_site.importer_html import _second_opinion
from build_site.importer_model import Draft, Piece
from tests.test_intake import add, article_page, written

QUOTE = "We will not let the ports become the cartels' back door, and we will inspect every container."


def test_a_saved_pages_block_quote_stays_a_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "quoted.html"
    page.write_text(article_page(extra=f"<blockquote><p>{QUOTE}</p></blockquote>"), encoding="utf-8")
    code, _, err = add(capsys, tmp_path / "corpus", str(page))
    assert code == 0, err
    assert f"> {QUOTE}" in frontmatter.load(written(tmp_path / "corpus")[0]).content


def test_the_extractors_disagreeing_badly_is_a_warning_naming_what_to_check() -> None:
    """readability reads the page's article; a first extraction holding other text draws the warning."""
    other = [Piece("paragraph", "Storm hits the coast and markets fall as the season of hurricanes opens early.")]
    draft = Draft(list(other))
    assert _second_opinion(article_page(), draft) == other
    assert any(w.startswith("a second extractor (readability) found different text") for w in draft.warnings)
    same = Draft([])
    _second_opinion(article_page(), same)  # nothing found first: readability's text, said so
    assert same.warnings and same.warnings[0].startswith("only the second extractor (readability) found")


class Trickle(http.server.BaseHTTPRequestHandler):
    """Sends a page a few bytes at a time, each well within the read timeout."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(20):
                self.wfile.write(b"<p>slow</p>")
                self.wfile.flush()
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def trickle() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/page"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_that_trickles_past_the_total_limit_is_one_line(
    trickle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_fetch, "TOTAL_TIMEOUT", 1.0)
    code, _, err = add(capsys, tmp_path, trickle)
    assert code == 1 and len(err.splitlines()) == 1
    assert err.startswith(f"{trickle}: error: ") and "took more than 1 s to send the page" in err
    assert written(tmp_path) == []


def test_an_article_far_shorter_than_the_page_is_imported_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The page around the article (here a menu of 400 links) is ten times its size: check nothing is missing."""
    menu = "".join(f'<li><a href="/s/{i}">Section number {i} of the site</a></li>' for i in range(400))
    page = tmp_path / "menu.html"
    page.write_text(article_page().replace("<nav>", f"<nav><ul>{menu}</ul>"), encoding="utf-8")
    code, out, err = add(capsys, tmp_path / "corpus", str(page))
    assert code == 0, err
    assert re.search(
        rf"Warning: {re.escape(str(page))}: the article found is \d+ words of the page's \d+; "
        "check nothing of the article is missing",
        out,
    )
