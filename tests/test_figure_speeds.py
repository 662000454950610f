"""Speeds are rates, no counts, and seconds a duration's unit as minutes are: the Artemis trial's
"19 mph", "24,464 mph" and "50 seconds" (its fault F14), and speeds of other subjects."""

from __future__ import annotations

from build_site.facts import find_figures


def _figures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in find_figures(sentence)]


def test_a_speed_is_a_rate_and_seconds_a_duration() -> None:
    # Orion's splashdown (NASA, 2022): no count of "mph"; seconds beside minutes, both durations.
    sentence = (
        "It hit the water slowed to only 19 mph at 12:40 p.m. after 25 days 10 hours and 54 minutes and "
        "50 seconds in space."
    )
    assert _figures(sentence) == [
        ("25 days", "duration"),
        ("10 hours", "duration"),
        ("54 minutes", "duration"),
        ("50 seconds", "duration"),
    ]
    # AFP (2022): a speed in words is no distance.
    assert _figures("the Earth's atmosphere at a speed of 25,000 miles per hour (40,000 kilometers per hour)") == []


def test_speeds_of_other_subjects_and_what_stays_a_figure() -> None:
    # Hurricane Katrina (Knight Ridder, 2005), a Santa Ana storm (2025), an Arctic voyage (2020).
    assert _figures("after Katrina stormed across the Gulf Coast on Monday with winds up to 145 mph.") == []
    assert _figures("a \u201clife-threatening\u201d Santa Ana storm that produced 100 mph gusts.") == []
    assert _figures("we did this at a commercial speed of nearly 12 knots an hour") == []
    assert _figures("winds of 145 miles an hour") == []
    # A distance and a duration stay what they were; a gang's name with "Seconds" is no span of time.
    assert _figures("a 2,000-mile border, 3,145 km in three hours") == [
        ("2,000-mile", "distance"),
        ("3,145 km", "distance"),
        ("three hours", "duration"),
    ]
    assert _figures("Izo, leader of the \u201c5 Seconds\u201d gang, was named.") == []
