"""What a newcomer's lithium briefing (kinds company, official, place, agreement, issue) found
wrong, each rule with the trial's example and a counter-example, on excerpts of its news reports
(tests/fixtures/lithium-kinds): people and bodies take the briefing's own kinds of their sort; a
demonym, a fragment of a job title and a title before a surname are no candidates; an alias
repeating another name but for accents is named as such; the graph page fits a phone."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from build_site.codebook import load_codebook
from build_site.kinds import declared_kinds
from build_site.model import Article, Candidate, Kind, Topic
from build_site.pipeline import Options, build_from
from tests.browser import SKIP_ENV, Guard, SiteServer
from tests.helpers import run_briefing

TEXTS = Path(__file__).resolve().parent / "fixtures" / "lithium-kinds"
TRIAL_KINDS = ("company", "official", "place", "agreement", "issue")


def _kinds(*ids: str) -> tuple[Kind, ...]:
    entries = [{"id": i, "singular": i.capitalize(), "plural": i.capitalize() + "s"} for i in ids]
    return declared_kinds(entries, Path("mkdocs.yml"))


def _articles(*stems: str) -> list[Article]:
    """The fixture's articles (those of `stems`, or all), their front matter left out."""
    found = []
    for path in sorted(TEXTS.glob("*-*.md")):
        if stems and path.stem not in stems:
            continue
        _, _, body = path.read_text(encoding="utf-8").split("---\n", 2)
        found.append(Article(id=path.stem, path=path, title=path.stem, body=body))
    return found


def _found(kinds: tuple[Kind, ...], topics: list[Topic] | None = None, *stems: str) -> dict[str, Candidate]:
    briefing = build_from(_articles(*stems), topics or [], Options(pages=False, kinds=kinds)).briefing
    return {c.text: c for c in briefing.candidates}


def _kind_of(found: dict[str, Candidate], name: str) -> str | None:
    assert name in found, sorted(found)
    return found[name].suggested_kind


def test_companies_and_officials_take_the_kinds_the_briefing_declares() -> None:
    found = _found(_kinds(*TRIAL_KINDS))
    for body in ("SQM", "Codelco", "Uranium One Group", "YLB", "Rosatom"):
        assert _kind_of(found, body) == "company", body
    for person in ("Máximo Pacheco", "Diana Mondino", "Gabriel Boric"):
        assert _kind_of(found, person) == "official", person
    assert _kind_of(found, "Jujuy") == "place"  # a place stays a place


def test_without_a_kind_of_its_sort_none_fits() -> None:
    # Counter-example: a briefing of officials and places has no kind for a company, and one of
    # companies and places none for an official: the analyst chooses, nothing is misfiled.
    officials = _found(_kinds("official", "place"))
    assert _kind_of(officials, "Codelco") is None
    assert _kind_of(officials, "Máximo Pacheco") == "official"
    companies = _found(_kinds("company", "place"))
    assert _kind_of(companies, "Máximo Pacheco") is None
    assert _kind_of(companies, "Codelco") == "company"


def test_a_kind_holds_the_sort_its_topics_are() -> None:
    """Kinds whose names say nothing (`figure`, `outfit`) hold what most of their topics are."""
    people = [
        Topic("luis-arce", "figure", "Luis Arce", (), "Bolivia's president."),
        Topic("javier-milei", "figure", "Javier Milei", (), "Argentina's president."),
    ]
    bodies = [
        Topic("minera-tarar", "outfit", "Minera Tarar", (), "Codelco's subsidiary."),
        Topic("sqm-salar", "outfit", "SQM Salar", (), "SQM's subsidiary."),
    ]
    found = _found(_kinds("figure", "outfit", "place"), people + bodies)
    assert _kind_of(found, "Gabriel Boric") == "figure"
    assert _kind_of(found, "Codelco") == "outfit"
    # Counter-example: the same kinds without topics say nothing, and a kind named for what
    # never acts (an issue) holds no person whatever its topics look like.
    bare = _found(_kinds("figure", "outfit", "place"))
    assert _kind_of(bare, "Gabriel Boric") is None and _kind_of(bare, "Codelco") is None
    issues = [Topic(t.id, "issue", t.name, (), t.summary) for t in people]
    assert _kind_of(_found(_kinds("issue", "place"), issues), "Gabriel Boric") is None


