"""Round 18's figure rules, each read from a shape of English clauses: on real sentences of two
subjects and on a counter-example from real text."""
from __future__ import annotations

from pathlib import Path

from build_site.facts import find_figures
from build_site.matcher import Matcher
from build_site.model import Article, Topic
from build_site.person_names import is_person_name
from tests.helpers import briefing_of


def topic(topic_id: str, name: str, *aliases: str, kind: str = "actor", cues: tuple[str, ...] = ()) -> Topic:
    return Topic(topic_id, kind, name, aliases, "A topic.", cues=cues)


def facts_of(body: str, topics: list[Topic]) -> dict[str, tuple[str, ...]]:
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    return {f.text: f.topics for f in briefing_of([article], topics).facts}


FORMULA = [
    topic("wic", "WIC", kind="program"),
    topic("rebates", "Rebates", "rebates", kind="program"),
    topic("fly-formula", "Operation Fly Formula", kind="program", cues=("flights",)),
]
SVB = [
    topic("silicon-valley-bank", "Silicon Valley Bank", "SVB"),
    topic("signature-bank", "Signature Bank"),
    topic("fdic", "Federal Deposit Insurance Corporation", "FDIC"),
    topic("fund", "Deposit Insurance Fund", kind="program"),
    topic("failures", "Bank failures", "failure", kind="challenge"),
    topic("failure-cost", "Cost of the failures", kind="challenge", cues=("cost",)),
]


def test_a_figure_after_a_verbs_first_object_is_its_subjects() -> None:
    # Real text (Senator Boozman's release): the rebates saved it, the program is the first object.
    facts = facts_of("These rebates have saved the WIC program between $1 to $2 billion annually.\n", FORMULA)
    assert facts["$1 to $2 billion"] == ("rebates",)
    # Real text (GAO, the bank failures): a verb that is a topic's cue gives its topic.
    facts = facts_of("The recent failure of two large U.S. banks may cost the Deposit Insurance Fund about "
                     "$22.5 billion.\n", SVB)
    assert facts["about $22.5 billion"] == ("failure-cost",)
    # Counter-example (American Faith): no object between the verb and its figure, the subject as before.
    facts = facts_of("In fiscal year 2023, these rebates totaled $1.6 billion.\n", FORMULA)
    assert facts["$1.6 billion"] == ("rebates",)
    # Counter-example (CNET, the Hive takedown): a preposition after the object, "to 300 entities",
    # says where the object went: the figure is no verb's second object.
    keys = [topic("keys", "Decryption keys", "decryption keys", kind="program"), topic("doj", "Justice Department", "DOJ")]
    facts = facts_of("The DOJ said it had delivered decryption keys to 300 entities that were currently under "
                     "attack.\n", keys)
    assert facts["300 entities"] == ("keys",)


def test_a_figure_modifying_a_noun_phrase_is_what_its_head_cue_names() -> None:
    # Real text (S&P Global): the run is what the $42 billion was, not the bank that notified.
    topics = [*SVB, topic("bank-run", "Bank run", "bank runs", kind="threat", cues=("run",))]
    facts = facts_of('Silicon Valley Bank notified the FDIC of its $42 billion deposit run on the evening of March 9, '
                     'and regulatory agencies worked "through the night" to put a resolution strategy in place, '
                     'Gruenberg said.\n', topics)
    assert facts["$42 billion"] == ("bank-run",)
    # Counter-example (GAO's preliminary review): a head no cue names leaves the figure to the subject.
    facts = facts_of("As SVB experienced a decrease in deposits from late 2022 into early 2023, the bank did not have "
                     "sufficient cash on hand to meet those demands, leading it to sell its portfolio of "
                     "available-for-sale securities, generating a $1.8 billion after-tax loss.\n", topics)
    assert facts["$1.8 billion"] == ("silicon-valley-bank",)


def test_figures_listed_before_respectively_go_to_the_names_in_their_order() -> None:
    # Real text (GAO, the bank failures): each cost to its bank, and to the cost the clause's cue names.
    facts = facts_of("As of March 28, 2023, FDIC estimated the cost to the Deposit Insurance Fund of resolving "
                     "losses at SVB and Signature Bank to be $20 billion and $2.5 billion, respectively.\n", SVB)
    assert facts["$20 billion"] == ("failure-cost", "silicon-valley-bank")
    assert facts["$2.5 billion"] == ("failure-cost", "signature-bank")
    # Counter-example (DEA, Laredo sentencing): the names listed are people, no topics: nothing changes.
    cartel = [topic("cjng", "Jalisco New Generation Cartel", "CJNG")]
    body = ("Today, U.S. District Judge Marina Garcia Marmolejo handed Martinez a 240-month term of imprisonment, "
            "while Sandoval, Garcia, and Cruz-Salas received 60, 36, and 72 months, respectively.\n")
    assert facts_of(body, cartel)["72 months"] == ()
    # Counter-examples (a review's): a list longer than the figures, or one across a clause break,
    # is not paired with them by position (the last two names, the list before the ";").
    facts = facts_of("SVB, Signature Bank and FDIC lost $20 billion and $2.5 billion, respectively.\n", SVB)
    assert "fdic" not in facts["$2.5 billion"]
    facts = facts_of("The FDIC backed SVB and Signature Bank; regional lenders and credit unions lost $5 billion "
                     "and $1 billion, respectively.\n", SVB)
    assert "silicon-valley-bank" not in facts["$5 billion"]


