"""Two revisions' rebuilds, part by part, in CPU seconds: where a rebuild's time went between them.

    .venv/bin/python benchmarks/drift.py --before 49e6368 --after HEAD [--size 1000] [--repeat 3]

For each revision (its build_site/, mkdocs.yml and docs/ as committed, run.snapshot_product): a
first build of the synthetic corpus, then, alternating the revisions, `--repeat` rebuilds after
one new article and `--repeat` after a codebook edit (run.alias_edit), each from the cache its
last build left, as compare.py runs them. Each build runs twice, in fresh processes: as it
builds (its own CPU seconds and its worker processes'), and with every step in its own
process (no pool, no forked page or briefing.json writer), where MkDocs', Material's, Jinja's
and the plugin's functions are timed by name (whichever the revision has), so the parts of
revisions that split the work differently compare like with like. Also the floor each
revision's benchmarks made (its synth.py, mkdocs.yml and docs/), built by the same MkDocs.
Prints medians as Markdown tables; raw numbers go to work/drift.json.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO, WORK = HERE.parent, HERE / "work"
Parts = dict[str, float]
ALL = "the build's process, all"
WORKERS = "its worker and forked processes"
STEPS = ("+ 1 article", "codebook edit")


def timed(owner: Any, name: str, label: str, parts: Parts) -> None:
    """Replace `owner.name` (if it has one) with a wrapper adding its CPU seconds to
    `parts[label]`; a call inside another call of the same label counts once."""
    function = getattr(owner, name, None)
    if function is None:
        return
    depth = {"calls": 0}

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if depth["calls"]:
            return function(*args, **kwargs)
        depth["calls"] += 1
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            depth["calls"] -= 1
            parts[label] = parts.get(label, 0.0) + time.process_time() - started

    setattr(owner, name, wrapper)


def time_templates(parts: Parts) -> None:
    """Jinja's renders split by whose template: ours are named `*.j2`, Material's are not."""
    import jinja2

    render = jinja2.Template.render

    def wrapper(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        label = "our templates (Jinja)" if (self.name or "").endswith(".j2") else "Material's page template (Jinja)"
        started = time.process_time()
        try:
            return render(self, *args, **kwargs)
        finally:
            parts[label] = parts.get(label, 0.0) + time.process_time() - started

    jinja2.Template.render = wrapper  # type: ignore[method-assign]


def one_process() -> None:
    """Every step in the build's own process, whichever revision this is."""
    import importlib

    for module, name in (("build_site.workers", "fork_is_safe"), ("build_site.plugin", "fork_is_safe")):
        try:
            setattr(importlib.import_module(module), name, lambda: False)
        except (ImportError, AttributeError):
            pass
    try:
        pool = importlib.import_module("build_site.work.pool")
        pool.worker_count = lambda items: 1  # type: ignore[attr-defined]
    except ImportError:
        pass


def child(project: Path, site: Path, briefing: bool, alone: bool) -> dict[str, Any]:
    """One build in this process; its parts (when `alone`), its CPU and its children's."""
    import logging

    sys.path.insert(0, str(HERE))
    import child as child_script

    child_script.use_snapshot()
    import jinja2
    from material.plugins.search import plugin as material_search
    from mkdocs import utils
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    parts: Parts = {}
    if alone:
        timed(mkdocs_build, "_populate_page", "Markdown to HTML (MkDocs)", parts)
        time_templates(parts)
        timed(jinja2.Environment, "compile", "Jinja compiles templates", parts)
        timed(utils, "write_file", "pages written to disk", parts)
        timed(material_search.SearchPlugin, "on_page_context", "Material's search, per page", parts)
        timed(material_search.SearchPlugin, "on_post_build", "Material's search index written", parts)
        if briefing:
            one_process()
            time_briefing(parts)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    started = time.process_time()
    mkdocs_build.build(config)
    cpu = time.process_time() - started
    return {"parts": parts, "cpu": cpu, "children": child_script.children_cpu() if briefing else children_cpu()}


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_briefing(parts: Parts) -> None:
    """The plugin's steps, by the names each revision gives them."""
    import importlib

    def module(name: str) -> Any:
        try:
            return importlib.import_module(f"build_site.{name}")
        except ImportError:
            return None

    plugin, pages, pipeline = module("plugin"), module("pages"), module("pipeline")
    timed(plugin.BriefingPlugin, "on_files", "load, plan (and start the analysis)", parts)
    timed(plugin.BriefingPlugin, "_take_articles", "articles' results taken (cache read, or made)", parts)
    timed(getattr(pipeline, "Build", None), "_next_article", "articles' results taken (cache read, or made)", parts)
    timed(plugin, "assemble_briefing", "assemble", parts)
    timed(pipeline, "assemble_briefing", "assemble", parts)
    timed(pages.PageRenderer, "corpus_page", "corpus-wide pages (our templates inside)", parts)
    timed(plugin.BriefingPlugin, "on_post_page", "our on_post_page", parts)
    timed(plugin.BriefingPlugin, "on_post_template", "our on_post_page", parts)
    timed(plugin, "write_briefing_json", "briefing.json", parts)
    timed(pipeline, "write_briefing_json", "briefing.json", parts)
    timed(module("site_files"), "write_feed", "feed.xml", parts)
    timed(module("site_files"), "write_record", "what's new record", parts)
    cache = module("work.cache") or module("cache")
    timed(getattr(cache, "ArticleCache", None), "save", "cache saved", parts)


