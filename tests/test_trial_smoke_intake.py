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
