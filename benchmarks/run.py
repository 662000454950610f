"""Scale and speed of the briefing build, written to benchmarks/RESULTS.md as tables.

    .venv/bin/python benchmarks/run.py [--sizes 5,100,500,2000] [--repeat N] [--quick]

For each size: a synthetic corpus (real paragraphs, real codebook, fixed seed), a full
MkDocs build in a fresh process per run (phase timings from the briefing plugin, wall
time, peak RSS), the output sizes, and the floor: a bare Material build of as many plain
pages. Then the limits cases (one 10 MB article; a 500-topic codebook), the reader's cost
of the search index in headless Chromium, and a cProfile of the articles' analysis.
Raw numbers go to benchmarks/work/results.json; `--report-only` rewrites RESULTS.md from it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / "work"
PYTHON = sys.executable
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(REPO))

import synth  # noqa: E402

# The build's steps, in order (plugin.timings, from the pipeline's tracer): the articles are
# analysed (from the cache, or in the process pool) before MkDocs renders.
PHASES = ["load", "analyse", "assemble", "plan", "save cache", "render", "briefing.json", "search index"]
PRE_RENDER = ["load", "analyse", "assemble", "plan", "save cache"]
RENDER_WORK: list[str] = []  # the work inside the render by part: none since the analysis comes before it
WORK_LABELS: dict[str, str] = {}
KEEP_MARKER = "<!-- Everything below this line is written by hand and kept when run.py rewrites the file. -->"
MB = 1_000_000
KB = 1_000


PRODUCT: dict[str, str] = {}  # the snapshot of build_site/ the children import


def snapshot_product(ref: str) -> dict[str, str]:
    """build_site/, mkdocs.yml and docs/ as committed at `ref`, extracted under work/.

    Edits in progress do not leak in, and each revision builds with its own site files (an
    older build cannot make the pages a newer mkdocs.yml names in its nav)."""
    commit = subprocess.run(["git", "rev-parse", ref], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    target = WORK / "product" / commit[:12]
    if not (target / "docs").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", commit, "build_site", "mkdocs.yml", "docs"], cwd=REPO, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    subject = subprocess.run(["git", "log", "-1", "--format=%s", commit], cwd=REPO, capture_output=True, text=True).stdout.strip()
    return {"commit": commit, "subject": subject, "path": str(target)}


def child_env() -> dict[str, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
    if PRODUCT:
        env["BRIEFING_PRODUCT"] = PRODUCT["path"]
    return env


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------- running builds

def child_build(project: Path, site: Path, timeout: float | None = None, first: bool = True,
                sample_memory: bool = False, cpu: bool = False) -> dict[str, object]:
    """One build in a fresh interpreter; its JSON report, or {'error': ...}.

    `first`: a first build, with the project's analysis cache deleted beforehand; otherwise
    the build finds the cache the previous one left (a rebuild). `sample_memory`: also measure
    the memory of the build and its worker processes together (`tree_pss_mb`). Only in a run
    of its own: reading every process's memory map 20 times a second took CPU and locks from
    the build, and slowed a first build of 2,000 articles by ~1.3 s (7%)."""
    if site.exists():
        shutil.rmtree(site)
    if first:
        shutil.rmtree(project / ".cache", ignore_errors=True)
    env = child_env()
    started = time.perf_counter()
    with subprocess.Popen([PYTHON, str(HERE / "child.py"), str(project), str(site), *(["--cpu"] if cpu else [])], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, env=env, cwd=project) as child:
        tree_peak_kb = 0  # the build and its worker processes together, sampled while it runs
        while child.poll() is None:
            if timeout is not None and time.perf_counter() - started > timeout:
                child.kill()
                child.communicate()
                return {"error": f"did not finish within {timeout:.0f} s", "wall_outside": time.perf_counter() - started}
            if sample_memory:
                tree_peak_kb = max(tree_peak_kb, tree_pss_kb(child.pid))
            time.sleep(0.05)
        stdout, stderr = child.communicate()
    if child.returncode != 0:
        tail = (stderr or stdout).strip().splitlines()[-5:]
        return {"error": f"exit {child.returncode}: " + " | ".join(tail)}
    result = json.loads(stdout.strip().splitlines()[-1])
    if sample_memory:
        result["tree_pss_mb"] = tree_peak_kb / 1024
    if PRODUCT and not str(result.get("product", "")).startswith(PRODUCT["path"]):
        raise SystemExit(f"the child imported build_site from {result.get('product')}, not the snapshot")
    result["wall_outside"] = time.perf_counter() - started  # includes interpreter start and imports
    return result


def tree_pss_kb(pid: int) -> int:
    """Memory of a process and its descendants: the sum of their PSS (shared pages counted once)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue  # the process ended meanwhile
    return total


def html_pages(site: Path) -> dict[str, int]:
    return {str(p.relative_to(site)): p.stat().st_size for p in site.rglob("*.html")}


def is_index_page(rel: str) -> bool:
    """Section and list pages: home, kind indexes, article index pages."""
    parts = rel.split("/")
    return rel == "index.html" or (len(parts) == 2 and parts[1] == "index.html") or (
        len(parts) == 3 and parts[0] == "articles" and parts[1].startswith("page-"))


