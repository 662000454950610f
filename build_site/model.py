"""The one model every output is a view of: plain, frozen records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from build_site.wording import english_plural

# What kind of document an article is, as a reader names it: its `type:` in the front matter and
# the label the site shows. An analyst's sources are often no news story: a research service's
# report, a government's press release, a hearing's transcript, a court's or regulator's filing,
# an official's statement or speech.
ARTICLE_TYPE_LABELS: dict[str, str] = {
    "news": "News",
    "opinion": "Opinion",
    "analysis": "Analysis",
    "report": "Report",
    "release": "Press release",
    "transcript": "Transcript",
    "filing": "Filing",
    "statement": "Statement",
}
ARTICLE_TYPES: tuple[str, ...] = tuple(ARTICLE_TYPE_LABELS)


def article_type(written: str) -> str | None:
    """The type a written `type:` value names, or None: its id or its label, in any case, with
    hyphens, underscores and spaces alike ("Report", "press release", "Press-Release"), since a user
    writes the label the site shows as often as the id."""
    key = " ".join(written.replace("-", " ").replace("_", " ").casefold().split())
    for kind, label in ARTICLE_TYPE_LABELS.items():
        if key in (kind, label.casefold()):
            return kind
    return None


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of topic: its id (a lower-case word), its labels as a heading writes them, and the
    colour class its badges, links and graph dots wear (one the site's stylesheet defines)."""

    id: str
    singular: str
    plural: str
    colour: str
    heading: str = ""  # the home page's heading over its topics; the plural label when empty

    @property
    def folder(self) -> str:
        """Its section of the site and, with ".yml", its file in corpus/topics/: the id's English
        plural ("agency": agencies), derived from the id alone, so a topic's address never depends
        on a label. (A file named by the id and "s", as earlier versions did, is still read:
        kinds.topics_file.)"""
        return english_plural(self.id)

    @property
    def file_name(self) -> str:
        return self.folder + ".yml"

    @property
    def site_url(self) -> str:
        return self.folder + "/"

    @property
    def singular_text(self) -> str:
        """The singular label inside a sentence (`in_text`)."""
        return in_text(self.singular)

    @property
    def plural_text(self) -> str:
        return in_text(self.plural)

    @property
    def home_heading(self) -> str:
        return self.heading or self.plural


def in_text(label: str) -> str:
    """A label written as a heading, as it reads inside a sentence: a capitalised word lowered
    ("Places" -> "places"), an acronym kept ("NGOs")."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


# The four kinds a briefing has unless its mkdocs.yml declares its own; each keeps its own
# colour class, which the stylesheet gives the palette's first four colours.
DEFAULT_KINDS: tuple[Kind, ...] = (
    Kind("threat", "Threat", "Threats", "threat", "Top threats"),
    Kind("actor", "Actor", "Actors", "actor", "Key actors"),
    Kind("program", "Program", "Programs", "program"),
    Kind("challenge", "Challenge", "Challenges", "challenge"),
)
KINDS: tuple[str, ...] = tuple(kind.id for kind in DEFAULT_KINDS)  # their ids
# Colour classes for declared kinds, in order (`kind--palette-1` ...: templates/briefing.css).
PALETTE: tuple[str, ...] = tuple(f"palette-{n}" for n in range(1, 9))


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
    # `published` is the day the url's path states (`/2024/05/14/`), the front matter stating none (corpus.article_date)
    dated_by_address: bool = False

    @property
    def site_url(self) -> str:
        return f"articles/{self.id}/"

    @property
    def type_label(self) -> str:
        """Its type as a reader names it ("Press release" for `release`)."""
        return ARTICLE_TYPE_LABELS.get(self.type, self.type)

    @property
    def page_source(self) -> str:
        """Its generated page's source path, as MkDocs lists it."""
        return f"articles/{self.id}.md"


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
    kind: str  # "heading" | "paragraph" | "item" | "quote" | "code"
    text: str
    sentences: tuple[Sentence, ...]
    level: int = 0  # heading level, or list nesting depth for items
    ordered: bool = False  # item of a numbered list


def block_index(anchor: str) -> int:
    """The index of the block with this anchor among an article's blocks: anchors are p1, p2,
    ... in reading order (text.parse_blocks), so no search is needed."""
    return int(anchor[1:]) - 1


def block_at(blocks: Sequence[Block], anchor: str) -> Block:
    """The block of an article's blocks with this anchor."""
    return blocks[block_index(anchor)]


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    summary: str
    attributes: tuple[tuple[str, str], ...] = ()
    path: Path | None = None
    line: int | None = None  # of its entry in `path`, for messages about it
    excludes: tuple[str, ...] = ()  # phrases holding one of its names that do not name it (`not:`)
    cues: tuple[str, ...] = ()  # common words that stand for it when a figure is about it (`cues:`)
    called: tuple[str, ...] = ()  # common nouns "the ..." may call it by, for its figures (`called:`)

    @property
    def site_url(self) -> str:
        return f"{english_plural(self.kind)}/{self.id}/"  # Kind.folder

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
    weight: int  # sentences naming both
    evidence: tuple[Evidence, ...]
    score: float = 0.0  # association beyond chance, what relations are ranked by (relations.py)


