"""Signs that a saved page is a software project's page or a search's results, not an article.

A repository page shows its owner and its last commit's day, which read like a byline and a date,
and its README may be prose: what gives it away is the chrome around it, the labels "Stars",
"Forks", "Watching", "Releases", "Contributors 4", "Latest commit" each standing alone as the
text of an element. An article about software names such words inside its sentences, never as
stars, forks and two more labels of their own. A search page says so in its title or its heading ("Search results",
"Results for …"), or is, whole, a list of separate snippets under a title of a word or two
("News"), with no date and no byline of its own.
"""

from __future__ import annotations

import re

import lxml.html

from build_site.importer_model import Piece

# A repository's labels, alone in an element, with or without their count: "Stars", "1.2k stars",
# "Contributors 4", "Latest commit".
REPOSITORY_LABEL = re.compile(
    r"(?:[\d.,]+k?\s+)?(stars?|forks?|watching|watchers|latest commit|commits|releases|contributors|branches"
    r"|languages|packages|readme)(?:\s+[\d.,]+k?)?",
    re.IGNORECASE,
)
# Distinct labels of the chrome, "Stars" and "Forks" among them: Wikipedia's chrome alone shows
# three ("Languages", "Packages", "Fork"), an article about code one or two.
REPOSITORY_LABELS = 4
SOFTWARE_SCHEMA = {"SoftwareSourceCode", "SoftwareApplication", "MobileApplication", "WebApplication"}
SEARCH_TITLE = re.compile(
    r"(?:.{0,40}\s)?(?:search results?|results? for|suchergebnisse|ergebnisse für|résultats (?:de (?:la )?recherche|pour)"
    r"|resultados (?:de (?:la )?búsqueda|para))(?:\s.{0,80})?",
    re.IGNORECASE,
)
SNIPPETS = 8  # separate snippets in a row make a search's page or a feed, not a story's list
SNIPPET_SHARE = 0.8  # share of the text the snippets make
SNIPPET_WORDS = 60  # a snippet runs a sentence or two
SECTION_TITLE_WORDS = 2  # a search's or a section's page is titled by a word or two ("News")


def software_page(tree: lxml.html.HtmlElement, schema_types: set[str]) -> str | None:
    """How a page shows it is a software project's page (its structured data, or a repository's
    labels standing alone), or None."""
    if software := sorted(schema_types & SOFTWARE_SCHEMA):
        return f"its structured data calls it a {software[0]!r}"
    labels = {
        re.sub(r"(?<=[rk])s$", "", match[1].casefold()): match[1].casefold()  # "Stars" and "star" are one label
        for text in tree.xpath("//body//text()")
        if len(text) < 40 and (match := REPOSITORY_LABEL.fullmatch(" ".join(str(text).split())))
    }
    if {"star", "fork"} <= labels.keys() and len(labels) >= REPOSITORY_LABELS:
        return f"it shows a code repository's labels ({', '.join(sorted(labels.values())[:5])})"
    return None


def search_page(tree: lxml.html.HtmlElement, title: str, pieces: list[Piece]) -> str | None:
    """How a page shows it is a search's results: its title or first heading says so, or its text
    is, whole, a list of separate snippets under a title of a word or two; None otherwise. Called
    only on pages that state no date and show no byline."""
    headings = [" ".join(str(text).split()) for text in tree.xpath("(//body//h1)[1]//text()")]
    for named in (title, " ".join(headings)):
        if named and SEARCH_TITLE.fullmatch(named):
            return f"its title or heading names search results ({named!r})"
    items = [piece for piece in pieces if piece.kind == "item"]
    words = sum(len(piece.text.split()) for piece in pieces)
    snippets = [piece for piece in items if len(piece.text.split()) <= SNIPPET_WORDS]
    if (
        len(snippets) >= SNIPPETS
        and not any(piece.kind == "heading" and piece.text != title for piece in pieces)
        and sum(len(piece.text.split()) for piece in snippets) >= SNIPPET_SHARE * words
        and len(title.split()) <= SECTION_TITLE_WORDS
    ):
        return f"its text is {len(snippets)} separate snippets under the title {title!r}"
    return None
