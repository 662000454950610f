"""Round twenty-six, dates: an address day written as one segment (`/2024-01-18/`) dates an undated article as
`/2024/01/18/` does, and a date after "as of" closing a count's clause is the day the figure stood at, no event.
Real sentences of held-out-24 (uv04, KERA News, no publication date), held-out-23 (tq01) and held-out-17 (mw01,
mw03), all dev since their rounds, each with its counter-example."""

from __future__ import annotations

import datetime as dt

import pytest

from build_site.corpus import article_date
from build_site.events import extract_events
from build_site.statements import Paragraph

KERA = "https://www.keranews.org/2024-01-18/ag-merrick-garland-is-in-uvalde-to-release-a-report"
ASSESSMENT = (
    "The assessment to be released Thursday morning is expected to examine issues including policies, "
    "communications, incident command, as well as the post-incident response."
)
RESCUED = "At least 1,846 people had been rescued in Hatay as of Tuesday evening, Koca added."
MISSING = (
    "As of Monday morning, 850 people are still listed as missing after the the deadly Lahaina wildfire, Hawaii "
    "officials said, citing data compiled by the FBI and local authorities."
)
SEARCHED = (
    "Green also said as of today, 95% of the Lahaina burn area has been searched for victims, and the confirmed "
    "death toll remains 115."
)


def _dates(sentence: str, published: dt.date | None) -> list[tuple[str, bool]]:
    return [(e.date, e.inferred) for e in extract_events([Paragraph("p1", (sentence,))], published)]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        (KERA, dt.date(2024, 1, 18)),
        ("https://news.example.org/2024-01-18-garland-in-uvalde", dt.date(2024, 1, 18)),  # a segment's opening
        ("https://news.example.org/local/2024-01-18", dt.date(2024, 1, 18)),  # the path's end
    ],
)
def test_an_address_day_written_as_one_segment_dates_the_article(url: str, day: dt.date) -> None:
    assert article_date(None, url) == (day, True)


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.org/2024-05-14-17/storms",  # a range of days
        "https://news.example.org/2024-02-30/story",  # no such day
        "https://news.example.org/report-2024-01-18/",  # a date inside a word, not opening its segment
        "https://news.example.org/2024-01-18-7",  # the segment goes on with a number
        "https://news.example.org/events/2024-01-18-to-2024-01-20/",  # a range written with two days
        "https://news.example.org/files/2024-06-30-annual-report.pdf",  # a document's file, dated as the document
    ],
)
def test_a_segment_that_is_no_address_day_dates_nothing(url: str) -> None:
    assert article_date(None, url) == (None, False)


def test_a_weekday_of_an_article_dated_by_a_one_segment_address_is_dated() -> None:
    # uv04 (no `published`): main left "Thursday morning" (E29) undated
    published, by_address = article_date(None, KERA)
    assert by_address
    assert _dates(ASSESSMENT, published) == [("2024-01-18", True)]
    assert _dates(ASSESSMENT, None) == []


def test_a_date_after_as_of_closing_a_count_is_no_event() -> None:
    # tq01: the day the count of the rescued stood at, judged not-an-event
    assert _dates(RESCUED, dt.date(2023, 2, 8)) == []


def test_as_of_opening_a_clause_or_after_a_speech_verb_dates_the_report() -> None:
    # mw01 and mw03: judged right, the day the officials gave the figure
    assert _dates(MISSING, dt.date(2023, 8, 22)) == [("2023-08-21", True)]
    assert _dates(SEARCHED, dt.date(2023, 8, 24)) == [("2023-08-24", True)]


def test_as_of_after_an_act_with_no_count_dates_the_act() -> None:
    # the review's sentences: no number stands before "as of", so the day is the act's, as before round twenty-six
    assert _dates("Chief executive Jane Roe resigned as of Friday, the company said.", dt.date(2024, 3, 11)) == [
        ("2024-03-08", True)
    ]
    assert _dates("The plant was shut down as of Monday after the leak.", dt.date(2024, 3, 13)) == [
        ("2024-03-11", True)
    ]


def test_as_of_after_a_comma_closing_a_count_is_no_event() -> None:
    # a clause mark opens "as of", but no clause follows the date: the count's day (`_CLAUSE_FOLLOWS` fails)
    assert _dates("The city had replaced 10,059 lead lines, as of July 15.", dt.date(2024, 8, 1)) == []


def test_as_of_opening_a_clause_with_its_subject_after_the_date_dates_the_report() -> None:
    # "that as of January 2022 there have been": a clause's subject follows the date (`_CLAUSE_FOLLOWS` holds)
    sentence = "Of the 12 states surveyed, officials estimate that as of January 2022 there have been 40 attacks."
    assert _dates(sentence, dt.date(2022, 3, 1)) == [("2022-01", False)]
