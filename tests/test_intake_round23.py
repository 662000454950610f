"""Issue 16's last places where `add` loses a line or stays silent, each read on a real dev input
(`evaluation/titles/`, rounds up to 22, and the trials) beside an input of another round and a
counter-example that keeps its answer.

- A saved page's headline, printed as a heading and taken out of the text as the title, is listed
  as dropped when `--title` replaces it, as a paste's and a PDF's already are.
- A text left undated is warned naming `--date YYYY-MM-DD`, whatever its format, with a day it holds
  that the importer did not trust shown to check (never taken), and the summary line of several
  inputs says it.
- Pages that are no article, told by their structure: a blog's page printing its posts in full,
  a month archive's heading, a post with no text under its headline.
- A byline's date joined by middle dots with no space ("By Name·July 22, 2026·6 min read"); a
  dateline's date closed by a colon; a PDF's Author field naming the program that made the file."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from fpdf import FPDF

from build_site.cli import main
from build_site.importer import prepare
from build_site.importer_listing import listing_reason
from build_site.importer_model import REPLACED_HEADLINE, SourceError
from build_site.importer_write import Prepared

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
TITLES = EVALUATION / "titles"
MEKONG_SITE = EVALUATION / "trials" / "mekong" / "inputs" / "site"
LEDE = (
    "The port authority voted on Tuesday to dredge the harbour's main channel from June, after "
    "two cargo ships ran aground there in the spring and pilots asked for the work to start."
)


def saved(round_name: str, name: str, **overrides: str) -> Prepared:
    return prepare((TITLES / round_name / "texts" / name).read_bytes(), "html", dict(overrides))


def replaced(prepared: Prepared) -> list[str]:
    return [text for why, text in prepared.draft.dropped if why == REPLACED_HEADLINE]


@pytest.mark.parametrize(
    ("round_name", "name", "headline"),
    [
        ("round22", "04.html", "SmallSat Ops"),  # an h2 with its permalink sign "∞"
        ("round21", "04.html", "Flatpak 1.0 Released, Ready for Prime Time"),
        ("round9", "02.html", "Attack stokes instability fears in North Africa"),
    ],
)
def test_a_pages_headline_replaced_by_title_is_listed(round_name: str, name: str, headline: str) -> None:
    assert saved(round_name, name).meta["title"] == headline
    given = saved(round_name, name, title="Given")
    assert given.meta["title"] == "Given"
    assert replaced(given) == [headline]
    assert headline not in given.body  # listed, not written twice


def test_a_title_that_is_the_pages_headline_lists_nothing() -> None:
    assert replaced(saved("round22", "04.html", title="SmallSat Ops")) == []


def test_a_headline_run_into_the_lede_is_in_the_text_and_not_listed() -> None:
    """Round 17's 06: the extractor keeps the h1 "About" run into the first paragraph."""
    given = saved("round17", "06.html", title="Given")
    assert given.body.startswith("About")
    assert replaced(given) == []


# --- a text with no publication date -----------------------------------------------------------


def asking_for_date(prepared: Prepared) -> list[str]:
    return [warning for warning in prepared.draft.warnings if "--date YYYY-MM-DD" in warning]


def pasted(round_name: str, name: str, **overrides: str) -> Prepared:
    return prepare((TITLES / round_name / "texts" / name).read_bytes(), "text", dict(overrides))


@pytest.mark.parametrize(("round_name", "name"), [("round16", "08.html"), ("round12", "04.html")])
def test_an_undated_page_is_warned_naming_date(round_name: str, name: str) -> None:
    """Round 16's 08 (a profile) was imported undated in silence; round 12's 04 with `--title`."""
    prepared = saved(round_name, name, title="Given")
    assert "published" not in prepared.meta
    assert len(asking_for_date(prepared)) == 1


def test_a_dated_or_flagged_text_is_not_warned() -> None:
    assert "published" in saved("round22", "04.html").meta
    assert asking_for_date(saved("round22", "04.html")) == []
    assert asking_for_date(saved("round16", "08.html", published="2024-05-02")) == []


