"""MkDocs' navigation structures made from the briefing's data: each page's table of contents
(from the page plan, never parsed back out of HTML), and the kinds' index pages in the nav."""

from __future__ import annotations

from typing import Any

from mkdocs.structure.toc import AnchorLink, TableOfContents

from build_site.model import Kind


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


def nav_with_kinds(nav: list[Any] | None, kinds: tuple[Kind, ...]) -> list[Any] | None:
    """The nav, with each kind's index page it does not list added under the kind's plural
    label (no markup character: kinds.py), before the Articles entry (or last): declaring a kind
    needs no edit of the nav. A nav that is not given (MkDocs lists every page itself) is left so."""
    if nav is None:
        return None
    listed = set(_nav_paths(nav))
    missing = [{k.plural: f"{k.folder}/index.md"} for k in kinds if f"{k.folder}/index.md" not in listed]
    at = next((n for n, item in enumerate(nav) if "articles/index.md" in _nav_paths([item])), len(nav))
    return [*nav[:at], *missing, *nav[at:]]


def _nav_paths(items: list[Any]) -> list[str]:
    """Every page path a nav (or part of one) names, however deep."""
    paths: list[str] = []
    for item in items:
        if isinstance(item, str):
            paths.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                paths += _nav_paths(value if isinstance(value, list) else [value])
    return paths