def output_sizes(site: Path) -> dict[str, object]:
    pages = html_pages(site)
    index = site / "search" / "search_index.json"
    index_pages = {k: v for k, v in pages.items() if is_index_page(k) and k != "404.html"}
    biggest_index = max(index_pages.items(), key=lambda kv: kv[1])
    biggest = sorted(pages.items(), key=lambda kv: -kv[1])[:10]
    return {
        "search_index": index.stat().st_size if index.exists() else 0,
        "home": pages.get("index.html", 0),
        "largest_index_page": list(biggest_index),
        "coverage": pages.get("analysis/coverage/index.html", 0),
        "largest_page": list(biggest[0]),
        "top_pages": [list(kv) for kv in biggest],
        "html_pages": len(pages),
        "html_bytes": sum(pages.values()),
        "key_pages": {k: v for k, v in pages.items() if k.startswith("analysis/") or is_index_page(k)},
    }


def search_index_breakdown(site: Path) -> dict[str, object]:
    """Bytes of the search index by section, and the sizes the alternatives would give."""
    data = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = data["docs"]

    def size(d: dict[str, object]) -> int:
        return len(json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    def section(doc: dict[str, str]) -> str:
        parts = doc["location"].split("#", 1)[0].strip("/").split("/")
        if parts[0] == "articles" and len(parts) > 1 and not re.fullmatch(r"page-\d+", parts[1]):
            return "article pages"
        if parts[0] in ("threats", "actors", "programs", "challenges") and len(parts) > 1:
            return "topic pages"
        if parts[0] in ("", "threats", "actors", "programs", "challenges", "articles"):
            return "index pages"
        return "other pages"

    by_section: dict[str, int] = {}
    for doc in docs:
        by_section[section(doc)] = by_section.get(section(doc), 0) + size(doc)

    def write(name: str, kept: list[dict[str, str]]) -> tuple[int, Path]:
        path = WORK / f"search_index.{name}.json"
        text = json.dumps({**data, "docs": kept}, ensure_ascii=False, separators=(",", ":"))
        path.write_text(text, encoding="utf-8")
        return path.stat().st_size, path

    # (1) article pages excluded from search (Material: `search: exclude: true` in their front matter)
    no_articles = [d for d in docs if section(d) != "article pages"]
    # (2) article pages indexed by title only: their page entry kept, text emptied, sections dropped
    titles_only = [d if section(d) != "article pages" else {**d, "text": ""} for d in docs
                   if section(d) != "article pages" or "#" not in d["location"]]
    # (3) titles only for article pages AND topic pages (evidence sentences repeat article text)
    lean = [d if section(d) not in ("article pages", "topic pages") else {**d, "text": ""} for d in docs
            if section(d) not in ("article pages", "topic pages") or "#" not in d["location"]]
    # (4) topic pages by title only: their evidence quotes articles that are indexed anyway
    topic_titles = [d if section(d) != "topic pages" else {**d, "text": ""} for d in docs
                    if section(d) != "topic pages" or "#" not in d["location"]]
    sizes = {}
    files = {}
    for name, kept in (("no-articles", no_articles), ("article-titles", titles_only),
                       ("topic-titles", topic_titles), ("titles-only", lean)):
        sizes[name], files[name] = write(name, kept)
    return {"entries": len(docs), "by_section": by_section, "alternatives": sizes,
            "alternative_files": {k: str(v) for k, v in files.items()}}


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# ---------------------------------------------------------------- the measurement plan

def run_size(size: int, repeat: int) -> dict[str, object]:
    project = synth.make_corpus_project(WORK / "corpora" / f"n{size}", size)
    floor_project, floor_pages = synth.make_floor_project(WORK / "floor" / f"n{size}", size)
    site, floor_site = WORK / "sites" / f"n{size}", WORK / "sites" / f"floor{size}"
    runs, floors = [], []
    for number in range(1, repeat + 1):  # interleaved, so a noisy minute hits both
        result = child_build(project, site)
        if "error" in result:
            raise SystemExit(f"build of {size} articles failed: {result['error']}")
        runs.append(result)
        floor = child_build(floor_project, floor_site)
        if "error" in floor:
            raise SystemExit(f"floor build of {size} pages failed: {floor['error']}")
        floors.append(floor)
        log(f"  {size} articles, run {number}/{repeat}: total {result['total']:.2f} s, "
            f"peak {result['max_rss_mb']:.0f} MB; floor {floor['total']:.2f} s")
    sizes = output_sizes(site)
    memory_site = WORK / "sites" / f"n{size}-memory"
    memory = child_build(project, memory_site, sample_memory=True)  # one run: the table's memory is no median
    shutil.rmtree(memory_site, ignore_errors=True)
    if "error" in memory:
        raise SystemExit(f"build of {size} articles failed: {memory['error']}")
    rebuilt_site = WORK / "sites" / f"n{size}-rebuilt"  # the first build's site stays for the browser test
    rebuilds = rebuild_runs(project, rebuilt_site, size, repeat)
    codebook_edits = codebook_edit_runs(project, rebuilt_site, size, repeat)
    floor_html = html_pages(floor_site)
    summary = {
        "size": size,
        "repeat": repeat,
        "runs": runs,
        "floor_runs": floors,
        "rebuild_runs": rebuilds,
        "rebuild_phases": {p: median([r["timings"].get(p, 0.0) for r in rebuilds]) for p in PHASES},
        "rebuild_work": {p: median([r.get("work", {}).get(p, 0.0) for r in rebuilds]) for p in RENDER_WORK},
        "rebuild_total": median([r["total"] for r in rebuilds]),
        "codebook_runs": codebook_edits,
        "codebook_phases": {p: median([r["timings"].get(p, 0.0) for r in codebook_edits]) for p in PHASES},
        "codebook_work": {p: median([r.get("work", {}).get(p, 0.0) for r in codebook_edits]) for p in RENDER_WORK},
        "codebook_total": median([r["total"] for r in codebook_edits]),
        "phases": {p: median([r["timings"].get(p, 0.0) for r in runs]) for p in PHASES},
        "work": {p: median([r.get("work", {}).get(p, 0.0) for r in runs]) for p in RENDER_WORK},
        "total": median([r["total"] for r in runs]),
        "config": median([r["config"] for r in runs]),
        "max_rss_mb": median([r["max_rss_mb"] for r in runs]),
        "tree_pss_mb": memory["tree_pss_mb"],
        "floor_total": median([f["total"] for f in floors]),
        "floor_rss_mb": median([f["max_rss_mb"] for f in floors]),
        "floor_pages": floor_pages,
        "floor_html_pages": len(floor_html),
        "floor_search_index": (floor_site / "search" / "search_index.json").stat().st_size,
        "outputs": sizes,
    }
    summary["other"] = summary["total"] - sum(summary["phases"].values())
    if size == max(SIZES):
        summary["search_breakdown"] = search_index_breakdown(site)
    for path in (floor_site, rebuilt_site):  # keep the briefing sites (browser test, page sizes); the rest are done
        shutil.rmtree(path, ignore_errors=True)
    return summary


def rebuild_runs(project: Path, site: Path, size: int, repeat: int) -> list[dict[str, object]]:
    """The everyday rebuild: the cache of a build of `size` articles, one new article added.

    Each run adds a different article (and removes the previous run's), so each finds
    `size` articles in the cache and one that is not."""
    changes, undo = new_article_changes(project, size, repeat)
    return timed_rebuilds(project, site, f"{size} articles + 1, rebuild", changes, undo)


def new_article_changes(project: Path, size: int, repeat: int) -> tuple[list[Callable[[], None]], Callable[[], None]]:
    """The changes of `rebuild_runs` (run `n` adds synthetic article size + n and removes the
    one added before), and what removes the last."""
    folder = project / "corpus" / "articles"

    def remove_added() -> None:
        for path in folder.glob("added-*.md"):
            path.unlink()

    def add(name: str, text: str) -> Callable[[], None]:
        def change() -> None:
            remove_added()
            (folder / f"added-{name}").write_text(text, encoding="utf-8")
        return change

    return [add(name, text) for name, text in synth.synthetic_articles(size + repeat)[size:]], remove_added


# An analyst's everyday codebook edit: one alias added to a topic (a different one each run).
# Impunity is the topic the fewest synthetic articles name (about a fifth: they are shuffled
# paragraphs of the real corpus, so every topic is in many); each alias is a phrase of its words.
EDITED_TOPIC = ("challenges.yml", "impunity")
NEW_ALIASES = ("culture of impunity", "climate of impunity", "near-total impunity", "widespread impunity",
               "total impunity")


def with_alias(codebook: str, topic_id: str, alias: str) -> str:
    """A kind file's text with `alias` first in the aliases of `topic_id` (an inline list)."""
    entry = codebook.index(f"- id: {topic_id}\n")
    start = codebook.index("  aliases: [", entry) + len("  aliases: [")
    return codebook[:start] + alias + (", " if codebook[start] != "]" else "") + codebook[start:]


def alias_edit(project: Path, number: int) -> tuple[Callable[[], None], Callable[[], None]]:
    """The edit of run `number` (an alias added to EDITED_TOPIC), and what undoes it."""
    path = project / "corpus" / "topics" / EDITED_TOPIC[0]
    original = path.read_text(encoding="utf-8")
    edited = with_alias(original, EDITED_TOPIC[1], NEW_ALIASES[number % len(NEW_ALIASES)])
    return (lambda: path.write_text(edited, encoding="utf-8")), (lambda: path.write_text(original, encoding="utf-8"))


def codebook_edit_runs(project: Path, site: Path, size: int, repeat: int) -> list[dict[str, object]]:
    """The other everyday rebuild: an alias added to a topic, which changes what the articles
    that name the topic (or the alias's words) match. Each run starts from the cache of the
    previous one, whose alias it replaces."""
    changes, undo = codebook_edit_changes(project, repeat)
    return timed_rebuilds(project, site, f"{size} articles, codebook edit", changes, undo)


def codebook_edit_changes(project: Path, repeat: int) -> tuple[list[Callable[[], None]], Callable[[], None]]:
    """The edits of `codebook_edit_runs` (`alias_edit` of each run), and what undoes them."""
    edits = [alias_edit(project, number) for number in range(repeat)]
    return [edit for edit, _ in edits], (edits[0][1] if edits else lambda: None)


def timed_rebuilds(project: Path, site: Path, label: str, changes: list[Callable[[], None]],
                   undo: Callable[[], None]) -> list[dict[str, object]]:
    """A rebuild after each change in turn, from the cache the build before left; `undo` at the end."""
    runs = []
    try:
        for number, change in enumerate(changes, start=1):
            change()
            result = child_build(project, site, first=False)
            if "error" in result:
                raise SystemExit(f"{label} {number} failed: {result['error']}")
            runs.append(result)
            log(f"  {label} {number}/{len(changes)}: total {result['total']:.2f} s")
    finally:
        undo()
    return runs


def run_limits(timeout: float) -> dict[str, object]:
    out: dict[str, object] = {}
    project = synth.make_big_article_project(WORK / "limits" / "big-article", megabytes=10.0)
    big = project / "corpus" / "articles" / "a-very-long-article.md"
    log(f"limits: one {big.stat().st_size / MB:.1f} MB article among the 5 real ones")
    result = child_build(project, WORK / "sites" / "big-article", timeout=timeout)
    result["article_bytes"] = big.stat().st_size
    result["article_paragraphs"] = big.read_text(encoding="utf-8").count("\n\n")
    if "error" not in result:
        result["outputs"] = output_sizes(WORK / "sites" / "big-article")
        result["outputs"].pop("key_pages", None)
    out["big_article"] = result
    log(f"  -> {result.get('total', result.get('error'))}")

    project = synth.make_corpus_project(WORK / "limits" / "baseline-5", 5)
    shutil.rmtree(project / "corpus" / "articles")
    shutil.copytree(REPO / "corpus" / "articles", project / "corpus" / "articles")
    out["real_5"] = child_build(project, WORK / "sites" / "real-5", timeout=timeout)

    project = synth.make_big_codebook_project(WORK / "limits" / "big-codebook", articles=100, topics=500)
    topics = sum(p.read_text(encoding="utf-8").count("\n- id:") + p.read_text(encoding="utf-8").startswith("- id:")
                 for p in (project / "corpus" / "topics").glob("*.yml"))
    log(f"limits: codebook of {topics} topics, 100 synthetic articles")
    result = child_build(project, WORK / "sites" / "big-codebook", timeout=timeout)
    result["topics"] = topics
    if "error" not in result:
        result["outputs"] = output_sizes(WORK / "sites" / "big-codebook")
        result["outputs"].pop("key_pages", None)
    out["big_codebook"] = result
    log(f"  -> {result.get('total', result.get('error'))}")
    for name in ("big-article", "real-5", "big-codebook"):
        shutil.rmtree(WORK / "sites" / name, ignore_errors=True)
    return out


def run_browser(size: int, breakdown: dict[str, object], runs: int) -> dict[str, object]:
    from browser import time_to_first_result

    site = WORK / "sites" / f"n{size}"
    out: dict[str, object] = {"size": size}
    log(f"browser: time to first result for 'fentanyl' on the {size}-article site")
    out["full"] = time_to_first_result(site, runs=runs)
    log(f"  full index: {out['full']['median_s']:.2f} s")
    for name in ("article-titles", "topic-titles"):
        path = Path(breakdown["alternative_files"][name])  # type: ignore[index]
        out[name] = time_to_first_result(site, runs=runs, index_override=path)
        log(f"  {name} index: {out[name]['median_s']:.2f} s")
    return out


def run_profile(size: int, phase: str) -> dict[str, object]:
    section = "render_pages" if phase == "pages" else "load_inputs"
    log(f"profile: {section} at {size} articles (cProfile)")
    done = subprocess.run([PYTHON, str(HERE / "profile_phases.py"), str(WORK / "corpora" / f"n{size}"),
                           "--top", "15", "--only", section],
                          capture_output=True, text=True, env=child_env())
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- the report

def machine() -> dict[str, str]:
    import importlib.metadata as md

    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": f"{mem_kb / 1024 / 1024:.1f} GiB",
        "python": platform.python_version(),
        "mkdocs": md.version("mkdocs"),
        "material": md.version("mkdocs-material"),
        "os": f"{platform.system()} {platform.release()}",
    }


