"""The faults a new user's trial on PFAS in drinking water met in its review queue
(evaluation/trials/pfas/README.md, C and B), each mended by a rule of a general shape: a name
led by digits, an acronym defined by a common noun, a government's body, an apostrophe inside a
name. Each on the trial's real sentences and on a counter-example of another subject."""

from __future__ import annotations

from build_site import candidates
from build_site.matcher import Matcher
from build_site.model import Topic
from tests.helpers import candidates_of, declared

# The trial's kinds, in the order `briefing new --kind ...` declared them.
PFAS_KINDS = ("chemical", "company", "agency", "official", "rule", "lawsuit", "place", "site")


# Real text (AP as carried by KESQ; the Philadelphia Inquirer): 3M, in six of the trial's articles.
THREE_M = [
    "Global chemical manufacturer 3M has agreed to pay New Jersey $450 million over pollution. "
    "Although Minnesota-based 3M did not operate any facilities in New Jersey, it supplied PFOA.",
    "The state Department of Environmental Protection have filed suit against 3M and other companies. "
    "The settlement resolves 3M\u2019s liability in the lawsuits.",
]


def test_a_name_led_by_digits_is_a_candidate_where_it_heads_its_phrase() -> None:
    found = candidates_of(THREE_M, declared(*PFAS_KINDS))
    assert found["3M"].suggested_kind == "company"
    assert found["3M"].count == 4  # "Minnesota-based 3M" is one more sighting of 3M


def test_a_sum_or_a_qualifier_led_by_digits_is_no_name() -> None:
    # Counter-example of another subject (telecoms): "$10M" is a sum, "5G" qualifies a noun.
    texts = [
        "The startup raised $10M from investors. Carriers rolled out 5G networks across Texas.",
        "Verizon raised $10M for its 5G towers. Rural 5G coverage lags.",
    ]
    found = candidates_of(texts, declared(*PFAS_KINDS))
    assert "10M" not in found and "5G" not in found


# Real text (GAO-18-700T): chemicals defined by their common names.
GAO = (
    "GAO reported in October 2017 that the Department of Defense (DOD) had initiated actions to address "
    "elevated levels of perfluorooctane sulfonate (PFOS) and perfluorooctanoic acid (PFOA) in drinking water."
)
PFNA = Topic("pfna", "chemical", "PFNA", ("perfluorononanoic acid",), "A chemical.")


def test_an_acronym_defined_by_a_common_noun_takes_the_kind_whose_topics_share_its_head() -> None:
    found = candidates_of([GAO, "DOD said so."], declared(*PFAS_KINDS), [PFNA])
    assert found["PFOA"].suggested_kind == "chemical"  # "... acid", as the codebook's "perfluorononanoic acid"
    assert found["PFOS"].suggested_kind is None  # "... sulfonate": no topic's head; never a company
    assert candidates_of([GAO, "DOD said so."], declared(*PFAS_KINDS))["PFOA"].suggested_kind is None


def test_a_defined_acronym_goes_to_the_kind_of_its_heads_subject() -> None:
    # Counter-example of another subject (chip export controls, Reuters): the head "ultraviolet"
    # is a technology's in that briefing; without such a kind, none fits, not a company.
    text = (
        "ASML mainly produces two types of chip manufacturing tools, extreme ultraviolet (EUV) lithography "
        "machines and deep ultraviolet (DUV) lithography machines."
    )
    euv = Topic("euv", "technology", "Extreme ultraviolet lithography", ("extreme ultraviolet", "EUV"), "A tool.")
    assert candidates_of([text], declared("company", "agency", "technology"), [euv])["DUV"].suggested_kind == "technology"
    assert candidates_of([text], declared("company", "agency"))["DUV"].suggested_kind is None


# Real text (UPI; AP as carried by KESQ; NPR as carried by GPB).
USGS = [
    "At least 45% of U.S. tap water has PFAS chemical contamination, according to a new study by the "
    "U.S. Geological Survey. The USGS study checked for 32 types of PFAS.",
    "A study released by the U.S. Geological Survey on Wednesday estimates that at least 45% of U.S. tap "
    'water could be contaminated. "This USGS study can help," Kelly Smalling, a USGS research chemist, said.',
]


def test_a_body_headed_by_a_word_of_government_is_an_agency_and_so_is_its_acronym() -> None:
    found = candidates_of(USGS, declared(*PFAS_KINDS))
    assert found["U.S. Geological Survey"].suggested_kind == "agency"
    assert found["USGS"].suggested_kind == "agency"  # the initials of "U.S. Geological Survey"


def test_a_government_body_is_never_filed_as_a_company() -> None:
    # Without a kind for government bodies, none fits: the only kind of bodies holds companies.
    assert candidates_of(USGS, declared("company", "official"))["U.S. Geological Survey"].suggested_kind is None
    # Counter-example of another subject (chip export controls, AP): "Justice" is a title word,
    # yet "Justice Department" is headed by "Department", as "U.S. Justice Department" says.
    texts = [
        "Two Chinese nationals have been arrested, the Justice Department said Thursday.",
        "The U.S. Justice Department said the defendants sought no license. The Justice Department added more.",
    ]
    found = candidates_of(texts, declared("company", "agency", "official"))
    assert found["Justice Department"].suggested_kind == "agency"
    miner = ["The state miner Codelco said so.", "Chile's Codelco agreed."]  # a body of no government's word
    assert candidates_of(miner, declared("company", "agency"))["Codelco"].suggested_kind == "company"


def test_an_apostrophe_before_an_inner_words_s_is_a_spelling_variant() -> None:
    # Real text (the Philadelphia Inquirer; the New Jersey Attorney General's release).
    inquirer = "contamination at DuPont Chambers Works sites in Pennsville and Carney\u2019s Point in Salem County."
    release = "the Chambers Works site (located in Pennsville and Carneys Point)"
    for name, text, surface in (
        ("Carneys Point", inquirer, "Carney\u2019s Point"),
        ("Carney's Point", release, "Carneys Point"),
    ):
        matcher = Matcher([Topic("cp", "place", name, (), "A town.")])
        assert [text[m.start : m.end] for m in matcher.find(text)] == [surface]


def test_a_last_words_s_is_no_apostrophe_variant() -> None:
    # Counter-example of another subject (a person): "Walters" is not "Walter's".
    matcher = Matcher([Topic("walters", "official", "Walters", (), "A person.")])
    assert matcher.find("Walter's office said so.") == []


def test_one_test_of_a_word_in_lower_case_strict_for_a_run_loose_for_a_persons_kind() -> None:
    # Real text of the chips trial: "entities" in lower case; "Entity List" is a name, no person.
    vocabulary = frozenset({"entities", "list"})
    token = candidates._tokens("the Entity List")[0][1]
    assert not candidates._ordinary(token, vocabulary)  # the run "Entity List" is kept
    assert candidates._common_phrase("Entity List", vocabulary)  # but it is no person's name
