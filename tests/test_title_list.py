"""One list of personal titles (`name_checks`) read by every rule that reads a title. Titles the
matcher's and the statements' rules did not know before the lists were one, each on a real
sentence of a dev set, with a counter-example the same rule must keep."""

from __future__ import annotations

from build_site.matcher import Matcher
from build_site.model import Topic
from build_site.statements import Actor, Paragraph, extract_statements


def topic(topic_id: str, name: str, *aliases: str, kind: str = "actor") -> Topic:
    return Topic(topic_id, kind, name, aliases, "A topic.", ())


BODIES = Matcher(
    [
        topic("ntsb", "National Transportation Safety Board", "NTSB"),
        topic("new-jersey", "New Jersey", kind="place"),
        topic("interior-department", "Department of the Interior", "Interior"),
    ]
)


def named(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.topic_id) for m in BODIES.find(text)]


def test_a_body_or_place_before_an_office_of_the_list_is_named() -> None:
    # Real text (key-bridge, PFAS and Colorado River sets): "Chair", "Attorney General" and
    # "Assistant Secretary" after a body's or a place's name are an official's title there.
    assert named("National Transportation Safety Board Chair Jennifer Homendy said the agency") == [
        ("National Transportation Safety Board", "ntsb")
    ]
    assert named("TRENTON – New Jersey Attorney General Matthew J. Platkin and Commissioner") == [
        ("New Jersey", "new-jersey")
    ]
    assert named("“the basin must be reduced,” Interior Assistant Secretary Tania Trujillo said") == [
        ("Interior", "interior-department")
    ]


def test_a_body_before_a_word_of_no_title_still_begins_another_name() -> None:
    assert named("the New Jersey Turnpike Authority said") == []


def shown_speakers(*sentences: str) -> list[str | None]:
    actors = (Actor("brandon-johnson", ("Brandon Johnson",), "person"),)
    return [s.speaker_text for s in extract_statements([Paragraph("p1", sentences)], actors)]


def test_an_office_of_the_list_is_taken_off_the_speakers_name() -> None:
    # Real text (wildfire-smoke trial): "Mayor" is a title, as "Secretary" and "General" were.
    assert shown_speakers("Mayor Brandon Johnson said that Chicago is closely monitoring the situation.") == [
        "Brandon Johnson"
    ]


def test_a_word_opening_a_title_and_a_bodys_name_stays_on_the_speaker() -> None:
    # Real text (Uvalde, said/ held-out-24): "Justice" opens a title and the department's name.
    assert shown_speakers("The Justice Department announced Sunday that it will conduct a review.") == [
        "Justice Department"
    ]
