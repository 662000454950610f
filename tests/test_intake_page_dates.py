"""Round 14: a saved page's date is its first publication's, not the day it was modified, when its
Open Graph metadata tells the two apart; real pages of the dev sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


@pytest.mark.parametrize(("name", "published"), [
    ("reuters_fed_story.html", "2016-12-14"),  # the extractor's guess was the modified day, the 15th
    ("mercury_letters.html", "2023-01-16"),  # the guess is no modified day: the UTC timestamp's 17th not taken
])
def test_the_published_day_wins_over_the_modified_day(name: str, published: str) -> None:
    prepared = prepare((PAGES / name).read_bytes(), "html", {})
    assert prepared.draft.meta["published"] == published
