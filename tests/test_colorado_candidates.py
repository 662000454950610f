"""A newcomer's Colorado River briefing (kinds agency, place, agreement, measure), the candidates
it was offered and what they should have been: each rule with an example and a counter-example
from real releases (tests/fixtures/colorado, tests/fixtures/instruments), read by the real
pipeline."""

from __future__ import annotations

from pathlib import Path

from build_site.corpus import load_articles
from build_site.kinds import declared_kinds
from build_site.model import DEFAULT_KINDS, Candidate, Kind, Topic
from build_site.pipeline import Options, build_from
from build_site.wording import english_plural

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OPERATIONS = FIXTURES / "colorado" / "interior-2023-operations.md"  # Lake Mead, Hoover Dams, Minute 323, 24-Month Study
GOVERNORS = FIXTURES / "colorado" / "reclamation-governors-input.md"  # "the Colorado River Basin"
COMPACT = FIXTURES / "colorado" / "colorado-river-compact.md"
DATELINES = FIXTURES / "colorado" / "datelines"  # two texts opening "SALT LAKE CITY —"
SECTIONS = FIXTURES / "instruments" / "aphis-federal-order-sections.md"  # "Section 8305 authorizes"
DESIGNATION = FIXTURES / "instruments" / "state-ansarallah-designation.md"  # "pursuant to Executive Order 13224"

SALT_LAKE_CITY = Topic("salt-lake-city", "place", "Salt Lake City", (), "Utah's capital, a dateline.")


def _kinds(*ids: str) -> tuple[Kind, ...]:
    entries = [{"id": i, "singular": i.capitalize(), "plural": english_plural(i).capitalize()} for i in ids]
    return declared_kinds(entries, Path("mkdocs.yml"))


COLORADO_KINDS = _kinds("agency", "place", "agreement", "measure")


def candidates(
    paths: tuple[Path, ...], kinds: tuple[Kind, ...], topics: tuple[Topic, ...] = ()
) -> dict[str, Candidate]:
    """The candidates of these fixture texts, by their text."""
    chosen = []
    for folder in {path.parent for path in paths}:
        articles, _ = load_articles(folder)  # a README.md in the folder is no article
        chosen += [a for a in articles if a.path in paths]
    assert len(chosen) == len(paths)
    briefing = build_from(chosen, list(topics), Options(pages=False, kinds=kinds)).briefing
    return {c.text: c for c in briefing.candidates}


def test_a_lake_a_dam_and_a_basin_are_places() -> None:
    """The trial's queue offered "Lake Mead", "Hoover Dam" and "Colorado River Basin" as "kind:
    none fits" in a briefing with a kind for places."""
    own = candidates((OPERATIONS,), COLORADO_KINDS)
    for name in ("Lake Mead", "Lake Powell", "Hoover Dams", "Glen Canyon"):
        assert own[name].suggested_kind == "place", name
    assert candidates((GOVERNORS,), COLORADO_KINDS)["Colorado River Basin"].suggested_kind == "place"
    # Counter-examples: a body and an agreement named after the river keep their own kinds.
    assert own["Bureau of Reclamation"].suggested_kind == "agency"
    assert candidates((COMPACT,), COLORADO_KINDS)["Colorado River Compact"].suggested_kind == "agreement"
    # Without a kind for places, a dam is no candidate, and a lake is never an actor.
    default = candidates((OPERATIONS,), DEFAULT_KINDS)
    assert "Hoover Dams" not in default
    assert default["Lake Mead"].suggested_kind is None


def test_a_word_of_a_hyphenated_number_name_is_no_candidate() -> None:
    """ "The August 2022 24-Month Study" gave "Study"; "Level 2a Shortage Condition", a number
    without a hyphenated name, still gives the words after it."""
    own = candidates((OPERATIONS,), COLORADO_KINDS)
    assert "Study" not in own
    assert "Shortage Condition" in own


def test_an_instrument_with_its_number_is_a_name() -> None:
    """ "Minute 323 of the 1944 Water Treaty" was never a candidate, its word cut from its number
    as a citation's is."""
    assert candidates((OPERATIONS,), COLORADO_KINDS)["Minute 323"].suggested_kind == "agreement"
    assert candidates((OPERATIONS,), DEFAULT_KINDS)["Minute 323"].suggested_kind == "program"
    assert candidates((DESIGNATION,), DEFAULT_KINDS)["Executive Order 13224"].suggested_kind == "program"
    # Counter-example: a statute's sections only point into its text.
    sections = candidates((SECTIONS,), DEFAULT_KINDS)
    assert not [name for name in sections if name.startswith("Section")]


def test_a_known_name_in_capitals_is_no_candidate() -> None:
    """Two datelines "SALT LAKE CITY —": the place a report was filed from, and once "Salt Lake
    City" is a topic, the capitals are its name: no new one for `briefing check` to list."""
    paths = tuple(sorted(DATELINES.glob("*.md")))
    assert "SALT LAKE CITY" not in candidates(paths, COLORADO_KINDS)
    assert "SALT LAKE CITY" not in candidates(paths, COLORADO_KINDS, (SALT_LAKE_CITY,))
    # Counter-example: the other names of the same texts are still offered.
    assert "Lake Mead" in candidates(paths, COLORADO_KINDS, (SALT_LAKE_CITY,))


def test_a_kind_for_places_is_known_by_its_labels() -> None:
    """A kind is for places by its id or by its labels' words, as `briefing new` writes them."""
    labelled = [{"id": "agency", "singular": "Agency", "plural": "Agencies"}]
    sites = declared_kinds([*labelled, {"id": "geo", "singular": "Place", "plural": "Places"}], Path("mkdocs.yml"))
    assert candidates((OPERATIONS,), sites)["Lake Mead"].suggested_kind == "geo"
    # Counter-example: a kind whose words name no place is not one.
    water = declared_kinds([*labelled, {"id": "use", "singular": "Water use", "plural": "Water uses"}], Path("m.yml"))
    assert candidates((OPERATIONS,), water)["Lake Mead"].suggested_kind is None
