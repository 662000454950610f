"""Briefing -> every generated page: front matter for MkDocs, and the page's HTML.

The HTML comes from autoescaping Jinja2 templates: article text and metadata are escaped
once, here, and no Markdown processor ever reads them, so nothing an article says can
become markup, a link or template code. Handing MkDocs finished HTML (plugin.py) also
spares it from re-parsing every generated tag, which was most of its render time.
"""

from __future__ import annotations

import calendar
import html
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cached_property, lru_cache, partial
from operator import attrgetter
from pathlib import Path
from typing import Any

import jinja2
from markdown.extensions.toc import slugify
from markupsafe import Markup, escape

from build_site import graph, snippets
from build_site.events import DayInFull
from build_site.kinds import speaking_kinds
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
    Relation,
    Statement,
    Topic,
    topics_by_mentions,
)
from build_site.search_html import search_html
from build_site.search_sections import SearchSection, page_sections
from build_site.slugs import fold_accents
from build_site.snippets import date_label, relative_url
from build_site.whats_new import added_moments
from build_site.wording import shell_argument

LIST_LIMIT = 100  # rows on an index page before it is split into pages
EVIDENCE_ARTICLES = 50  # articles quoted on a topic page; the next ones are listed
QUOTES_PER_ARTICLE = 10  # sentences quoted from one article on a topic page; the rest are counted
RELATED_DETAILED = 20  # related topics shown with their shared sentences; the rest are a list of links
LISTED_ARTICLES = 200  # articles listed after those; the rest are counted (all are in briefing.json)
EVENTS_PER_MONTH = 10  # events shown per month in a chronology; the rest are counted
TOPIC_STATEMENTS = 30  # statements shown in each list of a topic page; the rest are counted
TOPIC_EVENTS = 50  # events shown in a topic's chronology
TOPIC_FACTS = 50  # figures shown on a topic page
RELATED_QUOTED = 10  # shared sentences quoted for each related topic on a topic page
STATEMENTS_LISTED = 1000  # statements on the Statements page; the rest are counted (all are in briefing.json)
DISAGREEMENTS_LISTED = 200  # disagreements on the Where sources differ page
MATRIX_TOPICS = 40
MATRIX_SOURCES = 30


@dataclass(frozen=True, slots=True)
class GeneratedPage:
    """What MkDocs gets for a generated page while it renders: the finished HTML, and its
    table of contents, from the headings the templates write (the `h2` macro records each
    indexed one in `toc`) and an article's own. Its front matter is planned apart (`page_plan`)."""

    html: str
    toc: tuple[TocEntry, ...]  # in order
    # An article page's sections as Material's search plugin parses them (search_sections.py),
    # made with the page in the worker and cached with it, when the build indexes with that plugin; else None.
    search: tuple[SearchSection, ...] | None = None


TocEntry = tuple[int, str, str]  # (level, id, title as HTML) of a heading the table of contents lists


