"""Kinds are the briefing's: a briefing that declares places and vessels in mkdocs.yml gets
them on every page, in the nav, the badges and their colours, the matrix, the graph and
briefing.json; a topic file of a kind it lacks is refused naming the file; a bad declaration
is refused naming mkdocs.yml and the option. Built from fixtures of this file's own, from
`briefing new` on, with the real command and a real MkDocs build."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import lxml.html
import pytest

from build_site.codebook import load_codebook
from build_site.model import DEFAULT_KINDS, Kind
from build_site.site_nav import nav_with_kinds
from build_site.project import load_project

from tests.helpers import run_briefing

KINDS_OPTION = """      kinds:
        - {id: actor, singular: Actor, plural: Actors}
        - {id: place, singular: Place, plural: Places}
        - {id: vessel, singular: Vessel, plural: Vessels}
        - {id: port, singular: Port, plural: Ports}
"""
ACTORS = """- id: houthis
  name: Houthis
  aliases: [Ansar Allah]
  type: armed group
  summary: The armed movement that holds much of north-western Yemen.
- id: imo
  name: International Maritime Organization
  aliases: [IMO]
  type: UN agency for shipping, London
  summary: The United Nations agency that sets the rules of shipping.
"""
PLACES = """- id: red-sea
  name: Red Sea
  summary: The sea between Africa and Arabia that leads to the Suez Canal.
- id: bab-el-mandeb
  name: Bab el-Mandeb
  summary: The strait at the southern end of the Red Sea.
"""
VESSELS = """- id: galaxy-leader
  name: Galaxy Leader
  summary: A car carrier seized in the Red Sea in November 2023.
"""
ARTICLES = {
    "seized.md": """---
title: A car carrier is seized
publisher: Harbour Post
published: 2023-11-20
---

The Houthis seized the Galaxy Leader in the Red Sea on Sunday.

Ships now avoid the Bab el-Mandeb, and Operation Prosperity Guardian escorts some of them.
""",
    "escorts.md": """---
title: Escorts in the strait
publisher: Shipping Weekly
published: 2024-01-10
---

The International Maritime Organization asked the Houthis to release the Galaxy Leader.

