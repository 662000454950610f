"""Statements by shapes held-out-22, held-out-23 and held-out-24 counted (dev since round twenty-six), each rule with
a counter-example from another subject: the closing slot of a clause or a quotation holding a person's role noun
("the judge said") or a document ("the report found", "the documents show"); a participle of describing after an
act of publishing a document ("issued a report describing"); the verb before its subject, the name after a role's
words or before a party in brackets ("said the court-appointed receiver Michael Goldberg")."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

SURFSIDE = (
    Actor("michael-hanzman", ("Michael Hanzman", "Hanzman", "Judge Hanzman"), "person", "Miami-Dade circuit judge"),
    Actor("michael-goldberg", ("Michael Goldberg", "Goldberg"), "person", "court-appointed receiver"),
    Actor("morabito-consultants", ("Morabito Consultants",), "organization"),
    Actor("ross-prieto", ("Ross Prieto", "Prieto"), "person", "Surfside's building official in 2018"),
)
UVALDE = (
    Actor("justice-department", ("U.S. Department of Justice", "Justice Department", "DOJ"), "organization"),
    Actor("roland-gutierrez", ("Roland Gutierrez", "Gutierrez"), "person", "Texas state senator for Uvalde"),
)
CROWDSTRIKE = (
    Actor("delta", ("Delta Air Lines", "Delta"), "organization"),
    Actor("crowdstrike", ("CrowdStrike",), "organization"),
)
MARIA = (
    Actor("joe-biden", ("Joe Biden", "Biden"), "person", "president of the United States"),
    Actor("harvard-chan-school", ("Harvard T.H. Chan School of Public Health", "Harvard"), "organization"),
)
GAZA = (Actor("benjamin-netanyahu", ("Benjamin Netanyahu", "Netanyahu"), "person", "prime minister of Israel"),)
RED_SEA = (Actor("houthis", ("Houthis", "Ansar Allah"), "organization"),)


def _statements(actors: tuple[Actor, ...], *paragraphs: tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker, speaker as written) of each statement; each paragraph given as its sentences."""
    found = extract_statements([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], actors)
    return [(s.kind, s.speaker, s.speaker_text) for s in found]


# --- a person's role noun in the closing slot: the one person the article gave that title -------------------

HANZMAN = (
    "Miami-Dade Circuit Judge Michael Hanzman, who’s presiding over the case and pushed for a speedy resolution, "
    "lauded the agreement, describing it as a win for the plaintiffs.",
    "“I’m at a loss for words,” the judge said.",
)


def test_the_judge_is_the_one_person_the_article_titled_judge() -> None:
    # sf05 p4: main kept the quotation apart ("judge" is in no list of role nouns)
    assert _statements(SURFSIDE, HANZMAN) == [("direct", "michael-hanzman", "Michael Hanzman")]


def test_the_judge_after_two_judges_stays_apart() -> None:
    # CrowdStrike: two people titled judge, so "the judge" is neither
    found = _statements(
        CROWDSTRIKE,
        (
            "Delta's suit was heard by Superior Court Judge Kelly Ellerbe, and CrowdStrike's by Judge Melynee "
            "Leftridge.",
            "“The filings are incomplete and the damages unproven,” the judge said.",
        ),
    )
    assert found == [("direct", None, None)]


def test_a_noun_heading_bodies_names_is_no_persons_title() -> None:
    # "Supreme Court Justice Mary Smith": "Court" before a name heads a body's name, so "the court" is no person
    found = _statements(
        CROWDSTRIKE,
        ("The appeal was heard by Supreme Court Justice Mary Smith on Monday.",),
        ("“The filings are incomplete and the damages unproven,” the court said.",),
    )
    assert found == [("direct", None, None)]


# --- a document closing a clause: its author as the article names one, else the document as written ----------

DOJ_RELEASED = (
    'The Justice Department on Thursday released a damning 575-page report detailing "cascading failures of '
    'leadership, decision-making, tactics, policy and training" by law enforcement during the May 2022 school '
    "shooting in Uvalde, Texas.",
)
REPORT_FOUND = (
    'The "most significant failure" in Uvalde was a decision by local police to classify the active-shooter '
    "incident as a barricaded standoff, the report found.",
)


def test_the_report_found_is_the_body_that_released_it() -> None:
    # uv05 p2: main gave no row ("found" closing a clause, not a quotation)
    assert _statements(UVALDE, DOJ_RELEASED, REPORT_FOUND)[-1] == ("reported", "justice-department", "the report")


