"""The small pieces of HTML every page repeats: links to topics, articles and paragraphs,
badges and bylines.

Written in Python, not as template macros: a topic page of a large corpus calls them hundreds
of times, and Jinja's macro calls were half the time it took to make (benchmarks/RESULTS.md).
Every value is escaped here, as the templates' autoescaping would; each returns Markup, so a
template inserts it as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

from markupsafe import Markup, escape

from build_site.model import Article, Evidence, Kind, Topic


def relative_url(here: str, target: str) -> str:
    """A link from the page at `here` to `target`, both relative to the site root.

    Every page is a directory URL ("threats/fuel-theft/"), so climbing to the root is one
    "../" per level: links work under any sub-path, and cost no path arithmetic (there are
    hundreds of thousands of them in a large briefing)."""
    path, hash_, fragment = target.partition("#")
    if path == here and hash_:
        return f"#{fragment}"
    return ("../" * here.count("/") + path or "./") + (f"#{fragment}" if hash_ else "")


QUOTE_MARKS = "\"“”'‘’«»"


def own_quotes(sentence: str) -> bool:
    """Whether a verbatim sentence begins or ends with a quotation mark of its own."""
    text = sentence.strip()
    return bool(text) and (text[0] in QUOTE_MARKS or text[-1] in QUOTE_MARKS)


def verbatim_quote(sentence: str, html: Markup | None = None, classes: str = "") -> Markup:
    """A verbatim sentence in a `<q>` (as `html` when given: the sentence with its mention
    links). One with quotation marks of its own gets the class `own-quotes`, which the
    stylesheet shows without the browser's curly quotes, so a reader never sees the marks
    doubled (“"We are…)."""
    names = " ".join(name for name in (classes, "own-quotes" if own_quotes(sentence) else "") if name)
    attribute = f' class="{escape(names)}"' if names else ""
    return Markup(f"<q{attribute}>{escape(sentence if html is None else html)}</q>")


def date_label(published: dt.date | None) -> str:
    return published.isoformat() if published else "undated"


def topic_link(topic: Topic, here: str) -> Markup:
    return Markup(
        f'<a class="topic-link topic-link--{escape(topic.kind)}" '
        f'href="{escape(relative_url(here, topic.site_url))}">{escape(topic.name)}</a>'
    )


def article_link(article: Article, here: str, anchor: str = "") -> Markup:
    url = relative_url(here, article.site_url + (f"#{anchor}" if anchor else ""))
    return Markup(f'<a href="{escape(url)}">{escape(article.title)}</a>')


def paragraph_link(article: Article, anchor: str, here: str, label: str = "¶", css: str = "paragraph-link") -> Markup:
    """A link to one paragraph of an article; a screen reader hears which one, and where from."""
    title = escape(article.title)
    return Markup(
        f'<a class="{escape(css)}" href="{escape(relative_url(here, f"{article.site_url}#{anchor}"))}" '
        f'title="{title}">{escape(label)}<span class="visually-hidden"> paragraph {escape(anchor[1:])} '
        f"of “{title}”</span></a>"
    )


def kind_badge(kind: Kind) -> Markup:
    return Markup(f'<span class="kind kind--{escape(kind.colour)}">{escape(kind.singular_text)}</span>')


def type_badge(article: Article) -> Markup:
    """The article's type as a reader names it ("Press release"), as text, classed by its id."""
    return Markup(
        f'<span class="article-type article-type--{escape(article.type)}">{escape(article.type_label)}</span>'
    )


def byline(article: Article) -> Markup:
    """Publisher · author · date, saying so when the publisher or date is not known."""
    author = f" · {escape(article.author)}" if article.author else ""
    return Markup(
        f"{escape(article.publisher or 'Unknown publisher')}{author} · {escape(date_label(article.published))}"
    )


# A topic page's long lists, a line each: one call for what the template did per line.


def quoted_evidence(evidence: Iterable[Evidence], article: Callable[[str], Article], here: str) -> Markup:
    """Verbatim sentences, each linked to its paragraph, as `<li>` lines."""
    return Markup(
        "".join(
            f"<li>{verbatim_quote(ev.sentence)} {paragraph_link(article(ev.article_id), ev.anchor, here)}</li>\n"
            for ev in evidence
        )
    )


def listed_articles(articles: Iterable[Article], found: Mapping[str, tuple[int, str]], here: str) -> Markup:
    """Articles as `<li>` lines: a link to the first sentence naming the topic in each (`found`:
    how many sentences, and the first's anchor), its byline, and how many sentences it has."""
    lines = []
    for article in articles:
        count, anchor = found[article.id]
        link = article_link(article, here, anchor)
        plural = "s" if count != 1 else ""
        lines.append(f'<li>{link} <span class="muted">({byline(article)}, {count} sentence{plural})</span></li>\n')
    return Markup("".join(lines))
