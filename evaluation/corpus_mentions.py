"""Every mention the analysis finds in a corpus folder, one line each, in a stable order.

    .venv/bin/python evaluation/corpus_mentions.py corpus > mentions.tsv

Run on two versions of the code and diff the files: what a change to the rules gains and loses
on a briefing (evaluation/README.md lists the differences on the shipped corpus).
"""
from __future__ import annotations

import sys
from pathlib import Path

from build_site.pipeline import Options, build_from
from build_site.loading import load_corpus


def main(argv: list[str]) -> int:
    articles, topics, _ = load_corpus(Path(argv[0]))
    briefing = build_from(articles, topics, Options(pages=False)).briefing
    for m in briefing.mentions:
        print(f"{m.article_id}\t{m.anchor}\t{m.start}\t{m.surface}\t{m.topic_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
