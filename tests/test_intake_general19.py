"""Round 19: what blind round 18 found in `briefing add` (dev since its after-run:
`evaluation/titles/round18/`), mended as rules of a general shape, each on the round's real input
beside a fixture of another site or subject and a counter-example that keeps its answer: metadata
placeholders as authors, a PDF's masthead over its headline, a date in a paste's " | " meta line, a
date inside a code listing, and a lower-case site name."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from build_site.importer import prepare
from build_site.importer_byline import no_writer
from build_site.importer_model import Draft
from tests.pdfs import TITLE, article_pdf

ROUND18 = Path(__file__).resolve().parents[1] / "evaluation" / "titles" / "round18" / "texts"
PROSE = (
    "The county board voted on Tuesday to close the old landfill by the end of next year, after "
    "residents of three towns asked for years that the site be covered and planted."
)


def pdf_draft(path: Path, overrides: dict[str, str | None] | None = None) -> Draft:
    return prepare(path.read_bytes(), "pdf", overrides or {}).draft


def release_pdf(
    path: Path, *, author: str | None = None, contact: str | None = None, name: str = "City of Riverton"
) -> Path:
    """A one-page release: the issuing body's name set as large as the headline, perhaps a contact
    line under it, then the headline and paragraphs of prose."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    if author is not None:
        pdf.set_author(author)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", size=18)
    pdf.text(72, 110, name)
    y = 150.0
    if contact is not None:
        pdf.set_font("Helvetica", size=11)
        pdf.text(72, y, contact)
        y += 40
    pdf.set_font("Helvetica", "B", size=18)
    pdf.text(72, y, "Riverton Opens Its New Flood Barrier")
    y += 45
    pdf.set_font("Helvetica", size=11)
    for _ in range(4):
        for line in (PROSE[:90], PROSE[90:]):
            pdf.text(72, y, line)
            y += 15
        y += 20
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    "name",
    ["Microsoft Office User", "User", "Owner", "Administrator", "Windows User", "jsmith", "user01",
     "Lien-Mager, Lisa@CNRA", "CORP\\jdoe"],
)  # fmt: skip
def test_a_word_processors_placeholder_or_a_login_is_no_writer(name: str) -> None:
    assert no_writer(name)


@pytest.mark.parametrize("name", ["Jane Doe", "Reuters", "CDC", "Karuk Tribe", "Nora L. Keenan, PhD", "Owner Smith"])
def test_a_name_an_outlet_or_a_body_is_a_writer(name: str) -> None:
    assert not no_writer(name)


def test_a_pdfs_placeholder_author_is_not_taken() -> None:
    assert "author" not in pdf_draft(ROUND18 / "15.pdf", {"title": "Given"}).meta  # "Microsoft Office User"
    assert "author" not in pdf_draft(ROUND18 / "16.pdf", {"title": "Given"}).meta  # "Lien-Mager, Lisa@CNRA"


def test_a_pdfs_placeholder_author_of_another_maker_is_not_taken_and_a_writer_is(tmp_path: Path) -> None:
    placeholder = pdf_draft(release_pdf(tmp_path / "a.pdf", author="Windows User", name="Riverton"))
    assert "author" not in placeholder.meta
    contact = "Media contact: Dana Whitfield"  # the writer the Author field names is printed in the release
    writer = pdf_draft(release_pdf(tmp_path / "b.pdf", author="Dana Whitfield", contact=contact, name="Riverton"))
    assert writer.meta["author"] == "Dana Whitfield"


def test_a_pdf_releases_masthead_is_no_title() -> None:
    draft = pdf_draft(ROUND18 / "15.pdf")
    assert draft.meta["title"] == "Karuk Tribe Declares Climate Emergency"
    assert ("masthead (the issuing body's name over the headline)", "Karuk Tribe") in draft.dropped


