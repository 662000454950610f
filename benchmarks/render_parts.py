"""Where a rebuild's CPU goes beyond a bare Material build of as many pages, part by part.

    .venv/bin/python benchmarks/render_parts.py [--size 1000] [--repeat 3]

For each round, in fresh processes: a first build of the synthetic briefing; rebuilds after one
new article and after a codebook edit (an alias added, as cpu.py makes it), each from the cache
the build before left; and a bare Material build of the floor project (synth.py). Each build's
process times its parts with `time.process_time` by wrapping MkDocs', Material's, Jinja's and
the plugin's functions (a part holds the parts called inside it), so the columns compare the
same functions. It also counts the articles the build's process read and analysed itself (in
a first build, those it made while it waited for the workers) and the CPU seconds of their
pages' search parse. Rows named "- of which" are parts of the rows above them (the corpus
read inside the load; the cache's reads inside the articles' results; the Briefing, and the
disagreements' part per article, inside the assembly; topic pages inside the corpus-wide
pages; the record and the feed beside briefing.json; the security policy inside our
on_post_page). Beside them, where the rest of the wall goes: the process's CPU before the build
(start-up, imports and config: this script imports the briefing's modules for the floor too), its
kernel (system) CPU, the build's wall split by Linux's schedstat into running, waiting for a core
(other processes) and blocked (disk, locks), the process's wall from start to exit, and the `sync`
after it (the kernel writing the site back, kept out of the next build). Prints medians as a
Markdown table.
Measures the work tree's build_site/, not a snapshot (cpu.py compares revisions).
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import synth
from run import alias_edit
from material.plugins.search import plugin as material_search
from mkdocs import utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config

from build_site import pages, pipeline, plugin, site_files
from build_site.work import articles, cache, readings, topic_pages

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
Parts = dict[str, float]
ALL = "the build's process, all"
STARTUP = "the process before the build: start-up, imports, config (CPU-s)"
WHOLE = "the process whole, start to the build's end (CPU-s)"
KERNEL = "- of which: the kernel's, system CPU (CPU-s)"
WAITED = "- of which: waiting for a core, the run queue (s)"
BLOCKED = "- of which: blocked, neither running nor ready (s)"
BUILD_WALL = "wall: the build (s)"
PROCESS_WALL = "wall: the process, start to exit (s)"
SYNC_WALL = "wall: the site written back to disk after, `sync` (s)"
MADE = "articles read and analysed anew by the build's process (a count)"


def timed(owner: Any, name: str, label: str, parts: Parts, only: Callable[[], bool] = lambda: True) -> None:
    """Replace `owner.name` with a wrapper adding its CPU seconds to `parts[label]`."""
    function = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not only():
            return function(*args, **kwargs)
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            parts[label] = parts.get(label, 0.0) + time.process_time() - started

    setattr(owner, name, wrapper)


def scheduled() -> tuple[float, float]:
    """Seconds the build's thread has run on a core, and waited ready for one (Linux's schedstat):
    the rest of its wall it was blocked (disk, a lock, a sleep)."""
    ran, waited, _ = Path("/proc/self/schedstat").read_text().split()
    return int(ran) / 1e9, int(waited) / 1e9


def child(project: Path, site: Path, briefing: bool) -> Parts:
    """One build in this process, its parts timed."""
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    parts: Parts = {}
    timed(mkdocs_build, "_populate_page", "Markdown to HTML (MkDocs)", parts)
    timed(mkdocs_build, "_build_page", "each page built (MkDocs, with the plugins' hooks)", parts)
    timed(jinja2.Template, "render", "Jinja renders (Material's page template, our templates)", parts)
    timed(jinja2.Environment, "compile", "Jinja compiles templates", parts)
    timed(utils, "write_file", "pages written to disk", parts)
    timed(material_search.SearchPlugin, "on_page_context", "Material's search, per page", parts)
    timed(material_search.SearchPlugin, "on_post_build", "Material's search index written", parts)
    made = {"articles": 0}
    if briefing:
        main = os.getpid()
        timed(plugin.BriefingPlugin, "on_files", "load, plan, start the analysis", parts)
        timed(pipeline.Build, "_next_article", "articles' results taken (cache read, or made)", parts)
        timed(pipeline.Build, "assemble", "assemble (and the articles still due)", parts)
        timed(pages.PageRenderer, "corpus_page", "corpus-wide pages (our templates)", parts)
        timed(topic_pages.TopicPages, "page", "corpus-wide pages (our templates)", parts)  # topic pages, cached
        timed(plugin.BriefingPlugin, "on_post_page", "our on_post_page (feed link, CSP)", parts)
        timed(plugin, "write_outputs", "briefing.json, feed.xml", parts)

        def here() -> bool:
            return os.getpid() == main  # the build's process, not a worker

        timed(pages, "page_sections", "search parse of article pages made here", parts, here)
        timed(pipeline, "load_corpus", "- of which: the corpus read and checked", parts)
        timed(cache.ArticleCache, "read", "- of which: cache entries read", parts, here)
        timed(pipeline, "assemble_briefing", "- of which: the Briefing assembled", parts)
        timed(readings.KeptReadings, "of", "- of which: the disagreements' part per article (kept, or made)", parts)
        timed(topic_pages.TopicPages, "page", "- of which: topic pages (cache read, or made)", parts)
        timed(pipeline, "write_briefing_json", "- of which: briefing.json", parts)
        timed(site_files, "write_record", "- of which: the record of this build", parts)
        timed(site_files, "write_feed", "- of which: feed.xml", parts)
        timed(plugin, "with_content_security_policy", "- of which: the security policy per page", parts)
        result = articles.ArticleWork.result

        def counted(work: articles.ArticleWork, article: Any) -> articles.ArticleResult:
            made_here = result(work, article)
            made["articles"] += os.getpid() == main and not made_here.found[0]
            return made_here

        articles.ArticleWork.result = counted
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    started, wall, sched = time.process_time(), time.perf_counter(), scheduled()
    parts[STARTUP] = started
    mkdocs_build.build(config)
    parts[ALL] = time.process_time() - started
    parts[BUILD_WALL] = time.perf_counter() - wall
    ran, waited = (end - start for start, end in zip(sched, scheduled(), strict=True))
    parts[WAITED] = waited
    parts[BLOCKED] = parts[BUILD_WALL] - ran - waited
    parts[WHOLE] = time.process_time()
    parts[KERNEL] = resource.getrusage(resource.RUSAGE_SELF).ru_stime
    if briefing:
        parts[MADE] = made["articles"]
    return parts


def run_child(project: Path, site: Path, briefing: bool) -> Parts:
    """One build in a fresh process, its parts, and the wall from its start to its exit."""
    command = [sys.executable, __file__, "--child", str(project), str(site)] + (["--briefing"] if briefing else [])
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{done.stderr[-2000:]}")
    parts: Parts = json.loads(done.stdout.splitlines()[-1])
    parts[PROCESS_WALL] = wall
    started = time.perf_counter()
    os.sync()  # the kernel's writing of this build's files, kept out of the next build's time
    parts[SYNC_WALL] = time.perf_counter() - started
    return parts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--briefing", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        project, site = args.child
        print(json.dumps(child(project, site, args.briefing)))
        return 0
    os.environ["SOURCE_DATE_EPOCH"] = "1764900000"
    project = synth.make_corpus_project(WORK / "corpora" / f"n{args.size}", args.size)
    floor, _ = synth.make_floor_project(WORK / "floor" / f"n{args.size}", args.size)
    site, floor_site = WORK / "sites" / "parts", WORK / "sites" / "parts-floor"
    article_dir = project / "corpus" / "articles"
    runs: dict[str, list[Parts]] = {"floor": [], "+ 1 article": [], "codebook edit": [], "first build": []}
    for number in range(args.repeat):
        shutil.rmtree(project / ".cache", ignore_errors=True)
        runs["first build"].append(run_child(project, site, briefing=True))
        name, text = synth.synthetic_articles(args.size + number + 1)[args.size + number]
        (article_dir / f"added-{name}").write_text(text, encoding="utf-8")
        try:
            runs["+ 1 article"].append(run_child(project, site, briefing=True))
        finally:
            for path in article_dir.glob("added-*.md"):
                path.unlink()
        edit, undo = alias_edit(project, number)
        edit()
        try:
            runs["codebook edit"].append(run_child(project, site, briefing=True))
        finally:
            undo()
        runs["floor"].append(run_child(floor, floor_site, briefing=False))
        totals = ", ".join(f"{step} {r[-1][ALL]:.2f} CPU-s" for step, r in runs.items())
        print(f"round {number + 1}/{args.repeat}: {totals}", file=sys.stderr)
    labels = list(dict.fromkeys(label for step in runs.values() for parts in step for label in parts))
    print(f"| part ({args.size} articles, CPU-s, medians of {args.repeat}) | " + " | ".join(runs) + " |")
    print("|---|" + "---:|" * len(runs))
    for label in labels:
        cells = [statistics.median(parts.get(label, 0.0) for parts in step) for step in runs.values()]
        print(f"| {label} | " + " | ".join(f"{cell:.0f}" if label == MADE else f"{cell:.2f}" for cell in cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
