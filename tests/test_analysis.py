"""The analysis engine on the real corpus, and on an article it has never seen."""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from build_site import plugin as plugin_module
from build_site import workers
from build_site.article_analysis import ArticleMatches, ArticleText
from build_site.article_work import ArticleWork, _made_in_worker, article_results
from build_site.cache import ArticleCache
from build_site.export import briefing_json
from build_site.loading import load_inputs
from build_site.model import Briefing
from build_site.pages import PageRenderer, render_pages
from build_site.workers import PARALLEL_FROM, fork_stream, worker_count
from tests.helpers import make_project, run_briefing


def fact(briefing: Briefing, text: str):  # type: ignore[no-untyped-def]
    return next(f for f in briefing.facts if f.text == text)


def test_facts_carry_their_sentence_and_topics(briefing: Briefing) -> None:
    established = next(f for f in briefing.facts if f.year == 2002)
    assert established.evidence.sentence.startswith("Established in 2002")
    assert "usnorthcom" in established.topics  # from its paragraph: the sentence says "it"
    assert established.topics_from_paragraph  # and the pages say so
    merida = next(f for f in briefing.facts if f.year == 2007 and "merida-initiative" in f.topics)
    assert "the Merida Initiative, introduced in 2007" in merida.evidence.sentence
    assert not merida.topics_from_paragraph
    murdered = fact(briefing, "33,341 people")
    assert (murdered.kind, murdered.value, murdered.year) == ("count", 33341.0, 2018)  # "During that year"
    assert fact(briefing, "33%").kind == "percent"
    assert fact(briefing, "nearly 2,000-mile").kind == "distance"


def test_every_quoted_sentence_is_verbatim_and_every_mention_inside_it(briefing: Briefing) -> None:
    bodies = {a.id: " ".join(a.body.split()) for a in briefing.articles}
    for mention in briefing.mentions:
        block = briefing.block(mention.article_id, mention.anchor)
        sentence = block.sentences[mention.sentence_index]
        assert sentence.start <= mention.start < mention.end <= sentence.end
        assert block.text[mention.start:mention.end] == mention.surface
        assert sentence.text in bodies[mention.article_id] or sentence.text in block.text
    for relation in briefing.relations:
        assert relation.weight == len(relation.evidence) == len({(e.article_id, e.anchor, e.sentence) for e in relation.evidence})


def test_briefing_json_has_the_promised_shape(briefing: Briefing) -> None:
    text = briefing_json(briefing)
    data = json.loads(text)
    # Written in parts, it reads as one compact document, inert if inlined (no "<").
    assert text == json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c") + "\n"
    assert set(data) == {"articles", "topics", "relations", "facts", "candidates"}
    article = data["articles"][0]
    assert {"id", "title", "url", "publisher", "author", "published", "type"} <= set(article)
    topic = next(t for t in data["topics"] if t["id"] == "fuel-theft")
    assert topic["kind"] == "threat" and topic["url"] == "threats/fuel-theft/"
    assert {"article", "anchor", "sentence"} <= set(topic["mentions"][0])
    assert {"source", "target", "weight"} <= set(data["relations"][0])
    assert {"text", "value", "year", "article", "anchor", "topics"} <= set(data["facts"][0])
    if data["candidates"]:
        assert {"text", "suggested_kind", "count", "articles", "example"} <= set(data["candidates"][0])
    assert all(t["kind"] in ("threat", "actor", "program", "challenge") for t in data["topics"])


UNSEEN = """---
title: Navy and Army step up the fight against huachicoleros
publisher: Test Wire
published: 2025-10-01
type: news
---

MEXICO CITY – President Sheinbaum's government said the Secretaria de Marina and SEDENA
seized stolen fuel from huachicoleros in Hidalgo, while the Merida Initiative's successor,
the Bicentennial Framework, funds new scanners.

Officials from the Financial Intelligence Unit (UIF) and Customs and Border Protection met
Gen. Francisco Jesús Leana Ojeda to discuss fentanyl precursors and the cartels' finances.
"""


