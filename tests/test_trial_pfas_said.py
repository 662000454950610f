"""A newcomer's briefing on PFAS in drinking water (evaluation/trials/pfas): a possessive taken for a speaker, two
coordinated speakers given to the second, "according to a study by X" and "The Minnesota-based company said" left
unresolved, a quotation in single curly marks missed, a quotation before a long apposition typed as reported speech, a
decade dated as a year, a rule's effective date and a trial's scheduled date missed, and the page of differing sources
silent about undated articles. Each rule is tested on the trial's own sentence and on a counter-example of another
subject."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from build_site.events import extract_events
from build_site.model import Article, Topic
from build_site.statements import Actor, Paragraph, Statement, extract_statements
from tests.helpers import pages_of

PFAS = (
    Actor("matthew-platkin", ("Matthew J. Platkin", "Platkin"), "person", "New Jersey Attorney General"),
    Actor(
        "shawn-latourette", ("Shawn M. LaTourette", "LaTourette"), "person", "Commissioner of Environmental Protection"
    ),
    Actor("3m", ("3M",), "organization"),
    Actor("usgs", ("U.S. Geological Survey", "USGS"), "organization"),
    Actor("ewg", ("Environmental Working Group", "EWG"), "organization"),
    Actor("department-of-defense", ("Department of Defense", "Pentagon", "DOD"), "organization"),
    Actor("scott-faber", ("Scott Faber",), "person"),
    Actor("kelly-smalling", ("Kelly Smalling",), "person"),
)


def _said(*paragraphs: str, actors: tuple[Actor, ...] = PFAS) -> list[Statement]:
    return list(extract_statements([Paragraph(f"p{n}", (p,)) for n, p in enumerate(paragraphs)], actors))


def _speakers(*paragraphs: str, actors: tuple[Actor, ...] = PFAS) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_text) for s in _said(*paragraphs, actors=actors)]


def _dates(sentence: str, published: dt.date | None = dt.date(2025, 5, 13)) -> list[tuple[str, str]]:
    return [(e.date, e.written) for e in extract_events([Paragraph("p1", (sentence,))], published)]


# --- 1. a possessive owns a noun: no speaker ----------------------------------------------------------------------


def test_a_possessive_before_a_verbs_form_is_no_speaker() -> None:
    resolve = (
        "The settlement will also resolve the State’s claims against 3M in the statewide litigation regarding "
        "aqueous film-forming foam (AFFF)."
    )
    assert _said(resolve) == []


def test_a_possessive_owning_the_speaker_still_speaks() -> None:
    """Counter-examples (Red Sea shipping, Nepal): the owned noun is the subject, and a pronoun's "’s" is "has"."""
    assert _speakers("Yemen’s Houthi rebels said they had struck the ship.") == [(None, "Yemen’s Houthi rebels")]
    owner = "Nepal’s prime minister, Pushpa Kamal Dahal, said rescuers were searching."
    assert _speakers(owner) == [(None, "Pushpa Kamal Dahal")]
    assert [s.text for s in _said("Smith announced the deal.", "He’s said the deal would hold.")][1:] == [
        "He’s said the deal would hold."
    ]


# --- 2. coordinated speakers: each speaks ---------------------------------------------------------------------------


def test_two_titled_speakers_joined_by_and_are_both_the_statements() -> None:
    announced = (
        "TRENTON – New Jersey Attorney General Matthew J. Platkin and Department of Environmental Protection (DEP) "
        "Commissioner Shawn M. LaTourette announced a landmark settlement of up to $450 million with 3M."
    )
    assert [s for s, _ in _speakers(announced)] == ["matthew-platkin", "shawn-latourette"]


def test_one_body_whose_name_holds_and_stays_one_speaker() -> None:
    """Counter-example (drug policy): "Centers for Disease Control and Prevention" is one body."""
    cdc = (Actor("cdc", ("Centers for Disease Control and Prevention", "CDC"), "organization"),)
    said = "The Centers for Disease Control and Prevention said overdose deaths fell last year."
    assert _speakers(said, actors=cdc) == [("cdc", "Centers for Disease Control and Prevention")]


# --- 3. a study's or data's author, and a description of the company named before ----------------------------------


def test_according_to_a_study_or_data_by_a_body_is_the_bodys() -> None:
    study = (
        "At least 45% of the nation's tap water could be contaminated with at least one form of PFAS known as "
        '"forever chemicals," according to a newly released study by the U.S. Geological Survey.'
    )
    data = (
        "There are nearly 700 military installations with either confirmed or suspected ground water contamination, "
        "according to new data released Thursday by the Environmental Working Group."
    )
    assert [s for s, _ in _speakers(study)] == ["usgs"]
    assert [s for s, _ in _speakers(data)] == ["ewg"]


