"""A newcomer's briefing on the Colorado River's drought and water sharing (real excerpts of
tests/fixtures/colorado), started with kinds of its own, and the slips of its first weeks: a
kind or an option mistyped, two topics merged, a topic given to `remove`, a file name typed
without its folder, a kind file deleted by hand, a YAML key glued to its value, and the file
`check --format yaml` names for a kind whose file is still the legacy `agencys.yml`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from build_site.closest import closest, did_you_mean
from build_site.model import Kind
from build_site.scaffold import example_file
from build_site.whats_new import by_moment, when
from tests.helpers import ROOT, run_briefing, tree_digest

TEXTS = ROOT / "tests" / "fixtures" / "colorado"
KINDS = ("agency", "place", "agreement", "measure")


def _ok(*args: str, cwd: Path) -> str:
    result = run_briefing(*args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The briefing as `new` writes it, its three texts in, two names accepted; never built."""
    folder = tmp_path_factory.mktemp("trial") / "colorado"
    kinds = [word for kind in KINDS for word in ("--kind", kind)]
    _ok("new", str(folder), "--title", "Colorado River: drought and water sharing", *kinds, cwd=folder.parent)
    for text in sorted(TEXTS.glob("*.md")):
        if text.name != "README.md":
            shutil.copy(text, folder / "corpus" / "articles" / text.name)
    _ok("accept", "Lake Mead", "--kind", "place", cwd=folder)
    _ok("accept", "Hoover Dam", "--kind", "place", cwd=folder)
    return folder


@pytest.fixture()
def briefing(started: Path, tmp_path: Path) -> Path:
    """A copy of the started briefing for a test that changes it."""
    return Path(shutil.copytree(started, tmp_path / "colorado"))


def _topics(folder: Path, file: str) -> dict[str, dict[str, object]]:
    entries = yaml.safe_load((folder / "corpus" / "topics" / file).read_text(encoding="utf-8")) or []
    return {entry["id"]: entry for entry in entries}


# --- one rule for "did you mean" -------------------------------------------------------------------

@pytest.mark.parametrize(("wanted", "ids", "first", "found"), [
    ("plac", ["agency", "place", "agreement"], [], ["place"]),  # a letter short: the id it begins
    ("lake-mea", ["lake-mead", "lake-powell"], [], ["lake-mead"]),
    ("agreemnt", ["agency", "place", "agreement"], [], ["agreement"]),  # a letter left out
    ("usbr", ["lake-mead", "bureau-of-reclamation"], ["bureau-of-reclamation"], ["bureau-of-reclamation"]),
    ("salt", ["lake-mead", "lake-powell"], [], []),
    # the id it begins, then one a word of which it begins, then one it is inside of; shorter first
    ("r", ["army-report-x", "car", "r2", "rain-gauges", "road"], [], ["r2", "road", "rain-gauges", "army-report-x", "car"]),
])
def test_one_rule_finds_what_a_mistyped_id_meant(wanted: str, ids: list[str], first: list[str], found: list[str]) -> None:
    assert closest(wanted, ids, first) == found


def test_did_you_mean_names_three_and_counts_the_rest() -> None:
    assert did_you_mean(["a", "b"]) == "did you mean 'a' or 'b'?"
    assert did_you_mean(["a", "b", "c", "d", "e"]) == "did you mean 'a' or 'b' or 'c' (2 more)?"


def test_a_kind_typed_a_letter_short_is_named(started: Path) -> None:
    """`--kind plac` said only "unknown kind 'plac'": the hint was kept for a plural."""
    before = tree_digest(started / "corpus")
    result = run_briefing("accept", "Lake Powell", "--kind", "plac", cwd=started)
    assert (result.returncode, result.stderr.splitlines()) == (1, [
        "corpus/topics: error: unknown kind 'plac' (did you mean 'place'?); the kinds are: agency, place, agreement,"
        " measure",
    ])
    assert tree_digest(started / "corpus") == before


def test_remove_and_accept_suggest_alike(started: Path) -> None:
    """Both said "did you mean", by two rules: accept's missed the id a reference begins."""
    accept = run_briefing("accept", "Hoover", "--alias-of", "lake", cwd=started)
    remove = run_briefing("remove", "reclamation-governors", cwd=started)
    assert accept.stderr.strip().endswith("no topic 'lake' in the codebook; did you mean 'lake-mead'?")
    assert remove.stderr.strip() == ("corpus/articles: error: has no article 'reclamation-governors' (did you mean"
                                     " 'reclamation-governors-input'?); nothing removed")


# --- merging two topics ------------------------------------------------------------------------------

