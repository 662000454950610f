"""Round 21: what blind round 20 left in `briefing add` (dev since its after-run:
`evaluation/titles/round20/`), mended as rules of a general shape, each on the round's real input
beside a page or paste of another site and a counter-example that keeps its answer: a theme's
site-owner name is no writer, a theme's author box names the writer, a byline's date run into its
name, a profile titled with a person's name alone, and an outlet's name after a pasted headline."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_model import SourceError
from build_site.importer_title_parts import headline_date
from build_site.importer_write import Prepared

TITLES = Path(__file__).resolve().parents[1] / "evaluation" / "titles"
ROUND20 = TITLES / "round20" / "texts"
HEADLINE = "Ferry Service Resumes on the Sound"
PROSE = (
    "The county board voted on Tuesday to close the old landfill by the end of next year, after "
    "residents of three towns asked for years that the site be covered and planted."
)
ARTICLE = f"<article><h1>{HEADLINE}</h1><p>{PROSE}</p><p>{PROSE}</p></article>"
OWNER = {
    "@context": "http://schema.org",
    "@type": "Person",
    "name": "Sound Chemistry",
    "url": "https://soundchem.example",
}


def saved(path: Path, overrides: dict[str, str | None] | None = None) -> Prepared:
    return prepare(path.read_bytes(), "html", overrides or {})


def page(body: str, node: dict[str, object] | None = None) -> Prepared:
    head = f"<script type='application/ld+json'>{json.dumps(node)}</script>" if node else ""
    return prepare(f"<html><head>{head}</head><body>{body}</body></html>".encode(), "html", {})


@pytest.mark.parametrize(("name", "flags"), [("03.html", {}), ("01.html", {"title": "Given"})])
def test_a_themes_site_owner_is_not_the_author(name: str, flags: dict[str, str | None]) -> None:
    assert "author" not in saved(ROUND20 / name, flags).meta  # "Avogadro Chemistry", the JSON-LD `Person`


def test_another_sites_owner_is_no_writer_unless_its_byline_shows_the_name() -> None:
    assert "author" not in page(ARTICLE, OWNER).meta
    byline = (
        f"<article><h1>{HEADLINE}</h1><p class='byline'>By Sound Chemistry</p><p>{PROSE}</p><p>{PROSE}</p></article>"
    )
    assert page(byline, OWNER).meta["author"] == "Sound Chemistry"  # a one-person site: its owner wrote it


@pytest.mark.parametrize("name", ["04.html", "05.html"])
def test_a_themes_author_box_names_the_writer(name: str) -> None:
    assert saved(ROUND20 / name).meta["author"] == "Geoff Hutchison"


def author_box(name: str) -> str:
    """A theme's author box: a microdata `Person` with its name, a bio line and a nested `Place`."""
    return (
        "<aside><div itemscope itemtype='http://schema.org/Person'>"
        f"<h3 itemprop='name'>{name}</h3><p itemprop='description'>Transport reporter</p>"
        "<div itemprop='homeLocation' itemscope itemtype='http://schema.org/Place'>"
        "<span itemprop='name'>Seattle, WA</span></div></div></aside>"
    )


def test_another_sites_author_box_names_its_writer_and_two_boxes_name_none() -> None:
    assert page(author_box("Jane Okafor") + ARTICLE, OWNER).meta["author"] == "Jane Okafor"
    assert "author" not in page(author_box("Jane Okafor") + author_box("Tom Wilson") + ARTICLE).meta


def test_a_byline_in_the_article_wins_over_the_author_box() -> None:
    # round 13's 07: the byline's `Person` holds the name; the box's fallback never outranks it
    assert saved(TITLES / "round13" / "texts" / "07.html").meta["author"] == "Noah Charney"


@pytest.mark.parametrize("name", ["09.html", "10.html"])
def test_a_bylines_date_paragraph_is_not_run_into_the_name(name: str) -> None:
    prepared = saved(ROUND20 / name)
    assert prepared.meta["author"] == "Mary Lazzeri"  # was "Mary Lazzeri February"
    assert str(prepared.meta["published"]) == "2021-02-19"


def test_another_sites_byline_over_its_date_and_a_name_ending_in_a_month() -> None:
    dated = "<div class='author'><p>By <a href='/people/jane'>Jane Okafor</a></p><p>March 3, 2024</p></div>"
    assert page(dated + ARTICLE).meta["author"] == "Jane Okafor"  # was "Jane Okafor March 3"
    undated = "<div class='author'><p>By <a href='/people/jane'>Jane May</a></p></div>"
    assert page(undated + ARTICLE).meta["author"] == "Jane May"  # no date follows: "May" is her name


def test_another_rounds_byline_over_its_date_loses_the_month() -> None:
    # round 9's 08, a weekly edition: its first story's "By Nathan Willis" / "March 25, 2015"
    assert saved(TITLES / "round9" / "texts" / "08.html").meta["author"] == "Nathan Willis"  # was "… March"


