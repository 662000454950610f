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

The copy also carries, at the end of each section, the words of that section written with
accents in their folded form ("Ménaka" as "Menaka"): the search plugin's index (lunr) matches
letters as typed, and readers type names without their accents. The page keeps its text as
it is, and the results' previews hide these words.
"""

from __future__ import annotations

import html as html_entities
import re

from build_site.slugs import fold_accents

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
# A table cell's end straight before the next cell's start: the parser joins their texts into one
# word ("Schreinemacherofficial") unless whitespace stands between them.
_CELL_BOUNDARY = re.compile(r"(</t[dh]>)(?=<t[dh]\b)")


_SECTION_START = re.compile(r"(?=<h[1-6]\b[^>]*\sid=)")
_UNNAMED_TITLE = re.compile(r"<h1(?![^>]*\sid=)")
_HEADING_START = re.compile(r"<h[1-6]\b[^>]*\sid=")
_HEADING_END = re.compile(r"</h[1-6]>")
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")
# A character reference other than those of escaped text, which all stand for ASCII characters:
# in ASCII HTML without one, every word is ASCII and none has a folded form to add.
_OTHER_REFERENCE = re.compile(r"&(?!(?:amp|lt|gt|quot|#34|#39);)")
# What else names the page (a topic's aliases and other spellings, an article's author): the
# elements the templates weigh as names for Pagefind, whose text the lean copy holds as is.
_NAME_WORD = re.compile(r"[^\s,]+")  # the templates list names separated by ", "
_NAMES = re.compile(r'<(td|dd)\b[^>]*\sdata-pagefind-weight="10"[^>]*>([^<]*)</\1>')


def search_html(html: str) -> str:
    """The copy the search plugin indexes: `html` made lean, each section with its accented
    words also folded, and the page's title with the other names of what the page is about."""
    lean = lean_html(html)
    names = html_entities.unescape(" ".join(match.group(2) for match in _NAMES.finditer(lean)))
    if lean.isascii() and not names:  # a quick test: nothing to add
        return lean
    sections = _SECTION_START.split(lean)  # the parser's sections: each heading with an id starts one
    first = _UNNAMED_TITLE.match(sections[0].lstrip())
    if first is not None:
        # The page's first heading has no id: the parser would index the page's title, not the
        # heading with the words added to it. An id makes it the title (the parser gives the
        # first section no address of its own, so result links stay the page's); whitespace
        # before it would open a first section of its own.
        opening = sections[0].lstrip()
        sections[0] = f'{first.group(0)} id="title"{opening[first.end() :]}'
    return "".join(_with_added_words(section, names if first and n == 0 else "") for n, section in enumerate(sections))


def _with_added_words(section: str, names: str) -> str:
    """`section` with the folded form of each word that has accents, as often as the word
    occurs (so a folded query ranks the sections as the accented one does): a heading's, and
    `names`, at its end (the index weighs titles most), the other text's after the section.
    Each goes in a `<sub>`, which the stylesheet hides in the search results (briefing-search.css)."""
    heading = _HEADING_END.search(section) if _HEADING_START.match(section) else None
    if heading is None:
        return section + _sub(_folded(section))
    title, rest = section[: heading.start()], section[heading.end() :]
    added = _sub([*_folded(title), *_NAME_WORD.findall(names), *_folded(html_entities.escape(names))])
    return f"{title}{added}{heading.group(0)}{rest}{_sub(_folded(rest))}"


def _folded(part: str) -> list[str]:
    if part.isascii() and not _OTHER_REFERENCE.search(part):  # a quick test: its words are all ASCII
        return []
    text = html_entities.unescape(_TAG.sub(" ", part))
    folded = [fold_accents(word) for word in _WORD.findall(text) if not word.isascii()]
    return [word for word in folded if word.isascii()]


def _sub(words: list[str]) -> str:
    return f"<sub>{html_entities.escape(' '.join(words))}</sub>" if words else ""


def lean_html(html: str) -> str:
    """`html` without the elements the index leaves out, nor the inline tags whose text is all
    it takes from them."""
    if "data-search-exclude" in html:  # a quick test: most article pages have none
        html = _EXCLUDED.sub("", html)
    html = _PERMALINK.sub("", html)
    html = cells_apart(html)
    html = _INLINE_BEFORE_BLOCK.sub("<br>", html)
    html = _BLOCK_BEFORE_INLINE.sub(r"\1<br>", html)
    return _INLINE_TAG.sub("", html)


def cells_apart(html: str) -> str:
    """`html` with a space between adjacent table cells: a row's cells are separate words to a
    reader, so they are separate words in the index (a table of any page, of any subject)."""
    return _CELL_BOUNDARY.sub(r"\1 ", html)
