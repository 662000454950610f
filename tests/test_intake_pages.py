"""Pages that are not articles, and round 7's last misreadings (issue 16, round 8).

A list, archive or category page is refused in one line (or imported with a warning when --title
says it is one article); a government banner, an image's alt text, an agency's name line, a numbered
breadcrumb and a release number are never the title. Every rule is tested on a real text (dev texts
of evaluation/titles, or a real saved page of tests/fixtures/pages/) and on a real counter-example
that must still import without asking.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer_dates import human_date
from build_site.importer_listing import listing_reason
from build_site.importer_title import top_line_reason
from tests.test_intake import add as add_files
from tests.test_intake import written
from tests.test_titles import add

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "evaluation" / "titles"
PAGES = ROOT / "tests" / "fixtures" / "pages"


def _text(name: str) -> str:
    return (DEV / name).read_text(encoding="utf-8")


# --- list, archive and category pages ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("round7/texts/07.txt", "its title 'CourtSide: US Court of Appeals Archives' names an archive"),
        ("round7/texts/19.txt", "its first headline is an item of a bulleted list"),
        ("round7/texts/26.txt", "2 items end in"),
        ("round7/texts/04.txt", "2 items end in 'Read More'"),
    ],
)
def test_a_real_list_page_is_refused_in_one_line_and_nothing_is_written(
    name: str, why: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err, post = add(capsys, tmp_path, _text(name))
    assert code == 1 and post is None and len(err.splitlines()) == 1
    assert "looks like a list of stories or an archive page, not one article" in err and why in err
    assert 'if it is one article, add --title "' in err


def test_a_list_page_given_a_title_is_imported_whole_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _text("round7/texts/07.txt")
    code, out, err, post = add(capsys, tmp_path, text, "--title", "Appeals court rulings, spring 2014")
    assert code == 0, err
    assert "looks like a list of stories, not one article" in out and "imported whole as --title asks" in out
    for line in (raw.strip() for raw in text.splitlines() if raw.strip()):
        assert line[:40] in post.content or line[:40] in out, line


@pytest.mark.parametrize(
    "name",
    [
        "round7/texts/16.txt",  # a story of short paragraphs, then previous/next links
        "round7/texts/11.txt",  # a release under its agency's name, month label and release numbers
        "round7/texts/10.txt",  # a feed aggregator's story with its photo caption
        "round8/texts/07.txt",
    ],
)
def test_a_real_article_is_not_taken_for_a_list(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert listing_reason(_text(name).splitlines()) is None
    code, _, err, post = add(capsys, tmp_path, _text(name))
    assert code == 0 and post is not None, err


def test_key_points_then_prose_are_not_a_list_of_stories() -> None:
    """Bullets one after another (a story's key points) are not headlines each over a story."""
    lines = [
        "Cartel leader extradited to the United States",
        "",
        "• Prosecutors filed charges in Texas last year",
        "• The extradition was approved by a federal judge",
        "",
        "Mexico extradited the leader of a cartel to the United States on Friday, officials said.",
    ]
    assert listing_reason(lines) is None
    lines[3:3] = ["Mexico had refused twice before, citing the cartel's cases at home, the ministry said."]
    assert listing_reason(lines) is not None  # now each bullet heads a paragraph of its own


@pytest.mark.parametrize("mark", ["•", "·", "-"])
def test_a_bullet_the_list_rules_read_is_a_list_item_of_the_text(
    mark: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One bullet syntax (importer_model.BULLET) for both: a mark the list-page rules count as a
    bullet makes a list item of the imported text, not a paragraph starting with the mark."""
    text = (
        "Cartel leader extradited to the United States\n\n"
        "Mexico extradited the leader of a cartel to the United States on Friday, officials said.\n\n"
        f"{mark} Prosecutors filed charges in Texas last year\n"
        f"{mark} The extradition was approved by a federal judge\n"
    )
    code, _, err, post = add(capsys, tmp_path, text)
    assert code == 0, err
    assert "- Prosecutors filed charges in Texas last year\n- The extradition was approved" in post.content


def test_a_real_topic_index_page_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = PAGES / "chip_de_topic.html"
    code, _, err = add_files(capsys, tmp_path / "corpus", str(page))
    assert code == 1 and page.name in err and len(err.splitlines()) == 1
    assert "headlines in a list make most of its text" in err
    assert written(tmp_path / "corpus") == []
    code, out, err = add_files(capsys, tmp_path / "corpus", str(page), "--title", "Werkzeug im Test")
    assert code == 0 and "imported whole as --title asks: check it" in out, err  # the same words as pasted text


def test_a_real_announcement_with_short_paragraphs_and_a_list_is_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = PAGES / "python_insider_release.html"
    code, out, err = add_files(capsys, tmp_path / "corpus", str(page))
    assert code == 0, err
    assert "list of stories" not in out
    assert len(written(tmp_path / "corpus")) == 1


def test_a_page_that_calls_itself_a_collection_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """schema.org's CollectionPage: the page's own structured data says it lists, and names no article."""
    story = (
        "<p>" + "The navy seized a semi-submersible vessel carrying cocaine off Oaxaca, officials said. " * 12 + "</p>"
    )
    data = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "%s"}</script>'
    for kind, refused in (("CollectionPage", True), ("NewsArticle", False)):
        page = tmp_path / f"{kind}.html"
        page.write_text(
            f"<html><head><title>Navy</title>{data % kind}</head><body><article><h1>Navy seizes vessel"
            f"</h1>{story}</article></body></html>",
            encoding="utf-8",
        )
        code, _, err = add_files(capsys, tmp_path / kind, str(page))
        assert (code == 1 and "structured data calls it a CollectionPage" in err) if refused else code == 0, err


# --- what is never the title: banners, alt texts, names, breadcrumbs, numbers ----------------------


@pytest.mark.parametrize(
    ("name", "title", "dropped"),
    [
        (
            "round7/texts/05.txt",
            "Recalls, Market Withdrawals, & Safety Alerts",
            [
                "site banner: U.S. flag An official website of the United States government",
                "numbered breadcrumb or menu: 1. Home",
            ],
        ),
        (
            "round7/texts/11.txt",
            "Securities and Exchange Commission Awards Whistleblower More Than $37 Million",
            [
                "an organisation's name (a banner): Securities and Exchange Commission (SEC)",
                "release number line: SEC-PR-2024-90",
            ],
        ),
    ],
)
def test_page_chrome_naming_the_story_is_not_its_title(
    name: str, title: str, dropped: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err, post = add(capsys, tmp_path, _text(name))
    assert code == 0, err
    assert post["title"] == title
    for line in dropped:
        assert line in out


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Link to United States Department of Justice Home Page", "alt text"),
        (
            "United States Department of Justice Seal of the United States Department of Justice displayed against a "
            "background image of the U.S. flag",
            "alt text",
        ),
        ("Securities and Exchange Commission (SEC)", "organisation's name"),
        ("SEC NEWS - SEC-PR-2024-90SEC-PR-2024-90 (JUL. 26, 2024)", "release number"),
        ("U.S. flag An official website of the United States government", "site banner"),
    ],
)
def test_a_real_chrome_line_is_known(line: str, reason: str) -> None:
    assert reason in (top_line_reason(line) or "")


@pytest.mark.parametrize(
    "headline",
    [
        "Nike unveils new logo for the World Cup",
        "COVID-19 cases rise in Texas as schools reopen",
        "Securities and Exchange Commission Awards Whistleblower More Than $37 Million",
        "Link between cartel and port officials revealed",
    ],
)
def test_a_headline_like_chrome_is_not_taken_for_it(headline: str) -> None:
    assert top_line_reason(headline) is None


# --- round 7's misreadings ---------------------------------------------------------------------


def test_a_markdown_headline_atop_a_paste_is_the_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """round8/01: an AP story as a dataset viewer shows it, "# Headline", byline, date and time."""
    code, _, err, post = add(capsys, tmp_path, _text("round8/texts/01.txt"))
    assert code == 0, err
    assert post["title"] == "Military commanders will be told to send transgender troops to medical checks"
    assert post["author"] == "Lolita C. Baldor" and str(post["published"]) == "2025-05-15"
    (tmp_path / "given").mkdir()
    code, _, err, post = add(capsys, tmp_path / "given", _text("round8/texts/01.txt"), "--title", "Given")
    assert code == 0 and "Military commanders will be told to send transgender troops" in post.content, err


def test_a_marked_comment_over_a_headline_is_still_a_comment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "# Saved from the wire\nNavy seizes semi-submersible off Oaxaca\n\nThe navy seized a semi-submersible "
        "vessel carrying three tonnes of cocaine off the coast of Oaxaca.\n"
    )
    code, _, err, post = add(capsys, tmp_path, text)
    assert code == 0, err
    assert post["title"] == "Navy seizes semi-submersible off Oaxaca"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("May 15th, 2025, 10:26 PM", "2025-05-15"),
        ("Tuesday, 30 June 2020 05:31", "2020-06-30"),
        ("March 3, 2025 at 9:05 a.m. ET", "2025-03-03"),
        ("The vote at 10:26", None),
        ("11/07/2024, 10:26", None),  # reads two ways, time or not
    ],
)
def test_a_date_with_its_time_after_it_is_read(line: str, date: str | None) -> None:
    found = human_date(line)
    assert (found.isoformat() if found else None) == date


def test_a_date_inside_a_category_line_is_read_before_the_line_is_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """round8/04: "Category: World Published on Tuesday, 30 June 2020 05:31 Hits: 7"."""
    code, out, err, post = add(capsys, tmp_path, _text("round8/texts/04.txt"), "--title", "Given")
    assert code == 0, err
    assert str(post["published"]) == "2020-06-30" and "category label, its date read as date" in out
    (tmp_path / "plain").mkdir()
    code, out, err, post = add(
        capsys,
        tmp_path / "plain",
        "Category: World\n\nSahel leaders meet in Niamey\n\n"
        "Leaders of the Sahel met in Niamey on Monday to sign a treaty, officials said.\n",
    )
    assert code == 0 and "published" not in post.metadata and "category label: Category: World" in out, err


# --- found by round 9's blind run (dev since) ------------------------------------------------------


def test_a_comment_count_by_the_headline_does_not_end_the_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """round9/01, BBC News (2015): "941 comments" stands above the first paragraph; it was read as the start
    of the comments and the whole story dropped as "end of article" (0 paragraphs written)."""
    page = DEV / "round9" / "texts" / "01.html"
    code, out, err = add_files(capsys, tmp_path / "corpus", str(page))
    assert code == 0, err
    body = written(tmp_path / "corpus")[0].read_text(encoding="utf-8")
    assert "President Barack Obama has admitted that his failure to pass" in body
    assert "Hours after the interview, a gunman opened fire" in body
    assert "comment count or prompt above the article: 941 comments" in out and "end of article" not in out
