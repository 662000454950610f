"""Statements: each rule with an example and a counter-example taken from real texts."""
from __future__ import annotations

from build_site.article_analysis import untyped_actor_type
from build_site.statements import Actor, Paragraph, Statement, extract_statements

ACTORS = (
    Actor("marco-rubio", ("Marco Rubio", "Rubio"), "person", "US Secretary of State"),
    Actor("pam-bondi", ("Pam Bondi", "Bondi"), "person", "US Attorney General"),
    Actor("ronald-johnson", ("Ronald Johnson",), "person", "US Ambassador to Mexico"),
    Actor("juan-ramon-de-la-fuente", ("Juan Ramón de la Fuente", "De la Fuente"), "person",
          "Foreign Secretary of Mexico"),
    Actor("justice-department", ("Justice Department", "Department of Justice"), "organization", ""),
    Actor("centcom", ("U.S. Central Command", "CENTCOM"), "organization", ""),
    Actor("yahya-sarea", ("Yahya Sarea", "Sarea"), "person", "Houthi military spokesman"),
    Actor("sabrina-singh", ("Sabrina Singh", "Singh"), "person", "Deputy Pentagon Press Secretary"),
    Actor("john-kirby", ("John Kirby", "Kirby"), "person", "National Security Council spokesman"),
)


def run(*paragraphs: str | tuple[str, ...]) -> tuple[Statement, ...]:
    blocks = [Paragraph(f"p{i + 1}", (p,) if isinstance(p, str) else p) for i, p in enumerate(paragraphs)]
    return extract_statements(blocks, ACTORS)


def test_direct_quote_with_attribution_after_it() -> None:
    [s] = run('"This transfer is yet another example of what is possible when two governments stand '
              'united against violence and impunity," U.S. Ambassador to Mexico Ronald Johnson said.')
    assert (s.kind, s.speaker, s.speaker_text) == ("direct", "ronald-johnson", "U.S. Ambassador to Mexico Ronald Johnson")
    assert s.text.startswith("This transfer is yet another example") and s.text.endswith("impunity")


def test_inverted_attribution_keeps_initials_and_titles() -> None:
    [s] = run('"These arrests demonstrate the power of international cooperation," said ICE El Paso '
              'Special Agent in Charge Francisco B. Burrola.')
    assert s.speaker_text == "ICE El Paso Special Agent in Charge Francisco B. Burrola"
    assert s.speaker is None and s.attributed  # named, not in the codebook: a candidate


def test_attribution_before_the_quote() -> None:
    [s] = run('Johnson stated, "Far more than the helicopters and x-ray machines, the lasting legacy of the '
              'Merida Initiative will be the improved cooperation."')
    assert (s.kind, s.speaker_text) == ("direct", "Johnson")


def test_curly_quotes_and_quote_broken_by_attribution() -> None:
    [s] = run("“These strikes will continue for as long as they need to continue,” National Security Council "
              "spokesman John Kirby said Thursday, adding, “I’m not going to telegraph punches one way or another.”")
    assert s.speaker == "john-kirby"
    assert s.text == ("These strikes will continue for as long as they need to continue … "
                      "I’m not going to telegraph punches one way or another.")


def test_quote_spanning_sentences_and_the_next_quote_of_the_same_speaker() -> None:
    found = run((("\"Today is the latest example of the Trump administration's historic efforts,\" Attorney "
                  "General Pam Bondi said."),
                 '"These 26 men have all played a role. They will face severe consequences."'))
    assert [s.speaker for s in found] == ["pam-bondi", "pam-bondi"]
    assert found[1].text == "These 26 men have all played a role. They will face severe consequences."


def test_scare_quotes_are_not_statements() -> None:
    found = run('The Houthis said they had "targeted" the CMA CGM Tage container ship.')
    assert [s.kind for s in found] == ["reported"]


def test_unattributed_quote_is_kept_apart() -> None:
    [s] = run('"There were no injuries or damage," the statement continued.')
    assert not s.attributed and s.speaker is None and s.speaker_text is None


def test_pronoun_resolves_to_the_one_person_named_just_before() -> None:
    found = run(("Sarea said the Houthis would continue attacks until aid enters Gaza.",
                 '"No US attack will pass without a response or punishment," he said.'))
    assert [(s.kind, s.speaker) for s in found] == [("reported", "yahya-sarea"), ("direct", "yahya-sarea")]


