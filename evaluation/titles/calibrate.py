"""Both errors of the title rule at several thresholds of `title_score`, on the dev texts.

For each text of the dev sets (the seven folders of this directory and the 16 texts of
tests/fixtures/raw_titles.yml), the title is picked as `add` picks it (`pick_title`) with the given
threshold (a list page refused first, as `add` refuses it), and judged as `measure.py` judges it: right (the expected or an acceptable title, or
rightly asked), asked needlessly, or wrong. This is how `TITLE_THRESHOLD` was chosen: the fewest
wrong titles, then the fewest needless asks. Usage: python calibrate.py [THRESHOLD,...] [--list]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import yaml

from build_site.importer_listing import listing_reason
from build_site.importer_text import _is_hard_wrapped, _title_line_count
from build_site.importer_title import pick_title

HERE = Path(__file__).resolve().parent
DEV_SETS = [HERE, *(HERE / name for name in ("round2", "round3", "round4", "round5", "round6", "round7"))]
FIXTURE = HERE.parents[1] / "tests" / "fixtures" / "raw_titles.yml"
ASK = "none: should ask"


def dev_texts() -> Iterator[tuple[str, str, set[str], bool]]:
    """(name, text, titles a reader would accept, whether `add` should ask) of every dev text."""
    for folder in DEV_SETS:
        for row in csv.DictReader((folder / "expected.tsv").open(encoding="utf-8"), delimiter="\t"):
            text = (folder / "texts" / row["file"]).read_text(encoding="utf-8")
            wanted = {row["expected"], *filter(None, row["also_acceptable"].split(" | "))} - {ASK}
            yield f"{folder.relative_to(HERE.parent)}/{row['file']}", text, wanted, row["expected"] == ASK
    for case in yaml.safe_load(FIXTURE.read_text(encoding="utf-8")):
        yield case["source"], case["text"], {case["title"]} if case["title"] else set(), case["title"] is None


def judge(text: str, wanted: set[str], should_ask: bool, threshold: float) -> tuple[str, str]:
    """right, asked or wrong for one text, and the title taken (or the guess shown with the question)."""
    lines = [line.strip() for line in text.splitlines()]
    first = next(index for index, line in enumerate(lines) if line)
    if reason := listing_reason(lines):  # refused as a list page before any title is picked (round 8)
        return ("right" if should_ask else "asked"), f"ASK list page ({reason})"
    pick = pick_title(lines, _title_line_count(lines[first:]), _is_hard_wrapped(lines), threshold=threshold)
    if pick.title is None:
        return ("right" if should_ask else "asked"), f"ASK {pick.guess or ''} ({pick.doubt or 'no headline'})"
    return ("right" if pick.title in wanted else "wrong"), pick.title


def report(thresholds: list[float], listing: bool) -> None:
    """One line of counts per threshold; with `listing`, every text not judged right."""
    texts = list(dev_texts())
    for threshold in thresholds:
        tally: Counter[str] = Counter()
        for name, text, wanted, should_ask in texts:
            verdict, got = judge(text, wanted, should_ask, threshold)
            tally[verdict] += 1
            if listing and verdict != "right":
                print(f"  {verdict}\t{name}\t{got[:160]}")
        print(
            f"threshold {threshold:.3f}: {len(texts)} texts, {tally['right']} right, "
            f"{tally['asked']} asked needlessly, {tally['wrong']} wrong"
        )


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if argument != "--list"]
    chosen = [float(value) for value in arguments[0].split(",")] if arguments else [0.25, 0.375, 0.5, 0.625, 0.75]
    report(chosen, "--list" in sys.argv)
