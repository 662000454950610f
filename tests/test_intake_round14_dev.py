"""Round 16: bylines, dates and PDF titles read as general forms, on round 14's set (dev since its
after-run; copies in `tests/fixtures/round14_dev/`), each beside a counter-example that keeps its
answer: a sentence or phrase that starts like a byline, a date in the text that is not the article's,
a numeric date with nothing to decide its order, a PDF with no date on its pages' edges."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from build_site.importer import prepare
from build_site.importer_byline import byline_name
from build_site.importer_clean import clean, take_date_line
from build_site.importer_dates import machine_date, run_on_date, zoned_date
from build_site.importer_html import _visible_byline
from build_site.importer_model import Draft, Piece
from build_site.importer_pdf import _take_running_date

DEV = Path(__file__).resolve().parent / "fixtures" / "round14_dev"


def prepared(name: str, kind: str, overrides: dict[str, str | None] | None = None) -> Draft:
    return prepare((DEV / name).read_bytes(), kind, overrides or {}).draft


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("By: Patti Domm", "Patti Domm"),  # round 14's 10
        ("By: Jared T. Miller", "Jared T. Miller"),  # round 14's 13
        ("By MAGGIE HABERMAN & SHIRA TOEPLITZ", "MAGGIE HABERMAN and SHIRA TOEPLITZ"),  # round 14's 07, as printed
        ("By Andy Bruce and Andrea Shalal, Reuters", "Andy Bruce and Andrea Shalal"),
        ("By Ann Lee, Bob Stone, and Carl Diaz | May 3, 2024", "Ann Lee, Bob Stone and Carl Diaz"),
        ("By Jane Doe, Associated Press", "Jane Doe"),  # the outlet after the comma is no second writer
        ("Written by Nick Blenkey", "Nick Blenkey"),
        ("Words by Sam Ray", "Sam Ray"),
        ("By the numbers", None),
        ("By 2030", None),
        ("By Monday, the votes had been counted", None),
        ("Posted by Picasa", None),  # round 3's 16: a blog's photo program, no writer
        ("Posted by admin", None),
    ],
)
def test_a_byline_is_a_label_and_names(line: str, writers: str | None) -> None:
    assert byline_name(line) == writers


def test_a_by_colon_byline_under_a_trending_bar_gives_the_author() -> None:
    draft = prepared("13.txt", "text")
    assert draft.meta["author"] == "Jared T. Miller"
    assert ("byline, read as author", "By: Jared T. Miller") in draft.dropped
    assert "Ryan Gosling" not in draft.meta["author"]  # a topic bar's name with no date under it stays a name


@pytest.mark.parametrize("overrides", [{}, {"title": "Given"}])
def test_a_name_alone_over_a_date_line_is_the_writer(overrides: dict[str, str | None]) -> None:
    draft = prepared("12.txt", "text", overrides)
    assert draft.meta["author"] == "Alexia Tsotsis"
    assert draft.meta["published"] == "2011-08-13"  # "posted on Saturday, August 13th, 2011"
    assert "Alexia Tsotsis currently works for TechCrunch" in " ".join(p.text for p in draft.pieces)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("11.txt", "Russia's Nuclear Help to Iran Stirs Questions About Its 'Improved' Relations With U.S."),
        ("12.txt", "2005 Zuckerberg Didn’t Want To Take Over The World"),
    ],
)
def test_a_headline_under_a_menu_is_recognised_by_the_date_or_byline_under_it(name: str, title: str) -> None:
    """Pasted from a section menu or a topic bar: not asked for a title; the menu's lines listed."""
    draft = prepared(name, "text")
    assert " ".join(draft.meta["title"].split()) == title  # the paste's headline holds a no-break space
    assert {"Hot topics", "Politics Home"} & {line for _, line in draft.dropped}  # listed, not lost
    assert title not in " ".join(" ".join(piece.text.split()) for piece in draft.pieces)


def test_a_name_a_line_above_repeats_is_no_writer() -> None:
    """round 9's 10, an archive page: its breadcrumb's "News Archive" over "Feb. 20, 2018"."""
    draft = Draft(
        [
            Piece("heading", "HomeNewsNews Archive"),
            Piece("heading", "News Archive"),
            Piece("paragraph", "Feb. 20, 2018"),
        ],
        {"title": "Given"},
    )
    clean(draft)
    assert "author" not in draft.meta


def test_a_page_s_visible_byline_and_every_linked_writer() -> None:
    assert prepared("10.html", "html").meta["author"] == "Patti Domm"
    assert prepared("08.html", "html").meta["author"] == "María R. Sahuquillo and Emilio de Benito"


