"""Round 7's rules for whose a figure is, each on a real sentence and a real counter-example."""
from __future__ import annotations

from tests.test_fact_rules import facts_of, topic

CARTELS = [topic("cartels", "Mexican drug cartels", "Sinaloa Cartel", "Cartel de Jalisco Nueva Generacion", "drug cartel"),
           topic("fentanyl", "Fentanyl", kind="threat"),
           topic("overdoses", "Opioid overdose crisis", "overdose deaths", kind="challenge"),
           topic("forfeiture", "Forfeiture actions", "legal complaints", kind="program")]


def test_a_topic_another_figure_measures_is_no_subject_of_the_next_figure() -> None:
    # Real text (Anadolu, DEA week-long operation): the firearms are not fentanyl.
    facts = facts_of("The federal officials seized 480 kilograms of fentanyl powder and 420 firearms, among other "
                     "things, in a nationwide crackdown.\n", CARTELS)
    assert facts["480 kilograms"] == ("fentanyl",) and facts["420 firearms"] == ()
    # Real text (DEA, Operation Last Mile): a topic qualifying another figure's noun is that figure's.
    facts = facts_of("Nationally, Operation Last Mile comprised 1,436 investigations and resulted in 3,337 arrests and "
                     "the seizure of nearly 44 million fentanyl pills.\n", CARTELS)
    assert facts["1,436 investigations"] == () and facts["3,337 arrests"] == ()
    # Counter-example (Crypto News Republic): the noun another figure counts stays the subject.
    facts = facts_of("The U.S. government has filed two legal complaints seeking to seize over $2.67 million in "
                     "cryptocurrency stolen by North Korea's infamous Lazarus Group.\n", CARTELS)
    assert facts["over $2.67 million"] == ("forfeiture",)


def test_a_possessive_qualifies_its_noun_and_is_no_subject() -> None:
    sahel = [topic("mali", "Mali", kind="place"), topic("jnim", "JNIM")]
    # Real text (iReport247, after Reuters): the militants are not Mali's.
    facts = facts_of("Mali’s army stated that it repelled an “infiltration attempt by terrorist fighters” in Timbuktu, "
                     "“neutralising” 14 militants and arresting 31 suspects.\n", sahel)
    assert facts == {"14 militants": (), "31 suspects": ()}
    # Counter-example (iReport247): a name that is the subject, not a possessive, keeps the figure.
    facts = facts_of("Unverified video footage showed that JNIM had stormed the base with dozens of militants.\n", sahel)
    assert facts["dozens of militants"] == ("jnim",)


def test_the_source_of_a_figure_is_not_its_subject_wherever_it_stands() -> None:
    haiti = [topic("unsc", "UN Security Council", "U.N. Security Council"),
             topic("state", "State Department"), topic("rewards", "Rewards program", "reward", kind="program")]
    # Real text (AP, Kenyan police in Haiti): the Council says what the mission costs.
    facts = facts_of("They will be deployed in phases at a cost of some $600 million a year, according to the U.N. "
                     "Security Council.\n", haiti)
    assert facts["some $600 million"] == ()
    # Counter-example (DEA Laredo): "..., announced DEA" makes the DEA the sayer, not the cartel before it.
    facts = facts_of("Four U.S. citizens have been sent to prison following their convictions for conspiracy to "
                     "distribute meth associated with the Michoacan drug cartel, announced Drug Enforcement "
                     "Administration (DEA) Special Agent in Charge Daniel C. Comeaux.\n", CARTELS)
    assert facts["Four U.S. citizens"] == ("cartels",)


def test_people_kidnapped_are_the_kidnappers_victims() -> None:
    haiti = [topic("gangs", "Haitian gangs", "gangs"), topic("kidnappings", "Kidnappings", kind="threat")]
    # Real text (BINUH's fourth-quarter report): the kidnapped are not the gangs'.
    facts = facts_of("Between October and the end of December 2024, at least 431 people were kidnapped for ransom by "
                     "gangs.\n", haiti)
    assert facts["at least 431 people"] == ()
    # Real text (the shipped briefing's seed article): people targeted are the spyware's victims.
    facts = facts_of("Over two dozen people have been targeted in the past by the party using this Spyware.\n",
                     [topic("spyware", "Spyware surveillance", "Spyware", kind="threat")])
    assert facts["Over two dozen people"] == ("spyware",)
    # Counter-example (Wikipedia, Mexican Drug War): members killed are still their group's.
    facts = facts_of("On the cartels' side, 12,456 cartel members were killed.\n",
                     [topic("cartels", "Mexican drug cartels", "cartel")])
    assert facts["12,456 cartel members"] == ("cartels",)


