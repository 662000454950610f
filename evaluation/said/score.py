"""Recompute the evaluation figures from the judged files: judged/<split>/<what>.tsv,
columns item, verdict, note. Items named `missed:...` are statements, events or
disagreements a reader found and the extractor did not."""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
SPLITS = ("dev", "held-out", "held-out-2", "held-out-2-after", "held-out-3", "held-out-3-after", "held-out-3-round4", "held-out-4", "held-out-4-after", "held-out-4-round5", "held-out-5", "held-out-5-after", "held-out-5-round6", "held-out-6", "held-out-6-after", "held-out-6-round7", "held-out-7", "held-out-7-after", "held-out-7-fixed", "held-out-6-round8", "held-out-7-round8", "held-out-8", "held-out-8-after", "held-out-8-round9", "held-out-9", "held-out-9-after", "held-out-9-round10", "held-out-10", "held-out-10-after", "held-out-11", "held-out-11-after", "held-out-10-round11", "held-out-11-round12", "held-out-10-round12", "held-out-12", "held-out-12-after", "held-out-12-round13", "held-out-13", "held-out-13-after", "held-out-13-fixed", "held-out-4-round14", "held-out-6-round14", "held-out-12-round14", "held-out-14", "held-out-14-after", "held-out-14-fixed", "held-out-14-round15", "held-out-15", "held-out-15-after",
          "held-out-3-main15", "held-out-3-round15", "held-out-6-main15", "held-out-6-round15", "held-out-7-main15", "held-out-7-round15", "held-out-8-main15", "held-out-8-round15", "held-out-13-main15", "held-out-13-round15",
          "held-out-10-main17", "held-out-8-round17", "held-out-10-round17", "held-out-13-round17", "held-out-14-round17",
          "held-out-16")
# verdict -> (counts as found and attributed/kept, counts as right, counts in what should be found)
VERDICTS: dict[str, tuple[bool, bool, bool]] = {
    "correct": (True, True, True),
    "wrong-speaker": (True, False, True),
    "not-a-statement": (True, False, False),
    "wrong-date": (True, False, True),
    "not-an-event": (True, False, False),
    "false": (True, False, False),
    "unattributed-ok": (False, False, False),
    "unattributed-missed": (False, False, True),
    "missed": (False, False, True),
}
SPLITS += ("held-out-15-round17",)  # dev in round seventeen: its disagreements re-run and judged
SPLITS += tuple(f"held-out-{n}-round19" for n in (8, 11, 13, 14, 17))  # dev in round nineteen: statements
SPLITS += ("held-out-16-after",)  # the same texts, run with round seventeen's rules
SPLITS += ("held-out-17",)  # collected for round eighteen, judged with main's rules
SPLITS += ("held-out-13-round18", "held-out-16-round18")  # dev in round eighteen: statements and disagreements
SPLITS += ("held-out-17-after",)  # the same texts, run with round eighteen's rules
SPLITS += ("held-out-18",)  # collected for round nineteen, judged with main's rules
SPLITS += ("held-out-17-round19d",)  # dev in round nineteen: its disagreements and events re-run and judged
SPLITS += ("held-out-18-after",)  # the same texts, run with round nineteen's rules
SPLITS += ("held-out-18-round19b",)  # dev in round nineteen (b): its disagreements re-run and judged
SPLITS += ("held-out-19",)  # collected for round twenty, judged with main's rules
SPLITS += ("held-out-7-round20", "held-out-16-round20", "held-out-18-round20")  # dev in round twenty: statements, events
SPLITS += ("held-out-8-carp", "held-out-13-carp")  # dev, the carp trial's rules: their events re-run and judged
SPLITS += ("held-out-19-round21", "held-out-13-round21")  # dev in round twenty-one: held-out-19, and an event of held-out-13
SPLITS += ("held-out-20",)  # collected for round twenty-one, judged with main's rules
SPLITS += ("held-out-19-after",)  # the same texts, run with round twenty's rules
SPLITS += ("held-out-20-after",)  # the same texts, run with round twenty-one's rules
SPLITS += ("held-out-21",)  # collected for round twenty-two, judged with main's rules
SPLITS += ("held-out-14-round22", "held-out-19-round22", "held-out-20-round22")  # dev in round twenty-two
SPLITS += ("held-out-21-after",)  # the same texts, run with round twenty-two's rules
SPLITS += ("held-out-21-labels",)  # dev in round twenty-two: transcript labels, statements re-judged
SPLITS += ("held-out-22",)  # collected for round twenty-three, judged with main's rules
SPLITS += ("held-out-10-round23", "held-out-11-round23", "held-out-21-round23")  # dev in round twenty-three
SPLITS += ("held-out-22-after",)  # the same texts, run with round twenty-three's rules
SPLITS += ("held-out-23",)  # collected for round twenty-four, judged with main's rules
SPLITS += ("held-out-23-after",)  # the same texts, run with round twenty-four's rules
SPLITS += ("held-out-24",)  # collected for round twenty-five, judged with main's rules
SPLITS += ("held-out-23-round25",)  # dev in round twenty-five: events and disagreements of undated texts
SPLITS += ("held-out-22-main25", "held-out-22-said25", "held-out-23-main25", "held-out-23-said25")  # dev in 25
SPLITS += ("held-out-24-after",)  # the same texts, run with round twenty-five's rules
SPLITS += ("held-out-25",)  # collected for round twenty-six, judged with main's rules
SPLITS += ("held-out-24-said26",)  # dev in round twenty-six: statements, with its rules
SPLITS += ("held-out-23-round26", "held-out-24-round26")  # dev in round twenty-six: events and disagreements
SPLITS += ("held-out-25-after",)  # the same texts, run with round twenty-six's rules
SPLITS += ("held-out-22-pronoun26", "held-out-24-pronoun26", "held-out-25-pronoun26")  # dev in 26: pronouns
SPLITS += ("held-out-26",)  # collected for round twenty-seven, judged with main's rules
SPLITS += ("held-out-26-after",)  # the same texts, run with round twenty-seven's rules
SPLITS += ("held-out-27",)  # collected for round twenty-eight, judged with main's rules

