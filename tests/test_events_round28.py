"""Round twenty-eight, dates: a day followed by "last year" ("on June 14 last year") is that day in that year, one
event; "due to" a cause is no word of the future before a date ("deaths due to Katrina in May" is May's). Real
sentences of held-out-26 (gf03, dated 27 September 2018; kt02, dated 21 August 2006 by its address), dev since
their round, each with a counter-example of another subject."""

from __future__ import annotations

import datetime as dt

from build_site.events import extract_events
from build_site.statements import Paragraph

WOKEN = (
    "In a dramatic account given to the Grenfell Inquiry, Ms Cotton described how she drove almost 22 miles to the "
    "scene after being woken at home by her staff officer at 2.03am on June 14 last year."
)
REPORTED = "The state had reprted 480 out of state deaths due to Katrina in May."


def _dates(sentence: str, published: dt.date | None) -> list[tuple[str, bool]]:
    return [(e.date, e.inferred) for e in extract_events([Paragraph("p1", (sentence,))], published)]


def test_a_day_before_last_year_is_that_day_of_the_year_before_one_event() -> None:
    assert _dates(WOKEN, dt.date(2018, 9, 27)) == [("2017-06-14", True)]


def test_a_day_written_first_before_last_year_likewise() -> None:
    sentence = "The ceasefire collapsed on 3 March last year, the ministry said."
    assert _dates(sentence, dt.date(2024, 5, 10)) == [("2023-03-03", True)]


def test_a_day_and_last_year_in_two_clauses_are_two_dates() -> None:
    sentence = "The talks resumed on March 3, and last year the envoy visited twice."
    assert _dates(sentence, dt.date(2024, 5, 10)) == [("2024-03-03", True), ("2023", True)]


def test_a_count_due_to_a_cause_in_a_month_is_dated_to_the_month() -> None:
    assert _dates(REPORTED, dt.date(2006, 8, 21)) == [("2006-05", True)]


def test_due_to_and_a_verb_is_still_a_coming_date() -> None:
    assert _dates("The inspection report is due to arrive in May.", dt.date(2024, 1, 10)) == []


def test_due_alone_is_still_a_coming_date() -> None:
    assert _dates("The inspection report is due in May.", dt.date(2024, 1, 10)) == []
