"""Statements by shapes held-out-22 counted (dev since round twenty-four), each rule with a counter-example
from another subject: a lead-in line that names a speaker and a document of speech makes the paragraphs
under it, up to the next heading, that speaker's own words; a verb of estimating before "that" reports a
finding; a document commissioned by a body is not that body's finding; a participle of saying after an act of
sending, releasing or filing is the act's subject's statement; a study closing a sentence as its speaker, its
owner named before it, is the owner's."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

CROWDSTRIKE = (
    Actor("mark-green", ("Mark E. Green", "Mark Green"), "person", "Chairman of the House Homeland Security Committee"),
    Actor("crowdstrike", ("CrowdStrike",), "organization"),
)
US_MEXICO = (Actor("dea", ("DEA", "Drug Enforcement Administration"), "organization"),)
MARIA = (
    Actor("puerto-rico-government", ("Government of Puerto Rico", "Puerto Rican government"), "organization"),
    Actor("george-washington-university", ("George Washington University",), "organization"),
    Actor("harvard-chan-school", ("Harvard T.H. Chan School of Public Health", "Harvard"), "organization"),
    Actor("elizabeth-warren", ("Elizabeth Warren",), "person", "United States Senator"),
)
HAITI = (Actor("un", ("United Nations", "UN"), "organization"),)
MPOX = (Actor("drc-health-ministry", ("Congolese Ministry of Health", "Congolese Health Ministry"), "organization"),)
RED_SEA = (Actor("houthis", ("Houthis", "Houthi"), "organization"),)
DELTA = (Actor("delta-air-lines", ("Delta Air Lines", "Delta"), "organization"), *CROWDSTRIKE)


def _statements(
    actors: tuple[Actor, ...], *paragraphs: tuple[str, ...], anchors: tuple[str, ...] = ()
) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, speaker, speaker as written, anchor) of each statement; each paragraph given as its sentences."""
    names = anchors or tuple(f"p{n}" for n in range(len(paragraphs)))
    found = extract_statements([Paragraph(a, p) for a, p in zip(names, paragraphs, strict=True)], actors)
    return [(s.kind, s.speaker, s.speaker_text, s.anchor) for s in found]


# --- a lead-in line naming a speaker and a document of speech ----------------------------------------------

GREEN_OPENS = (
    "WASHINGTON, D.C. — Today, House Committee on Homeland Security Chairman Mark E. Green, MD (R-TN) delivered "
    "the following opening statements in a hearing to examine CrowdStrike’s defective software update.",
)
GREEN_LEAD_IN = ("Chairman Green’s opening statement as prepared for delivery:",)
GREEN_THANKS = (
    "Thank you, Chairman Garbarino, for your leadership on advancing our nation’s cybersecurity, and for holding "
    "this very important hearing.",
)
GREEN_MISTAKES = ("Mistakes can happen.", "However, we cannot allow a mistake of this magnitude to happen again.")


def test_paragraphs_under_a_speakers_opening_statement_are_his() -> None:
    # cw02 p2-p8: main gave the six paragraphs of the chairman's remarks no speaker; the speaker is
    # shown without his title, as "Secretary Rubio" is ("Chairman" is in name_checks' list of titles)
    found = _statements(CROWDSTRIKE, GREEN_OPENS, GREEN_LEAD_IN, GREEN_THANKS, GREEN_MISTAKES)
    assert found == [
        ("direct", "mark-green", "Green", "p2"),
        ("direct", "mark-green", "Green", "p3"),
    ]


def test_remarks_by_a_speaker_as_a_lead_in_line_name_him() -> None:
    found = _statements(CROWDSTRIKE, ("Remarks by Chairman Green as delivered:",), GREEN_THANKS)
    assert found == [("direct", "mark-green", "Green", "p1")]


def test_the_speech_under_a_lead_in_line_ends_at_the_next_heading() -> None:
    # a gap in the numbered anchors is a heading between (p4 is one): what follows it is no longer his
    found = _statements(CROWDSTRIKE, GREEN_LEAD_IN, GREEN_THANKS, GREEN_MISTAKES, anchors=("p1", "p2", "p4"))
    assert found == [("direct", "mark-green", "Green", "p2")]


SOCIAL_MEDIA = ("Social media comments poured in following the DEA’s announcement:",)
COMMENT = (
    "There is a long and distinguished list of agents and prosecutors who worked tirelessly to bring Rafael Caro "
    "Quintero to justice.",
)


def test_a_lead_in_line_naming_no_document_of_speech_makes_no_speaker() -> None:
    # mx31: the comments under "the DEA’s announcement:" are the public's, not the DEA's
    assert _statements(US_MEXICO, SOCIAL_MEDIA, COMMENT) == []


# --- verbs of estimating, and a document commissioned by a body ----------------------------------------------


def test_an_analysis_by_a_body_that_estimates_that_is_the_bodys() -> None:
    # cw04 p2: main read no verb of saying in "estimates that"
    analysis = (
        "In-depth analysis by Parametrix estimates that the largest direct financial loss will be suffered by "
        "Fortune 500 companies in the healthcare sector ($1.938 billion), followed by banking ($1.149 billion).",
    )
    assert _statements(CROWDSTRIKE, analysis) == [("reported", None, "Parametrix", "p0")]


def test_a_study_commissioned_by_a_body_is_not_the_bodys_finding() -> None:
    # hm03 p2: main gave the study's finding to the government that commissioned it
    letter = (
        "The letter comes after a study commissioned by the government of Puerto Rico found that there were an "
        "estimated 2,975 deaths resulting from Hurricane Maria.",
    )
    assert _statements(MARIA, letter) == [("reported", None, None, "p0")]


