"""Ctrl-C (SIGINT) and SIGTERM stop a build the same way: no swap, every worker ended.

MkDocs tells its plugins of exceptions, not of Ctrl-C, and a signal can land anywhere in
the build (inside the fork of a worker, say), so the stop is remembered here as well as
raised: the build never swaps in a site once a signal came.
"""

from __future__ import annotations

import _thread
import contextlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
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
        if _forking:
            # Inside a fork, Python runs other modules' fork handlers (logging's), which would
            # swallow the exception with a traceback of their own: the signal is made to
            # arrive again, and so raises just after the fork.
            _thread.interrupt_main(signal.Signals(signum))
            return
        self.received.append(signum)
        raise Interrupted(signum)

    def check(self) -> None:
        """Raise if a signal came, even if what it raised was swallowed on the way."""
        if self.received:
            raise Interrupted(self.received[0])


_in_build = False
_forking = False


def _before_fork() -> None:
    global _forking  # noqa: PLW0603 - read by the signal handler
    _forking = _in_build


def _after_fork_in_parent() -> None:
    global _forking  # noqa: PLW0603
    _forking = False


def _after_fork_in_child() -> None:
    """Before any Python code runs in the child: the parent stops its workers itself, so a
    worker leaves Ctrl-C to it and ends at once on SIGTERM."""
    global _forking  # noqa: PLW0603
    if _in_build:
        _forking = False
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


# Registered at import, so these run first before a fork and last after it (Python runs the
# `before` hooks in the reverse order of registration, the `after` ones in order).
os.register_at_fork(before=_before_fork, after_in_parent=_after_fork_in_parent, after_in_child=_after_fork_in_child)


@contextlib.contextmanager
def stoppable(stop: Stop) -> Iterator[None]:
    """Within: SIGINT and SIGTERM raise `Interrupted` in the main thread; on the way out,
    every child process still running is ended. Elsewhere than the main thread (a test
    calling the build from a thread), signals are left as they are."""
    global _in_build  # noqa: PLW0603 - read by the fork hooks
    main = threading.current_thread() is threading.main_thread()
    previous = {signum: signal.signal(signum, stop.handle) for signum in SIGNALS} if main else {}
    earlier = _children_of_this_process()  # not the build's to end
    _in_build = True
    try:
        yield
    finally:
        _in_build = False
        if stop.received:
            end_children(earlier)
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def end_children(spared: set[int]) -> None:
    """SIGTERM to every process this one started that is still running, then SIGKILL to any
    that outlive the grace period; then SIGKILL to any child (but the `spared`) the signal
    caught between its fork and its registration (Linux lists a process's children in /proc)."""
    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(CHILD_GRACE)
        if child.is_alive():
            child.kill()
            child.join()
    for pid in _children_of_this_process() - spared:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def _children_of_this_process() -> set[int]:
    pids: set[int] = set()
    for listing in Path("/proc/self/task").glob("*/children"):
        with contextlib.suppress(OSError):
            pids.update(int(pid) for pid in listing.read_text().split())
    return pids


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Signals wait until the block is done (the swap: a site is in place either way)."""
    signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)
