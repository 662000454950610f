"""Round 21's rules from the wildfire-smoke trial's figures, each on the trial's real sentence and a
real counter-example of another subject."""
from __future__ import annotations

from dataclasses import replace

from build_site.facts import find_figures
from tests.test_fact_rules import facts_of, topic

SEASON = replace(topic("season", "2023 Canadian wildfire season", "Canadian wildfires", kind="threat"),
                 cues=("burned", "burned area"))


def test_a_cue_verb_reaches_its_subject_past_a_conversion_and_an_adverb() -> None:
    # Real text (Mint): the area burned, in two units, then "have already burned".
    facts = facts_of("Federal Minister of Emergency Preparedness Bill Blair said about 3.8 million hectares "
                     "(9.4 million acres) have already burned.\n", [SEASON])
    assert facts["about 3.8 million hectares"] == ("season",) and facts["9.4 million acres"] == ("season",)
    # Real text (Forest Service): the participle right after the bracketed conversion.
    facts = facts_of("With over five million hectares (1 hectare=2.47 acres) burned, the already record-breaking "
                     "season had local Canadian resources tapped out.\n", [SEASON])
    assert facts == {"over five million hectares": ("season",)}


def test_a_figure_in_brackets_gives_the_value_of_the_cued_noun_phrase_before_it() -> None:
    # Real text (World Weather Watch).
    facts = facts_of("The scale of this year’s fires is so large that the burned area as of July 2 (8.33 million "
                     "hectares) is equivalent in size to countries such as Czechia and Austria.\n", [SEASON])
    assert facts["8.33 million hectares"] == ("season",)
    # Counter-example (the same text): a bracketed figure whose noun phrase holds no cue stays off.
    facts = facts_of("In fact, the combined area (2.35 million hectares) affected by these four fires exceeds the "
                     "total burned area recorded at the end of the fire season.\n", [SEASON])
    assert facts["2.35 million hectares"] == ()
    # Counter-example (sudan, AP): a distance in two units after a cue is no value of it.
    displaced = replace(topic("displacement", "Displacement crisis", kind="threat"), cues=("displaced",))
    facts = facts_of("Displaced families arriving in Tawila, about 70 kilometers (43 miles) from el-Fasher, find "
                     "little relief.\n", [displaced])
    assert facts == {"about 70 kilometers": (), "43 miles": ()}


def test_a_unit_conversion_and_a_reading_time_are_no_figures() -> None:
    # Real text (Forest Service; Toronto Star's header line).
    assert [f.text for f in find_figures("With over five million hectares (1 hectare=2.47 acres) burned.")] == [
        "over five million hectares"]
    assert [f.kind for f in find_figures("Wed., June 7, 2023 timer 2 min. read")] == ["year"]
    # Counter-example (key-bridge): minutes that something took stay a figure.
    sentence = "The Dali left Baltimore's Seagirt Marine Terminal and entered the shipping channel within 30 minutes."
    assert [(f.text, f.kind) for f in find_figures(sentence)] == [("30 minutes", "duration")]


def test_the_value_of_a_previous_record_is_no_figure_of_the_topic() -> None:
    # Real text (World Weather Watch): the 1989 record, not the 2023 season's area.
    facts = facts_of("Canada's 2023 wildfire season made history on June 30, by surpassing the previous record of "
                     "8.02 million hectares of burned area in a single season, set in 1989.\n", [SEASON])
    assert facts["8.02 million hectares"] == ()
    # Counter-example (panama-canal, Pro Farmer): a record the topic itself reaches stays its figure.
    propane = topic("propane", "Propane shipments", kind="threat")
    facts = facts_of("In October, propane shipments reached a record of 2.1 million barrels per day.\n", [propane])
    assert facts["2.1 million barrels"] == ("propane",)


def test_a_reading_on_a_named_index_is_a_level() -> None:
    readings = [
        # Real text (Toronto Star; The New York Times; the same Times story).
        ("New York was sitting at third place with a US Air Quality Index of 158, or “unhealthy” according to IQAir.",
         "158"),
        ("Toronto currently has the dubious honour of ranking second place, with a US AQI of 175 or “unhealthy.”", "175"),
        ("A plume of smoke approached the nation’s largest city and sent the air quality index soaring past 324, the "
         "worst since the Environmental Protection Agency began recording air quality measurements.", "324"),
        ("For much of Wednesday, the air quality index in Syracuse surpassed 400, according to AirNow.", "400"),
    ]
    for sentence, text in readings:
        assert [(f.text, f.kind, f.value) for f in find_figures(sentence) if f.kind == "level"] == [
            (text, "level", float(text))]
    # Counter-example (said/ texts, an earthquake report): a magnitude written before its scale's name is
    # no reading of this shape; the disagreements read magnitudes on their own.
    sentence = ("11 pm local time with an aftershock that measured 4.9 on the Ritcher scale about 20 minutes later, "
                "according to the US Geological Survey.")
    assert "level" not in {f.kind for f in find_figures(sentence)}


def test_a_reading_is_the_topic_its_index_or_place_names() -> None:
    places = [topic("syracuse", "Syracuse", kind="place"), topic("aqi", "Air quality index", kind="threat")]
    facts = facts_of("For much of Wednesday, the air quality index in Syracuse surpassed 400, according to AirNow.\n",
                     places)
    assert facts["400"] == ("syracuse",)


def test_out_of_is_a_share_and_out_no_counted_noun() -> None:
    # Real text (World Weather Watch): "46 out" is no count.
    sentence = "It exceeds the total burned area recorded at the end of the fire season in 46 out of the past 64 years."
    assert [f.text for f in find_figures(sentence) if f.kind == "count"] == []
    # Counter-example (said/ texts, a pilgrimage report): the whole keeps its counted noun.
    sentence = "It also said that 96 out of 110 pilgrims who had been reported missing were found."
    assert [(f.text, f.kind) for f in find_figures(sentence)] == [("110 pilgrims", "count")]
