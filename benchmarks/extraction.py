"""Extraction quality of `briefing add page.html` on the public article-extraction benchmark.

Usage: python benchmarks/extraction.py DATASET [--limit N] [--show-worst N]

DATASET is a checkout of the scrapinghub/article-extraction-benchmark repository (its `html/`
folder of gzipped pages and `ground-truth.json`); nothing of it is kept in this project. Every
page goes through the importer exactly as `briefing add` runs it (parse, clean, render, without
writing), and through trafilatura called directly, and both are scored with the benchmark's own
method: word 4-gram shingle precision and recall per page, averaged over pages, F1 of the two
means. A page the importer refuses scores as an empty extraction; a page it imports with a warning
is counted as warned; a page with F1 < 0.5 imported without a warning is a silent wrong import.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from build_site.importer import prepare
from build_site.importer_model import SourceError
from build_site.shingles import Overlap, overlap

WRONG = 0.5  # an import scoring below this F1 kept the wrong text


@dataclass(slots=True)
class Outcome:
    """One extractor's result on one page."""

    key: str
    score: Overlap
    refused: bool = False
    warned: bool = False


def markdown_text(body: str) -> str:
    """The words of the Markdown body as a reader sees them: escapes and block markers removed."""
    lines = [re.sub(r"^(?:#+ |> |\s*- |\s*\d+\. )", "", line) for line in body.splitlines()]
    return re.sub(r"\\(.)", r"\1", "\n".join(lines))


def ours(raw: bytes, truth: str, key: str) -> Outcome:
    """The importer's result, as `briefing add` would write it."""
    try:
        prepared = prepare(raw, "html", {})
    except SourceError:
        return Outcome(key, overlap(truth, ""), refused=True)
    return Outcome(key, overlap(truth, markdown_text(prepared.body)), warned=bool(prepared.draft.warnings))


def library(raw: bytes, truth: str, key: str) -> Outcome:
    """trafilatura on its own, with its defaults (comments left out, as the importer does)."""
    text = trafilatura.extract(raw.decode("utf-8", "replace"), include_comments=False) or ""
    return Outcome(key, overlap(truth, text))


def summary(outcomes: list[Outcome]) -> dict[str, float]:
    """The benchmark's aggregate: mean precision and recall over pages, F1 of the two."""
    precision = statistics.mean(o.score.precision for o in outcomes if o.score.tp + o.score.fp > 0)
    recall = statistics.mean(o.score.recall for o in outcomes if o.score.tp + o.score.fn > 0)
    return {"f1": 2 * precision * recall / (precision + recall), "precision": precision, "recall": recall}


def run(dataset: Path, limit: int | None) -> tuple[list[Outcome], list[Outcome], float, float]:
    """Both extractors on every page; their outcomes and seconds spent."""
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    pages = {key: gzip.decompress((dataset / "html" / f"{key}.html.gz").read_bytes()) for key in keys}
    started = time.perf_counter()
    our = [ours(pages[k], truth[k].get("articleBody", ""), k) for k in keys]
    our_seconds = time.perf_counter() - started
    started = time.perf_counter()
    lib = [library(pages[k], truth[k].get("articleBody", ""), k) for k in keys]
    return our, lib, our_seconds, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (by key)")
    parser.add_argument("--show-worst", type=int, default=0, help="list the N pages we score worst on")
    args = parser.parse_args()
    our, lib, our_seconds, lib_seconds = run(args.dataset, args.limit)
    print(f"{len(our)} pages")
    print("| extractor | F1 | precision | recall | refused | warned | silent wrong (F1 < 0.5, no warning) "
          "| pages/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, outcomes, seconds in (("briefing add", our, our_seconds), ("trafilatura alone", lib, lib_seconds)):
        s = summary(outcomes)
        silent = [o for o in outcomes if o.score.f1 < WRONG and not o.warned and not o.refused]
        print(f"| {name} | {s['f1']:.3f} | {s['precision']:.3f} | {s['recall']:.3f} "
              f"| {sum(o.refused for o in outcomes)} | {sum(o.warned for o in outcomes)} | {len(silent)} "
              f"| {len(outcomes) / seconds:.1f} |")
    wrong = [o for o in our if o.score.f1 < WRONG]
    print(f"pages with F1 < {WRONG}: {len(wrong)} (refused {sum(o.refused for o in wrong)}, "
          f"warned {sum(o.warned for o in wrong)})")
    warned_right = [o for o in our if o.warned and o.score.f1 >= WRONG]
    print(f"warned pages that were right after all (F1 >= {WRONG}): {len(warned_right)}")
    for o in sorted(our, key=lambda o: o.score.f1)[: args.show_worst]:
        print(f"  {o.key[:12]} F1 {o.score.f1:.2f} P {o.score.precision:.2f} R {o.score.recall:.2f}"
              f"{' refused' if o.refused else ''}{' warned' if o.warned else ''}")


if __name__ == "__main__":
    main()
