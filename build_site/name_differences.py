"""How two names that match alike differ in writing: what a codebook message says when an alias
repeats a name but for its accents, case, quotes or spacing (which matching ignores)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from build_site.matcher import fold

WAYS: dict[str, Callable[[str], str]] = {
    "accents": lambda text: "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)),
    "quotes or dashes": lambda text: "".join(c if c.isalnum() else fold(c, keep_case=True) for c in text),
    "case": str.casefold,
    "spacing": lambda text: " ".join(text.split()),
}


def differences(one: str, other: str) -> str:
    """How two names of one alias key differ, in words ("accents", "case and spacing"): each way
    that, with every other way evened out, still tells them apart."""
    found = [way for way in WAYS if evened(one, way) != evened(other, way)]
    return " and ".join(found) or "writing"


def evened(text: str, kept: str) -> str:
    """`text` with every way two names may differ evened out but `kept`."""
    for way, even in WAYS.items():
        if way != kept:
            text = even(text)
    return text
