"""Round 7's candidate rules: an adjective, a code or a name after a country's code is no new
candidate; each on real prose and a real counter-example."""
from __future__ import annotations

from build_site.candidate_shapes import not_a_name
from tests.test_candidate_rules import actor, candidates


def test_a_word_that_only_qualifies_a_noun_is_no_candidate_but_one_that_heads_its_phrase_is() -> None:
    # Real text (The Cipher Brief; iReport247): "Tuareg" and "Islamist" only qualify nouns.
    found = candidates(
        "What followed was a three-day battle, pitting Tuareg separatists against the Malians and their Russian "
        "protectors near the town of Tinzaouaten.\n\nIn late July in northern Mali, Wagner Group mercenaries were "
        "ambushed and routed by Tuareg rebels and al-Qaeda militants.\n",
        [actor("tuareg-rebels", "Tuareg rebels")],
        "In a volatile region near the Mali-Algeria border, local Tuareg tribes have announced a significant victory "
        "over Mali's Armed Forces.\n\nAccording to the United States Africa Command, various Islamist militant "
        "groups operating in the Sahel are attempting to gain access to West Africa's coastline.\n",
        "The attacks are part of a larger trend of escalating violence. Various Islamist militant groups are "
        "active.\n",
    )
    assert not {"Tuareg", "Islamist"} & set(found)
    # Counter-example (SecurityWeek): "BlackCat ransomware", but also "the disruption of BlackCat,".
    found = candidates(
        "The Justice Department said the disruption of BlackCat, also called ALPHV or Noberus, included website "
        "takedowns.\n",
        None,
        "Over the past 18 months, BlackCat ransomware has emerged as the second most prolific variant.\n",
    )
    assert "BlackCat" in found


def test_a_compound_adjective_is_no_candidate_but_a_hyphenated_name_is() -> None:
    # Real text (State Department; CENTCOM): "Mexico-based", "Barbados-flagged" are adjectives.
    found = candidates(
        "OFAC is designating two Mexico-based entities. The M/V Pumba is a Barbados-flagged bulk carrier.\n",
        None,
        "The sanctions target Mexico-based companies. A Barbados-flagged ship was hit.\n",
    )
    assert not {"Mexico-based", "Barbados-flagged"} & set(found)
    # Counter-examples (White House, 2022 dialogue; a Sahel text): a hyphenated surname, or a
    # name whose last part is a name, is no adjective.
    assert not not_a_name("Elizabeth Sherwood-Randall", 2, 0, 1, 0)
    assert not not_a_name("Jama'at Nusrat al-Islam wal-Muslimin", 1, 1, 0, 0)


def test_capitals_before_a_number_are_a_code_not_a_name() -> None:
    # Real text (CENTCOM statements): a hull number.
    found = candidates("A third missile was shot down by the USS Laboon (DDG 58), according to the statement.\n", None,
                       "A missile was launched towards the USS Laboon (DDG 58), which was operating in the Red Sea.\n")
    assert "DDG" not in found
    # Real text (State Department designations): a citation cut from its number.
    eo = "Ansarallah is designated a Specially Designated Global Terrorist entity, pursuant to Executive Order 13224.\n"
    assert "Executive Order" not in candidates(eo, None, eo)
    # Counter-example (Crypto News Republic; Protos): an acronym that heads its phrase is a name.
    found = candidates("The FBI attributed the theft to TraderTraitor, also known as the Lazarus Group. OFAC said "
                       "so.\n", None, "OFAC sanctioned 29 entities.\n")
    assert "OFAC" in found


def test_a_name_after_a_codebook_countrys_code_is_the_same_candidate() -> None:
    us = [actor("us", "United States", country="United States")]
    # Real text (Anadolu; BTimes): "US Drug Enforcement Administration (DEA)" and "the Drug
    # Enforcement Administration" are one candidate, seen in both articles.
    dea = ("The US Drug Enforcement Administration (DEA) said that its agents arrested hundreds.\n",
           "It was the largest fentanyl seizure in the history of the Drug Enforcement Administration.\n")
    found = candidates(dea[0], us, dea[1])
    assert [c.articles for text, c in found.items() if "Drug Enforcement" in text] == [("a0", "a1")]
    # Counter-example: "US" is no code of the codebook's countries here, so the two stay apart.
    found = candidates(dea[0], [actor("mx", "Mexico", country="Mexico")], dea[1])
    assert [c.articles for text, c in found.items() if "Drug Enforcement" in text] == [("a0",)]


def test_one_word_and_a_name_headed_by_a_laws_or_an_offices_word_are_one_name() -> None:
    # Real text (Secretary Rubio's FTO designation of Ansarallah, read twice).
    fto = ("The Department of State will notify Congress of my intent to designate Ansarallah as a Foreign Terrorist "
           "Organization (FTO), under section 219 of the Immigration and Nationality Act.\n")
    found = candidates(fto, None, fto)
    assert not {"Immigration", "Nationality Act"} & set(found)
    # Counter-example (Treasury, CJNG fuel theft): a name of several words before "and" lists two names.
    fiu = ("It involved cooperation between various U.S. and Mexican government entities, including the Drug "
           "Enforcement Administration and Mexico's Financial Intelligence Unit.\n")
    found = candidates(fiu, None, fiu)
    assert {"Drug Enforcement Administration", "Financial Intelligence Unit"} <= set(found)
