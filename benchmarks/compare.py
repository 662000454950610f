"""Two revisions of build_site/ measured in one run, interleaved: before and after a change.

    .venv/bin/python benchmarks/compare.py --before main --after HEAD --sizes 500,1000 --repeat 3

For each size: a synthetic project per revision (the same articles), and the floor (a bare
Material build of as many pages). Each round builds the floor, then each revision from no
cache. One more first build per revision samples the memory of the build with its worker
processes. Then each round rebuilds each revision after one new article, in turn, and after
that each round rebuilds each revision after a codebook edit (an alias added to a topic,
`run.alias_edit`), each from the cache its own last build left. Every build writes into a site
folder of its revision's, deleted and flushed to disk (`sync`) before it starts, so no build
pays for the writes of the one before, and the order of the revisions alternates from round to
round. Prints a Markdown table of medians and ratios to the floor, with the build process's user
and system CPU, its workers' CPU and the load average as each build started; raw numbers go to
work/compare.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import run
import synth
from run import WORK, child_build, codebook_edit_changes, log, median, new_article_changes, snapshot_product

STEPS = ("first", "rebuild", "codebook")  # the keys of each revision's runs, in the table's order
LABELS = {"first": "first build", "rebuild": "+ 1 article", "codebook": "codebook edit"}


def _build(revision: dict[str, str], project: Path, site: Path, **options: object) -> dict[str, object]:
    """One build of `project` by `revision`, into `site` emptied and flushed to disk beforehand."""
    run.PRODUCT.clear()
    run.PRODUCT.update(revision)
    _settle(site)
    result = child_build(project, site, **options)  # type: ignore[arg-type]
    if "error" in result:
        raise SystemExit(f"{revision['commit'][:10]} on {project.name}: {result['error']}")
    return result


def _settle(site: Path) -> None:
    """The site folder deleted and every write the machine still owes done, so the next build
    starts from the same state of the disk whichever build came before."""
    shutil.rmtree(site, ignore_errors=True)
    if hasattr(os, "sync"):
        os.sync()


def _order(names: list[str], number: int) -> list[str]:
    """The revisions in round `number`'s order: as given, then reversed, and so on."""
    return names if number % 2 == 0 else names[::-1]


def interleaved_rebuilds(
    revisions: dict[str, dict[str, str]],
    projects: dict[str, Path],
    sites: dict[str, Path],
    changes: dict[str, tuple[list[Callable[[], None]], Callable[[], None]]],
    label: str,
) -> dict[str, list[dict[str, object]]]:
    """Round after round, each revision's project changed by that round's change and rebuilt
    from its cache, one revision after the other; each revision's undo at the end."""
    names = list(revisions)
    runs: dict[str, list[dict[str, object]]] = {name: [] for name in names}
    try:
        for number in range(len(changes[names[0]][0])):
            for name in _order(names, number):
                changes[name][0][number]()
                runs[name].append(_build(revisions[name], projects[name], sites[name], first=False))
            log(f"{label}, round {number + 1}: " + ", ".join(f"{n} {runs[n][-1]['total']:.2f} s" for n in names))
    finally:
        for name in names:
            changes[name][1]()
    return runs


