"""A newcomer's briefing on invasive carp and the Great Lakes (kinds agency, official, project, risk, place):
the statement given to the body named inside the reported clause, the joint statement given to one of its
two speakers, a body's district shown for the body, two rows that were no statements ("He added:", "We’re
told"), and a quotation's "today" dated by the article though the paragraph before dates the agreement.
Each rule is tested on the trial's own sentence and on a counter-example from real text (the trial's or
the evaluation's dev texts)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from build_site.events import extract_events
from build_site.statements import Actor, Paragraph, Statement, extract_statements
from tests.helpers import run_briefing

CARP = (
    Actor(
        "michigan-department-of-natural-resources",
        ("Michigan Department of Natural Resources", "DNR", "MDNR", "Michigan DNR"),
        "organization",
        "",
        ("Illinois DNR",),  # the trial's codebook: `not: [Illinois DNR]`
    ),
    Actor("us-army-corps-of-engineers", ("U.S. Army Corps of Engineers", "Army Corps", "USACE"), "organization"),
    Actor("illinois-department-of-natural-resources", ("Illinois Department of Natural Resources", "IDNR"),
          "organization"),
    Actor("wildlife-service", ("U.S. Fish and Wildlife Service", "USFWS", "Fish and Wildlife Service"),
          "organization"),
    Actor("asian-carp-regional-coordinating-committee", ("Asian Carp Regional Coordinating Committee",),
          "organization"),
    Actor("seth-herbst", ("Seth Herbst", "Herbst"), "person"),
    Actor("gretchen-whitmer", ("Gretchen Whitmer", "Governor Whitmer"), "person"),
)


def _said(*paragraphs: str, actors: tuple[Actor, ...] = CARP) -> list[Statement]:
    return list(extract_statements([Paragraph(f"p{n}", (p,)) for n, p in enumerate(paragraphs)], actors))


def _speakers(*paragraphs: str, actors: tuple[Actor, ...] = CARP) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_text) for s in _said(*paragraphs, actors=actors)]


# --- 1. a spokesman for a body gives the body's words ------------------------------------------------

SPOKESMAN = (
    "A spokesman for the Illinois DNR says the Asian Carp Regional Coordinating Committee will continue to use the "
    "eDNA test as an early warning signal, even though the positive tests may be linked to boats dumping bilge water "
    "from carp infested waters downstream and not from live Asian carp."
)
DNR_SAYS = (
    "The DNR says the USFWS has been monitoring eDNA tests, electrofishing and putting up nets in the St. Joseph River "
    "every month over the previous two summers in an effort to capture grass carp."
)


def test_a_spokesman_for_a_body_is_the_body_as_written_never_another_body() -> None:
    """The trial's Illinois DNR, not the committee named inside the reported clause; "Illinois DNR" holds the
    Michigan DNR's alias "DNR", which the codebook's `not:` rules out: the body is kept as written."""
    assert _speakers(SPOKESMAN) == [(None, "Illinois DNR")]
    codebook = tuple(a for a in CARP if a.id != "illinois-department-of-natural-resources")
    illinois = Actor("illinois-dnr", ("Illinois DNR",), "organization")
    assert _speakers(SPOKESMAN, actors=(*codebook, illinois)) == [("illinois-dnr", "Illinois DNR")]


def test_a_spokesman_for_a_person_and_the_not_phrase_rule_out_nothing_else() -> None:
    """Counter-examples: held-out-11 (Reuters): "the spokesman for secretary-general Antonio Guterres" is never
    Guterres; the trial's "The DNR says" stays the Michigan DNR, and a codebook without `not:` still reads
    "Illinois DNR" by its alias, as it did."""
    guterres = Actor("antonio-guterres", ("Antonio Guterres", "Guterres"), "person")
    spokesman = ("The United Nations worked with Turkey to secure the grain deal and the spokesman for "
                 "secretary-general Antonio Guterres yesterday said the UN had already reached out to Moscow.")
    assert _speakers(spokesman, actors=(guterres,)) == [(None, None)]
    assert _speakers(DNR_SAYS) == [("michigan-department-of-natural-resources", "DNR")]
    loose = (Actor("mdnr", ("Michigan Department of Natural Resources", "DNR"), "organization"),)
    assert _speakers(SPOKESMAN, actors=loose) == [("mdnr", "Illinois DNR")]


# --- 2. an introducing line and a contraction are no statements -------------------------------------

HERBST = (
    '"A positive eDNA sample does not necessarily indicate the presence of live fish," said Seth Herbst, DNR '
    'Fisheries Research Program manager.'
)
ADDED = "He added:"
QUOTED = (
    '"We use eDNA results as one piece of information to determine the best response to the potential threat of an '
    'invasive species," said Herbst.'
)
TOLD = ("We’re told an equal number of samples were taken in the same area and none of them showed signs of eDNA "
        "belonging to bighead or silver carp.")


def test_he_added_with_nothing_after_it_is_no_statement() -> None:
    """The trial's Michigan News Source text: "He added:" closes its paragraph and the quotation below has its own
    attribution; the rows are the two quotations, Herbst's, and none for the line."""
    found = _said(HERBST, ADDED, QUOTED)
    assert [(s.anchor, s.speaker, s.kind) for s in found] == [
        ("p0", "seth-herbst", "direct"), ("p2", "seth-herbst", "direct")]