def test_a_study_of_its_subject_or_data_a_name_owns_is_not_the_authors() -> None:
    """Counter-examples: "of" names what a study studies; "Pentagon data analyzed by EWG" is the Pentagon's."""
    patients = (Actor("ohio", ("Ohio State University",), "organization"),)
    assert _speakers("Smoking doubles the risk, according to a study of 2,000 patients.", actors=patients) == [
        (None, None)
    ]
    owned = (
        "Cancer-linked per- and polyfluoroalkyl substances have been confirmed at 328 sites, according to Pentagon "
        "data analyzed by EWG."
    )
    assert _speakers(owned) == [("department-of-defense", "Pentagon")]


def test_a_description_of_a_company_is_the_company_a_digit_led_name_gave() -> None:
    opening = (
        "Chemical manufacturer 3M will begin payments starting in the third quarter to many U.S. public drinking "
        "water systems as part of a multi-billion-dollar settlement."
    )
    said = (
        "The Minnesota-based company said Monday that last year’s lawsuit settlement received final approval from "
        "the U.S. District Court in Charleston, South Carolina."
    )
    assert _speakers(opening, said) == [("3m", "The Minnesota-based company")]


def test_a_description_stays_unresolved_where_two_companies_were_named() -> None:
    """Counter-example (a second company in the paragraph before): the description may be either."""
    two = (*PFAS, Actor("dupont", ("DuPont",), "organization"))
    opening = "3M and DuPont will begin payments to many public drinking water systems."
    said = "The Minnesota-based company said Monday that the settlement received final approval."
    assert _speakers(opening, said, actors=two) == [(None, None)]


# --- 4. quotations in single marks, and before a long apposition -----------------------------------------------------


def test_a_quotation_in_single_curly_marks_is_a_direct_statement() -> None:
    faber = (
        "‘DoD officials have understood the risks of AFFF since at least the early 1970′s, when the Navy and Air "
        "Force did their own studies on the toxicity of PFAS in fish,’ Scott Faber, EWG’s senior vice president for "
        "government affairs, told reporters."
    )
    assert [(s.kind, s.speaker) for s in _said(faber)] == [("direct", "scott-faber")]
    assert _said(faber)[0].text.startswith("DoD officials have understood")


def test_an_apostrophe_in_a_sentence_opens_no_quotation() -> None:
    """Counter-example: words in single marks inside a sentence, and apostrophes, are not a quotation's."""
    called = "The minister called the plan ‘a betrayal of the farmers’ and walked out of the meeting."
    assert [s.kind for s in _said(called)] == []


def test_a_quotation_before_a_name_and_a_long_apposition_is_direct() -> None:
    smalling = (
        '"This USGS study can help members of the public to understand their risk of exposure and inform policy and '
        'management decisions regarding testing and treatment options for drinking water," Kelly Smalling, a USGS '
        "research chemist who is the lead author of the new study released Wednesday, told NPR over email."
    )
    assert [(s.kind, s.speaker) for s in _said(smalling)] == [("direct", "kelly-smalling")]


# --- 5. events: decades, a rule's effective date, a scheduled day ----------------------------------------------------


def test_a_decade_is_written_as_a_decade_not_its_first_year() -> None:
    since = "DoD officials have understood the risks since at least the early 1970′s, and the 1990s brought more."
    assert _dates(since) == [("1970s", "1970s"), ("1990s", "1990s")]
    assert _dates("DOD has used firefighting foam since the 1970's.") == [("1970s", "1970s")]


def test_a_year_alone_is_still_a_year() -> None:
    """Counter-example: a year with "s" after a space, or a round year, is a year ("in 1970, sales")."""
    assert _dates("The plant opened in 1970, and sales rose.") == [("1970", "opened in 1970")]


def test_a_rules_effective_day_and_a_scheduled_day_in_full_are_events() -> None:
    assert _dates("This final rule is effective on June 25, 2024.") == [("2024-06-25", "June 25, 2024")]
    scheduled = (
        "By settling, 3M will not stand trial in the Chambers Works case, currently scheduled for May 19, 2025, "
        "against DuPont, Chemours, and related defendants in U.S. District Court."
    )
    assert _dates(scheduled) == [("2025-05-19", "May 19, 2025")]


