"""The faults a new user's trial on the Colorado River met in its review queue
(evaluation/trials/colorado/README.md, F12 and F13), each mended by a rule of a general shape: a
kind named for a sort of place takes places, by the place's head noun; a long run of common
nouns is no person; a dateline is no sighting; a body's name with its head and qualifier
swapped is an alias; a direction word before a word of geography names a region; `check` says
how many places a briefing without a kind for them leaves out. Each on the
trial's real sentences and on a counter-example."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from build_site import article_analysis, candidates
from build_site.candidates import ArticleSightings
from build_site.check import check_corpus
from build_site.kinds import declared_kinds
from build_site.model import Block, Topic
from tests.helpers import candidates_of, declared

# The trial's kinds, in the order `briefing new --kind ...` declared them.
COLORADO_KINDS = ("agency", "official", "reservoir", "state", "agreement", "measure")


# Real text (Reclamation's 24-Month Study release, 2024; the Interior Department's of 2022).
LAKES = [
    "Based on projections in the study, Lake Powell will operate in a Mid-Elevation Release Tier in water "
    "year 2025 and Lake Mead will operate in a Level 1 Shortage Condition with required shortages by "
    "Arizona and Nevada. Glen Canyon Dam releases will be adjusted.",
    "Lake Mead will operate in a Level 1 Shortage Condition, an improvement from the Level 2 Shortage "
    "Condition announced last year, with required shortages by Arizona and Nevada. Water from Lake Powell "
    "flows through Glen Canyon Dam.",
]


def test_a_kind_named_for_a_sort_of_place_takes_places_by_their_head_noun() -> None:
    found = candidates_of(LAKES, declared(*COLORADO_KINDS))
    assert found["Lake Mead"].suggested_kind == "reservoir"  # a lake: the kind of water bodies
    assert found["Arizona"].suggested_kind == "state"  # a state of the general list, no head noun
    assert found["Glen Canyon Dam"].suggested_kind == "reservoir"


def test_a_place_goes_where_the_codebooks_own_topics_say() -> None:
    """The kind whose own topics share the place's head noun comes before the kind a general
    group of words would give ("dam" is a word of water, as "lake" is)."""
    topics = [
        Topic("hoover-dam", "site", "Hoover Dam", (), "The dam that holds Lake Mead."),
        Topic("utah", "state", "Utah", (), "Upper Basin state."),
        Topic("wyoming", "state", "Wyoming", (), "Upper Basin state."),
    ]
    kinds = declared_kinds(
        [
            {"id": "lake", "singular": "Lake", "plural": "Lakes"},
            {"id": "site", "singular": "Site", "plural": "Sites"},
            {"id": "state", "singular": "Basin state", "plural": "Basin states"},
        ],
        Path("mkdocs.yml"),
    )
    found = candidates_of(LAKES, kinds, topics)
    assert found["Glen Canyon Dam"].suggested_kind == "site"  # its head, "dam", is the head of Hoover Dam
    assert found["Lake Mead"].suggested_kind == "lake"  # counter-example: no topic's head, the kind's own word
    assert found["Nevada"].suggested_kind == "state"  # a bare name, as the kind's own topics are


def test_without_a_kind_for_places_no_place_is_offered() -> None:
    # Counter-example: the briefing declares no kind that takes places.
    found = candidates_of(LAKES, declared("agency", "official", "measure"))
    assert not {"Lake Mead", "Lake Powell", "Arizona", "Nevada", "Glen Canyon Dam"} & set(found)


# Real text (the AP, as carried in two of the trial's articles).
CITIES = [
    "The river's long-term ability to provide water to millions of people in cities such as Phoenix, "
    "Las Vegas and Los Angeles is at risk. The Bureau of Reclamation said so.",
    "Water for millions of people in cities such as Phoenix, Las Vegas and Los Angeles depends on it. "
    "The Bureau of Reclamation agreed.",
]


def test_a_city_listed_after_cities_such_as_is_a_place_never_an_agency() -> None:
    found = candidates_of(CITIES, declared(*COLORADO_KINDS))
    assert found["Phoenix"].suggested_kind is None  # a city: no kind of this briefing takes cities
    assert found["Bureau of Reclamation"].suggested_kind == "agency"  # counter-example: a body stays one


# Real text (Reclamation's releases; the Arizona Mirror).
LONG_RUNS = [
    "The Gila River Indian Community will conserve 125,000 acre-feet of water. Reclamation released a draft "
    "Environmental Impact Statement. Governor Stephen Roe Lewis said the river is at risk for the community.",
    "The Gila River Indian Community is one of 30 federally recognized tribes that use water from the river. "
    "The final Environmental Impact Statement is due. Stephen Roe Lewis welcomed the statement and its impact.",
]


def test_a_long_run_of_common_nouns_is_no_person() -> None:
    found = candidates_of(LONG_RUNS, declared(*COLORADO_KINDS))
    assert found["Gila River Indian Community"].suggested_kind != "official"
    assert found["Environmental Impact Statement"].suggested_kind != "official"
    assert found["Stephen Roe Lewis"].suggested_kind == "official"  # counter-example: three names, no common noun


# Real text (Reclamation's release of January 9, 2026; a congressman's statement).
DATELINES = [
    "WASHINGTON \u2014 The Bureau of Reclamation today released a draft Environmental Impact Statement.",
    "Washington, February 14, 2026 \u2014 The Bureau of Reclamation must act, the congressman said.",
]


def test_a_dateline_is_not_offered() -> None:
    found = candidates_of(DATELINES, declared(*COLORADO_KINDS, "place"))
    assert "WASHINGTON" not in found and "Washington" not in found
    assert "Bureau of Reclamation" in found  # counter-example: a name opening the next words stays


INTERIOR = Topic("interior-department", "agency", "Department of the Interior", (), "The federal department.")
# Real text (CNN, 2022; Reclamation's releases, 2023 and 2026).
INVERTED = [
    "According to a new forecast from the Interior Department, Lake Mead's water level will be below 1,050 feet.",
    "The US Interior Department estimates that Lake Mead's water level will fall below 1,050 feet.",
    "Interior projections show that by January of next year, Lake Mead's water surface elevations will be at 1,047.",
    "In light of the new, consensus-based plan, Interior officials also announced they were temporarily "
    "withdrawing the draft SEIS.",
]


def test_a_bodys_name_with_head_and_qualifier_swapped_is_its_alias() -> None:
    found = candidates_of(INVERTED, declared(*COLORADO_KINDS), [INTERIOR])
    assert found["Interior Department"].alias_of == "interior-department"
    assert found["Interior"].alias_of == "interior-department"


def test_a_name_before_a_bodys_head_is_not_offered_alone() -> None:
    # Counter-example: "Biden administration" is headed by a word of government, but "Biden" is a person.
    biden = Topic("biden-administration", "actor", "Biden administration", (), "The US government, 2021-2025.")
    texts = [
        "Biden met the press on Monday. The Biden administration announced new aid.",
        "Biden said the aid will flow. The Biden administration agreed to it.",
    ]
    found = candidates_of(texts, declared("actor", "place"), [biden])
    assert "Biden" not in found or found["Biden"].alias_of is None


# Real text (KUNC, 2023; the Colorado Sun, 2023; Reclamation, 2022): the corpus also writes
# "lower" and "basin" in lower case, which drops a run of such words unless it is a name.
BASINS = [
    "Those three states make up the Colorado River's Lower Basin, where water use remains steady. "
    "Water use in the basin must be reduced. Lower prices did not help.",
    "We are running out of time. The Lower Basin has done our part. Inflows were lower than normal. "
    "Lower prices will not help.",
]


def test_a_direction_word_before_a_word_of_geography_names_a_region() -> None:
    found = candidates_of(BASINS, declared(*COLORADO_KINDS, "place"))
    assert found["Lower Basin"].suggested_kind == "state"  # a basin is a region, as a state is
    assert "Lower" not in found and "Lower prices" not in found  # counter-example: no head of geography


def _corpus(folder: Path, texts: list[str]) -> Path:
    """A corpus folder of one article per text, and an empty codebook."""
    (folder / "topics").mkdir(parents=True)
    (folder / "articles").mkdir()
    for i, text in enumerate(texts):
        (folder / "articles" / f"a{i}.md").write_text(f"---\ntitle: Article {i}\n---\n\n{text}\n", encoding="utf-8")
    return folder


def test_check_says_how_many_places_no_kind_takes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path / "corpus", LAKES)
    assert check_corpus(corpus, kinds=declared("agency", "official", "measure")) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "place name" in line]
    assert len(lines) == 1 and lines[0].startswith("5 place names left out (Arizona, Glen Canyon Dam, Lake Mead…)")
    assert "no kind of this briefing takes places" in lines[0]
    # Counter-example: with a kind that takes places, they are listed, and nothing is said.
    assert check_corpus(corpus, kinds=declared(*COLORADO_KINDS)) == 0
    out = capsys.readouterr().out
    assert "place name" not in out and "Lake Mead  [reservoir]" in out


def test_check_reads_each_articles_runs_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The places' probe takes each article's runs from the build's analysis: reading them again
    was a second pass over every article, and gave the same runs."""
    read: list[str] = []
    sightings = article_analysis.article_sightings

    def counted(article_id: str, blocks: Sequence[Block]) -> ArticleSightings:
        read.append(article_id)
        return sightings(article_id, blocks)

    monkeypatch.setattr(article_analysis, "article_sightings", counted)
    monkeypatch.setattr(candidates, "article_sightings", counted)
    corpus = _corpus(tmp_path / "corpus", LAKES)
    assert check_corpus(corpus, kinds=declared("agency", "official", "measure")) == 0
    assert "5 place names left out (Arizona, Glen Canyon Dam, Lake Mead…)" in capsys.readouterr().out
    assert sorted(read) == ["a0", "a1"]
