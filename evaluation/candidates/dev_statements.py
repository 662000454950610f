"""List a subject's statements and its speakers' types, one per line, for before/after
comparisons of the person test (which type an untyped actor gets, which speaker a pronoun reaches).

    .venv/bin/python evaluation/candidates/dev_statements.py <subject> > OUT.tsv

The subject's dev texts and codebook are evaluation/run.py's (evaluation/texts/<subject>/dev,
its codebook and kinds), or this folder's for `somali-piracy` and `h5n1-dairy` (both splits).
Writes the speakers (id, type) and then the statements (article, anchor, kind, speaker as
written, speaker resolved, the statement's first words).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from build_site.article_analysis import speakers
from build_site.codebook import load_codebook
from build_site.corpus import load_articles
from build_site.model import Article, Kind, Topic
from build_site.pipeline import Options, build_from

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
import analyse  # noqa: E402
import run  # noqa: E402


def _subject(subject: str) -> tuple[list[Article], list[Topic], tuple[Kind, ...]]:
    """The subject's articles, topics and kinds, as evaluation/run.py or analyse.py load them."""
    if (HERE / "texts" / subject).is_dir():
        kinds = analyse.subject_kinds(subject)
        articles = [a for split in ("dev", "held-out") for a in load_articles(HERE / "texts" / subject / split)[0]]
        topics, _ = load_codebook(HERE / "codebooks" / subject, kinds=kinds)
    else:
        kinds = run.subject_kinds(subject)
        articles, _ = load_articles(run.HERE / "texts" / subject / "dev")
        topics, _ = load_codebook(run.codebook_dir(subject), kinds=kinds)
    return list(articles), list(topics), kinds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("subject")
    args = parser.parse_args(argv)
    articles, topics, kinds = _subject(args.subject)
    briefing = build_from(articles, topics, Options(pages=False, kinds=kinds)).briefing
    for actor in speakers(topics, kinds):
        print(f"speaker\t{actor.id}\t{actor.type}")
    for s in briefing.statements:
        words = " ".join(s.text.split()[:10])
        print(
            f"statement\t{s.evidence.article_id}\t{s.evidence.anchor}\t{s.kind}\t{s.speaker_text or ''}\t"
            f"{s.speaker or ''}\t{words}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
