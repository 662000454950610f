"""Dates the coral reef trial read wrong (its README's F11), each rule with the trial's sentence and a counter-example
of another subject: a photo caption, a paragraph closed by a picture's credit, dates a happening only where it says
what happened then (a verb in the past), never with the picture's own day ("A scuba diver checks coral reefs ... on
June 12, 2017.") or a map's span; "since" after a superlative or an ordinal past the first bounds a comparison or a
count ("the Reef's fifth widespread bleaching event since 2016"), while "the first time since" dates the last such
happening and "since" alone opens a span from a happening."""

from __future__ import annotations

import datetime as dt

from build_site.events import extract_events
from build_site.statements import Paragraph

ABC = dt.date(2024, 4, 15)  # the trial's ABC News article


def _dates(published: dt.date | None, *sentences: str) -> list[str]:
    """The dates of one paragraph of these sentences."""
    return [e.date for e in extract_events([Paragraph("p1", sentences)], published)]


# --- a caption's date -------------------------------------------------------------------------------------------


def test_a_captions_picture_day_is_no_event() -> None:
    diver = "A scuba diver checks coral reefs in the Red Sea off the southern Israeli resort city of Eilat on June 12, 2017."
    assert _dates(ABC, diver, "Menahem Kahana/AFP via Getty Images, FILE") == []


def test_a_maps_span_in_a_caption_is_no_event() -> None:
    caption = (
        "NOAA Coral Reef Watch's global 5km-resolution satellite Coral Bleaching Alert Area Maximum map, for January "
        "1, 2023 to April 10, 2024."
    )
    assert _dates(ABC, caption, "Image courtesy of the National Oceanic and Atmospheric Administration") == []


def test_a_caption_saying_what_happened_then_dates_it() -> None:
    observed = "Bleaching of elkhorn coral observed on July 17 at Sombrero Reef."
    assert _dates(dt.date(2023, 9, 1), observed, "MICHELLE DOBLER/Nova Southeastern University") == ["2023-07-17"]


def test_a_caption_of_another_subject_with_a_past_verb() -> None:
    rubble = "Rescuers searched the rubble of a collapsed building in Antakya on Feb. 7, 2023."
    assert _dates(dt.date(2023, 2, 8), rubble, "Emrah Gurel/AP") == ["2023-02-07"]


def test_the_same_words_with_no_credit_are_no_caption() -> None:
    assert _dates(ABC, "A scuba diver checks coral reefs off Eilat on June 12, 2017.") == ["2017-06-12"]


# --- "since" after a rank ---------------------------------------------------------------------------------------


def test_an_ordinal_before_since_counts_from_the_year() -> None:
    unfolding = (
        "Monitoring coral condition is still ongoing as the Reef's fifth widespread bleaching event since 2016 "
        "continues to unfold."
    )
    assert _dates(dt.date(2024, 4, 17), unfolding) == []


def test_a_superlative_before_since_is_a_comparisons_bound() -> None:
    assert _dates(dt.date(2025, 1, 30), "It was the deadliest plane crash in the U.S. since 2001.") == []


def test_the_first_time_since_dates_the_last_such_happening() -> None:
    water_cannon = (
        "Saturday's incident was the first time since November 2021 that the Chinese coast guard had used water "
        "cannon against a Philippine resupply mission."
    )
    assert "2021-11" in _dates(dt.date(2023, 8, 6), water_cannon)


def test_since_alone_opens_a_span_from_a_happening() -> None:
    assert _dates(dt.date(2023, 7, 28), "Tchiani, head of the presidential guard since 2011, read a statement.") == [
        "2011"
    ]


def test_most_of_before_since_is_a_quantity() -> None:
    attacks = (
        "Unlike most of the 23 attacks that the Houthis have carried out since 19 November, this one was tenacious."
    )
    assert _dates(dt.date(2024, 1, 1), attacks) == ["2023-11-19"]


# --- a season of a year ------------------------------------------------------------------------------------------


def test_the_summer_of_a_year_dates_the_year() -> None:
    started = (
        "The previous global bleaching event started in the North Pacific in the summer of 2014 and continued for a "
        "record three years, only dissipating in 2017."
    )
    assert _dates(dt.date(2024, 4, 15), started) == ["2014", "2017"]


def test_the_fall_of_a_year_in_another_subject() -> None:
    claimed = "In the fall of 2021, the gang claimed responsibility for taking 16 US citizens hostage."
    assert _dates(dt.date(2024, 5, 3), claimed) == ["2021"]


def test_a_season_with_no_year_dates_nothing() -> None:
    assert _dates(None, "Water temperatures peaked in the summer of a hot year, NOAA said.") == []


# --- mended after review: a ranked word must head the noun "since" closes; a credit is the whole last sentence ----


def test_a_superlative_subject_of_a_state_since_keeps_its_start() -> None:
    assert _dates(dt.date(2025, 3, 20), "The country's largest union has been on strike since March 3.") == [
        "2025-03-03"
    ]


def test_ranked_words_before_a_verb_keep_the_date_since() -> None:
    published = dt.date(2025, 3, 20)
    for sentence, day in (
        ("Most schools in the city have been closed since March 3.", "2025-03-03"),
        ("The most wanted fugitive in Ohio has been on the run since 2015.", "2015"),
        ("Troops of the 82nd Airborne Division have been deployed in the region since June 1.", "2024-06-01"),
        ("The second suspect has been held in custody since February 12.", "2025-02-12"),
        ("The country's longest-serving minister has been in detention since February 20.", "2025-02-20"),
        ("The highest court in the land has weighed the case since January 2024.", "2024-01"),
    ):
        assert _dates(published, sentence) == [day], sentence


def test_the_lowest_since_a_year_is_still_a_bound() -> None:
    assert _dates(dt.date(2025, 3, 20), "Unemployment fell to 3.4%, the lowest since 1969.") == []


def test_a_slash_in_a_last_sentences_first_words_is_no_credit() -> None:
    assert _dates(
        dt.date(2025, 2, 20), "Talks resume in Cairo on March 3.", "The US/UK proposal remains on the table."
    ) == ["2025-03-03"]


def test_a_relative_clause_on_the_ranked_noun_is_still_a_bound() -> None:
    assert _dates(dt.date(2024, 3, 1), "It's the second time that has happened since November 2023.") == []


# --- mended after the second review: a verb in the past with its object after the ranked noun dates its act -------


def test_a_past_verb_with_its_object_after_a_ranked_noun_keeps_the_date() -> None:
    assert _dates(dt.date(2025, 3, 20), "The third-largest carrier grounded flights since March 3.") == ["2025-03-03"]


def test_a_ranked_noun_with_no_verb_of_its_own_is_still_a_bound() -> None:
    published = dt.date(2025, 3, 20)
    for sentence in (
        "It was the biggest crowd since May 2019.",
        "It was the third day since March 3.",
        "They staged the biggest coordinated strikes since 1984.",
        "It was the worst storm to hit the coast since 2005.",
        "It was the largest crowd recorded in the city since 2019.",
    ):
        assert _dates(published, sentence) == [], sentence