def article_headings(blocks: Sequence[Block]) -> list[TocEntry]:
    """An article's own headings the table of contents lists (h2 to h4, as article.html.j2
    writes them)."""
    return [
        (block.level + 1, block.anchor, str(escape(block.text)))
        for block in blocks
        if block.kind == "heading" and 2 <= block.level + 1 <= 4
    ]


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text: plain, a mention linked to its topic, or a mention marked as evidence."""

    text: str
    topic: Topic | None = None
    mark: bool = False


def _front_matter_title(title: str) -> Markup:
    """A page title MkDocs and Material can print unescaped: HTML-escaped, then YAML-quoted."""
    return Markup(json.dumps(html.escape(title), ensure_ascii=False))  # \ud83c escapes would void the YAML


# A page's weight in Material's search results multiplies its every match: the topic pages a
# little above the rest, so a name finds its topic first, never so far that one word of a
# topic's title outweighs an article's title holding every word of the query ("forever
# chemicals" finds the articles so titled before GenX, whose alias is "GenX chemicals").
ARTICLE_BOOST = 1.0
TOPIC_BOOST = 1.5
KIND_INDEX_BOOST = 1.0


def front_matter(title: str, boost: float | None = None, full_width: bool = False) -> str:
    """A generated page's Markdown source for MkDocs: its title, its weight in search results,
    and, for wide figures, no navigation or TOC beside it."""
    lines = ["---", f"title: {_front_matter_title(title)}"]
    if boost is not None:
        lines += ["search:", f"  boost: {boost:g}"]
    if full_width:
        lines += ["hide:", "  - navigation", "  - toc"]
    return "\n".join(lines) + "\n---\n"


def article_index_uris(article_count: int) -> list[tuple[str, str]]:
    """(source, URL) of each page of the article list, LIST_LIMIT rows a page."""
    count = max(-(-article_count // LIST_LIMIT), 1)
    return [("articles/index.md", "articles/")] + [
        (f"articles/page-{n}.md", f"articles/page-{n}/") for n in range(2, count + 1)
    ]


def page_plan(
    articles: Sequence[Article], topics: Sequence[Topic], kinds: tuple[Kind, ...] = DEFAULT_KINDS
) -> dict[str, str]:
    """Source path -> front matter of every generated page, in the order MkDocs lists them:
    the article pages in corpus order, then the pages that draw on the whole corpus."""
    plan = {a.page_source: front_matter(a.title, boost=ARTICLE_BOOST) for a in articles}
    plan.update((src, matter) for src, matter, _ in _corpus_pages(len(articles), topics, kinds))
    return plan


CorpusPage = tuple[str, str, Callable[["PageRenderer"], "GeneratedPage"]]


def _corpus_pages(article_count: int, topics: Sequence[Topic], kinds: tuple[Kind, ...]) -> list[CorpusPage]:
    """(source path, front matter, how a PageRenderer makes it) for every page that draws on
    the whole corpus, in the order MkDocs renders them: the one list both the plan and the
    render follow."""
    pages: list[CorpusPage] = [("index.md", front_matter("Briefing", boost=1), PageRenderer.home)]
    for kind in kinds:
        pages.append(
            (
                f"{kind.folder}/index.md",
                front_matter(kind.plural, boost=KIND_INDEX_BOOST),
                partial(PageRenderer.kind_index, kind=kind),
            )
        )
        pages += [
            (
                f"{kind.folder}/{t.id}.md",
                front_matter(t.name, boost=TOPIC_BOOST),
                partial(PageRenderer.topic_page, topic=t),
            )
            for t in topics
            if t.kind == kind.id
        ]
    for number, (src, _) in enumerate(article_index_uris(article_count), start=1):
        pages.append(
            (
                src,
                front_matter("Articles" if number == 1 else f"Articles, page {number}", boost=0.5),
                partial(PageRenderer.article_index_page, number=number),
            )
        )
    return [
        *pages,
        ("analysis/index.md", front_matter("Analysis"), PageRenderer.analysis_index),
        ("analysis/coverage.md", front_matter("Coverage matrix", full_width=True), PageRenderer.coverage_page),
        ("analysis/graph.md", front_matter("Relationship graph", full_width=True), PageRenderer.graph_page),
        ("analysis/timeline.md", front_matter("Timeline"), PageRenderer.timeline_page),
        ("analysis/statements.md", front_matter("Statements"), PageRenderer.statements_page),
        ("analysis/disagreements.md", front_matter("Where sources differ"), PageRenderer.disagreements_page),
        ("analysis/figures.md", front_matter("Key figures"), PageRenderer.figures_page),
        ("analysis/review.md", front_matter("Review queue"), PageRenderer.review_page),
    ]


def article_page(
    env: jinja2.Environment,
    article: Article,
    blocks: Sequence[Block],
    mentions: Sequence[Mention],
    topics: dict[str, Topic],
    index_article_text: bool,
    kinds: tuple[Kind, ...] = DEFAULT_KINDS,
    search_copy: bool = False,
    day_in_full: DayInFull | None = None,
) -> GeneratedPage:
    """An article's page: its text with its mentions linked; an undated article's latest day in full (its
    `ArticleText.day_in_full`) shown as the date to check. It reaches for nothing beyond
    the article, its mentions and the topics they name (StrictUndefined stops a template that
    tries), so it can be cached, and made in a worker process as soon as the article is read."""
    by_anchor: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_anchor[m.anchor].append(m)
    here = article.site_url
    kind_of = {kind.id: kind for kind in kinds}
    links: dict[str, str] = {}  # each topic's link, made once for the page
    html_of = {
        blk.anchor: segments_html(block_segments(blk, by_anchor[blk.anchor], topics), here, kind_of, links)
        for blk in blocks
    }
    counts = Counter(m.topic_id for m in mentions)
    named = [topics[t] for t in topics_by_mentions(mentions)]
    by_kind = {kind.id: [topic for topic in named if topic.kind == kind.id] for kind in kinds}
    toc: list[TocEntry] = []
    html = env.get_template("article.html.j2").render(
        here=here,
        article=article,
        body=body_steps(blocks, html_of),
        index_article_text=index_article_text,
        by_kind=by_kind,
        counts=counts,
        toc=toc,
        day_in_full=day_in_full,
    )
    # Unindexed, an article's headings are left out of the TOC too, as its "Text" section is.
    toc_entries = (*toc, *(article_headings(blocks) if index_article_text else ()))
    return GeneratedPage(html, toc_entries, page_sections(search_html(html)) if search_copy else None)


@lru_cache(maxsize=1)
def environment(kinds: tuple[Kind, ...] = DEFAULT_KINDS) -> jinja2.Environment:
    """The templates, with the briefing's kinds: their labels and colours are on every page.
    One per process while the kinds stay the same, so the templates compile once: for the
    article pages and the corpus-wide pages alike, and across the rebuilds of `mkdocs serve`
    (Jinja reloads a template whose file changed)."""
    kind_of = {kind.id: kind for kind in kinds}
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("build_site", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["page_title"] = _front_matter_title
    env.filters["anchor"] = lambda title: slugify(str(title), "-")
    env.filters["date"] = date_label
    env.filters["shell_argument"] = shell_argument
    env.globals.update(
        KINDS=kinds,
        KIND=kind_of,
        SPEAKING=speaking_kinds(kinds),  # the kinds whose topics speak (kinds.speaks)
        relative_url=relative_url,
        segments_html=partial(segments_html, kinds=kind_of),
        topic_link=snippets.topic_link,
        article_link=snippets.article_link,
        paragraph_link=snippets.paragraph_link,
        verbatim_quote=snippets.verbatim_quote,
        kind_badge=lambda kind_id: snippets.kind_badge(kind_of[kind_id]),
        type_badge=snippets.type_badge,
        byline=snippets.byline,
        month_name=lambda month: calendar.month_name[int(month)],
    )
    return env


def other_spellings(topic: Topic) -> list[str]:
    """Names without their accents ("Merida Initiative"), written on the page so that the
    site's search, which does not fold accents, finds the topic whichever way it is typed."""
    written = {name.casefold() for name in topic.names}
    folded = (fold_accents(name) for name in topic.names)
    return list(dict.fromkeys(name for name in folded if name.casefold() not in written))


