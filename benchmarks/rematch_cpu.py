"""What a codebook edit redoes for each article, part by part, in CPU seconds, for any revision.

    BRIEFING_PRODUCT=work/product/<commit> .venv/bin/python benchmarks/rematch_cpu.py CORPUS_DIR [--articles 300]

The articles' text is read first (a codebook edit finds it in the cache); then, best of 3 in one
process with the cycle collector off: the mentions (with a person's surname after the full name
and the short forms an article defines, where the revision has them, as `analyze_article` does),
the figures' topics (with the topics' cues, likewise), the statements (in revisions that have
them) and the spans mentions cover. BRIEFING_PRODUCT (a snapshot that run.snapshot_product made)
picks the revision; without it, the work tree's. drift.py uses the
numbers to split its "articles' results taken" between revisions whose analysis differs.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import child

child.use_snapshot()


def best_of(function: Callable[[], Any], times: int = 3) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(times):
        started = time.process_time()
        result = function()
        best = min(best, time.process_time() - started)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    aa = importlib.import_module("build_site.article_analysis")
    from build_site.loading import load_corpus
    from build_site.matcher import Matcher

    articles, topics, _ = load_corpus(args.corpus)
    articles = articles[: args.articles]
    try:  # the revisions with statements: the matcher knows who speaks
        kinds = importlib.import_module("build_site.kinds")
        model = importlib.import_module("build_site.model")
        matcher = Matcher(topics, actor_kinds=kinds.speaking_kinds(model.DEFAULT_KINDS))
        actors = aa.speakers(topics, model.DEFAULT_KINDS)
    except (ImportError, AttributeError):
        matcher, actors = Matcher(topics), None
    texts = [aa.read_article(article) for article in articles]
    gc.disable()
    parts: dict[str, float] = {}
    define = getattr(aa, "apply_definitions", None)  # short forms an article defines, where the revision has them
    whole = getattr(aa, "article_mentions", None)  # surnames after a full name, where the revision reads them

    def article_mentions(text: Any) -> tuple[Any, ...]:
        found = whole(text.blocks, matcher) if whole else [m for b in text.blocks for m in aa.find_mentions(b, matcher)]
        return tuple(define(text.blocks, found, matcher.places) if define else found)

    parts["mentions"], mentions = best_of(lambda: [article_mentions(text) for text in texts])
    pairs = list(zip(articles, texts, mentions, strict=True))
    if actors is not None:
        rules = (matcher.kinds, matcher.actors, matcher.sorts, matcher.heads, matcher.deeds)
        if hasattr(matcher, "cues"):  # the revisions whose topics have cues
            rules = (*rules, matcher.cues)
        parts["figures' topics"], _ = best_of(
            lambda: [aa.attach_topics(t.stated_facts, t.blocks, ms, *rules) for _, t, ms in pairs]
        )
        parts["statements"], _ = best_of(
            lambda: [aa.article_statements(a.id, t.blocks, ms, actors) for a, t, ms in pairs]
        )
    else:
        parts["figures' topics"], _ = best_of(
            lambda: [aa.attach_topics(t.stated_facts, t.blocks, aa.sentence_topics(ms)) for _, t, ms in pairs]
        )
    parts["spans mentions cover"], _ = best_of(
        lambda: [aa.covered_spans(t.sightings, t.blocks, ms) for _, t, ms in pairs]
    )
    for label, seconds in [*parts.items(), ("all", sum(parts.values()))]:
        print(f"| {label} | {seconds:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
