"""Analyse one of this folder's subjects and write what the analysis found, for judging by hand.

    .venv/bin/python evaluation/candidates/analyse.py somali-piracy held-out evaluation/candidates/output/before

writes the five tables of `evaluation/run.py` (its `write_outputs`, imported) under
OUT/<subject>-<split>/, from texts/<subject>/<split>/ and codebooks/<subject>/, with the kinds
SUBJECT_KINDS gives the subject (the default four otherwise).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # evaluation/run.py, imported as a module

from run import write_outputs  # type: ignore[import-not-found]  # noqa: E402

from build_site.codebook import load_codebook  # noqa: E402
from build_site.corpus import load_articles  # noqa: E402
from build_site.kinds import declared_kinds  # noqa: E402
from build_site.model import DEFAULT_KINDS, Kind  # noqa: E402
from build_site.pipeline import Options, build_from  # noqa: E402

# Subjects whose briefing declares its own kinds (as `briefing new --kind` would), in order.
SUBJECT_KINDS: dict[str, tuple[str, ...]] = {"h5n1-dairy": ("actor", "pathogen", "measure")}


def subject_kinds(subject: str) -> tuple[Kind, ...]:
    """The kinds the subject's briefing declares; the default four for the others."""
    ids = SUBJECT_KINDS.get(subject)
    if ids is None:
        return DEFAULT_KINDS
    entries = [{"id": i, "singular": i.capitalize(), "plural": i.capitalize() + "s"} for i in ids]
    return declared_kinds(entries, HERE / "analyse.py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("subject")
    parser.add_argument("split", choices=["dev", "held-out"])
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    articles, problems = load_articles(HERE / "texts" / args.subject / args.split)
    kinds = subject_kinds(args.subject)
    topics, codebook_problems = load_codebook(HERE / "codebooks" / args.subject, kinds=kinds)
    for problem in problems + codebook_problems:
        print(problem, file=sys.stderr)
    briefing = build_from(articles, topics, Options(pages=False, kinds=kinds)).briefing
    write_outputs(briefing, args.out / f"{args.subject}-{args.split}", top_relations=10)
    print(f"{args.subject} {args.split}: {len(articles)} articles, {len(topics)} topics, "
          f"{len(briefing.mentions)} mentions, {len(briefing.candidates)} candidates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
