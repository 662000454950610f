"""The Artemis trial's import faults (issue 16), each read on the trial's real input beside a
counter-example that keeps its answer (a list of stories of round 7, lines of a byline's shape).

- LEAD-IN LIST: bullets under a clause ending in a colon ("We testified that:") are one article's
  list of findings, not a list of stories; a list of stories stays refused.
- A byline's date may follow "on" ("By Jeffrey Alan on June 20, 2024 · 4 Comments").
- "Written By" set in title case is a byline's label; a desk's name is its author, never a heading.
- A job title on the byline's next line ("by Douglas Messier" / "Managing Editor") is no part of
  the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_byline import byline_name
from build_site.importer_model import SourceError
from build_site.importer_write import Prepared

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
ARTEMIS = EVALUATION / "trials" / "artemis" / "inputs"
MESSIER = (
    ARTEMIS / "web" / "2022" / "03" / "03" / "nasa-inspector-general-calls-artemis-lunar-program-costs-unsustainable"
)


def read(path: Path, kind: str, **overrides: str) -> Prepared:
    return prepare(path.read_bytes(), kind, dict(overrides))


def test_a_lead_in_and_its_bulleted_findings_are_one_article() -> None:
    prepared = read(ARTEMIS / "03-gao-24-107249.txt", "text")
    assert prepared.meta["title"] == "NASA Artemis Programs: Lunar Landing Plans Are Progressing but Challenges Remain"
    assert "- NASA has made progress on its test flights, including launching Artemis I in 2022" in prepared.body
    assert "We testified that:" in prepared.body


def test_a_bulleted_list_of_stories_stays_refused() -> None:
    with pytest.raises(SourceError, match="its first headline is an item of a bulleted list"):
        read(EVALUATION / "titles" / "round7" / "texts" / "19.txt", "text")


def test_a_byline_with_its_date_after_on_gives_the_writer() -> None:
    prepared = read(ARTEMIS / "15-americaspace-gao-heat-shield.html", "html")
    assert prepared.meta["author"] == "Jeffrey Alan"
    assert str(prepared.meta["published"]) == "2024-06-20"


@pytest.mark.parametrize("line", ["By Jane Doe on the ground in Kyiv", "By Jane Doe on 4 Comments"])
def test_on_not_followed_by_a_date_is_no_byline(line: str) -> None:
    assert byline_name(line) is None


def test_written_by_in_title_case_is_a_byline_not_a_heading() -> None:
    for overrides in ({}, {"title": "Given"}):
        try:
            prepared = read(ARTEMIS / "02-republicworld-ig-cost.txt", "text", **overrides)
        except SourceError as error:  # the plain run asks for --title: a banner stands above the headline
            assert not overrides and "add --title" in str(error)
            continue
        assert prepared.meta["author"] == "Republic World Science Desk"
        assert "Written By" not in prepared.body


def test_a_job_title_on_the_bylines_next_line_is_no_part_of_the_name() -> None:
    prepared = read(MESSIER / "index.html", "html")
    assert prepared.meta["author"] == "Douglas Messier"
