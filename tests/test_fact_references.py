"""Round 12's rules for a figure whose topic an earlier sentence of its paragraph names, each on a
real sentence and a real counter-example."""
from __future__ import annotations

from tests.test_fact_rules import facts_of, topic


def test_a_description_with_a_common_names_head_stands_for_that_topic_named_before() -> None:
    topics = [topic("chemicals", "Precursor chemicals", "precursor chemicals", kind="threat"),
              topic("us", "United States", "US")]
    # Real text (DOJ, NDDS press highlights, 2024): "the chemicals" are the precursor chemicals
    # imported in the sentence before.
    facts = facts_of("Algredo Vazquez imported over 5 million kilograms of precursor chemicals into Mexico.\n"
                     "Algredo Vazquez also transferred millions of dollars from the United States to chemical "
                     "suppliers in China and India to procure the chemicals.\n", topics)
    assert facts["millions"] == ("chemicals",)
    # Counter-example (Wikipedia, Attacks on the MV Tutor): "the crisis" after "Yemen's civil war"
    # is another crisis, though "Yemeni crisis" is an alias of the civil war's topic.
    red_sea = [topic("civil-war", "Yemeni Civil War", "civil war", "Yemeni crisis", kind="challenge"),
               topic("houthis", "Houthis")]
    facts = facts_of("Since November 2023, the Houthis, who captured the capital of Yemen in 2014 during the "
                     "country's civil war, have conducted attacks against merchant and naval vessels.\n\n"
                     "Major companies across sixty-five countries have been affected by the crisis, including "
                     "Shell, BP and Maersk.\n", red_sea)
    assert facts["sixty-five countries"] == ()


def test_a_descriptions_head_is_its_last_noun_not_a_word_that_qualifies_it() -> None:
    topics = [topic("cartels", "Mexican drug cartels", "drug cartels"),
              topic("trafficking", "Drug trafficking", "illicit drug trade", kind="threat")]
    # Real text (Wikipedia, Mexican Drug War portal): "the wholesale illicit drug market" is no
    # description of the drug trade; the cartels keep their figure.
    facts = facts_of("Mexican drug cartels now dominate the wholesale illicit drug market and in 2007 controlled "
                     "90% of the cocaine entering the United States.\n", topics)
    assert facts["90%"] == ("cartels",)


def test_a_subject_pronoun_stands_for_the_subject_of_the_sentence_before() -> None:
    topics = [topic("cinder-butte", "Cinder Butte Fire", kind="threat"), topic("blm", "Bureau of Land Management")]
    # Real text (KTVB, 2017): "It" is the Cinder Butte Fire, which opens the sentence before.
    facts = facts_of("The Cinder Butte Fire was 15 percent contained as of Saturday morning. It has grown to more "
                     "than 52,000 acres.\n", topics)
    assert facts["15 percent"] == ("cinder-butte",)
    assert facts["more than 52,000 acres"] == ("cinder-butte",)
    # Counter-example (AP, Kenyan police in Haiti): the sentence before opens with no topic's
    # mention ("More Kenyans"), so "They" is no topic's; no guess further back.
    haiti = [topic("unsc", "UN Security Council", "U.N. Security Council"), topic("haiti", "Haiti")]
    facts = facts_of("The officers arrived in Haiti on Tuesday. More Kenyans are expected to arrive in coming weeks "
                     "and months for a total of 2,500 personnel. They will be deployed in phases at a cost of some "
                     "$600 million a year, according to the U.N. Security Council.\n", haiti)
    assert facts["some $600 million"] == ()


def test_a_pronoun_before_an_adverb_or_a_possessive_says_nothing() -> None:
    dprk = [topic("us", "United States", "US"), topic("it-workers", "North Korean IT workers", "IT workers")]
    # Real text (Dong-A Ilbo, 2025): "they allegedly posed" does not say whose the stolen money is,
    # and the old reading (any pronoun: the first topic of the sentence before) gave it the US.
    facts = facts_of("The United States charged four North Korean nationals. Between 2020 and 2021, they allegedly "
                     "posed as remote employees for a blockchain development firm headquartered in Atlanta, "
                     "stealing cryptocurrency worth $915,000.\n", dprk)
    assert facts["$915,000"] == ()
    # Real text (Anadolu, 2024): "He", "his" are a person, no topic of the sentence before.
    cartels = [topic("fentanyl", "Fentanyl", kind="threat")]
    facts = facts_of("Guzmán López was charged with fentanyl trafficking. He had been a U.S. fugitive for many "
                     "years, with a $5 million reward offered for his capture.\n", cartels)
    assert facts["$5 million"] == ()


