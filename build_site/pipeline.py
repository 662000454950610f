"""The build, top to bottom: load -> plan the pages -> analyse each article (from the cache,
or in the pool while MkDocs renders the pages already made) -> assemble the Briefing ->
render the pages that draw on the whole corpus. `briefing build`, `briefing check`,
`mkdocs build/serve` (plugin.py) and the tests all go this one way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from build_site.analyze import assemble_briefing
from build_site.article_analysis import ArticleAnalysis
from build_site.candidates import ArticleSightings, Spans
from build_site.dismissals import load_dismissed
from build_site.events import DayInFull
from build_site.export import EncodedMentions, write_briefing_json
from build_site.loading import coverage_warnings, load_corpus
from build_site.model import DEFAULT_KINDS, Article, Briefing, Kind, Topic
from build_site.pages import GeneratedPage, PageRenderer, page_plan
from build_site.problems import Problem
from build_site.trace import Tracer
from build_site.work.articles import ArticleResult, ArticleWork, analyse_articles, reuse_note
from build_site.work.cache import ArticleCache
from build_site.work.collector import free_last_build, paused_collector
from build_site.work.readings import KeptReadings
from build_site.work.topic_pages import TopicPages


@dataclass(frozen=True, slots=True)
class Options:
    pages: bool = True  # make the pages (a build), or only the Briefing (`briefing check`)
    search_article_text: bool = True  # index the articles' text (plugin.py, BriefingConfig)
    title: str = "Briefing"  # the briefing's own name, heading its home page (mkdocs.yml's site_name)
    cache_dir: Path | None = None  # where each article's results are kept between builds; None: nowhere
    kinds: tuple[Kind, ...] = DEFAULT_KINDS  # the briefing's kinds of topic (kinds.py)
    search_copies: bool = False  # Material's search indexes: article pages come with sections (search_sections.py)


@dataclass(frozen=True, slots=True)
class Assembled:
    """What the whole corpus gives, once every article is analysed."""

    briefing: Briefing
    renderer: PageRenderer  # makes the pages that draw on the whole corpus, when asked
    warnings: list[Problem]
    cache_notes: list[str]  # what the cache reused, and why not more; why it could not be saved


@dataclass(eq=False)
class Build:
    """What the render needs: the page plan at once; an article's page as soon as its
    analysis is made (the pool works on the next ones meanwhile); the Briefing, and the
    pages that draw on the whole corpus, once every article is analysed (`assemble`)."""

    articles: Sequence[Article]
    topics: Sequence[Topic]
    options: Options
    tracer: Tracer
    load_warnings: Sequence[Problem]
    # Called once the Briefing is assembled, before any page that draws on it is made.
    when_assembled: Callable[[Assembled], None] = lambda _: None
    topics_dir: Path = Path("corpus", "topics")  # named by a warning about the codebook as a whole
    dismissed: tuple[str, ...] = ()  # names dismissed from the review queue (dismissals.py)
    plan: dict[str, str] = field(init=False)  # source path -> front matter of every generated page, in MkDocs' order
    _cache: ArticleCache = field(init=False)
    _work: ArticleWork = field(init=False)
    _running: ExitStack = field(init=False, default_factory=ExitStack)
    _results: Iterator[ArticleResult] = field(init=False)
    _analyses: list[ArticleAnalysis] = field(init=False, default_factory=list)
    _mentions: list[EncodedMentions] = field(init=False, default_factory=list)  # for briefing.json, if pages
    _page_keys: dict[str, str] = field(init=False, default_factory=dict)  # each article page's, by article id
    _article_uris: set[str] = field(init=False)
    _ready: dict[str, GeneratedPage] = field(init=False, default_factory=dict)  # made, not yet asked for
    _assembled: Assembled | None = field(init=False, default=None)
    topic_pages: TopicPages | None = field(init=False, default=None)  # kept between builds by what they show
    readings: KeptReadings | None = field(init=False, default=None)  # each article's part of the disagreements, kept

    def __post_init__(self) -> None:
        options = self.options
        with self.tracer.step("plan"):
            self.plan = page_plan(self.articles, self.topics, options.kinds)
        self._article_uris = {article.page_source for article in self.articles}
        self._cache = ArticleCache(options.cache_dir)
        self._work = ArticleWork(
            self.topics,
            self._cache,
            pages=options.pages,
            index_article_text=options.search_article_text,
            kinds=options.kinds,
            search_copies=options.search_copies,
        )
        # Paused until the last article is in: collecting meanwhile would walk the results
        # already in at each full pass (the render's garbage waits until then).
        self._running.enter_context(paused_collector())
        self._results = self._running.enter_context(analyse_articles(self._work, self.articles))

    def page(self, src_uri: str) -> GeneratedPage | None:
        """A generated page's HTML (None if the page is not generated). An article page is
        handed out once and then let go of, so memory stays flat as MkDocs renders."""
        if src_uri not in self.plan:
            return None
        if src_uri in self._article_uris and len(self._analyses) < len(self.articles):
            while src_uri not in self._ready and self._next_article():
                pass
        if src_uri in self._ready:
            return self._ready.pop(src_uri)
        renderer = self.assemble().renderer
        if src_uri not in renderer.corpus_uris():
            raise LookupError(f"docs/{src_uri} was rendered twice; is another plugin rendering pages again?")
        assert self.topic_pages is not None  # made with the Briefing
        return self.topic_pages.page(src_uri) or renderer.corpus_page(src_uri)

    def pages(self) -> Iterator[tuple[str, GeneratedPage]]:
        """Every generated page, in the plan's order (tests, benchmarks)."""
        for src_uri in list(self.plan):
            page = self.page(src_uri)
            assert page is not None
            yield src_uri, page

    def _next_article(self) -> bool:
        """Take the next article's result; False once every article's is in."""
        with self.tracer.step("analyse"):
            result = next(self._results, None)
        if result is None:
            return False
        article = self.articles[len(self._analyses)]
        self._analyses.append(result.analysis)
        if result.page is not None:
            self._ready[article.page_source] = result.page
            self._page_keys[article.id] = result.page_key
        if result.mentions is not None:
            self._mentions.append(result.mentions)
        return True

    def assemble(self) -> Assembled:
        """The Briefing and what comes with it, made once: waits for the articles still in the
        pool, ends it, assembles, saves the cache and calls `when_assembled`."""
        if self._assembled is None:
            while self._next_article():
                pass
            self._running.close()  # every worker is gone
            with self.tracer.step("assemble"), paused_collector():
                if self._cache.folder is not None:
                    self.readings = KeptReadings(self._cache.folder)
                kept = self.readings.of(self.articles, self._analyses) if self.readings else None
                briefing = assemble_briefing(
                    self.articles, self.topics, self._analyses, self.options.kinds, self.dismissed, kept
                )
                renderer = PageRenderer(briefing, self.options.search_article_text, self.options.title)
            with self.tracer.step("save cache"):
                self._cache.save()
            notes = [reuse_note(self._cache)] if self.options.cache_dir is not None else []
            notes += [self._cache.problem] if self._cache.problem else []
            self.topic_pages = TopicPages(self._cache.folder, renderer, self._page_keys)
            warnings = [*self.load_warnings, *coverage_warnings(briefing, self.topics_dir)]
            self._assembled = Assembled(briefing, renderer, warnings, notes)
            self.when_assembled(self._assembled)
        return self._assembled

    def write_briefing_json(self, path: Path) -> None:
        """briefing.json, joining every article's mentions as the analysis made them."""
        briefing = self.assemble().briefing
        write_briefing_json(briefing, path, self._mentions if len(self._mentions) == len(self.articles) else None)

    def sightings(self) -> list[tuple[ArticleSightings, tuple[Spans, ...]]]:
        """Each article's candidate runs and the spans its mentions cover, as the analysis made
        them for the Briefing's candidates (`briefing check` probes a kind for places on them)."""
        self.assemble()
        return [(analysis.text.sightings, analysis.matches.covered) for analysis in self._analyses]

    def days_in_full(self) -> dict[str, DayInFull | None]:
        """Each article's latest day in full if it is undated, as its reading found it (`briefing check` names it)."""
        self.assemble()
        return {a.id: analysis.text.day_in_full for a, analysis in zip(self.articles, self._analyses, strict=True)}

    @property
    def briefing(self) -> Briefing:
        """The Briefing (`assemble` makes it, if the render has not asked for it yet)."""
        return self.assemble().briefing

    def close(self) -> None:
        """A build that ends early (an error, Ctrl-C): the articles not started are dropped and
        the workers are gone."""
        self._running.close()


def build(
    corpus_dir: Path,
    options: Options,
    tracer: Tracer | None = None,
    when_assembled: Callable[[Assembled], None] = lambda _: None,
) -> Build:
    """Load the corpus and start the analysis; raises InputError with every error."""
    tracer = tracer or Tracer()
    free_last_build()  # from the start: a build that fails to load still frees what the last one left
    with tracer.step("load"), paused_collector():
        articles, topics, warnings = load_corpus(corpus_dir, options.kinds)
        dismissed = load_dismissed(corpus_dir)
    return Build(articles, topics, options, tracer, warnings, when_assembled, corpus_dir / "topics", dismissed)


def build_from(articles: Sequence[Article], topics: Sequence[Topic], options: Options) -> Build:
    """The build of articles and topics already loaded (tests, evaluation)."""
    return Build(articles, topics, options, Tracer(), ())


def load_inputs(corpus_dir: Path, kinds: tuple[Kind, ...] = DEFAULT_KINDS) -> tuple[Briefing, list[Problem]]:
    """The Briefing and the warnings, without pages or cache (`briefing check`, tests)."""
    assembled = build(corpus_dir, Options(pages=False, kinds=kinds)).assemble()
    return assembled.briefing, assembled.warnings
