"""Speaker faults the round-24 review reproduced, each mended by a general shape with the review's sentence and the
round's own right case kept: a first name sharing the initial of a codebook person's first given name (a short form:
"Joe" for "Joseph") is that person, another initial is another person, a place before a noun and the surname a
description ("Arizona Democrat Kelly"); a label in square brackets is a turn only as a person's name or a codebook
actor ("[UPDATE:]" heads a note); a forecast of a noun is no statement."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

BIDEN = (Actor("joe-biden", ("Joseph R. Biden Jr.", "President Biden", "Biden"), "person", "President"),)
PENCE = (Actor("mike-pence", ("Michael R. Pence", "Pence"), "person", "Vice President"),)
BUSH = (Actor("george-w-bush", ("George W. Bush", "President Bush"), "person", "President of the United States"),)
LAUNCH = (
    Actor("nasa", ("NASA",), "organization"),
    Actor("mark-kelly", ("Mark Kelly", "Kelly"), "person", "astronaut"),
)


def _speakers(actors: tuple[Actor, ...], *paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker, speaker as written) of each statement, each text a paragraph of its own."""
    found = extract_statements([Paragraph(f"p{n}", (s,)) for n, s in enumerate(paragraphs)], actors)
    return [(s.kind, s.speaker, s.speaker_text) for s in found]


# --- a short form of the given name -------------------------------------------------------------------------------


def test_a_short_form_of_the_given_name_is_the_person() -> None:
    assert _speakers(BIDEN, "Joe Biden said the country was stronger.") == [("reported", "joe-biden", "Joe Biden")]
    assert _speakers(BIDEN, "\u201cWe are ready,\u201d said Joe Biden.")[0][1] == "joe-biden"
    assert _speakers(PENCE, "Mike Pence said the count would go on.")[0][1] == "mike-pence"


def test_another_initial_before_the_surname_is_still_another_person() -> None:
    assert _speakers(BIDEN, "Hunter Biden said the country was stronger.")[0][1:] == (None, "Hunter Biden")
    found = _speakers(BUSH, "Jeb Bush said the levees held.", "Laura Bush said the levees held.")
    assert [speaker for _, speaker, _ in found] == [None, None]


def test_a_place_before_a_noun_and_the_surname_is_a_description() -> None:
    found = _speakers(LAUNCH, "Arizona Democrat Kelly said the crew was ready.", "Scott Kelly said the crew was ready.")
    assert [speaker for _, speaker, _ in found] == ["mark-kelly", None]


# --- a label in square brackets -----------------------------------------------------------------------------------


def test_a_bracketed_note_heading_is_no_turn() -> None:
    found = _speakers(
        LAUNCH,
        "[UPDATE:] The launch was moved to Friday.",
        "\u201cWe want to be careful,\u201d Kelly said.",
        "[UPDATE 2:] NASA said the crew was healthy.",
        "[Editor's Note:] This story was updated.",
    )
    assert found == [("direct", "mark-kelly", "Kelly"), ("reported", "nasa", "NASA")]


def test_a_bracketed_name_is_still_a_turn() -> None:
    found = _speakers(
        (), "[Bill Russell:] We got to the site at noon.", "[Holly Hobbs:] And the water was already rising."
    )
    assert found == [("transcript", None, "Bill Russell"), ("transcript", None, "Holly Hobbs")]


# --- forecasting --------------------------------------------------------------------------------------------------


def test_a_forecast_of_a_noun_is_no_statement() -> None:
    assert _speakers((), "Forecasters predicted 20 named storms this season.") == []


def test_a_forecast_with_its_clause_is_still_a_statement() -> None:
    found = _speakers((), "Forecasters predicted that 20 named storms would form this season.")
    assert found == [("reported", None, "Forecasters")]
