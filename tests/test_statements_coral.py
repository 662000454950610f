"""Speakers by shapes the coral reef trial met (its README's F10), each rule with the trial's sentence and a
counter-example of another subject: a thing as the subject of a verb of finding, the place or body inside its
modifier no speaker; a title holding a colon after an inverted verb, read whole, its holder the speaker; a degree
between commas after a name; an appositive ending in an office ("NOAA CRW coordinator", "Mote president and CEO");
"called" with a longer object before a quotation; a capitalised office with its remit before the holder's name."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

CORAL = (
    Actor("great-barrier-reef", ("Great Barrier Reef", "Reef"), "place"),
    Actor("reef-authority", ("Great Barrier Reef Marine Park Authority", "Reef Authority"), "organization"),
    Actor("mission-iconic-reefs", ("Mission: Iconic Reefs", "Mission Iconic Reefs"), "organization"),
    Actor("sarah-fangman", ("Sarah Fangman", "Fangman"), "person", "superintendent"),
    Actor("derek-manzello", ("Derek Manzello", "Manzello"), "person", "coordinator of NOAA Coral Reef Watch"),
    Actor("michael-crosby", ("Michael Crosby", "Crosby"), "person", "president of Mote"),
    Actor("mark-read", ("Mark Read", "Read"), "person", "Reef Authority director for reef health"),
)
RED_SEA = (Actor("centcom", ("US Central Command", "CENTCOM"), "organization"),)
RAIL = (Actor("ntsb", ("National Transportation Safety Board", "NTSB"), "organization"),)
US_MEXICO = (Actor("marco-rubio", ("Marco Rubio", "Rubio"), "person", "secretary of state"),)
MPOX = (Actor("jane-roe", ("Jane Roe", "Roe"), "person", "state epidemiologist"),)
ASIA = (Actor("elaine-pearson", ("Elaine Pearson", "Pearson"), "person", "Asia director, Human Rights Watch"),)


def _speakers(actors: tuple[Actor, ...], *sentences: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker, speaker as written) of each statement, each sentence a paragraph of its own."""
    found = extract_statements([Paragraph(f"p{n}", (s,)) for n, s in enumerate(sentences)], actors)
    return [(s.kind, s.speaker, s.speaker_text) for s in found]


# --- a thing as the subject of a verb of finding ------------------------------------------------------------


def test_flights_over_a_reef_are_no_speaker_and_the_reef_is_none() -> None:
    sentence = "Helicopter flights over the southern Great Barrier Reef have confirmed extensive coral bleaching."
    assert _speakers(CORAL, sentence) == [("reported", None, None)]


def test_surveys_of_a_reef_are_no_speaker() -> None:
    sentence = "Aerial surveys of the Reef have revealed prevalent shallow water coral bleaching on most reefs."
    assert _speakers(CORAL, sentence) == [("reported", None, None)]


def test_a_body_after_an_opening_phrase_is_the_subject_still() -> None:
    sentence = (
        "Through a post on X (formerly Twitter), the US Central Command confirmed the strike but shied away from "
        "sharing any information about reported casualties."
    )
    assert _speakers(RED_SEA, sentence)[0][1] == "centcom"


def test_people_from_a_body_find_for_it() -> None:
    sentence = "Investigators from the National Transportation Safety Board found that the bolts were missing."
    assert _speakers(RAIL, sentence)[0][1] == "ntsb"


# --- a title holding a colon, read whole ------------------------------------------------------------------------


def test_a_colon_inside_a_title_does_not_cut_it() -> None:
    sentence = (
        "“The climate challenge may seem too big, but these rescue efforts demonstrate otherwise,” said Mission: "
        "Iconic Reefs co-lead Sarah Fangman, superintendent of Florida Keys National Marine Sanctuary."
    )
    assert _speakers(CORAL, sentence) == [("direct", "sarah-fangman", "Sarah Fangman")]


def test_a_name_then_where_is_no_title() -> None:
    sentence = "“We will keep working with Mexico,” said Marco Rubio in Mexico City."
    assert _speakers(US_MEXICO, sentence)[0][1] == "marco-rubio"


# --- a degree and an office in the apposition after a name ----------------------------------------------------


def test_a_degree_between_commas_is_no_end_of_the_name() -> None:
    sentence = (
        "“Significant coral bleaching has been documented in both hemispheres,” Derek Manzello, Ph.D., NOAA CRW "
        "coordinator, said in a press release Monday."
    )
    assert _speakers(CORAL, sentence) == [("direct", "derek-manzello", "Derek Manzello")]


