"""Work spread over the cores: the articles of a first build of a large corpus, and the
pages that draw on the whole corpus, made ahead of MkDocs' render of them.

Workers are forked: they start with the parent's memory (the matcher, the compiled
templates, the site's files), so only the items go out and only the results come back by
pickle.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

log = logging.getLogger("mkdocs.plugins.briefing")
State, Item, Result = TypeVar("State"), TypeVar("Item"), TypeVar("Result")
# Items before workers pay: starting them and sending every result back by pickle has a
# cost, and 200 articles take only ~2 s in one process.
PARALLEL_FROM = 200
MAX_WORKERS = 8
STREAM_CHUNK = 8  # items a worker is handed at a time, at most
# Chunks handed out ahead of the caller, at most: enough for the workers to keep busy while
# MkDocs reads its pages before the first article's (~2 s), few enough that a build stopped
# by Ctrl-C waits ~2 s at exit for them.
STREAM_WINDOW = 48
AHEAD = 16  # items handed out ahead of the caller by `fork_ahead`: ~0.2 s of corpus-wide pages

_task: tuple[Callable[[Any, Any], Any], Any] | None = None  # what the forked workers run, on what


def worker_count(items: int) -> int:
    """How many processes to share `items` between: 1 unless it pays and forking is safe.

    A fork copies only the calling thread, so a lock another thread holds would stay locked
    in the worker: only a single-threaded process forks (a `briefing build`, the first build
    of `mkdocs serve`; its rebuilds run beside the server's threads and mostly hit the cache).
    Counts the cores this process may use (not a container's CPU quota).
    """
    if items < PARALLEL_FROM or not fork_is_safe():
        return 1
    return min(_cores(), MAX_WORKERS)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def fork_is_safe() -> bool:
    """Linux (macOS has fork, but its system libraries are not fork-safe), one thread."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def fork_map(function: Callable[[State, Item], Result], state: State, items: Sequence[Item],
             workers: int | None = None) -> list[Result]:
    """`function(state, item)` for every item, in order, in worker processes when they pay
    and are safe (else here)."""
    return list(fork_stream(function, state, items, workers))


class Stream(Iterator[Result]):
    """Results in order, and a `close` that stops the work behind them whether or not a
    result was taken (a generator's own `close` runs nothing if it never started)."""

    def __init__(self, results: Generator[Result, None, None], stop: Callable[[], None] | None = None,
                 done: Callable[[], bool] | None = None) -> None:
        self._results, self._stop, self._done = results, stop, done

    def __next__(self) -> Result:
        return next(self._results)

    def done(self) -> bool:
        """Whether every result is made, so taking the rest costs no waiting; never true of
        results made only when asked for."""
        return self._done is not None and self._done()

    def close(self) -> None:
        self._results.close()
        if self._stop is not None:
            self._stop()


def fork_stream(function: Callable[[State, Item], Result], state: State, items: Sequence[Item],
                workers: int | None = None) -> Stream[Result]:
    """`function(state, item)` for every item, in order, as the caller asks for them.

    In worker processes when they pay and are safe: they start here and work ahead while
    the caller does something else with the results before. Otherwise, or from the first
    result a failed worker (killed, say, out of memory) did not deliver, each is made here
    when it is asked for. The workers stop when the caller has taken every result, or
    closes the stream.
    """
    workers = workers or worker_count(len(items))
    if workers < 2:
        return Stream(_here(function, state, items))
    # Small chunks: the caller uses the first results while the workers make the next ones.
    chunk = max(1, min(len(items) // (workers * 8), STREAM_CHUNK))
    return _windowed(function, state, items, workers, chunk, window=STREAM_WINDOW)


def fork_ahead(function: Callable[[State, Item], Result], state: State, items: Sequence[Item]) -> Stream[Result]:
    """`function(state, item)` for every item, in order, made by one forked process a few items
    ahead of a caller that is busy with each result in turn (MkDocs rendering the page before):
    the two overlap. Made here, when asked for, on one core or where forking is not safe."""
    if not fork_is_safe() or _cores() < 2:
        return Stream(_here(function, state, items))
    return _windowed(function, state, items, workers=1, chunk=1, window=AHEAD)


def _windowed(function: Callable[[State, Item], Result], state: State, items: Sequence[Item],
              workers: int, chunk: int, window: int) -> Stream[Result]:
    """The items in chunks, handed out to the workers no more than `window` chunks ahead of the
    caller. A build stopped by Ctrl-C, which MkDocs does not tell its plugins of, waits at exit
    for the chunks handed out: only those, not all the rest."""
    global _task  # noqa: PLW0603 - set before the fork, so every worker starts with it
    _task = (function, state)
    chunks = [items[start : start + chunk] for start in range(0, len(items), chunk)]
    pool: ProcessPoolExecutor | None = None
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_ignore_interrupts)
        handout = _Handout(pool, chunks, window)  # the first chunk forks the workers
    except (BrokenProcessPool, OSError) as exc:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        log.info(f"briefing: could not start worker processes ({exc or type(exc).__name__}); working in this one")
        return Stream(_here(function, state, items))
    finally:
        _task = None  # the workers have their copy
    return Stream(_delivered(handout, function, state, items),
                  stop=lambda: pool.shutdown(wait=True, cancel_futures=True), done=handout.done)


class _Handout:
    """Chunks handed to the pool in order, no more than `window` ahead of those taken."""

    def __init__(self, pool: ProcessPoolExecutor, chunks: list[Sequence[Any]], window: int) -> None:
        self.pool, self.chunks = pool, chunks
        self.pending: deque[Future[list[Any]]] = deque(pool.submit(_run, part) for part in chunks[:window])
        self.handed = len(self.pending)

    def take(self) -> list[Any]:
        """The results of the oldest chunk handed out (waiting for them), handing out the next."""
        results = self.pending.popleft().result()
        if self.handed < len(self.chunks):
            self.pending.append(self.pool.submit(_run, self.chunks[self.handed]))
            self.handed += 1
        return results

    def done(self) -> bool:
        """Every chunk handed out and made; not if a worker failed (the rest is then made here)."""
        return self.handed == len(self.chunks) and all(
            future.done() and not future.cancelled() and future.exception() is None for future in self.pending)


def _ignore_interrupts() -> None:
    """In a worker. Ctrl-C reaches the whole process group: the build stops its workers
    (`Stream.close`), and they end without a traceback of their own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _here(function: Callable[[State, Item], Result], state: State,
          items: Sequence[Item]) -> Generator[Result, None, None]:
    for item in items:
        yield function(state, item)


def _delivered(handout: _Handout, function: Callable[[State, Item], Result], state: State,
               items: Sequence[Item]) -> Generator[Result, None, None]:
    done = 0  # results delivered
    try:
        while handout.pending:
            for result in handout.take():
                yield result
                done += 1
    except (BrokenProcessPool, OSError) as exc:
        log.info(f"briefing: worker processes failed ({exc or type(exc).__name__}); working in this one")
    finally:
        handout.pool.shutdown(wait=True, cancel_futures=True)
    yield from _here(function, state, items[done:])


def _run(part: Sequence[Any]) -> list[Any]:
    assert _task is not None
    function, state = _task
    return [function(state, item) for item in part]


def fork_call(function: Callable[[Item], Result], argument: Item) -> Callable[[], Result] | None:
    """Start `function(argument)` in a forked process, which inherits `argument` (nothing is
    pickled on the way out); returns a `wait` that gives its result, or raises
    ChildProcessError if the process died. None when forking is not safe here: the caller
    then calls `function` itself."""
    if not fork_is_safe():
        return None
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_call_and_send, args=(function, argument, sender), daemon=True)
    try:
        process.start()
    except OSError as exc:
        log.info(f"briefing: could not start a process ({exc}); working in this one")
        return None
    finally:
        sender.close()  # the child holds its own copy

    def wait() -> Result:
        try:
            result: Result = receiver.recv()
        except (EOFError, OSError):
            process.join()  # the pipe closes before the process is reaped: join, then read its code
            raise ChildProcessError(f"the process ended with exit code {process.exitcode}") from None
        finally:
            receiver.close()
            process.join()
        return result

    return wait


def _call_and_send(function: Callable[[Any], Any], argument: Any, sender: Any) -> None:
    """In the child. Ctrl-C reaches the whole process group: the parent stops the build, and
    the child ends quietly instead of printing a traceback of its own."""
    _ignore_interrupts()
    try:
        sender.send(function(argument))
        sender.close()
    except BaseException:  # noqa: BLE001 - the parent sees the closed pipe and does the work itself
        os._exit(1)
