"""What a new user's trial (PFAS in drinking water) found wrong in `add`, each on the trial's own
input beside a counter-example of another site that keeps its answer: lines listed as dropped that
stayed in the article, a saved release's offices and contacts under its release line, a date in a
byline line, a `<br>` inside a byline, and a warning asking for `--date` once it was given."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_site.importer import Prepared, prepare
from build_site.importer_model import SourceError
from build_site.importer_pdf import _release_line_date, _statement_names
from build_site.importer_publisher import site_banner
from tests.helpers import add_to_new_corpus, served_folder

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "evaluation" / "trials" / "pfas" / "inputs"
STORY = (
    "The county water board voted on Tuesday to replace the filters at its two treatment plants, a project "
    "the board said would cost four million dollars and take most of next year to finish."
)



@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The trial's served pages, from a folder as the trial served them; the base address."""
    root = tmp_path_factory.mktemp("served")
    for page in (INPUTS / "served").glob("*.html"):
        shutil.copy(page, root / page.name)
    with served_folder(root) as base:
        yield base


add = add_to_new_corpus


def read(name: str, **overrides: str) -> Prepared:
    """One of the trial's saved inputs as `add` would import it."""
    path = INPUTS / name
    kind = {".html": "html", ".pdf": "pdf"}.get(path.suffix, "text")
    return prepare(path.read_bytes(), kind, dict(overrides))


def body_lines(prepared: Prepared) -> list[str]:
    """The body's lines as a reader sees them: heading marks and escapes taken off."""
    return [line.lstrip("#- ").replace("\\", "") for line in prepared.body.splitlines() if line.strip()]


def page(head: str, *paragraphs: str, headline: str = "Water Board Votes to Replace Plant Filters") -> bytes:
    """A saved news page of another site: its headline, the lines given, then the story."""
    body = "".join(f"<p>{text}</p>" for text in (*paragraphs, STORY, STORY.replace("Tuesday", "Monday")))
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>{head}{body}"
        "</article></body></html>"
    ).encode()


# --- 1. what `add` lists as dropped is what was dropped -----------------------------------------


@pytest.mark.parametrize("name", sorted(path.name for path in INPUTS.iterdir() if path.suffix in (".html", ".txt")))
def test_no_line_listed_as_dropped_stays_in_the_article(name: str) -> None:
    """The listing and the body are one computation: no line `add` lists as gone, nor any part of one
    (lines listed joined as the page's markup holds them), is a paragraph of the article."""
    try:
        prepared = read(name)
    except SourceError:  # asked for its title: imported with one, as the trial did
        prepared = read(name, title="Given")
    listed = [text for _, text in prepared.draft.dropped]
    assert [line for line in body_lines(prepared) if any(line in text for text in listed)] == []


def test_lines_broken_by_br_above_the_story_are_listed_one_by_one_or_kept() -> None:
    """A line of `<br>`-broken lines the extractor kept as pieces is not listed as one joined line."""
    prepared = prepare(page("<p>Filed from the river<br>Second line of the note</p>"), "html", {})
    listed = [text for _, text in prepared.draft.dropped]
    assert "Filed from the riverSecond line of the note" not in listed
    for line in ("Filed from the river", "Second line of the note"):
        assert (line in listed) != (line in body_lines(prepared))


def test_a_release_s_offices_and_contacts_under_its_release_line_are_dropped() -> None:
    """The shape: headline, deck, a release line, then short lines that are no sentence (offices and
    their heads, a contact block, a row of links) down to the story: all dropped and listed."""
    prepared = read("nj-ag-3m-release.html")
    masthead = [
        "For Immediate Release: May 13, 2025",
        "– Matthew J. Platkin, Attorney General",
        "– Michael C. Walters, Acting Director",
        "OAGpress@njoag.gov",
        "Larry Hajna, (DEP)",
        "View Proposed Settlement | View Map",
    ]
    assert all(line not in body_lines(prepared) for line in masthead)
    assert all(line in {text for _, text in prepared.draft.dropped} for line in masthead)
    assert body_lines(prepared)[0].startswith("First-of-its-Kind Agreement")  # the deck stays
    assert body_lines(prepared)[1].startswith("TRENTON – New Jersey Attorney General")
    assert str(prepared.meta["published"]) == "2025-05-13"


