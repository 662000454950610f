"""Material's search and Pagefind's side by side in headless Chromium, on the same synthetic corpus.

For each size, one project (synth.py) is built twice, `search: material` and `search: pagefind`;
each site is served on 127.0.0.1 and opened with an empty cache. After the page's load event
the query is typed in one go; measured: seconds from that keystroke to the first result,
seconds from navigation start, and the bytes fetched for search (Material: its worker and
search/search_index.json; Pagefind: everything under pagefind/ and our script).

    .venv/bin/python benchmarks/search_compare.py --sizes 500,2000 --query fentanyl
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.browser import ARGS, CHROMIUM  # noqa: E402
from benchmarks.synth import make_corpus_project  # noqa: E402

WORK = Path(__file__).resolve().parent / "work" / "search"
RESULT = {"material": ".md-search-result__item", "pagefind": ".briefing-search__result"}
BOX = {"material": "input.md-search__input", "pagefind": "input.briefing-search__input"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


def _is_search(url: str, engine: str) -> bool:
    if engine == "material":
        return "/search/" in url or "search.worker" in url or "/workers/" in url
    return "/pagefind/" in url or url.endswith("/assets/briefing/search.js")


def build(size: int, engine: str) -> tuple[Path, float]:
    project = WORK / f"{engine}-{size}"
    make_corpus_project(project, size)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "\n      search: material", f"\n      search: {engine}", 1), encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project, check=True, timeout=3600)
    return project / "site", time.perf_counter() - started


def measure(site: Path, engine: str, query: str, runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    after_key: list[float] = []
    from_start: list[float] = []
    fetched: list[int] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            for _ in range(runs):
                context = browser.new_context()  # an empty cache every run
                sizes: dict[str, int] = {}
                context.on("requestfinished", lambda request, sizes=sizes: sizes.__setitem__(
                    request.url, request.sizes()["responseBodySize"]) if _is_search(request.url, engine) else None)
                page = context.new_page()
                started = time.perf_counter()
                page.goto(url, wait_until="load")
                box = page.locator(BOX[engine])
                box.click()
                keyed = time.perf_counter()
                box.fill(query)
                page.wait_for_selector(RESULT[engine], state="attached", timeout=300_000)
                done = time.perf_counter()
                after_key.append(done - keyed)
                from_start.append(done - started)
                page.wait_for_load_state("networkidle")
                fetched.append(sum(sizes.values()))
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return {"after_keystroke_s": statistics.median(after_key), "from_navigation_s": statistics.median(from_start),
            "search_bytes": statistics.median(fetched), "runs_after_keystroke_s": after_key}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000")
    parser.add_argument("--query", default="fentanyl")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, Any] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        for engine in ("material", "pagefind"):
            site, seconds = build(size, engine)
            row = {"build_s": seconds, **measure(site, engine, args.query, args.runs)}
            results[f"{engine}-{size}"] = row
            print(f"{size} articles, {engine}: {json.dumps(row)}", flush=True)
    (WORK / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
