"""The figures of evaluation/README.md, recomputed from the judged items.

    .venv/bin/python evaluation/score.py

Reads evaluation/judged/<round>/<version>/<subject>/{mentions,facts,candidates,relations}.tsv
(the analysis's output with a verdict per row, y or n) and
evaluation/judged/<round>/recall-gold-<subject>.tsv (every explicit reference that round's
held-out texts make to a codebook topic), and prints one table per round and version. Change a
verdict and run it again: nothing here is hard-coded.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

JUDGED = Path(__file__).resolve().parent / "judged"
# "after-cues": round 15's after, run again once cue words were written into its codebook from
# the dev texts; "final": the same, with the rest of the round merged (the trial's figures and
# kinds); a version a round has not judged is skipped.
VERSIONS = ("before", "after", "after-cues", "final")
# The subjects judged in each round (round 3 added a third, round 4 a fourth, round 5 a fifth
# and held out no Haiti or ransomware text, round 6 a sixth with kinds of its own and no
# dprk-cyber text, round 7 a seventh, sudan, and no ransomware or dprk-cyber text; round 8 held
# nothing out; round 9 an eighth, coast-guard, and no us-mexico text; round 10 a ninth, avian-flu,
# with sudan and haiti; round 12 a tenth, la-wildfires, alone; round 14 an eleventh, measles,
# alone, its "after" judged once the round's rules were merged; round 15 a twelfth, texas-grid,
# alone, judged the same way; round 16 a thirteenth, svb-failure, alone, judged the same way;
# round 17 a fourteenth, infant-formula, alone, judged the same way; round 18 a fifteenth,
# key-bridge, alone, judged the same way).
SUBJECTS = {
    "round1": ("us-mexico", "red-sea"),
    "round2": ("us-mexico", "red-sea"),
    "round3": ("us-mexico", "red-sea", "haiti"),
    "round4": ("us-mexico", "red-sea", "haiti", "ransomware"),
    "round5": ("us-mexico", "red-sea", "dprk-cyber"),
    "round6": ("us-mexico", "red-sea", "haiti", "ransomware", "sahel"),
    "round7": ("us-mexico", "red-sea", "haiti", "sahel", "sudan"),
    "round9": ("red-sea", "haiti", "sudan", "coast-guard"),
    "round10": ("sudan", "haiti", "avian-flu"),
    "round12": ("la-wildfires",),
    "round14": ("measles",),
    "round15": ("texas-grid",),
    "round16": ("svb-failure",),
    "round17": ("infant-formula",),
    "round18": ("key-bridge",),
    "round19": ("helene",),
    "round20": ("panama-canal",),
    "round21": ("flint-water",),
    "round22": ("deepwater-horizon",),
    "round23": ("ebola-west-africa",),
    "round24": ("beirut-port-explosion",),
}


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table, delimiter="\t"))


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, hits: int, total: int) -> None:
        self.hits += hits
        self.total += total

    def __str__(self) -> str:
        return f"{100 * self.hits / self.total:.1f}% ({self.hits}/{self.total})" if self.total else "n/a"


def yes(items: list[dict[str, str]], column: str) -> int:
    return sum(item[column] == "y" for item in items)


def score(round_: str, version: str, subject: str) -> dict[str, tuple[int, int]]:
    """Each figure of one version on one subject, as (hits, total)."""
    folder = JUDGED / round_ / version / subject
    mentions = rows(folder / "mentions.tsv")
    found = Counter((m["article"], m["surface"].casefold(), m["topic"]) for m in mentions)
    gold = Counter((g["article"], g["surface"].casefold(), g["topic"]) for g in rows(JUDGED / round_ / f"recall-gold-{subject}.tsv"))
    facts = rows(folder / "facts.tsv")
    valid = [f for f in facts if f["valid"] == "y"]
    shown = [f for f in valid if f["topics"]]  # a Key figures page shows these with a topic
    unshown = [f for f in valid if not f["topics"]]
    # A candidate not yet judged (round 9's are judged by the candidates' own evaluation) counts nowhere.
    candidates = [c for c in rows(folder / "candidates.tsv") if c["useful"] in ("y", "n")]
    useful = [c for c in candidates if c["useful"] == "y"]
    relations = rows(folder / "relations.tsv")
    return {
        "mentions right": (yes(mentions, "verdict"), len(mentions)),
        "explicit-reference recall": (sum((found & gold).values()), sum(gold.values())),
        "facts: figure right": (len(valid), len(facts)),
        "facts attached to the right topics": (yes(valid, "attached"), len(valid)),
        "facts: topics shown, right (precision)": (yes(shown, "attached"), len(shown)),
        "facts: no topic shown, rightly": (yes(unshown, "attached"), len(unshown)),
        "candidates useful": (len(useful), len(candidates)),
        "candidates: kind right (of useful)": (yes(useful, "kind_right"), len(useful)),
        "top-10 relations meaningful": (yes(relations, "verdict"), len(relations)),
    }


def main() -> int:
    for round_, version in ((r, v) for r in SUBJECTS for v in VERSIONS):
        subjects = SUBJECTS[round_]
        if not (JUDGED / round_ / version).is_dir():  # a version not judged yet
            continue
        per_subject = {subject: score(round_, version, subject) for subject in subjects}
        print(f"\n{round_} {version}\n\n| figure | {' | '.join(subjects)} | all |\n|---|{'---|' * (len(subjects) + 1)}")
        for figure in per_subject[subjects[0]]:
            both = Ratio()
            cells = []
            for subject in subjects:
                ratio = Ratio(*per_subject[subject][figure])
                both.add(ratio.hits, ratio.total)
                cells.append(str(ratio))
            print(f"| {figure} | {' | '.join(cells)} | {both} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