def test_the_quotation_below_an_introducing_line_is_its_speakers() -> None:
    """Counter-example, the same text without the quotation's own attribution: the line introduces it and
    its speaker is the one "He" goes back to; with the quotation in the line's own paragraph, it is his too."""
    bare = QUOTED.removesuffix('," said Herbst.') + '."'
    found = _said(HERBST, ADDED, bare)
    assert [(s.anchor, s.speaker) for s in found] == [("p0", "seth-herbst"), ("p2", "seth-herbst")]
    inline = _said(HERBST, f"{ADDED} {bare}")
    assert [(s.anchor, s.speaker, s.kind) for s in inline] == [
        ("p0", "seth-herbst", "direct"), ("p1", "seth-herbst", "direct")]


def test_a_contraction_is_no_speaker_and_the_one_told_is_no_teller() -> None:
    """The trial's FOX 17 text: "We’re told" is the outlet's own voice, no one's statement; "They were told"
    names the listeners, not a speaker."""
    assert _said(TOLD) == []
    assert _said("They were told an equal number of samples were taken in the same area.") == []


def test_told_after_a_contraction_in_a_quotation_keeps_its_speaker() -> None:
    """Counter-example, dn03 (held-out-14): a contraction inside the quotation and an active "told" after it:
    Farhan Haq's statement, as before."""
    haq = ("“We’re going with figures just verified by WHO,” Farhan Haq, Deputy Spokesman for the UN "
           "Secretary-General, told CNN on Sunday.")
    assert _speakers(haq, actors=()) == [(None, "Farhan Haq")]


# --- 3. joint speakers and a body's district --------------------------------------------------------

JOINT = ("The MDNR and the U.S. Fish and Wildlife Service announced Tuesday that DNA from silver carp was detected in "
         "one of 200 samples taken in July the Kalamazoo River in Allegan County.")
DISTRICT = ("On July 1, 2024, the U.S. Army Corps of Engineers, Rock Island District, announced that the District and "
            "the States of Illinois and Michigan had signed a partnership agreement for the Brandon Road Interbasin "
            "Project.")


def test_two_bodies_announcing_are_two_speakers_one_of_them_a_name_holding_and() -> None:
    """The trial's mlive text: both bodies speak, one row each (the shape `briefing.json` and the Statements
    page carry for every joint statement); the "and" of "Fish and Wildlife Service" parts no list."""
    assert _speakers(JOINT) == [("michigan-department-of-natural-resources", "MDNR"),
                                ("wildlife-service", "U.S. Fish and Wildlife Service")]
    assert _speakers(JOINT.replace("The MDNR and the", "The")) == [
        ("wildlife-service", "U.S. Fish and Wildlife Service")]


