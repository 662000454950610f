"""The cycle collector paused while the analysis makes its many small objects.

Python's cycle collector walks every live object on each full pass, so its passes grow with
what the analysis holds, which makes a great many objects and no cycles worth collecting
(the cost is measured in benchmarks/RESULTS.md). Objects are still freed as soon as nothing
refers to them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_froze = False  # whether this process has frozen a build's objects


def free_last_build() -> None:
    """At the start of a build in a process that built before (`mkdocs serve`): what the last
    build froze is unfrozen and collected, so nothing leaks."""
    global _froze  # noqa: PLW0603 - one process-wide collector
    if _froze:  # gc.unfreeze cannot tell what the last build froze from what others froze
        gc.unfreeze()
        gc.collect()
        _froze = False


@contextmanager
def paused_collector() -> Iterator[None]:
    """No cycle collection inside; on the way out, what exists is frozen (`gc.freeze`), so the
    passes MkDocs' render triggers skip the analysis."""
    global _froze  # noqa: PLW0603 - one process-wide collector
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        _froze = True
        if was_enabled:
            gc.enable()
