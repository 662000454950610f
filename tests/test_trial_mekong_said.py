"""Statements the Mekong trial found wrong or missed (evaluation/trials/mekong/README.md, "Statements"), each mended
by a general shape with the trial's real sentence and a counter-example from another subject: a country's office as a
description ("The US secretary of state told") is the person holding it, never the country; the attribution slot
"according to the <demonym> <body>" is the whole noun phrase; a quotation, then a name whose apposition is headed by
an office, then "said": the name is the speaker; a quoted title after its author is no quotation, and "according to"
a record or a norm ("the history of", "the law") cites no one; "..., says the Mekong River Commission." is the body;
"The group said" is the body a longer description of that noun named before; a time adverbial between a verb that
needs a clause and its "that" ("complained on Thursday that") keeps the clause the verb's; "a foreign ministry
spokesperson said" is the spokesperson the article names by that title in the next two paragraphs."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

MEKONG = (
    Actor("mike-pompeo", ("Mike Pompeo",), "person", "US Secretary of State (2018-2021)"),
    Actor("antony-blinken", ("Antony Blinken", "Secretary Blinken"), "person", "US Secretary of State (2021-2025)"),
    Actor("united-states", ("United States", "US", "U.S."), "government"),
    Actor("cambodia", ("Cambodia", "Cambodian government", "Cambodian authorities"), "government"),
    Actor(
        "fisheries-administration",
        ("Fisheries Administration", "Cambodian fisheries administration"),
        "body",
        "Cambodia's fisheries agency",
    ),
)
MEXICO = (
    Actor("united-states", ("United States", "US", "U.S."), "government"),
    Actor("mexico", ("Mexico", "Mexican government"), "government"),
    Actor("claudia-sheinbaum", ("Claudia Sheinbaum", "Sheinbaum"), "person", "President of Mexico"),
)


def _statements(actors: tuple[Actor, ...], *paragraphs: tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker, speaker as written) of each statement; each paragraph given as its sentences."""
    found = extract_statements([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], actors)
    return [(s.kind, s.speaker, s.speaker_text) for s in found]


# --- a country's office as a description: the person holding it, never the country ---------------------------

POMPEO_NAMED = (
    "US Secretary of State Mike Pompeo on Thursday criticised China's dam-building on the Mekong River, saying its "
    "construction had left the crucial waterway at its lowest level in a decade in Southeast Asian countries "
    "downstream.",
)
SECRETARY_TOLD = (
    "The US secretary of state also told his Southeast Asian counterparts on Thursday that the United States had "
    "never asked Indo-Pacific nations to take sides.",
)


def test_the_us_secretary_of_state_is_the_secretary_the_article_named() -> None:
    # Bangkok Post p5: main gave the statement to the United States, the country in the office's words
    found = _statements(MEKONG, POMPEO_NAMED, ("Drought in Thailand has severely affected farmers.",), SECRETARY_TOLD)
    assert found[-1] == ("reported", "mike-pompeo", "The US secretary of state")


def test_a_countrys_office_with_no_holder_named_is_not_the_country() -> None:
    # US–Mexico: no defense secretary named, so the statement is kept apart, never the United States
    found = _statements(
        MEXICO,
        ("The US defense secretary told reporters on Friday that the troops would stay at the border.",),
    )
    assert found == [("reported", None, None)]


def test_the_country_itself_still_speaks() -> None:
    # US–Mexico: the country's name alone as a subject is its government, as before
    found = _statements(MEXICO, ("The US said on Friday that the troops would stay at the border.",))
    assert found == [("reported", "united-states", "US")]


# --- "according to the <demonym> <body>": the whole noun phrase ------------------------------------------------

FISHERIES = (
    "But according to the Cambodian fisheries administration, fish stocks have declined by twenty percent in recent "
    "years.",
)


def test_according_to_a_demonym_and_a_body_is_the_body() -> None:
    # IPS p8: main cut the slot at the demonym and gave Cambodia ("the Cambodian")
    found = _statements(MEKONG, FISHERIES)
    assert found == [("reported", "fisheries-administration", "the Cambodian fisheries administration")]


def test_a_demonym_and_a_body_the_codebook_lacks_is_kept_as_written() -> None:
    # US–Mexico: no codebook body for the navy, so the phrase as written with no topic, never Mexico
    found = _statements(MEXICO, ("According to the Mexican navy, 85 boats were seized last year.",))
    assert found == [("reported", None, "the Mexican navy")]


def test_a_demonym_and_a_state_noun_is_still_the_government() -> None:
    found = _statements(MEXICO, ("According to the Mexican government, 85 politicians were arrested last year.",))
    assert found == [("reported", "mexico", "the Mexican government")]


# --- a quotation, then a name with an apposition headed by an office, then "said" -------------------------------

SIFTON = (
    Actor("john-sifton", ("John Sifton",), "person", "Asia advocacy director at Human Rights Watch"),
    Actor("human-rights-watch", ("Human Rights Watch",), "body", "New York-based rights group"),
)
RED_SEA = (
    Actor("hans-grundberg", ("Hans Grundberg", "Grundberg"), "person", "UN special envoy for Yemen"),
    Actor("houthis", ("Houthis",), "organization"),
)


