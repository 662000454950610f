"""Which kinds speak (kinds.speaks), on the Colorado River briefing a newcomer starts with
`--kind agency --kind place --kind agreement --kind measure` (real excerpts of
tests/fixtures/colorado): its agencies had no "In their own words" and no statement was ever
theirs, because only a kind called `actor` could speak."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from build_site.article_analysis import speakers
from build_site.kinds import KIND_NAMES, holds_people, speaking_kinds, speaks
from build_site.matcher import Matcher
from build_site.model import DEFAULT_KINDS, Kind, Topic
from tests.helpers import ROOT, run_briefing

TEXTS = ROOT / "tests" / "fixtures" / "colorado"
KINDS = ("agency", "place", "agreement", "measure")
TOPICS = {
    "agencies.yml": """- id: interior
  name: Department of the Interior
  aliases: [Interior, Interior Department]
  summary: The federal department that manages the Colorado River's dams.
- id: reclamation
  name: Bureau of Reclamation
  aliases: [Reclamation, U.S. Bureau of Reclamation]
  summary: Interior's water agency.
""",
    "places.yml": """- id: lake-mead
  name: Lake Mead
  summary: The reservoir behind Hoover Dam.
""",
    "measures.yml": """- id: level-1-shortage
  name: Level 1 Shortage Condition
  summary: The first tier of cuts.
""",
    "agreements.yml": """- id: water-treaty
  name: 1944 Water Treaty
  summary: The treaty that shares the river with Mexico.
""",
}
OFFICIALS = """- id: brenda-burman
  name: Brenda Burman
  summary: Commissioner of Reclamation in 2019.
- id: camille-touton
  name: Camille Touton
  summary: Deputy Commissioner of Reclamation in 2021.
