"""Statements and events held-out-18 missed (round twenty): each rule with held-out-18's sentence (judged in round
nineteen, dev since) and a counter-example from real text of the evaluation's other splits."""
from __future__ import annotations

import datetime as dt

from build_site.events import extract_events
from build_site.statements import Actor, Paragraph, extract_statements

CROCUS = (
    Actor("vladimir-putin", ("Vladimir Putin", "Putin"), "person", "President of Russia"),
    Actor("volodymyr-zelensky", ("Volodymyr Zelensky", "Zelensky", "Zelenskyy"), "person", "President of Ukraine"),
    Actor("mykhailo-podolyak", ("Mykhailo Podolyak", "Podolyak", "Podoliak"), "person",
          "adviser to the head of the Office of the President of Ukraine"),
    Actor("fsb", ("Federal Security Service", "FSB", "Russian Federal Security Service"), "organization", ""),
)
HAJJ = (
    Actor("jordan-foreign-ministry", ("Jordanian Ministry of Foreign Affairs and Expatriates",
                                      "Jordanian foreign ministry", "Jordan's foreign ministry"), "organization", ""),
    Actor("afp", ("Agence France-Presse", "AFP"), "organization", ""),
    Actor("saudi-general-authority-for-statistics", ("Saudi General Authority for Statistics",), "organization", ""),
)
ODISHA = (
    Actor("narendra-modi", ("Narendra Modi", "Modi"), "person", "Prime Minister of India"),
    Actor("ashwini-vaishnaw", ("Ashwini Vaishnaw", "Vaishnaw"), "person", "Railway Minister of India"),
)
OTHERS = (
    Actor("ohio-epa", ("Ohio Environmental Protection Agency", "Ohio EPA"), "organization", ""),
    Actor("mike-dewine", ("Mike DeWine", "DeWine"), "person", "Governor of Ohio"),
    Actor("dri", ("Directorate of Revenue Intelligence", "DRI"), "organization", ""),
    Actor("emmanuel-macron", ("Emmanuel Macron", "Macron"), "person", "President of France"),
)


