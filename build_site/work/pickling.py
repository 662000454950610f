"""Faster pickling of the small records every result is made of, for the pool's transport.

A frozen dataclass with slots pickles by default as its state, restored by a Python-level
`__setstate__` per object; a result holds thousands of records. Reduced to (class,
constructor arguments), read in one C call by an attrgetter, it loads several times faster
(benchmarks/RESULTS.md). Registered with copyreg, so the model stays plain.
"""

from __future__ import annotations

import copyreg
from collections.abc import Callable, Iterable
from dataclasses import fields
from operator import attrgetter
from typing import Any


def pickle_by_arguments(classes: Iterable[type]) -> None:
    """Pickle each of these dataclasses as (class, its constructor arguments)."""
    for cls in classes:
        copyreg.pickle(cls, _reducer(cls))


def _reducer(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    names = [f.name for f in fields(cls) if f.init]
    getter = attrgetter(*names)
    if len(names) == 1:
        return lambda record: (cls, (getter(record),))
    return lambda record: (cls, getter(record))
