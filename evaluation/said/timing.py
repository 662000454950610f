"""Time the statement and event extraction per article next to the rest of the build's
per-article analysis (parse, match, facts), on a folder of articles and a codebook, so the
extraction's share of the analysis can be read off; disagreements are timed over the corpus.

    timing.py corpus              # a project's corpus folder (articles/ and topics/)
    timing.py --synthetic 500     # synthetic articles made by benchmarks/synth.py
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from build_site.analyze import find_disagreements
from build_site.article_analysis import (
    analyze_article,
    article_events,
    article_statements,
    sentence_topics,
    speakers,
    text_paragraphs,
)
from build_site.codebook import load_codebook
from build_site.corpus import load_articles
from build_site.events import extract_events
from build_site.matcher import Matcher

REPO = Path(__file__).resolve().parents[2]


def measure(corpus: Path, repeat: int) -> str:
    """One line: ms per article for the analysis without the extraction, for the extraction,
    and its share; the fastest of `repeat` runs of each (the machine is shared)."""
    articles, _ = load_articles(corpus / "articles")
    topics, _ = load_codebook(corpus / "topics")
    actors = speakers(topics)
    matcher = Matcher(topics)
    whole = said = differ = float("inf")
    found = [0, 0, 0]
    for _ in range(repeat):
        start = time.perf_counter()
        analyses = [analyze_article(article, matcher, actors=actors) for article in articles]
        whole = min(whole, time.perf_counter() - start)
        start = time.perf_counter()
        found[:2] = [0, 0]
        for article, analysis in zip(articles, analyses, strict=True):
            found[0] += len(article_statements(article.id, analysis.blocks, analysis.mentions, actors))
            found[1] += len(article_events(article.id, extract_events(text_paragraphs(analysis.blocks), article.published)))
        said = min(said, time.perf_counter() - start)
        start = time.perf_counter()
        mentions = [m for an in analyses for m in an.mentions]
        blocks = {a.id: an.blocks for a, an in zip(articles, analyses, strict=True)}
        events = [e for an in analyses for e in an.text.events]
        found[2] = len(find_disagreements(articles, blocks, sentence_topics(mentions),
                                          [f for an in analyses for f in an.facts], events))
        differ = min(differ, time.perf_counter() - start)
    n = len(articles)
    rest = whole - said
    return (f"{n} articles x {repeat}: analysis without extraction {1000 * rest / n:.2f} ms/article, "
            f"statements and events {1000 * said / n:.2f} ms/article ({100 * said / rest:.1f}% of the rest, "
            f"{100 * said / whole:.1f}% of the whole analysis); disagreements "
            f"{1000 * differ / n:.2f} ms/article; found {found[0]} statements, {found[1]} events, "
            f"{found[2]} disagreements")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path, nargs="?", help="folder with articles/ and topics/")
    parser.add_argument("--synthetic", type=int, metavar="N", help="time N synthetic articles instead")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.synthetic:
        sys.path.insert(0, str(REPO))
        from benchmarks.synth import make_corpus_project  # noqa: PLC0415 (importable only after the path above)

        with tempfile.TemporaryDirectory() as folder:
            project = make_corpus_project(Path(folder) / "synth", args.synthetic)
            print(measure(project / "corpus", args.repeat))
    elif args.corpus:
        print(measure(args.corpus, args.repeat))
    else:
        parser.error("give a corpus folder or --synthetic N")
    return 0


if __name__ == "__main__":
    sys.exit(main())