def test_a_participle_that_qualifies_the_counted_people_names_their_topic() -> None:
    sudan = [topic("crisis", "Humanitarian crisis", "humanitarian crisis", kind="challenge"),
             topic("displacement", "Displacement", "displaced", kind="challenge")]
    # Real text (State Department, $47 million for Sudan and Chad, 2024): the displaced are the
    # displacement's, not the crisis the clause before names.
    facts = facts_of("Sudan is the largest humanitarian crisis in the world, with more than eight million people "
                     "newly displaced since the conflict began last April.\n", sudan)
    assert facts["more than eight million people"] == ("displacement",)
    # Counter-example (Reuters, Haiti, 2025): a codebook with no topic for the displaced gives
    # them none; the participle's verb must name a topic.
    haiti = [topic("gangs", "Haitian gangs", "gangs"), topic("iom", "International Organization for Migration", "IOM")]
    facts = facts_of("IOM Spokesman Kennedy Okoth Omondi said many of the more than one million displaced people had "
                     "had to flee multiple times as the gangs expanded their territory.\n", haiti)
    assert facts["more than one million displaced people"] == ()
    # Counter-example (BINUH's fourth-quarter report, as reported): "killed" makes no count of
    # a codebook's "killings" (no stem in -ing), as for the verb before a figure.
    facts = facts_of("BINUH also highlighted the number of people killed during operations, with at least 771 "
                     "people killed or injured in the fourth quarter.\n",
                     [topic("killings", "Killings", kind="threat")])
    assert facts["at least 771 people"] == ()


def test_a_possessive_before_a_name_is_no_subject_either() -> None:
    red_sea = [topic("yemen", "Yemen"), topic("ship-seizure", "Ship seizure", "hijacking", kind="threat")]
    # Real text (The Jerusalem Post, 2024): the crew's seven months are not Yemen's.
    facts = facts_of("Managers of the Galaxy Leader cargo ship on Tuesday renewed calls for the release of the "
                     "vessel's 25 crew being held by Yemen's Houthi militants for seven months.\n", red_sea)
    assert facts["seven months"] == ()
    # Counter-example (AP, Kenyan police in Haiti, 2024): the name after the possessive is a topic
    # and keeps its figure.
    haiti = [topic("haiti", "Haiti"), topic("hnp", "Haitian National Police", "Haiti's National Police")]
    facts = facts_of("The Kenyan-led mission is meant to bolster Haiti’s National Police, which remains understaffed "
                     "and underfunded, with only about 10,000 officers active at a time.\n", haiti)
    assert facts["about 10,000 officers"] == ("hnp",)


def test_an_indefinite_noun_before_that_owns_its_relative_clause() -> None:
    dprk = [topic("indictments", "Indictments", "indictment", kind="program"),
            topic("crypto-hack", "Crypto hack", "crypto hack", kind="threat")]
    # Real text (The New York Times, 2023, as reprinted): the transactions are the money
    # transfer business's, which no topic names, not the indictment's that describes it.
    facts = facts_of("A third indictment describes an unlicensed money transfer business that carried out more "
                     "than 1,500 transactions for US customers without the necessary licenses.\n", dprk)
    assert facts["more than 1,500 transactions"] == ()
    # Counter-example (CRS, Illicit Fentanyl and Mexico's Role, 2024): a topic named inside the phrase before
    # "that" keeps the relative clause's figure.
    opioids = [topic("fentanyl", "Fentanyl", "synthetic opioid", kind="threat")]
    facts = facts_of("Fentanyl is a potent synthetic opioid that has been used medically as a painkiller since it "
                     "was first synthesized in 1959.\n", opioids)
    assert facts["1959"] == ("fentanyl",)


def test_a_pronoun_stands_for_the_alias_apposed_to_the_head_its_opening_mention_only_modifies() -> None:
    topics = [topic("gulf-of-mexico", "Gulf of Mexico", kind="place"), topic("gulf-coast", "Gulf Coast", kind="place")]
    # Real text (CRS report R43380, 2014): "It" is the coastal environment, "(Gulf Coast)", whose
    # head noun "The Gulf of Mexico" only modifies.
    facts = facts_of(
        "The Gulf of Mexico coastal environment (Gulf Coast) stretches over approximately 600,000 square miles "
        "across five U.S. states: Texas, Louisiana, Mississippi, Alabama, and Florida. It is home to more than "
        "22 million people and more than 15,000 species of sea life.\n",
        topics,
    )
    assert facts["more than 22 million people"] == ("gulf-coast",)
    assert facts["more than 15,000 species"] == ("gulf-coast",)
    # Counter-example (KTVB, 2017, a bracket with a name added after the subject): the opening
    # mention is the subject's head itself, no lower-case head noun follows it: "It" stays the fire.
    fire = [topic("cinder-butte", "Cinder Butte Fire", kind="threat"), topic("blm", "Bureau of Land Management")]
    facts = facts_of(
        "The Cinder Butte Fire (managed by the Bureau of Land Management) was 15 percent contained as of "
        "Saturday morning. It has grown to more than 52,000 acres.\n",
        fire,
    )
    assert facts["more than 52,000 acres"] == ("cinder-butte",)