@pytest.mark.parametrize(
    ("folder", "day"),
    [
        ("2021/02/13/mekong-river-at-a-low-level-commission-demands-china-share-dam-data", "2021-02-13"),
        ("news/2019-08-02/China-rebuts-U-S-criticism-of-causing-drought-in-Mekong-River-IPrkPS29vG", "2019-08-02"),
    ],
)
def test_the_day_a_saved_sites_path_holds_is_shown_to_check(folder: str, day: str) -> None:
    path = MEKONG_SITE / folder / "index.html"
    prepared = prepare(path.read_bytes(), "html", {}, path=path)
    assert "published" not in prepared.meta  # shown, never taken
    assert any(f"to check: {day}, the day the file's path holds" in warning for warning in prepared.draft.warnings)
    unread = prepare(path.read_bytes(), "html", {})  # no file: no path to read
    assert not any(day in warning for warning in unread.draft.warnings)


def test_a_captions_date_is_shown_to_check() -> None:
    """Round 6's 12: a "FILE PHOTO" caption dated 3 October 2014, the paste dated nowhere else."""
    prepared = pasted("round6", "12.txt", title="Given")
    assert "published" not in prepared.meta
    assert any("to check: 2014-10-03, a date in a photo's caption" in warning for warning in prepared.draft.warnings)


@pytest.mark.parametrize(("round_name", "name", "year"), [("", "03.txt", "2005"), ("round11", "10.txt", "2024")])
def test_a_rights_lines_year_is_shown_to_check(round_name: str, name: str, year: str) -> None:
    prepared = pasted(round_name, name, title="Given")
    assert "published" not in prepared.meta
    assert any(f"to check: {year}, only the year of the rights line" in warning for warning in prepared.draft.warnings)


def test_the_summary_line_of_an_undated_input_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: S\nplugins:\n  - briefing:\n      corpus: corpus\n", encoding="utf-8")
    dated, undated = TITLES / "round22" / "texts" / "04.html", TITLES / "round16" / "texts" / "08.html"
    assert main(["add", str(dated), str(undated), "-f", str(config)]) == 0
    summary = capsys.readouterr().out.split("2 of 2 inputs imported:\n")[1].splitlines()
    assert "undated" not in summary[0]
    assert summary[1].endswith(
        ", undated: no publication date found; set `published: YYYY-MM-DD` in its front "
        "matter (what --date YYYY-MM-DD sets)"
    )


# --- pages that are no article, told by their structure ----------------------------------------


def refusal(round_name: str, name: str, kind: str = "html") -> str:
    with pytest.raises(SourceError) as refused:
        prepare((TITLES / round_name / "texts" / name).read_bytes(), kind, {})
    return str(refused.value)


def test_a_news_page_printing_its_posts_in_full_is_a_list() -> None:
    """Round 22's 02: 84 posts one under another, each under a linked heading dated under it."""
    assert "posts in full, each dated under a heading linking to its own page" in refusal("round22", "02.html")
    given = saved("round22", "02.html", title="Given")
    assert any(warning.startswith("looks like a list of stories") for warning in given.draft.warnings)
    assert "published" not in given.meta  # the newest post's date is no date of the page


@pytest.mark.parametrize(
    ("round_name", "name"),
    [("round9", "08.html"), ("round10", "01.html"), ("round10", "05.html")],
)
def test_a_few_dated_features_or_dated_teasers_beside_an_article_are_no_list(round_name: str, name: str) -> None:
    """Round 9's 08, a weekly edition printing three features in full; round 10's 01 and 05,
    articles with related stories' dated headings beside them: imported, their dates kept."""
    prepared = saved(round_name, name)
    assert prepared.draft.listing is None
    assert "published" in prepared.meta


def test_a_month_archive_is_a_list() -> None:
    """Round 22's 12: "Month: May 2025" over one teaser and its "Read More"."""
    assert "its title 'Month: May 2025' names an archive" in refusal("round22", "12.txt", "text")
    given = pasted("round22", "12.txt", title="Given")
    assert any(warning.startswith("looks like a list of stories") for warning in given.draft.warnings)


@pytest.mark.parametrize("line", ["Month: May 2025", "Archive for March 2019", "Posts from June 2021"])
def test_a_month_archives_heading_is_read(line: str) -> None:
    assert listing_reason([line, "Town meeting passes all articles", "By Ann Needle The meeting ran three hours."])


@pytest.mark.parametrize("line", ["May 2025", "Town Meeting of May 2025 passes all articles", "Published May 2025"])
def test_a_month_in_a_line_names_no_archive(line: str) -> None:
    assert (
        listing_reason([line, "Town meeting passes all articles", "By Ann Needle The meeting ran three hours."]) is None
    )


