"""Round 15's rules: a topic's cue words (`cues:` in the codebook) attach figures whose sentence
names the topic by no alias ("Two school-aged children died"), and a definite description that
is its sentence's subject ("the cost of the outbreak") refers back to the one topic named before
with that noun. Each on real dev text, with a real counter-example; a codebook without cues
gives what it gave before."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from build_site.codebook import load_codebook
from build_site.model import Topic
from tests.test_fact_rules import facts_of, topic


def cued(item: Topic, *cues: str) -> Topic:
    return replace(item, cues=cues)


MEASLES = [
    cued(topic("measles", "Measles", "measles virus", kind="threat"), "cases", "infected", "disease", "the virus"),
    cued(
        topic("west-texas-outbreak", "West Texas measles outbreak", "West Texas outbreak", kind="threat"),
        "the outbreak",
    ),
    cued(topic("measles-deaths", "Measles deaths", "measles death", kind="challenge"), "deaths", "died", "fatalities"),
    cued(topic("hospitalizations", "Hospitalizations", "hospitalization", kind="challenge"), "hospitalized"),
    topic("imported-cases", "Imported cases", "imported case", kind="challenge"),
]
WITHOUT_CUES = [replace(t, cues=()) for t in MEASLES]
# BNO News (2025): deaths and hospitalizations by a verb, cases by a bare noun.
BNO = (
    "As of Monday, a total of 762 cases were confirmed since the outbreak began in late January. More than "
    "two-thirds involved children, and 99 people were hospitalized. Two school-aged children died.\n"
)


def test_a_figures_own_verb_or_noun_that_is_a_cue_is_that_topics() -> None:
    facts = facts_of(BNO, MEASLES)
    assert facts["Two school-aged children"] == ("measles-deaths",)
    assert facts["99 people"] == ("hospitalizations",)
    assert facts["762 cases"] == ("measles",)
    # Counter-example: the same text with a codebook that declares no cues, as before.
    assert set(facts_of(BNO, WITHOUT_CUES).values()) == {()}


# Global Biodefense (2025): "three deaths" are the deaths', not the measles named after them.
MMWR = (
    "The outbreak has led to 85 hospitalizations (11% of cases) and three deaths, underscoring the severity "
    "of measles and its potential complications. Of the 48 internationally imported cases, 92% occurred among "
    "U.S. residents, highlighting the role of international travel in reintroducing measles into the country.\n"
)


def test_a_cue_noun_outranks_a_later_complement() -> None:
    facts = facts_of(MMWR, MEASLES)
    assert facts["three deaths"] == ("measles-deaths",)
    assert facts_of(MMWR, WITHOUT_CUES)["three deaths"] == ("measles",)
    # Counter-examples: a cue after "of" is no figure's own word ("11% of cases" stays the
    # hospitalizations'), and an alias holding a cue word wins ("imported cases").
    assert facts["11%"] == ("hospitalizations",)
    assert facts["48 internationally imported cases"] == ("imported-cases",)


def test_a_figure_no_rule_places_takes_the_one_topic_its_clause_cues() -> None:
    # Global Biodefense (2025): the 96% are a share of the cases.
    facts = facts_of(
        "Among the 800 reported cases, 96% occurred in individuals who were unvaccinated or had unknown "
        "vaccination status.\n",
        MEASLES,
    )
    assert facts["96%"] == ("measles",)
    # Counter-example, Ruetir (2024): a cue in another clause (past ", which") says nothing of
    # the 90%, though it gives the civilians its own clause counts.
    haiti = [
        cued(topic("gang-violence", "Gang violence", "violence", kind="threat"), "massacres", "killed", "dead"),
        topic("haitian-gangs", "Haitian gangs", "gangs", "gang"),
    ]
    facts = facts_of(
        "More than 90% of those who fled did so by bus, forced to pass through the community of Martissant, "
        "which connects Port-au-Prince to Haiti’s southern region and is controlled by feuding gangs that have "
        "killed dozens of civilians in the area.\n",
        haiti,
    )
    assert facts["More than 90%"] == ()
    assert facts["dozens of civilians"] == ("gang-violence",)


def test_a_cue_is_a_lower_case_word_not_part_of_a_name() -> None:
    # State Department (2023): "Refugees" in the bureau's name is no cue of displacement.
    displacement = cued(topic("displacement", "Displacement", "displaced", kind="challenge"), "refugees", "fled")
    facts = facts_of(
        "This assistance includes nearly $103 million provided through the Department of State’s Bureau of "
        "Population, Refugees, and Migration (PRM) and nearly $60 million through the United States Agency for "
        "International Development (USAID) Bureau for Humanitarian Assistance.\n",
        [displacement],
    )
    assert facts["nearly $103 million"] == ()
    # Counter-example, the same release: the refugees, in lower case, are the displacement's.
    refugees = (
        "Additionally, over 1 million Sudanese refugees, refugees from other countries who had sought safety in "
        "Sudan, and other people affected by the conflict have fled to countries across the region since renewed "
        "hostilities began in Sudan on April 15 and urgently need humanitarian aid.\n"
    )
    assert facts_of(refugees, [displacement])["over 1 million Sudanese refugees"] == ("displacement",)
    assert facts_of(refugees, [replace(displacement, cues=())])["over 1 million Sudanese refugees"] == ()


# Texas Public Radio (2025): Clark County's outbreak, named "our measles outbreak" the sentence before.
CLARK_COUNTY = (
    '"Our analysis of the cost of our measles outbreak was $47,479 per case."\n\n'
    "Overall, the cost of the outbreak was just over 3 million dollars.\n"
)


def test_a_subject_description_refers_back_to_the_one_topic_named_with_its_noun() -> None:
    assert facts_of(CLARK_COUNTY, MEASLES)["over 3 million dollars"] == ("measles",)
    assert facts_of(CLARK_COUNTY, WITHOUT_CUES)["over 3 million dollars"] == ()


def test_a_definite_cue_that_is_no_subject_refers_to_nothing() -> None:
    # Texas Public Radio (2025): "the outbreak" is Clark County's, after no mention: no topic's.
    facts = facts_of(
        "In a 2019 interview with NPR's Ari Shapiro Melnick asserted about the outbreak in his part of the "
        'country that the "problem was 100 percent preventable."\n',
        MEASLES,
    )
    assert facts["100 percent"] == ()
    # NPR (2025): "the outbreak" inside a quotation is no subject, though "measles outbreak" is named before.
    facts = facts_of(
        "Kennedy visited the epicenter of Texas' still-growing measles outbreak on Sunday.\n\n"
        'Kennedy said in a social media post that he was working to "control the outbreak" and went to '
        "Gaines County to comfort the families who have buried two young children.\n",
        MEASLES,
    )
    assert facts["two young children"] == ()


def test_the_codebook_reads_and_checks_cues(tmp_path: Path) -> None:
    for kind in ("actors", "programs", "challenges"):
        (tmp_path / f"{kind}.yml").write_text("", encoding="utf-8")
    (tmp_path / "threats.yml").write_text(
        "- id: measles\n  name: Measles\n  aliases: [measles virus]\n  summary: A virus.\n"
        "  cues: [cases, the  outbreak, cases]\n"
        "- id: deaths\n  name: Deaths\n  summary: Deaths.\n  cues: [Died]\n"
        "- id: virus\n  name: Virus\n  summary: A virus.\n  cues: cases\n"
        "- id: flu\n  name: Flu\n  aliases: [influenza]\n  summary: Flu.\n  cues: [influenza, '', a b c d]\n",
        encoding="utf-8",
    )
    topics, problems = load_codebook(tmp_path)
    assert [(t.id, t.cues) for t in topics] == [("measles", ("cases", "the outbreak"))]
    assert [p.message for p in problems] == [
        "topic 'deaths': cue 'Died' has capitals: a name is an alias, a cue is a common word",
        "topic 'virus': cues must be a list of words, like `cues: [died, deaths]`",
        "topic 'flu': cue 'influenza' is already a name or an alias of this topic",
        "topic 'flu': cue '' is empty or not text",
        "topic 'flu': cue 'a b c d' has more than 3 words; a cue is a word or a short phrase",
    ]
    assert all(p.path == tmp_path / "threats.yml" and p.line for p in problems)