@pytest.mark.parametrize(
    ("author", "contact"),
    [
        (None, "Contact: Jo Ames, 555-201-3344"),
        (None, "For more information: press@riverton.gov"),
        ("City of Riverton", None),
    ],
)
def test_a_masthead_over_a_contact_block_or_naming_the_files_author_is_skipped(
    tmp_path: Path, author: str | None, contact: str | None
) -> None:
    draft = pdf_draft(release_pdf(tmp_path / "release.pdf", author=author, contact=contact))
    assert draft.meta["title"] == "Riverton Opens Its New Flood Barrier"
    assert "City of Riverton" not in [piece.text for piece in draft.pieces]


def test_a_first_line_with_nothing_of_a_masthead_stays_the_title(tmp_path: Path) -> None:
    draft = pdf_draft(release_pdf(tmp_path / "plain.pdf"))  # no contact, no issuer: read as before
    assert draft.meta["title"].startswith("City of Riverton")
    assert not [text for why, text in draft.dropped if why.startswith("masthead")]
    assert pdf_draft(article_pdf(tmp_path / "report.pdf")).meta["title"] == TITLE


def pasted(text: str, overrides: dict[str, str | None] | None = None) -> Draft:
    return prepare(text.encode(), "text", overrides or {}).draft


def test_a_pasted_posts_meta_line_gives_its_date_and_leaves_the_body() -> None:
    draft = pasted((ROUND18 / "13.txt").read_text(encoding="utf-8"))
    assert draft.meta["title"] == "Ever-changing Exhibits"
    assert draft.meta["published"] == "2013-05-13"
    assert not [piece for piece in draft.pieces if "Posted in" in piece.text]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("By Jane Doe · 3rd March 2024 · 5 min read", "2024-03-03"),
        ("March 3rd, 2024 | Filed under: Transport | 12 Comments", "2024-03-03"),
        ("Posted in Roads | 21st November 2023 | Leave a comment", "2023-11-21"),
    ],
)
def test_a_meta_line_of_another_site_gives_its_date(line: str, date: str) -> None:
    draft = pasted(f"Why the Bypass Was Rerouted\n\n{line}\n\n{PROSE}\n\n{PROSE}\n")
    assert draft.meta["published"] == date
    assert line in [text for _, text in draft.dropped]
    assert [piece.text for piece in draft.pieces] == [PROSE, PROSE]


def test_a_line_of_bars_with_no_date_stays_in_the_body() -> None:
    table = "Posted in Roads | Tags: bypass | 12 Comments"
    draft = pasted(f"Why the Bypass Was Rerouted\n\n{PROSE}\n\n{table}\n\n{PROSE}\n")
    assert "published" not in draft.meta
    assert table in [piece.text for piece in draft.pieces]


CHIPS = Path(__file__).resolve().parents[1] / "evaluation" / "trials" / "chips" / "inputs" / "served"
ARTICLE = f"<article><h1>Ferry Service Resumes on the Sound</h1><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article>"


def page_with(head: str) -> str:
    return f"<html><head><title>Ferry Service Resumes on the Sound</title>{head}</head><body>{ARTICLE}</body></html>"


def test_a_lower_case_site_name_is_kept_as_written() -> None:
    raw = (CHIPS / "ajc-ap-2024-12-03-china-bans-gallium.html").read_bytes()
    assert prepare(raw, "html", {}).meta["publisher"] == "ajc"  # trafilatura gives "Ajc"


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("<meta property='og:site_name' content='islandwire'>", "islandwire"),
        ("<meta property='og:site_name' content='islandwire'><meta name='application-name' content='Island Wire'>", "Island Wire"),
        ("<meta property='og:site_name' content='The Island Wire'>", "The Island Wire"),
        ("<meta property='og:site_name' content='iWire'>", "iWire"),
    ],
)  # fmt: skip
def test_a_site_name_is_the_pages_own_spelling_or_its_other_metadatas(head: str, publisher: str) -> None:
    assert prepare(page_with(head).encode(), "html", {}).meta["publisher"] == publisher


