"""CPU seconds of the assembly's passes on a synthetic corpus, in one process.

    .venv/bin/python benchmarks/assembly_cpu.py WORK_DIR [--size 1000] [--repeat 3]

Makes (or reuses) a synthetic project of `--size` articles in WORK_DIR, analyses every article
once without the cache, then times with `time.process_time`, `--repeat` times each: the
disagreements of the assembly (`analyze.find_disagreements` over every article's facts, events
and named sentences) and the events pass (`article_analysis.article_events` over every
article), the relations (`relations.find_relations`) and the Briefing's indexes of articles by topic
and topics by article (`model.articles_by_topic`, `model.topics_by_article`). Prints the medians
and a digest of what each pass returned, so two revisions' outputs can be compared as well as their
times.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import synth

from build_site.analyze import find_disagreements
from build_site.article_analysis import article_events, sentence_topics
from build_site.model import articles_by_topic, topics_by_article
from build_site.pipeline import Options, build
from build_site.relations import find_relations
from build_site.work import pool


def timed(work: Callable[[], object], repeat: int) -> tuple[float, object]:
    """The median CPU seconds of `repeat` runs of `work`, and what the last run returned."""
    seconds: list[float] = []
    result: object = None
    for _ in range(repeat):
        started = time.process_time()
        result = work()
        seconds.append(time.process_time() - started)
    return statistics.median(seconds), result


def digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("work", type=Path)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    project = arguments.work / f"synthetic-{arguments.size}"
    if not (project / "corpus" / "articles").is_dir():
        synth.make_corpus_project(project, arguments.size)
    pool.PARALLEL_FROM = sys.maxsize  # every article analysed here, in this process
    briefing = build(project / "corpus", Options(cache_dir=None, pages=False)).briefing
    articles, blocks = briefing.articles, briefing.blocks
    named = sentence_topics(briefing.mentions)
    differ_seconds, found = timed(
        lambda: find_disagreements(articles, blocks, named, briefing.facts, briefing.events), arguments.repeat
    )
    events_seconds, dated = timed(lambda: [article_events(a, blocks[a.id]) for a in articles], arguments.repeat)
    relations_seconds, relations = timed(lambda: find_relations(named, blocks), arguments.repeat)
    index_seconds, indexes = timed(
        lambda: (articles_by_topic(briefing.mentions_by_topic), topics_by_article(briefing.mentions_by_article)),
        arguments.repeat,
    )
    print(
        json.dumps(
            {
                "articles": len(articles),
                "find_disagreements_cpu_s": round(differ_seconds, 3),
                "events_pass_cpu_s": round(events_seconds, 3),
                "relations_cpu_s": round(relations_seconds, 3),
                "indexes_cpu_s": round(index_seconds, 3),
                "disagreements_digest": digest(found),
                "events_digest": digest(dated),
                "relations_digest": digest(relations),
                "indexes_digest": digest(indexes),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