def test_a_plan_for_a_weekday_or_a_day_to_come_stays_a_plan() -> None:
    """Counter-examples: a weekday scheduled, and "will take effect" with no year, are still no happening."""
    assert _dates("The talks are scheduled for Monday.") == []
    assert _dates("The tariffs will take effect on June 3.") == []


# --- 6. the page of differing sources says which articles it leaves out --------------------------------------------


HODEIDAH = Topic("hodeidah", "actor", "Hodeidah", (), "A port.")


def _article(article_id: str, body: str, published: dt.date | None) -> Article:
    return Article(id=article_id, path=Path(f"{article_id}.md"), title=article_id, body=body, published=published)


def _page(second_published: dt.date | None) -> str:
    """Two sources giving one strike's toll differently (the trial's undated article gave a settlement's term)."""
    first = _article("a", "An air strike on Hodeidah killed 12 people on Tuesday.\n", dt.date(2024, 1, 10))
    second = _article("b", "An air strike on Hodeidah killed 20 people on Tuesday.\n", second_published)
    return pages_of([first, second], [HODEIDAH])["analysis/disagreements.md"].html


def test_an_undated_article_is_left_out_and_the_page_says_so() -> None:
    page = _page(None)
    assert "1 article without a date is left out of every comparison of figures and dates" in page
    assert "20 people" not in page


def test_two_dated_articles_are_still_compared_and_nothing_is_said_of_undated_ones() -> None:
    """Counter-example: the same two tolls, both articles dated, differ on the page."""
    page = _page(dt.date(2024, 1, 11))
    assert "without a date" not in page
    assert "20 people" in page


def test_the_timeline_shows_a_decade_as_a_decade_and_a_year_as_its_date() -> None:
    foam = _article(
        "gao", "DOD has used firefighting foam since the 1970s.\n\nThe plant opened in 1975.\n", dt.date(2018, 9, 26)
    )
    page = pages_of([foam], [HODEIDAH])["analysis/timeline.md"].html
    assert '<span class="event__decade">1970s</span>' in page and 'datetime="1970"' not in page
    assert '<time datetime="1975">1975</time>' in page


# --- held-out-21 (dev): an alias the codebook writes beats a name derived from another's ----------------------------


def test_an_alias_written_in_the_codebook_beats_another_bodys_name_without_its_country() -> None:
    titan = (
        Actor("us-coast-guard", ("United States Coast Guard", "U.S. Coast Guard", "Coast Guard"), "organization"),
        Actor("canadian-coast-guard", ("Canadian Coast Guard",), "organization"),
    )
    tweeted = (
        "The Coast Guard tweeted that the ship dropped its ROV, which had made it to the sea floor, around 7:45 a.m. "
        "Thursday morning."
    )
    assert _speakers(tweeted, actors=titan) == [("us-coast-guard", "Coast Guard")]


def test_a_name_two_bodies_give_without_their_country_stays_ambiguous() -> None:
    """Counter-example: neither codebook entry writes "Coast Guard" alone, so it may be either."""
    two = (
        Actor("us-coast-guard", ("U.S. Coast Guard",), "organization"),
        Actor("canadian-coast-guard", ("Canadian Coast Guard",), "organization"),
    )
    assert _speakers("The Coast Guard said the search would go on.", actors=two) == [(None, "Coast Guard")]


MBI = (
    Actor("marine-board", ("Marine Board of Investigation", "MBI"), "organization"),
    Actor("ntsb", ("National Transportation Safety Board", "NTSB"), "organization"),
    Actor("jason-neubauer", ("Jason Neubauer",), "person"),
)
RELEASED = (
    "WASHINGTON — The U.S. Coast Guard Marine Board of Investigation (MBI) released its Report of Investigation (ROI) "
    "Tuesday on the loss of the Titan submersible."
)
DETERMINED = (
    "The board determined the primary contributing factors were OceanGate’s inadequate design, certification, "
    "maintenance and inspection process for the Titan."
)


def test_the_head_of_the_one_body_named_before_stands_for_it() -> None:
    """held-out-21 tn05 (dev): "The board" after the "Marine Board of Investigation", its head before "of"."""
    assert _speakers(RELEASED, DETERMINED, actors=MBI)[-1] == ("marine-board", "The board")


def test_the_head_of_two_bodies_named_stays_unresolved() -> None:
    """Counter-example (an air crash's two boards): "the board" may be either."""
    both = RELEASED.replace("Tuesday", "Tuesday, with the National Transportation Safety Board,")
    assert _speakers(both, DETERMINED, actors=MBI)[-1] == (None, None)
