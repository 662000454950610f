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
    readings: Sequence[differ.Readings] | None = None,
) -> Briefing:
    """The Briefing from every article's analysis, in corpus order: what spans the corpus
    (relations, candidates judged by its whole vocabulary) is drawn here. The candidates that
    a `dismissed` name covers leave the review queue (dismissals.py). `readings`: each article's
    `article_readings`, if the caller has them (kept between builds, work/readings.py)."""
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
        disagreements=find_disagreements(articles, blocks, named, facts, events, readings),
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
    readings: Sequence[differ.Readings] | None = None,
) -> tuple[Disagreement, ...]:
    """Figures, dates of one event, and denials on which the sources differ (disagreements.py),
    from the facts, the events and every sentence that names a topic; the figures of a paragraph's sentence
    that names none are read too, as the evaluation reads them, and shown on no topic's page. What the
    sentences give read one by one is read here unless `readings` (`article_readings` of every article,
    in corpus order) are given."""
    sources = _Sources(articles)
    figures = _figures(facts, sources)
    dated = [differ.EventRecord(e.date, e.topics, sources.of(e.evidence)) for e in events]
    sentences: list[tuple[differ.Source, tuple[str, ...]]] = []
    if readings is None:
        sentences = _named_sentences(named, blocks, sources)
        readings = [differ.read_sentences(figures, sentences, _unnamed_sentences(articles, blocks, named, sources))]
    elif any(r.denials for r in readings):  # the claims a denial may answer
        sentences = _named_sentences(named, blocks, sources)
    return tuple(
        Disagreement(
            d.kind,
            d.about,
            d.topics,
            tuple(Evidence(s.article_id, s.anchor, s.sentence) for s in d.evidence),
            d.values,
            d.written,
        )
        for d in differ.compare(figures, dated, sentences, readings)
    )


def article_readings(
    article: Article, blocks: tuple[Block, ...], mentions: Sequence[Mention], facts: Sequence[Fact]
) -> differ.Readings:
    """What one article's sentences give the disagreements read one by one (`differ.read_sentences`):
    a function of the article, its blocks, where its mentions name topics and its facts alone."""
    sources = _Sources([article])
    named = sentence_topics(mentions)
    return differ.read_sentences(
        _figures(facts, sources),
        _named_sentences(named, {article.id: blocks}, sources),
        _unnamed_sentences([article], {article.id: blocks}, named, sources),
    )


def readings_size(mentions: Sequence[Mention], facts: Sequence[Fact]) -> tuple[int, int]:
    """How many of the build's figures and how many sentences naming a topic an article's readings
    (`article_readings`) are of: what a kept one must line up with (work/readings.py)."""
    return sum(1 for f in facts if _compared(f)), len(sentence_topics(mentions))


class _Sources:
    """A sentence of an article as the disagreements name it (`differ.Source`)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.publishers = {a.id: a.publisher for a in articles}
        self.published = {a.id: a.published for a in articles}

    def at(self, article_id: str, anchor: str, sentence: str) -> differ.Source:
        return differ.Source(article_id, self.publishers[article_id], anchor, sentence, self.published[article_id])

    def of(self, evidence: Evidence) -> differ.Source:
        return self.at(evidence.article_id, evidence.anchor, evidence.sentence)


def _figures(facts: Sequence[Fact], sources: _Sources) -> list[differ.FigureRecord]:
    """The facts the disagreements compare (`_compared`), as their records."""
    return [
        differ.FigureRecord(f.value, f.kind, f.text, f.year, f.topics, sources.of(f.evidence), start=f.start)
        for f in facts
        if f.value is not None and _compared(f)  # `f.value` again: so the type checker knows it is set
    ]


def _compared(fact: Fact) -> bool:
    """Whether the disagreements compare a fact: one with a value, but a part of a count ("630 of them")."""
    return fact.value is not None and differ.compared(fact.kind, fact.text, fact.evidence.sentence, fact.start)


def _named_sentences(
    named: SentenceTopics, blocks: dict[str, tuple[Block, ...]], sources: _Sources
) -> list[tuple[differ.Source, tuple[str, ...]]]:
    """Every sentence that names a topic, with the topics it names."""
    return [
        (
            sources.at(article_id, anchor, block_at(blocks[article_id], anchor).sentences[index].text),
            tuple(topic_ids),
        )
        for (article_id, anchor, index), topic_ids in named.items()
    ]


def _unnamed_sentences(
    articles: Sequence[Article], blocks: dict[str, tuple[Block, ...]], named: SentenceTopics, sources: _Sources
) -> list[differ.Source]:
    """The sentences of paragraphs that name no topic but may give a figure."""
    return [
        sources.at(article.id, block.anchor, sentence.text)
        for article in articles
        for block in blocks[article.id]
        if block.kind != "heading"
        for index, sentence in enumerate(block.sentences)
        if (article.id, block.anchor, index) not in named and differ.may_give_figure(sentence.text)
    ]
