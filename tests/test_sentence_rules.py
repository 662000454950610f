"""Sentences of government and legal prose stay whole; real sentence ends still split."""
from __future__ import annotations

import pytest

from build_site.text import split_sentences


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Congress provided $1.5 billion in P.L. 118-47 for the account.",
        "The committee report (H.Rept. 118-123) recommended more.",
        "President Trump's executive orders on combatting transnational criminal organizations (E.O. 13773) followed.",
        "The statute, 8 U.S.C. § 1226, governs detention.",
        ("Fentanyl is regulated pursuant to the Comprehensive Drug Abuse Prevention and Control Act of 1970, "
         "as amended (21 U.S.C. §§801 et seq.)."),
        "Funds under S. 1234 and H.R. 2882 were cut.",
        "The agency cited Pub. L. No. 117-103, Div. K of the act.",
        # Rosatom's release on the Northern Sea Route: abbreviated scales inside one figure.
        "In 2023 the transit traffic will be 2 mln. 129 th. tons, and 250 th. tons next year.",
    ],
)
def test_citations_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_footnote_markers_stay_with_the_sentence_they_annotate() -> None:
    text = ("When the Mexican military began to intervene in 2006, the government's principal goal was to reduce "
            "drug-related violence.[27] The Mexican government has asserted that their primary focus is on "
            "dismantling the powerful drug cartels, along with the U.S. functionaries.[28][29]")
    assert sentences(text) == [
        ("When the Mexican military began to intervene in 2006, the government's principal goal was to reduce "
         "drug-related violence.[27]"),
        ("The Mexican government has asserted that their primary focus is on dismantling the powerful drug "
         "cartels, along with the U.S. functionaries.[28][29]"),
    ]


def test_real_sentence_ends_still_split() -> None:
    # DEA release: a date and a number after a full stop begin new sentences.
    text = ("Gerardo Martinez, 65, pleaded guilty March 9. Maria Valdez, 30, pleaded guilty Sept. 13, 2022. "
            "2018 was an election year in Mexico.")
    assert sentences(text) == [
        "Gerardo Martinez, 65, pleaded guilty March 9.",
        "Maria Valdez, 30, pleaded guilty Sept. 13, 2022.",
        "2018 was an election year in Mexico.",
    ]
    assert sentences("Exports reached 5 mln. The ministry said so.") == ["Exports reached 5 mln.", "The ministry said so."]
    assert sentences("One UK-owned cargo ship sunk.[41] Two ships were hijacked.") == [
        "One UK-owned cargo ship sunk.[41]", "Two ships were hijacked."]


def test_a_time_of_day_ends_a_sentence_before_a_capitalised_word() -> None:
    # The Key Bridge collapse, reported by the Coast Guard's partners: "a.m." closes the
    # sentence, so the next sentence's figures are not read with the bridge's.
    text = ("The ship struck one of its support columns early Tuesday morning around 1:30 a.m. "
            "The catastrophic impact sent a portion of the bridge into the river.")
    assert sentences(text) == [
        "The ship struck one of its support columns early Tuesday morning around 1:30 a.m.",
        "The catastrophic impact sent a portion of the bridge into the river.",
    ]


def test_a_time_zone_after_a_time_ends_a_sentence_before_a_capitalised_word() -> None:
    # Helene's outages in South Carolina: "ET." is no Latin "et", so the next sentence's
    # figures ("671,367 outages") are not read as the first sentence's.
    text = ("South Carolina leads the nation in power outages, with a total of 894,495 customers "
            "affected as of 12:30 p.m. ET. This positions South Carolina ahead of Georgia.")
    assert sentences(text) == [
        "South Carolina leads the nation in power outages, with a total of 894,495 customers "
        "affected as of 12:30 p.m. ET.",
        "This positions South Carolina ahead of Georgia.",
    ]
    assert sentences("The plant reopened at 14:00 EST. Workers returned the next day.") == [
        "The plant reopened at 14:00 EST.", "Workers returned the next day."]


@pytest.mark.parametrize(
    "text",
    [
        # the Latin abbreviations in lower case, and a zone with no time before it, go on
        "Smith et al. Found the same rise in 2021.",
        "The cost, est. Three million dollars, was paid.",
        "The fire remained 59% contained as of 7 a.m. Monday morning.",
        "Call from 8 a.m. to 5 p.m. CST, Monday through Friday.",
        "Customers were in the dark by 8 p.m. Feb. 15 in the city.",
        "The briefing starts at 10 a.m. Eastern Time.",
        "The vote closed at 9 p.m. local time.",
        "At 10 p.m. AEDT the ship docked in Sydney.",
        "The talks began at 3 p.m. Moscow time and ended late.",
        # a time in an opening phrase of time: no sentence ends before the verb
        "On June 3 at 9 a.m. President Biden signed the bill into law.",
        "At 11 a.m. Kyiv time, sirens sounded across the city.",
        "At 12:15 p.m. Responding officers found the car.",
    ],
)
def test_a_time_of_day_goes_on_before_a_weekday_month_or_zone(text: str) -> None:
    assert sentences(text) == [text]
