"""One article on its own: its blocks, mentions, facts, candidate runs, statements and events.

Nothing here looks beyond the article, so each result can be cached (work/cache.py) and many
articles can be analysed at once in worker processes (work/articles.py).

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
from dataclasses import dataclass

from build_site import events as dating
from build_site import statements as saying
from build_site.candidates import (
    ArticleSightings,
    Spans,
    article_sightings,
    covered_spans,
    title_like,
)
from build_site.defined_abbreviations import apply_definitions
from build_site.fact_topics import attach_topics
from build_site.facts import find_figures
from build_site.kinds import holds_people, speaks
from build_site.matcher import Match, Matcher
from build_site.model import (
    DEFAULT_KINDS,
    Article,
    Block,
    Event,
    Evidence,
    Fact,
    Kind,
    Mention,
    Statement,
    Topic,
    block_at,
)
from build_site.person_names import is_person_name
from build_site.text import parse_blocks

THAT_YEAR = re.compile(r"\b(?:that|the same) year\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StatedFact:
    """A figure or year as the text states it, before the codebook says what it is about."""

    sentence_index: int
    start: int  # the figure's offsets in its sentence
    end: int
    fact: Fact  # its topics are still empty


@dataclass(frozen=True, slots=True)
class ArticleText:
    """What an article's text yields without the codebook."""

    blocks: tuple[Block, ...]
    stated_facts: tuple[StatedFact, ...]
    sightings: ArticleSightings
    events: tuple[Event, ...]  # their topics are still empty: the codebook names them (analyze.py)
    day_in_full: dating.DayInFull | None  # an undated article's latest day in full (`undated_day`), else None


@dataclass(frozen=True, slots=True)
class ArticleMatches:
    """What the codebook finds in an article's text."""

    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    covered: tuple[Spans, ...]  # per run of `ArticleText.sightings`, the spans mentions cover
    statements: tuple[Statement, ...]  # speakers resolved through the codebook's actors


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


def speakers(topics: Iterable[Topic], kinds: tuple[Kind, ...] = DEFAULT_KINDS) -> tuple[saying.Actor, ...]:
    """The codebook's topics of a kind that speaks (kinds.speaks: `actor`, `agency`, `official`...)
    as the statement extractor resolves speakers against them, each with its type."""
    speaking = {kind.id: kind for kind in kinds if speaks(kind)}
    return tuple(
        saying.Actor(
            t.id,
            t.names,
            attributes.get("type") or _speaker_type(t, speaking[t.kind]),
            attributes.get("role", ""),
            t.excludes,
        )
        for t in topics
        if t.kind in speaking
        for attributes in (dict(t.attributes),)
    )


def _speaker_type(topic: Topic, kind: Kind) -> str:
    """The type of a speaker the codebook gives none: a person in a kind of people (a surname, a
    title or a pronoun may stand for them); an organization in any other kind but `actor`, whose
    topics are either and read by their names (`untyped_actor_type`): an agency is a body."""
    if holds_people(kind):
        return "person"
    return untyped_actor_type(topic.name) if kind.id == "actor" else "organization"


def untyped_actor_type(name: str) -> str:
    """The type of an actor the codebook gives none (`briefing accept` writes none): a person
    when the name reads as one (person_names.is_person_name), else an organization. A pronoun
    ("he said") only ever stands for a person, so an untyped "FBI" must not become one."""
    return "person" if is_person_name(name) else "organization"


def read_article(article: Article) -> ArticleText:
    """Blocks, sentences, stated figures, candidate runs and dated events: the codebook plays
    no part (the article's date does, for relative dates)."""
    blocks = parse_blocks(article)
    dated = dating.extract_events(text_paragraphs(blocks), article.published)
    return ArticleText(
        blocks,
        stated_facts(article.id, blocks),
        article_sightings(article.id, blocks),
        article_events(article.id, dated),
        undated_day(article, dated),
    )


