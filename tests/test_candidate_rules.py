"""Candidate rules on real prose of two subjects: each with an example and a counter-example."""
from __future__ import annotations

from pathlib import Path

from build_site.candidates import place_kind_of, suggest_kind
from build_site.kinds import declared_kinds
from build_site.model import Article, Candidate, Kind, Topic
from build_site.pipeline import Options, build_from
from tests.helpers import briefing_of


def candidates(body: str, topics: list[Topic] | None = None, *more: str) -> dict[str, Candidate]:
    articles = [Article(id=f"a{i}", path=Path(f"a{i}.md"), title="A", body=text) for i, text in enumerate((body, *more))]
    return {c.text: c for c in briefing_of(articles, topics or []).candidates}


def actor(topic_id: str, name: str, *aliases: str, country: str | None = None) -> Topic:
    return Topic(topic_id, "actor", name, aliases, "An actor.", (("country", country),) if country else ())


def test_places_are_not_candidates_but_names_holding_one_are() -> None:
    found = candidates(
        "LAREDO, Texas – Two Mexican nationals associated with the Jalisco Cartel were sentenced. Uriel Lopez, of "
        "Michoacan, pleaded guilty. The Houthis targeted vessels transiting the Bab al Mandeb Strait and the Gulf of "
        "Aden. Mexico has replaced China as a source of heroin for Southeast Asia. Laredo police agreed.\n")
    assert not {"LAREDO", "Laredo", "Texas", "Michoacan", "Bab", "Bab al Mandeb Strait", "Gulf of Aden", "China",
                "Southeast Asia"} & set(found)
    assert {"Jalisco Cartel", "Uriel Lopez"} <= set(found)


def test_citations_fiscal_years_and_credits_are_not_candidates() -> None:
    found = candidates(
        "Seizures declined in FY2016 and again in FY2017. President Trump's orders (E.O. 13773) followed.\n\n"
        "Photo: Navy Petty Officer Aaron Lau\n\nThe Heroin Signature Program tracks seizures.\n")
    assert not {"FY2016", "FY2017", "E.O.", "Navy Petty Officer Aaron Lau", "Aaron Lau"} & set(found)
    assert found["Heroin Signature Program"].suggested_kind == "program"


def test_a_name_and_its_acronym_are_one_candidate() -> None:
    found = candidates(
        "President Peña Nieto of the Institutional Revolutionary Party (PRI) took office. The PRI had ruled before. "
        "The United Nations Office on Drugs and Crime (UNODC) counts poppies; UNODC data agree.\n")
    assert found["Institutional Revolutionary Party (PRI)"].count == 3  # the name once, the acronym twice
    assert found["United Nations Office on Drugs and Crime (UNODC)"].count == 3
    assert "PRI" not in found and "UNODC" not in found


def test_a_new_name_beside_a_codebook_name_is_offered_as_its_alias() -> None:
    houthis = actor("houthis", "Houthi movement", "Ansar Allah", "Houthis")
    sedena = actor("sedena", "SEDENA", "Secretaría de la Defensa Nacional")
    found = candidates(
        "The Houthi movement (formally known as Ansar Allah or Partisans of God) was formed in 2004. "
        "The Secretaría de la Defensa Nacional (DEFENSA) said so. The Sinaloa Cartel (CDS) grew.\n",
        [houthis, sedena])
    assert found["Partisans of God"].alias_of == "houthis"
    assert found["DEFENSA"].alias_of == "sedena"
    # Counter-example: letters that do not spell the name are another name's acronym.
    assert found["Sinaloa Cartel"].alias_of is None and found["CDS"].alias_of is None


def test_a_title_is_no_part_of_the_name_and_a_surname_joins_the_full_name() -> None:
    found = candidates(
        "\"Fentanyl is the deadliest drug threat,\" said Attorney General Merrick B. Garland. Reporters thanked Garland.\n")
    assert found["Merrick B. Garland"].count == 2  # the title is no part of the name
    assert "General Merrick B. Garland" not in found and "Garland" not in found


def test_a_short_name_joins_the_one_longer_name_of_its_article_it_ends() -> None:
    found = candidates(
        "Security chief Omar García Harfuch spoke in Culiacán on Monday. Reporters later asked García Harfuch about "
        "arrests.\n")
    assert found["Omar García Harfuch"].count == 2  # two words ending three: looked up by the last two
    assert "García Harfuch" not in found
    # Counter-example: a surname ending two names of its article names neither for sure.
    found = candidates(
        "Prosecutors charged Ovidio Guzmán on Monday. His brother Iván Archivaldo Guzmán was not charged, and "
        "Guzmán declined to comment.\n")
    assert {"Guzmán", "Ovidio Guzmán", "Iván Archivaldo Guzmán"} <= set(found)
    assert found["Ovidio Guzmán"].count == 1


