"""The review queue's faults the Artemis trial met (evaluation/trials/artemis/README.md, F7 and F8),
each mended by a rule of a general shape: a name's class noun ("the Orion spacecraft", "Blue
Origin space company", "the Artemis II mission") gives its kind; a name and a series' number is no
person; a contraction ("I’m") and a planet are no names where no kind takes places; a capital's
period that ends the sentence is no initial's. Each on the trial's real sentences and on a
counter-example of another subject."""

from __future__ import annotations

from build_site.candidate_kinds import class_nouns, numbered
from build_site.candidates import spells_a_defined_name
from build_site.model import Topic
from tests.helpers import candidates_of, declared

# The trial's kinds, in the order `briefing new --kind ...` declared them.
ARTEMIS_KINDS = declared("mission", "vehicle", "agency", "official", "company", "contract", "risk")

# Real text (NASA, Reuters, Bloomberg, UPI, 2021 to 2024).
MISSIONS = [
    "NASA chased down the Orion spacecraft after its record-breaking reentry into Earth’s atmosphere Sunday to "
    "conclude the Artemis I mission that took it around the Moon.",
    "The flight is the first of the Artemis II mission, and Artemis II will carry four astronauts. "
    "NASA officials said Artemis II is on track.",
    "View more photos of Artemis I.",
]
COMPANIES = [
    "Jeff Bezos and his Blue Origin space company, and a third proposal by Huntsville, Ala.-based Dynetics.",
    "Today we are excited to announce Blue Origin will build a human landing system.",
]
ROCKETS = [
    "Artemis I was an integrated flight test of the agency’s deep space exploration systems: the Orion "
    "spacecraft, SLS rocket, and ground systems.",
    "NASA said the SLS rocket and its boosters were stacked. SLS will fly again.",
]


def test_a_name_and_a_series_number_is_a_mission_not_a_person() -> None:
    found = candidates_of(MISSIONS + MISSIONS, ARTEMIS_KINDS)
    assert found["Artemis II"].suggested_kind == "mission"
    assert found["Artemis I"].suggested_kind == "mission"


def test_a_capitals_period_ending_the_sentence_is_no_initial() -> None:
    found = candidates_of(MISSIONS + MISSIONS, ARTEMIS_KINDS)
    assert "Artemis I." not in found
    assert found["Artemis I"].count == 4


def test_an_initial_inside_a_name_keeps_its_period() -> None:
    # Real text of another subject (Department of the Treasury, 2023, `sudan`).
    text = (
        "“The conflict in Sudan continues,” said Under Secretary of the Treasury for Terrorism and Financial "
        "Intelligence Brian E. Nelson. Brian E. Nelson spoke."
    )
    assert "Brian E. Nelson" in candidates_of([text, text], declared("actor", "threat", "place", "program"))


def test_a_numbered_name_takes_the_kind_of_its_series_in_the_codebook() -> None:
    series = [
        Topic("artemis-i", "mission", "Artemis I", (), "s"),
        Topic("artemis-ii", "mission", "Artemis II", (), "s"),
    ]
    text = "Artemis IV will dock with the station. Artemis IV carries a module."
    assert candidates_of([text, text], ARTEMIS_KINDS, series)["Artemis IV"].suggested_kind == "mission"


def test_a_name_the_texts_call_a_company_goes_to_the_kind_of_companies() -> None:
    assert candidates_of(COMPANIES, ARTEMIS_KINDS)["Blue Origin"].suggested_kind == "company"


def test_a_name_the_texts_call_a_rocket_goes_to_the_kind_of_vehicles() -> None:
    assert candidates_of(ROCKETS, ARTEMIS_KINDS)["SLS"].suggested_kind == "vehicle"


def test_a_class_noun_of_another_subjects_kind_of_sites() -> None:
    # Real text of the PFAS trial (New Jersey's release, 2023): "Parlin site" is a site.
    pfas = declared("chemical", "agency", "company", "site", "official", "law")
    text = (
        "The settlement resolves 3M’s liability in the State’s lawsuits regarding the Chambers Works site "
        "(located in Pennsville and Carneys Point) and Parlin site."
    )
    assert class_nouns(pfas, [])["site"] == "site"
    assert candidates_of([text, text], pfas)["Parlin"].suggested_kind == "site"


def test_a_bodys_people_are_no_class_noun() -> None:
    # Real text of another subject (CBP, `us-mexico`): "CBP officers" are CBP's people, CBP no official.
    kinds = declared("agency", "official")
    assert "official" not in class_nouns(kinds, [])
    text = '"This past weekend our CBP officers were able to stop an enormous amount of these deadly narcotics."'
    assert candidates_of([text, text], kinds)["CBP"].suggested_kind == "agency"


def test_a_makers_name_before_a_product_once_keeps_its_kind() -> None:
    # "SpaceX lander" once among many sightings names the maker's lander, not SpaceX.
    texts = [
        "NASA said the SpaceX lander is ready.",
        *["NASA said SpaceX has won, and SpaceX said it was humbled."] * 3,
    ]
    assert candidates_of(texts, ARTEMIS_KINDS)["SpaceX"].suggested_kind != "vehicle"