def test_a_length_before_long_is_its_nouns_length_not_the_clauses() -> None:
    # Real text (DEA Omaha): the year is the operation's, not the cartels'.
    facts = facts_of("The DEA concluded a year-long operation in which it identified direct connections between the "
                     "Mexican-based Sinaloa Cartel and communities across the nation.\n", CARTELS)
    assert facts["a year"] == ()
    # Counter-example (AFP, Treasury on La Nueva Familia Michoacana): a rate's year keeps its clause.
    facts = facts_of("Fentanyl is responsible for tens of thousands of deaths a year.\n", CARTELS)
    assert facts["a year"] == ("fentanyl",)


def test_counted_people_take_a_topic_after_them_only_when_they_belong_to_it() -> None:
    haiti = [topic("gangs", "Haitian gangs", "gangs"), *CARTELS]
    # Real text (AP, Kenyan police in Haiti): the officers are sent against the gangs, not theirs.
    facts = facts_of("Another 200 police officers from Kenya arrived Tuesday in Haiti for a U.N.-backed mission led "
                     "by the East African country to battle violent gangs.\n", haiti)
    assert facts["200 police"] == ()
    # Counter-examples (Treasury on CJNG; DOJ on Zambada): linked to, or members of, a group.
    facts = facts_of("The United States is sanctioning three Mexican nationals and two Mexico-based entities linked to "
                     "Cartel de Jalisco Nueva Generacion (CJNG).\n\nThe Justice Department has taken into custody two "
                     "additional alleged leaders of the Sinaloa Cartel.\n", haiti)
    assert facts["two Mexico-based entities"] == ("cartels",)
    assert facts["two additional alleged leaders"] == ("cartels",)


def test_a_reward_goes_to_the_topic_that_names_rewards_not_to_who_offers_it() -> None:
    topics = [topic("state", "State Department"), topic("rewards", "Rewards program", "reward offers", kind="program")]
    # Real text (dpa-AFX, ALPHV/BlackCat reward): the State Department offers the reward.
    facts = facts_of("The State Department also offered up to $5 million for information leading to the arrest or "
                     "conviction of anyone participating in a ransomware attack.\n", topics)
    assert facts["up to $5 million"] == ()
    # Counter-example (the same text): a mention of the rewards keeps their amount.
    facts = facts_of("The U.S. Department of State has announced reward offers of up to $10 million for information "
                     "leading to the identification of its leaders.\n", topics)
    assert facts["up to $10 million"] == ("rewards",)


def test_a_population_is_no_topic_of_the_clause() -> None:
    topics = [topic("hnp", "Haitian National Police", "Haiti's National Police")]
    # Real text (AP, Kenyan police in Haiti): 11 million is Haiti's population, not the police's.
    facts = facts_of("The Kenyan-led mission is meant to bolster Haiti's National Police, which remains understaffed "
                     "and underfunded, with only about 10,000 officers active at a time in a country of more than 11 "
                     "million people.\n", topics)
    assert facts["more than 11 million people"] == ()
    # Counter-example (the same sentence): the officers are the police's.
    assert facts["about 10,000 officers"] == ("hnp",)


def test_a_measure_converted_in_brackets_still_measures_what_follows() -> None:
    # Real text (BTimes, the DEA's largest fentanyl seizure): both units measure the fentanyl.
    facts = facts_of("Federal authorities reported the seizure of over 400 kilograms (880 pounds) of fentanyl pills, "
                     "and 80 kilograms of methamphetamine.\n", CARTELS)
    assert facts["over 400 kilograms"] == ("fentanyl",) and facts["880 pounds"] == ("fentanyl",)
    # Counter-example (the same sentence): a measure of something else stays without a topic.
    assert facts["80 kilograms"] == ()


def test_cartel_figures_are_members_of_the_cartels() -> None:
    # Real text (Mexico News Daily): "figures" of a cartel are its members.
    facts = facts_of("Mexico on Thursday extradited 29 cartel figures including notorious drug lord Rafael Caro "
                     "Quintero to the United States.\n", [topic("cartels", "Mexican drug cartels", "cartel")])
    assert facts["29 cartel figures"] == ("cartels",)
    # Counter-example (DEA Laredo): citizens are no members of the country their demonym names.
    facts = facts_of("Four U.S. citizens have been sent to prison.\n", [topic("us", "United States", "U.S.")])
    assert facts["Four U.S. citizens"] == ()