def test_a_country_of_the_codebook_is_no_candidate_in_any_spelling() -> None:
    usa = actor("us", "US government", country="United States")
    found = candidates("Four U.S. citizens and the US Navy met the USA team. The U.K. and the Colombians watched.\n",
                       [usa])
    assert not {"U.S.", "US", "USA", "U.K.", "Colombians", "Four U.S."} & set(found)
    assert "US Navy" in found


def test_a_recurring_lower_case_threat_is_a_candidate_and_a_single_one_is_not() -> None:
    found = candidates("Crude oil smuggling grew. Officials fought crude oil smuggling and weapons piracy.\n",
                       None, "The report on crude oil smuggling was late.\n")
    assert found["crude oil smuggling"].suggested_kind == "threat"
    assert found["crude oil smuggling"].count == 2  # the capitalized first one is a run of its own
    assert "weapons piracy" not in found


def test_a_name_only_one_article_of_many_gives_is_not_offered_unless_the_text_defines_it() -> None:
    # Real text (a DEA sentencing release): the defendants and the judge of one case.
    release = ("Uriel Lopez, 31, of Michoacan, pleaded guilty before U.S. District Judge Marina Garcia Marmolejo. "
               "The Foreign Terrorist Organization (FTO) list grew. Uriel Lopez was sentenced with the Jalisco Cartel.\n")
    other = "The Jalisco Cartel smuggles methamphetamine into Texas.\n"
    found = candidates(release, None, other)
    assert "Uriel Lopez" not in found and "Judge Marina Garcia Marmolejo" not in found  # twice, but in one release
    # Counter-examples: seen in two articles, or defined by the text ("Name (ACR)").
    assert {"Jalisco Cartel", "Foreign Terrorist Organization (FTO)"} <= set(found)


def test_a_name_broken_by_name_particles_is_one_name_and_a_role_is_no_name() -> None:
    leaders = ("The Department intends to designate Abd al-Khaliq Badr al-Din al-Houthi as an SDGT. "
               "Special Agent in Charge Daniel C. Comeaux, Houston Division, announced it.\n")
    found = candidates(leaders)
    assert not {"Abd", "Badr", "Special Agent"} & set(found)
    assert "Abd al-Khaliq Badr al-Din al-Houthi" in found
    # Counter-examples: a particle written apart stays a connector; a titled name is a name.
    found = candidates("The Department designated Abdullah Yahya al Hakim. Acting Chief Anne Milgram agreed.\n")
    assert {"Abdullah Yahya al Hakim", "Anne Milgram"} <= set(found)


def test_a_designation_is_suggested_as_a_program_and_an_organization_still_as_an_actor() -> None:
    # Real text (State Department designations of Ansarallah and of eight cartels).
    found = candidates(
        "The Department of State today is announcing the designation of Ansarallah as a Foreign Terrorist "
        "Organization (FTO) and a Specially Designated Global Terrorist (SDGT). The Organization of American "
        "States met.\n", None,
        "Ansarallah is an FTO and an SDGT. The Organization of American States met again.\n")
    assert found["Foreign Terrorist Organization (FTO)"].suggested_kind == "program"
    assert found["Specially Designated Global Terrorist (SDGT)"].suggested_kind == "program"
    # Counter-example: an organization's proper name, no classifier before its head.
    assert found["Organization of American States"].suggested_kind == "actor"


def test_the_suggested_kind_is_one_of_the_briefings_kinds() -> None:
    assert suggest_kind("Foreign Terrorist Organization", ("actor", "measure", "issue")) == "measure"
    assert suggest_kind("Sovereignty Concerns", ("actor", "measure", "issues")) == "issues"
    # Counter-example: a nature no kind of the briefing stands for takes none, not its first kind.
    assert suggest_kind("Fuel Theft", ("actor", "measure")) is None
    assert suggest_kind("Fuel Theft") == "threat"


def test_a_name_is_offered_as_an_alias_only_of_a_topic_of_its_kind() -> None:
    laundering = Topic("money-laundering", "threat", "Money laundering", ("plazas",), "A threat.")
    # Real text (Wikipedia, Sinaloa Cartel): the cartel's name follows a mention of another kind.
    body = ('It was established as one of a various number of subordinate "plazas" operating under a predecessor '
            "organization known as the Guadalajara Cartel.\n")
    found = candidates(body, [laundering], body)
    assert found["Guadalajara Cartel"].alias_of is None
    assert found["Guadalajara Cartel"].suggested_kind == "actor"
    # Counter-example: an acronym says nothing of its kind and stays an alias.
    missiles = Topic("missiles", "threat", "Anti-ship missiles", ("anti-ship ballistic missile",), "A threat.")
    found = candidates("Houthis launched an anti-ship ballistic missile (ASBM) at the ship.\n", [missiles])
    assert found["ASBM"].alias_of == "missiles"


