"""Round twenty-six, disagreements: a toll whose value is written in words ("The official death toll rose to four.")
and a count of the unaccounted whose subject runs far from its figure ("the number of people who are unaccounted
for in Thursday's building collapse increased to 159") are read and compared like tolls in digits. Real sentences
of held-out-24's sf01 (Firehouse, 25 June 2021; dev since round twenty-five), each set against a second source's
figure of the same topic, with their counter-examples."""

from __future__ import annotations

import datetime as dt

from build_site.disagreements import Source, find_disagreements

JUNE25, JUNE28 = dt.date(2021, 6, 25), dt.date(2021, 6, 28)
TOLL_IN_WORDS = "The official death toll rose to four."
UNACCOUNTED = (
    "Miami-Dade Mayor Daniella Levine-Cava said Friday morning that the number of people who are unaccounted for in "
    "Thursday’s building collapse increased to 159 — dramatically higher than the 99 reported earlier."
)
TOPICS = ("surfside",)


def _values(first: str, second: str) -> list[set[str]]:
    sentences = [
        (Source("sf01", "Firehouse", "p3", first, JUNE25), TOPICS),
        (Source("other", "Other Daily", "p1", second, JUNE28), TOPICS),
    ]
    return [set(d.values) for d in find_disagreements([], [], sentences)]


def test_a_toll_written_in_words_is_compared() -> None:
    # main read "four" nowhere: the toll's value was read in digits only
    assert _values(TOLL_IN_WORDS, "The death toll stood at 40.") == [{"four", "40"}]


def test_a_toll_in_words_that_agrees_or_is_no_value_gives_nothing() -> None:
    assert _values(TOLL_IN_WORDS, "The death toll stood at 4.") == []
    assert _values("The official death toll rose in four counties.", "The death toll stood at 40.") == []


def test_a_count_of_the_unaccounted_far_from_its_noun_is_compared() -> None:
    # "number" stands 80 characters before 159: main read no figure there
    assert _values(UNACCOUNTED, "The number of the missing stood at 14.") == [{"159", "14"}]


def test_a_count_of_the_unaccounted_within_rounding_gives_nothing() -> None:
    assert _values(UNACCOUNTED, "The number of the missing stood at 150.") == []