def test_where_counted_people_were_is_not_what_they_are_about() -> None:
    sahel = [topic("burkina-faso", "Burkina Faso", kind="place"), topic("ambushes", "Ambushes", "ambush", kind="threat")]
    # Real text (AFP, the Namissiguima detachment attack, 2022): the soldiers are not the place.
    facts = facts_of("At least twelve soldiers were killed on Friday April 8 in an attack by suspected jihadists "
                     "against a military detachment in northern Burkina Faso, local and security sources told AFP.\n",
                     sahel)
    assert facts["At least twelve soldiers"] == ()
    # Counter-example (UAWire, the Wagner ambush, 2024): "in the ambush" names the event, no place.
    facts = facts_of("The Malian government claims that two soldiers were killed in the ambush and 10 others were "
                     "injured.\n", sahel)
    assert facts["two soldiers"] == ("ambushes",)


def test_a_range_between_two_numbers_is_one_figure() -> None:
    sudan = [topic("rsf", "Rapid Support Forces", "RSF")]
    # Real text (Khaleej Times, after Reuters, 2024): one range, not its upper end.
    facts = facts_of("UN experts have estimated that the RSF has killed between 10,000 and 15,000 people in the West "
                     "Darfur town of El Geneina alone.\n", sudan)
    assert list(facts) == ["between 10,000 and 15,000 people"]
    # Counter-example (Anadolu): two numbers joined by "and" without "between" are two figures.
    facts = facts_of("The federal officials seized 480 kilograms of fentanyl powder and 420 firearms, among other "
                     "things, in a nationwide crackdown.\n", CARTELS)
    assert set(facts) == {"480 kilograms", "420 firearms"}


# Round 9: what a figure measures, whose it is, and when none is the honest answer.
SUDAN = [topic("rsf", "Rapid Support Forces", "RSF"), topic("united-nations", "United Nations", "UN", "Security Council"),
         topic("displacement", "Displacement", "displaced", kind="challenge")]
RED_SEA = [topic("houthis", "Houthi movement", "Houthis", "Ansar Allah"), topic("iran", "Iran", "Iranian"),
           topic("united-states", "United States", "US", "U.S."), topic("yemen", "Yemen"),
           topic("houthi-attacks", "Houthi attacks on shipping", "Houthi attacks", kind="threat"),
           topic("ship-seizure", "Ship seizures", "hijacked", kind="threat"),
           topic("asbm", "Anti-ship missiles", "ASBM", kind="threat")]


def test_victims_are_not_about_the_place_or_target_of_the_attack() -> None:
    # Real text (Al Jazeera, 2025): the dead were in camps for displaced people; they are victims, no topic.
    facts = facts_of("The Sudanese paramilitary Rapid Support Forces (RSF) has carried out a two-day attack on famine-hit "
                     "camps for displaced people in the Darfur region that killed more than 100 people, including 20 "
                     "children and nine aid workers, according to the United Nations.\n", SUDAN)
    assert facts == {"more than 100 people": (), "20 children": (), "nine aid workers": ()}
    # Counter-example (Wikipedia, Attacks on the MV Tutor): sailors killed in the attacks are the attacks'.
    facts = facts_of("Throughout the Houthi campaign, over 50 ships were attacked, three sailors were killed, and one "
                     "ship, the Galaxy Leader, was hijacked.\n", RED_SEA)
    assert facts["three sailors"] == facts["over 50 ships"] == ("houthi-attacks",)


def test_a_part_is_the_wholes_and_a_whole_no_topic_names_gives_none() -> None:
    # Real text (Israel National News, after Reuters, 2024): the coalition's members are not the United States.
    facts = facts_of("In the wake of the uptick in Houthi attacks, the US formed a coalition, made up of more than 20 "
                     "countries, aimed at safeguarding commercial traffic in the Red Sea from attacks by the Houthis.\n",
                     RED_SEA)
    assert facts["more than 20 countries"] == ()
    # Counter-example (Treasury, 2023): a part with evidence of its own keeps it when the whole has none.
    facts = facts_of("The Department of the Treasury's Office of Foreign Assets Control (OFAC) announced sanctions on "
                     "Aug. 9 against 10 individuals, including three members of the Sinaloa Cartel, for their "
                     "involvement in trafficking fentanyl.\n", CARTELS)
    assert facts["10 individuals"] == () and facts["three members"] == ("cartels",)


