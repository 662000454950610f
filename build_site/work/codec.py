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
from functools import cache, partial
from operator import attrgetter, itemgetter
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
    """`value`, a record of a type the cache holds, as lists, strings, numbers, booleans and
    None, for json.dumps."""
    kind: Any = type(value)
    encode = _encoder(kind)
    return value if encode is None else encode(value)


def decode(kind: Any, value: Any) -> Any:
    """`value` (from json.loads) rebuilt as a `kind`; ValueError if it is not one."""
    try:
        return _decoder(kind)(value)
    except (TypeError, IndexError) as exc:
        raise ValueError(str(exc)) from None


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(cls))


def _fields(kind: Any) -> tuple[Callable[[Any], tuple[Any, ...]], list[Any]] | None:
    """For a record type (dataclass, named tuple, fixed tuple): what reads its fields as a
    tuple, and their declared types; None for any other type."""
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        names, hints = _field_names(kind), typing.get_type_hints(kind)
        getter = attrgetter(*names)
        read = getter if len(names) > 1 else (lambda record: (getter(record),))
        return read, [hints[name] for name in names]
    if isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields"):  # a named tuple
        hints = typing.get_type_hints(kind)
        return tuple, [hints[name] for name in kind._fields]
    if typing.get_origin(kind) is tuple and Ellipsis not in typing.get_args(kind):
        return tuple, list(typing.get_args(kind))
    return None


def _is_scalar(kind: Any) -> bool:
    options = typing.get_args(kind) if typing.get_origin(kind) in (typing.Union, types.UnionType) else (kind,)
    return all(option in _SCALARS for option in options)


@cache
def _encoder(kind: Any) -> Callable[[Any], Any] | None:
    """What turns a value of the declared type `kind` into plain values; None when it is one."""
    if _is_scalar(kind):
        return None
    if typing.get_origin(kind) in (typing.Union, types.UnionType):  # a record or None: its decoder tells them apart
        options = [option for option in typing.get_args(kind) if option is not type(None)]
        if len(options) != 1:
            raise TypeError(f"the cache cannot hold a {kind}")
        present = _encoder(options[0])
        return None if present is None else (lambda value: None if value is None else present(value))
    if typing.get_origin(kind) is tuple and typing.get_args(kind)[1:] == (Ellipsis,):
        item = _encoder(typing.get_args(kind)[0])
        return list if item is None else (lambda value: [item(v) for v in value])
    record = _fields(kind)
    if record is None:
        raise TypeError(f"the cache cannot hold a {kind}")
    read, declared = record
    encoders = [_encoder(field) for field in declared]
    if all(encode is None for encode in encoders):
        return lambda value: list(read(value))
    return lambda value: [v if encode is None else encode(v) for encode, v in zip(encoders, read(value), strict=True)]


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
        return lambda value: tuple(map(item, _list(value)))
    record = _fields(kind)
    if record is None:
        raise TypeError(f"the cache cannot hold a {kind}")
    return _record(kind, record[1])


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise ValueError(f"expected a list, found {type(value).__name__}")
    return value


def _record(kind: Any, declared: list[Any]) -> Decoder:
    """A record from the list of its fields, in order, each checked: the fields of exact
    scalar types (most of them) in one C-level pass over their types, the others one by one.
    A tuple (named or not) is made from the list in one C call, not field by field."""
    count = len(declared)
    exact = [index for index, field in enumerate(declared) if field in (str, int, bool)]
    exact_types = tuple(declared[index] for index in exact)
    others = [(index, _decoder(field)) for index, field in enumerate(declared) if index not in exact]
    # A tuple is made from the list, a dataclass from the fields as arguments (`spread`).
    spread = typing.get_origin(kind) is not tuple and not issubclass(kind, tuple)
    make: Callable[..., Any] = (
        tuple if typing.get_origin(kind) is tuple else kind if spread else partial(tuple.__new__, kind)
    )
    if not others:  # every field an exact scalar (a sentence, a mention, a word)

        def scalars(value: Any) -> Any:
            if type(value) is not list or tuple(map(type, value)) != exact_types:
                raise ValueError(f"expected the {count} fields of {kind}")
            return make(*value) if spread else make(value)

        return scalars
    types_of = itemgetter(*exact) if len(exact) > 1 else (lambda types: tuple(types[index] for index in exact))

    def record(value: Any) -> Any:
        if type(value) is not list or len(value) != count or types_of(tuple(map(type, value))) != exact_types:
            raise ValueError(f"expected the {count} fields of {kind}")
        value = value.copy()
        for index, decode_field in others:
            value[index] = decode_field(value[index])
        return make(*value) if spread else make(value)

    return record