def test_numbered_names() -> None:
    assert numbered("Artemis II") and numbered("Apollo 11")
    assert not numbered("Bill Nelson") and not numbered("II")


def test_a_regnal_name_is_no_series() -> None:
    # A title word opening the name, or a middle initial inside it: a monarch, a pope, a person.
    for name in ("King Charles III", "Pope Leo XIV", "Queen Elizabeth II", "Lloyd J. Austin III"):
        assert not numbered(name), name
    assert numbered("World War II") and numbered("Development Driller III")
    text = "King Charles III met the crew. King Charles III spoke."
    assert candidates_of([text, text], declared("actor", "threat", "place", "program"))[
        "King Charles III"
    ].suggested_kind == "actor"


def test_the_head_of_a_class_nouns_run_gives_the_kind() -> None:
    # The last class noun of the run is its head ("the aircraft manufacturer" is a company), and a
    # word before a possessive is none ("the ship's owner" is no ship).
    texts = [
        "Northrop Grumman, the aircraft manufacturer, will build the module.",
        "Shoei Kisen Kaisha, the ship's owner, said the crew was safe.",
    ] * 2
    found = candidates_of(texts, ARTEMIS_KINDS)
    assert found["Northrop Grumman"].suggested_kind == "company"
    assert found["Shoei Kisen Kaisha"].suggested_kind != "vehicle"
    # Real text (NASA, 2023): right after the name, the possessive's noun is still its class noun.
    orion = "The flight will test the Orion spacecraft’s life-support systems. Orion will fly crewed."
    assert candidates_of([orion, orion], ARTEMIS_KINDS)["Orion"].suggested_kind == "vehicle"


def test_a_contraction_and_a_planet_are_no_candidates() -> None:
    texts = [
        "“We have made significant progress on the Artemis campaign, and I’m proud of the work,” said Nelson. "
        "Our Moon to Mars exploration approach is set.",
        "I’m your host, Holly Hobbs. The capsule made its reentry into Earth’s atmosphere after Mars and Earth.",
    ]
    found = candidates_of(texts, ARTEMIS_KINDS)
    assert not {"I’m", "Earth", "Mars"} & set(found)


def test_a_planet_is_a_place_where_a_kind_takes_places() -> None:
    texts = ["The probe reached Mars in 2021.", "Mars has two moons, and Mars is red."]
    assert candidates_of(texts, declared("actor", "threat", "place", "program"))["Mars"].suggested_kind == "place"


def test_a_name_with_an_apostrophe_is_no_contraction() -> None:
    # Real text of another subject (`texas-grid`): a surname holding an apostrophe stays a name.
    text = "PUC Chairman Arthur D'Andrea said the grid held. Arthur D'Andrea resigned."
    assert "Arthur D'Andrea" in candidates_of([text, text], declared("actor", "threat", "place", "program"))


# Real text (NASA's Office of Inspector General, 2021; NASA, 2023; GAO, 2024).
DEFINED = [
    "NASA’s Space Launch System (SLS), the most powerful rocket in the world, carrying the Orion spacecraft "
    "launches on the Artemis I flight test. The space agency will launch the rocket again, and the launch "
    "system and its ground systems are ready.",
    "A seven-month delay in the development of a Human Landing System (HLS) to get down to and back from the "
    "lunar surface. The landing system and the human crew will test the SLS rocket.",
]


def test_a_name_of_common_words_defined_by_its_acronym_is_one_candidate() -> None:
    found = candidates_of(DEFINED, ARTEMIS_KINDS)
    assert found["Space Launch System (SLS)"].suggested_kind == "vehicle"
    assert "Human Landing System (HLS)" in found
    assert "SLS" not in found


def test_another_subjects_rule_defined_by_its_acronym() -> None:
    # Real text of the chips trial (BIS, 2024): "Interim Final Rule (IFR)" is one candidate; "a Final
    # Rule" and "(Final Rule)", common words its texts define by no acronym, stay out.
    chips = declared("company", "agency", "official", "rule", "technology", "country")
    text = (
        'The U.S. Bureau of Industry and Security (BIS) on Dec. 2, 2024, issued a Final Rule, "Additions and '
        'Modifications to the Entity List" (Final Rule), and an Interim Final Rule (IFR), "Foreign-Produced '
        'Direct Product Rule Additions". BIS published an interim final rule, and the final rule took effect.'
    )
    found = candidates_of([text, text], chips)
    assert found["Interim Final Rule (IFR)"].suggested_kind == "rule"
    assert "Final Rule" not in found


def test_an_office_title_after_a_body_is_no_part_of_the_name() -> None:
    texts = [
        "“This is a defining day,” said NASA Administrator Bill Nelson from NASA’s Johnson Space Center in Houston.",
        "“We are going,” said NASA Administrator Bill Nelson.",
    ]
    found = candidates_of(texts, ARTEMIS_KINDS)
    assert found["Bill Nelson"].suggested_kind == "official"
    assert "NASA Administrator Bill Nelson" not in found


