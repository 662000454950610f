"""The carp trial (evaluation/trials/carp) was offered "Wildlife Service (USFWS)", "Chicago
Sanitary" and "Ship Canal", "Joseph River" and "Dam" for names a reader sees whole, "Berrien
Springs" (a town) as an agency, and read "a decades-old issue" as the figure "a decades". Each
rule on the trial's real texts (tests/fixtures/carp), read by the real pipeline, with a
counter-example from real text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from build_site.corpus import load_articles
from build_site.facts import find_figures
from build_site.kinds import declared_kinds
from build_site.model import Candidate, Kind, Topic
from build_site.pipeline import Options, build_from
from build_site.wording import english_plural

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CARP = FIXTURES / "carp"
OPERATIONS = FIXTURES / "colorado" / "interior-2023-operations.md"  # "Glen Canyon and Hoover Dams"


def _kinds(*ids: str) -> tuple[Kind, ...]:
    entries = [{"id": i, "singular": i.capitalize(), "plural": english_plural(i).capitalize()} for i in ids]
    return declared_kinds(entries, Path("mkdocs.yml"))


CARP_KINDS = _kinds("agency", "official", "project", "risk", "place")


@cache
def candidates(folder: Path, only: Path | None = None) -> dict[str, Candidate]:
    """The candidates of a fixture folder's texts (or `only` one of them), with the trial's kinds, by their text."""
    articles, _ = load_articles(folder)
    articles = [a for a in articles if only is None or a.path == only]
    briefing = build_from(articles, [], Options(pages=False, kinds=CARP_KINDS)).briefing
    return {c.text: c for c in briefing.candidates}


def test_a_body_led_by_its_country_is_not_cut_at_and() -> None:
    # "The U.S. Fish and Wildlife Service (USFWS) has been conducting monthly electrofishing ..."
    offered = candidates(CARP)
    assert offered["U.S. Fish and Wildlife Service (USFWS)"].suggested_kind == "agency"
    assert not any(text.startswith("Wildlife Service") for text in offered)


def test_a_feature_led_by_a_town_is_not_cut_at_and() -> None:
    # "... the electric barrier site in the Chicago Sanitary and Ship Canal near Romeoville ..."
    offered = candidates(CARP)
    assert offered["Chicago Sanitary and Ship Canal"].suggested_kind == "place"
    assert "Chicago Sanitary" not in offered and "Ship Canal" not in offered


def test_a_feature_head_alone_after_and_joins_the_name_before_it() -> None:
    # "The Brandon Road Lock and Dam in Joliet, Illinois ...": "Dam" alone is no official.
    offered = candidates(CARP)
    assert offered["Brandon Road Lock and Dam"].suggested_kind == "place"
    assert "Dam" not in offered and "The Brandon Road Lock and Dam" not in offered


def test_plural_heads_list_features_and_stay_apart() -> None:
    # Counter-example: "Downstream releases from Glen Canyon and Hoover Dams, which created Lakes
    # Powell and Mead" lists two dams.
    offered = candidates(OPERATIONS.parent, OPERATIONS)
    assert "Glen Canyon and Hoover Dams" not in offered
    assert "Hoover Dams" in offered


def test_saint_keeps_its_dot_and_leads_the_name() -> None:
    # "... genetic material from silver carp in the St. Joseph River ..."
    offered = candidates(CARP)
    assert offered["St. Joseph River"].suggested_kind == "place"
    assert "Joseph River" not in offered and "Joseph" not in offered


def test_a_town_named_for_its_springs_is_a_place() -> None:
    # "... 200 water samples collected in June 2023 from locations between Lake Michigan and Berrien Springs"
    assert candidates(CARP)["Berrien Springs"].suggested_kind == "place"


def test_an_age_written_with_decades_is_no_figure() -> None:
    sentence = (
        "SPRINGFIELD — Illinois is rebranding an invasive carp in the hopes of encouraging people to eat it — "
        "and solving a decades-old issue that has been threatening the ecosystem of the U.S. state's waterways."
    )
    assert [f.text for f in find_figures(sentence)] == []


def test_one_decade_is_still_a_figure() -> None:
    # Counter-example, a forecast of November 2019: "a decade" after "a" is one span of ten years.
    sentence = (
        "It may bring the coldest air this early in the season in more than a decade to a wide swath of the country."
    )
    assert [(f.text, f.value) for f in find_figures(sentence)] == [("a decade", 10.0)]


BRANDON_ROAD = Topic(
    "brandon-road", "project", "Brandon Road Interbasin Project", ("Brandon Road Lock and Dam",), "A carp barrier."
)
GREAT_LAKES = Topic("great-lakes", "place", "Great Lakes", (), "The five lakes.")


def _billion_topics(topics: tuple[Topic, ...]) -> dict[str, tuple[str, ...]]:
    """The topics of "$1.15 billion" in each fixture text that states it."""
    articles, _ = load_articles(CARP)
    briefing = build_from(articles, list(topics), Options(pages=False, kinds=CARP_KINDS)).briefing
    return {f.evidence.article_id: f.topics for f in briefing.facts if f.text == "$1.15 billion"}


def test_a_description_with_its_cost_stands_for_the_project_named_before() -> None:
    # "The milestone agreement ... unlocks $274 million ... for the first of three phases of the
    # $1.15 billion project to protect the Great Lakes.", after a sentence naming the project.
    assert _billion_topics((BRANDON_ROAD, GREAT_LAKES)) == {
        "brandon-road-project-to-keep-invasive-carp-out-of-great": ("brandon-road",),
        "states-build-a-roadblock-for-invasive-carp": ("brandon-road",),
    }


def test_a_description_stands_for_no_topic_the_codebook_lacks() -> None:
    # Counter-example: without a project in the codebook, "the $1.15 billion project" names none.
    assert set(_billion_topics((GREAT_LAKES,)).values()) == {("great-lakes",)}
