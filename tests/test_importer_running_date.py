"""A running header's date is the issue's ("MMWR / January 14, 2011 / Vol. 60"); a browser's print
stamp on every page ("20/03/2025, 10:15") is when the file was made, never `published`."""

from __future__ import annotations

import pytest

from build_site.importer_model import Draft, Piece
from build_site.importer_pdf import RUNNING, _take_running_date


@pytest.mark.parametrize(
    ("running", "published"),
    [
        ("MMWR / January 14, 2011 / Vol. 60", "2011-01-14"),
        ("20/03/2025, 10:15", None),  # a page printed in a European locale
        ("Weekly Report / 20/03/2025", "2025-03-20"),
    ],
)
def test_a_running_date_is_read_unless_it_is_a_print_stamp(running: str, published: str | None) -> None:
    draft = Draft([Piece("paragraph", "The council voted on Tuesday to extend the program.")], {})
    draft.dropped = [(RUNNING, running), ("page numbers", "2")]
    _take_running_date(draft)
    assert draft.meta.get("published") == published
