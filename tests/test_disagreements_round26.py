"""Round twenty-six, disagreements: a toll whose value is written in words ("The official death toll rose to four.")
and a count of the unaccounted whose subject runs far from its figure ("the number of people who are unaccounted
for in Thursday's building collapse increased to 159") are read and compared like tolls in digits. Real sentences
of held-out-24's sf01 (Firehouse, 25 June 2021; dev since round twenty-five), each set against a second source's
figure of the same topic, with their counter-examples."""

from __future__ import annotations

import datetime as dt

from build_site.disagreements import EventRecord, Source, find_disagreements

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


# Two days of one act of one topic: held-out-24's K7 (the DPS director's news conference, Thursday in uv01 of 27 May
# 2022, Friday in uv03 of 29 May 2022, two different claims), the rule's dev sentences from red-sea and us-mexico, and
# the review's counter-examples. A news conference is held again and again and an arrest's object may differ, so
# neither is compared by day (evaluation/said/README.md, "Mended after review").
CONFERENCE_THURSDAY = (
    "At a news conference Thursday, Steven McCraw, director of the Texas Department of Public Safety, said that the "
    "door the suspect is believed to have entered was left propped open by a teacher minutes before the gunman "
    "crashed the truck outside Robb Elementary School."
)
CONFERENCE_FRIDAY = (
    "Nearly 20 officers were standing in the hallway outside the classrooms during the attack on Robb Elementary "
    "School for over 45 minutes before agents used a master key to open a door and confront the gunman, Texas "
    "Department of Public Safety Director Steven McCraw said at a news conference Friday."
)
LAUNCHED = (
    "The US Army Central Command (Centcom) has reported that Iranian-backed Houthi militants launched three "
    "kamikaze drones and an anti-ship ballistic missile at targets in the Gulf of Aden late on May 6 and early on "
    "May 7."
)
DESIGNATED = (
    "The Sinaloa Cartel, designated a Foreign Terrorist Organization (FTO) by the U.S. Department of State on "
    "February 20, 2025, had previously been sanctioned under multiple executive orders and acts."
)
IN_CUSTODY = (
    "The defendants taken into U.S. custody today include leaders and managers of drug cartels recently designated "
    "as Foreign Terrorist Organizations and Specially Designated Global Terrorists, such as the Sinaloa Cartel."
)


def _event(article: str, date: str, sentence: str, topics: tuple[str, ...]) -> EventRecord:
    published = dt.date.fromisoformat(date)
    return EventRecord(date, topics, Source(article, "Example", "p1", sentence, published))


def _dates(*events: EventRecord) -> list[tuple[str, ...]]:
    return [d.values for d in find_disagreements([], events, []) if d.kind == "dates"]


def test_two_news_conferences_are_no_dates_pair() -> None:
    mccraw = ("steven-mccraw", "texas-dps")
    found = _dates(
        _event("uv01", "2022-05-26", CONFERENCE_THURSDAY, mccraw),
        _event("uv03", "2022-05-27", CONFERENCE_FRIDAY, mccraw),
    )
    assert found == []


def test_news_conferences_on_two_days_or_months_are_no_dates_pair() -> None:
    desantis = ("ron-desantis",)
    thursday = "At a news conference Thursday, Gov. Ron DeSantis said the state would send help."
    friday = "Gov. Ron DeSantis said at a news conference Friday that the roads would reopen."
    assert _dates(_event("a", "2024-10-10", thursday, desantis), _event("b", "2024-10-11", friday, desantis)) == []
    today = "Gov. Ron DeSantis said at a press conference today that the shelters were open."
    assert _dates(_event("a", "2024-10-09", today, desantis), _event("b", "2024-10-12", today, desantis)) == []
    january = "Gov. Ron DeSantis said at a news conference on Jan. 9 that the budget was balanced."
    march = "Gov. Ron DeSantis said at a news conference on March 25 that the session had ended."
    assert _dates(_event("a", "2024-01-09", january, desantis), _event("b", "2024-03-25", march, desantis)) == []


def test_two_arrests_on_two_days_are_no_dates_pair() -> None:
    shooting = ("tampa-shooting",)
    thursday = "The suspect was arrested on Thursday in Tampa, the police said."
    saturday = "A second man was arrested on Saturday, the police said."
    assert _dates(_event("a", "2024-03-07", thursday, shooting), _event("b", "2024-03-09", saturday, shooting)) == []


def test_one_arrest_in_two_months_still_differs() -> None:
    # the month rule, older than the day rule it replaced, is kept: a one-off act in two months of one year
    shooting = ("tampa-shooting",)
    march = "The suspect was arrested on March 7 in Tampa."
    may = "The suspect was arrested on May 2 in Tampa."
    assert _dates(_event("a", "2024-03-07", march, shooting), _event("b", "2024-05-02", may, shooting)) == [
        ("2024-03-07", "2024-05-02")
    ]


def test_two_days_of_one_sentence_or_of_another_verb_do_not() -> None:
    houthis = ("houthis",)
    assert _dates(_event("a", "2024-05-06", LAUNCHED, houthis), _event("a", "2024-05-07", LAUNCHED, houthis)) == []
    cartels = ("mexican-cartels",)
    assert _dates(_event("b", "2025-02-20", DESIGNATED, cartels), _event("c", "2025-02-27", IN_CUSTODY, cartels)) == []


def test_a_number_word_heading_a_part_or_a_multiple_is_no_toll() -> None:
    # the review's sentences: "one of", "ten times", "four figures" were each compared with 40 as a toll
    toll = "The death toll stood at 40."
    assert _values("The death toll is one of the highest in the nation's history.", toll) == []
    assert _values("The death toll is ten times higher than in the last storm.", toll) == []
    assert _values("The death toll rose to four figures.", toll) == []
    assert _values("The death toll rose to four-fold the first count.", toll) == []
