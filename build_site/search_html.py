"""The generated pages as Material's search plugin needs to see them: the same index, far fewer tags.

The search plugin parses every page's HTML and keeps, of inline tags like a mention's link,
only their text, and nothing of an element marked `data-search-exclude` (the quotes of the
articles on topic and analysis pages, and the lists, matrices and graphs that name what has a
page of its own: the templates). Our pages carry hundreds of such tags each
(every mention is a link), and parsing them was most of the render time of a large corpus
(benchmarks/RESULTS.md). Handing the parser the page without them gives the same index
entries (tested against the real parser) at a fraction of the cost. The HTML here is our own
templates' output, where text is escaped, so a `<` always opens a tag and a regular
expression can find the tags exactly; an excluded element never holds another of its tag.
"""

from __future__ import annotations

import re

_ATTRIBUTE = r'\s+[\w-]+(?:="[^"]*")?'  # values are escaped: a `"` never stands inside one
# An excluded element that neither is nor holds a heading: the parser makes a section of every
# heading, excluded or not. Its content is read a run of text at a time up to its closing tag,
# without backtracking (`*+`) rather than testing for a heading at every character: a long
# excluded table is then read once, not once per character (benchmarks/RESULTS.md).
_EXCLUDED = re.compile(
    rf"<(?!h[1-6]\b)(\w+)(?:{_ATTRIBUTE})*?\s+data-search-exclude(?:{_ATTRIBUTE})*>"
    r"[^<]*+(?:<(?!h[1-6]\b|/\1>)[^<]*+)*+</\1>"
)
_INLINE = r"</?(?:a|span|mark|q)\b[^>]*>"
_BLOCK = r"<(?!/?(?:a|span|mark|q)\b)[^>]*>"
# A heading's permalink goes whole, "¶" included: the parser drops it too.
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>¶</a>')
# The parser collapses whitespace that runs from one tag to the next. Where such a run has a
# block tag on one side and an inline tag on the other, the inline tag becomes a <br> (no
# text, but it still ends the run) rather than letting the run merge into the text.
_INLINE_BEFORE_BLOCK = re.compile(rf"{_INLINE}(?=\s+{_BLOCK})")
_BLOCK_BEFORE_INLINE = re.compile(rf"({_BLOCK}\s+){_INLINE}")
_INLINE_TAG = re.compile(_INLINE)


def search_html(html: str) -> str:
    """`html` without the elements the index leaves out, nor the inline tags whose text is all
    it takes from them."""
    if "data-search-exclude" in html:  # a quick test: most article pages have none
        html = _EXCLUDED.sub("", html)
    html = _PERMALINK.sub("", html)
    html = _INLINE_BEFORE_BLOCK.sub("<br>", html)
    html = _BLOCK_BEFORE_INLINE.sub(r"\1<br>", html)
    return _INLINE_TAG.sub("", html)
