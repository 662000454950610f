"""The MkDocs plugin: generates the briefing's pages during any MkDocs build.

Because the pages are made inside MkDocs' own build (listed in `on_files`, filled in
`on_page_context`), `mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy` all work unchanged;
`briefing build` only adds strictness, an atomic swap into the site folder and a summary.
"""
from __future__ import annotations

import gc
import logging
import os
import re
import shutil
import tempfile
import time
from collections import defaultdict, deque
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
from mkdocs.structure.toc import get_toc

from build_site import site_folder
from build_site.analyze import assemble_briefing
from build_site.article_analysis import ArticleAnalysis, ArticleText
from build_site.article_work import ArticleResult, ArticleWork, article_results
from build_site.build_date import pin_build_date
from build_site.cache import ArticleCache
from build_site.export import write_briefing_json
from build_site.loading import coverage_warnings, load_corpus
from build_site.model import Article, Briefing, Topic
from build_site.page_security import allow_live_reload, turn_off_html_tooltips, with_content_security_policy
from build_site.pages import GeneratedPage, PageRenderer, page_plan
from build_site.problems import InputError, Problem
from build_site.search_html import search_html
from build_site.workers import Stream, fork_ahead, fork_call, fork_is_safe

log = logging.getLogger("mkdocs.plugins.briefing")


_ID = re.compile(r' id="([^"]+)"')  # ids in the HTML the templates wrote (a literal space scans faster than \s)
PROGRESS_FROM = 400  # pages; smaller builds finish before a progress line would help
# What on_files raises after logging each corpus error; `briefing build` says it once, with its outcome.
CORPUS_ERRORS = re.compile(r"briefing: (\d+ errors? in the corpus)")


def pause_cycle_collection() -> None:
    """Python's cycle collector walks every live object each time it runs a full pass; the
    analysis makes millions of them (and no cycles worth collecting), so left on it costs a
    2,000-article build about 2 s (benchmarks/RESULTS.md). It is paused from the start of the
    plugin's work until every article is taken in (`resume_cycle_collection`). Objects are
    still freed as soon as nothing refers to them, and worker processes forked meanwhile
    inherit the pause. The cycles MkDocs' render leaves meanwhile are frozen with the rest:
    collecting them first costs ~0.6 s at 2,000 articles and does not lower the peak. A next
    build in the same process (`mkdocs serve`) first unfreezes and collects what the last one
    left, so nothing leaks."""
    global _froze, _was_enabled  # noqa: PLW0603 - one process-wide collector
    if _was_enabled is not None:  # paused already, and not resumed: a build that failed early
        return
    _was_enabled = gc.isenabled()
    if _froze:  # the last build froze what it made (gc.unfreeze cannot tell that from what others froze)
        gc.unfreeze()
        gc.collect()
        _froze = False
    gc.disable()


def resume_cycle_collection() -> None:
    """Freeze what exists (`gc.freeze`), so that the passes the rest of MkDocs' render
    triggers skip the analysis, and let the collector run again if it ran before."""
    global _froze, _was_enabled  # noqa: PLW0603
    if _was_enabled is None:
        return
    gc.freeze()
    _froze = True
    if _was_enabled:
        gc.enable()
    _was_enabled = None


_froze = False  # whether this process has frozen a build's objects
_was_enabled: bool | None = None  # while paused: whether the collector ran before


def _nest(headings: tuple[tuple[int, str, str], ...]) -> list[dict[str, Any]]:
    """Flat (level, id, title) headings -> the nested tokens MkDocs builds a TOC from."""
    root: list[dict[str, Any]] = []
    open_: list[dict[str, Any]] = []
    for level, anchor, title in headings:
        token: dict[str, Any] = {"level": level, "id": anchor, "name": title, "children": []}
        while open_ and open_[-1]["level"] >= level:
            open_.pop()
        (open_[-1]["children"] if open_ else root).append(token)
        open_.append(token)
    return root


class BriefingConfig(Config):
    corpus = c.Type(str, default="corpus")  # relative to mkdocs.yml
    # Index the full text of articles for search. Off, search finds articles by title and
    # metadata only: at 2,000 articles the index drops from 23 MB to 5 MB and the first
    # result comes in ~2 s instead of ~9 s (benchmarks/RESULTS.md).
    search_article_text = c.Type(bool, default=True)
    # Keep each article's analysis and page between builds (cache.py), so that a rebuild after
    # adding or editing a few articles redoes only those. The folder is relative to mkdocs.yml.
    cache = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=".cache/briefing")


