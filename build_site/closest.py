"""What a mistyped or guessed id most likely meant, for the one-line refusals of `accept`
(a topic, a kind), `remove` (an article) and the loader (an article's type): one rule, so each
suggests alike."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

SHOWN = 3  # suggestions named in a refusal; the rest are counted


def closest(wanted: str, ids: Sequence[str], first: Sequence[str] = ()) -> list[str]:
    """The ids `wanted` most likely meant, best first: `first` (what the caller knows it names,
    such as the topic bearing that name) and the ids it is part of (a title's first words, an
    id a letter short), in `_part_order`; only when there are none, the closest spellings. Empty
    when nothing is close."""
    found = list(dict.fromkeys(first))
    if wanted:
        found += sorted((i for i in ids if wanted in i and i not in found), key=lambda i: _part_order(wanted, i))
    return found or difflib.get_close_matches(wanted, ids, n=SHOWN, cutoff=0.6)


def _part_order(wanted: str, id_: str) -> tuple[int, int]:
    """An id `wanted` begins before one a word of which it begins (after a hyphen), before one it
    is inside of; the fewer letters left to type, the sooner: `r` means `r2` before `army-report`."""
    place = 0 if id_.startswith(wanted) else 1 if f"-{wanted}" in id_ else 2
    return place, len(id_)


def did_you_mean(found: Sequence[str]) -> str:
    """`did you mean 'a' or 'b'?`, naming at most SHOWN and counting the others."""
    shown = " or ".join(f"'{i}'" for i in found[:SHOWN])
    more = f" ({len(found) - SHOWN} more)" if len(found) > SHOWN else ""
    return f"did you mean {shown}{more}?"
