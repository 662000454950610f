"""A newcomer's briefing on lithium mining in the Andes (evaluation/trials/lithium): the statements
given to the wrong speaker or a garbled one, the speakers its codebook names with accents the texts
leave out, and the bounds of a planned period shown as events. Each rule is tested on the trial's
own sentence and on a counter-example from real text (the trial's or the evaluation's dev texts)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from build_site.events import extract_events
from build_site.statements import Actor, Paragraph, Statement, extract_statements
from tests.helpers import run_briefing

LITHIUM = (
    Actor("karla-calderon", ("Karla Calderón",), "person"),
    Actor("omar-alarcon", ("Omar Alarcón",), "person"),
    Actor("luis-arce", ("Luis Arce", "Arce"), "person"),
    Actor("alvaro-arnez", ("Álvaro Arnez", "Arnez"), "person"),
    Actor("maximo-pacheco", ("Máximo Pacheco", "Pacheco"), "person"),
    Actor("ylb", ("YLB",), "organization"),
    Actor("rosatom", ("Rosatom",), "organization"),
    Actor("uranium-one-group", ("Uranium One Group",), "organization"),
    Actor("gabriel-boric", ("Gabriel Boric",), "person"),
    Actor("jujuy", ("Jujuy",), "organization"),  # a speaker in this codebook, to show the place is not taken
)


def _said(*paragraphs: str, actors: tuple[Actor, ...] = LITHIUM) -> list[Statement]:
    return list(extract_statements([Paragraph(f"p{n}", (p,)) for n, p in enumerate(paragraphs)], actors))


def _speakers(*paragraphs: str, actors: tuple[Actor, ...] = LITHIUM) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_text) for s in _said(*paragraphs, actors=actors)]


# --- 1. a name written without its accents is the codebook's name -----------------------------------

CALDERON = (
    "YLB chief executive Karla Calderon said the pilot plant would produce 1,000 tons of battery-grade lithium "
    "carbonate in its first year, before eventually scaling up to 14,000 tons per year."
)
ALARCON = "The idea is the two plants together will produce 35,000 tonnes of lithium a year, said Omar Alarcon, head of state-run YLB."


def test_a_speaker_without_the_codebook_accents_is_the_codebook_actor() -> None:
    assert _speakers(CALDERON) == [("karla-calderon", "Karla Calderon")]
    assert _speakers(ALARCON, "Alarcon said CBC will build plants based on its own technology and risk.") == [
        ("omar-alarcon", "Omar Alarcon"), ("omar-alarcon", "Alarcon")]


def test_folding_drops_accents_and_nothing_else() -> None:
    """Counter-examples (the trial's Sputnik and BNamericas texts): "Arnez" is Álvaro Arnez, whose given
    name alone has an accent, and "Arce" stays Luis Arce: folding merges no two surnames."""
    arnez = ("\"We are asking for an accelerated and prioritized consideration by the National Assembly, so that "
             "[the agreements] can be approved by the entire Congress and investments can be attracted,\" Arnez said "
             "in an interview with Bolivia TV.")
    assert _speakers(arnez) == [("alvaro-arnez", "Arnez")]
    arce = ("Arce said Bolivian state company YLB and Uranium One, part of Russian state nuclear energy company "
            "Rosatom, will adopt the necessary measures to meet the deadline.")
    assert _speakers(arce) == [("luis-arce", "Arce")]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A briefing of the trial's two texts that name YLB's heads without accents, built by `briefing`."""
    folder = tmp_path_factory.mktemp("lithium") / "lithium"
    result = run_briefing("new", str(folder), "--title", "Lithium in the Andes", "--kind", "company", "--kind",
                          "official", cwd=folder.parent)
    assert result.returncode == 0, result.stderr
    (folder / "corpus" / "topics" / "officials.yml").write_text(
        "- id: karla-calderon\n  name: Karla Calderón\n  summary: Head of YLB in 2024.\n"
        "- id: omar-alarcon\n  name: Omar Alarcón\n  summary: Head of YLB in 2024.\n", encoding="utf-8")
    (folder / "corpus" / "topics" / "companies.yml").write_text(
        "- id: ylb\n  name: YLB\n  summary: Bolivia's state lithium company.\n", encoding="utf-8")
    for name, title, text in (
        ("bolivia-russia.md", "Bolivia signs $450mln lithium deal with Russia", CALDERON),
        ("ylb-cbc.md", "Bolivia's YLB signs $1 billion lithium extraction deals", ALARCON),
    ):
        (folder / "corpus" / "articles" / name).write_text(
            f"---\ntitle: \"{title}\"\npublished: 2024-12-02\n---\n\n{text}\n", encoding="utf-8")
    result = run_briefing("build", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / "site"


@pytest.mark.parametrize(("topic", "words"), [
    ("karla-calderon", "the pilot plant would produce 1,000 tons"),
    ("omar-alarcon", "the two plants together will produce 35,000 tonnes"),
])
def test_the_officials_page_holds_the_statement_the_text_writes_without_accents(
    built: Path, topic: str, words: str
) -> None:
    page = next(built.glob(f"*/{topic}/index.html")).read_text(encoding="utf-8")
    assert "No statement in the corpus is attributed to" not in page
    assert words in page


# --- 2. the one told is not the speaker -------------------------------------------------------------

def test_the_outlet_told_is_no_speaker() -> None:
    mondaca = ("Construction of the industrial complex will take another three years, which, with other factors, "
               "means that rapid large-scale production is impossible, Gonzalo Mondaca, associate researcher at civil "
               "society NGO Cedib, told BNamericas.")
    assert _speakers(mondaca) == [(None, "Gonzalo Mondaca")]
    # counter-example (AFP, held-out-8's ht02): a name after the one told is the speaker
    actors = (Actor("lionel-lazarre", ("Lionel Lazarre", "Lazarre"), "person"),)
    lazarre = ("Thursday’s violence left four dead and five injured in the ranks of the police, told AFP Lionel "
               "Lazarre, head of the national union of Haitian police officers.")
    assert [s for s, _ in _speakers(lazarre, actors=actors)] == ["lionel-lazarre"]


# --- 3. two speakers after the verb -----------------------------------------------------------------

def test_speakers_after_the_verb_are_each_a_speaker_of_the_statement() -> None:
    rosatom = ("Under the agreement, the Russian firm's parent company, Rosatom, will invest in Bolivia over two years "
               "to build a pilot lithium plant in the country's south, said the Bolivian government and Uranium One "
               "Group executives.")
    found = _said(rosatom)
    assert [(s.speaker, s.speaker_text) for s in found] == [
        (None, "the Bolivian government"), ("uranium-one-group", "Uranium One Group executives")]
    assert {s.text for s in found} == {rosatom}  # one statement, recorded once for each of its speakers
    # counter-example (dpa-AFX, held-out-13): a body's name holding "and" is one speaker
    cdc = ("The risk of clade I mpox to the public remains low, and there continue to be sporadic clade II mpox "
           "cases in the United States, Centers for Disease Control and Prevention said in a press release.")
    assert _speakers(cdc) == [(None, "Centers for Disease Control and Prevention")]


# --- 4. a verb whose object is the noun before its subject reports no speech ------------------------

def test_a_plan_someone_announced_is_no_statement() -> None:
    boric = ("The negotiations between the firms are part of the new national lithium strategy President Gabriel "
             "Boric announced in April.")
    assert _said(boric) == []
    # counter-examples: a verb of what was said after a comma and a role keeps its speaker (Sputnik, held-out-17's
    # kd03); a stance's object before its subject is still its stance (AFP, dev's rs02)
    peskov = Actor("dmitry-peskov", ("Dmitry Peskov", "Peskov"), "person")
    kremlin = ("Russia categorically rejects the accusations that it allegedly destroyed the Kakhovka hydroelectric "
               "power plant and believes that Ukraine authorities are fully responsible for the incident, Kremlin "
               "spokesman Dmitry Peskov said on Tuesday.")
    assert [s for s, _ in _speakers(kremlin, actors=(peskov,))] == ["dmitry-peskov"]
    iran = (Actor("iran", ("Iran", "Tehran"), "organization"),)
    charge = "The US, British and Israeli representatives accused Iran of supporting the Houthi strikes, a charge Tehran has denied."
    assert _speakers(charge, actors=iran)[-1] == ("iran", "Tehran")


# --- 5. speakers' names not garbled -----------------------------------------------------------------

def test_a_ministry_in_a_statement_is_the_ministry() -> None:
    ministry = ("The two nations want to \"deepen bilateral cooperation on critical minerals and energy, as well as "
                "Argentina's participation in US strategic supply chains,\" said Argentina's Foreign Ministry in a "
                "statement.")
    assert _speakers(ministry) == [(None, "Argentina's Foreign Ministry")]
    # counter-example (the trial's text): a name and its appositive after "said" stay the name
    assert _speakers(ALARCON) == [("omar-alarcon", "Omar Alarcon")]


def test_residents_of_a_place_are_the_residents_not_the_place() -> None:
    jujuy = ("Argentina is the world's number four lithium producer, but some residents of Jujuy say not only are "
             "they not benefiting from the industry, but that their way of life is under threat as a result of it.")
    assert _speakers(jujuy) == [(None, "residents of Jujuy")]
    # counter-example (ABC News, the red-sea dev texts): a body's name holding "of" is the body
    icrc = (Actor("icrc", ("International Committee of the Red Cross", "ICRC"), "organization"),)
    red_cross = ("The International Committee of the Red Cross said it supported the Yemen Red Crescent Society in the "
                 "emergency response to the strike on the detention facility.")
    assert _speakers(red_cross, actors=icrc) == [("icrc", "International Committee of the Red Cross")]


# --- 6. a planned period's bounds are no events -----------------------------------------------------

def _dates(sentence: str, published: dt.date | None) -> list[str]:
    return [e.date for e in extract_events([Paragraph("p1", (sentence,))], published)]


def test_a_planned_periods_bounds_are_no_events() -> None:
    signed = ("Chile's National Copper Corp. (Codelco) and Sociedad Química y Minera de Chile SA (SQM) have signed a "
              "partnership agreement that establishes the terms and conditions of the public-private partnership that "
              "will take responsibility for production of refined lithium in the Salar de Atacama from 2025 to 2060.")
    assert _dates(signed, None) == []
    faq = dt.date(2023, 5, 23)
    periods = ("It distinguishes two periods of operation: the first, from the Effective Partnership Date until 31 "
               "December 2030; and the second, from 1 January 2031 to 31 December 2060.")
    assert "2031-01-01" not in _dates(periods, faq) and "2060-12-31" not in _dates(periods, faq)
    # counter-examples: a period over has its start and end (held-out-13's mp01), and the FAQ's own dated act stays
    emergency = ("The World Health Organisation declared Mpox a public health emergency of international concern "
                 "from May 2022 to July 2023, but Africa did not receive the support it urgently needed during the period.")
    assert _dates(emergency, dt.date(2024, 8, 15)) == ["2022-05", "2023-07"]
    corfo = ("On 23 May 2023, the Chilean state, through Corfo, tasked Codelco with finding the best ways to achieve the "
             "state's participation in the exploitation of the Salar de Atacama.")
    assert _dates(corfo, faq) == ["2023-05-23"]
