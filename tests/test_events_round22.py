"""A quotation's "today" is the article's day when nothing dates its saying: a sentence before it that dates
another happening (a crush, a fire, an attack) does not say when the words were said; a sentence that quotes or
reports speech on a day does ("On July 1, Governor Whitmer announced ..."). Real sentences of held-out-20's
Kanjuruhan texts (kj02, published Sunday 2 October 2022; dev since round twenty-two) and of mx08 (dev), with
the trial's Whitmer paragraph as the counter-example."""

from __future__ import annotations

import datetime as dt

from build_site.events import extract_events
from build_site.statements import Paragraph

OCCURRED = (
    "The tragedy occurred yesterday evening, Saturday, in the city of Malang (in the east of the country), and led "
    "to the injury of more than 100 people as well."
)
TOLL_TODAY = (
    '"Today\'s death toll is 125, 124 people have been identified, while no one has been identified," Emil Dardak, '
    "deputy governor of East Java, told broadcaster Metro TV."
)


def _dates(published: dt.date, *paragraphs: tuple[str, ...]) -> list[tuple[str, str, bool]]:
    found = extract_events([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], published)
    return [(e.anchor, e.date, e.inferred) for e in found]


def test_a_quoted_today_after_another_happenings_day_is_the_articles_day() -> None:
    # main left the quotation's "Today's" out: the paragraph before dated Saturday, the crush's day
    assert _dates(dt.date(2022, 10, 2), (OCCURRED,), (TOLL_TODAY,)) == [
        ("p0", "2022-10-01", True),
        ("p1", "2022-10-02", True),
    ]


def test_a_quoted_today_after_an_extradition_on_the_articles_day_is_that_day() -> None:
    # mx08 (dev, Tuesday 12 August 2025): the happening's day is publication's, so the quotation's too
    extradited = (
        "Over two dozen fugitives from Mexico, accused of drug trafficking, murder, and kidnapping, were extradited "
        "to the United States on Tuesday."
    )
    bondi = (
        "\"Today is the latest example of the Trump administration's historic efforts to dismantle cartels and "
        'foreign terrorist organizations," Attorney General Pam Bondi said.'
    )
    assert _dates(dt.date(2025, 8, 12), (extradited,), (bondi,)) == [
        ("p0", "2025-08-12", True),
        ("p1", "2025-08-12", True),
    ]


def test_a_quoted_today_after_a_dated_announcement_is_still_left_out() -> None:
    announced = (
        "On July 1, Governor Gretchen Whitmer announced that Michigan signed an agreement with the U.S. Army Corps "
        "of Engineers and the State of Illinois to cosponsor construction of the Brandon Road Interbasin Project."
    )
    today = (
        "\"Today's agreement will help us get shovels in the ground as soon as possible on the critical Brandon Road "
        'project," Governor Whitmer said.'
    )
    assert _dates(dt.date(2024, 7, 3), (announced,), (today,)) == [("p0", "2024-07-01", True)]


def test_a_quoted_today_after_a_happening_police_reported_is_the_articles_day() -> None:
    # the usual "X said" tail reports the crush's day, not the saying's: the quotation's "Today's" is kept
    occurred = "The tragedy occurred yesterday evening in the city of Malang, police said."
    assert _dates(dt.date(2022, 10, 2), (occurred,), (TOLL_TODAY,)) == [
        ("p0", "2022-10-01", True),
        ("p1", "2022-10-02", True),
    ]


def test_a_quoted_today_after_a_tail_dating_the_saying_is_still_left_out() -> None:
    # the date in the reporting clause itself ("police said on Saturday") is the day the words were said
    said_on = "More than 100 people were injured in the city of Malang, police said on Saturday."
    assert _dates(dt.date(2022, 10, 2), (said_on,), (TOLL_TODAY,)) == [("p0", "2022-10-01", True)]
