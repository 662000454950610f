"""Every article's analysis -> the one Briefing: mentions, evidence, relations, facts, candidates.

Each article is analysed on its own (article_analysis.py); this module draws what spans the
corpus: relations, and candidates judged by the corpus's vocabulary. No file is read or
written here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from build_site.article_analysis import ArticleAnalysis, sentence_topics
from build_site.candidates import find_candidates
from build_site.model import Article, Briefing, Mention, Topic
from build_site.relations import find_relations


def assemble_briefing(
    articles: Sequence[Article], topics: Sequence[Topic], analyses: Sequence[ArticleAnalysis]
) -> Briefing:
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
        candidates=find_candidates(blocks, ((a.text.sightings, a.matches.covered) for a in analyses), topics, mentions),
        mentions_by_topic={t.id: tuple(by_topic.get(t.id, ())) for t in topics},
        mentions_by_article={
            article.id: analysis.mentions for article, analysis in zip(articles, analyses, strict=True)
        },
        topic_index={t.id: t for t in topics},
        article_index={a.id: a for a in articles},
    )
