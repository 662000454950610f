"""The process pool (work/pool.py): the same results as one process, on the spawn start
method every OS has, and no process left however the build ends."""

from __future__ import annotations

import collections
import gc
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path

import pytest
from mkdocs import utils

from build_site.build import build_site
from build_site.loading import load_corpus
from build_site.model import Article, Briefing
from build_site.pipeline import Assembled, Build, Options
from build_site.trace import Tracer
from build_site.work import articles as articles_module
from build_site.work import pool
from build_site.work.articles import ArticleWork
from build_site.work.cache import ArticleCache
from tests.helpers import FIXTURE_CORPUS, ROOT, make_project, pages_of


def add(state: int, item: int) -> int:
    return state + item


def item_only(state: object, item: int) -> int:
    return item


def pid_of_worker(seconds: float, item: int) -> tuple[int, int]:
    time.sleep(seconds)  # so that every worker has started before the items run out
    return item, os.getpid()


def dies_in_a_worker(parent: int, item: int) -> int:
    """A worker killed (out of memory, say) on its first item."""
    if os.getpid() != parent:
        os._exit(1)
    return item


MADE_HERE: collections.Counter[int] = collections.Counter()  # in the build's process


def counted_here(parent: int, item: int) -> int:
    """Counts the items made in the build's process; a worker dies on its first."""
    if os.getpid() != parent:
        os._exit(1)
    MADE_HERE[item] += 1
    return item


def slow(seconds: float, item: int) -> int:
    time.sleep(seconds)
    return item


class Made:
    """A result that can be watched (weakref) for how long the build's process holds it."""

    def __init__(self, item: int) -> None:
        self.item = item


def made(seconds: float, item: int) -> Made:
    time.sleep(seconds)
    return Made(item)


def result_of(work: ArticleWork, article: Article) -> tuple[object, object]:
    result = work.result(article)
    return result.analysis, result.page


def test_the_pool_never_forks_the_build_and_keeps_the_order() -> None:
    """A fork server where the OS has one, else spawn: both safe beside threads (`mkdocs
    serve`); a fork of the build itself would not be."""
    has_server = "forkserver" in multiprocessing.get_all_start_methods()
    assert pool.START_METHOD == ("forkserver" if has_server else "spawn")
    items = list(range(200))
    with pool.parallel_map(pid_of_worker, 0.02, items, workers=2) as results:
        delivered = list(results)
    assert [item for item, _ in delivered] == items
    assert len({pid for _, pid in delivered} - {os.getpid()}) == 2  # the build takes chunks no worker took yet
    assert multiprocessing.active_children() == []


def test_workers_only_for_large_corpora() -> None:
    assert pool.worker_count(pool.PARALLEL_FROM - 1) == 1
    assert pool.worker_count(pool.PARALLEL_FROM) == min(pool.cores(), pool.MAX_WORKERS)
    with pool.parallel_map(pid_of_worker, 0, [1, 2]) as results:  # too few: here
        assert {pid for _, pid in results} == {os.getpid()}


def test_articles_made_in_the_pool_are_those_made_here(briefing: Briefing) -> None:
    """Each article's analysis and page, pickled there and back, in corpus order."""
    articles = list(briefing.articles) * 3  # more items than workers, so results must come back in order
    work = ArticleWork(briefing.topics, ArticleCache(None), pages=True)
    with pool.parallel_map(result_of, work, articles, workers=1) as results:
        alone = list(results)
    with pool.parallel_map(result_of, work, articles, workers=2) as results:
        shared = list(results)
    assert shared == alone
    pages = pages_of(briefing.articles, briefing.topics)
    assert [page for _, page in alone[: len(briefing.articles)]] == [pages[f"articles/{a.id}.md"] for a in briefing.articles]


def test_a_worker_that_dies_hands_the_work_back() -> None:
    """A worker killed must not end the build: what it did not deliver is made here."""
    with pool.parallel_map(add, 10, [1, 2, 3], workers=2) as results:
        assert list(results) == [11, 12, 13]
    with pool.parallel_map(dies_in_a_worker, os.getpid(), list(range(40)), workers=2) as results:
        assert list(results) == list(range(40))
    assert multiprocessing.active_children() == []


