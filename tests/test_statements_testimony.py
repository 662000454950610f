"""Statements held-out-16 missed (round eighteen): each rule with an example and a counter-example from real
dev text (held-out-16, judged in round seventeen and dev since; held-out-6, -8 and -13, judged earlier)."""
from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

ODISHA = (
    Actor("pradeep-jena", ("Pradeep Jena", "PK Jena", "Jena"), "person", "Chief Secretary of Odisha"),
    Actor("ashwini-vaishnaw", ("Ashwini Vaishnaw", "Vaishnaw"), "person", "Railway Minister of India"),
    Actor("narendra-modi", ("Narendra Modi", "Modi"), "person", "Prime Minister of India"),
    Actor("jaya-varma-sinha", ("Jaya Varma Sinha", "Jaya Sinha", "Sinha"), "person",
          "Member of Operation and Business Development of the Railway Board"),
    Actor("railway-board", ("Railway Board",), "organization", ""),
    Actor("indian-railways", ("Indian Railways", "Ministry of Railways", "Railways"), "organization", ""),
)
OHIO = (
    Actor("ntsb", ("National Transportation Safety Board", "NTSB", "National Transportation and Safety Board"),
          "organization", ""),
    Actor("jennifer-homendy", ("Jennifer Homendy", "Homendy"), "person", "Chair of the NTSB"),
    Actor("mike-dewine", ("Mike DeWine", "DeWine"), "person", "Governor of Ohio"),
    Actor("keith-drabick", ("Keith Drabick", "Drabick"), "person", "East Palestine fire chief, incident commander"),
)
MIDDLE_EAST = (
    Actor("yemen", ("Yemen",), "country", ""),
    Actor("houthis", ("Houthis", "Houthi"), "organization", ""),
)
HEALTH = (Actor("who", ("World Health Organization", "WHO"), "organization", ""),)
HAITI = (Actor("garry-conille", ("Garry Conille", "Conille"), "person", "Prime Minister of Haiti"),)


