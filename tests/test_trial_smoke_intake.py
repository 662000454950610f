"""The wildfire-smoke trial's import faults (`evaluation/trials/wildfire-smoke/README.md`, faults 1,
3 and 4), mended as rules of a general shape, each on the trial's real input beside a counter-example
of another round that keeps its answer: a page template's labels, label boxes, video blurbs and wire
credits among the story's paragraphs; a dated headline's own day; an outlet's credit opening the lede."""

from __future__ import annotations

from pathlib import Path

from build_site.importer import prepare
from build_site.importer_write import Prepared

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
PAGES = EVALUATION / "trials" / "wildfire-smoke" / "inputs" / "pages"
PASTE = EVALUATION / "trials" / "wildfire-smoke" / "inputs" / "paste"
PROSE = (
    "The county board voted on Tuesday to close the old landfill by the end of next year, after "
    "residents of three towns asked for years that the site be covered and planted."
)


def saved(path: Path) -> Prepared:
    return prepare(path.read_bytes(), "html", {})


def pasted(text: str, title: str | None = None) -> Prepared:
    return prepare(text.encode(), "text", {"title": title} if title else {})


def dropped(prepared: Prepared) -> list[str]:
    return [line for _, line in prepared.draft.dropped]


def test_a_news_chains_ad_slot_labels_leave_the_story() -> None:
    article = saved(PAGES / "calgaryherald-alberta-state-of-emergency.html")
    for label in ("Advertisement 1", "Advertisement 2", "Article content", "Story continues below"):
        assert label not in article.body
        assert label in dropped(article)
    assert "Recommended from Editorial" not in article.body
    assert "Notley offers wildfire insight" not in article.body  # a teaser under the promotion's heading


def test_a_short_line_printed_twice_among_addresses_or_steps_stays() -> None:
    # round 19's 09, a newsletter: "Loughborough" under each venue's name, over its postcode
    newsletter = saved(EVALUATION / "titles" / "round19" / "texts" / "09.html")
    assert newsletter.body.count("Loughborough") >= 3
    slots = f"Ad label\n\n{PROSE}\n\nAd label\n\n{PROSE}\n"
    assert "Ad label" not in pasted(slots, "Landfill to close").body
    steps = f"{PROSE}\n\nStep 1\n\nOld site\n\nStep 1\n\nNew site\n\n{PROSE}\n"
    assert pasted(steps, "Landfill to close").body.count("Step 1") == 2  # a diagram's labels, a number in them


def test_a_journals_empty_metrics_labels_leave_the_story_but_one_label_stays() -> None:
    article = saved(PAGES / "cdc-mmwr-asthma-ed-visits-wildfire-smoke-new-york.html")
    for label in ("Altmetric:", "Citations:", "Views:"):
        assert label not in article.body
    intro = pasted(f"Landfill to close\n\n{PROSE}\n\nThe board named three reasons:\n\n- cost\n- health\n")
    assert "The board named three reasons:" in intro.body


def test_a_video_blurb_and_a_wire_credit_in_capitals_leave_the_story() -> None:
    article = saved(PAGES / "globalnews-quebec-fires-prompt-thousands-to-evacuate.html")
    assert "WATCH:" not in article.body
    assert "Forest fires in Northern Quebec prompt evacuations" not in article.body
    assert "THE CANADIAN PRESS/HO-SOPFEU" not in article.body
    assert "He adds rain is expected" in article.body
    watch = pasted(f"Landfill to close\n\n{PROSE}\n\nResidents should watch: the board meets again in May.\n")
    assert "Residents should watch" in watch.body


def test_a_dated_headline_keeps_its_day() -> None:
    article = saved(PAGES / "phac-remarks-chief-public-health-officer-june-19-2023.html")
    assert article.meta["title"] == "Remarks from the Chief Public Health Officer, June 19, 2023"
    run_on = "<html><body><article><h1>Council Meeting Announcements Jan 17, 2019 Burlingame, California</h1>"
    run_on += f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    assert prepare(run_on.encode(), "html", {}).meta["title"] == "Council Meeting Announcements"


