"""A pronoun speaker ("he said", "she wrote") for a person named as a clause's subject in the sentence before, when
that sentence is no statement (evaluation/said/README.md, "Round twenty-six, pronouns and documents cited"): the
dev sentences of held-out-24 (Uvalde), held-out-25 (Astroworld, the Camp Fire) and held-out-8 (Sudan), and
counter-examples from other subjects where two people are subjects, the name is an owner or an object, or a
quotation with its own speaker stands between."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

CAMP_FIRE = (Actor("kory-honea", ("Kory Honea", "Kory L. Honea", "Honea"), "person", "Butte County sheriff-coroner"),)
ASTROWORLD = (Actor("travis-scott", ("Travis Scott", "Scott", "Jacques Webster"), "person", "rapper"),)
HAITI = (
    Actor("ariel-henry", ("Ariel Henry", "Henry"), "person", "Prime Minister of Haiti"),
    Actor("william-ruto", ("William Ruto", "Ruto"), "person", "President of Kenya"),
)


def _speakers(actors: tuple[Actor, ...], *paragraphs: tuple[str, ...]) -> list[tuple[str | None, str | None]]:
    """(speaker, speaker as written) of each statement; each paragraph given as its sentences."""
    found = extract_statements([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], actors)
    return [(s.speaker, s.speaker_text) for s in found]


def test_a_name_as_written_opening_the_sentence_before_is_he() -> None:
    rows = _speakers(
        (),
        (
            "Manuel Rizo lost his 9-year-old niece Jackie Cázares in the Uvalde shooting.",
            "He said he hopes the report from the U.S. Department of Justice could bring some closure.",
        ),
        ("“And hope is that they did a comprehensive review of every single entity’s failure,” he said.",),
    )
    assert rows == [(None, "Manuel Rizo"), (None, "Manuel Rizo")]


def test_a_codebook_person_opening_a_clause_after_a_comma_is_he() -> None:
    rows = _speakers(
        CAMP_FIRE,
        (
            "With well over 100 people reported missing, Honea has repeatedly refused to estimate how many may have"
            " perished.",
        ),
        ("“I’m not going to speculate on what the future holds,” he said during Monday’s briefing.",),
    )
    assert rows == [("kory-honea", "Honea")]


def test_the_subject_after_as_past_an_apposition_is_she_not_the_owner() -> None:
    rows = _speakers(
        ASTROWORLD,
        (
            "The report arrived as Kylie Jenner, Travis’ partner, came to his defense after the tragedy.",
            "“Travis and I are broken and devastated,” she wrote on her Instagram Story.",
        ),
    )
    assert rows == [(None, "Kylie Jenner")]


def test_two_subjects_before_give_no_one() -> None:
    rows = _speakers(
        HAITI,
        (
            "Ariel Henry arrived in Nairobi as William Ruto opened the summit.",
            "“We are ready to deploy the mission without delay,” he said.",
        ),
    )
    assert rows == [(None, None)]


def test_a_name_as_object_is_no_subject() -> None:
    rows = _speakers(
        (),
        (
            "Gunmen kidnapped Pierre Esperance near the airport on Monday.",
            "“The city has no police left to call on at all,” he said.",
        ),
    )
    assert rows == [(None, None)]


def test_no_subject_across_a_quotation_with_its_own_speaker() -> None:
    rows = _speakers(
        (),
        (
            "“The road to the port is closed to every convoy,” a local official said.",
            "“We will reopen it when the fighting stops,” he said.",
        ),
    )
    assert all(speaker_text is None for _, speaker_text in rows)