def test_a_name_of_another_topic_says_how_to_merge_the_two(briefing: Path) -> None:
    """It said "topic 'hoover-dam': alias 'Hoover Dam' is already claimed by topic 'lake-mead'",
    blaming the topic that had the name first for the one being added."""
    before = tree_digest(briefing / "corpus")
    result = run_briefing("accept", "Hoover Dam", "--alias-of", "lake-mead", cwd=briefing)
    assert (result.returncode, result.stderr.splitlines()) == (1, [
        "corpus/topics/places.yml:15: error: 'Hoover Dam' is already a name of topic 'hoover-dam', so not also of"
        " 'lake-mead'; nothing written (to merge the two, delete the entry of 'hoover-dam' here, then run this"
        " again; its other names can follow with --alias-of)",
    ])
    assert tree_digest(briefing / "corpus") == before
    places = briefing / "corpus" / "topics" / "places.yml"
    kept = places.read_text(encoding="utf-8").split("\n- id: hoover-dam")[0] + "\n"
    places.write_text(kept, encoding="utf-8")  # what the advice says
    assert _ok("accept", "Hoover Dam", "--alias-of", "lake-mead", cwd=briefing).startswith("added alias 'Hoover Dam'")
    assert _topics(briefing, "places.yml")["lake-mead"]["aliases"] == ["Hoover Dam"]


# --- remove ----------------------------------------------------------------------------------------

def test_remove_takes_a_file_name_typed_without_its_folder(briefing: Path) -> None:
    """`briefing remove colorado-river-compact.md` answered "did you mean 'colorado-river-compact'?"."""
    out = _ok("remove", "colorado-river-compact.md", cwd=briefing)
    assert out.startswith("removed corpus/articles/colorado-river-compact.md (Colorado River Compact)")
    assert not (briefing / "corpus" / "articles" / "colorado-river-compact.md").exists()


def test_remove_suggests_the_id_a_short_reference_begins_first(briefing: Path) -> None:
    """`briefing remove r` suggested 'army-report-…' before 'r2': the ids holding "r" came in file order."""
    articles = briefing / "corpus" / "articles"
    shutil.copy(articles / "colorado-river-compact.md", articles / "r2.md")
    before = tree_digest(briefing / "corpus")
    result = run_briefing("remove", "r", cwd=briefing)
    assert result.returncode == 1
    assert result.stderr.startswith("corpus/articles: error: has no article 'r' (did you mean 'r2' or ")
    assert tree_digest(briefing / "corpus") == before


def test_remove_given_a_topic_says_where_the_topic_is(started: Path) -> None:
    before = tree_digest(started / "corpus")
    result = run_briefing("remove", "hoover-dam", cwd=started)
    assert (result.returncode, result.stderr.splitlines()) == (1, [
        "corpus/topics/places.yml:15: error: 'hoover-dam' is a topic, not an article: `briefing remove` takes"
        " articles; to take the topic out, delete its entry here (its mentions leave the site at the next build);"
        " nothing removed",
    ])
    assert tree_digest(started / "corpus") == before


# --- a mistyped option --------------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "line"), [
    (["accept", "Utah", "--alias-off", "lake-mead"],
     "briefing accept: error: unrecognized arguments: --alias-off (did you mean --alias-of?) lake-mead;"
     " see `briefing accept -h`"),
    (["check", "--formt", "yaml"],
     "briefing check: error: unrecognized arguments: --formt (did you mean --format?) yaml; see `briefing check -h`"),
    (["check", "extra"], "briefing check: error: unrecognized arguments: extra; see `briefing check -h`"),
])
def test_a_mistyped_option_names_the_one_meant(started: Path, args: list[str], line: str) -> None:
    """argparse printed its usage and "unrecognized arguments: --alias-off lake-mead", no hint."""
    before = tree_digest(started / "corpus")
    result = run_briefing(*args, cwd=started)
    assert (result.returncode, result.stderr.splitlines(), result.stdout) == (2, [line], "")
    assert tree_digest(started / "corpus") == before


# --- a kind file deleted by hand ------------------------------------------------------------------

def test_accept_into_a_deleted_kind_file_writes_its_header_again(briefing: Path) -> None:
    """The file came back as a bare list, without the lines `new` writes to explain it."""
    measures = briefing / "corpus" / "topics" / "measures.yml"
    header = measures.read_text(encoding="utf-8")
    measures.unlink()
    _ok("accept", "Level 2a Shortage Condition", "--kind", "measure", cwd=briefing)
    written = measures.read_text(encoding="utf-8")
    assert written.startswith(header) and header.startswith("# corpus/topics/measures.yml: the measures")
    assert list(_topics(briefing, "measures.yml")) == ["level-2a-shortage-condition"]
    assert "no errors" in _ok("check", cwd=briefing)


def test_the_example_file_is_the_one_new_writes(started: Path) -> None:
    for kind_id, file in (("agency", "agencies.yml"), ("agreement", "agreements.yml")):
        kind = Kind(kind_id, kind_id.title(), file.removesuffix(".yml").title(), "kind--palette-1")
        assert example_file(kind) == (started / "corpus" / "topics" / file).read_text(encoding="utf-8")


# --- YAML typed by hand -------------------------------------------------------------------------------

