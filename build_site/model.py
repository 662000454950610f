"""The one model every output is a view of (DESIGN.md: one direction, one model)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

KINDS: tuple[str, ...] = ("threat", "actor", "program", "challenge")
# Section folder in the site and file name in corpus/topics/ for each kind.
KIND_PLURALS: dict[str, str] = {k: k + "s" for k in KINDS}
ARTICLE_TYPES: tuple[str, ...] = ("news", "opinion", "analysis")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    path: Path
    title: str
    body: str
    type: str = "news"
    publisher: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None
    body_line: int = 1  # line of the file where the body starts, for error messages

    @property
    def site_url(self) -> str:
        return f"articles/{self.id}/"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into the block's text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, paragraph or list item of an article; `anchor` is its id on the article page."""

    article_id: str
    anchor: str
    kind: str  # "heading" | "paragraph" | "item"
    text: str
    sentences: tuple[Sentence, ...]
    level: int = 0  # heading level, or list nesting depth for items
    ordered: bool = False  # item of a numbered list


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    summary: str
    attributes: tuple[tuple[str, str], ...] = ()
    path: Path | None = None

    @property
    def site_url(self) -> str:
        return f"{KIND_PLURALS[self.kind]}/{self.id}/"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a topic in an article: kept apart from the topic it resolves to."""

    topic_id: str
    article_id: str
    anchor: str
    sentence_index: int  # index into the block's sentences
    start: int  # offsets into the block's text
    end: int
    surface: str  # the text exactly as written


@dataclass(frozen=True, slots=True)
class Evidence:
    """A verbatim sentence and where it stands."""

    article_id: str
    anchor: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Relation:
    source: str
    target: str
    weight: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Fact:
    text: str  # the figure as written, e.g. "33,341 people" or "2007"
    kind: str  # "year" | "count" | "percent" | "money" | "distance" | "duration"
    value: float | None
    year: int | None
    evidence: Evidence
    topics: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    suggested_kind: str
    count: int
    articles: tuple[str, ...]
    example: Evidence


@dataclass(slots=True)
class Briefing:
    """Everything the pages, the JSON export and the CLI summary show, computed once."""

    articles: tuple[Article, ...]
    blocks: dict[str, tuple[Block, ...]]  # article id -> blocks
    topics: tuple[Topic, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    facts: tuple[Fact, ...]
    candidates: tuple[Candidate, ...]
    timings: dict[str, float] = field(default_factory=dict)
