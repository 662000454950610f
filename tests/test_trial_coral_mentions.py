"""A mention the coral reef trial found wrong (evaluation/trials/coral/README.md, F14), mended by
the matcher's rule for a name that only opens a longer name: capitalized words after it joined by
"&" or "and" and ending in a body's head noun carry on a body's name, so the name inside it is
no mention ("Florida Fish & Wildlife Conservation Commission" names no Florida). On the trial's
real sentence and on a counter-example of another subject."""

from __future__ import annotations

from build_site.matcher import Matcher
from build_site.model import Topic


def place(topic_id: str, name: str, *aliases: str) -> Topic:
    return Topic(topic_id, "place", name, aliases, "A place.", ())


def named(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.topic_id) for m in matcher.find(text)]


FLORIDA = Matcher([place("florida", "Florida")])


def test_a_place_opening_a_bodys_name_joined_by_an_ampersand_is_no_mention() -> None:
    # Real text (Keys Weekly, 2023, as the trial imported it).
    text = (
        "Florida Fish & Wildlife Conservation Commission's Tom Matthews and Bonefish & Tarpon Trust's Ross "
        "Boucek told Keys Weekly most dead fish were tropical species."
    )
    assert named(FLORIDA, text) == []


def test_the_place_alone_or_before_no_bodys_head_still_counts() -> None:
    # Real text (The Conversation, 2023, as the trial imported it): the place on its own.
    text = "Their efforts are part of an emergency response on a scale never before seen in Florida."
    assert named(FLORIDA, text) == [("Florida", "florida")]
    # Real text of another subject (the Associated Press, 2021, coast-guard): words joined by "and"
    # that end in no body's head noun leave the name before them a mention.
    us = Matcher([place("united-states", "United States", "U.S.")])
    text = (
        "The agency says multiple Coast Guard units, along with the U.S. Customs and Border Patrol and "
        "Canadian partners assisted with the effort."
    )
    assert named(us, text) == [("U.S.", "united-states")]
