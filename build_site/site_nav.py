"""MkDocs' navigation structures made from the page plan's data, never parsed back out of HTML."""

from __future__ import annotations

from mkdocs.structure.toc import AnchorLink, TableOfContents


def table_of_contents(headings: tuple[tuple[int, str, str], ...]) -> TableOfContents:
    """Flat (level, id, title) headings -> MkDocs' nested table of contents, the first marked
    active as MkDocs marks it."""
    root: list[AnchorLink] = []
    open_: list[AnchorLink] = []
    for level, anchor, title in headings:
        link = AnchorLink(title, anchor, level)
        while open_ and open_[-1].level >= level:
            open_.pop()
        (open_[-1].children if open_ else root).append(link)
        open_.append(link)
    if root:
        root[0].active = True  # type: ignore[attr-defined]
    return TableOfContents(root)
