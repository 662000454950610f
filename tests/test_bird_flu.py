"""What a newcomer's trial on a new subject (H5N1 in US dairy cattle and poultry) found, each on the
real excerpts of tests/fixtures/bird-flu: a name the review queue gives with its short form is
accepted as both; the site's name and description, with quotes, an ampersand and a tag, stay text
in every attribute; the feed says how each article begins; search reads an article's metadata as
words; and the commands answer a slip with what was meant."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from build_site.pipeline import load_inputs
from tests.bird_flu_project import DESCRIPTION, TITLE, new_bird_flu_project, run_ok
from tests.helpers import run_briefing, tree_digest

A = "{http://www.w3.org/2005/Atom}"
USDA = "united-states-department-of-agriculture"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return new_bird_flu_project(tmp_path_factory.mktemp("bird-flu") / "flu")


@pytest.fixture
def unbuilt(tmp_path: Path) -> Path:
    return new_bird_flu_project(tmp_path / "flu", build=False)


def _actors(project: Path) -> dict[str, dict[str, object]]:
    entries = yaml.safe_load((project / "corpus" / "topics" / "actors.yml").read_text(encoding="utf-8"))
    return {entry["id"]: entry for entry in entries}


# --- accept: "Name (ACR)" -------------------------------------------------------------------------

def test_a_name_with_its_short_form_becomes_a_topic_found_by_either(project: Path) -> None:
    """Accepted as written, "United States Department of Agriculture (USDA)" was a name no text
    writes again: "USDA has confirmed …" named no topic, and USDA came back as a candidate."""
    actors = _actors(project)
    assert actors[USDA]["name"] == "United States Department of Agriculture"
    assert actors[USDA]["aliases"] == ["USDA", "U.S. Department of Agriculture"]
    assert actors["animal-and-plant-health-inspection-service"]["aliases"] == ["APHIS"]
    briefing, _ = load_inputs(project / "corpus")
    said = {(m.article_id, m.surface) for m in briefing.mentions_by_topic[USDA]}
    assert ("aphis-idaho-dairy-herd", "USDA") in said  # "To date, USDA has confirmed the detection …"
    assert ("fda-investigation-h5n1-dairy-cattle", "U.S. Department of Agriculture") in said
    aphis = {m.surface for m in briefing.mentions_by_topic["animal-and-plant-health-inspection-service"]}
    assert {"APHIS", "Animal and Plant Health Inspection Service"} <= aphis
    assert not {"USDA", "APHIS"} & {c.text for c in briefing.candidates}


def test_alias_of_with_a_short_form_adds_each_part_it_lacks(unbuilt: Path) -> None:
    result = run_briefing("accept", "U.S. Department of Agriculture (USDA)", "--alias-of", USDA, cwd=unbuilt)
    assert result.returncode == 1  # both parts are names of the topic already: refused, nothing written
    assert "'U.S. Department of Agriculture' is already a name of topic" in result.stderr
    run_ok("accept", "Centers for Disease Control and Prevention", "--kind", "actor", cwd=unbuilt)
    out = run_ok("accept", "Centers for Disease Control and Prevention (CDC)", "--alias-of",
                 "centers-for-disease-control-and-prevention", cwd=unbuilt)
    assert "added alias 'CDC'" in out
    assert _actors(unbuilt)["centers-for-disease-control-and-prevention"]["aliases"] == ["CDC"]


def test_a_parenthesis_that_is_no_short_form_stays_in_the_name(unbuilt: Path) -> None:
    run_ok("accept", "Avian Influenza A (H5N1)", "--kind", "threat", cwd=unbuilt)
    run_ok("accept", "Texas (7)", "--kind", "challenge", "--id", "texas-herds", cwd=unbuilt)
    threats = yaml.safe_load((unbuilt / "corpus" / "topics" / "threats.yml").read_text(encoding="utf-8"))
    challenges = yaml.safe_load((unbuilt / "corpus" / "topics" / "challenges.yml").read_text(encoding="utf-8"))
    assert (threats[0]["name"], threats[0]["aliases"]) == ("Avian Influenza A", ["H5N1"])
    assert challenges[0]["name"] == "Texas (7)" and "aliases" not in challenges[0]


def test_a_short_form_of_two_letters_is_marked_deliberate_not_the_name(unbuilt: Path) -> None:
    refused = run_briefing("accept", "European Union (EU)", "--kind", "actor", cwd=unbuilt)
    assert refused.returncode == 1 and "run the same command again with --deliberate" in refused.stderr
    run_ok("accept", "European Union (EU)", "--kind", "actor", "--deliberate", cwd=unbuilt)
    entry = _actors(unbuilt)["european-union"]
    assert (entry["aliases"], entry["deliberate"]) == (["EU"], ["EU"])


def test_check_as_yaml_gives_the_entries_accept_would_write(unbuilt: Path) -> None:
    """They held `name: U.S. Food and Drug Administration (FDA)` too, and said "in 1 articles"."""
    listed = run_ok("check", "--format", "yaml", cwd=unbuilt)
    entries = {e["id"]: e for e in yaml.safe_load(listed)}
    # "the Food and Drug Administration and Centers for ..." of the APHIS release counts too now.
    fda = entries["food-and-drug-administration"]
    assert (fda["name"], fda["aliases"]) == ("Food and Drug Administration", ["FDA"])
    assert "# for actors.yml: 5 mentions in 2 articles, e.g. “APHIS continues to work closely" in listed
    assert " 1 articles" not in listed


@pytest.mark.parametrize(("given", "said"), [
    ("usda", f"did you mean '{USDA}'?"),  # a short form for the id
    ("united-states-department-of-agricultur", f"did you mean '{USDA}'?"),  # a typo
    ("cdc", f"the topics are {USDA}, animal-and-plant-health-inspection-service (each `id:` in corpus/topics/)"),
])
def test_an_unknown_alias_of_names_the_topic_it_meant(unbuilt: Path, given: str, said: str) -> None:
    before = tree_digest(unbuilt / "corpus")
    result = run_briefing("accept", "USDA APHIS", "--alias-of", given, cwd=unbuilt)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"corpus/topics: error: no topic '{given}' in the codebook; {said}"]
    assert tree_digest(unbuilt / "corpus") == before


# --- the site's name and description in the theme's HTML ----------------------------------------

class _Attributes(HTMLParser):
    """Every element's attributes as a browser's parser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


