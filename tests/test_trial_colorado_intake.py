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
    assert "states no date of its own" in warning
