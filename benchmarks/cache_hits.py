"""The cache's hits and misses per kind of entry, for each build of a rebuild sequence, per revision.

    .venv/bin/python benchmarks/cache_hits.py --revisions d603b2d,HEAD [--size 200]

For each revision (run.snapshot_product): a first build of the synthetic corpus, a rebuild
after one new article, a rebuild after a codebook edit (run.alias_edit), each from the cache
the build before left, in a fresh process (`--child`). The build's process counts every
entry it reads or skips by kind (ArticleCache.note and skip: hits and misses), and every
entry made in the build is counted by the kind its file names (workers write their own). A
rebuild should make only what its change can alter. Prints one Markdown table.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

STEPS = ("first build", "+ 1 article", "codebook edit")


def child(project: Path, site: Path) -> None:
    """One build in this process; prints the counts as one JSON line."""
    import child as snapshot

    snapshot.use_snapshot()
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from build_site.work import cache as cache_module

    counts: Counter[str] = Counter()
    note, skip = cache_module.ArticleCache.note, cache_module.ArticleCache.skip

    def counted_note(self: Any, key: str, kind: type, found: bool) -> None:
        counts[f"{kind.__name__} {'hit' if found else 'miss'}"] += 1
        note(self, key, kind, found)

    def counted_skip(self: Any, kind: type) -> None:
        counts[f"{kind.__name__} miss (skipped)"] += 1
        skip(self, kind)

    cache_module.ArticleCache.note = counted_note  # type: ignore[method-assign]
    cache_module.ArticleCache.skip = counted_skip  # type: ignore[method-assign]
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    started, cpu = time.time(), time.process_time()
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
    counts["CPU-ms, build process"] = round(1000 * (time.process_time() - cpu))
    counts["CPU-ms, workers"] = round(1000 * snapshot.children_cpu())
    folder = project / ".cache" / "briefing"
    for entry in folder.glob("*.json"):
        kind = json.loads(entry.read_bytes()).get("kind") if entry.stat().st_mtime >= started else None
        if kind:  # an entry (the folder holds the build's own notes too)
            counts[f"{kind} made"] += 1
    print(json.dumps(counts))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--revisions", default="main,HEAD")
    parser.add_argument("--size", type=int, default=200)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    import cpu
    import run
    import synth

    base = synth.make_corpus_project(run.WORK / "corpora" / f"n{args.size}", args.size)
    size = len(list((base / "corpus" / "articles").glob("*.md")))
    columns: dict[str, list[Counter[str]]] = {}
    for ref in args.revisions.split(","):
        revision = run.snapshot_product(ref)
        project = cpu.project_copy(base, revision, run.WORK / "cache_hits" / f"n{args.size}-{ref}")
        site = run.WORK / "cache_hits" / "site"
        name, text = synth.synthetic_articles(size + 1)[size]
        added = project / "corpus" / "articles" / f"added-{name}"
        edit, undo = run.alias_edit(project, 0)
        changes = [lambda: None, functools.partial(added.write_text, text, encoding="utf-8"), edit]
        env = {**os.environ, "BRIEFING_PRODUCT": revision["path"], "PYTHONHASHSEED": "0", "NO_MKDOCS_2_WARNING": "1"}
        columns[ref] = []
        try:
            for change in changes:
                change()
                out = subprocess.run(
                    [sys.executable, __file__, "--child", str(project), str(site)],
                    env=env, capture_output=True, text=True, check=True,
                    cwd=project,  # not the repository: the fork server puts its folder first on sys.path
                ).stdout
                columns[ref].append(Counter(json.loads(out.strip().splitlines()[-1])))
        finally:
            undo()
        run.log(f"{ref}: done")
    refs = list(columns)
    print(f"\n{size} synthetic articles\n")
    print("| step | entry | " + " | ".join(refs) + " |\n|---|---|" + "---:|" * len(refs))
    for index, step in enumerate(STEPS):
        labels = sorted({label for ref in refs for label in columns[ref][index]})
        for label in labels:
            print(f"| {step} | {label} | " + " | ".join(str(columns[ref][index][label]) for ref in refs) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