def test_a_count_with_a_name_between_it_and_its_noun_is_read() -> None:
    # Real text (the White House, Operation Fly Formula): flights of the operation the name says.
    sentence = "There were 11 Operation Fly Formula flights completed through the month of September."
    assert [f.text for f in find_figures(sentence)] == ["11 Operation Fly Formula flights"]
    facts = facts_of("There are two Operation Fly Formula flights currently scheduled for the week of July 4.\n",
                     FORMULA)
    assert facts["two Operation Fly Formula flights"] == ("fly-formula",)
    # Counter-example: a month is no word of a name; a date and a name do not make a count.
    assert [f.kind for f in find_figures("On 5 March Abbott Nutrition plants closed.")] == []


def found(text: str, topics: list[Topic]) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.topic_id) for m in Matcher(topics).find(text)]


def test_an_acronym_inside_a_name_joined_by_and_is_not_a_mention() -> None:
    # Real text (Senator Boozman's release): the law's name, no mention of WIC.
    text = "systems in 1989 under the Child Nutrition and WIC Reauthorization Act. As a result, all states"
    assert found(text, FORMULA) == []
    # Counter-examples (GAO on the bank failures; NERC and FERC's release): an acronym after "and"
    # and no name around it still counts.
    text = "The Board of Governors of the Federal Reserve System (Federal Reserve) and FDIC served as regulators."
    assert found(text, SVB) == [("FDIC", "fdic")]
    grid = [topic("ferc", "Federal Energy Regulatory Commission", "FERC"), topic("nerc", "NERC")]
    assert found("NERC and FERC are committed to working together.", grid) == [("NERC", "nerc"), ("FERC", "ferc")]
    # A title after the acronym makes it a body's, in a release's usual pair of officials.
    officials = [topic("fbi", "FBI"), topic("dea", "DEA")]
    text = "Attorney General Merrick Garland and FBI Director Christopher Wray announced the charges."
    assert found(text, officials) == [("FBI", "fbi")]
    text = "It was announced by U.S. Attorney Alamdar Hamdani and DEA Special Agent in Charge Daniel Comeaux."
    assert found(text, officials) == [("DEA", "dea")]


def candidates_of(body: str, topics: list[Topic]) -> list[str]:
    articles = [Article(id=f"a{i}", path=Path(f"a{i}.md"), title="A", body=body) for i in range(2)]
    return [c.text for c in briefing_of(articles, topics).candidates]


def test_names_listed_across_a_comma_and_and_are_not_joined_by_a_tag_their_initials_do_not_spell() -> None:
    # Real text (Senator Boozman's release): a committee title and a senator's name with her party
    # and state, "(R-NE)", whose letters are inside the words but are not their initials.
    body = ("Following a letter by U.S. Senators John Boozman (R-AR), Ranking Member of the Senate Agriculture "
            "Committee, and Deb Fischer (R-NE) calling for an examination, the agency confirmed it will investigate.\n")
    offered = candidates_of(body, FORMULA)
    assert not any("Fischer" in c and "Committee" in c for c in offered)
    # Counter-example (CBP's release): parts whose initials the acronym spells stay one name.
    body = "WASHINGTON – U.S. Customs and Border Protection (CBP) Acting Commissioner Mark Morgan announced the update.\n"
    assert "U.S. Customs and Border Protection (CBP)" in candidates_of(body, FORMULA)


def test_a_place_name_is_no_persons_name() -> None:
    # Real text (GAO on the bank failures; the Senator's release): places of a person's shape.
    assert not is_person_name("United States")
    assert not is_person_name("New York")
    # Counter-examples (the Senator's release; Food Safety News): people's names stay people's.
    assert is_person_name("Deb Fischer")
    assert is_person_name("Frank Yiannas")
    # A town named after a person, or sharing a common name, leaves the person a person.
    assert is_person_name("Benito Juárez")
    assert is_person_name("Juan Diaz")
