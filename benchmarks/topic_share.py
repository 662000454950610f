"""How many of a corpus's articles name each topic: real corpora against the synthetic one.

    python benchmarks/topic_share.py [PROJECT_DIR]

An article's matches keyed on the topics it concerns would spare a codebook edit the articles
that do not concern the edited topic; what that spares depends on how rare topics are. For the
shipped corpus, each subject's texts in evaluation/ and, if given, a synthetic project, prints
the share of articles that name each topic (a mention), median and least, and the share
whose text the matcher's automaton hits for it before its rules judge the hit.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from article_cpu import Corpus, real_corpora

from build_site.article_analysis import find_mentions
from build_site.loading import load_corpus
from build_site.matcher import Matcher, fold
from build_site.model import DEFAULT_KINDS
from build_site.text import parse_blocks


def shares(corpus: Corpus) -> tuple[list[float], list[float]]:
    """Per topic: the share of articles naming it, and the share the automaton hits it in."""
    articles, topics, _ = corpus
    matcher = Matcher(topics)
    automaton = matcher._automaton  # what the matcher's rules start from
    named = dict.fromkeys((t.id for t in topics), 0)
    hit = dict.fromkeys((t.id for t in topics), 0)
    for article in articles:
        blocks = parse_blocks(article)
        for topic_id in {m.topic_id for b in blocks for m in find_mentions(b, matcher)}:
            named[topic_id] += 1
        for topic_id in {entry.topic_id for b in blocks for _, (_, entry) in automaton.iter(fold(b.text))}:
            hit[topic_id] += 1
    return [n / len(articles) for n in named.values()], [h / len(articles) for h in hit.values()]


def main() -> int:
    names = sorted(p.name for p in (Path(__file__).resolve().parent.parent / "evaluation" / "texts").iterdir())
    corpora = list(zip(["corpus/", *names], real_corpora(), strict=True))  # real_corpora's order
    if len(sys.argv) > 1:
        articles, topics, _ = load_corpus(Path(sys.argv[1]) / "corpus")
        corpora.append((Path(sys.argv[1]).name, (articles, topics, DEFAULT_KINDS)))
    print("| corpus | articles | topics | named by (median) | least | topics named by ≤ 10% | automaton hits (median) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, corpus in corpora:
        named, hit = shares(corpus)
        print(
            f"| {name} | {len(corpus[0])} | {len(corpus[1])} | {statistics.median(named):.0%} | {min(named):.0%} "
            f"| {sum(s <= 0.10 for s in named)} | {statistics.median(hit):.0%} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
