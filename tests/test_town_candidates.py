"""A bare town's name is no candidate where the briefing has no kind for places, and a place
where it has one: round 12's held-out texts on the Los Angeles fires offered "Altadena" and
"Malibu" as actors. Examples and counter-examples from real text (tests/fixtures/towns), read
by the real pipeline."""

from __future__ import annotations

from pathlib import Path

from build_site.corpus import load_articles
from build_site.gazetteer import is_town
from build_site.kinds import declared_kinds
from build_site.model import DEFAULT_KINDS, Candidate, Kind
from build_site.pipeline import Options, build_from

TOWNS = Path(__file__).resolve().parent / "fixtures" / "towns"
WITH_PLACES = declared_kinds(
    [{"id": i, "singular": i.capitalize(), "plural": f"{i.capitalize()}s"} for i in ("actor", "place", "program")],
    Path("mkdocs.yml"),
)


def candidates(folder: str, kinds: tuple[Kind, ...]) -> dict[str, Candidate]:
    """The candidates of one fixture folder's texts, by their text."""
    articles, _ = load_articles(TOWNS / folder)
    assert articles
    return {c.text: c for c in build_from(articles, [], Options(pages=False, kinds=kinds)).briefing.candidates}


def test_a_town_the_text_places_things_in_is_no_actor() -> None:
    """Real text: "near Malibu", "the Altadena neighborhoods", "the historic Altadena community"."""
    default = candidates("fire", DEFAULT_KINDS)
    assert "Altadena" not in default and "Malibu" not in default, default
    assert default["Palisades Fire"].suggested_kind == "actor"  # a fire named after a place stays
    places = candidates("fire", WITH_PLACES)
    assert places["Altadena"].suggested_kind == "place" and places["Malibu"].suggested_kind == "place"


def test_a_body_named_after_a_town_stays() -> None:
    """Real text: "Two Disaster Recovery Centers remain open at UCLA Research Park and Altadena Recovery
    Center": the center is a body, though its first word is a town."""
    assert candidates("center", DEFAULT_KINDS)["Altadena Recovery Center"].suggested_kind == "actor"
    assert candidates("center", WITH_PLACES)["Altadena Recovery Center"].suggested_kind == "actor"


def test_a_name_the_gazetteer_has_is_not_enough() -> None:
    """Real text: "Garland on Friday praised the cooperation…": Garland is a city of Texas, but nothing in
    the text gives it as a place, so the Attorney General stays a candidate."""
    assert is_town("Garland")
    assert candidates("person", DEFAULT_KINDS)["Garland"].suggested_kind == "actor"
    assert candidates("person", WITH_PLACES)["Garland"].suggested_kind == "actor"


def test_the_gazetteer_knows_towns_and_states_not_bodies() -> None:
    assert is_town("Altadena") and is_town("malibu") and is_town("California") and is_town("Medellin")
    assert not is_town("Los Angeles County Fire Department") and not is_town("Palisades Fire")
    # news text writes the apostrophe curly, the gazetteer straight: one town either way
    assert is_town("Coeur d\u2019Alene") and is_town("Coeur d'Alene") and is_town("O\u2019Fallon")
