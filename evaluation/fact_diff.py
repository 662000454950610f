"""The facts whose topics differ between two runs of `run.py` on the same texts, with verdicts.

    .venv/bin/python evaluation/fact_diff.py BEFORE AFTER [--split held-out]

For each fact (article, figure, sentence) whose topics changed, prints its topics before and
after and every verdict `judged/` holds for it, with the judge's note: "y" or "n" for the topics
that round saw. A change the judges never saw prints "unjudged", to be read by hand. This is how
a fact rule's effect on dev is read, one changed figure at a time.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
Key = tuple[str, str, str]  # article, figure, sentence


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _topics(out: Path, split: str) -> dict[Key, str]:
    """Each fact of the `*-<split>` tables under `out`, to its topics."""
    return {
        (row["article"], row["fact"], row["sentence"]): row["topics"]
        for path in sorted(out.glob(f"*-{split}/facts.tsv"))
        for row in _rows(path)
    }


def _verdicts() -> dict[Key, dict[str, tuple[str, str]]]:
    """Every judged verdict on a fact's topics: key -> topics -> (y or n, note); later rounds win."""
    verdicts: dict[Key, dict[str, tuple[str, str]]] = {}
    for path in sorted(HERE.glob("judged/round*/*/*/facts.tsv"), key=lambda p: (len(p.parts[-4]), p.parts[-4])):
        for row in _rows(path):
            if row.get("valid") == "y" and row.get("attached") in ("y", "n"):
                key = (row["article"], row["fact"], row["sentence"])
                verdicts.setdefault(key, {})[row["topics"]] = (row["attached"], row.get("note", ""))
    return verdicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--split", choices=["dev", "held-out"], default="dev")
    args = parser.parse_args(argv)
    before, after, verdicts = _topics(args.before, args.split), _topics(args.after, args.split), _verdicts()
    changed = sorted(key for key in before.keys() & after.keys() if before[key] != after[key])
    for key in changed:
        judged = verdicts.get(key, {})
        seen = "; ".join(f"{t or '-'}={v} {note[:90]}" for t, (v, note) in judged.items()) or "unjudged"
        print(f"{key[0]} | {key[1]} | {before[key] or '-'} -> {after[key] or '-'} | {seen}")
        print(f"    {key[2][:220]}")
    print(f"{len(changed)} facts changed topics; {len(before.keys() ^ after.keys())} facts found by one run only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