def said(actors: tuple[Actor, ...], *paragraphs: str | tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    blocks = [Paragraph(f"p{i + 1}", (p,) if isinstance(p, str) else p) for i, p in enumerate(paragraphs)]
    return [(s.kind, s.speaker, s.speaker_text) for s in extract_statements(blocks, actors)]


def dated(published: dt.date, sentence: str) -> list[tuple[str, str]]:
    return [(e.written, e.date) for e in extract_events([Paragraph("p1", (sentence,))], published)]


QUDAH = ("Sufian Qudah, the ministry’s spokesperson, said that a team from the Jordanian consulate general in Jeddah, "
         "part of the crisis cell formed by the ministry, has issued 68 burial permits for Jordanian pilgrims to be "
         "buried in Mecca according to the wishes of their families.")
NONE_OF_THESE = "\"None of these pilgrims were part of the official Jordanian Hajj delegation,\" he said."


def test_a_later_according_to_leaves_the_subject_and_verb_of_saying_their_statement() -> None:
    """cc02: "Ukrainian Foreign Minister Dmytro Kuleba said he considers ..., according to a statement from the
    ministry" is Kuleba's, as written (not in the codebook); hj07: Qudah's sentence ends "according to the wishes of
    their families", and the "he said" after it is his. With no verb of saying before it, "according to" names the
    source as before (hj01's Saudi General Authority for Statistics; hj03's unnamed diplomats); ep05 (held-out-16):
    "The Ohio EPA said ..., according to a release issued by Gov. Mike DeWine" is now the agency's (the gold takes
    either)."""
    kuleba = ("Ukrainian Foreign Minister Dmytro Kuleba said he considers the Russian accusations “to be a planned "
              "provocation by the Kremlin to further fuel anti-Ukrainian hysteria in Russian society” with the aim to "
              "“discredit Ukraine in the eyes of the international community,” according to a statement from the "
              "ministry.")
    assert said(CROCUS, kuleba) == [("reported", None, "Ukrainian Foreign Minister Dmytro Kuleba")]
    assert said(HAJJ, (QUDAH, NONE_OF_THESE)) == [
        ("reported", None, "Sufian Qudah"), ("direct", None, "Sufian Qudah")
    ]
    statistics = ("The haj, which will end on Wednesday, is one of the largest mass gatherings in the world, with "
                  "more than 1.8 million pilgrims expected to take part this year, according to the Saudi General "
                  "Authority for Statistics.")
    assert said(HAJJ, statistics) == [("reported", "saudi-general-authority-for-statistics",
                                       "the Saudi General Authority for Statistics")]
    diplomats = ("At least 60 Jordanians perished, according to the diplomats, up from Amman’s official figure of 41 "
                 "earlier on Tuesday.")
    assert said(HAJJ, diplomats) == [("reported", None, None)]
    epa = ("The Ohio EPA said East Palestine residents can safely drink village water on Wednesday, according to a "
           "release issued by Gov. Mike DeWine.")
    assert said(OTHERS, epa) == [("reported", "ohio-epa", "Ohio EPA")]


def test_concluded_attributes_a_quotation_and_is_no_verb_of_saying_alone() -> None:
    """cc01: `"I believe that ...," Podolyak concluded.` is Podolyak's; ar08 (held-out-9): "The Coast Guard, Alaska
    Command and other ... partners concluded the Arctic Chinook exercise" is an act, no statement."""
    quoted = ("\"I believe that the Russian Federation must definitely stop its terrorism as a method of waging war "
              "against its own population and the population of Ukraine,\" Podolyak concluded.")
    assert said(CROCUS, quoted) == [("direct", "mykhailo-podolyak", "Podolyak")]
    exercise = ("ANCHORAGE, Alaska — The Coast Guard, Alaska Command and other state, federal and local partners "
                "concluded the Arctic Chinook exercise in Kotzebue Thursday morning.")
    assert said(CROCUS, exercise) == []


def test_writes_and_calling_something_something_are_verbs_of_saying() -> None:
    """cc04: "..., Ukrayinska Pravda writes ." (a newspaper, as written); "Kremlin media wrote that ..., the
    country's Foreign Ministry called it a fake" (the ministry: "Kremlin media" name no one); nc03 (held-out-7):
    "Macron ... called the coup “completely illegitimate ...”" is Macron's. mp01 (held-out-13): "Local health advocates
    have called on the Zimbabwean government to ..." calls on someone, and says nothing."""
    writes = ("The death toll already reaches 93 Russians, the number of victims may increase, Ukrayinska Pravda "
              "writes .")
    assert said(CROCUS, writes) == [("reported", None, "Ukrayinska Pravda")]
    fake = ("Kremlin media wrote that the suspects could be citizens of Tajikistan, the country's Foreign Ministry "
            "called it a fake.")
    assert said(CROCUS, fake) == [("reported", None, "Foreign Ministry")]
    coup = ("Macron, speaking during a visit to Papua New Guinea today, called the coup “completely illegitimate and "
            "profoundly dangerous, for Nigeriens, for Niger and for the whole region.”")
    assert said(OTHERS, coup) == [("reported", "emmanuel-macron", "Macron")]
    assert said(OTHERS, "Local health advocates have called on the Zimbabwean government to step up awareness "
                        "campaigns.") == []


def test_a_count_speaks_for_its_owner_through_indicates_and_put_the_toll_at() -> None:
    """hj04: "An AFP count indicates that ..."; hj05: "An AFP tally last week, based on ..., put the toll at more
    than 1,100": AFP's. cs01 (held-out-14): "The examination of DRI positively indicated that ..." is a finding, no
    statement (and the anonymous official's quotation after it stays apart); dn01 (held-out-14): "Health authorities
    previously had put the death toll in Derna at 5,500" names no one."""
    count = "An AFP count indicates that there have been 645 confirmed deaths to date."
    assert said(HAJJ, count) == [("reported", "afp", "AFP")]
    tally = ("An AFP tally last week, based on official statements and reports from diplomats involved in their "
             "countries' responses, put the toll at more than 1,100.")
    assert said(HAJJ, tally) == [("reported", "afp", "AFP")]
    finding = ("The examination of DRI positively indicated that the seized item, weighing around 303 kg, is "
               "cocaine.")
    assert said(OTHERS, finding) == []
    assert said(OTHERS, "Health authorities previously had put the death toll in Derna at 5,500.") == []


def test_a_state_denying_a_claim_speaks_and_a_participle_after_with_is_a_second_statement() -> None:
    """cc02: "Ukraine, which has been defending itself ... for two years, denied any responsibility" (a country
    denying a claim; "The U.S. has pledged billions" still acts); cc03: "Kyiv has flatly denied any connection, with
    Ukrainian President Volodymyr Zelenskyy accusing Putin of ...": Kyiv's and Zelenskyy's. sc09 (held-out-10): "with
    Beijing and Manila accusing each other" is two sides, no second speaker."""
    ukraine = ("Ukraine, which has been defending itself from Russia’s full-scale invasion for two years, denied any "
               "responsibility.")
    assert said(CROCUS, ukraine) == [("reported", None, "Ukraine")]
    assert said(CROCUS, "The U.S. has pledged billions in aid.") == []
    kyiv = ("Kyiv has flatly denied any connection, with Ukrainian President Volodymyr Zelenskyy accusing Putin of "
            "attempting to transfer the responsibility to them.")
    assert said(CROCUS, kyiv) == [
        ("reported", None, "Kyiv"), ("reported", "volodymyr-zelensky", "Ukrainian President Volodymyr Zelenskyy")
    ]
    each_other = ("The incident happened in the early hours of Aug. 19 near the Sabina Shoal, with Beijing and Manila "
                  "accusing each other of being responsible for the collisions.")
    assert said(CROCUS, each_other) == []
    # the second statement needs a first: decided, as no dev text has both, "with X accusing each other" after one
    assert said(CROCUS, each_other.replace("The incident happened", "Kyiv has flatly denied any connection")) == [
        ("reported", None, "Kyiv")
    ]


def test_a_paragraph_opening_on_he_goes_back_to_the_last_speaker() -> None:
    """hj07: Qudah's statement (p5), two paragraphs of figures naming no one, then "He emphasised that ...
    “The consulate team ...”": both Qudah's. With od02's sentence naming Modi and Vaishnaw as the paragraph between,
    "He" is no one; a quotation's `"...," he said` after the figures keeps the old reach (no one)."""
    figures = ("The Saudi authorities, until now, have issued 47 death certificates for Jordanian pilgrims.",
               "Twnety-seven of the missing Jordanians are in Saudi hospitals, with 15 in critical condition, and "
               "arrangements are being made to transfer them for treatment in Jordan as soon as their health "
               "conditions permit.")
    emphasised = ("He emphasised that the directorate is in constant contact with the families of the deceased and "
                  "missing Jordanian pilgrims.",
                  "“The consulate team in Mecca visits the injured in hospitals to check on their condition.”")
    assert said(HAJJ, (QUDAH, NONE_OF_THESE), *figures, emphasised)[-2:] == [
        ("reported", None, "Sufian Qudah"), ("direct", None, "Sufian Qudah")
    ]
    modi = ("While a preliminary report blamed it on signal failure, Prime Minister Narendra Modi visited the "
            "accident site and was briefed by railway minister Ashwini Vaishnaw as well as officers of the disaster "
            "management teams.")
    assert said(HAJJ + ODISHA, (QUDAH,), figures[0], modi, emphasised)[-2:] == [
        ("reported", None, None), ("direct", None, None)
    ]
    assert said(HAJJ, (QUDAH,), *figures, NONE_OF_THESE)[-1] == ("direct", None, None)


def test_a_weekday_to_come_is_dated_ahead_of_publication() -> None:
    """hj01 and hj02 (published Sunday 16 June 2024): "which will end on Wednesday" and "which lasts until Wednesday"
    are 19 June (the sentence's "this year" still dated), "predicted to reach 47 degrees ... on Monday" 17 June.
    mx12 (held-out-2): "The meeting ... will take place Friday" is a plan, skipped as before; mx20 (held-out-3):
    "is set to appear ... on Friday" in a report of that Friday is that day; hj05: "had not ... until Sunday" is past."""
    sunday = dt.date(2024, 6, 16)
    ends = ("The haj, which will end on Wednesday, is one of the largest mass gatherings in the world, with more than "
            "1.8 million pilgrims expected to take part this year, according to the Saudi General Authority for "
            "Statistics.")
    assert dated(sunday, ends) == [("on Wednesday", "2024-06-19"), ("this year", "2024")]
    assert dated(sunday, "The hajj, which lasts until Wednesday, is one of the largest events globally.") == [
        ("Wednesday", "2024-06-19")
    ]
    forecast = ("At least of six of the fatalities were heat related, the ministry said on Saturday, with temperatures "
                "predicted to reach 47 degrees Celsius (116 Fahrenheit) in Mecca on Monday.")
    assert dated(sunday, forecast) == [("on Saturday", "2024-06-15"), ("on Monday", "2024-06-17")]
    meeting = ("The meeting, in which US Attorney General Merrick Garland and Homeland Security Secretary Alejandro "
               "Mayorkas will also participate, will take place Friday in the Mexican capital.")
    assert dated(dt.date(2021, 10, 5), meeting) == []
    assert dated(dt.date(2025, 2, 28), "Quintero is set to appear in a New York court on Friday.") == [
        ("on Friday", "2025-02-28")
    ]
    riyadh = "Riyadh had not publicly commented on the deaths or provided its own toll until Sunday."
    assert dated(dt.date(2024, 6, 23), riyadh) == [("Sunday", "2024-06-23")]
