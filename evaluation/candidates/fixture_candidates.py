"""List the candidates of a folder of articles under given kinds, one per line, for before/after
comparisons on texts that have no codebook of their own (the H5N1 releases of the tests).

    .venv/bin/python evaluation/candidates/fixture_candidates.py tests/fixtures/h5n1-candidates \
        --kind agency --kind pathogen --kind place --kind measure > OUT.tsv

Without --kind, the default four kinds. Writes: candidate, suggested kind (or "none"), alias of,
count, articles.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from build_site.corpus import load_articles
from build_site.kinds import declared_kinds
from build_site.model import DEFAULT_KINDS
from build_site.pipeline import Options, build_from

try:
    from build_site.wording import english_plural
except ImportError:  # a version before round 10 had the same rule in scaffold.py, for labels only
    from build_site.scaffold import _plural as english_plural  # type: ignore[attr-defined,no-redef]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("--kind", action="append", default=[])
    args = parser.parse_args(argv)
    entries = [{"id": i, "singular": i.capitalize(), "plural": english_plural(i).capitalize()} for i in args.kind]
    kinds = declared_kinds(entries, Path(__file__)) if entries else DEFAULT_KINDS
    articles, _ = load_articles(args.texts)  # a README.md in the folder is no article: passed over
    briefing = build_from(articles, [], Options(pages=False, kinds=kinds)).briefing
    print("candidate\tkind\talias_of\tcount\tarticles")
    for c in briefing.candidates:
        print(f"{c.text}\t{c.suggested_kind or 'none'}\t{c.alias_of or ''}\t{c.count}\t{len(c.articles)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