def test_a_name_then_a_role_headed_by_an_office_is_the_speaker() -> None:
    # CamboJA p3: main kept the quotation apart ("Asia advocacy director" opens with a capital, not with a title)
    found = _statements(
        SIFTON,
        (
            "\"Cambodian authorities need to urgently revisit this project's compensation, resettlement, and "
            "livelihood-restoration methods, and ensure that future projects don't feature similar abuses,\" John "
            "Sifton, Asia advocacy director at Human Rights Watch, said in a statement.",
        ),
    )
    assert found == [("direct", "john-sifton", "John Sifton")]


def test_an_envoy_for_a_country_is_a_role_too() -> None:
    # Red Sea: the same shape, the office after an organisation's acronym and a lower-case word
    found = _statements(
        RED_SEA,
        ('"The crew must be released without conditions," Hans Grundberg, UN special envoy for Yemen, said.',),
    )
    assert found == [("direct", "hans-grundberg", "Hans Grundberg")]


def test_an_apposition_headed_by_no_office_stays_apart() -> None:
    # Red Sea: "fellow" is no office, so neither part is the role and the quotation stays apart
    found = _statements(
        RED_SEA,
        ('"The crew must be released without conditions," Mary Smith, Asia Society fellow at Columbia, said.',),
    )
    assert found == [("direct", None, None)]


# --- a quoted title after its author is no statement; "according to" a record or a norm cites no one -----------

EYLER = (Actor("brian-eyler", ("Brian Eyler", "Eyler"), "person", "Southeast Asia program director, Stimson Center"),)
US_MEXICO = (
    Actor("mexico", ("Mexico", "Mexican government"), "government"),
    Actor("baker-mckenzie", ("Baker McKenzie",), "organization"),
)


def test_a_book_title_after_its_author_is_no_quotation() -> None:
    # VOA p8: main kept the book's title as an unattributed direct quotation
    found = _statements(
        EYLER,
        (
            'Brian Eyler, author "Last Days of the Mighty Mekong" and Southeast Asia program director at the Stimson '
            "Center in Washington, D.C., echoed that concern.",
        ),
    )
    assert found == []


def test_according_to_the_history_of_a_river_is_no_statement() -> None:
    # Vietmaz p3: main kept it as reported speech with no speaker
    found = _statements(
        EYLER,
        (
            "According to the history of the Hàm Luông River, by April every year, there is no more saltwater "
            "intrusion in the river.",
        ),
    )
    assert found == []


def test_according_to_a_law_firm_or_a_government_still_cites_it() -> None:
    # US–Mexico: "law" heading a longer phrase is no norm, and a government is a source
    firm = _statements(US_MEXICO, ("According to the law firm Baker McKenzie, extradition needs a judge's order.",))
    government = _statements(
        US_MEXICO, ("According to the Mexican government, 85 politicians were arrested last year.",)
    )
    assert len(firm) == 1
    assert government == [("reported", "mexico", "the Mexican government")]


# --- the closing slot after a clause: an inverted verb, then "the" and a body's capitalised name ---------------

MRC = (Actor("mekong-river-commission", ("Mekong River Commission", "MRC"), "body", "Intergovernmental body"),)
SUDAN = (
    Actor("resistance-committees", ("Coordination of Resistance Committees in El Fasher",), "organization"),
    Actor("rsf", ("Rapid Support Forces", "RSF"), "organization"),
)


def test_says_the_body_closing_the_sentence_is_the_speaker() -> None:
    # Straits Times p6: main found no statement (a name after "the" was read as no name)
    found = _statements(
        MRC,
        (
            "This effect has been at its lowest since 1997, leading to extremely dry conditions, says the Mekong "
            "River Commission.",
        ),
    )
    assert found == [("reported", "mekong-river-commission", "the Mekong River Commission")]


def test_a_body_owning_the_verbs_object_is_not_the_speaker() -> None:
    # Sudan: "confirmed the RSF's assault, stating": the object of the verb, not a speaker after it
    found = _statements(
        SUDAN,
        (
            "The Coordination of Resistance Committees in El Fasher, a local volunteer group, confirmed the RSF's "
            "assault, stating that drones and artillery targeted the northern and eastern parts of the city.",
        ),
    )
    assert [speaker for _, speaker, _ in found] == ["resistance-committees"]


# --- "The group said": the body a longer description of the same noun named before -----------------------------