def _reuse_note(cache: ArticleCache) -> str:
    """What the cache spared this build, and why not more."""
    reasons = [f"{' and '.join(changed)} changed since the last build" for changed in [cache.changed()] if changed]
    if not cache.found_earlier_build:
        reasons.append("no earlier build had saved one here")
    elif cache.missed[ArticleText]:
        count = cache.missed[ArticleText]
        reasons.append(f"{count} article{'s' if count != 1 else ''} new or edited since the last build")
    return (f"reused {cache.hits} of {cache.hits + cache.misses} results of earlier builds "
            "(per article: its text read, its matches and its page)" + "".join(f"; {r}" for r in reasons))


class _WrittenByThePlugin(File):
    """A file MkDocs lists (so links to it are checked) but does not copy: the plugin writes it
    at the start of on_post_build, so other plugins find it on disk there (its `content` is
    empty: at 2,000 articles it would be 70 MB held in memory)."""

    def copy_file(self, dirty: bool = False) -> None:
        pass


def umask() -> int:
    """The process's umask, for a file or folder made private (mkstemp, mkdtemp) that should be
    as readable as any other. It can only be read by setting it: call it where no other thread
    makes files (briefing.json's process only runs in a single-threaded build)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_json(briefing_and_path: tuple[Briefing, Path]) -> None:
    write_briefing_json(*briefing_and_path)


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Lists every generated page in `on_files`, before any article is read, and starts
    reading them (in worker processes, when that pays); each page gets its HTML when MkDocs
    renders it (`on_page_context`). Article pages come first and are rendered as their
    articles come in; the first page drawing on the whole corpus takes in the rest, draws the
    Briefing and makes the other pages. A first build so reads the corpus alongside MkDocs'
    render rather than before it (benchmarks/RESULTS.md)."""

    def __init__(self) -> None:
        self.briefing: Briefing | None = None
        self.warnings: list[Problem] = []
        self.timings: dict[str, float] = {}  # wall time of this process's phases, in order
        self.work: defaultdict[str, float] = defaultdict(float)  # the work by part, summed over the processes that did it
        self.cache_notes: list[str] = []  # what the cache reused, and why it could not save, if so
        self._rendering_since = 0.0
        self.pages: dict[str, GeneratedPage] = {}  # made, and not yet handed to MkDocs
        self._planned: set[str] = set()
        self._handed_out: set[str] = set()  # generated pages MkDocs has rendered
        self._articles: list[Article] = []
        self._topics: list[Topic] = []
        self._work: ArticleWork | None = None
        self._results: Stream[ArticleResult] | None = None  # the articles' results, in corpus order
        self._analyses: list[ArticleAnalysis] = []  # those taken in so far
        self._corpus_pages: Stream[GeneratedPage] | None = None  # the other pages, made ahead of MkDocs
        self._corpus_uris: deque[str] = deque()  # theirs, in order, not yet taken in
        self._pages_total = 0
        self._pages_done = 0
        self._page_html: str | None = None  # a generated page's HTML while the search plugin sees the lean copy
        self._search_enabled = False
        self._json_file: File | None = None
        self._json_written: Callable[[], None] | None = None  # briefing.json, being written by another process
        self._json_temporary: Path | None = None  # where that process writes it

    def corpus_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.corpus

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not config.use_directory_urls:
            raise PluginError("briefing: the generated links need `use_directory_urls: true` in mkdocs.yml")
        corpus = str(self.corpus_dir(config))
        if corpus not in config.watch:  # `mkdocs serve` rebuilds when an article or topic changes
            config.watch.append(corpus)
        self._search_enabled = any(name in config.plugins for name in ("search", "material/search"))
        turn_off_html_tooltips(config)
        site_folder.claim(config, self.corpus_dir(config))
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Read the corpus, list every generated page, and start on the articles."""
        started = time.perf_counter()
        self.briefing, self.pages, self._analyses, self._handed_out = None, {}, [], set()
        self.timings, self.work, self.cache_notes = {}, defaultdict(float), []
        pause_cycle_collection()
        try:
            articles, topics, self.warnings = load_corpus(self.corpus_dir(config))
        except InputError as exc:
            for problem in exc.problems:
                log.error(str(problem))
            count = len(exc.problems)
            raise PluginError(f"briefing: {count} error{'s' if count != 1 else ''} in the corpus") from None
        for warning in self.warnings:
            log.info(str(warning))
        pin_build_date(articles)
        plan = page_plan(articles, topics)
        for src_uri, front_matter in plan.items():
            if files.get_file_from_path(src_uri) is not None:
                raise PluginError(f"briefing: docs/{src_uri} would hide a generated page; remove or rename it")
            files.append(File.generated(config, src_uri, content=front_matter))
        self._add_json_file(files, config)
        self._planned = set(plan)
        self._articles, self._topics = articles, topics
        folder = Path(config.config_file_path).parent / self.config.cache_dir
        cache = ArticleCache(folder if self.config.cache else None)
        self._work = ArticleWork(topics, cache, pages=True, index_article_text=self.config.search_article_text)
        self._results = article_results(self._work, articles)
        self.timings["load"] = time.perf_counter() - started
        log.info(f"briefing: read {len(articles)} articles and {len(topics)} topics, planned {len(plan)} pages "
                 f"({self.timings['load']:.2f}s); analysing them as MkDocs renders")
        self._pages_total = len(files.documentation_pages())
        self._pages_done = 0
        self._rendering_since = time.perf_counter()
        return files

    def _generated(self, src_uri: str) -> GeneratedPage | None:
        """The page's HTML if the plugin generates it: an article's as soon as that article
        is taken in; any other once every article is (`_finish_analysis`)."""
        if src_uri not in self._planned:
            return None
        if src_uri in self._handed_out:  # its HTML was let go of, to keep memory flat
            raise PluginError(f"briefing: docs/{src_uri} was rendered twice; is another plugin rendering pages again?")
        self._handed_out.add(src_uri)
        if src_uri not in self.pages and src_uri.startswith("articles/") and self._results is not None:
            self._take_articles(until=src_uri)
            if self._results is not None and self._results.done():
                self._finish_analysis()  # while MkDocs renders the articles left, other processes use the cores
        if src_uri not in self.pages:
            self._finish_analysis()
            self._take_corpus_pages(until=src_uri)
        return self.pages.pop(src_uri)

    def _take_articles(self, until: str | None = None) -> None:
        """Take in the articles' results, in order, up to the article whose page is `until`
        (else all): count them into the cache, keep the analysis and the page."""
        assert self._work is not None and self._results is not None
        while len(self._analyses) < len(self._articles):
            article = self._articles[len(self._analyses)]
            waited = time.perf_counter()
            result = next(self._results)
            self.work["waiting"] += time.perf_counter() - waited
            self._work.record(article, result)
            self._analyses.append(result.analysis)
            for part, seconds in result.seconds.items():
                self.work[part] += seconds
            src_uri = f"articles/{article.id}.md"
            if result.page is not None:
                self.pages[src_uri] = result.page
            if src_uri == until:
                return
        self._results = None  # every result is in, and the workers have stopped

    def _take_corpus_pages(self, until: str) -> None:
        """Take in the pages that draw on the whole corpus, in order, up to `until`."""
        started = time.perf_counter()
        while self._corpus_pages is not None and until not in self.pages:
            src_uri = self._corpus_uris.popleft()
            self.pages[src_uri] = next(self._corpus_pages)
            if not self._corpus_uris:
                self._corpus_pages.close()
                self._corpus_pages = None
        self.work["corpus pages"] += time.perf_counter() - started

    def _finish_analysis(self, make_pages: bool = True) -> None:
        """Once: take in every article, draw the Briefing, start briefing.json and (unless
        MkDocs is done rendering) the pages that draw on the whole corpus (in other processes,
        when it is safe: they are made while MkDocs renders those before them), and save the
        cache."""
        if self.briefing is not None or self._work is None:
            return
        started = time.perf_counter()
        if self._results is not None:
            self._take_articles()
        briefing = assemble_briefing(self._articles, self._topics, self._analyses)
        self.briefing, self._analyses = briefing, []
        self._start_json(briefing)  # written by another process while this one makes the pages
        warnings = coverage_warnings(briefing)
        for warning in warnings:
            log.info(str(warning))
        self.warnings += warnings
        log.info(f"briefing: {len(briefing.mentions)} mentions, {len(briefing.relations)} relations, "
                 f"{len(briefing.facts)} facts, {len(briefing.candidates)} candidates")
        if make_pages:
            renderer = PageRenderer(briefing, self.config.search_article_text)
            self._corpus_uris = deque(renderer.corpus_uris())
            self._corpus_pages = fork_ahead(PageRenderer.corpus_page, renderer, list(self._corpus_uris))
        cache, self._work = self._work.cache, None
        cache.save()
        self.cache_notes = [_reuse_note(cache)] if self.config.cache else []
        for note in self.cache_notes:
            log.info(f"briefing: {note}")
        if cache.problem:
            self.cache_notes.append(cache.problem)
        resume_cycle_collection()
        self.work["corpus pages"] += time.perf_counter() - started

    def _add_json_file(self, files: Files, config: MkDocsConfig) -> None:
        if files.get_file_from_path("briefing.json") is not None:
            raise PluginError("briefing: docs/briefing.json would hide the generated one; remove or rename it")
        self._json_file = _WrittenByThePlugin.generated(config, "briefing.json", content="")
        files.append(self._json_file)

    def _start_json(self, briefing: Briefing) -> None:
        """briefing.json (~1 s to make at 2,000 articles) is written by a forked process while
        MkDocs renders on this core, into a temporary file that `_finish_json` moves into
        place. Without a safe fork (workers.py), `_finish_json` writes it itself.

        The temporary file is made here, outside the site folder: no other plugin meets it
        there, and the process never creates a folder (not even one a failed build removed)."""
        self._json_written, self._json_temporary = None, None
        if not fork_is_safe():
            return
        try:
            handle, name = tempfile.mkstemp(prefix="briefing-", suffix=".json.tmp")
        except OSError:  # no writable temporary folder: `_finish_json` writes it here
            return
        os.close(handle)
        self._json_temporary = Path(name)
        self._json_written = fork_call(_write_json, (briefing, self._json_temporary))

    def _finish_json(self, build_failed: bool) -> None:
        """Put briefing.json in place: from its process, or written here if there was none or
        it died. A failed build only waits for the process and deletes its file."""
        if self._json_file is None or self.briefing is None:
            return
        written, self._json_written = self._json_written, None
        temporary, destination = self._json_temporary, Path(self._json_file.abs_dest_path)
        self._json_file, self._json_temporary = None, None
        try:
            written_there = False
            if written is not None:
                try:
                    written()
                    written_there = True
                except ChildProcessError as exc:
                    if not build_failed:
                        log.info(f"briefing: the process writing briefing.json failed ({exc}); writing it here")
            if not build_failed:
                destination.parent.mkdir(parents=True, exist_ok=True)
                if written_there and temporary is not None:
                    shutil.move(temporary, destination)  # a rename, or a copy from another file system
                    destination.chmod(0o666 & ~umask())  # readable like the files MkDocs writes, not 0600
                else:
                    write_briefing_json(self.briefing, destination)
        finally:
            if temporary is not None:
                temporary.unlink(missing_ok=True)

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """Progress for long builds: a line at each quarter of the pages rendered."""
        self._pages_done += 1
        quarter = max(self._pages_total // 4, 1)
        if self._pages_total >= PROGRESS_FROM and self._pages_done % quarter == 0 and self._pages_done < self._pages_total:
            log.info(f"briefing: rendered {self._pages_done}/{self._pages_total} pages "
                     f"({time.perf_counter() - self._rendering_since:.1f}s)")
        return with_content_security_policy(output, page.content or "")

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Callable[..., Any]) -> Any:
        allow_live_reload(server)  # its reload script is inline, made afresh for every page
        return server

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        """404.html is rendered outside the pages: it gets the same policy."""
        return with_content_security_policy(output_content) if template_name.endswith(".html") else output_content

    # Between these two, the search plugin (priority 0) indexes a lean copy of a generated
    # page (search_html.py); another plugin's on_page_context at a priority in between would
    # see that copy too, and its changes to it would be dropped.
    @event_priority(100)  # before the search plugin indexes the page
    def _content_then_lean_copy(self, context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> None:
        """A generated page's finished HTML replaces its (empty) Markdown body; the search
        plugin then sees a lean copy of it."""
        self._page_html = None
        generated = self._generated(page.file.src_uri)
        if generated is None:
            return
        page.content = generated.html
        page.toc = get_toc(_nest(generated.toc))
        page.present_anchor_ids = set(_ID.findall(generated.html))  # for links from hand-written pages
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
        self._finish_analysis(make_pages=False)  # done already, unless MkDocs rendered no page drawing on the corpus
        self._stop_workers()  # pages MkDocs did not render (excluded in mkdocs.yml, say) are not made
        self.pages = {}
        self._finish_json(build_failed=False)
        self.timings["render"] = time.perf_counter() - self._rendering_since

    @event_priority(-100)  # after every other plugin
    def _after_post_build(self, config: MkDocsConfig) -> None:
        self.timings["search index"] = time.perf_counter() - self._rendering_since - self.timings["render"]

    on_post_build = CombinedEvent(_before_post_build, _after_post_build)

    def on_build_error(self, error: Exception) -> None:
        self.stop()

    def stop(self) -> None:
        """After a failed or interrupted build (MkDocs calls `on_build_error` for exceptions,
        not for Ctrl-C): stop the workers, give back the cycle collector, and delete
        briefing.json's temporary file once its process is done."""
        self._stop_workers()
        self._work = None
        resume_cycle_collection()
        self._finish_json(build_failed=True)

    def _stop_workers(self) -> None:
        for stream in (self._results, self._corpus_pages):
            if stream is not None:
                stream.close()
        self._results, self._corpus_pages = None, None