def sentence_segments(block: Block, index: int, marked: Iterable[Mention]) -> list[Segment]:
    """The sentence split around the mentions to mark; offsets are into the block's text."""
    sentence = block.sentences[index]
    segments: list[Segment] = []
    cursor = sentence.start
    for mention in sorted(marked, key=lambda m: m.start):
        if mention.start < cursor or mention.end > sentence.end:
            continue
        segments.append(Segment(block.text[cursor : mention.start]))
        segments.append(Segment(block.text[mention.start : mention.end], mark=True))
        cursor = mention.end
    segments.append(Segment(block.text[cursor : sentence.end]))
    return [s for s in segments if s.text]


def segments_html(
    segments: Iterable[Segment], here: str, kinds: dict[str, Kind], links: dict[str, str] | None = None
) -> Markup:
    """Segments as HTML: the text escaped, a mention linked to its topic, evidence marked.
    `links` keeps each topic's opening tag for the page at `here`, for the caller to pass again
    for the page's next paragraph: an article page links the same few topics block after block.

    Written in Python rather than as a template macro: it runs for every paragraph of every
    article, and the macro made article pages measurably slower (benchmarks/RESULTS.md)."""
    opening = {} if links is None else links
    parts: list[str] = []
    for segment in segments:
        text = _escaped(segment.text)
        if segment.mark:
            parts.append(f"<mark>{text}</mark>")
        elif segment.topic is not None:
            tag = opening.get(segment.topic.id)
            if tag is None:
                tag = opening[segment.topic.id] = _mention_tag(segment.topic, here, kinds)
            parts.append(f"{tag}{text}</a>")
        else:
            parts.append(text)
    return Markup("".join(parts))


def _escaped(text: str) -> str:
    """The text escaped for HTML, as `escape` does; most of an article's text holds none of the
    characters escaping changes, and looking for them is cheaper than escaping (five scans in C
    against building a Markup of it)."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return escape(text)
    return text


def _mention_tag(topic: Topic, here: str, kinds: dict[str, Kind]) -> str:
    """The opening tag of a mention's link to its topic from the page at `here`."""
    kind = kinds[topic.kind]
    css, title = _mention_attributes(kind.colour, kind.singular_text, topic.name)
    href = escape(relative_url(here, topic.site_url))
    return f'<a class="{css}" href="{href}" title="{title}">'


@lru_cache(maxsize=4096)
def _mention_attributes(colour: str, kind: str, name: str) -> tuple[str, str]:
    """A mention link's class and title, escaped: every page links the same few topics."""
    return f"mention mention--{escape(colour)}", f"{escape(name)} ({escape(kind)})"


def block_segments(block: Block, mentions: Sequence[Mention], topics: dict[str, Topic]) -> list[Segment]:
    """A block's text with the first mention of each topic linked, so the text stays readable."""
    segments: list[Segment] = []
    cursor = 0
    linked: set[str] = set()
    for mention in mentions:
        if mention.topic_id in linked or mention.start < cursor:
            continue
        linked.add(mention.topic_id)
        segments.append(Segment(block.text[cursor : mention.start]))
        segments.append(Segment(mention.surface, topics[mention.topic_id]))
        cursor = mention.end
    segments.append(Segment(block.text[cursor:]))
    return [s for s in segments if s.text]


