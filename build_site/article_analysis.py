"""One article on its own: its blocks, mentions, facts and candidate runs.

Nothing here looks beyond the article, so each result can be cached (cache.py) and many
articles can be analysed at once in worker processes (workers.py), which a first build of
a large corpus gains most from (benchmarks/RESULTS.md).
"""
from __future__ import annotations

import bisect
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from build_site.candidates import ArticleSightings, article_sightings
from build_site.facts import find_figures
from build_site.matcher import Matcher
from build_site.model import Article, Block, Evidence, Fact, Mention, Topic
from build_site.text import parse_blocks
from build_site.workers import fork_map

THAT_YEAR = re.compile(r"\b(?:that|the same) year\b", re.IGNORECASE)
PHASES = ("parse and match", "analyze")


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What one article yields on its own, given the codebook: the unit the cache keeps."""

    blocks: tuple[Block, ...]
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    sightings: ArticleSightings


def analyze_article(article: Article, matcher: Matcher, timings: dict[str, float]) -> ArticleAnalysis:
    """Blocks, mentions, facts and candidate runs of one article; adds its time to `timings`."""
    started = time.perf_counter()
    blocks = parse_blocks(article)
    mentions = tuple(m for block in blocks for m in find_mentions(block, matcher))
    matched = time.perf_counter()
    analysis = ArticleAnalysis(
        blocks=blocks,
        mentions=mentions,
        facts=find_facts(article.id, blocks, sentence_topics(mentions)),
        sightings=article_sightings(article.id, blocks, mentions),
    )
    timings["parse and match"] += matched - started
    timings["analyze"] += time.perf_counter() - matched
    return analysis


def analyze_articles(articles: Sequence[Article], topics: Sequence[Topic], timings: dict[str, float],
                     workers: int | None = None) -> list[ArticleAnalysis]:
    """Each article's analysis, in order; in worker processes when there are many (workers.py).

    `timings` gets wall time: with workers, the pool's wall time split between the phases
    in the proportion the workers spent on each.
    """
    started = time.perf_counter()
    matcher = Matcher(topics)
    timings["parse and match"] += time.perf_counter() - started
    results = fork_map(_analyze_timed, matcher, articles, workers)
    if results is None:
        return [analyze_article(article, matcher, timings) for article in articles]
    spent = {phase: sum(times[phase] for _, times in results) for phase in PHASES}
    wall = time.perf_counter() - started
    for phase in PHASES:
        timings[phase] += wall * spent[phase] / (sum(spent.values()) or 1)
    return [analysis for analysis, _ in results]


def _analyze_timed(matcher: Matcher, article: Article) -> tuple[ArticleAnalysis, dict[str, float]]:
    times = dict.fromkeys(PHASES, 0.0)
    return analyze_article(article, matcher, times), times


def find_mentions(block: Block, matcher: Matcher) -> Iterable[Mention]:
    """Every topic occurrence in the block, tied to the sentence it starts in."""
    starts = [s.start for s in block.sentences]
    for match in matcher.find(block.text):
        index = max(bisect.bisect_right(starts, match.start) - 1, 0)
        yield Mention(
            topic_id=match.topic_id,
            article_id=block.article_id,
            anchor=block.anchor,
            sentence_index=index,
            start=match.start,
            end=match.end,
            surface=block.text[match.start : match.end],
        )


SentenceTopics = dict[tuple[str, str, int], list[str]]


def sentence_topics(mentions: Iterable[Mention]) -> SentenceTopics:
    """(article, anchor, sentence index) -> distinct topic ids named there, in order."""
    topics: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for m in mentions:
        named = topics[(m.article_id, m.anchor, m.sentence_index)]
        if m.topic_id not in named:
            named.append(m.topic_id)
    return topics


def find_facts(article_id: str, blocks: Sequence[Block], topics_at: SentenceTopics) -> tuple[Fact, ...]:
    """Figures and years stated in the article, each with its sentence and the topics it is about.

    A sentence often refers back ("Established in 2002, it plays...", "During that year 33,341
    people were murdered"): when it names no topic, the fact takes the topics of its paragraph,
    and "that year" takes the last year stated earlier in the paragraph.
    """
    facts: list[Fact] = []
    for block in blocks:
        block_topics = tuple(dict.fromkeys(
            t for i in range(len(block.sentences)) for t in topics_at.get((article_id, block.anchor, i), ())
        ))
        last_year: int | None = None
        for index, sentence in enumerate(block.sentences):
            figures = find_figures(sentence.text)
            topics = tuple(topics_at.get((article_id, block.anchor, index), ())) or block_topics
            refers_back = last_year if THAT_YEAR.search(sentence.text) else None
            for figure in figures:
                facts.append(
                    Fact(
                        text=figure.text,
                        kind=figure.kind,
                        value=figure.value,
                        year=figure.year if figure.year is not None or figure.kind == "year" else refers_back,
                        evidence=Evidence(article_id, block.anchor, sentence.text),
                        topics=topics,
                    )
                )
            years = [f.year for f in figures if f.kind == "year"]
            last_year = years[-1] if years else last_year
    return tuple(facts)
