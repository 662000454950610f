"""Two revisions of build_site/ measured in one run, interleaved: before and after a change.

    .venv/bin/python benchmarks/compare.py --before main --after HEAD --sizes 500,1000 --repeat 3

For each size: a synthetic project per revision (the same articles), and the floor (a bare
Material build of as many pages). Each round builds the floor, then each revision from no
cache; then each revision rebuilds after one new article and after a codebook edit (an
alias added to a topic, `run.alias_edit`), from the cache its own last build left. One more
first build per revision samples the memory of the build with its worker processes. Prints a Markdown table of medians and ratios to the
floor; raw numbers go to work/compare.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import run
import synth
from run import WORK, child_build, codebook_edit_runs, log, median, rebuild_runs, snapshot_product


def _build(revision: dict[str, str], project: Path, site: Path, **options: object) -> dict[str, object]:
    run.PRODUCT.clear()
    run.PRODUCT.update(revision)
    result = child_build(project, site, **options)  # type: ignore[arg-type]
    if "error" in result:
        raise SystemExit(f"{revision['commit'][:10]} on {project.name}: {result['error']}")
    return result


def compare_size(size: int, revisions: dict[str, dict[str, str]], repeat: int) -> dict[str, object]:
    base = synth.make_corpus_project(WORK / "corpora" / f"n{size}", size)
    projects = {}
    for name in revisions:
        projects[name] = WORK / "compare" / f"n{size}-{name}"
        shutil.rmtree(projects[name], ignore_errors=True)
        shutil.copytree(base, projects[name], ignore=shutil.ignore_patterns(".cache", "site", "docs", "build_site"))
        synth.copy_site_files(Path(revisions[name]["path"]), projects[name])  # the revision's own site files
    floor_project, _ = synth.make_floor_project(WORK / "floor" / f"n{size}", size)
    site = WORK / "compare" / "site"
    floors: list[float] = []
    first: dict[str, list[dict[str, object]]] = {name: [] for name in revisions}
    for number in range(repeat):  # interleaved, so a noisy minute hits all of them
        run.PRODUCT.clear()
        floor = child_build(floor_project, site)
        floors.append(float(floor["total"]))  # type: ignore[arg-type]
        for name, revision in revisions.items():
            first[name].append(_build(revision, projects[name], site))
        log(f"{size} articles, round {number + 1}/{repeat}: floor {floors[-1]:.2f} s, "
            + ", ".join(f"{name} {first[name][-1]['total']:.2f} s" for name in revisions))
    out: dict[str, object] = {"size": size, "floor": floors}
    for name, revision in revisions.items():
        memory = _build(revision, projects[name], site, sample_memory=True)
        run.PRODUCT.clear()
        run.PRODUCT.update(revision)
        rebuilds = rebuild_runs(projects[name], site, size, repeat)
        edits = codebook_edit_runs(projects[name], site, size, repeat)
        out[name] = {"first": first[name], "memory": memory, "rebuild": rebuilds, "codebook": edits}
    return out


def table(results: list[dict[str, object]], names: list[str]) -> str:
    rows = ["| size | revision | first build | ÷ floor | + 1 article | ÷ floor | codebook edit | ÷ floor | peak RSS | peak with workers (PSS) |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for result in results:
        floor = median(result["floor"])  # type: ignore[arg-type]
        rows.append(f"| {result['size']} | floor (bare Material) | {floor:.2f} | 1.00× | | | | | | |")
        for name in names:
            data = result[name]  # type: ignore[index]
            first = median([r["total"] for r in data["first"]])
            rebuild = median([r["total"] for r in data["rebuild"]])
            edit = median([r["total"] for r in data["codebook"]])
            rss = max(r["max_rss_mb"] for r in data["first"])
            rows.append(f"| {result['size']} | {name} | {first:.2f} | {first / floor:.2f}× | {rebuild:.2f} | "
                        f"{rebuild / floor:.2f}× | {edit:.2f} | {edit / floor:.2f}× | {rss:.0f} MB | "
                        f"{data['memory']['tree_pss_mb']:.0f} MB |")
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
