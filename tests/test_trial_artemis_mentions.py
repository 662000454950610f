"""The mentions the Artemis trial missed (evaluation/trials/artemis/README.md, "Mentions missed"):
a series' name with coordinated numbers names each ("the Artemis II and III missions", as
"Apollo 11 and 12"), and a body's name after "the U.S." is found without an alias for it. On the
trial's real text and a counter-example of another subject."""

from __future__ import annotations

from build_site.matcher import Matcher
from build_site.model import Topic


def topic(topic_id: str, name: str, *aliases: str, kind: str = "mission") -> Topic:
    return Topic(topic_id, kind, name, aliases, "summary")


ARTEMIS = Matcher(
    [topic("artemis-ii", "Artemis II"), topic("artemis-iii", "Artemis III"), topic("apollo-12", "Apollo 12")]
)

# Real text (GAO's Watchdog Report podcast, 2023).
PODCAST = (
    "The same rocket design, or Space Launch System, will be used in the Artemis II and III missions, with the "
    "goal of returning Americans to the moon for the first time since the 1960s."
)


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.topic_id) for m in matcher.find(text)]


def test_a_series_name_with_coordinated_numbers_names_each() -> None:
    assert found(ARTEMIS, PODCAST) == [("Artemis II", "artemis-ii"), ("III", "artemis-iii")]
    assert found(ARTEMIS, "the crews of Apollo 11 and 12") == [("12", "apollo-12")]


def test_a_number_no_topic_of_the_series_has_names_nothing() -> None:
    only_two = Matcher([topic("artemis-ii", "Artemis II")])
    assert found(only_two, PODCAST) == [("Artemis II", "artemis-ii")]
    # Real text of another subject (`flint-water`): years coordinated after a word name no series.
    assert found(ARTEMIS, "In 2014 and 2015, children in the city, many Black, drank the water.") == []


def test_a_body_after_the_us_is_found_by_its_name() -> None:
    gao = Matcher([topic("gao", "Government Accountability Office", "GAO", kind="agency")])
    text = (
        "Your source for fact-based, nonpartisan news and information from the U.S. Government Accountability "
        "Office. I'm your host, Holly Hobbs."
    )
    assert found(gao, text) == [("Government Accountability Office", "gao")]


def test_the_pronoun_i_after_a_series_number_names_nothing() -> None:
    with_one = Matcher([topic("artemis-i", "Artemis I"), topic("artemis-ii", "Artemis II")])
    assert found(with_one, "I watched Artemis II and I cried.") == [("Artemis II", "artemis-ii")]
    assert found(with_one, "Riding Artemis II, and I mean riding it, was loud.") == [("Artemis II", "artemis-ii")]
    # A lone "I" that no lower-case word follows is still the series' number.
    assert found(with_one, "the crews of Artemis II and I, both small.") == [("Artemis II", "artemis-ii"), ("I", "artemis-i")]
