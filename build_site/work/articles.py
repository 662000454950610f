"""Each article's analysis and page, from the cache or made anew, in corpus order.

An article's results depend on nothing but the article and the codebook, so the articles
the cache does not have are made in worker processes (pool.py), each writing what it makes
into the cache at once. Counting hits and misses happens in the build's process only
(`record`): a worker's counts would be lost.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import jinja2

from build_site.article_analysis import (
    ArticleAnalysis,
    ArticleMatches,
    ArticleText,
    StatedFact,
    analyze_article,
    speakers,
)
from build_site.candidates import Sighting
from build_site.export import EncodedMentions, article_mentions
from build_site.kinds import people_kinds, speaking_kinds
from build_site.matcher import Matcher
from build_site.model import (
    DEFAULT_KINDS,
    Article,
    Block,
    Event,
    Evidence,
    Fact,
    Kind,
    Mention,
    Sentence,
    Statement,
    Topic,
)
from build_site.pages import GeneratedPage, article_page, environment
from build_site.wording import plural
from build_site.work.cache import ArticleCache, codebook_fingerprint, content_repr
from build_site.work.pickling import pickle_by_arguments
from build_site.work.pool import parallel_map

# The records a worker's results hold by the thousand, in this process and in every worker.
pickle_by_arguments((Sentence, Block, Mention, Evidence, Fact, StatedFact, Sighting, Statement, Event))


@dataclass(frozen=True, slots=True)
class ArticleOutputs:
    """What an article gives the site, made and cached together: its page, and its mentions
    as briefing.json lists them (export.article_mentions)."""

    page: GeneratedPage
    mentions: EncodedMentions


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article's analysis and page, with what the cache had of them."""

    analysis: ArticleAnalysis
    page: GeneratedPage | None  # None unless pages were asked for
    mentions: EncodedMentions | None  # for briefing.json, with the page
    page_key: str
    found: tuple[bool, bool, bool]  # whether its text, its matches and its page came from the cache
    unsaved: str | None  # why what was made could not be written into the cache, if so


class ArticleWork:
    """What every article's work shares: the matcher, the cache, the page templates. It
    pickles as what it is made from, so a worker builds its own."""

    def __init__(
        self,
        topics: Sequence[Topic],
        cache: ArticleCache,
        pages: bool = False,
        index_article_text: bool = True,
        kinds: tuple[Kind, ...] = DEFAULT_KINDS,
        search_copies: bool = False,
    ) -> None:
        self.topic_list = tuple(topics)
        self.shown = {t.id: shown_topic(t) for t in topics}  # what article pages are made from
        people = people_kinds(kinds)
        self.matcher = Matcher(topics, actor_kinds=speaking_kinds(kinds), people_kinds=people)
        self.actors = speakers(topics, kinds)
        self.cache = cache
        # Which kinds speak (kinds.speaks, read from their labels too) decides the matches as the topics do.
        speaking = " ".join([*speaking_kinds(kinds), *people])
        self.codebook = cache.fingerprints["the codebook"] = codebook_fingerprint(topics) + speaking
        self.topic_digests = {t: codebook_fingerprint([shown]) for t, shown in self.shown.items()}  # page keys
        self.kinds = kinds  # their labels and colours are on every article page
        self.env: jinja2.Environment | None = environment(kinds) if pages else None
        self.index_article_text = index_article_text
        self.search_copies = search_copies  # each article page's sections for Material's search, made with it
        self._keys: dict[str, tuple[str, str]] = {}  # a build asks for an article's keys twice

    def __reduce__(
        self,
    ) -> tuple[type[ArticleWork], tuple[tuple[Topic, ...], ArticleCache, bool, bool, tuple[Kind, ...], bool]]:
        return ArticleWork, (
            self.topic_list,
            ArticleCache(self.cache.folder),
            self.env is not None,
            self.index_article_text,
            self.kinds,
            self.search_copies,
        )

    def keys(self, article: Article) -> tuple[str, str]:
        """The cache keys of its text (which the codebook plays no part in) and its matches."""
        keys = self._keys.get(article.id)
        if keys is None:
            keys = self._keys[article.id] = (
                self.cache.key("text", article.id, str(article.published), article.body),  # dates events
                self.cache.key("matches", self.codebook, article.id, article.body),
            )
        return keys

    def page_key(self, article: Article, mentions: Sequence[Mention]) -> str:
        """An article page shows nothing but the article, where its mentions lie and the topics
        they name as the page shows them (`shown_topic`): a codebook edit remakes only the pages
        whose mentions it moves, or that name a topic it renames or gives another kind."""
        where = repr([(m.topic_id, m.anchor, m.start, m.end) for m in mentions])  # the rest follows from the text
        named = " ".join(self.topic_digests[t] for t in sorted({m.topic_id for m in mentions}))
        return self.cache.key(
            "article page",
            content_repr(article),
            str(self.index_article_text),
            where,
            named,
            repr(self.kinds),
            str(self.search_copies),
        )

    def result(self, article: Article) -> ArticleResult:
        """The article's analysis, and its page if pages were asked for: read from the cache,
        matched again if only the codebook changed, or read and matched anew. What is made
        anew is written into the cache at once."""
        text_key, matches_key = self.keys(article)
        text = self.cache.read(text_key, ArticleText)
        matches = self.cache.read(matches_key, ArticleMatches) if text is not None else None
        if text is not None and matches is not None:
            analysis = ArticleAnalysis(text, matches)
        else:
            analysis = analyze_article(article, self.matcher, text, self.actors)
        outputs, page_key = None, ""
        if self.env is not None:
            page_key = self.page_key(article, analysis.mentions)
            outputs = self.cache.read(page_key, ArticleOutputs)
        page_found = outputs is not None
        if self.env is not None and outputs is None:
            page = article_page(
                self.env,
                article,
                analysis.blocks,
                analysis.mentions,
                self.shown,
                self.index_article_text,
                self.kinds,
                self.search_copies,
                analysis.text.day_in_full,
            )
            outputs = ArticleOutputs(page, article_mentions(analysis.blocks, analysis.mentions))
        made = [
            (key, value)
            for key, value, found in (
                (text_key, analysis.text, text is not None),
                (matches_key, analysis.matches, matches is not None),
                (page_key, outputs, page_found),
            )
            if value is not None and not found
        ]
        problems = [self.cache.write(key, value) for key, value in made]
        return ArticleResult(
            analysis,
            outputs.page if outputs else None,
            outputs.mentions if outputs else None,
            page_key,
            (text is not None, matches is not None, page_found),
            next((p for p in problems if p), None),
        )

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
            self.cache.note(result.page_key, ArticleOutputs, found_page)
        self.cache.failed(result.unsaved)


