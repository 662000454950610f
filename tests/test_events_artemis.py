"""The Artemis trial's event faults (F13), each mended by a general shape and tested with the trial's real sentence
and a counter-example of another subject: the end of an estimate's period ("at $93 billion through 2025") and a year
in an unlikely happening ("was unlikely to occur in 2025") are no events of that year; a span of months whose year
follows its end ("from May through November of 2014") dates its start too."""

from __future__ import annotations

import datetime as dt

from build_site.events import extract_events
from build_site.statements import Paragraph

ESTIMATES = (
    "A new audit released today concludes it will be 2026 at the earliest and estimates the cost of the Artemis "
    "program at $93 billion through 2025."
)
UNLIKELY = (
    "Our prior work showed that Artemis III was unlikely to occur in 2025, and NASA recently adjusted the launch date "
    "to 2026."
)
SERVED = (
    "Wiseman is a NASA veteran, having served as Flight Engineer aboard the International Space Station for "
    "Expedition 41 from May through November of 2014."
)


def _dates(sentence: str, published: dt.date | None) -> list[str]:
    return [e.date for e in extract_events([Paragraph("p1", (sentence,))], published)]


def test_the_end_of_an_estimate_period_is_no_event() -> None:
    assert _dates(ESTIMATES, dt.date(2021, 11, 15)) == ["2021-11-15"]  # the audit released that day


def test_an_estimate_period_end_of_another_subject() -> None:
    sentence = "The ministry put the losses at 12 million tons through March 2023."
    assert _dates(sentence, dt.date(2024, 6, 1)) == []


def test_an_amount_through_a_year_with_no_estimate_still_dates() -> None:
    assert _dates("Exports rose 5% through 2022, the ministry said.", dt.date(2024, 6, 1)) == ["2022"]


def test_a_year_in_an_unlikely_happening_is_no_event() -> None:
    # a dated happening beside it is kept, so that a run dating nothing fails
    paragraph = Paragraph("p1", (UNLIKELY, "NASA announced the delay on January 9, 2024."))
    assert [e.date for e in extract_events([paragraph], dt.date(2024, 1, 17))] == ["2024-01-09"]


def test_an_unlikely_happening_of_another_subject() -> None:
    sentence = "Officials said the dam was unlikely to be repaired in 2024."
    assert _dates(sentence, dt.date(2023, 6, 10)) == []


def test_an_unlikely_word_after_the_date_does_not_undate_it() -> None:
    sentence = "The ceasefire collapsed in March 2023, an outcome few had thought unlikely."
    assert _dates(sentence, dt.date(2024, 6, 1)) == ["2023-03"]


def test_a_span_whose_year_follows_its_end_dates_its_start_too() -> None:
    assert sorted(_dates(SERVED, dt.date(2023, 4, 3))) == ["2014-05", "2014-11"]


def test_a_span_of_another_subject() -> None:
    sentence = "The plant was shut from March to June 2020 after the flood."
    assert sorted(_dates(sentence, dt.date(2021, 1, 5))) == ["2020-03", "2020-06"]


def test_a_span_over_the_new_year_leaves_its_start_undated() -> None:
    sentence = "The strike ran from November through February of 2015."
    assert _dates(sentence, dt.date(2016, 1, 5)) == ["2015-02"]
