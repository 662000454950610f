"""Material's search and Pagefind's side by side in headless Chromium, on the same synthetic corpus.

For each size, one project (synth.py) is built twice, `search: material` and `search: pagefind`;
each site is served on 127.0.0.1 and opened with an empty cache. After the page's load event
all but the query's last character are filled in, then the last is typed as a key press; measured: seconds from that keystroke to the first result,
seconds from navigation start, and the bytes fetched for search (Material: its worker and
search/search_index.json; Pagefind: everything under pagefind/ and our script).

    .venv/bin/python benchmarks/search_compare.py --sizes 500,2000 --query fentanyl

With `--shipped`, the repository's own briefing (its mkdocs.yml, docs/ and corpus/) is built
both ways instead, and each alias query also reports the page its first result opens:

    .venv/bin/python benchmarks/search_compare.py --shipped --query SEMAR,huachicol,Merida,Mérida
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.browser import ARGS, CHROMIUM  # noqa: E402
from benchmarks.synth import REPO, make_corpus_project  # noqa: E402

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


def _shipped_project(target: Path) -> None:
    """A copy of the repository's own briefing, its setting of `search:` replaced below."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")  # its theme's folder, copied beside it
    (target / "mkdocs.yml").write_text(config.replace("custom_dir: build_site/starter/", "custom_dir: "),
                                       encoding="utf-8")
    for folder in ("docs", "corpus", "build_site/starter/overrides"):
        shutil.copytree(REPO / folder, target / folder.removeprefix("build_site/starter/"))


def build(size: int | None, engine: str) -> tuple[Path, float]:
    """`size` synthetic articles, or (None) the shipped briefing, built with `engine`'s search."""
    project = WORK / f"{engine}-{size or 'shipped'}"
    if size is None:
        _shipped_project(project)
    else:
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
    first: list[str] = []
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
                box.fill(query[:-1])
                keyed = time.perf_counter()
                box.press(query[-1])  # the last keystroke: Material answers key events, not `input` alone
                page.wait_for_selector(RESULT[engine], state="attached", timeout=300_000)
                done = time.perf_counter()
                opened = page.locator(f"{RESULT[engine]} a").first.evaluate("a => new URL(a.href).pathname")
                first.append(opened)
                after_key.append(done - keyed)
                from_start.append(done - started)
                page.wait_for_load_state("networkidle")
                fetched.append(sum(sizes.values()))
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return {"after_keystroke_s": statistics.median(after_key), "from_navigation_s": statistics.median(from_start),
            "search_bytes": statistics.median(fetched), "runs_after_keystroke_s": after_key,
            "first_result": sorted(set(first))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000")
    parser.add_argument("--query", default="fentanyl")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shipped", action="store_true", help="the repository's own briefing, not synthetic ones")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    sizes: list[int | None] = [None] if args.shipped else [int(s) for s in args.sizes.split(",")]
    for size in sizes:
        for engine in ("material", "pagefind"):
            site, seconds = build(size, engine)
            for query in args.query.split(","):
                row = {"build_s": seconds, **measure(site, engine, query, args.runs)}
                results[f"{engine}-{size or 'shipped'}-{query}"] = row
                print(f"{size or 'shipped'}, {engine}, {query!r}: {json.dumps(row, ensure_ascii=False)}", flush=True)
    (WORK / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
