"""Check a built site: every internal link lands on a page and anchor that exist, and no page
loads anything from another host. MkDocs checks Markdown links; this checks the HTML the
templates wrote too, which MkDocs does not see as links. lxml parses the pages: a large
site is a lot of HTML, which the standard library's parser is several times slower on."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html

from build_site.problems import Problem
from build_site.work.pool import parallel_map

# What makes the browser fetch something by itself (a link is only followed on click).
LOADS = (
    "//script/@src | //link[not(@rel='canonical')]/@href | //img/@src | //iframe/@src | //source/@src"
    " | //video/@src | //audio/@src | //embed/@src | //object/@data"
)


@dataclass(frozen=True, slots=True)
class _Page:
    ids: frozenset[str]
    links: tuple[str, ...]
    loads: tuple[str, ...]


def check_site(site: Path, base_path: str = "/") -> list[Problem]:
    """Every broken internal link or anchor, and every resource from another host.

    `base_path` is the path of `site_url` ("/briefing/" for a project site): root-absolute
    links, which MkDocs writes on the 404 page, are resolved against it. Pages are parsed in
    worker processes when there are many (work/pool.py); a link is resolved once per folder it
    appears from (the navigation repeats the same links on every page), against the site's
    list of files rather than the disk.
    """
    names = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    with parallel_map(_parse_page, site, names) as parsed:
        pages = dict(zip(names, parsed, strict=True))
    layout = _Layout.of(site)
    checked: dict[tuple[str, str], str | None] = {}
    problems: list[Problem] = []
    for page, found in pages.items():
        for url in found.loads:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") or url.startswith("//"):
                problems.append(Problem(Path(page), f"loads {url} from another host"))
        folder = posixpath.dirname(page)
        for url in found.links:
            key = (folder if urlsplit(url).path else page, url)  # "#x" is about this page
            if key not in checked:
                checked[key] = _check_link(layout, pages, page, url, base_path)
            broken = checked[key]
            if broken:
                problems.append(Problem(Path(page), broken))
    return problems


@dataclass(frozen=True, slots=True)
class _Layout:
    """The site's files and folders, as paths relative to it."""

    files: frozenset[str]
    folders: frozenset[str]

    @staticmethod
    def of(site: Path) -> _Layout:
        files = frozenset(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
        folders = {"."}
        for file in files:
            folder = posixpath.dirname(file)
            while folder and folder not in folders:
                folders.add(folder)
                folder = posixpath.dirname(folder)
        return _Layout(files, frozenset(folders))


def _parse_page(site: Path, name: str) -> _Page:
    document = lxml.html.document_fromstring((site / name).read_bytes())
    return _Page(
        ids=frozenset(map(str, document.xpath("//@id | //a/@name"))),
        links=tuple(map(str, document.xpath("//a/@href"))),
        loads=tuple(map(str, document.xpath(LOADS))),
    )


def _check_link(layout: _Layout, pages: dict[str, _Page], page: str, url: str, base_path: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme or url.startswith("//"):
        return None  # external links are the reader's to follow; they load nothing by themselves
    path = unquote(parts.path)
    if path.startswith("/"):
        if not path.startswith(base_path):
            return f"links outside the site's path {base_path}: {url}"
        path = path[len(base_path) :] or "./"
        page = "index.html"  # resolve from the site root
    if path:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
        if target.startswith(".."):
            return f"links outside the site: {url}"
        if target in layout.folders or path.endswith("/"):
            target = posixpath.normpath(posixpath.join(target, "index.html"))
    else:
        target = page
    if target not in pages:
        return None if target in layout.files else f"broken link: {url}"
    if parts.fragment and unquote(parts.fragment) not in pages[target].ids:
        return f"link to a missing anchor: {url}"
    return None
