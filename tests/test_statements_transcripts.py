"""Transcript turns in the two shapes transcripts are published in, besides "SECRETARY RUBIO:": a label in
capitals with the speaker's title after a comma (a broadcaster's transcript of a briefing) and a label in mixed
case with a time mark (a transcription service's). Real turns of held-out-21 (the Coast Guard's briefing on the
Titan submersible, CNN; the NTSB's briefing on the midair collision over the Potomac, Rev; dev since round
twenty-two), and the prose that has a capitalised word, a colon or a time and is no label."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, Statement, extract_statements

TITAN = (
    Actor("john-mauger", ("John Mauger", "Mauger"), "person", "commander of the First Coast Guard District"),
    Actor("us-coast-guard", ("United States Coast Guard", "U.S. Coast Guard", "Coast Guard"), "organization"),
)
COLLISION = (
    Actor("jennifer-homendy", ("Jennifer Homendy", "Homendy"), "person", "chair of the NTSB"),
    Actor("ntsb", ("National Transportation Safety Board", "NTSB"), "organization"),
)


def _turns(actors: tuple[Actor, ...], *paragraphs: str) -> list[Statement]:
    return [
        s
        for s in extract_statements([Paragraph(f"p{n}", (p,)) for n, p in enumerate(paragraphs)], actors)
        if s.kind == "transcript"
    ]


# --- capitals, the speaker's title after a comma ---------------------------------------------------------------


def test_a_label_in_capitals_with_a_title_after_a_comma_opens_the_named_speakers_turn() -> None:
    turns = _turns(
        TITAN,
        "UNIDENTIFIED FEMALE: May I now please introduce Rear Admiral John Mauger.",
        "REAR ADMIRAL JOHN MAUGER, U.S. COAST GUARD: This morning, an ROV, or remote-operated vehicle, from the "
        "vessel, Horizon Arctic, discovered the tail cone of the Titan submersible.",
        "Upon this determination, we immediately notified the families.",
    )
    assert [(t.speaker, t.speaker_text) for t in turns] == [
        (None, "UNIDENTIFIED FEMALE"),
        ("john-mauger", "REAR ADMIRAL JOHN MAUGER"),
        ("john-mauger", "REAR ADMIRAL JOHN MAUGER"),
    ]
    assert turns[1].text.startswith("This morning, an ROV")


def test_the_title_after_the_comma_never_speaks_for_a_named_person() -> None:
    """A person not in the codebook keeps the name as written; the body in the title is not the speaker."""
    turns = _turns(
        TITAN,
        "BORIS SANCHEZ, CNN HOST: Let's listen in.",
        "PAUL HANKINS, U.S. COAST GUARD: First, the ROV found the nose cone.",
    )
    assert [(t.speaker, t.speaker_text) for t in turns] == [(None, "BORIS SANCHEZ"), (None, "PAUL HANKINS")]


def test_an_unnamed_label_may_take_the_codebook_body_its_title_names() -> None:
    turns = _turns(
        TITAN,
        "UNIDENTIFIED MALE, U.S. COAST GUARD: The ROVs will remain on scene.",
        "UNIDENTIFIED FEMALE, CNN PRODUCER: We are back.",
    )
    assert [(t.speaker, t.speaker_text) for t in turns] == [
        ("us-coast-guard", "UNIDENTIFIED MALE"),
        (None, "UNIDENTIFIED FEMALE"),
    ]


# --- mixed case with a time mark ---------------------------------------------------------------------------------


def test_a_label_with_a_time_mark_opens_a_turn_and_a_time_mark_alone_carries_it_on() -> None:
    turns = _turns(
        COLLISION,
        "Speaker 1 (00:00): We will be NTSB Chairman Jennifer Homendy, as well as IIC or Investigator-in-Charge "
        "Brice Banning.",
        "Jennifer Homendy (00:17): Good afternoon, and thank you for joining us.",
        "(01:31) Right now, we are still in the fact finding phase of this investigation.",
    )
    assert [(t.speaker, t.speaker_text, t.text) for t in turns] == [
        (
            None,
            "Speaker 1",
            "We will be NTSB Chairman Jennifer Homendy, as well as IIC or Investigator-in-Charge Brice Banning.",
        ),
        ("jennifer-homendy", "Jennifer Homendy", "Good afternoon, and thank you for joining us."),
        ("jennifer-homendy", "Jennifer Homendy", "Right now, we are still in the fact finding phase of this investigation."),
    ]


def test_numbered_unnamed_speakers_stay_apart_and_are_never_guessed() -> None:
    """"Speaker 2" is not the person "Speaker 1" introduced, nor the article's one named person."""
    turns = _turns(
        COLLISION,
        "Speaker 1 (00:00): Here is NTSB Chair Jennifer Homendy.",
        "Speaker 2 (00:05): Thank you.",
        "Speaker 1, NTSB (00:09): Questions, please.",
    )
    assert [(t.speaker, t.speaker_text) for t in turns] == [(None, "Speaker 1"), (None, "Speaker 2"), ("ntsb", "Speaker 1")]


def test_a_label_in_capitals_may_carry_a_time_mark_too() -> None:
    turns = _turns(COLLISION, "Q [00:41:07]: When will the report come out?", "HOMENDY [00:41:12]: Within 30 days.")
    assert [(t.speaker, t.speaker_text) for t in turns] == [(None, None), ("jennifer-homendy", "HOMENDY")]


# --- no label ------------------------------------------------------------------------------------------------------


def test_a_capitalised_word_and_a_colon_in_prose_is_no_label() -> None:
    for prose in (
        ("Update: the road is open again.", "Background: the collision was the deadliest since 2001."),
        ("Note (2024): the figures are the board's.", "Note (2025): the toll was revised."),
        ("At 10:30 the ship reached the site.", "At 11:45 the ROV was launched."),
        ("(00:17) Good afternoon.", "(01:31) Right now, we are still in the fact finding phase."),
    ):
        assert _turns(COLLISION, *prose) == [], prose


def test_one_label_with_a_time_mark_is_no_transcript() -> None:
    """Two labels make a transcript, unless the one names a codebook actor."""
    assert _turns(COLLISION, "Speaker 1 (00:00): Welcome.", "The board met on Tuesday.") == []
    assert [t.speaker for t in _turns(COLLISION, "Jennifer Homendy (00:17): Good afternoon.")] == ["jennifer-homendy"]