def test_a_system_without_process_pools_works_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the OS has no named semaphores (AWS Lambda, Android), the standard library's
    pool refuses to start; a large corpus is then analysed in this process, not a traceback."""
    from concurrent.futures import process

    monkeypatch.setattr(process, "_system_limits_checked", True)  # as its own check leaves them there
    monkeypatch.setattr(process, "_system_limited", "This Python build lacks multiprocessing.synchronize")
    with pool.parallel_map(add, 10, [1, 2, 3], workers=2) as results:
        assert list(results) == [11, 12, 13]


def test_a_pool_that_fails_leaves_each_item_made_here_once() -> None:
    """The chunks this process made while it waited for the workers are kept when the pool
    fails, not made again (an article made twice counts as reused from an earlier build)."""
    MADE_HERE.clear()
    items = list(range(200))
    with pool.parallel_map(counted_here, os.getpid(), items, workers=2) as results:
        assert list(results) == items
    assert sorted(MADE_HERE) == items
    assert [item for item, times in MADE_HERE.items() if times > 1] == []


def test_a_state_the_pool_cannot_take_is_worked_on_here() -> None:
    """Spawn pickles the state to start each worker. If that fails (or anything else stops
    the pool taking a chunk), the items are made here; the caller must not wait forever for
    a chunk that was never handed out."""
    items = list(range(100))
    delivered: list[int] = []

    def consume() -> None:
        with pool.parallel_map(item_only, threading.Lock(), items, workers=2) as results:  # a lock cannot be pickled
            delivered.extend(results)

    consumer = threading.Thread(target=consume, daemon=True)
    consumer.start()
    consumer.join(60)
    assert not consumer.is_alive(), "the caller waits for a chunk the pool never took"
    assert delivered == items


def test_a_result_delivered_is_let_go_while_the_pool_works() -> None:
    """Each article's page goes to MkDocs and is let go of: the pool must not keep every
    result it delivered until it closes, or memory grows with the corpus."""
    with pool.parallel_map(made, 0.01, list(range(400)), workers=2) as results:
        watched = []
        for result in results:
            watched.append(weakref.ref(result))
            del result
        gc.collect()
        assert len(watched) == 400
        assert sum(ref() is not None for ref in watched) == 0


def test_leaving_early_cancels_the_rest_and_leaves_no_process() -> None:
    """However the caller leaves (here Ctrl-C), the items not started are dropped: it waits
    for a chunk at most, not for the rest."""
    started = time.perf_counter()
    with pytest.raises(KeyboardInterrupt), pool.parallel_map(slow, 0.2, list(range(400)), workers=2) as results:
        next(results)
        raise KeyboardInterrupt
    # The whole would take 40 s on two workers; a chunk takes under 2 s, and the rest is
    # margin for starting fresh interpreters on a busy machine.
    assert time.perf_counter() - started < 25
    assert multiprocessing.active_children() == []


def test_a_process_that_ends_mid_work_waits_for_a_few_chunks_only(tmp_path: Path) -> None:
    """The build renders pages while the pool works, so the interpreter may end (an error or
    Ctrl-C under plain `mkdocs build`) with the pool still open: it then waits for the
    chunks queued, which the feed keeps to a few, not for every chunk."""
    script = tmp_path / "ends.py"
    script.write_text(
        "import contextlib\n"
        "from build_site.work import pool\n"
        "from tests.test_pool import slow\n"
        "if __name__ == '__main__':\n"
        "    open_pool = contextlib.ExitStack()\n"  # never closed: the interpreter just ends
        "    results = open_pool.enter_context(pool.parallel_map(slow, 0.2, list(range(400)), workers=2))\n"
        "    next(results)\n",
        encoding="utf-8",
    )
    started = time.perf_counter()
    ended = subprocess.run([sys.executable, str(script)], check=False, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                           capture_output=True, text=True, timeout=120)
    # Every chunk would take 40 s on two workers; the few queued (pool.AHEAD per worker, 1.6 s
    # each) take under 6 s, and the rest is margin for starting fresh interpreters on a busy machine.
    assert time.perf_counter() - started < 25, ended.stderr
    assert ended.returncode == 0 and "Traceback" not in ended.stderr, ended.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table from /proc")
def test_workers_end_when_the_process_that_started_them_is_killed(tmp_path: Path) -> None:
    """The build's process killed (the OOM killer, or SIGTERM under plain `mkdocs build`,
    which sets no handler) with the pool open: its workers end too, not wait forever."""
    script = tmp_path / "killed.py"
    script.write_text(
        "import multiprocessing, os, signal\n"
        "from build_site.work import pool\n"
        "from tests.test_pool import slow\n"
        "if __name__ == '__main__':\n"
        "    with pool.parallel_map(slow, 0.2, list(range(400)), workers=2) as results:\n"
        "        next(results)\n"
        "        print(*[child.pid for child in multiprocessing.active_children()], flush=True)\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n",
        encoding="utf-8",
    )
    printed = tmp_path / "workers.txt"  # not a pipe: a worker left behind would hold it open
    with printed.open("w") as out:
        killed = subprocess.run([sys.executable, str(script)], check=False, cwd=ROOT, stdout=out,
                                stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    workers = [int(pid) for pid in printed.read_text().split()]
    assert killed.returncode == -signal.SIGKILL and len(workers) == 2
    deadline = time.monotonic() + 10  # the chunks already queued take 5 s; a worker left waits forever
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:  # not to outlive the test
        os.kill(pid, signal.SIGKILL)
    assert left == []


def _running(pid: int) -> bool:
    """Whether the process exists and is not a zombie, read from /proc."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_an_article_page_comes_while_later_articles_are_still_analysed(monkeypatch: pytest.MonkeyPatch) -> None:
    """MkDocs renders an article's page as soon as its analysis is made; the Briefing is
    assembled when the first page drawing on the whole corpus is asked for, in one process
    or with the pool."""
    articles, topics, _ = load_corpus(FIXTURE_CORPUS)
    expected = pages_of(articles, topics)
    for parallel_from in (10_000, 1):  # one process, then the pool
        monkeypatch.setattr(pool, "PARALLEL_FROM", parallel_from)
        assembled: list[Assembled] = []
        built = Build(articles, topics, Options(), Tracer(), (), assembled.append)
        first = f"articles/{articles[0].id}.md"
        assert built.page(first) == expected[first]
        assert assembled == []  # the other articles are not all in yet
        assert built.page("index.md") == expected["index.md"]
        assert len(assembled) == 1 and assembled[0].briefing == built.briefing
        assert [built.page(f"articles/{a.id}.md") for a in articles[1:]] == [
            expected[f"articles/{a.id}.md"] for a in articles[1:]
        ]
        with pytest.raises(LookupError, match="rendered twice"):
            built.page(first)
        assert multiprocessing.active_children() == []