def test_short_lines_under_a_headline_with_no_release_line_stay() -> None:
    """Counter-example: the same short lines with no release line above them are the story's."""
    prepared = prepare(page("", "Office of Water Quality", "Contact the board"), "html", {})
    assert {"Office of Water Quality", "Contact the board"} <= set(body_lines(prepared))


# --- 2. a byline's date, a byline broken by <br> -------------------------------------------------


def test_a_date_in_the_byline_line_is_the_article_s_date() -> None:
    prepared = read("riverhead-epa-rescind.txt")
    assert prepared.meta["author"] == "Denise Civiletti"
    assert str(prepared.meta["published"]) == "2025-05-14"
    assert not any("no date found" in warning for warning in prepared.draft.warnings)


def test_a_byline_with_a_role_after_its_dash_gives_no_date() -> None:
    """Counter-example: what follows a byline's dash is read as a date only when it is one."""
    text = f"Board Votes to Replace Plant Filters\n\nBy Ann Reyes - Staff Writer\n\n{STORY}\n"
    prepared = prepare(text.encode(), "text", {})
    assert prepared.meta["author"] == "Ann Reyes" and "published" not in prepared.meta


def test_a_byline_broken_by_br_names_its_writer_alone(
    server: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _, posts = add(capsys, tmp_path, f"{server}/ap-3m-court-approval.html")
    assert code == 0 and posts[0]["author"] == "Jim Salter"
    assert "JIM SALTERAssociated Press" not in out and "By JIM SALTER\n" in out


# --- 6. the warning names only what is still missing ------------------------------------------------


def test_the_may_not_be_an_article_warning_asks_no_date_once_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page_file = INPUTS / "coastalreview-nc-ag-sues.html"
    _, out, err, _ = add(capsys, tmp_path / "plain", str(page_file))
    assert "may not be an article" in out + err and "give its date with --date" in out + err  # no date given
    _, out, err, posts = add(capsys, tmp_path / "dated", str(page_file), "--date", "2020-10-13")
    assert "may not be an article" in out + err and "--date" not in out + err
    assert str(posts[0]["published"]) == "2020-10-13"


# --- 3. a testimony's release line and its signers ------------------------------------------------


def test_a_testimony_s_release_line_dates_it_and_its_statement_line_names_its_writers() -> None:
    prepared = read("gao-18-700t-dod-firefighting-foam.pdf")
    assert str(prepared.meta["published"]) == "2018-09-26"
    assert prepared.meta["author"] == "Brian J. Lepore and J. Alfredo Gómez"
    assert not any("Statement of" in line or "For Release on Delivery" in line for line in body_lines(prepared))


def test_a_statement_line_naming_no_person_and_a_release_label_with_no_date_are_read_as_nothing() -> None:
    """Counter-examples: "Statement of Work" names no one; a release label with no date dates nothing."""
    assert _statement_names("Statement of Work") == []
    assert _statement_names("Statement of the Board on Water Rates, Fiscal Year 2024") == []
    assert _release_line_date("For Release on Delivery") is None
    assert str(_release_line_date("For Release at 10 a.m. ET Tuesday, March 3, 2024")) == "2024-03-03"


# --- 4. a site's banner as the first line of a paste -------------------------------------------------


def test_a_paste_opening_with_a_site_banner_asks_for_its_title() -> None:
    with pytest.raises(SourceError, match=r"has no clear title: add --title .*Bloomberg Law \| Environment"):
        read("bloomberglaw-epa-rescind.txt")
    given = read("bloomberglaw-epa-rescind.txt", title="EPA to Rescind PFAS Limits")
    assert "Bloomberg Law | Environment & Energy" not in body_lines(given)
    assert ("a site's banner, its name and section", "Bloomberg Law | Environment & Energy") in given.draft.dropped


def test_a_paragraph_wrapped_in_the_page_s_source_is_no_list_of_dropped_lines() -> None:
    """The source's own newlines are spaces to a reader: only a `<br>` breaks a line, so a paragraph
    wrapped over three lines of HTML is not listed as three dropped lines while the body keeps it."""
    long_first = " ".join([STORY, STORY])  # the story's first paragraph, past the head
    prepared = prepare(page("<p>Filed from the river\nby the board's clerk</p>", long_first), "html", {})
    listed = [text for _, text in prepared.draft.dropped]
    assert "Filed from the river by the board's clerk" in body_lines(prepared)
    assert not any(part in listed for part in ("Filed from the river", "by the board's clerk"))


def test_a_section_headed_like_an_outlet_further_down_stays() -> None:
    """Counter-example of the outlet credit: "Local News" heading a section after the head is the
    story's, not a credit; "HealthDay News" under the deck (above) is."""
    text = "\n\n".join(["Water Board Votes to Replace Plant Filters", STORY, STORY.replace("Tuesday", "Monday"),
                         STORY.replace("Tuesday", "Friday"), STORY.replace("Tuesday", "Sunday"), "Local News",
                         STORY.replace("Tuesday", "Wednesday")])
    prepared = prepare(text.encode(), "text", {})
    assert "Local News" in body_lines(prepared)


def test_a_headline_with_a_bar_and_a_verb_phrase_is_no_banner() -> None:
    """Counter-examples: a headline naming a place and its news, a line with a date, a sentence."""
    assert site_banner("Bloomberg Law | Environment & Energy")
    assert not site_banner("Water Board Votes to Replace Plant Filters | Local News")
    assert not site_banner("Will County News | July 2024")
    assert not site_banner("The board met on Tuesday | and voted.")
    text = f"Water Board Votes to Replace Plant Filters\n\n{STORY}\n"
    assert prepare(text.encode(), "text", {}).meta["title"] == "Water Board Votes to Replace Plant Filters"


# --- 5. clutter lines by shape ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "reason"),
    [
        (
            "dod-pfas-task-force.html",
            "You have accessed part of a historical collection on defense.gov",
            "archive notice",
        ),
        ("dod-pfas-task-force.html", "Aug. 9, 2019", "date line, read as date"),
        ("coastalreview-nc-ag-sues.html", "Posted in:", "label with nothing after it"),
        ("healthday-thyroid-study.txt", "HealthDay News", "outlet's credit line"),
        ("served/npr-usgs-tap-water.html", "Caption", "label with nothing after it"),
        ("served/npr-usgs-tap-water.html", "harmful health effects. / AP", "caption repeating a paragraph above"),
        (
            "served/dpm-dupont-chemours-corteva.html",
            "Joe brings over 20 years",
            "writer's biography at the article's end",
        ),
    ],
)
def test_a_clutter_line_of_the_trial_is_dropped_and_listed(name: str, line: str, reason: str) -> None:
    prepared = read(name)
    assert not any(line in text for text in body_lines(prepared))
    assert any(why == reason and line in text for why, text in prepared.draft.dropped)


def test_a_story_s_own_paragraphs_like_the_clutter_stay() -> None:
    """Counter-examples: a paragraph about an archive, one quoting a caption word, a last paragraph on
    a person's experience that is not the writer's career, a paragraph that repeats a short one."""
    keep = [
        "The county's historical collection of water records, the board said, will move to the library next year.",
        "Photo identification is needed to vote in the board's election, the clerk said on Tuesday.",
        "Short line.",
        "The Associated Press said the figures were checked twice by its reporters before they were printed.",
    ]
    last = "Reyes has 20 years of experience running water plants, the board said, and starts in May."
    text = "\n\n".join(["Water Board Votes to Replace Plant Filters", STORY, *keep, "Short line.", last])
    prepared = prepare(text.encode(), "text", {})
    assert all(line in body_lines(prepared) for line in [STORY, *keep, last])