def test_an_unseen_article_links_known_topics_and_reports_new_names(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "corpus" / "articles" / "unseen.md").write_text(UNSEEN, encoding="utf-8")
    (project / "corpus" / "articles" / "unseen-follow-up.md").write_text(
        "---\ntitle: Follow-up\n---\n\nGen. Francisco Jesús Leana Ojeda said the Bicentennial Framework works. "
        "Judge Maria Ortega heard the case.\n", encoding="utf-8")
    result, _ = load_inputs(project / "corpus")
    found = {result.topic(m.topic_id).id: m.surface for m in result.mentions_by_article["unseen"]}
    # other spellings: possessive, Spanish names, accents dropped, plural
    assert found["claudia-sheinbaum"] == "Sheinbaum's"
    assert found["merida-initiative"] == "Merida Initiative's"
    assert found["precursor-chemicals"] == "fentanyl precursors"  # the longer name wins
    assert found["mexican-cartels"] == "cartels'"
    assert "huachicoleros" in {m.surface for m in result.mentions_by_article["unseen"]}
    assert {"semar", "sedena"} <= set(found)
    candidates = {c.text for c in result.candidates if "unseen" in c.articles}
    assert {"Bicentennial Framework", "Financial Intelligence Unit (UIF)"} <= candidates  # a name and its acronym: one
    assert any("Leana Ojeda" in c for c in candidates)
    assert not any("Maria Ortega" in c.text for c in result.candidates)  # one article of many gives it
    check = run_briefing("check", cwd=project)
    assert check.returncode == 0 and "Bicentennial Framework" in check.stdout


def test_worker_processes_give_the_same_results_as_one_process(briefing: Briefing) -> None:
    """A first build of a large corpus reads its articles in worker processes while MkDocs
    renders (article_work.py): the analyses and pages must be those made here, in order."""
    articles = list(briefing.articles) * 3  # more items than workers, so results must come back in order
    work = ArticleWork(briefing.topics, ArticleCache(None), pages=True)
    alone = list(fork_stream(ArticleWork.result, work, articles, workers=1))
    shared = list(fork_stream(ArticleWork.result, work, articles, workers=2))
    assert [(r.analysis, r.page) for r in shared] == [(r.analysis, r.page) for r in alone]
    assert [r.analysis.blocks[0].article_id for r in shared] == [a.id for a in articles]
    assert all(r.seconds["parse and match"] > 0 and r.seconds["article pages"] > 0 for r in shared)
    pages = render_pages(briefing)
    assert all(r.page == pages[f"articles/{a.id}.md"] for a, r in zip(articles, alone))
    assert [r.analysis.mentions for r in alone[: len(briefing.articles)]] == [
        briefing.mentions_by_article[a.id] for a in briefing.articles]


