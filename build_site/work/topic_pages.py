"""Topic pages kept between builds, each under a key made from what it shows.

A topic page is a function of its view (`pages.TopicView`: its rows, the articles and topics
it links as it shows them, the site's kinds), so a rebuild remakes only the pages whose view
changed: after one new article, those of the topics it names (and of what their rows move).

The view is in turn a function of its inputs: the topic's rows (`PageRenderer.topic_rows`: all
but the articles naming it, the cheap part) and, for each article naming it, the key of that
article's page (`ArticleWork.page_key`: the article as written, which fixes its blocks and
sentences, and where each of its mentions lies) and when it entered the briefing. A small entry
under a key made of those inputs names the view's key, so a topic whose inputs are unchanged
builds no view (grouping its articles' sentences is most of a view's cost); one whose inputs
changed builds its view, and its page is still read from the cache if the view is unchanged
(an alias edited moves mentions of other topics in the same articles).

The entries live in a folder of their own inside the cache's, saved (unused entries deleted)
once every topic page of the build is made: the article cache is saved when the Briefing is
assembled, before any topic page is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from build_site.model import Kind, Topic
from build_site.pages import GeneratedPage, PageRenderer, topic_page
from build_site.work.cache import ArticleCache
from build_site.work.codec import key_text

FOLDER = "topic-pages"  # inside the cache's folder


def topic_source(topic: Topic, kinds: Sequence[Kind]) -> str | None:
    """The topic page's source path, as the page plan names it; None for a topic of a kind the
    briefing does not declare, which has no page (the codebook's loader refuses such a topic)."""
    folder = next((kind.folder for kind in kinds if kind.id == topic.kind), None)
    return None if folder is None else f"{folder}/{topic.id}.md"


class TopicPages:
    """The topic pages of one build: read from the cache when their inputs' or their view's
    key is there, else made and written. `read` and `made` list them (their source paths),
    `viewed` those whose view was built. `page_keys`: each article's page key, by id (none when
    a build makes no article pages: then every view is built)."""

    def __init__(
        self, cache_folder: Path | None, renderer: PageRenderer, page_keys: Mapping[str, str] | None = None
    ) -> None:
        self.cache = ArticleCache(
            cache_folder / FOLDER if cache_folder is not None else None, redone="every topic page"
        )
        self.renderer = renderer
        self.page_keys = page_keys or {}
        kinds = renderer.b.kinds
        sources = {topic_source(topic, kinds): topic for topic in renderer.b.topics}
        self.sources = {source: topic for source, topic in sources.items() if source is not None}
        self._left = set(self.sources)  # not made yet: the cache is saved when none is left
        self.read: list[str] = []
        self.made: list[str] = []
        self.viewed: list[str] = []

    def page(self, src_uri: str) -> GeneratedPage | None:
        """The topic page at `src_uri` (None if it is no topic page)."""
        topic = self.sources.get(src_uri)
        if topic is None:
            return None
        self._left.discard(src_uri)
        if self.cache.folder is None:
            self.made.append(src_uri)
            self.viewed.append(src_uri)
            return topic_page(self.renderer.env, self.renderer.topic_view(topic))
        inputs_key = self._inputs_key(topic)
        view_key = self.cache.read(inputs_key, str) if inputs_key else None
        page = self.cache.read(view_key, GeneratedPage) if view_key else None
        found = page is not None
        if view_key is None or page is None:
            view_key, page, found = self._by_view(topic, src_uri)
            if inputs_key:
                self.cache.failed(self.cache.write(inputs_key, view_key))
        self.cache.note(view_key, GeneratedPage, found)
        if inputs_key:
            self.cache.keep(inputs_key)
        (self.read if found else self.made).append(src_uri)
        if not self._left:
            self.cache.save()
        return page

    def _by_view(self, topic: Topic, src_uri: str) -> tuple[str, GeneratedPage, bool]:
        """The page under its view's key, read or made and written: the key, the page, whether it was read."""
        view = self.renderer.topic_view(topic)
        self.viewed.append(src_uri)
        key = self.cache.key("topic page", key_text(view))
        page = self.cache.read(key, GeneratedPage)
        if page is not None:
            return key, page, True
        page = topic_page(self.renderer.env, view)
        self.cache.failed(self.cache.write(key, page))
        return key, page, False

    def _inputs_key(self, topic: Topic) -> str | None:
        """The key of what the topic's view is made from (the module's docstring), or None
        when an article naming it has no page key to stand for it."""
        keys = self.page_keys
        named = self.renderer.b.articles_of(topic.id)
        if not all(keys.get(article_id) for article_id in named):
            return None
        added = self.renderer.added
        return self.cache.key(
            "topic page's inputs",
            key_text(self.renderer.topic_rows(topic)),
            "\n".join(f"{keys[a]} {added.get(a, '')}" for a in named),
        )