def test_a_name_holding_and_outside_the_codebook_stays_one_speaker() -> None:
    """Counter-example, mp09 (held-out-13): "Centers for Disease Control and Prevention said" is one body."""
    cdc = ("The risk of clade I mpox to the public remains low, and there continue to be sporadic clade II mpox cases "
           "in the United States, Centers for Disease Control and Prevention said in a press release.")
    assert _speakers(cdc, actors=()) == [(None, "Centers for Disease Control and Prevention")]


def test_a_bodys_district_in_apposition_is_the_body() -> None:
    """The trial's Will County text: the Corps, which the codebook knows, speaks through its Rock Island District."""
    assert _speakers(DISTRICT) == [("us-army-corps-of-engineers", "U.S. Army Corps of Engineers")]


def test_a_name_in_apposition_and_a_district_after_a_name_stay_the_persons() -> None:
    """Counter-examples: rs04 (held-out, long since dev): "the leader of the Houthis, Abdul Malik Al-Houthi,
    said" is the name in apposition; ar08 (held-out-9): "said Rear Adm. Michael F. McAllister, commander, 17th
    Coast Guard District." is McAllister, whose district is his command."""
    houthi = ("Earlier this month, the leader of the Houthis, Abdul Malik Al-Houthi, said that all ships heading to "
              "Israeli ports would be attacked by the movement, not just those in the Red Sea region which it has "
              "sought to strike before.")
    assert _speakers(houthi, actors=()) == [(None, "Abdul Malik Al-Houthi")]
    mcallister = ("“This is one of the first opportunities we’ve had to exercise our International Maritime Search "
                  "and Rescue Agreement forged between the Arctic Council nations,” said Rear Adm. Michael F. "
                  "McAllister, commander, 17th Coast Guard District.")
    assert _speakers(mcallister, actors=()) == [(None, "Michael F. McAllister")]


# --- 4. a quotation's "today" is the day the words were said ------------------------------------------

ANNOUNCED = (
    "On July 1, Governor Gretchen Whitmer announced that Michigan signed an agreement with the U.S. Army Corps of "
    "Engineers and the State of Illinois to cosponsor construction of the Brandon Road Interbasin Project near "
    "Joliet, Illinois, to stop the advance of these invasive fish."
)
TODAY = ('"Today\'s agreement will help us get shovels in the ground as soon as possible on the critical Brandon Road '
         'project," Governor Whitmer said.')


def _dates(published: dt.date, *paragraphs: tuple[str, ...]) -> list[tuple[str, str]]:
    found = extract_events([Paragraph(f"p{n}", p) for n, p in enumerate(paragraphs)], published)
    return [(e.anchor, e.date) for e in found]


def test_a_quoted_today_after_a_sentence_dating_another_day_is_left_out() -> None:
    """The trial's MI Environment text (3 July 2024): the paragraph before dates the agreement July 1, so the
    quotation's "Today" is no 3 July; mp07 (held-out-13, 6 September 2024): "Today, we received 99,100 doses
    ...," said Roger Kamba ... on Thursday" is Thursday's, once."""
    assert _dates(dt.date(2024, 7, 3), (ANNOUNCED,), (TODAY,)) == [("p0", "2024-07-01")]
    kamba = ('"In total, that will make 200,000 doses on Saturday.',
             'Today, we received 99,100 doses, and the rest (will be received) on Saturday," said Roger Kamba, '
             "Congolese Health Minister, on Thursday, at Kinshasa's N'djili Airport.")
    assert _dates(dt.date(2024, 9, 6), kamba) == [("p0", "2024-09-05")]


def test_a_quoted_today_is_the_articles_day_when_nothing_says_otherwise() -> None:
    """Counter-examples: mx08 (dev, Tuesday 12 August 2025): the paragraph before dates the extraditions "on
    Tuesday", publication's own day, so Bondi's "Today is the latest example" keeps it; the trial's quotation
    alone, and a "today" of the text's own voice after July 1, are the article's day."""
    tuesday = ("Over two dozen fugitives from Mexico, accused of drug trafficking, murder, and kidnapping, were "
               "extradited to the United States on Tuesday.",)
    bondi = ('"Today is the latest example of the Trump administration\'s historic efforts to dismantle cartels and '
             'foreign terrorist organizations," Attorney General Pam Bondi said.',)
    assert _dates(dt.date(2025, 8, 12), tuesday, bondi) == [("p0", "2025-08-12"), ("p1", "2025-08-12")]
    assert _dates(dt.date(2024, 7, 3), (TODAY,)) == [("p0", "2024-07-03")]
    own = "Today the Army Corps opened the comment period on the project."
    assert _dates(dt.date(2024, 7, 3), (ANNOUNCED,), (own,)) == [("p0", "2024-07-01"), ("p1", "2024-07-03")]


