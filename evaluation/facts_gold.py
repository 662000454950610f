"""Score a run's figures against a facts gold written before the output was read.

    .venv/bin/python evaluation/facts_gold.py judged/round15/facts-gold-texas-grid.tsv OUT/texas-grid-held-out/facts.tsv

A gold row (article, figure, the start of its sentence, the topics it is about: `none` or a
comma-joined set, alternatives separated by " | ") is read when the run has a figure of that
article in a sentence with that start whose words are the gold figure's, inside it ("thousands of
homes" for "tens of thousands of homes": read, though its scale is lost; judged by hand) or around
it ("43 die" for "43"). The
figure is attached right when its topics are one of the gold's answers. Prints each gold row with
what the run gave, then the counts: a dev figure for rules tuned on these texts.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

QUOTES = "\"'\u201c\u2018"  # an opening quotation mark the gold's sentence start leaves out


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _answers(topics: str) -> set[frozenset[str]]:
    """The gold's right answers: `none` is the empty set."""
    return {frozenset() if a.strip() == "none" else frozenset(a.strip().split(",")) for a in topics.split("|")}


def score(gold: list[dict[str, str]], facts: list[dict[str, str]]) -> tuple[list[str], int, int]:
    """Each gold row's line, how many gold figures the run read, and how many it attached right."""
    unused = list(facts)
    lines: list[str] = []
    read = right = 0
    for row in gold:
        found = next(
            (
                f
                for f in unused
                if f["article"] == row["article"]
                and f["sentence"].lstrip(QUOTES).startswith(row["sentence_start"])
                and (f["fact"] in row["figure"] or row["figure"] in f["fact"])
            ),
            None,
        )
        if found is None:
            lines.append(f"unread\t{row['article']}\t{row['figure']}\t{row['topics']}")
            continue
        unused.remove(found)
        read += 1
        topics = frozenset(found["topics"].split())
        ok = topics in _answers(row["topics"])
        right += ok
        shown = ",".join(sorted(topics)) or "none"
        lines.append(
            f"{'right' if ok else 'wrong'}\t{row['article']}\t{row['figure']}\t{shown}\t(gold: {row['topics']})"
        )
    return lines, read, right


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("facts", type=Path)
    args = parser.parse_args(argv)
    gold = _rows(args.gold)
    lines, read, right = score(gold, _rows(args.facts))
    print("\n".join(lines))
    print(
        f"gold figures read: {read}/{len(gold)}; attached right: {right}/{read} read, {right}/{len(gold)} of the gold"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