def test_a_degree_before_a_lower_case_role() -> None:
    sentence = "“Cases are rising in the county,” Jane Roe, M.D., a state epidemiologist, said."
    assert _speakers(MPOX, sentence)[0][1] == "jane-roe"


def test_called_a_longer_object_before_a_quotation() -> None:
    sentence = (
        "Michael Crosby, Mote president and CEO, called the temperature stress and resulting bleaching “absolutely "
        "one of the single most challenging threats that there are to the continued survival of reefs.”"
    )
    assert [speaker for _, speaker, _ in _speakers(CORAL, sentence)] == ["michael-crosby"]


def test_called_someone_to_a_place_says_nothing() -> None:
    sentence = "Crosby called the divers back to the boat before “the storm” hit."
    assert all(speaker is None for _, speaker, _ in _speakers(CORAL, sentence))


def test_an_office_with_its_remit_before_the_holder() -> None:
    sentence = (
        "Reef Authority Director for Reef Health, Dr Mark Read, said coral bleaching was extensive and fairly "
        "uniform across all surveyed reefs."
    )
    assert _speakers(CORAL, sentence) == [("reported", "mark-read", "Mark Read")]


def test_an_office_of_another_body_before_the_holder() -> None:
    sentence = "Human Rights Watch Director for Asia, Elaine Pearson, said the arrests were arbitrary."
    assert _speakers(ASIA, sentence)[0][1] == "elaine-pearson"


# --- a noun after a determiner, a relative clause's verb --------------------------------------------------------


def test_the_warning_of_is_a_noun_not_a_participle() -> None:
    sentence = (
        "Coral Reef Watch's new alert level 3 indicates DHWs of between 12 and 16, while alert level 5 signifies "
        "anything above 20 DHWs, with the warning of “near complete mortality” of all corals."
    )
    assert all(speaker is None and shown is None for _, speaker, shown in _speakers(CORAL, sentence))


def test_a_participle_after_a_comma_still_speaks() -> None:
    sentences = ("Ecowas condemned the coup, warning that it would act.", "The FBI issued a warning citing the tricks.")
    assert [shown for _, _, shown in _speakers((), *sentences)] == ["Ecowas", "FBI"]


def test_a_verb_of_a_relative_clause_is_no_bodys_speech() -> None:
    sentence = (
        "The Reef Snapshot applies the Coral Reef Bleaching Framework developed by AIMS, James Cook University and "
        "the Reef Authority that describes bleaching events in a clear and consistent way."
    )
    assert _speakers(CORAL, sentence) == []


def test_a_body_that_speaks_in_its_own_clause() -> None:
    sentence = "The Reef Authority, which manages the marine park, said bleaching was extensive."
    assert _speakers(CORAL, sentence)[0][1] == "reef-authority"


def test_a_titles_holder_never_ends_on_an_initial() -> None:
    sentence = "“Violent gangs have ravaged Haiti,” said US attorney Matthew M. Graves for the District of Columbia."
    assert all(shown != "Matthew M" for _, _, shown in _speakers((), sentence))


# --- data from bodies listed: their joint statement -----------------------------------------------------------

AUTHORS = (
    Actor("csiro", ("CSIRO",), "organization"),
    Actor("reef-authority", ("Reef Authority",), "organization"),
    Actor("aims", ("Australian Institute of Marine Science", "AIMS"), "organization"),
    Actor("dea", ("Drug Enforcement Administration", "DEA"), "organization"),
    Actor("fbi", ("FBI",), "organization"),
)


def test_data_from_bodies_listed_is_theirs_together() -> None:
    sentence = (
        "Now, local data from the CSIRO, the Reef Authority, and the Australian Institute of Marine Science, "
        "confirmed the extent of the reef's suffering."
    )
    assert [speaker for _, speaker, _ in _speakers(AUTHORS, sentence)] == ["csiro", "reef-authority", "aims"]


def test_a_statement_from_one_body_is_its_own() -> None:
    sentence = "Meanwhile, a statement from the DEA said the arrests followed a year-long inquiry by the FBI."
    assert [speaker for _, speaker, _ in _speakers(AUTHORS, sentence)] == ["dea"]


def test_a_degree_without_full_stops_from_the_one_list() -> None:
    """The degree list is shared with the PDF writer line: "MPH" was read there and not here."""
    sentence = "“Cases are rising in the county,” Jane Roe, MPH, a state epidemiologist, said."
    assert _speakers(MPOX, sentence)[0][1] == "jane-roe"
