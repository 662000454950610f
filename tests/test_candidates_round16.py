"""Round 16 of the candidates (issue 17): one test of a person's name for speakers and
candidates, the briefing's own kinds passed to the candidate finder, and `type` and `role` on
kinds of people or bodies other than `actor`. Examples and counter-examples from real text
(tests/fixtures/person-names, excerpts with their sources), read by the real pipeline; the
codebook's keys through the real `briefing` command and a real MkDocs build."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from build_site import candidates
from build_site.article_analysis import speakers, untyped_actor_type
from build_site.candidate_kinds import candidate_sort
from build_site.candidates import article_sightings, covered_spans, find_candidates
from build_site.codebook import load_codebook
from build_site.corpus import load_articles
from build_site.kinds import declared_kinds
from build_site.model import Candidate, Kind, Topic
from build_site.person_names import is_person_name
from build_site.pipeline import Options, build_from
from build_site.text import parse_blocks
from tests.helpers import run_briefing

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "person-names"


def _kinds(*ids: str) -> tuple[Kind, ...]:
    entries = [{"id": i, "singular": i.capitalize(), "plural": f"{i.capitalize()}s"} for i in ids]
    return declared_kinds(entries, Path("mkdocs.yml"))


LITHIUM_KINDS = _kinds("company", "official", "place")


# 1. One test of a person's name.


def test_a_middle_initial_and_an_arabic_article_are_words_of_a_persons_name() -> None:
    """Real names: "said US Attorney General, Merrick B. Garland" (the older test took the
    initial for an acronym), "led by Abdel Fattah al-Burhan" (the newer took the lower-case
    article for no capital)."""
    assert is_person_name("Merrick B. Garland") and is_person_name("Abdel Fattah al-Burhan")
    assert untyped_actor_type("Merrick B. Garland") == "person"
    assert untyped_actor_type("Abdel Fattah al-Burhan") == "person"
    assert is_person_name("Juan Ramón de la Fuente") and is_person_name("Mohamed Hamdan Daglo")
    assert is_person_name("El Chapo") and is_person_name("Marie el-Drese")


def test_a_capitalised_particle_is_a_word_and_a_body_is_no_person() -> None:
    """Real names: "the Los Angeles County Medical Examiner's Office" is an office (the newer test
    dropped "Los" as a particle and read four words as a person's), and so are an acronym, a
    body's head word, an initial left at the end; a cartel opened by a plural article, a rifle
    named with a digit, a group's name joined by "wal" are nobody. "El Chapo" is a man."""
    assert not is_person_name("Los Angeles County Medical Examiner")
    assert candidate_sort(["Los Angeles County Medical Examiner"], False, frozenset()) == "body"
    names = (
        "FBI",
        "Mexican Navy",
        "Army Corps of Engineers",
        "Sudanese Armed Forces",
        "Garland B.",
        "RSF",
        "Los Zetas",
        "M4 Carbine",
        "Jama'at Nusrat al-Islam wal Muslimin",
    )
    for name in names:
        assert not is_person_name(name), name
        assert untyped_actor_type(name) == "organization", name


def test_he_added_after_a_quote_of_an_untyped_actor_with_an_initial_is_that_actor() -> None:
    """Real text: '"...," said US Attorney General, Merrick B. Garland.' then '"...," he added.'
    A codebook actor without a `type` is a person by his name, so the pronoun reaches him."""
    articles, problems = load_articles(FIXTURES / "garland")
    assert articles and not problems
    garland = Topic("merrick-garland", "actor", "Merrick B. Garland", ("Garland",), "US Attorney General.")
    briefing = build_from(articles, [garland], Options(pages=False)).briefing
    added = [s for s in briefing.statements if s.text.startswith("The leaders of violent gangs")]
    assert [s.speaker for s in added] == ["merrick-garland"], briefing.statements
    assert [a.type for a in speakers([garland])] == ["person"]


def test_a_person_with_an_arabic_article_goes_to_the_briefings_kind_of_people() -> None:
    """Real text, two sources: "led by Abdel Fattah al-Burhan", "army chief Abdel Fattah
    al-Burhan" (no title: "chief" is lower case). With kinds `company` and `official`, he is an
    official; the RSF, an acronym, a company (the briefing's kind of bodies)."""
    articles, _ = load_articles(FIXTURES / "burhan")
    found = {c.text: c for c in build_from(articles, [], Options(pages=False, kinds=LITHIUM_KINDS)).briefing.candidates}
    assert found["Abdel Fattah al-Burhan"].suggested_kind == "official"
    assert found["RSF"].suggested_kind == "company"


# 2. The briefing's kinds, not stand-ins.


def test_the_candidate_finder_takes_the_briefings_kinds_with_their_labels() -> None:
    """A kind `geo` labelled "Place" holds places by its label: "led by Abdel Fattah al-Burhan"
    and "in Sudan" read the same, and the person goes to the kind `person` labelled so."""
    articles, _ = load_articles(FIXTURES / "burhan")
    blocks = {a.id: tuple(parse_blocks(a)) for a in articles}
    sightings = [
        (article_sightings(a.id, blocks[a.id]), covered_spans(article_sightings(a.id, blocks[a.id]), blocks[a.id], ()))
        for a in articles
    ]
    kinds = (
        Kind("org", "Body", "Bodies", "palette-1"),
        Kind("who", "Person", "People", "palette-2"),
        Kind("geo", "Place", "Places", "palette-3"),
    )
    found = {c.text: c for c in find_candidates(blocks, sightings, kinds=kinds)}
    assert found["Abdel Fattah al-Burhan"].suggested_kind == "who"
    assert found["RSF"].suggested_kind == "org"
    assert candidates.place_kind_of(kinds) == "geo"
    assert candidates.place_kind_of(kinds[:2]) is None


def test_a_lower_case_adjective_is_no_title_before_a_town() -> None:
    """Real text: "damage to the major Kakhovka dam" (Ahram Online after AFP): "major" is an
    adjective there, no title; "Attorney General Garland" is a title before a town's name."""
    sentence = "Russia and Ukraine have traded accusations over damage to the major Kakhovka dam on the Dnipro River."
    start = sentence.index("Kakhovka")
    town = candidates._Group(forms={"Kakhovka": 1}, placed=1, titled=int(candidates._after_a_title(sentence, start)))
    for word in candidates._word_before(sentence, start):
        town.context[word] = 1
    assert "major" in town.context and candidates._a_town(town)
    titled = "Attorney General Garland on Friday praised the officers in Garland"
    person = candidates._Group(forms={"Garland": 2}, placed=1, titled=int(candidates._after_a_title(titled, 17)))
    assert not candidates._a_town(person)


# 3. `type` and `role` on a kind of people or bodies other than `actor`.

OFFICIALS = """- id: luis-arce
  name: Luis Arce
  type: person
  role: President of Bolivia
  summary: Bolivia's president from 2020.
"""
COMPANIES = """- id: codelco
  name: Codelco
  type: state mining company
  summary: Chile's state copper and lithium company.
"""
PLACES = """- id: salar-de-uyuni
  name: Salar de Uyuni
  role: salt flat
  summary: The largest salt flat in the world.
"""
ARTICLE = """---
title: Lithium in the Andes
publisher: Andes Mining Weekly
published: 2024-03-01
---

President Luis Arce said Bolivia would sell lithium from the Salar de Uyuni, and Codelco said it would bid.
"""


def test_an_official_and_a_company_carry_type_and_role_a_place_does_not(tmp_path: Path) -> None:
    topics = tmp_path / "corpus" / "topics"
    topics.mkdir(parents=True)
    (topics / "officials.yml").write_text(OFFICIALS, encoding="utf-8")
    (topics / "companies.yml").write_text(COMPANIES, encoding="utf-8")
    found, problems = load_codebook(topics, project=tmp_path, kinds=LITHIUM_KINDS)
    assert problems == []
    assert {t.id: t.attributes for t in found} == {
        "luis-arce": (("type", "person"), ("role", "President of Bolivia")),
        "codelco": (("type", "state mining company"),),
    }
    assert {a.id: (a.type, a.role) for a in speakers(found, LITHIUM_KINDS)} == {
        "luis-arce": ("person", "President of Bolivia"),
        "codelco": ("state mining company", ""),
    }
    (topics / "places.yml").write_text(PLACES, encoding="utf-8")
    _, problems = load_codebook(topics, project=tmp_path, kinds=LITHIUM_KINDS)
    assert [p.message for p in problems] == [
        "topic 'salar-de-uyuni': unknown key 'role' (a place has: id, name, aliases, summary, deliberate, not, cues, called)"
    ]


@pytest.fixture(scope="module")
def lithium(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A briefing of companies, officials and places, its official with a role, built."""
    root = tmp_path_factory.mktemp("lithium")
    folder = root / "lithium"
    made = run_briefing(
        "new", str(folder), "--title", "Lithium", "--kind", "company", "--kind", "official", "--kind", "place", cwd=root
    )
    assert made.returncode == 0, made.stderr
    topics = folder / "corpus" / "topics"
    for path in topics.iterdir():
        path.unlink()
    (topics / "officials.yml").write_text(OFFICIALS, encoding="utf-8")
    (topics / "companies.yml").write_text(COMPANIES, encoding="utf-8")
    (folder / "corpus" / "articles" / "andes.md").write_text(ARTICLE, encoding="utf-8")
    built = run_briefing("build", cwd=folder)
    assert built.returncode == 0, built.stdout + built.stderr
    return folder


def test_the_topic_page_and_briefing_json_carry_an_officials_role(lithium: Path) -> None:
    page = lxml.html.fromstring((lithium / "site" / "officials" / "luis-arce" / "index.html").read_bytes())
    rows = {
        " ".join(th.text_content().split()): " ".join(th.getnext().text_content().split())
        for th in page.xpath("//th[@scope='row']")
    }
    assert rows["Role"] == "President of Bolivia" and rows["Type"] == "person"
    data = json.loads((lithium / "site" / "briefing.json").read_text(encoding="utf-8"))
    attributes = {t["id"]: t["attributes"] for t in data["topics"]}
    assert attributes["luis-arce"] == {"type": "person", "role": "President of Bolivia"}
    assert attributes["codelco"] == {"type": "state mining company"}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "[President, Bolivia]",
            "role must be a short line of text (at most 120 characters), not ['President', 'Bolivia']",
        ),
        ("''", "role must be a short line of text (at most 120 characters), not ''"),
    ],
)
def test_a_bad_role_is_one_line_naming_the_file_and_the_topic(
    lithium: Path, tmp_path: Path, value: str, message: str
) -> None:
    folder = tmp_path / "lithium"
    (folder / "corpus").mkdir(parents=True)
    (folder / "mkdocs.yml").write_bytes((lithium / "mkdocs.yml").read_bytes())  # its kinds: company, official, place
    (folder / "corpus" / "topics").mkdir()
    (folder / "corpus" / "articles").mkdir()
    (folder / "corpus" / "topics" / "officials.yml").write_text(
        OFFICIALS.replace("role: President of Bolivia", f"role: {value}"), encoding="utf-8"
    )
    check = run_briefing("check", cwd=folder)
    assert check.returncode == 1
    errors = [line for line in check.stderr.splitlines() if "error" in line]
    assert errors == [f"corpus/topics/officials.yml:1: error: topic 'luis-arce': {message}"], check.stderr
    assert "Traceback" not in check.stderr


# 4. Mends from the dev texts' candidates (tests/fixtures/dev-candidates: dev texts, whole).

DEV = Path(__file__).resolve().parent / "fixtures" / "dev-candidates"


def _dev(folder: str, topics: list[Topic] | None = None) -> dict[str, Candidate]:
    articles, _ = load_articles(DEV / folder)
    assert articles
    return {c.text: c for c in build_from(articles, topics or [], Options(pages=False)).briefing.candidates}


def test_a_ship_word_after_a_name_makes_it_a_vessel() -> None:
    """Real text: "Managers of the Galaxy Leader cargo ship", "the crew of the Galaxy Leader, a
    vehicle carrier seized in November": a vessel, no kind among the default four; the Houthis
    ("Houthis seized ... the ship") stay an actor."""
    found = _dev("ships")
    assert found["Galaxy Leader"].suggested_kind is None
    assert found["Houthis"].suggested_kind == "actor"


def test_an_organization_is_a_designation_only_as_terrorist() -> None:
    """Real text: "the United Nations' International Organization for Migration (IOM)" and
    "Transnational Criminal Organizations (TCOs) traffic illicit drugs" are bodies; "Foreign
    Terrorist Organizations (FTOs)" are a designation, a program."""
    found = _dev("designations")
    assert found["International Organization for Migration (IOM)"].suggested_kind == "actor"
    assert found["Transnational Criminal Organizations (TCO)"].suggested_kind == "actor"
    assert candidates.suggest_kind("Foreign Terrorist Organization") == "program"
    assert candidates.suggest_kind("Significant Foreign Narcotics Trafficker") == "program"


def test_a_source_the_text_cites_is_no_threat_by_its_head_word() -> None:
    """Real text: "according to Cal Fire" where the codebook's fires ("Eaton Fire") are threats:
    Cal Fire, the state's fire agency, is an actor, not a fire."""
    fires = [
        Topic("palisades-fire", "threat", "Palisades Fire", (), "A fire."),
        Topic("eaton-fire", "threat", "Eaton Fire", (), "A fire."),
    ]
    assert _dev("cited", fires)["Cal Fire"].suggested_kind == "actor"


def test_known_as_after_the_object_of_of_names_the_noun_not_the_topic() -> None:
    """Real text: "sons of the now-imprisoned former head of the Cartel, known as El Chapo": El
    Chapo is the head, a person, not another name of the cartels; "the Cartel's leaders, known as
    the Chapitos" still offers the Chapitos as their alias."""
    cartels = [Topic("mexican-cartels", "actor", "Mexican drug cartels", ("Sinaloa Cartel", "Cartel"), "Cartels.")]
    found = _dev("known-as", cartels)
    assert found["El Chapo"].alias_of is None and found["El Chapo"].suggested_kind == "actor"
    assert found["Chapitos"].alias_of == "mexican-cartels"


def test_a_name_after_a_word_of_the_compass_is_a_region() -> None:
    """Real text: "the city in western Darfur", "North Darfur": a region, no candidate among the
    default kinds (no kind for places); the Rapid Support Forces stay."""
    found = _dev("regions")
    assert "Darfur" not in found
    assert found["Rapid Support Forces (RSF)"].suggested_kind == "actor"


def test_a_middle_initial_ends_an_office_and_starts_no_name() -> None:
    """Real text, three Treasury releases: "said Under Secretary of the Treasury for Terrorism and
    Financial Intelligence Brian E. Nelson": the candidate is Brian E. Nelson, not the office and
    the name run together; the Office of Foreign Assets Control stays whole."""
    found = _dev("office")
    assert found["Brian E. Nelson"].suggested_kind == "actor"
    assert not [text for text in found if text.startswith("Secretary of the Treasury")]
    assert "Office of Foreign Assets Control (OFAC)" in found