def test_workers_start_before_the_first_result_is_asked_for(briefing: Briefing, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """They read ahead while MkDocs reads its pages and builds the nav, and stop after the last."""
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
    if worker_count(len(briefing.articles)) < 2:
        pytest.skip("one core, or no fork: articles are never read in workers here")
    results = article_results(ArticleWork(briefing.topics, ArticleCache(None), pages=True), list(briefing.articles))
    assert multiprocessing.active_children()
    assert [r.analysis.mentions for r in results] == [briefing.mentions_by_article[a.id] for a in briefing.articles]
    assert multiprocessing.active_children() == []


def test_workers_only_for_large_corpora_and_never_beside_other_threads() -> None:
    """A fork copies one thread; a lock held by another (a server's) would stay locked in the worker."""
    assert worker_count(PARALLEL_FROM - 1) == 1
    if threading.active_count() == 1:  # else a thread of another test (the browser's driver) is still running
        expected = min(len(os.sched_getaffinity(0)), 8) if sys.platform.startswith("linux") else 1
        assert worker_count(PARALLEL_FROM) == expected
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        assert worker_count(10 * PARALLEL_FROM) == 1
    finally:
        stop.set()
        server.join()


def test_a_worker_that_dies_hands_the_work_back() -> None:
    """A worker killed (out of memory, say) must not end the build: what it did not deliver
    is made here."""
    parent = os.getpid()
    assert workers.fork_map(lambda state, item: state + item, 10, [1, 2, 3], workers=2) == [11, 12, 13]
    in_worker_dies = workers.fork_stream(lambda state, item: item if os.getpid() == state else os._exit(1),
                                         parent, [1, 2, 3, 4], workers=2)
    assert list(in_worker_dies) == [1, 2, 3, 4]
    assert multiprocessing.active_children() == []


def test_a_stream_closed_early_stops_its_workers() -> None:
    """A build that fails mid-render closes the articles' stream: no worker goes on reading."""
    if not workers.fork_is_safe():
        pytest.skip("no fork here: nothing is read ahead")
    unstarted = workers.fork_stream(lambda state, item: time.sleep(state) or item, 0.05, list(range(200)), workers=2)
    assert multiprocessing.active_children()  # they start at once, before a result is asked for
    unstarted.close()
    assert multiprocessing.active_children() == [] and threading.active_count() == 1
    stream = workers.fork_stream(lambda state, item: time.sleep(state) or item, 0.05, list(range(200)), workers=2)
    assert next(stream) == 0
    assert multiprocessing.active_children()  # reading ahead
    started = time.perf_counter()
    stream.close()
    assert multiprocessing.active_children() == [] and threading.active_count() == 1
    assert time.perf_counter() - started < 5  # the pending items were cancelled, not made (200 x 0.05 s / 2)


def test_work_is_handed_out_a_window_ahead_of_what_was_taken(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A build stopped by Ctrl-C, which MkDocs does not tell plugins of, waits at exit for
    what its workers were handed: the articles' workers get STREAM_WINDOW chunks ahead, the
    corpus-wide pages' process (plugin.py) AHEAD pages, in order; here on one core; here again
    after the process dies."""
    if not workers.fork_is_safe():
        pytest.skip("no fork here: the pages are made when asked for")
    parent = os.getpid()
    handed_out: list[int] = []
    real_submit = workers.ProcessPoolExecutor.submit
    monkeypatch.setattr(workers.ProcessPoolExecutor, "submit",
                        lambda pool, function, part: handed_out.extend(part) or real_submit(pool, function, part))
    stream = workers.fork_ahead(lambda state, item: (item, os.getpid() != state), parent, list(range(50)))
    assert next(stream) == (0, True) and next(stream) == (1, True)
    assert handed_out == list(range(2 + workers.AHEAD))  # in order, and no further ahead
    stream.close()
    assert multiprocessing.active_children() == [] and threading.active_count() == 1
    handed_out.clear()
    articles = workers.fork_stream(lambda state, item: item, None, list(range(10_000)), workers=2)
    assert next(articles) == 0
    assert len(handed_out) == (workers.STREAM_WINDOW + 1) * workers.STREAM_CHUNK  # of 10,000
    articles.close()
    assert list(workers.fork_ahead(lambda state, item: item if os.getpid() == state else os._exit(1),
                                   parent, list(range(10)))) == list(range(10))  # the process died: made here
    monkeypatch.setattr(workers, "_cores", lambda: 1)
    handed_out.clear()
    assert list(workers.fork_ahead(lambda state, item: os.getpid() == state, parent, [1, 2])) == [True, True]
    assert handed_out == [] and multiprocessing.active_children() == []


def test_a_stream_is_done_once_every_result_is_made_not_only_once_taken() -> None:
    """The build draws the corpus as soon as the workers have read every article (plugin.py),
    while MkDocs still renders the articles' pages: the stream says when. Never of results
    made when asked for, nor while items are still to be handed out."""
    if worker_count(PARALLEL_FROM) < 2:
        pytest.skip("one core, or no fork: results are always made when asked for")
    squares = fork_stream(lambda state, item: item * item, None, list(range(40)), workers=2)
    assert next(squares) == 0
    for _ in range(3000):  # every chunk was handed out at once: the workers finish them unasked
        if squares.done():
            break
        time.sleep(0.01)
    assert squares.done() and list(squares) == [i * i for i in range(1, 40)]
    many = fork_stream(lambda state, item: item, None, list(range(10_000)), workers=2)
    assert next(many) == 0
    time.sleep(0.5)  # the window handed out is made by now; the rest is not handed out
    assert not many.done()
    many.close()
    here = fork_stream(lambda state, item: item, None, [1, 2], workers=1)
    assert not here.done() and list(here) == [1, 2] and not here.done()
    parent = os.getpid()
    dying = fork_stream(lambda state, item: os._exit(1) if item == 5 and os.getpid() != state else item, parent,
                        list(range(40)), workers=2)
    assert next(dying) == 0
    time.sleep(0.5)
    assert not dying.done()  # a worker died: the rest is made here, when asked for
    assert list(dying) == list(range(1, 40))


def test_a_rebuild_that_reads_cached_articles_here_is_never_done_early(briefing: Briefing, tmp_path: Path,
                                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Articles the cache has are read in the build's process when MkDocs reaches them: taking
    them all at once, as soon as the workers are done with the others, would hold every page."""
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
    if worker_count(2) < 2:
        pytest.skip("one core, or no fork: articles are never read in workers here")
    cache = ArticleCache(tmp_path / "cache")
    articles = list(briefing.articles)
    list(article_results(ArticleWork(briefing.topics, cache), articles[:3]))  # these three are cached
    results = article_results(ArticleWork(briefing.topics, cache), articles)  # the other two go to workers
    assert next(results).analysis.mentions == briefing.mentions_by_article[articles[0].id]
    time.sleep(1.0)  # the workers are done with their two
    assert not results.done()
    assert [r.analysis.mentions for r in results] == [briefing.mentions_by_article[a.id] for a in articles[1:]]


def test_a_forked_call_runs_in_another_process_and_reports_its_death() -> None:
    """The cache is written by a forked process while MkDocs renders (cache.py)."""
    if not workers.fork_is_safe():
        pytest.skip("no fork here: the cache is written in the build's own process")
    wait = workers.fork_call(lambda parent: (parent, os.getpid()), os.getpid())
    assert wait is not None
    parent, child = wait()
    assert parent == os.getpid() != child
    dying = workers.fork_call(lambda code: os._exit(code), 3)
    assert dying is not None
    with pytest.raises(ChildProcessError, match="exit code 3"):
        dying()
    slow = workers.fork_call(lambda seconds: time.sleep(seconds) or "written", 1.0)
    assert slow is not None
    time.sleep(0.2)
    for child in multiprocessing.active_children():  # Ctrl-C reaches the whole process group
        os.kill(child.pid, signal.SIGINT)
    assert slow() == "written"  # the build stops on its own; its writer does not print a traceback
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)  # as under `mkdocs serve`
    server.start()
    try:
        assert workers.fork_call(len, "abc") is None  # the caller writes the cache itself
    finally:
        stop.set()
        server.join()


def _mkdocs_build(project: Path, site: Path) -> None:
    """A real MkDocs build in this process, so a test can reach into the plugin."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))


def test_briefing_json_is_written_beside_the_render_and_by_the_build_if_its_process_dies(
    tmp_path: Path, monkeypatch, briefing: Briefing,  # type: ignore[no-untyped-def]
) -> None:
    """briefing.json is written by a forked process while MkDocs renders (plugin.py)."""
    if not workers.fork_is_safe():
        pytest.skip("no fork here: briefing.json is written by the build's own process")
    project = make_project(tmp_path / "project")
    expected = briefing_json(briefing)
    forked: list[tuple[object, Path]] = []
    monkeypatch.setattr(plugin_module, "fork_call", lambda function, argument: forked.append((function, argument[1]))
                        or workers.fork_call(function, argument))
    _mkdocs_build(project, tmp_path / "forked")
    assert [function for function, _ in forked] == [plugin_module._write_json]
    assert (tmp_path / "forked" / "briefing.json").read_text(encoding="utf-8") == expected
    monkeypatch.setattr(plugin_module, "fork_call", lambda function, argument: forked.append((None, argument[1]))
                        or workers.fork_call(lambda _: os._exit(9), argument))
    _mkdocs_build(project, tmp_path / "died")
    assert (tmp_path / "died" / "briefing.json").read_text(encoding="utf-8") == expected
    monkeypatch.setattr(plugin_module, "fork_call", lambda function, argument: None)  # no safe fork
    _mkdocs_build(project, tmp_path / "unforked")
    assert (tmp_path / "unforked" / "briefing.json").read_text(encoding="utf-8") == expected
    assert not any(temporary.exists() for _, temporary in forked)


def test_a_failed_build_collects_the_process_writing_briefing_json(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """It waits for the process (here one that writes, then lingers) and deletes its file."""
    from mkdocs.exceptions import Abort

    if not workers.fork_is_safe():
        pytest.skip("no fork here: briefing.json is written by the build's own process")
    temporaries: list[Path] = []

    def lingering(function, argument):  # type: ignore[no-untyped-def]
        temporaries.append(argument[1])
        return workers.fork_call(lambda arg: (function(arg), time.sleep(1.0)), argument)

    def fails_after_the_analysis(self, output, page, config):  # type: ignore[no-untyped-def]
        if self.briefing is not None:  # briefing.json has been started
            raise RuntimeError("a page that cannot be rendered")
        return output

    monkeypatch.setattr(plugin_module, "fork_call", lingering)
    monkeypatch.setattr(plugin_module.BriefingPlugin, "on_post_page", fails_after_the_analysis)
    with pytest.raises((Abort, RuntimeError)):
        _mkdocs_build(make_project(tmp_path / "project"), tmp_path / "site")
    assert len(temporaries) == 1 and not temporaries[0].exists()
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "site" / "briefing.json").exists()


def test_a_build_reading_its_articles_in_workers_makes_the_same_site(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The two ways a build reads its articles while MkDocs renders: here, each when MkDocs
    reaches its page, or in workers working ahead (plugin.py); and the two ways it makes the
    other pages, here or in a process working ahead. Same pages, same index. Only articles the
    cache has no text of go to workers."""
    import shutil

    if worker_count(PARALLEL_FROM) < 2:
        pytest.skip("one core, or no fork: articles are never read in workers here")
    project = make_project(tmp_path / "project")
    with monkeypatch.context() as no_fork:  # everything in this process: articles, other pages, briefing.json
        no_fork.setattr(workers, "fork_is_safe", lambda: False)
        no_fork.setattr(plugin_module, "fork_is_safe", lambda: False)
        _mkdocs_build(project, tmp_path / "here")
    shutil.rmtree(project / ".cache")
    pools: list[object] = []  # what each pool of worker processes was started for
    real_pool = workers.ProcessPoolExecutor
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)  # even 5 articles go to workers
    monkeypatch.setattr(workers, "ProcessPoolExecutor",
                        lambda *args, **kwargs: pools.append(workers._task[0]) or real_pool(*args, **kwargs))
    _mkdocs_build(project, tmp_path / "workers")
    assert pools == [_made_in_worker, PageRenderer.corpus_page]  # the articles, then the other pages

    def digest(site: Path) -> dict[str, bytes]:  # the sitemap's gzip header holds a time
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.suffix in (".html", ".json")}

    here, there = digest(tmp_path / "here"), digest(tmp_path / "workers")
    assert len(here) > 80 and here == there
    pools.clear()
    _mkdocs_build(project, tmp_path / "rebuilt")  # every text in the cache: read here, no worker started
    assert pools == [PageRenderer.corpus_page] and digest(tmp_path / "rebuilt") == here