def test_pronoun_with_two_people_named_stays_unattributed() -> None:
    found = run(("Sabrina Singh and John Kirby spoke on Thursday.", '"We don\'t seek war at all," she said.'))
    assert [s.speaker_text for s in found if s.kind == "direct"] == [None]


def test_reported_speech_with_a_title_and_an_organisation() -> None:
    found = run("The Justice Department said the men were collectively responsible for smuggling tons of cocaine.",
                "Secretary Rubio emphasized that the United States views its partnership with Mexico as vital.")
    assert [(s.kind, s.speaker) for s in found] == [("reported", "justice-department"), ("reported", "marco-rubio")]


def test_role_resolves_only_when_the_article_names_the_actor() -> None:
    named = run("Marco Rubio arrived in Mexico City.", "The secretary of state warned that cartels are terrorists.")
    unnamed = run("The secretary of state warned that cartels are terrorists.")
    assert [s.speaker for s in named] == ["marco-rubio"]
    assert not unnamed[0].attributed  # a role in lower case names no one by itself


def test_unnamed_officials_are_not_speakers() -> None:
    [s] = run("Officials said the talks went well.")
    assert not s.attributed
    assert run("U.S. officials said the talks went well.") == ()


def test_according_to() -> None:
    [s] = run("Several of the men were members of the Sinaloa Cartel, according to the Justice Department.")
    assert (s.kind, s.speaker) == ("reported", "justice-department")


def test_appositive_between_subject_and_verb() -> None:
    [s] = run("Rubio, the secretary of state, said the United States would help.")
    assert s.speaker == "marco-rubio"


def test_sentence_without_speech_verb_is_not_a_statement() -> None:
    assert run("The Houthis have attacked commercial vessels in the Red Sea since October.") == ()


def test_transcript_turns_and_their_continuations() -> None:
    found = run("MODERATOR: (Via interpreter) Good morning and welcome to our guests.",
                "FOREIGN SECRETARY DE LA FUENTE: (Via interpreter) Good morning to you all.",
                "The Governments of Mexico and the United States reaffirm our cooperation.",
                "QUESTION: What was the issue with the Secretary's plane?")
    assert [(s.kind, s.speaker_text, s.speaker) for s in found] == [
        ("transcript", "MODERATOR", None),
        ("transcript", "FOREIGN SECRETARY DE LA FUENTE", "juan-ramon-de-la-fuente"),
        ("transcript", "FOREIGN SECRETARY DE LA FUENTE", "juan-ramon-de-la-fuente"),
        ("transcript", None, None),
    ]
    assert found[1].text == "(Via interpreter) Good morning to you all."


def test_a_single_label_is_not_a_transcript() -> None:
    found = run("NOTE: On January 17, the United States re-designated the Houthis.")
    assert all(s.kind != "transcript" for s in found)


def test_statement_header_names_the_speaker_of_the_quotes_below() -> None:
    found = run("Statement by Ambassador Antonio O. Garza",
                '"Today, both the Mexican and the American people can celebrate a monumental moment."')
    assert [s.speaker_text for s in found] == ["Ambassador Antonio O. Garza"]


def test_untrusted_text_stays_plain_data() -> None:
    [s] = run('"<script>alert(1)</script> is what we will do next," Rubio said.')
    assert s.text == "<script>alert(1)</script> is what we will do next" and s.speaker == "marco-rubio"


def test_appositive_that_is_the_name() -> None:
    found = run((("Earlier this month, the leader of the Houthis, Abdul Malik Al-Houthi, said that all ships "
                  "heading to Israeli ports would be attacked."),))
    assert [s.speaker_text for s in found] == ["Abdul Malik Al-Houthi"]
    assert run("In Sanaa, Yemen, Houthi fighters said nothing.") == ()  # no description before the commas


def test_description_takes_the_speaker_just_before_of_the_same_sort() -> None:
    found = run(("Asked about the claim, the French shipping firm CMA CGM told Reuters the vessel was unharmed.",
                 "The company also said the ship had been headed for Egypt, not Israel."))
    assert [(s.speaker_text, s.speaker) for s in found] == [("CMA CGM", None), ("The company", None)]
    person_then_company = run(("Yahya Sarea said the group had targeted the ship.",
                               "The company also said the ship had been headed for Egypt."))
    assert person_then_company[1].speaker_text is None


