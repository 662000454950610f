"""CPU seconds of each article's work, serially and per component, outside MkDocs.

    python benchmarks/article_cpu.py PROJECT_DIR [--repeat 3] [--profile 25] [--digest]
    python benchmarks/article_cpu.py --real [--repeat 3] [--profile 25] [--digest]

What a worker does for an article that is in no cache (read it, match it, make its page and
its sections for Material's search, `search_copy`, which a build with Material's search makes
with each page), timed step by step with the process's CPU time (`time.process_time`), which other work on a
shared machine does not inflate as it does wall time. Prints, per component, the median of
`--repeat` runs. `--profile N` adds a cProfile (CPU time) of one more run, top N functions
by internal time; `--digest` prints a hash of every analysis and page, which must not change
when only the speed does. `--real` runs on real text instead of a synthetic project: the
shipped corpus and every subject's texts in evaluation/, each with its own codebook (the
synthetic articles repeat a small corpus's paragraphs, so they can mislead).
BRIEFING_PRODUCT (a snapshot that run.snapshot_product made) picks the revision measured.
"""

from __future__ import annotations

import cProfile
import hashlib
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))
import child

child.use_snapshot()  # BRIEFING_PRODUCT picks the revision, as in rematch_cpu.py

from build_site import article_analysis as aa
from build_site.candidates import article_sightings, covered_spans
from build_site.codebook import load_codebook
from build_site.corpus import load_articles
from build_site.loading import load_corpus
from build_site.matcher import Matcher
from build_site.model import DEFAULT_KINDS, Article, Block, Kind, Mention, Topic
from build_site.pages import article_page, environment
from build_site.search_html import search_html
from build_site.search_sections import page_sections
from build_site.text import parse_blocks

T = TypeVar("T")
ROOT = Path(__file__).resolve().parent.parent


Corpus = tuple[list[Article], list[Topic], tuple[Kind, ...]]


def real_corpora() -> list[Corpus]:
    """The shipped corpus and each subject's texts in evaluation/, with their codebooks."""
    sys.path.insert(0, str(ROOT))
    from evaluation.run import codebook_dir, subject_kinds  # noqa: PLC0415 (a script of the repository, not the package)

    articles, topics, _ = load_corpus(ROOT / "corpus")
    corpora: list[Corpus] = [(articles, topics, DEFAULT_KINDS)]
    for folder in sorted((ROOT / "evaluation" / "texts").iterdir()):
        kinds = subject_kinds(folder.name)
        texts, _ = load_articles(folder / "dev")
        codebook, _ = load_codebook(codebook_dir(folder.name), kinds=kinds)
        corpora.append((texts, codebook, kinds))
    return corpora


def all_runs(corpora: list[Corpus], digest: Any = None) -> dict[str, float]:
    """CPU seconds per component, summed over every corpus."""
    seconds: dict[str, float] = defaultdict(float)
    for articles, topics, kinds in corpora:
        for name, value in one_run(articles, topics, digest, kinds).items():
            seconds[name] += value
    return seconds


def one_run(
    articles: list[Article], topics: list[Topic], digest: Any = None, kinds: tuple[Kind, ...] = DEFAULT_KINDS
) -> dict[str, float]:
    """CPU seconds per component for every article, made as a worker makes it."""
    matcher = Matcher(topics)
    actors = aa.speakers(topics)
    env = environment(kinds)
    by_id = {t.id: t for t in topics}
    seconds: dict[str, float] = defaultdict(float)

    def timed(name: str, call: Callable[..., T], *args: Any) -> T:
        started = time.process_time()
        value = call(*args)
        seconds[name] += time.process_time() - started
        return value

    def mentions_of(blocks: tuple[Block, ...]) -> tuple[Mention, ...]:
        return tuple(m for b in blocks for m in aa.find_mentions(b, matcher))

    for article in articles:
        blocks = timed("parse_blocks", parse_blocks, article)
        stated = timed("stated_facts", aa.stated_facts, article.id, blocks)
        sightings = timed("article_sightings", article_sightings, article.id, blocks)
        events = timed("article_events", aa.article_events, article, blocks)
        mentions = timed("find_mentions", mentions_of, blocks)
        facts = timed("attach_topics", aa.attach_topics, stated, blocks, mentions, matcher.kinds)
        covered = timed("covered_spans", covered_spans, sightings, blocks, mentions)
        statements = timed("article_statements", aa.article_statements, article.id, blocks, mentions, actors)
        page = timed("article_page", article_page, env, article, blocks, mentions, by_id, True, kinds)
        sections = timed("search_copy", page_sections, timed("search_copy", search_html, page.html))
        if digest is not None:
            text = aa.ArticleText(blocks, stated, sightings, events)
            matches = aa.ArticleMatches(mentions, facts, covered, statements)
            digest.update(repr((text, matches, page, sections)).encode())
    seconds["total"] = sum(seconds.values())
    return seconds


def main() -> int:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    if "--real" in sys.argv:
        corpora = real_corpora()
    else:
        articles, topics, _ = load_corpus(Path(sys.argv[1]).resolve() / "corpus")
        corpora = [(articles, topics, DEFAULT_KINDS)]
    if "--digest" in sys.argv:
        digest = hashlib.sha256()
        all_runs(corpora, digest)
        print(f"digest {digest.hexdigest()}")
    runs = [all_runs(corpora) for _ in range(repeat)]
    count = sum(len(articles) for articles, _, _ in corpora)
    print(f"{count} articles, CPU seconds, median of {repeat} runs")
    for name in runs[0]:
        values = [run[name] for run in runs]
        print(f"  {name:20} {statistics.median(values):7.3f}   ({', '.join(f'{v:.3f}' for v in values)})")
    if "--profile" in sys.argv:
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        all_runs(corpora)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(int(sys.argv[sys.argv.index("--profile") + 1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
