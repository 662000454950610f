"""Round 18: what blind rounds 16 and 17 found in `briefing add` (dev since their after-runs:
`evaluation/titles/round16/`, `round17/`), mended as rules of a general shape, each on a small
fixture of its own beside a counter-example that keeps its answer: a headline that ends where a date or a breadcrumb glyph begins, a
paste's headline under a blog's date header or made of common words only, a listed item's date on
a page imported with `--title`, a PDF of short labels, and code listings no clutter rule reads."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import markdown
import pytest
from fpdf import FPDF

from build_site.importer import prepare
from build_site.importer_model import Draft, Piece, SourceError
from build_site.importer_pdf import _prose_share
from build_site.importer_title_parts import headline_end
from tests.pdfs import article_pdf

TITLES = Path(__file__).resolve().parents[1] / "evaluation" / "titles"
KIND_WARNING = "may not be an article"
PROSE = (
    "The county board voted on Tuesday to close the old landfill by the end of next year, after "
    "residents of three towns asked for years that the site be covered and planted."
)


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>Page</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Competition Round 1 Results and Announcements Jan 17, 2019", "Competition Round 1 Results and Announcements"),
        ("Interop Test Day Report March 17, 2014 Burlingame, California", "Interop Test Day Report"),
        ("» Deploying IoT on a Railway System", "Deploying IoT on a Railway System"),
        ("Storm hits the coast on March 3, 2024", "Storm hits the coast on March 3, 2024"),  # the sentence's date
        ("Austin City Council meeting 3.2.2017", "Austin City Council meeting 3.2.2017"),  # a numeric date names it
        ("14 November 2024 Road works on the bypass", "14 November 2024 Road works on the bypass"),  # a date first
        ("Why We Need Type-Checked Neural Nets", "Why We Need Type-Checked Neural Nets"),
        ("A singer at the Square Bar & Kitchen (12 Jun 2017)", "A singer at the Square Bar & Kitchen (12 Jun 2017)"),
        # the sentence goes on after the date, or a weekday names it: the sentence's date, no dateline
        ("A look back at the January 6, 2021 attack on the Capitol", "A look back at the January 6, 2021 attack on the Capitol"),
        ("A Look Back At The January 6, 2021 Attack On The Capitol", "A Look Back At The January 6, 2021 Attack On The Capitol"),
        ("Why markets fell on Black Monday, October 19, 1987", "Why markets fell on Black Monday, October 19, 1987"),
        ("Storm hits coast Monday, March 3, 2024", "Storm hits coast Monday, March 3, 2024"),
        # a glyph closing a quote the title opens, or set against a word, is no breadcrumb's
        ("Merkel sagt »Wir schaffen das«", "Merkel sagt »Wir schaffen das«"),
        ("Путин: «Мы готовы к переговорам»", "Путин: «Мы готовы к переговорам»"),
        ("Home › News ›", "Home › News"),
    ],
)
def test_a_title_ends_where_a_date_or_a_breadcrumb_glyph_begins(title: str, headline: str) -> None:
    assert headline_end(title) == headline


def test_a_saved_pages_headline_run_into_its_date_is_cut_there() -> None:
    body = "<h1>Landfill Closure Plan <span>March 17, 2014</span></h1>" + f"<p>{PROSE}</p>" * 3
    draft = prepare(page(body).encode(), "html", {}).draft
    assert draft.meta["title"] == "Landfill Closure Plan"


def pasted(text: str, overrides: dict[str, str | None] | None = None) -> Draft:
    return prepare(text.encode(), "text", overrides or {}).draft


def test_a_headline_under_a_blogs_date_header_is_taken_however_short() -> None:
    draft = pasted(f"Saturday, July 16, 2005\n\nLandfill blues\n\n{PROSE} The landfill blues go on.\n\n{PROSE}\n")
    assert draft.meta["title"] == "Landfill blues"
    assert draft.meta["published"] == "2005-07-16"


def test_two_words_not_written_like_a_headline_with_no_date_header_are_still_asked() -> None:
    with pytest.raises(SourceError, match="has no clear title"):
        pasted(f"Landfill blues\n\n{PROSE} The landfill blues go on.\n\n{PROSE}\n")


def test_a_headline_of_common_words_standing_alone_over_the_text_is_taken() -> None:
    text = f"« Older post | Main | Newer post »\n\nThe most important part of the story\n\n{PROSE}\n\n{PROSE}\n"
    assert pasted(text).meta["title"] == "The most important part of the story"


def test_a_line_of_common_words_over_a_menu_is_still_asked() -> None:
    text = f"« Older post | Main | Newer post »\n\nMore of the same\n\nOne\n\nTwo\n\nThree\n\n{PROSE}\n"
    with pytest.raises(SourceError, match="has no clear title"):
        pasted(text)


FRONT = page(
    "<h1>Posts</h1>"
    + "".join(
        f"<div><span>Feb {day}, 2018</span><h2><a href='/2018/02/{day:02d}/post-{day}.html'>Post number {day} of the"
        f" blog</a></h2></div>"
        for day in range(15, 4, -1)
    ),
    "<meta property='og:type' content='website'>",
)


def test_a_front_page_imported_with_title_takes_no_listed_items_date() -> None:
    with pytest.raises(SourceError):
        prepare(FRONT.encode(), "html", {})
    draft = prepare(FRONT.encode(), "html", {"title": "Given"}).draft
    assert "published" not in draft.meta
    assert any("a listed item's" in warning and "--date" in warning for warning in draft.warnings)


def test_an_article_keeps_its_date() -> None:
    body = "<h1>Landfill Closure Plan</h1><p>March 17, 2014</p>" + f"<p>{PROSE}</p>" * 3
    draft = prepare(page(body, "<meta property='og:type' content='article'>").encode(), "html", {}).draft
    assert draft.meta["published"] == "2014-03-17"


def site_map_pdf(path: Path) -> Path:
    """Boxes of page names, as a site map drawn in a diagram program prints them: no sentence."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_font("Helvetica", size=10)
    labels = ["Home", "Main nav", "About us", "Data", "TBD", "Contact", "Search results", "Legal resources"]
    for page_number in range(3):
        pdf.add_page()
        for row in range(30):
            pdf.text(72 + 150 * (row % 3), 72 + 20 * row, f"{labels[(row + page_number) % len(labels)]} {row}")
    pdf.output(str(path))
    return path