def fmt_s(x: float) -> str:
    return f"{x:.2f}" if x < 100 else f"{x:.0f}"


def fmt_bytes(n: float) -> str:
    if n >= MB:
        return f"{n / MB:.1f} MB"
    return f"{n / KB:.0f} KB"


def ok(flag: bool) -> str:
    return "✅" if flag else "❌"


def targets(data: dict[str, object]) -> list[tuple[str, bool, str]]:
    sizes = data["sizes"]  # type: ignore[index]
    by = {s["size"]: s for s in sizes}
    largest = max(by)
    checks: list[tuple[str, bool, str]] = []
    for build, phases, total in (("first build", "phases", "total"), ("rebuild", "rebuild_phases", "rebuild_total"),
                                 ("codebook edit", "codebook_phases", "codebook_total")):
        if any(phases not in s for s in by.values()):
            continue  # results of a run from before rebuilds were measured
        shares = {n: sum(s[phases][p] for p in PRE_RENDER) / s[total] for n, s in by.items()}
        checks.append((f"(a) {build}: everything before render ≤ 10% of the total at every size",
                       all(v <= 0.10 for v in shares.values()),
                       ", ".join(f"{n}: {v:.0%}" for n, v in shares.items())))
        ratio = by[largest][total] / by[largest]["floor_total"]
        checks.append((f"(b) {build}: total ≤ 1.5× the floor at {largest} articles", ratio <= 1.5, f"{ratio:.2f}×"))
    pairs = [(a, b) for a in by for b in by if b == 2 * a and a >= 500]
    if (500 in by) and (2000 in by):
        pairs.append((500, 2000))
    growth = []
    for a, b in pairs:
        per = (by[b]["total"] / b) / (by[a]["total"] / a)
        growth.append((a, b, per))
    checks.append(("(c) doubling the corpus at most doubles the time (+10%): time per article, larger ÷ smaller ≤ 1.10",
                   all(g <= 1.10 for *_, g in growth) if growth else False,
                   ", ".join(f"{a}→{b}: ×{by[b]['total'] / by[a]['total']:.2f} time, {g:.2f} per article" for a, b, g in growth) or "no pair measured"))
    rss = by[largest]["max_rss_mb"]
    tree = by[largest].get("tree_pss_mb", 0.0)
    checks.append((f"(d) peak memory ≤ 1 GB at {largest} articles (the build process; with its workers)",
                   max(rss, tree) <= 1024, f"{rss:.0f} MB; {tree:.0f} MB with its workers"))
    home = by[largest]["outputs"]["home"]
    unbounded = growing_pages(data)
    checks.append((f"(e) home ≤ 200 KB at {largest} articles, and no page grows without bound",
                   home <= 200 * KB and not unbounded,
                   f"home {fmt_bytes(home)}; " + (f"{len(unbounded)} pages keep growing with the corpus (see the table)" if unbounded else "no page keeps growing")))
    return checks


