"""Topic pages kept between builds, each under a key made from what it shows.

A topic page is a function of its view (`pages.TopicView`: its rows, the articles and topics
it links as it shows them, the site's kinds), so a rebuild remakes only the pages whose view
changed: after one new article, those of the topics it names (and of what their rows move).
The view is built for every page (it is how the key is found); only the render is spared.

The entries live in a folder of their own inside the cache's, saved (unused entries deleted)
once every topic page of the build is made: the article cache is saved when the Briefing is
assembled, before any topic page is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    """The topic pages of one build: read from the cache when their view's key is there,
    else made and written. `read` and `made` list them (their source paths)."""

    def __init__(self, cache_folder: Path | None, renderer: PageRenderer) -> None:
        self.cache = ArticleCache(
            cache_folder / FOLDER if cache_folder is not None else None, redone="every topic page"
        )
        self.renderer = renderer
        kinds = renderer.b.kinds
        sources = {topic_source(topic, kinds): topic for topic in renderer.b.topics}
        self.sources = {source: topic for source, topic in sources.items() if source is not None}
        self._left = set(self.sources)  # not made yet: the cache is saved when none is left
        self.read: list[str] = []
        self.made: list[str] = []

    def page(self, src_uri: str) -> GeneratedPage | None:
        """The topic page at `src_uri` (None if it is no topic page)."""
        topic = self.sources.get(src_uri)
        if topic is None:
            return None
        self._left.discard(src_uri)
        view = self.renderer.topic_view(topic)
        if self.cache.folder is None:
            self.made.append(src_uri)
            return topic_page(self.renderer.env, view)
        key = self.cache.key("topic page", key_text(view))
        page = self.cache.read(key, GeneratedPage)
        self.cache.note(key, GeneratedPage, page is not None)
        if page is None:
            page = topic_page(self.renderer.env, view)
            self.cache.failed(self.cache.write(key, page))
            self.made.append(src_uri)
        else:
            self.read.append(src_uri)
        if not self._left:
            self.cache.save()
        return page
