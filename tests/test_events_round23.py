"""A day written without its year ("On Monday, June 19") in a text that states no publication date takes the
year of the text's own last date written in full before it, marked inferred; without one, it dates nothing.
Real sentences of held-out-21 (tn06, the Titan submersible hearing, and dc01, the Potomac midair collision;
dev since round twenty-two), with a text of another subject as the counter-example."""

from __future__ import annotations

from build_site.events import extract_events
from build_site.statements import Paragraph

MISSING = (
    "They described the Coast Guard’s response after the Titan went missing on a dive to the Titanic wreck on "
    "Sunday, June 18, 2023."
)
ANOMALY = (
    "On Monday, June 19, the Navy informed the Coast Guard that it had detected “an anomaly” that could have been "
    "an implosion around the time the Titan went missing."
)
ROBOT = (
    "It would take the arrival of a deepwater robot, the Odysseus, on the morning of June 22 to find and film "
    "wreckage of the Titan on the seafloor."
)


def _dates(*paragraphs: tuple[str, ...]) -> list[tuple[str, str, bool]]:
    found = extract_events([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], None)
    return [(e.anchor, e.date, e.inferred) for e in found]


def test_a_yearless_day_takes_the_year_of_the_texts_last_full_date() -> None:
    # tn06 (no publication date): main dated neither "June 19" nor "June 22"
    assert _dates((MISSING,), (ANOMALY,), (ROBOT,)) == [
        ("p0", "2023-06-18", False),
        ("p1", "2023-06-19", True),
        ("p2", "2023-06-22", True),
    ]


def test_a_yearless_day_with_no_full_date_before_it_dates_nothing() -> None:
    # dc01 (no publication date, no year in the text): "On Jan. 29" stays undated
    collision = (
        "On Jan. 29, an Army Black Hawk helicopter collided with American Airlines Flight 5342 over the Potomac "
        "River, killing all 67 people aboard both aircraft."
    )
    assert _dates((collision,)) == []
    assert _dates((ANOMALY,), (MISSING,)) == [("p1", "2023-06-18", False)]  # a full date after it gives no year


def test_a_year_alone_lends_no_year_to_a_day() -> None:
    # a year alone may bound or qualify ("since 2001", "its 2022 expedition"): it dates itself, never a later day
    founded = ("The company was founded in 2009 and began its dives in 2021.",)
    assert _dates(founded, (ANOMALY,)) == [("p0", "2009", False), ("p0", "2021", False)]
