"""Corpus + codebook -> the Briefing: mentions, evidence, relations, facts, candidates.

Each article is analysed on its own (article_analysis.py), or taken from the cache; this
module draws what spans the corpus: relations, and candidates judged by the corpus's
vocabulary. No file is read or written here beyond the optional cache.
"""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from build_site.article_analysis import (
    ArticleAnalysis, ArticleMatches, ArticleText, SentenceTopics, analyze_articles, sentence_topics,
)
from build_site.cache import ArticleCache, codebook_fingerprint
from build_site.candidates import find_candidates
from build_site.model import (
    Article,
    Block,
    Briefing,
    Evidence,
    Mention,
    Relation,
    Topic,
    block_at,
)


def build_briefing(
    articles: Sequence[Article], topics: Sequence[Topic], cache: ArticleCache | None = None
) -> Briefing:
    """The one model every page, the JSON export and the summary are views of.

    Each article is analysed alone, unless the cache holds its analysis (neither it, the
    codebook nor the code changed since), or its text is read from the cache and matched
    again (only the codebook changed); then relations and candidates are drawn across the
    whole corpus.
    """
    timings = {"cache": 0.0, "parse and match": 0.0, "analyze": 0.0}
    started = time.perf_counter()
    cache = cache or ArticleCache(None)
    codebook = cache.fingerprints["the codebook"] = codebook_fingerprint(topics)
    text_keys = {article.id: cache.key("text", article.id, article.body) for article in articles}
    match_keys = {article.id: cache.key("matches", codebook, article.id, article.body) for article in articles}
    analyses: dict[str, ArticleAnalysis] = {}
    texts: dict[str, ArticleText] = {}
    for article in articles:
        text = cache.get(text_keys[article.id], ArticleText)
        if text is None:
            cache.skip(ArticleMatches)  # new or edited: read and matched anew
            continue
        matches = cache.get(match_keys[article.id], ArticleMatches)
        if matches is None:
            texts[article.id] = text  # the codebook changed: match the text again, without reading it
        else:
            analyses[article.id] = ArticleAnalysis(text, matches)
    timings["cache"] = time.perf_counter() - started
    missing = [article for article in articles if article.id not in analyses]
    if missing:
        for article, analysis in zip(missing, analyze_articles(missing, topics, timings, texts)):
            analyses[article.id] = analysis
            if article.id not in texts:
                cache.put(text_keys[article.id], analysis.text)
            cache.put(match_keys[article.id], analysis.matches)
    analyses = {article.id: analyses[article.id] for article in articles}  # corpus order

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
        candidates=find_candidates(blocks, ((a.text.sightings, a.matches.covered) for a in analyses.values())),
        mentions_by_topic={t.id: tuple(by_topic.get(t.id, ())) for t in topics},
        mentions_by_article={article_id: analysis.mentions for article_id, analysis in analyses.items()},
        topic_index={t.id: t for t in topics},
        article_index={a.id: a for a in articles},
        timings=timings,
    )
    timings["analyze"] += time.perf_counter() - started
    return briefing


def _evidence(blocks: dict[str, tuple[Block, ...]], article_id: str, anchor: str, index: int) -> Evidence:
    return Evidence(article_id, anchor, block_at(blocks[article_id], anchor).sentences[index].text)


def find_relations(topics_at: SentenceTopics, blocks: dict[str, tuple[Block, ...]]) -> tuple[Relation, ...]:
    """Two topics are related by every sentence that names both; weight = such sentences."""
    shared: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for (article_id, anchor, index), topic_ids in topics_at.items():
        for source, target in combinations(sorted(topic_ids), 2):
            shared[(source, target)].append(_evidence(blocks, article_id, anchor, index))
    relations = (Relation(s, t, len(ev), tuple(ev)) for (s, t), ev in shared.items())
    return tuple(sorted(relations, key=lambda r: (-r.weight, r.source, r.target)))
