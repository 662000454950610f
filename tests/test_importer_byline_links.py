"""A page's author is the writers its byline links, not every `rel=author` on the page: an aside's
teasers link their own writers."""

from __future__ import annotations

from build_site.importer_html import parse_html

PARAGRAPH = (
    "The council voted on Tuesday to extend the program for another year, after a long debate "
    "about its cost and the number of families it has reached since it began. "
) * 3


def page(byline: str, aside: str) -> str:
    """A story with a byline and a sidebar of two teasers."""
    body = "".join(f"<p>{PARAGRAPH} Part {n}.</p>" for n in range(5))
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council extends program</title>'
        f'</head><body><article><h1>Council extends program</h1><p class="byline">{byline}</p>{body}'
        f"</article><aside>{aside}</aside></body></html>"
    )


TEASERS = (
    '<div class="teaser"><a href="/t1">Storm hits coast</a> <a rel="author" href="/jr">John Roe</a></div>'
    '<div class="teaser"><a href="/t2">Markets fall</a> <a rel="author" href="/ap">Ann Poe</a></div>'
)


def test_teasers_writers_are_not_joined_to_the_author() -> None:
    draft = parse_html(page('By <a rel="author" href="/jd">Jane Doe</a>', TEASERS))
    assert draft.meta["author"] == "Jane Doe"


def test_writers_of_one_byline_are_joined() -> None:
    byline = 'By <a rel="author" href="/jd">Jane Doe</a> and <a rel="author" href="/ms">Mark Sun</a>'
    draft = parse_html(page(byline, TEASERS))
    assert draft.meta["author"] == "Jane Doe and Mark Sun"