HRW_ARTICLE = (
    (
        "The Cambodian government and companies behind the Lower Sesan 2 Dam project should reassess and "
        "renegotiate resettlement and compensation for affected indigenous and ethnic groups, Human Rights Watch "
        "urged this week.",
    ),
    (
        '"Cambodian authorities need to urgently revisit this project\'s compensation methods," John Sifton, Asia '
        "advocacy director at Human Rights Watch, said in a statement.",
    ),
    (
        "In a 137-page report released Monday, the New York-based rights group outlines the extent of the dam's "
        "impact on communities.",
    ),
    ("The massive hydropower dam displaced nearly 5,000 people.",),
    (
        'The group said in a statement that many of those displaced "were coerced into accepting inadequate '
        'compensation for lost property and income."',
    ),
)
SAHEL = (Actor("jnim", ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"), "organization", "al-Qaeda-linked group"),)


def test_the_group_is_the_body_its_longer_description_named() -> None:
    # CamboJA p6: main kept it apart, though "the New York-based rights group" (the codebook's role) is Human Rights
    # Watch and the statement just before is a person's
    found = _statements(SIFTON, *HRW_ARTICLE)
    assert found[-1] == ("reported", "human-rights-watch", "The group")


def test_the_group_after_a_group_the_codebook_lacks_stays_apart() -> None:
    # Sahel: the nearest longer description is a local group no codebook entry names, so not JNIM, "the
    # al-Qaeda-linked group" (its codebook role) a paragraph earlier
    found = _statements(
        SAHEL,
        ("JNIM, the al-Qaeda-linked group, attacked the army post at dawn, killing 12 soldiers.",),
        ("Residents said the local self-defence group had fled the town before the attack.",),
        ("The group said in a statement that it would return to protect the villages.",),
    )
    assert found[-1] == ("reported", None, None)


# --- a verb that needs a clause, a time adverbial, then "that" ----------------------------------------------------

BLACK_SEA = (Actor("russia", ("Russia", "Moscow"), "government"),)


def test_complained_on_a_weekday_that_is_a_statement() -> None:
    # CGTN p3: main found none, "on Thursday" standing between the verb and its clause
    found = _statements(
        MEKONG,
        (
            "U.S. Secretary of State Mike Pompeo complained on Thursday that China's dam-building on the upstream of "
            "Mekong River had left the crucial waterway at its lowest level in a decade in downstream areas.",
        ),
    )
    assert found == [("reported", "mike-pompeo", "U.S. Secretary of State Mike Pompeo")]


def test_complained_on_a_weekday_about_a_thing_is_no_statement() -> None:
    # Black Sea: with no clause after the day, "complained" reports no words
    assert _statements(BLACK_SEA, ("Russia complained on Thursday about the pace of the inspections.",)) == []
    found = _statements(BLACK_SEA, ("Russia complained that Western sanctions had slowed its shipments.",))
    assert [speaker for _, speaker, _ in found] == ["russia"]


# --- "a <body in lower case> spokesperson said": the spokesperson the article names by that title near -----------

XINHUA = (
    Actor("geng-shuang", ("Geng Shuang", "Geng"), "person", "Chinese foreign ministry spokesperson"),
    Actor("chinese-foreign-ministry", ("Chinese Foreign Ministry", "foreign ministry"), "body"),
)
HAITI = (
    Actor("haitian-national-police", ("Haitian National Police", "Haiti National Police", "HNP"), "organization"),
    Actor("garry-desrosiers", ("Garry Desrosiers", "Desrosiers"), "person", "Spokesman of the Haitian National Police"),
)
SPOKESPERSON_SAID = (
    "BEIJING, April 21 (Xinhua) -- China will enhance hydrological information sharing and cooperation with countries "
    "along the Mekong River to jointly deal with climate change and flood disaster, a foreign ministry spokesperson "
    "said Tuesday at a press briefing.",
)


def test_a_foreign_ministry_spokesperson_is_the_one_named_next() -> None:
    # Xinhua p1: main found no statement ("a" and a description in lower case was read as no one)
    found = _statements(
        XINHUA,
        SPOKESPERSON_SAID,
        ("Spokesperson Geng Shuang made the remarks in response to media reports.",),
    )
    assert found[0] == ("reported", "geng-shuang", "Geng Shuang")


def test_a_national_police_spokesman_is_the_one_named_two_paragraphs_on() -> None:
    # Haiti (held-out-8, ht01 p1): the gold's Desrosiers, named in p3; main found no statement
    found = _statements(
        HAITI,
        (
            "PORT-AU-PRINCE, Haiti (AP) — Haitian police were overwhelmed by a series of coordinated violent attacks "
            "by gang members across the capital in which four officers were killed, a national police spokesman said "
            "Friday.",
        ),
        ("The attacks Thursday in Port-au-Prince were led by gunmen who opened fire on targets.",),
        (
            "“The situation yesterday was horrible,” spokesman Garry Desrosiers said in an interview with Radio Caraibes.",
        ),
    )
    assert found[0] == ("reported", "garry-desrosiers", "Garry Desrosiers")


def test_a_spokesperson_no_one_is_named_as_stays_apart() -> None:
    # Haiti: no spokesman named near, so the statement is kept apart, never the police spoken for
    found = _statements(
        HAITI,
        ("Four officers were killed in the attacks, a national police spokesman said Friday.",),
        ("The attacks Thursday in Port-au-Prince were led by gunmen who opened fire on targets.",),
    )
    assert found == [("reported", None, None)]
