"""The PFAS trial's figure faults (evaluation/trials/pfas/README.md, F), each a shape of any news
text: a more exact amount in parentheses, a rate or concentration, a clause-closing comma, a
tally, a gapped list of clauses, a subject before an apposition, a verb of saying whose object
is the figure. Each on the trial's real sentence and on a counter-example of another subject."""
from __future__ import annotations

from pathlib import Path

from build_site.facts import find_figures
from build_site.model import Article, Topic
from tests.helpers import briefing_of


def figures(sentence: str) -> dict[str, tuple[str, float | None]]:
    return {f.text: (f.kind, f.value) for f in find_figures(sentence)}


def topic(topic_id: str, name: str, *aliases: str) -> Topic:
    return Topic(topic_id, "actor", name, aliases, "A topic.")


def facts_of(body: str, topics: list[Topic]) -> dict[str, tuple[str, ...]]:
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    return {f.text: f.topics for f in briefing_of([article], topics).facts}


def test_a_more_exact_amount_in_parentheses_is_the_same_figure_with_its_scale() -> None:
    found = figures("The companies agreed to pay nearly $1.2 ($1.185) billion to water systems.")
    assert found == {"nearly $1.2 ($1.185) billion": ("money", 1.185e9)}
    # Counter-example (another subject): a parenthesis after the scale is a figure of its own.
    found = figures("The bank lost $1.8 billion ($2.1 billion Canadian) in the quarter.")
    assert found["$1.8 billion"] == ("money", 1.8e9)


def test_a_unit_per_another_unit_is_no_count() -> None:
    for sentence in (
        "The EPA set a limit of 4 parts per trillion for PFOA and PFOS.",
        "The rule allows 10 ng/L of PFHxS in drinking water.",
        "New Jersey's guidance level was 70 ppt in 2016.",
    ):
        assert not [f for f in find_figures(sentence) if f.kind == "count"], sentence
    # Counter-examples (other subjects): money, a quantity and a percentage before "per" are read.
    assert figures("Gas cost $5 per gallon in March.")["$5"] == ("money", 5.0)
    assert figures("The plant pumps about 2 million gallons per day.")["about 2 million gallons"] == ("quantity", 2e6)
    assert figures("Prices rose 10% per year.")["10%"] == ("percent", 10.0)
    assert figures("Police arrested 12 people in the raid.")["12 people"] == ("count", 12.0)


def test_the_comma_that_closes_a_clause_is_not_part_of_an_amount() -> None:
    assert list(figures("Treatment would cost $875,000, the report said.")) == ["$875,000"]
    assert figures("It raised US$1,500,000.50 in all.")["US$1,500,000.50"] == ("money", 1500000.5)


def test_a_tally_is_no_count_but_a_rising_range_is() -> None:
    assert figures("In a 2-1 decision, the court of appeals agreed with 3M.") == {}
    assert figures("The court ruled in a 5-4 vote.") == {}
    # Counter-example (another subject): a range rises.
    assert figures("Houthi forces launched 18-24 attack drones.")["18-24 attack drones"] == ("count", 18.0)


CHEMOURS, DUPONT, CORTEVA = topic("chemours", "Chemours"), topic("dupont", "DuPont"), topic("corteva", "Corteva")


def test_a_gapped_list_of_clauses_gives_each_amount_to_the_name_before_it() -> None:
    body = "Chemours will contribute $592 million, DuPont about $400 million, and Corteva about $193 million.\n"
    found = facts_of(body, [CHEMOURS, DUPONT, CORTEVA])
    assert found == {"$592 million": ("chemours",), "about $400 million": ("dupont",),
                     "about $193 million": ("corteva",)}
    # Counter-example (another subject): a one-word name before a noun, not before its figure,
    # only qualifies the noun ("Treasury officials"), no subject.
    assert facts_of("Treasury officials froze $3 billion in March.\n", [topic("treasury", "Treasury")]) == {
        "$3 billion": ()
    }


THREE_M, PFAS = topic("3m", "3M"), topic("pfas", "PFAS")


def test_the_subject_before_an_apposition_is_the_figure_s_and_so_is_what_it_announced() -> None:
    body = ("3M, a major manufacturer of PFAS chemicals, announced a $10.3 billion settlement with public water "
            "suppliers nationwide.\n")
    assert facts_of(body, [THREE_M, PFAS])["$10.3 billion"] == ("3m",)
    # Counter-example (another subject): a verb of saying before a clause reports it; its
    # subject is the source, not the figure's topic.
    body = "The Pentagon said 40 sailors were hurt when the Houthis fired on the ship.\n"
    found = facts_of(body, [topic("pentagon", "Pentagon"), topic("houthis", "Houthis")])
    assert found["40 sailors"] != ("pentagon",)
    # Counter-example: names in a list, not an apposition, are each the subject.
    body = "The FBI, the DEA and the police seized $4 million in cash.\n"
    found = facts_of(body, [topic("fbi", "FBI"), topic("dea", "DEA")])
    assert found["$4 million"] == ("dea",)
