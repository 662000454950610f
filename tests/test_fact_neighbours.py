"""Round 14's rules: a figure belongs to the noun phrase it counts or measures and to the subject
of its own clause, not to another noun phrase of its sentence (a list's other item, a relative
clause, a neighbour's participle, a country's adjective) nor to a place it lies from. Each on
real dev text, with a real counter-example."""

from __future__ import annotations

from dataclasses import replace

from tests.test_fact_rules import facts_of, topic


def test_a_distance_from_a_place_is_no_topics_measure() -> None:
    # AP (2025), Sudan: where Tawila lies, not how far the displaced went.
    topics = [topic("displacement", "Displacement", "displaced", kind="challenge")]
    facts = facts_of(
        "Displaced families arriving in Tawila, about 70 kilometers (43 miles) from el-Fasher, find little "
        "relief — with few tents and shelters cobbled together from tarps and sheets.\n",
        topics,
    )
    assert facts["about 70 kilometers"] == ()
    assert facts["43 miles"] == ()
    # Counter-example, Baird Maritime (2019): a distance travelled is its subject's.
    facts = facts_of(
        "Steadfast travelled more than 16,000 kilometres while conducting law enforcement, search and rescue "
        "(SAR), and marine life protection operations.\n",
        [topic("steadfast", "Steadfast")],
    )
    assert facts["more than 16,000 kilometres"] == ("steadfast",)


SUDAN = [
    topic("displacement", "Displacement", "displaced", kind="challenge"),
    topic("humanitarian-crisis", "Humanitarian crisis", kind="challenge"),
    topic("sudan", "Sudan"),
]
# State Department (2024): the displaced are the eight million's, not the 25 million's.
NEEDING_AID = (
    "Sudan is the largest humanitarian crisis in the world, with more than eight million people newly "
    "displaced since the conflict began last April, and nearly 25 million people – half of Sudan’s "
    "population – needing aid, according to the United Nations.\n"
)


def test_a_participle_after_another_figure_qualifies_that_figure_only() -> None:
    facts = facts_of(NEEDING_AID, SUDAN)
    assert facts["nearly 25 million people"] == ("humanitarian-crisis",)
    # Counter-example, the same sentence: the figure the participle follows keeps it.
    assert facts["more than eight million people"] == ("displacement",)


def test_a_mention_in_a_relative_clause_closed_before_the_figure_is_no_subject() -> None:
    topics = [topic("fbi", "Federal Bureau of Investigation", "FBI"), topic("nca", "National Crime Agency", "NCA")]
    # Cybernoz (2024): the FBI only describes Operation Cronos's third phase.
    facts = facts_of(
        "The third phase of Operation Cronos, which involved officers from the UK National Crime Agency (NCA), "
        "the FBI, Europol and other law enforcement agencies, has resulted in the arrest of four persons for "
        "allegedly participating in the LockBit ransomware-as-a-service operation in various roles.\n",
        topics,
    )
    assert facts["four persons"] == ()
    # Wikipedia, Jimmy Chérizier: a clause opened by "for which" after the figure is about another thing.
    facts = facts_of(
        "While he was a police officer, Chérizier is alleged to have perpetrated the 2018 La Saline massacre in "
        "which at least 71 people were killed and over 400 homes were burned down, for which he was sanctioned "
        "by the United States in 2020.\n",
        [topic("united-states", "United States")],
    )
    assert facts["over 400 homes"] == ()
    # Counter-example, Fox News (2024): a figure inside the relative clause keeps its noun's topic.
    facts = facts_of(
        "Houthi aggression in the region has exacerbated already high levels of need in conflict-impacted Yemen, "
        "which remains one of the largest humanitarian crises in the world, with nearly 80% of the entire "
        "population needing humanitarian assistance, Central Command said.\n",
        [topic("yemen", "Yemen")],
    )
    assert facts["nearly 80%"] == ("yemen",)


def test_a_countrys_adjective_qualifies_its_noun_and_is_no_subject() -> None:
    houthis = replace(topic("houthis", "Houthi movement", "Houthis", "Houthi"), attributes=(("type", "armed force"),))
    topics = [houthis, topic("yemen", "Yemen", "Yemeni")]
    # Atlas News (2024): "the Yemeni armed forces" are the Houthis' name for themselves ("the naval
    # forces" an armed force's description), not Yemen.
    facts = facts_of(
        'Earlier, the Houthis released a statement saying that "the naval forces, missile forces, and air forces '
        "of the Yemeni armed forces, with the help of Allah Almighty, carried out a qualitative military "
        'operation in which they targeted two American warship destroyers in the Red Sea."\n',
        topics,
    )
    assert facts["two American warship destroyers"] == ("houthis",)
    # Counter-example, State Department (2024): a country's name is a subject; "Haitian" before
    # "people" is not.
    facts = facts_of(
        "Secretary Blinken announced that the United States is providing an additional $160 million in "
        "development, economic, health, and security assistance for the Haitian people.\n",
        [topic("united-states", "United States"), topic("haiti", "Haiti", "Haitian")],
    )
    assert facts["$160 million"] == ("united-states",)


