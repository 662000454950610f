"""Clutter a page or a paste carries around its story (issue 16, round 10): photo captions and credits,
comment headers and counts, share prompts, "Continue reading" links, newswire section and category
lines above the headline. Each is dropped and listed, or passed over as the title; prose that merely
looks alike stays in the body.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer_title import clutter_reason, top_line_reason
from tests.test_intake import PARAGRAPHS, add, written
from tests.test_titles import add as add_text

LEDE, SECOND, THIRD, LAST = PARAGRAPHS
CAPTION = (
    "U.S. Secretary of State Rex Tillerson answers questions during the daily briefing at the White House "
    "in Washington, DC, U.S. on November 20, 2017. REUTERS/Carlos Barria"
)


@pytest.mark.parametrize(
    "line",
    [
        CAPTION,
        "Officials inspect a truck at the Laredo crossing on Tuesday. (AP Photo/Eric Gay)",
        "Trucks queue at the border near Nogales. AFP/Getty Images",
        "Customs officers at a shared booth in Ciudad Juarez. Photo: Jose Luis Gonzalez/Reuters",
        "12 Comments",
        "Comments (3)",
    ],
)
def test_a_caption_with_its_credit_and_a_comment_count_are_clutter(line: str) -> None:
    assert clutter_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The latest Reuters/Ipsos poll found 40 percent support for the plan, up from 35 percent in May.",
        "He said REUTERS/Ipsos polling showed the race tightening, and the campaign agreed.",
        "Photographers waited at the crossing for hours before the first trucks were let through.",
    ],
)
def test_prose_naming_an_agency_or_a_photo_is_no_clutter(line: str) -> None:
    assert clutter_reason(line) is None


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("World News", "section label"),
        ("Politics", "section label"),
        ("U.S. News", "section label"),
        ("U.S. Government: Agencies/Departments/Divisions | Federal Agencies", "category path"),
    ],
)
def test_a_newswire_section_or_category_line_is_never_the_title(line: str, why: str) -> None:
    assert top_line_reason(line) == why


def test_a_wire_paste_keeps_its_story_and_lists_its_clutter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "\n\n".join(
        [
            "World News",
            "Cargo inspections widen at border crossings",
            "Share This Page",
            CAPTION,
            LEDE,
            "Continue reading the main story",
            SECOND,
            THIRD,
            LAST,
            "5 thoughts on “Cargo inspections widen at border crossings”",
            "1. Maria says: the queues at Otay Mesa were worse than ever last week.",
        ]
    )
    code, out, err, post = add_text(capsys, tmp_path, text)
    assert code == 0, err
    assert post is not None and post["title"] == "Cargo inspections widen at border crossings"
    assert post.content.split("\n\n") == PARAGRAPHS
    for dropped in ("Share This Page", "U.S. Secretary of State", "Continue reading the main story", "5 thoughts on"):
        assert dropped in out


def test_a_list_page_titled_recent_news_about_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "\n".join(
        ["U.S. Department of Justice", "Recent News About U.S. Department of Justice", "-", LEDE, "-", SECOND]
    )
    code, _, err, post = add_text(capsys, tmp_path, text)
    assert code == 1 and post is None
    assert "its title 'Recent News About U.S. Department of Justice' names an archive or category" in err


def page(figure: str) -> str:
    """A story page with a figure between its first and second paragraphs."""
    first, *rest = (f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cargo inspections widen</title>'
        '<meta property="article:published_time" content="2025-06-18"></head><body><article>'
        f'<h1>Cargo inspections widen</h1><p class="byline">By Julia Mendez</p>{first}{figure}{"".join(rest)}'
        "</article></body></html>"
    )


def test_a_caption_the_page_marks_as_one_is_dropped_and_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """trafilatura drops most marked captions itself; one inside a paragraph reaches the importer."""
    figure = (
        "<p><em class='image-credit'>Trucks wait at the Laredo crossing on a Tuesday morning in June, as new "
        "scanners are tested. Credit: Border Wire</em></p>"
    )
    saved = tmp_path / "page.html"
    saved.write_text(page(figure), encoding="utf-8")
    code, out, err = add(capsys, tmp_path / "corpus", str(saved))
    assert code == 0, err
    assert "image caption or credit (marked so on the page): Trucks wait at the Laredo" in out
    body = written(tmp_path / "corpus")[0].read_text(encoding="utf-8")
    assert "Trucks wait" not in body and all(paragraph in body for paragraph in PARAGRAPHS)


def test_a_deck_in_an_element_styled_for_captions_stays(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A class that only names a caption style ("header__caption-style--default") marks no caption."""
    deck = f"<div class='content-header__caption-style--default'><p>{SECOND}</p></div>"
    saved = tmp_path / "page.html"
    saved.write_text(page(deck), encoding="utf-8")
    code, out, err = add(capsys, tmp_path / "corpus", str(saved))
    assert code == 0, err
    assert "marked so on the page" not in out
    assert SECOND in written(tmp_path / "corpus")[0].read_text(encoding="utf-8")


def test_the_part_of_a_page_title_that_is_its_h1_is_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """round10/10 (judged, now dev): the state agency's name after " | ", named nowhere else on the page."""
    page_ = Path(__file__).resolve().parents[1] / "evaluation" / "titles" / "round10" / "texts" / "10.html"
    code, out, err = add(capsys, tmp_path / "corpus", str(page_))
    assert code == 0, err
    assert "  title: Homo Brandenburgensis (found)" in out


@pytest.mark.parametrize(
    "head_title", ["Ports | Cargo inspections widen", "Laredo - Nogales trucks wait longer at the crossings"]
)
def test_a_headline_holding_a_bar_or_a_dash_stays_whole_when_it_is_the_h1(
    head_title: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    saved = tmp_path / "page.html"
    saved.write_text(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{head_title}</title>'
        f'<meta property="og:title" content="{head_title}">'
        f'<meta property="article:published_time" content="2025-06-18"></head><body>'
        f"<div><h1>{head_title}</h1>{body}</div></body></html>",
        encoding="utf-8",
    )
    code, out, err = add(capsys, tmp_path / "corpus", str(saved))
    assert code == 0, err
    assert f"  title: {head_title} (found)" in out
