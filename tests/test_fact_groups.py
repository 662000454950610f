"""Round 13's rules: a figure about several topics at once ("the two fires"), a figure whose
topic only its section's title names, and a label that is no pronoun's subject, each on real text (the la-wildfires
dev texts) and a real counter-example."""

from __future__ import annotations

from pathlib import Path

from build_site.model import Article
from tests.test_fact_rules import briefing_of, facts_of, topic

FIRES = [
    topic("palisades-fire", "Palisades Fire", kind="threat"),
    topic("eaton-fire", "Eaton Fire", kind="threat"),
    topic("containment", "Containment", kind="challenge"),
]

# Free America Network (2025): the two fires are named together in the first paragraph.
TWO_FIRES = (
    "After nearly a month, the Palisades and Eaton fires in Los Angeles County have reached 100% "
    "containment, according to the California Department of Forestry and Fire Protection.\n\n"
    "The two fires killed 29 people.\n"
)

# Los Angeles Times live updates (January 21, 2025): a section per fire, titled by a line of its own.
LIVE_UPDATES = (
    "Palisades fire\n\n"
    "- Containment: The fire remained 59% contained as of 7 a.m. Monday morning. It has burned more "
    "than 23,713 acres.\n"
    "- Damage: Officials have confirmed 6,051 structures have been destroyed and 788 damaged, with "
    "totals expected to rise.\n\n"
    "Eaton fire\n\n"
    "- Containment: The fire was 87% contained as of 7 a.m. Monday morning. It has burned 14,021 acres.\n"
    "- Damage: Officials have confirmed 9,416 structures have been destroyed and 1,064 damaged, with "
    "totals expected to rise.\n"
)


def test_a_plural_description_stands_for_each_topic_of_its_sort_named_before() -> None:
    facts = facts_of(TWO_FIRES, FIRES)
    assert facts["29 people"] == ("eaton-fire", "palisades-fire")
    # CBS News Los Angeles (January 15, 2025): "the fires" of a paragraph that names neither are the
    # fires the article named before it.
    facts = facts_of(
        "The Eaton Fire has burned 14,117 acres and is now at 45% containment.\n\n"
        "The 23,713-acre Palisades Fire is 21% contained and fire crews.\n\n"
        "In total, the fires are responsible for at least 25 deaths so far, with 26 missing persons "
        "reports still active.\n",
        FIRES,
    )
    assert facts["at least 25 deaths"] == ("eaton-fire", "palisades-fire")
    assert facts["26 missing persons"] == ("eaton-fire", "palisades-fire")


def test_a_plural_description_of_another_number_of_topics_stands_for_none() -> None:
    # Counter-example, the same real text with a codebook that knows one of the two fires: "the two
    # fires" are not the one it knows (the old reading gave a plural description its one topic).
    facts = facts_of(TWO_FIRES, [FIRES[0], FIRES[2]])
    assert facts["29 people"] == ()
    # FEMA (March 2025): "the centers" are one topic whose own name is plural, no group of two.
    centers = [
        topic("centers", "Disaster Recovery Centers", "Disaster Recovery Center", kind="program"),
        topic("red-cross", "American Red Cross", "Red Cross"),
    ]
    facts = facts_of(
        "Two Disaster Recovery Centers remain open at UCLA Research Park and Altadena Recovery "
        "Center. In total, the centers have logged 32,511 survivor visits.\n",
        centers,
    )
    assert facts["32,511 survivor visits"] == ("centers",)


def test_a_sections_title_names_the_topic_of_a_figure_whose_sentence_names_none() -> None:
    facts = facts_of(LIVE_UPDATES, FIRES)
    assert facts["6,051 structures"] == ("palisades-fire",)
    assert facts["9,416 structures"] == ("eaton-fire",)
    # Counter-example (the same page's next paragraph, a sentence, before the same item): a
    # paragraph that is no title line names no section.
    facts = facts_of(
        "Southern California is heading into a day of its most extreme fire weather near the "
        "Palisades Fire.\n\n- Damage: Officials have confirmed 6,051 structures have been destroyed "
        "and 788 damaged, with totals expected to rise.\n",
        FIRES,
    )
    assert facts["6,051 structures"] == ()


def test_a_label_before_a_colon_is_no_subject_of_the_next_sentences_pronoun() -> None:
    facts = facts_of(LIVE_UPDATES, FIRES)
    # "It" is "The fire" after the label, the section's fire; not the label "Containment".
    assert facts["more than 23,713 acres"] == ("palisades-fire",)
    assert facts["14,021 acres"] == ("eaton-fire",)
    # Counter-example: the same item with no title before it: "The fire" stands for no fire, and
    # "It" takes nothing, not the label (round 12 gave it Containment).
    facts = facts_of(
        "- Containment: The fire remained 59% contained as of 7 a.m. Monday morning. It has burned "
        "more than 23,713 acres.\n",
        FIRES,
    )
    assert facts["more than 23,713 acres"] == ()


def test_names_coordinated_before_their_shared_plural_head_are_each_the_subject() -> None:
    # Free America Network (2025): "the Palisades and Eaton fires" are both the clause's subject.
    facts = facts_of(TWO_FIRES, FIRES)
    assert facts["a month"] == ("eaton-fire", "palisades-fire")
    # Counter-example (Los Angeles Times, 2025): "wildfires" is the name of the fires taken
    # together, no plural of the fires' sort, and "Eaton" alone names no topic: one topic.
    together = [*FIRES, topic("la-wildfires", "Los Angeles wildfires", "wildfires", kind="threat")]
    facts = facts_of(
        "Less than eight months after the Eaton and Palisades wildfires destroyed 16,000 buildings in "
        "Los Angeles County, the U.S. Army Corps of Engineers on Tuesday announced it was preparing to "
        "clear wreckage from the final residential parcel.\n",
        together,
    )
    assert facts["16,000 buildings"] == ("la-wildfires",)


def test_what_the_dead_died_from_is_their_topic_not_a_place() -> None:
    # Los Angeles Times live updates (January 21, 2025): the fire the dead died from.
    facts = facts_of("Lives lost: Officials have confirmed that 10 people are dead from the Palisades fire.\n", FIRES)
    assert facts["10 people"] == ("palisades-fire",)
    # Counter-example (AP, 2024): officers "from Kenya" come from a place, which is no topic of them.
    haiti = [topic("kenya", "Kenya", "Kenyan Government"), topic("haiti", "Haiti")]
    facts = facts_of(
        "Another 200 police officers from Kenya arrived Tuesday in Haiti for a U.N.-backed mission led "
        "by the East African country to battle violent gangs.\n",
        haiti,
    )
    assert facts["200 police"] == ()


def test_a_figure_says_where_its_topic_is_named_when_its_sentence_names_none() -> None:
    # The pages say "(the sentence names no topic; its section names …)": the section's title, not
    # the paragraph, names the fire here; the pronoun's antecedent is in the paragraph.
    article = Article(id="a", path=Path("a.md"), title="A", body=LIVE_UPDATES)
    where = {f.text: f.topics_from for f in briefing_of([article], FIRES).facts}
    assert where["6,051 structures"] == "section"
    assert where["more than 23,713 acres"] == "paragraph"
    assert where["59%"] == "sentence"
