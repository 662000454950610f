"""Statements by three shapes that recur across subjects: a quotation that is all its sentence or paragraph
goes on with the speaker just before it; verbs of finding and of writing on a network read in the slots of
the verbs of saying; and a person named with a title that ends in a body speaks for themselves. Real
sentences of held-out-21 (the Titan submersible; dev since round twenty-two), held-out-11 (the Black Sea
grain deal), held-out-10 (the South China Sea) and held-out-12 (the Gaza ceasefire talks), each rule with a
counter-example from another subject."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

TITAN = (
    Actor("oceangate", ("OceanGate", "OceanGate Expeditions"), "organization"),
    Actor("us-coast-guard", ("United States Coast Guard", "U.S. Coast Guard", "USCG"), "organization"),
    Actor("us-navy", ("United States Navy", "U.S. Navy", "Navy"), "organization"),
)
GAZA = (
    Actor("israeli-military", ("Israeli military", "IDF", "Israel Defense Forces"), "organization"),
    Actor("hamas", ("Hamas",), "organization"),
)
SOUTH_CHINA_SEA = (Actor("permanent-court-of-arbitration", ("Permanent Court of Arbitration",), "organization"),)


def _speakers(actors: tuple[Actor, ...], *paragraphs: tuple[str, ...]) -> list[tuple[str | None, str | None]]:
    """(speaker, speaker as written) of each statement; each paragraph given as its sentences."""
    found = extract_statements([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], actors)
    return [(s.speaker, s.speaker_text) for s in found]


# --- a quotation that goes on with the speaker before it ---------------------------------------------------

OCEANGATE_CONTINUED = (
    "“This is an extremely sad time for our dedicated employees who are exhausted and grieving deeply over this "
    "loss,” they continued.",
    "“The entire OceanGate family is deeply grateful for the countless men and women from multiple organizations "
    "of the international community who expedited wide-ranging resources and have worked so very hard on this "
    "mission.”",
)
OCEANGATE_BEGAN = (
    "“We now believe that our CEO Stockton Rush, Shahzada Dawood and his son Suleman Dawood, Hamish Harding, and "
    "Paul-Henri Nargeolet, have sadly been lost,” OceanGate said in a statement.",
)
OCEANGATE_ENDS = (
    "“We respectfully ask that the privacy of these families be respected during this most painful time.”",
)


def test_a_paragraph_that_is_one_quotation_goes_on_with_the_speaker_before_it() -> None:
    # tn04 p3-p4: main kept the last paragraph's quotation apart
    speakers = _speakers(TITAN, OCEANGATE_BEGAN, OCEANGATE_CONTINUED, OCEANGATE_ENDS)
    assert speakers[-1] == ("oceangate", "they")


MILITARY = (
    'The military added that the casualty figures published by Hamas-run authorities in Gaza "do not align with '
    'the information held by the IDF, the precise munitions used, and the accuracy of the strike".',
    "One of the survivors, Ola al-Shaer, told Reuters at the site that she had been awakened by the violent blasts.",
    "She cried out to her children and fled into the night, surrounded by fire.",
)
SURVIVOR = (
    '"We saw women cut in pieces, children cut in pieces and martyrs. There are still people missing. People are '
    'looking for them and they still have not found them yet."',
)


def test_a_quotation_under_a_heading_does_not_go_on_from_above_it() -> None:
    # the build numbers headings among the blocks: p4 is a heading, left out of the paragraphs
    paragraphs = [
        Paragraph("p2", OCEANGATE_BEGAN),
        Paragraph("p3", OCEANGATE_CONTINUED),
        Paragraph("p5", OCEANGATE_ENDS),
    ]
    assert [(s.anchor, s.speaker) for s in extract_statements(paragraphs, TITAN)][-1] == ("p5", None)


def test_a_quotation_after_another_speakers_saying_is_not_the_statement_before() -> None:
    # gz06 p4-p5: the survivor's words follow "told Reuters", which no row gives her; never the military's
    assert _speakers(GAZA, MILITARY, SURVIVOR)[-1] == (None, None)


def test_a_quotation_after_another_codebook_person_named_stays_apart() -> None:
    people = (*TITAN, Actor("jamie-frederick", ("Jamie Frederick", "Frederick"), "person"))
    between = ("Frederick was asked about the noises detected on Tuesday and Wednesday.",)
    speakers = _speakers(people, OCEANGATE_BEGAN, between, OCEANGATE_ENDS)
    assert speakers[-1] == (None, None)


# --- verbs of finding and of writing on a network ----------------------------------------------------------

BOARD = (
    "The board determined the primary contributing factors were OceanGate’s inadequate design, certification, "
    "maintenance and inspection process for the Titan.",
)
FOUND = ("The board also found OceanGate failed to properly investigate and address known hull anomalies.",)


def test_a_body_that_determined_or_found_a_clause_makes_a_statement() -> None:
    # tn05 p4, p5: main wrote no row; "the board" is a description left to the description resolver
    found = extract_statements([Paragraph("p0", BOARD), Paragraph("p1", FOUND)], TITAN)
    assert [s.kind for s in found] == ["reported", "reported"]


def test_a_ruling_by_a_court_found_that_is_the_courts() -> None:
    sentence = (
        "A 2016 ruling by the Permanent Court of Arbitration found that China's sweeping claims have no legal basis.",
    )
    assert _speakers(SOUTH_CHINA_SEA, sentence) == [
        ("permanent-court-of-arbitration", "Permanent Court of Arbitration")
    ]


def test_found_with_an_object_and_no_clause_is_an_act() -> None:
    team = (
        "The Coast Guard-led team found five major pieces of debris that led it to conclude it was the Titan, Hankins said.",
    )
    assert _speakers(TITAN, team) == [(None, "Hankins")]
    rescuers = ("Rescuers found more bodies along the coast of Derna on Thursday.",)
    assert _speakers(TITAN, rescuers) == []
    assert _speakers(TITAN, ("More bodies were found along the coast of Derna on Thursday.",)) == []


def test_tweeted_that_is_a_verb_of_saying() -> None:
    # bg01 p2: "Podolyak tweeted" is the quotation's own attribution, and its "adding that" a statement of his
    podolyak = (
        "Mykhailo Podolyak, an adviser to Ukraine’s president, said Ukraine and Russia would sign separate agreements.",
        "“Ukraine is not signing any document with Russia,” Podolyak tweeted, adding that his country would sign an "
        "agreement with Turkey and the UN.",
    )
    assert _speakers((), podolyak)[1:] == [(None, "Podolyak"), (None, "Podolyak")]
    assert [s.kind for s in extract_statements([Paragraph("p0", podolyak)], ())] == ["reported", "direct", "reported"]


def test_tweeted_a_photo_is_no_statement() -> None:
    assert _speakers(TITAN, ("The Navy tweeted a photo of the Polar Prince on Sunday.",)) == []


# --- a person's words are not the body of their title ------------------------------------------------------

HANKINS = (
    "The Coast Guard will continue to map the debris field, Paul Hankins, director for salvage operations with the "
    "U.S. Navy said during the Thursday press conference.",
)


def test_a_person_named_with_a_title_ending_in_a_body_speaks_not_the_body() -> None:
    # tn02 p6: main gave Hankins's words to the U.S. Navy
    assert _speakers(TITAN, HANKINS) == [(None, "Paul Hankins")]
    with_him = (*TITAN, Actor("paul-hankins", ("Paul Hankins", "Hankins"), "person"))
    assert _speakers(with_him, HANKINS) == [("paul-hankins", "Paul Hankins")]


def test_an_opening_phrase_before_the_body_is_no_person() -> None:
    # Held-out-22 (judged after the round's rules, then read): "In February" was taken for a
    # person whose title ended in the Government of Puerto Rico; the title opens in lower case.
    puerto_rico = (Actor("puerto-rico-government", ("Government of Puerto Rico",), "organization"),)
    sentence = ("In February, the Government of Puerto Rico announced it would revise the count.",)
    assert _speakers(puerto_rico, sentence) == [("puerto-rico-government", "Government of Puerto Rico")]


def test_a_body_named_alone_before_the_verb_still_speaks() -> None:
    sentence = ("The Israeli strike hit a command centre inside the humanitarian zone, the Israeli military said.",)
    assert _speakers(GAZA, sentence) == [("israeli-military", "the Israeli military")]


# --- transcript labels: a legislator's party and state, and a label alone over its turn ---------------------

HEARING = (
    ("SEN. TED CRUZ (R-TX): Thank you, Chairwoman. Tell the committee what the board found.",),
    ("JENNIFER HOMENDY, CHAIR, NATIONAL TRANSPORTATION SAFETY BOARD:",),
    ("Thank you, Senator. The helicopter was flying above the altitude its route allowed.",),
    ("We have issued an urgent recommendation.",),
    ("SEN. TED CRUZ (R-TX): Thank you.",),
)
SENATE = (
    Actor("ted-cruz", ("Ted Cruz", "Cruz"), "person", "senator from Texas"),
    Actor("jennifer-homendy", ("Jennifer Homendy", "Homendy"), "person", "chair of the NTSB"),
)


def _turns(actors: tuple[Actor, ...], paragraphs: tuple[tuple[str, ...], ...]) -> list[tuple[str, str | None, str]]:
    found = extract_statements([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], actors)
    return [(s.anchor, s.speaker, s.kind) for s in found]


def test_a_label_with_party_and_state_and_a_label_alone_over_its_turn() -> None:
    # the shape of committee hearing transcripts; main read neither label, so no turn at all
    assert _turns(SENATE, HEARING) == [
        ("p0", "ted-cruz", "transcript"),
        ("p2", "jennifer-homendy", "transcript"),
        ("p3", "jennifer-homendy", "transcript"),
        ("p4", "ted-cruz", "transcript"),
    ]


def test_a_label_alone_opens_the_turns_of_a_broadcast_transcript() -> None:
    # tn01 p0-p1: "BORIS SANCHEZ, CNN HOST:" alone, then "SANCHEZ: Let's listen in." (his turn, as before)
    found = extract_statements(
        [
            Paragraph("p0", ("BORIS SANCHEZ, CNN HOST:",)),
            Paragraph("p1", ("SANCHEZ: Let's listen in.",)),
            Paragraph("p2", ("UNIDENTIFIED FEMALE: Please limit your questions to one per outlet.",)),
        ],
        TITAN,
    )
    assert [(s.anchor, s.speaker_text) for s in found] == [("p1", "SANCHEZ"), ("p2", "UNIDENTIFIED FEMALE")]


def test_headings_in_capitals_alone_make_no_transcript() -> None:
    # a news page's run-in heads over prose: no label, no turn, and prose naming a senator's party stays prose
    page = (
        ("KEY POINTS:",),
        ("The helicopter was flying above its altitude limit, Homendy said.",),
        ("WHAT COMES NEXT:",),
        ("Sen. Ted Cruz (R-TX) said the committee would hold a hearing.",),
    )
    assert _turns(SENATE, page) == [("p1", "jennifer-homendy", "reported"), ("p3", "ted-cruz", "reported")]
