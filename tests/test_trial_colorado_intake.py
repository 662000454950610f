"""What a new user's trial (the Colorado River's shortage) found wrong in `add`, each on the trial's
own input (its served pages from a local server, as the trial added them) beside a counter-example
of another site that keeps its answer: a happening's date taken over the page's own, in its address
or its opening date line, and a year its text names offered as the date found."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from build_site.importer import Prepared, prepare
from tests.helpers import add_to_new_corpus, served_folder

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "evaluation" / "trials" / "colorado" / "inputs"
STORY = (
    "The county water board voted on Tuesday to replace the filters at its two treatment plants, a project "
    "the board said would cost four million dollars and take most of next year to finish."
)
add = add_to_new_corpus


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The trial's served pages, at the addresses the trial gave them; the base address."""
    with served_folder(INPUTS / "served") as base:
        yield base


def read(name: str, **overrides: str) -> Prepared:
    """One of the trial's inputs as `add` would import it."""
    path = INPUTS / name
    kind = {".html": "html", ".pdf": "pdf"}.get(path.suffix, "text")
    return prepare(path.read_bytes(), kind, dict(overrides))


def page(*paragraphs: str, head: str = "", headline: str = "Water Board Votes to Replace Plant Filters") -> bytes:
    """A saved news page of another site: its headline, the paragraphs given, then the story."""
    body = "".join(f"<p>{text}</p>" for text in (*paragraphs, STORY, STORY.replace("Tuesday", "Monday")))
    return (
        f"<html><head><title>{headline}</title>{head}</head><body><article><h1>{headline}</h1>{body}"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("address", "day"),
    [
        ("2026/01/13/post-2026-colorado-river-plans-enter-public-review.html", "2026-01-13"),  # not the lede's 01-09
        ("2023/02/16/lake-powell-record-low.html", "2023-02-16"),
        ("story/news/environment/2023/05/22/colorado-river-basin-states-reach-landmark-deal.html", "2023-05-22"),
    ],
)
def test_the_day_in_a_fetched_page_s_address_is_its_date(
    server: str, address: str, day: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err, posts = add(capsys, tmp_path, f"{server}/{address}")
    assert code == 0, err
    assert str(posts[0]["published"]) == day
    assert "the day its address holds" in out
    assert "published left unset" not in err


def test_the_metadata_s_date_comes_before_the_address_s(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "site" / "2025" / "03" / "02"
    folder.mkdir(parents=True)
    meta = '<meta property="article:published_time" content="2025-03-03T08:00:00Z">'
    (folder / "filters.html").write_bytes(page(head=meta))
    (tmp_path / "site" / "2025" / "03" / "filters.html").write_bytes(page())  # a month, no day
    with served_folder(tmp_path / "site") as base:
        code, _, err, posts = add(capsys, tmp_path / "a", f"{base}/2025/03/02/filters.html")
        assert code == 0, err
        assert str(posts[0]["published"]) == "2025-03-03"
        code, out, err, posts = add(capsys, tmp_path / "b", f"{base}/2025/03/filters.html")
        assert code == 0, err
        assert "published" not in posts[0].metadata
        assert "address holds" not in out


def test_a_date_line_opening_the_text_is_the_page_s_date_before_its_lede_s() -> None:
    prepared = read("served/2026/01/13/post-2026-colorado-river-plans-enter-public-review.html")
    assert str(prepared.meta["published"]) == "2026-01-13"
    assert "Tuesday, January 13, 2026 — On Friday, January 9, 2026" in prepared.body  # kept in the text


@pytest.mark.parametrize(
    ("lede", "day"),
    [
        (f"Monday, March 3, 2025 — The board met on Friday, March 1, 2025. {STORY}", "2025-03-03"),
        (f"On Friday, March 7, 2025, {STORY}", "2025-03-01"),  # a happening's date: the metadata's stands
        (f"March 7, 2025 was the day the board met. {STORY}", "2025-03-01"),  # a sentence, no date line
    ],
)
def test_only_a_date_line_opening_the_lede_replaces_a_date_of_the_text(lede: str, day: str) -> None:
    meta = '<meta name="date" content="2025-03-01">'
    prepared = prepare(page(lede, head="" if lede.startswith("Monday") else meta), "html", {})
    assert str(prepared.meta["published"]) == day


@pytest.mark.parametrize("name", ["saved/afp-western-us-mexico-cuts-2022.html", "saved/sierra-navajo-ruling-2023.html"])
def test_a_year_the_text_names_is_never_offered_as_the_date_found(name: str) -> None:
    prepared = read(name)
    (warning,) = [w for w in prepared.draft.warnings if w.startswith("published left unset")]
    assert "-01-01" not in warning
    assert "no day of the page was found" in warning


def paste(*head: str) -> bytes:
    """A paste of another site: the lines given (headline first), then the story."""
    return "\n\n".join((*head, STORY, STORY.replace("Tuesday", "Monday"))).encode()


def test_a_byline_with_no_name_gives_no_author_and_its_date_is_read() -> None:
    prepared = read("saved/azmirror-gila-river-233m-2023.html")
    assert "author" not in prepared.meta
    assert str(prepared.meta["published"]) == "2023-04-07"


def test_a_byline_with_a_name_before_its_date_gives_the_name() -> None:
    byline = b'<p class="byline">By: Jane Doe - April 7, 2023 2:12 pm</p><h1>'
    prepared = prepare(page().replace(b"<h1>", byline), "html", {})
    assert prepared.meta["author"] == "Jane Doe"


def test_an_outlet_s_name_over_a_date_line_is_the_publisher() -> None:
    prepared = read("pasted/latimes-glen-canyon-overhaul-2023.txt")
    assert prepared.meta["publisher"] == "Wenatchee World"
    assert "author" not in prepared.meta
    assert str(prepared.meta["published"]) == "2023-02-24"


def test_a_writer_s_name_over_a_date_line_stays_the_author() -> None:
    prepared = prepare(paste("Water Board Votes to Replace Plant Filters", "Jane Doe", "Feb 24, 2023"), "text", {})
    assert prepared.meta["author"] == "Jane Doe"
    assert "publisher" not in prepared.meta


def test_a_dateline_s_place_is_no_publisher_and_a_release_s_masthead_is() -> None:
    prepared = read("pasted/stanton-statement-2026.txt")
    assert prepared.meta["publisher"] == "Congressman Greg Stanton"
    assert str(prepared.meta["published"]) == "2026-02-14"
    assert ("dateline (a place and a date), read as date", "Washington, February 14, 2026") in prepared.draft.dropped


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        (("Water Board Votes to Replace Plant Filters", "Michigan News Source, May 3, 2024"), "Michigan News Source"),
        (("Water Board Votes to Replace Plant Filters", "Phoenix, May 3, 2024"), None),
        (("Office of the Mayor", "News Releases", "Water Board Votes to Replace Plant Filters"), "Office of the Mayor"),
        (("Office of the Mayor", "Opinion", "Water Board Votes to Replace Plant Filters"), None),
    ],
)
def test_publisher_lines_of_other_sites(head: tuple[str, ...], publisher: str | None) -> None:
    prepared = prepare(paste(*head), "text", {})
    assert prepared.meta.get("publisher") == publisher
    assert str(prepared.meta.get("published", "2024-05-03")) == "2024-05-03"


