"""Every article's analysis -> the one Briefing: mentions, evidence, relations, facts,
candidates, statements, events and disagreements.

Each article is analysed on its own (article_analysis.py); this module draws what spans the
corpus: relations, candidates judged by the corpus's vocabulary, and where sources disagree.
No file is read or written here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from build_site import disagreements as differ
from build_site.article_analysis import ArticleAnalysis, SentenceTopics, sentence_topics, speakers
from build_site.candidates import find_candidates
from build_site.dismissals import split_dismissed
from build_site.facts import elided
from build_site.model import (
    DEFAULT_KINDS,
    Article,
    Block,
    Briefing,
    Disagreement,
    Event,
    Evidence,
    Fact,
    Kind,
    Mention,
    Topic,
    block_at,
)
from build_site.relations import find_relations


def assemble_briefing(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    analyses: Sequence[ArticleAnalysis],
    kinds: tuple[Kind, ...] = DEFAULT_KINDS,
    dismissed: Sequence[str] = (),
) -> Briefing:
    """The Briefing from every article's analysis, in corpus order: what spans the corpus
    (relations, candidates judged by its whole vocabulary) is drawn here. The candidates that
    a `dismissed` name covers leave the review queue (dismissals.py)."""
    blocks = {article.id: analysis.blocks for article, analysis in zip(articles, analyses, strict=True)}
    mentions = tuple(m for analysis in analyses for m in analysis.mentions)
    by_topic: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_topic[mention.topic_id].append(mention)
    named = sentence_topics(mentions)
    facts = tuple(f for analysis in analyses for f in analysis.facts)
    events = tuple(event for analysis in analyses for event in events_with_topics(analysis, named))
    candidates = find_candidates(
        blocks,
        ((a.text.sightings, a.matches.covered) for a in analyses),
        topics,
        mentions,
        kinds=kinds,  # a suggestion is always one of the briefing's kinds
        people=frozenset(actor.id for actor in speakers(topics, kinds) if actor.type == "person"),
    )
    queue, gone = split_dismissed(candidates, dismissed)
    mentions_by_topic = {t.id: tuple(by_topic.get(t.id, ())) for t in topics}
    mentions_by_article = {article.id: analysis.mentions for article, analysis in zip(articles, analyses, strict=True)}
    return Briefing(
        articles=tuple(articles),
        blocks=blocks,
        topics=tuple(topics),
        mentions=mentions,
        relations=find_relations(named, blocks),
        facts=facts,
        candidates=queue,
        statements=tuple(s for analysis in analyses for s in analysis.matches.statements),
        events=events,
        disagreements=find_disagreements(articles, blocks, named, facts, events),
        mentions_by_topic=mentions_by_topic,
        mentions_by_article=mentions_by_article,
        topic_index={t.id: t for t in topics},
        article_index={a.id: a for a in articles},
        kinds=kinds,
        dismissed=gone,
    )


def events_with_topics(analysis: ArticleAnalysis, named: SentenceTopics) -> list[Event]:
    """The article's dated events, each with the topics its sentence names."""
    blocks = analysis.blocks
    events = []
    for event in analysis.text.events:
        evidence = event.evidence
        sentences = block_at(blocks, evidence.anchor).sentences
        index = next(i for i, s in enumerate(sentences) if s.text == evidence.sentence)
        events.append(replace(event, topics=tuple(named.get((evidence.article_id, evidence.anchor, index), ()))))
    return events


def find_disagreements(
    articles: Sequence[Article],
    blocks: dict[str, tuple[Block, ...]],
    named: SentenceTopics,
    facts: Sequence[Fact],
    events: Sequence[Event],
) -> tuple[Disagreement, ...]:
    """Figures, dates of one event, and denials on which the sources differ (disagreements.py),
    from the facts, the events and every sentence that names a topic; the figures of a paragraph's sentence
    that names none are read too, as the evaluation reads them, and shown on no topic's page."""
    publishers = {a.id: a.publisher for a in articles}
    published = {a.id: a.published for a in articles}

    def source(evidence: Evidence) -> differ.Source:
        article_id = evidence.article_id
        return differ.Source(
            article_id, publishers[article_id], evidence.anchor, evidence.sentence, published[article_id]
        )

    figures = [
        differ.FigureRecord(f.value, f.kind, f.text, f.year, f.topics, source(f.evidence), start=f.start)
        for f in facts
        if f.value is not None and not (f.kind == "count" and elided(f.text))  # "630 of them": a part, no count
    ]
    dated = [differ.EventRecord(e.date, e.topics, source(e.evidence)) for e in events]
    sentences = [
        (
            differ.Source(
                article_id,
                publishers[article_id],
                anchor,
                block_at(blocks[article_id], anchor).sentences[index].text,
                published[article_id],
            ),
            tuple(topic_ids),
        )
        for (article_id, anchor, index), topic_ids in named.items()
    ]
    unnamed = [
        differ.Source(article.id, publishers[article.id], block.anchor, sentence.text, published[article.id])
        for article in articles
        for block in blocks[article.id]
        if block.kind != "heading"
        for index, sentence in enumerate(block.sentences)
        if (article.id, block.anchor, index) not in named and differ.may_give_figure(sentence.text)
    ]
    return tuple(
        Disagreement(
            d.kind,
            d.about,
            d.topics,
            tuple(Evidence(s.article_id, s.anchor, s.sentence) for s in d.evidence),
            d.values,
            d.written,
        )
        for d in differ.find_disagreements(figures, dated, sentences, unnamed)
    )
