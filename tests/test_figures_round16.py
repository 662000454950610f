"""Round 16's rules: a cue matches its word's forms, counts whose noun is a people of a place or
is left out are read, short durations and ratios are figures, and a figure about two topics keeps
both. Each on a real sentence of the dev texts (the Texas grid texts judged in round 15 are dev
texts now), with a counter-example from real text."""

from __future__ import annotations

from dataclasses import replace

from build_site.fact_topics import cued
from build_site.facts import elided, find_figures
from build_site.matcher import cue_key
from build_site.model import Topic
from tests.test_fact_rules import facts_of, topic


def _cued(item: Topic, *cues: str) -> Topic:
    return replace(item, cues=cues)


GRID = [
    _cued(
        topic(
            "storm-deaths",
            "Storm-related deaths",
            "winter storm-related deaths",
            "storm-related death",
            "deaths",
            kind="challenge",
        ),
        "died",
        "killed",
    ),
    _cued(
        topic("vehicle-accidents", "Vehicle accidents", "vehicle accident", "pileup crash", kind="challenge"),
        "vehicles",
    ),
    topic("winter-storm", "February 2021 winter storm", "winter storm", "winter storms", kind="threat"),
    topic("hypothermia", "Hypothermia", kind="threat"),
    topic("power-outages", "Power outages", "power outage", "outages", "without power", kind="challenge"),
]
WITHOUT_CUES = [replace(t, cues=()) for t in GRID]


def figures(sentence: str) -> dict[str, tuple[str, float | None]]:
    return {f.text: (f.kind, f.value) for f in find_figures(sentence)}


# --- 1. a cue matches its word's forms, both sides keyed by one function -------------------


def test_a_cue_key_is_the_same_for_every_form_of_its_word() -> None:
    assert cue_key("died") == cue_key("die") == cue_key("dies") == cue_key("dying")
    assert cue_key("deaths") == cue_key("death")
    assert cue_key("vehicles") == cue_key("vehicle")
    # Counter-example: a word's kin is not its form ("death" is no form of "died").
    assert cue_key("death") != cue_key("died")


def test_a_cue_reaches_the_verb_form_the_text_uses() -> None:
    # FOX 4 (2022): the codebook's cue is "died", the text says "die".
    text = (
        "28 of those deaths were reported in Travis County, the second-highest countywide death toll, only behind "
        "Harris County which had 43 die in connection with the storm.\n"
    )
    assert facts_of(text, GRID)["43 die"] == ("storm-deaths",)
    # Counter-example: with no cue declared, the verb says nothing.
    assert facts_of(text, WITHOUT_CUES)["43 die"] == ()


def test_a_text_word_and_a_cue_are_folded_alike() -> None:
    # The Texas Tribune (2021) writes a curly apostrophe; the cue is written with a straight one.
    sentence = "At least 111 Texans died as a result of last month\u2019s winter storm, according to updated numbers."
    found = cued(sentence, {cue_key("month's"): "winter-storm"}, [])
    assert [sentence[s:e] for s, e, _ in found] == ["month\u2019s"]
    # Counter-example: a cue inside a mention is no cue ("winter storm" named).
    start = sentence.index("winter storm")
    assert cued(sentence, {cue_key("winter storm"): "x"}, [(start, start + 12, "winter-storm")]) == []


# --- 2. counts the reader dropped --------------------------------------------------------


def test_a_count_of_a_people_of_a_place_is_read() -> None:
    tribune = "At least 111 Texans died as a result of last month\u2019s winter storm, according to updated numbers.\n"
    assert figures(tribune)["At least 111 Texans"] == ("count", 111.0)
    assert facts_of(tribune, GRID)["At least 111 Texans"] == ("storm-deaths",)
    # Wikipedia, attacks on the MV Tutor: a country's demonym.
    assert "over 37,000 Palestinians" in figures(
        "Israel's response saw an air, ground and sea assault on the Gaza Strip in which the Gaza Health Ministry "
        "reported that over 37,000 Palestinians were killed."
    )
    # Counter-examples: a capitalised plural that is no people ("FOX 4 News", a title's "3 Traffickers").
    assert figures("FOX 4 News Dallas-Fort Worth (from the Texas Department of State Health Services)") == {}
    assert figures("3 Traffickers Sentenced for Smuggling Meth, Heroin and Cocaine for Cartel") == {}


FOX4 = (
    "The Texas Department of State Health Services (DSHS) says 246 deaths are connected to the winter storm in "
    "February, 36 more than in the previous report. Out of the 244 that had state residency information "
    "available, 229 were Texas residents and 15 resided in other states or countries.\n\n"
    "28 of those deaths were reported in Travis County, the second-highest countywide death toll, only behind "
    "Harris County which had 43 die in connection with the storm. Dallas County had the third-highest death "
    "toll with 22.\n\n"
    "Elsewhere in Central Texas, Williamson County reported six deaths and Burnet County reported two.\n"
)


