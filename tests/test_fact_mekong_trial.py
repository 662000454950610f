"""The Mekong trial's figures on the wrong topic, each rule on the trial's real sentence and a real
counter-example of another subject."""

from __future__ import annotations

from dataclasses import replace

from build_site.fact_topics import cue_form
from build_site.facts import find_figures
from tests.test_fact_rules import facts_of, topic

DAMS = [
    topic("xiaowan", "Xiaowan Dam", "Xiaowan", kind="place"),
    topic("nuozhadu", "Nuozhadu Dam", "Nuozhadu", kind="place"),
    topic("cascade", "Lancang cascade dams", "Chinese dams", kind="place"),
]


def test_area_units_written_short_are_an_area() -> None:
    # Real text (The Straits Times): the Tonle Sap's area, once read as the count "14,500 sq".
    sentence = "It swells more than four times its smallest size to 14,500 sq km at the height of the floods."
    assert [(f.text, f.kind, f.value) for f in find_figures(sentence)] == [("14,500 sq km", "quantity", 14500.0)]
    # Real text (said/ texts, Reuters): both units of one area, the second in miles.
    sentence = "Manila's response over the 150 sq km (58 sq mile) triangular chain of reefs and rocks."
    assert [(f.text, f.kind) for f in find_figures(sentence)] == [("150 sq km", "quantity"), ("58 sq mile", "quantity")]
    # Counter-example (sudan, AP): a distance in kilometres stays a distance.
    sentence = "Displaced families arriving in Tawila, about 70 kilometers (43 miles) from el-Fasher."
    assert [f.kind for f in find_figures(sentence)] == ["distance", "distance"]


def test_a_cue_is_no_stem_of_a_longer_word() -> None:
    fish = replace(topic("fish-catch", "Fish catch decline", "fish catch", kind="threat"), cues=("fish",))
    # Real text (IPS): "fishing" holds the cue "fish" but is another word.
    facts = facts_of("More than 1.2 million people in the region make their living from fishing.\n", [fish])
    assert facts == {"More than 1.2 million people": ()}
    assert not cue_form("fishing", "fish") and not cue_form("assisting", "assistance")
    # Counter-example (flint-water, Michigan Public): a cue written as a verb's stem takes its past.
    pipes = replace(topic("pipes", "Pipe replacement program", "pipe replacement", kind="program"), cues=("replace",))
    facts = facts_of("Since 2016, the city says it has inspected 27,133 service lines and replaced 10,059 lead and "
                     "galvanized lines, as of mid-July.\n", [pipes])
    assert facts["10,059 lead"] == ("pipes",)
    # Counter-example (key-bridge, WMAR): a plural cue takes its singular.
    costs = replace(topic("costs", "Rebuilding costs", kind="challenge"), cues=("costs",))
    facts = facts_of("The Key Bridge rebuild project was initially projected to cost about $2 billion.\n", [costs])
    assert facts["about $2 billion"] == ("costs",)


def test_a_count_of_a_class_is_not_its_named_members() -> None:
    # Real text (Heinrich Böll Stiftung): "the other 53 dams" are not the two named before them.
    facts = facts_of("Its two largest Mekong dams (Xiaowan and Nuozhadu) can store much more water than all the "
                     "other 53 dams that the Mekong Dam Monitor tracks.\n", DAMS)
    assert facts["53 dams"] == ()
    # Real text (The Straits Times): a count broken down by place is the class's, not one topic's.
    facts = facts_of("A report by the commission attributes the low water level to the operations of 13 Mekong "
                     "hydropower dams \u2013 two in Laos and 11 in China.\n", DAMS)
    assert facts["13 Mekong hydropower dams"] == ()
    # Counter-example (la-wildfires, CBS News): a plural description of as many as were named stands for them.
    fires = [topic("palisades", "Palisades Fire", kind="threat"), topic("eaton", "Eaton Fire", kind="threat")]
    facts = facts_of("Mandatory evacuation zone orders in Pasadena for the Eaton Fire have been reduced to warnings, "
                     "while all evacuation orders remain in place at the Palisades Fire site.\n\nIn total, the fires "
                     "are responsible for at least 25 deaths so far, with 26 missing persons reports still active.\n",
                     fires)
    assert facts["at least 25 deaths"] == ("eaton", "palisades")
    # Counter-example (red-sea, AP): a count of a topic's instances with no class word stays its.
    attacks = [topic("attacks", "Houthi attacks", "attacks against merchant vessels", kind="threat")]
    facts = facts_of("Since mid-November, Houthi rebels have launched 25 attacks against merchant vessels operating "
                     "in the Red Sea.\n", attacks)
    assert facts["25 attacks"] == ("attacks",)


def test_money_from_bodies_is_theirs_when_nothing_else_places_it() -> None:
    bodies = [
        topic("us", "United States", "U.S. government", kind="place"),
        topic("state", "State Department", kind="place"),
        topic("usaid", "USAID", kind="place"),
    ]
    # Real text (State Department fact sheet): the part of a whole no topic names, given by two bodies.
    facts = facts_of("From fiscal year 2009 to 2021, the U.S. government provided over $4.3 billion in bilateral and "
                     "regional grant assistance to the five Mekong partner countries, including nearly $4.0 billion "
                     "from the State Department and USAID:\n", bodies)
    assert facts["nearly $4.0 billion"] == ("state", "usaid")
    # Counter-example (key-bridge, CBS Baltimore): money claimed from two companies is not theirs to give.
    owners = [topic("grace", "Grace Ocean", kind="actor"), topic("synergy", "Synergy Marine", "Synergy", kind="actor")]
    facts = facts_of("On Sept. 18, the USDJ took legal action in a Maryland court, asking for more than $100 million "
                     "from Grace Ocean and Synergy after the vessel companies sought exoneration.\n", owners)
    assert facts["more than $100 million"] == ()
    # Counter-example (Colorado trial, Utah Public Radio): the clause's subject receives it, as before.
    parties = [topic("gric", "Gila River Indian Community", kind="actor"),
               topic("ira", "Inflation Reduction Act", kind="program")]
    facts = facts_of("The Gila River Indian Community will conserve 125,000 acre-feet of water and receive $50 million "
                     "from the Inflation Reduction Act in exchange.\n", parties)
    assert facts["$50 million"] == ("gric",)
