"""Compare the analysis of the dev texts with every verdict already given in `judged/`.

    .venv/bin/python evaluation/run.py <subject> dev OUT   # for each subject
    .venv/bin/python evaluation/dev_compare.py OUT

A dev text's fact or candidate that a round judged (same article, figure, sentence and topics; or
same candidate text) takes that verdict; the others are listed as "unjudged", to be read by hand.
This is how a rule's effect on dev is measured before the held-out set is run.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _judged_facts() -> dict[tuple[str, str, str, str], tuple[str, str]]:
    """(article, figure, sentence, topics) -> (attached verdict, note), later rounds winning."""
    verdicts: dict[tuple[str, str, str, str], tuple[str, str]] = {}
    for path in sorted(HERE.glob("judged/round*/*/*/facts.tsv")):
        for row in _rows(path):
            if row.get("valid") == "y" and row.get("attached") in ("y", "n"):
                key = (row["article"], row["fact"], row["sentence"], row["topics"])
                verdicts[key] = (row["attached"], row.get("note", ""))
    return verdicts


def _judged_candidates() -> dict[str, tuple[str, str]]:
    verdicts: dict[str, tuple[str, str]] = {}
    for path in sorted(HERE.glob("judged/round*/*/*/candidates.tsv")):
        for row in _rows(path):
            if row.get("useful") in ("y", "n"):
                verdicts[row["candidate"]] = (row["useful"], row.get("note", ""))
    return verdicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--show", action="store_true", help="list the judged misses too")
    args = parser.parse_args(argv)
    facts, candidates = _judged_facts(), _judged_candidates()
    tally: Counter[str] = Counter()
    for path in sorted(args.out.glob("*-dev/facts.tsv")):
        for row in _rows(path):
            key = (row["article"], row["fact"], row["sentence"], row["topics"])
            verdict = facts.get(key)
            if verdict is None:
                others = [t for (a, f, s, t), v in facts.items() if (a, f, s) == key[:3]]
                if others:
                    tally["fact changed"] += 1
                    print(f"CHANGED {row['article']} | {row['fact']} | now {row['topics'] or '-'} | judged: "
                          + "; ".join(f"{t or '-'}={facts[(*key[:3], t)][0]} {facts[(*key[:3], t)][1][:90]}" for t in others))
                else:
                    tally["fact unjudged"] += 1
                continue
            shown = "attached" if row["topics"] else "none attached"
            tally[f"{shown}, {'right' if verdict[0] == 'y' else 'wrong'}"] += 1
            if args.show and verdict[0] == "n":
                print(f"MISS {row['article']} | {row['fact']} | {row['topics'] or '-'} | {verdict[1][:100]}")
    for path in sorted(args.out.glob("*-dev/candidates.tsv")):
        for row in _rows(path):
            verdict = candidates.get(row["candidate"])
            tally["candidate " + ("unjudged" if verdict is None else ("useful" if verdict[0] == "y" else "junk"))] += 1
            if verdict is None or (args.show and verdict[0] == "n"):
                print(f"CANDIDATE {'?' if verdict is None else verdict[0]} {path.parent.name} | {row['candidate']} | {row['kind']}")
    for name, count in sorted(tally.items()):
        print(f"{name}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