def test_a_pdf_of_short_labels_is_warned_as_maybe_no_article(tmp_path: Path) -> None:
    draft = prepare(site_map_pdf(tmp_path / "map.pdf").read_bytes(), "pdf", {"title": "Given"}).draft
    assert any(KIND_WARNING in warning and "paragraphs of prose" in warning for warning in draft.warnings)


def test_a_pdf_of_paragraphs_is_not(tmp_path: Path) -> None:
    draft = prepare(article_pdf(tmp_path / "report.pdf").read_bytes(), "pdf", {}).draft
    assert not any("paragraphs of prose" in warning for warning in draft.warnings)


CODE = "fn main() {\n    let x = 1;\n    if x > 0 {\n        run(x);\n    }\n}\n"


def test_a_saved_pages_code_keeps_its_closing_braces() -> None:
    listing = f"<div class='highlighter-rouge'><pre class='highlight'><code>{CODE}</code></pre></div>"
    body = f"<article><h1>Guitar Effects in Rust</h1><p>{PROSE}</p>{listing}<p>{PROSE}</p></article>"
    draft = prepare(page(body).encode(), "html", {}).draft
    assert [piece.text for piece in draft.pieces if piece.text.strip() == "}"] == ["}", "}"]
    assert not [text for why, text in draft.dropped if why == "separator"]


