"""The review queue's faults the Mekong trial met (evaluation/trials/mekong/README.md,
"Candidates"), each mended by a rule of a general shape: a compass or region word before a
demonym of a region is no candidate; a lower-case phrase that is a purpose clause's verb and
object is no threat; a kind named for a structure takes no body of water. Each on the trial's
real sentences and on a counter-example of another subject."""

from __future__ import annotations

from tests.helpers import candidates_of, declared

# The trial's kinds, in the order `briefing new --kind ...` declared them.
MEKONG_KINDS = ("dam", "river", "government", "body", "person", "program", "impact")


# Real text (CGTN, 2019; the Bangkok Post, 2019).
SOUTHEAST_ASIAN = [
    "China rebuts the U.S. criticism on Beijing's dam-building affecting the water level in Southeast Asian "
    'countries downstream as "irresponsible" and "groundless" on Friday.',
    "US Secretary of State Mike Pompeo on Thursday criticised China's dam-building on the Mekong River, saying "
    "its construction had left the crucial waterway at its lowest level in a decade in Southeast Asian "
    "countries downstream.",
]


def test_a_compass_word_before_a_regions_demonym_is_no_candidate() -> None:
    found = candidates_of(SOUTHEAST_ASIAN, declared(*MEKONG_KINDS))
    assert "Southeast Asian" not in found


def test_a_region_word_before_a_place_still_names_a_region() -> None:
    # Counter-example of another subject (the Red Sea: a news report on CENTCOM, and Executive
    # Order 14175, 2025): "Middle" before "East", no demonym, names a region.
    texts = [
        "The “Iranian-backed Houthi paramilitaries” yesterday Tuesday launched “six anti-surface ballistic "
        "missiles (ASBMs)” from areas of Yemen they control in the direction of “the Red Sea and the Gulf of "
        "Aden”, summarized today via X (the former Twitter) the joint command of the US armed forces responsible "
        "for the Middle East region (CENTCOM, “Central Command”).",
        'As President Trump laid out in Executive Order 14175, "the Houthis\' activities threaten the security of '
        "American civilians and personnel in the Middle East, the safety of our closest regional partners, and "
        'the stability of global maritime trade."',
    ]
    found = candidates_of(texts, declared("actor", "place"))
    assert found["Middle East"].suggested_kind == "place"


# Real text (the State Department's media note and fact sheet, 2020).
PURPOSE = [
    "The United States, represented at the first U.S.-Mekong Partnership Ministerial Meeting by Deputy "
    "Secretary of State Stephen Biegun, announced more than $150 million in planned additional resources to "
    "support COVID-19 recovery ($52 million), to counter transnational crime ($55 million), to develop energy "
    "markets under Asia EDGE ($33 million), and to counter trafficking in persons ($2 million).",
    "Of that total, $52 million is supporting COVID-19 recovery, $55 million will counter transnational crime, "
    "$33 million will help develop sustainable and secure energy markets, and $2 million will help fight human "
    "trafficking.",
]


def test_a_purpose_clause_is_no_threat() -> None:
    found = candidates_of(PURPOSE, declared("actor", "threat", "program", "challenge"))
    assert not {"counter transnational crime", "transnational crime"} & set(found)


def test_a_lower_case_threat_after_to_with_an_adjective_stays() -> None:
    # Counter-example of another subject (a Justice Department release, 2024): "to" before an
    # adjective is a preposition, and the phrase after it a threat.
    texts = [
        "(March 14, 2024) A leader of the Lorenzana drug trafficking organization was sentenced to 33 years in "
        "prison and ordered to forfeit $27 million for charges related to international drug trafficking."
    ]
    found = candidates_of(texts, declared("actor", "threat", "program", "challenge"))
    assert found["international drug trafficking"].suggested_kind == "threat"


# Real text (VOA, 2020; Reuters via The Daily Friend, 2020).
TONLE_SAP = [
    "In July, the river reached its lowest point in a century in northern Thailand, while in November, "
    "Cambodia's Tonle Sap Lake, which provides up to 500,000 tons of fish to the country in a normal year, "
    "faced a crisis as its unique annual flooding cycle was disrupted.",
    'Today, "there is only water but no fish," said Nan Sok, 60, gazing at Tonle Sap Lake from his house on the '
    "outskirts of the capital city of Phnom Penh.",
]


def test_a_kind_named_for_a_structure_takes_no_lake() -> None:
    found = candidates_of(TONLE_SAP, declared(*MEKONG_KINDS))
    assert found["Tonle Sap Lake"].suggested_kind is None  # a lake, no dam


def test_a_kind_for_still_water_still_takes_lakes_and_dams() -> None:
    # Counter-example of another subject (the Colorado River trial: Reclamation, 2024).
    texts = [
        "Based on projections in the study, Lake Powell will operate in a Mid-Elevation Release Tier in water "
        "year 2025 and Lake Mead will operate in a Level 1 Shortage Condition. Glen Canyon Dam releases will be "
        "adjusted.",
        "Lake Mead will operate in a Level 1 Shortage Condition, an improvement from the Level 2 Shortage "
        "Condition announced last year. Water from Lake Powell flows through Glen Canyon Dam.",
    ]
    found = candidates_of(texts, declared("agency", "official", "reservoir", "state", "agreement", "measure"))
    assert found["Lake Mead"].suggested_kind == "reservoir"
    assert found["Glen Canyon Dam"].suggested_kind == "reservoir"


def test_a_purpose_clause_after_a_modal_verb_is_no_threat() -> None:
    texts = [
        "Of that total, $55 million will counter transnational crime.",
        "Another $5 million would counter transnational crime in the delta.",
    ]
    found = candidates_of(texts, declared("actor", "threat", "program", "challenge"))
    assert not {"counter transnational crime", "transnational crime"} & set(found)


def test_a_threat_after_to_as_a_preposition_stays() -> None:
    # The review's sentences: "to" after a participle or a verb's object is a preposition.
    texts = [
        "The killings were linked to drug cartel violence, the police said.",
        "The town lost tourists to drug cartel violence last year.",
    ]
    found = candidates_of(texts, declared("actor", "threat", "program", "challenge"))
    assert found["drug cartel violence"].suggested_kind == "threat"


def test_a_regions_demonym_alone_is_no_candidate() -> None:
    texts = [
        "The Mekong Dam hurt many Asians, the report said.",
        "Fishermen and many Asians lost income to the Mekong Dam.",
    ]
    found = candidates_of(texts, declared(*MEKONG_KINDS))
    assert "Mekong Dam" in found
    assert "Asians" not in found
