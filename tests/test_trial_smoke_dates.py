"""Dates by shapes a new user's wildfire-smoke trial met (dev), each with a counter-example of another subject: a
month's letters inside a name are no month; a weekday bounding a deadline or a forecast ("by Friday", "through
Monday", "until Monday") is the coming one; a page template's dated line is no happening; a state's abbreviation
after a city and its comma ("CHICAGO, Ill. (WTVO) — ...") ends no sentence."""

from __future__ import annotations

import datetime as dt

from build_site.events import extract_events
from build_site.statements import Paragraph
from build_site.text import split_sentences


def _dates(published: dt.date | None, *paragraphs: tuple[str, ...]) -> list[str]:
    found = extract_events([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], published)
    return [e.date for e in found]


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


SUNDAY = dt.date(2023, 6, 4)


def test_a_month_abbreviation_in_a_hyphenated_name_is_no_month() -> None:
    # the trial's two Quebec reports: main dated "in Sept-Îles" to September 2022
    sentence = (
        "But the state of emergency in Sept-Îles, which sits about 890 kilometres northeast of Montreal, "
        "has been extended for five days."
    )
    assert _dates(SUNDAY, (sentence,)) == []
    assert _dates(dt.date(2022, 8, 9), ("The documents were kept in Mar-a-Lago.",)) == []


def test_a_month_abbreviation_before_a_capitalised_name_is_no_month() -> None:
    sentence = "She starred in Jun Ji-hyun's first film in a decade."
    assert _dates(dt.date(2024, 2, 1), (sentence,)) == []


def test_a_month_abbreviation_before_a_lower_case_word_or_after_a_hyphen_stays_a_month() -> None:
    # counter-example of another subject: grain exports dated by their months
    sentence = "Grain exports from Odesa fell sharply in Sept and recovered in mid-October."
    assert _dates(dt.date(2023, 11, 2), (sentence,)) == ["2023-09", "2023-10"]
    assert _dates(dt.date(2024, 6, 20), ("In May President Ruto signed the bill.",)) == ["2024-05"]
    assert _dates(dt.date(2023, 8, 4), ("Cholera cases peaked in May-June 2023.",)) == ["2023-05", "2023-06"]


def test_a_weekday_bounding_a_deadline_is_the_coming_one() -> None:
    # the trial's Yellowknife report of Thursday 17 August: main dated "by Friday" to the Friday before
    sentence = (
        "YELLOWKNIFE — Residents of the Northwest Territories' capital and some neighbouring communities have "
        "been ordered to evacuate the area by Friday because of an encroaching wildfire."
    )
    assert _dates(dt.date(2023, 8, 17), (sentence,)) == ["2023-08-18"]
    # the Quebec reports of Sunday 4 June: "through Monday" was dated to the Monday before
    orders = (
        "The state of emergency has been extended, with evacuation orders in place at least through Monday morning."
    )
    assert _dates(SUNDAY, (orders,)) == ["2023-06-05"]


def test_a_weekday_bounding_a_forecast_is_the_coming_one_though_told_in_the_past() -> None:
    # the trial's CTV report of Wednesday 7 June: the premier's forecast, told in the past tense
    sentence = (
        "Premier François Legault told reporters that the areas in the greatest danger were in northern Quebec, "
        "where significant rainfall wasn't expected until Monday."
    )
    assert _dates(dt.date(2023, 6, 7), (sentence,)) == ["2023-06-12"]


def test_a_weekday_bounding_a_past_clause_is_the_one_before() -> None:
    # counter-example of another subject (held-out-18's hj06, Sunday 23 June 2024): a past clause, no deadline
    sentence = (
        "The temperature in the Saudi city of Mecca and other nearby holy sites hovered around 50 degrees Celsius "
        "through Tuesday's final pilgrimage day."
    )
    assert _dates(dt.date(2024, 6, 23), (sentence,)) == ["2024-06-18"]


def test_a_template_line_with_a_date_is_no_happening() -> None:
    # the trial's MMWR page, PHAC's remarks and the Toronto Star's story: each line was dated as a happening
    assert _dates(None, ("Weekly / August 25, 2023 / 72(34);933–935",)) == []
    assert _dates(None, ("June 19, 2023 | Ottawa, ON | Public Health Agency of Canada",)) == []
    assert _dates(None, ("Wed., June 7, 2023 timer 2 min. read",)) == []


def test_a_date_in_a_sentence_with_a_slash_stays_a_happening() -> None:
    # counter-example of another subject: a slash in prose, the date no field of its own
    sentence = "The council voted 5 / 4 on June 19, 2023 to close the port to cruise ships."
    assert _dates(None, (sentence,)) == ["2023-06-19"]


def test_a_state_abbreviation_in_a_dateline_ends_no_sentence() -> None:
    # the trial's WTVO story: main ended a sentence at "Ill." and opened the next with "(WTVO) —"
    dateline = "CHICAGO, Ill. (WTVO) — Smoke from the Canadian wildfires led Chicago to having the worst air quality."
    assert _sentences(dateline) == [dateline]
    assert len(_sentences("COLUMBIA, S.C. (AP) — The port reopened. Ships waited.")) == 2


def test_the_same_word_in_lower_case_or_after_no_city_ends_a_sentence() -> None:
    # counter-example of another subject: the word, not the state
    assert _sentences("Several passengers on the cruise ship were ill. Doctors boarded it in Haifa.") == [
        "Several passengers on the cruise ship were ill.",
        "Doctors boarded it in Haifa.",
    ]
    assert len(_sentences("Pope Francis celebrated Easter Mass. Thousands attended in the square.")) == 2