def test_estimated_as_an_adjective_or_in_the_passive_is_no_statement() -> None:
    # ht (Haiti), it (Itaewon) and mw (Maui): an estimate written as a figure's adjective or a passive names no one
    sentences = (
        "Gangs are estimated to control up to 80 per cent of the capital and have seized key roads.",
        "An estimated 100,000 people gathered in Seoul's popular Itaewon nightlife district on Saturday.",
        "The blaze is estimated to have caused $5.5 billion in damage.",
    )
    assert _statements(HAITI, sentences) == []


def test_the_noun_estimate_before_that_is_no_verb() -> None:
    # after dn02's "an estimate from Derna’s mayor, who warned that ...": the noun names no one estimating
    sentence = ("The estimate that as many as 20,000 people might have lost their lives came from the mayor.",)
    assert _statements(HAITI, sentence) == []


# --- a participle of saying after an act ---------------------------------------------------------------------


def test_a_participle_of_claiming_after_a_lawsuit_is_the_suers() -> None:
    # cw03 p1: main read no verb of saying in "sued CrowdStrike on Friday, claiming"
    sued = (
        "ATLANTA — (AP) — Delta Air Lines sued CrowdStrike on Friday, claiming the cybersecurity company had cut "
        "corners and caused a worldwide technology outage that led to thousands of canceled flight in July.",
    )
    assert _statements(DELTA, sued) == [("reported", "delta-air-lines", "Delta Air Lines", "p0")]


def test_a_release_showing_a_scene_and_no_clause_is_no_statement() -> None:
    # after rs32 (the Red Sea): footage "showing corpses strewn across the site" shows, it reports no one's words
    footage = (
        "The Houthis released graphic footage of the aftermath of the attack, showing corpses strewn across the site.",
    )
    assert _statements(RED_SEA, footage) == []


def test_a_letter_sent_requesting_is_its_senders_request() -> None:
    # after hm03 p2 (whose parenthesis and "along with" phrase still part the subject from its verb)
    letter = (
        "United States Senator Elizabeth Warren sent a letter to the Federal Emergency Management Agency (FEMA) "
        "requesting information about fatalities in Puerto Rico as a result of Hurricane Maria and its aftermath.",
    )
    assert _statements(MARIA, letter) == [
        ("reported", "elizabeth-warren", "United States Senator Elizabeth Warren", "p0")
    ]


# --- a document in the closing slot ------------------------------------------------------------------------

HARVARD_STUDY = (
    "Hurricane Maria likely killed thousands of people across Puerto Rico last year, more than 70 times the "
    "official estimate, a Harvard study released Tuesday says.",
)


def test_a_study_closing_the_sentence_is_its_owners() -> None:
    # hm01 p1: main read no speaker in "a Harvard study released Tuesday says"
    assert _statements(MARIA, HARVARD_STUDY) == [("reported", "harvard-chan-school", "Harvard", "p0")]


def test_a_study_with_no_owner_closing_the_sentence_gives_no_speaker() -> None:
    # not the day it came out ("Tuesday"), nor any name before it: no one is read as its speaker
    unowned = (HARVARD_STUDY[0].replace("a Harvard study", "a new study"),)
    assert [s for s in _statements(MARIA, unowned) if s[2] is not None] == []


def test_a_report_published_by_a_body_is_still_the_bodys() -> None:
    # mp (mpox): "a report published by" names its author after the participle, as before
    report = (
        "According to a report published by the Congolese Ministry of Health last Tuesday, the country has "
        "reported 42,912 suspected cases since the beginning of the year.",
    )
    assert _statements(MPOX, report)[0][1] == "drc-health-ministry"


def test_it_is_estimated_that_is_no_ones_statement() -> None:
    # after dn01-dn02 (Derna): a passive estimate is not the statement of the body that spoke before it
    derna = (
        Actor("libyan-red-crescent", ("Libyan Red Crescent",), "organization"),
        Actor("ocha", ("OCHA",), "organization"),
    )
    found = _statements(
        derna,
        ("The Libyan Red Crescent said 11,300 people had died in the city.",),
        ("It is estimated that about 30,000 people have been left homeless.",),
    )
    assert [s for s in found if s[3] == "p1" and s[2] is not None] == []


# --- a legislator's party and state set off by commas after the name --------------------------------------

CANTWELL = (Actor("maria-cantwell", ("Maria Cantwell",), "person", "United States Senator"),)


def test_a_party_and_state_after_the_name_leaves_the_name_the_speaker() -> None:
    said = "U.S. Sen. Maria Cantwell, D-Washington, said the company had failed to hand over its records."
    chairs = (
        "U.S. Sen. Maria Cantwell, D-Washington, who chairs the committee, had sent a letter to the company, "
        "demanding that it provide the names within 48 hours."
    )
    assert _statements(CANTWELL, (said,)) == [("reported", "maria-cantwell", "U.S. Sen. Maria Cantwell", "p0")]
    assert _statements(CANTWELL, (chairs,)) == [("reported", "maria-cantwell", "U.S. Sen. Maria Cantwell", "p0")]


def test_another_legislators_party_and_state_and_a_name_with_none() -> None:
    graham = "Sen. Lindsey Graham, R-S.C., told reporters the vote would fail."
    plain = "Maria Cantwell, who chairs the committee, said the bill was dead."
    assert _statements((), (graham,)) == [("reported", None, "Lindsey Graham", "p0")]
    assert _statements(CANTWELL, (plain,)) == [("reported", "maria-cantwell", "Maria Cantwell", "p0")]