def test_the_surname_of_a_person_in_the_codebook_is_offered_as_their_alias() -> None:
    biden = actor("joe-biden", "Joe Biden")  # untyped: the name reads as a person's
    found = candidates(
        "Joe Biden met the press in Delaware. Later Biden spoke again about the border.\n", [biden],
        "The border was on the agenda when Biden visited El Paso.\n")
    assert found["Biden"].alias_of == "joe-biden"
    typed = Topic("lopez", "actor", "Andrés Manuel López Obrador", (), "An actor.", (("type", "person"),))
    found = candidates("President López Obrador spoke. On Monday Obrador spoke again.\n", [typed],
                       "The next day Obrador was in Sinaloa.\n")
    assert found["Obrador"].alias_of == "lopez"


def test_a_surname_two_people_share_or_an_organisation_word_is_not_offered_as_an_alias() -> None:
    joe, jill = actor("joe-biden", "Joe Biden"), actor("jill-biden", "Jill Biden")
    found = candidates(
        "Joe Biden and Jill Biden went to Delaware. The next day Biden spoke again about the border.\n", [joe, jill],
        "The border was on the agenda when Biden visited El Paso.\n")
    assert found["Biden"].alias_of is None  # which Biden is not for the tool to say
    # An organisation's name is no person's: its last word offers nothing, and a one-word
    # organisation's name stays a new actor.
    cartel = Topic("sinaloa", "actor", "Sinaloa Federation", (), "An actor.", (("type", "organization"),))
    found = candidates(
        "The Sinaloa Federation fought on. Officials said Federation cells and Pemex staff met.\n",
        [cartel, actor("joe-biden", "Joe Biden")],
        "Police said Federation gunmen and Pemex guards were seen in Culiacan.\n")
    assert found["Federation"].alias_of is None and found["Pemex"].alias_of is None


def test_a_name_listing_its_parts_is_one_candidate_and_a_list_of_names_is_not() -> None:
    # Real text (DOJ, Germine plea; White House, Bicentennial Framework statement).
    found = candidates(
        "The rifle was described by the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) as a military "
        "weapon. Officials met under the Bicentennial Framework for Security, Public Health, and Safe Communities "
        "today.\n", None,
        "They adopted the Bicentennial Framework for Security, Public Health, and Safe Communities in 2021.\n")
    assert "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)" in found
    assert "Bicentennial Framework for Security, Public Health, and Safe Communities" in found
    assert not {"Bureau of Alcohol", "Tobacco", "Explosives", "Safe Communities", "ATF"} & set(found)
    # Counter-example (DoD, Operation Prosperity Guardian): a list of names after a common noun
    # stays a list of names.
    found = candidates("Operation Prosperity Guardian is bringing together multiple countries including the United "
                       "Kingdom, Bahrain, Canada, France, Italy, Netherlands, Norway, Seychelles and Spain, to jointly "
                       "address security challenges.\n", None, "Operation Prosperity Guardian began.\n")
    assert "Operation Prosperity Guardian" in found
    assert not [text for text in found if "," in text or " and " in text]


def test_the_parts_of_a_name_defined_whole_elsewhere_are_no_candidates() -> None:
    # Real text (CBP, February 2020 update; CBP, Nogales 2019): the acronym says the parts are one name.
    found = candidates(
        "WASHINGTON – U.S. Customs and Border Protection (CBP) Acting Commissioner Mark Morgan announced the update.\n",
        None,
        "NOGALES — U.S. Customs and Border Protection officers seized almost 650 pounds of narcotics.\n")
    assert "U.S. Customs and Border Protection (CBP)" in found
    assert not {"U.S. Customs", "Border Protection", "Customs"} & set(found)
    # Where no text gives the whole name, "One-word and ... Protection" still says the runs are one
    # name (round 7: "Immigration and Nationality Act", tests/test_candidate_shapes.py).
    nogales = "NOGALES — U.S. Customs and Border Protection officers seized almost 650 pounds of narcotics.\n"
    found = candidates(nogales, None, nogales)
    assert not {"U.S. Customs", "Border Protection"} & set(found)


