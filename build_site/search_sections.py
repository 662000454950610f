"""An article page's sections as Material's search plugin parses them, made once with the page.

Material's search plugin parses every page's HTML into sections (one per heading) and makes
an index entry of each. An article page's sections depend on nothing but the page, so the
worker that makes the page parses its lean copy (search_html.py) with Material's own parser,
and the cache keeps them with the page: a rebuild parses no unchanged article page again.
`add_sections` hands them to the plugin's index through `SearchIndex.create_entry_for_section`,
the method its own indexing calls for each section (the page's table of contents, tags and
boost are applied there, as for any page). Beyond the plugin class, this leans on two names of
Material's search module, `Parser` and that method, and on its index's `config` (the separator of
words, `part_words_at_punctuation`); the cache's key holds Material's version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, cast

from material.plugins.search.plugin import Parser, SearchPlugin
from mkdocs.structure.pages import Page


class _Index(Protocol):
    config: dict[str, Any]  # the plugin's options: mkdocs.yml's `search:` entry with Material's defaults

    def create_entry_for_section(self, section: Any, toc: Any, url: str, page: Page) -> None: ...


class MaterialSearch(Protocol):
    """What this adapter uses of Material's search plugin (Material ships no type hints)."""

    search_index: _Index


@dataclass(frozen=True, slots=True)
class SearchSection:
    """What Material's index takes from one section of a page: its heading's id, its title and its
    text, each as the parser left it."""

    id: str | None
    title: str | None  # None: the section has no title, and its entry takes the page's
    text: str


class _Section:
    """A parsed section as `create_entry_for_section` reads it (it sets `title` when empty)."""

    __slots__ = ("id", "text", "title")

    def __init__(self, section: SearchSection) -> None:
        self.id = section.id
        self.title = [] if section.title is None else [section.title]
        self.text = [section.text]


def page_sections(html: str) -> tuple[SearchSection, ...]:
    """The sections of `html` that Material's index makes entries of, excluded ones left out."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    return tuple(
        SearchSection(s.id, "".join(s.title) if s.title else None, "".join(s.text))
        for s in parser.data
        if not s.is_excluded()
    )


# Material's separator of words for English, where only spaces and hyphens part words: a word
# written against a quotation mark or a comma ("‘forever chemicals,’") is then no word a
# query finds. Ours parts them at punctuation too (as Material's own documentation site does),
# and at an escaped "<" or ">". A number stays the word a reader types: a currency sign or a
# percent sign parts it from the figure ("$3.4" and "2.1%" are read "3.4" and "2.1"), a point
# parts words only where no digit follows ("3.4" stays one word), and a comma only where no
# group of three digits follows ("1,464" and "24,464" stay one word each).
MATERIAL_SEPARATOR = r"[\s\-]+"
SEPARATOR = (
    r"[\s\-:;!?=\[\]()\"'/\u2018\u2019\u201c\u201d%$\u00a2-\u00a5\u20a0-\u20cf]+"
    r"|,(?!\d{3}(?!\d))|\.(?!\d)|&[lg]t;"
)


def part_words_at_punctuation(plugins: Any) -> None:
    """Give Material's index and its queries our separator (SEPARATOR), unless mkdocs.yml gives
    one of its own: the index's configuration, which its search worker reads, is the plugin's
    options as they stood when the plugin made its index (its `on_config`)."""
    plugin = material_search(plugins)
    if plugin is None:
        return
    config = plugin.search_index.config
    if config.get("separator") in (None, MATERIAL_SEPARATOR):
        config["separator"] = SEPARATOR


def material_search(plugins: Any) -> MaterialSearch | None:
    """The enabled Material search plugin among MkDocs' plugins, if any."""
    for name in ("search", "material/search"):
        plugin = plugins.get(name)
        if isinstance(plugin, SearchPlugin) and plugin.config.enabled:
            return cast(MaterialSearch, plugin)
    return None


def add_sections(plugin: MaterialSearch, page: Page, sections: tuple[SearchSection, ...]) -> None:
    """The page's entries in the plugin's index, in order, as its own parse of the page would add them."""
    if (page.meta.get("search") or {}).get("exclude"):
        return
    for section in sections:
        plugin.search_index.create_entry_for_section(_Section(section), page.toc, page.url, page)
