"""Round 20's figure rules, each a shape counted across subjects: a synonym of a cue (a closed
list of words for the same counted thing). Each on a real dev sentence and on a counter-example
of another subject."""
from __future__ import annotations

from pathlib import Path

from build_site.model import Article, Topic
from tests.helpers import briefing_of


def facts_of(body: str, topics: list[Topic]) -> dict[str, tuple[str, ...]]:
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    return {f.text: f.topics for f in briefing_of([article], topics).facts}


def topic(topic_id: str, name: str, *aliases: str, kind: str = "challenge", cues: tuple[str, ...] = ()) -> Topic:
    return Topic(topic_id, kind, name, aliases, "A topic.", cues=cues)


# Helene (Extreme Weather Heroes, National Courrier): the toll's codebook cues "killed, deaths,
# lives", and the texts write "fatalities".
TOLL = topic("death-toll", "Helene death toll", "death toll", cues=("killed", "deaths", "lives"))
FATALITIES = "As of Wednesday, North Carolina reported 102 fatalities from the storm.\n"


def test_a_synonym_of_two_cues_of_a_topic_is_its_cue() -> None:
    assert facts_of(FATALITIES, [TOLL])["102 fatalities"] == ("death-toll",)
    linked = "Tragically, the storm has been linked to at least 61 fatalities across all affected states.\n"
    assert facts_of(linked, [TOLL])["at least 61 fatalities"] == ("death-toll",)
    # Counter-example: a codebook that cues none of the list's words, as before.
    assert facts_of(FATALITIES, [topic("death-toll", "Helene death toll", "death toll")])["102 fatalities"] == ()


def test_one_cue_of_a_list_is_a_sense_the_analyst_chose() -> None:
    # Counter-example (red-sea, Wikipedia): the Houthi attacks cue "fatalities" alone (the crew's
    # "two presumed fatalities"); the deaths of US strikes on Yemen are not theirs.
    attacks = topic("houthi-attacks", "Houthi attacks", kind="threat", cues=("fatalities",))
    strikes = (
        "As of 2 January 2025, the Houthis recorded 931 American and British airstrikes against its "
        "sites in Yemen, resulting in 106 deaths and 314 injuries.\n"
    )
    assert facts_of(strikes, [attacks])["106 deaths"] == ()


def test_a_list_two_topics_cue_says_nothing_of_which_one() -> None:
    workers = topic("workers", "Construction workers", kind="actor", cues=("killed", "lives"))
    toll = topic("death-toll", "Helene death toll", "death toll", cues=("deaths", "died"))
    assert facts_of(FATALITIES, [workers, toll])["102 fatalities"] == ()


# Helene (NBC News' live updates): main clauses listed by commas, each with a figure for subject.
CLAUSES = (
    "More than 360,000 in the state remain without power as of 11 a.m. ET, more than 1,100 people "
    "have been housed in 11 different shelters, more than 400 roads are closed or impassable, and "
    "some parts of western North Carolina have still not been reached by responders.\n"
)
OUTAGES = topic("power-outages", "Power outages", "outages", "without power")


def test_a_figure_clause_after_a_figure_clause_takes_only_its_own_topics() -> None:
    found = facts_of(CLAUSES, [OUTAGES])
    assert found["more than 1,100 people"] == ()
    assert found["11 different shelters"] == ()
    assert found["more than 400 roads"] == ()


def test_a_figure_clause_after_another_subject_or_in_a_relative_clause_keeps_its_topic() -> None:
    # Counter-examples (haiti, BINUH and the Justice Department): the injured are the toll's
    # violence's, and the clauses of "in which ..." all describe the massacre.
    violence = topic("gang-violence", "Gang violence", "gang-related violence", "campaign of violence", kind="threat")
    injured = (
        "The total number of people killed in gang-related violence last year was 5,626, a sharp "
        "increase from 2023, and 2,213 people were injured.\n"
    )
    assert facts_of(injured, [violence])["2,213 people"] == ("gang-violence",)
    massacre = (
        "He was responsible for an ongoing campaign of violence, including the 2018 La Saline massacre, "
        "in which 71 people were killed, more than 400 houses were destroyed, and at least seven women "
        "raped by armed gangs.\n"
    )
    assert facts_of(massacre, [violence])["more than 400 houses"] == ("gang-violence",)
