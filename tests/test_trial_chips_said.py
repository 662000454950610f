"""A newcomer's briefing on chip export controls (evaluation/trials/chips): "the Japanese government" given to the
codebook's "Dutch government", "the department" to a company, "It" to a company named two paragraphs up, a ministry
whose name holds commas split into two speakers, rules' quoted titles shown as statements, a quotation left
unattributed after "Mr.", "said the minister" left unresolved, and yearless dates of what will happen put in the year
before. Each rule is tested on the trial's own sentence and on a counter-example from the evaluation's dev texts on
other subjects."""

from __future__ import annotations

import datetime as dt

from build_site.events import extract_events
from build_site.statements import Actor, Paragraph, Statement, extract_statements

CHIPS = (
    Actor("dutch-cabinet", ("Dutch government", "Dutch Cabinet"), "organization"),
    Actor("justice-department", ("Justice Department", "Department of Justice"), "organization"),
    Actor("nvidia", ("Nvidia",), "organization"),
    Actor("asml", ("ASML",), "organization"),
    Actor("meti", ("Ministry of Economy, Trade and Industry", "METI", "Ministry of Economy, Trade, and Industry"),
          "organization"),
    Actor("yasutoshi-nishimura", ("Yasutoshi Nishimura",), "person", "Minister of Economy, Trade and Industry"),
    Actor("liesje-schreinemacher", ("Liesje Schreinemacher",), "person",
          "Dutch Minister for Foreign Trade and Development Cooperation (2022-2024)"),
    Actor("reinette-klever", ("Reinette Klever",), "person", "Dutch Minister for Foreign Trade and Development"),
)


def _said(*paragraphs: str, actors: tuple[Actor, ...] = CHIPS) -> list[Statement]:
    return list(extract_statements([Paragraph(f"p{n}", (p,)) for n, p in enumerate(paragraphs)], actors))


def _speakers(*paragraphs: str, actors: tuple[Actor, ...] = CHIPS) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_text) for s in _said(*paragraphs, actors=actors)]


# --- 1. a head noun is a body only where its country agrees ------------------------------------------

def test_another_countrys_government_is_not_the_codebooks() -> None:
    japanese = ("On Tuesday, the Japanese government formally stated that 23 new items, including advanced "
                "semiconductor manufacturing machinery, will be added to its list of exports that are subject to "
                "regulation.")
    owned = ("Japan’s government has announced that it plans to restrict exports of 23 types of semiconductor "
             "manufacturing equipment, following similar moves by the US and the Netherlands.")
    assert [s for s, _ in _speakers(japanese)] == [None]
    assert [s for s, _ in _speakers(owned)] == [None]
    assert [s for s, _ in _speakers(japanese.replace("Japanese", "Dutch"))] == ["dutch-cabinet"]


def test_the_government_alone_is_kept_as_written_where_another_countrys_is_named() -> None:
    chinese = ('The move has been justified as a decision by the Chinese government to "protect national security '
               'and interests", but experts have interpreted it as a retaliation measure.')
    added = ("From that date on, exporters of gallium and germanium will be required to apply for “special "
             "permission from the state” to ship them out of China, the government added.")
    assert _speakers(chinese, added)[-1] == (None, "the government")


def test_the_government_alone_is_the_codebooks_body_of_the_country_the_article_names() -> None:
    """Counter-example (hk03, held-out-15, dev): the article names only Hong Kong's government."""
    hong_kong = (Actor("hong-kong-government", ("Hong Kong government",), "organization"),)
    opening = ("Close to two million people hit the streets on Sunday to call on the Hong Kong government to "
               "withdraw a controversial extradition bill, according to organisers.")
    postponed = ("On Saturday, following months of criticism, the government said it would postpone the bill and "
                 "explain it further to the public.")
    assert _speakers(opening, postponed, actors=hong_kong)[-1][0] == "hong-kong-government"


def test_the_department_is_a_body_never_a_company_its_sentence_names() -> None:
    before = "They allegedly received nearly $4 million from China to help finance the export scheme, the department said."
    shipments = ("Some 400 Nvidia A100 GPUs were exported to China between October 2024 and January 2025 in two "
                 "shipments, the department said, and two other shipments were \"disrupted by law enforcement and "
                 "therefore not completed.\"")
    opening = ("Two Chinese nationals and two Americans have been arrested for allegedly illegally exporting "
               "cutting-edge Nvidia chips with artificial intelligence applications to China, the Justice "
               "Department said Thursday.")
    assert [s for s, _ in _speakers(opening, before, shipments)] == ["justice-department"] * 3