def test_a_memorandum_is_an_agreement_not_a_company() -> None:
    found = _found(_kinds(*TRIAL_KINDS), None, "argentina-us-minerals", "batimes-us-minerals")
    assert _kind_of(found, "Memorandum of Understanding (MoU)") == "agreement"
    # Counter-example: without a kind for agreements, a memorandum is still no company.
    assert _kind_of(_found(_kinds("company", "official"), None, "batimes-us-minerals"),
                    "Memorandum of Understanding (MoU)") is None


def test_a_demonym_is_no_candidate_but_a_place_is() -> None:
    found = _found(_kinds(*TRIAL_KINDS), None, "argentina-us-minerals", "guardian-war-over-lithium")
    assert "Argentine" not in found, sorted(found)  # "Argentine lithium": the general list has "Argentinean"
    assert _kind_of(found, "Jujuy") == "place"


def test_a_fragment_of_a_job_title_is_no_candidate() -> None:
    found = _found(_kinds(*TRIAL_KINDS), None, "argentina-us-minerals", "batimes-us-minerals")
    assert not [name for name in found if "Secretary" in name], sorted(found)
    assert _kind_of(found, "Diana Mondino") == "official"  # the names beside the title stay


def test_a_title_without_its_dot_is_no_part_of_the_name() -> None:
    found = _found(_kinds(*TRIAL_KINDS), None, "bbc-white-gold")
    assert "Ms Machaca" not in found and "Machaca" not in found, sorted(found)
    assert found["Nati Machaca"].count == 3  # "Ms Machaca" is one more sighting of her
    assert _kind_of(found, "Nati Machaca") == "official"


def _codebook_message(tmp_path: Path, aliases: str) -> str:
    topics = tmp_path / "corpus" / "topics"
    topics.mkdir(parents=True)
    (topics / "officials.yml").write_text(
        f"- id: jose-fernandez\n  name: José W. Fernández\n  aliases: {aliases}\n  summary: S.\n", encoding="utf-8"
    )
    _, problems = load_codebook(topics, tmp_path, _kinds("official"))
    assert len(problems) == 1, problems
    return str(problems[0])


def test_an_alias_repeating_another_alias_but_for_accents_says_so(tmp_path: Path) -> None:
    message = _codebook_message(tmp_path, "[José Fernández, Jose Fernandez]")
    assert "officials.yml" in message and "topic 'jose-fernandez'" in message and "\n" not in message
    assert "alias 'Jose Fernandez' repeats its alias 'José Fernández' but for accents" in message
    assert "case or spacing" not in message


def test_an_alias_repeating_the_name_but_for_case_says_so(tmp_path: Path) -> None:
    message = _codebook_message(tmp_path, "[josé w. fernández]")
    assert "alias 'josé w. fernández' repeats its name 'José W. Fernández' but for case;" in message
    assert "accents" not in message


# --- the relationship graph page on a phone ------------------------------------------------


@pytest.fixture(scope="module")
def graph_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The trial's briefing built with the real commands, with the codebook it ended with."""
    folder = tmp_path_factory.mktemp("lithium") / "lithium"
    made = run_briefing("new", str(folder), "--title", "Lithium in the Andes",
                        *[arg for kind in TRIAL_KINDS for arg in ("--kind", kind)], cwd=folder.parent)
    assert made.returncode == 0, made.stderr
    for text in TEXTS.glob("*-*.md"):
        shutil.copy(text, folder / "corpus" / "articles" / text.name)
    for topics in (TEXTS / "topics").glob("*.yml"):  # the codebook the trial ended with
        shutil.copy(topics, folder / "corpus" / "topics" / topics.name)
    built = run_briefing("build", "-q", cwd=folder)
    assert built.returncode == 0, built.stdout + built.stderr
    served = SiteServer(folder / "site", "/briefing/").start()
    try:
        yield served
    finally:
        served.stop()


@pytest.mark.browser
@pytest.mark.skipif(os.environ.get(SKIP_ENV) == "1", reason=f"{SKIP_ENV}=1")
@pytest.mark.parametrize("width", [390, 1280])
def test_the_graph_page_does_not_scroll_sideways(browser: Any, graph_site: SiteServer, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    guard = Guard(graph_site.host)
    guard.attach(context)
    page = context.new_page()
    guard.watch_page(page)
    try:
        page.goto(graph_site.base_url + "analysis/graph/", wait_until="networkidle")
        rows = page.locator(".relations-table tbody tr").count()
        assert rows >= 5, rows  # the relations table is there, with long example sentences
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
        guard.assert_clean()
    finally:
        context.close()
