"""Every article's analysis -> the one Briefing: mentions, evidence, relations, facts, candidates.

Each article is analysed on its own (article_analysis.py); this module draws what spans the
corpus: relations, and candidates judged by the corpus's vocabulary. No file is read or
written here.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from build_site.article_analysis import ArticleAnalysis, SentenceTopics, sentence_topics
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


def assemble_briefing(articles: Sequence[Article], topics: Sequence[Topic],
                      analyses: Sequence[ArticleAnalysis]) -> Briefing:
    """The Briefing from every article's analysis, in corpus order: what spans the corpus
    (relations, candidates judged by its whole vocabulary) is drawn here."""
    blocks = {article.id: analysis.blocks for article, analysis in zip(articles, analyses, strict=True)}
    mentions = tuple(m for analysis in analyses for m in analysis.mentions)
    by_topic: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_topic[mention.topic_id].append(mention)
    return Briefing(
        articles=tuple(articles),
        blocks=blocks,
        topics=tuple(topics),
        mentions=mentions,
        relations=find_relations(sentence_topics(mentions), blocks),
        facts=tuple(f for analysis in analyses for f in analysis.facts),
        candidates=find_candidates(blocks, ((a.text.sightings, a.matches.covered) for a in analyses)),
        mentions_by_topic={t.id: tuple(by_topic.get(t.id, ())) for t in topics},
        mentions_by_article={article.id: analysis.mentions for article, analysis in zip(articles, analyses, strict=True)},
        topic_index={t.id: t for t in topics},
        article_index={a.id: a for a in articles},
    )


def _evidence(blocks: dict[str, tuple[Block, ...]], article_id: str, anchor: str, index: int) -> Evidence:
    return Evidence(article_id, anchor, block_at(blocks[article_id], anchor).sentences[index].text)


def find_relations(topics_at: SentenceTopics, blocks: dict[str, tuple[Block, ...]]) -> tuple[Relation, ...]:
    """Two topics are related by every sentence that names both; weight = such sentences."""
    shared: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for (article_id, anchor, index), topic_ids in topics_at.items():
        if len(topic_ids) < 2:
            continue
        evidence = _evidence(blocks, article_id, anchor, index)  # one for every pair the sentence relates
        for source, target in combinations(sorted(topic_ids), 2):
            shared[(source, target)].append(evidence)
    relations = (Relation(s, t, len(ev), tuple(ev)) for (s, t), ev in shared.items())
    return tuple(sorted(relations, key=lambda r: (-r.weight, r.source, r.target)))