def growing_pages(data: dict[str, object]) -> list[str]:
    """Pages that still grew by more than 25% between the two largest sizes."""
    sizes = sorted(data["sizes"], key=lambda s: s["size"])  # type: ignore[index]
    if len(sizes) < 2:
        return []
    small, large = sizes[-2], sizes[-1]
    out = []
    small_pages = {**small["outputs"]["key_pages"], **dict(small["outputs"]["top_pages"])}
    for page, size in large["outputs"]["top_pages"] + list(large["outputs"]["key_pages"].items()):
        before = small_pages.get(page)
        if before and size > 1.25 * before and size > 100 * KB and page not in out:
            out.append(page)
    return out


PHASE_LABELS = {"load": "load (read the corpus, list the pages, start the workers)",
                "render": "MkDocs render, the articles analysed alongside", "search index": "search index (write)"}


def work_rows(add: Callable[[str], None], sizes: list[dict[str, Any]], prefix: str) -> None:
    if all(f"{prefix}work" in s for s in sizes):
        for p in RENDER_WORK:
            add(f"| {WORK_LABELS[p]} | " + " | ".join(fmt_s(s[f"{prefix}work"][p]) for s in sizes) + " |")


def rebuild_table(add: Callable[[str], None], sizes: list[dict[str, Any]], prefix: str, title: str, name: str,
                  intro: str, column: Callable[[dict[str, Any]], str]) -> None:
    """A rebuild's phases per size, from the runs stored under `{prefix}_phases`, `_total`, `_runs`."""
    if not all(f"{prefix}_phases" in s for s in sizes):
        return  # results of a run from before this rebuild was measured
    phases, total = f"{prefix}_phases", f"{prefix}_total"
    add(f"## {title}\n")
    add(intro + "\n")
    add("| phase | " + " | ".join(column(s) for s in sizes) + " |")
    add("|---|" + "---:|" * len(sizes))
    for p in PHASES:
        add(f"| {PHASE_LABELS.get(p, p)} | " + " | ".join(fmt_s(s[phases][p]) for s in sizes) + " |")
    work_rows(add, sizes, prefix + "_")
    add(f"| **total ({name})** | " + " | ".join(f"**{fmt_s(s[total])}**" for s in sizes) + " |")
    add("| before render | " + " | ".join(f"{sum(s[phases][p] for p in PRE_RENDER) / s[total]:.0%}" for s in sizes) + " |")
    add(f"| **{name} ÷ floor** | " + " | ".join(f"**{s[total] / s['floor_total']:.1f}×**" for s in sizes) + " |")
    add(f"| {name} ÷ first build | " + " | ".join(f"{s[total] / s['total']:.2f}" for s in sizes) + " |")
    add("| runs | " + " | ".join(str(len(s[f"{prefix}_runs"])) for s in sizes) + " |")
    add("")


