"""Statements by shapes held-out-22 and held-out-23 both counted (dev since round twenty-five), each rule with a
counter-example from another subject: the closing slot of a quotation holding a role noun ("the airline") or a
document ("the study"), resolved to the body the noun describes or the document's author; the one told (an
outlet, or an outlet's journalist) before a quotation is never its speaker."""

from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

DOOR_PLUG = (
    Actor("alaska-airlines", ("Alaska Airlines", "Alaska"), "organization"),
    Actor("united-airlines", ("United Airlines", "United"), "organization"),
    Actor("faa", ("Federal Aviation Administration", "FAA"), "organization"),
)
MARIA = (
    Actor("harvard-chan-school", ("Harvard T.H. Chan School of Public Health", "Harvard"), "organization"),
    Actor("puerto-rico-government", ("Government of Puerto Rico", "Puerto Rican government"), "organization"),
)
RED_SEA = (
    Actor("maersk-line", ("Maersk Line", "Maersk"), "organization"),
    Actor("evergreen-line", ("Evergreen Line", "Evergreen"), "organization"),
)
SUDAN = (Actor("volker-turk", ("Volker Türk", "Türk"), "person", "UN High Commissioner for Human Rights"),)


def _statements(actors: tuple[Actor, ...], *paragraphs: tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker, speaker as written) of each statement; each paragraph given as its sentences."""
    found = extract_statements([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], actors)
    return [(s.kind, s.speaker, s.speaker_text) for s in found]


# --- a role noun in the closing slot: the body it describes, named nearest before ---------------------------

GROUNDED = (
    "Meanwhile, the FAA has grounded 171 Boeing Max 9 planes, the same model used in Alaska Airlines Flight 1282.",
)
UNITED_SAID = ("United Airlines said it is looking at how the door plug is installed on its planes.",)
UNITED_LOOKS = ("United Airlines is looking at how the door plug is installed on its planes.",)
AIRLINE_SAID = (
    '"Since we began our preliminary inspections on Saturday, we have found instances that appear to relate to '
    'installation issues in the door plug – for example, bolts that need additional tightening," the airline said.',
)


def test_the_airline_after_the_airline_that_spoke_is_that_airline() -> None:
    # ak01 p6-p7: main kept the quotation apart
    found = _statements(DOOR_PLUG, GROUNDED + UNITED_SAID, AIRLINE_SAID)
    assert found[-1] == ("direct", "united-airlines", "the airline")


def test_the_airline_is_the_one_airline_the_nearest_sentence_names() -> None:
    # the same paragraphs with no statement before the quotation: Alaska Airlines is named earlier, United nearer
    assert _statements(DOOR_PLUG, GROUNDED + UNITED_LOOKS, AIRLINE_SAID) == [
        ("direct", "united-airlines", "the airline")
    ]


def test_a_role_noun_after_a_sentence_naming_two_of_its_bodies_stays_apart() -> None:
    # Red Sea: the nearest sentence names two shipping lines, so "the line" stands for neither
    found = _statements(
        RED_SEA,
        ("Maersk Line and Evergreen Line both paused sailings through the Bab el-Mandeb strait on Friday.",),
        ('"We will route our vessels around the Cape of Good Hope until further notice," the line said.',),
    )
    assert found == [("direct", None, None)]


# --- a document in the closing slot: its author, the one the statement before gave through it ---------------

HARVARD_STUDY = (
    "Hurricane Maria likely killed thousands of people across Puerto Rico last year, more than 70 times the "
    "official estimate, a Harvard study released Tuesday says.",
)
PUBLISHED = ("The study was published in the New England Journal of Medicine.",)
STUDY_SAYS = (
    '"Our results indicate that the official death count of 64 is a substantial underestimate of the true burden '
    'of mortality after Hurricane Maria," the study says.',
)


def test_the_study_is_the_author_of_the_study_quoted_before() -> None:
    # hm01 p1 and p4-p5: main gave p1 to Harvard and kept p5's quotation apart
    found = _statements(MARIA, HARVARD_STUDY, PUBLISHED, STUDY_SAYS)
    assert found == [("reported", "harvard-chan-school", "Harvard"), ("direct", "harvard-chan-school", "the study")]


def test_a_report_no_statement_before_came_from_is_kept_as_written() -> None:
    # Sudan: the person who spoke before gave no report, so "the report" is not his, and is shown as written
    found = _statements(
        SUDAN,
        ("Volker Türk said the fighting in El Fasher had forced tens of thousands to flee.",),
        ('"Civilians have been killed in their homes and on the roads out of the city," the report said.',),
    )
    assert found == [("reported", "volker-turk", "Volker Türk"), ("direct", None, "the report")]


# --- the one told is never the speaker: an outlet, or an outlet's journalist, before the quotation ----------

HOMENDY = (
    Actor("jennifer-homendy", ("Jennifer Homendy", "Homendy"), "person", "chair of the NTSB"),
    Actor("ntsb", ("National Transportation Safety Board", "NTSB"), "organization"),
)
HOUTHIS = (Actor("yahya-saree", ("Yahya Saree", "Saree"), "person", "Houthi military spokesman"),)


def test_the_journalist_told_before_a_quotation_is_not_its_speaker() -> None:
    # ak03 p3: main gave the quotation to "CNN’s Poppy Harlow"
    found = _statements(
        HOMENDY,
        (
            "Jennifer Homendy, NTSB chair, told CNN’s Poppy Harlow on CNN This Morning Wednesday: “There is no way "
            "that this plane should have been delivered with four safety critical bolts missing.",
            "There’s a problem in the process.”",
        ),
    )
    assert found == [("direct", "jennifer-homendy", "Jennifer Homendy")]


def test_an_outlet_told_after_a_bare_title_leaves_the_quotation_apart() -> None:
    # ak03 p1, a standfirst: main gave it to CNN; the title alone names no one here
    found = _statements(
        HOMENDY,
        (
            "NTSB chair tells CNN: \"There's no way that this plane should have been delivered with four safety "
            "critical bolts missing.'",
        ),
    )
    assert found == [("direct", None, None)]


def test_the_outlet_told_before_a_quotation_leaves_the_teller_the_speaker() -> None:
    # Red Sea: main gave the quotation to the channel told
    told = ('Yahya Saree told Al-Masirah TV: "Our operations will continue until the aggression stops."',)
    assert _statements(HOUTHIS, told) == [("direct", "yahya-saree", "Yahya Saree")]


def test_a_name_after_a_verb_that_is_not_of_telling_is_still_the_speaker() -> None:
    # Red Sea: "said X:" names its speaker after the verb, as before
    said = ('Hours later said Yahya Saree: "We targeted the ship with missiles."',)
    assert _statements(HOUTHIS, said) == [("direct", "yahya-saree", "Yahya Saree")]
    # Haiti (held-out-8's ht02): a name after the agency told is the one who told it
    lazarre = (
        'Thursday’s violence left four dead, told AFP Lionel Lazarre: "The gangs attacked at dawn, and we were '
        'not ready."',
    )
    assert _statements((Actor("lionel-lazarre", ("Lionel Lazarre", "Lazarre"), "person"),), lazarre) == [
        ("direct", "lionel-lazarre", "AFP Lionel Lazarre")
    ]


# --- an authority giving or revising a count -----------------------------------------------------------------

QUAKE = (Actor("afad", ("Disaster and Emergency Management Authority", "AFAD"), "organization"),)
MARIA_COUNT = (
    Actor(
        "ricardo-rossello", ("Ricardo Rosselló", "Ricardo Rossello", "Rossello"), "person", "governor of Puerto Rico"
    ),
    Actor("puerto-rico-government", ("Government of Puerto Rico", "Puerto Rican government"), "organization"),
)
HAITI = (Actor("kenyan-police", ("Kenyan police",), "organization"),)


def test_an_authority_putting_a_figure_at_a_value_gives_it() -> None:
    # tq01 p3.1: main read no statement
    put = (
        "Turkey’s Disaster and Emergency Management Authority (AFAD) put the magnitude of the quake at 7.4 near the "
        "cities of Kahramanmaras and Gaziantep.",
    )
    assert _statements(QUAKE, put) == [
        ("reported", "afad", "Turkey’s Disaster and Emergency Management Authority (AFAD)")
    ]


def test_a_body_or_officeholder_revising_a_count_gives_it() -> None:
    # hm03 p3.3 and hm02 p1 (after a dateline with a bullet): main read no statement
    revised = (
        "Following the report's release, the Puerto Rican government officially raised the death count to reflect "
        "the report's estimate.",
    )
    governor = (
        "SAN JUAN, Puerto Rico • Puerto Rico’s governor raised the U.S. territory’s official death toll from "
        "Hurricane Maria from 64 to 2,975 on Tuesday.",
    )
    assert _statements(MARIA_COUNT, revised) == [("reported", "puerto-rico-government", "the Puerto Rican government")]
    told = (
        "“We never anticipated a scenario of zero communication, zero energy, zero highway access,” Gov. Ricardo "
        "Rossello told reporters.",
    )
    assert _statements(MARIA_COUNT, governor, told) == [
        ("reported", "ricardo-rossello", "Puerto Rico’s governor"),
        ("direct", "ricardo-rossello", "Ricardo Rossello"),
    ]


def test_the_authorities_of_a_place_are_the_speaker_as_written_not_the_place() -> None:
    # hm01 p2 (main: no statement) and mx28 p1, US-Mexico (main: no statement; a first form gave "Sinaloa")
    placed = ("Authorities in Puerto Rico placed the death toll at 64 after Maria roared through the island Sept. 20.",)
    raised = (
        "Authorities in the western Mexico state of Sinaloa have raised the death toll from last week's gunfights "
        "with cartel members to 13.",
    )
    assert _statements(MARIA_COUNT, placed) == [("reported", None, "Authorities in Puerto Rico")]
    assert _statements((), raised) == [("reported", None, "Authorities in the western Mexico state of Sinaloa")]


def test_raising_a_number_of_things_done_is_an_act_not_a_statement() -> None:
    # Haiti: a count of officers sent, raised, is what a body did; putting troops on alert says nothing
    assert _statements(HAITI, ("The Kenyan police raised the number of officers in Port-au-Prince to 400.",)) == []
    assert _statements(HAITI, ("The Kenyan police put the officers at the airport on alert.",)) == []


# --- the review's mends: a toll's count; a plural role noun; a document's author only as its phrase names it --


def test_a_price_or_a_toll_of_a_road_is_no_count_given() -> None:
    # the review: a bridge toll raised in dollars, toll booths placed at exits, were read as statements
    assert _statements((), ("Engineers raised the bridge toll from $5 to $7.",)) == []
    assert _statements((), ("Drivers placed the toll booths at 64 exits.",)) == []


NTSB = (
    Actor("united-airlines", ("United Airlines", "United"), "organization"),
    Actor("ntsb", ("National Transportation Safety Board", "NTSB"), "organization"),
)


def test_a_plural_role_noun_stands_for_no_one_body() -> None:
    # the review: "the airlines" resolved to United, the nearest airline named
    said = ('"We are inspecting every door plug on our fleets," the airlines said.',)
    assert _statements(DOOR_PLUG, GROUNDED + UNITED_SAID, said)[-1][1] is None
    assert _statements(NTSB, UNITED_LOOKS, said)[-1][1] is None


BIDEN = (
    *MARIA,
    Actor("joe-biden", ("Joe Biden", "Biden"), "person", "President of the United States"),
)
REPORT_SAID = ('"The bolts were missing when the plane left the factory," the report said.',)


def test_who_merely_mentions_a_study_is_not_its_author() -> None:
    # the review: "the study says" went to Biden, whose sentence mentions the study; its phrase names Harvard
    found = _statements(
        BIDEN,
        ("A Harvard University study estimated 4,645 deaths.",),
        ("Biden said the study overstated the toll.",),
        ('"Deaths were undercounted," the study says.',),
    )
    assert found[-1] == ("direct", "harvard-chan-school", "the study")


def test_a_report_by_a_body_is_that_bodys_not_the_speaker_who_mentions_it() -> None:
    # the review: "United said a report by the NTSB was late", then "the report said" went to United
    found = _statements(NTSB, ("United said a report by the NTSB was late.",), REPORT_SAID)
    assert found[-1] == ("direct", "ntsb", "the report")
    owned = _statements(NTSB, ("United said the NTSB's preliminary report was late.",), REPORT_SAID)
    assert owned[-1] == ("direct", "ntsb", "the report")


def test_a_report_whose_phrase_names_no_author_is_kept_as_written() -> None:
    found = _statements(NTSB, ("United said the report was late.",), REPORT_SAID)
    assert found[-1] == ("direct", None, "the report")
