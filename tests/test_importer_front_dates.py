"""Date lines are read at the top of the story only: a heading further down that runs a few
capitalised words onto a date ("Fighting Erupted March 3, 2024") is the story's text, and once the
date is known a later date line stays in the body."""

from __future__ import annotations

import time

from build_site.importer_clean import clean
from build_site.importer_model import Draft, Piece

TITLE = "War in the north"
STORY = (
    "The fighting that began in the spring has displaced more than a million people, the agency said on "
    "Monday, and the talks meant to end it have stalled for the third time since the truce was signed."
)


def cleaned(*lines: str) -> Draft:
    """`clean` run on a headline, the lines given and a long paragraph."""
    pieces = [
        Piece("heading", TITLE, level=2),
        *(Piece("paragraph", line) for line in lines),
        Piece("paragraph", STORY),
    ]
    draft = Draft(pieces, {"title": TITLE})
    clean(draft)
    return draft


def test_run_on_headings_above_a_late_first_paragraph_stay() -> None:
    lines = [
        "Timeline of the war",
        "Fighting Erupted March 3, 2024",
        "Truce Signed April 5, 2024",
        "Talks Collapsed June 9, 2024",
    ]
    draft = cleaned(*lines)
    assert [piece.text for piece in draft.pieces] == [*lines, STORY]
    assert "published" not in draft.meta


def test_a_label_run_onto_the_date_under_the_headline_is_read() -> None:
    draft = cleaned("Case Study August 12, 2010, 5:00PM EST")
    assert draft.meta["published"] == "2010-08-12"
    assert [piece.text for piece in draft.pieces] == [STORY]


def test_a_date_line_after_the_date_stays_in_the_body() -> None:
    draft = cleaned("March 3, 2024", "Timeline of the war", "April 5, 2024")
    assert draft.meta["published"] == "2024-03-03"
    assert [piece.text for piece in draft.pieces] == ["Timeline of the war", "April 5, 2024", STORY]


def cpu_seconds(count: int) -> float:
    """The least CPU time of two cleanings of `count` short lines above the story."""
    lines = [f"Line number {n} of the list" for n in range(count)]
    times = []
    for _ in range(2):
        start = time.process_time()
        cleaned(*lines)
        times.append(time.process_time() - start)
    return min(times)


def test_many_short_lines_are_cleaned_in_linear_time() -> None:
    """Each line rebuilt the list of the lines above it (0.36 s for 8,000 lines): four times the
    lines took about ten times as long; in linear time it takes about four."""
    assert cpu_seconds(16000) < 7 * cpu_seconds(4000)


def test_a_page_dated_by_its_metadata_drops_the_date_under_its_headline_only() -> None:
    pieces = [Piece("heading", TITLE, level=2), Piece("paragraph", "March 3, 2024"), Piece("paragraph", "Timeline"),
              Piece("paragraph", "April 5, 2024"), Piece("paragraph", STORY)]  # fmt: skip
    draft = Draft(pieces, {"title": TITLE, "published": "2024-03-03"})
    clean(draft)
    assert [piece.text for piece in draft.pieces] == ["Timeline", "April 5, 2024", STORY]