def report(data: dict[str, object]) -> str:
    sizes = sorted(data["sizes"], key=lambda s: s["size"])  # type: ignore[index]
    m = data["machine"]  # type: ignore[index]
    lines: list[str] = []
    add = lines.append
    add("# Benchmarks: scale and speed of the briefing build\n")
    add(f"Measured {data['date']} with `benchmarks/run.py {data['argv']}`, on `build_site/` as committed in "
        f"{data['product']['commit'][:10]} ({data['product']['subject']}).")
    add(f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM, {m['os']}; Python {m['python']}, "
        f"MkDocs {m['mkdocs']}, Material for MkDocs {m['material']}. The machine is shared and noisy: every "
        "time is the **median** of the runs shown in the `runs` row, each run a fresh process.\n")
    add("Corpora: synthetic articles of 8–25 real paragraphs each (shuffled, fixed seed), 20 made-up publishers, "
        "dates 2015–2025, types news/analysis/opinion, the real codebook "
        f"({data.get('topics', '?')} topics). Times in seconds.\n")

    add("## First build, per phase\n")
    add("A build with no cache: the first build of a project, or after a change to the code (a codebook edit has its own table below).\n")
    header = "| phase | " + " | ".join(f"{s['size']:,} articles" for s in sizes) + " |"
    add(header)
    add("|---|" + "---:|" * len(sizes))
    for p in PHASES:
        add(f"| {PHASE_LABELS.get(p, p)} | " + " | ".join(fmt_s(s["phases"][p]) for s in sizes) + " |")
    work_rows(add, sizes, "")
    add("| other (MkDocs config, files, nav) | " + " | ".join(fmt_s(max(s["other"], 0.0)) for s in sizes) + " |")
    add("| **total (build)** | " + " | ".join(f"**{fmt_s(s['total'])}**" for s in sizes) + " |")
    add("| before render (load) | " + " | ".join(
        f"{sum(s['phases'][p] for p in PRE_RENDER) / s['total']:.0%}" for s in sizes) + " |")
    add("| floor: bare Material, same page count | " + " | ".join(fmt_s(s["floor_total"]) for s in sizes) + " |")
    add("| **total ÷ floor** | " + " | ".join(f"**{s['total'] / s['floor_total']:.1f}×**" for s in sizes) + " |")
    add("| time per article (ms) | " + " | ".join(f"{1000 * s['total'] / s['size']:.0f}" for s in sizes) + " |")
    add("| peak memory (RSS) | " + " | ".join(f"{s['max_rss_mb']:.0f} MB" for s in sizes) + " |")
    add("| peak memory with workers (PSS) | " + " | ".join(f"{s.get('tree_pss_mb', 0):.0f} MB" for s in sizes) + " |")
    add("| floor peak memory | " + " | ".join(f"{s['floor_rss_mb']:.0f} MB" for s in sizes) + " |")
    add("| pages (briefing / floor) | " + " | ".join(f"{s['outputs']['html_pages']} / {s['floor_html_pages']}" for s in sizes) + " |")
    add("| runs | " + " | ".join(str(len(s["runs"])) for s in sizes) + " |")
    add("")
    add("`total (build)` is `mkdocs.commands.build.build(config)` in the child process (plus `load_config`); "
        "interpreter start and imports (~0.6 s) are not included. `MkDocs render` is everything between the "
        "briefing plugin's `on_files` and `on_post_build`: Markdown → HTML, Material's templates, writing the "
        "files, copying the theme's assets, and, alongside, the articles' analysis: the build process takes each "
        "article's result (from a worker, or made or read from the cache itself) when MkDocs reaches its page, "
        "then draws the corpus-wide analysis and pages and starts briefing.json before the first page that needs "
        "them (the `… of which` rows). The rows marked *all processes* add up the time each part took in "
        "whichever process did it, so with workers they exceed the wall time. The search plugin collects its "
        "text during the render too and only writes the JSON in `search index`. The floor builds the same number of pages (the articles' own Markdown "
        "bodies, a short page per topic, the same index pages) with the same theme settings and a section-only "
        "nav, without the briefing plugin.\n")

    rebuild_table(add, sizes, "rebuild", "Rebuild after adding one article", "rebuild",
                  "The everyday case: the cache of a build of *n* articles is in place (`.cache/briefing/`), one new "
                  "article is added, and the site is rebuilt. Each run adds a different article.",
                  lambda s: f"{s['size']:,} + 1")
    rebuild_table(add, sizes, "codebook", "Rebuild after a codebook edit", "codebook edit",
                  "The analyst adds an alias to a topic (Impunity, which about a fifth of the synthetic articles "
                  "name; a different alias each run) and rebuilds: the matches and pages of the articles that name "
                  "the topic or write the alias's words are redone, and no article's text is read again.",
                  lambda s: f"{s['size']:,}")

    add("## Targets\n")
    add("| target | result | measured |")
    add("|---|:---:|---|")
    for name, passed, detail in targets(data):
        add(f"| {name} | {ok(passed)} | {detail} |")
    add("")

    add("## Output sizes\n")
    add("| output | " + " | ".join(f"{s['size']:,}" for s in sizes) + " |")
    add("|---|" + "---:|" * len(sizes))
    add("| `search/search_index.json` | " + " | ".join(fmt_bytes(s["outputs"]["search_index"]) for s in sizes) + " |")
    add("| floor's search index | " + " | ".join(fmt_bytes(s["floor_search_index"]) for s in sizes) + " |")
    add("| home `index.html` | " + " | ".join(fmt_bytes(s["outputs"]["home"]) for s in sizes) + " |")
    add("| largest index page | " + " | ".join(
        f"{fmt_bytes(s['outputs']['largest_index_page'][1])} `{s['outputs']['largest_index_page'][0]}`" for s in sizes) + " |")
    add("| coverage matrix page | " + " | ".join(fmt_bytes(s["outputs"]["coverage"]) for s in sizes) + " |")
    add("| largest HTML page | " + " | ".join(
        f"{fmt_bytes(s['outputs']['largest_page'][1])} `{s['outputs']['largest_page'][0]}`" for s in sizes) + " |")
    add("| all HTML | " + " | ".join(fmt_bytes(s["outputs"]["html_bytes"]) for s in sizes) + " |")
    add("")
    largest = sizes[-1]
    add(f"### The biggest pages at {largest['size']:,} articles, and the same pages at every size\n")
    add("| page | " + " | ".join(f"{s['size']:,}" for s in sizes) + " |")
    add("|---|" + "---:|" * len(sizes))
    shown = [p for p, _ in largest["outputs"]["top_pages"]]
    numbered = {p: n for p, n in largest["outputs"]["key_pages"].items() if p.startswith("articles/page-")}
    heaviest = max(numbered, key=lambda p: numbered[p]) if numbered else None  # one row stands for all of them
    shown += [p for p in sorted(largest["outputs"]["key_pages"])
              if p not in shown and (not p.startswith("articles/page-") or p == heaviest)]
    for page in shown:
        cells = []
        for s in sizes:
            known = {**s["outputs"]["key_pages"], **dict(s["outputs"]["top_pages"])}
            cells.append(fmt_bytes(known[page]) if page in known else "–")
        add(f"| `{page}` | " + " | ".join(cells) + " |")
    unbounded = growing_pages(data)
    add("")
    if unbounded:
        add("Pages that grew by more than 25% (and are over 100 KB) between the two largest sizes: "
            + ", ".join(f"`{p}`" for p in unbounded) + ". (– means the page was not among that size's "
            "ten biggest pages, or does not exist there.)\n")
    else:
        add("No page over 100 KB grew by more than 25% between the two largest sizes.\n")

    if "search_breakdown" in largest:
        sb = largest["search_breakdown"]
        add(f"## Search index at {largest['size']:,} articles\n")
        add(f"{sb['entries']:,} entries, {fmt_bytes(largest['outputs']['search_index'])}. Share by kind of page "
            "(bytes of the JSON entries):\n")
        add("| pages | bytes | share |")
        add("|---|---:|---:|")
        total = sum(sb["by_section"].values())
        for name, n in sorted(sb["by_section"].items(), key=lambda kv: -kv[1]):
            add(f"| {name} | {fmt_bytes(n)} | {n / total:.0%} |")
        add("")
        add("Alternatives (the index rewritten from the real one, so the sizes are measured, not estimated):\n")
        add("| index | size |")
        add("|---|---:|")
        add(f"| as built | {fmt_bytes(largest['outputs']['search_index'])} |")
        labels = {"no-articles": "article pages excluded (`search: exclude: true` in each generated article's front matter)",
                  "article-titles": "article pages by title only (no body text, no per-paragraph sections)",
                  "topic-titles": "topic pages by title only (their evidence quotes the articles, which stay indexed)",
                  "titles-only": "article and topic pages by title only"}
        for name, n in sb["alternatives"].items():
            add(f"| {labels[name]} | {fmt_bytes(n)} |")
        add("")
    browser = data.get("browser")
    if browser:
        add(f"### What it costs a reader: time to the first search result ({browser['size']:,} articles)\n")
        add("Headless Chromium (Playwright), site served by `http.server` on 127.0.0.1, a fresh browser context "
            "(empty cache) per run: navigate to the home page, type *fentanyl* into the search box, wait for the "
            "first `.md-search-result__item`. Material downloads the index and builds its lunr index in a web "
            "worker before it can answer.\n")
        add("| index | size | page load | first result (median) | runs |")
        add("|---|---:|---:|---:|---|")
        add(f"| as built | {fmt_bytes(largest['outputs']['search_index'])} | {browser['full']['page_load_s']:.2f} s | "
            f"**{browser['full']['median_s']:.2f} s** | {', '.join(f'{x:.2f}' for x in browser['full']['runs_s'])} |")
        for name in ("article-titles", "topic-titles", "no-articles", "titles-only"):
            if name in browser:
                r = browser[name]
                add(f"| {labels[name]} | {fmt_bytes(largest['search_breakdown']['alternatives'][name])} | "
                    f"{r['page_load_s']:.2f} s | **{r['median_s']:.2f} s** | {', '.join(f'{x:.2f}' for x in r['runs_s'])} |")
        add("")
    elif "search_breakdown" in largest:
        add(f"The index stays under 10 MB at {largest['size']:,} articles, so the browser measurement was skipped.\n")

    limits = data.get("limits")
    if limits:
        add("## Limits\n")
        add("| case | input | build total | before render | MkDocs render | peak memory | largest page |")
        add("|---|---|---:|---:|---:|---:|---|")

        def row(name: str, r: dict[str, object], what: str) -> None:
            if "error" in r:
                add(f"| {name} | {what} | {r['error']} | | | | |")
                return
            t = r["timings"]
            pre = sum(t.get(p, 0.0) for p in PRE_RENDER)
            page = r.get("outputs", {}).get("largest_page", ["", 0])
            add(f"| {name} | {what} | {fmt_s(r['total'])} s | {fmt_s(pre)} s | {fmt_s(t.get('render', 0.0))} s | "
                f"{r['max_rss_mb']:.0f} MB | {fmt_bytes(page[1]) + ' `' + page[0] + '`' if page[0] else ''} |")

        row("baseline", limits["real_5"], "the 5 real articles, real codebook")
        ba = limits["big_article"]
        row("one 10 MB article", ba, f"5 real + 1 article of {fmt_bytes(ba['article_bytes'])} ({ba['article_paragraphs']:,} paragraphs)")
        base100 = next((s for s in sizes if s["size"] == 100), None)
        if base100:
            add(f"| baseline | 100 synthetic articles, real codebook | {fmt_s(base100['total'])} s | "
                f"{fmt_s(sum(base100['phases'][p] for p in PRE_RENDER))} s | {fmt_s(base100['phases']['render'])} s | "
                f"{base100['max_rss_mb']:.0f} MB | {fmt_bytes(base100['outputs']['largest_page'][1])} `{base100['outputs']['largest_page'][0]}` |")
        bc = limits["big_codebook"]
        row("500-topic codebook", bc, f"100 synthetic articles, {bc['topics']} topics with overlapping aliases")
        add("")
        for name, r in (("one 10 MB article", ba), ("500-topic codebook", bc)):
            if "error" not in r:
                add(f"Phases, {name}: " + ", ".join(f"{p} {fmt_s(r['timings'].get(p, 0.0))} s" for p in PHASES) + ".")
        add("\nThe 500-topic codebook keeps the real 72 topics and adds topics whose aliases are prefixes and suffixes "
            "of the real aliases and frequent 2–3-word phrases of the real text, so aliases overlap each other "
            "(longest match first has work to do). Each limits case is one run.\n")

    prof = data.get("profile")
    if prof and "error" not in prof:
        slowest = slowest_phase(sizes[-1])
        section = "render_pages" if slowest == "pages" else "load_inputs"
        add(f"## Profile: the articles' analysis at {sizes[-1]['size']:,} articles, in one process\n")
        add(f"cProfile of `{section}` alone (outside MkDocs, in one process, no cache; profiling overhead included: "
            f"{prof[section]['seconds']:.1f} s under the profiler). Top 15 by cumulative time:\n")
        add("| function | calls | own s | cumulative s |")
        add("|---|---:|---:|---:|")
        for r in prof[section]["top"]:
            add(f"| `{r['function']}` | {r['calls']:,} | {r['tottime']:.2f} | {r['cumtime']:.2f} |")
        add("")
    if data.get("notes"):
        add("Notes on this run: " + " ".join(data["notes"]) + "\n")
    add("## How to reproduce\n")
    add("`.venv/bin/python benchmarks/run.py --sizes 5,100,500,1000,2000` (see benchmarks/README.md). "
        "Raw numbers of the last run: `benchmarks/work/results.json` (not committed).\n")
    return "\n".join(lines)


