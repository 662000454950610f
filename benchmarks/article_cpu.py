"""CPU seconds of each article's work, serially and step by step, outside MkDocs.

    python benchmarks/article_cpu.py PROJECT_DIR [--repeat 3] [--profile 25] [--digest]
    python benchmarks/article_cpu.py --real [--repeat 3] [--profile 25] [--digest]

What a worker does for an article that is in no cache: `ArticleWork.result`, the very call a
worker makes (work/articles.py), with a cache that has nothing and keeps nothing, so no file
is read or written. Its steps are timed where the worker's code calls them (each step's
function is wrapped in the module that calls it), with the process's CPU time
(`time.process_time`), which other work on a shared machine does not inflate as it does wall
time; a step's own time leaves out the steps it calls. Prints, per step, the median of
`--repeat` runs; "the rest" is what `result` spends outside the steps (keys, records).
`--profile N` adds a cProfile (CPU time) of one more run, top N functions by internal time;
`--digest` prints a hash of every analysis, page, search copy and briefing.json entry, which
must not change when only the speed does. `--real` runs on real text instead of a synthetic
project: the shipped corpus and every subject's texts in evaluation/ (every split), each with
its own codebook, and the statement texts of evaluation/said/ (the synthetic articles repeat a
small corpus's paragraphs, so they can mislead).
BRIEFING_PRODUCT (a snapshot that run.snapshot_product made) picks the revision measured.
"""

from __future__ import annotations

import cProfile
import hashlib
import importlib
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import child

child.use_snapshot()  # BRIEFING_PRODUCT picks the revision, as in rematch_cpu.py

from build_site.codebook import load_codebook
from build_site.corpus import load_articles
from build_site.loading import load_corpus
from build_site.model import DEFAULT_KINDS, Article, Kind, Topic
from build_site.work.articles import ArticleWork
from build_site.work.cache import ArticleCache

ROOT = Path(__file__).resolve().parent.parent

# (module, function name as that module calls it, the step it is counted in). A name a
# revision does not have is skipped, so older snapshots can be measured too.
STEPS = [
    ("build_site.article_analysis", "parse_blocks", "sentences (parse_blocks)"),
    ("build_site.article_analysis", "stated_facts", "facts (stated_facts)"),
    ("build_site.article_analysis", "article_sightings", "candidates' sightings"),
    ("build_site.article_analysis", "article_events", "events"),
    ("build_site.article_analysis", "article_mentions", "matching (find, surnames)"),
    ("build_site.article_analysis", "apply_definitions", "matching: definitions"),
    ("build_site.article_analysis", "attach_topics", "facts' topics (attach_topics)"),
    ("build_site.article_analysis", "covered_spans", "candidates' covered spans"),
    ("build_site.article_analysis", "article_statements", "statements"),
    ("build_site.work.articles", "article_page", "page (article_page)"),
    ("build_site.pages", "search_html", "search copy (search_html)"),
    ("build_site.pages", "page_sections", "search sections (page_sections)"),
    ("build_site.work.articles", "article_mentions", "mentions for briefing.json"),
]

Corpus = tuple[list[Article], list[Topic], tuple[Kind, ...]]


class StepTimer:
    """Each step's own CPU seconds: a step called inside another is taken out of the outer one."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._inner: list[float] = []  # per open step, the time its inner steps took

    def wrap(self, name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            self._inner.append(0.0)
            try:
                return call(*args, **kwargs)
            finally:
                elapsed = time.process_time() - started
                inner = self._inner.pop()
                self.seconds[name] += elapsed - inner
                if self._inner:
                    self._inner[-1] += elapsed

        timed.__wrapped__ = call  # type: ignore[attr-defined]
        return timed


TIMER = StepTimer()


def instrument() -> None:
    """Wrap every step where the worker's code calls it, once."""
    for module_name, function, step in STEPS:
        module = importlib.import_module(module_name)
        call = getattr(module, function, None)
        if call is not None and not hasattr(call, "__wrapped__"):
            setattr(module, function, TIMER.wrap(step, call))


def real_corpora() -> list[Corpus]:
    """The shipped corpus; each subject's texts in evaluation/, every split, with its codebook; and
    the statement texts of evaluation/said/ with the shipped codebook (their lists name speakers
    only). Real names and prose: passes that grow with distinct names show here."""
    sys.path.insert(0, str(ROOT))
    from evaluation.run import codebook_dir, subject_kinds  # noqa: PLC0415 (a script of the repository, not the package)

    articles, topics, _ = load_corpus(ROOT / "corpus")
    corpora: list[Corpus] = [(articles, topics, DEFAULT_KINDS)]
    for folder in sorted((ROOT / "evaluation" / "texts").iterdir()):
        kinds = subject_kinds(folder.name)
        codebook, _ = load_codebook(codebook_dir(folder.name), kinds=kinds)
        for split in sorted(path for path in folder.iterdir() if path.is_dir()):
            texts, _ = load_articles(split)
            corpora.append((texts, codebook, kinds))
    said, _ = load_articles(ROOT / "evaluation" / "said" / "texts")  # their "subject" key only warns
    corpora.append((said, topics, DEFAULT_KINDS))
    return corpora


def worker(topics: list[Topic], kinds: tuple[Kind, ...]) -> ArticleWork:
    """What a worker of a build with Material's search holds: pages and their search copies
    asked for, and a cache with nothing in it that keeps nothing."""
    return ArticleWork(topics, ArticleCache(None), pages=True, kinds=kinds, search_copies=True)


def all_runs(corpora: list[Corpus], digest: Any = None) -> dict[str, float]:
    """CPU seconds per step, summed over every corpus."""
    TIMER.seconds.clear()
    total = 0.0
    for articles, topics, kinds in corpora:
        work = worker(topics, kinds)  # made once per process in a build, so not timed
        started = time.process_time()
        for article in articles:
            result = work.result(article)
            if digest is not None:
                digest.update(repr((result.analysis, result.page, result.mentions)).encode())
        total += time.process_time() - started
    seconds = dict(TIMER.seconds)
    seconds["the rest"] = total - sum(seconds.values())
    seconds["total"] = total
    return seconds


def main() -> int:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    if "--real" in sys.argv:
        corpora = real_corpora()
    else:
        articles, topics, _ = load_corpus(Path(sys.argv[1]).resolve() / "corpus")
        corpora = [(articles, topics, DEFAULT_KINDS)]
    instrument()
    if "--digest" in sys.argv:
        digest = hashlib.sha256()
        all_runs(corpora, digest)
        print(f"digest {digest.hexdigest()}")
    runs = [all_runs(corpora) for _ in range(repeat)]
    count = sum(len(articles) for articles, _, _ in corpora)
    print(f"{count} articles, CPU seconds, median of {repeat} runs")
    for name in sorted(runs[-1], key=lambda n: (n == "total", -statistics.median(r.get(n, 0.0) for r in runs))):
        values = [run.get(name, 0.0) for run in runs]
        print(f"  {name:32} {statistics.median(values):7.3f}   ({', '.join(f'{v:.3f}' for v in values)})")
    if "--profile" in sys.argv:
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        all_runs(corpora)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(int(sys.argv[sys.argv.index("--profile") + 1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
