"""Speakers by shapes counted in two or more dev splits, each rule with a real dev sentence and a counter-example
of another subject: a title, a name and "of" a body (the person speaks, not the body after "of"); a shared
surname after another given name (another person, kept as written); verbs of forecasting, of believing in the
closing slot, and a prefixed verb of saying after an office in apposition ("State Medical Examiner")."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

GRENFELL = (
    Actor("metropolitan-police", ("Metropolitan Police", "Met", "Scotland Yard"), "organization"),
    Actor("stuart-cundy", ("Stuart Cundy", "Cundy"), "person", "Metropolitan Police commander"),
)
KATRINA = (Actor("oep", ("Office of Emergency Preparedness",), "organization"),)
US_MEXICO = (
    Actor("marco-rubio", ("Marco Rubio", "Rubio"), "person", "secretary of state"),
    Actor("state-department", ("State Department", "Department of State"), "organization"),
)


def _speakers(actors: tuple[Actor, ...], *sentences: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker, speaker as written) of each statement, each sentence a paragraph of its own."""
    found = extract_statements([Paragraph(f"p{n}", (s,)) for n, s in enumerate(sentences)], actors)
    return [(s.kind, s.speaker, s.speaker_text) for s in found]


# --- a title, a name and "of" a body ----------------------------------------------------------------------------


def test_the_titled_name_before_of_speaks_not_the_body_after_it() -> None:
    sentence = (
        "Commander Stuart Cundy of the Metropolitan Police said: \u201cThis is going to be a long and complex "
        "recovery operation.\u201d"
    )
    assert _speakers(GRENFELL, sentence) == [("direct", "stuart-cundy", "Stuart Cundy")]


def test_a_name_not_in_the_codebook_is_kept_as_written_not_given_to_the_body() -> None:
    sentence = (
        "Lt. Kevin Cowan of the state Office of Emergency Preparedness put the figure at 2,000, and said they had "
        "recently begun flocking there."
    )
    assert _speakers(KATRINA, sentence) == [("reported", None, "Kevin Cowan")]


def test_a_title_holding_of_before_the_name_is_no_body_after_a_name() -> None:
    sentence = "Secretary of State Marco Rubio said the talks went well."
    assert _speakers(US_MEXICO, sentence)[0][1] == "marco-rubio"


def test_a_body_whose_name_holds_of_still_speaks() -> None:
    sentence = "The Department of State said the talks went well."
    assert _speakers(US_MEXICO, sentence)[0][1] == "state-department"


# --- a shared surname ---------------------------------------------------------------------------------------------

KATRINA_PEOPLE = (
    Actor("george-w-bush", ("George W. Bush", "President Bush"), "person", "President of the United States"),
)
KREMLIN = (Actor("dmitry-peskov", ("Dmitry Peskov", "Peskov"), "person", "Kremlin spokesman"),)
JUSTICE = (Actor("merrick-garland", ("Merrick Garland", "Garland"), "person", "US attorney general"),)
SOUTH_CHINA_SEA = (Actor("jay-tarriela", ("Jay Tarriela", "Tarriela"), "person", "PCG spokesperson"),)


def test_another_given_name_before_a_codebook_surname_is_another_person() -> None:
    sentence = (
        "\u201cWe're prepared to do this all night as long as the buses keep coming,\u201d said Maj. Ed Bush, a "
        "spokesman for the Louisiana National Guard."
    )
    assert _speakers(KATRINA_PEOPLE, sentence) == [("direct", None, "Ed Bush")]


def test_the_codebook_person_by_title_or_full_name_is_still_resolved() -> None:
    found = _speakers(KATRINA_PEOPLE, "President Bush said the levees held.", "George W. Bush said the levees held.")
    assert [speaker for _, speaker, _ in found] == ["george-w-bush", "george-w-bush"]


def test_a_spelling_of_the_given_name_is_the_same_person() -> None:
    sentence = "A Kremlin spokesman, Dmitri S. Peskov, told journalists earlier on Monday that the deal was halted."
    assert _speakers(KREMLIN, sentence)[0][1] == "dmitry-peskov"


def test_a_middle_initial_is_no_other_given_name() -> None:
    sentence = "Attorney General Merrick B. Garland said the two men were in custody."
    assert _speakers(JUSTICE, sentence)[0][1] == "merrick-garland"


def test_a_middle_name_not_in_the_codebook_is_no_other_person() -> None:
    java = (Actor("emil-dardak", ("Emil Dardak", "Dardak"), "person", "deputy governor of East Java"),)
    sentence = "Deputy Governor Emil Elastianto Dardak said the stadium would be closed."
    assert _speakers(java, sentence)[0][1] == "emil-dardak"