def test_a_numeric_date_the_metadata_states_in_words_is_read() -> None:
    draft = prepared("07.html", "html")
    assert draft.meta["published"] == "2010-10-09"
    assert not any("reads as" in warning for warning in draft.warnings)


def test_the_same_page_without_that_metadata_leaves_the_date_unset() -> None:
    page = (DEV / "07.html").read_text(encoding="utf-8")
    page = re.sub(r'<meta name="publish_date"[^>]*>', "", page)
    page = page.replace("EDT", "")  # no time zone beside "10/9/10" either
    assert "published" not in prepare(page.encode(), "html", {}).draft.meta


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("10/9/10 7:15 AM EDT", "2010-10-09"),  # month first in North America
        ("10/9/2010 07:15 CET", "2010-09-10"),  # day first in Europe
        ("10/9/2010", None),  # nothing decides
        ("10/9/2010 7:15 AM XYZ", None),  # a zone not known
    ],
)
def test_a_time_zone_decides_a_numeric_date(text: str, day: str | None) -> None:
    found = zoned_date(text)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("Sat, 09 Oct 2010 07:15:45 EST", "2010-10-09"),
        ("03/04/2024", None),  # reads two ways: the metadata's guess is not taken either
        ("Politics", None),
    ],
)
def test_a_metadata_date_in_words(value: str, day: str | None) -> None:
    found = machine_date(value)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Case Study August 12, 2010, 5:00PM EST", "2010-08-12"),  # round 14's 14
        ("Opinion March 3, 2024", "2024-03-03"),
        ("Vote due March 3, 2024", None),  # a phrase, not a label
        ("The Senate voted on March 3, 2024.", None),
    ],
)
def test_a_label_run_onto_a_date(line: str, day: str | None) -> None:
    found = run_on_date(line)
    assert (found.isoformat() if found else None) == day


def test_posted_on_a_weekday_and_an_ordinal_date() -> None:
    draft = Draft([], {})
    assert take_date_line("posted on Saturday, August 13th, 2011", draft)
    assert draft.meta["published"] == "2011-08-13"
    assert not take_date_line("The plant was posted on the list by August 13th, 2011 officials said.", Draft([], {}))


@pytest.mark.parametrize(
    ("name", "title", "author"),
    [
        (
            "15.pdf",
            "Inadequate and Unhealthy Housing, 2007 and 2009",
            "Jaime Raymond, William Wheeler and Mary Jean Brown",
        ),
        ("16.pdf", "Coronary Heart Disease and Stroke Deaths — United States, 2006", "Nora L. Keenan and Kate M. Shaw"),
    ],
)
def test_a_report_s_title_without_its_writers_and_its_footer_date(name: str, title: str, author: str) -> None:
    draft = prepared(name, "pdf")
    assert draft.meta["title"] == title and draft.meta["author"] == author
    assert draft.meta["published"] == "2011-01-14"  # "MMWR / January 14, 2011 / Vol. 60", not the file's 2013 date
    text = "\n".join(piece.text for piece in draft.pieces)
    assert "National Center for" in text and "Corresponding author:" in text  # the centre stays in the text
    assert title not in text  # not printed twice


def test_no_sentence_of_a_later_box_becomes_the_title_and_the_body_keeps_it() -> None:
    draft = prepared("16.pdf", "pdf")
    text = " ".join(piece.text for piece in draft.pieces)
    assert "CHD and stroke age-adjusted mortality rates were also examined by state" in text


def test_a_pdf_without_a_dated_running_line_takes_no_date_from_its_text() -> None:
    """The running footer is the only place read: a date in the first paragraph is the text's, not the issue's."""
    draft = Draft([Piece("paragraph", "On January 3, 2011, the survey closed.")], {})
    draft.dropped = [("running header or footer", "MMWR / Vol. 60"), ("page numbers", "21")]
    _take_running_date(draft)
    assert "published" not in draft.meta


@pytest.mark.parametrize(
    ("body", "writers"),
    [
        ("<div>By: <a href='/p'>Patti Domm</a><br>CNBC Executive News Editor</div>", "Patti Domm"),
        ("<p>By <!-- byline --> <a href='/j'>Jane Doe</a> and <a href='/r'>John Roe</a></p>", "Jane Doe and John Roe"),
        ("<p>By the numbers, it was the best year the team and its fans have had.</p>", None),
    ],
)
def test_a_page_s_byline_is_read_up_to_its_line_break(body: str, writers: str | None) -> None:
    assert _visible_byline(lxml.html.document_fromstring(f"<html><body>{body}</body></html>")) == writers