def test_counted_nations_take_a_mention_after_them_only_when_they_belong_to_it() -> None:
    topics = [
        topic("opg", "Operation Prosperity Guardian", kind="program"),
        topic("houthi-attacks", "Houthi attacks on shipping", "Houthi attacks", kind="threat"),
        topic("united-states", "United States"),
    ]
    # White House (2024): the nations are the coalition's members, not Houthi attacks'.
    facts = facts_of(
        "Last month, the United States launched Operation Prosperity Guardian—a coalition of more than 20 "
        "nations committed to defending international shipping and deterring Houthi attacks in the Red Sea.\n",
        topics,
    )
    assert facts["more than 20 nations"] == ("opg",)
    # Counter-example, White House (2024): nations affected in attacks are the attacks'.
    facts = facts_of(
        "More than 50 nations have been affected in 27 attacks on international commercial shipping.\n",
        [topic("houthi-attacks", "Houthi attacks on shipping", "Houthi attacks", kind="threat")],
    )
    assert facts["More than 50 nations"] == ("houthi-attacks",)


def test_an_amount_worth_of_a_thing_is_that_things() -> None:
    topics = [topic("cocaine", "Cocaine", kind="threat"), topic("zones", "Drug transit zones", "international waters")]
    # Washington Examiner (2019).
    facts = facts_of(
        "A Coast Guard ship returned this week from an eight-week deployment to international waters off the "
        "Pacific coast of Mexico, Central America, and South America with more than $350 million worth of "
        "cocaine seized from smugglers trying to move the drugs to the United States.\n",
        topics,
    )
    assert facts["more than $350 million"] == ("cocaine",)
    # Counter-example, the same text without "worth of": an amount's noun is no measured thing.
    facts = facts_of(
        "A Coast Guard ship returned this week from an eight-week deployment to international waters with "
        "more than $350 million in seized drugs.\n",
        topics,
    )
    assert facts["more than $350 million"] == ("zones",)


def test_a_thing_a_later_figure_counts_is_no_subject_of_the_figure_before() -> None:
    topics = [topic("drones", "Drones", "drone", kind="threat"), topic("centcom", "CENTCOM")]
    # VOA (2024): a list's other item.
    facts = facts_of(
        "In a release, CENTCOM said its forces destroyed four uncrewed vessels operating Thursday on the "
        "ocean's surface and two aerial drones over 24 hours.\n",
        topics,
    )
    assert facts["four uncrewed vessels"] == ()
    assert facts["two aerial drones"] == ("drones",)


def test_another_verb_of_the_same_subject_opens_a_phrase_about_something_else() -> None:
    topics = [
        topic("genocide", "Genocide", "killings", kind="threat"),
        topic("who", "World Health Organization", "WHO"),
    ]
    # AP (2025): the killings of the house-to-house attacks are not the 450 killed at the hospital.
    facts = facts_of(
        "The paramilitary group stormed the Saudi Hospital, killing more than 450 people, and carried out "
        "house-to-house attacks involving killings and sexual assaults, the WHO reported.\n",
        topics,
    )
    assert facts["more than 450 people"] == ()
    # Counter-example, Baird Maritime (2019): a participle after a comma says what the figure is.
    facts = facts_of(
        "During their deployment, Steadfast's crew boarded five suspected smuggling vessels, seizing 1,771 "
        "kilograms of pure cocaine worth an estimated US$67 million and detaining eight suspected drug "
        "traffickers.\n",
        [topic("cocaine", "Cocaine", kind="threat")],
    )
    assert facts["five suspected smuggling vessels"] == ("cocaine",)


def test_a_penalty_a_sentenced_person_is_ordered_to_pay_is_no_topics() -> None:
    topics = [
        topic("cartels", "Mexican cartels", "drug trafficking organization"),
        topic("drug-trafficking", "Drug trafficking", kind="threat"),
    ]
    # DOJ (2024): the $27 million is the leader's penalty, as his 33 years are.
    facts = facts_of(
        "(March 14, 2024) A leader of the Lorenzana drug trafficking organization was sentenced to 33 years in "
        "prison and ordered to forfeit $27 million for charges related to international drug trafficking.\n",
        topics,
    )
    assert facts["$27 million"] == ()
    # Counter-example, Crypto News Republic (2024): an amount the government seeks to seize keeps its topic.
    facts = facts_of(
        "The U.S. government has filed two legal complaints seeking to seize over $2.67 million in cryptocurrency "
        "stolen by North Korea's infamous Lazarus Group.\n",
        [topic("forfeiture-actions", "Forfeiture actions", "legal complaints", kind="program")],
    )
    assert facts["over $2.67 million"] == ("forfeiture-actions",)