def shown_topic(topic: Topic) -> Topic:
    """The topic as an article page shows it: its name and kind, which its link and its place
    among the page's topics are made of. Pages are made from these alone, so a page cannot read
    what its key leaves out, and an alias or summary edited keeps every page its matches keep."""
    return Topic(topic.id, topic.kind, topic.name, (), "")


@contextmanager
def analyse_articles(work: ArticleWork, articles: Sequence[Article]) -> Iterator[Iterator[ArticleResult]]:
    """Each article's result, in corpus order, as it comes. Those the cache has no matches of
    (all of them in a first build or after a codebook edit) go to the pool, which starts on
    entry and works while the caller does other things; the others are read from the cache
    here when their turn comes: sending a result back from a worker costs about what reading
    the cache does. On exit what was not started is dropped and the workers are gone."""
    to_make = [article for article in articles if not work.cache.has(work.keys(article)[1])]
    made_elsewhere = {article.id for article in to_make}
    with parallel_map(_result, work, to_make) as made:
        yield (_recorded(work, article, made if article.id in made_elsewhere else None) for article in articles)


def _recorded(work: ArticleWork, article: Article, made: Iterator[ArticleResult] | None) -> ArticleResult:
    """The article's result, the next the pool delivers or read here; counted in the cache."""
    result = next(made) if made is not None else work.result(article)
    work.record(article, result)
    return result


def _result(work: ArticleWork, article: Article) -> ArticleResult:
    """ArticleWork.result by a name a worker can import."""
    return work.result(article)


def reuse_note(cache: ArticleCache) -> str:
    """What the cache spared this build, and why not more. Entries with no saved build beside them
    were written by a build that has not ended, or never did (stopped, or still running beside this one):
    then the articles missed are those it had not reached, not ones new since it."""
    reasons = [f"{' and '.join(changed)} changed since the last build" for changed in [cache.changed()] if changed]
    missed = cache.missed[ArticleText]
    if not cache.found_earlier_build and not cache.hits:
        reasons.append("no earlier build had saved one here")
    elif not cache.found_earlier_build and missed:
        reasons.append(f"{plural(missed, 'article')} no earlier build had saved")
    elif missed:
        reasons.append(f"{plural(missed, 'article')} new or edited since the last build")
    return (
        f"reused {cache.hits} of {cache.hits + cache.misses} results of earlier builds "
        "(per article: its text read, its matches and its page)" + "".join(f"; {r}" for r in reasons)
    )
