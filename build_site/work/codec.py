"""A cache entry <-> JSON bytes, by the types the records declare: the cache's format.

An entry is an object naming its format, key and kind, and holding its value: a dataclass
as an object of its fields, a named tuple or a tuple as an array. msgspec writes it, and
reads it back straight into the type the caller asks for, checking every field against its
declared type as it parses, in C; an entry is data, never code (JSON cannot name a class or
a function). Anything else — another shape, a wrong type, a missing field — raises
ValueError, which the cache counts as a miss. A field the type does not declare is skipped,
and a missing field that has a default takes it: what comes back is always a valid record of
the kind asked for, and the entry names its own key and kind, so it cannot stand for another.

A float comes back as a float: a field declared `float` must hold floats (it does: figures'
values are parsed with `float`), or a cached build would show "2.0" where a fresh one
shows "2".
"""

from __future__ import annotations

from functools import cache
from typing import Any, Generic, TypeVar

import msgspec

T = TypeVar("T")


class _Entry(msgspec.Struct, Generic[T], forbid_unknown_fields=True):
    format: int
    key: str
    kind: str
    value: T


def _as_str(value: object) -> str:
    """A string of a subclass (Markup: a heading's title as HTML) is written as the string it is."""
    if isinstance(value, str):
        return str.__str__(value)
    raise TypeError(f"the cache cannot hold a {type(value).__name__}")


_ENCODER = msgspec.json.Encoder(enc_hook=_as_str)


def entry_bytes(form: int, key: str, value: object) -> bytes:
    """The entry holding `value` under `key`, as JSON."""
    return _ENCODER.encode(_Entry(form, key, type(value).__name__, value))


_KEY_ENCODER = msgspec.json.Encoder(enc_hook=str)  # a Path as its text


def key_text(value: object) -> str:
    """Every field of `value` as JSON, for a key made of what a record holds: in C, a few times
    faster than its repr, and as complete (each field, in order, of every record it holds)."""
    return _KEY_ENCODER.encode(value).decode()


def entry_value(data: bytes, form: int, key: str, kind: Any) -> Any:
    """The value of the entry `data` if it is of format `form`, under `key` and a `kind`;
    ValueError if it is anything else."""
    try:
        entry = _decoder(kind).decode(data)
    except msgspec.DecodeError as exc:  # a ValidationError too: the wrong type, a missing field
        raise ValueError(str(exc)) from None
    if (entry.format, entry.key, entry.kind) != (form, key, kind.__name__):
        raise ValueError("another entry's (swapped or copied)")
    return entry.value


@cache
def _decoder(kind: Any) -> msgspec.json.Decoder[_Entry[Any]]:
    return msgspec.json.Decoder(_Entry[kind])