def test_also_known_as_names_what_stands_right_before_it() -> None:
    haiti = actor("haiti", "Government of Haiti", "Haiti")
    cherizier = actor("cherizier", "Jimmy Cherizier", "Cherizier")
    # Real text (DOJ, Cherizier indictment): Fredo is Bazile Richardson, not Haiti.
    found = candidates(
        "An indictment charged Jimmy Cherizier, also known as Barbecue, 48, of Port-au-Prince, Haiti, and Bazile "
        "Richardson, also known as Fredo, 48, a naturalized U.S. citizen.\n", [haiti, cherizier])
    assert found["Barbecue"].alias_of == "cherizier"
    assert "Fredo" not in found or found["Fredo"].alias_of is None
    # Counter-examples (Wikipedia, Sinaloa Cartel; DOJ, Garland remarks): a bracketed aside and
    # a possessive's noun stand between a name and "known as".
    cartel = actor("cartels", "Mexican drug cartels", "cartel")
    found = candidates(
        "The Sinaloa Cartel (Spanish: Cártel de Sinaloa), also known as the Guzmán-Zambada Organization, is large. "
        "We charged the Cartel's leaders, known as the Chapitos.\n", [cartel])
    assert found["Guzmán-Zambada Organization"].alias_of == "cartels"
    assert found["Chapitos"].alias_of == "cartels"


def _kinds(*ids: str) -> tuple[Kind, ...]:
    return declared_kinds([{"id": i, "singular": i.capitalize(), "plural": i.capitalize() + "s"} for i in ids], Path("mkdocs.yml"))


def test_a_place_is_suggested_as_the_briefings_kind_for_places_when_it_has_one() -> None:
    # From a news report of the Tinzaouaten ambush (sahel dev text).
    text = ("The clashes took place in the Tinzawatin region, a disputed area straddling the Mali-Algeria border. "
            "The Malian Armed Forces announced on Facebook that they are retreating from Tinzawatin after three days "
            "of intense combat. Fighting in Tinzawatin went on. Facebook removed the video.\n")
    articles = [Article(id="a0", path=Path("a0.md"), title="A", body=text)]
    kinds = _kinds("actor", "threat", "place", "program")
    found = {c.text: c for c in build_from(articles, [], Options(pages=False, kinds=kinds)).briefing.candidates}
    assert found["Tinzawatin"].suggested_kind == "place"
    # Counter-example: "on Facebook" places nothing there; the name stays an actor.
    assert found["Facebook"].suggested_kind == "actor"
    # Counter-example: a briefing without a kind for places is offered no place at all.
    assert "Tinzawatin" not in candidates(text) and "Facebook" in candidates(text)
    assert place_kind_of(_kinds("actor", "place")) == "place" and place_kind_of(_kinds("threat", "actor")) is None


def test_a_known_place_or_a_run_headed_by_geography_is_a_place() -> None:
    # From a Treasury release (us-mexico dev text): a town of the general list.
    text = "Known as plaza bosses for the Sinaloa Cartel, they oversee the cartel's drug trafficking in Tijuana.\n"
    more = "The cartel's cells in Tijuana and Mexicali grew. Tijuana remained the hub.\n"
    articles = [Article(id=f"a{i}", path=Path(f"a{i}.md"), title="A", body=t) for i, t in enumerate((text, more))]
    kinds = _kinds("actor", "place")
    found = {c.text: c for c in build_from(articles, [], Options(pages=False, kinds=kinds)).briefing.candidates}
    assert found["Tijuana"].suggested_kind == "place"
    assert "Tijuana" not in candidates(text, None, more)  # no kind for places: out, as before
    # Counter-example: "Department of State" ends in a word of geography but is an office.
    assert "Department of State" in candidates(
        "The Department of State designated the cartel. The Department of State said so.\n")


def test_a_title_before_a_persons_name_is_left_out_of_the_candidate() -> None:
    # From a Sahel briefing's trial: the name, not "General Abdourahamane Tchiani" (id general-...).
    found = candidates("General Abdourahamane Tchiani seized power in Niamey. Tchiani's junta expelled the envoy.\n",
                       None, "Aides to General Abdourahamane Tchiani said so.\n")
    assert "Abdourahamane Tchiani" in found and "General Abdourahamane Tchiani" not in found
    # Counter-example (a Haiti dev text): a title word that begins a body's name stays in it.
    found = candidates("Secretary Blinken spoke on the sidelines of the recent U.N. General Assembly.\n",
                       None, "an event on the margins of the 79th UN General Assembly\n")
    assert "General Assembly" in found and "Assembly" not in found


def test_a_name_before_a_codebook_acronym_it_does_not_spell_is_offered_as_its_alias() -> None:
    # From a Sahel briefing's trial: JNIM is the Arabic name's acronym, the name an English one.
    jnim = actor("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM")
    found = candidates("The Group for the Support of Islam and Muslims (JNIM) claimed the attack.\n", [jnim])
    assert found["Group for the Support of Islam and Muslims"].alias_of == "jnim"
    # Counter-example: an acronym the codebook does not know joins the name as a new candidate.
    found = candidates("The Group for the Support of Islam and Muslims (GSIM) claimed the attack.\n", [jnim])
    assert found["Group for the Support of Islam and Muslims (GSIM)"].alias_of is None
