"""The lines a saved page prints between its headline (and deck) and the story's first paragraph that
the extractor left out: a byline or date line ("Posted January 12, 2024 by Harriet Barber, The
Guardian") that trafilatura takes for page furniture. None may leave the article unlisted: each is
read as metadata where it is a byline, date or label line, and listed as dropped either way."""

from __future__ import annotations

from copy import deepcopy

import lxml.html

from build_site.importer_clean import take_metadata_line
from build_site.importer_model import Draft

# The elements that hold a line of their own; the inline ones inside them are part of their line.
LINE_TAGS = frozenset({"p", "div", "span", "time", "address", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt"})
STORY_WORDS = 40  # the story's first paragraph runs this long; a deck over it is shorter
CODE = "descendant::script | descendant::style | descendant::noscript"  # not text a reader sees
HEAD_REACH = 12  # elements after the headline that are looked at: a byline, a date, a deck, share links
LEFT_OUT = "above the story's first paragraph, left out by the extractor"


def list_head_lines(tree: lxml.html.HtmlElement, draft: Draft) -> None:
    """Reads (author, date) and lists every line between the page's `<h1>` and the story's first
    paragraph kept (past a deck) that no piece holds; nothing when the page has no `<h1>` or the first paragraph is not
    found after it."""
    headlines = tree.xpath("//body//h1")
    paragraphs = [piece.text for piece in draft.pieces if piece.kind == "paragraph"]
    first = next(
        (text for text in paragraphs if len(text.split()) >= STORY_WORDS), paragraphs[0] if paragraphs else None
    )
    if not headlines or first is None:
        return
    kept = {piece.text for piece in draft.pieces}
    lines: list[str] = []
    listed: set[lxml.html.HtmlElement] = set()
    for element in headlines[0].xpath("following::*")[: HEAD_REACH * 4]:
        if not isinstance(element.tag, str) or element.tag not in LINE_TAGS or element.xpath(CODE):
            continue
        text = " ".join(element.text_content().split())
        if text and (text == first or first.startswith(text) or text.startswith(first[:80])):
            break
        if any(ancestor in listed for ancestor in element.iterancestors()):
            continue  # a part of a line listed already ("by:" in "by: Laurie Oakes")
        if text and _holds_one_line(element):
            lines += [line for line in _broken_lines(element) if line not in kept and line not in lines]
            listed.add(element)
    else:
        return  # the story's first paragraph is not right under the headline: no head to read
    for text in lines[:HEAD_REACH]:
        if not take_metadata_line(text, draft):
            draft.dropped.append((LEFT_OUT, text))


BREAK = "\u2028"  # a `<br>` marked apart from the source's own newlines, which a browser shows as spaces


def _broken_lines(element: lxml.html.HtmlElement) -> list[str]:
    """The element's lines as the extractor splits them, at each `<br>`: a line is listed as dropped
    only when no piece holds it, compared line for line, so the listing and the body cannot disagree
    ("Office of The Attorney General<br>– Matthew J. Platkin" is two lines, each kept or each listed)."""
    copy = deepcopy(element)
    for br in copy.iter("br"):
        br.tail = BREAK + (br.tail or "")
    return [" ".join(line.split()) for line in copy.text_content().split(BREAK) if line.strip()]


def _holds_one_line(element: lxml.html.HtmlElement) -> bool:
    """An element whose text is one line: it holds no element that holds a line of its own."""
    return not any(
        isinstance(child.tag, str) and child.tag in LINE_TAGS - {"span", "time"} for child in element.iterdescendants()
    )
