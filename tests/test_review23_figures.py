"""The review of the coral trial's figure, share and candidate rules, each finding on the reviewer's own sentence with
a counter-example the rule must still read: a rank word used as an ordinary noun ("that stage 40 people"), bare
"degrees" with no heat or angle in its sentence, two polls' shares of one whole that answer two questions, an acronym
defined by words headed by "times", and the speech verbs shared with the statements' speakers."""

from __future__ import annotations

from build_site.facts import find_figures


def texts(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in find_figures(sentence)]


def test_a_rank_word_used_as_an_ordinary_noun_leaves_the_count() -> None:
    assert texts("In the first phase 33 hostages will be released.") == [("33 hostages", "count")]
    assert texts("At that stage 40 people were still missing.") == [("40 people", "count")]
    assert texts("The tier 250 employees were told to stay home.") == [("250 employees", "count")]


def test_a_ranks_number_still_counts_nothing() -> None:
    assert texts("The level 2 alert was raised as a category 4 hurricane neared.") == []
    assert texts("The phase 1 trials of the vaccine began.") == []  # "the" is no demonstrative
    assert texts("Alert level 3 indicates 40 DHWs.") == [("40 DHWs", "count")]


def test_bare_degrees_with_no_heat_in_the_sentence_count() -> None:
    assert texts("The university awarded 2,400 degrees at its spring ceremony.") == [("2,400 degrees", "count")]


def test_bare_degrees_in_a_sentence_of_heat_or_an_angle_are_no_count() -> None:
    assert texts("Temperatures hit 40 degrees on Monday.") == []
    assert texts("The ship turned 90 degrees to port.") == []
    assert texts("It reached 69.93 degrees Fahrenheit on the reef.") == []