def test_an_outlets_credit_opening_the_lede_is_the_publisher() -> None:
    article = pasted((PASTE / "nyt-nyc-air-quality-worst-on-record.txt").read_text(encoding="utf-8"))
    assert article.meta["publisher"] == "The New York Times"
    assert "(The New York Times)" not in article.body
    assert "The sky in New York City rapidly darkened" in article.body
    dateline = pasted(f"Landfill to close\n\nCHICAGO (AP) — {PROSE}\n")
    assert "CHICAGO (AP) —" in dateline.body
    aside = pasted(f"Landfill to close\n\n(Updated) {PROSE}\n")
    assert "publisher" not in aside.meta


def test_an_author_list_with_degrees_and_affiliation_numbers_gives_the_authors() -> None:
    article = saved(PAGES / "cdc-mmwr-asthma-ed-visits-wildfire-smoke-new-york.html")
    writers = str(article.meta["author"]).split("; ")
    assert writers[0] == "Haillie C. Meek" and writers[-1] == "Eli S. Rosenberg" and len(writers) == 9
    assert "DVM1,2" not in article.body
    places = pasted(f"{PROSE}\n\nOffices: Albany, New York; Hartford, Connecticut; Boston, Massachusetts\n", "Given")
    assert "Albany, New York; Hartford, Connecticut" in places.body and "author" not in places.meta


def test_a_from_line_naming_a_body_gives_the_publisher_and_no_author() -> None:
    article = saved(PAGES / "phac-remarks-chief-public-health-officer-june-19-2023.html")
    assert article.meta["publisher"] == "Public Health Agency of Canada"
    assert "author" not in article.meta  # the extractor's "Public Health Agency", cut from the line
    assert "From: Public Health Agency of Canada" not in article.body
    person = pasted(f"{PROSE}\n\nFrom: Jane Okafor\n\n{PROSE}\n", "Given")
    assert "From: Jane Okafor" in person.body and "publisher" not in person.meta


def test_a_contact_blocks_name_lines_and_a_modified_date_leave_the_text() -> None:
    article = saved(PAGES / "phac-remarks-chief-public-health-officer-june-19-2023.html")
    for line in ("Media Relations", "613-957-2983", "Date modified"):
        assert line not in article.body
    assert "Dr. Theresa Tam" in article.body  # the signature above the block stays
    # round 20's 07: a menu's "Contact" over names with no number or address under them stays
    menu = prepare((EVALUATION / "titles" / "round20" / "texts" / "07.html").read_bytes(), "html", {"title": "Given"})
    assert "Luke Fretwell" in menu.body


def test_a_footnote_mark_is_written_as_printed_and_a_link_definition_stays_escaped() -> None:
    body = pasted(f"Emissions fell by a third.[1] {PROSE}\n\n[2]: https://example.org/report\n", "Given").body
    assert "third.[1] The" in body
    assert "\\[2\\]: https://example.org/report" in body


def test_a_pasted_skip_link_is_listed_as_navigation() -> None:
    article = pasted((PASTE / "ctv-wildfire-tally-tops-150-quebec.txt").read_text(encoding="utf-8"))
    assert ("navigation (a skip link)", "Skip to main content") in article.draft.dropped


def test_a_date_row_with_a_reading_time_an_issue_line_and_a_copyright_owner_leave_the_text() -> None:
    star = saved(PAGES / "thestar-wildfire-smoke-engulfs-new-york.html")
    assert "2 min. read" not in star.body and "Copyright owner" not in star.body
    journal = saved(PAGES / "cdc-mmwr-asthma-ed-visits-wildfire-smoke-new-york.html")
    assert "72(34);933–935" not in journal.body
    cited = f"{PROSE}\n\nThe weekly report, 72(34);933–935, gave the counts on June 7, 2023 in a 2 min. read.\n"
    assert "72(34);933–935, gave the counts" in pasted(cited, "Given").body
