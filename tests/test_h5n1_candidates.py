"""A newcomer's H5N1 briefing, the candidates it was offered and what they should have been: each
rule with an example and a counter-example from real US government releases
(tests/fixtures/h5n1-candidates), read by the real pipeline, with the default kinds and with the
kinds `briefing new --kind agency --kind pathogen --kind place --kind measure` declares."""
from __future__ import annotations

from pathlib import Path

from build_site.corpus import load_articles
from build_site.kinds import declared_kinds
from build_site.model import DEFAULT_KINDS, Candidate, Kind, Topic
from build_site.pipeline import Options, build_from
from build_site.wording import english_plural

TEXTS = Path(__file__).resolve().parent / "fixtures" / "h5n1-candidates"
UPDATE = "fda-hpai-update-2024-05-10.md"  # "HPAI H5N1" three times, "Pasteurized Milk Ordinance (PMO)"
QUESTIONS = "fda-milk-safety-questions-2024-04.md"  # "highly pathogenic avian influenza (HPAI)"
CDC = "cdc-response-update-2024-06-07.md"  # "the Food and Drug Administration (FDA)"
IDAHO = "aphis-idaho-dairy-herd-2024-04-02.md"  # "the Food and Drug Administration and Centers for ..."
INVESTIGATION = "fda-investigation-h5n1-dairy-cattle.md"  # "Agriculture's Animal and Plant Health ..."
MILK_TESTING = "aphis-national-milk-testing-2024-12-06.md"
ALL = (UPDATE, QUESTIONS, CDC, IDAHO, INVESTIGATION, MILK_TESTING)

USDA = Topic("usda", "agency", "U.S. Department of Agriculture", ("USDA",), "The federal department of farming.")
FDA = Topic("fda", "agency", "U.S. Food and Drug Administration", ("FDA",), "The federal agency for milk safety.")


def _kinds(*ids: str) -> tuple[Kind, ...]:
    entries = [{"id": i, "singular": i.capitalize(), "plural": english_plural(i).capitalize()} for i in ids]
    return declared_kinds(entries, Path("mkdocs.yml"))


AGENCY_KINDS = _kinds("agency", "pathogen", "place", "measure")


def candidates(names: tuple[str, ...], kinds: tuple[Kind, ...], topics: tuple[Topic, ...] = ()) -> dict[str, Candidate]:
    """The candidates of these fixture texts, by their text."""
    articles, problems = load_articles(TEXTS)
    assert [p.path.name for p in problems] == ["README.md"]  # the folder's notes, no article
    chosen = [a for a in articles if a.path.name in names]
    assert len(chosen) == len(names)
    briefing = build_from(chosen, list(topics), Options(pages=False, kinds=kinds)).briefing
    return {c.text: c for c in briefing.candidates}


def test_hpai_defined_by_its_words_is_a_pathogen_not_an_actor() -> None:
    """"highly pathogenic avian influenza (HPAI)": the trial's queue called HPAI an actor, and an
    agency in a briefing that has a pathogen kind."""
    own = candidates(ALL, AGENCY_KINDS)
    assert own["HPAI"].suggested_kind == "pathogen"
    assert candidates(ALL, DEFAULT_KINDS)["HPAI"].suggested_kind == "threat"
    # Counter-example: a name defined by its capitals keeps the kind of its own words.
    assert own["Animal and Plant Health Inspection Service (APHIS)"].suggested_kind == "agency"
    assert own["National Milk Testing Strategy (NMTS)"].suggested_kind == "measure"


def test_h5n1_is_a_candidate_and_hpai_h5n1_is_two_names() -> None:
    """One FDA update writes "HPAI H5N1" three times: the queue offered "HPAI H5N1" as an actor and
    never "H5N1", whose digits read as a citation's."""
    own = candidates((UPDATE,), AGENCY_KINDS)
    assert own["H5N1"].suggested_kind == "pathogen" and own["H5N1"].count == 3
    assert own["HPAI"].suggested_kind == "pathogen"  # written before the virus each time
    assert "HPAI H5N1" not in own
    # Counter-example: the regulation's citation "21 CFR 1240.61" gives no candidate.
    assert not [text for text in own if any(c.isdigit() for c in text) and text != "H5N1"]
    assert not [text for text in own if "CFR" in text]


def test_an_ordinance_is_a_measure() -> None:
    own = candidates((UPDATE,), AGENCY_KINDS)
    assert own["Pasteurized Milk Ordinance (PMO)"].suggested_kind == "measure"
    assert candidates((UPDATE,), DEFAULT_KINDS)["Pasteurized Milk Ordinance (PMO)"].suggested_kind == "program"
    # Counter-example: the agency that applies it is no measure.
    assert candidates((UPDATE,), DEFAULT_KINDS)["FDA"].suggested_kind == "actor"


def test_a_name_split_at_and_keeps_its_first_part() -> None:
    """"The U.S. Department of Agriculture's Animal and Plant Health Inspection Service": the
    queue offered "Plant Health Inspection Service"."""
    own = candidates((INVESTIGATION,), AGENCY_KINDS, (USDA,))
    assert "Animal and Plant Health Inspection Service" in own
    assert own["Animal and Plant Health Inspection Service"].suggested_kind == "agency"
    assert "Plant Health Inspection Service" not in own and "Animal" not in own
    # Counter-example: "the Food and Drug Administration and Centers for Disease Control and
    # Prevention" lists two bodies; the second does not take "Administration and".
    listed = candidates((IDAHO,), DEFAULT_KINDS)
    assert "Centers for Disease Control and Prevention" in listed
    assert not [text for text in listed if text.startswith(("Administration", "Drug"))]


def test_a_known_name_without_its_country_is_offered_as_its_alias() -> None:
    """The codebook's "U.S. Food and Drug Administration" is the CDC's and APHIS's "Food and Drug
    Administration": offered as its alias, not as a new agency."""
    own = candidates((IDAHO,), AGENCY_KINDS, (FDA,))
    assert own["Food and Drug Administration"].alias_of == "fda"
    # Counter-example: the other body of the same sentence is a new agency, no alias.
    assert own["Centers for Disease Control and Prevention"].alias_of is None
    assert own["Centers for Disease Control and Prevention"].suggested_kind == "agency"
    # Nor is a name that only ends like a codebook name: "Drug Administration" alone is none.
    assert "Drug Administration" not in own
