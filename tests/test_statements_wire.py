"""Statements of wire copy (round seventeen): each rule with an example and a counter-example from real
dev texts (held-out-14, -13, -10, -8, -7, judged in earlier rounds)."""
from __future__ import annotations

from build_site.statements import Actor, Paragraph, extract_statements

WIRE = (
    Actor("andrew-coster", ("Andrew Coster", "Coster"), "person", "Police Commissioner"),
    Actor("jean-kaseya", ("Jean Kaseya", "Kaseya"), "person", "Director General of Africa CDC"),
    Actor("who", ("World Health Organization", "World Health Organisation", "WHO"), "organization", ""),
)


def said(actors: tuple[Actor, ...], *paragraphs: str | tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    blocks = [Paragraph(f"p{i + 1}", (p,) if isinstance(p, str) else p) for i, p in enumerate(paragraphs)]
    return [(s.kind, s.speaker, s.speaker_text) for s in extract_statements(blocks, actors)]


def test_a_quotation_over_paragraphs_after_an_attribution_goes_on_with_it() -> None:
    """nz01: `“...,” Coster said.`, then a quotation opened in one paragraph and closed in the next: both
    parts are Coster's. After a paragraph of the writer's own, the same two parts stay unattributed."""
    coster = ("“This is one of the single biggest seizures of illegal drugs by authorities in this country. While "
              "this disrupts the syndicate’s operations, we remain vigilant,” Coster said.")
    first = "“We have no doubt a seizure of this scale lands a major blow for this trade."
    second = "“I am incredibly proud of what has been achieved here, and the impact this will have on organised crime.”"
    assert said(WIRE, coster, first, second) == [("direct", "andrew-coster", "Coster")] * 3
    writer = ("The drugs were placed aboard the Royal New Zealand Navy vessel HMNZS Manawanu and sailed for six days "
              "to make it back ashore.")
    assert said(WIRE, writer, first, second) == [("direct", None, None)] * 2


def test_an_attribution_after_a_quotation_of_two_sentences_closes_its_paragraph() -> None:
    """mp01: `“So far in 2024, ... 2022 and 14 957 cases in 2023,” Kaseya said.` (two sentences), then a
    paragraph that is one quotation: Kaseya's. When the paragraph before ends on the writer's own
    sentence after the attribution, the quotation is no one's the text names."""
    kaseya = ("“So far in 2024, these countries have confirmed 2 863 cases and 517 deaths, primarily in the "
              "Democratic Republic of Congo.", "Suspected cases across the continent have surged past 17 000, a "
              "significant increase from 7 146 cases in 2022 and 14 957 cases in 2023,” Kaseya said.")
    tip = ("“This is just the tip of the iceberg when we consider the many weaknesses in surveillance, laboratory "
           "testing and contact tracing.”")
    assert said(WIRE, kaseya, tip) == [("direct", "jean-kaseya", "Kaseya")] * 2
    then = (*kaseya, "Thirteen African countries, including previously unaffected nations like Burundi, Kenya, "
            "Rwanda and Uganda, have reported Mpox outbreaks.")
    assert said(WIRE, then, tip)[-1] == ("direct", None, None)


QUAKE = (
    Actor("nepal-seismological-centre", ("National Seismological Centre", "National Earthquake Monitoring and Research "
          "Center", "National Earthquake Monitoring & Research Center"), "organization", ""),
    Actor("usgs", ("US Geological Survey", "USGS"), "organization", ""),
)


def test_a_codebook_name_holding_and_is_one_speaker() -> None:
    """np03: "Nepal’s National Earthquake Monitoring and Research Center reported" is the codebook's centre,
    not two speakers "National Earthquake Monitoring" and "Research Center"; np02 writes it with "&". Names
    listed that are no one name stay each one's ("the USDA, FDA, and CDC", tests/test_statements.py)."""
    centre = ("Nepal’s National Earthquake Monitoring and Research Center reported the magnitude at 6.4, with "
              "several small aftershocks spread over the following hours.")
    assert said(QUAKE, centre) == [("reported", "nepal-seismological-centre",
                                    "Nepal’s National Earthquake Monitoring and Research Center")]
    ampersand = ("Nepal’s National Earthquake Monitoring & Research Center said its epicentre was in Jajarkot, "
                 "which is about 400 kilometres (250 miles) northeast of the capital.")
    assert said(QUAKE, ampersand)[0][1] == "nepal-seismological-centre"
    two = ("The US Geological Survey and the National Seismological Centre reported the magnitude as 5.6 and 6.4, "
           "with several small aftershocks spread over the following hours.")
    assert [s[1] for s in said(QUAKE, two)] == ["usgs", "nepal-seismological-centre"]


def test_one_persons_two_titles_are_one_speaker() -> None:
    """np02: "Nepal’s Deputy Prime Minister and Home Minister Narayan Kaji Shrestha told the media" is one man
    with two titles; a title alone is no member of a list. held-out-3's "Gertz and Security Minister Omar
    Garcia Harfuch said" is two people."""
    shrestha = ("Nepal’s Deputy Prime Minister and Home Minister Narayan Kaji Shrestha told the media that China and "
                "India had offered support in relief and rescue.")
    assert said(QUAKE, shrestha) == [("reported", None, "Deputy Prime Minister and Home Minister Narayan Kaji Shrestha")]
    gertz = ("Gertz and Security Minister Omar Garcia Harfuch said the decision to use a national security law "
             "instead of an extradition request was made by the National Security Council.")
    assert [s[2] for s in said(QUAKE, gertz)] == ["Gertz", "Security Minister Omar Garcia Harfuch"]


SUDAN = (
    Actor("saf", ("Sudanese Armed Forces", "SAF", "Sudan Armed Forces", "Sudan's Armed Forces"), "organization", ""),
    Actor("rsf", ("Rapid Support Forces", "RSF"), "organization", ""),
    Actor("maersk", ("Maersk",), "organization", ""),
)


def test_as_reported_by_cites_a_source_like_according_to() -> None:
    """sd02: "..., as reported by the Sudanese army." is the army's report; rs13 (held-out-2): `"...," said a
    Maersk statement as reported by AFP` stays Maersk's quotation, not AFP's."""
    army = ("Over 32 civilians have died following an attack by the paramilitary Rapid Support Forces (RSF) in El "
            "Fasher, the capital of North Darfur State, as reported by the Sudanese army.")
    assert said(SUDAN, army) == [("reported", "saf", "the Sudanese army")]
    maersk = ('"In light of the incident — and to allow time to investigate the details of the incident and assess '
              'the security situation further — it has been decided to delay all transits through the area for the '
              'next 48 hours," said a Maersk statement as reported by AFP.')
    assert [s[1] for s in said(SUDAN, maersk)] == ["maersk"]


def test_the_army_a_text_describes_is_the_codebook_army_of_its_country() -> None:
    """sd02: "according to the army", in an article whose text writes "the Sudanese army", is the codebook's
    Sudanese Armed Forces, not a name outside it; in an article naming no country's army it is no one."""
    victims = ("Among the victims were four women and ten children, with an additional 17 individuals injured and "
               "currently receiving medical treatment, according to the army.")
    army = ("Over 32 civilians have died following an attack by the paramilitary Rapid Support Forces (RSF) in El "
            "Fasher, as reported by the Sudanese army.")
    assert said(SUDAN, army, victims)[-1] == ("reported", "saf", "Sudanese Armed Forces")
    assert said(SUDAN, victims) == [("reported", None, None)]


PROTEST = (
    Actor("philippe-martinez", ("Philippe Martinez", "Martinez"), "person", "secretary general of the CGT"),
    Actor("laurent-berger", ("Laurent Berger", "Berger"), "person", "secretary general of the CFDT"),
    Actor("cgt", ("CGT",), "organization", ""),
    Actor("amlo", ("Andrés Manuel López Obrador", "López Obrador"), "person", "President of Mexico"),
)


def test_an_inverted_description_then_the_name_is_the_name() -> None:
    """fr02: `"...," added the head of the CGT, Philippe Martinez.` after a sentence of Berger's was given to
    Berger; it is Martinez, named after the description. mx35 (held-out-6): `,” said the president.` with no
    name after it stays the description, which the role resolves (López Obrador)."""
    berger = ('Secretary general of the CFDT union Laurent Berger welcomed one of "the largest demonstrations '
              'organized in our country for decades."')
    martinez = ('"Everywhere, wére seeing workers of all kinds, clearly expressing their rejection of this reform, '
                'they are adamant," added the head of the CGT, Philippe Martinez.')
    assert said(PROTEST, (berger, martinez))[-1] == ("direct", "philippe-martinez", "Philippe Martinez")
    amlo = ("President Andrés Manuel López Obrador regretted the human losses caused by the recapture of Ovidio "
            "Guzmán, while Sandoval announced that they will receive the honors that correspond to them.")
    sorry = ("“We are very sorry for the loss of life, of course, those who lost their lives in the line of duty as "
             "soldiers and members of the Guard,” said the president.")
    assert said(PROTEST, amlo, sorry)[-1] == ("direct", "amlo", "the president")


def test_a_name_then_its_role_before_the_verb_is_the_name() -> None:
    """mp03: `"...," Magnus Gisslén, Sweden’s state epidemiologist said.` (no comma before the verb) is
    Gisslén's; mp01: `,” the Director General of the Africa CDC, Jean Kaseya said` (the role first) stays
    Kaseya's, not the role's."""
    gisslen = ('"This case does not warrant any further infection control measures per se, but we take the outbreak '
               'of mpox clade I very seriously. We are monitoring it closely and continuously assessing whether new '
               'measures are needed," Magnus Gisslén, Sweden’s state epidemiologist said.')
    assert said(WIRE, gisslen) == [("direct", None, "Magnus Gisslén")]
    kaseya = ("“With a heavy heart but with an unyielding commitment to our people, to our African citizens, we "
              "declare mpox as public health emergency of continental security,” the Director General of the Africa "
              "CDC, Jean Kaseya said during a special online press briefing on Tuesday.")
    assert [s[1:] for s in said(WIRE, kaseya)] == [("jean-kaseya", "Jean Kaseya")]


def test_a_quotation_after_the_speakers_appositive_goes_on_with_the_speaker() -> None:
    """np03: `,” said Tapendra Rokaya, 29, who was visiting family in a village in the Jajarkot district for a
    Hindu festival. “No one is staying indoors ...”`: the second quotation is Rokaya's too, however long the
    appositive describing him. When the tail holds a verb of speech ("who told reporters") it is a clause of
    its own, and the quotation after it stays unattributed, as after "Officials answered:" (mx11)."""
    rokaya = ("“There was not a single house standing tall. Every house was damaged. Only dirt flying under the sky,” "
              "said Tapendra Rokaya, 29, who was visiting family in a village in the Jajarkot district for a Hindu "
              "festival. “No one is staying indoors due to fears of aftershocks. Everyone is either under a tent or "
              "open in the sky.”")
    assert said(QUAKE, rokaya) == [("direct", None, "Tapendra Rokaya")] * 2
    told = rokaya.replace("who was visiting family", "who told reporters he was visiting family")
    assert [s[2] for s in said(QUAKE, told)] == ["Tapendra Rokaya", None]


def test_a_countrys_role_then_the_name_in_apposition_is_the_name() -> None:
    """np01: "Nepal’s prime minister, Pushpa Kamal Dahal, said he had instructed the army ..." was found at all
    only with "the" before the role ("The Pentagon's deputy press secretary, Sabrina Singh, has said"); the
    possessive country opens a role too. An appositive that is no name ("in a televised address") leaves the
    role as the speaker, as before."""
    dahal = Actor("pushpa-kamal-dahal", ("Pushpa Kamal Dahal", "Prachanda"), "person", "Prime Minister of Nepal")
    sentence = ("Nepal’s prime minister, Pushpa Kamal Dahal, said he had instructed the army and national police "
                "forces to be mobilized for rescue and relief operations.")
    assert said((*QUAKE, dahal), sentence) == [("reported", "pushpa-kamal-dahal", "Pushpa Kamal Dahal")]
    address = sentence.replace("Pushpa Kamal Dahal,", "in a televised address,")
    assert [s[2] for s in said(QUAKE, address)] == ["Nepal’s prime minister"]


SEIZURE = (
    Actor("dri", ("Directorate of Revenue Intelligence", "DRI"), "organization", ""),
    Actor("india-finance-ministry", ("Finance Ministry",), "organization", ""),
    Actor("narcotics-control-bureau", ("Narcotics Control Bureau", "NCB"), "organization", ""),
)


def test_the_ministry_is_the_one_body_named_whose_name_it_heads() -> None:
    """cs02: `"...," the ministry said.` two sentences after "In a statement, the Finance Ministry said ..." is
    the Finance Ministry, the one body the article names with that head (the DRI and the NCB are none). In an
    article naming no ministry, "the ministry" stays unattributed."""
    seized = ("The Directorate of Revenue Intelligence (DRI) has seized more than 300 kg cocaine valued at Rs 2,000 "
              "crore at Tuticorin port.")
    paragraph = ("In a statement, the Finance Ministry said on examination the suspected container was found "
                 "containing 9 bags concealed between the rows of wooden logs.",
                 "On opening the bags, 302 white coloured compressed bricks wrapped in multiple layers of packing "
                 "material were found.",
                 '"The contraband weighed 303 kg and it is highly suspected to be cocaine.',
                 'The contraband along with cover goods i.e. wooden logs are seized under the provisions of the NDPS '
                 'Act, 1985," the ministry said.')
    assert said(SEIZURE, seized, paragraph)[-1] == ("direct", "india-finance-ministry", "the ministry")
    no_ministry = ("On opening the bags, the DRI and the NCB found 302 white coloured compressed bricks wrapped in "
                   "multiple layers of packing material.", *paragraph[2:])
    assert said(SEIZURE, seized, no_ministry)[-1] == ("direct", None, None)


def test_it_after_the_clause_is_the_body_the_sentence_opens_with() -> None:
    """sd01: "Sudan’s Armed Forces “aborted the attack ...” with “hundreds” of dead and wounded in the failed RSF
    assault, it said in a statement." names two bodies, so "it" reached no one; placed after the clause, it is
    the sentence's subject, and "it added" in the next paragraph goes on with it. sc02 (held-out-10): a
    sentence opening with the quotation ("“(China) has no lawful claim ...,” it said") has no subject of its
    own, and "it" stays the State Department of the sentence before."""
    saf = ("Sudan’s Armed Forces “aborted the attack and inflicted huge losses” with “hundreds” of dead and wounded in "
           "the failed RSF assault, it said in a statement.")
    added = ("Among those killed was a senior RSF commander, Ali Yagoub Gibril, and the attackers “fled from the "
             "battlefield”, it added.")
    assert [s[1] for s in said(SUDAN, saf, added)] == ["saf", "saf"]
    state = (Actor("state-department", ("State Department",), "organization", ""), *SUDAN)
    claim = ("The US State Department, meanwhile, voiced its support for the Philippines and called on China to "
             "respect the freedom of navigation.", "“(China) has no lawful claim to the maritime area around Second "
             "Thomas Shoal,” it said in a statement published on Saturday.")
    assert said(state, claim)[-1][1] == "state-department"


def test_the_network_is_a_body_that_goes_on_with_the_one_before() -> None:
    """sd02: "The Sudanese Doctors Network also reported a subsequent RSF attack ... The network condemned the use
    of heavy artillery ..." is the network's; "network" was no noun a speaker could have. After a person's
    statement (a body is no "he"), "The network condemned" stays unattributed."""
    doctors = (Actor("sudan-doctors-network", ("Sudanese Doctors Network",), "organization", ""),
               Actor("tom-perriello", ("Tom Perriello", "Perriello"), "person", "US Special Envoy to Sudan"), *SUDAN)
    condemned = ("The network condemned the use of heavy artillery in this incident, describing it as an escalation "
                 "of RSF violence.")
    network = ("The Sudanese Doctors Network also reported a subsequent RSF attack on the Zamzam displacement camp near "
               "El Fasher, although no casualties have been reported.")
    assert said(doctors, (network, condemned))[-1] == ("reported", "sudan-doctors-network", "The network")
    envoy = "US Special Envoy to Sudan Tom Perriello said the attack on the Zamzam camp was a war crime."
    assert said(doctors, (envoy, condemned))[-1] == ("reported", None, None)


PENSIONS = (
    Actor("cgt", ("CGT", "Confédération générale du travail"), "organization", ""),
    Actor("french-interior-ministry", ("Ministry of the Interior", "Interior Ministry"), "organization", ""),
    Actor("paris-police-headquarters", ("Paris police headquarters", "police headquarters"), "organization", ""),
    Actor("hamas", ("Hamas",), "organization", ""),
)


def test_two_sources_counting_one_thing_in_one_sentence_are_two_statements() -> None:
    """fr01: "the CGT claims 2.8 million demonstrators throughout France, against 1.27 million according to the
    Ministry of the Interior" is the CGT's and the ministry's; fr02: "... according to the police, and 2.8
    million according to the CGT union" gives the CGT's (the police stay apart). gz (held-out-12): clauses
    citing no one ("with Hamas insisting on ..., while Israel says ...") stay one statement, as before."""
    fr01 = ("Confirmation this evening, since the CGT claims 2.8 million demonstrators throughout France, against 1.27 "
            "million according to the Ministry of the Interior.")
    assert [s[1] for s in said(PENSIONS, fr01)] == ["cgt", "french-interior-ministry"]
    fr02 = ("The argument over numbers cannot disguise the success of the second day of protests against pension "
            "reform, which on Tuesday, January 31, brought together 1,272,000 demonstrators throughout France "
            "according to the police, and 2.8 million according to the CGT union.")
    assert [s[1] for s in said(PENSIONS, fr02)] == [None, "cgt"]
    gaza = ("Since a brief week-long truce in November, all attempts to arrange a ceasefire have failed, with Hamas "
            "insisting on its demand for a permanent end to the conflict, while Israel says it is prepared to discuss "
            "only temporary pauses until the militant group is defeated.")
    assert [s[2] for s in said(PENSIONS, gaza)] == ["Israel"]


def test_according_to_a_codebook_name_in_lower_case() -> None:
    """fr02: "according to the police headquarters" is the codebook's Paris police headquarters, written in lower
    case; np02: "according to the authorities" names no one."""
    paris = ("In Paris, there were 150,000 demonstrators according to the police headquarters, while the CGT, on "
             "behalf of the inter-union group, counted 500,000.")
    assert said(PENSIONS, paris) == [("reported", "paris-police-headquarters", "the police headquarters")]
    quake = ("The 6.4-magnitude quake hit Jajarkot and Rukum West districts at 23:47 local time on Friday night, with "
             "a depth of 10-15 km, according to the authorities.")
    assert said(PENSIONS, quake) == [("reported", None, None)]


def test_the_ministry_ignores_named_topics_that_are_not_speakers() -> None:
    """The build passes every topic the article names, places and events included ("eaton-fire"): none of them
    is a body "the ministry" could be, and none breaks the search for one."""
    paragraph = ("In a statement, the Finance Ministry said the container held 9 bags.",
                 "On opening the bags, 302 white coloured compressed bricks were found.",
                 '"The contraband weighed 303 kg and it is highly suspected to be cocaine," the ministry said.')
    named = ("india-finance-ministry", "dri", "eaton-fire")
    found = extract_statements([Paragraph("p1", paragraph)], SEIZURE, named=named)
    assert [s.speaker for s in found] == ["india-finance-ministry"] * 2
