"""The build, top to bottom: load -> analyse each article -> assemble the Briefing -> plan the
pages -> render. `briefing build`, `briefing check`, `mkdocs build/serve` (plugin.py) and the
tests all go this one way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from build_site.analyze import assemble_briefing
from build_site.loading import coverage_warnings, load_corpus
from build_site.model import DEFAULT_KINDS, Article, Briefing, Kind, Topic
from build_site.pages import GeneratedPage, PageRenderer, page_plan
from build_site.problems import Problem
from build_site.trace import Tracer
from build_site.work.articles import ArticleWork, analyse_articles, reuse_note
from build_site.work.cache import ArticleCache
from build_site.work.collector import paused_collector


@dataclass(frozen=True, slots=True)
class Options:
    pages: bool = True  # make the pages (a build), or only the Briefing (`briefing check`)
    search_article_text: bool = True  # index the articles' text (plugin.py, BriefingConfig)
    title: str = "Briefing"  # the briefing's own name, heading its home page (mkdocs.yml's site_name)
    cache_dir: Path | None = None  # where each article's results are kept between builds; None: nowhere
    kinds: tuple[Kind, ...] = DEFAULT_KINDS  # the briefing's kinds of topic (kinds.py)


@dataclass(frozen=True, slots=True)
class Build:
    """What the render needs: the Briefing, the page plan, and each page's HTML on demand."""

    briefing: Briefing
    plan: dict[str, str]  # source path -> front matter of every generated page, in MkDocs' order
    article_pages: dict[str, GeneratedPage]  # made with the analysis (in the pool, or from the cache)
    renderer: PageRenderer  # makes the pages that draw on the whole corpus, when asked
    warnings: list[Problem]
    cache_notes: list[str]  # what the cache reused, and why not more; why it could not be saved

    def page(self, src_uri: str) -> GeneratedPage | None:
        """A generated page's HTML (None if the page is not generated). An article page is
        handed out once and then let go of, so memory stays flat as MkDocs renders."""
        if src_uri not in self.plan:
            return None
        if src_uri.startswith("articles/") and src_uri in self.article_pages:
            return self.article_pages.pop(src_uri)
        if src_uri not in self.renderer.corpus_uris():
            raise LookupError(f"docs/{src_uri} was rendered twice; is another plugin rendering pages again?")
        return self.renderer.corpus_page(src_uri)

    def pages(self) -> Iterator[tuple[str, GeneratedPage]]:
        """Every generated page, in the plan's order (tests, benchmarks)."""
        for src_uri in list(self.plan):
            page = self.page(src_uri)
            assert page is not None
            yield src_uri, page


def build(corpus_dir: Path, options: Options, tracer: Tracer | None = None) -> Build:
    """Everything a site is made of but MkDocs' render; raises InputError with every error."""
    tracer = tracer or Tracer()
    with paused_collector():  # from the start: a build that fails to load still frees what the last one left
        with tracer.step("load"):
            articles, topics, warnings = load_corpus(corpus_dir, options.kinds)
        return build_from(articles, topics, options, tracer, warnings)


def build_from(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    options: Options,
    tracer: Tracer | None = None,
    warnings: Sequence[Problem] = (),
) -> Build:
    """The steps after loading: each article (from the cache, or in the pool), the Briefing,
    the page plan."""
    tracer = tracer or Tracer()
    cache = ArticleCache(options.cache_dir)
    with tracer.step("analyse"):
        work = ArticleWork(
            topics, cache, pages=options.pages, index_article_text=options.search_article_text, kinds=options.kinds
        )
        results = analyse_articles(work, articles)
    with tracer.step("assemble"):
        briefing = assemble_briefing(articles, topics, [result.analysis for result in results], options.kinds)
    with tracer.step("plan"):
        plan = page_plan(articles, topics, options.kinds)
        article_pages = {
            f"articles/{a.id}.md": r.page for a, r in zip(articles, results, strict=True) if r.page is not None
        }
        renderer = PageRenderer(briefing, options.search_article_text, options.title)
    with tracer.step("save cache"):
        cache.save()
    notes = [reuse_note(cache)] if options.cache_dir is not None else []
    notes += [cache.problem] if cache.problem else []
    return Build(briefing, plan, article_pages, renderer, [*warnings, *coverage_warnings(briefing)], notes)


def load_inputs(corpus_dir: Path, kinds: tuple[Kind, ...] = DEFAULT_KINDS) -> tuple[Briefing, list[Problem]]:
    """The Briefing and the warnings, without pages or cache (`briefing check`, tests)."""
    built = build(corpus_dir, Options(pages=False, kinds=kinds))
    return built.briefing, built.warnings
