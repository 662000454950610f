"""Each article's part of the disagreements kept between builds, under a key made from what it reads.

The disagreements pass reads every sentence on its own first (the counts of people and the
stated figures it adds, the disagreements a sentence holds in itself: `analyze.article_readings`),
then compares across the corpus. The first part depends on one article alone: its fields (id,
publisher, date, text, from which its blocks are parsed), where its mentions name topics, and its
facts. So it is kept per article under a key made of those, and a rebuild reads it for every
article whose key is unchanged: after one new article, all the others; after a codebook edit, all
those whose mentions and facts it leaves as they were. The comparison across articles is redone
whole: its groups (figures of one measure and counted thing, a denial and the claims of every
article) reach across topics and articles.

Every article's part is kept in one entry, rewritten when one of them was made: a thousand
small files cost more to write in a first build than the part they keep (benchmarks/RESULTS.md).
The entry is the cache's, so it is checked as it is read, and one that cannot be read is
made again, never trusted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from build_site.analyze import article_readings
from build_site.article_analysis import ArticleAnalysis
from build_site.disagreements import Readings
from build_site.model import Article
from build_site.work.cache import ArticleCache, content_repr
from build_site.work.codec import key_text

FOLDER = "disagreement-readings"  # inside the cache's folder


@dataclass(frozen=True, slots=True)
class KeptEntry:
    """Every article's readings of the last build, by their key."""

    readings: dict[str, Readings]


class KeptReadings:
    """The articles' readings of one build: those whose key the last build's entry holds are
    read from it, the others made. `read` and `made` list them (their articles' ids)."""

    def __init__(self, cache_folder: Path) -> None:
        self.cache = ArticleCache(cache_folder / FOLDER)
        self.read: list[str] = []
        self.made: list[str] = []

    def of(self, articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]) -> list[Readings]:
        """Every article's readings, in corpus order; the entry is rewritten if any was made or
        left out, and the cache saved."""
        entry_key = self.cache.key("disagreement readings")
        kept = self.cache.read(entry_key, KeptEntry)
        self.cache.note(entry_key, KeptEntry, kept is not None)
        earlier = kept.readings if kept is not None else {}
        now: dict[str, Readings] = {}
        for article, analysis in zip(articles, analyses, strict=True):
            key = self.key(article, analysis)
            readings = earlier.get(key)
            if readings is None:
                readings = article_readings(article, analysis.blocks, analysis.mentions, analysis.facts)
                self.made.append(article.id)
            else:
                self.read.append(article.id)
            now[key] = readings
        if now.keys() != earlier.keys():
            self.cache.failed(self.cache.write(entry_key, KeptEntry(now)))
        self.cache.save()
        return list(now.values())  # in corpus order: an article's key holds its id, so no two are one

    def key(self, article: Article, analysis: ArticleAnalysis) -> str:
        """What an article's readings read: the article's fields (its blocks are parsed from its
        text), where its mentions name topics, and its facts."""
        where = [(m.anchor, m.sentence_index, m.topic_id) for m in analysis.mentions]
        return self.cache.key("article readings", content_repr(article), key_text((where, analysis.facts)))
