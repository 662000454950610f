"""Every figure the analysis finds in a corpus folder (years left out), with its topics.

    .venv/bin/python evaluation/corpus_facts.py corpus > facts.tsv
    .venv/bin/python evaluation/corpus_facts.py path/to/briefing/mkdocs.yml > facts.tsv

Run on two versions of the code and diff the files: which of a briefing's Key figures a change to
the fact rules gives another topic (evaluation/README.md lists the differences on the shipped corpus).
Given a briefing's mkdocs.yml, its corpus is read with the kinds it declares (a trial's briefing).
The last column says whether the topic came from the sentence before (a subject pronoun).
"""
from __future__ import annotations

import sys
from pathlib import Path

from build_site.loading import load_corpus
from build_site.model import DEFAULT_KINDS
from build_site.pipeline import Options, build_from
from build_site.project import load_project


def main(argv: list[str]) -> int:
    target = Path(argv[0])
    if target.is_file():
        project = load_project(target)
        corpus, kinds = project.corpus, project.kinds
    else:
        corpus, kinds = target, DEFAULT_KINDS
    articles, topics, _ = load_corpus(corpus, kinds)
    briefing = build_from(articles, topics, Options(pages=False)).briefing
    for f in briefing.facts:
        if f.kind != "year":
            print(f"{f.evidence.article_id}\t{f.text}\t{' '.join(f.topics)}\t{f.topics_from}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
