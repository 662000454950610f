"""Records <-> plain JSON values, by the types the records declare: the cache's format.

A cache entry is data, never code: JSON cannot name a class or a function, and a value is
only ever rebuilt into the type the caller asks for, field by field, each checked against its
declared type (a dataclass or named tuple as the list of its fields, a tuple as a list).
Anything else — another shape, a wrong type, an extra or missing field — raises ValueError,
which the cache counts as a miss.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

Decoder = Callable[[Any], Any]
_SCALARS: dict[type, tuple[type, ...]] = {
    str: (str,),
    bool: (bool,),
    int: (int,),
    float: (float, int),  # JSON writes 2.0 as 2.0 and 2 as 2: each comes back as the type it left as
    type(None): (type(None),),
}


def plain(value: Any) -> Any:
    """`value` as lists, strings, numbers, booleans and None, for json.dumps."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [plain(getattr(value, name)) for name in _field_names(type(value))]
    if isinstance(value, tuple):  # named tuples too
        return [plain(item) for item in value]
    raise TypeError(f"a cache entry cannot hold a {type(value).__name__}")


def decode(kind: Any, value: Any) -> Any:
    """`value` (from json.loads) rebuilt as a `kind`; ValueError if it is not one."""
    try:
        return _decoder(kind)(value)
    except (TypeError, IndexError) as exc:
        raise ValueError(str(exc)) from None


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(cls))


@cache
def _decoder(kind: Any) -> Decoder:
    """A function that rebuilds a value of the declared type `kind`, checking it as it goes."""
    origin, arguments = typing.get_origin(kind), typing.get_args(kind)
    if kind in _SCALARS:
        accepted = _SCALARS[kind]

        def scalar(value: Any) -> Any:
            if type(value) not in accepted:
                raise ValueError(f"expected {kind.__name__}, found {type(value).__name__}")
            return value

        return scalar
    if origin in (typing.Union, types.UnionType):
        options = [_decoder(argument) for argument in arguments]

        def union(value: Any) -> Any:
            for option in options:
                try:
                    return option(value)
                except ValueError:
                    continue
            raise ValueError(f"expected {kind}, found {type(value).__name__}")

        return union
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        item = _decoder(arguments[0])
        return lambda value: tuple(item(v) for v in _list(value))
    if origin is tuple:
        return _record(tuple, [_decoder(argument) for argument in arguments], star=False)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return _record(kind, [_decoder(hints[name]) for name in _field_names(kind)])
    if isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields"):  # a named tuple
        hints = typing.get_type_hints(kind)
        return _record(kind, [_decoder(hints[name]) for name in kind._fields])
    raise TypeError(f"the cache cannot hold a {kind}")


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise ValueError(f"expected a list, found {type(value).__name__}")
    return value


def _record(kind: Callable[..., Any], fields: list[Decoder], star: bool = True) -> Decoder:
    """A record from the list of its fields, in order, each checked."""
    count = len(fields)

    def record(value: Any) -> Any:
        if len(_list(value)) != count:
            raise ValueError(f"expected {count} fields, found {len(value)}")
        decoded = [field(item) for field, item in zip(fields, value, strict=True)]
        return kind(*decoded) if star else kind(decoded)

    return record
