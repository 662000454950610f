"""CPU seconds of the candidates' grouping (`candidates.find_candidates`) and of its parts, in one process.

    .venv/bin/python benchmarks/candidates_cpu.py CORPUS_DIR [--repeat 5]
    .venv/bin/python benchmarks/candidates_cpu.py WORK_DIR --size 1000 [--repeat 5]

Analyses every article of CORPUS_DIR (a folder holding `articles/` and `topics/`), or of a
synthetic project of `--size` articles made in WORK_DIR, once, in this process and without the
cache; then runs the grouping `--repeat` times on what the build handed it, timed whole, and
again with its helpers wrapped (`time.process_time`; a part holds the parts called inside it, and
the wrappers' own cost inflates the whole a little). Prints the medians, the counts of articles,
runs and groups, the gazetteer's load, and the load average. The synthetic corpus repeats real
paragraphs, so each distinct run is judged once there (`_pick` costs little): a folder of real
texts shows the passes whose cost grows with the number of distinct names.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import synth

from build_site import analyze, candidates, gazetteer
from build_site.pipeline import Options, build
from build_site.work import pool

PARTS = (
    "_name_leads",
    "_mention_index",
    "_codebook_codes",
    "_pick",
    "group_key",
    "_word_before",
    "_after_a_title",
    "_in_a_place",
    "_voice",
    "_with_its_first_part",
    "_add_openings",
    "_join_acronyms",
    "_drop_fragments",
    "_join_surnames",
)


def grouping_arguments(corpus: Path) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """What the build hands `find_candidates`, caught as the Briefing is assembled."""
    caught: dict[str, Any] = {}
    grouping = analyze.find_candidates

    def catch(*args: Any, **kwargs: Any) -> Any:
        caught["args"], caught["kwargs"] = (args[0], list(args[1]), *args[2:]), kwargs
        return grouping(*caught["args"], **kwargs)

    analyze.find_candidates = catch
    try:
        build(corpus, Options(cache_dir=None, pages=False)).assemble()
    finally:
        analyze.find_candidates = grouping
    return caught["args"], caught["kwargs"]


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    seconds = []
    for _ in range(repeat):
        started = time.process_time()
        work()
        seconds.append(time.process_time() - started)
    return statistics.median(seconds)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--size", type=int, help="a synthetic project of this many articles, made in the folder")
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    corpus = arguments.folder
    if arguments.size:
        project = arguments.folder / f"synthetic-{arguments.size}"
        if not (project / "corpus" / "articles").is_dir():
            synth.make_corpus_project(project, arguments.size)
        corpus = project / "corpus"
    pool.PARALLEL_FROM = sys.maxsize  # every article analysed here, in this process
    started = time.process_time()
    gazetteer.place_names()
    loaded = time.process_time() - started
    args, kwargs = grouping_arguments(corpus)
    whole = median_seconds(lambda: candidates.find_candidates(*args, **kwargs), arguments.repeat)
    parts: dict[str, list[float]] = {name: [] for name in PARTS}
    for name in PARTS:
        function = getattr(candidates, name)

        @functools.wraps(function)
        def timed(*a: Any, _function: Callable[..., Any] = function, _name: str = name, **k: Any) -> Any:
            began = time.process_time()
            try:
                return _function(*a, **k)
            finally:
                parts[_name][-1] += time.process_time() - began

        setattr(candidates, name, timed)
    wrapped = []
    for _ in range(arguments.repeat):
        for seconds in parts.values():
            seconds.append(0.0)
        began = time.process_time()
        found = candidates.find_candidates(*args, **kwargs)
        wrapped.append(time.process_time() - began)
    sightings = args[1]
    report = {
        "articles": len(sightings),
        "runs": sum(len(seen.runs) for seen, _ in sightings),
        "candidates": len(found),
        "gazetteer_load_cpu_s": round(loaded, 4),
        "find_candidates_cpu_s": round(whole, 4),
        "find_candidates_wrapped_cpu_s": round(statistics.median(wrapped), 4),
        "parts_cpu_s": {name: round(statistics.median(seconds), 4) for name, seconds in parts.items()},
        "load_average": os.getloadavg(),
    }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