def test_a_worker_that_dies_does_not_turn_this_builds_work_into_reuse(briefing: Briefing, tmp_path: Path,
                                                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The build remakes what a dead worker did not deliver, and finds there the entries the
    workers wrote: the summary must still count a first build's reads as misses."""
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
    if worker_count(len(briefing.articles)) < 2:
        pytest.skip("one core, or no fork: articles are never read in workers here")
    parent, first, real = os.getpid(), briefing.articles[0].id, ArticleWork.result

    def dies_in_a_worker(self, article, page_key=""):  # type: ignore[no-untyped-def]
        if os.getpid() != parent and article.id == first:
            time.sleep(1.0)  # meanwhile the other worker makes (and writes) the rest, which the pool then drops
            os._exit(9)
        return real(self, article, page_key)

    monkeypatch.setattr(ArticleWork, "result", dies_in_a_worker)
    cache = ArticleCache(tmp_path / "cache")
    work = ArticleWork(briefing.topics, cache, pages=True)
    articles = list(briefing.articles)
    results = list(article_results(work, articles))
    for article, result in zip(articles, results):
        work.record(article, result)
    assert [r.analysis.mentions for r in results] == [briefing.mentions_by_article[a.id] for a in articles]
    assert cache.missed[ArticleText] == cache.missed[ArticleMatches] == len(articles)


@pytest.mark.parametrize("stop", ["fails before the first article page", "is interrupted mid-render",
                                  "is interrupted among the corpus-wide pages"])
def test_a_build_that_stops_early_stops_its_workers(tmp_path: Path, monkeypatch, stop: str) -> None:  # type: ignore[no-untyped-def]
    """MkDocs tells plugins of a failure (`on_build_error`), not of Ctrl-C: `briefing build` does."""
    import gc

    from build_site.build import build_site

    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
    if worker_count(5) < 2:
        pytest.skip("one core, or no fork: articles are never read in workers here")
    project = make_project(tmp_path / "project")
    if stop.startswith("fails"):
        def raises(self, nav, config, files):  # type: ignore[no-untyped-def]
            raise RuntimeError("another plugin fails")
        monkeypatch.setattr(plugin_module.BriefingPlugin, "on_nav", raises, raising=False)
        with pytest.raises(RuntimeError):
            build_site(project / "mkdocs.yml", tmp_path / "site", quiet=True)
    else:
        method = "_take_articles" if stop.endswith("mid-render") else "_take_corpus_pages"
        real = getattr(plugin_module.BriefingPlugin, method)
        calls = []

        def interrupted(self, until=None):  # type: ignore[no-untyped-def]
            calls.append(until)
            if len(calls) > 1:  # one article, or one corpus-wide page, is in
                raise KeyboardInterrupt
            real(self, until)

        monkeypatch.setattr(plugin_module.BriefingPlugin, method, interrupted)
        with pytest.raises(KeyboardInterrupt):
            build_site(project / "mkdocs.yml", tmp_path / "site", quiet=True)
    assert multiprocessing.active_children() == [] and threading.active_count() == 1
    assert gc.isenabled()
    assert not (tmp_path / "site").exists()