def test_the_agency_is_still_the_body_the_paragraph_before_names() -> None:
    """Counter-example (mx25's quotation, held-out-4, dev; the sentence before it adapted to name the DEA): a public
    body's description still reaches the body."""
    dea = (Actor("dea", ("Drug Enforcement Administration", "DEA"), "organization"),)
    named = "The DEA said the effort is called Project Portero."
    noted = ("“Gatekeepers are essential to cartel operations, directing the flow of fentanyl, methamphetamine, and "
             "cocaine into the United States while ensuring the movement of firearms and bulk cash back into "
             "Mexico,” the agency noted.")
    assert _speakers(named, noted, actors=dea)[-1] == ("dea", "the agency")


def test_it_after_a_body_named_by_its_kind_is_no_company_named_before() -> None:
    asml = "ASML will also have to apply for a permit for the maintenance of machines already in use."
    pressure = "The export restriction came following years of pressure from the government of the United States."
    it = ("It announced last October that it would limit the export of its own chip technology to China for fear "
          "that the chips would be used for military purposes.")
    said = extract_statements([Paragraph("p1", (asml,)), Paragraph("p2", (pressure, it))], CHIPS)
    assert [s.speaker for s in said] == [None]
    said = extract_statements([Paragraph("p1", (asml,)), Paragraph("p2", (it,))], CHIPS)
    assert [s.speaker for s in said] == ["asml"]  # the company, with no nearer body


# --- 2. a codebook name holding commas is one speaker --------------------------------------------------

METI = ("“We are fulfilling our responsibility as a technological nation to contribute to international peace and "
        "stability,” the Ministry of Economy, Trade, and Industry noted in a statement.")


def test_a_codebook_name_holding_commas_is_one_speaker() -> None:
    assert _speakers(METI) == [("meti", "Ministry of Economy, Trade, and Industry")]


def test_names_listed_with_commas_are_still_each_a_speaker() -> None:
    """Counter-example: in a codebook holding that name, a list's own commas still part its speakers."""
    listed = "Nvidia, ASML, and Tokyo Electron said that the rules would cost them sales."
    assert _speakers(listed) == [("nvidia", "Nvidia"), ("asml", "ASML"), (None, "Tokyo Electron")]


# --- 3. a quoted title of a rule is no statement -------------------------------------------------------

def test_a_rules_quoted_title_is_no_statement() -> None:
    bis = ("The U.S. Bureau of Industry and Security (BIS) on Dec. 2, 2024, issued a Final Rule, \"Additions and "
           "Modifications to the Entity List; Removals From the Validated End-User (VEU) Program\" (Final Rule), and "
           "an Interim Final Rule (IFR), \"Foreign-Produced Direct Product Rule Additions, and Refinements to "
           "Controls for Advanced Computing and Semiconductor Manufacturing Items.\"")
    listed = ("The U.S. Commerce Department’s Bureau of Industry and Security (BIS) has published an interim final "
              "rule (IFR) revising and clarifying two interim final rules released on October 17, 2023: (1) “Export "
              "Controls on Semiconductor Manufacturing Items” (SME IFR); and (2) “Implementation of Additional "
              "Export Controls: Certain Advanced Computing Items; Supercomputer and Semiconductor End Use; Updates "
              "and Corrections” (AC/S IFR).")
    assert _said(bis) == []
    assert _said(listed) == []


def test_a_quotation_of_speech_after_a_rule_is_still_a_statement() -> None:
    """Counter-example (mx25's quotation, held-out-4, dev, put after "the new rule"): speech in sentence case stays a
    statement, rule or not."""
    dea = (Actor("dea", ("Drug Enforcement Administration", "DEA"), "organization"),)
    said = ("Under the new rule, the DEA said, “Gatekeepers are essential to cartel operations, directing the flow "
            "of fentanyl into the United States.”")
    assert [s.speaker for s in _said(said, actors=dea)] == ["dea"]


# --- 4. a quotation of two sentences attributed after "Mr." ---------------------------------------------

def test_a_quotation_of_two_sentences_attributed_after_mr_is_one_statement() -> None:
    nishimura = ("“If our exports are not being reappropriated for military use, we will continue exporting. We "
                 "believe the impact on companies will be limited,” Mr. Nishimura added.")
    said = _said("Industry minister Mr. Yasutoshi Nishimura told a news conference that Japan has no country in mind.",
                 nishimura)
    assert [(s.kind, s.speaker) for s in said[1:]] == [("direct", "yasutoshi-nishimura")]
    assert said[1].text.startswith("If our exports") and said[1].text.endswith("will be limited")


def test_a_quotation_attributed_after_mr_outside_the_codebook_keeps_the_name() -> None:
    """Counter-example (np01, held-out-14, dev): a surname the codebook does not know, as written."""
    sharma = ("“We are yet to receive information from some places, as the telephone network is not working,” "
              "Mr. Sharma said.")
    assert _speakers(sharma, actors=()) == [(None, "Sharma")]


