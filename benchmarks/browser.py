"""What a big search index costs a reader: time to the first search result in headless Chromium.

The site is served on 127.0.0.1 by http.server; `index_override` serves another file in place
of search/search_index.json, to measure a smaller index without copying the whole site.
"""
from __future__ import annotations

import functools
import http.server
import statistics
import threading
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


class _Handler(http.server.SimpleHTTPRequestHandler):
    index_override: Path | None = None

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet server
        pass

    def translate_path(self, path: str) -> str:
        if self.index_override is not None and path.split("?", 1)[0].endswith("/search/search_index.json"):
            return str(self.index_override)
        return super().translate_path(path)


def time_to_first_result(site: Path, query: str = "fentanyl", runs: int = 3,
                         index_override: Path | None = None, timeout_s: float = 180.0) -> dict[str, object]:
    """Median seconds from navigation start to the first search result, and each run."""
    from playwright.sync_api import sync_playwright

    handler = type("Handler", (_Handler,), {"index_override": index_override})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    results: list[float] = []
    loads: list[float] = []
    counts: list[int] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            try:
                for _ in range(runs):
                    context = browser.new_context()  # empty cache every run
                    page = context.new_page()
                    started = time.perf_counter()
                    page.goto(url, wait_until="load")
                    loads.append(time.perf_counter() - started)
                    box = page.locator("input.md-search__input")
                    box.click()
                    box.fill(query)
                    page.wait_for_selector(".md-search-result__item", state="attached", timeout=timeout_s * 1000)
                    results.append(time.perf_counter() - started)
                    counts.append(page.locator(".md-search-result__item").count())
                    context.close()
            finally:
                browser.close()
    finally:
        server.shutdown()
    return {"median_s": statistics.median(results), "runs_s": results, "page_load_s": statistics.median(loads),
            "result_items": counts[-1] if counts else 0}
