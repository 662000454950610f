"""Event faults the round-24 review reproduced, each mended by a general shape with the review's sentence and the
round's own right case kept: unlikeliness undates only an infinitive ("unlikely to occur"); "is/are due to" is owed
then, a coming date, where "due to" a name after a happening is a cause; a day "next year" is a coming date."""

from __future__ import annotations

import datetime as dt

from build_site.events import extract_events
from build_site.statements import Paragraph

PUBLISHED = dt.date(2024, 5, 10)


def _dates(sentence: str, published: dt.date | None = PUBLISHED) -> list[str]:
    return [e.date for e in extract_events([Paragraph("p1", (sentence,))], published)]


def test_an_unlikely_happening_that_happened_is_dated() -> None:
    assert _dates("In an unlikely comeback, the team won on March 3.") == ["2024-03-03"]
    assert _dates("An unlikely alliance formed in March.") == ["2024-03"]


def test_unlikely_to_still_undates() -> None:
    assert _dates("Officials said the dam was unlikely to be repaired in 2024.", dt.date(2023, 6, 10)) == []
    assert _dates("The bridge is not likely to reopen in 2025.") == []


def test_a_sum_due_to_a_recipient_is_a_coming_date() -> None:
    assert _dates("The loan is due to the IMF on June 14.") == []
    assert _dates("The vote is due to Congress by June 30.") == []


def test_due_to_as_a_cause_still_dates() -> None:
    assert _dates("Deaths due to Katrina in May rose sharply.") == ["2024-05"]


def test_a_day_next_year_is_a_coming_date() -> None:
    assert _dates("The summit is on June 14 next year.") == []


def test_a_day_last_year_is_still_that_day() -> None:
    assert _dates("The storm hit on June 14 last year.") == ["2023-06-14"]
