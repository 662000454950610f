"""Time the three extractors per article on a folder of articles and a codebook, next to
the build's own per-article analysis, so their share of a build can be read off."""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from build_site.article_analysis import analyze_article
from build_site.codebook import load_codebook
from build_site.corpus import load_articles
from build_site.disagreements import FigureRecord, Source, find_disagreements
from build_site.events import DatedSentence, extract_events
from build_site.matcher import Matcher
from build_site.statements import Actor, Paragraph, extract_statements


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path, help="folder with articles/ and topics/")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    articles, _ = load_articles(args.corpus / "articles")
    topics, _ = load_codebook(args.corpus / "topics")
    actors = tuple(Actor(t.id, t.names, dict(t.attributes).get("type", "person"), dict(t.attributes).get("role", ""))
                   for t in topics if t.kind == "actor")
    matcher = Matcher(topics)
    build = said = float("inf")  # the fastest repeat of each: the machine is shared
    found = [0, 0, 0]
    for _ in range(args.repeat):
        start = time.perf_counter()
        analyses = [analyze_article(article, matcher, defaultdict(float)) for article in articles]
        build = min(build, time.perf_counter() - start)
        start = time.perf_counter()
        found = [0, 0, 0]
        figures: list[FigureRecord] = []
        for article, analysis in zip(articles, analyses):
            paragraphs = [Paragraph(b.anchor, tuple(s.text for s in b.sentences))
                          for b in analysis.blocks if b.kind != "heading"]
            found[0] += len(extract_statements(paragraphs, actors, {m.topic_id for m in analysis.mentions}))
            found[1] += len(extract_events([DatedSentence(p.anchor, p.sentences) for p in paragraphs],
                                           article.published))
            figures.extend(FigureRecord(f.value, f.kind, f.text, f.year, f.topics,
                                        Source(f.evidence.article_id, article.publisher, f.evidence.anchor,
                                               f.evidence.sentence))
                           for f in analysis.facts if f.value is not None)
        found[2] = len(find_disagreements(figures))
        said = min(said, time.perf_counter() - start)
    n = len(articles)
    print(f"{len(articles)} articles x {args.repeat}: build analysis {1000 * build / n:.2f} ms/article, "
          f"statements, events and disagreements {1000 * said / n:.2f} ms/article "
          f"({100 * said / build:.1f}% of the analysis); found {found[0]} statements, {found[1]} events, "
          f"{found[2]} disagreements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