def test_the_documents_show_with_no_author_named_is_kept_as_written() -> None:
    # sf03 p7: no sentence before names who wrote "the documents"
    found = _statements(
        SURFSIDE,
        ("Yet there is no evidence any of the critical concrete structure work ever started, the documents show.",),
    )
    assert found == [("reported", None, "the documents")]


def test_a_document_only_mentioned_by_a_speaker_is_not_his() -> None:
    # Hurricane Maria: Biden mentions the study; the study's words are not Biden's
    found = _statements(
        MARIA,
        ("Biden said the study overstated the toll.",),
        ("Deaths rose sharply in the months after the storm, the study found.",),
    )
    assert found[-1] == ("reported", None, "the study")


# --- a participle of describing after an act of publishing a document -----------------------------------------


def test_a_report_issued_describing_is_its_publishers_statement() -> None:
    # sf03 p2: main gave no row
    found = _statements(
        SURFSIDE,
        (
            "That was just over a month after engineering firm Morabito Consultants issued a report describing key "
            "flaws in the structure.",
        ),
    )
    assert found == [("reported", "morabito-consultants", "Morabito Consultants")]


def test_a_report_released_detailing_a_quotation_is_the_publishers() -> None:
    # uv05 p1: main kept the quoted phrase apart
    assert _statements(UVALDE, DOJ_RELEASED) == [("reported", "justice-department", "Justice Department")]


def test_published_photos_detailing_damage_are_no_statement() -> None:
    # Red Sea: photos are no document that says anything
    assert _statements(RED_SEA, ("The Houthis published photos detailing the damage to the ship's hull.",)) == []


# --- the verb before its subject: the name after a role's words, before a party in brackets ------------------


def test_said_the_role_then_the_name_is_the_names() -> None:
    # sf05 p6: main gave no row
    found = _statements(
        SURFSIDE,
        (
            "The $997 million deal could grow to as much as $1.1 billion, said the court-appointed receiver Michael "
            "Goldberg.",
        ),
    )
    assert found == [("reported", "michael-goldberg", "Michael Goldberg")]


def test_a_party_in_brackets_after_the_name_is_not_the_speaker() -> None:
    # uv05 p5: main kept the quotation apart
    found = _statements(
        UVALDE,
        (
            '"There\'s no justice until some cops get indicted for their malfeasance," said local state Sen. Roland '
            "Gutierrez (D).",
        ),
    )
    assert found == [("direct", "roland-gutierrez", "Roland Gutierrez")]


def test_the_spokesman_for_a_named_person_is_not_that_person() -> None:
    # Gaza: "for" makes the words after the verb a description with its owner, not a role before a name
    found = _statements(
        GAZA,
        ('"We will not stop until the hostages are home," said the spokesman for Prime Minister Benjamin Netanyahu.',),
    )
    assert found[0][1] != "benjamin-netanyahu"


# --- a document as subject, its author the codebook's body named before the noun ------------------------------

HOUSE = (Actor("texas-house-committee", ("House Investigative Committee", "Texas House committee"), "organization"),)
COLORADO = (Actor("reclamation", ("Bureau of Reclamation", "Reclamation"), "organization"),)
TURKEY = (Actor("afad", ("Disaster and Emergency Management Authority", "AFAD"), "organization"),)


def test_a_committee_report_found_past_a_dashed_aside_is_the_committees() -> None:
    # uv04 p2: main gave no row (the aside between dashes hid the clause's verb; the author is named before "report")
    found = _statements(
        HOUSE,
        (
            "A Texas House Committee report found 376 law enforcement officers — including U.S. Border Patrol, Texas "
            "Department of Public Safety officers, and Uvalde police — waited 77 minutes to confront the gunman.",
        ),
    )
    assert found == [("reported", "texas-house-committee", "Texas House Committee")]


def test_a_document_whose_words_before_it_name_no_actor_stays_apart() -> None:
    # Colorado River: "The August 2022 24-Month Study" names no author the codebook knows
    found = _statements(
        COLORADO,
        ("The August 2022 24-Month Study notes that Lake Mead will fall below 1,050 feet in January.",),
    )
    assert found == [("reported", None, None)]


def test_found_as_an_act_past_a_dashed_aside_is_no_statement() -> None:
    # Turkey: "found" people alive is an act, the aside between dashes changes nothing
    found = _statements(
        TURKEY, ("AFAD rescuers found 12 people — including two children — alive in the rubble of a building.",)
    )
    assert found == []
