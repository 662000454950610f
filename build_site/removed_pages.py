"""A small page at the address of a topic the briefing no longer holds, so a reader's bookmark
says what became of it instead of answering 404.

The build's record (whats_new.py) remembers the newest removals, as many as the changes it
keeps; every build writes one page for each removed topic at its old address (one the briefing
serves again is no longer in the record). The page says when the topic went and, when the
codebook kept its id under another kind, links to its new page. It is written after the render,
as feed.xml is, in plain HTML: the topic's and the site's names are escaped, and it carries the
policy every page does (page_security.py).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from build_site.page_security import with_content_security_policy
from build_site.whats_new import Removed, when


def removed_page(gone: Removed, site_name: str) -> str:
    """The page's HTML, its links relative to the topic's old address."""
    home = "../" * gone.url.count("/")
    name, site = html.escape(gone.name), html.escape(site_name)
    if gone.moved:
        where = (
            f'<p>The codebook keeps it under another kind: <a href="{home}{html.escape(gone.moved)}">'
            f"its page is now here</a>.</p>"
        )
    else:
        where = "<p>The briefing no longer follows it: its page and its evidence are gone.</p>"
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="robots" content="noindex">\n'
        f"<title>{name} (removed) - {site}</title>\n</head>\n<body>\n<main>\n<h1>{name}</h1>\n"
        f'<p>This topic was removed from the briefing at the build of <time datetime="{html.escape(gone.at)}">'
        f"{html.escape(when(gone.at))}</time>.</p>\n{where}\n"
        f'<p><a href="{home}">{site}</a>: the home page lists what changed.</p>\n</main>\n</body>\n</html>\n'
    )
    return with_content_security_policy(page)


def write_removed_pages(site_dir: Path, removed: Sequence[Removed], site_name: str) -> None:
    """A page for each removed topic at its old address in the built site."""
    for gone in removed:
        if gone.what != "topic":
            continue
        path = site_dir / gone.url / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(removed_page(gone, site_name), encoding="utf-8")
