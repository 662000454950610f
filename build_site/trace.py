"""A small tracer: the wall time of each step of a build, for the summary and the benchmarks;
and progress lines while a long build renders."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Tracer:
    """Times named steps, in the order they first ran; a step run twice adds up."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - started


class Progress:
    """A line at each quarter of a long render: smaller builds end before one would help."""

    FROM = 400  # pages

    def __init__(self, total: int, say: Callable[[str], None]) -> None:
        self.total, self.done, self.say = total, 0, say
        self.started = time.perf_counter()

    def page_done(self) -> None:
        self.done += 1
        if self.total >= self.FROM and self.done % max(self.total // 4, 1) == 0 and self.done < self.total:
            self.say(f"briefing: rendered {self.done}/{self.total} pages ({self.elapsed():.1f}s)")

    def elapsed(self) -> float:
        return time.perf_counter() - self.started
