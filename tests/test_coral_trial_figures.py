"""The coral reef trial's figures read as counts that count nothing (F12): each rule on the trial's real sentence and
a real counter-example of another subject."""

from __future__ import annotations

from build_site.facts import find_figures

# evaluation/trials/coral: the Miami CRW paste, Keys Weekly and UPI.
ALERT_LEVELS = (
    "Coral Reef Watch's new alert level 3 indicates DHWs of between 12 and 16, while alert level 5 signifies anything "
    'above 20 DHWs, with the warning of "near complete mortality" of all corals.'
)
TEMPERATURES = (
    "Keys Weekly's Alex Rickert reported on the early beginnings of the bleaching, which is usually seen in limited "
    "quantities of coral species during the late summer months when temperatures reach 30.5 degrees Celsius, or 87 "
    "degrees Fahrenheit."
)


def texts(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in find_figures(sentence)]


def test_the_number_of_a_level_category_or_phase_counts_nothing() -> None:
    # main read "3 indicates" and "5 signifies" as counts
    assert texts(ALERT_LEVELS) == [("20 DHWs", "count")]
    assert texts("The Phase 2/3 study enrolled 400 patients.") == [("400 patients", "count")]
    assert texts("A category 4 hurricane cut power to 12 towns.") == [("12 towns", "count")]
    # the levels counted stay a count (the trial's Miami paste)
    assert texts(
        "The program's previous system had four alert levels, with the highest level indicating bleaching."
    ) == [("four alert levels", "count")]


def test_counts_beside_a_rank_still_count() -> None:
    # Counter-examples (la-wildfires, the EPA's Phase 1; helene, a Category 4 storm): the rank's sentence keeps its counts.
    sentence = (
        "Phase 1 is the largest wildfire hazardous waste cleanup in the history of the agency, with more than 1,000 "
        "personnel involved at thousands of sites, according to the EPA."
    )
    assert texts(sentence) == [("more than 1,000 personnel", "count"), ("thousands of sites", "count")]
    sentence = (
        "The storm devastated six Southeastern states after making landfall on Florida's Gulf Coast Sept. 26 as a "
        "Category 4 storm."
    )
    assert texts(sentence) == [("six Southeastern states", "count")]


def test_a_temperature_is_no_count() -> None:
    # main read "30.5 degrees", "87 degrees" and "69.93 degrees" as counts
    assert texts(TEMPERATURES) == []
    assert (
        texts("Last month, the average global sea surface temperature reached a record 69.93 degrees Fahrenheit.") == []
    )
    assert texts("an area 60 feet deep and 2°F (1.1°C) cooler.") == [("60 feet", "distance")]
    assert texts("to hold warming to 1.5C as 40 nations pledged") == [("40 nations", "count")]


def test_a_count_beside_a_temperature_still_counts() -> None:
    # Counter-example (said/ hj, the hajj's heat, Reuters): the temperature goes, the pilgrims stay.
    sentence = (
        "More than 1,000 pilgrims died during the hajj, with temperatures predicted to reach 47 degrees Celsius "
        "(116 Fahrenheit) in Mecca on Monday."
    )
    assert texts(sentence) == [("More than 1,000 pilgrims", "count")]


def test_a_count_takes_its_noun_after_listed_describing_words() -> None:
    # The trial's GBRMPA update: main read "over 300 inshore", the reefs left out.
    sentence = (
        "Aerial surveys have been completed on over 300 inshore, midshelf and offshore reefs, from Cape Melville "
        "north of Cooktown to just north of Bundaberg."
    )
    assert texts(sentence) == [("over 300 inshore, midshelf and offshore reefs", "count")]
    # Dev (said/ uv, Uvalde): the same shape of another subject.
    sentence = (
        "A lone 18-year-old gunman killed 19 students and two teachers while at least 380 officers from 24 local, "
        "state and federal agencies waited outside for 77 minutes, a handful of them just down the hall."
    )
    assert ("24 local, state and federal agencies", "count") in texts(sentence)


def test_a_list_of_nouns_after_a_count_is_not_its_describing_words() -> None:
    # Counter-example (la-wildfires): "homes" is the noun; the list that follows is of other nouns.
    sentence = (
        "Victims will be eligible for a $770 one-time payment in the immediate aftermath of fires that have killed two "
        "dozen people so far and destroyed more than 12,000 homes, schools and other structures in Los Angeles County."
    )
    assert texts(sentence)[-2:] == [("two dozen people", "count"), ("more than 12,000 homes", "count")]
