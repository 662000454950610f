"""Ctrl-C (SIGINT) and SIGTERM stop a build the same way: no swap, every worker ended.

MkDocs tells its plugins of exceptions, not of Ctrl-C, and what a signal raises can be
swallowed on its way up (by a library's `except Exception`, say), so the stop is remembered
here as well as raised: the build never swaps in a site once a signal came. Workers are
started by a fork server or fresh (spawn), never forked from the build, so none inherits
these handlers.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from multiprocessing import resource_tracker
from pathlib import Path
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)
CHILD_GRACE = 5.0  # seconds a worker gets to end after SIGTERM before it is killed


class Interrupted(KeyboardInterrupt):
    """A stop asked for by a signal; the exit code is 128 + its number (130, 143)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.exit_code = 128 + signum


class Stop:
    """The signals received during a build, in order."""

    def __init__(self) -> None:
        self.received: list[int] = []
        self.committed = False  # the build's result is in place: a signal now stops nothing

    def handle(self, signum: int, frame: FrameType | None) -> None:
        self.received.append(signum)
        raise Interrupted(signum)

    def check(self) -> None:
        """Raise if a signal came, even if what it raised was swallowed on the way."""
        if self.received:
            raise Interrupted(self.received[0])


@contextlib.contextmanager
def stoppable(stop: Stop) -> Iterator[None]:
    """Within: SIGINT and SIGTERM raise `Interrupted` in the main thread; on the way out,
    every child process still running is ended. Elsewhere than the main thread (a test
    calling the build from a thread), signals are left as they are."""
    main = threading.current_thread() is threading.main_thread()
    previous = {signum: signal.signal(signum, stop.handle) for signum in SIGNALS} if main else {}
    earlier = _children_of_this_process()  # not the build's to end
    try:
        yield
    finally:
        if stop.received:
            end_children(earlier)
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def end_children(spared: set[int]) -> None:
    """SIGTERM to every process this one started that is still running, then SIGKILL to any
    that outlive the grace period; then SIGKILL to any child (but the `spared`) the signal
    caught between its start and its registration (Linux lists a process's children in /proc)."""
    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(CHILD_GRACE)
        if child.is_alive():
            child.kill()
            child.join()
    for pid in _children_of_this_process() - spared - _resource_tracker():
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def _resource_tracker() -> set[int]:
    """multiprocessing's resource tracker, if this process started one: not a worker. It ends
    by itself when this process does; killed now, a new one would start for the semaphores the
    pool frees later, not know them, and print a traceback for each."""
    pid = getattr(resource_tracker._resource_tracker, "_pid", None)
    return {pid} if isinstance(pid, int) else set()


def _children_of_this_process() -> set[int]:
    pids: set[int] = set()
    for listing in Path("/proc/self/task").glob("*/children"):
        with contextlib.suppress(OSError):
            pids.update(int(pid) for pid in listing.read_text().split())
    return pids


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Signals wait until the block is done (the swap: a site is in place either way). Windows
    has no signal masks: there a signal may land during the block."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)
