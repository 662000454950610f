"""The MkDocs plugin: an adapter from MkDocs' events to the pipeline (pipeline.py).

Because the pages are made inside MkDocs' own build (listed in `on_files`, filled in
`on_page_context`), `mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy` all work unchanged;
`briefing build` only adds strictness, an atomic swap into the site folder and a summary.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from build_site import site_folder
from build_site.build_date import build_moment, pin_build_date
from build_site.export import write_briefing_json
from build_site.feed import FEED, with_feed_link, write_feed
from build_site.kinds import declared_kinds
from build_site.model import DEFAULT_KINDS, Briefing, Kind
from build_site.page_security import allow_live_reload, turn_off_html_tooltips, with_content_security_policy
from build_site.pagefind_search import (
    SCRIPT,
    STYLES,
    SearchIndexError,
    index_site,
    script_source,
    styles_source,
    with_search_box,
)
from build_site.pipeline import Build, Options, build
from build_site.problems import InputError, Problem
from build_site.search_html import search_html
from build_site.trace import Tracer
from build_site.whats_new import (
    RECORD,
    VISITS_SCRIPT,
    Changes,
    Seen,
    added_moments,
    changes_since,
    read_record,
    seen_now,
    visits_script,
    whats_new_html,
    write_record,
)
from build_site.wording import plural

log = logging.getLogger("mkdocs.plugins.briefing")

_ID = re.compile(r' id="([^"]+)"')  # ids in the HTML the templates wrote (a literal space scans faster than \s)
PROGRESS_FROM = 400  # pages; smaller builds finish before a progress line would help
# What on_files raises after logging each corpus error; `briefing build` says it once, with its outcome.
CORPUS_ERRORS = re.compile(r"briefing: (\d+ errors? in the corpus)")


class BriefingConfig(Config):
    corpus = c.Type(str, default="corpus")  # relative to mkdocs.yml
    # Index the full text of articles for search. Off, search finds articles by title and
    # metadata only: a much smaller index, and a faster first result (benchmarks/RESULTS.md).
    search_article_text = c.Type(bool, default=True)
    # Keep each article's analysis and page between builds (work/cache.py), so that a rebuild
    # after adding or editing a few articles redoes only those. Relative to mkdocs.yml.
    cache = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=".cache/briefing")
    # Which search the header offers: Pagefind's (a chunked index: under a second and 0.2 MB
    # fetched at 2,000 articles; pagefind_search.py) or Material's (one index, loaded whole:
    # fine for small briefings, and its search.highlight marks the query on the page opened).
    search = c.Choice(("pagefind", "material"), default="pagefind")
    # The kinds of topic, each `{id: place, singular: Place, plural: Places}` (kinds.py); unset,
    # threats, actors, programs and challenges.
    kinds = c.Optional(c.Type(list))


def _toc(headings: tuple[tuple[int, str, str], ...]) -> TableOfContents:
    """Flat (level, id, title) headings -> MkDocs' nested table of contents, the first marked
    active as MkDocs marks it."""
    root: list[AnchorLink] = []
    open_: list[AnchorLink] = []
    for level, anchor, title in headings:
        link = AnchorLink(title, anchor, level)
        while open_ and open_[-1].level >= level:
            open_.pop()
        (open_[-1].children if open_ else root).append(link)
        open_.append(link)
    if root:
        root[0].active = True  # type: ignore[attr-defined]
    return TableOfContents(root)


def nav_with_kinds(nav: list[Any] | None, kinds: tuple[Kind, ...]) -> list[Any] | None:
    """The nav, with each kind's index page it does not list added under the kind's plural
    label (no markup character: kinds.py), before the Articles entry (or last): declaring a kind
    needs no edit of the nav. A nav that is not given (MkDocs lists every page itself) is left so."""
    if nav is None:
        return None
    listed = set(_nav_paths(nav))
    missing = [{k.plural: f"{k.folder}/index.md"} for k in kinds if f"{k.folder}/index.md" not in listed]
    at = next((n for n, item in enumerate(nav) if "articles/index.md" in _nav_paths([item])), len(nav))
    return [*nav[:at], *missing, *nav[at:]]


def _nav_paths(items: list[Any]) -> list[str]:
    """Every page path a nav (or part of one) names, however deep."""
    paths: list[str] = []
    for item in items:
        if isinstance(item, str):
            paths.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                paths += _nav_paths(value if isinstance(value, list) else [value])
    return paths


class _WrittenByThePlugin(File):
    """A file MkDocs lists (so links to it are checked) but does not copy: the plugin writes it
    at the start of on_post_build, so other plugins find it on disk there (its `content` is
    empty: a large corpus's briefing.json would be held in memory)."""

    def copy_file(self, dirty: bool = False) -> None:
        pass


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """`on_files` runs the pipeline up to the page plan and lists every generated page; each
    page gets its HTML when MkDocs renders it (`on_page_context`); `on_post_build` writes
    briefing.json."""

    def __init__(self) -> None:
        self.built: Build | None = None
        self.tracer = Tracer()
        self._search_enabled = False
        self._pagefind = False
        self._page_html: str | None = None  # a generated page's HTML while the search plugin sees the lean copy
        self._json_file: File | None = None
        self._feed_file: File | None = None
        self._record: Path | None = None
        self._changes: Changes | None = None
        self._seen: Seen | None = None  # what this build saw, for the record and the feed
        self._pages_total = self._pages_done = 0
        self._rendering_since = 0.0
        self.kinds: tuple[Kind, ...] = DEFAULT_KINDS

    @property
    def briefing(self) -> Briefing | None:
        return self.built.briefing if self.built else None

    @property
    def warnings(self) -> list[Problem]:
        return self.built.warnings if self.built else []

    @property
    def cache_notes(self) -> list[str]:
        return self.built.cache_notes if self.built else []

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
        try:
            self.kinds = declared_kinds(self.config.kinds, Path(config.config_file_path))
        except InputError as exc:
            raise PluginError(str(exc)) from None
        config.nav = nav_with_kinds(config.nav, self.kinds)
        turn_off_html_tooltips(config)
        if VISITS_SCRIPT not in config.extra_javascript:  # marks what is new since the reader's last visit
            config.extra_javascript.append(VISITS_SCRIPT)
        if STYLES not in config.extra_css:
            config.extra_css.append(STYLES)
        site_folder.claim(config, self.corpus_dir(config))
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Run the pipeline up to the page plan, and list every generated page."""
        self.built, self.tracer = None, Tracer()
        cache_dir = Path(config.config_file_path).parent / self.config.cache_dir if self.config.cache else None
        options = Options(
            search_article_text=self.config.search_article_text,
            cache_dir=cache_dir,
            title=config.site_name,
            kinds=self.kinds,
        )
        try:
            self.built = build(self.corpus_dir(config), options, self.tracer)
        except InputError as exc:
            for problem in exc.problems:
                log.error(str(problem))
            count = len(exc.problems)
            raise PluginError(f"briefing: {plural(count, 'error')} in the corpus") from None
        for line in [*map(str, self.built.warnings), *(f"briefing: {note}" for note in self.built.cache_notes)]:
            log.info(line)
        briefing = self.built.briefing
        pin_build_date(list(briefing.articles))
        # The record lives with the cache: a build told to keep no cache writes nothing there.
        self._record = Path(config.config_file_path).parent / self.config.cache_dir / RECORD if cache_dir else None
        previous = self._previous_build(self._record) if self._record else None
        self._changes = changes_since(previous, briefing) if previous is not None else None
        self._seen = seen_now(previous, briefing, self._changes, build_moment()) if self._record else None
        self.built.renderer.added = added_moments(self._seen, briefing.articles)
        log.info(
            f"briefing: read {plural(len(briefing.articles), 'article')} and {plural(len(briefing.topics), 'topic')}: "
            f"{plural(len(briefing.mentions), 'mention')}, {plural(len(briefing.relations), 'relation')}, "
            f"{plural(len(briefing.facts), 'fact')}, {plural(len(briefing.candidates), 'candidate')} "
            f"({sum(self.timings.values()):.2f}s); rendering {plural(len(self.built.plan), 'page')}"
        )
        for src_uri, front_matter in [*self.built.plan.items(), ("briefing.json", ""), (FEED, "")]:
            if files.get_file_from_path(src_uri) is not None:
                raise PluginError(f"briefing: docs/{src_uri} would hide a generated file; remove or rename it")
            if src_uri == "briefing.json":
                self._json_file = _WrittenByThePlugin.generated(config, src_uri, content="")
                files.append(self._json_file)
            elif src_uri == FEED:
                self._feed_file = _WrittenByThePlugin.generated(config, src_uri, content="")
                files.append(self._feed_file)
            else:
                files.append(File.generated(config, src_uri, content=front_matter))
        if self._pagefind:
            files.append(File.generated(config, SCRIPT, content=script_source()))
        files.append(File.generated(config, VISITS_SCRIPT, content=visits_script()))
        files.append(File.generated(config, STYLES, content=styles_source()))
        self._pages_total, self._pages_done = len(files.documentation_pages()), 0
        self._rendering_since = time.perf_counter()
        return files

    @staticmethod
    def _previous_build(record: Path) -> Seen | None:
        """None on a first build, or when the record is damaged (said, then ignored)."""
        try:
            return read_record(record)
        except ValueError as exc:
            log.info(f"briefing: {record}: the record of the previous build is damaged ({exc}); ignored")
            return None

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """Progress for long builds: a line at each quarter of the pages rendered."""
        self._pages_done += 1
        quarter = max(self._pages_total // 4, 1)
        if (
            self._pages_total >= PROGRESS_FROM
            and self._pages_done % quarter == 0
            and self._pages_done < self._pages_total
        ):
            log.info(
                f"briefing: rendered {self._pages_done}/{self._pages_total} pages "
                f"({time.perf_counter() - self._rendering_since:.1f}s)"
            )
        output = with_feed_link(output, page.url, config.site_name)
        if self._pagefind:
            output = with_search_box(output, page.url)
        return with_content_security_policy(output, page.content or "", wasm=self._pagefind)

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Callable[..., Any]) -> Any:
        allow_live_reload(server)  # its reload script is inline, made afresh for every page
        return server

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        """404.html is rendered outside the pages: it gets the same policy."""
        if not template_name.endswith(".html"):
            return output_content
        return with_content_security_policy(output_content, wasm=self._pagefind)

    # Between these two, the search plugin (priority 0) indexes a lean copy of a generated
    # page (search_html.py); another plugin's on_page_context at a priority in between would
    # see that copy too, and its changes to it would be dropped.
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
        if page.file.src_uri == "index.md" and self._changes:
            page.content = page.content.replace("</h1>", "</h1>\n" + whats_new_html(self._changes), 1)
        page.toc = _toc(generated.toc)
        page.present_anchor_ids = set(_ID.findall(page.content))  # for links from hand-written pages
        if self._search_enabled and page.content:
            self._page_html = page.content
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
        self.timings["render"] = time.perf_counter() - self._rendering_since
        if self._json_file is not None and self.built is not None:
            with self.tracer.step("briefing.json"):
                destination = Path(self._json_file.abs_dest_path)
                destination.parent.mkdir(parents=True, exist_ok=True)
                write_briefing_json(self.built.briefing, destination)
        if self._record is not None and self._seen is not None:
            try:
                write_record(self._record, self._seen)
            except OSError as exc:
                log.info(f"briefing: {self._record}: the record of this build could not be written ({exc})")
        if self._feed_file is not None and self.built is not None:
            with self.tracer.step("feed.xml"):
                write_feed(
                    self.built.briefing,
                    Path(self._feed_file.abs_dest_path),
                    config.site_name,
                    config.site_url or "",
                    self.built.renderer.added,
                    self._seen.changes if self._seen else (),
                )

    @event_priority(-100)  # after every other plugin: Pagefind indexes the finished site
    def _after_post_build(self, config: MkDocsConfig) -> None:
        if self._pagefind:
            try:
                index_site(Path(config.site_dir))
            except SearchIndexError as exc:
                raise PluginError(str(exc)) from None
        self.timings["search index"] = time.perf_counter() - self._rendering_since - self.timings["render"]
        self.timings["search index"] -= self.timings.get("briefing.json", 0.0) + self.timings.get("feed.xml", 0.0)

    on_post_build = CombinedEvent(_before_post_build, _after_post_build)
