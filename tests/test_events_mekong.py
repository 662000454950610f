"""Dates a new user's Mekong trial read wrong (dev), each with a counter-example of another subject: a decade is
dated at a decade's precision ("1990s"), never to its first year, and the chronology files it under the decade; a
"today" of a present state ("there is one big difference today") means nowadays and dates no day; a date inside a
title in single marks after a cue ("Titled ‘The February 2021 ...’") is a name."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from build_site.events import extract_events
from build_site.statements import Paragraph
from tests.helpers import make_site_config, site_pages


def _dates(published: dt.date | None, sentence: str) -> list[tuple[str, str]]:
    return [(e.date, e.written) for e in extract_events([Paragraph("p1", (sentence,))], published)]


BOLL = dt.date(2023, 6, 29)  # the trial's Böll article on China's dams


def test_a_decade_is_dated_at_a_decades_precision() -> None:
    # the trial: main dated this to 1990 and 2000, filed under "In 1990" and "In 2000"
    speculating = (
        "\"In the 1990s and the 2000s, everyone was speculating 'oh this is from China's dam releases or dam "
        "restrictions', but you didn't have any evidence of it.\""
    )
    assert _dates(BOLL, speculating) == [("1990s", "1990s"), ("2000s", "2000s")]
    # us-mexico (dev): a cartel "established ... during the late 1980s"; a decade with a possessive
    assert _dates(None, "It was established in Mexico during the late 1980s as one of a number of plazas.") == [
        ("1980s", "1980s")
    ]
    assert _dates(BOLL, "The 1980s' dams were few.") == [("1980s", "1980s")]


def test_a_round_year_is_still_a_year() -> None:
    """Counter-example (PFAS trial): a year that ends in 0 and has no "s" is a year, not a decade."""
    assert _dates(BOLL, "The plant opened in 1970, and sales rose.") == [("1970", "opened in 1970")]


def test_the_chronology_files_a_decade_under_the_decade(tmp_path: Path) -> None:
    """A real build of the pipeline's pages: the decade has its own group, "In the 1990s", before the year 1990, and
    shows "1990s"; an event of 1990 itself stays "In 1990"."""
    root = make_site_config(tmp_path / "p")
    (root / "corpus" / "topics").mkdir(parents=True)
    (root / "corpus" / "topics" / "actors.yml").write_text(
        "- id: mekong-river-commission\n  name: Mekong River Commission\n  summary: A river basin body.\n"
        "  type: organization\n",
        encoding="utf-8",
    )
    (root / "corpus" / "articles").mkdir()
    (root / "corpus" / "articles" / "dams.md").write_text(
        "---\ntitle: Dams\npublished: 2023-06-29\n---\n\n"
        "In the 1990s, the Mekong River Commission was speculating about the dams.\n\n"
        "The Mekong River Commission was founded in 1995.\n\n"
        "In 1990, the first dam was planned.\n",
        encoding="utf-8",
    )
    html = site_pages(root / "corpus")["analysis/timeline.md"].html
    decade = html[html.index('id="y1990s"') : html.index('id="y1990"')]
    assert ">In the 1990s<" in decade and '<span class="event__decade">1990s</span>' in decade
    assert "was speculating about the dams" in decade
    year = html[html.index('id="y1990"') : html.index('id="y1995"')]
    assert ">In 1990<" in year and "the first dam was planned" in year and "speculating" not in year
    assert re.findall(r'<time datetime="([^"]+)"', html) == ["1990", "1995"]


def test_today_of_a_present_state_dates_no_day() -> None:
    # the trial (main: dated 2023-06-29, "today" meaning nowadays)
    difference = (
        "But there is one big difference today: Beyond theories and perceptions, recorded data now describes – and "
        "confirms – that the way these dams are being operated is upsetting the river system's natural balance."
    )
    assert _dates(BOLL, difference) == []
    # svb-failure (dev): a limit as it stands nowadays
    insured = (
        "Over time, the amount guaranteed by these insurance schemes has increased, and today it is $250,000 per "
        "account (12 U.S.C. §1821)."
    )
    assert _dates(dt.date(2023, 3, 27), insured) == []


def test_today_of_an_act_or_as_the_day_itself_is_the_articles_day() -> None:
    """Counter-examples of other subjects (dev): an act today, today as the subject, "as of today", and an act's
    "today" in a sentence that also holds a present state."""
    for sentence, published in (
        ("The Department of State today is announcing the designation of Ansarallah.", dt.date(2024, 1, 17)),
        ("I am joined today by Deputy Attorney General Monaco.", dt.date(2023, 4, 14)),
        ("“Today is the federally imposed deadline for the seven Colorado River basin states.”", dt.date(2026, 2, 14)),
        ("As of today, the number of people killed is 125.", dt.date(2022, 10, 4)),
        ("The settlement announced today involving 3M is the largest statewide PFAS settlement.", dt.date(2025, 5, 13)),
    ):
        assert _dates(published, sentence) == [(published.isoformat(), sentence[sentence.lower().index("today") :][:5])]


def test_a_date_inside_a_title_in_single_marks_is_a_name() -> None:
    # texas-grid (dev): the report of November 2021 was dated February 2021 by its title
    titled = (
        "Titled ‘The February 2021 Cold Weather Outages in Texas and the South Central United States’, the 300-page "
        "report supports and elaborates the preliminary recommendations."
    )
    assert _dates(dt.date(2021, 11, 17), titled) == []


def test_a_date_in_single_marks_without_a_title_cue_is_dated() -> None:
    """Counter-example (Red Sea): single marks around a word, no title cue before them: the date stands."""
    sentence = "The council approved the ‘historic’ accord in April 2025, officials said."
    assert _dates(dt.date(2025, 5, 1), sentence) == [("2025-04", "April 2025")]