def test_pronoun_takes_the_speaker_of_the_statement_just_before() -> None:
    found = run(("The spokesman said that the Houthis fired missiles at a US destroyer.",
                 "He also added that the movement attacked the Happy Condor vessel."), "Yahya Sarea said so.")
    assert [s.speaker for s in found][:2] == [None, None]  # no one named before: nothing to take
    found = run("Yahya Sarea spoke on Sunday.", ("The spokesman said that the Houthis fired missiles.",
                                                  "He also added that the movement attacked a vessel."))
    assert [s.speaker for s in found] == [None, None]  # "spoke" is no statement, so nothing to take
    found = run('"The missile unit carried out two operations in the Red Sea," Yahya Sarea said on Sunday.',
                ("The spokesman said that the Houthis fired missiles at a US destroyer.",
                 "He also added that the movement attacked the Happy Condor vessel."))
    assert [s.speaker for s in found] == ["yahya-sarea"] * 3


def test_readout_attributable_to_a_spokesperson() -> None:
    found = run("The below is attributable to Spokesperson Tammy Bruce:",
                "Today, Secretary of State Marco Rubio spoke with the Mexican Foreign Secretary.",
                "Secretary Rubio emphasized that the partnership is vital.")
    assert [(s.kind, s.speaker_text) for s in found] == [
        ("direct", "Spokesperson Tammy Bruce"), ("reported", "Secretary Rubio")]


def test_one_label_naming_an_actor_is_a_transcript() -> None:
    found = run("SECRETARY RUBIO: Thank you very much.", "We have many alliances.")
    assert [(s.kind, s.speaker) for s in found] == [("transcript", "marco-rubio")] * 2


def test_quote_introduced_by_stated_that_and_continued_by_adding_that() -> None:
    [s, t] = run('A press release by State Department Spokesman Matt Miller stated that "The United States '
                 'condemns the reckless attacks," adding that "The Houthis are behaving like a terrorist group."')
    assert s.speaker_text == t.speaker_text == "State Department Spokesman Matt Miller"


def test_head_name_wins_in_the_speaker_phrase() -> None:
    actors = (*ACTORS, Actor("iran", ("Iran",), "organization"), Actor("houthis", ("Houthis",), "organization"))
    sentence = "Yemen's Iran-backed Houthis said on Wednesday they had targeted a container ship."
    [s] = extract_statements([Paragraph("p1", (sentence,))], actors)
    assert s.speaker == "houthis"


def test_according_to_an_unnamed_source_is_unattributed() -> None:
    [s] = run("Ten rebels were reported killed in this strike, according to their spokesperson.")
    assert (s.kind, s.speaker_text) == ("reported", None)


def test_a_quotation_with_its_attribution_before_is_one_statement() -> None:
    found = run('Maersk stated, "In situations where it makes more sense for our customers, vessels will be '
                'rerouted via the Cape of Good Hope" in the southernmost part of Africa.')
    assert [s.kind for s in found] == ["direct"]


def test_reported_speech_holding_an_unattributed_quotation_is_reported() -> None:
    found = run(("Kirby spoke first.", ('Then Rubio said that the two countries should "work on security '
                                         'matters for a symmetric and respectful understanding."')))
    assert [(s.kind, s.speaker) for s in found] == [("reported", "marco-rubio")]
    inside = run('"We will act. He said we must, and soon," Rubio said.')
    assert [(s.kind, s.speaker) for s in inside] == [("direct", "marco-rubio")]


def test_a_description_with_a_capital_inside_is_no_name() -> None:
    actors = (*ACTORS, Actor("maersk", ("Maersk",), "organization"))
    found = extract_statements([Paragraph("p1", ("Shipping giant Maersk said Sunday it halted its operations.",
                                                 "In a statement, the Danish company said operations would stop."))],
                               actors)
    assert [(s.speaker_text, s.speaker) for s in found] == [("Maersk", "maersk"), ("the Danish company", "maersk")]
    [alone] = run("The Mexican foreign relations chief said that the countries should work together.")
    assert not alone.attributed