def test_a_ships_crew_is_the_vessels_never_an_actors() -> None:
    # Real text (Israel National News, after Reuters, 2024): the Yorktown's crew, not the United States.
    facts = facts_of("CENTCOM said in a statement the ASBM was likely targeting the MV Yorktown, a US-flagged, owned, "
                     "and operated vessel with 18 U.S. and four Greek crew members.\n", RED_SEA)
    assert facts["four Greek crew members"] == ()
    # Counter-example (Wikipedia, Red Sea crisis): crew held after a hijacking are the seizure's.
    facts = facts_of("Two ships have been hijacked by Houthi militants; one ship and 25 crew members remain in Houthi "
                     "custody, while one ship has been released.\n", RED_SEA)
    assert facts["25 crew members"] == ("ship-seizure",)


def test_what_an_attack_verb_acts_on_is_the_attacks_and_a_hyphenated_backer_is_no_subject() -> None:
    # Real text (Israel National News, 2024): "Iranian-backed" qualifies the rebels; the ships were attacked.
    facts = facts_of("Earlier, the Houthis’ military spokesperson, Yahya Sarea, said the Iranian-backed rebels attacked "
                     "what they said were two American ships and an Israeli vessel.\n", RED_SEA)
    assert facts["two American ships"] == ("houthi-attacks",)
    # Real text (Sputnik, 2024): the ships the Houthis attacked are the attacks', not the Houthis'.
    facts = facts_of("Yemen's rebel Ansar Allah movement, also known as the Houthis, attacked two cargo ships in the "
                     "Gulf of Aden with anti-ship missiles.\n", RED_SEA)
    assert facts["two cargo ships"] == ("houthi-attacks",)
    # Counter-example (iReport247, 2025): a verb whose noun names no topic leaves the subject its figure.
    facts = facts_of("Unverified video footage showed that JNIM had stormed the base with dozens of militants.\n",
                     [topic("jnim", "JNIM")])
    assert facts["dozens of militants"] == ("jnim",)


def test_a_place_past_in_and_of_only_places_the_figure() -> None:
    # Real text (Sputnik, 2024): Yemen is where the missiles were, not what they are about.
    facts = facts_of("The US military also destroyed one \"uncrewed aerial system,\" two cruise missiles and one "
                     "missile launcher in Houthi-controlled areas of Yemen, the statement read.\n", RED_SEA)
    assert facts["two cruise missiles"] == ()
    # Counter-example (Wikipedia, Red Sea crisis): the hijackers' custody is still named by the clause.
    facts = facts_of("Two ships have been hijacked by Houthi militants.\n", RED_SEA)
    assert facts["Two ships"] == ("ship-seizure",)


def test_who_estimates_a_figure_before_a_verb_of_saying_is_its_source() -> None:
    # Real text (Middle East Eye, 2025): the UN investigators report the loss; it is not the UN's.
    facts = facts_of("A report by UN investigators delivered to the United Nations Security Council last month "
                     "estimated that the conflict had led to the loss of at least 90,000 tonnes of gum arabic worth "
                     "$200m.\n", SUDAN)
    assert facts["at least 90,000 tonnes"] == ()
    # Counter-example (Law Street Media, 2021): a mention after the verb of saying still counts.
    facts = facts_of("On Monday, the Department of Justice (DOJ) announced that it seized 63.7 bitcoins, representing a "
                     "May 8 ransom payment by Colonial Pipeline.\n",
                     [topic("doj", "Department of Justice", "DOJ"),
                      topic("ransom-payments", "Ransom payments", "ransom payment", kind="challenge")])
    assert facts["63.7 bitcoins"] == ("ransom-payments",)


