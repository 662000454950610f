"""Count how `briefing add` answers saved pages that are articles and pages that are not.

Each page goes through the importer as `add` runs it (parse, clean, render, without writing). A
page is refused, imported with a warning that it may be no article (or a list of stories), imported
with another warning, or imported silently. Articles refused are needless refusals; pages that are
not articles imported silently are the failures issue 16 names. Usage:
python page_kinds.py ARTICLES_FOLDER NOT_ARTICLES_FOLDER [--list] (each holding saved `.html` pages)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from build_site.importer import prepare
from build_site.importer_model import SourceError

NOT_ARTICLE_WARNINGS = ("may not be an article", "looks like a list of stories")


def answer(page: Path) -> tuple[str, str]:
    """refused, warned (no article), warned (other) or silent; and the line that says why."""
    try:
        prepared = prepare(page.read_bytes(), "html", {})
    except SourceError as exc:
        return "refused", str(exc)
    warnings = prepared.draft.warnings
    kind = next((w for w in warnings if w.startswith(NOT_ARTICLE_WARNINGS)), None)
    if kind:
        return "warned: not an article", kind
    return ("warned: other", warnings[0]) if warnings else ("silent", "")


def tally(folder: Path, show: bool) -> Counter[str]:
    """Each page's answer, counted; listed with --list."""
    counts: Counter[str] = Counter()
    for page in sorted(folder.glob("*.html")):
        verdict, why = answer(page)
        counts[verdict] += 1
        if show and verdict != "silent":
            print(f"  {page.name}\t{verdict}\t{why[:140]}")
    return counts


if __name__ == "__main__":
    show = "--list" in sys.argv
    articles, others = (Path(arg) for arg in sys.argv[1:3])
    for name, folder in (("articles", articles), ("not articles", others)):
        counts = tally(folder, show)
        print(f"{name}: {sum(counts.values())} pages, " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