@pytest.mark.parametrize(("entry", "line"), [
    ("- id: utah\n  name:Utah\n  summary: A state of the Upper Basin.\n",
     "error: is not valid YAML (could not find expected ':'): `name:Utah` needs a space after `name:`"),
    ("- id: utah\n  name: Utah\n   aliases: [UT]\n  summary: A state of the Upper Basin.\n",
     "error: is not valid YAML (mapping values are not allowed in this context): `aliases: [UT]` is indented"
     " further than the line above it: align the two"),
    ("- id: utah\n  name: Utah\n  summary: Upper Basin: 23% of its share.\n",
     "error: is not valid YAML (mapping values are not allowed in this context): put a value that contains ': '"
     " in quotes"),
])
def test_a_yaml_slip_is_named_where_it_is(briefing: Path, entry: str, line: str) -> None:
    """A key glued to its value or a line indented too far got "could not find expected ':'"
    or the advice to quote a value, a line below the slip."""
    places = briefing / "corpus" / "topics" / "places.yml"
    places.write_text(places.read_text(encoding="utf-8") + "\n" + entry, encoding="utf-8")
    result = run_briefing("check", cwd=briefing)
    assert result.returncode == 1
    assert [ln.split(": ", 1)[1] for ln in result.stderr.splitlines()] == [line]


# --- check --format yaml and a legacy kind file -----------------------------------------------------

def test_check_as_yaml_names_the_legacy_file_the_briefing_has(briefing: Path) -> None:
    """It said "# for agencies.yml" where the briefing's agencies are in `agencys.yml`."""
    topics = briefing / "corpus" / "topics"
    (topics / "agencies.yml").rename(topics / "agencys.yml")
    listed = _ok("check", "--format", "yaml", cwd=briefing)
    assert "# for agencys.yml: 3 mentions in 2 articles, e.g. “" in listed
    assert "agencies.yml" not in listed


def test_check_offers_nothing_for_a_name_a_topic_has(briefing: Path) -> None:
    """A dateline in capitals stayed a candidate after "Salt Lake City" was accepted: as
    `id: salt-lake-city-2` (an entry that pasted is refused as the topic's name), and in the text
    listing. A known name in another case is no candidate, and the place's name in the dateline is
    now a mention of the place. A dateline is no candidate before either (the place a report was
    filed from)."""
    for text in sorted((TEXTS / "datelines").glob("*.md")):
        shutil.copy(text, briefing / "corpus" / "articles" / text.name)
    assert "name: SALT LAKE CITY" not in _ok("check", "--format", "yaml", cwd=briefing)
    _ok("accept", "Salt Lake City", "--kind", "place", cwd=briefing)
    listed = _ok("check", "--format", "yaml", cwd=briefing)
    assert "name: SALT LAKE CITY" not in listed and "# SALT LAKE CITY:" not in listed
    assert "salt-lake-city-2" not in listed
    assert "  SALT LAKE CITY  [" not in _ok("check", cwd=briefing)  # a candidate's line: count, name, [kind]


def test_check_as_yaml_names_the_plural_file_otherwise(started: Path) -> None:
    assert "# for agencies.yml: 3 mentions in 2 articles" in _ok("check", "--format", "yaml", cwd=started)


# --- What is new: two builds in one minute ---------------------------------------------------------

def test_two_builds_in_one_minute_are_listed_under_one_heading() -> None:
    """The home page showed "5 December 2026, 11:52 UTC" twice, one above each build's items."""
    items = [("Tier 2 Shortage", "2026-12-05T11:52:40+00:00"), ("Utah", "2026-12-05T11:52:06+00:00"),
             ("Mexico", "2026-12-05T11:49:59+00:00")]
    runs = by_moment(items)
    assert [(when(at), [name for name, _ in group]) for at, group in runs] == [
        ("5 December 2026, 11:52 UTC", ["Tier 2 Shortage", "Utah"]),
        ("5 December 2026, 11:49 UTC", ["Mexico"]),
    ]
    assert runs[0][0] == "2026-12-05T11:52:40+00:00"  # the newest moment, for the `datetime`


# --- the Statements page of a briefing of agencies -------------------------------------------------

def _statements_intro(folder: Path) -> str:
    _ok("build", "-q", cwd=folder)
    page = (folder / "site" / "analysis" / "statements" / "index.html").read_text(encoding="utf-8")
    return page.split("Who said what:", 1)[1].split("</p>", 1)[0]


def test_the_statements_page_names_the_kinds_that_speak(briefing: Path) -> None:
    """It said "A speaker is an actor of the codebook" in a briefing of agencies and places, then
    "this briefing has no actors", though its agencies speak (kinds.speaks)."""
    assert "A speaker is one of the codebook's agencies, or a name as the article writes it;" in _statements_intro(
        briefing)
    config = briefing / "mkdocs.yml"
    declared = "        - {id: measure, singular: Measure, plural: Measures}\n"
    text = config.read_text(encoding="utf-8")
    assert declared in text
    config.write_text(text.replace(declared, declared + "        - {id: actor, singular: Actor, plural: Actors}\n"),
                      encoding="utf-8")
    assert "A speaker is an actor of the codebook, or a name as the article writes it;" in _statements_intro(briefing)