def said(actors: tuple[Actor, ...], *paragraphs: str | tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    blocks = [Paragraph(f"p{i + 1}", (p,) if isinstance(p, str) else p) for i, p in enumerate(paragraphs)]
    return [(s.kind, s.speaker, s.speaker_text) for s in extract_statements(blocks, actors)]


def test_testified_with_its_clause_is_a_verb_of_saying() -> None:
    """ep04: "Jennifer Homendy testified before the Senate that ..." (where and when between the verb and its
    clause), and ep03's `," Homendy testified.` after a quotation. An unnamed "NTSB Official" who testified
    (ep04's first sentence) is no one's the text names: the verb makes a statement, not a speaker."""
    before_senate = ("On Wednesday, National Transportation Safety Board Chair Jennifer Homendy testified before the "
                     "Senate that that controlled burn was unnecessary.")
    assert said(OHIO, before_senate) == [
        ("reported", "jennifer-homendy", "National Transportation Safety Board Chair Jennifer Homendy")
    ]
    quoted = ("\"OxyVinyls was on scene providing information to Norfolk Southern's contractor who was in the room "
              "when the decision was made,\" Homendy testified.")
    assert said(OHIO, quoted) == [("direct", "jennifer-homendy", "Homendy")]
    unnamed = ("EAST PALESTINE, Ohio — An NTSB Official testified in a Congressional hearing that the huge fireball "
               "after the train derailment in East Palestine did not need to happen.")
    assert said(OHIO, unnamed) == [("reported", None, None)]
    # decided, as no dev text writes it: "testified to" a fact, with no clause, is no statement
    assert said(OHIO, "Homendy testified to the scale of the damage.") == []


def test_a_pronoun_reaches_back_over_sentences_that_name_no_one_else() -> None:
    """od05: "Top railway official Jaya Varma Sinha on Sunday said that ... . Only Coromandel Express met with an
    accident. The train was at a speed of around 128 km/h, she added." is Sinha's. With od02's sentence naming
    Modi and Vaishnaw in between, "she" no longer reaches Sinha (nor anyone: from round nineteen that sentence opens
    with "a preliminary report blamed", a charge of no one's, and the people after its verb are no speaker)."""
    opening = ("Top railway official Jaya Varma Sinha on Sunday said that the preliminary findings suggest that there "
               "has been some issue with the signalling.")
    added = "The train was at a speed of around 128 km/h, she added."
    plain = "Only Coromandel Express met with an accident."
    assert said(ODISHA, (opening, plain, added))[-1] == ("reported", "jaya-varma-sinha", "she")
    others = ("While a preliminary report blamed it on signal failure, Prime Minister Narendra Modi visited the "
              "accident site and was briefed by railway minister Ashwini Vaishnaw as well as officers of the "
              "disaster management teams.")
    assert said(ODISHA, (opening, others, added))[-1] == ("reported", None, None)


def test_a_pronoun_reaches_back_over_a_paragraph_that_opens_with_it() -> None:
    """od01: Jena's quotation, then "He also appreciated the voluntary support being given by the people.", then
    `"...," he added.`: Jena's. After a paragraph of the writer's own (od02's "Bodies were still trapped ...")
    the same quotation stays unattributed."""
    jena = ("\"Some conflicting figures are coming. About 900 people are injured and they are getting necessary "
            "treatment,\" the Chief Secretary said.")
    pronoun = "He also appreciated the voluntary support being given by the people."
    added = ("\"The people are coming voluntarily to donate blood. I am getting requests from many places so it is a "
             "good sign,\" he added.")
    intro = "Jena said that even though several 'conflicting' figures are being claimed, the official toll is 238."
    assert said(ODISHA, intro, jena, pronoun, added)[-1] == ("direct", "pradeep-jena", "he")
    writer = ("Bodies were still trapped in the mangled coaches, while some reports suggested that the death toll is "
              "expected to rise.")
    assert said(ODISHA, intro, jena, writer, added)[-1] == ("direct", None, None)


def test_an_attribution_inside_a_quotation_left_open_is_its_attribution() -> None:
    """od05: `"This is an indigenous development, ... on every section, she said.` (the source never closes the
    quotation) after "The officer further said ...": Sinha's, without "she said" in its text. After the
    writer's own sentence, "she" stands for no one."""
    officer = ("The officer further said that the Railways has decided a priority high-speed section for 'Kavach' and "
               "the fund has been sanctioned.")
    left_open = ("\"This is an indigenous development, so we have a production limit. But the 'Kavach' will be rolled "
                 "out on every section, she said.")
    sinha = ("\"The derailed bogies of Coromandel Express came on the down line, and hit the last two bogies of "
             "Yesvantpur Express,\" Sinha added.")
    statements = extract_statements([Paragraph("p1", (sinha,)), Paragraph("p2", (officer, left_open))], ODISHA)
    assert [(s.speaker, s.text.endswith("every section")) for s in statements[1:]] == [
        ("jaya-varma-sinha", False), ("jaya-varma-sinha", True)
    ]
    writer = "Only Coromandel Express met with an accident."
    assert said(ODISHA, (writer, left_open)) == [("direct", None, None)]


def test_the_officer_is_the_official_just_named() -> None:
    """od05: after Sinha's statement, "The officer further said that ..." and, a sentence further on, "the officer
    said" are Sinha's. After the Railway Board's statement (od04), a body, "the officer" is no one named."""
    sinha = ("\"The derailed bogies of Coromandel Express came on the down line, and hit the last two bogies of "
             "Yesvantpur Express,\" Sinha added.")
    officer = ("The officer further said that the Railways has decided a priority high-speed section for 'Kavach' and "
               "the fund has been sanctioned.")
    assert said(ODISHA, sinha, officer)[-1] == ("reported", "jaya-varma-sinha", "The officer")
    sabotage = (sinha, "Also, it would not work on the main line.",
                "On the angle of sabotage, the officer said, \"Nothing has been ruled out yet.\"")
    assert said(ODISHA, sabotage)[-1] == ("direct", "jaya-varma-sinha", "Jaya Varma Sinha")
    board = ("The Railway Board on Sunday said both trains that collided in Odisha's Balasore were running within "
             "their permitted limit of 130 kmph.")
    assert said(ODISHA, board, officer)[-1] == ("reported", None, None)


def test_a_board_name_holding_and_before_a_title_and_a_person_is_kept_whole() -> None:
    """ep03: "National Transportation and Safety Board Chair Jennifer Homendy said" is Homendy alone, not also
    "National Transportation"; ep03's "Drabick and DeWine have tood by the decision" stays two speakers."""
    chair = ("During Senate testimony on Wednesday, National Transportation and Safety Board Chair Jennifer Homendy "
             "said the decision to vent and burn tank cars was made with \"incomplete information.\"")
    assert said(OHIO, chair) == [
        ("reported", "jennifer-homendy", "National Transportation and Safety Board Chair Jennifer Homendy")
    ]
    two = ("Drabick and DeWine have tood by the decision, stating that it was the right choice at the time based on "
           "what they were told.")
    assert [speaker for _, speaker, _ in said(OHIO, two)] == ["keith-drabick", "mike-dewine"]


def test_reported_speech_inside_a_quotation_is_also_the_reported_speaker_s() -> None:
    """od03: Jena quotes "The Railways on Saturday said that the number of deaths is 288": a statement of the
    Railways too, listed first, so that the next paragraph's "he added" is still Jena's. od01's "The last figure
    the DM confirmed to me was 238" in his quotation reports no one with a clause: only Jena's."""
    jena = ("Speaking to ANI, Pradeep Jena said, \"The Railways on Saturday said that the number of deaths is 288 and "
            "we also circulated that. It was found that some bodies were counted twice.\"")
    added = "\"Out of 275, 88 bodies have been identified,\" he added."
    assert said(ODISHA, jena, added) == [
        ("reported", "indian-railways", "Railways"),
        ("direct", "pradeep-jena", "Pradeep Jena"),
        ("direct", "pradeep-jena", "he"),
    ]
    dm = ("Jena said, \"Some conflicting figures are coming. The last figure the DM confirmed to me was 238. Some media "
          "channels are saying the number is 270, 288 and 300 plus.\"")
    assert said(ODISHA, dm) == [("direct", "pradeep-jena", "Jena")]


def test_a_time_between_a_name_and_its_verb_is_no_part_of_the_speaker() -> None:
    """ep01: "Ohio Gov. Mike DeWine last week said it was safe ..." is DeWine's; mp05: "The WHO on Wednesday
    declared ..." the WHO's. rs36's "Houthi media outlets in Yemen on Monday said" is not Yemen's, and ht04's
    "Haiti's new prime minister on Monday condemned" names no one (Conille is named paragraphs later)."""
    dewine = ("Ohio Gov. Mike DeWine last week said it was safe for residents to return to East Palestine and nearby "
              "areas after early concerns following the derailment.")
    assert said(OHIO, dewine) == [("reported", "mike-dewine", "Ohio Gov. Mike DeWine")]
    who = ("The WHO on Wednesday declared the outbreak in Africa a public health emergency of international concern "
           "or PHEIC after cases in the Democratic Republic of Congo spread to nearby countries.")
    assert said(HEALTH, who) == [("reported", "who", "WHO")]
    outlets = ("Houthi media outlets in Yemen on Monday said that US strikes hit a migrant detention centre in the "
               "movement’s stronghold of Saada, killing at least 68 people.")
    assert [speaker for _, speaker, _ in said(MIDDLE_EAST, outlets)] != ["yemen"]
    haiti = ("Haiti's new prime minister on Monday condemned the gang killings of three police officers on a patrol "
             "in a part of the capital controlled by gang leader Jimmy \"Barbeque\" Cherizier.")
    assert said(HAITI, haiti) == []
