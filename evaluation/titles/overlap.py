"""How many content words a headline shares with the text below it, on the dev texts: real titles
against the headline-shaped lines above them that are no titles.

For each text of the given folders, the first lines (up to the title, or up to the prose when the
text has none) are taken in order; a line is a real title when it is the expected or an acceptable
title of `expected.tsv`, and a line above it counts as no title when no shape rule passes it over
already (`top_line_reason` is None). For each, the shared words with the text below it are counted
by `shared_content_words`: round 5's rule; round 6 weighs their share in `title_score`.
Usage: python overlap.py FOLDER...
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from build_site.importer_title import TOP_WINDOW, _is_prose, shared_content_words, top_line_reason


def lines_above_title(folder: Path) -> list[tuple[bool, str, list[str], str]]:
    """(is the title, line, lines below it, text) for the top lines of every text in `folder`."""
    rows = []
    for row in csv.DictReader((folder / "expected.tsv").open(encoding="utf-8"), delimiter="\t"):
        lines = [line.strip() for line in (folder / "texts" / row["file"]).read_text(encoding="utf-8").splitlines()]
        wanted = {row["expected"], *filter(None, row["also_acceptable"].split(" | "))} - {"none: should ask"}
        for index in [i for i, line in enumerate(lines) if line][:TOP_WINDOW]:
            line, is_title = lines[index], lines[index] in wanted
            if not is_title and _is_prose(line):
                break
            if is_title or top_line_reason(line) is None:
                rows.append((is_title, line, lines[index + 1 :], f"{folder.name}/{row['file']}"))
            if is_title:
                break
    return rows


def report(folders: list[Path]) -> None:
    """Shared-word counts of real titles and of the other lines, and the lines on the wrong side of one."""
    rows = [row for folder in folders for row in lines_above_title(folder)]
    for is_title, label in ((True, "real titles"), (False, "headline-shaped lines that are no titles")):
        counts = Counter(
            min(len(shared_content_words(line, below)), 3) for title, line, below, _ in rows if title is is_title
        )
        print(
            f"{label} ({sum(counts.values())}): "
            + ", ".join(f"{k if k < 3 else '3+'} shared: {counts[k]}" for k in range(4))
        )
    for is_title, line, below, text in rows:
        shared = shared_content_words(line, below)
        if is_title is not bool(shared):
            print(
                f"  {text}\t{'title sharing none' if is_title else 'no title, shares ' + ', '.join(shared)}\t{line[:70]}"
            )


if __name__ == "__main__":
    report([Path(argument) for argument in sys.argv[1:]])