def test_a_role_is_also_known_without_its_country_whatever_the_country() -> None:
    """The country before a role comes from the general list, not from one subject's words."""
    from build_site.statements import _role_variants

    assert "foreign minister" in _role_variants("Yemeni Foreign Minister")
    assert "secretary of state" in _role_variants("U.S. Secretary of State")
    assert "attorney general" in _role_variants("Mexico's Attorney General")
    assert _role_variants("Secretary of Defense") == {"secretary of defense"}  # no country to drop
    assert "minister" not in _role_variants("Foreign Minister")  # only a country is dropped


def test_a_thing_is_no_speaker() -> None:
    """A stance verb whose subject is a thing states no one's words (shipped-corpus sentences);
    a body that can speak still does (rs12)."""
    assert run("The geographical proximity of the two countries further underscores the need for joint efforts.") == ()
    assert run("The agreement underscores the enduring importance of the bilateral relationship.") == ()
    [s] = run(("Shipping giant Maersk said Sunday it halted its operations through the Red Sea.",
               "In a statement, the Danish company said operations through the Red Sea would be suspended."))[1:]
    assert s.kind == "reported"


def test_a_country_as_subject_speaks_only_through_a_clause() -> None:
    """ "The U.S. has pledged billions" is a country acting (shipped corpus); "the U.S. military
    said navy helicopters sank ..." (rs13) is a speaker, named through its country."""
    assert run("The U.S. has pledged billions since 2007 to support Mexico in various areas.") == ()
    [s] = run("The U.S. military said navy helicopters sank three of the ships while the fourth fled.")
    assert (s.speaker_text, s.attributed) == ("The U.S. military", True)


def test_according_to_a_country_s_institution_names_it() -> None:
    """ "according to the Mexican government" names a speaker; "according to their spokesperson"
    (rs05) does not."""
    [s] = run("Those sent were brought from prisons across Mexico, according to the Mexican government.")
    assert s.speaker_text == "the Mexican government"
    [t] = run("Ten rebels were reported killed in this strike, according to their spokesperson.")
    assert not t.attributed


def test_an_organisation_is_known_without_its_country() -> None:
    """The codebook's "U.S. Central Command" is the speaker of "the United States Central Command
    (Centcom) said" (rs02) through "Central Command"; a description stays unresolved."""
    actors = (Actor("centcom", ("U.S. Central Command",), "organization"),)
    sentence = ("The day before, the United States Central Command (Centcom) said the group had fired two "
                "anti-ship ballistic missiles in the southern Red Sea.")
    [s] = extract_statements([Paragraph("p1", (sentence,))], actors)
    assert s.speaker == "centcom"
    [t] = extract_statements([Paragraph("p1", ("The Mexican foreign relations chief said that the two "
                                               "countries should work together.",))], actors)
    assert t.speaker is None


def test_a_role_of_a_country_is_known_without_it() -> None:
    """ "Foreign Minister of Denmark" (the red-sea codebook) is also "the foreign minister"; a role
    whose "of" is not a country keeps it."""
    from build_site.statements import _role_variants

    assert "foreign minister" in _role_variants("Foreign Minister of Denmark")
    assert _role_variants("Secretary of Defense") == {"secretary of defense"}


RED_SEA = (
    Actor("centcom", ("U.S. Central Command", "CENTCOM", "Centcom"), "organization"),
    Actor("maersk", ("Maersk",), "organization"),
    Actor("marcelo-ebrard", ("Marcelo Ebrard", "Ebrard"), "person", "Foreign Minister of Mexico"),
    Actor("yahya-sarea", ("Yahya Sarea", "Sarea"), "person", "Houthi military spokesman"),
)


def red_sea(*paragraphs: tuple[str, ...]) -> tuple[Statement, ...]:
    return extract_statements([Paragraph(f"p{i + 1}", p) for i, p in enumerate(paragraphs)], RED_SEA)


def test_a_document_carries_the_words_of_the_speaker_before() -> None:
    """rs06: "the statement continued" is Central Command's, whose statement came just before;
    with no statement before it stays unattributed."""
    first = ('"Midday Dec. 14 (Sanaa time), a ballistic missile was fired from a Houthi-controlled area of '
             'Yemen," U.S. Central Command said in a statement.',)
    second = ('"There were no injuries or damage," the statement continued.',)
    assert [s.speaker for s in red_sea(first, second)] == ["centcom", "centcom"]
    [alone] = red_sea(second)
    assert not alone.attributed