def slowest_phase(size_summary: dict[str, object]) -> str:
    return max(PRE_RENDER, key=lambda p: size_summary["phases"][p])


def write_results(data: dict[str, object], path: Path) -> None:
    kept = ""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if KEEP_MARKER in old:
            kept = old.split(KEEP_MARKER, 1)[1]
    text = report(data) + "\n" + KEEP_MARKER + (kept if kept else "\n")
    path.write_text(text, encoding="utf-8")


def print_ratios(data: dict[str, object]) -> None:
    for s in sorted(data["sizes"], key=lambda s: s["size"]):  # type: ignore[index]
        pre = sum(s["phases"][p] for p in PRE_RENDER)
        print(f"{s['size']:>6} articles: total {s['total']:7.2f} s, floor {s['floor_total']:6.2f} s, "
              f"total/floor {s['total'] / s['floor_total']:4.1f}x, before render {pre / s['total']:4.0%}, "
              f"peak {s['max_rss_mb']:5.0f} MB, search index {fmt_bytes(s['outputs']['search_index'])}")
        if "rebuild_total" in s:
            pre = sum(s["rebuild_phases"][p] for p in PRE_RENDER)
            print(f"{'':>6} + 1 article: rebuild {s['rebuild_total']:6.2f} s, "
                  f"rebuild/floor {s['rebuild_total'] / s['floor_total']:4.1f}x, before render {pre / s['rebuild_total']:4.0%}")
        if "codebook_total" in s:
            pre = sum(s["codebook_phases"][p] for p in PRE_RENDER)
            print(f"{'':>6} codebook edit: rebuild {s['codebook_total']:6.2f} s, "
                  f"rebuild/floor {s['codebook_total'] / s['floor_total']:4.1f}x, before render {pre / s['codebook_total']:4.0%}")
    for name, passed, detail in targets(data):
        print(f"{ok(passed)} {name}: {detail}")


