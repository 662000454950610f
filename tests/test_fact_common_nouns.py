"""Round 22's rules for a figure whose topic its clause names only by a common noun ("The deal", "the
bill") or a pronoun ("And it"), each on a real sentence and a real counter-example of another subject."""
from __future__ import annotations

from tests.test_fact_rules import facts_of, topic

FLINT = [
    topic("settlements", "Lawsuit settlements", "settlement", "settlements", kind="program"),
    topic("city-of-flint", "City of Flint", "Flint"),
    topic("state-of-michigan", "State of Michigan"),
]


def test_a_description_by_a_synonym_of_an_agreements_head_stands_for_the_one_agreement_named_before() -> None:
    # Real text (Detroit Free Press, 2017): "The deal" is the settlement of the paragraph before,
    # and "it" in the next sentence is the deal, that sentence's subject.
    facts = facts_of(
        "Three year's after Flint's water supply became contaminated with lead in a crisis that made "
        "international headlines, a federal judge today approved a settlement in which the state will pay "
        "$87 million for the City of Flint to identify and replace at least 18,000 unsafe water lines by 2020.\n\n"
        "The deal also requires the state to hold an additional $10 million in reserve, in case it is needed, "
        "bringing the total cost as high as $97 million. And it requires the state to pay $895,000 to the "
        "plaintiffs who brought the 2016 lawsuit, to cover their litigation costs.\n",
        FLINT,
    )
    assert facts["$10 million"] == ("settlements",)
    assert facts["$97 million"] == ("settlements",)
    assert facts["$895,000"] == ("settlements",)


def test_a_synonym_description_with_no_agreement_named_before_stands_for_nothing() -> None:
    svb = [
        topic("silicon-valley-bank", "Silicon Valley Bank", "SVB"),
        topic("first-citizens", "First Citizens BancShares", "First Citizens Bank", "First Citizens"),
        topic("bridge-bank", "Silicon Valley Bridge Bank"),
    ]
    # Counter-example (Business Insider, 2023): "The deal" is the bank's purchase, and no topic of
    # the article is named by an agreement's head noun: no topic, not the sentence before's subject.
    facts = facts_of(
        "Silicon Valley Bank was bought by First Citizens BancShares on Sunday, the parent company of First "
        "Citizens Bank.\n\nThe deal includes the purchase of about $72 billion of Silicon Valley Bridge Bank "
        "assets at a discount of $16.5 billion.\n",
        svb,
    )
    assert facts["$16.5 billion"] == ()


def test_a_description_by_a_synonym_of_a_measures_head_stands_for_the_one_measure_named_before() -> None:
    helene = [
        topic("continuing-resolution", "Continuing resolution", "continuing resolution extension", kind="program"),
        topic("disaster-supplemental", "Disaster aid package", "disaster package", kind="program"),
        topic("helene", "Hurricane Helene", "Helene", kind="threat"),
    ]
    # Real text (AP, 2024, shortened): "The bill" is the stopgap law, named "The continuing
    # resolution" in the paragraph before; the article names no other measure.
    text = (
        "WASHINGTON (AP) — Congressional leaders have unveiled a stopgap spending bill that will keep the "
        "federal government funded through March 14 and provide more than $100 billion in emergency aid to "
        "help states and local communities recover from Hurricanes Helene and Milton and other natural "
        "disasters.\n\nThe measure would prevent a partial government shutdown set to begin after midnight "
        "Friday. The continuing resolution generally continues current spending levels for agencies.\n\n"
        "The bill will provide $100.4 billion in disaster relief.\n"
    )
    assert facts_of(text, helene)["$100.4 billion"] == ("continuing-resolution",)


def test_a_subject_pronoun_stands_for_the_one_topic_of_the_sentence_before() -> None:
    texas = [
        topic("power-outages", "Power outages", "outages", "without power", kind="challenge"),
        topic("centerpoint", "CenterPoint Energy", "CenterPoint"),
    ]
    # Real text (Community Impact, 2021): the sentence before opens with no topic, and names one,
    # the outages ("without power"); "It would take four days" is about them.
    facts = facts_of(
        "At one point, 77% of Missouri City residents were without power, as were the majority of Sugar Land "
        "and Fort Bend County residents, according to local government officials. It would take four days "
        "before power would be restored to nearly all of CenterPoint’s customers, according to data from the "
        "transmission provider.\n",
        texas,
    )
    assert facts["four days"] == ("power-outages",)


def test_a_topic_that_only_places_the_sentence_before_is_no_pronouns_antecedent() -> None:
    haiti = [topic("unsc", "UN Security Council", "U.N. Security Council"), topic("bahamas", "Bahamas")]
    # Counter-example (AP, Kenyan police in Haiti): the one topic of the sentence before is where
    # police come from ("from the Bahamas"); "They" are the police, no topic's.
    facts = facts_of(
        "More Kenyans are expected to arrive in coming weeks and months and will be joined by police and "
        "soldiers from the Bahamas for a total of 2,500 personnel. They will be deployed in phases at a cost "
        "of some $600 million a year, according to the U.N. Security Council.\n",
        haiti,
    )
    assert facts["some $600 million"] == ()


def test_the_object_of_the_sentence_before_is_no_pronouns_antecedent() -> None:
    # Review's sentences: Boeing and FEMA are what the verb acts on ("blamed Boeing", "criticized
    # FEMA"); "They" are the investigators, "It" the criticism: neither figure is the object's.
    boeing = facts_of(
        "Investigators blamed Boeing for the missing bolts. They recovered 4 bolts from the door plug.\n",
        [topic("boeing", "Boeing")],
    )
    assert boeing["4 bolts"] == ()
    fema = facts_of(
        "Senator Jane Roe criticized FEMA on Tuesday. It was the first time in 12 years that a senator "
        "had done so.\n",
        [topic("fema", "FEMA", "Federal Emergency Management Agency")],
    )
    assert fema["12 years"] == ()


def test_a_nearer_agreement_of_no_topic_keeps_a_description_from_the_one_named_before() -> None:
    # Review's sentence: "The deal" is the union's deal of the sentence before, which no topic
    # names, not the settlement further back.
    facts = facts_of(
        "The city council approved a settlement with the City of Flint on Monday.\n\n"
        "Separately, the water utility reached a deal with its union. The deal also requires the utility to "
        "pay $5 million in back wages.\n",
        FLINT,
    )
    assert facts["$5 million"] == ()


def test_a_nearer_measure_of_no_topic_keeps_a_description_from_the_one_named_before() -> None:
    helene = [topic("continuing-resolution", "Continuing resolution", kind="program")]
    # Review's sentence: "The measure" is the UN's resolution on Gaza, named after the continuing one.
    facts = facts_of(
        "The House passed a continuing resolution on Friday.\n\n"
        "At the UN, a resolution on Gaza passed. The measure would send $2 billion in aid.\n",
        helene,
    )
    assert facts["$2 billion"] == ()


def test_an_agreement_named_after_a_description_in_its_sentence_is_not_what_it_stands_for() -> None:
    # Counter-example (the bound of `_named_alike`): the settlement comes after "The deal", in a
    # clause of its own; nothing before the description names an agreement.
    facts = facts_of(
        "The deal also pays $5 million in back wages; a separate settlement was reached with the City of Flint.\n",
        FLINT,
    )
    assert facts["$5 million"] == ()