# --- the whole build: the codebook's `not:` reaches the speaker, joint rows reach the pages -----------

@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A briefing of three of the trial's sentences, built by `briefing` with the trial's kinds and codebook."""
    folder = tmp_path_factory.mktemp("carp") / "carp"
    result = run_briefing("new", str(folder), "--title", "Invasive carp and the Great Lakes", "--kind", "agency",
                          "--kind", "official", cwd=folder.parent)
    assert result.returncode == 0, result.stderr
    (folder / "corpus" / "topics" / "agencies.yml").write_text(
        "- id: michigan-department-of-natural-resources\n  name: Michigan Department of Natural Resources\n"
        "  aliases: [DNR, MDNR, Michigan DNR]\n  not: [Illinois DNR]\n  summary: Michigan's DNR.\n"
        "- id: wildlife-service\n  name: U.S. Fish and Wildlife Service\n"
        "  aliases: [USFWS, Fish and Wildlife Service]\n  summary: The federal wildlife agency.\n"
        "- id: asian-carp-regional-coordinating-committee\n  name: Asian Carp Regional Coordinating Committee\n"
        "  summary: The federal-state committee.\n", encoding="utf-8")
    for name, title, published, text in (
        ("illinois-lake.md", "Latest search fails to find Asian carp", "2012-07-16", SPOKESMAN),
        ("kalamazoo.md", "Asian carp DNA detected in Kalamazoo River", "2014-09-16", JOINT),
        ("roadblock.md", "States build a roadblock for invasive carp", "2024-07-03", f"{ANNOUNCED}\n\n{TODAY}"),
    ):
        (folder / "corpus" / "articles" / name).write_text(
            f"---\ntitle: \"{title}\"\npublished: {published}\n---\n\n{text}\n", encoding="utf-8")
    result = run_briefing("build", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / "site"


def _briefing(site: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    return data


def test_the_built_briefing_holds_each_speaker_once_and_no_quoted_today(built: Path) -> None:
    data = _briefing(built)
    reported = (s for s in data["statements"] if s["kind"] == "reported")
    rows = sorted((s["article"], s["speaker"], s["speaker_text"]) for s in reported)
    assert ("illinois-lake", None, "Illinois DNR") in rows
    assert [r for r in rows if r[0] == "kalamazoo"] == [
        ("kalamazoo", "michigan-department-of-natural-resources", "MDNR"),
        ("kalamazoo", "wildlife-service", "U.S. Fish and Wildlife Service"),
    ]
    assert all(s["speaker"] != "asian-carp-regional-coordinating-committee" for s in data["statements"])
    assert sorted((e["article"], e["date"]) for e in data["events"] if e["article"] == "roadblock") == [
        ("roadblock", "2024-07-01")]


@pytest.mark.parametrize("topic", ["michigan-department-of-natural-resources", "wildlife-service"])
def test_both_agencies_pages_hold_the_joint_statement_in_their_own_words(built: Path, topic: str) -> None:
    page = (built / "agencies" / topic / "index.html").read_text(encoding="utf-8")
    own_words = page.split('id="in-their-own-words"', 1)[1].split("<h2", 1)[0]
    assert "DNA from silver carp was detected in one of 200 samples" in own_words


def test_an_empty_apposition_is_no_error() -> None:
    """A stray comma ("The ministry, , said") leaves an empty apposition: the district rule must not index it
    (main: IndexError); as before that rule, such a subject gives no statement."""
    stray = "The ministry, , said that the plan had failed."
    assert _speakers(stray, actors=()) == []
