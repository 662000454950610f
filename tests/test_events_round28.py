"""Round twenty-eight, dates: "due to" a cause is no word of the future before a date ("deaths due to Katrina in
May" is May's). A real sentence of held-out-26 (kt02, dated 21 August 2006 by its address), dev since its round,
with counter-examples of another subject."""

from __future__ import annotations

import datetime as dt

from build_site.events import extract_events
from build_site.statements import Paragraph

REPORTED = "The state had reprted 480 out of state deaths due to Katrina in May."


def _dates(sentence: str, published: dt.date | None) -> list[tuple[str, bool]]:
    return [(e.date, e.inferred) for e in extract_events([Paragraph("p1", (sentence,))], published)]


def test_a_count_due_to_a_cause_in_a_month_is_dated_to_the_month() -> None:
    assert _dates(REPORTED, dt.date(2006, 8, 21)) == [("2006-05", True)]


def test_due_to_and_a_verb_is_still_a_coming_date() -> None:
    assert _dates("The inspection report is due to arrive in May.", dt.date(2024, 1, 10)) == []


def test_due_alone_is_still_a_coming_date() -> None:
    assert _dates("The inspection report is due in May.", dt.date(2024, 1, 10)) == []