@dataclass(frozen=True, slots=True)
class BodyStep:
    """One step of an article body as its template writes it: a block, or where a list (or an
    item holding further blocks) opens or closes. A flat sequence of them, in order, is the
    body at any depth of lists, which the template writes in one loop."""

    kind: str  # paragraph, item, quote, heading; open and close (a list); item open, item close
    tag: str = ""  # a list's ul or ol, a heading's h2 to h6
    anchor: str = ""
    html: Markup | None = None  # the text of a block (segments_html)


@dataclass(slots=True)
class _Open:
    """A node of the body's tree while it is being built: a block (an item holding its further
    paragraphs and nested lists as children), or a list (block None) holding its items."""

    block: Block | None
    ordered: bool = False
    depth: int = 0
    children: list[_Open] = field(default_factory=list)


def body_steps(blocks: Sequence[Block], html_of: dict[str, Markup]) -> tuple[BodyStep, ...]:
    """Nest lists in the item they belong to, so the HTML is a valid list at any depth;
    `html_of` holds each block's text as HTML, by anchor."""
    root: list[_Open] = []
    lists: list[_Open] = []  # the lists open at this point, outermost first
    for block in blocks:
        if block.kind == "item":
            while lists and (
                lists[-1].depth > block.level or (lists[-1].depth == block.level and lists[-1].ordered != block.ordered)
            ):
                lists.pop()
            if not lists or lists[-1].depth < block.level:
                new = _Open(None, block.ordered, block.level)
                (lists[-1].children[-1].children if lists else root).append(new)
                lists.append(new)
            lists[-1].children.append(_Open(block))
        elif block.kind == "paragraph" and block.level and lists:  # a further paragraph of an item
            while len(lists) > 1 and lists[-1].depth > block.level:
                lists.pop()
            lists[-1].children[-1].children.append(_Open(block))
        else:
            lists.clear()
            root.append(_Open(block))
    steps: list[BodyStep] = []
    for node in root:
        _walk(node, html_of, steps)
    return tuple(steps)


