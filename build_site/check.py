"""`briefing check`: every problem in the corpus and codebook, then the candidate topics."""

from __future__ import annotations

import sys
from pathlib import Path

from build_site.pipeline import load_inputs
from build_site.wording import first_of, plural

ARTICLES_SHOWN = 5  # article ids listed per candidate; the rest are counted


def check_corpus(corpus_dir: Path) -> int:
    """Exit 0 when the corpus builds (warnings allowed), 1 with one line per error otherwise."""
    briefing, warnings = load_inputs(corpus_dir)  # raises InputError with every error at once
    for warning in warnings:
        print(warning, file=sys.stderr)
    print(
        f"{corpus_dir}: {plural(len(briefing.articles), 'article')}, {plural(len(briefing.topics), 'topic')}, no errors."
    )
    if briefing.candidates:
        print(f"{plural(len(briefing.candidates), 'candidate')} the codebook does not cover, most frequent first:")
        for c in briefing.candidates:
            print(
                f"  {c.count:>4}  {c.text}  [{c.suggested_kind}{', alias of ' + c.alias_of if c.alias_of else ''}]  in {first_of(list(c.articles), ARTICLES_SHOWN)}"
            )
            print(f"        e.g. “{c.example.sentence}” ({c.example.article_id}#{c.example.anchor})")
    return 0
