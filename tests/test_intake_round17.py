"""Round 17: what blind round 15 found in `briefing add`, mended as general rules on its set (dev
since its after-run: `evaluation/titles/round15/`), each beside a counter-example from another real
page or line that keeps its answer: bylines with invisible characters, credits ("Code & Story by"),
writers one a line, a publisher or a template's placeholder as author; dates the page never prints
(a month, a linked story's address); a section front whose list items call themselves articles;
the page's stated date read once per import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import lxml.html
import pytest

from build_site import importer_html, importer_page_kind
from build_site.importer import prepare
from build_site.importer_byline import byline_name
from build_site.importer_listing import own_schema_types, schema_types
from build_site.importer_model import Draft
from build_site.importer_page_kind import dates_in
from build_site.importer_title import top_line_reason

TITLES = Path(__file__).resolve().parents[1] / "evaluation" / "titles"
DEV = TITLES / "round15" / "texts"
KIND_WARNING = "may not be an article"


def prepared(path: Path, overrides: dict[str, str | None] | None = None) -> Draft:
    """What `add` reads from one input, as it reads it."""
    kind = {".html": "html", ".txt": "text"}[path.suffix]
    return prepare(path.read_bytes(), kind, overrides or {}).draft


def unset_warnings(draft: Draft) -> list[str]:
    return [warning for warning in draft.warnings if warning.startswith("published left unset: ")]


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("By \u200b\u200bLeonardo Nicoletti and Sahiti Sarva", "Leonardo Nicoletti and Sahiti Sarva"),  # round 15's 10
        ("By Leonardo Nicoletti and Sahiti Sarva", "Leonardo Nicoletti and Sahiti Sarva"),
        ("By Jane\u00ad Doe\ufeff", "Jane Doe"),  # a soft hyphen, a byte-order mark
        ("By\u200b the numbers", None),  # invisible characters make no byline of a phrase
        ("Code & Story by Amber Thomas", "Amber Thomas"),  # round 15's 14
        ("Story and photos by Ana Ruiz", "Ana Ruiz"),
        ("Reporting by Jane Doe; Editing by Tom Brown", "Jane Doe"),  # a wire's credit line: the editor wrote nothing
        ("Design by Sacha Maxim", None),  # round 15's 14: the designer is no writer
        ("Photos by Ana Ruiz", None),
        ("By Author Name", None),  # round 15's 11: a template's placeholder, the writer withheld
        ("By Amber Thomas", "Amber Thomas"),
    ],
)
def test_a_byline_reads_through_invisible_characters_and_credits(line: str, writers: str | None) -> None:
    assert byline_name(line) == writers


def test_a_byline_with_zero_width_spaces_inside_a_link_gives_both_writers() -> None:
    draft = prepared(DEV / "10.html")
    assert draft.meta["author"] == "Leonardo Nicoletti and Sahiti Sarva"
    assert not any(KIND_WARNING in warning for warning in draft.warnings)  # a byline shown: an article


def test_a_publisher_named_as_author_and_a_placeholder_byline_give_no_author() -> None:
    """Round 15's 11: meta author "The Pudding", the site's own name; its byline "By Author Name"."""
    draft = prepared(DEV / "11.html")
    assert draft.meta.get("publisher") == "The Pudding"
    assert "author" not in draft.meta


def test_a_person_named_in_the_metadata_stays_the_author() -> None:
    """Counter-example: a wire story's meta author is its writer, not its site (round 12's 07)."""
    assert prepared(TITLES / "round12" / "texts" / "07.html").meta["author"] == "Howard Schneider"


def test_a_pasted_byline_one_part_a_line_gives_every_writer() -> None:
    """Round 15's 09 as its page's text copies: "By", each writer's name and the "&" on lines of
    their own (each name is a link), then the month."""
    lines = ["Women's Pockets are Inferior.", "You know this. We're here with the data to show it.",
             "By", "Jan Diehm", "&", "Amber Thomas", "August 2018",
             "There are few things more frustrating than collecting your belongings only to realize that "
             "the pockets in your pants are too small to hold them. Or worse, that they're fake."]  # fmt: skip
    draft = prepare("\n\n".join(lines).encode(), "text", {"title": lines[0]}).draft
    assert draft.meta["author"] == "Jan Diehm and Amber Thomas"
    assert ("byline on 4 lines, read as author", "By / Jan Diehm / & / Amber Thomas") in draft.dropped
    assert any("prints only the month ('August 2018')" in warning for warning in unset_warnings(draft))
    assert "published" not in draft.meta


def test_a_pasted_byline_stops_at_a_line_that_is_no_name() -> None:
    """Counter-example: after "By / Jan Diehm" a "&" over a chart's label joins no writer."""
    lines = ["Women's Pockets are Inferior.", "By", "Jan Diehm", "&", "minWFront",
             "There are few things more frustrating than collecting your belongings only to realize that "
             "the pockets in your pants are too small to hold them. Or worse, that they're fake."]  # fmt: skip
    draft = prepare("\n\n".join(lines).encode(), "text", {"title": lines[0]}).draft
    assert draft.meta["author"] == "Jan Diehm"
    assert any(piece.text == "minWFront" for piece in draft.pieces)


