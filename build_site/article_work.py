"""Each article's analysis and page, from the cache or made anew, in corpus order.

An article's results depend on nothing but the article and the codebook, so worker
processes (workers.py) can make them while MkDocs renders the pages of the articles before
it (plugin.py): a first build then analyses the corpus alongside the render instead of
before it (benchmarks/RESULTS.md). The work reads the cache and writes what it makes into
it, but counts nothing, since a worker's counts would be lost: the build `record`s each
result as it takes it in.
"""
from __future__ import annotations

import time
from collections.abc import Generator, Sequence
from dataclasses import dataclass, replace

import jinja2

from build_site.article_analysis import (
    ArticleAnalysis,
    ArticleMatches,
    ArticleText,
    analyze_article,
)
from build_site.cache import ArticleCache, codebook_fingerprint
from build_site.matcher import Matcher
from build_site.model import Article, Topic
from build_site.pages import GeneratedPage, article_page, article_page_key, environment
from build_site.workers import Stream, fork_stream, worker_count

# Where the time making a result goes, summed over the processes that made them.
PARTS = ("cache", "parse and match", "analyze", "article pages")


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article's analysis and page, with what the cache had of them."""

    analysis: ArticleAnalysis
    page: GeneratedPage | None  # None unless pages were asked for
    page_key: str
    found: tuple[bool, bool, bool]  # whether its text, its matches and its page came from the cache
    seconds: dict[str, float]  # the time it took, by part (PARTS)
    unsaved: str | None  # why what was made could not be written into the cache, if so


@dataclass(frozen=True, slots=True)
class Written:
    """A worker's answer when all it made is in the cache: the build reads the result there,
    which costs it what unpickling the whole answer would, and spares the worker pickling
    everything a second time (about 2 ms an article)."""

    found: tuple[bool, bool, bool]
    seconds: dict[str, float]
    page_key: str  # so that the build does not work it out again (0.13 ms an article)


class ArticleWork:
    """What every article's work shares: the matcher, the cache, the page templates. Forked
    workers inherit it, so it is built once, before they start."""

    def __init__(self, topics: Sequence[Topic], cache: ArticleCache, pages: bool = False,
                 index_article_text: bool = True) -> None:
        self.topics = {t.id: t for t in topics}
        self.matcher = Matcher(topics)
        self.cache = cache
        self.codebook = cache.fingerprints["the codebook"] = codebook_fingerprint(topics)
        self.topic_digests = {t.id: codebook_fingerprint([t]) for t in topics}  # for article page keys
        self.env: jinja2.Environment | None = environment() if pages else None
        self.index_article_text = index_article_text
        self._keys: dict[Article, tuple[str, str]] = {}  # a build asks for an article's keys three times

    def keys(self, article: Article) -> tuple[str, str]:
        """The cache keys of its text (which the codebook plays no part in) and its matches."""
        keys = self._keys.get(article)
        if keys is None:
            keys = self._keys[article] = (self.cache.key("text", article.id, article.body),
                                          self.cache.key("matches", self.codebook, article.id, article.body))
        return keys

    def result(self, article: Article, page_key: str = "") -> ArticleResult:
        """The article's analysis, and its page if pages were asked for: read from the cache,
        matched again if only the codebook changed, or read and matched anew. What is made
        anew is written into the cache at once. `page_key`, if known, is its page's key."""
        seconds = dict.fromkeys(PARTS, 0.0)
        started = time.perf_counter()
        text_key, matches_key = self.keys(article)
        text = self.cache.read(text_key, ArticleText)
        matches = self.cache.read(matches_key, ArticleMatches) if text is not None else None
        seconds["cache"] += time.perf_counter() - started
        if text is not None and matches is not None:
            analysis = ArticleAnalysis(text, matches)
        else:
            analysis = analyze_article(article, self.matcher, seconds, text)
        page, page_found = None, False
        if self.env is not None:
            started = time.perf_counter()
            page_key = page_key or article_page_key(self.cache, article, analysis.mentions, self.topic_digests,
                                                    self.index_article_text)
            page = self.cache.read(page_key, GeneratedPage)
            page_found = page is not None
            seconds["cache"] += time.perf_counter() - started
            if page is None:
                started = time.perf_counter()
                page = article_page(self.env, article, analysis.blocks, analysis.mentions, self.topics,
                                    self.index_article_text)
                seconds["article pages"] += time.perf_counter() - started
        started = time.perf_counter()
        made = [(key, value) for key, value, found in ((text_key, analysis.text, text is not None),
                                                       (matches_key, analysis.matches, matches is not None),
                                                       (page_key, page, page_found)) if value is not None and not found]
        problems = [self.cache.write(key, value) for key, value in made]
        seconds["cache"] += time.perf_counter() - started
        return ArticleResult(analysis, page, page_key, (text is not None, matches is not None, page_found), seconds,
                             next((p for p in problems if p), None))

    def record(self, article: Article, result: ArticleResult) -> None:
        """In the build's process: count the cache's hits and misses, and keep every entry the
        result was read from or written to when the cache is saved."""
        text_key, matches_key = self.keys(article)
        found_text, found_matches, found_page = result.found
        self.cache.note(text_key, ArticleText, found_text)
        if found_text:
            self.cache.note(matches_key, ArticleMatches, found_matches)
        else:
            self.cache.skip(ArticleMatches)  # new or edited: read and matched anew
            self.cache.keep(matches_key)
        if result.page is not None:
            self.cache.note(result.page_key, GeneratedPage, found_page)
        self.cache.failed(result.unsaved)


