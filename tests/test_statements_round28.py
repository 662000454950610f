"""Speakers by shapes counted in two or more dev splits, each rule with a real dev sentence and a counter-example
of another subject: a title, a name and "of" a body (the person speaks, not the body after "of"); a shared
surname after another given name (another person, kept as written)."""

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


def test_a_naval_rank_is_a_title_not_a_given_name() -> None:
    sentence = "Commodore Tarriela said their priority was to tell the world about the blockade."
    assert _speakers(SOUTH_CHINA_SEA, sentence)[0][1] == "jay-tarriela"