def test_an_estimated_after_an_article_is_an_adjective_not_a_verb_of_saying() -> None:
    coast_guard = [topic("cocaine", "Cocaine smuggling", "cocaine", kind="threat")]
    # Real text (Baird Maritime, 2019): "an estimated" qualifies the worth; the cocaine stays the
    # subject of the traffickers detained after it.
    facts = facts_of("During their deployment, Steadfast's crew boarded five suspected smuggling vessels, seizing "
                     "1,771 kilograms of pure cocaine worth an estimated US$67 million and detaining eight suspected "
                     "drug traffickers.\n", coast_guard)
    assert facts["eight suspected drug traffickers"] == ("cocaine",)
    # Counter-example (Middle East Eye, 2025): "estimated" with no article is the report's verb.
    facts = facts_of("A report by UN investigators delivered to the United Nations Security Council last month "
                     "estimated that the conflict had led to the loss of at least 90,000 tonnes of gum arabic worth "
                     "$200m.\n", SUDAN)
    assert facts["at least 90,000 tonnes"] == ()


def test_a_relative_clause_after_a_noun_no_topic_names_is_that_nouns() -> None:
    haiti = [topic("gangs", "Haitian gangs", "gangs"), topic("viv-ansanm", "Viv Ansanm")]
    # Real text (Reuters, 2025): the conflict forced people from their homes, not the gangs named before it.
    facts = facts_of("Broadly united behind an alliance known as Viv Ansanm, Haiti's gangs are accused of mass killings, "
                     "extortion and arson, in an extensive conflict that has forced some 1.4 million people from their "
                     "homes.\n", haiti)
    assert facts["some 1.4 million people"] == ()
    # Counter-example (Protos, 2025): a relative after a topic's mention is that topic's.
    facts = facts_of("The FBI has released a statement confirming that North Korea was responsible for the biggest "
                     "crypto hack ever that saw $1.5 billion drained from the Bybit exchange earlier this month.\n",
                     [topic("crypto-theft", "Cryptocurrency theft", "crypto hack", kind="threat")])
    assert facts["$1.5 billion"] == ("crypto-theft",)


def test_a_time_ago_dates_what_stands_right_before_it() -> None:
    # Real text (Al Jazeera, 2025): the conflict's age, not the displaced people's.
    facts = facts_of("“This represents yet another deadly and unacceptable escalation in a series of brutal attacks on "
                     "displaced people and aid workers in Sudan since the onset of this conflict nearly two years ago,” "
                     "she said.\n", SUDAN)
    assert facts["two years"] == ()
    # Counter-example (Eurafrica, 2024): the withdrawal of MINUSMA a year ago is MINUSMA's.
    facts = facts_of("Following the withdrawal of the United Nations Multidimensional Integrated Stabilization Mission "
                     "in Mali (MINUSMA) a year ago, the Malian military began an offensive.\n",
                     [topic("minusma", "MINUSMA", "UN mission")])
    assert facts["a year"] == ("minusma",)


SANCTIONS = [topic("ofac", "Office of Foreign Assets Control", "OFAC"),
             topic("us-sanctions", "US sanctions on the RSF", "sanctions", kind="program"),
             topic("genocide", "Genocide and ethnic killings", "genocide", "killings", kind="threat")]


def test_a_verb_made_of_a_topics_one_word_name_names_that_topic() -> None:
    # Real text (Radio Tamazuj, quoting the Treasury, 2024): the entities sanctioned are the sanctions'.
    facts = facts_of("The U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) on Wednesday "
                     "sanctioned three entities for their role in undermining the peace, security, and stability of "
                     "Sudan.\n", SANCTIONS)
    assert facts["three entities"] == ("us-sanctions",)
    # Real text (African Dawn, 2025): people "displaced" are the displacement's.
    facts = facts_of("Some 12 million people have been displaced, and nearly half the population now faces acute "
                     "food insecurity.\n", SUDAN)
    assert facts["Some 12 million people"] == ("displacement",)
    # Counter-example (UNB, after the AP, 2025): "killed" is no verb of "killings"; the dead are no
    # count of the genocide the codebook names.
    facts = facts_of("The war has killed at least 40,000 people, though the true toll is believed to be far "
                     "higher.\n", SANCTIONS)
    assert facts["at least 40,000 people"] == ()