def test_a_date_only_in_a_code_listing_is_not_the_pages() -> None:
    draft = prepare((ROUND18 / "09.html").read_bytes(), "html", {}).draft
    assert "published" not in draft.meta  # 2008-04-18 stands only in `ls -l` output
    assert any("stands only in a code listing" in warning and "--date" in warning for warning in draft.warnings)


LISTING = "$ ls -l backups/\n-rw-r--r-- 1 ops ops 4096 2019-03-02 11:04 db.dump\n-rw-r--r-- 1 ops ops 88 2019-03-02 11:05 notes …"


def test_another_sites_listing_date_is_not_taken_and_a_date_the_page_states_is() -> None:
    body = f"<article><h1>Nightly Backups with Cron</h1><p>{PROSE}</p><pre>{LISTING}</pre><p>{PROSE}</p></article>"
    listed = prepare(page_with("").replace(ARTICLE, body).encode(), "html", {})
    assert "published" not in listed.meta
    assert "```\n$ ls -l backups/\n" in listed.body  # the plain <pre> is a fenced block, not a quotation
    assert not any("teasers" in warning for warning in listed.draft.warnings)  # its "…" line is no teaser
    stated = body.replace(
        "<h1>Nightly Backups with Cron</h1>", "<h1>Nightly Backups with Cron</h1><p>March 2, 2019</p>"
    )
    assert str(prepare(page_with("").replace(ARTICLE, stated).encode(), "html", {}).meta["published"]) == "2019-03-02"


def test_a_quotation_stays_a_quotation() -> None:
    body = f"<article><h1>Nightly Backups with Cron</h1><p>{PROSE}</p><blockquote><p>{PROSE}</p></blockquote></article>"
    prepared = prepare(page_with("").replace(ARTICLE, body).encode(), "html", {})
    assert f"> {PROSE}" in prepared.body


def test_a_login_linked_as_byline_is_no_author_even_capitalised() -> None:
    raw = (ROUND18.parent.parent / "round12" / "texts" / "02.html").read_bytes()
    assert "author" not in prepare(raw, "html", {"title": "Given"}).meta  # link "steventroughtonsmith"


TRIALS = Path(__file__).resolve().parents[1] / "evaluation" / "trials"
DECK = "Ferries will run every half hour again from Monday after the county repaired the landing"


def test_a_deck_set_as_a_heading_under_the_headline_is_the_first_paragraph() -> None:
    raw = (TRIALS / "chips" / "inputs" / "hklaw-2024-12-us-strengthens-controls.html").read_bytes()
    body = prepare(raw, "html", {}).body
    assert "Bureau of Industry and Security Final Rule Focuses on" in body
    assert "## Bureau of Industry" not in body  # the deck under the h1, no section's heading
    assert "### Highlights" in body


@pytest.mark.parametrize(
    ("under_h1", "heading"),
    [
        (f"<h2>{DECK}</h2>", False),
        (f"<div class='article-dek'>{DECK}</div>", False),
        ("<h2>What we found</h2>", True),  # a section's label stays a heading
    ],
)
def test_another_sites_deck_is_prose_and_a_short_label_a_heading(under_h1: str, heading: bool) -> None:
    body = f"<article><h1>Ferry Service Resumes on the Sound</h1>{under_h1}<p>{PROSE}</p><p>{PROSE}</p></article>"
    text = prepare(page_with("").replace(ARTICLE, body).encode(), "html", {}).body
    label = DECK if DECK in under_h1 else "What we found"
    assert (f"## {label}" in text) is heading
    assert label in text


def test_a_long_heading_after_the_first_paragraph_stays_a_heading() -> None:
    body = f"<article><h1>Ferry Service Resumes on the Sound</h1><p>{PROSE}</p><h2>{DECK}</h2><p>{PROSE}</p></article>"
    assert f"## {DECK}" in prepare(page_with("").replace(ARTICLE, body).encode(), "html", {}).body