def test_the_company_is_the_one_organisation_just_named() -> None:
    """rs14: "The company stated" after a sentence naming Maersk (behind a dateline); the same
    description with no company named before stays unattributed."""
    found = red_sea(("ALBAWABA - The Danish shipping giant, Maersk, announced that its fleet would not resume "
                     "crossing a strategic strait in the Red Sea.",),
                    ('The company stated, "We have decided to halt all transit operations in the Red Sea and the '
                     'Gulf of Aden until further notice," adding that an investigation is ongoing.',))
    assert [(s.speaker_text, s.speaker) for s in found] == [("Maersk", "maersk"), ("The company", "maersk")]
    [alone] = red_sea(("The company initially announced it would resume operations on December 24th.",))
    assert not alone.attributed


def test_a_name_that_modifies_another_is_not_the_speaker() -> None:
    """rs13: the ship "Maersk Hangzhou" reports, not Maersk; and its appositive, a list with
    commas, is skipped whole."""
    [s] = red_sea(("The Maersk Hangzhou, a Singapore-flagged, Denmark-owned and operated container vessel en "
                   "route from Singapore to Port Suez in Egypt, reported being struck by a missile while "
                   "transiting the Bab al-Mandab Strait.",))
    assert (s.speaker_text, s.speaker) == ("Maersk Hangzhou", None)
    [t] = red_sea(("Maersk said Sunday it halted its operations through the Red Sea.",))
    assert t.speaker == "maersk"


def test_a_long_phrase_after_an_inverted_verb_keeps_its_name() -> None:
    """mx12: "said Ebrard during the morning press conference held by President ..."."""
    [s] = red_sea(('"There must be a new phase, leaving behind the Merida Initiative," said Ebrard during the '
                   'morning press conference held by President Andres Manuel Lopez Obrador in Veracruz.',))
    assert s.speaker == "marcelo-ebrard"


def test_according_to_a_name_and_its_acronym() -> None:
    """rs11: "According to US central command (Centcom)" is Centcom, though written in lower case."""
    [s] = red_sea(("According to US central command (Centcom), US Navy helicopters that rushed to assist the "
                   "vessel early on Sunday came under Houthi attack and returned fire.",))
    assert s.speaker == "centcom"


def test_a_negated_speech_verb_is_no_statement() -> None:
    """rs04: "The spokesman did not say when the attacks took place" reports that nothing was said."""
    found = red_sea(("Sarea said in a televised speech that Houthi forces had targeted the Yannis in the Red Sea.",
                     "The spokesman did not say when the attacks took place."))
    assert [(s.sentence, s.speaker) for s in found] == [(0, "yahya-sarea")]


def test_a_quotation_opening_the_sentence_after_an_attribution_goes_on() -> None:
    """mx11: after `," Ebrard said regarding the Merida Initiative.` the next quotation is his; a
    sentence that names someone else through a verb before the quotation is not."""
    found = red_sea(('"Nowadays, there is a common strategy that is more complex," Ebrard said regarding the '
                     'Merida Initiative. "It is more complex, it is broader, it does not have a single action."',))
    assert [s.speaker for s in found] == ["marcelo-ebrard", "marcelo-ebrard"]
    other = red_sea(('"Nowadays, there is a common strategy that is more complex," Ebrard said. Officials '
                     'answered: "It is more complex, it is broader, it does not have a single action."',))
    assert [s.speaker for s in other] == ["marcelo-ebrard", None]


def test_an_untyped_actor_is_a_person_only_when_its_name_reads_as_one() -> None:
    # `briefing accept --kind actor` writes no type: "FBI" and "Army Corps of Engineers" then
    # counted as people, and "he said" after "The FBI sent divers" went to the FBI.
    assert [untyped_actor_type(n) for n in ("Joe Biden", "Wes Moore", "Juan Ramón de la Fuente")] == [
        "person", "person", "person"]
    assert [untyped_actor_type(n) for n in ("FBI", "Baltimore", "Army Corps of Engineers", "Mexican Navy",
                                             "Sinaloa Cartel", "U.S. Coast Guard")] == ["organization"] * 6
    fbi = Actor("fbi", ("FBI",), untyped_actor_type("FBI"), "")
    found = extract_statements([Paragraph("p1", ("The FBI sent divers to the site on Tuesday.",
                                                  '"We found no link to terrorism," he said.'))], (fbi,))
    assert [(s.kind, s.speaker) for s in found] == [("direct", None)]