def test_people_who_fled_are_the_displacements_when_the_codebook_has_it() -> None:
    # Real text (UNB, after the AP, 2025): the people who fled or escaped are displaced.
    facts = facts_of("Since the RSF took control of el-Fasher from the Sudanese army on October 26, more than 16,200 "
                     "people have fled to camps in Tawila, said Adam Rojal, a spokesperson for the aid organization. "
                     "The International Organization for Migration estimated that around 82,000 people had escaped "
                     "the city and nearby villages as of November 4.\n", SUDAN)
    assert facts["more than 16,200 people"] == ("displacement",)
    assert facts["around 82,000 people"] == ("displacement",)
    # Counter-example (Ruetir, 2024): a codebook with no displacement topic gives the fled none.
    haiti = [topic("gangs", "Haitian gangs", "gangs"), topic("humanitarian-crisis", "Humanitarian crisis",
                                                              "humanitarian assistance", kind="challenge")]
    facts = facts_of("The IOM noted that Haiti’s southern region is already home to another 116,000 people who fled "
                     "gang violence in previous months, and that rural provinces do not have the infrastructure or "
                     "resources “to cope with this massive flow of displaced people coming from the capital.”\n", haiti)
    assert facts["116,000 people"] == ()


COLORADO = [topic("lake-mead", "Lake Mead", kind="place"), topic("arizona", "Arizona", kind="place"),
            topic("nevada", "Nevada", kind="place"), topic("interior", "Department of the Interior", "Interior Department"),
            topic("iid", "Imperial Irrigation District", "IID")]


def test_a_possessive_opening_the_subject_of_a_level_names_the_figures_topic() -> None:
    # Real text (KLMATEU, the Colorado River trial): the level is Lake Mead's, past the source's phrase.
    facts = facts_of("According to a new forecast from the Interior Department, Lake Mead’s water level will be below "
                     "1,050 feet above sea level in January.\n", COLORADO)
    assert facts["1,050 feet"] == ("lake-mead",)
    # Real text (AFP, the trial): a share and its change, before a contrast that names another state.
    facts = facts_of("Arizona's allocation from the river will fall by 21 percent in 2023, while Nevada will get eight "
                     "percent less.\n", COLORADO)
    assert facts["21 percent"] == ("arizona",) and facts["eight percent"] == ("nevada",)
    # Real text (the trial): after a verb of saying and "that", past a phrase closed by a comma.
    facts = facts_of("Offcials said that, combined with a prior 2023 conservation agreement, IID’s total conservation "
                     "will total up to 800,000 acre-feet.\n", COLORADO)
    assert facts["up to 800,000 acre-feet"] == ("iid",)


def test_a_possessive_before_a_verb_that_states_no_level_stays_no_subject() -> None:
    # Real text (iReport247, the Sahel): "stated" says, "neutralising" acts; no level of Mali's.
    sahel = [topic("mali", "Mali", kind="place")]
    facts = facts_of("Mali’s army stated that it repelled an attempt by terrorist fighters in Timbuktu, "
                     "“neutralising” 14 militants.\n", sahel)
    assert facts["14 militants"] == ()
    # Counter-example (the trial): a figure in an apposition after the level is no level of the verb.
    facts = facts_of("Lake Mead’s level was about 1,040 feet this summer, just 27% of full capacity.\n", COLORADO)
    assert facts == {"about 1,040 feet": ("lake-mead",), "27%": ()}


def test_a_measure_takes_the_place_its_own_phrase_names() -> None:
    # Real text (IID's release, the trial): the elevation is Lake Mead's, not the agreement's partner's.
    reclamation = [*COLORADO, topic("reclamation", "Bureau of Reclamation")]
    facts = facts_of("The Imperial Irrigation District finalized a landmark conservation agreement with the U.S. Bureau "
                     "of Reclamation that will build 10-12 feet of elevation at Lake Mead.\n", reclamation)
    assert facts["10-12 feet"] == ("lake-mead",)
    # Real text (the trial): "in", and a measured noun of two words.
    savings = [*COLORADO, topic("conservation", "System conservation", "system conservation", kind="program")]
    facts = facts_of("The Gila River Indian Community will receive up to $50 million for water system conservation "
                     "initiatives, resulting in nearly two feet of elevation savings in Lake Mead.\n", savings)
    assert facts["nearly two feet"] == ("lake-mead",)
    # Counter-example (WSVN, the Coast Guard): a topic the measure is "of" is what it measures, not the port.
    coast = [topic("cocaine", "Cocaine", kind="threat"), topic("port", "Port Everglades", kind="place")]
    facts = facts_of("The United States Coast Guard is preparing to offload approximately 34,780 pounds of cocaine in "
                     "Port Everglades.\n", coast)
    assert facts["approximately 34,780 pounds"] == ("cocaine",)
