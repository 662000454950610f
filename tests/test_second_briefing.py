"""Faults seen when a briefing on another subject (the collapse of a bridge) was started from the
README and fed real texts: each test fails without its fix."""
from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

BRIDGE_ACTORS = (
    Actor("joe-biden", ("Joe Biden", "President Biden"), "person", "President"),
    Actor("jennifer-homendy", ("Jennifer Homendy", "Homendy"), "person", "NTSB Chair"),
    Actor("coast-guard", ("U.S. Coast Guard", "Coast Guard"), "armed force", ""),
)


def said(*paragraphs: str) -> list[tuple[str, str | None]]:
    blocks = [Paragraph(f"p{i + 1}", (p,)) for i, p in enumerate(paragraphs)]
    return [(s.kind, s.speaker) for s in extract_statements(blocks, BRIDGE_ACTORS)]


def test_a_pronoun_is_not_the_person_named_in_what_it_reports() -> None:
    # "He added that Homendy will lead …": he is someone else; the one person named is what he said.
    assert said("He added that Jennifer Homendy will lead the investigation into the collapse.") == [
        ("reported", None)
    ]
    assert said('"We will lead it," he said of Jennifer Homendy\'s investigation.') == [("direct", None)]


def test_a_pronoun_still_takes_the_person_named_just_before() -> None:
    assert said("President Joe Biden spoke from the White House on Tuesday.",
                "He added that the Coast Guard will lead the search for the missing workers.") == [
        ("reported", "joe-biden")
    ]
    assert said("Jennifer Homendy met the families of the workers on Thursday.",
                '"We will find out what happened to that ship," she said.') == [("direct", "jennifer-homendy")]
