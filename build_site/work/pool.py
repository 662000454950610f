"""Work spread over the cores: one standard process pool, the same on every OS.

Where the OS has one (Linux, macOS), workers are forked from a fork server: a process of
its own, single-threaded and so safe to fork beside the build's threads (the server of
`mkdocs serve`), that imports the work's module once, so a worker starts without importing
anything. Elsewhere (Windows) each worker is a fresh interpreter (`spawn`). Either way a
worker receives the shared state once, pickled, in its initializer, and needs nothing the
build's process holds. Items go out and results come back by pickle, in order.

The work may run on while the caller does other things (the build renders pages meanwhile),
so the chunks are handed to the pool a few at a time by a thread of their own: however the
process ends, even without leaving `parallel_map` (an interpreter that exits joins the
pool's queue), it waits for those few chunks only.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, TypeVar

log = logging.getLogger("mkdocs.plugins.briefing")
State = TypeVar("State")
Item = TypeVar("Item")
Result = TypeVar("Result")
# Items before workers pay: every result comes back by pickle. Kept from the measurement made
# for the earlier fork workers (benchmarks/RESULTS.md).
PARALLEL_FROM = 200
MAX_WORKERS = 8
CHUNK = 8  # items a worker is handed at a time, at most
AHEAD = 3  # chunks queued per worker: enough that none waits for the next, all a stop waits for
START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"

_task: tuple[Callable[[Any, Any], Any], Any] | None = None  # in a worker: what it runs, on what


def cores() -> int:
    """The cores this process may use (not a container's CPU quota)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def worker_count(items: int) -> int:
    """How many processes to share `items` between: 1 unless it pays."""
    return 1 if items < PARALLEL_FROM else min(cores(), MAX_WORKERS)


@contextmanager
def parallel_map(
    function: Callable[[State, Item], Result], state: State, items: Sequence[Item], workers: int | None = None
) -> Iterator[Iterator[Result]]:
    """`function(state, item)` for every item, in order, as an iterator; in worker processes
    (and this one) when they pay. The work starts on entry, so the caller can do other work
    meanwhile; on exit, however it comes (Ctrl-C included), what was not started is dropped
    and the workers are gone. `function` must be importable by name, `state` picklable.

    If the pool cannot start, or a worker dies (killed, say, out of memory), the items it did
    not deliver are done here."""
    workers = workers or worker_count(len(items))
    if workers < 2:
        yield (function(state, item) for item in items)
        return
    chunk = max(1, min(CHUNK, len(items) // (workers * 4)))
    parts = [items[start : start + chunk] for start in range(0, len(items), chunk)]
    context = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":  # imported once, by the server (once per process: its first pool's)
        context.set_forkserver_preload(["__main__", function.__module__])
    try:
        pool = ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(function, state),
        )
    except (NotImplementedError, OSError) as exc:  # no working named semaphores (AWS Lambda, Android, iOS)
        log.info(f"briefing: could not start worker processes ({exc}); working in this one")
        yield (function(state, item) for item in items)
        return
    feed = _Feed(pool, parts, ahead=workers * AHEAD)
    try:
        yield _delivered(feed, parts, function, state)
    finally:
        feed.stop()
        pool.shutdown(wait=True, cancel_futures=True)


class _Feed:
    """Hands the chunks to the pool in order, at most `ahead` queued at a time, from a thread
    of its own. The chunks at the end it has not handed out yet are this process's to take
    (`take_last`) when it would otherwise wait."""

    def __init__(self, pool: ProcessPoolExecutor, parts: Sequence[Sequence[Any]], ahead: int) -> None:
        self.futures: list[Future[list[Any]] | None] = []  # None: delivered, its results the caller's
        self.end = len(parts)  # chunks from here on are taken by this process
        self.failure: BaseException | None = None
        self._pool, self._parts = pool, parts
        self._handing = 0  # chunks before this one are handed out, or being handed
        self._changed = threading.Condition()
        self._room = threading.Semaphore(ahead)
        self._stopped = False
        threading.Thread(target=self._hand_out, name="briefing-feed", daemon=True).start()

    def _hand_out(self) -> None:
        _hold_interrupts()  # the workers start from this thread, and inherit its signal mask
        try:
            while self._hand_out_next():
                pass
        except Exception as exc:  # noqa: BLE001 - a pool that cannot take a chunk: this process makes the rest
            self.failure = exc  # RuntimeError: the interpreter is ending; TypeError: a state that cannot be pickled
        finally:  # stopped however the thread ends, so that no caller waits for a chunk it will not hand out
            self._stop_feeding()

    def _hand_out_next(self) -> bool:
        """Hand the next chunk to the pool once there is room; False once there is none to hand out."""
        self._room.acquire()
        with self._changed:
            if self._stopped or self._handing >= self.end:
                return False
            part = self._parts[self._handing]
            self._handing += 1
        future = self._pool.submit(_run, part)  # unlocked: handing out the first chunks waits for the workers to start
        future.add_done_callback(lambda _: self._room.release())
        with self._changed:
            self.futures.append(future)
            self._changed.notify_all()
        return True

    def _stop_feeding(self) -> None:
        with self._changed:
            self._stopped = True
            self._changed.notify_all()

    def future(self, index: int, wait: bool) -> Future[list[Any]] | None:
        """The chunk's future once handed out; None if it is this process's, was delivered
        (`let_go`), or will never be handed out (or, without `wait`, not yet)."""
        with self._changed:
            while wait and index >= len(self.futures) and index < self.end and not self._stopped:
                self._changed.wait()
            return self.futures[index] if index < len(self.futures) else None

    def take_last(self, after: int) -> int | None:
        """The last chunk not handed out, if it lies after `after`: now this process's."""
        with self._changed:
            if self.end - 1 > after and self.end > self._handing:
                self.end -= 1
                return self.end
            return None

    def let_go(self, index: int) -> None:
        """The chunk's results are the caller's now. Held here, every result (an article's
        page) would stay in memory until the pool closes."""
        with self._changed:
            self.futures[index] = None

    def stop(self) -> None:
        self._stop_feeding()
        self._room.release()  # wakes the thread if it waits for room


def _hold_interrupts() -> None:
    """Ctrl-C reaches the whole process group. A worker starts with SIGINT blocked (this
    thread starts the fork server or every spawned worker, and a mask survives a fork and the
    start of a new interpreter), so one caught starting up prints no traceback; Python runs
    signal handlers in the main thread, which still gets it. Windows has no signal masks."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def _delivered(
    feed: _Feed, parts: Sequence[Sequence[Any]], function: Callable[[Any, Any], Any], state: Any
) -> Iterator[Any]:
    """The results in order. Once the pool fails, every chunk it did not deliver is made here,
    each once: those this process already made while it waited are kept."""
    made_here: dict[int, list[Any]] = {}
    pool_failed = False
    for index, part in enumerate(parts):
        results = made_here.pop(index, None)
        if results is None and not pool_failed:
            try:
                results = _from_pool(feed, parts, index, made_here, function, state)
            except (BrokenProcessPool, OSError) as exc:
                log.info(f"briefing: worker processes failed ({exc or type(exc).__name__}); working in this one")
                pool_failed = True
        if results is None:
            results = [function(state, item) for item in part]
        yield from results


def _from_pool(
    feed: _Feed,
    parts: Sequence[Sequence[Any]],
    index: int,
    made_here: dict[int, list[Any]],
    function: Callable[[Any, Any], Any],
    state: Any,
) -> list[Any]:
    """Chunk `index` as the pool delivers it. While it is not ready (the workers are starting,
    or busy), this process makes the last chunk no worker has, into `made_here`: it would only
    wait, and what it makes needs no pickling."""
    while True:
        future = feed.future(index, wait=False)
        if future is not None and future.done():
            break
        last = feed.take_last(after=index)
        if last is None:
            future = future or feed.future(index, wait=True)
            break
        made_here[last] = [function(state, item) for item in parts[last]]
    if future is None:  # the feed stopped before this chunk: the pool could not take it
        raise BrokenProcessPool(str(feed.failure or "the pool stopped"))
    results: list[Any] = future.result()
    feed.let_go(index)
    return results


def _start_worker(function: Callable[[Any, Any], Any], state: Any) -> None:
    """In a worker. Ctrl-C reaches the whole process group: the build stops the pool, and the
    workers end without a traceback of their own (on Windows, where SIGINT is not blocked)."""
    global _task  # noqa: PLW0603 - one task per worker process
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _task = (function, state)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with_parent, args=(parent.sentinel,), name="briefing-parent", daemon=True).start()


def _end_with_parent(sentinel: int) -> None:
    """In a worker: end as soon as the build's process is gone (killed, or SIGTERM under plain
    `mkdocs build`, which has no handler to stop the pool). Nothing would read the results,
    and the worker holds both ends of its queue, so it would wait for the next chunk forever."""
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def _run(part: Sequence[Any]) -> list[Any]:
    assert _task is not None
    function, state = _task
    return [function(state, item) for item in part]