def article_results(work: ArticleWork, articles: Sequence[Article]) -> Stream[ArticleResult]:
    """Each article's result, in order. The articles the cache has no matches of (all of them
    in a first build or after a codebook edit) go to worker processes, which start at once and
    work ahead while the caller uses what came before, when that pays and is safe. The others
    are read from the cache here, when asked for: sending a worker's result back would cost
    about what reading the cache does."""
    to_make = [article for article in articles if not work.cache.has(work.keys(article)[1])]
    had_text = {article.id for article in to_make if work.cache.has(work.keys(article)[0])}
    workers = worker_count(len(to_make))
    from_workers = fork_stream(_made_in_worker if workers > 1 else ArticleWork.result, work, to_make, workers)
    # The cached articles are read here, when asked for: only a stream of none is ever done early.
    done = from_workers.done if len(to_make) == len(articles) else None
    return Stream(_in_order(work, articles, had_text, {article.id for article in to_make}, from_workers),
                  stop=from_workers.close, done=done)


def _in_order(work: ArticleWork, articles: Sequence[Article], had_text: set[str], to_make: set[str],
              made: Stream[ArticleResult | Written]) -> Generator[ArticleResult, None, None]:
    """The results of `to_make` from `made`, the others read here, in corpus order. What the
    cache had of an article made elsewhere is what it had when the build began: the entries
    that article's worker has written since are no reuse (after a worker dies, the build
    remakes its articles here and finds them)."""
    try:
        for article in articles:
            if article.id not in to_make:
                yield work.result(article)
                continue
            answer = next(made)
            found = (article.id in had_text, False, answer.found[2])
            if isinstance(answer, Written):
                read = work.result(article, answer.page_key)  # from the entries the worker wrote
                seconds = {part: answer.seconds[part] + read.seconds[part] for part in PARTS}
                yield replace(read, found=found, seconds=seconds)
            else:
                yield replace(answer, found=found)
    finally:
        made.close()  # stops the workers once their last result is in, or the caller stops early


def _made_in_worker(work: ArticleWork, article: Article) -> ArticleResult | Written:
    result = work.result(article)
    return result if work.cache.folder is None or result.unsaved else Written(result.found, result.seconds, result.page_key)
