"""The Artemis trial's clutter and publisher faults (`evaluation/trials/artemis/README.md`, F5 and F6),
mended as rules of a general shape, each on the trial's real input beside an input of another round
that the rule also mends where one holds the shape, and a counter-example that keeps its answer: a
release's end mark closes it and the contacts under it go; a release's number line above the story;
a wire's credits line; a link to the page's photos; a related-work line; a one-page PDF's running head
and foot (the issuing body they repeat the publisher); the site's name dropped above the headline
made the publisher."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_clean import SITE_NAME_DROPS, _boilerplate_reason
from build_site.importer_publisher import site_name_publisher
from build_site.importer_release import release_end
from build_site.importer_title import SHORT_TOP_LINE_REASON, SINGLE_WORD_REASON, top_line_reason
from build_site.importer_write import Prepared

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
ARTEMIS = EVALUATION / "trials" / "artemis" / "inputs"
TITLES = EVALUATION / "titles"


# A pasted story holding lines of the rules' shapes that are the story's own (the review of round 24).
STORM = """Hurricane Center

County opens shelters as the storm nears the coast

The county opened four shelters on Tuesday as the storm moved toward the coast, officials said.

Related costs: the county spent $2 million on overtime for deputies during the evacuation.

Related to the storm: three schools will stay closed until Monday, the district said.

The money will pay for:

###

Debris removal

Shelter staffing