Operation Prosperity Guardian patrols the Red Sea near the Bab el-Mandeb.
""",
}


def declare(briefing: Path, option: str) -> None:
    """Put `option` (the lines of the plugin's `kinds`) under the briefing plugin of its mkdocs.yml."""
    config = briefing / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text, count = re.subn(r"(  - briefing:\n      corpus: corpus\n)", lambda m: m.group(1) + option, text)
    assert count == 1
    config.write_text(text, encoding="utf-8")


def new_briefing(folder: Path) -> Path:
    result = run_briefing("new", str(folder), "--title", "Red Sea shipping", cwd=folder.parent)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def declared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A briefing declaring actors, places, vessels and ports (ports without a file), built."""
    briefing = new_briefing(tmp_path_factory.mktemp("kinds") / "red-sea")
    declare(briefing, KINDS_OPTION)
    topics = briefing / "corpus" / "topics"
    for path in topics.iterdir():
        path.unlink()  # the default kinds' example files: not this briefing's kinds
    (topics / "actors.yml").write_text(ACTORS, encoding="utf-8")
    (topics / "places.yml").write_text(PLACES, encoding="utf-8")
    (topics / "vessels.yml").write_text(VESSELS, encoding="utf-8")
    for name, text in ARTICLES.items():
        (briefing / "corpus" / "articles" / name).write_text(text, encoding="utf-8")
    built = run_briefing("build", cwd=briefing)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "(2 actors, 2 places, 1 vessel, 0 ports)" in built.stdout
    return briefing


def page(briefing: Path, url: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((briefing / "site" / url / "index.html").read_bytes())


def test_each_declared_kind_has_its_section_and_no_default_kind_has_one(declared: Path) -> None:
    site = declared / "site"
    for url in ("actors/houthis", "places/red-sea", "places/bab-el-mandeb", "vessels/galaxy-leader", "ports"):
        assert (site / url / "index.html").is_file(), url
    assert not any((site / folder).exists() for folder in ("threats", "programs", "challenges"))
    assert page(declared, "places").xpath("string(//article//h1)") == "Places"


def test_the_nav_lists_the_declared_kinds_before_the_articles(declared: Path) -> None:
    tabs = [" ".join(a.text_content().split()) for a in page(declared, "").xpath("//nav[@class='md-tabs']//a")]
    assert tabs[:6] == ["Briefing", "Actors", "Places", "Vessels", "Ports", "Articles"]


def test_badges_mentions_and_graph_wear_the_kinds_labels_and_palette_colours(declared: Path) -> None:
    vessel = page(declared, "vessels/galaxy-leader")
    assert [(b.get("class"), b.text) for b in vessel.xpath("//p[@class='topic-summary']/span")] == [
        ("kind kind--palette-3", "vessel")
    ]
    assert vessel.xpath("string(//div[@class='infobox']//tr[th='Kind']/td)") == "vessel"
    article = page(declared, "articles/seized")
    mentions = {a.text: (a.get("class"), a.get("title")) for a in article.xpath("//a[contains(@class, 'mention')]")}
    assert mentions["Red Sea"] == ("mention mention--palette-2", "Red Sea (place)")
    assert mentions["Galaxy Leader"] == ("mention mention--palette-3", "Galaxy Leader (vessel)")
    labels = [s.text_content().strip() for s in article.xpath("//span[@class='article-topics__kind']")]
    assert labels == ["Actors:", "Places:", "Vessels:"]
    graph = page(declared, "analysis/graph")
    legend = [(s.get("class"), s.text) for s in graph.xpath("//p[@class='legend']/span")]
    assert legend == [("legend__item legend__item--palette-1", "actors"), ("legend__item legend__item--palette-2", "places"),
                      ("legend__item legend__item--palette-3", "vessels"), ("legend__item legend__item--palette-4", "ports")]
    nodes = {n.get("data-topic"): n.get("class") for n in graph.xpath("//a[contains(@class, 'graph__node')]")}
    assert nodes["galaxy-leader"] == "graph__node graph__node--palette-3"
    assert nodes["red-sea"] == "graph__node graph__node--palette-2"
    matrix = page(declared, "analysis/coverage")
    assert {b.text for b in matrix.xpath("//span[contains(@class, 'kind ')]")} == {"actor", "place", "vessel"}


def test_every_colour_class_a_page_wears_is_defined_by_the_stylesheet(declared: Path) -> None:
    css = (declared / "site" / "assets" / "briefing" / "briefing.css").read_text(encoding="utf-8")
    worn = set()
    for path in (declared / "site").rglob("*.html"):
        worn |= set(re.findall(r'class="(?:kind kind|mention mention|graph__node graph__node|legend__item legend__item)'
                               r'--([\w-]+)"', path.read_text(encoding="utf-8")))
    assert worn == {"palette-1", "palette-2", "palette-3", "palette-4"}
    for colour in worn:
        for rule in (f".kind--{colour}", f"a.mention--{colour}", f".graph__node--{colour} circle",
                     f".legend__item--{colour}::before"):
            assert rule in css, rule


def test_the_home_page_counts_and_heads_each_declared_kind(declared: Path) -> None:
    home = page(declared, "")
    glance = [" ".join(a.text_content().split()) for a in home.xpath("//div[@class='glance__item']/a")][:4]
    assert glance == ["2 actors", "2 places", "1 vessel", "0 ports"]
    assert [h.text_content().rstrip("¶") for h in home.xpath("//h2")][:4] == ["Actors", "Places", "Vessels", "Ports"]
    assert "No port of the codebook is mentioned yet." in home.text_content()
    more = [" ".join(a.text_content().split()) for a in home.xpath("//p[@class='more']/a")]
    assert "The 1 vessel" in more and "All 2 places" in more  # not "All 1 vessels"


def test_a_declared_kind_without_a_file_has_a_page_saying_how_to_add_one(declared: Path) -> None:
    text = " ".join(page(declared, "ports").xpath("string(//article)").split())
    assert "No port in the codebook yet. Add one to corpus/topics/ports.yml" in text
    assert 'briefing accept "NAME" --kind port' in text


def test_briefing_json_names_the_kinds_and_their_labels(declared: Path) -> None:
    data = json.loads((declared / "site" / "briefing.json").read_text(encoding="utf-8"))
    assert data["kinds"] == [
        {"id": "actor", "singular": "Actor", "plural": "Actors", "file": "actors.yml", "url": "actors/"},
        {"id": "place", "singular": "Place", "plural": "Places", "file": "places.yml", "url": "places/"},
        {"id": "vessel", "singular": "Vessel", "plural": "Vessels", "file": "vessels.yml", "url": "vessels/"},
        {"id": "port", "singular": "Port", "plural": "Ports", "file": "ports.yml", "url": "ports/"},
    ]
    kinds = {t["id"]: (t["kind"], t["url"]) for t in data["topics"]}
    assert kinds["galaxy-leader"] == ("vessel", "vessels/galaxy-leader/")
    assert kinds["bab-el-mandeb"] == ("place", "places/bab-el-mandeb/")
    assert dict(next(t for t in data["topics"] if t["id"] == "houthis")["attributes"]) == {"type": "armed group"}


def test_a_suggestion_is_never_a_kind_the_briefing_lacks(declared: Path) -> None:
    """"Operation …" is a program by the rules; this briefing has no programs, so no kind fits it
    (not its first kind, actor)."""
    data = json.loads((declared / "site" / "briefing.json").read_text(encoding="utf-8"))
    suggested = {c["text"]: c["suggested_kind"] for c in data["candidates"]}
    assert suggested["Operation Prosperity Guardian"] is None
    assert set(suggested.values()) <= {"actor", "place", "vessel", "port", None}
    review = page(declared, "analysis/review")
    row = next(r for r in review.xpath("//tbody/tr") if r[0].text == "Operation Prosperity Guardian")
    assert row[1].text_content() == "kind: none fits — choose one"
    assert "look like an actor, place, vessel or port" in " ".join(review.text_content().split())
    checked = run_briefing("check", "--format", "yaml", cwd=declared)
    assert checked.returncode == 0, checked.stderr
    files = set(re.findall(r"# for (\w+\.yml):", checked.stdout))
    assert files <= {"actors.yml", "places.yml", "vessels.yml", "ports.yml"}
    assert "# kind: none fits — choose one: 2 mentions" in checked.stdout  # no programs.yml


def test_accept_takes_a_declared_kind_and_refuses_a_default_one(declared: Path, tmp_path: Path) -> None:
    briefing = tmp_path / "copy"
    shutil.copytree(declared, briefing, ignore=shutil.ignore_patterns("site", ".cache"))
    refused = run_briefing("accept", "Operation Prosperity Guardian", "--kind", "program", cwd=briefing)
    assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1
    assert "unknown kind 'program'; the kinds are: actor, place, vessel, port" in refused.stderr
    assert not (briefing / "corpus" / "topics" / "programs.yml").exists()
    added = run_briefing("accept", "Hodeidah", "--kind", "port", cwd=briefing)
    assert added.returncode == 0, added.stderr
    assert "id: hodeidah" in (briefing / "corpus" / "topics" / "ports.yml").read_text(encoding="utf-8")
    check = run_briefing("check", cwd=briefing)
    assert check.returncode == 0 and ", 6 topics, no errors." in check.stdout


@pytest.fixture
def default_briefing(tmp_path: Path) -> Path:
    return new_briefing(tmp_path / "plain")


def test_a_topic_file_of_an_undeclared_kind_is_refused_naming_the_file(default_briefing: Path) -> None:
    (default_briefing / "corpus" / "topics" / "places.yml").write_text(PLACES, encoding="utf-8")
    for command in (("build",), ("check",)):
        result = run_briefing(*command, cwd=default_briefing)
        assert result.returncode == 1, command
        errors = [line for line in result.stderr.splitlines() if "places.yml" in line]
        assert errors == [
            "corpus/topics/places.yml: error: is not the file of a kind of this briefing (threats.yml, actors.yml, "
            "programs.yml, challenges.yml); declare its kind under the briefing plugin's `kinds` in mkdocs.yml, "
            "or move its topics into one of those files"
        ], result.stderr
    assert not (default_briefing / "site").exists()


def test_the_default_kinds_index_pages_join_the_nav_in_their_order(default_briefing: Path) -> None:
    built = run_briefing("build", cwd=default_briefing)
    assert built.returncode == 0, built.stderr
    tabs = [" ".join(a.text_content().split()) for a in page(default_briefing, "").xpath("//nav[@class='md-tabs']//a")]
    assert tabs[:6] == ["Briefing", "Threats", "Actors", "Programs", "Challenges", "Articles"]
    text = " ".join(page(default_briefing, "threats").xpath("string(//article)").split())
    assert "No threat in the codebook yet. Add one to corpus/topics/threats.yml" in text


BAD_DECLARATIONS = {
    "duplicate": ("        - {id: place, singular: Place, plural: Places}\n" * 2, "entry 2: id 'place' is declared twice"),
    "capitals": ("        - {id: Place, singular: Place, plural: Places}\n", "entry 1: id 'Place' must be a lower-case word"),
    "two words": ("        - {id: oil-field, singular: Field, plural: Fields}\n", "id 'oil-field' must be a lower-case word"),
    "no plural": ("        - {id: place, singular: Place}\n", "entry 1: kind 'place' has no plural label"),
    "markup": ("        - {id: place, singular: '<b>Place</b>', plural: Places}\n", "singular label '<b>Place</b>' must be"),
    "two lines": ('        - {id: place, singular: "Place\\nX", plural: Places}\n', "singular label 'Place\\nX' must be"),
    "not a list": ("", "the briefing plugin's `kinds` must be a list of kinds"),
    "taken folder": ("        - {id: article, singular: Article, plural: Articles}\n", "the site's own section"),
}


@pytest.mark.parametrize("name", BAD_DECLARATIONS)
def test_a_bad_declaration_is_one_line_naming_mkdocs_yml_and_the_option(default_briefing: Path, name: str) -> None:
    entries, message = BAD_DECLARATIONS[name]
    declare(default_briefing, "      kinds:\n" + entries if entries else "      kinds: place\n")
    check = run_briefing("check", cwd=default_briefing)
    assert check.returncode == 1 and check.stdout == ""
    assert len(check.stderr.splitlines()) == 1, check.stderr
    assert check.stderr.startswith("mkdocs.yml: error: the briefing plugin's `kinds`") and message in check.stderr
    if name != "not a list":  # MkDocs' own option types refuse that one first, in its words
        build = run_briefing("build", cwd=default_briefing)
        assert build.returncode == 1 and check.stderr.strip() in build.stderr, build.stderr
        assert "Traceback" not in build.stderr


def test_an_actor_type_is_free_text_on_one_short_line(tmp_path: Path) -> None:
    topics = tmp_path / "corpus" / "topics"
    topics.mkdir(parents=True)
    entry = "- id: {id}\n  name: {name}\n  summary: An actor.\n  type: {type}\n"
    (topics / "actors.yml").write_text(
        entry.format(id="one", name="First Group", type="armed group")
        + entry.format(id="two", name="Second Group", type="'line one\n\n    line two'")
        + entry.format(id="three", name="Third Group", type="x" * 61)
        + entry.format(id="four", name="Fourth Group", type="[a, list]"),
        encoding="utf-8",
    )
    topics_found, problems = load_codebook(topics, project=tmp_path, kinds=DEFAULT_KINDS)
    assert [(t.id, t.attributes) for t in topics_found] == [("one", (("type", "armed group"),))]
    assert [p.message.split(":")[0] for p in problems] == ["topic 'two'", "topic 'three'", "topic 'four'"]
    assert all("type must be a short line of text (at most 60 characters)" in p.message for p in problems)


def test_the_nav_keeps_what_the_user_listed_and_adds_the_other_kinds_before_articles() -> None:
    nav = [{"Home": "index.md"}, {"Actors of note": "actors/index.md"}, {"Articles": "articles/index.md"},
           {"About": "about.md"}]
    assert nav_with_kinds(nav, DEFAULT_KINDS) == [
        {"Home": "index.md"}, {"Actors of note": "actors/index.md"}, {"Threats": "threats/index.md"},
        {"Programs": "programs/index.md"}, {"Challenges": "challenges/index.md"}, {"Articles": "articles/index.md"},
        {"About": "about.md"},
    ]
    assert nav_with_kinds([{"Home": "index.md"}], DEFAULT_KINDS[:1]) == [{"Home": "index.md"}, {"Threats": "threats/index.md"}]
    assert nav_with_kinds(None, DEFAULT_KINDS) is None


def test_new_with_kinds_declares_them_and_writes_one_example_file_each(tmp_path: Path) -> None:
    folder = tmp_path / "ships"
    made = run_briefing("new", str(folder), "--title", "Ships", "--kind", "actor", "--kind", "vessel", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert ' accept "NAME" --kind actor  # ' in made.stdout  # a kind this briefing has
    assert load_project(folder / "mkdocs.yml").kinds == (
        Kind("actor", "Actor", "Actors", "palette-1"), Kind("vessel", "Vessel", "Vessels", "palette-2"))
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    assert "{id: place" not in config and "# kinds:" not in config  # the starter's example, not beside the real list
    assert "      kinds:\n        - {id: actor, singular: Actor, plural: Actors}\n" in config
    about = (folder / "docs" / "about.md").read_text(encoding="utf-8")
    assert "topics of each kind (here **actors** and **vessels**)," in about and "threats" not in about
    topics = folder / "corpus" / "topics"
    assert sorted(p.name for p in topics.iterdir()) == ["actors.yml", "vessels.yml"]
    assert "type is free text" in (topics / "actors.yml").read_text(encoding="utf-8")  # the starter's own
    for path in topics.iterdir():
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"^# ?", "", text.split("#\n", 1)[1], flags=re.MULTILINE), encoding="utf-8")
    check = run_briefing("check", cwd=folder)
    assert check.returncode == 0 and ", 2 topics, no errors." in check.stdout, check.stdout + check.stderr
    built = run_briefing("build", cwd=folder)
    assert built.returncode == 0, built.stderr
    assert "(1 actor, 1 vessel)" in built.stdout and (folder / "site" / "vessels" / "example-vessel").is_dir()


def test_new_refuses_a_kind_it_could_not_declare_and_writes_nothing(tmp_path: Path) -> None:
    made = run_briefing("new", str(tmp_path / "b"), "--title", "B", "--kind", "Place", cwd=tmp_path)
    assert made.returncode == 1 and made.stdout == ""
    assert made.stderr.strip().endswith("b: error: --kind: id 'Place' must be a lower-case word (letters a-z), "
                                        "like `place`; nothing written")
    assert not (tmp_path / "b").exists()


def test_new_refuses_a_plural_kind_and_names_the_singular(tmp_path: Path) -> None:
    """`--kind places` would give placess.yml, a placess/ section and a "Placess" heading."""
    made = run_briefing("new", str(tmp_path / "b"), "--title", "B", "--kind", "actor", "--kind", "places", cwd=tmp_path)
    assert made.returncode == 1 and made.stdout == ""
    assert made.stderr.strip() == ("b: error: --kind: 'places' looks plural: a kind is named in the singular, its file"
                                   " and section add the plural (--kind place gives places.yml and places/; a singular that"
                                   " ends in s, such as 'bias', can be declared in mkdocs.yml's `kinds` after `new`);"
                                   " nothing written")
    assert not (tmp_path / "b").exists()
    kept = run_briefing("new", str(tmp_path / "c"), "--title", "C", "--kind", "virus", "--kind", "crisis", cwd=tmp_path)
    assert kept.returncode == 0, kept.stderr  # singulars that end in s
    assert sorted(p.name for p in (tmp_path / "c" / "corpus" / "topics").iterdir()) == ["crises.yml", "viruses.yml"]
    bias = run_briefing("new", str(tmp_path / "d"), "--title", "D", "--kind", "bias", cwd=tmp_path)
    assert bias.returncode == 1 and "can be declared in mkdocs.yml's `kinds` after `new`" in bias.stderr  # the way out


def test_the_default_kinds_render_as_they_always_have(default_briefing: Path) -> None:
    """Without `kinds`, the markup is the one the default kinds had before kinds were declarable."""
    topics = default_briefing / "corpus" / "topics"
    (topics / "threats.yml").write_text("- id: piracy\n  name: Piracy\n  summary: Robbery at sea.\n", encoding="utf-8")
    (topics / "actors.yml").write_text("- id: navy\n  name: Coastal Navy\n  summary: A navy.\n", encoding="utf-8")
    (default_briefing / "corpus" / "articles" / "one.md").write_text(
        "---\ntitle: One\npublisher: P\npublished: 2024-01-01\n---\n\nThe Coastal Navy fought piracy.\n",
        encoding="utf-8",
    )
    built = run_briefing("build", cwd=default_briefing)
    assert built.returncode == 0, built.stderr
    assert "(1 threat, 1 actor, 0 programs, 0 challenges)" in built.stdout
    home = page(default_briefing, "")
    assert [h.text_content().rstrip("¶") for h in home.xpath("//h2")][:4] == [
        "Top threats", "Key actors", "Programs", "Challenges"]
    threat = (default_briefing / "site" / "threats" / "piracy" / "index.html").read_text(encoding="utf-8")
    assert '<span class="kind kind--threat">threat</span>' in threat and "<td>threat</td>" in threat
    article = (default_briefing / "site" / "articles" / "one" / "index.html").read_text(encoding="utf-8")
    assert '<a class="mention mention--actor" href="../../actors/navy/" title="Coastal Navy (actor)">' in article
    graph = (default_briefing / "site" / "analysis" / "graph" / "index.html").read_text(encoding="utf-8")
    assert '<span class="legend__item legend__item--threat">threats</span>' in graph
    assert 'class="graph__node graph__node--actor" data-topic="navy"' in graph