def test_a_count_whose_noun_is_left_out_is_read_and_takes_the_figure_before() -> None:
    facts = facts_of(FOX4, GRID)
    for figure in ("36 more", "244", "229", "15", "22", "two"):
        assert facts[figure] == ("storm-deaths",), figure
    assert elided("158 of those") and elided("229") and not elided("28 of those deaths")
    # Counter-examples: a word in "-ed" before a noun is no verb ("762 confirmed cases", BNO/FOX 4
    # measles), and a vague amount keeps its words ("hundreds of thousands", ShareAmerica, Sudan).
    assert "762 confirmed cases" in figures(
        "Since late January, 762 confirmed cases of measles were reported, with more than two-thirds of those "
        "cases in children."
    )
    assert list(
        figures(
            "Civilians in Sudan are paying the ultimate price and many \u2014 hundreds of thousands \u2014 are "
            "seeking to flee Sudan and find safety in neighboring countries."
        )
    ) == ["hundreds of thousands"]


def test_short_durations_ratios_and_spelled_percentages_are_figures() -> None:
    # Community Impact (2021), FOX 4 (2022), NPR (2021).
    assert figures("It would take four days before power would be restored to nearly all of the customers.") == {
        "four days": ("duration", 4 / 365)
    }
    outages = figures(
        "ERCOT had to force outages for more than 70 hours statewide\u2014nearly 10 times as long as outages "
        "during a 2011 winter storm."
    )
    assert outages["70 hours"][0] == "duration" and outages["nearly 10 times"] == ("ratio", 10.0)
    assert figures("About nine percent, or 22 deaths, resulted from motor vehicle accidents.")[
        "About nine percent"
    ] == (
        "percent",
        9.0,
    )
    # Counter-examples: "a day" is no span without a number (Red Sea dev text), and "three times
    # over" is a repetition, no ratio (LA wildfires dev text).
    assert (
        figures(
            "On Wednesday, US and British forces carried out airstrikes on Houthi positions, a day after the Iran-backed "
            "militia launched missile and drone attacks on ships in the Red Sea."
        )
        == {}
    )
    assert "ratio" not in {
        kind for kind, _ in figures("331,335 people can fill SoFi Stadium three times over").values()
    }


# --- 3. attachment -----------------------------------------------------------------------


def test_a_figure_keeps_its_own_topic_and_the_cause_its_clause_gives() -> None:
    facts = facts_of(
        "About nine percent, or 22 deaths, resulted from motor vehicle accidents caused by hazardous road "
        "conditions during the storm, says DSHS.\n",
        GRID,
    )
    assert facts["22 deaths"] == ("storm-deaths", "vehicle-accidents")
    assert facts["About nine percent"] == ("storm-deaths", "vehicle-accidents")  # the same figure, restated
    hypothermia = facts_of(
        "DSHS says that about 65 percent of winter storm-related deaths were injuries related to extreme-cold "
        "exposure, 158 of those due to hypothermia and three due to frostbite.\n",
        GRID,
    )
    assert hypothermia["158 of those"] == ("hypothermia", "storm-deaths")
    # Counter-example: a cause no topic names adds nothing (FOX 4, 2022).
    assert facts_of("According to the report, 25 deaths were due to the exacerbation of pre-existing illness.\n", GRID)[
        "25 deaths"
    ] == ("storm-deaths",)


def test_the_alias_a_figure_had_is_its_topic_when_nothing_else_places_it() -> None:
    facts = facts_of(
        "When Winter Storm Uri brought record-low temperatures to Texas in mid-February, millions of residents had "
        "prolonged power outages, and tens of thousands of homes had plumbing damage from frozen pipes.\n",
        GRID,
    )
    assert facts["millions of residents"] == ("power-outages",)
    # Counter-example, CDC (2024): a figure its clause's subject places keeps it ("12 U.S. states" are
    # where the dairy herds are, not the poultry's "confirmed cases" they have).
    avian = [
        topic("dairy-outbreak", "Outbreak in dairy cattle", "dairy cow herds", "infected herds", kind="challenge"),
        topic("poultry-outbreaks", "Outbreaks in poultry flocks", "confirmed cases", kind="challenge"),
        topic("usda", "US Department of Agriculture", "USDA"),
    ]
    assert facts_of(
        "On the animal health side, USDA is reporting that 139 dairy cow herds in 12 U.S. states have confirmed "
        "cases of avian influenza A(H5N1) virus infections in dairy cows as the number of infected herds continues "
        "to grow.\n",
        avian,
    )["12 U.S. states"] == ("dairy-outbreak",)


def test_a_ratio_no_rule_places_takes_the_figure_it_compares() -> None:
    tribune = (
        "At least 111 Texans died as a result of last month\u2019s winter storm, according to updated numbers.\n\n"
        "The newly revised number is nearly twice what the department estimated last week and will likely "
        "continue to grow.\n"
    )
    assert facts_of(tribune, GRID)["nearly twice"] == ("storm-deaths",)
    # Counter-example, CBP (2019): a ratio its own sentence places keeps that topic.
    fentanyl = [topic("fentanyl", "Fentanyl", "synthetic opioid", kind="threat")]
    assert facts_of(
        "Fentanyl is a synthetic opioid drug, with a potency roughly 100 times greater than morphine.\n", fentanyl
    )["roughly 100 times"] == ("fentanyl",)