def analyze_article(
    article: Article, matcher: Matcher, text: ArticleText | None = None, actors: Sequence[saying.Actor] = ()
) -> ArticleAnalysis:
    """The article's analysis, reading it unless its `text` is given; `actors` (`speakers`)
    are who its statements may be attributed to."""
    text = text or read_article(article)
    found = article_mentions(text.blocks, matcher)
    mentions = apply_definitions(text.blocks, found, matcher.places)  # "Illinois ... (DNR)"
    matches = ArticleMatches(
        mentions=mentions,
        facts=attach_topics(
            text.stated_facts,
            text.blocks,
            mentions,
            matcher.kinds,
            matcher.actors,
            matcher.sorts,
            matcher.heads,
            matcher.deeds,
            matcher.cues,
            matcher.cue_words,
        ),
        covered=covered_spans(text.sightings, text.blocks, mentions),
        statements=article_statements(article.id, text.blocks, mentions, actors),
    )
    return ArticleAnalysis(text, matches)


def text_paragraphs(blocks: Sequence[Block]) -> list[saying.Paragraph]:
    """The blocks that hold statements and events, all but headings, as their sentences."""
    return [
        saying.Paragraph(b.anchor, tuple(s.text for s in b.sentences))
        for b in blocks
        if b.kind != "heading" and b.sentences
    ]


def article_events(article_id: str, dated: Sequence[dating.Event]) -> tuple[Event, ...]:
    """Every sentence of the article that dates a happening (events.py `dated`), in reading order."""
    return tuple(Event(e.date, e.inferred, e.written, (), Evidence(article_id, e.anchor, e.sentence)) for e in dated)


def undated_day(article: Article, dated: Sequence[dating.Event]) -> dating.DayInFull | None:
    """For an article with no publication date, the latest day its text writes in full (events.latest_day_in_full)
    among the events its reading found (`dated`), shown to the analyst as the date to check; None for a dated article
    or a text that writes no day in full. Kept in its `ArticleText`, so the check and the page read it there."""
    return dating.latest_of(dated) if article.published is None else None


def article_statements(
    article_id: str, blocks: Sequence[Block], mentions: Sequence[Mention], actors: Sequence[saying.Actor]
) -> tuple[Statement, ...]:
    """Who said what in the article (statements.py), each with the sentence it starts in; the
    actors its mentions name are those a role or a pronoun may stand for."""
    paragraphs = text_paragraphs(blocks)
    named = {m.topic_id for m in mentions}
    return tuple(
        Statement(
            s.kind,
            s.text,
            s.speaker_text,
            s.speaker,
            Evidence(article_id, s.anchor, block_at(blocks, s.anchor).sentences[s.sentence].text),
        )
        for s in saying.extract_statements(paragraphs, actors, named)
    )


def article_mentions(blocks: Sequence[Block], matcher: Matcher) -> list[Mention]:
    """Every topic occurrence in the article's blocks, a person's surname once the article has
    named the person in full (Matcher.with_surnames) included."""
    found = [matcher.find(block.text, heading=title_like(block)) for block in blocks]
    found = matcher.with_surnames([block.text for block in blocks], found)
    return [m for block, matches in zip(blocks, found, strict=True) for m in find_mentions(block, matcher, matches)]


def find_mentions(block: Block, matcher: Matcher, matches: Sequence[Match] | None = None) -> Iterable[Mention]:
    """Every topic occurrence in the block (`matches`, when found already), tied to the
    sentence it starts in."""
    starts = [s.start for s in block.sentences]
    for match in matcher.find(block.text, heading=title_like(block)) if matches is None else matches:
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
            refers_back = last_year if _says_that_year(sentence.text) else None
            for figure in figures:
                fact = Fact(
                    text=figure.text,
                    kind=figure.kind,
                    value=figure.value,
                    year=figure.year if figure.year is not None or figure.kind == "year" else refers_back,
                    evidence=Evidence(article_id, block.anchor, sentence.text),
                    topics=(),
                    start=figure.start,
                )
                facts.append(StatedFact(index, figure.start, figure.end, fact))
            years = [f.year for f in figures if f.kind == "year"]
            last_year = years[-1] if years else last_year
    return tuple(facts)


def _says_that_year(sentence: str) -> bool:
    """Whether THAT_YEAR matches; an ASCII sentence without "year" (most) skips the search."""
    if sentence.isascii() and "year" not in sentence.lower():
        return False
    return THAT_YEAR.search(sentence) is not None
