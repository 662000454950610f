"""Statements by shapes held-out-22 counted (dev since round twenty-four), each rule with a counter-example
from another subject: a lead-in line that names a speaker and a document of speech makes the paragraphs
under it, up to the next heading, that speaker's own words."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

CROWDSTRIKE = (
    Actor("mark-green", ("Mark E. Green", "Mark Green"), "person", "Chairman of the House Homeland Security Committee"),
    Actor("crowdstrike", ("CrowdStrike",), "organization"),
)
US_MEXICO = (Actor("dea", ("DEA", "Drug Enforcement Administration"), "organization"),)


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
    # cw02 p2-p8: main gave the six paragraphs of the chairman's remarks no speaker
    found = _statements(CROWDSTRIKE, GREEN_OPENS, GREEN_LEAD_IN, GREEN_THANKS, GREEN_MISTAKES)
    assert found == [
        ("direct", "mark-green", "Chairman Green", "p2"),
        ("direct", "mark-green", "Chairman Green", "p3"),
    ]


def test_remarks_by_a_speaker_as_a_lead_in_line_name_him() -> None:
    found = _statements(CROWDSTRIKE, ("Remarks by Chairman Green as delivered:",), GREEN_THANKS)
    assert found == [("direct", "mark-green", "Chairman Green", "p1")]


def test_the_speech_under_a_lead_in_line_ends_at_the_next_heading() -> None:
    # a gap in the numbered anchors is a heading between (p4 is one): what follows it is no longer his
    found = _statements(CROWDSTRIKE, GREEN_LEAD_IN, GREEN_THANKS, GREEN_MISTAKES, anchors=("p1", "p2", "p4"))
    assert found == [("direct", "mark-green", "Chairman Green", "p2")]


SOCIAL_MEDIA = ("Social media comments poured in following the DEA’s announcement:",)
COMMENT = (
    "There is a long and distinguished list of agents and prosecutors who worked tirelessly to bring Rafael Caro "
    "Quintero to justice.",
)


def test_a_lead_in_line_naming_no_document_of_speech_makes_no_speaker() -> None:
    # mx31: the comments under "the DEA’s announcement:" are the public's, not the DEA's
    assert _statements(US_MEXICO, SOCIAL_MEDIA, COMMENT) == []
