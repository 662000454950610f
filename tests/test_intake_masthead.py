"""A site's name set as an `h1` logo in the page's header (linking to the site's root) is the
masthead, not the headline: where the page holds an `h1` of its own, that one is the title. Read on
round 21's saved press releases (dev since its after-run: `evaluation/titles/round21/`) beside a page
of another site and counter-examples that keep their answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_write import Prepared

TITLES = Path(__file__).resolve().parents[1] / "evaluation" / "titles"
PROSE = (
    "The county board voted on Tuesday to close the old landfill by the end of next year, after "
    "residents of three towns asked for years that the site be covered and planted."
)
HEADLINE = "Landfill to Close Next Year"


def saved(path: Path) -> Prepared:
    return prepare(path.read_bytes(), "html", {})


def page(masthead: str) -> Prepared:
    head = "<head><title>Riverside Courier</title><meta property='og:title' content='Riverside Courier'></head>"
    body = f"{masthead}<main><h1>{HEADLINE}</h1><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></main>"
    return prepare(f"<html>{head}<body>{body}</body></html>".encode(), "html", {"published": "2024-05-02"})


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("04.html", "Flatpak 1.0 Released, Ready for Prime Time"),
        ("05.html", "Announcing Flatpak – Next Generation Linux Applications"),
    ],
)
def test_the_pages_own_h1_beats_the_masthead_h1(name: str, headline: str) -> None:
    assert saved(TITLES / "round21" / "texts" / name).meta["title"] == headline  # not "flatpak"


@pytest.mark.parametrize(
    "masthead",
    [
        "<header><h1><a href='/'>Riverside Courier</a></h1></header>",  # a logo linking to the root
        "<nav><a href='/news/'>Riverside Courier</a></nav><div role='banner'><h1>Riverside Courier</h1></div>",
    ],
)
def test_another_sites_masthead_is_not_its_title(masthead: str) -> None:
    assert page(masthead).meta["title"] == HEADLINE


def test_a_headline_in_the_articles_own_header_stays_the_title() -> None:
    """Round 20's teaching page: its headline "Water" sits in the article's `<header>` above a
    section's `h1` "Task"; it names no site and is kept."""
    assert saved(TITLES / "round20" / "texts" / "03.html").meta["title"] == "Water"


def test_an_h1_with_the_sites_name_outside_the_header_and_linking_nowhere_is_not_a_masthead() -> None:
    title = page("<div><h1>Riverside Courier</h1></div>").meta["title"]
    assert title == "Riverside Courier"  # no sign of a masthead: the title found stands
