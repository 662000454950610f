"""Statements by shapes a new user's Colorado River trial met (dev), each rule with a counter-example of another
subject: a quotation opened with one kind of double mark and closed with the other is one quotation; a
possessive after "according to X," is no speaker, and a forecast's maker speaks for it; "the governors of A, B and
C" is one subject, never the places listed; "shared" attributes a quotation next to it; "X released the following
statement ...:" makes the quotation under it X's; "A statement issued by X on Friday said, "..."" is X's; a phrase
quoted as a noun in a sentence that reports no speech is no statement."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

COLORADO = (
    Actor("deb-haaland", ("Deb Haaland", "Haaland"), "person", "Secretary of the Interior"),
    Actor("susie-lee", ("Susie Lee",), "person", "U.S. Representative"),
    Actor("andrea-travnicek", ("Andrea Travnicek", "Travnicek"), "person", "Assistant Secretary"),
)
STATES = (
    Actor("interior-department", ("Interior Department", "Department of the Interior"), "organization"),
    Actor("lake-mead", ("Lake Mead",), "organization"),
    Actor("arizona", ("Arizona",), "organization"),
    Actor("nevada", ("Nevada",), "organization"),
    Actor("california", ("California",), "organization"),
)
RELEASES = (
    Actor("greg-stanton", ("Greg Stanton", "Stanton"), "person", "U.S. Representative"),
    Actor("jamie-asbury", ("Jamie Asbury", "Asbury"), "person", "General Manager"),
    Actor("merrick-garland", ("Merrick B. Garland", "Garland"), "person", "Attorney General"),
)
SOUTH_CHINA_SEA = (Actor("state-department", ("State Department", "US State Department"), "organization"),)


def _statements(actors: tuple[Actor, ...], *paragraphs: tuple[str, ...]) -> list[tuple[str, str | None, str]]:
    """(speaker, speaker as written, text) of each statement; each paragraph given as its sentences."""
    found = extract_statements([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], actors)
    return [(s.speaker, s.speaker_text, s.text) for s in found]


# --- mixed quotation marks ---------------------------------------------------------------------------------

HAALAND = (
    "“There are 40 million people, seven states, and 30 tribal nations who rely on the Colorado River Basin for "
    'basic services such as drinking water and electricity," U.S. Secretary of the Interior Deb Haaland said.',
    '"Today’s announcement is a testament to the Biden-Harris administration’s commitment to working with states."',
)
LEE = ("“This deal is historic,” said U.S. Rep. Susie Lee.",)
TRAVNICEK = (
    "“The Department of the Interior is moving forward with this process,” Assistant Secretary Andrea Travnicek said.",
    '"The river and the 40 million people who depend on it cannot wait.',
    "In the face of an ongoing severe drought, inaction is not an option.”",
)


def test_a_curly_quotation_closed_straight_keeps_its_attribution_outside() -> None:
    # the trial's Lower Basin plan: main read one quotation from “There to the last mark and gave it to the
    # speaker named next, Susie Lee; Haaland, named between the two quotations, had none
    found = _statements(COLORADO, HAALAND, LEE)
    assert [speaker for speaker, _, _ in found] == ["deb-haaland", "deb-haaland", "susie-lee"]
    assert found[0][2].endswith("drinking water and electricity")


def test_a_straight_quotation_closed_curly_is_not_lost() -> None:
    # the trial's Reclamation release: the second quotation, opened straight and closed curly, was lost
    found = _statements(COLORADO, TRAVNICEK)
    assert [speaker for speaker, _, _ in found] == ["andrea-travnicek", "andrea-travnicek"]
    assert found[1][2].startswith("The river and the 40 million people")


def test_a_curly_quote_inside_a_straight_quotation_stays_inside_and_its_marks_are_kept() -> None:
    # counter-example of another subject (sc08): straight outer marks around a curly scare quote
    sentence = (
        '"The PRC’s unlawful claims of “territorial sovereignty” over ocean areas threaten the freedoms of '
        'navigation," the US State Department said.'
    )
    found = _statements(SOUTH_CHINA_SEA, (sentence,))
    assert found == [
        (
            "state-department",
            "US State Department",
            "The PRC’s unlawful claims of “territorial sovereignty” over ocean areas threaten the freedoms of navigation",
        )
    ]


def test_straight_marks_alone_pair_as_before() -> None:
    # counter-example: a paragraph of straight marks only is read as it always was
    paragraph = ('"We will not back down," the State Department said. "The law is clear."',)
    assert [s for s, _, _ in _statements(SOUTH_CHINA_SEA, paragraph)] == ["state-department", "state-department"]


# --- speakers: "according to X," before a possessive; the owners of a list --------------------------------


def _speakers(actors: tuple[Actor, ...], sentence: str) -> list[tuple[str | None, str | None]]:
    return [(speaker, written) for speaker, written, _ in _statements(actors, (sentence,))]


def test_a_forecasts_maker_speaks_for_it_and_the_possessive_after_it_does_not() -> None:
    # the trial's Tier 2 article: main gave the sentence to "Lake Mead’s"
    sentence = (
        "According to a new forecast from the Interior Department, Lake Mead’s water level will be below 1,050 feet "
        "above sea level on January 1."
    )
    assert _speakers(STATES, sentence) == [("interior-department", "the Interior Department")]


def test_a_possessive_after_a_description_is_no_name_in_apposition() -> None:
    # counter-example of another subject: the name after "the owner," is its name; a possessive is the clause's
    named = "According to the ship’s owner, Galaxy Maritime, the crew was taken to Hodeidah."
    owned = "According to the ship’s owner, Galaxy Maritime’s crew was taken to Hodeidah."
    assert _speakers((), named) == [(None, "Galaxy Maritime")]
    assert _speakers((), owned) == [(None, None)]


def test_the_governors_of_a_list_of_states_are_one_subject_not_the_states() -> None:
    # the trial's Lower Basin plan: main gave two statements, to Nevada and to California
    sentence = "The governors of Arizona, Nevada and California announced Monday a plan to conserve water."
    assert _speakers(STATES, sentence) == [(None, "The governors of Arizona, Nevada and California")]


def test_names_listed_as_the_subject_stay_each_a_speaker() -> None:
    # counter-examples: the listed names themselves, and a list after an opening phrase, speak each
    listed = "Arizona, Nevada and California announced Monday a plan to conserve water."
    assert [s for s, _ in _speakers(STATES, listed)] == ["arizona", "nevada", "california"]
    opened = "In Washington, Blinken and Austin said the talks had failed."
    assert [w for _, w in _speakers((), opened)] == ["Blinken", "Austin"]


# --- speakers missed: "shared", a release's lead-in line, a statement issued by X ---------------------------


def test_shared_next_to_a_quotation_attributes_it() -> None:
    # the trial's IID article: main kept the quotation apart
    paragraph = ("“There is no excuse for inaction anywhere on the river,” shared Jamie Asbury, IID General Manager.",)
    assert [(s, w) for s, w, _ in _statements(RELEASES, paragraph)] == [("jamie-asbury", "Jamie Asbury")]


def test_shared_without_a_quotation_says_nothing() -> None:
    # counter-example of another subject: "shared" of a thing is no speech
    assert _statements(RELEASES, ("Garland shared the stage with the Mexican attorney general on Monday.",)) == []


STANTON_LEAD_IN = (
    "PHOENIX—U.S. Congressman Greg Stanton (D-AZ) released the following statement as states failed to reach an "
    "agreement for Post-2026 Operational Guidelines for the Colorado River:",
)
STANTON_OPENS = ("“Today is the federally imposed deadline for the seven Colorado River basin states to agree.",)
STANTON_GOES_ON = ("Meanwhile the president hasn’t even put forward a new nominee to lead the Bureau.",)
STANTON_CLOSES = ("We are running out of time.”",)


def test_a_quotation_under_a_released_statement_line_is_the_releasers() -> None:
    # the trial's Stanton release: main kept the four paragraphs apart
    found = _statements(RELEASES, STANTON_LEAD_IN, STANTON_OPENS, STANTON_GOES_ON, STANTON_CLOSES)
    assert [s for s, _, _ in found] == ["greg-stanton"] * 3


def test_a_paragraph_after_the_released_quotation_is_not_the_releasers() -> None:
    # counter-example: the quotation marks bound the statement; the release's own prose after them is no one's
    after = ("Stanton has represented the district since 2019 and serves on the Transportation Committee.",)
    found = _statements(RELEASES, STANTON_LEAD_IN, STANTON_OPENS, STANTON_CLOSES, after)
    assert [a for a, _, _ in found] == ["greg-stanton", "greg-stanton"]


def test_a_statement_from_a_named_source_still_names_it() -> None:
    # counter-example of another subject (mx22's shape): the speaker after "the following statement from"
    lead_in = ("The Justice Department issued the following statement from Attorney General Merrick B. Garland:",)
    said = ("“These arrests strike at the heart of the cartel that is responsible for the fentanyl.”",)
    assert [s for s, _, _ in _statements(RELEASES, lead_in, said)] == ["merrick-garland"]


def test_a_statement_issued_by_named_states_said_is_theirs() -> None:
    # the trial's CBS article: main kept the quotation apart
    sentence = (
        "A statement issued by the Upper Basin states on Friday said, "
        '"Upper Basin water users are preparing for reductions of more than 2.0 MAF this year."'
    )
    assert [(s, w) for s, w, _ in _statements((), (sentence,))] == [(None, "the Upper Basin states")]


def test_a_statement_issued_by_no_one_named_stays_apart() -> None:
    # counter-example of another subject: a statement whose maker is not named has no speaker
    sentence = 'A statement issued on Friday said, "The crew of the vessel is safe and accounted for."'
    assert [(s, w) for s, w, _ in _statements((), (sentence,))] == [(None, None)]


# --- a scare quote is no statement ------------------------------------------------------------------------


def test_a_phrase_quoted_as_a_noun_is_no_statement() -> None:
    # the trial's Glen Canyon Dam article: main listed “minimum power pool” as a statement with no speaker
    sentence = (
        "With the reservoir now just 32 feet away from “minimum power pool” — the point at which Glen Canyon Dam "
        "would no longer generate power for six states — federal officials are studying an overhaul of the dam."
    )
    assert _statements((), (sentence,)) == []


def test_a_phrase_quoted_after_a_verb_of_speaking_stays_a_statement() -> None:
    # counter-examples of other subjects (sh02, sh01): the general's words, the authorities' words
    spoke = "The general simply spoke of “somewhat complex infiltration attempts” into the gendarmerie school."
    blamed = "Armed men targeted the school, the authorities said, blaming “a group of terrorists” for the assault."
    assert [t for _, _, t in _statements((), (spoke,))] == ["somewhat complex infiltration attempts"]
    assert [t for _, _, t in _statements((), (blamed,))] == ["a group of terrorists"]


def test_a_quoted_sentence_or_a_possessives_words_stay_statements() -> None:
    # counter-examples (sc07, hm04 shapes): words owned by someone, or a clause after "that", are statements
    owned = "The coast guard also released photos of the CCG’s “coercive, aggressive, and barbaric actions” at sea."
    claimed = "He challenged the president for asserting that “3000 people did not die” on the island."
    assert [t for _, _, t in _statements((), (owned,))] == ["coercive, aggressive, and barbaric actions"]
    assert [t for _, _, t in _statements((), (claimed,))] == ["3000 people did not die"]
