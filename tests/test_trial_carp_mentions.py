"""A newcomer's briefing on invasive carp (evaluation/trials/carp) gave Michigan's Department of
Natural Resources the "DNR" of texts about Illinois': "Illinois Department of Natural Resources
(DNR)" and "a spokesman for the Illinois DNR". Each rule mended here is general: a test takes the
trial's real sentence and a counter-example the rule must leave as it was."""

from __future__ import annotations

from pathlib import Path

from build_site.defined_abbreviations import definitions
from build_site.matcher import Matcher
from build_site.model import Article, Topic
from build_site.text import parse_blocks
from tests.helpers import ROOT, briefing_of

TRIAL = ROOT / "evaluation" / "trials" / "carp"
MICHIGAN = Topic(
    "michigan-dnr", "agency", "Michigan Department of Natural Resources", ("DNR", "MDNR", "Michigan DNR"), "Michigan's."
)
ILLINOIS = Topic("illinois-dnr", "agency", "Illinois Department of Natural Resources", ("IDNR",), "Illinois'.")


def mentions(body: str, topics: list[Topic]) -> list[tuple[str, str]]:
    """(surface, topic) of every mention the build's pipeline finds in an article of `body`."""
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    return [(m.surface, m.topic_id) for m in briefing_of([article], topics).mentions]


def trial_text(name: str) -> str:
    """A pasted input of the trial without its headline lines, as the article's body."""
    return (TRIAL / "inputs" / name).read_text(encoding="utf-8").split("\n\n", 1)[1]


def test_a_short_form_defined_for_another_body_is_not_the_topics() -> None:
    # wenatcheeworld.com, from Reuters (2022): Illinois' DNR, not Michigan's.
    body = trial_text("wenatchee-copi.txt")
    assert ("DNR", "michigan-dnr") not in mentions(body, [MICHIGAN])
    # With the Illinois body in the codebook, the short form is that body's.
    assert mentions(body, [MICHIGAN, ILLINOIS]) == [
        ("Illinois Department of Natural Resources", "illinois-dnr"),
        ("DNR", "illinois-dnr"),
    ]
    # The definition holds for the rest of the article, not before it.
    later = "The DNR warned first.\n\n" + body + "\n\nThe DNR said it would sell copi to restaurants."
    assert mentions(later, [MICHIGAN]) == [("DNR", "michigan-dnr")]


def test_a_short_form_defined_for_the_topics_own_name_stays_the_topics() -> None:
    # fox17online.com (2023), served to the trial: Michigan's name defines the short form.
    body = (
        "This comes after routine testing returned a positive eDNA result for silver carp near Marina Island, "
        "according to the Michigan Department of Natural Resources (DNR).\n\n"
        "The DNR says the USFWS has been monitoring eDNA tests, electrofishing and putting up nets in the "
        "St. Joseph River every month over the previous two summers in an effort to capture grass carp."
    )
    assert [topic for _, topic in mentions(body, [MICHIGAN, ILLINOIS])] == ["michigan-dnr"] * 3
    # A name the codebook does not know and that names no other place keeps the short form's topic:
    # a translation (Mexico's defense ministry, as the US-Mexico texts write it).
    sedena = Topic("sedena", "actor", "Secretariat of National Defense", ("SEDENA",), "Mexico's army.")
    spanish = "The Secretaría de la Defensa Nacional (SEDENA) deployed troops. SEDENA said so."
    assert [topic for _, topic in mentions(spanish, [sedena])] == ["sedena", "sedena"]


def test_only_a_name_that_spells_the_short_form_defines_it() -> None:
    blocks = parse_blocks(
        Article(
            id="a",
            path=Path("a.md"),
            title="A",
            body="Illinois Department of Natural Resources (DNR) and Texas (TX) and Mexico (7).",
        )
    )
    assert [(d.short, blocks[0].text[d.name_start : d.name_end]) for d in definitions(blocks)] == [
        ("DNR", "Illinois Department of Natural Resources"),
        ("TX", "Texas"),
    ]
    # Letters out of order spell nothing: "Department of Natural Resources (RND)".
    assert (
        definitions(
            parse_blocks(
                Article(id="b", path=Path("b.md"), title="B", body="the Department of Natural Resources (RND)")
            )
        )
        == []
    )


def test_another_states_name_before_a_topics_alias_is_another_body() -> None:
    # michiganpublic.org (2012), served to the trial; the codebook's `not: [Illinois DNR]` is no longer needed.
    sentence = (
        "A spokesman for the Illinois DNR says the Asian Carp Regional Coordinating Committee will continue to use "
        "the eDNA test as an early warning signal."
    )
    assert mentions(sentence, [MICHIGAN]) == []
    # Counter-examples: the topic's own state, or no state, before the alias (Crain's Detroit, the DNR's own release).
    assert mentions("said Tammy Newcomb, senior executive assistant director of the Michigan DNR.", [MICHIGAN]) == [
        ("Michigan DNR", "michigan-dnr")
    ]
    assert mentions("according to the DNR; no silver carp have been found so far.", [MICHIGAN]) == [
        ("DNR", "michigan-dnr")
    ]


def test_a_place_of_another_sort_before_a_name_leaves_it_alone() -> None:
    # A country before a state's body, or a state's name inside the alias itself, says nothing against it.
    sinaloa = Topic("sinaloa-cartel", "actor", "Sinaloa Cartel", ("Chapitos",), "A Mexican cartel.")
    matcher = Matcher([sinaloa])
    assert [m.topic_id for m in matcher.find("the Mexican Sinaloa Cartel and the Mexican Chapitos")] == [
        "sinaloa-cartel"
    ] * 2
    # An actor's `country` gives its place too: another country's navy is not Mexico's.
    navy = Topic(
        "semar", "actor", "Secretariat of the Navy", ("SEMAR", "Navy"), "Mexico's navy.", (("country", "Mexico"),)
    )
    matcher = Matcher([navy])
    assert matcher.find("the U.S. Navy and the Colombian Navy") == []
    assert [m.topic_id for m in matcher.find("the Mexican Navy and SEMAR")] == ["semar", "semar"]