def test_an_empty_post_is_no_article() -> None:
    """Round 22's 06: the post's `<article>` holds its headline "_", a label, a date and a writer."""
    assert refusal("round22", "06.html").startswith("looks like an empty post, not an article")
    given = saved("round22", "06.html", title="Given")
    assert any("its post holds no text under its headline" in warning for warning in given.draft.warnings)


@pytest.mark.parametrize(
    ("round_name", "name"), [("round22", "04.html"), ("round19", "04.html"), ("round13", "07.html")]
)
def test_a_post_with_its_text_is_not_empty(round_name: str, name: str) -> None:
    """Round 22's 04 (the same site's layout, a post of two paragraphs), round 19's 04 and round 13's 07,
    each a post in an `<article>` under its headline."""
    prepared = saved(round_name, name)
    assert prepared.draft.not_article is None
    assert not any("holds no text under its headline" in warning for warning in prepared.draft.warnings)


# --- a byline's date joined by middle dots -----------------------------------------------------


def test_a_bylines_date_joined_by_middle_dots_is_read() -> None:
    """Round 22's 11: "By Adi Ackerman·July 22, 2026·6 min read", no space around the dots."""
    prepared = pasted("round22", "11.txt")
    assert (prepared.meta["author"], str(prepared.meta["published"])) == ("Adi Ackerman", "2026-07-22")


@pytest.mark.parametrize(
    ("byline", "date"),
    [("By Denise Civiletti - May 14, 2025", "2025-05-14"), ("By Marcel·lí Puig", None)],
)
def test_a_bylines_parts(byline: str, date: str | None) -> None:
    """A dash with spaces still parts a byline; a middle dot inside a word ("Marcel·lí") does not."""
    text = f"Harbour dredging to start in June\n\n{byline}\n\n{LEDE}\n"
    prepared = prepare(text.encode(), "text", {})
    assert str(prepared.meta.get("published")) == str(date)


# --- a PDF release's dateline closed by a colon ------------------------------------------------


def pdf(round_name: str, name: str, **overrides: str) -> Prepared:
    return prepare((TITLES / round_name / "texts" / name).read_bytes(), "pdf", dict(overrides))


def test_a_datelines_date_closed_by_a_colon_is_preferred_to_the_files_date() -> None:
    """Round 22's 16: "Espoo, Finland - October 5, 2017: New materials …" opens the lede, under the
    headline kept as a paragraph with `--title`; the file was made on 2017-10-09."""
    prepared = pdf("round22", "16.pdf", title="Given")
    assert str(prepared.meta["published"]) == "2017-10-05"


@pytest.mark.parametrize(
    ("round_name", "name", "day"), [("round21", "16.pdf", "2017-04-02"), ("round13", "16.pdf", "2015-09-29")]
)
def test_other_pdfs_keep_their_dates(round_name: str, name: str, day: str) -> None:
    assert str(pdf(round_name, name).meta["published"]) == day


def test_a_sentence_opening_with_a_date_and_a_colon_is_no_dateline() -> None:
    text = f"Harbour dredging to start in June\n\nOn March 3, 2025: the board met.\n\n{LEDE}\n"
    assert "published" not in prepare(text.encode(), "text", {}).meta


# --- a program's name in a PDF's Author field --------------------------------------------------


def signed_pdf(path: Path, author: str, creator: str) -> bytes:
    """A one-page release whose document information names `author` and `creator`."""
    document = FPDF(unit="pt", format="letter")
    document.set_author(author)
    document.set_creator(creator)
    document.add_page()
    document.set_font("Helvetica", "B", size=20)
    document.text(72, 100, "Harbour dredging to start in June")
    document.set_font("Helvetica", size=11)
    for number, line in enumerate(textwrap.wrap(LEDE, 80)):
        document.text(72, 150 + 15 * number, line)
    document.text(72, 260, "Media contact: Lisa Moreno")  # the writer, printed as a release prints its contact
    document.output(str(path))
    return path.read_bytes()


@pytest.mark.parametrize(
    ("author", "creator", "kept"),
    [
        ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365", None),
        ("Acme Writer", "Acme Writer", None),  # the program that made the file, named again
        ("Lisa Moreno", "Microsoft® Word for Microsoft 365", "Lisa Moreno"),
    ],
)
def test_the_program_that_made_a_pdf_is_no_author(tmp_path: Path, author: str, creator: str, kept: str | None) -> None:
    prepared = prepare(signed_pdf(tmp_path / "release.pdf", author, creator), "pdf", {})
    assert prepared.meta.get("author") == kept
