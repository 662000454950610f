"""Sentences by a shape a new user's wildfire-smoke trial met (dev), with a counter-example of another subject: a
state's abbreviation after a city and its comma ("CHICAGO, Ill. (WTVO) — ...") ends no sentence."""

from __future__ import annotations

from build_site.text import split_sentences


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


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
