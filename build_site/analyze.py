"""Corpus + codebook -> the Briefing: mentions, evidence, relations, facts, candidates.

Pure functions over the loaded objects; the only state is the optional cache of
per-article results.
"""
from __future__ import annotations

import bisect
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from build_site.cache import ArticleCache, codebook_fingerprint
from build_site.candidates import ArticleSightings, article_sightings, find_candidates
from build_site.facts import find_figures
from build_site.matcher import Matcher
from build_site.model import Article, Block, Briefing, Evidence, Fact, Mention, Relation, Topic
from build_site.text import parse_blocks


THAT_YEAR = re.compile(r"\b(?:that|the same) year\b", re.IGNORECASE)


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


def build_briefing(
    articles: Sequence[Article], topics: Sequence[Topic], cache: ArticleCache | None = None
) -> Briefing:
    """The one model every page, the JSON export and the summary are views of.

    Each article is analysed alone (or taken from the cache when neither it, the codebook nor
    the code changed); then relations and candidates are drawn across the whole corpus.
    """
    timings = {"parse and match": 0.0, "analyze": 0.0}
    cache = cache or ArticleCache(None)
    codebook = codebook_fingerprint(topics)
    matcher: Matcher | None = None  # built only if an article is not in the cache
    analyses: dict[str, ArticleAnalysis] = {}
    for article in articles:
        key = cache.key("analysis", codebook, article.id, article.body)
        cached = cache.get(key)
        if isinstance(cached, ArticleAnalysis):
            analyses[article.id] = cached
            continue
        if matcher is None:
            started = time.perf_counter()
            matcher = Matcher(topics)
            timings["parse and match"] += time.perf_counter() - started
        analyses[article.id] = cache.put(key, analyze_article(article, matcher, timings))

    started = time.perf_counter()
    blocks = {article_id: analysis.blocks for article_id, analysis in analyses.items()}
    mentions = tuple(m for analysis in analyses.values() for m in analysis.mentions)
    by_topic: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_topic[mention.topic_id].append(mention)
    briefing = Briefing(
        articles=tuple(articles),
        blocks=blocks,
        topics=tuple(topics),
        mentions=mentions,
        relations=find_relations(sentence_topics(mentions), blocks),
        facts=tuple(f for analysis in analyses.values() for f in analysis.facts),
        candidates=find_candidates(blocks, (analysis.sightings for analysis in analyses.values())),
        mentions_by_topic={t.id: tuple(by_topic.get(t.id, ())) for t in topics},
        mentions_by_article={article_id: analysis.mentions for article_id, analysis in analyses.items()},
        topic_index={t.id: t for t in topics},
        article_index={a.id: a for a in articles},
        timings=timings,
    )
    timings["analyze"] += time.perf_counter() - started
    return briefing


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


def _evidence(blocks: dict[str, tuple[Block, ...]], article_id: str, anchor: str, index: int) -> Evidence:
    block = blocks[article_id][int(anchor[1:]) - 1]
    return Evidence(article_id, anchor, block.sentences[index].text)


def find_relations(topics_at: SentenceTopics, blocks: dict[str, tuple[Block, ...]]) -> tuple[Relation, ...]:
    """Two topics are related by every sentence that names both; weight = such sentences."""
    shared: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for (article_id, anchor, index), topic_ids in topics_at.items():
        for source, target in combinations(sorted(topic_ids), 2):
            shared[(source, target)].append(_evidence(blocks, article_id, anchor, index))
    relations = (Relation(s, t, len(ev), tuple(ev)) for (s, t), ev in shared.items())
    return tuple(sorted(relations, key=lambda r: (-r.weight, r.source, r.target)))


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
