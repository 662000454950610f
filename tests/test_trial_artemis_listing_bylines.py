"""The Artemis trial's import faults (issue 16), each read on the trial's real input beside a
counter-example of another dev set that keeps its answer.

- LEAD-IN LIST: bullets under a clause ending in a colon ("We testified that:") are one article's
  list of findings, not a list of stories; a list of stories stays refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_model import SourceError
from build_site.importer_write import Prepared

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
ARTEMIS = EVALUATION / "trials" / "artemis" / "inputs"


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