def test_a_name_over_a_month_line_is_the_writer_and_the_month_no_date() -> None:
    """Round 15's 12 (a title given: its headline is broken over four lines): "Amber Thomas" over
    "Feb 2019" is the writer; the month is said, not taken as the first of February."""
    draft = prepared(DEV / "12.txt", {"title": "Given"})
    assert draft.meta["author"] == "Amber Thomas"
    assert "published" not in draft.meta
    assert any("prints only the month ('Feb 2019')" in warning for warning in unset_warnings(draft))
    assert not any("March 26, 2017" in warning for warning in draft.warnings)  # an embedded tweet's date


def test_a_credit_line_under_the_first_line_makes_it_the_headline() -> None:
    """Round 15's 14: "Finding Forever Homes" over "Code & Story by Amber Thomas" (asked before)."""
    draft = prepared(DEV / "14.txt")
    assert draft.meta["title"] == "Finding Forever Homes"
    assert draft.meta["author"] == "Amber Thomas"
    assert ("the byline's desk or role line", "Design by Sacha Maxim") in draft.dropped


def test_a_design_credit_is_no_byline_above_a_headline() -> None:
    """Counter-example: a line crediting only the design is no byline of the title rules."""
    assert top_line_reason("Design by Sacha Maxim") != "byline"
    assert top_line_reason("Code & Story by Amber Thomas") == "byline"


def test_a_month_the_page_prints_is_not_taken_as_its_first_day() -> None:
    """Round 15's 09: "August 2018" under the byline was written as 2018-08-01, silently."""
    draft = prepared(DEV / "09.html")
    assert "published" not in draft.meta
    assert unset_warnings(draft) == [
        "published left unset: the page prints only the month ('August 2018'), no day; add --date if the day is known"
    ]


def test_a_date_in_a_linked_storys_address_is_not_the_pages() -> None:
    """Round 15's 11: 2015-01-04 came from a New York Times address the essay links to."""
    draft = prepared(DEV / "11.html")
    assert "published" not in draft.meta
    (warning,) = unset_warnings(draft)
    assert (
        "the date found (2015-01-04) is in the address of a page it links to (https://www.nytimes.com/2015/01/04/"
        in (warning)
    )


def test_a_date_the_page_never_prints_is_left_out_and_said() -> None:
    """Round 15's 10 (2017-01-01, a year of its data: said as a year its text names, no date found)
    and 06 (2002-01-01, a tags index)."""
    for name, said in (
        ("10.html", "no day of the page was found (2017 is only a year its text names)"),
        ("06.html", "the date found (2002-01-01) is not written on the page"),
    ):
        draft = prepared(DEV / name)
        assert "published" not in draft.meta
        assert said in " ".join(unset_warnings(draft))


@pytest.mark.parametrize(
    ("page", "day"),
    [
        ("round12/texts/07.html", "2016-12-14"),  # stated in metadata written as name and value
        ("round13/texts/07.html", "2014-12-28"),  # printed on the page
        ("round13/texts/10.html", "2022-04-22"),
    ],
)
def test_a_date_the_page_states_is_kept(page: str, day: str) -> None:
    """Counter-examples: a date in the page's metadata or its text is taken, with no warning."""
    draft = prepared(TITLES / page)
    assert draft.meta["published"] == day
    assert unset_warnings(draft) == []


def test_a_section_front_whose_list_items_are_articles_is_no_article() -> None:
    """Round 15's 01: a section front whose JSON-LD `ItemList`s hold 40 teasers typed `Article`;
    imported in silence before, as the list items' type counted as the page's."""
    page = (DEV / "01.html").read_bytes()
    tree = lxml.html.fromstring(page)
    assert "Article" in schema_types(tree) and "Article" not in own_schema_types(tree)
    draft = prepare(page, "html", {}).draft
    assert any(warning.startswith(KIND_WARNING) for warning in draft.warnings)


def test_an_article_with_a_list_of_other_stories_keeps_its_own_type() -> None:
    """Counter-example: round 10's 05, a news article whose JSON-LD also lists items."""
    page = (TITLES / "round10" / "texts" / "05.html").read_bytes()
    assert "NewsArticle" in own_schema_types(lxml.html.fromstring(page))
    assert not any(warning.startswith(KIND_WARNING) for warning in prepare(page, "html", {}).draft.warnings)


@pytest.mark.parametrize("name", ["01.html", "06.html", "09.html"])
def test_the_date_a_page_states_is_read_once_per_import(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`states_its_date` was computed up to four times per page (date checks, the rules, the
    features, the warning); it is read once and passed on."""
    calls: list[str | None] = []
    real = importer_page_kind.states_its_date

    def counted(found: str | None, tree: lxml.html.HtmlElement, visible: str) -> bool:
        calls.append(found)
        return real(found, tree, visible)

    monkeypatch.setattr(importer_html, "states_its_date", counted)
    monkeypatch.setattr(importer_page_kind, "states_its_date", counted)
    prepare((DEV / name).read_bytes(), "html", {})
    assert len(calls) == 1


def test_a_date_with_its_month_in_capitals_is_one_the_page_states() -> None:
    """A byline box's "18 NOV 2019" (a news page of the extraction benchmark) states its date: with
    that unread, the date found there was left out; counter-examples name no day."""
    assert dates_in("VICTOR TANGERMANN, FUTURISM 18 NOV 2019") == {dt.date(2019, 11, 18)}
    assert dates_in("NOV 18, 2019") == {dt.date(2019, 11, 18)}
    assert dates_in("NOV 2019 MAYBE 2020") == set()
