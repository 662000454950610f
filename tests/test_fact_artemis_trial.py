"""The Artemis trial's figures (its fault F14), each mended by a general shape, with the trial's
real sentence and a sentence of another subject: a figure opening a line with its label after a
colon, and a noun phrase said "to be" the figure."""

from __future__ import annotations

from dataclasses import replace

from tests.test_fact_rules import facts_of, topic

ARTEMIS = [
    topic("nasa", "NASA"),
    topic("congress", "US Congress", "Congress"),
    topic("artemis", "Artemis program", "Artemis", kind="program"),
    topic("artemis-iii", "Artemis III", kind="program"),
    topic("sls", "Space Launch System", "SLS", kind="program"),
    topic("orion", "Orion", kind="program"),
    replace(topic("cost-growth", "Cost growth", kind="threat"), cues=("cost", "costs", "amount", "spend")),
]
# Parabolic Arc (2022), on the NASA Inspector General's testimony: four of the list's five entries.
COST_LIST = (
    "We'll start with the eye popping, which came in the form of a series of numbers:\n\n"
    "- $53 billion: amount NASA will spend between fiscal years (FY) 2021 and 2025\n"
    "- $93 billion: amount NASA will have spent since FY 2012 (when Artemis work began in earnest) and FY 2025\n"
    "- $25 billion: amount NASA has excluded from budget estimates through FY 2025 for work beyond the "
    "Artemis III mission\n"
    "- $4.1 billion: cost of launching each Space Launch System (SLS) and Orion spacecraft through the first "
    "four missions\n"
)


def test_a_figure_opening_a_line_is_what_its_label_after_the_colon_says() -> None:
    facts = facts_of(COST_LIST, ARTEMIS)
    assert facts["$53 billion"] == ("cost-growth",)  # "amount", the label's first noun, is a cue
    assert facts["$93 billion"] == ("cost-growth",)
    assert facts["$25 billion"] == ("cost-growth",)
    assert facts["$4.1 billion"] == ("cost-growth",)  # "cost of launching each ..."


def test_a_labelled_figure_takes_the_subject_of_its_label_clause() -> None:
    # USAID's release on its Ebola funding (2014): the label is a sentence, its subject the Office.
    topics = [
        topic("usaid", "USAID"),
        topic("ofda", "Office of US Foreign Disaster Assistance", "OFDA"),
        topic("ebola-response", "Ebola response", kind="program"),
    ]
    text = (
        "$5 million: USAID\u2019s Office of US Foreign Disaster Assistance (OFDA) is ramping up its support for "
        "the international community\u2019s Ebola response efforts.\n"
    )
    assert facts_of(text, topics)["$5 million"] == ("ofda",)  # USAID only says whose Office it is


def test_a_colon_after_a_figure_inside_its_sentence_still_ends_the_clause() -> None:
    # The same label after a figure that does not open its line: the colon closes the figure's clause.
    text = "NASA cited $53 billion: amount NASA will spend between fiscal years (FY) 2021 and 2025.\n"
    assert facts_of(text, ARTEMIS)["$53 billion"] == ("nasa",)


def test_the_noun_phrase_said_to_be_the_figure_is_what_it_is_about() -> None:
    # Republic World (2022): the listener of "informed" and the subject of the "that" clause are
    # not what the figure measures; the cost is, said "to be" it.
    text = (
        "The auditor informed the US Congress that NASA officials had initially expected the cost to be around "
        "$500 million for each mission which has now ballooned to $4.1 billion.\n"
    )
    assert facts_of(text, ARTEMIS)["around $500 million"] == ("cost-growth",)


def test_a_mention_said_to_be_the_figure_past_its_of_phrase() -> None:
    # The Winston-Salem Journal on the SVB failure (2023): the mention "cost of the failure", not the
    # fund named in its phrase.
    topics = [
        topic("fdic", "FDIC"),
        topic("svb", "Silicon Valley Bank"),
        topic("dif", "Deposit Insurance Fund", kind="program"),
        topic("failure-cost", "Cost of the failure", "cost of the failure", kind="threat"),
    ]
    text = (
        "The FDIC estimates the cost of the failure of Silicon Valley Bank to its Deposit Insurance Fund to be "
        "$20 billion.\n"
    )
    assert facts_of(text, topics)["$20 billion"] == ("failure-cost",)


def test_an_actor_said_to_be_a_figure_is_no_value_of_it() -> None:
    # A counter-example of the same shape: an actor raised before "to be" is who the figure is about
    # by the clause, not a value the rule reads (the actor stays the clause's subject).
    text = "Analysts expected NASA to be spending $93 billion by FY 2025.\n"
    assert facts_of(text, ARTEMIS)["$93 billion"] == ("nasa",)
