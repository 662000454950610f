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
The entry is the cache's, restored from CI: so it is checked as it is read, and one that cannot
be read is made again, never trusted. It is read only if it is exactly what this code writes of
what it holds (a field left out would take its default, silently), and each article's record
only if it lines up with the article as this build has it (`fits`): the comparison zips its
lists with the build's and indexes the article's sentences by it, so one that does not fit
would fail the build or pair the wrong sentences. A record that does not fit is made again and
the entry rewritten.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from build_site.analyze import article_readings, readings_size
from build_site.article_analysis import ArticleAnalysis
from build_site.disagreements import Readings, Source
from build_site.model import Article
from build_site.work.cache import FORMAT, SUFFIX, ArticleCache, content_repr
from build_site.work.codec import entry_bytes, key_text

FOLDER = "disagreement-readings"  # inside the cache's folder


@dataclass(frozen=True, slots=True)
class KeptEntry:
    """Every article's readings of the last build, by their key."""

    readings: dict[str, Readings]


class KeptReadings:
    """The articles' readings of one build: those whose key the last build's entry holds are
    read from it, the others made. `read` and `made` list them (their articles' ids)."""

    def __init__(self, cache_folder: Path) -> None:
        self.cache = ArticleCache(cache_folder / FOLDER, redone="the disagreements' part of every article")
        self.read: list[str] = []
        self.made: list[str] = []

    def of(self, articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]) -> list[Readings]:
        """Every article's readings, in corpus order; the entry is rewritten if any was made or
        left out, and the cache saved."""
        entry_key = self.cache.key("disagreement readings")
        kept = self._kept(entry_key)
        self.cache.note(entry_key, KeptEntry, kept is not None)
        earlier = kept.readings if kept is not None else {}
        now: dict[str, Readings] = {}
        for article, analysis in zip(articles, analyses, strict=True):
            key = self.key(article, analysis)
            readings = earlier.get(key)
            if readings is None or not fits(readings, article.id, *readings_size(analysis.mentions, analysis.facts)):
                readings = article_readings(article, analysis.blocks, analysis.mentions, analysis.facts)
                self.made.append(article.id)
            else:
                self.read.append(article.id)
            now[key] = readings
        if self.made or now.keys() != earlier.keys():
            self.cache.failed(self.cache.write(entry_key, KeptEntry(now)))
        self.cache.save()
        return list(now.values())  # in corpus order: an article's key holds its id, so no two are one

    def _kept(self, entry_key: str) -> KeptEntry | None:
        """The last build's entry, if it is exactly what this code writes of what it holds."""
        kept = self.cache.read(entry_key, KeptEntry)
        if kept is None or self.cache.folder is None:
            return None
        try:
            written = (self.cache.folder / (entry_key + SUFFIX)).read_bytes()
        except OSError:  # gone since it was read: a miss, as any entry that cannot be read
            return None
        return kept if entry_bytes(FORMAT, entry_key, kept) == written else None

    def key(self, article: Article, analysis: ArticleAnalysis) -> str:
        """What an article's readings read: the article's fields (its blocks are parsed from its
        text), where its mentions name topics, and its facts."""
        where = [(m.anchor, m.sentence_index, m.topic_id) for m in analysis.mentions]
        return self.cache.key("article readings", content_repr(article), key_text((where, analysis.facts)))


def fits(readings: Readings, article_id: str, figures: int, named: int) -> bool:
    """Whether an article's readings line up with the article as the build has it: a group for
    each of its `figures` and for each count and stated figure read, `named` sentences naming a
    topic with every denial one of them, and every sentence its own article's."""
    parts = (readings.named, readings.unnamed)
    return (
        len(readings.figure_groups) == figures
        and readings.named_sentences == named
        and all(0 <= index < named for index in readings.denials)
        and all(len(p.tolls) == len(p.toll_groups) and len(p.stated) == len(p.stated_groups) for p in parts)
        and all(article == article_id for article, _value in readings.running)
        and all(source.article_id == article_id for source in _sources(readings))
    )


def _sources(readings: Readings) -> Iterator[Source]:
    """Every sentence an article's readings quote."""
    for part in (readings.named, readings.unnamed):
        yield from (figure.source for figure in (*part.tolls, *part.stated))
        yield from (source for found in (*part.by_source, *part.corrected) for source in found.evidence)
    yield from (source for found in readings.contrasts for source in found.evidence)
