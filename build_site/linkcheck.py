"""Check a built site: every internal link lands on a page and anchor that exist, and no page
loads anything from another host. MkDocs checks Markdown links; this checks the HTML the
templates wrote too, which MkDocs does not see as links. lxml parses the pages: at 2,000
articles the site is ~90 MB of HTML, which the standard library's parser takes ~7x longer on."""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html

from build_site.problems import Problem

# What makes the browser fetch something by itself (a link is only followed on click).
LOADS = "//script/@src | //link[not(@rel='canonical')]/@href | //img/@src | //iframe/@src | //source/@src" \
        " | //video/@src | //audio/@src | //embed/@src | //object/@data"


@dataclass(frozen=True, slots=True)
class _Page:
    ids: frozenset[str]
    links: tuple[str, ...]
    loads: tuple[str, ...]


def check_site(site: Path, base_path: str = "/") -> list[Problem]:
    """Every broken internal link or anchor, and every resource from another host.

    `base_path` is the path of `site_url` ("/briefing/" for a project site): root-absolute
    links, which MkDocs writes on the 404 page, are resolved against it.
    """
    pages = {p.relative_to(site).as_posix(): _parse(p) for p in sorted(site.rglob("*.html"))}
    problems: list[Problem] = []
    for page, parsed in pages.items():
        for url in parsed.loads:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") or url.startswith("//"):
                problems.append(Problem(Path(page), f"loads {url} from another host"))
        for url in parsed.links:
            problem = _check_link(site, pages, page, url, base_path)
            if problem:
                problems.append(Problem(Path(page), problem))
    return problems


def _parse(path: Path) -> _Page:
    document = lxml.html.document_fromstring(path.read_bytes())
    return _Page(
        ids=frozenset(map(str, document.xpath("//@id | //a/@name"))),
        links=tuple(map(str, document.xpath("//a/@href"))),
        loads=tuple(map(str, document.xpath(LOADS))),
    )


def _check_link(site: Path, pages: dict[str, _Page], page: str, url: str, base_path: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme or url.startswith("//"):
        return None  # external links are the reader's to follow; they load nothing by themselves
    path = unquote(parts.path)
    if path.startswith("/"):
        if not path.startswith(base_path):
            return f"links outside the site's path {base_path}: {url}"
        path = path[len(base_path):] or "./"
        page = "index.html"  # resolve from the site root
    if path:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
        if target.startswith(".."):
            return f"links outside the site: {url}"
        if (site / target).is_dir() or path.endswith("/"):
            target = posixpath.normpath(posixpath.join(target, "index.html"))
    else:
        target = page
    if target not in pages:
        return None if (site / target).is_file() else f"broken link: {url}"
    if parts.fragment and unquote(parts.fragment) not in pages[target].ids:
        return f"link to a missing anchor: {url}"
    return None
