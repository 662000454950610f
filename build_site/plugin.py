"""The MkDocs plugin: an adapter from MkDocs' events to the pipeline (pipeline.py).

Because the pages are made inside MkDocs' own build (listed in `on_files`, filled in `on_page_context`), `mkdocs
build`, `serve` and `gh-deploy` work unchanged; `briefing build` only adds strictness, an atomic swap and a summary.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from build_site import site_folder
from build_site.build_date import build_moment, pin_build_date
from build_site.feed import with_feed_link
from build_site.kinds import declared_kinds
from build_site.model import DEFAULT_KINDS, Briefing, Kind
from build_site.page_security import allow_live_reload, turn_off_html_tooltips, with_content_security_policy
from build_site.pagefind_search import SearchIndexError, index_site, with_search_box
from build_site.pipeline import Assembled, Build, Options, build
from build_site.problems import InputError, Problem
from build_site.search_html import search_html
from build_site.search_sections import MaterialSearch, add_sections, material_search, part_words_at_punctuation
from build_site.site_assets import add_site_assets
from build_site.site_files import Outputs, add_generated_files, write_outputs
from build_site.site_nav import nav_with_kinds, table_of_contents
from build_site.trace import Progress, Tracer
from build_site.whats_new import RECORD, History, added_moments, read_history, whats_new_html
from build_site.wording import plural

log = logging.getLogger("mkdocs.plugins.briefing")

_ID = re.compile(r' id="([^"]+)"')  # ids in the HTML the templates wrote (a literal space scans faster than \s)
# What on_files raises after logging each corpus error; `briefing build` says it once, with its outcome.
CORPUS_ERRORS = re.compile(r"briefing: (\d+ errors? in the corpus)")


class BriefingConfig(Config):
    corpus = c.Type(str, default="corpus")  # relative to mkdocs.yml
    # Index the full text of articles for search; off, it finds them by title and metadata only (a smaller index).
    search_article_text = c.Type(bool, default=True)
    # Keep each article's analysis and page between builds (work/cache.py), so that a rebuild
    # after adding or editing a few articles redoes only those. Relative to mkdocs.yml.
    cache = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=".cache/briefing")
    # Which search the header offers: Pagefind's (a chunked index, fetched in parts; pagefind_search.py)
    # or Material's (one index, loaded whole: fine for small briefings; search.highlight marks the query).
    search = c.Choice(("pagefind", "material"), default="pagefind")
    # The kinds of topic, each `{id: place, singular: Place, plural: Places}` (kinds.py); unset, the four defaults.
    kinds = c.Optional(c.Type(list))


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """`on_files` loads the corpus, starts the articles' analysis and lists every generated
    page; each page gets its HTML when MkDocs renders it (`on_page_context`), an article's
    as soon as its analysis is made; `on_post_build` writes briefing.json."""

    def __init__(self) -> None:
        self.built: Build | None = None
        self.tracer = Tracer()
        self._search_enabled = self._pagefind = False
        self._material_search: MaterialSearch | None = None  # given an article page's cached sections
        self._page_html: str | None = None  # a generated page's HTML while the search plugin sees the lean copy
        self._outputs: Outputs | None = None
        self._history = History()
        self._record: Path | None = None
        self._progress = Progress(0, log.info)
        self.kinds: tuple[Kind, ...] = DEFAULT_KINDS

    @property
    def briefing(self) -> Briefing | None:
        return self.built.briefing if self.built else None

    @property
    def warnings(self) -> list[Problem]:
        return self.built.assemble().warnings if self.built else []

    @property
    def cache_notes(self) -> list[str]:
        return self.built.assemble().cache_notes if self.built else []

    @property
    def timings(self) -> dict[str, float]:
        """The wall time of each step of the last build, in order."""
        return self.tracer.timings

    def corpus_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.corpus

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not config.use_directory_urls:
            raise PluginError("briefing: the generated links need `use_directory_urls: true` in mkdocs.yml")
        corpus = str(self.corpus_dir(config))
        if corpus not in config.watch:  # `mkdocs serve` rebuilds when an article or topic changes
            config.watch.append(corpus)
        self._pagefind = self.config.search == "pagefind"
        if self._pagefind:  # Material's search plugin, if listed, neither indexes nor shows its box
            for name in ("search", "material/search"):
                if name in config.plugins:
                    config.plugins[name].config.enabled = False
        self._search_enabled = any(
            name in config.plugins and config.plugins[name].config.get("enabled", True)
            for name in ("search", "material/search")
        )
        self._material_search = material_search(config.plugins)
        part_words_at_punctuation(config.plugins)
        try:
            self.kinds = declared_kinds(self.config.kinds, Path(config.config_file_path))
        except InputError as exc:
            raise PluginError(str(exc)) from None
        config.nav = nav_with_kinds(config.nav, self.kinds)
        turn_off_html_tooltips(config)
        add_site_assets(config)
        site_folder.claim(config, self.corpus_dir(config))
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Load the corpus, start the articles' analysis, and list every generated page."""
        self.end_work()  # `mkdocs serve`: the last build may have ended early
        self.built, self.tracer = None, Tracer()
        cache_dir = Path(config.config_file_path).parent / self.config.cache_dir if self.config.cache else None
        options = Options(
            search_article_text=self.config.search_article_text,
            cache_dir=cache_dir,
            title=config.site_name,
            kinds=self.kinds,
            search_copies=self._material_search is not None,
        )
        try:
            self.built = build(self.corpus_dir(config), options, self.tracer, self._assembled)
        except InputError as exc:
            for problem in exc.problems:
                log.error(str(problem))
            count = len(exc.problems)
            raise PluginError(f"briefing: {plural(count, 'error')} in the corpus") from None
        pin_build_date(list(self.built.articles))
        # The record lives with the cache: a build told to keep no cache writes nothing there.
        self._record = cache_dir / RECORD if cache_dir else None
        self._outputs = add_generated_files(files, config, self.built.plan, self._pagefind)
        self._progress = Progress(len(files.documentation_pages()), log.info)
        return files

    def _assembled(self, assembled: Assembled) -> None:
        """Once every article is analysed, before the pages that draw on the whole corpus."""
        for line in [*map(str, assembled.warnings), *(f"briefing: {note}" for note in assembled.cache_notes)]:
            log.info(line)
        briefing = assembled.briefing
        self._history = read_history(self._record, briefing, build_moment())
        assembled.renderer.added = added_moments(self._history.seen, briefing.articles)
        log.info(
            f"briefing: read {plural(len(briefing.articles), 'article')} and {plural(len(briefing.topics), 'topic')}: "
            f"{plural(len(briefing.mentions), 'mention')}, {plural(len(briefing.relations), 'relation')}, "
            f"{plural(len(briefing.facts), 'fact')}, {plural(len(briefing.candidates), 'candidate')}"
        )

    def end_work(self) -> None:
        """A build that ended early: the articles not started are dropped, the workers gone."""
        if self.built is not None:
            self.built.close()

    def on_build_error(self, error: Exception) -> None:
        self.end_work()

    def on_shutdown(self) -> None:
        self.end_work()

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """The feed link, the search box and the security policy; progress for long builds."""
        self._progress.page_done()
        output = with_feed_link(output, page.url, config.site_name)
        if self._pagefind:
            output = with_search_box(output, page.url)
        output = with_content_security_policy(output, page.content or "", wasm=self._pagefind)
        if self.built is not None and page.file.src_uri in self.built.plan:
            page.content = None  # in `output` now: else MkDocs keeps every page's HTML to the end of the build
        return output

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Callable[..., Any]) -> Any:
        allow_live_reload(server)  # its reload script is inline, made afresh for every page
        return server

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        """404.html is rendered outside the pages: it gets the same policy."""
        if not template_name.endswith(".html"):
            return output_content
        return with_content_security_policy(output_content, wasm=self._pagefind)

    # Between these two, the search plugin (priority 0) indexes a generated page's lean copy
    # (search_html.py), or an empty page if its sections came with it (search_sections.py); a
    # plugin's on_page_context in between would see that too, and its changes would be dropped.
    @event_priority(100)  # before the search plugin indexes the page
    def _content_then_lean_copy(self, context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> None:
        """A generated page's finished HTML replaces its (empty) Markdown body; the search
        plugin then sees a lean copy of it."""
        self._page_html = None
        try:
            generated = self.built.page(page.file.src_uri) if self.built else None
        except LookupError as exc:
            raise PluginError(f"briefing: {exc}") from None
        if generated is None:
            return
        page.content = generated.html
        if page.file.src_uri == "index.md" and self._history.recent:
            page.content = page.content.replace("</h1>", "</h1>\n" + whats_new_html(self._history.recent), 1)
        page.toc = table_of_contents(generated.toc)
        page.present_anchor_ids = set(_ID.findall(page.content))  # for links from hand-written pages
        if self._search_enabled and page.content:
            self._page_html = page.content
            if generated.search is not None and self._material_search is not None:
                add_sections(self._material_search, page, generated.search)
                page.content = ""  # parsed with the page: the plugin's own parse adds nothing
            else:
                page.content = search_html(page.content)

    @event_priority(-100)  # after it, before the theme renders page.content
    def _restore_after_search(self, context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> None:
        # The search plugin would also strip `data-search-*="..."` attributes from the page;
        # generated pages have none (only a bare data-search-exclude, which it leaves).
        if self._page_html is not None:
            page.content, self._page_html = self._page_html, None

    on_page_context = CombinedEvent(_content_then_lean_copy, _restore_after_search)

    @event_priority(100)  # before the search plugin writes its index, and before other plugins look at the site
    def _before_post_build(self, config: MkDocsConfig) -> None:
        self.timings["render"] = self._progress.elapsed()
        if self.built is not None and self._outputs is not None:
            write_outputs(self.built, self._history, self._outputs, config, self.tracer)

    @event_priority(-100)  # after every other plugin: Pagefind indexes the finished site
    def _after_post_build(self, config: MkDocsConfig) -> None:
        if self._pagefind:
            try:
                index_site(Path(config.site_dir))
            except SearchIndexError as exc:
                raise PluginError(str(exc)) from None
        self.timings["search index"] = self._progress.elapsed() - self.timings["render"]
        self.timings["search index"] -= self.timings.get("briefing.json", 0.0) + self.timings.get("feed.xml", 0.0)

    on_post_build = CombinedEvent(_before_post_build, _after_post_build)
