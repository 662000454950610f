"""The candidate figures of this folder's README, from the judged files.

    .venv/bin/python evaluation/candidates/score.py [VERSION ...]

Reads judged/<version>/<subject>/candidates.tsv for each version (by default `before` and
`after`, round 9's held-out set; `dev16-before` and `dev16-after` are round 16's dev texts) (a `useful` and a `kind_right` verdict per
row, y or n) and prints, per version and subject, the candidates useful and, of the useful, those
with the right kind (or rightly none).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

JUDGED = Path(__file__).resolve().parent / "judged"


def main(versions: list[str]) -> int:
    for version in versions or ["before", "after"]:
        useful_all = kind_all = total_all = 0
        for folder in sorted((JUDGED / version).iterdir()):
            with (folder / "candidates.tsv").open(encoding="utf-8") as table:
                rows = list(csv.DictReader(table, delimiter="\t"))
            useful = [r for r in rows if r["useful"] == "y"]
            kind = sum(r["kind_right"] == "y" for r in useful)
            print(f"{version} {folder.name}: useful {len(useful)}/{len(rows)}, kind right {kind}/{len(useful)}")
            useful_all, kind_all, total_all = useful_all + len(useful), kind_all + kind, total_all + len(rows)
        print(f"{version} all: useful {useful_all}/{total_all}, kind right {kind_all}/{useful_all}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