@dataclass(frozen=True, slots=True)
class Fact:
    text: str  # the figure as written, e.g. "33,341 people" or "2007"
    kind: str  # "year" | "count" | "percent" | "money" | "distance" | "duration" | "quantity" | "ratio" | "level"
    value: float | None
    year: int | None
    evidence: Evidence
    topics: tuple[str, ...]
    # where its topics are named when its sentence names none: "sentence" (it does), "paragraph"
    # (a pronoun's antecedent: "Established in 2002, it ..."), "section" (its heading or list title),
    # "article" (the same figure stated earlier in the article: "The $1 billion will cover ...")
    topics_from: str = "sentence"
    start: int | None = None  # the figure's offset in its sentence, which may give its words twice


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    suggested_kind: str | None  # one of the briefing's kinds, None where none fits (candidates.suggest_kind)
    count: int
    articles: tuple[str, ...]
    example: Evidence
    alias_of: str | None = None  # the topic it is likely another name of ("DEFENSA" of SEDENA)


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what (statements.py): the words as written, the speaker as written and the
    actor topic it resolves to, if any; `speaker_text` None when no speaker is identifiable."""

    kind: str  # "direct" | "reported" | "transcript"
    text: str  # the quotation, the turn, or the reporting sentence, verbatim
    speaker_text: str | None
    speaker: str | None  # actor topic id
    evidence: Evidence  # the sentence it starts in


@dataclass(frozen=True, slots=True)
class Event:
    """A sentence that dates a happening (events.py), with the topics it names."""

    date: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | "YYY0s" (a decade)
    inferred: bool  # resolved against the article's date ("on Wednesday", "Jan. 20")
    written: str  # the date as written
    topics: tuple[str, ...]
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Sentences that differ on one thing (disagreements.py): figures, dates, or a denial."""

    kind: str  # "figures" | "dates" | "disputed"
    about: str  # what differs, in words
    topics: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    values: tuple[str, ...]  # the differing figures or dates as written, one per evidence; () for a denial
    # the words of each sentence that say what its figure counts ("hit the streets"), shown when no topic says it
    written: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything the pages, the JSON export and the CLI summary show, computed once.

    The `*_by_*` indexes are views of `mentions`, built once in analyze so that no page
    re-counts anything and both sides of every cross-link come from the same records.
    """

    articles: tuple[Article, ...]
    blocks: dict[str, tuple[Block, ...]]  # article id -> blocks in reading order
    topics: tuple[Topic, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    facts: tuple[Fact, ...]
    candidates: tuple[Candidate, ...]  # the review queue: what no dismissed name covers
    statements: tuple[Statement, ...] = ()  # in corpus and reading order
    events: tuple[Event, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    mentions_by_topic: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    mentions_by_article: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    articles_by_topic: dict[str, tuple[str, ...]] = field(init=False)  # see articles_of
    topics_by_article: dict[str, tuple[str, ...]] = field(init=False)  # see topics_of
    topic_index: dict[str, Topic] = field(default_factory=dict)
    article_index: dict[str, Article] = field(default_factory=dict)
    kinds: tuple[Kind, ...] = DEFAULT_KINDS  # the briefing's kinds, in the order pages list them
    dismissed: tuple[Candidate, ...] = ()  # candidates the analyst dismissed (corpus/dismissed.yml)

    def __post_init__(self) -> None:
        """The article and topic indexes derived from the mention indexes, so that no builder keeps them in step."""
        object.__setattr__(self, "articles_by_topic", articles_by_topic(self.mentions_by_topic))
        object.__setattr__(self, "topics_by_article", topics_by_article(self.mentions_by_article))

    def topic(self, topic_id: str) -> Topic:
        return self.topic_index[topic_id]

    def article(self, article_id: str) -> Article:
        return self.article_index[article_id]

    def block(self, article_id: str, anchor: str) -> Block:
        return block_at(self.blocks[article_id], anchor)

    def articles_of(self, topic_id: str) -> tuple[str, ...]:
        """Article ids that mention the topic, in corpus order."""
        return self.articles_by_topic.get(topic_id, ())

    def topics_of(self, article_id: str) -> tuple[str, ...]:
        """Topic ids the article mentions, most mentioned first."""
        return self.topics_by_article.get(article_id, ())


def articles_by_topic(mentions_by_topic: dict[str, tuple[Mention, ...]]) -> dict[str, tuple[str, ...]]:
    """Each topic's articles, in corpus order: the pages and briefing.json ask for them again
    and again, so the assembly walks the mentions once."""
    return {t: tuple(dict.fromkeys(m.article_id for m in ms)) for t, ms in mentions_by_topic.items()}


def topics_by_article(mentions_by_article: dict[str, tuple[Mention, ...]]) -> dict[str, tuple[str, ...]]:
    """Each article's topics, most mentioned first, sorted once at the assembly."""
    return {a: topics_by_mentions(ms) for a, ms in mentions_by_article.items()}


def topics_by_mentions(mentions: Iterable[Mention]) -> tuple[str, ...]:
    """The topic ids named, most mentioned first (then by id)."""
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.topic_id] = counts.get(mention.topic_id, 0) + 1
    return tuple(sorted(counts, key=lambda t: (-counts[t], t)))
