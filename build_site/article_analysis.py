"""One article on its own: its blocks, mentions, facts and candidate runs.

Nothing here looks beyond the article, so each result can be cached (cache.py) and many
articles can be analysed at once in worker processes (article_work.py).

The work is in two parts, cached apart: reading the text (`ArticleText`: blocks, sentences,
figures, runs of capitalized words) does not depend on the codebook and is most of the
time; matching it (`ArticleMatches`) does. A codebook edit, the analyst's everyday answer to
the candidates, then re-matches every article without reading any again.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from build_site.candidates import ArticleSightings, Spans, article_sightings, covered_spans
from build_site.facts import find_figures
from build_site.matcher import Matcher
from build_site.model import Article, Block, Evidence, Fact, Mention, block_at
from build_site.text import parse_blocks

THAT_YEAR = re.compile(r"\b(?:that|the same) year\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StatedFact:
    """A figure or year as the text states it, before the codebook says what it is about."""

    sentence_index: int
    fact: Fact  # its topics are still empty


@dataclass(frozen=True, slots=True)
class ArticleText:
    """What an article's text yields without the codebook."""

    blocks: tuple[Block, ...]
    stated_facts: tuple[StatedFact, ...]
    sightings: ArticleSightings


@dataclass(frozen=True, slots=True)
class ArticleMatches:
    """What the codebook finds in an article's text."""

    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    covered: tuple[Spans, ...]  # per run of `ArticleText.sightings`, the spans mentions cover


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """One article's analysis: the unit the corpus-wide pass (analyze.py) draws from."""

    text: ArticleText
    matches: ArticleMatches

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.text.blocks

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return self.matches.mentions

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.matches.facts


def read_article(article: Article) -> ArticleText:
    """Blocks, sentences, stated figures and candidate runs: the codebook plays no part."""
    blocks = parse_blocks(article)
    return ArticleText(blocks, stated_facts(article.id, blocks), article_sightings(article.id, blocks))


def analyze_article(article: Article, matcher: Matcher, text: ArticleText | None = None) -> ArticleAnalysis:
    """The article's analysis, reading it unless its `text` is given."""
    text = text or read_article(article)
    mentions = tuple(m for block in text.blocks for m in find_mentions(block, matcher))
    matches = ArticleMatches(
        mentions=mentions,
        facts=attach_topics(text.stated_facts, text.blocks, sentence_topics(mentions)),
        covered=covered_spans(text.sightings, text.blocks, mentions),
    )
    return ArticleAnalysis(text, matches)


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


def stated_facts(article_id: str, blocks: Sequence[Block]) -> tuple[StatedFact, ...]:
    """Figures and years stated in the article, each with its sentence.

    A sentence often refers back ("During that year 33,341 people were murdered"): "that
    year" takes the last year stated earlier in the paragraph.
    """
    facts: list[StatedFact] = []
    for block in blocks:
        last_year: int | None = None
        for index, sentence in enumerate(block.sentences):
            figures = find_figures(sentence.text)
            refers_back = last_year if THAT_YEAR.search(sentence.text) else None
            for figure in figures:
                fact = Fact(
                    text=figure.text,
                    kind=figure.kind,
                    value=figure.value,
                    year=figure.year if figure.year is not None or figure.kind == "year" else refers_back,
                    evidence=Evidence(article_id, block.anchor, sentence.text),
                    topics=(),
                )
                facts.append(StatedFact(index, fact))
            years = [f.year for f in figures if f.kind == "year"]
            last_year = years[-1] if years else last_year
    return tuple(facts)


def attach_topics(stated: Sequence[StatedFact], blocks: Sequence[Block], topics_at: SentenceTopics) -> tuple[Fact, ...]:
    """Each fact with the topics its sentence names or, when it names none ("Established in
    2002, it plays..."), the topics of its paragraph."""
    paragraph_topics: dict[str, tuple[str, ...]] = {}
    facts = []
    for item in stated:
        evidence = item.fact.evidence
        topics = tuple(topics_at.get((evidence.article_id, evidence.anchor, item.sentence_index), ()))
        from_paragraph = not topics
        if from_paragraph:
            if evidence.anchor not in paragraph_topics:
                block = block_at(blocks, evidence.anchor)
                paragraph_topics[evidence.anchor] = tuple(dict.fromkeys(
                    t for i in range(len(block.sentences))
                    for t in topics_at.get((evidence.article_id, block.anchor, i), ())
                ))
            topics = paragraph_topics[evidence.anchor]
        facts.append(replace(item.fact, topics=topics, topics_from_paragraph=from_paragraph and bool(topics)))
    return tuple(facts)