Generator fuel
"""


def imported(path: Path, title: str | None = None) -> Prepared:
    kind = {".html": "html", ".pdf": "pdf"}.get(path.suffix, "text")
    return prepare(path.read_bytes(), kind, {"title": title} if title else {})


def dropped(prepared: Prepared, why: str) -> list[str]:
    return [line for reason, line in prepared.draft.dropped if reason == why]


# F6: a release's end mark and the contacts under it; its number line above the story


@pytest.mark.parametrize("title", [None, "Given"])
def test_a_release_end_mark_closes_it_and_its_contacts_go(title: str | None) -> None:
    prepared = imported(ARTEMIS / "07-nasa-artemis2-crew.html", title)
    assert dropped(prepared, "release's end mark") == ["-end-"]
    contacts = dropped(prepared, "release's contacts under its end mark")
    assert contacts == ["Rachel Kraft", "Headquarters, Washington", "202-358-1100", "rachel.h.kraft@nasa.gov"]
    assert "-end-" not in prepared.body and "202-358-1100" not in prepared.body
    assert prepared.body.rstrip().endswith("for the lunar-orbiting Gateway space station.")


def test_a_release_number_line_above_the_story_is_dropped() -> None:
    prepared = imported(ARTEMIS / "07-nasa-artemis2-crew.html")
    assert dropped(prepared, "release's number line") == ["Press Release 23-035"]
    assert "Press Release 23-035" not in prepared.body


def test_an_end_mark_with_prose_under_it_ends_nothing() -> None:
    """Counter-example: prose under the mark (an update, a second story) says it was no end."""
    lines = ["NASA named four astronauts on Monday.", "-end-", "Rachel Kraft", "An update followed the next day."]
    assert release_end(lines) is None
    assert release_end([*lines[:3], "202-358-1100"]) == 1


def test_an_end_mark_over_a_list_or_names_with_no_contact_ends_nothing() -> None:
    """Counter-example: short lines under a mark, none a phone's or an address's, are a list's items
    or a board's names, not a release's contacts: they stay."""
    prepared = prepare(STORM.encode(), "text", {})
    assert not dropped(prepared, "release's contacts under its end mark")
    assert prepared.body.rstrip().endswith("Debris removal\n\nShelter staffing\n\nGenerator fuel")
    board = ["The board met on Monday.", "END", "Jane Ortiz", "Paul Wren", "Ann Diaz", "Lee Park"]
    assert release_end(board) is None


def test_an_end_mark_over_names_closes_a_release_already_read() -> None:
    """A release's number line read above the story says the text is a release: names and offices
    under its end mark are its contacts even with no phone or address."""
    lines = ["NASA named four astronauts on Monday.", "-end-", "Rachel Kraft", "Headquarters, Washington"]
    assert release_end(lines) is None
    assert release_end(lines, release=True) == 1
    text = "NASA names its crew\n\nPress Release 23-035\n\n" + "\n\n".join(lines) + "\n"
    prepared = prepare(text.encode(), "text", {})
    assert dropped(prepared, "release's contacts under its end mark") == lines[2:]


def test_an_end_mark_with_nothing_under_it_keeps_the_story() -> None:
    """Counter-example (the Colorado trial's Stanton statement): "###" closing a release with no
    contacts under it drops that line alone, as the separator rule did; the story stays whole."""
    path = EVALUATION / "trials" / "colorado" / "inputs" / "pasted" / "stanton-statement-2026.txt"
    prepared = imported(path)
    assert dropped(prepared, "release's end mark") == ["###"]
    assert not dropped(prepared, "release's contacts under its end mark")
    last = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][-2]
    assert last.split()[0] in prepared.body


# F6: a wire's credits line, a link to the page's photos, a related-work line


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (ARTEMIS / "13-reuters-artemis-delay.txt", "Reporting by Joey Roulette; Editing by Will Dunham"),
        (TITLES / "round9" / "texts" / "04.html", "Additional reporting by Steve Gorman; Editing by Marguerita Choy"),
        (TITLES / "round12" / "texts" / "07.html", "Reporting by Howard Schneider; Additional reporting by"),
    ],
)
def test_a_wire_credits_line_is_dropped_and_listed(path: Path, line: str) -> None:
    prepared = imported(path)
    assert any(text.startswith(line) for text in dropped(prepared, "credit line"))
    assert line not in prepared.body


def test_a_sentence_opening_with_reporting_by_is_no_credits_line() -> None:
    """Counter-example: the task and its names make the line; a sentence goes on in lower case."""
    assert _boilerplate_reason("Reporting by the Times found that the agency knew of the cracks.") is None
    assert _boilerplate_reason("Reporting by Joey Roulette; Editing by Will Dunham") == "credit line"


def test_a_link_to_the_pages_photos_is_dropped_and_listed() -> None:
    prepared = imported(ARTEMIS / "06-nasa-artemis1-launch.html")
    assert dropped(prepared, "link to the page's photos or videos") == ["View more photos of Artemis I."]
    assert "View more photos" not in prepared.body and "hydrogen leak" in prepared.body


def test_a_sentence_about_photos_stays() -> None:
    """Counter-example: a sentence of the story that names photos runs on past the link's words."""
    assert _boilerplate_reason("View more photos of the launch, the agency said, on its website next week.") is None


def test_a_related_work_line_is_dropped_and_its_release_month_is_no_event() -> None:
    prepared = imported(ARTEMIS / "04-gao-watchdog-podcast.txt")
    assert any(
        line.startswith("Related GAO Work: GAO-23-105609") for line in dropped(prepared, "promotion of another story")
    )
    assert "Released: September 2023" not in prepared.body and "[Bill Russell:]" in prepared.body.replace("\\", "")


@pytest.mark.parametrize(
    "line",
    [
        "Related costs: the county spent $2 million on overtime for deputies during the evacuation.",
        "Related to the storm: three schools will stay closed until Monday, the district said.",
    ],
)
def test_a_sentence_opening_with_related_and_a_colon_stays(line: str) -> None:
    """Counter-example: "Related" and a noun that names no promotion ("costs", "to the storm") opens a
    sentence of the story."""
    assert _boilerplate_reason(line) is None
    assert line in prepare(STORM.encode(), "text", {}).body


def test_a_related_label_alone_is_still_no_promotion_line() -> None:
    """Counter-example (round 8's 08): "Related Topics:" with nothing after it is a tag list's label,
    left to the end-of-article rule."""
    line = (TITLES / "round8" / "texts" / "08.txt").read_text(encoding="utf-8").splitlines()[11].strip()
    assert line == "Related Topics:" and _boilerplate_reason(line) != "promotion of another story"


# F6: a one-page PDF's running head and foot


@pytest.mark.parametrize("title", [None, "Given"])
def test_a_one_page_pdfs_running_head_and_foot_go_and_name_the_publisher(title: str | None) -> None:
    prepared = imported(ARTEMIS / "14-oig-ig-24-011.pdf", title)
    assert dropped(prepared, "running footer (the document's parts and its page number)") == [
        "NASA Office of Inspector General | IG-24-011 | 1"
    ]
    assert dropped(prepared, "running header (repeats a part of the running footer)") == [
        "NASA Office of Inspector General | Office of Audits",
        "IG-24-011",
    ]
    assert prepared.meta["publisher"] == "NASA Office of Inspector General"
    assert "IG-24-011" not in prepared.body and "## Why We Performed This Audit" in prepared.body


def test_a_pdf_with_no_running_foot_keeps_its_lines() -> None:
    """Counter-example (the PFAS trial's GAO testimony): no last line of bar-joined parts and a page
    number, so no line above its story is taken for a running head."""
    prepared = imported(EVALUATION / "trials" / "pfas" / "inputs" / "gao-18-700t-dod-firefighting-foam.pdf")
    assert not dropped(prepared, "running header (repeats a part of the running footer)")
    assert not dropped(prepared, "running footer (the document's parts and its page number)")


# F5: the site's name dropped above the headline is the publisher


@pytest.mark.parametrize(
    ("path", "title", "publisher"),
    [
        (ARTEMIS / "05-spacepolicyonline-ig-schedule.txt", None, "SpacePolicyOnline.com"),
        (ARTEMIS / "02-republicworld-ig-cost.txt", "Given", "Republic World"),
        (ARTEMIS / "03-gao-24-107249.txt", "Given", "U.S. Government Accountability Office"),
        (ARTEMIS / "08-cbs-texas-crew.txt", None, "CBS News Texas"),
        (EVALUATION / "trials" / "chips" / "inputs" / "nltimes-2023-06-30-begins-september.txt", None, "NL Times"),
        (EVALUATION / "trials" / "pfas" / "inputs" / "bloomberglaw-epa-rescind.txt", "Given", "Bloomberg Law"),
    ],
)
def test_the_site_name_above_the_headline_is_the_publisher(path: Path, title: str | None, publisher: str) -> None:
    prepared = imported(path, title)
    assert prepared.meta["publisher"] == publisher
    assert prepared.draft.dropped[0][0] in SITE_NAME_DROPS  # the line stays dropped and listed as before


@pytest.mark.parametrize(
    ("path", "line", "title"),
    [
        # "Alabama" / "Contribute" / "Birmingham Real-Time News": a breadcrumb
        (
            TITLES / "round12" / "texts" / "08.txt",
            "Birmingham Real-Time News",
            "Two arrested in multi-state debit card skimming scheme",
        ),
        # a menu's link
        (TITLES / "round11" / "texts" / "11.txt", "Watch CBS News", "Bird flu detected in three Michigan dairy herds"),
    ],
)
def test_a_section_or_a_menu_link_above_the_headline_is_no_publisher(path: Path, line: str, title: str) -> None:
    """Counter-examples: the line under other dropped lines is a section's, and a link's imperative
    opening the line is a menu's; neither is made the publisher, both stay dropped and listed."""
    prepared = imported(path)
    assert "publisher" not in prepared.meta
    assert prepared.meta["title"] == title
    assert (SHORT_TOP_LINE_REASON, line) in prepared.draft.dropped


def test_a_two_word_section_label_above_the_headline_is_no_publisher() -> None:
    """Counter-example: a body's last word ("Center") in a two-word line over the headline is a
    section's label in the site's bar, no publisher; the line stays dropped and listed."""
    prepared = prepare(STORM.encode(), "text", {})
    assert "publisher" not in prepared.meta
    assert prepared.draft.dropped[0] == (SHORT_TOP_LINE_REASON, "Hurricane Center")


def test_the_site_name_reasons_are_the_title_rules_own() -> None:
    assert top_line_reason("Cortland") == SINGLE_WORD_REASON
    assert {SINGLE_WORD_REASON, SHORT_TOP_LINE_REASON} <= set(SITE_NAME_DROPS)


@pytest.mark.parametrize(
    "line",
    [
        "Science",
        "Breaking News",
        "Opinion | Politics",
        "Watch CBS News",
        "Jane Smith",
        "STORM CENTER",
        "Hurricane Center",
        "Emergency Office",
    ],
)
def test_a_sections_or_a_persons_name_is_no_site_name(line: str) -> None:
    assert site_name_publisher(line) is None