def test_a_pasted_code_listing_keeps_its_braces_and_a_separator_outside_it_goes() -> None:
    text = f"Guitar Effects in Rust\n\n{PROSE}\n\n```rust\n{CODE}```\n\n* * *\n\n{PROSE}\n"
    draft = pasted(text, {"title": "Guitar Effects in Rust"})
    assert sum(piece.text.strip() == "}" for piece in draft.pieces) == 2
    assert [text for why, text in draft.dropped if why == "separator"] == ["* * *"]


CLUTTER = ["Subscribe to our newsletter", "© 2024 The County Courier. All rights reserved.", "Share this article"]


def test_a_fence_no_later_fence_closes_leaves_the_clutter_rules_on() -> None:
    text = f"Landfill blues\n\n{PROSE}\n\n```\n\n{PROSE}\n\n" + "\n\n".join(CLUTTER) + "\n"
    draft = pasted(text, {"title": "Landfill blues"})
    assert [text for _, text in draft.dropped if text in CLUTTER] == CLUTTER


def test_a_closed_fence_still_keeps_its_listing_from_the_clutter_rules() -> None:
    text = f"Landfill blues\n\n{PROSE}\n\n```\nShare this article\n```\n\n{PROSE}\n\nShare this article\n"
    draft = pasted(text, {"title": "Landfill blues"})
    assert [piece.text for piece in draft.pieces].count("Share this article") == 1
    assert [text for _, text in draft.dropped if text == "Share this article"] == ["Share this article"]


def test_a_code_line_that_looks_like_a_fence_opens_no_fence() -> None:
    listing = "<div class='highlighter-rouge'><pre class='highlight'><code>```\nprint(1)\n</code></pre></div>"
    body = f"<article><h1>Guitar Effects in Rust</h1><p>{PROSE}</p>{listing}<p>{PROSE}</p><p>Share this article</p></article>"
    draft = prepare(page(body).encode(), "html", {}).draft
    assert "Share this article" not in [piece.text for piece in draft.pieces]


@pytest.mark.parametrize("rule", ["---", "***", "___", "- - -"])
def test_a_rule_line_in_a_code_listing_stays_a_line_of_the_body(rule: str) -> None:
    text = f"Guitar Effects in Rust\n\n{PROSE}\n\n```yaml\nkey: 1\n{rule}\nkey: 2\n```\n\n{PROSE}\n"
    for kind in ("text", "markdown"):
        prepared = prepare(text.encode(), kind, {"title": "Guitar Effects in Rust"})
        html = markdown.markdown(prepared.body)
        assert "<hr" not in html
        assert rule.replace(" ", "") in lxml.html.fromstring(html).text_content().replace(" ", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "नगर परिषद ने मंगलवार को पुराने कचरा स्थल को अगले साल के अंत तक बंद करने का फैसला किया।",  # Hindi
        "بلدیہ نے منگل کو پرانے کچرے کے مقام کو اگلے سال کے آخر تک بند کرنے کا فیصلہ کیا ہے۔",  # Urdu
        "Քաղաքային խորհուրդը երեքշաբթի որոշեց փակել հին աղբավայրը մինչև հաջորդ տարվա վերջը և ծածկել այն։",  # Armenian
        "Γιατί το δημοτικό συμβούλιο αποφάσισε να κλείσει την παλιά χωματερή μέχρι το τέλος του επόμενου έτους;",
    ],
    ids=["Hindi", "Urdu", "Armenian", "Greek"],
)
def test_a_pdfs_paragraphs_are_prose_in_any_script(sentence: str) -> None:
    pieces = [Piece("paragraph", sentence)] * 3
    assert _prose_share(pieces, 3 * len(sentence.split())) == 1.0


def test_a_pdfs_labels_are_no_prose_in_any_script() -> None:
    labels = [Piece("paragraph", label) for label in ("मुखपृष्ठ", "Քաղաքային խորհուրդ", "Αρχική σελίδα", PROSE[:40])]
    assert _prose_share(labels, sum(len(piece.text.split()) for piece in labels)) == 0.0