def test_a_build_that_fails_mid_render_leaves_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page that cannot be written while the pool still works: MkDocs reports the error,
    and the plugin ends the pool (`on_build_error`)."""
    monkeypatch.setattr(pool, "PARALLEL_FROM", 1)
    project = make_project(tmp_path / "project")
    write = utils.write_file

    def full_disk(content: bytes, output_path: str) -> None:
        if "/articles/" in output_path:
            raise OSError(28, "No space left on device", output_path)
        write(content, output_path)

    monkeypatch.setattr(utils, "write_file", full_disk)
    with pytest.raises(OSError, match="No space left"):
        _mkdocs_build(project, tmp_path / "site")
    assert multiprocessing.active_children() == []


def _mkdocs_build(project: Path, site: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))


def test_a_build_in_the_pool_makes_the_same_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Articles made here or in the pool, or read back from the cache: same pages, same index."""
    import shutil

    project = make_project(tmp_path / "project")
    _mkdocs_build(project, tmp_path / "here")
    shutil.rmtree(project / ".cache")
    monkeypatch.setattr(pool, "PARALLEL_FROM", 1)  # even 5 articles go to the pool
    pools: list[int] = []
    real_pool = pool.ProcessPoolExecutor
    monkeypatch.setattr(pool, "ProcessPoolExecutor", lambda *args, **kwargs: pools.append(1) or real_pool(*args, **kwargs))
    _mkdocs_build(project, tmp_path / "pool")
    assert pools == [1]

    def digest(site: Path) -> dict[str, bytes]:  # the sitemap's gzip header holds a time
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.suffix in (".html", ".json")}

    here = digest(tmp_path / "here")
    assert len(here) > 80 and digest(tmp_path / "pool") == here
    _mkdocs_build(project, tmp_path / "rebuilt")  # everything in the cache: no pool
    assert pools == [1] and digest(tmp_path / "rebuilt") == here


