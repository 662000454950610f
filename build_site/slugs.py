"""Readable, stable ids for articles, topics and anchors."""

from __future__ import annotations

import re
import unicodedata


def fold_accents(text: str) -> str:
    """Mérida -> Merida: compare and slug names the way readers type them."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(text: str, max_length: int = 60) -> str:
    """'U.S. Border' -> 'us-border'; cut at a word boundary so long titles stay readable."""
    text = re.sub(r"(?<=\w)[.'’](?=\w)", "", fold_accents(text).lower())
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > max_length:
        slug = slug[: max_length + 1].rsplit("-", 1)[0]
    return slug or "untitled"