SPLITS += ("held-out-26-round28",)  # dev in round twenty-eight: re-run with its rules, changed rows re-judged
SPLITS += ("held-out-27-after",)  # the same texts, run with round twenty-eight's rules


def score(path: Path, found_path: Path) -> tuple[int, int, int, int]:
    """(found, right, should be found, of those found) over the judged items of one file, after
    checking that every item the extractor found is judged and every judged item was found. A
    `correct-again` item (a second pair of sentences for a disagreement already found) is found and
    right but counts once in recall."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    with found_path.open(encoding="utf-8", newline="") as handle:
        extracted = {line[0] for line in csv.reader(handle, delimiter="\t") if line}
    judged = {row["item"] for row in rows if not row["item"].startswith("missed:")}
    if judged != extracted:
        raise SystemExit(f"{path}: judged items differ from {found_path}: "
                         f"not judged {sorted(extracted - judged)}, not found {sorted(judged - extracted)}")
    counts: Counter[str] = Counter()
    for row in rows:
        verdict = row["verdict"]
        if verdict == "correct-again":
            counts["found"] += 1
            counts["right"] += 1
            continue
        if verdict not in VERDICTS:
            raise SystemExit(f"{path}: unknown verdict {verdict!r} for {row['item']}")
        found, right, gold = VERDICTS[verdict]
        counts["found"] += found
        counts["right"] += right
        counts["gold"] += gold
        counts["recalled"] += found and right and gold
    return counts["found"], counts["right"], counts["gold"], counts["recalled"]


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def main() -> int:
    print("| split | what | found | right | should be found | precision | recall |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for split in SPLITS:
        if not (HERE / "judged" / split).is_dir():
            continue
        for what in ("statements", "events", "disagreements"):
            if not (HERE / "judged" / split / f"{what}.tsv").exists():
                continue  # a dev re-run judged for disagreements only
            found, right, gold, recalled = score(HERE / "judged" / split / f"{what}.tsv",
                                                 HERE / "found" / split / f"{what}.tsv")
            print(f"| {split} | {what} | {found} | {right} | {gold} | {percent(right, found)} | "
                  f"{percent(recalled, gold)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