def test_said_the_minister_is_the_minister_the_article_named() -> None:
    opening = ("Dutch manufacturer ASML will no longer be allowed to export certain microchip-producing machines to "
               "China starting in September. The export restrictions announced in March will take effect beginning "
               "that month, said Foreign Trade Minister Liesje Schreinemacher.")
    quoted = ("\"We have taken this step in the interest of our national security. It is good that the companies "
              "involved now know where they stand,\" said Schreinemacher.")
    permit = "ASML will also have to apply for a permit for the maintenance of machines already in use."
    minister = "\"Every time, we will consider case by case whether maintenance can be carried out,\" said the minister."
    middle = "The regulation was published on Friday in the Staatscourant."
    paragraphs = [Paragraph("p1", (opening,)), Paragraph("p2", (middle,)), Paragraph("p3", (quoted,)),
                  Paragraph("p4", (permit, minister))]
    said = extract_statements(paragraphs, CHIPS)
    assert (said[-1].speaker, said[-1].speaker_text) == ("liesje-schreinemacher", "the minister")


def test_said_the_minister_stays_apart_where_two_ministers_were_named() -> None:
    """Counter-example: two codebook ministers named before, no one to choose."""
    two = ("Foreign Trade Minister Liesje Schreinemacher and her successor Reinette Klever, also Minister for "
           "Foreign Trade, met the press.")
    middle = "The regulation was published on Friday in the Staatscourant."
    permit = "ASML will also have to apply for a permit."
    minister = "\"Every time, we will consider case by case whether maintenance can be carried out,\" said the minister."
    paragraphs = [Paragraph("p1", (two,)), Paragraph("p2", (middle,)), Paragraph("p3", (permit, minister))]
    assert extract_statements(paragraphs, CHIPS)[-1].speaker is None


# --- 5. yearless dates of what will happen, entry into force, "Today" in a name --------------------------

def _dates(sentence: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(e.date, e.written) for e in extract_events([Paragraph("p1", (sentence,))], published)]


def test_a_yearless_date_of_what_will_happen_is_the_coming_one() -> None:
    force = ("The decision, which comes after restrictions akin to those imposed by the U.S., is anticipated to go "
             "into force on July 23 following a two-month public awareness period.")
    starting = ("Dutch manufacturer ASML will no longer be allowed to export certain microchip-producing machines "
                "to China starting in September.")
    effect = ("The new regulations issued on Friday apply to the export of ASML’s older model deep ultraviolet "
              "immersion lithography systems to China, and will come into effect on September 7.")
    assert _dates(force, dt.date(2023, 5, 23)) == [("2023-07-23", "July 23")]
    assert _dates(starting, dt.date(2023, 6, 30)) == [("2023-09", "in September")]
    assert _dates(effect, dt.date(2024, 9, 6)) == [("2024-09-06", "on Friday"), ("2024-09-07", "September 7")]


def test_a_yearless_date_of_what_happened_stays_in_the_past() -> None:
    """Counter-examples (nk02, held-out-19; sh05, held-out-7; both dev): a period over, a past month."""
    lasted = ("Azerbaijan informed about its losses in the \"anti-terrorist operation\" in Nagorno-Karabakh, which "
              "lasted a day — from September 19 to 20.")
    killed = ("Attacks in Burkina Faso were relatively rare before a major attack by al Qaeda-linked fighters on a "
              "hotel in the capital, Ouagadougou, that killed 29 people in January.")
    assert _dates(lasted, dt.date(2023, 9, 23))[0] == ("2023-09-19", "September 19")
    assert _dates(killed, dt.date(2016, 12, 16)) == [("2016-01", "in January")]


def test_effective_and_a_full_date_opening_a_sentence_is_an_event() -> None:
    effective = ("Effective 23 July 2023, Japan’s Ministry of Economy, Trade and Industry (“METI”) imposed export "
                 "regulations on 23 types of advanced semiconductor manufacturing equipment.")
    assert _dates(effective, None) == [("2023-07-23", "23 July 2023")]


def test_effective_inside_a_sentence_of_a_coming_designation_stays_a_coming_date() -> None:
    """Counter-example (rs01, held-out, dev): "effective February 16th" after a sentence's start is still skipped."""
    designation = ("Earlier today the Secretary of State announced the designation of the Houthis as a Specially "
                   "Designated Global Terrorist, effective February 16th, for threatening the security of the United "
                   "States.")
    assert [d for d, _ in _dates(designation, dt.date(2024, 1, 17))] == ["2024-01-17"]


def test_today_closing_a_publications_name_is_no_date() -> None:
    assert _dates("Communications Litigation Today was a Warren News publication.", dt.date(2020, 12, 21)) == []
    assert _dates("Today the ministry said the ban was over.", dt.date(2020, 12, 21)) == [("2020-12-21", "Today")]
