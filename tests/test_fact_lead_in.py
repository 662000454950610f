"""A list's entries continue the sentence that leads into the list (ending with a colon or
announcing "the following"): a figure opening an entry is also the lead-in's topic's, and one in an
entry that names no topic takes it. On real lists, with real counter-examples of other subjects."""

from __future__ import annotations

from dataclasses import replace

from tests.test_fact_rules import facts_of, topic

DEEPWATER = [
    topic("restore-act", "RESTORE Act", kind="program"),
    topic("gulf-restoration", "Gulf restoration", "ecological restoration", "ecosystem restoration", kind="program"),
    topic("noaa", "National Oceanic and Atmospheric Administration", "NOAA"),
]
# Fish and Wildlife Service, on the RESTORE Act's allocation of the trust fund (three of five items).
FRAMEWORK = (
    "The RESTORE Act sets forth the following framework for allocation of the Trust Fund:\n\n"
    "- 35 percent equally divided among the five States for ecological restoration, economic development, "
    "and tourism promotion;\n"
    "- 30 percent divided among the States according to a formula to implement State expenditure plans, "
    "which require approval of the Council;\n"
    "- 2.5 percent plus interest allocated to the States for Centers of Excellence Research grants, which will "
    "each focus on science, technology, and monitoring related to Gulf restoration.\n"
)


def test_a_figure_opening_a_list_item_is_its_lead_ins_topics() -> None:
    facts = facts_of(FRAMEWORK, DEEPWATER)
    assert facts["30 percent"] == ("restore-act",)  # the item names no topic
    assert facts["2.5 percent"] == ("restore-act",)  # its one topic is in a relative clause, not the figure's
    assert facts["35 percent"] == ("gulf-restoration", "restore-act")  # the Act's share, for restoration


def test_paragraphs_opening_with_a_figure_are_entries_of_the_list_their_lead_in_opens() -> None:
    facts = facts_of(FRAMEWORK.replace("- ", "").replace(";\n", ";\n\n"), DEEPWATER)
    assert facts["30 percent"] == ("restore-act",)


def test_a_sentence_that_leads_into_no_list_gives_its_topic_to_no_item() -> None:
    # The same text with the lead-in's colon and "following" gone: the items keep their own topics.
    plain = FRAMEWORK.replace("following framework", "framework").replace("Trust Fund:", "Trust Fund.")
    facts = facts_of(plain, DEEPWATER)
    assert facts["30 percent"] == ()
    assert facts["35 percent"] == ("gulf-restoration",)


def test_the_lead_ins_subject_over_a_cue_of_an_item_naming_no_topic() -> None:
    partnership = replace(topic("musp", "Mekong-U.S. Partnership", "MUSP", kind="program"), cues=("assistance",))
    topics = [
        partnership,
        topic("united-states", "United States", "U.S. government"),
        topic("state-department", "State Department"),
        topic("usaid", "USAID"),
    ]
    # The Mekong trial (State Department fact sheet, 2021): the lead-in names three topics, its
    # subject the U.S. government; the last item's cue "assistance" no longer takes it apart from
    # its five siblings.
    facts = facts_of(
        "From fiscal year 2009 to 2021, the U.S. government provided over $4.3 billion in bilateral and "
        "regional grant assistance to the five Mekong partner countries, including nearly $4.0 billion from "
        "the State Department and USAID:\n\n"
        "- $1.4 billion for health programs;\n"
        "- $165 million for humanitarian assistance.\n",
        topics,
    )
    assert facts["$1.4 billion"] == ("united-states",)
    assert facts["$165 million"] == ("united-states",)


def test_a_lead_in_that_names_no_topic_gives_none() -> None:
    helene = [
        topic("hurricane-helene", "Hurricane Helene", "Helene", kind="threat"),
        topic("landslides", "Landslides", "landslide", kind="threat"),
    ]
    # Counter-example (helene, Federal Highway Administration, 2024): the lead-in names no topic;
    # Helene, named in the paragraph before it, is not the items' topic, and an item's own topic stays.
    facts = facts_of(
        "This is the latest installment of funding from the Emergency Relief program in addition to $167 "
        "million provided to North Carolina and Tennessee for Hurricane Helene recovery efforts.\n\n"
        "Emergency Relief funds via this \u201cquick release\u201d will be used toward the following repair "
        "efforts:\n\n"
        "- $250 million for North Carolina DOT to fund eligible repairs to damaged facilities including I-40.\n"
        "- $25 million to support the National Park Service in making repairs along the Blue Ridge Parkway, "
        "including landslides, guardrail damage, debris removal and restoration of local access.\n",
        helene,
    )
    assert facts["$250 million"] == ()
    assert facts["$25 million"] == ("landslides",)


def test_the_following_day_announces_no_list() -> None:
    """"The following" leads into a list; "the following day" only dates the sentence."""
    text = (
        "The RESTORE Act was signed the following year.\n\n"
        "- 30 percent divided among the States according to a formula to implement State expenditure plans.\n"
    )
    assert facts_of(text, DEEPWATER)["30 percent"] == ()