"""


def _kind(kind_id: str, singular: str = "", plural: str = "") -> Kind:
    return Kind(kind_id, singular or kind_id.title(), plural or kind_id.title() + "s", "c1")


# --- the rule --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "speaking", "people"), [
    (_kind("actor"), True, False),
    (_kind("actor", "Threat actor", "Threat actors"), True, False),  # the kind `actor` always speaks
    (_kind("agency", "Agency", "Agencies"), True, False),
    (_kind("org", "Organisation", "Organisations"), True, False),  # by its labels
    (_kind("ministry", "Ministry", "Ministries"), True, False),
    (_kind("person", "Person", "People"), True, True),
    (_kind("official"), True, True),
    (_kind("who", "Public official", "Public officials"), True, True),
    (_kind("place"), False, False),
    (_kind("measure"), False, False),
    (_kind("agreement"), False, False),
    (_kind("threat"), False, False),
    (_kind("program"), False, False),
    (_kind("challenge"), False, False),
    (_kind("scheme", "Government program", "Government programs"), False, False),  # a body's programs
    (_kind("lake", "Water body", "Water bodies"), False, False),  # "body" of water: still a place
])
def test_a_kind_speaks_when_it_names_people_or_bodies(kind: Kind, speaking: bool, people: bool) -> None:
    assert (speaks(kind), holds_people(kind)) == (speaking, people)


def test_the_rule_and_the_candidates_never_disagree() -> None:
    """A kind the candidates file actors or organizations under speaks; one they file places,
    measures, agreements, threats or vessels under never does."""
    for word in {*KIND_NAMES["actor"], *KIND_NAMES["organization"]}:
        assert speaks(_kind(word)), word
    mute = {word for nature, words in KIND_NAMES.items() if nature not in ("actor", "organization") for word in words}
    for word in mute:
        assert not speaks(_kind(word)), word


def test_the_default_kinds_speak_as_before() -> None:
    assert speaking_kinds(DEFAULT_KINDS) == ("actor",)


def test_an_agency_is_a_body_and_an_official_a_person() -> None:
    """A surname, a title or a pronoun stands for a person: an official, never an agency, whatever
    its name looks like; a place or a measure is no speaker at all."""
    kinds = (_kind("agency", "Agency", "Agencies"), _kind("place"), _kind("official"), _kind("measure"))
    topics = [
        Topic("reclamation", "agency", "Bureau of Reclamation", ("Reclamation",), ""),
        Topic("usbr-head", "agency", "Camille Touton", (), ""),  # filed as an agency: a body
        Topic("lake-mead", "place", "Lake Mead", (), ""),
        Topic("touton", "official", "Camille Touton", (), ""),
        Topic("epa", "official", "EPA", (), ""),  # filed as an official: a person
        Topic("shortage", "measure", "Level 1 Shortage Condition", (), ""),
    ]
    found = {actor.id: actor.type for actor in speakers(topics, kinds)}
    assert found == {"reclamation": "organization", "usbr-head": "organization", "touton": "person", "epa": "person"}
    assert Matcher(topics, actor_kinds=speaking_kinds(kinds)).actors == {"reclamation", "usbr-head", "touton", "epa"}


# --- the briefing, built -------------------------------------------------------------------------

def _ok(*args: str, cwd: Path) -> str:
    result = run_briefing(*args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _start(folder: Path, officials: bool) -> Path:
    kinds = [word for kind in (*KINDS, *(("official",) if officials else ())) for word in ("--kind", kind)]
    _ok("new", str(folder), "--title", "Colorado River", *kinds, cwd=folder.parent)
    for text in [*TEXTS.glob("*.md"), *(TEXTS / "speakers").glob("*.md")]:
        if text.name != "README.md":
            shutil.copy(text, folder / "corpus" / "articles" / text.name)
    for name, entries in {**TOPICS, **({"officials.yml": OFFICIALS} if officials else {})}.items():
        (folder / "corpus" / "topics" / name).write_text(entries, encoding="utf-8")
    _ok("build", "-q", cwd=folder)
    return folder


@pytest.fixture(scope="module")
def agencies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _start(tmp_path_factory.mktemp("speakers") / "colorado", officials=False)


@pytest.fixture(scope="module")
def officials(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _start(tmp_path_factory.mktemp("officials") / "colorado", officials=True)


def _said(folder: Path) -> list[tuple[str | None, str | None, str]]:
    data = json.loads((folder / "site" / "briefing.json").read_text(encoding="utf-8"))
    return [(s["speaker"], s["speaker_text"], s["text"][:30]) for s in data["statements"]]


def _page(folder: Path, path: str) -> str:
    return (folder / "site" / path / "index.html").read_text(encoding="utf-8")


def test_the_agencies_speak(agencies: Path) -> None:
    """The Interior release's "The Department of the Interior today announced" and the Daily
    Caller's "the U.S. Bureau of Reclamation said in a statement" are the agencies'; a named
    official who is no topic is kept as the article names them, never made the agency."""
    said = _said(agencies)
    assert ("interior", "Department of the Interior", "The Department of the Interior") in said
    assert ("reclamation", "U.S. Bureau of Reclamation", "The shortage will reduce water") in said
    assert (None, "Reclamation Deputy Commissioner Camille Touton", "Today’s announcement of a Leve") in said
    assert (None, "Burman", "Nobody questions the growing r") in said  # shown without her title
    # counter-example: a place, a measure or an agreement never speaks, though each is named
    assert {speaker for speaker, _, _ in said} == {"interior", "reclamation", None}


def test_an_agency_page_has_their_own_words_and_a_place_page_none(agencies: Path) -> None:
    page = _page(agencies, "agencies/reclamation")
    own = page.split('id="in-their-own-words"', 1)[1].split("<h2", 1)[0]
    assert "The shortage will reduce water distribution in Arizona, Nevada and Mexico" in own
    assert re.search(r'href="[^"]*lake-mead-first-shortage/#p\d+"', own)
    assert "In their own words" in _page(agencies, "agencies/interior")
    for path in ("places/lake-mead", "measures/level-1-shortage", "agreements/water-treaty"):
        assert "In their own words" not in _page(agencies, path), path


def test_the_statements_page_names_the_kinds_that_speak(agencies: Path, officials: Path) -> None:
    intro = _page(agencies, "analysis/statements").split("Who said what:", 1)[1].split("</p>", 1)[0]
    assert "A speaker is one of the codebook's agencies, or a name as the article writes it;" in intro
    intro = _page(officials, "analysis/statements").split("Who said what:", 1)[1].split("</p>", 1)[0]
    assert "A speaker is one of the codebook's agencies or officials, or a name as the article writes it;" in intro


def test_officials_are_named_by_title_surname_and_pronoun(officials: Path) -> None:
    """With a kind of officials, "Commissioner Burman" is Brenda Burman and "she added" is
    Camille Touton, named just before; the agencies still speak for themselves."""
    said = _said(officials)
    assert ("brenda-burman", "Burman", "Nobody questions the growing r") in said
    assert ("camille-touton", "Reclamation Deputy Commissioner Camille Touton",
            "Today’s announcement of a Leve") in said
    assert ("camille-touton", "she", "While these agreements and act") in said
    assert ("reclamation", "U.S. Bureau of Reclamation", "The shortage will reduce water") in said
    assert "In their own words" in _page(officials, "officials/brenda-burman")


def test_an_agency_one_word_name_is_a_proper_name_as_an_actor_is() -> None:
    """The matcher's rules for actors' names hold for a body of any speaking kind: "Reclamation"
    after "Commissioner of" is the agency, as an actor's one-word name would be; filed under a kind
    that does not speak, a one-word name in sentence case there is a title's word."""
    topics = [Topic("reclamation", "agency", "Reclamation", (), "")]
    sentence = "The deadline was set by the Commissioner of Reclamation last December."
    assert [m.topic_id for m in Matcher(topics, actor_kinds=("agency",)).find(sentence)] == ["reclamation"]
    assert Matcher(topics, actor_kinds=()).find(sentence) == []