SIZES: list[int] = []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5,100,500,2000", help="article counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (median reported)")
    parser.add_argument("--repeat-largest", type=int, default=None, help="runs for the largest size (default: --repeat)")
    parser.add_argument("--repeat-from", type=int, default=None,
                        help="with --repeat-largest: sizes from this one up get that many runs too")
    parser.add_argument("--ref", default="HEAD", help="git revision of build_site/ to measure (default HEAD)")
    parser.add_argument("--quick", action="store_true", help="sizes 5,100, one run, no limits, browser or profile")
    parser.add_argument("--skip-limits", action="store_true")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--skip-profile", action="store_true")
    parser.add_argument("--browser-runs", type=int, default=3)
    parser.add_argument("--limit-timeout", type=float, default=600, help="seconds before a limits build is given up")
    parser.add_argument("--report-only", action="store_true", help="rewrite RESULTS.md from work/results.json")
    parser.add_argument("--out", default=str(HERE / "RESULTS.md"))
    args = parser.parse_args()
    raw = WORK / "results.json"
    if args.report_only:
        data = json.loads(raw.read_text(encoding="utf-8"))
        write_results(data, Path(args.out))
        print_ratios(data)
        return 0
    if args.quick:
        args.sizes, args.repeat, args.skip_limits, args.skip_browser, args.skip_profile = "5,100", 1, True, True, True
    SIZES[:] = sorted(int(x) for x in args.sizes.split(","))
    WORK.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    data: dict[str, object] = {
        "date": dt.date.today().isoformat(),
        "argv": " ".join(sys.argv[1:]),
        "machine": machine(),
        "sizes": [],
        "notes": [],
    }
    from build_site.codebook import load_codebook

    data["topics"] = len(load_codebook(REPO / "corpus" / "topics")[0])
    PRODUCT.update(snapshot_product(args.ref))
    data["product"] = {k: v for k, v in PRODUCT.items() if k != "path"}
    log(f"measuring build_site/ at {PRODUCT['commit'][:12]} ({PRODUCT['subject']})")
    reduced: list[int] = []
    for size in SIZES:
        large = size == SIZES[-1] or (args.repeat_from is not None and size >= args.repeat_from)
        repeat = args.repeat_largest if (large and args.repeat_largest) else args.repeat
        if repeat != args.repeat:
            reduced.append(size)
        log(f"{size} articles: {repeat} run(s) of the briefing build and of the floor")
        data["sizes"].append(run_size(size, repeat))  # type: ignore[union-attr]
        raw.write_text(json.dumps(data, indent=1), encoding="utf-8")
    largest = data["sizes"][-1]  # type: ignore[index]
    if reduced:
        data["notes"].append(  # type: ignore[union-attr]
            f"To keep the whole run within about 25 minutes, the {', '.join(f'{n:,}' for n in reduced)}-article "
            f"size(s) were built {args.repeat_largest} time(s) each instead of {args.repeat}: those columns are single "
            "runs on a shared machine, not medians.")
    if not args.skip_profile:
        data["profile"] = run_profile(SIZES[-1], slowest_phase(largest))
        raw.write_text(json.dumps(data, indent=1), encoding="utf-8")
    if not args.skip_browser and largest["outputs"]["search_index"] > 10 * MB:
        data["browser"] = run_browser(SIZES[-1], largest["search_breakdown"], args.browser_runs)
        raw.write_text(json.dumps(data, indent=1), encoding="utf-8")
    if not args.skip_limits:
        data["limits"] = run_limits(args.limit_timeout)
        raw.write_text(json.dumps(data, indent=1), encoding="utf-8")
    data["elapsed_s"] = time.perf_counter() - started
    raw.write_text(json.dumps(data, indent=1), encoding="utf-8")
    write_results(data, Path(args.out))
    log(f"done in {data['elapsed_s'] / 60:.1f} min; wrote {args.out}")
    print_ratios(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
