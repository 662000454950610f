"""The build process's own CPU seconds, phase by phase, for two revisions in one run.

    .venv/bin/python benchmarks/cpu.py --before main --after HEAD [--size 1000] [--repeat 3]
    .venv/bin/python benchmarks/cpu.py --before main --after HEAD --project . --repeat 1

In a first build the build's own process is the critical path (it renders every page, reads
the workers' results, assembles, renders the corpus-wide pages, writes briefing.json), and
CPU seconds (`time.process_time` in child.py --cpu) are what a shared machine inflates least.
Each round runs, for each revision in turn: a first build (no cache), a rebuild after one new
article, a rebuild after a codebook edit (an alias added to a topic, run.alias_edit). Prints a
Markdown table of medians per phase, and the CPU seconds of the build's worker processes and
of all processes together (what a change that moves work between them is judged by). Every site is hashed file by file (SOURCE_DATE_EPOCH fixed), and the run fails if a
revision's site differs from the other's in the same step: a speed-up must not change a byte.
Raw numbers go to work/cpu.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

import run
import synth
from run import WORK, child_build, log

STEPS = ("first build", "+ 1 article", "codebook edit")


def site_digest(site: Path) -> str:
    """A hash of every file of the site (its path and bytes)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        digest.update(path.relative_to(site).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def project_copy(base: Path, revision: dict[str, str], target: Path) -> Path:
    """The corpus of `base` with the revision's own mkdocs.yml and docs/."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shutil.copytree(base / "corpus", target / "corpus")
    synth.copy_site_files(Path(revision["path"]), target)
    return target


def one_round(project: Path, site: Path, number: int, size: int) -> list[dict[str, object]]:
    """A first build, then one new article, then a codebook edit; each build's report and digest."""
    articles = project / "corpus" / "articles"
    name, text = synth.synthetic_articles(size + number + 1)[size + number]
    edit, undo = run.alias_edit(project, number)
    changes: list[Callable[[], object]] = [
        lambda: None,
        lambda: (articles / f"added-{name}").write_text(text, encoding="utf-8"),
        edit,
    ]
    reports = []
    try:
        for step, change in zip(STEPS, changes, strict=True):
            change()
            report = child_build(project, site, first=step == "first build", cpu=True)
            if "error" in report:
                raise SystemExit(f"{project.name}, {step}: {report['error']}")
            report["digest"] = site_digest(site)
            reports.append(report)
    finally:
        undo()
        for path in articles.glob("added-*.md"):
            path.unlink()
    return reports


def table(results: dict[str, list[list[dict[str, object]]]], names: list[str]) -> str:
    """Medians per step and phase, before and after side by side."""
    lines = ["| step | phase | " + " | ".join(names) + " | change |", "|---|---|" + "---:|" * (len(names) + 1)]
    for index, step in enumerate(STEPS):
        phases: list[str] = []
        for name in names:
            for rounds in results[name]:
                phases += [p for p in rounds[index]["timings"] if p not in phases]  # type: ignore[attr-defined]
        for phase in [*phases, "build process, all", "workers", "all processes"]:
            values = []
            for name in names:
                runs = [r[index] for r in results[name]]
                if phase == "build process, all":
                    values.append(statistics.median(float(r["cpu"]) for r in runs))  # type: ignore[arg-type]
                elif phase == "workers":
                    values.append(statistics.median(float(r.get("workers_cpu", 0.0)) for r in runs))  # type: ignore[arg-type]
                elif phase == "all processes":
                    values.append(statistics.median(float(r["cpu"]) + float(r.get("workers_cpu", 0.0)) for r in runs))  # type: ignore[arg-type]
                else:
                    values.append(statistics.median(float(r["timings"].get(phase, 0.0)) for r in runs))  # type: ignore[attr-defined]
            change = f"{values[-1] - values[0]:+.2f}"
            cells = " | ".join(f"{v:.2f}" for v in values)
            bold = "**" if phase in ("build process, all", "all processes") else ""
            lines.append(f"| {step} | {bold}{phase}{bold} | {cells} | {change} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="main")
    parser.add_argument("--after", default="HEAD")
    parser.add_argument("--size", type=int, default=1000, help="synthetic articles (unless --project)")
    parser.add_argument("--project", type=Path, help="a project whose corpus/ is built instead")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ["SOURCE_DATE_EPOCH"] = "1764900000"  # the same date in every site, so the sites compare
    revisions = {"before": run.snapshot_product(args.before), "after": run.snapshot_product(args.after)}
    base = args.project.resolve() if args.project else synth.make_corpus_project(WORK / "corpora" / f"n{args.size}", args.size)
    label = base.name if args.project else f"n{args.size}"
    projects = {name: project_copy(base, rev, WORK / "cpu" / f"{label}-{name}") for name, rev in revisions.items()}
    site = WORK / "cpu" / "site"
    results: dict[str, list[list[dict[str, object]]]] = {name: [] for name in revisions}
    for number in range(args.repeat):  # alternating, so a busy minute hits both
        for name, revision in revisions.items():
            run.PRODUCT.clear()
            run.PRODUCT.update(revision)
            results[name].append(one_round(projects[name], site, number, len(list((base / "corpus" / "articles").glob("*.md")))))
            log(f"round {number + 1}/{args.repeat}, {name}: "
                + ", ".join(f"{step} {r['cpu']:.2f} CPU-s" for step, r in zip(STEPS, results[name][-1], strict=True)))
        for index, step in enumerate(STEPS):
            digests = {name: results[name][-1][index]["digest"] for name in revisions}
            if len(set(digests.values())) != 1:
                raise SystemExit(f"round {number + 1}, {step}: the sites differ ({digests})")
    (WORK / "cpu.json").write_text(json.dumps({"revisions": revisions, "results": results}, indent=1))
    print(f"\n{label}, {args.repeat} rounds; before {revisions['before']['commit'][:10]}, "
          f"after {revisions['after']['commit'][:10]}; every site byte for byte the same in both\n")
    print(table(results, list(revisions)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