def _walk(node: _Open, html_of: dict[str, Markup], steps: list[BodyStep]) -> None:
    """The steps of a node and of what it holds, in order."""
    block = node.block
    if block is None:
        tag = "ol" if node.ordered else "ul"
        steps.append(BodyStep("open", tag))
        for child in node.children:
            _walk(child, html_of, steps)
        steps.append(BodyStep("close", tag))
    elif block.kind == "heading":
        steps.append(BodyStep("heading", f"h{min(block.level + 1, 6)}", block.anchor, html_of[block.anchor]))
    elif block.kind == "item" and node.children:
        steps.append(BodyStep("item open", "", block.anchor, html_of[block.anchor]))
        for child in node.children:
            _walk(child, html_of, steps)
        steps.append(BodyStep("item close"))
    else:
        steps.append(BodyStep(block.kind, "", block.anchor, html_of[block.anchor]))


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A related topic as a topic page shows it: the sentences naming both, the first ten quoted."""

    topic: Topic
    weight: int
    evidence: tuple[Evidence, ...]  # the first RELATED_QUOTED
    evidence_count: int


@dataclass(frozen=True, slots=True)
class TopicView:
    """Everything a topic page shows, and nothing else: its topic, the rows of each of its
    sections already cut to what is listed (with the counts of the rest), the articles and
    topics it links as their links show them, when each article it quotes entered the briefing,
    and the site's kinds. `topic.html.j2` reads only this, so the page is a function of it and a
    rebuild can keep a page whose view is unchanged (work/topic_pages.py keys it on the view's
    fields). The shared macros look articles and topics up as `b.article`, `b.topic` and call
    `r.added_attr`: for a topic page both `b` and `r` are its view."""

    subject: Topic  # the page's topic, all but where it lies and the phrases that do not name it
    kinds: tuple[Kind, ...]
    index_article_text: bool  # whether the quotes are kept out of the search index
    count_label: str
    quoted: tuple[Article, ...]  # the articles quoted, newest first
    evidence: dict[str, tuple[tuple[str, tuple[Segment, ...]], ...]]  # quoted article -> (anchor, its sentence)
    found: dict[str, tuple[int, str]]  # quoted or listed article -> its sentences naming the topic, the first's anchor
    listed: tuple[Article, ...]  # the next articles, a line each
    unlisted: int
    related: tuple[Neighbour, ...]
    facts: tuple[Fact, ...]
    own_words: tuple[Statement, ...]
    own_word_count: int
    said_about: tuple[tuple[str, tuple[Statement, ...]], ...]  # by speaker (by_speaker)
    said_about_count: int
    events: tuple[Event, ...]
    event_count: int
    disagreements: tuple[Disagreement, ...]
    articles: dict[str, Article] = field(default_factory=dict)  # every article the page names
    linked: dict[str, Topic] = field(default_factory=dict)  # every topic it links (speakers, events', disagreements')
    added: dict[str, str] = field(default_factory=dict)  # when each article it names entered (visits.js)

    def with_references(
        self, articles: dict[str, Article], topic: Callable[[str], Topic], added: dict[str, str]
    ) -> TopicView:
        """The view with the articles and topics its rows name, looked up in `articles` and by `topic`."""
        statements = [*self.own_words, *(s for _, group in self.said_about for s in group)]
        evidence = [
            *(f.evidence for f in self.facts),
            *(s.evidence for s in statements),
            *(e.evidence for e in self.events),
            *(ev for d in self.disagreements for ev in d.evidence),
            *(ev for n in self.related for ev in n.evidence),
        ]
        article_ids = dict.fromkeys(
            [*(a.id for a in self.quoted), *(a.id for a in self.listed), *(ev.article_id for ev in evidence)]
        )
        topic_ids = dict.fromkeys(
            [
                *(s.speaker for s in statements if s.speaker),
                *(t for e in self.events for t in e.topics),
                *(t for d in self.disagreements for t in d.topics),
            ]
        )
        return replace(
            self,
            articles={a: articles[a] for a in article_ids},
            linked={t: topic(t) for t in topic_ids},
            added={a: added[a] for a in article_ids if a in added},
        )

    def article(self, article_id: str) -> Article:
        return self.articles[article_id]

    def topic(self, topic_id: str) -> Topic:
        return self.linked[topic_id]

    @property
    def quotes_unindexed(self) -> Markup:
        """On the elements that quote the articles, when the article pages are indexed (PageRenderer's)."""
        return Markup(" data-search-exclude" if self.index_article_text else "")

    def added_attr(self, article_id: str) -> Markup:
        """` data-added="…"`: what visits.js compares with the reader's last visit."""
        moment = self.added.get(article_id)
        return Markup(f' data-added="{escape(moment)}"') if moment else Markup("")

    def chronology(self, events: Sequence[Event]) -> list[tuple[str, list[tuple[str, list[Event], int]]]]:
        return chronology(events)

    def quoted_sentences(self, article: Article, quotes: Sequence[tuple[str, Sequence[Segment]]], here: str) -> Markup:
        """The sentences quoted from one article, each linked to its paragraph, as `<li>` lines
        (its mentions marked): one call for what the template did per sentence."""
        kind_of = {kind.id: kind for kind in self.kinds}
        return Markup(
            "".join(
                f"<li>{snippets.verbatim_quote(''.join(s.text for s in segments), segments_html(segments, here, kind_of))} "
                f"{snippets.paragraph_link(article, anchor, here, '¶ ' + anchor, 'evidence__link')}</li>\n"
                for anchor, segments in quotes
            )
        )

    def listed_articles(self, articles: Sequence[Article], here: str) -> Markup:
        return snippets.listed_articles(articles, self.found, here)

    def quoted_evidence(self, evidence: Sequence[Evidence], here: str) -> Markup:
        return snippets.quoted_evidence(evidence, self.article, here)


def topic_page(env: jinja2.Environment, view: TopicView) -> GeneratedPage:
    """A topic's page, from its view alone."""
    topic = view.subject
    here = topic.site_url
    star = [(n.topic, n.weight) for n in view.related[:12]]
    toc: list[TocEntry] = []
    html = env.get_template("topic.html.j2").render(
        {f.name: getattr(view, f.name) for f in fields(view)},
        here=here,
        b=view,
        r=view,
        toc=toc,
        byline=snippets.byline,
        topic=topic,
        spellings=other_spellings(topic),
        layout=graph.star_layout(topic, star) if star else None,
        related_detailed=RELATED_DETAILED,
        statements_shown=TOPIC_STATEMENTS,
    )
    return GeneratedPage(html, tuple(toc))


def chronology(events: Sequence[Event]) -> list[tuple[str, list[tuple[str, list[Event], int]]]]:
    """(year, [(month or "", its first EVENTS_PER_MONTH events, how many more)]) in date order;
    "" holds the events dated to the year only. A decade ("1990s") is a group of its own, before its
    first year: its events lie anywhere in its ten years."""
    months: dict[str, dict[str, list[Event]]] = defaultdict(lambda: defaultdict(list))
    for event in events:
        decade = event.date.endswith("s")
        months[event.date if decade else event.date[:4]][event.date[5:7]].append(event)
    return [
        (
            year,
            [
                (month, listed[:EVENTS_PER_MONTH], max(len(listed) - EVENTS_PER_MONTH, 0))
                for month, listed in sorted(months[year].items())
            ],
        )
        for year in sorted(months, key=lambda key: (key[:4], not key.endswith("s")))
    ]


_ARTICLE_OF = attrgetter("article_id")
_SENTENCE_OF = attrgetter("article_id", "anchor", "sentence_index")


def _sentences_naming(mentions: Sequence[Mention], shown: set[str]) -> dict[str, list[tuple[str, int, list[Mention]]]]:
    """Each article of `shown` -> its sentences that `mentions` mark (anchor, index, the marks), in
    the mentions' order. A topic page quotes or lists only its newest articles, so the sentences of
    the rest are not grouped: a topic named in most of a large corpus has thousands."""
    by_sentence: dict[tuple[str, str, int], list[Mention]] = defaultdict(list)
    for key, mention in zip(map(_SENTENCE_OF, mentions), mentions, strict=True):
        if key[0] in shown:
            by_sentence[key].append(mention)
    sentences: dict[str, list[tuple[str, int, list[Mention]]]] = defaultdict(list)
    for (article_id, anchor, index), marked in by_sentence.items():
        sentences[article_id].append((anchor, index, marked))
    return sentences


class PageRenderer:
    """Renders every page of the site from one Briefing, with shared lookups computed once."""

    def __init__(self, briefing: Briefing, index_article_text: bool = True, title: str = "Briefing") -> None:
        self.b = briefing
        self.title = title  # the briefing's name, as its mkdocs.yml gives it
        self.index_article_text = index_article_text
        # On the elements that quote the articles. When the article pages are indexed, search
        # finds each sentence once, on its own paragraph, not again on every page quoting it.
        self.quotes_unindexed = Markup(" data-search-exclude" if index_article_text else "")
        self.env = environment(briefing.kinds)
        self.kind_of = {kind.id: kind for kind in briefing.kinds}
        self.topics = briefing.topic_index
        self.mention_counts = {t: len(ms) for t, ms in briefing.mentions_by_topic.items()}
        self.article_counts = {t.id: len(briefing.articles_of(t.id)) for t in briefing.topics}
        # Once per article: the pages print an article's byline at each of its quotes.
        self.bylines = {article.id: snippets.byline(article) for article in briefing.articles}
        self.newest = sorted(
            briefing.articles,
            key=lambda a: (a.published is None, -(a.published.toordinal() if a.published else 0), a.id),
        )
        self.ranked = {
            kind.id: sorted(
                (t for t in briefing.topics if t.kind == kind.id),
                key=lambda t: (-self.article_counts[t.id], -self.mention_counts[t.id], t.name.lower()),
            )
            for kind in briefing.kinds
        }
        self.facts_by_topic: dict[str, list[Fact]] = defaultdict(list)
        for fact in briefing.facts:
            for topic_id in fact.topics:
                self.facts_by_topic[topic_id].append(fact)
        self.neighbours: dict[str, list[tuple[Relation, str]]] = defaultdict(list)
        for relation in briefing.relations:
            self.neighbours[relation.source].append((relation, relation.target))
            self.neighbours[relation.target].append((relation, relation.source))
        rank = {a.id: n for n, a in enumerate(self.newest)}
        # Newest article first, then in reading order.
        self.statements = sorted(briefing.statements, key=lambda s: rank[s.evidence.article_id])
        self.statement_topics = {id(s): self._named_in(s) for s in self.statements}  # held by self.statements
        self.said_by: dict[str, list[Statement]] = defaultdict(list)
        self.said_about: dict[str, list[Statement]] = defaultdict(list)
        for statement in self.statements:
            if statement.speaker:
                self.said_by[statement.speaker].append(statement)
            for topic_id in self.statement_topics[id(statement)]:
                if topic_id != statement.speaker:
                    self.said_about[topic_id].append(statement)
        # Date order; within a date, newest article first.
        self.events = sorted(briefing.events, key=lambda e: (e.date, rank[e.evidence.article_id]))
        self.events_of: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            for topic_id in event.topics:
                self.events_of[topic_id].append(event)
        self.disagreements_of: dict[str, list[Disagreement]] = defaultdict(list)
        for disagreement in briefing.disagreements:
            for topic_id in disagreement.topics:
                self.disagreements_of[topic_id].append(disagreement)
        # When each article entered the briefing, for the reader's last-visit marks (visits.js);
        # the plugin gives the record's moments (whats_new.py), else the published dates stand in.
        self.added = added_moments(None, briefing.articles)

    def _named_in(self, statement: Statement) -> tuple[str, ...]:
        """The topics a statement names: those whose mentions in its paragraph lie in its text."""
        evidence = statement.evidence
        return tuple(
            dict.fromkeys(
                m.topic_id
                for m in self.b.mentions_by_article.get(evidence.article_id, ())
                if m.anchor == evidence.anchor and m.surface in statement.text
            )
        )

    def byline(self, article: Article) -> Markup:
        """The article's byline, made once (snippets.byline)."""
        return self.bylines[article.id]

    def added_attr(self, article_id: str) -> Markup:
        """` data-added="…"` on an article's item or evidence: what visits.js compares with the last visit."""
        moment = self.added.get(article_id)
        return Markup(f' data-added="{escape(moment)}"') if moment else Markup("")

    def _render(self, template: str, here: str, **context: Any) -> GeneratedPage:
        toc: list[TocEntry] = []
        html = self.env.get_template(template).render(
            here=here, b=self.b, r=self, toc=toc, byline=self.byline, **context
        )
        return GeneratedPage(html, tuple(toc))

    def corpus_uris(self) -> list[str]:
        """The pages that draw on the whole corpus, in the order MkDocs renders them (`page_plan`'s)."""
        return list(self._makers)

    def corpus_page(self, src_uri: str) -> GeneratedPage:
        """One page that draws on the whole corpus: made when MkDocs renders it, so that no more
        than one is held at a time."""
        return self._makers[src_uri](self)

    @cached_property
    def _makers(self) -> dict[str, Callable[[PageRenderer], GeneratedPage]]:
        return {src: make for src, _, make in _corpus_pages(len(self.b.articles), self.b.topics, self.b.kinds)}

    def home(self) -> GeneratedPage:
        return self._render("home.html.j2", "")

    def kind_index(self, kind: Kind) -> GeneratedPage:
        return self._render("kind_index.html.j2", kind.site_url, kind=kind, topics=self.ranked[kind.id])

    def analysis_index(self) -> GeneratedPage:
        return self._render("analysis_index.html.j2", "analysis/")

    def coverage_page(self) -> GeneratedPage:
        return self._render("coverage.html.j2", "analysis/coverage/", **self.coverage())

    def graph_page(self) -> GeneratedPage:
        return self._render(
            "graph.html.j2",
            "analysis/graph/",
            layout=graph.radial_layout(self.b.topics, self.b.relations, self.mention_counts, self.b.kinds),
        )

    def timeline_page(self) -> GeneratedPage:
        published: Counter[str] = Counter(str(a.published.year) for a in self.b.articles if a.published)
        return self._render(
            "timeline.html.j2",
            "analysis/timeline/",
            years=chronology(self.events),
            published=published,
            event_count=len(self.events),
        )

    def statements_page(self) -> GeneratedPage:
        """Every statement (up to STATEMENTS_LISTED), with what the filter (statements.js) reads."""
        shown = self.statements[:STATEMENTS_LISTED]
        speakers = Counter(self.speaker_key(s) for s in shown if s.speaker_text)
        named = Counter(t for s in shown for t in self.statement_topics[id(s)])
        return self._render(
            "statements.html.j2",
            "analysis/statements/",
            statements=shown,
            unlisted=len(self.statements) - len(shown),
            speakers=sorted(speakers.items(), key=lambda kv: (-kv[1], self.speaker_label(kv[0]).casefold())),
            named=sorted(named.items(), key=lambda kv: (-kv[1], self.topics[kv[0]].name.casefold())),
        )

    def disagreements_page(self) -> GeneratedPage:
        shown = self.b.disagreements[:DISAGREEMENTS_LISTED]
        return self._render(
            "disagreements.html.j2",
            "analysis/disagreements/",
            disagreements=shown,
            unlisted=len(self.b.disagreements) - len(shown),
        )

    def named(self, statement: Statement) -> tuple[str, ...]:
        """The topics a statement names (`_named_in`, computed once)."""
        return self.statement_topics[id(statement)]

    def speaker_key(self, statement: Statement) -> str:
        """What the filter tells speakers apart by: the actor's id, or the name as written."""
        return statement.speaker or f"as-written:{statement.speaker_text or ''}"

    def speaker_label(self, key: str) -> str:
        return key.removeprefix("as-written:") if key.startswith("as-written:") else self.topics[key].name

    def by_speaker(self, statements: Sequence[Statement]) -> list[tuple[str, list[Statement]]]:
        """Statements grouped by speaker (unattributed last), in the order speakers first appear."""
        groups: dict[str, list[Statement]] = defaultdict(list)
        for statement in statements:
            groups[self.speaker_key(statement) if statement.speaker_text else ""].append(statement)
        return sorted(groups.items(), key=lambda kv: kv[0] == "")

    def figures_page(self) -> GeneratedPage:
        return self._render("figures.html.j2", "analysis/figures/", facts=[f for f in self.b.facts if f.kind != "year"])

    def review_page(self) -> GeneratedPage:
        return self._render("review.html.j2", "analysis/review/")

    def topic_page(self, topic: Topic) -> GeneratedPage:
        return topic_page(self.env, self.topic_view(topic))

    def topic_view(self, topic: Topic) -> TopicView:
        """What the topic's page shows, drawn from the Briefing (see TopicView): its rows
        (`topic_rows`) and the articles naming it, newest first, quoted, listed and counted."""
        mentions = self.b.mentions_by_topic[topic.id]
        named = set(map(_ARTICLE_OF, mentions))
        articles = [a for a in self.newest if a.id in named]
        sentences = _sentences_naming(mentions, {a.id for a in articles[:LISTED_ARTICLES]})
        quoted = articles[:EVIDENCE_ARTICLES]
        listed = articles[EVIDENCE_ARTICLES:LISTED_ARTICLES]
        evidence = {  # only the quoted articles' sentences are marked up: the others are a line each
            a.id: tuple(
                (anchor, tuple(sentence_segments(self.b.block(a.id, anchor), index, marked)))
                for anchor, index, marked in sentences[a.id][:QUOTES_PER_ARTICLE]
            )
            for a in quoted
        }
        view = replace(
            self._rows(topic),
            quoted=tuple(self._shown_articles[a.id] for a in quoted),
            evidence=evidence,
            found={a.id: (len(sentences[a.id]), sentences[a.id][0][0]) for a in articles[:LISTED_ARTICLES]},
            listed=tuple(self._shown_articles[a.id] for a in listed),
            unlisted=max(len(articles) - LISTED_ARTICLES, 0),
        )
        return view.with_references(self._shown_articles, self._shown, self.added)

    def topic_rows(self, topic: Topic) -> TopicView:
        """The topic's view without the articles naming it (none quoted, listed or counted):
        its topic, counts, related topics, figures, statements, events and disagreements, with
        the articles and topics these name. With what each article naming the topic is and
        where its mentions lie, it makes the whole view (work/topic_pages.py keys a page on the two)."""
        return self._rows(topic).with_references(self._shown_articles, self._shown, self.added)

    def _rows(self, topic: Topic) -> TopicView:
        related = tuple(
            Neighbour(self._shown(other), relation.weight, relation.evidence[:RELATED_QUOTED], len(relation.evidence))
            for relation, other in self.neighbours.get(topic.id, [])
        )
        own_words = self.said_by.get(topic.id, [])
        said_about = self.said_about.get(topic.id, [])
        events = self.events_of.get(topic.id, [])
        return TopicView(
            subject=Topic(topic.id, topic.kind, topic.name, topic.aliases, topic.summary, topic.attributes),
            kinds=self.b.kinds,
            index_article_text=self.index_article_text,
            count_label=self.count_label(topic.id),
            quoted=(),
            evidence={},
            found={},
            listed=(),
            unlisted=0,
            related=related,
            facts=tuple(self.facts_by_topic.get(topic.id, [])[:TOPIC_FACTS]),
            own_words=tuple(own_words[:TOPIC_STATEMENTS]),
            own_word_count=len(own_words),
            said_about=tuple((key, tuple(group)) for key, group in self.by_speaker(said_about[:TOPIC_STATEMENTS])),
            said_about_count=len(said_about),
            events=tuple(events[:TOPIC_EVENTS]),
            event_count=len(events),
            disagreements=tuple(self.disagreements_of.get(topic.id, [])),
        )

    @cached_property
    def _shown_articles(self) -> dict[str, Article]:
        """Each article as a page that quotes it shows it: all but its text and where it lies."""
        return {
            a.id: Article(a.id, Path(), a.title, "", a.type, a.publisher, a.author, a.published)
            for a in self.b.articles
        }

    def _shown(self, topic_id: str) -> Topic:
        """Another topic as a page linking it shows it: its name and kind."""
        topic = self.topics[topic_id]
        return Topic(topic.id, topic.kind, topic.name, (), "")

    def article_index_page(self, number: int) -> GeneratedPage:
        """Page `number` of the article list, newest first: LIST_LIMIT rows a page, so it stays
        light at any size."""
        urls = [url for _, url in article_index_uris(len(self.newest))]
        return self._render(
            "articles_index.html.j2",
            urls[number - 1],
            articles=self.newest[(number - 1) * LIST_LIMIT : number * LIST_LIMIT],
            number=number,
            page_urls=urls,
            first=(number - 1) * LIST_LIMIT + 1,
        )

    def top(self, kind: str, limit: int = 6) -> list[Topic]:
        """The most widely covered topics of a kind that the corpus mentions at all."""
        return [t for t in self.ranked[kind] if self.mention_counts[t.id]][:limit]

    def main_topics(self, article_id: str, limit: int = 4) -> list[Topic]:
        return [self.topics[t] for t in self.b.topics_of(article_id)[:limit]]

    def coverage(self) -> dict[str, Any]:
        """Top topics x top sources: mention counts, with the full data left to briefing.json."""
        topics = sorted(
            self.b.topics, key=lambda t: (-self.article_counts[t.id], -self.mention_counts[t.id], t.name.lower())
        )
        topics = [t for t in topics if self.mention_counts[t.id]][:MATRIX_TOPICS]
        sources = self.newest[:MATRIX_SOURCES]
        cells: dict[tuple[str, str], int] = Counter((m.topic_id, m.article_id) for m in self.b.mentions)
        peak = max(cells.values(), default=1)
        return {"rows": topics, "columns": sources, "cells": cells, "peak": peak}

    def count_label(self, topic_id: str) -> str:
        articles, mentions = self.article_counts[topic_id], self.mention_counts[topic_id]
        return f"{articles} article{'s' if articles != 1 else ''} · {mentions} mention{'s' if mentions != 1 else ''}"