@pytest.mark.parametrize(
    ("path", "name"),
    [(ROUND20 / "07.html", "Luke Fretwell"), (TITLES / "round19" / "texts" / "03.html", "Hannah Williams-Brown")],
)
def test_a_profile_titled_with_a_name_alone_is_refused(path: Path, name: str) -> None:
    with pytest.raises(SourceError, match=f"a person's profile page, not an article: .*'{name}'"):
        saved(path)
    assert "may not be an article" in " ".join(saved(path, {"title": "Given"}).draft.warnings)  # --title: warned


BIO = "Jane Okafor covers transport for the paper. She joined in 2019 from a regional weekly and lives on the island."


def test_another_sites_profile_is_refused_and_a_story_or_a_dated_page_under_a_name_is_not() -> None:
    with pytest.raises(SourceError, match="profile page"):
        page(f"<main><h1>Jane Okafor</h1><p>{BIO}</p></main>")
    story = page(f"<main><h1>Jane Okafor</h1>{f'<p>{PROSE}</p>' * 6}</main>")  # a story's length: no bio
    assert story.meta["title"] == "Jane Okafor"
    dated = page(f"<main><h1>Jane Okafor</h1><p>Posted on March 3, 2024</p><p>{BIO}</p></main>")
    assert dated.meta["title"] == "Jane Okafor"


def pasted(text: str, overrides: dict[str, str | None] | None = None) -> Prepared:
    return prepare(text.encode(), "text", overrides or {})


def test_a_pasted_titles_outlet_after_a_dash_is_the_publisher_not_the_headline() -> None:
    prepared = pasted((ROUND20 / "13.txt").read_text(encoding="utf-8"))
    assert prepared.meta["title"] == "El Paso City Council backs ballpark: Stadium deal waits on Mayor John Cook ..."
    assert prepared.meta["publisher"] == "Las Cruces Sun-News"
    assert ("outlet's name after the headline, read as publisher", "Las Cruces Sun-News") in prepared.draft.dropped


FERRY = (
    "Ferry service on the Sound resumes on Monday after the island's pier was rebuilt, the county "
    "said, ending four months in which residents crossed by a single water taxi."
)


@pytest.mark.parametrize(
    ("headline", "title", "publisher"),
    [
        (f"{HEADLINE} - The Harbour Valley Times", HEADLINE, "The Harbour Valley Times"),
        (f"{HEADLINE} | Harbour Valley Gazette", HEADLINE, "Harbour Valley Gazette"),
        ("Ferry Service Resumes - and Why It Took So Long", "Ferry Service Resumes - and Why It Took So Long", None),
        ("Ferry Resumes - Harbour Valley Times", "Ferry Resumes - Harbour Valley Times", None),  # two words: a label
    ],
)
def test_another_outlet_after_a_pasted_headline_and_a_dash_that_is_the_headlines(
    headline: str, title: str, publisher: str | None
) -> None:
    prepared = pasted(f"{headline}\n\nWednesday, September 19, 2012\n\n{FERRY}\n\n{PROSE}\n")
    assert prepared.meta["title"] == title
    assert prepared.meta.get("publisher") == publisher


def test_a_pasted_notice_undated_but_in_its_headline_takes_the_headlines_day() -> None:
    prepared = pasted((ROUND20 / "12.txt").read_text(encoding="utf-8"))
    assert prepared.meta["title"] == "LIBRARY STATUS 21 DEC 2016"
    assert str(prepared.meta["published"]) == "2016-12-21"
    # said as a warning naming the day and --date: a headline may close with a day it looks back to
    assert any("2016-12-21" in warning and "--date" in warning for warning in prepared.draft.warnings)


@pytest.mark.parametrize(
    ("headline", "published"),
    [
        ("Harbour Ferry Bulletin 3 March 2024", "2024-03-03"),
        ("Ferry Service Update on the Sound, Sept 12, 2023", "2023-09-12"),
        ("Ferry service to resume on 3 March 2024", None),  # the happening's day, joined by "on"
        ("Ferry Service Resumes on the Sound", None),
    ],
)
def test_another_headlines_closing_day_dates_the_paste_and_a_happenings_does_not(
    headline: str, published: str | None
) -> None:
    prepared = pasted(f"{headline}\n\n{FERRY}\n\n{PROSE}\n")
    assert prepared.meta["title"] == headline
    assert (str(prepared.meta["published"]) if "published" in prepared.meta else None) == published


def test_a_day_a_headline_looks_back_to_after_at_dates_nothing() -> None:
    assert headline_date("Looking back at September 11, 2001") is None
    assert headline_date("Harbour Ferry Bulletin 3 March 2024") == dt.date(2024, 3, 3)


def test_a_date_line_under_the_headline_is_read_before_the_headlines() -> None:
    prepared = pasted(f"Harbour Ferry Bulletin 3 March 2024\n\nMarch 4, 2024\n\n{FERRY}\n\n{PROSE}\n")
    assert str(prepared.meta["published"]) == "2024-03-04"


def test_another_rounds_headline_closing_on_a_french_range_is_not_dated_by_it() -> None:
    # round 5's 11: "14 novembre 2024 Travaux … – Du 19 au 20 novembre 2024": the works' days, not the page's
    prepared = pasted((TITLES / "round5" / "texts" / "11.txt").read_text(encoding="utf-8"))
    assert str(prepared.meta.get("published")) != "2024-11-20"