def compare_size(size: int, revisions: dict[str, dict[str, str]], repeat: int) -> dict[str, object]:
    base = synth.make_corpus_project(WORK / "corpora" / f"n{size}", size)
    projects, sites = {}, {}
    for name in revisions:
        projects[name] = WORK / "compare" / f"n{size}-{name}"
        sites[name] = WORK / "compare" / f"site-{name}"
        shutil.rmtree(projects[name], ignore_errors=True)
        shutil.copytree(base, projects[name], ignore=shutil.ignore_patterns(".cache", "site", "docs", "build_site"))
        synth.copy_site_files(Path(revisions[name]["path"]), projects[name])  # the revision's own site files
    floor_project, _ = synth.make_floor_project(WORK / "floor" / f"n{size}", size)
    floor_site = WORK / "compare" / "site-floor"
    floors: list[dict[str, object]] = []
    first: dict[str, list[dict[str, object]]] = {name: [] for name in revisions}
    for number in range(repeat):  # interleaved, so a noisy minute hits all of them
        run.PRODUCT.clear()
        _settle(floor_site)
        floors.append(child_build(floor_project, floor_site))
        for name in _order(list(revisions), number):
            first[name].append(_build(revisions[name], projects[name], sites[name]))
        log(f"{size} articles, round {number + 1}/{repeat}: floor {floors[-1]['total']:.2f} s, "
            + ", ".join(f"{name} {first[name][-1]['total']:.2f} s" for name in revisions))
    memory = {name: _build(revision, projects[name], sites[name], sample_memory=True)
              for name, revision in revisions.items()}
    rebuilds = interleaved_rebuilds(revisions, projects, sites,
                                    {name: new_article_changes(projects[name], size, repeat) for name in revisions},
                                    f"{size} articles + 1")
    edits = interleaved_rebuilds(revisions, projects, sites,
                                 {name: codebook_edit_changes(projects[name], repeat) for name in revisions},
                                 f"{size} articles, codebook edit")
    out: dict[str, object] = {"size": size, "floor": floors}
    for name in revisions:
        out[name] = {"first": first[name], "memory": memory[name], "rebuild": rebuilds[name], "codebook": edits[name]}
    return out


def _median_of(runs: list[dict[str, object]], key: str) -> float:
    return median([float(r[key]) for r in runs if key in r])  # type: ignore[arg-type]


def _load_range(runs: list[dict[str, object]]) -> str:
    loads = [float(r["load"]) for r in runs if "load" in r]  # type: ignore[arg-type]
    return f"{min(loads):.1f}–{max(loads):.1f}" if loads else ""


def table(results: list[dict[str, object]], names: list[str]) -> str:
    """Medians per size, revision and step: the wall, its ratio to the floor's, and the CPU
    behind it (the build's process, user and system; its workers, both together)."""
    rows = ["| size | revision | step | wall | ÷ floor | user CPU | system CPU | workers' CPU | load average | "
            "peak RSS | peak with workers (PSS) |",
            "|---:|---|---|---:|---:|---:|---:|---:|---|---:|---:|"]
    for result in results:
        floors: list[dict[str, object]] = result["floor"]  # type: ignore[assignment]
        floor = _median_of(floors, "total")
        rows.append(f"| {result['size']} | floor (bare Material) | | {floor:.2f} | 1.00× | "
                    f"{_median_of(floors, 'user'):.2f} | {_median_of(floors, 'system'):.2f} | | "
                    f"{_load_range(floors)} | | |")
        for name in names:
            data = result[name]  # type: ignore[index]
            for step in STEPS:
                runs = data[step]
                wall = _median_of(runs, "total")
                memory = (f"{max(float(r['max_rss_mb']) for r in runs):.0f} MB | {data['memory']['tree_pss_mb']:.0f} MB"
                          if step == "first" else " |")
                rows.append(f"| {result['size']} | {name} | {LABELS[step]} | {wall:.2f} | {wall / floor:.2f}× | "
                            f"{_median_of(runs, 'user'):.2f} | {_median_of(runs, 'system'):.2f} | "
                            f"{_median_of(runs, 'workers_cpu'):.2f} | {_load_range(runs)} | {memory} |")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", default="main")
    parser.add_argument("--after", default="HEAD")
    parser.add_argument("--sizes", default="500,1000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    revisions = {"before": snapshot_product(args.before), "after": snapshot_product(args.after)}
    for name, revision in revisions.items():
        log(f"{name}: {revision['commit'][:10]} {revision['subject']}")
    results = [compare_size(int(size), revisions, args.repeat) for size in args.sizes.split(",")]
    (WORK / "compare.json").write_text(json.dumps({"revisions": revisions, "results": results}, indent=1))
    print(table(results, list(revisions)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
