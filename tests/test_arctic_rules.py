"""Candidate and matching rules a new user's Arctic shipping briefing needed (kinds actor, place,
vessel, regulation), on real excerpts (tests/arctic_texts.py): each with an example and a
counter-example."""
from __future__ import annotations

from pathlib import Path

from build_site.kinds import declared_kinds
from build_site.matcher import Matcher
from build_site.model import Article, Candidate, Kind, Topic
from build_site.pipeline import Options, build_from
from tests import arctic_texts as texts

ARCTIC = Topic("arctic", "place", "Arctic", (), "The region around the North Pole.")
POLAR_CODE = Topic("polar-code", "regulation", "Polar Code", (), "The IMO's code for ships in polar waters.")


def _kinds(*ids: str) -> tuple[Kind, ...]:
    return declared_kinds([{"id": i, "singular": i.capitalize(), "plural": i.capitalize() + "s"} for i in ids], Path("mkdocs.yml"))


SHIPPING = _kinds("actor", "place", "vessel", "regulation")


def _built(bodies: tuple[str, ...], topics: list[Topic], kinds: tuple[Kind, ...] = SHIPPING) -> dict[str, Candidate]:
    articles = [Article(id=f"a{i}", path=Path(f"a{i}.md"), title="A", body=body) for i, body in enumerate(bodies)]
    briefing = build_from(articles, topics, Options(pages=False, kinds=kinds)).briefing
    return {c.text: c for c in briefing.candidates}


def test_a_name_at_a_sentence_start_counts_as_one_more_sighting_of_it() -> None:
    # "Atomflot icebreakers will help ..." opens a sentence; "Rosatom's subsidiary Atomflot" does not.
    found = _built((texts.SEANEWS, texts.FLEET_EXERCISE), [])
    assert found["Atomflot"].articles == ("a0", "a1")
    # Counter-example: a word only ever seen opening a sentence is capitalized by grammar.
    found = _built((texts.FLEET_EXERCISE, texts.ROSATOM_REPORT), [])
    assert "Atomflot" not in found and "To" not in found


def test_a_name_in_capitals_is_the_same_candidate_as_in_mixed_case() -> None:
    found = _built((texts.SEANEWS, texts.SPUTNIK, texts.ROSATOM_REPORT), [])
    assert found["Rosatom"].count == 6 and len(found["Rosatom"].articles) == 3
    assert "ROSATOM" not in found


def test_a_name_led_by_a_direction_word_is_a_name_though_its_words_are_ordinary() -> None:
    # "route", "sea" and "northern" are written in lower case elsewhere in the corpus.
    bodies = (texts.SEANEWS, texts.ROSATOM_REPORT, texts.POLAR_CODE, texts.SPUTNIK_ROUTE, texts.MURMANSK)
    found = _built(bodies, [ARCTIC])
    assert found["Northern Sea Route"].suggested_kind == "place"  # a route is a place
    # "Northern Fleet Commander, Vice-Admiral ...": the fleet, not a role.
    found = _built((texts.FLEET_EXERCISE, texts.FLEET_SHIPS), [ARCTIC])
    assert found["Northern Fleet"].suggested_kind == "actor"
    # Counter-example: a role without a name before it is still no name ("Vice-Admiral").
    assert not any(text.startswith("Vice") or text == "Northern Fleet Commander" for text in found)


def test_an_acronym_is_no_place_of_the_same_letters() -> None:
    # "IMO" is the International Maritime Organization, not Nigeria's Imo State.
    found = _built((texts.POLAR_CODE, texts.CHINA_PI), [POLAR_CODE])
    assert found["IMO"].suggested_kind == "actor"
    # Counter-example: the region the same texts place things in is still suggested as a place.
    assert _built((texts.POLAR_CODE, texts.CHINA_PI, texts.HFO_BAN), [POLAR_CODE])["Arctic"].suggested_kind == "place"


def test_a_region_seen_before_nouns_is_still_placed_by_its_other_sightings() -> None:
    # "in the Arctic" places it twice; "Arctic and Antarctic waters" only qualifies a noun.
    found = _built((texts.POLAR_CODE, texts.CHINA_PI, texts.HFO_BAN), [POLAR_CODE])
    assert found["Arctic"].suggested_kind == "place"
    # Counter-example: Rosatom, after "of" or heading its clause, stays an actor.
    found = _built((texts.SEANEWS, texts.FLEET_SHIPS), [])
    assert found["Rosatom"].suggested_kind == "actor"


def test_the_words_that_call_a_name_something_suggest_the_briefings_kind_for_it() -> None:
    # "existing IMO conventions such as MARPOL": a convention, filed as a regulation here.
    found = _built((texts.POLAR_CODE, texts.HFO_BAN), [ARCTIC, POLAR_CODE])
    assert found["MARPOL"].suggested_kind == "regulation"
    # Counter-example: "support vessels of the Northern Fleet" makes no vessel of the fleet.
    found = _built((texts.FLEET_EXERCISE, texts.FLEET_SHIPS), [ARCTIC])
    assert found["Northern Fleet"].suggested_kind == "actor"


def test_a_name_inside_another_things_name_is_no_mention_of_it() -> None:
    matcher = Matcher([ARCTIC])
    council = texts.POLAR_CODE.split("\n\n")[2]
    strategy = texts.HEALY.split("\n\n")[1]
    assert [council[m.end : m.end + 9] for m in matcher.find(council)] == [", despite"]  # "in the Arctic," only
    assert [strategy[m.end : m.end + 9] for m in matcher.find(strategy)] == [".\n"]  # "in the Arctic." only
    # Counter-example: "Arctic and Antarctic waters", "Arctic deployment" are the region.
    assert len(matcher.find(texts.POLAR_CODE.split("\n\n")[0])) == 1
    assert len(matcher.find(texts.HEALY.split("\n\n")[0])) == 1


def test_a_kinds_labels_are_its_words_too() -> None:
    kinds = declared_kinds([{"id": "actor", "singular": "Actor", "plural": "Actors"},
                            {"id": "treaty", "singular": "Convention", "plural": "Conventions"}], Path("mkdocs.yml"))
    # "existing IMO conventions such as MARPOL": the kind labelled "Conventions".
    assert _built((texts.POLAR_CODE, texts.HFO_BAN), [], kinds)["MARPOL"].suggested_kind == "treaty"
    # Counter-example: labels that say nothing of conventions leave the name an actor.
    plain = declared_kinds([{"id": "actor", "singular": "Actor", "plural": "Actors"},
                            {"id": "treaty", "singular": "Treaty", "plural": "Treaties"}], Path("mkdocs.yml"))
    assert _built((texts.POLAR_CODE, texts.HFO_BAN), [], plain)["MARPOL"].suggested_kind == "actor"
