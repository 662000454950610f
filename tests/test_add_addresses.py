"""`briefing add` of web addresses: when two addresses name one page.

Pages are served by a real HTTP server on this machine (port 0).
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_site.importer_address import page_address
from tests.helpers import add, written

STORY = "Harbor repairs begin\n\nRepairs of the harbor begin on Monday, the town council said on March 3, 2025.\n"
OTHER = "Ferry service resumes\n\nThe ferry to the island resumes its crossings on Friday, the operator said.\n"

PAGE = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dam inspection ordered</title></head>'
    b"<body><article><h1>Dam inspection ordered</h1><p>The state ordered an inspection of the old dam above the"
    b" town on Tuesday, after engineers found cracks in its spillway during a routine visit.</p><p>The dam was"
    b" built in 1931 and holds the town's water supply, officials said at a meeting on Wednesday.</p>"
    b"</article></body></html>"
)




class Pages(http.server.BaseHTTPRequestHandler):
    """Serves PAGE at every path."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    """A real HTTP server on a free port of this machine; its host and port."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_an_address_in_other_case_is_given_again_not_fetched_again(server: str, tmp_path: Path, capsys) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"http://{server}/dam.html\nHTTP://{server}/dam.html\n", encoding="utf-8")
    code, out, err = add(capsys, tmp_path / "corpus", str(urls))
    assert (code, err) == (0, "")
    assert len(written(tmp_path / "corpus")) == 1
    assert f"  HTTP://{server}/dam.html: given again (first as http://{server}/dam.html); imported once" in out


def test_an_address_in_other_case_or_with_its_default_port_is_already_in_the_corpus(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    corpus = tmp_path / "corpus"
    assert add(capsys, corpus, str(tmp_path / "a.txt"), "--url", "https://example.org/News/a")[0] == 0
    code, _, err = add(capsys, corpus, str(tmp_path / "b.txt"), "--url", "HTTPS://Example.ORG:443/News/a")
    assert code == 1 and "has the same address as corpus/articles/" in err and "already in the corpus" in err


@pytest.mark.parametrize(
    ("given", "compared"),
    [
        ("HTTP://Example.org:80/a/B?q=C#top", "http://example.org/a/B?q=C"),
        ("https://EXAMPLE.org:443/", "https://example.org/"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("http://User@Example.org:443/a?utm_source=x", "http://User@example.org:443/a"),
        ("http://[::1]:80/a", "http://[::1]/a"),
    ],
)
def test_a_page_address_compares_scheme_and_host_without_case_and_default_port(given: str, compared: str) -> None:
    assert page_address(given) == compared
