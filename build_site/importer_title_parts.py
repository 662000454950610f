"""A page's or a printed page's title is often "Headline | Site": its parts, and the headline among them."""

from __future__ import annotations

TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ")  # between a page's headline and its site's name


def title_parts(title: str) -> list[str]:
    """A title's parts between `TITLE_SEPARATORS` ("Über uns | fairkom": "Über uns", "fairkom")."""
    parts = [title]
    for separator in TITLE_SEPARATORS:
        parts = [piece for part in parts for piece in part.split(separator)]
    return parts


def headline_part(title: str, headings: set[str]) -> str:
    """The part of "Headline | Name" that is one of the document's own headings, else the title
    whole (a page's `<h1>`, a printed page's headline on its first page)."""
    for separator in TITLE_SEPARATORS:
        parts = title.split(separator)
        if len(parts) == 2 and (part := next((p for p in parts if p.strip() in headings), None)):
            return part.strip()
    return title
