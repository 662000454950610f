"""Work spread over the cores: one standard process pool, the same on every OS.

Workers are started with the `spawn` method, the only one every OS has and the only one
safe beside other threads (the server of `mkdocs serve`): each starts a fresh interpreter
and receives the shared state once, pickled, in its initializer. Items go out and results
come back by pickle, in order.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, TypeVar

log = logging.getLogger("mkdocs.plugins.briefing")
State = TypeVar("State")
Item = TypeVar("Item")
Result = TypeVar("Result")
# Items before workers pay: each starts a fresh interpreter and every result comes back by
# pickle. Kept from the measurement made for the earlier fork workers (benchmarks/RESULTS.md);
# not measured again since the pool starts them with spawn, which costs more per worker.
PARALLEL_FROM = 200
MAX_WORKERS = 8
CHUNK = 8  # items a worker is handed at a time, at most: what a Ctrl-C waits for
START_METHOD = "spawn"

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
    (and this one) when they pay. The work starts on entry, so the caller can do other work meanwhile; on
    exit, however it comes (Ctrl-C included), what was not started is cancelled and the
    workers are gone. `function` must be importable by name, `state` picklable.

    If the pool cannot start, or a worker dies (killed, say, out of memory), the items it did
    not deliver are done here."""
    workers = workers or worker_count(len(items))
    if workers < 2:
        yield (function(state, item) for item in items)
        return
    chunk = max(1, min(CHUNK, len(items) // (workers * 4)))
    parts = [items[start : start + chunk] for start in range(0, len(items), chunk)]
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context(START_METHOD),
        initializer=_start_worker,
        initargs=(function, state),
    )
    try:
        try:
            with _interrupts_held():  # the workers start on the first submits
                futures = [pool.submit(_run, part) for part in parts]
        except (BrokenProcessPool, OSError) as exc:
            log.info(f"briefing: could not start worker processes ({exc}); working in this one")
            futures = []
        yield _delivered(futures, parts, function, state)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C reaches the whole process group. A worker starts with SIGINT blocked (a mask
    survives the start of a new interpreter), so one caught starting up prints no traceback;
    the build gets a Ctrl-C pressed meanwhile as soon as the workers are started. As
    multiprocessing starts its own resource tracker."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _delivered(
    futures: list[Future[list[Any]]], parts: list[Sequence[Any]], function: Callable[[Any, Any], Any], state: Any
) -> Iterator[Any]:
    """The results in order. While the next chunk is not ready (the workers are starting, or
    busy), this process takes the last chunk no worker has taken yet: it would only wait, and
    what it makes needs no pickling."""
    made_here: dict[int, list[Any]] = {}
    last = len(parts) - 1  # the last chunk this process has not yet tried to take
    done = 0
    try:
        for index, future in enumerate(futures):
            while index not in made_here and not future.done() and last > index:
                if futures[last].cancel():
                    made_here[last] = [function(state, item) for item in parts[last]]
                last -= 1
            for result in made_here.pop(index) if index in made_here else future.result():
                yield result
                done += 1
    except (BrokenProcessPool, OSError) as exc:
        log.info(f"briefing: worker processes failed ({exc or type(exc).__name__}); working in this one")
    for item in [item for part in parts for item in part][done:]:
        yield function(state, item)


def _start_worker(function: Callable[[Any, Any], Any], state: Any) -> None:
    """In a worker. Ctrl-C reaches the whole process group: the build stops the pool, and the
    workers end without a traceback of their own (on Windows, where SIGINT is not blocked)."""
    global _task  # noqa: PLW0603 - one task per worker process
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _task = (function, state)


def _run(part: Sequence[Any]) -> list[Any]:
    assert _task is not None
    function, state = _task
    return [function(state, item) for item in part]