def test_a_naval_rank_is_a_title_not_a_given_name() -> None:
    sentence = "Commodore Tarriela said their priority was to tell the world about the blockade."
    assert _speakers(SOUTH_CHINA_SEA, sentence)[0][1] == "jay-tarriela"


# --- verbs of saying in forms not listed: forecasting, believing in the closing slot, a prefixed form -------------

NEW_ORLEANS = (
    Actor("ray-nagin", ("Ray Nagin", "Nagin"), "person", "Mayor of New Orleans"),
    Actor("louis-cataldie", ("Louis Cataldie", "Cataldie"), "person", "Louisiana state medical examiner"),
)
LONDON = (
    Actor(
        "metropolitan-police",
        ("Metropolitan Police Service", "Metropolitan Police", "Scotland Yard", "the Met"),
        "organization",
        "the London police force that investigated the fire",
    ),
)
COLORADO = (Actor("clarence-thomas", ("Clarence Thomas", "Thomas"), "person", "Supreme Court justice"),)
KAKHOVKA = (Actor("dmitry-peskov", ("Dmitry Peskov", "Peskov"), "person", "Kremlin spokesman"),)


def test_a_verb_of_forecasting_reports_speech() -> None:
    sentence = "Nagin predicted the death toll could reach into the thousands."
    assert _speakers(NEW_ORLEANS, sentence) == [("reported", "ray-nagin", "Nagin")]


def test_a_verb_of_believing_in_the_closing_slot_reports_speech() -> None:
    sentence = "The number of people who died in the Grenfell Tower fire will remain at about 80, police believe."
    found = _speakers(LONDON, "The Metropolitan Police said the search of the tower would take weeks.", sentence)
    assert found[1:] == [("reported", "metropolitan-police", "the police")]  # the police the article names


def test_a_verb_of_believing_in_a_relative_clause_reports_nothing() -> None:
    sentence = (
        "In a separate concurrence, Justice Clarence Thomas questioned the trust obligations to tribal nations, "
        "which he believes lack constitutional support."
    )
    assert _speakers(COLORADO, sentence) == []


def test_a_belief_beside_a_verb_of_saying_leaves_the_speaker_of_the_saying() -> None:
    sentence = (
        "Russia categorically rejects the accusations and believes that Ukraine is fully responsible for the "
        "incident, Kremlin Spokesman Dmitry Peskov said."
    )
    assert _speakers(KAKHOVKA, sentence)[0][1] == "dmitry-peskov"


def test_a_prefixed_verb_of_saying_after_an_office_in_apposition() -> None:
    sentence = (
        "Dr. Louis Cataldie, State Medical Examiner, reemphasized that it will only be after further review of each "
        "death certificate that a final determination can be made."
    )
    assert _speakers(NEW_ORLEANS, sentence) == [("reported", "louis-cataldie", "Louis Cataldie")]


def test_a_newspaper_named_examiner_still_speaks_as_written() -> None:
    sentence = "The San Francisco Examiner reported that the toll was rising."
    assert _speakers(NEW_ORLEANS, sentence) == [("reported", None, "San Francisco Examiner")]


# --- a two-word role noun in the closing slot ---------------------------------------------------------------------

INQUIRY = (
    Actor(
        "martin-moore-bick",
        ("Martin Moore-Bick", "Sir Martin Moore-Bick", "Moore-Bick"),
        "person",
        "chairman of the Grenfell Tower Inquiry",
    ),
)
ROSATOM = (Actor("alexey-likhachev", ("Alexey Likhachev", "Likhachev"), "person", "Director General of Rosatom"),)
TRAINING = (
    "There was also an absence of training to help incident commanders recognise when this might be necessary, the "
    "inquiry judge said."
)


def test_a_judge_in_the_closing_slot_is_the_person_named_before() -> None:
    named = "Sir Martin Moore-Bick said the absence of a plan to evacuate the tower was a major omission."
    assert _speakers(INQUIRY, named, TRAINING)[1] == ("reported", "martin-moore-bick", "the inquiry judge")


def test_a_chief_executive_in_the_closing_slot_is_the_person_named_before() -> None:
    named = "The number of voyages rose by 1.5 times this year, Rosatom CEO Alexey Likhachev told reporters."
    sentence = "It means that Arctic projects start adapting to the sanction pressure, the chief executive said."
    assert _speakers(ROSATOM, named, sentence)[1][1] == "alexey-likhachev"


def test_a_role_noun_with_no_one_named_before_is_kept_apart() -> None:
    assert _speakers(INQUIRY, TRAINING) == [("reported", None, None)]
