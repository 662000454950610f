"""The Artemis trial's statement faults (F9, F10, F12), each mended by a general shape and tested with the trial's
real sentence and a counter-example of another subject: a body's name said without its country as a description
("the space agency") stands for it only where the article names it; a document its maker released speaks as the
maker ("the report disclosed", "It also revealed"); a transcript turn's label in square brackets ("[Bill
Russell:]"); the officials of a codebook body speak as the body ("NASA officials said")."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

ARTEMIS = (
    Actor("nasa", ("NASA", "National Aeronautics and Space Administration"), "agency"),
    Actor("csa", ("Canadian Space Agency", "CSA"), "agency"),
    Actor("gao", ("Government Accountability Office", "GAO"), "agency"),
    Actor("bill-russell", ("Bill Russell", "Russell"), "person", "GAO director"),
)
US_MEXICO = (
    Actor("mexican-navy", ("Mexican Navy", "Mexico's Navy"), "organization"),
    Actor("mexican-government", ("Mexican government", "Mexico"), "organization"),
)
COLORADO = (Actor("iid", ("Imperial Irrigation District", "IID"), "organization"),)


def _speakers(actors: tuple[Actor, ...], *paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker, speaker as written) of each statement; sentences of one paragraph are split at " || "."""
    found = extract_statements([Paragraph(f"p{n}", tuple(p.split(" || "))) for n, p in enumerate(paragraphs)], actors)
    return [(s.kind, s.speaker, s.speaker_text) for s in found]


# --- a description stands for a topic the article names (F9) ------------------------------------------------------

AWARDED = (
    "NASA had awarded almost $1 billion to all three space companies to develop ideas for the lander, and the space "
    "agency had said it may choose two of the proposals."
)


def test_a_description_is_never_a_topic_the_article_does_not_name() -> None:
    assert _speakers(ARTEMIS, AWARDED) == [("reported", "nasa", "the space agency")]


def test_a_description_stands_for_the_topic_the_article_names() -> None:
    named = "The Canadian Space Agency signed on to the Gateway in 2020."
    said = "The space agency said it may choose two of the proposals."
    assert _speakers(ARTEMIS, named, said) == [("reported", "csa", "The space agency")]


def test_a_body_kind_alone_is_still_the_story_country_body() -> None:
    # held-out-6 mx37: "the navy" of a story set in Mexico, the Mexican Navy not named by its name
    sentence = (
        "The navy said in a statement that the cause of the Black Hawk helicopter accident hadn’t been established."
    )
    assert _speakers(US_MEXICO, sentence) == [("reported", "mexican-navy", "The navy")]


# --- a document its maker released speaks as the maker (F10) ------------------------------------------------------

RELEASED = (
    "Earlier today (June 20th), the Government Accountability Office (GAO) released a sweeping report on the status "
    "of the largest NASA programs which are currently in development."
)
DISCLOSED = (
    "Most notably, the report disclosed one probable root cause for the unexpected behavior of Artemis 1’s heat "
    "shield: the low permeability of its ablative material. || It also revealed that NASA’s internal baseline target "
    "date for Artemis 3, the program’s first lunar landing, is February of 2028."
)
STATED = (
    "Finally, the report stated that Axiom Space is facing challenges with recruiting engineers to develop the lunar "
    "EVA suits which astronauts will wear during Artemis 3."
)


def test_a_report_its_maker_released_speaks_as_the_maker() -> None:
    assert _speakers(ARTEMIS, RELEASED, DISCLOSED, STATED) == [
        ("reported", "gao", "the report"),
        ("reported", "gao", "It"),
        ("reported", "gao", "the report"),
    ]


def test_a_report_no_sentence_gives_a_maker_stays_apart() -> None:
    opened = "The heat shield wore away in more than 100 places during the flight."
    stated = "Finally, the report stated that the supplier is facing challenges with recruiting engineers."
    assert _speakers(ARTEMIS, opened, stated) == [("reported", None, None)]


def test_a_report_released_by_a_body_outside_the_codebook_stays_apart() -> None:
    released = "The Independent Review Board (IRB) released a report on the levees on Monday."
    stated = "The report stated that the floodwalls had failed because of design flaws."
    assert _speakers(ARTEMIS, released, stated) == []


# --- a transcript turn's label in square brackets (F12) -----------------------------------------------------------


def test_bracketed_labels_open_transcript_turns() -> None:
    turns = (
        "[Bill Russell:] There's a lot of effort to get back to the moon. || But the question is, what is the right "
        "price tag?",
        "[Holly Hobbs:] Hi, and welcome to GAO's Watchdog Report.",
        "[Bill Russell:] Nice to be here, Holly.",
    )
    assert _speakers(ARTEMIS, *turns) == [
        ("transcript", "bill-russell", "Bill Russell"),
        ("transcript", None, "Holly Hobbs"),
        ("transcript", "bill-russell", "Bill Russell"),
    ]


def test_a_label_after_the_closing_bracket_also_opens_a_turn() -> None:
    turns = ("[Bill Russell]: Nice to be here.", "[Holly Hobbs]: Welcome to the show.")
    assert [s[2] for s in _speakers(ARTEMIS, *turns)] == ["Bill Russell", "Holly Hobbs"]


def test_one_bracketed_word_over_prose_makes_no_transcript() -> None:
    assert _speakers(ARTEMIS, "[Updated:] The story was revised on Monday with the agency's figures.") == []


# --- the officials of a codebook body speak as the body (F12) -----------------------------------------------------


def test_officials_of_a_codebook_body_speak_as_the_body() -> None:
    sentence = (
        "NASA officials said they remain committed to using the Boeing Co. SLS rocket and Lockheed Martin Corp. Orion "
        "crew capsule."
    )
    assert _speakers(ARTEMIS, sentence) == [("reported", "nasa", "NASA")]


def test_officials_of_an_acronym_body_of_another_subject() -> None:
    # the Colorado River trial
    sentence = "IID officials added that the agreement also unlocks a full federal investment of $250 million."
    assert _speakers(COLORADO, sentence) == [("reported", "iid", "IID")]


def test_a_country_officials_are_no_one_body() -> None:
    assert _speakers(US_MEXICO, "Mexican officials said the talks would resume.") == []
    assert _speakers(US_MEXICO, "Mexico officials said the talks would resume.") == []
