"""The second review's pages on a port strike, read as articles: a live blog whose metadata calls it
one article, and an `<article>` element that wraps only the page's header above its body."""

from __future__ import annotations

import json

import pytest

from build_site.importer import prepare
from build_site.importer_model import SourceError

WORDS = (
    "Dockworkers at the container terminals stayed off the quays this morning while negotiators for "
    "the port employers and the union met again at the labour ministry downtown. Trucks queued along "
    "the access road, and two ships waited at anchor outside the harbour for berths that stayed empty. "
    "Union officers said the talks would go on through the afternoon."
)


def live_blog(head: str) -> bytes:
    """A live blog: its own h1 and byline, then seven posts, each an h2 linking to its permalink,
    dated under it and followed by some sixty words."""
    posts = "".join(
        f'<h2><a href="/live/port-strike/post-{n}">Update {n}: pickets hold at gate {n}</a></h2>'
        f"<p>March 3, 2025, 10:0{n} a.m.</p><p>{WORDS}</p>"
        for n in range(1, 8)
    )
    return (
        f"<html><head><title>Port strike live</title>{head}</head><body>"
        "<h1>Port strike live: dockworkers walk out at Halifax</h1><p>By Ana Ruiz</p>"
        f"{posts}</body></html>"
    ).encode()


LIVE_BLOG_LD = json.dumps(
    {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Port strike live: dockworkers walk out at Halifax",
    }
)


@pytest.mark.parametrize(
    "head",
    [
        f'<script type="application/ld+json">{LIVE_BLOG_LD}</script>',
        '<meta property="og:type" content="article">',
    ],
)
def test_a_live_blog_its_metadata_calls_an_article_is_imported(head: str) -> None:
    prepared = prepare(live_blog(head), "html", {})
    assert prepared.meta["title"] == "Port strike live: dockworkers walk out at Halifax"
    assert prepared.meta["author"] == "Ana Ruiz"
    assert str(prepared.meta["published"]) == "2025-03-03"
    assert prepared.draft.listing is None


def test_a_header_only_article_element_over_the_body_is_no_empty_post() -> None:
    paragraphs = "".join(f"<p>{WORDS}</p>" for _ in range(6))
    page = (
        "<html><head><title>Halifax dockworkers walk out as talks collapse</title></head><body>"
        "<article><h1>Halifax dockworkers walk out as talks collapse</h1><p>By Ana Ruiz · March 4, 2025</p></article>"
        f'<div class="story-body">{paragraphs}</div></body></html>'
    ).encode()
    prepared = prepare(page, "html", {})
    assert prepared.meta["title"] == "Halifax dockworkers walk out as talks collapse"
    assert prepared.meta["author"] == "Ana Ruiz"
    assert not any(
        "empty post" in warning or "its post holds no text" in warning for warning in prepared.draft.warnings
    )


@pytest.mark.parametrize("head", ["", '<meta property="og:type" content="website">'])
def test_dated_posts_under_no_article_metadata_stay_a_list(head: str) -> None:
    """The same page declaring no article is read as a news page printing its posts in full."""
    with pytest.raises(SourceError, match="posts in full, each dated under a heading linking to its own page"):
        prepare(live_blog(head), "html", {})