def test_a_byline_s_outlet_after_a_slash_is_no_author(
    server: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err, posts = add(capsys, tmp_path, f"{server}/2023/02/16/lake-powell-record-low.html")
    assert code == 0, err
    assert posts[0]["author"] == "Alex Hager"


def test_two_writers_of_a_byline_stay_two() -> None:
    byline = b'<p class="byline">By Jane Doe and John Roe</p><h1>'
    prepared = prepare(page().replace(b"<h1>", byline), "html", {})
    assert prepared.meta["author"] in ("Jane Doe and John Roe", "Jane Doe; John Roe")


def body_lines(prepared: Prepared) -> list[str]:
    """The body's lines as a reader sees them: heading marks and escapes taken off."""
    return [line.lstrip("#- ").replace("\\", "") for line in prepared.body.splitlines() if line.strip()]


def test_a_share_row_under_its_label_is_dropped_and_listed() -> None:
    prepared = read("pasted/klmateu-tier2-2022.txt")
    line = "Share this article: Facebook | Twitter | Email"
    assert line not in body_lines(prepared)
    assert ("share prompt", line) in prepared.draft.dropped


def test_a_sentence_naming_share_and_networks_stays() -> None:
    sentence = "Share this article with the board, which meets on Facebook, Twitter and email every week."
    prepared = prepare(paste("Water Board Votes to Replace Plant Filters", STORY, sentence), "text", {})
    assert sentence in body_lines(prepared)


@pytest.mark.parametrize(
    ("name", "outlet", "flags"),
    [
        ("pasted/cbs-upper-basin-consensus-2026.txt", "CBS Colorado", {}),
        (
            "pasted/glencanyon-breakthrough-deal.txt",
            "Glen Canyon Institute",
            {"title": "The breakthrough deal to protect the Colorado River, explained"},
        ),
    ],
)
def test_an_outlet_s_line_under_a_pasted_headline_is_no_heading(name: str, outlet: str, flags: dict[str, str]) -> None:
    prepared = read(name, **flags)
    assert outlet not in body_lines(prepared)
    assert "## " not in prepared.body
    assert any(line == outlet for _, line in prepared.draft.dropped)


@pytest.mark.parametrize("line", ["Drought Relief Plan", "Colorado River Compact", "Board Meeting Notes"])
def test_a_subheading_under_a_pasted_headline_stays(line: str) -> None:
    prepared = prepare(paste("Water Board Votes to Replace Plant Filters", line), "text", {})
    assert line in body_lines(prepared)
    assert "publisher" not in prepared.meta


def test_a_pasted_photo_caption_and_its_credit_are_dropped_and_listed() -> None:
    prepared = read("pasted/latimes-glen-canyon-overhaul-2023.txt")
    lines = body_lines(prepared)
    assert lines[0].startswith("LOS ANGELES — The desiccation")
    assert ("image credit", "Chase Stevens/Las Vegas Review-Journal/TNS") in prepared.draft.dropped
    assert any(why.startswith("image caption") for why, _ in prepared.draft.dropped)


def test_a_sentence_with_no_credit_under_it_stays() -> None:
    caption = "A view of the county's north treatment plant on July 28, 2021."
    prepared = prepare(paste("Water Board Votes to Replace Plant Filters", caption, "Jane Doe"), "text", {})
    assert caption in body_lines(prepared)


def test_a_release_line_under_a_deck_and_a_contact_is_read_and_dropped() -> None:
    prepared = read("saved/usbr-draft-eis-2026.html")
    assert "For Release: Jan 9, 2026" not in body_lines(prepared)
    assert ("release line, read as date", "For Release: Jan 9, 2026") in prepared.draft.dropped
    assert str(prepared.meta["published"]) == "2026-01-09"


def test_a_release_label_under_a_sentence_stays_in_the_text() -> None:
    lead = "The board published its plan on Tuesday."
    prepared = prepare(page(lead, "For Release: Jan 9, 2026"), "html", {})
    assert "For Release: Jan 9, 2026" in body_lines(prepared)


def test_a_teaser_card_inside_the_story_is_dropped_and_listed(
    server: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err, posts = add(capsys, tmp_path, f"{server}/2022/08/16/sputnik-us-imposes-water-restrictions.html")
    assert code == 0, err
    assert "Study: 8 Million" not in posts[0].content
    assert "23:23 GMT" not in posts[0].content
    assert "teaser of another story" in out


def test_a_link_alone_with_no_time_stamp_under_it_stays() -> None:
    link = '<a href="/report.pdf">Read the board’s full report on the filters</a>'
    prepared = prepare(page(STORY, link, "15 August 2022"), "html", {})
    assert "Read the board’s full report on the filters" in body_lines(prepared)


def test_a_release_with_its_release_line_under_the_deck_is_not_doubted_as_an_article() -> None:
    prepared = read("saved/usbr-draft-eis-2026.html")
    assert not [warning for warning in prepared.draft.warnings if "may not be an article" in warning]


def test_a_page_with_no_date_no_byline_and_no_release_line_is_still_doubted() -> None:
    prepared = prepare(page(), "html", {})
    assert [warning for warning in prepared.draft.warnings if "may not be an article" in warning]