def test_a_build_interrupted_in_the_analysis_leaves_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the pool works: the build stops, no worker is left, the collector runs again."""
    monkeypatch.setattr(pool, "PARALLEL_FROM", 1)
    project = make_project(tmp_path / "project")

    def interrupted(self: ArticleWork, article: Article, result: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(articles_module.ArticleWork, "record", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_site(project / "mkdocs.yml", tmp_path / "site", quiet=True)
    assert multiprocessing.active_children() == []
    assert gc.isenabled()
    assert not (tmp_path / "site").exists()


ARTICLE = """---
title: Report {number}
publisher: Test Wire
published: 2024-01-{day:02d}
---

SEDENA and the Sinaloa Cartel were named in report {number}, which counted {number} seizures of fentanyl.

Officials of CBP met in Mexico City to discuss fuel theft, the Merida Initiative and report {number}.
"""


def _group_members(group: int) -> list[int]:
    """The processes of a process group, read from /proc."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


def _started_with_workers(tmp_path: Path, *command: str, output: int) -> subprocess.Popen[bytes]:
    """`python -m COMMAND -q -d SITE` on a large project, in a session of its own, once its
    workers run (the build and two workers in its process group)."""
    project = _large_project(tmp_path / "project")
    build = subprocess.Popen([sys.executable, "-m", *command, "-q", "-d", str(tmp_path / "site")],
                             cwd=project, start_new_session=True, stdout=output, stderr=output,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 60
    while len(_group_members(build.pid)) < 3 and build.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert build.poll() is None, "the build ended before its workers started"
    return build


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table from /proc")
def test_ctrl_c_stops_a_real_build_at_once_with_no_process_left(tmp_path: Path) -> None:
    """As in a terminal: SIGINT to the whole process group while the workers analyse. "At once"
    is measured against the machine's own pace: no longer than starting the build took (a busy
    machine slows both), and never over 5 s on a quiet one."""
    began = time.monotonic()
    build = _started_with_workers(tmp_path, "build_site", "build", output=subprocess.PIPE)
    startup = time.monotonic() - began
    os.killpg(build.pid, signal.SIGINT)
    sent = time.monotonic()
    _, stderr = build.communicate(timeout=30)
    assert time.monotonic() - sent < max(5.0, startup) and build.returncode != 0
    assert b"Traceback" not in stderr, stderr.decode()
    deadline = time.monotonic() + 5
    while _group_members(build.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _group_members(build.pid) == []
    assert not (tmp_path / "site").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table from /proc")
def test_sigterm_to_plain_mkdocs_build_leaves_no_process(tmp_path: Path) -> None:
    """`kill PID` of a plain `mkdocs build` while the workers analyse: MkDocs sets no handler,
    so the build's process ends at once; its workers must not be left behind."""
    build = _started_with_workers(tmp_path, "mkdocs", "build", output=subprocess.DEVNULL)
    build.terminate()
    assert build.wait(timeout=30) == -signal.SIGTERM
    deadline = time.monotonic() + 10
    while _group_members(build.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = _group_members(build.pid)
    if left:  # not to outlive the test
        os.killpg(build.pid, signal.SIGKILL)
    assert left == []


def _large_project(root: Path) -> Path:
    """A project with enough articles that the pool starts."""
    project = make_project(root, corpus=False)
    for number in range(pool.PARALLEL_FROM * 3):
        text = ARTICLE.format(number=number, day=number % 28 + 1)
        (project / "corpus" / "articles" / f"report-{number}.md").write_text(text, encoding="utf-8")
    return project
