"""Events by shapes a new user's Colorado River trial met (dev), each with a counter-example of another subject:
"today's" before a noun of the present age dates nothing; a date opening a paragraph before a dash, or alone with
its time, is the text's date line; an option, opportunity or chance to act in a year is no happening of that year;
a quotation's "today" paragraphs after a lede that dates the saying is that day's, not the article's; a yearless
month named again is the month the article dated before."""

from __future__ import annotations

import datetime as dt

from build_site.events import extract_events
from build_site.statements import Paragraph


def _dates(published: dt.date | None, *paragraphs: tuple[str, ...]) -> list[str]:
    found = extract_events([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], published)
    return [e.date for e in found]


STANTON_DAY = dt.date(2026, 2, 14)


def test_todays_reality_dates_nothing() -> None:
    # the trial's Stanton release: main dated the sentence to the release's day
    sentence = (
        "But our upstream neighbors continue clinging to century-old legal positions that ignore today's reality."
    )
    assert _dates(STANTON_DAY, (sentence,)) == []


def test_todays_vote_is_the_days_happening() -> None:
    # counter-example of another subject: "today's" before an act dates it to the article's day
    sentence = "The minister welcomed today's vote in parliament on the grain corridor."
    assert _dates(dt.date(2023, 7, 20), (sentence,)) == ["2023-07-20"]


def test_a_date_line_opening_a_paragraph_is_no_event() -> None:
    # the trial's Western Water page: main dated an event to the date line as well as to the release
    sentence = (
        "Tuesday, January 13, 2026 — On Friday, January 9, 2026, the Bureau of Reclamation released a draft "
        "Environmental Impact Statement."
    )
    assert _dates(None, (sentence,)) == ["2026-01-09"]
    assert _dates(None, ("15 August 2022, 23:23 GMT",)) == []


def test_a_date_opening_a_sentence_of_its_own_happening_stays() -> None:
    # counter-example of another subject: a date opening its sentence before the happening it dates
    sentence = "January 13, 2026, was the day the ministry released its report on the strike."
    assert _dates(None, (sentence,)) == ["2026-01-13"]


def test_an_option_to_act_in_a_year_is_no_happening() -> None:
    # the trial's Gila River article: main dated "has the option to do so again in 2024" to 2024
    sentence = "The tribe has the option to do so again in 2024 and 2025, receiving another $50 million each year."
    assert _dates(dt.date(2023, 4, 7), (sentence,)) == []


def test_a_year_after_a_past_act_stays_a_happening() -> None:
    # counter-example of another subject: the year of an act done
    sentence = "The tribe signed the agreement in 2022 and received its first payment."
    assert _dates(dt.date(2023, 4, 7), (sentence,)) == ["2022"]


LEDE = ("The governors of Arizona, Nevada and California announced Monday a plan to conserve water.",)
BETWEEN = ("The plan would cut use by 3 million acre-feet.",)
QUOTED_TODAY = ("“Today’s announcement is a testament to the work of the states,” the secretary said.",)


def test_a_quoted_today_after_a_lede_dating_the_saying_is_not_the_articles_day() -> None:
    # the trial's Lower Basin plan (published Tuesday): main dated "Today’s announcement" to the Tuesday
    assert _dates(dt.date(2023, 5, 23), LEDE, BETWEEN, BETWEEN, QUOTED_TODAY) == ["2023-05-22"]


def test_a_quoted_today_after_a_dated_happening_is_the_articles_day() -> None:
    # counter-example of another subject: a date of a happening, not of a saying, leaves "today" the article's day
    crush = ("The crush occurred on Saturday night, police said.",)
    today = ("“Today we mourn with the families,” the mayor said.",)
    assert _dates(dt.date(2022, 10, 31), crush, BETWEEN, BETWEEN, today) == ["2022-10-29", "2022-10-31"]


TIER_TWO_DAY = dt.date(2022, 8, 16)
STARTING = (
    "The Tier 2 shortage means Arizona, Nevada and Mexico will have to further reduce their use of the Colorado "
    "River starting in January.",
)


def test_a_yearless_month_named_again_is_the_coming_one_dated_before() -> None:
    # the trial's Tier 2 article: main dated the second "in January" to the January past
    again = ("(California’s first cut limit is 1,045 feet in January.)",)
    assert _dates(TIER_TWO_DAY, STARTING, again) == ["2023-01", "2023-01"]


def test_another_yearless_month_keeps_its_own_year() -> None:
    # counter-example of another subject: a month not named before is read as before, the one past
    other = ("The port handled record cargo in March, the authority said.",)
    assert _dates(TIER_TWO_DAY, STARTING, other) == ["2023-01", "2022-03"]
