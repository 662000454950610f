"""A review's defects in round 19's figure rules, each the reviewer's input and the rule's own
case beside it: a change "from X to Y" is no percent range; "the vessel" reaches back no further
than another vessel; a codebook's `called` refuses what no description calls a topic by."""
from __future__ import annotations

import pytest

from build_site.facts import find_figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # A change's two ends, after "from" or falling: each its own percentage.
        ("Support rose from 30% to 45% this year.", [("30%", 30.0), ("45%", 45.0)]),
        ("Turnout rose from 30 to 45 percent.", [("45 percent", 45.0)]),
        ("The bank expects inflation of 3% to 2% next year.", [("3%", 3.0), ("2%", 2.0)]),
        ("Support fell from about 45% to nearly 30%.", [("about 45%", 45.0), ("nearly 30%", 30.0)]),
        # The rule's own cases: a rising range is one figure, valued at its low end.
        ("Typically, the federal government funds 80 to 90 percent of state transportation projects.",
         [("80 to 90 percent", 80.0)]),
        ("Prices rose between 5% and 10% in the spring.", [("between 5% and 10%", 5.0)]),
    ],
)
def test_a_percent_range_rises_and_follows_no_from(sentence: str, figures: list[tuple[str, float]]) -> None:
    assert [(f.text, f.value) for f in find_figures(sentence)] == figures
