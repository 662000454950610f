"""Round 15's mention rule: a one-word name that opens a list made one compound name (by hyphens,
or by the list's acronym) and modifying the noun after it names that noun's thing, not the
name's topic: "measles, mumps, and rubella (MMR) vaccines" are vaccines. On real text, with
real counter-examples."""

from __future__ import annotations

from build_site.matcher import Matcher
from build_site.model import Topic

CODEBOOK = [
    Topic("measles", "threat", "Measles", ("measles virus",), "A virus."),
    Topic("mmr-vaccine", "program", "MMR vaccine", ("MMR", "measles, mumps and rubella vaccine"), "A vaccine."),
    Topic("ransomware-attacks", "threat", "Ransomware attacks", ("ransomware",), "Attacks."),
    Topic("fentanyl", "threat", "Fentanyl", ("fentanyl",), "An opioid."),
]


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.topic_id) for m in Matcher(CODEBOOK).find(text)]


def test_a_name_opening_a_compound_list_before_a_noun_is_no_mention() -> None:
    # The Epoch Times (2025): the vaccines, named by their acronym.
    assert found(
        "Kennedy said that he deployed a CDC team to Texas last month to help bolster the outbreak response "
        "across the state, including supplying pharmacies and state-run clinics with measles, mumps, and "
        "rubella (MMR) vaccines and other medical supplies."
    ) == [("MMR", "mmr-vaccine")]
    # The Texas Tribune (2025): a hyphenated list before its acronym and noun.
    assert (
        found(
            "During the vaccine clinics over the weekend, Wells said they gave between 100-150 additional "
            "measles-mumps-rubella-varicella, or MMRV vaccination, than they normally would."
        )
        == []
    )


def test_a_name_in_a_plain_list_or_a_phrase_of_function_words_stays_a_mention() -> None:
    # Counter-example, CDC (2025): the disease as a mention of its own, after the vaccine.
    assert found("Measles-mumps-rubella (MMR) vaccination remains the most important tool for preventing measles.") == [
        ("MMR", "mmr-vaccine"),
        ("measles", "measles"),
    ]
    # Counter-example, Cybernoz (2024): "-as-a-service" is no list of names.
    assert found(
        "the arrest of four persons for allegedly participating in the LockBit ransomware-as-a-service "
        "operation in various roles"
    ) == [("ransomware", "ransomware-attacks")]
    # Counter-example, the Associated Press (2025): the vaccine's own alias is found whole.
    assert found(
        "The measles, mumps and rubella vaccine — which is safe and highly effective at preventing "
        "infection and severe cases — is recommended for children."
    ) == [("measles, mumps and rubella vaccine", "mmr-vaccine")]


def test_a_list_after_of_or_a_hyphened_participle_stays_a_mention() -> None:
    """A comma list after "of" is what something is of, not a modifier; hyphened words ending in a
    participle ("-laced") are no list of names."""
    assert found("Cases of measles, mumps, and rubella (MMR) rose sharply.") == [
        ("measles", "measles"),
        ("MMR", "mmr-vaccine"),
    ]
    assert found("Police seized fentanyl-xylazine-laced pills at the port.") == [("fentanyl", "fentanyl")]
