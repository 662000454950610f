"""Search with Pagefind: a chunked index written over the built site, and its header search box.

Material's search loads one index whole into the browser, which grows with the corpus
(benchmarks/RESULTS.md); Pagefind splits its index into small files that a query fetches
only as it needs them. The index is made by Pagefind's own binary (the `pagefind[bin]`
wheel, offline) over the finished HTML, at the end of every build. The box in the header is
the theme's place for search; our script (templates/search.js) asks Pagefind's bundle and
shows each result as a link with the page title and a snippet, built as text nodes.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

BUNDLE = "pagefind"  # the folder of the index in the site
SCRIPT = "assets/briefing/search.js"
TIMEOUT = 600  # seconds; Pagefind indexes a 2,000-page site in a few
# Left out of the index: the theme's frame (header, tabs, sidebars, footer) and what the
# templates mark as not to be found there (quotes of articles on topic and analysis pages:
# each sentence is found once, on its article's paragraph).
EXCLUDED = (
    ".md-header",
    ".md-tabs",
    ".md-sidebar",
    ".md-footer",
    ".md-skip",
    ".headerlink",
    "[data-search-exclude]",
)
# The header's last element: the search box goes before its end.
_HEADER_END = re.compile(r"</nav>\s*</header>")


class SearchIndexError(Exception):
    """Pagefind could not index the site: its message, one line."""


def script_source() -> str:
    """The header search's script, shipped with the package."""
    return files("build_site.templates").joinpath("search.js").read_text(encoding="utf-8")


def index_site(site_dir: Path) -> None:
    """Write Pagefind's index of every page of `site_dir` into `site_dir/pagefind/`."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE, "--silent"]
    for selector in EXCLUDED:
        command += ["--exclude-selectors", selector]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchIndexError(f"briefing: the search index could not be made: {exc}") from None
    if result.returncode != 0:
        lines = [line for line in (result.stderr + result.stdout).splitlines() if line.strip()]
        raise SearchIndexError(
            f"briefing: the search index could not be made: {lines[-1] if lines else result.returncode}"
        )


def with_search_box(html: str, page_url: str) -> str:
    """`html` with the search box at the end of the theme's header; links relative to the page
    (`page_url`, as MkDocs gives it: "" for the home page), so the site works under any sub-path."""
    match = _HEADER_END.search(html)
    if match is None:
        return html
    base = "../" * page_url.count("/") or "./"
    box = (
        '<div class="briefing-search" role="search" data-pagefind-ignore>'
        f'<input type="search" class="briefing-search__input" data-bundle="{base}{BUNDLE}/" data-base="{base}"'
        ' placeholder="Search" aria-label="Search" autocomplete="off" spellcheck="false">'
        '<ol class="briefing-search__results" aria-live="polite" hidden></ol>'
        f'</div><script src="{base}{SCRIPT}"></script>'
    )
    return f"{html[: match.start()]}{box}{html[match.start() :]}"
