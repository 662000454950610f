""" "According to" a document (evaluation/said/README.md, "Round twenty-six, pronouns and documents cited"): the
speaker is the document's author as the article names it (a sentence before naming a document of that noun, or a study
for its report, with its author; a participle's "conducted by"), else the document as written when its own phrase
names its author; a document no one is named for stays apart. The dev sentences of held-out-16 (East Palestine),
held-out-22 (Puerto Rico), held-out-25 (the Camp Fire) and the Mekong trial, with counter-examples from held-out-16's
Odisha crash, held-out-11's grain deal and held-out-7's Sahel; and a title that cannot stand for the name just
before (a measles report)."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

RAIL = (Actor("ntsb", ("National Transportation Safety Board", "NTSB"), "organization", ""),)
MARIA = (Actor("harvard-chan-school", ("Harvard T.H. Chan School of Public Health", "Harvard"), "organization", ""),)
MEKONG = (Actor("ngor-peng-bun", ("Ngor Peng Bun", "Ngor Pengbun"), "person", "Fisheries Administration officer"),)
GRAIN = (Actor("vladimir-putin", ("Vladimir Putin", "Putin"), "person", "President of Russia"),)


def _speakers(actors: tuple[Actor, ...], *paragraphs: tuple[str, ...]) -> list[tuple[str | None, str | None]]:
    """(speaker, speaker as written) of each reported statement; each paragraph given as its sentences."""
    found = extract_statements([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], actors)
    return [(s.speaker, s.speaker_text) for s in found if s.kind == "reported"]


def test_the_report_is_its_author_named_in_the_sentence_before() -> None:
    rows = _speakers(
        RAIL,
        (
            "The Feb. 23 report from the National Transportation Safety Board said the wheel bearing was 253° F over"
            " the ambient temperature before the derailment.",
            "A detection system alerted the train's three-person crew to the overheating, according to the report.",
        ),
    )
    assert rows[-1] == ("ntsb", "the report")


def test_the_report_of_a_study_is_the_study_author() -> None:
    rows = _speakers(
        MARIA,
        ("The official death count is 64.", "A study from Harvard reported the number is much higher."),
        (
            "Researchers surveyed thousands of randomly chosen households across Puerto Rico.",
            "According to the report, a large portion of these deaths came from the aftermath of the hurricane.",
        ),
    )
    assert rows[-1] == ("harvard-chan-school", "the report")


def test_a_document_whose_phrase_names_its_author_is_kept_as_written() -> None:
    rows = _speakers(
        (),
        (
            "The Camp Fire, which began Nov. 8, is the deadliest in California history, killing 85 people and"
            " destroying nearly 19,000 buildings, according to previous Bee reports.",
        ),
    )
    assert rows == [(None, "previous Bee reports")]


def test_a_study_conducted_by_a_person_is_that_person() -> None:
    rows = _speakers(
        MEKONG,
        (
            "Other contributing factors include dam construction and indiscriminate, often illegal fishing practices,"
            " according to a 15-year study of Tonle Sap conducted by Ngor Peng Bun, a Fisheries Administration"
            " officer, and published in 2018.",
        ),
    )
    assert rows == [("ngor-peng-bun", "Ngor Peng Bun")]


def test_a_document_no_one_is_named_for_stays_apart() -> None:
    probe = _speakers(
        (),
        (
            "According to the preliminary probe report, the signal was given and taken off for the up main line for"
            " Coromandel Express.",
        ),
    )
    reports = _speakers((), ("The attackers had also set fire to tents and military vehicles, according to reports.",))
    putin = _speakers(
        GRAIN,
        (
            "According to the report, Putin has been threatening not to renew it citing obstacles to Russia's own"
            " exports.",
        ),
    )
    assert probe == [(None, None)]
    assert reports == [(None, None)]
    assert putin == [(None, None)]


def test_a_title_never_written_with_the_name_before_is_someone_else() -> None:
    rows = _speakers(
        (),
        (
            "Dr. Alan Melnick is the director of public health for Clark County, Washington.",
            "He said that during a measles outbreak in 2019, there was an exposure at the Moda Center.",
        ),
        ("The governor had declared a state of emergency during that crisis.",),
    )
    assert rows == [(None, "Alan Melnick"), (None, None)]


def test_an_owner_opening_the_sentence_before_is_no_subject() -> None:
    rows = _speakers(
        (),
        (
            "It's Kennedy's first visit to the area as health secretary, where he met with families.",
            "He said he developed bonds with the Mennonite community in West Texas.",
        ),
    )
    assert rows == [(None, None)]
