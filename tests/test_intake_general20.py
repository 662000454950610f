"""Round 20: what blind round 19 found in `briefing add` (dev since its after-run:
`evaluation/titles/round19/`), mended as rules of a general shape, each on the round's real input
beside a page or paste of another site and a counter-example that keeps its answer: a theme's
site-owner structured data, the headline taken for the publisher, byline blocks and reporter lines,
a listed date on a page with no title of its own, and struck-through text."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from build_site.importer import prepare
from build_site.importer_byline import byline_name
from build_site.importer_listing import own_schema_types
from build_site.importer_model import Draft
from build_site.importer_write import Prepared
from tests.pdfs import TITLE, article_pdf

ROUND19 = Path(__file__).resolve().parents[1] / "evaluation" / "titles" / "round19" / "texts"
PROSE = (
    "The county board voted on Tuesday to close the old landfill by the end of next year, after "
    "residents of three towns asked for years that the site be covered and planted."
)
MAY_NOT_BE = "may not be an article"


def saved(name: str, overrides: dict[str, str | None] | None = None) -> Prepared:
    return prepare((ROUND19 / name).read_bytes(), "html", overrides or {})


def page(head: str, body: str = "") -> Prepared:
    article = body or f"<article><h1>Ferry Service Resumes on the Sound</h1><p>{PROSE}</p><p>{PROSE}</p></article>"
    html = f"<html><head>{head}</head><body>{article}</body></html>"
    return prepare(html.encode(), "html", {})


def schema(node: dict[str, object], site: str = "") -> set[str]:
    meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    block = f"<script type='application/ld+json'>{json.dumps(node)}</script>"
    return own_schema_types(
        lxml.html.document_fromstring(f"<html><head>{meta}{block}</head><body><p>x</p></body></html>")
    )


@pytest.mark.parametrize("name", ["08.html", "09.html", "10.html"])
def test_posts_under_a_themes_site_owner_data_are_not_warned(name: str) -> None:
    assert not any(MAY_NOT_BE in warning for warning in saved(name).draft.warnings)


@pytest.mark.parametrize(
    "node",
    [
        {"@context": "https://schema.org", "@type": "Person", "name": None, "url": "/"},
        {"@type": "Organization", "name": "Harbour Weekly", "url": "https://harbourweekly.example/about"},
        {"@type": "Organization", "name": "Ferry Users' Group", "url": "https://ferries.example/"},
    ],
)
def test_a_site_owner_of_another_site_is_not_the_pages_kind(node: dict[str, object]) -> None:
    assert schema(node, site="Harbour Weekly") == set()


@pytest.mark.parametrize(
    "node",
    [
        {"@type": "Person", "name": "Jane Doe", "url": "https://harbourweekly.example/people/jane-doe"},
        {"@type": "Organization", "name": "Sound Ferries Ltd", "url": "https://harbourweekly.example/ferries"},
    ],
)
def test_a_profiles_person_or_organisation_stays_the_pages_kind(node: dict[str, object]) -> None:
    assert schema(node, site="Harbour Weekly") == {node["@type"]}


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("04.html", "A Positive Note"),
        ("05.html", "Auditions for 2022/23 Starting Soon"),
        ("03.html", "Hannah Williams-Brown – President"),  # a three-part <title>: the site's part left out
    ],
)
def test_the_site_part_of_the_title_is_the_publisher_not_the_headline(name: str, title: str) -> None:
    prepared = saved(name, {"title": "Given"} if name == "03.html" else {})
    assert prepared.meta["publisher"] == "EUSO"
    assert prepared.draft.meta["title"] == title


def website(name: str) -> str:
    """A theme's JSON-LD naming the site: some themes fill its `name` with the page's headline."""
    node = {"@context": "https://schema.org", "@type": "WebSite", "url": "https://harbourweekly.example/", "name": name}
    return f"<script type='application/ld+json'>{json.dumps(node)}</script>"


HEADLINE = "Ferry Service Resumes on the Sound"


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        (f"<title>{HEADLINE} | Harbour Weekly</title>{website(HEADLINE)}", "Harbour Weekly"),
        (f"<title>{HEADLINE} – Transport – Harbour Weekly</title>{website(HEADLINE)}", "Harbour Weekly"),
        (f"<title>{HEADLINE} | Harbour Weekly</title>{website('The Harbour Weekly')}", "The Harbour Weekly"),
    ],
)
def test_another_sites_publisher_is_its_titles_site_part_or_its_own_site_name(head: str, publisher: str) -> None:
    prepared = page(head)
    assert prepared.meta["publisher"] == publisher
    assert prepared.meta["title"] == HEADLINE


def test_a_title_that_is_the_headline_alone_names_no_publisher() -> None:
    assert "publisher" not in page(f"<title>{HEADLINE}</title>{website(HEADLINE)}").meta


def pasted(text: str, overrides: dict[str, str | None] | None = None) -> Draft:
    return prepare(text.encode(), "text", overrides or {}).draft


def test_a_reporter_line_is_a_byline() -> None:
    draft = pasted((ROUND19 / "12.txt").read_text(encoding="utf-8"), {"title": "Given"})
    assert draft.meta["author"] == "Mary Alice"
    assert "Mary Alice Reporting –" not in [piece.text for piece in draft.pieces]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jorge Ruiz Reporting –", "Jorge Ruiz"),
        ("Ana María López reporting:", "Ana María López"),
        ("Investigative Reporting –", None),  # a desk's name, one word before the verb
        ("Jorge Ruiz Reporting on the county budget", None),  # no dash or colon closes it: a headline
    ],
)
def test_another_reporter_line_and_what_is_none(line: str, name: str | None) -> None:
    assert byline_name(line) == name


def test_a_byline_block_of_name_outlet_name_is_the_byline() -> None:
    draft = pasted((ROUND19 / "13.txt").read_text(encoding="utf-8"))
    assert draft.meta["title"] == "Nothing like opening night of high school football"
    assert draft.meta["author"] == "Tom Wilson"
    assert not [piece for piece in draft.pieces if piece.text in ("Tom Wilson", "Lancaster Eagle Gazette")]


FERRY = (
    "Ferry service on the Sound resumes on Monday after the island's pier was rebuilt, the county "
    "said, ending four months in which residents crossed by a single water taxi."
)


def test_another_papers_byline_block_is_read_and_a_name_alone_stays() -> None:
    block = pasted(f"{HEADLINE}\n\nJane Okafor\nHarbour Valley Times\n\n{FERRY}\n\n{PROSE}\n")
    assert block.meta["title"] == HEADLINE
    assert block.meta["author"] == "Jane Okafor"
    assert [piece.text for piece in block.pieces] == [FERRY, PROSE]
    alone = pasted(f"{HEADLINE}\n\nJane Okafor\n\n{FERRY}\n\n{PROSE}\n", {"title": "Given"})
    assert "author" not in alone.meta
    assert "Jane Okafor" in [piece.text for piece in alone.pieces]


def test_a_role_in_a_byline_block_is_no_author_and_the_block_still_goes() -> None:
    block = pasted(f"{HEADLINE}\n\nStaff Writer\nHarbour Valley Times\n\n{FERRY}\n\n{PROSE}\n")
    assert "author" not in block.meta
    assert [piece.text for piece in block.pieces] == [FERRY, PROSE]


def test_a_listed_date_is_unset_on_a_page_with_no_title_of_its_own() -> None:
    draft = saved("06.html", {"title": "Given"}).draft  # refused without --title: "has no title I can find"
    assert "published" not in draft.meta
    assert any("no title of its own" in warning and "--date" in warning for warning in draft.warnings)


def test_another_sites_untitled_page_loses_its_listed_date_and_a_titled_page_keeps_its_own() -> None:
    teasers = "".join(
        f"<div><p>March {day}, 2024</p><p>{PROSE}</p></div>" for day in (4, 11, 18)
    )  # a site whose title is its name alone, its newest teaser dated
    head = "<title>Harbour Weekly</title><meta property='og:site_name' content='Harbour Weekly'>"
    untitled = prepare(
        f"<html><head>{head}</head><body><main>{teasers}</main></body></html>".encode(), "html", {"title": "Given"}
    )
    assert "published" not in untitled.draft.meta
    titled = page(
        "<title>Ferry Service Resumes on the Sound</title>",
        f"<article><h1>Ferry Service Resumes on the Sound</h1><p>March 4, 2024</p><p>{PROSE}</p><p>{PROSE}</p></article>",
    )
    assert str(titled.meta["published"]) == "2024-03-04"


def test_struck_through_text_is_not_body() -> None:
    prepared = saved("10.html")
    assert "Towles Mill Building" not in prepared.body
    assert "Charnwood Eco Hub has moved to 7–8 Baxter Gate" in prepared.body
    assert ("struck through on the page", "Towles Mill Building") in prepared.draft.dropped


def test_another_sites_struck_words_leave_the_body_and_the_sentence_stays() -> None:
    body = (
        "<article><h1>Ferry Service Resumes on the Sound</h1>"
        f"<p>{PROSE}</p><p><s>Sailings leave from Pier 4.</s> Sailings now leave from the new terminal.</p>"
        f"<p>{PROSE} <strike>Fares rise in May.</strike></p></article>"
    )
    prepared = page("<title>Ferry Service Resumes on the Sound</title>", body)
    assert "Pier 4" not in prepared.body and "Fares rise" not in prepared.body
    assert "Sailings now leave from the new terminal." in prepared.body
    assert prepared.body.count(PROSE) == 2


def test_a_list_of_types_is_read_as_before() -> None:
    assert schema({"@type": ["Person", "Organization"], "name": "", "url": "/"}) == set()  # as schema_types reads it


def pdf(path: Path, overrides: dict[str, str | None] | None = None) -> Prepared:
    return prepare(path.read_bytes(), "pdf", overrides or {})


def test_a_pdfs_file_label_gives_way_to_its_printed_headline_and_its_dateline_dates_it() -> None:
    prepared = pdf(ROUND19 / "14.pdf")
    assert prepared.meta["title"] == "DASH-IF Appoints Olga Kornienko as its Promotion Working Group’s Chair"
    assert ("the file's label in its metadata, not the printed headline", "DASH-IF - Olga PR") in prepared.draft.dropped
    assert str(prepared.meta["published"]) == "2023-01-03"  # "Portland, OR. - Jan 3, 2023- The DASH Industry …"


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("CRS - Maritime Interdiction v2", TITLE),  # another maker's label: parts and a version code
        ("Drug Interdiction at Sea in 2024", "Drug Interdiction at Sea in 2024"),  # a title with small words stays
        ("Maritime Drug Interdiction", "Maritime Drug Interdiction"),  # capitals with no dash or code stay
    ],
)
def test_another_pdfs_label_gives_way_and_a_metadata_headline_stays(tmp_path: Path, label: str, title: str) -> None:
    assert pdf(article_pdf(tmp_path / "report.pdf", metadata_title=label)).meta["title"] == title


@pytest.mark.parametrize(
    ("lede", "date"),
    [
        (f"Salem, MA - March 4, 2024 - {FERRY}", "2024-03-04"),
        (f"SALEM, Mass. – March 4, 2024 – {FERRY}", "2024-03-04"),
        (f"SALEM, MA - {FERRY}", None),  # a dateline with no date dates nothing
    ],
)
def test_a_dateline_set_apart_by_dashes_dates_the_text(lede: str, date: str | None) -> None:
    draft = pasted(f"{HEADLINE}\n\n{lede}\n\n{PROSE}\n")
    assert draft.meta.get("published") == date


def test_a_pdfs_printed_month_is_preferred_to_a_later_creation_date() -> None:
    prepared = pdf(ROUND19 / "15.pdf")
    assert "published" not in prepared.meta  # not the creation date 2017-01-24
    assert "published December 2016" not in prepared.body
    assert any("prints only the month" in w and "--date" in w for w in prepared.draft.warnings)


def test_another_pdfs_printed_month_sets_aside_a_file_date_outside_it_only(tmp_path: Path) -> None:
    outside = pdf(article_pdf(tmp_path / "a.pdf", stated="Issued: March 2024"))  # created 2025-03-03
    assert "published" not in outside.meta
    assert any("prints only the month" in w for w in outside.draft.warnings)
    inside = pdf(article_pdf(tmp_path / "b.pdf", stated="March 2025"))
    assert not any("prints only the month" in w for w in inside.draft.warnings)
    assert inside.draft.file_date is not None


def test_a_pdf_with_no_date_at_all_warns_naming_date(tmp_path: Path) -> None:
    raw = article_pdf(tmp_path / "a.pdf").read_bytes().replace(b"/CreationDate", b"/Xreation_Dat")  # no file date
    prepared = prepare(raw, "pdf", {})
    assert "published" not in prepared.meta
    assert any("--date" in warning for warning in prepared.draft.warnings)


def test_a_by_line_over_an_outlet_is_read_as_a_byline_not_a_block() -> None:
    draft = pasted(f"{HEADLINE}\nBy Jane Okafor\nHarbour Valley Times\n{FERRY}\n\n{PROSE}\n")
    assert draft.meta["title"] == HEADLINE
    assert draft.meta["author"] == "Jane Okafor"  # not "By Jane Okafor"
