"""`mkdocs serve` (and so `briefing serve`) rebuilds when the codebook or an article changes."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except OSError:
        return 0, ""


def wait_for(url: str, predicate, seconds: float = 90) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    status, body = 0, ""
    while time.monotonic() < deadline:
        status, body = fetch(url)
        if predicate(status, body):
            return status, body
        time.sleep(0.5)
    return status, body


def test_serve_rebuilds_when_the_codebook_and_an_article_change(project: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen([sys.executable, "-m", "build_site", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        status, _ = wait_for(base + "threats/fuel-theft/", lambda s, b: s == 200)
        assert status == 200, "the preview server did not start"
        assert fetch(base + "actors/central-america-governments/")[0] == 404

        actors = project / "corpus" / "topics" / "actors.yml"
        actors.write_text(actors.read_text(encoding="utf-8") + (
            "\n- id: central-america-governments\n  name: Central American governments\n"
            "  aliases: [Central America]\n  summary: The governments of the isthmus.\n"), encoding="utf-8")
        status, body = wait_for(base + "actors/central-america-governments/", lambda s, b: s == 200)
        assert status == 200 and "Central American governments" in body

        article = project / "corpus" / "articles" / "border-issues-the-us-mexico-shared-security-interests.md"
        article.write_text(article.read_text(encoding="utf-8") + "\nA new closing line about Central America.\n",
                           encoding="utf-8")
        status, body = wait_for(base + "articles/border-issues-the-us-mexico-shared-security-interests/",
                                lambda s, b: "A new closing line" in b)
        assert "A new closing line" in body
    finally:
        server.terminate()
        server.wait(timeout=10)