def run_child(revision: dict[str, str] | None, project: Path, site: Path, alone: bool) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", str(project), str(site)]
    command += (["--briefing"] if revision else []) + (["--alone"] if alone else [])
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "1764900000"}
    env.pop("BRIEFING_PRODUCT", None)
    if revision:
        env["BRIEFING_PRODUCT"] = revision["path"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=project, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def floor_of(ref: str, size: int) -> Path:
    """The floor project as the revision's own benchmarks made it (its synth.py and site files)."""
    commit = subprocess.run(
        ["git", "rev-parse", ref], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()
    source = WORK / "drift-source" / commit[:12]
    if not (source / "benchmarks" / "synth.py").is_file():
        shutil.rmtree(source, ignore_errors=True)
        source.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "archive", commit, "benchmarks", "corpus", "mkdocs.yml", "docs", "build_site"],
            cwd=REPO,
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
    target = WORK / "drift" / f"floor-{commit[:12]}-n{size}"
    code = f"import sys; sys.path.insert(0, 'benchmarks'); import synth; from pathlib import Path; synth.make_floor_project(Path({str(target)!r}), {size})"
    subprocess.run([sys.executable, "-c", code], cwd=source, check=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="49e6368")
    parser.add_argument("--after", default="HEAD")
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--briefing", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--alone", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # before run.py and synth.py import the work tree's build_site/
        print(json.dumps(child(*args.child, briefing=args.briefing, alone=args.alone)))
        return 0
    import run
    import synth
    from run import log

    revisions = {"before": run.snapshot_product(args.before), "after": run.snapshot_product(args.after)}
    base = synth.make_corpus_project(WORK / "corpora" / f"n{args.size}", args.size)
    site = WORK / "drift" / "site"
    projects: dict[str, Path] = {}
    for name, revision in revisions.items():
        projects[name] = WORK / "drift" / f"n{args.size}-{name}"
        shutil.rmtree(projects[name], ignore_errors=True)
        projects[name].mkdir(parents=True)
        shutil.copytree(base / "corpus", projects[name] / "corpus")
        synth.copy_site_files(Path(revision["path"]), projects[name])
        run_child(revision, projects[name], site, alone=False)  # the cache the rebuilds start from
        log(f"{name}: first build done")
    floors = {name: floor_of(revision["commit"], args.size) for name, revision in revisions.items()}
    runs: dict[str, dict[str, list[dict[str, Any]]]] = {
        name: {f"{step}{mode}": [] for step in STEPS for mode in ("", " alone")} | {"floor alone": []}
        for name in revisions
    }
    edits = {name: [run.alias_edit(projects[name], number) for number in range(args.repeat)] for name in revisions}
    added = synth.synthetic_articles(args.size + args.repeat)[args.size :]
    for step in STEPS:
        for number in range(args.repeat):
            for name, revision in revisions.items():
                folder = projects[name] / "corpus" / "articles"
                for path in folder.glob("added-*.md"):
                    path.unlink()
                if step == "+ 1 article":
                    article, text = added[number]
                    (folder / f"added-{article}").write_text(text, encoding="utf-8")
                else:
                    edits[name][number][0]()
                cache, kept = projects[name] / ".cache", WORK / "drift" / "cache-kept"
                shutil.rmtree(kept, ignore_errors=True)
                shutil.copytree(cache, kept)
                runs[name][step].append(run_child(revision, projects[name], site, alone=False))
                shutil.rmtree(cache)
                shutil.copytree(kept, cache)  # the same rebuild again, from the same cache
                runs[name][step + " alone"].append(run_child(revision, projects[name], site, alone=True))
                runs[name]["floor alone"].append(run_child(None, floors[name], site, alone=True))
            log(
                f"{step}, round {number + 1}/{args.repeat}: "
                + ", ".join(
                    f"{name} {runs[name][step][-1]['cpu']:.2f} + {runs[name][step][-1]['children']:.2f} CPU-s"
                    f" (alone {runs[name][step + ' alone'][-1]['cpu']:.2f}); floor {runs[name]['floor alone'][-1]['cpu']:.2f}"
                    for name in revisions
                )
            )
    for name in revisions:
        edits[name][0][1]()
    (WORK / "drift.json").write_text(json.dumps({"revisions": revisions, "runs": runs}, indent=1), encoding="utf-8")
    print(report(revisions, runs, args))
    return 0


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def report(
    revisions: dict[str, dict[str, str]], runs: dict[str, dict[str, list[dict[str, Any]]]], args: argparse.Namespace
) -> str:
    before, after = (revisions[name]["commit"][:7] for name in ("before", "after"))
    lines = [f"{args.size} articles, CPU seconds, medians of {args.repeat}; before = {before}, after = {after}", ""]
    lines += [
        "| step | as built: the build's process | its worker and forked processes | floor (its own benchmarks') |",
        "|---|---:|---:|---:|",
    ]
    for step in STEPS:
        for name in revisions:
            done = runs[name][step]
            lines.append(
                f"| {step}, {name} | {median([r['cpu'] for r in done]):.2f} | "
                f"{median([r['children'] for r in done]):.2f} | {median([r['cpu'] for r in runs[name]['floor alone']]):.2f} |"
            )
    for step in (*STEPS, "floor"):
        lines += [
            "",
            f"**{step}, every step in one process** (a part holds the parts called inside it)",
            "",
            "| part | before | after | change |",
            "|---|---:|---:|---:|",
        ]
        key = f"{step} alone"
        labels = list(dict.fromkeys(label for name in revisions for r in runs[name][key] for label in r["parts"]))
        for label in [*labels, ALL]:
            cells = [
                median([r["cpu"] if label == ALL else r["parts"].get(label, 0.0) for r in runs[name][key]])
                for name in revisions
            ]
            lines.append(f"| {label} | {cells[0]:.2f} | {cells[1]:.2f} | {cells[1] - cells[0]:+.2f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
