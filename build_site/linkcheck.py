"""Check a built site: every internal link lands on a page and anchor that exist, and no page
loads anything from another host. MkDocs checks Markdown links; this checks the HTML the
templates wrote too, which MkDocs does not see as links."""
from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from build_site.problems import Problem

# Attributes that make the browser fetch something by itself (a link is only followed on click).
LOADING = {("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src"),
           ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data")}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.loads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if tag == "a" and name == "href":
                self.links.append(value)
            if (tag, name) in LOADING and not (tag == "link" and ("rel", "canonical") in attrs):
                self.loads.append(value)


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


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _check_link(site: Path, pages: dict[str, _PageParser], page: str, url: str, base_path: str) -> str | None:
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
            target = posixpath.join(target, "index.html")
    else:
        target = page
    if target not in pages:
        return None if (site / target).is_file() else f"broken link: {url}"
    if parts.fragment and unquote(parts.fragment) not in pages[target].ids:
        return f"link to a missing anchor: {url}"
    return None