def test_quotes_and_an_ampersand_in_the_name_and_description_stay_text(project: Path) -> None:
    """Material writes both unescaped: `aria-label=""Bird flu" & dairy"` ended at the second quote."""
    for page in ("index.html", "articles/colorado-layer-operation/index.html", "404.html"):
        parser = _Attributes()
        parser.feed((project / "site" / page).read_text(encoding="utf-8"))
        logos = [attrs for tag, attrs in parser.elements if tag == "a" and "md-logo" in (attrs.get("class") or "")]
        assert [(logo["aria-label"], logo["title"]) for logo in logos] == [(TITLE, TITLE)] * 2, page
        assert not any(tag == "b" for tag, _ in parser.elements), page  # the description's <b> is text
        meta = [attrs for tag, attrs in parser.elements if tag == "meta" and attrs.get("name") == "description"]
        assert [m["content"] for m in meta] == [DESCRIPTION], page


# --- the feed -------------------------------------------------------------------------------------

def test_the_feed_says_who_published_each_article_and_how_it_begins(project: Path) -> None:
    feed = ET.fromstring((project / "site" / "feed.xml").read_bytes())
    summaries = {e.findtext(f"{A}title"): e.findtext(f"{A}summary") for e in feed.iter(f"{A}entry")}
    assert summaries["Colorado layer operation struck by avian flu"] == (
        "WATTPoultry: The presence of highly pathogenic avian influenza (HPAI) commercial egg laying operation"
        " was detected in Weld County, Colorado."
    )
    fda = summaries["Investigation of Avian Influenza A (H5N1) Virus in Dairy Cattle"]
    assert fda is not None  # its first sentence alone is longer than a summary: cut at a word
    assert fda.startswith("U.S. Food and Drug Administration: The U.S. Department of Agriculture (USDA), the U.S.")
    assert fda.endswith("dairy cows, and people in multiple…") and len(fda) < 340


# --- search ---------------------------------------------------------------------------------------

def test_search_reads_an_articles_metadata_as_words(project: Path) -> None:
    """The index ran each label into its value ("PublisherWATTPoultry AuthorRoy Graber"), so the
    result's preview read badly and "WATTPoultry" as a word matched nothing."""
    index = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = [d["text"] for d in index["docs"] if d["location"].startswith("articles/colorado-layer-operation/")]
    assert any(t.startswith("Publisher WATTPoultry Author Roy Graber Published 2024-07-10") for t in texts), texts


# --- the commands ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "line"), [
    ("biuld", "briefing: error: no command 'biuld' (did you mean `briefing build`?); the commands are new,"
              " build, serve, add, check, accept, dismiss, remove"),
    ("ad", "briefing: error: no command 'ad' (did you mean `briefing add`?); the commands are new, build,"
           " serve, add, check, accept, dismiss, remove"),
    ("xyz", "briefing: error: no command 'xyz'; the commands are new, build, serve, add, check, accept, dismiss, remove"),
])
def test_a_mistyped_command_names_the_one_meant(tmp_path: Path, typed: str, line: str) -> None:
    result = run_briefing(typed, "corpus", cwd=tmp_path)
    assert (result.returncode, result.stderr.splitlines(), result.stdout) == (2, [line], "")


@pytest.mark.parametrize(("given", "hint"), [
    ("colorado-layer", "did you mean 'colorado-layer-operation'?"),  # the first words of the id
    ("Colorado-Layer-Operation.md", "did you mean 'colorado-layer-operation'?"),  # the file, not in the folder
    ("aphis-idaho-dairy-hrd", "did you mean 'aphis-idaho-dairy-herd'?"),  # a typo
    ("measles", "give its id or its file, corpus/articles/….md"),
])
def test_remove_of_an_unknown_article_names_the_one_meant(unbuilt: Path, given: str, hint: str) -> None:
    before = tree_digest(unbuilt / "corpus")
    result = run_briefing("remove", given, cwd=unbuilt)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"corpus/articles: error: has no article '{given}' ({hint}); nothing removed"]
    assert tree_digest(unbuilt / "corpus") == before


def test_remove_says_the_site_changes_at_the_next_build(unbuilt: Path) -> None:
    out = run_ok("remove", "colorado-layer-operation", cwd=unbuilt)
    assert out.splitlines() == ["removed corpus/articles/colorado-layer-operation.md (Colorado layer operation struck"
                                " by avian flu); the next `briefing build` takes it off the site"]


def test_a_first_build_that_fails_does_not_speak_of_a_site_it_never_made(unbuilt: Path) -> None:
    actors = unbuilt / "corpus" / "topics" / "actors.yml"
    actors.write_text(actors.read_text(encoding="utf-8") + "\n- id: fda\n  name: FDA\n  aliases: [FDA\n",
                      encoding="utf-8")
    result = run_briefing("build", "-q", cwd=unbuilt)
    assert result.returncode == 1 and not (unbuilt / "site").exists()
    assert result.stderr.splitlines()[-1] == "error: 1 error in the corpus; no site/ was written"