def test_an_administration_is_still_a_body() -> None:
    # Real text of another subject (`us-mexico`): "Administration" heads a body, no title.
    text = "The Drug Enforcement Administration (DEA) seized fentanyl, the Drug Enforcement Administration said."
    found = candidates_of([text, text], declared("actor", "threat", "place", "program"))
    assert "Drug Enforcement Administration (DEA)" in found


def test_a_companys_name_with_its_designation_is_one_candidate() -> None:
    texts = [
        "NASA officials said they remain committed to using the Boeing Co. SLS rocket and Lockheed Martin Corp. "
        "Orion capsule.",
        "It is worth noting that the mission rocket is being developed by two companies- Boeing and Lockheed Martin.",
    ]
    found = candidates_of(texts, ARTEMIS_KINDS)
    assert found["Lockheed Martin"].suggested_kind == "company"
    assert found["Lockheed Martin"].count == 2
    assert "Lockheed Martin Corp" not in found


def test_a_gazetteer_name_the_texts_call_a_spacecraft_is_no_place() -> None:
    # Real text (NASA's Office of Inspector General, 2024; NASA, 2022): "from Orion's heat shield"
    # places nothing in Orion, a town of the gazetteer; "the Orion spacecraft" says what it is.
    texts = [
        "NASA identified more than 100 locations where ablative thermal protective material from Orion's heat "
        "shield wore away differently than expected during reentry.",
        "NASA chased down the Orion spacecraft after its record-breaking reentry into Earth’s atmosphere Sunday.",
    ]
    assert candidates_of(texts, ARTEMIS_KINDS)["Orion"].suggested_kind == "vehicle"


def test_a_speaker_before_said_the_company_is_no_company() -> None:
    # Real text of another subject (`deepwater-horizon`): the company Doug Suttles speaks for is BP.
    text = "Also, BP official Doug Suttles said the company has found a third leak in the riser pipe. Suttles said so."
    found = candidates_of([text, text], declared("company", "agency", "official"))
    assert found["Doug Suttles"].suggested_kind == "official"


def test_a_body_defining_itself_in_a_heading_is_one_candidate() -> None:
    # Real text (NASA's Gateway page): a partner defines itself in a `<h2>` heading.
    texts = [
        "## Japan Aerospace Exploration Agency (JAXA)\n\n"
        "In December 2020, Japan finalized an agreement with NASA to contribute to the Gateway. JAXA will provide "
        "environmental control and life support systems.",
        "JAXA and NASA signed the agreement.",
    ]
    assert candidates_of(texts, ARTEMIS_KINDS)["Japan Aerospace Exploration Agency (JAXA)"].suggested_kind == "agency"


def test_an_acronym_written_as_a_town_is_a_bodys_where_a_name_defines_it() -> None:
    # Real text (AmericaSpace, 2024; GAO's podcast, 2023): "GAO" is also Gao, a town of Mali; the
    # trim of the common word "Government" no longer cuts the name the acronym spells.
    texts = [
        "Earlier today (June 20th), the Government Accountability Office (GAO) released a sweeping report on the "
        "status of the largest NASA programs. The report said the government is late.",
        "Your source for fact-based, nonpartisan news and information from the U.S. Government Accountability Office.",
    ]
    found = candidates_of(texts, ARTEMIS_KINDS)
    assert found["Government Accountability Office (GAO)"].suggested_kind == "agency"
    assert "Accountability Office" not in found


def test_brackets_after_a_name_they_do_not_spell_define_nothing() -> None:
    # Real text of another subject (The Associated Press, `red-sea`): an agency's credit after a place.
    text = (
        "DUBAI, United Arab Emirates (AP) — Yemen's Houthi rebels said Wednesday they released the crew of the "
        "Galaxy Leader, a vehicle carrier seized in November. The United Arab Emirates said so."
    )
    found = candidates_of([text, text], declared("actor", "threat", "place", "program"))
    assert not [name for name in found if "(" in name or "Emirates" in name]


def test_another_subjects_body_whose_common_word_leads_its_name() -> None:
    # Real text of another subject (Department of State, 2023, `sudan`).
    texts = [
        "“It’s hard to convey the extent of suffering,” U.S. Agency for International Development (USAID) "
        "Administrator Samantha Power said in a video statement from Chad.",
        "USAID will send more aid, and the agency for international development said so.",
    ]
    found = candidates_of(texts, declared("actor", "threat", "place", "program"))
    assert "U.S. Agency for International Development (USAID)" in found
    assert "Agency for International Development" not in found


def test_which_acronyms_spell_a_defined_name() -> None:
    assert spells_a_defined_name("JAXA", "Japan Aerospace Exploration Agency")
    # Real text of another subject (`panama-canal`): "The Panama Canal Authority (ACP)", in Spanish.
    assert spells_a_defined_name("ACP", "Panama Canal Authority")
    assert not spells_a_defined_name("UV", "Deep Ultraviolet")
