"""The coral reef trial's import faults (`evaluation/trials/coral/README.md`, F1–F6), mended as rules
of a general shape, each on the trial's real input beside an input of another round or trial that the
rule also mends, and a counter-example that keeps its answer: a caption closed by its credit (a
photographer and an outlet after a slash, ", FILE", "courtesy of …") is dropped and its days are no
date of the page; a lower-case byline with its date run on; a document's kind over its date line is
no author; a byline or date line under a deck; a month line under a byline; a template's
related-links labels and its copy-link button."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_html import _without_texts
from build_site.importer_write import Prepared
from tests.helpers import MORE, PROSE

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
CORAL = EVALUATION / "trials" / "coral" / "inputs"
SERVED = CORAL / "served" / "news"
TITLES = EVALUATION / "titles"


def saved(path: Path, title: str | None = None) -> Prepared:
    return prepare(path.read_bytes(), "html", {"title": title} if title else {})


def text(path: Path, title: str | None = None) -> Prepared:
    return prepare(path.read_bytes(), "text", {"title": title} if title else {})


def pasted(body: str) -> Prepared:
    return prepare(body.encode(), "text", {"title": "Harbour closes north pier"})


def dropped(prepared: Prepared, why: str | None = None) -> list[str]:
    return [line for reason, line in prepared.draft.dropped if why is None or reason == why]


# F5, F1: a caption closed by its credit


@pytest.mark.parametrize(
    ("path", "caption"),
    [
        (
            SERVED / "2024/04/15/4th-global-coral-reef-bleaching-event-underway.html",
            "Menahem Kahana/AFP via Getty Images, FILE",
        ),
        (CORAL / "upi-noaa-fourth-global-bleaching.html", "Image courtesy of the National Oceanic"),
        (
            EVALUATION
            / "trials/mekong/inputs/site/2020/04/30"
            / "china-held-water-back-from-drought-stricken-mekong-countries-report-says/index.html",
            "Map courtesy of The Stimson Center.",
        ),
    ],
)
def test_a_pages_caption_closed_by_its_credit_is_dropped_and_listed(path: Path, caption: str) -> None:
    article = saved(path)
    assert caption not in article.body
    assert any(caption in line for line in dropped(article, "photo caption with its credit"))


def test_a_pastes_captions_with_a_photographer_in_capitals_are_dropped() -> None:
    article = text(CORAL / "keysweekly-critical-corals.txt")
    assert "TIFFANY DUONG/Keys Weekly" not in article.body
    assert "MICHELLE DOBLER/Nova Southeastern University" not in article.body
    assert "A heat wave in the Florida Keys brought a large-scale coral rescue effort" in article.body


@pytest.mark.parametrize(
    "line",
    [
        "Owners must register by May. Owners/ operators who miss it pay a fine.",  # a slash inside a sentence
        "The survey ended. The Democrats/Republicans split held.",  # a sentence closes it, not a credit
    ],
)
def test_a_slash_or_courtesy_inside_prose_stays(line: str) -> None:
    assert line in pasted(f"{PROSE}\n\n{line}\n\n{MORE}").body


def test_a_maps_date_range_in_its_credited_caption_is_no_date_of_the_page() -> None:
    """The map's range opens with January 1, 2023, which the extractor took as the page's day."""
    article = saved(CORAL / "upi-noaa-fourth-global-bleaching.html")
    assert "published" not in article.meta
    assert any("stands only in a photo's or map's caption" in warning for warning in article.draft.warnings)


def test_a_day_the_story_states_as_well_as_its_caption_stays_the_pages() -> None:
    caption = "Divers inspect the pier on March 4, 2024. Jane Roe/Harbour Times"
    body = f"<article><h1>Harbour closes north pier</h1><p>March 4, 2024</p><p>{PROSE}</p><p>{caption}</p><p>{MORE}</p></article>"
    article = prepare(f"<html><body>{body}</body></html>".encode(), "html", {})
    assert str(article.meta["published"]) == "2024-03-04"
    assert caption not in article.body


# F2, F3, F4: bylines and date lines


@pytest.mark.parametrize("title", [None, "Given"])
def test_a_lower_case_byline_with_its_date_run_on_is_read(title: str | None) -> None:
    article = text(CORAL / "gbrmpa-reef-health-update.txt", title)
    assert article.meta["author"] == "GBRMPA"
    assert str(article.meta["published"]) == "2024-03-09"
    assert "by GBRMPA" not in article.body  # no "## by GBRMPA 9 Mar 2024 18:45 PST" heading


def test_a_lower_case_phrase_with_a_date_is_no_byline() -> None:
    article = pasted(f"by the numbers March 3, 2025\n\n{PROSE}\n\n{MORE}")
    assert "author" not in article.meta


def test_a_document_label_over_its_date_line_is_no_author() -> None:
    article = saved(CORAL / "gbrmpa-aerial-surveys-southern-reef.html")
    assert "author" not in article.meta
    assert str(article.meta["published"]) == "2024-02-28"
    assert dropped(article, "document's kind over its date line (no author)") == ["Media Release"]
    assert "Climate change" not in article.body  # the section labels above the headline go too


def test_a_name_over_a_date_line_is_still_the_writer() -> None:
    article = pasted(f"Jane Okafor\n\nMarch 3, 2025\n\n{PROSE}\n\n{MORE}")
    assert article.meta["author"] == "Jane Okafor"


@pytest.mark.parametrize("title", [None, "Given"])
def test_a_byline_and_date_line_under_a_deck_are_read_and_dropped(title: str | None) -> None:
    article = saved(CORAL / "commondreams-rescue-florida-coral.html", title)
    assert article.meta["author"] == "Michael Childress"
    assert str(article.meta["published"]) == "2023-08-07"
    assert "Michael Childress" not in article.body
    assert "Aug 07, 2023" not in article.body
    assert "This year, the Florida Keys reached an alert level 2" in article.body  # the deck stays


def test_a_date_line_under_a_deck_set_as_a_heading_is_dropped() -> None:
    article = saved(SERVED / "2024/04/15/4th-global-coral-reef-bleaching-event-underway.html")
    assert "April 15, 2024, 5:21 PM" not in article.body
    assert "April 15, 2024, 5:21 PM" in dropped(article)


def test_a_date_under_an_intro_and_a_sign_up_heading_is_a_listed_items() -> None:
    """A list page's intro (two sentences) is no deck: the first alert's date far under it is not read."""
    article = text(TITLES / "round4" / "texts" / "18.txt", "Given")
    assert "published" not in article.meta


@pytest.mark.parametrize(
    ("path", "kind", "title", "month"),
    [
        (SERVED / "aug23/florida-corals-relocated-heatwave.html", "html", None, "August 2023"),
        (TITLES / "round15" / "texts" / "12.txt", "text", "Given", "Feb 2019"),
    ],
)
def test_a_month_line_under_a_byline_is_dropped_and_listed(
    path: Path, kind: str, title: str | None, month: str
) -> None:
    article = prepare(path.read_bytes(), kind, {"title": title} if title else {})
    assert month in dropped(article, "date line naming a month, no day")
    assert "published" not in article.meta  # a month is no day: the warning asks for --date


# F6: a template's related-links labels and its copy-link button


def test_a_templates_related_labels_and_copy_link_are_clutter() -> None:
    article = saved(SERVED / "noaa-coral-reef-watch-revised-heatsress-category-system.html")
    for line in ("Region / Related Key Topic", "Related Members", "Copy Link to Clipboard"):
        assert line not in article.body
        assert line in dropped(article)
    assert "Your feedback is important for NOAA Coral Reef Watch" in article.body


@pytest.mark.parametrize(
    ("name", "label"), [("round16/texts/15.txt", "Related Images:"), ("round8/texts/08.txt", "Related Topics:")]
)
def test_another_sites_related_label_ends_the_article(name: str, label: str) -> None:
    article = text(TITLES / name, "Given")
    assert label not in article.body
    assert label in dropped(article, "end of article")


def test_a_related_subhead_over_prose_stays() -> None:
    article = pasted(f"{PROSE}\n\nRelated Work\n\n{MORE}")
    assert "Related Work" in article.body


# Mended after review: a courtesy line names a picture; "Related" and words is a label only with a colon


def test_a_courtesy_opening_a_sentence_of_the_story_stays() -> None:
    museum = (
        "The museum reopened on Saturday after a two-year renovation. Courtesy of a $2 million state grant, entry "
        "will be free through the summer."
    )
    article = pasted(f"{PROSE}\n\n{museum}\n\n{MORE}")
    assert museum in article.body
    assert museum not in dropped(article)


def test_a_related_subhead_over_a_closing_list_stays() -> None:
    article = pasted(f"{PROSE}\n\n{MORE}\n\nRelated risks\n\n- smoke inhalation\n- burns to hands\n- heat exhaustion\n")
    for line in ("Related risks", "smoke inhalation", "burns to hands", "heat exhaustion"):
        assert line in article.body
    assert not dropped(article, "end of article")


def test_a_credited_caption_spaced_otherwise_on_the_page_is_still_left_out() -> None:
    """The page's visible words join its text nodes with spaces ("<a>NOAA</a>." reads "NOAA ."), the caption's
    paragraph does not: its words are still found and left out of what the page states."""
    caption = "A map of heat stress, for January 1, 2023 to April 10, 2024. Image courtesy of NOAA."
    visible = "Reefs bleach again. A map of heat stress , for January 1, 2023 to April 10, 2024 . Image courtesy of NOAA ."
    rest = _without_texts(visible, [caption])
    assert "January 1, 2023" not in rest
    assert "Reefs bleach again." in rest
